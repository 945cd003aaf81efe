// A trap inside the WebAssembly module never poisons later calls (issue 11):
// the entry module (pkg/newsmark.js) catches it, starts a fresh, warm
// instance and throws a plain Error; every later call works. After a long
// text the instance is replaced too, so its memory is given back (issue 15). Runs in Node on the release
// build. The trap is a real one: the instance's memory is grown to the wasm32
// maximum, so the next large allocation fails and Rust aborts (`unreachable`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { REPO } from "./harness.mjs";

const pkg = new URL(`file://${REPO}/pkg/`);
const { default: init, initSync, annotate, maxInput, restartCount } = await import(new URL("newsmark.js", pkg));
const raw = await import(new URL("newsmark_raw.js", pkg));
initSync({ module: await readFile(new URL("newsmark_bg.wasm", pkg)) });
/** What a fresh instance holds before any text: what a replacement gives back down to. */
const FRESH_BYTES = (await raw.default()).memory.buffer.byteLength;

/** Leaves the current instance no memory to grow into: its next large allocation traps. */
async function exhaustMemory() {
  const { memory } = await raw.default(); // the live instance's exports (already initialised)
  for (let pages = 1024; pages >= 1; pages >>= 1) {
    try { for (;;) memory.grow(pages); } catch { /* at the maximum for this step */ }
  }
}

const LARGE = "Vladimir Putin said the talks were useful. ".repeat(8_000); // 350 KB

test("a trap becomes a plain Error and the next call runs on a fresh instance", async () => {
  const before = restartCount();
  for (let round = 1; round <= 5; round++) {
    await exhaustMemory();
    assert.throws(() => annotate(LARGE), (e) => {
      assert.equal(e.constructor, Error, "a plain Error, not WebAssembly.RuntimeError");
      assert.match(e.message, /^newsmark: the annotator failed on this text .*restarted/);
      assert.ok(e.cause instanceof WebAssembly.RuntimeError);
      return true;
    });
    assert.equal(restartCount(), before + round);
    assert.equal(raw.warm(), false, "the fresh instance was not warmed");
    const a = annotate("Kremlin spokesman Dmitry Peskov said: “We are ready.”");
    assert.deepEqual(a.groups.map((g) => g.name), ["Kremlin", "Dmitry Peskov"]);
    assert.equal(a.quotes[0].speaker, "Dmitry Peskov");
  }
  // the large text itself works on an instance with room
  assert.equal(annotate(LARGE).quotes.length, 0);
  assert.equal(typeof init, "function");
});

/** The live instance's memory, in bytes. */
const memoryBytes = async () => (await raw.default()).memory.buffer.byteLength;

test("after a long text the instance is replaced by a warm one, giving its memory back", async () => {
  const restarts = restartCount();
  annotate(LARGE); // 350 KB: under the limit, so the instance stays and keeps what it grew
  const kept = await memoryBytes();
  assert.equal(annotate(LARGE.slice(0, 100)).groups.length, 1);
  assert.equal(await memoryBytes(), kept, "a short text replaced the instance");
  const long = LARGE.repeat(4); // 1.4 M units: over the limit
  const { groups } = annotate(long);
  assert.deepEqual(groups.map((g) => g.name), ["Vladimir Putin"]);
  // back to a fresh instance's size (not to a share of `kept`: the static
  // data alone is half of it, and grows with the word lists)
  const after = await memoryBytes();
  assert.ok(after < kept && after <= FRESH_BYTES,
    `memory after the long text: ${after} bytes, before it: ${kept}, a fresh instance: ${FRESH_BYTES}`);
  assert.equal(raw.warm(), false, "the fresh instance was not warmed");
  assert.equal(restartCount(), restarts, "a replacement for memory is not a trap");
  assert.equal(annotate("Kremlin spokesman Dmitry Peskov said: “We are ready.”").quotes[0].speaker, "Dmitry Peskov");
});

test("input errors stay plain Errors and restart nothing", () => {
  const before = restartCount();
  assert.throws(() => annotate(42), /takes a string, not number/);
  assert.throws(() => annotate("x".repeat(maxInput() + 1)), /limit is 16,777,216/);
  assert.equal(restartCount(), before);
  assert.equal(annotate("Vladimir Putin").entities.length, 1);
});
