// The reading page (www/): what annotate() finds is what the page shows.
// Every expectation is derived from annotate()'s own output in the page,
// never from hard-coded answers, so the tests hold as the annotator improves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED, annotateInPage, articleText, downloadText, oneLine, openPage, paste, rendered, waitShown } from "./page-util.mjs";

const LABELS = {
  PERSON: "person", ORG: "organisation", LOC: "place", NORP: "nationality or group", MISC: "other name",
  DATE: "date", TIME: "time", MONEY: "money", PERCENT: "percentage",
};
const CLIP = { permissions: ["clipboard-read", "clipboard-write"] };

const h = useHarness();

test("a pasted article shows every entity and quote of annotate(), with the right type and text", async () => {
  const page = await openPage(h, CLIP);
  await paste(page, SEED);
  assert.equal(await page.inputValue("#editor"), SEED, "the pasted text stays in the editor");
  const a = await annotateInPage(page, SEED);
  assert.ok(a.entities.length > 0, "the seed has entities");
  const shown = await rendered(page);

  assert.equal(shown.entities.length, a.entities.length, "one highlight per mention");
  a.entities.forEach((m, i) => {
    const r = shown.entities[i];
    assert.equal(r.i, i);
    assert.equal(r.label, m.label, `mention ${i} type`);
    assert.equal(r.id, m.id, `mention ${i} entity id`);
    // a mention cut by a line break shows as pieces, one per paragraph
    assert.equal(r.text, SEED.slice(m.start, m.end).replace(/\n/g, ""), `mention ${i} text`);
    assert.equal(r.pieces, SEED.slice(m.start, m.end).split("\n").filter(Boolean).length, `mention ${i} pieces`);
    assert.equal(r.tabindex, "0", `mention ${i} is reachable by keyboard`);
    // The accessible name gives the canonical name and the type, and contains
    // the visible text (WCAG 2.5.3): "Vladimir Putin, person", "US, United States, place".
    const name = oneLine(a.groups[m.id].name);
    assert.ok(r.name.includes(`${name}, ${LABELS[m.label]}`), `mention ${i} accessible name: ${r.name}`);
    assert.ok(r.name.toLowerCase().includes(r.text.toLowerCase()), `mention ${i} accessible name holds its text: ${r.name}`);
  });
  assert.equal(shown.quotes.length, a.quotes.length, "one highlight per quote");
  a.quotes.forEach((q, i) => {
    const r = shown.quotes[i];
    assert.equal(r.kind, q.kind, `quote ${i} kind`);
    assert.equal(r.text, SEED.slice(q.start, q.end).replace(/\n/g, ""), `quote ${i} text`);
    assert.equal(r.badge, q.speaker ? oneLine(q.speaker) : "unattributed", `quote ${i} speaker badge`);
    assert.equal(r.tabindex, "0");
  });
  assert.equal(await articleText(page), SEED, "the article's text, badges aside, is the input exactly");
  assert.equal(await page.locator("#article .nm-p").count(), SEED.split("\n").filter((l) => l !== "").length, "one block per line");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("typing re-annotates (debounced) and the draft survives a reload", async () => {
  const page = await openPage(h);
  const extra = "\nAngela Merkel met Emmanuel Macron in Paris on Monday.";
  await page.fill("#editor", SEED.slice(0, 400));
  await waitShown(page, SEED.slice(0, 400));
  await page.focus("#editor");
  await page.keyboard.press("End");
  await page.evaluate(() => { const e = document.getElementById("editor"); e.selectionStart = e.selectionEnd = e.value.length; });
  await page.keyboard.type(extra, { delay: 5 });
  const text = SEED.slice(0, 400) + extra;
  await waitShown(page, text);
  const a = await annotateInPage(page, text);
  assert.equal((await rendered(page)).entities.length, a.entities.length);
  assert.equal(await articleText(page), text);
  await page.waitForTimeout(700); // the draft is saved 0.5 s after the last change
  await page.reload();
  await page.waitForSelector("html[data-ready]");
  assert.equal(await page.inputValue("#editor"), text, "the draft is restored after a reload");
  await waitShown(page, text);
  await page.context().close();
});

test("the legend shows counts and hides and shows each kind", async () => {
  const page = await openPage(h, CLIP);
  await paste(page, SEED);
  const a = await annotateInPage(page, SEED);
  const counts = {};
  for (const m of a.entities) counts[m.label] = (counts[m.label] ?? 0) + 1;
  const direct = a.quotes.filter((q) => q.kind !== "indirect").length;
  const expect = { ...Object.fromEntries(Object.keys(LABELS).map((l) => [l, counts[l] ?? 0])), quote: direct, indirect: a.quotes.length - direct };
  for (const [key, n] of Object.entries(expect)) {
    const count = await page.textContent(`#legend button[data-key="${key}"] .n`);
    assert.equal(count.replace(/,/g, ""), String(n), `legend count for ${key}`);
  }
  const toggled = Object.entries(expect).filter(([, n]) => n > 0).map(([k]) => k);
  assert.ok(toggled.length > 0);
  for (const key of toggled) {
    const sel = key === "quote" ? '#article .nm-quote:not([data-kind="indirect"])'
      : key === "indirect" ? '#article .nm-quote[data-kind="indirect"]' : `#article .nm-ent[data-label="${key}"]`;
    const shownBefore = await page.locator(sel).count();
    assert.ok(shownBefore > 0, `${key} highlighted at first`);
    const button = page.locator(`#legend button[data-key="${key}"]`);
    await button.click();
    await page.waitForSelector('#article[data-state="done"]');
    assert.equal(await button.getAttribute("aria-pressed"), "false");
    assert.equal(await page.locator(sel).count(), 0, `${key} hidden`);
    assert.equal(await articleText(page), SEED, `text intact with ${key} hidden`);
    await button.click();
    await page.waitForSelector('#article[data-state="done"]');
    assert.equal(await button.getAttribute("aria-pressed"), "true");
    assert.equal(await page.locator(sel).count(), shownBefore, `${key} shown again`);
  }
  await page.context().close();
});

/** The page's floating tooltip: its text, whether it shows, and whom it describes. */
function tooltip(page) {
  return page.evaluate(() => {
    const tip = document.getElementById("nm-tip");
    const by = document.querySelector('[aria-describedby="nm-tip"]');
    return { text: tip.textContent, visible: !tip.hidden && tip.offsetWidth > 0, describes: by ? by.dataset.i + (by.dataset.label ?? by.dataset.kind) : null };
  });
}

test("hover and keyboard focus show a tooltip with type, canonical name and role", async () => {
  const page = await openPage(h, CLIP);
  await paste(page, SEED);
  const a = await annotateInPage(page, SEED);
  const roles = new Map();
  for (const r of a.roles) roles.set(r.person, [...(roles.get(r.person) ?? []), r.role]);
  // prefer a mention whose person has a role, so the role line is checked too
  let i = a.entities.findIndex((m) => roles.has(m.id));
  if (i < 0) i = 0;
  const m = a.entities[i];
  const sel = `#article .nm-ent[data-i="${i}"]:not([data-part])`;
  assert.equal((await tooltip(page)).visible, false, "no tooltip before hover");
  await page.hover(sel);
  const tip = await tooltip(page);
  assert.ok(tip.visible, "hover shows the tooltip");
  assert.equal(tip.describes, `${i}${m.label}`, "the hovered mention is described by it");
  assert.ok(tip.text.includes(oneLine(a.groups[m.id].name)), `tooltip names the entity: ${tip.text}`);
  assert.ok(tip.text.toLowerCase().includes(LABELS[m.label]), "tooltip gives the type");
  for (const role of roles.get(m.id) ?? []) assert.ok(tip.text.includes(oneLine(role)), `tooltip gives the role ${role}`);
  // it stays inside the window
  const box = await page.locator("#nm-tip").boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1360 && box.y + box.height <= 900);
  await page.mouse.move(1, 1);
  assert.equal((await tooltip(page)).visible, false, "leaving hides it");

  // keyboard: Tab from the legend's last button into the article reaches the first highlight
  await page.focus("#legend button:last-child");
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    return el.closest("#article") ? { tip: el.dataset.tip, i: el.dataset.i + (el.dataset.label ?? el.dataset.kind) } : null;
  });
  assert.ok(first, "Tab reaches the first highlight");
  const focused = await tooltip(page);
  assert.ok(focused.visible, "focus shows the tooltip");
  assert.equal(focused.text, first.tip);
  assert.equal(focused.describes, first.i);
  await page.keyboard.press("Escape");
  assert.equal((await tooltip(page)).visible, false, "Esc hides it");

  if (a.quotes.length) {
    const q = a.quotes[0];
    await page.hover('#article .nm-quote[data-i="0"]:not([data-part]) > .nm-speaker');
    const qt = await tooltip(page);
    assert.ok(qt.visible);
    assert.equal(qt.describes, `0${q.kind}`);
    if (q.speaker) assert.ok(qt.text.includes(oneLine(q.speaker)), `quote tooltip names the speaker: ${qt.text}`);
    if (q.cue) assert.ok(qt.text.includes(oneLine(q.cue)), "quote tooltip gives the cue verb");
    assert.match(qt.text.toLowerCase(), q.kind === "indirect" ? /reported speech/ : new RegExp(`${q.kind} quote`));
  }
  await page.context().close();
});

