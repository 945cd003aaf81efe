// Finding the article on a page: the largest block of prose.
//
// Rules, in order (each tested on the saved pages in tests/fixtures/extension/):
//   1. "article": the <article> element with the most prose, when it has at
//      least MIN_PROSE characters of it. An <article> inside boilerplate (a
//      comment thread that marks each comment as an article) is not a candidate.
//   2. "main": else <main> or [role=main], the same way.
//   3. "density": else a readability-style score. Every paragraph-like block
//      (a <p>, <pre> or <blockquote>, or a <div>, <section> or <td> with no
//      block inside it) of at least 25 characters that is mostly not link text
//      scores 1 + its commas + one per 100 characters (at most 3); its parent
//      gets the score, its grandparent half. A container's total is scaled by
//      (1 − its link density), ×1.25 when its class or id says it is content,
//      else ×0.25 when they say boilerplate. The highest wins.
// Whatever is chosen, its boilerplate (see isBoilerplate) is not read.

/** An article needs at least this many characters of prose (about two sentences). */
export const MIN_PROSE = 200;

const SKIP_TAGS = new Set(["nav", "aside", "footer", "form", "dialog", "menu", "script", "style", "noscript", "template", "button", "select", "textarea", "iframe", "svg"]);
const SKIP_ROLES = new Set(["navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "banner"]);
/** Words in a class or id that mark boilerplate ("comments", "ad-slot", "share-bar"). */
const NEGATIVE = new Set([
  "comment", "comments", "disqus", "reply", "replies", "sidebar", "sponsor", "sponsored", "promo", "promoted", "ad", "ads",
  "advert", "adverts", "advertisement", "banner", "related", "recommended", "share", "sharing", "social", "newsletter",
  "subscribe", "signup", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies",
  "popup", "modal", "outbrain", "taboola", "masthead", "footer", "widget", "trending",
]);
/** Words in a class or id that mark the content itself. */
const POSITIVE = new Set(["article", "body", "content", "entry", "main", "post", "story", "text", "prose"]);
const BLOCKISH = new Set([
  "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2",
  "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
]);

/** The words of an element's class and id: "story-body__share" → story, body, share. */
function words(el) {
  const s = `${el.getAttribute("class") ?? ""} ${el.id ?? ""}`.toLowerCase();
  return s.split(/[^a-z]+/).filter(Boolean);
}

function namedAs(el, set) {
  return words(el).some((w) => set.has(w));
}

/**
 * True for an element whose text is not part of an article: navigation,
 * asides, footers, forms, hidden elements, and elements whose class or id
 * names boilerplate (comments, ads, sharing, related links) without naming
 * content too ("article-body has-sidebar" stays).
 */
export function isBoilerplate(el) {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hidden || el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  if (role !== null && SKIP_ROLES.has(role)) return true;
  return namedAs(el, NEGATIVE) && !namedAs(el, POSITIVE);
}

/** True when `el` or an ancestor up to `stop` is boilerplate. */
function insideBoilerplate(el, stop) {
  for (let e = el; e !== null && e !== stop; e = e.parentElement) if (isBoilerplate(e)) return true;
  return false;
}

const squash = (s) => s.replace(/\s+/g, " ").trim();

/** Characters of prose in `root`: the text of its paragraph-like blocks, boilerplate left out. */
export function proseLength(root) {
  let n = 0;
  for (const block of paragraphs(root)) n += block.text.length;
  return n;
}

/** A block whose text is a paragraph: <p>, <pre>, <blockquote>, or a leaf <div>/<section>/<td>. */
function paragraphLike(el) {
  const name = el.localName;
  if (name === "p" || name === "pre" || name === "blockquote") return true;
  if (name !== "div" && name !== "section" && name !== "td") return false;
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) if (BLOCKISH.has(c.localName)) return false;
  return true;
}

/** The paragraph-like blocks under `root` outside boilerplate, each with its text and link text length. */
function paragraphs(root) {
  const out = [];
  const walk = (el) => {
    for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
      if (isBoilerplate(c)) continue;
      if (paragraphLike(c)) {
        const text = squash(c.textContent);
        if (text.length < 25) continue;
        let links = 0;
        for (const a of c.querySelectorAll("a")) links += squash(a.textContent).length;
        if (links / text.length > 0.5) continue;
        out.push({ el: c, text, links });
      } else {
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** Link characters over all characters in `el`. */
function linkDensity(el) {
  const total = squash(el.textContent).length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll("a")) links += squash(a.textContent).length;
  return links / total;
}

/** The candidate among `els` with the most prose, or null when none has MIN_PROSE. */
function largest(els, doc) {
  let best = null, bestLen = MIN_PROSE - 1;
  for (const el of els) {
    if (insideBoilerplate(el, doc.documentElement)) continue;
    const n = proseLength(el);
    if (n > bestLen) { best = el; bestLen = n; }
  }
  return best;
}

/** The container with the best readability-style score, or null when the page has no prose. */
export function densest(doc) {
  const body = doc.body;
  if (body === null) return null;
  const scores = new Map();
  const add = (el, s) => { if (el !== null && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + s); };
  for (const p of paragraphs(body)) {
    const score = 1 + (p.text.split(",").length - 1) + Math.min(Math.floor(p.text.length / 100), 3);
    const parent = p.el.parentElement;
    add(parent, score);
    add(parent?.parentElement ?? null, score / 2);
  }
  let best = null, bestScore = 0;
  for (const [el, raw] of scores) {
    let score = raw * (1 - linkDensity(el));
    if (namedAs(el, POSITIVE)) score *= 1.25;
    else if (namedAs(el, NEGATIVE)) score *= 0.25;
    if (score > bestScore) { best = el; bestScore = score; }
  }
  return best;
}

/**
 * The article of `doc`: `{ element, rule }` with rule "article", "main" or
 * "density", or null when the page has no prose at all.
 */
export function findArticle(doc = document) {
  const article = largest(doc.querySelectorAll("article"), doc);
  if (article !== null) return { element: article, rule: "article" };
  const main = largest(doc.querySelectorAll("main, [role=main]"), doc);
  if (main !== null) return { element: main, rule: "main" };
  const dense = densest(doc);
  return dense === null ? null : { element: dense, rule: "density" };
}
