//! What is no quote: the filters of [`super::rules`] from
//! `drop-single-mark` to `drop-scare-quote`, in that order, on each
//! top-level quote with the attribution it has by then.

use super::attribute::Source;
use super::cx::Cx;
use super::pair::Span;
use super::rules::QuoteRule::*;
use super::{marks, np, words, SCARE_WORDS};
use crate::segment::Document;
use crate::words::{has, speech, Lower};

/// The longest short phrase before the colon of a headline quote ("Marco
/// Rubio: ‘You Don’t Win …’"), in tokens.
const HEADLINE_LEAD: usize = 6;

/// Is the quote `s`, attributed from `src`, a quote? Nested quotes always
/// are (they belong to the quote around them).
///
/// Chosen on polnear_train (quote F1, every non-indirect quote counted):
/// dropping nothing gives P 0.79 / R 0.97, dropping short unattributed
/// quotes ≤ 4 words P 0.85 / R 0.93 — the better F1. Title-case passages
/// and top-level single-mark quotes (mostly headline terms) additionally
/// need a cue verb of their own; each rule gained 0.2–0.4 F1 points there.
/// A short term inside a sentence with a person-like subject is kept and
/// attributed to that subject ("Manafort dismissed it as “absurd.”"), as
/// PolNeAR does.
pub(super) fn keep(cx: &Cx, s: &Span, src: Source) -> bool {
    let doc = cx.doc;
    let inner = doc.text.get(s.inner_start..s.inner_end).unwrap_or("");
    if s.parent.is_some() {
        return true;
    }
    // Top-level single quotes are mostly headline quotes of terms.
    if s.family == marks::Family::Single && cx.on(DropSingleMark) {
        return src == Source::Own || src == Source::Subject && headline_colon(doc, s);
    }
    // Titles (“Saturday Night Live”) need a cue of their own.
    if is_title_case(inner) && src != Source::Own && cx.on(DropTitleCase) {
        return false;
    }
    // A title after a possessive is a show or a work, whatever the cue:
    // "Graham said on MSNBC’s “Morning Joe.”" (on polnear_train 38 such
    // quotes are not in the gold, 4 are).
    if cx.on(DropTitleAfterPossessive)
        && after_possessive(doc, s.start)
        && is_title_case(inner.trim_end_matches(['.', ',', '!', '?']))
    {
        return false;
    }
    // A work's name after its noun: "the album, “Midnight Trains”,"; an
    // event's or a plan's name with its year: "the “Tech Summit – 2031”".
    if cx.on(DropTitleAfterWork)
        && (after_work_noun(doc, s.start) || has_year(inner))
        && is_title_case(inner.trim_end_matches(['.', ',', '!', '?']))
    {
        return false;
    }
    // Markup shown as text: an attribute value right after "=" (src="/a.js").
    if cx.on(DropMarkup) && doc.text[..s.start].ends_with('=') {
        return false;
    }
    // Attribute values and numbers: tweet-id="6901…".
    if !inner.chars().any(char::is_alphabetic) && cx.on(DropNoLetters) {
        return false;
    }
    src != Source::None || words(inner) > SCARE_WORDS || !cx.on(DropScareQuote)
}

/// A headline quote: the paragraph opens with a short phrase and a colon
/// right before the mark ("Marco Rubio: ‘You Don’t Win …’").
fn headline_colon(doc: &Document, s: &Span) -> bool {
    let open = doc.token_at(s.start);
    let Some(p) = doc.paragraphs.get(s.para) else {
        return false;
    };
    open > p.tokens.start
        && open - p.tokens.start <= HEADLINE_LEAD
        && doc.word(open - 1) == ":"
        && np::is_cap(doc, p.tokens.start)
}

/// The token before the mark at byte `start` is a possessive: "ABC’s “…”".
fn after_possessive(doc: &Document, start: usize) -> bool {
    let open = doc.token_at(start);
    open > 1
        && match doc.word(open - 1) {
            "’s" | "'s" => true,
            "’" | "'" => doc.word(open - 2).ends_with('s'),
            _ => false,
        }
        && !doc.tokens[open - 1].space_before
}

/// The word before the mark at byte `start` (across a comma) names a work:
/// "the film “…”", "his new album, “…”".
fn after_work_noun(doc: &Document, start: usize) -> bool {
    // the noun is the token before `k`
    let mut k = doc.token_at(start);
    if k > 0 && doc.word(k - 1) == "," {
        k -= 1;
    }
    k > 0 && has(speech::WORK_NOUNS, &doc.word(k - 1).lower())
}

/// A word of four digits from 1800 to 2099 in `s`: a year.
fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(crate::entities::numeric::is_year)
}

/// Every word capitalised (short function words aside), no sentence inside.
fn is_title_case(s: &str) -> bool {
    let mut n = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        n += 1;
        if !has(speech::TITLE_SMALL_WORDS, w)
            && !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return false;
        }
    }
    n > 0 && !s.trim_end().ends_with(['.', '!', '?'])
}
