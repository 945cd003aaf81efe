//! The tagger's names merged with the names found apart from it
//! ([`super::untagged`], which win where they overlap) and with dates, times,
//! sums and percentages ([`super::numeric`]): one ordered list of spans,
//! none overlapping. On the way, pieces of one person's name read apart are
//! joined (`merge-name-particles`, `merge-initial`, `merge-given-name`,
//! `merge-adjacent-people`), a capital "The" inside a sentence joins the
//! name after it (`capital-the-kept`), and "Newfoundland" + "Labrador Court
//! of Appeal" make one organisation (`place-pair-org`).

use super::gazetteer::{self, Lex};
use super::heads::capitals_before;
use super::rules::EntityRule::*;
use super::span::{Cx, Span};
use super::untagged::opens_sentence;
use crate::segment::TokenKind;
use crate::types::Label;
use crate::words::{self, has};

/// Joins a tagged name `x` to the person before it (`last`) when they are
/// pieces of one person's name; true when it did.
fn join_person(cx: &Cx, last: &mut Span, x: &Span) -> bool {
    let text = cx.text;
    let (lw, xw) = (&text[last.start..last.end], &text[x.start..x.end]);
    // "Nikolaus" + "van" + "der Pas", "Cesare" + "dal" + "Maso": a name,
    // particles of names and a name make one person; after "van" or "von"
    // whatever the tagger read ("Ruud" + "van" + "Nistelrooy": no place's
    // or firm's name has them)
    let gap = text.get(last.end..x.start).unwrap_or("");
    let particles = cx.on(MergeNameParticles)
        && last.end < x.start
        && {
            let mut ws = gap.split(' ').filter(|w| !w.is_empty()).peekable();
            gap.starts_with(' ')
                && gap.ends_with(' ')
                && ws.peek().is_some()
                && ws.all(|w| has(words::NAME_PARTICLES, w))
        }
        && !lw.contains(' ')
        && (x.label == Label::Person
            || gazetteer::lookup_name(lw).contains(Lex::FIRST)
            || gap.starts_with(" van ")
            || gap.starts_with(" von "));
    if particles {
        last.join(*x, Label::Person, MergeNameParticles);
        return true;
    }
    // two people's names with one space between them; "Brenda Schultz" +
    // "-" + "McCarthy": a double-barrelled surname after a full name (not
    // "the Merkel-Macron talks": two people)
    let people =
        cx.on(MergeAdjacentPeople) && last.label == Label::Person && x.label == Label::Person;
    if people && gap == "-" && lw.contains(' ') && !xw.contains(' ') {
        last.join(*x, Label::Person, MergeAdjacentPeople);
        return true;
    }
    if gap != " " {
        return false;
    }
    // "George" + "W. Bush": a person and an initial and a name
    let initial = cx.on(MergeInitial) && last.label == Label::Person && {
        let b = &text.as_bytes()[x.start..x.end];
        b.len() > 2 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2] == b' '
    };
    // "LeBron" + "James": an unknown word read apart as another kind before
    // a person is the person's given name; "Gary" + "LeGare": such a
    // word read as another kind after a known given name is the surname
    let inner_capital = |w: &str| {
        !w.contains(' ')
            && w.as_bytes()
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
            && !gazetteer::lookup_name(w).contains(Lex(Lex::PLACE.0 | Lex::ORG.0 | Lex::G_ORG.0))
    };
    let given = cx.on(MergeGivenName)
        && (last.label != Label::Person && x.label == Label::Person && inner_capital(lw)
            || last.label == Label::Person
                && x.label != Label::Person
                && !lw.contains(' ')
                && gazetteer::lookup_name(lw).contains(Lex::FIRST)
                && inner_capital(xw));
    let rule = if people {
        MergeAdjacentPeople
    } else if initial {
        MergeInitial
    } else if given {
        MergeGivenName
    } else {
        return false;
    };
    last.join(*x, Label::Person, rule);
    true
}

