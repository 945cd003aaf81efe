//! Packs `data/lexicon.txt` (the committed, readable word lists) for the
//! binary: range-coded byte by byte with an order-1 adaptive model
//! (`src/entities/rangecoder.rs`), which stores it in about 10% less than
//! gzip stores the text, where the download has no room to spare.
//! `src/entities/gazetteer.rs` decodes it once.

#[allow(dead_code)]
#[path = "src/entities/rangecoder.rs"]
mod rangecoder;

use rangecoder::{Encoder, Tree};

fn main() {
    println!("cargo:rerun-if-changed=data/lexicon.txt");
    println!("cargo:rerun-if-changed=src/entities/rangecoder.rs");
    println!("cargo:rerun-if-env-changed=NEWSMARK_TAGGER_LEXICON");
    let mut text = std::fs::read("data/lexicon.txt").expect("data/lexicon.txt");
    if std::env::var_os("NEWSMARK_TAGGER_LEXICON").is_some() {
        text = without_world_names(&String::from_utf8(text).expect("UTF-8")).into_bytes();
    }
    let mut e = Encoder::default();
    let mut models = vec![Tree::default(); 256];
    let mut prev = 0u8;
    for &b in &text {
        e.byte(&mut models[prev as usize], b);
        prev = b;
    }
    let mut out = (text.len() as u32).to_le_bytes().to_vec();
    out.extend(e.finish());
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicon.rc");
    std::fs::write(path, out).expect("write lexicon.rc");
}

/// The word lists the tagger's weights were trained with: all but the given
/// names of other countries (marked "?"), which came after them
/// (data/SOURCES.md). Entries are front-coded against the one before, so
/// each is written out and coded again against the entry kept before it.
fn without_world_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut prev, mut kept) = (String::new(), String::new());
    for line in text.lines() {
        if line.starts_with('#') {
            prev.clear();
            kept.clear();
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let shared = line
            .chars()
            .next()
            .and_then(|c| c.to_digit(10))
            .unwrap_or(0) as usize;
        let mut word: String = prev.chars().take(shared).collect();
        word.push_str(line.get(1..).unwrap_or(""));
        let bare = word.trim_end_matches(['!', '?']).to_string();
        if !word.ends_with('?') {
            let n = bare
                .chars()
                .zip(kept.chars())
                .take_while(|(a, b)| a == b)
                .count()
                .min(9);
            out.push_str(&n.to_string());
            out.extend(word.chars().skip(n));
            out.push('\n');
            kept = bare.clone();
        }
        prev = bare;
    }
    out
}
