// The reading page: paste or type an article, see it highlighted as you go.
//
// Short texts are annotated on the main thread (a few ms); long ones in a
// module worker (worker.js) and rendered in slices, so the page never
// freezes; the worker sends a long text's head first, shown highlighted
// (data-state "partial") until the whole text's annotations arrive. Pasted text only ever reaches the DOM as text nodes.
import init, { annotate, maxInput, version } from "./pkg/newsmark.js";
import { buildFragment, KINDS, LABELS } from "./render.js";
import { annotationsJson, articleFragmentHtml, articleHtml, webAnnotation } from "./export.js";

/** The largest text this tab takes, in UTF-16 code units: the annotator's own limit. */
const limit = () => (state.ready ? maxInput() : Infinity);
const WORKER_AT = 64 * 1024; // longer texts are annotated in the worker
const SLICE = 48 * 1024; // characters in the first slice of a long text
const BUDGET = 30; // ms of rendering per slice: the next slice is sized to it
const TYPING_DELAY = 150; // ms after the last keystroke (short texts)
const TYPING_DELAY_LONG = 400; // ms after the last keystroke (long texts)
const DRAFT_MAX = 2 * 1024 * 1024; // drafts larger than this are not kept
const DRAFT_KEY = "newsmark:draft";
const THEME_KEY = "newsmark:theme";
const PANEL_MAX = 150; // entries shown per group in the panels

const $ = (id) => document.getElementById(id);
const els = {
  editor: $("editor"), article: $("article"), legend: $("legend"), status: $("status"),
  progress: $("progress"), error: $("error"), entities: $("entities"), quotes: $("quotes"),
  diagnostics: $("diagnostics"), file: $("file"), drop: $("drop"), theme: $("theme"),
};

const tip = makeTip(); // the article's one floating tooltip
let tipFor = null; // the highlight it describes

const state = {
  text: "", // the text the article shows
  ann: null, // its annotations
  mentions: [], quotes: [], // first element of each, by annotation index
  hidden: new Set(),
  gen: 0, // bumped on every new request; stale work checks it and stops
  selected: null, // { id, list: Element[], step }
  ready: false,
  source: "", // where the text came from, for the status line
  timer: 0, draftTimer: 0,
  worker: null, workerBusy: false, workerBroken: false,
  partial: false, // the article shows only the head of a long text, annotated alone, while the whole is annotated
};

const fmt = new Intl.NumberFormat("en");
const plural = (n, one, many = `${one}s`) => `${fmt.format(n)} ${n === 1 ? one : many}`;
// Yield to the event loop between slices of work: a message-channel task
// lets input, timers and rendering in without waiting for the next frame.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () => new Promise((r) => { waiting.push(r); channel.port2.postMessage(0); });

// ---- start-up --------------------------------------------------------------

setupTheme();
wire();
try {
  await init();
  state.ready = true;
  $("version").textContent = version();
  document.documentElement.dataset.ready = "1";
} catch (e) {
  showError(`The annotator (WebAssembly) could not start in this browser: ${e.message ?? e}. Your text is safe in the box above.`);
}
restoreDraft();
if (els.editor.value) schedule(0);

// ---- input -------------------------------------------------------------------

