//! The entity layer's rules, each tested on its own through the functions
//! that carry it out (the whole layer is tested in `tests/entities.rs`, and
//! every rule's examples in `tests/rules.rs`). The shims below give the
//! rules' functions the shape these tests were written for: spans as
//! `(start, end, label)`, every rule on.

use super::clean::clean;
use super::group::{better_name, initials, key_of};
use super::span::{Cx, Span};
use super::tagger::{self, Kind};
use super::*;
use crate::segment::segment;
use crate::types::Label;

type T = (usize, usize, Label);

fn cx<'d, 'a>(doc: &'d Document<'a>) -> Cx<'d, 'a> {
    Cx::new(doc, RuleSet::default())
}
fn spans(v: &[T]) -> Vec<Span> {
    v.iter()
        .map(|&(s, e, l)| Span::new(s, e, l, EntityRule::Tagger))
        .collect()
}
fn tuples(v: &[Span]) -> Vec<T> {
    v.iter().map(|x| (x.start, x.end, x.label)).collect()
}
fn clean_span(doc: &Document, s: tagger::Span) -> Option<T> {
    clean(&cx(doc), s).map(|x| (x.start, x.end, x.label))
}
fn headed_orgs(doc: &Document, names: &[T]) -> Vec<T> {
    tuples(&untagged::headed_orgs(&cx(doc), &spans(names)))
}
fn known_orgs(doc: &Document, orgs: &[(usize, usize)], names: &[T]) -> Vec<T> {
    tuples(&untagged::known_orgs(&cx(doc), orgs, &spans(names)))
}
fn untagged_heads(doc: &Document, names: &[T]) -> Vec<T> {
    tuples(&untagged::untagged_heads(&cx(doc), &spans(names)))
}
fn datelines(doc: &Document) -> Vec<T> {
    tuples(&untagged::datelines(&cx(doc)))
}
fn lone_heads(doc: &Document, names: &mut Vec<T>) {
    let mut s = spans(names);
    heads::lone_heads(&cx(doc), &mut s);
    *names = tuples(&s);
}
fn extend_to_heads(doc: &Document, names: &[T]) -> Vec<T> {
    tuples(&heads::extend_to_heads(&cx(doc), &spans(names)))
}
fn head_label(name: &str, label: Label) -> Option<Label> {
    let doc = segment("");
    heads::head_label(&cx(&doc), name, label).map(|(l, _)| l)
}
fn split_pairs(doc: &Document, names: Vec<T>) -> Vec<T> {
    tuples(&split::split_pairs(&cx(doc), spans(&names)))
}
fn split_trailing_people(doc: &Document, names: &[T]) -> Vec<T> {
    tuples(&split::split_trailing_people(&cx(doc), &spans(names)))
}
fn people_named_elsewhere(doc: &Document, names: Vec<T>) -> Vec<T> {
    tuples(&split::people_named_elsewhere(&cx(doc), spans(&names)))
}
fn orphan_people(doc: &Document, names: &mut Vec<T>, kinds: &[[f32; 4]]) {
    let mut s = spans(names);
    evidence::orphan_people(&cx(doc), &mut s, kinds);
    *names = tuples(&s);
}
fn group_of(doc: &Document, names: &[T]) -> EntityLayer {
    group::group(&cx(doc), &spans(names))
}
fn drop_common_openers(doc: &Document, names: &mut Vec<T>) {
    let mut s = spans(names);
    evidence::drop_common_openers(&cx(doc), &mut s);
    *names = tuples(&s);
}
fn places_after_prepositions(doc: &Document, names: &mut Vec<T>) {
    let mut s = spans(names);
    evidence::places_after_prepositions(&cx(doc), &mut s);
    *names = tuples(&s);
}

/// The first `w` in `text` as a name labelled `l`.
/// The label of the name starting at byte `at` once the recogniser has run
/// on the tagger's names `given`.
fn label_at(text: &str, given: &[(usize, usize, Label)], at: usize) -> Option<Label> {
    let a = crate::annotate_given(text, &crate::Options::default(), Some(given));
    a.entities.iter().find(|e| e.start == at).map(|e| e.label)
}

/// The words and label of the first name once the recogniser has run on
/// the tagger's names `given`.
fn first_entity<'a>(text: &'a str, given: &[(usize, usize, Label)]) -> (&'a str, Label) {
    let a = crate::annotate_given(text, &crate::Options::default(), Some(given));
    let e = &a.entities[0];
    (&text[e.start..e.end], e.label)
}

fn name_of(text: &str, w: &str, l: Label) -> (usize, usize, Label) {
    let s = text.find(w).unwrap();
    (s, s + w.len(), l)
}

/// What `names` say of `text`: each name's words and label.
fn shown<'a>(text: &'a str, names: &[(usize, usize, Label)]) -> Vec<(&'a str, Label)> {
    names.iter().map(|x| (&text[x.0..x.1], x.2)).collect()
}

/// Just the words of `names`.
fn words<'a>(text: &'a str, names: &[(usize, usize, Label)]) -> Vec<&'a str> {
    names.iter().map(|x| &text[x.0..x.1]).collect()
}

#[test]
fn canonical_names_prefer_fuller_then_not_capitals() {
    assert!(better_name("Vladimir Putin", "Putin"));
    assert!(!better_name("Putin", "Vladimir Putin"));
    assert!(better_name("Moscow", "MOSCOW"));
    assert!(!better_name("MOSCOW", "Moscow"));
    assert!(
        !better_name("Nato", "NATO"),
        "four capitals or fewer are an acronym, kept as written"
    );
}

#[test]
fn keys_unify_spellings() {
    assert_eq!(key_of("U.S."), key_of("United States"));
    assert_eq!(key_of("US"), key_of("U.S."));
    assert_ne!(key_of("Russia"), key_of("U.S."));
    assert_eq!(
        initials("North Atlantic Treaty Organization").as_deref(),
        Some("nato")
    );
}

#[test]
fn roles_match_heads() {
    assert!(role_matches("Kremlin spokesman", "spokesman"));
    assert!(role_matches("son-in-law", "son-in-law"));
    assert!(role_matches("head of Ukraine’s negotiating team", "head"));
    assert!(!role_matches("foreign policy adviser", "policy"));
}

