// In-place highlighting on the sample host page (www/examples/host.html,
// pretty-printed: its paragraphs have line breaks inside): highlight() marks
// exactly the spans annotate() gives for the element's extracted text, in
// both modes; unhighlight() restores the DOM exactly; the Highlight-API mode
// changes no DOM node and re-highlights replaced content.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";

/** unhighlight() left the element exactly as it was: no highlight, same HTML, nodes and tree. */
function assertUnhighlighted(r) {
  assert.equal(r.highlightsLeft, 0);
  assert.ok(r.restored, "innerHTML differs after unhighlight()");
  assert.ok(r.sameNodes, "the original text nodes did not come back");
  assert.ok(r.sameTree, "unhighlight() left extra or different nodes (e.g. empty text nodes)");
}

const h = useHarness();

async function hostPage() {
  const page = await h.newPage();
  await page.goto(`${h.url}www/examples/host.html?mode=none`);
  return page;
}

// Runs in the page. Highlights #id (with annotate()'s spans, or with `given`
// spans built from the text by `given(text)`), then reads back what is marked
// — wrappers in "wrap" mode, CSS.highlights ranges in "highlight" mode — as
// sets of extracted-text positions per span (wrap) or per highlight name, and
// compares with the positions each span should cover. Then unhighlights.
async function check({ id, mode, given, shadow, twice }) {
  const H = await import("/www/embed/highlight.js");
  const W = await import("/www/embed/wasm.js");
  const root = shadow ? document.getElementById(shadow).shadowRoot : document;
  const el = root.getElementById(id);
  const beforeHTML = el.innerHTML;
  const allNodes = () => { const w = document.createTreeWalker(el); const out = []; while (w.nextNode()) out.push(w.currentNode); return out; };
  const nodesBefore = allNodes();
  const table0 = H.extractText(el);
  const nodes0 = table0.nodes.slice();
  // highlighted already, with other spans: the measured call must replace that
  if (twice) await H.highlight(el, { mode, types: ["quote", "LOC", "ORG"], observe: false });
  const mo = new MutationObserver(() => {});
  mo.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  let spans, annotations = null, usedMode, text = table0.text;
  if (given) {
    spans = new Function("text", `return (${given})(text)`)(table0.text)
      .map((s, index) => ({ ...s, type: "entity", label: "MISC", id: 0, index }));
    usedMode = H.applySpans(el, spans, { mode });
  } else {
    const r = await H.highlight(el, { mode, observe: false, types: H.TYPES });
    spans = H.spansOf(r.annotations);
    annotations = r.annotations;
    usedMode = r.mode;
    text = r.text;
  }
  const mutations = mo.takeRecords().length;
  mo.disconnect();
  await W.ready();
  const sameAnnotations = given ? true : JSON.stringify(W.annotate(table0.text)) === JSON.stringify(annotations);

  const table = H.extractText(el);
  const inNode = new Uint8Array(table.text.length);
  table.nodes.forEach((_, k) => inNode.fill(1, table.starts[k], table.ends[k]));
  const keyOf = (s) => usedMode === "wrap" ? `${s.type}:${s.index}` :
    s.type === "entity" ? `nm-${s.label}` : s.kind === "indirect" ? "nm-indirect" : "nm-quote";
  const expected = new Map(), actual = new Map();
  const add = (map, key, a, b) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    for (let p = a; p < b; p++) if (inNode[p]) set.add(p);
  };
  for (const s of spans) add(expected, keyOf(s), s.start, s.end);
  if (usedMode === "wrap") {
    table.nodes.forEach((node, k) => {
      for (let e = node.parentElement; e && e !== el; e = e.parentElement) {
        if (e.localName !== "nm-mark") continue;
        const key = `${e.classList.contains("nm-ent") ? "entity" : "quote"}:${e.getAttribute("data-nm-index")}`;
        add(actual, key, table.starts[k], table.ends[k]);
      }
    });
  } else {
    const index = new Map(table.nodes.map((n, k) => [n, k]));
    for (const [name, hl] of CSS.highlights) {
      for (const r of hl) {
        if (!el.contains(r.startContainer)) continue;
        const k = index.get(r.startContainer);
        if (k === undefined || r.endContainer !== r.startContainer) { add(actual, `bad:${name}`, 0, 1); continue; }
        add(actual, name, H.textOffset(table, k, r.startOffset), H.textOffset(table, k, r.endOffset));
      }
    }
  }
  const show = (set) => [...(set ?? [])].sort((a, b) => a - b).join(",");
  const mismatches = [];
  for (const key of new Set([...expected.keys(), ...actual.keys()])) {
    if (show(expected.get(key)) !== show(actual.get(key))) {
      mismatches.push({ key, expected: show(expected.get(key)), actual: show(actual.get(key)) });
    }
  }
  // spans whose marked text lies in more than one element, one of them inside an <a>
  const crossing = [];
  for (const s of spans) {
    const parents = new Set(), inLink = new Set();
    table.nodes.forEach((n, k) => {
      if (table.starts[k] < s.end && table.ends[k] > s.start) {
        let p = n.parentElement;
        while (p && p.localName === "nm-mark") p = p.parentElement;
        parents.add(p);
        inLink.add(!!p.closest("a"));
      }
    });
    if (parents.size > 1 && inLink.size > 1) crossing.push(text.slice(s.start, s.end));
  }
  const marksBefore = usedMode === "wrap" ? el.querySelectorAll("nm-mark").length : 0;
  const firstMark = el.querySelector("nm-mark.nm-ent");
  const styled = root.adoptedStyleSheets.length > 0 &&
    (usedMode !== "wrap" || getComputedStyle(firstMark).backgroundColor !== "rgba(0, 0, 0, 0)");
  H.unhighlight(el);
  const after = H.extractText(el);
  const highlightsLeft = [...CSS.highlights.values()].reduce((n, hl) => n + [...hl].filter((r) => el.contains(r.startContainer)).length, 0);
  return {
    usedMode, mutations, sameAnnotations, sameText: table.text === table0.text, mismatches, crossing,
    spans: spans.length, styled, keys: expected.size, marksBefore, highlightsLeft,
    restored: el.innerHTML === beforeHTML,
    sameTree: (() => { const now = allNodes(); return now.length === nodesBefore.length && now.every((n, i) => n === nodesBefore[i]); })(),
    sameNodes: after.nodes.length === nodes0.length && after.nodes.every((n, k) => n === nodes0[k]),
  };
}

