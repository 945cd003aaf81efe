//! Every rule of both layers, by name: the whole list in run order
//! ([`all`]), one rule ([`find`]), and the rules switched off
//! ([`Disabled`], the CLI's `--disable`). The rule types and the tables
//! themselves are in [`crate::rules`], [`crate::entities::rules`] and
//! [`crate::quotes::rules`].

use crate::entities::rules::EntityRule;
use crate::quotes::rules::QuoteRule;
use crate::rules::{Rule, RuleEnum, RuleSet};

/// The rules switched off, by layer. Empty by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Disabled {
    /// Entity rules switched off.
    pub entities: RuleSet<EntityRule>,
    /// Quote rules switched off.
    pub quotes: RuleSet<QuoteRule>,
}

impl Disabled {
    /// The set of the rules named, or an error naming the first unknown one.
    ///
    /// ```
    /// let off = newsmark::registry::Disabled::parse(["tagger"]).unwrap();
    /// let a = newsmark::annotate_with("Vladimir Putin spoke.", &newsmark::Options { disabled: off, ..Default::default() });
    /// assert!(a.entities.is_empty());
    /// ```
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Disabled, String> {
        let mut d = Disabled::default();
        for name in names {
            if let Some(i) = EntityRule::NAMES.iter().position(|&r| r == name) {
                d.entities.insert(EntityRule::ALL[i]);
            } else if let Some(i) = QuoteRule::NAMES.iter().position(|&r| r == name) {
                d.quotes.insert(QuoteRule::ALL[i]);
            } else {
                return Err(format!(
                    "no rule is named \"{name}\" (newsmark --rules lists them)"
                ));
            }
        }
        Ok(d)
    }
}

/// The rule named `name`, in either layer.
pub fn find(name: &str) -> Option<&'static Rule> {
    all().map(|(_, r)| r).find(|r| r.name == name)
}

/// Every rule with its layer's name: the entity rules, then the quote rules,
/// each layer in the order its rules run.
pub fn all() -> impl Iterator<Item = (&'static str, &'static Rule)> {
    let e = EntityRule::TABLE.iter().map(|r| (EntityRule::LAYER, r));
    let q = QuoteRule::TABLE.iter().map(|r| (QuoteRule::LAYER, r));
    e.chain(q)
}
