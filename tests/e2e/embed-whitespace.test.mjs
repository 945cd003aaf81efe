// What the reader sees is what is annotated (issue 16, point 1): the seed
// article laid out as a news page, and its twin with every paragraph's source
// wrapped at 80 columns and indented (a break inside a name and inside a
// quote among them), render the same, so they must read, annotate and
// highlight the same, in both modes and in <newsmark-article>. White space
// that the page's CSS preserves (pre, pre-wrap, pre-line) stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED } from "./page-util.mjs";

const h = useHarness();

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// The seed's lines as a news page's markup: names split across <a> and <b>.
const LINES = SEED.trimEnd().split("\n");
const MARKUP = LINES.map((line) => esc(line)
  .replace("Vladimir Putin", '<a href="#putin">Vladimir</a> <b>Putin</b>')
  .replace("Rustem Umerov", "<b>Rustem Umerov</b>")
  .replace("Dmitry Peskov", '<a href="#peskov">Dmitry Peskov</a>'));
// Spaces that must become line breaks in the twin: inside a name, inside a quote.
const FORCED = ["Rustem Umerov", "very useful,"];
const untagged = (s) => s.replace(/<[^>]*>/g, "");

/**
 * `html` wrapped the way a pretty-printer or a CMS writes it: lines of at
 * most `width` columns, continued with an indent, broken at spaces outside
 * tags; the space inside each FORCED phrase always breaks.
 */
function softWrap(html, width = 80, indent = "\n      ") {
  const words = [];
  let word = "", inTag = false;
  for (const c of html) {
    if (c === "<") inTag = true;
    if (c === ">") inTag = false;
    if (c === " " && !inTag) {
      words.push(word);
      word = "";
    } else word += c;
  }
  words.push(word);
  let out = words[0], col = words[0].length;
  for (let i = 1; i < words.length; i++) {
    const pair = `${untagged(words[i - 1])} ${untagged(words[i])}`;
    if (FORCED.some((f) => pair.includes(f)) || col + 1 + words[i].length > width) {
      out += indent + words[i];
      col = indent.length - 1 + words[i].length;
    } else {
      out += ` ${words[i]}`;
      col += 1 + words[i].length;
    }
  }
  return out;
}

function pageHtml(wrapped) {
  const para = (m) => (wrapped ? `  <p>\n      ${softWrap(m)}\n  </p>` : `<p>${m}</p>`);
  const [kicker, headline, ...rest] = MARKUP;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>twin</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/www/examples/site.css"><link rel="stylesheet" href="/www/examples/hostile.css">
<link rel="stylesheet" href="/twin/twin.css">
<script type="module" src="/www/embed/element.js"></script>
</head><body>
<article id="story">
${wrapped ? `  <div class="kicker">\n    ${kicker}\n  </div>` : `<div class="kicker">${kicker}</div>`}
${wrapped ? `  <h1>\n    ${softWrap(headline, 40)}\n  </h1>` : `<h1>${headline}</h1>`}
${rest.map(para).join("\n")}
</article>
<newsmark-article id="component">
${rest.slice(0, 4).map(para).join("\n")}
</newsmark-article>
</body></html>`;
}

async function open(wrapped) {
  const page = await h.newPage();
  await page.route(`${h.url}twin/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith(".css")) {
      return route.fulfill({ contentType: "text/css", body: ".verse { white-space: pre-line; } .code { white-space: pre-wrap; }" });
    }
    return route.fulfill({ contentType: "text/html", body: pageHtml(path.includes("wrapped")) });
  });
  await page.goto(`${h.url}twin/${wrapped ? "wrapped" : "oneline"}.html`);
  return page;
}

test("the twin's source really is wrapped, inside a name and inside a quote", () => {
  const html = pageHtml(true);
  assert.match(html, /Rustem\n\s+Umerov/);
  assert.match(html, /“very\n\s+useful,/);
  assert.ok(html.split("\n").every((l) => l.length <= 120), "a line is longer than the wrap width allows");
  assert.ok(!pageHtml(false).includes("Rustem\n"));
});

// Runs in the page: highlights #story, then reads back each highlighted
// stretch as extracted-text positions and the DOM text it covers.
async function highlightStory(mode) {
  const H = await import("/www/embed/highlight.js");
  const el = document.getElementById("story");
  const r = await H.highlight(el, { mode, observe: false });
  const table = H.extractText(el);
  const index = new Map(table.nodes.map((n, k) => [n, k]));
  const marks = [];
  if (r.mode === "highlight") {
    for (const [name, hl] of CSS.highlights) {
      for (const range of hl) {
        const k = index.get(range.startContainer);
        marks.push(`${name} ${H.textOffset(table, k, range.startOffset)}-${H.textOffset(table, k, range.endOffset)} ${range.startContainer.data.slice(range.startOffset, range.endOffset).replace(/\s+/g, " ")}`);
      }
    }
  } else {
    // each text node is now wholly inside or outside the wrappers
    table.nodes.forEach((node, k) => {
      for (let e = node.parentElement; e !== el; e = e.parentElement) {
        if (e.localName === "nm-mark") marks.push(`${e.className}:${e.dataset.label ?? e.dataset.kind} ${table.starts[k]}-${table.ends[k]} ${node.data.replace(/\s+/g, " ")}`);
      }
    });
  }
  const spans = H.spansOf(r.annotations).map((s) => `${s.label ?? s.kind} ${r.text.slice(s.start, s.end)}`);
  const comp = document.getElementById("component");
  await new Promise((ok) => (comp.annotations ? ok() : comp.addEventListener("newsmark:annotated", ok, { once: true })));
  return {
    text: r.text, annotations: r.annotations, marks: marks.sort(), spans,
    component: { text: comp.text, annotations: comp.annotations },
  };
}

