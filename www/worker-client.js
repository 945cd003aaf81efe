// The page's side of worker.js: one module worker at a time, annotating long
// texts off the main thread. A newer request terminates a busy worker (its
// promise rejects with `{ cancelled: true }`); a worker that cannot start or
// fails marks the background broken, and the caller annotates on the main
// thread from then on.

/**
 * `url`: worker.js. `fallback(text, explain)`: annotate() on the main thread,
 * for when no worker can be made. Returns `{ annotate, broken }`.
 */
export function createWorkerAnnotator(url, fallback) {
  let worker = null;
  let busy = false; // a job is running (or its head is in and the whole is coming)
  let cancel = null; // rejects the running job's promise
  let broken = false;

  /**
   * annotate(text) in the worker; resolves to `{ ann, ms }`. For a long text
   * the worker first sends the head's annotations: `onHead(head, ann)` gets
   * them (only for request `id`). `explain` asks for `why` on every span.
   */
  function annotate(text, { id, explain = false, onHead }) {
    if (worker && busy) {
      worker.terminate(); // a newer text supersedes the running job
      cancel?.({ cancelled: true });
      worker = null;
    }
    if (!worker) {
      try {
        worker = new Worker(url, { type: "module" });
      } catch {
        broken = true;
        const t0 = performance.now();
        const ann = fallback(text, explain);
        return Promise.resolve({ ann, ms: performance.now() - t0 });
      }
    }
    const w = worker;
    busy = true;
    return new Promise((resolve, reject) => {
      cancel = reject;
      w.onmessage = ({ data }) => {
        if (data.partial) {
          // the head: the job goes on (busy stays true, so a newer text cancels it)
          if (data.id === id && data.ok) onHead?.(data.head, unpack(data));
          return;
        }
        busy = false;
        if (data.id !== id) return;
        if (!data.ok) return reject(new Error(data.error));
        resolve({ ann: unpack(data), ms: data.ms });
      };
      w.onerror = (e) => {
        busy = false;
        broken = true;
        worker = null;
        reject(new Error(e.message || "the background annotator failed"));
      };
      w.postMessage(explain ? { id, text, explain } : { id, text });
    });
  }

  return {
    annotate,
    /** True once the worker could not start or failed: annotate on the main thread. */
    get broken() { return broken; },
  };
}

/**
 * The worker's annotations with the packed mentions turned back into
 * objects, as annotate() returns them (with `why` when it was asked for;
 * mentions with the same rules share one `why` array).
 */
function unpack(data) {
  const t0 = performance.now();
  const a = data.annotations;
  const packed = a.entities;
  const entities = new Array(packed.length / 4);
  const why = data.why;
  for (let k = 0; k < entities.length; k++) {
    const m = { start: packed[4 * k], end: packed[4 * k + 1], label: data.labels[packed[4 * k + 2]], id: packed[4 * k + 3] };
    if (why) m.why = why.lists[why.index[k]];
    entities[k] = m;
  }
  a.entities = entities;
  performance.measure("nm:unpack", { start: t0 });
  return a;
}
