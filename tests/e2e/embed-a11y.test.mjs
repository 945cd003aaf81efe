// Accessible highlights (issue 16, point 4). axe-core (from node_modules,
// never fetched) finds no violation of any impact on the example host page
// in either mode; in wrap mode each highlight is a `mark` in the browser's
// accessibility tree, described by its kind and the entity's canonical name
// (or the quote's speaker); in Highlight-API mode, which assistive
// technology cannot see, the list of what was found is reachable by
// keyboard and steps through the mentions in the article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { useHarness } from "./harness.mjs";

const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const h = useHarness();

/** Opens the host page in `mode` and waits for all three ways in to finish. */
async function host(mode) {
  const page = await h.newPage({ viewport: { width: 1000, height: 900 } });
  await page.addInitScript(() => {
    window.__dropin = new Promise((ok) => document.addEventListener("newsmark:done", ok, { once: true }));
  });
  await page.goto(`${h.url}www/examples/host.html?mode=${mode}`);
  await page.evaluate(async () => {
    await window.storyDone;
    await window.__dropin;
    await Promise.all([...document.querySelectorAll("newsmark-article")].map((el) => el.annotations ??
      new Promise((ok) => el.addEventListener("newsmark:annotated", ok, { once: true }))));
  });
  return page;
}

for (const mode of ["wrap", "highlight"]) {
  test(`axe finds no violation on the example host page (${mode} mode)`, { timeout: 120_000 }, async () => {
    const page = await host(mode);
    const used = await page.evaluate(() => window.storyDone.then((r) => r.mode));
    assert.equal(used, mode);
    assert.ok(await page.locator("#found .nm-found-item").count() > 0, "the list of what was found is empty");
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("wrap mode: every highlight is a mark described by its kind and canonical name, in the accessibility tree", { timeout: 60_000 }, async () => {
  const page = await host("wrap");
  // what each first piece should say, from the annotations themselves
  const want = await page.evaluate(async () => {
    const r = await window.storyDone;
    const kinds = { PERSON: "person", ORG: "organisation", LOC: "place", DATE: "date", NORP: "nationality or group", MISC: "other name" };
    const quoteKinds = { direct: "direct quote", partial: "partial quote", indirect: "reported speech" };
    const out = [];
    for (const m of r.annotations.entities) out.push(`${kinds[m.label]}: ${r.annotations.groups[m.id].name}`);
    for (const q of r.annotations.quotes) out.push(`${quoteKinds[q.kind]}, ${q.speaker ? `speaker ${q.speaker}` : "speaker not named"}`);
    return out.sort();
  });
  // the browser's accessibility tree, for the story's wrappers
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "#story nm-mark" });
  const ours = new Set();
  for (const nodeId of nodeIds) ours.add((await cdp.send("DOM.describeNode", { nodeId })).node.backendNodeId);
  const { nodes: all } = await cdp.send("Accessibility.getFullAXTree");
  const nodes = all.filter((n) => ours.has(n.backendDOMNodeId));
  const marks = nodes.filter((n) => n.role?.value === "mark" && !n.ignored);
  const described = marks.map((n) => n.description?.value).filter(Boolean).sort();
  const keller = described.filter((d) => d === "person: Tomas Keller").length;
  assert.ok(want.length > 0);
  assert.deepEqual(described.filter((d) => want.includes(d)), described, "a description that no annotation explains");
  assert.deepEqual([...new Set(described)].sort(), [...new Set(want)].sort(), "not every annotation is described");
  assert.equal(keller, 2, "“Tomas Keller” and “Keller” are both the person Tomas Keller");
  // every wrapper is a mark; the pieces after a span's first carry no
  // description (a name split by a link is announced once)
  assert.equal(marks.length, nodeIds.length, `${marks.length} marks in the tree for ${nodeIds.length} wrappers`);
  assert.ok(described.length < marks.length, "every piece is described");
  await page.close();
});

test("highlight mode: the list of what was found steps through the mentions by keyboard and follows the page", { timeout: 60_000 }, async () => {
  const page = await host("highlight");
  const names = await page.locator("#found .nm-found-item").allTextContents();
  assert.ok(names.some((n) => n.startsWith("Tomas Keller 2 mentions")), `no Tomas Keller in ${names}`);
  const keller = page.getByRole("button", { name: "Tomas Keller 2 mentions" });
  await keller.focus();
  const selected = async () => page.evaluate(() => ({
    text: getSelection().toString().replace(/\s+/g, " "),
    status: document.querySelector("#found [role=status]").textContent,
    focus: document.activeElement.textContent,
  }));
  await page.keyboard.press("Enter");
  const one = await selected();
  await page.keyboard.press("Enter");
  const two = await selected();
  assert.equal(one.text, "Tomas Keller");
  assert.equal(one.status, "Tomas Keller: mention 1 of 2.");
  assert.equal(two.text, "Keller");
  assert.equal(two.status, "Tomas Keller: mention 2 of 2.");
  assert.match(two.focus, /^Tomas Keller/, "the focus left the list");
  // a quote: its words are selected, its kind and speaker said
  await page.locator("#found .nm-found-item", { hasText: "Nothing is hidden" }).press("Enter");
  const quote = await selected();
  assert.equal(quote.text, "“Nothing is hidden,”");
  assert.match(quote.status, /quote by Tomas Keller\.$/);
  // the page changes: the list follows
  const after = await page.evaluate(async () => {
    const story = document.getElementById("story");
    const changed = new Promise((ok) => story.addEventListener("newsmark:annotated", ok, { once: true }));
    const p = document.createElement("p");
    p.textContent = "Keller later met Anna Brandt.";
    story.append(p);
    await changed;
    const items = [...document.querySelectorAll("#found .nm-found-item")].map((b) => b.textContent);
    const H = await import("/www/embed/highlight.js");
    H.unhighlight(story);
    return { items, left: document.querySelectorAll("#found *").length };
  });
  assert.ok(after.items.includes("Tomas Keller 3 mentions"), `${after.items}`);
  assert.ok(after.items.includes("Anna Brandt 2 mentions"), `${after.items}`);
  assert.equal(after.left, 0, "unhighlight() left the list behind");
  assert.deepEqual(page.errors, []);
  await page.close();
});
