/**
 * app://careline/ serves the built renderer from inside the app (instead of file://, which would
 * give the page file-system reach), with the same CSP and path checks as the dev host.
 */
import { protocol } from 'electron';
import { readRendererFile, securityHeaders } from '../dev-host/renderer-files.js';

const scheme = 'app';
const host = 'careline';

/**
 * Must run before the app is ready. `secure` makes the page a secure context, which getUserMedia
 * needs; `corsEnabled` because Vite marks the page's script and stylesheet `crossorigin`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(scheme, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.host !== host) return new Response('Forbidden', { status: 403 });
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) return new Response('Not Found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { ...securityHeaders, 'content-type': file.contentType } });
  });
}
