// Builds the browser extension (extension/) into build/extension/ (load it
// unpacked) and build/newsmark-extension.zip (the same files, for a store).
// Needs the wasm package in www/pkg/ (scripts/build-wasm.sh).
//
//   node scripts/build-extension.mjs          (npm run build:extension)
//
// What it does:
//   - copies the extension's pages and service worker, the embed modules
//     they import (www/embed/text.js, marks.js) and the annotator
//     (www/pkg/newsmark.js, newsmark_raw.js, newsmark_bg.wasm), unchanged;
//   - writes manifest.json with the version from Cargo.toml;
//   - joins content.js and the modules it imports into one classic script:
//     chrome.scripting.executeScript injects files as classic scripts, and
//     importing modules from a content script would need them listed as
//     web-accessible (visible to every site). Each module becomes a function
//     scope returning its exports; only `import { a, b as c } from "./x.js"`
//     and `export const|let|function|class` are understood, anything else
//     stops the build rather than being mistranslated;
//   - draws the toolbar icons (PNG, written with zlib).
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { crc32, deflateSync } from "node:zlib";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { zip } from "./zip.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(repo, "extension");
const out = join(repo, "build", "extension");
const zipPath = join(repo, "build", "newsmark-extension.zip");

const PAGES = ["background.js", "settings.js", "options.html", "options.js", "options.css"];
const EMBED = ["text.js", "marks.js"];
const PKG = ["newsmark.js", "newsmark_raw.js", "newsmark_bg.wasm"];

async function main() {
  for (const f of PKG) {
    await readFile(join(repo, "www", "pkg", f)).catch(() => {
      throw new Error(`build-extension: www/pkg/${f} is missing: run scripts/build-wasm.sh first`);
    });
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "embed"), { recursive: true });
  await mkdir(join(out, "pkg"), { recursive: true });
  await mkdir(join(out, "icons"), { recursive: true });
  for (const f of PAGES) await copyFile(join(src, f), join(out, f));
  for (const f of EMBED) await copyFile(join(repo, "www", "embed", f), join(out, "embed", f));
  for (const f of PKG) await copyFile(join(repo, "www", "pkg", f), join(out, "pkg", f));

  const manifest = JSON.parse(await readFile(join(src, "manifest.json"), "utf8"));
  const cargo = await readFile(join(repo, "Cargo.toml"), "utf8");
  manifest.version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([0-9.]+)/m)?.[1] ?? manifest.version;
  await writeFile(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

  await writeFile(join(out, "content.js"), await bundle("content.js"));

  for (const size of [16, 32, 48, 128]) await writeFile(join(out, "icons", `${size}.png`), icon(size));

  const files = (await list(out)).sort();
  const entries = await Promise.all(files.map(async (f) => ({ name: f, data: await readFile(join(out, f)) })));
  const bytes = zip(entries);
  await writeFile(zipPath, bytes);
  console.log(`build-extension: ${relative(repo, out)}/ (${files.length} files), ${relative(repo, zipPath)} (${bytes.length} bytes)`);
}

/** Every file under `dir`, as posix paths relative to it. */
async function list(dir, prefix = "") {
  const out = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const p = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await list(dir, p)));
    else out.push(p);
  }
  return out;
}

// ---- content.js: modules → one classic script ----------------------------------

/** Where a module's source is read from: the entry and article.js from extension/, the rest from the build. */
function sourceOf(path) {
  return path === "content.js" || path === "article.js" ? join(src, path) : join(out, path);
}

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*"(\.{1,2}\/[^"]+\.js)";?[ \t]*$/gm;
const EXPORT = /^export\s+((?:async\s+)?(?:const|let|function\*?|class)\s+([A-Za-z_$][\w$]*))/gm;

async function bundle(entry) {
  const order = [], seen = new Map();
  const visit = async (path) => {
    if (seen.has(path)) {
      if (seen.get(path) === "open") throw new Error(`build-extension: import cycle at ${path}`);
      return;
    }
    seen.set(path, "open");
    let code = await readFile(sourceOf(path), "utf8");
    const deps = [];
    code = code.replace(IMPORT, (_, names, spec) => {
      const dep = posix.normalize(posix.join(posix.dirname(path), spec));
      deps.push(dep);
      const fields = names.split(",").map((n) => n.trim()).filter(Boolean)
        .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, "$1: $2"));
      return `const { ${fields.join(", ")} } = ${varOf(dep)};`;
    });
    const exported = [];
    code = code.replace(EXPORT, (_, declaration, name) => { exported.push(name); return declaration; });
    const left = code.match(/^\s*(import|export)\b.*$/m) ?? code.match(/\bimport\s*\(|\bimport\.meta\b/);
    if (left) throw new Error(`build-extension: ${path}: cannot turn into a classic script: ${left[0].trim()}`);
    for (const d of deps) await visit(d);
    order.push(`// ---- ${path}\nconst ${varOf(path)} = (() => {\n"use strict";\n${code}\nreturn { ${exported.join(", ")} };\n})();\n`);
    seen.set(path, "done");
  };
  await visit(entry);
  return `// newsmark content script, built by scripts/build-extension.mjs from extension/content.js and the modules it imports.\n(() => {\n${order.join("\n")}\n})();\n`;
}

const varOf = (path) => `$${path.replace(/\.js$/, "").replace(/[^\w]/g, "_")}`;

// ---- icons ----------------------------------------------------------------------

/** The toolbar icon at `size`: a rounded blue square with three lines of text, the middle one marked. */
function icon(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size / 16;
  const put = (x, y, [r, g, b, a]) => { const i = (y * size + x) * 4; px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a; };
  const radius = 3 * s;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = Math.min(Math.max(x + 0.5, radius), size - radius), cy = Math.min(Math.max(y + 0.5, radius), size - radius);
      if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) continue;
      let colour = [29, 78, 216, 255];
      const line = (y0, x0, x1) => y + 0.5 >= y0 * s && y + 0.5 < (y0 + 2) * s && x + 0.5 >= x0 * s && x + 0.5 < x1 * s;
      if (line(3, 3, 13) || line(11, 3, 10)) colour = [255, 255, 255, 255];
      if (line(7, 3, 13)) colour = [250, 204, 21, 255];
      put(x, y, colour);
    }
  }
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

await main();
