//! A term quoted inside the writer's sentence belongs to the subject of its
//! sentence (or of its clause): "Manafort dismissed the whole kerfuffle as
//! “absurd.”" (rules `term-sentence-subject`, `term-clause-subject`).

use super::{clause_subject, sentence_subject, Attribution};
use crate::entities::EntityLayer;
use crate::quotes::cx::Cx;
use crate::quotes::np::{self, Np};
use crate::quotes::pair::Span;
use crate::quotes::rules::QuoteRule::*;
use crate::quotes::{words, SCARE_WORDS};
use crate::segment::Document;
use crate::types::Label;
use crate::words::{has_lower, speech};

/// The subject that owns the quote `s`, quoted inside its sentence, with
/// the cue of `found` (an attribution with no speaker) if there is one.
pub(super) fn subject(
    cx: &Cx,
    entities: &EntityLayer,
    s: &Span,
    spans: &[Span],
    found: Option<Attribution>,
) -> Option<Attribution> {
    let doc = cx.doc;
    let open = doc.token_at(s.start);
    let sent = doc.sentences.get(doc.sentence_of(open))?;
    if open <= sent.tokens.start {
        return None;
    }
    let colon = open > 0 && doc.word(open - 1) == ":";
    // A quote too long for a scare quote is someone's words: any
    // subject will do ("The ad targets a “corrupt political system
    // that keeps …”").
    // (not when another quote follows in the sentence: that one's
    // attribution passes back to this one, "Guns are “…” and “…,”
    // Howard Dean proclaimed")
    let next = spans.partition_point(|x| x.start <= s.start);
    let quote_after = spans[next..]
        .iter()
        .find(|x| x.parent.is_none())
        .is_some_and(|x| {
            doc.tokens
                .get(sent.tokens.end.saturating_sub(1))
                .is_some_and(|t| x.start < t.end)
        });
    let long =
        !quote_after && words(doc.text.get(s.inner_start..s.inner_end).unwrap_or("")) > SCARE_WORDS;
    let ok = |np: &Np| {
        np.end <= open && (colon || long && !np.pronoun || speaker_like(doc, entities, np))
    };
    let subject = sentence_subject(doc, open).filter(ok)?;
    let mut why = found.map_or_else(
        || Attribution::new(None, (open, open), TermSentenceSubject),
        |a| a.with(TermSentenceSubject),
    );
    // The subject of the quote's own clause, when the sentence's would own
    // the term too: "Jindal signed an order, while Huckabee proposed we
    // “wake up.”"
    let clause = cx
        .on(TermClauseSubject)
        .then(|| clause_subject(doc, open).filter(ok))
        .flatten();
    let np = match clause {
        Some(c) if c != subject => {
            why = why.with(TermClauseSubject);
            c
        }
        _ => subject,
    };
    Some(Attribution {
        np: Some(np),
        ..why
    })
}

/// A sentence subject that may own a quoted term: a personal pronoun, a
/// person, organisation or group (NORP) the entity layer knows, or a noun
/// for people.
fn speaker_like(doc: &Document, entities: &EntityLayer, np: &Np) -> bool {
    if np.pronoun {
        return has_lower(speech::SPEAKING_PRONOUNS, doc.word(np.start));
    }
    let (s, e) = (
        doc.tokens[np.head_start].start,
        doc.tokens[np.head_end - 1].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= s);
    // Groups speak too: "Democrats found it “absurd”".
    let known = entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .any(|m| matches!(m.label, Label::Person | Label::Org | Label::Norp) && m.end >= e);
    known || (!np::is_cap(doc, np.end - 1) && super::animate(doc, np))
}
