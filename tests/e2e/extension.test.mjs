// The browser extension (issue 17), loaded in Chromium (new headless mode)
// from build/extension/, which this file builds first. On four saved article
// layouts (tests/fixtures/extension/: a news site with nav, share bar, ad and
// comments; <main> and no <article>; div soup that needs the text-density
// rule; a page served with a strict CSP) the toolbar button is pressed as a
// reader presses it (Extensions.triggerAction), and:
//   - highlights land on the article and nowhere else (nav, comments, ads);
//   - the site's DOM is unchanged: the only mutation is the panel's host
//     element on <html>, and its shadow root is closed;
//   - the panel lists the seed article's people (tests/fixtures/seed.jsonl)
//     and who said what; clicking an item scrolls to that mention;
//   - a second press clears everything: the page is byte for byte as before;
//   - the options (types, theme) apply;
//   - no request leaves the browser (a recording proxy gets every
//     non-loopback request from pages and the service worker alike).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import {
  EXTENSION, PREFIX, REPO, buildExtension, clickPanelNode, launch, readPanel, startRecorder,
} from "./extension-util.mjs";

const FIXTURES = "/tests/fixtures/extension/";
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; base-uri 'none'; form-action 'none'";

// the seed's people, by their canonical names (gold aliases folded in)
const seed = JSON.parse((await readFile(join(REPO, "tests", "fixtures", "seed.jsonl"), "utf8")).split("\n")[0]);
const canonical = new Map();
for (const [name, aliases] of Object.entries(seed.aliases)) for (const a of aliases) canonical.set(a, name);
const PEOPLE = [...new Set(seed.entities.filter((e) => e.label === "PERSON").map((e) => canonical.get(e.text) ?? e.text))];

let server, recorder, ext, page, pages = 0;
const requests = []; // every request any page or worker of the context made

before(async () => {
  await buildExtension();
  server = await serve(REPO, 0, {
    headers: (path) => (path === `${FIXTURES}csp.html` ? { "content-security-policy": STRICT_CSP } : {}),
  });
  recorder = await startRecorder();
  ext = await launch({ proxyPort: recorder.port });
  ext.context.on("request", (r) => requests.push(r.url()));
  if (process.env.DEBUG_EXT) ext.context.on("console", (m) => console.log("console:", m.text()));
  // One tab for every fixture, as a reader moves from page to page: the
  // protocol's triggerAction grants activeTab reliably only to the tab of the
  // window in front, and with several windows open it sometimes did not.
  page = ext.context.pages()[0] ?? await ext.context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
});

after(async () => {
  await ext?.close();
  await recorder?.close();
  await server?.close();
});

