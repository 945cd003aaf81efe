// Explain: with the check box on, the page annotates with { explain: true }
// and each highlight's tooltip gives the rules behind it ("why: tagger →
// group-surname"), on the main thread and through the worker alike; off, the
// page asks for no explanation and the tooltip has no why line. The choice is
// remembered like the theme. Expectations come from annotate()'s own output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED, annotateInPage, downloadText, openPage, paste, waitShown } from "./page-util.mjs";

const CLIP = { permissions: ["clipboard-read", "clipboard-write"] };
const EXPLAINED = '#article[data-state="done"][data-explain]';
const PLAIN = '#article[data-state="done"]:not([data-explain])';

const h = useHarness();

/**
 * Hovers `selector` (coming from outside the article, so the tooltip is drawn
 * afresh) and returns the tooltip's text and the data-tip of the highlight there.
 */
async function hoverTip(page, selector) {
  await page.mouse.move(1, 1);
  await page.hover(selector);
  const tip = await page.evaluate((sel) => {
    const el = document.getElementById("nm-tip");
    return { shown: !el.hidden, text: el.textContent, dataTip: document.querySelector(sel).closest(".nm-ent, .nm-quote").dataset.tip };
  }, selector);
  assert.ok(tip.shown, `hovering ${selector} shows the tooltip`);
  return tip;
}

/** The why line the page shows for a span: "why: tagger → group-surname". */
const whyLine = (span) => `why: ${span.why.join(" → ")}`;

/** The mention of `text` in `ann` whose text is exactly `name`. */
function mentionOf(ann, text, name) {
  const i = ann.entities.findIndex((m) => text.slice(m.start, m.end) === name);
  assert.ok(i >= 0, `annotate() finds ${name}`);
  return i;
}

test("Explain puts the rules behind a mention and a quote in their tooltips, and is remembered", async () => {
  const page = await openPage(h, CLIP);
  assert.equal(await page.isChecked("#explain"), false, "off by default");
  await paste(page, SEED);
  assert.ok(await page.$(PLAIN), "annotated without explanations");
  const i = mentionOf(await annotateInPage(page, SEED), SEED, "Dmitry Peskov");
  const peskov = `#article .nm-ent[data-i="${i}"]:not([data-part])`;
  const off = await hoverTip(page, peskov);
  assert.equal(off.text, off.dataTip, "off: the tooltip is the highlight's own, with no why line");

  await page.check("#explain");
  await page.waitForSelector(EXPLAINED);
  const a = await annotateInPage(page, SEED, { explain: true });
  const m = a.entities[i];
  assert.equal(m.why[0], "tagger", "Dmitry Peskov is proposed by the tagger");
  const roles = [...new Set(a.roles.filter((r) => r.person === m.id).map((r) => r.why.join(" → ")))];
  assert.ok(roles.length > 0, "Dmitry Peskov has a role (Kremlin spokesman)");
  const on = await hoverTip(page, peskov);
  assert.equal(on.text, `${on.dataTip}\n${whyLine(m)}\nwhy (role): ${roles.join("; ")}`);

  // a mention that a later rule changed shows the whole chain, in order
  const k = a.entities.findIndex((x) => x.why.length > 1);
  assert.ok(k >= 0, "the seed has a mention changed after it was proposed");
  const changed = await hoverTip(page, `#article .nm-ent[data-i="${k}"]:not([data-part])`);
  assert.ok(changed.text.split("\n").includes(whyLine(a.entities[k])), changed.text);
  assert.match(whyLine(a.entities[k]), / → /);

  // and a quote
  assert.ok(a.quotes.length > 0);
  const quote = await hoverTip(page, '#article .nm-quote[data-i="0"]:not([data-part]) > .nm-speaker');
  assert.equal(quote.text, `${quote.dataTip}\n${whyLine(a.quotes[0])}`);

  // the exported JSON is annotate()'s explained output
  const json = JSON.parse(await downloadText(page, "#export-json"));
  assert.deepEqual(json.entities, a.entities);
  assert.deepEqual(json.quotes, a.quotes);

  // remembered: on after a reload (a text other than the restored draft, so that the wait is for it)
  await page.reload();
  await page.waitForSelector("html[data-ready]");
  assert.equal(await page.isChecked("#explain"), true, "the choice is remembered");
  const text = `${SEED}\nDmitry Peskov said nothing more.`;
  await paste(page, text);
  await page.waitForSelector(EXPLAINED);
  const b = await annotateInPage(page, text, { explain: true });
  const j = mentionOf(b, text, "Dmitry Peskov");
  const after = await hoverTip(page, `#article .nm-ent[data-i="${j}"]:not([data-part])`);
  assert.ok(after.text.startsWith(`${after.dataTip}\n${whyLine(b.entities[j])}`), after.text);

  // off again: no why line, and annotate() was asked for none
  await page.mouse.move(1, 1);
  await page.uncheck("#explain");
  await page.waitForSelector(PLAIN);
  const again = await hoverTip(page, `#article .nm-ent[data-i="${j}"]:not([data-part])`);
  assert.equal(again.text, again.dataTip);
  const plain = JSON.parse(await downloadText(page, "#export-json"));
  assert.ok(plain.entities.every((x) => !("why" in x)) && plain.quotes.every((x) => !("why" in x)), "no why when Explain is off");
  assert.deepEqual(plain.entities, (await annotateInPage(page, text)).entities);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("with Explain on, a long text annotated in the worker carries the rules of every mention", async () => {
  const page = await openPage(h);
  await page.check("#explain");
  // long enough for the worker and for its head-first answer (twice 64 Ki characters)
  const big = await page.evaluate(async () => {
    const news = await (await fetch("/tests/fixtures/news.txt")).text();
    let t = "";
    while (t.length < 200_000) t += `${news}\n`;
    // record the states the article takes, to see the head shown first
    const article = document.getElementById("article");
    window.__states = [];
    new MutationObserver(() => {
      if (window.__states.at(-1) !== article.dataset.state) window.__states.push(article.dataset.state);
    }).observe(article, { attributes: true, attributeFilter: ["data-state"] });
    const e = document.getElementById("editor");
    e.value = t;
    e.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    return t;
  });
  await waitShown(page, big, 120_000);
  await page.waitForSelector(EXPLAINED);
  assert.ok(h.server.requests.includes("/www/worker.js"), "the worker annotated it");
  assert.ok((await page.evaluate(() => window.__states)).includes("partial"), "its head was shown first");

  // every mention, role and quote carries annotate()'s why, through the packed transfer
  const a = await annotateInPage(page, big, { explain: true });
  const json = JSON.parse(await downloadText(page, "#export-json"));
  assert.equal(json.entities.length, a.entities.length);
  assert.deepEqual(json.entities, a.entities);
  assert.deepEqual(json.roles, a.roles);
  assert.deepEqual(json.quotes, a.quotes);

  // and the tooltip of a mention near the end shows it
  const last = a.entities.length - 1;
  const tip = await hoverTip(page, `#article .nm-ent[data-i="${last}"]:not([data-part])`);
  assert.ok(tip.text.startsWith(`${tip.dataTip}\n${whyLine(a.entities[last])}`), tip.text);

  // off: the worker is asked for no explanation
  await page.mouse.move(1, 1);
  await page.uncheck("#explain");
  await page.waitForSelector(PLAIN, { timeout: 120_000 });
  const plain = JSON.parse(await downloadText(page, "#export-json"));
  assert.deepEqual(plain.entities, (await annotateInPage(page, big)).entities);
  assert.ok(plain.entities.every((x) => !("why" in x)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
