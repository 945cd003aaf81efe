//! The learned name tagger: an averaged perceptron over BIO tags, decoded
//! greedily left to right, with word, shape, affix, context, lexicon and
//! document-level features.
//!
//! The feature code here is shared by inference ([`tag`]) and by training
//! (`examples/train_tagger.rs`), so the two cannot drift. The weights are
//! trained on the CoNLL-2003 training split only, pruned, quantised
//! ([`quantise`]) and embedded from `data/tagger.bin`.
//!
//! ```
//! let doc = newsmark::segment::segment("Officials said Vladimir Putin met officials in Moscow.");
//! let spans = newsmark::entities::tagger::tag(&doc);
//! assert!(spans.iter().any(|s| s.kind == newsmark::entities::tagger::Kind::Per));
//! ```

use std::sync::OnceLock;

use super::fx::Fx;
use super::gazetteer::{self, Lex};
pub use super::model::{dequantise, quantise, Model, TAGS, WIDE};
use crate::maps::{HashIds, StrIds};
use crate::segment::{Document, TokenKind};

/// The tag names, by tag number.
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

/// The kind of a tagged name, as CoNLL-2003 labels them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Any other name (nationalities included).
    Misc,
}

impl Kind {
    /// The kind of tag `t` (1..=8); `None` for O.
    pub fn of_tag(t: u8) -> Option<Kind> {
        match t {
            1 | 2 => Some(Kind::Per),
            3 | 4 => Some(Kind::Org),
            5 | 6 => Some(Kind::Loc),
            7 | 8 => Some(Kind::Misc),
            _ => None,
        }
    }
    /// The kind a name of `label` is tagged as (NORP and the numeric labels as MISC).
    pub fn of_label(label: crate::types::Label) -> Kind {
        use crate::types::Label;
        match label {
            Label::Person => Kind::Per,
            Label::Org => Kind::Org,
            Label::Loc => Kind::Loc,
            _ => Kind::Misc,
        }
    }
    /// The B tag of this kind.
    pub fn begin_tag(self) -> u8 {
        match self {
            Kind::Per => 1,
            Kind::Org => 3,
            Kind::Loc => 5,
            Kind::Misc => 7,
        }
    }
}

/// A tagged span of tokens `start..end` (token indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub kind: Kind,
}

// Capitalisation classes.
const C_LOWER: u8 = 0;
const C_CAP: u8 = 1;
const C_CAPS: u8 = 2;
const C_MIXED: u8 = 3;
const C_DIGIT: u8 = 4;
const C_PUNCT: u8 = 5;

// Line kinds.
/// The lexicon bits the model's features see: every category but the
/// hand-written [`Lex::ORG`] and [`Lex::PEOPLE`] lists.
const FEATURE_BITS: u16 = 0x1fff;

const L_PROSE: u8 = 0;
const F_INITIAL: u8 = 1 << 5;
const F_PARA: u8 = 1 << 6;
const F_HEADING: u8 = 1 << 7;
const L_TITLE: u8 = 1;
const L_CAPS: u8 = 2;

/// A document prepared for tagging: per-token facts computed once, and the
/// facts of a word (its lower-case form, hash, shape, case and lexicon bits)
/// once per distinct word (type) of the document.
pub struct Prepared {
    /// The lower-case forms of the types, one after another.
    low: String,
    /// Each token's type.
    ty: Vec<u32>,
    /// Per type: its span in `low`, the hash of that lower-case form, its
    /// shape hash, its case class, its lexicon bits, and its lower-case
    /// form's number (types with equal hashes share it).
    types: Vec<Type>,
    /// The number of distinct lower-case forms (hashes).
    lows: usize,
    /// Per token, in one byte (a fifth of the tagger's memory was these
    /// as five vectors): the case the word would have in running text
    /// (bits 0-2), its line's kind (bits 3-4), and whether it begins its
    /// sentence (bit 5), begins its paragraph (bit 6), or is in a heading
    /// (bit 7); see [`Prepared::eff`] and its neighbours.
    flags: Vec<u8>,
    /// Phrase lexicon bits, and whether the token begins the phrase.
    plex: Vec<(u16, bool)>,
    /// Per lower-case form: document evidence for the word's case: 0 none,
    /// 1 lower only, 2 capitalised only, 3 both.
    ev: Vec<u8>,
    /// Token ranges of well-known organisations ([`Lex::ORG`]), in order.
    orgs: Vec<(usize, usize)>,
    /// Tokens whose word identity is hidden from the features (training
    /// marks a random share so the model learns to tag unseen words; always
    /// all false at inference).
    pub unknown: Vec<bool>,
}

/// What [`Prepared`] knows of one distinct word.
#[derive(Clone, Copy)]
struct Type {
    low: (u32, u32),
    wid: u64,
    shape: u64,
    raw: u8,
    lex: u16,
    /// The number of its lower-case form's hash.
    lid: u32,
    kind: u8,
}

fn cap_class(w: &str, kind: TokenKind) -> u8 {
    match kind {
        TokenKind::Number => return C_DIGIT,
        TokenKind::Punct => return C_PUNCT,
        TokenKind::Word => {}
    }
    let mut up = 0;
    let mut lo = 0;
    let mut first_up = None;
    for c in w.chars() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            lo += 1;
        } else {
            continue;
        }
        if first_up.is_none() {
            first_up = Some(c.is_uppercase());
        }
    }
    match (first_up, up, lo) {
        (None, _, _) => C_MIXED,
        (Some(false), 0, _) => C_LOWER,
        (Some(false), _, _) => C_MIXED,
        (Some(true), _, 0) if up >= 2 => C_CAPS,
        (Some(true), 1, _) => C_CAP,
        (Some(true), _, 0) => C_CAP,
        _ => C_MIXED,
    }
}

