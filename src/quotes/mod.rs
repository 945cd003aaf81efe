//! Quotes: quoted passages, reported speech, speakers and cue verbs.
//!
//! The stages, each linear in the length of the text:
//! 1. [`marks`] finds quote marks (any style: `"` `“”` `‘’` `«»` `»«` `„“`
//!    ` ``…'' `) and tells apostrophes apart;
//! 2. [`pair`] pairs them paragraph by paragraph (nesting, the news rule for
//!    multi-paragraph quotes, unmatched marks as diagnostics);
//! 3. [`attribute`] finds each quote's cue verb and the speaker's noun phrase
//!    ([`np`]) next to it; quotes without their own attribution take the
//!    speaker of the quote they continue (same paragraph, or the paragraph
//!    before when the quote opens its paragraph);
//! 4. [`indirect`] finds reported speech ("Putin indicated that …");
//! 5. [`resolve`] names each speaker phrase through the entity layer.
//!
//! Where each quote's attribution comes from, in order: the words right
//! after it (`“…,” X said`, `said X`, `according to X`, `— X`; not across a
//! full stop unless it is a bare `X said.`); a comma-led attribution later in
//! its sentence; a name before a colon after a dash, "More from", "From" or
//! "Here’s" (`— Carl Bialik: “…”`); a cue verb before it in its sentence
//! (`X said: “…”`, `X described it as “…”`); a capital headline opening the
//! paragraph right before it; the cue of the paragraph before when that
//! ends with a colon; a signature line after its paragraph; the attribution
//! of the quote in the sentence before, else that sentence's cue; for a
//! term quoted inside a sentence, the person-like subject of its clause
//! (else of the sentence). Failing all that, the
//! speaker of the quote before in the same paragraph (or after it), or of the
//! last quote of the paragraph before when the quote opens its paragraph. A
//! quote with none of these has no speaker.
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
//! Nested quotes (single inside double) are not quotes of their own: their
//! words are part of the quote around them, said by its speaker, so they are
//! listed in that quote's `nested` spans. (PolNeAR never annotates them
//! either; output as quotes they were ~290 spurious ones on polnear_train.)
//!
//! ```
//! let doc = newsmark::segment::segment("“We are ready,” Peskov said.");
//! let layer = newsmark::entities::recognise(&doc);
//! let found = newsmark::quotes::find(&doc, &layer);
//! assert_eq!(found.quotes[0].cue.as_deref(), Some("said"));
//! assert_eq!(found.quotes[0].speaker_start, Some(20)); // "Peskov", in bytes
//! ```

pub mod attribute;
pub mod indirect;
pub mod lexicon;
pub mod marks;
pub mod np;
pub mod pair;
pub mod resolve;
pub mod rules;

use crate::entities::EntityLayer;
use crate::rules::{RuleSet, Why};
use crate::segment::{is_dash_char, is_dash_word, Document, TokenKind};
use crate::types::{Diagnostic, Label, NestedQuote, Quote, QuoteKind};
use attribute::{after_quote, before_quote, Attribution};
use pair::Span;
use rules::QuoteRule;

/// What [`find`] returns.
#[derive(Clone, Debug, Default)]
pub struct QuoteLayer {
    /// Quotes, ordered by start.
    pub quotes: Vec<Quote>,
    /// Unmatched quote marks and the like.
    pub diagnostics: Vec<Diagnostic>,
    /// For each quote (same index), the rules that made it.
    pub whys: Vec<Why<QuoteRule>>,
}

/// Quotes of at most this many words with no speaker anywhere near are
/// scare quotes or titles ("undercard", “Saturday Night Live”), not quotes.
///
/// Chosen on polnear_train (quote F1, every non-indirect quote counted):
/// dropping nothing gives P 0.79 / R 0.97, dropping short unattributed
/// quotes ≤ 4 words P 0.85 / R 0.93 — the better F1. Title-case passages
/// and top-level single-mark quotes (mostly headline terms) additionally
/// need a cue verb of their own; each rule gained 0.2–0.4 F1 points there.
/// A short term inside a sentence with a person-like subject is kept and
/// attributed to that subject ("Manafort dismissed it as “absurd.”"), as
/// PolNeAR does.
const SCARE_WORDS: usize = 4;