#[test]
fn a_possessive_apposition_names_the_person_after_it_not_from_brackets() {
    let roles = |text: &str| {
        let doc = segment(text);
        let l = recognise(&doc);
        l.roles
            .iter()
            .map(|r| (r.role.clone(), l.groups[r.person as usize].name.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        roles("They met Mr Kell's lawyer, Ann Vell, on Monday."),
        [("lawyer".to_string(), "Ann Vell".to_string())]
    );
    let bracketed =
        roles("It was backed by Tom Birch (Kell's Secretary of State), Ann Vell and others.");
    assert!(bracketed.is_empty(), "{bracketed:?}");
}

#[test]
fn acronym_defined_in_text_joins_long_form() {
    let doc = segment("Officials from the International Monetary Fund (IMF) met on Monday. The IMF said it would act.");
    let l = recognise(&doc);
    let nato: Vec<&Mention> = l
        .mentions
        .iter()
        .filter(|m| {
            doc.text[m.start..m.end].contains("IMF") || doc.text[m.start..m.end].contains("Fund")
        })
        .collect();
    assert_eq!(nato.len(), 3, "{:?}", l.mentions);
    assert!(nato.iter().all(|m| m.id == nato[0].id));
    assert_eq!(
        l.groups[nato[0].id as usize].name,
        "International Monetary Fund"
    );
}

#[test]
fn a_place_tagged_as_a_person_is_a_place() {
    let doc = segment("He left Vladivostok and met Tyler in Tower Hamlets.");
    let v = doc.text.find("Vladivostok").unwrap();
    let i = doc.text.find("Tyler").unwrap();
    let h = doc.text.find("Tower Hamlets").unwrap();
    let l = group_of(
        &doc,
        &[
            (v, v + 11, Label::Person),
            (i, i + 5, Label::Person),
            (h, h + 13, Label::Person),
        ],
    );
    assert_eq!(l.mentions[0].label, Label::Loc);
    // "Tyler" is a given name too: left as tagged
    assert_eq!(l.mentions[1].label, Label::Person);
    // a borough (the lexicon's regions) is a place as a city is
    assert_eq!(l.mentions[2].label, Label::Loc);
}

#[test]
fn organisations_named_head_first_are_one_org() {
    let text = "The Church of England, the Massachusetts Institute of Technology and \
                the Council on American-Islamic Relations met the Council of Europe and NATO. \
                The Commission on Wednesday spoke.";
    let doc = segment(text);
    assert_eq!(
        words(text, &headed_orgs(&doc, &[])),
        [
            "Church of England",
            "Massachusetts Institute of Technology",
            "Council on American-Islamic Relations",
            "Council of Europe",
        ]
    );
    // a longer tagged name keeps its span
    let s = text.find("Massachusetts").unwrap();
    let longer = [(s - 4, s + 50, Label::Org)];
    assert!(!words(text, &headed_orgs(&doc, &longer))
        .contains(&"Massachusetts Institute of Technology"));
    let l = recognise(&doc);
    let m = l.mention_at(text.find("Church").unwrap()).unwrap();
    assert_eq!(
        (&text[m.start..m.end], m.label),
        ("Church of England", Label::Org)
    );
}

#[test]
fn a_lone_head_word_takes_the_capitals_before_it() {
    let text = "She joined the Home Office. The Museum opened. Smith Foundation staff came.";
    let doc = segment(text);
    let at = |w: &str| {
        let s = text.find(w).unwrap();
        (s, s + w.len(), Label::Misc)
    };
    let smith = text.find("Smith").unwrap();
    let mut names = vec![
        at("Office"),
        at("Museum"),
        (smith, smith + 5, Label::Person),
        at("Foundation"),
    ];
    lone_heads(&doc, &mut names);
    assert_eq!(
        words(text, &names),
        ["Home Office", "Museum", "Smith", "Foundation"]
    );
    let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
    assert_eq!(labels, [Label::Org, Label::Loc, Label::Person, Label::Org]);
}

#[test]
fn places_named_head_first_are_one_place() {
    let text = "Tankers left the Gulf of Mexico for the Museum of Modern Art.";
    let doc = segment(text);
    let found = headed_orgs(&doc, &[]);
    assert_eq!(
        words(text, &found),
        ["Gulf of Mexico", "Museum of Modern Art"]
    );
    assert!(found.iter().all(|x| x.2 == Label::Loc));
}

#[test]
fn a_person_glued_to_an_organisation_is_split_off() {
    let text = "NASA Administrator Carl Brandt met Best Products Co Chairman and Chief \
                Executive Daniel Levy and the San Francisco Giants.";
    let doc = segment(text);
    let found = split_trailing_people(
        &doc,
        &[
            name_of(text, "NASA Administrator Carl Brandt", Label::Org),
            name_of(
                text,
                "Best Products Co Chairman and Chief Executive Daniel Levy",
                Label::Org,
            ),
            name_of(text, "San Francisco Giants", Label::Org),
        ],
    );
    assert_eq!(
        shown(text, &found),
        [
            ("NASA", Label::Org),
            ("Carl Brandt", Label::Person),
            ("Best Products Co", Label::Org),
            ("Daniel Levy", Label::Person),
            // "Francisco" is a given name, but "San" no title or organisation
            ("San Francisco Giants", Label::Org),
        ]
    );
}

#[test]
fn a_given_name_read_apart_from_its_surname_and_a_member_after_a_place() {
    let text = "House Majority Leader Kevin McCarthy and the South Carolina Republican and \
                North African states and Ranking Democrat Dianne Feinstein.";
    let doc = segment(text);
    let at = |w: &str, l: Label| name_of(text, w, l);
    let found = split_trailing_people(
        &doc,
        &[
            at("House Majority Leader Kevin", Label::Org),
            at("McCarthy", Label::Person),
            at("South Carolina Republican", Label::Loc),
            at("North African", Label::Loc),
            at("Ranking Democrat Dianne Feinstein", Label::Org),
        ],
    );
    assert_eq!(
        shown(text, &found),
        [
            ("Kevin", Label::Person),
            ("McCarthy", Label::Person),
            ("South Carolina", Label::Loc),
            ("Republican", Label::Norp),
            ("North African", Label::Loc),
            // a party's member before the name, with the title, comes off
            ("Dianne Feinstein", Label::Person),
        ]
    );
    let l = recognise(&doc);
    let m = l.mention_at(text.find("Kevin").unwrap()).unwrap();
    assert_eq!(&text[m.start..m.end], "Kevin McCarthy");
    // a surname the tagger left out joins the given name
    let found = split_trailing_people(&doc, &[at("House Majority Leader Kevin", Label::Org)]);
    assert_eq!(shown(text, &found), [("Kevin McCarthy", Label::Person)]);
}

#[test]
fn a_name_runs_on_to_its_head_word() {
    let text = "Johnson Space Center and Labour Party and Turkish Foreign Ministry and \
                U.S. Securities and Exchange Commission.";
    let doc = segment(text);
    let at = |w: &str, l: Label| name_of(text, w, l);
    let found = extend_to_heads(
        &doc,
        &[
            at("Johnson", Label::Person),
            at("Labour", Label::Person),
            at("Turkish", Label::Norp),
            at("Foreign Ministry", Label::Org),
            at("U.S.", Label::Loc),
            at("Securities and Exchange Commission", Label::Org),
        ],
    );
    assert_eq!(
        words(text, &found),
        [
            "Johnson Space Center",
            "Labour Party",
            "Turkish",
            "Foreign Ministry",
            "U.S. Securities and Exchange Commission",
        ]
    );
    let l = recognise(&doc);
    let m = l.mention_at(0).unwrap();
    assert_eq!((m.end, m.label), ("Johnson Space Center".len(), Label::Loc));
}

#[test]
fn names_of_no_person_words_take_the_next_best_kind() {
    let text = "Crisis Crew met Johan de Kock and Nairobi Quexel editors and Quexel Zorbatz.";
    let doc = segment(text);
    let at = |w: &str| name_of(text, w, Label::Person);
    let mut names = vec![
        at("Crisis Crew"),
        at("Johan de Kock"),
        at("Nairobi Quexel"),
        at("Quexel Zorbatz"),
    ];
    orphan_people(&doc, &mut names, &[[-3000.0, -3100.0, -3500.0, -3400.0]; 4]);
    let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
    // a given name, or no common word or place: still a person
    assert_eq!(
        labels,
        [Label::Org, Label::Person, Label::Org, Label::Person]
    );
}

#[test]
fn common_words_opening_sentences_are_no_names() {
    let text = "Copper is scarce. Miners dig copper in hills. Moscow agreed. Zorbatz left.";
    let doc = segment(text);
    let at = |w: &str| name_of(text, w, Label::Person);
    let mut names = vec![at("Copper"), at("Moscow"), at("Zorbatz")];
    drop_common_openers(&doc, &mut names);
    // in lower case elsewhere: dropped; a known place, or never in lower case: kept
    assert_eq!(words(text, &names), ["Moscow", "Zorbatz"]);
}

#[test]
fn titles_and_honorifics_make_people() {
    let text = "The revolution of Senator Bernie Sanders or Mr. Zorbatz won.";
    let doc = segment(text);
    let at = |w: &str| doc.token_at(text.find(w).unwrap());
    let span = |a: &str, b: &str, kind| tagger::Span {
        start: at(a),
        end: at(b) + 1,
        kind,
    };
    let x = clean_span(&doc, span("Senator", "Sanders", Kind::Org)).unwrap();
    assert_eq!((&text[x.0..x.1], x.2), ("Bernie Sanders", Label::Person));
    let x = clean_span(&doc, span("Zorbatz", "Zorbatz", Kind::Org)).unwrap();
    assert_eq!((&text[x.0..x.1], x.2), ("Zorbatz", Label::Person));
    // nor in a word in lower case
    let doc6 = segment("The Central bank acted.");
    let x = clean_span(
        &doc6,
        tagger::Span {
            start: 1,
            end: 3,
            kind: Kind::Org,
        },
    )
    .unwrap();
    assert_eq!(&doc6.text[x.0..x.1], "Central");
    // no name ends in a small joining word
    let doc2 = segment("a tool of the State Department of old");
    let at2 = |w: &str| doc2.token_at(doc2.text.find(w).unwrap());
    let x = clean_span(
        &doc2,
        tagger::Span {
            start: at2("State"),
            end: at2("of old") + 1,
            kind: Kind::Org,
        },
    )
    .unwrap();
    assert_eq!(&doc2.text[x.0..x.1], "State Department");
    // a well-known figure's surname alone is a person, whatever the tagger said
    let doc3 = segment("The Biden administration sued.");
    let b = doc3.token_at(4);
    let x = clean_span(
        &doc3,
        tagger::Span {
            start: b,
            end: b + 1,
            kind: Kind::Misc,
        },
    )
    .unwrap();
    assert_eq!(x.2, Label::Person);
    // a title read apart from the name is no organisation
    assert_eq!(
        clean_span(&doc, span("Senator", "Senator", Kind::Org)),
        None
    );
    // nor a person when a name follows it, but a person may be called "King"
    assert_eq!(
        clean_span(&doc, span("Senator", "Senator", Kind::Per)),
        None
    );
    let text = "The talk by King ended.";
    let doc = segment(text);
    let k = doc.token_at(text.find("King").unwrap());
    let x = clean_span(
        &doc,
        tagger::Span {
            start: k,
            end: k + 1,
            kind: Kind::Per,
        },
    )
    .unwrap();
    assert_eq!((&text[x.0..x.1], x.2), ("King", Label::Person));
}

#[test]
fn overlapping_names_are_merged_without_panic() {
    // the tagger's spans overlap here ("DOJ, AG" and "AG Lynch")
    for text in [
        "He sued Obama’s DOJ, AG Lynch, and others.",
        "Ana van der Sar met Luis de la Cruz and Cesare dal Maso.",
    ] {
        let doc = segment(text);
        let l = recognise(&doc);
        assert!(
            l.mentions.windows(2).all(|w| w[0].end <= w[1].start),
            "{text}"
        );
    }
    let doc = segment("EU official Nikolaus van der Pas said.");
    let l = recognise(&doc);
    let m = l.mention_at(doc.text.find("Nikolaus").unwrap()).unwrap();
    assert_eq!(
        (&doc.text[m.start..m.end], m.label),
        ("Nikolaus van der Pas", Label::Person)
    );
}

#[test]
fn a_given_name_with_an_inner_capital_joins_the_person_after_it() {
    let doc = segment("Fans saw LeBron James and McLaren Racing.");
    let l = recognise(&doc);
    let m = l.mention_at(doc.text.find("LeBron").unwrap()).unwrap();
    assert_eq!(
        (&doc.text[m.start..m.end], m.label),
        ("LeBron James", Label::Person)
    );
}

#[test]
fn datelines_end_in_any_dash() {
    for dash in ["—", "―", "–", "-"] {
        let text = format!("QUEXELBURG {dash} Lawmakers in the capital voted on a bill late.");
        let doc = segment(&text);
        assert_eq!(
            shown(&text, &datelines(&doc)),
            [("QUEXELBURG", Label::Loc)],
            "{dash}"
        );
    }
}

#[test]
fn untagged_names_ending_in_a_head_word_are_found() {
    let text = "Officers of the Dayton Police Department met at the Riverside Art Museum \
                with Zorbatz Council staff. The Council met.";
    let doc = segment(text);
    let z = name_of(text, "Zorbatz", Label::Person);
    let found = untagged_heads(&doc, &[z]);
    // a tagged name inside: left to the tagger; an opener is no part of a name
    assert_eq!(
        shown(text, &found),
        [
            ("Dayton Police Department", Label::Org),
            ("Riverside Art Museum", Label::Loc),
        ]
    );
}

#[test]
fn two_known_names_joined_by_and_are_two() {
    let text = "Reuters and Bloomberg saw Bosnia and Herzegovina and Zorbatz and Quexel.";
    let doc = segment(text);
    let at = |w: &str| name_of(text, w, Label::Org);
    let names = vec![
        at("Reuters and Bloomberg"),
        at("Bosnia and Herzegovina"),
        at("Zorbatz and Quexel"),
    ];
    assert_eq!(
        shown(text, &split_pairs(&doc, names)),
        [
            ("Reuters", Label::Org),
            ("Bloomberg", Label::Org),
            // one known name; unknown names: left as they are
            ("Bosnia and Herzegovina", Label::Org),
            ("Zorbatz and Quexel", Label::Org),
        ]
    );
}

#[test]
fn people_named_elsewhere_come_off_organisations() {
    let text = "The Civic Studies Institute Marta Ruvelo spoke. Later Ruvelo left \
                Metro Transit Ruvelo and Vanta Motors SA. SA said so. The envoy to \
                the United States Olaf Brenn met Brenn.";
    let doc = segment(text);
    // the `n`th `w` in the text
    let nth = |w: &str, n: usize, l| {
        let s = text.match_indices(w).nth(n).unwrap().0;
        (s, s + w.len(), l)
    };
    let names = vec![
        nth("Civic Studies Institute Marta Ruvelo", 0, Label::Org),
        nth("Ruvelo", 1, Label::Person),
        nth("Metro Transit Ruvelo", 0, Label::Org),
        nth("Vanta Motors SA", 0, Label::Org),
        nth("SA", 1, Label::Person),
        nth("United States Olaf Brenn", 0, Label::Loc),
        nth("Brenn", 1, Label::Person),
    ];
    assert_eq!(
        shown(text, &people_named_elsewhere(&doc, names)),
        [
            ("Civic Studies Institute", Label::Org),
            ("Marta Ruvelo", Label::Person),
            ("Ruvelo", Label::Person),
            ("Metro Transit", Label::Org),
            ("Ruvelo", Label::Person),
            // capitals are no surname
            ("Vanta Motors SA", Label::Org),
            ("SA", Label::Person),
            // what comes before the given name is a known place
            ("United States", Label::Loc),
            ("Olaf Brenn", Label::Person),
            ("Brenn", Label::Person),
        ]
    );
}

#[test]
fn hyphenated_given_names_stay_whole() {
    let text = "Kim Jong-un met Park Min-jun of KTU and U.S.-backed Lee Hyun-woo.";
    let doc = segment(text);
    let at = |w: &str| doc.token_at(text.find(w).unwrap());
    let span = |a: &str, b: &str, kind| tagger::Span {
        start: at(a),
        end: at(b) + 1,
        kind,
    };
    let name = |a, b, kind| {
        let x = clean_span(&doc, span(a, b, kind)).unwrap();
        (&text[x.0..x.1], x.2)
    };
    // the tagger stopped at the hyphen, or went on: the syllable belongs
    assert_eq!(
        name("Kim", "Jong", Kind::Per),
        ("Kim Jong-un", Label::Person)
    );
    assert_eq!(
        name("Lee", "woo", Kind::Per),
        ("Lee Hyun-woo", Label::Person)
    );
    // a legal form alone is no name, but a web address before it is one
    let doc4 = segment("Amazon.com Inc. rose. Shares of Inc. fell.");
    let inc = |n: usize| {
        let k = doc4.token_at(doc4.text.match_indices("Inc.").nth(n).unwrap().0);
        clean_span(
            &doc4,
            tagger::Span {
                start: k,
                end: k + 1,
                kind: Kind::Per,
            },
        )
    };
    let x = inc(0).unwrap();
    assert_eq!((&doc4.text[x.0..x.1], x.2), ("Amazon.com Inc.", Label::Org));
    assert_eq!(inc(1), None);
    // a storm
    let doc5 = segment("Hurricane Ian hit.");
    let x = clean_span(
        &doc5,
        tagger::Span {
            start: 0,
            end: 2,
            kind: Kind::Per,
        },
    )
    .unwrap();
    assert_eq!((&doc5.text[x.0..x.1], x.2), ("Hurricane Ian", Label::Misc));
    // a state after a party's letter
    let doc3 = segment("Rep. Ann Lee (D-N.Y.) spoke.");
    let n = doc3.token_at(doc3.text.find("N.Y.").unwrap());
    let x = clean_span(
        &doc3,
        tagger::Span {
            start: n,
            end: n + 1,
            kind: Kind::Per,
        },
    )
    .unwrap();
    assert_eq!((&doc3.text[x.0..x.1], x.2), ("N.Y.", Label::Loc));
    // a place's name does not end in a title
    let doc2 = segment("Los Angeles Sheriff Alex Villanueva spoke.");
    let x = clean_span(
        &doc2,
        tagger::Span {
            start: 0,
            end: 3,
            kind: Kind::Loc,
        },
    )
    .unwrap();
    assert_eq!(&doc2.text[x.0..x.1], "Los Angeles");
    // "of" ends a person's name
    assert_eq!(
        name("Park", "KTU", Kind::Per),
        ("Park Min-jun", Label::Person)
    );
    // a place before a hyphen and a word stays cut
    assert_eq!(name("U.S.", "backed", Kind::Loc), ("U.S.", Label::Loc));
}

#[test]
fn well_known_organisations_are_orgs() {
    let doc = segment("He posted the photo on Twitter and Google Maps, and ate an apple pie.");
    let t = doc.text.find("Twitter").unwrap();
    let g = doc.text.find("Google").unwrap();
    // "Google" inside a longer tagged name is left to it
    let orgs = tagger::tag_scored(&doc).orgs;
    let found = known_orgs(&doc, &orgs, &[(g, g + 11, Label::Misc)]);
    assert_eq!(found, [(t, t + 7, Label::Org)]);
    let found = known_orgs(&doc, &orgs, &[]);
    assert_eq!(found, [(t, t + 7, Label::Org), (g, g + 6, Label::Org)]);
    let l = recognise(&doc);
    let m = l.mention_at(t).unwrap();
    assert_eq!((m.start, m.label), (t, Label::Org));
}

#[test]
fn known_organisations_are_matched_across_hyphens_and_ampersands() {
    // a glued hyphen and an ampersand join a listed name's words; a spaced
    // hyphen (a dash) does not
    let doc = segment("Rolls-Royce and Marks & Spencer rose, Rolls - Royce fell.");
    let words =
        |&(a, b): &(usize, usize)| doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string();
    let orgs: Vec<String> = tagger::tag_scored(&doc).orgs.iter().map(words).collect();
    assert_eq!(orgs, ["Rolls-Royce", "Marks & Spencer"]);
}

#[test]
fn glued_sentence_openers_and_captions_are_cut() {
    let doc = segment(
        "Tourists flying to the U.S. The President acted. Student Maria Lopez Image: Reuters. \
         Party chair Jane Okafor In the hall",
    );
    let at = |w: &str| doc.token_at(doc.text.find(w).unwrap());
    let span = |a: &str, b: &str, kind| tagger::Span {
        start: at(a),
        end: at(b) + 1,
        kind,
    };
    let x = clean_span(&doc, span("U.S.", "President", Kind::Loc)).unwrap();
    assert_eq!(&doc.text[x.0..x.1], "U.S.");
    let x = clean_span(&doc, span("Maria", "Image", Kind::Per)).unwrap();
    assert_eq!(&doc.text[x.0..x.1], "Maria Lopez");
    // a sentence opener glued as the last word
    let x = clean_span(&doc, span("Jane", "In", Kind::Per)).unwrap();
    assert_eq!(&doc.text[x.0..x.1], "Jane Okafor");
    // a name's last word may be one: "Group A"
    let doc = segment("They play in Group A tomorrow.");
    let g = doc.token_at(doc.text.find("Group").unwrap());
    let x = clean_span(
        &doc,
        tagger::Span {
            start: g,
            end: g + 2,
            kind: Kind::Misc,
        },
    )
    .unwrap();
    assert_eq!(&doc.text[x.0..x.1], "Group A");
}

#[test]
fn lone_unknown_people_take_the_next_best_kind() {
    let doc = segment("Anna Berg left Olivetti. Berg and Zorbatz met Smith.");
    let at = |w: &str, n: usize| {
        let s = doc.text.match_indices(w).nth(n).unwrap().0;
        (s, s + w.len(), Label::Person)
    };
    let mut names = vec![
        at("Anna Berg", 0),
        at("Olivetti", 0),
        at("Berg", 1),
        at("Zorbatz", 0),
        at("Smith", 0),
    ];
    let close = [-3000.0, -3100.0, -3500.0, -3400.0];
    let far = [-3000.0, -4000.0, -4100.0, -3900.0];
    orphan_people(&doc, &mut names, &[close, close, close, far, close]);
    let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
    // part of a full name, a known surname, or far behind: left alone
    let doc2 = segment("Zorbatz said no. Mr. Zorbatz left Quexel. Putin spoke.");
    let at2 = |w: &str, n: usize| {
        let s = doc2.text.match_indices(w).nth(n).unwrap().0;
        (s, s + w.len(), Label::Person)
    };
    let mut names2 = vec![
        at2("Zorbatz", 0),
        at2("Zorbatz", 1),
        at2("Quexel", 0),
        at2("Putin", 0),
    ];
    orphan_people(&doc2, &mut names2, &[close; 4]);
    let labels2: Vec<Label> = names2.iter().map(|x| x.2).collect();
    // "X said", "Mr. X" and well-known figures stay people
    assert_eq!(
        labels2,
        [Label::Person, Label::Person, Label::Org, Label::Person]
    );
    assert_eq!(
        labels,
        [
            Label::Person,
            Label::Org,
            Label::Person,
            Label::Person,
            Label::Person
        ]
    );
}

#[test]
fn head_words_decide_the_kind() {
    assert_eq!(
        head_label("World Health Organisation", Label::Misc),
        Some(Label::Org)
    );
    assert_eq!(head_label("Labour Party", Label::Person), Some(Label::Org));
    assert_eq!(head_label("Wembley Stadium", Label::Misc), Some(Label::Loc));
    // a building is a place even when tagged as an organisation
    assert_eq!(head_label("Union Station", Label::Org), Some(Label::Loc));
    assert_eq!(head_label("Union Station", Label::Loc), None);
    assert_eq!(
        head_label("Tampa Convention Center", Label::Org),
        Some(Label::Loc)
    );
    assert_eq!(head_label("Tax Policy Center", Label::Org), None);
    // a newspaper: a place or a day before its last word
    assert_eq!(head_label("Denver Sun", Label::Person), Some(Label::Org));
    assert_eq!(head_label("Sunday Times", Label::Loc), Some(Label::Org));
    assert_eq!(head_label("Jim Courier", Label::Person), None);
    assert_eq!(head_label("Clean Air Act", Label::Org), Some(Label::Misc));
    assert_eq!(
        head_label("Royal Free Hospital", Label::Person),
        Some(Label::Loc)
    );
    // a known place and a plural: a team; places with plural names stay places
    assert_eq!(head_label("Boston Celtics", Label::Loc), Some(Label::Org));
    assert_eq!(head_label("Leeds United", Label::Loc), Some(Label::Org));
    assert_eq!(head_label("Niagara Falls", Label::Loc), None);
    assert_eq!(head_label("United States", Label::Loc), None);
    // "City" and "Town" only after a town known as a club's name
    assert_eq!(head_label("Leicester City", Label::Loc), Some(Label::Org));
    assert_eq!(head_label("Gaza City", Label::Loc), None);
    // an organisation tagged so stays one; one word is no evidence
    assert_eq!(head_label("Pew Research Center", Label::Org), None);
    assert_eq!(head_label("Party", Label::Person), None);
    assert_eq!(head_label("John Smith", Label::Person), None);
}

#[test]
fn a_lone_name_read_both_ways_takes_the_other_reading() {
    let doc =
        segment("Zorbatz grew. Police in Zorbatz said Zorbatz was calm. Anna Smith met Smith.");
    let z: Vec<usize> = doc.text.match_indices("Zorbatz").map(|m| m.0).collect();
    let s: Vec<usize> = doc.text.match_indices("Smith").map(|m| m.0).collect();
    let a = doc.text.find("Anna").unwrap();
    let l = group_of(
        &doc,
        &[
            (z[0], z[0] + 7, Label::Person),
            (z[1], z[1] + 7, Label::Loc),
            (z[2], z[2] + 7, Label::Loc),
            (a, s[0] + 5, Label::Person),
            (s[1], s[1] + 5, Label::Loc),
        ],
    );
    let labels: Vec<Label> = l.mentions.iter().map(|m| m.label).collect();
    // "Smith" is Anna Smith's surname: a person
    assert_eq!(
        labels,
        [
            Label::Loc,
            Label::Loc,
            Label::Loc,
            Label::Person,
            Label::Person
        ]
    );
}

#[test]
fn empty_text_has_no_entities() {
    let l = recognise(&segment(""));
    assert!(l.mentions.is_empty() && l.groups.is_empty() && l.roles.is_empty());
    assert!(l.mention_at(0).is_none());
}

#[test]
fn for_from_of_and_to_place_a_name_only_outside_sports_copy() {
    for (text, label) in [
        ("Heavy rain is forecast for Somerset tonight.", Label::Loc),
        ("She is a native of Somerset.", Label::Loc),
        ("He made his debut for Somerset in May.", Label::Org),
        ("The striker signed from Somerset in June.", Label::Org),
    ] {
        let doc = segment(text);
        let mut names = vec![name_of(text, "Somerset", Label::Org)];
        places_after_prepositions(&doc, &mut names);
        assert_eq!(shown(text, &names), [("Somerset", label)], "{text}");
    }
    // a list so begun goes on over a comma on the same line, not a new one
    let text = "Warnings for Cornwall, Devon and Somerset.\nAt Headingley,\nLeeds.";
    let doc = segment(text);
    let mut names = vec![
        name_of(text, "Cornwall", Label::Misc),
        name_of(text, "Devon", Label::Person),
        name_of(text, "Somerset", Label::Org),
        name_of(text, "Headingley", Label::Loc),
        name_of(text, "Leeds", Label::Org),
    ];
    places_after_prepositions(&doc, &mut names);
    let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
    assert_eq!(
        labels,
        [Label::Loc, Label::Loc, Label::Loc, Label::Loc, Label::Org]
    );
}

#[test]
fn person_shaped_orgs_need_a_name_and_no_place_or_table() {
    let per = [[100.0, 0.0, 0.0, 0.0]];
    let org = [[0.0, 100.0, 0.0, 0.0]];
    let (p, o) = (Label::Person, Label::Org);
    for (text, name, kinds, label) in [
        ("Then Ann Kell beat them.", "Ann Kell", per, p),
        // the model scored an organisation higher
        ("Then Ann Kell beat them.", "Ann Kell", org, o),
        // a side in a table, a place's word, a title
        ("Ann Kell 3 Dundee 1", "Ann Kell", per, o),
        ("Rallies at Ann Park grew.", "Ann Park", per, o),
        ("Then Emperor Kell spoke.", "Emperor Kell", per, o),
        // three words opening a sentence need the given name first
        ("Forget Ann Kell now.", "Forget Ann Kell", per, o),
    ] {
        let doc = segment(text);
        let mut s = spans(&[name_of(text, name, o)]);
        evidence::person_shaped_orgs(&cx(&doc), &mut s, &kinds);
        assert_eq!(tuples(&s)[0].2, label, "{text}");
    }
}

#[test]
fn given_name_places_need_a_surname_and_no_known_place() {
    let (p, l) = (Label::Person, Label::Loc);
    for (text, name, label) in [
        ("Then Georgia Harrison spoke.", "Georgia Harrison", p),
        // the whole a known place; a place's last word; no surname (a
        // word known as nothing counts as one from four letters, no plural:
        // a_given_name_and_an_unknown_word_read_as_a_place_make_a_person_only_if_surname_shaped)
        ("Then Virginia Beach voted.", "Virginia Beach", l),
        ("Then Georgia Falls froze.", "Georgia Falls", l),
        ("Then Georgia Kel spoke.", "Georgia Kel", l),
        // after a preposition of place, unless a possessive follows
        ("Rallies at Georgia Harrison grew.", "Georgia Harrison", l),
        (
            "Rallies at Georgia Harrison's farm grew.",
            "Georgia Harrison",
            p,
        ),
    ] {
        let doc = segment(text);
        let mut s = spans(&[name_of(text, name, l)]);
        evidence::given_name_places(&cx(&doc), &mut s);
        assert_eq!(tuples(&s)[0].2, label, "{text}");
    }
}

#[test]
fn a_side_before_a_result_is_a_team_but_not_in_tennis() {
    for (text, teams) in [
        (
            "Ravenswood beat Kelmore 2-0 on Sunday.",
            vec![("Ravenswood", Label::Org), ("Kelmore", Label::Org)],
        ),
        // two set scores: the sides are players
        ("Tomas Brenner beat Ivo Kell 6-4 6-4 on Sunday.", vec![]),
    ] {
        let doc = segment(text);
        let found = tuples(&untagged::find(&cx(&doc), &[], &[]));
        assert_eq!(shown(text, &found), teams, "{text}");
    }
}

#[test]
fn its_after_a_verb_of_saying_is_the_nearest_names() {
    for (text, name, label) in [
        (
            "Kelmore said it would move its plant.",
            "Kelmore",
            Label::Org,
        ),
        // another name stands between: "its" is that one's
        (
            "Kelmore said Labour had lost its way.",
            "Kelmore",
            Label::Person,
        ),
        // so does another noun phrase
        (
            "Kelmore said the government had raised its taxes.",
            "Kelmore",
            Label::Person,
        ),
        // "…, the company said" calls the subject a company, but not one
        // read as a person, nor when an agency reports on the subject
        (
            "Kelmore will step down in May, the company said.",
            "Kelmore",
            Label::Person,
        ),
        // a person named after a role holds it: "its" is the company's
        (
            "Chief executive Jo Kelmore said sales of its phones grew.",
            "Jo Kelmore",
            Label::Person,
        ),
        (
            "Jo Kelmore said sales of its phones grew.",
            "Jo Kelmore",
            Label::Org,
        ),
        (
            "He served on General Jo Kelmore's staff.",
            "Jo Kelmore",
            Label::Person,
        ),
        // a chief is a company's when an executive or an officer
        ("Kelmore's chief executive quit.", "Kelmore", Label::Org),
        ("Kelmore's chief of staff quit.", "Kelmore", Label::Person),
    ] {
        let doc = segment(text);
        let names =
            evidence::company_context(&cx(&doc), spans(&[name_of(text, name, Label::Person)]));
        assert_eq!(shown(text, &tuples(&names)), [(name, label)], "{text}");
    }
    for (text, label) in [
        (
            "Kelmore will cut 900 jobs, the company said on Monday.",
            Label::Org,
        ),
        (
            "Kelmore will cut 900 jobs, the agency said on Monday.",
            Label::Loc,
        ),
        // a value put on it: "at" a sum, not any verb's object
        ("The deal values Kelmore at about $20bn.", Label::Org),
        ("The deal values Kelmore highly.", Label::Loc),
    ] {
        let doc = segment(text);
        let names =
            evidence::company_context(&cx(&doc), spans(&[name_of(text, "Kelmore", Label::Loc)]));
        assert_eq!(shown(text, &tuples(&names)), [("Kelmore", label)], "{text}");
    }
}

#[test]
fn a_saints_possessive_and_a_head_word_are_one_name() {
    for (text, found) in [
        (
            "Mass at St Mary's Church ended.",
            vec![("St Mary's Church", Label::Loc)],
        ),
        (
            "She taught at King's College.",
            vec![("King's College", Label::Org)],
        ),
        // a city named after a saint; a longer name
        ("It houses St. Petersburg's Institute of Art.", vec![]),
        ("Fans of Queen's Park Rangers sang.", vec![]),
    ] {
        let doc = segment(text);
        let spans = tuples(&untagged::saint_names(&cx(&doc)));
        assert_eq!(shown(text, &spans), found, "{text}");
    }
}

#[test]
fn nicknames_in_sports_copy_are_not_peoples_or_families() {
    // sports copy with no score: "the Toffees" is a side, "the Parisians"
    // and "the Murdochs" (Rupert Murdoch's family) are people
    let text = "Rupert Murdoch watched. Fans of the Toffees cheered the Parisians and the \
                Murdochs after the match. The coach said his players were ready for the season.";
    let doc = segment(text);
    let l = recognise(&doc);
    let label = |w: &str| l.mention_at(text.find(w).unwrap()).map(|m| m.label);
    assert_eq!(label("Toffees"), Some(Label::Org));
    assert_ne!(label("Parisians"), Some(Label::Org));
    assert_ne!(label("Murdochs"), Some(Label::Org));
}

/// Every mention `recognise` finds in `text`, as written, with its label.
fn names_in(text: &str) -> Vec<(&str, Label)> {
    let doc = segment(text);
    let l = recognise(&doc);
    l.mentions
        .iter()
        .map(|m| (&text[m.start..m.end], m.label))
        .collect()
}

#[test]
fn numbers_glued_to_other_words_name_no_team() {
    // "49ers" is a team's number; "40yrs" and a decade are not
    let text = "In the 90s she took the train to Sydney 40yrs ago, before the 49ers won.";
    let found = names_in(text);
    assert!(found.contains(&("49ers", Label::Org)), "{found:?}");
    let team_like =
        |w: &str, l: Label| l == Label::Org && (w.contains("90s") || w.contains("40yrs"));
    assert!(!found.iter().any(|&(w, l)| team_like(w, l)), "{found:?}");
}

#[test]
fn an_attorney_general_is_no_legal_form() {
    let text = "The governor sued the Justice Department, AG Lynch and her deputy on Monday.";
    let found = names_in(text);
    assert!(!found.iter().any(|(w, _)| w.contains(", AG")), "{found:?}");
    assert!(
        found.contains(&("Justice Department", Label::Org)),
        "{found:?}"
    );
}

#[test]
fn names_with_a_comma_in_them_stay_whole() {
    // one name with a comma in it, a legal form, a suffix
    for (text, name) in [
        (
            "The Bureau of Salt, Iron and Coal met.",
            "Bureau of Salt, Iron and Coal",
        ),
        ("Shares of Quorvex, Inc. rose.", "Quorvex, Inc."),
        (
            "The speech of Martin Luther King, Jr. was read.",
            "Martin Luther King, Jr.",
        ),
    ] {
        let doc = segment(text);
        let start = text.find(name).unwrap();
        let whole = spans(&[(start, start + name.len(), Label::Org)]);
        let out = tuples(&split::split_at_commas(&cx(&doc), whole));
        assert_eq!(out, [(start, start + name.len(), Label::Org)], "{text}");
    }
}

#[test]
fn a_list_of_counties_after_a_preposition_is_places_split_or_not() {
    // the tagger reads "Yorkshire, Lincolnshire" as one organisation (the
    // county cricket sides of its training text): split first, then placed
    let text = "Flooding hit parts of Yorkshire, Lincolnshire and Norfolk overnight.";
    assert_eq!(
        names_in(text),
        [
            ("Yorkshire", Label::Loc),
            ("Lincolnshire", Label::Loc),
            ("Norfolk", Label::Loc)
        ]
    );
}

#[test]
fn a_prefix_glued_to_a_hyphen_is_no_legal_form() {
    // "co-owner": "co" is no company's "Co"; "Acme Co-op" keeps its own name
    let names = names_in("Wrexham co-owner Ryan Reynolds celebrated on Saturday.");
    assert!(names.iter().all(|(w, _)| !w.ends_with("co")), "{names:?}");
    assert!(
        names.contains(&("Ryan Reynolds", Label::Person)),
        "{names:?}"
    );
}

#[test]
fn a_title_comes_off_an_organisation_whole_but_not_its_plural() {
    // "Secretary-Treasurer" is one title; "Workers" is the union's
    for text in [
        "“It was hard,” said Allied Steel Workers Secretary-Treasurer Dana Holt.",
        "“It was hard,” said Allied Steel Workers President Dana Holt.",
    ] {
        let names = names_in(text);
        assert!(
            names.contains(&("Allied Steel Workers", Label::Org)),
            "{names:?}"
        );
        assert!(names.contains(&("Dana Holt", Label::Person)), "{names:?}");
    }
}

#[test]
fn a_listed_surname_alone_is_a_person_but_not_a_month_numeral_or_longer_name() {
    let names = names_in("Haaland scored twice. Guardiola was pleased.");
    assert!(names.contains(&("Haaland", Label::Person)), "{names:?}");
    assert!(names.contains(&("Guardiola", Label::Person)), "{names:?}");
    for text in [
        "Prices rose in May, officials said.",
        "Man City XI: Ortega, Walker, Dias.",
        "Shares of Johnson & Johnson rose.",
    ] {
        let names = names_in(text);
        assert!(
            names
                .iter()
                .all(|&(w, l)| !(l == Label::Person && matches!(w, "May" | "XI" | "Johnson"))),
            "{text}: {names:?}"
        );
    }
}

#[test]
fn a_short_name_stands_for_its_organisation_only_where_it_can() {
    let (o, m) = (Label::Org, Label::Misc);
    for (text, tagged, found) in [
        (
            "Bristol City won. City, the champions, led.",
            vec![("Bristol City", o), ("City", m)],
            o,
        ),
        // a common word after no place; a place the tagger took for a firm
        (
            "The White House said no. The House voted.",
            vec![("White House", o), ("House", m)],
            m,
        ),
        (
            "Rallies in Sioux City ended, and City fans left.",
            vec![("Sioux City", o), ("City", m)],
            m,
        ),
        // a person glued on after a title; a name with a lower-case word
        (
            "Party Chairman Olan Verrick spoke. Verrick left.",
            vec![("Party Chairman Olan Verrick", o), ("Verrick", m)],
            m,
        ),
        (
            "The Society for Marrowby Vantrix met. Vantrix fans left.",
            vec![("Society for Marrowby Vantrix", o), ("Vantrix", m)],
            m,
        ),
        // a person's surname; before the full name
        (
            "Ann Vantrix met Marrowby Vantrix staff. Vantrix fans left.",
            vec![
                ("Ann Vantrix", Label::Person),
                ("Marrowby Vantrix", o),
                ("Vantrix", m),
            ],
            m,
        ),
        (
            "Vantrix fans left. Marrowby Vantrix grew.",
            vec![("Vantrix", m), ("Marrowby Vantrix", o)],
            m,
        ),
    ] {
        let doc = segment(text);
        let mut from = 0;
        let given: Vec<T> = tagged
            .iter()
            .map(|&(w, l)| {
                let s = from + text[from..].find(w).unwrap();
                from = s + w.len();
                (s, from, l)
            })
            .collect();
        let mut names = spans(&given);
        evidence::short_org_names(&cx(&doc), &mut names);
        // the one-word name: last, or first where it comes first
        let lone = if text.starts_with("Vantrix") {
            names.first()
        } else {
            names.last()
        };
        assert_eq!(lone.map(|x| x.label), Some(found), "{text}");
    }
}

#[test]
fn a_person_read_as_a_place_elsewhere_joins_that_place() {
    // the person reading is a slip: one entity "Kelby", a place, listed once
    let text = "Talks in Kelby ended. Kelby is quiet. Kelby said no. Ann Vell left.";
    let at = |n: usize| text.match_indices("Kelby").nth(n).unwrap().0;
    let given: Vec<T> = [(0, Label::Loc), (1, Label::Loc), (2, Label::Person)]
        .iter()
        .map(|&(n, l)| (at(n), at(n) + 5, l))
        .chain([(text.find("Ann").unwrap(), text.len() - 6, Label::Person)])
        .collect();
    let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
    let names: Vec<(&str, Label, u32)> = a
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.label, g.mentions))
        .collect();
    assert_eq!(
        names,
        [("Kelby", Label::Loc, 3), ("Ann Vell", Label::Person, 1)]
    );
    assert!(a.groups.iter().enumerate().all(|(i, g)| g.id as usize == i));
    assert!(a
        .entities
        .iter()
        .all(|m| a.groups[m.id as usize].label == m.label));
    assert_eq!(a.entities.iter().filter(|m| m.id == 0).count(), 3);
}

