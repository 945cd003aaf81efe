//! Every rule, tested alone: each example holds with its rule on (and the
//! rule is in the `why` of the span it made) and fails with the rule
//! switched off, so each example shows what its rule, and no other, does.
//! An example may give the tagger's names ([`Example::tagged`]), so that a
//! rule mending the tagger's spans is shown whatever the model of the day.

use std::collections::HashSet;

use super::{Example, Expect};
use crate::registry::{self, Disabled};
use crate::{annotate_given, Annotations, Label, Options};

/// The byte spans of an example's given names: each found in the text
/// after the one before.
fn given(ex: &Example) -> Option<Vec<(usize, usize, Label)>> {
    let mut from = 0;
    let spans = ex
        .tagged?
        .iter()
        .map(|&(name, label)| {
            let s = from
                + ex.text[from..].find(name).unwrap_or_else(|| {
                    panic!("{name:?} is not in {:?} after byte {from}", ex.text)
                });
            from = s + name.len();
            (s, from, label)
        })
        .collect();
    Some(spans)
}

fn run(ex: &Example, off: Option<&str>) -> Annotations {
    let disabled = off
        .map_or(Ok(Disabled::default()), |name| Disabled::parse([name]))
        .unwrap();
    let options = Options {
        explain: true,
        disabled,
        ..Default::default()
    };
    annotate_given(ex.text, &options, given(ex).as_deref())
}

/// Does the example's effect show in `a`? With `rule`, the span that shows
/// it must also name that rule in its `why`.
fn shows(ex: &Example, a: &Annotations, rule: Option<&str>) -> bool {
    let t = ex.text;
    let by = |why: &[&str]| rule.map_or(true, |r| why.contains(&r));
    match ex.expect {
        Expect::Entity(name, label) => a
            .entities
            .iter()
            .any(|m| &t[m.start..m.end] == name && m.label == label && by(&m.why)),
        Expect::NoEntity(name, label) => !a
            .entities
            .iter()
            .any(|m| &t[m.start..m.end] == name && m.label == label),
        Expect::Quote { quote, speaker } => a.quotes.iter().any(|q| {
            let said = match (q.speaker_start, q.speaker_end) {
                (Some(s), Some(e)) => Some(&t[s..e]),
                _ => None,
            };
            t[q.start..q.end].contains(quote) && said == speaker && by(&q.why)
        }),
        Expect::NoQuote(quote) => !a.quotes.iter().any(|q| t[q.start..q.end].contains(quote)),
        Expect::Speaker { quote, name } => a.quotes.iter().any(|q| {
            let entity_by = || {
                a.entities
                    .iter()
                    .any(|m| Some(m.id) == q.speaker_id && by(&m.why))
            };
            t[q.start..q.end].contains(quote)
                && q.speaker.as_deref() == Some(name)
                && (by(&q.why) || entity_by())
        }),
        Expect::Grouped(first, second) => {
            let id = |name: &str| {
                a.entities
                    .iter()
                    .find(|m| &t[m.start..m.end] == name)
                    .map(|m| m.id)
            };
            let second_by = a
                .entities
                .iter()
                .any(|m| &t[m.start..m.end] == second && by(&m.why));
            id(first).is_some() && id(first) == id(second) && second_by
        }
        Expect::Role { role, person } => a.roles.iter().any(|r| {
            &t[r.start..r.end] == role && a.groups[r.person as usize].name == person && by(&r.why)
        }),
    }
}

/// What `a` holds, for a failure message.
fn found(text: &str, a: &Annotations) -> String {
    let ents: Vec<String> = a
        .entities
        .iter()
        .map(|m| {
            format!(
                "{:?} {} {:?}",
                &text[m.start..m.end],
                m.label.as_str(),
                m.why
            )
        })
        .collect();
    let quotes: Vec<String> = a
        .quotes
        .iter()
        .map(|q| {
            let who = q.speaker_start.zip(q.speaker_end).map(|(s, e)| &text[s..e]);
            format!(
                "{:?} by {:?} ({:?}) {:?}",
                &text[q.start..q.end],
                who,
                q.speaker,
                q.why
            )
        })
        .collect();
    let roles: Vec<String> = a
        .roles
        .iter()
        .map(|r| format!("{:?} {:?}", &text[r.start..r.end], r.why))
        .collect();
    format!("entities {ents:?}\n  quotes {quotes:?}\n  roles {roles:?}")
}

