//! Names found apart from the tagger, by their shape: datelines
//! (`dateline-place`, `dateline-agency`), companies before a legal form
//! (`company-legal-form`), names with a number (`numbered-name`), names
//! head first (`head-first-name`), well-known
//! organisations (`known-org`) and head words after capitalised words
//! (`untagged-head`). Where one overlaps a tagged name, it wins
//! ([`super::merge`]).

use super::evidence::NICKNAME_SPORT_WORDS;
use super::gazetteer::{self, Lex};
use super::group::key_of;
use super::heads::{capitals_before, head_kind, is_common_word};
use super::rules::EntityRule::*;
use super::span::{Cx, Span};
use crate::segment::{is_dash_word, TokenKind};
use crate::types::Label;
use crate::words::{self, has, has_lower, is_head, is_legal_form, is_possessive, is_title, Lower};

/// A dateline is within the first this many tokens of its line.
const DATELINE_TOKENS: usize = 12;
/// ... and its place is at most this many words in capitals.
const DATELINE_WORDS: usize = 3;
/// A dateline opens a line of prose: at least this many lower-case words
/// follow it (a headline in capitals has none).
const DATELINE_PROSE: usize = 5;
/// The most capitalised words taken before a legal form ("Acme Widgets
/// Holdings Inc."), before a head word when the tagger found nothing, and
/// before a head-first name's head ("Massachusetts Institute of").
const COMPANY_WORDS: usize = 4;
const UNTAGGED_HEAD_WORDS: usize = 4;
const HEAD_FIRST_BEFORE: usize = 4;
/// The most tokens of a head-first name after its preposition: "University
/// of Texas at Austin Medical School" stops at six.
const HEAD_FIRST_AFTER: usize = 6;

/// The spans of every rule here, ordered by start, not overlapping (the
/// first of two that overlap is kept). `names` are the tagged names, ordered;
/// `orgs` the token ranges of well-known organisations.
pub fn find(cx: &Cx, names: &[Span], orgs: &[(usize, usize)]) -> Vec<Span> {
    let mut fixed = datelines(cx);
    fixed.extend(newspapers(cx));
    fixed.extend(hyphen_places(cx));
    fixed.extend(saint_names(cx));
    fixed.extend(river_names(cx));
    fixed.extend(companies(cx));
    fixed.extend(ampersand_names(cx, names));
    fixed.extend(honorific_names(cx, names));
    fixed.extend(sports_teams(cx, names));
    fixed.extend(numbered_names(cx, names));
    fixed.extend(listed_names(cx, names));
    fixed.extend(headed_orgs(cx, names));
    fixed.extend(known_orgs(cx, orgs, names));
    fixed.extend(untagged_heads(cx, names));
    crate::sort::sort_by_offset(&mut fixed, |f| f.start);
    fixed.dedup_by(|b, a| b.start < a.end);
    fixed
}

/// Datelines at the start of a line: "MOSCOW, Russia —", "(MOSCOW, Russia) —",
/// "WASHINGTON ― " (a horizontal bar), "NAIROBI, Kenya (AP) _": the
/// capitalised place is a LOC, the agency an ORG.
pub(super) fn datelines(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(DatelinePlace) {
        return out;
    }
    for p in &cx.paragraphs {
        let mut i = p.tokens.start;
        let end = p.tokens.end.min(i + DATELINE_TOKENS);
        if i < end && cx.word(i) == "(" {
            i += 1;
        }
        let s = i;
        while i < end && cx.tokens[i].kind == TokenKind::Word && {
            let w = cx.word(i);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        } {
            i += 1;
        }
        if i == s || i - s > DATELINE_WORDS || i >= end {
            continue;
        }
        if !(matches!(cx.word(i), "," | "-" | "_" | "(" | ")") || is_dash_word(cx.word(i))) {
            continue;
        }
        // a dateline opens a line of prose, not a headline in capitals
        let lower = p
            .tokens
            .clone()
            .filter(|&k| cx.word(k).chars().next().is_some_and(char::is_lowercase))
            .take(DATELINE_PROSE)
            .count();
        if lower < DATELINE_PROSE {
            continue;
        }
        // a slug in capitals opens a wire story too ("NOTE - ...", "MARKET
        // TALK - ..."): capitals opening with a common word, known as no
        // place ("NEW YORK" is one)
        if is_common_word(cx.word(s))
            && !gazetteer::lookup_name(&cx.text[cx.tokens[s].start..cx.tokens[i - 1].end])
                .contains(Lex::ANY_PLACE)
        {
            continue;
        }
        out.push(Span::new(
            cx.tokens[s].start,
            cx.tokens[i - 1].end,
            Label::Loc,
            DatelinePlace,
        ));
        // the agency, within the dateline
        if !cx.on(DatelineAgency) {
            continue;
        }
        for k in i..end.saturating_sub(2) {
            if cx.word(k) == "(" && cx.word(k + 2) == ")" && has(words::AGENCIES, cx.word(k + 1)) {
                let t = cx.tokens[k + 1];
                out.push(Span::new(t.start, t.end, Label::Org, DatelineAgency));
                break;
            }
        }
    }
    out
}

