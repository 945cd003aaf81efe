// Peak wasm memory per input byte, for news text and for each adversarial
// family of the fuzz harness (tests/fuzz/families.rs), on the release build
// in Node. Each text runs in a fresh Node process, since a wasm memory never
// shrinks: its size after annotate() is the peak.
//
//   node scripts/bench-memory.mjs [MB]       (default 1; needs pkg/ from build-wasm.sh)
//
// Prints, per text: UTF-8 bytes, UTF-16 units, wasm MiB, bytes per input
// byte and per UTF-16 unit, and the time annotate() took.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv[2] === "--child") {
  // one measurement: argv[3] = JSON {pattern | news, bytes}
  const { pattern, news, bytes } = JSON.parse(process.argv[3]);
  const { initSync, annotate } = await import(join(repo, "pkg", "newsmark.js"));
  const w = initSync({ module: readFileSync(join(repo, "pkg", "newsmark_bg.wasm")) });
  let text = "";
  if (news) {
    const corpus = readFileSync(join(repo, "tests", "fixtures", "news.txt"), "utf8");
    while (Buffer.byteLength(text) < bytes) text += `${corpus}\n`;
  } else {
    text = repeatTo(pattern, bytes);
  }
  const before = w.memory.buffer.byteLength;
  const t0 = performance.now();
  annotate(text);
  const ms = performance.now() - t0;
  const peak = w.memory.buffer.byteLength;
  console.log(JSON.stringify({ utf8: Buffer.byteLength(text), utf16: text.length, before, peak, ms }));
  process.exit(0);
}

/** `pattern` repeated to `bytes`, each `#` a counter in letters (as families.rs does). */
function repeatTo(pattern, bytes) {
  if (!pattern.includes("#")) return pattern.repeat(Math.ceil(bytes / Buffer.byteLength(pattern)) + 1);
  let s = "";
  for (let n = 1; Buffer.byteLength(s) < bytes; n++) {
    let k = n, letters = "";
    while (k > 0) { letters = String.fromCharCode(97 + (k % 26)) + letters; k = Math.floor(k / 26); }
    s += pattern.replaceAll("#", letters);
  }
  return s;
}

/** The families from tests/fuzz/families.rs: `("name", "pattern")` pairs, Rust escapes read. */
function families() {
  const src = readFileSync(join(repo, "tests", "fuzz", "families.rs"), "utf8");
  const list = src.slice(src.indexOf("FAMILIES"), src.indexOf("];"));
  const out = [];
  const re = /\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)",?\s*\)/gs;
  const unescape = (s) => s.replace(/\\u\{([0-9a-fA-F]+)\}|\\(.)/g, (_, hex, c) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ n: "\n", t: "\t", "0": "\0" })[c] ?? c);
  for (const m of list.matchAll(re)) out.push([m[1], unescape(m[2])]);
  return out;
}

const mb = Number(process.argv[2] ?? 1);
const bytes = Math.round(mb * 1024 * 1024);
const rows = [["news (tests/fixtures/news.txt)", { news: true, bytes }],
  ...families().map(([name, pattern]) => [name, { pattern, bytes }])];
console.log(`wasm memory after annotate() of ${mb} MB, each in a fresh instance (release build, Node ${process.version})`);
console.log("text".padEnd(32), "UTF-8 B".padStart(10), "UTF-16".padStart(10), "MiB".padStart(8), "B/byte".padStart(7), "B/unit".padStart(7), "ms".padStart(7));
for (const [name, job] of rows) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", JSON.stringify(job)], { encoding: "utf8" });
  const r = JSON.parse(out);
  console.log(name.padEnd(32), String(r.utf8).padStart(10), String(r.utf16).padStart(10),
    (r.peak / 2 ** 20).toFixed(1).padStart(8), (r.peak / r.utf8).toFixed(1).padStart(7),
    (r.peak / r.utf16).toFixed(1).padStart(7), Math.round(r.ms).toString().padStart(7));
}
