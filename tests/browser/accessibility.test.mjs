// Accessibility: axe-core finds no serious or critical violation in the main states, light
// and dark, nor in the downloaded report; and the main flow works from the keyboard alone,
// with a visible focus ring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { site, settled, figure, paste } from './support.mjs';
import { workloads } from '../../benches/peers/workloads.mjs';

const ctx = site();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const [book] = workloads();

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page) {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe: no serious or critical violation in the main states (${colorScheme})`, async () => {
    // The page's CSP would stop axe's script; the test lifts it for axe alone.
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(ctx.server.url);
    await page.locator('#summary').waitFor();
    await settled(page);
    const found = {};
    found['sample pair, inline'] = await violations(page);
    await page.getByLabel('Side by side').check();
    found['side by side'] = await violations(page);
    await page.getByText('Options').click();
    await page.keyboard.press('j');
    found['options open, a change current'] = await violations(page);
    await page.getByLabel('Inline', { exact: true }).check();
    await page.locator('.kind-filter[data-edit="hedgeAdded"]').click();
    await page.getByText('Why this verdict').click();
    await page.getByText('What each kind means').click();
    found['a kind filtered, why and meanings open'] = await violations(page);
    await page.getByRole('button', { name: 'Quiz: name the edit' }).click();
    await page.keyboard.press('1');
    found['quiz, answered'] = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add the three samples' }).click();
    found['reuse matrix of the samples'] = await violations(page);
    await page.locator('#sample').selectOption('control');
    await settled(page);
    found['control pair: no shared passages'] = await violations(page);
    await page.getByRole('button', { name: 'New comparison' }).click();
    await settled(page);
    found['new comparison: empty'] = await violations(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.server.url).origin });
    await paste(page, '#derivative', book.source.slice(0, 120_000));
    await page.locator('#derivative-card').waitFor();
    await settled(page);
    found['a book-length text in short'] = await violations(page);
    await page.locator('#derivative-card').getByRole('button', { name: 'Edit the whole text' }).click();
    await page.locator('#derivative > div').first().waitFor();
    found['a book-length text opened for editing'] = await violations(page);
    for (const [state, list] of Object.entries(found)) assert.deepEqual(list, [], state);
    await context.close();
  });
}

test('axe: the downloaded report has no serious or critical violation, light and dark (its letter marks too)', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.locator('#summary').waitFor();
  await settled(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-report').click()]);
  // Saved under its own name: opened from disk, a file is HTML by its extension.
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'syndiff-')), download.suggestedFilename());
  await download.saveAs(file);
  const report = pathToFileURL(file).href;
  for (const colorScheme of ['light', 'dark']) {
    // The report's own policy would stop axe's script; the test lifts it for axe alone.
    const reader = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
    const opened = await reader.newPage();
    await opened.goto(report);
    // The sample's respelled name: the changed letters in "Saeed" and "Said" are marked.
    assert.ok((await opened.locator('del mark').count()) > 0 && (await opened.locator('ins mark').count()) > 0, 'letter marks in the report');
    assert.deepEqual(await violations(opened), [], `the report in ${colorScheme}`);
    await reader.close();
  }
  await context.close();
});

test('keyboard only: load a sample, read the changes, switch view, share; the focus is always visible', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.server.url).origin });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.locator('#summary').waitFor();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      // A radio's ring is drawn on the label text beside it (`input:focus-visible + span`).
      const ringed = el.type === 'radio' ? el.nextElementSibling : el;
      const ring = getComputedStyle(ringed);
      return {
        id: el.id,
        tag: el.tagName,
        name: el.name,
        text: el.textContent.trim().slice(0, 40),
        ring: ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2,
      };
    });
  /** Tabs until `match` has focus (at most 60 presses), checking the ring at each stop. */
  async function tabTo(match) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      assert.ok(f.ring, `focus ring on ${f.tag}#${f.id} "${f.text}"`);
      if (match(f)) return f;
    }
    assert.fail('never reached');
  }
  // The skip link comes first and leads to the comparison.
  const first = await tabTo(() => true);
  assert.equal(first.text, 'Skip to the comparison');
  // The sample menu: the control pair by arrow keys, then back.
  await tabTo((f) => f.id === 'sample');
  await page.keyboard.press('ArrowDown');
  await settled(page);
  assert.match(await page.locator('#summary').textContent(), /0 words unchanged/);
  await page.keyboard.press('ArrowUp');
  await settled(page);
  assert.equal(await figure(page, 'moved'), 25);
  // The first change from the Next button, then the keys j and k.
  await tabTo((f) => f.text.startsWith('Next'));
  await page.keyboard.press('Enter');
  assert.match(await page.locator('.nav-position').textContent(), /^Change 1 of \d+/);
  await page.keyboard.press('j');
  assert.match(await page.locator('.nav-position').textContent(), /^Change 2 of /);
  await page.keyboard.press('k');
  assert.match(await page.locator('.nav-position').textContent(), /^Change 1 of /);
  // Side by side, by keyboard: the view's radio group, from the top of the page.
  await page.locator('#result-heading').focus();
  const radio = await tabTo((f) => f.tag === 'INPUT' && f.name === 'view');
  assert.ok(radio);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'side-by-side');
  // Share from the keyboard: the link is made and copied.
  await tabTo((f) => f.id === 'share');
  await page.keyboard.press('Enter');
  await page.locator('#share-link').waitFor();
  assert.match(await page.locator('#link-note').textContent(), /^Link copied/);
  await context.close();
});

test('the theme picker overrides the system, is remembered, and applies before the app starts', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.locator('#summary').waitFor();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByLabel('Theme').selectOption('dark');
  const dark = await background();
  assert.notEqual(dark, light);
  // After a reload, dark from the first paint: checked before the app has drawn anything.
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(), dark);
  await page.locator('#summary').waitFor();
  await page.getByLabel('Theme').selectOption('system');
  assert.equal(await background(), light);
  await context.close();
});
