// The run pipeline: the editor's text → annotate() → the highlighted article.
//
// Short texts are annotated on the main thread (a few ms); long ones in the
// module worker (worker.js), and rendered in slices so the page never
// freezes. For a long text the worker sends the head first, shown
// highlighted (#article[data-state="partial"]) until the whole text's
// annotations arrive. Every request bumps a generation number; stale work
// checks it and stops, so an old text never shows over a newer one. Every
// drawing of the article takes a token too, so a legend toggle redraws what
// is shown without cancelling an annotation under way.
//
// The pipeline owns what the article shows (text, annotations, the rendered
// elements of each mention and quote), the hidden kinds, and the worker.
// Others read it through view() and hear of changes through three callbacks.
import { annotate, maxInput } from "./pkg/newsmark.js";
import { buildFragment } from "./render.js";
import { megabytes, ms, plural } from "./format.js";
import { createWorkerAnnotator } from "./worker-client.js";

/** Texts longer than this (UTF-16 units) are annotated in the worker. */
export const WORKER_AT = 64 * 1024;
const SLICE = 48 * 1024; // characters in the first slice of a long text
const BUDGET = 30; // ms of rendering per slice: the next slice is sized to it
const EMPTY = Object.freeze({ entities: [], groups: [], roles: [], quotes: [], diagnostics: [] });

/** annotate() on this thread; asks for `why` only when explaining. */
const annotateHere = (text, explain) => (explain ? annotate(text, { explain: true }) : annotate(text));

// Yield to the event loop between slices of work: a message-channel task
// lets input, timers and rendering in without waiting for the next frame.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () => new Promise((r) => { waiting.push(r); channel.port2.postMessage(0); });

/**
 * `article`, `editor`: the elements. `status`: the status line (status.js).
 * `explain`: whether to start with the rules behind each highlight.
 * `on.annotations(view)`: new annotations are about to be shown (the head of
 * a long text, a whole text, or nothing). `on.repaint(view)`: the same
 * annotations are about to be drawn again (a legend toggle). `on.done(view)`:
 * the article is complete, just before its data-state becomes "done".
 */