function wire() {
  els.editor.addEventListener("input", (e) => {
    state.source = "";
    const long = els.editor.value.length > WORKER_AT;
    const pasted = e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop";
    if (pasted && long) {
      // start the worker now, so it annotates the head while the browser lays out the pasted text
      clearTimeout(state.timer);
      run();
    } else schedule(pasted ? 0 : long ? TYPING_DELAY_LONG : TYPING_DELAY);
    saveDraftSoon();
  });
  els.editor.addEventListener("paste", (e) => {
    const incoming = e.clipboardData?.getData("text/plain") ?? "";
    const { selectionStart: a, selectionEnd: b, value } = els.editor;
    if (value.length - (b - a) + incoming.length > limit()) {
      e.preventDefault();
      showError(`That paste is ${megabytes(incoming.length)}; this page annotates up to ${megabytes(limit())} of text in one tab. Paste a shorter part. Nothing in the box was changed.`);
    }
  });
  $("sample").addEventListener("click", loadSample);
  $("clear").addEventListener("click", () => {
    els.editor.value = "";
    state.source = "";
    saveDraftSoon();
    schedule(0);
    els.editor.focus();
  });
  els.file.addEventListener("change", () => {
    if (els.file.files?.[0]) openFile(els.file.files[0]);
    els.file.value = "";
  });
  let depth = 0;
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    depth += 1;
    els.drop.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) els.drop.hidden = true;
  });
  window.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  window.addEventListener("drop", (e) => {
    depth = 0;
    els.drop.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (!file) return; // a text drag into the textarea: the input event handles it
    e.preventDefault();
    openFile(file);
  });

  els.article.addEventListener("click", (e) => {
    const ent = e.target.closest?.(".nm-ent");
    if (ent) return activateMention(ent);
    const q = e.target.closest?.(".nm-quote");
    if (q) markQuote(Number(q.dataset.i), false);
  });
  els.article.addEventListener("keydown", (e) => {
    const ent = e.target.closest?.(".nm-ent");
    if (ent && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      activateMention(ent);
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (!tip.hidden) return hideTip();
    if (state.selected) clearSelection(true);
  });
  // One floating tooltip for the article (newsmark.css's own ::after
  // tooltips would be clipped by the paragraphs' content-visibility).
  els.article.addEventListener("mouseover", (e) => showTip(tipTarget(e.target)));
  els.article.addEventListener("mouseout", (e) => {
    if (!tipTarget(e.relatedTarget)) hideTip();
    else showTip(tipTarget(e.relatedTarget));
  });
  els.article.addEventListener("focusin", (e) => showTip(tipTarget(e.target)));
  els.article.addEventListener("focusout", () => hideTip());
  let moved = 0; // keep the tooltip beside its highlight while the page scrolls
  window.addEventListener("scroll", () => {
    if (tipFor && !moved) moved = requestAnimationFrame(() => { moved = 0; if (tipFor) showTip(tipFor); });
  }, { capture: true, passive: true });
  $("export-json").addEventListener("click", () => {
    download("newsmark-annotations.json", "application/json", annotationsJson(state.text, state.ann, version()));
    say("Saved the annotations as JSON (offsets in UTF-16 code units).");
  });
  $("export-wa").addEventListener("click", () => {
    const doc = webAnnotation(state.text, state.ann, version());
    download("newsmark-annotations.jsonld", "application/ld+json", JSON.stringify(doc, null, 1));
    say(`Saved ${plural(doc.total, "Web Annotation")} (JSON-LD; positions in code points).`);
  });
  $("copy-html").addEventListener("click", copyHtml);
}

function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(run, delay);
}

async function loadSample() {
  try {
    const res = await fetch("sample.txt");
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (els.editor.value && els.editor.value !== text) keepPrevious();
    els.editor.value = text;
    state.source = "The sample: ";
    saveDraftSoon();
    schedule(0);
  } catch (e) {
    showError(`The sample could not be loaded (${e.message}). Paste an article instead.`);
  }
}

// Text about to be replaced (by the sample or a file) is kept in the
// session store, under newsmark:draft:previous, rather than lost.
function keepPrevious() {
  try {
    if (els.editor.value.length <= DRAFT_MAX) sessionStorage.setItem(`${DRAFT_KEY}:previous`, els.editor.value);
  } catch { /* storage full or disabled */ }
}

