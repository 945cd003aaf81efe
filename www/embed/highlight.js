// In-place highlighting: annotate the text of an element already on a page and
// mark what newsmark finds where it stands, without re-rendering anything.
//
//   import { highlight, unhighlight } from "newsmark/highlight";
//   const { annotations } = await highlight(document.querySelector("article"));
//   unhighlight(document.querySelector("article"));   // the DOM as it was
//
// How: one walk over the element collects its text nodes and where each starts
// in the extracted text (block boundaries and <br> count as "\n"); each span
// from annotate() is mapped back onto those nodes by binary search, piece by
// piece where it crosses element boundaries. Then either
//   mode "highlight" (default): one CSS Custom Highlight per label, holding a
//     StaticRange per piece; no DOM node is touched. The element is observed
//     and re-highlighted when its content changes.
//   mode "wrap": each piece is wrapped in an <nm-mark> element (a tag no site
//     stylesheet targets, so `mark { display: none }` cannot hide the text);
//     unhighlight() unwraps and merges the split text nodes back, so innerHTML
//     is exactly what it was.
// Styles come from one constructable stylesheet adopted by the element's
// document or shadow root: no inline style, nothing a strict CSP blocks.
import { ready, annotate } from "./wasm.js";

/** Elements whose content is a separate block: their edges count as "\n". */
export const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul",
]);

/** Elements whose text is never read nor marked. */
export const SKIP = new Set([
  "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button",
  "iframe", "object", "embed", "canvas", "svg", "math", "head", "title",
]);

/** Every kind of span: the entity labels plus "quote" (direct and partial) and "indirect". */
export const TYPES = ["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "quote", "indirect"];

/** True for an element whose text is not read: SKIP, ignored, or editable. */
function skipped(el, name) {
  if (SKIP.has(name)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute("data-newsmark-ignore")) return true;
  // Editable regions belong to the person typing in them: never split their nodes.
  const ce = el.getAttribute("contenteditable");
  return ce !== null && ce.toLowerCase() !== "false";
}

/**
 * Reads the text of `root` as newsmark sees it, in one walk.
 *
 * Text nodes are taken as they are; "\n" is added at block boundaries (unless
 * the text already ends a line) and for each <br>. Skipped: {@link SKIP}
 * elements, `[data-newsmark-ignore]`, `[contenteditable]`.
 *
 * @param {Node} root
 * @returns {{ text: string, nodes: Text[], starts: number[], ends: number[] }}
 *   `nodes[k].data` is `text.slice(starts[k], ends[k])`.
 */
export function extractText(root) {
  const parts = [], nodes = [], starts = [], ends = [];
  let len = 0, lineStart = true;
  // A walk over firstChild/nextSibling/parentNode (the fewest DOM calls per
  // node of the ways tried), with the open elements on an explicit stack: a
  // page nested thousands of elements deep cannot overflow the call stack.
  const open = [];
  let c = root.firstChild;
  for (;;) {
    if (c === null) {
      if (open.length === 0) break;
      const el = open.pop();
      if (BLOCK.has(el.localName) && !lineStart) { parts.push("\n"); len += 1; lineStart = true; }
      c = el.nextSibling;
      continue;
    }
    const type = c.nodeType;
    if (type === 3) {
      const d = c.data, n = d.length;
      if (n !== 0) {
        nodes.push(c); starts.push(len); parts.push(d);
        len += n; ends.push(len);
        lineStart = d.charCodeAt(n - 1) === 10;
      }
    } else if (type === 1) {
      const name = c.localName;
      if (!skipped(c, name)) {
        if (name === "br") {
          parts.push("\n"); len += 1; lineStart = true;
        } else {
          const block = BLOCK.has(name);
          if (block && !lineStart) { parts.push("\n"); len += 1; lineStart = true; }
          if (c.firstChild !== null) {
            open.push(c);
            c = c.firstChild;
            continue;
          }
          if (block && !lineStart) { parts.push("\n"); len += 1; lineStart = true; }
        }
      }
    }
    c = c.nextSibling;
  }
  return { text: parts.join(""), nodes, starts, ends };
}

/**
 * Maps spans in extracted-text offsets onto text nodes: for each span, the
 * pieces of it that lie in each node (offsets inside that node). A span over
 * several nodes gives several pieces; "\n" added by {@link extractText} maps
 * to nothing. O(spans × log nodes + pieces).
 *
 * @param {{ starts: number[], ends: number[], nodes: Text[] }} table from extractText
 * @param {{ start: number, end: number }[]} spans
 * @returns {{ node: Text, index: number, start: number, end: number, span: number }[]}
 *   `index` is the node's index in `table.nodes`, `span` the span's in `spans`.
 */
export function mapSpans(table, spans) {
  const { starts, ends, nodes } = table;
  const out = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i].start, b = spans[i].end;
    if (!(b > a)) continue;
    let lo = 0, hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= a) lo = mid + 1; else hi = mid;
    }
    for (let k = lo; k < nodes.length && starts[k] < b; k++) {
      const s = Math.max(a, starts[k]) - starts[k], e = Math.min(b, ends[k]) - starts[k];
      if (e > s) out.push({ node: nodes[k], index: k, start: s, end: e, span: i });
    }
  }
  return out;
}

