//! What the whole document says about one name: a one-word "person" no one
//! is called (`orphan-person-relabel`), a sentence's first word that is a
//! common word elsewhere (`drop-common-opener`).

use super::fx::Fx;
use super::gazetteer::{self, Lex};
use super::group::key_of;
use super::heads::capitals_before;
use super::rules::EntityRule::*;
use super::span::{Cx, Span};
use super::untagged::opens_sentence;
use crate::maps::{HashIds, StrIds};
use crate::segment::TokenKind;
use crate::types::Label;
use crate::words::{self, has, has_lower, is_title, Lower};

/// How far below the person score the next best kind may be, in the
/// embedded model's units (its largest weight is 30000; a typical
/// difference between kinds on an unknown word is 300 to 1500). Chosen
/// among 300, 600 and 1000, which score alike; retune after retraining.
const ORPHAN_MARGIN: f32 = 600.0;

/// "Olivetti", "Novartis": a one-word name tagged as a person that is no
/// known given name or surname and no part of a fuller person's name in the
/// document is most often an organisation or a place the model did not
/// know: it takes the kind the model scored next best (`kinds`, in
/// [`super::tagger::Kind`] order), when that came within [`ORPHAN_MARGIN`] of it.
pub fn orphan_people(cx: &Cx, names: &mut [Span], kinds: &[[f32; 4]]) {
    if !cx.on(OrphanPersonRelabel) {
        return;
    }
    let text = cx.text;
    // the words of fuller names, as written, by hash (no allocation per name)
    let hash = |w: &str| Fx::new(2).bytes(w.as_bytes()).full();
    let mut parts = HashIds::default();
    for x in names.iter() {
        if x.label == Label::Person && text[x.start..x.end].contains(' ') {
            for w in text[x.start..x.end].split(' ') {
                parts.insert(hash(w), 0);
            }
        }
    }
    let person = Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::G_PER.0 | Lex::PEOPLE.0);
    for (x, k) in names.iter_mut().zip(kinds) {
        let (s, e) = (x.start, x.end);
        let word = &text[s..e];
        if x.label != Label::Person || word.contains(['.', '-']) {
            continue;
        }
        let several = word.contains(' ');
        // "Crisis Crew", "Nairobi Quexel": no word of a person's name, and one
        // that is a common word or a place
        if several
            && !(word
                .split(' ')
                .all(|w| !gazetteer::lookup_name(w).contains(person))
                && word.split(' ').any(|w| {
                    !has(words::NAME_PARTICLES, key_of(w).as_str())
                        && gazetteer::lookup_name(w).contains(Lex(Lex::COMMON.0
                            | Lex::PLACE.0
                            | Lex::ORG.0
                            | Lex::G_ORG.0
                            | Lex::G_LOC.0))
                }))
        {
            continue;
        }
        // "Zorbatz said", "President Zorbatz": a person after all
        let k0 = cx.token_at(s);
        let k1 = cx.token_at(e.saturating_sub(1)) + 1;
        let said = k1 < cx.tokens.len() && has(words::SPEECH_VERBS_AFTER_NAME, cx.word(k1));
        let titled = k0 > 0 && is_title(cx.word(k0 - 1));
        if said
            || titled
            || parts.contains_key(&hash(word))
            || gazetteer::lookup_name(word).contains(person)
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
            x.label = label;
            x.why.add(OrphanPersonRelabel);
        }
    }
}

/// The tokens of `x` when it is two or three plain capitalised words
/// ("Pippa Crerar": a capital, then lower case; one space between them),
/// none a title or a head word, nor in the lexicon as any of `no`.
fn plain_words(cx: &Cx, x: &Span, no: Lex) -> Option<(usize, usize)> {
    let (k0, k1) = (cx.token_at(x.start), cx.token_at(x.end - 1) + 1);
    let n = k1 - k0;
    let plain = (2..=3).contains(&n)
        && cx.text[x.start..x.end].split(' ').count() == n
        && (k0..k1).all(|i| {
            let w = cx.word(i);
            let mut c = w.chars();
            w.len() > 1
                && c.next().is_some_and(char::is_uppercase)
                && c.all(char::is_lowercase)
                && !is_title(w)
                && super::heads::head_kind(w).is_none()
                && !gazetteer::lookup_name(w).contains(no)
        });
    plain.then_some((k0, k1))
}

/// "Elon Musk's xAI", "Novak Djokovic beat …": two or three plain words
/// (capitalised, letters only) read as an organisation, with a known given
/// name first or a known surname last, no word of an organisation, place,
/// nationality or common word, title or particle, and scored by the model
/// as a person at least as high (`kinds`), are a person's name. The model
/// reads a sentence's first name by its context and ties there: a verb
/// ("beat") or a possessive that follows clubs and companies in its
/// training text tips it. A number after it is a table's side ("Greenock
/// Morton 3"); three words opening a sentence need the given name first
/// ("Forget Pippa Middleton").
pub fn person_shaped_orgs(cx: &Cx, names: &mut [Span], kinds: &[[f32; 4]]) {
    if !cx.on(PersonShapedOrg) {
        return;
    }
    let text = cx.text;
    let no_person = Lex(Lex::COMMON.0
        | Lex::ORG.0
        | Lex::G_ORG.0
        | Lex::PLACE.0
        | Lex::REGION.0
        | Lex::G_LOC.0
        | Lex::NORP.0
        | Lex::G_MISC.0);
    for (x, k) in names.iter_mut().zip(kinds) {
        if x.label != Label::Org || k[0] < k[1] {
            continue;
        }
        let Some((k0, k1)) = plain_words(cx, x, no_person) else {
            continue;
        };
        let plain = (k0..k1).all(|i| {
            let w = cx.word(i);
            !has(words::NAME_PARTICLES, &w.lower()) && !has(words::PLACE_LAST_WORDS, w)
        });
        // "Merrill Lynch", "Aston Villa": the whole a known name
        let known = || gazetteer::lookup_name(&text[x.start..x.end]).contains(no_person);
        if !plain || known() {
            continue;
        }
        let n = k1 - k0;
        let last = cx.word(k1 - 1);
        let given = gazetteer::lookup_name(cx.word(k0)).contains(Lex::FIRST);
        let surname =
            gazetteer::lookup_name(last).contains(Lex(Lex::LAST.0 | Lex::PEOPLE.0 | Lex::G_PER.0));
        let opener = cx.sentences[cx.sentence_of(k0)].tokens.start == k0;
        let number_after = cx
            .tokens
            .get(k1)
            .is_some_and(|t| t.kind == TokenKind::Number);
        if (given || surname && (!opener || n == 2)) && !number_after {
            x.label = Label::Person;
            x.why.add(PersonShapedOrg);
        }
    }
}

