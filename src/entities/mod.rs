//! Entities: mentions, their grouping into entities, and roles.
//!
//! Names (PERSON, ORG, LOC, MISC) come from a learned tagger ([`tagger`]:
//! an averaged perceptron trained on CoNLL-2003's training split); MISC
//! spans that are nationalities or religious/political groups become NORP
//! ([`lexicon`]). DATE, TIME, MONEY and PERCENT come from scanners
//! ([`numeric`]). Mentions are then grouped ("Putin", "Vladimir Putin"; "U.S.",
//! "United States"; an acronym defined in the text joins its long form) and
//! roles are tied to people ([`roles`]).
//!
//! ```
//! let doc = newsmark::segment::segment("Russian President Vladimir Putin met U.S. President Donald Trump on Friday. Putin left.");
//! let layer = newsmark::entities::recognise(&doc);
//! let people: Vec<&str> = layer.groups.iter()
//!     .filter(|g| g.label == newsmark::Label::Person)
//!     .map(|g| g.name.as_str()).collect();
//! assert_eq!(people, ["Vladimir Putin", "Donald Trump"]);
//! let putin = layer.groups.iter().find(|g| g.name == "Vladimir Putin").unwrap();
//! assert_eq!(putin.mentions, 2);
//! ```

mod fx;
pub mod lexicon;
pub mod numeric;
pub mod roles;
pub mod tagger;

use std::collections::HashMap;

use crate::segment::{is_dash_word, Document, TokenKind};
use crate::types::{Entity, Label, Mention, Role};
use lexicon::Lex;
use tagger::Kind;

/// A hint of a person's gender, from the given name in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// The given name is a man's name.
    Male,
    /// The given name is a woman's name.
    Female,
    /// No given name, or one used for both.
    Unknown,
}

/// The entity layer of a document: what [`recognise`] returns.
#[derive(Clone, Debug, Default)]
pub struct EntityLayer {
    /// Mentions, ordered by start, not overlapping.
    pub mentions: Vec<Mention>,
    /// Entities, `groups[i].id == i`.
    pub groups: Vec<Entity>,
    /// Roles tied to people, ordered by start.
    pub roles: Vec<Role>,
    /// For each entity in `groups` (same index), a gender hint; `Unknown`
    /// for everything that is not a person.
    pub genders: Vec<Gender>,
}

impl EntityLayer {
    /// The mention that starts at or contains byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.end <= offset);
        self.mentions.get(i).filter(|m| m.start <= offset)
    }

    /// The person holding a role whose head word is `role_head`
    /// (case-insensitive: "spokesman", "adviser", "President"): the first
    /// such role in the text. For "the spokesman said" → Dmitry Peskov's id.
    ///
    /// ```
    /// let doc = newsmark::segment::segment("Kremlin spokesman Dmitry Peskov spoke. The spokesman left.");
    /// let layer = newsmark::entities::recognise(&doc);
    /// let id = layer.person_with_role("spokesman").unwrap();
    /// assert_eq!(layer.groups[id as usize].name, "Dmitry Peskov");
    /// assert_eq!(layer.person_with_role("senator"), None);
    /// ```
    pub fn person_with_role(&self, role_head: &str) -> Option<u32> {
        self.roles
            .iter()
            .find(|r| role_matches(&r.role, role_head))
            .map(|r| r.person)
    }

    /// Like [`person_with_role`](Self::person_with_role), but the nearest role
    /// that starts before byte `offset` (for resolving "the spokesman" where
    /// several people share a role word).
    pub fn person_with_role_before(&self, role_head: &str, offset: usize) -> Option<u32> {
        self.roles
            .iter()
            .rev()
            .filter(|r| r.start < offset)
            .find(|r| role_matches(&r.role, role_head))
            .map(|r| r.person)
    }
}

/// Does role text `role` have `head` as its head word (or, for role phrases
/// like "head of Ukraine’s negotiating team", as its first word)?
fn role_matches(role: &str, head: &str) -> bool {
    let head = head.trim();
    let before_of = role.split(" of ").next().unwrap_or(role);
    let last = before_of.rsplit([' ', '-']).next().unwrap_or(before_of);
    let whole_last = before_of.rsplit(' ').next().unwrap_or(before_of);
    last.eq_ignore_ascii_case(head) || whole_last.eq_ignore_ascii_case(head)
}

/// Titles dropped from the front of a person's name.
const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sir",
    "dame",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen.",
    "sen.",
    "rep.",
    "gov.",
    "lt.",
    "col.",
    "capt.",
    "rev.",
    "president",
    "king",
    "queen",
    "pope",
    "prince",
    "princess",
    "minister",
    "chancellor",
    "premier",
    "senator",
    "governor",
    "mayor",
    "judge",
    "general",
    "coach",
    "secretary",
    "ambassador",
    "sheikh",
    "chair",
    "chairman",
    "chairwoman",
    "speaker",
    "chief",
    "justice",
    "commissioner",
    "deputy",
    "vice",
    "professor",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "emir",
    "sgt.",
    "cpl.",
    "adm.",
    "maj.",
    "sheriff",
    "ceo",
    "administrator",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "inspector",
    "detective",
    "superintendent",
    "attorney",
    "councillor",
    "councilman",
    "councilwoman",
    "congressman",
    "congresswoman",
];

/// Is `w` one of [`TITLES`], in any case? (No allocation: this runs for
/// most names.)
fn is_title(w: &str) -> bool {
    w.len() <= 14 && TITLES.iter().any(|t| t.eq_ignore_ascii_case(w))
}

/// Capitalised words that open sentences and are never inside a name (but
/// for a last "A": "Group A").
const OPENERS: &[&str] = &[
    "The",
    "In",
    "A",
    "An",
    "On",
    "At",
    "This",
    "These",
    "That",
    "He",
    "She",
    "It",
    "They",
    "We",
    "But",
    "Its",
    "His",
    "Her",
    "Their",
    "After",
    "When",
    "While",
    "Meanwhile",
    "However",
];

/// Finds the entity mentions in `doc`, groups them and ties roles to people.
///
/// Never panics; linear in the number of tokens.
pub fn recognise(doc: &Document) -> EntityLayer {
    let tagged = tagger::tag_scored(doc);
    let mut names: Vec<(usize, usize, Label)> = Vec::with_capacity(tagged.spans.len());
    let mut kinds: Vec<[f32; 4]> = Vec::with_capacity(tagged.spans.len());
    for (s, k) in tagged.spans.into_iter().zip(tagged.scores) {
        if let Some(x) = clean_span(doc, s) {
            names.push(x);
            kinds.push(k);
        }
    }
    orphan_people(doc, &mut names, &kinds);
    let mut names = extend_to_heads(doc, &split_trailing_people(doc, &split_pairs(doc, names)));
    drop_common_openers(doc, &mut names);
    lone_heads(doc, &mut names);
    for x in names.iter_mut() {
        if let Some(l) = head_label(&doc.text[x.0..x.1], x.2) {
            x.2 = l;
        }
    }
    let mut fixed = datelines(doc);
    fixed.extend(companies(doc));
    fixed.extend(headed_orgs(doc, &names));
    fixed.extend(known_orgs(doc, &tagged.orgs, &names));
    fixed.extend(untagged_heads(doc, &names));
    fixed.sort_by_key(|f| f.0);
    fixed.dedup_by(|b, a| b.0 < a.1);
    let mut spans: Vec<(usize, usize, Label)> = Vec::with_capacity(names.len() + 16);
    let mut f = fixed.iter().peekable();
    for x in names {
        {
            // "George" + "W. Bush": two person spans with only a space between are one name
            if let Some(l) = spans.last_mut() {
                let initial = {
                    let w = &doc.text[x.0..x.1];
                    let b = w.as_bytes();
                    b.len() > 2 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2] == b' '
                };
                // "LeBron" + "James": an unknown word read apart as another
                // kind before a person is the person's given name
                let given = l.2 != Label::Person && x.2 == Label::Person && {
                    let w = &doc.text[l.0..l.1];
                    !w.contains(' ')
                        && w.as_bytes()
                            .windows(2)
                            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
                        && !lexicon::lookup(&key_of(w))
                            .contains(Lex(Lex::PLACE.0 | Lex::ORG.0 | Lex::G_ORG.0))
                };
                // "Nikolaus" + "van" + "der Pas", "Cesare" + "dal" + "Maso": a
                // name, particles of names and a name make one person
                let particles = l.1 < x.0
                    && {
                        let gap = doc.text.get(l.1..x.0).unwrap_or("");
                        let mut words = gap.split(' ').filter(|w| !w.is_empty()).peekable();
                        gap.starts_with(' ')
                            && gap.ends_with(' ')
                            && words.peek().is_some()
                            && words.all(|w| NAME_PARTICLES.contains(&w))
                    }
                    && !doc.text[l.0..l.1].contains(' ')
                    && (x.2 == Label::Person
                        || lexicon::lookup(&key_of(&doc.text[l.0..l.1])).contains(Lex::FIRST));
                if particles {
                    l.1 = x.1;
                    l.2 = Label::Person;
                    continue;
                }
                if (l.2 == Label::Person && (x.2 == Label::Person || initial) || given)
                    && doc.text.get(l.1..x.0) == Some(" ")
                {
                    l.1 = x.1;
                    l.2 = Label::Person;
                    continue;
                }
            }
            while let Some(&&d) = f.peek() {
                if d.1 <= x.0 {
                    spans.push(d);
                    f.next();
                } else {
                    break;
                }
            }
            if spans.last().map_or(true, |l| l.1 <= x.0) && f.peek().map_or(true, |d| x.1 <= d.0) {
                spans.push(x);
            }
        }
    }
    spans.extend(f.copied());
    // numeric entities fill the gaps; one with digits wins over a name it overlaps
    let nums = numeric::scan(doc);
    let mut merged: Vec<(usize, usize, Label)> = Vec::with_capacity(spans.len() + nums.len());
    let mut a = spans.into_iter().peekable();
    let mut b = nums.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (Some(x), Some(y)) => {
                if x.1 <= y.0 {
                    a.next()
                } else if y.1 <= x.0 {
                    b.next()
                } else {
                    // overlap
                    let digits = doc.text[y.0..y.1].bytes().any(|c| c.is_ascii_digit());
                    if digits {
                        a.next();
                        b.next()
                    } else {
                        b.next();
                        a.next()
                    }
                }
            }
        };
        if let Some(x) = next {
            if merged.last().map_or(true, |l| l.1 <= x.0) {
                merged.push(x);
            }
        }
    }
    let merged = people_named_elsewhere(doc, merged);
    let mut layer = group(doc, &merged);
    let mut of_token = vec![None; doc.tokens.len()];
    for (k, m) in layer.mentions.iter().enumerate() {
        let mut i = doc.token_at(m.start);
        while i < doc.tokens.len() && doc.tokens[i].start < m.end {
            of_token[i] = Some(k);
            i += 1;
        }
    }
    layer.roles = roles::find(doc, &layer.mentions, &of_token);
    layer
}

