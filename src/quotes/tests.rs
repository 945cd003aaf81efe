//! Tests of [`super::find`] with hand-built entity layers.

use super::*;
use crate::entities::EntityLayer;
use crate::segment::segment;
use crate::types::Label;
use crate::types::{Entity, Mention, Role};

/// An entity layer naming `people` (each at every place it occurs) and the roles given.
fn layer(text: &str, people: &[(&str, &str)], roles: &[(&str, &str)]) -> EntityLayer {
    let mut l = EntityLayer::default();
    for (id, (written, name)) in people.iter().enumerate() {
        l.groups.push(Entity {
            id: id as u32,
            label: Label::Person,
            name: name.to_string(),
            mentions: 0,
        });
        for (at, _) in text.match_indices(written) {
            l.mentions.push(Mention {
                start: at,
                end: at + written.len(),
                label: Label::Person,
                id: id as u32,
                why: Vec::new(),
            });
        }
    }
    l.mentions.sort_by_key(|m| m.start);
    for (written, person) in roles {
        let at = text.find(written).unwrap();
        let id = people.iter().position(|p| p.1 == *person).unwrap() as u32;
        l.roles.push(Role {
            start: at,
            end: at + written.len(),
            role: written.to_string(),
            person: id,
            why: Vec::new(),
        });
    }
    l
}

struct Got {
    quote: String,
    kind: QuoteKind,
    speaker: Option<String>,
    mention: Option<String>,
    cue: Option<String>,
    nested: Vec<String>,
}

fn run(text: &str, l: &EntityLayer) -> Vec<Got> {
    let doc = segment(text);
    find(&doc, l)
        .quotes
        .into_iter()
        .map(|q| Got {
            quote: text[q.start..q.end].to_string(),
            kind: q.kind,
            speaker: q.speaker,
            mention: q
                .speaker_start
                .map(|s| text[s..q.speaker_end.unwrap()].to_string()),
            cue: q.cue,
            nested: q
                .nested
                .iter()
                .map(|n| text[n.start..n.end].to_string())
                .collect(),
        })
        .collect()
}

fn one(text: &str, people: &[(&str, &str)]) -> Got {
    let mut g = run(text, &layer(text, people, &[]));
    g.retain(|q| q.kind != QuoteKind::Indirect);
    assert_eq!(
        g.len(),
        1,
        "{text}: {:?}",
        g.iter().map(|q| &q.quote).collect::<Vec<_>>()
    );
    g.remove(0)
}

#[test]
fn attribution_patterns() {
    let peskov = [
        ("Dmitry Peskov", "Dmitry Peskov"),
        ("Peskov", "Dmitry Peskov"),
    ];
    for (text, mention, cue) in [
        ("“We are ready,” Peskov said.", "Peskov", "said"),
        ("Peskov said: “We are ready.”", "Peskov", "said"),
        ("Peskov said, “We are ready.”", "Peskov", "said"),
        (
            "“We are ready,” said Dmitry Peskov, a Kremlin spokesman.",
            "Dmitry Peskov",
            "said",
        ),
        (
            "“We are ready,” according to Dmitry Peskov.",
            "Dmitry Peskov",
            "according to",
        ),
        ("“We are ready,” Peskov told reporters.", "Peskov", "told"),
        (
            "Peskov described the talks as “very useful and constructive.”",
            "Peskov",
            "described",
        ),
        ("“We are ready.” — Dmitry Peskov", "Dmitry Peskov", "—"),
        (
            "“We are ready,” Dmitry Peskov, who speaks for the Kremlin, said on Monday.",
            "Dmitry Peskov",
            "said",
        ),
        (
            "As Peskov put it, “the talks were very useful.”",
            "Peskov",
            "put",
        ),
        (
            "Peskov referred to the talks as “very useful.”",
            "Peskov",
            "referred",
        ),
        (
            "It angered Dmitry Peskov, who called the talks “very useful.”",
            "who",
            "called",
        ),
    ] {
        let q = one(text, &peskov);
        assert_eq!(q.mention.as_deref(), Some(mention), "{text}");
        assert_eq!(q.speaker.as_deref(), Some("Dmitry Peskov"), "{text}");
        assert_eq!(q.cue.as_deref(), Some(cue), "{text}");
    }
}

#[test]
fn kinds_direct_and_partial() {
    let p = [("Peskov", "Dmitry Peskov")];
    assert_eq!(
        one("“We are ready,” Peskov said.", &p).kind,
        QuoteKind::Direct
    );
    assert_eq!(
        one("Peskov said: “We are ready.”", &p).kind,
        QuoteKind::Direct
    );
    assert_eq!(
        one("Peskov called the talks “very useful.”", &p).kind,
        QuoteKind::Partial
    );
}

#[test]
fn british_headline_and_body_verbs_are_cues() {
    let p = [("Hale", "Gary Hale")];
    for (text, cue) in [
        ("Hale slams ‘shambolic’ refereeing", "slams"),
        ("Hale hails ‘outstanding’ Rovers after derby win", "hails"),
        ("Hale criticised the “shambolic” refereeing.", "criticised"),
        ("Hale labelled the decision “a disgrace”.", "labelled"),
    ] {
        let q = one(text, &p);
        assert_eq!(q.kind, QuoteKind::Partial, "{text}");
        assert_eq!(q.speaker.as_deref(), Some("Gary Hale"), "{text}");
        assert_eq!(q.cue.as_deref(), Some(cue), "{text}");
    }
}