#[test]
fn a_newspapers_word_after_a_small_the_is_the_paper_only_when_it_speaks_or_is_told() {
    for (text, word, org) in [
        ("A source told the Sun that the deal was off.", "Sun", true),
        (
            "According to the Sun, the striker wants to leave.",
            "Sun",
            true,
        ),
        ("The probe orbits the Sun every 88 days.", "Sun", false),
        (
            "According to the Independent Journal, prices rose.",
            "Independent",
            false,
        ),
    ] {
        let found = names_in(text).contains(&(word, Label::Org));
        assert_eq!(found, org, "{text}: {:?}", names_in(text));
    }
}

#[test]
fn a_nationality_opens_a_competition_but_not_a_countrys_side_in_one() {
    for (text, nationality, rest, joined) in [
        (
            "Norris won the Dutch Grand Prix.",
            "Dutch",
            "Grand Prix",
            true,
        ),
        ("The Belgian Cup final was close.", "Belgian", "Cup", true),
        // a cup named after a person, and the World Cup: a country's side
        (
            "The Australian Davis Cup captain quit.",
            "Australian",
            "Davis Cup",
            false,
        ),
        (
            "The French World Cup squad flew home.",
            "French",
            "World Cup",
            false,
        ),
    ] {
        assert_opener(text, nationality, rest, Label::Misc, joined);
    }
}

