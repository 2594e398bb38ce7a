import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` needs no database: it diffs db/schema.ts against the committed snapshots.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
