// Drop-in: highlight every element marked `data-newsmark`, with one tag.
//
//   <script type="module" src="/newsmark/embed/dropin.js"></script>
//   <article data-newsmark>…</article>              CSS Custom Highlight API (falls back to wrap)
//   <article data-newsmark="wrap">…</article>       <nm-mark> wrappers
//   <article data-newsmark data-newsmark-types="PERSON ORG quote">…</article>
//   <article data-newsmark data-newsmark-list="found">…</article>   + a list of what was found
//   <div id="found"></div>                                           (for screen readers; see highlight.js)
//
// Needs no inline script or style: `script-src 'self' 'wasm-unsafe-eval'` is
// the whole Content-Security-Policy it asks for. When every element is done,
// `newsmark:done` fires on document with `detail: [{ element, result | error }]`.
import { highlight } from "./highlight.js";

/**
 * Highlights every `[data-newsmark]` element under `root` (default: document).
 * Elements are done one after the other; a failure on one is reported in the
 * result and on the console, and does not stop the rest.
 *
 * @param {ParentNode} [root]
 * @returns {Promise<{ element: Element, result?: object, error?: unknown }[]>}
 */
export async function highlightAll(root = document) {
  const done = [];
  for (const element of root.querySelectorAll("[data-newsmark]")) {
    const mode = element.getAttribute("data-newsmark") === "wrap" ? "wrap" : "highlight";
    const types = element.getAttribute("data-newsmark-types")?.split(/\s+/).filter(Boolean);
    const listId = element.getAttribute("data-newsmark-list");
    const list = listId ? element.ownerDocument.getElementById(listId) ?? undefined : undefined;
    try {
      done.push({ element, result: await highlight(element, { mode, types, list }) });
    } catch (error) {
      console.error("newsmark:", error);
      done.push({ element, error });
    }
  }
  return done;
}

if (globalThis.document !== undefined) {
  highlightAll().then((detail) => document.dispatchEvent(new CustomEvent("newsmark:done", { detail })));
}
