//! Pairing quote marks into quoted spans, one paragraph at a time.
//!
//! Pairing is a single pass over the marks of each paragraph with a small
//! stack: a double mark pairs with the open double mark (any glyph: `“…"`
//! pairs too), a single mark with the nearest open single mark inside it, so
//! single quotes nest inside double ones. A paragraph whose double quote (or
//! outermost single quote, as British copy writes them) is still open at its
//! end and whose successor opens with a mark of that kind follows the news
//! convention for multi-paragraph quotes: the quote runs on, and
//! one span covers all its paragraphs up to the closing mark. (The other
//! reading, one span per paragraph, is kept behind `SPAN_PARAGRAPHS`; on
//! polnear_train the gold has 13 spans crossing paragraphs and only 6
//! matching a per-paragraph piece, and the spanning form scores quote F1
//! 0.896 against 0.895, precision 0.853 against 0.849.) Any other mark left
//! open or closing nothing is reported as an `unmatched-quote` diagnostic; an
//! unclosed double quote still yields a span to the end of its paragraph.
//! Pairing never looks past the next paragraph, so it is linear.
//!
//! ```
//! use newsmark::quotes::pair::pair;
//! let doc = newsmark::segment::segment("“Say ‘cheese,’” he said. Then “oops.");
//! let (spans, diags) = pair(&doc);
//! assert_eq!(spans.len(), 3);
//! assert_eq!(spans[1].parent, Some(0));
//! assert_eq!(diags.len(), 1);
//! ```

use super::marks::{scan_with, Family, Mark};
use crate::segment::Document;
use crate::sort::{sort_by_offset, sort_outer_first};
use crate::types::Diagnostic;

/// A quoted span found by [`pair`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start of the opening mark.
    pub start: usize,
    /// End of the closing mark (or of the paragraph, when none closes it).
    pub end: usize,
    /// Start of the quoted text (after the opening mark).
    pub inner_start: usize,
    /// End of the quoted text (before the closing mark).
    pub inner_end: usize,
    /// Double or single marks.
    pub family: Family,
    /// Index (in the returned list) of the span this one is nested in.
    pub parent: Option<usize>,
    /// The paragraph it starts in.
    pub para: usize,
    /// The paragraph it ends in (later than `para` for a quote running over
    /// several paragraphs).
    pub end_para: usize,
    /// True when a closing mark ends it.
    pub closed: bool,
    /// The quote runs on into the next paragraph (news convention).
    pub continues: bool,
    /// The quote continues one from the previous paragraph.
    pub continued: bool,
}

/// Whether an unclosed double quote still yields a span to its paragraph's end.
const KEEP_UNCLOSED: bool = true;

/// A quote over several paragraphs (each reopened with a mark, only the last
/// closed) is one span from its first mark to its closing mark, rather than
/// one span per paragraph. On polnear_train the spanning form matches the
/// gold more often (see the module documentation).
const SPAN_PARAGRAPHS: bool = true;

struct Open {
    mark: Mark,
    id: usize,
    parent: Option<usize>,
    /// The paragraph of the opening mark.
    para: usize,
}

struct Raw {
    span: Span,
    id: usize,
    parent_id: Option<usize>,
}

/// At most this many `unmatched-quote` diagnostics are listed: past a
/// thousand stray marks a reader learns nothing from the next one, and a
/// text of nothing but marks would otherwise make one object per character
/// on the JavaScript side (16 Mi of them at the input limit: gigabytes).
pub const MAX_DIAGNOSTICS: usize = 1_000;

/// Keeps the first [`MAX_DIAGNOSTICS`] of `diags` (sorted) and adds one
/// `truncated` diagnostic that says how many were left out, at the first of them.
fn cap_diagnostics(diags: &mut Vec<Diagnostic>) {
    if diags.len() <= MAX_DIAGNOSTICS {
        return;
    }
    let left = diags.len() - MAX_DIAGNOSTICS;
    let first = &diags[MAX_DIAGNOSTICS];
    let summary = Diagnostic {
        start: first.start,
        end: first.end,
        code: "truncated",
        message: format!("{left} more unmatched quote marks from here on are not listed.").into(),
    };
    diags.truncate(MAX_DIAGNOSTICS);
    diags.push(summary);
}

