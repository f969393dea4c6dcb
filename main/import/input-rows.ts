/**
 * From an export file's text to rows of named values, for CSV and JSON alike: the header is
 * checked against the kind's columns (a missing or unknown column is one problem, not one per
 * row), and every row keeps where it came from so later checks can point at it.
 */
import { parseCsv, type Separator } from './csv-parser.js';
import { atIndex, atLine, type ImportProblem, type Location } from './import-problem.js';

export type InputFormat = 'csv' | 'json';

/** A value as the file gave it; CSV gives only text, JSON may give numbers, booleans and lists. */
export type InputValue = string | number | boolean | string[] | undefined;

export interface InputRow {
  at: Location;
  /** Every column of the kind is a key; undefined when empty or absent. */
  values: Record<string, InputValue>;
}

export interface ColumnSpec {
  all: readonly string[];
  required: readonly string[];
}

export interface InputRows {
  rows: InputRow[];
  /** Required columns the CSV header lacks: their per-row "is required" would only repeat it. */
  missingColumns: Set<string>;
  problems: ImportProblem[];
  separator: Separator | null;
}

export function readInputRows(text: string, format: InputFormat, columns: ColumnSpec): InputRows {
  return format === 'csv' ? readCsvRows(text, columns) : readJsonRows(text, columns);
}

function readCsvRows(text: string, columns: ColumnSpec): InputRows {
  const table = parseCsv(text);
  const problems: ImportProblem[] = table.problems.map((p) => ({ at: atLine(p.line), reason: p.reason }));
  const missingColumns = new Set<string>();
  if (table.header === null) {
    problems.push({ at: atLine(1), reason: 'the file is empty: a header line with the column names is expected' });
    return { rows: [], missingColumns, problems, separator: table.separator };
  }
  const names = table.header.fields.map((name) => name.trim().toLowerCase());
  const headerLine = atLine(table.header.line);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push({ at: headerLine, reason: `column '${name}' appears twice in the header` });
    else if (!columns.all.includes(name)) problems.push({ at: headerLine, reason: `unknown column '${name}' (expected: ${columns.all.join(', ')})` });
    seen.add(name);
  }
  for (const name of columns.required) {
    if (!seen.has(name)) {
      missingColumns.add(name);
      problems.push({ at: headerLine, reason: `required column '${name}' is missing from the header` });
    }
  }
  const known = names.map((name) => columns.all.includes(name));
  const rows: InputRow[] = [];
  for (const record of table.records) {
    if (record.fields.length !== names.length) {
      problems.push({ at: atLine(record.line), reason: `has ${record.fields.length} fields where the header has ${names.length}` });
      continue;
    }
    const values = emptyValues(columns);
    names.forEach((name, index) => {
      if (known[index]) values[name] = blankToUndefined(record.fields[index] ?? '');
    });
    rows.push({ at: atLine(record.line), values });
  }
  return { rows, missingColumns, problems, separator: table.separator };
}

function readJsonRows(text: string, columns: ColumnSpec): InputRows {
  const empty: InputRows = { rows: [], missingColumns: new Set(), problems: [], separator: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The engine's message quotes the text around the fault, which may be personal data.
    const line = jsonErrorLine(text, error);
    return { ...empty, problems: [{ at: atLine(line ?? 1), reason: 'the file is not valid JSON' }] };
  }
  if (!Array.isArray(parsed)) {
    return { ...empty, problems: [{ at: atLine(1), reason: 'the file must hold a JSON array of objects, one per row' }] };
  }
  const rows: InputRow[] = [];
  const problems: ImportProblem[] = [];
  parsed.forEach((item: unknown, index) => {
    const at = atIndex(index);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ at, reason: 'must be an object with the columns as keys' });
      return;
    }
    const values = emptyValues(columns);
    let usable = true;
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (!columns.all.includes(key)) {
        problems.push({ at, reason: `unknown field '${key}' (expected: ${columns.all.join(', ')})` });
      } else if (isJsonValue(value)) {
        values[key] = typeof value === 'string' ? blankToUndefined(value) : (value ?? undefined);
      } else {
        problems.push({ at, field: key, reason: 'must be text, a number, true/false, a list of text or null' });
        usable = false;
      }
    }
    if (usable) rows.push({ at, values });
  });
  return { ...empty, rows, problems };
}

function emptyValues(columns: ColumnSpec): Record<string, InputValue> {
  const values: Record<string, InputValue> = {};
  for (const name of columns.all) values[name] = undefined;
  return values;
}

function blankToUndefined(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function isJsonValue(value: unknown): value is string | number | boolean | string[] | null {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** V8 names the fault as "line N" (Node 22) or "position N" (Node 20); either is turned into a line. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (!position?.[1]) return null;
  return text.slice(0, Number(position[1])).split('\n').length;
}
