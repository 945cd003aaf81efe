//! A binary range coder with adaptive probabilities (the coder of LZMA's),
//! used to store the tagger's weights and the lexicon: it packs them to
//! within a percent of their entropy, where gzip left 10 KB on the table,
//! and its decoder is a few dozen lines with no tables to ship. Unlike
//! LZMA's, a probability takes big steps at first and halves them as it
//! sees more, down to 1/64 (3.6 KB less for the two files than LZMA's 1/32
//! from the start; a context-mixing model of four orders would save twice
//! that, but decoding it took 100 ms more at start-up in Node).
//!
//! ```
//! use newsmark::entities::rangecoder::{Decoder, Encoder, Tree};
//! let mut e = Encoder::default();
//! let mut t = Tree::default();
//! for b in [3u8, 3, 250, 3] {
//!     e.byte(&mut t, b);
//! }
//! e.direct(0b1011, 4);
//! let bytes = e.finish();
//! let mut d = Decoder::new(&bytes);
//! let mut t = Tree::default();
//! let got: Vec<u8> = (0..4).map(|_| d.byte(&mut t)).collect();
//! assert_eq!(got, [3, 3, 250, 3]);
//! assert_eq!(d.direct(4), 0b1011);
//! ```

/// Probabilities are 16-bit fixed point: the chance that the next bit is 0.
const PROB_BITS: u32 = 16;
const PROB_ONE: i32 = 1 << PROB_BITS;
/// A probability moves towards its bit's side, which lies this far from 0
/// and 1 so that either bit can always be coded.
const PROB_MARGIN: i32 = 32;
/// A probability moves by 1/2 of its error on its first update, 1/4 on
/// the next two, 1/8 on the four after, and so on down to 1/2^`RATE_SHIFT`
/// (close to the mean of what it has seen, from the first bit on), then
/// stays at that rate, so that it follows a stream that drifts.
const RATE_SHIFT: u8 = 6;
/// How many updates a probability counts: enough to reach `RATE_SHIFT`.
const COUNTS: usize = 1 << RATE_SHIFT;
/// The shift of each count, min(`RATE_SHIFT`, log2(n + 2)).
const SHIFTS: [u8; COUNTS] = {
    let mut s = [0; COUNTS];
    let mut n = 0;
    while n < COUNTS {
        let log = (n as u32 + 2).ilog2() as u8;
        s[n] = if log < RATE_SHIFT { log } else { RATE_SHIFT };
        n += 1;
    }
    s
};
/// Below this the range is renormalised by a byte.
const TOP: u32 = 1 << 24;

/// An adaptive probability for one binary decision, and how often it has
/// been updated (counted up to [`COUNTS`] − 1).
#[derive(Clone, Copy, Debug)]
pub struct Prob(u16, u8);

impl Default for Prob {
    fn default() -> Self {
        Prob((PROB_ONE / 2) as u16, 0)
    }
}

impl Prob {
    fn update(&mut self, bit: u32) {
        let p = i32::from(self.0);
        // (a step never passes its target: p stays within the margins)
        let target = if bit == 0 {
            PROB_ONE - PROB_MARGIN
        } else {
            PROB_MARGIN
        };
        let n = usize::from(self.1) % COUNTS;
        self.0 = (p + ((target - p) >> SHIFTS[n])) as u16;
        self.1 += u8::from(n + 1 < COUNTS);
    }
}

/// The model of one byte stream: a binary tree of probabilities, one per
/// prefix of the byte's bits (most significant first).
#[derive(Clone, Debug)]
pub struct Tree([Prob; 256]);

impl Default for Tree {
    fn default() -> Self {
        Tree([Prob::default(); 256])
    }
}

/// Writes bits and bytes into a range-coded byte stream.
#[derive(Debug)]
pub struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    cache_size: u64,
    out: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Self {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            cache_size: 1,
            out: Vec::new(),
        }
    }
}