#[test]
fn ap_party_and_state_is_an_apposition_not_the_speaker() {
    let p = [("Ann Kell", "Ann Kell")];
    let q = one(
        "Senate leader Ann Kell, D-N.Y., called the delay “unconscionable.”",
        &p,
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Kell"));
}

#[test]
fn a_number_standing_alone_is_a_subject_before_its_cue() {
    for (text, mention) in [
        (
            "“I was lucky to survive,” the mother of two told the BBC.",
            "the mother",
        ),
        (
            "“It was over in seconds,” a father of three said.",
            "a father",
        ),
    ] {
        let q = one(text, &[]);
        assert_eq!(q.mention.as_deref(), Some(mention), "{text}");
        assert!(q.cue.is_some(), "{text}");
    }
}

#[test]
fn titles_come_off_names_but_not_off_a_title_alone() {
    let p = [("Brian Kell", "Brian Kell"), ("Ivan Reese", "Ivan Reese")];
    for (text, mention) in [
        (
            "“We will act,” said Russian President Ivan Reese.",
            "Ivan Reese",
        ),
        // "-ian" and "-ese" words that are given names are no nationality
        ("“We will act,” said Brian Kell.", "Brian Kell"),
        ("The Prime Minister said: “We will act.”", "Prime Minister"),
        (
            "“We will act,” the Foreign Secretary said.",
            "Foreign Secretary",
        ),
    ] {
        let q = one(text, &p);
        assert_eq!(q.mention.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn said_before_a_reported_clause_is_not_said_x() {
    let p = [("Olaf Brenn", "Olaf Brenn")];
    let q = one(
        "Olaf Brenn, who wrote “Winter in Tromsø”, said the book was for everyone.",
        &p,
    );
    assert_ne!(q.mention.as_deref(), Some("the book"));
    assert_eq!(q.speaker.as_deref(), Some("Olaf Brenn"));
}

#[test]
fn pronouns_resolve_to_the_nearest_person() {
    let text = "Dmitry Peskov met Yuri Ushakov on Monday.\n“We are ready,” she said.";
    let l = layer(
        text,
        &[
            ("Dmitry Peskov", "Dmitry Peskov"),
            ("Yuri Ushakov", "Yuri Ushakov"),
        ],
        &[],
    );
    let g = run(text, &l);
    assert_eq!(g[0].mention.as_deref(), Some("she"));
    assert_eq!(g[0].speaker.as_deref(), Some("Yuri Ushakov"));
}

#[test]
fn a_teams_role_word_sits_between_team_and_speaker() {
    for (text, name) in [
        ("“We go again,” said Harlow captain Ann Vell.", "Ann Vell"),
        ("“We go again,” Harlow striker Ann Vell said.", "Ann Vell"),
        (
            "“We launch in May,” said Arland Space Agency administrator Ben Ito.",
            "Ben Ito",
        ),
    ] {
        let q = one(text, &[(name, name)]);
        assert_eq!(q.speaker.as_deref(), Some(name), "{text}");
        assert_eq!(q.mention.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn role_nouns_resolve_to_the_role_holder() {
    let text = "Kremlin spokesman Dmitry Peskov spoke first.\n“We are ready,” the spokesman said.";
    let l = layer(
        text,
        &[("Dmitry Peskov", "Dmitry Peskov")],
        &[("Kremlin spokesman", "Dmitry Peskov")],
    );
    let g = run(text, &l);
    assert_eq!(g[0].mention.as_deref(), Some("the spokesman"));
    assert_eq!(g[0].speaker.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(g[0].cue.as_deref(), Some("said"));
}

#[test]
fn speakers_continue_across_quotes_and_paragraphs() {
    let text =
        "“We are ready,” Peskov said. “We will talk.”\n“And we will win.”\nThe weather was cold.";
    let l = layer(text, &[("Peskov", "Dmitry Peskov")], &[]);
    let g = run(text, &l);
    assert_eq!(g.len(), 3);
    for q in &g {
        assert_eq!(q.speaker.as_deref(), Some("Dmitry Peskov"), "{}", q.quote);
    }
    // Multi-paragraph quote: the speaker comes at the end of the last paragraph.
    let text = "“First we talk.\n“Then we sign,” Peskov said.";
    let g = run(text, &layer(text, &[("Peskov", "Dmitry Peskov")], &[]));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].quote, "“First we talk.\n“Then we sign,”");
    assert_eq!(g[0].mention.as_deref(), Some("Peskov"));
    assert_eq!(g[0].kind, QuoteKind::Direct);
}

#[test]
fn colon_in_the_paragraph_before() {
    let text = "As Peskov put it on Monday, the Kremlin observed:\n“We are ready for talks.”";
    let g = run(text, &layer(text, &[("Peskov", "Dmitry Peskov")], &[]));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].cue.as_deref(), Some("observed"));
    assert_eq!(g[0].mention.as_deref(), Some("Kremlin"));
}

#[test]
fn no_speaker_is_null() {
    let text = "The weather was cold.\n“Peace will come to those who wait for it.”";
    let g = run(text, &EntityLayer::default());
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].speaker, None);
    assert_eq!(g[0].mention, None);
}

#[test]
fn nested_quotes_belong_to_the_quote_around_them() {
    let text = "“He told me ‘never again,’ and left,” Peskov said.";
    let g = run(text, &layer(text, &[("Peskov", "Dmitry Peskov")], &[]));
    assert_eq!(g.len(), 1, "the inner quote is no quote of its own");
    assert_eq!(g[0].nested, vec!["‘never again,’".to_string()]);
    assert_eq!(g[0].speaker.as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn every_nested_quote_is_listed_in_order() {
    let text = "“She wrote ‘no’ and then ‘never’ today,” Peskov said. “Fine,” he added.";
    let g = run(text, &layer(text, &[("Peskov", "Dmitry Peskov")], &[]));
    assert_eq!(
        g.len(),
        2,
        "{:?}",
        g.iter().map(|q| &q.quote).collect::<Vec<_>>()
    );
    assert_eq!(g[0].nested.len(), 2, "{:?}", g[0].nested);
    assert_eq!(g[0].nested, vec!["‘no’".to_string(), "‘never’".to_string()]);
    assert!(g[1].nested.is_empty());
}

#[test]
fn scare_quotes_without_speaker_are_dropped() {
    let text = "The so-called “undercard” debate was dull.";
    assert!(run(text, &EntityLayer::default()).is_empty());
}

#[test]
fn unmatched_marks_are_diagnosed_and_the_rest_kept() {
    let text =
        "“We are ready,” Peskov said. Then a stray ” mark.\n“Open but never closed, he said.";
    let doc = segment(text);
    let found = find(&doc, &layer(text, &[("Peskov", "Dmitry Peskov")], &[]));
    assert!(found
        .quotes
        .iter()
        .any(|q| &text[q.start..q.end] == "“We are ready,”"));
    let at: Vec<usize> = found.diagnostics.iter().map(|d| d.start).collect();
    assert_eq!(
        at,
        [text.find("” mark").unwrap(), text.find("“Open").unwrap()]
    );
}

#[test]
fn reported_speech_is_indirect() {
    let text =
        "Kremlin spokesman Dmitry Peskov announced that Russia is ready, while others waited.";
    let g = run(
        text,
        &layer(text, &[("Dmitry Peskov", "Dmitry Peskov")], &[]),
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, QuoteKind::Indirect);
    assert_eq!(g[0].quote, "Russia is ready");
    assert_eq!(g[0].mention.as_deref(), Some("Dmitry Peskov"));
    assert_eq!(g[0].cue.as_deref(), Some("announced"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    for text in [
        "",
        "“",
        "”",
        "'''",
        "``",
        "“‘’”",
        "\"\"\"\"",
        "said said said",
        "“a\n\n”\n“",
        "‘’‘’‘’ ’n’",
        "that “",
        "According to “",
        "In “",
        "A state",
        "UN: “",
        "— X: “",
        "More from X: “a”",
        "Here’s X: “",
        "“a” ¶\n\nX, Y.",
        "And then",
        "Will",
        "report said",
        "so-called",
        "x claim’s",
    ] {
        let doc = segment(text);
        let _ = find(&doc, &EntityLayer::default());
    }
    // Paragraphs of marks and digest headlines stay linear too.
    for unit in ["“” ", "WORD “a” [X.]\n\n", "According to X, “a” "] {
        let big = unit.repeat(20_000);
        let doc = segment(&big);
        let t = std::time::Instant::now();
        let _ = find(&doc, &EntityLayer::default());
        assert!(t.elapsed().as_secs() < 5, "{unit}");
    }
    // A run-on sentence full of cues stays fast.
    let runon = "they said that it said that ".repeat(20_000);
    let doc = segment(&runon);
    let t = std::time::Instant::now();
    let _ = find(&doc, &EntityLayer::default());
    assert!(t.elapsed().as_secs() < 5);
    // Long input stays fast (linear).
    let big = "“Yes,” he said, “and ‘no.’ ” ".repeat(20_000);
    let doc = segment(&big);
    let t = std::time::Instant::now();
    let f = find(&doc, &EntityLayer::default());
    assert!(f.quotes.len() >= 20_000);
    assert!(t.elapsed().as_secs() < 5);
}

#[test]
fn a_full_stop_ends_the_quote_sentence() {
    let text = "Bush called the orders “quite dangerous.” Christie called them “fine.”";
    let l = layer(
        text,
        &[("Bush", "Jeb Bush"), ("Christie", "Chris Christie")],
        &[],
    );
    let g = run(text, &l);
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].speaker.as_deref(), Some("Jeb Bush"));
    assert_eq!(g[1].speaker.as_deref(), Some("Chris Christie"));
    // Within a paragraph, a later quote continues the earlier speaker.
    let text = "“We are refugees,” Alawee said. “We are not terrorists.” Zahed said: “No.”";
    let l = layer(
        text,
        &[("Alawee", "Ms. Alawee"), ("Zahed", "Mr. Zahed")],
        &[],
    );
    let g = run(text, &l);
    let who: Vec<_> = g.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        who,
        [Some("Ms. Alawee"), Some("Ms. Alawee"), Some("Mr. Zahed")]
    );
}

#[test]
fn possessive_nouns_are_not_cues() {
    let text = "Frazier said that Rubio’s claim is “simply not true.”";
    let l = layer(
        text,
        &[("Frazier", "Catherine Frazier"), ("Rubio", "Marco Rubio")],
        &[],
    );
    let g: Vec<_> = run(text, &l)
        .into_iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    assert_eq!(g[0].speaker.as_deref(), Some("Catherine Frazier"));
    assert_eq!(g[0].cue.as_deref(), Some("said"));
}

#[test]
fn naming_is_not_speech() {
    let text = "It is an adaptation of a show called “Brokers,” written by a troupe.";
    assert!(run(text, &EntityLayer::default()).is_empty());
    let text = "As the “Never Trump” movement continues to battle, nothing changed.";
    assert!(run(text, &EntityLayer::default()).is_empty());
}

#[test]
fn attribution_in_the_paragraph_before() {
    // The paragraph before has no quote: its last sentence attributes.
    let text = "Schoen argued in an editorial that delegates may reconsider.\n“A Sanders win would hurt her.”";
    let g = run(text, &layer(text, &[("Schoen", "Doug Schoen")], &[]));
    let q: Vec<_> = g.iter().filter(|q| q.kind != QuoteKind::Indirect).collect();
    assert_eq!(q[0].speaker.as_deref(), Some("Doug Schoen"));
    assert_eq!(q[0].cue.as_deref(), Some("argued"));
    // A colon with no reporting verb: the sentence's subject.
    let text = "President Clinton released the following statement:\n“We offer our condolences.”";
    let g = run(
        text,
        &layer(text, &[("President Clinton", "Bill Clinton")], &[]),
    );
    assert_eq!(g[0].speaker.as_deref(), Some("Bill Clinton"));
    // Particle verbs: "pointed out".
    let text = "As Byler pointed out in December, “no campaign has to worry.”";
    let g = run(text, &layer(text, &[("Byler", "David Byler")], &[]));
    assert_eq!(g[0].cue.as_deref(), Some("pointed"));
    assert_eq!(g[0].speaker.as_deref(), Some("David Byler"));
}

#[test]
fn titles_after_a_possessive_are_no_quotes() {
    let text = "Graham said on MSNBC’s “Morning Joe,” that the party “has split for good.”";
    let g = run(text, &layer(text, &[("Graham", "Lindsey Graham")], &[]));
    let quotes: Vec<&str> = g.iter().map(|q| q.quote.as_str()).collect();
    assert_eq!(quotes, ["“has split for good.”"]);
    // Without the possessive, the same words with a cue are a quote.
    let text = "“Morning Joe,” Graham said.";
    let g = run(text, &layer(text, &[("Graham", "Lindsey Graham")], &[]));
    assert_eq!(g.len(), 1);
}

#[test]
fn headline_quotes_after_a_name_and_colon_are_kept() {
    let text = "Marco Rubio: ‘You Don’t Win The Nomination By States.’\n\nRubio spoke on Sunday.";
    let g = run(
        text,
        &layer(
            text,
            &[("Marco Rubio", "Marco Rubio"), ("Rubio", "Marco Rubio")],
            &[],
        ),
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].speaker.as_deref(), Some("Marco Rubio"));
    // Far into a paragraph, a single-quoted term after a colon is no headline.
    let text = "The crowds in the hall in Miami on the last night held signs: ‘Win Now.’";
    assert!(run(text, &EntityLayer::default()).is_empty());
}

#[test]
fn according_to_after_the_cue_names_the_source() {
    let p = [("Peskov", "Dmitry Peskov")];
    let q = one(
        "“We are ready,” Peskov said, according to the Associated Press.",
        &p,
    );
    assert_eq!(q.mention.as_deref(), Some("Associated Press"));
    assert_eq!(q.cue.as_deref(), Some("according to"));
    // Further on, in another clause, it is not the quote's source.
    let q = one(
        "“We are ready,” Peskov said on Monday in Moscow to the press, and according to the agency he left.",
        &p,
    );
    assert_eq!(q.mention.as_deref(), Some("Peskov"));
}

#[test]
fn a_participle_after_an_inverted_cue_takes_its_speaker() {
    let text = "“It’s not new in Virginia,” said Rep. Bobby Scott at the time, adding that “we’ve been electing them for a long time.”";
    let g = run(text, &layer(text, &[("Bobby Scott", "Bobby Scott")], &[]));
    assert_eq!(g.len(), 2);
    for q in &g {
        assert_eq!(q.mention.as_deref(), Some("Bobby Scott"), "{}", q.quote);
    }
    assert_eq!(g[1].cue.as_deref(), Some("adding"));
}

#[test]
fn an_inverted_cue_after_a_comma_takes_the_phrase_after_it() {
    let text = "“The vote was close, very close” in the end, said city official Anna Berg.";
    let g = run(text, &layer(text, &[("Anna Berg", "Anna Berg")], &[]));
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].mention.as_deref(), Some("Anna Berg"));
    // An object verb is not inverted: "…, told CNN." names the listener.
    let text = "“The vote was close,” Anna Berg, a city official, told CNN.";
    let g = run(text, &layer(text, &[("Anna Berg", "Anna Berg")], &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Anna Berg"));
}

#[test]
fn a_dash_line_after_a_quote_paragraph_signs_it() {
    let text = "The record is mixed.\n\n“I helped write that bill, and I am proud of it.”\n\n— Bernie Sanders.\n\nHe did not.";
    let g = run(
        text,
        &layer(text, &[("Bernie Sanders", "Bernie Sanders")], &[]),
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].mention.as_deref(), Some("Bernie Sanders"));
    assert_eq!(g[0].cue.as_deref(), Some("—"));
    // A long paragraph after a dash is text, not a signature.
    let text = "The record is mixed.\n\n“I helped write that bill, and I am proud of it.”\n\n— Bernie Sanders and his aides then spent the next three weeks on the road in Iowa.";
    let g = run(
        text,
        &layer(text, &[("Bernie Sanders", "Bernie Sanders")], &[]),
    );
    assert_eq!(g[0].mention, None);
}

#[test]
fn a_quote_inside_a_reported_clause_belongs_to_the_reporter() {
    let people = [
        ("Steve Israel", "Steve Israel"),
        ("Clinton", "Hillary Clinton"),
        ("Axelrod", "David Axelrod"),
    ];
    let text = "Rep. Steve Israel said Clinton called on members to be “closely coordinated.”";
    let g = run(text, &layer(text, &people, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Steve Israel"));
    assert_eq!(g[0].cue.as_deref(), Some("said"));
    // A subordinate clause is not reported: "after Clinton argued".
    let text =
        "Axelrod tweeted after Clinton argued that “we would not have rescued the auto industry.”";
    let g = run(text, &layer(text, &people, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Clinton"));
}

#[test]
fn a_participle_takes_the_sentence_subject_not_the_object_before_it() {
    let text = "The Vermont senator emailed supporters saying: “The struggle continues.”";
    let g = run(text, &EntityLayer::default());
    assert_eq!(g.len(), 1);
    let m = g[0].mention.clone().unwrap_or_default();
    assert!(m.ends_with("senator"), "{m}");
    // "credit" as a noun is no cue: the participle before it speaks.
    let text = "Paul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment.”";
    let g = run(
        text,
        &layer(
            text,
            &[("Paul", "Rand Paul"), ("Rubio", "Marco Rubio")],
            &[],
        ),
    );
    assert_eq!(g[0].mention.as_deref(), Some("Paul"));
    assert_eq!(g[0].cue.as_deref(), Some("calling"));
}

#[test]
fn a_dateline_is_no_sentence_subject() {
    let text = "Intro.\nWASHINGTON (AP) — Democrat Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do harm.";
    let g = run(
        text,
        &layer(text, &[("Hillary Clinton", "Hillary Clinton")], &[]),
    );
    assert_eq!(g[0].mention.as_deref(), Some("Hillary Clinton"));
    let doc = segment("Washington (AFP) – Democrat Hillary Clinton has said so.");
    let np = attribute::sentence_subject(&doc, doc.tokens.len() - 1).unwrap();
    assert_eq!(np::text(&doc, np.start, np.end), "Democrat Hillary Clinton");
}

#[test]
fn noun_uses_of_cue_words_and_ages_make_speaker_phrases() {
    for (text, mention) in [
        (
            "“Immigrants are integrating,” the report concluded.",
            "the report",
        ),
        (
            "“He is an amazing leader,” said the 46-year-old.",
            "the 46-year-old",
        ),
        (
            "“He is an amazing leader,” the 46-year-old said.",
            "the 46-year-old",
        ),
    ] {
        let g = run(text, &EntityLayer::default());
        assert_eq!(g.len(), 1, "{text}");
        assert_eq!(g[0].mention.as_deref(), Some(mention), "{text}");
    }
}

#[test]
fn a_capitalised_past_cue_inside_a_sentence_counts() {
    let text =
        "“Not us but can’t argue with it!” Murphy, the head of the group, Tweeted on Friday.";
    let g = run(text, &layer(text, &[("Murphy", "Mike Murphy")], &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Murphy"));
    assert_eq!(g[0].cue.as_deref(), Some("Tweeted"));
    // In a title it is no cue.
    let text = "Leyva Got Real About Being Called “A Real Woman.”";
    let g = run(text, &EntityLayer::default());
    assert!(
        g.iter().all(|q| q.cue.as_deref() != Some("Called")),
        "{:?}",
        g.iter().map(|q| &q.cue).collect::<Vec<_>>()
    );
}

#[test]
fn added_to_a_name_reports_added_to_the_list_does_not() {
    let p = [("Trump", "Donald Trump")];
    let q = one("“It was more than her show,” Trump added to People.", &p);
    assert_eq!(q.cue.as_deref(), Some("added"));
    let doc = segment("Trump added to the list of rivals.");
    assert!(attribute::cue_at(&doc, 1).is_none());
    let doc = segment("“Yes,” Trump added to People.");
    assert!(attribute::cue_at(&doc, 5).is_some());
}

#[test]
fn verbs_the_lexicon_lacks_attribute_in_the_slot_after_a_quote() {
    let people = [
        ("Hollande", "François Hollande"),
        ("Donald Hartley", "Donald Hartley"),
    ];
    let text = "“France will always be France,” an angry Hollande retaliated.";
    let g = run(text, &layer(text, &people, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Hollande"));
    assert_eq!(g[0].cue.as_deref(), Some("retaliated"));
    let text = "“This is fantastic!” beamed Donald Hartley of Madison.";
    let g = run(text, &layer(text, &people, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Donald Hartley"));
    // A passive after a quoted term is no attribution.
    let text =
        "Officials said that “top secret and other sensitive” information was included in them.";
    let g = run(text, &EntityLayer::default());
    assert!(g.iter().all(|q| q.cue.as_deref() != Some("included")));
}

#[test]
fn a_group_named_as_subject_owns_a_quoted_term() {
    let text = "Democrats found the whole plan “absurd.”";
    let mut l = EntityLayer::default();
    let g = run(text, &l);
    assert!(g.is_empty(), "untagged, the term is a scare quote");
    l.groups.push(Entity {
        id: 0,
        label: Label::Norp,
        name: "Democrats".into(),
        mentions: 1,
    });
    l.mentions.push(Mention {
        start: 0,
        end: 9,
        label: Label::Norp,
        id: 0,
        why: Vec::new(),
    });
    let g = run(text, &l);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].mention.as_deref(), Some("Democrats"));
}

#[test]
fn an_adverb_before_the_cue_is_no_speaker() {
    let text = "Thomas Massie used to back Rand Paul, but now said Trump had “the duty to bring us together.”";
    let g = one(
        text,
        &[
            ("Thomas Massie", "Thomas Massie"),
            ("Rand Paul", "Rand Paul"),
        ],
    );
    assert_ne!(g.mention.as_deref(), Some("now"));
    assert!(g.mention.is_some());
}

#[test]
fn a_party_adjective_is_not_the_speaker_mention() {
    let text = "“We will win,” said Republican political consultant Chris Russell.";
    let g = one(text, &[("Chris Russell", "Chris Russell")]);
    assert_eq!(g.mention.as_deref(), Some("Chris Russell"));
}

#[test]
fn went_on_is_a_cue_only_with_its_particle() {
    let text =
        "Kelly smiled.\n\n“You know, it happens, right?” Trump went on, as if he had not heard.";
    let g = one(text, &[("Trump", "Donald Trump"), ("Kelly", "Megyn Kelly")]);
    assert_eq!(g.mention.as_deref(), Some("Trump"));
    assert_eq!(g.cue.as_deref(), Some("went"));
    assert!(crate::quotes::cues::cue("went").is_some());
    let doc = segment("Trump went home.");
    assert!(attribute::cue_at(&doc, 1).is_none());
}

#[test]
fn quote_only_paragraphs_take_the_person_before() {
    // The paragraph before names a person with no cue: that person speaks
    // the quote-only paragraphs after it.
    let text = "What it means is unclear, since Trump spoke only in bromides.\n\n“We have to do something.” \n“We have to be tougher.”\n\nThe weather was cold.";
    let g = run(text, &layer(text, &[("Trump", "Donald Trump")], &[]));
    assert_eq!(g.len(), 2);
    for q in &g {
        assert_eq!(q.speaker.as_deref(), Some("Donald Trump"), "{}", q.quote);
    }
    // The sentence's own subject first.
    let text = "Sanders spoke about jobs at the rally.\n“We will win this fight.”";
    let g = run(text, &layer(text, &[("Sanders", "Bernie Sanders")], &[]));
    assert_eq!(g[0].speaker.as_deref(), Some("Bernie Sanders"));
    // A paragraph with words besides the quote does not.
    let text = "Sanders spoke about jobs at the rally.\n“We will win this fight,” the banner read.";
    let g = run(text, &layer(text, &[("Sanders", "Bernie Sanders")], &[]));
    assert_ne!(g[0].speaker.as_deref(), Some("Bernie Sanders"));
}

#[test]
fn according_to_without_a_comma_or_a_little_further_names_the_source() {
    let p = [("Ware", "Jamal Ware")];
    let q = one(
        "“We disagree strongly,” Ware said in a statement according to the Blaze.",
        &p,
    );
    assert_eq!(q.mention.as_deref(), Some("Blaze"));
    let q = one(
        "“We disagree,” Ware said of the families of the three victims, according to CNN.",
        &p,
    );
    assert_eq!(q.mention.as_deref(), Some("CNN"));
}

#[test]
fn a_quote_after_a_quote_sentence_takes_that_quotes_attribution() {
    // The sentence before ends in a subordinate clause with a cue of its
    // own ("a dozen states held", "the campaign estimated"): the quote
    // continues the quote of that sentence, not the clause.
    let p = [("Graham", "Lindsey Graham"), ("Jones", "Alex Jones")];
    let text = "“Cruz is not my favorite,” Graham told CBS News, when a dozen states held contests. “But we may rally around him.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g.len(), 2);
    assert_eq!(g[1].mention.as_deref(), Some("Graham"));
    assert_eq!(g[1].cue.as_deref(), Some("told"));
    let text = "“Your reputation is amazing,” Graham assured Jones, after Jones assured him of support. “I will not let you down.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g[1].mention.as_deref(), Some("Graham"));
    // And with its "according to" source.
    let text = "“We are ready,” Graham said, according to CNN. “It is time.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g[1].mention.as_deref(), Some("CNN"));
}

#[test]
fn a_pronoun_stands_for_its_sentences_person_subject() {
    // The nearest person before "he" is Trump, the object; the subject
    // Rubio is the one who called him so.
    let p = [("Marco Rubio", "Marco Rubio"), ("Trump", "Donald Trump")];
    let text = "Marco Rubio said that he has begun to unmask Trump, whom he called a “con artist.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("he"));
    assert_eq!(q.speaker.as_deref(), Some("Marco Rubio"));
    // A subject of the other gender is no antecedent.
    let text = "Anna Berg said that Trump, whom she called a “con artist,” lost.";
    let mut l = layer(
        text,
        &[("Anna Berg", "Anna Berg"), ("Trump", "Donald Trump")],
        &[],
    );
    l.genders = vec![
        crate::entities::Gender::Female,
        crate::entities::Gender::Male,
    ];
    let doc = segment(text);
    let q = &find(&doc, &l).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    l.genders = vec![crate::entities::Gender::Male, crate::entities::Gender::Male];
    let q = &find(&doc, &l).quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_term_in_a_later_clause_belongs_to_that_clauses_subject() {
    let p = [
        ("Bobby Jindal", "Bobby Jindal"),
        ("Mike Huckabee", "Mike Huckabee"),
    ];
    let text = "Bobby Jindal on Monday signed an order, while Mike Huckabee, the former governor, proposed we “wake up and smell the coffee” soon.";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Mike Huckabee"));
    // Without a clause of its own, the sentence's subject.
    let text = "Bobby Jindal on Monday proposed we “wake up and smell the coffee” soon.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Bobby Jindal"));
}

#[test]
fn with_and_a_phrase_names_the_subject_of_a_participle() {
    let p = [("Rick Santorum", "Rick Santorum")];
    let text = "Rick Santorum turned on Cruz, with the campaign of the former senator saying Cruz was “not a real conservative.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("the campaign"));
    assert_eq!(q.cue.as_deref(), Some("saying"));
}

#[test]
fn a_name_between_a_dash_and_a_colon_signs_the_quote() {
    let p = [("Carl Bialik", "Carl Bialik"), ("Jones", "Jeffrey Jones")];
    let text = "POLLSTERS AGREE ON ONE THING - Carl Bialik: “Keep on contacting voters as late as possible, and then some more.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Carl Bialik"));
    assert_eq!(q.cue.as_deref(), Some(":"));
    let text = "What that means for this year - More from Jones: “The partisanship of the state is only a starting point.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Jones"));
    // A place after "from" is no source.
    let text = "Carl Bialik said the judge was from Mexico: “The judge is a very hostile judge to me, I believe.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Carl Bialik"));
}

#[test]
fn a_participle_after_a_clause_of_its_own_takes_that_clauses_subject() {
    let p = [
        ("Chris Christie", "Chris Christie"),
        ("Adel Nefzi", "Adel Nefzi"),
    ];
    let text = "Gov. Chris Christie acknowledged some plagiarism even as he defended the campaign, saying, “Most of the speech is different.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("he"));
    assert_eq!(q.speaker.as_deref(), Some("Chris Christie"));
    // Past a fronted phrase after the opener.
    let text = "Gov. Chris Christie was criticized, though in a news conference last week he used stronger language, saying the group “must be destroyed.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("he"));
    // A cue between them keeps its own subject.
    let text = "He left as soon as prayers were finished, Adel Nefzi said, adding, “He was not very religious.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Adel Nefzi"));
}

