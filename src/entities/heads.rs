//! Head words: the last word of an organisation's or a place's name says
//! what it is (`head-word-label`, `team-org`, `newspaper-org`), and the
//! words before a head word belong to the name (`extend-to-head`,
//! `lone-head-capitals`).

use super::gazetteer::{self, Lex};
use super::rules::EntityRule::{self, *};
use super::span::{Cx, Span};
use crate::types::Label;
use crate::words::{self, has, is_head, is_place_head};

/// How far (in bytes from the name's end) a name may run on to a head
/// word: "Johnson" + "Space Center" yes, half a sentence of capitals no.
const EXTEND_REACH: usize = 40;

/// "Johnson" + "Space Center", "Civic" + "Party", "U.S." + "Securities and
/// Exchange Commission": a name followed by capitalised words (and "and",
/// "of", "&" between them) that end in a head word ([`is_head`]) runs on
/// to that head word (the label is then the head's, by [`head_label`]).
/// Names inside the run are taken into it. `names` are ordered, and so is
/// the result.
pub fn extend_to_heads(cx: &Cx, names: &[Span]) -> Vec<Span> {
    if !cx.on(ExtendToHead) {
        return names.to_vec();
    }
    let n = cx.tokens.len();
    let mut out: Vec<Span> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let x = names[k];
        k += 1;
        let mut j = cx.token_at(x.end);
        let mut head = None;
        // "Scottish Fire" + "and Rescue Service": a name ending in a common
        // word may run on over "and" (checked below: a head must end it)
        let after_and = j + 1;
        let over_and = j + 1 < n
            && cx.word(j) == "and"
            && cx.capitalised(j + 1)
            && cx.spaced(j)
            && cx.spaced(j + 1)
            && ends_in_common_word(cx, &x)
            // (and goes on with no name: "British Library" + "and Columbia
            // University" are two)
            && !gazetteer::lookup_lower(cx.word(j + 1)).contains(Lex(Lex::ANY_ORG.0
                | Lex::ANY_PLACE.0
                | Lex::NORP.0
                | Lex::PERSON_NAME.0));
        if over_and {
            j += 1;
        }
        while j < n
            && head.is_none()
            && cx.capitalised(j)
            && cx.spaced(j)
            && !has(words::OPENERS, cx.word(j))
            && cx.tokens[j].end - x.end < EXTEND_REACH
        {
            // (the last of head words in a row: "Exchange Commission";
            // not a party's members after it: "Oversight Committee
            // Republicans")
            let then_head = || {
                j + 1 < n
                    && cx.spaced(j + 1)
                    && is_head(cx.word(j + 1))
                    && !gazetteer::lookup_lower(cx.word(j + 1)).contains(Lex::NORP)
            };
            if is_head(cx.word(j)) && !then_head() {
                head = Some(cx.tokens[j].end);
            }
            j += 1;
            // "U.S. Securities and Exchange Commission": small joining words
            // before a capitalised one
            if head.is_none()
                && j + 1 < n
                && matches!(cx.word(j), "and" | "of" | "&")
                && cx.capitalised(j + 1)
            {
                j += 1;
            }
        }
        let Some(he) = head else {
            out.push(x);
            continue;
        };
        // (over "and", only to an organisation's head, "Scottish Fire and
        // Rescue Service", not "Kelmore Arts and Leisure Centre"; and not to
        // a known organisation's name: "British Library and Columbia
        // University")
        let known = || {
            gazetteer::lookup_name(&cx.text[cx.tokens[after_and].start..he]).contains(Lex::ANY_ORG)
        };
        if over_and && (head_kind(cx.word(cx.token_at(he) - 1)) != Some(Label::Org) || known()) {
            out.push(x);
            continue;
        }
        // names inside the run join it; one reaching past it stops the run
        let mut m = k;
        while m < names.len() && names[m].end <= he {
            m += 1;
        }
        if m < names.len() && names[m].start < he {
            out.push(x);
            continue;
        }
        let mut why = x.why.with(if over_and {
            ExtendOverAnd
        } else {
            ExtendToHead
        });
        // a nationality runs on only over words the tagger left alone, to an
        // organisation's head that is no ministry or office: "Norwegian" +
        // "Refugee Council" (join_nationality_orgs joins tagged ones), but
        // "Turkish" + "Foreign Ministry" are two names
        if x.label == Label::Norp {
            let h = cx.token_at(he) - 1;
            let head_word = cx.word(h);
            // the name goes on past the head ("Swiss AI Lab", "Asian
            // Conference on Computer Vision"): not read here
            let goes_on = h + 1 < n
                && (cx.capitalised(h + 1)
                    || matches!(cx.word(h + 1), "of" | "on" | "for" | "and" | "&"));
            let opens = cx.on(OrgNationalityOpener)
                && m == k
                && !goes_on
                && head_kind(head_word) == Some(Label::Org)
                && !has(words::DEPARTMENT_HEADS, head_word)
                && !cx.text[x.start..x.end].contains(' ')
                && !has(words::PARTY_WORDS, &cx.text[x.start..x.end]);
            if !opens {
                out.push(x);
                continue;
            }
            why.add(OrgNationalityOpener);
            k = m;
            out.push(Span {
                end: he,
                label: Label::Org,
                why,
                ..x
            });
            continue;
        }
        for inside in &names[k..m] {
            why.absorb(inside.why);
        }
        k = m;
        out.push(Span { end: he, why, ..x });
    }
    out
}

