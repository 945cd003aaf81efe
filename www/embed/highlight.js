// In-place highlighting: annotate the text of an element already on a page and
// mark what newsmark finds where it stands, without re-rendering anything.
//
//   import { highlight, unhighlight } from "newsmark/highlight";
//   const { annotations } = await highlight(document.querySelector("article"));
//   unhighlight(document.querySelector("article"));   // the DOM as it was
//
// How: text.js reads the element's text as its reader sees it (white space
// collapsed as the browser collapses it, block boundaries and <br> as line
// breaks), keeping where each character came from; each span from annotate()
// is mapped back onto the text nodes, piece by piece where it crosses
// element boundaries. Then either
//   mode "highlight" (default): one CSS Custom Highlight per label, holding a
//     StaticRange per piece; no DOM node is touched. The element is observed:
//     a change re-reads and re-annotates only the blocks it touched (live.js).
//   mode "wrap": each piece is wrapped in an <nm-mark role="mark"> element (a
//     tag no site stylesheet targets, so `mark { display: none }` cannot hide
//     the text), described for assistive technology; unhighlight() unwraps
//     and merges the split text nodes back, so innerHTML is exactly what it was.
// Either way, `list: element` also lists what was found there (found.js), for
// readers who cannot see the colours. Styles come from one constructable
// stylesheet adopted by the element's document or shadow root: no inline
// style, nothing a strict CSP blocks.
import { ready, annotate } from "./wasm.js";
import { BLOCK, SKIP, extractText, mapSpans, textOffset } from "./text.js";
import {
  TYPES, addRanges, adoptStyles, collectSpans, highlightApiSupported, removeRanges, unwrap, wrapPieces,
} from "./marks.js";
import { Live } from "./live.js";

export { BLOCK, SKIP, TYPES, extractText, highlightApiSupported, mapSpans, textOffset };

/**
 * The spans to show from `annotations`, entities first then quotes, each
 * `{ start, end, type, label?, id?, name?, kind?, speaker?, index }` where
 * `type` is "entity" or "quote", `name` the entity's canonical name, and
 * `index` the position in `annotations.entities` / `.quotes`.
 *
 * @param {import("../newsmark.js").Annotations} annotations
 * @param {Iterable<string>} [types] labels, "quote", "indirect"; default all
 */
export function spansOf(annotations, types = TYPES) {
  return collectSpans(annotations, new Set(types), 0, []);
}

/** element → what highlight() did to it, for unhighlight(). */
const states = new WeakMap();

/**
 * Highlights already-computed spans (offsets into `extractText(element).text`)
 * on `element`. The synchronous core of {@link highlight}; the benchmark and
 * tests use it with spans of their own.
 *
 * @param {Element} element
 * @param {{ start: number, end: number, type?: string, label?: string, kind?: string, index?: number }[]} spans
 * @param {{ mode?: "highlight" | "wrap", tag?: string, table?: ReturnType<typeof extractText> }} [options]
 * @returns {"highlight" | "wrap"} the mode used
 */
export function applySpans(element, spans, options = {}) {
  // undoing earlier wrappers merges text nodes: a table read before is stale
  const had = states.has(element);
  unhighlight(element);
  const table = (!had && options.table) || extractText(element);
  const norm = spans.map((s, index) => ({ type: "entity", label: "MISC", id: 0, index, ...s }));
  const pieces = mapSpans(table, norm);
  adoptStyles(element);
  const mode = options.mode === "wrap" || !highlightApiSupported() ? "wrap" : "highlight";
  if (mode === "highlight") states.set(element, { mode, ranges: addRanges(pieces, norm) });
  else states.set(element, { mode, records: wrapPieces(pieces, norm, options.tag ?? "nm-mark") });
  return mode;
}

/**
 * Annotates the text of `element` and highlights what newsmark finds, in place.
 *
 * Resolves to `{ mode, text, annotations }`: the mode used ("highlight" falls
 * back to "wrap" where the CSS Custom Highlight API is missing), the extracted
 * text and annotate()'s result for it (offsets into `text`). Also dispatches
 * `newsmark:annotated` on `element` with the same object as `detail`.
 *
 * In "highlight" mode the element is watched (MutationObserver) unless
 * `observe: false`: when its content changes, the blocks that changed are
 * read and annotated again (or, with `incremental: false`, the whole text),
 * and `newsmark:annotated` fires again. In "wrap" mode call highlight() again
 * after changing the content.
 *
 * @param {Element} element
 * @param {{ mode?: "highlight" | "wrap", types?: Iterable<string>, tag?: string, observe?: boolean,
 *   incremental?: boolean, list?: Element, wasm?: unknown }} [options]
 */
