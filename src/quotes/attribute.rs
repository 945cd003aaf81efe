//! Attribution patterns: which cue verb and which noun phrase go with a quote.
//!
//! After the quote: `“…,” X said`, `“…,” said X, a …`, `“…,” X, a …, said`,
//! `“…,” X told Y`, `“…,” according to X`, `“…” — X`. Before it, in the same
//! sentence: `X said: “…”`, `X said “…”`, `X described it as “…”`, `X told
//! Y that “…”`, `according to X, “…”`, `Stated X: “…”`. Subjects of a second
//! verb ("… but acknowledged") and of a participle (", noting") are those of
//! the verb before them or of the sentence. Every search looks at a bounded
//! window of tokens, so attribution is linear overall.
//!
//! ```
//! use newsmark::quotes::attribute::{before_quote, after_quote};
//! let doc = newsmark::segment::segment("“No,” Peskov said. Putin said: “Yes.”");
//! let a = after_quote(&doc, 4, doc.tokens.len()).unwrap();
//! assert_eq!(doc.word(a.np.unwrap().start), "Peskov");
//! assert_eq!(doc.word(a.cue.0), "said");
//! let b = before_quote(&doc, 10, 7).unwrap();
//! assert_eq!(doc.word(b.np.unwrap().start), "Putin");
//! ```

use super::lexicon::{cue, is_aux_or_adverb, is_determiner, is_subject_pronoun, Cue, CueClass};
use super::np::{self, Np};
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::words::is_weekday;

/// A cue verb (token range) and its subject, if one was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker's noun phrase.
    pub np: Option<Np>,
    /// The cue's tokens `start..end` ("said", "according to", "—").
    pub cue: (usize, usize),
}

/// Reporting verbs whose base form is also a common noun.
pub const NOUNISH: &[&str] = &[
    "state", "claim", "report", "post", "call", "charge", "answer", "counter", "question",
    "promise", "reply", "tweet", "estimate", "remark", "blast", "label", "joke", "quip", "plead",
    "signal", "hint", "demand", "pledge", "vow", "warning", "caution", "lament", "boast", "retort",
    "muse", "credit", "mock", "vent", "bark", "cite", "chant",
];

/// How far back the before-quote search looks for a cue verb, in tokens.
const BACK: usize = 40;
/// How far an appositive may run between commas.
const APPOSITIVE: usize = 40;

/// The cue verb at token `i`, if it is one here: a word, lower case unless
/// it starts its sentence, and not a noun after a determiner ("the report").
pub fn cue_at(doc: &Document, i: usize) -> Option<Cue> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = doc.word(i);
    let c = cue(w)?;
    let upper = w.chars().next().is_some_and(char::is_uppercase);
    if upper {
        // Capitalised only as the first word of its sentence ("Stated
        // Stone:"), or as a past form followed by lower case or punctuation
        // ("Murphy, the head of Right to Rise USA, Tweeted on Friday"), not
        // in a title ("Trump Tweeted About Clinton").
        let s = doc.sentences.get(doc.sentence_of(i))?;
        let first = (s.tokens.start..i).all(|k| doc.tokens[k].kind == TokenKind::Punct);
        let past_in_text = w.ends_with("ed")
            && i > s.tokens.start
            && doc.tokens.get(i + 1).is_some_and(|n| {
                let c = doc.word(i + 1).chars().next();
                n.kind == TokenKind::Punct && !c.is_some_and(super::marks::is_quote_char)
                    || c.is_some_and(char::is_lowercase)
            });
        if !first && !past_in_text {
            return None;
        }
    }
    // A sentence-initial participle is adverbial: "Speaking to MSNBC, …",
    // "Asked about it, …".
    if upper && (c.participle || w == "Asked") {
        return None;
    }
    // Verbs that are also nouns count in their base form only after a
    // subject-like word: "they claim", not "his most explosive claim".
    if NOUNISH.contains(&w.to_ascii_lowercase().as_str()) && i > 0 {
        let p = doc.word(i - 1);
        // A capitalised word before a base form must be a plural subject
        // ("Democrats claim"), not an adjective or a name ("a heavily
        // Democratic state", "the Virginia state director"); a possessive
        // after it makes a noun ("the state’s party").
        let subject_like = is_subject_pronoun(p) || p.ends_with('s') && !matches!(p, "’s" | "'s");
        let possessed = doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
            && matches!(doc.word(i + 1), "’s" | "'s");
        if !subject_like || possessed {
            return None;
        }
    }
    // Verbs that report only with their particle: "pointed out", "fired back".
    let lower = w.to_ascii_lowercase();
    let particle = match lower
        .trim_end_matches("ed")
        .trim_end_matches("ing")
        .trim_end_matches('s')
    {
        "point" => Some("out"),
        "fir" | "fire" | "shot" | "shoot" => Some("back"),
        // "as Milbank put it, “…”", "referred to him as “…”".
        "put" => Some("it"),
        "refer" | "referr" => Some("to"),
        // "“…?” Trump went on, as if …".
        "go" | "goe" | "went" => Some("on"),
        _ => None,
    };
    if let Some(p) = particle {
        if !(i + 1 < doc.tokens.len() && doc.word(i + 1) == p) {
            return None;
        }
    }
    // "continues to battle", "added to the list": not speech.
    if doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.word(i + 1) == "to"
        && (w.starts_with("continu")
            // "added to People" reports; "added to the list" does not.
            || w.starts_with("add")
                && doc
                    .tokens
                    .get(i + 2)
                    .map_or(true, |_| is_determiner(doc.word(i + 2)) || !np::is_cap(doc, i + 2)))
    {
        return None;
    }
    // Naming, not speech: "so-called “rapists”".
    if w == "called"
        && i >= 2
        && doc.word(i - 1) == "-"
        && !doc.tokens[i].space_before
        && doc.word(i - 2).eq_ignore_ascii_case("so")
    {
        return None;
    }
    // "the report", "Rubio’s claim": a noun. ("Another said", "Many
    // wrote": a quantifier standing alone before a past form.)
    if i > 0
        && doc.tokens[i - 1].kind == TokenKind::Word
        && (is_determiner(doc.word(i - 1)) && !(standalone(doc.word(i - 1)) && is_past(w))
            || matches!(doc.word(i - 1), "’s" | "'s" | "’")
                && !(i > 1 && is_subject_pronoun(doc.word(i - 2))))
    {
        return None;
    }
    Some(c)
}

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

