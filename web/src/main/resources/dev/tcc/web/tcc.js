// tcc.js — runs a model compiled by `tcc compile MODEL --target webgpu -o DIR` on the visitor's GPU.
//
//   import { load } from './tcc.js';
//   const model = await load(new URL('./', import.meta.url), { onProgress: p => console.log(p.loaded, p.total) });
//   const out = await model.run({ x: { data: new Float32Array(784), dims: [1, 784] } });  // { y: { data, dims } }
//   model.destroy();
//
// An ES module without dependencies, for browsers with WebGPU and for Node with the `webgpu` npm package
// providing navigator.gpu (or pass { gpu } to load). What it reads, all relative to the folder's URL:
//   manifest.json   the program: buffers, inputs, outputs, kernel launches in order (written by tcc's Artefact)
//   bundle.json     weight shards and sample tensors, each with its SHA-256
//   kernels/*.wgsl  one WGSL module per kernel
// Every file but the two JSON files is checked against its SHA-256 before use. Weight shards are kept in Cache
// Storage under their hash, so a second load (of this model or any model sharing a shard) downloads none.
//
// The binding contract (codegen-wgsl's WgslLayout): all in bind group 0; buffer parameters at bindings 0..n-1 in
// parameter order ('read' access as read-only storage, else storage); scalar parameters packed 4 bytes apiece,
// little-endian, in parameter order into one uniform buffer at binding n (size rounded up to 16); i64/u64 held as
// i32/u32 (the host converts and refuses values that do not fit); 1- and 2-byte elements (and f16 without
// shader-f16) packed into u32 words, the host's bytes unchanged and the size rounded up to 4.

const FORMAT = 'tcc-artefact', VERSION = 2, BUNDLE_FORMAT = 'tcc-web-bundle', BUNDLE_VERSION = 1;
const CACHE_NAME = 'tcc-weights-v1';
// WebGPU's flag values, spelled out so that Node needs no GPUBufferUsage/GPUShaderStage/GPUMapMode globals.
const STORAGE = 0x80, UNIFORM = 0x40, COPY_DST = 0x8, COPY_SRC = 0x4, MAP_READ = 0x1, COMPUTE_STAGE = 0x4, MAP_MODE_READ = 0x1;

/** A problem loading or running a model, in words a user can act on. */
export class TccError extends Error {
  constructor(message) { super(message); this.name = 'TccError'; }
}

// ---------------------------------------------------------------------------------------------------------
// Element types: the storage type of each buffer, how the GPU holds it, and the typed array a user sees.

const TYPES = {
  f32: { bytes: 4, array: Float32Array, gpu: 'native' },
  i32: { bytes: 4, array: Int32Array, gpu: 'native' },
  u32: { bytes: 4, array: Uint32Array, gpu: 'native' },
  f16: { bytes: 2, array: Uint16Array, gpu: 'words' },   // IEEE half bits; native with shader-f16
  i16: { bytes: 2, array: Int16Array, gpu: 'words' },
  u16: { bytes: 2, array: Uint16Array, gpu: 'words' },
  i8: { bytes: 1, array: Int8Array, gpu: 'words' },
  u8: { bytes: 1, array: Uint8Array, gpu: 'words' },
  bool: { bytes: 1, array: Uint8Array, gpu: 'words' },
  i64: { bytes: 8, array: BigInt64Array, gpu: 'narrow', narrow: Int32Array, min: -(2n ** 31n), max: 2n ** 31n - 1n },
  u64: { bytes: 8, array: BigUint64Array, gpu: 'narrow', narrow: Uint32Array, min: 0n, max: 2n ** 32n - 1n },
  f64: { bytes: 8, array: Float64Array, gpu: 'f32' },    // WGSL has no f64: held as f32, rounded on upload
};

function typeOf(name, what) {
  const t = TYPES[name];
  if (!t) throw new TccError(`${what} has element type ${name}, which tcc.js cannot hold in WebGPU`);
  return t;
}