/// The most capitalised words taken in before "and" by [`extend_back_over_and`].
const BACK_OVER_AND_WORDS: usize = 3;

/// "Copper and" + "Brass Servicenter Association", "Shanghai" + "Posts
/// and" + "Telecommunications Equipment Co": an organisation ending in its
/// head word (or a legal form), right after "and" and capitalised words in
/// no name (the last a common word, [`is_common_word`]; at most
/// [`BACK_OVER_AND_WORDS`] before it, no sentence opener) takes them in,
/// and a one-word place just before them. (A known organisation so joined
/// is split again by `split-company-pair`; a common word the tagger read
/// alone runs on by [`extend_to_heads`].) `names` are ordered, and so is
/// the result.
pub fn extend_back_over_and(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    if !cx.on(ExtendOverAnd) {
        return names;
    }
    let mut out: Vec<Span> = Vec::with_capacity(names.len());
    for mut y in names {
        let k = cx.token_at(y.start);
        let name = &cx.text[y.start..y.end];
        let last = name.rsplit(' ').next().unwrap_or("");
        let headed = y.label == Label::Org
            && name.contains(' ')
            && (head_kind(last) == Some(Label::Org) || words::is_legal_form(last, false));
        let w = k.wrapping_sub(2);
        let prev_end = out.last().map_or(0, |p| p.end);
        let joined = headed
            && k >= 2
            && cx.word(k - 1) == "and"
            && cx.spaced(k - 1)
            && cx.spaced(k)
            && cx.tokens[w].start >= prev_end
            && cx.capitalised(w)
            && is_common_word(cx.word(w))
            && !is_head(cx.word(w))
            && !has(words::OPENERS, cx.word(w));
        if !joined {
            out.push(y);
            continue;
        }
        let s = capitals_before(cx, w, BACK_OVER_AND_WORDS, prev_end);
        y.start = cx.tokens[s].start;
        y.why.add(ExtendOverAnd);
        // a place of one word just before: "Shanghai" + "Posts and ..."
        // (a nationality joins later: `org-nationality-opener`)
        if let Some(p) = out.last_mut() {
            let opener = p.label == Label::Loc
                && !cx.text[p.start..p.end].contains(' ')
                && cx.text.get(p.end..y.start) == Some(" ");
            if opener {
                p.join(y, Label::Org, ExtendOverAnd);
                continue;
            }
        }
        out.push(y);
    }
    out
}

/// Does name `x` end in a capitalised common word ([`is_common_word`]) that
/// is no head, in a name that is no known organisation nor one word read as
/// one: "Scottish Fire", "Health" (not "Treasury", "Justice Department")?
fn ends_in_common_word(cx: &Cx, x: &Span) -> bool {
    if !cx.on(ExtendOverAnd) || matches!(x.label, Label::Person | Label::Norp) {
        return false;
    }
    let name = &cx.text[x.start..x.end];
    let last = name.rsplit(' ').next().unwrap_or("");
    is_common_word(last)
        && !is_head(last)
        && (x.label != Label::Org || name.contains(' '))
        && !gazetteer::lookup_name(name).contains(Lex::ANY_ORG)
}

/// Is `w` a common word that is no known organisation, place or nationality?
pub(super) fn is_common_word(w: &str) -> bool {
    let lex = gazetteer::lookup_lower(w);
    lex.contains(Lex::COMMON) && !lex.contains(Lex(Lex::ORG.0 | Lex::ANY_PLACE.0 | Lex::NORP.0))
}

/// The kind a building's head word ([`words::FACILITY_HEADS`]: a place),
/// an organisation's ([`words::ORG_HEADS`]) or a competition's
/// ([`words::COMPETITION_HEADS`]: other names) gives a name that ends in it.
pub fn head_kind(w: &str) -> Option<Label> {
    if has(words::FACILITY_HEADS, w) {
        Some(Label::Loc)
    } else if has(words::ORG_HEADS, w) {
        Some(Label::Org)
    } else if has(words::COMPETITION_HEADS, w) {
        Some(Label::Misc)
    } else {
        None
    }
}

