import { join } from 'node:path';
import { loadMigrations } from '../../db/migrate.js';

export const migrationsPath = join(import.meta.dirname, '..', '..', 'db', 'migrations');
export const migrations = () => loadMigrations(migrationsPath);
