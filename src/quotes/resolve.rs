//! Resolving a speaker phrase to its mention, a canonical name and an
//! entity id.
//!
//! The phrase is found on tokens ([`super::np`]); `fill` picks the
//! mention in it (rules `relative-who`, `person-mention`,
//! `speaker-title-off`), and the entity layer names it: a mention
//! overlapping the phrase gives its entity; a personal pronoun gives the
//! person its sentence's subject names, else the nearest person mentioned
//! before it (outside quoted text where possible); a role noun ("the
//! spokesman") gives the person holding that role, else (rule
//! `role-synonym`) the person holding the nearest earlier role of its class
//! ("the minister" after "Transport Secretary Ann Coyle"). Anything else
//! keeps the words as written. (The naming steps but `role-synonym` are no
//! rules of the table: they are how a speaker is named at all.)
//!
//! ```
//! use newsmark::entities::EntityLayer;
//! use newsmark::quotes::resolve::Resolver;
//! use newsmark::{Entity, Label, Mention};
//! let text = "Dmitry Peskov spoke. He said so.";
//! let layer = EntityLayer {
//!     mentions: vec![Mention { start: 0, end: 13, label: Label::Person, id: 0, why: vec![] }],
//!     groups: vec![Entity { id: 0, label: Label::Person, name: "Dmitry Peskov".into(), mentions: 1 }],
//!     ..Default::default()
//! };
//! let r = Resolver::new(text, &layer);
//! assert_eq!(r.resolve(21, 23, &[]), (Some("Dmitry Peskov".to_string()), Some(0)));
//! ```

use super::attribute::{relative_antecedent, sentence_subject, state_after_town};
use super::cx::Cx;
use super::np::{self, Np};
use super::rules::QuoteRule::{self, *};
use crate::entities::gazetteer::{self, Lex};
use crate::entities::{EntityLayer, Gender};
use crate::maps::StrMap;
use crate::rules::Why;
use crate::segment::TokenKind;
use crate::types::{Label, Quote};
use crate::words::{has, role_class, role_of, speech, Lower};

/// Names speakers; built once per document.
pub struct Resolver<'a> {
    text: &'a str,
    layer: &'a EntityLayer,
    /// Last word of each role (lower case; with `role-synonym`, the role
    /// word it ends in, [`role_of`], where it ends in one: "prime
    /// minister") → (role start, person id), in text order.
    roles: StrMap<Vec<(usize, u32)>>,
    /// With `role-synonym`, the classes of each role of the layer (same
    /// index; [`role_class`](crate::words::role_class) bits); else empty.
    classes: Vec<u8>,
    /// With `role-of-name-speaker`: a name after "of" or "for" in a phrase
    /// ("The mayor of London") is the role's, not the speaker.
    owners: bool,
    /// With `epithet-speaker`: "the Italian", "the 65-year-old" is the
    /// person named before.
    epithets: bool,
}

/// How far back from a relative "who" its antecedent is read, in tokens:
/// the longest phrase, a comma and the pronoun itself.
const ANTECEDENT_REACH: usize = np::MAX_LEN + 2;

/// How far back (in mentions) a pronoun looks for its person.
const PRONOUN_REACH: usize = 60;

/// How many roles back a role word looks for one of its class.
const ROLE_REACH: usize = 30;

/// Lexicon bits of a person's name: a given name, a surname, a person in the tagger's training names.
const PERSON_NAME: Lex = Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::G_PER.0);

/// The key a lower-case role phrase is filed under, and its classes: with
/// `synonyms`, the role word it ends in ([`role_of`]: "prime minister"),
/// else (or when it ends in none) its last word, of no class.
fn role_key(lower: &str, synonyms: bool) -> (&str, u8) {
    match if synonyms { role_of(lower) } else { ("", 0) } {
        (_, 0) => (lower.split_whitespace().last().unwrap_or(""), 0),
        found => found,
    }
}

impl<'a> Resolver<'a> {
    /// Prepares role lookups for `layer`, with rule `role-synonym`.
    pub fn new(text: &'a str, layer: &'a EntityLayer) -> Self {
        Self::with_synonyms(text, layer, true)
    }

