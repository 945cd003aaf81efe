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
//
// With ?live=N instead: a live page. highlight() (Highlight-API mode,
// observed) on the 1 MB page and on a 10 KB page, then N paragraphs appended
// one at a time (each new: "Update k: " and a line of the fixture); each
// append is timed from the append to its `newsmark:annotated` event (the
// observer's turn: read, annotate, ranges), and to the end of the next frame.
// Then the same on the 1 MB page with `incremental: false`, which
// re-annotates the whole text each time, and with `observe: false`: the
// frame after an append when newsmark does nothing (the browser's own cost
// of a page carrying that many highlight ranges).
import { extractText, applySpans, spansOf, unhighlight, highlight } from "../embed/highlight.js";
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

/** A paragraph like the template's, with a text no block of the page has. */
function paragraph(line, k) {
  const p = document.createElement("p");
  const words = `Update ${k}: ${line}`.split(" ");
  words.forEach((w, i) => {
    if (i > 0) p.append(" ");
    if (i % 9 === 8) {
      const a = document.createElement("a");
      a.href = "#";
      a.textContent = w;
      p.append(a);
    } else p.append(w);
  });
  p.normalize();
  return p;
}

/**
 * Appends `n` paragraphs to the highlighted `el` one at a time: the time of
 * each from the append to its event, and to the end of the next frame drawn
 * after it (which paints the new highlights).
 */
async function appendEach(el, lines, n, from, observed) {
  const times = [], framed = [];
  for (let k = 0; k < n; k++) {
    const p = paragraph(lines[(from + k) % lines.length], k + 1);
    const done = !observed ? Promise.resolve() : new Promise((ok, fail) => {
      el.addEventListener("newsmark:annotated", ok, { once: true });
      el.addEventListener("newsmark:error", (e) => fail(e.detail.error), { once: true });
    });
    const t0 = performance.now();
    el.append(p);
    await done;
    times.push(performance.now() - t0);
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    framed.push(performance.now() - t0);
  }
  return { times, framed };
}

async function live(template, lines, n) {
  const small = document.createElement("article");
  for (const p of template.children) {
    if (small.textContent.length > 10_000) break;
    small.append(p.cloneNode(true));
  }
  const out = {};
  for (const [name, tpl, options, count] of [
    ["small", small, {}, n], ["large", template, {}, n], ["largeWhole", template, { incremental: false }, Math.min(n, 5)],
    // the same highlights, not observed: what the browser alone spends on a frame after an append
    ["largeStatic", template, { observe: false }, Math.min(n, 10)],
  ]) {
    const el = fresh(tpl);
    const t0 = performance.now();
    await highlight(el, options);
    const first = performance.now() - t0;
    const { times, framed } = await appendEach(el, lines, count, 7, options.observe !== false);
    unhighlight(el);
    stage.replaceChildren();
    out[name] = { units: extractText(tpl).text.length, first, times, framed };
  }
  const head = (xs) => median(xs.slice(0, 10)), tail = (xs) => median(xs.slice(-10));
  return {
    appends: n,
    small: { units: out.small.units, first: out.small.first, median: median(out.small.times), framed: median(out.small.framed) },
    large: {
      units: out.large.units, first: out.large.first, median: median(out.large.times),
      first10: head(out.large.times), last10: tail(out.large.times), times: out.large.times,
      framed: median(out.large.framed),
    },
    largeWhole: { first: out.largeWhole.first, median: median(out.largeWhole.times), appends: out.largeWhole.times.length },
    largeStatic: { framed: median(out.largeStatic.framed), appends: out.largeStatic.framed.length },
  };
}

async function main() {
  await ready();
  const source = await (await fetch("../../tests/fixtures/news.txt")).text();
  const LIVE = Number(q.get("live") ?? 0);
  if (LIVE > 0) {
    const lines = source.split("\n").filter((l) => l.trim() !== "");
    const result = { live: await live(buildTemplate(source), lines, LIVE) };
    document.getElementById("out").textContent = JSON.stringify(result, null, 2);
    window.benchResult = result;
    return;
  }
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