/// "Ursula" + "von der" + "Leyen": a known given name the tagger left out
/// (starting at or after `floor`), particles of names and a person make one
/// person; `x` is widened to the given name. With no given name there, the
/// particles that open a surname are the surname's: "von der Leyen said".
fn given_before_particles(cx: &Cx, x: &mut Span, floor: usize) {
    if !cx.on(MergeNameParticles) || x.label != Label::Person {
        return;
    }
    let mut k = cx.token_at(x.start);
    if cx.tokens.get(k).map(|t| t.start) != Some(x.start) {
        return;
    }
    let first = k;
    while k > 0
        && cx.spaced(k)
        && cx.word(k - 1).starts_with(|c: char| c.is_ascii_lowercase())
        && has(words::NAME_PARTICLES, cx.word(k - 1))
    {
        k -= 1;
    }
    if k == first || cx.tokens[k].start < floor {
        return;
    }
    let given = k > 0
        && cx.spaced(k)
        && cx.capitalised(k - 1)
        && cx.tokens[k - 1].start >= floor
        && gazetteer::lookup_name(cx.word(k - 1)).contains(Lex::FIRST);
    if given {
        x.start = cx.tokens[k - 1].start;
        x.why.add(MergeNameParticles);
    } else if has(words::SURNAME_OPENERS, cx.word(k)) {
        x.start = cx.tokens[k].start;
        x.why.add(MergeNameParticles);
    }
}

/// The tagged `names` (ordered) with the `fixed` spans found apart from the
/// tagger (ordered, not overlapping): a fixed span wins over a name it
/// overlaps; pieces of one person's name are joined.
pub fn with_untagged(cx: &Cx, names: Vec<Span>, fixed: &[Span]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::with_capacity(names.len() + fixed.len());
    let mut f = fixed.iter().peekable();
    for x in names {
        if let Some(last) = spans.last_mut() {
            if join_person(cx, last, &x) {
                continue;
            }
        }
        while let Some(&&d) = f.peek() {
            if d.end <= x.start {
                spans.push(d);
                f.next();
            } else {
                break;
            }
        }
        let mut x = x;
        given_before_particles(cx, &mut x, spans.last().map_or(0, |l| l.end));
        if spans.last().map_or(true, |l| l.end <= x.start)
            && f.peek().map_or(true, |d| x.end <= d.start)
        {
            spans.push(x);
        }
    }
    spans.extend(f.copied());
    spans
}

/// "the Newfoundland and Labrador Court of Appeal", "the England and Wales
/// Cricket Board": a known place, "and", and an organisation whose name
/// opens with a second place and holds a head word ("Court", "Board") are
/// one organisation (read apart, the first place was left out of it; not
/// "Nice and Paris St Germain", two clubs). `spans` are ordered and not
/// overlapping, and stay so.
pub fn join_place_pair_orgs(cx: &Cx, spans: Vec<Span>) -> Vec<Span> {
    if !cx.on(PlacePairOrg) {
        return spans;
    }
    let place = |s: &str| gazetteer::lookup_name(s).contains(Lex::ANY_PLACE);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for x in spans {
        if let Some(last) = out.last_mut() {
            let name = &cx.text[x.start..x.end];
            // (the cheap tests first: most names follow no " and ")
            // (a county read as a person: "Devon and Cornwall Police")
            let joined = matches!(last.label, Label::Loc | Label::Org | Label::Person)
                && x.label == Label::Org
                && cx.text.get(last.end..x.start) == Some(" and ")
                && name.split(' ').skip(1).any(|w| has(words::ORG_HEADS, w))
                && {
                    // two places, or one ("Newfoundland and Labrador")
                    let second = name.split(' ').next().unwrap_or("");
                    place(&cx.text[last.start..last.end]) && place(second)
                        || place(&cx.text[last.start..x.start + second.len()])
                };
            if joined {
                last.join(x, Label::Org, PlacePairOrg);
                continue;
            }
        }
        out.push(x);
    }
    out
}

