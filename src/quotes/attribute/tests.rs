//! Unit tests of the attribution patterns on token positions.

use super::*;
use crate::quotes::np;
use crate::segment::segment;

/// A context with every rule on.
fn on<'d, 'a>(doc: &'d Document<'a>) -> Cx<'d, 'a> {
    Cx::new(doc, Default::default())
}

fn tok(doc: &Document, w: &str) -> usize {
    (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap()
}

fn subj(text: &str, verb: &str) -> String {
    let doc = segment(text);
    let c = tok(&doc, verb);
    let p = subject_of(&on(&doc), c, 0).unwrap();
    np::text(&doc, p.start, p.end).to_string()
}

#[test]
fn a_fronted_prepositional_phrase_is_no_subject() {
    let doc = segment("Amid responses from some, The Blaze’s Matt Walsh provided a reason.");
    let np = sentence_subject(&doc, doc.tokens.len() - 1).unwrap();
    assert!(np::text(&doc, np.start, np.end).ends_with("Matt Walsh"));
}

#[test]
fn a_sentence_opening_with_a_quote_has_no_subject() {
    let doc = segment("“It is new,” the crowd heard on Monday.");
    let end = doc.tokens.len() - 1;
    assert_eq!(sentence_subject(&doc, end), None);
    let doc = segment("The crowd said “it is new” on Monday.");
    let np = sentence_subject(&doc, doc.tokens.len() - 1).unwrap();
    assert_eq!(np::text(&doc, np.start, np.end), "The crowd");
}

#[test]
fn subjects_of_cues() {
    assert_eq!(
        subj(
            "Yuri Ushakov, a foreign policy adviser to Putin, described it",
            "described"
        ),
        "Yuri Ushakov"
    );
    assert_eq!(
        subj(
            "Peskov announced that it is but emphasized that",
            "emphasized"
        ),
        "Peskov"
    );
    assert_eq!(
        subj(
            "The European leaders have criticized Putin, claiming he lied",
            "claiming"
        ),
        "The European leaders"
    );
    assert_eq!(
        subj("Analysts express doubt, noting that", "noting"),
        "Analysts"
    );
    assert_eq!(
        subj("Zelensky has repeatedly stated that", "stated"),
        "Zelensky"
    );
    assert_eq!(subj("It angered activists, who said", "said"), "who");
    // A time phrase between subject and cue is stepped over.
    assert_eq!(
        subj("Dianne Feinstein last week said", "said"),
        "Dianne Feinstein"
    );
    // "of state" keeps its noun.
    assert!(subj("The former secretary of state said", "said").ends_with("state"));
    // After "X said," a second verb's subject is X's.
    assert_eq!(
        subj("“It’s been years,” McCain said, asked about it.", "asked"),
        "McCain"
    );
    // A name filling the stretch between two commas is the subject.
    assert_eq!(
        subj("In the primary, Gov. John Kasich (R-OH), said", "said"),
        "Gov. John Kasich"
    );
    assert_eq!(
        subj("Peskov, the Kremlin spokesman, said", "said"),
        "Peskov"
    );
    // Inverted after a comma, for verbs of saying only.
    assert_eq!(
        subj(
            "“It was close” in the end, said official Anna Berg.",
            "said"
        ),
        "official Anna Berg"
    );
    assert_eq!(
        subj("“It was close,” Anna Berg, an official, told CNN.", "told"),
        "Anna Berg"
    );
}

#[test]
fn after_patterns() {
    for (text, who, verb) in [
        ("“No,” Peskov said.", "Peskov", "said"),
        (
            "“No,” said Solomon Yue, an RNC committeeman.",
            "Solomon Yue",
            "said",
        ),
        ("“No,” Yue, an RNC man, told reporters.", "Yue", "told"),
        (
            "“No,” a spokesman for the campaign said.",
            "a spokesman",
            "said",
        ),
        ("“No,” he also said.", "he", "said"),
        (
            "“No,” according to a Kremlin aide.",
            "a Kremlin aide",
            "according to",
        ),
        ("“No.” — Dmitry Peskov", "Dmitry Peskov", "—"),
    ] {
        let doc = segment(text);
        let close = (0..doc.tokens.len())
            .rev()
            .find(|&i| matches!(doc.word(i), "”"))
            .unwrap();
        let a =
            after_quote(&on(&doc), close + 1, doc.tokens.len()).unwrap_or_else(|| panic!("{text}"));
        let p = a.np.unwrap();
        assert_eq!(np::text(&doc, p.start, p.end), who, "{text}");
        assert_eq!(np::text(&doc, a.cue.0, a.cue.1), verb, "{text}");
    }
    let doc = segment("“No” and then some.");
    assert!(after_quote(&on(&doc), 3, doc.tokens.len()).is_none());
}

#[test]
fn before_patterns() {
    for (text, who, verb) in [
        ("Putin said: “Yes.”", "Putin", "said"),
        ("Stated Stone: “Yes.”", "Stone", "Stated"),
        ("He called the plan “a disaster.”", "He", "called"),
        ("According to Smith, “it is over.”", "Smith", "According to"),
        (
            "The report was read by a clerk. Mr. Lee told reporters that “it is over.”",
            "Mr. Lee",
            "told",
        ),
    ] {
        let doc = segment(text);
        let open = (0..doc.tokens.len()).find(|&i| doc.word(i) == "“").unwrap();
        let lo = doc.sentences[doc.sentence_of(open)].tokens.start;
        let a = before_quote(&on(&doc), open, lo).unwrap_or_else(|| panic!("{text}"));
        let p = a.np.unwrap();
        assert_eq!(np::text(&doc, p.start, p.end), who, "{text}");
        assert_eq!(np::text(&doc, a.cue.0, a.cue.1), verb, "{text}");
    }
}
