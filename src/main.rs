//! `newsmark`: annotate news text from the command line.
//!
//! ```text
//! newsmark [--unit char|utf8|utf16] [--pretty] [FILE]    annotate one text (stdin when no FILE)
//! newsmark --jsonl [--unit …] [--threads N] [FILE]       one {"id","text"} object a line in,
//!                                                        one {"id","unit","entities","quotes",…} out
//! ```
//! Offsets are printed in the unit named by `"unit"` in the output (default
//! `char`, i.e. Unicode code points). Input is UTF-8, or UTF-16 with a
//! byte-order mark; a UTF-8 byte-order mark is dropped (offsets count from
//! after it). In JSONL mode a bad line gets an error object in its place and
//! the rest goes on: exit status 0 when every line was good, 1 when some were
//! reported, 2 when nothing could be read. JSONL lines are annotated on
//! every core (`--threads`) and written in input order as they are done, with
//! at most 64 lines a thread read ahead, so memory does not grow with the file.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

use newsmark::offsets::{self, Unit};

const USAGE: &str = "usage: newsmark [--jsonl [--threads N]] [--unit char|utf8|utf16] [--pretty] [--explain] [--disable RULE]... [--] [FILE]
       newsmark --rules
  Annotates news text: entities, roles, quotes with speakers.
  FILE         a text file, UTF-8 or UTF-16 with a byte-order mark (or, with
               --jsonl, a JSONL file); standard input when absent or '-'
  --jsonl      read lines {\"id\", \"text\", ...}; write lines {\"id\", \"unit\", \"entities\", \"quotes\", ...};
               a bad line gets {\"id\", \"line\", \"error\"} in its place (exit status 1)
  --threads N  annotate JSONL lines on N threads (default: every core); output stays in input order
  --unit U     offsets in code points (char, the default), UTF-8 bytes (utf8) or UTF-16 units (utf16)
  --pretty     indent the JSON (single-text mode)
  --explain    add \"why\" to every entity, role and quote: the rules that made it, the proposer first
  --disable R  switch rule R off (repeatable), to measure its effect
  --rules      list every rule, in the order each layer runs them, and exit
  --           ends the options: the next argument is a FILE even if it starts with '-'";

struct Args {
    jsonl: bool,
    threads: NonZeroUsize,
    pretty: bool,
    unit: Unit,
    file: Option<String>,
    options: newsmark::Options,
}

/// What the command line asks for: annotating, or the help or rule list.
enum Parsed {
    Run(Args),
    Help,
    Rules,
}

fn parse_args(argv: impl IntoIterator<Item = String>) -> Result<Parsed, String> {
    let mut args = Args {
        jsonl: false,
        threads: std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN),
        pretty: false,
        unit: Unit::Char,
        file: None,
        options: newsmark::Options::default(),
    };
    let mut disabled: Vec<String> = Vec::new();
    let mut it = argv.into_iter();
    let mut options_done = false;
    while let Some(a) = it.next() {
        let mut set_file = |s: String| {
            if args.file.replace(s).is_some() {
                return Err("give at most one FILE".to_string());
            }
            Ok(())
        };
        if options_done {
            set_file(a)?;
            continue;
        }
        match a.as_str() {
            "--" => options_done = true,
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--explain" => args.options.explain = true,
            "--disable" => disabled.push(
                it.next()
                    .ok_or("--disable needs a rule's name (newsmark --rules lists them)")?,
            ),
            s if s.starts_with("--disable=") => disabled.push(s["--disable=".len()..].to_string()),
            "--rules" => return Ok(Parsed::Rules),
            "--threads" => {
                let v = it.next().ok_or("--threads needs a number, 1 or more")?;
                args.threads = parse_threads(&v)?;
            }
            s if s.starts_with("--threads=") => {
                args.threads = parse_threads(&s["--threads=".len()..])?
            }
            "--unit" => {
                let v = it
                    .next()
                    .ok_or("--unit needs a value: char, utf8 or utf16")?;
                args.unit = parse_unit(&v)?;
            }
            "-h" | "--help" => return Ok(Parsed::Help),
            s if s.starts_with("--unit=") => args.unit = parse_unit(&s["--unit=".len()..])?,
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            _ => set_file(a)?,
        }
    }
    args.options.disabled =
        newsmark::registry::Disabled::parse(disabled.iter().map(String::as_str))?;
    Ok(Parsed::Run(args))
}

/// The rule tables, one line a rule: layer, name, doc. A reader that
/// closes the pipe early (`--rules | head`) ends the listing quietly.
fn print_rules(out: &mut impl Write) -> io::Result<()> {
    for (layer, rule) in newsmark::registry::all() {
        writeln!(out, "{layer:9} {:32} {}", rule.name, rule.doc)?;
    }
    out.flush()
}

/// Prints a short text to stdout; a closed pipe is not an error.
fn print_or_quiet(result: io::Result<()>) -> ExitCode {
    match result {
        Err(e) if !is_closed_pipe(&e) => {
            eprintln!("newsmark: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn parse_threads(v: &str) -> Result<NonZeroUsize, String> {
    v.parse()
        .map_err(|_| format!("--threads {v:?}: give a number, 1 or more"))
}

fn parse_unit(v: &str) -> Result<Unit, String> {
    Unit::parse(v).ok_or_else(|| format!("unknown unit {v:?}: use char, utf8 or utf16"))
}

/// The JSON object printed for one text.
fn output(
    id: Option<&serde_json::Value>,
    text: &str,
    unit: Unit,
    options: &newsmark::Options,
) -> serde_json::Value {
    let mut a = newsmark::annotate_with(text, options);
    offsets::convert(text, &mut a, unit);
    let mut v = serde_json::to_value(&a).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("unit".into(), unit.as_str().into());
        if let Some(id) = id {
            obj.insert("id".into(), id.clone());
        }
    }
    v
}

/// How the input is encoded, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// The encoding named by a byte-order mark, and the mark's length.
fn sniff(bytes: &[u8]) -> (Encoding, usize) {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding::Utf8, 3),
        [0xFF, 0xFE, ..] => (Encoding::Utf16Le, 2),
        [0xFE, 0xFF, ..] => (Encoding::Utf16Be, 2),
        _ => (Encoding::Utf8, 0),
    }
}

/// Decodes UTF-16 (after its byte-order mark) strictly, as the page does: an
/// odd byte count or an unpaired surrogate is an error, with its byte offset.
fn decode_utf16(bytes: &[u8], enc: Encoding) -> Result<String, String> {
    if bytes.len() % 2 == 1 {
        return Err(format!(
            "UTF-16 text with an odd number of bytes ({})",
            bytes.len() + 2
        ));
    }
    let units = bytes.chunks_exact(2).map(|p| match enc {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    let mut s = String::with_capacity(bytes.len() / 2);
    for (k, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => s.push(c),
            Err(e) => {
                return Err(format!(
                    "not valid UTF-16 (unpaired surrogate {:#06x} near byte {})",
                    e.unpaired_surrogate(),
                    2 * k
                ))
            }
        }
    }
    Ok(s)
}

/// Reads the whole input as text: UTF-8 (a byte-order mark dropped) or UTF-16
/// with a byte-order mark.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    match sniff(&bytes) {
        (Encoding::Utf8, bom) => {
            let mut bytes = bytes;
            bytes.drain(..bom);
            String::from_utf8(bytes).map_err(|e| {
                format!(
                    "not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to() + bom
                )
            })
        }
        (enc, bom) => decode_utf16(&bytes[bom..], enc),
    }
}

