import { describe, expect, it } from 'vitest';
import { dueOf } from './due.js';

describe('dueOf', () => {
  it('counts whole calendar days, across a month and a daylight-saving change', () => {
    expect(dueOf('2026-11-25', '2026-11-25')).toEqual({ kind: 'today' });
    expect(dueOf('2026-11-25', '2026-11-23')).toEqual({ kind: 'overdue', days: 2 });
    expect(dueOf('2026-03-02', '2026-02-27')).toEqual({ kind: 'overdue', days: 3 });
    expect(dueOf('2026-10-26', '2026-10-24')).toEqual({ kind: 'overdue', days: 2 });
    expect(dueOf('2026-11-25', '2026-11-26')).toEqual({ kind: 'later', days: 1 });
  });
});
