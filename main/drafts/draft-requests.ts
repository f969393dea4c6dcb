/** The renderer's draft requests, answered by the core's draft store. */
import type { CoreSideLink } from '../../shared/messaging/links.js';
import type { DraftStore } from './draft-store.js';

export function serveDraftRequests(link: CoreSideLink, drafts: DraftStore): void {
  link.handle('drafts.save', (draft) => {
    drafts.save(draft);
    return {};
  });
  link.handle('drafts.list', async () => ({ drafts: await drafts.list() }));
  link.handle('drafts.discard', async ({ draftId }) => {
    await drafts.discard(draftId);
    return {};
  });
}
