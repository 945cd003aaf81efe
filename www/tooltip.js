// The article's one floating tooltip (#nm-tip). newsmark.css's own ::after
// tooltips would be clipped by the paragraphs' content-visibility, so the
// page shows one of its own beside the hovered or focused highlight, with
// the highlight's data-tip.

/**
 * `article`; `view()`: `{ mentions, quotes }` (pipeline.js). Shows on
 * hover and focus, follows its highlight while the page scrolls. Returns
 * `{ hide() }`: hides it, and says whether it was showing.
 */
export function createTooltip({ article, view }) {
  const tip = document.createElement("div");
  tip.id = "nm-tip";
  tip.className = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.append(tip);
  let tipFor = null; // the highlight it describes

  article.addEventListener("mouseover", (e) => show(target(e.target)));
  article.addEventListener("mouseout", (e) => {
    if (!target(e.relatedTarget)) hide();
    else show(target(e.relatedTarget));
  });
  article.addEventListener("focusin", (e) => show(target(e.target)));
  article.addEventListener("focusout", () => hide());
  let moved = 0; // keep the tooltip beside its highlight while the page scrolls
  window.addEventListener("scroll", () => {
    if (tipFor && !moved) moved = requestAnimationFrame(() => { moved = 0; if (tipFor) show(tipFor); });
  }, { capture: true, passive: true });

  /** The highlight whose tooltip applies at `node`: the innermost one, as its first piece. */
  function target(node) {
    const el = node?.closest?.(".nm-ent, .nm-quote");
    if (!el || !article.contains(el)) return null;
    if (el.dataset.part !== "cont") return el;
    const { mentions, quotes } = view();
    const list = el.classList.contains("nm-ent") ? mentions : quotes;
    return list[Number(el.dataset.i)] ?? null;
  }

  function show(el) {
    if (!el || !el.dataset.tip) return hide();
    if (tipFor !== el) {
      hide();
      tipFor = el;
      tip.textContent = el.dataset.tip;
      tip.dataset.for = el.dataset.label ?? el.dataset.kind ?? "";
      el.setAttribute("aria-describedby", "nm-tip");
    }
    tip.hidden = false;
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (box.bottom < 0 || box.top > innerHeight) return hide();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let top = box.bottom + 6;
    if (top + h > innerHeight - 4) top = Math.max(4, box.top - h - 6);
    tip.style.top = `${Math.round(top)}px`;
    tip.style.left = `${Math.round(Math.min(Math.max(4, box.left), innerWidth - w - 4))}px`;
  }

  /** Hides the tooltip; true if it was showing. */
  function hide() {
    const was = !tip.hidden;
    tip.hidden = true;
    tipFor?.removeAttribute("aria-describedby");
    tipFor = null;
    return was;
  }

  return { hide };
}
