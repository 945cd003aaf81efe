//! newsmark finds the people, organisations, places, dates and sums in a news
//! article, groups the mentions of each, and finds every quote with its speaker
//! and cue verb — in plain Rust that compiles to WebAssembly and runs in the page.
//!
//! The flow runs one way:
//! text → [`segment`] (paragraphs, sentences, tokens) → [`entities`] →
//! [`quotes`] → one [`Annotations`] value → JSON or JavaScript objects.
//!
//! ```
//! let a = newsmark::annotate("Kremlin spokesman Dmitry Peskov said: “We are ready.”");
//! let people: Vec<&str> = a.groups.iter()
//!     .filter(|g| g.label == newsmark::Label::Person)
//!     .map(|g| g.name.as_str())
//!     .collect();
//! assert_eq!(people, ["Dmitry Peskov"]);
//! assert_eq!(a.quotes[0].speaker.as_deref(), Some("Dmitry Peskov"));
//! ```
//!
//! All offsets in this API are UTF-8 byte offsets into the text given; see
//! [`offsets`] for the conversion to UTF-16 (JavaScript) and code points.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// A sorted word list, packed at compile time into a [`words::Words`]:
/// `words!["a", "b"]`. A list out of order, or with a word twice, does
/// not compile.
macro_rules! words {
    ($($w:literal),* $(,)?) => {{
        const LIST: &[&str] = &[$($w),*];
        const PACKED: [u8; $crate::words::packed_len(LIST)] = $crate::words::pack(LIST);
        $crate::words::Words(&PACKED)
    }};
}

pub mod entities;
pub mod maps;
pub mod offsets;
pub mod quotes;
pub mod registry;
pub mod rules;
pub mod segment;
pub mod sort;
pub mod types;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod words;

pub use types::{
    Annotations, Diagnostic, Entity, Label, Mention, NestedQuote, Quote, QuoteKind, Role,
};

/// What to annotate, and how.
///
/// ```
/// let opts = newsmark::Options { quotes: false, ..Default::default() };
/// let a = newsmark::annotate_with("“Hi,” Ann said.", &opts);
/// assert!(a.quotes.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Find entities (and roles). Quotes still use entities internally to name speakers.
    pub entities: bool,
    /// Find quotes and reported speech.
    pub quotes: bool,
    /// Say which rules made each mention, role and quote, in their `why`
    /// ([`rules`]). Off, nothing is written and nothing is allocated for it.
    pub explain: bool,
    /// Rules switched off ([`registry::Disabled::parse`]), to measure one
    /// rule's effect. None by default.
    pub disabled: registry::Disabled,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            entities: true,
            quotes: true,
            explain: false,
            disabled: registry::Disabled::default(),
        }
    }
}

/// Does now the one-time work that the first annotation would otherwise pay
/// for: decoding the tagger's weights and the lexicon, building the word
/// tables, then annotating one short sentence (which, in a browser, also has
/// the engine compile the code the annotator runs). Returns true when there
/// was work to do, false when the tables were already built. Annotations do
/// not depend on it: it only moves the cost to a moment the caller chooses,
/// as the JavaScript `init()` does.
///
/// ```
/// newsmark::warm();
/// assert!(!newsmark::warm()); // nothing was left to build
/// ```
pub fn warm() -> bool {
    let cold = warm_tables();
    annotate(WARM_TEXT);
    cold
}

/// [`warm`] without the annotation: builds every lazy table; true when one
/// was not built yet.
pub(crate) fn warm_tables() -> bool {
    // each is forced, none skipped because an earlier one was warm
    let cold = [
        entities::tagger::warm(),
        entities::gazetteer::warm(),
        entities::numeric::warm(),
        quotes::cues::warm(),
    ];
    cold.contains(&true)
}

/// What [`warm`] annotates: a little of everything the layers find (roles,
/// people, an acronym, places, a date, a sum, a percentage, quotes direct
/// and indirect, a pronoun speaker), so that most of the code has run once.
pub(crate) const WARM_TEXT: &str =
    "Kremlin spokesman Dmitry Peskov said on Friday: “We are ready.” \
The European Union (EU) will pay $5 million, or 3%, to Kyiv, Reuters reported. \
“It is over,” she told reporters in New York at 10 a.m. Mr. Peskov said that talks would go on.";

/// Annotates `text` with entities, roles, quotes and diagnostics.
///
/// Never panics, and runs in time linear in the length of `text`.
///
/// ```
/// let a = newsmark::annotate("");
/// assert!(a.entities.is_empty() && a.quotes.is_empty());
/// ```
pub fn annotate(text: &str) -> Annotations {
    annotate_with(text, &Options::default())
}

