/**
 * The dev host: serves the built renderer over HTTP on 127.0.0.1 and carries the contract over a
 * WebSocket at /core, so the unchanged renderer runs in a plain Chromium against the real core.
 * It owns sockets and files only; starting and stopping the core is its caller's job.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { DeskCore } from '../core/desk-core.js';
import { readRendererFile, securityHeaders } from './renderer-files.js';
import { websocketCarrier } from './websocket-carrier.js';

export interface DevHostOptions {
  core: Pick<DeskCore, 'attachRenderer'>;
  /** The built renderer (dist/renderer), served at `/`. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** More folders to serve, by URL prefix, e.g. `{ '/caller-simulator/': 'dist/caller-simulator' }`. */
  extraRoots?: Record<string, string>;
}

export interface DevHost {
  /** Where to open the renderer, e.g. http://127.0.0.1:4280/ */
  url: string;
  stop(): Promise<void>;
}

export const corePath = '/core';
const host = '127.0.0.1';
// SDP and screen-pop messages are a few KiB; a larger frame is a bug or an attack.
const maxMessageBytes = 1024 * 1024;

export async function startDevHost(options: DevHostOptions): Promise<DevHost> {
  const roots = [
    ...Object.entries(options.extraRoots ?? {}).map(([prefix, dir]) => ({ prefix: withSlashes(prefix), dir })),
    { prefix: '/', dir: options.rendererDir },
  ].sort((a, b) => b.prefix.length - a.prefix.length);
  let ownHosts = new Set<string>();

  const server = createServer((request, response) => void serveFile(request, response));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  async function serveFile(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!ownHosts.has(request.headers.host ?? '')) return refuse(response, 421, 'Misdirected Request');
    if (request.method !== 'GET') return refuse(response, 405, 'Method Not Allowed', { allow: 'GET' });
    const pathname = pathOf(request);
    if (pathname === null) return refuse(response, 400, 'Bad Request');
    const root = roots.find((candidate) => pathname.startsWith(candidate.prefix) || `${pathname}/` === candidate.prefix);
    if (root && `${pathname}/` === root.prefix) return refuse(response, 308, 'Permanent Redirect', { location: root.prefix });
    const file = root ? await readRendererFile(root.dir, `/${pathname.slice(root.prefix.length)}`) : null;
    if (!file) return refuse(response, 404, 'Not Found');
    response.writeHead(200, { ...securityHeaders, 'content-type': file.contentType, 'content-length': file.body.length });
    response.end(file.body);
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = pathOf(request);
    const origin = request.headers.origin ?? '';
    // A page from any other origin (another site, or a DNS-rebound name) must never reach the core.
    const ownOrigin = origin.startsWith('http://') && ownHosts.has(origin.slice('http://'.length));
    if (pathname !== corePath || !ownOrigin || !ownHosts.has(request.headers.host ?? '')) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (websocket) => options.core.attachRenderer(websocketCarrier(websocket)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  ownHosts = new Set([`${host}:${port}`, `localhost:${port}`]);

  return {
    url: `http://${host}:${port}/`,
    async stop() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function refuse(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, ...headers, 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** The request's path with `.` and `..` segments already folded by the URL parser; null if unparsable. */
function pathOf(request: IncomingMessage): string | null {
  try {
    return new URL(request.url ?? '/', 'http://dev-host').pathname;
  } catch {
    return null;
  }
}

function withSlashes(prefix: string): string {
  return `/${prefix.replace(/^\/+|\/+$/g, '')}/`;
}