#[test]
fn so_called_is_no_cue() {
    let p = [("Trump", "Donald Trump")];
    let text = "According to Trump, he was once part of the so-called establishment, but is now “the worst thing that ever happened to it.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Trump"));
    assert_eq!(q.cue.as_deref(), Some("According to"));
}

#[test]
fn capitalised_ly_words_are_names_not_adverbs() {
    let p = [("Skelly", "Bill Skelly"), ("Braynard", "Matt Braynard")];
    let q = one("And Skelly called Braynard “a real smart guy.”", &p);
    assert_eq!(q.mention.as_deref(), Some("Skelly"));
    let q = one(
        "According to the Daily Caller, “Labott also coordinated with Reines.”",
        &p,
    );
    assert_eq!(q.mention.as_deref(), Some("Daily Caller"));
    // A sentence-initial adverb still opens no subject.
    let q = one("Finally, Skelly called Braynard “a real smart guy.”", &p);
    assert_eq!(q.mention.as_deref(), Some("Skelly"));
}

#[test]
fn a_relative_that_before_the_cue_is_the_mention() {
    let text = "The listing was replaced on Thursday by a message that said, “Sorry, but the item is gone.”";
    let q = one(text, &[]);
    assert_eq!(q.mention.as_deref(), Some("that"));
    assert_eq!(q.speaker.as_deref(), Some("a message"));
    // After a comma "that" is no relative of the phrase before.
    let text = "The listing was replaced, that said, “Sorry, but the item is gone.”";
    assert_ne!(one(text, &[]).mention.as_deref(), Some("that"));
}

