// The READMEs' snippets work verbatim (issue 16, point 2). Every html and js
// block of npm/README.md (and the browser ones of README.md) runs as written,
// on a site that serves the packed npm package at /node_modules/newsmark/,
// each page under the Content-Security-Policy its block states:
//   - an html block is a page (its first line states its policy);
//   - a js block whose first line is `// /js/name.js` is that file;
//   - a js block importing from "node:" runs in Node;
//   - any other js block is /js/app.js of the page with the import map.
// A snippet must do what it shows (annotate, highlight, fire its events),
// with no policy violation, page error or console error. A control shows
// that the import map's hash is what lets it run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO, useHarness } from "./harness.mjs";

const SITE = mkdtempSync(join(tmpdir(), "newsmark-snippets-"));
const policies = new Map(); // page path → the policy it is served with
const h = useHarness({ root: SITE, headers: (path) => (policies.has(path) ? { "content-security-policy": policies.get(path) } : {}) });

// The site: the package as npm would install it, and pkg/ for README.md's
// repository snippet ("./pkg/newsmark.js").
before(async () => {
  const packed = join(SITE, "pack");
  await mkdir(packed);
  execFileSync("npm", ["pack", "--pack-destination", packed, "--loglevel=error"], { cwd: join(REPO, "pkg"), stdio: "ignore" });
  const tgz = execFileSync("ls", [packed], { encoding: "utf8" }).trim();
  const dest = join(SITE, "node_modules", "newsmark");
  await mkdir(dest, { recursive: true });
  execFileSync("tar", ["xzf", join(packed, tgz), "-C", dest, "--strip-components=1"]);
  await cp(join(REPO, "pkg"), join(SITE, "pkg"), { recursive: true });
  await writeFile(join(SITE, "favicon.ico"), ""); // asked for by every page
});
after(() => rm(SITE, { recursive: true, force: true }));

/** The fenced code blocks of a Markdown file: `{ lang, code, first }` (`first`: the first line). */
function blocks(file) {
  const md = readFileSync(join(REPO, file), "utf8");
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code, first: code.split("\n")[0], file }));
}

const NPM = blocks("npm/README.md");
const MAIN = blocks("README.md");
const POLICY = /^<!-- Content-Security-Policy: (.+) -->$/;
const FILE = /^\/\/ (\/js\/[\w-]+\.js)$/;

const pages = [...NPM, ...MAIN].filter((b) => b.lang === "html");
const files = NPM.filter((b) => b.lang === "js" && FILE.test(b.first));
const node = NPM.filter((b) => b.lang === "js" && b.code.includes('from "node:'));
const apps = NPM.filter((b) => b.lang === "js" && !files.includes(b) && !node.includes(b));
const repoSnippets = MAIN.filter((b) => b.lang === "js");
const IMPORT_MAP = pages.find((b) => b.code.includes('type="importmap"'));

const document = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>snippet</title></head>
<body>
${body}</body></html>
`;

/**
 * Serves `html` at `path` under `policy` and opens it. Records policy
 * violations, page and console errors, console output and newsmark events
 * (they bubble to document, composed), and waits, event by event, until the
 * snippet has done what `want` says: `{ ran }` (the file's end mark), `{
 * dropin }` (newsmark:done), `{ components: n }` (n <newsmark-article>
 * annotated), `{ annotated }` (any newsmark:annotated), `{ violation }`.
 */
async function run(path, html, policy, want) {
  policies.set(path, policy);
  await writeFile(join(SITE, path), document(html));
  const page = await h.newPage();
  const logs = [], errors = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning" ? errors : logs).push(m.text()));
  // init scripts run through DevTools, not as page script: the policy does not apply to them
  await page.addInitScript(() => {
    const s = window.__snippet = { violations: [], annotated: [], done: null };
    const waiters = [];
    const holds = (w) => (!w.ran || document.documentElement?.dataset.ran === "yes") && (!w.dropin || s.done !== null) &&
      s.annotated.filter((a) => a.from === "newsmark-article").length >= (w.components ?? 0) &&
      (!w.annotated || s.annotated.length > 0) && (!w.violation || s.violations.length > 0);
    const check = () => {
      for (let i = waiters.length - 1; i >= 0; i--) if (holds(waiters[i].want)) waiters.splice(i, 1)[0].ok();
    };
    s.until = (want) => new Promise((ok) => { waiters.push({ want, ok }); check(); });
    new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ran"] });
    document.addEventListener("securitypolicyviolation", (e) => { s.violations.push(`${e.violatedDirective} ${e.blockedURI}`); check(); });
    document.addEventListener("newsmark:annotated", (e) => {
      const a = e.detail.annotations ?? e.detail; // highlight() result, or <newsmark-article>'s annotations
      s.annotated.push({ from: e.target.localName, entities: a.entities.length, quotes: a.quotes.length });
      check();
    });
    document.addEventListener("newsmark:done", (e) => {
      s.done = e.detail.map((d) => ({ error: d.error ? String(d.error) : null, spans: d.result ? d.result.annotations.entities.length : 0 }));
      check();
    });
  });
  await page.goto(`${h.url}${path.slice(1)}`);
  let timer;
  await Promise.race([
    page.evaluate((w) => window.__snippet.until(w), want),
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${path}: not done in 60 s (${JSON.stringify(want)})`)), 60_000); }),
  ]).finally(() => clearTimeout(timer));
  const state = await page.evaluate(() => ({ ...window.__snippet, until: undefined }));
  await page.close();
  return { ...state, logs, errors, pageErrors: page.errors };
}

