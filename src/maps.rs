//! Two hash tables for the whole crate. Each `HashMap<K, V>` with its own
//! key or value type compiles its own copy of the table's code (grow,
//! insert, look up, drop: about 1.3 KB of WebAssembly each), so the crate's
//! maps and sets share two: strings and 64-bit hashes, each to a `u32`.
//! The `u32` is a small number, an index into a `Vec` kept beside the map
//! ([`StrMap`]), or 0 where the map is a set. Keys are owned strings even
//! where the text could lend them: a `&str` key would be a third table, and
//! a word is copied once per distinct word, not per look-up.

use std::collections::HashMap;

use crate::entities::fx::FxBuild;

/// Strings to numbers (a set of strings maps each to 0).
pub type StrIds = HashMap<String, u32, FxBuild>;

/// 64-bit hashes to numbers (a set of hashes maps each to 0).
pub type HashIds = HashMap<u64, u32, FxBuild>;

/// Owned strings to values of any type, on the shared [`StrIds`] table: the
/// table holds each key's index into `values`.
///
/// ```
/// # use newsmark::maps::StrMap;
/// let mut m: StrMap<Vec<u32>> = StrMap::default();
/// m.entry("a".to_string(), Vec::new).push(1);
/// m.entry("a".to_string(), Vec::new).push(2);
/// assert_eq!(m.get("a"), Some(&vec![1, 2]));
/// assert!(!m.contains_key("b"));
/// ```
pub struct StrMap<V> {
    index: StrIds,
    values: Vec<V>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap {
            index: StrIds::default(),
            values: Vec::new(),
        }
    }
}

impl<V> StrMap<V> {
    /// The value of `key`, if it has one.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.index.get(key).map(|&i| &self.values[i as usize])
    }

    /// True when `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    /// True when no key has a value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The index of `key` in `values`, and whether it is new: a new key is
    /// given the next index, which its caller then fills.
    fn slot(&mut self, key: String) -> (usize, bool) {
        let next = self.values.len();
        let i = *self.index.entry(key).or_insert(next as u32) as usize;
        (i, i == next)
    }

    /// The value of `key`, made by `new` first when it has none.
    pub fn entry(&mut self, key: String, new: impl FnOnce() -> V) -> &mut V {
        let (i, fresh) = self.slot(key);
        if fresh {
            self.values.push(new());
        }
        &mut self.values[i]
    }

    /// Sets the value of `key`, replacing any it had.
    pub fn insert(&mut self, key: String, value: V) {
        match self.slot(key) {
            (_, true) => self.values.push(value),
            (i, false) => self.values[i] = value,
        }
    }

    /// Every value, in the order their keys came.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.values.iter_mut()
    }
}