/// One JSONL line's failure: what the error object says.
struct LineError {
    id: serde_json::Value,
    message: String,
}

/// Parses one JSONL line into its id and text. A lone UTF-16 surrogate
/// escape (`"\ud800"`, which Python's `json.dumps` writes for such text) is
/// read as U+FFFD.
fn parse_line(line: &str) -> Result<(serde_json::Value, String), LineError> {
    let bad = |message: String| LineError {
        id: serde_json::Value::Null,
        message,
    };
    let doc: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            let mended = lone_surrogates_replaced(line);
            if mended == line {
                return Err(bad(format!("not JSON: {e}")));
            }
            serde_json::from_str(&mended).map_err(|e| bad(format!("not JSON: {e}")))?
        }
    };
    let id = doc.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match doc.get("text") {
        Some(serde_json::Value::String(t)) => Ok((id, t.clone())),
        Some(other) => Err(LineError {
            id,
            message: format!("\"text\" is {}, not a string", json_kind(other)),
        }),
        None if doc.is_object() => Err(LineError {
            id,
            message: "no \"text\" in this object".into(),
        }),
        None => Err(bad(format!(
            "a JSON {}, not an object with \"text\"",
            json_kind(&doc)
        ))),
    }
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `line` with every `\uXXXX` escape of an unpaired surrogate replaced by
/// `\ufffd`; escaped backslashes are skipped, so `\\ud800` stays as it is.
fn lone_surrogates_replaced(line: &str) -> String {
    let b = line.as_bytes();
    let hex = |i: usize| -> Option<u16> {
        let s = line.get(i..i + 4)?;
        u16::from_str_radix(s, 16).ok()
    };
    let escape_at = |i: usize| -> Option<u16> {
        (b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u'))
            .then(|| hex(i + 2))
            .flatten()
    };
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(0xD800..=0xDBFF)
                if escape_at(i + 6).is_some_and(|l| (0xDC00..=0xDFFF).contains(&l)) =>
            {
                i += 12;
            }
            Some(0xD800..=0xDFFF) => {
                out.push_str(&line[copied..i]);
                out.push_str("\\ufffd");
                i += 6;
                copied = i;
            }
            _ => i += 2,
        }
    }
    out.push_str(&line[copied.min(line.len())..]);
    out
}

