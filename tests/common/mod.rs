//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use newsmark::Annotations;

/// Text that exercises the offset contract: emoji (astral, ZWJ sequences,
/// skin tones), combining marks, CJK, curly quotes and a guillemet quote.
pub const UNICODE_NEWS: &str = "😀 Vladimir Putin met Zoë Müller in 東京 on Tuesday. \
“The talks were ‘👍🏽 useful’,” Putin said. Cafe\u{301} owners 👩‍👩‍👧 in Paris \
said «non». Jared Kushner said: “We’ll see.” 한국 officials agreed.";

/// Every offset in `a` is in bounds and on a character boundary of `text`,
/// and every span is non-empty and well ordered.
pub fn assert_spans_valid(text: &str, a: &Annotations) {
    let ok = |s: usize, e: usize, what: &str| {
        assert!(
            s < e && e <= text.len(),
            "{what} {s}..{e} out of bounds (len {})",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{what} {s}..{e} splits a character"
        );
    };
    for m in &a.entities {
        ok(m.start, m.end, "entity");
        assert!(
            (m.id as usize) < a.groups.len(),
            "entity id {} has no group",
            m.id
        );
    }
    for w in a.entities.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "entities overlap or are unordered: {:?}",
            w
        );
    }
    for (i, g) in a.groups.iter().enumerate() {
        assert_eq!(g.id as usize, i);
    }
    for r in &a.roles {
        ok(r.start, r.end, "role");
    }
    for q in &a.quotes {
        ok(q.start, q.end, "quote");
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            ok(s, e, "speaker");
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            ok(s, e, "cue");
        }
        for n in &q.nested {
            ok(n.start, n.end, "nested quote");
            assert!(
                q.start <= n.start && n.end <= q.end,
                "nested quote {}..{} outside its quote {}..{}",
                n.start,
                n.end,
                q.start,
                q.end
            );
        }
        for w in q.nested.windows(2) {
            assert!(w[0].start <= w[1].start, "nested quotes unordered: {w:?}");
        }
    }
    for d in &a.diagnostics {
        assert!(d.start <= d.end && d.end <= text.len());
        assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
    }
}
