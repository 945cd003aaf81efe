//! Integration tests of the entity layer on the seed article and edge cases.

use newsmark::entities::{recognise, EntityLayer, Gender};
use newsmark::segment::segment;
use newsmark::Label;

fn seed() -> (String, serde_json::Value) {
    let line = include_str!("fixtures/seed.jsonl").lines().next().unwrap();
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    (v["text"].as_str().unwrap().to_string(), v)
}

/// Code-point offset → byte offset.
fn byte_at(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

fn layer_of(text: &str) -> EntityLayer {
    recognise(&segment(text))
}

/// The text of each mention of `t` with `label`, in order.
fn labelled(t: &str, label: Label) -> Vec<&str> {
    layer_of(t)
        .mentions
        .iter()
        .filter(|m| m.label == label)
        .map(|m| &t[m.start..m.end])
        .collect()
}

#[test]
fn every_seed_person_is_found_exactly() {
    let (text, v) = seed();
    let layer = layer_of(&text);
    for e in v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == "PERSON")
    {
        let s = byte_at(&text, e["start"].as_u64().unwrap() as usize);
        let en = byte_at(&text, e["end"].as_u64().unwrap() as usize);
        let m = layer
            .mention_at(s)
            .unwrap_or_else(|| panic!("missed {}", &text[s..en]));
        assert_eq!(
            (m.start, m.end, m.label),
            (s, en, Label::Person),
            "{}",
            &text[s..en]
        );
    }
}

#[test]
fn all_seed_roles_are_tied_to_their_people() {
    let (text, v) = seed();
    let layer = layer_of(&text);
    for r in v["roles"].as_array().unwrap() {
        let role = r["role"].as_str().unwrap();
        let person = r["person"].as_str().unwrap();
        let found = layer
            .roles
            .iter()
            .any(|x| x.role == role && layer.groups[x.person as usize].name == person);
        assert!(
            found,
            "role {role:?} of {person:?} not found in {:?}",
            layer.roles
        );
    }
    let peskov = layer.person_with_role("spokesman").unwrap();
    assert_eq!(layer.groups[peskov as usize].name, "Dmitry Peskov");
    let umerov = layer.person_with_role("head").unwrap();
    assert_eq!(layer.groups[umerov as usize].name, "Rustem Umerov");
}

#[test]
fn putin_mentions_are_one_entity() {
    let (text, _) = seed();
    let layer = layer_of(&text);
    let ids: Vec<u32> = layer
        .mentions
        .iter()
        .filter(|m| text[m.start..m.end].contains("Putin"))
        .map(|m| m.id)
        .collect();
    assert!(ids.len() >= 7, "{ids:?}");
    assert!(ids.iter().all(|&i| i == ids[0]));
    let g = &layer.groups[ids[0] as usize];
    assert_eq!(g.name, "Vladimir Putin");
    assert_eq!(g.mentions as usize, ids.len());
    // the gender hint is only given for people
    for (g, h) in layer.groups.iter().zip(&layer.genders) {
        assert!(g.label == Label::Person || *h == Gender::Unknown);
    }
    // "Putin’s": the possessive is not part of the name
    for m in &layer.mentions {
        let t = &text[m.start..m.end];
        assert!(!t.ends_with("’s") && !t.ends_with("'s"), "{t:?}");
    }
}

#[test]
fn us_spellings_are_one_entity() {
    let layer = layer_of("U.S. officials met in Geneva. The United States said the US would wait.");
    let t = "U.S. officials met in Geneva. The United States said the US would wait.";
    let ids: Vec<u32> = layer
        .mentions
        .iter()
        .filter(|m| matches!(&t[m.start..m.end], "U.S." | "United States" | "US"))
        .map(|m| m.id)
        .collect();
    assert_eq!(ids.len(), 3, "{:?}", layer.mentions);
    assert!(ids.iter().all(|&i| i == ids[0]));
    assert_eq!(layer.groups[ids[0] as usize].name, "United States");
}

