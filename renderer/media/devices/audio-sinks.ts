/** Sends an element's sound to a device; a device that vanished in between leaves it on the default. */
export async function applySink(element: HTMLMediaElement, sinkId: string): Promise<void> {
  if (element.sinkId === sinkId) return;
  try {
    await element.setSinkId(sinkId);
  } catch (error) {
    console.warn('[media] output device not available, using the default', error);
    await element.setSinkId('').catch(() => undefined);
  }
}
