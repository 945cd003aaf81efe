//! A small, fast, non-cryptographic hash (the Fx hash of rustc), used for
//! feature hashing and for the lexicon's tables. Inputs come from the text
//! being annotated; the tables it keys are bounded, so flooding only slows.

use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// The Fx hasher.
#[derive(Clone, Copy, Default)]
pub struct Fx(u64);

impl Fx {
    /// A hasher seeded with a feature template number.
    #[inline]
    pub fn new(seed: u32) -> Fx {
        let mut f = Fx(0);
        f.add(seed as u64);
        f
    }
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
    }
    /// Feeds bytes.
    #[inline]
    pub fn bytes(mut self, b: &[u8]) -> Fx {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut a = [0u8; 8];
            a[..r.len()].copy_from_slice(r);
            self.add(u64::from_le_bytes(a) ^ ((r.len() as u64) << 59));
        }
        self.add(0xff);
        self
    }
    /// Feeds a number.
    #[inline]
    pub fn num(mut self, v: u64) -> Fx {
        self.add(v);
        self
    }
    /// The 32-bit feature key (never 0, which marks an empty table slot).
    #[inline]
    pub fn key(self) -> u32 {
        let h = self.0 ^ (self.0 >> 29) ^ (self.0 >> 41);
        (h as u32).max(1)
    }
    /// The full 64-bit hash.
    #[inline]
    pub fn full(self) -> u64 {
        self.0
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        *self = self.bytes(bytes);
    }
    fn write_u64(&mut self, v: u64) {
        self.add(v);
    }
}

/// A `HashMap` hasher builder using [`Fx`].
pub type FxBuild = BuildHasherDefault<Fx>;
