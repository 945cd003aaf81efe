//! `newsmark._newsmark`: the extension module behind the `newsmark` Python
//! package. It calls the core's public API only, converts offsets to code
//! points (Python's `str` indices), and builds plain dicts and lists.
//!
//! - The GIL is released while the core runs, in `annotate` as in
//!   `annotate_batch`, so other Python threads go on meanwhile.
//! - A panic never unwinds into the interpreter: it becomes `NewsmarkError`.
//! - Texts longer than `MAX_INPUT_BYTES` of UTF-8 are refused with
//!   `ValueError` before any work, so no input can exhaust memory and abort.

mod batch;

use std::borrow::Cow;

use newsmark::offsets::{self, Unit};
use newsmark::{Annotations, Label, Options, QuoteKind};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::{create_exception, intern};

create_exception!(
    newsmark,
    NewsmarkError,
    PyRuntimeError,
    "newsmark failed inside its Rust core on some text. This is a bug: the message names the text."
);

/// The longest text accepted, in bytes of UTF-8: 16 MiB, as on the page.
/// The worst texts measured (a parenthesis or a one-letter line every two
/// bytes) take about 95 bytes of memory per byte of text natively, so the
/// largest accepted text peaks near 1.6 GiB on each thread of a batch; news
/// articles are a thousand times shorter.
const MAX_INPUT_BYTES: usize = 16 << 20;

/// Annotates `text`, with its offsets converted to code points.
fn annotate_chars(text: &str, options: &Options) -> Annotations {
    let mut a = newsmark::annotate_with(text, options);
    offsets::convert(text, &mut a, Unit::Char);
    a
}

/// The core's options from the keyword arguments. `disable` names rules
/// (`newsmark --rules` lists them); an unknown name is a `ValueError`.
// `..Default::default()` on purpose: the core will add fields to Options.
#[allow(clippy::needless_update)]
fn options(
    entities: bool,
    quotes: bool,
    explain: bool,
    disable: Option<&Bound<'_, PyAny>>,
) -> PyResult<Options> {
    let names: Vec<String> = match disable {
        None => Vec::new(),
        Some(d) if d.is_none() => Vec::new(),
        Some(d) if d.is_instance_of::<PyString>() => {
            return Err(PyTypeError::new_err(
                "disable must be an iterable of rule names, not a str (write disable=[\"name\"])",
            ))
        }
        Some(d) => d
            .try_iter()
            .and_then(|it| it.map(|x| x?.extract::<String>()).collect())
            .map_err(|_| PyTypeError::new_err("disable must be an iterable of rule names (str)"))?,
    };
    let disabled = newsmark::registry::Disabled::parse(names.iter().map(String::as_str))
        .map_err(PyValueError::new_err)?;
    Ok(Options {
        entities,
        quotes,
        explain,
        disabled,
        ..Default::default()
    })
}

/// `why` as the CLI writes it: only when there is one (with `explain`).
fn set_why(d: &Bound<'_, PyDict>, why: &[&'static str]) -> PyResult<()> {
    if why.is_empty() {
        return Ok(());
    }
    d.set_item(intern!(d.py(), "why"), why)
}

/// The text of a Python `str`, borrowed where it can be. A lone surrogate
/// (which UTF-8 cannot hold) becomes U+FFFD: one code point for one, so every
/// offset still indexes the caller's string.
fn text_of<'a>(item: &'a Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<Cow<'a, str>> {
    let s = item.cast::<PyString>().map_err(|_| {
        let ty = item
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!("{} must be a str, not {ty}", what()))
    })?;
    let text = match s.to_str() {
        Ok(t) => Cow::Borrowed(t),
        Err(_) => Cow::Owned(surrogates_replaced(s)?),
    };
    if text.len() > MAX_INPUT_BYTES {
        return Err(PyValueError::new_err(format!(
            "{} is {} bytes of UTF-8; newsmark takes at most {MAX_INPUT_BYTES} (newsmark.MAX_INPUT_BYTES): split it into articles or paragraphs",
            what(),
            text.len()
        )));
    }
    Ok(text)
}

