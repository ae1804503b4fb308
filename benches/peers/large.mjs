// Syndiff on 5 MB pairs through its wasm API in Node (result included): medians of 3 runs.
// Run after tools/build-node: node benches/peers/large.mjs [--write DIR]
// With --write, the pairs are also written to DIR (N-source.txt, N-derivative.txt) for
// the native timings: cargo run --release --example stages -- DIR/1-source.txt DIR/1-derivative.txt
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { largeWorkloads } from './workloads.mjs';

const require = createRequire(import.meta.url);
const syndiff = require('../../pkg/node/syndiff_node.js');

const dir = process.argv[2] === '--write' ? process.argv[3] : null;
if (dir) mkdirSync(dir, { recursive: true });
console.log('| pair | median of 3 | coarse |\n|---|---|---|');
for (const [n, w] of largeWorkloads().entries()) {
  if (dir) {
    writeFileSync(`${dir}/${n + 1}-source.txt`, w.source);
    writeFileSync(`${dir}/${n + 1}-derivative.txt`, w.derivative);
  }
  const ms = [];
  let c;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    c = syndiff.compare(w.source, w.derivative);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`| ${w.name} | ${ms[1].toFixed(0)} ms | ${c.coarse} |`);
}
console.log(`\npeak wasm memory: ${(syndiff.memoryBytes() / 2 ** 20).toFixed(0)} MiB`);
