// The foundation: the page opens on the sample comparison, follows edits, offers the control pair,
// and words each empty state. Screenshots go to tests/browser/artifacts/.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { site, openApp, screenshot, figure, settled, typeAtEnd } from './support.mjs';

const ctx = site();

/** Text of every change of one kind, whitespace squeezed. */
async function changes(page, kind) {
  const texts = await page.locator(`#diff .change[data-kind="${kind}"]`).allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the page opens on the RFE/RL pair with the key edits marked', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  assert.equal(await page.locator('#sample').inputValue(), 'rferl');

  const deleted = await changes(page, 'deleted');
  const inserted = await changes(page, 'inserted');
  const replaced = await changes(page, 'replaced');
  // The dateline is cut on its own; the opening words are replaced by the attribution.
  assert.ok(deleted.includes('deleted: BOKHTAR, Tajikistan --'), deleted.join('\n'));
  assert.ok(replaced.includes('replaced: More with: Radio Liberty’s Tajik Service reported yesterday that more'), replaced.join('\n'));
  assert.equal(replaced.filter((t) => t === 'replaced: Saeed with: Said').length, 2, replaced.join('\n'));
  assert.ok(inserted.includes('inserted: Mr.'), inserted.join('\n'));
  assert.equal(inserted.filter((t) => t === 'inserted: reportedly').length, 2, inserted.join('\n'));
  assert.ok(replaced.some((t) => t.includes('with: According to RFE/RL, the')), replaced.join('\n'));
  assert.ok(deleted.some((t) => t.includes('said Gulandom')), deleted.join('\n'));

  // Marks are not colour alone: deletions are struck through, insertions underlined.
  const del = page.locator('#diff del').first();
  assert.match(await del.evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);
  const ins = page.locator('#diff ins').first();
  assert.match(await ins.evaluate((e) => getComputedStyle(e).textDecorationLine), /underline/);

  // Double spaces after full stops are not changes.
  const kept = page.locator('#diff .block', { hasText: 'is alarming.' });
  assert.equal(await kept.locator('.change', { hasText: 'alarming' }).count(), 0);

  assert.ok((await figure(page, 'copied')) > 50);
  assert.deepEqual(errors, []);
  await screenshot(page, 'foundation-wide-light-full', { fullPage: true });
  await context.close();
});

test('typing in the derivative updates the diff and the summary', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const insertedBefore = await figure(page, 'inserted');
  await typeAtEnd(page, '#derivative', ' Brand new closing words here.');
  assert.equal(await figure(page, 'inserted'), insertedBefore + 5);
  // The sample picker now says the texts are the user's own.
  assert.equal(await page.locator('#sample').inputValue(), '');
  await context.close();
});

test("a sample's titles, origins and credits survive a small edit, and reach the report and a share link", async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  const field = (id) => page.locator(`#${id}`).inputValue();
  const named = async () => [await field('source-title'), await field('source-origin'), await field('derivative-title')];
  // The sample's titles and where it is from fill the fields, as if the reader had typed them.
  assert.deepEqual(await named(), ['RFE/RL report', 'Radio Free Europe/Radio Liberty', 'Derivative text']);
  assert.match(await page.locator('.credits').innerText(), /Source: RFE\/RL report/);

  await typeAtEnd(page, '#derivative', ' Extra sentence.');
  assert.equal(await page.locator('#sample').inputValue(), '', 'the picker says the texts are now the reader\'s');
  // One character typed loses none of it: titles, origin, credit lines.
  assert.deepEqual(await named(), ['RFE/RL report', 'Radio Free Europe/Radio Liberty', 'Derivative text']);
  const credits = await page.locator('.credits').innerText();
  assert.match(credits, /Source: RFE\/RL report/);
  assert.match(credits, /Derivative: Derivative text/);

  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#export-report').click()]);
  const html = readFileSync(await report.path(), 'utf8');
  assert.match(html, /<title>Syndiff report: RFE\/RL report → Derivative text<\/title>/);
  assert.match(html, /from <bdi class="origin">Radio Free Europe\/Radio Liberty<\/bdi>/);

  // The edited pair's link holds the texts with their titles and origin.
  await page.locator('#share').click();
  await page.locator('#share-link').waitFor();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#c=/);
  const other = await ctx.browser.newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await opened.locator('#address-note').waitFor();
  await settled(opened);
  const openedField = (id) => opened.locator(`#${id}`).inputValue();
  assert.deepEqual([await openedField('source-title'), await openedField('source-origin'), await openedField('derivative-title')],
    ['RFE/RL report', 'Radio Free Europe/Radio Liberty', 'Derivative text']);
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a sample's names go with its text: pasted over, a pane drops them; another sample or a new comparison replaces them, and typed titles can be put back", async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const field = (id) => page.locator(`#${id}`).inputValue();
  const named = async () => [await field('source-title'), await field('source-origin'), await field('derivative-title')];
  // The reader's own text in place of the sample's source is not credited to RFE/RL.
  await page.locator('#source').fill('A source of my own, nothing like the sample.');
  await settled(page);
  assert.deepEqual(await named(), ['', '', 'Derivative text']);
  const credits = await page.locator('.credits').innerText();
  assert.doesNotMatch(credits, /Source:/);
  assert.match(credits, /Derivative: Derivative text/);

  await page.locator('#derivative-title').fill('My rewrite');
  await page.locator('#sample').selectOption('control');
  await page.locator('.credits', { hasText: 'Opinion piece' }).waitFor();
  assert.deepEqual(await named(), ['RFE/RL report', 'Radio Free Europe/Radio Liberty', 'Opinion piece']);
  // What the reader typed, title included, is one click away.
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.deepEqual(await named(), ['', '', 'My rewrite']);

  await page.locator('#sample').selectOption('rferl');
  await settled(page);
  await page.getByRole('button', { name: 'New comparison' }).click();
  await settled(page);
  assert.deepEqual(await named(), ['', '', '']);
  assert.equal(await page.locator('.credits').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the opinion-piece control shows little reuse', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const derived = await figure(page, 'copied');
  await page.locator('#sample').selectOption('control');
  await page.locator('.credits', { hasText: 'Opinion piece' }).waitFor();
  await settled(page);
  const control = await figure(page, 'copied');
  assert.ok(control < 15, `control copied ${control}%`);
  assert.ok(derived - control > 40);
  await context.close();
});

