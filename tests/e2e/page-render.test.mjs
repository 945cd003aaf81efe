// The shared renderer (www/render.js) on its own: nesting, splitting, exact
// text, hidden kinds, slices, bad offsets, and the CSS tooltip of
// newsmark.css (which the embed uses) — on hand-made annotations that
// exercise every case, and on annotate()'s output for real texts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { SEED } from "./page-util.mjs";

let h;
let page;
before(async () => {
  h = await start();
  page = await h.newPage();
  await page.goto(`${h.url}www/sample.txt`); // any file of ours, for the origin; then a blank document
  await page.setContent(`<!doctype html><link rel="icon" href="data:,"><link rel="stylesheet" href="${h.url}www/newsmark.css"><div id="t"></div>`);
});
after(async () => {
  assert.deepEqual(h.offsite, []);
  assert.deepEqual(page.errors, []);
  await h.close();
});

/** Renders in the page; returns a summary of the DOM built. */
function render(text, annotations, options = {}) {
  return page.evaluate(async ({ text, annotations, options, base }) => {
    const { renderArticle } = await import(`${base}www/render.js`);
    const t = document.getElementById("t");
    const hidden = options.hidden ? new Set(options.hidden) : undefined;
    const r = renderArticle(t, text, annotations, { ...options, hidden });
    const clone = t.cloneNode(true);
    for (const d of clone.querySelectorAll("[data-nm-decoration]")) d.remove();
    const describe = (el) => el && ({
      tag: el.tagName.toLowerCase(), cls: el.className, text: el.textContent, label: el.dataset.label, kind: el.dataset.kind,
      id: el.dataset.id, name: el.getAttribute("aria-label"), tabindex: el.getAttribute("tabindex"),
      parent: el.parentElement.className, tip: el.dataset.tip,
    });
    return {
      text: clone.textContent,
      paragraphs: t.querySelectorAll(":scope > p.nm-p").length,
      mentions: r.mentions.map(describe),
      quotes: r.quotes.map(describe),
      pieces: t.querySelectorAll("[data-part=cont]").length,
      focusable: t.querySelectorAll("[tabindex='0']").length,
      elements: [...t.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
    };
  }, { text, annotations, options, base: h.url });
}

const empty = { entities: [], groups: [], roles: [], quotes: [], diagnostics: [] };

test("text is kept exactly, newlines and all, with one paragraph per non-empty line", async () => {
  const text = "Line one\n\n  indented  line\r\nlast 😀 line\n";
  const r = await render(text, empty);
  assert.equal(r.text, text);
  assert.equal(r.paragraphs, 3);
});

test("quotes enclose entities; spans crossing a quote or a line are split into pieces", async () => {
  const text = "“Putin said, Angela Merkel” Merkel\nSmith went on and on\nthen Jones";
  const at = (s) => text.indexOf(s);
  const entities = [
    { start: at("Putin"), end: at("Putin") + 5, label: "PERSON", id: 0 }, // inside the quote
    { start: at("Merkel”"), end: at("Merkel\n") + 3, label: "ORG", id: 1 }, // crosses the quote's end
    { start: at("Merkel\n") + 3, end: at("Smith") + 5, label: "PERSON", id: 2 }, // crosses a line break
  ];
  const groups = [
    { id: 0, label: "PERSON", name: "Vladimir Putin", mentions: 1 },
    { id: 1, label: "ORG", name: "Merkel Org", mentions: 1 },
    { id: 2, label: "PERSON", name: "Merkel\nSmith", mentions: 1 },
  ];
  const quotes = [
    { start: 0, end: 27, kind: "direct", speaker: "Vladimir Putin", speaker_id: 0, cue: "said" },
    { start: at("went"), end: text.length, kind: "indirect", speaker: null, speaker_id: null, cue: null }, // crosses a line
  ];
  const roles = [{ start: 0, end: 0, role: "president", person: 0 }];
  const r = await render(text, { entities, groups, roles, quotes, diagnostics: [] });
  assert.equal(r.text, text);
  assert.equal(r.mentions[0].parent, "nm-quote", "an entity inside a quote nests in it");
  assert.equal(r.mentions[0].name, "Vladimir Putin, person, president");
  assert.match(r.mentions[0].tip, /Person: Vladimir Putin\nRole: president/);
  assert.equal(r.mentions[1].text, "Merkel”", "the piece inside the quote");
  assert.equal(r.mentions[1].parent, "nm-quote");
  assert.equal(r.mentions[2].name, "Merkel Smith, person", "names show on one line");
  assert.equal(r.quotes[0].name, "Direct quote, speaker Vladimir Putin");
  assert.equal(r.quotes[1].name, "Reported speech, speaker not named");
  assert.ok(r.pieces >= 3, "crossing spans continue as pieces");
  assert.equal(r.focusable, entities.length + quotes.length, "one Tab stop per span, not per piece");
  assert.ok(!r.elements.some((t) => !["p", "mark", "span"].includes(t)), `only p, mark, span: ${r.elements}`);
});

test("hidden kinds are left as plain text", async () => {
  const text = "“Hi,” Ann said. Bob thinks it rains on Monday.";
  const a = {
    entities: [{ start: 6, end: 9, label: "PERSON", id: 0 }, { start: 16, end: 19, label: "PERSON", id: 1 }, { start: 39, end: 45, label: "DATE", id: 2 }],
    groups: [{ id: 0, label: "PERSON", name: "Ann", mentions: 1 }, { id: 1, label: "PERSON", name: "Bob", mentions: 1 }, { id: 2, label: "DATE", name: "Monday", mentions: 1 }],
    roles: [],
    quotes: [{ start: 0, end: 5, kind: "direct", speaker: "Ann" }, { start: 27, end: 45, kind: "indirect", speaker: "Bob" }],
    diagnostics: [],
  };
  for (const hidden of [["PERSON"], ["quote"], ["indirect"], ["DATE", "quote", "indirect"]]) {
    const r = await render(text, a, { hidden });
    assert.equal(r.text, text);
    a.entities.forEach((m, i) => assert.equal(r.mentions[i] === null, hidden.includes(m.label), `${hidden}: mention ${i}`));
    a.quotes.forEach((q, i) => assert.equal(r.quotes[i] === null, hidden.includes(q.kind === "indirect" ? "indirect" : "quote"), `${hidden}: quote ${i}`));
  }
});

test("bad offsets are skipped, never thrown on", async () => {
  const text = "abc def";
  const a = {
    entities: [
      { start: 5, end: 2, label: "PERSON", id: 0 }, { start: -1, end: 2, label: "PERSON", id: 0 },
      { start: 0, end: 99, label: "PERSON", id: 0 }, { start: 1.5, end: 3, label: "PERSON", id: 0 },
      { start: 4, end: 7, label: "NOPE", id: 42 }, null,
    ],
    groups: [], quotes: [{ start: 3, end: 3, kind: "direct" }], roles: null,
  };
  const r = await render(text, a);
  assert.equal(r.text, text);
  assert.deepEqual(r.mentions.map((m) => m && m.text), [null, null, null, null, "def", null]);
  assert.equal((await render(text, null)).text, text);
  assert.equal((await render("", empty)).text, "");
});

test("slices rendered with from/to and appended make the same article as one render", async () => {
  const same = await page.evaluate(async ({ text, base }) => {
    const [{ buildFragment }, mod] = await Promise.all([import(`${base}www/render.js`), import(`${base}www/pkg/newsmark.js`)]);
    await mod.default();
    const big = `${text}\n`.repeat(5);
    const a = mod.annotate(big);
    const whole = document.createElement("div");
    whole.append(buildFragment(big, a).fragment);
    const sliced = document.createElement("div");
    const cuts = [0];
    for (let i = 1; i < 4; i++) cuts.push(big.indexOf("\n", Math.floor((big.length * i) / 4)) + 1);
    cuts.push(big.length);
    const firsts = new Array(a.entities.length).fill(null);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const part = buildFragment(big, a, { from: cuts[k], to: cuts[k + 1] });
      part.mentions.forEach((m, i) => { if (m) firsts[i] = m; });
      sliced.append(part.fragment);
    }
    return { equal: whole.isEqualNode(sliced), all: firsts.every(Boolean), n: a.entities.length };
  }, { text: SEED, base: h.url });
  assert.ok(same.n > 0);
  assert.ok(same.equal, "the sliced render equals the whole render");
  assert.ok(same.all, "every mention's first piece is found in some slice");
});

