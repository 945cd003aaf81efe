// Selecting in the article: an entity (all its mentions lit, one of them
// current, stepped through from the panel) or a quote. Owns the selection;
// reads what the article shows through `view()` (pipeline.js).
import { KINDS } from "./render.js";
import { cap } from "./format.js";

/**
 * `article`; `entityList`, `quoteList`: the panels' lists, whose `.item`
 * buttons carry aria-current; `status`: the status line; `view()`: `{ ann,
 * mentions, quotes }`. Clicks and Enter/Space on a mention select its entity.
 * Returns `{ selectEntity, markQuote, clear, active }`.
 */
export function createSelection({ article, entityList, quoteList, status, view }) {
  let selected = null; // { id, list: Element[], step }

  article.addEventListener("click", (e) => {
    const ent = e.target.closest?.(".nm-ent");
    if (ent) return activateMention(ent);
    const q = e.target.closest?.(".nm-quote");
    if (q) markQuote(Number(q.dataset.i), false);
  });
  article.addEventListener("keydown", (e) => {
    const ent = e.target.closest?.(".nm-ent");
    if (ent && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      activateMention(ent);
    }
  });

  /** Selects the entity of mention element `el` and makes that mention current. */
  function activateMention(el) {
    selectEntity(Number(el.dataset.id), { step: false });
    const list = selected.list;
    const first = el.dataset.part === "cont" ? view().mentions[Number(el.dataset.i)] : el;
    selected.step = Math.max(0, list.indexOf(first));
    setCurrent(list[selected.step], false);
  }

  /** Lights up every mention of entity `id`; with step, moves to the next one. */
  function selectEntity(id, { step }) {
    const { ann, mentions } = view();
    if (!selected || selected.id !== id) {
      clear(false);
      const list = [];
      ann.entities.forEach((m, i) => {
        if (m.id === id && mentions[i]) list.push(mentions[i]);
      });
      for (const el of article.querySelectorAll(`.nm-ent[data-id="${id}"]`)) el.classList.add("nm-selected");
      selected = { id, list, step: -1 };
      for (const b of entityList.querySelectorAll(".item")) b.setAttribute("aria-current", String(b.dataset.id === String(id)));
    }
    const g = ann.groups[id];
    if (!selected.list.length) {
      status.say(`${g?.name ?? "That entity"}: its mentions are hidden (see the legend).`);
      return;
    }
    if (step) {
      selected.step = (selected.step + 1) % selected.list.length;
      setCurrent(selected.list[selected.step], true);
      status.say(`${g?.name}: mention ${selected.step + 1} of ${selected.list.length}.`);
    }
  }

  function setCurrent(el, scroll) {
    for (const old of article.querySelectorAll(".nm-current")) old.classList.remove("nm-current");
    el.classList.add("nm-current");
    if (scroll) el.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  }

  /** Clears the selection; returns the entity id that was selected, or null. */
  function clear(announce) {
    const was = selected?.id ?? null;
    for (const el of article.querySelectorAll(".nm-selected, .nm-current")) el.classList.remove("nm-selected", "nm-current");
    for (const b of entityList.querySelectorAll('.item[aria-current="true"]')) b.setAttribute("aria-current", "false");
    selected = null;
    if (announce) status.say("Selection cleared.");
    return was;
  }

  /** Makes quote `i` current (scrolled to, with scroll). */
  function markQuote(i, scroll) {
    const { ann, quotes } = view();
    const el = quotes[i];
    for (const b of quoteList.querySelectorAll(".item")) b.setAttribute("aria-current", String(b.dataset.q === String(i)));
    if (!el) return status.say("That quote is hidden (see the legend).");
    clear(false);
    setCurrent(el, scroll);
    const q = ann.quotes[i];
    if (scroll) status.say(`${cap(KINDS[q.kind] ?? "quote")} by ${q.speaker ?? "an unnamed speaker"}.`);
  }

  return {
    selectEntity,
    markQuote,
    clear,
    /** True while an entity is selected. */
    get active() { return selected !== null; },
  };
}