/** Opens a fixture (at a URL of its own) in the tab and starts recording what changes in its DOM. */
async function open(name) {
  page.errors.length = 0;
  await page.goto(`${server.url}${FIXTURES.slice(1)}${name}.html?tab=${++pages}`);
  await page.evaluate(() => {
    window.__before = document.documentElement.outerHTML;
    window.__records = [];
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
    new MutationObserver((records) => {
      for (const r of records) {
        window.__records.push({
          type: r.type, target: r.target.nodeName, attribute: r.attributeName,
          added: [...r.addedNodes].map((n) => n.nodeName), removed: [...r.removedNodes].map((n) => n.nodeName),
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return page;
}

/** Presses the button and waits for the panel to say it is done (see pressAndWait). */
async function mark(page) {
  await ext.pressAndWait(page);
  return readPanel(page);
}

/** Presses the button again and waits for the panel to go. */
async function clear(page) {
  await ext.trigger(page);
  await page.waitForSelector("newsmark-panel", { state: "detached" });
}

/** Every range the extension registered: its highlight name, text, and the [data-expect] region it lies in. */
function highlights(page) {
  return page.evaluate((prefix) => {
    const out = [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith(prefix)) continue;
      for (const r of hl) {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const at = (node) => (node.nodeType === 1 ? node : node.parentElement).closest("[data-expect]")?.getAttribute("data-expect") ?? "none";
        out.push({ name: name.slice(prefix.length), text: range.toString(), where: at(r.startContainer), whereEnd: at(r.endContainer) });
      }
    }
    return out;
  }, PREFIX);
}

/** The page's DOM with the panel's host taken out, and what changed while it was marked. */
function domState(page) {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true);
    for (const host of clone.querySelectorAll("newsmark-panel")) host.remove();
    return {
      same: clone.outerHTML === window.__before,
      now: document.documentElement.outerHTML === window.__before,
      hosts: document.querySelectorAll("newsmark-panel").length,
      hostParent: document.querySelector("newsmark-panel")?.parentNode?.nodeName ?? null,
      records: window.__records,
      violations: window.__violations,
    };
  });
}

for (const [layout, rule] of [["news", "article"], ["main", "main"], ["soup", "density"], ["csp", "article"]]) {
  test(`${layout} layout: the article (${rule} rule) is marked, nothing else; the panel lists the seed's people; a second press restores the page`, async () => {
    const page = await open(layout);
    const panel = await mark(page);
    assert.equal(panel.state, "ready", panel.status);
    assert.equal(panel.mode, "closed", "the panel's shadow root is closed");

    const marks = await highlights(page);
    assert.ok(marks.length >= 40, `only ${marks.length} highlights`);
    const outside = marks.filter((m) => m.where !== "article" || m.whereEnd !== "article");
    assert.deepEqual(outside, [], "highlights outside the article (nav, share bar, ads, comments, footer)");
    const people = new Set(marks.filter((m) => m.name === "PERSON").map((m) => m.text));
    for (const p of ["Vladimir Putin", "Dmitry Peskov", "Rustem Umerov", "Volodymyr Zelensky"]) assert.ok(people.has(p), `${p} is not highlighted`);
    assert.ok(marks.some((m) => m.name === "quote" || m.name === "indirect"), "no quote highlighted");

    const listed = panel.sections.find((s) => s.heading === "People")?.items.map((i) => i.name) ?? [];
    for (const p of PEOPLE) assert.ok(listed.includes(p), `the panel does not list ${p}: ${listed.join(", ")}`);
    assert.ok(!listed.includes("Elon Musk") && !listed.includes("Olga"), "people from ads or comments are listed");
    assert.ok(panel.sections.some((s) => s.heading === "Organisations" && s.items.some((i) => i.name === "Kremlin")));
    assert.ok(panel.sections.some((s) => s.heading === "Places" && s.items.some((i) => i.name === "Brussels")));
    const said = panel.sections.find((s) => s.heading === "Who said what")?.items ?? [];
    assert.ok(said.some((i) => i.name === "Dmitry Peskov" && i.text.includes("announced")), "who said what misses Peskov");
    const peskov = said.find((i) => i.name === "Dmitry Peskov");
    assert.ok(peskov.title.includes("to negotiate a peace deal"), `the whole quote is not in the item's tooltip: ${peskov.title}`);
    assert.equal(panel.sections.find((s) => s.heading === "People").items.find((i) => i.name === "Vladimir Putin").title, "Vladimir Putin: 7 mentions");

    const marked = await domState(page);
    assert.ok(marked.same, "the site's DOM changed outside the panel's host");
    assert.equal(marked.hosts, 1);
    assert.equal(marked.hostParent, "HTML");
    assert.deepEqual(marked.records, [{ type: "childList", target: "HTML", attribute: null, added: ["NEWSMARK-PANEL"], removed: [] }]);

    await clear(page);
    const cleared = await domState(page);
    assert.ok(cleared.now, "the page is not as it was after clearing");
    assert.deepEqual(await highlights(page), []);
    assert.deepEqual(await page.evaluate((p) => [...CSS.highlights.keys()].filter((k) => k.startsWith(p)), PREFIX), []);
    assert.equal(cleared.records.length, 2);
    assert.deepEqual(cleared.records[1], { type: "childList", target: "HTML", attribute: null, added: [], removed: ["NEWSMARK-PANEL"] });
    assert.deepEqual(cleared.violations, [], "the page's CSP reported a violation");
    assert.deepEqual(page.errors, []);

    // and it marks again after clearing
    assert.equal((await mark(page)).state, "ready");
    await clear(page);
  });
}

test("the article rules: <article>, <main>, text density, and the boilerplate they leave out", async () => {
  const page = await open("main");
  const r = await page.evaluate(async () => {
    const { findArticle, isBoilerplate } = await import("/extension/article.js");
    const pick = () => { const f = findArticle(document); return f && `${f.rule}:${f.element.id}`; };
    const results = {};
    const para = (n) => `<p>${"Kremlin spokesman Dmitry Peskov said the talks, held in Moscow, were useful. ".repeat(n)}</p>`;
    const cases = {
      // comments marked up as <article>s, inside a comments section, and a longer story
      comments: `<article id="a">${para(4)}</article><section class="comments"><article id="c1">${para(6)}</article></section>`,
      // teaser cards too short to be an article, and a <main> with the story
      teasers: `<article id="t1"><p>Short teaser about Moscow.</p></article><article id="t2"><p>Another teaser.</p></article><main id="m">${para(5)}</main>`,
      // no article nor main: the container with the most prose wins over a link list and a promo
      density: `<div id="links">${"<p><a href='#'>A link to another story about Moscow</a></p>".repeat(12)}</div><div id="promo-box" class="promo">${para(3)}</div><div id="story">${para(2)}${para(2)}${para(2)}</div>`,
      // "article-body has-sidebar" is content, not a sidebar
      named: `<div id="x" class="article-body has-sidebar">${para(3)}${para(3)}</div><div class="sidebar" id="s">${para(1)}</div>`,
      nothing: `<div id="n"><p>Hi.</p></div>`,
    };
    for (const [name, html] of Object.entries(cases)) {
      document.body.innerHTML = html;
      results[name] = pick();
    }
    document.body.innerHTML = `<div id="z"><nav id="nav"></nav><div class="share-bar" id="sb"></div><div class="story-body" id="ok"></div><div hidden id="h"></div><aside id="as"></aside></div>`;
    results.boilerplate = ["nav", "sb", "ok", "h", "as"].filter((id) => isBoilerplate(document.getElementById(id)));
    return results;
  });
  assert.deepEqual(r, {
    comments: "article:a", teasers: "main:m", density: "density:story", named: "density:x", nothing: null,
    boilerplate: ["nav", "sb", "h", "as"],
  });
});

test("a page with no article: the panel says so, nothing is marked, and a second press clears it", async () => {
  const page = await open("empty");
  const panel = await mark(page);
  assert.equal(panel.state, "empty");
  assert.equal(panel.status, "No article found on this page.");
  assert.deepEqual(panel.sections, []);
  assert.deepEqual(await highlights(page), []);
  await clear(page);
  assert.ok((await domState(page)).now);
});

test("clicking a person in the panel scrolls to their mentions, one after another", async () => {
  const page = await open("news");
  const panel = await mark(page);
  const people = panel.sections.find((s) => s.heading === "People").items;
  const peskov = people.find((i) => i.name === "Dmitry Peskov");
  const where = () => page.evaluate((prefix) => {
    const current = CSS.highlights.get(`${prefix}current`);
    const r = current ? [...current][0] : null;
    if (!r) return { scrollY, current: null };
    const range = new Range();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const rect = range.getBoundingClientRect();
    return { scrollY, current: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
  }, PREFIX);
  const start = await where();
  assert.deepEqual(start, { scrollY: 0, current: null });
  const below = await page.evaluate(() => {
    const p = [...document.querySelectorAll("#story p")].find((e) => e.textContent.includes("Dmitry Peskov announced"));
    return p.getBoundingClientRect().top > innerHeight;
  });
  assert.ok(below, "the fixture must start with Peskov's paragraph out of view");
  await clickPanelNode(page, peskov.backendNodeId);
  const after = await where();
  assert.equal(after.current, "Dmitry Peskov");
  assert.ok(after.inView && after.scrollY > 0, JSON.stringify(after));

  // Putin: each click goes to the next mention
  const putin = people.find((i) => i.name === "Vladimir Putin");
  await clickPanelNode(page, putin.backendNodeId);
  const first = await where();
  await clickPanelNode(page, putin.backendNodeId);
  const second = await where();
  assert.ok(["Vladimir Putin", "Putin"].includes(first.current) && second.current === "Putin", JSON.stringify([first, second]));
  const counts = (await readPanel(page)).sections.find((s) => s.heading === "People").items.find((i) => i.name === "Vladimir Putin").text;
  assert.match(counts, /2\/\d+$/);
  assert.ok((await domState(page)).same, "clicking in the panel changed the site's DOM");
  await clear(page);
});

test("options: types to show and the panel's theme, kept in the extension's IndexedDB", async () => {
  let options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.waitForSelector("html[data-ready]");
  const saved = async (act) => {
    await options.evaluate(() => { document.getElementById("status").textContent = ""; });
    await act();
    await options.locator("#status", { hasText: "Saved." }).waitFor();
  };
  await saved(() => options.getByLabel("Places").uncheck());
  await saved(() => options.getByLabel("Dark", { exact: true }).check());
  await options.close(); // one window: see before()

  const page = await open("news");
  const panel = await mark(page);
  assert.match(panel.theme, /\bdark\b/);
  assert.deepEqual(panel.sections.map((s) => s.heading), ["People", "Organisations", "Who said what"]);
  const names = new Set((await highlights(page)).map((m) => m.name));
  assert.ok(!names.has("LOC") && names.has("PERSON"), [...names].join(" "));
  await clear(page);

  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.waitForSelector("html[data-ready]");
  assert.equal(await options.getByLabel("Places").isChecked(), false, "the options page shows what was saved");
  assert.equal(await options.getByLabel("Dark", { exact: true }).isChecked(), true);
  await saved(() => options.getByLabel("Places").check());
  await saved(() => options.getByLabel("Follow the system").check());
  await options.close();
});

test("no request leaves the browser, and the extension asks for activeTab and scripting only", async () => {
  // Chromium itself (not the extension) asks its update service and Google
  // accounts, with or without extensions; those two hosts are the only
  // requests the proxy may see, and none of them carries a page's text.
  const BROWSER_OWN = /^(CONNECT (update\.googleapis\.com|accounts\.google\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?)/;
  assert.deepEqual(recorder.seen.filter((r) => !BROWSER_OWN.test(r)), [], "requests went past 127.0.0.1");
  // the context's own log sees the service worker's requests too (its .wasm, read from the extension)
  assert.ok(requests.some((u) => u.startsWith(`chrome-extension://${ext.extensionId}/pkg/newsmark_bg.wasm`)), "the worker's requests are not observed");
  const strange = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("chrome-extension://"));
  assert.deepEqual(strange, []);
  const paths = [...new Set(server.requests.map((p) => p.replace(/\?.*$/, "")))].sort();
  // the fixtures, article.js for the rules test, and the favicon the browser asks every site for
  assert.deepEqual(paths, ["/favicon.ico", `${FIXTURES}csp.css`, `${FIXTURES}csp.html`, `${FIXTURES}empty.html`, `${FIXTURES}main.html`, `${FIXTURES}news.html`,
    `${FIXTURES}soup.html`, "/extension/article.js"].sort());

  const manifest = JSON.parse(await readFile(join(EXTENSION, "manifest.json"), "utf8"));
  assert.deepEqual(manifest.permissions, ["activeTab", "scripting"]);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, "nothing runs on a page by itself");
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  // the extension's own code fetches one thing: its .wasm, from its own files
  for (const f of await readdir(EXTENSION)) {
    if (!f.endsWith(".js")) continue;
    const code = await readFile(join(EXTENSION, f), "utf8");
    const calls = code.match(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b\s*\(?[^)\n]{0,60}/g) ?? [];
    const expected = f === "background.js" ? ['fetch(chrome.runtime.getURL("pkg/newsmark_bg.wasm"'] : [];
    assert.deepEqual(calls, expected, f);
  }
});