#[test]
fn according_to_opening_the_sentence_names_its_quotes_source() {
    let p = [("Clinton", "Hillary Clinton")];
    let text = "According to ProPublica, Clinton praised her “wonderful donors” in the audience.";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("ProPublica"));
    assert_eq!(q.cue.as_deref(), Some("According to"));
    // A source whose phrase stops short of the comma still names it.
    let text = "According to White House pool reports, Clinton said “there is love” in Orlando.";
    assert_eq!(one(text, &p).cue.as_deref(), Some("According to"));
    // A poll opening the sentence is its source; a statement is not.
    let text = "In a national poll released Monday, 31% of voters said they were “extremely enthusiastic” about voting.";
    assert_eq!(one(text, &p).cue.as_deref(), Some("In"));
    let text =
        "In a statement on Monday, Clinton said she was “extremely enthusiastic” about voting.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Clinton"));
    // Elsewhere in the sentence it is no opening.
    let text = "Clinton, according to ProPublica, praised her “wonderful donors” in the audience.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Clinton"));
}

#[test]
fn a_cue_word_followed_by_a_cue_verb_is_the_speakers_noun() {
    let text =
        "“The computer had been hacked by a foreign government,” the congressional report said.";
    assert_eq!(
        one(text, &[]).mention.as_deref(),
        Some("the congressional report")
    );
    // "answer questions": a cue word followed by a noun-like cue form stays a verb.
    let text = "The spokesman refused to answer questions on the race, adding: “If one is proposed we will consider it.”";
    assert_eq!(one(text, &[]).mention.as_deref(), Some("The spokesman"));
}