/// "Olivetti", "Novartis": a one-word name tagged as a person that is no
/// known given name or surname and no part of a fuller person's name in the
/// document is most often an organisation or a place the model did not
/// know: it takes the kind the model scored next best (`kinds`, in
/// [`tagger::Kind`] order), when that came within [`ORPHAN_MARGIN`] of it.
fn orphan_people(doc: &Document, names: &mut [(usize, usize, Label)], kinds: &[[f32; 4]]) {
    let text = doc.text;
    // the words of fuller names, as written, by hash (no allocation per name)
    let hash = |w: &str| fx::Fx::new(2).bytes(w.as_bytes()).full();
    let mut parts: HashMap<u64, u8, fx::FxBuild> = HashMap::default();
    for &(s, e, l) in names.iter() {
        if l == Label::Person && text[s..e].contains(' ') {
            for w in text[s..e].split(' ') {
                parts.insert(hash(w), 1);
            }
        }
    }
    let person = Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::G_PER.0 | Lex::PEOPLE.0);
    for (x, k) in names.iter_mut().zip(kinds) {
        let (s, e, l) = *x;
        let word = &text[s..e];
        if l != Label::Person || word.contains(['.', '-']) {
            continue;
        }
        let several = word.contains(' ');
        // "Crisis Crew", "Nairobi Quexel": no word of a person's name, and one
        // that is a common word or a place
        if several
            && !(word
                .split(' ')
                .all(|w| !lexicon::lookup(&key_of(w)).contains(person))
                && word.split(' ').any(|w| {
                    !NAME_PARTICLES.contains(&key_of(w).as_str())
                        && lexicon::lookup(&key_of(w)).contains(Lex(Lex::COMMON.0
                            | Lex::PLACE.0
                            | Lex::ORG.0
                            | Lex::G_ORG.0
                            | Lex::G_LOC.0))
                }))
        {
            continue;
        }
        // "Zorbatz said", "President Zorbatz": a person after all
        let k0 = doc.token_at(s);
        let k1 = doc.token_at(e.saturating_sub(1)) + 1;
        let said = k1 < doc.tokens.len()
            && matches!(
                doc.word(k1),
                "said" | "says" | "told" | "added" | "asked" | "wrote" | "stated" | "declared"
            );
        let titled = k0 > 0 && is_title(doc.word(k0 - 1));
        if said
            || titled
            || parts.contains_key(&hash(word))
            || lexicon::lookup(&key_of(word)).contains(person)
        {
            continue;
        }
        let (mut best, mut label) = (f32::NEG_INFINITY, Label::Person);
        for (v, l) in [(k[1], Label::Org), (k[2], Label::Loc), (k[3], Label::Misc)] {
            if v > best {
                best = v;
                label = l;
            }
        }
        if best > k[0] - ORPHAN_MARGIN {
            x.2 = label;
        }
    }
}

/// Small words inside people's names: "Johan de Kock", "Veerle De Jaeghere".
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "bin", "ibn",
    "al", "el", "abu", "ben", "mac", "st",
];

/// Last words that make a name an organisation ("World Health
/// Organisation", "Indonesian Navy", "Labour Party").
const ORG_HEADS: &[&str] = &[
    "Organisation",
    "Organization",
    "Foundation",
    "Party",
    "University",
    "College",
    "Institute",
    "Agency",
    "Corporation",
    "Council",
    "Society",
    "Association",
    "Committee",
    "Commission",
    "Church",
    "Army",
    "Navy",
    "Force",
    "Ministry",
    "Department",
    "Herald",
    "Post",
    "Group",
    "Company",
    "Authority",
    "Court",
    "Parliament",
    "Club",
    "Conference",
    "Democrats",
    "Republicans",
    "Service",
    "Bureau",
    "Board",
    "Fund",
    "Coalition",
    "Alliance",
    "Movement",
    "Police",
    "Assembly",
    "Academy",
    "School",
    "Airlines",
    "Airways",
    "Bancorp",
];

/// Last words that make a name a place ("Lake Geneva", "Royal Free
/// Hospital"), besides the buildings of [`FACILITY_HEADS`]: see
/// [`is_place_head`].
const LOC_HEADS: &[&str] = &[
    "Base",
    "Island",
    "Islands",
    "River",
    "Mountains",
    "Lake",
    "Valley",
    "Province",
    "County",
    "Region",
    "Planetarium",
    "Hospital",
];

/// Last words of buildings and other facilities, which are places even
/// when the tagger took them for organisations: "Wembley Stadium",
/// "Kennedy Airport", "Union Station", "Natural History Museum".
const FACILITY_HEADS: &[&str] = &[
    "Stadium",
    "Arena",
    "Airport",
    "Station",
    "Museum",
    "Street",
    "Avenue",
    "Road",
    "Bridge",
    "Square",
    "Mosque",
    "Cathedral",
    "Tower",
    "Towers",
    "Hotel",
    "Center",
    "Centre",
];

/// Is `w` the last word of a place's name: a building's ([`FACILITY_HEADS`])
/// or another place's ([`LOC_HEADS`])?
fn is_place_head(w: &str) -> bool {
    FACILITY_HEADS.contains(&w) || LOC_HEADS.contains(&w)
}

/// Is `w` the last word of an organisation's or a place's name?
fn is_head(w: &str) -> bool {
    ORG_HEADS.contains(&w) || is_place_head(w)
}

/// "Pew Research Center", "Tax Policy Center": a centre that is an
/// institution, not a building ("World Trade Center", "Convention Centre").
fn is_think_tank(name: &str) -> bool {
    let mut w = name.rsplit(' ');
    matches!(w.next(), Some("Center" | "Centre"))
        && matches!(
            w.next(),
            Some("Research" | "Policy" | "Legal" | "Survey" | "Studies" | "Rights" | "Resource")
        )
}

/// Plural last words of places: "Niagara Falls", "Palm Springs" (not teams).
const PLACE_PLURALS: &[&str] = &[
    "Falls",
    "Heights",
    "Springs",
    "Hills",
    "Woods",
    "Lakes",
    "Keys",
    "Highlands",
    "Plains",
    "Gardens",
    "Rapids",
    "Islands",
    "Mountains",
    "Isles",
    "Territories",
    "Emirates",
    "States",
];

/// Last words that make a name a law, treaty or the like (MISC): "Clean Air
/// Act", "Paris Agreement".
const MISC_HEADS: &[&str] = &[
    "Act",
    "Treaty",
    "Agreement",
    "Accord",
    "Accords",
    "Doctrine",
    "Amendment",
    "Protocol",
];

/// "Los Angeles Lakers", "Texas Rangers", "Leeds United": a known place and
/// a capitalised plural (or a football club's word) is a team, an
/// organisation.
fn is_team(name: &str) -> bool {
    let Some((place, last)) = name.rsplit_once(' ') else {
        return false;
    };
    let club = matches!(
        last,
        "United" | "Rovers" | "Wanderers" | "Hotspur" | "Argyle" | "Athletic" | "Albion"
    );
    (club
        || last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && last.chars().next().is_some_and(char::is_uppercase)
            && !PLACE_PLURALS.contains(&last))
        && !lexicon::lookup(&key_of(name)).contains(Lex::PLACE)
        && lexicon::lookup(&key_of(place)).contains(Lex(Lex::CITY.0 | Lex::STATE.0))
}

/// Last words of newspapers' names: "Denver Sun", "Daily Mail".
const PAPER_HEADS: &[&str] = &[
    "Times",
    "Sun",
    "Star",
    "Journal",
    "Tribune",
    "Gazette",
    "Globe",
    "Chronicle",
    "Telegraph",
    "Guardian",
    "Observer",
    "Mail",
    "Express",
    "Mirror",
    "News",
    "Examiner",
    "Inquirer",
    "Courier",
    "Register",
    "Bulletin",
    "Dispatch",
    "Sentinel",
    "Post",
    "Herald",
];

/// "Denver Sun", "Sunday Times": a known place (or a day or time of
/// publication) and a newspaper's last word name a newspaper ("Jim Courier"
/// does not).
fn is_newspaper(name: &str) -> bool {
    let Some((rest, last)) = name.rsplit_once(' ') else {
        return false;
    };
    PAPER_HEADS.contains(&last)
        && (matches!(
            rest.split(' ').next(),
            Some("Daily" | "Sunday" | "Evening" | "Morning" | "Financial")
        ) || lexicon::lookup(&key_of(rest))
            .contains(Lex(Lex::CITY.0 | Lex::STATE.0 | Lex::COUNTRY.0)))
}

/// The label a name of two or more words takes from its last word, when
/// the tagger's `label` cannot be right: an organisation's head word
/// overrides a person, place or other name; a place's head word a person
/// or other name; a law's or treaty's a person, organisation or place.
/// `None`: keep the label.
fn head_label(name: &str, label: Label) -> Option<Label> {
    let (_, last) = name.rsplit_once(' ')?;
    if label == Label::Loc && is_team(name) || label != Label::Org && is_newspaper(name) {
        return Some(Label::Org);
    }
    if ORG_HEADS.contains(&last) && matches!(label, Label::Person | Label::Loc | Label::Misc) {
        Some(Label::Org)
    } else if is_place_head(last) && matches!(label, Label::Person | Label::Misc)
        || FACILITY_HEADS.contains(&last) && label != Label::Loc && !is_think_tank(name)
    {
        Some(Label::Loc)
    } else if MISC_HEADS.contains(&last) && matches!(label, Label::Person | Label::Org | Label::Loc)
    {
        Some(Label::Misc)
    } else {
        None
    }
}

/// "Copper prices rose ... the price of copper": a one-word name
/// that opens a sentence, is in no name list, and is written in lower case
/// elsewhere in the document is a common word, not a name.
fn drop_common_openers(doc: &Document, names: &mut Vec<(usize, usize, Label)>) {
    let hash = |w: &str| fx::Fx::new(3).bytes(w.as_bytes()).full();
    let lower: std::collections::HashSet<u64, fx::FxBuild> = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(k, _)| doc.word(k))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(hash)
        .collect();
    if lower.is_empty() {
        return;
    }
    let known = Lex(Lex::FIRST.0
        | Lex::LAST.0
        | Lex::PLACE.0
        | Lex::NORP.0
        | Lex::ORG.0
        | Lex::PEOPLE.0
        | Lex::GAZETTEER.0);
    names.retain(|&(s, e, _)| {
        let word = &doc.text[s..e];
        let k = doc.token_at(s);
        if word.contains([' ', '.', '-']) || k + 1 != doc.token_at(e) {
            return true;
        }
        // first in its sentence, after any opening quote or bracket
        let opens = (doc.sentences[doc.sentence_of(k)].tokens.start..k)
            .all(|j| doc.tokens[j].kind == TokenKind::Punct);
        let low = word.to_lowercase();
        !(opens && lower.contains(&hash(&low)) && !lexicon::lookup(&low).contains(known))
    });
}