/// "Jordan Henderson", "Georgia Harrison": two plain words read as a place,
/// a known given name (often a place's name too), then a known surname that
/// is no place, organisation, nationality or common word, are a person's
/// name, unless the whole is a known place ("Virginia Beach") or a
/// preposition of place comes before it ("at Roy Thomson"; but "in Bruce
/// Wayne's manor").
pub fn given_name_places(cx: &Cx, names: &mut [Span]) {
    if !cx.on(GivenNamePlacePerson) {
        return;
    }
    let no_person =
        Lex(Lex::COMMON.0 | Lex::ANY_ORG.0 | Lex::ANY_PLACE.0 | Lex::NORP.0 | Lex::G_MISC.0);
    let of = |w: &str| gazetteer::lookup_name(w);
    for x in names.iter_mut().filter(|x| x.label == Label::Loc) {
        let Some((k0, k1)) = plain_words(cx, x, Lex(0)).filter(|(k0, k1)| k1 - k0 == 2) else {
            continue;
        };
        let located = k0 > 0
            && has_lower(words::LOCATIVE_WORDS, cx.word(k0 - 1))
            && !(k1 < cx.tokens.len() && has(words::POSSESSIVES, cx.word(k1)));
        let last = of(cx.word(k1 - 1));
        // a surname known as one, or known as nothing at all, no plural and
        // of four letters or more ("Jordan Pickford", not "Denver Broncos"
        // nor "the town of Mae Sot")
        let unknown = || {
            let w = cx.word(k1 - 1);
            last.is_empty() && !w.ends_with('s') && w.len() >= 4
        };
        if !located
            && of(cx.word(k0)).contains(Lex::FIRST)
            && (last.contains(Lex(Lex::LAST.0 | Lex::PEOPLE.0 | Lex::G_PER.0)) || unknown())
            && !last.contains(no_person)
            && !has(words::PLACE_LAST_WORDS, cx.word(k1 - 1))
            && !of(&cx.text[x.start..x.end]).contains(Lex::ANY_PLACE)
        {
            x.label = Label::Person;
            x.why.add(GivenNamePlacePerson);
        }
    }
}

/// "Eurostat said", "Rabobank expects": one word that ends in a company's
/// or an agency's word (bank, soft, tech, media, group …) and is known as no
/// place or person is an organisation, whatever the tagger read.
pub fn company_suffixes(cx: &Cx, names: &mut [Span]) {
    if !cx.on(CompanySuffixOrg) {
        return;
    }
    let known = Lex(Lex::ANY_PLACE.0 | Lex::PERSON_NAME.0 | Lex::NORP.0);
    for x in names.iter_mut().filter(|x| x.label != Label::Org) {
        let name = &cx.text[x.start..x.end];
        let company = name.len() <= 24
            && !name.contains(' ')
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.bytes().skip(1).any(|b| b.is_ascii_lowercase())
            && words::COMPANY_SUFFIXES.bytes().any(|s| {
                name.len() >= s.len() + 3
                    && name.as_bytes()[name.len() - s.len()..].eq_ignore_ascii_case(s)
            });
        if company && !gazetteer::lookup_name(name).contains(known) {
            x.label = Label::Org;
            x.why.add(CompanySuffixOrg);
        }
    }
}

/// "according to Statista", "according to RealClearPolitics": a source
/// read as a place or another name, and known as no place or nationality,
/// with no word a known name of a person or an initial, is an organisation
/// (sources that are places: "according to the U.S.", known, stay).
pub fn according_to_sources(cx: &Cx, names: &mut [Span]) {
    if !cx.on(AccordingToSource) {
        return;
    }
    let place = Lex(Lex::ANY_PLACE.0 | Lex::NORP.0);
    for x in names
        .iter_mut()
        .filter(|x| matches!(x.label, Label::Loc | Label::Misc))
    {
        // most names have no "to" before them: the text says so first
        if !cx.text[..x.start].trim_end().ends_with("to") {
            continue;
        }
        let k0 = cx.token_at(x.start);
        let source =
            k0 >= 2 && cx.word(k0 - 1) == "to" && cx.word(k0 - 2).eq_ignore_ascii_case("according");
        let name = &cx.text[x.start..x.end];
        // "according to Uzi Arad", "According to E. J. Fleming": people
        let person = name
            .split(' ')
            .any(|w| w.ends_with('.') || gazetteer::lookup_name(w).contains(Lex::PERSON_NAME));
        if source && !person && !gazetteer::lookup_name(name).contains(place) {
            x.label = Label::Org;
            x.why.add(AccordingToSource);
        }
    }
}

/// "Uber, Deliveroo and Just Eat": in a list of names (joined by commas,
/// "and" or "or", the last join "and" or "or"; two names joined by
/// ", and" belong to two clauses) that holds a known
/// organisation and is at least half organisations, a one-word name read
/// as a place, a person or another name, and known as none of these (nor
/// as a common word), is an organisation too. `names` are ordered.
pub fn organisations_in_lists(cx: &Cx, names: &mut [Span]) {
    if !cx.on(ListOrgKind) {
        return;
    }
    let text = cx.text;
    let known =
        Lex(Lex::ANY_PLACE.0 | Lex::PERSON_NAME.0 | Lex::NORP.0 | Lex::G_MISC.0 | Lex::COMMON.0);
    let joined = |a: &Span, b: &Span| {
        matches!(
            text.get(a.end..b.start),
            Some(", " | " and " | " or " | ", and " | ", or ")
        )
    };
    let org = |x: &Span| {
        x.label == Label::Org
            || gazetteer::lookup_name(&text[x.start..x.end]).contains(Lex::ANY_ORG)
    };
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() && joined(&names[j - 1], &names[j]) {
            j += 1;
        }
        // a list ends in "and" or "or" ("David Shulman, Salomon Bros." is
        // an apposition); two names joined by ", and" belong to two clauses
        // ("the army withdrew from Bakhmut, and Hezbollah fired")
        let list = j - i >= 2 && {
            let last = text.get(names[j - 2].end..names[j - 1].start);
            let two_clauses = j - i == 2 && matches!(last, Some(", and " | ", or "));
            !matches!(last, Some(", ")) && !two_clauses
        };
        if !list {
            i = j;
            continue;
        }
        // a known organisation in it, and organisations at least half of it
        // (one place the tagger called an organisation makes no list of them)
        let orgs = names[i..j].iter().filter(|x| org(x)).count();
        // ("Portsmouth", a club, is a known place first)
        let known_org = names[i..j].iter().any(|x| {
            let lex = gazetteer::lookup_name(&text[x.start..x.end]);
            lex.contains(Lex::ANY_ORG) && !lex.contains(Lex(Lex::PLACE.0 | Lex::G_LOC.0))
        });
        if known_org && 2 * orgs >= j - i {
            for x in &mut names[i..j] {
                let other = matches!(x.label, Label::Loc | Label::Person | Label::Misc)
                    && !text[x.start..x.end].contains(' ');
                if other
                    && !org(x)
                    && !gazetteer::lookup_name(&text[x.start..x.end]).contains(known)
                {
                    x.label = Label::Org;
                    x.why.add(ListOrgKind);
                }
            }
        }
        i = j;
    }
}

