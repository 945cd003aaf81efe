// The list of what was found, for readers who cannot see the highlights.
//
// The CSS Custom Highlight API is paint only: assistive technology is not told
// about it. So, when asked (`highlight(el, { list: container })`), the entities
// and quotes are also listed in an element the site places where it likes, as
// the reading page's panels list them: one button per entity (canonical name
// and number of mentions), grouped by type, and one per quote (speaker and
// words). A button selects the next mention of its entity (or its quote) in
// the article, scrolls to it and says which one it is in a status line, so a
// screen reader user can step through them as others scan the colours.
// Built from text nodes only.
import { extractText, mapSpans } from "./text.js";
import { KINDS, LABELS, adoptStyles } from "./marks.js";

/** At most this many entities per type, and quotes, are listed; the rest are counted. */
const MAX = 50;

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const excerpt = (s, n) => { s = oneLine(s); return s.length <= n ? s : `${s.slice(0, n - 1)}…`; };

/**
 * Fills `container` with the list of what was found in `element`, replacing
 * what an earlier call put there. `source()` returns `{ text, annotations }`
 * for the element as it is now (called again on each button press). `show`
 * is the Set of types shown. Returns the list's root element.
 */
export function renderFound(container, element, source, show) {
  const doc = container.ownerDocument;
  const { text, annotations: a } = source();
  const el = (tag, cls, content) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (content != null) e.textContent = content;
    return e;
  };
  // never read by newsmark, even when placed inside the article
  const root = el("div", "nm-found");
  root.setAttribute("data-newsmark-ignore", "");
  const status = el("p", "nm-found-status");
  status.setAttribute("role", "status");
  const top = el("ul", "nm-found-list");

  // entities by type, most mentioned first
  const counts = new Map(); // id → mentions shown
  for (const m of a.entities) if (show.has(m.label)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  for (const label of Object.keys(LABELS)) {
    const groups = [...counts].map(([id, n]) => ({ id, n, g: a.groups[id] })).filter((x) => x.g && x.g.label === label)
      .sort((x, y) => y.n - x.n || x.g.name.localeCompare(y.g.name));
    if (groups.length === 0) continue;
    const li = el("li", "nm-found-type", `${cap(LABELS[label])} (${groups.length})`);
    li.setAttribute("data-label", label);
    const ul = el("ul");
    for (const { id, n, g } of groups.slice(0, MAX)) {
      const b = el("button", "nm-found-item", oneLine(g.name));
      b.type = "button";
      b.setAttribute("data-id", String(id));
      b.append(" ", el("span", "nm-found-count", plural(n, "mention")));
      const item = el("li");
      item.append(b);
      ul.append(item);
    }
    if (groups.length > MAX) ul.append(el("li", "nm-found-more", `and ${groups.length - MAX} more`));
    li.append(ul);
    top.append(li);
  }

  const quotes = [];
  a.quotes.forEach((q, i) => { if (show.has(q.kind === "indirect" ? "indirect" : "quote")) quotes.push(i); });
  if (quotes.length > 0) {
    const li = el("li", "nm-found-type", `Quotes (${quotes.length})`);
    li.setAttribute("data-kind", "quote");
    const ul = el("ul");
    for (const i of quotes.slice(0, MAX)) {
      const q = a.quotes[i];
      const who = q.speaker ? oneLine(q.speaker) : "speaker not named";
      const b = el("button", "nm-found-item", `${who}: ${excerpt(text.slice(q.start, q.end), 90)}`);
      b.type = "button";
      b.setAttribute("data-q", String(i));
      b.append(" ", el("span", "nm-found-kind", `(${KINDS[q.kind] ?? "quote"})`));
      const item = el("li");
      item.append(b);
      ul.append(item);
    }
    if (quotes.length > MAX) ul.append(el("li", "nm-found-more", `and ${quotes.length - MAX} more`));
    li.append(ul);
    top.append(li);
  }
  if (top.firstChild === null) root.append(el("p", "nm-found-empty", "Nothing found."));
  else root.append(top);
  root.append(status);

  let stepping = null; // { id, step }
  root.addEventListener("click", (event) => {
    const b = event.target.closest?.(".nm-found-item");
    if (!b || !root.contains(b)) return;
    const now = source(), table = extractText(element);
    if (now.text !== text || table.text !== text) {
      status.textContent = "The article has changed since this list was made.";
      return;
    }
    if (b.hasAttribute("data-q")) {
      const i = Number(b.getAttribute("data-q"));
      stepping = null;
      const q = now.annotations.quotes[i];
      select(table, q);
      status.textContent = `${cap(KINDS[q.kind] ?? "quote")} by ${q.speaker ? oneLine(q.speaker) : "a speaker not named"}.`;
      return;
    }
    const id = Number(b.getAttribute("data-id"));
    const mentions = now.annotations.entities.filter((m) => m.id === id && show.has(m.label));
    if (mentions.length === 0) return;
    const step = stepping?.id === id ? (stepping.step + 1) % mentions.length : 0;
    stepping = { id, step };
    select(table, mentions[step]);
    status.textContent = `${oneLine(now.annotations.groups[id].name)}: mention ${step + 1} of ${mentions.length}.`;
  });

  adoptStyles(container);
  container.replaceChildren(root);
  return root;
}

/** Selects the text of `span` on the page and scrolls it into view. */
function select(table, span) {
  const pieces = mapSpans(table, [span]);
  if (pieces.length === 0) return;
  const first = pieces[0], last = pieces[pieces.length - 1];
  const selection = first.node.ownerDocument.getSelection();
  selection?.setBaseAndExtent(first.node, first.start, last.node, last.end);
  const reduce = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  first.node.parentElement?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
}