/// A source named right before a colon that opens the quote at token
/// `open`, after a dash or "more from": "TURNOUT IN IOWA - Michael McDonald:
/// “…”", "More from Blumenthal and Cohen: “…”" (digest and blog style);
/// or after "From" or "Here’s" opening the sentence: "From the report: “…”",
/// "Here’s Clinton in December 1992: “…”". The cue is the colon.
///
/// ```
/// use newsmark::quotes::attribute::dash_colon;
/// let doc = newsmark::segment::segment("POLLS AGREE - Carl Bialik: “It was close.”");
/// let a = dash_colon(&doc, 6).unwrap();
/// assert_eq!(doc.word(a.np.unwrap().start), "Carl");
/// ```
pub fn dash_colon(doc: &Document, open: usize) -> Option<Attribution> {
    let colon = open.checked_sub(1)?;
    if doc.word(colon) != ":" || colon < 2 {
        return None;
    }
    let first_of_sentence = |k: usize| {
        doc.sentences
            .get(doc.sentence_of(k))
            .is_some_and(|s| s.tokens.start == k)
    };
    let lo = colon.saturating_sub(np::MAX_LEN + 5);
    let mut k = (lo..colon).rev().find(|&k| {
        is_dash(doc, k)
            || k > 0 && is(doc, k, &["from"]) && is(doc, k - 1, &["More", "more"])
            || is(doc, k, &["From"]) && first_of_sentence(k)
            || k > 0
                && is(doc, k, &["’s", "'s"])
                && is(doc, k - 1, &["Here"])
                && first_of_sentence(k - 1)
    })?;
    // After "From" and "Here’s" a common noun phrase will do ("From the
    // report:"); after a dash, a name.
    let named = is_dash(doc, k) || is(doc, k, &["from"]);
    k += 1;
    let np = np::after(doc, k, colon)?;
    // The phrase fills the stretch (a name or "Blumenthal and Cohen"),
    // perhaps with a short time or place after it ("Here’s Clinton in
    // December 1992:").
    let and = np.end < colon && is(doc, np.end, &["and", "&"]);
    let whole = if and {
        np::after(doc, np.end + 1, colon).filter(|p| p.end == colon && !p.pronoun)?;
        Np { end: colon, ..np }
    } else {
        np
    };
    let fills =
        whole.end == colon || is(doc, whole.end, &["in", "on", "at"]) && colon - whole.end <= 4;
    (fills && !whole.pronoun && (!named || np::is_cap(doc, whole.end - 1))).then_some(Attribution {
        np: Some(whole),
        cue: (colon, colon + 1),
    })
}

/// The first noun phrase of the sentence holding token `i` (its subject, roughly).
pub fn sentence_subject(doc: &Document, i: usize) -> Option<Np> {
    let s = doc.sentences.get(doc.sentence_of(i))?;
    let mut k = s.tokens.start;
    // A sentence opening with a quote has no subject before the quote's
    // words: “It’s new,” said Scott, adding … — "It" speaks for no one.
    if is_mark(doc, k) {
        return None;
    }
    // Leading punctuation, conjunctions and adverbs: "But then, he …".
    while k < i
        && (doc.tokens[k].kind == TokenKind::Punct
            || is(
                doc,
                k,
                &["But", "And", "So", "Yet", "Then", "Still", "Now", "Also"],
            )
            // "And then Trump went …".
            || k > s.tokens.start && is(doc, k, &["then", "now", "also", "still"])
            || is_aux_or_adverb(&doc.word(k).to_lowercase()) && doc.word(k).ends_with("ly"))
    {
        k += 1;
    }
    k = after_dateline(doc, k, i);
    // "A month later, he paid …", "On Saturday, Trump issued …", "Speaking
    // to MSNBC on Monday, which …, Bush referred …": when no verb follows
    // the first phrase, try the phrase after each of the next two commas.
    let verb_next = |np: &Np| np.end < i && verb_like(doc, np.end);
    let fronted_word = |x: usize| {
        let w = doc.word(x);
        is_opener(w) || w.ends_with("ing") || w == "Asked"
    };
    let first = np::after(doc, k, i)
        // ("One operative inside the campaign tried …" is a subject;
        // "One day" is not.)
        .filter(|np| {
            !(np.start == k && fronted_word(k))
                || doc.word(k) == "One"
                    && np.end > k + 1
                    && !np::is_cap(doc, k + 1)
                    && !matches!(
                        doc.word(k + 1),
                        "day"
                            | "time"
                            | "year"
                            | "week"
                            | "month"
                            | "night"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "of"
                    )
        })
        .map(|np| np::cut(doc, np, verb_inside(doc, &np)));
    if let Some(np) = first.filter(|np| verb_next(np)) {
        return Some(np);
    }
    let lim = (k + 30).min(i);
    let mut from = first.map_or(k, |np| np.end);
    for _ in 0..2 {
        let Some(comma) = (from..lim).find(|&x| doc.word(x) == ",") else {
            break;
        };
        // (cut where a greedy read runs into the verb: "…, the Daily
        // Planet focuses on …")
        if let Some(np) = np::after(doc, comma + 1, i)
            .map(|np| np::cut(doc, np, verb_inside(doc, &np)))
            .filter(|np| verb_next(np) && !verb_like(doc, np.start))
        {
            return Some(np);
        }
        from = comma + 1;
    }
    let np = first?;
    // A time phrase is no subject: "A month later, he paid …".
    if np.end < i && is_time_after(doc.word(np.end)) {
        return None;
    }
    // A capitalised sentence opener is no subject: "Nothing", "Maybe", "Indeed".
    let w = doc.word(np.start);
    if np.end - np.start == 1 && np::is_cap(doc, np.start) && is_opener(w) {
        return None;
    }
    Some(np)
}

/// The subject of the clause holding token `i` when a subordinator (or
/// "where", "which") or a conjunction after a comma opens that clause
/// inside its sentence:
/// "Jindal signed an order, while Mike Huckabee, the former governor,
/// proposed we “…”" gives "Mike Huckabee". Reads back at most 30 tokens
/// and never across a quote mark; the phrase must be followed (past an
/// apposition or a parenthesis) by a verb.
///
/// ```
/// use newsmark::quotes::attribute::clause_subject;
/// let doc = newsmark::segment::segment("Freddy circled it as his friends jeered loudly.");
/// let np = clause_subject(&doc, doc.tokens.len() - 1).unwrap();
/// assert_eq!(doc.word(np.start), "his");
/// ```
pub fn clause_subject(doc: &Document, i: usize) -> Option<Np> {
    let s = doc.sentences.get(doc.sentence_of(i))?;
    let lo = s.tokens.start.max(i.saturating_sub(30));
    for c in (lo + 1..i).rev() {
        if is_mark(doc, c) {
            return None;
        }
        let w = doc.word(c);
        let opener = matches!(
            w,
            "while" | "as" | "when" | "whereas" | "although" | "though" | "because" | ";"
        ) || matches!(w, "where" | "which")
            || matches!(w, "and" | "but")
                && (doc.word(c - 1) == ","
                    // "… “strong,” and he called it …": the comma inside the mark.
                    || c >= 2 && is_mark(doc, c - 1) && doc.word(c - 2) == ",");
        if !opener {
            continue;
        }
        // A fronted phrase after the opener: "though in a news conference
        // last week he used …".
        let start = if np::after(doc, c + 1, i).is_none() {
            match (c + 1..(c + 10).min(i))
                .take_while(|&x| doc.tokens[x].kind == TokenKind::Word)
                .find(|&x| is_subject_pronoun(doc.word(x)) && doc.word(x) != "it")
            {
                Some(x) => x,
                None => continue,
            }
        } else {
            c + 1
        };
        let Some(np) = np::after(doc, start, i) else {
            continue;
        };
        if np.pronoun && !is_subject_pronoun(doc.word(np.start)) {
            continue;
        }
        let mut m = np.end;
        // Past an apposition or a parenthesis: "Mike Huckabee, the former
        // governor, proposed", "Sen. Ron Johnson (R-Wis.) kept asking".
        let close = match doc.word(m) {
            "," => Some(","),
            "(" => Some(")"),
            _ => None,
        };
        if let Some(close) = close {
            let lim = (m + 1 + APPOSITIVE).min(i);
            match (m + 1..lim).find(|&x| doc.word(x) == close) {
                Some(x) => m = x + 1,
                None => continue,
            }
        }
        if m < i && verb_like(doc, m) {
            return Some(np);
        }
    }
    None
}