/// What became of a run: every line good, some reported, or a failure that
/// stopped it.
enum Outcome {
    Clean,
    SomeBad(usize),
}

/// True for the error a closed pipe gives (`newsmark … | head -1`).
fn is_closed_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

/// A failure that ends the run: a message for standard error, or a closed
/// pipe, which ends it quietly.
enum Stop {
    Fail(String),
    ClosedPipe,
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        if is_closed_pipe(&e) {
            Stop::ClosedPipe
        } else {
            Stop::Fail(format!("cannot write output: {e}"))
        }
    }
}

fn write_json(out: &mut impl Write, v: &serde_json::Value, pretty: bool) -> Result<(), Stop> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, v)
    } else {
        serde_json::to_writer(&mut *out, v)
    }
    .map_err(|e| Stop::from(io::Error::from(e)))?;
    writeln!(out)?;
    Ok(())
}

fn run(args: &Args) -> Result<Outcome, Stop> {
    let name = args
        .file
        .as_deref()
        .filter(|f| *f != "-")
        .unwrap_or("<stdin>");
    let mut input: Box<dyn BufRead> = match args.file.as_deref() {
        None | Some("-") => Box::new(io::BufReader::new(io::stdin().lock())),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path)
                .map_err(|e| Stop::Fail(format!("{path}: cannot open: {e}")))?,
        )),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if !args.jsonl {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| Stop::Fail(format!("{name}: cannot read: {e}")))?;
        let text = decode(bytes).map_err(|e| Stop::Fail(format!("{name}: {e}")))?;
        write_json(
            &mut out,
            &output(None, &text, args.unit, &args.options),
            args.pretty,
        )?;
        out.flush()?;
        return Ok(Outcome::Clean);
    }
    // UTF-16 JSONL is decoded whole (it is rare); UTF-8 streams line by line.
    let first = input
        .fill_buf()
        .map_err(|e| Stop::Fail(format!("{name}: cannot read: {e}")))?;
    let (enc, bom) = sniff(first);
    if enc != Encoding::Utf8 {
        let mut bytes = Vec::new();
        input
            .read_to_end(&mut bytes)
            .map_err(|e| Stop::Fail(format!("{name}: cannot read: {e}")))?;
        let text =
            decode_utf16(&bytes[bom..], enc).map_err(|e| Stop::Fail(format!("{name}: {e}")))?;
        input = Box::new(io::Cursor::new(text.into_bytes()));
    } else {
        input.consume(bom);
    }
    let bad = jsonl(&mut *input, &mut out, name, args)?;
    out.flush()?;
    Ok(if bad == 0 {
        Outcome::Clean
    } else {
        Outcome::SomeBad(bad)
    })
}

/// Lines read ahead of the one being written, per thread: the window that
/// bounds memory however long the file.
const WINDOW_PER_THREAD: usize = 64;

/// One JSONL line's output (with its newline), for the text with `id`, and
/// whether it is an error object in place of the annotations.
fn output_line(id: serde_json::Value, text: &str, args: &Args) -> (Vec<u8>, bool) {
    guarded(&id, || output(Some(&id), text, args.unit, &args.options))
}

