// Keeping an observed element highlighted as its page changes, at the cost of
// what changed: a live blog that appends a paragraph, or a comment thread that
// loads more, pays for the new blocks, not for the whole page.
//
// The element's text is cut into blocks (text.js: the text between block
// boundaries, each belonging to the nearest block element, its "owner").
// Each block's annotations are cached by the block's text. A batch of
// mutations marks the owners it touched; each of them is read again (its own
// text only, not its child blocks), and a block whose text is in the cache is
// drawn again without annotating; only a block with new text is annotated,
// on its own. Ranges are added and removed per block, so the rest of the
// page's highlights stay as they are.
//
// What this keeps and what it gives up (a choice, documented in the README):
// - The first highlight() annotates the whole text at once, so cross-paragraph
//   links are found there: a speaker named in an earlier paragraph, a quote
//   that runs over paragraphs, a surname tied to the full name, the document-
//   level evidence the tagger uses. Blocks that do not change keep exactly
//   those annotations.
// - A new or changed block is annotated alone. Its mentions join the
//   document's entities (same ids, canonical names) by name: the same name or
//   surface form as a mention already seen, or, for a person, a surname that
//   belongs to exactly one full name seen before (a fuller name seen later
//   becomes the canonical one). A pronoun speaker in a new paragraph whose
//   person was named only in an earlier one is not resolved.
// - After a change, the annotations reported are assembled from the blocks
//   (offsets into the element's current text); a quote that ran over several
//   blocks is reported once per block. `incremental: false` re-annotates the
//   whole text on every change instead: exact, at the cost of the whole page.
import { annotate } from "./wasm.js";
import { BLOCK, mapSpans, readText, skipped } from "./text.js";
import { addRanges, collectSpans, removeRanges } from "./marks.js";

/** How many annotated blocks no longer on the page are kept, in case their text comes back. */
const SPARE = 512;

/** The document's entities: ids and canonical names across blocks annotated apart. */
class Entities {
  constructor() {
    /** Entity objects by document id, shared by every block's annotations. */
    this.groups = [];
    this.byName = new Map(); // a name or a mention's text, normalised → id
    this.bySurname = new Map(); // last word of a person's multi-word name → id, or -1 when two people share it
  }

  /** Starts from a whole-text annotation: its groups keep their ids. */
  seed(text, annotations) {
    for (const g of annotations.groups) this.add({ ...g, mentions: 0 });
    for (const m of annotations.entities) this.name(text.slice(m.start, m.end), m.id);
  }

  add(group) {
    this.groups.push(group);
    this.index(group);
  }

  /** Makes `group` findable by its name and, for a person, by its surname. */
  index(group) {
    this.name(group.name, group.id);
    const words = norm(group.name).split(" ");
    if (group.label === "PERSON" && words.length > 1) {
      const last = words[words.length - 1], had = this.bySurname.get(last);
      this.bySurname.set(last, had === undefined || had === group.id ? group.id : -1);
    }
  }

  name(name, id) {
    const key = norm(name);
    if (key !== "" && !this.byName.has(key)) this.byName.set(key, id);
  }

  /** The document id for a group found in a block annotated alone (`forms`: its mentions' text there). */
  join(group, forms) {
    const key = norm(group.name);
    let id = this.byName.get(key);
    for (let i = 0; id === undefined && i < forms.length; i++) id = this.byName.get(norm(forms[i]));
    if (id === undefined && group.label === "PERSON") {
      const words = key.split(" ");
      if (words.length === 1) {
        const s = this.bySurname.get(key);
        if (s !== undefined && s >= 0) id = s;
      } else {
        // "Keller" seen first, "Tomas Keller" now: one person, known by the fuller name
        const s = this.byName.get(words[words.length - 1]);
        const known = s === undefined ? null : this.groups[s];
        if (known !== null && known.label === "PERSON" && !norm(known.name).includes(" ")) {
          known.name = group.name;
          this.index(known);
          id = s;
        }
      }
    }
    if (id === undefined) {
      id = this.groups.length;
      this.add({ id, label: group.label, name: group.name, mentions: 0 });
    }
    for (const f of forms) this.name(f, id);
    return id;
  }