fn shape_hash(w: &str) -> u64 {
    let mut f = Fx::new(0);
    let mut last = 0u8;
    let mut n = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_ascii_digit() {
            b'd'
        } else if c.is_alphabetic() {
            b'a'
        } else if (c as u32) < 128 {
            c as u8
        } else {
            b'*'
        };
        if k != last {
            f = f.num(k as u64);
            last = k;
            n += 1;
            if n > 6 {
                break;
            }
        }
    }
    f.full()
}

impl Prepared {
    /// Computes the per-token facts of `doc`. Linear in its length.
    pub fn new(doc: &Document) -> Prepared {
        Self::with_gazetteer(doc, &|_| true)
    }

    /// Like [`Prepared::new`], keeping the training-split name bits
    /// ([`Lex::GAZETTEER`]) only for the entries `keep` accepts, given as
    /// their lower-case words (the trainer leaves out the names of the
    /// document it trains on).
    pub fn with_gazetteer(doc: &Document, keep: &dyn Fn(&[&str]) -> bool) -> Prepared {
        let n = doc.tokens.len();
        let mut p = Prepared {
            low: String::new(),
            ty: Vec::with_capacity(n),
            types: Vec::new(),
            lows: 0,
            flags: vec![0; n],
            plex: vec![(0, false); n],
            orgs: Vec::new(),
            ev: Vec::new(),
            unknown: vec![false; n],
        };
        // a word's facts once per distinct (kind, word), its lower-case
        // form's number once per distinct hash
        let mut seen = StrIds::default();
        let mut lids = HashIds::default();
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = doc.word(i);
            if let Some(&k) = seen.get(w) {
                // (a word's kind follows from its text; checked all the same)
                if p.types[k as usize].kind == t.kind as u8 {
                    p.ty.push(k);
                    continue;
                }
            }
            let s = p.low.len();
            if t.kind == TokenKind::Number {
                p.low.extend(w.chars().map(|c| {
                    if c.is_ascii_digit() {
                        '0'
                    } else {
                        c.to_ascii_lowercase()
                    }
                }));
            } else if w.is_ascii() {
                p.low
                    .extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                for c in w.chars() {
                    // Curly apostrophes read as straight ones.
                    if c == '’' {
                        p.low.push('\'');
                    } else {
                        p.low.extend(c.to_lowercase());
                    }
                }
            }
            let lw = &p.low[s..];
            let wid = Fx::new(1).bytes(lw.as_bytes()).full();
            let mut lex = if t.kind == TokenKind::Word {
                gazetteer::lookup(lw)
            } else {
                Lex(0)
            };
            if lex.contains(Lex::GAZETTEER) && !keep(&[lw]) {
                lex.0 &= !Lex::GAZETTEER.0;
            }
            let next = lids.len() as u32;
            let lid = *lids.entry(wid).or_insert(next);
            let k = p.types.len() as u32;
            p.types.push(Type {
                low: (s as u32, p.low.len() as u32),
                wid,
                shape: shape_hash(w),
                raw: cap_class(w, t.kind),
                lex: lex.0,
                lid,
                kind: t.kind as u8,
            });
            seen.insert(w.to_string(), k);
            p.ty.push(k);
        }
        drop(seen);
        p.lows = lids.len();
        drop(lids);
        // sentence-initial words: the first word of a sentence, after any punctuation
        for s in &doc.sentences {
            if let Some(i) = s
                .tokens
                .clone()
                .find(|&i| doc.tokens[i].kind != TokenKind::Punct)
            {
                p.flags[i] |= F_INITIAL;
            }
        }
        // line kinds
        for para in &doc.paragraphs {
            if let Some(slot) = p.flags.get_mut(para.tokens.start) {
                *slot |= F_PARA;
            }
            let (mut words, mut caps, mut capinit, mut long, mut longcap) = (0, 0, 0, 0, 0);
            for i in para.tokens.clone() {
                if doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                words += 1;
                let r = p.raw(i);
                if r == C_CAPS || (r == C_CAP && doc.word(i).chars().count() == 1) {
                    caps += 1;
                }
                if r == C_CAP || r == C_CAPS || r == C_MIXED {
                    capinit += 1;
                }
                if doc.word(i).len() > 3 {
                    long += 1;
                    if r != C_LOWER {
                        longcap += 1;
                    }
                }
            }
            let kind = if words >= 2 && caps * 10 >= words * 7 {
                L_CAPS
            } else if words >= 3 && long >= 2 && longcap * 10 >= long * 8 && capinit * 2 > words {
                L_TITLE
            } else {
                L_PROSE
            };
            let short = words <= 2 && capinit == words;
            for i in para.tokens.clone() {
                p.flags[i] |= kind << 3
                    | if kind == L_TITLE || short {
                        F_HEADING
                    } else {
                        0
                    };
            }
        }
        // document evidence for case: words in prose lines, not sentence-initial
        let mut ev = vec![0u8; p.lows];
        for i in 0..n {
            if p.line(i) != L_PROSE || p.initial(i) || doc.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let bit = match p.raw(i) {
                C_LOWER => 1,
                C_CAP | C_MIXED => 2,
                _ => 0,
            };
            ev[p.lid(i)] |= bit;
        }
        p.ev = ev;
        for i in 0..n {
            let r = p.raw(i);
            // the case the word would have in running text
            let eff = if (p.line(i) != L_PROSE || p.initial(i)) && (r == C_CAP || r == C_CAPS) {
                match p.ev(i) {
                    1 => C_LOWER,
                    2 | 3 => C_CAP,
                    _ if Lex(p.lex(i)).contains(Lex::COMMON) && p.line(i) != L_PROSE => C_LOWER,
                    _ => r,
                }
            } else {
                r
            };
            p.flags[i] |= eff;
        }
        // phrase lexicon
        let mut plex = std::mem::take(&mut p.plex);
        let mut orgs = Vec::new();
        let mut words: Vec<&str> = Vec::with_capacity(6);
        // each kind of phrase is matched longest first, left to right, the
        // next match of a kind starting after the last one of that kind
        let (mut feature_from, mut org_from) = (0, 0);
        // a hyphen inside a word ("Rolls-Royce") or an ampersand between two
        // words ("Marks & Spencer") is a word of an organisation's name (no
        // other lexicon entry has one)
        let joins = |j: usize| {
            let glued = |k: usize| k < n && !doc.tokens[k].space_before;
            j + 1 < n
                && doc.tokens[j + 1].kind == TokenKind::Word
                && match p.low(j) {
                    "-" => glued(j) && glued(j + 1),
                    "&" => true,
                    _ => false,
                }
        };
        for i in 0..n {
            if (i < feature_from && i < org_from) || !gazetteer::opens_phrase(p.low(i)) {
                continue;
            }
            words.clear();
            let mut j = i;
            while j < n && words.len() < 6 && (doc.tokens[j].kind == TokenKind::Word || joins(j)) {
                words.push(p.low(j));
                j += 1;
            }
            // the phrases the model was trained with (no hand-written
            // organisations or people: editing those lists leaves the
            // features, and so the weights, as they are)
            if i >= feature_from {
                if let Some((len, mut lex)) = gazetteer::phrase_at(&words, Lex(FEATURE_BITS)) {
                    lex.0 &= FEATURE_BITS;
                    if lex.contains(Lex::GAZETTEER) && !keep(&words[..len]) {
                        lex.0 &= !Lex::GAZETTEER.0;
                    }
                    for (k, slot) in plex[i..i + len].iter_mut().enumerate() {
                        *slot = (lex.0, k == 0);
                    }
                    feature_from = i + len;
                }
            }
            // well-known organisations, for the recogniser
            if i >= org_from {
                if let Some((len, _)) = gazetteer::phrase_at(&words, Lex::ORG) {
                    orgs.push((i, i + len));
                    org_from = i + len;
                } else if let Some((len, lex)) = gazetteer::phrase_at(&words, Lex::G_ORG) {
                    // a name of several words that CoNLL's training text shows
                    // only as an organisation ("Manchester City", "Foreign
                    // Ministry"), on one line ("RKC" / "Waalwijk" are two cells)
                    let other = Lex(Lex::PLACE.0 | Lex::G_LOC.0 | Lex::G_PER.0 | Lex::G_MISC.0);
                    let one_line =
                        !doc.text[doc.tokens[i].start..doc.tokens[i + len - 1].end].contains('\n');
                    if !lex.contains(other) && one_line {
                        orgs.push((i, i + len));
                        org_from = i + len;
                    }
                }
            }
        }
        p.plex = plex;
        // and the one-word ones outside any phrase, merged in order
        let mut next = orgs.iter().peekable();
        for i in 0..n {
            while let Some(&&o) = next.peek().filter(|o| o.0 <= i) {
                p.orgs.push(o);
                next.next();
            }
            let inside = p.orgs.last().is_some_and(|o| o.1 > i);
            if !inside && p.plex[i].0 == 0 && Lex(p.lex(i)).contains(Lex::ORG) {
                p.orgs.push((i, i + 1));
            }
        }
        p.orgs.extend(next);
        p
    }

    /// The lowercase form of token `i` (digits read as 0).
    pub fn low(&self, i: usize) -> &str {
        let (s, e) = self.ty(i).low;
        &self.low[s as usize..e as usize]
    }

    /// The case token `i` would have in running text.
    #[inline]
    fn eff(&self, i: usize) -> u8 {
        self.flags[i] & 7
    }

    #[inline]
    fn line(&self, i: usize) -> u8 {
        self.flags[i] >> 3 & 3
    }

    /// True for the first word of a sentence.
    #[inline]
    fn initial(&self, i: usize) -> bool {
        self.flags[i] & F_INITIAL != 0
    }

    /// True for the first token of a paragraph (line): no name runs across it.
    #[inline]
    fn para_start(&self, i: usize) -> bool {
        self.flags[i] & F_PARA != 0
    }

    /// True for tokens in a heading: a Title-Case line, or a short line of
    /// capitalised words ("News"). Used by the headline filter, not a feature.
    #[inline]
    fn heading(&self, i: usize) -> bool {
        self.flags[i] & F_HEADING != 0
    }

    #[inline]
    fn ty(&self, i: usize) -> &Type {
        &self.types[self.ty[i] as usize]
    }

    /// The hash of token `i`'s lower-case form.
    #[inline]
    fn wid(&self, i: usize) -> u64 {
        self.ty(i).wid
    }

    /// The number of token `i`'s lower-case form (`0..self.lows`).
    #[inline]
    fn lid(&self, i: usize) -> usize {
        self.ty(i).lid as usize
    }

    #[inline]
    fn shape(&self, i: usize) -> u64 {
        self.ty(i).shape
    }

    #[inline]
    fn raw(&self, i: usize) -> u8 {
        self.ty(i).raw
    }

    #[inline]
    fn lex(&self, i: usize) -> u16 {
        self.ty(i).lex
    }

    #[inline]
    fn ev(&self, i: usize) -> u8 {
        self.ev[self.lid(i)]
    }

    /// True when token `i` is a word written with a capital.
    pub fn is_capitalised(&self, i: usize) -> bool {
        matches!(self.raw(i), C_CAP | C_CAPS | C_MIXED)
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.ty.len()
    }

    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.ty.is_empty()
    }

    /// Pushes the feature keys of token `i` onto `out`, given the two previous
    /// tags and what the same word was last tagged earlier in the document
    /// (`hist`: 0 never seen capitalised, 1 O, 2.. kind + 2).
    /// `major` is what the first pass tagged this word as, most often, anywhere
    /// in the document (same coding as `hist`; 9 in the first pass itself).
    pub fn features(&self, i: usize, prev: u8, prev2: u8, hist: u8, major: u8, out: &mut Vec<u32>) {
        self.static_features(i, out);
        self.dynamic_features(i, prev, prev2, hist, major, out);
    }

    /// Token `i + k`, or `None` past either end of the text.
    fn offset(&self, i: usize, k: isize) -> Option<usize> {
        i.checked_add_signed(k).filter(|&j| j < self.len())
    }

    /// The word key of token `i + k` (a constant past the ends and for words
    /// the model never saw).
    fn word_key(&self, i: usize, k: isize) -> u64 {
        match self.offset(i, k) {
            None => 0x5151,
            Some(j) if self.unknown[j] => 0x0bad,
            Some(j) => self.wid(j),
        }
    }

    /// The capitalisation class of token `i + k` (9 past the ends).
    fn class_at(&self, i: usize, k: isize) -> u8 {
        self.offset(i, k).map_or(9, |j| self.eff(j))
    }

    /// The features of token `i` that depend on the text only (computed once
    /// per token at inference, and their scores cached across both passes):
    /// its [own](Prepared::word_features) and its
    /// [context's](Prepared::context_features).
    pub fn static_features(&self, i: usize, out: &mut Vec<u32>) {
        self.word_features(i, out);
        self.context_features(i, out);
    }

    /// The static features of token `i` that depend on nothing but the
    /// facts [`Prepared::word_key_of`] sums up, so that tokens with equal keys
    /// have equal features (the tagger scores them once).
    pub fn word_features(&self, i: usize, out: &mut Vec<u32>) {
        let w = |k: isize| self.word_key(i, k);
        let lw = self.low(i);
        let (eff, raw, line, init, ev) = (
            self.eff(i),
            self.raw(i),
            self.line(i),
            self.initial(i),
            self.ev(i),
        );
        out.push(Fx::new(0).key());
        out.push(Fx::new(1).num(w(0)).key());
        out.push(Fx::new(6).num(self.shape(i)).key());
        let nc = lw.chars().count();
        if nc > 2 {
            for (t, k) in [(9u32, 2usize), (10, 3), (11, 4)] {
                if nc > k {
                    let s = lw.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b);
                    out.push(Fx::new(t).bytes(&lw.as_bytes()[s..]).key());
                }
            }
            let e = lw.char_indices().nth(3).map_or(lw.len(), |(b, _)| b);
            out.push(Fx::new(12).bytes(&lw.as_bytes()[..e]).key());
        }
        out.push(
            Fx::new(13)
                .num(eff as u64)
                .num(line as u64)
                .num(init as u64)
                .key(),
        );
        out.push(
            Fx::new(14)
                .num(ev as u64)
                .num(raw as u64)
                .num(line as u64)
                .key(),
        );
        let lex = self.lex(i);
        for b in 0..13 {
            if lex & (1 << b) != 0 {
                out.push(Fx::new(15).num(b).num((eff == C_LOWER) as u64).key());
            }
        }
        // the bits the model was trained with (not Lex::ORG)
        let (pl, pb) = (self.plex[i].0 & FEATURE_BITS, self.plex[i].1);
        if pl != 0 {
            out.push(Fx::new(16).num(pl as u64).num(pb as u64).key());
        }
        out.push(Fx::new(21).num(nc.min(8) as u64).num(eff as u64).key());
        if nc > 1 {
            for (t, k) in [(24u32, 1usize), (25, 2)] {
                let e = lw.char_indices().nth(k).map_or(lw.len(), |(b, _)| b);
                out.push(Fx::new(t).bytes(&lw.as_bytes()[..e]).num(eff as u64).key());
            }
        }
        out.push(
            Fx::new(26)
                .num(self.para_start(i) as u64)
                .num(eff as u64)
                .num(line as u64)
                .key(),
        );
    }

    /// A key for what [`Prepared::word_features`] of token `i` depend on:
    /// the word (its lower-case form, hidden or not, and its shape), its case
    /// and its line's kind, sentence and paragraph position, and its
    /// phrase-lexicon bits. Tokens with equal keys have equal word features
    /// (the word fixes its lexicon bits and document case evidence).
    pub fn word_key_of(&self, i: usize) -> u64 {
        Fx::new(99)
            .num(self.word_key(i, 0))
            .num(self.wid(i))
            .num(self.shape(i))
            .num(
                self.eff(i) as u64
                    | (self.raw(i) as u64) << 8
                    | (self.line(i) as u64) << 16
                    | (self.initial(i) as u64) << 24
                    | (self.para_start(i) as u64) << 25
                    | (self.plex[i].1 as u64) << 26
                    | (self.plex[i].0 as u64) << 32,
            )
            .full()
    }

    /// The static features of token `i` that look at its neighbours.
    pub fn context_features(&self, i: usize, out: &mut Vec<u32>) {
        let w = |k: isize| self.word_key(i, k);
        let cls = |k: isize| self.class_at(i, k);
        let sh = |k: isize| self.offset(i, k).map_or(7, |j| self.shape(j));
        let coarse = |k: isize| -> u64 {
            let Some(j) = self.offset(i, k) else {
                return 0;
            };
            let l = Lex(self.lex(j) | self.plex[j].0);
            (l.contains(Lex::FIRST) as u64)
                | (l.contains(Lex::LAST) as u64) << 1
                | (l.contains(Lex::PLACE) as u64) << 2
                | (l.contains(Lex::NORP) as u64) << 3
        };
        let eff = self.eff(i);
        out.push(Fx::new(2).num(w(-1)).key());
        out.push(Fx::new(3).num(w(1)).key());
        out.push(Fx::new(4).num(w(-2)).key());
        out.push(Fx::new(5).num(w(2)).key());
        out.push(Fx::new(7).num(sh(-1)).num(sh(0)).key());
        out.push(Fx::new(8).num(sh(0)).num(sh(1)).key());
        out.push(
            Fx::new(17)
                .num(coarse(-1))
                .num(coarse(0))
                .num(coarse(1))
                .key(),
        );
        out.push(Fx::new(18).num(w(-1)).num(w(0)).key());
        out.push(Fx::new(19).num(w(0)).num(w(1)).key());
        out.push(
            Fx::new(20)
                .num(cls(-1) as u64)
                .num(eff as u64)
                .num(cls(1) as u64)
                .key(),
        );
        out.push(Fx::new(22).num(w(-1)).num(sh(0)).key());
        out.push(Fx::new(23).num(sh(0)).num(w(1)).key());
    }

    /// The features of token `i` that depend on the tags chosen so far.
    pub fn dynamic_features(
        &self,
        i: usize,
        prev: u8,
        prev2: u8,
        hist: u8,
        major: u8,
        out: &mut Vec<u32>,
    ) {
        let w = |k: isize| self.word_key(i, k);
        let cls = |k: isize| self.class_at(i, k);
        let eff = self.eff(i);
        out.push(Fx::new(30).num(prev as u64).key());
        out.push(Fx::new(31).num(prev as u64).num(prev2 as u64).key());
        out.push(Fx::new(32).num(prev as u64).num(w(0)).key());
        out.push(
            Fx::new(33)
                .num(prev as u64)
                .num(eff as u64)
                .num(cls(1) as u64)
                .key(),
        );
        out.push(Fx::new(34).num(hist as u64).num(eff as u64).key());
        out.push(Fx::new(35).num(hist as u64).num(prev as u64).key());
        out.push(Fx::new(36).num(major as u64).num(eff as u64).key());
        out.push(
            Fx::new(37)
                .num(major as u64)
                .num(hist as u64)
                .num(prev as u64)
                .key(),
        );
        out.push(Fx::new(38).num(major as u64).num(w(0)).key());
    }

    /// Tags the document greedily. `score(i, dynamic_features, scores)` sets
    /// the tag scores of token `i` from its [static](Prepared::static_features)
    /// features and the given [dynamic](Prepared::dynamic_features) ones;
    /// `step(i, predicted_tag, dynamic_features)` is called after each token
    /// and returns the tag to keep as history (training passes its own
    /// choice back). Returns the tags.
    /// `major` is the first pass's [`Prepared::majority`], or `None` in the first pass.
    pub fn decode<S, F>(&self, major: Option<&[u8]>, mut score: S, mut step: F) -> Vec<u8>
    where
        S: FnMut(usize, &[u32], &mut [f32; TAGS]),
        F: FnMut(usize, u8, &[u32]) -> u8,
    {
        let n = self.len();
        let mut tags = Vec::with_capacity(n);
        let mut hist = vec![0u8; self.lows];
        let mut feats = Vec::with_capacity(48);
        let (mut prev, mut prev2) = (0u8, 0u8);
        for i in 0..n {
            feats.clear();
            if self.para_start(i) {
                prev = 0;
                prev2 = 0;
            }
            let h = if self.raw(i) == C_CAP || self.raw(i) == C_CAPS || self.raw(i) == C_MIXED {
                hist[self.lid(i)]
            } else {
                0
            };
            let mj = major.and_then(|m| m.get(i).copied()).unwrap_or(9);
            self.dynamic_features(i, prev, prev2, h, mj, &mut feats);
            let mut s = [0f32; TAGS];
            score(i, &feats, &mut s);
            let best = best_tag(&s, prev);
            let chosen = step(i, best, &feats);
            if self.raw(i) == C_CAP || self.raw(i) == C_CAPS || self.raw(i) == C_MIXED {
                let v = match Kind::of_tag(chosen) {
                    None => 1,
                    Some(k) => 2 + k.begin_tag() / 2,
                };
                hist[self.lid(i)] = v;
            }
            tags.push(chosen);
            prev2 = prev;
            prev = chosen;
        }
        tags
    }
}