export async function highlight(element, options = {}) {
  await ready(options.wasm);
  if (element.isContentEditable && (options.mode === "wrap" || !highlightApiSupported())) {
    // wrapping would split the nodes of text someone is editing
    if (!highlightApiSupported()) {
      throw new Error("newsmark: highlight() does not wrap text in an editable element, and this browser has no CSS Custom Highlight API");
    }
    options = { ...options, mode: "highlight" };
  }
  const found = options.list ? await import("./found.js") : null;
  return run(element, options, found);
}

/**
 * Annotates and highlights `element`. When annotate() fails (the text is too
 * long, or the annotator trapped and was restarted), the element keeps the
 * highlights it had and, when observed, stays observed: the error goes to
 * the caller of highlight(), or, for a change seen by the observer, to a
 * `newsmark:error` event on the element (`detail.error`).
 */
function run(element, options, found) {
  const table = extractText(element);
  const annotations = annotate(table.text); // throws before anything changes
  const types = new Set(options.types ?? TYPES);
  let mode = options.mode === "wrap" || !highlightApiSupported() ? "wrap" : "highlight";
  let state;
  if (mode === "highlight" && options.observe !== false && options.incremental !== false) {
    const had = states.has(element);
    unhighlight(element);
    adoptStyles(element);
    state = { mode, live: new Live(element, types), observer: null, list: null };
    state.live.seed(had ? extractText(element) : table, annotations);
    states.set(element, state);
    watchBlocks(element, state, options, found);
  } else {
    mode = applySpans(element, collectSpans(annotations, types, 0, []), { ...options, table });
    state = states.get(element);
    if (mode === "highlight" && options.observe !== false) watchWhole(element, state, options, found);
  }
  const result = { mode, text: table.text, annotations };
  if (found !== null) {
    const source = state.live ? () => state.live.snapshot() : () => result;
    state.list = found.renderFound(options.list, element, source, types);
  }
  element.dispatchEvent(new CustomEvent("newsmark:annotated", { detail: result, bubbles: true, composed: true }));
  return result;
}

/**
 * Keeps `element` highlighted block by block (live.js): each batch of
 * changes re-reads and re-annotates only the blocks it touched. Then
 * `newsmark:annotated` fires with `{ mode, incremental: true, annotated,
 * reused, removed }` (blocks annotated, found in the cache, removed) and
 * `text` and `annotations` for the element as a whole at that moment,
 * assembled from its blocks when first read.
 */
function watchBlocks(element, state, options, found) {
  const observer = new MutationObserver((records) => {
    if (states.get(element) !== state) return;
    let counts;
    try {
      counts = state.live.update(records, options.list ?? null);
    } catch (error) {
      // nothing was changed: keep what is shown, and keep watching
      element.dispatchEvent(new CustomEvent("newsmark:error", { detail: { error }, bubbles: true, composed: true }));
      return;
    }
    if (counts === null) return; // nothing read changed
    const live = state.live;
    const whole = live.capture(); // the blocks as they are now, assembled when first read
    const detail = { mode: "highlight", incremental: true, ...counts };
    Object.defineProperties(detail, {
      text: { get: () => whole().text, enumerable: true },
      annotations: { get: () => whole().annotations, enumerable: true },
    });
    if (found !== null) state.list = found.renderFound(options.list, element, () => live.snapshot(), live.types);
    element.dispatchEvent(new CustomEvent("newsmark:annotated", { detail, bubbles: true, composed: true }));
  });
  observer.observe(element, { childList: true, characterData: true, subtree: true });
  state.observer = observer;
}

/** Re-reads and re-annotates the whole of `element` on every change (`incremental: false`). */
function watchWhole(element, state, options, found) {
  const observer = new MutationObserver((records) => {
    if (states.get(element) !== state) return;
    const list = options.list ?? null;
    if (list !== null && records.every((r) => list.contains(r.target))) return; // our own list
    try {
      observer.disconnect();
      run(element, options, found);
    } catch (error) {
      // keep what is shown, and keep watching
      if (states.get(element) === state) {
        observer.observe(element, { childList: true, characterData: true, subtree: true });
      }
      element.dispatchEvent(new CustomEvent("newsmark:error", { detail: { error }, bubbles: true, composed: true }));
    }
  });
  observer.observe(element, { childList: true, characterData: true, subtree: true });
  state.observer = observer;
}

/**
 * Removes what highlight() or applySpans() added to `element`: its ranges, or
 * its wrappers (merging split text nodes back, so innerHTML is as before),
 * and the list of what was found. Stops observing. Does nothing on an element
 * that is not highlighted.
 *
 * @param {Element} element
 */
export function unhighlight(element) {
  const state = states.get(element);
  if (state === undefined) return;
  states.delete(element);
  state.observer?.disconnect();
  if (state.live) state.live.clear();
  else if (state.mode === "highlight") removeRanges(state.ranges);
  else unwrap(state.records);
  state.list?.remove();
}
