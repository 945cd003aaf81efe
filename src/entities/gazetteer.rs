//! The embedded word lists (`data/lexicon.txt`, made by `tools/make_lexicons.py`;
//! sorted and front-coded, which packs a fifth smaller in the `.wasm`).
//!
//! Each lowercase entry maps to a set of [`Lex`] bits. Multi-word entries
//! ("new york", "south africa") are matched as phrases by [`phrase_at`].
//!
//! ```
//! use newsmark::entities::gazetteer::{lookup, Lex};
//! assert!(lookup("moscow").contains(Lex::CITY));
//! assert!(lookup("russian").contains(Lex::NORP));
//! assert!(lookup("said").contains(Lex::COMMON));
//! assert!(lookup("xqzv").is_empty());
//! ```

use crate::maps::StrIds;
use std::sync::OnceLock;

/// `data/lexicon.txt`, range-coded by `build.rs` (its length as a u32, then
/// the coded bytes): see [`text`].
const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.rc"));

/// The lexicon's text, decoded from [`PACKED`] (an order-1 model: one byte
/// tree for each byte before). A damaged stream decodes to garbage lines,
/// which are only unknown words.
fn text() -> String {
    let n = PACKED
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes) as usize;
    let mut d = super::rangecoder::Decoder::new(PACKED.get(4..).unwrap_or(&[]));
    let mut models = vec![super::rangecoder::Tree::default(); 256];
    let mut out = Vec::with_capacity(n.min(1 << 24));
    let mut prev = 0u8;
    for _ in 0..n {
        prev = d.byte(&mut models[prev as usize]);
        out.push(prev);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A set of lexicon categories, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex(pub u16);

impl Lex {
    /// A male given name.
    pub const FIRST_M: Lex = Lex(1);
    /// A female given name.
    pub const FIRST_F: Lex = Lex(2);
    /// A surname.
    pub const LAST: Lex = Lex(4);
    /// A country.
    pub const COUNTRY: Lex = Lex(8);
    /// A US state.
    pub const STATE: Lex = Lex(16);
    /// A continent or large region.
    pub const CONTINENT: Lex = Lex(32);
    /// A city.
    pub const CITY: Lex = Lex(64);
    /// A nationality, religious or political group.
    pub const NORP: Lex = Lex(128);
    /// A common word, usually written in lower case.
    pub const COMMON: Lex = Lex(256);
    /// A person's name in the CoNLL-2003 training split.
    pub const G_PER: Lex = Lex(512);
    /// An organisation's name in the training split.
    pub const G_ORG: Lex = Lex(1024);
    /// A place's name in the training split.
    pub const G_LOC: Lex = Lex(2048);
    /// Another name (MISC) in the training split.
    pub const G_MISC: Lex = Lex(4096);
    /// A well-known organisation (a hand-written list: Google, NASA, Reuters).
    /// Not a tagger feature: the recogniser labels such names ORG.
    pub const ORG: Lex = Lex(8192);
    /// The surname of a well-known public figure of recent years ("Putin").
    /// Not a tagger feature: it keeps a lone name a person.
    pub const PEOPLE: Lex = Lex(16384);
    /// A subdivision or town of a country whose places the city list
    /// misses (UK counties, Indian states, Irish towns). Not a tagger feature.
    pub const REGION: Lex = Lex(32768);
    /// All the training-split name bits.
    pub const GAZETTEER: Lex = Lex(512 | 1024 | 2048 | 4096);
    /// Any given name.
    pub const FIRST: Lex = Lex(3);
    /// Any place.
    pub const PLACE: Lex = Lex(8 | 16 | 32 | 64);
    /// Any place, region or place name of the training split.
    pub const ANY_PLACE: Lex = Lex(Lex::PLACE.0 | Lex::REGION.0 | Lex::G_LOC.0);
    /// Any organisation: well known, or of the training split.
    pub const ANY_ORG: Lex = Lex(Lex::ORG.0 | Lex::G_ORG.0);
    /// Any person's name: a given name, a surname, a public figure's, or a
    /// training-split person's.
    pub const PERSON_NAME: Lex = Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::PEOPLE.0 | Lex::G_PER.0);

    /// True when no bit is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// True when any bit of `other` is set in `self`.
    pub fn contains(self, other: Lex) -> bool {
        self.0 & other.0 != 0
    }
}

struct Lexicon {
    /// Each word or phrase's [`Lex`] bits.
    words: StrIds,
    /// The first words of multi-word entries, with the longest entry length in words.
    starts: StrIds,
    /// Given names far rarer in one gender's list than in the other's
    /// ("john" among women), men's then women's, each sorted: no gender hint.
    rare: [Vec<String>; 2],
}