async function openFile(file) {
  hideError();
  const name = file.name || "the file";
  // UTF-8 takes at most 3 bytes per UTF-16 unit (and a mark): a larger file cannot fit
  if (file.size > 3 * limit() + 3) {
    return showError(`“${name}” is ${megabytes(file.size)}; this page annotates up to ${megabytes(limit())} of text in one tab. Split the file and open one part at a time.`);
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return showError(`“${name}” could not be read (${e.message}).`);
  }
  const result = decodeText(bytes);
  if (result.error) return showError(`“${name}” ${result.error} Your text in the box was not changed.`);
  if (result.text.length > limit()) {
    return showError(`“${name}” holds ${megabytes(result.text.length)} of text; this page annotates up to ${megabytes(limit())} of text in one tab. Split the file and open one part at a time.`);
  }
  if (els.editor.value) keepPrevious();
  els.editor.value = result.text;
  saveDraftSoon();
  state.source = `“${name}”: `;
  say(`Opened “${name}”.`);
  schedule(0);
}

/**
 * Decodes a file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with
 * a BOM. Returns `{ text }` or `{ error }` with a sentence for people.
 */
export function decodeText(bytes) {
  const kind = binaryKind(bytes);
  if (kind) return { error: `is not a text file (it looks like ${kind}). Save it as plain text (.txt) and open that.` };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)) };
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { error: "is not UTF-8 text (it may use an older encoding such as Windows-1252). Re-save it as UTF-8 and open it again." };
  }
}

function binaryKind(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a zip archive or a Word/OpenDocument file";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return "an image";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "an old Word or Excel file";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null; // UTF-16 BOM
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return "binary data";
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05 ? "binary data" : null;
}

// ---- annotate and render --------------------------------------------------------

async function run() {
  const text = els.editor.value;
  const gen = ++state.gen;
  if (!state.ready) return;
  if (text.length > limit()) {
    setBusy(false);
    return showError(`This text is ${megabytes(text.length)}; this page annotates up to ${megabytes(limit())} in one tab. It stays in the box, but it is not annotated: shorten it to continue.`);
  }
  hideError();
  if (text === state.text && state.ann && !state.partial) {
    // same text: nothing to annotate, but finish a render that was cut short
    return els.article.dataset.state === "done" ? finish(gen) : repaint(gen);
  }
  if (text.trim() === "") {
    state.partial = false;
    state.text = text;
    state.ann = { entities: [], groups: [], roles: [], quotes: [], diagnostics: [] };
    els.article.replaceChildren();
    state.mentions = [];
    state.quotes = [];
    panels();
    after({ annotateMs: 0, renderMs: 0 }, gen);
    say("Waiting for text.");
    return;
  }
  let ann;
  let annotateMs;
  try {
    if (text.length > WORKER_AT && !state.workerBroken) {
      setBusy(true, `Annotating ${megabytes(text.length)} in the background…`);
      ({ ann, ms: annotateMs } = await annotateInWorker(text, gen, (head, headAnn) => showHead(text, head, headAnn, gen)));
      if (gen !== state.gen) return;
    } else {
      const t0 = performance.now();
      ann = annotate(text);
      annotateMs = performance.now() - t0;
      performance.measure("nm:annotate", { start: t0 });
    }
  } catch (e) {
    if (gen !== state.gen || e?.cancelled) return;
    if (state.partial) {
      // the head stays shown (state.text is the head, so the same text is tried again on the next input)
      state.partial = false;
      finish(gen);
    }
    setBusy(false);
    return showError(`The text could not be annotated: ${e.message ?? e}. It stays in the box.`);
  }
  state.partial = false;
  state.text = text;
  state.ann = ann;
  clearSelection(false);
  panels();
  const renderMs = await paint(gen);
  if (renderMs == null) return;
  after({ annotateMs, renderMs }, gen);
}

/**
 * Shows the head of a long text (its first `head` characters), highlighted
 * with `headAnn` — annotate() of the head alone — while the worker annotates
 * the whole; the article's data-state is "partial" and the progress bar runs
 * on. Synchronous (the head is at most 64 Ki characters), and a no-op once
 * `gen` is stale, so an old text's head never shows.
 */
function showHead(text, head, headAnn, gen) {
  if (gen !== state.gen || els.editor.value !== text) return;
  state.partial = true;
  state.text = text.slice(0, head); // what the article shows, until the whole arrives
  state.ann = headAnn;
  clearSelection(false);
  panels();
  paintHead();
  setBusy(true, `First ${plural(head, "character")} highlighted; annotating all ${megabytes(text.length)} in the background…`);
}

