// Hostile text through every way in: typed, pasted (plain and rich), a file's name and content,
// a saved web page, a share link and a sample link. Nothing runs (no dialog, no `window.__xss`,
// no page error, no Content-Security-Policy report but the parser's own, see below), nothing is
// added to the page's markup, and every payload shows as the text it is: in the text areas, the
// title fields, the notes, the comparison and the downloaded report.
//
// One thing Chromium does that is not an attack: `DOMParser.parseFromString` (the inert parser
// the app reads web pages and rich pastes with) reports a `script-src-attr` violation for every
// inline event handler in the markup it parses, although a parsed document never runs anything.
// Those reports, and only those (checked by the line of the app's script that raised them), are
// allowed; so are the ones Chromium's own clipboard sanitizer raises while the test writes HTML
// to the clipboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { site, openApp, settled, paste, copyRich } from './support.mjs';

const ctx = site();

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"><script>window.__xss=4</script></svg>',
  '"><iframe src="javascript:window.parent.__xss=5">',
  '<a href="javascript:window.__xss=6">click</a>',
  '&lt;script&gt;window.__xss=7&lt;/script&gt;',
  '<style>body{display:none}</style>',
  "{{constructor.constructor('window.__xss=8')()}}",
  '\u202Eevil\u202C txt.exe',
  '\u2066x\u2069',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=9>',
  'data:text/html,<script>window.__xss=10</script>',
];

/** Two panes that differ only in each paragraph's first word, so no paragraph folds away. */
const SOURCE = PAYLOADS.map((p, i) => `Source ${i}: ${p}`).join('\n\n');
const DERIVATIVE = PAYLOADS.map((p, i) => `Derivative ${i}: ${p}`).join('\n\n');
const SOURCE_TITLE = PAYLOADS.slice(0, 6).join(' ');
const DERIVATIVE_TITLE = PAYLOADS.slice(6).join(' ');

const SETTLE = { timeout: 30_000 };

/** Put after a payload used as markup: closes the elements that would swallow what follows as their raw text. */
const CLOSERS = { 3: '</iframe>', 10: '</style></table></mtext></math>' };

/** What the report does to text: `& < > " '` and bidi controls as character references. */
function escapeHtml(text) {
  return text.replace(/[&<>"'\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ??
    `&#x${c.codePointAt(0).toString(16).toUpperCase()};`,
  );
}

/** The title the app makes of a file name (src/input/decode.rs, `title_from_name`). */
function titleFromName(name) {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return stem.replace(/[_-]/g, ' ').trim();
}

/** Installed in the page: records Content-Security-Policy reports, tagged with the test's phase. */
function probeScript() {
  if (window.__cspProbe) return;
  window.__cspProbe = true;
  window.__violations = [];
  window.__phase = 'app';
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push({
      directive: e.violatedDirective,
      source: e.sourceFile,
      line: e.lineNumber,
      blocked: e.blockedURI,
      sample: e.sample,
      phase: window.__phase,
    }),
  );
}

/** Watches a page for dialogs, page errors, console errors, failed loads and loads of `x`. */
async function watch(page, { install = true } = {}) {
  const seen = { dialogs: [], pageErrors: [], console: [], requests: [] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && seen.console.push(m.text()));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'javascript:' || url.protocol === 'data:' || url.pathname.endsWith('/x')) seen.requests.push(r.url());
  });
  page.on('response', (r) => r.status() >= 400 && seen.console.push(`HTTP ${r.status()}: ${r.url()}`));
  if (install) await page.evaluate(probeScript);
  return seen;
}

/** Elements user text could have injected, counted in the whole page. */
function markup(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      injectable: document.querySelectorAll(
        '#main img, #main iframe, #main svg:not([aria-hidden]), #main script, #main style',
      ).length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      foreign: document.querySelectorAll('math, svg').length,
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      scriptUrls: all.filter((e) =>
        [...e.attributes].some((a) => /^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)),
      ).length,
      diffLinks: document.querySelectorAll('#diff a').length,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    };
  });
}

