// Helpers shared by the reading page's browser tests (page*.test.mjs).
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO } from "./harness.mjs";

export const SEED = readFileSync(join(REPO, "tests", "fixtures", "seed.txt"), "utf8");

/** Opens the page and waits until the annotator has loaded. */
export async function openPage(h, options = {}) {
  const page = await h.newPage({ viewport: { width: 1360, height: 900 }, ...options });
  await page.goto(`${h.url}www/`);
  await page.waitForSelector("html[data-ready]");
  return page;
}

/**
 * Pastes `text` into the editor the way a person does: puts it on the
 * clipboard and presses Ctrl+V (the page needs clipboard permissions, which
 * openPage callers pass). Waits until the article shows it.
 */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.fill("#editor", "");
  await page.focus("#editor");
  await page.keyboard.press("Control+V");
  await waitShown(page, text);
}

/** Waits until the article shows a text of `text`'s length, fully rendered. */
export async function waitShown(page, text, timeout = 30_000) {
  await page.waitForSelector(`#article[data-state="done"][data-chars="${text.length}"]`, { timeout });
}

/** annotate(text, options) computed in the page by the page's own wasm module. */
export async function annotateInPage(page, text, options) {
  return page.evaluate(async ({ t, o }) => {
    const mod = await import("/www/pkg/newsmark.js");
    await mod.default();
    return o ? mod.annotate(t, o) : mod.annotate(t);
  }, { t: text, o: options });
}

/** Clicks `selector` and returns the text of the file it downloads. */
export async function downloadText(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return readFile(await dl.path(), "utf8");
}

/** The article's text with decorations (speaker badges) left out. */
export async function articleText(page) {
  return page.evaluate(() => {
    const clone = document.getElementById("article").cloneNode(true);
    for (const d of clone.querySelectorAll("[data-nm-decoration]")) d.remove();
    return clone.textContent;
  });
}

/**
 * What the article shows, per annotation index: for each entity mention and
 * each quote, the label/kind, the entity id, the text of all its pieces
 * (decorations left out) and its accessible name.
 */
export async function rendered(page) {
  return page.evaluate(() => {
    const article = document.getElementById("article");
    const textOf = (el) => {
      const c = el.cloneNode(true);
      for (const d of c.querySelectorAll("[data-nm-decoration]")) d.remove();
      return c.textContent;
    };
    const collect = (selector) => {
      const byIndex = new Map();
      for (const el of article.querySelectorAll(selector)) {
        const i = Number(el.dataset.i);
        const entry = byIndex.get(i) ?? { i, text: "", pieces: 0 };
        entry.text += textOf(el);
        entry.pieces += 1;
        if (el.dataset.part !== "cont") {
          entry.label = el.dataset.label;
          entry.kind = el.dataset.kind;
          entry.id = el.dataset.id == null ? null : Number(el.dataset.id);
          entry.name = el.getAttribute("aria-label");
          entry.tabindex = el.getAttribute("tabindex");
          entry.badge = el.querySelector(":scope > .nm-speaker")?.textContent ?? null;
        }
        byIndex.set(i, entry);
      }
      return [...byIndex.values()].sort((a, b) => a.i - b.i);
    };
    return { entities: collect(".nm-ent"), quotes: collect(".nm-quote") };
  });
}

/** Relative luminance contrast of two CSS rgb()/rgba() colours (alpha ignored). */
export function contrast(c1, c2) {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(c1), lum(c2)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** A name as the page shows it: white space runs made one space. */
export const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();

/** The string value of a computed CSS `content` (a quoted CSS string). */
export function cssString(content) {
  const m = /^"(.*)"$/s.exec(content);
  if (!m) return content;
  return m[1].replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/gs, (_, hex, ch) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ch));
}
