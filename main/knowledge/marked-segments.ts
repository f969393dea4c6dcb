/**
 * Turns ts_headline's output into segments {text, match}. The SQL marks matches with two control
 * characters instead of <b>…</b>: article text is typed by agents, and as data the marks can reach
 * the page only as text nodes, never as markup (the SQL strips these characters from the text first).
 */
import type { MarkedSegment } from '../../shared/contract/knowledge.js';

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
export const ELLIPSIS = '…';
/** What ts_headline puts between two passages of a snippet. */
export const FRAGMENT_DELIMITER = ` ${ELLIPSIS} `;
/** How many characters of the body's ends are compared with the snippet's. */
export const EDGE_LENGTH = 40;

export function markedSegments(marked: string): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  let rest = marked;
  for (;;) {
    const start = rest.indexOf(MATCH_START);
    const end = start < 0 ? -1 : rest.indexOf(MATCH_END, start + 1);
    if (end < 0) break;
    append(segments, rest.slice(0, start), false);
    append(segments, rest.slice(start + 1, end), true);
    rest = rest.slice(end + 1);
  }
  append(segments, rest.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''), false);
  return segments;
}

/**
 * A snippet with "…" where it leaves text of the body out: before it unless it starts where the
 * body starts, after it unless it ends where the body ends. `head` and `tail` are the body's first
 * and last EDGE_LENGTH characters.
 */
export function snippetSegments(marked: string, head: string, tail: string): MarkedSegment[] {
  const segments = markedSegments(marked);
  // ts_headline leaves out punctuation at a passage's ends ("dödsboet" of "dödsboet."): words decide.
  const passages = segments.map((segment) => segment.text).join('').split(FRAGMENT_DELIMITER).map(words);
  const first = passages[0] ?? '';
  const last = passages.at(-1) ?? '';
  if (first === '' && last === '') return segments;
  const start = words(head);
  const end = words(tail);
  const fromStart = Math.min(first.length, start.length);
  const fromEnd = Math.min(last.length, end.length);
  const begins = first.slice(0, fromStart) === start.slice(0, fromStart);
  const ends = last.slice(last.length - fromEnd) === end.slice(end.length - fromEnd);
  const result: MarkedSegment[] = [];
  if (!begins) append(result, `${ELLIPSIS} `, false);
  for (const segment of segments) append(result, segment.text, segment.match);
  if (!ends) append(result, ` ${ELLIPSIS}`, false);
  return result;
}

const words = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function append(segments: MarkedSegment[], text: string, match: boolean): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.match === match) last.text += text;
  else segments.push({ text, match });
}
