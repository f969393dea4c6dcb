/**
 * Tells the core when a ringing call's caller card is on screen, so its 180 Ringing follows the
 * painted card rather than the message that carried it. A timeout after the animation frame runs
 * after that frame's paint; a hidden page paints nothing and says so at once.
 */
import { useEffect } from 'react';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export function useCardShownReport(link: RendererSideLink, callId: string): void {
  useEffect(() => {
    const report = () => link.emit('screenpop.cardShown', { callId });
    if (document.hidden) {
      report();
      return undefined;
    }
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(report, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
  }, [link, callId]);
}
