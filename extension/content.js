// The content script, injected into the tab by the service worker when the
// reader clicks the button (never on its own). Built into one classic script
// (scripts/build-extension.mjs) with the embed modules it imports.
//
// read(): finds the article (article.js) and reads its text as the reader
//   sees it (embed/text.js), leaving out its boilerplate.
// show(): maps the annotations the service worker sends back onto the text
//   nodes and registers them as CSS Custom Highlights (embed/marks.js): no
//   node of the site is changed. Opens the panel: one element appended to
//   <html>, whose content lives in a closed shadow root.
// clear(): removes the highlights and the panel; the page is as it was.
//
// Page text reaches the panel only as text nodes (textContent), never as HTML.
import { extractText, mapSpans } from "./embed/text.js";
import { addRanges, collectSpans, KINDS } from "./embed/marks.js";
import { findArticle, isBoilerplate } from "./article.js";
import { PANEL_GROUPS, PREFIX, TYPE_NAMES, colourOf } from "./settings.js";

if (globalThis.__newsmark === undefined) {
  let state = null; // { root, rule, table, css, host, ranges }

  globalThis.__newsmark = {
    /** Finds the article and reads its text: `{ text, rule }` (rule null: no article found). */
    read() {
      const found = findArticle(document);
      if (found === null) {
        state = { root: null, rule: null, table: null, css: null, host: null };
        return { text: "", rule: null };
      }
      const table = extractText(found.element, { skip: isBoilerplate });
      state = { root: found.element, rule: found.rule, table, css: null, host: null };
      return { text: table.text, rule: found.rule };
    },

    /** Highlights `annotations` (of read()'s text) and opens the panel. */
    show(annotations, settings, css, error) {
      if (state === null) return false; // cleared meanwhile
      state.css = css;
      let spans = [], bounds = [];
      if (annotations !== null && state.table !== null) {
        spans = collectSpans(annotations, new Set(settings.types), 0, []);
        const pieces = mapSpans(state.table, spans);
        addRanges(pieces, spans, PREFIX);
        bounds = spanBounds(pieces, spans.length);
      }
      state.host = openPanel({ annotations, settings, error, spans, bounds, rule: state.rule });
      return true;
    },

    /** Removes everything; returns `{ css }` (the stylesheet to remove) or null when nothing was shown. */
    clear() {
      if (state === null) return null;
      for (const name of [...CSS.highlights.keys()]) if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
      state.host?.remove();
      const css = state.css ?? "";
      state = null;
      return { css };
    },
  };

  /** For each span, where it starts and ends in the DOM (from its first and last piece), or null. */
  function spanBounds(pieces, n) {
    const out = new Array(n).fill(null);
    for (const p of pieces) {
      const b = out[p.span];
      if (b === null) out[p.span] = { startNode: p.node, start: p.start, endNode: p.node, end: p.end };
      else { b.endNode = p.node; b.end = p.end; }
    }
    return out;
  }

  /** Marks the span at `bound` as the current one and scrolls it to the middle of the window. */
  function jumpTo(bound) {
    const range = new Range();
    range.setStart(bound.startNode, bound.start);
    range.setEnd(bound.endNode, bound.end);
    const current = new Highlight(range);
    current.priority = 3;
    CSS.highlights.set(`${PREFIX}current`, current);
    bound.startNode.parentElement?.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight) window.scrollBy({ top: rect.top - innerHeight / 2, behavior: "instant" });
  }

  const el = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  /** A list item: a button that goes to the next of `bounds` on each click, showing "k/n". */
  function cycler(label, extra, bounds) {
    const li = el("li");
    const button = el("button", "item");
    button.type = "button";
    const name = el("span", "name", label);
    button.append(name);
    if (extra !== null) button.append(extra);
    const count = el("span", "count", String(bounds.length));
    button.append(count);
    // the whole of a shortened quote, and how many mentions there are, on hover
    button.title = extra === null ? `${label}: ${bounds.length} ${bounds.length === 1 ? "mention" : "mentions"}` : `${label} ${extra.dataset.full}`;
    let k = -1;
    button.addEventListener("click", () => {
      k = (k + 1) % bounds.length;
      jumpTo(bounds[k]);
      count.textContent = bounds.length > 1 ? `${k + 1}/${bounds.length}` : "1";
    });
    li.append(button);
    return li;
  }

  function openPanel({ annotations, settings, error, spans, bounds, rule }) {
    const host = document.createElement("newsmark-panel");
    const root = host.attachShadow({ mode: "closed" });
    root.adoptedStyleSheets = [panelSheet()];
    const panel = el("section", `panel ${settings.theme}`);
    panel.setAttribute("aria-label", "newsmark");
    const header = el("header");
    header.append(el("h2", null, "newsmark"));
    const close = el("button", "close", "×");
    close.type = "button";
    close.title = "Clear the marks (or click the toolbar button again)";
    close.setAttribute("aria-label", "Clear the marks");
    close.addEventListener("click", () => {
      const done = globalThis.__newsmark.clear();
      if (done !== null) chrome.runtime.sendMessage({ type: "cleared", css: done.css }).catch(() => {});
    });
    header.append(close);
    panel.append(header);

    const status = el("p", "status");
    panel.append(status);
    if (error !== null) {
      status.textContent = `Could not annotate this page: ${error}`;
      host.setAttribute("data-state", "error");
    } else if (rule === null || annotations === null) {
      status.textContent = "No article found on this page.";
      host.setAttribute("data-state", "empty");
    } else {
      const marked = bounds.filter((b) => b !== null).length;
      status.textContent = `${marked} ${marked === 1 ? "mark" : "marks"} in the article.`;
      host.setAttribute("data-state", "ready");
    }

    const shown = new Set(settings.types);
    if (annotations !== null) {
      // entities: one item per group, with the bounds of its mentions in reading order
      const byId = new Map();
      spans.forEach((s, i) => {
        if (s.type !== "entity" || bounds[i] === null) return;
        const list = byId.get(s.id);
        if (list === undefined) byId.set(s.id, [bounds[i]]); else list.push(bounds[i]);
      });
      for (const [label, heading] of PANEL_GROUPS) {
        if (!shown.has(label)) continue;
        const groups = annotations.groups.filter((g) => g.label === label && byId.has(g.id));
        if (groups.length === 0) continue;
        groups.sort((a, b) => byId.get(b.id).length - byId.get(a.id).length);
        panel.append(section(heading, label, groups.map((g) => cycler(g.name, null, byId.get(g.id)))));
      }
      // who said what: every quote with its speaker and cue verb
      const items = [];
      spans.forEach((s, i) => {
        if (s.type !== "quote" || bounds[i] === null) return;
        const q = annotations.quotes[s.index];
        const cue = q.cue ?? KINDS[q.kind] ?? "said";
        const said = el("span", "said", `${cue}: “${snippet(q, 90)}”`);
        said.dataset.full = `${cue}: “${snippet(q, Infinity)}”`;
        items.push(cycler(q.speaker ?? "(speaker not named)", said, [bounds[i]]));
      });
      if (items.length > 0) panel.append(section("Who said what", shown.has("quote") ? "quote" : "indirect", items));
    }
    root.append(panel);
    document.documentElement.append(host);
    return host;
  }

  /** The quote's words without their quote marks, shortened to `max` characters. */
  function snippet(q, max) {
    const text = state.table.text.slice(q.start, q.end).replace(/\s+/g, " ").replace(/^[“”"‘’']+|[“”"‘’']+$/g, "");
    return text.length > max ? `${text.slice(0, max - 2)}…` : text;
  }

  function section(heading, type, items) {
    const s = el("section", "group");
    const h = el("h3");
    const swatch = el("span", `swatch sw-${type}`);
    swatch.setAttribute("aria-hidden", "true");
    h.append(swatch, document.createTextNode(heading));
    const ul = el("ul");
    ul.append(...items);
    s.append(h, ul);
    s.title = TYPE_NAMES[type] ?? heading;
    return s;
  }

  let sheet = null;
  /** The panel's styles: a constructed stylesheet (no <style> element, nothing a page CSP blocks). */
  function panelSheet() {
    if (sheet !== null) return sheet;
    sheet = new CSSStyleSheet();
    const swatches = Object.keys(TYPE_NAMES).map((t) => `.sw-${t} { background: rgb(${colourOf(t)}); }`);
    sheet.replaceSync(`
:host { all: initial !important; position: fixed !important; top: 12px !important; right: 12px !important;
  z-index: 2147483647 !important; display: block !important; }
.panel { color-scheme: light dark; box-sizing: border-box; width: 300px; max-height: calc(100vh - 24px); overflow: auto;
  font: 13px/1.4 system-ui, sans-serif; background: light-dark(#ffffff, #1b1c20); color: light-dark(#1b1c20, #ecedf1);
  border: 1px solid light-dark(#cfd3da, #3a3d45); border-radius: 10px; box-shadow: 0 6px 24px rgb(0 0 0 / .22);
  padding: 8px 10px 10px; }
.panel.light { color-scheme: light; }
.panel.dark { color-scheme: dark; }
header { display: flex; align-items: center; justify-content: space-between; }
h2 { font-size: 14px; margin: 0; }
h3 { display: flex; align-items: center; gap: 6px; font-size: 11px; text-transform: uppercase; letter-spacing: .05em;
  margin: 10px 0 2px; color: light-dark(#4b5060, #b4b9c6); }
.status { margin: 4px 0 0; color: light-dark(#4b5060, #b4b9c6); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; }
ul { list-style: none; margin: 0; padding: 0; }
button { font: inherit; color: inherit; background: none; border: 0; margin: 0; cursor: pointer; }
.item { display: flex; width: 100%; gap: 6px; align-items: baseline; text-align: start; padding: 3px 6px; border-radius: 5px; }
.item .name { font-weight: 600; white-space: nowrap; }
.item .said { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; opacity: .85; }
.item .count { margin-inline-start: auto; font-variant-numeric: tabular-nums; opacity: .65; }
.item:hover, .close:hover { background: light-dark(#eef1f6, #2a2d35); }
button:focus-visible { outline: 2px solid light-dark(#0b57d0, #8ab4ff); outline-offset: 1px; }
.close { font-size: 18px; line-height: 1; padding: 2px 7px; border-radius: 5px; }
${swatches.join("\n")}
`);
    return sheet;
  }
}