/** The page before any user input: the bundled sample, compared. */
async function baselineOf(page) {
  await settled(page);
  const base = await markup(page);
  // The page's own markup draws no inline SVG and no images: any one would come from user text.
  assert.equal(base.injectable, 0, 'the page itself has no img, iframe, svg, script or style in #main');
  return base;
}

/** Moves the mouse over and clicks the comparison, as a reader does, then gives anything queued time to run. */
async function poke(page) {
  await page.waitForTimeout(400);
  const diff = page.locator('#diff');
  await diff.hover();
  const changes = page.locator('#diff ins:visible, #diff del:visible, #diff p:visible');
  const n = Math.min(await changes.count(), 6);
  for (let i = 0; i < n; i++) {
    const change = changes.nth(i);
    await change.scrollIntoViewIfNeeded();
    const box = await change.boundingBox();
    if (box) await page.mouse.move(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
  }
  await diff.click({ position: { x: 5, y: 5 } });
  if (n > 0) {
    await changes.first().scrollIntoViewIfNeeded();
    const box = await changes.first().boundingBox();
    if (box) await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
  }
  await page.waitForTimeout(400);
}

/** Whether a CSP report is one of the allowed kinds (see the top of the file). */
async function allowed(page, v) {
  if (v.phase === 'harness') return true;
  if (v.directive !== 'script-src-attr' || !v.source) return false;
  const lines = await page.evaluate(async (src) => (await (await fetch(src)).text()).split('\n'), v.source);
  return /\.parseFromString\(/.test(lines[v.line - 1] ?? '');
}

/** Nothing ran, nothing was injected, nothing went wrong. */
async function assertClean(page, seen, base, label) {
  await poke(page);
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', `${label}: window.__xss was set`);
  assert.deepEqual(seen.dialogs, [], `${label}: a dialog opened`);
  assert.deepEqual(seen.pageErrors, [], `${label}: page errors`);
  assert.deepEqual(seen.requests, [], `${label}: a payload's URL was requested`);
  assert.deepEqual(await markup(page), base, `${label}: the page's markup changed`);
  const violations = await page.evaluate(() => window.__violations ?? []);
  for (const v of violations) assert.ok(await allowed(page, v), `${label}: CSP report ${JSON.stringify(v)}`);
  const errors = seen.console.filter((m) => !(violations.length && /^Executing inline event handler violates/.test(m)));
  assert.deepEqual(errors, [], `${label}: console errors`);
  return violations;
}

/** The comparison's text holds each string as it is. */
async function assertDiffShows(page, strings, label) {
  const text = await page.locator('#diff').textContent();
  for (const s of strings) assert.ok(text.includes(s), `${label}: the comparison does not show ${JSON.stringify(s)}`);
  assert.ok(await page.locator('#diff').isVisible(), `${label}: the comparison is hidden`);
}

/** Downloads the HTML report; checks it escapes every string, holds no active markup, and runs nothing when opened. */
async function assertReport(page, strings, label) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'syndiff-xss-'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-report').click()]);
  const file = path.join(dir, 'report.html');
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  assert.equal(/<script/i.test(html), false, `${label}: the report holds <script`);
  assert.equal(/<(iframe|img|svg|math|object|embed|a|mglyph|mtext|table)[\s/>]/i.test(html), false, `${label}: the report holds markup from user text`);
  for (const s of strings) {
    assert.ok(html.includes(escapeHtml(s)), `${label}: the report does not hold ${JSON.stringify(s)} escaped`);
  }
  // Opened from disk with JavaScript on: still nothing runs, and the texts read as written.
  const viewer = await ctx.browser.newContext({ offline: true });
  const opened = await viewer.newPage();
  const dialogs = [];
  opened.on('dialog', (d) => dialogs.push(d.message()) && d.dismiss().catch(() => {}));
  await opened.goto(pathToFileURL(file).href);
  await opened.waitForTimeout(300);
  assert.equal(await opened.evaluate(() => typeof window.__xss), 'undefined', `${label}: the report ran a payload`);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(
    await opened.evaluate(() => ({
      active: document.querySelectorAll('script, iframe, img, svg, math, object, embed, a[href]').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    })),
    { active: 0, handlers: 0 },
    `${label}: the opened report holds active markup`,
  );
  const text = await opened.evaluate(() => document.body.textContent);
  for (const s of strings) assert.ok(text.includes(s), `${label}: the opened report does not read ${JSON.stringify(s)}`);
  await viewer.close();
}

const value = (page, id) => page.locator(`#${id}`).inputValue();

test('typed texts, titles and origins run nothing and show as typed (inline and side by side, and in the report)', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const seen = await watch(page);
  const base = await baselineOf(page);
  await page.locator('#source').fill(SOURCE);
  await page.locator('#derivative').fill(DERIVATIVE);
  await page.locator('#source-title').fill(SOURCE_TITLE);
  await page.locator('#derivative-title').fill(DERIVATIVE_TITLE);
  // Where each text is from: the same payloads (shown in the report as text, never a link).
  await page.locator('#source-origin').fill(DERIVATIVE_TITLE);
  await page.locator('#derivative-origin').fill(SOURCE_TITLE);
  await settled(page);
  assert.equal(await value(page, 'source'), SOURCE);
  assert.equal(await value(page, 'derivative'), DERIVATIVE);
  assert.equal(await value(page, 'source-title'), SOURCE_TITLE);
  assert.equal(await value(page, 'derivative-title'), DERIVATIVE_TITLE);
  assert.equal(await value(page, 'source-origin'), DERIVATIVE_TITLE);
  assert.equal(await value(page, 'derivative-origin'), SOURCE_TITLE);
  await assertDiffShows(page, PAYLOADS, 'typed, inline');
  await assertClean(page, seen, base, 'typed, inline');

  await page.locator('#view-side-by-side').check();
  await settled(page);
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'side-by-side');
  await assertDiffShows(page, PAYLOADS, 'typed, side by side');
  await assertClean(page, seen, base, 'typed, side by side');

  await assertReport(page, [...PAYLOADS, SOURCE_TITLE, DERIVATIVE_TITLE], 'typed, report');
  await assertClean(page, seen, base, 'typed, after the report');
  await context.close();
});

