// Explaining the reuse: the verdict and summary, the reuse figures, the edit-kind filter,
// the guided tour and the quiz, and the matrix of several articles, on the samples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { site, openApp, screenshot, settled, figure, compareTexts } from './support.mjs';

const ctx = site();

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

test('the verdict, summary and reuse figures explain the sample pair, and the control is not derived', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  assert.equal(await text(page.locator('#verdict-heading')), 'Partially derived');
  const summary = await text(page.locator('#plain-summary'));
  for (const part of ["reuses 10 of the source's 28 paragraphs", 'drops the dateline (BOKHTAR, Tajikistan --)',
    'adds attribution twice', 'hedges 2 statements (“reportedly”)', 'respells 1 name (Saeed → Said)', 'adds 2 new paragraphs']) {
    assert.ok(summary.includes(part), `${part} in: ${summary}`);
  }
  assert.match(await text(page.locator('.direction')), /^The source looks like the earlier text: the derivative gives credit the source does not/);
  // The panel's verbatim share is the summary line's copied share; each bar's parts fill it.
  assert.equal(await figure(page, 'derivative-verbatim'), await figure(page, 'copied'));
  for (const bar of ['derivative', 'source']) {
    const shares = await Promise.all(['verbatim', 'rewritten', bar === 'derivative' ? 'new' : 'cut'].map((p) => figure(page, `${bar}-${p}`)));
    const total = shares.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 100) <= 1, `${bar}: ${shares}`);
    const widths = await page.locator(`[data-bar="${bar}"] .bar-part`).evaluateAll((parts) =>
      parts.reduce((sum, p) => sum + p.getBoundingClientRect().width, 0) / parts[0].parentElement.clientWidth);
    assert.ok(Math.abs(widths - 1) < 0.02, `${bar} bar fills ${widths}`);
  }
  // Each pane's word count is the one the comparison counts: the summary's figures add up to it.
  const paneWords = async (id) =>
    Number((await text(page.locator(`.editor-${id} .editor-count`))).replace(/[^\d]/g, ''));
  const [unchanged, deleted, inserted, moved] = await Promise.all(['unchanged', 'deleted', 'inserted', 'moved'].map((f) => figure(page, f)));
  assert.equal(await paneWords('source'), unchanged + deleted + moved);
  assert.equal(await paneWords('derivative'), unchanged + inserted + moved);
  // One is singular: "1 word", "1 word unchanged".
  await page.locator('#source').fill('Hello.');
  await page.locator('#derivative').fill('Hello there.');
  await settled(page);
  assert.equal(await text(page.locator('.editor-source .editor-count')), '1 word');
  assert.match(await text(page.locator('#summary')), /^1 word unchanged/);
  await page.locator('#sample').selectOption('rferl');
  await settled(page);
  assert.equal(await figure(page, 'paragraphs-reused'), 10);
  assert.equal(await figure(page, 'paragraphs-new'), 2);
  // Why: the measures and the threshold.
  await page.getByText('Why this verdict').click();
  const why = await text(page.locator('.why'));
  const match = Number(why.match(/Sentence match ?(\d+)% \(derived above 33%\)/)[1]);
  assert.ok(match > 33 && match <= 100, why);
  await screenshot(page, 'explain-panels');

  await page.locator('#sample').selectOption('control');
  await settled(page);
  await page.locator('#verdict-heading', { hasText: 'Not derived' }).waitFor();
  assert.match(await text(page.locator('#plain-summary')), /share no passage: what they have in common is topic, not text/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pressing an edit kind dims the others and next/previous step through that kind only', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { height: 700 });
  const hedge = page.locator('.kind-filter[data-edit="hedgeAdded"]');
  assert.equal(await text(hedge), 'Hedge added 2');
  await hedge.click();
  assert.equal(await hedge.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.result').getAttribute('data-filter'), 'hedgeAdded');
  assert.match(await text(page.locator('.kind-meaning')), /^Hedge added: A word such as "reportedly"/);
  // The first hedge is current; the navigator counts hedges.
  assert.equal(await text(page.locator('#change-position')), 'Hedge added 1 of 2: Hedge added');
  const current = page.locator('#diff .is-current');
  assert.equal(await current.getAttribute('data-edit'), 'hedgeAdded');
  assert.match(await text(current), /reportedly/);
  // Other kinds are quieted to plain muted text (no highlight); hedges keep theirs.
  const look = (locator) => locator.evaluate((el) => { const s = getComputedStyle(el); return [s.color, s.backgroundColor]; });
  const other = page.locator('#diff del.change[data-edit="datelineRemoved"]');
  const [, plainBackground] = await look(page.locator('#plain-summary'));
  const before = await look(page.locator('#diff .change[data-edit="hedgeAdded"]').nth(1));
  assert.equal((await look(other))[1], 'rgba(0, 0, 0, 0)');
  assert.notEqual(before[1], 'rgba(0, 0, 0, 0)', 'a hedge keeps its highlight');
  assert.ok(plainBackground);
  await page.keyboard.press('j');
  assert.match(await text(page.locator('#change-position')), /^Hedge added 2 of 2/);
  await page.keyboard.press('j');
  assert.match(await text(page.locator('#change-position')), /^Hedge added 2 of 2/, 'stays at the last hedge');
  await page.keyboard.press('k');
  assert.match(await text(page.locator('#change-position')), /^Hedge added 1 of 2/);
  await screenshot(page, 'explain-filter');
  await page.getByRole('button', { name: 'All kinds' }).click();
  assert.equal(await page.locator('.result').getAttribute('data-filter'), null);
  assert.notEqual((await look(other))[1], 'rgba(0, 0, 0, 0)', 'highlights are back');
  assert.match(await text(page.locator('#change-position')), /changes$/);
  // The one move is one change of its kind, though next and previous stop at both ends.
  await page.locator('.kind-filter[data-edit="moved"]').click();
  assert.equal(await text(page.locator('#change-position')), 'Moved 1 of 1: moved away');
  await page.keyboard.press('j');
  assert.equal(await text(page.locator('#change-position')), 'Moved 1 of 1: moved here');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tour steps through the edits with the keys, each with its kind explained', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { height: 800 });
  await page.getByRole('button', { name: 'Tour the edits' }).click();
  const tour = page.locator('.tour');
  const total = Number((await text(tour.locator('h3'))).match(/^Tour: edit 1 of (\d+)$/)[1]);
  assert.ok(total > 20, `${total} edits`);
  // Every edit once, as the kinds count them (the move too, though it has two ends).
  const kinds = await page.locator('.kind-filter .kind-count').evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.textContent), 0));
  assert.equal(total, kinds);
  assert.equal(await text(tour.locator('.tour-kind h4')), 'Dateline removed');
  assert.match(await text(tour.locator('.tour-change')), /^BOKHTAR, Tajikistan --$/);
  assert.equal(await page.locator('#diff .is-current').getAttribute('data-edit'), 'datelineRemoved');
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(tour.locator('h3')), `Tour: edit 2 of ${total}`);
  assert.equal(await text(tour.locator('.tour-kind h4')), 'Attribution added');
  assert.match(await text(tour.locator('.tour-kind p')), /names where the information came from/);
  assert.equal(await page.locator('#diff .is-current').getAttribute('data-edit'), 'attributionAdded');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await text(tour.locator('.tour-kind h4')), 'Dateline removed');
  // The page's own next and previous, and the overview's marks, move the tour too:
  // its panel always explains the change on show.
  await page.locator('#next-change').click();
  assert.equal(await text(tour.locator('h3')), `Tour: edit 2 of ${total}`);
  assert.equal(await text(tour.locator('.tour-kind h4')), 'Attribution added');
  await page.locator('#previous-change').click();
  assert.equal(await text(tour.locator('h3')), `Tour: edit 1 of ${total}`);
  const mark = page.locator('.overview-mark[data-stop="5"]');
  await mark.click({ force: true });
  // (The click lands through the strip's own handler: wait for the render it causes.)
  await page.waitForFunction((want) => document.querySelector('.tour h3')?.textContent === want, `Tour: edit 6 of ${total}`, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await text(tour.locator('h3')), `Tour: edit 6 of ${total}`);
  assert.equal(await text(tour.locator('.tour-kind h4')), 'Name or spelling variant');
  assert.equal(await page.locator('#diff .is-current').getAttribute('data-edit'), 'nameVariant');
  await page.keyboard.press('Escape');
  await tour.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();

  // On a phone the panel spans the window's width: at each step its buttons show, not
  // scrolled out of the panel, and the change it explains is in view above it, clear of it.
  const phone = await openApp(ctx.browser, ctx.server.url, { width: 360, height: 740 });
  await phone.page.getByRole('button', { name: 'Tour the edits' }).click();
  const panel = phone.page.locator('.tour');
  for (let step = 1; step <= 10; step++) {
    assert.equal(await text(panel.locator('h3')), `Tour: edit ${step} of ${total}`);
    // The change is brought into view with a smooth scroll: wait for it to end.
    for (let y = -1, now; (now = await phone.page.evaluate(() => scrollY)) !== y; y = now) await phone.page.waitForTimeout(150);
    const seen = await phone.page.evaluate(() => {
      const box = document.querySelector('.tour').getBoundingClientRect();
      const buttons = [...document.querySelectorAll('.tour-controls button')].map((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { name: b.textContent, shown: r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight && b.contains(hit) };
      });
      const change = [...document.querySelectorAll('#diff .is-current')].map((e) => e.getBoundingClientRect());
      const toolbar = document.querySelector('.toolbar').getBoundingClientRect();
      return {
        buttons,
        top: Math.min(...change.map((r) => r.top)),
        bottom: Math.max(...change.map((r) => r.bottom)),
        panelTop: box.top,
        toolbarBottom: toolbar.bottom,
      };
    });
    for (const b of seen.buttons) assert.ok(b.shown, `step ${step}: ${b.name} is visible and can be pressed`);
    assert.ok(seen.bottom <= seen.panelTop, `step ${step}: the change (${seen.top}–${seen.bottom}) clears the panel (top ${seen.panelTop})`);
    assert.ok(seen.top >= seen.toolbarBottom, `step ${step}: the change (${seen.top}) is below the toolbar (${seen.toolbarBottom})`);
    if (step === 10) await screenshot(phone.page, 'explain-tour-360');
    await panel.getByRole('button', { name: 'Next →' }).click();
  }
  // In the quiz, a tapped answer's verdict shows in the panel, without scrolling it.
  await phone.page.keyboard.press('Escape');
  await phone.page.getByRole('button', { name: 'Quiz: name the edit' }).click();
  await panel.locator('.quiz-choice').first().click();
  const shown = await panel.locator('.quiz-verdict').evaluate((verdict) => {
    const r = verdict.getBoundingClientRect();
    const body = verdict.closest('.tour-body').getBoundingClientRect();
    return [r.top, r.bottom, body.top, body.bottom];
  });
  // (To a pixel: the panel scrolls by whole pixels.)
  assert.ok(shown[0] >= shown[2] - 1 && shown[1] <= shown[3] + 1, `the verdict (${shown.slice(0, 2)}) is in view (${shown.slice(2)})`);
  await phone.context.close();
});

