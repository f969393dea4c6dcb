/** The link to the core for components that act: present only while the desk is connected. */
import { createContext, useContext } from 'react';
import type { RendererSideLink } from '../../shared/messaging/links.js';

export const LinkContext = createContext<RendererSideLink | null>(null);

export function useLink(): RendererSideLink {
  const link = useContext(LinkContext);
  if (!link) throw new Error('useLink is used outside a connected desk');
  return link;
}