#[test]
fn headline_words_are_not_entities_and_the_dateline_is() {
    let (text, v) = seed();
    let layer = layer_of(&text);
    let names: Vec<&str> = layer
        .mentions
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect();
    for ne in v["not_entities"].as_array().unwrap() {
        let ne = ne.as_str().unwrap();
        assert!(!names.contains(&ne), "{ne:?} is not an entity: {names:?}");
    }
    let moscow = text.find("MOSCOW").unwrap();
    let m = layer.mention_at(moscow).expect("MOSCOW found");
    assert_eq!((m.start, m.end, m.label), (moscow, moscow + 6, Label::Loc));
}

#[test]
fn mentions_are_ordered_and_disjoint_and_groups_consistent() {
    let (text, _) = seed();
    for t in [
        text.as_str(),
        "ALL CAPS TEXT FROM MOSCOW ABOUT PUTIN AND NATO",
        "😀 Putin 👍🏽 met Zoë in Café\u{301} Paris 🇫🇷",
        "",
    ] {
        let layer = layer_of(t);
        for w in layer.mentions.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for m in &layer.mentions {
            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end) && m.start < m.end);
            assert_eq!(layer.groups[m.id as usize].label, m.label);
        }
        for (i, g) in layer.groups.iter().enumerate() {
            assert_eq!(g.id as usize, i);
            assert_eq!(
                g.mentions as usize,
                layer.mentions.iter().filter(|m| m.id == g.id).count()
            );
        }
        assert_eq!(layer.genders.len(), layer.groups.len());
    }
}

#[test]
fn numbers_dates_money_percent() {
    let t = "On Tuesday, March 3, 2024, the fund lost $5 million, or 5 percent, and €20 billion last week at 3 p.m.";
    let layer = layer_of(t);
    let got: Vec<(&str, Label)> = layer
        .mentions
        .iter()
        .filter(|m| !m.label.is_name())
        .map(|m| (&t[m.start..m.end], m.label))
        .collect();
    assert_eq!(
        got,
        [
            ("Tuesday", Label::Date),
            ("March 3, 2024", Label::Date),
            ("$5 million", Label::Money),
            ("5 percent", Label::Percent),
            ("€20 billion", Label::Money),
            ("last week", Label::Date),
            ("3 p.m.", Label::Time),
        ]
    );
}

#[test]
fn today_is_a_date_but_not_a_programme() {
    let t =
        "Today, she told the Today programme she would leave today. “Today is the day,” he said.";
    let layer = layer_of(t);
    let dates: Vec<usize> = layer
        .mentions
        .iter()
        .filter(|m| m.label == Label::Date)
        .map(|m| m.start)
        .collect();
    let at = |w: &str, n: usize| t.match_indices(w).nth(n).unwrap().0;
    assert_eq!(dates, [at("Today", 0), at("today", 0), at("Today", 2)]);
}

#[test]
fn dollars_of_many_countries() {
    let t = "It raised R$2 billion, A$40 million and HK$3, not A $5 fee.";
    let money = labelled(t, Label::Money);
    assert_eq!(money, ["R$2 billion", "A$40 million", "HK$3", "$5"]);
}

#[test]
fn pence_but_not_a_video_s_lines() {
    let t = "Shares fell 12.5p to 340p, a 5p charge. It films in 1080p, 4.5.1p, 81P; t.co/0j8F5E4p";
    let money = labelled(t, Label::Money);
    assert_eq!(money, ["12.5p", "340p", "5p"]);
}

#[test]
fn firms_named_with_an_ampersand_but_not_pairs_of_other_things() {
    let t = "Shares in Procter & Gamble Co and AT&T Inc rose, as did Marks & Spencer. \
             Jenny Seaton & Gary Kell left in July & August after R&D and a Q&A.";
    let orgs = labelled(t, Label::Org);
    assert_eq!(orgs, ["Procter & Gamble Co", "AT&T Inc", "Marks & Spencer"]);
}