/// Capitalised words before a legal form: "WORLDSOURCES, INC.", "Acme Corp.".
fn companies(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(CompanyLegalForm) {
        return out;
    }
    let n = cx.tokens.len();
    for k in 1..n {
        if !is_legal_form(cx.word(k), true) {
            continue;
        }
        let mut s = if cx.word(k - 1) == "," { k - 1 } else { k };
        let end = s;
        while s > 0
            && end - s < COMPANY_WORDS
            && cx.capitalised(s - 1)
            && !has_lower(words::COMPANY_STOP_WORDS, cx.word(s - 1))
            && !cx.text[cx.tokens[s - 1].end..cx.tokens[s].start].contains('\n')
        {
            s -= 1;
        }
        if s < end {
            // "INC." where the tokenizer left the period apart
            let mut e = cx.tokens[k].end;
            if !cx.word(k).ends_with('.')
                && k + 1 < n
                && cx.word(k + 1) == "."
                && !cx.tokens[k + 1].space_before
            {
                e = cx.tokens[k + 1].end;
            }
            out.push(Span::new(
                cx.tokens[s].start,
                e,
                Label::Org,
                CompanyLegalForm,
            ));
        }
    }
    out
}

/// Does a tagged name other than `start..end` itself, and not one that
/// `list` says is a list, cover it? `names` are ordered; `next` is where
/// the look-up starts, moved on as `start` grows.
fn inside_longer(
    names: &[Span],
    next: &mut usize,
    start: usize,
    end: usize,
    list: impl Fn(&Span) -> bool,
) -> bool {
    while *next < names.len() && names[*next].end <= start {
        *next += 1;
    }
    names[*next..]
        .iter()
        .take_while(|x| x.start <= start)
        .any(|x| x.end >= end && (x.start, x.end) != (start, end) && !list(x))
}

/// Well-known organisations (the lexicon's `org` list: "Google", "Associated
/// Press", and its training-split organisations of several words that are
/// no place or person: "Manchester City"; `orgs`: the tagger's token
/// ranges, ordered) written with capitals ("easyJet" too), whatever the
/// tagger made of them, unless part of a longer tagged name ("Google
/// Maps"; a list of two such names is not one: "Tesco and Sainsbury's");
/// with a head word after it, the longer name, of the head's kind ("Aviva
/// Stadium", a place). `names` are the tagged spans, ordered.
pub(super) fn known_orgs(cx: &Cx, orgs: &[(usize, usize)], names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(KnownOrg) {
        return out;
    }
    let mut next_name = 0;
    for &(k, e) in orgs {
        if e <= k || e > cx.tokens.len() {
            continue;
        }
        // every word capitalised but the small ones, particles, joiners
        // and a possessive: "Doctors Without Borders", "Corriere della
        // Sera", "Rolls-Royce", "Marks & Spencer", "Sainsbury's", not
        // "Apple pie"
        let small = |w: &str| {
            has(words::SMALL_NAME_WORDS, w) || has(words::NAME_PARTICLES, w) || w == "-" || w == "&"
        };
        let possessive = |i: usize| i > k && is_possessive(cx.word(i));
        // (a capital inside the word will do: "easyJet", "eBay")
        let capital = |i: usize| cx.word(i).chars().any(char::is_uppercase);
        let shape_ok = (k..e).all(|i| capital(i) || small(cx.word(i)) || possessive(i))
            && capital(k)
            && (capital(e - 1) || possessive(e - 1));
        // "Ronald McDonald's statue": a possessive after a capitalised word
        // ends a person's name, not the company's
        let owner =
            possessive(e - 1) && k > 0 && cx.capitalised(k - 1) && cx.tokens[k].space_before;
        // "Tesco and Sainsbury's" read as one name: two known names joined
        // by the "and" token `j`, not one name ("Twitter and Google Maps":
        // "Google Maps" is)
        let and_after = (e < cx.tokens.len()
            && cx.word(e) == "and"
            && orgs.binary_search_by_key(&(e + 1), |o| o.0).is_ok())
        .then_some(e);
        let and_before = (k >= 2
            && cx.word(k - 1) == "and"
            && orgs.binary_search_by_key(&(k - 1), |o| o.1).is_ok())
        .then(|| k - 1);
        // "Aviva Stadium", "Volkswagen Group": a head word after it makes a
        // longer name, of the head's kind
        let head = head_kind(cx.word(e)).filter(|_| cx.capitalised(e));
        let (s, e) = (
            cx.tokens[k].start,
            cx.tokens[e - 1 + usize::from(head.is_some())].end,
        );
        let longer = inside_longer(names, &mut next_name, s, e, |x| {
            [and_after, and_before]
                .into_iter()
                .flatten()
                .any(|j| x.start <= cx.tokens[j].start && cx.tokens[j].end <= x.end)
        });
        if shape_ok && !longer && !owner {
            out.push(Span::new(s, e, head.unwrap_or(Label::Org), KnownOrg));
        }
    }
    out
}

/// "the Dayton Police Department", "the Riverside Art Museum": capitalised
/// words (up to four, no sentence opener) and an organisation's or
/// building's head word, where the tagger found no name (or only a
/// nationality or party word opening them: "the Russian Defence Ministry"),
/// are an organisation or a place. `names` are the tagged spans, ordered.
pub(super) fn untagged_heads(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    if !cx.on(UntaggedHead) {
        return out;
    }
    let mut next_name = 0;
    for k in 1..cx.tokens.len() {
        // most words are in lower case: skip them before the list look-ups
        if !cx.capitalised(k) || !cx.capitalised(k - 1) {
            continue;
        }
        let w = cx.word(k);
        // a sports league ("Premier League") is a competition; other leagues are not read here
        let league = w == "League" && has(words::LEAGUE_OPENERS, cx.word(k - 1));
        let Some(label) = head_kind(w).or(league.then_some(Label::Misc)) else {
            continue;
        };
        if label == Label::Misc && !cx.on(CompetitionMisc) {
            continue;
        }
        let mut s = capitals_before(cx, k, UNTAGGED_HEAD_WORDS, 0);
        // ("Chipmaker Kelvo Holdings rose": not the noun for a company)
        if s + 1 < k && super::clean::company_noun_opens(cx, s) {
            s += 1;
        }
        if s == k {
            continue;
        }
        let (bs, be) = (cx.tokens[s].start, cx.tokens[k].end);
        while next_name < names.len() && names[next_name].end <= bs {
            next_name += 1;
        }
        // a nationality or party word that the tagger read alone, opening
        // the words, is part of the name ("the Russian Defence Ministry",
        // "the Democratic Senatorial Campaign Committee"), as
        // org-nationality-opener joins them
        if names.get(next_name).is_some_and(|x| {
            x.start == bs
                && cx.token_at(x.end) == s + 1
                && s + 1 < k
                && gazetteer::lookup_name(&cx.text[x.start..x.end]).contains(Lex::NORP)
                // (an adjective: "Democrats Lose Court Battle" is a headline)
                && !words::looks_plural(cx.word(s))
                // (a known "Foreign Ministry" stays a name of its own)
                && !gazetteer::lookup_name(&cx.text[cx.tokens[s + 1].start..be])
                    .contains(Lex::ANY_ORG)
        }) {
            next_name += 1;
        }
        if names.get(next_name).is_some_and(|x| x.start < be) {
            continue;
        }
        // "Dayton Police" then "Dayton Police Department": the longer one
        if out.last().is_some_and(|x| x.end > bs) {
            out.pop();
        }
        out.push(Span::new(bs, be, label, UntaggedHead));
    }
    out
}