#[test]
fn names_that_look_like_function_words_and_two_mark_closings() {
    let p = [("Jeff Sessions", "Jeff Sessions"), ("Will", "George Will")];
    let text = "“We are proud to cast our votes for Trump!” US Senator Jeff Sessions said as he launched the process.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Jeff Sessions"));
    let text = "“This should hasten the eclipse of the outsiders,” Will wrote.";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Will"));
    assert_eq!(q.cue.as_deref(), Some("wrote"));
    // A verb the lexicon lacks after a quote closed by two apostrophes.
    let text = "''Keep the carbon tax in place at the current level,'' it recommended.";
    assert_eq!(one(text, &p).cue.as_deref(), Some("recommended"));
}

#[test]
fn a_which_clause_has_a_subject_of_its_own() {
    let p = [("Hillary Clinton", "Hillary Clinton")];
    let text = "The candidate took to the airwaves in an interview, in which Hillary Clinton expressed confidence that nothing would come up “that is going to affect the campaign.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Hillary Clinton"));
}

#[test]
fn a_time_phrase_is_no_subject() {
    let p = [("Al Sharpton", "Al Sharpton")];
    let text = "Al Sharpton left no doubt. Eight years ago, he supported Obama over Clinton and said, “Clinton has never done nothing for us.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("he"));
    assert_eq!(g[0].speaker.as_deref(), Some("Al Sharpton"));
    let text =
        "Al Sharpton left no doubt. Minutes later, he sent an email saying, “done and dusted.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("he"));
}

