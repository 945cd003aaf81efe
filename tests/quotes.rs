//! Quotes on the seed article (tests/fixtures/seed.jsonl): the direct quote
//! with its speaker and cue, and the reported speech with its speakers.

use newsmark::QuoteKind;
use serde_json::Value;

struct Seed {
    text: String,
    gold: Vec<Value>,
}

fn seed() -> Seed {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed.jsonl");
    let line = std::fs::read_to_string(path).expect("seed fixture");
    let v: Value = serde_json::from_str(line.lines().next().expect("one line")).expect("JSON");
    Seed {
        text: v["text"].as_str().expect("text").to_string(),
        gold: v["quotes"].as_array().expect("quotes").clone(),
    }
}

/// Code-point offset → byte offset.
fn byte(text: &str, cp: u64) -> usize {
    text.char_indices()
        .nth(cp as usize)
        .map_or(text.len(), |(b, _)| b)
}

fn span(text: &str, q: &Value, s: &str, e: &str) -> (usize, usize) {
    (
        byte(text, q[s].as_u64().expect("start")),
        byte(text, q[e].as_u64().expect("end")),
    )
}

#[test]
fn the_direct_quote_is_yuri_ushakovs() {
    let seed = seed();
    let text = &seed.text;
    let a = newsmark::annotate(text);
    let direct: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .collect();
    assert_eq!(direct.len(), 1, "{direct:?}");
    let q = direct[0];
    let gold = seed
        .gold
        .iter()
        .find(|g| g["kind"] == "direct")
        .expect("gold direct");
    assert_eq!((q.start, q.end), span(text, gold, "start", "end"));
    let (ss, se) = (
        q.speaker_start.expect("speaker"),
        q.speaker_end.expect("speaker"),
    );
    assert_eq!(&text[ss..se], "Yuri Ushakov");
    assert_eq!(q.cue.as_deref(), Some("described"));
    assert_eq!(&text[q.cue_start.unwrap()..q.cue_end.unwrap()], "described");
    assert_eq!(q.kind, QuoteKind::Partial);
}

#[test]
fn reported_speech_has_its_speakers() {
    let seed = seed();
    let text = &seed.text;
    let a = newsmark::annotate(text);
    let found: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    let gold: Vec<_> = seed
        .gold
        .iter()
        .filter(|g| g["kind"] == "indirect")
        .collect();
    assert_eq!(gold.len(), 8);
    let mut exact = 0;
    let mut right_speaker = 0;
    for g in &gold {
        let (gs, ge) = span(text, g, "start", "end");
        let (ps, pe) = span(text, g, "speaker_start", "speaker_end");
        let Some(q) = found.iter().find(|q| q.start < ge && gs < q.end) else {
            continue;
        };
        exact += usize::from((q.start, q.end) == (gs, ge));
        let (ss, se) = (q.speaker_start.unwrap_or(0), q.speaker_end.unwrap_or(0));
        right_speaker += usize::from(ss < pe && ps < se);
    }
    assert!(
        right_speaker >= 7,
        "{right_speaker} of 8 with the right speaker: {found:#?}"
    );
    assert!(exact >= 7, "{exact} of 8 exact: {found:#?}");
    // Nothing is reported twice, and every item names a speaker and a cue.
    assert!(found.iter().all(|q| q.speaker.is_some() && q.cue.is_some()));
    assert!(found.len() <= gold.len() + 1, "{found:#?}");
}

#[test]
fn apostrophes_in_the_seed_raise_no_diagnostics() {
    let seed = seed();
    let a = newsmark::annotate(&seed.text);
    assert!(seed.text.contains("Moscow‘s"));
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
}
