// Deterministic benchmark workloads made from Pride and Prejudice (seeded edits and moves).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** mulberry32: a small seeded PRNG, so every run makes the same workloads. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `text` with `rate` of its words edited (replaced, cut or doubled) and `moves` paragraphs moved. */
export function edited(text, { rate, moves, seed }) {
  const random = rng(seed);
  const paragraphs = text.split(/\n\n+/);
  const vocabulary = text.split(/\s+/).filter((w) => /^[a-z]+$/.test(w));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = paragraphs.map((p) =>
    p.replace(/\S+/g, (word) => {
      if (random() >= rate) return word;
      const r = random();
      if (r < 0.6) return pick(vocabulary);
      if (r < 0.8) return '';
      return `${word} ${pick(vocabulary)}`;
    }),
  );
  for (let i = 0; i < moves; i++) {
    const candidates = out.map((p, n) => [p, n]).filter(([p]) => p.length > 300);
    const [, from] = pick(candidates);
    const [moved] = out.splice(from, 1);
    out.splice(Math.floor(random() * out.length), 0, moved);
  }
  return out.join('\n\n');
}

/** `text` with each Latin letter replaced by a Cyrillic one (case kept): a book-size text in
 * another script, where every word is outside ASCII. */
export function inCyrillic(text) {
  const latin = 'abcdefghijklmnopqrstuvwxyz';
  const cyrillic = 'абцдефгхийклмнопярстувшхыз';
  return text.replace(/[a-z]/gi, (c) => {
    const to = cyrillic[latin.indexOf(c.toLowerCase())];
    return c === c.toLowerCase() ? to : to.toUpperCase();
  });
}

export function workloads() {
  const book = readFileSync(path.join(root, '../shared/corpora/gutenberg/pride_and_prejudice.txt'), 'utf8');
  const sample = (f) => readFileSync(path.join(root, 'samples', f), 'utf8');
  const onePercent = edited(book, { rate: 0.01, moves: 5, seed: 1 });
  return [
    { name: 'book, 1% edits, 5 moves', source: book, derivative: onePercent },
    { name: 'book, 5% edits, 20 moves', source: book, derivative: edited(book, { rate: 0.05, moves: 20, seed: 5 }) },
    { name: 'unrelated 50 KB passages', source: book.slice(100_000, 150_000), derivative: book.slice(500_000, 550_000) },
    { name: 'sample pair', source: sample('rferl-door-to-door.txt'), derivative: sample('derivative-door-to-door.txt') },
    { name: 'book in Cyrillic letters, 1% edits, 5 moves', source: inCyrillic(book), derivative: inCyrillic(onePercent) },
  ];
}

/** 5 MB pairs: the book seven times over (2% edits per copy) against a 1% edit of it with 30 moves,
 * against unrelated text of its words, and against itself with every paragraph reversed. */
export function largeWorkloads() {
  const book = readFileSync(path.join(root, '../shared/corpora/gutenberg/pride_and_prejudice.txt'), 'utf8');
  const big = Array.from({ length: 7 }, (_, i) => edited(book, { rate: 0.02, moves: 0, seed: 100 + i })).join('\n\n');
  const random = rng(3);
  const words = book.split(/\s+/);
  const unrelated = [];
  for (let length = 0; length < big.length; ) {
    const w = words[Math.floor(random() * words.length)] + (random() < 0.05 ? '.\n\n' : ' ');
    unrelated.push(w);
    length += w.length;
  }
  return [
    { name: '1% edits, 30 moves', source: big, derivative: edited(big, { rate: 0.01, moves: 30, seed: 7 }) },
    { name: 'unrelated', source: big, derivative: unrelated.join('') },
    { name: 'every paragraph reversed', source: big, derivative: big.split(/\n\n+/).reverse().join('\n\n') },
  ];
}
