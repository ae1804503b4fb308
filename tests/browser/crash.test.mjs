// A crash never loses the user's texts: a panic shows the error panel, and its reload
// brings the texts back. Runs on a debug build (target/dist-debug), whose `forcePanic`
// export is the only way to make Syndiff panic on purpose; release builds lack it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, root, settled, screenshot } from './support.mjs';

const ctx = {};
before(async () => {
  ctx.server = await serve(path.join(root, 'target/dist-debug'));
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
});

test('a panic shows the error panel, and reloading restores the texts', async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  await page.locator('#summary').waitFor();
  assert.equal(await page.evaluate(() => typeof window.wasmBindings.forcePanic), 'function');
  await page.locator('#source').fill('My own source, typed before the crash.');
  await page.locator('#derivative').fill('My own derivative, typed before the crash.');
  await settled(page);

  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.evaluate(() => {
    try {
      window.wasmBindings.forcePanic();
    } catch {
      // The panic stops the module: the call throws once the panel is up.
    }
  });
  const panel = page.getByRole('alertdialog', { name: 'Syndiff stopped' });
  await panel.waitFor();
  assert.match(await panel.locator('.crash-message').textContent(), /forced by the test hook/);
  assert.match(await panel.textContent(), /Your texts were saved before the comparison began/);
  assert.ok(consoleErrors.some((e) => e.includes('Syndiff stopped')));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reload with my texts');
  await screenshot(page, 'crash-panel');

  await panel.getByRole('link', { name: 'Reload with my texts' }).click();
  await page.locator('#summary').waitFor();
  assert.equal(await page.locator('#source').inputValue(), 'My own source, typed before the crash.');
  assert.equal(await page.locator('#derivative').inputValue(), 'My own derivative, typed before the crash.');
  assert.equal(await page.locator('#crash').count(), 0);

  // "Start over" forgets them: the page opens on the sample pair again.
  await page.evaluate(() => {
    try {
      window.wasmBindings.forcePanic();
    } catch {}
  });
  await page.getByRole('link', { name: 'Start over with the sample' }).click();
  await page.locator('#summary').waitFor();
  assert.match(await page.locator('#source').inputValue(), /^BOKHTAR, Tajikistan/);
  assert.equal(new URL(page.url()).search, '', 'the start-over query leaves the address');
  await page.reload();
  await page.locator('#summary').waitFor();
  assert.match(await page.locator('#source').inputValue(), /^BOKHTAR, Tajikistan/);
  await context.close();
});