for (const mode of ["wrap", "highlight"]) {
  test(`${mode}: marks exactly annotate()'s spans, one of them across an <a>, and unhighlight restores the DOM`, async () => {
    const page = await hostPage();
    const r = await page.evaluate(check, { id: "story", mode });
    assert.equal(r.usedMode, mode);
    assert.ok(r.spans > 0, "annotate() found nothing to highlight on the host page");
    assert.ok(r.sameAnnotations, "highlight() annotated something other than the extracted text");
    assert.ok(r.sameText, "highlighting changed the extracted text");
    assert.deepEqual(r.mismatches, []);
    assert.ok(r.crossing.length > 0, "no annotated span crosses a link boundary on the host page");
    if (mode === "wrap") assert.ok(r.marksBefore >= r.spans, `${r.marksBefore} wrappers for ${r.spans} spans`);
    else assert.equal(r.mutations, 0, "Highlight-API mode changed the DOM");
    assertUnhighlighted(r);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${mode}: highlighting an element already highlighted replaces the old marks exactly`, async () => {
    const page = await hostPage();
    const r = await page.evaluate(check, { id: "story", mode, twice: true });
    assert.ok(r.spans > 0 && r.sameAnnotations && r.sameText);
    assert.deepEqual(r.mismatches, []);
    assertUnhighlighted(r);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${mode}: given spans across a link, a <br>, paragraphs and the whole text map piece by piece`, async () => {
    const page = await hostPage();
    // spans built from the page's own text: no offsets written here
    const given = String((text) => {
      const at = (s) => { const i = text.indexOf(s); if (i < 0) throw new Error(`no ${s}`); return i; };
      return [
        { start: at("Elena"), end: at("Marsh") + 5 },                 // into and out of <a>
        { start: at("Mayor") + 2, end: at("lena") + 2 },              // starts and ends mid-node
        { start: at("published"), end: at("Nothing") + 7 },           // across <br>
        { start: at("weeks."), end: at("brokered") },                 // across paragraphs
        { start: at("Tomas"), end: at("Keller,") + 6 },               // inside <strong>
        { start: 0, end: text.length },                               // everything
        { start: at("Tomas"), end: at("Tomas") },                     // empty: ignored
      ];
    });
    const r = await page.evaluate(check, { id: "story", mode, given });
    assert.equal(r.usedMode, mode);
    assert.deepEqual(r.mismatches, []);
    assert.ok(r.crossing.length >= 1);
    assert.ok(r.restored && r.sameNodes && r.sameTree, "DOM not restored");
    if (mode === "highlight") assert.equal(r.mutations, 0);
    await page.close();
  });
}

test("skipped content is neither read nor marked: script, [data-newsmark-ignore]", async () => {
  const page = await hostPage();
  const text = await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    return H.extractText(document.getElementById("story")).text;
  });
  assert.ok(text.includes("Elena Marsh"), "links are read as part of the text");
  assert.ok(!text.includes("never read") && !text.includes("Advertisement"), "skipped content was read");
  assert.match(text, /published\.\n/, "<br> is a line break");
  await page.close();
});

