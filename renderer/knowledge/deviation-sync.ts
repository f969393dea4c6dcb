/**
 * Today's local deviations for the banner on every desk. There is no live change for knowledge
 * tables (migration 6 announces calls, states, cases and broadcasts), so the desk re-reads them on
 * a timer: a new deviation shows within a minute, and one that ends at midnight goes with the day.
 */
import { create } from 'zustand';
import type { KnowledgeDeviation, Locale } from '../../shared/contract/index.js';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export const DEVIATION_REFRESH_MS = 60_000;

export const useDeviations = create<{ deviations: KnowledgeDeviation[] }>(() => ({ deviations: [] }));

/** Reads now and every minute until stopped; a failed read keeps what was shown. */
export function startDeviationSync(link: RendererSideLink, language: Locale, refreshMs = DEVIATION_REFRESH_MS): () => void {
  let stopped = false;
  const read = async () => {
    const reply = await link.request('knowledge.deviations', { language });
    if (!stopped && reply.ok) useDeviations.setState({ deviations: reply.value.deviations });
  };
  void read();
  const timer = setInterval(() => void read(), refreshMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