  /** A block's own annotate() result with its entity ids made document ids. */
  adopt(text, a) {
    const forms = a.groups.map(() => []);
    for (const m of a.entities) forms[m.id].push(text.slice(m.start, m.end));
    const ids = a.groups.map((g) => this.join(g, forms[g.id]));
    const id = (x) => (x == null ? x : ids[x]);
    return {
      entities: a.entities.map((m) => ({ ...m, id: ids[m.id] })),
      roles: a.roles.map((r) => ({ ...r, person: ids[r.person] })),
      quotes: a.quotes.map((q) => ({
        ...q, speaker_id: id(q.speaker_id),
        speaker: q.speaker_id == null ? q.speaker : this.groups[ids[q.speaker_id]].name,
      })),
      diagnostics: a.diagnostics,
      groups: this.groups,
    };
  }
}

const norm = (s) => String(s).replace(/\s+/g, " ").trim().toLowerCase();

// Offsets an annotation item carries, in pairs.
const PAIRS = [["start", "end"], ["speaker_start", "speaker_end"], ["cue_start", "cue_end"]];

/** `item` with offsets relative to the block [bs, be): its own span clipped, other pairs kept when inside, else null. */
function relative(item, bs, be) {
  const out = { ...item, start: Math.max(item.start, bs) - bs, end: Math.min(item.end, be) - bs };
  for (const [s, e] of PAIRS.slice(1)) {
    if (item[s] == null) continue;
    const inside = item[s] >= bs && item[e] <= be;
    out[s] = inside ? item[s] - bs : null;
    out[e] = inside ? item[e] - bs : null;
  }
  if (Array.isArray(item.nested)) {
    out.nested = item.nested.filter((n) => n.end > bs && n.start < be)
      .map((n) => ({ start: Math.max(n.start, bs) - bs, end: Math.min(n.end, be) - bs }));
  }
  return out;
}

/** `item` moved by `delta` (block offsets → element offsets). */
function moved(item, delta) {
  const out = { ...item };
  for (const [s, e] of PAIRS) {
    if (item[s] == null) continue;
    out[s] = item[s] + delta;
    out[e] = item[e] + delta;
  }
  if (Array.isArray(item.nested)) out.nested = item.nested.map((n) => ({ start: n.start + delta, end: n.end + delta }));
  return out;
}

/** Splits a whole-text annotation into per-block annotations (block-relative offsets, same ids). */
function splitByBlock(annotations, blocks) {
  const parts = blocks.map(() => ({ entities: [], roles: [], quotes: [], diagnostics: [] }));
  const firstBlock = (x) => { // the first block that ends after x
    let lo = 0, hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blocks[mid].end <= x) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  for (const list of ["entities", "roles", "quotes", "diagnostics"]) {
    for (const item of annotations[list]) {
      const end = Math.max(item.end, item.start + 1); // an empty item still belongs where it stands
      for (let b = firstBlock(item.start); b < blocks.length && blocks[b].start < end; b++) {
        parts[b][list].push(relative(item, blocks[b].start, blocks[b].end));
        if (list !== "quotes") break; // only a quote may run over blocks: it is drawn in each
      }
    }
  }
  return parts;
}

// What a node added or removed changes in its parent's own text (Live.collect).
const NOTHING = 0, EDGE = 1, TEXT = 2;

/** True when white space alone in text node `node` is kept by its parent's style (pre, pre-wrap…). */
function preserves(node) {
  const parent = node.parentElement;
  const view = parent?.ownerDocument.defaultView;
  if (!view) return false;
  const cs = view.getComputedStyle(parent);
  const v = cs.whiteSpaceCollapse || cs.whiteSpace;
  return v !== "" && v !== "collapse" && v !== "normal" && v !== "nowrap";
}

/** Node.DOCUMENT_POSITION_FOLLOWING */
const FOLLOWING = 4;

/**
 * An observed element's highlights, kept block by block.
 * `types`: the Set of span types shown.
 */
export class Live {
  constructor(element, types) {
    this.element = element;
    this.types = types;
    this.entities = new Entities();
    /** block owner element → its blocks: { owner, at, key, entry, ranges, dead } */
    this.owners = new Map();
    /** every block, in document order (by `at`, the node each was read from first) */
    this.order = [];
    /** block text → { annotations (block offsets, document ids), refs: blocks drawn from it } */
    this.cache = new Map();
    this.spare = new Map(); // keys of cache entries with refs 0, oldest first
    this.counts = null; // what the current update did
    this.current = null; // { text, annotations } of `order`, once assembled
  }

