//! Speakers carry over: along a multi-paragraph quote, to a later (or
//! earlier) quote in the same paragraph, and to a quote opening the next
//! paragraph (rules `inherit-backward`, `inherit-forward`).

use super::attribute::{Attribution, Source};
use super::cx::Cx;
use super::pair::Span;
use super::rules::QuoteRule::*;

/// Gives each top-level quote with no speaker the speaker of a quote next
/// to it: first backwards (from the quote after it), then forwards.
pub(super) fn inherit(
    cx: &Cx,
    spans: &[Span],
    attrs: &mut [Option<Attribution>],
    source: &mut [Source],
) {
    let doc = cx.doc;
    let top: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.is_none())
        .collect();
    let has = |a: &Option<Attribution>| a.is_some_and(|a| a.np.is_some());
    // Backwards along multi-paragraph chains and within paragraphs.
    if cx.on(InheritBackward) {
        for w in (0..top.len().saturating_sub(1)).rev() {
            let (i, j) = (top[w], top[w + 1]);
            let linked =
                spans[i].continues && spans[j].continued || spans[i].end_para == spans[j].para;
            if linked && !has(&attrs[i]) && has(&attrs[j]) && own_later_ok(&spans[i], &spans[j]) {
                attrs[i] = attrs[j].map(|a| a.with(InheritBackward));
                source[i] = Source::Inherited;
            }
        }
    }
    // Forwards: chains, same paragraph, paragraph-initial quotes.
    if !cx.on(InheritForward) {
        return;
    }
    for w in 1..top.len() {
        let (i, j) = (top[w - 1], top[w]);
        if has(&attrs[j]) || !has(&attrs[i]) {
            continue;
        }
        let sj = &spans[j];
        let opens_para = doc
            .paragraphs
            .get(sj.para)
            .is_some_and(|p| doc.token_at(sj.start) == p.tokens.start);
        let linked = spans[i].continues && sj.continued
            || spans[i].end_para == sj.para
            || opens_para && spans[i].end_para + 1 == sj.para;
        if linked {
            // Keep a cue of its own if it has one.
            let own = attrs[j];
            attrs[j] = attrs[i].map(|a| {
                let mut a = a.with(InheritForward);
                if let Some(o) = own {
                    a.cue = o.cue;
                    a.why.absorb(o.why);
                }
                a
            });
            source[j] = Source::Inherited;
        }
    }
}

/// A quote takes the speaker of a later quote only along a chain or in
/// one paragraph (`“A.” “B,” he said.`).
fn own_later_ok(a: &Span, b: &Span) -> bool {
    a.end_para == b.para || a.continues
}
