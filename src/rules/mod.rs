//! Rules as values: every hand-written rule has a stable kebab-case name, a
//! one-line doc and examples (a text and what the rule does to it), and
//! every span says which rules made it.
//!
//! Each layer keeps its rules in one ordered table — the order they run in,
//! which is their documentation: [`crate::entities::rules`] and
//! [`crate::quotes::rules`]. A span carries a [`Why`]: the rule that proposed
//! it (`tagger`, `numeric-money`, `marks-pair`, …) and every rule that changed
//! it since, listed in table order. `Options { explain: true, .. }` (the CLI's
//! `--explain`) writes it out as `"why": [names]`; `Options::disabled` (the
//! CLI's `--disable NAME`) switches rules off, so that one command measures
//! one rule's effect.
//!
//! ```
//! use newsmark::registry::{self, Disabled};
//! let text = "Acme Widgets, Inc. said on Tuesday it would hire 200 people.";
//! let opts = newsmark::Options { explain: true, ..Default::default() };
//! let a = newsmark::annotate_with(text, &opts);
//! let acme = a.entities.iter().find(|m| text[m.start..m.end].starts_with("Acme")).unwrap();
//! assert!(acme.why.contains(&"company-legal-form"));
//! // every rule is listed once, by name, with a doc and examples
//! let rule = registry::find("company-legal-form").unwrap();
//! assert!(!rule.doc.is_empty() && !rule.examples.is_empty());
//! // and can be switched off
//! let off = Disabled::parse(["company-legal-form"]).unwrap();
//! assert!(Disabled::parse(["no-such-rule"]).is_err());
//! # let _ = off;
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::types::Label;

/// A rule: its name, what it does, and examples that show it.
#[derive(Debug)]
pub struct Rule {
    /// The stable kebab-case name: `org-legal-form-suffix`.
    pub name: &'static str,
    /// What the rule does, in one line.
    pub doc: &'static str,
    /// Texts and what the rule makes of them; `tests/rules.rs` runs each
    /// with the rule on (the effect holds, and the rule is in the span's
    /// `why`) and off (the effect is gone).
    pub examples: &'static [Example],
}

/// One example of a rule at work: a text, and what the rule does to it.
#[derive(Debug)]
pub struct Example {
    /// The input: invented, or from training text, never from a dev set.
    pub text: &'static str,
    /// What the tagger is taken to have found in `text`, when the example
    /// gives it (`(name as written, label)`, in text order; `Some(&[])`:
    /// nothing): a rule that mends the tagger's spans is then shown on the
    /// span it mends, whatever the model of the day makes of the text.
    /// `None`: the model tags.
    pub tagged: Option<&'static [(&'static str, Label)]>,
    /// What the rule makes of it.
    pub expect: Expect,
}

impl Example {
    /// This example with the tagger's names given instead of tagged.
    pub const fn tagged(self, names: &'static [(&'static str, Label)]) -> Example {
        Example {
            tagged: Some(names),
            ..self
        }
    }
}

/// The effect a rule has on an example's text.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// A mention of exactly this text with this label, made or changed by
    /// the rule (the rule is in its `why`).
    Entity(&'static str, Label),
    /// No mention of exactly this text with this label: the rule cut,
    /// split, relabelled or removed it.
    NoEntity(&'static str, Label),
    /// A quote whose passage contains `quote`, whose speaker mention is
    /// exactly `speaker` (`None`: no speaker), made or changed by the rule.
    Quote {
        /// Text inside the quote's span.
        quote: &'static str,
        /// The speaker mention's text, or `None` for no speaker.
        speaker: Option<&'static str>,
    },
    /// No quote whose passage contains this text: the rule dropped it.
    NoQuote(&'static str),
    /// A quote whose passage contains `quote`, whose speaker is named
    /// `name` (the entity's canonical name, whatever the mention), named so
    /// by the rule: it is in the quote's `why`, or in the `why` of a mention
    /// of the speaker's entity.
    Speaker {
        /// Text inside the quote's span.
        quote: &'static str,
        /// The speaker's name.
        name: &'static str,
    },
    /// The mentions of exactly these two texts are one entity, joined by
    /// the rule (it is in the second one's `why`).
    Grouped(&'static str, &'static str),
    /// A role phrase of exactly this text tied to the person named `person`
    /// (the entity's canonical name), found by the rule.
    Role {
        /// The role phrase as written.
        role: &'static str,
        /// The person's canonical name.
        person: &'static str,
    },
}

/// The rule enum of one layer, made by [`rule_table!`].
pub trait RuleEnum: Copy + Eq + fmt::Debug + 'static {
    /// The layer's ordered table.
    const TABLE: &'static [Rule];
    /// The rules' names alone, in table order: what provenance and
    /// switching rules off need, so that the docs and examples of
    /// [`RuleEnum::TABLE`] stay out of the `.wasm`.
    const NAMES: &'static [&'static str];
    /// The layer's name: `"entities"` or `"quotes"`.
    const LAYER: &'static str;
    /// This rule's index in [`RuleEnum::TABLE`].
    fn index(self) -> usize;
    /// This rule's entry in the table.
    fn rule(self) -> &'static Rule {
        &Self::TABLE[self.index()]
    }
}