/// "Reuters and Bloomberg", "France and Germany": a name of two known
/// names joined by "and" is two names, each with its known kind (a place,
/// or else an organisation), unless the whole is a known name too. `names`
/// are ordered; so are the names returned.
fn split_pairs(doc: &Document, names: Vec<(usize, usize, Label)>) -> Vec<(usize, usize, Label)> {
    let known = |s: usize, e: usize| {
        let l = lexicon::lookup(&key_of(&doc.text[s..e]));
        if l.contains(Lex::PLACE) {
            Some(Label::Loc)
        } else if l.contains(Lex(Lex::ORG.0 | Lex::G_ORG.0)) {
            Some(Label::Org)
        } else {
            None
        }
    };
    let mut out = Vec::with_capacity(names.len());
    for (s, e, l) in names {
        let (i, j) = (doc.token_at(s), doc.token_at(e));
        let pair = (i + 1..j.saturating_sub(1))
            .find(|&k| doc.word(k) == "and")
            .and_then(|k| {
                let a = known(s, doc.tokens[k - 1].end)?;
                let b = known(doc.tokens[k + 1].start, e)?;
                Some((k, a, b))
            });
        match pair {
            // "Bosnia and Herzegovina" is one known name
            Some((k, a, b)) if l != Label::Person && known(s, e).is_none() => {
                out.push((s, doc.tokens[k - 1].end, a));
                out.push((doc.tokens[k + 1].start, e, b));
            }
            _ => out.push((s, e, l)),
        }
    }
    out
}

/// "the University of Utah Amal Rahimi ... Rahimi said": an organisation
/// or place of three words or more that ends in the surname of a person
/// named elsewhere in the document ends before that person (and the given
/// name before the surname, when there is one). `spans` are ordered; so
/// are the spans returned.
fn people_named_elsewhere(
    doc: &Document,
    spans: Vec<(usize, usize, Label)>,
) -> Vec<(usize, usize, Label)> {
    let surnames: std::collections::HashSet<&str, fx::FxBuild> = spans
        .iter()
        .filter(|x| x.2 == Label::Person)
        .map(|x| doc.word(doc.token_at(x.1 - 1)))
        .collect();
    if surnames.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    for (s, e, l) in spans {
        let (i, t) = (doc.token_at(s), doc.token_at(e - 1));
        let w = doc.word(t);
        if !matches!(l, Label::Org | Label::Loc)
            || t < i + 2
            || !capitalised(doc, t)
            || !surnames.contains(w)
            || is_head(w)
            || w.bytes().all(|b| !b.is_ascii_lowercase())
            || lexicon::lookup(&w.to_lowercase())
                .contains(Lex(Lex::PLACE.0 | Lex::ORG.0 | Lex::COMMON.0))
        {
            out.push((s, e, l));
            continue;
        }
        // the given name: a known one, or any capitalised word after three
        // words of the organisation's name
        let g = doc.word(t - 1);
        let lex = lexicon::lookup(&g.to_lowercase());
        let given = capitalised(doc, t - 1)
            && !is_head(g)
            && (lex.contains(Lex::FIRST)
                || !lex.contains(Lex::COMMON) && titled_or_org(doc.word(t - 2))
                // what comes before is a whole known name of two words or
                // more: "United States"
                || t - 2 > i
                    && lexicon::lookup(&key_of(&doc.text[s..doc.tokens[t - 2].end]))
                    .contains(Lex(Lex::PLACE.0 | Lex::ORG.0))
                || is_possessive(doc.word(t - 2))
                || t > i + 3 && !lex.contains(Lex::PLACE));
        let p = if given { t - 1 } else { t };
        // without the person's title or a possessive: "Chicago Cardinal",
        // "Juventus's"
        let mut q = p;
        while q > i
            && (is_possessive(doc.word(q - 1))
                || is_title(doc.word(q - 1))
                || is_member_word(doc.word(q - 1)))
        {
            q -= 1;
        }
        if q > i {
            let rest = &doc.text[s..doc.tokens[q - 1].end];
            let place = q < p && lexicon::lookup(&key_of(rest)).contains(Lex::PLACE);
            out.push((s, doc.tokens[q - 1].end, if place { Label::Loc } else { l }));
        }
        out.push((doc.tokens[p].start, e, Label::Person));
    }
    out
}

/// "Harbour Council Anna Berg", "NASA Administrator Carl Brandt": a
/// name that is not a person's and ends in a given name and one or two more
/// capitalised words (or in the given name alone, its surname following
/// untagged) after a title, a party member, an organisation's head word or
/// an acronym, is an organisation (or place) and the person after it. And
/// "South Carolina Republican" is a place and a party member.
/// `names` are the tagged spans, ordered; so are the spans returned.
fn split_trailing_people(
    doc: &Document,
    names: &[(usize, usize, Label)],
) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::with_capacity(names.len());
    for (k, &(s, e, l)) in names.iter().enumerate() {
        let (i, end) = (doc.token_at(s), doc.token_at(e.saturating_sub(1)) + 1);
        let words = end.saturating_sub(i);
        // the given name may end the name when the surname was read apart:
        // "House Majority Leader Kevin" + "McCarthy"
        let surname_next = end < doc.tokens.len()
            && capitalised(doc, end)
            && doc.text[doc.tokens[end - 1].end..doc.tokens[end].start] == *" ";
        let last = if surname_next { end } else { end - 1 };
        let split = (l != Label::Person && words >= 3)
            .then(|| {
                (end.saturating_sub(3).max(i + 1)..last).find(|&p| {
                    let w = doc.word(p);
                    let lex = lexicon::lookup(&w.to_lowercase());
                    capitalised(doc, p)
                        && lex.contains(Lex::FIRST)
                        && !lex.contains(Lex(Lex::COMMON.0 | Lex::PLACE.0 | Lex::ORG.0))
                        && titled_or_org(doc.word(p - 1))
                        && (p..end).all(|k| capitalised(doc, k))
                        && !is_head(doc.word(end - 1))
                })
            })
            .flatten();
        match split {
            Some(p) => {
                // the organisation without the person's title: "NASA
                // Administrator" -> "NASA"; a title alone is no name
                let mut q = p;
                while q > i
                    && (is_possessive(doc.word(q - 1))
                        || doc.word(q - 1) == "and"
                        || is_title_word(doc.word(q - 1))
                        || is_member_word(doc.word(q - 1)))
                {
                    q -= 1;
                }
                if q > i {
                    out.push((s, doc.tokens[q - 1].end, l));
                }
                // a surname the tagger left out joins the person
                // ("Senate Majority Leader Mitch" + "McConnell (R-Ky.)")
                let untagged = names
                    .get(k + 1)
                    .map_or(true, |x| x.0 >= doc.tokens[end].end);
                let e = if p == end - 1 && untagged {
                    doc.tokens[end].end
                } else {
                    e
                };
                out.push((doc.tokens[p].start, e, Label::Person));
            }
            // "South Carolina Republican": a place and a party's member
            // (when the rest is a known place: "North African" stays whole)
            None if l == Label::Loc && words >= 2 && {
                let lex = lexicon::lookup(&doc.word(end - 1).to_lowercase());
                let place = &doc.text[s..doc.tokens[end - 2].end];
                lex.contains(Lex::NORP)
                    && !lex.contains(Lex::PLACE)
                    && lexicon::lookup(&key_of(place)).contains(Lex::PLACE)
            } =>
            {
                out.push((s, doc.tokens[end - 2].end, l));
                out.push((doc.tokens[end - 1].start, e, Label::Norp));
            }
            None => out.push((s, e, l)),
        }
    }
    out
}

/// A capitalised common word inside a name, "Secretary", "Chief": a
/// person's title, not a word of the organisation's name.
fn is_title_word(w: &str) -> bool {
    !is_head(w)
        && w.chars().next().is_some_and(char::is_uppercase)
        && (lexicon::lookup(&w.to_lowercase()).contains(Lex::COMMON) || is_title(w))
}

/// A party's or nation's member before a name: "Democrat Dianne Feinstein".
fn is_member_word(w: &str) -> bool {
    let l = lexicon::lookup(&w.to_lowercase());
    l.contains(Lex::NORP) && !l.contains(Lex::PLACE)
}

/// The word before a person's name glued to an organisation's: a title
/// ("Administrator"), a party's member ("Democrat"), an organisation's head
/// word ("Council") or an acronym ("NASA").
fn titled_or_org(w: &str) -> bool {
    is_title_word(w)
        || is_member_word(w)
        || ORG_HEADS.contains(&w)
        || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// "Johnson" + "Space Center", "Civic" + "Party", "U.S." + "Securities and
/// Exchange Commission": a name followed by capitalised words (and "and",
/// "of", "&" between them) that end in a head word ([`is_head`]) runs on
/// to that head word (the label is then the head's,
/// by [`head_label`]). Names inside the run are taken into it. `names` are
/// ordered, and so is the result.
fn extend_to_heads(doc: &Document, names: &[(usize, usize, Label)]) -> Vec<(usize, usize, Label)> {
    let n = doc.tokens.len();
    let mut out: Vec<(usize, usize, Label)> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let (s, e, l) = names[k];
        k += 1;
        let mut j = doc.token_at(e);
        let mut head = None;
        while j < n
            && head.is_none()
            && capitalised(doc, j)
            && doc.text[doc.tokens[j - 1].end..doc.tokens[j].start] == *" "
            && !OPENERS.contains(&doc.word(j))
            && doc.tokens[j].end - e < 40
        {
            let w = doc.word(j);
            if is_head(w) {
                head = Some(doc.tokens[j].end);
            }
            j += 1;
            // "U.S. Securities and Exchange Commission": small joining words
            // before a capitalised one
            if head.is_none()
                && j + 1 < n
                && matches!(doc.word(j), "and" | "of" | "&")
                && capitalised(doc, j + 1)
            {
                j += 1;
            }
        }
        // "Turkish" + "Foreign Ministry" are two names
        let (Some(he), false) = (head, l == Label::Norp) else {
            out.push((s, e, l));
            continue;
        };
        // names inside the run join it; one reaching past it stops the run
        let mut m = k;
        while m < names.len() && names[m].1 <= he {
            m += 1;
        }
        if m < names.len() && names[m].0 < he {
            out.push((s, e, l));
            continue;
        }
        k = m;
        out.push((s, he, l));
    }
    out
}

/// The kind a building's head word ([`FACILITY_HEADS`]: a place) or an
/// organisation's ([`ORG_HEADS`]) gives a name that ends in it.
fn head_kind(w: &str) -> Option<Label> {
    if FACILITY_HEADS.contains(&w) {
        Some(Label::Loc)
    } else if ORG_HEADS.contains(&w) {
        Some(Label::Org)
    } else {
        None
    }
}

/// The first token of the capitalised words just before token `k` that
/// belong to the name ending at `k`: joined by single spaces, no sentence
/// opener, at most `most` of them, none starting before byte `from`. `k`
/// itself when there are none.
fn capitals_before(doc: &Document, k: usize, most: usize, from: usize) -> usize {
    let mut s = k;
    while s > 0
        && k - s < most
        && doc.tokens[s - 1].start >= from
        && capitalised(doc, s - 1)
        && doc.text[doc.tokens[s - 1].end..doc.tokens[s].start] == *" "
        && !OPENERS.contains(&doc.word(s - 1))
    {
        s -= 1;
    }
    s
}

