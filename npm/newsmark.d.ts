// Types of newsmark's entry point (npm/newsmark.js): the glue's types, with
// `annotate` recovering from traps (see newsmark.js).
export type {
  Label, QuoteKind, Mention, Entity, Role, Quote, Diagnostic, Annotations, AnnotateOptions,
  InitInput, InitOutput, SyncInitInput,
} from "./newsmark_raw.js";
export { default, initSync, annotate, maxInput, version } from "./newsmark_raw.js";
/** How many times a trapped instance was replaced since the page loaded. */
export function restartCount(): number;
