//! The subject of a cue verb, of a sentence, of a clause: read leftwards
//! from the verb past auxiliaries, adverbs, appositions and short phrases,
//! or rightwards where the subject is inverted ("said X"). Each read looks
//! at a bounded window of tokens.

use super::cue::{is_opener, is_time_after, standalone};
use super::{after_closing_mark, cue_at, is, is_mark, verb_like, APPOSITIVE};
use crate::quotes::cues::{
    cue, is_aux_or_adverb, is_determiner, is_role_word, is_subject_pronoun, CueClass,
};
use crate::quotes::cx::Cx;
use crate::quotes::np::{self, Np};
use crate::quotes::rules::QuoteRule::*;
use crate::segment::{is_dash_word, Document, TokenKind};
use crate::words::{has, is_weekday, looks_plural, speech, Lower};

/// How far past a sentence's first phrase the commas of a fronted phrase
/// are looked for ("On Saturday, Trump issued …"), in tokens.
/// How many words a relative clause between a subject and its cue may
/// have before the phrase right before the cue ("Economists who spoke to
/// Reuters said").
const RELATIVE_CLAUSE: usize = 8;
/// The most words of a town's name before the comma and its state ("in Des
/// Moines, Iowa").
const TOWN_WORDS: usize = 3;
/// ... and the most tokens of its state ("Mass", ".").
const STATE_TOKENS: usize = 3;

const FRONTED_REACH: usize = 30;

/// The longest dateline before its dash ("WASHINGTON (AP) — "), in tokens.
const DATELINE_MAX: usize = 10;

/// How far back from a quoted term the opener of its clause is looked for,
/// in tokens.
const CLAUSE_BACK: usize = 30;

/// The longest fronted phrase between a clause's opener and its pronoun
/// subject ("though in a news conference last week he used …"), in tokens.
const FRONTED_PHRASE: usize = 10;

/// How many words (auxiliaries, adverbs, a weekday, a short time or
/// prepositional phrase) are stepped over between a subject and its cue
/// ("Priebus later Thursday told").
const STEPS_BEFORE_CUE: usize = 6;

/// How far back a participle's or a coordinated verb's main cue is looked
/// for, in tokens (", saying" after "X issued a statement").
const PREVIOUS_CUE_BACK: usize = 40;

