/**
 * The microphone's level, read with an AnalyserNode on a stream of its own (no echo cancelling,
 * noise suppression or gain control, which would hide a dead microphone or flatter a weak one).
 */

/** RMS of the raw signal (-80 dBFS): a live microphone's own noise is above it, a dead or muted one delivers zeros. */
export const SIGNAL_THRESHOLD = 1e-4;

export interface LevelMeter {
  /** RMS of the last ~43 ms, 0 to 1. */
  level(): number;
  stop(): void;
}

export async function openLevelMeter(deviceId: string): Promise<LevelMeter> {
  const raw = { echoCancellation: false, noiseSuppression: false, autoGainControl: false };
  const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { ...raw, deviceId: { exact: deviceId } } : raw, video: false });
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(stream).connect(analyser);
  void context.resume();
  const samples = new Float32Array(analyser.fftSize);
  return {
    level() {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      return Math.sqrt(sum / samples.length);
    },
    stop() {
      stream.getTracks().forEach((track) => track.stop());
      void context.close();
    },
  };
}

/** Listens until the level passes the threshold or `ms` is over; calls `onLevel` with each reading. */
export async function listenForSignal(meter: LevelMeter, ms: number, onLevel: (level: number) => void = () => undefined, signal?: AbortSignal): Promise<boolean> {
  const until = performance.now() + ms;
  while (performance.now() < until && !signal?.aborted) {
    const level = meter.level();
    onLevel(level);
    if (level > SIGNAL_THRESHOLD) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}