test('on a phone (360×640) the quiz shows its question, all four answers and its buttons at each step', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width: 360, height: 640, colorScheme });
    await page.getByRole('button', { name: 'Quiz: name the edit' }).click();
    const panel = page.locator('.tour');
    for (let step = 1; step <= 6; step++) {
      for (let y = -1, now; (now = await page.evaluate(() => scrollY)) !== y; y = now) await page.waitForTimeout(150);
      const hidden = await panel.evaluate((tour) => {
        const body = tour.querySelector('.tour-body').getBoundingClientRect();
        const inside = (el, box) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && el.contains(hit);
        };
        const answers = [...tour.querySelectorAll('.quiz-choice')].filter((b) => !inside(b, body)).map((b) => b.textContent);
        const buttons = [...tour.querySelectorAll('.tour-controls button')].filter((b) => !inside(b, tour.getBoundingClientRect())).map((b) => b.textContent);
        return [...answers, ...buttons];
      });
      assert.deepEqual(hidden, [], `${colorScheme}, step ${step}: every answer and button shows without scrolling the panel`);
      if (step === 1) await screenshot(page, `explain-quiz-360x640-${colorScheme}`);
      await panel.getByRole('button', { name: 'Next →' }).click();
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('on a short window (640×400 at 200% zoom) the toolbar is one row, and the quiz shows its question, answers and buttons at each step', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width: 640, height: 400, scale: 2, colorScheme: 'dark' });
  const toolbar = await page.locator('.toolbar').evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(toolbar <= 48, `the toolbar is one row (${toolbar} px of 400)`);
  await page.getByRole('button', { name: 'Quiz: name the edit' }).click();
  const panel = page.locator('.tour');
  for (let step = 1; step <= 8; step++) {
    assert.match(await text(panel.locator('h3')), new RegExp(`^Quiz: edit ${step} of \\d+$`));
    for (let y = -1, now; (now = await page.evaluate(() => scrollY)) !== y; y = now) await page.waitForTimeout(150);
    const seen = await page.evaluate(() => {
      const box = document.querySelector('.tour').getBoundingClientRect();
      const body = document.querySelector('.tour-body').getBoundingClientRect();
      // Shown whole in the panel (and in the body, for what scrolls in it), and on top where it shows.
      const shown = (el) => {
        const r = el.getBoundingClientRect();
        const room = el.closest('.tour-body') ? body : box;
        const hit = document.elementFromPoint(r.x + Math.min(r.width / 2, 20), r.y + r.height / 2);
        return { name: el.textContent, shown: r.top >= room.top - 1 && r.bottom <= room.bottom + 1 && r.bottom <= innerHeight && el.contains(hit) };
      };
      const change = [...document.querySelectorAll('#diff .is-current')].map((e) => e.getBoundingClientRect());
      return {
        parts: [...document.querySelectorAll('.quiz-choices legend, .quiz-choice, .tour-controls button')].map(shown),
        top: Math.min(...change.map((r) => r.top)),
        bottom: Math.max(...change.map((r) => r.bottom)),
        panelTop: box.top,
        toolbarBottom: document.querySelector('.toolbar').getBoundingClientRect().bottom,
      };
    });
    assert.equal(seen.parts.length, 8, `step ${step}: the question, four answers and three buttons`);
    for (const p of seen.parts) assert.ok(p.shown, `step ${step}: “${p.name}” shows without scrolling`);
    assert.ok(seen.bottom <= seen.panelTop && seen.top >= seen.toolbarBottom,
      `step ${step}: the change (${seen.top}–${seen.bottom}) shows between the toolbar (${seen.toolbarBottom}) and the panel (${seen.panelTop})`);
    if (step === 1) await screenshot(page, 'explain-quiz-640x400');
    await panel.getByRole('button', { name: 'Next →' }).click();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quiz hides each kind until the student names it, and scores the answers', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Quiz: name the edit' }).click();
  const tour = page.locator('.tour');
  const total = Number((await text(tour.locator('h3'))).match(/^Quiz: edit 1 of (\d+)$/)[1]);
  assert.equal(await tour.locator('.tour-kind').count(), 0, 'the kind is hidden before an answer');
  // Step 1 right, by the key of the right choice; step 2 wrong, by a click; the rest unanswered.
  const choices = async () => tour.locator('.quiz-choice').evaluateAll((bs) => bs.map((b) => b.dataset.edit));
  const right = await page.locator('#diff .is-current').getAttribute('data-edit');
  await page.keyboard.press(String((await choices()).indexOf(right) + 1));
  assert.equal(await text(tour.locator('.quiz-verdict')), 'Right.');
  assert.equal(await tour.locator(`.quiz-choice[data-edit="${right}"]`).getAttribute('data-state'), 'right');
  await screenshot(page, 'explain-quiz');
  await page.keyboard.press('ArrowRight');
  const second = await page.locator('#diff .is-current').getAttribute('data-edit');
  const wrong = (await choices()).find((k) => k !== second);
  await tour.locator(`.quiz-choice[data-edit="${wrong}"]`).click();
  assert.equal(await text(tour.locator('.quiz-verdict')), 'Not quite.');
  assert.equal(await tour.locator(`.quiz-choice[data-edit="${second}"]`).getAttribute('data-state'), 'right');
  assert.equal(await tour.locator(`.quiz-choice[data-edit="${wrong}"]`).getAttribute('data-state'), 'wrong');
  // A second answer to the same edit is not taken.
  assert.ok(await tour.locator('.quiz-choice').first().isDisabled());
  for (let i = 2; i < total; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await text(tour.locator('.quiz-score')), `You named 1 of ${total} edits right.`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a running tour leaves every overview mark in reach, is not printed, and ends when a kind is chosen', async () => {
  for (const [width, height] of [[1440, 900], [360, 740], [640, 400]]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, height });
    await page.getByRole('button', { name: 'Tour the edits' }).click();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const hidden = await page.locator('.overview-mark').evaluateAll((marks) => marks
      .filter((m) => { const r = m.getBoundingClientRect(); return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('.tour'); })
      .map((m) => m.dataset.stop));
    assert.deepEqual(hidden, [], `marks under the tour's panel at ${width} px`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.tour').isVisible(), false, 'the tour is not printed');
    assert.equal(await page.locator('#diff .is-current').first().evaluate((el) => getComputedStyle(el).outlineStyle), 'none');
    await page.emulateMedia({ media: 'screen' });
    // Choosing a kind leaves the tour: its panel would explain a change the filter dims.
    await page.locator('.kind-filter[data-edit="hedgeAdded"]').click();
    await page.locator('.tour').waitFor({ state: 'detached' });
    assert.match(await text(page.locator('#change-position')), /^Hedge added 1 of 2/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the matrix of the three samples ranks the derivative pair highest and opens it on click', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  // Start from the control pair, so that opening the derivative pair is seen to happen.
  await page.locator('#sample').selectOption('control');
  await settled(page);
  await page.getByRole('button', { name: 'Add the three samples' }).click();
  const cells = page.locator('.matrix .cell button');
  assert.equal(await cells.count(), 6);
  const values = await cells.evaluateAll((bs) => bs.map((b) => ({ row: +b.dataset.row, column: +b.dataset.column, share: parseFloat(b.textContent) })));
  const top = values.reduce((a, b) => (b.share > a.share ? b : a));
  assert.deepEqual([top.row, top.column], [1, 0], 'the derivative (row 2) from the RFE/RL report (column 1)');
  for (const v of values.filter((v) => v.row === 2 || v.column === 2)) assert.equal(v.share, 0, 'the opinion piece shares nothing');
  assert.match(await text(page.locator('.matrix-top')), /^Most reuse: Derivative text copies 65% of its words verbatim from RFE\/RL report\.$/);
  await screenshot(page, 'explain-matrix', { fullPage: false });
  // The set is kept: a reload shows the same matrix.
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.equal(await page.locator('.matrix .cell button').count(), 6);
  await page.locator('#sample').selectOption('control');
  await settled(page);
  await page.locator('.matrix .cell.is-top button').click();
  await settled(page);
  assert.equal(await page.locator('#sample').inputValue(), 'rferl');
  assert.equal(await figure(page, 'copied'), top.share);
  assert.equal(await text(page.locator('#verdict-heading')), 'Partially derived');
  // Files added to the samples several at once, three refused for different reasons (one
  // not text, one too large for the matrix, one empty): each is named with its reason, and
  // the file the matrix can take is added.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const book = Buffer.from('A long book of very many words, too long for the matrix. '.repeat(6000)); // 342 KB
  await page.locator('.reuse-matrix input[type="file"]').setInputFiles([
    { name: 'photo.png', mimeType: 'image/png', buffer: png },
    { name: 'book.txt', mimeType: 'text/plain', buffer: book },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Some notes of my own on the inheritance of traits.') },
  ]);
  await page.locator('.matrix tbody tr').nth(3).waitFor();
  const note = page.locator('.reuse-matrix .note');
  assert.equal(await text(note),
    '“photo.png” was not loaded: it looks like a PNG image, not text. '
    + '“book.txt” was not added: it is over 300 KB; compare it as a pair instead. '
    + '“empty.txt” was not loaded: it is empty.');
  assert.equal(await note.getAttribute('role'), 'alert');
  const rows = await page.locator('.matrix tbody th').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent.trim()));
  assert.deepEqual(rows, ['1. RFE/RL report', '2. Derivative text', '3. Opinion piece', '4. notes']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the matrix takes files: a light revision from the corpus ranks highest against its source', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const corpus = new URL('../../../shared/corpora/clough-stevenson-2011/corpus-20090418/', import.meta.url).pathname;
  // The source, a light revision of it, and an answer written independently (Windows-1252 among them).
  await page.locator('.reuse-matrix input[type="file"]').setInputFiles(
    ['orig_taska.txt', 'g0pE_taska.txt', 'g0pA_taska.txt'].map((f) => corpus + f),
  );
  await page.locator('.matrix').waitFor();
  const rows = await page.locator('.matrix tbody th').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent.trim()));
  // Titled from the file names (underscores read as spaces).
  assert.deepEqual(rows, ['1. orig taska', '2. g0pE taska', '3. g0pA taska']);
  const top = page.locator('.matrix .cell.is-top button');
  assert.deepEqual([await top.getAttribute('data-row'), await top.getAttribute('data-column')], ['1', '0']);
  assert.match(await text(page.locator('.matrix-top')), /^Most reuse: g0pE taska copies (9\d|over 99|100)% of its words verbatim from orig taska\.$/);
  await top.click();
  await settled(page);
  assert.equal(await page.locator('#source-title').inputValue(), 'orig taska');
  assert.equal(await page.locator('#derivative-title').inputValue(), 'g0pE taska');
  assert.equal(await text(page.locator('#verdict-heading')), 'Wholly derived');
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening a pair from the matrix brings the new comparison into view, focused, and says what it replaced', async () => {
  for (const [width, colorScheme] of [[1440, 'light'], [360, 'light'], [1440, 'dark'], [360, 'dark']]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, height: 800, colorScheme });
    // The reader's own texts, which the pair replaces.
    await page.locator('#source').fill('My own notes on the harvest, typed here.');
    await page.locator('#derivative').fill('My own notes on the harvest, typed here and changed.');
    await settled(page);
    await page.getByRole('button', { name: 'Add the three samples' }).click();
    const cell = page.locator('.matrix .cell.is-top button');
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    await settled(page);
    // The comparison is brought into view with a smooth scroll: wait for it to end.
    for (let y = -1, now; (now = await page.evaluate(() => scrollY)) !== y; y = now) await page.waitForTimeout(150);
    const seen = await page.evaluate(() => {
      const heading = document.querySelector('#result-heading').getBoundingClientRect();
      const note = document.querySelector('#opened-note');
      const box = note?.getBoundingClientRect();
      return {
        focused: document.activeElement?.id,
        headingTop: heading.top,
        note: note?.textContent,
        noteShown: !!box && box.top >= 0 && box.bottom <= innerHeight && note.checkVisibility(),
        live: note?.closest('[role="status"], [role="alert"]') !== null,
      };
    });
    assert.equal(seen.focused, 'result-heading', `${width}: the focus moves to the comparison's heading`);
    assert.ok(seen.headingTop >= -1 && seen.headingTop < 120, `${width}: the heading is at the top of the window (${seen.headingTop})`);
    assert.ok(seen.noteShown, `${width}: the note on what was opened is in view`);
    assert.ok(seen.live, 'the note is in a live region');
    assert.match(seen.note, /^Opened from the matrix: “Derivative text” compared with “RFE\/RL report” \(as its source\)\. Your own texts were put aside/);
    await screenshot(page, `explain-matrix-opened-${width}-${colorScheme}`);
    // "Put my texts back" above the editors brings them back, and the note goes.
    await page.getByRole('button', { name: 'Put my texts back' }).click();
    await settled(page);
    assert.equal(await page.locator('#opened-note').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

const corpus = new URL('../../../shared/corpora/clough-stevenson-2011/corpus-20090418/', import.meta.url).pathname;
const taskb = ['g0pA', 'g0pB', 'g0pC', 'g0pD', 'g0pE', 'g1pA', 'g1pB', 'g1pD', 'g2pA', 'g2pB', 'g2pC', 'g2pE',
  'g3pA', 'g3pB', 'g3pC', 'g4pB', 'g4pC', 'g4pD', 'g4pE', 'orig'].map((g) => `${g}_taskb.txt`);
const rowHeads = (page) => page.locator('.matrix tbody th').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent.trim()));
const matrixNote = (page) => page.locator('.reuse-matrix .note');