/// How far back in the sentence before a quote its last quote is looked
/// for, in tokens (an attribution follows its quote within a few words).
const LOOK_BACK: usize = 40;

/// Where a quote's attribution came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    None,
    /// A cue verb next to the quote names its speaker.
    Own,
    /// The speaker is only the subject of the quote's sentence.
    Subject,
    Inherited,
}

/// Finds quotes and reported speech in `doc` and attributes them to speakers.
///
/// Never panics; linear in the length of the text.
pub fn find(doc: &Document, entities: &EntityLayer) -> QuoteLayer {
    find_with(doc, entities, RuleSet::default())
}

/// [`find`] with the rules in `off` switched off.
pub fn find_with(doc: &Document, entities: &EntityLayer, off: RuleSet<QuoteRule>) -> QuoteLayer {
    let _ = off;
    let (spans, diagnostics) = pair::pair(doc);
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
    for s in &spans {
        let mut a = own_attribution(doc, s, &spans, entities);
        // A paragraph-opening quote after a paragraph with no quote: the
        // attribution in that paragraph's last sentence ("Schoen elaborated
        // in an editorial that …" ¶ “A Sanders win …”).
        let opens = doc
            .paragraphs
            .get(s.para)
            .is_some_and(|p| doc.token_at(s.start) == p.tokens.start);
        if a.is_none_or_no_np()
            && opens
            && s.para > 0
            && !quoted_para[s.para - 1]
            && s.parent.is_none()
        {
            let prev = &doc.paragraphs[s.para - 1];
            let last = &doc.sentences[doc.sentence_of(prev.tokens.end - 1)];
            if let Some(b) = before_quote(
                doc,
                prev.tokens.end,
                last.tokens.start.max(prev.tokens.start),
            ) {
                if b.np.is_some() {
                    a = Some(b);
                }
            }
        }
        if a.is_none_or_no_np()
            && opens
            && s.para > 0
            && !long_quote_para[s.para - 1]
            && quote_only.get(s.para).copied().unwrap_or(false)
            && s.parent.is_none()
        {
            if let Some(np) = previous_person(doc, entities, s) {
                a = Some(Attribution {
                    np: Some(np),
                    cue: (np.end, np.end),
                });
            }
        }
        source.push(match a {
            Some(a) if a.np.is_some() && a.cue.0 < a.cue.1 => Source::Own,
            Some(a) if a.np.is_some() => Source::Subject,
            _ => Source::None,
        });
        attrs.push(a);
    }
    inherit(doc, &spans, &mut attrs, &mut source);

    // Keep real quotes; drop short unattributed terms (scare quotes, titles).
    let keep: Vec<bool> = spans
        .iter()
        .zip(&source)
        .map(|(s, src)| {
            let inner = doc.text.get(s.inner_start..s.inner_end).unwrap_or("");
            if s.parent.is_some() {
                return true;
            }
            // Top-level single quotes are mostly headline quotes of terms.
            if s.family == marks::Family::Single {
                return *src == Source::Own || *src == Source::Subject && headline_colon(doc, s);
            }
            // Titles (“Saturday Night Live”) need a cue of their own.
            if is_title_case(inner) && *src != Source::Own {
                return false;
            }
            // A title after a possessive is a show or a work, whatever the
            // cue: "Graham said on MSNBC’s “Morning Joe.”" (on polnear_train
            // 38 such quotes are not in the gold, 4 are).
            if after_possessive(doc, s.start)
                && is_title_case(inner.trim_end_matches(['.', ',', '!', '?']))
            {
                return false;
            }
            // Attribute values and numbers: tweet-id="6901…".
            if !inner.chars().any(char::is_alphabetic) {
                return false;
            }
            *src != Source::None || words(inner) > SCARE_WORDS
        })
        .collect();

    let quoted: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| s.parent.is_none())
        .map(|s| (s.start, s.end))
        .collect();
    let resolver = resolve::Resolver::new(doc.text, entities);

    // The top-level ancestor of each span: nested quotes belong to it.
    let mut top = vec![0usize; spans.len()];
    for i in 0..spans.len() {
        top[i] = match spans[i].parent {
            Some(p) if p < i => top[p],
            _ => i,
        };
    }
    let mut index = vec![usize::MAX; spans.len()];
    let mut quotes: Vec<Quote> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        if s.parent.is_some() {
            // Spans come outer first, so the enclosing quote is already out.
            if let Some(q) = quotes.get_mut(index[top[i]]) {
                q.nested.push(NestedQuote {
                    start: s.start,
                    end: s.end,
                });
            }
            continue;
        }
        if !keep[i] {
            continue;
        }
        let mut q = blank(s.start, s.end, kind_of(doc, s));
        if let Some(a) = attrs[i] {
            fill(doc, &resolver, entities, &quoted, &mut q, a.np, a.cue);
        }
        index[i] = quotes.len();
        quotes.push(q);
    }
    for r in indirect::find(doc, &quoted) {
        let mut q = blank(r.start, r.end, QuoteKind::Indirect);
        fill(
            doc,
            &resolver,
            entities,
            &quoted,
            &mut q,
            Some(r.np),
            (r.cue, r.cue + 1),
        );
        quotes.push(q);
    }
    for q in &mut quotes {
        q.nested.sort_by_key(|n| n.start);
    }
    quotes.sort_by(|x, y| x.start.cmp(&y.start).then(y.end.cmp(&x.end)));
    let whys = quotes
        .iter()
        .map(|q| {
            Why::by(if q.kind == QuoteKind::Indirect {
                QuoteRule::IndirectThatClause
            } else {
                QuoteRule::MarksPair
            })
        })
        .collect();
    QuoteLayer {
        quotes,
        diagnostics,
        whys,
    }
}

