/**
 * One end of a conversation over the contract. Both the core and the renderer use it, each with
 * the maps turned around. Everything that arrives is validated against its schema before any
 * handler sees it; what fails is answered with a typed error naming the field, and reported
 * without its payload (it may hold personal data).
 */
import type { z } from 'zod';
import type { BodyOf, EventMap, PayloadOf, ReplyOf, RequestMap } from '../contract/define.js';
import { ContractFailure, fail, ok, type Result } from '../contract/result.js';
import type { MessageCarrier } from './carrier.js';
import { envelopeSchema, firstIssuePath, type Envelope } from './envelope.js';

export interface LinkSpec<InReq extends RequestMap, OutReq extends RequestMap, InEvt extends EventMap, OutEvt extends EventMap> {
  incomingRequests: InReq;
  outgoingRequests: OutReq;
  incomingEvents: InEvt;
  outgoingEvents: OutEvt;
}

/** A message that was refused: channel and reason only, never the body. */
export interface Rejection {
  channel: string;
  code: string;
  field?: string;
}

export interface LinkOptions {
  onRejected?: (rejection: Rejection) => void;
  /** Errors thrown by handlers that were not ContractFailures: bugs, to be logged. */
  onHandlerError?: (channel: string, error: unknown) => void;
  requestTimeoutMs?: number;
}

type Handler<M extends RequestMap, K extends keyof M> = (body: BodyOf<M, K>) => ReplyOf<M, K> | Promise<ReplyOf<M, K>>;

interface Pending {
  channel: string;
  resolve: (result: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class ContractLink<InReq extends RequestMap, OutReq extends RequestMap, InEvt extends EventMap, OutEvt extends EventMap> {
  private readonly handlers = new Map<string, (body: unknown) => unknown>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly closeListeners = new Set<() => void>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private open = true;

  constructor(
    private readonly carrier: MessageCarrier,
    private readonly spec: LinkSpec<InReq, OutReq, InEvt, OutEvt>,
    private readonly options: LinkOptions = {},
  ) {
    carrier.onMessage((text) => this.receive(text));
    carrier.onClose(() => this.closed());
  }

  get isOpen(): boolean {
    return this.open;
  }

  handle<K extends keyof InReq & string>(channel: K, handler: Handler<InReq, K>): void {
    this.handlers.set(channel, handler as (body: unknown) => unknown);
  }

  on<K extends keyof InEvt & string>(channel: K, listener: (payload: PayloadOf<InEvt, K>) => void): () => void {
    const set = this.listeners.get(channel) ?? new Set();
    this.listeners.set(channel, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  }

  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  emit<K extends keyof OutEvt & string>(channel: K, payload: PayloadOf<OutEvt, K>): void {
    const schema = this.spec.outgoingEvents[channel] as z.ZodType;
    this.send({ t: 'evt', ch: channel, body: schema.parse(payload) });
  }

  request<K extends keyof OutReq & string>(channel: K, body: BodyOf<OutReq, K>): Promise<Result<ReplyOf<OutReq, K>>> {
    if (!this.open) return Promise.resolve(fail('linkClosed', 'errors.linkClosed'));
    const checked = this.spec.outgoingRequests[channel]!.body.parse(body);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(fail('timeout', 'errors.timeout'));
      }, this.options.requestTimeoutMs ?? 15_000);
      this.pending.set(id, { channel, resolve: resolve as (r: Result<unknown>) => void, timer });
      this.send({ t: 'req', id, ch: channel, body: checked });
    });
  }

  close(): void {
    this.carrier.close();
  }

  private send(envelope: Envelope): void {
    if (this.open) this.carrier.send(JSON.stringify(envelope));
  }

  private receive(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.reject({ channel: '(unknown)', code: 'malformedMessage' });
      return;
    }
    const envelope = envelopeSchema.safeParse(parsed);
    if (!envelope.success) {
      this.reject({ channel: '(unknown)', code: 'malformedMessage', field: firstIssuePath(envelope.error) });
      return;
    }
    const message = envelope.data;
    if (message.t === 'req') void this.answer(message.id, message.ch, message.body);
    else if (message.t === 'res') this.settle(message.id, message.result);
    else this.dispatchEvent(message.ch, message.body);
  }

  private async answer(id: number, channel: string, body: unknown): Promise<void> {
    const result = await this.run(channel, body);
    this.send({ t: 'res', id, result });
  }

  private async run(channel: string, body: unknown): Promise<Result<unknown>> {
    const spec = Object.hasOwn(this.spec.incomingRequests, channel) ? this.spec.incomingRequests[channel] : undefined;
    const handler = this.handlers.get(channel);
    if (!spec || !handler) {
      this.reject({ channel, code: 'unknownChannel' });
      return fail('unknownChannel', 'errors.unknownChannel');
    }
    const checked = spec.body.safeParse(body);
    if (!checked.success) {
      const field = firstIssuePath(checked.error);
      this.reject({ channel, code: 'invalidRequest', field });
      return fail('invalidRequest', 'errors.invalidRequest', field);
    }
    try {
      return ok(spec.reply.parse(await handler(checked.data)));
    } catch (error) {
      if (error instanceof ContractFailure) return fail(error.code, error.messageKey);
      this.options.onHandlerError?.(channel, error);
      return fail('internal', 'errors.internal');
    }
  }

  private settle(id: number, result: Result<unknown>): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (!result.ok) {
      pending.resolve(result);
      return;
    }
    const reply = this.spec.outgoingRequests[pending.channel]!.reply.safeParse(result.value);
    if (reply.success) {
      pending.resolve(ok(reply.data));
      return;
    }
    const field = firstIssuePath(reply.error);
    this.reject({ channel: pending.channel, code: 'invalidReply', field });
    pending.resolve(fail('invalidReply', 'errors.invalidReply', field));
  }

  private dispatchEvent(channel: string, body: unknown): void {
    const schema = Object.hasOwn(this.spec.incomingEvents, channel) ? this.spec.incomingEvents[channel] : undefined;
    if (!schema) {
      this.reject({ channel, code: 'unknownChannel' });
      return;
    }
    const checked = schema.safeParse(body);
    if (!checked.success) {
      this.reject({ channel, code: 'invalidEvent', field: firstIssuePath(checked.error) });
      return;
    }
    for (const listener of this.listeners.get(channel) ?? []) listener(checked.data);
  }

  private reject(rejection: Rejection): void {
    this.options.onRejected?.(rejection);
  }

  private closed(): void {
    if (!this.open) return;
    this.open = false;
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.resolve(fail('linkClosed', 'errors.linkClosed'));
    }
    this.pending.clear();
    for (const listener of this.closeListeners) listener();
  }
}