/// Organisations (and places, [`words::HEAD_FIRST_PLACES`]) named head
/// first, whatever the tagger made of their pieces: a head word of
/// [`words::HEAD_FIRST_ORGS`], "of", "for" or "on", and capitalised words,
/// with the capitalised words before the head ("Massachusetts Institute of
/// Technology", "Council on American-Islamic Relations"). A longer tagged
/// name that holds one keeps its own span ("Bank of America Corp"). `names`
/// are the tagged spans, ordered.
pub(super) fn headed_orgs(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(HeadFirstName) {
        return out;
    }
    let n = cx.tokens.len();
    // no line break between tokens k - 1 and k
    let joined = |k: usize| !cx.text[cx.tokens[k - 1].end..cx.tokens[k].start].contains('\n');
    // capitalised words from token `a` that end in an organisation's head
    // word, or open with one and "of": an organisation's name of its own
    // (not from a common word: "Department of Health and Human Services")
    let names_org = |a: usize| {
        let mut m = a;
        // (a hyphen between capitalised words too: "Toronto-Dominion Bank")
        while m < n
            && m - a < HEAD_FIRST_AFTER
            && (cx.capitalised(m) || m > a && cx.word(m) == "-" && cx.capitalised(m + 1))
        {
            m += 1;
        }
        m > a + 1 && has(words::ORG_HEADS, cx.word(m - 1)) && !is_common_word(cx.word(a))
            || a + 1 < n && has(words::HEAD_FIRST_ORGS, cx.word(a)) && cx.word(a + 1) == "of"
    };
    let mut next_name = 0;
    let mut k = 0;
    while k + 2 < n {
        let head = cx.word(k);
        // most words are in lower case or not followed by "of": skip them
        // before the list look-ups
        if !cx.capitalised(k) || !matches!(cx.word(k + 1), "of" | "for" | "on") {
            k += 1;
            continue;
        }
        let label = if has(words::HEAD_FIRST_PLACES, head) {
            Label::Loc
        } else {
            Label::Org
        };
        if !(has(words::HEAD_FIRST_ORGS, head) || label == Label::Loc) {
            k += 1;
            continue;
        }
        let mut e = k + 2;
        if e < n && cx.word(e) == "the" {
            e += 1;
        }
        // "the Commission on Wednesday"
        if e >= n || !cx.capitalised(e) || !joined(e) || words::is_date_word(cx.word(e)) {
            k += 1;
            continue;
        }
        // the name after the preposition: capitalised words, joined by
        // hyphens, "and", "of" or "&" when a capitalised word follows
        let mut last = e;
        let mut i = e + 1;
        // "Governor of the Bank of England Andrew Bailey": not into a
        // person's name, a known given name and capitalised words
        let person_at = |i: usize| {
            let at = cx.tokens[i].start;
            let j = names.partition_point(|x| x.start < at);
            let lex = gazetteer::lookup_lower(cx.word(i));
            names.get(j).is_some_and(|x| {
                let end = cx.token_at(x.end - 1) + 1;
                x.start == at
                    && x.label == Label::Person
                    && end > i + 1
                    && (i..end).all(|k| cx.capitalised(k))
            }) && lex.contains(Lex::FIRST)
                && !lex.contains(Lex::COMMON)
        };
        while i < n && joined(i) && last - e < HEAD_FIRST_AFTER && !person_at(i) {
            if cx.capitalised(i) {
                last = i;
                i += 1;
            } else if i + 1 < n
                && matches!(cx.word(i), "-" | "and" | "of" | "&" | "for")
                && cx.capitalised(i + 1)
                // "Council of Europe and NATO", "University of California
                // and Columbia University", "Bank of England and Barclays":
                // two names
                && !(cx.word(i) == "and"
                    && (cx.word(i + 1).chars().all(|c| c.is_uppercase())
                        || names_org(i + 1)
                        || gazetteer::lookup_lower(cx.word(i + 1)).contains(Lex::ORG)))
                && joined(i + 1)
            {
                i += 1;
            } else {
                break;
            }
        }
        // "Bank of England Governor Andrew Bailey": a title (and the words
        // of it before: "Prime Minister") before a person's name is the
        // person's; "Awami League of Prime Minister Sheikh Hasina" names no
        // organisation head first
        if is_title(cx.word(last)) && cx.capitalised(last + 1) {
            while last >= e
                && (is_title(cx.word(last)) || has(words::TITLE_MODIFIERS, cx.word(last)))
            {
                last -= 1;
            }
            if last < e {
                k += 1;
                continue;
            }
        }
        // the capitalised words before the head
        let mut s = k;
        while s > 0
            && k - s < HEAD_FIRST_BEFORE
            && cx.capitalised(s - 1)
            && joined(s)
            && !has(words::OPENERS, cx.word(s - 1))
        {
            s -= 1;
        }
        let (bs, be) = (cx.tokens[s].start, cx.tokens[last].end);
        if !inside_longer(names, &mut next_name, bs, be, |_| false) {
            out.push(Span::new(bs, be, label, HeadFirstName));
        }
        k = last + 1;
    }
    out
}