/// "the Home Office", "the Gates Foundation", "the Church": a name
/// that is one head word of an organisation or a building is one, and
/// takes in the capitalised words just before it that the tagger left out
/// (never a sentence opener, at most three). `names` are ordered, and so is
/// the result.
fn lone_heads(doc: &Document, names: &mut [(usize, usize, Label)]) {
    let mut prev_end = 0;
    for x in names.iter_mut() {
        let k = doc.token_at(x.0);
        let w = doc.word(k);
        let label = match head_kind(w) {
            Some(l) => l,
            None if HEAD_FIRST_ORGS.contains(&w) => Label::Org,
            None => {
                prev_end = x.1;
                continue;
            }
        };
        if doc.token_at(x.1) != k + 1 {
            prev_end = x.1;
            continue;
        }
        let s = capitals_before(doc, k, 3, prev_end);
        *x = (doc.tokens[s].start, x.1, label);
        prev_end = x.1;
    }
}

/// How far below the person score the next best kind may be, in the
/// embedded model's units (its largest weight is 30000; a typical
/// difference between kinds on an unknown word is 300 to 1500). Chosen
/// among 300, 600 and 1000, which score alike; retune after retraining.
const ORPHAN_MARGIN: f32 = 600.0;

/// Well-known organisations ([`Lex::ORG`]: "Google", "Associated Press";
/// `orgs`: the tagger's token ranges) written with capitals, whatever the
/// tagger made of them, unless part of a longer tagged name ("Google
/// Maps"). `names` are the tagged spans, ordered.
fn known_orgs(
    doc: &Document,
    orgs: &[(usize, usize)],
    names: &[(usize, usize, Label)],
) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut next_name = 0;
    for &(k, e) in orgs {
        if e <= k || e > doc.tokens.len() {
            continue;
        }
        // every word capitalised but the small ones: "Doctors Without Borders", not "Apple pie"
        let shape_ok = (k..e).all(|i| {
            capitalised(doc, i) || matches!(doc.word(i), "of" | "and" | "for" | "the" | "on")
        }) && capitalised(doc, k)
            && capitalised(doc, e - 1);
        let (s, e) = (doc.tokens[k].start, doc.tokens[e - 1].end);
        while next_name < names.len() && names[next_name].1 <= s {
            next_name += 1;
        }
        let inside_longer = names[next_name..]
            .iter()
            .take_while(|x| x.0 <= s)
            .any(|x| x.1 >= e && (x.0, x.1) != (s, e));
        if shape_ok && !inside_longer {
            out.push((s, e, Label::Org));
        }
    }
    out
}

/// "the Dayton Police Department", "the Riverside Art Museum": capitalised
/// words (up to four, no sentence opener) and an organisation's or
/// building's head word, where the tagger found no name, are an
/// organisation or a place. `names` are the tagged spans, ordered.
fn untagged_heads(doc: &Document, names: &[(usize, usize, Label)]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut next_name = 0;
    for k in 1..doc.tokens.len() {
        // most words are in lower case: skip them before the list look-ups
        if !capitalised(doc, k) || !capitalised(doc, k - 1) {
            continue;
        }
        let Some(label) = head_kind(doc.word(k)) else {
            continue;
        };
        let s = capitals_before(doc, k, 4, 0);
        if s == k {
            continue;
        }
        let (bs, be) = (doc.tokens[s].start, doc.tokens[k].end);
        while next_name < names.len() && names[next_name].1 <= bs {
            next_name += 1;
        }
        if names.get(next_name).is_some_and(|x| x.0 < be) {
            continue;
        }
        // "Dayton Police" then "Dayton Police Department": the longer one
        if out.last().is_some_and(|x: &(usize, usize, Label)| x.1 > bs) {
            out.pop();
        }
        out.push((bs, be, label));
    }
    out
}

/// Head words of organisations named head first: "University of Texas",
/// "Church of England", "Centre for Disease Control".
const HEAD_FIRST_ORGS: &[&str] = &[
    "Academy",
    "Agency",
    "Association",
    "Bank",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Church",
    "Club",
    "College",
    "Commission",
    "Committee",
    "Council",
    "Court",
    "Department",
    "Federation",
    "Foundation",
    "Institute",
    "League",
    "Ministry",
    "Municipality",
    "Office",
    "Organisation",
    "Organization",
    "Party",
    "School",
    "Society",
    "University",
];

/// Head words of places named head first: "Museum of Modern Art", "Gulf
/// of Mexico", "Republic of Korea".
const HEAD_FIRST_PLACES: &[&str] = &[
    "Bay", "Cape", "Gulf", "Isle", "Kingdom", "Museum", "Province", "Republic", "Sea", "Strait",
];

/// Organisations (and places, [`HEAD_FIRST_PLACES`]) named head first, whatever the tagger made of their
/// pieces: a head word of [`HEAD_FIRST_ORGS`], "of", "for" or "on", and
/// capitalised words, with the capitalised words before the head
/// ("Massachusetts Institute of Technology", "Council on American-Islamic
/// Relations"). A longer tagged name that holds one keeps its own span
/// ("Bank of America Corp"). `names` are the tagged spans, ordered.
fn headed_orgs(doc: &Document, names: &[(usize, usize, Label)]) -> Vec<(usize, usize, Label)> {
    let n = doc.tokens.len();
    // no line break between tokens k - 1 and k
    let joined = |k: usize| !doc.text[doc.tokens[k - 1].end..doc.tokens[k].start].contains('\n');
    let mut out = Vec::new();
    let mut next_name = 0;
    let mut k = 0;
    while k + 2 < n {
        let head = doc.word(k);
        // most words are in lower case or not followed by "of": skip them
        // before the list look-ups
        if !capitalised(doc, k) || !matches!(doc.word(k + 1), "of" | "for" | "on") {
            k += 1;
            continue;
        }
        let label = if HEAD_FIRST_PLACES.contains(&head) {
            Label::Loc
        } else {
            Label::Org
        };
        if !(HEAD_FIRST_ORGS.contains(&head) || label == Label::Loc)
            || !matches!(doc.word(k + 1), "of" | "for" | "on")
        {
            k += 1;
            continue;
        }
        let mut e = k + 2;
        if e < n && doc.word(e) == "the" {
            e += 1;
        }
        // "the Commission on Wednesday"
        if e >= n || !capitalised(doc, e) || !joined(e) || numeric::is_date_word(doc.word(e)) {
            k += 1;
            continue;
        }
        // the name after the preposition: capitalised words, joined by
        // hyphens, "and", "of" or "&" when a capitalised word follows
        let mut last = e;
        let mut i = e + 1;
        while i < n && joined(i) && last - e < 6 {
            if capitalised(doc, i) {
                last = i;
                i += 1;
            } else if i + 1 < n
                && matches!(doc.word(i), "-" | "and" | "of" | "&" | "for")
                && capitalised(doc, i + 1)
                // "Council of Europe and NATO": two names
                && !(doc.word(i) == "and" && doc.word(i + 1).chars().all(|c| c.is_uppercase()))
                && joined(i + 1)
            {
                i += 1;
            } else {
                break;
            }
        }
        // the capitalised words before the head
        let mut s = k;
        while s > 0
            && k - s < 4
            && capitalised(doc, s - 1)
            && joined(s)
            && !OPENERS.contains(&doc.word(s - 1))
        {
            s -= 1;
        }
        let (bs, be) = (doc.tokens[s].start, doc.tokens[last].end);
        while next_name < names.len() && names[next_name].1 <= bs {
            next_name += 1;
        }
        let inside_longer = names[next_name..]
            .iter()
            .take_while(|x| x.0 <= bs)
            .any(|x| x.1 >= be && (x.0, x.1) != (bs, be));
        if !inside_longer {
            out.push((bs, be, label));
        }
        k = last + 1;
    }
    out
}

/// Capitalised words before a legal form: "WORLDSOURCES, INC.", "Acme Corp.".
fn companies(doc: &Document) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    for k in 1..n {
        let w = doc.word(k).trim_end_matches('.').to_ascii_lowercase();
        if !matches!(w.as_str(), "inc" | "ltd" | "corp" | "plc" | "llc" | "bhd") {
            continue;
        }
        let mut s = if doc.word(k - 1) == "," { k - 1 } else { k };
        let end = s;
        while s > 0
            && end - s < 4
            && capitalised(doc, s - 1)
            && !matches!(
                doc.word(s - 1).to_ascii_lowercase().as_str(),
                "by" | "to"
                    | "for"
                    | "in"
                    | "at"
                    | "from"
                    | "with"
                    | "copyright"
                    | "the"
                    | "of"
                    | "and"
                    | "a"
                    | "an"
            )
            && !doc.text[doc.tokens[s - 1].end..doc.tokens[s].start].contains('\n')
        {
            s -= 1;
        }
        if s < end {
            // "INC." where the tokenizer left the period apart
            let mut e = doc.tokens[k].end;
            if !doc.word(k).ends_with('.')
                && k + 1 < n
                && doc.word(k + 1) == "."
                && !doc.tokens[k + 1].space_before
            {
                e = doc.tokens[k + 1].end;
            }
            out.push((doc.tokens[s].start, e, Label::Org));
        }
    }
    out
}

/// News agencies credited in datelines: "(AP)", "(Reuters)".
const AGENCIES: &[&str] = &[
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "Xinhua",
    "Bloomberg",
    "DPA",
    "ANSA",
    "Interfax",
    "TASS",
    "Itar-Tass",
    "CNN",
    "BBC",
];

/// Datelines at the start of a line: "MOSCOW, Russia —", "(MOSCOW, Russia) —",
/// "WASHINGTON ― " (a horizontal bar),
/// "NAIROBI, Kenya (AP) _": the capitalised place is a LOC, the agency an ORG.
fn datelines(doc: &Document) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let mut i = p.tokens.start;
        let end = p.tokens.end.min(i + 12);
        if i < end && doc.word(i) == "(" {
            i += 1;
        }
        let s = i;
        while i < end && doc.tokens[i].kind == TokenKind::Word && {
            let w = doc.word(i);
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        } {
            i += 1;
        }
        if i == s || i - s > 3 || i >= end {
            continue;
        }
        if !(matches!(doc.word(i), "," | "-" | "_" | "(" | ")") || is_dash_word(doc.word(i))) {
            continue;
        }
        // a dateline opens a line of prose, not a headline in capitals
        let lower = p
            .tokens
            .clone()
            .filter(|&k| doc.word(k).chars().next().is_some_and(char::is_lowercase))
            .take(5)
            .count();
        if lower < 5 {
            continue;
        }
        out.push((doc.tokens[s].start, doc.tokens[i - 1].end, Label::Loc));
        // the agency, within the dateline
        for k in i..end.saturating_sub(2) {
            if doc.word(k) == "(" && doc.word(k + 2) == ")" && AGENCIES.contains(&doc.word(k + 1)) {
                out.push((doc.tokens[k + 1].start, doc.tokens[k + 1].end, Label::Org));
                break;
            }
        }
    }
    out
}

