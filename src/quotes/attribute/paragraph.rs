//! Attributions found around the quote's sentence: in the paragraph before
//! (its colon, its last sentence, its last person), in the paragraph after
//! (a signature line), in the sentence before.

use super::{
    according_after, after_quote, animate, before_quote, is_mark, sentence_subject, Attribution,
    LOOK_BACK,
};
use crate::entities::EntityLayer;
use crate::quotes::cues::is_stop;
use crate::quotes::cx::Cx;
use crate::quotes::np::{self, Np};
use crate::quotes::pair::Span;
use crate::quotes::rules::QuoteRule::*;
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::types::Label;
use crate::words::{has, speech, Lower};

/// The longest signature line after a quote paragraph, in tokens ("— Ann
/// Coyle, Center for Rural Studies."): longer, it is a paragraph of its own.
const SIGNATURE_MAX: usize = 12;

/// For a quote opening paragraph `para` after a paragraph that ends with a
/// colon, the cue before that colon, else the subject of its sentence:
/// "President Clinton released the following statement:" ¶ “…”.
pub(super) fn colon_before(cx: &Cx, para: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let prev = &doc.paragraphs[para - 1];
    let last = prev.tokens.end - 1;
    if doc.word(last) != ":" {
        return None;
    }
    let sent = &doc.sentences[doc.sentence_of(last)];
    before_quote(cx, last, sent.tokens.start)
        .map(|a| a.with(ColonParagraphBefore))
        .or_else(|| {
            sentence_subject(doc, last)
                .filter(|np| np.end <= last)
                .map(|np| Attribution::new(Some(np), (last, last), ColonParagraphBefore))
        })
}

/// A signature line in the paragraph after the quote `s`, which ends its
/// paragraph: a dash and a name (“…” ¶ — Bernie Sanders.), or, after a
/// quote filling its paragraph (`fills`), a person's name (and
/// affiliation) and no verb (“…” ¶ Dean Baker, Center for Economic
/// Research.).
pub(super) fn signature(
    cx: &Cx,
    entities: &EntityLayer,
    s: &Span,
    fills: bool,
) -> Option<Attribution> {
    let doc = cx.doc;
    let next = doc.paragraphs.get(s.end_para + 1)?;
    let (d, end) = (next.tokens.start, next.tokens.end);
    let short = end > d + 1 && end - d <= SIGNATURE_MAX;
    let ends = |np: &Np| np.end >= end || matches!(doc.word(np.end), "." | ",");
    if short && (matches!(doc.word(d), "-" | "--") || is_dash_word(doc.word(d))) {
        if !cx.on(SignatureDashLine) {
            return None;
        }
        np::after(doc, d + 1, end)
            .filter(ends)
            .map(|np| Attribution::new(Some(np), (d, d + 1), SignatureDashLine))
    } else if short && fills && cx.on(SignatureNameLine) {
        np::after(doc, d, end)
            .filter(|np| {
                !np.pronoun
                    && is_person(doc, entities, np)
                    && ends(np)
                    && (np.end..end).all(|k| {
                        doc.tokens[k].kind != TokenKind::Word
                            || np::is_cap(doc, k)
                            || is_stop(doc.word(k))
                    })
            })
            .map(|np| Attribution::new(Some(np), (d, d), SignatureNameLine))
    } else {
        None
    }
}

/// For a quote opening its sentence at token `open` (in a paragraph from
/// `para_start`), the attribution of the sentence before in the same
/// paragraph: "He promised that he stays. “Let me be clear: …”". A sentence
/// before that holds a quote of its own passes its speaker on through that
/// quote (“A,” X said, when a dozen states voted. “B.”): its last cue is
/// often a subordinate clause's.
pub(super) fn sentence_before(cx: &Cx, open: usize, para_start: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let si = doc.sentence_of(open);
    let sent = doc.sentences.get(si)?;
    if open != sent.tokens.start || si == 0 || doc.sentences[si - 1].tokens.start < para_start {
        return None;
    }
    let prev = &doc.sentences[si - 1];
    // (its last mark among its last tokens: bounded, so linear)
    let close = (prev
        .tokens
        .start
        .max(prev.tokens.end.saturating_sub(LOOK_BACK))..prev.tokens.end)
        .rev()
        .find(|&k| is_mark(doc, k));
    close
        .and_then(|k| after_quote(cx, k + 1, prev.tokens.end))
        .filter(|a| a.np.is_some())
        .map(|a| {
            if cx.on(AccordingAfterCue) {
                according_after(doc, a, prev.tokens.end)
            } else {
                a
            }
        })
        .or_else(|| before_quote(cx, prev.tokens.end, prev.tokens.start).filter(|a| a.np.is_some()))
        .map(|a| a.with(SentenceBefore))
}

