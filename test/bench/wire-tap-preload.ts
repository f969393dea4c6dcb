/**
 * Loaded into the benchmarked desk process with `node --import`: notes, on the machine's clock,
 * when each SIP message and each screen-pop message to the page left through the `ws` package,
 * one JSON line per message in CARELINE_BENCH_WIRE_LOG. Only first lines and Call-IDs, no bodies.
 */
import { appendFileSync } from 'node:fs';
import WebSocket from 'ws';

const file = process.env['CARELINE_BENCH_WIRE_LOG'];
if (file) {
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    const at = performance.timeOrigin + performance.now();
    if (typeof data === 'string' && (/^(SIP\/2\.0|[A-Z]+ sips?:)/.test(data) || data.includes('"screenpop.callerIdentified"'))) {
      const end = data.indexOf('\r\n');
      const firstLine = end >= 0 ? data.slice(0, end) : 'screenpop.callerIdentified';
      const callId = /^Call-ID:\s*(\S+)/im.exec(data)?.[1] ?? /"callId":"([^"]+)"/.exec(data)?.[1];
      appendFileSync(file, `${JSON.stringify({ at, firstLine, callId })}\n`);
    }
    return (original as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof WebSocket.prototype.send;
}
