/**
 * One import from bytes to database: decode, read, validate every row, then check references
 * and write everything in ONE transaction. Any problem anywhere means nothing is written, and
 * the caller gets all problems at once; a dry run does the writes and rolls them back, so its
 * counts are the ones a real run would report.
 */
import type { Database } from '../data/database.js';
import { columnsOf, type AnyImportKind, type KindOptions, type WriteCounts } from './import-kind.js';
import { atLine, inFile, type ImportProblem } from './import-problem.js';
import { readInputRows, type InputFormat } from './input-rows.js';
import { resolveReferences } from './references.js';
import { decodeUtf8 } from './utf8-text.js';
import { validateRows } from './validate-rows.js';

export interface ImportRequest {
  kind: AnyImportKind;
  bytes: Uint8Array;
  format: InputFormat;
  dryRun: boolean;
  options: KindOptions;
}

export type ImportOutcome =
  | { ok: true; rows: number; counts: WriteCounts; separator: string | null }
  | { ok: false; rows: number; problems: ImportProblem[] };

/** One import at a time per database: two at once would race on the same external ids. */
const IMPORT_LOCK = 7_301_947;

class DryRunDone extends Error {
  constructor(readonly counts: WriteCounts) {
    super('dry run: rolled back');
  }
}

export async function runImport(db: Database, request: ImportRequest): Promise<ImportOutcome> {
  const { kind } = request;
  const decoded = decodeUtf8(request.bytes);
  if (!decoded.ok) {
    return { ok: false, rows: 0, problems: [{ at: decoded.line === null ? inFile : atLine(decoded.line), reason: decoded.reason }] };
  }
  const input = readInputRows(decoded.text, request.format, columnsOf(kind.schema(request.options)));
  const validated = validateRows(kind, request.options, input);
  const rows = input.rows.length;
  try {
    return await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const references = await resolveReferences(tx, input.rows, kind.references);
      const checked = kind.check ? await kind.check(tx, validated.valid, references.ids) : [];
      const problems = [...input.problems, ...validated.problems, ...references.problems, ...checked];
      if (problems.length > 0) return { ok: false as const, rows, problems };
      const counts = await kind.write(tx, validated.valid, references.ids);
      if (request.dryRun) throw new DryRunDone(counts);
      return { ok: true as const, rows, counts, separator: input.separator };
    });
  } catch (error) {
    if (error instanceof DryRunDone) return { ok: true, rows, counts: error.counts, separator: input.separator };
    if (isRefusedData(error)) return { ok: false, rows, problems: [{ at: inFile, reason: refusal(error) }] };
    throw error;
  }
}

/**
 * A constraint's message names the constraint, and the offending row is only in the error's
 * detail, which is never shown. A data exception's message may quote the value, so it is not shown.
 */
function refusal(error: Error & { code: string }): string {
  return error.code.startsWith('23')
    ? `the database refused the rows: ${error.message}`
    : `the database refused a value (SQLSTATE ${error.code})`;
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation). */
function isRefusedData(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
