//! What every quote rule reads: the segmented document and which rules are
//! switched off.

use std::ops::Deref;

use super::rules::QuoteRule;
use crate::rules::RuleSet;
use crate::segment::Document;

/// The context of the quote rules. It derefs to the [`Document`], so rules
/// read `cx.word(i)` and `cx.tokens`, and a `&Cx` passes where a
/// `&Document` is asked for.
///
/// ```
/// use newsmark::quotes::{cx::Cx, rules::QuoteRule};
/// use newsmark::registry::Disabled;
/// let doc = newsmark::segment::segment("“No,” Ann Coyle said.");
/// let cx = Cx::new(&doc, Disabled::default().quotes);
/// assert!(cx.on(QuoteRule::AfterXSaid) && cx.word(0) == "“");
/// let off = Disabled::parse(["after-x-said"]).unwrap().quotes;
/// assert!(!Cx::new(&doc, off).on(QuoteRule::AfterXSaid));
/// ```
pub struct Cx<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    off: RuleSet<QuoteRule>,
}

impl<'d, 'a> Cx<'d, 'a> {
    /// A context for `doc` with the rules in `off` switched off.
    pub fn new(doc: &'d Document<'a>, off: RuleSet<QuoteRule>) -> Self {
        Cx { doc, off }
    }

    /// Is `rule` switched on?
    pub fn on(&self, rule: QuoteRule) -> bool {
        !self.off.contains(rule)
    }
}

impl<'a> Deref for Cx<'_, 'a> {
    type Target = Document<'a>;
    fn deref(&self) -> &Document<'a> {
        self.doc
    }
}