/// Is token `k` a word that opens its sentence (after any punctuation)?
pub(super) fn opens_sentence(cx: &Cx, k: usize) -> bool {
    let from = cx
        .sentences
        .get(cx.sentence_of(k))
        .map_or(0, |s| s.tokens.start);
    (from..k).all(|j| cx.tokens[j].kind == TokenKind::Punct)
}

/// "Stoke-on-Trent", "Aix-en-Provence", "Chapel-en-le-Frith": capitalised
/// words joined by hyphens and small lower-case words of place names
/// ([`words::HYPHEN_PLACE_WORDS`]) are one place, whatever pieces the tagger
/// made of them; not when the first word is a common one ("Made-in-China").
pub(super) fn hyphen_places(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(HyphenPlace) {
        return out;
    }
    let n = cx.tokens.len();
    // token `k` is glued to the one before it
    let glued = |k: usize| k < n && !cx.tokens[k].space_before;
    let mut k = 0;
    while k + 4 < n {
        let opens = cx.capitalised(k) && cx.tokens[k].kind == TokenKind::Word;
        if !opens {
            k += 1;
            continue;
        }
        // one or more "-word" pieces, then "-Capital"
        let mut j = k + 1;
        while j + 2 < n
            && cx.word(j) == "-"
            && glued(j)
            && glued(j + 1)
            && has(words::HYPHEN_PLACE_WORDS, cx.word(j + 1))
        {
            j += 2;
        }
        let closes = j > k + 1
            && j + 1 < n
            && cx.word(j) == "-"
            && glued(j)
            && glued(j + 1)
            && cx.capitalised(j + 1)
            && cx.tokens[j + 1].kind == TokenKind::Word;
        if closes && !gazetteer::lookup(&cx.word(k).folded()).contains(Lex::COMMON) {
            out.push(Span::new(
                cx.tokens[k].start,
                cx.tokens[j + 1].end,
                Label::Loc,
                HyphenPlace,
            ));
            k = j + 2;
        } else {
            k += 1;
        }
    }
    out
}

/// Names with a number in them, which the tagger ends before it: a
/// broadcaster's or a competition's head word and a number of one or two
/// digits, and its tail ("BBC Radio 4", "Channel 4 News", "Formula 1"); a
/// team's number and plural ("the San Francisco 49ers"); the "G7" and
/// "G20" groups. The tagged name that ends at the head word, or at the
/// place before a team's number, opens the span.
pub(super) fn numbered_names(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(NumberedName) {
        return out;
    }
    let n = cx.tokens.len();
    // one or two digits, then letters `letters` takes ("4"; "49ers")
    let number = |k: usize, letters: fn(&str) -> bool| {
        let w = cx.word(k);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        cx.tokens[k].kind == TokenKind::Number && (1..=2).contains(&digits) && letters(&w[digits..])
    };
    let mut next = 0;
    for k in 0..n {
        let w = cx.word(k);
        // only a head word, a team's number or a G group opens one: a
        // cheap test of the first letter before the list is read
        let opens = |b: u8| {
            b.is_ascii_digit()
                || b == b'G'
                || words::NUMBERED_HEADS.bytes().any(|h| h.first() == Some(&b))
        };
        if !w.bytes().next().is_some_and(opens) {
            continue;
        }
        let head = k + 1 < n
            && cx.capitalised(k)
            && has(words::NUMBERED_HEADS, w)
            && number(k + 1, str::is_empty)
            && cx.spaced(k + 1);
        // "49ers", "76ers" (not "40yrs", "4pcs")
        let team = k > 0 && cx.spaced(k) && number(k, |l| l == "ers");
        let group = matches!(w, "G7" | "G8" | "G20");
        if !(head || team || group) {
            continue;
        }
        // the tagged name that ends just before the number
        let at = cx.tokens[if team { k - 1 } else { k }].end;
        while next < names.len() && names[next].end < at {
            next += 1;
        }
        let tagged = names.get(next).filter(|x| x.end == at);
        let (start, label) = if head {
            let default = if w == "Formula" {
                Label::Misc
            } else {
                Label::Org
            };
            match tagged {
                Some(x) if matches!(x.label, Label::Org | Label::Misc) => (x.start, x.label),
                _ => (cx.tokens[k].start, default),
            }
        } else if team {
            match tagged {
                Some(x) if x.label != Label::Person => (x.start, Label::Org),
                _ if cx.word(k - 1).eq_ignore_ascii_case("the") => (cx.tokens[k].start, Label::Org),
                _ => continue,
            }
        } else {
            (cx.tokens[k].start, Label::Org)
        };
        let mut e = if head { k + 1 } else { k };
        // a tail ends the name: "Channel 4 News", not "Radio 1 Live Lounge"
        let tail = |t: usize| {
            t < n
                && has(words::NUMBERED_TAILS, cx.word(t))
                && cx.spaced(t)
                && !(cx.spaced(t + 1) && cx.capitalised(t + 1))
        };
        if head && tail(e + 1) {
            e += 1;
        }
        out.push(Span::new(start, cx.tokens[e].end, label, NumberedName));
    }
    out
}

