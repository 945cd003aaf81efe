// The npm package built in pkg/ (scripts/build-wasm.sh): what `npm pack` would
// publish, and that the packed package imports and annotates in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./harness.mjs";

const PKG = join(REPO, "pkg");
const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

test("npm pack lists the wasm, the JS, the embed modules and a .d.ts for every export", () => {
  assert.ok(existsSync(join(PKG, "package.json")), "pkg/ missing: run bash scripts/build-wasm.sh");
  const [packed] = JSON.parse(npm(["pack", "--dry-run", "--json", "--loglevel=error"], PKG));
  const files = new Set(packed.files.map((f) => f.path));
  const manifest = JSON.parse(npm(["pkg", "get", "--json"], PKG) || "{}");
  assert.equal(packed.name, "newsmark");
  assert.equal(manifest.type, "module");
  for (const f of ["newsmark.js", "newsmark.d.ts", "newsmark_raw.js", "newsmark_raw.d.ts", "newsmark_bg.wasm",
    "README.md", "package.json", "LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.ok(files.has(f), `${f} is not packed`);
  }
  for (const [sub, target] of Object.entries(manifest.exports)) {
    const paths = typeof target === "string" ? [target] : Object.values(target);
    for (const p of paths) assert.ok(files.has(p.replace(/^\.\//, "")), `export ${sub} → ${p} is not packed`);
    if (typeof target === "object") assert.ok(target.types?.endsWith(".d.ts"), `export ${sub} has no types`);
  }
  for (const sub of [".", "./highlight", "./dropin"]) assert.ok(sub in manifest.exports, `no export ${sub}`);
  // the annotation types come from wasm-bindgen's custom section, once, in
  // the glue's types; the entry point re-exports them with its own additions
  const raw = execFileSync("cat", [join(PKG, "newsmark_raw.d.ts")], { encoding: "utf8" });
  assert.match(raw, /export interface Annotations/);
  // options may be left out
  assert.match(raw, /export function annotate\(text: string, options\?: AnnotateOptions[^)]*\): Annotations/);
  assert.match(raw, /export function maxInput\(\): number/);
  const dts = execFileSync("cat", [join(PKG, "newsmark.d.ts")], { encoding: "utf8" });
  for (const name of ["Annotations", "Quote", "AnnotateOptions", "default", "annotate", "maxInput", "version", "initSync"]) {
    assert.match(dts, new RegExp(`\\b${name}\\b`), `newsmark.d.ts does not export ${name}`);
  }
  assert.match(dts, /export function restartCount\(\): number/);
  // the data licence is said in the package's README
  const readme = execFileSync("cat", [join(PKG, "README.md")], { encoding: "utf8" });
  assert.match(readme, /CoNLL-2003/);
});

test("the packed package imports in Node, initialises from the .wasm bytes and annotates", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "newsmark-pack-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  npm(["pack", "--pack-destination", dir, "--loglevel=error"], PKG);
  const dest = join(dir, "node_modules", "newsmark");
  await mkdir(dest, { recursive: true });
  execFileSync("tar", ["xzf", join(dir, "newsmark-0.1.0.tgz").replace("0.1.0", JSON.parse(await readFile(join(PKG, "package.json"), "utf8")).version), "-C", dest, "--strip-components=1"]);
  const text = (await readFile(join(REPO, "tests", "fixtures", "seed.txt"), "utf8")).slice(0, 4000);
  const script = `
    import { readFile } from "node:fs/promises";
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    import init, { annotate, version } from "newsmark";
    import { mapSpans, spansOf, TYPES } from "newsmark/highlight";
    import { highlightAll } from "newsmark/dropin";
    const wasm = createRequire(import.meta.url).resolve("newsmark/newsmark_bg.wasm");
    await init({ module_or_path: await readFile(wasm) });
    const text = readFileSync(0, "utf8");
    const a = annotate(text);
    // the embed helpers load without a DOM; mapSpans maps onto a fake table
    const nodes = [{ data: text.slice(0, 10) }, { data: text.slice(10) }];
    const pieces = mapSpans({ nodes, starts: [0, 10], ends: [10, text.length] }, spansOf(a, TYPES));
    console.log(JSON.stringify({ version: version(), a, pieces: pieces.length, dropin: typeof highlightAll }));
  `;
  const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir, input: text, encoding: "utf8" }));
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.equal(out.dropin, "function");
  // the same answer as the wasm the page loads (www/pkg), and well-formed
  const { default: init, annotate } = await import(join(REPO, "pkg", "newsmark.js"));
  await init({ module_or_path: await readFile(join(REPO, "pkg", "newsmark_bg.wasm")) });
  assert.deepEqual(out.a, JSON.parse(JSON.stringify(annotate(text))));
  for (const m of out.a.entities) {
    assert.ok(0 <= m.start && m.start < m.end && m.end <= text.length, `bad mention ${JSON.stringify(m)}`);
    assert.ok(out.a.groups[m.id], `mention without group ${JSON.stringify(m)}`);
  }
  const spans = out.a.entities.length + out.a.quotes.length;
  assert.ok(out.pieces >= spans, `${out.pieces} pieces for ${spans} spans`);
});
