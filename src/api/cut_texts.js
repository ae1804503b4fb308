// The JavaScript API's crossing (see src/api.rs): the comparison arrives as JSON in which
// segment texts are lengths in UTF-16 code units (engine::comparison::with_texts_as_lengths),
// and are cut here from the strings the caller passed in. In segment order the lengths tile
// each text from its start; a move's derivative end keeps its source text as a string.

// Lone surrogates, which the engine read as U+FFFD (as any string crossing into Rust does).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (text) =>
  typeof text.toWellFormed === 'function' ? text.toWellFormed() : text.replace(LONE_SURROGATE, '\uFFFD');

export function cutTexts(json, source, derivative) {
  const comparison = JSON.parse(json);
  source = wellFormed(source);
  derivative = wellFormed(derivative);
  let inSource = 0;
  let inDerivative = 0;
  for (const block of comparison.blocks) {
    for (const segment of block.segments) {
      let length;
      if (typeof segment.source === 'number') {
        length = segment.source;
        segment.source = source.slice(inSource, inSource + length);
        inSource += length;
      } else {
        length = segment.source.length;
      }
      // A missing `derivative` is the same text as `source` (the public shape keeps it missing).
      if (segment.derivative === undefined) {
        inDerivative += length;
      } else {
        const n = segment.derivative;
        segment.derivative = derivative.slice(inDerivative, inDerivative + n);
        inDerivative += n;
      }
    }
  }
  return comparison;
}
