// Types of newsmark/element (embed/element.js): the <newsmark-article> custom element.
import type { Annotations, Entity, Label, Mention, Quote } from "../newsmark.js";

/**
 * What `newsmark:select` carries: the span's `index` in `annotations.entities`
 * or `annotations.quotes`, the annotation itself, its text, and its (first) element.
 */
export type SelectDetail =
  | { type: "entity"; index: number; id: number; label: Label; mention: Mention | null; entity: Entity | null; text: string; element: Element }
  | { type: "quote"; index: number; kind: string; quote: Quote | null; text: string; element: Element };

/**
 * `<newsmark-article text="…" types="PERSON ORG quote" theme="light|dark">`:
 * the text (property, attribute or the element's content) rendered highlighted
 * in a shadow root. Defined on import as "newsmark-article".
 */
export declare class NewsmarkArticle extends HTMLElement {
  static observedAttributes: string[];
  /** The text shown; setting it re-annotates. */
  text: string;
  /** annotate()'s result for the text shown, or null before the first render. */
  readonly annotations: Annotations | null;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string): void;
}

declare global {
  interface HTMLElementTagNameMap { "newsmark-article": NewsmarkArticle; }
  interface HTMLElementEventMap { "newsmark:select": CustomEvent<SelectDetail>; "newsmark:error": CustomEvent<unknown>; }
}
