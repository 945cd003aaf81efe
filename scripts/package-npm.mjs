// Turns wasm-pack's pkg/ into the npm package `newsmark`: adds the embed
// modules (newsmark/highlight, newsmark/element, newsmark/dropin) with their
// types, the renderer and stylesheet they use, the README, and an "exports"
// map. Run by scripts/build-wasm.sh after wasm-pack; run again safely.
//
//   node scripts/package-npm.mjs [PKG_DIR]      (default pkg)
//
// Layout in the package (the same relative paths as in www/, so the modules
// are copied unchanged; only embed/wasm.js is rewritten to point at
// ../newsmark.js instead of ../pkg/newsmark.js):
//   newsmark.js newsmark.d.ts newsmark_bg.wasm   wasm-pack's output
//   render.js newsmark.css                       the page's renderer and styles
//   embed/{wasm,highlight,element,dropin}.js     embed modules, + .d.ts
import { copyFile, mkdir, readFile, writeFile, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(repo, process.argv[2] ?? "pkg");
const www = join(repo, "www");
const exists = (p) => access(p).then(() => true, () => false);

const manifestPath = join(pkg, "package.json");
const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
await mkdir(join(pkg, "embed"), { recursive: true });

// The element needs the page's renderer; ship it only when the page has one.
const withElement = (await exists(join(www, "render.js"))) && (await exists(join(www, "newsmark.css")));
if (!withElement) console.warn("package-npm: www/render.js or www/newsmark.css missing; newsmark/element left out");

const wasmJs = await readFile(join(www, "embed", "wasm.js"), "utf8");
const FROM = `"../pkg/newsmark.js"`;
if (!wasmJs.includes(FROM)) throw new Error(`package-npm: www/embed/wasm.js no longer imports ${FROM}`);
await writeFile(join(pkg, "embed", "wasm.js"), wasmJs.replaceAll(FROM, `"../newsmark.js"`));

const modules = ["highlight", "dropin", ...(withElement ? ["element"] : [])];
for (const m of modules) {
  await copyFile(join(www, "embed", `${m}.js`), join(pkg, "embed", `${m}.js`));
  await copyFile(join(repo, "npm", "types", `${m}.d.ts`), join(pkg, "embed", `${m}.d.ts`));
}
if (withElement) {
  await copyFile(join(www, "render.js"), join(pkg, "render.js"));
  await copyFile(join(www, "newsmark.css"), join(pkg, "newsmark.css"));
}
await copyFile(join(repo, "npm", "README.md"), join(pkg, "README.md"));

const files = new Set(manifest.files ?? []);
for (const f of ["newsmark.js", "newsmark.d.ts", "newsmark_bg.wasm", "embed/", "README.md",
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