impl Prepared {
    /// For each token, the kind its word was tagged most often in `tags`
    /// over the whole document (capitalised occurrences only): 0 for
    /// lower-case words and words never capitalised, 1 for O, 2.. kind + 2.
    pub fn majority(&self, tags: &[u8]) -> Vec<u8> {
        let mut counts = vec![[0u16; 5]; self.lows];
        let capital = |i: usize| matches!(self.raw(i), C_CAP | C_CAPS | C_MIXED);
        for (i, &t) in tags.iter().enumerate() {
            if capital(i) {
                let k = match Kind::of_tag(t) {
                    None => 0,
                    Some(k) => 1 + (k.begin_tag() / 2) as usize,
                };
                let c = &mut counts[self.lid(i)];
                c[k] = c[k].saturating_add(1);
            }
        }
        (0..tags.len())
            .map(|i| {
                if !capital(i) {
                    return 0;
                }
                let c = counts[self.lid(i)];
                let mut best = 0;
                for k in 1..5 {
                    if c[k] > c[best] {
                        best = k;
                    }
                }
                1 + best as u8
            })
            .collect()
    }
}

/// Turns BIO tags into spans.
pub fn spans_of(tags: &[u8]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut cur: Option<Span> = None;
    for (i, &t) in tags.iter().enumerate() {
        let kind = Kind::of_tag(t);
        match (cur, kind) {
            (Some(mut c), Some(k)) if t % 2 == 0 && c.kind == k => {
                c.end = i + 1;
                cur = Some(c);
            }
            (_, k) => {
                if let Some(c) = cur.take() {
                    out.push(c);
                }
                cur = k.map(|kind| Span {
                    start: i,
                    end: i + 1,
                    kind,
                });
            }
        }
    }
    out.extend(cur);
    out
}