export function createPipeline({ article, editor, status, explain = false, on }) {
  // what the article shows
  let text = "";
  let ann = null;
  let explained = false; // ann carries `why`
  let partial = false; // only the head of a long text is shown, while the whole is annotated
  let mentions = []; // first element of each mention, by annotation index
  let quotes = []; // first element of each quote, by annotation index
  const hidden = new Set(); // legend keys left unhighlighted
  // the requests
  let ready = false;
  let gen = 0; // bumped on every new request; stale work checks it and stops
  let drawing = 0; // bumped whenever the article is drawn; an older drawing stops
  let inWorker = null; // while the worker annotates the current request: what the status line says
  let timer = 0;
  let source = ""; // where the text came from, for the status line
  const background = createWorkerAnnotator(new URL("./worker.js", import.meta.url), annotateHere);

  const view = () => ({ text, ann, mentions, quotes, partial, explained });
  /** The largest text this tab takes, in UTF-16 code units: the annotator's own limit. */
  const limit = () => (ready ? maxInput() : Infinity);

  /** Annotates the editor's text `delay` ms from now; `source`, if given, starts the status line. */
  function schedule(delay, from) {
    if (from !== undefined) source = from;
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  /** Annotates the editor's text now. */
  function runNow(from) {
    if (from !== undefined) source = from;
    clearTimeout(timer);
    run();
  }

  async function run() {
    const wanted = editor.value;
    const g = ++gen;
    inWorker = null;
    if (!ready) return;
    if (wanted.length > limit()) {
      status.setBusy(false);
      return status.showError(`This text is ${megabytes(wanted.length)}; this page annotates up to ${megabytes(limit())} in one tab. It stays in the box, but it is not annotated: shorten it to continue.`);
    }
    status.hideError();
    if (wanted === text && ann && !partial && explained === explain) {
      // same text: nothing to annotate, but finish a render that was cut short
      return article.dataset.state === "done" ? finish(g) : repaint(g);
    }
    if (wanted.trim() === "") {
      partial = false;
      show(wanted, EMPTY, explain);
      article.replaceChildren();
      mentions = [];
      quotes = [];
      done({ annotateMs: 0, renderMs: 0 }, g);
      status.say("Waiting for text.");
      return;
    }
    const explaining = explain;
    let result;
    let annotateMs;
    try {
      if (wanted.length > WORKER_AT && !background.broken) {
        inWorker = `Annotating ${megabytes(wanted.length)} in the background…`;
        status.setBusy(true, inWorker);
        const onHead = (head, headAnn) => showHead(wanted, head, headAnn, explaining, g);
        try {
          ({ ann: result, ms: annotateMs } = await background.annotate(wanted, { id: g, explain: explaining, onHead }));
        } finally {
          if (g === gen) inWorker = null;
        }
        if (g !== gen) return;
      } else {
        const t0 = performance.now();
        result = annotateHere(wanted, explaining);
        annotateMs = performance.now() - t0;
        performance.measure("nm:annotate", { start: t0 });
      }
    } catch (e) {
      if (g !== gen || e?.cancelled) return;
      if (partial) {
        // the head stays shown (`text` is the head, so the same text is tried again on the next input)
        partial = false;
        finish(g);
      }
      status.setBusy(false);
      return status.showError(`The text could not be annotated: ${e.message ?? e}. It stays in the box.`);
    }
    partial = false;
    show(wanted, result, explaining);
    const renderMs = await paint(g);
    if (renderMs == null) return;
    done({ annotateMs, renderMs }, g);
  }

  /** Takes `a` as the annotations of `t`, and tells the page (panels, selection). */
  function show(t, a, withWhy) {
    text = t;
    ann = a;
    explained = withWhy;
    on.annotations(view());
  }

  /**
   * Shows the head of a long text (its first `head` characters), highlighted
   * with `headAnn` — annotate() of the head alone — while the worker
   * annotates the whole; the progress bar runs on. Synchronous (the head is
   * at most 64 Ki characters), and a no-op once `g` is stale, so an old
   * text's head never shows.
   */
  function showHead(wanted, head, headAnn, withWhy, g) {
    if (g !== gen || editor.value !== wanted) return;
    partial = true;
    show(wanted.slice(0, head), headAnn, withWhy); // what the article shows, until the whole arrives
    paintHead();
    inWorker = `First ${plural(head, "character")} highlighted; annotating all ${megabytes(wanted.length)} in the background…`;
    status.setBusy(true, inWorker);
  }

  function paintHead() {
    drawing += 1;
    const t0 = performance.now();
    const built = buildFragment(text, ann, { hidden });
    article.classList.add("nm-article");
    article.replaceChildren(built.fragment);
    mentions = built.mentions;
    quotes = built.quotes;
    article.dataset.state = "partial";
    performance.measure("nm:head", { start: t0 });
  }

  /** Renders `text` into the article; resolves to the ms spent, or null if superseded. */
  async function paint(g) {
    const d = ++drawing;
    article.dataset.state = "rendering";
    article.classList.add("nm-article");
    const t0 = performance.now();
    if (text.length <= SLICE) {
      const built = buildFragment(text, ann, { hidden });
      article.replaceChildren(built.fragment);
      mentions = built.mentions;
      quotes = built.quotes;
      return performance.now() - t0;
    }
    // Long text: slices cut at line starts, one per task, with progress shown.
    const t = text;
    const a = ann;
    mentions = new Array(a.entities.length).fill(null);
    quotes = new Array(a.quotes.length).fill(null);
    const into = { mentions, quotes };
    article.replaceChildren();
    status.setBusy(true, `Highlighting ${megabytes(t.length)}…`, 0);
    let busy = 0;
    let slice = SLICE;
    for (let from = 0; from < t.length;) {
      // one slice per task, sized so that a task takes about BUDGET ms
      let to = t.indexOf("\n", Math.min(from + slice, t.length - 1));
      to = to === -1 ? t.length : to + 1;
      const s = performance.now();
      const part = buildFragment(t, a, { hidden, from, to });
      article.append(part.fragment);
      merge(into.mentions, part.mentions);
      merge(into.quotes, part.quotes);
      const spent = performance.now() - s;
      busy += spent;
      performance.measure("nm:slice", { start: s });
      slice = Math.round(Math.min(8 * SLICE, Math.max(SLICE / 4, (slice * BUDGET) / Math.max(spent, 1))));
      from = to;
      status.setProgress(from / t.length);
      await nextTask();
      if (g !== gen || d !== drawing) return null;
    }
    status.setBusy(false);
    return busy;
  }

  /** The whole text is shown: the summary in the status line, then data-state "done". */
  function done({ annotateMs, renderMs }, g) {
    status.setBusy(false);
    on.done(view());
    if (text.trim()) {
      const direct = ann.quotes.filter((q) => q.kind !== "indirect").length;
      status.say(`${source}${plural(text.length, "character")} annotated in ${ms(annotateMs)}, shown in ${ms(renderMs)} · ` +
        `${plural(ann.entities.length, "mention")} of ${plural(ann.groups.length, "entity", "entities")} · ` +
        `${plural(direct, "quote")}, ${plural(ann.quotes.length - direct, "reported statement")}` +
        (ann.diagnostics.length ? ` · ${plural(ann.diagnostics.length, "note")}` : ""));
    }
    finish(g);
  }

  function finish(g) {
    article.dataset.gen = String(g);
    article.dataset.chars = String(text.length);
    article.toggleAttribute("data-explain", explained);
    article.dataset.state = "done";
  }

  /**
   * Draws the same annotations again (after a legend toggle). It takes the
   * current generation rather than a new one: a text being annotated in the
   * worker still shows when its annotations arrive.
   */
  async function repaint(g = gen) {
    on.repaint(view());
    if (partial) {
      // only the head is shown and the whole is on its way: redraw the head, keep waiting
      paintHead();
      return;
    }
    const t = await paint(g);
    if (t == null) return;
    if (inWorker) status.setBusy(true, inWorker);
    else status.setBusy(false);
    on.done(view());
    finish(g);
  }

  return {
    view,
    limit,
    schedule,
    runNow,
    /** The annotator is loaded: requests are served from now on. */
    start() { ready = true; },
    /** With `on`, annotate with the rules behind each highlight (`why`); re-annotates. */
    setExplain(on) {
      explain = on;
      schedule(0);
    },
    isHidden: (key) => hidden.has(key),
    /** Hides or shows a legend key (a label, "quote" or "indirect"); call repaint() after. */
    setHidden(key, hide) {
      if (hide) hidden.add(key);
      else hidden.delete(key);
    },
    repaint: () => repaint(),
  };
}

function merge(into, part) {
  for (let i = 0; i < part.length; i++) if (part[i]) into[i] = part[i];
}
