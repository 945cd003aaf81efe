// The drop-in script under a strict Content-Security-Policy: only
// 'wasm-unsafe-eval' added to 'self', nothing inline. It must highlight every
// [data-newsmark] element with no CSP violation; without 'wasm-unsafe-eval'
// the same page must report one (so the check can fail).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'";
let policy = STRICT;
const h = useHarness({ headers: (path) => (path.endsWith(".html") ? { "content-security-policy": policy } : {}) });

/** Opens the drop-in page, recording CSP violations from the first moment. */
async function open() {
  const page = await h.newPage();
  const console = [];
  page.on("console", (m) => console.push(m.text()));
  // init scripts run through DevTools, not as page script: the CSP does not apply to them
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    window.__done = new Promise((ok) => document.addEventListener("newsmark:done", (e) => ok(e.detail.map((d) => ({
      id: d.element.id, mode: d.result?.mode ?? null, error: d.error ? String(d.error) : null,
      text: d.result?.text ?? null, spans: d.result ? d.result.annotations.entities.length + d.result.annotations.quotes.length : 0,
    })))));
  });
  await page.goto(`${h.url}www/examples/dropin.html`);
  return { page, console };
}

test("drop-in highlights every [data-newsmark] element under script-src 'self' 'wasm-unsafe-eval', with no violation", async () => {
  policy = STRICT;
  const { page, console } = await open();
  const done = await page.evaluate(() => window.__done);
  await page.waitForFunction(() => {
    const el = document.getElementById("component");
    return el.annotations !== null && el.shadowRoot.querySelector("p");
  });
  const r = await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    const wrapped = document.getElementById("wrapped");
    const ranged = document.getElementById("ranged");
    const keys = new Set([...wrapped.querySelectorAll("nm-mark")].map((m) => `${m.className}:${m.getAttribute("data-nm-index")}`));
    let ranges = 0;
    const names = new Set();
    for (const [name, hl] of CSS.highlights) {
      for (const r of hl) if (ranged.contains(r.startContainer)) { ranges++; names.add(name); }
    }
    const comp = document.getElementById("component");
    return {
      keys: keys.size, ranges, names: [...names],
      wrappedText: H.extractText(wrapped).text,
      shown: comp.shadowRoot.querySelectorAll(".nm-ent, .nm-quote").length,
      violations: window.__violations,
    };
  });
  const wrapped = done.find((d) => d.id === "wrapped");
  const ranged = done.find((d) => d.id === "ranged");
  assert.deepEqual(done.map((d) => d.error), [null, null]);
  assert.equal(wrapped.mode, "wrap");
  assert.equal(ranged.mode, "highlight");
  assert.ok(wrapped.spans > 0 && ranged.spans > 0, "nothing annotated");
  assert.equal(r.keys, wrapped.spans, "not every span of the wrap element is marked");
  assert.equal(r.wrappedText, wrapped.text, "wrapping changed the text");
  assert.ok(r.ranges > 0, "no highlight ranges on the Highlight-API element");
  assert.ok(r.names.every((n) => ["nm-PERSON", "nm-quote", "nm-indirect"].includes(n)), `data-newsmark-types ignored: ${r.names}`);
  assert.ok(r.shown > 0, "the web component rendered nothing under the CSP");
  assert.deepEqual(r.violations, []);
  assert.deepEqual(console.filter((m) => /Content Security Policy/i.test(m)), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("control: without 'wasm-unsafe-eval' the same page reports a violation", async () => {
  policy = "default-src 'self'; script-src 'self'";
  const { page } = await open();
  await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 10000 });
  const v = await page.evaluate(() => window.__violations);
  assert.ok(v.some((x) => x.startsWith("script-src")), `unexpected violations: ${v}`);
  await page.close();
  policy = STRICT;
});
