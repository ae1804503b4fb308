// Shared helpers for the browser tests: serve dist/, launch Debian's Chromium, save screenshots.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `dir` read-only on a free loopback port, under `prefix` (for example "/syndiff/"). */
export async function serve(dir = dist, prefix = '/') {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the site first (trunk build --release)`);
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not under the served prefix');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

/** Debian's Chromium, headless, with a fresh profile and no background network. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens the page and waits until the app has rendered its first comparison; `width` and
 * `height` in CSS pixels, `scale` the device pixels to one (2: a browser zoomed to 200%).
 */
export async function openApp(browser, url, { width = 1280, height = 900, scale = 1, colorScheme = 'light', clipboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, colorScheme });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);
  await page.locator('#summary').waitFor();
  return { page, context, errors };
}

/** Saves a screenshot under tests/browser/artifacts/: the first screen, or with `fullPage` the whole page. */
export async function screenshot(page, name, { fullPage = false } = {}) {
  await mkdir(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Reads one figure of the summary line as a number (`unchanged`, `deleted`, `inserted`, `copied`; `12,345` reads as 12345). */
export async function figure(page, name) {
  const text = await page.locator(`[data-figure="${name}"]`).textContent();
  return Number(text.replace(/[%,]/g, ''));
}

/**
 * Pastes `text` into the field matched by `selector` with the keyboard (Ctrl+A, Ctrl+V) through
 * the real clipboard, as a person does; the context needs the clipboard permissions
 * (`openApp(..., { clipboard: true })`).
 */
export async function paste(page, selector, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/**
 * The text a pane holds: its text area's value, or, for a book-length text opened for editing,
 * its paragraph blocks' text.
 */
export async function paneText(page, selector) {
  return page.locator(selector).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.textContent));
}

/**
 * Puts rich text on the real clipboard: `html`, and the `plain` text the clipboard holds beside it
 * (the context needs the clipboard permissions).
 */
export async function copyRich(page, html, plain) {
  await page.evaluate(
    ([html, plain]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([plain], { type: 'text/plain' }),
        }),
      ]),
    [html, plain],
  );
}

/** Fills both panes (as a paste does, at once) and waits for their comparison. */
export async function compareTexts(page, source, derivative) {
  await page.locator('#source').fill(source);
  await page.locator('#derivative').fill(derivative);
  await settled(page);
}

/** Types `text` at the end of a pane, as a person does, and waits until it shows in the diff. */
export async function typeAtEnd(page, selector, text) {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page.locator('#diff ins', { hasText: text.trim() }).waitFor();
  await settled(page);
}

/** Waits until the debounced comparison has caught up with the texts. */
export async function settled(page) {
  await page.locator('#summary:not(.is-updating)').waitFor();
}

/** Serves dist/ and launches Chromium once for a test file; read `.server` and `.browser` inside tests. */
export function site() {
  const ctx = {};
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
