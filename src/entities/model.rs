//! The tagger's weights: feature key → one row of [`TAGS`] weights, stored
//! quantised and range-coded in `data/tagger.bin` (made by
//! `examples/train_tagger.rs`), read once into an open-addressing table.
//!
//! The stored format (`NMT6`; `NMT5` was the same with probabilities that
//! adapted at one rate): the magic, the row count (u32), the Rice parameter
//! of the keys, then one range-coded stream ([`super::rangecoder`]):
//! the sorted keys as Rice-coded differences, each row's exponent byte, one
//! bit a row for whether it is wide, the weight codes' high bytes column by
//! column (each column with its own model), then the wide rows' low bits
//! column by column. Rows whose largest weight is small take few levels
//! (15 in the shipped file: a coarse code costs them little); the few large
//! rows (frequent features, tag transitions) keep 127, since a code's error
//! grows with its row's largest weight and those rows fire on most tokens.
//! A row may also be wide, two bytes a code (up to [`WIDE`] levels); the
//! shipped file has none (exact large rows helped the tagger alone but not
//! the whole recogniser: `data/SOURCES.md`). At the same pruning the file
//! is 26 KB smaller than NMT4's byte a code for every row, and as accurate.

use super::rangecoder::{Decoder, Encoder, Prob, Tree};

/// The number of tags: O, then B and I for each of PER, ORG, LOC, MISC.
pub const TAGS: usize = 9;

/// The embedded model: feature key → one row of `TAGS` weights.
pub struct Model {
    /// The open-addressing table of keys (0: an empty slot)...
    keys: Vec<u32>,
    /// ...and, for each slot with a key, its row in `rows`: the rows are
    /// stored densely, not a row a slot (the table is two thirds empty).
    at: Vec<u32>,
    rows: Vec<[i16; TAGS]>,
    mask: usize,
}

const MAGIC: &[u8; 4] = b"NMT6";

/// Adaptive probabilities for the first bits of a key difference's unary
/// quotient; later bits share the last.
const RICE_CONTEXTS: usize = 4;

/// The quantiser of the stored weights: each row of `TAGS` weights is stored
/// as one exponent byte `e` and `TAGS` codes `q`, standing for
/// `q · 2^((e − 128) / 8)`. `levels` is the largest code used: up to 127 a
/// row is narrow (a byte a code), above it wide (two bytes a code, up to
/// [`WIDE`]), which frequent features with large weights need, since a
/// narrow code's error grows with the row's largest weight.
pub fn quantise(row: &[f32; TAGS], levels: u16) -> (u8, [i16; TAGS]) {
    let m = row.iter().fold(0f32, |m, v| m.max(v.abs()));
    let q = levels.clamp(1, WIDE) as f32;
    if m == 0.0 {
        return (0, [0; TAGS]);
    }
    let e = ((m / q).log2() * 8.0).ceil().clamp(-128.0, 127.0);
    let step = (e / 8.0).exp2();
    (
        (e as i32 + 128) as u8,
        row.map(|v| (v / step).round().clamp(-q, q) as i16),
    )
}

/// The largest code of a wide row: a high byte (-128..=127) and seven low bits.
pub const WIDE: u16 = 16383;

/// The weight code `q` with exponent byte `e` stands for.
pub fn dequantise(e: u8, q: i16) -> f32 {
    q as f32 * ((e as f32 - 128.0) / 8.0).exp2()
}

impl Model {
    /// Reads a model written by [`Model::write`]; an unreadable one reads as empty.
    pub fn read(bytes: &[u8]) -> Model {
        Self::try_read(bytes).unwrap_or_else(|| Model::from_rows(&[]))
    }

