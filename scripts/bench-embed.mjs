// Prints the in-place highlighting benchmark (www/examples/bench-embed.html,
// run in headless Debian Chromium) and the gzipped size of what a site
// downloads for each way in. Needs `bash scripts/build-wasm.sh` and `npm ci`.
//
//   node scripts/bench-embed.mjs [--size BYTES] [--runs N] [--no-markjs]
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { start, REPO } from "../tests/e2e/harness.mjs";

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const size = arg("--size", "1000000"), runs = arg("--runs", "5");
const markjs = process.argv.includes("--no-markjs") ? "0" : "1";

const h = await start();
try {
  const page = await h.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${h.url}www/examples/bench-embed.html?size=${size}&runs=${runs}&markjs=${markjs}`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 30 * 60_000, polling: 500 });
  const r = await page.evaluate(() => window.benchResult);
  if (r.error) throw new Error(r.error);
  const ms = (x) => `${x.toFixed(1)} ms`;
  const row = (name, t) => console.log(`  ${name.padEnd(34)} ${ms(t.sync).padStart(10)} ${ms(t.layout).padStart(12)}`);
  console.log(`host page: ${r.textUnits} UTF-16 units of text, ${r.elements} elements, ${r.textNodes} text nodes; ` +
    `${r.spans} spans (${r.entitySpans} entities); median of ${r.runs} runs (mark.js: of ${Math.min(r.runs, 3)})`);
  console.log(`  ${"extractText (one walk)".padEnd(34)} ${ms(r.extract).padStart(10)}`);
  console.log(`  ${"annotate (wasm core)".padEnd(34)} ${ms(r.annotate).padStart(10)}`);
  console.log(`  ${"".padEnd(34)} ${"sync".padStart(10)} ${"+layout".padStart(12)}`);
  row("highlight mode, all spans", r.highlight);
  row("wrap mode, all spans", r.wrap);
  row("highlight mode, entities only", r.highlightEntities);
  row("wrap mode, entities only", r.wrapEntities);
  if (r.markjs) row(`mark.js markRanges, entities (${r.markjs.marked} marks)`, r.markjs);
  console.log(`  end to end (annotate + apply): highlight ${ms(r.endToEnd.highlight)}, wrap ${ms(r.endToEnd.wrap)}`);
  if (h.offsite.length) throw new Error(`requests left 127.0.0.1: ${h.offsite}`);
} finally {
  await h.close();
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
