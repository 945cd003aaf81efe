// The benchmark page (bench.html): paste-to-highlighted time for the sample
// article and for 1 MB of news text, annotate and render measured apart,
// median of N runs. Results also land in window.benchResults (JSON) for
// scripts/bench-page.mjs. Open bench.html?auto=1 to run on load.
import init, { annotate } from "./pkg/newsmark.js";
import { buildFragment, renderArticle } from "./render.js";

const $ = (id) => document.getElementById(id);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function text(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** News-like text of at least `size` characters: the GUM Wikinews fixture when served from the repository, else the sample. */
async function newsText(size) {
  let base;
  try { base = await text("../tests/fixtures/news.txt"); } catch { base = await text("sample.txt"); }
  let out = "";
  while (out.length < size) out += `${base}\n`;
  return out;
}

/** One paste-to-highlighted run, all on the main thread. */
function once(stage, t) {
  const t0 = performance.now();
  const a = annotate(t);
  const t1 = performance.now();
  renderArticle(stage, t, a);
  const t2 = performance.now();
  void stage.offsetHeight; // style and layout, as the next frame would do
  const t3 = performance.now();
  return { annotate: t1 - t0, render: t2 - t1, layout: t3 - t2, total: t3 - t0 };
}

async function measure(name, t, runs) {
  const stage = $("stage");
  const all = [];
  once(stage, t); // warm-up
  for (let k = 0; k < runs; k++) {
    stage.replaceChildren();
    await frame();
    all.push(once(stage, t));
  }
  const row = { case: name, chars: t.length, runs };
  for (const key of ["annotate", "render", "layout", "total"]) row[key] = round(median(all.map((r) => r[key])));
  return row;
}

const unpack = (data) => {
  const p = data.annotations.entities;
  const entities = new Array(p.length / 4);
  for (let i = 0; i < entities.length; i++) entities[i] = { start: p[4 * i], end: p[4 * i + 1], label: data.labels[p[4 * i + 2]], id: p[4 * i + 3] };
  return { ...data.annotations, entities };
};

/**
 * The page's progressive path for a long text, as app.js runs it: the worker
 * first posts annotate() of the text's head (32–64 Ki characters), which is
 * rendered at once — the first highlighted slice — then annotate() of the
 * whole text, whose first slice replaces the head. Two rows: time to the
 * first highlighted slice (the head), and time to the first slice of the
 * full result.
 */
async function progressive(t, runs) {
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  // resolves when the full result is in; onHead(data) is called for the head message
  const ask = (id, onHead) => new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (!data.ok) return reject(new Error(data.error));
      if (data.partial) return onHead?.(data);
      resolve(data);
    };
    worker.postMessage({ id, text: t });
  });
  await ask(0); // warm-up (loads the wasm in the worker)
  const heads = [];
  const fulls = [];
  const stage = $("stage");
  for (let k = 0; k < runs; k++) {
    stage.replaceChildren();
    await frame();
    let head = null;
    const t0 = performance.now();
    const data = await ask(k + 1, (h) => {
      const t1 = performance.now();
      stage.replaceChildren(buildFragment(t, unpack(h), { to: h.head }).fragment);
      const t2 = performance.now();
      void stage.offsetHeight;
      const t3 = performance.now();
      head = { annotate: h.ms, wait: t1 - t0, render: t2 - t1, layout: t3 - t2, total: t3 - t0, chars: h.head };
    });
    const t1 = performance.now();
    const a = unpack(data);
    const to = t.indexOf("\n", 48 * 1024) + 1;
    stage.replaceChildren(buildFragment(t, a, { to }).fragment);
    const t2 = performance.now();
    void stage.offsetHeight;
    const t3 = performance.now();
    if (!head) throw new Error("the worker sent no head for a long text");
    heads.push(head);
    fulls.push({ annotate: data.ms, wait: t1 - t0, render: t2 - t1, layout: t3 - t2, total: t3 - t0 });
  }
  worker.terminate();
  const row = (name, all, chars) => {
    const r = { case: name, chars, runs };
    for (const key of ["annotate", "render", "layout", "total"]) r[key] = round(median(all.map((x) => x[key])));
    r.worker_round_trip = round(median(all.map((x) => x.wait)));
    return r;
  };
  return [
    row(`1 MB, progressive: head highlighted (${heads[0].chars} chars annotated)`, heads, t.length),
    row("1 MB, progressive: full result, first slice", fulls, t.length),
  ];
}

function show(rows) {
  $("rows").replaceChildren(...rows.map((r) => {
    const tr = document.createElement("tr");
    for (const v of [r.case, r.chars.toLocaleString("en"), r.runs, r.annotate, r.render, r.layout, r.total]) {
      const td = document.createElement("td");
      td.textContent = String(v);
      tr.append(td);
    }
    return tr;
  }));
}

async function run() {
  $("run").disabled = true;
  $("state").textContent = "Running…";
  try {
    await init();
    const seed = await text("sample.txt");
    const big = await newsText(1 << 20);
    const rows = [];
    rows.push(await measure("sample article (seed)", seed, 51));
    show(rows);
    rows.push(await measure("1 MB news, all at once", big, 5));
    show(rows);
    rows.push(...(await progressive(big, 5)));
    show(rows);
    $("stage").replaceChildren();
    window.benchResults = { ok: true, rows, userAgent: navigator.userAgent };
    $("state").textContent = "Done.";
  } catch (e) {
    window.benchResults = { ok: false, error: String(e) };
    $("state").textContent = `Failed: ${e}`;
  }
  $("run").disabled = false;
}

$("run").addEventListener("click", run);
if (new URLSearchParams(location.search).has("auto")) run();
