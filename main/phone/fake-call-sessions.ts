/**
 * Stand-ins for sip.js sessions in the phone's unit tests: they change state the way sip.js
 * does, record the re-INVITEs, INFOs and DTMF they were asked for, and answer re-INVITEs with
 * the status codes a test lines up. Not used outside tests.
 */
import { SessionState, type Invitation, type Inviter, type InviterInviteOptions, type SessionInviteOptions, type SessionInfoOptions } from 'sip.js';

class FakeEmitter<T> {
  private readonly listeners = new Set<(data: T) => void>();
  addListener(listener: (data: T) => void): void {
    this.listeners.add(listener);
  }
  removeListener(listener: (data: T) => void): void {
    this.listeners.delete(listener);
  }
  emit(data: T): void {
    [...this.listeners].forEach((listener) => listener(data));
  }
}

const response = (statusCode: number) => ({ message: { statusCode } }) as never;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FakeSession {
  state = SessionState.Initial;
  readonly stateChange = new FakeEmitter<SessionState>();
  sessionDescriptionHandlerOptionsReInvite: { hold?: boolean } = {};
  /** The hold option of each re-INVITE sent, in order. */
  readonly reInvites: boolean[] = [];
  /** Final statuses for the next re-INVITEs; 200 once the list is empty. */
  reInviteAnswers: number[] = [];
  readonly infoBodies: string[] = [];
  readonly dtmf: string[] = [];
  dtmfWorks = true;
  readonly sessionDescriptionHandler = {
    sendDtmf: (tones: string) => {
      if (this.dtmfWorks) this.dtmf.push(tones);
      return this.dtmfWorks;
    },
  };

  constructor(readonly id: string) {}

  to(state: SessionState): void {
    this.state = state;
    this.stateChange.emit(state);
  }

  invite(options: SessionInviteOptions = {}): Promise<void> {
    this.reInvites.push(this.sessionDescriptionHandlerOptionsReInvite.hold ?? false);
    const status = this.reInviteAnswers.shift() ?? 200;
    setTimeout(() => {
      if (status === 200) options.requestDelegate?.onAccept?.(response(200));
      else options.requestDelegate?.onReject?.(response(status));
    }, 0);
    return Promise.resolve();
  }

  info(options: SessionInfoOptions = {}): Promise<void> {
    const body = options.requestOptions?.body;
    this.infoBodies.push(typeof body === 'object' && body && 'content' in body ? String(body.content) : '');
    setTimeout(() => options.requestDelegate?.onAccept?.(response(200)), 0);
    return Promise.resolve();
  }

  async bye(): Promise<void> {
    this.to(SessionState.Terminated);
  }
}

export class FakeInvitation extends FakeSession {
  delegate: Invitation['delegate'];
  accepted = false;
  /** The caller's ACK comes with the answer; false to hold it back until ack(). */
  ackOnAccept = true;
  ringingSent = false;
  /** Status codes of the provisional responses sent: 180 Ringing, 182 Queued. */
  readonly provisionals: number[] = [];
  readonly request = {
    to: { uri: { user: '600' } },
    getHeader: (name: string) => (name === 'P-Asserted-Identity' ? this.assertedIdentity : undefined),
  };
  readonly remoteIdentity = { uri: { user: 'pstn-gateway' } };

  constructor(
    id: string,
    private readonly assertedIdentity = '<sip:+46701740605@127.0.0.1>',
  ) {
    super(id);
  }

  async progress(options?: { statusCode?: number }): Promise<void> {
    const statusCode = options?.statusCode ?? 180;
    this.provisionals.push(statusCode);
    if (statusCode === 180) this.ringingSent = true;
  }

  async accept(): Promise<void> {
    this.accepted = true;
    // As sip.js: the answer's media is made first, so the call connects a moment later.
    await Promise.resolve();
    this.to(SessionState.Establishing);
    this.to(SessionState.Established);
    if (this.ackOnAccept) this.ack();
  }

  ack(): void {
    this.delegate?.onAck?.({} as never);
  }

  rejectedWith: number | undefined;

  async reject(options?: { statusCode?: number }): Promise<void> {
    this.rejectedWith = options?.statusCode;
    this.to(SessionState.Terminated);
  }

  get asInvitation(): Invitation {
    return this as unknown as Invitation;
  }
}

export class FakeInviter extends FakeSession {
  private initial: InviterInviteOptions | undefined;
  /** Set to make the first INVITE fail before it is sent, as when no renderer makes the offer. */
  offerFails = false;

  override invite(options: InviterInviteOptions = {}): Promise<void> {
    if (this.state !== SessionState.Initial) return super.invite(options);
    if (this.offerFails) {
      this.to(SessionState.Terminated);
      return Promise.reject(new Error('media engine unavailable'));
    }
    this.initial = options;
    this.to(SessionState.Establishing);
    return Promise.resolve();
  }

  /** The far end answers with `status`, as sip.js delivers it (state first, then the delegate). */
  async respond(status: number): Promise<void> {
    const delegate = this.initial?.requestDelegate;
    if (status < 200) delegate?.onProgress?.(response(status));
    else if (status < 300) this.to(SessionState.Established);
    else {
      this.to(SessionState.Terminated);
      delegate?.onReject?.(response(status));
    }
    await tick();
  }

  async cancel(): Promise<void> {
    this.to(SessionState.Terminating);
    await this.respond(487);
  }

  get asInviter(): Inviter {
    return this as unknown as Inviter;
  }
}
