// The one place the embed modules import the WebAssembly package from.
// In the repository the package lives in ../pkg/; the npm packaging step
// (scripts/package-npm.mjs) writes its own copy of this file pointing at
// ../newsmark.js. Everything else imports `ready` and `annotate` from here.
import init, { annotate, version } from "../pkg/newsmark.js";

export { annotate, version };

let loading = null;

/**
 * Loads and instantiates the .wasm once (fetched next to newsmark.js, so a
 * site needs `script-src 'self' 'wasm-unsafe-eval'` and nothing else).
 * Later calls return the same promise.
 *
 *   await ready(); annotate("Dmitry Peskov said …");
 *
 * @param {unknown} [input] what wasm-bindgen's init accepts: URL, Response, bytes, Module
 * @returns {Promise<void>}
 */
export function ready(input) {
  loading ??= init(input === undefined ? undefined : { module_or_path: input }).then(() => {});
  return loading;
}
