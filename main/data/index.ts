/** What the rest of the core may use from the data layer; everything else here is internal. */
export type { Database, ListenOptions, Queryable, SqlParam, SqlRow } from './database.js';
export { openPgliteDatabase } from './pglite-database.js';
export { openPostgresDatabase, type DatabaseLog, type PostgresConfig, type PostgresOptions, type PostgresTls } from './postgres-database.js';
export { openDeskDatabase, DatabaseSettingsError } from './desk-database.js';
export { migrate, MigrationError, type Migration, type MigrationReport } from './migrate.js';
export { migrations } from './migrations/index.js';
export { findCallerByNumber, type LookupContext, type RegisteredCallerMatch, type RegisteredCitizen } from './caller-lookup.js';
export { seedDemoDataIfEmpty } from './demo/seed-demo-data.js';
export { generateDemoData, DEFAULT_DEMO_CITIZENS, DEFAULT_DEMO_SEED, type DemoDataOptions } from './demo/generate-demo-data.js';
export { demoCallers, type DemoCaller } from './demo/demo-callers.js';
