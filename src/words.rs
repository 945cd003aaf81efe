//! Hand-written word lists, each in one place, once: sorted, so that each is
//! looked up by binary search, and packed by `words!` into a [`Words`]
//! (which refuses to compile a list out of order or with a word twice).
//! Lists that look alike but mean different things keep different
//! names and say why (a title dropped from a name is not a title that may
//! open a speaker's phrase).
//!
//! The large lists generated from registry packages and training data (names,
//! places, the cue verbs' forms) live in `data/` and their modules; these
//! are the ones written by hand. The words around speech (cue phrases,
//! speech nouns, clause ends) are in [`speech`].

pub mod speech;

/// A sorted list of words, packed at compile time by the crate's `words!`
/// macro (written as a list: `words!["Bank", "Fund", "Party"]`, which
/// fails to compile when the list is out of order or holds a word twice).
/// The words are stored by length, each length's words in order and
/// back to back, after a byte a length saying how many there are: a
/// `&[&str]` would store a pointer and a length for every word, tables
/// that gzip badly (packing the lists took 3.3 KB off the download). A
/// look-up goes straight to the words of its length and searches them by
/// halves. Only this crate makes them, so each is well formed.
///
/// ```
/// use newsmark::words::ORG_HEADS;
/// assert!(ORG_HEADS.has("University") && !ORG_HEADS.has("university"));
/// assert!(ORG_HEADS.iter().any(|w| w == "Party"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Words(pub(crate) &'static [u8]);

impl Words {
    /// The longest word's length in bytes: the packed form's first byte.
    fn longest(self) -> usize {
        self.0.first().map_or(0, |&m| m as usize)
    }

    /// The words of `len` bytes (1 ≤ `len` ≤ the longest), back to back.
    fn of_len(self, len: usize) -> &'static [u8] {
        let counts = &self.0[1..=self.longest()];
        // (most look-ups miss, many on a length no word has)
        if counts[len - 1] == 0 {
            return &[];
        }
        let mut start = 1 + counts.len();
        for (l, &c) in counts[..len - 1].iter().enumerate() {
            start += (l + 1) * c as usize;
        }
        &self.0[start..start + len * counts[len - 1] as usize]
    }

    /// The words as bytes, shortest first, each length's in order: for
    /// hot loops, which need not check each is UTF-8 as [`Words::iter`] does.
    pub fn bytes(self) -> impl Iterator<Item = &'static [u8]> {
        let longest = self.longest();
        let mut at = 1 + longest;
        (1..=longest).flat_map(move |n| {
            let words = &self.0[at..at + n * self.0[n] as usize];
            at += words.len();
            words.chunks(n)
        })
    }

    /// The words, shortest first, each length's in order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.bytes()
            .map(|w| std::str::from_utf8(w).unwrap_or_default())
    }

    /// Is `w` one of the words?
    pub fn has(self, w: &str) -> bool {
        let n = w.len();
        if n == 0 || n > self.longest() {
            return false;
        }
        let words = self.of_len(n);
        let w = w.as_bytes();
        let (mut lo, mut hi) = (0, words.len() / n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match words[mid * n..mid * n + n].cmp(w) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        false
    }
}

/// The size of [`pack`]'s output for `list`.
pub(crate) const fn packed_len(list: &[&str]) -> usize {
    let (mut longest, mut total, mut i) = (0, 0, 0);
    while i < list.len() {
        let n = list[i].len();
        if n > longest {
            longest = n;
        }
        total += n;
        i += 1;
    }
    1 + longest + total
}

/// `list` packed as [`Words`] reads it: the longest length (a byte), how
/// many words have each length from 1 to the longest (a byte each), then
/// the words by length. Panics (at compile time, from `words!`) when
/// `list` is not sorted, holds a word twice or an empty word, or has
/// more than 255 words of one length.
pub(crate) const fn pack<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut longest = 0;
    let mut i = 0;
    while i < list.len() {
        let w = list[i].as_bytes();
        assert!(!w.is_empty() && w.len() < 256, "a word of 1 to 255 bytes");
        if i > 0 {
            assert!(
                before(list[i - 1].as_bytes(), w),
                "a list in order, each word once"
            );
        }
        if w.len() > longest {
            longest = w.len();
        }
        i += 1;
    }
    out[0] = longest as u8;
    let mut at = 1 + longest;
    let mut n = 1;
    while n <= longest {
        let mut count = 0;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if w.len() == n {
                let mut j = 0;
                while j < n {
                    out[at + j] = w[j];
                    j += 1;
                }
                at += n;
                count += 1;
            }
            i += 1;
        }
        assert!(count < 256, "at most 255 words of one length");
        out[n] = count as u8;
        n += 1;
    }
    out
}

/// Does `a` sort strictly before `b` (as `str`s compare: byte by byte)?
const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Is `w` in the sorted list `list`?
///
/// ```
/// use newsmark::words::{has, ORG_HEADS};
/// assert!(has(ORG_HEADS, "University") && !has(ORG_HEADS, "university"));
/// ```
pub fn has(list: Words, w: &str) -> bool {
    list.has(w)
}

/// A word or phrase in lower case, letter by letter: `str::to_lowercase`
/// less its Greek final-sigma rule, whose code cost the download 4 KB
/// (no word list here holds Greek).
///
/// ```
/// use newsmark::words::Lower;
/// assert_eq!("Ørsted’s CEO".lower(), "ørsted’s ceo");
/// assert_eq!("Ørsted’s CEO".folded(), "ørsted's ceo");
/// ```
pub trait Lower {
    /// This text in lower case.
    fn lower(&self) -> String;
    /// This text in lower case with its curly apostrophes straight, as the
    /// word lists and the lexicon spell words: `"Sainsbury’s".folded()` is
    /// `"sainsbury's"`.
    fn folded(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        self.chars().flat_map(char::to_lowercase).collect()
    }
    fn folded(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        self.chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c })
            .collect()
    }
}

/// Is `w`, in ASCII lower case, in the sorted lower-case list `list`? No
/// allocation; words longer than 24 bytes or not ASCII are in no such list.
///
/// ```
/// use newsmark::words::{has_lower, MONTHS};
/// assert!(has_lower(MONTHS, "March") && has_lower(MONTHS, "SEPT."));
/// ```
pub fn has_lower(list: Words, w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 24 || !b.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 24];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|low| has(list, low))
}

/// Is `w` a title in [`TITLES`], in any case? ("President", "SEN.", "ceo")
///
/// ```
/// use newsmark::words::is_title;
/// assert!(is_title("President") && is_title("Sen.") && !is_title("Putin"));
/// assert!(is_title("CFO") && is_title("COO") && is_title("CTO"));
/// ```
pub fn is_title(w: &str) -> bool {
    has_lower(TITLES, w)
}