/// Token `m` reads as a finite verb after a subject: a lower-case
/// auxiliary or adverb, a cue, a past form or a third-person form.
pub(crate) fn verb_like(doc: &Document, m: usize) -> bool {
    let w = doc.word(m);
    doc.tokens[m].kind == TokenKind::Word
        && w.chars().next().is_some_and(char::is_lowercase)
        && !is_time_after(w)
        && (is_aux_or_adverb(w)
            || cue(w).is_some()
            || w.ends_with("ed")
            || is_irregular_past(w)
            || w.ends_with('s') && w.len() > 3 && !is_determiner(w) && w != "this")
}

/// Words that follow a time phrase, not a subject: "A month later",
/// "Eight years ago", and the time nouns themselves ("Eight years").
fn is_time_after(w: &str) -> bool {
    matches!(
        w,
        "later"
            | "ago"
            | "earlier"
            | "before"
            | "after"
            | "years"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "minutes"
            | "decades"
    )
}

/// Common irregular past forms a subject may precede: "she sent", "he paid".
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "kept"
            | "took"
            | "made"
            | "gave"
            | "went"
            | "came"
            | "got"
            | "began"
            | "sent"
            | "spoke"
            | "thought"
            | "paid"
            | "held"
            | "left"
            | "met"
            | "ran"
            | "won"
            | "lost"
            | "brought"
            | "bought"
            | "felt"
            | "found"
            | "heard"
            | "knew"
            | "led"
            | "saw"
            | "stood"
            | "became"
            | "chose"
            | "sat"
            | "put"
    )
}

/// The token after a dateline opening at `k` ("WASHINGTON (AP) — ",
/// "Mexico City (AFP) – "), or `k` itself: a dateline ends at a dash within
/// ten tokens, after a parenthesised agency or an all-capitals first word.
fn after_dateline(doc: &Document, k: usize, i: usize) -> usize {
    let para_start = doc.tokens.get(k).is_some_and(|t| {
        doc.text[..t.start]
            .trim_end_matches([' ', '\t', '\u{a0}'])
            .ends_with('\n')
            || t.start == 0
    });
    if !para_start {
        return k;
    }
    let lim = (k + 10).min(i);
    let Some(dash) = (k..lim).find(|&x| is_dash_word(doc.word(x)) || is(doc, x, &["--", "-"]))
    else {
        return k;
    };
    let first = doc.word(k);
    let caps = first.len() > 1 && first.chars().all(|c| c.is_uppercase() || c == '.');
    let agency = dash >= k + 2 && doc.word(dash - 1) == ")";
    if (caps || agency) && dash + 1 < i {
        dash + 1
    } else {
        k
    }
}

/// Where a phrase read greedily runs into its verb: "The Vermont senator
/// emailed supporters" → the token of "emailed" (or the phrase's end).
fn verb_inside(doc: &Document, np: &Np) -> usize {
    for x in np.start + 1..np.end {
        let w = doc.word(x);
        let prev = x - 1;
        // "The Sanders campaign projects that", "The ad targets a": a
        // third-person form before "that", a determiner or a quote.
        let object_next = w.ends_with('s')
            && !w.ends_with("ss")
            && w.len() > 3
            && doc.tokens.get(x + 1).is_some_and(|_| {
                let n = doc.word(x + 1);
                n == "that" || is_determiner(n) || is_mark(doc, x + 1)
            });
        if doc.tokens[x].kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_lowercase)
            && (w.ends_with("ed")
                || cue(w).is_some_and(|c| !c.participle) && w.ends_with('s')
                || object_next)
            && doc.tokens[prev].kind == TokenKind::Word
            && !is_determiner(doc.word(prev))
            && !matches!(doc.word(prev), "’s" | "'s")
        {
            return x;
        }
    }
    np.end
}

/// Capitalised function words that open a phrase but no name.
const PREPOSITION_CAPS: &[&str] = &[
    "In", "On", "At", "For", "From", "With", "By", "After", "Before", "As", "Like", "But", "And",
    "Or", "So", "If", "When", "While", "Though", "Although", "Because", "Since", "Until", "Then",
    "That", "This", "It", "There", "Not",
];

/// Quantifiers that stand alone as a subject: "Another said", "Many wrote".
const STANDALONE: &[&str] = &[
    "Another", "another", "Many", "many", "Some", "some", "Several", "several", "Others", "others",
    "Most", "most", "Few", "few",
];

fn standalone(w: &str) -> bool {
    STANDALONE.contains(&w)
}

/// A past form of a verb: "said", "tweeted", "wrote".
fn is_past(w: &str) -> bool {
    w.ends_with("ed") || ["said", "told", "wrote", "read", "put", "went", "began"].contains(&w)
}

/// Capitalised words that open sentences but name no one.
fn is_opener(w: &str) -> bool {
    matches!(
        w,
        "Nothing"
            | "Maybe"
            | "Perhaps"
            | "Indeed"
            | "Hours"
            | "Days"
            | "One"
            | "Still"
            | "Now"
            | "Instead"
            | "Meanwhile"
            | "Even"
            | "Here"
            | "Such"
            | "Others"
            | "Everyone"
            | "Everybody"
            | "Nobody"
            | "Someone"
            | "Anyone"
            | "Yes"
            | "No"
            | "Well"
            | "Thus"
            | "Therefore"
            | "However"
            | "Moreover"
            | "Besides"
            | "Again"
            | "Often"
            | "Sometimes"
            | "Later"
            | "Earlier"
            | "Last"
            | "Next"
            | "First"
            | "Finally"
            | "Today"
            | "Yesterday"
            // Prepositions and subordinators opening a fronted phrase:
            // "Amid responses from some …, The Blaze’s Matt Walsh provided …".
            | "Amid"
            | "After"
            | "Before"
            | "During"
            | "Despite"
            | "Following"
            | "Under"
            | "Since"
            | "While"
            | "When"
            | "Although"
            | "Though"
            | "Because"
            | "If"
            | "As"
            | "In"
            | "On"
            | "At"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "Among"
            | "Through"
            | "By"
            | "Unlike"
    )
}

/// The subject of the cue verb at token `c`, reading no further left than `lo`.
pub fn subject_of(doc: &Document, c: usize, lo: usize) -> Option<Np> {
    subject_depth(doc, c, lo, 0)
}