const round4 = n => Math.ceil(n / 4) * 4;
const product = dims => dims.reduce((a, b) => a * b, 1);

/** Bytes the GPU buffer of `elements` elements of `type` takes (never 0: WebGPU binds no empty buffer). */
function deviceBytes(type, elements) {
  const t = TYPES[type];
  const width = t.gpu === 'narrow' || t.gpu === 'f32' ? 4 : t.bytes;
  return Math.max(4, round4(elements * width));
}

/** Host bytes (little-endian, of the storage type) to the bytes the GPU buffer holds. */
function toDevice(type, bytes, what) {
  const t = TYPES[type];
  if (t.gpu === 'f32') return new Uint8Array(Float32Array.from(new Float64Array(bytes.slice().buffer)).buffer);
  if (t.gpu !== 'narrow') {
    if (bytes.byteLength % 4 === 0) return bytes;
    const padded = new Uint8Array(round4(bytes.byteLength));
    padded.set(bytes);
    return padded;
  }
  const n = bytes.byteLength / 8, view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new t.narrow(n);
  for (let i = 0; i < n; i++) {
    const v = type === 'i64' ? view.getBigInt64(8 * i, true) : view.getBigUint64(8 * i, true);
    if (v < t.min || v > t.max) {
      throw new TccError(`${what}[${i}] = ${v} does not fit in ${type === 'i64' ? 'i32' : 'u32'}, which WebGPU computes ${type} in`);
    }
    out[i] = Number(v);
  }
  return new Uint8Array(out.buffer);
}

/** The GPU buffer's bytes back to the typed array of the storage type, `elements` long. */
function fromDevice(type, bytes, elements) {
  const t = TYPES[type];
  if (t.gpu === 'f32') return Float64Array.from(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 4 * elements)));
  if (t.gpu === 'narrow') {
    const narrow = new t.narrow(bytes.buffer, bytes.byteOffset, elements);
    return t.array.from(narrow, v => BigInt(v));
  }
  return new t.array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + elements * t.bytes));
}

/** A user's tensor data as storage bytes; int64 takes BigInt64Array, Int32Array or numbers. */
function hostBytes(type, data, elements, what) {
  const t = TYPES[type];
  if (data === undefined || data === null || typeof data.length !== 'number') {
    throw new TccError(`${what}: data must be a typed array (${t.array.name}) of ${elements} elements`);
  }
  if (data.length !== elements) throw new TccError(`${what} has ${data.length} elements; the model takes ${elements}`);
  if (t.gpu === 'narrow' && !(data instanceof t.array)) {
    const out = new t.narrow(elements);      // checked on the way: no BigInt round trip for Int32Array input
    for (let i = 0; i < elements; i++) {
      const v = Number(data[i]);
      if (!Number.isInteger(v) || v < Number(t.min) || v > Number(t.max)) {
        throw new TccError(`${what}[${i}] = ${data[i]} is not an integer that fits in ${type === 'i64' ? 'i32' : 'u32'}`);
      }
      out[i] = v;
    }
    return { narrowed: new Uint8Array(out.buffer) };
  }
  const typed = data instanceof t.array ? data : t.array.from(data);
  return { bytes: new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength) };
}

// ---------------------------------------------------------------------------------------------------------
// Fetching: over HTTP(S) with fetch, or from the file system under Node (file: URLs), hash-checked.