  /**
   * Draws the first highlights from a whole-text annotation of `table.text`
   * and caches them per block.
   */
  seed(table, annotations) {
    this.entities.seed(table.text, annotations);
    const parts = splitByBlock(annotations, table.blocks);
    const spans = collectSpans(annotations, this.types, 0, []);
    const pieces = mapSpans(table, spans);
    // every node read belongs to one block
    const blockOf = new Int32Array(table.nodes.length);
    const records = table.blocks.map((b, i) => {
      blockOf.fill(i, b.first, b.last);
      const key = table.text.slice(b.start, b.end);
      let entry = this.cache.get(key);
      if (entry === undefined) {
        entry = { annotations: { ...parts[i], groups: this.entities.groups }, refs: 0 };
        this.cache.set(key, entry);
      }
      entry.refs += 1;
      return { owner: b.owner, at: b.at, key, entry, ranges: [], dead: false };
    });
    const added = addRanges(pieces, spans);
    for (let i = 0; i < pieces.length; i++) records[blockOf[pieces[i].index]].ranges.push(added[2 * i], added[2 * i + 1]);
    for (const r of records) {
      const list = this.owners.get(r.owner);
      if (list === undefined) this.owners.set(r.owner, [r]); else list.push(r);
    }
    this.order = records;
    this.current = { text: table.text, annotations };
  }

  /**
   * Applies a batch of mutation records. Reads and annotates first and changes
   * nothing until all of it worked (a failure throws, and the highlights stay
   * as they were). Returns what it did, `{ annotated, reused, removed }`
   * (blocks), or null when the batch changed no text that is read.
   * Records inside `ignore` (the list of what was found) are left out.
   */
  update(records, ignore) {
    const dirty = new Set(), gone = new Set();
    for (const rec of records) {
      if (ignore != null && ignore.contains(rec.target)) continue;
      if (rec.type === "characterData") {
        const owner = rec.target.nodeType === 3 ? this.ownerOf(rec.target.parentNode) : null;
        if (owner !== null) dirty.add(owner);
        continue;
      }
      let change = NOTHING;
      for (const n of rec.removedNodes) change = Math.max(change, this.collect(n, gone, false));
      for (const n of rec.addedNodes) change = Math.max(change, this.collect(n, dirty, true));
      if (change === NOTHING) continue;
      const owner = this.ownerOf(rec.target);
      // blocks and white space beside the owner's own text may cut, join or space it
      if (owner !== null && (change === TEXT || this.owners.has(owner))) dirty.add(owner);
    }
    if (dirty.size === 0 && gone.size === 0) return null;

    this.counts = { annotated: 0, reused: 0, removed: 0 };
    const modes = new Map(), fresh = [];
    for (const owner of dirty) {
      if (this.ownerOf(owner) !== owner) continue; // no longer in the element, or now in ignored content
      const table = readText(owner, { descend: false, modes });
      const blocks = table.blocks.map((b) => {
        const key = table.text.slice(b.start, b.end);
        return { b, key, entry: this.entry(key) }; // annotate() may throw: nothing changed yet
      });
      fresh.push({ owner, table, blocks });
    }
    let dropped = false;
    for (const owner of gone) dropped = this.drop(owner) || dropped;
    for (const { owner } of fresh) dropped = this.drop(owner) || dropped;
    if (dropped) this.order = this.order.filter((r) => !r.dead);
    for (const f of fresh) this.draw(f);
    this.trim();
    this.current = null;
    return this.counts;
  }

  /**
   * The block owner of `node` (itself when it is a block element or the
   * observed element; else its nearest block ancestor), or null when `node`
   * is not inside the element or is inside content that is not read.
   */
  ownerOf(node) {
    let owner = null;
    for (let n = node; n !== null; n = n.parentNode) {
      if (n.nodeType !== 1) return null; // a document or shadow root: outside the element
      if (n === this.element) return owner ?? n; // itself read even when editable
      if (skipped(n)) return null;
      if (owner === null && BLOCK.has(n.localName)) owner = n;
    }
    return null;
  }

  /**
   * Collects the block elements in an added (`into`: blocks to read) or
   * removed (`into`: owners to drop) subtree, and says what `node` changes in
   * its parent's own text: TEXT (text, an inline element, a <br>), EDGE (a
   * block element or white space: it cuts or spaces text, if there is any),
   * NOTHING (content that is not read, a comment).
   */
  collect(node, into, added) {
    if (node.nodeType === 3) {
      if (node.data === "") return NOTHING;
      return /[^ \t\n\r]/.test(node.data) || preserves(node) ? TEXT : EDGE;
    }
    if (node.nodeType !== 1) return NOTHING;
    if (skipped(node)) return BLOCK.has(node.localName) ? EDGE : NOTHING;
    // an iterative walk over the subtree: block elements only, skipped content left out
    const stack = [node];
    while (stack.length > 0) {
      const el = stack.pop();
      if (BLOCK.has(el.localName) && (added || this.owners.has(el))) into.add(el);
      for (let c = el.lastElementChild; c !== null; c = c.previousElementSibling) {
        if (!skipped(c)) stack.push(c);
      }
    }
    return BLOCK.has(node.localName) ? EDGE : TEXT;
  }

