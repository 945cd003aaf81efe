// Reading the text of a page as its reader sees it.
//
// A browser shows `<p>Rustem⏎    Umerov said</p>` as "Rustem Umerov said":
// white space collapses as CSS `white-space: normal` says, unless the
// computed style preserves it (`pre`, `pre-wrap`, `pre-line`, `break-spaces`).
// The annotator must get that text, not the source's line breaks, or a
// pretty-printed page (one wrapped at 80 columns by a CMS or a Markdown tool)
// loses names and quotes that its one-line twin keeps. So one walk over the
// element:
//   - collapses each run of spaces, tabs and line breaks to one space, drops
//     white space at the start and end of a line, and keeps it where the
//     computed `white-space` preserves it (asked only of elements whose text
//     has something to collapse, once per element);
//   - ends a line at each block boundary and at each <br>;
//   - remembers, for each text node, where its characters went: a node read
//     unchanged needs nothing, any other gets a table with the node offset of
//     each character read (a collapsed run maps to its first character).
// The text is cut into blocks at block boundaries (not at <br>): the unit the
// live highlighter re-annotates when a page changes (highlight.js).

/** Elements whose content is a separate block: their edges end a line and a block. */
export const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary",
  "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** Elements whose text is never read nor marked. */
export const SKIP = new Set([
  "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button",
  "iframe", "object", "embed", "canvas", "svg", "math", "head", "title",
]);

/** True for an element whose text is not read: SKIP, ignored, or editable. */
export function skipped(el, name = el.localName) {
  if (SKIP.has(name)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute("data-newsmark-ignore")) return true;
  // Editable regions belong to the person typing in them: never split their nodes.
  const ce = el.getAttribute("contenteditable");
  return ce !== null && ce.toLowerCase() !== "false";
}

// ---- white-space --------------------------------------------------------------

// What happens to white space in an element's own text.
const COLLAPSE = 0; // normal, nowrap: runs become one space, none at line ends
const BREAKS = 1; // pre-line: spaces collapse, line breaks stay
const PRESERVE = 2; // pre, pre-wrap, break-spaces: all stays
const SPACES = 3; // white-space-collapse: preserve-spaces: spaces stay, line breaks become spaces

const BY_COLLAPSE = { collapse: COLLAPSE, "preserve-breaks": BREAKS, preserve: PRESERVE, "break-spaces": PRESERVE, "preserve-spaces": SPACES };
const BY_WHITE_SPACE = { normal: COLLAPSE, nowrap: COLLAPSE, "pre-line": BREAKS, pre: PRESERVE, "pre-wrap": PRESERVE, "break-spaces": PRESERVE };
// The user agent's defaults, for elements that have no computed style (not
// rendered: detached, or outside the flat tree of a shadow host).
const PRE_TAGS = new Set(["pre", "listing", "plaintext", "xmp", "textarea"]);

/**
 * The white-space handling of the text directly inside `el` (a parent of a
 * text node), from its computed style, cached in `modes`: getComputedStyle
 * costs a few microseconds, and it is only asked when a node has white space
 * that a collapse would change.
 */
function modeOf(el, modes) {
  const inheriting = []; // elements with no style of their own, which take their parent's
  let mode = COLLAPSE;
  for (let e = el; e !== null && e.nodeType === 1; e = e.parentElement) {
    const known = modes.get(e);
    if (known !== undefined) { mode = known; break; }
    const own = styledMode(e);
    if (own !== undefined) { mode = own; modes.set(e, own); break; }
    inheriting.push(e);
  }
  for (const e of inheriting) modes.set(e, mode);
  return mode;
}

/** `el`'s white-space mode from its computed style; when it has none (not rendered), from an inline style or its tag; else undefined (inherited). */
function styledMode(el) {
  const view = el.ownerDocument.defaultView;
  const cs = view === null ? null : view.getComputedStyle(el);
  const v = cs === null ? "" : cs.whiteSpaceCollapse || cs.whiteSpace;
  if (v !== "") return BY_COLLAPSE[v] ?? BY_WHITE_SPACE[v] ?? COLLAPSE;
  const own = el.style?.whiteSpaceCollapse || el.style?.whiteSpace;
  return BY_COLLAPSE[own] ?? BY_WHITE_SPACE[own] ?? (PRE_TAGS.has(el.localName) ? PRESERVE : undefined);
}

// A node needs the slow path when a collapse could change it: a tab or line
// break, two spaces together, or a space that follows one already read or
// starts a line (checked separately).
const SPECIAL = /[\t\n\r]| {2}/;
const CHUNK = 8192; // String.fromCharCode.apply takes its arguments on the stack

/** Builds the text and its node-offset table, one node or line break at a time. */
class Reader {
  constructor(modes) {
    this.modes = modes;
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.ends = [];
    this.maps = [];
    this.blocks = [];
    this.len = 0;
    this.lineStart = true; // the next character read starts a line
    this.endsLine = true; // nothing read yet, or the last character read is "\n"
    this.tail = null; // the text node whose read text ends in a space, when the last character read is that space
    this.owner = null; // the element the next block belongs to
    this.block = null; // the open block: { owner, start, first }
  }

