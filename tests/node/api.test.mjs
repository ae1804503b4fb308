// The JavaScript API built for Node (tools/build-node → pkg/node/), used as README shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { compare, compareJson } = require('../../pkg/node/syndiff_node.js');
const sample = (name) => readFileSync(new URL(`../../samples/${name}.txt`, import.meta.url), 'utf8');
const source = sample('rferl-door-to-door');
const derivative = sample('derivative-door-to-door');

test('compare returns the comparison README describes, as plain objects', () => {
  const result = compare(source, derivative);
  assert.equal(result.schema, 4);
  assert.equal(result.status, 'changed');
  // The explanation comes with it: the verdict, the summary, the edit kinds on the changes.
  assert.equal(result.explanation.verdict.derivation, 'partially');
  assert.match(result.explanation.summary, /^The derivative copies \d+% of its words verbatim/);
  assert.ok(result.explanation.edits.some((e) => e.kind === 'hedgeAdded' && e.count === 2));
  assert.ok(result.counts.copiedShare > 0.5 && result.counts.copiedShare < 0.8, `${result.counts.copiedShare}`);
  assert.equal(result.moves.length, 1, 'the "Authorities claim" passage is one move');
  assert.equal(result.moves[0].words, 25);
  const segments = result.blocks.flatMap((b) => b.segments);
  assert.ok(segments.some((s) => s.kind === 'inserted' && s.derivative === 'reportedly ' && s.edit === 'hedgeAdded'));
  // Kept text is sent once: a missing `derivative` reads as `source`, and every word of the
  // derivative is in some segment, in order.
  const rebuilt = segments
    .filter((s) => s.kind !== 'deleted' && !(s.kind === 'moved' && s.derivative === ''))
    .map((s) => s.derivative ?? s.source)
    .join('');
  assert.deepEqual(rebuilt.split(/\s+/).filter(Boolean), derivative.split(/\s+/).filter(Boolean));
});

test('options change what counts as the same; omitted ones take their defaults', () => {
  assert.equal(compare('Hello world.', 'hello world.').status, 'changed');
  assert.equal(compare('Hello world.', 'hello world.', { ignoreCase: true }).status, 'equivalent');
  assert.equal(compare('Hello world.', 'hello world.', undefined).status, 'changed');
  // Beyond ASCII, lower case comes from the host (the module bundles no case tables).
  assert.equal(compare('ΟΔΟΣ Душанбе Łódź', 'οδος душанбе łódź', { ignoreCase: true }).status, 'equivalent');
  assert.equal(compare('ΟΔΟΣ Душанбе', 'οδος душанбе').status, 'changed');
});

test('letters inside a respelled word are whole characters, accents and all (the host segments them)', () => {
  // "naïve" with a combining diaeresis, against "naive": the changed letter is "ï" whole.
  const segments = compare('The nai\u0308ve plan.', 'The naive plan.').blocks.flatMap((b) => b.segments);
  const chars = segments.find((s) => s.chars)?.chars;
  assert.deepEqual(chars, [
    { kind: 'equal', text: 'na' },
    { kind: 'deleted', text: 'i\u0308' },
    { kind: 'inserted', text: 'i' },
    { kind: 'equal', text: 've' },
  ]);
});

test('compareJson gives the same comparison as JSON', () => {
  assert.deepEqual(JSON.parse(compareJson(source, derivative, '{}')), compare(source, derivative));
});

test('segment texts come out whole beyond ASCII: astral characters, CRLF, lone surrogates, moves', () => {
  // compare() cuts segment texts from the strings passed in, by UTF-16 lengths;
  // compareJson() sends them as text. Both must agree, character for character.
  const moved = 'The 🇹🇯 flag flew over Душанбе 👍🏽 all week, and nobody took it down.';
  const src = [
    'Кеча Khatlon’s teams visited 1,800 homes.\r\n',
    `${moved}\r\n`,
    'A lone \uD800 surrogate and ÉCOLE e\u0301cole stay.\r\n',
    'Officials urge parents to watch 📱 phones. 漢字のテキスト。',
  ].join('\r\n');
  const der = [
    'Yesterday Кеча Khatlon’s teams reportedly visited 1,800 homes.\n',
    'A lone \uDC00 surrogate and ÉCOLE école  stay.\n',
    'Officials urge parents to watch 📲 phones. 漢字のテキスト。\n',
    `${moved.replace('all week', 'all 🗓 week')}`,
  ].join('\n');
  for (const [a, b] of [[src, der], [der, src], [source, derivative], [derivative, source]]) {
    const result = compare(a, b);
    assert.deepEqual(result, JSON.parse(compareJson(a, b, '{}')));
  }
  assert.ok(compare(src, der).moves.length >= 1, 'the flag passage is a move');
});

test('bad input throws an Error that says what is wrong', () => {
  assert.throws(() => compare(5, 'text'), { message: 'sourceText must be a string' });
  assert.throws(() => compare('text', null), { message: 'derivativeText must be a string' });
  assert.throws(() => compareJson('a', 'b', '{bad'), /^Error: options: /);
  assert.throws(() => compare('a', 'b', { ignoreCase: 'yes' }), /^Error: options: /);
});
