//! Writes the core's fuzz inputs as JSONL (`{"kind", "text"}` a line) for the
//! Python tests, which push them through `annotate` and `annotate_batch`.
//!
//! ```text
//! cargo run --release -p newsmark-python-harness -- [CASES_PER_KIND] [SEED] > inputs.jsonl
//! ```
//!
//! The generators are the core's own (`tests/fuzz/gen.rs`, `families.rs`),
//! included by path, so the binding is fuzzed with exactly what the core is.
//! `cargo test -p newsmark-python-harness` also runs the tests of the
//! binding's batch runner (`src/batch.rs`), which needs no Python.

#[path = "../../src/batch.rs"]
#[allow(dead_code)]
mod batch;
#[path = "../../../tests/fuzz/families.rs"]
mod families;
#[path = "../../../tests/fuzz/gen.rs"]
mod gen;

use std::io::{self, BufWriter, Write};

const SEED_TEXT: &str = include_str!("../../../tests/fixtures/seed.txt");
const NEWS_TEXT: &str = include_str!("../../../tests/fixtures/news.txt");

/// `s` as a JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let per_kind: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(18);
    let news = [SEED_TEXT, NEWS_TEXT];
    let mut rng = gen::Rng::new(seed);
    let mut out = BufWriter::new(io::stdout().lock());
    for (k, kind) in gen::KINDS.iter().enumerate() {
        for _ in 0..per_kind {
            // As in the core's harness: mostly short, now and then long.
            let scale = if rng.one_in(50) { 20_000 } else { 400 };
            let text = gen::generate(&mut rng, k, &news, scale);
            writeln!(
                out,
                "{{\"kind\":{},\"text\":{}}}",
                json_string(kind),
                json_string(&text)
            )?;
        }
    }
    // The adversarial families at 64 KB each: a pattern repeated.
    for (name, pattern) in families::FAMILIES {
        let text = families::repeat_to(pattern, 64 * 1024);
        let kind = format!("family:{name}");
        writeln!(
            out,
            "{{\"kind\":{},\"text\":{}}}",
            json_string(&kind),
            json_string(&text)
        )?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(
            json_string("a\"b\\c\n\u{1}é😀"),
            "\"a\\\"b\\\\c\\n\\u0001é😀\""
        );
    }
}
