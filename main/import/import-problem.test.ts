import { describe, expect, it } from 'vitest';
import { formatProblems, inFile, type ImportProblem } from './import-problem.js';

describe('formatProblems', () => {
  it('lists problems by position, naming the column, and counts what is over the cap', () => {
    const problems: ImportProblem[] = [
      { at: { line: 9 }, field: 'valid_to', reason: 'is before valid_from' },
      { at: { line: 2 }, reason: 'has 3 fields where the header has 2' },
      { at: inFile, reason: 'is not valid UTF-8' },
      { at: { line: 9 }, field: 'district', reason: "'X' is not a known district" },
    ];
    expect(formatProblems(problems, 10)).toEqual([
      'file: is not valid UTF-8',
      'line 2: has 3 fields where the header has 2',
      'line 9: valid_to is before valid_from',
      "line 9: district 'X' is not a known district",
    ]);
    expect(formatProblems(problems, 2)).toEqual(['file: is not valid UTF-8', 'line 2: has 3 fields where the header has 2', '... and 2 more errors']);
    expect(formatProblems([{ at: { index: 0 }, reason: 'a' }, { at: { index: 3 }, reason: 'b' }], 1)).toEqual(['item 0: a', '... and 1 more error']);
  });
});
