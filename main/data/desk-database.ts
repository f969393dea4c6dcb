/**
 * The desk's own embedded database, as the core opens it at start: PGlite in the data folder,
 * migrated to this build's schema, and seeded with fictional citizens on first start.
 */
import { join } from 'node:path';
import type { Database } from './database.js';
import { seedDemoDataIfEmpty } from './demo/seed-demo-data.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openPgliteDatabase } from './pglite-database.js';

/**
 * Opens `<dataDir>/database`. Rejects with a MigrationError when a newer build has migrated the
 * database; the folder is then closed again and left untouched. Only one process may have the
 * folder open (PGlite does not lock it): the app's single-instance lock sees to that.
 */
export async function openDeskDatabase(dataDir: string): Promise<Database> {
  const db = await openPgliteDatabase(join(dataDir, 'database'));
  try {
    await migrate(db, migrations);
    await seedDemoDataIfEmpty(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
