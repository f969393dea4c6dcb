/**
 * One program at a time in a PGlite folder: PGlite itself does not lock it, and two writers
 * (a second dev host, an import while the desk runs) would corrupt it. A lock file holds the
 * owner's pid; one left behind by a process that died is taken over.
 */
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class FolderInUseError extends Error {
  override readonly name = 'FolderInUseError';
}

const LOCK_FILE = 'careline-desk.lock';

/** Takes the folder's lock; the returned function gives it back. */
export function lockFolder(directory: string, pid = process.pid): () => void {
  const path = join(directory, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8'));
      if (isAlive(owner) && owner !== pid) {
        throw new FolderInUseError(`The database in ${directory} is in use by another Careline Desk program (process ${owner}). Stop it first.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new FolderInUseError(`Could not lock the database in ${directory}.`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means "in use".
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
