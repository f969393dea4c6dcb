/**
 * Connects this page to the desk core and keeps trying until it answers. When an established
 * connection drops, the page reloads: the core owns every call and re-sends its state, so a fresh
 * page is the simplest correct recovery.
 */
import { createRendererSideLink, type RendererSideLink } from '../../shared/messaging/links.js';
import { isElectronPage, openDevHostSocket, waitForElectronPort } from './carriers.js';

const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Listening starts when this module loads, before the page awaits anything else: the preload
 * hands the port over once, right after load, and a late listener would miss it.
 */
const electronPort = isElectronPage() ? waitForElectronPort() : undefined;

export async function connectToCore(): Promise<RendererSideLink> {
  const carrier = electronPort ? await electronPort : await retryUntilOpen();
  const link = createRendererSideLink(carrier, {
    onRejected: (rejection) => console.warn('message from the core refused', rejection),
    onHandlerError: (channel, error) => console.error('handler failed', channel, error),
  });
  link.onClose(() => setTimeout(() => window.location.reload(), 1000));
  return link;
}

async function retryUntilOpen() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await openDevHostSocket();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
    }
  }
}
