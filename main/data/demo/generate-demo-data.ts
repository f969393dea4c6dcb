/**
 * The demo data set in memory, every table as one list: for tests and small data sets. Large data
 * sets are streamed batch by batch (dataset.ts) instead. Pure: nothing here touches a database.
 */
import type { DemoData } from './demo-data.js';
import { generateDataset, type DemoDataOptions } from './dataset.js';

export { DEFAULT_DEMO_CITIZENS, DEFAULT_DEMO_SEED, DEFAULT_DEMO_TODAY, type DemoDataOptions } from './dataset.js';

function emptyDemoData(): DemoData {
  return {
    districts: [], careManagers: [], citizens: [], phoneNumbers: [], citizenPhones: [],
    identityNumbers: [], relatives: [], relativePhones: [], decisions: [], feeBases: [], invoices: [],
    providers: [], oncallShifts: [], handlerGroups: [], teams: [], agents: [], knowledgeArticles: [], knowledgeRevisions: [], knowledgeCaseTypes: [],
    callRecords: [], callTransfers: [], cases: [], caseEvents: [], agentStates: [], broadcasts: [], auditLog: [],
  };
}

export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const data = emptyDemoData();
  for (const batch of generateDataset(options)) {
    for (const [table, rows] of Object.entries(batch) as [keyof DemoData, object[]][]) {
      (data[table] as object[]).push(...rows);
    }
  }
  return data;
}