/// "Scholz said on Tuesday", "Haaland scored twice": a lone capitalised
/// word the lexicon lists as a public figure's surname, and as no common
/// word, month, numeral, place, organisation or nationality, is a person
/// where the tagger proposed no name (it rarely proposes a lone surname
/// opening a sentence); not a word of a longer name (a capitalised word
/// or "&" after it, a given name or a name right before it).
/// Likewise (`listed-place`) "the team from Ulster", "flooding in
/// Galway": a lone capitalised word inside a sentence listed as a place
/// or region, and as no common word, person's name, organisation or
/// nationality, after no capitalised word, is a place.
pub(super) fn listed_names(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let (people, places) = (cx.on(ListedPerson), cx.on(ListedPlace));
    if !people && !places {
        return out;
    }
    let not_person =
        Lex(Lex::COMMON.0 | Lex::ANY_PLACE.0 | Lex::ANY_ORG.0 | Lex::NORP.0 | Lex::G_MISC.0);
    let not_place =
        Lex(Lex::COMMON.0 | Lex::PERSON_NAME.0 | Lex::ANY_ORG.0 | Lex::NORP.0 | Lex::G_MISC.0);
    let n = cx.tokens.len();
    let mut next = 0;
    for k in 0..n {
        if !cx.capitalised(k) {
            continue;
        }
        let t = cx.tokens[k];
        while next < names.len() && names[next].end <= t.start {
            next += 1;
        }
        let inside = names.get(next).is_some_and(|x| x.start < t.end);
        let after_name = next > 0 && k > 0 && names[next - 1].end == cx.tokens[k - 1].end;
        let longer = k + 1 < n && (cx.capitalised(k + 1) || cx.word(k + 1) == "&");
        if inside || after_name || longer {
            continue;
        }
        // (a month is no person: "in May", "May you …"; nor two capitals,
        // a numeral: "Man City XI")
        let w = cx.word(k);
        let numeral = w.len() <= 2 && !w.bytes().any(|b| b.is_ascii_lowercase());
        let l = gazetteer::lookup_name(w);
        let listed = people
            && l.contains(Lex::PEOPLE)
            && !l.contains(not_person)
            && !words::is_date_word(w)
            && !numeral;
        // (a given name before it: a longer name's last word, "Vladimir Putin")
        let given = || {
            k > 0
                && cx.capitalised(k - 1)
                && gazetteer::lookup_lower(cx.word(k - 1)).contains(Lex::FIRST)
        };
        if listed && !given() {
            out.push(Span::new(t.start, t.end, Label::Person, ListedPerson));
        } else if places
            && l.contains(Lex(Lex::PLACE.0 | Lex::REGION.0))
            && !l.contains(not_place)
            && k > 0
            && !cx.capitalised(k - 1)
            && !opens_sentence(cx, k)
            && !numeral
        {
            out.push(Span::new(t.start, t.end, Label::Loc, ListedPlace));
        }
    }
    out
}

/// "the River Thames", "River Wye": "River" and the capitalised word after
/// it are one place, whatever the tagger made of them (it reads "Thames"
/// alone, often as MISC); not inside a longer name ("Little River Band",
/// "River Valley Railroad"), nor one the lexicon knows as no place
/// ("River Plate", a club).
pub(super) fn river_names(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(RiverName) {
        return out;
    }
    let n = cx.tokens.len();
    for k in 0..n.saturating_sub(1) {
        if cx.word(k) != "River" || !cx.capitalised(k + 1) || words::is_date_word(cx.word(k + 1)) {
            continue;
        }
        let name = &cx.text[cx.tokens[k].start..cx.tokens[k + 1].end];
        let known = gazetteer::lookup_name(name);
        if (k + 2 < n && cx.capitalised(k + 2))
            || (k > 0 && cx.capitalised(k - 1) && !opens_sentence(cx, k))
            || (known.contains(Lex::ORG) && !known.contains(Lex::ANY_PLACE))
        {
            continue;
        }
        out.push(Span::new(
            cx.tokens[k].start,
            cx.tokens[k + 1].end,
            Label::Loc,
            RiverName,
        ));
    }
    out
}

/// "St Mary's Church", "St James' Park", "King's College": a saint's (or
/// a king's or queen's) name, its possessive and a head word (or a saint's
/// "Park") are one name, a place, or an organisation for an organisation's
/// head word other than "Church", whatever pieces the tagger made of them;
/// not a place named after a saint ("St. Petersburg's Institute") nor part
/// of a longer name ("Queen's Park Rangers").
pub(super) fn saint_names(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(SaintPossessiveName) {
        return out;
    }
    let n = cx.tokens.len();
    for k in 0..n {
        let w = cx.word(k);
        let royal = matches!(w, "King" | "Queen");
        if !(royal || matches!(w, "St" | "St." | "Saint")) {
            continue;
        }
        // the possessive's token: after the saint's name, or the royal word
        let p = k + 1 + usize::from(!royal);
        let h = p + 1;
        // (not a place named after a saint, "St. Petersburg's Institute";
        // nor a longer name, "Queen's Park Rangers")
        let ok = h < n
            && (royal || cx.capitalised(k + 1))
            && is_possessive(cx.word(p))
            && !cx.tokens[p].space_before
            && cx.capitalised(h)
            && (is_head(cx.word(h)) || cx.word(h) == "Park" && !royal)
            && !(h + 1 < n && cx.capitalised(h + 1) && !opens_sentence(cx, h + 1))
            && (royal || {
                let saint = &cx.text[cx.tokens[k].start..cx.tokens[k + 1].end];
                let place = |key: &str| gazetteer::lookup(key).contains(Lex::ANY_PLACE);
                !place(&key_of(saint)) && !place(&saint.folded())
            });
        if ok {
            let head = cx.word(h);
            let org = has(words::ORG_HEADS, head) && head != "Church";
            let label = if org { Label::Org } else { Label::Loc };
            out.push(Span::new(
                cx.tokens[k].start,
                cx.tokens[h].end,
                label,
                SaintPossessiveName,
            ));
        }
    }
    out
}

