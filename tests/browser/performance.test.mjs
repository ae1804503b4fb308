// Book-size texts in the browser: the worker gives the same result as a direct call; the book
// pair compares, follows typing, and its whole diff is drawn as the reader scrolls. Timings (load
// to first paint, long tasks while typing and scrolling) are reported as diagnostics, not asserted:
// speed targets live in benchmarks (README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openApp, settled, paste, figure, paneText, copyRich } from './support.mjs';
import { workloads } from '../../benches/peers/workloads.mjs';

const ctx = site();
const [book] = workloads();

/** Starts collecting long tasks (main-thread tasks over 50 ms) in the page. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
  });
}

async function longTasks(page) {
  return page.evaluate(() => window.__longTasks.splice(0));
}

test('the worker gives the same result as a direct call', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const same = await page.evaluate(async ([a, b]) => {
    const direct = window.wasmBindings.compare(a, b, { ignoreCase: true });
    const worker = new Worker('./compare_worker.js', { type: 'module' });
    const js = document.querySelector('link[rel="modulepreload"]').href;
    const wasm = document.querySelector('link[rel="preload"][as="fetch"]').href;
    worker.postMessage({ init: { js, wasm } });
    const reply = await new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data);
      worker.postMessage({ id: 7, source: a, derivative: b, options: { ignoreCase: true } });
    });
    worker.terminate();
    return (
      reply.id === 7 &&
      JSON.stringify(reply.comparison) === JSON.stringify(direct) &&
      direct.options.ignoreCase === true &&
      direct.counts.changes > 0
    );
  }, [book.source.slice(0, 200_000), book.derivative.slice(0, 200_000)]);
  assert.ok(same);
  await context.close();
});

test('without a worker the page still compares, on its main thread', async () => {
  const context = await ctx.browser.newContext();
  await context.route('**/compare_worker.js', (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(ctx.server.url);
  await page.locator('#summary').waitFor();
  await page.locator('#derivative').fill('Officials reportedly urge people to stay vigilant.');
  await settled(page);
  assert.equal(await page.locator('#diff ins', { hasText: 'reportedly' }).count() > 0, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long paste at the caret keeps the text around it, and a sample gives it back as it was', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  const before = await page.locator('#derivative').inputValue();
  const chapter = book.source.slice(0, 150_000);
  // Caret at the very start, nothing selected: the paste goes in before the sample text.
  await page.evaluate((t) => navigator.clipboard.writeText(t), chapter);
  await page.locator('#derivative').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+V');
  const card = page.locator('#derivative-card');
  await card.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'derivative-card', 'focus stays on the pane');
  const preview = await card.locator('.long-text-preview').textContent();
  assert.ok(preview.startsWith(chapter.slice(0, 200)) && preview.endsWith('…'), 'the card shows how the text begins');
  await settled(page);
  await card.getByRole('button', { name: 'Edit the whole text' }).click();
  assert.equal(await paneText(page, '#derivative'), chapter + before);

  // A sample replaces the long text; putting it back shows it in short again, whole.
  await page.locator('#sample').focus();
  await page.locator('#sample').selectOption('control');
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  await card.waitFor();
  await card.getByRole('button', { name: 'Edit the whole text' }).click();
  assert.equal(await paneText(page, '#derivative'), chapter + before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long text opened for editing is one block per paragraph, holds plain text only, and every key reaches the comparison', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  const chapter = book.source.slice(0, 150_000);
  await paste(page, '#derivative', chapter);
  await page.locator('#derivative-card').waitFor();
  await settled(page);
  await page.locator('#derivative-card').getByRole('button', { name: 'Edit the whole text' }).click();
  const editor = page.getByRole('textbox', { name: 'Derivative', exact: true });
  await editor.waitFor();
  assert.equal(await paneText(page, '#derivative'), chapter);
  // One block per paragraph (the chapter's blank lines), not one block for the whole text.
  const paragraphs = chapter.split(/\n\s*\n/).length;
  assert.equal(await page.locator('#derivative > div').count(), paragraphs);

  // Typed markup stays text; a new first paragraph arrives in the comparison as added.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('A <b>bold</b> & opening line.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal(await paneText(page, '#derivative'), `A <b>bold</b> & opening line.\n\n${chapter}`);
  assert.equal(await page.locator('#diff ins', { hasText: '<b>bold</b> & opening line.' }).count(), 1);

  // Rich text pasted in arrives as its plain text: no element from the clipboard enters the page.
  await copyRich(page, '<img src="data:,"><i>Pasted</i> words.', 'Pasted words. ');
  await page.keyboard.press('Control+V');
  await settled(page);
  assert.equal(await paneText(page, '#derivative'), `A <b>bold</b> & opening line.\n\nPasted words. ${chapter}`);
  assert.equal(await page.locator('#derivative img, #derivative i, #derivative b').count(), 0);
  // Rich text whose plain text lost its paragraphs goes in with them, as typed text.
  await copyRich(page, '<p>First pasted.</p><p>Second pasted.</p>', 'First pasted. Second pasted. ');
  await page.keyboard.press('Control+V');
  await settled(page);
  assert.equal(
    await paneText(page, '#derivative'),
    `A <b>bold</b> & opening line.\n\nPasted words. First pasted.\n\nSecond pasted.${chapter}`,
  );
  assert.equal(await page.locator('#derivative p').count(), 0);

  // A long paste over it all goes to the page, which shows the text in short again, whole.
  const chapterTwo = book.derivative.slice(150_000, 270_000);
  await paste(page, '#derivative', chapterTwo);
  await page.locator('#derivative-card').waitFor();
  await settled(page);
  await page.locator('#derivative-card').getByRole('button', { name: 'Edit the whole text' }).click();
  assert.equal(await paneText(page, '#derivative'), chapterTwo);
  assert.deepEqual(errors, []);
  await context.close();
});

