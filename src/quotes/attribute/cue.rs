//! Is this word a cue verb here? The reporting verbs are [`crate::quotes::cues`];
//! this reads each in its place: capitalised only at a sentence's start,
//! a noun after a determiner, a verb of naming, a verb that reports only
//! with its particle.

use crate::quotes::cues::{cue, is_aux_or_adverb, is_determiner, is_subject_pronoun, Cue};
use crate::quotes::np;
use crate::segment::{Document, TokenKind};
use crate::words::{has, has_lower, speech};

/// The cue verb at token `i`, if it is one here: a word, lower case unless
/// it starts its sentence, and not a noun after a determiner ("the report").
pub fn cue_at(doc: &Document, i: usize) -> Option<Cue> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = doc.word(i);
    let c = cue(w)?;
    let upper = w.chars().next().is_some_and(char::is_uppercase);
    if upper {
        // Capitalised only as the first word of its sentence ("Stated
        // Stone:"), or as a past form followed by lower case or punctuation
        // ("Murphy, the head of Right to Rise USA, Tweeted on Friday"), not
        // in a title ("Trump Tweeted About Clinton").
        let s = doc.sentences.get(doc.sentence_of(i))?;
        let first = (s.tokens.start..i).all(|k| doc.tokens[k].kind == TokenKind::Punct);
        let past_in_text = w.ends_with("ed")
            && i > s.tokens.start
            && doc.tokens.get(i + 1).is_some_and(|n| {
                let c = doc.word(i + 1).chars().next();
                n.kind == TokenKind::Punct && !c.is_some_and(crate::quotes::marks::is_quote_char)
                    || c.is_some_and(char::is_lowercase)
            });
        if !first && !past_in_text {
            return None;
        }
    }
    // A sentence-initial participle is adverbial: "Speaking to MSNBC, …",
    // "Asked about it, …".
    if upper && (c.participle || w == "Asked") {
        return None;
    }
    // Verbs that are also nouns count in their base form only after a
    // subject-like word: "they claim", not "his most explosive claim".
    if has_lower(speech::NOUNISH, w) && i > 0 {
        let p = doc.word(i - 1);
        // A capitalised word before a base form must be a plural subject
        // ("Democrats claim"), not an adjective or a name ("a heavily
        // Democratic state", "the Virginia state director"); a possessive
        // after it makes a noun ("the state’s party").
        let subject_like = is_subject_pronoun(p) || p.ends_with('s') && !matches!(p, "’s" | "'s");
        let possessed = doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && matches!(doc.word(i + 1), "’s" | "'s");
        if !subject_like || possessed {
            return None;
        }
    }
    // Verbs that report only with their particle: "pointed out", "fired back".
    let lower = w.to_ascii_lowercase();
    let particle = match trim_ends(&lower, &["ed", "ing"]).trim_end_matches('s') {
        "point" => Some("out"),
        "fir" | "fire" | "shot" | "shoot" => Some("back"),
        // "as Milbank put it, “…”", "referred to him as “…”".
        "put" => Some("it"),
        "refer" | "referr" => Some("to"),
        // "“…?” Trump went on, as if …".
        "go" | "goe" | "went" => Some("on"),
        _ => None,
    };
    if let Some(p) = particle {
        if !(i + 1 < doc.tokens.len() && doc.word(i + 1) == p) {
            return None;
        }
    }
    // "continues to battle", "added to the list": not speech.
    if doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.word(i + 1) == "to"
        && (w.starts_with("continu")
            // "added to People" reports; "added to the list" does not.
            || w.starts_with("add")
                && doc
                    .tokens
                    .get(i + 2)
                    .map_or(true, |_| is_determiner(doc.word(i + 2)) || !np::is_cap(doc, i + 2)))
    {
        return None;
    }
    // Naming, not speech: "so-called “rapists”".
    if w == "called"
        && i >= 2
        && doc.word(i - 1) == "-"
        && !doc.tokens[i].space_before
        && doc.word(i - 2).eq_ignore_ascii_case("so")
    {
        return None;
    }
    // "the report", "Rubio’s claim": a noun. ("Another said", "Many
    // wrote": a quantifier standing alone before a past form.)
    if i > 0
        && doc.tokens[i - 1].kind == TokenKind::Word
        && (is_determiner(doc.word(i - 1)) && !(standalone(doc.word(i - 1)) && is_past(w))
            || matches!(doc.word(i - 1), "’s" | "'s" | "’")
                && !(i > 1 && is_subject_pronoun(doc.word(i - 2))))
    {
        return None;
    }
    Some(c)
}

/// Token `m` reads as a finite verb after a subject: a lower-case
/// auxiliary or adverb, a cue, a past form or a third-person form.
pub(crate) fn verb_like(doc: &Document, m: usize) -> bool {
    let w = doc.word(m);
    doc.tokens[m].kind == TokenKind::Word
        && w.chars().next().is_some_and(char::is_lowercase)
        && !is_time_after(w)
        && (is_aux_or_adverb(w)
            || cue(w).is_some()
            || w.ends_with("ed")
            || has(speech::IRREGULAR_PASTS, w)
            || w.ends_with('s') && w.len() > 3 && !is_determiner(w) && w != "this")
}

/// Words that follow a time phrase, not a subject: "A month later",
/// "Eight years ago", and the time nouns themselves ("Eight years").
pub(super) fn is_time_after(w: &str) -> bool {
    has(speech::TIME_AFTER, w)
}

/// A quantifier that stands alone as a subject: "Another said".
pub(super) fn standalone(w: &str) -> bool {
    has(speech::QUANTIFIERS_ALONE, w)
}

/// A past form of a verb: "said", "tweeted", "wrote".
fn is_past(w: &str) -> bool {
    w.ends_with("ed") || has(speech::PAST_CUES, w)
}

/// Capitalised words that open sentences but name no one.
pub(super) fn is_opener(w: &str) -> bool {
    has(speech::NO_SUBJECT_OPENERS, w)
}

/// Is the cue form at token `i` a plural noun here (`noun-cue`)? A
/// third-person form of a verb that is also a noun ([`speech::NOUNISH`]:
/// "claims", "reports", "calls") after an adjective, a preposition or a
/// possessive ([`speech::NOUN_CUE_BEFORE`], "his"): "rejected fresh claims
/// that", "amid reports that" — no one there claims or reports.
pub fn noun_cue(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    let Some(base) = w.strip_suffix('s') else {
        return false;
    };
    i > 0
        && has_lower(speech::NOUNISH, base)
        && w.chars().next().is_some_and(char::is_lowercase)
        && doc.tokens[i - 1].kind == TokenKind::Word
        && (has_lower(speech::NOUN_CUE_BEFORE, doc.word(i - 1))
            || has(speech::POSSESSIVE_PRONOUNS, doc.word(i - 1)))
}

/// `w` without any run of `ends[0]` at its end, then of `ends[1]`, …:
/// `trim_end_matches` for each, without the substring searcher that a
/// string pattern brings into the download.
fn trim_ends<'a>(mut w: &'a str, ends: &[&str]) -> &'a str {
    for end in ends {
        while let Some(rest) = w.strip_suffix(end) {
            w = rest;
        }
    }
    w
}
