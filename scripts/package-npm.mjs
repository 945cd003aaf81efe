// Turns the wasm build in pkg/ into the npm package `newsmark`: writes its
// package.json (from Cargo.toml's [package]), adds the embed modules
// (newsmark/highlight, newsmark/element, newsmark/dropin) with their types,
// the renderer and stylesheet they use, the README, the LICENSE files, and an
// "exports" map. Run by scripts/build-wasm.sh; run again safely.
//
//   node scripts/package-npm.mjs [PKG_DIR]      (default pkg)
//
// Layout in the package (the same relative paths as in www/, so the modules
// are copied unchanged; only embed/wasm.js is rewritten to point at
// ../newsmark.js instead of ../pkg/newsmark.js):
//   newsmark.js newsmark.d.ts                    the entry point (npm/newsmark.js: traps recovered)
//   newsmark_raw.js newsmark_raw.d.ts            wasm-bindgen's glue
//   newsmark_bg.wasm                             the annotator
//   render.js newsmark.css                       the page's renderer and styles
//   embed/*.js                                   embed modules (every file of www/embed/);
//                                                the public ones (highlight, element, dropin) + .d.ts
import { copyFile, mkdir, readFile, readdir, writeFile, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(repo, process.argv[2] ?? "pkg");
const www = join(repo, "www");
const exists = (p) => access(p).then(() => true, () => false);

// package.json from Cargo.toml's [package] table (plain `key = "value"` and
// `key = ["a", "b"]` lines, which is all it uses)
const cargo = await readFile(join(repo, "Cargo.toml"), "utf8");
const table = cargo.split(/^\[/m).find((t) => t.startsWith("package]")) ?? "";
const field = (k) => table.match(new RegExp(`^${k}\\s*=\\s*(.+)$`, "m"))?.[1];
const str = (k) => JSON.parse(field(k) ?? "null");
const manifestPath = join(pkg, "package.json");
const manifest = {
  name: str("name"),
  type: "module",
  description: str("description"),
  version: str("version"),
  license: str("license"),
  repository: { type: "git", url: str("repository") },
  main: "newsmark.js",
  types: "newsmark.d.ts",
  keywords: JSON.parse(field("keywords") ?? "[]"),
};
await mkdir(join(pkg, "embed"), { recursive: true });

// The element needs the page's renderer; ship it only when the page has one.
const withElement = (await exists(join(www, "render.js"))) && (await exists(join(www, "newsmark.css")));
if (!withElement) console.warn("package-npm: www/render.js or www/newsmark.css missing; newsmark/element left out");

const wasmJs = await readFile(join(www, "embed", "wasm.js"), "utf8");
const FROM = `"../pkg/newsmark.js"`;
if (!wasmJs.includes(FROM)) throw new Error(`package-npm: www/embed/wasm.js no longer imports ${FROM}`);
await writeFile(join(pkg, "embed", "wasm.js"), wasmJs.replaceAll(FROM, `"../newsmark.js"`));

// The public modules have a sub-path and types; the others (text, marks,
// live, found) are the modules they import, copied as they are.
const modules = ["highlight", "dropin", ...(withElement ? ["element"] : [])];
for (const f of await readdir(join(www, "embed"))) {
  if (!f.endsWith(".js") || f === "wasm.js" || (f === "element.js" && !withElement)) continue;
  await copyFile(join(www, "embed", f), join(pkg, "embed", f));
}
for (const m of modules) await copyFile(join(repo, "npm", "types", `${m}.d.ts`), join(pkg, "embed", `${m}.d.ts`));
if (withElement) {
  await copyFile(join(www, "render.js"), join(pkg, "render.js"));
  await copyFile(join(www, "newsmark.css"), join(pkg, "newsmark.css"));
}
await copyFile(join(repo, "npm", "README.md"), join(pkg, "README.md"));
for (const f of ["LICENSE-MIT", "LICENSE-APACHE"]) await copyFile(join(repo, f), join(pkg, f));

const files = new Set(manifest.files ?? []);
for (const f of ["newsmark.js", "newsmark.d.ts", "newsmark_raw.js", "newsmark_raw.d.ts", "newsmark_bg.wasm",
  "embed/", "README.md", "LICENSE-MIT", "LICENSE-APACHE",
  ...(withElement ? ["render.js", "newsmark.css"] : [])]) files.add(f);
manifest.files = [...files];
manifest.exports = {
  ".": { types: "./newsmark.d.ts", default: "./newsmark.js" },
  ...Object.fromEntries(modules.map((m) => [`./${m}`, { types: `./embed/${m}.d.ts`, default: `./embed/${m}.js` }])),
  "./newsmark_bg.wasm": "./newsmark_bg.wasm",
  ...(withElement ? { "./newsmark.css": "./newsmark.css" } : {}),
  "./package.json": "./package.json",
};
// Importing these defines an element or highlights the page.
manifest.sideEffects = ["./embed/dropin.js", "./embed/element.js", "./snippets/*"];
await writeFile(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
console.log(`package-npm: ${pkg} (exports ${Object.keys(manifest.exports).join(", ")})`);