fn subject_depth(doc: &Document, c: usize, lo: usize, depth: u8) -> Option<Np> {
    if c == 0 || c <= lo {
        return None;
    }
    let participle = cue(doc.word(c)).is_some_and(|x| x.participle);
    // "“…,” said Rep. Bobby Scott": right after a quote the subject follows.
    if !participle && after_closing_mark(doc, c) {
        if let Some(np) = np::after(doc, c + 1, doc.tokens.len()) {
            return Some(np);
        }
    }
    // "…” in the 2008 primary, said Ohio State professor Paul Beck.": after a
    // comma, a phrase right after the cue that ends its clause is the
    // subject, inverted.
    let say = cue(doc.word(c)).is_some_and(|x| x.class == super::lexicon::CueClass::Say);
    if !participle && say && doc.word(c - 1) == "," {
        let inverted = np::after(doc, c + 1, doc.tokens.len()).filter(|np| {
            !(np.pronoun && doc.word(np.start).eq_ignore_ascii_case("it"))
                && (np.end >= doc.tokens.len()
                    || matches!(doc.word(np.end), "." | "," | ";" | "(" | "!" | "?"))
        });
        if inverted.is_some() {
            return inverted;
        }
    }
    let mut j = c - 1;
    let mut steps = 0;
    // Auxiliaries, adverbs, "’s" of "he’s", and a short prepositional phrase:
    // "Beck, who has in the past described".
    while j > lo && steps < 6 {
        let w = doc.word(j);
        if doc.tokens[j].kind == TokenKind::Word
            && (is_aux_or_adverb(w) || matches!(w, "’s" | "'s"))
        {
            j -= 1;
            steps += 1;
            continue;
        }
        // "Priebus later Thursday told": a weekday.
        if j > lo && is_weekday(w) {
            j -= 1;
            steps += 1;
            continue;
        }
        // "Dianne Feinstein (D-Calif.) last week said".
        if j > lo + 1
            && matches!(w, "week" | "month" | "year" | "night" | "weekend")
            && matches!(doc.word(j - 1), "last" | "this" | "that" | "next")
        {
            j -= 2;
            steps += 2;
            continue;
        }
        if let Some(p) =
            np::before(doc, j, lo).filter(|p| !p.pronoun && !np::is_cap(doc, p.end - 1))
        {
            if p.start > lo + 1
                && is(
                    doc,
                    p.start - 1,
                    &["in", "on", "at", "during", "over", "for", "after", "since"],
                )
            {
                j = p.start - 2;
                steps += 2;
                continue;
            }
        }
        break;
    }
    let w = doc.word(j);
    // "Another said", "Many wrote": the quantifier is the subject.
    // (opening its clause: not "X and Y both denounced", "which some argued")
    let opens_clause = doc
        .sentences
        .get(doc.sentence_of(j))
        .is_some_and(|s| s.tokens.start == j)
        || j > 0
            && matches!(
                doc.word(j - 1),
                "," | "and" | "but" | "Yet" | "yet" | "And" | "But"
            );
    if !participle && standalone(w) && opens_clause && j >= lo && cue_at(doc, c).is_some() {
        return Some(np::span(doc, j, j + 1));
    }
    let previous_subject = |doc: &Document| -> Option<Np> {
        if depth >= 2 {
            return None;
        }
        let lim = j.saturating_sub(BACK).max(lo);
        (lim..j)
            .rev()
            // (naming is no speech: "a class called “Perception”")
            .filter(|&k| {
                cue_at(doc, k).is_some()
                    && !(is(doc, k, &["called", "dubbed", "titled", "named"])
                        && is_mark(doc, k + 1))
            })
            .take(3)
            .find_map(|c2| subject_depth(doc, c2, lo, depth + 1))
    };
    let subject = || sentence_subject(doc, c).filter(|np| np.end <= j);
    if participle {
        let punct = w == "," || doc.tokens[j].kind == TokenKind::Punct;
        // "with Sen. John McCain calling it": a name right before.
        if !punct {
            if let Some(p) = np::before(doc, j, lo).filter(|p| {
                (p.pronoun || np::is_cap(doc, p.end - 1))
                    && (p.start == lo
                        || p.start > 0
                            && (matches!(doc.word(p.start - 1), "with" | "," | "and")
                                || is_dash_word(doc.word(p.start - 1))))
            }) {
                return Some(p);
            }
            // "with the campaign of the former senator saying": the phrase
            // after a "with" opening the participle's clause, named or not.
            let lim = j.saturating_sub(10).max(lo);
            let with = (lim..=j)
                .rev()
                .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
                .find(|&k| doc.word(k) == "with");
            if let Some(p) = with.and_then(|k| np::after(doc, k + 1, c)) {
                if !p.pronoun || is_subject_pronoun(doc.word(p.start)) {
                    return Some(p);
                }
            }
        }
        // ", saying" after a clause of its own with no cue of its own:
        // "… even as he defended the campaign, saying" — that clause's
        // subject ("…, Nefzi said, adding" stays with "said").
        if punct {
            if let Some(p) = clause_subject(doc, c)
                .filter(|p| p.end <= j && (p.end..j).all(|x| cue_at(doc, x).is_none()))
            {
                return Some(p);
            }
        }
        // ", saying", "issued a statement saying": the main clause's subject.
        return previous_subject(doc).or_else(subject).or_else(|| {
            if punct {
                None
            } else {
                np::before(doc, j, lo)
            }
        });
    }
    if matches!(w, "and" | "but" | "or") {
        // "X started the rant when he brought it up and later said": the
        // subject of the clause the coordination sits in, unless a cue
        // inside that clause has a subject of its own.
        let clause = clause_subject(doc, j).filter(|p| p.end <= j && p.start >= lo);
        let previous = previous_subject(doc);
        return match (previous, clause) {
            (Some(p), Some(c)) if p.end <= c.start => Some(c),
            (p, c) => p.or(c).or_else(subject),
        };
    }
    // "Barack Obama, who called the nominee “unfit”": the relative pronoun
    // is the attributing mention (as PolNeAR marks it); its antecedent
    // names it (see `relative_antecedent`).
    // "a message that said", "letters that called him": "that" and
    // "which" too, when a phrase stands right before them.
    let relative = w == "who" || j > 0 && matches!(w, "that" | "which") && doc.word(j - 1) != ",";
    if relative && j > lo && relative_antecedent(doc, j, lo).is_some() {
        return Some(Np::pronoun_at(j));
    }
    if w == "," && j > lo {
        // An appositive: "Yuri Ushakov, a foreign policy adviser to Putin, described".
        let lim = j.saturating_sub(APPOSITIVE).max(lo);
        // "“It’s been seven-and-a-half years,” McCain said, asked …": after
        // a cue and a comma, the subject is that cue's.
        if cue_at(doc, j - 1).is_some_and(|c| !c.participle) {
            return subject_depth(doc, j - 1, lo, depth + 1);
        }
        let k = (lim..j).rev().find(|&k| doc.word(k) == ",")?;
        if k <= lo {
            return None;
        }
        // "In the primary, Gov. John Kasich (R-OH), said": a name filling the
        // whole stretch between the commas is the subject.
        if let Some(name) = np::before(doc, j - 1, k + 1)
            .filter(|p| p.start == k + 1 && !p.pronoun && np::is_cap(doc, p.head_end - 1))
        {
            return Some(name);
        }
        return np::before(doc, k - 1, lo);
    }
    np::before(doc, j, lo).or_else(|| {
        if participle {
            sentence_subject(doc, c)
        } else {
            None
        }
    })
}