test("clicking an entity in the panel steps through its mentions; clicking a mention selects them all", async () => {
  const page = await openPage(h, CLIP);
  // no smooth scrolling: the sticky panel moves while the page scrolls, and a
  // click landing mid-scroll can hit the article instead of the button
  await page.emulateMedia({ reducedMotion: "reduce" });
  await paste(page, SEED);
  const a = await annotateInPage(page, SEED);
  const best = [...a.groups].sort((x, y) => y.mentions - x.mentions)[0];
  const indices = a.entities.map((m, i) => (m.id === best.id ? i : -1)).filter((i) => i >= 0);
  assert.ok(indices.length >= 1);
  const button = page.locator(`#entities .item[data-id="${best.id}"]`);
  assert.ok((await button.textContent()).includes(best.name));  // the panel keeps the name as given
  for (let k = 0; k < Math.min(indices.length, 3) + 1; k++) {
    await button.click();
    const want = indices[k % indices.length];
    await page.waitForFunction((i) => document.querySelector(".nm-current")?.dataset.i === String(i), want);
    // it is scrolled into view
    await page.waitForFunction(() => {
      const r = document.querySelector(".nm-current").getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  }
  const selected = await page.$$eval("#article .nm-ent.nm-selected:not([data-part])", (els) => els.map((e) => Number(e.dataset.i)));
  assert.deepEqual(selected, indices, "all its mentions are lit");
  assert.equal(await button.getAttribute("aria-current"), "true");

  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#article .nm-selected").count(), 0, "Esc clears");

  // click a mention of another entity in the text
  const other = a.entities.findIndex((m) => m.id !== best.id);
  if (other >= 0) {
    const id = a.entities[other].id;
    await page.click(`#article .nm-ent[data-i="${other}"]:not([data-part])`);
    const lit = await page.$$eval("#article .nm-ent.nm-selected:not([data-part])", (els) => els.map((e) => Number(e.dataset.id)));
    assert.equal(lit.length, a.entities.filter((m) => m.id === id).length);
    assert.ok(lit.every((x) => x === id));
    // and by keyboard: Enter on a focused mention
    await page.keyboard.press("Escape");
    await page.focus(`#article .nm-ent[data-i="${other}"]:not([data-part])`);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#article .nm-ent.nm-selected:not([data-part])").count(), lit.length);
  }

  if (a.quotes.length) {
    await page.click('#quotes .item[data-q="0"]');
    await page.waitForFunction(() => document.querySelector(".nm-current")?.classList.contains("nm-quote"));
    assert.equal(await page.evaluate(() => document.querySelector(".nm-current").dataset.i), "0");
    const headings = await page.$$eval("#quotes h3", (hs) => hs.map((x) => x.textContent));
    assert.ok(headings.some((t) => t.startsWith(a.quotes[0].speaker ?? "Speaker not named")), "quotes are grouped by speaker");
  }
  await page.context().close();
});

test("both exports parse, and their offsets select the annotated text", async () => {
  const page = await openPage(h, CLIP);
  // astral characters before the article make UTF-16 and code point offsets differ
  const text = `👩‍👩‍👧 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 😀\n${SEED}`;
  await paste(page, text);
  const a = await annotateInPage(page, text);

  const json = JSON.parse(await downloadText(page, "#export-json"));
  assert.equal(json.text, text);
  assert.equal(json.unit, "utf16");
  assert.deepEqual(json.entities, a.entities);
  assert.deepEqual(json.quotes, a.quotes);
  assert.deepEqual(json.groups, a.groups);
  for (const m of json.entities) assert.equal(json.text.slice(m.start, m.end), text.slice(m.start, m.end));

  const wa = JSON.parse(await downloadText(page, "#export-wa"));
  assert.equal(wa["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(wa.type, "AnnotationCollection");
  const items = wa.first.items;
  assert.equal(items.length, a.entities.length + a.quotes.length, "one annotation per mention and quote");
  assert.equal(wa.total, items.length);
  const cps = Array.from(text);
  const spans = [...a.entities, ...a.quotes];
  const ids = new Set();
  items.forEach((item, k) => {
    assert.equal(item.type, "Annotation");
    assert.ok(item.id && !ids.has(item.id), "unique ids");
    ids.add(item.id);
    const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector");
    const pos = item.target.selector.find((s) => s.type === "TextPositionSelector");
    const span = spans[k];
    assert.equal(quote.exact, text.slice(span.start, span.end), `annotation ${k} exact`);
    assert.equal(cps.slice(pos.start, pos.end).join(""), quote.exact, `annotation ${k}: code point positions select the exact text`);
    assert.ok(text.slice(0, span.start).endsWith(quote.prefix), "prefix precedes");
    assert.ok(text.slice(span.end).startsWith(quote.suffix), "suffix follows");
    assert.ok(Array.isArray(item.body) && item.body.length >= 2);
  });
  const entityItem = items[0];
  if (a.entities.length) {
    assert.equal(entityItem.body.find((b) => b.purpose === "classifying").value, a.entities[0].label);
    assert.equal(entityItem.body.find((b) => b.purpose === "identifying").value, a.groups[a.entities[0].id].name);
  }
  await page.context().close();
});

test("copy as HTML puts the escaped, highlighted article on the clipboard", async () => {
  const page = await openPage(h, CLIP);
  const text = `${SEED}\n<b>not bold</b> & <script>alert(1)</script>`;
  await paste(page, text);
  const a = await annotateInPage(page, text);
  await page.click("#copy-html");
  await page.waitForFunction(() => /Copied|saved/.test(document.getElementById("status").textContent));
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return (await items[0].getType("text/html")).text();
  });
  const check = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, "text/html");
    const art = doc.querySelector("article");
    for (const d of art.querySelectorAll("[data-nm-decoration]")) d.remove();
    return {
      text: art.textContent,
      marks: art.querySelectorAll("mark.nm-ent:not([data-part])").length,
      quotes: art.querySelectorAll(".nm-quote:not([data-part])").length,
      scripts: doc.querySelectorAll("script, b, img").length,
      tabbable: art.querySelectorAll("[tabindex]").length,
    };
  }, html);
  assert.equal(check.text, text, "the copied article has the text, escaped");
  assert.equal(check.marks, a.entities.length);
  assert.equal(check.quotes, a.quotes.length);
  assert.equal(check.scripts, 0, "pasted markup stays text");
  assert.equal(check.tabbable, 0);
  assert.ok(html.includes("&lt;script&gt;"));
  await page.context().close();
});

test("diagnostics from annotate() are listed plainly, and lead to the spot in the editor", async () => {
  const page = await openPage(h, CLIP);
  const text = `${SEED}\nThe minister said: “we will not move, and left the room.`; // never closed
  await paste(page, text);
  const a = await annotateInPage(page, text);
  const shown = await page.$$eval("#diagnostics .diag > p:first-child", (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(shown, a.diagnostics.slice(0, 150).map((d) => d.message));
  const count = await page.textContent("#diagnostics-count");
  assert.equal(count, a.diagnostics.length ? `(${a.diagnostics.length})` : "");
  if (a.diagnostics.length) {
    await page.click("#diagnostics .diag button");
    const sel = await page.evaluate(() => { const e = document.getElementById("editor"); return [e.selectionStart, e.selectionEnd, document.activeElement === e]; });
    const d = a.diagnostics[0];
    assert.deepEqual(sel, [d.start, Math.max(d.end, d.start + 1), true]);
  } else {
    assert.match(await page.textContent("#diagnostics"), /Nothing to report/);
  }
  await page.context().close();
});
