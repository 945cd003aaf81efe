//! The command-line tool: JSONL in and out, and clear errors with exit status 2.
#![cfg(not(target_arch = "wasm32"))]
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn jsonl_mode_annotates_each_line_and_keeps_ids() {
    let seed = include_bytes!("fixtures/seed.jsonl");
    let input = [&seed[..], b"\n{\"id\": 7, \"text\": \"\"}\n"].concat();
    let out = run(&["--jsonl"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "seed-ukraine-talks");
    assert_eq!(lines[0]["unit"], "char");
    assert!(!lines[0]["entities"].as_array().unwrap().is_empty());
    assert_eq!(lines[1]["id"], 7);
    assert!(lines[1]["entities"].as_array().unwrap().is_empty());
}

#[test]
fn single_text_mode_reads_a_file() {
    let path = std::env::temp_dir().join(format!("newsmark-cli-{}.txt", std::process::id()));
    std::fs::write(&path, "Vladimir Putin spoke.").unwrap();
    let out = run(&["--unit", "utf16", path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["unit"], "utf16");
    assert_eq!(v["entities"][0]["start"], 0);
    assert_eq!(v["entities"][0]["end"], 14);
}

#[test]
fn bad_json_line_is_named_with_exit_2() {
    let out = run(&["--jsonl"], b"{\"id\":1,\"text\":\"ok\"}\nnot json\n");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin>:2") && err.contains("not JSON"),
        "{err}"
    );
}

#[test]
fn missing_text_field_is_an_error() {
    let out = run(&["--jsonl"], b"{\"id\":1}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:1: no \"text\""));
}

#[test]
fn non_utf8_file_is_named_with_exit_2() {
    let path = std::env::temp_dir().join(format!("newsmark-latin1-{}.txt", std::process::id()));
    std::fs::write(&path, b"caf\xe9 au lait").unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(path.to_str().unwrap())
            && err.contains("not UTF-8")
            && err.contains("offset 3"),
        "{err}"
    );
}

#[test]
fn unknown_options_and_units_exit_2() {
    assert_eq!(run(&["--unit", "bytes"], b"").status.code(), Some(2));
    assert_eq!(run(&["--frobnicate"], b"").status.code(), Some(2));
    assert_eq!(run(&["--help"], b"").status.code(), Some(0));
}