test('pasted text, plain and rich, runs nothing; escaped rich text reads literally', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  const seen = await watch(page);
  const base = await baselineOf(page);
  await paste(page, '#source', SOURCE);
  await paste(page, '#derivative', DERIVATIVE);
  await paste(page, '#source-title', SOURCE_TITLE);
  await paste(page, '#derivative-title', DERIVATIVE_TITLE);
  await settled(page);
  assert.equal(await value(page, 'source'), SOURCE);
  assert.equal(await value(page, 'derivative'), DERIVATIVE);
  assert.equal(await value(page, 'source-title'), SOURCE_TITLE);
  assert.equal(await value(page, 'derivative-title'), DERIVATIVE_TITLE);
  await assertDiffShows(page, PAYLOADS, 'plain paste');
  await assertClean(page, seen, base, 'plain paste');

  /** Puts HTML and plain text on the clipboard (Chromium's sanitizer may report CSP itself meanwhile). */
  const clip = async (html, plain) => {
    await page.evaluate(() => (window.__phase = 'harness'));
    await copyRich(page, html, plain);
    await page.waitForTimeout(200);
    await page.evaluate(() => (window.__phase = 'app'));
  };

  // Rich text whose paragraphs are the payloads as text (escaped in the HTML): each reads as written.
  await page.locator('#source').fill('');
  await page.locator('#source').focus();
  await clip(`<meta charset="utf-8">${PAYLOADS.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`, PAYLOADS.join('\n'));
  await page.keyboard.press('Control+V');
  await settled(page);
  assert.equal(await value(page, 'source'), PAYLOADS.join('\n\n'), 'rich paste keeps each payload as a paragraph of text');
  await page.locator('#derivative').fill(PAYLOADS.map((p) => `Pasted: ${p}`).join('\n\n'));
  await settled(page);
  await assertDiffShows(page, PAYLOADS, 'rich paste, escaped');
  await assertClean(page, seen, base, 'rich paste, escaped');

  // Rich text whose paragraphs hold the payloads as markup: read by the inert parser, nothing runs.
  const normal = 'The council kept the library open through the winter, its chair said.';
  await page.locator('#source').fill('An unrelated source, so that all the pasted text shows as added.');
  await page.locator('#derivative').fill('');
  await page.locator('#derivative').focus();
  await clip(
    `<meta charset="utf-8"><p>${normal}</p>${PAYLOADS.map((p, i) => `<p>${p}${CLOSERS[i] ?? ''}</p>`).join('')}`,
    [normal, ...PAYLOADS].join('\n'),
  );
  await page.keyboard.press('Control+V');
  await settled(page);
  const pasted = await value(page, 'derivative');
  assert.ok(pasted.startsWith(normal), `the pasted page's text: ${JSON.stringify(pasted)}`);
  assert.ok(pasted.includes('click'), `link text is kept as text: ${JSON.stringify(pasted)}`);
  assert.ok(pasted.includes('<script>window.__xss=7</script>'), 'escaped markup reads as text');
  await assertDiffShows(page, [normal, 'click', '<script>window.__xss=7</script>'], 'rich paste, markup');
  await assertClean(page, seen, base, 'rich paste, markup');
  await context.close();
});