/// The noun phrase a relative "who" at token `who` refers to: the phrase
/// right before it, across one comma ("Beck, who …", "activists who …").
///
/// ```
/// use newsmark::quotes::attribute::relative_antecedent;
/// let doc = newsmark::segment::segment("It angered Beck, who said no.");
/// let np = relative_antecedent(&doc, 4, 0).unwrap();
/// assert_eq!(doc.word(np.start), "Beck");
/// ```
pub fn relative_antecedent(doc: &Document, who: usize, lo: usize) -> Option<Np> {
    if who <= lo || who >= doc.tokens.len() {
        return None;
    }
    let k = if doc.word(who - 1) == "," {
        who - 1
    } else {
        who
    };
    np::before(doc, k.checked_sub(1)?, lo).filter(|p| !p.pronoun)
}

/// "“…,” Walker said, according to an Associated Press account": a source
/// named with "according to" right after the cue (within ten tokens, in
/// the same clause, with or without a comma) is the attribution, as
/// PolNeAR marks it.
///
/// ```
/// use newsmark::quotes::attribute::{after_quote, according_after};
/// let doc = newsmark::segment::segment("“No,” Walker said, according to the Post.");
/// let a = according_after(&doc, after_quote(&doc, 4, doc.tokens.len()).unwrap(), doc.tokens.len());
/// assert_eq!(doc.word(a.np.unwrap().head_start), "Post");
/// assert_eq!(doc.word(a.cue.0), "according");
/// ```
pub fn according_after(doc: &Document, a: Attribution, hi: usize) -> Attribution {
    let from = a.cue.1.max(a.np.map_or(0, |np| np.end));
    let lim = (from + 10).min(hi).min(doc.tokens.len());
    for k in from..lim {
        let w = doc.word(k);
        // Another clause: "…, and according to the agency he left".
        if matches!(
            w,
            "." | "!" | "?" | ";" | ":" | "and" | "but" | "or" | "while" | "when" | "because"
        ) || is_mark(doc, k)
        {
            break;
        }
        if is(doc, k, &["according"]) && is(doc, k + 1, &["to"]) {
            if let Some(np) = according_source(doc, k + 2, hi) {
                return Attribution {
                    np: Some(np),
                    cue: (k, k + 2),
                };
            }
        }
    }
    a
}

/// The source after "according to" (its phrase starts at token `i`):
/// the phrase itself, or the agent named with "by" right after it, as
/// PolNeAR marks it ("according to calculations by Amy Glasmeier",
/// "according to audio provided by Wyoming Public Radio").
///
/// ```
/// use newsmark::quotes::attribute::according_source;
/// let doc = newsmark::segment::segment("according to audio provided by Wyoming Public Radio.");
/// let np = according_source(&doc, 2, doc.tokens.len()).unwrap();
/// assert_eq!(doc.word(np.start), "Wyoming");
/// ```
pub fn according_source(doc: &Document, i: usize, hi: usize) -> Option<Np> {
    let np = np::after(doc, i, hi)?;
    let agent = (np.end..(np.end + 3).min(hi))
        .find(|&k| is(doc, k, &["by"]))
        .filter(|&by| {
            (np.end..by).all(|k| {
                doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().all(char::is_lowercase)
            })
        })
        .and_then(|by| np::after(doc, by + 1, hi))
        .filter(|p| !p.pronoun);
    Some(agent.unwrap_or(np))
}

/// Attribution read after a quote: `after` is the first token past its closing mark,
/// `hi` the end of the paragraph (exclusive).
pub fn after_quote(doc: &Document, after: usize, hi: usize) -> Option<Attribution> {
    slot_after(doc, after, hi)
}

/// A longer attribution after a quote that opens its sentence and whose
/// words end in a comma, "!" or "?" (`after` is the first token past its
/// closing mark, `hi` the end of the paragraph): "“…,” Jeffrey Lewis of
/// the James Martin Center for Nonproliferation Studies wrote in
/// December.", "“…,” said one of those advisers, who …". The phrase runs
/// from the slot's start to a comma or parenthesis before a verb of
/// saying, or from right after it to the next comma.
///
/// ```
/// use newsmark::quotes::attribute::long_after_quote;
/// let doc = newsmark::segment::segment("“No,” Ann Lee of the Center for Rural Studies at the state university wrote.");
/// let a = long_after_quote(&doc, 4, doc.tokens.len()).unwrap();
/// assert_eq!(doc.word(a.np.unwrap().start), "Ann");
/// assert_eq!(doc.word(a.cue.0), "wrote");
/// ```
pub fn long_after_quote(doc: &Document, after: usize, hi: usize) -> Option<Attribution> {
    let k = if is(doc, after, &[","]) {
        after + 1
    } else {
        after
    };
    if comma_closed(doc, after) {
        long_slot(doc, k, hi)
    } else {
        None
    }
}

/// The quote's words before token `after` end in a comma, "!" or "?"
/// (before a closing mark of one or two tokens: ” or '' ), or a comma
/// follows it. (At most two mark tokens are read: a text of nothing but
/// marks stays linear.)
fn comma_closed(doc: &Document, after: usize) -> bool {
    let mut b = after.saturating_sub(1);
    while b > 0 && after - b <= 2 && is_mark(doc, b) {
        b -= 1;
    }
    after >= 2
        && after < doc.tokens.len()
        && (b + 1 < after && matches!(doc.word(b), "," | "!" | "?") || doc.word(after) == ",")
}