/// Is `w` an honorific ([`HONORIFICS`], [`MALE_HONORIFICS`],
/// [`FEMALE_HONORIFICS`]: "Mr", "Mrs.", "Lord", "Dame"), in any case? Not
/// "Miss", which titles pageants ("Miss Universe") and is a verb.
///
/// ```
/// use newsmark::words::is_honorific;
/// assert!(is_honorific("Mr.") && is_honorific("Baroness") && !is_honorific("President"));
/// assert!(!is_honorific("Miss"));
/// ```
pub fn is_honorific(w: &str) -> bool {
    has_lower(HONORIFICS, w)
        || (has_lower(MALE_HONORIFICS, w) || has_lower(FEMALE_HONORIFICS, w))
            && !w.eq_ignore_ascii_case("miss")
}

/// Is `w` a person's role written before the name in lower case
/// ([`SPORTS_ROLES`], [`COMPANY_ROLES`], [`PERSON_ROLES`]), in any case?
///
/// ```
/// use newsmark::words::is_person_role;
/// assert!(is_person_role("Founder") && is_person_role("striker") && !is_person_role("Kane"));
/// ```
pub fn is_person_role(w: &str) -> bool {
    has_lower(SPORTS_ROLES, w) || has_lower(COMPANY_ROLES, w) || has_lower(PERSON_ROLES, w)
}

/// Does `w` end like an English plural: in "s", but not in "ss"
/// ("Democrats", not "Swiss")?
///
/// ```
/// use newsmark::words::looks_plural;
/// assert!(looks_plural("Democrats") && !looks_plural("Swiss") && !looks_plural("Danish"));
/// ```
pub fn looks_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// Is `w` a possessive ending token ([`POSSESSIVES`])?
pub fn is_possessive(w: &str) -> bool {
    has(POSSESSIVES, w)
}

/// A day of the week written as a name: "Monday" … "Sunday" (not "monday",
/// "MONDAY" or "Mon.").
///
/// ```
/// use newsmark::words::is_weekday;
/// assert!(is_weekday("Friday") && !is_weekday("friday"));
/// ```
pub fn is_weekday(w: &str) -> bool {
    has(WEEKDAY_NAMES, w)
}

/// A month or weekday name or abbreviation, any case: "March", "Wed.".
///
/// ```
/// use newsmark::words::is_date_word;
/// assert!(is_date_word("Wednesday") && is_date_word("Sept."));
/// assert!(!is_date_word("Europe"));
/// ```
pub fn is_date_word(w: &str) -> bool {
    has_lower(MONTHS, w) || has_lower(WEEKDAYS, w)
}

/// Is `w` the last word of a place's name: a building's ([`FACILITY_HEADS`])
/// or another place's ([`LOC_HEADS`])?
pub fn is_place_head(w: &str) -> bool {
    has(FACILITY_HEADS, w) || has(LOC_HEADS, w)
}

/// Is `w` the last word of an organisation's or a place's name?
pub fn is_head(w: &str) -> bool {
    has(ORG_HEADS, w) || is_place_head(w)
}

/// A legal form of a company, in any case, with or without its period:
/// "Inc.", "LTD", "GmbH". `alone` asks for the forms that name a company
/// even with nothing before them but a web address ("Amazon.com Inc.");
/// the others ("Co", "AG", "SA", "NV") are also common abbreviations.
///
/// ```
/// use newsmark::words::is_legal_form;
/// assert!(is_legal_form("Inc.", true) && is_legal_form("GmbH", false));
/// assert!(!is_legal_form("AG", true) && !is_legal_form("Corporation", false));
/// ```
pub fn is_legal_form(w: &str, alone: bool) -> bool {
    let w = w.trim_end_matches('.');
    LEGAL_FORMS
        .iter()
        .any(|&(f, a)| (a || !alone) && f.eq_ignore_ascii_case(w))
}

/// Companies' legal forms (lower case, no period), and whether each names a
/// company alone ([`is_legal_form`]).
pub const LEGAL_FORMS: &[(&str, bool)] = &[
    ("ag", false),
    ("bhd", true),
    ("co", false),
    ("corp", true),
    ("gmbh", false),
    ("inc", true),
    ("llc", true),
    ("ltd", true),
    ("nv", false),
    ("plc", true),
    ("sa", false),
];
/// Titles that come off the front of a person's name, in lower case (any case
/// matches: [`is_title`]).
pub const TITLES: Words = words![
    "adm.",
    "administrator",
    "admiral",
    "ambassador",
    "archbishop",
    "attorney",
    "ayatollah",
    "baron",
    "baroness",
    "bishop",
    "brigadier",
    "capt",
    "capt.",
    "captain",
    "cardinal",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "col",
    "col.",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "coo",
    "corporal",
    "councillor",
    "councilman",
    "councilwoman",
    "countess",
    "cpl",
    "cpl.",
    "cto",
    "dame",
    "deputy",
    "det",
    "detective",
    "director",
    "dr",
    "dr.",
    "duchess",
    "duke",
    "earl",
    "emir",
    "emperor",
    "gen",
    "gen.",
    "general",
    "gov.",
    "governor",
    "imam",
    "insp",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "lieutenant",
    "lord",
    "lt",
    "lt.",
    "maj",
    "maj.",
    "mayor",
    "mep",
    "minister",
    "mp",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "msp",
    "pastor",
    "patriarch",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "prof",
    "prof.",
    "professor",
    "queen",
    "rabbi",
    "rep.",
    "rev",
    "rev.",
    "reverend",
    "secretary",
    "sen.",
    "senator",
    "sergeant",
    "sgt",
    "sgt.",
    "sheikh",
    "sheriff",
    "sir",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "supt",
    "taoiseach",
    "treasurer",
    "vice",
];
/// Capitalised words of a title before its title word, which come off an
/// organisation's name with it when a person follows: "Acme Executive
/// Chairman Jo Bell", "Labour's Shadow Home Secretary Ann Coyle", "Prime
/// Minister Sheikh Hasina".
pub const TITLE_MODIFIERS: Words = words![
    "Acting",
    "Assistant",
    "Associate",
    "Executive",
    "Foreign",
    "Home",
    "Interim",
    "Managing",
    "Political",
    "Prime",
    "Senior",
    "Shadow",
];
/// Letters written after a person's name: "Sarah Jones KC", "Mark Green MP".
pub const POSTNOMINALS: Words = words!["CBE", "KBE", "KC", "MBE", "MEP", "MP", "MSP", "OBE", "QC"];
/// Words a number follows in a name: "BBC Radio 4", "Channel 4",
/// "Formula 1" (the first a competition, the others broadcasters).
pub const NUMBERED_HEADS: Words = words!["Channel", "Formula", "Radio"];
/// Words after such a number that are still the name: "Channel 4 News",
/// "Radio 5 Live", "Radio 4 Extra".
pub const NUMBERED_TAILS: Words = words!["Extra", "Live", "News"];
/// Small words inside hyphenated place names: "Stoke-on-Trent",
/// "Barrow-in-Furness", "Aix-en-Provence", "Boulogne-sur-Mer".
pub const HYPHEN_PLACE_WORDS: Words =
    words!["by", "de", "en", "in", "la", "le", "les", "on", "sous", "sur", "under", "upon"];
