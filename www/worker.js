// newsmark's background annotator: a module worker that runs annotate() off
// the main thread for long texts, so the page stays responsive.
//
// Message in:  { id, text, explain } — `explain` (optional) asks annotate()
//   for the rules behind each span (`why`).
// Message out: for a long text, first { id, ok: true, partial: true, head,
//   annotations, ms } — annotate() of the text's head (its first 32–64 Ki
//   characters, cut after a newline), so the page can show it highlighted at
//   once; the head is a prefix, so its offsets hold for the whole text. Then
//   always { id, ok: true, annotations, ms } for the whole text (authoritative:
//   document-level grouping may differ from the head's), or { id, ok: false, error }.
// The mentions (the bulk of a long result) travel packed in a transferred
// Int32Array — [start, end, labelIndex, id] per mention — so the page does not
// spend a long task deserialising tens of thousands of small objects. With
// `explain`, their `why` lists travel beside them as `why: { lists, index }`:
// each distinct list once, and a transferred Int32Array giving each mention's
// list. Roles and quotes are few and keep their `why` as they are.
import init, { annotate } from "./pkg/newsmark.js";

const LABELS = ["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT"];
const HEAD_MIN = 32 * 1024; // the head ends at the first newline after this…
const HEAD_MAX = 64 * 1024; // …if there is one before this
const ready = init();

/**
 * Where the head of `text` ends (just after a newline between HEAD_MIN and
 * HEAD_MAX), or 0 when the text is too short for a head to help or has no
 * paragraph break there.
 */
function headEnd(text) {
  if (text.length < 2 * HEAD_MAX) return 0;
  const nl = text.indexOf("\n", HEAD_MIN);
  return nl === -1 || nl >= HEAD_MAX ? 0 : nl + 1;
}

/** The mentions' why lists: each distinct one once, and an index per mention. */
function packWhy(entities) {
  const lists = [];
  const seen = new Map(); // joined list → its index in lists
  const index = new Int32Array(entities.length);
  entities.forEach((m, k) => {
    const why = m.why ?? [];
    const key = why.join("\n");
    let at = seen.get(key);
    if (at === undefined) {
      at = lists.push(why) - 1;
      seen.set(key, at);
    }
    index[k] = at;
  });
  return { lists, index };
}

function post(id, a, ms, explain, extra) {
  const packed = new Int32Array(a.entities.length * 4);
  const why = explain ? packWhy(a.entities) : undefined;
  a.entities.forEach((m, k) => {
    packed[4 * k] = m.start;
    packed[4 * k + 1] = m.end;
    packed[4 * k + 2] = LABELS.indexOf(m.label);
    packed[4 * k + 3] = m.id;
  });
  a.entities = packed;
  const transfer = why ? [packed.buffer, why.index.buffer] : [packed.buffer];
  self.postMessage({ id, ok: true, annotations: a, labels: LABELS, ms, why, ...extra }, transfer);
}

self.onmessage = async (event) => {
  const { id, text: raw, explain = false } = event.data ?? {};
  // without explain, annotate() is called exactly as before: no options, no why
  const run = explain ? (t) => annotate(t, { explain: true }) : (t) => annotate(t);
  try {
    await ready;
    const text = String(raw);
    const head = headEnd(text);
    if (head > 0) {
      const t0 = performance.now();
      const a = run(text.slice(0, head));
      post(id, a, performance.now() - t0, explain, { partial: true, head });
    }
    const t0 = performance.now();
    const a = run(text);
    post(id, a, performance.now() - t0, explain);
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