/// How far back a "with" opening a participle's clause is looked for ("with
/// the campaign of the former senator saying"), in tokens.
const WITH_BACK: usize = 10;

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
            || has(speech::LEADING_CONNECTIVES, doc.word(k))
            // "And then Trump went …".
            || k > s.tokens.start && has(speech::INNER_CONNECTIVES, doc.word(k))
            || is_aux_or_adverb(&doc.word(k).lower()) && doc.word(k).ends_with("ly"))
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
                    && !has(speech::ONE_TIME_NOUNS, doc.word(k + 1))
        })
        .map(|np| np::cut(doc, np, verb_inside(doc, &np)));
    if let Some(np) = first.filter(|np| verb_next(np)) {
        return Some(np);
    }
    let lim = (k + FRONTED_REACH).min(i);
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
    let lim = (k + DATELINE_MAX).min(i);
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
        let object_next = looks_plural(w)
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
    let lo = s.tokens.start.max(i.saturating_sub(CLAUSE_BACK));
    for c in (lo + 1..i).rev() {
        if is_mark(doc, c) {
            return None;
        }
        let w = doc.word(c);
        let opener = has(speech::CLAUSE_SUBORDINATORS, w)
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
            match (c + 1..(c + FRONTED_PHRASE).min(i))
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

/// The subject of the cue verb at token `c`, reading no further left than `lo`.
pub fn subject_of(cx: &Cx, c: usize, lo: usize) -> Option<Np> {
    subject_depth(cx, c, lo, 0)
}

fn subject_depth(cx: &Cx, c: usize, lo: usize, depth: u8) -> Option<Np> {
    let doc = cx.doc;
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
    let say = cue(doc.word(c)).is_some_and(|x| x.class == CueClass::Say);
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
    while j > lo && steps < STEPS_BEFORE_CUE {
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
        if j > lo + 1 && has(speech::TIME_UNITS, w) && has(speech::TIME_DEICTICS, doc.word(j - 1)) {
            j -= 2;
            steps += 2;
            continue;
        }
        if let Some(p) =
            np::before(doc, j, lo).filter(|p| !p.pronoun && !np::is_cap(doc, p.end - 1))
        {
            if p.start > lo + 1 && has(speech::PHRASE_PREPOSITIONS, doc.word(p.start - 1)) {
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
        || j > 0 && has(speech::CLAUSE_JOINERS, doc.word(j - 1));
    if !participle && standalone(w) && opens_clause && j >= lo && cue_at(doc, c).is_some() {
        return Some(np::span(doc, j, j + 1));
    }
    let previous_subject = |cx: &Cx| -> Option<Np> {
        if depth >= 2 {
            return None;
        }
        let lim = j.saturating_sub(PREVIOUS_CUE_BACK).max(lo);
        (lim..j)
            .rev()
            // (naming is no speech: "a class called “Perception”")
            .filter(|&k| {
                cue_at(doc, k).is_some()
                    && !(has(speech::NAMING_VERBS, doc.word(k)) && is_mark(doc, k + 1))
            })
            .take(3)
            .find_map(|c2| subject_depth(cx, c2, lo, depth + 1))
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
            let lim = j.saturating_sub(WITH_BACK).max(lo);
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
        return previous_subject(cx).or_else(subject).or_else(|| {
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
        let previous = previous_subject(cx);
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
    if relative && cx.on(RelativeWho) && j > lo && relative_antecedent(doc, j, lo).is_some() {
        return Some(Np::pronoun_at(j));
    }
    if w == "," && j > lo {
        // An appositive: "Yuri Ushakov, a foreign policy adviser to Putin, described".
        let lim = j.saturating_sub(APPOSITIVE).max(lo);
        // "“It’s been seven-and-a-half years,” McCain said, asked …": after
        // a cue and a comma, the subject is that cue's.
        if cue_at(doc, j - 1).is_some_and(|c| !c.participle) {
            return subject_depth(cx, j - 1, lo, depth + 1);
        }
        let k = (lim..j).rev().find(|&k| doc.word(k) == ",")?;
        if k <= lo {
            return None;
        }
        // "In the primary, Gov. John Kasich (R-OH), said": a name filling the
        // whole stretch between the commas is the subject; not AP's party
        // and state ("Chuck Schumer, D-N.Y., called"), which is an apposition.
        let party = has(crate::words::PARTY_LETTERS, doc.word(k + 1)) && doc.word(k + 2) == "-";
        // "Clinton, during a town hall in Columbus, Ohio, said": a state
        // after its town ends the stretch; the subject is before the
        // comma that opens it
        if cx.on(PlaceInAdjunctSkipped) && state_after_town(doc, k, j) {
            let lim = k.saturating_sub(APPOSITIVE).max(lo);
            if let Some(k2) = (lim..k)
                .rev()
                .find(|&i| doc.word(i) == ",")
                .filter(|&i| i > lo)
            {
                return np::before(doc, k2 - 1, lo).filter(|p| p.end == k2);
            }
        }
        if let Some(name) = np::before(doc, j - 1, k + 1)
            .filter(|p| p.start == k + 1 && !p.pronoun && np::is_cap(doc, p.head_end - 1) && !party)
        {
            return Some(name);
        }
        return np::before(doc, k - 1, lo);
    }
    let np = np::before(doc, j, lo);
    // "Economists who spoke to Reuters said": the subject is before the
    // relative clause, not its object
    if let Some(p) = np.filter(|p| !p.pronoun && p.start > lo + 1 && cx.on(RelativeClauseSkipped)) {
        let back = p.start.saturating_sub(RELATIVE_CLAUSE).max(lo + 1);
        let who = (back..p.start)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
            .find(|&k| doc.word(k) == "who" && doc.word(k - 1) != ",");
        if let Some(a) = who.and_then(|k| relative_antecedent(doc, k, lo)) {
            return Some(a);
        }
    }
    np.or_else(|| {
        if participle {
            sentence_subject(doc, c)
        } else {
            None
        }
    })
}

/// Do tokens `k + 1..j`, between two commas, name a state (up to
/// [`STATE_TOKENS`] capitalised words and full stops) right after a town
/// that follows "in", "at", "from" or "near" ("in Columbus, | Ohio |,")?
///
/// ```
/// use newsmark::quotes::attribute::state_after_town;
/// let doc = newsmark::segment::segment("Kell, in Columbus, Ohio, said so.");
/// assert!(state_after_town(&doc, 4, 6));
/// assert!(!state_after_town(&doc, 1, 4));
/// ```
pub fn state_after_town(doc: &Document, k: usize, j: usize) -> bool {
    let state = k < j
        && j - k - 1 <= STATE_TOKENS
        && (k + 1..j).all(|i| np::is_cap(doc, i) || doc.word(i) == ".");
    if !state {
        return false;
    }
    let mut i = k;
    while i > 0 && k - i < TOWN_WORDS && np::is_cap(doc, i - 1) {
        i -= 1;
    }
    i < k && i > 0 && matches!(doc.word(i - 1), "in" | "at" | "from" | "near")
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

/// True when the phrase may be a speaker of reported speech: a pronoun, a
/// name, or a noun for people ("officials", "analysts", "the spokesman").
pub fn animate(doc: &Document, np: &Np) -> bool {
    if np.pronoun {
        return is_subject_pronoun(doc.word(np.start)) && doc.word(np.start).lower() != "it";
    }
    let last = doc.word(np.end - 1);
    if np::is_cap(doc, np.end - 1) {
        return true;
    }
    let l = last.lower();
    is_role_word(&l)
        || has(speech::PEOPLE_NOUNS, &l)
        || l.ends_with("ers")
        || l.ends_with("ists")
        || l.ends_with("ians")
}