/** What an html block's page must show it did: drop-in done, each component annotated, a highlight. */
function wantFor(code) {
  return { dropin: code.includes("data-newsmark"), components: (code.match(/<newsmark-article/g) ?? []).length, annotated: true };
}

function assertClean(r, what) {
  assert.deepEqual(r.violations, [], `${what}: policy violations`);
  assert.deepEqual(r.pageErrors, [], `${what}: page errors`);
  assert.deepEqual(r.errors, [], `${what}: console errors`);
  assert.ok(r.annotated.every((a) => a.entities > 0), `${what}: annotated, but found nothing`);
  if (r.done) assert.ok(r.done.every((d) => d.error === null && d.spans > 0), `${what}: drop-in ${JSON.stringify(r.done)}`);
}

test("the READMEs have the snippets this test runs, each page stating its policy", () => {
  assert.ok(pages.length >= 6, `${pages.length} html blocks`);
  for (const b of pages) assert.match(b.first, POLICY, `a page in ${b.file} does not state its policy: ${b.first}`);
  assert.ok(IMPORT_MAP, "no import map page");
  assert.ok(files.length >= 1 && apps.length >= 3 && node.length === 1 && repoSnippets.length >= 1);
  // every script a page loads is a block of the README, or the package itself
  for (const b of pages) {
    for (const [, src] of b.code.matchAll(/<script type="module" src="([^"]+)"/g)) {
      assert.ok(src.startsWith("/node_modules/newsmark/") || src === "/js/app.js" || files.some((f) => f.first === `// ${src}`),
        `${src} is not in the README`);
    }
  }
});

test("the import map's policy holds the hash of the map as written", () => {
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(IMPORT_MAP.code)[1];
  const hash = createHash("sha256").update(map).digest("base64");
  assert.ok(IMPORT_MAP.first.includes(`'sha256-${hash}'`), `the policy should allow 'sha256-${hash}'`);
});

test("every html snippet runs as a page under the policy it states", { timeout: 300_000 }, async () => {
  for (const js of files) {
    const path = FILE.exec(js.first)[1];
    await mkdir(dirname(join(SITE, path)), { recursive: true });
    await writeFile(join(SITE, path), js.code);
  }
  let i = 0;
  for (const b of pages.filter((p) => p !== IMPORT_MAP)) {
    const r = await run(`/page-${i++}.html`, b.code, POLICY.exec(b.first)[1], wantFor(b.code));
    assertClean(r, `${b.file}: ${b.code.split("\n")[1]}`);
  }
});

/**
 * Runs a js snippet as `path`: the file is the snippet as written, then one
 * line that marks the page once the snippet has run to its end (its
 * top-level awaits included). Waits for that mark and for what the snippet
 * shows: a highlight, a component annotated.
 */
async function runScript(b, path, pagePath, html, policy) {
  await writeFile(join(SITE, path), `${b.code}\ndocument.documentElement.dataset.ran = "yes";\n`);
  const highlights = /\bhighlight\(/.test(b.code), component = b.code.includes("newsmark-article");
  return run(pagePath, html, policy, { ran: true, annotated: highlights, components: component ? 1 : 0 });
}

test("every js snippet runs as /js/app.js of the import-map page, under its policy with the map's hash", { timeout: 300_000 }, async () => {
  await mkdir(join(SITE, "js"), { recursive: true });
  for (const b of apps) {
    const r = await runScript(b, "/js/app.js", "/importmap.html", IMPORT_MAP.code, POLICY.exec(IMPORT_MAP.first)[1]);
    assertClean(r, `${b.file}: ${b.code.split("\n")[0]}`);
    if (b.code.includes("console.log(m.label")) {
      assert.ok(r.logs.includes("PERSON Dmitry Peskov Dmitry Peskov"), `no person logged: ${r.logs}`);
    }
  }
});

test("README.md's JavaScript runs as a module at the repository's root, under the strict policy", { timeout: 120_000 }, async () => {
  for (const b of repoSnippets) {
    const r = await runScript(b, "/app-readme.js", "/readme.html", '<script type="module" src="/app-readme.js"></script>',
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    assertClean(r, `${b.file}: ${b.code.split("\n")[0]}`);
    assert.ok(r.logs.includes("PERSON Dmitry Peskov Dmitry Peskov"), `no person logged: ${r.logs}`);
  }
});

test("the Node snippet runs in Node with the package installed", () => {
  const out = execFileSync("node", ["--input-type=module", "-e", node[0].code], { cwd: SITE, encoding: "utf8" });
  assert.match(out, /label: 'PERSON'/);
  assert.match(out, /label: 'LOC'/);
});

test("control: the import map page with another hash is blocked", { timeout: 60_000 }, async () => {
  const wrong = IMPORT_MAP.first.replace(/'sha256-[^']+'/, `'sha256-${createHash("sha256").update("x").digest("base64")}'`);
  await writeFile(join(SITE, "js", "app.js"), apps.find((b) => b.code.includes("highlight(")).code);
  const r = await run("/importmap-wrong.html", IMPORT_MAP.code, POLICY.exec(wrong)[1], { violation: true });
  assert.ok(r.violations.some((v) => v.startsWith("script-src")), `${r.violations}`);
  assert.equal(r.annotated.length, 0);
});