/// Holidays, dates rather than names (OntoNotes' DATE): "Christmas",
/// "Easter Monday", "Eid"; [`HOLIDAY_DAYS`] may follow them.
pub const HOLIDAYS: Words = words![
    "Christmas",
    "Diwali",
    "Easter",
    "Eid",
    "Halloween",
    "Hanukkah",
    "Passover",
    "Ramadan",
    "Thanksgiving",
];
/// Words that make a holiday's day: "Christmas Day", "Easter Sunday".
pub const HOLIDAY_DAYS: Words = words!["Day", "Eve", "Monday", "Sunday"];
/// First words of places' names: "Cape Canaveral", "Fort Worth", "Lake Tahoe", "Mount Kenya", "Port Talbot".
pub const PLACE_OPENERS: Words = words!["Cape", "Fort", "Lake", "Mount", "Mt", "Mt.", "Port"];
/// Honorifics after which a name is a person's, in lower case: "Mr. Trump".
pub const HONORIFICS: Words = words!["dr.", "mme", "mme.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."];
/// The classes of [`ROLE_WORDS`], as bits: words of one class name the
/// same role.
pub mod role_class {
    /// A minister: a cabinet-style "Transport Secretary", a chancellor.
    pub const MINISTER: u8 = 1;
    /// A company's head.
    pub const CHIEF: u8 = 2;
    /// A team's head.
    pub const COACH: u8 = 4;
    /// Who speaks for someone.
    pub const SPOKES: u8 = 8;
    /// A member of a legislature.
    pub const LAWMAKER: u8 = 16;
    /// A head of government.
    pub const PREMIER: u8 = 32;
    /// Who chairs a body.
    pub const CHAIR: u8 = 64;
    /// A word that names a particular role of its class, never the class:
    /// a chancellor is a minister, "the chancellor" is not any minister.
    pub const ONLY_ITSELF: u8 = 128;
}

/// Role words (lower case; one or two words), sorted, split by `|`: one
/// string, not a list of them, as a table of pointers would cost the
/// download more than the words. [`ROLE_CLASS_BITS`] gives the classes of
/// each ([`role_class`]): "the minister" is the person named "Transport
/// Secretary" before; "the boss" a company's or a team's head.
pub const ROLE_WORDS: &str = "boss|ceo|chair|chairman|chairwoman|chancellor|chief|chief executive|coach|head coach|lawmaker|manager|minister|premier|prime minister|secretary|senator|spokesman|spokesperson|spokeswoman";

/// The classes of each word of [`ROLE_WORDS`], in its order.
pub const ROLE_CLASS_BITS: &[u8] = {
    use role_class::*;
    &[
        CHIEF | COACH,          // boss
        CHIEF,                  // ceo
        CHAIR,                  // chair
        CHAIR,                  // chairman
        CHAIR,                  // chairwoman
        MINISTER | ONLY_ITSELF, // chancellor
        CHIEF,                  // chief
        CHIEF,                  // chief executive
        COACH,                  // coach
        COACH,                  // head coach
        LAWMAKER,               // lawmaker
        COACH,                  // manager
        MINISTER,               // minister
        PREMIER,                // premier
        PREMIER,                // prime minister
        MINISTER | ONLY_ITSELF, // secretary (a cabinet's: "Home Secretary")
        LAWMAKER,               // senator
        SPOKES,                 // spokesman
        SPOKES,                 // spokesperson
        SPOKES,                 // spokeswoman
    ]
};

/// The longest word of [`ROLE_WORDS`] that a lower-case role phrase ends in
/// (as whole words), and its classes; `("", 0)` for none.
///
/// ```
/// use newsmark::words::{role_class, role_of};
/// assert_eq!(role_of("the spokeswoman"), ("spokeswoman", role_class::SPOKES));
/// assert_eq!(role_of("prime minister"), ("prime minister", role_class::PREMIER));
/// assert_eq!(role_of("former minister"), ("minister", role_class::MINISTER));
/// assert_eq!(role_of("the mayor"), ("", 0));
/// ```
pub fn role_of(lower: &str) -> (&'static str, u8) {
    let mut best = ("", 0);
    for (w, &c) in ROLE_WORDS.split('|').zip(ROLE_CLASS_BITS) {
        let whole = lower
            .strip_suffix(w)
            .is_some_and(|b| b.is_empty() || b.ends_with(' '));
        if whole && w.len() > best.0.len() {
            best = (w, c);
        }
    }
    best
}

/// Honorifics that make the name after them a man's, in lower case, without
/// a full stop: "Mr Kell" is "he".
pub const MALE_HONORIFICS: Words = words!["lord", "mr", "sir"];
/// Honorifics that make the name after them a woman's, in lower case,
/// without a full stop: "Mrs. Kell" is "she".
pub const FEMALE_HONORIFICS: Words = words!["baroness", "dame", "lady", "miss", "mme", "mrs", "ms"];
/// Capitalised words that open sentences and are never inside a name (but
/// for a last "A": "Group A").
pub const OPENERS: Words = words![
    "A",
    "After",
    "An",
    "At",
    "But",
    "He",
    "Her",
    "His",
    "However",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "She",
    "That",
    "The",
    "Their",
    "These",
    "They",
    "This",
    "We",
    "When",
    "While",
];
/// Small words inside people's names: "Johan de Kock", "Veerle De Jaeghere",
/// "Erik ten Hag", "Lucas dos Santos" (compared in lower case).
pub const NAME_PARTICLES: Words = words![
    "abu", "al", "ben", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du",
    "el", "ibn", "la", "le", "mac", "st", "ten", "ter", "van", "von", "zu",
];