/// "told The Washington Post", "at The Oval", "in The Hague": a capital
/// "The" inside a sentence, after a word in lower case or a comma, is part
/// of the name after it (an organisation, place or other name; every gold
/// set here writes it so); opening a sentence, only a newspaper's ("The Sun
/// reported"), since there a capital says nothing. `spans` are ordered and
/// not overlapping, and stay so.
pub fn keep_capital_the(cx: &Cx, spans: &mut [Span]) {
    if !cx.on(CapitalTheKept) {
        return;
    }
    let mut floor = 0;
    for x in spans.iter_mut() {
        // most names have no "The " before them: the bytes say so first
        let before = x
            .start
            .checked_sub(4)
            .map(|s| &cx.text.as_bytes()[s..x.start]);
        if before != Some(b"The ") {
            floor = x.end;
            continue;
        }
        let k = cx.token_at(x.start);
        let the = k.checked_sub(1).filter(|&j| {
            cx.word(j) == "The"
                && cx.tokens[j].start >= floor
                && cx.tokens[j].end + 1 == x.start
                && cx.sentence_of(j) == cx.sentence_of(k)
        });
        floor = x.end;
        let (Some(j), true) = (
            the,
            matches!(x.label, Label::Org | Label::Loc | Label::Misc),
        ) else {
            continue;
        };
        let inside = j > 0 && cx.sentence_of(j - 1) == cx.sentence_of(j) && {
            let w = cx.word(j - 1);
            w == ","
                || cx.tokens[j - 1].kind == TokenKind::Word && w.starts_with(char::is_lowercase)
        };
        let name = &cx.text[x.start..x.end];
        let paper = x.label == Label::Org
            && (has(words::PAPER_HEADS, name.rsplit(' ').next().unwrap_or(""))
                || has(words::TITLE_PAPERS, name));
        if inside || paper && opens_sentence(cx, j) {
            x.start = cx.tokens[j].start;
            x.why.add(CapitalTheKept);
        }
    }
}

/// `names` (ordered, not overlapping) with the numeric spans `nums` (the
/// same) filling the gaps; where the two overlap, the numeric span wins when
/// it has digits (`numeric-digits-win`), the name otherwise.
pub fn with_numeric(cx: &Cx, names: Vec<Span>, nums: Vec<Span>) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::with_capacity(names.len() + nums.len());
    let mut a = names.into_iter().peekable();
    let mut b = nums.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (Some(x), Some(y)) => {
                if x.end <= y.start {
                    a.next()
                } else if y.end <= x.start {
                    b.next()
                } else {
                    // overlap
                    let digits = cx.on(DigitsWin)
                        && cx.text[y.start..y.end].bytes().any(|c| c.is_ascii_digit());
                    if digits {
                        a.next();
                        b.next().map(|y| y.by(DigitsWin))
                    } else {
                        b.next();
                        a.next()
                    }
                }
            }
        };
        if let Some(x) = next {
            if merged.last().map_or(true, |l| l.end <= x.start) {
                merged.push(x);
            }
        }
    }
    merged
}

/// The most capitalised words before an event's word that its name takes
/// in when no rule found the name: "World Cup 2022", "Rugby World Cup 2031".
const EVENT_NAME_WORDS: usize = 2;

/// "Expo 2030", "Euro 2024": an event's name and the year just after it
/// are one name (MISC), where the year had been read as a date. `spans`
/// are ordered, and so is the result.
pub fn join_event_years(cx: &Cx, spans: Vec<Span>) -> Vec<Span> {
    if !cx.on(EventYear) {
        return spans;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for x in spans {
        if let Some(last) = out.last_mut() {
            let name = &cx.text[last.start..last.end];
            let event = last.label != Label::Person
                && name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| has(words::EVENT_WORDS, w));
            if event && x.why.has(DateYear) && cx.text.get(last.end..x.start) == Some(" ") {
                last.join(x, Label::Misc, EventYear);
                continue;
            }
        }
        let mut x = x;
        // an event's name that no rule made a name: "the Euro 2024 final",
        // "the World Cup 2022 hosts"
        let k = cx.token_at(x.start);
        let from = out.last().map_or(0, |l| l.end);
        if x.why.has(DateYear)
            && k > 0
            && has(words::EVENT_WORDS, cx.word(k - 1))
            && cx.text.get(cx.tokens[k - 1].end..x.start) == Some(" ")
            && cx.tokens[k - 1].start >= from
        {
            x.start = cx.tokens[capitals_before(cx, k - 1, EVENT_NAME_WORDS, from)].start;
            x.label = Label::Misc;
            x.why.add(EventYear);
        }
        out.push(x);
    }
    out
}
