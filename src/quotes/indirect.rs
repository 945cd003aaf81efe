//! Reported speech without quote marks: "Peskov announced that Russia is ready".
//!
//! A reporting verb followed by "that" (perhaps after an object or a time:
//! "told reporters on Monday that"), or a verb of saying followed straight by
//! a subject pronoun ("claiming he feigned interest"), opens the reported
//! content. The content runs to the end of its clause: the sentence end, a
//! semicolon, a comma before "while"/"although"/"but"/…, or "but"/"and"
//! before another reporting verb. Reported speech holding a quote mark is
//! left to the quote itself. The speaker must be a person-like phrase.
//!
//! ```
//! let doc = newsmark::segment::segment("Putin indicated that some proposals were accepted.");
//! let cx = newsmark::quotes::cx::Cx::new(&doc, Default::default());
//! let r = newsmark::quotes::indirect::find(&cx, &[]);
//! assert_eq!(&doc.text[r[0].start..r[0].end], "some proposals were accepted");
//! ```

use super::attribute::{animate, cue_at, subject_of};
use super::cues::{is_aux_or_adverb, CueClass};
use super::cx::Cx;
use super::marks::is_quote_char;
use super::np::Np;
use super::rules::QuoteRule::{self, *};
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::words::{has, speech};

/// One piece of reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reported {
    /// Start of the content (byte offset).
    pub start: usize,
    /// End of the content (byte offset, exclusive).
    pub end: usize,
    /// The cue verb's token.
    pub cue: usize,
    /// The speaker's phrase.
    pub np: Np,
    /// The pattern that found it.
    pub rule: QuoteRule,
}

/// The longest reported content, in tokens: this keeps the scan linear
/// even in a run-on "text" with no sentence ends.
const MAX_CLAUSE: usize = 120;

/// Tokens that may sit between a verb and its "that": "told reporters on
/// Monday that" (an object and a time, not a clause of their own).
const GAP: usize = 5;

fn inside(quoted: &[(usize, usize)], at: usize) -> bool {
    let q = quoted.partition_point(|&(s, _)| s <= at);
    q > 0 && quoted[q - 1].1 > at
}

/// Finds reported speech in `doc`, outside the byte spans `quoted` (sorted by start).
/// Three patterns open the content: "that" right after the verb
/// (`indirect-that-clause`), "that" a few words after it
/// (`indirect-that-after-object`), a subject pronoun right after a verb of
/// saying (`indirect-pronoun-clause`).
pub fn find(cx: &Cx, quoted: &[(usize, usize)]) -> Vec<Reported> {
    let doc = cx.doc;
    let mut out = Vec::new();
    for s in &doc.sentences {
        let hi = s.tokens.end;
        let mut t = s.tokens.start;
        while t < hi {
            let c = t;
            t += 1;
            let Some(cue) = cue_at(doc, c) else { continue };
            if !cue.reports || inside(quoted, doc.tokens[c].start) {
                continue;
            }
            let (start, rule) = if c + 1 < hi && doc.word(c + 1) == "that" {
                (c + 2, IndirectThatClause)
            } else if let Some(k) = (c + 1..(c + 1 + GAP).min(hi))
                .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
                .find(|&k| doc.word(k) == "that")
            {
                (k + 1, IndirectThatAfterObject)
            } else if cue.class == CueClass::Say
                && c + 1 < hi
                && has(speech::CLAUSE_PRONOUNS, doc.word(c + 1))
            {
                (c + 1, IndirectPronounClause)
            } else {
                continue;
            };
            if !cx.on(rule) {
                continue;
            }
            if start >= hi || doc.tokens[start].kind != TokenKind::Word {
                continue;
            }
            let Some(end) = clause_end(doc, start, hi) else {
                continue;
            };
            let Some(np) = subject_of(cx, c, s.tokens.start) else {
                continue;
            };
            if !animate(doc, &np) {
                continue;
            }
            out.push(Reported {
                start: doc.tokens[start].start,
                end: doc.tokens[end - 1].end,
                cue: c,
                np,
                rule,
            });
            t = end;
        }
    }
    out
}

/// One past the last token of the clause starting at `start`; `None` when it
/// holds a quote mark.
fn clause_end(doc: &Document, start: usize, hi: usize) -> Option<usize> {
    let hi = hi.min(start + MAX_CLAUSE);
    let mut k = start;
    while k < hi {
        let w = doc.word(k);
        let punct = doc.tokens[k].kind == TokenKind::Punct;
        if punct && w.chars().next().is_some_and(is_quote_char) {
            return None;
        }
        if punct && (matches!(w, ";" | ":" | "(") || is_dash_word(w)) {
            break;
        }
        if w == "," && k + 1 < hi {
            let n = doc.word(k + 1);
            if has(speech::CONTENT_BREAKS, n) {
                break;
            }
        }
        if matches!(w, "but" | "and") && k > start {
            let mut m = k + 1;
            while m < hi && doc.tokens[m].kind == TokenKind::Word && is_aux_or_adverb(doc.word(m)) {
                m += 1;
            }
            if m < hi && cue_at(doc, m).is_some() {
                break;
            }
        }
        k += 1;
    }
    // Trailing punctuation is not content.
    while k > start && doc.tokens[k - 1].kind == TokenKind::Punct {
        k -= 1;
    }
    (k > start).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::np;
    use crate::segment::segment;

    fn got(text: &str) -> Vec<(String, String, String)> {
        let doc = segment(text);
        let cx = Cx::new(&doc, Default::default());
        find(&cx, &[])
            .iter()
            .map(|r| {
                (
                    np::text(&doc, r.np.start, r.np.end).to_string(),
                    doc.word(r.cue).to_string(),
                    text[r.start..r.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn clauses_after_that() {
        assert_eq!(
            got("Peskov announced that Russia is ready for talks but emphasized that there would be no concessions."),
            [
                ("Peskov".into(), "announced".into(), "Russia is ready for talks".into()),
                ("Peskov".into(), "emphasized".into(), "there would be no concessions".into())
            ]
        );
        assert_eq!(
            got("The leaders criticized Putin, claiming he feigned interest, while others waited.")
                [0]
            .2,
            "he feigned interest"
        );
        assert_eq!(
            got("Mr. Lee told reporters on Monday that talks failed.")[0].2,
            "talks failed"
        );
    }

    #[test]
    fn no_speech_no_report() {
        assert!(got("Military operations indicate that tensions remain high.").is_empty());
        assert!(got("He said “that is over.”").is_empty());
        assert!(got("The report said nothing.").is_empty());
    }
}
