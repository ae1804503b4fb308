// Pathological inputs through Syndiff's wasm API in Node (result included): how long each
// takes (median of 3), whether the result was coarsened, and whether both texts rebuild
// exactly from it. Run after tools/build-node: node benches/peers/pathological.mjs
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { largeWorkloads, edited } from './workloads.mjs';

const require = createRequire(import.meta.url);
const syndiff = require('../../pkg/node/syndiff_node.js');

/** mulberry32, as in workloads.mjs: the same inputs every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(11);
const pick = (chars, n) => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
const [big, unrelated] = largeWorkloads().map((w) => w.derivative);
const bigSource = largeWorkloads()[0].source;
const repeated = 'the '.repeat(1_000_000);
const middle = repeated.length / 2;
const oneWordLines = Array.from({ length: 100_000 }, (_, i) => `word${i % 5000}`).join('\n');
const letters = pick('abcdefghijklmnopqrstuvwxyz', 1_000_000);
// One sentence of 1 MB: lower-case words, most of them seen once, no full stop or line break.
// Its own seed, so that the inputs of the other cases stay as they were.
const runOnRandom = rng(12);
const runOn = Array.from({ length: 160_000 }, () =>
  Array.from({ length: 3 + Math.floor(runOnRandom() * 6) }, () => String.fromCharCode(97 + Math.floor(runOnRandom() * 26))).join(''),
).join(' ');
// 5 MB of made-up words, 800,000 of them nearly all different, in sentences of 15: a
// vocabulary of 1.6 million words (a book has tens of thousands). Its own seed, too.
const vocabularyRandom = rng(13);
const manyWords = Array.from({ length: 800_000 }, (_, i) => {
  const w = Array.from({ length: 3 + Math.floor(vocabularyRandom() * 6) }, () =>
    String.fromCharCode(97 + Math.floor(vocabularyRandom() * 26))).join('');
  return i % 15 === 0 ? w[0].toUpperCase() + w.slice(1) : i % 15 === 14 ? `${w}.` : w;
}).join(' ');

const cases = [
  ['5 MB vs 5 MB, unrelated', bigSource, unrelated],
  ['one token repeated a million times (4 MB), vs itself with one word added mid-way', repeated, `${repeated.slice(0, middle)}cat ${repeated.slice(middle)}`],
  ['a 1 MB paragraph without spaces, vs itself with one letter changed', letters, `${letters.slice(0, 500_000)}Z${letters.slice(500_001)}`],
  ['1 MB of NUL bytes, vs 1 MB of NUL bytes and one letter', '\0'.repeat(1_000_000), `${'\0'.repeat(500_000)}a${'\0'.repeat(500_000)}`],
  ['a 1 MB run-on sentence of 160,000 lower-case words, vs a 1 % edit of it', runOn, edited(runOn, { rate: 0.01, moves: 0, seed: 3 })],
  ['5 MB of 800,000 made-up words (1.6 million distinct), vs a 1 % edit of it', manyWords, edited(manyWords, { rate: 0.01, moves: 5, seed: 4 })],
  ['100,000 one-word lines, vs a 1 % edit of them', oneWordLines, edited(oneWordLines, { rate: 0.01, moves: 0, seed: 2 })],
  ['punctuation only (1 MB each), unrelated', pick('.,;:!?-—"()…', 1_000_000), pick('.,;:!?-—"()…', 1_000_000)],
  ['one side empty, the other 5 MB', '', big],
  ['one side 5 MB, the other empty', bigSource, ''],
];

/** Whether both texts rebuild exactly from the result (a move's arrival repeats its source text). */
function rebuilds(c, source, derivative) {
  let a = '';
  let b = '';
  for (const block of c.blocks) {
    for (const s of block.segments) {
      const arrived = s.moveId != null && s.kind !== 'moved';
      if (!arrived) a += s.source;
      b += s.derivative ?? s.source;
    }
  }
  return a === source && b === derivative;
}

console.log('| input | median of 3 | coarsened | status | rebuilds exactly |\n|---|---|---|---|---|');
for (const [name, source, derivative] of cases) {
  const ms = [];
  let c;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    c = syndiff.compare(source, derivative);
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  const ok = rebuilds(c, source, derivative);
  console.log(`| ${name} | ${ms[1].toFixed(0)} ms | ${c.coarse ? 'yes (flagged)' : 'no'} | ${c.status} | ${ok ? 'yes' : 'NO'} |`);
}
console.log(`\npeak wasm memory: ${(syndiff.memoryBytes() / 2 ** 20).toFixed(0)} MiB`);
