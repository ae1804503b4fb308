// Book-size texts in the browser: the worker gives the same result as a direct call; the book
// pair compares, follows typing, and its whole diff is drawn as the reader scrolls. Timings (load
// to first paint, long tasks while typing and scrolling) are reported as diagnostics, not asserted:
// speed targets live in benchmarks (README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openApp, settled } from './support.mjs';
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
    const direct = window.wasmBindings.compareJson(a, b, '{"ignoreCase":true}');
    const worker = new Worker('./compare_worker.js', { type: 'module' });
    const js = document.querySelector('link[rel="modulepreload"]').href;
    const wasm = document.querySelector('link[rel="preload"][as="fetch"]').href;
    worker.postMessage({ init: { js, wasm } });
    const reply = await new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data);
      worker.postMessage({ id: 7, source: a, derivative: b, options: '{"ignoreCase":true}' });
    });
    worker.terminate();
    return reply.id === 7 && reply.json === direct && JSON.parse(direct).counts.changes > 0;
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

test('the book pair: first paint, typing and scrolling', async (t) => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { height: 900 });
  // Long texts go in as a paste does: one input event (Playwright's fill types them out).
  await page.evaluate((text) => {
    const area = document.querySelector('#source');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, book.source);
  await settled(page);

  // Loading the derivative: from the input to the first painted diff of the pair.
  const painted = await page.evaluate(async (text) => {
    const area = document.querySelector('#derivative');
    const t0 = performance.now();
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve, reject) => {
      const check = () => {
        const summary = document.querySelector('#summary');
        if (!summary.classList.contains('is-updating') && document.querySelector('[data-figure="moved"]')) {
          requestAnimationFrame(() => resolve());
        } else if (performance.now() - t0 > 20000) {
          reject(new Error('no comparison of the book pair within 20 s'));
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    });
    return performance.now() - t0;
  }, book.derivative);
  t.diagnostic(`load to first painted diff: ${painted.toFixed(0)} ms`);

  // Typing: every key is handled at once, and no task blocks the page for long.
  await watchLongTasks(page);
  await page.locator('#derivative').focus();
  await page.keyboard.press('Control+End');
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