test("a file's name and content run nothing and show literally: note, title, text, report", async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const seen = await watch(page);
  const base = await baselineOf(page);
  const files = {
    source: { name: '<img src=x onerror=window.__xss=11>.txt', mimeType: 'text/plain', buffer: Buffer.from(SOURCE) },
    derivative: { name: '"><svg onload=window.__xss=12>\u202Etxt.md', mimeType: 'text/markdown', buffer: Buffer.from(DERIVATIVE) },
  };
  for (const [pane, file] of Object.entries(files)) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(`#${pane}-open`).click()]);
    await chooser.setFiles(file);
    const note = page.locator(`#${pane}-note`);
    await note.waitFor();
    const said = await note.textContent();
    assert.ok(said.includes(`“${file.name}”`), `the ${pane} note names the file literally: ${JSON.stringify(said)}`);
    assert.equal(await note.locator('*').count(), 0, `the ${pane} note is text only`);
    assert.equal(await value(page, `${pane}-title`), titleFromName(file.name));
  }
  await settled(page);
  assert.equal(await value(page, 'source'), SOURCE);
  assert.equal(await value(page, 'derivative'), DERIVATIVE);
  await assertDiffShows(page, PAYLOADS, 'file');
  await assertClean(page, seen, base, 'file');
  await assertReport(page, [...PAYLOADS, titleFromName(files.source.name), titleFromName(files.derivative.name)], 'file, report');
  await context.close();
});

