// Syndiff's full comparison (wasm, through its JavaScript API) against jsdiff's diffWords,
// diff-match-patch in word mode, and a bare `similar` word diff, in one Node process.
// Prints medians, min-max and ratios. Run with tools/bench (it builds pkg/node first).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { workloads } from './workloads.mjs';

const require = createRequire(import.meta.url);
const syndiff = require('../../pkg/node/syndiff_node.js');
const RUNS = Number(process.env.RUNS ?? 5);
const SLOW_RUNS = Number(process.env.SLOW_RUNS ?? 3);

/** diff-match-patch in word mode: its documented lines-to-chars technique, applied to words. */
function dmpWords(a, b) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0; // the full diff: with its default 1 s timeout it gives up on books
  const words = [''];
  const index = new Map();
  const encode = (text) =>
    text.replace(/\S+\s*|\s+/g, (w) => {
      let i = index.get(w);
      if (i === undefined) {
        i = words.length;
        words.push(w);
        index.set(w, i);
      }
      return String.fromCharCode(i);
    });
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  dmp.diff_charsToLines_(diffs, words);
  return diffs.length;
}

const tools = {
  syndiff: (a, b) => syndiff.compare(a, b).blocks.length,
  'similar (bare word diff)': (a, b) => syndiff.bareWordDiff(a, b),
  'jsdiff diffWords': (a, b) => diffWords(a, b).length,
  'diff-match-patch (words)': (a, b) => dmpWords(a, b),
};

function time(fn, a, b, runs, warmUp) {
  if (warmUp) fn(a, b);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(a, b);
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms[ms.length - 1], runs };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
const only = process.argv.slice(2);

let first = true;
for (const w of workloads()) {
  const kb = (s) => `${Math.round(Buffer.byteLength(s) / 1024)} KB`;
  console.log(`\n## ${w.name} (${kb(w.source)} vs ${kb(w.derivative)})\n`);
  console.log('| tool | median | min – max | runs | × Syndiff |');
  console.log('|---|---|---|---|---|');
  let base;
  for (const [name, fn] of Object.entries(tools)) {
    if (only.length && !only.some((o) => name.includes(o))) continue;
    const slow = name.startsWith('jsdiff') || name.startsWith('diff-match');
    // The JavaScript peers take seconds to minutes on books: no warm-up run for them.
    const r = time(fn, w.source, w.derivative, slow ? SLOW_RUNS : RUNS, !slow);
    if (name === 'syndiff') {
      base = r.median;
      if (first) {
        console.log(`<!-- wasm linear memory after the first book comparison: ${(syndiff.memoryBytes() / 2 ** 20).toFixed(1)} MiB -->`);
        first = false;
      }
    }
    const ratio = base ? `${(r.median / base).toFixed(1)}×` : '';
    console.log(`| ${name} | ${fmt(r.median)} | ${fmt(r.min)} – ${fmt(r.max)} | ${r.runs} | ${ratio} |`);
  }
}
