//! One sort for the whole crate. Each call of the standard library's
//! `sort_by_key` with its own closure compiles its own copy of the sort
//! (about 3 KB of WebAssembly each), so the spans, roles, quotes and marks
//! are ordered here instead: their keys and positions go into one `u64`
//! each, and one `sort_unstable` of `u64`s (compiled once) orders them.

/// Sorts `v` by `key`, stably: equal keys keep their order. A key is a byte
/// offset, so it is below 2³² (the input limit is 16 Mi UTF-16 units, at
/// most 48 MiB of UTF-8); so is the length of `v`.
///
/// ```
/// # use newsmark::sort::sort_by_offset;
/// let mut v = vec![(5, 'a'), (2, 'b'), (5, 'c'), (0, 'd')];
/// sort_by_offset(&mut v, |x| x.0);
/// assert_eq!(v, [(0, 'd'), (2, 'b'), (5, 'a'), (5, 'c')]);
/// ```
pub fn sort_by_offset<T>(v: &mut Vec<T>, key: impl Fn(&T) -> usize) {
    let mut order: Vec<u64> = v
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x) as u64) << 32 | i as u64)
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&k| slots[(k & 0xFFFF_FFFF) as usize].take()),
    );
}
