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
  serveKnowledgeRequests(createCoreSideLink(coreEnd), { database, log });
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
});
