// Benchmark of in-place highlighting on a large host page (run by
// scripts/bench-embed.mjs, which prints window.benchResult). Not a test.
//
// The host page: the Wikinews text of tests/fixtures/news.txt repeated to
// `size` bytes of text, one <p> per line, every 9th word in an <a>, every
// 13th in an <em>. Each timing runs on a fresh clone of that DOM:
//   extract      extractText(): one walk, text + node-offset table
//   annotate     annotate() of the extracted text (the wasm core)
//   highlight    applySpans(mode "highlight"): map spans + CSS Highlight ranges
//   wrap         applySpans(mode "wrap"): map spans + wrapper elements
//   markjs       mark.js markRanges() on the same entity ranges (mark.js cannot
//                take overlapping ranges, so the comparison uses entities only,
//                against wrap-entities / highlight-entities)
// "sync" is the call itself (median, and the fastest run: on a shared machine
// the fastest is the least disturbed); "+layout" adds the forced style and
// layout that follow a DOM change (the Highlight API changes none).
import { extractText, applySpans, spansOf, unhighlight } from "../embed/highlight.js";
import { ready, annotate } from "../embed/wasm.js";

const q = new URLSearchParams(location.search);
const SIZE = Number(q.get("size") ?? 1_000_000);
const RUNS = Number(q.get("runs") ?? 5);
const WITH_MARKJS = q.get("markjs") !== "0";
const stage = document.getElementById("stage");

function buildTemplate(source) {
  const lines = source.split("\n").filter((l) => l.trim() !== "");
  const article = document.createElement("article");
  let size = 0, word = 0;
  for (let i = 0; size < SIZE; i = (i + 1) % lines.length) {
    const p = document.createElement("p");
    for (const w of lines[i].split(" ")) {
      word++;
      if (p.childNodes.length > 0) p.append(" ");
      if (word % 9 === 0) {
        const a = document.createElement("a");
        a.href = "#";
        a.textContent = w;
        p.append(a);
      } else if (word % 13 === 0) {
        const em = document.createElement("em");
        em.textContent = w;
        p.append(em);
      } else p.append(w);
    }
    p.normalize();
    article.append(p);
    size += lines[i].length + 1;
  }
  return article;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fresh = (template) => {
  stage.replaceChildren();
  globalThis.gc?.(); // with --js-flags=--expose-gc: no collection of the last copy inside a timing
  const el = template.cloneNode(true);
  stage.replaceChildren(el);
  void document.body.offsetHeight; // lay the untouched page out first
  return el;
};
function timed(template, fn) {
  const sync = [], layout = [];
  for (let r = 0; r < RUNS; r++) {
    const el = fresh(template);
    const t0 = performance.now();
    fn(el);
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    sync.push(t1 - t0);
    layout.push(t2 - t0);
    unhighlight(el);
    stage.replaceChildren();
  }
  return { sync: median(sync), layout: median(layout), min: Math.min(...sync) };
}

/** Converts extracted-text spans to mark.js's offsets (text nodes concatenated, no added "\n"). */
function toRawRanges(table, spans) {
  const raw = [];
  let acc = 0;
  for (let k = 0; k < table.nodes.length; k++) { raw.push(acc); acc += table.ends[k] - table.starts[k]; }
  const find = (x) => { // first node whose end > x
    let lo = 0, hi = table.nodes.length;
    while (lo < hi) { const m = (lo + hi) >>> 1; if (table.ends[m] <= x) lo = m + 1; else hi = m; }
    return lo;
  };
  const at = (x) => { const k = find(x); return k < table.nodes.length ? raw[k] + Math.max(0, x - table.starts[k]) : acc; };
  return spans.map((s) => { const a = at(s.start), b = at(s.end - 1) + 1; return { start: a, length: b - a }; });
}

async function main() {
  await ready();
  const source = await (await fetch("../../tests/fixtures/news.txt")).text();
  const template = buildTemplate(source);
  let el = fresh(template);

  const tx = [];
  let table;
  for (let r = 0; r < RUNS; r++) { const t0 = performance.now(); table = extractText(el); tx.push(performance.now() - t0); }
  const ta = [];
  let annotations;
  for (let r = 0; r < Math.min(RUNS, 3); r++) { const t0 = performance.now(); annotations = annotate(table.text); ta.push(performance.now() - t0); }
  const all = spansOf(annotations);
  const entities = all.filter((s) => s.type === "entity");

  // applySpans re-extracts when not given a table: include that, it is part of the job
  const result = {
    textUnits: table.text.length, elements: template.querySelectorAll("*").length, textNodes: table.nodes.length,
    spans: all.length, entitySpans: entities.length, runs: RUNS,
    extract: median(tx), annotate: median(ta), extractMin: Math.min(...tx), annotateMin: Math.min(...ta),
    highlight: timed(template, (e) => applySpans(e, all, { mode: "highlight" })),
    wrap: timed(template, (e) => applySpans(e, all, { mode: "wrap" })),
    highlightEntities: timed(template, (e) => applySpans(e, entities, { mode: "highlight" })),
    wrapEntities: timed(template, (e) => applySpans(e, entities, { mode: "wrap" })),
  };
  result.endToEnd = {
    highlight: result.annotate + result.highlight.sync,
    wrap: result.annotate + result.wrap.sync,
  };
  if (WITH_MARKJS) {
    const ranges = toRawRanges(table, entities);
    const sync = [], layout = [];
    let marked = 0;
    for (let r = 0; r < Math.min(RUNS, 3); r++) {
      el = fresh(template);
      const t0 = performance.now();
      new Mark(el).markRanges(ranges.map((x) => ({ ...x })), { done: (n) => { marked = n; } });
      const t1 = performance.now();
      void document.body.offsetHeight;
      sync.push(t1 - t0);
      layout.push(performance.now() - t0);
    }
    result.markjs = { sync: median(sync), layout: median(layout), min: Math.min(...sync), marked };
  }
  stage.replaceChildren();
  document.getElementById("out").textContent = JSON.stringify(result, null, 2);
  window.benchResult = result;
}

main().catch((e) => { window.benchResult = { error: String(e && e.stack || e) }; });
