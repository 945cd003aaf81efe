//! Finding the speaker's noun phrase next to a cue verb, on tokens alone.
//!
//! Two directions: [`before`] reads a subject leftwards from the word before
//! a cue verb ("Kremlin spokesman Dmitry Peskov | said"), [`after`] reads one
//! rightwards ("said | Solomon Yue, an RNC committeeman"). A phrase is a
//! pronoun, a run of capitalised words (with role words, initials, hyphens,
//! possessives and "of" between names), or a determiner-led common noun
//! phrase ("a State Department official"). Its *head* is the part that names
//! the speaker: the name at its end where there is one, else the whole phrase.
//! Each call looks at a bounded number of tokens.
//!
//! ```
//! use newsmark::quotes::np;
//! let doc = newsmark::segment::segment("Kremlin spokesman Dmitry Peskov said so.");
//! let p = np::before(&doc, 3, 0).unwrap();
//! assert_eq!(np::text(&doc, p.start, p.end), "Kremlin spokesman Dmitry Peskov");
//! assert_eq!(np::text(&doc, p.head_start, p.head_end), "Dmitry Peskov");
//! ```

use super::cues::{
    cue, is_aux_or_adverb, is_determiner, is_role_word, is_stop, is_subject_pronoun,
};
use crate::segment::{Document, TokenKind};
use crate::words::{has, is_weekday, speech, Lower};

/// A noun phrase as a token range, with its head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First token of the head.
    pub head_start: usize,
    /// One past the last token of the head.
    pub head_end: usize,
    /// The phrase is a pronoun.
    pub pronoun: bool,
}

impl Np {
    /// The one-token pronoun phrase at token `i` ("he", a relative "who").
    pub fn pronoun_at(i: usize) -> Np {
        Np {
            start: i,
            end: i + 1,
            head_start: i,
            head_end: i + 1,
            pronoun: true,
        }
    }
}

/// The text of tokens `start..end`.
pub fn text<'a>(doc: &Document<'a>, start: usize, end: usize) -> &'a str {
    if start >= end || end > doc.tokens.len() {
        return "";
    }
    &doc.text[doc.tokens[start].start..doc.tokens[end - 1].end]
}

/// Longest phrase read in either direction, in tokens: a title, a name
/// and a few role words ("Republican presidential front-runner Donald
/// Trump"); it bounds every read, so that phrase finding is linear.
pub const MAX_LEN: usize = 9;

/// The most tokens of an office named after a title and "of" ("Mayor of |
/// the West Midlands"); more, and a name follows the office ("Secretary of
/// | State Antony Blinken").
const OFFICE_WORDS: usize = 3;

/// The longest parenthesis stepped over after a name ("Sen. Ted Cruz
/// (R-Texas)"), in tokens.
const PARENTHESIS_MAX: usize = 8;

/// The longest run of lower-case modifiers between a capitalised word and
/// the role word before a name ("Republican | political consultant |
/// Chris Russell"), in tokens.
const ROLE_BRIDGE_MAX: usize = 4;

/// Words that look like names but never speak: days, months, "Today"
/// ([`speech::TIME_NAMES`]).
fn is_time_word(w: &str) -> bool {
    is_weekday(w) || has(speech::TIME_NAMES, w)
}

/// Frequent verbs that end a subject read rightwards: "His office | put out"
/// ([`speech::COMMON_VERBS`]).
fn is_common_verb(w: &str) -> bool {
    has(speech::COMMON_VERBS, w)
}

fn is_word(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

/// A capitalised word that can be part of a name.
pub fn is_cap(doc: &Document, i: usize) -> bool {
    is_word(doc, i) && {
        let w = doc.word(i);
        // First names that are also function words: "Will Doyle", "May Lee".
        let name_like = has(speech::NAME_LIKE_WORDS, w);
        let first_name = name_like
            && doc.tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && doc
                        .word(i + 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                    && !is_stop(doc.word(i + 1))
            });
        // ... or followed by a verb of saying: "Will wrote", "May said".
        let first_name = first_name
            || name_like && is_word(doc, i + 1) && {
                let n = doc.word(i + 1);
                cue(n).is_some_and(|c| !c.participle)
                    && (n.ends_with("ed")
                        || n.ends_with('s')
                        || matches!(n, "said" | "wrote" | "told"))
            };
        w.chars().next().is_some_and(char::is_uppercase)
            // "US Senator Jeff Sessions" ("us" is a stop word).
            && (first_name || w == "US" || !is_stop(w) && !is_time_word(w))
            && !is_determiner(w)
            && !has(speech::CAPITALISED_CUES, w)
    }
}

