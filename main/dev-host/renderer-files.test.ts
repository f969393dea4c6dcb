/** Path resolution and content types shared by the dev host and the app:// handler. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveInside } from './renderer-files.js';

describe('resolveInside', () => {
  const root = resolve('/srv/renderer');

  it('maps URL paths to files inside the root, folders to their index.html', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveInside(root, '/caller/')).toBe(join(root, 'caller', 'index.html'));
    expect(resolveInside(root, '/a%20b.js')).toBe(join(root, 'a b.js'));
  });

  it.each(['/../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/../../x', '/..', '/%2e%2e', '/a%00.js', '/..\\x', 'relative', '/%E0%A4%A'])(
    'refuses %s',
    (path) => expect(resolveInside(root, path)).toBeNull(),
  );

  it('refuses a sibling folder whose name starts with the root name', () => {
    expect(resolveInside(root, '/../renderer-secrets/key')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
    ['sv.json', 'application/json; charset=utf-8'],
    ['prompt.wav', 'audio/wav'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
