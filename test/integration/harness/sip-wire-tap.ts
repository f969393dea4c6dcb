/**
 * Watches SIP as it leaves this process over WebSocket (every sip.js UA here uses the `ws`
 * package), so a test can say when a given response or request was really sent.
 */
import WebSocket from 'ws';

export interface SentSipMessage {
  firstLine: string;
  callId: string | undefined;
  at: number;
}

export function tapOutgoingSip(): { sent: SentSipMessage[]; restore(): void } {
  const sent: SentSipMessage[] = [];
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    if (typeof data === 'string') {
      sent.push({
        firstLine: data.slice(0, data.indexOf('\r\n')),
        callId: /^Call-ID:\s*(\S+)/im.exec(data)?.[1],
        at: performance.now(),
      });
    }
    return (original as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof WebSocket.prototype.send;
  return { sent, restore: () => void (WebSocket.prototype.send = original) };
}