/// A hyphen glued to the words on both sides: "co-founder".
fn glued_hyphen(doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    matches!(doc.word(i), "-" | "‐")
        && !t.space_before
        && doc.tokens.get(i + 1).is_some_and(|n| !n.space_before)
        && i > 0
}

/// "'s", or a bare apostrophe glued to a word ending in "s" and spaced from
/// the next ("Capital Economics' Paul Dales").
fn is_possessive(doc: &Document, i: usize) -> bool {
    let bare = || {
        matches!(doc.word(i), "'" | "’")
            && i > 0
            && !doc.tokens[i].space_before
            && doc.word(i - 1).ends_with(['s', 'S'])
            && doc.tokens.get(i + 1).is_some_and(|n| n.space_before)
    };
    is_word(doc, i) && has(speech::POSSESSIVE_S, doc.word(i)) || bare()
}

/// A lower-case word that may be inside a common noun phrase read
/// rightwards after a determiner ("one unaligned strategist").
fn is_modifier(doc: &Document, i: usize) -> bool {
    is_common(doc, i)
        || is_word(doc, i) && {
            let w = doc.word(i);
            !is_stop(w)
                && !is_subject_pronoun(w)
                && !is_aux_or_adverb(w)
                && (w.ends_with("ed") || w.ends_with("ing"))
                && cue(w).is_none()
        }
}

