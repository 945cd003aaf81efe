//! Quote marks: which characters in a paragraph are quote marks, which way
//! they can face, and which are apostrophes instead.
//!
//! A mark's direction comes first from its surroundings ("flanking": a mark
//! with space before and a letter after opens, a letter before and space or
//! punctuation after closes) and only when that is undecided from its glyph
//! (`“` opens, `”` closes, `"` and `''` go either way). So `„…“`, `»…«`,
//! `«…»` and `“…“` all pair, and `Moscow‘s`, `Russia’s`, `’90s`, `rock ’n’
//! roll` and `don't` are apostrophes.
//!
//! ```
//! use newsmark::quotes::marks::{scan, Family};
//! let doc = newsmark::segment::segment("“It’s Moscow‘s call,” he said of the ’90s.");
//! let marks = scan(&doc, 0);
//! assert_eq!(marks.len(), 2);
//! assert!(marks[0].can_open && !marks[0].can_close && marks[0].family == Family::Double);
//! assert!(marks[1].can_close && !marks[1].can_open);
//! ```

use crate::segment::{is_dash_char, Document, TokenKind};
use crate::words::{has, speech};

/// Double marks (`"` `“` `”` `„` `«` `»` ` `` ` `''`) or single ones (`'` `‘` `’` `‚` `‹` `›`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// A double mark: the outer quotes in English news.
    Double,
    /// A single mark: quotes inside quotes (or British outer quotes).
    Single,
}

/// One quote mark in a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Start of the mark (byte offset).
    pub start: usize,
    /// End of the mark (byte offset, exclusive; two characters for ` `` ` and `''`).
    pub end: usize,
    /// Double or single.
    pub family: Family,
    /// It may open a quote.
    pub can_open: bool,
    /// It may close a quote.
    pub can_close: bool,
    /// A single closing mark after an `s` (`students’`): it closes only a
    /// quote already open, else it is a possessive apostrophe.
    pub weak: bool,
}

/// The glyph's own leaning, used only when the surroundings do not decide.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    Open,
    Close,
    Either,
}

fn glyph(c: char) -> Option<(Family, Lean)> {
    Some(match c {
        '"' => (Family::Double, Lean::Either),
        '“' | '„' | '‟' => (Family::Double, Lean::Open),
        '”' => (Family::Double, Lean::Close),
        '«' | '»' => (Family::Double, Lean::Either),
        '\'' => (Family::Single, Lean::Either),
        '‘' | '‚' | '‛' => (Family::Single, Lean::Open),
        '’' => (Family::Single, Lean::Close),
        '‹' | '›' => (Family::Single, Lean::Either),
        _ => return None,
    })
}

/// Is `c` any quote mark character?
pub fn is_quote_char(c: char) -> bool {
    glyph(c).is_some() || c == '`'
}

/// Characters that may stand before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '-' | '/' | '\u{a0}')
                || is_dash_char(c)
                || is_quote_char(c)
        }
    }
}

/// Characters that may stand after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '-' | '/' | '…'
                )
                || is_dash_char(c)
                || is_quote_char(c)
        }
    }
}

/// The quote marks of paragraph `p` of `doc`, in order. Apostrophes are left out.
pub fn scan(doc: &Document, p: usize) -> Vec<Mark> {
    scan_with(doc, p, true)
}

/// [`scan`], with two curly single marks in a row (`’’`, `‘‘`) read as one
/// double mark when `wire` is on (`wire-double-closer`): wire copy that
/// opens with `''` often closes with `’’`, and as two apostrophes the quote
/// ran on into the next sentence.
pub fn scan_with(doc: &Document, p: usize, wire: bool) -> Vec<Mark> {
    let text = doc.text;
    let Some(para) = doc.paragraphs.get(p) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut i = para.tokens.start;
    while i < para.tokens.end {
        let t = doc.tokens[i];
        i += 1;
        if t.kind != TokenKind::Punct {
            continue;
        }
        let c = text[t.start..].chars().next().unwrap_or(' ');
        // Wire style: `` opens, '' goes either way (NYT uses it on both sides).
        let pair = |d: char| {
            i < para.tokens.end
                && doc.tokens[i].start == t.end
                && text[doc.tokens[i].start..doc.tokens[i].end] == *d.encode_utf8(&mut [0; 4])
        };
        let (family, lean, start, end) = if c == '`' {
            if pair('`') {
                i += 1;
                (Family::Double, Lean::Open, t.start, t.end + 1)
            } else {
                (Family::Single, Lean::Open, t.start, t.end)
            }
        } else if wire && matches!(c, '’' | '‘') && pair(c) && !pair_third(doc, i, c) {
            // `’’` after a word closes, `‘‘` before one opens: one double mark.
            let lean = if c == '’' { Lean::Close } else { Lean::Open };
            let end = doc.tokens[i].end;
            i += 1;
            (Family::Double, lean, t.start, end)
        } else if c == '\'' && pair('\'') {
            // Three in a row are a single and a double mark. Closing (after a
            // word) the single comes first — `them,'''` ends 'We'll …' and
            // then the quote; opening, the double does.
            let third = i + 1 < para.tokens.end
                && doc.tokens[i + 1].start == t.end + 1
                && doc.word(i + 1) == "'";
            let after_word = text[..t.start]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace());
            if third && after_word {
                if let Some(m) = classify(text, t.start, t.end, Family::Single, Lean::Either) {
                    out.push(m);
                }
                i += 2;
                (Family::Double, Lean::Either, t.end, t.end + 2)
            } else if third {
                if let Some(m) = classify(text, t.start, t.end + 1, Family::Double, Lean::Either) {
                    out.push(m);
                }
                i += 2;
                (Family::Single, Lean::Either, t.end + 1, t.end + 2)
            } else {
                i += 1;
                (Family::Double, Lean::Either, t.start, t.end + 1)
            }
        } else {
            match glyph(c) {
                Some((f, l)) => (f, l, t.start, t.end),
                None => continue,
            }
        };
        if let Some(m) = classify(text, start, end, family, lean) {
            out.push(m);
        }
    }
    out
}

