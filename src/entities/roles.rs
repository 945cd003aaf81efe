//! Roles tied to people: pre-modifiers ("Kremlin spokesman Dmitry Peskov"),
//! appositions after the name ("Yuri Ushakov, a foreign policy adviser to
//! Putin", "Jared Kushner, President Donald Trump’s son-in-law") and before it
//! ("the head of Ukraine’s negotiating team, Rustem Umerov").
//!
//! Each person mention is looked at once, with a bounded window: linear time.

use super::rules::EntityRule::{self, *};
use super::span::Cx;
use crate::rules::Why;
use crate::segment::{Document, TokenKind};
use crate::types::{Label, Mention, Role};
use crate::words::{Lower, Words};

/// The most words of a role phrase read before or after a name.
const ROLE_WORDS: usize = 5;
/// The most capitalised words after "of" in a role before a name
/// ("Secretary of State John Kerry").
const HEAD_OF_WORDS: usize = 3;
/// How far before a comma an apposition's determiner is looked for.
const APPOSITION_BEFORE: usize = 10;
/// How far after "a" or "the" an apposition's possessor is looked for
/// ("President Donald Trump’s son-in-law").
const POSSESSOR_REACH: usize = 6;

/// Nouns that head a role phrase (lowercase; hyphenated compounds whole).
pub const ROLE_HEADS: Words = words![
    "activist",
    "administrator",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "attorney",
    "author",
    "bishop",
    "boss",
    "brother",
    "candidate",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "cleric",
    "co-founder",
    "coach",
    "colonel",
    "commander",
    "commentator",
    "commissioner",
    "congressman",
    "congresswoman",
    "correspondent",
    "councillor",
    "councilman",
    "councilwoman",
    "counsel",
    "counselor",
    "crown",
    "daughter",
    "daughter-in-law",
    "deputy",
    "dictator",
    "diplomat",
    "director",
    "economist",
    "editor",
    "emir",
    "envoy",
    "executive",
    "expert",
    "father",
    "father-in-law",
    "founder",
    "general",
    "governor",
    "head",
    "host",
    "husband",
    "imam",
    "inspector",
    "investigator",
    "journalist",
    "judge",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "lieutenant",
    "lobbyist",
    "major",
    "manager",
    "mayor",
    "mediator",
    "minister",
    "monarch",
    "mother",
    "negotiator",
    "officer",
    "official",
    "owner",
    "partner",
    "pope",
    "premier",
    "president",
    "president-elect",
    "prince",
    "princess",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "reporter",
    "representative",
    "researcher",
    "ruler",
    "scientist",
    "secretary",
    "secretary-general",
    "senator",
    "sergeant",
    "sheikh",
    "sister",
    "son",
    "son-in-law",
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "sultan",
    "superintendent",
    "treasurer",
    "vice-president",
    "wife",
];

/// Words that may modify a role head ("special envoy", "foreign policy adviser").
const MODIFIERS: Words = words![
    "acting",
    "agriculture",
    "army",
    "assistant",
    "associate",
    "attorney",
    "campaign",
    "chief",
    "city",
    "club",
    "communications",
    "county",
    "culture",
    "defence",
    "defense",
    "deputy",
    "district",
    "economic",
    "economy",
    "education",
    "energy",
    "environment",
    "executive",
    "federal",
    "finance",
    "fire",
    "first",
    "foreign",
    "foreign-policy",
    "former",
    "general",
    "health",
    "high",
    "house",
    "incoming",
    "intelligence",
    "interim",
    "interior",
    "joint",
    "justice",
    "labor",
    "labour",
    "lead",
    "legal",
    "longtime",
    "majority",
    "managing",
    "media",
    "military",
    "minority",
    "national",
    "navy",
    "new",
    "opposition",
    "outgoing",
    "party",
    "police",
    "policy",
    "political",
    "presidential",
    "press",
    "prime",
    "principal",
    "regional",
    "security",
    "senior",
    "special",
    "sports",
    "state",
    "supreme",
    "team",
    "top",
    "trade",
    "transport",
    "union",
    "veteran",
    "vice",
    "white",
];

/// The word at token `j`, joined with glued hyphenated parts ("son-in-law"):
/// (lowercase word, end token).
fn word_at(doc: &Document, j: usize) -> (String, usize) {
    let n = doc.tokens.len();
    let mut w = doc.word(j).folded();
    let mut e = j + 1;
    while e + 1 < n
        && doc.word(e) == "-"
        && !doc.tokens[e].space_before
        && !doc.tokens[e + 1].space_before
        && doc.tokens[e + 1].kind == TokenKind::Word
    {
        w.push('-');
        w.push_str(&doc.word(e + 1).folded());
        e += 2;
    }
    (w, e)
}

fn is_head(w: &str) -> bool {
    ROLE_HEADS.has(w)
}

fn is_modifier(w: &str) -> bool {
    MODIFIERS.has(w) || is_head(w)
}

