//! In a real browser (`wasm-pack test --headless --chrome`): annotations laid
//! onto the DOM as text nodes reproduce the text exactly, and each highlight
//! holds the text its offsets name.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "Kremlin spokesman Dmitry Peskov said: “We’re ready 👍🏽.”\n\
<img src=x onerror=alert(1)> Vladimir Putin met Zoë Müller in 東京.";

fn num(v: &JsValue, key: &str) -> u32 {
    Reflect::get(v, &JsValue::from_str(key))
        .unwrap()
        .as_f64()
        .unwrap() as u32
}

#[wasm_bindgen_test]
fn highlights_built_from_text_nodes_match_the_offsets() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let js = newsmark::wasm::annotate_js(JsValue::from_str(TEXT), None)
        .map_err(JsValue::from)
        .unwrap();
    let s = JsString::from(TEXT);
    let ents: Array = Reflect::get(&js, &"entities".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(ents.length() > 0);
    let mut at = 0;
    for e in ents.iter() {
        let (start, end) = (num(&e, "start"), num(&e, "end"));
        root.append_child(&doc.create_text_node(&String::from(s.slice(at, start))))
            .unwrap();
        let mark = doc.create_element("mark").unwrap();
        mark.set_text_content(Some(&String::from(s.slice(start, end))));
        root.append_child(&mark).unwrap();
        at = end;
    }
    root.append_child(&doc.create_text_node(&String::from(s.slice(at, s.length()))))
        .unwrap();

    // The DOM holds the text, verbatim, and no element came from it.
    assert_eq!(root.text_content().unwrap(), TEXT);
    assert_eq!(root.query_selector_all("img").unwrap().length(), 0);
    let marks = root.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), ents.length());
    let rust = newsmark::annotate(TEXT);
    for (i, m) in rust.entities.iter().enumerate() {
        let node = marks.get(i as u32).unwrap();
        assert_eq!(node.text_content().unwrap(), &TEXT[m.start..m.end]);
    }
    root.remove();
}
