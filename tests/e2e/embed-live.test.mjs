// Live pages (issue 16, point 3): in Highlight-API mode an observed element is
// kept highlighted block by block. A change re-annotates only the blocks it
// touched; a block whose text is cached is drawn again without annotating;
// the other blocks keep their very ranges; mentions in a new block join the
// document's entities; what the events report matches what is highlighted.
// Speed is measured by scripts/bench-embed.mjs, not here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";

const h = useHarness();

async function hostPage() {
  const page = await h.newPage();
  await page.goto(`${h.url}www/examples/host.html?mode=none`);
  await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    const W = await import("/www/embed/wasm.js");
    await W.ready();
    const el = document.getElementById("story");
    // helpers for the tests, on window
    window.T = {
      H, W, el,
      /** The next newsmark:annotated detail on `el`. */
      next: () => new Promise((ok, fail) => {
        el.addEventListener("newsmark:annotated", (e) => ok(e.detail), { once: true });
        el.addEventListener("newsmark:error", (e) => fail(e.detail.error), { once: true });
      }),
      /** Every range on `el`'s nodes now. */
      ranges: () => [...CSS.highlights.values()].flatMap((hl) => [...hl]).filter((r) => el.contains(r.startContainer)),
      /** Ranges whose node left the page. */
      stale: () => [...CSS.highlights.values()].flatMap((hl) => [...hl]).filter((r) => !r.startContainer.isConnected).length,
      /**
       * "name:position" for every character highlighted now (extracted-text
       * positions), and for every character the spans of `annotations` say
       * should be (those that lie in a text node).
       */
      compare(annotations) {
        const table = H.extractText(el);
        const index = new Map(table.nodes.map((n, k) => [n, k]));
        const inNode = new Uint8Array(table.text.length);
        table.nodes.forEach((_, k) => inNode.fill(1, table.starts[k], table.ends[k]));
        const got = new Set(), want = new Set();
        for (const [name, hl] of CSS.highlights) {
          for (const r of hl) {
            const k = index.get(r.startContainer);
            if (k === undefined) continue;
            for (let i = H.textOffset(table, k, r.startOffset); i < H.textOffset(table, k, r.endOffset); i++) got.add(`${name}:${i}`);
          }
        }
        for (const s of H.spansOf(annotations)) {
          const name = s.type === "entity" ? `nm-${s.label}` : s.kind === "indirect" ? "nm-indirect" : "nm-quote";
          for (let i = s.start; i < s.end; i++) if (inNode[i]) want.add(`${name}:${i}`);
        }
        const missing = [...want].filter((x) => !got.has(x)), extra = [...got].filter((x) => !want.has(x));
        return { text: table.text, missing: missing.slice(0, 5), extra: extra.slice(0, 5), n: got.size };
      },
    };
  });
  return page;
}

