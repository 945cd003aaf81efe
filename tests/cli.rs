//! The command-line tool: JSONL in and out; a bad line is reported in its
//! place and the batch goes on; input it cannot read at all exits with 2.
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
    // written from another thread, so that output larger than a pipe's
    // buffer is read while input still goes in
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
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

/// The output lines of a JSONL run, parsed.
fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    out.stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// A bad line gets an error object in its place, named on standard error
/// with its line number, and the lines after it are still annotated: exit 1.
#[test]
fn bad_lines_are_reported_and_the_batch_goes_on() {
    let input = b"{\"id\":1,\"text\":\"Vladimir Putin spoke.\"}\n\
not json\n\
{\"id\":3}\n\
{\"id\":4,\"text\":42}\n\
{\"id\":5,\"text\":\"caf\xe9\"}\n\
[1,2]\n\
{\"id\":7,\"text\":\"Ann Lee spoke.\"}\n";
    let out = run(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["entities"].is_array());
    for (k, id) in [
        (1, serde_json::Value::Null),
        (2, 3.into()),
        (3, 4.into()),
        (4, serde_json::Value::Null),
        (5, serde_json::Value::Null),
    ] {
        assert_eq!(lines[k]["line"], k + 1, "{:?}", lines[k]);
        assert_eq!(lines[k]["id"], id, "{:?}", lines[k]);
        assert!(lines[k]["error"].is_string(), "{:?}", lines[k]);
    }
    assert_eq!(lines[6]["id"], 7);
    assert_eq!(lines[6]["entities"][0]["end"], 7);
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "<stdin>:2: not JSON",
        "<stdin>:3: no \"text\"",
        "<stdin>:4: \"text\" is a number",
        "<stdin>:5: not UTF-8",
        "<stdin>:6: a JSON an array",
    ] {
        assert!(err.contains(needle), "{needle} in {err}");
    }
}

/// Exit status 0 when every line was good, 2 only when nothing could be read.
#[test]
fn exit_status_says_how_much_was_read() {
    assert_eq!(
        run(&["--jsonl"], b"{\"text\":\"a\"}\n\n{\"text\":\"b\"}")
            .status
            .code(),
        Some(0)
    );
    let missing = run(&["--jsonl", "/nonexistent/newsmark.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot open"));
}

/// A UTF-8 byte-order mark and lone-surrogate escapes (Python's json.dumps
/// writes them) are accepted; the surrogate reads as U+FFFD.
#[test]
fn byte_order_mark_and_lone_surrogates_are_accepted() {
    let out = run(
        &["--jsonl"],
        b"\xEF\xBB\xBF{\"id\":1,\"text\":\"\\ud800 Vladimir Putin\"}\n",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines[0]["entities"][0]["start"], 2);
    let single = run(&["--unit", "utf8"], b"\xEF\xBB\xBFVladimir Putin");
    let v: serde_json::Value = serde_json::from_slice(&single.stdout).unwrap();
    assert_eq!(
        v["entities"][0]["start"], 0,
        "offsets count from after the mark"
    );
}

/// UTF-16 with a byte-order mark reads as the page reads it, in both modes;
/// invalid UTF-16 is refused with exit 2.
#[test]
fn utf16_files_are_read() {
    let utf16 = |s: &str| -> Vec<u8> {
        [0xFF, 0xFE]
            .into_iter()
            .chain(s.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    let out = run(&["--unit", "utf16"], &utf16("😀 Vladimir Putin"));
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["start"], 3);
    let out = run(
        &["--jsonl"],
        &utf16("{\"id\":\"a\",\"text\":\"Zoë Müller\"}\n"),
    );
    assert_eq!(json_lines(&out)[0]["id"], "a");
    assert_eq!(run(&[], &[0xFF, 0xFE, 0x00, 0xDC]).status.code(), Some(2));
}

/// `newsmark … | head -1` ends quietly when the reader goes away.
#[test]
fn a_closed_pipe_ends_quietly() {
    let mut input = Vec::new();
    for i in 0..20_000 {
        input.extend_from_slice(
            format!("{{\"id\":{i},\"text\":\"Vladimir Putin said so.\"}}\n").as_bytes(),
        );
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    // read one line, then close the pipe
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    let _ = std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `newsmark --rules | head -1` and `--help | head -1`: a reader gone
/// before the first line is no error (its read end is closed before the
/// program starts, so this does not depend on timing).
#[test]
fn listings_end_quietly_on_a_closed_pipe() {
    for flag in ["--rules", "--help"] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_newsmark"))
            .arg(flag)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(
            out.stderr.is_empty(),
            "{flag}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn double_dash_ends_options() {
    let path = std::env::temp_dir().join(format!("-newsmark-dash-{}.txt", std::process::id()));
    std::fs::write(&path, "Vladimir Putin spoke.").unwrap();
    // a file whose name starts with '-' (given relative to its folder)
    let out = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .current_dir(std::env::temp_dir())
        .args([
            "--unit",
            "utf8",
            "--",
            path.file_name().unwrap().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["end"], 14);
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

/// JSONL lines of very different lengths (so that threads finish out of
/// order), with a bad line every so often.
fn mixed_batch(lines: usize) -> Vec<u8> {
    let mut input = Vec::new();
    for i in 0..lines {
        let line = if i % 37 == 5 {
            "not json".to_string()
        } else {
            let text = "Vladimir Putin said on Friday: “We are ready,” Ann Lee wrote. "
                .repeat(1 + (i * 7919) % 40);
            serde_json::json!({ "id": i, "text": text }).to_string()
        };
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    input
}

/// `--threads 4` writes what `--threads 1` writes, byte for byte: every
/// line in input order, the bad ones reported in their places.
#[test]
fn threads_keep_input_order_and_output() {
    let input = mixed_batch(600);
    let one = run(&["--jsonl", "--threads", "1"], &input);
    let four = run(&["--jsonl", "--threads=4"], &input);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(four.status.code(), Some(1));
    let lines = json_lines(&one);
    assert_eq!(lines.len(), 600);
    for (i, v) in lines.iter().enumerate() {
        if i % 37 == 5 {
            assert_eq!(v["line"], i + 1, "{v:?}");
        } else {
            assert_eq!(v["id"], i, "line {i} out of order");
        }
    }
    assert!(
        one.stdout == four.stdout,
        "--threads 4 wrote other output than --threads 1"
    );
    assert_eq!(
        String::from_utf8_lossy(&one.stderr),
        String::from_utf8_lossy(&four.stderr)
    );
    let bad = run(&["--jsonl", "--threads", "0"], b"");
    assert_eq!(bad.status.code(), Some(2));
}

/// Output comes out while input is still going in: the batch is not read
/// whole first. Standard input stays open until the first output line has
/// been read (or a minute has gone by, so a failure does not hang).
#[test]
fn threads_stream_output_before_the_input_ends() {
    use std::io::BufRead;
    let input = mixed_batch(3000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["--jsonl", "--threads", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (first_read, wait_first) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        stdin.write_all(&input).unwrap();
        stdin.flush().unwrap();
        // still open: true when the first line came out before it closed
        wait_first
            .recv_timeout(std::time::Duration::from_secs(60))
            .is_ok()
    });
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    first_read.send(()).ok();
    let rest: Vec<String> = stdout.lines().map(Result::unwrap).collect();
    assert!(writer.join().unwrap(), "no output before the input ended");
    child.wait().unwrap();
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["id"], 0);
    assert_eq!(rest.len(), 2999);
}