/// `join_nationality_orgs` on a NORP `first` and a `rest` of kind `label`:
/// one name of that kind when `joined`, else both as they were.
fn assert_opener(text: &str, first: &str, rest: &str, label: Label, joined: bool) {
    let doc = segment(text);
    let names = spans(&[
        name_of(text, first, Label::Norp),
        name_of(text, rest, label),
    ]);
    let got = tuples(&heads::join_nationality_orgs(&cx(&doc), names));
    let whole = format!("{first} {rest}");
    let want = if joined {
        vec![(whole.as_str(), label)]
    } else {
        vec![(first, Label::Norp), (rest, label)]
    };
    assert_eq!(shown(text, &got), want, "{text}");
}

#[test]
fn a_party_word_opens_only_a_partys_name() {
    // "Socialist" before a newspaper is the paper's politics, not its name
    for (text, word, rest, joined) in [
        (
            "The Democratic Unionist Party met.",
            "Democratic",
            "Unionist Party",
            true,
        ),
        (
            "The Socialist Zeri i Popullit said so.",
            "Socialist",
            "Zeri i Popullit",
            false,
        ),
    ] {
        assert_opener(text, word, rest, Label::Org, joined);
    }
}

#[test]
fn a_spokesperson_for_one_unknown_word_or_a_company_noun_shows_an_organisation() {
    // a place's spokesman is its airport's; a full name is a person's
    // (and a company noun before a name shows a company too)
    for (text, name, label) in [
        ("A spokesman for Brenwick said so.", "Brenwick", Label::Org),
        (
            "A spokesman for Kelby airport said so.",
            "Kelby",
            Label::Loc,
        ),
        (
            "A spokesman for Ann Brenwick said so.",
            "Ann Brenwick",
            Label::Person,
        ),
        // a company's noun before a name not opening with a given name
        (
            "The law firm Kelby Brenwick said so.",
            "Kelby Brenwick",
            Label::Org,
        ),
        (
            "The manufacturer Ron Brenwick was elected.",
            "Ron Brenwick",
            Label::Person,
        ),
    ] {
        let at = text.find(name).unwrap();
        let tagged = if label == Label::Org {
            Label::Person
        } else {
            label
        };
        let given = [(at, at + name.len(), tagged)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got: Vec<(&str, Label)> = a
            .entities
            .iter()
            .map(|e| (&text[e.start..e.end], e.label))
            .collect();
        assert_eq!(got, [(name, label)], "{text}");
    }
}

#[test]
fn a_portfolio_and_a_title_are_no_organisation_unless_one_is_named() {
    // an organisation's word, a holder's name after it, or no
    // organisation read: kept
    for (text, name, label, kept) in [
        (
            "The Health Secretary said no.",
            "Health Secretary",
            Label::Org,
            false,
        ),
        (
            "The House Speaker said no.",
            "House Speaker",
            Label::Org,
            true,
        ),
        (
            "The Health Secretary Ann Kell said no.",
            "Health Secretary",
            Label::Org,
            true,
        ),
        ("The Iron Lady said no.", "Iron Lady", Label::Misc, true),
    ] {
        let at = text.find(name).unwrap();
        let given = [(at, at + name.len(), label)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let found = a.entities.iter().any(|e| e.start == at);
        assert_eq!(found, kept, "{text}");
    }
}

#[test]
fn a_name_runs_on_to_the_last_head_word_in_a_row_but_not_to_a_partys_members() {
    for (text, whole) in [
        (
            "The Kelmore Police Department said so.",
            "Kelmore Police Department",
        ),
        (
            "The Kelmore Committee Republicans met.",
            "Kelmore Committee",
        ),
    ] {
        let at = text.find("Kelmore").unwrap();
        let given = [(at, at + 7, Label::Org)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let e = &a.entities[0];
        assert_eq!(
            (&text[e.start..e.end], e.label),
            (whole, Label::Org),
            "{text}"
        );
    }
}

#[test]
fn only_an_instrument_codes_letters_are_dropped() {
    for (text, name, label, kept) in [
        ("Shares of Kelvane (KLV.N) rose.", "N", Label::Loc, false),
        ("Shares of Kelvane (KLV.N) rose.", "KLV", Label::Org, false),
        // a country after a name, with or without a full stop before
        ("Ann Kell (UK) won.", "UK", Label::Loc, true),
        ("He joined Acme Ltd. (UK) in May.", "UK", Label::Loc, true),
        // a code is in capitals and opens its brackets
        ("(Kelvane.AB) rose.", "Kelvane", Label::Org, true),
        ("(shares of Kelvane.AB) rose.", "Kelvane", Label::Org, true),
        ("(shares of ACME.AB) rose.", "ACME", Label::Org, true),
    ] {
        let at = text.find(name).unwrap();
        let given = [(at, at + name.len(), label)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let found = a.entities.iter().any(|e| e.start == at);
        assert_eq!(found, kept, "{text} {name}");
    }
}

#[test]
fn a_split_name_may_end_the_text() {
    // found by the fuzz harness (seed 2830493090): the surname look-up
    // after a split read one token past the end
    for text in [
        "LOS ANGEL\nSA",
        "According to RathBUN, A DETECTIVE,\u{201d} said FOR THe LOS ANGELES\n\nSA",
    ] {
        let a = crate::annotate(text);
        assert!(!a.entities.is_empty(), "{text:?}");
        for e in &a.entities {
            assert!(
                e.start < e.end && text.get(e.start..e.end).is_some(),
                "{text:?}"
            );
        }
    }
}

#[test]
fn a_country_is_a_surname_only_after_a_given_name() {
    // the tagger's slip "Golan Heights Israel" (a person) does not make
    // every "Israel" a person; "Steve Israel" does make a lone "Israel" his
    for (text, full, country) in [
        (
            "Golan Heights Israel spoke. Talks with Israel ended.",
            "Golan Heights Israel",
            Label::Loc,
        ),
        (
            "Steve Israel spoke. Talks with Israel ended.",
            "Steve Israel",
            Label::Person,
        ),
    ] {
        let lone = text.rfind("Israel").unwrap();
        let given: Vec<T> = vec![
            (0, full.len(), Label::Person),
            (lone, lone + "Israel".len(), Label::Loc),
        ];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a.entities.iter().find(|m| m.start == lone).map(|m| m.label);
        assert_eq!(got, Some(country), "{text}");
    }
}

#[test]
fn a_plural_people_read_as_a_place_stays_a_place() {
    // "Latinos" read as people is a group by its singular; "the Balkans"
    // read as a place keeps its reading ("Balkan" is a group's word too)
    for (text, word, given, want) in [
        (
            "Clinton leads among Latinos.",
            "Latinos",
            Label::Person,
            Label::Norp,
        ),
        (
            "Refugees in the Balkans waited.",
            "Balkans",
            Label::Loc,
            Label::Loc,
        ),
    ] {
        let s = text.find(word).unwrap();
        let got = label_at(text, &[(s, s + word.len(), given)], s);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn a_known_organisation_and_another_name_split_except_in_a_list_or_before_a_title() {
    // (the tagger's name given; "Pfizer" and "Labour" are known organisations)
    for (text, name, split) in [
        (
            "Shares of Pfizer and Halvern Bio rose.",
            "Pfizer and Halvern Bio",
            true,
        ),
        (
            "Apple, Pfizer and Halvern Bio rose.",
            "Pfizer and Halvern Bio",
            true,
        ),
        (
            "Stocks such as Halvern, Zeta and Pfizer rose.",
            "Halvern, Zeta and Pfizer",
            false,
        ),
        (
            "The Labour and Social Welfare Minister spoke.",
            "Labour and Social Welfare",
            false,
        ),
        (
            "Shares of Halvern and Zeta Bio rose.",
            "Halvern and Zeta Bio",
            false,
        ),
    ] {
        let s = text.find(name).unwrap();
        let a = crate::annotate_given(
            text,
            &crate::Options::default(),
            Some(&[(s, s + name.len(), Label::Org)]),
        );
        let whole = a
            .entities
            .iter()
            .any(|m| m.start == s && m.end == s + name.len());
        assert_eq!(whole, !split, "{text}");
    }
}

#[test]
fn a_place_before_a_public_office_is_the_place() {
    // "Texas" before a public office is the place; "Liverpool" before a
    // club's office the club; "Toyota", a city too, is the carmaker all the
    // same (known-org)
    for (text, name, want) in [
        (
            "Toyota Chairman Akio Toyoda spoke.",
            "Toyota Chairman",
            Label::Org,
        ),
        (
            "Texas Attorney General Mara Lindqvist spoke.",
            "Texas Attorney General",
            Label::Loc,
        ),
        (
            "Liverpool Captain Mara Lindqvist spoke.",
            "Liverpool Captain",
            Label::Org,
        ),
    ] {
        let holder = name.len() + 1;
        let a = crate::annotate_given(
            text,
            &crate::Options::default(),
            Some(&[
                (0, name.len(), Label::Org),
                (holder, text.len() - 7, Label::Person),
            ]),
        );
        let first = name.split(' ').next().unwrap();
        let got = a
            .entities
            .iter()
            .find(|m| m.start == 0 && m.end == first.len());
        assert_eq!(got.map(|m| m.label), Some(want), "{text}");
    }
}

#[test]
fn no_name_after_miss_or_an_honorific_in_capitals() {
    // (the tagger found nothing: honorific-name alone would read a person)
    for (text, word) in [
        ("She was crowned Miss Venstra in 1991.", "Venstra"),
        ("Fans will see LADY QUELLBROOK tonight.", "QUELLBROOK"),
    ] {
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&[]));
        let s = text.find(word).unwrap();
        assert!(
            !a.entities.iter().any(|m| m.start == s),
            "{text}: {:?}",
            a.entities
        );
    }
    let a = crate::annotate_given(
        "Fans will see Lady Quellbrook tonight.",
        &crate::Options::default(),
        Some(&[]),
    );
    assert!(
        a.entities.iter().any(|m| m.label == Label::Person),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_country_in_a_result_stays_a_place_a_city_is_a_club() {
    for (text, want) in [
        ("Italy beat Rovers 2-1 on Saturday.", Label::Loc),
        ("Leicester beat Rovers 2-1 on Saturday.", Label::Org),
    ] {
        let side = text.find(' ').unwrap();
        let r = text.find("Rovers").unwrap();
        let given = [(0, side, Label::Loc), (r, r + 6, Label::Org)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a.entities.iter().find(|m| m.start == 0).map(|m| m.label);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn a_plural_verb_makes_a_team_only_after_a_name_opening_its_sentence() {
    for (text, name, want) in [
        ("Kelmore are sixth in the table.", "Kelmore", Label::Org),
        (
            "Clinton and President Varga have spoken.",
            "Varga",
            Label::Person,
        ),
        (
            "Her years as a Varga have shaped her.",
            "Varga",
            Label::Person,
        ),
    ] {
        let s = text.find(name).unwrap();
        let given = [(s, s + name.len(), Label::Person)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a.entities.iter().find(|m| m.start == s).map(|m| m.label);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn a_title_and_given_name_take_only_a_free_surname_shaped_word() {
    // (the name given to the tagger, then the person's name found, if any)
    for (text, read, want) in [
        (
            "Reverend Jane Kellaway spoke.",
            "Reverend Jane",
            Some("Jane Kellaway"),
        ),
        // an initial or a pronoun is no surname
        ("President Carter I think was right.", "Carter", None),
        // a word in another name is that name's
        ("Reverend Jane Kellaway spoke.", "Reverend Jane", None),
        // a common word or a known place is no surname
        ("Reverend Jane Today spoke.", "Reverend Jane", None),
        ("Reverend Jane Oslo spoke.", "Reverend Jane", None),
    ] {
        let s = text.find(read).unwrap();
        let mut given = vec![(s, s + read.len(), Label::Org)];
        if want.is_none() && text.contains("Kellaway") {
            let k = text.find("Kellaway").unwrap();
            given.push((k, k + 8, Label::Loc));
        }
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a
            .entities
            .iter()
            .find(|m| m.label == Label::Person && text[m.start..m.end].contains(' '))
            .map(|m| &text[m.start..m.end]);
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_companys_first_word_is_the_company_only_when_nothing_else_claims_it() {
    // (text, the names given to the tagger, the mention looked at (its
    // n-th occurrence), its label afterwards)
    type Case<'a> = (
        &'a str,
        &'a [(&'a str, usize, Label)],
        (&'a str, usize),
        Option<Label>,
    );
    let cases: [Case; 5] = [
        (
            "Halvorsen Holdings Plc fell. Halvorsen said no.",
            &[("Halvorsen Holdings Plc", 0, Label::Org)],
            ("Halvorsen", 1),
            Some(Label::Org),
        ),
        // a person of the text has it for surname (group-surname)
        (
            "Adani Group grew. Gautam Adani spoke. Adani said no.",
            &[
                ("Adani Group", 0, Label::Org),
                ("Gautam Adani", 0, Label::Person),
                ("Adani", 2, Label::Person),
            ],
            ("Adani", 2),
            Some(Label::Person),
        ),
        // a common word names no company alone
        (
            "General Motors grew. General Kell said no.",
            &[
                ("General Motors", 0, Label::Org),
                ("Kell", 0, Label::Person),
            ],
            ("General", 1),
            None,
        ),
        // a word passed over before the full name is left
        (
            "Veltrix grew. Veltrix Labs said so.",
            &[("Veltrix Labs", 0, Label::Org)],
            ("Veltrix", 0),
            None,
        ),
        // ... but a name read before it is the company
        (
            "Veltrix grew. Veltrix Labs said so.",
            &[
                ("Veltrix", 0, Label::Person),
                ("Veltrix Labs", 0, Label::Org),
            ],
            ("Veltrix", 0),
            Some(Label::Org),
        ),
    ];
    for (text, names, (word, nth), want) in cases {
        let at = |w: &str, n: usize| text.match_indices(w).nth(n).unwrap().0;
        let given: Vec<T> = names
            .iter()
            .map(|&(w, n, l)| (at(w, n), at(w, n) + w.len(), l))
            .collect();
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let s = at(word, nth);
        let got = a
            .entities
            .iter()
            .find(|m| m.start == s && m.end == s + word.len())
            .map(|m| m.label);
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn the_sun_opening_a_sentence_is_the_paper_only_beside_another_paper() {
    for (text, paper) in [
        ("The Sun and the Kelmore Post ran it.", true),
        ("The Sun and the Moon were visible.", false),
        // a paper's own name is no list
        ("The Globe and Mail ran it.", false),
    ] {
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&[]));
        let got = a
            .entities
            .iter()
            .any(|m| &text[m.start..m.end] == "The Sun" && m.label == Label::Org);
        let globe = a
            .entities
            .iter()
            .any(|m| &text[m.start..m.end] == "The Globe" && m.label == Label::Org);
        assert_eq!(got || globe, paper, "{text}");
    }
}

#[test]
fn a_name_runs_on_over_and_only_to_an_unknown_organisations_head() {
    // (text, the two names given to the tagger, one name found after)
    for (text, first, second, one) in [
        (
            "The Kelmore Fire and Rescue Service came.",
            "Kelmore Fire",
            "Rescue Service",
            true,
        ),
        // a known organisation after "and" is its own
        (
            "At the British Library and Columbia University.",
            "British Library",
            "Columbia University",
            false,
        ),
        // a place after "and"
        (
            "The Kelmore Fire and Oslo Rescue Service came.",
            "Kelmore Fire",
            "Oslo Rescue Service",
            false,
        ),
        // a one-word organisation before it
        (
            "At the Fire and Rescue Service.",
            "Fire",
            "Rescue Service",
            false,
        ),
        // a place's head at the end
        (
            "To the Kelmore Fire and Rescue Stadium.",
            "Kelmore Fire",
            "Rescue Stadium",
            false,
        ),
    ] {
        let at = |w: &str| text.find(w).unwrap();
        // (a name read as another kind, as the tagger reads "British Library")
        let kind = if first.contains(' ') {
            Label::Misc
        } else {
            Label::Org
        };
        let given = [
            (at(first), at(first) + first.len(), kind),
            (at(second), at(second) + second.len(), Label::Org),
        ];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let joined = a
            .entities
            .iter()
            .any(|m| m.start == at(first) && m.end == at(second) + second.len());
        assert_eq!(joined, one, "{text}");
    }
}

#[test]
fn a_given_name_and_an_unknown_word_read_as_a_place_make_a_person_only_if_surname_shaped() {
    for (text, name, person) in [
        (
            "Jordan Quellbrook made three saves.",
            "Jordan Quellbrook",
            true,
        ),
        // a plural is a side: "Denver Broncos"
        (
            "Jordan Quellbrooks made three saves.",
            "Jordan Quellbrooks",
            false,
        ),
        // three letters are too few to tell
        ("North of Jordan Sot the road ends.", "Jordan Sot", false),
    ] {
        let s = text.find(name).unwrap();
        let given = [(s, s + name.len(), Label::Loc)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a
            .entities
            .iter()
            .any(|m| m.start == s && m.label == Label::Person);
        assert_eq!(got, person, "{text}");
    }
}

#[test]
fn an_organisation_after_and_takes_in_the_common_words_before_it() {
    // (text, names given to the tagger, the one name expected after, if any)
    type Case<'a> = (&'a str, &'a [(&'a str, Label)], Option<&'a str>);
    let cases: [Case; 6] = [
        (
            "Staff at the Health and Safety Commission left.",
            &[("Safety Commission", Label::Org)],
            Some("Health and Safety Commission"),
        ),
        // the common word read alone as a place
        (
            "Staff at the Health and Safety Commission left.",
            &[("Health", Label::Loc), ("Safety Commission", Label::Org)],
            Some("Health and Safety Commission"),
        ),
        // a place just before
        (
            "At Kelmore Posts and Telecoms Equipment Co it rose.",
            &[
                ("Kelmore", Label::Loc),
                ("Telecoms Equipment Co", Label::Org),
            ],
            Some("Kelmore Posts and Telecoms Equipment Co"),
        ),
        // a word that is no common one before "and"
        (
            "Staff at the Kelmore and Safety Commission left.",
            &[("Safety Commission", Label::Org)],
            None,
        ),
        // a known organisation keeps to itself
        (
            "Staff at Trade and European Commission left.",
            &[("European Commission", Label::Org)],
            None,
        ),
        // no head word at its end
        (
            "Staff at the Health and Safety Kelmore left.",
            &[("Safety Kelmore", Label::Org)],
            None,
        ),
    ];
    for (text, names, want) in cases {
        let given: Vec<T> = names
            .iter()
            .map(|&(w, l)| (text.find(w).unwrap(), text.find(w).unwrap() + w.len(), l))
            .collect();
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let got = a
            .entities
            .iter()
            .map(|m| &text[m.start..m.end])
            .find(|n| n.contains(" and "));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_head_first_name_runs_on_over_and_only_into_a_name_opening_with_a_common_word() {
    for (text, whole) in [
        ("The Department of Health and Human Services met.", true),
        (
            "The University of Kelmore and Vantrix University met.",
            false,
        ),
    ] {
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&[]));
        let end = text.len() - " met.".len();
        let got = a.entities.iter().any(|m| m.start == 4 && m.end == end);
        assert_eq!(got, whole, "{text}");
    }
}

#[test]
fn may_after_in_is_the_month_unless_a_name_reads_on() {
    for (text, date) in [
        ("The talks ended in May.", true),
        ("Trust in May's cabinet fell.", false),
        ("A role in May Kell's film came.", false),
        ("The talks ended after May.", false),
    ] {
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&[]));
        let got = a
            .entities
            .iter()
            .any(|m| m.label == Label::Date && &text[m.start..m.end] == "May");
        assert_eq!(got, date, "{text}");
    }
}

#[test]
fn two_names_joined_by_comma_and_are_two_clauses_not_a_list() {
    // an organisation and a name read as a place: joined by "and", or by
    // ", and" before the last of three, a list; by ", and" alone, two
    // clauses
    for (text, relabelled) in [
        ("Shares in Google and Quandrix rose.", true),
        ("Google, Kelvane, and Quandrix rose.", true),
        ("Investors sold Google, and Quandrix fell back.", false),
    ] {
        let given: Vec<_> = [
            ("Google", Label::Org),
            ("Kelvane", Label::Org),
            ("Quandrix", Label::Loc),
        ]
        .iter()
        .filter_map(|&(w, l)| text.find(w).map(|at| (at, at + w.len(), l)))
        .collect();
        let label = label_at(text, &given, text.find("Quandrix").unwrap());
        let want = if relabelled { Label::Org } else { Label::Loc };
        assert_eq!(label, Some(want), "{text}");
    }
}

#[test]
fn an_untagged_head_takes_in_the_nationality_before_it_unless_the_rest_is_known() {
    // the tagger read the nationality (or party word) alone
    for (text, word, whole) in [
        (
            "The Russian Kelmore Ministry said so.",
            "Russian",
            Some("Russian Kelmore Ministry"),
        ),
        (
            "The Democratic Kelmore Committee said so.",
            "Democratic",
            Some("Democratic Kelmore Committee"),
        ),
        // a known ministry stays a name of its own
        (
            "The Russian Foreign Ministry said so.",
            "Russian",
            Some("Foreign Ministry"),
        ),
        // a plural is no adjective: a headline's words
        ("Democrats Lose Kelmore Court Case", "Democrats", None),
    ] {
        let at = text.find(word).unwrap();
        let given = [(at, at + word.len(), Label::Misc)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let org = a
            .entities
            .iter()
            .find(|e| e.label == Label::Org)
            .map(|e| &text[e.start..e.end]);
        assert_eq!(org, whole, "{text}");
    }
}

#[test]
fn a_countrys_side_with_a_plural_verb_stays_a_place() {
    for (text, label) in [
        ("Kelmore were relegated.", Label::Org),
        ("England were bowled out.", Label::Loc),
    ] {
        let word = text.split(' ').next().unwrap();
        let given = [(0, word.len(), Label::Loc)];
        assert_eq!(label_at(text, &given, 0), Some(label), "{text}");
    }
}

#[test]
fn a_pair_after_a_company_head_splits_unless_the_first_head_is_no_companys() {
    for (text, first) in [
        (
            "Kelmore Capital and Brenwick Tarrow backed it.",
            "Kelmore Capital",
        ),
        // "Post" ends newspapers' and offices' names, not companies'
        (
            "The Kelmore Post and Telegraph Administration backed it.",
            "Kelmore Post and Telegraph Administration",
        ),
    ] {
        let whole = text.split(" backed").next().unwrap();
        let at = if whole.starts_with("The ") { 4 } else { 0 };
        let given = [(at, whole.len(), Label::Org)];
        assert_eq!(first_entity(text, &given).0, first, "{text}");
    }
}

#[test]
fn a_listed_place_the_tagger_passed_over_is_found_only_alone_inside_a_sentence() {
    let at = |text: &str, w: &str| label_at(text, &[], text.find(w).unwrap());
    assert_eq!(at("The team from Ulster lost.", "Ulster"), Some(Label::Loc));
    // opening a sentence, after a capitalised word, or also a surname
    assert_eq!(at("They won. Ulster lost.", "Ulster"), None);
    assert_eq!(at("The team from Old Ulster lost.", "Ulster"), None);
    assert_eq!(at("The report by Preston was read.", "Preston"), None);
}

#[test]
fn a_known_organisation_before_a_head_word_takes_it_in_of_its_kind() {
    let text = "They played at the Aviva Stadium on Sunday.";
    assert_eq!(first_entity(text, &[]), ("Aviva Stadium", Label::Loc));
}

#[test]
fn a_head_first_name_of_titles_alone_is_no_name() {
    let text = "The Kelmore League of Prime Minister Ann Kell won.";
    let given = [
        name_of(text, "Kelmore League", Label::Org),
        name_of(text, "Ann Kell", Label::Person),
    ];
    assert_eq!(first_entity(text, &given).0, "Kelmore League");
}

#[test]
fn a_common_noun_read_as_a_surname_cuts_no_name() {
    // the tagger read "Anderson Park" as a person; "park" is a common noun
    // in this text, so "Park" is no surname to cut "Lincoln Reservoir Park" at
    let text = "They met at Lincoln Reservoir Park. Anderson Park reopened and the park was busy.";
    let given = [
        name_of(text, "Lincoln Reservoir Park", Label::Org),
        name_of(text, "Anderson Park", Label::Person),
    ];
    assert_eq!(first_entity(text, &given).0, "Lincoln Reservoir Park");
    // ... where a person surnamed Park cuts it
    let text = "They met at Lincoln Reservoir Park. Anderson Park reopened the hall.";
    assert_eq!(first_entity(text, &given).0, "Lincoln Reservoir");
}

#[test]
fn a_particle_between_two_capitalised_words_cuts_no_name_at_its_hyphen() {
    for (text, name, label) in [
        (
            "Fast bowler Ata-ur-Rehman took three wickets.",
            "Ata-ur-Rehman",
            Label::Person,
        ),
        (
            "They stopped at Weston-super-Mare on Friday.",
            "Weston-super-Mare",
            Label::Loc,
        ),
    ] {
        let given = [name_of(text, name, label)];
        assert_eq!(first_entity(text, &given).0, name, "{text}");
    }
    // a lower-case word after the hyphen still ends the name
    let text = "The Kelmore-led talks ended.";
    let given = [name_of(text, "Kelmore-led", Label::Org)];
    assert_eq!(first_entity(text, &given).0, "Kelmore");
}

#[test]
fn a_slug_in_capitals_is_no_dateline_place() {
    let story = " - The rain stopped on Monday and the river fell back.";
    let at_start = |dateline: &str| label_at(&format!("{dateline}{story}"), &[], 0);
    assert_eq!(at_start("OSLOVIK"), Some(Label::Loc));
    assert_eq!(at_start("NEW YORK"), Some(Label::Loc));
    assert_eq!(at_start("MARKET TALK"), None);
    assert_eq!(at_start("NOTE"), None);
}

#[test]
fn two_surnames_glued_by_a_hyphen_stay_two_people() {
    let text = "The Kellner-Vass talks ended.";
    let given = [
        name_of(text, "Kellner", Label::Person),
        name_of(text, "Vass", Label::Person),
    ];
    assert_eq!(first_entity(text, &given), ("Kellner", Label::Person));
}

#[test]
fn a_prefix_slug_or_other_name_glued_before_a_name_stays_apart() {
    // the name the tagger read after the hyphen
    for (text, name, label) in [
        (
            "Ex-Kelmore striker Dan Ashby scored.",
            "Kelmore",
            Label::Org,
        ),
        (
            "Pakistan-Kelmoria border talks ended.",
            "Kelmoria",
            Label::Loc,
        ),
        ("Pro-Russian forces attacked.", "Russian", Label::Norp),
        ("FOOTBALL-KELMORE ROVERS WIN.", "KELMORE ROVERS", Label::Org),
        (
            "The Three-Kelmore Box sold out.",
            "Kelmore Box",
            Label::Misc,
        ),
        (
            "Fans met on Wednesday-Kelmore Fight Night.",
            "Kelmore Fight Night",
            Label::Misc,
        ),
    ] {
        let given = [name_of(text, name, label)];
        let a = crate::annotate_given(text, &crate::Options::default(), Some(&given));
        let words: Vec<&str> = a.entities.iter().map(|e| &text[e.start..e.end]).collect();
        assert!(words.iter().any(|w| w.ends_with(name)), "{text}: {words:?}");
        assert!(words.iter().all(|w| !w.contains('-')), "{text}: {words:?}");
    }
}

#[test]
fn a_weekday_abbreviation_after_the_is_no_date() {
    let dated = |text: &str| {
        let a = crate::annotate(text);
        a.entities.iter().any(|e| e.label == Label::Date)
    };
    assert!(!dated("The story was first told to The Sun."));
    assert!(dated("The vote was held on Sun."));
}
