// <newsmark-article>: an article shown highlighted inside a shadow root.
//
//   <script type="module" src="/newsmark/embed/element.js"></script>
//   <newsmark-article types="PERSON ORG quote" theme="light">
//     <p>Kremlin spokesman Dmitry Peskov said: “We are ready.”</p>
//   </newsmark-article>
//
// The text comes from the `text` property, else the `text` attribute, else
// the element's own content, read as the reader would see it (white space
// collapsed as the page would, paragraphs and <br> as line breaks). It is
// rendered by the page's renderArticle() and styled by newsmark.css, both
// inside the shadow root: the site's CSS cannot reach in and ours cannot leak
// out. The site can still size and place the element itself.
//
// Attributes: `text`, `types` (labels, "quote", "indirect"; default all),
// `theme` ("light" | "dark"; default: the reader's prefers-color-scheme).
// Events (bubbling, composed): `newsmark:annotated` with the annotations as
// detail once shown; `newsmark:select` when the reader clicks or presses Enter
// on a highlighted entity or quote; `newsmark:error` if the wasm cannot load
// (the raw text stays shown).
import { ready, annotate } from "./wasm.js";
import { renderArticle } from "../render.js";
import { extractText } from "./text.js";
import { TYPES } from "./marks.js";

const CSS_URL = new URL("../newsmark.css", import.meta.url).href;

// The frame every instance shares (constructable: allowed under a strict CSP).
// `all: initial` on the root stops inherited host styles (color, font, line
// height, letter spacing…) at the boundary; custom properties still pass, so a
// site can theme the highlights on purpose.
const FRAME_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.nm-root {
  all: initial; display: block; box-sizing: border-box; padding: 1em 1.25em;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1f23; background: #ffffff; color-scheme: light; border-radius: 6px;
}
@media (prefers-color-scheme: dark) {
  .nm-root:not([data-theme=light]) { color: #e6e6e6; background: #17191c; color-scheme: dark; }
}
.nm-root[data-theme=dark] { color: #e6e6e6; background: #17191c; color-scheme: dark; }
.nm-root .nm-p:last-of-type { margin-bottom: 0; }
.nm-root .nm-quote { cursor: pointer; }
`;

let frameSheet = null;
function frame() {
  if (frameSheet === null) {
    frameSheet = new CSSStyleSheet();
    frameSheet.replaceSync(FRAME_CSS);
  }
  return frameSheet;
}

const Base = globalThis.HTMLElement ?? class {};

/** The `<newsmark-article>` custom element. */
export class NewsmarkArticle extends Base {
  static observedAttributes = ["text", "types", "theme"];

  #text = null; // set through the property; wins over attribute and content
  #annotations = null;
  #annotatedText = null;
  #root; #body; #cssLoaded; #observer; #mentions = []; #quotes = []; #pending = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [frame()];
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = CSS_URL;
    this.#cssLoaded = new Promise((ok) => { link.onload = ok; link.onerror = ok; });
    this.#root = document.createElement("div");
    this.#root.className = "nm-root";
    this.#root.setAttribute("part", "article");
    this.#body = document.createElement("div");
    this.#body.append(document.createElement("slot")); // the raw text until annotated
    this.#root.append(this.#body);
    // Once annotated, the content is assigned to this slot, which shows
    // nothing: content outside every slot has no computed style, and reading
    // it as the reader would needs its white-space (extractText).
    const keep = document.createElement("slot");
    keep.hidden = true;
    shadow.append(link, this.#root, keep);
    shadow.addEventListener("click", (e) => this.#select(e));
    shadow.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") this.#select(e); });
    this.#observer = new MutationObserver(() => { if (this.#source() === "content") this.#schedule(); });
  }

  /** The article text shown (property, else `text` attribute, else the element's content). */
  get text() {
    if (this.#text !== null) return this.#text;
    if (this.hasAttribute("text")) return this.getAttribute("text");
    return extractText(this).text;
  }
  set text(value) {
    this.#text = value == null ? null : String(value);
    this.#schedule();
  }

  /** annotate()'s result for the text shown, once annotated (else null). */
  get annotations() { return this.#annotations; }

  #source() {
    return this.#text !== null ? "property" : this.hasAttribute("text") ? "attribute" : "content";
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#applyTheme();
    this.#schedule();
  }
  disconnectedCallback() { this.#observer.disconnect(); }

  attributeChangedCallback(name) {
    if (name === "theme") this.#applyTheme();
    else this.#schedule();
  }

  #applyTheme() {
    const t = this.getAttribute("theme");
    if (t === "light" || t === "dark") this.#root.setAttribute("data-theme", t);
    else this.#root.removeAttribute("data-theme");
  }

  #schedule() {
    if (this.#pending || !this.isConnected) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#render().catch((error) => {
        console.error("newsmark:", error);
        this.dispatchEvent(new CustomEvent("newsmark:error", { detail: error, bubbles: true, composed: true }));
      });
    });
  }

  async #render() {
    await ready();
    const text = this.text;
    if (text !== this.#annotatedText) {
      this.#annotations = annotate(text);
      this.#annotatedText = text;
    }
    const show = new Set((this.getAttribute("types") ?? TYPES.join(" ")).split(/\s+/).filter(Boolean));
    const hidden = new Set(TYPES.filter((t) => !show.has(t)));
    const { mentions, quotes } = renderArticle(this.#body, text, this.#annotations, { hidden });
    this.#mentions = mentions;
    this.#quotes = quotes;
    await this.#cssLoaded;
    this.dispatchEvent(new CustomEvent("newsmark:annotated", { detail: this.#annotations, bubbles: true, composed: true }));
  }

  /** The first piece of span `i` (what renderArticle returned), else `el`. */
  #first(el, list, i) { return list[i] ?? el; }

  #select(event) {
    const a = this.#annotations;
    if (a === null) return;
    for (const el of event.composedPath()) {
      if (el === this.#root) return;
      if (!(el instanceof Element)) continue;
      // every piece of a span carries data-i, its index in entities / quotes
      const i = Number(el.getAttribute("data-i"));
      let detail = null;
      if (el.classList.contains("nm-ent")) {
        const mention = a.entities[i] ?? null;
        const id = Number(el.getAttribute("data-id"));
        detail = {
          type: "entity", index: i, id, label: el.getAttribute("data-label"), mention, entity: a.groups[id] ?? null,
          text: mention ? this.#annotatedText.slice(mention.start, mention.end) : el.textContent, element: this.#first(el, this.#mentions, i),
        };
      } else if (el.classList.contains("nm-quote")) {
        const quote = a.quotes[i] ?? null;
        detail = {
          type: "quote", index: i, kind: el.getAttribute("data-kind"), quote,
          text: quote ? this.#annotatedText.slice(quote.start, quote.end) : el.textContent, element: this.#first(el, this.#quotes, i),
        };
      }
      if (detail !== null) {
        if (event.type === "keydown") event.preventDefault();
        this.dispatchEvent(new CustomEvent("newsmark:select", { detail, bubbles: true, composed: true }));
        return;
      }
    }
  }
}

if (globalThis.customElements !== undefined && !customElements.get("newsmark-article")) {
  customElements.define("newsmark-article", NewsmarkArticle);
}