/// A headline quote: the paragraph opens with a short phrase and a colon
/// right before the mark ("Marco Rubio: ‘You Don’t Win …’").
fn headline_colon(doc: &Document, s: &Span) -> bool {
    let open = doc.token_at(s.start);
    let Some(p) = doc.paragraphs.get(s.para) else {
        return false;
    };
    open > p.tokens.start
        && open - p.tokens.start <= 6
        && doc.word(open - 1) == ":"
        && np::is_cap(doc, p.tokens.start)
}

/// The token before the mark at byte `start` is a possessive: "ABC’s “…”".
fn after_possessive(doc: &Document, start: usize) -> bool {
    let open = doc.token_at(start);
    open > 1
        && match doc.word(open - 1) {
            "’s" | "'s" => true,
            "’" | "'" => doc.word(open - 2).ends_with('s'),
            _ => false,
        }
        && !doc.tokens[open - 1].space_before
}

/// Every word capitalised (short function words aside), no sentence inside.
fn is_title_case(s: &str) -> bool {
    let mut n = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        n += 1;
        let small = matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "to"
                | "in"
                | "on"
                | "for"
                | "with"
                | "at"
                | "by"
                | "from"
        );
        if !small
            && !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return false;
        }
    }
    n > 0 && !s.trim_end().ends_with(['.', '!', '?'])
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn blank(start: usize, end: usize, kind: QuoteKind) -> Quote {
    Quote {
        start,
        end,
        kind,
        speaker: None,
        speaker_id: None,
        speaker_start: None,
        speaker_end: None,
        cue: None,
        cue_start: None,
        cue_end: None,
        nested: Vec::new(),
        why: Vec::new(),
    }
}