#[test]
fn from_and_heres_before_a_colon_name_the_source() {
    let p = [("Clinton", "Bill Clinton")];
    let text = "It shows the roots of the ideology. Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the new realities.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Clinton"));
    assert_eq!(q.cue.as_deref(), Some(":"));
    let text = "Not all web panels are equal. From the report: “In general, samples with more elaborate weighting produced more accurate results.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("the report"));
}

#[test]
fn a_name_line_after_a_quote_paragraph_signs_it() {
    let p = [
        ("Dean Baker", "Dean Baker"),
        ("Monique Dalle", "Monique Dalle"),
    ];
    let text = "The debate goes on.\n\n“I worry that we may see a resurgence of balanced-budget talk.”\n\nDean Baker, Center for Economic and Policy Research.\n\nBut the rest is quiet.";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Dean Baker"));
    // A name line with a verb is a sentence, not a signature.
    let text = "The debate goes on.\n\n“I worry that we may see a resurgence of balanced-budget talk.”\n\nDean Baker disagreed.\n\nBut the rest is quiet.";
    let g = run(text, &layer(text, &p, &[]));
    assert_ne!(g[0].mention.as_deref(), Some("Dean Baker"));
}

#[test]
fn a_nounish_cue_after_a_singular_name_or_adjective_is_a_noun() {
    let p = [
        ("Valastro", "Buddy Valastro"),
        ("Elizabeth Warren", "Elizabeth Warren"),
    ];
    let text = "Valastro praised his ability to get things done in a heavily Democratic state.\n\n“We need someone who is going to bring people together.”";
    let g = run(text, &layer(text, &p, &[]));
    assert_eq!(g[0].mention.as_deref(), Some("Valastro"));
    let text = "At the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren said Trump was a “proven failure” in business.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Elizabeth Warren"));
    // A plural subject keeps the base form a verb.
    let text = "Democrats claim the plan is “a disaster for everyone.”";
    assert_eq!(one(text, &p).cue.as_deref(), Some("claim"));
}

#[test]
fn a_capital_headline_before_a_quote_is_its_source() {
    let text = "More news below.\n\nUN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “The United Nations has been grappling with many allegations.” [WaPo.]\n\nThe end.";
    let q = one(text, &[]);
    assert_eq!(
        q.mention.as_deref(),
        Some("UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX")
    );
    // A sentence in ordinary case before the quote is no headline.
    let text = "More news below.\n\nThe UN has more “The United Nations has been grappling with many allegations.” [WaPo.]\n\nThe end.";
    let g = run(text, &EntityLayer::default());
    assert!(g
        .iter()
        .all(|q| q.mention.as_deref() != Some("The UN has more")));
}

#[test]
fn an_apostrophe_does_not_end_the_search_for_a_trailing_attribution() {
    let text = "The campaign is paying \"dozens\" of canvassers to go door to door, to pitch Sanders's candidacy, according to campaign manager Jeff Weaver.";
    let q = one(text, &[]);
    assert_eq!(q.cue.as_deref(), Some("according to"));
    assert!(q
        .mention
        .as_deref()
        .is_some_and(|m| m.ends_with("Jeff Weaver")));
}

#[test]
fn subjects_with_a_year_an_unknown_verb_or_a_leading_then() {
    // A year after the determiner.
    let doc = segment("A 2014 House Intelligence Committee report found it.");
    let p = np::after(&doc, 0, doc.tokens.len()).unwrap();
    assert!(np::text(&doc, p.start, p.end).starts_with("A 2014 House"));
    // A third-person verb the lexicon lacks, before "that" or a determiner.
    let text = "The Sanders campaign projects that “imposing a tax of a fraction of a percent” would raise billions.";
    assert_eq!(
        one(text, &[]).mention.as_deref(),
        Some("The Sanders campaign")
    );
    // "And then" before the subject.
    let p = [("Trump", "Donald Trump")];
    let text = "And then Trump went fully on the attack, saying, \"Is Obama going to finally mention the words?\"";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Trump"));
}

