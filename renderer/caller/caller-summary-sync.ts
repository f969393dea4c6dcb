/**
 * Feeds the caller-summary store from one link: a lone citizen's summary pushed while the call
 * rings, and that citizen as the call's chosen one (kept past the call's end for the case form).
 */
import type { RendererSideLink } from '../../shared/messaging/links.js';
import { callerSummaryStore, storeChoice, storeSummary, type CallerSummaryStore } from './caller-summary-store.js';

export function startCallerSummarySync(link: RendererSideLink, store: CallerSummaryStore = callerSummaryStore): () => void {
  const unsubscribe = [
    link.on('citizens.summaryRead', (read) => storeSummary(store, read)),
    link.on('screenpop.callerIdentified', ({ callId, match }) => {
      if (match.kind !== 'citizens' || match.citizens.length !== 1 || store.getState().chosen[callId]) return;
      const [lone] = match.citizens;
      storeChoice(store, callId, { kind: 'citizen', citizen: { citizenId: lone!.citizenId, name: lone!.name, district: lone!.district } });
    }),
  ];
  return () => unsubscribe.forEach((off) => off());
}
