/**
 * Ringback: while a number the agent called rings at the far end (180/183), the agent hears the
 * familiar tone in the headset, played here because the desk does not take early media from the network.
 */
import type { PhoneReader, PhoneState } from '../phone/index.js';
import { createLoopedTone, followTone, type TonePlayer } from './tone-player.js';
import { toneCycle } from './tones.js';

const ringsOut = (state: PhoneState) => Object.values(state.calls).some((call) => call.direction === 'outbound' && call.state === 'ringingOut');

export const followRingback = (reader: PhoneReader, tone: TonePlayer): (() => void) => followTone(reader, ringsOut, tone);

/** The European (CEPT) ringback of Swedish and Danish networks: 425 Hz, one second on, four off. */
export const ringbackCycleSamples = (): Float32Array => toneCycle(5, [{ at: 0, burst: { seconds: 1, frequency: 425, level: 0.15, fadeSeconds: 0.01 } }]);

export const createRingbackTone = (headset: () => string): TonePlayer => createLoopedTone('ringback', ringbackCycleSamples, () => [headset()]);
