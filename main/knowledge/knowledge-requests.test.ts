/** What the search box gets back when the database is missing or fails, and that the query never reaches the log. */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createCarrierPair } from '../../shared/messaging/carrier.js';
import { createCoreSideLink, createRendererSideLink, type RendererSideLink } from '../../shared/messaging/links.js';
import type { Logger } from '../core/logger.js';
import type { Queryable } from '../data/database.js';
import { serveKnowledgeRequests } from './knowledge-requests.js';

let renderer: RendererSideLink | undefined;
afterEach(() => renderer?.close());

function served(database: Queryable | undefined, lines: string[]): RendererSideLink {
  const log: Logger = { info: () => undefined, warn: (message, fields) => lines.push(JSON.stringify({ message, ...fields })), error: () => undefined };
  const [coreEnd, rendererEnd] = createCarrierPair();
  serveKnowledgeRequests(createCoreSideLink(coreEnd), { database, agent: () => '1001', log });
  renderer = createRendererSideLink(rendererEnd);
  return renderer;
}

const failing = (error: unknown): Queryable => ({ query: () => Promise.reject(error), exec: () => Promise.reject(error) });

describe('serveKnowledgeRequests', () => {
  it('says the knowledge base cannot be reached when there is no database', async () => {
    expect(await served(undefined, []).request('knowledge.search', { query: 'hemtjänst', language: 'sv' })).toEqual({
      ok: false,
      error: { code: 'databaseUnavailable', messageKey: 'knowledge.errors.databaseUnavailable' },
    });
  });

  it('answers a failed search with a typed error and logs its code, never the query', async () => {
    const lines: string[] = [];
    const error = Object.assign(new pg.DatabaseError('syntax error in tsquery: "Lindqvist"', 0, 'error'), { code: '42601' });
    const reply = await served(failing(error), lines).request('knowledge.search', { query: 'Margareta Lindqvist', language: 'sv' });
    expect(reply).toEqual({ ok: false, error: { code: 'searchFailed', messageKey: 'knowledge.errors.searchFailed' } });
    expect(lines).toEqual([JSON.stringify({ message: 'knowledge search failed', failure: 'sqlstate 42601' })]);
  });

  it('answers punctuation alone with no hits, without asking the database', async () => {
    expect(await served(failing(new Error('must not be called')), []).request('knowledge.search', { query: '?!', language: 'da' })).toEqual({
      ok: true,
      value: { hits: [] },
    });
  });

  it("turns the database's refusal of an approval into notAllowed, and an article not in use into notEditable", async () => {
    const denied = Object.assign(new pg.DatabaseError('only a lead approves knowledge articles', 0, 'error'), { code: '42501' });
    expect(await served(failing(denied), []).request('knowledge.approve', { articleId: '00000000-0000-4000-8000-000000000101', revision: 2 })).toEqual({
      ok: false,
      error: { code: 'notAllowed', messageKey: 'knowledge.errors.notAllowed' },
    });
    const gone = Object.assign(new pg.DatabaseError('only a question and answer in use can be edited', 0, 'error'), { code: 'P0002' });
    const proposal = { articleId: '00000000-0000-4000-8000-000000000101', language: 'sv', title: 'Fråga', body: 'Svar' } as const;
    expect(await served(failing(gone), []).request('knowledge.propose', proposal)).toEqual({
      ok: false,
      error: { code: 'notEditable', messageKey: 'knowledge.errors.notEditable' },
    });
  });

  it('logs a failed save by its code only, never the text the agent wrote', async () => {
    const lines: string[] = [];
    const error = Object.assign(new pg.DatabaseError('value too long: "Ring Margareta Lindqvist"', 0, 'error'), { code: '22001' });
    const reply = await served(failing(error), lines).request('knowledge.propose', { language: 'sv', title: 'Ring Margareta Lindqvist', body: '' });
    expect(reply).toEqual({ ok: false, error: { code: 'saveFailed', messageKey: 'knowledge.errors.saveFailed' } });
    expect(lines).toEqual([JSON.stringify({ message: 'knowledge proposal failed', failure: 'sqlstate 22001' })]);
  });
});
