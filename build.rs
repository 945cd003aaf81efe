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
    let text = std::fs::read("data/lexicon.txt").expect("data/lexicon.txt");
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