test("newsmark.css shows its own tooltip on hover and focus, also inside a shadow root", async () => {
  const text = "Ann met Bob.";
  const a = { entities: [{ start: 0, end: 3, label: "PERSON", id: 0 }], groups: [{ id: 0, label: "PERSON", name: "Ann Example", mentions: 1 }], roles: [], quotes: [], diagnostics: [] };
  await render(text, a);
  const tipOf = () => page.evaluate(() => {
    const st = getComputedStyle(document.querySelector("#t .nm-ent"), "::after");
    return { content: st.content, visible: st.visibility === "visible" };
  });
  assert.equal((await tipOf()).visible, false);
  await page.hover("#t .nm-ent");
  const tip = await tipOf();
  assert.ok(tip.visible && tip.content.includes("Ann Example"), JSON.stringify(tip));
  await page.mouse.move(500, 500);
  await page.focus("#t .nm-ent");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  assert.equal((await tipOf()).visible, true, "keyboard focus shows it");

  // shadow root with data-theme on the host: styles and theme apply there too
  const shadow = await page.evaluate(async ({ base, a, text }) => {
    const { renderArticle } = await import(`${base}www/render.js`);
    const host = document.createElement("div");
    host.dataset.theme = "dark";
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = `${base}www/newsmark.css`;
    const box = document.createElement("div");
    root.append(link, box);
    await new Promise((r) => { link.onload = r; });
    renderArticle(box, text, a);
    const ent = box.querySelector(".nm-ent");
    const dark = getComputedStyle(ent).backgroundColor;
    host.dataset.theme = "light";
    const light = getComputedStyle(ent).backgroundColor;
    return { dark, light, deco: getComputedStyle(ent).textDecorationStyle };
  }, { base: h.url, a, text });
  assert.notEqual(shadow.dark, shadow.light, "data-theme on the host switches the colours");
  assert.notEqual(shadow.light, "rgba(0, 0, 0, 0)", "styled inside the shadow root");
});