/// "Novak Djokovic beat Jannik Sinner 6-3, 6-4": in a sentence with two
/// tennis sets' scores, two or three plain capitalised words read as an
/// organisation (CoNLL's results tables taught the tagger teams there),
/// with no known organisation, place or nationality in them and no head
/// word, are a player: a person.
pub fn set_score_people(cx: &Cx, names: &mut [Span]) {
    if !cx.on(SetScorePeople) {
        return;
    }
    let no_person = Lex(Lex::ANY_ORG.0 | Lex::PLACE.0 | Lex::REGION.0 | Lex::NORP.0);
    for x in names.iter_mut().filter(|x| x.label == Label::Org) {
        // the scores first: read once for the text, they rule out most names
        if cx.scores().sets[cx.sentence_of(cx.token_at(x.start))]
            && plain_words(cx, x, no_person).is_some()
        {
            x.label = Label::Person;
            x.why.add(SetScorePeople);
        }
    }
}

/// "political editor Pippa Crerar", "midfielder Kobbie Mainoo": two or
/// three plain capitalised words read as an organisation, a place or
/// another name, right after a person's role written in lower case, are the
/// person's name (in the training splits 311 such names are people's, 3 an
/// organisation's), unless a word or the whole is a known organisation,
/// place or nationality, or the last word an organisation's head.
pub fn people_after_roles(cx: &Cx, names: &mut [Span]) {
    if !cx.on(RoleBeforePerson) {
        return;
    }
    let text = cx.text;
    let no_person = Lex(Lex::ANY_ORG.0 | Lex::ANY_PLACE.0 | Lex::NORP.0 | Lex::G_MISC.0);
    for x in names.iter_mut() {
        if !matches!(x.label, Label::Org | Label::Loc | Label::Misc) {
            continue;
        }
        // the role first: it rules out most names at the cost of a look-up
        if role_before(cx, cx.token_at(x.start))
            && plain_words(cx, x, no_person).is_some()
            && !gazetteer::lookup_name(&text[x.start..x.end]).contains(no_person)
        {
            x.label = Label::Person;
            x.why.add(RoleBeforePerson);
        }
    }
}

/// Is the word before token `k`, in its sentence, a person's role in lower
/// case ("midfielder", "spokesman", "chief executive")?
fn role_before(cx: &Cx, k: usize) -> bool {
    let role = if k > 0 { cx.word(k - 1) } else { "" };
    role.starts_with(char::is_lowercase)
        && cx.tokens[k].space_before
        && (words::is_person_role(role) || is_title(role) || role == "executive")
        && cx.sentence_of(k - 1) == cx.sentence_of(k)
}

/// "Copper prices rose ... the price of copper": a one-word name
/// that opens a sentence, is in no name list, and is written in lower case
/// elsewhere in the document is a common word, not a name.
pub fn drop_common_openers(cx: &Cx, names: &mut Vec<Span>) {
    if !cx.on(DropCommonOpener) {
        return;
    }
    let lower = cx.lower_words();
    if lower.0.is_empty() {
        return;
    }
    let known = Lex(Lex::FIRST.0
        | Lex::LAST.0
        | Lex::PLACE.0
        | Lex::NORP.0
        | Lex::ORG.0
        | Lex::PEOPLE.0
        | Lex::GAZETTEER.0);
    names.retain(|x| {
        let word = &cx.text[x.start..x.end];
        let k = cx.token_at(x.start);
        if word.contains([' ', '.', '-']) || k + 1 != cx.token_at(x.end) {
            return true;
        }
        // first in its sentence, after any opening quote or bracket
        let low = word.lower();
        !(opens_sentence(cx, k) && lower.has(&low) && !gazetteer::lookup(&low).contains(known))
    });
}

/// The words a text writes in lower case somewhere ("the railroad"), as
/// hashes: a capitalised word among them may be a common noun.
pub(super) struct LowerWords(HashIds);

impl LowerWords {
    /// The lower-case words of `cx`'s text.
    pub(super) fn of(cx: &Cx) -> LowerWords {
        LowerWords(
            (0..cx.tokens.len())
                .filter(|&k| cx.tokens[k].kind == TokenKind::Word)
                .map(|k| cx.word(k))
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .map(|w| (Self::hash(w), 0))
                .collect(),
        )
    }

    fn hash(w: &str) -> u64 {
        Fx::new(3).bytes(w.as_bytes()).full()
    }

    /// Is `w` (in lower case) one of them?
    pub(super) fn has(&self, w: &str) -> bool {
        self.0.contains_key(&Self::hash(w))
    }
}

/// How many words an apposition that names a company may have before its
/// noun ("the Danish maker", "a Tokyo-based chip equipment maker").
const APPOSITION_WORDS: usize = 4;
/// ... and how many tokens, hyphens and the words they join counted.
const APPOSITION_TOKENS: usize = 16;

/// How far after a company's verb of saying its "its" may come ("Dyson
/// said it would move its headquarters").
const ITS_REACH: usize = 6;