test("an appended paragraph is annotated alone; the others keep their ranges; its names join the document's", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const { H, W, el, next, ranges } = window.T;
    const first = await H.highlight(el);
    const before = new Set(ranges());
    const p = document.createElement("p");
    p.append("Later, ", Object.assign(document.createElement("a"), { href: "#", textContent: "Keller" }),
      " met union leader Anna Brandt in Valmora and said “the port will reopen on Monday.”");
    const changed = next();
    el.append(p);
    const d = await changed;
    const after = ranges();
    const kept = [...before].every((x) => after.includes(x));
    const own = after.filter((x) => p.contains(x.startContainer)).length;
    const a = d.annotations, text = d.text;
    const idOf = (words) => a.entities.find((m) => text.slice(m.start, m.end) === words)?.id;
    const firstKeller = first.annotations.entities.find((m) => first.text.slice(m.start, m.end) === "Tomas Keller").id;
    const alone = W.annotate(H.extractText(p).text);
    return {
      counts: [d.annotated, d.reused, d.removed], incremental: d.incremental, kept, own,
      cmp: window.T.compare(a), sameText: text === H.extractText(el).text,
      keller: idOf("Keller"), tomas: idOf("Tomas Keller"), firstKeller, name: a.groups[idOf("Keller")]?.name,
      brandt: a.groups[idOf("Anna Brandt")]?.mentions, valmora: a.groups[idOf("Valmora")]?.mentions,
      // the new paragraph's spans are what annotate() finds in it alone
      newSpans: a.entities.filter((m) => m.start >= text.length - H.extractText(p).text.length).map((m) => m.label).join(),
      aloneSpans: alone.entities.map((m) => m.label).join(),
      stale: window.T.stale(),
    };
  });
  assert.deepEqual(r.counts, [1, 0, 0], "one block annotated, none reused or removed");
  assert.equal(r.incremental, true);
  assert.ok(r.kept, "a range of an unchanged paragraph was redrawn");
  assert.ok(r.own > 0, "the new paragraph is not highlighted");
  assert.ok(r.sameText, "the event's text is not the element's");
  assert.deepEqual([r.cmp.missing, r.cmp.extra], [[], []], "the highlights differ from the event's annotations");
  assert.equal(r.newSpans, r.aloneSpans);
  assert.equal(r.keller, r.tomas, "“Keller” in the new paragraph is not “Tomas Keller”");
  assert.equal(r.keller, r.firstKeller, "the entity's id changed");
  assert.equal(r.name, "Tomas Keller");
  assert.equal(r.brandt, 2, "Anna Brandt's mentions are not counted together");
  assert.ok(r.valmora >= 3);
  assert.equal(r.stale, 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a block whose text comes back is drawn from the cache; an edited one is annotated again", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const { H, el, next, ranges } = window.T;
    await H.highlight(el);
    const [p1, p2] = el.querySelectorAll("p");
    // the site re-renders a paragraph: new nodes, same text
    let changed = next();
    const clone = p1.cloneNode(true);
    p1.replaceWith(clone);
    const d1 = await changed;
    const onClone = ranges().filter((x) => clone.contains(x.startContainer)).length;
    const cmp1 = window.T.compare(d1.annotations);
    // the site edits one word of another paragraph's text
    const keep = new Set(ranges().filter((x) => !p2.contains(x.startContainer)));
    changed = next();
    const node = [...p2.childNodes].find((n) => n.nodeType === 3 && n.data.includes("terms"));
    node.data = node.data.replace("terms", "full terms");
    const d2 = await changed;
    const others = ranges().filter((x) => !p2.contains(x.startContainer));
    // and removes a paragraph
    changed = next();
    clone.remove();
    const d3 = await changed;
    const cmp3 = window.T.compare(d3.annotations);
    return {
      c1: [d1.annotated, d1.reused, d1.removed], onClone, cmp1,
      c2: [d2.annotated, d2.reused, d2.removed], kept: others.length === keep.size && others.every((x) => keep.has(x)),
      edited: d2.text.includes("the full terms would be published"),
      c3: [d3.annotated, d3.reused, d3.removed], cmp3, stale: window.T.stale(),
    };
  });
  assert.deepEqual(r.c1, [0, 1, 1], "the re-rendered paragraph was annotated again");
  assert.ok(r.onClone > 0, "the re-rendered paragraph is not highlighted");
  assert.deepEqual([r.cmp1.missing, r.cmp1.extra], [[], []]);
  assert.deepEqual(r.c2, [1, 0, 1]);
  assert.ok(r.kept, "editing one paragraph redrew others");
  assert.ok(r.edited);
  assert.deepEqual(r.c3, [0, 0, 1]);
  assert.deepEqual([r.cmp3.missing, r.cmp3.extra], [[], []]);
  assert.equal(r.stale, 0);
  await page.close();
});

test("text beside child blocks: a block inserted into it splits it, removed again joins it", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const { H, el, next } = window.T;
    const div = document.createElement("div");
    div.append("Mayor Elena Marsh spoke first. ", Object.assign(document.createElement("b"), { textContent: "Tomas Keller" }),
      " answered her.");
    el.append(div);
    await H.highlight(el);
    const out = [];
    const record = (d) => out.push({ c: [d.annotated, d.reused, d.removed], cmp: window.T.compare(d.annotations), text: d.text });
    // a paragraph inserted between the div's own sentences
    let changed = next();
    const p = document.createElement("p");
    p.textContent = "Anna Brandt listened.";
    div.insertBefore(p, div.querySelector("b"));
    record(await changed);
    // a change inside that paragraph leaves the div's own text alone
    changed = next();
    p.firstChild.data = "Anna Brandt listened closely.";
    record(await changed);
    changed = next();
    p.remove();
    record(await changed);
    return { out, stale: window.T.stale() };
  });
  const [split, inside, joined] = r.out;
  // the div's text became two blocks (annotated alone) and the paragraph one
  assert.deepEqual(split.c, [3, 0, 1]);
  assert.match(split.text, /spoke first\.\nAnna Brandt listened\.\nTomas Keller answered her\.$/);
  assert.deepEqual(inside.c, [1, 0, 1], "a change inside the paragraph re-read the div");
  // joined again: the div's text as at first, from the cache
  assert.deepEqual(joined.c, [0, 1, 3]);
  assert.match(joined.text, /spoke first\. Tomas Keller answered her\.$/);
  for (const x of r.out) assert.deepEqual([x.cmp.missing, x.cmp.extra], [[], []]);
  assert.equal(r.stale, 0);
  await page.close();
});

