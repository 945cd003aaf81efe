// Types of newsmark/dropin (embed/dropin.js). Importing it highlights every
// [data-newsmark] element of the document, then fires `newsmark:done` on document.
// Attributes: data-newsmark ("" | "wrap"), data-newsmark-types (space-separated
// types), data-newsmark-list (the id of the element to list what was found in).
import type { HighlightResult } from "./highlight.js";

export interface DropinOutcome { element: Element; result?: HighlightResult; error?: unknown; }

/** Highlights every `[data-newsmark]` element under `root` (default: document), one after the other. */
export declare function highlightAll(root?: ParentNode): Promise<DropinOutcome[]>;

declare global {
  interface DocumentEventMap { "newsmark:done": CustomEvent<DropinOutcome[]>; }
}