/// `s` as UTF-8 with each unpaired surrogate replaced by U+FFFD.
fn surrogates_replaced(s: &Bound<'_, PyString>) -> PyResult<String> {
    let py = s.py();
    let bytes = s.call_method1(intern!(py, "encode"), ("utf-8", "surrogatepass"))?;
    let mut b: Vec<u8> = bytes.extract()?;
    // "surrogatepass" writes a surrogate as ED A0..BF 80..BF; U+FFFD is
    // EF BF BD, as long, so the bytes are replaced in place.
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == 0xED && (0xA0..=0xBF).contains(&b[i + 1]) {
            b[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8(b)
        .map_err(|e| PyValueError::new_err(format!("text is not valid Unicode: {e}")))
}

/// Strings used for every result, made once per call: interned keys and the
/// label and kind names.
struct Names<'py> {
    labels: [Bound<'py, PyString>; Label::ALL.len()],
    kinds: [Bound<'py, PyString>; 3],
}

impl<'py> Names<'py> {
    fn new(py: Python<'py>) -> Names<'py> {
        Names {
            labels: Label::ALL.map(|l| PyString::intern(py, l.as_str())),
            kinds: [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect]
                .map(|k| PyString::intern(py, k.as_str())),
        }
    }

    fn label(&self, l: Label) -> &Bound<'py, PyString> {
        let i = Label::ALL.iter().position(|x| *x == l).unwrap_or(0);
        &self.labels[i]
    }

    fn kind(&self, k: QuoteKind) -> &Bound<'py, PyString> {
        match k {
            QuoteKind::Direct => &self.kinds[0],
            QuoteKind::Partial => &self.kinds[1],
            QuoteKind::Indirect => &self.kinds[2],
        }
    }
}

/// The annotations as the dict the CLI prints (without its "unit" and "id").
/// Written out by hand rather than through serde: see README, "Python".
fn to_dict<'py>(
    py: Python<'py>,
    names: &Names<'py>,
    a: &Annotations,
) -> PyResult<Bound<'py, PyDict>> {
    let k_start = intern!(py, "start");
    let k_end = intern!(py, "end");
    let k_label = intern!(py, "label");
    let k_id = intern!(py, "id");

    let entities = PyList::empty(py);
    for m in &a.entities {
        let d = PyDict::new(py);
        d.set_item(k_start, m.start)?;
        d.set_item(k_end, m.end)?;
        d.set_item(k_label, names.label(m.label))?;
        d.set_item(k_id, m.id)?;
        set_why(&d, &m.why)?;
        entities.append(d)?;
    }
    let groups = PyList::empty(py);
    for g in &a.groups {
        let d = PyDict::new(py);
        d.set_item(k_id, g.id)?;
        d.set_item(k_label, names.label(g.label))?;
        d.set_item(intern!(py, "name"), &g.name)?;
        d.set_item(intern!(py, "mentions"), g.mentions)?;
        groups.append(d)?;
    }
    let roles = PyList::empty(py);
    for r in &a.roles {
        let d = PyDict::new(py);
        d.set_item(k_start, r.start)?;
        d.set_item(k_end, r.end)?;
        d.set_item(intern!(py, "role"), &r.role)?;
        d.set_item(intern!(py, "person"), r.person)?;
        set_why(&d, &r.why)?;
        roles.append(d)?;
    }
    let quotes = PyList::empty(py);
    for q in &a.quotes {
        let d = PyDict::new(py);
        d.set_item(k_start, q.start)?;
        d.set_item(k_end, q.end)?;
        d.set_item(intern!(py, "kind"), names.kind(q.kind))?;
        d.set_item(intern!(py, "speaker"), &q.speaker)?;
        d.set_item(intern!(py, "speaker_id"), q.speaker_id)?;
        d.set_item(intern!(py, "speaker_start"), q.speaker_start)?;
        d.set_item(intern!(py, "speaker_end"), q.speaker_end)?;
        d.set_item(intern!(py, "cue"), &q.cue)?;
        d.set_item(intern!(py, "cue_start"), q.cue_start)?;
        d.set_item(intern!(py, "cue_end"), q.cue_end)?;
        let nested = PyList::empty(py);
        for n in &q.nested {
            let nd = PyDict::new(py);
            nd.set_item(k_start, n.start)?;
            nd.set_item(k_end, n.end)?;
            nested.append(nd)?;
        }
        d.set_item(intern!(py, "nested"), nested)?;
        set_why(&d, &q.why)?;
        quotes.append(d)?;
    }
    let diagnostics = PyList::empty(py);
    for x in &a.diagnostics {
        let d = PyDict::new(py);
        d.set_item(k_start, x.start)?;
        d.set_item(k_end, x.end)?;
        d.set_item(intern!(py, "code"), x.code)?;
        d.set_item(intern!(py, "message"), x.message.as_ref())?;
        diagnostics.append(d)?;
    }
    let out = PyDict::new(py);
    out.set_item(intern!(py, "entities"), entities)?;
    out.set_item(intern!(py, "groups"), groups)?;
    out.set_item(intern!(py, "roles"), roles)?;
    out.set_item(intern!(py, "quotes"), quotes)?;
    out.set_item(intern!(py, "diagnostics"), diagnostics)?;
    Ok(out)
}

