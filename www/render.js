// newsmark's shared renderer: turns a text and the annotations annotate()
// returned for it into highlighted DOM. Used by the reading page (www/) and
// by the embeddable web component; it holds no state of its own.
//
//   import { renderArticle, LABELS } from "./render.js";
//   const { mentions, quotes } = renderArticle(articleEl, text, annotate(text));
//
// The text reaches the DOM only as text nodes (never as markup), so whatever
// is pasted shows as text. Offsets are UTF-16 code units (JavaScript string
// indices), as annotate() returns them.

/** Entity label → the name people read ("PERSON" → "person"). */
export const LABELS = Object.freeze({
  PERSON: "person",
  ORG: "organisation",
  LOC: "place",
  NORP: "nationality or group",
  MISC: "other name",
  DATE: "date",
  TIME: "time",
  MONEY: "money",
  PERCENT: "percentage",
});

/** Quote kind → the name people read ("indirect" → "reported speech"). */
export const KINDS = Object.freeze({
  direct: "direct quote",
  partial: "partial quote",
  indirect: "reported speech",
});

// Nesting layers: a quote always encloses the entities inside it, never the
// reverse; a span that crosses an enclosing one is split into pieces.
const QUOTE = 1;
const ENTITY = 2;

/**
 * Empties `target` and fills it with `text`, highlighted by `annotations`.
 *
 * - One `<p class="nm-p">` per line (the text is split on "\n"; the newline
 *   characters themselves stay as text nodes between the paragraphs, so
 *   `target.textContent`, minus elements marked `data-nm-decoration`, equals
 *   `text` exactly).
 * - Each entity mention: `<mark class="nm-ent" role="button" tabindex="0"
 *   data-label="PERSON" data-id="3" data-i="<index>" aria-label="Vladimir
 *   Putin, person" data-tip="…">`.
 * - Each quote: `<span class="nm-quote" role="group" tabindex="0"
 *   data-kind="direct|partial|indirect" data-i="<index>" aria-label="…">`,
 *   starting with a `<span class="nm-speaker" data-nm-decoration
 *   aria-hidden="true">` badge naming the speaker.
 * - A span cut by a paragraph break or by an enclosing span is split into
 *   pieces; only the first piece is focusable and named, the others carry
 *   `data-part="cont"`.
 *
 * `options.hidden`: a Set of labels, and "quote" (direct and partial quotes)
 * and "indirect" (reported speech), to leave unhighlighted.
 *
 * Returns `{ mentions, quotes }`: the first element of each mention and quote,
 * at the same index as in `annotations.entities` / `annotations.quotes`
 * (`null` where it is hidden or its offsets are unusable).
 */
export function renderArticle(target, text, annotations, options = {}) {
  const { fragment, mentions, quotes } = buildFragment(text, annotations, options);
  target.classList.add("nm-article");
  target.replaceChildren(fragment);
  return { mentions, quotes };
}

/**
 * Like {@link renderArticle} but returns a detached DocumentFragment instead
 * of filling a target: `{ fragment, mentions, quotes }`.
 *
 * `options.from` / `options.to` (UTF-16 offsets, default the whole text)
 * render only that part of the text, so a long article can be appended in
 * pieces: cut at line starts and the pieces concatenate to the full render
 * (a span cut by a piece boundary continues as a `data-part="cont"` piece).
 */
