/**
 * While a call is being answered the core's thread belongs to the answer. The embedded database
 * (PGlite) runs as WebAssembly on this same thread, and the answer itself causes writes (the agent
 * goes On call, the call record is completed): run at once, they held the 200 OK up by 10-30 ms
 * in the middle of the media round trip, and right after it they competed for the CPU with the
 * call's ICE and DTLS (phone benchmark, answer -> two-way audio). So database work waits until
 * no call is answering and the last answer has had `settleMs` to get its audio going; never longer
 * than `maxWaitMs`, so a stuck answer cannot stall it.
 */
import type { Call } from '../../shared/contract/phone.js';
import type { Queryable } from '../data/database.js';

export interface AnswerFirstTiming {
  settleMs: number;
  maxWaitMs: number;
}

export class AnswerFirst {
  private readonly answering = new Set<string>();
  private waiting: (() => void)[] = [];
  private settling: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly timing: AnswerFirstTiming = { settleMs: 300, maxWaitMs: 2000 }) {}

  callChanged(call: Call): void {
    if (call.state === 'answering') {
      this.answering.add(call.callId);
      clearTimeout(this.settling);
      this.settling = undefined;
      return;
    }
    if (!this.answering.delete(call.callId) || this.answering.size > 0) return;
    this.settling = setTimeout(() => {
      this.settling = undefined;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resume of waiting) resume();
    }, this.timing.settleMs);
  }

  /**
   * Resolves when database work may run. It first lets the current turn finish: the work was
   * asked for by a listener of the same change that may tell this class about the answer next.
   */
  async mayRun(): Promise<void> {
    await Promise.resolve();
    if (this.answering.size === 0 && this.settling === undefined) return;
    await new Promise<void>((resume) => {
      const timer = setTimeout(resume, this.timing.maxWaitMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resume();
      });
    });
  }
}

/** The database as the page's requests read it: each statement waits until answering allows. */
export function readsAfterAnswers(db: Queryable, gate: AnswerFirst): Queryable {
  return {
    query: async (sql, params) => {
      await gate.mayRun();
      return db.query(sql, params);
    },
    exec: async (sql) => {
      await gate.mayRun();
      return db.exec(sql);
    },
  };
}