test("an event's text and annotations describe the element when it fired, read later or not", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const { H, el, next } = window.T;
    await H.highlight(el);
    let changed = next();
    const p = document.createElement("p");
    p.textContent = "Olga Petrova arrived.";
    el.append(p);
    const d1 = await changed;
    const then = H.extractText(el).text;
    changed = next();
    p.textContent = "Olga Petrova left again.";
    const d2 = await changed;
    // d1 read only now, after the second change
    return {
      d1: d1.text === then, d1Names: d1.annotations.entities.map((m) => d1.text.slice(m.start, m.end)).includes("Olga Petrova"),
      d2: d2.text === H.extractText(el).text, differ: d1.text !== d2.text,
    };
  });
  assert.ok(r.d1, "the first event's text changed after the event");
  assert.ok(r.d1Names);
  assert.ok(r.d2 && r.differ);
  await page.close();
});

test("changes to content that is not read fire nothing; many changes stay consistent", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const { H, el, next } = window.T;
    await H.highlight(el);
    let events = 0;
    el.addEventListener("newsmark:annotated", () => { events += 1; });
    // a script, an ignored paragraph's text, a comment
    const s = document.createElement("script");
    s.type = "text/plain";
    s.textContent = "Not A Name";
    el.append(s, document.createComment("Not A Name"));
    el.querySelector("[data-newsmark-ignore]").textContent = "Advertisement: Visit Vladimir Putin";
    // the observer's callback runs before the next task: by then it has seen those
    await new Promise((ok) => setTimeout(ok, 0));
    const quiet = events === 0;
    // then a burst of real changes, in one batch and in several
    const changed = next();
    for (let i = 0; i < 5; i++) {
      const p = document.createElement("p");
      p.textContent = `Update ${i + 1}: Anna Brandt said “talks resume on day ${i + 1}.”`;
      el.insertBefore(p, el.children[i * 2]);
    }
    await changed;
    for (const p of [...el.querySelectorAll("p:not([data-newsmark-ignore])")].filter((_, i) => i % 3 === 0)) {
      const gone = next();
      p.remove();
      await gone;
    }
    const last = next();
    el.querySelector("p").append(" Tomas Keller agreed.");
    const d = await last;
    return { quiet, cmp: window.T.compare(d.annotations), sameText: d.text === H.extractText(el).text, stale: window.T.stale() };
  });
  assert.ok(r.quiet, "a change to content that is not read fired an event");
  assert.ok(r.sameText);
  assert.deepEqual([r.cmp.missing, r.cmp.extra], [[], []]);
  assert.ok(r.cmp.n > 0);
  assert.equal(r.stale, 0);
  await page.close();
});

test("an editable element is re-highlighted as its user types, never wrapped", { timeout: 60_000 }, async () => {
  const page = await hostPage();
  await page.evaluate(() => {
    const div = document.createElement("div");
    div.id = "editor";
    div.contentEditable = "true";
    const p = document.createElement("p");
    p.textContent = "Kremlin spokesman Dmitry Peskov spoke.";
    div.append(p);
    document.body.append(div);
  });
  const first = await page.evaluate(async () => {
    const { H } = window.T;
    const r = await H.highlight(document.getElementById("editor"), { mode: "wrap" });
    return r.mode;
  });
  assert.equal(first, "highlight", "an editable element was wrapped");
  await page.click("#editor p");
  await page.keyboard.press("End");
  const changed = page.evaluate(() => new Promise((ok) => document.getElementById("editor")
    .addEventListener("newsmark:annotated", function on(e) {
      if (!e.detail.text.includes("Angela Merkel")) return; // typing fires one per key
      this.removeEventListener("newsmark:annotated", on);
      ok({ words: e.detail.annotations.entities.map((m) => e.detail.text.slice(m.start, m.end)), counts: [e.detail.annotated, e.detail.removed] });
    })));
  await page.keyboard.type(" Angela Merkel", { delay: 5 });
  const r = await changed;
  const marked = await page.evaluate(() => {
    const ed = document.getElementById("editor");
    return [...CSS.highlights.values()].flatMap((hl) => [...hl]).filter((x) => ed.contains(x.startContainer))
      .map((x) => x.startContainer.data.slice(x.startOffset, x.endOffset));
  });
  assert.ok(r.words.includes("Angela Merkel"), `${r.words}`);
  assert.deepEqual(r.counts, [1, 1], "typing in one paragraph re-annotated more than it");
  assert.ok(marked.includes("Angela Merkel") && marked.includes("Dmitry Peskov"), `${marked}`);
  assert.equal(await page.locator("#editor nm-mark").count(), 0);
  await page.close();
});