/// "told The Sun", "in The Times": a capital "The" inside a sentence
/// before a newspaper's word names the newspaper ("The" and all, as
/// newspapers are written); after a small "the", the word alone names it
/// where the paper speaks or is spoken to: "the Guardian reported", "told
/// the Sun", "according to the Mirror" (not "orbits the Sun", nor the
/// first word of a longer name: "the Independent Journal").
fn newspapers(cx: &Cx) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(NewspaperTheTitle) {
        return out;
    }
    for k in 0..cx.tokens.len().saturating_sub(1) {
        if !has(words::TITLE_PAPERS, cx.word(k + 1)) {
            continue;
        }
        // it speaks ("The Sun reported", "The Sun has learned"), or another
        // paper follows it in a list ("The Sun and the Daily Mail"; not the
        // paper's own name: "the Globe and Mail")
        let speaks = has(words::PUBLISHING_VERBS, cx.word(k + 2))
            || matches!(cx.word(k + 2), "has" | "had")
                && has(words::PUBLISHING_VERBS, cx.word(k + 3))
            || matches!(cx.word(k + 2), "and" | ",")
                && (k + 4..k + 6).any(|j| {
                    j < cx.tokens.len()
                        && cx.capitalised(j)
                        && (has(words::PAPER_HEADS, cx.word(j))
                            || has(words::TITLE_PAPERS, cx.word(j)))
                        && (k + 3..j).all(|i| cx.capitalised(i) || cx.word(i) == "the")
                });
        let (the, t) = (cx.tokens[k], cx.tokens[k + 1]);
        let before = |j: usize, w: &str| k >= j && cx.word(k - j).eq_ignore_ascii_case(w);
        // opening a sentence, "The Sun" is a paper only when it speaks:
        // "The Sun reported", not "The Sun rose"
        if cx.word(k) == "The" && (!opens_sentence(cx, k) || speaks) {
            out.push(Span::new(the.start, t.end, Label::Org, NewspaperTheTitle));
        } else if cx.word(k) == "the"
            && !cx.capitalised(k + 2)
            && (speaks || before(1, "told") || before(1, "to") && before(2, "according"))
        {
            out.push(Span::new(t.start, t.end, Label::Org, NewspaperTheTitle));
        }
    }
    out
}

/// Does a tagged name overlap `start..end`? `names` are ordered.
fn overlaps(names: &[Span], start: usize, end: usize) -> bool {
    let i = names.partition_point(|x| x.end <= start);
    names.get(i).is_some_and(|x| x.start < end)
}

/// Does a tagged name overlap `start..end` and reach outside it? A name
/// inside it is a piece of it (the tagger's "M" of "M&S"), which the whole
/// replaces; a longer one ("S&P Global") is the tagger's and stays.
fn overlaps_beyond(names: &[Span], start: usize, end: usize) -> bool {
    let i = names.partition_point(|x| x.end <= start);
    names[i..]
        .iter()
        .take_while(|x| x.start < end)
        .any(|x| x.start < start || x.end > end)
}

/// Is token `k` a word of a name: capitalised, and no sentence opener or
/// title ("Mr. President", "The")?
fn name_word(cx: &Cx, k: usize) -> bool {
    let w = cx.word(k);
    cx.capitalised(k) && !has(words::OPENERS, w) && !is_title(w)
}

/// The most letters on each side of an ampersand in a name: "AT&T", "B&Q".
const AMPERSAND_SIDE: usize = 4;

/// The most capitalised words on either side of a spaced ampersand
/// ("Goldman Sachs & Co", "Marks & Spencer Group Plc"), legal forms aside.
const AMPERSAND_WORDS: usize = 2;