export function buildFragment(text, annotations, options = {}) {
  text = String(text ?? "");
  const doc = options.document ?? globalThis.document;
  const a = annotations ?? {};
  const hidden = options.hidden ?? new Set();
  const entities = Array.isArray(a.entities) ? a.entities : [];
  const quoteList = Array.isArray(a.quotes) ? a.quotes : [];
  const groups = Array.isArray(a.groups) ? a.groups : [];
  const roles = rolesByPerson(a.roles);
  const mentions = new Array(entities.length).fill(null);
  const quotes = new Array(quoteList.length).fill(null);
  const from = clamp(options.from ?? 0, 0, text.length);
  const len = clamp(options.to ?? text.length, from, text.length);

  // Every span to draw, with what it needs to build its element.
  const spans = [];
  quoteList.forEach((q, i) => {
    if (!q || !validSpan(q, text.length) || q.end <= from || q.start >= len) return;
    const kind = KINDS[q.kind] ? q.kind : "direct";
    if (hidden.has(kind === "indirect" ? "indirect" : "quote")) return;
    spans.push({ s: q.start, e: q.end, layer: QUOTE, i, q, kind });
  });
  entities.forEach((m, i) => {
    if (!m || !validSpan(m, text.length) || m.end <= from || m.start >= len) return;
    if (hidden.has(m.label)) return;
    spans.push({ s: m.start, e: m.end, layer: ENTITY, i, m });
  });
  spans.sort((x, y) => x.s - y.s || order(x, y));

  const make = makeFactory(doc, text, groups, roles);
  const fragment = doc.createDocumentFragment();
  let para = null; // the open <p>, or null between paragraphs
  let stack = []; // open elements: [{ span, el }], outermost first
  const active = []; // spans covering pos, kept in `order`
  let next = 0; // index of the next span in `spans` to start
  let pos = from;
  let newline = text.indexOf("\n", from);

  while (pos < len) {
    for (let k = active.length - 1; k >= 0; k--) if (active[k].e <= pos) active.splice(k, 1);
    while (next < spans.length && spans[next].s <= pos) {
      const sp = spans[next++];
      if (sp.e > pos) insertSorted(active, sp);
    }
    if (newline !== -1 && newline < pos) newline = text.indexOf("\n", pos);
    if (newline === pos) {
      fragment.append(doc.createTextNode("\n"));
      para = null;
      stack = [];
      pos += 1;
      continue;
    }
    if (para === null) {
      para = doc.createElement("p");
      para.className = "nm-p";
      fragment.append(para);
    }
    let end = newline === -1 || newline > len ? len : newline;
    if (next < spans.length && spans[next].s < end) end = spans[next].s;
    for (const sp of active) if (sp.e < end) end = sp.e;

    // Keep the open elements that still apply; open the rest.
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].span === active[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < active.length; k++) {
      const sp = active[k];
      const first = pos === sp.s; // a span's first piece opens where it starts
      const el = sp.layer === QUOTE ? make.quote(sp, first) : make.entity(sp, first);
      if (first) (sp.layer === QUOTE ? quotes : mentions)[sp.i] = el;
      (k === 0 ? para : stack[k - 1].el).append(el);
      stack.push({ span: sp, el });
    }
    (stack.length ? stack[stack.length - 1].el : para).append(doc.createTextNode(text.slice(pos, end)));
    pos = end;
  }
  return { fragment, mentions, quotes };
}

/** The tooltip text for an entity mention (type, canonical name, role). */
export function entityTip(label, name, roleText) {
  const lines = [`${cap(LABELS[label] ?? String(label))}: ${name}`];
  if (roleText) lines.push(`Role: ${roleText}`);
  return lines.join("\n");
}

/** The tooltip text for a quote (kind, speaker, cue verb). */
export function quoteTip(q) {
  const lines = [cap(KINDS[q.kind] ?? "quote")];
  lines.push(`Speaker: ${q.speaker ? oneLine(q.speaker) : "not named"}`);
  if (q.cue) lines.push(`Cue: ${oneLine(q.cue)}`);
  return lines.join("\n");
}