  /**
   * Opens a block before its first character, after a "\n" when the text so
   * far does not end a line. `at`: the node read first (a text node or a <br>).
   */
  open(at) {
    if (this.block !== null) return;
    if (!this.endsLine) {
      this.parts.push("\n");
      this.len += 1;
      this.endsLine = true;
    }
    this.block = { owner: this.owner, at, start: this.len, end: 0, first: this.nodes.length, last: 0 };
  }

  /** A block boundary (an edge of a BLOCK element, or the end): the line and the block end. */
  boundary() {
    this.dropSpace();
    if (this.block !== null) {
      this.block.end = this.len;
      this.block.last = this.nodes.length;
      this.blocks.push(this.block);
      this.block = null;
    }
    this.lineStart = true;
  }

  /** A <br>: the line ends, the block goes on. */
  br(el) {
    this.dropSpace();
    this.open(el);
    this.parts.push("\n");
    this.len += 1;
    this.lineStart = this.endsLine = true;
  }

  push(node, text, map) {
    this.open(node);
    this.nodes.push(node);
    this.starts.push(this.len);
    this.parts.push(text);
    this.len += text.length;
    this.ends.push(this.len);
    this.maps.push(map);
    this.lineStart = this.endsLine = text.charCodeAt(text.length - 1) === 10;
  }

  /** True when the space that ends `tail`'s read text can collapse (its white space is not preserved). */
  collapsible(tail) {
    const mode = modeOf(tail.parentNode, this.modes);
    return mode === COLLAPSE || mode === BREAKS;
  }

  /** Drops a collapsible space that ends the text read so far (white space at a line end). */
  dropSpace() {
    const tail = this.tail;
    this.tail = null;
    if (tail === null || !this.collapsible(tail)) return;
    // the tail is always the last node read, and its text the last part
    const k = this.nodes.length - 1, p = this.parts.length - 1;
    this.len -= 1;
    if (this.ends[k] - 1 === this.starts[k]) {
      this.nodes.pop(); this.starts.pop(); this.ends.pop(); this.maps.pop(); this.parts.pop();
    } else {
      this.ends[k] -= 1;
      this.parts[p] = this.parts[p].slice(0, -1);
      if (this.maps[k] !== null) this.maps[k] = this.maps[k].subarray(0, this.ends[k] - this.starts[k]);
    }
    this.endsLine = this.len === 0 || this.parts[this.parts.length - 1].endsWith("\n");
  }

  text(node) {
    const d = node.data, n = d.length;
    if (n === 0) return;
    const leading = d.charCodeAt(0) === 32 && (this.lineStart || this.tail !== null);
    if (!leading && !SPECIAL.test(d)) {
      // nothing to collapse: read as it is, whatever the white-space mode
      this.push(node, d, null);
      this.tail = d.charCodeAt(n - 1) === 32 ? node : null;
      return;
    }
    const mode = modeOf(node.parentNode, this.modes);
    if (mode === PRESERVE) {
      this.push(node, d, null);
      this.tail = null;
      return;
    }
    // out[k] is the k-th character read, at[k] its offset in the node
    const out = new Uint16Array(n), at = new Uint32Array(n);
    let k = 0, changed = false;
    let space = this.tail !== null && this.collapsible(this.tail); // the last character read is a collapsible space
    let lineStart = this.lineStart;
    for (let i = 0; i < n; i++) {
      const c = d.charCodeAt(i);
      if (c === 10 && mode === BREAKS) {
        if (space) { // no space before a line break
          if (k > 0) k -= 1; else this.dropSpace();
          changed = true;
        }
        out[k] = 10; at[k++] = i;
        lineStart = true; space = false;
      } else if (c === 32 || c === 9 || c === 10 || c === 13) {
        if (mode === SPACES) {
          out[k] = c === 9 ? 9 : 32; at[k++] = i;
          if (c !== out[k - 1]) changed = true;
          lineStart = false;
        } else if (lineStart || space) {
          changed = true; // collapsed away
        } else {
          if (c !== 32) changed = true;
          out[k] = 32; at[k++] = i;
          space = true;
        }
      } else {
        out[k] = c; at[k++] = i;
        lineStart = false; space = false;
      }
    }
    if (k === 0) {
      this.lineStart = lineStart;
      return;
    }
    if (!changed) {
      this.push(node, d, null);
    } else {
      let s = "";
      for (let i = 0; i < k; i += CHUNK) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + CHUNK)));
      this.push(node, s, at.subarray(0, k));
    }
    this.tail = space ? node : null;
  }

  finish() {
    return {
      text: this.parts.join(""), nodes: this.nodes, starts: this.starts, ends: this.ends, maps: this.maps,
      blocks: this.blocks,
    };
  }
}

/**
 * Reads `root`'s text in one walk. With `descend: false`, block elements
 * inside are boundaries only, not read: the text of `root`'s own blocks (the
 * live highlighter re-reads one changed block's element this way).
 * `modes` caches each element's white-space handling across calls.
 * `skip(element)`, when given, returning true skips that element like SKIP.
 */
