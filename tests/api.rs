//! The Rust API on edge cases: it never panics, every span is valid, and time
#![cfg(not(target_arch = "wasm32"))]
//! stays linear.
mod common;

use common::{assert_spans_valid, UNICODE_NEWS};
use newsmark::{annotate, Label};

#[test]
fn empty_and_whitespace_give_empty_annotations() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{2003}"] {
        let a = annotate(text);
        assert!(
            a.entities.is_empty() && a.quotes.is_empty() && a.roles.is_empty(),
            "{text:?}: {a:?}"
        );
    }
}

#[test]
fn unicode_text_gives_valid_spans_and_finds_names() {
    let a = annotate(UNICODE_NEWS);
    assert_spans_valid(UNICODE_NEWS, &a);
    let people: Vec<&str> = a
        .entities
        .iter()
        .filter(|m| m.label == Label::Person)
        .map(|m| &UNICODE_NEWS[m.start..m.end])
        .collect();
    assert!(people.contains(&"Vladimir Putin"), "{people:?}");
    assert!(people.contains(&"Jared Kushner"), "{people:?}");
}

#[test]
fn unbalanced_quote_marks_are_diagnosed_not_fatal() {
    let text = "Peskov said: “We are ready.\nPutin said “no” to the plan.";
    let a = annotate(text);
    assert_spans_valid(text, &a);
    assert!(
        a.diagnostics.iter().any(|d| d.code == "unmatched-quote"),
        "{:?}",
        a.diagnostics
    );
    // The balanced quote after the unmatched mark is still found.
    assert!(
        a.quotes.iter().any(|q| &text[q.start..q.end] == "“no”"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn hostile_inputs_never_panic() {
    let cases: Vec<String> = vec![
        "“".repeat(10_000),
        "”“".repeat(5_000),
        "\"'«»„‚‘’‹›".repeat(2_000),
        "A. ".repeat(10_000),
        "U.S.".repeat(10_000),
        "Mr".repeat(10_000) + ".",
        "said ".repeat(10_000),
        "\u{301}".repeat(1_000),
        "😀".repeat(10_000),
        "Zelensky’s’s’s’".repeat(1_000),
        "$$$%%%".repeat(1_000) + "5",
        "\0\u{1}\u{7f}\u{feff}\u{200b}".repeat(1_000),
        (0..2000)
            .map(|i| char::from_u32(0x4e00 + i).unwrap())
            .collect(),
    ];
    for text in &cases {
        let a = annotate(text);
        assert_spans_valid(text, &a);
    }
}

/// The inputs that once panicked (issue 11), each the minimal one: a quote
/// followed by a speech verb at the very end of the text (the attribution
/// looked one token past the last), and a defined acronym whose long form
/// starts with a letter of two bytes (the initials were sliced at byte 1).
#[test]
fn inputs_that_once_panicked() {
    for text in [
        "“We are ready,” said",
        "\"No,\" said",
        "“Fine,” wrote",
        "“,”said",
        "The Électricité de France (EDF) said.",
        "Škoda Auto Group (SAG)",
        "Ōsaka Gas Company (OGC)",
        "Élei F(ED)",
        // an apposition cut off after a hyphen (a look past the last token)
        "Kelmore, the big-",
        "Ann Kell, in Columbus, Ohio,",
        "The mayor of",
        // a short name's check sliced from after "The" to before it
        "The New York Times said so. The Times agreed.",
    ] {
        let a = annotate(text);
        assert_spans_valid(text, &a);
    }
    // one word more, and the quote has its speaker
    let a = annotate("“We are ready,” said Ann");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ann"));
}

/// A 10 MB article (the seed repeated) is annotated, with valid spans and the
/// same findings in every copy: nothing is lost or cut short at scale.
#[test]
fn ten_megabytes_are_annotated_completely() {
    let seed = include_str!("fixtures/seed.txt");
    let copies = (10 << 20) / seed.len() + 1;
    let text = seed.repeat(copies);
    let one = annotate(seed);
    let all = annotate(&text);
    assert_spans_valid(&text, &all);
    assert_eq!(all.quotes.len(), one.quotes.len() * copies);
    let persons = |a: &newsmark::Annotations| {
        a.entities
            .iter()
            .filter(|m| m.label == Label::Person)
            .count()
    };
    assert_eq!(persons(&all), persons(&one) * copies);
}

/// Random texts drawn from the characters that matter to the stages (quote
/// marks, apostrophes, periods, capitals, digits, currency, emoji, combining
/// marks, newlines): no panic, and every span valid. Deterministic seed.
#[test]
fn random_texts_never_panic() {
    const ALPHABET: &[&str] = &[
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "—",
        "-",
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‚",
        "‹",
        "›",
        "``",
        "''",
        "(",
        ")",
        "$",
        "€",
        "%",
        "5",
        "1990",
        "3.5",
        "U.S.",
        "Mr.",
        "p.m.",
        "Putin",
        "Peskov",
        "said",
        "told",
        "according to",
        "that",
        "he",
        "she",
        "they",
        "the",
        "spokesman",
        "Kremlin",
        "President",
        "Moscow",
        "’s",
        "😀",
        "\u{301}",
        "東京",
        "a",
        "Z",
        "March",
        "Tuesday",
        "percent",
        "million",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..2_000 {
        let len = (next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        let a = annotate(&text);
        assert_spans_valid(&text, &a);
    }
}

/// One entity mentioned more than 65,535 times (counters once overflowed
/// there): every mention is kept and grouped under one id.
#[test]
fn an_entity_with_seventy_thousand_mentions() {
    let text = "Vladimir Putin, ".repeat(70_000);
    let a = annotate(&text);
    assert_spans_valid(&text, &a);
    assert_eq!(a.entities.len(), 70_000);
    let id = a.entities[0].id;
    assert!(a
        .entities
        .iter()
        .all(|m| m.id == id && m.label == Label::Person));
    assert_eq!(a.groups[id as usize].mentions, 70_000);
}
