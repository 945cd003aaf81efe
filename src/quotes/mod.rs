//! Quotes: quoted passages, reported speech, speakers and cue verbs.
//!
//! The stages, each linear in the length of the text:
//! 1. [`marks`] finds quote marks (any style: `"` `“”` `‘’` `«»` `»«` `„“`
//!    ` ``…'' `) and tells apostrophes apart;
//! 2. [`pair`] pairs them paragraph by paragraph (nesting, the news rule for
//!    multi-paragraph quotes, unmatched marks as diagnostics);
//! 3. [`indirect`] finds reported speech ("Putin indicated that …");
//! 4. [`attribute`] finds each quote's cue and the speaker's noun phrase
//!    ([`np`]) next to it, by a cascade of patterns in a fixed order;
//! 5. `inherit.rs` gives quotes without their own attribution the speaker
//!    of the quote they continue (same paragraph, or the paragraph before
//!    when the quote opens its paragraph); a quote with none has no speaker;
//! 6. `filters.rs` drops what is no quote (scare quotes, titles, numbers);
//! 7. [`resolve`] picks each speaker mention and names it through the
//!    entity layer.
//!
//! Every step is a named rule of [`rules`], in the order above, guarded by
//! [`cx::Cx::on`] so that it can be switched off, and noted in the quote's
//! provenance ([`QuoteLayer::whys`]) when it made or changed the quote. The
//! reporting verbs are [`cues`]; the other words around speech are
//! [`crate::words::speech`].
//!
//! Nested quotes (single inside double) are not quotes of their own: their
//! words are part of the quote around them, said by its speaker, so they are
//! listed in that quote's `nested` spans. (PolNeAR never annotates them
//! either; output as quotes they were ~290 spurious ones on polnear_train.)
//!
//! ```
//! let doc = newsmark::segment::segment("“We are ready,” Peskov said.");
//! let layer = newsmark::entities::recognise(&doc);
//! let found = newsmark::quotes::find(&doc, &layer);
//! assert_eq!(found.quotes[0].cue.as_deref(), Some("said"));
//! assert_eq!(found.quotes[0].speaker_start, Some(20)); // "Peskov", in bytes
//! ```

pub mod attribute;
pub mod cues;
pub mod cx;
mod filters;
pub mod indirect;
mod inherit;
pub mod marks;
pub mod np;
pub mod pair;
pub mod resolve;
pub mod rules;

use crate::entities::EntityLayer;
use crate::rules::{RuleSet, Why};
use crate::segment::{is_dash_word, Document};
use crate::sort::{sort_by_offset, sort_outer_first};
use crate::types::{Diagnostic, NestedQuote, Quote, QuoteKind};
use cx::Cx;
use pair::Span;
use rules::QuoteRule;

/// What [`find`] returns.
#[derive(Clone, Debug, Default)]
pub struct QuoteLayer {
    /// Quotes, ordered by start.
    pub quotes: Vec<Quote>,
    /// Unmatched quote marks and the like.
    pub diagnostics: Vec<Diagnostic>,
    /// For each quote (same index), the rules that made it.
    pub whys: Vec<Why<QuoteRule>>,
}

/// Quotes of at most this many words with no speaker anywhere near are
/// scare quotes or titles ("undercard", “Saturday Night Live”), not quotes
/// (`drop-scare-quote`; chosen on polnear_train, see `filters.rs`); a quote
/// longer than this is someone's words.
pub(crate) const SCARE_WORDS: usize = 4;

/// Finds quotes and reported speech in `doc` and attributes them to speakers.
///
/// Never panics; linear in the length of the text.
pub fn find(doc: &Document, entities: &EntityLayer) -> QuoteLayer {
    find_with(doc, entities, RuleSet::default())
}