fn slot_after(doc: &Document, after: usize, hi: usize) -> Option<Attribution> {
    let mut k = after;
    if is(doc, k, &[","]) {
        k += 1;
    }
    if k >= hi {
        return None;
    }
    if let Some(c) = cue_at(doc, k) {
        if c.participle {
            return None;
        }
        // "said X" — or "said" with the subject before the quote.
        return np::after(doc, k + 1, hi).map(|np| Attribution {
            np: Some(np),
            cue: (k, k + 1),
        });
    }
    // (after <= k < hi here: `after` is in bounds)
    let closed = comma_closed(doc, after);
    // "“This is fantastic!” beamed Donald Hartley.": a verb the lexicon
    // lacks, inverted, with a phrase ending the clause after it.
    {
        let w = doc.word(k);
        if closed
            && doc.tokens[k].kind == TokenKind::Word
            && w.len() > 4
            && w.ends_with("ed")
            && w.chars().next().is_some_and(char::is_lowercase)
            && cue(w).is_none()
        {
            if let Some(np) = np::after(doc, k + 1, hi).filter(|p| {
                !p.pronoun && (p.end >= hi || matches!(doc.word(p.end), "." | "," | ";"))
            }) {
                return Some(Attribution {
                    np: Some(np),
                    cue: (k, k + 1),
                });
            }
        }
    }
    if is(doc, k, &["according"]) && is(doc, k + 1, &["to"]) {
        return according_source(doc, k + 2, hi).map(|np| Attribution {
            np: Some(np),
            cue: (k, k + 2),
        });
    }
    if is_dash(doc, k) {
        let np = np::after(doc, k + 1, hi)?;
        // (a phrase of a name, a pronoun or a determiner: not "– absent
        // political intervention, of course")
        let w = doc.word(np.start);
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        if lower && !np.pronoun && !is_determiner(w) {
            return None;
        }
        // "— X" ends the paragraph or its sentence, or runs into an apposition.
        if np.end >= hi || is(doc, np.end, &[",", ".", "(", "’s", "'s"]) {
            return Some(Attribution {
                np: Some(np),
                cue: (k, k + 1),
            });
        }
        return None;
    }
    let np = np::after(doc, k, hi)?;
    let mut m = np.end;
    // An apposition or relative clause between the subject and its verb.
    if is(doc, m, &[","]) {
        let lim = (m + 1 + APPOSITIVE).min(hi);
        m = (m + 1..lim).find(|&x| doc.word(x) == ",")? + 1;
    } else if is(doc, m, &["("]) {
        m = (m + 1..(m + 10).min(hi)).find(|&x| doc.word(x) == ")")? + 1;
    } else if is(doc, m, &["of", "for", "at", "from", "with", "in"]) && !np.pronoun {
        // "a spokesman for the campaign said".
        let lim = (m + 7).min(hi);
        m = (m + 1..lim).find(|&x| cue_at(doc, x).is_some() || is_aux_or_adverb(doc.word(x)))?;
    }
    let mut steps = 0;
    while m < hi
        && steps < 3
        && doc.tokens[m].kind == TokenKind::Word
        && is_aux_or_adverb(doc.word(m))
    {
        m += 1;
        steps += 1;
    }
    if m < hi {
        if let Some(c) = cue_at(doc, m) {
            if !c.participle {
                return Some(Attribution {
                    np: Some(np),
                    cue: (m, m + 1),
                });
            }
        }
        // A verb the lexicon lacks, in the attribution slot right after the
        // quote: "“…,” an angry Hollande retaliated.", "“…!” the crowd cried out".
        let passive = (np.end..m).any(|x| {
            matches!(
                doc.word(x),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
        });
        if np.start == k && closed && !passive && unknown_past(doc, m) {
            return Some(Attribution {
                np: Some(np),
                cue: (m, m + 1),
            });
        }
    }
    None
}

/// A longer attribution slot right after a quote whose words end in a
/// comma, "!" or "?": the clause from token `k` holds a finite cue within
/// 30 tokens, before any full stop or quote mark. Before the cue, the
/// phrase from `k` up to a comma or parenthesis is the speaker ("“…,”
/// Jeffrey Lewis of the James Martin Center for Nonproliferation Studies
/// wrote", "“…,” the senator and candidate said", "“…,” warm-and-fuzzy
/// Trump said"); right after it, the phrase up to the next comma ("“…,”
/// said one of those advisers, who …", "“…,” read one.").
fn long_slot(doc: &Document, k: usize, hi: usize) -> Option<Attribution> {
    let lim = (k + 30).min(hi);
    let stop = |x: usize| is_mark(doc, x) || matches!(doc.word(x), "." | "!" | "?" | ";" | ":");
    // The phrase opens with a name or a determiner ("the", "one").
    let first_word = |x: usize| {
        let w = doc.word(x);
        doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word)
            && (np::is_cap(doc, x) && !is_opener(w) && !PREPOSITION_CAPS.contains(&w)
                || [
                    "the", "a", "an", "one", "another", "this", "his", "her", "their", "its",
                ]
                .contains(&w))
    };
    for m in k..lim {
        if stop(m) {
            return None;
        }
        let Some(c) = cue_at(doc, m) else { continue };
        if c.participle {
            return None;
        }
        if m == k {
            if !first_word(k + 1) {
                return None;
            }
            let end = (k + 1..lim)
                .find(|&x| stop(x) || matches!(doc.word(x), "," | "(") || is_dash_word(doc.word(x)))
                .unwrap_or(lim);
            let np = np::after(doc, k + 1, end).unwrap_or_else(|| np::span(doc, k + 1, end));
            return Some(Attribution {
                np: Some(np),
                cue: (m, m + 1),
            });
        }
        if !first_word(k) || c.class != super::lexicon::CueClass::Say {
            return None;
        }
        let end = (k..m)
            .find(|&x| matches!(doc.word(x), "," | "(") || is_dash_word(doc.word(x)))
            .unwrap_or(m);
        // "“…,” the dawn of the movement, Bozell says": after a common
        // phrase, a name filling the stretch before the cue.
        let last = (end..m).rev().find(|&x| doc.word(x) == ",");
        let named = last.filter(|_| !np::is_cap(doc, k)).and_then(|c| {
            np::after(doc, c + 1, m)
                .filter(|p| p.end == m && !p.pronoun && np::is_cap(doc, p.start))
        });
        let np = named.unwrap_or_else(|| {
            np::after(doc, k, end)
                .filter(|p| p.start == k)
                .unwrap_or_else(|| np::span(doc, k, end))
        });
        return Some(Attribution {
            np: Some(np),
            cue: (m, m + 1),
        });
    }
    None
}

/// A lower-case past form ending its clause (or followed by a particle or
/// preposition): a verb of saying the lexicon lacks, when it stands in
/// the attribution slot next to a quote.
fn unknown_past(doc: &Document, m: usize) -> bool {
    let w = doc.word(m);
    doc.tokens[m].kind == TokenKind::Word
        && w.len() > 4
        && w.ends_with("ed")
        && w.chars().next().is_some_and(char::is_lowercase)
        && cue(w).is_none()
        && doc.tokens.get(m + 1).map_or(true, |_| {
            matches!(
                doc.word(m + 1),
                "." | "," | ";" | "!" | "?" | "out" | "back" | "on" | "in" | "to" | "at" | "from"
            )
        })
}

/// An attribution later in the quote's sentence, after a comma
/// (", X said", ", said X", ", according to X"), reading from token `after`
/// to the sentence end, stopping at any other quote mark.
pub fn trailing(doc: &Document, after: usize, hi: usize) -> Option<Attribution> {
    let s = doc
        .sentences
        .get(doc.sentence_of(after.min(doc.tokens.len().saturating_sub(1))))?;
    let end = s.tokens.end.min(hi).min(after + BACK);
    for k in after..end {
        let w = doc.word(k);
        // A quote mark (not the apostrophe of "Sanders's") ends the search.
        if is_mark(doc, k) {
            return None;
        }
        if w == "," {
            // "“…,” the spokeswoman for the group, Ann Cole, told Reuters":
            // after a comma, the phrase after "told" is its object; the
            // subject is the phrase before the comma.
            if cue_at(doc, k + 1).is_some_and(|c| c.class == CueClass::Object && !c.participle) {
                if let Some(np) = subject_of(doc, k + 1, after).filter(|p| p.end <= k) {
                    return Some(Attribution {
                        np: Some(np),
                        cue: (k + 1, k + 2),
                    });
                }
                continue;
            }
            if let Some(a) = after_quote(doc, k + 1, hi) {
                return Some(a);
            }
        }
    }
    None
}

