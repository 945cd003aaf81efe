// newsmark's JavaScript entry point (`newsmark` on npm, `pkg/newsmark.js` in
// the repository): wasm-bindgen's glue (`newsmark_raw.js`) with one thing
// added. A trap inside the WebAssembly module (a Rust panic, memory running
// out) leaves an instance that must not be entered again: its stack and heap
// are where the trap left them, and after a few hundred traps every call
// fails. So `annotate` catches a trap, starts a fresh instance from the
// module already compiled (no download, no await), and throws a plain
// `Error` for the text that caused it; the next call works as before. And
// `init()` (and `initSync()`) warm the instance: the one-time decoding of
// the tagger's weights and the lexicon happens there, not in the first
// `annotate()` (issue 15), which is then as fast as the next; a fresh
// instance is warmed too. WebAssembly memory never shrinks, so after a text
// longer than `FRESH_AFTER` the instance is replaced as well: the memory that
// text grew is given back to the page instead of being held while it lives.
//
//   import init, { annotate } from "newsmark";
//   await init();
//   annotate("Kremlin spokesman Dmitry Peskov said: “We are ready.”");
import initRaw, {
  initSync as initSyncRaw,
  annotate as annotateRaw,
  maxInput,
  version,
  warm,
  __wbg_reset_state as resetState,
} from "./newsmark_raw.js";

export { maxInput, version };

/** wasm-bindgen's `init`, then the one-time decoding (see `warm` in the crate). */
export default async function init(input) {
  const exports = await initRaw(input);
  warm();
  return exports;
}

/** wasm-bindgen's `initSync`, then the one-time decoding. */
export function initSync(input) {
  const exports = initSyncRaw(input);
  warm();
  return exports;
}

/**
 * UTF-16 units past which the instance is replaced after the call: about
 * 1 MB of text, which grows the memory by ~25 MB; warming the fresh
 * instance costs a tenth of annotating such a text.
 */
const FRESH_AFTER = 1 << 20;

let restarts = 0;
let broken = null; // why the last restart failed, until one succeeds

/** Errors that mean the instance trapped (wasm stack overflow is a RangeError). */
const isTrap = (e) => e instanceof WebAssembly.RuntimeError || e instanceof RangeError;

/**
 * Annotates `text` (see `newsmark_raw.d.ts` for the result's types). Throws
 * a plain `Error` when `text` is not a string or is longer than `maxInput()`,
 * and when the annotator fails on a text; in that case the instance is
 * replaced, so the next call runs on a fresh one. After a text longer than
 * `FRESH_AFTER` the instance is replaced too, to give its memory back.
 *
 * @param {string} text
 * @param {{ entities?: boolean, quotes?: boolean }} [options]
 */
export function annotate(text, options) {
  if (broken) restart();
  let result;
  try {
    result = annotateRaw(text, options);
  } catch (e) {
    if (!isTrap(e)) throw e;
    restart();
    restarts += 1;
    throw new Error(
      `newsmark: the annotator failed on this text (${e.message}); it was restarted, and other texts are not affected`,
      { cause: e },
    );
  }
  if (text.length > FRESH_AFTER) restart();
  return result;
}

/** Replaces the instance with a warm one; remembers a failure to retry on the next call. */
function restart() {
  try {
    resetState();
    warm();
    broken = null;
  } catch (e) {
    broken = e;
    throw new Error(`newsmark: the annotator could not be restarted (${e.message ?? e}); reload the page`, { cause: e });
  }
}

/** How many times a trapped instance was replaced (for tests and diagnostics). */
export function restartCount() {
  return restarts;
}
