//! "According to": after the cue (`“…,” X said, according to Y`), and
//! opening the quote's sentence (`According to Y, X praised her “…”`).

use super::{is, is_mark, Attribution};
use crate::quotes::np::{self, Np};
use crate::quotes::rules::QuoteRule::*;
use crate::segment::{Document, TokenKind};
use crate::words::{has, speech};

/// How far after a cue (and its speaker) "according to" is looked for, in
/// tokens: a source named further on belongs to another clause.
const ACCORDING_REACH: usize = 10;

/// How far after the phrase of "according to" its agent's "by" may come
/// ("according to calculations by X"), in tokens.
const AGENT_REACH: usize = 3;

/// How many opening marks or brackets may come before "According to" at a
/// sentence's start (a bound: a sentence of nothing but marks stays
/// linear).
const OPENING_PUNCT: usize = 3;

/// How far past the longest phrase the comma after "According to X" may
/// come, in tokens ("According to White House pool reports,").
const OPENING_SLACK: usize = 4;

/// "“…,” Walker said, according to an Associated Press account": a source
/// named with "according to" right after the cue (within ten tokens, in
/// the same clause, with or without a comma) is the attribution, as
/// PolNeAR marks it.
///
/// ```
/// use newsmark::quotes::attribute::{after_quote, according_after};
/// use newsmark::quotes::cx::Cx;
/// let doc = newsmark::segment::segment("“No,” Walker said, according to the Post.");
/// let cx = Cx::new(&doc, Default::default());
/// let a = according_after(&doc, after_quote(&cx, 4, doc.tokens.len()).unwrap(), doc.tokens.len());
/// assert_eq!(doc.word(a.np.unwrap().head_start), "Post");
/// assert_eq!(doc.word(a.cue.0), "according");
/// assert_eq!(a.why.names(), ["after-x-said", "according-after-cue"]);
/// ```
pub fn according_after(doc: &Document, a: Attribution, hi: usize) -> Attribution {
    let from = a.cue.1.max(a.np.map_or(0, |np| np.end));
    let lim = (from + ACCORDING_REACH).min(hi).min(doc.tokens.len());
    for k in from..lim {
        let w = doc.word(k);
        // Another clause: "…, and according to the agency he left".
        if has(speech::ACCORDING_BREAKS, w) || is_mark(doc, k) {
            break;
        }
        if is(doc, k, &["according"]) && is(doc, k + 1, &["to"]) {
            if let Some(np) = according_source(doc, k + 2, hi) {
                return Attribution {
                    np: Some(np),
                    cue: (k, k + 2),
                    ..a.with(AccordingAfterCue)
                };
            }
        }
    }
    a
}

/// The source after "according to" (its phrase starts at token `i`):
/// the phrase itself, or the agent named with "by" right after it, as
/// PolNeAR marks it ("according to calculations by Amy Glasmeier",
/// "according to audio provided by Wyoming Public Radio").
///
/// ```
/// use newsmark::quotes::attribute::according_source;
/// let doc = newsmark::segment::segment("according to audio provided by Wyoming Public Radio.");
/// let np = according_source(&doc, 2, doc.tokens.len()).unwrap();
/// assert_eq!(doc.word(np.start), "Wyoming");
/// ```
pub fn according_source(doc: &Document, i: usize, hi: usize) -> Option<Np> {
    let np = np::after(doc, i, hi)?;
    let agent = (np.end..(np.end + AGENT_REACH).min(hi))
        .find(|&k| is(doc, k, &["by"]))
        .filter(|&by| {
            (np.end..by).all(|k| {
                doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().all(char::is_lowercase)
            })
        })
        .and_then(|by| np::after(doc, by + 1, hi))
        .filter(|p| !p.pronoun);
    Some(agent.unwrap_or(np))
}

/// "According to X," (or "In a … poll,") opening the sentence of the quote
/// whose mark is token `open` (not before `lo`), with X before a comma.
pub fn according_opening(doc: &Document, open: usize, lo: usize) -> Option<Attribution> {
    let sent = doc.sentences.get(doc.sentence_of(open))?;
    let mut k = sent.tokens.start.max(lo);
    // (a few opening marks or brackets at most: a sentence of nothing but
    // marks stays linear)
    let stop = (k + OPENING_PUNCT).min(open);
    while k < stop && doc.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    let word = |x: usize| doc.tokens.get(x).map_or("", |_| doc.word(x));
    let according = word(k) == "According" && word(k + 1) == "to";
    // "In a Washington Post/ABC News poll released Sunday, 8 percent of
    // Democrats said …": a poll, survey or study opening the sentence is its
    // source too (not an interview or statement: "In a statement, the DNC
    // said" is the DNC's).
    let document = word(k) == "In";
    if !according && !document {
        return None;
    }
    let from = if according { k + 2 } else { k + 1 };
    // The phrase up to the comma, whole or its start ("White House pool
    // reports" reads as "White House pool" before the cue-like "reports").
    let comma =
        (from..(from + np::MAX_LEN + OPENING_SLACK).min(open)).find(|&x| doc.word(x) == ",")?;
    if document && !(from..comma).any(|x| has(speech::DOCUMENT_NOUNS, doc.word(x))) {
        return None;
    }
    let np = np::after(doc, from, comma)?;
    (comma + 1 < open).then_some(Attribution::new(Some(np), (k, from), AccordingOpening))
}