/// True when token `k` is a word that starts with a capital letter.
fn capitalised(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Word
        && doc.word(k).chars().next().is_some_and(char::is_uppercase)
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "’s" | "'s" | "’S" | "'S" | "’" | "'")
}

/// Trims a tagged span to the name itself and picks its label.
fn clean_span(doc: &Document, s: tagger::Span) -> Option<(usize, usize, Label)> {
    let (mut i, mut e) = (s.start, s.end);
    // possessives, punctuation and dashes at the edges
    while i < e
        && (doc.tokens[i].kind == TokenKind::Punct || matches!(doc.word(i), "the" | "The" | "THE"))
    {
        i += 1;
    }
    while e > i
        && (doc.tokens[e - 1].kind == TokenKind::Punct && !doc.word(e - 1).ends_with('.')
            || is_possessive(doc.word(e - 1))
            // "State Department of": no name ends in a small joining word
            || matches!(doc.word(e - 1), "of" | "and" | "for" | "the" | "on" | "&")
            // "Central bank", "ECOMOG force": nor in a word in lower case
            // (but "Kim Jong-un")
            || e > i + 1
                && doc.tokens[e - 1].space_before
                && doc.tokens[e - 1].kind == TokenKind::Word
                && doc.word(e - 1).chars().all(char::is_lowercase))
    {
        e -= 1;
    }
    // dates at the edges: "Wembley Saturday"
    while e > i + 1 && numeric::is_weekday(doc.word(e - 1)) {
        e -= 1;
    }
    // "Kim Jong-un", "Moon Jae-in": a person's given name may end in a
    // hyphen and a short syllable in lower case
    let n = doc.tokens.len();
    let syllable = |k: usize| {
        let w = doc.word(k);
        (2..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                w,
                "era" | "led" | "like" | "style" | "based" | "born" | "type" | "run" | "ish"
            )
    };
    let given_syllable = |k: usize| {
        s.kind == Kind::Per
            && k >= i + 2
            && k + 1 < n
            && doc.word(k) == "-"
            && !doc.tokens[k].space_before
            && !doc.tokens[k + 1].space_before
            && syllable(k + 1)
    };
    if e + 1 < n && given_syllable(e) {
        e += 2;
    }
    // "U.S.-proposed": the name ends at a hyphen before a lower-case word
    for k in i + 1..e {
        if matches!(doc.word(k), "-" | "–")
            && !given_syllable(k)
            && k + 1 < e
            && doc
                .word(k + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
        {
            e = k;
            break;
        }
    }
    // "U.S. The President", "Jane Okafor In the ...": a capitalised word
    // that opens sentences, inside a name, is where a missed sentence begins
    for k in i + 1..e {
        if OPENERS.contains(&doc.word(k)) && (k + 1 < e || doc.word(k).len() > 1) {
            e = k;
            break;
        }
    }
    // "Maria Lopez Image: Reuters": a caption's credit line glued to a name
    if e > i + 1
        && matches!(
            doc.word(e - 1),
            "Image" | "Images" | "Photo" | "Photograph" | "Picture" | "Credit" | "Video" | "Source"
        )
        && e < doc.tokens.len()
        && doc.word(e) == ":"
    {
        e -= 1;
    }
    // "Hurricane Ian", "Typhoon Haiyan": storms are no people
    if e > i + 1 && matches!(doc.word(i), "Hurricane" | "Typhoon" | "Cyclone") {
        return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Misc));
    }
    // "(D-N.Y.)", "(R-Texas)": after a party's letter, a state
    if i >= 3
        && doc.word(i - 1) == "-"
        && matches!(doc.word(i - 2), "D" | "R" | "I")
        && doc.word(i - 3) == "("
    {
        return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Loc));
    }
    // "Senator Bernie Sanders" read as an organisation: a title and a given
    // name make a person
    let titled = e - i > 2
        && is_title(doc.word(i))
        && lexicon::lookup(&doc.word(i + 1).to_lowercase()).contains(Lex::FIRST);
    // "Mr. Trump": after an honorific, a person
    let honoured = i > 0
        && matches!(
            doc.word(i - 1).to_ascii_lowercase().as_str(),
            "mr." | "mrs." | "ms." | "mr" | "mrs" | "ms" | "dr." | "mme" | "mme."
        );
    let kind = if titled || honoured {
        Kind::Per
    } else {
        s.kind
    };
    // a title alone is no organisation or place: "Senator" + "Bernie
    // Sanders" read apart (a person may be called "King")
    if e == i + 1 && kind != Kind::Per && is_title(doc.word(i)) {
        return None;
    }
    if kind == Kind::Per {
        while e - i > 1 && is_title(doc.word(i)) {
            i += 1;
        }
        // "Park Min-jun of KTU": a person's name ends before "of" or "from"
        if let Some(k) = (i + 1..e).find(|&k| matches!(doc.word(k), "of" | "from")) {
            e = k;
        }
    }
    if i >= e {
        return None;
    }
    // "I've", "We'll": contractions are no names
    if e == i + 1 {
        let w = doc.word(i);
        if let Some(p) = w.rfind(['\'', '’']) {
            let tail = w[p..].trim_start_matches(['\'', '’']);
            if matches!(tail, "ve" | "m" | "ll" | "d" | "re" | "t") {
                return None;
            }
        }
    }
    // "WorldSources, Inc.": a company's legal form belongs to its name
    let legal = |w: &str| {
        matches!(
            w.trim_end_matches('.').to_ascii_lowercase().as_str(),
            "inc" | "ltd" | "corp" | "co" | "plc" | "llc" | "ag" | "gmbh" | "sa" | "nv" | "bhd"
        )
    };
    let mut company = false;
    // "Amazon.com Inc." read as the legal form alone: the name is the web
    // address glued before it (or there is no name)
    if e == i + 1
        && matches!(
            doc.word(i)
                .trim_end_matches('.')
                .to_ascii_lowercase()
                .as_str(),
            "inc" | "ltd" | "corp" | "llc" | "plc"
        )
    {
        let web = i >= 3
            && doc.tokens[i].space_before
            && matches!(doc.word(i - 1), "com" | "net" | "org" | "co")
            && doc.word(i - 2) == "."
            && !doc.tokens[i - 1].space_before
            && !doc.tokens[i - 2].space_before
            && capitalised(doc, i - 3);
        if !web {
            return None;
        }
        i -= 3;
        company = true;
    }
    if kind != Kind::Per {
        if e < n && legal(doc.word(e)) {
            e += 1;
            company = true;
        } else if e + 1 < n && doc.word(e) == "," && legal(doc.word(e + 1)) {
            e += 2;
            company = true;
        }
    }
    // "NATO Secretary" + "General Mark Rutte": an organisation's name does
    // not end in a title
    // (nor a place's: "Los Angeles Sheriff")
    if matches!(kind, Kind::Org | Kind::Loc) && e > i + 1 && is_title(doc.word(e - 1)) {
        let rest = &doc.text[doc.tokens[i].start..doc.tokens[e - 2].end];
        let acronym = rest.len() >= 2 && rest.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        let known = Lex(Lex::ORG.0 | Lex::G_ORG.0 | Lex::PLACE.0);
        if acronym || lexicon::lookup(&key_of(rest)).contains(known) {
            e -= 1;
        }
    }
    let text = &doc.text[doc.tokens[i].start..doc.tokens[e - 1].end];
    if company {
        return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Org));
    }
    // seats of government standing for the government: "the Kremlin said"
    if matches!(
        text,
        "Kremlin" | "Pentagon" | "White House" | "Downing Street" | "Elysee" | "Élysée"
    ) {
        return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Org));
    }
    // "African", "Russians" tagged as a person or place: a nationality
    if matches!(kind, Kind::Per | Kind::Loc) && e == i + 1 {
        let l = lexicon::lookup(&text.to_lowercase().replace('’', "'"));
        if l.contains(Lex::NORP) && !l.contains(Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::PLACE.0)) {
            return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Norp));
        }
    }
    // "the Biden administration": a well-known public figure's surname alone
    if e == i + 1 && kind != Kind::Per {
        let l = lexicon::lookup(&key_of(text));
        if l.contains(Lex::PEOPLE) && !l.contains(Lex(Lex::PLACE.0 | Lex::NORP.0 | Lex::ORG.0)) {
            return Some((doc.tokens[i].start, doc.tokens[e - 1].end, Label::Person));
        }
    }
    let label = match kind {
        Kind::Per => Label::Person,
        Kind::Org => Label::Org,
        Kind::Loc => Label::Loc,
        Kind::Misc => {
            let low = text.to_lowercase().replace('’', "'");
            if lexicon::lookup(&low).contains(Lex::NORP) {
                Label::Norp
            } else {
                Label::Misc
            }
        }
    };
    Some((doc.tokens[i].start, doc.tokens[e - 1].end, label))
}

/// Spelling-independent key of a name: lower case, no periods, one space.
fn key_of(name: &str) -> String {
    let mut k = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        for c in w.chars().filter(|&c| c != '.') {
            k.extend(c.to_lowercase());
        }
    }
    match k.as_str() {
        "us" | "usa" | "america" | "united states of america" => "united states".into(),
        "uk" | "britain" | "great britain" => "united kingdom".into(),
        "un" => "united nations".into(),
        "eu" => "european union".into(),
        "ussr" => "soviet union".into(),
        "uae" => "united arab emirates".into(),
        _ => k,
    }
}

/// Is `name` a better canonical name than `current`? The fuller one is; of
/// two as full, the one not in capitals ("Moscow" over a dateline's "MOSCOW").
fn better_name(name: &str, current: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let shouting = |s: &str| {
        !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphabetic()).count() > 4
    };
    match letters(name).cmp(&letters(current)) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => shouting(current) && !shouting(name),
        std::cmp::Ordering::Less => false,
    }
}

/// The initials of a multi-word name's capitalised words ("North Atlantic
/// Treaty Organization" → "nato"), if it has at least two.
fn initials(name: &str) -> Option<String> {
    let mut s = String::new();
    let mut n = 0;
    for w in name.split([' ', '-']) {
        if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            s.extend(c.to_lowercase());
            n += 1;
        }
    }
    (n >= 2).then_some(s)
}

/// Is lower-case `key` a place name in the lexicon that is no given name or surname?
/// "Vladivostok", "San Diego" are places; "Washington", "Tyler", "Jordan" may
/// be people too.
fn is_place_not_person(key: &str) -> bool {
    let l = lexicon::lookup(key);
    l.contains(Lex::PLACE) && !l.contains(Lex(Lex::FIRST.0 | Lex::LAST.0))
}

