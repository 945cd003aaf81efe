//! The quote layer's rules, in the order they run: this table is the map of
//! [`super::find`]. Each names the code that carries it out and shows itself
//! on an invented text; `tests/rules.rs` runs every example with the rule on
//! and off.

use crate::rules::{quote, rule_table};

rule_table! {
    /// A rule of the quote layer.
    pub enum QuoteRule in "quotes";

    MarksPair = "marks-pair",
        "Quote marks of every style, paired paragraph by paragraph, with nesting and the multi-paragraph rule (marks.rs, pair.rs).",
        [quote("“We are ready,” Olaf Brenn said.", "We are ready", Some("Olaf Brenn"))];
    IndirectThatClause = "indirect-that-clause",
        "Reported speech: a speaker, a reporting verb and a that-clause (\"Putin indicated that …\") (indirect.rs).",
        [quote("Olaf Brenn said that the plan would fail.", "the plan would fail", Some("Olaf Brenn"))];
}

const _: () = assert!(<QuoteRule as crate::rules::RuleEnum>::TABLE.len() <= 128);
