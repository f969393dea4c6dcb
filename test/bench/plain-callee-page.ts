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

/** For the benchmark: the call's peer connection, to watch its receivers in the page itself. */
function peerConnection(): RTCPeerConnection | undefined {
  return (session?.sessionDescriptionHandler as InstanceType<typeof Web.SessionDescriptionHandler> | undefined)?.peerConnection;
}
Object.assign(window, { plainCallee: { peerConnection } });

void userAgent.start().then(() => registerer.register());