/// A quote opening paragraph `para` after a paragraph with no quote: the
/// attribution in that paragraph's last sentence, when it names a speaker
/// ("Schoen elaborated in an editorial that …" ¶ “A Sanders win …”).
pub(super) fn paragraph_before(cx: &Cx, para: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let prev = &doc.paragraphs[para - 1];
    let last = &doc.sentences[doc.sentence_of(prev.tokens.end - 1)];
    before_quote(
        cx,
        prev.tokens.end,
        last.tokens.start.max(prev.tokens.start),
    )
    .filter(|b| b.np.is_some())
    // not a document the paragraph cites ("…, according to company
    // filings."): a filing says no words in quote marks
    .filter(|b| doc.word(b.cue.0) != "according" || b.np.is_some_and(|np| animate(doc, &np)))
    .map(|b| b.with(ParagraphBefore))
}

/// How many sentences before a quote [`earlier_speaker`] reads, at most.
const SPEAKER_SENTENCES: usize = 6;

/// The person who last spoke before the quote opening paragraph `para`: the
/// subject of a cue verb, not "according to", in the last few sentences
/// before it ("Ann Coyle said demand held up." ¶ "Sales rose, according to
/// company filings." ¶ “…”).
pub(super) fn earlier_speaker(cx: &Cx, entities: &EntityLayer, para: usize) -> Option<Attribution> {
    let doc = cx.doc;
    let mut end = doc.paragraphs.get(para)?.tokens.start;
    for _ in 0..SPEAKER_SENTENCES {
        let last = end.checked_sub(1)?;
        // (a sentence ends inside its paragraph)
        let lo = doc.sentences[doc.sentence_of(last)].tokens.start;
        let found = before_quote(cx, end, lo).filter(|a| {
            doc.word(a.cue.0) != "according" && a.np.is_some_and(|np| is_person(doc, entities, &np))
        });
        if let Some(a) = found {
            return Some(a.with(EarlierSpeaker));
        }
        end = lo;
    }
    None
}

/// The person subject of the last sentence of the paragraph before a
/// quote that fills its own paragraph: "Trump spoke only in evasive
/// bromides during the interview." ¶ “…” — the speaker is Trump.
pub(super) fn previous_person(doc: &Document, entities: &EntityLayer, s: &Span) -> Option<Np> {
    let prev = doc.paragraphs.get(s.para.checked_sub(1)?)?;
    let last = prev.tokens.end.checked_sub(1)?;
    if last < prev.tokens.start {
        return None;
    }
    let subject = sentence_subject(doc, last).filter(|np| {
        np.end <= last
            && if np.pronoun {
                matches!(doc.word(np.start).lower().as_str(), "he" | "she")
            } else {
                is_person(doc, entities, np)
            }
    });
    if subject.is_some() {
        return subject;
    }
    // A person who is the subject of a later clause: "What … means is left
    // to voters, since Trump spoke only in evasive bromides."
    let sent = doc.sentences.get(doc.sentence_of(last))?;
    let (lo, hi) = (
        doc.tokens[sent.tokens.start.max(prev.tokens.start)].start,
        doc.tokens[last].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= lo);
    entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < hi)
        .filter(|m| m.label == Label::Person && m.end > m.start)
        .filter_map(|m| {
            let (a, b) = (doc.token_at(m.start), doc.token_at(m.end - 1) + 1);
            let next = doc.tokens.get(b)?;
            let w = doc.word(b);
            let verb_like = next.kind == TokenKind::Word
                && w.chars().next().is_some_and(char::is_lowercase)
                && !has(speech::NOT_VERBS_AFTER_NAME, w);
            verb_like.then_some(Np {
                start: a,
                end: b,
                head_start: a,
                head_end: b,
                pronoun: false,
            })
        })
        .last()
}

/// True when the head of `np` is a PERSON mention.
fn is_person(doc: &Document, entities: &EntityLayer, np: &Np) -> bool {
    let (s, e) = (
        doc.tokens[np.head_start].start,
        doc.tokens[np.head_end - 1].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= s);
    entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .any(|m| m.label == Label::Person && m.end >= e)
}