  /** The cached annotations of a block's text, annotating it alone when new. */
  entry(key) {
    let entry = this.cache.get(key);
    if (entry !== undefined) {
      this.counts.reused += 1;
      return entry;
    }
    entry = { annotations: this.entities.adopt(key, annotate(key)), refs: 0 };
    this.cache.set(key, entry);
    this.spare.set(key, true); // until drawn
    this.counts.annotated += 1;
    return entry;
  }

  /** Highlights an owner's blocks, read again, and puts them in document order. */
  draw({ owner, table, blocks }) {
    const records = [];
    for (const { b, key, entry } of blocks) {
      entry.refs += 1;
      this.spare.delete(key);
      const spans = collectSpans(entry.annotations, this.types, b.start, []);
      const r = { owner, at: b.at, key, entry, ranges: addRanges(mapSpans(table, spans), spans), dead: false };
      records.push(r);
      this.place(r);
    }
    if (records.length > 0) this.owners.set(owner, records);
  }

  /** Inserts a block into `order`: a binary search by document position (appending costs one comparison or so). */
  place(record) {
    const order = this.order, at = record.at;
    let lo = 0, hi = order.length;
    if (hi > 0 && order[hi - 1].at.compareDocumentPosition(at) & FOLLOWING) lo = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order[mid].at.compareDocumentPosition(at) & FOLLOWING) lo = mid + 1; else hi = mid;
    }
    if (lo === order.length) order.push(record); else order.splice(lo, 0, record);
  }

  /** Removes an owner's blocks and their ranges (marked dead; `order` is compacted after). Returns whether it had any. */
  drop(owner) {
    const records = this.owners.get(owner);
    if (records === undefined) return false;
    this.owners.delete(owner);
    for (const r of records) {
      removeRanges(r.ranges);
      r.dead = true;
      if (this.counts !== null) this.counts.removed += 1;
      r.entry.refs -= 1;
      if (r.entry.refs === 0) this.spare.set(r.key, true);
    }
    return true;
  }

  /** Forgets the oldest blocks no longer drawn, beyond SPARE of them. */
  trim() {
    for (const key of this.spare.keys()) {
      if (this.spare.size <= SPARE) break;
      this.spare.delete(key);
      if (this.cache.get(key)?.refs === 0) this.cache.delete(key);
    }
  }

  /** Removes every range. */
  clear() {
    for (const owner of [...this.owners.keys()]) this.drop(owner);
    this.order = [];
  }

  /**
   * A function that returns the element's text and annotations as they are
   * now, assembled from its blocks when first called: what a reader of the
   * `newsmark:annotated` event gets. Taking it costs a copy of the block list.
   */
  capture() {
    if (this.current !== null) {
      const done = this.current;
      return () => done;
    }
    const blocks = this.order.slice();
    let done = null;
    return () => (done ??= assemble(blocks, this.entities.groups));
  }

  /** The element's text and annotations now, assembled from its blocks. */
  snapshot() {
    this.current ??= assemble(this.order, this.entities.groups);
    return this.current;
  }
}

/**
 * The text of `blocks` (in document order) as readText() gives it, and their
 * annotations with offsets into it: entity ids into `groups` (`mentions`
 * counted here; an entity no longer on the page stays, with 0, so that ids
 * stay indices).
 */
function assemble(blocks, groups) {
  const parts = [];
  const annotations = { entities: [], groups: [], roles: [], quotes: [], diagnostics: [] };
  let len = 0, endsLine = true;
  for (const r of blocks) {
    if (!endsLine) {
      parts.push("\n");
      len += 1;
    }
    const a = r.entry.annotations;
    for (const list of ["entities", "roles", "quotes", "diagnostics"]) {
      for (const item of a[list]) annotations[list].push(moved(item, len));
    }
    parts.push(r.key);
    len += r.key.length;
    endsLine = r.key.endsWith("\n");
  }
  annotations.groups = groups.map((g) => ({ ...g, mentions: 0 }));
  for (const m of annotations.entities) annotations.groups[m.id].mentions += 1;
  return { text: parts.join(""), annotations };
}
