// The page under a strict Content-Security-Policy (no inline script or
// style, only its own origin; 'wasm-unsafe-eval' for the annotator): it
// loads, annotates (also in the worker), shows tooltips and exports, with
// no policy violation. Copy as HTML is left out: Chromium applies the page's
// policy while sanitising HTML written to the clipboard and reports the
// copied inline styles (the copy still works).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED, articleText, openPage, waitShown } from "./page-util.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const h = useHarness({ headers: () => ({ "content-security-policy": CSP }) });

test("the page works under a strict Content-Security-Policy, with no violation", async () => {
  const page = await h.newPage({ viewport: { width: 1360, height: 900 } });
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${h.url}www/`);
  await page.waitForSelector("html[data-ready]");
  await page.click("#sample");
  await waitShown(page, SEED);
  assert.equal(await articleText(page), SEED);
  await page.hover("#article .nm-ent");
  assert.equal(await page.isVisible("#nm-tip"), true, "the tooltip shows");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-wa")]);
  assert.ok((await dl.path()) != null);
  // a long text goes through the worker
  const long = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    const e = document.getElementById("editor");
    e.value = news.repeat(2);
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    return e.value;
  });
  await waitShown(page, long);
  assert.ok(h.server.requests.includes("/www/worker.js"));
  assert.equal(await articleText(page), long);
  assert.deepEqual(violations, [], "no Content-Security-Policy violation");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