/// `NEWSMARK_RULES=quotes` (or a rule's name, or part of it) runs only the
/// rules whose layer or name contains it.
fn selected(layer: &str, name: &str) -> bool {
    std::env::var("NEWSMARK_RULES").map_or(true, |f| layer.contains(&f) || name.contains(&f))
}

#[test]
fn every_example_holds_with_its_rule_and_fails_without_it() {
    let mut failures = Vec::new();
    for (layer, rule) in registry::all().filter(|(l, r)| selected(l, r.name)) {
        for ex in rule.examples {
            let on = run(ex, None);
            let positive = !matches!(ex.expect, Expect::NoEntity(..) | Expect::NoQuote(_));
            if !shows(ex, &on, positive.then_some(rule.name)) {
                failures.push(format!(
                    "{layer} {}: {:?} does not show {:?} with the rule on\n  {}",
                    rule.name,
                    ex.text,
                    ex.expect,
                    found(ex.text, &on)
                ));
                continue;
            }
            let off = run(ex, Some(rule.name));
            if shows(ex, &off, None) {
                failures.push(format!(
                    "{layer} {}: {:?} still shows {:?} with the rule off: the example does not depend on it\n  {}",
                    rule.name,
                    ex.text,
                    ex.expect,
                    found(ex.text, &off)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_is_named_once_in_kebab_case_with_a_doc_and_an_example() {
    let mut seen = HashSet::new();
    for (layer, rule) in registry::all() {
        assert!(seen.insert(rule.name), "{} is named twice", rule.name);
        assert!(
            !rule.name.is_empty()
                && rule
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !rule.name.starts_with('-')
                && !rule.name.ends_with('-')
                && !rule.name.contains("--"),
            "{layer}: {:?} is not kebab-case",
            rule.name
        );
        assert!(
            rule.doc.ends_with('.') && !rule.doc.contains('\n'),
            "{}: the doc is one sentence line: {:?}",
            rule.name,
            rule.doc
        );
        assert!(!rule.examples.is_empty(), "{} has no example", rule.name);
    }
    assert!(registry::find("tagger").is_some() && registry::find("marks-pair").is_some());
}

/// `--explain` names at least the proposer of every entity, role and quote
/// of the seed article.
#[test]
fn every_span_of_the_seed_says_why() {
    let text = include_str!("../../tests/fixtures/seed.txt");
    let options = Options {
        explain: true,
        ..Default::default()
    };
    let a = crate::annotate_with(text, &options);
    assert!(!a.entities.is_empty() && !a.quotes.is_empty() && !a.roles.is_empty());
    for m in &a.entities {
        assert!(!m.why.is_empty(), "{:?} has no why", &text[m.start..m.end]);
    }
    for q in &a.quotes {
        assert!(!q.why.is_empty(), "{:?} has no why", &text[q.start..q.end]);
    }
    for r in &a.roles {
        assert!(!r.why.is_empty(), "{:?} has no why", &text[r.start..r.end]);
    }
    // without explain, nothing is said, and the JSON has no "why"
    let plain = crate::annotate(text);
    assert!(plain.entities.iter().all(|m| m.why.is_empty()));
    assert!(!serde_json::to_string(&plain).unwrap().contains("\"why\""));
    // and the annotations are otherwise the same
    let mut explained = a.clone();
    explained.entities.iter_mut().for_each(|m| m.why.clear());
    explained.quotes.iter_mut().for_each(|q| q.why.clear());
    explained.roles.iter_mut().for_each(|r| r.why.clear());
    assert_eq!(explained, plain);
}

#[test]
fn unknown_rule_names_are_refused() {
    let err = Disabled::parse(["tagger", "no-such-rule"]).unwrap_err();
    assert!(err.contains("no-such-rule"), "{err}");
}
