//! Attributions before the quote, in its sentence: a name before a colon
//! after a dash (`— X: “…”`), "according to X", a cue verb and its subject
//! (`X said: “…”`, `X called it “…”`), the outer reporter of a reported
//! clause, a capital headline, a possessive before a speech noun.

use super::{according_source, cue_at, is, is_dash, is_mark, noun_cue, subject_of, Attribution};
use crate::quotes::cues::{cue, is_determiner, CueClass};
use crate::quotes::cx::Cx;
use crate::quotes::np::{self, Np};
use crate::quotes::rules::QuoteRule::*;
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::words::{has, has_lower, speech};

/// How far back the before-quote search looks for a cue verb, in tokens
/// (a sentence's attribution sits within a clause or two of its quote).
const BACK: usize = 40;

/// How many cues without a subject the before-quote search passes before
/// it gives up (each may be a relative clause's: "a platform that calls
/// for").
const CUES_TRIED: usize = 3;

/// How far past the longest phrase a dash (or "from") may stand before the
/// colon of `— X: “…”`, in tokens.
const DASH_COLON_SLACK: usize = 5;

/// The longest time or place after the name before that colon ("Here’s
/// Clinton in December 1992:"), in tokens.
const DASH_COLON_TAIL: usize = 4;

/// How far back from a reported clause's subject its reporter's cue may
/// be, in tokens ("Rep. Steve Israel said Clinton called …").
const REPORTER_REACH: usize = 12;

/// The longest capital headline before a quote, in tokens.
const HEADLINE_MAX: usize = 16;

/// How far back from the quote a speech noun is looked for, in tokens.
const SPEECH_NOUN_REACH: usize = 12;

/// How many tokens the possessive may stand before its speech noun: the
/// possessive itself and up to three modifiers ("Bush’s Facebook post").
const POSSESSIVE_REACH: usize = 4;

/// A source named right before a colon that opens the quote at token
/// `open`, after a dash or "more from": "TURNOUT IN IOWA - Michael McDonald:
/// “…”", "More from Blumenthal and Cohen: “…”" (digest and blog style);
/// or after "From" or "Here’s" opening the sentence: "From the report: “…”",
/// "Here’s Clinton in December 1992: “…”". The cue is the colon.
///
/// ```
/// use newsmark::quotes::attribute::dash_colon;
/// let doc = newsmark::segment::segment("POLLS AGREE - Carl Bialik: “It was close.”");
/// let a = dash_colon(&doc, 6).unwrap();
/// assert_eq!(doc.word(a.np.unwrap().start), "Carl");
/// assert_eq!(a.why.names(), ["dash-colon"]);
/// ```
pub fn dash_colon(doc: &Document, open: usize) -> Option<Attribution> {
    let colon = open.checked_sub(1)?;
    if doc.word(colon) != ":" || colon < 2 {
        return None;
    }
    let first_of_sentence = |k: usize| {
        doc.sentences
            .get(doc.sentence_of(k))
            .is_some_and(|s| s.tokens.start == k)
    };
    let lo = colon.saturating_sub(np::MAX_LEN + DASH_COLON_SLACK);
    let mut k = (lo..colon).rev().find(|&k| {
        is_dash(doc, k)
            || k > 0 && is(doc, k, &["from"]) && is(doc, k - 1, &["More", "more"])
            || is(doc, k, &["From"]) && first_of_sentence(k)
            || k > 0
                && is(doc, k, &["’s", "'s"])
                && is(doc, k - 1, &["Here"])
                && first_of_sentence(k - 1)
    })?;
    // After "From" and "Here’s" a common noun phrase will do ("From the
    // report:"); after a dash, a name.
    let named = is_dash(doc, k) || is(doc, k, &["from"]);
    k += 1;
    let np = np::after(doc, k, colon)?;
    // The phrase fills the stretch (a name or "Blumenthal and Cohen"),
    // perhaps with a short time or place after it ("Here’s Clinton in
    // December 1992:").
    let and = np.end < colon && is(doc, np.end, &["and", "&"]);
    let whole = if and {
        np::after(doc, np.end + 1, colon).filter(|p| p.end == colon && !p.pronoun)?;
        Np { end: colon, ..np }
    } else {
        np
    };
    let fills = whole.end == colon
        || is(doc, whole.end, &["in", "on", "at"]) && colon - whole.end <= DASH_COLON_TAIL;
    (fills && !whole.pronoun && (!named || np::is_cap(doc, whole.end - 1)))
        .then_some(Attribution::new(Some(whole), (colon, colon + 1), DashColon))
}

