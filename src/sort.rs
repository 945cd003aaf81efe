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
pub fn sort_by_offset<T>(v: &mut [T], key: impl Fn(&T) -> usize) {
    let keys: Vec<u64> = v.iter().map(|x| key(x) as u64).collect();
    for (to, from) in swaps_to_order(keys).into_iter().enumerate() {
        v.swap(to, from as usize);
    }
}

/// Sorts spans by start, the longer (outer) first where two start
/// together: by end descending, then stably by start.
///
/// ```
/// # use newsmark::sort::sort_outer_first;
/// let mut v = vec![(3, 4), (0, 2), (0, 9), (3, 8)];
/// sort_outer_first(&mut v, |x| x.0, |x| x.1);
/// assert_eq!(v, [(0, 9), (0, 2), (3, 8), (3, 4)]);
/// ```
pub fn sort_outer_first<T>(v: &mut [T], start: impl Fn(&T) -> usize, end: impl Fn(&T) -> usize) {
    v.reverse();
    sort_by_offset(v, end);
    v.reverse();
    sort_by_offset(v, start);
}

/// The swaps that order items by `keys`, stably: swapping item `to` with
/// item `from` for each `from` in turn (`to` = 0, 1, …) leaves them sorted.
/// Not generic, so it is compiled once; each [`sort_by_offset`] is then
/// only its keys and a loop of swaps.
fn swaps_to_order(keys: Vec<u64>) -> Vec<u32> {
    let mut order: Vec<u64> = keys
        .into_iter()
        .enumerate()
        .map(|(i, k)| k << 32 | i as u64)
        .collect();
    order.sort_unstable();
    // where each original item is now, and which one each position holds
    let mut pos: Vec<u32> = (0..order.len() as u32).collect();
    let mut at = pos.clone();
    let mut swaps = Vec::with_capacity(order.len());
    for (to, k) in order.into_iter().enumerate() {
        let from = pos[(k & 0xFFFF_FFFF) as usize];
        swaps.push(from);
        let moved = at[to];
        at.swap(to, from as usize);
        pos[moved as usize] = from;
    }
    swaps
}

#[cfg(test)]
mod tests {
    use super::sort_by_offset;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(usize, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 33) as usize % (n / 3 + 1), i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_offset(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
        }
    }
}
