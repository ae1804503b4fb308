// Bring your own articles, take results away: files chosen and dropped (real corpus files in
// Windows-1252 and with CRLF endings, a saved web page), refusals that keep the text, titles,
// share links and broken ones, saved work across reloads, a new comparison, and the exports
// (the HTML report opened from disk shows the page's figures; JSON; word diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { site, openApp, settled, figure, root, screenshot, copyRich, compareTexts } from './support.mjs';

const ctx = site();
const corpus = path.join(root, '../shared/corpora/clough-stevenson-2011/corpus-20090418');
const newsPage = path.join(root, 'tests/fixtures/html/news-page.html');

/** Chooses `file` for a pane with its "Open a file…" button, as a person does. */
async function choose(page, pane, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator(`#${pane}-open`).click()]);
  await chooser.setFiles(files);
}

/** Drops a file (name, type, bytes) on a pane, with the drag events a browser sends. */
async function drop(page, pane, { name, type, bytes }) {
  const transfer = await page.evaluateHandle(
    ([name, type, bytes]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    },
    [name, type, [...bytes]],
  );
  const editor = page.locator(`.editor-${pane}`);
  await editor.dispatchEvent('dragenter', { dataTransfer: transfer });
  await editor.dispatchEvent('dragover', { dataTransfer: transfer });
  assert.equal(await editor.evaluate((e) => e.classList.contains('is-dropping')), true, 'the pane shows it takes the drop');
  await editor.dispatchEvent('drop', { dataTransfer: transfer });
}

const value = (page, pane) => page.locator(`#${pane}`).inputValue();
const title = (page, pane) => page.locator(`#${pane}-title`).inputValue();

test('corpus files load with the right text: Windows-1252 is named, CRLF becomes LF', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  // g1pB_taska.txt is Windows-1252: byte 0x85 is an ellipsis, 0x92 an apostrophe.
  const cp1252 = path.join(corpus, 'g1pB_taska.txt');
  await choose(page, 'source', cp1252);
  await page.locator('#source-note').waitFor();
  assert.match(await page.locator('#source-note').textContent(), /^Read “g1pB_taska\.txt” as Windows-1252 \(it is not UTF-8\)/);
  // (Node's own TextDecoder may lack Windows-1252: the bytes this file holds, mapped by hand.)
  const cp1252Chars = { 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };
  const expected = [...readFileSync(cp1252)]
    .map((b) => (b < 0x80 ? String.fromCharCode(b) : cp1252Chars[b] ?? assert.fail(`byte ${b.toString(16)} not mapped`)))
    .join('')
    .replace(/\r\n?/g, '\n');
  assert.equal(await value(page, 'source'), expected);
  assert.ok(expected.includes('…'));
  assert.equal(await title(page, 'source'), 'g1pB taska');
  assert.equal(await page.locator('#source-origin').inputValue(), 'g1pB_taska.txt', 'where it came from: the file');

  // g1pB_taskc.txt has CRLF line endings.
  const crlf = path.join(corpus, 'g1pB_taskc.txt');
  await choose(page, 'derivative', crlf);
  await page.locator('#derivative-note').waitFor();
  // Windows line endings are ordinary: nothing is said of them.
  assert.doesNotMatch(await page.locator('#derivative-note').textContent(), /line endings/);
  const text = await value(page, 'derivative');
  assert.ok(!text.includes('\r'));
  assert.equal(text, readFileSync(crlf, 'utf8').replace(/\r\n?/g, '\n'));
  await settled(page);
  assert.ok((await figure(page, 'deleted')) > 0);
  // Lone CRs (old Mac files) are said to be read as line breaks.
  await choose(page, 'source', { name: 'old-mac.txt', mimeType: 'text/plain', buffer: Buffer.from('First line.\rSecond line.\r') });
  await page.locator('#source-note').waitFor();
  assert.match(await page.locator('#source-note').textContent(), /its CR line endings read as line breaks/);
  assert.equal(await value(page, 'source'), 'First line.\nSecond line.\n');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved web page dropped on a pane gives its article and title', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await drop(page, 'derivative', { name: 'news-page.html', type: 'text/html', bytes: readFileSync(newsPage) });
  await page.locator('#derivative-note').waitFor();
  const article = readFileSync(path.join(root, 'tests/fixtures/html/news-page.txt'), 'utf8').trimEnd();
  assert.equal((await value(page, 'derivative')).trimEnd(), article);
  assert.match(await page.locator('#derivative-note').textContent(), /article text of the web page “news-page\.html”/);
  const pageTitle = readFileSync(newsPage, 'utf8').match(/<title>([^<]*)<\/title>/)[1];
  assert.equal(await title(page, 'derivative'), pageTitle.replace(/\s+/g, ' ').trim());
  const canonical = readFileSync(newsPage, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)[1];
  assert.equal(await page.locator('#derivative-origin').inputValue(), canonical, 'where it came from: its canonical address');
  assert.equal(await page.locator('.editor-derivative.is-dropping').count(), 0);
  // The page's inline handlers (`onload`, `onclick`) are refused by the CSP as the browser
  // parses the page (it says so in the console); nothing else may go wrong.
  const refusedHandler = /^console: Executing inline event handler violates the following Content Security Policy/;
  assert.deepEqual(errors.filter((e) => !refusedHandler.test(e)), []);
  await context.close();
});

