import { sql } from 'drizzle-orm';
import { DEFAULT_SETTINGS, readSettings, type Settings, type SettingsPatch } from '../../common/settings.js';
import { settings } from '../schema.js';
import type { Conn } from './plan-history.js';

export async function getSettings(db: Conn): Promise<Settings> {
  const rows = await db.select().from(settings);
  const stored: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      stored[r.key] = JSON.parse(r.value);
    } catch {
      // An unreadable value falls back to its default (readSettings), it never blocks the app.
    }
  }
  return readSettings(stored);
}

export async function updateSettings(db: Conn, patch: SettingsPatch): Promise<Settings> {
  const now = new Date().toISOString();
  const entries = Object.entries(patch).filter(([k, v]) => v !== undefined && k in DEFAULT_SETTINGS);
  if (entries.length > 0) {
    await db.transaction(async (tx) => {
      for (const [key, value] of entries) {
        await tx
          .insert(settings)
          .values({ key, value: JSON.stringify(value), updatedAt: now })
          .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: now } });
      }
    });
  }
  return getSettings(db);
}