test('the matrix takes each text once, and is drawn from three articles, as its hint says', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const input = page.locator('.reuse-matrix input[type="file"]');
  const hint = page.locator('.reuse-matrix .hint').nth(1);
  await input.setInputFiles(corpus + 'orig_taskb.txt');
  await hint.waitFor();
  assert.equal(await text(hint), '“orig taskb” is loaded; add at least two more.');
  // The same file again: not added, and said in one line naming the file and the article it repeats.
  await input.setInputFiles(corpus + 'orig_taskb.txt');
  await matrixNote(page).waitFor();
  assert.equal(await text(matrixNote(page)), '“orig_taskb.txt” was not added: it repeats “orig taskb”, already in the matrix.');
  assert.equal(await text(hint), '“orig taskb” is loaded; add at least two more.');
  // Two articles are not yet a matrix (the hint asks for three).
  await input.setInputFiles(corpus + 'g0pA_taskb.txt');
  await page.locator('.reuse-matrix .hint', { hasText: 'g0pA' }).waitFor();
  assert.equal(await matrixNote(page).count(), 0, 'the refusal goes once a file is taken');
  assert.equal(await text(hint), '“orig taskb” and “g0pA taskb” are loaded; add at least one more.');
  assert.equal(await page.locator('.matrix').count(), 0);
  assert.match(await text(page.locator('.reuse-matrix .hint').first()), /^Load three or more articles/);
  // A file with the same text under another name repeats it too.
  await input.setInputFiles([
    { name: 'copy of orig.txt', mimeType: 'text/plain', buffer: readFileSync(corpus + 'orig_taskb.txt') },
    corpus + 'g0pB_taskb.txt',
  ].map((f) => (typeof f === 'string' ? { name: path.basename(f), mimeType: 'text/plain', buffer: readFileSync(f) } : f)));
  await page.locator('.matrix').waitFor();
  assert.equal(await text(matrixNote(page)), '“copy of orig.txt” was not added: it repeats “orig taskb”, already in the matrix.');
  assert.deepEqual(await rowHeads(page), ['1. orig taskb', '2. g0pA taskb', '3. g0pB taskb']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('twenty files at once: the ones past eight are refused in one sentence, other reasons each named', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const picked = taskb.map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(corpus + f) }));
  picked.splice(12, 0, { name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.locator('.reuse-matrix input[type="file"]').setInputFiles(picked);
  await matrixNote(page).waitFor();
  assert.equal(await text(matrixNote(page)),
    '12 files were not added (“g2pA_taskb.txt”, “g2pB_taskb.txt” and 10 more): the matrix holds at most 8 articles. '
    + '“photo.png” was not loaded: it looks like a PNG image, not text.');
  assert.equal((await rowHeads(page)).length, 8);
  await screenshot(page, 'explain-matrix-twenty-files');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px the row headings stay in view as the matrix scrolls sideways, and a focus ring shows whole', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width: 360, height: 800, colorScheme });
    await page.locator('.reuse-matrix input[type="file"]').setInputFiles(taskb.slice(0, 7).concat('orig_taskb.txt').map((f) => corpus + f));
    await page.locator('.matrix tbody tr').nth(7).waitFor();
    const box = page.locator('.matrix-scroll');
    await box.scrollIntoViewIfNeeded();
    // Keyboard focus on the last cell of the first row, scrolled to the far right.
    await page.locator('.matrix .cell button[data-row="0"][data-column="6"]').focus();
    await page.keyboard.press('Tab');
    await box.evaluate((b) => { b.scrollLeft = b.scrollWidth; });
    const seen = await box.evaluate((b) => {
      const clip = b.getBoundingClientRect();
      const inner = { left: clip.left + b.clientLeft, right: clip.left + b.clientLeft + b.clientWidth };
      const heads = [...b.querySelectorAll('tbody th')].map((th) => {
        const r = th.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return { name: th.firstChild.textContent.trim(), left: r.left, right: r.right, onTop: th.contains(hit), background: getComputedStyle(th).backgroundColor };
      });
      const focused = document.activeElement;
      const r = focused.getBoundingClientRect();
      const style = getComputedStyle(focused);
      const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      return {
        scrolled: b.scrollLeft,
        heads,
        inner,
        focused: `${focused.dataset.row},${focused.dataset.column}`,
        ring: { left: r.left - Math.max(grow, 0), right: r.right + Math.max(grow, 0), style: style.outlineStyle },
        headRight: Math.max(...heads.map((h) => h.right)),
      };
    });
    assert.ok(seen.scrolled > 0, 'the matrix scrolls sideways at 360 px');
    for (const h of seen.heads) {
      assert.ok(h.left >= seen.inner.left - 0.5 && h.onTop, `${colorScheme}: row heading ${h.name} stays in view (left ${h.left})`);
      assert.notEqual(h.background, 'rgba(0, 0, 0, 0)', `${colorScheme}: row heading ${h.name} has a background`);
    }
    assert.equal(seen.focused, '0,7');
    assert.notEqual(seen.ring.style, 'none');
    assert.ok(seen.ring.right <= seen.inner.right + 0.5 && seen.ring.left >= seen.headRight - 0.5,
      `${colorScheme}: the focus ring (${seen.ring.left}–${seen.ring.right}) is inside the scroll box (${seen.inner.right}) and clear of the headings (${seen.headRight})`);
    await screenshot(page, `explain-matrix8-360-${colorScheme}-focusright`);
    // Tabbing back along the row brings each cell out from under the headings.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const back = await box.evaluate((b) => {
      const r = document.activeElement.getBoundingClientRect();
      return { column: document.activeElement.dataset.column, left: r.left, headRight: Math.max(...[...b.querySelectorAll('tbody th')].map((th) => th.getBoundingClientRect().right)) };
    });
    assert.equal(back.column, '2');
    assert.ok(back.left >= back.headRight - 0.5, `${colorScheme}: a cell tabbed to is not under the headings (${back.left} < ${back.headRight})`);
    await screenshot(page, `explain-matrix8-360-${colorScheme}-tabback`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the three samples join the articles already loaded, as many as fit, and are not added twice', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const samples = page.locator('.matrix-actions button', { hasText: 'three samples' });
  await page.locator('.reuse-matrix input[type="file"]').setInputFiles(taskb.slice(0, 4).map((f) => corpus + f));
  await page.locator('.matrix tbody tr').nth(3).waitFor();
  await samples.click();
  await page.locator('.matrix tbody tr').nth(6).waitFor({ timeout: 5000 }).catch(() => {});
  assert.deepEqual(await rowHeads(page), ['1. g0pA taskb', '2. g0pB taskb', '3. g0pC taskb', '4. g0pD taskb',
    '5. RFE/RL report', '6. Derivative text', '7. Opinion piece']);
  await samples.click();
  await matrixNote(page).waitFor();
  assert.equal(await text(matrixNote(page)), 'The three samples are already in the matrix.');
  assert.equal((await rowHeads(page)).length, 7);
  // With room for two, two are added and the third is refused by name.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.locator('.reuse-matrix input[type="file"]').setInputFiles(taskb.slice(0, 6).map((f) => corpus + f));
  await page.locator('.matrix tbody tr').nth(5).waitFor();
  await samples.click();
  await page.locator('.matrix tbody tr').nth(7).waitFor();
  assert.deepEqual((await rowHeads(page)).slice(6), ['7. RFE/RL report', '8. Derivative text']);
  assert.equal(await text(matrixNote(page)), '“Opinion piece” was not added: the matrix holds at most 8 articles.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the matrix headings, rows and columns alike, carry the title and the origin when there is one', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('.matrix-actions button', { hasText: 'three samples' }).click();
  const titles = ['RFE/RL report, from Radio Free Europe/Radio Liberty', 'Derivative text', 'Opinion piece'];
  const tips = (selector) => page.locator(selector).evaluateAll((ths) => ths.map((th) => th.getAttribute('title')));
  assert.deepEqual(await tips('.matrix tbody th'), titles, 'rows: the title, and the outlet when there is one');
  assert.deepEqual(await tips('.matrix thead th'), titles, 'columns: the same');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unrelated pair opened from the matrix is named neutrally, not as derived', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('.matrix-actions button', { hasText: 'three samples' }).click();
  await page.locator('.matrix .cell button[data-row="2"][data-column="0"]').click();
  await settled(page);
  assert.equal(await text(page.locator('#verdict-heading')), 'Not derived');
  assert.equal(await text(page.locator('#opened-note')),
    'Opened from the matrix: “Opinion piece” compared with “RFE/RL report” (as its source).');
  assert.deepEqual(errors, []);
  await context.close();
});

