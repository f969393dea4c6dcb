// What the figures were measured on: machine, runtimes, engine versions, and when.
import { cpus, loadavg, totalmem } from 'node:os';
import type { Database } from '../../main/data/database.js';

export async function engineVersion(db: Database): Promise<string> {
  const [row] = await db.query<{ version: string }>('select version() as version');
  return (row?.version ?? 'unknown').replace(/ on .*$/, '');
}

export function machineLines(): string[] {
  const cpu = cpus();
  return [
    `Date:        ${new Date().toISOString()}`,
    `CPU:         ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
    `RAM:         ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `Load avg:    ${loadavg().map((value) => value.toFixed(2)).join(' / ')} (1/5/15 min, at start)`,
    `Node:        ${process.version}`,
  ];
}
