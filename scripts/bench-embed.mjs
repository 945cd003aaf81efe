// Prints the in-place highlighting benchmark (www/examples/bench-embed.html,
// run in headless Debian Chromium), the live-page benchmark (paragraphs
// appended one at a time to a highlighted page: the time per append must not
// grow with the page) and the gzipped size of what a site downloads for each
// way in. Needs `bash scripts/build-wasm.sh` and `npm ci`.
//
//   node scripts/bench-embed.mjs [--size BYTES] [--runs N] [--no-markjs] [--appends N] [--live-only]
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const REPO = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const size = arg("--size", "1000000"), runs = arg("--runs", "5");
const markjs = process.argv.includes("--no-markjs") ? "0" : "1";
const appends = arg("--appends", "100"), liveOnly = process.argv.includes("--live-only");

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
  const run = async (query) => {
    const page = await context.newPage();
    await page.goto(`${server.url}www/examples/bench-embed.html?${query}`);
    await page.waitForFunction(() => window.benchResult, null, { timeout: 30 * 60_000, polling: 500 });
    const result = await page.evaluate(() => window.benchResult);
    await page.close();
    if (result.error) throw new Error(result.error);
    return result;
  };
  const ms = (x) => `${x.toFixed(1)} ms`;
  const r = liveOnly ? null : await run(`size=${size}&runs=${runs}&markjs=${markjs}`);
  if (r !== null) {
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
  }

  // A live page: paragraphs appended one at a time to a highlighted page.
  const { live: l } = await run(`size=${size}&live=${appends}`);
  const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
  console.log(`\nlive page: ${l.appends} paragraphs appended one at a time, each timed from the append to its newsmark:annotated event`);
  console.log(`  ${`large page (${l.large.units} units)`.padEnd(34)} first highlight ${ms(l.large.first)}; per append: median ${ms(l.large.median)}, ` +
    `first 10 ${ms(l.large.first10)}, last 10 ${ms(l.large.last10)} (last/first ${ratio(l.large.last10, l.large.first10)})`);
  console.log(`  ${`small page (${l.small.units} units)`.padEnd(34)} first highlight ${ms(l.small.first)}; per append: median ${ms(l.small.median)}`);
  console.log(`  per append, large page / small page: ${ratio(l.large.median, l.small.median)} ` +
    `(the page is ${(l.large.units / l.small.units).toFixed(0)}x larger)`);
  console.log(`  per append until the next frame is drawn: large ${ms(l.large.framed)}, small ${ms(l.small.framed)} ` +
    `(a frame is 16.7 ms); large page not observed (newsmark does nothing): ${ms(l.largeStatic.framed)}`);
  console.log(`  large page with incremental: false (whole text each time): first highlight ${ms(l.largeWhole.first)}; median ${ms(l.largeWhole.median)} per append ` +
    `over ${l.largeWhole.appends}, ${ratio(l.largeWhole.median, l.large.median)} the per-block time`);
  if (offsite.length) throw new Error(`requests left 127.0.0.1: ${offsite}`);
} finally {
  await browser.close();
  await server.close();
}

// What a site downloads, each file gzipped (-9) as a server would send it.
const gz = async (f) => gzipSync(await readFile(join(REPO, f)), { level: 9 }).length;
// Each set is every file its entry module loads (found.js only with a list).
const core = ["www/pkg/newsmark_bg.wasm", "www/pkg/newsmark.js", "www/pkg/newsmark_raw.js", "www/embed/wasm.js", "www/embed/text.js", "www/embed/marks.js"];
const inPlace = [...core, "www/embed/live.js", "www/embed/highlight.js"];
const sets = {
  "highlight / drop-in": [...inPlace, "www/embed/dropin.js"],
  "  + list of what was found": ["www/embed/found.js"],
  "<newsmark-article>": [...core, "www/embed/element.js", "www/render.js", "www/newsmark.css"],
};
console.log("\ngzipped download (gzip -9 per file):");
for (const [name, files] of Object.entries(sets)) {
  const sizes = await Promise.all(files.map(gz));
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`  ${name}: ${(total / 1024).toFixed(1)} KiB = ` + files.map((f, i) => `${f.split("/").pop()} ${sizes[i]}`).join(" + "));
}