test('one change, one edit: the toolbar, the tour and the quiz say it in the singular', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await compareTexts(page, 'The cat sat on the mat.', 'The dog sat on the mat.');
  assert.equal(await text(page.locator('#change-position')), '1 change');
  await page.getByRole('button', { name: 'Tour the edits' }).click();
  const tour = page.locator('.tour');
  assert.equal(await text(tour.locator('h3')), 'Tour: edit 1 of 1');
  await tour.getByRole('button', { name: 'Next →' }).click();
  assert.equal(await text(tour.locator('.tour-end')), 'That was the only edit.');
  await tour.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'Quiz: name the edit' }).click();
  await tour.getByRole('button', { name: 'Next →' }).click();
  assert.equal(await text(tour.locator('.quiz-score')), 'You named 0 of 1 edit right.');
  await tour.getByRole('button', { name: 'End' }).click();
  // Two: plural again.
  await page.locator('#derivative').fill('The dog sat on the rug.');
  await settled(page);
  assert.equal(await text(page.locator('#change-position')), '2 changes');
  await page.getByRole('button', { name: 'Tour the edits' }).click();
  await tour.getByRole('button', { name: 'Next →' }).click();
  await tour.getByRole('button', { name: 'Next →' }).click();
  assert.equal(await text(tour.locator('.tour-end')), 'That was all 2 edits.');
  assert.deepEqual(errors, []);
  await context.close();
});