    /// Prepares role lookups for `layer`; `synonyms`: with rule
    /// `role-synonym` ("the minister" is the "Transport Secretary" named
    /// before).
    pub fn with_synonyms(text: &'a str, layer: &'a EntityLayer, synonyms: bool) -> Self {
        let mut roles: StrMap<Vec<(usize, u32)>> = StrMap::default();
        let mut classes = Vec::new();
        for r in &layer.roles {
            let lower = r.role.lower();
            let (key, mut class) = role_key(&lower, synonyms);
            if synonyms {
                // a secretary is a minister in a cabinet's style only, a
                // title written in capitals: "Transport Secretary", not
                // "Press Secretary" or a union's "general secretary"
                if key == "secretary"
                    && (r.role.starts_with(char::is_lowercase) || lower.starts_with("press"))
                {
                    class = 0;
                }
                classes.push(class);
            }
            roles
                .entry(key.to_string(), Vec::new)
                .push((r.start, r.person));
        }
        for v in roles.values_mut() {
            crate::sort::sort_by_offset(v, |r| r.0);
        }
        Resolver {
            text,
            layer,
            roles,
            classes,
            owners: true,
            epithets: true,
        }
    }

    /// The same, with rule `role-of-name-speaker` on or off (`on`).
    ///
    /// ```
    /// use newsmark::quotes::resolve::Resolver;
    /// let text = "The mayor of London said so.";
    /// let layer = newsmark::entities::recognise(&newsmark::segment::segment(text));
    /// let r = Resolver::new(text, &layer);
    /// assert_eq!(r.resolve(0, 19, &[]).0.as_deref(), Some("The mayor of London"));
    /// let r = Resolver::new(text, &layer).owners(false);
    /// assert_eq!(r.resolve(0, 19, &[]).0.as_deref(), Some("London"));
    /// ```
    pub fn owners(self, on: bool) -> Self {
        Resolver { owners: on, ..self }
    }

    /// The same, with rule `epithet-speaker` on or off (`on`).
    pub fn epithets(self, on: bool) -> Self {
        Resolver {
            epithets: on,
            ..self
        }
    }

    fn group(&self, id: u32) -> Option<(Option<String>, Option<u32>)> {
        self.layer
            .groups
            .get(id as usize)
            .map(|g| (Some(g.name.clone()), Some(id)))
    }

    /// The name and id for the speaker mention at bytes `start..end`.
    /// `quoted` lists quoted spans (sorted by start) a pronoun's antecedent
    /// should preferably lie outside of.
    pub fn resolve(
        &self,
        start: usize,
        end: usize,
        quoted: &[(usize, usize)],
    ) -> (Option<String>, Option<u32>) {
        self.resolve_why(start, end, quoted).0
    }