/// The model, and its [`Dyn`] tables.
static MODEL: OnceLock<(Model, Dyn)> = OnceLock::new();

/// The tag with the highest score that may follow `prev` (an I-X tag only
/// continues X; on a tie the first).
fn best_tag(s: &[f32; TAGS], prev: u8) -> u8 {
    let mut best = 0u8;
    let mut best_s = f32::NEG_INFINITY;
    for (t, &v) in s.iter().enumerate() {
        let t = t as u8;
        if t != 0 && t % 2 == 0 && prev != t && prev != t - 1 {
            continue;
        }
        if v > best_s {
            best_s = v;
            best = t;
        }
    }
    best
}

#[cfg(test)]
thread_local! {
    /// How many times [`tag_scored`] ran on this thread (tests check that a
    /// layer switched off does not run it).
    pub(crate) static RUNS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The embedded model, read once.
pub fn model() -> &'static Model {
    &tables().0
}

fn tables() -> &'static (Model, Dyn) {
    MODEL.get_or_init(|| {
        let m = Model::read(include_bytes!("../../data/tagger.bin"));
        let d = Dyn::new(&m);
        (m, d)
    })
}

/// Reads the model now if it was not yet; true when it was not.
pub(crate) fn warm() -> bool {
    let cold = MODEL.get().is_none();
    model();
    cold
}