/// Annotates one text: entity mentions, groups, roles, quotes with speakers,
/// diagnostics. Offsets are code points, so `text[m["start"]:m["end"]]` is
/// the mention. The GIL is released while the text is annotated.
/// `explain` adds `why` (the rules that made each mention, role and quote);
/// `disable` switches rules off by name.
#[pyfunction]
#[pyo3(signature = (text, entities = true, quotes = true, explain = false, disable = None))]
fn annotate<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    entities: bool,
    quotes: bool,
    explain: bool,
    disable: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let opts = options(entities, quotes, explain, disable)?;
    let text = text_of(text, &|| "text".to_string())?;
    let a = py
        .detach(|| batch::guarded(|| annotate_chars(&text, &opts)))
        .map_err(NewsmarkError::new_err)?;
    to_dict(py, &Names::new(py), &a)
}

/// Annotates many texts on `threads` threads (default: every core), with
/// the GIL released; returns one dict per text, in input order.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, entities = true, quotes = true, explain = false, disable = None))]
fn annotate_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    entities: bool,
    quotes: bool,
    explain: bool,
    disable: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(entities, quotes, explain, disable)?;
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str (use annotate() for one text)",
        ));
    }
    let threads = match threads {
        None => batch::default_threads(),
        Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1, not {n}"
            )))
        }
    };
    let items: Vec<Bound<'py, PyAny>> = texts
        .try_iter()
        .map_err(|_| {
            let ty = texts
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            PyTypeError::new_err(format!("texts must be an iterable of str, not {ty}"))
        })?
        .collect::<PyResult<_>>()?;
    let strs: Vec<Cow<str>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| text_of(item, &|| format!("texts[{i}]")))
        .collect::<PyResult<_>>()?;
    let results = py.detach(|| {
        batch::map_ordered(&strs, threads, |t| {
            batch::guarded(|| annotate_chars(t, &opts))
        })
    });
    let names = Names::new(py);
    let out = PyList::empty(py);
    for (i, r) in results.iter().enumerate() {
        let a = r
            .as_ref()
            .map_err(|e| NewsmarkError::new_err(format!("texts[{i}]: {e}")))?;
        out.append(to_dict(py, &names, a)?)?;
    }
    Ok(out)
}

#[pymodule]
fn _newsmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_batch, m)?)?;
    m.add("NewsmarkError", m.py().get_type::<NewsmarkError>())?;
    m.add("MAX_INPUT_BYTES", MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
