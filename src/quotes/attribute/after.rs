//! Attributions after the quote: right after it (`“…,” X said`, `said X`,
//! `according to X`, `— X`), in a longer slot after a quote opening its
//! sentence, and later in its sentence after a comma.

use super::cue::is_opener;
use super::{according_source, cue_at, is, is_dash, is_mark, subject_of, Attribution, APPOSITIVE};
use crate::quotes::cues::{cue, is_aux_or_adverb, is_determiner, CueClass};
use crate::quotes::cx::Cx;
use crate::quotes::np;
use crate::quotes::rules::QuoteRule::*;
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::words::{has, is_weekday, speech};

/// The longest parenthesis between a speaker and the cue after a quote
/// ("“…,” Ann Kell (D-Ohio) said"), in tokens.
const PARENTHESIS: usize = 10;

/// The longest phrase after a preposition between a speaker and the cue
/// ("“…,” a spokesman for the campaign said"), in tokens.
const PREPOSITION_PHRASE: usize = 7;

/// How many auxiliaries and adverbs may stand between a speaker and the cue
/// after a quote ("“…,” he has also said").
const ADVERBS_AFTER_SUBJECT: usize = 3;

/// How far the longer slot after a sentence-opening quote is read for its
/// cue, in tokens: a clause, not the paragraph.
const LONG_SLOT: usize = 30;

/// How far after a quote the trailing attribution is looked for, in tokens
/// (within the sentence): the rest of a clause or two.
const TRAILING_REACH: usize = 40;

/// Attribution read right after a quote: `after` is the first token past
/// its closing mark, `hi` the end of the paragraph (exclusive). One slot,
/// read by the first pattern its first word starts: a cue verb
/// (`after-said-x`), a past form the cue list lacks (`after-unknown-verb`),
/// "according to" (`after-according-to`), a dash (`after-dash`), a colon
/// (`after-colon-subject`), else a phrase and its cue (`after-x-said`).
pub fn after_quote(cx: &Cx, after: usize, hi: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let mut k = after;
    if is(doc, k, &[","]) {
        k += 1;
    }
    if k >= hi {
        return None;
    }
    if let Some(c) = cue_at(doc, k) {
        if c.participle || !cx.on(AfterSaidX) {
            return None;
        }
        // "said X" — or "said" with the subject before the quote; not
        // "said the book was …", the start of a reported clause
        return np::after(doc, k + 1, hi)
            .filter(|np| np.pronoun || !has(speech::BE_FORMS, doc.word(np.end)))
            .map(|np| Attribution::new(Some(np), (k, k + 1), AfterSaidX));
    }
    // (after <= k < hi here: `after` is in bounds)
    let closed = comma_closed(doc, after);
    // "“This is fantastic!” beamed Donald Hartley.": a verb the lexicon
    // lacks, inverted, with a phrase ending the clause after it.
    {
        let w = doc.word(k);
        if closed
            && cx.on(AfterUnknownVerb)
            && doc.tokens[k].kind == TokenKind::Word
            && w.len() > 4
            && w.ends_with("ed")
            && w.chars().next().is_some_and(char::is_lowercase)
            && cue(w).is_none()
        {
            if let Some(np) = np::after(doc, k + 1, hi).filter(|p| {
                !p.pronoun && (p.end >= hi || matches!(doc.word(p.end), "." | "," | ";"))
            }) {
                return Some(Attribution::new(Some(np), (k, k + 1), AfterUnknownVerb));
            }
        }
    }
    if is(doc, k, &["according"]) && is(doc, k + 1, &["to"]) {
        if !cx.on(AfterAccordingTo) {
            return None;
        }
        return according_source(doc, k + 2, hi)
            .map(|np| Attribution::new(Some(np), (k, k + 2), AfterAccordingTo));
    }
    if is_dash(doc, k) {
        if !cx.on(AfterDash) {
            return None;
        }
        let np = np::after(doc, k + 1, hi)?;
        // (a phrase of a name, a pronoun or a determiner: not "– absent
        // political intervention, of course")
        let w = doc.word(np.start);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        if lower && !np.pronoun && !is_determiner(w) {
            return None;
        }
        // "— X" ends the paragraph or its sentence, or runs into an apposition.
        if np.end >= hi || is(doc, np.end, &[",", ".", "(", "’s", "'s"]) {
            return Some(Attribution::new(Some(np), (k, k + 1), AfterDash));
        }
        return None;
    }
    if is(doc, k, &[":"]) {
        // "‘We were let down’: families speak out": the subject after the
        // colon and its cue (a headline's), else nothing.
        if !cx.on(AfterColonSubject) {
            return None;
        }
        let np = np::after(doc, k + 1, hi)?;
        let mut m = np.end;
        if has(speech::SLOT_PREPOSITIONS, doc.word(m)) {
            // "families of the victims speak out"
            m = (m + 1..(m + PREPOSITION_PHRASE).min(hi)).find(|&x| cue_at(doc, x).is_some())?;
        }
        let m =
            (m..(m + ADVERBS_AFTER_SUBJECT).min(hi)).find(|&m| !is_aux_or_adverb(doc.word(m)))?;
        return cue_at(doc, m)
            .filter(|c| !c.participle)
            .map(|_| Attribution::new(Some(np), (m, m + 1), AfterColonSubject));
    }
    let np = np::after(doc, k, hi)?;
    let mut m = np.end;
    // An apposition or relative clause between the subject and its verb.
    if is(doc, m, &[","]) {
        let lim = (m + 1 + APPOSITIVE).min(hi);
        m = (m + 1..lim).find(|&x| doc.word(x) == ",")? + 1;
    } else if is(doc, m, &["("]) {
        m = (m + 1..(m + PARENTHESIS).min(hi)).find(|&x| doc.word(x) == ")")? + 1;
    } else if has(speech::SLOT_PREPOSITIONS, doc.word(m)) && !np.pronoun {
        // "a spokesman for the campaign said".
        let lim = (m + PREPOSITION_PHRASE).min(hi);
        m = (m + 1..lim).find(|&x| cue_at(doc, x).is_some() || is_aux_or_adverb(doc.word(x)))?;
    }
    let mut steps = 0;
    while m < hi
        && steps < ADVERBS_AFTER_SUBJECT
        && doc.tokens[m].kind == TokenKind::Word
        && is_aux_or_adverb(doc.word(m))
    {
        m += 1;
        steps += 1;
    }
    if m < hi {
        if let Some(c) = cue_at(doc, m) {
            if !c.participle && cx.on(AfterXSaid) {
                return Some(Attribution::new(Some(np), (m, m + 1), AfterXSaid));
            }
        }
        // A verb the lexicon lacks, in the attribution slot right after the
        // quote: "“…,” an angry Hollande retaliated.", "“…!” the crowd cried out".
        let passive = (np.end..m).any(|x| has(speech::BE_FORMS, doc.word(x)));
        if np.start == k && closed && !passive && cx.on(AfterUnknownVerb) && unknown_past(doc, m) {
            return Some(Attribution::new(Some(np), (m, m + 1), AfterUnknownVerb));
        }
    }
    None
}