/// Is `name` a competition's: a competition's head word last ("FA Cup"), or
/// a sports league ("Premier League", not "Arab League")?
pub fn is_competition(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    let last = name.rsplit(' ').next().unwrap_or("");
    name.contains(' ')
        && (has(words::COMPETITION_HEADS, last)
            || last == "League" && has(words::LEAGUE_OPENERS, first))
}

/// The first token of the capitalised words just before token `k` that
/// belong to the name ending at `k`: joined by single spaces, no sentence
/// opener, at most `most` of them, none starting before byte `from`. `k`
/// itself when there are none.
pub fn capitals_before(cx: &Cx, k: usize, most: usize, from: usize) -> usize {
    let mut s = k;
    while s > 0
        && k - s < most
        && cx.tokens[s - 1].start >= from
        && cx.capitalised(s - 1)
        && cx.spaced(s)
        && !has(words::OPENERS, cx.word(s - 1))
    {
        s -= 1;
    }
    s
}

/// The most capitalised words a lone head word takes in before it ("the
/// Bill and Melinda Gates Foundation" aside: "the Gates Foundation").
const LONE_HEAD_WORDS: usize = 3;

/// "the Home Office", "the Gates Foundation", "the Church": a name
/// that is one head word of an organisation or a building is one, and
/// takes in the capitalised words just before it that the tagger left out
/// (never a sentence opener, at most [`LONE_HEAD_WORDS`]). `names` are
/// ordered, and so is the result.
pub fn lone_heads(cx: &Cx, names: &mut [Span]) {
    if !cx.on(LoneHeadCapitals) {
        return;
    }
    let mut prev_end = 0;
    for x in names.iter_mut() {
        let k = cx.token_at(x.start);
        let w = cx.word(k);
        let label = match head_kind(w) {
            Some(l) => l,
            None if has(words::HEAD_FIRST_ORGS, w) => Label::Org,
            None => {
                prev_end = x.end;
                continue;
            }
        };
        if cx.token_at(x.end) != k + 1 {
            prev_end = x.end;
            continue;
        }
        let s = capitals_before(cx, k, LONE_HEAD_WORDS, prev_end);
        // "Democrats" alone are a party's members (NORP); "Sweden Democrats" a party
        if s == k && x.label == Label::Norp {
            prev_end = x.end;
            continue;
        }
        let start = cx.tokens[s].start;
        if (start, label) != (x.start, x.label) {
            x.why.add(LoneHeadCapitals);
        }
        x.start = start;
        x.label = label;
        prev_end = x.end;
    }
}

/// "Pew Research Center", "Tax Policy Center": a centre that is an
/// institution, not a building ("World Trade Center", "Convention Centre").
fn is_think_tank(name: &str) -> bool {
    let mut w = name.rsplit(' ');
    matches!(w.next(), Some("Center" | "Centre"))
        && w.next().is_some_and(|p| has(words::THINK_TANK_WORDS, p))
}

/// "Los Angeles Lakers", "Texas Rangers", "Leeds United": a known place and
/// a capitalised plural (or a football club's word) read as a place is a
/// team, an organisation; so is any name ending in a club's word read as a
/// person or another name ("Ashby Rovers" is no person), unless it is a
/// known place.
fn is_team(name: &str, label: Label) -> bool {
    let Some((place, last)) = name.rsplit_once(' ') else {
        return false;
    };
    // ("Leicester City", "Luton Town": a town known as a club's name)
    let club = has(words::CLUB_WORDS, last)
        || matches!(last, "City" | "Town") && gazetteer::lookup_name(place).contains(Lex::G_ORG);
    let placed = label == Label::Loc
        && (club
            || last.len() > 3
                && words::looks_plural(last)
                && last.chars().next().is_some_and(char::is_uppercase)
                && !has(words::PLACE_PLURALS, last))
        && gazetteer::lookup_name(place).contains(Lex(Lex::CITY.0 | Lex::STATE.0));
    (placed || club && label != Label::Org) && !gazetteer::lookup_name(name).contains(Lex::PLACE)
}

/// "Denver Sun", "Sunday Times": a known place (or a day or time of
/// publication) and a newspaper's last word name a newspaper ("Jim Courier"
/// does not).
fn is_newspaper(name: &str) -> bool {
    let Some((rest, last)) = name.rsplit_once(' ') else {
        return false;
    };
    has(words::PAPER_HEADS, last)
        && (rest
            .split(' ')
            .next()
            .is_some_and(|w| has(words::PAPER_FIRST_WORDS, w))
            || gazetteer::lookup_name(rest)
                .contains(Lex(Lex::CITY.0 | Lex::STATE.0 | Lex::COUNTRY.0)))
}