test('binary, oversized and empty files are refused; both panes keep their text', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('My source, typed by hand.');
  await page.locator('#derivative').fill('My derivative, typed by hand.');
  await settled(page);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await choose(page, 'source', { name: 'photo.png', mimeType: 'image/png', buffer: png });
  const note = page.locator('#source-note');
  await note.waitFor();
  assert.equal(await note.getAttribute('role'), 'alert');
  assert.equal(await note.textContent(), '“photo.png” was not loaded: it looks like a PNG image, not text. The source keeps its text.');

  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
  await drop(page, 'derivative', { name: 'report.pdf', type: 'application/pdf', bytes: pdf });
  await page.locator('#derivative-note').waitFor();
  assert.match(await page.locator('#derivative-note').textContent(), /^“report\.pdf” was not loaded: it looks like a PDF document, not text\. The derivative keeps its text\.$/);

  const huge = Buffer.alloc(10_000_001, 'a');
  await choose(page, 'source', { name: 'huge.txt', mimeType: 'text/plain', buffer: huge });
  await page.getByText('“huge.txt” was not loaded: it is 10.0 MB, and Syndiff reads files of up to 10 MB.').waitFor();
  await choose(page, 'source', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await page.getByText('“empty.txt” was not loaded: it is empty.').waitFor();

  assert.equal(await value(page, 'source'), 'My source, typed by hand.');
  assert.equal(await value(page, 'derivative'), 'My derivative, typed by hand.');
  await screenshot(page, 'files-refused');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link opens the same comparison; a sample has a short link; a tampered link says so', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  await page.locator('#source').fill('Saeed met the minister on Monday.\n\nHe said “nothing” — twice.');
  await page.locator('#derivative').fill('Said reportedly met the minister on Tuesday.\n\nHe said “nothing” — twice.');
  await page.locator('#source-title').fill('Report <b>one</b>');
  await page.locator('#derivative-title').fill('Rewrite');
  await page.locator('#source-origin').fill('Example Wire, https://wire.example/a?b=1&c=2');
  await page.getByText('Options').click();
  await page.getByLabel('Upper and lower case').check();
  await settled(page);
  const figures = await page.locator('#summary').textContent();

  await page.locator('#share').click();
  await page.locator('#share-link').waitFor();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#c=[A-Za-z0-9_-]+$/);
  assert.match(await page.locator('#link-note').textContent(), /^Link copied\./);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // A fresh browser profile: nothing saved, only the link.
  const other = await ctx.browser.newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await opened.locator('#address-note').waitFor();
  assert.equal(await opened.locator('#address-note').textContent(), 'Opened the comparison in the link.');
  await settled(opened);
  assert.equal(await value(opened, 'source'), 'Saeed met the minister on Monday.\n\nHe said “nothing” — twice.');
  assert.equal(await value(opened, 'derivative'), 'Said reportedly met the minister on Tuesday.\n\nHe said “nothing” — twice.');
  assert.equal(await title(opened, 'source'), 'Report <b>one</b>');
  assert.equal(await opened.locator('#source-origin').inputValue(), 'Example Wire, https://wire.example/a?b=1&c=2');
  assert.equal(await opened.locator('#summary').textContent(), figures);
  assert.equal(new URL(opened.url()).hash, '', 'the link leaves the address bar once opened');

  // A sample pair's link, with the default options, is short.
  await opened.getByText('Options').click();
  await opened.getByLabel('Upper and lower case').uncheck();
  await opened.locator('#sample').selectOption('control');
  await settled(opened);
  await opened.locator('#share').click();
  await opened.locator('#share-link').waitFor();
  const short = await opened.locator('#share-link').inputValue();
  assert.match(short, /#sample=control$/);

  // Tampered and cut-short links: a message, and the page still compares.
  for (const [fragment, message] of [
    [link.split('#')[1].slice(0, 40), /damaged/],
    ['c=' + link.split('#c=')[1].split('').reverse().join(''), /damaged/],
    ['c=%%%%', /damaged/],
    // A well-formed payload with a field no Syndiff writes.
    ['c=' + deflateRawSync(Buffer.from(JSON.stringify({ v: 1, source: 'a', derivative: 'b', script: 1 }))).toString('base64url'), /damaged/],
    ['sample=nope', /no sample called “nope”/],
    ['c=' + 'A'.repeat(70_000), /longer than any Syndiff makes/],
  ]) {
    const broken = await other.newPage();
    await broken.setViewportSize({ width: 360, height: 640 });
    await broken.goto(`${ctx.server.url}#${fragment}`);
    // Said where the page opens, above the texts, not under the comparison.
    const note = broken.locator('#address-note');
    await note.waitFor();
    assert.match(await note.textContent(), message, fragment.slice(0, 20));
    assert.match(await note.textContent(), /Your texts are as you left them\.$/);
    const box = await note.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 640, `the message is in the first screen (${box.y})`);
    assert.equal(await note.getAttribute('role'), 'alert');
    await broken.locator('#derivative').fill('A text of my own.');
    await settled(broken);
    assert.ok((await figure(broken, 'inserted')) > 0);
    await broken.close();
  }
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('work survives a reload until a new comparison, which can be put back', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('A source of my own.');
  await page.locator('#derivative').fill('A derivative of my own.');
  await page.locator('#derivative-title').fill('My title');
  await page.locator('#derivative-origin').fill('The Daily Example');
  await settled(page);
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.equal(await value(page, 'source'), 'A source of my own.');
  assert.equal(await value(page, 'derivative'), 'A derivative of my own.');
  assert.equal(await title(page, 'derivative'), 'My title');
  assert.equal(await page.locator('#derivative-origin').inputValue(), 'The Daily Example');

  await page.getByRole('button', { name: 'New comparison' }).click();
  await settled(page);
  assert.equal(await value(page, 'source'), '');
  assert.equal(await title(page, 'derivative'), '');
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.equal(await value(page, 'derivative'), '', 'the new comparison is what a reload shows');

  await page.getByRole('button', { name: 'New comparison' }).click();
  await page.locator('#source').fill('Again.');
  await settled(page);
  await page.getByRole('button', { name: 'New comparison' }).click();
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.equal(await value(page, 'source'), 'Again.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('undo after a sample or texts put back leaves the texts whole; putting texts back keeps the focus in them', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const sample = await value(page, 'derivative');
  const own = 'My own derivative text.';
  await page.locator('#derivative').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(own);
  await settled(page);
  await page.locator('#sample').selectOption('control');
  await settled(page);
  const control = await value(page, 'derivative');
  assert.notEqual(control, sample);
  // Undo in the pane a sample filled: the browser once re-inserted the typing that came
  // before into the new text (a mash of both, then compared as if real).
  await page.locator('#derivative').click();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await settled(page);
  assert.equal(await value(page, 'derivative'), control);
  // Putting the texts back: the button goes with the texts it put aside, and the focus
  // goes to them, not to the page's start.
  await page.getByRole('button', { name: 'Put my texts back' }).focus();
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal(await value(page, 'derivative'), own);
  await page.waitForFunction(() => document.activeElement?.id === 'source');
  await page.locator('#derivative').click();
  await page.keyboard.press('Control+Z');
  await settled(page);
  assert.equal(await value(page, 'derivative'), own);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keys typed just before a reload or a closed tab are kept', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('My source.');
  await page.locator('#derivative').fill('My derivative.');
  await settled(page);
  // Typed, then reloaded at once: no pause for the editor to send the keys on.
  await page.locator('#derivative').press('End');
  await page.keyboard.type(' And more');
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.equal(await value(page, 'derivative'), 'My derivative. And more');
  // Typed, then the tab is closed: another tab finds the keys.
  await page.locator('#source').press('End');
  await page.keyboard.type(' Last words');
  await page.close({ runBeforeUnload: true });
  const tab = await context.newPage();
  await tab.goto(ctx.server.url);
  await tab.locator('#summary').waitFor();
  assert.equal(await value(tab, 'source'), 'My source. Last words');
  assert.equal(await value(tab, 'derivative'), 'My derivative. And more');
  assert.deepEqual(errors, []);
  await context.close();
});

test('texts too large to save say so, and a reload says the texts it shows are older', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#source').fill('Saved source.');
  await page.locator('#derivative').fill('Saved derivative.');
  await settled(page);
  assert.equal(await page.locator('#unsaved').count(), 0, 'no notice while the texts are saved');
  // About 6 MB of text: more than a browser keeps for one page.
  const big = Array.from({ length: 60_000 }, (_, i) => `Line ${i} of a book far too long for local storage.`).join('\n');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#derivative-open').click()]);
  await chooser.setFiles({ name: 'book.txt', mimeType: 'text/plain', buffer: Buffer.from(big.repeat(2)) });
  await page.locator('#derivative-note').waitFor();
  const notice = page.locator('#unsaved');
  await notice.waitFor();
  assert.match(await notice.textContent(), /These texts will not survive a reload\..*too large/);
  // A line per paragraph (no blank line): the card counts them as the comparison does.
  const lines = big.repeat(2).split('\n').length.toLocaleString('en-US');
  assert.ok((await page.locator('#derivative-card .long-text-facts').textContent()).endsWith(` · ${lines} paragraphs`));
  await screenshot(page, 'unsaved-notice');
  await page.reload();
  await page.locator('#summary').waitFor();
  // The last pair saved whole comes back, and the page says it is not the last one.
  assert.equal(await value(page, 'source'), 'Saved source.');
  assert.equal(await value(page, 'derivative'), 'Saved derivative.');
  assert.match(await page.locator('#unsaved').textContent(), /Your last texts could not be saved/);
  // An edit is saved again, and the notice goes.
  await page.locator('#derivative').fill('Saved derivative, edited.');
  await settled(page);
  assert.equal(await page.locator('#unsaved').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('texts a link, a file or a sample replaced can be put back, even after a reload', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  await page.locator('#source').fill('Draft source, never shared.');
  await page.locator('#derivative').fill('Draft derivative, never shared.');
  await settled(page);
  // A link to the control sample, opened in another tab of the same browser.
  const tab = await context.newPage();
  await tab.goto(`${ctx.server.url}#sample=control`);
  await tab.getByRole('button', { name: 'Put my texts back' }).waitFor();
  await settled(tab);
  await tab.close();
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.match(await page.locator('.restore').textContent(), /^The link replaced your texts\./);
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  await settled(page);
  assert.equal(await value(page, 'source'), 'Draft source, never shared.');
  // The sample is not put aside in turn: it stays in the Sample menu.
  assert.equal(await page.locator('.restore').count(), 0);

  // A file dropped on a pane with typed text: that text can be put back too.
  await drop(page, 'source', { name: 'other.txt', type: 'text/plain', bytes: Buffer.from('From a file.') });
  await page.locator('#source-note').waitFor();
  assert.equal(await value(page, 'source'), 'From a file.');
  assert.match(await page.locator('.restore').textContent(), /^The file replaced the source you had\./);
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.equal(await value(page, 'source'), 'Draft source, never shared.');
  // Putting back is a swap: the file's text can be had back in turn.
  assert.match(await page.locator('.restore').textContent(), /^Your newer texts were put aside\./);
  await page.getByRole('button', { name: 'Put my texts back' }).click();
  assert.equal(await value(page, 'source'), 'From a file.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('eight files dropped in turn: the older texts put aside fold under one line, none dropped, each one key away', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await compareTexts(page, 'My own source.', 'My own derivative.');
  for (let n = 1; n <= 8; n++) {
    await drop(page, 'source', { name: `part-${n}.txt`, type: 'text/plain', bytes: Buffer.from(`File number ${n}.`) });
    await page.waitForFunction((want) => document.querySelector('#source').value === want, `File number ${n}.`);
  }
  await settled(page);
  // Eight sets put aside (the typed source and files 1 to 7): the newest two show, the
  // other six fold under one line, and the editors stay near the top of the page.
  const restore = page.locator('.restore');
  assert.match(await restore.textContent(), /^The file replaced the source you had\. Put my texts back/);
  const shown = await restore.locator('button:visible').evaluateAll((bs) => bs.map((b) => b.textContent));
  assert.equal(shown.length, 2, shown.join(' | '));
  const more = restore.locator('details summary');
  assert.equal(await more.textContent(), '6 more kept texts');
  const height = await restore.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height <= 100, `the line of texts put aside is ${height} px tall`);
  // From the keyboard: Tab from the last button shown reaches the fold, Enter opens it,
  // and the oldest set, the typed source, is had back with Enter.
  await restore.locator('button:visible').last().focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await restore.locator('button:visible').count(), 8, 'every set put aside is offered');
  await restore.locator('details button').last().focus();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Put back “My own source.”');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal(await value(page, 'source'), 'My own source.');
  // Putting back is a swap: the eighth file's text is put aside in its place, and
  // still eight sets are kept.
  assert.equal(await restore.locator('button').count(), 8);
  await screenshot(page, 'files-put-back-folded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the HTML report opens from disk without script and shows the page figures; JSON and word diff', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await settled(page);
  const names = ['unchanged', 'deleted', 'inserted', 'moved', 'copied'];
  const shown = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await figure(page, n)])));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'syndiff-'));
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  };

  const report = await save('#export-report');
  assert.equal(path.basename(report), 'syndiff-report.html');
  const offline = await ctx.browser.newContext({ offline: true, javaScriptEnabled: false });
  const opened = await offline.newPage();
  const requests = [];
  opened.on('request', (r) => requests.push(r.url()));
  await opened.goto(pathToFileURL(report).href);
  const text = await opened.locator('body').innerText();
  for (const n of ['unchanged', 'deleted', 'inserted']) {
    assert.match(text, new RegExp(`\\b${shown[n].toLocaleString('en-US')} (words )?${n}`), n);
  }
  assert.match(text, new RegExp(`${shown.copied}% of the derivative copied verbatim`));
  assert.ok((await opened.locator('del').count()) > 0 && (await opened.locator('ins').count()) > 0);
  assert.equal(await opened.locator('script').count(), 0);
  assert.deepEqual(requests, [pathToFileURL(report).href], 'the report loads nothing else');
  await screenshot(opened, 'report-from-disk');
  await offline.close();

  const json = JSON.parse(readFileSync(await save('#export-json'), 'utf8'));
  assert.equal(json.schema, 4);
  assert.equal(json.explanation.summary, await page.locator('#plain-summary').textContent());
  assert.equal(json.counts.unchanged, shown.unchanged);
  assert.equal(json.counts.inserted, shown.inserted);
  const wdiff = readFileSync(await save('#export-wdiff'), 'utf8');
  assert.match(wdiff, /\[-[^\]]+-\]\{\+[^}]+\+\}/);
  assert.ok(wdiff.includes('{+reportedly +}') || wdiff.includes('{+reportedly+}'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('rich text pasted from a page or word processor keeps its paragraphs', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { clipboard: true });
  await page.locator('#source').fill('Before. ');
  await page.locator('#source').press('End');
  await copyRich(
    page,
    '<meta charset="utf-8"><p class="MsoNormal">First paragraph.</p><p class="MsoNormal">Second &amp; last.</p>',
    'First paragraph.\r\nSecond & last.',
  );
  await page.keyboard.press('Control+V');
  await settled(page);
  assert.equal(await value(page, 'source'), 'Before. First paragraph.\n\nSecond & last.');
  await page.keyboard.type(' More.');
  assert.equal(await value(page, 'source'), 'Before. First paragraph.\n\nSecond & last. More.', 'the caret ends after the paste');
  // Undo takes the typing back, then the paste, leaving what was there before it.
  await page.keyboard.press('Control+Z');
  assert.equal(await value(page, 'source'), 'Before. First paragraph.\n\nSecond & last.');
  await page.keyboard.press('Control+Z');
  assert.equal(await value(page, 'source'), 'Before. ');
  await settled(page);
  assert.equal(await value(page, 'source'), 'Before. ', 'the page takes the undone text in');
  assert.deepEqual(errors, []);
  await context.close();
});