#[test]
fn according_to_a_document_by_an_agent_names_the_agent() {
    let p = [
        ("Amy Glasmeier", "Amy Glasmeier"),
        ("Bill Clinton", "Bill Clinton"),
    ];
    let text = "A “living wage” for a single adult is about $12 an hour, according to calculations by Amy Glasmeier of MIT.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Amy Glasmeier"));
    let text = "“She thinks they are just too much,” Bill Clinton said Monday in Cheyenne, according to audio provided by Wyoming Public Radio.";
    assert_eq!(
        one(text, &p).mention.as_deref(),
        Some("Wyoming Public Radio")
    );
    // Without "by", the phrase itself.
    let text = "“She thinks they are just too much,” Bill Clinton said, according to the radio.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("the radio"));
}

#[test]
fn a_role_between_an_organisation_and_a_name_belongs_to_the_name() {
    // "said CBS moderator Nancy Cordes": the speaker is the person, not CBS.
    let p = [("Nancy Cordes", "Nancy Cordes")];
    for text in [
        "“We will win,” said CBS moderator Nancy Cordes.",
        "In other words, explained CBS news anchor Nancy Cordes: “What does that have to do with it?”",
    ] {
        let q = one(text, &p);
        assert_eq!(q.speaker.as_deref(), Some("Nancy Cordes"), "{text}");
    }
}

#[test]
fn a_coordinated_cue_takes_the_subject_of_its_clause() {
    let p = [("Mary Olsen", "Mary Olsen")];
    // "and … said" inside a "when" clause: the clause's subject "she".
    let text = "Judge Mary Olsen opened the hearing when she read out the charges and then said, “This court will not be rushed.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("she"));
    assert_eq!(q.speaker.as_deref(), Some("Mary Olsen"));
    // Without such a clause, the sentence's subject.
    let text =
        "Judge Mary Olsen read out the charges and then said, “This court will not be rushed.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Mary Olsen"));
    // A comma inside the closing mark still opens the clause after "and".
    let text = "She praised the “quiet, patient work,” and he called the plan “a disgrace.”";
    let got = run(text, &layer(text, &[], &[]));
    let q = got.iter().find(|q| q.quote.contains("disgrace")).unwrap();
    assert_eq!(q.mention.as_deref(), Some("he"));
}

#[test]
fn told_after_a_comma_takes_the_phrase_before_not_its_object() {
    let p = [("Ann Cole", "Ann Cole")];
    let text =
        "“This is a sad day for the town,” the spokeswoman for the group, Ann Cole, told Reuters.";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Ann Cole"));
    assert_eq!(q.cue.as_deref(), Some("told"));
    // "said" after the comma still reads "said X".
    let text = "It was “a sad day” for the town, said Ann Cole.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Ann Cole"));
}

#[test]
fn a_subject_after_a_fronted_phrase_stops_at_its_verb() {
    let p = [("Mara Quist", "Mara Quist")];
    let text = "In the hours after the storm, a familiar voice celebrated the damage online: “In a single night, the river took forty homes.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("a familiar voice"));
    // A verb after the comma is no subject.
    let text = "Mara Quist, the county's sitting mayor, repeated claims that Holm recites the same lines, calling him a “talented talker” at best.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Mara Quist"));
    // A name right after a dash is the subject of its participle.
    let text =
        "Both women issued a statement – Mara Quist saying she was “very encouraged” by the talks.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Mara Quist"));
}

#[test]
fn the_phrase_after_told_is_the_addressee_and_weekdays_are_skipped() {
    let p = [("Ines Varga", "Ines Varga")];
    let text =
        "Varga later Thursday told Radio Nord: “Both sides are meeting next week to settle this.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Varga"));
    assert_eq!(q.cue.as_deref(), Some("told"));
    // An inverted "said X" before the quote still names X.
    let text = "Stated Ines Varga: “Both sides are meeting next week to settle this.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Ines Varga"));
}

#[test]
fn a_cue_without_a_subject_falls_back_to_the_sentence_subject() {
    let p = [("Nora Lind", "Nora Lind")];
    // "45:1" stops the phrase reader; the sentence's subject still owns it.
    let text = "Psalm 12:4 reads: “With our tongues we will prevail; our lips are our own.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Psalm"));
    assert_eq!(q.cue.as_deref(), Some("reads"));
    // An ordinary cue keeps its own subject.
    let text = "Nora Lind reads: “With our tongues we will prevail; our lips are our own.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Nora Lind"));
}

#[test]
fn the_phrase_after_a_cue_is_no_speaker_when_a_clause_follows() {
    let p = [("Lena Berg", "Lena Berg")];
    // "said they were": "they" is the reported clause's subject; the
    // sentence's subject ("the groups") says it.
    let text =
        "In a letter on Thursday, the groups say they are “concerned about the mixed messages.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("the groups"));
    // "One" with a noun after it opens a subject.
    let text = "One aide to the mayor tried to play down the remarks, saying they were “not a big deal around here.”";
    assert!(one(text, &p)
        .mention
        .is_some_and(|m| m.starts_with("One aide")));
}

#[test]
fn a_longer_slot_after_a_quote_names_its_speaker() {
    let p = [("Ann Lee", "Ann Lee"), ("Tom Marsh", "Tom Marsh")];
    for (text, mention) in [
        // A name with a long "of" phrase before the cue.
        (
            "“We cannot rule it out,” Ann Lee of the Center for Rural Studies at the state university wrote in March.",
            "Ann Lee",
        ),
        // A name with an apposition of several commas.
        (
            "“We would have been stuck there for years,” Tom Marsh, now 81 and retired in Lyon, France, said by telephone.",
            "Tom Marsh",
        ),
        // "said" + a phrase the phrase reader does not take.
        (
            "“There is no path left,” said one of the advisers, who asked not to be named.",
            "one of the advisers",
        ),
        // A common phrase first, then the name before the cue.
        (
            "“It recalls the sixties,” the dawn of the modern political movement, Ann Lee says.",
            "Ann Lee",
        ),
    ] {
        assert_eq!(one(text, &p).mention.as_deref(), Some(mention), "{text}");
    }
    // Not after a quote inside the writer's sentence.
    let text = "In 2009, under what Tom Marsh called “the prior model,” the country club a few miles north of Lyon cut its fees and later said it would close.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Tom Marsh"));
}

#[test]
fn a_possessive_before_a_speech_noun_names_the_source() {
    let p = [("Vera Holm", "Vera Holm"), ("Karl Dunn", "Karl Dunn")];
    let text = "The debate turned on Vera Holm’s claim that the levy was “a tax on the poor.”";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Vera Holm"));
    assert_eq!(q.cue.as_deref(), Some("claim"));
    let text =
        "Karl Dunn spoke first. Given his past comments about “lazy farmers,” few were surprised.";
    let q = run(text, &layer(text, &p, &[]))
        .into_iter()
        .find(|q| q.quote.contains("lazy"))
        .unwrap();
    assert_eq!(q.mention.as_deref(), Some("his"));
    // A cue verb of its own keeps its speaker: the critic, not the owner.
    let text = "Karl Dunn criticized Vera Holm’s remark that the levy was “a tax on the poor.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Karl Dunn"));
}

