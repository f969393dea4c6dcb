/**
 * Notices a connection to the phone server that died without closing (a frozen server, a NAT or
 * firewall that forgot us, a laptop back from sleep): after a quiet spell it sends a ping, and if
 * nothing at all comes back in time it declares the connection dead. sip.js's own keep-alive only
 * sends; it never acts on a missing answer, so it cannot tell the desk that the line is gone.
 */
export interface KeepAliveOptions {
  /** Quiet time (nothing received) before a ping goes out. */
  idleMs: number;
  /** How long a ping may go unanswered before the connection counts as dead. */
  answerMs: number;
  /** Sends the ping; Kamailio answers a CRLF ping over WebSocket with a CRLF. */
  ping: () => void;
  onDead: (silentMs: number) => void;
  now?: () => number;
}

/** Worst case from the last thing heard to onDead: one quiet spell plus one unanswered ping. */
export function detectionBoundMs(options: Pick<KeepAliveOptions, 'idleMs' | 'answerMs'>): number {
  return options.idleMs + options.answerMs;
}

export class KeepAlive {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private answerTimer: ReturnType<typeof setTimeout> | undefined;
  private lastHeard = 0;
  private running = false;
  private readonly probes: ((alive: boolean) => void)[] = [];
  private readonly now: () => number;

  constructor(private readonly options: KeepAliveOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The connection is open: start watching it. */
  start(): void {
    this.running = true;
    this.heard();
  }

  /** Anything arrived on the connection (a SIP message or a ping's answer): it is alive. */
  heard(): void {
    if (!this.running) return;
    this.lastHeard = this.now();
    clearTimeout(this.answerTimer);
    this.answerTimer = undefined;
    this.settleProbes(true);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.sendPing(this.options.answerMs), this.options.idleMs);
  }

  /**
   * Pings at once and resolves whether an answer came within `answerMs`; e.g. after the machine
   * wakes, when the connection may have died while nobody was listening.
   */
  probe(answerMs = this.options.answerMs): Promise<boolean> {
    if (!this.running) return Promise.resolve(false);
    const answered = new Promise<boolean>((resolve) => this.probes.push(resolve));
    if (this.answerTimer === undefined) this.sendPing(answerMs);
    return answered;
  }

  /** The connection closed or is being replaced: stop without declaring anything. */
  stop(): void {
    this.running = false;
    this.clearTimers();
    this.settleProbes(false);
  }

  private sendPing(answerMs: number): void {
    clearTimeout(this.idleTimer);
    this.answerTimer = setTimeout(() => this.dead(), answerMs);
    try {
      this.options.ping();
    } catch {
      // A ping that cannot even be sent is not answered either; the answer timer decides.
    }
  }

  private dead(): void {
    this.running = false;
    this.clearTimers();
    this.settleProbes(false);
    this.options.onDead(this.now() - this.lastHeard);
  }

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.answerTimer);
    this.idleTimer = undefined;
    this.answerTimer = undefined;
  }

  private settleProbes(alive: boolean): void {
    for (const resolve of this.probes.splice(0)) resolve(alive);
  }
}