export function readText(root, { descend = true, modes = new Map(), skip = null } = {}) {
  const r = new Reader(modes);
  r.owner = root;
  // A walk over firstChild/nextSibling/parentNode (the fewest DOM calls per
  // node of the ways tried), with the open elements on an explicit stack: a
  // page nested thousands of elements deep cannot overflow the call stack.
  const open = [], owners = [root];
  let c = root.firstChild;
  for (;;) {
    if (c === null) {
      if (open.length === 0) break;
      const el = open.pop();
      if (BLOCK.has(el.localName)) {
        r.boundary();
        owners.pop();
        r.owner = owners[owners.length - 1];
      }
      c = el.nextSibling;
      continue;
    }
    const type = c.nodeType;
    if (type === 3) {
      r.text(c);
    } else if (type === 1) {
      const name = c.localName;
      if (skipped(c, name) || (skip !== null && skip(c))) {
        if (BLOCK.has(name)) r.boundary(); // an ignored paragraph still stands between two others
      } else {
        if (name === "br") {
          r.br(c);
        } else if (BLOCK.has(name)) {
          r.boundary();
          if (descend && c.firstChild !== null) {
            owners.push(c);
            r.owner = c;
            open.push(c);
            c = c.firstChild;
            continue;
          }
        } else if (c.firstChild !== null) {
          open.push(c);
          c = c.firstChild;
          continue;
        }
      }
    }
    c = c.nextSibling;
  }
  r.boundary();
  return r.finish();
}

/**
 * Reads the text of `root` as its reader sees it, in one walk.
 *
 * White space collapses as the browser collapses it (kept where the computed
 * `white-space` preserves it); block boundaries and each <br> end a line
 * ("\n"). Skipped: {@link SKIP} elements, `[data-newsmark-ignore]`,
 * `[contenteditable]`, and any element for which `options.skip(element)` is
 * true (the browser extension leaves out an article's comments and ads).
 *
 * @param {Node} root
 * @param {{ skip?: (element: Element) => boolean }} [options]
 * @returns {{ text: string, nodes: Text[], starts: number[], ends: number[],
 *   maps: (Uint32Array | null)[], blocks: { owner: Node, at: Node, start: number, end: number, first: number, last: number }[] }}
 *   `text.slice(starts[k], ends[k])` is what was read of `nodes[k]`: its
 *   `data` itself when `maps[k]` is null, else `maps[k][i]` is the offset in
 *   `nodes[k].data` of that slice's i-th character. `blocks` are the text
 *   between block boundaries (`text.slice(start, end)`, nodes `first` to
 *   `last - 1`), each with the element it belongs to (`owner`) and the node
 *   read first (`at`: a text node, or a <br>).
 */
export function extractText(root, options = {}) {
  return readText(root, { skip: options.skip ?? null });
}

/**
 * Maps spans in extracted-text offsets onto text nodes: for each span, the
 * pieces of it that lie in each node, in offsets into that node's `data`. A
 * span over several nodes gives several pieces (`first` on the first one); a
 * "\n" added by {@link extractText} maps to nothing, a collapsed space to the
 * first character of its run. O(spans × log nodes + pieces).
 *
 * @param {{ starts: number[], ends: number[], nodes: Text[], maps?: (ArrayLike<number> | null)[] }} table from extractText
 * @param {{ start: number, end: number }[]} spans
 * @returns {{ node: Text, index: number, start: number, end: number, span: number, first: boolean }[]}
 *   `index` is the node's index in `table.nodes`, `span` the span's in `spans`.
 */
export function mapSpans(table, spans) {
  const { starts, ends, nodes } = table;
  const maps = table.maps ?? [];
  const out = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i].start, b = spans[i].end;
    if (!(b > a)) continue;
    let lo = 0, hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= a) lo = mid + 1; else hi = mid;
    }
    let first = true;
    for (let k = lo; k < nodes.length && starts[k] < b; k++) {
      const s = Math.max(a, starts[k]) - starts[k], e = Math.min(b, ends[k]) - starts[k];
      if (e <= s) continue;
      const map = maps[k];
      const start = map ? map[s] : s, end = map ? map[e - 1] + 1 : e;
      out.push({ node: nodes[k], index: k, start, end, span: i, first });
      first = false;
    }
  }
  return out;
}

/**
 * Where a point in a text node lies in the extracted text (the inverse of the
 * map), or -1 when node `k` was not read. A point inside a collapsed run, or
 * on white space dropped at a line end, gives the offset after the last
 * character read before it.
 *
 * @param {ReturnType<typeof extractText>} table
 * @param {number} k index of the node in `table.nodes`
 * @param {number} offset offset in `table.nodes[k].data`
 */
export function textOffset(table, k, offset) {
  if (k < 0 || k >= table.nodes.length) return -1;
  const map = table.maps[k], start = table.starts[k], n = table.ends[k] - start;
  if (map === null) return start + Math.min(offset, n);
  // the number of characters read from before `offset`
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return start + lo;
}