/**
 * The spans to show from `annotations`, entities first then quotes, each
 * `{ start, end, type, label?, id?, kind?, index }` where `type` is "entity" or
 * "quote" and `index` the position in `annotations.entities` / `.quotes`.
 *
 * @param {import("../newsmark.js").Annotations} annotations
 * @param {Iterable<string>} [types] labels, "quote", "indirect"; default all
 */
export function spansOf(annotations, types = TYPES) {
  const show = new Set(types);
  const out = [];
  annotations.entities.forEach((m, index) => {
    if (show.has(m.label)) out.push({ start: m.start, end: m.end, type: "entity", label: m.label, id: m.id, index });
  });
  annotations.quotes.forEach((q, index) => {
    if (show.has(q.kind === "indirect" ? "indirect" : "quote")) {
      out.push({ start: q.start, end: q.end, type: "quote", kind: q.kind, index });
    }
  });
  return out;
}

// ---- styles -----------------------------------------------------------------

// Translucent tints of the hues newsmark.css gives each type: they tint the
// host's own background and keep its text colour, so they read on light and
// dark sites alike.
const COLOURS = {
  PERSON: "29 78 216", ORG: "109 40 217", LOC: "21 128 61", NORP: "194 65 12", MISC: "190 24 93",
  DATE: "15 118 110", TIME: "3 105 161", MONEY: "161 98 7", PERCENT: "107 94 85",
};
const QUOTE = "217 160 20";
const CSS_TEXT = [
  // wrappers are told by data-nm-index, so any `tag` option gets these rules
  "[data-nm-index] { display: inline; color: inherit; font: inherit; margin: 0; padding: 0; border-radius: 2px; }",
  `.nm-quote[data-nm-index] { background-color: rgb(${QUOTE} / .16); }`,
  `.nm-quote[data-nm-index][data-kind=indirect] { background-color: transparent; text-decoration: underline dotted rgb(${QUOTE} / .9); }`,
  `::highlight(nm-quote) { background-color: rgb(${QUOTE} / .16); }`,
  `::highlight(nm-indirect) { text-decoration: underline dotted rgb(${QUOTE} / .9); }`,
  ...Object.entries(COLOURS).flatMap(([label, rgb]) => [
    `.nm-ent[data-nm-index][data-label=${label}] { background-color: rgb(${rgb} / .2); }`,
    `::highlight(nm-${label}) { background-color: rgb(${rgb} / .2); }`,
  ]),
].join("\n");