/// "Veltrix said its revenue rose", "shares in Veltrix", "Dyson's
/// headquarters", "analysts at Veltrix", "Veltrix, the Danish maker of …":
/// a name read as a person, place or other name that the document shows to
/// be a company's (shares in it, its business nouns, its analysts, an
/// apposition that calls it a company, its chief executive or founder, or
/// "its" right after its verb of saying) is an organisation, in every
/// mention written the same way. Not a known person's name, nor the
/// surname of a person named in full.
pub fn company_context(cx: &Cx, mut names: Vec<Span>) -> Vec<Span> {
    if !cx.on(CompanyContextOrg) {
        return names;
    }
    let text = cx.text;
    let surnames: StrIds = names
        .iter()
        .filter(|x| x.label == Label::Person && text[x.start..x.end].contains(' '))
        .filter_map(|x| text[x.start..x.end].rsplit(' ').next())
        .map(|w| (w.to_string(), 0))
        .collect();
    let mut companies = StrIds::default();
    for x in names.iter() {
        let name = &text[x.start..x.end];
        let (k0, k1) = (cx.token_at(x.start), cx.token_at(x.end - 1) + 1);
        // (nor a name after a person's role or title: "chief executive
        // Jensen Huang said demand for its chips", "General George
        // Washington's staff")
        if x.label == Label::Org
            || surnames.contains_key(name)
            || role_before(cx, k0)
            || k0 > 0 && is_title(cx.word(k0 - 1))
        {
            continue;
        }
        // a product (MISC: "Windows 95 sales", "Kwai brand") has sales and
        // brands too: it needs shares or a stake
        let evidence = match x.label {
            Label::Misc => Evidence::Shares,
            Label::Person => Evidence::AnyButSaidBy,
            _ => Evidence::Any,
        };
        if shown_company(cx, name, k0, k1, evidence) {
            companies.insert(name.to_string(), 0);
        }
    }
    // "Deliveroo said its revenue rose": a sentence's first word the tagger
    // passed over, in no word list, with the same evidence
    let mut found = Vec::new();
    let mut next = 0;
    for sentence in cx.sentences.iter() {
        let Some(k) = (sentence.tokens.clone()).find(|&j| cx.tokens[j].kind != TokenKind::Punct)
        else {
            continue;
        };
        let (s, e) = (cx.tokens[k].start, cx.tokens[k].end);
        next += names[next..].partition_point(|x| x.end <= s);
        let tagged = names.get(next).is_some_and(|x| x.start < e);
        let word = cx.word(k);
        if !tagged
            && cx.capitalised(k)
            && word.len() > 2
            && !has(words::OPENERS, word)
            && gazetteer::lookup_name(word).is_empty()
            && shown_company(cx, word, k, k + 1, Evidence::Strong)
        {
            found.push(Span::new(s, e, Label::Org, CompanyContextOrg));
            companies.insert(word.to_string(), 0);
        }
    }
    for x in names.iter_mut() {
        if x.label != Label::Org && companies.contains_key(&text[x.start..x.end]) {
            x.label = Label::Org;
            x.why.add(CompanyContextOrg);
        }
    }
    if !found.is_empty() {
        names.extend(found);
        crate::sort::sort_by_offset(&mut names, |x| x.start);
    }
    names
}

/// What [`shown_company`] takes as a company's sign.
#[derive(Clone, Copy, PartialEq)]
enum Evidence {
    /// Only shares or a stake in it, a value put on it, or a sentence it
    /// opens that ends ", the company said".
    Shares,
    /// Those, "its" after its verb of saying, or an apposition: for a word
    /// the tagger passed over ("Condominium sales" is no company's).
    Strong,
    /// Any sign.
    Any,
    /// Any sign but ", the company said" closing its sentence: for a
    /// name read as a person's ("Smith will step down, the company said").
    AnyButSaidBy,
}

/// How far from a sentence's end ", the company said" is read (past "on
/// Monday", "in a statement" and the full stop).
const SAID_BY_REACH: usize = 7;