async function readUrl(url, expectedBytes, onChunk) {
  if (url.protocol === 'file:') {
    const [{ readFile }, { fileURLToPath }] = await Promise.all([import('node:fs/promises'), import('node:url')]);
    const bytes = new Uint8Array(await readFile(fileURLToPath(url)));
    onChunk?.(bytes.byteLength);
    return bytes;
  }
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new TccError(`cannot fetch ${url}: ${e.message} (is the server running, and is the page served over http://, not opened as a file?)`);
  }
  if (!response.ok) throw new TccError(`fetching ${url} failed: HTTP ${response.status} ${response.statusText}`);
  if (!response.body || expectedBytes === undefined) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    onChunk?.(bytes.byteLength);
    return bytes;
  }
  const bytes = new Uint8Array(expectedBytes), reader = response.body.getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.byteLength > expectedBytes) throw new TccError(`${url} is longer than the ${expectedBytes} bytes bundle.json says`);
    bytes.set(value, at);
    at += value.byteLength;
    onChunk?.(value.byteLength);
  }
  if (at !== expectedBytes) throw new TccError(`${url} has ${at} bytes; bundle.json says ${expectedBytes} (an incomplete download?)`);
  return bytes;
}

async function sha256(bytes) {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TccError('this page has no crypto.subtle to check file hashes with: serve it from https:// or http://localhost');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
}

async function checked(url, expected, bytes) {
  const actual = await sha256(bytes);
  if (actual !== expected) {
    throw new TccError(`${url} does not match its SHA-256 in the manifest (expected ${expected}, got ${actual}): `
      + 'the bundle was modified or is incomplete; compile the model again or clear the server\'s cache');
  }
  return bytes;
}

async function readJson(url) {
  const text = new TextDecoder().decode(await readUrl(url));
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TccError(`${url} is not valid JSON (${e.message}); is this the folder tcc compile wrote?`);
  }
}

/** Cache Storage when the page has it (browsers on http(s)); null under Node or on file: URLs. */
async function openCache(base) {
  if (!globalThis.caches || !/^https?:$/.test(base.protocol)) return null;
  try {
    return await caches.open(CACHE_NAME);
  } catch {
    return null;    // private browsing or storage disabled: download every time
  }
}

