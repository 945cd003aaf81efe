// Types of newsmark/element (embed/element.js): the <newsmark-article> custom element.
import type { Annotations, Entity, Label, Quote } from "../newsmark.js";

/** What `newsmark:select` carries. */
export type SelectDetail =
  | { type: "entity"; id: number; label: Label; entity: Entity | null; text: string; element: Element }
  | { type: "quote"; kind: string; quote: Quote | null; text: string; element: Element };

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
  interface HTMLElementEventMap { "newsmark:select": CustomEvent<SelectDetail>; }
}
