// <newsmark-article>: renders annotate()'s output in a shadow root, looks the
// same with and without the host's hostile CSS, leaks no style into the host,
// and reports annotation and selection by events.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { useHarness, ARTIFACTS } from "./harness.mjs";

const h = useHarness();

const sha = (buf) => createHash("sha256").update(buf).digest("hex");

/** Waits until every <newsmark-article> on the page has rendered. */
async function rendered(page) {
  await page.waitForFunction(() => [...document.querySelectorAll("newsmark-article")]
    .every((e) => e.annotations !== null && e.shadowRoot.querySelector(".nm-ent, .nm-quote, p")));
  // the linked newsmark.css has loaded once `newsmark:annotated` fired; give paint a frame
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test("looks the same pixel for pixel with and without hostile host CSS", async () => {
  const page = await h.newPage({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${h.url}www/examples/host.html?mode=none`);
  // put the components first so the hostile CSS cannot move them, only restyle them
  await page.evaluate(() => document.body.prepend(...document.querySelectorAll("newsmark-article")));
  await rendered(page);
  const shots = {};
  for (const hostile of [true, false]) {
    await page.evaluate((on) => { document.getElementById("hostile").sheet.disabled = !on; }, hostile);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const id of ["component", "component-dark"]) {
      const buf = await page.locator(`#${id}`).screenshot();
      await writeFile(join(ARTIFACTS, `embed-${id}-${hostile ? "hostile" : "plain"}.png`), buf);
      shots[`${id}-${hostile}`] = sha(buf);
    }
  }
  // the hostile sheet really is hostile outside the component
  const outside = await page.evaluate(() => {
    document.getElementById("hostile").sheet.disabled = false;
    return getComputedStyle(document.querySelector("h1")).color;
  });
  assert.equal(outside, "rgb(160, 0, 0)");
  assert.equal(shots["component-true"], shots["component-false"], "light component differs under hostile CSS");
  assert.equal(shots["component-dark-true"], shots["component-dark-false"], "dark component differs under hostile CSS");
  assert.notEqual(shots["component-true"], shots["component-dark-true"]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("renders annotate()'s mentions and quotes, honours types and theme, and fires its events", async () => {
  const page = await h.newPage();
  await page.goto(`${h.url}www/examples/host.html?mode=none`);
  await rendered(page);
  const r = await page.evaluate(async () => {
    const W = await import("/www/embed/wasm.js");
    await W.ready();
    const el = document.getElementById("component");
    const dark = document.getElementById("component-dark");
    const expect = W.annotate(el.text);
    // a mention may be drawn in pieces (data-part="cont"); join them by data-i
    const pieces = new Map();
    for (const m of el.shadowRoot.querySelectorAll(".nm-ent")) {
      const i = Number(m.dataset.i);
      pieces.set(i, (pieces.get(i) ?? "") + m.textContent);
    }
    const marks = [...pieces].sort((x, y) => x[0] - y[0]).map(([, t]) => t);
    const want = expect.entities.map((m) => el.text.slice(m.start, m.end));
    const darkLabels = new Set([...dark.shadowRoot.querySelectorAll(".nm-ent")].map((m) => m.getAttribute("data-label")));
    const darkAll = W.annotate(dark.text).entities.filter((m) => m.label === "PERSON").length;
    // property text wins and re-renders; the event carries the annotations
    const annotated = new Promise((ok) => el.addEventListener("newsmark:annotated", (e) => ok(e.detail), { once: true }));
    el.text = "“We will not move,” said Anna Brandt in Valmora.";
    const detail = await annotated;
    const sameDetail = JSON.stringify(detail) === JSON.stringify(W.annotate(el.text));
    // selection: click the first highlighted entity, then Enter on a quote
    const selected = [];
    document.addEventListener("newsmark:select", (e) => selected.push({ type: e.detail.type, text: e.detail.text, entity: e.detail.entity?.name ?? null }));
    const first = el.shadowRoot.querySelector(".nm-ent:not([data-part])");
    first?.click();
    const quote = el.shadowRoot.querySelector(".nm-quote:not([data-part])");
    quote?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true }));
    return {
      marks, want, darkLabels: [...darkLabels], darkAll, sameDetail, selected,
      firstText: first ? el.text.slice(detail.entities[first.dataset.i].start, detail.entities[first.dataset.i].end) : null,
      firstName: first ? detail.groups[Number(first.dataset.id)].name : null,
      quoteText: quote ? el.text.slice(detail.quotes[quote.dataset.i].start, detail.quotes[quote.dataset.i].end) : null,
      mode: el.shadowRoot.mode,
      darkTheme: dark.shadowRoot.querySelector(".nm-root").getAttribute("data-theme"),
    };
  });
  assert.equal(r.mode, "open");
  assert.ok(r.want.length > 0, "annotate() found nothing in the component's text");
  assert.deepEqual(r.marks, r.want, "rendered mentions differ from annotate()'s");
  assert.ok(r.darkLabels.every((l) => l === "PERSON"), `types="PERSON quote" showed ${r.darkLabels}`);
  assert.equal(r.darkLabels.length > 0, r.darkAll > 0);
  assert.equal(r.darkTheme, "dark");
  assert.ok(r.sameDetail, "newsmark:annotated detail is not annotate()'s result");
  const expectSel = [];
  if (r.firstText !== null) expectSel.push({ type: "entity", text: r.firstText, entity: r.firstName });
  if (r.quoteText !== null) expectSel.push({ type: "quote", text: r.quoteText, entity: null });
  assert.ok(expectSel.length > 0, "nothing to select");
  assert.deepEqual(r.selected, expectSel);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("leaks no style into the host page", async () => {
  const page = await h.newPage();
  const probe = `${h.url}www/examples/__probe.html`;
  await page.route(probe, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><link rel="icon" href="data:,"><h1>Title</h1>
      <p class="nm-root" data-theme="dark">Para <mark class="nm-ent" data-label="PERSON">Ann</mark>
      <span class="nm-quote" data-kind="direct">“Hi”</span> <a href="#">link</a></p>
      <div class="nm-root"><slot></slot><nm-mark class="nm-ent">x</nm-mark></div>`,
  }));
  await page.goto(probe);
  const styles = () => [...document.querySelectorAll("body *")].map((e) => {
    const cs = getComputedStyle(e);
    return `${e.localName}: ${[...cs].map((p) => `${p}=${cs.getPropertyValue(p)}`).join(";")}`;
  });
  const before = await page.evaluate(styles);
  const sheets = await page.evaluate(async () => {
    const n = document.styleSheets.length + document.adoptedStyleSheets.length;
    await import("/www/embed/element.js");
    const el = document.createElement("newsmark-article");
    el.text = "Mayor Elena Marsh called it “a good day.”";
    const done = new Promise((ok) => el.addEventListener("newsmark:annotated", ok, { once: true }));
    document.body.append(el);
    await done;
    return { before: n, after: document.styleSheets.length + document.adoptedStyleSheets.length };
  });
  const after = await page.evaluate(styles);
  after.pop(); // the component itself
  assert.deepEqual(after, before, "a host element's computed style changed");
  assert.equal(sheets.after, sheets.before, "the component added a stylesheet to the document");
  await page.close();
});