for (const mode of ["highlight", "wrap"]) {
  test(`${mode}: a page and its soft-wrapped twin read, annotate and highlight the same`, { timeout: 120_000 }, async () => {
    const one = await open(false);
    const twin = await open(true);
    const a = await one.evaluate(highlightStory, mode);
    const b = await twin.evaluate(highlightStory, mode);
    // the one-line page reads as the seed article itself
    assert.equal(a.text, LINES.join("\n"));
    assert.equal(b.text, a.text, "the twin reads differently");
    assert.deepEqual(b.annotations, a.annotations);
    assert.deepEqual(b.marks, a.marks, "the twin is highlighted differently");
    assert.ok(a.marks.length >= a.spans.length);
    // the break inside a name or a quote no longer splits it
    assert.ok(b.spans.includes("PERSON Rustem Umerov"), "Rustem Umerov is not one person");
    assert.ok(b.spans.some((s) => s.endsWith("“very useful, constructive, and highly substantive,”")), "the quote broken over a line is cut");
    assert.equal(b.annotations.quotes.filter((q) => q.kind === "indirect").length,
      a.annotations.quotes.filter((q) => q.kind === "indirect").length);
    // <newsmark-article> given the same paragraphs as HTML content
    assert.equal(b.component.text, a.component.text);
    assert.equal(a.component.text, LINES.slice(2, 6).join("\n"));
    assert.deepEqual(b.component.annotations, a.component.annotations);
    for (const p of [one, twin]) {
      assert.deepEqual(p.errors, []);
      await p.close();
    }
  });
}

test("white space the page's CSS preserves stays: pre, pre-wrap, pre-line, also inside <newsmark-article>", { timeout: 60_000 }, async () => {
  const page = await open(false);
  const r = await page.evaluate(async () => {
    const H = await import("/www/embed/highlight.js");
    const box = document.createElement("div");
    const add = (tag, cls, text) => {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      e.textContent = text;
      box.append(e);
      return e;
    };
    add("pre", null, "Angela  Merkel\n  met Emmanuel Macron.");
    add("p", "code", " two  spaces\tand a tab ");
    add("p", "verse", "Line   one,  \n   line two.");
    add("p", null, "  Collapsed \n   here.  ");
    document.body.append(box);
    const table = H.extractText(box);
    // every character read is its node's character (white space may read as a space)
    const faithful = table.nodes.every((node, k) => {
      for (let i = 0; i < table.ends[k] - table.starts[k]; i++) {
        const c = table.text[table.starts[k] + i];
        const src = node.data[table.maps[k] ? table.maps[k][i] : i];
        if (c !== src && !(c === " " && /\s/.test(src))) return false;
      }
      return true;
    });
    // a site class makes a line break in <newsmark-article>'s content visible:
    // read before the first render and after it (the content is then not shown)
    const comp = document.createElement("newsmark-article");
    const verse = document.createElement("p");
    verse.className = "verse";
    verse.textContent = "Angela Merkel spoke.\nEmmanuel  Macron listened.";
    comp.append(verse);
    const first = new Promise((ok) => comp.addEventListener("newsmark:annotated", ok, { once: true }));
    document.body.append(comp);
    const during = comp.text;
    await first;
    const again = new Promise((ok) => comp.addEventListener("newsmark:annotated", ok, { once: true }));
    verse.append(" Then they left.");
    await again;
    const shown = [...comp.shadowRoot.querySelectorAll(".nm-p")].map((p) => p.textContent);
    return { text: table.text, faithful, during, after: comp.text, shown };
  });
  assert.equal(r.text, "Angela  Merkel\n  met Emmanuel Macron.\n two  spaces\tand a tab \nLine one,\nline two.\nCollapsed here.");
  assert.ok(r.faithful, "a character read is not its node's");
  assert.equal(r.during, "Angela Merkel spoke.\nEmmanuel Macron listened.");
  assert.equal(r.after, "Angela Merkel spoke.\nEmmanuel Macron listened. Then they left.");
  assert.deepEqual(r.shown, ["Angela Merkel spoke.", "Emmanuel Macron listened. Then they left."]);
  await page.close();
});