/// "B&Q", "M&S", "AT&T Inc": capitals joined by an ampersand with no space
/// are one organisation (not "R&D", "Q&A": [`words::COMMON_AMPERSANDS`]);
/// "Procter & Gamble Co", "Johnson & Johnson": capitalised words on both
/// sides of a spaced ampersand are a firm's name (not a citation,
/// "Baron & Beresford (2012)", nor two people, "Tom & Jerry"). Capitalised
/// words and legal forms after it belong to the name, and a name the tagger
/// read across part of it is taken in ("S&P Global" read as a place).
fn ampersand_names(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(AmpersandName) && !cx.on(AmpersandFirm) {
        return out;
    }
    let n = cx.tokens.len();
    let caps = |k: usize| {
        let w = cx.word(k);
        cx.tokens[k].kind == TokenKind::Word
            && w.len() <= AMPERSAND_SIDE
            && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let year =
        |k: usize| k < n && cx.word(k).len() == 4 && cx.word(k).bytes().all(|b| b.is_ascii_digit());
    for k in 1..n.saturating_sub(1) {
        if cx.word(k) != "&" {
            continue;
        }
        let glued = !cx.tokens[k].space_before && !cx.tokens[k + 1].space_before;
        let spaced = cx.tokens[k].space_before && cx.tokens[k + 1].space_before;
        let (mut s, mut e, why) = if glued && caps(k - 1) && caps(k + 1) {
            let form = &cx.text[cx.tokens[k - 1].start..cx.tokens[k + 1].end];
            if !cx.on(AmpersandName) || has(words::COMMON_AMPERSANDS, form) {
                continue;
            }
            (k - 1, k + 2, AmpersandName)
        } else if spaced
            && cx.on(AmpersandFirm)
            && name_word(cx, k - 1)
            && name_word(cx, k + 1)
            && cx.word(k + 1) != "I"
        {
            let lex = |j: usize| gazetteer::lookup_name(cx.word(j));
            // words of the name: capitalised letters, and after the first
            // on each side no common word ("Watch Messi", "Johnson Paid")
            let more = |j: usize| {
                name_word(cx, j)
                    && cx.word(j).starts_with(char::is_alphabetic)
                    && (!lex(j).contains(Lex::COMMON) || has(words::ORG_HEADS, cx.word(j)))
            };
            let mut s = k - 1;
            while s > 0 && k - s < AMPERSAND_WORDS && more(s - 1) && cx.tokens[s].space_before {
                s -= 1;
            }
            let mut e = k + 2;
            while e < n && e - k <= AMPERSAND_WORDS && more(e) && cx.tokens[e].space_before {
                e += 1;
            }
            // "R & D", "T & Cs": spaced common capitals
            let letters = format!("{}&{}", cx.word(k - 1), cx.word(k + 1));
            // a citation ("Baron & Beresford, 2012", "Carrano & Biewener [7]")
            let cited = s > 0 && cx.word(s - 1) == "("
                || year(e)
                || cx.word(e) == "["
                || matches!(cx.word(e), "," | "(") && year(e + 1);
            // with no legal form after it: not two people ("Jenny Seaton &
            // Gary Kell", a pair the tagger read as a person before the "&"),
            // places ("Tempe & Mesa"), days or months ("July & August"),
            // words in capitals ("THE BEST & HOPE") or a title ("Dazed &
            // Confused": a common word first, and no surname after)
            let given = |j: usize| {
                let l = lex(j);
                l.contains(Lex::FIRST) && !l.contains(Lex::LAST)
            };
            let (ls, le) = (cx.tokens[s].start, cx.tokens[k - 1].end);
            let person = k - s > 1 && {
                let j = names.partition_point(|x| x.start < ls);
                names
                    .get(j)
                    .is_some_and(|x| x.start == ls && x.end == le && x.label == Label::Person)
            };
            let firm = e < n && is_legal_form(cx.word(e), false);
            let other = given(s)
                || given(k + 1)
                || person
                || gazetteer::lookup_name(&cx.text[ls..le]).contains(Lex::ANY_PLACE)
                || lex(k + 1).contains(Lex::PLACE)
                || [s, k + 1].iter().any(|&j| {
                    has_lower(words::MONTHS, cx.word(j)) || has_lower(words::WEEKDAYS, cx.word(j))
                })
                || cx.word(k - 1).len() > AMPERSAND_SIDE
                    && !cx.word(k - 1).chars().any(char::is_lowercase)
                || lex(k - 1).contains(Lex::COMMON) && !lex(k + 1).contains(Lex::LAST);
            if cited || has(words::COMMON_AMPERSANDS, &letters) || other && !firm {
                continue;
            }
            (s, e, AmpersandFirm)
        } else {
            continue;
        };
        // "AT&T Inc", "Procter & Gamble Co", "S&P Global" (not "M&R YR EPS")
        while e < n
            && cx.tokens[e].space_before
            && (is_legal_form(cx.word(e), false)
                || why == AmpersandName
                    && name_word(cx, e)
                    && cx.word(e).chars().any(char::is_lowercase)
                    && e < k + 2 + AMPERSAND_WORDS)
        {
            e += 1;
        }
        let (mut bs, mut be) = (cx.tokens[s].start, cx.tokens[e - 1].end);
        // a name read across part of it is taken in
        let (i, limit) = (names.partition_point(|x| x.end <= bs), be);
        for x in names[i..].iter().take_while(|x| x.start < limit) {
            bs = bs.min(x.start);
            be = be.max(x.end);
        }
        s = cx.token_at(bs);
        e = cx.token_at(be - 1) + 1;
        if cx.sentence_of(s) == cx.sentence_of(e - 1) {
            out.push(Span::new(bs, be, Label::Org, why));
        }
    }
    out
}

/// The most capitalised words of a name after an honorific ("Mr Iain
/// Duncan Smith").
const HONORIFIC_NAME_WORDS: usize = 3;

/// "Mr Streeting added", "Mrs Kell said", "Lord Sugar said": capitalised
/// words after an honorific (with or without its full stop, as British copy
/// writes it; not in capitals, "LADY GAGA"), where the tagger found no
/// name, are a person's name.
fn honorific_names(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(HonorificName) {
        return out;
    }
    // after the first word of a name, no common word ("Mr Plott With 5
    // stars", but "Mr. Bush")
    let common = |k: usize| gazetteer::lookup_lower(cx.word(k)).contains(Lex::COMMON);
    for k in 1..cx.tokens.len() {
        if !name_word(cx, k)
            || !words::is_honorific(cx.word(k - 1))
            || !cx.capitalised(k - 1)
            || cx.word(k - 1).bytes().all(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let mut e = k + 1;
        loop {
            let gap = |a: usize, b: usize| &cx.text[cx.tokens[a].end..cx.tokens[b].start];
            if e + 1 < cx.tokens.len()
                && cx.word(e) == "-"
                && gap(e - 1, e).is_empty()
                && gap(e, e + 1).is_empty()
                && cx.capitalised(e + 1)
            {
                // "Ms. Shanklin-Hawkins"
                e += 2;
            } else if e < cx.tokens.len()
                && e - k < HONORIFIC_NAME_WORDS
                && name_word(cx, e)
                && !common(e)
                && gap(e - 1, e) == " "
            {
                e += 1;
            } else {
                break;
            }
        }
        let (s, end) = (cx.tokens[k].start, cx.tokens[e - 1].end);
        // no name there, or only pieces of this one ("Hawkins" of
        // "Shanklin-Hawkins"), not the whole of it
        let i = names.partition_point(|x| x.end <= s);
        let whole = names.get(i).is_some_and(|x| x.start == s && x.end == end);
        if !overlaps_beyond(names, s, end) && !whole {
            out.push(Span::new(s, end, Label::Person, HonorificName));
        }
    }
    out
}

/// The longest number on either side of a score: "2-0", "101-98".
const SCORE_DIGITS: usize = 3;

/// Is token `k` the start of a sports score: small numbers joined by a
/// hyphen, "2-0"?
fn is_score(cx: &Cx, k: usize) -> bool {
    let small = |j: usize| {
        cx.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start <= SCORE_DIGITS)
    };
    small(k)
        && cx.word(k + 1) == "-"
        && small(k + 2)
        && !cx.tokens[k + 1].space_before
        && !cx.tokens[k + 2].space_before
}

/// Is token `j` the first of a tennis set's score ("6-3": one side 6 or 7,
/// the other at most 7)?
fn is_set_score(cx: &Cx, j: usize) -> bool {
    is_score(cx, j) && {
        let (a, b) = (cx.word(j), cx.word(j + 2));
        a.len() == 1 && b.len() == 1 && (a.max(b) == "6" || a.max(b) == "7")
    }
}

/// What each sentence holds of sports scores, found in one pass over the
/// tokens (a rule asking of every name's sentence in turn would read a long
/// sentence once a name: quadratic); [`Cx::scores`] reads it once for all
/// the rules that ask.
pub(super) struct Scores {
    /// Sentences with a score ("2-0").
    pub result: Vec<bool>,
    /// Sentences with two tennis sets' scores ("6-3, 6-4"): players, not
    /// teams, win those.
    pub sets: Vec<bool>,
    /// How many lower-case words of [`words::SPORTS_WORDS`] or
    /// [`words::SPORTS_ROLES`] the text has (one makes it look like sports
    /// copy: "club", "season" and "boss" are common words too), counted up
    /// to [`NICKNAME_SPORT_WORDS`], the most a rule asks for.
    pub sport_words: usize,
    /// Is there a score anywhere in the text?
    pub any_result: bool,
}

impl Scores {
    pub(super) fn of(cx: &Cx) -> Scores {
        let mut result = vec![false; cx.sentences.len()];
        let mut sets = vec![0u8; cx.sentences.len()];
        let mut sport_words = 0;
        for (i, s) in cx.sentences.iter().enumerate() {
            for j in s.tokens.clone() {
                let w = cx.word(j);
                sport_words += usize::from(
                    sport_words < NICKNAME_SPORT_WORDS
                        && w.starts_with(|c: char| c.is_ascii_lowercase())
                        && (has(words::SPORTS_WORDS, w) || has(words::SPORTS_ROLES, w)),
                );
                if is_score(cx, j) {
                    result[i] = true;
                    sets[i] += u8::from(is_set_score(cx, j) && sets[i] < 2);
                }
            }
        }
        Scores {
            any_result: result.contains(&true),
            result,
            sets: sets.into_iter().map(|n| n >= 2).collect(),
            sport_words,
        }
    }
}

/// The most capitalised words of a team's name before a result's verb.
const TEAM_WORDS: usize = 3;

/// "Ravenswood won 2-0", "beat Munster 24-18": in a sentence with a score,
/// capitalised words just before a result's verb, or between it and the
/// score, where the tagger found no name, are a team.
fn sports_teams(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    if !cx.on(SportsResultTeam) {
        return out;
    }
    let scores = cx.scores();
    for (i, sent) in cx.sentences.iter().enumerate() {
        let r = sent.tokens.clone();
        if !scores.result[i] {
            continue;
        }
        for k in r.start + 1..r.end {
            if !has(words::RESULT_VERBS, cx.word(k)) {
                continue;
            }
            // "beat Munster 24-18", "lost to Northampton 20-15", "beat the
            // Steelers 28-14": the side between the verb and the score (not
            // in tennis, where the sides are players)
            let mut j = k + 1 + usize::from(matches!(cx.word(k + 1), "to" | "with"));
            j += usize::from(j < r.end && cx.word(j) == "the");
            let e = (j..r.end.min(j + TEAM_WORDS))
                .find(|&e| !cx.capitalised(e))
                .unwrap_or(r.end.min(j + TEAM_WORDS));
            if e > j
                && e < r.end
                && is_score(cx, e)
                && !scores.sets[i]
                && !has(words::OPENERS, cx.word(j))
                && !gazetteer::lookup_name(cx.word(j)).contains(Lex(Lex::PEOPLE.0 | Lex::G_PER.0))
            {
                let (bs, be) = (cx.tokens[j].start, cx.tokens[e - 1].end);
                if !overlaps(names, bs, be) {
                    out.push(Span::new(bs, be, Label::Org, SportsResultTeam));
                }
            }
            // (nor before it in tennis: "Jannik Sinner beat ... 6-4 6-4")
            if !cx.capitalised(k - 1) || scores.sets[i] {
                continue;
            }
            let s = capitals_before(cx, k - 1, TEAM_WORDS - 1, 0).max(r.start);
            // "I won the second set": a pronoun, or a player's country after "of"
            if has(words::OPENERS, cx.word(s))
                || cx.word(s) == "I"
                || s > 0 && cx.word(s - 1) == "of"
            {
                continue;
            }
            let (bs, be) = (cx.tokens[s].start, cx.tokens[k - 1].end);
            if !overlaps(names, bs, be) {
                out.push(Span::new(bs, be, Label::Org, SportsResultTeam));
            }
        }
    }
    out
}
