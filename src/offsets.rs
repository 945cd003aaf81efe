//! The offset contract: converting UTF-8 byte offsets to the unit a caller speaks.
//!
//! The Rust API speaks UTF-8 byte offsets. JavaScript speaks UTF-16 code units
//! (what `String.prototype.slice` and the DOM use), and the CLI prints code
//! points (`char`, what Python indexes by) unless asked otherwise. Conversion
//! is one sorted sweep over the text: `O(n + k log k)` for `k` offsets.
//!
//! ```
//! use newsmark::offsets::{convert, Unit};
//! let text = "😀 Vladimir Putin";
//! let mut a = newsmark::annotate(text);
//! assert_eq!(a.entities[0].start, 5); // bytes: the emoji is 4, the space 1
//! convert(text, &mut a, Unit::Utf16);
//! assert_eq!(a.entities[0].start, 3); // UTF-16: the emoji is a surrogate pair
//! ```

use crate::types::Annotations;

/// The unit in which offsets are expressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes (the Rust API).
    Utf8,
    /// UTF-16 code units (JavaScript and the DOM).
    Utf16,
    /// Unicode scalar values, i.e. code points (Python's `str` indices).
    Char,
}

impl Unit {
    /// Parses `"utf8"`, `"utf16"` or `"char"`.
    ///
    /// ```
    /// use newsmark::offsets::Unit;
    /// assert_eq!(Unit::parse("utf16"), Some(Unit::Utf16));
    /// assert_eq!(Unit::parse("bytes"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "utf8" => Some(Unit::Utf8),
            "utf16" => Some(Unit::Utf16),
            "char" => Some(Unit::Char),
            _ => None,
        }
    }

    /// The name used in JSON output (`"unit"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Utf8 => "utf8",
            Unit::Utf16 => "utf16",
            Unit::Char => "char",
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Unit::Utf8 => c.len_utf8(),
            Unit::Utf16 => c.len_utf16(),
            Unit::Char => 1,
        }
    }
}

/// Calls `f` on every offset field of `a`, in no particular order.
fn for_each_offset(a: &mut Annotations, mut f: impl FnMut(&mut usize)) {
    for m in &mut a.entities {
        f(&mut m.start);
        f(&mut m.end);
    }
    for r in &mut a.roles {
        f(&mut r.start);
        f(&mut r.end);
    }
    for q in &mut a.quotes {
        f(&mut q.start);
        f(&mut q.end);
        for n in &mut q.nested {
            f(&mut n.start);
            f(&mut n.end);
        }
        for o in [
            &mut q.speaker_start,
            &mut q.speaker_end,
            &mut q.cue_start,
            &mut q.cue_end,
        ]
        .into_iter()
        .flatten()
        {
            f(o);
        }
    }
    for d in &mut a.diagnostics {
        f(&mut d.start);
        f(&mut d.end);
    }
}

/// Rewrites every offset in `a` (byte offsets into `text`) into `unit`.
///
/// Offsets must lie on character boundaries of `text`, as every offset that
/// [`crate::annotate`] produces does; one that does not is mapped to the start
/// of the character it falls in.
pub fn convert(text: &str, a: &mut Annotations, unit: Unit) {
    if unit == Unit::Utf8 {
        return;
    }
    // (sorted as u64: the one sort of `crate::sort`, compiled once)
    let mut keys: Vec<u64> = Vec::new();
    for_each_offset(a, |o| keys.push(*o as u64));
    keys.sort_unstable();
    keys.dedup();
    let offsets: Vec<usize> = keys.into_iter().map(|k| k as usize).collect();
    let mapped = map_sorted(text, &offsets, unit);
    for_each_offset(a, |o| {
        if let Ok(i) = offsets.binary_search(o) {
            *o = mapped[i];
        }
    });
}

/// Maps sorted, deduplicated byte offsets into `unit`, in one pass over `text`.
///
/// ```
/// use newsmark::offsets::{map_sorted, Unit};
/// assert_eq!(map_sorted("é漢😀x", &[0, 2, 5, 9, 10], Unit::Utf16), vec![0, 1, 2, 4, 5]);
/// ```
pub fn map_sorted(text: &str, sorted: &[usize], unit: Unit) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices().peekable();
    let mut converted = 0;
    for &target in sorted {
        while let Some(&(i, c)) = chars.peek() {
            if i + c.len_utf8() > target {
                break;
            }
            converted += unit.width(c);
            chars.next();
        }
        out.push(converted);
    }
    out
}

/// Converts one offset in `unit` back to a UTF-8 byte offset into `text`,
/// or `None` when it is out of bounds or inside a character.
///
/// ```
/// use newsmark::offsets::{to_byte, Unit};
/// assert_eq!(to_byte("😀x", 2, Unit::Utf16), Some(4));
/// assert_eq!(to_byte("😀x", 1, Unit::Utf16), None);
/// ```
pub fn to_byte(text: &str, offset: usize, unit: Unit) -> Option<usize> {
    let mut converted = 0;
    for (i, c) in text.char_indices() {
        if converted == offset {
            return Some(i);
        }
        if converted > offset {
            return None;
        }
        converted += unit.width(c);
    }
    (converted == offset).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_agree_with_std() {
        let text = "a\u{301}漢字😀👩‍👩‍👧“x”";
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let u16s = map_sorted(text, &bounds, Unit::Utf16);
        let chars = map_sorted(text, &bounds, Unit::Char);
        for (k, &b) in bounds.iter().enumerate() {
            assert_eq!(u16s[k], text[..b].encode_utf16().count());
            assert_eq!(chars[k], text[..b].chars().count());
            assert_eq!(to_byte(text, u16s[k], Unit::Utf16), Some(b));
            assert_eq!(to_byte(text, chars[k], Unit::Char), Some(b));
        }
    }

    #[test]
    fn offsets_past_the_end_map_to_the_length() {
        assert_eq!(map_sorted("ab", &[2], Unit::Char), vec![2]);
        assert_eq!(to_byte("ab", 3, Unit::Char), None);
    }
}