/// The attribution ends its clause: after its cue (and an inverted
/// subject) come punctuation or a short adverbial ("…, Wilders said on
/// Monday."), not a reported clause or object of its own ("…, his campaign
/// has argued that it …", "…, Trump said: “…”"), which makes it another
/// sentence's attribution.
pub fn ends_attribution(doc: &Document, a: Attribution, hi: usize) -> bool {
    let after = a.np.map_or(a.cue.1, |np| np.end.max(a.cue.1));
    if after >= hi || after >= doc.tokens.len() {
        return true;
    }
    let w = doc.word(after);
    if is_mark(doc, after) || w == ":" {
        return false;
    }
    doc.tokens[after].kind == TokenKind::Punct || is_weekday(w) || CLAUSE_END_WORDS.contains(&w)
}

/// Words after a cue that still end its attribution: "in", "last", "who", …
const CLAUSE_END_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "of",
    "from",
    "who",
    "according",
    "told",
    "to",
    "while",
    "as",
    "when",
    "with",
    "by",
    "via",
    "and",
];

/// The reporter of a clause: "Rep. Steve Israel said Clinton called on
/// members to be “closely coordinated.”" — the quote is reported by Israel
/// (PolNeAR gives such quotes the outer source). Looks back from the inner
/// subject at `start` over a short run of words with no comma, conjunction
/// or quote mark for a verb of saying ("said", "says that") with a subject
/// of its own.
fn outer_reporter(doc: &Document, start: usize, lo: usize) -> Option<Attribution> {
    let lim = start.saturating_sub(12).max(lo);
    for k in (lim..start).rev() {
        let w = doc.word(k);
        if matches!(
            w,
            "," | ";"
                | ":"
                | "and"
                | "but"
                | "or"
                | "("
                | ")"
                | "after"
                | "as"
                | "when"
                | "while"
                | "before"
                | "because"
                | "if"
                | "since"
                | "until"
                | "though"
                | "although"
                | "than"
        ) || is_dash_word(w)
            || is_mark(doc, k)
        {
            return None;
        }
        let Some(c) = cue_at(doc, k) else { continue };
        if c.participle || !c.reports || c.class != super::lexicon::CueClass::Say {
            return None;
        }
        let np = subject_of(doc, k, lo).filter(|p| p.end <= k)?;
        return Some(Attribution {
            np: Some(np),
            cue: (k, k + 1),
        });
    }
    None
}

/// Nouns for something said or written, which a possessive before them
/// names the source of: "her claim that she “…”", "Bush’s Facebook post:".
const SPEECH_NOUNS: &[&str] = &[
    "remark",
    "remarks",
    "comment",
    "comments",
    "claim",
    "claims",
    "assertion",
    "answer",
    "response",
    "warning",
    "call",
    "calls",
    "words",
    "message",
    "dictum",
    "statement",
    "post",
    "tweet",
    "assumption",
    "argument",
    "promise",
    "pledge",
    "vow",
    "insistence",
    "suggestion",
    "description",
    "accusation",
    "quip",
    "joke",
    "line",
    "slogan",
    "catchphrase",
    "phrase",
    "retort",
    "reply",
    "boast",
    "prediction",
    "declaration",
    "admission",
    "plea",
    "email",
];

/// A possessive naming the source of a speech noun right before the quote
/// whose opening mark is token `open` ("her remark that “…”", "Clinton’s
/// assertion of a “claim of right”", "Bush’s Facebook post: “…”"), read
/// back at most 12 tokens and not before `lo`, across no other quote mark,
/// cue or full stop. The cue is the noun.
///
/// ```
/// use newsmark::quotes::attribute::possessive_source;
/// let doc = newsmark::segment::segment("It recalled her remark that “nothing changes.”");
/// let a = possessive_source(&doc, 5, 0).unwrap();
/// assert_eq!(doc.word(a.np.unwrap().start), "her");
/// assert_eq!(doc.word(a.cue.0), "remark");
/// ```
pub fn possessive_source(doc: &Document, open: usize, lo: usize) -> Option<Attribution> {
    let lim = open.saturating_sub(12).max(lo);
    for n in (lim..open).rev() {
        let w = doc.word(n);
        if is_mark(doc, n) || matches!(w, "." | ";" | "!" | "?") || cue_at(doc, n).is_some() {
            return None;
        }
        if !SPEECH_NOUNS.contains(&w) {
            continue;
        }
        // Up to three modifiers between the possessive and the noun: "his
        // past comments", "Bush’s Facebook post".
        let mut k = n;
        for _ in 0..4 {
            if k <= lim {
                return None;
            }
            k -= 1;
            let x = doc.word(k);
            if ["his", "her", "their", "His", "Her", "Their"].contains(&x) {
                return Some(Attribution {
                    np: Some(Np::pronoun_at(k)),
                    cue: (n, n + 1),
                });
            }
            if matches!(x, "’s" | "'s" | "’" | "'") && k > lo && !doc.tokens[k].space_before {
                let name = np::before(doc, k - 1, lo.max(k.saturating_sub(np::MAX_LEN + 1)))?;
                if name.pronoun || !np::is_cap(doc, k - 1) {
                    return None;
                }
                return Some(Attribution {
                    np: Some(name),
                    cue: (n, n + 1),
                });
            }
            if doc.tokens[k].kind != TokenKind::Word || is_determiner(x) {
                return None;
            }
        }
        return None;
    }
    None
}

/// Attribution read before a quote whose opening mark is token `open`,
/// searching back no further than `lo` (the sentence start).
pub fn before_quote(doc: &Document, open: usize, lo: usize) -> Option<Attribution> {
    let lim = open.saturating_sub(BACK).max(lo);
    let mut first = None;
    let mut tried = 0;
    for t in (lim..open).rev() {
        if is(doc, t, &["according", "According"]) && is(doc, t + 1, &["to"]) {
            return Some(Attribution {
                np: according_source(doc, t + 2, open),
                cue: (t, t + 2),
            });
        }
        if cue_at(doc, t).is_none() {
            continue;
        }
        // "refusing to say the words “radical Islam”": an infinitive's
        // subject is elsewhere; look further back.
        if t > lo && doc.word(t - 1) == "to" {
            continue;
        }
        // Naming, not speech: "a show called “Brokers”".
        if t + 1 == open
            && matches!(
                doc.word(t),
                "called" | "dubbed" | "named" | "titled" | "labeled"
            )
            && np::before(doc, t - 1.min(t), lo)
                .is_some_and(|p| !p.pronoun && !np::is_cap(doc, p.end - 1))
        {
            continue;
        }
        let mut np = subject_of(doc, t, lo);
        // (not after a finite "told", "asked" inside the sentence: that
        // phrase is the addressee)
        let addressee =
            t > lo && cue_at(doc, t).is_some_and(|c| c.class == CueClass::Object && !c.participle);
        if np.is_none() && !addressee {
            // "Stated Stone:", "said Trump, “…”".
            // Not "said they were “…”" (the reported clause's subject), nor
            // the "it" of "as X put it, “…”".
            np = np::after(doc, t + 1, open).filter(|p| {
                (p.end == open || is(doc, p.end, &[":", ","]))
                    && !(p.pronoun && doc.word(p.start).eq_ignore_ascii_case("it"))
            });
        }
        let a = Attribution {
            np,
            cue: (t, t + 1),
        };
        if let Some(p) = np {
            return Some(outer_reporter(doc, p.start, lo).unwrap_or(a));
        }
        // A cue with no subject ("a platform that calls for"): look further back.
        first.get_or_insert(a);
        tried += 1;
        if tried == 3 {
            break;
        }
    }
    first
}