/// The attribution a quote has by itself: after it, before it in its
/// sentence, or in the paragraph before when that ends with a colon.
fn own_attribution(
    doc: &Document,
    s: &Span,
    spans: &[Span],
    entities: &EntityLayer,
) -> Option<Attribution> {
    let para = doc.paragraphs.get(s.para)?;
    let last = doc.paragraphs.get(s.end_para)?;
    let (mut lo, mut hi) = (para.tokens.start, last.tokens.end);
    if let Some(p) = s.parent.and_then(|p| spans.get(p)) {
        lo = lo.max(doc.token_at(p.inner_start));
        hi = hi.min(doc.token_at(p.inner_end));
    }
    let open = doc.token_at(s.start);
    let after = doc.token_at(s.end);
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
        found = after_quote(doc, after, hi).filter(|a| {
            doc.word(a.cue.0)
                .starts_with(|c| is_dash_char(c) || c == '-')
                || a.np.is_some_and(|np| np.end <= a.cue.0)
                    && (a.cue.1 >= hi || matches!(doc.word(a.cue.1), "." | "," | "!" | "?"))
        });
    } else if s.closed {
        found = after_quote(doc, after, hi).or_else(|| {
            // A quote opening its sentence: a longer slot after it.
            let sent = doc.sentences.get(doc.sentence_of(open))?;
            (sent.tokens.start == open).then(|| attribute::long_after_quote(doc, after, hi))?
        });
    }
    found = found.map(|a| attribute::according_after(doc, a, hi));
    // An attribution later in the sentence that opens a clause of its own
    // ("While Sanders admitted it would be “very hard,” his campaign has
    // argued that …") yields to a cue before the quote.
    let mut later = None;
    if found.is_none() && s.closed && !full_stop {
        // Later in the sentence, after a comma: "… signals “the beginning of
        // the end” for the EU, said Geert Wilders."
        found = attribute::trailing(doc, after, hi);
        if found.is_some_and(|a| !attribute::ends_attribution(doc, a, hi)) {
            later = found.take();
        }
    }
    if found.is_none() {
        let sent = doc.sentences.get(doc.sentence_of(open))?;
        found = attribute::dash_colon(doc, open)
            .or_else(|| before_quote(doc, open, sent.tokens.start.max(lo)));
        if found.is_none_or_no_np() && later.is_some() {
            found = later;
        }
    }
    if found.is_none() && s.parent.is_none() {
        found = capital_headline(doc, para.tokens.start, open);
    }
    // A sentence opening "According to X," names the source of every
    // quote after that phrase, over the cues inside (as PolNeAR marks it):
    // "According to ProPublica, Clinton praised her “wonderful donors.”"
    if let Some(a) = according_opening(doc, open, lo) {
        if found.is_some_and(|f| f.np.is_some_and(|np| np.start > a.cue.1)) {
            found = Some(a);
        }
    }
    if found.is_none() && open == para.tokens.start && s.para > 0 && s.parent.is_none() {
        let prev = &doc.paragraphs[s.para - 1];
        let last = prev.tokens.end - 1;
        if doc.word(last) == ":" {
            let sent = &doc.sentences[doc.sentence_of(last)];
            found = before_quote(doc, last, sent.tokens.start).or_else(|| {
                // "President Clinton released the following statement:"
                attribute::sentence_subject(doc, last)
                    .filter(|np| np.end <= last)
                    .map(|np| Attribution {
                        np: Some(np),
                        cue: (last, last),
                    })
            });
        }
    }
    // Only punctuation after the quote in its paragraph (a few tokens at
    // most, so that a paragraph of marks stays linear).
    let ends_para = last.tokens.end.saturating_sub(after) <= 4
        && (after..last.tokens.end).all(|k| doc.tokens[k].kind == TokenKind::Punct);
    if found.is_none() && s.parent.is_none() && ends_para {
        // A signature line: “…” ¶ — Bernie Sanders.
        if let Some(next) = doc.paragraphs.get(s.end_para + 1) {
            let (d, end) = (next.tokens.start, next.tokens.end);
            if end > d + 1
                && end - d <= 12
                && (matches!(doc.word(d), "-" | "--") || is_dash_word(doc.word(d)))
            {
                found = np::after(doc, d + 1, end)
                    .filter(|np| np.end >= end || matches!(doc.word(np.end), "." | ","))
                    .map(|np| Attribution {
                        np: Some(np),
                        cue: (d, d + 1),
                    });
            } else if end > d + 1 && end - d <= 12 && open == para.tokens.start {
                // Without the dash, after a quote filling its paragraph, a
                // person's name (and affiliation) and no verb: “…” ¶ Dean
                // Baker, Center for Economic Research.
                found = np::after(doc, d, end)
                    .filter(|np| {
                        !np.pronoun
                            && is_person(doc, entities, np)
                            && (np.end >= end || matches!(doc.word(np.end), "." | ","))
                            && (np.end..end).all(|k| {
                                doc.tokens[k].kind != TokenKind::Word
                                    || np::is_cap(doc, k)
                                    || lexicon::is_stop(doc.word(k))
                            })
                    })
                    .map(|np| Attribution {
                        np: Some(np),
                        cue: (d, d),
                    });
            }
        }
    }
    if found.is_none() && s.parent.is_none() {
        // The sentence before, in the same paragraph: "He promised that he
        // stays. “Let me be clear: …”"
        let si = doc.sentence_of(open);
        if let Some(sent) = doc.sentences.get(si) {
            if open == sent.tokens.start
                && si > 0
                && doc.sentences[si - 1].tokens.start >= para.tokens.start
            {
                let prev = &doc.sentences[si - 1];
                // A sentence before that holds a quote of its own passes its
                // speaker on through that quote (“A,” X said, when a dozen
                // states voted. “B.”): its last cue is often a subordinate
                // clause's.
                // (its last mark among its last tokens: bounded, so linear)
                let close = (prev
                    .tokens
                    .start
                    .max(prev.tokens.end.saturating_sub(LOOK_BACK))
                    ..prev.tokens.end)
                    .rev()
                    .find(|&k| attribute::is_mark(doc, k));
                found = close
                    .and_then(|k| after_quote(doc, k + 1, prev.tokens.end))
                    .filter(|a| a.np.is_some())
                    .map(|a| attribute::according_after(doc, a, prev.tokens.end))
                    .or_else(|| {
                        before_quote(doc, prev.tokens.end, prev.tokens.start)
                            .filter(|a| a.np.is_some())
                    });
            }
        }
    }
    // (also when a cue was found without a subject: "Isaiah 45:1 reads:")
    // A possessive naming the source of a speech noun between the cue and
    // the quote: "Fitton called Clinton’s assertion of a “claim of right”",
    // "Given his past comments on … “rapists”".
    if s.parent.is_none() {
        let sent = doc.sentences.get(doc.sentence_of(open))?;
        if let Some(p) = attribute::possessive_source(doc, open, sent.tokens.start.max(lo)) {
            let start = p.np.map_or(p.cue.0, |n| n.start);
            // (only where no cue verb attributes it: after "X criticized
            // Trump’s comments that “…”" the critic speaks)
            // (nor as the object of the subject's verb: "he played down
            // Trump’s comments as “…”")
            let object = start > sent.tokens.start && attribute::verb_like(doc, start - 1);
            if found.map_or(true, |a| {
                a.np.is_none()
                    || a.cue.0 >= a.cue.1 && !object && a.np.is_some_and(|n| n.end <= start)
            }) {
                found = Some(p);
            }
        }
    }
    if found.is_none_or_no_np() && s.parent.is_none() {
        // A term quoted inside the writer's sentence belongs to its subject:
        // "Manafort dismissed the whole kerfuffle as “absurd.”"
        let sent = doc.sentences.get(doc.sentence_of(open))?;
        if open > sent.tokens.start {
            let colon = open > 0 && doc.word(open - 1) == ":";
            // A quote too long for a scare quote is someone's words: any
            // subject will do ("The ad targets a “corrupt political system
            // that keeps …”").
            // (not when another quote follows in the sentence: that one's
            // attribution passes back to this one, "Guns are “…” and “…,”
            // Howard Dean proclaimed")
            let next = spans.partition_point(|x| x.start <= s.start);
            let quote_after = spans[next..]
                .iter()
                .find(|x| x.parent.is_none())
                .is_some_and(|x| {
                    doc.tokens
                        .get(sent.tokens.end.saturating_sub(1))
                        .is_some_and(|t| x.start < t.end)
                });
            let long = !quote_after
                && words(doc.text.get(s.inner_start..s.inner_end).unwrap_or("")) > SCARE_WORDS;
            let ok = |np: &np::Np| {
                np.end <= open && (colon || long && !np.pronoun || speaker_like(doc, entities, np))
            };
            // The subject of the quote's own clause, when the sentence's
            // would own the term too: "Jindal signed an order, while
            // Huckabee proposed we “wake up.”"
            if let Some(np) = attribute::sentence_subject(doc, open).filter(ok).map(|np| {
                attribute::clause_subject(doc, open)
                    .filter(ok)
                    .unwrap_or(np)
            }) {
                found = Some(Attribution {
                    np: Some(np),
                    cue: found.map_or((open, open), |a| a.cue),
                });
            }
        }
    }
    found
}