/// Finds the roles of the person mentions, each with the rule that found
/// it. `in_mention[i]` is true when a mention covers token `i` (a flag
/// rather than the mention's number: a byte a token, at the memory peak).
pub fn find(cx: &Cx, mentions: &[Mention], in_mention: &[bool]) -> Vec<(Role, Why<EntityRule>)> {
    let doc: &Document = cx;
    let mut roles = Vec::new();
    let n = doc.tokens.len();
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        let first = doc.token_at(m.start);
        let mut last = first;
        while last + 1 < n && doc.tokens[last + 1].end <= m.end {
            last += 1;
        }
        let sent = doc.sentence_of(first);
        let s_range = doc
            .sentences
            .get(sent)
            .map(|s| s.tokens.clone())
            .unwrap_or(0..n);
        // 1. pre-modifier: "Kremlin spokesman Dmitry Peskov"
        if first > s_range.start {
            let mut j = first;
            let mut start = None;
            let mut steps = 0;
            while cx.on(RoleTitleBefore) && j > s_range.start && steps < ROLE_WORDS {
                let k = j - 1;
                if in_mention[k] || doc.tokens[k].kind != TokenKind::Word {
                    break;
                }
                let w = doc.word(k).folded();
                let ok = if start.is_none() {
                    is_head(&w)
                } else {
                    is_modifier(&w)
                };
                if !ok {
                    break;
                }
                start = Some(k);
                j = k;
                steps += 1;
            }
            let mut rule = RoleTitleBefore;
            // "Secretary of State John Kerry": a head, "of" and capitalised words
            if start.is_none() && cx.on(RoleHeadOf) {
                let mut k = first;
                while k > s_range.start
                    && first - k < HEAD_OF_WORDS
                    && !in_mention[k - 1]
                    && doc.tokens[k - 1].kind == TokenKind::Word
                    && doc
                        .word(k - 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                {
                    k -= 1;
                }
                if k < first
                    && k >= s_range.start + 2
                    && doc.word(k - 1) == "of"
                    && !in_mention[k - 2]
                    && is_head(&doc.word(k - 2).folded())
                {
                    start = Some(k - 2);
                    rule = RoleHeadOf;
                }
            }
            if let Some(s) = start {
                push(doc, &mut roles, s, first, m.id, rule);
                continue;
            }
        }
        // 2. apposition after: "Yuri Ushakov, a foreign policy adviser to Putin,"
        if cx.on(RoleAppositionAfter) && last + 2 < s_range.end && doc.word(last + 1) == "," {
            let mut j = last + 2;
            if matches!(
                doc.word(j).folded().as_str(),
                "a" | "an" | "the" | "his" | "her" | "its" | "their"
            ) {
                j += 1;
            }
            // a possessor: "President Donald Trump’s"
            let mut k = j;
            while k < s_range.end && k < j + POSSESSOR_REACH {
                let w = doc.word(k);
                if w == "’s" || w == "'s" {
                    if in_mention[k - 1] {
                        j = k + 1;
                    }
                    break;
                }
                if doc.tokens[k].kind != TokenKind::Word {
                    break;
                }
                k += 1;
            }
            let start = j;
            let mut end = j;
            let mut head_end = None;
            let mut steps = 0;
            while end < s_range.end && steps < ROLE_WORDS {
                if in_mention[end] || doc.tokens[end].kind != TokenKind::Word {
                    break;
                }
                let (w, e) = word_at(doc, end);
                if !(w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'')
                    || is_modifier(&w))
                {
                    break;
                }
                if matches!(
                    w.as_str(),
                    "to" | "of" | "for" | "at" | "in" | "and" | "who" | "which" | "said" | "says"
                ) {
                    break;
                }
                end = e;
                if is_head(&w) {
                    head_end = Some(e);
                }
                steps += 1;
            }
            if let Some(e) = head_end {
                if e == end {
                    push(doc, &mut roles, start, e, m.id, RoleAppositionAfter);
                    continue;
                }
            }
        }
        // 3. apposition before: "the head of Ukraine’s negotiating team, Rustem Umerov"
        if cx.on(RoleAppositionBefore) && first >= s_range.start + 3 && doc.word(first - 1) == "," {
            let comma = first - 1;
            let lo = comma.saturating_sub(APPOSITION_BEFORE).max(s_range.start);
            // the nearest determiner before the comma, else the nearest
            // possessive: "Mr Hughes's lawyer, Sarah Jones"
            let (mut det, mut possessor, mut bracketed) = (None, None, false);
            for k in (lo..comma).rev() {
                let w = doc.word(k).folded();
                if matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                ) {
                    det = Some(k + 1);
                    break;
                }
                if matches!(w.as_str(), "," | "." | ";") {
                    break;
                }
                // (not inside brackets: "(Kennedy's Secretary of State), Lucius Clay")
                bracketed |= w == ")";
                if !bracketed && possessor.is_none() && matches!(w.as_str(), "'s" | "’s") {
                    possessor = Some(k + 1);
                }
            }
            let det = det.or(possessor);
            if let Some(mut s) = det {
                // a possessor: "the company’s chief executive"
                if s + 2 < comma && matches!(doc.word(s + 1), "’s" | "'s") {
                    s += 2;
                }
                if s < comma {
                    let (w, _) = word_at(doc, s);
                    let (w2, _) = if s + 1 < comma {
                        word_at(doc, s + 1)
                    } else {
                        (String::new(), s)
                    };
                    if is_head(&w) || (is_modifier(&w) && is_head(&w2)) {
                        push(doc, &mut roles, s, comma, m.id, RoleAppositionBefore);
                    }
                }
            }
        }
    }
    crate::sort::sort_by_offset(&mut roles, |r| r.0.start);
    roles
}

fn push(
    doc: &Document,
    roles: &mut Vec<(Role, Why<EntityRule>)>,
    s: usize,
    e: usize,
    person: u32,
    rule: EntityRule,
) {
    let start = doc.tokens[s].start;
    let end = doc.tokens[e - 1].end;
    // its words with one space between them
    let mut role = String::with_capacity(end - start);
    for w in doc.text[start..end].split_whitespace() {
        if !role.is_empty() {
            role.push(' ');
        }
        role.push_str(w);
    }
    roles.push((
        Role {
            start,
            end,
            role,
            person,
            why: Vec::new(),
        },
        Why::by(rule),
    ));
}