/// Does the text around tokens `k0..k1` (the name `name`) show a company,
/// by the signs `evidence` allows: shares or a stake in it, a deal that
/// values it at a sum, its analysts,
/// its business nouns, "its" after its verb of saying, a business noun
/// reported by it, an apposition that calls it a company, its chief
/// executive or founder ("chief executive of X"), a sentence it opens that
/// ends ", the company said"?
fn shown_company(cx: &Cx, name: &str, k0: usize, k1: usize, evidence: Evidence) -> bool {
    // "shares in X", "a stake in X", "the takeover of X", "investors in X", "analysts at X",
    // "the deal values X at $20bn", "Jefferies upgraded X to buy"
    let before = k0 >= 2
        && (matches!(cx.word(k0 - 1), "in" | "of")
            && ["shares", "stake", "takeover", "acquisition", "investors"]
                .iter()
                .any(|w| cx.word(k0 - 2).eq_ignore_ascii_case(w))
            || cx.word(k0 - 1) == "at" && has_lower(words::ANALYST_NOUNS, cx.word(k0 - 2))
            || matches!(cx.word(k0 - 1), "values" | "valuing") && cx.word(k1) == "at"
            // a broker's rating: "upgraded X to buy"
            || cx.word(k0 - 1).ends_with("graded")
                && cx.word(k1) == "to"
                && matches!(
                    cx.word(k1 + 1),
                    "buy" | "sell" | "hold" | "neutral" | "outperform" | "overweight" | "underweight"
                ));
    // "chief executive of X", "co-founder of X": a company's officer
    // (not "founder of Novgorod's bank": the officer is the bank's)
    let officer = k0 >= 2 && cx.word(k0 - 1) == "of" && !words::is_possessive(cx.word(k1)) && {
        let w = cx.word(k0 - 2).to_ascii_lowercase();
        has(words::COMPANY_OFFICERS, &w)
            || matches!(w.as_str(), "executive" | "officer")
                && (k0.saturating_sub(5)..k0 - 2).any(|j| cx.word(j).eq_ignore_ascii_case("chief"))
    };
    // "X's shares", "X shares", "X revenue"
    let mut k = k1;
    if words::is_possessive(cx.word(k)) {
        k += 1;
    }
    // "Jefferies analysts", not "Iowa Republican strategists" (the last
    // word looked up only before such a noun); a chief only when an
    // executive or officer ("Acme's chief executive", not "Hillary
    // Clinton's chief of staff")
    let chief =
        cx.word(k) != "chief" || matches!(cx.word(k + 1), "executive" | "financial" | "operating");
    let after = has(words::BUSINESS_NOUNS, cx.word(k)) && chief
        || has(words::ANALYST_NOUNS, cx.word(k))
            && !name
                .rsplit(' ')
                .next()
                .is_some_and(|w| gazetteer::lookup_name(w).contains(Lex::NORP));
    // "X said its ...", "X said it would move its ...": "its" after X's
    // verb of saying, at most a few words on, is X's
    let said = matches!(cx.word(k1), "said" | "says" | "added");
    // (not past another name or a noun phrase's article, which "its" is
    // more likely to be: "Farage said Labour had lost its way", "Suu Kyi
    // said the government had increased its repression")
    let its = said
        && (k1 + 1..k1 + ITS_REACH)
            .take_while(|&j| {
                (!cx.capitalised(j) || opens_sentence(cx, j))
                    && !matches!(cx.word(j), "the" | "a" | "an")
            })
            .any(|j| cx.word(j) == "its");
    // "X said revenue rose": a business noun as the reported subject,
    // for a name no one is called
    let lex = gazetteer::lookup_name(name);
    let unknown = !lex.contains(Lex(Lex::FIRST.0
        | Lex::LAST.0
        | Lex::PEOPLE.0
        | Lex::G_PER.0));
    let reported = said && unknown && has(words::BUSINESS_NOUNS, cx.word(k1 + 1));
    // "a spokesperson for X": one word no one is called (a person's
    // surname after their full name was skipped before), read as a
    // person or another name (a place's spokesman is its airport's or
    // council's: "a spokesman for Stansted airport")
    let spokes = unknown
        && k1 == k0 + 1
        && matches!(evidence, Evidence::Shares | Evidence::AnyButSaidBy)
        && k0 >= 2
        && cx.word(k0 - 1) == "for"
        && cx.word(k0 - 2).starts_with("spokes");
    let not_company =
        Lex(Lex::FIRST.0 | Lex::PEOPLE.0 | Lex::PLACE.0 | Lex::REGION.0 | Lex::NORP.0);
    // "X, the Danish maker of Y": an apposition that ends in a noun for
    // a company (not "X, the company chairman")
    let apposition = cx.word(k1) == "," && matches!(cx.word(k1 + 1), "the" | "a" | "an") && {
        // (a hyphenated word counts as one: "the London-based fintech",
        // "the Swedish buy-now-pay-later lender")
        let mut seen = 0;
        (k1 + 2..k1 + 2 + APPOSITION_TOKENS)
            .take_while(|&j| {
                let word = cx.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word);
                let glued =
                    cx.word(j - 1) == "-" && cx.tokens.get(j).is_some_and(|t| !t.space_before);
                seen += usize::from(word && !glued);
                (word || cx.word(j) == "-") && seen <= APPOSITION_WORDS
            })
            .any(|j| {
                let w = cx.word(j);
                (has(words::COMPANY_NOUNS, w) || w.ends_with("maker"))
                    && has(words::APPOSITION_ENDS, cx.word(j + 1))
            })
    };
    // "X, which makes batteries", "X, which owns the Sun": what a company does
    let which = cx.word(k1) == ","
        && cx.word(k1 + 1) == "which"
        && matches!(cx.word(k1 + 2), "makes" | "owns" | "operates" | "sells");
    let apposition = apposition || which;
    // "X will cut 1,000 jobs, the company said (on Monday)": the
    // sentence's subject, which its last words call a company
    let said_by = opens_sentence(cx, k0) && {
        let end = cx.sentences[cx.sentence_of(k0)].tokens.end;
        (end.saturating_sub(SAID_BY_REACH).max(k1 + 4)..end).any(|j| {
            // (not "the agency said", "the regulator said": a source
            // reporting on the subject)
            matches!(cx.word(j), "said" | "says" | "added")
                && has(words::COMPANY_NOUNS, cx.word(j - 1))
                && !matches!(
                    cx.word(j - 1),
                    "agency" | "broadcaster" | "regulator" | "watchdog"
                )
                && cx.word(j - 2) == "the"
                && cx.word(j - 3) == ","
        })
    };
    // "fintech Flutterwave", "law firm Perkins Coie": a noun for a company
    // right before the name (of one word, or not opening with a given
    // name: "manufacturer Ron Johnson was elected")
    let noun = k0 >= 1
        && cx.tokens[k0].space_before
        && has(words::COMPANY_NOUNS, cx.word(k0 - 1))
        && (k1 == k0 + 1 || !gazetteer::lookup_lower(cx.word(k0)).contains(Lex::FIRST));
    let shown = spokes
        || noun
        || match evidence {
            Evidence::Shares => before || said_by,
            Evidence::Strong => before || its || apposition || officer || said_by,
            Evidence::Any => before || after || its || reported || apposition || officer || said_by,
            Evidence::AnyButSaidBy => before || after || its || reported || apposition || officer,
        };
    shown && !lex.contains(not_company)
}

/// The most capitalised words of a club's name before a team's role when
/// the tagger found none ("Crystal Palace manager").
const CLUB_WORDS: usize = 2;

/// "Chelsea are sixth", "Tesco have cut prices", "Leicester were
/// relegated": British copy gives a team or a company a plural verb, a
/// person or a town never takes one. A one-word name read as a person or
/// as a place (no country, state or continent: their sides are places in
/// CoNLL's scheme), opening its sentence right before "are", "were" or
/// "have", is an organisation (after a title, a given name, a list or an
/// article the verb is another subject's: "President Obama have", "a
/// Latina have").
pub fn plural_verb_orgs(cx: &Cx, names: &mut [Span]) {
    if !cx.on(PluralVerbOrg) {
        return;
    }
    // (a town's team too, "Leicester were relegated"; a country's is a
    // place in CoNLL's scheme: "England were bowled out")
    let country = Lex(Lex::COUNTRY.0 | Lex::STATE.0 | Lex::CONTINENT.0);
    for x in names.iter_mut().filter(|x| {
        x.label == Label::Person
            || x.label == Label::Loc
                && !gazetteer::lookup_name(&cx.text[x.start..x.end]).contains(country)
    }) {
        let k = cx.token_at(x.start);
        if cx.token_at(x.end - 1) != k || k + 1 >= cx.tokens.len() {
            continue;
        }
        let plural = matches!(cx.word(k + 1), "are" | "have" | "were");
        if plural && opens_sentence(cx, k) {
            x.label = Label::Org;
            x.why.add(PluralVerbOrg);
        }
    }
}