/// Tags the names in `doc` with the embedded model.
pub fn tag(doc: &Document) -> Vec<Span> {
    tag_scored(doc).spans
}

/// What [`tag_scored`] returns.
#[derive(Clone, Debug, Default)]
pub struct Tagged {
    /// The tagged names.
    pub spans: Vec<Span>,
    /// For each span, how strongly the model read it as each kind (in
    /// [`Kind`] order: PER, ORG, LOC, MISC): the sum over its tokens of the
    /// kind's B score (first token) or I score (the others), in the model's units.
    pub scores: Vec<[f32; 4]>,
    /// Token ranges that are well-known organisations ([`Lex::ORG`]), ordered,
    /// whatever their case.
    pub orgs: Vec<(usize, usize)>,
}

/// The scores of the dynamic features that do not look at the word, summed
/// for every combination of the values they look at (integer sums: the same
/// in any order), so that a token adds four rows instead of hashing and
/// looking up seven features.
struct Dyn {
    /// Features 30 and 31, by `prev * 9 + prev2`.
    pp: Vec<[i32; TAGS]>,
    /// Feature 33, by `(prev * 6 + eff) * 10 + next class`.
    pec: Vec<[i32; TAGS]>,
    /// Features 34 and 36, by `(hist * 6 + eff) * 10 + major`.
    hem: Vec<[i32; TAGS]>,
    /// Features 35 and 37, by `(major * 6 + hist) * 9 + prev`.
    mhp: Vec<[i32; TAGS]>,
}