test('empty, one-sided, identical and whitespace-only texts each get a clear notice', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const source = page.locator('#source');
  const derivative = page.locator('#derivative');
  const notice = page.locator('.notice-title');

  await source.fill('');
  await derivative.fill('');
  await settled(page);
  assert.equal(await notice.textContent(), 'Nothing to compare yet.');
  assert.equal(await page.locator('#diff').count(), 0);

  await derivative.fill('Only the later text.');
  await settled(page);
  assert.equal(await notice.textContent(), 'The source is empty.');

  await source.fill('Only the later text.');
  await settled(page);
  assert.equal(await notice.textContent(), 'The two texts are identical.');

  await source.fill('Only  the later\ntext.  ');
  await settled(page);
  assert.equal(await notice.textContent(), 'The texts differ only in whitespace.');
  assert.equal(await page.locator('#diff .change').count(), 0);

  await source.fill('An earlier text.');
  await derivative.fill('');
  await settled(page);
  assert.equal(await notice.textContent(), 'The derivative is empty.');
  await context.close();
});

test('picking a sample after typing offers the typed texts back', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('My own source.');
  await page.locator('#derivative').fill('My own derivative.');
  // Straight away, before typing pauses: reaching the sample list takes focus from the text.
  await page.locator('#sample').focus();
  await page.locator('#sample').selectOption('control');
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.equal(await page.locator('#source').inputValue(), 'My own source.');
  assert.equal(await page.locator('#derivative').inputValue(), 'My own derivative.');
  await context.close();
});

test('texts put aside stay when an edited sample is put aside after them, even after a reload', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('My own source.');
  await page.locator('#derivative').fill('My own derivative.');
  await page.locator('#sample').focus();
  await page.locator('#sample').selectOption('rferl');
  // One key in the sample's derivative, then another sample.
  await page.locator('#derivative').press('Control+Home');
  await page.keyboard.type('X');
  await page.locator('#sample').focus();
  await page.locator('#sample').selectOption('control');
  await settled(page);
  await page.reload();
  await page.locator('#summary').waitFor();
  // The newest texts put aside, the edited sample, are offered first; the texts typed
  // before them are still offered, by their first words.
  assert.match(await page.locator('.restore').textContent(), /^The sample replaced your texts\. Put my texts back/);
  await page.getByRole('button', { name: 'Put back “My own source.”' }).click();
  assert.equal(await page.locator('#source').inputValue(), 'My own source.');
  assert.equal(await page.locator('#derivative').inputValue(), 'My own derivative.');
  // The edited sample can be had back, and then the typed texts again: nothing typed is dropped.
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.match(await page.locator('#derivative').inputValue(), /^X/);
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.equal(await page.locator('#source').inputValue(), 'My own source.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: narrow and wide, light and dark', async () => {
  for (const [width, colorScheme] of [[360, 'light'], [360, 'dark'], [1440, 'dark'], [1440, 'light']]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, colorScheme });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at ${width}px`);
    assert.deepEqual(errors, []);
    await screenshot(page, `foundation-${width}-${colorScheme}`);
    await page.locator('#result-heading').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -8));
    await screenshot(page, `foundation-${width}-${colorScheme}-result`);
    await context.close();
  }
});