/// "Spurs boss Ange Postecoglou", "Leeds striker Joel Piroe": a club before
/// a team's role ([`words::SPORTS_ROLES`]) and a capitalised name is an
/// organisation. A name the tagger read otherwise is relabelled, unless it
/// is a country or nationality (national sides are places in CoNLL);
/// capitalised words it left out become one, unless a word is a common
/// one ("Former manager Ann Kell"), a title or a demonym, or opens the
/// sentence and is no plural nickname ("National coach", not "Spurs boss").
pub fn sports_role_teams(cx: &Cx, mut names: Vec<Span>) -> Vec<Span> {
    if !cx.on(TeamBeforeSportsRole) {
        return names;
    }
    let national = Lex(Lex::COUNTRY.0 | Lex::CONTINENT.0 | Lex::NORP.0);
    let mut found = Vec::new();
    for k in 1..cx.tokens.len() {
        // (most words follow a word in lower case: skip them before the look-ups)
        if !cx.capitalised(k - 1) {
            continue;
        }
        let w = cx.word(k);
        // "Octopus Energy chief executive Greg Jackson", "Citadel founder …"
        let company = cx.on(CompanyBeforeRole) && has(words::COMPANY_ROLES, w);
        let role_end = match w {
            "chief" if company && has(words::CHIEF_OF, cx.word(k + 1)) => k + 2,
            // (a team's driver or rider too, "Mercedes driver Lewis Hamilton";
            // not in the list, whose words also mark a text as sport's)
            _ if company || has(words::SPORTS_ROLES, w) || matches!(w, "driver" | "rider") => k + 1,
            _ => continue,
        };
        let rule = if company {
            CompanyBeforeRole
        } else {
            TeamBeforeSportsRole
        };
        if !cx.capitalised(role_end) {
            continue;
        }
        let (ws, we) = (cx.tokens[k - 1].start, cx.tokens[k - 1].end);
        let i = names.partition_point(|x| x.end <= ws);
        match names.get_mut(i).filter(|x| x.start < we) {
            Some(x) if x.end == we && !matches!(x.label, Label::Org | Label::Norp) => {
                // a person's name only when one word ("Everton manager")
                let one_word = x.start == ws;
                let lex = gazetteer::lookup_name(&cx.text[x.start..x.end]);
                if (x.label != Label::Person || one_word) && !lex.contains(national) {
                    x.label = Label::Org;
                    x.why.add(rule);
                }
            }
            Some(_) => {}
            None => {
                let s = capitals_before(cx, k - 1, CLUB_WORDS - 1, 0);
                let plain = (s..k).all(|j| {
                    let w = cx.word(j);
                    !is_title(w)
                        && !w.ends_with("ian")
                        && !gazetteer::lookup_lower(w).contains(Lex(Lex::COMMON.0 | national.0))
                });
                // a sentence's first word the tagger passed over is a common
                // one ("National coach"), unless a plural nickname ("Spurs")
                let first = cx.sentences[cx.sentence_of(s)].tokens.start == s;
                let w = cx.word(s);
                // (a company's name opens sentences as often as any)
                let nickname = s + 1 == k && w.len() > 3 && w.ends_with('s');
                let plain = plain && (!first || company || nickname);
                let before = names.partition_point(|x| x.end <= cx.tokens[s].start);
                if plain && before == i {
                    found.push(Span::new(cx.tokens[s].start, we, Label::Org, rule));
                }
            }
        }
    }
    if !found.is_empty() {
        names.extend(found);
        crate::sort::sort_by_offset(&mut names, |x| x.start);
    }
    names
}

/// The most words of a known place read after a preposition.
const PLACE_WORDS: usize = 3;

/// "police in Lancashire", "roads in Greater Manchester": a name of up to
/// [`PLACE_WORDS`] words read as an
/// organisation, a person or another name, after a preposition of place
/// (or "for", "from", "of", "to" in a text that is not about sport), that is
/// a known place (or region), with no capitalised word after it, is the
/// place; so is the next known place of a list so begun ("in Exeter, Devon").
pub fn places_after_prepositions(cx: &Cx, names: &mut [Span]) {
    if !cx.on(PlaceAfterPreposition) {
        return;
    }
    // "for Hampshire", "signed from Liverpool": in sports copy a place after
    // these prepositions is most often a side
    let is_sports = || cx.scores().sport_words > 0;
    // the token after the last name made a place here: "in Lancashire and Kent"
    let mut last_place = None;
    // a known place of one word the tagger passed over, after a preposition
    // of place: "across Cornwall" (and Devon), which `listed-place` makes a
    // place later
    let untagged_place = |j: usize| {
        cx.capitalised(j)
            && has_lower(words::LOCATIVE_WORDS, cx.word(j - 1))
            && gazetteer::lookup_name(cx.word(j)).contains(Lex(Lex::PLACE.0 | Lex::REGION.0))
    };
    for x in names.iter_mut() {
        let k = cx.token_at(x.start);
        // (the token after the name: "in Greater Manchester" has two words)
        let e = cx.token_at(x.end);
        if k == 0 || e > k + PLACE_WORDS {
            continue;
        }
        // after "in" (or "In" opening a sentence), or after "and" that
        // follows a place so placed
        let placed = has_lower(words::LOCATIVE_WORDS, cx.word(k - 1))
            || has_lower(words::PLACE_PREPOSITIONS_OFF_SPORT, cx.word(k - 1)) && !is_sports()
            || matches!(cx.word(k - 1), "and" | "or" | ",")
                && (last_place == Some(k - 1) || k >= 3 && untagged_place(k - 2))
                && cx.text.get(cx.tokens[k - 1].end..x.start) == Some(" ");
        // a place the tagger found opens the list too: "in Kent and Surrey"
        if x.label == Label::Loc {
            if placed {
                last_place = Some(e);
            }
            continue;
        }
        if !matches!(x.label, Label::Org | Label::Person | Label::Misc) {
            continue;
        }
        let known = gazetteer::lookup_name(&cx.text[x.start..x.end])
            .contains(Lex(Lex::PLACE.0 | Lex::REGION.0));
        // "in Karlsruhe's 4-0 win": a possessive after it makes it a side, not a place
        let alone = !cx.capitalised(e) && !words::is_possessive(cx.word(e));
        if known && placed && alone {
            x.label = Label::Loc;
            x.why.add(PlaceAfterPreposition);
            last_place = Some(e);
        }
    }
}

