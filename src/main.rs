//! `newsmark`: annotate news text from the command line.
//!
//! ```text
//! newsmark [--unit char|utf8|utf16] [--pretty] [FILE]    annotate one text (stdin when no FILE)
//! newsmark --jsonl [--unit …] [FILE]                     one {"id","text"} object a line in,
//!                                                        one {"id","unit","entities","quotes",…} out
//! ```
//! Offsets are printed in the unit named by `"unit"` in the output (default
//! `char`, i.e. Unicode code points). Exit status 2 on bad input, with the
//! file and line named.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use newsmark::offsets::{self, Unit};

const USAGE: &str = "usage: newsmark [--jsonl] [--unit char|utf8|utf16] [--pretty] [FILE]
  Annotates news text: entities, roles, quotes with speakers.
  FILE         a UTF-8 text file (or, with --jsonl, a JSONL file); standard input when absent or '-'
  --jsonl      read lines {\"id\", \"text\", ...}; write lines {\"id\", \"unit\", \"entities\", \"quotes\", ...}
  --unit U     offsets in code points (char, the default), UTF-8 bytes (utf8) or UTF-16 units (utf16)
  --pretty     indent the JSON (single-text mode)";

struct Args {
    jsonl: bool,
    pretty: bool,
    unit: Unit,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        jsonl: false,
        pretty: false,
        unit: Unit::Char,
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--unit" => {
                let v = it
                    .next()
                    .ok_or("--unit needs a value: char, utf8 or utf16")?;
                args.unit = Unit::parse(&v)
                    .ok_or_else(|| format!("unknown unit {v:?}: use char, utf8 or utf16"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--unit=") => {
                let v = &s["--unit=".len()..];
                args.unit = Unit::parse(v)
                    .ok_or_else(|| format!("unknown unit {v:?}: use char, utf8 or utf16"))?;
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            s => {
                if args.file.replace(s.to_string()).is_some() {
                    return Err("give at most one FILE".into());
                }
            }
        }
    }
    Ok(args)
}

/// The JSON object printed for one text.
fn output(id: Option<&serde_json::Value>, text: &str, unit: Unit) -> serde_json::Value {
    let mut a = newsmark::annotate(text);
    offsets::convert(text, &mut a, unit);
    let mut v = serde_json::to_value(&a).expect("annotations serialize");
    let obj = v.as_object_mut().expect("annotations are an object");
    obj.insert("unit".into(), unit.as_str().into());
    if let Some(id) = id {
        obj.insert("id".into(), id.clone());
    }
    v
}

fn run(args: &Args) -> Result<(), String> {
    let name = args
        .file
        .as_deref()
        .filter(|f| *f != "-")
        .unwrap_or("<stdin>");
    let mut input: Box<dyn BufRead> = match args.file.as_deref() {
        None | Some("-") => Box::new(io::BufReader::new(io::stdin().lock())),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("{path}: cannot open: {e}"))?,
        )),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| format!("cannot write output: {e}");
    if !args.jsonl {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{name}: cannot read: {e}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "{name}: not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        let v = output(None, &text, args.unit);
        if args.pretty {
            serde_json::to_writer_pretty(&mut out, &v)
        } else {
            serde_json::to_writer(&mut out, &v)
        }
        .map_err(|e| format!("cannot write output: {e}"))?;
        writeln!(out).map_err(write_err)?;
        return out.flush().map_err(write_err);
    }
    let mut line = Vec::new();
    let mut n = 0;
    loop {
        line.clear();
        n += 1;
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("{name}:{n}: cannot read: {e}"))?;
        if read == 0 {
            break;
        }
        let s = std::str::from_utf8(&line).map_err(|e| {
            format!(
                "{name}:{n}: not UTF-8 (invalid byte at column {})",
                e.valid_up_to() + 1
            )
        })?;
        if s.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value =
            serde_json::from_str(s).map_err(|e| format!("{name}:{n}: not JSON: {e}"))?;
        let text = doc
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| format!("{name}:{n}: no \"text\" string in this object"))?;
        let v = output(
            Some(doc.get("id").unwrap_or(&serde_json::Value::Null)),
            text,
            args.unit,
        );
        serde_json::to_writer(&mut out, &v).map_err(|e| format!("cannot write output: {e}"))?;
        writeln!(out).map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("newsmark: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark: {e}");
            ExitCode::from(2)
        }
    }
}