#[test]
fn a_later_attribution_with_a_clause_of_its_own_yields_to_a_cue_before() {
    let p = [("Ana Ruiz", "Ana Ruiz"), ("Tim Ward", "Tim Ward")];
    let text = "While Ana Ruiz admitted on Tuesday that it would be “very hard” to win, her campaign has argued that it could still prevail.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Ana Ruiz"));
    // With no cue before the quote, the later one still attributes it.
    let text = "Conceding that Ruiz “says a lot of odd things,” though, Tim Ward did suggest that her money helps.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Tim Ward"));
    // A later attribution that ends its clause is taken as before.
    let text = "The vote signals “the beginning of the end” for the union, said Tim Ward.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Tim Ward"));
}

#[test]
fn a_quantifier_opening_its_clause_is_the_subject() {
    let p = [("Lia Moss", "Lia Moss")];
    let text = "One voter praised the plan. Another tweeted, “She is above the rules and always has been.”";
    let got = run(text, &layer(text, &p, &[]));
    assert_eq!(got[0].mention.as_deref(), Some("Another"));
    assert_eq!(got[0].cue.as_deref(), Some("tweeted"));
    // Not a quantifier inside a relative clause.
    let text = "Lia Moss said the plan, which some have argued was “a cynical and dangerous stunt,” passed.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Lia Moss"));
}

#[test]
fn a_long_quote_with_no_cue_belongs_to_any_subject_of_its_sentence() {
    let p = [("Rita Vance", "Rita Vance")];
    let text =
        "The new ad targets a “corrupt political system that keeps a rigged economy in place.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("The new ad"));
    // A later quote's attribution still reaches back over the first one.
    let text = "Guns are “the ultimate public health crisis of our time” and “stunt the growth of children,” Rita Vance, the former governor, proclaimed.";
    let got = run(text, &layer(text, &p, &[]));
    assert_eq!(got[0].mention.as_deref(), Some("Rita Vance"));
}

#[test]
fn the_horizontal_bar_is_a_dash() {
    let p = [("Maria Lopez", "Maria Lopez"), ("Lopez", "Maria Lopez")];
    // A dateline ending in U+2015 is no subject.
    let text = "WASHINGTON ― Senator Maria Lopez on Tuesday called the bill “a giveaway to the richest families in the country.”";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Maria Lopez"));
    // A signature after the bar.
    let text = "Nobody expected the vote to pass.\n\n“We will not be silenced by anyone, ever.” ― Maria Lopez";
    let q = one(text, &p);
    assert_eq!(q.mention.as_deref(), Some("Maria Lopez"));
    assert_eq!(q.cue.as_deref(), Some("―"));
}

#[test]
fn naming_before_a_participle_is_no_cue_for_its_subject() {
    let p = [("Omar Reyes", "Omar Reyes")];
    let text = "Later on Sunday, Omar Reyes shared a syllabus for a class called “Perception” on his page, writing “Here is the class you claim never existed.”";
    let got = run(text, &layer(text, &p, &[]));
    let q = got
        .iter()
        .find(|q| q.quote.contains("syllabus") || q.quote.contains("Here is"))
        .unwrap();
    assert_eq!(q.mention.as_deref(), Some("Omar Reyes"));
    assert_eq!(q.cue.as_deref(), Some("writing"));
}

#[test]
fn a_dash_before_a_common_phrase_signs_nothing() {
    let p = [("Ida Kerr", "Ida Kerr")];
    let text = "Ida Kerr said the mayor faced at least twenty “felony charges” – absent political intervention, of course.";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Ida Kerr"));
    let text = "Nobody saw it coming.\n\n“We will not be silenced by anyone, ever.” – Ida Kerr";
    assert_eq!(one(text, &p).mention.as_deref(), Some("Ida Kerr"));
}

/// Every quote's why is its own after the final sort: an indirect quote
/// was proposed by a reported-speech rule and a marked one by
/// `marks-pair`; a marked quote with a speaker names the rule that found
/// it; and a rule switched off is in no why.
#[test]
fn whys_stay_with_their_quotes_and_name_no_rule_switched_off() {
    use crate::rules::RuleEnum;
    use rules::QuoteRule::*;
    let mut offs = vec![RuleSet::default()];
    for &rule in QuoteRule::ALL {
        let mut off = RuleSet::default();
        off.insert(rule);
        offs.push(off);
    }
    // the seed article, and every quote rule's examples as one article
    let examples: Vec<&str> = QuoteRule::TABLE
        .iter()
        .flat_map(|r| r.examples.iter().map(|e| e.text))
        .collect();
    let examples = examples.join("\n\n");
    let texts = [include_str!("../../tests/fixtures/seed.txt"), &examples];
    for (text, off) in texts
        .iter()
        .flat_map(|t| offs.iter().map(move |&o| (*t, o)))
    {
        let doc = segment(text);
        let layer = crate::entities::recognise(&doc);
        let found = find_with(&doc, &layer, off);
        assert_eq!(found.whys.len(), found.quotes.len());
        for (q, why) in found.quotes.iter().zip(&found.whys) {
            let said = &text[q.start..q.end];
            let names = why.names();
            let indirect = [
                IndirectThatClause,
                IndirectThatAfterObject,
                IndirectPronounClause,
            ]
            .iter()
            .any(|r| names[0] == r.rule().name);
            assert_eq!(
                q.kind == QuoteKind::Indirect,
                indirect,
                "{said:?} {names:?}"
            );
            assert!(indirect || names[0] == "marks-pair", "{said:?} {names:?}");
            if q.speaker_start.is_some() {
                assert!(indirect || names.len() > 1, "{said:?} {names:?}");
            }
            for &rule in QuoteRule::ALL {
                assert!(!(off.contains(rule) && why.has(rule)), "{said:?} {names:?}");
            }
        }
    }
}

#[test]
fn one_of_a_people_is_the_person_before_but_a_people_is_not() {
    let speaker = |text: &str| {
        let a = crate::annotate(text);
        assert_eq!(a.quotes.len(), 1, "{text}");
        a.quotes[0].speaker.clone()
    };
    let one = "Lens coach Ivo Brenner was calm. “We will recover,” the Italian said.";
    assert_eq!(speaker(one).as_deref(), Some("Ivo Brenner"));
    let age = "Lens coach Ivo Brenner was calm. “We will recover,” the 61-year-old said.";
    assert_eq!(speaker(age).as_deref(), Some("Ivo Brenner"));
    // a whole people speaks for itself
    let many = "Lens coach Ivo Brenner was calm. “We will recover,” the Italians said.";
    assert_ne!(speaker(many).as_deref(), Some("Ivo Brenner"));
    // a people's word and "man" is one of them; "men", many
    let man = "Lens coach Ivo Brenner was calm. “We will recover,” the Dutchman said.";
    assert_eq!(speaker(man).as_deref(), Some("Ivo Brenner"));
    let men = "Lens coach Ivo Brenner was calm. “We will recover,” the Dutchmen said.";
    assert_ne!(speaker(men).as_deref(), Some("Ivo Brenner"));
}

#[test]
fn a_preposition_ends_the_speakers_phrase() {
    // "inside", "across", "despite": the place or the clause after a
    // speaker is no part of the phrase
    for (text, who) in [
        (
            "“It's a disgrace,” said one fan inside the ground.",
            "one fan",
        ),
        (
            "“We are ready,” said one aide within the campaign.",
            "one aide",
        ),
    ] {
        let q = one(text, &[]);
        assert_eq!(q.mention.as_deref(), Some(who), "{text}");
    }
}