/// "Greater Manchester mayor", "West Midlands": a place the tagger found
/// without the capitalised words before it that make, with it, a known
/// place of several words takes them in (at most two, not inside another
/// name); so does an organisation's (or a building's) name, read as
/// anything, that opens with such a place ("Greater" + "Manchester Police").
pub fn whole_place_phrases(cx: &Cx, names: &mut [Span]) {
    if !cx.on(PlacePhraseWhole) {
        return;
    }
    let mut prev_end = 0;
    for x in names.iter_mut() {
        let k0 = cx.token_at(x.start);
        let k1 = cx.token_at(x.end - 1) + 1;
        let floor = prev_end;
        prev_end = x.end;
        if k0 == 0 || !cx.capitalised(k0 - 1) {
            continue;
        }
        let org = x.label == Label::Org || words::is_head(cx.word(k1 - 1));
        if !(x.label == Label::Loc || org) {
            continue;
        }
        let s = capitals_before(cx, k0, 2, floor);
        // the words from the furthest start, in lower case, read once
        let words: Vec<String> = (s..k1).map(|k| cx.word(k).lower()).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let place = Lex(Lex::PLACE.0 | Lex::REGION.0);
        // a place: the phrase is the whole name; an organisation: it
        // reaches into the name, and the name goes on after it
        let whole = |from: usize| {
            gazetteer::phrase_at(&refs[from..], place).is_some_and(|(n, _)| {
                let inside = from + n - (k0 - s);
                x.label == Label::Loc && n == refs.len() - from
                    || org && inside >= 1 && from + n < refs.len()
            })
        };
        if let Some(from) = (0..k0 - s).find(|&from| whole(from)) {
            x.start = cx.tokens[s + from].start;
            x.why.add(PlacePhraseWhole);
        }
    }
}

/// The sports words ([`words::SPORTS_WORDS`]) a text without a score needs
/// before "the" and a capitalised plural is read as a team's nickname
/// (with a score, one will do: a poll's "52-48" is no sports copy).
pub(super) const NICKNAME_SPORT_WORDS: usize = 3;

/// In a sentence with a score ("2-0"), a place read as such just before a
/// result's verb or after "beat", and "the" + a capitalised plural (a
/// nickname: "the Magpies"), are teams: organisations, as CoNLL tags them.
pub fn sports_results(cx: &Cx, names: &mut [Span]) {
    if !cx.on(SportsResultTeam) {
        return;
    }
    // a surname or a name seen as a person's; sides are seldom called by a
    // given name alone, and some places are also one ("Chelsea")
    let person = Lex(Lex::LAST.0 | Lex::G_PER.0 | Lex::PEOPLE.0);
    // the last words of the people named (read once, when asked):
    // "the Murdochs" after "Rupert Murdoch" are his family
    let surnames = std::cell::OnceCell::new();
    for i in 0..names.len() {
        let x = &names[i];
        if x.label == Label::Org {
            continue;
        }
        let (k0, k1) = (cx.token_at(x.start), cx.token_at(x.end - 1) + 1);
        let word = &cx.text[x.start..x.end];
        let beaten = k0 > 0 && has(words::BEATEN_WORDS, cx.word(k0 - 1));
        let mut nickname_anywhere = false;
        let team = if x.label == Label::Person {
            // "Arsenal beat Chelsea 2-1": a known place or club read as a
            // person, in a result, is a side; a player's name ("Nadal") stays
            beaten && k1 == k0 + 1 && {
                let lex = gazetteer::lookup_name(word);
                lex.contains(Lex(Lex::PLACE.0 | Lex::G_ORG.0 | Lex::G_LOC.0))
                    && !lex.contains(person)
            }
        } else {
            let result_verb = beaten || has(words::RESULT_VERBS, cx.word(k1));
            // a country plays as a national side, which CoNLL tags as the
            // place (a city's side is a club: "Leicester beat Rovers 2-1");
            // and "X of Sweden won" is a player's country
            let place = gazetteer::lookup_name(word).contains(Lex::COUNTRY)
                || k0 > 0 && cx.word(k0 - 1) == "of";
            let nickname = k0 > 0
                && cx.word(k0 - 1).eq_ignore_ascii_case("the")
                && !word.contains(' ')
                && word.len() > 3
                && word.ends_with('s')
                && x.label == Label::Misc;
            // "the Gunners face Man City": in sports copy (several sports
            // words, or one and a score) a nickname needs no score beside it,
            // unless it is a known other name ("the Olympics"), people of a
            // place or nation ("the Belgians", "the Parisians"), a family
            // ("the Murdochs") or a title in quote marks
            nickname_anywhere = nickname && {
                let scores = cx.scores();
                let stem = gazetteer::lookup_name(&word[..word.len() - 1]);
                let other = Lex(Lex::G_MISC.0 | Lex::NORP.0);
                let people =
                    Lex(Lex::NORP.0 | Lex::PLACE.0 | Lex::LAST.0 | Lex::PEOPLE.0 | Lex::G_PER.0);
                let sport = scores.sport_words >= NICKNAME_SPORT_WORDS
                    || scores.any_result && scores.sport_words > 0;
                // ''The X-Files'': a work's title
                let titled = k0 >= 2
                    && cx
                        .word(k0 - 2)
                        .chars()
                        .all(crate::quotes::marks::is_quote_char);
                sport
                    && !titled
                    && !word.ends_with("ians")
                    && !gazetteer::lookup_name(word).contains(other)
                    && !stem.contains(people)
                    && {
                        let surnames = surnames.get_or_init(|| surnames_in(cx, names));
                        !surnames.contains_key(&word[..word.len() - 1])
                    }
            };
            result_verb && x.label == Label::Loc && !place || nickname
        };
        if team && cx.scores().result[cx.sentence_of(k0)] || nickname_anywhere {
            let x = &mut names[i];
            x.label = Label::Org;
            x.why.add(SportsResultTeam);
        }
    }
}