/// A longer attribution after a quote that opens its sentence and whose
/// words end in a comma, "!" or "?" (`after` is the first token past its
/// closing mark, `hi` the end of the paragraph): "“…,” Jeffrey Lewis of
/// the James Martin Center for Nonproliferation Studies wrote in
/// December.", "“…,” said one of those advisers, who …". The phrase runs
/// from the slot's start to a comma or parenthesis before a verb of
/// saying, or from right after it to the next comma.
///
/// ```
/// use newsmark::quotes::attribute::long_after_quote;
/// let doc = newsmark::segment::segment("“No,” Ann Lee of the Center for Rural Studies at the state university wrote.");
/// let a = long_after_quote(&doc, 4, doc.tokens.len()).unwrap();
/// assert_eq!(a.why.names(), ["long-after-quote"]);
/// assert_eq!(doc.word(a.np.unwrap().start), "Ann");
/// assert_eq!(doc.word(a.cue.0), "wrote");
/// ```
pub fn long_after_quote(doc: &Document, after: usize, hi: usize) -> Option<Attribution> {
    let k = if is(doc, after, &[","]) {
        after + 1
    } else {
        after
    };
    if comma_closed(doc, after) {
        long_slot(doc, k, hi)
    } else {
        None
    }
}

/// The quote's words before token `after` end in a comma, "!" or "?"
/// (before a closing mark of one or two tokens: ” or '' ), or a comma
/// follows it. (At most two mark tokens are read: a text of nothing but
/// marks stays linear.)
fn comma_closed(doc: &Document, after: usize) -> bool {
    let mut b = after.saturating_sub(1);
    while b > 0 && after - b <= 2 && is_mark(doc, b) {
        b -= 1;
    }
    after >= 2
        && after < doc.tokens.len()
        && (b + 1 < after && matches!(doc.word(b), "," | "!" | "?") || doc.word(after) == ",")
}

