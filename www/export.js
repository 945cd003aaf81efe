// Exports of an annotated text: plain JSON, W3C Web Annotation JSON-LD, and
// the highlighted article as a standalone HTML document. Pure functions of
// (text, annotations); the HTML is built with DOM APIs and serialised, so the
// text is always escaped.
import { KINDS, LABELS } from "./render.js";

/**
 * The annotations as JSON text: annotate()'s output plus the text and the
 * offset unit, so that `text.slice(start, end)` selects each span.
 */
export function annotationsJson(text, annotations, version = "") {
  const a = annotations ?? {};
  return JSON.stringify({
    generator: `newsmark ${version}`.trim(),
    unit: "utf16",
    text,
    entities: a.entities ?? [],
    groups: a.groups ?? [],
    roles: a.roles ?? [],
    quotes: a.quotes ?? [],
    diagnostics: a.diagnostics ?? [],
  }, null, 1);
}

/**
 * Maps UTF-16 offsets into `text` to code point offsets, in one sweep.
 * Returns a Map from each given offset to its code point offset.
 *
 *   toCodePoints("😀x", [0, 2, 3]) → Map { 0 → 0, 2 → 1, 3 → 2 }
 */
export function toCodePoints(text, offsets) {
  const sorted = [...new Set(offsets)].sort((x, y) => x - y);
  const out = new Map();
  let unit = 0;
  let cp = 0;
  for (const target of sorted) {
    while (unit < target && unit < text.length) {
      const c = text.charCodeAt(unit);
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length &&
        (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      unit += pair ? 2 : 1;
      cp += 1;
    }
    out.set(target, cp);
  }
  return out;
}

/** A short stable identifier of a text: its length and FNV-1a hash. */
export function textId(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `urn:newsmark:text:${text.length}-${h.toString(16).padStart(8, "0")}`;
}

const CONTEXT = 32;

function isHigh(c) { return c >= 0xd800 && c <= 0xdbff; }
function isLow(c) { return c >= 0xdc00 && c <= 0xdfff; }

/** Up to CONTEXT code units before `start`, not splitting a surrogate pair. */
function prefixOf(text, start) {
  let from = Math.max(0, start - CONTEXT);
  if (from > 0 && isLow(text.charCodeAt(from))) from -= 1;
  return text.slice(from, start);
}

/** Up to CONTEXT code units after `end`, not splitting a surrogate pair. */
function suffixOf(text, end) {
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to += 1;
  return text.slice(end, to);
}

/**
 * The annotations as a W3C Web Annotation collection (JSON-LD object): one
 * Annotation per entity mention and per quote, each targeting the text with
 * a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * whose start/end count code points, as the Web Annotation model specifies.
 */
export function webAnnotation(text, annotations, version = "") {
  const a = annotations ?? {};
  const source = textId(text);
  const entities = a.entities ?? [];
  const quotes = a.quotes ?? [];
  const groups = a.groups ?? [];
  const roles = new Map();
  for (const r of a.roles ?? []) {
    if (!roles.has(r.person)) roles.set(r.person, []);
    if (!roles.get(r.person).includes(r.role)) roles.get(r.person).push(r.role);
  }
  const offsets = [];
  for (const x of entities) offsets.push(x.start, x.end);
  for (const x of quotes) offsets.push(x.start, x.end);
  const cp = toCodePoints(text, offsets);
  const generator = { id: "urn:newsmark", type: "Software", name: `newsmark ${version}`.trim() };

  const target = (start, end) => ({
    source,
    selector: [
      { type: "TextQuoteSelector", exact: text.slice(start, end), prefix: prefixOf(text, start), suffix: suffixOf(text, end) },
      { type: "TextPositionSelector", start: cp.get(start), end: cp.get(end) },
    ],
  });

  const items = [];
  entities.forEach((m, i) => {
    const g = groups[m.id];
    const body = [
      { type: "TextualBody", purpose: "classifying", value: m.label },
      { type: "TextualBody", purpose: "identifying", value: g ? g.name : text.slice(m.start, m.end) },
    ];
    const r = roles.get(m.id);
    if (r) body.push({ type: "TextualBody", purpose: "describing", value: `Role: ${r.join("; ")}` });
    items.push({
      id: `${source}:entity:${i}`,
      type: "Annotation",
      motivation: "identifying",
      generator,
      body,
      target: target(m.start, m.end),
    });
  });
  quotes.forEach((q, i) => {
    const body = [
      { type: "TextualBody", purpose: "classifying", value: KINDS[q.kind] ?? String(q.kind) },
      { type: "TextualBody", purpose: "describing", value: `Speaker: ${q.speaker ?? "not named"}` },
    ];
    if (q.cue) body.push({ type: "TextualBody", purpose: "describing", value: `Cue: ${q.cue}` });
    items.push({
      id: `${source}:quote:${i}`,
      type: "Annotation",
      motivation: "classifying",
      generator,
      body,
      target: target(q.start, q.end),
    });
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${source}:annotations`,
    type: "AnnotationCollection",
    label: "newsmark: entities and quotes",
    total: items.length,
    first: { id: `${source}:annotations:page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

// Inline colours for the copied HTML (light theme, as in newsmark.css), so
// the highlights survive a paste into an editor that drops style sheets.
const PASTE_STYLE = {
  PERSON: ["#dbeafe", "#1d4ed8"], ORG: ["#ede9fe", "#6d28d9"], LOC: ["#dcfce7", "#15803d"],
  NORP: ["#ffedd5", "#c2410c"], MISC: ["#fce7f3", "#be185d"], DATE: ["#ccfbf1", "#0f766e"],
  TIME: ["#e0f2fe", "#0369a1"], MONEY: ["#fef9c3", "#a16207"], PERCENT: ["#efebe7", "#6b5e55"],
};
const QUOTE_STYLE = {
  direct: "background:#fff4d6;border-bottom:2px solid #9a6700",
  partial: "background:#fff9ea;border-bottom:2px dashed #9a6700",
  indirect: "background:#f1f3f5;border-bottom:2px dotted #55606e;font-style:italic",
};

/**
 * The rendered article (`articleEl`, as renderArticle built it) as a
 * standalone HTML document string with inline styles: interactive
 * attributes are dropped, a title attribute carries each tooltip.
 */
export function articleHtml(articleEl, title = "newsmark article") {
  return "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + escapeText(title) +
    "</title></head><body>" + articleFragmentHtml(articleEl) + "</body></html>\n";
}

/**
 * The article alone, as an HTML fragment string (for the clipboard). The
 * nodes are cloned with DOM APIs and serialised here with every text and
 * attribute value escaped; the inline styles (constants, never text) are
 * added while serialising, so that no style attribute is ever set on a DOM
 * node (a strict Content-Security-Policy would refuse it).
 */
export function articleFragmentHtml(articleEl) {
  const body = articleEl.ownerDocument.createElement("article");
  for (const node of articleEl.childNodes) body.append(node.cloneNode(true));
  for (const el of body.querySelectorAll("[tabindex],[role],[data-tip],[aria-describedby]")) {
    const tip = el.getAttribute("data-tip");
    if (tip) el.setAttribute("title", tip);
    for (const attr of ["tabindex", "role", "data-tip", "aria-label", "aria-describedby"]) el.removeAttribute(attr);
  }
  for (const el of body.querySelectorAll(".nm-selected,.nm-current")) el.classList.remove("nm-selected", "nm-current");
  return serialize(body);
}

const ARTICLE_STYLE = "font:17px/1.6 Georgia,serif;color:#1b1c20;background:#fff;max-width:42em";
const PARA_STYLE = "white-space:pre-wrap;margin:0 0 1em";
const BADGE_STYLE = "font:600 .75em system-ui,sans-serif;background:#5c4300;color:#fff;border-radius:1em;padding:0 .5em;margin-right:.3em";

function styleFor(el) {
  if (el.tagName === "ARTICLE") return ARTICLE_STYLE;
  const cls = el.classList;
  if (cls.contains("nm-p")) return PARA_STYLE;
  if (cls.contains("nm-ent")) {
    const [bg, ac] = PASTE_STYLE[el.getAttribute("data-label")] ?? PASTE_STYLE.MISC;
    return `background:${bg};color:inherit;border-bottom:2px solid ${ac};padding:0 .1em`;
  }
  if (cls.contains("nm-quote")) return QUOTE_STYLE[el.getAttribute("data-kind")] ?? QUOTE_STYLE.direct;
  if (cls.contains("nm-speaker")) return BADGE_STYLE;
  return null;
}

function escapeText(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttr(s) {
  return escapeText(s).replace(/"/g, "&quot;");
}

/** HTML for a tree of elements and text (what renderArticle builds), escaped. */
function serialize(root) {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      out.push(escapeText(node.data));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.localName;
    if (!/^[a-z][a-z0-9-]*$/.test(tag)) return;
    out.push(`<${tag}`);
    for (const { name, value } of node.attributes) {
      if (/^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith("on") && name !== "style") out.push(` ${name}="${escapeAttr(value)}"`);
    }
    const style = styleFor(node);
    if (style) out.push(` style="${escapeAttr(style)}"`);
    out.push(">");
    for (const child of node.childNodes) walk(child);
    out.push(`</${tag}>`);
  };
  walk(root);
  return out.join("");
}

export { LABELS };