/// A digest item: a headline in capitals opening the paragraph right
/// before the quote ("HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s
/// slowdown is …” [WaPo.]"). PolNeAR credits the headline; the cue is
/// empty. At least two words, all letters capitals, at most 16 tokens.
fn capital_headline(doc: &Document, start: usize, open: usize) -> Option<Attribution> {
    if open <= start + 1 || open - start > 16 {
        return None;
    }
    let mut words = 0;
    for k in start..open {
        let w = doc.word(k);
        if doc.tokens[k].kind == TokenKind::Word {
            if w.chars().any(char::is_lowercase) {
                return None;
            }
            words += usize::from(w.chars().any(char::is_alphabetic));
        } else if doc.tokens[k].kind != TokenKind::Number
            && !matches!(w, ":" | "," | "’" | "'" | "-" | "‘")
        {
            return None;
        }
    }
    (words >= 2).then_some(Attribution {
        np: Some(np::Np {
            start,
            end: open,
            head_start: start,
            head_end: open,
            pronoun: false,
        }),
        cue: (open, open),
    })
}

/// "According to X," (or "In a … poll,") opening the sentence of the quote
/// whose mark is token `open` (not before `lo`), with X before a comma.
fn according_opening(doc: &Document, open: usize, lo: usize) -> Option<Attribution> {
    let sent = doc.sentences.get(doc.sentence_of(open))?;
    let mut k = sent.tokens.start.max(lo);
    // (a few opening marks or brackets at most: a sentence of nothing but
    // marks stays linear)
    let stop = (k + 3).min(open);
    while k < stop && doc.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    let word = |x: usize| doc.tokens.get(x).map_or("", |_| doc.word(x));
    let according = word(k) == "According" && word(k + 1) == "to";
    // "In a Washington Post/ABC News poll released Sunday, 8 percent of
    // Democrats said …": a poll, survey or study opening the sentence is its
    // source too (not an interview or statement: "In a statement, the DNC
    // said" is the DNC's).
    let document = word(k) == "In";
    if !according && !document {
        return None;
    }
    let from = if according { k + 2 } else { k + 1 };
    // The phrase up to the comma, whole or its start ("White House pool
    // reports" reads as "White House pool" before the cue-like "reports").
    let comma = (from..(from + np::MAX_LEN + 4).min(open)).find(|&x| doc.word(x) == ",")?;
    if document && !(from..comma).any(|x| matches!(doc.word(x), "poll" | "survey" | "study")) {
        return None;
    }
    let np = np::after(doc, from, comma)?;
    (comma + 1 < open).then_some(Attribution {
        np: Some(np),
        cue: (k, from),
    })
}

