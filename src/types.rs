//! The result types: one [`Annotations`] value holds everything found in a text.
//!
//! Every span is a half-open range `start..end` of **UTF-8 byte offsets** into
//! the annotated text, always in bounds and on character boundaries. The wasm
//! adapter and the CLI convert them with [`crate::offsets`]; nothing else does.

use serde::Serialize;

/// What kind of thing an entity mention names.
///
/// ```
/// use newsmark::Label;
/// assert_eq!(Label::Person.as_str(), "PERSON");
/// assert_eq!(serde_json::to_string(&Label::Norp).unwrap(), "\"NORP\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A person's name, without title or possessive: "George W. Bush".
    Person,
    /// Companies, agencies, parties, institutions, teams, alliances.
    Org,
    /// Countries, cities, regions, geographic features, facilities.
    Loc,
    /// Nationalities, religious and political groups: "Russian", "Democrats".
    Norp,
    /// Other names (events, works, products, laws): CoNLL's MISC.
    Misc,
    /// Dates and periods: "Tuesday", "last week", "March 3, 2024".
    Date,
    /// Times of day: "3 p.m.".
    Time,
    /// Sums of money: "$5 million", "€20 billion".
    Money,
    /// Percentages: "5%", "5 percent".
    Percent,
}

impl Label {
    /// All labels, in the order the legend shows them.
    pub const ALL: [Label; 9] = [
        Label::Person,
        Label::Org,
        Label::Loc,
        Label::Norp,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
    ];

    /// The label as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
        }
    }

    /// True for the labels that name something (and so can be grouped by name).
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Label::Person | Label::Org | Label::Loc | Label::Norp | Label::Misc
        )
    }
}

/// One mention of an entity in the text.
///
/// ```
/// let a = newsmark::annotate("Vladimir Putin spoke. Putin left.");
/// let putin: Vec<_> = a.entities.iter().filter(|m| m.label == newsmark::Label::Person).collect();
/// assert_eq!(putin.len(), 2);
/// assert_eq!(putin[0].id, putin[1].id);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Start of the mention (byte offset, inclusive).
    pub start: usize,
    /// End of the mention (byte offset, exclusive).
    pub end: usize,
    /// What the mention names.
    pub label: Label,
    /// The id of the [`Entity`] this mention belongs to: an index into
    /// [`Annotations::groups`].
    pub id: u32,
    /// With [`crate::Options::explain`], the rules that made this mention:
    /// the one that proposed it first, then each that changed it
    /// ([`crate::rules`]); empty (and left out of JSON) otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<&'static str>,
}

/// One entity, listed once, with all its mentions counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The id mentions refer to; equal to this entity's index in [`Annotations::groups`].
    pub id: u32,
    /// The entity's label.
    pub label: Label,
    /// The canonical name: the fullest form found ("Vladimir Putin" for "Putin").
    pub name: String,
    /// How many mentions the entity has.
    pub mentions: u32,
}

/// A role or title tied to a person: "Kremlin spokesman" for Dmitry Peskov.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Role {
    /// Start of the role phrase (byte offset).
    pub start: usize,
    /// End of the role phrase (byte offset, exclusive).
    pub end: usize,
    /// The role as written, normalised for display ("foreign policy adviser").
    pub role: String,
    /// The id of the person the role belongs to.
    pub person: u32,
    /// With [`crate::Options::explain`], the rule that found the role.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<&'static str>,
}

/// The kind of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted passage that stands as its own sentence or more.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quote marks: "Putin indicated that …".
    Indirect,
}

impl QuoteKind {
    /// The kind as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quoted passage or a piece of reported speech, with who said it.
///
/// `start..end` covers the passage including its quote marks (for
/// [`QuoteKind::Indirect`], the reported content).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Start of the passage (byte offset).
    pub start: usize,
    /// End of the passage (byte offset, exclusive).
    pub end: usize,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speaker's resolved name, or `None` where the text names nobody.
    pub speaker: Option<String>,
    /// The entity id of the speaker, where the speaker is a known entity.
    pub speaker_id: Option<u32>,
    /// Start of the mention that attributes the quote ("he", "Peskov", "the spokesman").
    pub speaker_start: Option<usize>,
    /// End of that mention (exclusive).
    pub speaker_end: Option<usize>,
    /// The cue verb as written ("said", "described"), if any.
    pub cue: Option<String>,
    /// Start of the cue verb.
    pub cue_start: Option<usize>,
    /// End of the cue verb (exclusive).
    pub cue_end: Option<usize>,
    /// Quotes inside this one (single marks inside double), ordered by start.
    /// Their words are part of this quote, so they carry no speaker of their own.
    pub nested: Vec<NestedQuote>,
    /// With [`crate::Options::explain`], the rules that made this quote:
    /// the one that proposed it (`marks-pair`, `indirect-that-clause`, …),
    /// then each that attributed or changed it; empty (and left out of
    /// JSON) otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<&'static str>,
}

/// A quote inside another quote: `“He told me ‘never again,’ and left.”`
///
/// `start..end` covers the inner passage with its marks and lies inside the
/// enclosing [`Quote`]'s span.
///
/// ```
/// let text = "“He told me ‘never again,’ and left,” Peskov said.";
/// let a = newsmark::annotate(text);
/// assert_eq!(a.quotes.len(), 1);
/// let n = &a.quotes[0].nested[0];
/// assert_eq!(&text[n.start..n.end], "‘never again,’");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NestedQuote {
    /// Start of the inner passage, its opening mark included (byte offset).
    pub start: usize,
    /// End of the inner passage, its closing mark included (exclusive).
    pub end: usize,
}

/// Something about the input worth telling the reader, never an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Where (byte offset) the problem starts.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// A machine-readable code: `"unmatched-quote"`, `"truncated"`.
    pub code: &'static str,
    /// A sentence for people (most are fixed sentences, so no allocation is
    /// made per diagnostic: a text of a million stray marks has a million).
    pub message: std::borrow::Cow<'static, str>,
}

/// Everything found in one text.
///
/// ```
/// let a = newsmark::annotate("“We are ready,” Peskov said.");
/// assert_eq!(a.quotes.len(), 1);
/// assert_eq!(a.quotes[0].speaker.as_deref(), Some("Peskov"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Annotations {
    /// Entity mentions, ordered by start offset, never overlapping.
    pub entities: Vec<Mention>,
    /// The entities themselves, once each; `groups[i].id == i`.
    pub groups: Vec<Entity>,
    /// Roles and titles tied to people.
    pub roles: Vec<Role>,
    /// Quotes and reported speech, ordered by start offset.
    pub quotes: Vec<Quote>,
    /// Notes about the input (unmatched quote marks, …).
    pub diagnostics: Vec<Diagnostic>,
}
