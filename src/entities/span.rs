//! A name as the entity rules pass it along: where it is, what it is, and
//! which rules made it; and the context every rule reads.

use std::cell::OnceCell;
use std::ops::Deref;

use super::evidence::LowerWords;
use super::rules::EntityRule;
use super::untagged::Scores;
use crate::rules::{RuleSet, Why};
use crate::segment::{Document, TokenKind};
use crate::types::Label;

/// A labelled span of the text (UTF-8 byte offsets) with its provenance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start (byte offset).
    pub start: usize,
    /// End (byte offset, exclusive).
    pub end: usize,
    /// What it names.
    pub label: Label,
    /// The rule that proposed it and the rules that changed it.
    pub why: Why<EntityRule>,
}

impl Span {
    /// A span proposed by `rule`.
    pub fn new(start: usize, end: usize, label: Label, rule: EntityRule) -> Span {
        Span {
            start,
            end,
            label,
            why: Why::by(rule),
        }
    }

    /// This span with `rule` noted as having changed it.
    #[must_use]
    pub fn by(mut self, rule: EntityRule) -> Span {
        self.why.add(rule);
        self
    }

    /// Joins `x`, a later span, into this one: it runs to `x`'s end with
    /// `label`, and its rules are both spans' and `rule`'s.
    ///
    /// ```
    /// use newsmark::{entities::{rules::EntityRule, span::Span}, Label};
    /// let mut a = Span::new(0, 12, Label::Loc, EntityRule::Tagger);
    /// a.join(Span::new(17, 40, Label::Org, EntityRule::Tagger), Label::Org, EntityRule::PlacePairOrg);
    /// assert_eq!((a.start, a.end, a.label), (0, 40, Label::Org));
    /// ```
    pub fn join(&mut self, x: Span, label: Label, rule: EntityRule) {
        self.end = x.end;
        self.label = label;
        self.why.absorb(x.why);
        self.why.add(rule);
    }
}

/// What every entity rule reads: the segmented document, and which rules
/// are switched off. It derefs to the [`Document`], so rules read
/// `cx.word(i)` and `cx.tokens`.
pub struct Cx<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    off: RuleSet<EntityRule>,
    /// The sentences' sports scores, read once when a rule first asks.
    scores: OnceCell<Scores>,
    /// The words the text writes in lower case, gathered once likewise.
    lower: OnceCell<LowerWords>,
}

impl<'d, 'a> Cx<'d, 'a> {
    /// A context for `doc` with the rules in `off` switched off.
    pub fn new(doc: &'d Document<'a>, off: RuleSet<EntityRule>) -> Self {
        Cx {
            doc,
            off,
            scores: OnceCell::new(),
            lower: OnceCell::new(),
        }
    }

    /// Is `rule` switched on?
    pub fn on(&self, rule: EntityRule) -> bool {
        !self.off.contains(rule)
    }

    /// What each sentence holds of sports scores, read in one pass over the
    /// text the first time a rule asks, shared by every rule after.
    pub(super) fn scores(&self) -> &Scores {
        self.scores.get_or_init(|| Scores::of(self))
    }

    /// The words the text writes in lower case somewhere, gathered the
    /// first time a rule asks (two rules read them).
    pub(super) fn lower_words(&self) -> &LowerWords {
        self.lower.get_or_init(|| LowerWords::of(self))
    }

    /// True when token `k` follows token `k - 1` after exactly one space
    /// ("BBC Radio 4", not "Radio\n4"); false for the first token and past
    /// the last.
    pub fn spaced(&self, k: usize) -> bool {
        k > 0
            && k < self.tokens.len()
            && self.text.get(self.tokens[k - 1].end..self.tokens[k].start) == Some(" ")
    }

    /// True when token `k` is a hyphen written against the token before it,
    /// as inside a word ("co-owner", "Secretary-Treasurer"); false past the
    /// last token.
    pub fn glued_hyphen(&self, k: usize) -> bool {
        self.word(k) == "-" && self.tokens.get(k).is_some_and(|t| !t.space_before)
    }

    /// True when token `k` is a word that starts with a capital letter.
    pub fn capitalised(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && self.word(k).chars().next().is_some_and(char::is_uppercase)
    }
}

impl<'a> Deref for Cx<'_, 'a> {
    type Target = Document<'a>;
    fn deref(&self) -> &Document<'a> {
        self.doc
    }
}
