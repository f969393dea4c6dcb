/**
 * Entry of `npm run import -- <kind> <file>` (bundled to dist/import/import.js): imports one export
 * file of the care or finance system into the desk's database. See main/import/README.md.
 */
import { readFile } from 'node:fs/promises';
import { parseImportArgs } from '../main/import/cli-options.js';
import { openImportTarget } from '../main/import/database-target.js';
import { runImportCommand } from '../main/import/import-command.js';

const parsed = parseImportArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  (parsed.help ? process.stdout : process.stderr).write(`${parsed.message}\n`);
  process.exitCode = parsed.help ? 0 : 2;
} else {
  process.exitCode = await runImportCommand(parsed.command, {
    readFile: (path) => readFile(path),
    open: (command) => openImportTarget(command.database, process.env),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    // An unexpected failure (a lost connection): its message, never a row of the file.
    process.stderr.write(`The import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  });
}
