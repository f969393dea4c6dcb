import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderInUseError, lockFolder } from './folder-lock.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lockFolder', () => {
  it('refuses a second program while the first holds the folder, and frees it on release', () => {
    dir = mkdtempSync(join(tmpdir(), 'careline-lock-'));
    const release = lockFolder(dir);
    // Tried: another live process (this test's parent) claiming the same folder.
    expect(() => lockFolder(dir, process.ppid)).toThrow(FolderInUseError);
    release();
    expect(existsSync(join(dir, 'careline-desk.lock'))).toBe(false);
    lockFolder(dir, process.ppid)();
  });

  it('takes over the lock of a program that died without releasing it', () => {
    dir = mkdtempSync(join(tmpdir(), 'careline-lock-'));
    writeFileSync(join(dir, 'careline-desk.lock'), '999999999');
    expect(() => lockFolder(dir)()).not.toThrow();
  });
});
