// Accessibility of the reading page: axe-core (run from node_modules, never
// fetched) finds no serious or critical violation in light and dark; every
// highlight is reachable by keyboard with a name; colours meet WCAG AA.
// Also saves light and dark screenshots to tests/e2e/artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ARTIFACTS, useHarness } from "./harness.mjs";
import { SEED, annotateInPage, contrast, openPage, paste } from "./page-util.mjs";

const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CLIP = { permissions: ["clipboard-read", "clipboard-write"] };
const ALL_LABELS = ["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT"];

const h = useHarness();

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

for (const scheme of ["light", "dark"]) {
  test(`axe finds no serious or critical violation (${scheme}), and the screenshot is saved`, async () => {
    const page = await openPage(h, { ...CLIP, colorScheme: scheme });
    await paste(page, SEED);
    // show a tooltip and a selection, as a reader would see them
    await page.click("#entities .item");
    await page.hover("#article .nm-ent:not([data-part])");
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(ARTIFACTS, `page-${scheme}.png`) });
    await page.screenshot({ path: join(ARTIFACTS, `page-${scheme}-full.png`), fullPage: true });
    const violations = await axe(page);
    if (violations.length) console.log(`axe (${scheme}), all impacts:`, JSON.stringify(violations, null, 1));
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(bad, [], `serious/critical axe violations in ${scheme}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`every highlight colour meets WCAG AA contrast (${scheme})`, async () => {
    const page = await openPage(h, { colorScheme: scheme });
    // Render one mention of every type and every quote kind with the shared
    // renderer, so all colours are checked whatever the annotator finds.
    const result = await page.evaluate(async (labels) => {
      const { renderArticle } = await import("/www/render.js");
      const words = labels.map((l) => `${l.toLowerCase()}word`);
      let text = "";
      const entities = [];
      words.forEach((w, k) => {
        entities.push({ start: text.length, end: text.length + w.length, label: labels[k], id: k });
        text += `${w} `;
      });
      const qs = text.length;
      text += "“direct words,” ‘partial words’ reported words";
      const quotes = [
        { start: qs, end: qs + 15, kind: "direct", speaker: "Ann Example", cue: "said" },
        { start: qs + 16, end: qs + 31, kind: "partial", speaker: null, cue: null },
        { start: qs + 32, end: text.length, kind: "indirect", speaker: "Bo Example", cue: "said" },
      ];
      const groups = labels.map((l, k) => ({ id: k, label: l, name: words[k], mentions: 1 }));
      const host = document.getElementById("article");
      renderArticle(host, text, { entities, groups, roles: [], quotes, diagnostics: [] });
      const out = [];
      const bgOf = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(bg) && bg !== "transparent") return bg;
        }
        return getComputedStyle(document.body).backgroundColor;
      };
      for (const el of host.querySelectorAll(".nm-ent, .nm-quote, .nm-speaker")) {
        const st = getComputedStyle(el);
        out.push({ what: el.dataset.label ?? el.dataset.kind ?? el.className, fg: st.color, bg: bgOf(el) });
      }
      const ent = host.querySelector(".nm-ent");
      const tip = getComputedStyle(ent, "::after");
      out.push({ what: "tooltip", fg: tip.color, bg: tip.backgroundColor });
      const glyph = getComputedStyle(ent, "::before");
      out.push({ what: "type letter", fg: glyph.color, bg: bgOf(ent) });
      return out;
    }, ALL_LABELS);
    assert.ok(result.length >= ALL_LABELS.length + 3 + 3 + 2);
    await page.hover("#article .nm-ent");
    result.push(await page.evaluate(() => {
      const st = getComputedStyle(document.getElementById("nm-tip"));
      return { what: "page tooltip", fg: st.color, bg: st.backgroundColor };
    }));
    for (const r of result) {
      const c = contrast(r.fg, r.bg);
      assert.ok(c >= 4.5, `${scheme} ${r.what}: ${r.fg} on ${r.bg} has contrast ${c.toFixed(2)}, below 4.5`);
    }
    // not by colour alone: each type has its own underline style or letter
    const looks = await page.$$eval("#article .nm-ent", (els) => els.map((e) => {
      const st = getComputedStyle(e);
      return `${st.textDecorationStyle}|${st.textDecorationThickness}|${getComputedStyle(e, "::before").content}`;
    }));
    assert.equal(new Set(looks).size, ALL_LABELS.length, "every type looks different without colour");
    const kinds = await page.$$eval("#article .nm-quote", (els) => els.map((e) => `${getComputedStyle(e).borderBottomStyle}|${getComputedStyle(e.querySelector(".nm-speaker"), "::before").content}`));
    assert.equal(new Set(kinds).size, 3, "direct, partial and reported speech look different without colour");
    await page.context().close();
  });
}

test("the theme switch overrides the system colour scheme", async () => {
  const page = await openPage(h, { colorScheme: "light" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.selectOption("#theme", "dark");
  const dark = await bg();
  assert.notEqual(light, dark);
  assert.ok(contrast(dark, "rgb(0, 0, 0)") < contrast(light, "rgb(0, 0, 0)"), "dark is darker");
  await page.reload();
  await page.waitForSelector("html[data-ready]");
  assert.equal(await bg(), dark, "the choice is remembered");
  await page.context().close();
});

test("every highlight is reachable with Tab and has an accessible name", async () => {
  const page = await openPage(h, CLIP);
  await paste(page, SEED);
  const a = await annotateInPage(page, SEED);
  await page.focus("#legend button:last-child");
  const names = [];
  for (let k = 0; k < a.entities.length + a.quotes.length + 1; k++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest("#article") ? { i: el.dataset.i, cls: el.className, name: el.getAttribute("aria-label") } : null;
    });
    if (!info) break;
    names.push(info);
  }
  const ents = names.filter((n) => n.cls.includes("nm-ent"));
  const quotes = names.filter((n) => n.cls.includes("nm-quote"));
  assert.equal(ents.length, a.entities.length, "every mention is a Tab stop");
  assert.equal(quotes.length, a.quotes.length, "every quote is a Tab stop");
  for (const n of names) assert.ok(n.name && n.name.length > 2, "with a name");
  // the accessibility tree gives the mention its name (role button: Enter selects)
  const snap = await page.locator("#article").ariaSnapshot();
  if (a.entities.length) {
    const first = await page.getAttribute('#article .nm-ent[data-i="0"]', "aria-label");
    assert.ok(snap.includes(first), "the accessibility tree carries the mention's name");
  }
  await page.context().close();
});
