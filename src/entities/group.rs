//! Mentions grouped into entities: "Putin" with "Vladimir Putin"
//! (`group-surname`), "NATO" with "North Atlantic Treaty Organization"
//! (`group-initials`, `group-defined-acronym`), "City" with "Manchester
//! City" (`org-short-name`), "US" with "United States" (one key for both,
//! [`key_of`]); and each entity's label, by its mentions' votes
//! (`label-majority`, `person-not-place`, `person-reading-slip`: a person
//! so relabelled joins the entity of its new kind and name).

use super::evidence;
use super::gazetteer::{self, Lex};
use super::rules::EntityRule::{self, *};
use super::span::{Cx, Span};
use super::{EntityLayer, Gender};
use crate::maps::{StrIds, StrMap};
use crate::types::{Entity, Label, Mention};
use crate::words::{self, has, has_lower, Lower};

/// Spelling-independent key of a name: lower case, no periods, one space;
/// the usual short forms of a few countries and unions are their long
/// forms ("US", "U.S.", "America" → "united states").
///
/// ```
/// use newsmark::entities::group::key_of;
/// assert_eq!(key_of("U.S."), "united states");
/// assert_eq!(key_of("Vladimir  Putin"), "vladimir putin");
/// ```
pub fn key_of(name: &str) -> String {
    let mut k = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        if w.is_ascii() {
            // most names: no case table to search, a byte at a time
            k.extend(
                w.bytes()
                    .filter(|&b| b != b'.')
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            for c in w.chars().filter(|&c| c != '.') {
                k.extend(c.to_lowercase());
            }
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
pub(super) fn better_name(name: &str, current: &str) -> bool {
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
pub(super) fn initials(name: &str) -> Option<String> {
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

/// Do a name's lexicon categories `l` make it a place (a country, city,
/// county or region) that is no given name or surname? "Vladivostok", "San
/// Diego", "Tower Hamlets" are places; "Washington", "Tyler", "Jordan" may
/// be people too.
fn is_place_not_person(l: Lex) -> bool {
    l.contains(Lex(Lex::PLACE.0 | Lex::REGION.0)) && !l.contains(Lex(Lex::FIRST.0 | Lex::LAST.0))
}

fn gender_of(name: &str) -> Gender {
    let first = name.split_whitespace().next().unwrap_or("").lower();
    if name.split_whitespace().count() < 2 {
        return Gender::Unknown;
    }
    let l = gazetteer::given_gender(&first);
    match (l.contains(Lex::FIRST_M), l.contains(Lex::FIRST_F)) {
        (true, false) => Gender::Male,
        (false, true) => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The gender an honorific right before a name gives it: "Mrs Kell" is a
/// woman, "Mr. Kell" a man.
fn honorific_gender(cx: &Cx, start: usize) -> Gender {
    let k = cx.doc.token_at(start);
    let w = if k > 0 { cx.word(k - 1) } else { "" }.trim_end_matches('.');
    if has_lower(words::MALE_HONORIFICS, w) {
        Gender::Male
    } else if has_lower(words::FEMALE_HONORIFICS, w) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// Groups labelled spans (ordered, not overlapping) into entities.
pub fn group(cx: &Cx, spans: &[Span]) -> EntityLayer {
    let text = cx.text;
    let mut layer = EntityLayer::default();
    // first pass: the full names of people by surname, and long forms by initials
    let mut by_surname: StrMap<Vec<(usize, String)>> = StrMap::default();
    // "von der leyen" to the full names that end in it
    let mut by_particle_surname: StrMap<Vec<(usize, String)>> = StrMap::default();
    let mut by_initials: StrMap<(String, EntityRule)> = StrMap::default();
    // "city" to "manchester city" (to "" where two organisations end so)
    let mut by_short: StrMap<(String, EntityRule)> = StrMap::default();
    for (k, x) in spans.iter().enumerate() {
        let name = &text[x.start..x.end];
        if let Some(w) = evidence::short_name(cx, x).filter(|_| cx.on(OrgShortName)) {
            let long = key_of(name.strip_prefix("The ").unwrap_or(name));
            let e = by_short.entry(w.lower(), || (long.clone(), OrgShortName));
            if e.0 != long {
                e.0.clear();
            }
        }
        if let Some(w) = evidence::first_name_of_company(cx, x).filter(|_| cx.on(OrgFirstWord)) {
            let long = key_of(name);
            let e = by_short.entry(w.lower(), || (long.clone(), OrgFirstWord));
            if e.0 != long {
                e.0.clear();
            }
        }
        if x.label == Label::Person && name.split_whitespace().count() > 1 {
            let key = key_of(name);
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            // its surname from the first particle after its first word on
            // ("von der leyen" of "ursula von der leyen")
            let mut p = 0;
            for w in key.split(' ') {
                if p > 0 && has(words::NAME_PARTICLES, w) {
                    by_particle_surname
                        .entry(key[p..].to_string(), Vec::new)
                        .push((k, key.clone()));
                    break;
                }
                p += w.len() + 1;
            }
            by_surname.entry(last, Vec::new).push((k, key));
        } else if cx.on(GroupInitials) && matches!(x.label, Label::Org | Label::Loc | Label::Misc) {
            if let Some(ini) = initials(name) {
                by_initials.entry(ini, || (key_of(name), GroupInitials));
            }
        }
    }
    // defined acronyms: "Long Name (ACR)"
    for w in spans.windows(2).filter(|_| cx.on(GroupDefinedAcronym)) {
        let (a, b) = (w[0], w[1]);
        let between = &text[a.end..b.start];
        if between.trim() == "(" && text[b.end..].starts_with(')') {
            let acr = key_of(&text[b.start..b.end]);
            let long = &text[a.start..a.end];
            // the letters must fit: "North Atlantic Treaty Organization (NATO)", not "Kenya (AP)"
            let fits = initials(long).is_some_and(|i| {
                i == acr
                    || (i.len() >= 2
                        && acr.len() >= 2
                        && i.chars().next().is_some_and(|c| acr.starts_with(c)))
            });
            if fits {
                by_initials.insert(acr, (key_of(long), GroupDefinedAcronym));
            }
        }
    }
    // entity ids by key: a person's, then any other's
    let mut ids: [StrIds; 2] = Default::default();
    // a mention a span: room made once (grown by doubling, these two set
    // the memory's peak at a megabyte of text)
    layer.mentions.reserve_exact(spans.len());
    layer.whys.reserve_exact(spans.len());
    // votes for each entity's label, then how many of its mentions follow
    // a man's, a woman's and no honorific (9 + the `Gender`)
    let mut votes: Vec<[u32; 12]> = Vec::new();
    for (k, x) in spans.iter().enumerate() {
        let name = &text[x.start..x.end];
        // "The Washington Post" is the "Washington Post" of another line
        let mut key = key_of(name.strip_prefix("The ").unwrap_or(name));
        let mut label = x.label;
        let mut why = x.why;
        // "Putin" after "Vladimir Putin": a lone word that is a person's surname is that person
        if cx.on(GroupSurname)
            && label.is_name()
            && label != Label::Person
            && !key.contains(' ')
            && by_surname.get(&key).is_some_and(|full| {
                // a country is a surname only after a known given name
                // ("Steve Israel", not a slip such as "Golan Heights Israel")
                let l = gazetteer::lookup(&key);
                !l.contains(Lex::NORP)
                    && !is_place_not_person(l)
                    && (!l.contains(Lex(Lex::COUNTRY.0 | Lex::CONTINENT.0))
                        || full.iter().any(|(_, fk)| {
                            let first = fk.split(' ').next().unwrap_or("");
                            gazetteer::lookup(first).contains(Lex::FIRST)
                        }))
            })
        {
            label = Label::Person;
            why.add(GroupSurname);
        }
        let mut hon = Gender::Unknown;
        if label == Label::Person {
            if cx.on(HonorificGender) {
                hon = honorific_gender(cx, x.start);
            }
            let parts = key.split(' ').count();
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            // "von der Leyen" after "Ursula von der Leyen": a surname that
            // opens with a particle joins the nearest full name ending in it
            // (`by_particle_surname` in text order: found by a binary search)
            let longer = by_particle_surname
                .get(&key)
                .filter(|_| cx.on(GroupSurname))
                .and_then(|full| {
                    let before = full.partition_point(|(j, _)| *j < k);
                    before
                        .checked_sub(1)
                        .and_then(|b| full.get(b))
                        .or(full.first())
                });
            if let Some((_, fk)) = longer {
                key = fk.clone();
                why.add(GroupSurname);
            } else if let Some(full) = by_surname.get(&last).filter(|_| cx.on(GroupSurname)) {
                // the nearest full name before this mention, else the first after
                // (`full` is in text order: a binary search keeps this linear overall)
                let before = full.partition_point(|(j, _)| *j <= k);
                let pick = before
                    .checked_sub(1)
                    .and_then(|b| full.get(b))
                    .or(full.first());
                // "Mrs Smith" is not "John Smith": a lone surname after an
                // honorific joins no full name whose given name says the
                // other gender (but the first, where that one does not)
                let clash = |(_, fk): &&(usize, String)| {
                    let g = gender_of(fk);
                    parts == 1 && hon != Gender::Unknown && g != Gender::Unknown && g != hon
                };
                let pick = match pick {
                    Some(p) if clash(&p) => {
                        why.add(HonorificGender);
                        full.first().filter(|p| !clash(p))
                    }
                    p => p,
                };
                if let Some((_, fk)) = pick {
                    let first_same = key.split(' ').next() == fk.split(' ').next();
                    if parts == 1 || first_same {
                        if key != *fk {
                            why.add(GroupSurname);
                        }
                        key = fk.clone();
                    }
                }
            }
        } else if label.is_name() && !name.contains(' ') {
            if let Some((long, rule)) = by_initials.get(&key) {
                key = long.clone();
                why.add(*rule);
            } else if let Some((long, rule)) = by_short
                .get(&key)
                .filter(|(long, _)| label == Label::Org && !long.is_empty())
            {
                key = long.clone();
                why.add(*rule);
            }
        }
        // the honorific gives the entity a gender its names do not
        if hon != Gender::Unknown && gender_of(&key) != hon {
            why.add(HonorificGender);
        }
        let (key, person) = if label.is_name() {
            (key, label == Label::Person)
        } else {
            (format!("{}\u{0}{}", label.as_str(), key), true)
        };
        let id = *ids[usize::from(!person)].entry(key).or_insert_with(|| {
            layer.groups.push(Entity {
                id: layer.groups.len() as u32,
                label,
                name: name.to_string(),
                mentions: 0,
            });
            votes.push([0; 12]);
            layer.groups.len() as u32 - 1
        });
        let g = &mut layer.groups[id as usize];
        g.mentions += 1;
        if better_name(name, &g.name) {
            g.name = name.to_string();
        }
        let li = Label::ALL.iter().position(|&l| l == label).unwrap_or(0);
        votes[id as usize][li] += 1;
        votes[id as usize][9 + hon as usize] += 1;
        layer.mentions.push(Mention {
            start: x.start,
            end: x.end,
            label,
            id,
            why: Vec::new(),
        });
        layer.whys.push(why);
    }
    // which rule set each entity's label, where one changed it
    let mut label_rule: Vec<Option<EntityRule>> = vec![None; layer.groups.len()];
    // an entity takes the label most of its mentions have (the first on a tie),
    // and its mentions follow it
    for ((g, v), rule) in layer.groups.iter_mut().zip(&votes).zip(&mut label_rule) {
        let first = Label::ALL.iter().position(|&l| l == g.label).unwrap_or(0);
        let mut best = first;
        if cx.on(LabelMajority) {
            for (i, &n) in v[..9].iter().enumerate() {
                if n > v[best] {
                    best = i;
                }
            }
        }
        g.label = Label::ALL[best];
        *rule = Some(LabelMajority);
        // a person's name is never a country or a city no one is named after
        if cx.on(PersonNotPlace)
            && g.label == Label::Person
            && is_place_not_person(gazetteer::lookup_name(&g.name))
        {
            g.label = Label::Loc;
            *rule = Some(PersonNotPlace);
        }
    }
    // "Tyler" a place in one sentence and a person in another, with no
    // "Michael Tyler" in the article: the person reading is a slip when
    // the other reading has at least as many mentions
    let mut other: StrMap<(Label, u32)> = StrMap::default();
    // (a set: each name to 0)
    let mut first_names = StrIds::default();
    for g in &layer.groups {
        let key = key_of(&g.name);
        if g.label == Label::Person {
            if let Some((f, _)) = key.split_once(' ') {
                first_names.insert(f.to_string(), 0);
            }
        } else if g.label.is_name() && g.label != Label::Norp && !key.contains(' ') {
            let e = other.entry(key, || (g.label, 0));
            if e.0 == g.label {
                e.1 += g.mentions;
            }
        }
    }
    if cx.on(PersonReadingSlip) && !other.is_empty() {
        for (g, rule) in layer.groups.iter_mut().zip(&mut label_rule) {
            let key = key_of(&g.name);
            if g.label == Label::Person
                && !key.contains(' ')
                && !by_surname.contains_key(&key)
                && !first_names.contains_key(&key)
            {
                // the reading most of its mentions have (the place on a tie)
                if let Some(&(l, _)) = other.get(&key).filter(|o| o.1 >= g.mentions) {
                    g.label = l;
                    *rule = Some(PersonReadingSlip);
                }
            }
        }
    }
    // a person's entity relabelled so ("Villa" the person, a slip for the
    // club) joins the entity of that name and label, not listed twice
    let [people, others] = &ids;
    let joins: Vec<(usize, usize)> = people
        .iter()
        .filter_map(|(key, &p)| {
            let o = *others.get(key)?;
            (layer.groups[p as usize].label == layer.groups[o as usize].label)
                .then_some((p as usize, o as usize))
        })
        .collect();
    if !joins.is_empty() {
        join_entities(&mut layer, &mut votes, &mut label_rule, &joins);
    }
    for (m, why) in layer.mentions.iter_mut().zip(&mut layer.whys) {
        let label = layer.groups[m.id as usize].label;
        if m.label != label {
            if let Some(rule) = label_rule[m.id as usize] {
                why.add(rule);
            }
        }
        m.label = label;
    }
    // an honorific's gender over the given name's, where the entity's
    // honorifics agree
    layer.genders = layer
        .groups
        .iter()
        .zip(&votes)
        .map(|(g, v)| match (g.label == Label::Person, v[9], v[10]) {
            (false, ..) => Gender::Unknown,
            (_, 1.., 0) => Gender::Male,
            (_, 0, 1..) => Gender::Female,
            _ => gender_of(&g.name),
        })
        .collect();
    layer
}

/// Joins each person's entity `from` of `joins` into the entity `into` of
/// another kind (joined into no other), and numbers the entities left in
/// order. The mentions that change label say which rule changed their
/// entity's.
fn join_entities(
    layer: &mut EntityLayer,
    votes: &mut Vec<[u32; 12]>,
    label_rule: &mut Vec<Option<EntityRule>>,
    joins: &[(usize, usize)],
) {
    let n = layer.groups.len();
    let mut to: Vec<usize> = (0..n).collect();
    for &(from, into) in joins {
        to[from] = into;
        let (mentions, name) = (layer.groups[from].mentions, layer.groups[from].name.clone());
        let g = &mut layer.groups[into];
        g.mentions += mentions;
        // "Shah Alam" over a dateline's "SHAH ALAM" (no person, so no
        // gender to count)
        if better_name(&name, &g.name) {
            g.name = name;
        }
    }
    // the new number of each entity
    let mut id = vec![0u32; n];
    let mut kept = 0;
    for i in 0..n {
        if to[i] == i {
            id[i] = kept;
            kept += 1;
        }
    }
    for (m, why) in layer.mentions.iter_mut().zip(&mut layer.whys) {
        let old = m.id as usize;
        let label = layer.groups[old].label;
        if m.label != label {
            if let Some(rule) = label_rule[old] {
                why.add(rule);
            }
            m.label = label;
        }
        m.id = id[to[old]];
    }
    // the entities kept, moved down in order over those joined
    let mut w = 0;
    for (r, &into) in to.iter().enumerate() {
        if into == r {
            layer.groups.swap(w, r);
            votes.swap(w, r);
            label_rule.swap(w, r);
            w += 1;
        }
    }
    layer.groups.truncate(w);
    votes.truncate(w);
    label_rule.truncate(w);
    for g in &mut layer.groups {
        g.id = id[g.id as usize];
    }
}
