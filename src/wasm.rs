//! The WebAssembly adapter: a thin layer that takes a JavaScript string, calls
//! [`crate::annotate_with`], converts every offset to UTF-16 code units and
//! returns plain JavaScript objects. No logic lives here.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::offsets::{self, Unit};
use crate::Options;

/// The largest text accepted, in UTF-16 code units (16 Mi, about 16 MB of
/// English). The worst texts measured need about 100 bytes of wasm memory per
/// unit (one punctuation token per character: "((((…"; one quote mark per
/// three bytes: "““““…"), so the limit keeps the peak near 1.6 GiB, well
/// inside the 4 GiB a wasm32 instance can have; 64 Mi units trapped at
/// 3.2 GB. Past it the caller is told so instead.
pub const MAX_INPUT: usize = 16 << 20;

/// The allocator: talc instead of std's dlmalloc, 3.6 KB smaller gzipped at
/// the same speed and peak memory on news text (single-threaded wasm only).
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a mention names. Every `start`/`end` below is in UTF-16 code units: `text.slice(start, end)`. */
export type Label = "PERSON" | "ORG" | "LOC" | "NORP" | "MISC" | "DATE" | "TIME" | "MONEY" | "PERCENT";
export type QuoteKind = "direct" | "partial" | "indirect";
/** One mention of an entity. */
export interface Mention {
  start: number; end: number; label: Label; /** index into `groups` */ id: number;
  /** with `{ explain: true }`: the rules that made it, the one that proposed it first */
  why?: string[];
}
/** One entity, listed once: the canonical (fullest) name and how often it is mentioned. */
export interface Entity { id: number; label: Label; name: string; mentions: number; }
/** A role or title tied to a person ("Kremlin spokesman"). */
export interface Role {
  start: number; end: number; role: string; /** the person's entity id */ person: number;
  /** with `{ explain: true }`: the rule that found it */
  why?: string[];
}
/** A quote or reported speech. `speaker` is null when the text names nobody. */
export interface Quote {
  start: number; end: number; kind: QuoteKind;
  speaker: string | null; speaker_id: number | null;
  speaker_start: number | null; speaker_end: number | null;
  cue: string | null; cue_start: number | null; cue_end: number | null;
  /** quotes inside this one (single marks inside double), ordered by start */
  nested: { start: number; end: number }[];
  /** with `{ explain: true }`: the rules that made it, the one that proposed it first */
  why?: string[];
}
/** A note about the input, e.g. `code: "unmatched-quote"`. */
export interface Diagnostic { start: number; end: number; code: string; message: string; }
export interface Annotations {
  entities: Mention[]; groups: Entity[]; roles: Role[]; quotes: Quote[]; diagnostics: Diagnostic[];
}
/**
 * Which layers to find (both default to true); `explain` adds `why` to every
 * mention, role and quote; `disable` switches rules off by name (an unknown
 * name throws).
 */
export interface AnnotateOptions { entities?: boolean; quotes?: boolean; explain?: boolean; disable?: string[]; }
/**
 * Annotates `text`: entities, roles, quotes with speakers, diagnostics.
 * Offsets are UTF-16 code units. Throws an `Error` with a plain message when
 * `text` is not a string or is longer than `maxInput()` (16 Mi) UTF-16 units.
 */
export function annotate(text: string, options?: AnnotateOptions): Annotations;
"#;