/// Declares a layer's rules, in the order they run: an enum with one variant
/// a rule, and the table of [`Rule`]s in the same order.
macro_rules! rule_table {
    (
        $(#[$meta:meta])*
        pub enum $Enum:ident in $layer:literal;
        $( $(#[$vmeta:meta])* $Variant:ident = $name:literal, $doc:literal, [$($ex:expr),* $(,)?]; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum $Enum {
            $( $(#[$vmeta])* #[doc = $doc] $Variant, )*
        }

        impl $crate::rules::RuleEnum for $Enum {
            const TABLE: &'static [$crate::rules::Rule] = &[
                $( $crate::rules::Rule { name: $name, doc: $doc, examples: &[$($ex),*] }, )*
            ];
            const NAMES: &'static [&'static str] = &[$($name),*];
            const LAYER: &'static str = $layer;
            fn index(self) -> usize {
                self as usize
            }
        }

        impl $Enum {
            /// Every rule of the layer, in table order.
            pub const ALL: &'static [$Enum] = &[$($Enum::$Variant),*];
        }
    };
}
pub(crate) use rule_table;

/// An [`Example`] whose effect is a mention: `entity("Acme, Inc. said", "Acme, Inc.", Org)`.
pub const fn entity(text: &'static str, name: &'static str, label: Label) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::Entity(name, label),
    }
}

/// An [`Example`] whose effect is that a mention is not there.
pub const fn no_entity(text: &'static str, name: &'static str, label: Label) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::NoEntity(name, label),
    }
}

/// An [`Example`] whose effect is a quote with a speaker (or none).
pub const fn quote(
    text: &'static str,
    quote: &'static str,
    speaker: Option<&'static str>,
) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::Quote { quote, speaker },
    }
}

/// An [`Example`] whose effect is the name of a quote's speaker.
pub const fn speaker(text: &'static str, quote: &'static str, name: &'static str) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::Speaker { quote, name },
    }
}

/// An [`Example`] whose effect is that two mentions are one entity.
pub const fn grouped(text: &'static str, first: &'static str, second: &'static str) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::Grouped(first, second),
    }
}

/// An [`Example`] whose effect is a role tied to a person.
pub const fn role(text: &'static str, role: &'static str, person: &'static str) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::Role { role, person },
    }
}

/// An [`Example`] whose effect is that a quote is not there.
pub const fn no_quote(text: &'static str, quote: &'static str) -> Example {
    Example {
        text,
        tagged: None,
        expect: Expect::NoQuote(quote),
    }
}

/// Which rules made a span: the one that proposed it, then every rule that
/// changed it, each at most once. Two words of bits, no allocation: a layer
/// has at most 128 rules, and they run in table order, so the order of the
/// table is the order in which they acted.
pub struct Why<R> {
    proposer: u8,
    changed: u128,
    rule: PhantomData<R>,
}

impl<R> Clone for Why<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for Why<R> {}
impl<R> PartialEq for Why<R> {
    fn eq(&self, other: &Self) -> bool {
        self.proposer == other.proposer && self.changed == other.changed
    }
}
impl<R> Eq for Why<R> {}

impl<R: RuleEnum> fmt::Debug for Why<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}

impl<R: RuleEnum> Why<R> {
    /// A span proposed by `rule`.
    pub fn by(rule: R) -> Why<R> {
        Why {
            proposer: rule.index() as u8,
            changed: 0,
            rule: PhantomData,
        }
    }

    /// Notes that `rule` changed the span.
    pub fn add(&mut self, rule: R) {
        self.changed |= 1 << rule.index();
    }

    /// This provenance with `rule` added.
    #[must_use]
    pub fn with(mut self, rule: R) -> Why<R> {
        self.add(rule);
        self
    }

    /// Takes in the rules of a span merged into this one.
    pub fn absorb(&mut self, other: Why<R>) {
        self.changed |= other.changed | 1 << other.proposer;
        self.changed &= !(1 << self.proposer);
    }

    /// Did `rule` propose or change the span?
    pub fn has(&self, rule: R) -> bool {
        self.proposer as usize == rule.index() || self.changed >> rule.index() & 1 == 1
    }

    /// The rules' names: the proposer first, then the others in table order.
    pub fn names(&self) -> Vec<&'static str> {
        let mut out = vec![R::NAMES[self.proposer as usize]];
        let changed = self.changed & !(1 << self.proposer);
        out.extend(
            (0..R::NAMES.len())
                .filter(|&i| changed >> i & 1 == 1)
                .map(|i| R::NAMES[i]),
        );
        out
    }
}

/// A set of one layer's rules (the ones switched off).
pub struct RuleSet<R> {
    bits: u128,
    rule: PhantomData<R>,
}

impl<R> Clone for RuleSet<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for RuleSet<R> {}
impl<R> Default for RuleSet<R> {
    fn default() -> Self {
        RuleSet {
            bits: 0,
            rule: PhantomData,
        }
    }
}
impl<R> PartialEq for RuleSet<R> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<R> Eq for RuleSet<R> {}
impl<R: RuleEnum> fmt::Debug for RuleSet<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = (0..R::NAMES.len())
            .filter(|&i| self.bits >> i & 1 == 1)
            .map(|i| R::NAMES[i]);
        f.debug_set().entries(names).finish()
    }
}

impl<R: RuleEnum> RuleSet<R> {
    /// Adds `rule`.
    pub fn insert(&mut self, rule: R) {
        self.bits |= 1 << rule.index();
    }
    /// Is `rule` in the set?
    pub fn contains(&self, rule: R) -> bool {
        self.bits >> rule.index() & 1 == 1
    }
}

#[cfg(test)]
mod tests;