fn unmatched(m: &Mark, closing: bool) -> Diagnostic {
    Diagnostic {
        start: m.start,
        end: m.end,
        code: "unmatched-quote",
        message: if closing {
            "This closing quote mark has no opening mark before it in its paragraph.".into()
        } else {
            "This quote mark is never closed in its paragraph.".into()
        },
    }
}

/// Pairs the quote marks of `doc` into spans, ordered by start (outer before
/// inner), and reports unmatched marks. Linear in the number of marks.
pub fn pair(doc: &Document) -> (Vec<Span>, Vec<Diagnostic>) {
    pair_with(doc, Pairing::ALL)
}

/// The pairing rules that can be switched off (`--disable`).
#[derive(Clone, Copy, Debug)]
pub struct Pairing {
    /// `’’` is a double mark ([`super::marks::scan_with`]).
    pub wire: bool,
    /// A plural possessive's mark (`players’`) is passed over as an
    /// apostrophe when the next single mark of its paragraph can only
    /// close: in "‘It’s the players’ decision, not mine,’" the quote ends
    /// at the last mark.
    pub possessive: bool,
    /// A single-mark quote open at its paragraph's end runs on into the
    /// next paragraph when that opens with a single mark, as double-mark
    /// quotes do (British copy's long quotes).
    pub single_runs_on: bool,
}

impl Pairing {
    /// Every pairing rule on.
    pub const ALL: Pairing = Pairing {
        wire: true,
        possessive: true,
        single_runs_on: true,
    };
}