/// Attribution read before a quote whose opening mark is token `open`,
/// searching back no further than `lo` (the sentence start): "according
/// to X" (`according-before`), else the nearest cue verb with a subject
/// (`cue-before`), or the reporter of the clause that subject opens
/// (`outer-reporter`); else the nearest cue with none.
pub fn before_quote(cx: &Cx, open: usize, lo: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let lim = open.saturating_sub(BACK).max(lo);
    let mut first = None;
    let mut tried = 0;
    // A noun passed over as no cue ("fresh claims"): the attribution found
    // past it notes `noun-cue`.
    let mut noun = false;
    for t in (lim..open).rev() {
        if cx.on(AccordingBefore)
            && is(doc, t, &["according", "According"])
            && is(doc, t + 1, &["to"])
        {
            let np = according_source(doc, t + 2, open);
            return Some(Attribution::new(np, (t, t + 2), AccordingBefore));
        }
        if !cx.on(CueBefore) || cue_at(doc, t).is_none() {
            continue;
        }
        if cx.on(NounCue) && noun_cue(doc, t) {
            noun = true;
            continue;
        }
        // "refusing to say the words “radical Islam”": an infinitive's
        // subject is elsewhere; look further back.
        if t > lo && doc.word(t - 1) == "to" {
            continue;
        }
        // Naming, not speech: "a show called “Brokers”".
        if t + 1 == open
            && has(speech::NAMING_VERBS, doc.word(t))
            && np::before(doc, t - 1.min(t), lo)
                .is_some_and(|p| !p.pronoun && !np::is_cap(doc, p.end - 1))
        {
            continue;
        }
        let mut np = subject_of(cx, t, lo);
        // (not after a finite "told", "asked" inside the sentence: that
        // phrase is the addressee)
        let addressee =
            t > lo && cue_at(doc, t).is_some_and(|c| c.class == CueClass::Object && !c.participle);
        if np.is_none() && !addressee {
            // "Stated Stone:", "said Trump, “…”".
            // Not "said they were “…”" (the reported clause's subject), nor
            // the "it" of "as X put it, “…”".
            np = np::after(doc, t + 1, open).filter(|p| {
                (p.end == open || is(doc, p.end, &[":", ","]))
                    && !(p.pronoun && doc.word(p.start).eq_ignore_ascii_case("it"))
            });
        }
        let a = Attribution::new(np, (t, t + 1), CueBefore);
        if let Some(p) = np {
            let outer = cx
                .on(OuterReporter)
                .then(|| outer_reporter(cx, p.start, lo));
            let a = outer.flatten().unwrap_or(a);
            return Some(if noun { a.with(NounCue) } else { a });
        }
        // A cue with no subject ("a platform that calls for"): look further back.
        first.get_or_insert(a);
        tried += 1;
        if tried == CUES_TRIED {
            break;
        }
    }
    first
}

/// The reporter of a clause: "Rep. Steve Israel said Clinton called on
/// members to be “closely coordinated.”" — the quote is reported by Israel
/// (PolNeAR gives such quotes the outer source). Looks back from the inner
/// subject at `start` over a short run of words with no comma, conjunction
/// or quote mark for a verb of saying ("said", "says that") with a subject
/// of its own.
fn outer_reporter(cx: &Cx, start: usize, lo: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let lim = start.saturating_sub(REPORTER_REACH).max(lo);
    for k in (lim..start).rev() {
        let w = doc.word(k);
        if has(speech::REPORTED_CLAUSE_BREAKS, w) || is_dash_word(w) || is_mark(doc, k) {
            return None;
        }
        let Some(c) = cue_at(doc, k) else { continue };
        if c.participle || !c.reports || c.class != CueClass::Say {
            return None;
        }
        let np = subject_of(cx, k, lo).filter(|p| p.end <= k)?;
        return Some(Attribution::new(Some(np), (k, k + 1), CueBefore).with(OuterReporter));
    }
    None
}

/// A digest item: a headline in capitals opening the paragraph right
/// before the quote ("HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s
/// slowdown is …” [WaPo.]"). PolNeAR credits the headline; the cue is
/// empty. At least two words, all letters capitals, at most
/// 16 tokens (`HEADLINE_MAX`).
pub fn capital_headline(doc: &Document, start: usize, open: usize) -> Option<Attribution> {
    if open <= start + 1 || open - start > HEADLINE_MAX {
        return None;
    }
    let mut words = 0;
    for k in start..open {
        let w = doc.word(k);
        if doc.tokens[k].kind == TokenKind::Word {
            if w.chars().any(char::is_lowercase) {
                return None;
            }
            words += usize::from(w.chars().any(char::is_alphabetic));
        } else if doc.tokens[k].kind != TokenKind::Number
            && !matches!(w, ":" | "," | "’" | "'" | "-" | "‘")
        {
            return None;
        }
    }
    let headline = Np {
        start,
        end: open,
        head_start: start,
        head_end: open,
        pronoun: false,
    };
    (words >= 2).then_some(Attribution::new(
        Some(headline),
        (open, open),
        CapitalHeadline,
    ))
}