fn gender_of(name: &str) -> Gender {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    if name.split_whitespace().count() < 2 {
        return Gender::Unknown;
    }
    let l = lexicon::lookup(&first);
    match (l.contains(Lex::FIRST_M), l.contains(Lex::FIRST_F)) {
        (true, false) => Gender::Male,
        (false, true) => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Groups labelled spans (ordered, not overlapping) into entities.
fn group(doc: &Document, spans: &[(usize, usize, Label)]) -> EntityLayer {
    let text = doc.text;
    let mut layer = EntityLayer::default();
    // first pass: the full names of people by surname, and long forms by initials
    let mut by_surname: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut by_initials: HashMap<String, String> = HashMap::new();
    for (k, &(s, e, label)) in spans.iter().enumerate() {
        let name = &text[s..e];
        if label == Label::Person && name.split_whitespace().count() > 1 {
            let key = key_of(name);
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            by_surname.entry(last).or_default().push((k, key));
        } else if matches!(label, Label::Org | Label::Loc | Label::Misc) {
            if let Some(ini) = initials(name) {
                by_initials.entry(ini).or_insert_with(|| key_of(name));
            }
        }
    }
    // defined acronyms: "Long Name (ACR)"
    for w in spans.windows(2) {
        let (a, b) = (w[0], w[1]);
        let between = &text[a.1..b.0];
        if between.trim() == "(" && text[b.1..].starts_with(')') {
            let acr = key_of(&text[b.0..b.1]);
            let long = &text[a.0..a.1];
            // the letters must fit: "North Atlantic Treaty Organization (NATO)", not "Kenya (AP)"
            let fits = initials(long).is_some_and(|i| {
                i == acr
                    || (i.len() >= 2
                        && acr.len() >= 2
                        && i.chars().next().is_some_and(|c| acr.starts_with(c)))
            });
            if fits {
                by_initials.insert(acr, key_of(long));
            }
        }
    }
    let mut ids: HashMap<(String, bool), u32> = HashMap::new();
    // votes for each entity's label
    let mut votes: Vec<[u32; 9]> = Vec::new();
    for (k, &(s, e, label0)) in spans.iter().enumerate() {
        let name = &text[s..e];
        let mut key = key_of(name);
        let mut label = label0;
        // "Putin" after "Vladimir Putin": a lone word that is a person's surname is that person
        if label.is_name()
            && label != Label::Person
            && !key.contains(' ')
            && by_surname.contains_key(&key)
            && !lexicon::lookup(&key).contains(Lex::NORP)
            && !is_place_not_person(&key)
        {
            label = Label::Person;
        }
        if label == Label::Person {
            let parts = key.split(' ').count();
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            if let Some(full) = by_surname.get(&last) {
                // the nearest full name before this mention, else the first after
                // (`full` is in text order: a binary search keeps this linear overall)
                let before = full.partition_point(|(j, _)| *j <= k);
                let pick = before
                    .checked_sub(1)
                    .and_then(|b| full.get(b))
                    .or(full.first());
                if let Some((_, fk)) = pick {
                    let first_same = key.split(' ').next() == fk.split(' ').next();
                    if parts == 1 || first_same {
                        key = fk.clone();
                    }
                }
            }
        } else if label.is_name() && !name.contains(' ') {
            if let Some(long) = by_initials.get(&key) {
                key = long.clone();
            }
        }
        let class_key = if label.is_name() {
            (key, label == Label::Person)
        } else {
            (format!("{}\u{0}{}", label.as_str(), key), true)
        };
        let id = *ids.entry(class_key).or_insert_with(|| {
            layer.groups.push(Entity {
                id: layer.groups.len() as u32,
                label,
                name: name.to_string(),
                mentions: 0,
            });
            votes.push([0; 9]);
            layer.groups.len() as u32 - 1
        });
        let g = &mut layer.groups[id as usize];
        g.mentions += 1;
        if better_name(name, &g.name) {
            g.name = name.to_string();
        }
        let li = Label::ALL.iter().position(|&l| l == label).unwrap_or(0);
        votes[id as usize][li] += 1;
        layer.mentions.push(Mention {
            start: s,
            end: e,
            label,
            id,
        });
    }
    // an entity takes the label most of its mentions have (the first on a tie),
    // and its mentions follow it
    for (g, v) in layer.groups.iter_mut().zip(&votes) {
        let first = Label::ALL.iter().position(|&l| l == g.label).unwrap_or(0);
        let mut best = first;
        for (i, &n) in v.iter().enumerate() {
            if n > v[best] {
                best = i;
            }
        }
        g.label = Label::ALL[best];
        // a person's name is never a country or a city no one is named after
        if g.label == Label::Person && is_place_not_person(&key_of(&g.name)) {
            g.label = Label::Loc;
        }
    }
    // "Tyler" a place in one sentence and a person in another, with no
    // "Michael Tyler" in the article: the person reading is a slip when
    // the other reading has at least as many mentions
    let mut other: HashMap<String, (Label, u32)> = HashMap::new();
    let mut first_names: std::collections::HashSet<String> = Default::default();
    for g in &layer.groups {
        let key = key_of(&g.name);
        if g.label == Label::Person {
            if let Some((f, _)) = key.split_once(' ') {
                first_names.insert(f.to_string());
            }
        } else if g.label.is_name() && g.label != Label::Norp && !key.contains(' ') {
            let e = other.entry(key).or_insert((g.label, 0));
            if e.0 == g.label {
                e.1 += g.mentions;
            }
        }
    }
    if !other.is_empty() {
        for g in layer.groups.iter_mut() {
            let key = key_of(&g.name);
            if g.label == Label::Person
                && !key.contains(' ')
                && !by_surname.contains_key(&key)
                && !first_names.contains(&key)
            {
                // the reading most of its mentions have (the place on a tie)
                if let Some(&(l, _)) = other.get(&key).filter(|o| o.1 >= g.mentions) {
                    g.label = l;
                }
            }
        }
    }
    for m in layer.mentions.iter_mut() {
        m.label = layer.groups[m.id as usize].label;
    }
    layer.genders = layer
        .groups
        .iter()
        .map(|g| {
            if g.label == Label::Person {
                gender_of(&g.name)
            } else {
                Gender::Unknown
            }
        })
        .collect();
    layer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// The first `w` in `text` as a name labelled `l`.
    fn name_of(text: &str, w: &str, l: Label) -> (usize, usize, Label) {
        let s = text.find(w).unwrap();
        (s, s + w.len(), l)
    }

    /// What `names` say of `text`: each name's words and label.
    fn shown<'a>(text: &'a str, names: &[(usize, usize, Label)]) -> Vec<(&'a str, Label)> {
        names.iter().map(|x| (&text[x.0..x.1], x.2)).collect()
    }

    /// Just the words of `names`.
    fn words<'a>(text: &'a str, names: &[(usize, usize, Label)]) -> Vec<&'a str> {
        names.iter().map(|x| &text[x.0..x.1]).collect()
    }

    #[test]
    fn canonical_names_prefer_fuller_then_not_capitals() {
        assert!(better_name("Vladimir Putin", "Putin"));
        assert!(!better_name("Putin", "Vladimir Putin"));
        assert!(better_name("Moscow", "MOSCOW"));
        assert!(!better_name("MOSCOW", "Moscow"));
        assert!(
            !better_name("Nato", "NATO"),
            "four capitals or fewer are an acronym, kept as written"
        );
    }

    #[test]
    fn keys_unify_spellings() {
        assert_eq!(key_of("U.S."), key_of("United States"));
        assert_eq!(key_of("US"), key_of("U.S."));
        assert_ne!(key_of("Russia"), key_of("U.S."));
        assert_eq!(
            initials("North Atlantic Treaty Organization").as_deref(),
            Some("nato")
        );
    }

    #[test]
    fn roles_match_heads() {
        assert!(role_matches("Kremlin spokesman", "spokesman"));
        assert!(role_matches("son-in-law", "son-in-law"));
        assert!(role_matches("head of Ukraine’s negotiating team", "head"));
        assert!(!role_matches("foreign policy adviser", "policy"));
    }

    #[test]
    fn acronym_defined_in_text_joins_long_form() {
        let doc = segment("Officials from the International Monetary Fund (IMF) met on Monday. The IMF said it would act.");
        let l = recognise(&doc);
        let nato: Vec<&Mention> = l
            .mentions
            .iter()
            .filter(|m| {
                doc.text[m.start..m.end].contains("IMF")
                    || doc.text[m.start..m.end].contains("Fund")
            })
            .collect();
        assert_eq!(nato.len(), 3, "{:?}", l.mentions);
        assert!(nato.iter().all(|m| m.id == nato[0].id));
        assert_eq!(
            l.groups[nato[0].id as usize].name,
            "International Monetary Fund"
        );
    }

    #[test]
    fn a_place_tagged_as_a_person_is_a_place() {
        let doc = segment("He left Vladivostok and met Tyler.");
        let v = doc.text.find("Vladivostok").unwrap();
        let i = doc.text.find("Tyler").unwrap();
        let l = group(
            &doc,
            &[(v, v + 11, Label::Person), (i, i + 5, Label::Person)],
        );
        assert_eq!(l.mentions[0].label, Label::Loc);
        // "Tyler" is a given name too: left as tagged
        assert_eq!(l.mentions[1].label, Label::Person);
    }

    #[test]
    fn organisations_named_head_first_are_one_org() {
        let text = "The Church of England, the Massachusetts Institute of Technology and \
                    the Council on American-Islamic Relations met the Council of Europe and NATO. \
                    The Commission on Wednesday spoke.";
        let doc = segment(text);
        assert_eq!(
            words(text, &headed_orgs(&doc, &[])),
            [
                "Church of England",
                "Massachusetts Institute of Technology",
                "Council on American-Islamic Relations",
                "Council of Europe",
            ]
        );
        // a longer tagged name keeps its span
        let s = text.find("Massachusetts").unwrap();
        let longer = [(s - 4, s + 50, Label::Org)];
        assert!(!words(text, &headed_orgs(&doc, &longer))
            .contains(&"Massachusetts Institute of Technology"));
        let l = recognise(&doc);
        let m = l.mention_at(text.find("Church").unwrap()).unwrap();
        assert_eq!(
            (&text[m.start..m.end], m.label),
            ("Church of England", Label::Org)
        );
    }

    #[test]
    fn a_lone_head_word_takes_the_capitals_before_it() {
        let text = "She joined the Home Office. The Museum opened. Smith Foundation staff came.";
        let doc = segment(text);
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            (s, s + w.len(), Label::Misc)
        };
        let smith = text.find("Smith").unwrap();
        let mut names = vec![
            at("Office"),
            at("Museum"),
            (smith, smith + 5, Label::Person),
            at("Foundation"),
        ];
        lone_heads(&doc, &mut names);
        assert_eq!(
            words(text, &names),
            ["Home Office", "Museum", "Smith", "Foundation"]
        );
        let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
        assert_eq!(labels, [Label::Org, Label::Loc, Label::Person, Label::Org]);
    }

    #[test]
    fn places_named_head_first_are_one_place() {
        let text = "Tankers left the Gulf of Mexico for the Museum of Modern Art.";
        let doc = segment(text);
        let found = headed_orgs(&doc, &[]);
        assert_eq!(
            words(text, &found),
            ["Gulf of Mexico", "Museum of Modern Art"]
        );
        assert!(found.iter().all(|x| x.2 == Label::Loc));
    }

    #[test]
    fn a_person_glued_to_an_organisation_is_split_off() {
        let text = "NASA Administrator Carl Brandt met Best Products Co Chairman and Chief \
                    Executive Daniel Levy and the San Francisco Giants.";
        let doc = segment(text);
        let found = split_trailing_people(
            &doc,
            &[
                name_of(text, "NASA Administrator Carl Brandt", Label::Org),
                name_of(
                    text,
                    "Best Products Co Chairman and Chief Executive Daniel Levy",
                    Label::Org,
                ),
                name_of(text, "San Francisco Giants", Label::Org),
            ],
        );
        assert_eq!(
            shown(text, &found),
            [
                ("NASA", Label::Org),
                ("Carl Brandt", Label::Person),
                ("Best Products Co", Label::Org),
                ("Daniel Levy", Label::Person),
                // "Francisco" is a given name, but "San" no title or organisation
                ("San Francisco Giants", Label::Org),
            ]
        );
    }

    #[test]
    fn a_given_name_read_apart_from_its_surname_and_a_member_after_a_place() {
        let text = "House Majority Leader Kevin McCarthy and the South Carolina Republican and \
                    North African states and Ranking Democrat Dianne Feinstein.";
        let doc = segment(text);
        let at = |w: &str, l: Label| name_of(text, w, l);
        let found = split_trailing_people(
            &doc,
            &[
                at("House Majority Leader Kevin", Label::Org),
                at("McCarthy", Label::Person),
                at("South Carolina Republican", Label::Loc),
                at("North African", Label::Loc),
                at("Ranking Democrat Dianne Feinstein", Label::Org),
            ],
        );
        assert_eq!(
            shown(text, &found),
            [
                ("Kevin", Label::Person),
                ("McCarthy", Label::Person),
                ("South Carolina", Label::Loc),
                ("Republican", Label::Norp),
                ("North African", Label::Loc),
                // a party's member before the name, with the title, comes off
                ("Dianne Feinstein", Label::Person),
            ]
        );
        let l = recognise(&doc);
        let m = l.mention_at(text.find("Kevin").unwrap()).unwrap();
        assert_eq!(&text[m.start..m.end], "Kevin McCarthy");
        // a surname the tagger left out joins the given name
        let found = split_trailing_people(&doc, &[at("House Majority Leader Kevin", Label::Org)]);
        assert_eq!(shown(text, &found), [("Kevin McCarthy", Label::Person)]);
    }

    #[test]
    fn a_name_runs_on_to_its_head_word() {
        let text = "Johnson Space Center and Labour Party and Turkish Foreign Ministry and \
                    U.S. Securities and Exchange Commission.";
        let doc = segment(text);
        let at = |w: &str, l: Label| name_of(text, w, l);
        let found = extend_to_heads(
            &doc,
            &[
                at("Johnson", Label::Person),
                at("Labour", Label::Person),
                at("Turkish", Label::Norp),
                at("Foreign Ministry", Label::Org),
                at("U.S.", Label::Loc),
                at("Securities and Exchange Commission", Label::Org),
            ],
        );
        assert_eq!(
            words(text, &found),
            [
                "Johnson Space Center",
                "Labour Party",
                "Turkish",
                "Foreign Ministry",
                "U.S. Securities and Exchange Commission",
            ]
        );
        let l = recognise(&doc);
        let m = l.mention_at(0).unwrap();
        assert_eq!((m.end, m.label), ("Johnson Space Center".len(), Label::Loc));
    }

    #[test]
    fn names_of_no_person_words_take_the_next_best_kind() {
        let text = "Crisis Crew met Johan de Kock and Nairobi Quexel editors and Quexel Zorbatz.";
        let doc = segment(text);
        let at = |w: &str| name_of(text, w, Label::Person);
        let mut names = vec![
            at("Crisis Crew"),
            at("Johan de Kock"),
            at("Nairobi Quexel"),
            at("Quexel Zorbatz"),
        ];
        orphan_people(&doc, &mut names, &[[-3000.0, -3100.0, -3500.0, -3400.0]; 4]);
        let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
        // a given name, or no common word or place: still a person
        assert_eq!(
            labels,
            [Label::Org, Label::Person, Label::Org, Label::Person]
        );
    }

    #[test]
    fn common_words_opening_sentences_are_no_names() {
        let text = "Copper is scarce. Miners dig copper in hills. Moscow agreed. Zorbatz left.";
        let doc = segment(text);
        let at = |w: &str| name_of(text, w, Label::Person);
        let mut names = vec![at("Copper"), at("Moscow"), at("Zorbatz")];
        drop_common_openers(&doc, &mut names);
        // in lower case elsewhere: dropped; a known place, or never in lower case: kept
        assert_eq!(words(text, &names), ["Moscow", "Zorbatz"]);
    }

    #[test]
    fn titles_and_honorifics_make_people() {
        let text = "The revolution of Senator Bernie Sanders or Mr. Zorbatz won.";
        let doc = segment(text);
        let at = |w: &str| doc.token_at(text.find(w).unwrap());
        let span = |a: &str, b: &str, kind| tagger::Span {
            start: at(a),
            end: at(b) + 1,
            kind,
        };
        let x = clean_span(&doc, span("Senator", "Sanders", Kind::Org)).unwrap();
        assert_eq!((&text[x.0..x.1], x.2), ("Bernie Sanders", Label::Person));
        let x = clean_span(&doc, span("Zorbatz", "Zorbatz", Kind::Org)).unwrap();
        assert_eq!((&text[x.0..x.1], x.2), ("Zorbatz", Label::Person));
        // nor in a word in lower case
        let doc6 = segment("The Central bank acted.");
        let x = clean_span(
            &doc6,
            tagger::Span {
                start: 1,
                end: 3,
                kind: Kind::Org,
            },
        )
        .unwrap();
        assert_eq!(&doc6.text[x.0..x.1], "Central");
        // no name ends in a small joining word
        let doc2 = segment("a tool of the State Department of old");
        let at2 = |w: &str| doc2.token_at(doc2.text.find(w).unwrap());
        let x = clean_span(
            &doc2,
            tagger::Span {
                start: at2("State"),
                end: at2("of old") + 1,
                kind: Kind::Org,
            },
        )
        .unwrap();
        assert_eq!(&doc2.text[x.0..x.1], "State Department");
        // a well-known figure's surname alone is a person, whatever the tagger said
        let doc3 = segment("The Biden administration sued.");
        let b = doc3.token_at(4);
        let x = clean_span(
            &doc3,
            tagger::Span {
                start: b,
                end: b + 1,
                kind: Kind::Misc,
            },
        )
        .unwrap();
        assert_eq!(x.2, Label::Person);
        // a title read apart from the name is no organisation
        assert_eq!(
            clean_span(&doc, span("Senator", "Senator", Kind::Org)),
            None
        );
        let x = clean_span(&doc, span("Senator", "Senator", Kind::Per)).unwrap();
        assert_eq!(x.2, Label::Person);
    }

    #[test]
    fn overlapping_names_are_merged_without_panic() {
        // the tagger's spans overlap here ("DOJ, AG" and "AG Lynch")
        for text in [
            "He sued Obama’s DOJ, AG Lynch, and others.",
            "Ana van der Sar met Luis de la Cruz and Cesare dal Maso.",
        ] {
            let doc = segment(text);
            let l = recognise(&doc);
            assert!(
                l.mentions.windows(2).all(|w| w[0].end <= w[1].start),
                "{text}"
            );
        }
        let doc = segment("EU official Nikolaus van der Pas said.");
        let l = recognise(&doc);
        let m = l.mention_at(doc.text.find("Nikolaus").unwrap()).unwrap();
        assert_eq!(
            (&doc.text[m.start..m.end], m.label),
            ("Nikolaus van der Pas", Label::Person)
        );
    }

    #[test]
    fn a_given_name_with_an_inner_capital_joins_the_person_after_it() {
        let doc = segment("Fans saw LeBron James and McLaren Racing.");
        let l = recognise(&doc);
        let m = l.mention_at(doc.text.find("LeBron").unwrap()).unwrap();
        assert_eq!(
            (&doc.text[m.start..m.end], m.label),
            ("LeBron James", Label::Person)
        );
    }

    #[test]
    fn datelines_end_in_any_dash() {
        for dash in ["—", "―", "–", "-"] {
            let text = format!("QUEXELBURG {dash} Lawmakers in the capital voted on a bill late.");
            let doc = segment(&text);
            assert_eq!(
                shown(&text, &datelines(&doc)),
                [("QUEXELBURG", Label::Loc)],
                "{dash}"
            );
        }
    }

    #[test]
    fn untagged_names_ending_in_a_head_word_are_found() {
        let text = "Officers of the Dayton Police Department met at the Riverside Art Museum \
                    with Zorbatz Council staff. The Council met.";
        let doc = segment(text);
        let z = name_of(text, "Zorbatz", Label::Person);
        let found = untagged_heads(&doc, &[z]);
        // a tagged name inside: left to the tagger; an opener is no part of a name
        assert_eq!(
            shown(text, &found),
            [
                ("Dayton Police Department", Label::Org),
                ("Riverside Art Museum", Label::Loc),
            ]
        );
    }

    #[test]
    fn two_known_names_joined_by_and_are_two() {
        let text = "Reuters and Bloomberg saw Bosnia and Herzegovina and Zorbatz and Quexel.";
        let doc = segment(text);
        let at = |w: &str| name_of(text, w, Label::Org);
        let names = vec![
            at("Reuters and Bloomberg"),
            at("Bosnia and Herzegovina"),
            at("Zorbatz and Quexel"),
        ];
        assert_eq!(
            shown(text, &split_pairs(&doc, names)),
            [
                ("Reuters", Label::Org),
                ("Bloomberg", Label::Org),
                // one known name; unknown names: left as they are
                ("Bosnia and Herzegovina", Label::Org),
                ("Zorbatz and Quexel", Label::Org),
            ]
        );
    }

    #[test]
    fn people_named_elsewhere_come_off_organisations() {
        let text = "The Civic Studies Institute Marta Ruvelo spoke. Later Ruvelo left \
                    Metro Transit Ruvelo and Vanta Motors SA. SA said so. The envoy to \
                    the United States Olaf Brenn met Brenn.";
        let doc = segment(text);
        // the `n`th `w` in the text
        let nth = |w: &str, n: usize, l| {
            let s = text.match_indices(w).nth(n).unwrap().0;
            (s, s + w.len(), l)
        };
        let names = vec![
            nth("Civic Studies Institute Marta Ruvelo", 0, Label::Org),
            nth("Ruvelo", 1, Label::Person),
            nth("Metro Transit Ruvelo", 0, Label::Org),
            nth("Vanta Motors SA", 0, Label::Org),
            nth("SA", 1, Label::Person),
            nth("United States Olaf Brenn", 0, Label::Loc),
            nth("Brenn", 1, Label::Person),
        ];
        assert_eq!(
            shown(text, &people_named_elsewhere(&doc, names)),
            [
                ("Civic Studies Institute", Label::Org),
                ("Marta Ruvelo", Label::Person),
                ("Ruvelo", Label::Person),
                ("Metro Transit", Label::Org),
                ("Ruvelo", Label::Person),
                // capitals are no surname
                ("Vanta Motors SA", Label::Org),
                ("SA", Label::Person),
                // what comes before the given name is a known place
                ("United States", Label::Loc),
                ("Olaf Brenn", Label::Person),
                ("Brenn", Label::Person),
            ]
        );
    }

    #[test]
    fn hyphenated_given_names_stay_whole() {
        let text = "Kim Jong-un met Park Min-jun of KTU and U.S.-backed Lee Hyun-woo.";
        let doc = segment(text);
        let at = |w: &str| doc.token_at(text.find(w).unwrap());
        let span = |a: &str, b: &str, kind| tagger::Span {
            start: at(a),
            end: at(b) + 1,
            kind,
        };
        let name = |a, b, kind| {
            let x = clean_span(&doc, span(a, b, kind)).unwrap();
            (&text[x.0..x.1], x.2)
        };
        // the tagger stopped at the hyphen, or went on: the syllable belongs
        assert_eq!(
            name("Kim", "Jong", Kind::Per),
            ("Kim Jong-un", Label::Person)
        );
        assert_eq!(
            name("Lee", "woo", Kind::Per),
            ("Lee Hyun-woo", Label::Person)
        );
        // a legal form alone is no name, but a web address before it is one
        let doc4 = segment("Amazon.com Inc. rose. Shares of Inc. fell.");
        let inc = |n: usize| {
            let k = doc4.token_at(doc4.text.match_indices("Inc.").nth(n).unwrap().0);
            clean_span(
                &doc4,
                tagger::Span {
                    start: k,
                    end: k + 1,
                    kind: Kind::Per,
                },
            )
        };
        let x = inc(0).unwrap();
        assert_eq!((&doc4.text[x.0..x.1], x.2), ("Amazon.com Inc.", Label::Org));
        assert_eq!(inc(1), None);
        // a storm
        let doc5 = segment("Hurricane Ian hit.");
        let x = clean_span(
            &doc5,
            tagger::Span {
                start: 0,
                end: 2,
                kind: Kind::Per,
            },
        )
        .unwrap();
        assert_eq!((&doc5.text[x.0..x.1], x.2), ("Hurricane Ian", Label::Misc));
        // a state after a party's letter
        let doc3 = segment("Rep. Ann Lee (D-N.Y.) spoke.");
        let n = doc3.token_at(doc3.text.find("N.Y.").unwrap());
        let x = clean_span(
            &doc3,
            tagger::Span {
                start: n,
                end: n + 1,
                kind: Kind::Per,
            },
        )
        .unwrap();
        assert_eq!((&doc3.text[x.0..x.1], x.2), ("N.Y.", Label::Loc));
        // a place's name does not end in a title
        let doc2 = segment("Los Angeles Sheriff Alex Villanueva spoke.");
        let x = clean_span(
            &doc2,
            tagger::Span {
                start: 0,
                end: 3,
                kind: Kind::Loc,
            },
        )
        .unwrap();
        assert_eq!(&doc2.text[x.0..x.1], "Los Angeles");
        // "of" ends a person's name
        assert_eq!(
            name("Park", "KTU", Kind::Per),
            ("Park Min-jun", Label::Person)
        );
        // a place before a hyphen and a word stays cut
        assert_eq!(name("U.S.", "backed", Kind::Loc), ("U.S.", Label::Loc));
    }

    #[test]
    fn well_known_organisations_are_orgs() {
        let doc = segment("He posted the photo on Twitter and Google Maps, and ate an apple pie.");
        let t = doc.text.find("Twitter").unwrap();
        let g = doc.text.find("Google").unwrap();
        // "Google" inside a longer tagged name is left to it
        let orgs = tagger::tag_scored(&doc).orgs;
        let found = known_orgs(&doc, &orgs, &[(g, g + 11, Label::Misc)]);
        assert_eq!(found, [(t, t + 7, Label::Org)]);
        let found = known_orgs(&doc, &orgs, &[]);
        assert_eq!(found, [(t, t + 7, Label::Org), (g, g + 6, Label::Org)]);
        let l = recognise(&doc);
        let m = l.mention_at(t).unwrap();
        assert_eq!((m.start, m.label), (t, Label::Org));
    }

    #[test]
    fn glued_sentence_openers_and_captions_are_cut() {
        let doc = segment(
            "Tourists flying to the U.S. The President acted. Student Maria Lopez Image: Reuters. \
             Party chair Jane Okafor In the hall",
        );
        let at = |w: &str| doc.token_at(doc.text.find(w).unwrap());
        let span = |a: &str, b: &str, kind| tagger::Span {
            start: at(a),
            end: at(b) + 1,
            kind,
        };
        let x = clean_span(&doc, span("U.S.", "President", Kind::Loc)).unwrap();
        assert_eq!(&doc.text[x.0..x.1], "U.S.");
        let x = clean_span(&doc, span("Maria", "Image", Kind::Per)).unwrap();
        assert_eq!(&doc.text[x.0..x.1], "Maria Lopez");
        // a sentence opener glued as the last word
        let x = clean_span(&doc, span("Jane", "In", Kind::Per)).unwrap();
        assert_eq!(&doc.text[x.0..x.1], "Jane Okafor");
        // a name's last word may be one: "Group A"
        let doc = segment("They play in Group A tomorrow.");
        let g = doc.token_at(doc.text.find("Group").unwrap());
        let x = clean_span(
            &doc,
            tagger::Span {
                start: g,
                end: g + 2,
                kind: Kind::Misc,
            },
        )
        .unwrap();
        assert_eq!(&doc.text[x.0..x.1], "Group A");
    }

    #[test]
    fn lone_unknown_people_take_the_next_best_kind() {
        let doc = segment("Anna Berg left Olivetti. Berg and Zorbatz met Smith.");
        let at = |w: &str, n: usize| {
            let s = doc.text.match_indices(w).nth(n).unwrap().0;
            (s, s + w.len(), Label::Person)
        };
        let mut names = vec![
            at("Anna Berg", 0),
            at("Olivetti", 0),
            at("Berg", 1),
            at("Zorbatz", 0),
            at("Smith", 0),
        ];
        let close = [-3000.0, -3100.0, -3500.0, -3400.0];
        let far = [-3000.0, -4000.0, -4100.0, -3900.0];
        orphan_people(&doc, &mut names, &[close, close, close, far, close]);
        let labels: Vec<Label> = names.iter().map(|x| x.2).collect();
        // part of a full name, a known surname, or far behind: left alone
        let doc2 = segment("Zorbatz said no. Mr. Zorbatz left Quexel. Putin spoke.");
        let at2 = |w: &str, n: usize| {
            let s = doc2.text.match_indices(w).nth(n).unwrap().0;
            (s, s + w.len(), Label::Person)
        };
        let mut names2 = vec![
            at2("Zorbatz", 0),
            at2("Zorbatz", 1),
            at2("Quexel", 0),
            at2("Putin", 0),
        ];
        orphan_people(&doc2, &mut names2, &[close; 4]);
        let labels2: Vec<Label> = names2.iter().map(|x| x.2).collect();
        // "X said", "Mr. X" and well-known figures stay people
        assert_eq!(
            labels2,
            [Label::Person, Label::Person, Label::Org, Label::Person]
        );
        assert_eq!(
            labels,
            [
                Label::Person,
                Label::Org,
                Label::Person,
                Label::Person,
                Label::Person
            ]
        );
    }

    #[test]
    fn head_words_decide_the_kind() {
        assert_eq!(
            head_label("World Health Organisation", Label::Misc),
            Some(Label::Org)
        );
        assert_eq!(head_label("Labour Party", Label::Person), Some(Label::Org));
        assert_eq!(head_label("Wembley Stadium", Label::Misc), Some(Label::Loc));
        // a building is a place even when tagged as an organisation
        assert_eq!(head_label("Union Station", Label::Org), Some(Label::Loc));
        assert_eq!(head_label("Union Station", Label::Loc), None);
        assert_eq!(
            head_label("Tampa Convention Center", Label::Org),
            Some(Label::Loc)
        );
        assert_eq!(head_label("Tax Policy Center", Label::Org), None);
        // a newspaper: a place or a day before its last word
        assert_eq!(head_label("Denver Sun", Label::Person), Some(Label::Org));
        assert_eq!(head_label("Sunday Times", Label::Loc), Some(Label::Org));
        assert_eq!(head_label("Jim Courier", Label::Person), None);
        assert_eq!(head_label("Clean Air Act", Label::Org), Some(Label::Misc));
        assert_eq!(
            head_label("Royal Free Hospital", Label::Person),
            Some(Label::Loc)
        );
        // a known place and a plural: a team; places with plural names stay places
        assert_eq!(head_label("Boston Celtics", Label::Loc), Some(Label::Org));
        assert_eq!(head_label("Leeds United", Label::Loc), Some(Label::Org));
        assert_eq!(head_label("Niagara Falls", Label::Loc), None);
        assert_eq!(head_label("United States", Label::Loc), None);
        // an organisation tagged so stays one; one word is no evidence
        assert_eq!(head_label("Pew Research Center", Label::Org), None);
        assert_eq!(head_label("Party", Label::Person), None);
        assert_eq!(head_label("John Smith", Label::Person), None);
    }

    #[test]
    fn a_lone_name_read_both_ways_takes_the_other_reading() {
        let doc =
            segment("Zorbatz grew. Police in Zorbatz said Zorbatz was calm. Anna Smith met Smith.");
        let z: Vec<usize> = doc.text.match_indices("Zorbatz").map(|m| m.0).collect();
        let s: Vec<usize> = doc.text.match_indices("Smith").map(|m| m.0).collect();
        let a = doc.text.find("Anna").unwrap();
        let l = group(
            &doc,
            &[
                (z[0], z[0] + 7, Label::Person),
                (z[1], z[1] + 7, Label::Loc),
                (z[2], z[2] + 7, Label::Loc),
                (a, s[0] + 5, Label::Person),
                (s[1], s[1] + 5, Label::Loc),
            ],
        );
        let labels: Vec<Label> = l.mentions.iter().map(|m| m.label).collect();
        // "Smith" is Anna Smith's surname: a person
        assert_eq!(
            labels,
            [
                Label::Loc,
                Label::Loc,
                Label::Loc,
                Label::Person,
                Label::Person
            ]
        );
    }

    #[test]
    fn empty_text_has_no_entities() {
        let l = recognise(&segment(""));
        assert!(l.mentions.is_empty() && l.groups.is_empty() && l.roles.is_empty());
        assert!(l.mention_at(0).is_none());
    }
}