/// True when the phrase may be a speaker of reported speech: a pronoun, a
/// name, or a noun for people ("officials", "analysts", "the spokesman").
pub fn animate(doc: &Document, np: &Np) -> bool {
    if np.pronoun {
        return is_subject_pronoun(doc.word(np.start)) && doc.word(np.start).to_lowercase() != "it";
    }
    let last = doc.word(np.end - 1);
    if np::is_cap(doc, np.end - 1) {
        return true;
    }
    let l = last.to_lowercase();
    super::lexicon::is_role_word(&l)
        || matches!(
            l.as_str(),
            "officials"
                | "sources"
                | "source"
                | "experts"
                | "critics"
                | "analysts"
                | "people"
                | "supporters"
                | "opponents"
                | "residents"
                | "diplomats"
                | "observers"
                | "leaders"
                | "lawmakers"
                | "aides"
                | "advisers"
                | "advisors"
                | "investigators"
                | "police"
                | "authorities"
                | "witnesses"
                | "officers"
                | "government"
                | "administration"
                | "ministry"
                | "campaign"
                | "committee"
                | "spokespeople"
                | "agency"
                | "company"
                | "group"
                | "report"
                | "statement"
                | "poll"
                | "survey"
                | "study"
        )
        || l.ends_with("ers")
        || l.ends_with("ists")
        || l.ends_with("ians")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn tok(doc: &Document, w: &str) -> usize {
        (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap()
    }

    fn subj(text: &str, verb: &str) -> String {
        let doc = segment(text);
        let c = tok(&doc, verb);
        let p = subject_of(&doc, c, 0).unwrap();
        np::text(&doc, p.start, p.end).to_string()
    }

    #[test]
    fn a_fronted_prepositional_phrase_is_no_subject() {
        let doc = segment("Amid responses from some, The Blaze’s Matt Walsh provided a reason.");
        let np = sentence_subject(&doc, doc.tokens.len() - 1).unwrap();
        assert!(np::text(&doc, np.start, np.end).ends_with("Matt Walsh"));
    }

    #[test]
    fn a_sentence_opening_with_a_quote_has_no_subject() {
        let doc = segment("“It is new,” the crowd heard on Monday.");
        let end = doc.tokens.len() - 1;
        assert_eq!(sentence_subject(&doc, end), None);
        let doc = segment("The crowd said “it is new” on Monday.");
        let np = sentence_subject(&doc, doc.tokens.len() - 1).unwrap();
        assert_eq!(np::text(&doc, np.start, np.end), "The crowd");
    }

    #[test]
    fn subjects_of_cues() {
        assert_eq!(
            subj(
                "Yuri Ushakov, a foreign policy adviser to Putin, described it",
                "described"
            ),
            "Yuri Ushakov"
        );
        assert_eq!(
            subj(
                "Peskov announced that it is but emphasized that",
                "emphasized"
            ),
            "Peskov"
        );
        assert_eq!(
            subj(
                "The European leaders have criticized Putin, claiming he lied",
                "claiming"
            ),
            "The European leaders"
        );
        assert_eq!(
            subj("Analysts express doubt, noting that", "noting"),
            "Analysts"
        );
        assert_eq!(
            subj("Zelensky has repeatedly stated that", "stated"),
            "Zelensky"
        );
        assert_eq!(subj("It angered activists, who said", "said"), "who");
        // A time phrase between subject and cue is stepped over.
        assert_eq!(
            subj("Dianne Feinstein last week said", "said"),
            "Dianne Feinstein"
        );
        // "of state" keeps its noun.
        assert!(subj("The former secretary of state said", "said").ends_with("state"));
        // After "X said," a second verb's subject is X's.
        assert_eq!(
            subj("“It’s been years,” McCain said, asked about it.", "asked"),
            "McCain"
        );
        // A name filling the stretch between two commas is the subject.
        assert_eq!(
            subj("In the primary, Gov. John Kasich (R-OH), said", "said"),
            "Gov. John Kasich"
        );
        assert_eq!(
            subj("Peskov, the Kremlin spokesman, said", "said"),
            "Peskov"
        );
        // Inverted after a comma, for verbs of saying only.
        assert_eq!(
            subj(
                "“It was close” in the end, said official Anna Berg.",
                "said"
            ),
            "official Anna Berg"
        );
        assert_eq!(
            subj("“It was close,” Anna Berg, an official, told CNN.", "told"),
            "Anna Berg"
        );
    }

    #[test]
    fn after_patterns() {
        for (text, who, verb) in [
            ("“No,” Peskov said.", "Peskov", "said"),
            (
                "“No,” said Solomon Yue, an RNC committeeman.",
                "Solomon Yue",
                "said",
            ),
            ("“No,” Yue, an RNC man, told reporters.", "Yue", "told"),
            (
                "“No,” a spokesman for the campaign said.",
                "a spokesman",
                "said",
            ),
            ("“No,” he also said.", "he", "said"),
            (
                "“No,” according to a Kremlin aide.",
                "a Kremlin aide",
                "according to",
            ),
            ("“No.” — Dmitry Peskov", "Dmitry Peskov", "—"),
        ] {
            let doc = segment(text);
            let close = (0..doc.tokens.len())
                .rev()
                .find(|&i| matches!(doc.word(i), "”"))
                .unwrap();
            let a =
                after_quote(&doc, close + 1, doc.tokens.len()).unwrap_or_else(|| panic!("{text}"));
            let p = a.np.unwrap();
            assert_eq!(np::text(&doc, p.start, p.end), who, "{text}");
            assert_eq!(np::text(&doc, a.cue.0, a.cue.1), verb, "{text}");
        }
        let doc = segment("“No” and then some.");
        assert!(after_quote(&doc, 3, doc.tokens.len()).is_none());
    }

    #[test]
    fn before_patterns() {
        for (text, who, verb) in [
            ("Putin said: “Yes.”", "Putin", "said"),
            ("Stated Stone: “Yes.”", "Stone", "Stated"),
            ("He called the plan “a disaster.”", "He", "called"),
            ("According to Smith, “it is over.”", "Smith", "According to"),
            (
                "The report was read by a clerk. Mr. Lee told reporters that “it is over.”",
                "Mr. Lee",
                "told",
            ),
        ] {
            let doc = segment(text);
            let open = (0..doc.tokens.len()).find(|&i| doc.word(i) == "“").unwrap();
            let lo = doc.sentences[doc.sentence_of(open)].tokens.start;
            let a = before_quote(&doc, open, lo).unwrap_or_else(|| panic!("{text}"));
            let p = a.np.unwrap();
            assert_eq!(np::text(&doc, p.start, p.end), who, "{text}");
            assert_eq!(np::text(&doc, a.cue.0, a.cue.1), verb, "{text}");
        }
    }
}
