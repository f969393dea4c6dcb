/**
 * The ringtone, played on the ringer device and in the headset while an inbound call rings. A
 * hunt-group call that merely waits for a busy agent does not ring; answering or ending the call stops it.
 */
import { selectOldestRingingCall, type PhoneReader, type PhoneState } from '../../phone/index.js';
import { createLoopedTone, followTone, type TonePlayer } from '../tone-player.js';
import { toneCycle, type Burst } from '../tones.js';

export const ringsIn = (state: PhoneState): boolean => selectOldestRingingCall(state) !== undefined;

export const followRingtone = (reader: PhoneReader, tone: TonePlayer): (() => void) => followTone(reader, ringsIn, tone);

/** The pitch alternates 20 times a second: the "trill" of a desk phone. */
const trill: Burst = { seconds: 0.4, frequency: (t) => (Math.floor(t * 40) % 2 === 0 ? 650 : 800), level: 0.25, fadeSeconds: 0.01 };

/**
 * One ring cycle: two 0.4 s bursts of a warbling 650/800 Hz pair, 0.2 s apart, then 2 s of
 * silence. Distinct from the 425 Hz ringback, so the agent never confuses the two.
 */
export const ringCycleSamples = (): Float32Array => toneCycle(3, [{ at: 0, burst: trill }, { at: 0.6, burst: trill }]);

/** Plays the ring on every device `sinks()` names at start (the same device once). */
export const createRingtone = (sinks: () => string[]): TonePlayer => createLoopedTone('ringtone', ringCycleSamples, sinks);