for (const incremental of [true, false]) {
  test(`highlight mode (incremental: ${incremental}): no DOM mutation, and a replaced paragraph is re-highlighted`, async () => {
    const page = await hostPage();
    const r = await page.evaluate(async (incremental) => {
      const H = await import("/www/embed/highlight.js");
      const W = await import("/www/embed/wasm.js");
      const el = document.getElementById("story");
      const records = [];
      const mo = new MutationObserver((l) => records.push(...l));
      mo.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
      const first = await H.highlight(el, { mode: "highlight", incremental });
      records.push(...mo.takeRecords());
      const ours = records.length;
      const rangesBefore = new Set([...CSS.highlights.values()].flatMap((hl) => [...hl]));
      // the site replaces a paragraph's subtree
      const p = el.querySelector("p");
      const again = new Promise((ok) => el.addEventListener("newsmark:annotated", (e) => ok(e.detail), { once: true }));
      const fresh = document.createElement("p");
      const link = document.createElement("a");
      link.href = "#";
      link.textContent = "Olga";
      fresh.append("Later, Deputy Mayor ", link, " Petrova said “the cranes are moving again.”");
      p.replaceWith(fresh);
      const second = await again;
      records.push(...mo.takeRecords());
      const all = records.length;
      mo.disconnect();
      const table = H.extractText(el);
      const index = new Map(table.nodes.map((n, k) => [n, k]));
      let stale = 0, inFresh = 0, kept = 0, keptOutside = 0;
      const marked = new Set();
      for (const hl of CSS.highlights.values()) {
        for (const r of hl) {
          if (!el.contains(r.startContainer) && !r.startContainer.isConnected) { stale++; continue; }
          if (!el.contains(r.startContainer)) continue;
          if (fresh.contains(r.startContainer)) inFresh++;
          else { keptOutside++; if (rangesBefore.has(r)) kept++; }
          const k = index.get(r.startContainer);
          for (let i = H.textOffset(table, k, r.startOffset); i < H.textOffset(table, k, r.endOffset); i++) marked.add(i);
        }
      }
      await W.ready();
      // what should be marked: the whole text annotated at once (incremental:
      // false), or the unchanged paragraphs as annotated at first and the new
      // one annotated alone (incremental: true)
      const freshText = H.extractText(fresh).text;
      const at = table.text.indexOf(freshText);
      const want = new Set();
      const mark = (spans, offset) => {
        for (const s of spans) for (let i = s.start + offset; i < s.end + offset; i++) {
          if (table.nodes.some((_, k) => table.starts[k] <= i && i < table.ends[k])) want.add(i);
        }
      };
      const whole = W.annotate(table.text);
      if (incremental) {
        const oldAt = first.text.indexOf(H.extractText(p).text), oldEnd = oldAt + H.extractText(p).text.length;
        const shift = freshText.length - (oldEnd - oldAt);
        for (const s of H.spansOf(first.annotations)) {
          if (s.end <= oldAt) mark([s], 0);
          else if (s.start >= oldEnd) mark([s], shift);
        }
        mark(H.spansOf(W.annotate(freshText)), at);
      } else {
        mark(H.spansOf(whole), 0);
      }
      const sameAsWhole = JSON.stringify(second.annotations) === JSON.stringify(whole);
      // the assembled annotations point at the same words as the highlights
      const words = second.annotations.entities.map((m) => second.text.slice(m.start, m.end));
      H.unhighlight(el);
      return {
        ours, all, stale, inFresh, kept, keptOutside, sameAsWhole, words, at,
        counts: { annotated: second.annotated, reused: second.reused, removed: second.removed },
        incrementalFlag: second.incremental ?? false,
        sameText: second.text === table.text,
        marked: [...marked].sort((a, b) => a - b).join(), want: [...want].sort((a, b) => a - b).join(),
        changed: first.text !== second.text,
      };
    }, incremental);
    assert.equal(r.ours, 0, "highlight() mutated the DOM");
    assert.equal(r.all, 1, "only the site's own replacement should have mutated the DOM");
    assert.ok(r.changed, "the replacement did not change the text");
    assert.ok(r.at >= 0, "the new paragraph's text is not in the element's text");
    assert.ok(r.sameText, "the event's text is not the element's text");
    assert.equal(r.stale, 0, "highlights still point at removed nodes");
    assert.ok(r.inFresh > 0, "the new paragraph is not highlighted");
    assert.equal(r.marked, r.want);
    assert.ok(r.words.includes("Petrova") || r.words.includes("Olga Petrova"), `no Petrova in ${r.words}`);
    assert.equal(r.incrementalFlag, incremental);
    if (incremental) {
      // one block annotated, one removed; the other paragraphs' ranges are the very same objects
      assert.deepEqual(r.counts, { annotated: 1, reused: 0, removed: 1 });
      assert.ok(r.keptOutside > 0);
      assert.equal(r.kept, r.keptOutside, "highlights of unchanged paragraphs were redrawn");
    } else {
      assert.ok(r.sameAsWhole, "incremental: false did not annotate the whole new text");
      assert.equal(r.kept, 0, "incremental: false redraws everything");
    }
    await page.close();
  });
}

