/**
 * The import command's arguments: which kind, which file, and where the rows go. Read from
 * argv and the environment only; nothing here touches a file or a database.
 */
import { homedir } from 'node:os';
import { extname, join } from 'node:path';
import type { InputFormat } from './input-rows.js';
import { importKinds } from './kinds/index.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './local-time.js';

/** `desk`: whichever database the desk with this data folder uses (its settings.json says). */
export type DatabaseChoice = { engine: 'desk'; dataDir: string } | { engine: 'postgres'; url: string };

export interface ImportCommand {
  kind: string;
  file: string;
  format: InputFormat;
  dryRun: boolean;
  database: DatabaseChoice;
  region: string;
  timeZone: string;
}

export type ParsedArgs = { ok: true; command: ImportCommand } | { ok: false; help: boolean; message: string };

export const usage = `Usage: npm run import -- <kind> <file> [options]

Imports one export of the care or finance system into the citizen mirror. Every row is checked
first and every error is listed with its line; the whole file lands or nothing does. Rows are
matched by their external id, so importing the same file again changes nothing.

Kinds, in the order they build on each other:
  ${listWrapped(importKinds.map((kind) => kind.name), 88).join('\n  ')}

Options:
  --dry-run            check and count everything, then roll back: nothing is written
  --format csv|json    default: json for a .json file, otherwise csv (; or , from the header)
  --database URL       a shared PostgreSQL server: postgres://USER@HOST:5432/DATABASE
                       (?sslmode=disable|require|verify-full, &sslrootcert=CA.pem);
                       default: CARELINE_DATABASE_URL, else the database the desk's
                       settings name (the team's server, or the embedded one).
                       The password comes from PGPASSWORD, never from the command line.
  --data-dir DIR       the desk's data folder, with settings.json and the embedded database
                       (default: CARELINE_DATA_DIR, else ~/.config/careline-desk-dev);
                       stop the desk first: only one program may open it at a time
  --region SE|DK       country of phone numbers written without a country code (default SE)
  --time-zone ZONE     zone of local times in on-call schedules (default ${DEFAULT_TIME_ZONE})
  --help               this text

Columns of each kind: main/import/README.md.
Exit status: 0 imported (or dry run passed), 1 file rejected, 2 usage or connection error.`;

function listWrapped(names: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const name of names) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + name.length + 2 <= width) lines[lines.length - 1] = `${last}, ${name}`;
    else lines.push(name);
  }
  return lines.map((line, index) => (index < lines.length - 1 ? `${line},` : line));
}

const valueOptions = new Set(['--format', '--database', '--data-dir', '--region', '--time-zone']);

export function parseImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let dryRun = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--help' || name === '-h') return { ok: false, help: true, message: usage };
    if (name === '--dry-run') dryRun = true;
    else if (valueOptions.has(name)) {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined || value === '') return fail(`${name} needs a value`);
      values.set(name, value);
    } else if (name === '--password') return fail('a password is never given on the command line: set PGPASSWORD');
    else if (name.startsWith('-')) return fail(`unknown option ${name}`);
    else positional.push(arg);
  }
  const [kind, file, ...extra] = positional;
  if (kind === undefined || file === undefined) return fail('a kind and a file are needed');
  if (extra.length > 0) return fail(`one file at a time (also got ${extra.join(' ')})`);
  if (!importKinds.some((known) => known.name === kind)) return fail(`unknown kind '${kind}'`);

  const format = values.get('--format') ?? (extname(file).toLowerCase() === '.json' ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') return fail('--format must be csv or json');
  const region = (values.get('--region') ?? 'SE').toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) return fail('--region must be a two-letter country code such as SE or DK');
  const url = values.get('--database') ?? env['CARELINE_DATABASE_URL'];
  const database: DatabaseChoice = url ? { engine: 'postgres', url } : { engine: 'desk', dataDir: values.get('--data-dir') ?? defaultDataDir(env) };
  const timeZone = values.get('--time-zone') ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) return fail(`--time-zone: '${timeZone}' is not a time zone such as Europe/Stockholm`);
  return { ok: true, command: { kind, file, format, dryRun, database, region, timeZone } };
}

function fail(message: string): ParsedArgs {
  return { ok: false, help: false, message: `${message}\n\n${usage}` };
}

/** The same folder the dev host uses, so an import lands where `npm start` will read it. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (env['CARELINE_DATA_DIR']) return env['CARELINE_DATA_DIR'];
  const configHome = env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  return join(configHome, 'careline-desk-dev');
}
