// Opens www/bench.html in headless Chromium (Debian's, via playwright-core)
// and prints the page's paste-to-highlighted figures.
//
//   node scripts/bench-page.mjs            (needs the wasm built: scripts/build-wasm.sh)
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "./static-server.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const server = await serve(repo, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route("**/*", (r) => (new URL(r.request().url()).hostname === "127.0.0.1" ? r.continue() : r.abort()));
  await page.goto(`${server.url}www/bench.html?auto=1`);
  await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000 });
  const res = await page.evaluate(() => window.benchResults);
  if (!res.ok) throw new Error(res.error);
  console.log(res.userAgent);
  console.log("median ms (annotate | render = DOM build | layout = forced style+layout | total = paste to highlighted on screen)");
  console.log("progressive rows: 'head highlighted' total = time to the first highlighted slice (annotate = the head's);");
  console.log("  'full result' total = time until the whole text's annotations replace it (annotate = the whole text's)");
  for (const r of res.rows) {
    const extra = r.worker_round_trip != null ? `  (worker round trip ${r.worker_round_trip})` : "";
    console.log(`${r.case.padEnd(42)} ${String(r.chars).padStart(8)} chars  n=${r.runs}  annotate ${r.annotate}  render ${r.render}  layout ${r.layout}  total ${r.total}${extra}`);
  }
} finally {
  await browser.close();
  await server.close();
}