    /// [`Self::resolve`], with the rule that named the speaker when one
    /// beyond plain resolution did (`role-synonym`).
    pub fn resolve_why(
        &self,
        start: usize,
        end: usize,
        quoted: &[(usize, usize)],
    ) -> ((Option<String>, Option<u32>), Option<QuoteRule>) {
        let written = self.text.get(start..end).unwrap_or("").trim();
        let lower = written.lower();
        let ms = &self.layer.mentions;
        // A mention overlapping the phrase.
        let first = ms.partition_point(|m| m.end <= start);
        // The mention must reach the phrase's last word: "The European
        // leaders" is not the NORP mention "European".
        let last_word = start + written.rfind(' ').map_or(0, |i| i + 1);
        let mut best: Option<(usize, u32)> = None;
        for m in ms[first..]
            .iter()
            .take_while(|m| m.start < end)
            .filter(|m| m.end > last_word)
        {
            let overlap = m.end.min(end) - m.start.max(start);
            // "The mayor of London", "the head of the Bank of England": a
            // name the phrase's role belongs to is not who speaks
            let before = self.text.get(start..m.start).unwrap_or("");
            let before = before.strip_suffix("the ").unwrap_or(before);
            let owner = self.owners
                && m.start > start
                && (before.ends_with(" of ") || before.ends_with(" for "));
            let named = matches!(
                m.label,
                Label::Person | Label::Org | Label::Norp | Label::Loc | Label::Misc
            );
            if named && !owner && best.is_none_or_less(overlap) {
                best = Some((overlap, m.id));
            }
        }
        // "the Italian said", "the 65-year-old said": one of a people or an
        // age after "the" stands for the person named before, as "he" does
        let norp = |id: u32| {
            self.layer
                .groups
                .get(id as usize)
                .is_some_and(|g| g.label == Label::Norp)
        };
        // (the mention may be the name alone: "the" before it)
        let word = lower.strip_prefix("the ").unwrap_or(&lower);
        let after_the = word.len() < lower.len()
            || self
                .text
                .get(start.saturating_sub(4)..start)
                .is_some_and(|p| p.eq_ignore_ascii_case("the "));
        // one of a people, not the people ("the Saudis", "the French",
        // "the Chinese", "the Dutchmen"): "the Dutchman" is one
        let one_of = !word.ends_with(['s', 'h'])
            && !word.ends_with("ese")
            && !word.ends_with("men")
            && best.is_some_and(|(_, id)| norp(id));
        let epithet = self.epithets
            && after_the
            && !word.contains(' ')
            && (word.ends_with("-year-old") || one_of);
        if let Some(r) = epithet
            .then(|| self.nearest(first, quoted, &[Label::Person]))
            .flatten()
            .and_then(|id| self.group(id))
        {
            return (r, Some(EpithetSpeaker));
        }
        if let Some((_, id)) = best {
            if let Some(r) = self.group(id) {
                return (r, None);
            }
        }
        match lower.as_str() {
            w if has(speech::PERSONAL_PRONOUNS, w) => {
                let female = matches!(lower.as_str(), "she" | "her");
                if let Some(id) = self.nearest_person(first, quoted, female) {
                    if let Some(r) = self.group(id) {
                        return (r, None);
                    }
                }
            }
            "they" | "their" => {
                if let Some(id) = self.nearest(first, quoted, &[Label::Org, Label::Norp]) {
                    if let Some(r) = self.group(id) {
                        return (r, None);
                    }
                }
            }
            _ => {}
        }
        // A role noun: "the spokesman", "Trump’s spokeswoman".
        let (key, class) = role_key(&lower, !self.classes.is_empty());
        if let Some(v) = self.roles.get(key) {
            let i = v.partition_point(|&(s, _)| s < start);
            let (_, person) = if i > 0 { v[i - 1] } else { v[0] };
            if let Some(r) = self.group(person) {
                return (r, None);
            }
        }
        // A bare role word ("the minister", "the club’s boss", not "the
        // former minister"): the nearest role of its class before it.
        let before = &lower[..lower.len() - key.len()];
        let bare =
            matches!(before, "" | "the ") || before.ends_with("s ") && before.contains(['\'', '’']);
        if bare && class != 0 && class < role_class::ONLY_ITSELF {
            let roles = &self.layer.roles;
            let i = roles.partition_point(|r| r.start < start);
            let found = (i.saturating_sub(ROLE_REACH)..i)
                .rev()
                .find(|&k| self.classes.get(k).is_some_and(|c| c & class != 0));
            if let Some(r) = found.and_then(|k| self.group(roles[k].person)) {
                return (r, Some(RoleSynonym));
            }
        }
        let r = if written.is_empty() {
            (None, None)
        } else {
            (Some(written.to_string()), None)
        };
        (r, None)
    }

    /// The person a personal pronoun at bytes `start..end` stands for when
    /// `antecedent` (bytes) is a candidate the caller prefers, such as the
    /// subject of the pronoun's sentence: the PERSON entity whose mention
    /// covers the candidate's last word, if its gender hint agrees with the
    /// pronoun. `None` when the pronoun is not "he"/"she" or the candidate
    /// is no such person.
    pub fn pronoun_as(
        &self,
        start: usize,
        end: usize,
        antecedent: (usize, usize),
    ) -> Option<(Option<String>, Option<u32>)> {
        let lower = self.text.get(start..end)?.trim().lower();
        let female = match lower.as_str() {
            "he" | "his" => false,
            "she" | "her" => true,
            _ => return None,
        };
        let (a, b) = antecedent;
        let written = self.text.get(a..b)?.trim_end();
        let last_word = a + written.rfind(' ').map_or(0, |i| i + 1);
        let b = a + written.len();
        let wrong = if female { Gender::Male } else { Gender::Female };
        let ms = &self.layer.mentions;
        let first = ms.partition_point(|m| m.end <= last_word);
        let m = ms[first..]
            .iter()
            .take_while(|m| m.start < b)
            .find(|m| m.label == Label::Person && m.end >= b)?;
        if self.layer.genders.get(m.id as usize) == Some(&wrong) {
            return None;
        }
        self.group(m.id)
    }

    /// The nearest mention with one of `labels` before mention index `first`,
    /// preferring one outside quoted text.
    fn nearest(&self, first: usize, quoted: &[(usize, usize)], labels: &[Label]) -> Option<u32> {
        self.nearest_where(first, quoted, labels, &|_| true)
    }

