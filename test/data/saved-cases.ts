/**
 * What the outage tests save and read back: a numbered, fictional case as an agent would register
 * it, and the cases a set of client ids left on a server, each with its 'created' event count.
 */
import { randomUUID } from 'node:crypto';
import type { NewCase } from '../../shared/contract/cases.js';
import type { Queryable } from '../../main/data/database.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const newCase = (n: number): NewCase => ({
  clientId: randomUUID(),
  caseTypeCode: n % 2 === 0 ? 'home_care' : 'invoice_question',
  caseClassCode: 'information_guidance',
  resolvedAtFirstContact: true,
  callerNumber: '+46701740605',
  notes: `Samtal ${n}: frågade om kvällsbesöket`,
});

/** In case-number order, i.e. the order the server took them. */
export const casesOn = (db: Queryable, clientIds: string[]) =>
  db.query<{ client_id: string; case_number: number; created_at: Date; events: number }>(
    `select c.client_id, c.case_number, c.created_at,
            (select count(*)::int from case_events e where e.case_id = c.id and e.kind = 'created') as events
       from cases c where c.client_id = any($1::uuid[]) order by c.case_number`,
    [clientIds],
  );