/// A lower-case word that may be inside a common noun phrase.
fn is_common(doc: &Document, i: usize) -> bool {
    is_word(doc, i) && {
        let w = doc.word(i);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        // A cue verb is no noun, unless it is one after a determiner or "of":
        // "the report", "secretary of state".
        // Nor when a verb of saying follows it: "the congressional report
        // said", "the note says".
        let noun_after_determiner = i > 0
            && (is_determiner(doc.word(i - 1)) || doc.word(i - 1) == "of")
            && has(speech::NOUNISH, w);
        let subject_of_cue = i > 0
            && !is_determiner(doc.word(i - 1))
            && is_word(doc, i + 1)
            && cue(doc.word(i + 1)).is_some_and(|c| !c.participle)
            && !has(speech::NOUNISH, doc.word(i + 1).trim_end_matches('s'))
            && !w.ends_with("ed");
        let verb = lower && cue(w).is_some() && !noun_after_determiner && !subject_of_cue;
        !(is_stop(w) || is_subject_pronoun(w) || verb)
            && !(lower && w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
            && !is_aux_or_adverb(w)
            && !is_time_word(w)
    }
}

/// The head of a phrase: the run of capitalised words at its end, or before
/// its first "of" ("Joel Pollak of Breitbart California" → "Joel Pollak"),
/// unless only a title stands before it: then the whole phrase ("The Mayor
/// of London"), or the run at its end when a name follows the office
/// ("Secretary of State Antony Blinken", whose person the entity layer knows).
fn head(doc: &Document, start: usize, end: usize) -> (usize, usize) {
    let stop = (start..end).find(|&i| doc.word(i) == "of").unwrap_or(end);
    // "The Mayor of London": a title before "of" names the speaker with
    // the rest; "Secretary of State Antony Blinken": with a name after the
    // office, the name does
    let title = stop < end
        && (start..stop).any(|i| is_role_word(doc.word(i)))
        && (start..stop).all(|i| is_role_word(doc.word(i)) || is_determiner(doc.word(i)));
    if title && end - stop <= OFFICE_WORDS {
        return (start, end);
    }
    let stop = if title { end } else { stop };
    let mut e = stop;
    if e == start || !is_cap(doc, e - 1) {
        return (start, end);
    }
    let mut s = e - 1;
    while s > start && (is_cap(doc, s - 1) || glued_hyphen(doc, s - 1)) {
        s -= 1;
    }
    while e > s && glued_hyphen(doc, e - 1) {
        e -= 1;
    }
    (s, e)
}

fn make(doc: &Document, start: usize, end: usize) -> Np {
    let (head_start, head_end) = head(doc, start, end);
    Np {
        start,
        end,
        head_start,
        head_end,
        pronoun: false,
    }
}

/// The phrase of tokens `start..end` taken whole, its head found as for
/// any phrase (for slots whose bounds are known: "“…,” warm-and-fuzzy
/// Trump said").
///
/// ```
/// use newsmark::quotes::np::{span, text};
/// let doc = newsmark::segment::segment("warm-and-fuzzy Trump said");
/// let np = span(&doc, 0, doc.tokens.len() - 1);
/// assert_eq!(text(&doc, np.head_start, np.head_end), "Trump");
/// ```
pub fn span(doc: &Document, start: usize, end: usize) -> Np {
    make(
        doc,
        start,
        end.max(start + 1).min(doc.tokens.len().max(start + 1)),
    )
}

/// `np` cut to end before token `end` (kept whole when `end` is not inside it).
///
/// ```
/// use newsmark::quotes::np::{after, cut};
/// let doc = newsmark::segment::segment("The senator emailed supporters.");
/// let np = cut(&doc, after(&doc, 0, 4).unwrap(), 2);
/// assert_eq!((np.start, np.end), (0, 2));
/// ```
pub fn cut(doc: &Document, np: Np, end: usize) -> Np {
    if np.pronoun || end <= np.start || end >= np.end {
        return np;
    }
    make(doc, np.start, end)
}

/// The number of words of the source bridge `bridge` ("close to", "with
/// knowledge of") when its words stand at tokens `k..`.
fn bridge_at(doc: &Document, k: usize, bridge: &str) -> Option<usize> {
    let mut n = 0;
    for w in bridge.split(' ') {
        if !(is_word(doc, k + n) && doc.word(k + n) == w) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The token after a source bridge ([`speech::SOURCE_BRIDGES`]) that starts
/// at token `k`.
fn bridge_after(doc: &Document, k: usize) -> Option<usize> {
    speech::SOURCE_BRIDGES
        .iter()
        .find_map(|b| bridge_at(doc, k, b).map(|n| k + n))
}

/// The first token of a source bridge that ends right before token `e`.
fn bridge_before(doc: &Document, e: usize) -> Option<usize> {
    speech::SOURCE_BRIDGES.iter().find_map(|b| {
        let k = e.checked_sub(b.split(' ').count())?;
        bridge_at(doc, k, b).map(|_| k)
    })
}

/// `np` (what a source knows: "the talks") widened leftwards over a
/// bridge to the source before it ("One source close to | the talks"),
/// whose head stays the phrase's head; `np` itself when there is none.
fn with_source_before(doc: &Document, np: Np, lo: usize) -> Np {
    // (the source read within MAX_LEN tokens of the bridge: a chain of
    // bridges reads no further, so a subject costs a bounded time)
    let source = bridge_before(doc, np.start)
        .filter(|&b| b > lo)
        .and_then(|b| {
            before(doc, b - 1, lo.max(b.saturating_sub(MAX_LEN)))
                .filter(|s| !s.pronoun && s.end == b)
        });
    match source {
        Some(s) => Np { end: np.end, ..s },
        None => np,
    }
}

/// The noun phrase ending at token `j` (inclusive), reading left no further than `lo`.
pub fn before(doc: &Document, j: usize, lo: usize) -> Option<Np> {
    if j < lo || j >= doc.tokens.len() {
        return None;
    }
    let mut j = j;
    // "Sen. Ted Cruz (R-Texas)": step over a short parenthesis.
    if doc.word(j) == ")" {
        let k = (j.saturating_sub(PARENTHESIS_MAX).max(lo)..j)
            .rev()
            .find(|&k| doc.word(k) == "(")?;
        if k == lo {
            return None;
        }
        j = k - 1;
    }
    let w = doc.word(j);
    if is_word(doc, j) && is_subject_pronoun(w) {
        return Some(Np::pronoun_at(j));
    }
    let limit = j.saturating_sub(MAX_LEN).max(lo);
    let mut k = j;
    if is_cap(doc, j) {
        while k > limit {
            let p = k - 1;
            let of_between =
                doc.word(p) == "of" && p > limit && is_cap(doc, p - 1) && is_cap(doc, k);
            if is_cap(doc, p)
                || glued_hyphen(doc, p)
                || is_possessive(doc, p)
                || is_word(doc, p) && is_role_word(doc.word(p))
                || of_between
            {
                k = p;
            } else if is_word(doc, p) && is_determiner(doc.word(p)) {
                k = p;
                break;
            } else {
                break;
            }
        }
        return Some(with_source_before(doc, make(doc, k, j + 1), lo));
    }
    if is_common(doc, j) && !is_determiner(w) {
        while k > limit {
            let p = k - 1;
            if is_word(doc, p) && is_determiner(doc.word(p)) {
                k = p;
                break;
            }
            let number = doc.tokens[p].kind == TokenKind::Number && glued_hyphen(doc, p + 1);
            if is_common(doc, p) || glued_hyphen(doc, p) || is_possessive(doc, p) || number {
                k = p;
            } else {
                break;
            }
        }
        return Some(with_source_before(doc, make(doc, k, j + 1), lo));
    }
    None
}

/// `np` widened leftwards over the role it belongs to: "The mayor of |
/// London", "the MP for | Hartlepool" name the speaker by the whole phrase,
/// which is its head (a spokesperson's phrase keeps the body's name as its
/// head: "A spokesman for | Tesco"); `np` itself when no role word and "of"
/// or "for" stand before it. Reads no further left than `lo`.
///
/// ```
/// use newsmark::quotes::np;
/// let doc = newsmark::segment::segment("The mayor of London said so.");
/// let p = np::with_role_before(&doc, np::span(&doc, 3, 4), 0);
/// assert_eq!(np::text(&doc, p.head_start, p.head_end), "The mayor of London");
/// ```
pub fn with_role_before(doc: &Document, np: Np, lo: usize) -> Np {
    let start = np.start;
    if np.pronoun || start < lo + 2 || !matches!(doc.word(start - 1), "of" | "for") {
        return np;
    }
    let r = start - 2;
    let w = doc.word(r);
    if !is_word(doc, r) || !is_role_word(w) {
        return np;
    }
    let Some(role) = before(doc, r, lo).filter(|p| !p.pronoun && p.end == r + 1) else {
        return np;
    };
    if doc.word(start - 1) == "for" && w.starts_with("spokes") {
        return Np {
            start: role.start,
            ..np
        };
    }
    Np {
        start: role.start,
        end: np.end,
        head_start: role.start,
        head_end: np.end,
        pronoun: false,
    }
}

/// The noun phrase starting at token `i`, reading right no further than `hi` (exclusive).
pub fn after(doc: &Document, i: usize, hi: usize) -> Option<Np> {
    let hi = hi.min(doc.tokens.len());
    if i >= hi {
        return None;
    }
    let w = doc.word(i);
    if is_word(doc, i) && is_subject_pronoun(w) {
        return Some(Np::pronoun_at(i));
    }
    let limit = (i + MAX_LEN).min(hi);
    let mut k = i + 1;
    // "17-year-old Jared Potts" starts like a lower-case modifier.
    let lower_start = is_modifier(doc, i) && w.chars().next().is_some_and(char::is_lowercase)
        || doc.tokens[i].kind == TokenKind::Number && glued_hyphen(doc, i + 1);
    if is_word(doc, i) && is_determiner(w) || lower_start {
        // "a State Department official", "senior officials", "sources",
        // "undecided Republican voter Stephanie Hooton".
        let det = true;
        // "an angry Hollande | retaliated": after a name, a past form is its verb.
        let verb_after_name = |k: usize| doc.word(k).ends_with("ed") && is_cap(doc, k - 1);
        while k < limit
            && bridge_after(doc, k).is_none()
            && !is_determiner(doc.word(k))
            && !is_common_verb(doc.word(k))
            && !verb_after_name(k)
            && ((det && is_modifier(doc, k))
                || is_common(doc, k)
                // "the 46-year-old"
                || doc.tokens[k].kind == TokenKind::Number && glued_hyphen(doc, k + 1)
                // "A 2014 House Intelligence Committee report".
                || doc.tokens[k].kind == TokenKind::Number && k == i + 1 && det
                || glued_hyphen(doc, k)
                || is_possessive(doc, k))
        {
            k += 1;
        }
        if k == i + 1 && is_determiner(w) {
            return None;
        }
        // "the campaign manager Corey Lewandowski": the head is the name.
        let np = make(doc, i, k);
        // "a source close to the talks": the source is the head
        let known = bridge_after(doc, k).and_then(|b| after(doc, b, limit).filter(|o| !o.pronoun));
        return Some(known.map_or(np, |o| Np { end: o.end, ..np }));
    }
    if is_cap(doc, i) {
        let mut possessed = false;
        while k < limit {
            if is_cap(doc, k) || glued_hyphen(doc, k) {
                k += 1;
            } else if is_possessive(doc, k) {
                // "Trump's senior communications adviser Jason Miller".
                possessed = true;
                k += 1;
            } else if possessed && is_common(doc, k)
                || is_word(doc, k) && is_role_word(doc.word(k))
                || doc.word(k) == "of" && is_cap(doc, k + 1) && k + 1 < limit
            {
                k += 1;
            } else if let Some(m) = role_bridge(doc, k, limit) {
                // "Republican presidential front-runner Donald Trump".
                k = m;
            } else {
                break;
            }
        }
        // Trailing role words belong to an apposition, not the name (but
        // "Ryan’s office" is one phrase).
        while !possessed && k > i + 1 && !is_cap(doc, k - 1) {
            k -= 1;
        }
        return Some(make(doc, i, k));
    }
    None
}

/// After a capitalised word, a short run of lower-case modifiers ending
/// in a role word and followed by a name ("Republican | political
/// consultant | Chris Russell"): the index of the name's first token.
fn role_bridge(doc: &Document, k: usize, limit: usize) -> Option<usize> {
    let mut m = k;
    while m < limit
        && m < k + ROLE_BRIDGE_MAX
        && (is_common(doc, m) || glued_hyphen(doc, m))
        && !doc.word(m).chars().next().is_some_and(char::is_uppercase)
    {
        m += 1;
    }
    let role = m > k
        && (is_role_word(doc.word(m - 1))
            || m >= k + 3
                && glued_hyphen(doc, m - 2)
                && is_role_word(&text(doc, m - 3, m).lower()));
    (role && m < limit && is_cap(doc, m)).then_some(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn b(text: &str, word: &str) -> (String, String) {
        let doc = segment(text);
        let j = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == word)
            .unwrap();
        let p = before(&doc, j - 1, 0).unwrap();
        (
            text_of(&doc, p.start, p.end),
            text_of(&doc, p.head_start, p.head_end),
        )
    }

    fn a(text: &str, word: &str) -> (String, String) {
        let doc = segment(text);
        let j = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == word)
            .unwrap();
        let p = after(&doc, j + 1, doc.tokens.len()).unwrap();
        (
            text_of(&doc, p.start, p.end),
            text_of(&doc, p.head_start, p.head_end),
        )
    }

    fn text_of(doc: &Document, s: usize, e: usize) -> String {
        text(doc, s, e).to_string()
    }

    #[test]
    fn subjects_read_leftwards() {
        assert_eq!(b("Then he said it.", "said").1, "he");
        assert_eq!(
            b(
                "As Joel Pollak of Breitbart California observed, it",
                "observed"
            )
            .1,
            "Joel Pollak"
        );
        assert_eq!(
            b("Later a State Department official said no.", "said").0,
            "a State Department official"
        );
        assert_eq!(b("In the interview Trump said no.", "said").0, "Trump");
        assert_eq!(
            b("The European leaders have", "have").0,
            "The European leaders"
        );
        assert_eq!(b("Sen. Ted Cruz (R-Texas) said", "said").1, "Sen. Ted Cruz");
        // a source and what it knows: the source is the head
        let close = b("Then one source close to the talks said", "said");
        assert_eq!(
            close,
            ("one source close to the talks".into(), "one source".into())
        );
        let named = b("A person familiar with Olaf Brenn's plans said", "said");
        assert_eq!(named.1, "A person");
    }

    #[test]
    fn speakers_read_rightwards() {
        assert_eq!(a("said Solomon Yue, an RNC man", "said").0, "Solomon Yue");
        assert_eq!(a("said a senior official.", "said").0, "a senior official");
        assert_eq!(a("said he.", "said").0, "he");
        assert_eq!(
            a("to Kremlin spokesman Dmitry Peskov.", "to").1,
            "Dmitry Peskov"
        );
        assert_eq!(
            a(
                "said Republican political consultant Chris Russell.",
                "said"
            )
            .1,
            "Chris Russell"
        );
        assert_eq!(
            a(
                "X Republican presidential front-runner Donald Trump is",
                "X"
            )
            .1,
            "Donald Trump"
        );
        assert_eq!(a("said Sanders beat Clinton.", "said").0, "Sanders");
        assert_eq!(a("said Vell Analytics' Ann Kell.", "said").1, "Ann Kell");
        assert_eq!(a("X 17-year-old Jared Potts echoed", "X").1, "Jared Potts");
        let known = a("said a person with knowledge of the matter.", "said");
        assert_eq!(
            known,
            (
                "a person with knowledge of the matter".into(),
                "a person".into()
            )
        );
        let doc = segment("said Tuesday.");
        assert!(after(&doc, 1, doc.tokens.len()).is_none());
        let doc = segment("said in a statement.");
        assert!(after(&doc, 1, doc.tokens.len()).is_none());
    }
}