    /// [`Self::nearest`] among the entities `ok` accepts.
    fn nearest_where(
        &self,
        first: usize,
        quoted: &[(usize, usize)],
        labels: &[Label],
        ok: &dyn Fn(u32) -> bool,
    ) -> Option<u32> {
        let ms = &self.layer.mentions;
        let mut fallback = None;
        let mut weak = None;
        for m in ms[..first].iter().rev().take(PRONOUN_REACH) {
            if !labels.contains(&m.label) || !ok(m.id) {
                continue;
            }
            let q = quoted.partition_point(|&(s, _)| s <= m.start);
            let inside = q > 0 && quoted[q - 1].1 > m.start;
            if inside {
                fallback.get_or_insert(m.id);
            } else if self.strong(m.id) {
                return Some(m.id);
            } else {
                weak.get_or_insert(m.id);
            }
        }
        weak.or(fallback)
    }

    /// The nearest person before mention index `first` that a personal
    /// pronoun can stand for: one whose gender hint does not contradict it
    /// ("she" is not "Donald Trump"), else the nearest person at all.
    fn nearest_person(&self, first: usize, quoted: &[(usize, usize)], female: bool) -> Option<u32> {
        let wrong = if female { Gender::Male } else { Gender::Female };
        let agrees = |id: u32| self.layer.genders.get(id as usize) != Some(&wrong);
        self.nearest_where(first, quoted, &[Label::Person], &agrees)
            .or_else(|| self.nearest(first, quoted, &[Label::Person]))
    }

    /// A person named more than once or with a full name: a likelier
    /// antecedent than a one-word name seen once (often a tagging slip:
    /// "Although", "Americans").
    fn strong(&self, id: u32) -> bool {
        self.layer
            .groups
            .get(id as usize)
            .is_some_and(|g| g.mentions >= 2 || g.name.contains(' '))
    }
}

trait LessThan {
    fn is_none_or_less(&self, x: usize) -> bool;
}

impl LessThan for Option<(usize, u32)> {
    fn is_none_or_less(&self, x: usize) -> bool {
        match self {
            None => true,
            Some((o, _)) => *o < x,
        }
    }
}