impl Dyn {
    /// The tables of model `m`.
    fn new(m: &Model) -> Dyn {
        // the keys exactly as [`Prepared::dynamic_features`] makes them
        let f = |t: u32, v: &[usize]| v.iter().fold(Fx::new(t), |f, &x| f.num(x as u64)).key();
        let row = |keys: &[u32]| {
            let mut a = [0i32; TAGS];
            for &k in keys {
                m.add(k, &mut a);
            }
            a
        };
        let mut d = Dyn {
            pp: Vec::with_capacity(81),
            pec: Vec::with_capacity(540),
            hem: Vec::with_capacity(360),
            mhp: Vec::with_capacity(540),
        };
        for p in 0..9 {
            for q in 0..9 {
                d.pp.push(row(&[f(30, &[p]), f(31, &[p, q])]));
            }
            for e in 0..6 {
                for c in 0..10 {
                    d.pec.push(row(&[f(33, &[p, e, c])]));
                }
            }
        }
        for h in 0..6 {
            for e in 0..6 {
                for j in 0..10 {
                    d.hem.push(row(&[f(34, &[h, e]), f(36, &[j, e])]));
                }
            }
        }
        for j in 0..10 {
            for h in 0..6 {
                for p in 0..9 {
                    d.mhp.push(row(&[f(35, &[h, p]), f(37, &[j, h, p])]));
                }
            }
        }
        d
    }
}

/// One greedy pass of the tagger at inference: what
/// [`Prepared::decode`] does with the model's scores, with the word
/// features' scores given per distinct word, the context features scored
/// as the pass reaches them, and the dynamic features mostly from [`Dyn`].
struct Pass<'a> {
    p: &'a Prepared,
    m: &'a Model,
    d: &'a Dyn,
    word: &'a [u32],
    rows: &'a [[f32; TAGS]],
    /// The first pass's context scores, kept for the second in a short
    /// text ([`KEEP_CONTEXT`] tokens at most; 36 bytes a token), scored
    /// again in a long one, where memory counts.
    ctx: Vec<[i32; TAGS]>,
}

/// The longest text, in tokens, whose context scores a pass keeps.
const KEEP_CONTEXT: usize = 1 << 14;

/// What the context features read of a token, or of a place past either
/// end of the text ([`Nb::NONE`]).
#[derive(Clone, Copy)]
struct Nb {
    /// Its word key.
    w: u64,
    sh: u64,
    cls: u64,
    coarse: u64,
}