// Builds the elements; the names and tooltips of an entity are computed once
// per entity (not per mention) and elements are cloned from prototypes,
// which keeps a 1 MB article with tens of thousands of mentions fast.
function makeFactory(doc, source, groups, roles) {
  const mark = doc.createElement("mark");
  mark.className = "nm-ent";
  const cont = mark.cloneNode(false);
  cont.setAttribute("data-part", "cont");
  const firstMark = mark.cloneNode(false);
  firstMark.setAttribute("role", "button");
  firstMark.setAttribute("tabindex", "0");
  const names = new Map(); // `${label}|${id}|${visible text}` → [aria-label, tooltip]

  function entity(sp, first) {
    const m = sp.m;
    const label = String(m.label);
    const el = (first ? firstMark : cont).cloneNode(false);
    el.setAttribute("data-label", label);
    el.setAttribute("data-id", String(m.id));
    el.setAttribute("data-i", String(sp.i));
    if (!first) return el;
    const visible = oneLine(source.slice(m.start, m.end));
    const key = `${label}|${m.id}|${visible}`;
    let text = names.get(key);
    if (!text) {
      const group = groups[m.id];
      const human = LABELS[label] ?? label.toLowerCase();
      const name = group && typeof group.name === "string" ? oneLine(group.name) : "unnamed";
      const roleText = roles.get(m.id) ?? "";
      // The accessible name starts with what is seen when the canonical name
      // does not contain it ("US, United States, place"): WCAG 2.5.3.
      const said = name.toLowerCase().includes(visible.toLowerCase()) ? name : `${visible}, ${name}`;
      text = [`${said}, ${human}${roleText ? `, ${roleText}` : ""}`, entityTip(label, name, roleText)];
      names.set(key, text);
    }
    el.setAttribute("aria-label", text[0]);
    el.setAttribute("data-tip", text[1]);
    return el;
  }

  function quote(sp, first) {
    const q = sp.q;
    const el = doc.createElement("span");
    el.className = "nm-quote";
    el.setAttribute("data-kind", sp.kind);
    el.setAttribute("data-i", String(sp.i));
    if (q.speaker_id != null) el.setAttribute("data-speaker", String(q.speaker_id));
    if (!first) {
      el.setAttribute("data-part", "cont");
      return el;
    }
    const speaker = typeof q.speaker === "string" ? oneLine(q.speaker) : null;
    el.setAttribute("role", "group");
    el.setAttribute("tabindex", "0");
    el.setAttribute("aria-label", `${cap(KINDS[sp.kind])}, ${speaker ? `speaker ${speaker}` : "speaker not named"}`);
    el.setAttribute("data-tip", quoteTip({ ...q, kind: sp.kind }));
    const badge = doc.createElement("span");
    badge.className = "nm-speaker";
    badge.setAttribute("data-nm-decoration", "");
    badge.setAttribute("aria-hidden", "true");
    badge.textContent = speaker ?? "unattributed";
    if (!speaker) badge.setAttribute("data-unknown", "");
    el.append(badge);
    return el;
  }

  return { entity, quote };
}

function rolesByPerson(roles) {
  const by = new Map();
  if (!Array.isArray(roles)) return by;
  for (const r of roles) {
    if (!r || typeof r.role !== "string" || r.role === "") continue;
    const list = by.get(r.person) ?? [];
    const role = oneLine(r.role);
    if (!list.includes(role)) list.push(role);
    by.set(r.person, list);
  }
  return new Map([...by].map(([k, v]) => [k, v.join("; ")]));
}

function validSpan(x, len) {
  return Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.start < x.end && x.end <= len;
}

// Outer before inner: quotes before entities, then earlier start, then longer.
function order(a, b) {
  return a.layer - b.layer || a.s - b.s || b.e - a.e || a.i - b.i;
}

function insertSorted(list, sp) {
  let k = list.length;
  while (k > 0 && order(list[k - 1], sp) > 0) k--;
  list.splice(k, 0, sp);
}

/** Names and roles are shown on one line: runs of white space become one space. */
export function oneLine(s) {
  return String(s).replace(/\s+/g, " ").trim();
}

function clamp(x, lo, hi) {
  return Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), lo), hi) : lo;
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