function paintHead() {
  const t0 = performance.now();
  const { fragment, mentions, quotes } = buildFragment(state.text, state.ann, { hidden: state.hidden });
  els.article.classList.add("nm-article");
  els.article.replaceChildren(fragment);
  state.mentions = mentions;
  state.quotes = quotes;
  els.article.dataset.state = "partial";
  performance.measure("nm:head", { start: t0 });
}

function finish(gen) {
  els.article.dataset.gen = String(gen);
  els.article.dataset.chars = String(state.text.length);
  els.article.dataset.state = "done";
}

/** Renders state.text into the article; resolves to the ms spent, or null if superseded. */
async function paint(gen) {
  const { text, ann, hidden } = state;
  const article = els.article;
  article.dataset.state = "rendering";
  article.classList.add("nm-article");
  const t0 = performance.now();
  if (text.length <= SLICE) {
    const { fragment, mentions, quotes } = buildFragment(text, ann, { hidden });
    article.replaceChildren(fragment);
    state.mentions = mentions;
    state.quotes = quotes;
    return performance.now() - t0;
  }
  // Long text: slices cut at line starts, one per task, with progress shown.
  const mentions = new Array(ann.entities.length).fill(null);
  const quotes = new Array(ann.quotes.length).fill(null);
  state.mentions = mentions;
  state.quotes = quotes;
  article.replaceChildren();
  setBusy(true, `Highlighting ${megabytes(text.length)}…`, 0);
  let busy = 0;
  let slice = SLICE;
  for (let from = 0; from < text.length;) {
    // one slice per task, sized so that a task takes about BUDGET ms
    let to = text.indexOf("\n", Math.min(from + slice, text.length - 1));
    to = to === -1 ? text.length : to + 1;
    const s = performance.now();
    const part = buildFragment(text, ann, { hidden, from, to });
    article.append(part.fragment);
    merge(mentions, part.mentions);
    merge(quotes, part.quotes);
    const spent = performance.now() - s;
    busy += spent;
    performance.measure("nm:slice", { start: s });
    slice = Math.round(Math.min(8 * SLICE, Math.max(SLICE / 4, (slice * BUDGET) / Math.max(spent, 1))));
    from = to;
    els.progress.value = from / text.length;
    await nextTask();
    if (gen !== state.gen) return null;
  }
  setBusy(false);
  return busy;
}

function merge(into, part) {
  for (let i = 0; i < part.length; i++) if (part[i]) into[i] = part[i];
}

/** The legend and the side panels, which depend on the annotations only. */
function panels() {
  const t0 = performance.now();
  for (const id of ["export-json", "export-wa", "copy-html"]) $(id).disabled = true;
  buildLegend();
  buildEntities();
  buildQuotes();
  buildDiagnostics();
  performance.measure("nm:panels", { start: t0 });
}

function after({ annotateMs, renderMs }, gen) {
  setBusy(false);
  const a = state.ann;
  for (const id of ["export-json", "export-wa", "copy-html"]) $(id).disabled = !state.text.trim();
  if (state.text.trim()) {
    const direct = a.quotes.filter((q) => q.kind !== "indirect").length;
    say(`${state.source ?? ""}${plural(state.text.length, "character")} annotated in ${ms(annotateMs)}, shown in ${ms(renderMs)} · ` +
      `${plural(a.entities.length, "mention")} of ${plural(a.groups.length, "entity", "entities")} · ` +
      `${plural(direct, "quote")}, ${plural(a.quotes.length - direct, "reported statement")}` +
      (a.diagnostics.length ? ` · ${plural(a.diagnostics.length, "note")}` : ""));
  }
  finish(gen);
}

