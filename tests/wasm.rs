//! The wasm adapter under `wasm-pack test --node`: UTF-16 offsets that name the
//! same text as the Rust API's byte offsets, options, and clear errors.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const TEXT: &str = "😀 Vladimir Putin met Zoë Müller in 東京 on Tuesday. \
“The talks were ‘👍🏽 useful’,” Putin said. Cafe\u{301} owners 👩‍👩‍👧 in Paris \
said «non». Jared Kushner said: “We’ll see.” 한국 officials agreed.";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn js_annotate(text: &str, options: JsValue) -> JsValue {
    newsmark::wasm::annotate_js(JsValue::from_str(text), Some(options))
        .map_err(JsValue::from)
        .unwrap()
}

#[wasm_bindgen_test]
fn utf16_offsets_name_the_same_text_as_byte_offsets() {
    let rust = newsmark::annotate(TEXT);
    let js = js_annotate(TEXT, JsValue::UNDEFINED);
    let s = JsString::from(TEXT);
    let ents: Array = get(&js, "entities").dyn_into().unwrap();
    assert_eq!(ents.length() as usize, rust.entities.len());
    assert!(ents.length() > 0);
    for (i, m) in rust.entities.iter().enumerate() {
        let e = ents.get(i as u32);
        let sliced: String = s.slice(num(&e, "start"), num(&e, "end")).into();
        assert_eq!(sliced, &TEXT[m.start..m.end]);
        assert_eq!(get(&e, "label").as_string().unwrap(), m.label.as_str());
    }
    let quotes: Array = get(&js, "quotes").dyn_into().unwrap();
    assert_eq!(quotes.length() as usize, rust.quotes.len());
    for (i, q) in rust.quotes.iter().enumerate() {
        let o = quotes.get(i as u32);
        let sliced: String = s.slice(num(&o, "start"), num(&o, "end")).into();
        assert_eq!(sliced, &TEXT[q.start..q.end]);
        // Absent values are null, not undefined, as the TypeScript types say.
        if q.speaker.is_none() {
            assert!(get(&o, "speaker").is_null());
        }
        let nested: Array = get(&o, "nested").dyn_into().unwrap();
        assert_eq!(nested.length() as usize, q.nested.len());
        for (k, n) in q.nested.iter().enumerate() {
            let v = nested.get(k as u32);
            let sliced: String = s.slice(num(&v, "start"), num(&v, "end")).into();
            assert_eq!(sliced, &TEXT[n.start..n.end]);
        }
    }
}

#[wasm_bindgen_test]
fn options_turn_layers_off() {
    let opts = Object::new();
    Reflect::set(&opts, &"quotes".into(), &JsValue::FALSE).unwrap();
    let js = js_annotate("“Yes,” Vladimir Putin said.", opts.into());
    assert_eq!(Array::from(&get(&js, "quotes")).length(), 0);
    assert!(Array::from(&get(&js, "entities")).length() > 0);
}

#[wasm_bindgen_test]
fn a_non_string_is_refused_with_a_clear_message() {
    let err = newsmark::wasm::annotate_js(JsValue::from_f64(42.0), None).unwrap_err();
    let err: JsValue = err.into();
    let msg: String = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("takes a string, not number"), "{msg}");
}

#[wasm_bindgen_test]
fn empty_text_gives_empty_arrays() {
    let js = js_annotate("", JsValue::UNDEFINED);
    for key in ["entities", "groups", "roles", "quotes", "diagnostics"] {
        assert_eq!(Array::from(&get(&js, key)).length(), 0, "{key}");
    }
}

#[path = "fuzz/families.rs"]
mod families;
#[path = "fuzz/gen.rs"]
mod gen;

/// The fuzz harness's generated inputs through the wasm adapter: no trap, and
/// every UTF-16 offset names what the Rust API's byte offset names (the
/// entities' and quotes' starts and ends, converted independently here).
#[wasm_bindgen_test]
fn generated_inputs_agree_with_the_rust_api() {
    let news = [
        include_str!("fixtures/seed.txt"),
        include_str!("fixtures/news.txt"),
    ];
    let mut rng = gen::Rng::new(0x3A5E);
    for case in 0..600 {
        let text = gen::generate(&mut rng, case, &news, 300);
        let rust = newsmark::annotate(&text);
        let js = js_annotate(&text, JsValue::UNDEFINED);
        let utf16 = |b: usize| text[..b].encode_utf16().count() as u32;
        let ents: Array = get(&js, "entities").dyn_into().unwrap();
        assert_eq!(ents.length() as usize, rust.entities.len(), "{text:?}");
        for (i, m) in rust.entities.iter().enumerate() {
            let e = ents.get(i as u32);
            assert_eq!(
                (num(&e, "start"), num(&e, "end")),
                (utf16(m.start), utf16(m.end)),
                "{text:?}"
            );
        }
        let quotes: Array = get(&js, "quotes").dyn_into().unwrap();
        assert_eq!(quotes.length() as usize, rust.quotes.len(), "{text:?}");
        for (i, q) in rust.quotes.iter().enumerate() {
            let o = quotes.get(i as u32);
            assert_eq!(
                (num(&o, "start"), num(&o, "end")),
                (utf16(q.start), utf16(q.end)),
                "{text:?}"
            );
        }
    }
}
