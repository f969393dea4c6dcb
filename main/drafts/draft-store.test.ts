/** Drafts on disk: the newest keystroke wins, a new store finds them, a discard removes them, nothing is logged. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftStore } from './draft-store.js';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setUp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'careline-drafts-'));
  folders.push(dataDir);
  const logged: string[] = [];
  const log = { info: () => undefined, warn: (m: string) => void logged.push(m), error: (m: string, f?: object) => void logged.push(`${m} ${JSON.stringify(f)}`) };
  let at = 1_000;
  const store = () => new DraftStore({ dataDir, log, settleMs: 20, now: () => at++ });
  return { dataDir, store, logged };
}

const id1 = '6f1c2a54-0000-4000-8000-000000000001';
const id2 = '6f1c2a54-0000-4000-8000-000000000002';

describe('DraftStore', () => {
  it('keeps the last keystroke of each form, written within the settle time, for the next start', async () => {
    const { store } = setUp();
    const first = store();
    first.save({ draftId: id1, callId: 'call-1', form: { notes: 'M' } });
    first.save({ draftId: id1, callId: 'call-1', form: { notes: 'Margareta ringer om faktura' } });
    first.save({ draftId: id2, form: { notes: 'utan samtal', resolved: true } });
    await new Promise((resolve) => setTimeout(resolve, 80));
    // A new store, as after a restart, never having seen the saves.
    const drafts = await store().list();
    expect(drafts.map(({ draftId, callId, form }) => ({ draftId, callId, form }))).toEqual([
      { draftId: id1, callId: 'call-1', form: { notes: 'Margareta ringer om faktura' } },
      { draftId: id2, callId: undefined, form: { notes: 'utan samtal', resolved: true } },
    ]);
  });

  it('removes a discarded draft, also one whose write was still waiting, and leaves no temp files', async () => {
    const { store, dataDir } = setUp();
    const drafts = store();
    drafts.save({ draftId: id1, form: { notes: 'a' } });
    await drafts.flush();
    drafts.save({ draftId: id1, form: { notes: 'ab' } });
    await drafts.discard(id1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store().list()).toEqual([]);
    expect(readdirSync(join(dataDir, 'drafts'))).toEqual([]);
  });

  it('skips a broken file without logging what it holds', async () => {
    const { store, dataDir, logged } = setUp();
    const drafts = store();
    drafts.save({ draftId: id1, form: { notes: 'ok' } });
    await drafts.flush();
    writeFileSync(join(dataDir, 'drafts', `${id2}.json`), '{"draftId":"Margareta Lindqvist');
    expect((await store().list()).map((d) => d.draftId)).toEqual([id1]);
    expect(logged.join('\n')).not.toContain('Margareta');
    expect(logged).toHaveLength(1);
  });
});
