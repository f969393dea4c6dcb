/**
 * Accessibility as axe-core judges it (WCAG 2.1 A and AA rules), on the page as it is right now:
 * each violation as one readable line (rule, impact, what it asks, where), so a failing test says
 * what to fix.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => {
    const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
    return `${violation.id} (${violation.impact ?? 'unrated'}): ${violation.help} - ${where}`;
  });
}