/// A third curly mark of the same glyph right after the pair at token `i`
/// (`’’’`): a single and a double mark together, left as they were.
fn pair_third(doc: &Document, i: usize, c: char) -> bool {
    doc.tokens
        .get(i + 1)
        .is_some_and(|t| t.start == doc.tokens[i].end && doc.text[t.start..].starts_with(c))
}

fn classify(text: &str, start: usize, end: usize, family: Family, lean: Lean) -> Option<Mark> {
    let prev = text[..start].chars().next_back();
    let next = text[end..].chars().next();
    let left = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
    let right = prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next);
    let mut weak = false;
    if family == Family::Single {
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        // don't, Moscow‘s, Russia’s: between letters.
        if alnum(prev) && alnum(next) {
            return None;
        }
        let rest = &text[end..];
        // ’90s, '08.
        let mut digits = rest.chars();
        if opens_after(prev)
            && digits.next().is_some_and(|c| c.is_ascii_digit())
            && digits.next().is_some_and(|c| c.is_ascii_digit())
            && !digits.next().is_some_and(|c| c.is_ascii_digit())
        {
            return None;
        }
        // rock ’n’ roll: both marks around a lone n.
        let mut r = rest.chars();
        if r.next() == Some('n')
            && r.next()
                .is_some_and(|c| glyph(c).is_some_and(|g| g.0 == Family::Single))
        {
            return None;
        }
        let mut b = text[..start].chars().rev();
        if b.next() == Some('n')
            && b.next()
                .is_some_and(|c| glyph(c).is_some_and(|g| g.0 == Family::Single))
        {
            return None;
        }
        if left && !right {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            if has(speech::ELISIONS, &word) {
                return None;
            }
        }
        if right && !left && matches!(prev, Some('s' | 'S' | 'z')) {
            weak = true;
        }
    }
    let (can_open, can_close) = match (left, right) {
        (true, false) => (true, false),
        (false, true) => (false, true),
        _ => match lean {
            Lean::Open => (true, false),
            Lean::Close => (false, true),
            Lean::Either => {
                if family == Family::Single {
                    // An isolated straight single mark: not a quote.
                    return None;
                }
                // A mark at the very end of a paragraph can only close.
                if !next.is_some_and(|n| n != '\n' && n != '\r') {
                    (false, true)
                } else {
                    (true, true)
                }
            }
        },
    };
    // Nothing follows: it cannot open.
    let can_open = can_open && next.is_some_and(|n| n != '\n' && n != '\r');
    if !can_open && !can_close {
        return None;
    }
    Some(Mark {
        start,
        end,
        family,
        can_open,
        can_close,
        weak,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn marks(text: &str) -> Vec<(String, bool, bool)> {
        let doc = segment(text);
        (0..doc.paragraphs.len())
            .flat_map(|p| scan(&doc, p))
            .map(|m| (text[m.start..m.end].to_string(), m.can_open, m.can_close))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        for t in [
            "Moscow‘s call",
            "Russia’s demands",
            "the ’90s and '08",
            "rock ’n’ roll",
            "don't, won’t",
            "rock 'n' roll",
            "give 'em hell",
        ] {
            assert!(marks(t).is_empty(), "{t}: {:?}", marks(t));
        }
    }

    #[test]
    fn flanking_decides_direction() {
        let m = marks("He said “yes” and «non» and »ja« and „ja“ and ''no''.");
        let dirs: Vec<(bool, bool)> = m.iter().map(|x| (x.1, x.2)).collect();
        assert_eq!(dirs.len(), 10);
        for pair in dirs.chunks(2) {
            assert_eq!(pair, [(true, false), (false, true)]);
        }
        assert_eq!(m[8].0, "''");
    }

    #[test]
    fn backticks_and_wrong_way_curly_marks() {
        let m = marks("``Yes,'' she said, calling it “abhorrent“.");
        assert_eq!(m[0], ("``".to_string(), true, false));
        assert_eq!(m[1], ("''".to_string(), false, true));
        assert_eq!(m[3], ("“".to_string(), false, true));
    }

    #[test]
    fn three_straight_marks_split_into_single_and_double() {
        let m = marks("''It was 'no,''' he said.");
        let got: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, ["''", "'", "'", "''"]);
        assert_eq!((m[2].1, m[2].2), (false, true));
        let m = marks("He said '''Tis' is old,'' he said.");
        let got: Vec<&str> = m.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got[..2], ["''", "'"]);
    }

    #[test]
    fn plural_possessive_is_weak() {
        let doc = segment("the students’ fees");
        let m = scan(&doc, 0);
        assert_eq!(m.len(), 1);
        assert!(m[0].weak && m[0].can_close);
    }
}
