// The reader's choices, shared by the options page and the service worker.
//
// They live in the extension origin's IndexedDB rather than chrome.storage,
// so the extension asks for no `storage` permission: its permissions stay
// `activeTab` and `scripting`. Both the options page and the service worker
// run in that origin, so both read the same database.
import { COLOURS, QUOTE, TYPES } from "./embed/marks.js";

/** Entity labels the panel lists, in order, with their headings. */
export const PANEL_GROUPS = [
  ["PERSON", "People"],
  ["ORG", "Organisations"],
  ["LOC", "Places"],
];

/** Every type the reader can switch on or off, with the name the options page shows. */
export const TYPE_NAMES = {
  PERSON: "People", ORG: "Organisations", LOC: "Places", NORP: "Nationalities and groups", MISC: "Other names",
  DATE: "Dates", TIME: "Times", MONEY: "Money", PERCENT: "Percentages", quote: "Quotes", indirect: "Reported speech",
};

export const THEMES = ["auto", "light", "dark"];

export const DEFAULTS = Object.freeze({ types: [...TYPES], theme: "auto" });

/** The CSS Custom Highlight names the extension registers start with this (never "nm-": a site may embed newsmark). */
export const PREFIX = "newsmark-ext-";

/** A type's colour, "r g b", the same hue as the page's legend (www/newsmark.css via embed/marks.js). */
export function colourOf(type) {
  return COLOURS[type] ?? QUOTE;
}

/** Keeps only known values, so a damaged record can never break the extension. */
export function normalise(value) {
  const types = Array.isArray(value?.types) ? value.types.filter((t) => TYPES.includes(t)) : DEFAULTS.types;
  const theme = THEMES.includes(value?.theme) ? value.theme : DEFAULTS.theme;
  return { types, theme };
}

const DB = "newsmark", STORE = "settings", KEY = "settings";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The saved settings, or the defaults. */
export async function loadSettings() {
  const db = await open();
  try {
    const value = await new Promise((resolve, reject) => {
      const req = db.transaction(STORE).objectStore(STORE).get(KEY);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return normalise(value);
  } finally {
    db.close();
  }
}

/** Saves `settings` (normalised); resolves when the write is committed. */
export async function saveSettings(settings) {
  const db = await open();
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, "readwrite");
      tx.objectStore(STORE).put(normalise(settings), KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * The page stylesheet the service worker inserts with chrome.scripting.insertCSS
 * (it works under any page CSP and adds nothing to the page's DOM): one
 * ::highlight() rule per type shown, plus the mention the panel jumped to.
 */
export function highlightCss(settings) {
  const rules = [];
  for (const type of settings.types) {
    const rgb = colourOf(type);
    if (type === "indirect") rules.push(`::highlight(${PREFIX}indirect) { text-decoration: underline dotted rgb(${rgb} / .9); }`);
    else if (type === "quote") rules.push(`::highlight(${PREFIX}quote) { background-color: rgb(${rgb} / .18); }`);
    else rules.push(`::highlight(${PREFIX}${type}) { background-color: rgb(${rgb} / .22); }`);
  }
  rules.push(`::highlight(${PREFIX}current) { background-color: rgb(250 204 21 / .75); color: #111; text-decoration: underline 2px; }`);
  return rules.join("\n");
}
