// Types of newsmark/highlight (embed/highlight.js): in-place highlighting.
import type { Annotations, Label } from "../newsmark.js";

/** What can be shown: an entity label, "quote" (direct and partial quotes) or "indirect" (reported speech). */
export type SpanType = Label | "quote" | "indirect";

/** Every {@link SpanType}, in display order. */
export declare const TYPES: readonly SpanType[];
/** Element names (lower case) whose edges end a line and a block in the extracted text. */
export declare const BLOCK: ReadonlySet<string>;
/** Element names (lower case) whose text is never read nor marked. */
export declare const SKIP: ReadonlySet<string>;

/**
 * The text of an element as its reader sees it, and where each text node sits
 * in it. White space is collapsed as the browser collapses it (kept where the
 * computed `white-space` preserves it); block boundaries and <br> are "\n".
 */
export interface TextTable {
  /** The extracted text (UTF-16 code units). */
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** `text.slice(starts[k], ends[k])` is what was read of `nodes[k]`. */
  starts: number[];
  ends: number[];
  /**
   * Null when `nodes[k].data` was read as it is; else, for each character of
   * `text.slice(starts[k], ends[k])`, its offset in `nodes[k].data` (a
   * collapsed run of white space maps to its first character).
   */
  maps: (Uint32Array | null)[];
  /** The text between block boundaries: `text.slice(start, end)`, nodes `first` to `last - 1`, the element it belongs to, and the node read first. */
  blocks: { owner: Node; at: Node; start: number; end: number; first: number; last: number }[];
}

/** A piece of a span inside one text node (offsets into that node's data); `first` on a span's first piece. */
export interface Piece { node: Text; index: number; start: number; end: number; span: number; first: boolean; }

/** A span to highlight, in offsets into the extracted text. */
export interface Span {
  start: number; end: number;
  type?: "entity" | "quote";
  label?: Label; id?: number;
  /** the entity's canonical name (wrap mode describes the wrapper with it) */
  name?: string | null;
  kind?: "direct" | "partial" | "indirect";
  /** the quote's speaker */
  speaker?: string | null;
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
  /**
   * "highlight" mode, observed: re-annotate only the blocks a change touched,
   * from a cache keyed by each block's text (default true); false re-annotates
   * the whole text on every change.
   */
  incremental?: boolean;
  /**
   * An element to fill with the list of what was found (a button per entity
   * and per quote, stepping through them in the text), for readers who cannot
   * see the highlights. Kept up to date while observed; removed by unhighlight().
   */
  list?: Element;
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

/**
 * `newsmark:annotated` after an observed change (incremental): what was done,
 * in blocks, and the element's text and annotations at that moment, assembled
 * from its blocks when first read.
 */
export interface LiveResult extends HighlightResult {
  incremental: true;
  /** blocks annotated (their text was new) */
  annotated: number;
  /** blocks drawn from the cache (their text was seen before) */
  reused: number;
  /** blocks removed (changed or gone) */
  removed: number;
}

/** Reads the text of `root` and its node-offset table in one walk. */
export declare function extractText(root: Node): TextTable;
/** Maps spans (extracted-text offsets) to per-text-node pieces. */
export declare function mapSpans(table: Pick<TextTable, "nodes" | "starts" | "ends"> & Partial<Pick<TextTable, "maps">>, spans: ReadonlyArray<{ start: number; end: number }>): Piece[];
/** Where offset `offset` of `table.nodes[k]` lies in `table.text` (-1 when node `k` was not read). */
export declare function textOffset(table: TextTable, k: number, offset: number): number;
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
  interface HTMLElementEventMap { "newsmark:annotated": CustomEvent<HighlightResult | LiveResult | Annotations>; }
}
