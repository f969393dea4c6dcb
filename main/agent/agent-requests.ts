/** What the core answers to a renderer's questions about the agent's state, and its choices. */
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { AgentService } from './agent-service.js';

export function serveAgentRequests(link: CoreSideLink, agent: AgentService, notReadyReasons: () => string[]): void {
  link.handle('agent.getState', () => ({ ...agent.status(), notReadyReasons: notReadyReasons() }));
  link.handle('agent.setState', ({ state, reason }) => agent.choose(state, reason));
}