/// The word that can stand alone for organisation `x` later in the text:
/// "Villa" for "Aston Villa", "City" for "Manchester City". Only the last
/// of two capitalised words or more with no lower-case word ("University
/// of Kelmore" names a place), not after a title ("RNC Chairman Reince
/// Priebus": a person the tagger glued on) nor a surname after a given name
/// ("Leonhard Euler"), and not a head word ("Party", "University"), a legal
/// form ("Ltd"), a word in capitals, a known place, nationality or public
/// figure; a common word only after a place ("Manchester City", not "White
/// House"); and not from a known place ("Sioux City"). [`short_org_names`]
/// and [`super::group`] read it.
pub(super) fn short_name<'t>(cx: &Cx<'_, 't>, x: &Span) -> Option<&'t str> {
    if x.label != Label::Org {
        return None;
    }
    let (i, t) = (cx.token_at(x.start), cx.token_at(x.end - 1));
    let w = cx.word(t);
    if !(t > i
        && cx.capitalised(t)
        && cx.capitalised(t - 1)
        && w.bytes().any(|b| b.is_ascii_lowercase())
        && !(i..t).any(|k| is_title(cx.word(k)))
        && !words::is_head(w)
        && !words::is_legal_form(w, false)
        && (i..t).all(|k| !cx.word(k).starts_with(|c: char| c.is_lowercase())))
    {
        return None;
    }
    let lex = gazetteer::lookup_lower(w);
    let place = |s: &str| gazetteer::lookup_name(s).contains(Lex::ANY_PLACE);
    // "Leonhard Euler": a person the tagger took for a firm
    let person =
        lex.contains(Lex::LAST) && gazetteer::lookup_lower(cx.word(i)).contains(Lex::FIRST);
    // a common word only after a place: "Manchester City", "The New York
    // Times", not "White House", "National Mall"
    let after_place = || {
        let i = if cx.word(i) == "The" { i + 1 } else { i };
        i < t && place(&cx.text[cx.tokens[i].start..cx.tokens[t - 1].end])
    };
    let short = !lex.contains(Lex(Lex::ANY_PLACE.0 | Lex::NORP.0 | Lex::PEOPLE.0))
        && !person
        && (!lex.contains(Lex::COMMON) || after_place())
        // "Sioux City" is a place the tagger took for an organisation
        && !place(&cx.text[x.start..x.end]);
    short.then_some(w)
}

/// "Manchester City … City, the champions", "the Philadelphia Eagles … the
/// Eagles' owner": the [`short_name`] of an organisation named in full
/// earlier in the document is that organisation where the tagger read it
/// as another name (MISC), unless a person named there has it for surname.
pub fn short_org_names(cx: &Cx, spans: &mut [Span]) {
    if !cx.on(OrgShortName) {
        return;
    }
    let text = cx.text;
    let surnames = surnames_in(cx, spans);
    // each short name, with where its first organisation ends
    let mut lasts = StrIds::default();
    for x in spans.iter() {
        if let Some(w) = short_name(cx, x).filter(|w| !surnames.contains_key(*w)) {
            lasts.entry(w.to_string()).or_insert(x.end as u32);
        }
    }
    if lasts.is_empty() {
        return;
    }
    for x in spans.iter_mut().filter(|x| x.label == Label::Misc) {
        let after = lasts
            .get(&text[x.start..x.end])
            .is_some_and(|&e| e as usize <= x.start);
        if after {
            x.label = Label::Org;
            x.why.add(OrgShortName);
        }
    }
}

/// The word that names company `x` alone later in the text: "Veltrix" for
/// "Veltrix Labs" or "Halvorsen Holdings Plc". Its first word, when every
/// word after it is a company's ([`words::COMPANY_HEADS`]) or a legal form,
/// and it is capitalised and no common word, known place, nationality or
/// listed public figure. [`company_first_words`] and [`super::group`] read it.
pub(super) fn first_name_of_company<'t>(cx: &Cx<'_, 't>, x: &Span) -> Option<&'t str> {
    if x.label != Label::Org {
        return None;
    }
    let (i, e) = (cx.token_at(x.start), cx.token_at(x.end));
    let w = cx.word(i);
    let company = e > i + 1
        && cx.tokens[i].kind == TokenKind::Word
        && cx.capitalised(i)
        && w.len() > 1
        && (i + 1..e).all(|k| {
            has(words::COMPANY_HEADS, cx.word(k)) || words::is_legal_form(cx.word(k), false)
        });
    let known = || {
        gazetteer::lookup_lower(w).contains(Lex(Lex::COMMON.0
            | Lex::ANY_PLACE.0
            | Lex::NORP.0
            | Lex::PEOPLE.0))
    };
    (company && !known()).then_some(w)
}

/// "Veltrix Labs said ... Veltrix expects": the [`first_name_of_company`]
/// of a company named in full in the text is that company where the tagger
/// read it alone as a person, a place or another name (anywhere: a
/// headline comes first), or passed it over after the full name. (Where a
/// person of the text has it for surname, `group-surname` makes it theirs.)
pub fn company_first_words(cx: &Cx, mut spans: Vec<Span>) -> Vec<Span> {
    if !cx.on(OrgFirstWord) {
        return spans;
    }
    // each first word, with where its first company ends
    let mut firsts = StrIds::default();
    for x in spans.iter() {
        if let Some(w) = first_name_of_company(cx, x) {
            firsts.entry(w.to_string()).or_insert(x.end as u32);
        }
    }
    if firsts.is_empty() {
        return spans;
    }
    let after = |w: &str, start: usize| firsts.get(w).is_some_and(|&e| e as usize <= start);
    for x in spans.iter_mut() {
        let one = !cx.text[x.start..x.end].contains(' ');
        // (a name read anywhere: "Amoco says ..." heads the story of "Amoco Corp")
        if one
            && x.label != Label::Org
            && x.label.is_name()
            && firsts.contains_key(&cx.text[x.start..x.end])
        {
            x.label = Label::Org;
            x.why.add(OrgFirstWord);
        }
    }
    // the mentions in no name
    let mut found = Vec::new();
    let mut next = 0;
    for (k, t) in cx.tokens.iter().enumerate() {
        while next < spans.len() && spans[next].end <= t.start {
            next += 1;
        }
        let free = spans.get(next).map_or(true, |y| y.start >= t.end);
        if free && t.kind == TokenKind::Word && cx.capitalised(k) && after(cx.word(k), t.start) {
            found.push(Span {
                start: t.start,
                end: t.end,
                label: Label::Org,
                why: crate::rules::Why::by(OrgFirstWord),
            });
        }
    }
    if !found.is_empty() {
        spans.extend(found);
        crate::sort::sort_by_offset(&mut spans, |x| x.start);
    }
    spans
}

/// The last word of each person's name in `spans`, as written.
pub(super) fn surnames_in(cx: &Cx, spans: &[Span]) -> StrIds {
    spans
        .iter()
        .filter(|x| x.label == Label::Person)
        .map(|x| (cx.word(cx.token_at(x.end - 1)).to_string(), 0))
        .collect()
}
