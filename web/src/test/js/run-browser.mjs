// Opens a tcc bundle's demo page in headless Chromium: node run-browser.mjs PAGE_URL [PAGE_URL ...]
// Each URL is loaded in turn in one browser profile (so a second load sees the first one's Cache Storage); prints
// one JSON line per page: the page's window.tccDemo ({ outputs, timings, weightBytesDownloaded, error }).
// Chromium is Debian's /usr/bin/chromium (CHROMIUM overrides); flags as in RUNTIMES.md section 5.4.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const profile = mkdtempSync(join(tmpdir(), 'tcc-chromium-'));
const args = ['--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic'];
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args,
});
let failed = false;
try {
  for (const url of process.argv.slice(2)) {
    const page = await context.newPage();
    const console_ = [];
    page.on('console', m => console_.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', e => console_.push(`pageerror: ${e.message}`));
    await page.goto(url);
    // Chromium compiles WGSL on the CPU here (SwiftShader or lavapipe): mobilenet's register-blocked GEMM kernels
    // take minutes to build, so the page gets most of the caller's time limit (540 s in WebBundleTest).
    await page.waitForFunction(() => window.tccDemo?.done === true, null, { timeout: 500_000 });
    const result = await page.evaluate(() => window.tccDemo);
    if (result.error) { result.console = console_; failed = true; }
    console.log(JSON.stringify(result));
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
