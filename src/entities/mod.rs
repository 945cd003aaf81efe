//! Entities: mentions, their grouping into entities, and roles.
//!
//! Names (PERSON, ORG, LOC, MISC) come from a learned tagger ([`tagger`]:
//! an averaged perceptron trained on CoNLL-2003's training split); the rules
//! of [`rules`] then trim, split, join and relabel them, find names the
//! tagger missed, and add DATE, TIME, MONEY and PERCENT ([`numeric`]).
//! Mentions are grouped ("Putin", "Vladimir Putin"; "U.S.", "United States";
//! an acronym defined in the text joins its long form) and roles are tied to
//! people ([`roles`]). [`recognise`] runs the stages in the order of the
//! rule table; every span records the rules that made it ([`span::Span`]).
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

mod clean;
mod credits;
mod evidence;
pub(crate) mod fx;
pub mod gazetteer;
pub mod group;
mod heads;
mod merge;
mod model;
pub mod numeric;
pub mod rangecoder;
pub mod roles;
pub mod rules;
pub mod span;
mod split;
pub mod tagger;
#[cfg(test)]
mod tests;
mod untagged;

use crate::rules::{RuleSet, Why};
use crate::segment::Document;
use crate::types::{Entity, Mention, Role};
use rules::EntityRule;
use span::{Cx, Span};

/// A hint of a person's gender: from an honorific before its names ("Mrs
/// Kell", where those agree), else from the given name in the lexicon.
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
    /// For each mention (same index), the rules that made it.
    pub whys: Vec<Why<EntityRule>>,
    /// Entities, `groups[i].id == i`.
    pub groups: Vec<Entity>,
    /// Roles tied to people, ordered by start.
    pub roles: Vec<Role>,
    /// For each role (same index), the rule that found it.
    pub role_whys: Vec<Why<EntityRule>>,
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
    let of = role
        .match_indices(' ')
        .find(|&(i, _)| role[i..].starts_with(" of "));
    let before_of = of.map_or(role, |(i, _)| &role[..i]);
    let last = before_of.rsplit([' ', '-']).next().unwrap_or(before_of);
    let whole_last = before_of.rsplit(' ').next().unwrap_or(before_of);
    last.eq_ignore_ascii_case(head) || whole_last.eq_ignore_ascii_case(head)
}

/// Finds the entity mentions in `doc`, groups them and ties roles to people.
///
/// Never panics; linear in the number of tokens.
pub fn recognise(doc: &Document) -> EntityLayer {
    recognise_with(doc, RuleSet::default())
}

/// [`recognise`] with the rules in `off` switched off.
///
/// The stages run in the order of [`rules::EntityRule`]'s table.
pub fn recognise_with(doc: &Document, off: RuleSet<EntityRule>) -> EntityLayer {
    recognise_given(doc, off, None)
}

/// [`recognise_with`], with the tagger's names `given` instead of tagged
/// (scored as sure of their kind, so that no rule relabels them for doubt):
/// for the rules' examples.
pub(crate) fn recognise_given(
    doc: &Document,
    off: RuleSet<EntityRule>,
    given: Option<&[tagger::Span]>,
) -> EntityLayer {
    let cx = Cx::new(doc, off);
    // the tagger's names, each trimmed and given its kind (clean.rs)
    let mut tagged = tagger::tag_scored(doc);
    if let Some(g) = given {
        tagged.spans = g.to_vec();
        tagged.scores = g
            .iter()
            .map(|x| {
                let mut k = [-1e4; 4];
                k[x.kind as usize] = 0.0;
                k
            })
            .collect();
    }
    let mut names: Vec<Span> = Vec::with_capacity(tagged.spans.len());
    let mut kinds: Vec<[f32; 4]> = Vec::with_capacity(tagged.spans.len());
    if cx.on(EntityRule::Tagger) {
        for (s, k) in tagged.spans.into_iter().zip(tagged.scores) {
            if let Some(x) = clean::clean(&cx, s) {
                names.push(x);
                kinds.push(k);
            }
        }
    }
    clean::given_names_before(&cx, &mut names);
    clean::surnames_after_title_given(&cx, &mut names);
    clean::hyphen_prefixes(&cx, &mut names);
    // what the document says of each name (evidence.rs, split.rs, heads.rs)
    evidence::orphan_people(&cx, &mut names, &kinds);
    evidence::person_shaped_orgs(&cx, &mut names, &kinds);
    evidence::given_name_places(&cx, &mut names);
    evidence::people_after_roles(&cx, &mut names);
    evidence::set_score_people(&cx, &mut names);
    evidence::company_suffixes(&cx, &mut names);
    evidence::according_to_sources(&cx, &mut names);
    evidence::organisations_in_lists(&cx, &mut names);
    // (before the place and company evidence, which read one name at a time)
    let names = split::split_at_commas(&cx, names);
    let names = split::split_at_verbs(&cx, names);
    let mut names = evidence::company_context(&cx, names);
    evidence::places_after_prepositions(&cx, &mut names);
    evidence::whole_place_phrases(&cx, &mut names);
    evidence::sports_results(&cx, &mut names);
    evidence::plural_verb_orgs(&cx, &mut names);
    let names = evidence::sports_role_teams(&cx, names);
    let names = credits::wire_credits(&cx, names);
    let names = split::split_pairs(&cx, names);
    let names = split::split_lists(&cx, names);
    let names = split::split_trailing_people(&cx, &names);
    let names = heads::extend_to_heads(&cx, &names);
    let names = heads::extend_back_over_and(&cx, names);
    let mut names = split::split_company_pairs(&cx, names);
    evidence::drop_common_openers(&cx, &mut names);
    heads::lone_heads(&cx, &mut names);
    heads::label_by_heads(&cx, &mut names);
    let names = heads::join_nationality_orgs(&cx, names);
    // names found apart from the tagger win where they overlap (untagged.rs),
    // pieces of a person's name are joined (merge.rs)
    let fixed = untagged::find(&cx, &names, &tagged.orgs);
    let mut spans = merge::with_untagged(&cx, names, &fixed);
    merge::keep_capital_the(&cx, &mut spans);
    let spans = merge::join_place_pair_orgs(&cx, spans);
    // dates, times, sums and percentages fill the gaps (numeric.rs)
    let spans = merge::with_numeric(&cx, spans, numeric::scan(&cx));
    let spans = merge::join_event_years(&cx, spans);
    let mut spans = split::people_named_elsewhere(&cx, spans);
    evidence::short_org_names(&cx, &mut spans);
    let spans = evidence::company_first_words(&cx, spans);
    // entities and their labels (group.rs), then roles (roles.rs)
    let mut layer = group::group(&cx, &spans);
    let mut in_mention = vec![false; doc.tokens.len()];
    for m in &layer.mentions {
        let mut i = doc.token_at(m.start);
        while i < doc.tokens.len() && doc.tokens[i].start < m.end {
            in_mention[i] = true;
            i += 1;
        }
    }
    let (roles, role_whys) = roles::find(&cx, &layer.mentions, &in_mention)
        .into_iter()
        .unzip();
    layer.roles = roles;
    layer.role_whys = role_whys;
    layer
}
