// What the page keeps in the browser: the draft (sessionStorage, so it comes
// back after a reload of the tab) and the reader's choices (localStorage:
// the theme, and whether to explain each highlight). Storage that is full or
// disabled is never an error: the text stays in the box, the choice applies
// until the tab closes.

const DRAFT_MAX = 2 * 1024 * 1024; // drafts larger than this are not kept
const DRAFT_KEY = "newsmark:draft";
const DRAFT_DELAY = 500; // ms after the last change
const THEME_KEY = "newsmark:theme";
const EXPLAIN_KEY = "newsmark:explain";

/**
 * The editor's draft. Returns `{ saveSoon, restore, keepPrevious }`; it owns
 * its own timer.
 */
export function createDrafts(editor) {
  let timer = 0;
  return {
    /** Saves the editor's text half a second after the last call. */
    saveSoon() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const v = editor.value;
        try {
          if (v && v.length <= DRAFT_MAX) sessionStorage.setItem(DRAFT_KEY, v);
          else sessionStorage.removeItem(DRAFT_KEY);
        } catch { /* storage full or disabled: the text is still in the box */ }
      }, DRAFT_DELAY);
    },
    /** Puts the saved draft in an empty editor. */
    restore() {
      if (editor.value) return;
      try {
        const v = sessionStorage.getItem(DRAFT_KEY);
        if (v) editor.value = v;
      } catch { /* storage disabled */ }
    },
    /**
     * Text about to be replaced (by the sample or a file) is kept under
     * newsmark:draft:previous rather than lost.
     */
    keepPrevious() {
      try {
        if (editor.value.length <= DRAFT_MAX) sessionStorage.setItem(`${DRAFT_KEY}:previous`, editor.value);
      } catch { /* storage full or disabled */ }
    },
  };
}

function load(key) {
  try { return localStorage.getItem(key); } catch { return null; /* storage disabled */ }
}

function keep(key, value) {
  try { localStorage.setItem(key, value); } catch { /* storage disabled */ }
}

/** The theme menu (System, Light, Dark): applied to <html data-theme> and remembered. */
export function setupTheme(select) {
  const apply = (v) => {
    if (v === "light" || v === "dark") document.documentElement.dataset.theme = v;
    else delete document.documentElement.dataset.theme;
  };
  const saved = load(THEME_KEY) ?? "auto";
  select.value = ["light", "dark"].includes(saved) ? saved : "auto";
  apply(select.value);
  select.addEventListener("change", () => {
    apply(select.value);
    keep(THEME_KEY, select.value);
  });
}

/**
 * The "Explain" check box, off unless the reader turned it on before.
 * Calls `onChange(on)` when the reader changes it; returns whether it is on.
 */
export function setupExplain(checkbox, onChange) {
  checkbox.checked = load(EXPLAIN_KEY) === "on";
  checkbox.addEventListener("change", () => {
    keep(EXPLAIN_KEY, checkbox.checked ? "on" : "off");
    onChange(checkbox.checked);
  });
  return checkbox.checked;
}
