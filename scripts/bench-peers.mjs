// newsmark against its peer, compromise (14.17.0, a devDependency), in one
// headless Chromium (Debian's, via playwright-core), calls interleaved so
// that a machine's drift hits both alike. Prints medians and ratios
// (compromise ÷ newsmark: above 1, newsmark is faster).
//
//   node scripts/bench-peers.mjs [--quick] [--cold]   (needs the wasm built: scripts/build-wasm.sh)
//
// Cases:
//   cold start  a fresh browser context per run (nothing cached): import the
//               module, init, then the first call on the sample article.
//               newsmark is timed twice: its entry (init() warms the
//               instance, issue 15) and the raw wasm-bindgen glue (no warm:
//               the first annotate() decodes the weights).
//   seed        the sample article (www/sample.txt), per call, warm.
//   1 MB        tests/fixtures/news.txt repeated to 1 MiB, per call, warm.
// What each does: newsmark annotate(text) (entities, groups, roles, quotes
// with speakers); compromise nlp(text) then people(), places(),
// organizations() and quotations() as arrays — the nearest it has to the
// same output.
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "./static-server.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const coldOnly = process.argv.includes("--cold"); // only the cold start
const RUNS = quick
  ? { cold: 3, seedRounds: 3, seedPerRound: 5, bigRounds: 1 }
  : { cold: 7, seedRounds: 9, seedPerRound: 11, bigRounds: 3 };

const seed = await readFile(join(repo, "www", "sample.txt"), "utf8");
const news = await readFile(join(repo, "tests", "fixtures", "news.txt"), "utf8");
let big = "";
while (big.length < 1 << 20) big += `${news}\n`;

const server = await serve(repo, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const BLANK = `${server.url}__bench_peers__.html`; // served by the route below, not a file

/** A fresh page on the server's origin, in a fresh context when `fresh` (no caches). */
async function openPage(context) {
  const page = await context.newPage();
  await page.route("**/*", (r) => {
    const url = r.request().url();
    if (url === BLANK) return r.fulfill({ contentType: "text/html", body: "<!doctype html><title>peers</title>" });
    return new URL(url).hostname === "127.0.0.1" ? r.continue() : r.abort();
  });
  await page.goto(BLANK);
  return page;
}

/** In the page: what loading and the first call cost, for one library. */
const COLD = {
  newsmark: async ({ text }) => {
    const t0 = performance.now();
    const m = await import("/pkg/newsmark.js");
    await m.default();
    const t1 = performance.now();
    m.annotate(text);
    const t2 = performance.now();
    return { load: t1 - t0, first: t2 - t1 };
  },
  "newsmark, raw glue (no warm)": async ({ text }) => {
    const t0 = performance.now();
    const m = await import("/pkg/newsmark_raw.js");
    await m.default();
    const t1 = performance.now();
    m.annotate(text);
    const t2 = performance.now();
    return { load: t1 - t0, first: t2 - t1 };
  },
  compromise: async ({ text }) => {
    const t0 = performance.now();
    const nlp = (await import("/node_modules/compromise/builds/three/compromise-three.mjs")).default;
    const t1 = performance.now();
    const doc = nlp(text);
    doc.people().out("array"); doc.places().out("array");
    doc.organizations().out("array"); doc.quotations().out("array");
    const t2 = performance.now();
    return { load: t1 - t0, first: t2 - t1 };
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

try {
  const version = browser.version();
  console.log(`Chromium ${version}; newsmark (release wasm) vs compromise 14.17.0; medians in ms`);

  // cold start: each library in turn, each run in a fresh context
  const cold = Object.fromEntries(Object.keys(COLD).map((k) => [k, []]));
  for (let r = 0; r < RUNS.cold; r++) {
    for (const [name, fn] of Object.entries(COLD)) {
      const context = await browser.newContext();
      const page = await openPage(context);
      cold[name].push(await page.evaluate(fn, { text: seed }));
      await context.close();
    }
  }
  console.log(`\ncold start, sample article (${seed.length} chars), ${RUNS.cold} fresh contexts each:`);
  console.log(`${"".padEnd(30)} ${"import+init".padStart(12)} ${"first call".padStart(11)} ${"both".padStart(8)}`);
  const coldBoth = {};
  for (const [name, rows] of Object.entries(cold)) {
    coldBoth[name] = median(rows.map((x) => x.load + x.first));
    console.log(`${name.padEnd(30)} ${fmt(median(rows.map((x) => x.load))).padStart(12)} ${fmt(median(rows.map((x) => x.first))).padStart(11)} ${fmt(coldBoth[name]).padStart(8)}`);
  }

  if (!coldOnly) {
    // warm: both libraries in one page, rounds interleaved
    const context = await browser.newContext();
    const page = await openPage(context);
    await page.evaluate(async () => {
      const m = await import("/pkg/newsmark.js");
      await m.default();
      const nlp = (await import("/node_modules/compromise/builds/three/compromise-three.mjs")).default;
      const run = {
        newsmark: (t) => m.annotate(t),
        compromise: (t) => {
          const doc = nlp(t);
          doc.people().out("array"); doc.places().out("array");
          doc.organizations().out("array"); doc.quotations().out("array");
        },
      };
      // per-call times of `calls` calls of library `lib` on window.texts[key]
      window.timeCalls = (lib, key, calls) => {
        const t = window.texts[key];
        const out = [];
        for (let k = 0; k < calls; k++) {
          const t0 = performance.now();
          run[lib](t);
          out.push(performance.now() - t0);
        }
        return out;
      };
      window.texts = {};
      run.compromise("Warm up."); // compromise's first call builds its lexicon
    });
    await page.evaluate(({ seed, big }) => { window.texts.seed = seed; window.texts.big = big; }, { seed, big });
    const warm = async (key, rounds, perRound) => {
      const t = { newsmark: [], compromise: [] };
      for (let r = 0; r < rounds; r++) {
        // the first call of each round is not counted (it may pay for a GC of the other's garbage)
        for (const lib of r % 2 ? ["compromise", "newsmark"] : ["newsmark", "compromise"]) {
          t[lib].push(...(await page.evaluate(([lib, key, n]) => window.timeCalls(lib, key, n), [lib, key, perRound + 1])).slice(1));
        }
      }
      return t;
    };
    const rows = [
      ["sample article", seed.length, await warm("seed", RUNS.seedRounds, RUNS.seedPerRound)],
      ["1 MB news", big.length, await warm("big", RUNS.bigRounds, 1)],
    ];
    await context.close();
    console.log("\nwarm, per call (interleaved rounds):");
    console.log(`${"".padEnd(16)} ${"chars".padStart(9)} ${"calls".padStart(6)} ${"newsmark".padStart(9)} ${"compromise".padStart(11)} ${"ratio".padStart(6)}`);
    for (const [name, chars, t] of rows) {
      const a = median(t.newsmark);
      const b = median(t.compromise);
      console.log(`${name.padEnd(16)} ${String(chars).padStart(9)} ${String(t.newsmark.length).padStart(6)} ${fmt(a).padStart(9)} ${fmt(b).padStart(11)} ${(b / a).toFixed(1).padStart(5)}×`);
    }
  }
  const nm = coldBoth.newsmark;
  console.log(`\ncold start ratios: compromise ÷ newsmark ${(coldBoth.compromise / nm).toFixed(1)}×; raw glue ÷ entry ${(coldBoth["newsmark, raw glue (no warm)"] / nm).toFixed(2)}× (import+init+first call)`);
} finally {
  await browser.close();
  await server.close();
}