/// [`pair`], with only the pairing rules of `on`.
pub fn pair_with(doc: &Document, on: Pairing) -> (Vec<Span>, Vec<Diagnostic>) {
    let wire = on.wire;
    let mut raw: Vec<Raw> = Vec::new();
    let mut diags = Vec::new();
    let mut next_id = 0;
    let n = doc.paragraphs.len();
    let mut marks = if n > 0 {
        scan_with(doc, 0, wire)
    } else {
        Vec::new()
    };
    let mut continued_start: Option<usize> = None;
    // A quote running on into the next paragraph (spanning mode).
    let mut carry: Option<Open> = None;
    for p in 0..n {
        let next_marks = if p + 1 < n {
            scan_with(doc, p + 1, wire)
        } else {
            Vec::new()
        };
        let para = &doc.paragraphs[p];
        let mut stack: Vec<Open> = Vec::new();
        let mut skip_first = false;
        if let Some(o) = carry.take() {
            stack.push(o);
            skip_first = true;
        }
        let continued_here = continued_start;
        let emit = |raw: &mut Vec<Raw>, o: &Open, close: Option<&Mark>, continues: bool| {
            let (end, inner_end) = match close {
                Some(c) => (c.end, c.start),
                None => (para.end, para.end),
            };
            raw.push(Raw {
                span: Span {
                    start: o.mark.start,
                    end,
                    inner_start: o.mark.end,
                    inner_end,
                    family: o.mark.family,
                    parent: None,
                    para: o.para,
                    end_para: p,
                    closed: close.is_some(),
                    continues,
                    continued: continued_here == Some(o.mark.start),
                },
                id: o.id,
                parent_id: o.parent,
            });
        };
        // For each mark, whether the next single mark after it only closes
        // (one pass from the end: linear).
        let mut closer_next = vec![false; marks.len()];
        let mut next_closes = false;
        for (k, m) in marks.iter().enumerate().rev() {
            closer_next[k] = next_closes;
            if m.family == Family::Single {
                next_closes = m.can_close && !m.can_open && !m.weak;
            }
        }
        for (k, m) in marks.iter().enumerate() {
            if k == 0 && skip_first {
                // The mark reopening a quote carried over from the paragraph before.
                continue;
            }
            match m.family {
                Family::Double => {
                    let open_double = stack.iter().rposition(|o| o.mark.family == Family::Double);
                    if m.can_close {
                        if let Some(d) = open_double {
                            for o in stack.drain(d + 1..) {
                                diags.push(unmatched(&o.mark, false));
                            }
                            let o = stack.pop().expect("the double mark is on the stack");
                            emit(&mut raw, &o, Some(m), false);
                            continue;
                        }
                    }
                    if m.can_open {
                        if let Some(d) = open_double {
                            // A second opening mark: the first was never closed.
                            for o in stack.drain(d..) {
                                diags.push(unmatched(&o.mark, false));
                            }
                        }
                        let parent = stack.last().map(|o| o.id);
                        stack.push(Open {
                            mark: *m,
                            id: next_id,
                            parent,
                            para: p,
                        });
                        next_id += 1;
                    } else {
                        diags.push(unmatched(m, true));
                    }
                }
                Family::Single => {
                    let open_single = stack
                        .iter()
                        .rposition(|o| o.mark.family == Family::Single)
                        .filter(|&s| stack[s..].iter().all(|o| o.mark.family == Family::Single));
                    let apostrophe = on.possessive && m.weak && closer_next[k];
                    if m.can_close && !apostrophe {
                        if let Some(s) = open_single {
                            for o in stack.drain(s + 1..) {
                                diags.push(unmatched(&o.mark, false));
                            }
                            let o = stack.pop().expect("the single mark is on the stack");
                            emit(&mut raw, &o, Some(m), false);
                            continue;
                        }
                    }
                    if m.can_open {
                        let parent = stack.last().map(|o| o.id);
                        stack.push(Open {
                            mark: *m,
                            id: next_id,
                            parent,
                            para: p,
                        });
                        next_id += 1;
                    } else if !m.weak {
                        diags.push(unmatched(m, true));
                    }
                }
            }
        }
        // What is still open at the paragraph's end.
        let next_opens = next_marks.first().filter(|m| {
            m.can_open
                && doc
                    .paragraphs
                    .get(p + 1)
                    .is_some_and(|q| q.start == m.start)
        });
        continued_start = None;
        let bottom = stack.first().map(|o| o.id);
        for o in stack.drain(..).rev() {
            // a single-mark quote runs on only from the bottom of the stack
            let runs_on =
                o.mark.family == Family::Double || on.single_runs_on && Some(o.id) == bottom;
            let next_opens = next_opens.filter(|m| m.family == o.mark.family && runs_on);
            if o.mark.family == Family::Double || next_opens.is_some() {
                if let Some(nm) = next_opens {
                    if SPAN_PARAGRAPHS {
                        carry = Some(o);
                        continue;
                    }
                    emit(&mut raw, &o, None, true);
                    continued_start = Some(nm.start);
                    continue;
                }
                diags.push(unmatched(&o.mark, false));
                if KEEP_UNCLOSED {
                    emit(&mut raw, &o, None, false);
                }
            } else {
                diags.push(unmatched(&o.mark, false));
            }
        }
        marks = next_marks;
    }
    // Order by start, outer first; then turn parent ids into indices.
    sort_outer_first(&mut raw, |r| r.span.start, |r| r.span.end);
    let mut index_of = vec![usize::MAX; next_id];
    for (i, r) in raw.iter().enumerate() {
        index_of[r.id] = i;
    }
    let spans = raw
        .iter()
        .map(|r| {
            let mut s = r.span.clone();
            // The parent may have been dropped (unmatched): climb no further.
            s.parent = r
                .parent_id
                .map(|id| index_of[id])
                .filter(|&i| i != usize::MAX);
            s
        })
        .collect();
    sort_by_offset(&mut diags, |d| d.start);
    cap_diagnostics(&mut diags);
    (spans, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = segment(text);
        pair(&doc).0.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn every_mark_style_pairs() {
        for (text, want) in [
            ("He said “yes” then.", "“yes”"),
            ("He said \"yes\" then.", "\"yes\""),
            ("He said «oui» then.", "«oui»"),
            ("He said »ja« then.", "»ja«"),
            ("He said „ja“ then.", "„ja“"),
            ("He said ‚ja‘ then.", "‚ja‘"),
            ("He said ‹non› then.", "‹non›"),
            ("He said ``yes'' then.", "``yes''"),
            ("He said ''yes'' then.", "''yes''"),
            ("He said ‘yes’ then.", "‘yes’"),
            ("He said “yes\" then.", "“yes\""),
        ] {
            assert_eq!(quoted(text), [want], "{text}");
        }
    }

    #[test]
    fn nested_single_inside_double() {
        let text = "“She told me ‘no,’ and left,” he said.";
        let doc = segment(text);
        let (spans, diags) = pair(&doc);
        assert!(diags.is_empty());
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[1].start..spans[1].end], "‘no,’");
        assert_eq!(spans[1].parent, Some(0));
        assert_eq!(spans[0].parent, None);
    }

    #[test]
    fn apostrophes_inside_quotes_do_not_pair() {
        assert_eq!(
            quoted("“Russia’s students’ fees in the ’90s don’t matter,” he said."),
            ["“Russia’s students’ fees in the ’90s don’t matter,”"]
        );
    }

    #[test]
    fn multi_paragraph_quotes_span_their_paragraphs() {
        let text = "“First part.\n“Second part.\n“Last part,” he said.\nAfter “this.”";
        let doc = segment(text);
        let (spans, diags) = pair(&doc);
        assert!(diags.is_empty(), "{diags:?}");
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            ["“First part.\n“Second part.\n“Last part,”", "“this.”"]
        );
        assert_eq!((spans[0].para, spans[0].end_para), (0, 2));
        assert!(spans[0].closed);
        assert_eq!((spans[1].para, spans[1].end_para), (3, 3));
    }

    #[test]
    fn unbalanced_marks_are_reported_not_fatal() {
        let text = "He said “yes. She said “no,” then.\nA ” stray.\n“Open end\nPlain text.";
        let doc = segment(text);
        let (spans, diags) = pair(&doc);
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["“no,”", "“Open end"]);
        let at: Vec<usize> = diags.iter().map(|d| d.start).collect();
        assert_eq!(
            at,
            [
                text.find("“yes").unwrap(),
                text.find("” stray").unwrap(),
                text.find("“Open").unwrap()
            ]
        );
        assert!(diags.iter().all(|d| d.code == "unmatched-quote"));
    }

    #[test]
    fn a_thousand_diagnostics_at_most_then_one_that_counts_the_rest() {
        let text = "“".repeat(MAX_DIAGNOSTICS + 5);
        let (_, diags) = pair(&segment(&text));
        assert_eq!(diags.len(), MAX_DIAGNOSTICS + 1);
        let last = &diags[MAX_DIAGNOSTICS];
        assert_eq!(last.code, "truncated");
        assert!(last.start > diags[MAX_DIAGNOSTICS - 1].start);
        let n: usize = last.message.split(' ').next().unwrap().parse().unwrap();
        assert!((1..=5).contains(&n), "{}", last.message);
        assert!(diags[..MAX_DIAGNOSTICS]
            .iter()
            .all(|d| d.code == "unmatched-quote"));
    }

    #[test]
    fn wire_style_with_an_inner_quote_closing_together() {
        let text = "''Voters will not like 'We'll bomb them,''' said Senator John McCain.";
        assert_eq!(
            quoted(text),
            [
                "''Voters will not like 'We'll bomb them,'''",
                "'We'll bomb them,'"
            ]
        );
    }

    #[test]
    fn straight_marks_toggle() {
        assert_eq!(
            quoted("\"A,\" he said, \"B.\" And \"C\"."),
            ["\"A,\"", "\"B.\"", "\"C\""]
        );
    }
}
