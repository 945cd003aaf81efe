// newsmark's background annotator: a module worker that runs annotate() off
// the main thread for long texts, so the page stays responsive.
//
// Message in:  { id, text }
// Message out: { id, ok: true, annotations, ms } or { id, ok: false, error }
// The mentions (the bulk of a long result) travel packed in a transferred
// Int32Array — [start, end, labelIndex, id] per mention — so the page does not
// spend a long task deserialising tens of thousands of small objects.
import init, { annotate } from "./pkg/newsmark.js";

const LABELS = ["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT"];
const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data ?? {};
  try {
    await ready;
    const t0 = performance.now();
    const a = annotate(String(text));
    const ms = performance.now() - t0;
    const packed = new Int32Array(a.entities.length * 4);
    a.entities.forEach((m, k) => {
      packed[4 * k] = m.start;
      packed[4 * k + 1] = m.end;
      packed[4 * k + 2] = LABELS.indexOf(m.label);
      packed[4 * k + 3] = m.id;
    });
    a.entities = packed;
    self.postMessage({ id, ok: true, annotations: a, labels: LABELS, ms }, [packed.buffer]);
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
