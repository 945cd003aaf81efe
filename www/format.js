// Small pure helpers for the page's words and numbers: counts, sizes,
// durations, excerpts. No state, no DOM.

const numbers = new Intl.NumberFormat("en");

/** 12345 → "12,345". */
export const count = (n) => numbers.format(n);

/** plural(1, "mention") → "1 mention"; plural(3, "entity", "entities") → "3 entities". */
export const plural = (n, one, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** A size in UTF-16 units or bytes, as people read it: "12 KB", "1.5 MB", "32 MB". */
export function megabytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** A duration: "3.2 ms", "48 ms". */
export function ms(x) {
  return x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`;
}

export function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `s` on one line, cut to `n` characters with an ellipsis. */
export function excerpt(s, n) {
  s = s.replace(/\s+/g, " ").trim();
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
