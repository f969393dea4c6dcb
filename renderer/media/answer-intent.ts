/**
 * The agent has asked to answer a call (button, shortcut): the media engine starts the call's SDP
 * answer at once instead of a round trip to the core later, when the core reports 'answering'.
 * Starting early costs nothing if the core then refuses: an answer nobody took is closed with the
 * unused session (media-sessions.ts).
 */
type Listener = (callId: string) => void;

const listeners = new Set<Listener>();

export function onAnswerIntent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function answerIntended(callId: string): void {
  for (const listener of listeners) listener(callId);
}