for (const mode of ["wrap", "highlight"]) {
  test(`${mode}: works on an element inside an open shadow root, styles adopted there`, async () => {
    const page = await hostPage();
    await page.evaluate(() => {
      const host = document.createElement("div");
      host.id = "shadow-host";
      document.body.append(host);
      const p = document.createElement("p");
      p.id = "inner";
      const a = document.createElement("a");
      a.href = "#";
      a.textContent = "Elena";
      p.append("Mayor ", a, " Marsh called it “a good day for the harbour,” said Tomas Keller.");
      host.attachShadow({ mode: "open" }).append(p);
    });
    const r = await page.evaluate(check, { id: "inner", mode, shadow: "shadow-host" });
    assert.equal(r.usedMode, mode);
    assert.ok(r.spans > 0 && r.sameAnnotations);
    assert.deepEqual(r.mismatches, []);
    assert.ok(r.styled, "highlight styles are not adopted in the shadow root");
    assert.ok(r.restored && r.sameNodes && r.sameTree, "DOM not restored");
    await page.close();
  });
}

test("a failed re-annotation keeps the highlights and the observation (issue 11)", async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    const raw = await import("/www/pkg/newsmark_raw.js"); // the glue the entry module wraps
    const el = document.getElementById("story");
    // (only the story's ranges: the host page's drop-in and <newsmark-article>
    // highlight their own elements whenever they are ready)
    const ranges = () => [...CSS.highlights.values()]
      .reduce((n, hl) => n + [...hl].filter((r) => el.contains(r.startContainer)).length, 0);
    const next = (type) => new Promise((ok) => el.addEventListener(type, (e) => ok(e.detail), { once: true }));
    await H.highlight(el, { mode: "highlight" });
    const before = ranges();
    // leave the instance no memory, then add a long paragraph: its annotation traps
    const { memory } = await raw.default();
    for (let pages = 1024; pages >= 1; pages >>= 1) {
      try { for (;;) memory.grow(pages); } catch { /* full at this step */ }
    }
    const failed = next("newsmark:error");
    const big = document.createElement("p");
    big.textContent = "Vladimir Putin said the talks were useful. ".repeat(60_000);
    el.append(big);
    const error = (await failed).error;
    const kept = ranges();
    // the annotator was restarted and the element is still observed: the
    // next change is highlighted (the paragraph that failed, once removed, is
    // not; it never was)
    const done = next("newsmark:annotated");
    big.remove();
    el.querySelector("p").append(" Anna Brandt agreed.");
    const again = await done;
    const after = ranges();
    const text = H.extractText(el).text;
    H.unhighlight(el);
    return {
      before, kept, after, message: error.message, plain: error.constructor === Error,
      same: again.text === text, brandt: again.annotations.entities.filter((m) => text.slice(m.start, m.end) === "Anna Brandt").length,
    };
  });
  assert.ok(r.before > 0);
  assert.ok(r.plain, "a plain Error");
  assert.match(r.message, /annotator failed on this text/);
  assert.equal(r.kept, r.before, "the highlights were kept");
  assert.ok(r.same, "the event after the failure does not describe the element");
  assert.equal(r.brandt, 2, "the paragraph changed after the failure was not annotated");
  assert.ok(r.after > r.before, "observed and re-highlighted after the failure");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("wrap mode never wraps text in an editable element; a deep DOM does not overflow the stack", async () => {
  const page = await hostPage();
  const r = await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    const div = document.createElement("div");
    div.contentEditable = "true";
    div.textContent = "Kremlin spokesman Dmitry Peskov said: “We are ready.”";
    document.body.append(div);
    const html = div.innerHTML;
    const res = await H.highlight(div, { mode: "wrap", observe: false });
    const untouched = div.innerHTML === html;
    H.unhighlight(div);
    // 20,000 nested elements around a name (not laid out: Blink's own
    // layout of such a tree can crash the renderer, which is not what this
    // tests; the highlighter's walk of the DOM is)
    const deep = document.createElement("div");
    deep.style.contentVisibility = "hidden";
    let inner = deep;
    for (let i = 0; i < 20_000; i++) inner = inner.appendChild(document.createElement("span"));
    inner.textContent = "Vladimir Putin spoke.";
    document.body.append(deep);
    const got = await H.highlight(deep, { mode: "highlight", observe: false });
    H.unhighlight(deep);
    return { mode: res.mode, untouched, found: res.annotations.entities.length, deepText: got.text, deepFound: got.annotations.entities.length };
  });
  assert.equal(r.mode, "highlight", "an editable element is highlighted without touching its nodes");
  assert.ok(r.untouched && r.found > 0);
  assert.equal(r.deepText, "Vladimir Putin spoke.");
  assert.equal(r.deepFound, 1);
  await page.close();
});
