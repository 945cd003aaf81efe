// The article's one floating tooltip (#nm-tip). newsmark.css's own ::after
// tooltips would be clipped by the paragraphs' content-visibility, so the
// page shows one of its own beside the hovered or focused highlight: the
// highlight's data-tip, and when the annotations carry them (Explain), the
// rules behind it: "why: tagger → group-surname".

/**
 * `article`; `view()`: `{ ann, mentions, quotes }` (pipeline.js). Shows on
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
  const roleWhy = new WeakMap(); // annotations → Map(person id → the rules behind their roles)

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
      for (const [name, chains] of whyLines(el)) tip.append("\n", whyLine(name, chains));
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

  /**
   * The rules behind highlight `el` — its own, and for a person with a role,
   * the role's — as [name, chains] pairs (each chain a list of rule names),
   * or none when the annotations carry no `why`.
   */
  function whyLines(el) {
    const { ann } = view();
    const i = Number(el.dataset.i);
    const isQuote = el.classList.contains("nm-quote");
    const span = isQuote ? ann?.quotes[i] : ann?.entities[i];
    if (!span?.why?.length) return [];
    const lines = [["why", [span.why]]];
    const roles = isQuote ? null : rolesWhy(ann).get(span.id);
    if (roles) lines.push(["why (role)", roles]);
    return lines;
  }

  function rolesWhy(ann) {
    let by = roleWhy.get(ann);
    if (!by) {
      by = new Map();
      for (const r of ann.roles) {
        if (!r.why?.length) continue;
        const list = by.get(r.person) ?? [];
        if (!list.some((c) => c.join() === r.why.join())) list.push(r.why);
        by.set(r.person, list);
      }
      roleWhy.set(ann, by);
    }
    return by;
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

/**
 * One line of rules, "why: tagger → misc-norp" (several chains are joined
 * with "; "); each rule name is kept whole when the line wraps.
 */
function whyLine(name, chains) {
  const line = document.createElement("span");
  line.className = "why";
  line.append(`${name}: `);
  chains.forEach((rules, c) => {
    if (c > 0) line.append("; ");
    rules.forEach((rule, r) => {
      if (r > 0) line.append(" → ");
      const el = document.createElement("span");
      el.className = "rule";
      el.textContent = rule;
      line.append(el);
    });
  });
  return line;
}
