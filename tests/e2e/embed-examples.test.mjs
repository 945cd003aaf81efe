// The example pages a site owner can copy (issue 16, point 5), one per way
// in, each served under the strict policy (as a header, and in its own
// <meta>): each does what it shows, with no policy violation and no page
// error. The drop-in page has its own test (embed-dropin.test.mjs), the
// hostile host page its own (embed-highlight, embed-a11y).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO, useHarness } from "./harness.mjs";

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
// the import-map page needs its map's hash, which its own <meta> states (checked below)
const IMPORT_MAP_PAGE = await readFile(join(REPO, "www", "examples", "importmap.html"), "utf8");
const MAP = /<script type="importmap">([\s\S]*?)<\/script>/.exec(IMPORT_MAP_PAGE)[1];
const MAP_HASH = createHash("sha256").update(MAP).digest("base64");
const h = useHarness({
  headers: (path) => !path.startsWith("/www/examples/") || !path.endsWith(".html") ? {} : {
    "content-security-policy": path.endsWith("importmap.html") ? `${STRICT} 'sha256-${MAP_HASH}'` : STRICT,
  },
});

/** Opens an example page, recording policy violations and newsmark events from the first moment. */
async function open(name) {
  const page = await h.newPage({ viewport: { width: 1000, height: 900 } });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // resolves with the first newsmark:annotated from an element matching `selector`
    window.__annotated = (selector) => new Promise((ok) => {
      const seen = (window.__seen ??= []);
      const hit = seen.find((d) => d.target.matches(selector));
      if (hit) return ok(hit.detail);
      document.addEventListener("newsmark:annotated", function on(e) {
        if (!e.target.matches(selector)) return;
        document.removeEventListener("newsmark:annotated", on);
        ok(e.detail);
      });
    });
    document.addEventListener("newsmark:annotated", (e) => (window.__seen ??= []).push({ target: e.target, detail: e.detail }));
  });
  await page.goto(`${h.url}www/examples/${name}`);
  return page;
}

async function clean(page) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "policy violations");
  assert.deepEqual(page.errors, [], "page errors");
  await page.close();
}

test("index.html lists every example page, and each of them exists", async () => {
  const page = await open("index.html");
  const links = await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")));
  for (const href of ["dropin.html", "highlight.html", "importmap.html", "element.html", "live.html", "host.html"]) {
    assert.ok(links.includes(href), `index.html does not link ${href}`);
    const res = await page.request.get(`${h.url}www/examples/${href}`);
    assert.equal(res.status(), 200, href);
  }
  await clean(page);
});

test("highlight.html: the story is highlighted in place and what was found is listed", { timeout: 60_000 }, async () => {
  const page = await open("highlight.html");
  const r = await page.evaluate(async () => {
    const d = await window.__annotated("#story");
    const ranges = [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0);
    return { entities: d.annotations.entities.length, ranges, items: [...document.querySelectorAll("#found .nm-found-item")].map((b) => b.textContent) };
  });
  assert.ok(r.entities > 0 && r.ranges >= r.entities);
  assert.ok(r.items.includes("Tomas Keller 2 mentions"), `${r.items}`);
  await clean(page);
});

test("importmap.html: its policy holds the map's hash; the module imports by name and highlights", { timeout: 60_000 }, async () => {
  assert.ok(IMPORT_MAP_PAGE.includes(`'sha256-${MAP_HASH}'`), "the page's own policy does not allow its import map");
  const page = await open("importmap.html");
  await page.evaluate(() => window.__annotated("#story"));
  const summary = await page.locator("#summary").textContent();
  assert.match(summary, /people: Anna Brandt/);
  await clean(page);
});

test("element.html: both components render, and a selection is reported by the page's script", { timeout: 60_000 }, async () => {
  const page = await open("element.html");
  await page.evaluate(() => Promise.all([window.__annotated("#story"), window.__annotated("#brief")]));
  await page.locator("#story .nm-ent", { hasText: "Keller" }).first().click();
  assert.equal(await page.locator("#selected").textContent(), "Tomas Keller: Tomas Keller");
  await page.locator("#brief .nm-quote").first().focus();
  await page.keyboard.press("Enter");
  assert.match(await page.locator("#selected").textContent(), /^Quote by Anna Brandt: /);
  await clean(page);
});

test("live.html: each update added is annotated alone and joins the list", { timeout: 60_000 }, async () => {
  const page = await open("live.html");
  await page.evaluate(() => window.__annotated("#live"));
  const add = async () => page.evaluate(async () => {
    const live = document.getElementById("live");
    const next = new Promise((ok) => live.addEventListener("newsmark:annotated", (e) => ok(e.detail), { once: true }));
    document.getElementById("add").click();
    const d = await next;
    return { annotated: d.annotated, removed: d.removed, status: document.getElementById("status").textContent,
      items: [...document.querySelectorAll("#found .nm-found-item")].map((b) => b.textContent) };
  });
  const one = await add();
  const two = await add();
  assert.deepEqual([one.annotated, one.removed], [1, 0]);
  assert.deepEqual([two.annotated, two.removed], [1, 0]);
  assert.match(two.status, /^Updated: 1 paragraph annotated/);
  assert.ok(one.items.includes("Tomas Keller 2 mentions"), `${one.items}`);
  assert.ok(two.items.includes("Anna Brandt 1 mention"), `${two.items}`);
  await clean(page);
});
