//! Each name the tagger found, trimmed to the name itself and given its
//! kind: the rules from `trim-start` to `misc-norp` in [`super::rules`], in
//! that order, on one name at a time.

use super::gazetteer::{self, Lex};
use super::rules::EntityRule::{self, *};
use super::span::{Cx, Span};
use super::tagger::{self, Kind};
use super::untagged::opens_sentence;
use crate::rules::Why;
use crate::segment::TokenKind;
use crate::types::Label;
use crate::words::{self, has, has_lower, is_head, is_legal_form, is_possessive, is_title, Lower};

/// The longest given-name syllable after a hyphen, in bytes ("Jong-un",
/// "Jae-in", "Min-jun"): longer lower-case words are ordinary words.
const SYLLABLE_MAX: usize = 5;

/// Trims a tagged span to the name itself and picks its label. `None` when
/// nothing of a name is left.
pub fn clean(cx: &Cx, s: tagger::Span) -> Option<Span> {
    let n = cx.tokens.len();
    let (mut i, mut e) = (s.start, s.end);
    let mut why = Why::by(Tagger);
    // notes a rule in `why` when it changed the span
    macro_rules! note {
        ($rule:expr, $changed:expr) => {
            if $changed {
                why.add($rule);
            }
        };
    }
    if cx.on(TrimStart) {
        let from = i;
        while i < e
            && (cx.tokens[i].kind == TokenKind::Punct
                || matches!(cx.word(i), "the" | "The" | "THE"))
        {
            i += 1;
        }
        note!(TrimStart, i != from);
    }
    // "Grocers Tesco said", "Carmaker Kelvo": a noun for a company opening
    // the sentence is no part of the name after it (but "Bank of England",
    // "Regulator of Social Housing": a head word, or no name right after)
    if e > i + 1 && cx.capitalised(i + 1) && company_noun_opens(cx, i) {
        i += 1;
        why.add(CompanyNounOpener);
    }
    if cx.on(TrimEnd) {
        let to = e;
        while e > i
            && (cx.tokens[e - 1].kind == TokenKind::Punct
                || is_possessive(cx.word(e - 1))
                // "State Department of": no name ends in a small joining word
                || has(words::NAME_END_JOINERS, cx.word(e - 1))
                // "Central bank", "ECOMOG force": nor in a word in lower case
                // (but "Kim Jong-un")
                || e > i + 1
                    && cx.tokens[e - 1].space_before
                    && cx.tokens[e - 1].kind == TokenKind::Word
                    && cx.word(e - 1).chars().all(char::is_lowercase))
        {
            e -= 1;
        }
        // "Celtics 112-105": a score after a side is no part of its name
        let score = |k: usize| {
            k >= i + 4
                && cx.tokens[k - 1].kind == TokenKind::Number
                && cx.word(k - 2) == "-"
                && cx.tokens[k - 3].kind == TokenKind::Number
                && !cx.tokens[k - 1].space_before
                && !cx.tokens[k - 2].space_before
                && cx.tokens[k - 3].space_before
        };
        if score(e) {
            e -= 3;
        }
        // "fined Barclays £40 million": nor a sum after it (but "NZ $ 26
        // million" is one sum)
        let country = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
        if e >= i + 3
            && cx.tokens[e - 1].kind == TokenKind::Number
            && matches!(cx.word(e - 2), "$" | "£" | "€" | "¥")
            && cx.tokens[e - 2].space_before
            && !(e == i + 3 && country(cx.word(i)))
        {
            e -= 2;
        }
        note!(TrimEnd, e != to);
    }
    // dates at the edges: "Wembley Saturday"
    if cx.on(TrimWeekday) {
        let to = e;
        while e > i + 1 && words::is_weekday(cx.word(e - 1)) {
            e -= 1;
        }
        note!(TrimWeekday, e != to);
    }
    // "Kim Jong-un", "Moon Jae-in": a person's given name may end in a
    // hyphen and a short syllable in lower case
    let syllable = |k: usize| {
        let w = cx.word(k);
        (2..=SYLLABLE_MAX).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !has(words::NOT_SYLLABLES, w)
    };
    let given_syllable = |k: usize| {
        cx.on(GivenNameSyllable)
            && s.kind == Kind::Per
            && k >= i + 2
            && k + 1 < n
            && cx.word(k) == "-"
            && !cx.tokens[k].space_before
            && !cx.tokens[k + 1].space_before
            && syllable(k + 1)
    };
    if e + 1 < n && given_syllable(e) {
        e += 2;
        note!(GivenNameSyllable, true);
    }
    // "U.S.-proposed": the name ends at a hyphen before a lower-case word
    // (and "London-based", read as MISC, leaves a place), not before a
    // particle glued to a capitalised word: "Inzamam-ul-Haq"
    let glued = |k: usize| !cx.tokens[k].space_before;
    if cx.on(CutHyphenLower) {
        let cut = (i + 1..e).find(|&k| {
            matches!(cx.word(k), "-" | "–")
                && !given_syllable(k)
                && k + 1 < e
                && cx
                    .word(k + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && !(k + 3 < e
                    && cx.word(k + 2) == "-"
                    && glued(k + 2)
                    && glued(k + 3)
                    && cx.capitalised(k + 3))
        });
        if let Some(k) = cut {
            e = k;
            note!(CutHyphenLower, true);
        }
    }
    // "the Seattle-based retailer": a name just before such a hyphen, read
    // alone, is in a compound too (a known place there is a place, below)
    let before_hyphen_lower = cx.on(CutHyphenLower)
        && e + 1 < n
        && matches!(cx.word(e), "-" | "–")
        && !cx.tokens[e].space_before
        && !cx.tokens[e + 1].space_before
        && cx
            .word(e + 1)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    // "U.S. The President", "Jane Okafor In the ...": a capitalised word
    // that opens sentences, inside a name, is where a missed sentence begins
    if cx.on(CutSentenceOpener) {
        let cut = (i + 1..e)
            .find(|&k| has(words::OPENERS, cx.word(k)) && (k + 1 < e || cx.word(k).len() > 1));
        if let Some(k) = cut {
            e = k;
            // "The Washington Post and The Wall Street Journal": a list, not
            // a missed sentence; the joining word goes with the second name
            while e > i + 1
                && (has(words::NAME_END_JOINERS, cx.word(e - 1))
                    || cx.tokens[e - 1].kind == TokenKind::Punct)
            {
                e -= 1;
            }
            note!(CutSentenceOpener, true);
        }
    }
    // "Maria Lopez Image: Reuters": a caption's credit line glued to a name
    if cx.on(CutCaptionCredit)
        && e > i + 1
        && has(words::CAPTION_WORDS, cx.word(e - 1))
        && e < n
        && cx.word(e) == ":"
    {
        e -= 1;
        note!(CutCaptionCredit, true);
    }
    let span = |i: usize, e: usize, label: Label, why: Why<EntityRule>| Span {
        start: cx.tokens[i].start,
        end: cx.tokens[e - 1].end,
        label,
        why,
    };
    // "Hurricane Ian", "Typhoon Haiyan": storms are no people
    if cx.on(StormMisc) && e > i + 1 && has(words::STORM_WORDS, cx.word(i)) {
        return Some(span(i, e, Label::Misc, why.with(StormMisc)));
    }
    // ... and so is a storm's name the tagger found without its word
    if cx.on(StormMisc)
        && e == i + 1
        && i > 0
        && has(words::STORM_WORDS, cx.word(i - 1))
        && cx.tokens[i].space_before
    {
        return Some(span(i - 1, e, Label::Misc, why.with(StormMisc)));
    }
    // "(D-N.Y.)", "(R-Texas)", and AP's ", R-La.,": after a party's
    // letter, a state (the letter and hyphen come off a name that holds them)
    if cx.on(PartyStatePlace) {
        let party = |k: usize| {
            k >= 3
                && cx.word(k - 1) == "-"
                && has(words::PARTY_LETTERS, cx.word(k - 2))
                && matches!(cx.word(k - 3), "(" | ",")
        };
        if party(i) {
            return Some(span(i, e, Label::Loc, why.with(PartyStatePlace)));
        }
        if e > i + 2 && party(i + 2) {
            return Some(span(i + 2, e, Label::Loc, why.with(PartyStatePlace)));
        }
    }
    // "Senator Bernie Sanders" read as an organisation: a title and a given
    // name make a person, the title in the name or just before it ("Labour
    // MP" + "Rebecca Long-Bailey") (the two clauses written out: as one
    // closure called twice they cost the wasm 1 KB)
    let titled = cx.on(TitleGivenNamePerson)
        && (e - i > 2
            && is_title(cx.word(i))
            && gazetteer::lookup_lower(cx.word(i + 1)).contains(Lex::FIRST)
            || e - i > 1
                && i > 0
                && is_title(cx.word(i - 1))
                && gazetteer::lookup_lower(cx.word(i)).contains(Lex::FIRST));
    // "Mr. Trump": after an honorific, a person; so is a name the tagger
    // read with its honorific ("Mrs Kell" as an organisation), when only
    // capitalised words follow it ("Mrs Brown's Boys" is a show) and the
    // honorific is no doctor's ("Dr Martens" is a brand) nor in capitals
    // ("MS Windows")
    let honoured = cx.on(HonorificPerson)
        && (i > 0 && words::is_honorific(cx.word(i - 1))
            || e > i + 1
                && !cx.word(i).starts_with('D')
                && cx
                    .word(i)
                    .as_bytes()
                    .get(1)
                    .is_some_and(u8::is_ascii_lowercase)
                && words::is_honorific(cx.word(i))
                && (i + 1..e).all(|k| cx.capitalised(k)));
    // "Judge Smith" read as a place: a capitalised title just before one
    // word that is no known place, organisation or common word ("Prince
    // Series") makes a person
    let surnamed = cx.on(TitleSurnamePerson)
        && s.kind != Kind::Per
        && e == i + 1
        && i > 0
        && cx.capitalised(i - 1)
        && is_title(cx.word(i - 1))
        && !words::has_lower(words::HONORIFICS, cx.word(i - 1))
        && !gazetteer::lookup_lower(cx.word(i)).contains(Lex(Lex::PLACE.0
            | Lex::REGION.0
            | Lex::ORG.0
            | Lex::NORP.0
            | Lex::COMMON.0));
    let kind = if titled || honoured || surnamed {
        Kind::Per
    } else {
        s.kind
    };
    if kind != s.kind {
        note!(
            if titled {
                TitleGivenNamePerson
            } else if honoured {
                HonorificPerson
            } else {
                TitleSurnamePerson
            },
            true
        );
    }
    // "Christmas", "Easter Sunday" read as a name (Christmas is a surname
    // too): a holiday, left to the dates (numeric.rs)
    if cx.on(DateHoliday)
        && has(words::HOLIDAYS, cx.word(i))
        && (e == i + 1 || e == i + 2 && has(words::HOLIDAY_DAYS, cx.word(i + 1)))
    {
        return None;
    }
    // a title alone is no organisation or place: "Senator" + "Bernie
    // Sanders" read apart; nor a person when a name follows it ("Reverend"
    // + "Jane Doe"), though a person may be called "King" or "Bishop"
    if cx.on(TitleAloneDropped)
        && e == i + 1
        && is_title(cx.word(i))
        && (kind != Kind::Per || cx.capitalised(e))
    {
        return None;
    }
    // nor is a portfolio and a title, read as an organisation, with no
    // name after it: "the Transport Secretary said" (the portfolio a
    // common word and no organisation: "House Speaker" keeps the House)
    if cx.on(TitleAloneDropped)
        && e == i + 2
        && kind == Kind::Org
        && is_title(cx.word(i + 1))
        && !cx.capitalised(e)
        && {
            let lex = gazetteer::lookup_lower(cx.word(i));
            lex.contains(Lex::COMMON) && !lex.contains(Lex::ANY_ORG)
        }
    {
        return None;
    }
    if kind == Kind::Per {
        if cx.on(PersonTitleOff) {
            let from = i;
            // ("Founder Ailsa Moncrieff" opening a sentence: a role too)
            while e - i > 1 && (is_title(cx.word(i)) || words::is_person_role(cx.word(i))) {
                i += 1;
            }
            note!(PersonTitleOff, i != from);
        }
        // "Park Min-jun of KTU", "Bola Tinubu in Abuja": a person's name
        // ends before "of", "from", "in" or "at"
        if cx.on(PersonEndsBeforeOf) {
            if let Some(k) = (i + 1..e).find(|&k| matches!(cx.word(k), "of" | "from" | "in" | "at"))
            {
                e = k;
                note!(PersonEndsBeforeOf, true);
            }
        }
        // "Sarah Jones KC", "Mark Green MP": letters after a name are no
        // part of it ("Tory MPs": nor after a party's, which is left)
        if cx.on(PersonPostnominalOff) {
            let to = e;
            let letters = |w: &str| has(words::POSTNOMINALS, w.strip_suffix('s').unwrap_or(w));
            while e > i + 1 && letters(cx.word(e - 1)) {
                e -= 1;
            }
            note!(PersonPostnominalOff, e != to);
        }
    }
    if i >= e {
        return None;
    }
    // "(KLV.N)": an instrument code, its exchange letters or the code
    // before them
    if cx.on(TickerSuffixDropped) && e == i + 1 && i > 0 {
        let letters = |k: usize| {
            let w = cx.word(k);
            !cx.tokens[k].space_before
                && cx.word(k + 1) == ")"
                && w.len() <= 2
                && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        let exchange = cx.word(i - 1).ends_with('.') && letters(i);
        let code = cx.word(i - 1) == "("
            && cx.word(e) == "."
            && e + 1 < cx.tokens.len()
            && letters(e + 1)
            && cx
                .word(i)
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if exchange || code {
            return None;
        }
    }
    // "I've", "We'll": contractions are no names
    if cx.on(ContractionDropped) && e == i + 1 {
        let w = cx.word(i);
        if let Some(p) = w.rfind(['\'', '’']) {
            let tail = w[p..].trim_start_matches(['\'', '’']);
            if has(words::CONTRACTION_TAILS, tail) {
                return None;
            }
        }
    }
    // "investing in AI", "the IPO": an acronym that is a common noun is no name
    if cx.on(CommonAcronymDropped) && e == i + 1 && has(words::COMMON_ACRONYMS, cx.word(i)) {
        return None;
    }
    // "spending on R&D", "a Q&A": a name in such capitals joined by "&"
    if cx.on(CommonAcronymDropped) && e <= i + 3 && cx.tokens[e - 1].end - cx.tokens[i].start <= 4 {
        let mut a = i;
        while a > 0 && !cx.tokens[a].space_before {
            a -= 1;
        }
        let mut b = e;
        while b < cx.tokens.len() && !cx.tokens[b].space_before {
            b += 1;
        }
        let chunk = cx.text[cx.tokens[a].start..cx.tokens[b - 1].end]
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if chunk.contains('&') && has(words::COMMON_AMPERSANDS, chunk) {
            return None;
        }
    }
    let mut company = false;
    // "Amazon.com Inc." read as the legal form alone: the name is the web
    // address glued before it (or there is no name)
    if cx.on(WebCompany) && e == i + 1 && is_legal_form(cx.word(i), true) {
        let web = i >= 3
            && cx.tokens[i].space_before
            && has(words::WEB_SUFFIXES, cx.word(i - 1))
            && cx.word(i - 2) == "."
            && !cx.tokens[i - 1].space_before
            && !cx.tokens[i - 2].space_before
            && cx.capitalised(i - 3);
        if !web {
            return None;
        }
        i -= 3;
        company = true;
        note!(WebCompany, true);
    }
    // "WorldSources, Inc.": a company's legal form belongs to its name
    if cx.on(LegalFormSuffix) && kind != Kind::Per {
        // "AG" before a name is an attorney general: "the DOJ, AG Lynch";
        // "co" glued to a hyphen is a prefix: "Wrexham co-owner"
        let form = |k: usize| {
            is_legal_form(cx.word(k), false)
                && !(cx.word(k) == "AG" && cx.capitalised(k + 1))
                && !cx.glued_hyphen(k + 1)
        };
        if e < n && form(e) {
            e += 1;
            company = true;
            note!(LegalFormSuffix, true);
        } else if e + 1 < n && cx.word(e) == "," && form(e + 1) {
            e += 2;
            company = true;
            note!(LegalFormSuffix, true);
        }
    }
    // "NATO Secretary" + "General Mark Rutte": an organisation's name does
    // not end in a title (nor a place's: "Los Angeles Sheriff")
    // ("Nato Secretary General": every title of the run comes off)
    if cx.on(OrgTitleOff)
        && matches!(kind, Kind::Org | Kind::Loc)
        && e > i + 1
        && is_title(cx.word(e - 1))
    {
        let mut j = e - 1;
        // (a title in two, "Secretary-Treasurer", comes off whole)
        while j > i + 1 && is_title(cx.word(j - 1)) || j > i + 2 && cx.glued_hyphen(j - 1) {
            j -= 1;
        }
        let rest = &cx.text[cx.tokens[i].start..cx.tokens[j - 1].end];
        let acronym = rest.len() >= 2 && rest.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        let known = Lex(Lex::ORG.0 | Lex::G_ORG.0 | Lex::PLACE.0);
        // a known given name right after (past the rest of a title in
        // two): the title is that person's
        let mut h = e;
        while h < n && (cx.glued_hyphen(h) || is_title(cx.word(h))) {
            h += 1;
        }
        let holder =
            h < n && cx.capitalised(h) && gazetteer::lookup_lower(cx.word(h)).contains(Lex::FIRST);
        let l = gazetteer::lookup_name(rest);
        if acronym || holder || l.contains(known) {
            e = j;
            note!(OrgTitleOff, true);
            // "Texas Attorney General": what comes before a public office
            // is the place whose office it is (a club's or a company's
            // officer is theirs: "Liverpool Captain", "Toyota Chairman")
            let place = Lex(Lex::PLACE.0 | Lex::G_LOC.0);
            let office = cx.word(j);
            let club_or_firm = words::has_lower(words::SPORTS_ROLES, office)
                || words::has_lower(words::COMPANY_ROLES, office)
                || words::has_lower(words::COMPANY_OFFICERS, office);
            if kind == Kind::Org && l.contains(place) && !club_or_firm {
                return Some(span(i, e, Label::Loc, why));
            }
        }
        // the words of the holder's title before it ("Breitbart News
        // Executive", "Shadow Home"): a title all through is no name
        if holder {
            while e > i && has(words::TITLE_MODIFIERS, cx.word(e - 1)) {
                e -= 1;
            }
            if e == i {
                return None;
            }
        }
    }
    let text = &cx.text[cx.tokens[i].start..cx.tokens[e - 1].end];
    if company {
        return Some(span(i, e, Label::Org, why));
    }
    // seats of government standing for the government: "the Kremlin said"
    if cx.on(SeatOfGovernment) && has(words::SEATS_OF_GOVERNMENT, text) {
        return Some(span(i, e, Label::Org, why.with(SeatOfGovernment)));
    }
    // "African", "Russians" tagged as a person or place: a nationality
    // "the Dutchman", "Frenchwomen": a people's word and "man" or "woman"
    // (most names end otherwise: the suffix is read before the text is folded)
    let man = |t: &str| {
        let b = t.as_bytes();
        b.len() > 6
            && (b[b.len() - 3..].eq_ignore_ascii_case(b"man")
                || b[b.len() - 3..].eq_ignore_ascii_case(b"men"))
    };
    if cx.on(DemonymNorp) && e == i + 1 && man(text) {
        let low = text.folded();
        let stem = ["woman", "women", "man", "men"]
            .iter()
            .find_map(|end| low.strip_suffix(end));
        if stem.is_some_and(|s| s.len() >= 4 && gazetteer::lookup(s).contains(Lex::NORP)) {
            return Some(span(i, e, Label::Norp, why.with(DemonymNorp)));
        }
    }
    if cx.on(NationalityNorp) && matches!(kind, Kind::Per | Kind::Loc) && e == i + 1 {
        // (a plural the lexicon lacks, read as people, by its singular:
        // "Latinos"; not one read as a place, "the Balkans")
        let folded = text.folded();
        let mut l = gazetteer::lookup(&folded);
        if !l.contains(Lex::NORP) && kind == Kind::Per {
            l = folded.strip_suffix('s').map_or(l, gazetteer::lookup);
        }
        if l.contains(Lex::NORP) && !l.contains(Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::PLACE.0)) {
            return Some(span(i, e, Label::Norp, why.with(NationalityNorp)));
        }
    }
    // "the Biden administration": a well-known public figure's surname alone
    if cx.on(PublicFigurePerson) && e == i + 1 && kind != Kind::Per {
        let l = gazetteer::lookup_name(text);
        if l.contains(Lex::PEOPLE) && !l.contains(Lex(Lex::PLACE.0 | Lex::NORP.0 | Lex::ORG.0)) {
            return Some(span(i, e, Label::Person, why.with(PublicFigurePerson)));
        }
    }
    // "Labour leader Tom Brand", "the Tories": a British party's name alone
    // is the party, an organisation, where "Democrats" are a group (NORP)
    if cx.on(PartyNameOrg) && kind != Kind::Org && has(words::PARTY_NAMES, text) {
        return Some(span(i, e, Label::Org, why.with(PartyNameOrg)));
    }
    // "Cape Canaveral", "Mount Kenya", "Lake Tahoe" read as a person or an
    // organisation: a place
    if cx.on(PlaceOpenerLoc)
        && matches!(kind, Kind::Per | Kind::Org)
        && e > i + 1
        && has(words::PLACE_OPENERS, cx.word(i))
        && !is_head(cx.word(e - 1))
    {
        return Some(span(i, e, Label::Loc, why.with(PlaceOpenerLoc)));
    }
    // "Seattle-based" read as an organisation or a person: a known place
    // (not a known organisation: "Amazon-owned") in a compound is a place
    if before_hyphen_lower && matches!(kind, Kind::Per | Kind::Org) {
        let l = gazetteer::lookup_name(text);
        if l.contains(Lex::ANY_PLACE) && !l.contains(Lex::ORG) {
            return Some(span(i, e, Label::Loc, why.with(CutHyphenLower)));
        }
    }
    let label = match kind {
        Kind::Per => Label::Person,
        Kind::Org => Label::Org,
        Kind::Loc => Label::Loc,
        Kind::Misc => {
            let low = text.folded();
            if cx.on(MiscNorp) && gazetteer::lookup(&low).contains(Lex::NORP) {
                why.add(MiscNorp);
                Label::Norp
            } else if why.has(CutHyphenLower)
                && gazetteer::lookup_name(text).contains(Lex::ANY_PLACE)
            {
                Label::Loc
            } else {
                Label::Misc
            }
        }
    };
    Some(span(i, e, label, why))
}

/// "Reverend Jane" + "Holloway": a title and a known given name read as a
/// name of their own (or the given name alone after its title), just before
/// a capitalised word in no name that is no common word, known place,
/// organisation or nationality (unless a surname), make a person with that
/// word. `names` are the cleaned names, ordered.
pub fn surnames_after_title_given(cx: &Cx, names: &mut [Span]) {
    if !cx.on(SurnameAfterTitleGiven) {
        return;
    }
    let n = cx.tokens.len();
    for j in 0..names.len() {
        let x = &names[j];
        let (i, e) = (cx.token_at(x.start), cx.token_at(x.end));
        // the given name's token: "Reverend Jane" read whole, or "Jane"
        // after "Reverend"
        let g = match e - i {
            2 if is_title(cx.word(i)) && cx.capitalised(i) => i + 1,
            1 if i > 0 && is_title(cx.word(i - 1)) && cx.capitalised(i - 1) => i,
            _ => continue,
        };
        let surname = e < n
            // (in no name: the next one starts after it)
            && names.get(j + 1).map_or(true, |y| y.start >= cx.tokens[e].end)
            && cx.tokens[e].space_before
            && cx.tokens[e].kind == TokenKind::Word
            && cx.capitalised(e)
            // ("President Carter I think": no initial nor pronoun)
            && cx.word(e).len() > 1
            && cx.word(e).bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !is_title(cx.word(e))
            && {
                let lex = gazetteer::lookup_lower(cx.word(e));
                lex.contains(Lex::LAST)
                    || !lex.contains(Lex(Lex::COMMON.0
                        | Lex::ANY_PLACE.0
                        | Lex::ORG.0
                        | Lex::NORP.0
                        | Lex::FIRST.0))
            };
        if surname && gazetteer::lookup_lower(cx.word(g)).contains(Lex::FIRST) {
            let x = &mut names[j];
            x.start = cx.tokens[g].start;
            x.end = cx.tokens[e].end;
            x.label = Label::Person;
            x.why.add(SurnameAfterTitleGiven);
        }
    }
}

/// "Hapag-Lloyd", "Itar-Tass": a capitalised word glued by a hyphen before a
/// name, in no name itself, is part of it; not a prefix
/// ([`words::NAME_PREFIXES`]) before a name of one word ("Ex-Chelsea"), nor
/// a word in capitals, a common word, a weekday, a known place or
/// nationality ("Pakistan-Afghanistan", where the tagger read one of two
/// names). `names` are the cleaned names, ordered.
pub fn hyphen_prefixes(cx: &Cx, names: &mut [Span]) {
    if !cx.on(JoinHyphenPrefix) {
        return;
    }
    let mut end_before = 0;
    for x in names.iter_mut() {
        let i = cx.token_at(x.start);
        let free = i >= 2 && cx.tokens[i - 2].start >= end_before;
        end_before = x.end;
        if !free || !cx.glued_hyphen(i - 1) || cx.tokens[i].space_before || !cx.capitalised(i - 2) {
            continue;
        }
        let w = cx.word(i - 2);
        let one_word = cx.token_at(x.end) == i + 1;
        // (not a word in capitals, a headline's slug or a party's letters:
        // "FOOTBALL-RANDALL CUNNINGHAM", "(BN-Kuala Pilah)"; nor a common
        // word, "Three-Disc Blu-ray", unless a prefix or a given name:
        // "Non-Aligned Movement", "Al-Farabi"; nor a weekday)
        let caps = !w.contains(char::is_lowercase);
        let lex = gazetteer::lookup_name(w);
        let prefix = has(words::NAME_PREFIXES, w);
        let common = lex.contains(Lex::COMMON) && !prefix && !lex.contains(Lex::FIRST);
        let known = lex.contains(Lex(Lex::PLACE.0 | Lex::NORP.0)) || words::is_weekday(w);
        let apart = caps || known || common || one_word && prefix;
        if !apart {
            x.start = cx.tokens[i - 2].start;
            x.why.add(JoinHyphenPrefix);
        }
    }
}

/// "Reverend | Jane | Holloway": a known given name that the tagger left out
/// of every name, between a title and a person's name, belongs to that
/// name. `names` are the cleaned names, ordered.
pub fn given_names_before(cx: &Cx, names: &mut [Span]) {
    if !cx.on(GivenNameBefore) {
        return;
    }
    let mut end_before = 0;
    for x in names.iter_mut() {
        let i = cx.token_at(x.start);
        let free = i >= 2 && cx.tokens[i - 1].start >= end_before;
        end_before = x.end;
        if free
            && x.label == Label::Person
            && cx.capitalised(i - 1)
            && cx.tokens[i].space_before
            && is_title(cx.word(i - 2))
            && gazetteer::lookup_lower(cx.word(i - 1)).contains(Lex::FIRST)
        {
            x.start = cx.tokens[i - 1].start;
            x.why.add(GivenNameBefore);
        }
    }
}

/// Is token `i` a noun for a company opening its sentence ("Grocers",
/// "Carmaker"), no head word, which [`CompanyNounOpener`] takes off the
/// name after it (a tagged one here, an untagged one in
/// [`super::untagged`])?
pub(super) fn company_noun_opens(cx: &Cx, i: usize) -> bool {
    let w = cx.word(i);
    let noun = w.strip_suffix(['s', 'S']).unwrap_or(w);
    let maker = noun
        .len()
        .checked_sub(5)
        .and_then(|k| noun.get(k..))
        .is_some_and(|end| end.eq_ignore_ascii_case("maker"));
    cx.on(CompanyNounOpener)
        && (maker || has_lower(words::COMPANY_NOUNS, noun))
        && !is_head(w)
        && opens_sentence(cx, i)
}
