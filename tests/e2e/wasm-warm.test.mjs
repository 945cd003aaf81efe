// init() and initSync() of the entry module (pkg/newsmark.js) do the one-time
// decoding of the tagger's weights and the lexicon (issue 15), so the first
// annotate() is as fast as the next. Each case runs in a fresh worker
// thread (a fresh module, a fresh instance) and asks the raw module's warm()
// afterwards: it returns true when there was still something to decode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Worker } from "node:worker_threads";
import { once } from "node:events";
import { REPO } from "./harness.mjs";

const pkg = `file://${REPO}/pkg/`;

/** Runs `body` (an async function's source, given init, initSync, raw and bytes) in a fresh thread. */
async function inFreshThread(body) {
  const code = `(async () => {
    const { parentPort } = await import("node:worker_threads");
    const { readFile } = await import("node:fs/promises");
    const entry = await import(${JSON.stringify(`${pkg}newsmark.js`)});
    const raw = await import(${JSON.stringify(`${pkg}newsmark_raw.js`)});
    const bytes = await readFile(new URL(${JSON.stringify(`${pkg}newsmark_bg.wasm`)}));
    parentPort.postMessage(await (${body})(entry, raw, bytes));
  })().catch((e) => { throw e; });`;
  const w = new Worker(code, { eval: true });
  const [result] = await Promise.race([once(w, "message"), once(w, "error").then(([e]) => { throw e; })]);
  await w.terminate();
  return result;
}

test("init() leaves nothing for the first annotate() to decode", async () => {
  const r = await inFreshThread(`async (entry, raw, bytes) => {
    await entry.default({ module_or_path: bytes });
    return { leftCold: raw.warm(), speaker: entry.annotate("Ann said: “Yes.”").quotes[0].speaker };
  }`);
  assert.equal(r.leftCold, false, "init() did not warm the instance");
  assert.equal(r.speaker, "Ann");
});

test("initSync() warms too", async () => {
  const r = await inFreshThread(`async (entry, raw, bytes) => {
    entry.initSync({ module: bytes });
    return { leftCold: raw.warm() };
  }`);
  assert.equal(r.leftCold, false, "initSync() did not warm the instance");
});

test("the raw glue alone does not warm, so the check above can fail", async () => {
  const r = await inFreshThread(`async (entry, raw, bytes) => {
    await raw.default({ module_or_path: bytes });
    return { leftCold: raw.warm() };
  }`);
  assert.equal(r.leftCold, true);
});