let sheet = null;
/** Adopts the highlight stylesheet into the tree `node` lives in (document or shadow root), once. */
function adoptStyles(node) {
  const root = node.getRootNode();
  if (!("adoptedStyleSheets" in root)) return;
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** True when this browser has the CSS Custom Highlight API. */
export function highlightApiSupported() {
  return typeof CSS !== "undefined" && CSS.highlights !== undefined &&
    typeof Highlight === "function" && typeof StaticRange === "function";
}

// ---- applying ----------------------------------------------------------------

/** element → what highlight() did to it, for unhighlight(). */
const states = new WeakMap();

/** The CSS highlight name of a span. */
function highlightName(span) {
  if (span.type === "entity") return `nm-${span.label}`;
  return span.kind === "indirect" ? "nm-indirect" : "nm-quote";
}

function applyRanges(pieces, spans) {
  const ranges = new Map(); // Highlight → StaticRange[]
  const byName = new Map(); // name → [Highlight, StaticRange[]]: one registry look-up per name
  for (const p of pieces) {
    const span = spans[p.span];
    const name = highlightName(span);
    let entry = byName.get(name);
    if (entry === undefined) {
      let hl = CSS.highlights.get(name);
      if (hl === undefined) {
        hl = new Highlight();
        hl.priority = span.type === "entity" ? 2 : 1;
        CSS.highlights.set(name, hl);
      }
      entry = [hl, ranges.get(hl) ?? []];
      ranges.set(hl, entry[1]);
      byName.set(name, entry);
    }
    const r = new StaticRange({ startContainer: p.node, startOffset: p.start, endContainer: p.node, endOffset: p.end });
    entry[0].add(r);
    entry[1].push(r);
  }
  return ranges;
}

function removeRanges(ranges) {
  for (const [hl, list] of ranges) {
    for (const r of list) hl.delete(r);
  }
}

/** A wrapper for `span`, cloned from a per-label prototype (`protos`: key → element). */
function makeWrapper(doc, tag, span, protos) {
  const key = span.type === "entity" ? span.label : span.kind;
  let proto = protos.get(key);
  if (proto === undefined) {
    proto = doc.createElement(tag);
    if (span.type === "entity") {
      proto.className = "nm-ent";
      proto.setAttribute("data-label", span.label);
    } else {
      proto.className = "nm-quote";
      proto.setAttribute("data-kind", span.kind);
    }
    protos.set(key, proto);
  }
  const w = proto.cloneNode(false);
  if (span.type === "entity") w.setAttribute("data-id", String(span.id));
  w.setAttribute("data-nm-index", String(span.index));
  return w;
}

/**
 * Wraps every piece; returns the records unwrap() needs. Each touched text
 * node keeps its identity and place as the first segment; the rest are new
 * text nodes inserted after it.
 */
function wrapPieces(pieces, spans, tag) {
  const buckets = new Map(); // node index → pieces
  for (const p of pieces) {
    const b = buckets.get(p.index);
    if (b === undefined) buckets.set(p.index, [p]); else b.push(p);
  }
  const records = [], protos = new Map();
  for (const bucket of buckets.values()) {
    const node = bucket[0].node, parent = node.parentNode;
    if (parent === null) continue;
    const record = bucket.length === 1
      ? wrapOne(node, parent, bucket[0], spans, tag, protos)
      : wrapMany(node, parent, bucket, spans, tag, protos);
    records.push(record);
  }
  return records;
}

/** The common case, one piece in a node: no cut list, at most three segments. */
function wrapOne(node, parent, p, spans, tag, protos) {
  const doc = node.ownerDocument, data = node.data, len = data.length;
  const w = makeWrapper(doc, tag, spans[p.span], protos);
  const next = node.nextSibling;
  const segs = [node];
  let seg = node;
  if (p.start === 0) {
    if (p.end < len) node.data = data.slice(0, p.end);
    parent.insertBefore(w, node);
    w.appendChild(node);
  } else {
    node.data = data.slice(0, p.start);
    seg = doc.createTextNode(data.slice(p.start, p.end));
    segs.push(seg);
    w.appendChild(seg);
    parent.insertBefore(w, next);
  }
  if (p.end < len) {
    const right = doc.createTextNode(data.slice(p.end));
    segs.push(right);
    parent.insertBefore(right, next);
  }
  return { node, segs, wrapped: [w, seg] };
}

/** Several pieces in one node: cut at every boundary, nest quote > entity. */
function wrapMany(node, parent, bucket, spans, tag, protos) {
  const doc = node.ownerDocument, data = node.data;
  // outer spans first where two start together; quotes before entities
  bucket.sort((x, y) => x.start - y.start || y.end - x.end ||
    (spans[x.span].type === "quote" ? -1 : 1) - (spans[y.span].type === "quote" ? -1 : 1));
  const cutSet = new Set([0, data.length]);
  for (const p of bucket) { cutSet.add(p.start); cutSet.add(p.end); }
  const cuts = [...cutSet].sort((x, y) => x - y);
  const next = node.nextSibling;
  const frag = doc.createDocumentFragment();
  const segs = [], wrapped = [];
  let active = [], bi = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const s = cuts[c];
    const seg = c === 0 ? node : doc.createTextNode(data.slice(s, cuts[c + 1]));
    segs.push(seg);
    if (active.length > 0) active = active.filter((p) => p.end > s);
    while (bi < bucket.length && bucket[bi].start <= s) active.push(bucket[bi++]);
    if (active.length === 0) {
      if (c > 0) frag.appendChild(seg);
      continue;
    }
    // quotes outside, the entity innermost
    let outer = null, inner = null;
    const add = (p) => {
      const w = makeWrapper(doc, tag, spans[p.span], protos);
      if (outer === null) outer = w; else inner.appendChild(w);
      inner = w;
    };
    for (const p of active) if (spans[p.span].type === "quote") add(p);
    for (const p of active) if (spans[p.span].type !== "quote") add(p);
    if (c === 0) {
      parent.insertBefore(outer, node);
      inner.appendChild(node);
    } else {
      frag.appendChild(outer);
      inner.appendChild(seg);
    }
    wrapped.push(outer, seg);
  }
  node.data = data.slice(0, cuts[1]);
  if (frag.firstChild !== null) parent.insertBefore(frag, next);
  return { node, segs, wrapped };
}