/// Annotates `text` with the given [`Options`].
///
/// ```
/// let opts = newsmark::Options { explain: true, ..Default::default() };
/// let a = newsmark::annotate_with("Kremlin spokesman Dmitry Peskov said: “We are ready.”", &opts);
/// assert_eq!(a.entities[1].why, ["tagger"]);
/// assert_eq!(a.quotes[0].why[0], "marks-pair");
/// ```
pub fn annotate_with(text: &str, options: &Options) -> Annotations {
    annotate_given(text, options, None)
}

/// [`annotate_with`], with the tagger's names given as `(start, end, label)`
/// byte spans instead of tagged (for the rules' examples; see
/// [`rules::Example::tagged`]).
pub(crate) fn annotate_given(
    text: &str,
    options: &Options,
    given: Option<&[(usize, usize, Label)]>,
) -> Annotations {
    // Entities are needed for the entities asked for and for quotes'
    // speakers; with neither asked for, nothing is (diagnostics come from
    // the quote layer), so no layer runs.
    if !options.entities && !options.quotes {
        return Annotations::default();
    }
    let doc = segment::segment(text);
    let given: Option<Vec<entities::tagger::Span>> = given.map(|g| {
        g.iter()
            .map(|&(s, e, label)| entities::tagger::Span {
                start: doc.token_at(s),
                end: doc.token_at(e.saturating_sub(1)) + 1,
                kind: entities::tagger::Kind::of_label(label),
            })
            .collect()
    });
    let layer = entities::recognise_given(&doc, options.disabled.entities, given.as_deref());
    let mut out = Annotations::default();
    if options.quotes {
        let found = quotes::find_with(&doc, &layer, options.disabled.quotes);
        out.quotes = found.quotes;
        out.diagnostics = found.diagnostics;
        if options.explain {
            for (q, why) in out.quotes.iter_mut().zip(&found.whys) {
                q.why = why.names();
            }
        }
    }
    if options.entities {
        out.entities = layer.mentions;
        out.groups = layer.groups;
        out.roles = layer.roles;
        if options.explain {
            for (m, why) in out.entities.iter_mut().zip(&layer.whys) {
                m.why = why.names();
            }
            for (r, why) in out.roles.iter_mut().zip(&layer.role_whys) {
                r.why = why.names();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Kremlin spokesman Dmitry Peskov said on Friday: “We are ready.” \
        He added that Moscow was open to talks, Reuters reported.";

    /// How many times the tagger ran while `f` did.
    fn tagger_runs(f: impl FnOnce()) -> usize {
        let before = entities::tagger::RUNS.with(|n| n.get());
        f();
        entities::tagger::RUNS.with(|n| n.get()) - before
    }

    #[test]
    fn no_layer_asked_for_runs_no_layer() {
        let none = Options {
            entities: false,
            quotes: false,
            ..Default::default()
        };
        let mut a = Annotations::default();
        assert_eq!(tagger_runs(|| a = annotate_with(TEXT, &none)), 0);
        assert_eq!(a, Annotations::default());
        let explained = Options {
            explain: true,
            ..none
        };
        assert_eq!(tagger_runs(|| a = annotate_with(TEXT, &explained)), 0);
        assert_eq!(a, Annotations::default());
        // the counter counts: a layer asked for runs the tagger once
        assert_eq!(tagger_runs(|| drop(annotate(TEXT))), 1);
    }

    #[test]
    fn each_layer_alone_is_the_full_result_less_the_other() {
        for explain in [false, true] {
            let full = annotate_with(
                TEXT,
                &Options {
                    explain,
                    ..Default::default()
                },
            );
            assert!(!full.entities.is_empty() && !full.quotes.is_empty());
            let only = |entities, quotes| {
                annotate_with(
                    TEXT,
                    &Options {
                        entities,
                        quotes,
                        explain,
                        ..Default::default()
                    },
                )
            };
            let e = only(true, false);
            assert_eq!(
                (&e.entities, &e.groups, &e.roles),
                (&full.entities, &full.groups, &full.roles)
            );
            assert!(e.quotes.is_empty() && e.diagnostics.is_empty());
            let q = only(false, true);
            assert_eq!(
                (&q.quotes, &q.diagnostics),
                (&full.quotes, &full.diagnostics)
            );
            assert!(q.entities.is_empty() && q.groups.is_empty() && q.roles.is_empty());
        }
    }
}