/// The person subject of the last sentence of the paragraph before a
/// quote that fills its own paragraph: "Trump spoke only in evasive
/// bromides during the interview." ¶ “…” — the speaker is Trump.
fn previous_person(doc: &Document, entities: &EntityLayer, s: &Span) -> Option<np::Np> {
    let prev = doc.paragraphs.get(s.para.checked_sub(1)?)?;
    let last = prev.tokens.end.checked_sub(1)?;
    if last < prev.tokens.start {
        return None;
    }
    let subject = attribute::sentence_subject(doc, last).filter(|np| {
        np.end <= last
            && if np.pronoun {
                matches!(doc.word(np.start).to_lowercase().as_str(), "he" | "she")
            } else {
                is_person(doc, entities, np)
            }
    });
    if subject.is_some() {
        return subject;
    }
    // A person who is the subject of a later clause: "What … means is left
    // to voters, since Trump spoke only in evasive bromides."
    let sent = doc.sentences.get(doc.sentence_of(last))?;
    let (lo, hi) = (
        doc.tokens[sent.tokens.start.max(prev.tokens.start)].start,
        doc.tokens[last].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= lo);
    entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < hi)
        .filter(|m| m.label == Label::Person && m.end > m.start)
        .filter_map(|m| {
            let (a, b) = (doc.token_at(m.start), doc.token_at(m.end - 1) + 1);
            let next = doc.tokens.get(b)?;
            let w = doc.word(b);
            let verb_like = next.kind == TokenKind::Word
                && w.chars().next().is_some_and(char::is_lowercase)
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "who"
                        | "whose"
                );
            verb_like.then_some(np::Np {
                start: a,
                end: b,
                head_start: a,
                head_end: b,
                pronoun: false,
            })
        })
        .last()
}

/// True when the head of `np` is a PERSON mention.
fn is_person(doc: &Document, entities: &EntityLayer, np: &np::Np) -> bool {
    let (s, e) = (
        doc.tokens[np.head_start].start,
        doc.tokens[np.head_end - 1].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= s);
    entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .any(|m| m.label == Label::Person && m.end >= e)
}

