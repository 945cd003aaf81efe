//! Attribution: which cue and which speaker phrase go with each quote.
//!
//! Each quote takes the first attribution of a cascade that names a
//! speaker, in the order of [`super::rules`] (the order is here, in `own`
//! and `attribute`): the words right after it (after.rs: `“…,” X said`,
//! `said X`, `according to X`, `— X`, a headline's `‘…’: X speak out`; not
//! across a full stop unless it is a dash line or a bare `X said.`), a longer slot after a quote opening its
//! sentence, a comma-led attribution later in its sentence; a name before
//! a colon after a dash (`— X: “…”`), a cue before it in its sentence
//! (before.rs: `X said: “…”`, `X described it as “…”`), a capital
//! headline, an "According to X," opening the sentence (according.rs);
//! the colon paragraph before, a signature line after, the sentence
//! before, a possessive source, the subject of a quoted term's sentence or
//! clause (paragraph.rs, term.rs); then the attribution of the paragraph
//! before (not a document it cites), its last person, and the person who
//! last spoke in the few sentences before. Failing all that, a quote takes the speaker
//! of a quote next to it (inherit.rs).
//!
//! Subjects of a second verb ("… but acknowledged") and of a participle
//! (", noting") are those of the verb before them or of the sentence
//! (subject.rs). Every search looks at a bounded window of tokens, so
//! attribution is linear overall.
//!
//! Conventions taken from PolNeAR (studied on polnear_train): a source named
//! with "according to" right after the cue is the speaker (`“…,” X said,
//! according to Y`), and so is one opening the sentence (`According to Y,
//! X praised her “…”`, `In a … poll, 8 percent said “…”`) and the agent of
//! "according to … by Y"; a quote inside a reported clause belongs to the
//! outer reporter (`X said Y called it “…”`); a relative "who" ("that",
//! "which") before the cue is the mention (named by its antecedent); a
//! short dash line (or a bare name line) in the paragraph after a quote
//! paragraph signs it (`“…” ¶ — Bernie Sanders.`); a digest headline in
//! capitals right before a quote is its source.
//!
//! ```
//! use newsmark::quotes::attribute::{before_quote, after_quote};
//! use newsmark::quotes::cx::Cx;
//! let doc = newsmark::segment::segment("“No,” Peskov said. Putin said: “Yes.”");
//! let cx = Cx::new(&doc, Default::default());
//! let a = after_quote(&cx, 4, doc.tokens.len()).unwrap();
//! assert_eq!(doc.word(a.np.unwrap().start), "Peskov");
//! assert_eq!(doc.word(a.cue.0), "said");
//! assert_eq!(a.why.names(), ["after-x-said"]);
//! let b = before_quote(&cx, 10, 7).unwrap();
//! assert_eq!(doc.word(b.np.unwrap().start), "Putin");
//! ```

mod according;
mod after;
mod before;
mod cue;
mod paragraph;
mod subject;
mod term;
#[cfg(test)]
mod tests;

pub use according::{according_after, according_opening, according_source};
pub use after::{after_quote, ends_attribution, long_after_quote, trailing};
pub use before::{before_quote, capital_headline, dash_colon, possessive_source};
pub(crate) use cue::verb_like;
pub use cue::{cue_at, noun_cue};
pub use subject::{
    animate, clause_subject, relative_antecedent, sentence_subject, state_after_town, subject_of,
};

use super::cx::Cx;
use super::np::Np;
use super::pair::Span;
use super::rules::QuoteRule::{self, *};
use super::{words, SCARE_WORDS};
use crate::entities::EntityLayer;
use crate::rules::Why;
use crate::segment::{is_dash_char, is_dash_word, Document, TokenKind};

/// A cue (token range) and its speaker phrase, if one was found, with the
/// rules that found them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker's noun phrase.
    pub np: Option<Np>,
    /// The cue's tokens `start..end` ("said", "according to", "—").
    pub cue: (usize, usize),
    /// The rule that found it, and every rule that changed it since.
    pub why: Why<QuoteRule>,
}

impl Attribution {
    /// An attribution found by `rule`.
    pub fn new(np: Option<Np>, cue: (usize, usize), rule: QuoteRule) -> Attribution {
        Attribution {
            np,
            cue,
            why: Why::by(rule),
        }
    }

