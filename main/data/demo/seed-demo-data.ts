/**
 * Fills an empty database with the generated demo data, so a fresh desk has someone to call it and
 * a history to look at. A database that holds anything (even imported districts alone) is left alone.
 */
import type { Database } from '../database.js';
import { insertBatch } from './bulk-insert.js';
import { isoDate, localDay } from './calendar.js';
import { generateDataset, type DemoDataOptions } from './dataset.js';

/** Resolves to true when it seeded, false when the register already had data. Dated rows centre on today unless told. */
export function seedDemoDataIfEmpty(db: Database, options: DemoDataOptions = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ empty: boolean }>(
      'select not exists (select 1 from citizens) and not exists (select 1 from districts) as empty',
    );
    if (!state?.empty) return false;
    for (const batch of generateDataset({ today: isoDate(localDay(Date.now())), ...options })) await insertBatch(tx, batch);
    return true;
  });
}
