// Runs a tcc WebGPU bundle under Node: node run-node.mjs BUNDLE_URL_OR_DIR [--int32] [--no-gpu]
// (--int32 hands int64 inputs to tcc.js as Int32Array instead of the samples' BigInt64Array; --no-gpu leaves
// navigator.gpu unset, as in a browser without WebGPU.)
// Prints one JSON line: { adapter, variant, outputs: { name: { type, dims, base64 } }, timings, progress } or { error }.
// navigator.gpu comes from Google's `webgpu` package (Dawn); the tcc.js under test is the bundle's own.
import { create, globals } from 'webgpu';
import { pathToFileURL } from 'node:url';

const arg = process.argv[2];
const base = /^[a-z]+:/.test(arg) ? new URL(arg.endsWith('/') ? arg : arg + '/') : pathToFileURL(arg.endsWith('/') ? arg : arg + '/');
Object.assign(globalThis, globals);
globalThis.gpu = create(process.env.TCC_DAWN_OPTIONS ? process.env.TCC_DAWN_OPTIONS.split(',') : ['backend=vulkan']);
globalThis.navigator ??= {};
if (!process.argv.includes('--no-gpu')) Object.defineProperty(globalThis.navigator, 'gpu', { value: globalThis.gpu, configurable: true });

const b64 = a => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
try {
  // the bundle's own tcc.js; Node imports modules only from files, so one served over HTTP comes in as a data: URL
  const js = new URL('tcc.js', base);
  const { load, samples } = await import(base.protocol === 'file:' ? js.href
    : 'data:text/javascript;base64,' + Buffer.from(await (await fetch(js)).arrayBuffer()).toString('base64'));
  const progress = { events: 0, loaded: 0, total: 0 };
  const model = await load(base, { onProgress: p => { progress.events++; progress.loaded = p.loaded; progress.total = p.total; } });
  const s = await samples(base);
  if (process.argv.includes('--int32')) {
    for (const t of Object.values(s.inputs)) if (t.data instanceof BigInt64Array) t.data = Int32Array.from(t.data, Number);
  }
  const out = await model.run(s.inputs);
  const outputs = Object.fromEntries(Object.entries(out).map(([k, t]) => [k, { type: t.data.constructor.name, dims: t.dims, base64: b64(t.data) }]));
  console.log(JSON.stringify({ adapter: model.adapter, variant: model.variant, outputs, timings: model.timings, progress }));
  model.destroy();
  process.exit(0);
} catch (e) {
  console.log(JSON.stringify({ error: e.message }));
  process.exit(1);
}