/// A headline naming its speaker before a colon, the quote later in it:
/// "Fed's Powell: Rates to stay ‘higher for longer’", "Sunak: Britain will
/// ‘never’ rejoin". The paragraph (from `start` to `end`) is a headline: at
/// most `HEADLINE_MAX` tokens, no full stop at its end; the name fills the
/// stretch before the colon and is no label ("Analysis:", "Live:"). The
/// colon is the cue. `open` is the quote's opening mark.
pub fn headline_name_colon(
    doc: &Document,
    start: usize,
    end: usize,
    open: usize,
) -> Option<Attribution> {
    if end <= start || end - start > HEADLINE_MAX || doc.word(end - 1) == "." {
        return None;
    }
    let colon = (start + 1..open.min(start + np::MAX_LEN)).find(|&k| doc.word(k) == ":")?;
    if has(speech::HEADLINE_LABELS, doc.word(start)) || !np::is_cap(doc, start) {
        return None;
    }
    let np = np::after(doc, start, colon).filter(|p| p.end == colon && !p.pronoun)?;
    Some(Attribution::new(
        Some(np),
        (colon, colon + 1),
        HeadlineNameColon,
    ))
}

/// A headline's first-person quote before a colon, its speaker the subject
/// after it with no cue ("‘We will fight on’: Ukrainian troops defiant as
/// …"): the quote's marks are tokens `open..after`, the colon `after`, the
/// paragraph ends before `hi`. The subject takes a plural right after a
/// name ("Ukrainian troops"); the colon is the cue, as a dash is
/// after-dash's.
pub fn headline_first_person(
    doc: &Document,
    open: usize,
    after: usize,
    hi: usize,
) -> Option<Attribution> {
    let first_person = (open..after).any(|k| has_lower(speech::FIRST_PERSON, doc.word(k)));
    if !first_person || doc.word(after) != ":" || after + 1 >= hi {
        return None;
    }
    let np = np::after(doc, after + 1, hi).filter(|np| !np.pronoun && np::is_cap(doc, np.start))?;
    let w = doc.word(np.end);
    let plural = np.end < hi
        && doc.tokens[np.end].kind == TokenKind::Word
        && w.len() > 3
        && w.ends_with('s')
        && w.starts_with(|c: char| c.is_lowercase())
        && cue(w).is_none();
    let np = if plural {
        np::span(doc, np.start, np.end + 1)
    } else {
        np
    };
    Some(Attribution::new(
        Some(np),
        (after, after + 1),
        HeadlineFirstPerson,
    ))
}

/// A possessive naming the source of a speech noun right before the quote
/// whose opening mark is token `open` ("her remark that “…”", "Clinton’s
/// assertion of a “claim of right”", "Bush’s Facebook post: “…”"), read
/// back at most 12 tokens (`SPEECH_NOUN_REACH`) and not before `lo`, across no other quote mark,
/// cue or full stop. The cue is the noun.
///
/// ```
/// use newsmark::quotes::attribute::possessive_source;
/// let doc = newsmark::segment::segment("It recalled her remark that “nothing changes.”");
/// let a = possessive_source(&doc, 5, 0).unwrap();
/// assert_eq!(doc.word(a.np.unwrap().start), "her");
/// assert_eq!(doc.word(a.cue.0), "remark");
/// ```
pub fn possessive_source(doc: &Document, open: usize, lo: usize) -> Option<Attribution> {
    let lim = open.saturating_sub(SPEECH_NOUN_REACH).max(lo);
    for n in (lim..open).rev() {
        let w = doc.word(n);
        if is_mark(doc, n) || matches!(w, "." | ";" | "!" | "?") || cue_at(doc, n).is_some() {
            return None;
        }
        if !has(speech::SPEECH_NOUNS, w) {
            continue;
        }
        // Up to three modifiers between the possessive and the noun: "his
        // past comments", "Bush’s Facebook post".
        let mut k = n;
        for _ in 0..POSSESSIVE_REACH {
            if k <= lim {
                return None;
            }
            k -= 1;
            let x = doc.word(k);
            if has(speech::POSSESSIVE_PRONOUNS, x) {
                let np = Np::pronoun_at(k);
                return Some(Attribution::new(Some(np), (n, n + 1), PossessiveSource));
            }
            if matches!(x, "’s" | "'s" | "’" | "'") && k > lo && !doc.tokens[k].space_before {
                let name = np::before(doc, k - 1, lo.max(k.saturating_sub(np::MAX_LEN + 1)))?;
                if name.pronoun || !np::is_cap(doc, k - 1) {
                    return None;
                }
                return Some(Attribution::new(Some(name), (n, n + 1), PossessiveSource));
            }
            if doc.tokens[k].kind != TokenKind::Word || is_determiner(x) {
                return None;
            }
        }
        return None;
    }
    None
}