async function repaint(gen) {
  if (state.partial) {
    // only the head is shown and the whole is on its way: redraw the head, keep waiting
    clearSelection(false);
    paintHead();
    return;
  }
  gen ??= ++state.gen;
  const keep = state.selected;
  clearSelection(false);
  const t = await paint(gen);
  if (t == null) return;
  setBusy(false);
  if (keep) selectEntity(keep.id, { step: false });
  finish(gen);
}

// ---- the worker ------------------------------------------------------------------

/**
 * annotate(text) in the worker; resolves to { ann, ms }. For a long text the
 * worker first sends the head's annotations: `onHead(head, ann)` gets them
 * (only while `gen` is the request being answered).
 */
function annotateInWorker(text, gen, onHead) {
  if (state.worker && state.workerBusy) {
    state.worker.terminate(); // a newer text supersedes the running job
    state.worker.reject?.({ cancelled: true });
    state.worker = null;
  }
  if (!state.worker) {
    try {
      state.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    } catch {
      state.workerBroken = true;
      const t0 = performance.now();
      const ann = annotate(text);
      return Promise.resolve({ ann, ms: performance.now() - t0 });
    }
  }
  const worker = state.worker;
  state.workerBusy = true;
  return new Promise((resolve, reject) => {
    worker.reject = reject;
    worker.onmessage = ({ data }) => {
      if (data.partial) {
        // the head: the job goes on (workerBusy stays true, so a newer text cancels it)
        if (data.id === gen && data.ok) onHead?.(data.head, unpack(data));
        return;
      }
      state.workerBusy = false;
      if (data.id !== gen) return;
      if (!data.ok) return reject(new Error(data.error));
      resolve({ ann: unpack(data), ms: data.ms });
    };
    worker.onerror = (e) => {
      state.workerBusy = false;
      state.workerBroken = true;
      state.worker = null;
      reject(new Error(e.message || "the background annotator failed"));
    };
    worker.postMessage({ id: gen, text });
  });
}

/** The worker's annotations with the packed mentions turned back into objects. */
function unpack(data) {
  const t0 = performance.now();
  const a = data.annotations;
  const packed = a.entities;
  const entities = new Array(packed.length / 4);
  for (let k = 0; k < entities.length; k++) {
    entities[k] = { start: packed[4 * k], end: packed[4 * k + 1], label: data.labels[packed[4 * k + 2]], id: packed[4 * k + 3] };
  }
  a.entities = entities;
  performance.measure("nm:unpack", { start: t0 });
  return a;
}

// ---- legend -------------------------------------------------------------------

function buildLegend() {
  const a = state.ann;
  const counts = new Map();
  for (const m of a.entities) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  const direct = a.quotes.filter((q) => q.kind !== "indirect").length;
  const items = [
    ...Object.keys(LABELS).map((label) => ({ key: label, name: cap(LABELS[label]), n: counts.get(label) ?? 0, label })),
    { key: "quote", name: "Quotes", n: direct, kind: "direct" },
    { key: "indirect", name: "Reported speech", n: a.quotes.length - direct, kind: "indirect" },
  ];
  const buttons = items.map((it) => {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.key = it.key;
    if (it.n === 0) b.dataset.empty = "";
    b.setAttribute("aria-pressed", String(!state.hidden.has(it.key)));
    b.title = `${state.hidden.has(it.key) ? "Show" : "Hide"} ${it.name.toLowerCase()}`;
    const sw = document.createElement(it.label ? "mark" : "span");
    sw.setAttribute("aria-hidden", "true");
    if (it.label) {
      sw.className = "swatch nm-ent";
      sw.dataset.label = it.label;
      sw.textContent = "Aa";
    } else {
      sw.className = "swatch nm-quote";
      sw.dataset.kind = it.kind;
      sw.textContent = it.kind === "indirect" ? "≈" : "“”";
    }
    const name = document.createElement("span");
    name.textContent = it.name;
    const n = document.createElement("span");
    n.className = "n";
    n.textContent = fmt.format(it.n);
    b.append(sw, name, n);
    b.addEventListener("click", () => {
      if (state.hidden.has(it.key)) state.hidden.delete(it.key);
      else state.hidden.add(it.key);
      b.setAttribute("aria-pressed", String(!state.hidden.has(it.key)));
      b.title = `${state.hidden.has(it.key) ? "Show" : "Hide"} ${it.name.toLowerCase()}`;
      say(`${it.name} ${state.hidden.has(it.key) ? "hidden" : "shown"}.`);
      repaint();
    });
    return b;
  });
  els.legend.replaceChildren(...buttons);
}

