import { serve, launch, openApp, settled } from '/work/main/tests/browser/support.mjs';
const server = await serve(); const browser = await launch();
const { page, context, errors } = await openApp(browser, server.url, { clipboard: true });
await settled(page);
console.log(await page.evaluate(() => {
  const q = '#main img, #main iframe, #main svg, #main script, #main style';
  return [...document.querySelectorAll(q)].map(e => e.tagName + ' ' + [...e.attributes].map(a=>a.name+'='+a.value).join(' ') + ' parent=' + e.parentElement.tagName+'.'+e.parentElement.className);
}));
console.log(await page.evaluate(() => [...document.querySelectorAll('body svg, body img, body style, body script')].map(e => e.tagName + ' in main? ' + !!e.closest('#main'))));
console.log(await page.evaluate(() => document.querySelector('#main')?.outerHTML.slice(0, 3000)));
await page.locator('#source').fill('');
await page.locator('#derivative').fill('');
await settled(page);
console.log(await page.evaluate(() => document.querySelectorAll('#main img, #main iframe, #main svg:not([aria-hidden]), #main script, #main style').length));
console.log(errors);
await browser.close(); await server.close();