    /// This attribution with `rule` noted as having changed it.
    #[must_use]
    pub fn with(mut self, rule: QuoteRule) -> Attribution {
        self.why.add(rule);
        self
    }
}

/// Where a quote's attribution came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    None,
    /// A cue verb next to the quote names its speaker.
    Own,
    /// The speaker is only the subject of the quote's sentence.
    Subject,
    Inherited,
}

/// How far back in the sentence before a quote its last quote mark is
/// looked for, in tokens: an attribution follows its quote within a few
/// words, and the bound keeps a sentence of marks linear.
const LOOK_BACK: usize = 40;

/// How far an apposition may run between its commas, in tokens ("Yuri
/// Ushakov, a foreign policy adviser to Putin, described").
const APPOSITIVE: usize = 40;

/// How many tokens after a quote may stand before its paragraph's end for
/// the paragraph after to sign it: only closing punctuation, a few tokens at
/// most (so that a paragraph of marks stays linear).
const PARA_END_SLACK: usize = 4;

fn is(doc: &Document, i: usize, words: &[&str]) -> bool {
    doc.tokens.get(i).is_some() && words.contains(&doc.word(i))
}

fn is_dash(doc: &Document, i: usize) -> bool {
    is_dash_word(doc.word(i))
        || is(doc, i, &["--"])
        || (is(doc, i, &["-"]) && doc.tokens[i].space_before)
}

/// Token `k` is a quote mark (a punctuation token, not the apostrophe of "’s").
pub(crate) fn is_mark(doc: &Document, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Punct
            && doc
                .word(k)
                .chars()
                .next()
                .is_some_and(super::marks::is_quote_char)
    })
}

/// Token `c` follows a quote's closing mark, with or without a comma between:
/// `“…,” said`, `“…”, said`.
fn after_closing_mark(doc: &Document, c: usize) -> bool {
    let quote = |k: usize| is_mark(doc, k);
    c >= 2 && (quote(c - 1) && doc.word(c - 2) == "," || doc.word(c - 1) == "," && quote(c - 2))
}

