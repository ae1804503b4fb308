// Syndiff's comparison worker: runs comparisons off the page's main thread, with the
// page's own wasm module (the browser has it cached, so nothing more is downloaded).
// The page sends {init: {js, wasm}} once, then {id, source, derivative, options}; the
// worker answers {id, comparison} (a plain object, cloned to the page) or {id, error}.
let module;

self.onmessage = async ({ data }) => {
  if (data.init) {
    module = import(data.init.js).then(async (m) => {
      await m.default({ module_or_path: data.init.wasm });
      return m;
    });
    return;
  }
  const { id, source, derivative, options } = data;
  try {
    const m = await module;
    self.postMessage({ id, comparison: m.compare(source, derivative, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