trait NoSpeaker {
    fn is_none_or_no_np(&self) -> bool;
}

impl NoSpeaker for Option<Attribution> {
    fn is_none_or_no_np(&self) -> bool {
        !self.is_some_and(|a| a.np.is_some())
    }
}

/// A sentence subject that may own a quoted term: a personal pronoun, a
/// person, organisation or group (NORP) the entity layer knows, or a noun
/// for people.
fn speaker_like(doc: &Document, entities: &EntityLayer, np: &np::Np) -> bool {
    if np.pronoun {
        return matches!(
            doc.word(np.start).to_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "i"
        );
    }
    let (s, e) = (
        doc.tokens[np.head_start].start,
        doc.tokens[np.head_end - 1].end,
    );
    let first = entities.mentions.partition_point(|m| m.end <= s);
    // Groups speak too: "Democrats found it “absurd”".
    let known = entities.mentions[first..]
        .iter()
        .take_while(|m| m.start < e)
        .any(|m| matches!(m.label, Label::Person | Label::Org | Label::Norp) && m.end >= e);
    known || (!np::is_cap(doc, np.end - 1) && attribute::animate(doc, np))
}

/// Speakers carry over: along a multi-paragraph quote, to a later (or
/// earlier) quote in the same paragraph, and to a quote opening the next paragraph.
fn inherit(
    doc: &Document,
    spans: &[Span],
    attrs: &mut [Option<Attribution>],
    source: &mut [Source],
) {
    let top: Vec<usize> = (0..spans.len())
        .filter(|&i| spans[i].parent.is_none())
        .collect();
    let has = |a: &Option<Attribution>| a.is_some_and(|a| a.np.is_some());
    // Backwards along multi-paragraph chains and within paragraphs.
    for w in (0..top.len().saturating_sub(1)).rev() {
        let (i, j) = (top[w], top[w + 1]);
        let linked = spans[i].continues && spans[j].continued || spans[i].end_para == spans[j].para;
        if linked && !has(&attrs[i]) && has(&attrs[j]) && own_later_ok(&spans[i], &spans[j]) {
            attrs[i] = attrs[j];
            source[i] = Source::Inherited;
        }
    }
    // Forwards: chains, same paragraph, paragraph-initial quotes.
    for w in 1..top.len() {
        let (i, j) = (top[w - 1], top[w]);
        if has(&attrs[j]) || !has(&attrs[i]) {
            continue;
        }
        let sj = &spans[j];
        let opens_para = doc
            .paragraphs
            .get(sj.para)
            .is_some_and(|p| doc.token_at(sj.start) == p.tokens.start);
        let linked = spans[i].continues && sj.continued
            || spans[i].end_para == sj.para
            || opens_para && spans[i].end_para + 1 == sj.para;
        if linked {
            // Keep a cue of its own if it has one.
            let cue = attrs[j].map(|a| a.cue);
            attrs[j] = attrs[i].map(|a| Attribution {
                np: a.np,
                cue: cue.unwrap_or(a.cue),
            });
            source[j] = Source::Inherited;
        }
    }
}

/// A quote takes the speaker of a later quote only along a chain or in
/// one paragraph (`“A.” “B,” he said.`).
fn own_later_ok(a: &Span, b: &Span) -> bool {
    a.end_para == b.para || a.continues
}

/// Direct when the quote starts its sentence (or follows a colon or comma)
/// with a capital letter; partial otherwise.
fn kind_of(doc: &Document, s: &Span) -> QuoteKind {
    let first = doc
        .text
        .get(s.inner_start..s.inner_end)
        .and_then(|t| t.chars().find(|c| c.is_alphanumeric()));
    let capital = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let open = doc.token_at(s.start);
    let sent = doc.sentences.get(doc.sentence_of(open));
    let starts = sent.is_some_and(|st| st.tokens.start == open);
    let after_colon =
        open > 0 && (matches!(doc.word(open - 1), ":" | ",") || is_dash_word(doc.word(open - 1)));
    if capital && (starts || after_colon) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Title words and nationality adjectives before a name: "Russian President".
fn is_title(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "President"
            | "Prime"
            | "Minister"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Gov"
            | "Governor"
            | "Secretary"
            | "Chancellor"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "General"
            | "Judge"
            | "Justice"
            | "Pope"
            | "King"
            | "Queen"
            | "Prince"
            | "Vice"
            | "Chief"
            | "Ambassador"
            | "Mayor"
            | "Speaker"
            | "Leader"
            | "Sir"
            | "Lord"
            | "Dame"
            | "Premier"
            | "Foreign"
            | "Defense"
            | "Defence"
            | "State"
            | "Attorney"
            | "Former"
            | "Interior"
    ) || (w.ends_with("ian")
        || w.ends_with("ese")
        || w.ends_with("ish")
        || w == "American"
        || w == "Israeli"
        || w == "French"
        || w == "German")
}