    fn try_read(bytes: &[u8]) -> Option<Model> {
        if bytes.get(..4)? != MAGIC {
            return None;
        }
        let n = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?) as usize;
        let k = *bytes.get(8)? as u32;
        if n > bytes.len() || k > 31 {
            return None;
        }
        let mut d = Decoder::new(bytes.get(9..)?);
        // keys: sorted, as Rice-coded differences (unary quotient, k-bit remainder)
        let mut quotient = [Prob::default(); RICE_CONTEXTS];
        let mut key = 0u32;
        let mut keys = Vec::with_capacity(n);
        for _ in 0..n {
            let mut q = 0u32;
            while d.bit(&mut quotient[(q as usize).min(RICE_CONTEXTS - 1)]) == 1 {
                q += 1;
                if q > 1 << 16 {
                    return None;
                }
            }
            key = key.wrapping_add((q << k) | d.direct(k));
            keys.push(key);
        }
        // exponents, which rows are wide, then the codes tag by tag (a column
        // each, each with its own model), then the wide rows' low bits likewise
        let mut model = Tree::default();
        let exps: Vec<u8> = (0..n).map(|_| d.byte(&mut model)).collect();
        let mut flag = Prob::default();
        let wide: Vec<bool> = (0..n).map(|_| d.bit(&mut flag) == 1).collect();
        let mut codes = vec![[0i16; TAGS]; n];
        for t in 0..TAGS {
            let mut model = Tree::default();
            for row in codes.iter_mut() {
                row[t] = d.byte(&mut model) as i8 as i16;
            }
        }
        for t in 0..TAGS {
            let mut model = Tree::default();
            for (row, _) in codes.iter_mut().zip(&wide).filter(|(_, &w)| w) {
                row[t] = row[t] * 128 + (d.byte(&mut model) & 127) as i16;
            }
        }
        // a row's step is `dequantise(e, 1)`: one exp2 a row, not one a weight
        let top = codes
            .iter()
            .zip(&exps)
            .map(|(r, &e)| {
                r.iter().map(|q| q.unsigned_abs()).max().unwrap_or(0) as f32 * dequantise(e, 1)
            })
            .fold(0f32, f32::max);
        // the largest weight becomes 30000: i16 in memory, summed in i32; the
        // codes become the weights in place (a fresh instance's memory is
        // what this step's peak leaves it)
        let unit = 30000.0 / top.max(1e-6);
        let mut rows = codes;
        for (r, &e) in rows.iter_mut().zip(&exps) {
            let s = dequantise(e, 1);
            *r = r.map(|q| (q as f32 * s * unit).round() as i16);
        }
        Some(Model::from_parts(keys.into_iter(), rows))
    }

    /// Builds the lookup table from (key, weights) pairs.
    pub fn from_rows(pairs: &[(u32, [i16; TAGS])]) -> Model {
        Model::from_parts(
            pairs.iter().map(|p| p.0),
            pairs.iter().map(|p| p.1).collect(),
        )
    }

    /// Builds the lookup table from `keys` and their `rows`, in the same
    /// order; the rows are kept as given (no copy: [`Model::read`] decodes
    /// into them, and a fresh instance's memory is the peak of that).
    fn from_parts(keys: impl ExactSizeIterator<Item = u32>, rows: Vec<[i16; TAGS]>) -> Model {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut table = vec![0u32; size];
        let mut at = vec![0u32; size];
        let mask = size - 1;
        for (n, k) in keys.enumerate() {
            let mut slot = (k as usize).wrapping_mul(0x9E37_79B9) & mask;
            while table[slot] != 0 && table[slot] != k {
                slot = (slot + 1) & mask;
            }
            table[slot] = k;
            at[slot] = n as u32;
        }
        Model {
            keys: table,
            at,
            rows,
            mask,
        }
    }

    /// Writes (key, weight codes) pairs in the embedded format.
    pub fn write(pairs: &mut [(u32, (u8, [i16; TAGS]))]) -> Vec<u8> {
        pairs.sort_by_key(|p| p.0);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(pairs.len() as u32).to_le_bytes());
        // the Rice parameter that codes the key differences shortest
        let deltas: Vec<u32> = pairs
            .iter()
            .scan(0u32, |last, p| {
                let d = p.0 - *last;
                *last = p.0;
                Some(d)
            })
            .collect();
        let k = (0..32u32)
            .min_by_key(|&k| {
                deltas
                    .iter()
                    .map(|&d| (d as u64 >> k) + 1 + k as u64)
                    .sum::<u64>()
            })
            .unwrap_or(0);
        out.push(k as u8);
        let mut e = Encoder::default();
        let mut quotient = [Prob::default(); RICE_CONTEXTS];
        for &d in &deltas {
            let q = d >> k;
            for i in 0..q {
                e.bit(&mut quotient[(i as usize).min(RICE_CONTEXTS - 1)], 1);
            }
            e.bit(&mut quotient[(q as usize).min(RICE_CONTEXTS - 1)], 0);
            e.direct(d & ((1u64 << k) - 1) as u32, k);
        }
        let mut model = Tree::default();
        for p in pairs.iter() {
            e.byte(&mut model, p.1 .0);
        }
        let wide = |p: &(u32, (u8, [i16; TAGS]))| p.1 .1.iter().any(|q| !(-127..=127).contains(q));
        let mut flag = Prob::default();
        for p in pairs.iter() {
            e.bit(&mut flag, wide(p) as u32);
        }
        for t in 0..TAGS {
            let mut model = Tree::default();
            for p in pairs.iter() {
                let q = p.1 .1[t];
                let high = if wide(p) { q.div_euclid(128) } else { q };
                e.byte(&mut model, high as i8 as u8);
            }
        }
        for t in 0..TAGS {
            let mut model = Tree::default();
            for p in pairs.iter().filter(|p| wide(p)) {
                e.byte(&mut model, p.1 .1[t].rem_euclid(128) as u8);
            }
        }
        out.extend(e.finish());
        out
    }

    /// Adds the weights of `feats` into `scores`.
    #[inline]
    pub fn score(&self, feats: &[u32], scores: &mut [f32; TAGS]) {
        let mut acc = [0i32; TAGS];
        for &k in feats {
            self.add(k, &mut acc);
        }
        for t in 0..TAGS {
            scores[t] = acc[t] as f32;
        }
    }

    /// Adds the weights of feature `k` (none when the model has no such feature) into `acc`.
    #[inline]
    pub fn add(&self, k: u32, acc: &mut [i32; TAGS]) {
        let mut slot = (k as usize).wrapping_mul(0x9E37_79B9) & self.mask;
        loop {
            let s = self.keys[slot];
            // an empty slot (key 0 is no feature: it finds one too)
            if s == 0 {
                return;
            }
            if s == k {
                let r = &self.rows[self.at[slot] as usize];
                for t in 0..TAGS {
                    acc[t] += r[t] as i32;
                }
                return;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}
