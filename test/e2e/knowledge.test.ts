/**
 * The knowledge base at the desk, end to end through the built dev host and its embedded demo
 * database, keyboard only: Alt+K, type, arrow keys, Enter. Search forgives the missing "ä" and
 * finds other word forms, highlighting them as <mark>; an article opens with its body; today's
 * local deviation is a banner and yesterday's is not; an agent's new question and answer awaits a
 * lead's approval and stays out of search. Screenshots land in .test-output/screenshots.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskRig, type DeskRig } from './harness/desk-rig.js';

const screenshots = resolve(import.meta.dirname, '../../.test-output/screenshots');
const users = { '1001': 'pw-agent-1001', 'pstn-gateway': 'pw-gateway' };

let rig: DeskRig;
let agent: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  rig = await startDeskRig(users);
  agent = await rig.deskPage();
});

afterAll(() => rig?.stop());

const marks = (hit: Locator) => hit.locator('mark').allTextContents();

/** axe-core's WCAG 2.1 A/AA violations in the knowledge panel and the deviation banner, one line each. */
async function knowledgeViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: agent })
    .include('[data-testid="knowledge-panel"]')
    .include('[data-testid="deviation-banner"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} - ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** Alt+K, the box emptied, `query` typed key by key; resolves once the hits for it are shown. */
async function searchFor(query: string): Promise<Locator> {
  await agent.keyboard.press('Alt+K');
  expect(await agent.evaluate(() => document.activeElement?.id)).toBe('knowledge-search');
  await agent.keyboard.press('Control+A');
  await agent.keyboard.press('Backspace');
  await agent.keyboard.type(query, { delay: 40 });
  const hits = agent.getByTestId('knowledge-hit');
  await hits.first().waitFor();
  return hits;
}

/** Arrow keys down to the first hit whose marked words include `word`, then Enter. */
async function openHitMarking(hits: Locator, word: string): Promise<void> {
  const all = await hits.all();
  const found: string[][] = [];
  for (const hit of all) found.push((await marks(hit)).map((text) => text.toLowerCase()));
  const index = found.findIndex((words) => words.includes(word));
  expect(index, `a hit marking "${word}" among ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < index; step += 1) await agent.keyboard.press('ArrowDown');
  expect(await all[index]!.getAttribute('aria-selected')).toBe('true');
  await agent.keyboard.press('Enter');
}

describe('the knowledge base at the desk', () => {
  it('shows the local deviation valid today as a banner, and not the one that ended yesterday', async () => {
    const banner = agent.getByTestId('deviation-banner');
    await banner.waitFor();
    await expect.poll(() => banner.getByTestId('deviation').allTextContents()).toEqual([expect.stringContaining('Sen matleverans idag')]);
    expect(await banner.textContent()).not.toContain('Hissen');
  });

  it('finds "hemtjänsten" for "hemtjanst", marked, and opens the article with its body by arrow keys and Enter', async () => {
    const hits = await searchFor('hemtjanst');
    await expect.poll(async () => (await marks(hits.first())).length).toBeGreaterThan(0);
    await openHitMarking(hits, 'hemtjänsten');
    const article = agent.getByTestId('knowledge-article');
    await article.waitFor();
    expect(await article.getByTestId('knowledge-article-title').textContent()).toBe('Så fungerar hemtjänsten');
    await expect.poll(() => article.getByTestId('knowledge-article-body').locator('p').allTextContents()).toEqual([
      'Hemtjänsten kommer hem till den som har beviljats insatser av biståndshandläggaren.',
      'Tiderna planeras med utföraren. Vid förhinder ringer den enskilde utföraren direkt.',
    ]);
    expect(await article.textContent()).toContain('Questions and answers');
    await agent.screenshot({ path: join(screenshots, 'knowledge-article.png') });
  });

  it('finds "fakturor" for "faktura", marked in the hit', async () => {
    const hits = await searchFor('faktura');
    await expect.poll(async () => (await Promise.all((await hits.all()).map(marks))).flat().map((text) => text.toLowerCase())).toContain('fakturor');
    await agent.screenshot({ path: join(screenshots, 'knowledge-search.png') });
    expect(await knowledgeViolations()).toEqual([]);
  });

  it('compares the providers of one kind in a district side by side, alphabetically, with the same facts for each', async () => {
    await agent.getByTestId('knowledge-open-providers').focus();
    await agent.keyboard.press('Enter');
    const table = agent.getByTestId('knowledge-providers').locator('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    for (const row of await table.locator('tbody tr').all()) expect(await row.locator('td').count()).toBe(2);
    await agent.getByTestId('knowledge-providers').screenshot({ path: join(screenshots, 'knowledge-providers.png') });
    expect(await knowledgeViolations()).toEqual([]);
  });

  it("keeps an agent's new question and answer awaiting approval, out of search", async () => {
    await agent.getByTestId('knowledge-new-faq').focus();
    await agent.keyboard.press('Enter');
    const editor = agent.getByTestId('knowledge-editor');
    await editor.waitFor();
    await agent.keyboard.type('Kan jag pausa matleveranserna?');
    await agent.keyboard.press('Tab');
    await agent.keyboard.type('Ja, ring utföraren senast dagen innan: pausen gäller från morgondagen.');
    await agent.keyboard.press('Tab');
    expect(await agent.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('knowledge-editor-save');
    await agent.keyboard.press('Enter');
    const pending = agent.getByTestId('knowledge-pending-revision');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Awaiting approval');
    expect(await agent.getByTestId('knowledge-approve').count()).toBe(0);
    await agent.screenshot({ path: join(screenshots, 'knowledge-awaiting-approval.png') });
    expect(await knowledgeViolations()).toEqual([]);

    await agent.keyboard.press('Alt+K');
    await agent.keyboard.press('Control+A');
    await agent.keyboard.type('pausa matleveranserna');
    await agent.getByText('No article matches the search.').waitFor();
    expect(await agent.getByTestId('knowledge-hit').count()).toBe(0);
  });
});
