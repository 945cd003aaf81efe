// The lists beside and above the article, built from the annotations alone:
// the legend (a count and a show/hide button per kind), the entities by
// type, the quotes by speaker, and the notes on the text (diagnostics).
// Text reaches them only as text nodes.
import { KINDS, LABELS } from "./render.js";
import { cap, count, excerpt, plural } from "./format.js";

const PANEL_MAX = 150; // entries shown per group in the panels

/**
 * `els`: `{ legend, entities, quotes, diagnostics, entitiesCount,
 * quotesCount, diagnosticsCount, editor }`. `hidden`: `{ isHidden(key),
 * setHidden(key, hide), repaint() }` (the pipeline). `selection`:
 * `{ selectEntity, markQuote }`. Returns `{ build({ text, ann }) }`.
 */
export function createPanels({ els, hidden, selection, status }) {
  function build({ text, ann }) {
    const t0 = performance.now();
    buildLegend(ann);
    buildEntities(text, ann);
    buildQuotes(text, ann);
    buildDiagnostics(text, ann);
    performance.measure("nm:panels", { start: t0 });
  }

  function buildLegend(a) {
    const counts = new Map();
    for (const m of a.entities) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
    const direct = a.quotes.filter((q) => q.kind !== "indirect").length;
    const items = [
      ...Object.keys(LABELS).map((label) => ({ key: label, name: cap(LABELS[label]), n: counts.get(label) ?? 0, label })),
      { key: "quote", name: "Quotes", n: direct, kind: "direct" },
      { key: "indirect", name: "Reported speech", n: a.quotes.length - direct, kind: "indirect" },
    ];
    els.legend.replaceChildren(...items.map((it) => {
      const b = document.createElement("button");
      b.type = "button";
      b.dataset.key = it.key;
      if (it.n === 0) b.dataset.empty = "";
      const pressed = () => {
        b.setAttribute("aria-pressed", String(!hidden.isHidden(it.key)));
        b.title = `${hidden.isHidden(it.key) ? "Show" : "Hide"} ${it.name.toLowerCase()}`;
      };
      pressed();
      const n = document.createElement("span");
      n.className = "n";
      n.textContent = count(it.n);
      b.append(swatch(it), text("span", it.name), n);
      b.addEventListener("click", () => {
        hidden.setHidden(it.key, !hidden.isHidden(it.key));
        pressed();
        status.say(`${it.name} ${hidden.isHidden(it.key) ? "hidden" : "shown"}.`);
        hidden.repaint();
      });
      return b;
    }));
  }

  function buildEntities(source, a) {
    const roles = new Map();
    for (const r of a.roles) {
      if (!roles.has(r.person)) roles.set(r.person, []);
      if (!roles.get(r.person).includes(r.role)) roles.get(r.person).push(r.role);
    }
    const out = [];
    for (const label of Object.keys(LABELS)) {
      const groups = a.groups.filter((g) => g.label === label && g.mentions > 0)
        .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
      if (!groups.length) continue;
      const h = document.createElement("h3");
      h.append(swatch({ label }), `${cap(LABELS[label])} (${count(groups.length)})`);
      const ul = document.createElement("ul");
      for (const g of groups.slice(0, PANEL_MAX)) {
        const b = item();
        b.dataset.id = String(g.id);
        const n = text("span", `×${count(g.mentions)}`, "n");
        n.setAttribute("aria-label", plural(g.mentions, "mention"));
        b.append(text("span", g.name, "name"), n);
        if (roles.has(g.id)) b.append(text("span", roles.get(g.id).join("; "), "role"));
        b.addEventListener("click", () => selection.selectEntity(g.id, { step: true }));
        ul.append(li(b));
      }
      out.push(h, ul);
      if (groups.length > PANEL_MAX) out.push(text("p", `… and ${count(groups.length - PANEL_MAX)} more, with fewer mentions.`, "more"));
    }
    if (!out.length) out.push(text("p", source.trim() ? "No names, dates or sums found." : "Nothing yet.", "empty"));
    els.entities.replaceChildren(...out);
    els.entitiesCount.textContent = a.groups.length ? `(${count(a.groups.length)})` : "";
  }

  function buildQuotes(source, a) {
    const bySpeaker = new Map();
    a.quotes.forEach((q, i) => {
      const key = q.speaker_id != null ? `id:${q.speaker_id}` : q.speaker ? `name:${q.speaker}` : "none";
      if (!bySpeaker.has(key)) bySpeaker.set(key, { name: q.speaker ?? "Speaker not named", list: [] });
      bySpeaker.get(key).list.push(i);
    });
    const speakers = [...bySpeaker.values()].sort((x, y) => y.list.length - x.list.length || x.name.localeCompare(y.name));
    const out = [];
    for (const sp of speakers) {
      const ul = document.createElement("ul");
      for (const i of sp.list.slice(0, PANEL_MAX)) {
        const q = a.quotes[i];
        const b = item();
        b.dataset.q = String(i);
        b.append(
          text("span", excerpt(source.slice(q.start, q.end), 110), "excerpt"),
          text("span", cap(KINDS[q.kind] ?? "quote") + (q.cue ? ` · “${q.cue}”` : ""), "kind"),
        );
        b.addEventListener("click", () => selection.markQuote(i, true));
        ul.append(li(b));
      }
      out.push(text("h3", `${sp.name} (${count(sp.list.length)})`), ul);
      if (sp.list.length > PANEL_MAX) out.push(text("p", `… and ${count(sp.list.length - PANEL_MAX)} more.`, "more"));
    }
    if (!out.length) out.push(text("p", source.trim() ? "No quotes or reported speech found." : "Nothing yet.", "empty"));
    els.quotes.replaceChildren(...out);
    els.quotesCount.textContent = a.quotes.length ? `(${count(a.quotes.length)})` : "";
  }

  function buildDiagnostics(source, a) {
    const out = a.diagnostics.slice(0, PANEL_MAX).map((d) => {
      const box = document.createElement("div");
      box.className = "diag";
      const code = text("code", `…${source.slice(Math.max(0, d.start - 30), Math.min(source.length, d.end + 30))}…`);
      const row = document.createElement("p");
      row.append(code);
      const b = text("button", "Show in the editor");
      b.type = "button";
      b.addEventListener("click", () => {
        els.editor.focus();
        els.editor.setSelectionRange(d.start, Math.max(d.end, d.start + 1));
      });
      box.append(text("p", d.message), row, b);
      return box;
    });
    if (!out.length) out.push(text("p", source.trim() ? "Nothing to report: the quote marks are balanced." : "Nothing yet.", "empty"));
    else if (a.diagnostics.length > PANEL_MAX) out.push(text("p", `… and ${count(a.diagnostics.length - PANEL_MAX)} more.`, "more"));
    els.diagnostics.replaceChildren(...out);
    els.diagnosticsCount.textContent = a.diagnostics.length ? `(${count(a.diagnostics.length)})` : "";
  }

  return { build };
}

/** An element of `tag` holding `content` as text, with class `cls`. */
function text(tag, content, cls) {
  const el = document.createElement(tag);
  if (cls) el.className = cls;
  el.textContent = content;
  return el;
}

/** A list entry's button. */
function item() {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "item";
  return b;
}

function li(child) {
  const el = document.createElement("li");
  el.append(child);
  return el;
}

/** The small sample of a kind's highlight: "Aa" for an entity type, “” or ≈ for quotes. */
function swatch({ label, kind }) {
  const sw = document.createElement(label ? "mark" : "span");
  sw.setAttribute("aria-hidden", "true");
  if (label) {
    sw.className = "swatch nm-ent";
    sw.dataset.label = label;
    sw.textContent = "Aa";
  } else {
    sw.className = "swatch nm-quote";
    sw.dataset.kind = kind;
    sw.textContent = kind === "indirect" ? "≈" : "“”";
  }
  return sw;
}