impl Nb {
    const NONE: Nb = Nb {
        w: 0x5151,
        sh: 7,
        cls: 9,
        coarse: 0,
    };

    /// Token `j`'s facts, as [`Prepared::context_features`] reads them.
    fn at(p: &Prepared, j: usize) -> Nb {
        if j >= p.len() {
            return Nb::NONE;
        }
        let t = p.ty(j);
        let l = Lex(t.lex | p.plex[j].0);
        Nb {
            w: if p.unknown[j] { 0x0bad } else { t.wid },
            sh: t.shape,
            cls: p.eff(j) as u64,
            coarse: (l.contains(Lex::FIRST) as u64)
                | (l.contains(Lex::LAST) as u64) << 1
                | (l.contains(Lex::PLACE) as u64) << 2
                | (l.contains(Lex::NORP) as u64) << 3,
        }
    }
}

impl Pass<'_> {
    /// The tags; `kept` receives the scores of the tokens not tagged O
    /// (their numbers, their rows).
    fn tags(
        &mut self,
        major: Option<&[u8]>,
        mut kept: Option<&mut (Vec<u32>, Vec<[f32; TAGS]>)>,
    ) -> Vec<u8> {
        let (p, m, d) = (self.p, self.m, self.d);
        let n = p.len();
        let mut tags = Vec::with_capacity(n);
        let mut hist = vec![0u8; p.lows];
        let mut nb = [Nb::NONE, Nb::NONE, Nb::NONE, Nb::at(p, 0), Nb::at(p, 1)];
        let (mut prev, mut prev2) = (0u8, 0u8);
        for i in 0..n {
            if p.para_start(i) {
                prev = 0;
                prev2 = 0;
            }
            let cap = p.is_capitalised(i);
            let h = if cap { hist[p.lid(i)] } else { 0 };
            let mj = major.and_then(|m| m.get(i).copied()).unwrap_or(9);
            // the static scores: the word's, then its context's
            // (the neighbours' facts slide along: `nb[2]` is token i's)
            nb = [nb[1], nb[2], nb[3], nb[4], Nb::at(p, i + 2)];
            let mut st = self.rows[self.word[i] as usize];
            let mut c = [0i32; TAGS];
            let [l2, l1, w, r1, r2] = &nb;
            // the keys of [`Prepared::context_features`], in any order
            if let Some(&kept) = self.ctx.get(i).filter(|_| major.is_some()) {
                c = kept;
            } else {
                for k in [
                    Fx::new(2).num(l1.w),
                    Fx::new(3).num(r1.w),
                    Fx::new(4).num(l2.w),
                    Fx::new(5).num(r2.w),
                    Fx::new(7).num(l1.sh).num(w.sh),
                    Fx::new(8).num(w.sh).num(r1.sh),
                    Fx::new(17).num(l1.coarse).num(w.coarse).num(r1.coarse),
                    Fx::new(18).num(l1.w).num(w.w),
                    Fx::new(19).num(w.w).num(r1.w),
                    Fx::new(20).num(l1.cls).num(w.cls).num(r1.cls),
                    Fx::new(22).num(l1.w).num(w.sh),
                    Fx::new(23).num(w.sh).num(r1.w),
                ] {
                    m.add(k.key(), &mut c);
                }
                if major.is_none() && n <= KEEP_CONTEXT {
                    self.ctx.push(c);
                }
            }
            for (a, b) in st.iter_mut().zip(c) {
                *a += b as f32;
            }
            // the dynamic ones
            let (pv, pv2, hh, jj) = (prev as usize, prev2 as usize, h as usize, mj as usize);
            let eff = nb[2].cls as usize;
            let cls = nb[3].cls as usize;
            let mut acc = [0i32; TAGS];
            for r in [
                &d.pp[pv * 9 + pv2],
                &d.pec[(pv * 6 + eff) * 10 + cls],
                &d.hem[(hh * 6 + eff) * 10 + jj],
                &d.mhp[(jj * 6 + hh) * 9 + pv],
            ] {
                for t in 0..TAGS {
                    acc[t] += r[t];
                }
            }
            let w0 = nb[2].w;
            m.add(Fx::new(32).num(prev as u64).num(w0).key(), &mut acc);
            m.add(Fx::new(38).num(mj as u64).num(w0).key(), &mut acc);
            let mut s = [0f32; TAGS];
            for t in 0..TAGS {
                s[t] = acc[t] as f32 + st[t];
            }
            let best = best_tag(&s, prev);
            if best != 0 {
                if let Some((at, rows)) = kept.as_deref_mut() {
                    at.push(i as u32);
                    rows.push(s);
                }
            }
            if cap {
                hist[p.lid(i)] = match Kind::of_tag(best) {
                    None => 1,
                    Some(k) => 2 + k.begin_tag() / 2,
                };
            }
            tags.push(best);
            prev2 = prev;
            prev = best;
        }
        tags
    }
}

