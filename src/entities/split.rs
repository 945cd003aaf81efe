//! Names that are two: two known names joined by "and"
//! (`split-known-pair`), an organisation or office glued to a person
//! (`split-trailing-person`, `split-office-person`,
//! `split-person-named-elsewhere`), a place glued
//! to a party's member (`split-place-party-member`).

use super::gazetteer::{self, Lex};
use super::rules::EntityRule::{self, *};
use super::span::{Cx, Span};
use crate::rules::Why;
use crate::types::Label;
use crate::words::{self, has, is_head, is_legal_form, is_possessive, is_title, Lower};

/// The most words of an organisation's name looked at before a given name
/// glued to its end ("Harbour Council Anna Berg"): the given name is one of
/// the last three words.
const TRAILING_PERSON_WORDS: usize = 3;

/// "Reuters and Bloomberg", "France and Germany", "Lancashire and
/// Cumbria": a name of two known names joined by "and" is two names, each
/// with its known kind (a place, a county or town, or else an
/// organisation), unless the whole is a known name too; and two places
/// read apart that make one known place with their "and" are one ("Bosnia
/// and Herzegovina"). `names` are ordered; so are the names
/// returned.
pub fn split_pairs(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    if !cx.on(SplitKnownPair) && !cx.on(PlacePairWhole) {
        return names;
    }
    let known = |s: usize, e: usize| {
        let l = gazetteer::lookup_name(&cx.text[s..e]);
        if l.contains(Lex::PLACE) {
            Some(Label::Loc)
        } else if l.contains(Lex::ANY_ORG) {
            Some(Label::Org)
        } else {
            None
        }
    };
    let mut out: Vec<Span> = Vec::with_capacity(room(names.len()));
    for x in names {
        let (s, e) = (x.start, x.end);
        let (i, j) = (cx.token_at(s), cx.token_at(e));
        let pair = (i + 1..j.saturating_sub(1))
            .filter(|_| cx.on(SplitKnownPair))
            .find(|&k| cx.word(k) == "and")
            .and_then(|k| {
                // (a county or town too: "Lancashire and Cumbria")
                let known = |s: usize, e: usize| {
                    let l = gazetteer::lookup_name(&cx.text[s..e]);
                    let region = l.contains(Lex::REGION) && !l.contains(Lex::ORG);
                    region.then_some(Label::Loc).or_else(|| known(s, e))
                };
                let a = known(s, cx.tokens[k - 1].end)?;
                let b = known(cx.tokens[k + 1].start, e)?;
                Some((k, a, b))
            });
        // "Bosnia" + "Herzegovina", read apart: one known place
        if let Some(last) = out.last_mut().filter(|_| cx.on(PlacePairWhole)) {
            let joined = cx.text.get(last.end..s) == Some(" and ")
                && last.label != Label::Person
                && x.label != Label::Person
                && known(last.start, e) == Some(Label::Loc);
            if joined {
                last.join(x, Label::Loc, PlacePairWhole);
                continue;
            }
        }
        match pair {
            // "Bosnia and Herzegovina" is one known name
            Some((k, a, b)) if x.label != Label::Person && known(s, e).is_none() => {
                out.extend(around(cx, (s, e), k, (a, b), x.why.with(SplitKnownPair)));
            }
            _ => out.push(x),
        }
    }
    out
}

/// A capitalised common word inside a name, "Secretary", "Chief": a
/// person's title, not a word of the organisation's name.
fn is_title_word(w: &str) -> bool {
    !is_head(w)
        && w.chars().next().is_some_and(char::is_uppercase)
        && (is_title(w)
            // (not a plural: "United Auto Workers President")
            || !w.ends_with('s') && gazetteer::lookup_lower(w).contains(Lex::COMMON))
}

/// A party's or nation's member before a name: "Democrat Dianne Feinstein".
fn is_member_word(w: &str) -> bool {
    let l = gazetteer::lookup_lower(w);
    l.contains(Lex::NORP) && !l.contains(Lex::PLACE)
}

