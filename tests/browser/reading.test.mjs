// Reading a rewrite: views, keyboard navigation, moves, folding, options, the overview strip.
// Screenshots of both views at 360 px and 1440 px go to tests/browser/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openApp, screenshot, settled, figure, compareTexts } from './support.mjs';

const ctx = site();

/** Whether the element's box lies within the window. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

async function waitInView(locator) {
  for (let i = 0; i < 40; i++) {
    if (await inView(locator)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

async function position(page) {
  return (await page.locator('#change-position').textContent()).trim();
}

test('switching views keeps the comparison, and the view is remembered after a reload', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'inline');
  await page.getByLabel('Side by side').check();
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'side-by-side');
  // Aligned paragraphs: "Saeed" on the source side, "Said" in the same row's derivative side.
  const row = page.locator('.sbs-row', { hasText: 'Davlatali' });
  assert.match(await row.locator('.sbs-source del[data-kind="replaced"]').textContent(), /Saeed/);
  assert.match(await row.locator('.sbs-derivative ins[data-kind="replaced"]').textContent(), /Said/);
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'side-by-side');
  assert.ok(await page.locator('#view-side-by-side').isChecked());
  await page.getByLabel('Inline', { exact: true }).check();
  assert.equal(await page.locator('#diff').getAttribute('data-view'), 'inline');
  await context.close();
});

test('j and k walk through every change, each highlighted and scrolled into view', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url, { height: 700 });
  const total = Number((await position(page)).match(/^(\d+) changes$/)[1]);
  assert.ok(total > 20);
  // The count is the edit kinds' count: a move is one change, with a stop at each end.
  const kinds = await page.locator('.kind-filter .kind-count').evaluateAll((cs) =>
    cs.reduce((n, c) => n + Number(c.textContent), 0));
  assert.equal(kinds, total);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  let highest = 0;
  let stops = 0;
  while (highest < total) {
    await page.keyboard.press('j');
    stops += 1;
    const [, n, of] = (await position(page)).match(/^Change (\d+) of (\d+)/).map(Number);
    assert.equal(of, total);
    if (n === highest + 1) {
      highest = n;
    } else {
      // Only a move's second end repeats a number, that of its first end.
      assert.match(await position(page), /: moved (here|away)$/);
      assert.ok(n < highest);
    }
    const current = page.locator('#diff .is-current').first();
    assert.ok(await waitInView(current), `stop ${stops} is in view`);
    assert.equal(await page.locator(`#diff [data-change="${stops - 1}"].is-current`).count() > 0, true);
    assert.ok(stops <= total + 1, 'one extra stop, for the one move');
  }
  assert.equal(stops, total + 1);
  await page.keyboard.press('j'); // stays on the last
  assert.match(await position(page), new RegExp(`^Change ${total} of ${total}`));
  await page.keyboard.press('k');
  assert.match(await position(page), new RegExp(`^Change ${total - 1} of ${total}`));
  // The buttons do the same; typing in a text area does not navigate.
  await page.locator('#previous-change').click();
  assert.match(await position(page), new RegExp(`^Change ${total - 2} of ${total}`));
  await page.locator('#derivative').focus();
  await page.keyboard.press('j');
  assert.match(await position(page), new RegExp(`^Change ${total - 2} of ${total}`));
  await context.close();
});

test('"Authorities claim" is one move: its badge jumps to the other end, in both views', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url, { height: 700 });
  for (const view of ['Inline', 'Side by side']) {
    await page.getByLabel(view, { exact: true }).check();
    const away = page.locator('#diff .moved-away[data-move="0"]');
    const here = page.locator('#diff .moved-here[data-move="0"]');
    assert.match(await away.textContent(), /Authorities claim that a majority/);
    assert.match(await here.textContent(), /Authorities claim that a majority/);
    // It stands merged with "The authors of the article warned".
    assert.match(await here.locator('xpath=..').textContent(), /Russia\.\s+The authors of the\s+.*article warned/);

    await away.locator('.move-badge').scrollIntoViewIfNeeded();
    await away.locator('.move-badge').click();
    assert.ok(await waitInView(here), `${view}: the derivative end is in view`);
    assert.equal(await here.locator('.move-badge').evaluate((b) => b === document.activeElement), true);
    // Back again with the keyboard.
    await page.keyboard.press('Enter');
    assert.ok(await waitInView(away), `${view}: the source end is in view`);
  }
  await context.close();
});

test('a long unchanged stretch is folded and unfolds on request', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const paragraphs = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the report says nothing new about the budget.`);
  await page.locator('#source').fill(paragraphs.join('\n'));
  await page.locator('#derivative').fill(paragraphs.join('\n').replace('Paragraph 14 of', 'Paragraph fourteen of'));
  await settled(page);
  // Paragraphs 1 to 13 are unchanged: 1 and 13 stay as context, 11 fold.
  const button = page.getByRole('button', { name: 'Show 11 unchanged paragraphs' });
  await button.waitFor();
  assert.equal(await page.locator('#diff .block', { hasText: 'Paragraph 7 of' }).count(), 0);
  await button.click();
  assert.equal(await page.locator('#diff .block', { hasText: 'Paragraph 7 of' }).count(), 1);
  assert.equal(await button.count(), 0);
  await context.close();
});

test('options change what counts as the same, and are remembered', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const before = await figure(page, 'unchanged');
  await page.getByText('Options').click();
  await page.getByLabel('Upper and lower case').check();
  await settled(page);
  // "More" / "more" and "The" / "the" now count as unchanged.
  const after = await figure(page, 'unchanged');
  assert.equal(after, before + 2);
  await page.reload();
  await page.locator('#summary').waitFor();
  await page.getByText('Options').click();
  assert.ok(await page.getByLabel('Upper and lower case').isChecked());
  assert.equal(await figure(page, 'unchanged'), after);
  await page.getByLabel('Upper and lower case').uncheck();
  await context.close();
});

test('hovering a change in one column lights up its counterpart in the other', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  await page.getByLabel('Side by side').check();
  const row = page.locator('.sbs-row', { hasText: 'Davlatali' });
  await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await row.locator('.sbs-source del[data-kind="replaced"]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  assert.match(await row.locator('.sbs-derivative ins[data-kind="replaced"]').getAttribute('class'), /is-linked/);
  await page.getByLabel('Inline', { exact: true }).check();
  await context.close();
});

test('the overview strip jumps to a change', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  const marks = page.locator('.overview-mark');
  assert.ok((await marks.count()) > 5);
  const last = marks.last();
  const stop = Number(await last.getAttribute('data-stop'));
  const total = Number((await position(page)).match(/^(\d+) changes$/)[1]);
  await last.click();
  // The last mark is the last change (a move's two ends count as one change).
  assert.match(await position(page), new RegExp(`^Change ${total} of ${total}`));
  assert.equal(await page.locator(`#diff [data-change="${stop}"].is-current`).count() > 0, true);
  await context.close();
});

test('the control pair says there are no shared passages', async () => {
  const { page, context } = await openApp(ctx.browser, ctx.server.url);
  await page.locator('#sample').selectOption('control');
  await settled(page);
  assert.equal(await page.locator('.notice-title').textContent(), 'No shared passages.');
  assert.equal(await page.locator('#diff .moved-here, #diff .moved-away').count(), 0);
  assert.equal(await page.locator('#diff [data-kind="replaced"]').count(), 0);
  await context.close();
});

test('screenshots of both views, narrow and wide, light and dark', async () => {
  for (const [width, colorScheme] of [[360, 'light'], [1440, 'light'], [360, 'dark'], [1440, 'dark']]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, colorScheme });
    for (const view of ['Inline', 'Side by side']) {
      await page.getByLabel(view, { exact: true }).check();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view} scrolls sideways by ${overflow}px at ${width}px`);
      const name = `reading-${view === 'Inline' ? 'inline' : 'side'}-${width}-${colorScheme}`;
      await page.locator('#diff .moved-away').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      await screenshot(page, `${name}-move`);
      await page.locator('#diff [data-change="4"]').first().scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await screenshot(page, `${name}-top`);
    }
    await page.getByLabel('Inline', { exact: true }).check();
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Esc closes the Options popover and gives the focus back to its button, also during a tour', async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  const panel = page.locator('.options-panel');
  const button = panel.locator('summary');
  const isOpen = () => panel.evaluate((d) => d.open);
  const focused = () => page.evaluate(() => document.activeElement?.closest('.options-panel summary') !== null);
  // Opened and closed from its button.
  await button.click();
  assert.ok(await isOpen());
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(), false, 'Esc closes it');
  assert.ok(await focused(), 'the focus is on the Options button');
  // From a checkbox inside it.
  await button.click();
  await page.getByLabel('Upper and lower case').focus();
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(), false, 'Esc from a checkbox closes it');
  assert.ok(await focused(), 'the focus is back on the Options button');
  assert.equal(await page.getByLabel('Upper and lower case').isChecked(), false, 'Esc changes no option');
  // During a tour, the first Esc closes the popover only; the next ends the tour.
  await page.getByRole('button', { name: 'Tour the edits' }).click();
  await button.click();
  await page.keyboard.press('Escape');
  assert.equal(await isOpen(), false);
  assert.equal(await page.locator('.tour').count(), 1, 'the tour goes on');
  await page.keyboard.press('Escape');
  await page.locator('.tour').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a printout names the two texts and holds no controls', async () => {
  for (const [width, colorScheme] of [[1440, 'light'], [360, 'dark']]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, colorScheme });
    await page.locator('#source-title').fill('Door-to-door campaign');
    await page.locator('#source-origin').fill('RFE/RL, Bokhtar');
    await page.emulateMedia({ media: 'print' });
    const printed = async () => page.evaluate(() => {
      const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
      // A move's badge prints as the label the legend explains ("↓ moved 1"), not as a control.
      // A disclosure prints open, its summary a heading: no marker, its content shown.
      const widget = (el) => el.tagName !== 'SUMMARY'
        || getComputedStyle(el).display === 'list-item'
        || ![...el.parentElement.children].some((c) => c !== el && shown(c));
      const controls = [...document.querySelectorAll('button:not(.move-badge), summary, input, select, textarea, [role="toolbar"]')]
        .filter((el) => shown(el) && widget(el))
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent || el.value || el.id).trim().slice(0, 40)}`);
      const names = document.querySelector('.printed-texts');
      return { controls, names: names && shown(names) ? names.innerText.replace(/\s+/g, ' ').trim() : null, body: document.body.innerText };
    });
    let seen = await printed();
    assert.deepEqual(seen.controls, [], 'no control is printed');
    assert.equal(seen.names, 'Source: Door-to-door campaign (RFE/RL, Bokhtar) Derivative: Derivative text');
    // The verdict's reasons and what each kind means are printed, open.
    assert.match(seen.body, /Sentence match/);
    assert.match(seen.body, /names where the information came from/);
    await screenshot(page, `print-${width}-${colorScheme}`, { fullPage: true });
    // Untitled texts of one's own are named by their first words.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#source').fill('The cat sat on the mat.');
    await page.locator('#derivative').fill('The dog sat on the mat.');
    await page.locator('#source-title').fill('');
    await page.locator('#source-origin').fill('');
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    seen = await printed();
    assert.equal(seen.names, 'Source: “The cat sat on the mat.” Derivative: “The dog sat on the mat.”');
    assert.deepEqual(seen.controls, []);
    // On screen, the names are not repeated under the editors.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.printed-texts').isVisible(), false);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('paragraphs scrolled under the sticky toolbar do not show beside it', async () => {
  for (const [width, colorScheme] of [[1440, 'light'], [1440, 'dark'], [360, 'light'], [360, 'dark']]) {
    const { page, context, errors } = await openApp(ctx.browser, ctx.server.url, { width, colorScheme });
    for (const kind of ['cut', 'added']) {
      const block = page.locator(`#diff .block-${kind}`).first();
      // The paragraph's top a little under the toolbar's top: it runs under the toolbar.
      await block.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 8));
      const peeks = await page.evaluate((kind) => {
        const toolbar = document.querySelector('.result .toolbar').getBoundingClientRect();
        const block = document.querySelector(`#diff .block-${kind}`);
        const b = block.getBoundingClientRect();
        const out = [];
        // Every point of the paragraph's box (its coloured border too) at the toolbar's height
        // is covered by the toolbar.
        for (let x = Math.ceil(b.left); x < b.right; x += 1) {
          for (const y of [toolbar.top + 2, toolbar.top + toolbar.height / 2, toolbar.bottom - 2]) {
            if (y < b.top || y > b.bottom) continue;
            const hit = document.elementFromPoint(x, y);
            if (hit && block.contains(hit)) out.push([x, Math.round(y)]);
          }
        }
        return out;
      }, kind);
      assert.deepEqual(peeks.slice(0, 5), [], `${width} ${colorScheme}: the ${kind} paragraph shows beside the toolbar`);
      if (kind === 'added') await screenshot(page, `reading-toolbar-${kind}-${width}-${colorScheme}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a changed number's tooltip says what it became, without calling it respelled", async () => {
  const { page, context, errors } = await openApp(ctx.browser, ctx.server.url);
  await compareTexts(page, 'Prices rose 5 percent in 2023. The mayor Saeed spoke.', 'Prices rose 7 percent in 2024. The mayor Said spoke.');
  const title = (word) => page.locator('#diff .change[data-kind="replaced"]', { hasText: word }).first().getAttribute('title');
  const year = await title('2024');
  assert.match(year, /“2023” became “2024”/);
  assert.doesNotMatch(year, /Respelled/);
  assert.doesNotMatch(await title('7'), /Respelled/);
  // A word's spelling is still a respelling.
  assert.match(await title('Said'), /Respelled: “Saeed” became “Said”/);
  assert.deepEqual(errors, []);
  await context.close();
});
