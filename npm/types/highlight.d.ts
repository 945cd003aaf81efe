// Types of newsmark/highlight (embed/highlight.js): in-place highlighting.
import type { Annotations, Label } from "../newsmark.js";

/** What can be shown: an entity label, "quote" (direct and partial quotes) or "indirect" (reported speech). */
export type SpanType = Label | "quote" | "indirect";

/** Every {@link SpanType}, in display order. */
export declare const TYPES: readonly SpanType[];
/** Element names (lower case) whose edges count as a line break in the extracted text. */
export declare const BLOCK: ReadonlySet<string>;
/** Element names (lower case) whose text is never read nor marked. */
export declare const SKIP: ReadonlySet<string>;

/** The text of an element as newsmark reads it, and where each text node sits in it. */
export interface TextTable {
  /** The extracted text: text nodes in order, "\n" at block boundaries and for each <br>. */
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** `nodes[k].data === text.slice(starts[k], ends[k])` (UTF-16 code units). */
  starts: number[];
  ends: number[];
}

/** A piece of a span inside one text node (offsets into that node's data). */
export interface Piece { node: Text; index: number; start: number; end: number; span: number; }

/** A span to highlight, in offsets into the extracted text. */
export interface Span {
  start: number; end: number;
  type?: "entity" | "quote";
  label?: Label; id?: number;
  kind?: "direct" | "partial" | "indirect";
  /** index into `annotations.entities` or `annotations.quotes` */
  index?: number;
}

export type Mode = "highlight" | "wrap";

export interface HighlightOptions {
  /** "highlight" (default): CSS Custom Highlight API, no DOM change (falls back to "wrap" where unsupported); "wrap": wrapper elements. */
  mode?: Mode;
  /** What to show; default {@link TYPES}. */
  types?: Iterable<SpanType>;
  /** Wrapper element name in "wrap" mode; default "nm-mark". */
  tag?: string;
  /** "highlight" mode: re-highlight when the element's content changes (default true). */
  observe?: boolean;
  /** Where to load the .wasm from (URL, Response, bytes or WebAssembly.Module); default next to newsmark.js. */
  wasm?: unknown;
}

export interface HighlightResult {
  /** The mode used. */
  mode: Mode;
  /** The extracted text that was annotated. */
  text: string;
  /** annotate(text)'s result; offsets into `text`. */
  annotations: Annotations;
}

/** Reads the text of `root` and its node-offset table in one walk. */
export declare function extractText(root: Node): TextTable;
/** Maps spans (extracted-text offsets) to per-text-node pieces. */
export declare function mapSpans(table: Pick<TextTable, "nodes" | "starts" | "ends">, spans: ReadonlyArray<{ start: number; end: number }>): Piece[];
/** The spans of `annotations` to show, entities first then quotes. */
export declare function spansOf(annotations: Annotations, types?: Iterable<SpanType>): Span[];
/** True when the CSS Custom Highlight API is available. */
export declare function highlightApiSupported(): boolean;
/** Highlights given spans on `element` synchronously (the wasm need not be loaded); returns the mode used. */
export declare function applySpans(element: Element, spans: ReadonlyArray<Span>, options?: Pick<HighlightOptions, "mode" | "tag"> & { table?: TextTable }): Mode;
/**
 * Annotates the text of `element` and highlights it in place. Also dispatches
 * `newsmark:annotated` (detail: the result) on `element`.
 */
export declare function highlight(element: Element, options?: HighlightOptions): Promise<HighlightResult>;
/** Removes the highlights of `element`, restoring its DOM exactly. */
export declare function unhighlight(element: Element): void;

declare global {
  interface HTMLElementEventMap { "newsmark:annotated": CustomEvent<HighlightResult | Annotations>; }
}