// ---- panels ---------------------------------------------------------------------

function buildEntities() {
  const a = state.ann;
  const roles = new Map();
  for (const r of a.roles) {
    if (!roles.has(r.person)) roles.set(r.person, []);
    if (!roles.get(r.person).includes(r.role)) roles.get(r.person).push(r.role);
  }
  const out = [];
  for (const label of Object.keys(LABELS)) {
    const groups = a.groups.filter((g) => g.label === label && g.mentions > 0)
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
    if (!groups.length) continue;
    const h = document.createElement("h3");
    const sw = document.createElement("mark");
    sw.className = "swatch nm-ent";
    sw.dataset.label = label;
    sw.setAttribute("aria-hidden", "true");
    sw.textContent = "Aa";
    h.append(sw, `${cap(LABELS[label])} (${fmt.format(groups.length)})`);
    const ul = document.createElement("ul");
    for (const g of groups.slice(0, PANEL_MAX)) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "item";
      b.dataset.id = String(g.id);
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = g.name;
      const n = document.createElement("span");
      n.className = "n";
      n.textContent = `×${fmt.format(g.mentions)}`;
      n.setAttribute("aria-label", plural(g.mentions, "mention"));
      b.append(name, n);
      if (roles.has(g.id)) {
        const role = document.createElement("span");
        role.className = "role";
        role.textContent = roles.get(g.id).join("; ");
        b.append(role);
      }
      b.addEventListener("click", () => selectEntity(g.id, { step: true }));
      li.append(b);
      ul.append(li);
    }
    out.push(h, ul);
    if (groups.length > PANEL_MAX) out.push(note("more", `… and ${fmt.format(groups.length - PANEL_MAX)} more, with fewer mentions.`));
  }
  if (!out.length) out.push(note("empty", state.text.trim() ? "No names, dates or sums found." : "Nothing yet."));
  els.entities.replaceChildren(...out);
  $("entities-count").textContent = a.groups.length ? `(${fmt.format(a.groups.length)})` : "";
}

function buildQuotes() {
  const a = state.ann;
  const bySpeaker = new Map();
  a.quotes.forEach((q, i) => {
    const key = q.speaker_id != null ? `id:${q.speaker_id}` : q.speaker ? `name:${q.speaker}` : "none";
    if (!bySpeaker.has(key)) bySpeaker.set(key, { name: q.speaker ?? "Speaker not named", list: [] });
    bySpeaker.get(key).list.push(i);
  });
  const speakers = [...bySpeaker.values()].sort((x, y) => y.list.length - x.list.length || x.name.localeCompare(y.name));
  const out = [];
  for (const sp of speakers) {
    const h = document.createElement("h3");
    h.textContent = `${sp.name} (${fmt.format(sp.list.length)})`;
    const ul = document.createElement("ul");
    for (const i of sp.list.slice(0, PANEL_MAX)) {
      const q = a.quotes[i];
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "item";
      b.dataset.q = String(i);
      const ex = document.createElement("span");
      ex.className = "excerpt";
      ex.textContent = excerpt(state.text.slice(q.start, q.end), 110);
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = cap(KINDS[q.kind] ?? "quote") + (q.cue ? ` · “${q.cue}”` : "");
      b.append(ex, kind);
      b.addEventListener("click", () => markQuote(i, true));
      li.append(b);
      ul.append(li);
    }
    out.push(h, ul);
    if (sp.list.length > PANEL_MAX) out.push(note("more", `… and ${fmt.format(sp.list.length - PANEL_MAX)} more.`));
  }
  if (!out.length) out.push(note("empty", state.text.trim() ? "No quotes or reported speech found." : "Nothing yet."));
  els.quotes.replaceChildren(...out);
  $("quotes-count").textContent = a.quotes.length ? `(${fmt.format(a.quotes.length)})` : "";
}

