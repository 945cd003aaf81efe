//! The offset contract: the Rust API (UTF-8 bytes) and the CLI in each unit
#![cfg(not(target_arch = "wasm32"))]
//! (code points, UTF-16 units, bytes) name the same text for every span.
mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::UNICODE_NEWS;
use newsmark::offsets::{convert, Unit};

fn slice_in(text: &str, unit: Unit, s: usize, e: usize) -> String {
    match unit {
        Unit::Utf8 => text[s..e].to_string(),
        Unit::Char => text.chars().skip(s).take(e - s).collect(),
        Unit::Utf16 => {
            let u: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&u[s..e]).expect("span on a UTF-16 boundary")
        }
    }
}

/// All (start, end) pairs of an annotations JSON value, in a fixed order.
fn spans(v: &serde_json::Value) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    for key in ["entities", "roles", "quotes"] {
        for x in v[key].as_array().expect("array") {
            out.push((x["start"].as_u64().unwrap(), x["end"].as_u64().unwrap()));
            if let (Some(s), Some(e)) = (
                x.get("speaker_start").and_then(|s| s.as_u64()),
                x.get("speaker_end").and_then(|s| s.as_u64()),
            ) {
                out.push((s, e));
            }
            for n in x
                .get("nested")
                .and_then(|n| n.as_array())
                .into_iter()
                .flatten()
            {
                out.push((n["start"].as_u64().unwrap(), n["end"].as_u64().unwrap()));
            }
        }
    }
    out
}

#[test]
fn converted_offsets_name_the_same_text() {
    let bytes = newsmark::annotate(UNICODE_NEWS);
    assert!(!bytes.entities.is_empty() && !bytes.quotes.is_empty());
    assert!(
        bytes.quotes.iter().any(|q| !q.nested.is_empty()),
        "the text has a nested quote"
    );
    let rust = spans(&serde_json::to_value(&bytes).unwrap());
    for unit in [Unit::Utf8, Unit::Utf16, Unit::Char] {
        let mut a = bytes.clone();
        convert(UNICODE_NEWS, &mut a, unit);
        let conv = spans(&serde_json::to_value(&a).unwrap());
        assert_eq!(rust.len(), conv.len());
        for (&(bs, be), &(s, e)) in rust.iter().zip(&conv) {
            assert_eq!(
                slice_in(UNICODE_NEWS, unit, s as usize, e as usize),
                &UNICODE_NEWS[bs as usize..be as usize],
                "{unit:?}"
            );
        }
    }
}

#[test]
fn cli_offsets_agree_with_the_rust_api_in_every_unit() {
    let rust = spans(&serde_json::to_value(newsmark::annotate(UNICODE_NEWS)).unwrap());
    let line = serde_json::json!({ "id": "u", "text": UNICODE_NEWS, "other": [1, 2] }).to_string();
    for unit in [Unit::Char, Unit::Utf16, Unit::Utf8] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
            .args(["--jsonl", "--unit", unit.as_str()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(line.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["unit"], unit.as_str());
        assert_eq!(v["id"], "u");
        let cli = spans(&v);
        assert_eq!(cli.len(), rust.len());
        for (&(bs, be), &(s, e)) in rust.iter().zip(&cli) {
            assert_eq!(
                slice_in(UNICODE_NEWS, unit, s as usize, e as usize),
                &UNICODE_NEWS[bs as usize..be as usize]
            );
        }
    }
}
