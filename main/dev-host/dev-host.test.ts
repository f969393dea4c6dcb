/**
 * The dev host over real sockets on 127.0.0.1, with a stand-in core that echoes: what a browser
 * tab gets (files, CSP), what it must not get (files outside the renderer, the core from another
 * origin), and text crossing the WebSocket both ways.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { MessageCarrier } from '../../shared/messaging/carrier.js';
import { startDevHost, type DevHost } from './dev-host.js';
import { contentSecurityPolicy } from './renderer-files.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http sends the path as written, so traversal attempts reach the server un-normalised. */
function get(url: string, path: string, options: { method?: string; host?: string } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(url: string, path: string, origin: string): Promise<WebSocket> {
  const socket = new WebSocket(new URL(path, url.replace('http', 'ws')), { origin });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const nextMessage = (socket: WebSocket) =>
  new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));

describe('dev host', () => {
  let dir: string;
  let host: DevHost;
  const attached: MessageCarrier[] = [];
  const closed: MessageCarrier[] = [];
  const echoCore = {
    attachRenderer(carrier: MessageCarrier) {
      attached.push(carrier);
      carrier.onMessage((text) => carrier.send(`core heard: ${text}`));
      carrier.onClose(() => closed.push(carrier));
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dev-host-test-'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await mkdir(join(dir, 'simulator'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>desk</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'simulator', 'index.html'), '<!doctype html><title>caller</title>');
    await writeFile(join(dir, 'secret.txt'), 'not for the browser');
    host = await startDevHost({
      core: echoCore,
      rendererDir: join(dir, 'renderer'),
      extraRoots: { '/caller-simulator/': join(dir, 'simulator') },
    });
  });

  afterAll(async () => {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html at / with the strict CSP', async () => {
    const response = await get(host.url, '/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>desk</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
  });

  it('serves scripts as JavaScript and the extra roots under their prefix', async () => {
    const script = await get(host.url, '/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const simulator = await get(host.url, '/caller-simulator/');
    expect(simulator.body).toContain('<title>caller</title>');
    const bare = await get(host.url, '/caller-simulator');
    expect(bare.status).toBe(308);
    expect(bare.headers.location).toBe('/caller-simulator/');
  });

  it.each(['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/../secret.txt', '/..%5csecret.txt'])(
    'refuses to leave the renderer folder: %s',
    async (path) => {
      const response = await get(host.url, path);
      expect([403, 404]).toContain(response.status);
      expect(response.body).not.toContain('not for the browser');
    },
  );

  it('answers GET only, and only under its own host name', async () => {
    expect((await get(host.url, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(host.url, '/', { host: 'attacker.example:80' })).status).toBe(421);
    expect((await get(host.url, '/missing.js')).status).toBe(404);
  });

  it('refuses a WebSocket from a foreign origin or on another path', async () => {
    const own = host.url.replace(/\/$/, '');
    await expect(openSocket(host.url, '/core', 'http://attacker.example')).rejects.toThrow(/403/);
    await expect(openSocket(host.url, '/core', own.replace('127.0.0.1', '127.0.0.2'))).rejects.toThrow(/403/);
    await expect(openSocket(host.url, '/other', own)).rejects.toThrow(/403/);
    expect(attached).toHaveLength(0);
  });

  it('carries text both ways between the page and the core over /core', async () => {
    const socket = await openSocket(host.url, '/core', host.url.replace(/\/$/, ''));
    const echoed = nextMessage(socket);
    socket.send('hello');
    expect(await echoed).toBe('core heard: hello');

    const carrier = attached.at(-1)!;
    const pushed = nextMessage(socket);
    carrier.send('event from the core');
    expect(await pushed).toBe('event from the core');

    const gone = new Promise<void>((resolve) => carrier.onClose(resolve));
    socket.close();
    await gone;
    expect(closed).toContain(carrier);
  });

  it('closes a socket that sends binary frames', async () => {
    const socket = await openSocket(host.url, '/core', host.url.replace(/\/$/, ''));
    const code = new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
    socket.send(Buffer.from([1, 2, 3]));
    expect(await code).toBe(1003);
  });
});