/// Sets the speaker and cue of `q` from a phrase and cue tokens.
fn fill(
    doc: &Document,
    resolver: &resolve::Resolver,
    entities: &EntityLayer,
    quoted: &[(usize, usize)],
    q: &mut Quote,
    np: Option<np::Np>,
    cue: (usize, usize),
) {
    if cue.0 < cue.1 && cue.1 <= doc.tokens.len() {
        let (cs, ce) = (doc.tokens[cue.0].start, doc.tokens[cue.1 - 1].end);
        q.cue = Some(doc.text[cs..ce].to_string());
        q.cue_start = Some(cs);
        q.cue_end = Some(ce);
    }
    let Some(p) = np else { return };
    if p.head_end > doc.tokens.len() || p.head_start >= p.head_end {
        return;
    }
    // A relative "who" is the mention; the phrase before it is the name.
    if p.head_end == p.head_start + 1 && matches!(doc.word(p.head_start), "who" | "that" | "which")
    {
        let lo = p.head_start.saturating_sub(np::MAX_LEN + 2);
        if let Some(ante) = attribute::relative_antecedent(doc, p.head_start, lo) {
            fill(doc, resolver, entities, quoted, q, Some(ante), (0, 0));
            q.speaker_start = Some(doc.tokens[p.head_start].start);
            q.speaker_end = Some(doc.tokens[p.head_start].end);
            return;
        }
    }
    let (hs, mut he) = (p.head_start, p.head_end);
    while he > hs + 1 && doc.tokens[he - 1].kind == TokenKind::Punct {
        he -= 1;
    }
    let (ns, ne) = (doc.tokens[hs].start, doc.tokens[he - 1].end);
    // Where the head is a name and the entity layer knows a person inside
    // it, that person's mention is the speaker mention.
    let person = if np::is_cap(doc, he - 1) {
        let first = entities.mentions.partition_point(|m| m.end <= ns);
        entities.mentions[first..]
            .iter()
            .take_while(|m| m.start < ne)
            .filter(|m| m.label == Label::Person)
            .max_by_key(|m| m.end.min(ne) - m.start.max(ns))
    } else {
        None
    };
    let (mut start, end) = match person {
        Some(m) => (m.start.max(ns), m.end.min(ne)),
        None => (ns, ne),
    };
    // "Russian President Vladimir Putin" → "Vladimir Putin".
    let (mut a, b) = (doc.token_at(start), doc.token_at(end - 1) + 1);
    while b > a + 1
        && doc.tokens[a].kind == TokenKind::Word
        && is_title(doc.word(a))
        && np::is_cap(doc, a + 1)
    {
        a += 1;
    }
    start = start.max(doc.tokens[a].start);
    // A personal pronoun inside a sentence whose subject is a person
    // stands for that subject, not the nearest name ("Rubio said that he
    // unmasked Trump, whom he called …", "Shaw told Fox that he …").
    let subject = (p.pronoun && p.head_start > 0)
        .then(|| attribute::sentence_subject(doc, p.head_start))
        .flatten()
        .filter(|s| s.end <= p.head_start && !s.pronoun)
        .and_then(|s| {
            let (a, b) = (
                doc.tokens[s.head_start].start,
                doc.tokens[s.head_end - 1].end,
            );
            resolver.pronoun_as(start, end, (a, b))
        });
    let (name, id) = subject.unwrap_or_else(|| resolver.resolve(start, end, quoted));
    q.speaker = name;
    q.speaker_id = id;
    q.speaker_start = Some(start);
    q.speaker_end = Some(end);
}

#[cfg(test)]
mod tests;