/// The label a name of two or more words takes from its last word, when
/// the tagger's `label` cannot be right, and the rule that says so: a team
/// or a newspaper is an organisation; an organisation's head word overrides
/// a person, place or other name; a place's head word a person or other
/// name; a law's or treaty's a person, organisation or place. `None`: keep
/// the label.
pub(super) fn head_label(cx: &Cx, name: &str, label: Label) -> Option<(Label, EntityRule)> {
    let (_, last) = name.rsplit_once(' ')?;
    if cx.on(TeamOrg) && is_team(name, label) {
        return Some((Label::Org, TeamOrg));
    }
    if cx.on(NewspaperOrg) && label != Label::Org && is_newspaper(name) {
        return Some((Label::Org, NewspaperOrg));
    }
    if cx.on(CompetitionMisc) && label != Label::Misc && is_competition(name) {
        return Some((Label::Misc, CompetitionMisc));
    }
    if !cx.on(HeadWordLabel) {
        return None;
    }
    // a known place keeps its kind whatever its last word ("West Bank")
    let place = || gazetteer::lookup_name(name).contains(Lex(Lex::PLACE.0 | Lex::REGION.0));
    let kind = if has(words::ORG_HEADS, last)
        && matches!(label, Label::Person | Label::Loc | Label::Misc)
        && !place()
    {
        Label::Org
    } else if is_place_head(last) && matches!(label, Label::Person | Label::Misc)
        || has(words::FACILITY_HEADS, last) && label != Label::Loc && !is_think_tank(name)
    {
        Label::Loc
    } else if has(words::MISC_HEADS, last)
        && matches!(label, Label::Person | Label::Org | Label::Loc)
    {
        Label::Misc
    } else {
        return None;
    };
    Some((kind, HeadWordLabel))
}

/// Gives each name the label its last word calls for ([`head_label`]).
pub fn label_by_heads(cx: &Cx, names: &mut [Span]) {
    // "Downing Street said": a seat of government speaks for it, whatever its last word
    for x in names.iter_mut().filter(|x| !x.why.has(SeatOfGovernment)) {
        if let Some((label, rule)) = head_label(cx, &cx.text[x.start..x.end], x.label) {
            x.label = label;
            x.why.add(rule);
        }
    }
}

/// "Danish" + "Broadcasting Corporation": a nationality just before an
/// organisation's name opens that name ("Italian Socialist Party" too),
/// unless the rest is a ministry or office known from the lexicon
/// ("Turkish" + "Foreign Ministry", as CoNLL keeps them); so does one
/// before a competition's ("Dutch" + "Grand Prix"). `names` are ordered,
/// and so is the result.
pub fn join_nationality_orgs(cx: &Cx, names: Vec<Span>) -> Vec<Span> {
    if !cx.on(OrgNationalityOpener) && !cx.on(CompetitionNationalityOpener) {
        return names;
    }
    let mut out: Vec<Span> = Vec::with_capacity(names.len());
    for x in names {
        if let Some(last) = out.last_mut() {
            let rest = &cx.text[x.start..x.end];
            let head = || rest.rsplit(' ').next().unwrap_or("");
            // (a party word opens a party's name: "Democratic" + "Unionist Party")
            let nationality =
                || head() == "Party" || !has(words::PARTY_WORDS, &cx.text[last.start..last.end]);
            let known = || gazetteer::lookup_name(rest).contains(Lex::ANY_ORG);
            let before = last.label == Label::Norp
                && nationality()
                && !cx.text[last.start..last.end].contains(' ')
                && cx.text.get(last.end..x.start) == Some(" ");
            let opener = before
                && cx.on(OrgNationalityOpener)
                && x.label == Label::Org
                && (rest.contains(' ') || has(words::ORG_HEADS, rest))
                && !(has(words::DEPARTMENT_HEADS, head()) && known());
            if opener {
                last.join(x, Label::Org, OrgNationalityOpener);
                continue;
            }
            // (not a cup named after a person, nor the World Cup: "the
            // Australian Davis Cup captain", "the French World Cup squad"
            // are a country's side in it)
            let first = rest.split(' ').next().unwrap_or("");
            let event = before
                && cx.on(CompetitionNationalityOpener)
                && x.label == Label::Misc
                && (is_competition(rest) || has(words::COMPETITION_HEADS, rest))
                && first != "World"
                && !gazetteer::lookup_name(first).contains(Lex(Lex::FIRST.0 | Lex::LAST.0));
            if event {
                last.join(x, Label::Misc, CompetitionNationalityOpener);
                continue;
            }
        }
        out.push(x);
    }
    out
}