/// The particles that open a surname written without its given name ("von
/// der Leyen said", "van Dijk scored", "bin Laden"): not "la", "le", "al" or
/// "el", which open other words in English copy too.
pub const SURNAME_OPENERS: Words = words![
    "bin", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "ten", "ter", "van", "von",
];
/// Last words that make a name an organisation ("World Health Organisation",
/// "Indonesian Navy", "Labour Party").
pub const ORG_HEADS: Words = words![
    "AI",
    "Academy",
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Army",
    "Assembly",
    "Associates",
    "Association",
    "Authority",
    "Bancorp",
    "Bank",
    "Biotech",
    "Board",
    "Brands",
    "Brothers",
    "Bureau",
    "Capital",
    "Church",
    "Club",
    "Coalition",
    "College",
    "Commission",
    "Committee",
    "Communications",
    "Company",
    "Conference",
    "Corporation",
    "Council",
    "Court",
    "Democrats",
    "Department",
    "Enterprises",
    "Entertainment",
    "Exchange",
    "Foods",
    "Force",
    "Foundation",
    "Fund",
    "Group",
    "Herald",
    "Holdings",
    "Industries",
    "Institute",
    "Insurance",
    "Investments",
    "Labs",
    "Logistics",
    "Management",
    "Mining",
    "Ministry",
    "Motors",
    "Movement",
    "Navy",
    "Networks",
    "Organisation",
    "Organization",
    "Parliament",
    "Partners",
    "Party",
    "Pharma",
    "Pharmaceuticals",
    "Police",
    "Post",
    "Programme",
    "Republicans",
    "Robotics",
    "School",
    "Service",
    "Services",
    "Society",
    "Software",
    "Solutions",
    "Studios",
    "Systems",
    "Technologies",
    "Telecom",
    "Therapeutics",
    "University",
    "Ventures",
];
/// Last words that make a name a place ("Lake Geneva", "Royal Free
/// Hospital"), besides the buildings of [`FACILITY_HEADS`]: see [`is_place_head`].
pub const LOC_HEADS: Words = words![
    "Base",
    "County",
    "Hospital",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Planetarium",
    "Province",
    "Region",
    "River",
    "Valley",
];
/// Last words of buildings and other facilities, which are places even when
/// the tagger took them for organisations: "Wembley Stadium", "Kennedy
/// Airport", "Union Station", "Natural History Museum".
pub const FACILITY_HEADS: Words = words![
    "Airport",
    "Arena",
    "Avenue",
    "Bridge",
    "Cathedral",
    "Center",
    "Centre",
    "Ground",
    "Hotel",
    "Mosque",
    "Museum",
    "Road",
    "Square",
    "Stadium",
    "Station",
    "Street",
    "Tower",
    "Towers",
];
/// Words before "Center" or "Centre" that make it an institution, not a
/// building: "Pew Research Center", "Tax Policy Center".
pub const THINK_TANK_WORDS: Words =
    words!["Legal", "Policy", "Research", "Resource", "Rights", "Studies", "Survey"];