/// [`find`] with the rules in `off` switched off.
///
/// The steps run in the order of [`rules::QuoteRule`]'s table.
///
/// ```
/// use newsmark::registry::Disabled;
/// let doc = newsmark::segment::segment("At the hall, “we stay,” Ann Coyle said.");
/// let layer = newsmark::entities::recognise(&doc);
/// let found = newsmark::quotes::find(&doc, &layer);
/// assert_eq!(found.quotes[0].speaker.as_deref(), Some("Ann Coyle"));
/// assert_eq!(found.whys[0].names(), ["marks-pair", "after-x-said"]);
/// // without its speaker, a two-word quote is a scare quote, dropped
/// let off = Disabled::parse(["after-x-said"]).unwrap().quotes;
/// assert!(newsmark::quotes::find_with(&doc, &layer, off).quotes.is_empty());
/// ```
pub fn find_with(doc: &Document, entities: &EntityLayer, off: RuleSet<QuoteRule>) -> QuoteLayer {
    let cx = Cx::new(doc, off);
    // The proposers: quote marks paired (marks.rs, pair.rs), reported
    // speech outside them (indirect.rs).
    let (spans, diagnostics) = if cx.on(QuoteRule::MarksPair) {
        pair::pair_with(
            doc,
            pair::Pairing {
                wire: cx.on(QuoteRule::WireDoubleCloser),
                possessive: cx.on(QuoteRule::PossessiveNotCloser),
                single_runs_on: cx.on(QuoteRule::SingleRunsOn),
            },
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let quoted: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| s.parent.is_none())
        .map(|s| (s.start, s.end))
        .collect();
    let reported = indirect::find(&cx, &quoted);
    // Each quote's own attribution, by the cascade (attribute/), then the
    // speakers carried over from the quotes next to it (inherit.rs).
    let (mut attrs, mut source) = attribute::attribute(&cx, entities, &spans);
    inherit::inherit(&cx, &spans, &mut attrs, &mut source);
    // What is no quote (filters.rs).
    let keep: Vec<bool> = spans
        .iter()
        .zip(&source)
        .map(|(s, &src)| filters::keep(&cx, s, src))
        .collect();
    // The speaker mentions, named (resolve.rs).
    let resolver =
        resolve::Resolver::with_synonyms(doc.text, entities, cx.on(QuoteRule::RoleSynonym))
            .owners(cx.on(QuoteRule::RoleOfNameSpeaker))
            .epithets(cx.on(QuoteRule::EpithetSpeaker));
    // The top-level ancestor of each span: nested quotes belong to it.
    let mut top = vec![0usize; spans.len()];
    for i in 0..spans.len() {
        top[i] = match spans[i].parent {
            Some(p) if p < i => top[p],
            _ => i,
        };
    }
    let mut index = vec![usize::MAX; spans.len()];
    let mut quotes: Vec<(Quote, Why<QuoteRule>)> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if s.parent.is_some() {
            // Spans come outer first, so the enclosing quote is already out.
            if let Some((q, _)) = quotes.get_mut(index[top[i]]) {
                q.nested.push(NestedQuote {
                    start: s.start,
                    end: s.end,
                });
            }
            continue;
        }
        if !keep[i] {
            continue;
        }
        let mut q = blank(s.start, s.end, kind_of(doc, s));
        let mut why = Why::by(QuoteRule::MarksPair);
        if wire_mark(doc.text, s) {
            why.add(QuoteRule::WireDoubleCloser);
        }
        if possessive_inside(doc.text, s) {
            why.add(QuoteRule::PossessiveNotCloser);
        }
        if s.family == marks::Family::Single && s.end_para > s.para {
            why.add(QuoteRule::SingleRunsOn);
        }
        if let Some(a) = attrs[i] {
            why.absorb(a.why);
            let (np, cue) = (a.np, a.cue);
            resolve::fill(&cx, &resolver, entities, &quoted, &mut q, &mut why, np, cue);
        }
        index[i] = quotes.len();
        quotes.push((q, why));
    }
    for r in reported {
        let mut q = blank(r.start, r.end, QuoteKind::Indirect);
        let mut why = Why::by(r.rule);
        let cue = (r.cue, r.cue + 1);
        resolve::fill(
            &cx,
            &resolver,
            entities,
            &quoted,
            &mut q,
            &mut why,
            Some(r.np),
            cue,
        );
        quotes.push((q, why));
    }
    for (q, _) in &mut quotes {
        sort_by_offset(&mut q.nested, |n| n.start);
    }
    sort_outer_first(&mut quotes, |(q, _)| q.start, |(q, _)| q.end);
    let (quotes, whys) = quotes.into_iter().unzip();
    QuoteLayer {
        quotes,
        diagnostics,
        whys,
    }
}

/// The number of words (runs with a letter or digit) in `s`.
pub(crate) fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Does `s` open or close with a curly double-single mark (`‘‘`, `’’`)?
fn wire_mark(text: &str, s: &Span) -> bool {
    let mark = |a: usize, b: usize| matches!(text.get(a..b), Some("‘‘" | "’’"));
    mark(s.start, s.inner_start) || mark(s.inner_end, s.end)
}

/// A single-mark quote holding a plural possessive's apostrophe
/// (`players’ `), which `possessive-not-closer` kept from closing it.
fn possessive_inside(text: &str, s: &Span) -> bool {
    s.family == marks::Family::Single
        && text.get(s.inner_start..s.inner_end).is_some_and(|t| {
            t.split('s')
                .skip(1)
                .any(|r| r.starts_with("’ ") || r.starts_with("' "))
        })
}

fn blank(start: usize, end: usize, kind: QuoteKind) -> Quote {
    Quote {
        start,
        end,
        kind,
        speaker: None,
        speaker_id: None,
        speaker_start: None,
        speaker_end: None,
        cue: None,
        cue_start: None,
        cue_end: None,
        nested: Vec::new(),
        why: Vec::new(),
    }
}

/// Direct when the quote starts its sentence (or follows a colon or comma)
/// with a capital letter; partial otherwise.
fn kind_of(doc: &Document, s: &Span) -> QuoteKind {
    let first = doc
        .text
        .get(s.inner_start..s.inner_end)
        .and_then(|t| t.chars().find(|c| c.is_alphanumeric()));
    let capital = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let open = doc.token_at(s.start);
    let sent = doc.sentences.get(doc.sentence_of(open));
    let starts = sent.is_some_and(|st| st.tokens.start == open);
    let after_colon =
        open > 0 && (matches!(doc.word(open - 1), ":" | ",") || is_dash_word(doc.word(open - 1)));
    if capital && (starts || after_colon) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests;
