// Open it anywhere: dist/ served under a sub-path, and the single file dist/syndiff.html opened
// from disk (file://). Both run under their Content-Security-Policy without a violation and
// ask the network for nothing but their own files, through a whole session (load, compare,
// share, export).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, dist, settled, figure, screenshot } from './support.mjs';

/** A page that records CSP violations, requests and errors from its first script on. */
async function watchedPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, requests, errors };
}

/** A short session: the sample compared, an edit, a link made, a JSON export. */
async function session(page) {
  await page.locator('#summary').waitFor();
  await settled(page);
  assert.equal(await figure(page, 'moved'), 25, 'the sample comparison is shown');
  const before = await figure(page, 'inserted');
  await page.locator('#derivative').fill('A derivative of my own, typed here.');
  await settled(page);
  // Seven words, "of" among them kept from the source: six inserted.
  assert.equal(await figure(page, 'inserted'), 6, 'the edit is compared');
  assert.notEqual(before, 6);
  await page.locator('#share').click();
  await page.locator('#share-link').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.counts.inserted, await figure(page, 'inserted'));
}

const policyOf = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];

test('both builds carry a policy: scripts by hash or from the site only, no request elsewhere', () => {
  for (const file of ['index.html', 'syndiff.html']) {
    const policy = policyOf(readFileSync(path.join(dist, file), 'utf8'));
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives['default-src'], ["'none'"], file);
    assert.deepEqual(directives['object-src'], ["'none'"], file);
    assert.ok(!directives['script-src'].includes("'unsafe-inline'"), file);
    assert.ok(!directives['script-src'].includes("'unsafe-eval'"), file);
    assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"), file);
    assert.ok(directives['script-src'].some((s) => s.startsWith("'sha256-")), file);
    assert.ok(!policy.includes('http'), `${file}: no other origin is named`);
  }
});

test('dist/ served under a sub-path works, with no violation and only its own files', async () => {
  const server = await serve(dist, '/syndiff/');
  const browser = await launch();
  try {
    const { context, page, requests, errors } = await watchedPage(browser);
    await page.goto(server.url);
    await session(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'every request is for the site under /syndiff/');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('syndiff.html opened from disk shows the sample comparison and works offline', async () => {
  const browser = await launch();
  try {
    const { context, page, requests, errors } = await watchedPage(browser, { offline: true });
    const file = pathToFileURL(path.join(dist, 'syndiff.html')).href;
    await page.goto(file);
    await screenshot(page, 'single-file');
    await session(page);
    // A file:// link opens only here: the page says so, and offers the report instead.
    const note = await page.locator('#link-note').textContent();
    assert.match(note, /opens only on this computer, from this same file/);
    assert.match(note, /download the report/);
    assert.doesNotMatch(note, /opening it shows this comparison/);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const others = requests.filter((url) => url !== file && !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(others, [], 'the file asks for nothing else');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
