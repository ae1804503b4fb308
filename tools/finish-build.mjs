// Trunk's post-build hook (Trunk.toml): finishes the site Trunk staged.
//
// 1. index.html gets a Content-Security-Policy: scripts only from the site itself or by the
//    hash of Trunk's one inline start-up script, WebAssembly allowed to compile, nothing
//    fetched from anywhere else.
// 2. syndiff.html is written beside it: the whole app in one file (CSS, JavaScript and the
//    wasm module inlined), for opening from disk (file://), where browsers refuse to fetch
//    a .wasm file. Its policy allows its one inline script, by hash, and no request at all.
//
// First, the six stylesheets become one, without comments, indentation and blank lines
// (11.2 KB gzipped as six, 6.2 KB as one), linked with its integrity hash. Trunk's own
// --minify is not used: it rewrites index.html past what this script reads.
//
// Plain Node, no packages: it runs inside every build (TRUNK_STAGING_DIR is set by Trunk).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('finish-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const read = (name) => readFileSync(path.join(staging, name));
const indexPath = path.join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// 0. One stylesheet: Trunk's, in their order (so the cascade is the same), without
//    comments and indentation, in place of their links, with its integrity hash.
const cssLinks = [...index.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="sha384-[^"]+"\/?>/g)];
if (cssLinks.length > 0) {
  const css = cssLinks
    .map(([, name]) => {
      const text = read(name).toString('utf8');
      if (/(["'])[^"'\n]*\/\*[^"'\n]*\1/.test(text)) throw new Error(`finish-build: ${name} has /* in a string`);
      if (/@import|@charset/.test(text)) throw new Error(`finish-build: ${name} has @import or @charset`);
      return text;
    })
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const name = `styles-${createHash('sha256').update(css, 'utf8').digest('hex').slice(0, 16)}.css`;
  writeFileSync(path.join(staging, name), css);
  for (const [, old] of cssLinks) unlinkSync(path.join(staging, old));
  const integrity = `sha384-${createHash('sha384').update(css, 'utf8').digest('base64')}`;
  const [first, ...rest] = cssLinks.map((m) => m[0]);
  index = index.replace(first, () => `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>`);
  for (const tag of rest) index = index.replace(tag, () => '');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy as a meta tag; `directives` maps each directive to its sources. */
function policy(directives) {
  const content = Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}

/** Puts `tag` right after `<meta charset…>`, so it rules everything the page loads. */
function withPolicy(html, tag) {
  const charset = html.match(/<meta charset="utf-8"\s*\/?>/i);
  if (!charset) throw new Error('finish-build: no <meta charset="utf-8"> in index.html');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

const scripts = [...index.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) throw new Error(`finish-build: expected Trunk's one inline script, found ${scripts.length}`);
const startup = scripts[0][1];
// Every inline script is allowed by its hash: the start-up script, and under
// `trunk serve` its live-reload script.
const inline = [...index.matchAll(/<script(?:\s[^>]*)?>([\s\S]+?)<\/script>/g)].map((m) => sha256(m[1]));
// The classic inline scripts the single file keeps (the theme, set before the first
// paint), without `trunk serve`'s live-reload script (it would open a WebSocket).
const classic = [...index.matchAll(/<script>([\s\S]+?)<\/script>/g)]
  .map((m) => m[1])
  .filter((code) => !code.includes('WebSocket'));

// 1. The hosted site.
const hosted = policy({
  'default-src': ["'none'"],
  'script-src': ["'self'", ...inline, "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
});
writeFileSync(indexPath, withPolicy(index, hosted));

// 2. The single file.
const files = readdirSync(staging);
const find = (pattern) => {
  const name = files.find((f) => pattern.test(f));
  if (!name) throw new Error(`finish-build: no file matching ${pattern} in ${staging}`);
  return name;
};
const glueName = startup.match(/from '\.\/([^']+\.js)'/)?.[1] ?? find(/^syndiff-[0-9a-f]+\.js$/);
const wasmName = startup.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1] ?? find(/_bg\.wasm$/);

// wasm-bindgen's glue is an ES module: inlined, its exports become plain declarations,
// and what it exported is gathered as the bindings object the page exposes.
let glue = read(glueName).toString('utf8');
const exported = [...glue.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
glue = glue
  .replace(/^export (async function|function|class|const|let) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (
  /^export /m.test(glue) ||
  /^import /m.test(glue) ||
  /import\.meta/.test(glue.replace(/new URL\([^)]*import\.meta\.url\)/g, '')) ||
  !/async function __wbg_init\b/.test(glue)
) {
  throw new Error('finish-build: the glue has an export, import or import.meta use this script does not know');
}
const wasmBase64 = read(wasmName).toString('base64');
// (In a block of its own: the glue's top-level names, such as \`wasm\`, are taken.)
const single = `${glue}
{
  const bytes = Uint8Array.from(atob('${wasmBase64}'), (c) => c.charCodeAt(0));
  const instance = await __wbg_init({ module_or_path: bytes });
  window.wasmBindings = { ${exported.join(', ')} };
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
}
`;

const styleLinks = [...index.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g)];
if (styleLinks.length === 0 || styleLinks.length !== (index.match(/<link rel="stylesheet"/g) ?? []).length) {
  throw new Error('finish-build: stylesheet links are not all relative (./…): is public_url still "./"?');
}
const styles = styleLinks.map((m) => read(m[1]).toString('utf8')).join('\n');
if (/<\/script|<!--/i.test(single)) throw new Error('finish-build: the script holds </script or <!--');
const icon = index.match(/<link rel="icon" href="\.\/([^"]+\.svg)"[^>]*>/)?.[1];
const iconTag = icon
  ? `<link rel="icon" href="data:image/svg+xml;base64,${read(icon).toString('base64')}" />`
  : '';

let html = index
  .replace(/<script>[\s\S]*?<\/script>/g, (tag) => (tag.includes('WebSocket') ? '' : tag))
  .replace(/<link rel="(?:icon|stylesheet|modulepreload|preload)"[^>]*>/g, '')
  .replace('</head>', () => `    ${iconTag}\n    <style>\n${styles}\n    </style>\n  </head>`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => `<script type="module">${single}</script>`);
html = withPolicy(
  html,
  policy({
    'default-src': ["'none'"],
    'script-src': [...classic.map(sha256), sha256(single), "'wasm-unsafe-eval'"],
    'style-src': ["'unsafe-inline'"],
    'img-src': ['data:'],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  }),
);
writeFileSync(path.join(staging, 'syndiff.html'), html);
console.log(`finish-build: index.html has its policy; syndiff.html is ${(html.length / 1e6).toFixed(2)} MB`);
