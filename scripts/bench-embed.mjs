// Prints the in-place highlighting benchmark (www/examples/bench-embed.html,
// run in headless Debian Chromium) and the gzipped size of what a site
// downloads for each way in. Needs `bash scripts/build-wasm.sh` and `npm ci`.
//
//   node scripts/bench-embed.mjs [--size BYTES] [--runs N] [--no-markjs]
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const REPO = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const size = arg("--size", "1000000"), runs = arg("--runs", "5");
const markjs = process.argv.includes("--no-markjs") ? "0" : "1";

// The test harness's browser, plus --expose-gc so the page can collect
// garbage between timings instead of inside them.
const server = await serve(REPO, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"],
});
const offsite = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === "data:" || u.hostname === "127.0.0.1") return route.continue();
    offsite.push(u.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${server.url}www/examples/bench-embed.html?size=${size}&runs=${runs}&markjs=${markjs}`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 30 * 60_000, polling: 500 });
  const r = await page.evaluate(() => window.benchResult);
  if (r.error) throw new Error(r.error);
  const ms = (x) => `${x.toFixed(1)} ms`;
  const row = (name, t) => console.log(`  ${name.padEnd(34)} ${ms(t.sync).padStart(10)} ${ms(t.min).padStart(10)} ${ms(t.layout).padStart(12)}`);
  console.log(`host page: ${r.textUnits} UTF-16 units of text, ${r.elements} elements, ${r.textNodes} text nodes; ` +
    `${r.spans} spans (${r.entitySpans} entities); median of ${r.runs} runs (mark.js: of ${Math.min(r.runs, 3)})`);
  console.log(`  ${"".padEnd(34)} ${"median".padStart(10)} ${"fastest".padStart(10)} ${"+layout".padStart(12)}`);
  console.log(`  ${"extractText (one walk)".padEnd(34)} ${ms(r.extract).padStart(10)} ${ms(r.extractMin).padStart(10)}`);
  console.log(`  ${"annotate (wasm core)".padEnd(34)} ${ms(r.annotate).padStart(10)} ${ms(r.annotateMin).padStart(10)}`);
  row("highlight mode, all spans", r.highlight);
  row("wrap mode, all spans", r.wrap);
  row("highlight mode, entities only", r.highlightEntities);
  row("wrap mode, entities only", r.wrapEntities);
  if (r.markjs) row(`mark.js markRanges, entities (${r.markjs.marked} marks)`, r.markjs);
  console.log(`  end to end (annotate + apply): highlight ${ms(r.endToEnd.highlight)}, wrap ${ms(r.endToEnd.wrap)}`);
  if (offsite.length) throw new Error(`requests left 127.0.0.1: ${offsite}`);
} finally {
  await browser.close();
  await server.close();
}

// What a site downloads, each file gzipped (-9) as a server would send it.
const gz = async (f) => gzipSync(await readFile(join(REPO, f)), { level: 9 }).length;
const sets = {
  "highlight / drop-in": ["www/pkg/newsmark_bg.wasm", "www/pkg/newsmark.js", "www/embed/wasm.js", "www/embed/highlight.js", "www/embed/dropin.js"],
  "<newsmark-article>": ["www/pkg/newsmark_bg.wasm", "www/pkg/newsmark.js", "www/embed/wasm.js", "www/embed/highlight.js", "www/embed/element.js", "www/render.js", "www/newsmark.css"],
};
console.log("\ngzipped download (gzip -9 per file):");
for (const [name, files] of Object.entries(sets)) {
  const sizes = await Promise.all(files.map(gz));
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`  ${name}: ${(total / 1024).toFixed(1)} KiB = ` + files.map((f, i) => `${f.split("/").pop()} ${sizes[i]}`).join(" + "));
}