impl Lexicon {
    /// The categories of `key`, none when it is no entry.
    fn lex(&self, key: &str) -> Lex {
        Lex(self.words.get(key).map_or(0, |&b| b as u16))
    }
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// Decodes the lexicon now if it was not yet; true when it was not.
pub(crate) fn warm() -> bool {
    let cold = LEXICON.get().is_none();
    lexicon();
    cold
}

fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        let mut words = StrIds::default();
        let mut starts = StrIds::default();
        let mut rare: [Vec<String>; 2] = Default::default();
        let mut bit = Lex(0);
        let mut prev = String::new();
        let data = text();
        for coded in data.lines() {
            if let Some(name) = coded.strip_prefix('#') {
                prev.clear();
                bit = match name {
                    "first_m" => Lex::FIRST_M,
                    "first_f" => Lex::FIRST_F,
                    "last" => Lex::LAST,
                    "country" => Lex::COUNTRY,
                    "state" => Lex::STATE,
                    "continent" => Lex::CONTINENT,
                    "city" => Lex::CITY,
                    "norp" => Lex::NORP,
                    "common" => Lex::COMMON,
                    "g_per" => Lex::G_PER,
                    "g_org" => Lex::G_ORG,
                    "g_loc" => Lex::G_LOC,
                    "g_misc" => Lex::G_MISC,
                    "org" => Lex::ORG,
                    "people" => Lex::PEOPLE,
                    "region" => Lex::REGION,
                    _ => Lex(0),
                };
                continue;
            }
            // front coding: a digit, then what follows the shared prefix
            let mut chars = coded.chars();
            let shared = chars.next().and_then(|c| c.to_digit(10)).unwrap_or(0) as usize;
            let mut line: String = prev.chars().take(shared).collect();
            line.push_str(chars.as_str());
            if line.is_empty() {
                continue;
            }
            let n = line.split(' ').count();
            if n > 1 {
                let first = line.split(' ').next().unwrap_or("").to_string();
                let e = starts.entry(first).or_default();
                *e = (*e).max(n.min(6) as u32);
            }
            // a given name rare for this list's gender: "john!" among women's
            // (or of another country, "sven?": data/SOURCES.md)
            if let Some(n) = line.strip_suffix(['!', '?']) {
                line.truncate(n.len());
                if let Some(v) = rare.get_mut(bit.0 as usize / 2) {
                    v.push(line.clone());
                }
            }
            *words.entry(line.clone()).or_default() |= u32::from(bit.0);
            prev = line;
        }
        Lexicon {
            words,
            starts,
            rare,
        }
    })
}

/// The categories of one lowercase word or phrase (words joined by one space).
pub fn lookup(lower: &str) -> Lex {
    lexicon().lex(lower)
}

/// The categories of `word` as written: [`lookup`] of it in lower case (one
/// function, not that code at each of the rules' many call sites).
///
/// ```
/// use newsmark::entities::gazetteer::{lookup_lower, Lex};
/// assert!(lookup_lower("Moscow").contains(Lex::CITY));
/// ```
#[inline(never)]
pub fn lookup_lower(word: &str) -> Lex {
    use crate::words::Lower;
    lookup(&word.lower())
}

/// The categories of the name `name` as written: [`lookup`] of its key
/// ([`super::group::key_of`]: "U.S." is "united states").
///
/// ```
/// use newsmark::entities::gazetteer::{lookup_name, Lex};
/// assert!(lookup_name("U.S.").contains(Lex::COUNTRY));
/// ```
#[inline(never)]
pub fn lookup_name(name: &str) -> Lex {
    lookup(&super::group::key_of(name))
}

/// The gender bits ([`Lex::FIRST_M`], [`Lex::FIRST_F`]) of a lowercase
/// given name, without the gender it is rare for: "john" is a man's name,
/// though a few women are named so.
///
/// ```
/// use newsmark::entities::gazetteer::{given_gender, lookup, Lex};
/// assert!(lookup("john").contains(Lex::FIRST_F));
/// assert_eq!(given_gender("john"), Lex::FIRST_M);
/// ```
pub fn given_gender(lower: &str) -> Lex {
    let mut g = lookup(lower).0 & Lex::FIRST.0;
    for (i, v) in lexicon().rare.iter().enumerate() {
        if v.binary_search_by(|x| x.as_str().cmp(lower)).is_ok() {
            g &= !(1 << i);
        }
    }
    Lex(g)
}

/// True when some multi-word lexicon entry starts with the lowercase word
/// `first` (a cheap test before [`phrase_at`]).
///
/// ```
/// use newsmark::entities::gazetteer::opens_phrase;
/// assert!(opens_phrase("new"));
/// assert!(!opens_phrase("xqzv"));
/// ```
pub fn opens_phrase(first: &str) -> bool {
    lexicon().starts.contains_key(first)
}

/// The longest multi-word lexicon entry starting at `words[0]` (lowercase
/// words) that has any category of `of`: its length in words and its
/// categories, or `None`. (Entries of other categories are not seen: the
/// tagger's features, for one, never see [`Lex::ORG`] entries.)
///
/// ```
/// use newsmark::entities::gazetteer::{phrase_at, Lex};
/// let (n, lex) = phrase_at(&["new", "york", "city"], Lex::PLACE).unwrap();
/// assert!(n >= 2 && lex.contains(Lex::CITY));
/// assert!(phrase_at(&["new", "york", "city"], Lex::NORP).is_none());
/// ```
pub fn phrase_at(words: &[&str], of: Lex) -> Option<(usize, Lex)> {
    if words.len() < 2 {
        return None;
    }
    let l = lexicon();
    let max = *l.starts.get(*words.first()?)? as usize;
    let mut buf = String::with_capacity(32);
    let mut best = None;
    for n in 2..=max.min(words.len()) {
        buf.clear();
        for (k, w) in words[..n].iter().enumerate() {
            if k > 0 {
                buf.push(' ');
            }
            buf.push_str(w);
        }
        let lex = l.lex(&buf);
        if lex.contains(of) {
            best = Some((n, lex));
        }
    }
    best
}