/// `annotate()`'s JSON as one line, or, should the library panic (a bug: it
/// promises never to), an error object for that text alone, and `true`: the
/// other lines go on, and the threads waiting for this one's turn are not
/// left waiting for ever.
fn guarded(
    id: &serde_json::Value,
    annotate: impl FnOnce() -> serde_json::Value,
) -> (Vec<u8>, bool) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(annotate)) {
        Ok(v) => (json_line(&v), false),
        Err(_) => {
            let message = "internal error: newsmark failed on this text (a bug; please report it)";
            (
                json_line(&serde_json::json!({ "id": id, "error": message })),
                true,
            )
        }
    }
}

/// `v` as one line of JSON, kept until its turn to be written.
fn json_line(v: &serde_json::Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    // writing to memory cannot fail
    let _ = write_json(&mut bytes, v, false);
    bytes
}

/// Annotates the JSONL lines of `input` on `args.threads` threads and writes
/// their outputs to `out` in input order, each as soon as it and every line
/// before it are done. Lines are parsed (and bad ones reported, in order) here;
/// only annotating runs on the workers. Returns how many lines were bad.
fn jsonl(
    input: &mut dyn BufRead,
    out: &mut impl Write,
    name: &str,
    args: &Args,
) -> Result<usize, Stop> {
    let threads = args.threads.get();
    let window = WINDOW_PER_THREAD * threads;
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, serde_json::Value, String)>(window);
    let (done_tx, done_rx) = mpsc::channel::<(usize, (Vec<u8>, bool))>();
    let job_rx = Mutex::new(job_rx);
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        if threads > 1 {
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let (job_rx, stop) = (&job_rx, &stop);
                s.spawn(move || loop {
                    let job = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((k, id, text)) = job else { break };
                    if stop.load(Ordering::Relaxed)
                        || done_tx.send((k, output_line(id, &text, args))).is_err()
                    {
                        break;
                    }
                });
            }
        }
        drop(done_tx);
        // with one thread there are no workers: lines are annotated here
        let mut job_tx = (threads > 1).then_some(job_tx);
        let mut lines = Lines {
            out,
            done: BTreeMap::new(),
            next_in: 0,
            next_out: 0,
            failed: 0,
        };
        let result = read_lines(input, name, args, window, &mut lines, &mut job_tx, &done_rx);
        // workers end when the jobs end; after a failure, without finishing theirs
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        drop(job_tx);
        result
    })
}

/// The outputs done but not yet written, by line index (each with whether
/// the library failed on it), where writing is, and how many failed.
struct Lines<'a, W: Write> {
    out: &'a mut W,
    done: BTreeMap<usize, (Vec<u8>, bool)>,
    next_in: usize,
    next_out: usize,
    failed: usize,
}

impl<W: Write> Lines<'_, W> {
    /// Writes every output whose turn has come.
    fn write_ready(&mut self) -> Result<(), Stop> {
        while let Some((bytes, failed)) = self.done.remove(&self.next_out) {
            self.out.write_all(&bytes)?;
            self.failed += usize::from(failed);
            self.next_out += 1;
        }
        Ok(())
    }
}