impl Encoder {
    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low > 0xFFFF_FFFF {
            let carry = (self.low >> 32) as u8;
            let mut temp = self.cache;
            loop {
                self.out.push(temp.wrapping_add(carry));
                temp = 0xFF;
                self.cache_size -= 1;
                if self.cache_size == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.cache_size += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    /// Codes `bit` (0 or 1) with the adaptive probability `p`.
    pub fn bit(&mut self, p: &mut Prob, bit: u32) {
        let bound = (self.range >> PROB_BITS) * u32::from(p.0);
        if bit == 0 {
            self.range = bound;
        } else {
            self.low += bound as u64;
            self.range -= bound;
        }
        p.update(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    /// Codes the low `n` bits of `v` (most significant first) at even odds.
    pub fn direct(&mut self, v: u32, n: u32) {
        for i in (0..n).rev() {
            self.range >>= 1;
            if (v >> i) & 1 == 1 {
                self.low += self.range as u64;
            }
            while self.range < TOP {
                self.range <<= 8;
                self.shift_low();
            }
        }
    }

    /// Codes a byte with the model `t`.
    pub fn byte(&mut self, t: &mut Tree, b: u8) {
        let mut node = 1usize;
        for i in (0..8).rev() {
            let bit = (b as u32 >> i) & 1;
            self.bit(&mut t.0[node], bit);
            node = node * 2 + bit as usize;
        }
    }

    /// The coded bytes.
    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// Reads what an [`Encoder`] wrote. Past the end of the bytes it reads
/// zeros: a cut stream decodes to garbage, never to a panic.
#[derive(Debug)]
pub struct Decoder<'a> {
    data: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    /// A decoder over `data`.
    pub fn new(data: &'a [u8]) -> Decoder<'a> {
        let mut d = Decoder {
            data,
            pos: 0,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..5 {
            d.code = (d.code << 8) | d.next() as u32;
        }
        d
    }

    fn next(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn normalise(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.code = (self.code << 8) | self.next() as u32;
        }
    }

    /// Reads a bit coded with the adaptive probability `p`.
    pub fn bit(&mut self, p: &mut Prob) -> u32 {
        let bound = (self.range >> PROB_BITS) * u32::from(p.0);
        let bit = if self.code < bound {
            self.range = bound;
            0
        } else {
            self.code -= bound;
            self.range -= bound;
            1
        };
        p.update(bit);
        self.normalise();
        bit
    }

    /// Reads `n` bits coded at even odds.
    pub fn direct(&mut self, n: u32) -> u32 {
        let mut v = 0;
        for _ in 0..n {
            self.range >>= 1;
            let bit = u32::from(self.code >= self.range);
            if bit == 1 {
                self.code -= self.range;
            }
            v = (v << 1) | bit;
            self.normalise();
        }
        v
    }

    /// Reads a byte coded with the model `t`.
    pub fn byte(&mut self, t: &mut Tree) -> u8 {
        let mut node = 1usize;
        for _ in 0..8 {
            node = node * 2 + self.bit(&mut t.0[node]) as usize;
        }
        node as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stream of 10,000 bits, one in ten a 1 (a fixed pseudo-random
    /// pattern), codes within 3% of its entropy and decodes to itself.
    #[test]
    fn a_skewed_stream_codes_near_its_entropy() {
        let mut state = 12_345u32;
        let bits: Vec<u32> = (0..10_000)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                u32::from((state >> 16) % 10 == 0)
            })
            .collect();
        let ones = bits.iter().filter(|&&b| b == 1).count() as f64 / bits.len() as f64;
        let entropy = -(ones * ones.log2() + (1.0 - ones) * (1.0 - ones).log2());
        let bound = entropy * bits.len() as f64 / 8.0 * 1.03;
        let mut e = Encoder::default();
        let mut p = Prob::default();
        for &b in &bits {
            e.bit(&mut p, b);
        }
        let bytes = e.finish();
        assert!(
            (bytes.len() as f64) < bound,
            "{} bytes, bound {bound:.0}",
            bytes.len()
        );
        let mut d = Decoder::new(&bytes);
        let mut p = Prob::default();
        assert!(bits.iter().all(|&b| d.bit(&mut p) == b));
    }
}