/// Plural last words of places, not of teams: "Niagara Falls", "Palm Springs".
pub const PLACE_PLURALS: Words = words![
    "Emirates",
    "Falls",
    "Gardens",
    "Heights",
    "Highlands",
    "Hills",
    "Islands",
    "Isles",
    "Keys",
    "Lakes",
    "Mountains",
    "Plains",
    "Rapids",
    "Springs",
    "States",
    "Territories",
    "Woods",
];
/// Last words of football clubs' names after a place: "Leeds United".
pub const CLUB_WORDS: Words = words![
    "Albion",
    "Argyle",
    "Athletic",
    "Hotspur",
    "Rovers",
    "United",
    "Wanderers",
];
/// Last words that make a name a law, treaty or the like (MISC): "Clean Air
/// Act", "Paris Agreement".
pub const MISC_HEADS: Words = words![
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Amendment",
    "Doctrine",
    "Protocol",
    "Treaty",
];
/// Last words of newspapers' names: "Denver Sun", "Daily Mail".
pub const PAPER_HEADS: Words = words![
    "Bulletin",
    "Chronicle",
    "Courier",
    "Dispatch",
    "Examiner",
    "Express",
    "Gazette",
    "Globe",
    "Guardian",
    "Herald",
    "Inquirer",
    "Journal",
    "Mail",
    "Mirror",
    "News",
    "Observer",
    "Post",
    "Register",
    "Sentinel",
    "Star",
    "Sun",
    "Telegraph",
    "Times",
    "Tribune",
];
/// First words of newspapers' names that name their day or time: "Sunday Times".
pub const PAPER_FIRST_WORDS: Words = words!["Daily", "Evening", "Financial", "Morning", "Sunday"];
/// Head words of organisations named head first: "University of Texas",
/// "Church of England", "Centre for Disease Control".
pub const HEAD_FIRST_ORGS: Words = words![
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
/// Head words of places named head first: "Museum of Modern Art", "Gulf of
/// Mexico", "Republic of Korea".
pub const HEAD_FIRST_PLACES: Words = words![
    "Bay", "Cape", "Gulf", "Isle", "Kingdom", "Museum", "Province", "Republic", "Sea", "Strait",
];
/// News agencies credited in datelines: "(AP)", "(Reuters)".
pub const AGENCIES: Words = words![
    "AFP",
    "ANSA",
    "AP",
    "BBC",
    "Bloomberg",
    "CNN",
    "DPA",
    "Interfax",
    "Itar-Tass",
    "Reuters",
    "TASS",
    "UPI",
    "Xinhua",
];
/// Seats of government that stand for the government: "the Kremlin said".
pub const SEATS_OF_GOVERNMENT: Words = words![
    "Downing Street",
    "Elysee",
    "Kremlin",
    "Pentagon",
    "White House",
    "Élysée",
];
/// Words that open the names of storms: "Hurricane Ian", "Storm Darragh"
/// (the Met Office's named storms).
pub const STORM_WORDS: Words = words!["Cyclone", "Hurricane", "Storm", "Typhoon"];
/// Words of a caption's credit line, before a colon: "Image: Reuters".
pub const CAPTION_WORDS: Words = words![
    "Credit",
    "Image",
    "Images",
    "Photo",
    "Photograph",
    "Picture",
    "Source",
    "Video",
];
/// Capitals joined by an ampersand that are common nouns, not names:
/// "spending on R&D", "a Q&A", "M&A advisers", "A&E waiting times".
pub const COMMON_AMPERSANDS: Words = words![
    "A&E", "B&B", "B&W", "C&C", "C&W", "D&D", "F&B", "G&T", "M&A", "P&L", "Q&A", "R&B", "R&D",
    "S&L", "S&M", "T&C", "T&Cs",
];
/// Acronyms that are common nouns in news copy, not names: "investing in
/// AI", "the IPO", "VAT receipts".
pub const COMMON_ACRONYMS: Words = words![
    "AGM", "AI", "API", "CEO", "CFO", "CPI", "CPU", "DNA", "ESG", "ETF", "EV", "EVs", "GDP", "GPU",
    "GPUs", "HGV", "ICU", "IPO", "IPOs", "IVF", "LLM", "LLMs", "LNG", "MP", "MPs", "MRI", "NFT",
    "PM", "PMI", "PPE", "SME", "SMEs", "SUV", "SUVs", "VAT", "VPN",
];
/// Endings of contractions after an apostrophe: "I've", "we'll", "don't".
pub const CONTRACTION_TAILS: Words = words!["d", "ll", "m", "re", "t", "ve"];
/// Short lower-case words after a hyphen that are no syllable of a given name:
/// "Trump-era", "Moscow-based".
pub const NOT_SYLLABLES: Words =
    words!["based", "born", "era", "ish", "led", "like", "run", "style", "type"];
/// Small words that may stand inside a name between capitalised words:
/// "Doctors Without Borders" aside, "Bank of the West", "Council on Foreign
/// Relations".
pub const SMALL_NAME_WORDS: Words = words!["and", "for", "of", "on", "the"];
/// Prefixes glued by a hyphen to a name that stay apart from it when it is
/// one word: "Ex-Chelsea striker", "Non-EU citizens", "Post-Brexit trade".
pub const NAME_PREFIXES: Words = words![
    "All", "Anti", "Ex", "Mid", "Neo", "Non", "Post", "Pre", "Pro", "Semi", "Sub", "Super", "Ultra"
];
/// Small joining words no name ends in: "State Department of".
pub const NAME_END_JOINERS: Words = words!["&", "and", "for", "of", "on", "the"];
/// Frequent speech verbs right after a one-word name, which show it is a
/// person's: "Zorbatz said". (The quote layer's cue lexicon is larger; this
/// short list is what the entity layer's evidence was tuned with.)
pub const SPEECH_VERBS_AFTER_NAME: Words =
    words!["added", "asked", "declared", "said", "says", "stated", "told", "wrote"];
/// Words (in lower case) that end a run of capitalised words before a legal form:
/// "Copyright Acme Inc." names "Acme Inc.".
pub const COMPANY_STOP_WORDS: Words = words![
    "a",
    "an",
    "and",
    "at",
    "by",
    "copyright",
    "for",
    "from",
    "in",
    "of",
    "the",
    "to",
    "with",
];
/// Top-level domains of company names written as web addresses: "Amazon.com Inc.".
pub const WEB_SUFFIXES: Words = words!["co", "com", "net", "org"];
/// Party letters before a state: "(D-N.Y.)", "(R-Texas)".
pub const PARTY_LETTERS: Words = words!["D", "I", "R"];
/// Month names and abbreviations, in lower case.
pub const MONTHS: Words = words![
    "apr.",
    "april",
    "aug.",
    "august",
    "dec.",
    "december",
    "feb.",
    "february",
    "jan.",
    "january",
    "jul.",
    "july",
    "jun.",
    "june",
    "mar.",
    "march",
    "may",
    "nov.",
    "november",
    "oct.",
    "october",
    "sep.",
    "sept.",
    "september",
];
/// Words before "May" or "March" alone that make it the month: "ended in
/// May", "early March" (`date-month`).
pub const MONTH_TIME_WORDS: Words = words!["early", "in", "last", "late", "next", "this", "until"];
/// Months written short with no full stop, as wire copy does ("Jan 15",
/// "Sept 4"): months only before a day or a year (lower case).
pub const MONTHS_SHORT: Words =
    words!["apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept"];
/// Weekday names and abbreviations, in lower case.
pub const WEEKDAYS: Words = words![
    "fri.",
    "friday",
    "mon.",
    "monday",
    "sat.",
    "saturday",
    "sun.",
    "sunday",
    "thu.",
    "thurs.",
    "thursday",
    "tue.",
    "tues.",
    "tuesday",
    "wed.",
    "wednesday",
];
/// Weekdays written as names: "Monday" … "Sunday" (see [`is_weekday`]).
pub const WEEKDAY_NAMES: Words = words![
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];
/// Scale words after a number: "5 million", "$3bn".
pub const SCALES: Words = words![
    "billion",
    "billions",
    "bln",
    "bn",
    "hundred",
    "hundreds",
    "k",
    "m",
    "million",
    "millions",
    "mln",
    "thousand",
    "thousands",
    "trillion",
    "trillions",
];
/// Number words that are a number on their own ("five percent"); see
/// [`NUMBER_WORDS_IN_PHRASE`].
pub const NUMBER_WORDS_ALONE: Words = words![
    "eight", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "nine", "one",
    "seven", "seventy", "six", "sixty", "ten", "thirty", "three", "twelve", "twenty", "two",
];
/// Words that count in a number phrase but not alone ("half a million",
/// "several hundred"). ("ninety" is here, not in [`NUMBER_WORDS_ALONE`], as
/// the scanner was tuned.)
pub const NUMBER_WORDS_IN_PHRASE: Words =
    words!["a", "dozen", "half", "hundred", "ninety", "several", "tens"];
/// Currency words that follow a number: "20 euros", "5 cents".
pub const CURRENCY_AFTER: Words = words![
    "baht", "cent", "cents", "dinar", "dinars", "dirhams", "dollar", "dollars", "eur", "euro",
    "euros", "franc", "francs", "gbp", "hryvnia", "hryvnias", "krona", "krone", "kroner", "kronor",
    "lira", "lire", "mark", "marks", "naira", "pence", "peso", "pesos", "pound", "pounds", "rand",
    "renminbi", "ringgit", "riyal", "riyals", "rouble", "roubles", "ruble", "rubles", "rupee",
    "rupees", "rupiah", "shekel", "shekels", "usd", "won", "yen", "yuan", "zloty",
];
/// Currency words that are also common words: money only after digits
/// ("5 pounds", not "one won").
pub const CURRENCY_AMBIGUOUS: Words = words!["mark", "marks", "pound", "pounds", "rand", "won"];
/// Currency words and codes that come before a number: "US$ 5", "dlrs 220 million".
pub const CURRENCY_BEFORE: Words = words![
    "a$", "c$", "chf", "cny", "dlrs", "dm", "eur", "gbp", "hk$", "inr", "jpy", "nz$", "r$", "rm",
    "rmb", "rs", "rs.", "s$", "sfr", "us$", "usd",
];
/// Currency codes written glued to the number: "RM120,000", "Rs500".
pub const CURRENCY_GLUED: Words = words!["rm", "rs", "us$"];
/// Countries' letters glued before "$": "HK$3", "R$2 billion".
pub const DOLLAR_COUNTRIES: Words = words!["A", "C", "HK", "NT", "NZ", "R", "S", "US", "Z"];
/// Currency symbols.
pub const CURRENCY_SYMBOLS: Words = words!["$", "£", "¥", "₦", "₩", "₪", "€", "₴", "₹", "₺", "₽"];
/// Numbers of a video's lines, which a "p" after them names ("1080p"),
/// where after any other number it is pence ("fell 12p").
pub const VIDEO_LINES: Words =
    words!["1080", "144", "1440", "2160", "240", "360", "4320", "480", "576", "720"];
/// Words after a number that make it a time of day (lower case).
pub const CLOCK_WORDS: Words = words!["a.m", "a.m.", "am", "gmt", "o'clock", "p.m", "p.m.", "pm"];
/// Time zones after a time (lower case).
pub const TIME_ZONES: Words = words!["bst", "cet", "edt", "est", "gmt", "utc"];
/// Words that open relative dates: "last week", "earlier this year".
pub const RELATIVE_DATE_STARTS: Words = words!["earlier", "last", "later", "next", "this"];
/// Periods in relative dates: "last week", "next spring".
pub const RELATIVE_DATE_UNITS: Words = words![
    "autumn", "fall", "month", "quarter", "season", "spring", "summer", "week", "weekend",
    "winter", "year",
];
/// Words before a four-digit number that make it a count, not a year: "about 2000".
pub const YEAR_COUNT_WORDS: Words =
    words!["#", "$", "No.", "about", "almost", "nearly", "no.", "some", "than", "£", "€"];
/// Determiners before a four-digit number that keep it a year: "the 1994 elections".
pub const DETERMINERS_BEFORE_YEAR: Words =
    words!["A", "The", "a", "her", "his", "its", "the", "their"];
/// Words ending in -s after a number that are not plural nouns counted by it.
pub const NOT_PLURAL_NOUNS: Words = words!["does", "goes", "has", "is", "says", "this", "was"];
/// Possessive endings, as tokens: "Putin’s" is "Putin" + "’s"; "students’" is
/// "students" + "’".
pub const POSSESSIVES: Words = words!["'", "'S", "'s", "’", "’S", "’s"];

/// Last words of competitions' names, which are other names (MISC) as in
/// CoNLL-2003: "FA Cup", "World Championships", "Belgian Grand Prix".
pub const COMPETITION_HEADS: Words = words![
    "Bowl",
    "Championship",
    "Championships",
    "Cup",
    "Games",
    "Liga",
    "Olympics",
    "Paralympics",
    "Prix",
    "Tour",
    "Tournament",
    "Trophy",
];

/// First words of sports leagues' names, which are competitions (MISC):
/// "Premier League", "Champions League" (not "Arab League", an organisation).
pub const LEAGUE_OPENERS: Words = words![
    "Baseball",
    "Basketball",
    "Big",
    "Bundesliga",
    "Champions",
    "Conference",
    "Cricket",
    "Diamond",
    "Europa",
    "Football",
    "Hockey",
    "Indian",
    "Major",
    "Minor",
    "Nations",
    "Premier",
    "Rugby",
    "Super",
];

/// Names of events that a year follows: "Expo 2030", "Euro 2024".
pub const EVENT_WORDS: Words = words![
    "Biennale",
    "Championships",
    "Conference",
    "Cup",
    "Euro",
    "Eurovision",
    "Expo",
    "Fair",
    "Festival",
    "Games",
    "Marathon",
    "Olympics",
    "Open",
    "Paralympics",
    "Summit",
    "Tour",
    "World Cup",
];

/// Verbs of a sports result after a team's name: "Ravenswood won 2-0".
pub const RESULT_VERBS: Words = words![
    "beat", "crushed", "defeated", "drew", "edged", "held", "lost", "overcame", "routed",
    "stunned", "thrashed", "trounced", "won",
];

/// Nouns whose owner is a company: "Veltrix's shares", "Dyson's headquarters".
pub const BUSINESS_NOUNS: Words = words![
    "CEO",
    "IPO",
    "board",
    "brand",
    "chief",
    "customers",
    "earnings",
    "employees",
    "factories",
    "factory",
    "headquarters",
    "plant",
    "plants",
    "products",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "shareholders",
    "shares",
    "staff",
    "stock",
    "stores",
    "subsidiary",
    "valuation",
    "workers",
];

/// Nouns for a company (or an agency, a charity, a regulator) that close an
/// apposition after its name: "Novo Nordisk, the Danish maker of Wegovy",
/// "Rivian, the carmaker, said", "Frontex, the EU border agency,".
/// Words ending in "maker" count too.
pub const COMPANY_NOUNS: Words = words![
    "agency",
    "airline",
    "automaker",
    "bank",
    "biotech",
    "brewer",
    "broadcaster",
    "carmaker",
    "chain",
    "charity",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "drugmaker",
    "fintech",
    "firm",
    "giant",
    "grocer",
    "housebuilder",
    "insurer",
    "insurtech",
    "lender",
    "manufacturer",
    "planemaker",
    "proptech",
    "regulator",
    "retailer",
    "start-up",
    "startup",
    "supermarket",
    "supplier",
    "utility",
    "watchdog",
];

/// Words that may follow the noun closing such an apposition.
pub const APPOSITION_ENDS: Words =
    words![",", ".", ";", "based", "behind", "for", "in", "of", "that", "which", "whose"];

/// People whose employer, named before them or after "at", is a firm:
/// "Jefferies analysts", "an economist at Berenberg".
pub const ANALYST_NOUNS: Words = words![
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
];

/// Prepositions of place before a name: "police in Lancashire".
pub const LOCATIVE_WORDS: Words = words![
    "across",
    "around",
    "at",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "within",
];

/// Words of places' names that are no organisation's head: "Hyde Park",
/// "Palk Strait", "Fort Hood" (a surname beside them is no person's then).
pub const PLACE_LAST_WORDS: Words = words![
    "Bay",
    "Beach",
    "Canyon",
    "Cave",
    "Coast",
    "Creek",
    "Falls",
    "Forest",
    "Fort",
    "Hill",
    "Hills",
    "Island",
    "Islands",
    "Lake",
    "Mount",
    "Mountain",
    "Mountains",
    "Park",
    "Peak",
    "River",
    "Strait",
    "Street",
    "Valley",
];

/// Prepositions (and verbs of visiting) that put a place after them outside
/// sports copy ("a warning for Devon", "trains between Leeds and York",
/// "a native of Oldham", "visited Leeds"), where a side is as likely
/// ("played for Hampshire", "signed from Liverpool", "Chelsea visited
/// Leeds", "the match between Leeds and Hull").
pub const PLACE_PREPOSITIONS_OFF_SPORT: Words = words![
    "between", "for", "from", "of", "to", "toured", "visit", "visited", "visiting", "visits"
];

/// Words that show a text is about sport (lower case), with [`SPORTS_ROLES`].
pub const SPORTS_WORDS: Words = words![
    "baseball",
    "basketball",
    "batsman",
    "bowler",
    "championship",
    "club",
    "clubs",
    "cricket",
    "cup",
    "debut",
    "derby",
    "fixture",
    "fixtures",
    "football",
    "goal",
    "goals",
    "hockey",
    "homer",
    "homered",
    "inning",
    "innings",
    "league",
    "match",
    "matches",
    "pitcher",
    "player",
    "players",
    "playoff",
    "playoffs",
    "quarter-final",
    "quarterfinal",
    "rugby",
    "season",
    "semi-final",
    "semifinal",
    "soccer",
    "squad",
    "tennis",
    "tournament",
    "wicket",
    "wickets",
];

/// A team's people, written between the team and the person's name:
/// "Spurs boss Ange Postecoglou", "Leeds striker Joel Piroe".
pub const SPORTS_ROLES: Words = words![
    "assistant",
    "batter",
    "boss",
    "captain",
    "coach",
    "defender",
    "flanker",
    "forward",
    "goalkeeper",
    "keeper",
    "linebacker",
    "manager",
    "midfielder",
    "pitcher",
    "playmaker",
    "quarterback",
    "shortstop",
    "skipper",
    "spinner",
    "striker",
    "wicketkeeper",
    "winger",
];

/// A company's people, written between the company and the person's name
/// (lower case): "Citadel founder Ken Griffin", "Kantar analyst Ann Kell";
/// "chief" with a word of [`CHIEF_OF`]: "Octopus Energy chief executive …".
pub const COMPANY_ROLES: Words = words![
    "analyst",
    "chairman",
    "chairwoman",
    "chief",
    "co-founder",
    "economist",
    "founder",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
];

/// People's roles written in lower case before their names that no other
/// list here holds: "political editor Pippa Crerar" ([`TITLES`],
/// [`SPORTS_ROLES`] and [`COMPANY_ROLES`] hold the rest).
pub const PERSON_ROLES: Words = words![
    "adviser",
    "advisor",
    "aide",
    "candidate",
    "columnist",
    "correspondent",
    "editor",
    "executive",
    "lawyer",
    "leader",
    "officer",
    "presenter",
    "reporter",
    "writer",
];

/// Endings of one-word names of companies and agencies, in lower case:
/// "Rabobank", "Eurostat", "Logitech", "Microsoft", "Primedia", "Walmart".
pub const COMPANY_SUFFIXES: Words =
    words!["bank", "corp", "group", "mart", "media", "soft", "stat", "tech"];

/// Last words of a company's name whose first word alone names the company
/// later: "Veltrix Labs" ... "Veltrix said" (a legal form does too:
/// [`is_legal_form`]).
pub const COMPANY_HEADS: Words = words![
    "AI",
    "Airlines",
    "Airways",
    "Associates",
    "Bank",
    "Biosciences",
    "Biotech",
    "Brands",
    "Capital",
    "Communications",
    "Corporation",
    "Electronics",
    "Energy",
    "Enterprises",
    "Entertainment",
    "Financial",
    "Foods",
    "Group",
    "Health",
    "Holdings",
    "Industries",
    "Insurance",
    "Investments",
    "Labs",
    "Logistics",
    "Management",
    "Media",
    "Mining",
    "Motor",
    "Motors",
    "Networks",
    "Partners",
    "Pharma",
    "Pharmaceuticals",
    "Resources",
    "Robotics",
    "Semiconductor",
    "Software",
    "Solutions",
    "Systems",
    "Technologies",
    "Technology",
    "Telecom",
    "Therapeutics",
    "Ventures",
];

/// A company's officers named before "of" and the company, in lower case:
/// "co-founder of Veltrix" (and "chief executive of", "chief operating
/// officer of": [`crate::entities`] reads "chief" before those two).
pub const COMPANY_OFFICERS: Words =
    words!["ceo", "cfo", "co-founder", "cofounder", "coo", "founder"];

/// What a company's "chief" is: "chief executive", "chief economist".
pub const CHIEF_OF: Words = words!["economist", "executive", "strategist"];

/// Words before the losing side of a result: "beat Chelsea 2-1".
pub const BEATEN_WORDS: Words = words!["against", "beat", "defeated", "edged", "thrashed"];

/// Credits of wire copy before "by" and the names of its staff: "(Reporting
/// by A in Paris; editing by B)".
pub const CREDIT_WORDS: Words = words![
    "Compiled",
    "Editing",
    "Reporting",
    "Writing",
    "editing",
    "reporting",
    "writing",
];

/// Verbs after a newspaper's name (or after "has" and it) that show it as the
/// paper at the start of a sentence: "The Sun reported", "The Sun has learned".
pub const PUBLISHING_VERBS: Words = words![
    "learned",
    "learnt",
    "led",
    "published",
    "reported",
    "reports",
    "revealed",
    "said",
    "says",
    "wrote",
];

/// Newspapers (and journals) named "The …" after a capital "The" mid-sentence:
/// "told The Sun", "published in The Lancet".
pub const TITLE_PAPERS: Words = words![
    "Age",
    "Athletic",
    "Atlantic",
    "Australian",
    "Economist",
    "Express",
    "Globe",
    "Guardian",
    "Herald",
    "Hindu",
    "Independent",
    "Lancet",
    "Mirror",
    "Observer",
    "Post",
    "Register",
    "Scotsman",
    "Spectator",
    "Star",
    "Sun",
    "Telegraph",
    "Times",
    "Tribune",
];

/// Plural nouns that open a list of names: "drugmakers Acme and Zeta".
pub const LIST_NOUNS: Words = words![
    "airlines",
    "apps",
    "banks",
    "brands",
    "broadcasters",
    "carmakers",
    "chains",
    "cities",
    "clubs",
    "companies",
    "countries",
    "drugmakers",
    "firms",
    "groups",
    "insurers",
    "lenders",
    "newspapers",
    "outlets",
    "platforms",
    "retailers",
    "rivals",
    "states",
    "stores",
    "teams",
];

/// Political and religious words among the nationalities and groups (NORP)
/// that are no nationality: "Socialist" does not open "Socialist Zeri i Popullit"
/// the way "Danish" opens "Danish Broadcasting Corporation".
pub const PARTY_WORDS: Words = words![
    "Catholic",
    "Christian",
    "Communist",
    "Conservative",
    "Democrat",
    "Democratic",
    "Green",
    "Islamist",
    "Jewish",
    "Labour",
    "Liberal",
    "Maoist",
    "Marxist",
    "Muslim",
    "Nationalist",
    "Protestant",
    "Republican",
    "Social",
    "Socialist",
    "Tory",
];

/// A government department's last word: a known "Foreign Ministry" or "Home
/// Office" after a nationality stays a name of its own ("Turkish" + "Foreign
/// Ministry"), where "Italian Socialist Party" is one name.
pub const DEPARTMENT_HEADS: Words = words!["Ministry", "Office"];

/// British parties' names that stand alone for the party (ORG in every gold
/// set here: "Labour", "the Tories", "Tory MPs"), where American copy's
/// "Democrats" and "Republicans" are the parties' members (NORP).
pub const PARTY_NAMES: Words = words!["Greens", "Labour", "Tories", "Tory"];

/// Every list above, by name, for the test that [`Words::has`] finds
/// each word of each (the order and uniqueness `has` needs are checked
/// when `words!` packs a list).
pub const LISTS: &[(&str, Words)] = &[
    ("PARTY_WORDS", PARTY_WORDS),
    ("DEPARTMENT_HEADS", DEPARTMENT_HEADS),
    ("PERSON_ROLES", PERSON_ROLES),
    ("COMPANY_SUFFIXES", COMPANY_SUFFIXES),
    ("COMPANY_HEADS", COMPANY_HEADS),
    ("PARTY_NAMES", PARTY_NAMES),
    ("COMPETITION_HEADS", COMPETITION_HEADS),
    ("LEAGUE_OPENERS", LEAGUE_OPENERS),
    ("EVENT_WORDS", EVENT_WORDS),
    ("RESULT_VERBS", RESULT_VERBS),
    ("BUSINESS_NOUNS", BUSINESS_NOUNS),
    ("ANALYST_NOUNS", ANALYST_NOUNS),
    ("COMPANY_NOUNS", COMPANY_NOUNS),
    ("APPOSITION_ENDS", APPOSITION_ENDS),
    ("LOCATIVE_WORDS", LOCATIVE_WORDS),
    ("PUBLISHING_VERBS", PUBLISHING_VERBS),
    ("BEATEN_WORDS", BEATEN_WORDS),
    ("SPORTS_ROLES", SPORTS_ROLES),
    ("SPORTS_WORDS", SPORTS_WORDS),
    ("COMPANY_ROLES", COMPANY_ROLES),
    ("COMPANY_OFFICERS", COMPANY_OFFICERS),
    ("TITLE_MODIFIERS", TITLE_MODIFIERS),
    ("POSTNOMINALS", POSTNOMINALS),
    ("PLACE_OPENERS", PLACE_OPENERS),
    ("HYPHEN_PLACE_WORDS", HYPHEN_PLACE_WORDS),
    ("NUMBERED_HEADS", NUMBERED_HEADS),
    ("NUMBERED_TAILS", NUMBERED_TAILS),
    ("HOLIDAYS", HOLIDAYS),
    ("HOLIDAY_DAYS", HOLIDAY_DAYS),
    ("CHIEF_OF", CHIEF_OF),
    ("PLACE_LAST_WORDS", PLACE_LAST_WORDS),
    ("PLACE_PREPOSITIONS_OFF_SPORT", PLACE_PREPOSITIONS_OFF_SPORT),
    ("CREDIT_WORDS", CREDIT_WORDS),
    ("TITLE_PAPERS", TITLE_PAPERS),
    ("LIST_NOUNS", LIST_NOUNS),
    ("TITLES", TITLES),
    ("HONORIFICS", HONORIFICS),
    ("MALE_HONORIFICS", MALE_HONORIFICS),
    ("FEMALE_HONORIFICS", FEMALE_HONORIFICS),
    ("OPENERS", OPENERS),
    ("NAME_PARTICLES", NAME_PARTICLES),
    ("ORG_HEADS", ORG_HEADS),
    ("LOC_HEADS", LOC_HEADS),
    ("FACILITY_HEADS", FACILITY_HEADS),
    ("THINK_TANK_WORDS", THINK_TANK_WORDS),
    ("PLACE_PLURALS", PLACE_PLURALS),
    ("CLUB_WORDS", CLUB_WORDS),
    ("MISC_HEADS", MISC_HEADS),
    ("PAPER_HEADS", PAPER_HEADS),
    ("PAPER_FIRST_WORDS", PAPER_FIRST_WORDS),
    ("HEAD_FIRST_ORGS", HEAD_FIRST_ORGS),
    ("HEAD_FIRST_PLACES", HEAD_FIRST_PLACES),
    ("AGENCIES", AGENCIES),
    ("SEATS_OF_GOVERNMENT", SEATS_OF_GOVERNMENT),
    ("STORM_WORDS", STORM_WORDS),
    ("CAPTION_WORDS", CAPTION_WORDS),
    ("CONTRACTION_TAILS", CONTRACTION_TAILS),
    ("COMMON_ACRONYMS", COMMON_ACRONYMS),
    ("NOT_SYLLABLES", NOT_SYLLABLES),
    ("SMALL_NAME_WORDS", SMALL_NAME_WORDS),
    ("NAME_END_JOINERS", NAME_END_JOINERS),
    ("NAME_PREFIXES", NAME_PREFIXES),
    ("SPEECH_VERBS_AFTER_NAME", SPEECH_VERBS_AFTER_NAME),
    ("COMPANY_STOP_WORDS", COMPANY_STOP_WORDS),
    ("WEB_SUFFIXES", WEB_SUFFIXES),
    ("PARTY_LETTERS", PARTY_LETTERS),
    ("MONTHS", MONTHS),
    ("WEEKDAYS", WEEKDAYS),
    ("WEEKDAY_NAMES", WEEKDAY_NAMES),
    ("SCALES", SCALES),
    ("NUMBER_WORDS_ALONE", NUMBER_WORDS_ALONE),
    ("NUMBER_WORDS_IN_PHRASE", NUMBER_WORDS_IN_PHRASE),
    ("CURRENCY_AFTER", CURRENCY_AFTER),
    ("CURRENCY_AMBIGUOUS", CURRENCY_AMBIGUOUS),
    ("CURRENCY_BEFORE", CURRENCY_BEFORE),
    ("CURRENCY_GLUED", CURRENCY_GLUED),
    ("DOLLAR_COUNTRIES", DOLLAR_COUNTRIES),
    ("CURRENCY_SYMBOLS", CURRENCY_SYMBOLS),
    ("CLOCK_WORDS", CLOCK_WORDS),
    ("MONTHS_SHORT", MONTHS_SHORT),
    ("MONTH_TIME_WORDS", MONTH_TIME_WORDS),
    ("COMMON_AMPERSANDS", COMMON_AMPERSANDS),
    ("VIDEO_LINES", VIDEO_LINES),
    ("TIME_ZONES", TIME_ZONES),
    ("RELATIVE_DATE_STARTS", RELATIVE_DATE_STARTS),
    ("RELATIVE_DATE_UNITS", RELATIVE_DATE_UNITS),
    ("YEAR_COUNT_WORDS", YEAR_COUNT_WORDS),
    ("DETERMINERS_BEFORE_YEAR", DETERMINERS_BEFORE_YEAR),
    ("NOT_PLURAL_NOUNS", NOT_PLURAL_NOUNS),
    ("POSSESSIVES", POSSESSIVES),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_every_list_is_found_and_no_other() {
        for (name, list) in LISTS.iter().chain(speech::LISTS) {
            let all: Vec<&str> = list.iter().collect();
            assert!(!all.is_empty(), "{name}");
            for w in &all {
                assert!(list.has(w), "{name}: {w}");
                let mut cut = w.chars();
                cut.next_back();
                for other in [format!("{w}x"), format!("x{w}"), cut.as_str().to_string()] {
                    assert_eq!(
                        list.has(&other),
                        all.contains(&other.as_str()),
                        "{name}: {other}"
                    );
                }
            }
        }
        let roles: Vec<&str> = ROLE_WORDS.split('|').collect();
        assert_eq!(roles.len(), ROLE_CLASS_BITS.len(), "ROLE_CLASS_BITS");
        for w in roles.windows(2) {
            assert!(w[0] < w[1], "ROLE_WORDS: {:?} before {:?}", w[0], w[1]);
        }
        for w in LEGAL_FORMS.windows(2) {
            assert!(w[0].0 < w[1].0, "LEGAL_FORMS: {:?} before {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn lower_case_lists_are_lower_case() {
        for list in [
            TITLES,
            HONORIFICS,
            MALE_HONORIFICS,
            FEMALE_HONORIFICS,
            NAME_PARTICLES,
            MONTHS,
            WEEKDAYS,
            SCALES,
            CURRENCY_BEFORE,
        ] {
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{list:?}");
        }
    }
}