/// The word before a person's name glued to an organisation's: a title
/// ("Administrator"), a party's member ("Democrat"), an organisation's head
/// word ("Council") or an acronym ("NASA").
fn titled_or_org(w: &str) -> bool {
    is_title_word(w)
        || is_member_word(w)
        || has(words::ORG_HEADS, w)
        || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// Token `i` opens the office a title is of or for: "Minister of
/// [Finance]", "Chancellor of the [Exchequer]".
fn after_office(cx: &Cx, i: usize) -> bool {
    let of = |k: usize| matches!(cx.word(k), "of" | "for");
    let title = |k: usize| cx.capitalised(k) && is_title(cx.word(k));
    i >= 2 && of(i - 1) && title(i - 2)
        || i >= 3 && cx.word(i - 1) == "the" && of(i - 2) && title(i - 3)
}

/// "Harbour Council Anna Berg", "NASA Administrator Carl Brandt": a
/// name that is not a person's and ends in a given name and one or two more
/// capitalised words (or in the given name alone, its surname following
/// untagged) after a title, a party member, an organisation's head word or
/// an acronym, is an organisation (or place) and the person after it. And
/// "South Carolina Republican" is a place and a party member.
/// `names` are the tagged spans, ordered; so are the spans returned.
pub fn split_trailing_people(cx: &Cx, names: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(room(names.len()));
    for (k, x) in names.iter().enumerate() {
        let (s, e, l) = (x.start, x.end, x.label);
        let (i, end) = (cx.token_at(s), cx.token_at(e.saturating_sub(1)) + 1);
        let count = end.saturating_sub(i);
        // the given name may end the name when the surname was read apart:
        // "House Majority Leader Kevin" + "McCarthy"
        let surname_next = cx.capitalised(end) && cx.spaced(end);
        let last = if surname_next { end } else { end - 1 };
        // "Chancellor of the [Exchequer Jeremy Hunt]": the name is the
        // office a title is of, and its holder, whatever its kind
        let office = cx.on(SplitOfficePerson) && after_office(cx, i);
        let split = ((cx.on(SplitTrailingPerson) && l != Label::Person || office) && count >= 3)
            .then(|| {
                (end.saturating_sub(TRAILING_PERSON_WORDS).max(i + 1)..last).find(|&p| {
                    let w = cx.word(p);
                    let lex = gazetteer::lookup_lower(w);
                    cx.capitalised(p)
                        && lex.contains(Lex::FIRST)
                        && !lex.contains(Lex(Lex::COMMON.0 | Lex::PLACE.0 | Lex::ORG.0))
                        && (office || titled_or_org(cx.word(p - 1)))
                        && (p..end).all(|k| cx.capitalised(k))
                        && !is_head(cx.word(end - 1))
                })
            })
            .flatten();
        match split {
            Some(p) => {
                let why = x.why.with(if office {
                    SplitOfficePerson
                } else {
                    SplitTrailingPerson
                });
                // the organisation without the person's title: "NASA
                // Administrator" -> "NASA"; a title alone is no name
                // (nor half of one: "Secretary-" of "Secretary-Treasurer")
                let mut q = p;
                while q > i
                    && (is_possessive(cx.word(q - 1))
                        || cx.word(q - 1) == "and"
                        || cx.glued_hyphen(q - 1)
                        || is_title_word(cx.word(q - 1))
                        || is_member_word(cx.word(q - 1)))
                {
                    q -= 1;
                }
                if q > i {
                    out.push(Span {
                        start: s,
                        end: cx.tokens[q - 1].end,
                        // an office read with its holder: "Exchequer"
                        label: if l == Label::Person { Label::Org } else { l },
                        why,
                    });
                }
                // a surname the tagger left out joins the person
                // ("Senate Majority Leader Mitch" + "McConnell (R-Ky.)");
                // the name may end the text ("LOS ANGEL" + "SA")
                let e = match cx.tokens.get(end) {
                    Some(t)
                        if p == end - 1 && names.get(k + 1).map_or(true, |x| x.start >= t.end) =>
                    {
                        t.end
                    }
                    _ => e,
                };
                out.push(Span {
                    start: cx.tokens[p].start,
                    end: e,
                    label: Label::Person,
                    why,
                });
            }
            // "South Carolina Republican": a place and a party's member
            // (when the rest is a known place: "North African" stays whole)
            None if cx.on(SplitPlaceMember) && l == Label::Loc && count >= 2 && {
                let lex = gazetteer::lookup_lower(cx.word(end - 1));
                let place = &cx.text[s..cx.tokens[end - 2].end];
                lex.contains(Lex::NORP)
                    && !lex.contains(Lex::PLACE)
                    && gazetteer::lookup_name(place).contains(Lex::PLACE)
            } =>
            {
                let why = x.why.with(SplitPlaceMember);
                out.push(Span {
                    start: s,
                    end: cx.tokens[end - 2].end,
                    label: l,
                    why,
                });
                out.push(Span {
                    start: cx.tokens[end - 1].start,
                    end: e,
                    label: Label::Norp,
                    why,
                });
            }
            None => out.push(*x),
        }
    }
    out
}

/// "the University of Utah Amal Rahimi ... Rahimi said": an organisation
/// or place of three words or more that ends in the surname of a person
/// named elsewhere in the document ends before that person (and the given
/// name before the surname, when there is one). `spans` are ordered; so
/// are the spans returned.
pub fn people_named_elsewhere(cx: &Cx, spans: Vec<Span>) -> Vec<Span> {
    if !cx.on(SplitPersonNamedElsewhere) {
        return spans;
    }
    let surnames = super::evidence::surnames_in(cx, &spans);
    if surnames.is_empty() {
        return spans;
    }
    // (a word the text also writes in lower case is a common noun the
    // tagger read into a person elsewhere: "Anderson Park", "the park")
    let lower = cx.lower_words();
    let mut out = Vec::with_capacity(room(spans.len()));
    for x in spans {
        let (s, e, l) = (x.start, x.end, x.label);
        let (i, t) = (cx.token_at(s), cx.token_at(e - 1));
        let w = cx.word(t);
        if !matches!(l, Label::Org | Label::Loc)
            || t < i + 2
            || !cx.capitalised(t)
            || !surnames.contains_key(w)
            || is_head(w)
            || lower.has(&w.lower())
            // a firm named after partners: "Johnson & Johnson"
            || cx.word(t - 1) == "&"
            || w.bytes().all(|b| !b.is_ascii_lowercase())
            || gazetteer::lookup_lower(w)
                .contains(Lex(Lex::PLACE.0 | Lex::ORG.0 | Lex::COMMON.0))
        {
            out.push(x);
            continue;
        }
        // the given name: a known one, or any capitalised word after three
        // words of the organisation's name
        let g = cx.word(t - 1);
        let lex = gazetteer::lookup_lower(g);
        let given = cx.capitalised(t - 1)
            && !is_head(g)
            && (lex.contains(Lex::FIRST)
                || !lex.contains(Lex::COMMON) && titled_or_org(cx.word(t - 2))
                // what comes before is a whole known name of two words or
                // more: "United States"
                || t - 2 > i
                    && gazetteer::lookup_name(&cx.text[s..cx.tokens[t - 2].end])
                        .contains(Lex(Lex::PLACE.0 | Lex::ORG.0))
                || is_possessive(cx.word(t - 2))
                || t > i + 3 && !lex.contains(Lex::PLACE));
        let p = if given { t - 1 } else { t };
        // without the person's title, a possessive or a comma: "Chicago
        // Cardinal", "Juventus's", "House of Harbour, Rahimi said"
        let mut q = p;
        while q > i
            && (is_possessive(cx.word(q - 1))
                || cx.word(q - 1) == ","
                || is_title(cx.word(q - 1))
                || is_member_word(cx.word(q - 1)))
        {
            q -= 1;
        }
        let why = x.why.with(SplitPersonNamedElsewhere);
        if q > i {
            let rest = &cx.text[s..cx.tokens[q - 1].end];
            let place = q < p && gazetteer::lookup_name(rest).contains(Lex::PLACE);
            let label = if place { Label::Loc } else { l };
            out.push(Span {
                start: s,
                end: cx.tokens[q - 1].end,
                label,
                why,
            });
        }
        out.push(Span {
            start: cx.tokens[p].start,
            end: e,
            label: Label::Person,
            why,
        });
    }
    out
}

/// Each of `names` cut in two where `cut` finds its joining token (and the
/// bytes of the name to cut, which may leave out an opening noun), both
/// parts of the name's kind and noted with `rule`; the others as they are.
/// `names` are ordered; so are the names returned.
fn split_each(
    cx: &Cx,
    names: Vec<Span>,
    rule: EntityRule,
    cut: impl Fn(&Span) -> Option<((usize, usize), usize)>,
) -> Vec<Span> {
    if !cx.on(rule) {
        return names;
    }
    let mut out = Vec::with_capacity(room(names.len()));
    for x in names {
        match cut(&x) {
            Some((span, k)) => {
                out.extend(around(cx, span, k, (x.label, x.label), x.why.with(rule)))
            }
            None => out.push(x),
        }
    }
    out
}

/// "Shares of Palantir, Snowflake rose": a name the tagger ran on over a
/// comma to the next capitalised word is two names, each of the name's
/// kind, unless what it holds reads as one name with a comma in it ("Bureau
/// of Alcohol, Tobacco and Firearms", "Acme, Inc.", "King, Jr."). `names`
/// are ordered; so are the names returned.
pub fn split_at_commas(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    split_each(cx, names, SplitAtComma, |x| {
        let (i, j) = (cx.token_at(x.start), cx.token_at(x.end));
        let k = (i + 1..j.saturating_sub(1)).find(|&k| cx.word(k) == ",")?;
        let one = (i..j).any(|k| matches!(cx.word(k), "and" | "&" | "of" | "for" | "or"));
        (!one
            && cx.capitalised(k + 1)
            && !is_legal_form(cx.word(k + 1), false)
            && !matches!(cx.word(k + 1).trim_end_matches('.'), "Jr" | "Sr"))
        .then_some(((x.start, x.end), k))
    })
}

/// "the Gunners thrashed Spurs", "Hammers beat Wolves", "Hollande
/// denounced Trump": a name the tagger ran on over a verb in lower case
/// (one of a result, [`words::RESULT_VERBS`], or any word ending in "-ed")
/// between two capitalised words is two names, each of the name's kind.
/// `names` are ordered; so are the names returned.
pub fn split_at_verbs(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    split_each(cx, names, SplitAtVerb, |x| {
        let (i, j) = (cx.token_at(x.start), cx.token_at(x.end));
        let k = (i + 1..j.saturating_sub(1)).find(|&k| {
            let w = cx.word(k);
            w.starts_with(char::is_lowercase)
                && (w.len() > 4 && w.ends_with("ed") || has(words::RESULT_VERBS, w))
        })?;
        (cx.capitalised(k - 1) && cx.capitalised(k + 1)).then_some(((x.start, x.end), k))
    })
}

/// "drugmakers Acme and Zeta": a name of two names joined by "and", after
/// a plural noun that opens a list (or with that noun capitalised at its
/// start), is the two names, each of the name's kind. `names` are ordered;
/// so are the names returned.
pub fn split_lists(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    split_each(cx, names, SplitListAnd, |x| {
        let (mut i, j) = (cx.token_at(x.start), cx.token_at(x.end));
        let noun_inside = has(words::LIST_NOUNS, &cx.word(i).lower());
        if noun_inside {
            i += 1;
        }
        // ("Drugmakers Orvana and Zelitech": the noun may open the sentence)
        let noun_before = i > 0 && words::has_lower(words::LIST_NOUNS, cx.word(i - 1));
        let k = (i + 1..j.saturating_sub(1)).find(|&k| cx.word(k) == "and")?;
        ((noun_inside || noun_before) && cx.capitalised(i) && cx.capitalised(k + 1))
            .then_some(((cx.tokens[i].start, x.end), k))
    })
}

/// "Brightwave Labs and Corvana AI", "Pfizer and Halvern Bio": an
/// organisation's name of two names joined by "and" is two organisations
/// when each is of two words or more ending in an organisation's head word
/// (or the first in a company's and the second is capitalised words:
/// "Sequoia Capital and Andreessen Horowitz"), or when either is a known
/// organisation and the two are not the end of a list ("Apple, Amazon and
/// Meta") or a ministry before its title ("Labour and Social Welfare
/// Minister"); never when the whole is a known name.
/// `names` are ordered; so are the names returned.
pub fn split_company_pairs(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    split_each(cx, names, SplitCompanyPair, |x| {
        let (i, j) = (cx.token_at(x.start), cx.token_at(x.end));
        if x.label != Label::Org {
            return None;
        }
        let k = (i + 1..j.saturating_sub(1)).find(|&k| cx.word(k) == "and")?;
        let known = |a: usize, b: usize| {
            gazetteer::lookup_name(&cx.text[cx.tokens[a].start..cx.tokens[b - 1].end])
                .contains(Lex::ANY_ORG)
        };
        // (or the first ends in a company's and the second is capitalised
        // words: "Sequoia Capital and Andreessen Horowitz", not "Guangdong
        // Post and Telecommunications Administration")
        let headed = k >= i + 2
            && k + 2 < j
            && (has(words::ORG_HEADS, cx.word(k - 1)) && has(words::ORG_HEADS, cx.word(j - 1))
                || has(words::COMPANY_HEADS, cx.word(k - 1))
                    && (k + 1..j).all(|m| cx.capitalised(m)));
        // (not one of a list, "Apple, Amazon and Meta", nor a ministry
        // before its title, "Labour and Social Welfare Minister")
        let listed = (i..k).any(|m| cx.word(m) == ",");
        let office = j < cx.tokens.len() && is_title(cx.word(j));
        (cx.capitalised(k + 1)
            && (headed || !listed && !office && (known(i, k) || known(k + 1, j)))
            && gazetteer::lookup_name(&cx.text[x.start..x.end]).0 == 0)
            .then_some(((x.start, x.end), k))
    })
}

/// The name `start..end` cut around its joining word, token `k` ("and"):
/// the name before it, labelled `a`, and the name after it, labelled `b`.
fn around(
    cx: &Cx,
    (start, end): (usize, usize),
    k: usize,
    (a, b): (Label, Label),
    why: Why<EntityRule>,
) -> [Span; 2] {
    [
        Span {
            start,
            end: cx.tokens[k - 1].end,
            label: a,
            why,
        },
        Span {
            start: cx.tokens[k + 1].start,
            end,
            label: b,
            why,
        },
    ]
}

/// Room for `n` spans and the few a split adds: a vector grown past its room
/// doubles, and at a megabyte of spans that doubling set the memory's peak.
#[inline(never)]
fn room(n: usize) -> usize {
    n + n / 8 + 8
}