/// Like [`tag`], with the spans' kind scores and the known organisations.
pub fn tag_scored(doc: &Document) -> Tagged {
    #[cfg(test)]
    RUNS.with(|n| n.set(n.get() + 1));
    let p = Prepared::new(doc);
    let (m, d) = tables();
    // a word's own features scored once per distinct word key (most tokens
    // are frequent words); `word` holds each token's row
    let mut feats = Vec::with_capacity(48);
    let mut keys = HashIds::default();
    let mut rows: Vec<[f32; TAGS]> = Vec::new();
    let word: Vec<u32> = (0..p.len())
        .map(|i| {
            *keys.entry(p.word_key_of(i)).or_insert_with(|| {
                feats.clear();
                p.word_features(i, &mut feats);
                let mut w = [0f32; TAGS];
                m.score(&feats, &mut w);
                rows.push(w);
                rows.len() as u32 - 1
            })
        })
        .collect();
    drop(keys);
    let mut run = Pass {
        p: &p,
        m,
        d,
        word: &word,
        rows: &rows,
        ctx: Vec::new(),
    };
    let first = run.tags(None, None);
    let major = p.majority(&first);
    // the second pass's scores of the tokens it tags as names (the spans'
    // scores), room made for about as many as the first pass tagged: grown
    // by doubling, they were the tagger's largest allocation
    let names = first.iter().filter(|&&t| t != 0).count();
    drop(first);
    let room = names + names / 16 + 16;
    let mut kept = (Vec::with_capacity(room), Vec::with_capacity(room));
    let tags = run.tags(Some(&major), Some(&mut kept));
    drop(major);
    let (at, kept) = kept;
    let kept_at = |i: usize| kept.get(at.partition_point(|&x| (x as usize) < i)).copied();
    let mut spans = spans_of(&tags);
    // in a Title-Case headline, a run of words with no sign of being a name
    // ("Peace Deal": in no name list, never capitalised mid-sentence in the
    // article) is no name
    let names = Lex(Lex::PLACE.0 | Lex::NORP.0 | Lex::GAZETTEER.0);
    let people = Lex(Lex::FIRST.0 | Lex::LAST.0);
    let named_at = |i: usize| {
        let l = Lex(p.lex(i) | p.plex[i].0);
        l.contains(names)
            || (l.contains(people) && !l.contains(Lex::COMMON))
            || p.ev(i) & 2 != 0
            || p.raw(i) == C_CAPS
    };
    let plain_at =
        |i: usize| !named_at(i) && (Lex(p.lex(i)).contains(Lex::COMMON) || p.ev(i) & 1 != 0);
    // "Russia Talks" in a headline: common words at a name's edges are not part of it
    for s in spans.iter_mut().filter(|s| p.heading(s.start)) {
        while s.end > s.start + 1 && plain_at(s.end - 1) && (s.start..s.end - 1).any(named_at) {
            s.end -= 1;
        }
        while s.end > s.start + 1 && plain_at(s.start) && (s.start + 1..s.end).any(named_at) {
            s.start += 1;
        }
    }
    spans.retain(|s| {
        if !p.heading(s.start) {
            return true;
        }
        let named = (s.start..s.end).any(|i| {
            let l = Lex(p.lex(i) | p.plex[i].0);
            // surnames like "Deal" or "Peace" that are also common words are no evidence
            l.contains(names)
                || (l.contains(people) && !l.contains(Lex::COMMON))
                || p.ev(i) & 2 != 0
                || p.raw(i) == C_CAPS
        });
        let common = (s.start..s.end)
            .filter(|&i| Lex(p.lex(i)).contains(Lex::COMMON) || p.ev(i) & 1 != 0)
            .count();
        named || common * 2 < s.end - s.start
    });
    let scores = spans
        .iter()
        .map(|sp| {
            let mut k = [0f32; 4];
            for (j, row) in (sp.start..sp.end).filter_map(kept_at).enumerate() {
                let inside = (j > 0) as usize;
                for (x, slot) in k.iter_mut().enumerate() {
                    *slot += row[1 + 2 * x + inside];
                }
            }
            k
        })
        .collect();
    Tagged {
        spans,
        scores,
        orgs: p.orgs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_bio() {
        let s = spans_of(&[1, 2, 0, 5, 5, 6, 0, 8]);
        assert_eq!(s.len(), 4);
        assert_eq!((s[0].start, s[0].end, s[0].kind), (0, 2, Kind::Per));
        assert_eq!((s[1].start, s[1].end), (3, 4));
        assert_eq!((s[2].start, s[2].end), (4, 6));
        assert_eq!((s[3].start, s[3].end, s[3].kind), (7, 8, Kind::Misc));
    }

    #[test]
    fn model_round_trips() {
        let w = [1.0f32, -2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 100.0];
        let mut v = [0f32; TAGS];
        v[4] = -100.0;
        let mut pairs = vec![(7u32, quantise(&w, 127)), (300000, quantise(&v, 127))];
        let bytes = Model::write(&mut pairs);
        let m = Model::read(&bytes);
        let mut s = [0f32; TAGS];
        m.score(&[7, 300000, 12345], &mut s);
        // weights keep their signs and proportions (to the row's quantum)
        assert!(s[8] > 20000.0 && s[4] == -s[8], "{s:?}");
        assert!(
            (s[2] / s[8] - 0.03).abs() < 0.01 && s[0] > 0.0 && s[1] < 0.0,
            "{s:?}"
        );
        assert_eq!((s[3], s[5]), (0.0, 0.0));
        // a wide row keeps a small weight beside a large one, a narrow one cannot
        let big = [5000.0f32, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -5000.0];
        for (levels, kept) in [(WIDE, true), (15, false)] {
            let mut pairs = vec![(9u32, quantise(&big, levels))];
            let m = Model::read(&Model::write(&mut pairs));
            m.score(&[9], &mut s);
            assert_eq!(s[1] > 0.0, kept, "{s:?}");
            assert!(s[0] > 29000.0 && s[8] < -29000.0, "{s:?}");
        }
        let bad = Model::read(b"junk");
        bad.score(&[7], &mut s);
    }

    #[test]
    fn case_classes() {
        assert_eq!(cap_class("Putin", TokenKind::Word), C_CAP);
        assert_eq!(cap_class("NATO", TokenKind::Word), C_CAPS);
        assert_eq!(cap_class("U.S.", TokenKind::Word), C_CAPS);
        assert_eq!(cap_class("said", TokenKind::Word), C_LOWER);
        assert_eq!(cap_class("iPhone", TokenKind::Word), C_MIXED);
    }
}