function unwrap(records) {
  for (const { node, segs, wrapped } of records) {
    for (let i = 0; i < wrapped.length; i += 2) {
      const w = wrapped[i];
      if (w.parentNode !== null) w.replaceWith(wrapped[i + 1]);
    }
    // merge the segments back into the original node, leaving its siblings alone
    let whole = "";
    for (const s of segs) whole += s.data;
    node.data = whole;
    for (let i = 1; i < segs.length; i++) segs[i].remove();
  }
}

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
  let mode = options.mode === "wrap" || !highlightApiSupported() ? "wrap" : "highlight";
  if (mode === "highlight") {
    states.set(element, { mode, ranges: applyRanges(pieces, norm), observer: null });
  } else {
    states.set(element, { mode, records: wrapPieces(pieces, norm, options.tag ?? "nm-mark"), observer: null });
  }
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
 * `observe: false`: when its content changes it is extracted, annotated and
 * highlighted again, and `newsmark:annotated` fires again. In "wrap" mode call
 * highlight() again after changing the content.
 *
 * @param {Element} element
 * @param {{ mode?: "highlight" | "wrap", types?: Iterable<string>, tag?: string, observe?: boolean, wasm?: unknown }} [options]
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
  return run(element, options);
}

/**
 * Annotates and highlights `element`. When annotate() fails (the text is too
 * long, or the annotator trapped and was restarted), the element keeps the
 * highlights it had and, when observed, stays observed: the error goes to
 * the caller of highlight(), or, for a change seen by the observer, to a
 * `newsmark:error` event on the element (`detail.error`).
 */
function run(element, options) {
  const table = extractText(element);
  const annotations = annotate(table.text); // throws before anything changes
  const spans = spansOf(annotations, options.types ?? TYPES);
  // applySpans() removes the old highlights (and reads the text nodes again
  // when removing wrappers merged them)
  const mode = applySpans(element, spans, { ...options, table });
  const result = { mode, text: table.text, annotations };
  if (mode === "highlight" && options.observe !== false) observe(element, options);
  element.dispatchEvent(new CustomEvent("newsmark:annotated", { detail: result, bubbles: true, composed: true }));
  return result;
}

/** Re-highlights `element` whenever its content changes, until unhighlight(). */
function observe(element, options) {
  const observer = new MutationObserver(() => {
    const state = states.get(element);
    if (state?.observer !== observer) return;
    try {
      observer.disconnect();
      run(element, options);
    } catch (error) {
      // keep what is shown, and keep watching
      if (states.get(element) === state) {
        observer.observe(element, { childList: true, characterData: true, subtree: true });
      }
      element.dispatchEvent(new CustomEvent("newsmark:error", { detail: { error }, bubbles: true, composed: true }));
    }
  });
  observer.observe(element, { childList: true, characterData: true, subtree: true });
  states.get(element).observer = observer;
}

/**
 * Removes what highlight() or applySpans() added to `element`: its ranges, or
 * its wrappers (merging split text nodes back, so innerHTML is as before).
 * Stops observing. Does nothing on an element that is not highlighted.
 *
 * @param {Element} element
 */
export function unhighlight(element) {
  const state = states.get(element);
  if (state === undefined) return;
  states.delete(element);
  state.observer?.disconnect();
  if (state.mode === "highlight") removeRanges(state.ranges);
  else unwrap(state.records);
}
