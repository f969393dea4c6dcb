// Saving a case as the quick case form does (CaseWriter: the case, its 'created' event and the
// live-change NOTIFY in one transaction), on the desk's PGlite register and on PostgreSQL as an
// agent, with a second desk listening on PostgreSQL: how long until it hears of the new case.
// Prints its own section; nothing is asserted.
import { randomUUID } from 'node:crypto';
import type { NewCase } from '../../shared/contract/cases.js';
import { CaseWriter } from '../../main/cases/case-writer.js';
import { applyDeskWrite } from '../../main/cases/desk-writes.js';
import type { Database } from '../../main/data/database.js';
import { LIVE_CHANGES_CHANNEL } from '../../main/data/live/live-changes.js';
import { createDirectWriter } from '../../main/data/outbox/durable-writer.js';
import { fixed, summarize, table, type Summary } from './stats.js';

const WARM_UP = 20;
const TARGET_MS = 50;

export interface CaseSaveBenchOptions {
  /** The desk's embedded register (100,000 citizens). */
  pglite: Database;
  /** PostgreSQL as an agent's login role. */
  pgAgent: Database;
  /** The PostgreSQL owner: listens as a second desk would, and picks the citizens (agents may not read them). */
  pgOwner: Database;
  quick: boolean;
  log: (line: string) => void;
}

interface EngineRun {
  engine: string;
  save: Summary;
  heard?: Summary;
}

export async function benchCaseSave(options: CaseSaveBenchOptions): Promise<void> {
  const { log } = options;
  const saves = options.quick ? 200 : 1000;
  log(`case save: ${saves} saves per engine after ${WARM_UP} unmeasured …`);
  const runs = [
    await run('PGlite (desk, on disk)', options.pglite, saves, options.pglite),
    await run('PostgreSQL (agent role)', options.pgAgent, saves, options.pgOwner, options.pgOwner),
  ];
  log('');
  log(`== Save case from the quick form (case + 'created' event + live-change NOTIFY, one transaction), ${saves} saves, ms`);
  const rows = runs.flatMap(({ engine, save, heard }) => [
    [engine, 'saved (committed)', fixed(save.p50), fixed(save.p95), fixed(save.max), `<= ${TARGET_MS}`, save.p95 <= TARGET_MS ? 'met' : 'MISSED'],
    ...(heard ? [['', 'another desk heard it', fixed(heard.p50), fixed(heard.p95), fixed(heard.max), '', '']] : []),
  ]);
  for (const line of table(['engine', 'measure', 'p50', 'p95', 'max', 'p95 target', ''], rows)) log(line);
  log('Half the cases resolved at first contact, half with SMS feedback and a due date; each for a random citizen of the register.');
}

async function run(engine: string, db: Database, saves: number, register: Database, listener?: Database): Promise<EngineRun> {
  const citizenIds = (await register.query<{ id: string }>('select id from citizens order by random() limit 500')).map((row) => row.id);
  const writer = new CaseWriter({ writer: createDirectWriter(db, applyDeskWrite), agent: () => 'bench-1001' });
  const heardAt = new Map<string, number>();
  const unlisten = listener
    ? await listener.listen(LIVE_CHANGES_CHANNEL, (payload) => {
        const change = JSON.parse(payload) as { table?: string; id?: string };
        if (change.table === 'cases' && change.id) heardAt.set(change.id, performance.now());
      })
    : undefined;
  const saveTimes: number[] = [];
  const heardTimes: number[] = [];
  try {
    for (let i = 0; i < WARM_UP + saves; i += 1) {
      const input = newCase(i, citizenIds[i % citizenIds.length]);
      const started = performance.now();
      await writer.saveCase(input);
      const saved = performance.now();
      if (i < WARM_UP) continue;
      saveTimes.push(saved - started);
      if (!listener) continue;
      const heard = await waitFor(() => heardAt.get(input.clientId), 2000);
      if (heard !== undefined) heardTimes.push(heard - started);
    }
  } finally {
    await unlisten?.();
  }
  return { engine, save: summarize(saveTimes), ...(listener ? { heard: summarize(heardTimes) } : {}) };
}

function newCase(i: number, citizenId: string | undefined): NewCase {
  const base = {
    clientId: randomUUID(),
    caseTypeCode: i % 3 === 0 ? 'invoice_question' : 'home_care',
    caseClassCode: 'information_guidance',
    callerNumber: '+46701740605',
    callId: `bench-${i}@desk`,
    notes: 'Frågade om fakturan för oktober.',
    ...(citizenId ? { citizenId } : {}),
  };
  return i % 2 === 0
    ? { ...base, resolvedAtFirstContact: true }
    : { ...base, resolvedAtFirstContact: false, feedbackChannelCode: 'sms', feedbackContact: '+46701740605', dueDate: '2026-11-27' };
}

async function waitFor(value: () => number | undefined, deadlineMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < deadlineMs) {
    const found = value();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return undefined;
}
