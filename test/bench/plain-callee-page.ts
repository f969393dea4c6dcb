/**
 * The benchmark's yardstick: a plain sip.js Web UA page that registers and answers on a click,
 * with sip.js's default media (getUserMedia, the same fake microphone as the agent's page), so
 * answer -> audio compares the desk's media bridge with sip.js used the ordinary way.
 * Query: pbx (ws URL), user, password.
 */
import { Invitation, Registerer, RegistererState, SessionState, UserAgent, Web } from 'sip.js';

const params = new URLSearchParams(window.location.search);
const pbx = params.get('pbx') ?? '';
const user = params.get('user') ?? '';
const status = document.getElementById('status') as HTMLParagraphElement;
const answerButton = document.getElementById('answer') as HTMLButtonElement;
const remoteAudio = document.getElementById('remote-audio') as HTMLAudioElement;
let session: Invitation | undefined;

function show(state: string): void {
  status.dataset['state'] = state;
  status.textContent = state;
}

const userAgent = new UserAgent({
  uri: UserAgent.makeURI(`sip:${user}@${new URL(pbx).hostname}`),
  transportOptions: { server: pbx },
  authorizationUsername: user,
  authorizationPassword: params.get('password') ?? '',
  sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] }, iceGatheringTimeout: 2000 },
  logLevel: 'warn',
  delegate: {
    onInvite: (invitation) => {
      session = invitation;
      show('incoming');
      invitation.stateChange.addListener((state) => {
        if (state === SessionState.Established) {
          const sdh = invitation.sessionDescriptionHandler as InstanceType<typeof Web.SessionDescriptionHandler>;
          remoteAudio.srcObject = sdh.remoteMediaStream;
          void remoteAudio.play();
          show('talking');
        }
        if (state === SessionState.Terminated) show('ended');
      });
    },
  },
});
const registerer = new Registerer(userAgent);
registerer.stateChange.addListener((state) => {
  if (state === RegistererState.Registered) show('ready');
});

answerButton.addEventListener('click', () => {
  void session?.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
});

async function inboundAudio(): Promise<{ bytesReceived: number; audioLevel: number }> {
  const sdh = session?.sessionDescriptionHandler as InstanceType<typeof Web.SessionDescriptionHandler> | undefined;
  let result = { bytesReceived: 0, audioLevel: 0 };
  (await sdh?.peerConnection?.getStats())?.forEach((report: { type: string; kind?: string; bytesReceived?: number; audioLevel?: number }) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') result = { bytesReceived: report.bytesReceived ?? 0, audioLevel: report.audioLevel ?? 0 };
  });
  return result;
}
Object.assign(window, { plainCallee: { inboundAudio } });

void userAgent.start().then(() => registerer.register());