/** A weight shard: from the cache when a copy with its hash is there, else downloaded, checked and cached. */
async function shardBytes(base, shard, cache, progress) {
  const url = new URL(shard.file, base);
  const key = new URL(`/.tcc-cache/sha256-${shard.sha256}`, base).href;
  if (cache) {
    const hit = await cache.match(key);
    if (hit) {
      const bytes = new Uint8Array(await hit.arrayBuffer());
      if (await sha256(bytes) === shard.sha256) {
        progress(shard.bytes, true);
        return bytes;
      }
      await cache.delete(key);
    }
  }
  const bytes = await checked(url, shard.sha256, await readUrl(url, shard.bytes, n => progress(n, false)));
  if (cache) {
    try {
      await cache.put(key, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    } catch { /* over quota: the model still runs, the next visit downloads again */ }
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// The GPU: adapter, features and limits, in plain words when something is missing.

const LIMIT_WORDS = {
  maxStorageBuffersPerShaderStage: 'storage buffers per kernel',
  maxStorageBufferBindingSize: 'bytes in one storage buffer',
  maxBufferSize: 'bytes in one buffer',
  maxComputeInvocationsPerWorkgroup: 'threads per workgroup',
  maxComputeWorkgroupSizeX: 'workgroup width',
  maxComputeWorkgroupSizeY: 'workgroup height',
  maxComputeWorkgroupSizeZ: 'workgroup depth',
  maxComputeWorkgroupStorageSize: 'bytes of workgroup memory',
  maxComputeWorkgroupsPerDimension: 'workgroups per dispatch dimension',
};

/** What the program needs of the device's limits. */
function needs(manifest, sizes) {
  const n = {
    maxStorageBuffersPerShaderStage: 0, maxStorageBufferBindingSize: Math.max(0, ...sizes.values()),
    maxBufferSize: Math.max(0, ...sizes.values()), maxComputeInvocationsPerWorkgroup: 0, maxComputeWorkgroupSizeX: 0,
    maxComputeWorkgroupSizeY: 0, maxComputeWorkgroupSizeZ: 0, maxComputeWorkgroupStorageSize: 0, maxComputeWorkgroupsPerDimension: 0,
  };
  const max = (k, v) => { n[k] = Math.max(n[k], v); };
  for (const l of manifest.launches) {
    max('maxStorageBuffersPerShaderStage', l.params.filter(p => p.kind === 'buffer').length);
    const [x = 1, y = 1, z = 1] = l.grid.workgroup;
    max('maxComputeWorkgroupSizeX', x); max('maxComputeWorkgroupSizeY', y); max('maxComputeWorkgroupSizeZ', z);
    max('maxComputeInvocationsPerWorkgroup', x * y * z);
    max('maxComputeWorkgroupsPerDimension', Math.max(...l.grid.groups));
    const shared = l.arrays.filter(a => a.space === 'workgroup')
      .reduce((s, a) => s + a.length * (a.type === 'f16' && manifest.profile.fp16 ? 2 : 4), 0);
    max('maxComputeWorkgroupStorageSize', shared);
  }
  return n;
}

async function openDevice(manifest, sizes, gpu) {
  gpu ??= globalThis.navigator?.gpu;
  if (!gpu) {
    throw new TccError('this browser has no WebGPU (navigator.gpu is missing). Use a current Chrome or Edge, Safari 26 or '
      + 'Firefox 141 or later, served from https:// or http://localhost; under Node, install the webgpu package and set navigator.gpu');
  }
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) {
    throw new TccError('WebGPU is present but offers no GPU adapter: the GPU may be blocklisted, hardware acceleration turned '
      + 'off in the browser settings, or the driver too old');
  }
  const info = adapter.info ?? {};
  const gpuName = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'this GPU';
  const variant = chooseVariant(manifest, adapter);
  const requiredFeatures = [];
  if (manifest.profile.fp16) {
    if (!adapter.features.has('shader-f16')) {
      throw new TccError(`this model was compiled for GPUs with 16-bit float shaders (shader-f16), which ${gpuName} does not `
        + 'offer; compile it for the portable profile (tcc compile --target webgpu without --device)');
    }
    requiredFeatures.push('shader-f16');
  }
  const requiredLimits = {}, problems = [];
  for (const [key, need] of Object.entries(needs(manifest, sizes))) {
    const have = adapter.limits[key];
    if (have === undefined || need === 0) continue;
    if (need > have) problems.push(`${need} ${LIMIT_WORDS[key]} (${key}), ${gpuName} allows ${have}`);
    else requiredLimits[key] = need;
  }
  if (problems.length) throw new TccError(`this GPU is too small for the model: it needs ${problems.join('; ')}`);
  const device = await adapter.requestDevice({ requiredFeatures, requiredLimits, label: `tcc ${manifest.name}` });
  return { device, variant, adapterInfo: { vendor: info.vendor, architecture: info.architecture, description: info.description } };
}

/**
 * Applies to the manifest the first of its kernel variants (manifest.variants, most capable first: same launches, other
 * kernel files) that this adapter can run, and returns its name; 'base' when none is (or there are none). The one
 * capability a WebGPU variant may need beyond the portable profile is shader-f16.
 */
function chooseVariant(manifest, adapter) {
  const v = (manifest.variants ?? []).find(v => !v.profile.fp16 || adapter.features.has('shader-f16'));
  if (!v) return 'base';
  manifest.launches.forEach((l, i) => { l.file = v.files[i]; });
  manifest.profile = v.profile;
  return v.name;
}

// ---------------------------------------------------------------------------------------------------------
// Loading: fetch and check everything, create the pipelines and buffers, upload the weights.

/**
 * Loads the model in the folder at `url` (a URL or string; relative strings resolve against the page).
 * options.onProgress({ loaded, total, file, cached }) is called as weight bytes arrive (or come from the cache);
 * options.gpu replaces navigator.gpu; options.cache = false skips Cache Storage.
 */
export async function load(url, options = {}) {
  const t0 = performance.now();
  const base = folderUrl(url);
  const [manifest, bundle] = await Promise.all([readJson(new URL('manifest.json', base)), readJson(new URL('bundle.json', base))]);
  if (manifest.format !== FORMAT || manifest.version !== VERSION) {
    throw new TccError(`${base}manifest.json is not a tcc artefact of version ${VERSION}; compile the model again with this tcc`);
  }
  if (manifest.target !== 'webgpu') {
    throw new TccError(`${base} was compiled for ${manifest.target}, not webgpu; compile it with tcc compile --target webgpu`);
  }
  if (bundle.format !== BUNDLE_FORMAT || bundle.version !== BUNDLE_VERSION) {
    throw new TccError(`${base}bundle.json is not a tcc web bundle of version ${BUNDLE_VERSION}; compile the model again`);
  }
  const buffers = new Map(manifest.buffers.map(b => [b.name, b]));
  for (const b of manifest.buffers) typeOf(b.type, `buffer ${b.name}`);
  const sizes = new Map(manifest.buffers.map(b => [b.name, deviceBytes(b.type, b.elements)]));
  const { device, variant, adapterInfo } = await openDevice(manifest, sizes, options.gpu);
  const model = new Model(manifest, device, adapterInfo, variant);
  try {
    const tDevice = performance.now();
    const [weights, pipelines] = await Promise.all([
      fetchWeights(base, bundle, options),
      createPipelines(base, manifest, device),
    ]);
    const tFetch = performance.now();
    device.pushErrorScope('out-of-memory');
    device.pushErrorScope('validation');
    model.create(buffers, sizes, weights, pipelines);
    const errors = [await device.popErrorScope(), await device.popErrorScope()].filter(Boolean);
    if (errors.length) throw new TccError(`the GPU refused the model's buffers: ${errors.map(e => e.message).join('; ')}`);
    await device.queue.onSubmittedWorkDone();
    const t1 = performance.now();
    model.timings.load = { deviceMs: tDevice - t0, fetchAndCompileMs: tFetch - tDevice, uploadMs: t1 - tFetch, totalMs: t1 - t0,
      weightBytes: weights.bytes, weightBytesDownloaded: weights.downloaded };
    return model;
  } catch (e) {
    model.destroy();
    throw e;
  }
}

/** The bundle folder's URL, ending in '/'; a relative one resolves against the page. */
function folderUrl(url) {
  let base;
  try {
    base = new URL(url, globalThis.location?.href);
  } catch {
    throw new TccError(`'${url}' is not a URL of a bundle folder; give an absolute URL (under Node, pathToFileURL(folder))`);
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** The weight shards, as one view per shard with its offset in weights.bin. */
async function fetchWeights(base, bundle, options) {
  const cache = options.cache === false ? null : await openCache(base);
  const total = bundle.weights.reduce((s, w) => s + w.bytes, 0);
  let loaded = 0, downloaded = 0;
  const shards = await Promise.all(bundle.weights.map(async w => {
    const bytes = await shardBytes(base, w, cache, (n, fromCache) => {
      loaded += n;
      if (!fromCache) downloaded += n;
      options.onProgress?.({ loaded, total, file: w.file, cached: fromCache });
    });
    return { offset: w.offset, bytes };
  }));
  return { shards, bytes: total, downloaded };
}

/** One compute pipeline per launch (modules shared by file), with explicit layouts per the binding contract. */
async function createPipelines(base, manifest, device) {
  const modules = new Map();
  for (const l of manifest.launches) {
    if (modules.has(l.file)) continue;
    const hash = manifest.files[l.file];
    if (!hash) throw new TccError(`manifest.json names kernel file ${l.file} but gives no hash for it; compile the model again`);
    modules.set(l.file, (async () => {
      const url = new URL(l.file, base);
      const code = new TextDecoder().decode(await checked(url, hash, await readUrl(url)));
      const module = device.createShaderModule({ code, label: l.kernel });
      const info = await module.getCompilationInfo();
      const errors = info.messages.filter(m => m.type === 'error');
      if (errors.length) {
        throw new TccError(`kernel ${l.kernel} (${l.file}) does not compile on this GPU: `
          + errors.map(m => `line ${m.lineNum}: ${m.message}`).join('; '));
      }
      return module;
    })());
  }
  return Promise.all(manifest.launches.map(async l => {
    const module = await modules.get(l.file);
    const entries = [];
    l.params.filter(p => p.kind === 'buffer').forEach((p, i) => entries.push({
      binding: i, visibility: COMPUTE_STAGE, buffer: { type: p.access === 'read' ? 'read-only-storage' : 'storage' },
    }));
    if (l.params.some(p => p.kind === 'scalar')) {
      entries.push({ binding: entries.length, visibility: COMPUTE_STAGE, buffer: { type: 'uniform' } });
    }
    const bindGroupLayout = device.createBindGroupLayout({ entries, label: l.kernel });
    try {
      const pipeline = await device.createComputePipelineAsync({
        label: l.kernel, layout: device.createPipelineLayout({ bindGroupLayouts: [bindGroupLayout] }),
        compute: { module },   // each module has one entry point
      });
      return { pipeline, bindGroupLayout };
    } catch (e) {
      throw new TccError(`kernel ${l.kernel} (${l.file}) cannot be made into a pipeline on this GPU: ${e.message}`);
    }
  }));
}

/** The uniform buffer of a launch's scalar arguments, packed per the binding contract. */
function uniformBytes(launch) {
  const scalars = launch.args.filter(a => a.scalar !== undefined);
  const bytes = new ArrayBuffer(Math.max(16, Math.ceil(scalars.length * 4 / 16) * 16)), view = new DataView(bytes);
  scalars.forEach((a, i) => {
    const v = Number(a.scalar), what = `kernel ${launch.kernel}: scalar argument ${i} (${a.type})`;
    switch (a.type) {
      case 'f32': case 'f16': case 'f64': view.setFloat32(4 * i, v, true); break;
      case 'bool': view.setUint32(4 * i, v ? 1 : 0, true); break;
      case 'u32': case 'u64': case 'u16': case 'u8':
        if (!(v >= 0 && v <= 0xffffffff)) throw new TccError(`${what} = ${a.scalar} does not fit in u32`);
        view.setUint32(4 * i, v, true); break;
      default:
        if (!(v >= -(2 ** 31) && v < 2 ** 31)) throw new TccError(`${what} = ${a.scalar} does not fit in i32`);
        view.setInt32(4 * i, v, true);
    }
  });
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// The loaded model.

class Model {
  constructor(manifest, device, adapterInfo, variant) {
    this.manifest = manifest;
    this.device = device;
    /** The adapter it runs on: vendor, architecture, description. */
    this.adapter = adapterInfo;
    /** The kernel variant it runs: 'base', or the name of the manifest's variant the adapter can run ('f16' with shader-f16). */
    this.variant = variant;
    /**
     * Milliseconds: load { deviceMs (manifest, adapter and device), fetchAndCompileMs (files, hashes, pipelines), uploadMs,
     * totalMs, weightBytes, weightBytesDownloaded } and the last run { submitMs, gpuMs (to the results' mapping), readMs, totalMs }.
     */
    this.timings = { load: null, run: null };
    this.inputs = manifest.inputs.map(b => ({ name: b.name, type: b.type, dims: b.shape }));
    this.outputs = manifest.outputs.map(b => ({ name: b.name, type: b.type, dims: b.shape }));
    this.gpuBuffers = new Map();
    this.extra = [];
    this.lost = null;
    this.queue = Promise.resolve();
    device.lost.then(info => { if (!this.destroyed) this.lost = info.message || info.reason; });
  }

  create(buffers, sizes, weights, pipelines) {
    const device = this.device, usage = STORAGE | COPY_DST | COPY_SRC;
    for (const b of buffers.values()) {
      const gpuBuffer = device.createBuffer({ size: sizes.get(b.name), usage, label: b.name });
      this.gpuBuffers.set(b.name, gpuBuffer);
      if (b.role === 'weight') device.queue.writeBuffer(gpuBuffer, 0, toDevice(b.type, weightBytes(b, weights), `weight ${b.name}`));
    }
    this.launches = this.manifest.launches.map((l, i) => {
      const entries = l.args.filter(a => a.buffer !== undefined)
        .map((a, k) => ({ binding: k, resource: { buffer: this.gpuBuffers.get(a.buffer) } }));
      if (l.args.some(a => a.scalar !== undefined)) {
        const data = uniformBytes(l);
        const u = device.createBuffer({ size: data.byteLength, usage: UNIFORM | COPY_DST });
        device.queue.writeBuffer(u, 0, data);
        this.extra.push(u);
        entries.push({ binding: entries.length, resource: { buffer: u } });
      }
      const { pipeline, bindGroupLayout } = pipelines[i];
      const bindGroup = device.createBindGroup({ layout: bindGroupLayout, entries, label: l.kernel });
      const [x = 1, y = 1, z = 1] = l.grid.groups;
      return { pipeline, bindGroup, groups: [x, y, z] };
    });
    this.readbacks = this.manifest.outputs.map(o => {
      const size = sizes.get(o.buffer);
      const buffer = device.createBuffer({ size, usage: MAP_READ | COPY_DST, label: `read ${o.name}` });
      this.extra.push(buffer);
      return { output: o, buffer, size };
    });
    // Device checks (an out-of-range gather index, say) set a word of the status buffer; it is read after each run.
    const status = this.manifest.buffers.find(b => b.role === 'status');
    if (status && this.manifest.checks?.length) {
      const buffer = device.createBuffer({ size: sizes.get(status.name), usage: MAP_READ | COPY_DST, label: 'read status' });
      this.extra.push(buffer);
      this.status = { buffer, size: sizes.get(status.name), source: this.gpuBuffers.get(status.name) };
    }
  }

  /**
   * Runs the model. `inputs` maps each input name to { data, dims } (dims optional; a bare typed array also
   * works); returns { [output name]: { data, dims } }. Runs queue up: a second call waits for the first.
   */
  run(inputs) {
    const result = this.queue.then(() => this.runNow(inputs));
    this.queue = result.catch(() => {});
    return result;
  }

  async runNow(inputs) {
    if (this.destroyed) throw new TccError('this model was destroyed; load it again');
    if (this.lost) throw new TccError(`the GPU device was lost (${this.lost}); load the model again`);
    const t0 = performance.now(), device = this.device, m = this.manifest;
    if (!inputs || typeof inputs !== 'object') throw new TccError(`run() takes an object of inputs: ${this.inputNames()}`);
    for (const name of Object.keys(inputs)) {
      if (!m.inputs.some(i => i.name === name)) throw new TccError(`the model has no input '${name}'; its inputs are ${this.inputNames()}`);
    }
    for (const b of m.inputs) {
      const given = inputs[b.name];
      if (given === undefined) throw new TccError(`input '${b.name}' is missing; the model's inputs are ${this.inputNames()}`);
      const { data, dims } = ArrayBuffer.isView(given) ? { data: given } : given;
      const what = `input '${b.name}'`;
      if (dims !== undefined && (dims.length !== b.shape.length || dims.some((d, k) => Number(d) !== b.shape[k]))) {
        throw new TccError(`${what} has dims [${dims}]; the model was compiled for [${b.shape}] (recompile with --shape for others)`);
      }
      const type = this.bufferType(b.buffer);
      const host = hostBytes(type, data, product(b.shape), what);
      const bytes = host.narrowed ?? toDevice(type, host.bytes, what);
      device.queue.writeBuffer(this.gpuBuffers.get(b.buffer), 0, bytes.byteOffset % 4 ? bytes.slice() : bytes);
    }
    device.pushErrorScope('out-of-memory');
    device.pushErrorScope('validation');
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    for (const l of this.launches) {
      pass.setPipeline(l.pipeline);
      pass.setBindGroup(0, l.bindGroup);
      pass.dispatchWorkgroups(...l.groups);
    }
    pass.end();
    for (const r of this.readbacks) encoder.copyBufferToBuffer(this.gpuBuffers.get(r.output.buffer), 0, r.buffer, 0, r.size);
    if (this.status) encoder.copyBufferToBuffer(this.status.source, 0, this.status.buffer, 0, this.status.size);
    device.queue.submit([encoder.finish()]);
    const errors = [await device.popErrorScope(), await device.popErrorScope()].filter(Boolean);
    if (errors.length) throw new TccError(`the GPU refused the model's work: ${errors.map(e => e.message).join('; ')}`);
    const t1 = performance.now();
    await Promise.all(this.readbacks.map(r => r.buffer.mapAsync(MAP_MODE_READ)));
    const t2 = performance.now();
    const out = {};
    for (const r of this.readbacks) {
      const o = r.output, elements = product(o.shape);
      out[o.name] = { data: fromDevice(this.bufferType(o.buffer), new Uint8Array(r.buffer.getMappedRange()), elements), dims: [...o.shape] };
      r.buffer.unmap();
    }
    if (this.lost) throw new TccError(`the GPU device was lost while running (${this.lost}); load the model again`);
    if (this.status) await this.checkStatus();
    const t3 = performance.now();
    this.timings.run = { submitMs: t1 - t0, gpuMs: t2 - t1, readMs: t3 - t2, totalMs: t3 - t0 };
    return out;
  }

  /** Throws the first failed device check's message, after zeroing the flags so that the model stays usable. */
  async checkStatus() {
    const s = this.status;
    await s.buffer.mapAsync(MAP_MODE_READ);
    const flags = new Int32Array(s.buffer.getMappedRange().slice(0));
    s.buffer.unmap();
    const failed = this.manifest.checks.find(c => flags[c.slot] !== 0);
    if (!failed) return;
    this.device.queue.writeBuffer(s.source, 0, new Int32Array(flags.length));
    const v = flags[failed.slot], value = v === 2147483647 ? `${v} or more` : v === -2147483647 ? `${v} or less` : `${v}`;
    throw new TccError(`${failed.message.replace('{value}', value)} (checked on the GPU)`);
  }

  /** Frees the GPU buffers and the device. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const b of this.gpuBuffers.values()) b.destroy();
    for (const b of this.extra) b.destroy();
    this.device.destroy();
  }

  bufferType(name) { return this.manifest.buffers.find(b => b.name === name).type; }

  inputNames() { return this.manifest.inputs.map(i => `'${i.name}'`).join(', '); }
}

/** A weight buffer's bytes: its range of weights.bin, from the shard that holds it. */
function weightBytes(b, weights) {
  const shard = weights.shards.find(s => b.offset >= s.offset && b.offset + b.bytes <= s.offset + s.bytes.byteLength);
  if (!shard) throw new TccError(`weight ${b.name} lies in no shard of bundle.json; compile the model again`);
  return shard.bytes.subarray(b.offset - shard.offset, b.offset - shard.offset + b.bytes);
}

// ---------------------------------------------------------------------------------------------------------
// Samples bundled by tcc compile (the demo page and the tests use them).

/**
 * The bundle's sample inputs and expected outputs: { source, inputs: { name: { data, dims } }, expected: {...} }.
 */
export async function samples(url) {
  const base = folderUrl(url);
  const bundle = await readJson(new URL('bundle.json', base));
  const read = async list => Object.fromEntries(await Promise.all(list.map(async s => {
    const fileUrl = new URL(s.file, base);
    const bytes = await checked(fileUrl, s.sha256, await readUrl(fileUrl));
    const t = typeOf(s.type, `sample ${s.name}`);
    return [s.name, { data: new t.array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)), dims: s.dims }];
  })));
  return { source: bundle.samples.source, inputs: await read(bundle.samples.inputs), expected: await read(bundle.samples.expected) };
}