/// A longer attribution slot right after a quote whose words end in a
/// comma, "!" or "?": the clause from token `k` holds a finite cue within
/// [`LONG_SLOT`] tokens, before any full stop or quote mark. Before the cue, the
/// phrase from `k` up to a comma or parenthesis is the speaker ("“…,”
/// Jeffrey Lewis of the James Martin Center for Nonproliferation Studies
/// wrote", "“…,” the senator and candidate said", "“…,” warm-and-fuzzy
/// Trump said"); right after it, the phrase up to the next comma ("“…,”
/// said one of those advisers, who …", "“…,” read one.").
fn long_slot(doc: &Document, k: usize, hi: usize) -> Option<Attribution> {
    let lim = (k + LONG_SLOT).min(hi);
    let stop = |x: usize| is_mark(doc, x) || matches!(doc.word(x), "." | "!" | "?" | ";" | ":");
    // The phrase opens with a name or a determiner ("the", "one").
    let first_word = |x: usize| {
        let w = doc.word(x);
        doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word)
            && (np::is_cap(doc, x) && !is_opener(w) && !has(speech::PREPOSITION_CAPS, w)
                || has(speech::SLOT_DETERMINERS, w))
    };
    for m in k..lim {
        if stop(m) {
            return None;
        }
        let Some(c) = cue_at(doc, m) else { continue };
        if c.participle {
            return None;
        }
        if m == k {
            if !first_word(k + 1) {
                return None;
            }
            let end = (k + 1..lim)
                .find(|&x| stop(x) || matches!(doc.word(x), "," | "(") || is_dash_word(doc.word(x)))
                .unwrap_or(lim);
            let np = np::after(doc, k + 1, end).unwrap_or_else(|| np::span(doc, k + 1, end));
            return Some(Attribution::new(Some(np), (m, m + 1), LongAfterQuote));
        }
        if !first_word(k) || c.class != CueClass::Say {
            return None;
        }
        let end = (k..m)
            .find(|&x| matches!(doc.word(x), "," | "(") || is_dash_word(doc.word(x)))
            .unwrap_or(m);
        // "“…,” the dawn of the movement, Bozell says": after a common
        // phrase, a name filling the stretch before the cue.
        let last = (end..m).rev().find(|&x| doc.word(x) == ",");
        let named = last.filter(|_| !np::is_cap(doc, k)).and_then(|c| {
            np::after(doc, c + 1, m)
                .filter(|p| p.end == m && !p.pronoun && np::is_cap(doc, p.start))
        });
        let np = named.unwrap_or_else(|| {
            np::after(doc, k, end)
                .filter(|p| p.start == k)
                .unwrap_or_else(|| np::span(doc, k, end))
        });
        return Some(Attribution::new(Some(np), (m, m + 1), LongAfterQuote));
    }
    None
}

/// A lower-case past form ending its clause (or followed by a particle or
/// preposition): a verb of saying the lexicon lacks, when it stands in
/// the attribution slot next to a quote.
fn unknown_past(doc: &Document, m: usize) -> bool {
    let w = doc.word(m);
    doc.tokens[m].kind == TokenKind::Word
        && w.len() > 4
        && w.ends_with("ed")
        && w.chars().next().is_some_and(char::is_lowercase)
        && cue(w).is_none()
        && doc.tokens.get(m + 1).map_or(true, |_| {
            let n = doc.word(m + 1);
            matches!(n, "." | "," | ";" | "!" | "?") || has(speech::PARTICLES_AFTER_VERB, n)
        })
}

/// An attribution later in the quote's sentence, after a comma
/// (", X said", ", said X", ", according to X"), reading from token `after`
/// to the sentence end, stopping at any other quote mark.
pub fn trailing(cx: &Cx, after: usize, hi: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let s = doc
        .sentences
        .get(doc.sentence_of(after.min(doc.tokens.len().saturating_sub(1))))?;
    let end = s.tokens.end.min(hi).min(after + TRAILING_REACH);
    for k in after..end {
        let w = doc.word(k);
        // A quote mark (not the apostrophe of "Sanders's") ends the search.
        if is_mark(doc, k) {
            return None;
        }
        if w == "," {
            // "“…,” the spokeswoman for the group, Ann Cole, told Reuters":
            // after a comma, the phrase after "told" is its object; the
            // subject is the phrase before the comma.
            if cue_at(doc, k + 1).is_some_and(|c| c.class == CueClass::Object && !c.participle) {
                if let Some(np) = subject_of(cx, k + 1, after).filter(|p| p.end <= k) {
                    let cue = (k + 1, k + 2);
                    return Some(Attribution::new(Some(np), cue, TrailingAttribution));
                }
                continue;
            }
            if let Some(a) = after_quote(cx, k + 1, hi) {
                return Some(a.with(TrailingAttribution));
            }
        }
    }
    None
}

/// The attribution ends its clause: after its cue (and an inverted
/// subject) come punctuation or a short adverbial ("…, Wilders said on
/// Monday."), not a reported clause or object of its own ("…, his campaign
/// has argued that it …", "…, Trump said: “…”"), which makes it another
/// sentence's attribution.
pub fn ends_attribution(doc: &Document, a: Attribution, hi: usize) -> bool {
    let after = a.np.map_or(a.cue.1, |np| np.end.max(a.cue.1));
    if after >= hi || after >= doc.tokens.len() {
        return true;
    }
    let w = doc.word(after);
    if is_mark(doc, after) || w == ":" {
        return false;
    }
    doc.tokens[after].kind == TokenKind::Punct || is_weekday(w) || has(speech::CLAUSE_END_WORDS, w)
}