#[test]
fn title_and_possessive_are_left_out_of_names() {
    let t = "President George W. Bush’s aides met Russian officials.";
    let per = labelled(t, Label::Person);
    assert_eq!(per, ["George W. Bush"]);
    assert_eq!(labelled(t, Label::Norp), ["Russian"]);
}

#[test]
fn never_panics_on_odd_input() {
    let pieces = [
        "A",
        "U.S.",
        "-",
        "’s",
        "'",
        "$",
        "€",
        "5",
        "1,000",
        "%",
        "percent",
        " ",
        "\n",
        "(",
        ")",
        "“",
        "”",
        "😀",
        "e\u{301}",
        "MOSCOW",
        "Putin",
        "President",
        ",",
        ".",
        "million",
        "March",
        "3",
        "p.m.",
        "RM1",
        "the",
        "of",
        "Mr.",
        "W.",
        "—",
        "Zoë",
        "東京",
        "\u{200d}",
        "last",
        "week",
        "dlrs",
        "per",
        "cent",
    ];
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..300 {
        let mut t = String::new();
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let n = (rng % 60) as usize;
        for _ in 0..n {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            t.push_str(pieces[(rng % pieces.len() as u64) as usize]);
            if rng & 0x100 != 0 {
                t.push(' ');
            }
        }
        let layer = layer_of(&t);
        for w in layer.mentions.windows(2) {
            assert!(w[0].end <= w[1].start, "{t:?}");
        }
        for m in &layer.mentions {
            assert!(
                t.is_char_boundary(m.start) && t.is_char_boundary(m.end) && m.start < m.end,
                "{t:?}"
            );
        }
        for r in &layer.roles {
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
            assert_eq!(layer.groups[r.person as usize].label, Label::Person);
        }
    }
}

#[test]
fn all_caps_text_still_finds_names() {
    let t = "MOSCOW, Russia — KREMLIN SPOKESMAN DMITRY PESKOV SAID RUSSIA WAS READY FOR TALKS WITH THE UNITED STATES.";
    let layer = layer_of(t);
    let names: Vec<&str> = layer.mentions.iter().map(|m| &t[m.start..m.end]).collect();
    assert!(names.contains(&"MOSCOW"), "{names:?}");
    assert!(
        layer
            .mentions
            .iter()
            .any(|m| m.label.is_name() && t[m.start..m.end].contains("RUSSIA")),
        "{names:?}"
    );
}

#[test]
fn roles_from_titles_and_appositions() {
    let t = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n\
             The company's chief executive, Sundar Pichai, said profits rose.\n\
             Maria Zakharova, a spokeswoman for the Russian Foreign Ministry, said the talks failed.\n\
             Secretary of State Marco Rubio and Senate Majority Leader John Thune (R-S.D.) spoke.\n\
             Fed Chair Jerome Powell met NATO Secretary General Mark Rutte.";
    let layer = layer_of(t);
    let roles: Vec<(&str, &str)> = layer
        .roles
        .iter()
        .map(|r| {
            (
                r.role.as_str(),
                layer.groups[r.person as usize].name.as_str(),
            )
        })
        .collect();
    for want in [
        ("Chancellor", "Olaf Scholz"),
        ("President", "Emmanuel Macron"),
        ("chief executive", "Sundar Pichai"),
        ("spokeswoman", "Maria Zakharova"),
        ("Secretary of State", "Marco Rubio"),
        ("Majority Leader", "John Thune"),
        ("Chair", "Jerome Powell"),
        ("Secretary General", "Mark Rutte"),
    ] {
        assert!(roles.contains(&want), "{want:?} not in {roles:?}");
    }
    let z = layer.person_with_role("spokeswoman").unwrap();
    assert_eq!(layer.groups[z as usize].name, "Maria Zakharova");
    let before = layer.person_with_role_before("President", t.len()).unwrap();
    assert_eq!(layer.groups[before as usize].name, "Emmanuel Macron");
    assert_eq!(layer.person_with_role_before("President", 0), None);
}