/// Every quote's attribution and where it came from (same index as
/// `spans`): its own (`own`), else the paragraph before's.
pub(crate) fn attribute(
    cx: &Cx,
    entities: &EntityLayer,
    spans: &[Span],
) -> (Vec<Option<Attribution>>, Vec<Source>) {
    let doc = cx.doc;
    let mut attrs: Vec<Option<Attribution>> = Vec::with_capacity(spans.len());
    let mut source = Vec::with_capacity(spans.len());
    // Paragraphs holding (part of) a top-level quote.
    let mut quoted_para = vec![false; doc.paragraphs.len()];
    for s in spans.iter().filter(|s| s.parent.is_none()) {
        for flag in quoted_para.iter_mut().take(s.end_para + 1).skip(s.para) {
            *flag = true;
        }
    }
    // Paragraphs holding a top-level quote of more than a few words, and
    // paragraphs that hold nothing but quotes.
    let mut long_quote_para = vec![false; doc.paragraphs.len()];
    let mut quoted_words = vec![0usize; doc.paragraphs.len()];
    for s in spans.iter().filter(|s| s.parent.is_none()) {
        let inner = doc.text.get(s.inner_start..s.inner_end).unwrap_or("");
        if words(inner) > SCARE_WORDS {
            for flag in long_quote_para.iter_mut().take(s.end_para + 1).skip(s.para) {
                *flag = true;
            }
        }
        if s.para == s.end_para {
            if let Some(n) = quoted_words.get_mut(s.para) {
                *n += (doc.token_at(s.start)..doc.token_at(s.end))
                    .filter(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
                    .count();
            }
        }
    }
    let quote_only: Vec<bool> = doc
        .paragraphs
        .iter()
        .zip(&quoted_words)
        .map(|(p, &n)| {
            n > 0
                && p.tokens
                    .clone()
                    .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
                    .count()
                    == n
        })
        .collect();
    for s in spans {
        let mut a = own(cx, entities, s, spans);
        let opens = doc
            .paragraphs
            .get(s.para)
            .is_some_and(|p| doc.token_at(s.start) == p.tokens.start);
        let top_opening = opens && s.para > 0 && s.parent.is_none();
        if a.is_none_or_no_np() && top_opening && !quoted_para[s.para - 1] && cx.on(ParagraphBefore)
        {
            if let Some(b) = paragraph::paragraph_before(cx, s.para) {
                a = Some(b);
            }
        }
        if a.is_none_or_no_np()
            && top_opening
            && !long_quote_para[s.para - 1]
            && quote_only.get(s.para).copied().unwrap_or(false)
            && cx.on(PreviousPerson)
        {
            if let Some(np) = paragraph::previous_person(doc, entities, s) {
                a = Some(Attribution::new(Some(np), (np.end, np.end), PreviousPerson));
            }
        }
        if a.is_none_or_no_np()
            && top_opening
            && !quoted_para[s.para - 1]
            && quote_only.get(s.para).copied().unwrap_or(false)
            && cx.on(EarlierSpeaker)
        {
            if let Some(b) = paragraph::earlier_speaker(cx, entities, s.para) {
                a = Some(b);
            }
        }
        source.push(match a {
            Some(a) if a.np.is_some() && a.cue.0 < a.cue.1 => Source::Own,
            Some(a) if a.np.is_some() => Source::Subject,
            _ => Source::None,
        });
        attrs.push(a);
    }
    (attrs, source)
}

/// The first token after the top-level quote whose words hold token `t`,
/// if any (a binary search over the spans, ordered by start).
fn quote_around(doc: &Document, spans: &[Span], t: usize) -> Option<usize> {
    let at = doc.tokens.get(t)?.start;
    let mut i = spans.partition_point(|s| s.start <= at).checked_sub(1)?;
    // Nested spans lie inside their parent: climb to the top level.
    while let Some(p) = spans[i].parent {
        if p >= i {
            break;
        }
        i = p;
    }
    let s = &spans[i];
    (s.inner_start <= at && at < s.inner_end).then(|| doc.token_at(s.end))
}

/// The attribution a quote has by itself: the cascade of the table from
/// `after-said-x` to `term-clause-subject`, each step tried only while the
/// ones before it found nothing (or, where said, no speaker).
fn own(cx: &Cx, entities: &EntityLayer, s: &Span, spans: &[Span]) -> Option<Attribution> {
    let doc = cx.doc;
    let para = doc.paragraphs.get(s.para)?;
    let last = doc.paragraphs.get(s.end_para)?;
    let (mut lo, mut hi) = (para.tokens.start, last.tokens.end);
    if let Some(p) = s.parent.and_then(|p| spans.get(p)) {
        lo = lo.max(doc.token_at(p.inner_start));
        hi = hi.min(doc.token_at(p.inner_end));
    }
    let open = doc.token_at(s.start);
    let after = doc.token_at(s.end);
    let sent = doc.sentences.get(doc.sentence_of(open))?;
    let top = s.parent.is_none();
    let mut found = None;
    // A quote closing on a full stop ends its sentence: what follows is
    // another sentence's subject (“… dangerous.” Christie called …),
    // unless it is a dash line (“…” — X).
    let full_stop = doc
        .text
        .get(s.inner_start..s.inner_end)
        .is_some_and(|t| t.trim_end().ends_with('.') && !t.trim_end().ends_with(".."));
    if s.closed && full_stop {
        // Only a dash line or a bare "X said." that ends its sentence.
        found = after_quote(cx, after, hi).filter(|a| {
            doc.word(a.cue.0)
                .starts_with(|c| is_dash_char(c) || c == '-')
                || a.np.is_some_and(|np| np.end <= a.cue.0)
                    && (a.cue.1 >= hi || matches!(doc.word(a.cue.1), "." | "," | "!" | "?"))
        });
    } else if s.closed {
        // A quote opening its sentence: a longer slot after it.
        found = after_quote(cx, after, hi).or_else(|| {
            (cx.on(LongAfterQuote) && sent.tokens.start == open)
                .then(|| long_after_quote(doc, after, hi))?
        });
    }
    if cx.on(AccordingAfterCue) {
        found = found.map(|a| according_after(doc, a, hi));
    }
    // An attribution later in the sentence that opens a clause of its own
    // ("While Sanders admitted it would be “very hard,” his campaign has
    // argued that …") yields to a cue before the quote.
    let mut later = None;
    if found.is_none() && s.closed && !full_stop && cx.on(TrailingAttribution) {
        // Later in the sentence, after a comma: "… signals “the beginning of
        // the end” for the EU, said Geert Wilders."
        found = trailing(cx, after, hi);
        if found.is_some_and(|a| !ends_attribution(doc, a, hi)) {
            later = found.take();
        }
    }
    if found.is_none() {
        found = cx
            .on(DashColon)
            .then(|| dash_colon(doc, open))
            .flatten()
            .or_else(|| {
                let lo = sent.tokens.start.max(lo);
                let a = before_quote(cx, open, lo)?;
                // A cue (or its subject) inside an earlier quote is that
                // quote's words, not this one's attribution: look again
                // after it.
                let at = a.np.map_or(a.cue.0, |np| np.start.min(a.cue.0));
                match quote_around(cx, spans, at).filter(|_| cx.on(CueInQuote)) {
                    Some(end) if end > lo && end < open => {
                        before_quote(cx, open, end).map(|b| b.with(CueInQuote))
                    }
                    _ => Some(a),
                }
            });
        if found.is_none_or_no_np() && later.is_some() {
            found = later;
        }
    }
    if found.is_none() && top && cx.on(CapitalHeadline) {
        found = capital_headline(doc, para.tokens.start, open);
    }
    if found.is_none_or_no_np() && top && cx.on(HeadlineNameColon) {
        let (start, end) = (para.tokens.start, para.tokens.end);
        found = before::headline_name_colon(doc, start, end, open).or(found);
    }
    if found.is_none_or_no_np() && top && open == para.tokens.start && cx.on(HeadlineFirstPerson) {
        found = before::headline_first_person(doc, open, after, hi).or(found);
    }
    // A sentence opening "According to X," names the source of every
    // quote after that phrase, over the cues inside (as PolNeAR marks it):
    // "According to ProPublica, Clinton praised her “wonderful donors.”"
    if let Some(a) = cx
        .on(AccordingOpening)
        .then(|| according_opening(doc, open, lo))
        .flatten()
    {
        if found.is_some_and(|f| f.np.is_some_and(|np| np.start > a.cue.1)) {
            found = Some(a);
        }
    }
    if found.is_none()
        && open == para.tokens.start
        && s.para > 0
        && top
        && cx.on(ColonParagraphBefore)
    {
        found = paragraph::colon_before(cx, s.para);
    }
    // Only punctuation after the quote in its paragraph.
    let ends_para = last.tokens.end.saturating_sub(after) <= PARA_END_SLACK
        && (after..last.tokens.end).all(|k| doc.tokens[k].kind == TokenKind::Punct);
    if found.is_none() && top && ends_para {
        found = paragraph::signature(cx, entities, s, open == para.tokens.start);
    }
    if found.is_none() && top && cx.on(SentenceBefore) {
        found = paragraph::sentence_before(cx, open, para.tokens.start);
    }
    // (also when a cue was found without a subject: "Isaiah 45:1 reads:")
    // A possessive naming the source of a speech noun between the cue and
    // the quote: "Fitton called Clinton’s assertion of a “claim of right”",
    // "Given his past comments on … “rapists”".
    if top && cx.on(PossessiveSource) {
        if let Some(p) = possessive_source(doc, open, sent.tokens.start.max(lo)) {
            let start = p.np.map_or(p.cue.0, |n| n.start);
            // (only where no cue verb attributes it: after "X criticized
            // Trump’s comments that “…”" the critic speaks)
            // (nor as the object of the subject's verb: "he played down
            // Trump’s comments as “…”")
            let object = start > sent.tokens.start && verb_like(doc, start - 1);
            if found.map_or(true, |a| {
                a.np.is_none()
                    || a.cue.0 >= a.cue.1 && !object && a.np.is_some_and(|n| n.end <= start)
            }) {
                found = Some(p);
            }
        }
    }
    if found.is_none_or_no_np() && top && cx.on(TermSentenceSubject) {
        if let Some(a) = term::subject(cx, entities, s, spans, found) {
            found = Some(a);
        }
    }
    found
}

trait NoSpeaker {
    fn is_none_or_no_np(&self) -> bool;
}

impl NoSpeaker for Option<Attribution> {
    fn is_none_or_no_np(&self) -> bool {
        !self.is_some_and(|a| a.np.is_some())
    }
}
