/**
 * `npm run import`: reads the file, opens the target, runs the import and prints what a person
 * needs: the counts, or every error (up to a cap) with its line. Output never holds personal data.
 */
import { basename } from 'node:path';
import type { ImportCommand } from './cli-options.js';
import type { OpenedTarget } from './database-target.js';
import { formatProblems } from './import-problem.js';
import { findImportKind } from './kinds/index.js';
import { runImport } from './run-import.js';

/** Enough to see the pattern of a broken file; the rest is counted. */
export const PRINTED_PROBLEMS = 200;

export interface CommandIo {
  readFile(path: string): Promise<Uint8Array>;
  open(command: ImportCommand): Promise<OpenedTarget>;
  out(line: string): void;
  err(line: string): void;
}

/** Resolves to the exit status: 0 imported, 1 rejected, 2 the file or database could not be reached. */
export async function runImportCommand(command: ImportCommand, io: CommandIo): Promise<number> {
  const kind = findImportKind(command.kind);
  if (!kind) throw new Error(`unknown kind ${command.kind}`);
  const name = basename(command.file);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(command.file);
  } catch (error) {
    io.err(`Cannot read ${command.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 2;
  }
  let target: OpenedTarget;
  try {
    target = await io.open(command);
  } catch (error) {
    io.err(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const started = performance.now();
  try {
    const outcome = await runImport(target.db, {
      kind,
      bytes,
      format: command.format,
      dryRun: command.dryRun,
      options: { region: command.region, timeZone: command.timeZone },
    });
    const seconds = (performance.now() - started) / 1000;
    if (!outcome.ok) {
      const count = outcome.problems.length;
      io.err(`${name} was rejected and nothing was imported: ${count} ${count === 1 ? 'error' : 'errors'}.`);
      for (const line of formatProblems(outcome.problems, PRINTED_PROBLEMS)) io.err(`  ${line}`);
      return 1;
    }
    const { inserted, updated, unchanged } = outcome.counts;
    const layout = command.format === 'json' ? 'JSON' : `CSV separated by '${outcome.separator ?? ','}'`;
    io.out(`${command.dryRun ? 'Dry run (nothing written)' : 'Imported'} ${name} (${kind.name}, ${layout}) into ${target.description}:`);
    io.out(`  ${outcome.rows} ${kind.noun}: ${inserted} inserted, ${updated} updated, ${unchanged} unchanged`);
    io.out(`  ${seconds.toFixed(2)} s, ${Math.round(outcome.rows / Math.max(seconds, 0.001))} rows/s`);
    return 0;
  } finally {
    await target.db.close();
  }
}
