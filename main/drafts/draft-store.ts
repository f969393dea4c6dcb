/**
 * The quick case form's drafts on disk: one file per form in the data folder, replaced whole by
 * a temp file and a rename, so a killed process leaves either the last draft or the one before,
 * never half of one. Keystrokes are gathered for at most `settleMs` before a write; drafts hold
 * personal data, so nothing of their content is ever logged.
 */
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { draftSchema, type Draft } from '../../shared/contract/drafts.js';
import type { Logger } from '../core/logger.js';

const DRAFT_FILE = /^([0-9a-f-]{36})\.json$/;

export interface DraftStoreOptions {
  /** The desk's data folder; drafts live in its `drafts` folder. */
  dataDir: string;
  log: Logger;
  /** How long keystrokes gather before one write: what a crash can lose at most. */
  settleMs?: number;
  now?: () => number;
}

interface Pending {
  draft: Draft;
  timer: NodeJS.Timeout;
}

export class DraftStore {
  private readonly folder: string;
  private readonly settleMs: number;
  private readonly now: () => number;
  private readonly pending = new Map<string, Pending>();
  /** Each draft's writes and removal, one after the other, so an old write never lands after a newer one. */
  private readonly queues = new Map<string, Promise<void>>();
  private written = 0;

  constructor(private readonly options: DraftStoreOptions) {
    this.folder = join(options.dataDir, 'drafts');
    this.settleMs = options.settleMs ?? 150;
    this.now = options.now ?? Date.now;
  }

  save(draft: Omit<Draft, 'savedAt'>): void {
    const stamped = draftSchema.parse({ ...draft, savedAt: this.now() });
    const waiting = this.pending.get(stamped.draftId);
    if (waiting) {
      waiting.draft = stamped;
      return;
    }
    const timer = setTimeout(() => this.flushOne(stamped.draftId), this.settleMs);
    this.pending.set(stamped.draftId, { draft: stamped, timer });
  }

  /** Every draft on disk (after the writes waiting), oldest first; a file that cannot be read is skipped. */
  async list(): Promise<Draft[]> {
    await this.flush();
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const drafts: Draft[] = [];
    for (const name of names) {
      if (!DRAFT_FILE.test(name)) continue;
      try {
        drafts.push(draftSchema.parse(JSON.parse(await readFile(join(this.folder, name), 'utf8'))));
      } catch {
        this.options.log.warn('a case form draft could not be read and was skipped');
      }
    }
    return drafts.sort((a, b) => a.savedAt - b.savedAt);
  }

  /** The case was saved or skipped, or the agent threw the form away. */
  async discard(draftId: string): Promise<void> {
    const waiting = this.pending.get(draftId);
    if (waiting) clearTimeout(waiting.timer);
    this.pending.delete(draftId);
    await this.enqueue(draftId, () => rm(this.fileOf(draftId), { force: true }));
  }

  /** Writes what is waiting now: on stop, and before a list. */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((draftId) => this.flushOne(draftId)));
    await Promise.all([...this.queues.values()]);
  }

  private flushOne(draftId: string): Promise<void> {
    const waiting = this.pending.get(draftId);
    if (!waiting) return this.queues.get(draftId) ?? Promise.resolve();
    clearTimeout(waiting.timer);
    this.pending.delete(draftId);
    return this.enqueue(draftId, () => this.write(waiting.draft));
  }

  private enqueue(draftId: string, step: () => Promise<unknown>): Promise<void> {
    const run = (this.queues.get(draftId) ?? Promise.resolve())
      .then(step)
      .then(
        () => undefined,
        (error: unknown) => this.options.log.error('a case form draft could not be written', { code: (error as NodeJS.ErrnoException).code }),
      );
    this.queues.set(draftId, run);
    void run.then(() => {
      if (this.queues.get(draftId) === run) this.queues.delete(draftId);
    });
    return run;
  }

  private async write(draft: Draft): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const temp = join(this.folder, `${draft.draftId}.${process.pid}.${++this.written}.tmp`);
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(JSON.stringify(draft));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, this.fileOf(draft.draftId));
  }

  private fileOf(draftId: string): string {
    return join(this.folder, `${draftId}.json`);
  }
}
