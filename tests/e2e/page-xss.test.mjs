// Pasted markup is text: an XSS corpus pasted into the page executes nothing
// (no dialog, no page error, no new element of a dangerous kind anywhere in
// the document) and shows, character for character, as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useHarness } from "./harness.mjs";
import { SEED, annotateInPage, articleText, openPage, paste, rendered } from "./page-util.mjs";

const CORPUS = [
  `<img src=x onerror=alert(1)>`,
  `<img src="x" onerror="alert('img')">`,
  `<script>alert("script")</script>`,
  `<SCRIPT SRC=//127.0.0.1:1/x.js></SCRIPT>`,
  `<a href="javascript:alert('link')">click Vladimir Putin</a>`,
  `<a href="JaVaScRiPt:alert(2)">x</a>`,
  `<svg onload=alert('svg')><circle r=5 /></svg>`,
  `<svg><script>alert('svg-script')</script></svg>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `<iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>`,
  `<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">`,
  `<body onload=alert('body')><details open ontoggle=alert('toggle')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert('math')>`,
  `&lt;img src=x onerror=alert(3)&gt; &#60;script&#62;alert(4)&#60;/script&#62; &#x3C;svg onload=alert(5)&#x3E;`,
  `%3Cscript%3Ealert(6)%3C/script%3E \\u003cimg src=x onerror=alert(7)\\u003e`,
  `“<img src=x onerror=alert('quote')>,” said <b onmouseover=alert('name')>Vladimir Putin</b>.`,
  `President <script>alert('entity')</script> Donald Trump met "<svg/onload=alert('q2')>" Angela Merkel.`,
  `"><img src=x onerror=alert('attr')> ' onfocus=alert('attr2') autofocus x='`,
  `<style>*{display:none}</style><link rel=stylesheet href=//127.0.0.1:1/x.css>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
  `<template><img src=x onerror=alert('tpl')></template><noscript><p title="</noscript><img src=x onerror=alert('ns')>">`,
  `data:text/html,<script>alert('data')</script> ]]> <!-- --> <![CDATA[ x ]]>`,
];
const DANGEROUS = "img, script, svg, iframe, object, embed, a[href], math, style:not([data-page]), link:not([rel=stylesheet][href$='.css']):not([rel=icon]), meta[http-equiv], template, noscript, details, b, body *[onload], [onerror], [onmouseover], [onfocus], [ontoggle]";

const h = useHarness();

test("an XSS corpus pasted into the page executes nothing and shows as text", async () => {
  const page = await openPage(h, { permissions: ["clipboard-read", "clipboard-write"] });
  const text = `${SEED}\n${CORPUS.join("\n")}`;
  const count = () => page.evaluate((sel) => document.querySelectorAll(sel).length, DANGEROUS);
  const before = await count();
  await paste(page, text);
  // give any injected handler a chance to run: hover and focus everything
  for (const el of await page.$$("#article .nm-ent:not([data-part]), #article .nm-quote:not([data-part])")) {
    await el.hover().catch(() => {});
  }
  await page.click("#entities .item").catch(() => {});
  await page.waitForTimeout(300);

  assert.deepEqual(page.dialogs, [], "no dialog opened");
  assert.deepEqual(page.errors, [], "no page error");
  assert.equal(await count(), before, "no new element of a dangerous kind anywhere");
  assert.equal(await articleText(page), text, "the article shows the pasted text exactly");
  assert.equal(await page.inputValue("#editor"), text, "the editor keeps it");

  // the highlights inside the corpus still match annotate(), and names in the panel are text
  const a = await annotateInPage(page, text);
  const shown = await rendered(page);
  assert.equal(shown.entities.length, a.entities.length);
  a.entities.forEach((m, i) => assert.equal(shown.entities[i].text, text.slice(m.start, m.end).replace(/\n/g, "")));
  const panelNames = await page.$$eval("#entities .item .name", (els) => els.map((e) => e.textContent));
  const groupNames = a.groups.filter((g) => g.mentions > 0).map((g) => g.name);
  for (const n of panelNames) assert.ok(groupNames.includes(n), `panel name ${JSON.stringify(n)} is a group name, as text`);

  // the exports carry the text verbatim and stay inert
  const html = await page.evaluate(async () => {
    const { articleHtml } = await import("/www/export.js");
    return articleHtml(document.getElementById("article"));
  });
  const inert = await page.evaluate(({ s, sel }) => {
    const doc = new DOMParser().parseFromString(s, "text/html");
    const art = doc.querySelector("article");
    for (const d of art.querySelectorAll("[data-nm-decoration]")) d.remove();
    return { dangerous: doc.querySelectorAll(sel).length, text: art.textContent };
  }, { s: html, sel: DANGEROUS });
  assert.equal(inert.dangerous, 0, "the exported HTML holds no element from the pasted text");
  assert.equal(inert.text, text);
  assert.deepEqual(page.dialogs, []);
  await page.context().close();
});

test("a file whose name and content are markup is shown as text", async () => {
  const page = await openPage(h);
  const text = CORPUS.join("\n");
  await page.setInputFiles("#file", { name: `<img src=x onerror=alert('name')>.txt`, mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.waitForSelector(`#article[data-state="done"][data-chars="${text.length}"]`);
  assert.equal(await articleText(page), text);
  assert.match(await page.textContent("#status"), /<img src=x onerror=alert\('name'\)>\.txt/);
  await page.waitForTimeout(200);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(page.errors, []);
  assert.equal(await page.evaluate(() => document.querySelectorAll("#article img, #article script, #status img").length), 0);
  await page.context().close();
});