test('a saved web page full of scripts, handlers and frames gives its text only, and runs nothing', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const seen = await watch(page);
  const base = await baselineOf(page);
  const first = 'The city council voted on Tuesday to extend the library opening hours through the winter.';
  const last = 'Read the <a href="javascript:window.__xss=18">full minutes</a> on the council site before the next meeting.';
  const paragraphs = PAYLOADS.map((p, i) => `<p>${p}${CLOSERS[i] ?? ''}</p>`).join('\n');
  const pageTitle = '<script>window.__xss=13</script> Title &lt;b&gt;';
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${pageTitle}</title>
<script>window.__xss=14</script><style>p{color:red}</style></head>
<body onload="window.__xss=15"><nav><a href="javascript:window.__xss=16">Home</a></nav>
<article><h1>Council <img src=x onerror="window.__xss=17"> extends hours</h1>
<p>${first}</p>
${paragraphs}
<p>${last}</p></article></body></html>`;
  const name = '<svg onload=window.__xss=12>.html';
  const transfer = await page.evaluateHandle(
    ([html, name]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([html], name, { type: 'text/html' }));
      return transfer;
    },
    [html, name],
  );
  const editor = page.locator('.editor-derivative');
  for (const type of ['dragenter', 'dragover', 'drop']) await editor.dispatchEvent(type, { dataTransfer: transfer });
  const note = page.locator('#derivative-note');
  await note.waitFor();
  assert.ok((await note.textContent()).includes(`“${name}”`), 'the note names the file literally');
  await settled(page);

  const article = await value(page, 'derivative');
  // Script and style contents and attribute values are not text: only payloads 7 and 8, which are text, remain.
  const numbers = [...article.matchAll(/__xss=(\d+)/g)].map((m) => Number(m[1]));
  assert.deepEqual(numbers, [7, 8], `only text payloads remain in the article: ${JSON.stringify(article)}`);
  assert.equal(/display:none|color:red|javascript:/.test(article), false, 'no style contents or script URLs');
  for (const kept of [first, 'Council', 'extends hours', 'click', 'full minutes', '<script>window.__xss=7</script>', PAYLOADS[7], PAYLOADS[8], PAYLOADS[9], 'data:text/html,']) {
    assert.ok(article.includes(kept), `the article keeps ${JSON.stringify(kept)}: ${JSON.stringify(article)}`);
  }
  assert.equal(await value(page, 'derivative-title'), '<script>window.__xss=13</script> Title <b>', 'the page title reads as written');
  await assertDiffShows(page, [first, 'click', 'full minutes', '<script>window.__xss=7</script>', PAYLOADS[7]], 'web page');
  await assertClean(page, seen, base, 'web page');
  await context.close();
});

test('a share link holding the payloads runs nothing and shows them; an unknown sample is named literally', async () => {
  const { page: plain, context: plainContext } = await openApp(ctx.browser, ctx.server.url);
  const base = await baselineOf(plain);
  await plainContext.close();

  const json = JSON.stringify({
    v: 1,
    source: SOURCE,
    derivative: DERIVATIVE,
    sourceTitle: SOURCE_TITLE,
    derivativeTitle: DERIVATIVE_TITLE,
    options: {},
  });
  const link = `${ctx.server.url}#c=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  const seen = await watch(page, { install: false });
  await page.goto(link);
  await page.locator('#summary').waitFor(SETTLE);
  await page.locator('#address-note').waitFor(SETTLE);
  await settled(page);
  assert.equal(await value(page, 'source'), SOURCE);
  assert.equal(await value(page, 'derivative'), DERIVATIVE);
  assert.equal(await value(page, 'source-title'), SOURCE_TITLE);
  assert.equal(await value(page, 'derivative-title'), DERIVATIVE_TITLE);
  await assertDiffShows(page, PAYLOADS, 'share link');
  await assertClean(page, seen, base, 'share link');
  await assertReport(page, [...PAYLOADS, SOURCE_TITLE, DERIVATIVE_TITLE], 'share link, report');

  // Sample links naming no sample: the name is shown as it was typed, as text.
  for (const name of ['<script>window.__xss=19</script>', '&lt;b&gt;<img src=x onerror=window.__xss=20>']) {
    const tab = await context.newPage();
    const tabSeen = await watch(tab, { install: false });
    const address = `${ctx.server.url}#sample=${name}`;
    await tab.goto(address);
    const note = tab.locator('#address-note');
    await note.waitFor(SETTLE);
    await settled(tab);
    // The browser percent-encodes `<`, `>`, `"` and spaces in a fragment; the app decodes
    // them and shows up to 40 characters of the name as typed.
    const shown = [...name].slice(0, 40).join('');
    const said = await note.textContent();
    assert.ok(said.includes(`no sample called “${shown}”`), `the note names the sample literally: ${JSON.stringify(said)}`);
    assert.equal(await note.locator('script, img, svg, iframe, b').count(), 0, 'the note is text');
    await assertClean(tab, tabSeen, base, `sample link ${name}`);
    await tab.close();
  }
  await context.close();
});