test('edits across the paragraph blocks read as the lines they show', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  // One line per paragraph (no blank lines): a block per line.
  const lines = Array.from({ length: 12_000 }, (_, i) => `Line ${i} is here.`);
  await paste(page, '#derivative', `${lines.join('\n')}\n`);
  await page.locator('#derivative-card').waitFor();
  await settled(page);
  await page.locator('#derivative-card').getByRole('button', { name: 'Edit the whole text' }).click();
  await page.locator('#derivative > div').first().waitFor();
  /** What the page took in from the pane: the derivative it saved before comparing. */
  const taken = async () => {
    await settled(page);
    return page.evaluate(() => localStorage.getItem('syndiff.derivative.v1'));
  };
  const rest = (from) => `${lines.slice(from).join('\n')}\n`;

  // Backspace at the start of a line joins it to the line before.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  assert.equal(await taken(), `Line 0 is here.Line 1 is here.\n${rest(2)}`);
  // Delete at the end of a line joins the next one to it.
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  assert.equal(await taken(), `Line 0 is here.Line 1 is here.Line 2 is here.\n${rest(3)}`);
  // A line emptied and typed into stays a line of its own.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Z');
  assert.equal(await taken(), `Line 0 is here.Line 1 is here.Line 2 is here.\nZ\n${rest(4)}`);
  // A selection across lines, typed over, leaves one line.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.up('Shift');
  await page.keyboard.type('X');
  assert.equal(await taken(), `Line 0 is here.Line 1 is here.Line 2 is here.\nZ\nLXine 5 is here.\n${rest(6)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the book pair: first paint, typing and scrolling', async (t) => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { height: 900, clipboard: true });
  // A book pasted into a pane goes straight to the page and is shown as a card, not a text area.
  await paste(page, '#source', book.source);
  await page.locator('#source-card').waitFor();
  await settled(page);
  assert.match(await page.locator('#source-card .long-text-facts').textContent(), /^7\d\d KB · 12\d,\d{3} words · 2,\d{3} paragraphs$/);

  // Pasting the derivative: from the key press to the first painted diff of the pair.
  await page.evaluate(() => {
    document.addEventListener('keydown', (e) => e.key.toLowerCase() === 'v' && (window.__pasted = performance.now()), { capture: true });
  });
  await paste(page, '#derivative', book.derivative);
  const painted = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const check = () => {
          const summary = document.querySelector('#summary');
          const done = document.querySelector('#derivative-card') && !summary.classList.contains('is-updating');
          if (done && document.querySelector('[data-figure="moved"]')) {
            requestAnimationFrame(() => resolve(performance.now() - window.__pasted));
          } else if (performance.now() - window.__pasted > 20000) {
            reject(new Error('no comparison of the book pair within 20 s'));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
  );
  t.diagnostic(`paste to first painted diff: ${painted.toFixed(0)} ms`);
  assert.ok((await figure(page, 'moved')) > 0, 'the moved paragraphs are found');
  // Nothing of the pasted book was lost on the way.
  assert.equal(await page.evaluate(() => document.querySelector('#derivative-card') !== null), true);

  // Opening the book for editing shows it as paragraph blocks (once); typing in it never waits for the page.
  const opening = Date.now();
  await page.locator('#derivative-card').getByRole('button', { name: 'Edit the whole text' }).click();
  await page.locator('#derivative').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'derivative');
  assert.equal(await paneText(page, '#derivative'), book.derivative);
  t.diagnostic(`opening the book for editing: ${Date.now() - opening} ms`);
  await settled(page);
  await watchLongTasks(page);
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(200);
  t.diagnostic(`long tasks moving the caret to the end: ${JSON.stringify((await longTasks(page)).map(Math.round))}`);
  await page.keyboard.type(' The end, said Mr. Darcy.', { delay: 40 });
  await settled(page);
  await page.waitForTimeout(300);
  const typing = await longTasks(page);
  t.diagnostic(`long tasks while typing and comparing: ${JSON.stringify(typing.map(Math.round))}`);

  // Scrolling the whole diff, top to bottom: it is all drawn by the end, in small steps.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('#diff').offsetTop));
  let steps = 0;
  while ((await page.locator('#diff .more-rows').count()) > 0 && steps < 400) {
    await page.mouse.wheel(0, 2500);
    await page.waitForTimeout(30);
    steps++;
  }
  const scrolling = await longTasks(page);
  t.diagnostic(`scroll steps: ${steps}; long tasks while scrolling: ${JSON.stringify(scrolling.map(Math.round))}`);
  assert.equal(await page.locator('#diff .more-rows').count(), 0, 'the whole diff is drawn by the end');
  // The typed words are at the very end of the derivative: drawn last, marked as added.
  assert.equal(await page.locator('#diff ins', { hasText: 'said Mr. Darcy.' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
