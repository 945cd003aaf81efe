// Drawing spans on a page: the CSS Custom Highlight ranges, the wrapper
// elements, and the stylesheet for both. Used by highlight.js (the public
// API) and live.js (re-highlighting the blocks a change touched).

/** Every kind of span: the entity labels plus "quote" (direct and partial) and "indirect". */
export const TYPES = ["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "quote", "indirect"];

/** Entity label → the name people read ("PERSON" → "person"); the same words as the page. */
export const LABELS = {
  PERSON: "person", ORG: "organisation", LOC: "place", NORP: "nationality or group", MISC: "other name",
  DATE: "date", TIME: "time", MONEY: "money", PERCENT: "percentage",
};

/** Quote kind → the name people read. */
export const KINDS = { direct: "direct quote", partial: "partial quote", indirect: "reported speech" };

/**
 * Appends to `out` the spans of `annotations` whose type is in `show`, each
 * moved by `offset`: entities first, then quotes (see spansOf in highlight.js).
 */
export function collectSpans(annotations, show, offset, out) {
  const groups = annotations.groups ?? [];
  annotations.entities.forEach((m, index) => {
    if (show.has(m.label)) {
      out.push({
        start: m.start + offset, end: m.end + offset, type: "entity", label: m.label, id: m.id,
        name: groups[m.id]?.name ?? null, index,
      });
    }
  });
  annotations.quotes.forEach((q, index) => {
    if (show.has(q.kind === "indirect" ? "indirect" : "quote")) {
      out.push({ start: q.start + offset, end: q.end + offset, type: "quote", kind: q.kind, speaker: q.speaker ?? null, index });
    }
  });
  return out;
}

/** What a wrapper tells assistive technology about its span: "person: Tomas Keller", "direct quote, speaker Tomas Keller". */
export function describe(span) {
  if (span.type === "entity") {
    const kind = LABELS[span.label] ?? String(span.label).toLowerCase();
    return span.name ? `${kind}: ${oneLine(span.name)}` : kind;
  }
  const kind = KINDS[span.kind] ?? "quote";
  return `${kind}, ${span.speaker ? `speaker ${oneLine(span.speaker)}` : "speaker not named"}`;
}

const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();

// ---- styles -----------------------------------------------------------------

// Translucent tints of the hues newsmark.css gives each type: they tint the
// host's own background and keep its text colour, so they read on light and
// dark sites alike. Exported for the browser extension's panel and options.
export const COLOURS = {
  PERSON: "29 78 216", ORG: "109 40 217", LOC: "21 128 61", NORP: "194 65 12", MISC: "190 24 93",
  DATE: "15 118 110", TIME: "3 105 161", MONEY: "161 98 7", PERCENT: "107 94 85",
};
export const QUOTE = "217 160 20";
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
  // the list of what was found (found.js): its live region is for screen readers only
  ".nm-found-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }",
].join("\n");

let sheet = null;
/** Adopts the highlight stylesheet into the tree `node` lives in (document or shadow root), once. */
export function adoptStyles(node) {
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

// ---- CSS Custom Highlight ranges ------------------------------------------------

/** The CSS highlight name of a span ("nm-PERSON", "nm-quote", "nm-indirect"), with another `prefix` if given. */
export function highlightName(span, prefix = "nm-") {
  if (span.type === "entity") return `${prefix}${span.label}`;
  return span.kind === "indirect" ? `${prefix}indirect` : `${prefix}quote`;
}

/**
 * Adds a StaticRange per piece to the registered Highlight of its span's
 * type (created on first use). Returns what {@link removeRanges} takes: the
 * Highlight and the range, one after the other. `prefix` starts the highlight
 * names ("nm-" unless given: the extension uses its own, so it never mixes
 * its ranges with those of a site that embeds newsmark itself).
 */
export function addRanges(pieces, spans, prefix = "nm-") {
  const added = [];
  let lastName = null, lastHl = null; // pieces of one type come in runs: one registry look-up per run
  for (const p of pieces) {
    const span = spans[p.span];
    const name = highlightName(span, prefix);
    if (name !== lastName) {
      lastName = name;
      lastHl = CSS.highlights.get(name);
      if (lastHl === undefined) {
        lastHl = new Highlight();
        lastHl.priority = span.type === "entity" ? 2 : 1;
        CSS.highlights.set(name, lastHl);
      }
    }
    const r = new StaticRange({ startContainer: p.node, startOffset: p.start, endContainer: p.node, endOffset: p.end });
    lastHl.add(r);
    added.push(lastHl, r);
  }
  return added;
}

/** Removes what {@link addRanges} added. */
export function removeRanges(added) {
  for (let i = 0; i < added.length; i += 2) added[i].delete(added[i + 1]);
}

// ---- wrapper elements ------------------------------------------------------------

/**
 * A wrapper for `span`, cloned from a per-label prototype (`protos`: key →
 * element). Every wrapper has `role="mark"`; the first piece of a span also
 * has an accessible description naming its kind and the entity's canonical
 * name, or the quote's speaker (a mark may have no accessible name of its own).
 */
function makeWrapper(doc, tag, span, protos, first) {
  const key = span.type === "entity" ? span.label : span.kind;
  let proto = protos.get(key);
  if (proto === undefined) {
    proto = doc.createElement(tag);
    proto.setAttribute("role", "mark");
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
  if (first) w.setAttribute("aria-description", describe(span));
  return w;
}

/**
 * Wraps every piece; returns the records unwrap() needs. Each touched text
 * node keeps its identity and place as the first segment; the rest are new
 * text nodes inserted after it.
 */
export function wrapPieces(pieces, spans, tag) {
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
  const w = makeWrapper(doc, tag, spans[p.span], protos, p.first);
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
  const described = new Set(); // pieces whose first wrapper carries the description
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
      const first = p.first && !described.has(p);
      if (first) described.add(p);
      const w = makeWrapper(doc, tag, spans[p.span], protos, first);
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

/** Removes the wrappers and merges the split text nodes back into the original ones. */
export function unwrap(records) {
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
