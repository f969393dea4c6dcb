/**
 * LISTEN on a shared server over one connection of its own that comes back by itself: when the
 * server drops it (a restart, a broken network) it reconnects with backoff and listens again, so
 * a team lead's view keeps updating without anyone restarting the desk.
 */
import pg from 'pg';
import type { ReconnectPolicy } from '../phone/reconnect-policy.js';
import type { ListenOptions } from './database.js';

/** Where the data layer reports trouble: the core's Logger fits. Never given parameters or passwords. */
export interface DatabaseLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

interface Subscriber {
  onPayload: (payload: string) => void;
  onResumed: (() => void) | undefined;
}

interface Channel {
  subscribers: Set<Subscriber>;
  /** Settles when the first LISTEN for the channel has run (or failed). */
  listening: Promise<void>;
}

export class PostgresListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly channels = new Map<string, Channel>();
  private retryTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private closed = false;

  constructor(
    private readonly clientConfig: pg.ClientConfig,
    private readonly policy: ReconnectPolicy,
    private readonly log: DatabaseLog,
  ) {}

  /** `channel` must already be checked; rejects when the server cannot be reached right now. */
  async listen(channel: string, onPayload: (payload: string) => void, options: ListenOptions = {}): Promise<() => Promise<void>> {
    if (this.closed) throw new Error('The database is closed.');
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = { subscribers: new Set(), listening: this.connected().then(async (client) => void (await client.query(`listen ${channel}`))) };
      this.channels.set(channel, entry);
    }
    // Counted before the LISTEN settles, so a concurrent unlisten of the last other subscriber
    // does not UNLISTEN under this one.
    const subscriber: Subscriber = { onPayload, onResumed: options.onResumed };
    entry.subscribers.add(subscriber);
    try {
      await entry.listening;
    } catch (error) {
      this.forget(channel, entry, subscriber);
      throw error;
    }
    return () => this.unlisten(channel, subscriber);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.channels.clear();
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end();
  }

  private async unlisten(channel: string, subscriber: Subscriber): Promise<void> {
    const entry = this.channels.get(channel);
    if (!entry || !entry.subscribers.has(subscriber)) return;
    this.forget(channel, entry, subscriber);
    // A connection that is gone has forgotten its LISTENs already.
    if (!this.channels.has(channel) && this.client) await this.client.query(`unlisten ${channel}`).catch(() => undefined);
  }

  private forget(channel: string, entry: Channel, subscriber: Subscriber): void {
    entry.subscribers.delete(subscriber);
    if (entry.subscribers.size === 0 && this.channels.get(channel) === entry) this.channels.delete(channel);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client(this.clientConfig);
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', ({ channel, payload }) => this.deliver(channel, payload ?? ''));
    await client.connect();
    if (this.closed) {
      await client.end();
      throw new Error('The database is closed.');
    }
    this.client = client;
    return client;
  }

  private deliver(channel: string, payload: string): void {
    for (const subscriber of this.channels.get(channel)?.subscribers ?? []) queueMicrotask(() => subscriber.onPayload(payload));
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.log.warn('database notifications: connection lost, reconnecting', { error: error?.message ?? 'connection ended' });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer || this.channels.size === 0) return;
    const delayMs = this.policy.delayMs(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.resume().catch((error: unknown) => {
        if (this.closed) return;
        this.log.warn('database notifications: reconnect failed', { attempt: this.attempt, error: String(error) });
        const half = this.client;
        this.client = undefined;
        half?.end().catch(() => undefined);
        this.scheduleReconnect();
      });
    }, delayMs);
  }

  private async resume(): Promise<void> {
    if (this.closed || this.channels.size === 0) return;
    const client = await this.connected();
    for (const channel of this.channels.keys()) await client.query(`listen ${channel}`);
    this.log.info('database notifications: listening again', { attempts: this.attempt, channels: this.channels.size });
    this.attempt = 0;
    const subscribers = [...this.channels.values()].flatMap((entry) => [...entry.subscribers]);
    for (const { onResumed } of subscribers) if (onResumed) queueMicrotask(onResumed);
  }
}
