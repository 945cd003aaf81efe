//! The invariants the README promises of every result, as a checker that
//! returns the first broken one instead of panicking (so that the harness can
//! minimise the input that broke it).
#![allow(dead_code)]

use newsmark::offsets::{convert, Unit};
use newsmark::{Annotations, Label};

/// Checks every promise about `a`, the annotations of `text` in UTF-8 bytes.
pub fn check(text: &str, a: &Annotations) -> Result<(), String> {
    let span = |s: usize, e: usize, what: &str| -> Result<(), String> {
        if !(s < e && e <= text.len()) {
            return Err(format!(
                "{what} {s}..{e} empty or out of bounds (len {})",
                text.len()
            ));
        }
        if !(text.is_char_boundary(s) && text.is_char_boundary(e)) {
            return Err(format!("{what} {s}..{e} splits a character"));
        }
        Ok(())
    };
    let ensure = |ok: bool, msg: &dyn Fn() -> String| if ok { Ok(()) } else { Err(msg()) };

    let mut counts = vec![0u32; a.groups.len()];
    for m in &a.entities {
        span(m.start, m.end, "entity")?;
        let g = a
            .groups
            .get(m.id as usize)
            .ok_or_else(|| format!("entity id {} has no group", m.id))?;
        counts[m.id as usize] += 1;
        ensure(g.label == m.label, &|| {
            format!(
                "mention {:?} labelled {:?}, its entity {:?}",
                &text[m.start..m.end],
                m.label,
                g.label
            )
        })?;
    }
    for w in a.entities.windows(2) {
        ensure(w[0].end <= w[1].start, &|| {
            format!("entities overlap or are unordered: {w:?}")
        })?;
    }
    for (i, g) in a.groups.iter().enumerate() {
        ensure(g.id as usize == i, &|| format!("group {i} has id {}", g.id))?;
        ensure(g.mentions == counts[i], &|| {
            format!(
                "group {i} says {} mentions, {} refer to it",
                g.mentions, counts[i]
            )
        })?;
        ensure(!g.name.is_empty(), &|| {
            format!("group {i} has an empty name")
        })?;
    }
    for r in &a.roles {
        span(r.start, r.end, "role")?;
        let g = a
            .groups
            .get(r.person as usize)
            .ok_or_else(|| format!("role's person {} has no group", r.person))?;
        ensure(g.label == Label::Person, &|| {
            format!("role {:?} tied to a {:?}", r.role, g.label)
        })?;
    }
    for w in a.quotes.windows(2) {
        ensure(w[0].start <= w[1].start, &|| {
            format!("quotes unordered: {w:?}")
        })?;
    }
    for q in &a.quotes {
        span(q.start, q.end, "quote")?;
        ensure(
            q.speaker_start.is_some() == q.speaker_end.is_some(),
            &|| format!("speaker half set: {q:?}"),
        )?;
        ensure(q.cue_start.is_some() == q.cue_end.is_some(), &|| {
            format!("cue half set: {q:?}")
        })?;
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            span(s, e, "speaker")?;
        }
        if let (Some(s), Some(e)) = (q.cue_start, q.cue_end) {
            span(s, e, "cue")?;
            if let Some(cue) = &q.cue {
                ensure(!cue.is_empty(), &|| "empty cue".into())?;
            }
        }
        if let Some(id) = q.speaker_id {
            ensure((id as usize) < a.groups.len(), &|| {
                format!("speaker id {id} has no group")
            })?;
        }
        for n in &q.nested {
            span(n.start, n.end, "nested quote")?;
            ensure(q.start <= n.start && n.end <= q.end, &|| {
                format!(
                    "nested {}..{} outside its quote {}..{}",
                    n.start, n.end, q.start, q.end
                )
            })?;
        }
        for w in q.nested.windows(2) {
            ensure(w[0].start <= w[1].start, &|| {
                format!("nested quotes unordered: {w:?}")
            })?;
        }
    }
    for d in &a.diagnostics {
        ensure(d.start <= d.end && d.end <= text.len(), &|| {
            format!("diagnostic out of bounds: {d:?}")
        })?;
        ensure(
            text.is_char_boundary(d.start) && text.is_char_boundary(d.end),
            &|| format!("diagnostic splits a character: {d:?}"),
        )?;
    }
    Ok(())
}

/// The three units agree: converting to UTF-16 and to code points gives, for
/// every offset, what counting the text up to that byte gives.
pub fn check_units(text: &str, a: &Annotations) -> Result<(), String> {
    // utf16[b] and chars[b]: the count of each unit before byte b (boundaries only)
    let mut utf16 = vec![usize::MAX; text.len() + 1];
    let mut chars = vec![usize::MAX; text.len() + 1];
    let (mut u, mut c) = (0, 0);
    for (b, ch) in text.char_indices() {
        utf16[b] = u;
        chars[b] = c;
        u += ch.len_utf16();
        c += 1;
    }
    utf16[text.len()] = u;
    chars[text.len()] = c;
    for (unit, table) in [(Unit::Utf16, &utf16), (Unit::Char, &chars)] {
        let mut b = a.clone();
        convert(text, &mut b, unit);
        let pairs = offsets(a).into_iter().zip(offsets(&b));
        for (bytes, converted) in pairs {
            if table[bytes] != converted {
                return Err(format!(
                    "byte offset {bytes} became {converted} in {unit:?}, counting gives {}",
                    table[bytes]
                ));
            }
        }
    }
    Ok(())
}

/// Every offset of `a`, in a fixed order.
fn offsets(a: &Annotations) -> Vec<usize> {
    let mut v = Vec::new();
    for m in &a.entities {
        v.extend([m.start, m.end]);
    }
    for r in &a.roles {
        v.extend([r.start, r.end]);
    }
    for q in &a.quotes {
        v.extend([q.start, q.end]);
        v.extend(q.speaker_start.into_iter().chain(q.speaker_end));
        v.extend(q.cue_start.into_iter().chain(q.cue_end));
        for n in &q.nested {
            v.extend([n.start, n.end]);
        }
    }
    for d in &a.diagnostics {
        v.extend([d.start, d.end]);
    }
    v
}
