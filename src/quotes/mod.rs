//! Quotes: quoted passages, reported speech, speakers and cue verbs.
//!
//! ```
//! let doc = newsmark::segment::segment("“We are ready,” Peskov said.");
//! let layer = newsmark::entities::recognise(&doc);
//! let found = newsmark::quotes::find(&doc, &layer);
//! assert_eq!(found.quotes[0].cue.as_deref(), Some("said"));
//! ```

use crate::entities::EntityLayer;
use crate::segment::Document;
use crate::types::{Diagnostic, Quote, QuoteKind};

/// What [`find`] returns.
#[derive(Clone, Debug, Default)]
pub struct QuoteLayer {
    /// Quotes, ordered by start.
    pub quotes: Vec<Quote>,
    /// Unmatched quote marks and the like.
    pub diagnostics: Vec<Diagnostic>,
}

/// Finds quotes in `doc` and attributes them to speakers.
///
/// FIRST VERSION: curly double quotes, speaker = the next entity after the quote
/// in the same sentence, cue = the word after it.
pub fn find(doc: &Document, entities: &EntityLayer) -> QuoteLayer {
    let mut out = QuoteLayer::default();
    let text = doc.text;
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', None) => open = Some(i),
            ('”', Some(s)) => {
                let end = i + c.len_utf8();
                let mut q = Quote {
                    start: s,
                    end,
                    kind: QuoteKind::Direct,
                    speaker: None,
                    speaker_id: None,
                    speaker_start: None,
                    speaker_end: None,
                    cue: None,
                    cue_start: None,
                    cue_end: None,
                    parent: None,
                };
                if let Some(m) = entities.mentions.iter().find(|m| m.start >= end) {
                    q.speaker = Some(entities.groups[m.id as usize].name.clone());
                    q.speaker_id = Some(m.id);
                    q.speaker_start = Some(m.start);
                    q.speaker_end = Some(m.end);
                    let t = doc.token_at(m.end);
                    if t < doc.tokens.len() {
                        let tok = doc.tokens[t];
                        q.cue = Some(text[tok.start..tok.end].to_string());
                        q.cue_start = Some(tok.start);
                        q.cue_end = Some(tok.end);
                    }
                }
                out.quotes.push(q);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        out.diagnostics.push(Diagnostic {
            start: s,
            end: s + 3,
            code: "unmatched-quote",
            message: "This quote mark is never closed.".into(),
        });
    }
    out
}