/// [`jsonl`]'s reading side: each line becomes a job for the workers (or,
/// with no workers, `job_tx` being `None`, is annotated here) or an error
/// object in its place; at most `window` lines are read ahead of the writing.
fn read_lines<W: Write>(
    input: &mut dyn BufRead,
    name: &str,
    args: &Args,
    window: usize,
    lines: &mut Lines<'_, W>,
    job_tx: &mut Option<mpsc::SyncSender<(usize, serde_json::Value, String)>>,
    done_rx: &mpsc::Receiver<(usize, (Vec<u8>, bool))>,
) -> Result<usize, Stop> {
    let gone = || Stop::Fail("an annotating thread stopped".into());
    let mut line = Vec::new();
    let mut bad = 0;
    let mut n = 0;
    loop {
        line.clear();
        n += 1;
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return Err(Stop::Fail(format!("{name}:{n}: cannot read: {e}"))),
        }
        let result = match std::str::from_utf8(&line) {
            Err(e) => Err(LineError {
                id: serde_json::Value::Null,
                message: format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1),
            }),
            Ok(s) if s.trim().is_empty() => continue,
            Ok(s) => parse_line(s),
        };
        let k = lines.next_in;
        lines.next_in += 1;
        match (result, job_tx.as_ref()) {
            (Ok((id, text)), Some(tx)) => tx.send((k, id, text)).map_err(|_| gone())?,
            (Ok((id, text)), None) => {
                lines.done.insert(k, output_line(id, &text, args));
            }
            (Err(e), _) => {
                bad += 1;
                eprintln!("newsmark: {name}:{n}: {}", e.message);
                let v = serde_json::json!({ "id": e.id, "line": n, "error": e.message });
                lines.done.insert(k, (json_line(&v), false));
            }
        }
        // take what is done; wait only when the window is full
        while let Ok((k, bytes)) = done_rx.try_recv() {
            lines.done.insert(k, bytes);
        }
        lines.write_ready()?;
        while lines.next_in - lines.next_out >= window {
            let (k, bytes) = done_rx.recv().map_err(|_| gone())?;
            lines.done.insert(k, bytes);
            lines.write_ready()?;
        }
    }
    // no more jobs: the workers end once theirs are done
    job_tx.take();
    while lines.next_out < lines.next_in {
        if !lines.done.contains_key(&lines.next_out) {
            let (k, bytes) = done_rx.recv().map_err(|_| gone())?;
            lines.done.insert(k, bytes);
        }
        lines.write_ready()?;
    }
    if lines.failed > 0 {
        eprintln!("newsmark: {name}: {} text(s) failed inside newsmark (a bug; their lines say \"internal error\")", lines.failed);
    }
    Ok(bad + lines.failed)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            return print_or_quiet(writeln!(io::stdout().lock(), "{USAGE}"));
        }
        Ok(Parsed::Rules) => return print_or_quiet(print_rules(&mut io::stdout().lock())),
        Err(e) => {
            eprintln!("newsmark: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(Outcome::Clean) | Err(Stop::ClosedPipe) => ExitCode::SUCCESS,
        Ok(Outcome::SomeBad(n)) => {
            eprintln!(
                "newsmark: {n} line{} reported as errors; the others were annotated",
                if n == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
        Err(Stop::Fail(e)) => {
            eprintln!("newsmark: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_that_texts_error_line() {
        let id = serde_json::json!("a7");
        let (line, failed) = guarded(&id, || panic!("a bug"));
        let v: serde_json::Value = serde_json::from_slice(&line).unwrap();
        assert!(failed && line.ends_with(b"\n"));
        assert_eq!(v["id"], "a7");
        assert!(v["error"].as_str().unwrap().starts_with("internal error"));
        let (line, failed) = guarded(&id, || serde_json::json!({ "id": "a7" }));
        assert!(!failed && line == b"{\"id\":\"a7\"}\n");
    }

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        assert_eq!(
            lone_surrogates_replaced(r#"{"text":"a\ud800b"}"#),
            r#"{"text":"a\ufffdb"}"#
        );
        assert_eq!(
            lone_surrogates_replaced(r#"{"text":"\udc00"}"#),
            r#"{"text":"\ufffd"}"#
        );
        // a pair stays a pair; an escaped backslash is no escape
        assert_eq!(
            lone_surrogates_replaced(r#""\ud83d\ude00""#),
            r#""\ud83d\ude00""#
        );
        assert_eq!(lone_surrogates_replaced(r#""\\ud800""#), r#""\\ud800""#);
        // cut short at the end of the line
        assert_eq!(lone_surrogates_replaced(r#""\ud8"#), r#""\ud8"#);
    }

    #[test]
    fn utf16_is_decoded_strictly() {
        let le: Vec<u8> = "Zoë 😀".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode([&[0xFF, 0xFE][..], &le].concat()).unwrap(), "Zoë 😀");
        let be: Vec<u8> = "Zoë".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode([&[0xFE, 0xFF][..], &be].concat()).unwrap(), "Zoë");
        assert!(decode(vec![0xFF, 0xFE, 0x00, 0xD8])
            .unwrap_err()
            .contains("unpaired surrogate"));
        assert!(decode(vec![0xFF, 0xFE, 0x41])
            .unwrap_err()
            .contains("odd number"));
        assert_eq!(decode(b"\xEF\xBB\xBFHi".to_vec()).unwrap(), "Hi");
    }

    #[test]
    fn double_dash_ends_options() {
        let Ok(Parsed::Run(a)) = parse_args(["--".to_string(), "--jsonl".to_string()]) else {
            panic!("not parsed as a run");
        };
        assert_eq!(a.file.as_deref(), Some("--jsonl"));
        assert!(!a.jsonl);
    }
}