/// Annotates `text`; offsets in the result are UTF-16 code units.
///
/// Throws an `Error` with a plain message when `text` is not a string or is
/// larger than [`MAX_INPUT`].
///
/// Its TypeScript signature is written in the custom section above, so that
/// `options` is optional there.
#[wasm_bindgen(js_name = annotate, skip_typescript)]
pub fn annotate_js(text: JsValue, options: Option<JsValue>) -> Result<JsValue, JsError> {
    if !text.is_string() {
        return Err(JsError::new(&format!(
            "newsmark: annotate() takes a string, not {}",
            js_type(&text)
        )));
    }
    // measured before the text is copied into wasm memory, so an oversized
    // text never costs that copy
    let units = text
        .dyn_ref::<js_sys::JsString>()
        .map_or(0, |s| s.length() as usize);
    if units > MAX_INPUT {
        return Err(JsError::new(&format!(
            "newsmark: the text is {} characters (UTF-16 units) long; the limit is {} \
             (about {} MB of English text): annotate it in parts",
            group_digits(units),
            group_digits(MAX_INPUT),
            MAX_INPUT >> 20
        )));
    }
    let text = text
        .dyn_ref::<js_sys::JsString>()
        .map_or_else(String::new, utf8_of);
    let opts = match options {
        Some(o) => parse_options(&o).map_err(|e| JsError::new(&format!("newsmark: {e}")))?,
        None => Options::default(),
    };
    let mut a = crate::annotate_with(&text, &opts);
    offsets::convert(&text, &mut a, Unit::Utf16);
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    a.serialize(&ser)
        .map_err(|e| JsError::new(&format!("newsmark: {e}")))
}

/// `s` in UTF-8, copied into wasm memory a slice at a time: the glue's
/// one-shot copy reserves three bytes a UTF-16 unit and then shrinks, and a
/// wasm memory never gives back what it grew to (3.9 bytes an input byte of
/// news, a quarter of the peak). The slices are read twice, once for the
/// length and once for the bytes, so the string is allocated once, exactly.
fn utf8_of(s: &js_sys::JsString) -> String {
    const SLICE: u32 = 1 << 16;
    let n = s.length();
    if n <= SLICE {
        return s.into();
    }
    let each = |f: &mut dyn FnMut(&str)| {
        let mut a = 0;
        while a < n {
            let mut b = (a + SLICE).min(n);
            // a surrogate pair stays in one slice
            if b < n && (0xD800..0xDC00).contains(&(s.char_code_at(b - 1) as u32)) {
                b -= 1;
            }
            f(&String::from(s.slice(a, b)));
            a = b;
        }
    };
    let mut len = 0;
    each(&mut |p| len += p.len());
    let mut out = String::with_capacity(len);
    each(&mut |p| out.push_str(p));
    out
}

/// The largest text [`annotate_js`] takes, in UTF-16 code units
/// ([`MAX_INPUT`]): pages check a paste against it before they call.
#[wasm_bindgen(js_name = maxInput)]
pub fn max_input() -> u32 {
    MAX_INPUT as u32
}

/// `1234567` as `"1,234,567"`.
fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// [`crate::warm`]: the one-time decoding done now, so the first
/// `annotate()` is as fast as the next; true when there was work to do. The
/// JavaScript entry's `init()` calls it.
#[wasm_bindgen]
pub fn warm() -> bool {
    let cold = crate::warm_tables();
    // through the whole JavaScript path: string in, objects out
    let _ = annotate_js(JsValue::from_str(crate::WARM_TEXT), None);
    cold
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn flag(options: &JsValue, name: &str) -> Option<bool> {
    js_sys::Reflect::get(options, &JsValue::from_str(name))
        .ok()?
        .as_bool()
}

fn parse_options(options: &JsValue) -> Result<Options, String> {
    let mut o = Options::default();
    if options.is_object() {
        o.entities = flag(options, "entities").unwrap_or(o.entities);
        o.quotes = flag(options, "quotes").unwrap_or(o.quotes);
        o.explain = flag(options, "explain").unwrap_or(o.explain);
        let disable = js_sys::Reflect::get(options, &JsValue::from_str("disable"))
            .unwrap_or(JsValue::UNDEFINED);
        if !disable.is_undefined() && !disable.is_null() {
            let names: Vec<String> = js_sys::Array::from(&disable)
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            o.disabled = crate::registry::Disabled::parse(names.iter().map(String::as_str))?;
        }
    }
    Ok(o)
}

fn js_type(v: &JsValue) -> String {
    v.js_typeof()
        .as_string()
        .unwrap_or_else(|| "a non-string".into())
}
