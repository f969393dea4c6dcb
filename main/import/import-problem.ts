/**
 * One thing wrong with an import file, pinned to where a person finds it: the physical line of a
 * CSV file or the index of a JSON array item. Reasons never quote personal data, so the list can
 * be printed, pasted into a ticket or logged as it is.
 */

/** `line` is 1-based (CSV, the header is line 1); `index` is the 0-based JSON array index. */
export type Location = { line: number } | { index: number } | { file: true };

export interface ImportProblem {
  at: Location;
  /** The column the problem is about, when it is about one. */
  field?: string;
  reason: string;
}

export const atLine = (line: number): Location => ({ line });
export const atIndex = (index: number): Location => ({ index });
export const inFile: Location = { file: true };

export function describeLocation(at: Location): string {
  if ('line' in at) return `line ${at.line}`;
  if ('index' in at) return `item ${at.index}`;
  return 'file';
}

/** Ordered by position, so the printed list reads top to bottom like the file. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const rank = (at: Location) => ('line' in at ? at.line : 'index' in at ? at.index : -1);
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => rank(a.problem.at) - rank(b.problem.at) || a.order - b.order)
    .map(({ problem }) => problem);
}

export function formatProblem(problem: ImportProblem): string {
  const field = problem.field === undefined ? '' : `${problem.field} `;
  return `${describeLocation(problem.at)}: ${field}${problem.reason}`;
}

/** Every problem up to `limit` lines, then one line counting the rest. */
export function formatProblems(problems: readonly ImportProblem[], limit: number): string[] {
  const sorted = sortProblems(problems);
  const shown = sorted.slice(0, limit).map(formatProblem);
  const rest = sorted.length - shown.length;
  return rest > 0 ? [...shown, `... and ${rest} more ${rest === 1 ? 'error' : 'errors'}`] : shown;
}