function buildDiagnostics() {
  const a = state.ann;
  const out = a.diagnostics.slice(0, PANEL_MAX).map((d) => {
    const box = document.createElement("div");
    box.className = "diag";
    const p = document.createElement("p");
    p.textContent = d.message;
    const code = document.createElement("code");
    code.textContent = `…${state.text.slice(Math.max(0, d.start - 30), Math.min(state.text.length, d.end + 30))}…`;
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = "Show in the editor";
    b.addEventListener("click", () => {
      els.editor.focus();
      els.editor.setSelectionRange(d.start, Math.max(d.end, d.start + 1));
    });
    const row = document.createElement("p");
    row.append(code);
    box.append(p, row, b);
    return box;
  });
  if (!out.length) out.push(note("empty", state.text.trim() ? "Nothing to report: the quote marks are balanced." : "Nothing yet."));
  else if (a.diagnostics.length > PANEL_MAX) out.push(note("more", `… and ${fmt.format(a.diagnostics.length - PANEL_MAX)} more.`));
  els.diagnostics.replaceChildren(...out);
  $("diagnostics-count").textContent = a.diagnostics.length ? `(${fmt.format(a.diagnostics.length)})` : "";
}

// ---- selection -------------------------------------------------------------------

function activateMention(el) {
  const id = Number(el.dataset.id);
  selectEntity(id, { step: false });
  const list = state.selected.list;
  const first = el.dataset.part === "cont" ? state.mentions[Number(el.dataset.i)] : el;
  state.selected.step = Math.max(0, list.indexOf(first));
  setCurrent(list[state.selected.step], false);
}

/** Lights up every mention of entity `id`; with step, moves to the next one. */
function selectEntity(id, { step }) {
  if (!state.selected || state.selected.id !== id) {
    clearSelection(false);
    const list = [];
    state.ann.entities.forEach((m, i) => {
      if (m.id === id && state.mentions[i]) list.push(state.mentions[i]);
    });
    for (const el of els.article.querySelectorAll(`.nm-ent[data-id="${id}"]`)) el.classList.add("nm-selected");
    state.selected = { id, list, step: -1 };
    for (const b of els.entities.querySelectorAll(".item")) b.setAttribute("aria-current", String(b.dataset.id === String(id)));
  }
  const sel = state.selected;
  const g = state.ann.groups[id];
  if (!sel.list.length) {
    say(`${g?.name ?? "That entity"}: its mentions are hidden (see the legend).`);
    return;
  }
  if (step) {
    sel.step = (sel.step + 1) % sel.list.length;
    setCurrent(sel.list[sel.step], true);
    say(`${g?.name}: mention ${sel.step + 1} of ${sel.list.length}.`);
  }
}

function setCurrent(el, scroll) {
  for (const old of els.article.querySelectorAll(".nm-current")) old.classList.remove("nm-current");
  el.classList.add("nm-current");
  if (scroll) el.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}

function clearSelection(announce) {
  for (const el of els.article.querySelectorAll(".nm-selected, .nm-current")) el.classList.remove("nm-selected", "nm-current");
  for (const b of els.entities.querySelectorAll('.item[aria-current="true"]')) b.setAttribute("aria-current", "false");
  state.selected = null;
  if (announce) say("Selection cleared.");
}

function markQuote(i, scroll) {
  const el = state.quotes[i];
  for (const b of els.quotes.querySelectorAll(".item")) b.setAttribute("aria-current", String(b.dataset.q === String(i)));
  if (!el) return say("That quote is hidden (see the legend).");
  clearSelection(false);
  setCurrent(el, scroll);
  const q = state.ann.quotes[i];
  if (scroll) say(`${cap(KINDS[q.kind] ?? "quote")} by ${q.speaker ?? "an unnamed speaker"}.`);
}