/// Sets the cue of `q` from cue tokens `cue`, and its speaker from the
/// phrase `np`: the mention, its name and entity. Notes in `why` the rules
/// that picked the mention.
#[allow(clippy::too_many_arguments)]
pub(super) fn fill(
    cx: &Cx,
    resolver: &Resolver,
    entities: &EntityLayer,
    quoted: &[(usize, usize)],
    q: &mut Quote,
    why: &mut Why<QuoteRule>,
    np: Option<Np>,
    cue: (usize, usize),
) {
    let doc = cx.doc;
    if cue.0 < cue.1 && cue.1 <= doc.tokens.len() {
        let (cs, ce) = (doc.tokens[cue.0].start, doc.tokens[cue.1 - 1].end);
        q.cue = Some(doc.text[cs..ce].to_string());
        q.cue_start = Some(cs);
        q.cue_end = Some(ce);
    }
    let Some(p) = np else { return };
    let p = if cx.on(RoleOfNameSpeaker) {
        let lo = p.start.saturating_sub(np::MAX_LEN);
        let widened = np::with_role_before(doc, p, lo);
        // "Matthew Prince, chief executive of CloudFlare, said": the
        // name the role is set beside
        // (a role in lower case: "Star of David, Speaker of the House Paul
        // Ryan said" is Ryan's)
        let lower_role = (widened.start..p.start)
            .find(|&i| !super::cues::is_determiner(doc.word(i)))
            .is_some_and(|i| !np::is_cap(doc, i));
        let beside = (widened != p
            && lower_role
            && widened.start > lo + 1
            && doc.word(widened.start - 1) == ",")
            .then(|| np::before(doc, widened.start - 2, lo))
            .flatten()
            .filter(|n| !n.pronoun && n.end + 1 == widened.start && np::is_cap(doc, n.end - 1));
        if widened != p {
            why.add(RoleOfNameSpeaker);
        }
        beside.unwrap_or(widened)
    } else {
        p
    };
    if p.head_end > doc.tokens.len() || p.head_start >= p.head_end {
        return;
    }
    // (only `relative-clause-skipped` reads a subject over a "who" to its cue)
    if cx.on(RelativeClauseSkipped) && p.end < cue.0 && doc.word(p.end) == "who" {
        why.add(RelativeClauseSkipped);
    }
    // (only `place-in-adjunct-skipped` reads one over "in Columbus, Ohio,")
    if cx.on(PlaceInAdjunctSkipped) && p.end < cue.0 && cue.0 >= 2 && doc.word(cue.0 - 1) == "," {
        let town_comma = (p.end..cue.0 - 1).rev().find(|&k| doc.word(k) == ",");
        if town_comma.is_some_and(|k| state_after_town(doc, k, cue.0 - 1)) {
            why.add(PlaceInAdjunctSkipped);
        }
    }
    // A relative "who" is the mention; the phrase before it is the name.
    // (Only `relative-who` makes such a phrase: see `subject_of`.)
    if p.head_end == p.head_start + 1
        && has(speech::RELATIVE_PRONOUNS, doc.word(p.head_start))
        && cx.on(RelativeWho)
    {
        why.add(RelativeWho);
        let lo = p.head_start.saturating_sub(ANTECEDENT_REACH);
        if let Some(ante) = relative_antecedent(doc, p.head_start, lo) {
            let mut named_by = *why;
            fill(
                cx,
                resolver,
                entities,
                quoted,
                q,
                &mut named_by,
                Some(ante),
                (0, 0),
            );
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
    let person = if cx.on(PersonMention) && np::is_cap(doc, he - 1) {
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
    if (start, end) != (ns, ne) {
        why.add(PersonMention);
    }
    // "Russian President Vladimir Putin" → "Vladimir Putin"; a phrase that
    // is all title stays whole: "The Prime Minister said" → "Prime Minister".
    let (mut a, b) = (doc.token_at(start), doc.token_at(end - 1) + 1);
    let title_only = (a..b).all(|i| {
        let w = doc.word(i).trim_end_matches('.');
        is_speaker_title(w) || super::cues::is_role_word(w)
    });
    while cx.on(SpeakerTitleOff)
        && !title_only
        && b > a + 1
        && doc.tokens[a].kind == TokenKind::Word
        && is_speaker_title(doc.word(a))
        && np::is_cap(doc, a + 1)
    {
        a += 1;
    }
    if doc.tokens[a].start > start {
        start = doc.tokens[a].start;
        why.add(SpeakerTitleOff);
    }
    // A personal pronoun inside a sentence whose subject is a person
    // stands for that subject, not the nearest name ("Rubio said that he
    // unmasked Trump, whom he called …", "Shaw told Fox that he …").
    let subject = (p.pronoun && p.head_start > 0)
        .then(|| sentence_subject(doc, p.head_start))
        .flatten()
        .filter(|s| s.end <= p.head_start && !s.pronoun)
        .and_then(|s| {
            let (a, b) = (
                doc.tokens[s.head_start].start,
                doc.tokens[s.head_end - 1].end,
            );
            resolver.pronoun_as(start, end, (a, b))
        });
    let ((name, id), rule) = match subject {
        Some(r) => (r, None),
        None => resolver.resolve_why(start, end, quoted),
    };
    if let Some(rule) = rule {
        why.add(rule);
    }
    q.speaker = name;
    q.speaker_id = id;
    q.speaker_start = Some(start);
    q.speaker_end = Some(end);
}

/// A word that may open a speaker's title phrase ([`speech::SPEAKER_TITLES`],
/// without a final period), or a nationality adjective: "Russian President"
/// (a word shaped like one that is a person's name is none: "Brian", "Reese").
fn is_speaker_title(w: &str) -> bool {
    let adjective_shape = w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish");
    has(speech::SPEAKER_TITLES, w.trim_end_matches('.'))
        || has(speech::NATIONAL_ADJECTIVES, w)
        || adjective_shape && !gazetteer::lookup_lower(w).contains(PERSON_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Entity, Mention, Role};

    // The struct update keeps this compiling when the entity layer grows fields.
    #[allow(clippy::needless_update)]
    fn layer() -> EntityLayer {
        // "Kremlin spokesman Dmitry Peskov met Anna. The spokesman said. She said."
        EntityLayer {
            mentions: vec![
                Mention {
                    start: 18,
                    end: 31,
                    label: Label::Person,
                    id: 0,
                    why: Vec::new(),
                },
                Mention {
                    start: 36,
                    end: 40,
                    label: Label::Person,
                    id: 1,
                    why: Vec::new(),
                },
            ],
            groups: vec![
                Entity {
                    id: 0,
                    label: Label::Person,
                    name: "Dmitry Peskov".into(),
                    mentions: 1,
                },
                Entity {
                    id: 1,
                    label: Label::Person,
                    name: "Anna Lee".into(),
                    mentions: 1,
                },
            ],
            roles: vec![Role {
                start: 0,
                end: 17,
                role: "Kremlin spokesman".into(),
                person: 0,
                why: Vec::new(),
            }],
            ..Default::default()
        }
    }

    const TEXT: &str = "Kremlin spokesman Dmitry Peskov met Anna. The spokesman said. She said.";

    #[test]
    fn pronouns_agree_with_gender_hints() {
        let text = "Hillary Clinton met Donald Trump. She said so.";
        let m = |start: usize, end: usize, id: u32| Mention {
            start,
            end,
            label: Label::Person,
            id,
            why: Vec::new(),
        };
        let g = |id: u32, name: &str| Entity {
            id,
            label: Label::Person,
            name: name.into(),
            mentions: 1,
        };
        let l = EntityLayer {
            mentions: vec![m(0, 15, 0), m(20, 32, 1)],
            groups: vec![g(0, "Hillary Clinton"), g(1, "Donald Trump")],
            roles: vec![],
            genders: vec![Gender::Female, Gender::Male],
            ..Default::default()
        };
        let r = Resolver::new(text, &l);
        let she = text.find("She").unwrap();
        assert_eq!(
            r.resolve(she, she + 3, &[]).0.as_deref(),
            Some("Hillary Clinton")
        );
        // Without hints, the nearest person.
        let l = EntityLayer {
            genders: vec![],
            ..l
        };
        let r = Resolver::new(text, &l);
        assert_eq!(
            r.resolve(she, she + 3, &[]).0.as_deref(),
            Some("Donald Trump")
        );
    }

    #[test]
    #[allow(clippy::needless_update)]
    fn pronouns_prefer_a_person_named_fully_or_often() {
        let text = "Hillary Clinton spoke. Although tired, she said so.";
        let m = |start: usize, end: usize, id: u32| Mention {
            start,
            end,
            label: Label::Person,
            id,
            why: Vec::new(),
        };
        let g = |id: u32, name: &str, mentions: u32| Entity {
            id,
            label: Label::Person,
            name: name.into(),
            mentions,
        };
        // The tagger took "Although" for a one-word name seen once.
        let l = EntityLayer {
            mentions: vec![m(0, 15, 0), m(23, 31, 1)],
            groups: vec![g(0, "Hillary Clinton", 1), g(1, "Although", 1)],
            ..Default::default()
        };
        let r = Resolver::new(text, &l);
        let she = text.find("she").unwrap();
        assert_eq!(
            r.resolve(she, she + 3, &[]).0.as_deref(),
            Some("Hillary Clinton")
        );
        // With no strong name about, the nearest one still answers.
        let l = EntityLayer {
            mentions: vec![m(23, 31, 0)],
            groups: vec![g(0, "Although", 1)],
            ..Default::default()
        };
        let r = Resolver::new(text, &l);
        assert_eq!(r.resolve(she, she + 3, &[]).0.as_deref(), Some("Although"));
    }

    #[test]
    fn mentions_pronouns_and_roles() {
        let l = layer();
        let r = Resolver::new(TEXT, &l);
        assert_eq!(
            r.resolve(25, 31, &[]),
            (Some("Dmitry Peskov".into()), Some(0))
        );
        let the_spokesman = TEXT.find("The spokesman").unwrap();
        assert_eq!(
            r.resolve(the_spokesman, the_spokesman + 13, &[]),
            (Some("Dmitry Peskov".into()), Some(0))
        );
        let she = TEXT.find("She").unwrap();
        assert_eq!(
            r.resolve(she, she + 3, &[]),
            (Some("Anna Lee".into()), Some(1))
        );
        // Anna inside a quote: the pronoun prefers Peskov.
        assert_eq!(
            r.resolve(she, she + 3, &[(35, 41)]),
            (Some("Dmitry Peskov".into()), Some(0))
        );
    }

    #[test]
    fn unknown_phrases_keep_their_words() {
        let l = EntityLayer::default();
        let r = Resolver::new("Sources said.", &l);
        assert_eq!(r.resolve(0, 7, &[]), (Some("Sources".into()), None));
        assert_eq!(r.resolve(0, 0, &[]), (None, None));
    }
}
