// Text from elsewhere: a file opened or dropped on the page, and the sample
// article. Files are checked before they replace anything: too large, not
// text, or not UTF-8 gets a sentence for people and the editor keeps its text.
import { megabytes } from "./format.js";

/**
 * `limit()`: the most UTF-16 units the page takes. `status`: the page's
 * status line (say, showError, hideError). `put(text, source)`: replaces
 * the editor's text; `source` starts the status line ("“notes.txt”: ").
 * Returns `{ open(file), loadSample() }`.
 */
export function createFiles({ limit, status, put }) {
  async function open(file) {
    status.hideError();
    const name = file.name || "the file";
    // UTF-8 takes at most 3 bytes per UTF-16 unit (and a mark): a larger file cannot fit
    if (file.size > 3 * limit() + 3) {
      return status.showError(`“${name}” is ${megabytes(file.size)}; this page annotates up to ${megabytes(limit())} of text in one tab. Split the file and open one part at a time.`);
    }
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return status.showError(`“${name}” could not be read (${e.message}).`);
    }
    const result = decodeText(bytes);
    if (result.error) return status.showError(`“${name}” ${result.error} Your text in the box was not changed.`);
    if (result.text.length > limit()) {
      return status.showError(`“${name}” holds ${megabytes(result.text.length)} of text; this page annotates up to ${megabytes(limit())} of text in one tab. Split the file and open one part at a time.`);
    }
    put(result.text, `“${name}”: `);
    status.say(`Opened “${name}”.`);
  }

  async function loadSample() {
    try {
      const res = await fetch("sample.txt");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      put(await res.text(), "The sample: ");
    } catch (e) {
      status.showError(`The sample could not be loaded (${e.message}). Paste an article instead.`);
    }
  }

  return { open, loadSample };
}

/**
 * Shows `overlay` while files are dragged over the window and calls
 * `onFile(file)` for a dropped one. A text dragged into the editor is left
 * to the editor (its input event handles it).
 */
export function wireDrop(overlay, onFile) {
  let depth = 0;
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  window.addEventListener("drop", (e) => {
    depth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    onFile(file);
  });
}

/**
 * Decodes a file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with
 * a BOM. Returns `{ text }` or `{ error }` with a sentence for people.
 */
export function decodeText(bytes) {
  const kind = binaryKind(bytes);
  if (kind) return { error: `is not a text file (it looks like ${kind}). Save it as plain text (.txt) and open that.` };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)) };
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { error: "is not UTF-8 text (it may use an older encoding such as Windows-1252). Re-save it as UTF-8 and open it again." };
  }
}

/** What a file that is not text looks like ("a PDF", "an image"…), or null for text. */
function binaryKind(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return "a PDF";
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "a zip archive or a Word/OpenDocument file";
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46)) return "an image";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "an old Word or Excel file";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null; // UTF-16 BOM
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return "binary data";
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05 ? "binary data" : null;
}