// ---- tooltip ----------------------------------------------------------------------

function makeTip() {
  const el = document.createElement("div");
  el.id = "nm-tip";
  el.className = "tip";
  el.setAttribute("role", "tooltip");
  el.hidden = true;
  document.body.append(el);
  return el;
}

/** The highlight whose tooltip applies at `node`: the innermost one, as its first piece. */
function tipTarget(node) {
  const el = node?.closest?.(".nm-ent, .nm-quote");
  if (!el || !els.article.contains(el)) return null;
  if (el.dataset.part !== "cont") return el;
  const list = el.classList.contains("nm-ent") ? state.mentions : state.quotes;
  return list[Number(el.dataset.i)] ?? null;
}

function showTip(el) {
  if (!el || !el.dataset.tip) return hideTip();
  if (tipFor !== el) {
    hideTip();
    tipFor = el;
    tip.textContent = el.dataset.tip;
    tip.dataset.for = el.dataset.label ?? el.dataset.kind ?? "";
    el.setAttribute("aria-describedby", "nm-tip");
  }
  tip.hidden = false;
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight) return hideTip();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  let top = box.bottom + 6;
  if (top + h > innerHeight - 4) top = Math.max(4, box.top - h - 6);
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(Math.min(Math.max(4, box.left), innerWidth - w - 4))}px`;
}

function hideTip() {
  tip.hidden = true;
  tipFor?.removeAttribute("aria-describedby");
  tipFor = null;
}

// ---- export ---------------------------------------------------------------------

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyHtml() {
  const fragment = articleFragmentHtml(els.article);
  try {
    await navigator.clipboard.write([new ClipboardItem({
      "text/html": new Blob([fragment], { type: "text/html" }),
      "text/plain": new Blob([state.text], { type: "text/plain" }),
    })]);
    say("Copied the highlighted article as HTML: paste it into a document or an e-mail.");
  } catch {
    download("newsmark-article.html", "text/html", articleHtml(els.article));
    say("The clipboard is not available here, so the highlighted article was saved as an HTML file instead.");
  }
}

// ---- small things --------------------------------------------------------------------

function say(message) {
  els.status.textContent = message;
}

function setBusy(on, message, value) {
  els.progress.hidden = !on;
  if (on) {
    if (value == null) els.progress.removeAttribute("value");
    else els.progress.value = value;
    if (message) say(message);
  }
}

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = false;
}

function hideError() {
  els.error.hidden = true;
  els.error.textContent = "";
}

function note(cls, text) {
  const p = document.createElement("p");
  p.className = cls;
  p.textContent = text;
  return p;
}

function excerpt(s, n) {
  s = s.replace(/\s+/g, " ").trim();
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function megabytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

function ms(x) {
  return x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`;
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function saveDraftSoon() {
  clearTimeout(state.draftTimer);
  state.draftTimer = setTimeout(() => {
    const v = els.editor.value;
    try {
      if (v && v.length <= DRAFT_MAX) sessionStorage.setItem(DRAFT_KEY, v);
      else sessionStorage.removeItem(DRAFT_KEY);
    } catch { /* storage full or disabled: the text is still in the box */ }
  }, 500);
}

function restoreDraft() {
  if (els.editor.value) return;
  try {
    const v = sessionStorage.getItem(DRAFT_KEY);
    if (v) els.editor.value = v;
  } catch { /* storage disabled */ }
}

function setupTheme() {
  const apply = (v) => {
    if (v === "light" || v === "dark") document.documentElement.dataset.theme = v;
    else delete document.documentElement.dataset.theme;
  };
  let saved = "auto";
  try { saved = localStorage.getItem(THEME_KEY) ?? "auto"; } catch { /* storage disabled */ }
  els.theme.value = ["light", "dark"].includes(saved) ? saved : "auto";
  apply(els.theme.value);
  els.theme.addEventListener("change", () => {
    apply(els.theme.value);
    try { localStorage.setItem(THEME_KEY, els.theme.value); } catch { /* storage disabled */ }
  });
}
