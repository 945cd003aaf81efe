//! Input generators for the fuzz harness: seeded, allocation-light, no
//! dependencies. Each family aims at a different stage: random Unicode of
//! every class at the tokenizer, word and quote-mark soup at the entity rules
//! and the quote pairing, mutated and truncated news at everything at once.
//!
//! Shared by `tests/fuzz/main.rs` (native) and `tests/wasm.rs` (the same
//! inputs through the wasm adapter).
#![allow(dead_code)]

/// A xorshift64* generator: fast, seedable, good enough to pick inputs.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value; 0 is remapped).
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with probability `1 / n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    /// One item of `xs`.
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// Ranges of code points, one per class the stages treat differently.
const CLASSES: &[(&str, &[(u32, u32)])] = &[
    ("ascii", &[(0x20, 0x7E)]),
    ("controls", &[(0x00, 0x1F), (0x7F, 0x9F)]),
    (
        "spaces",
        &[
            (0x09, 0x0D),
            (0x20, 0x20),
            (0x85, 0x85),
            (0xA0, 0xA0),
            (0x1680, 0x1680),
            (0x2000, 0x200A),
            (0x2028, 0x2029),
            (0x202F, 0x202F),
            (0x205F, 0x205F),
            (0x3000, 0x3000),
        ],
    ),
    (
        "bidi",
        &[
            (0x200E, 0x200F),
            (0x202A, 0x202E),
            (0x2066, 0x2069),
            (0x061C, 0x061C),
        ],
    ),
    (
        "joiners",
        &[
            (0x200B, 0x200D),
            (0x2060, 0x2060),
            (0xFE00, 0xFE0F),
            (0xFEFF, 0xFEFF),
        ],
    ),
    (
        "combining",
        &[
            (0x0300, 0x036F),
            (0x1AB0, 0x1AFF),
            (0x1DC0, 0x1DFF),
            (0x20D0, 0x20FF),
            (0x0900, 0x0903),
        ],
    ),
    (
        // letters whose case mapping changes their length: "ß" → "SS", "İ" → "i̇"
        "case-expanding",
        &[
            (0xDF, 0xDF),
            (0x130, 0x131),
            (0x149, 0x149),
            (0x1F0, 0x1F0),
            (0x390, 0x390),
            (0x1E96, 0x1E9E),
            (0xFB00, 0xFB06),
            (0x1F80, 0x1FAF),
        ],
    ),
    ("latin-extended", &[(0xC0, 0x24F), (0x1E00, 0x1EFF)]),
    ("greek-cyrillic", &[(0x370, 0x3FF), (0x400, 0x4FF)]),
    (
        "rtl",
        &[
            (0x5D0, 0x5EA),
            (0x600, 0x6FF),
            (0x660, 0x669),
            (0x6F0, 0x6F9),
        ],
    ),
    ("indic", &[(0x900, 0x97F), (0xB80, 0xBFF)]),
    (
        "cjk",
        &[
            (0x3040, 0x30FF),
            (0x4E00, 0x4FFF),
            (0xAC00, 0xAD00),
            (0xFF01, 0xFF5E),
        ],
    ),
    (
        "emoji",
        &[
            (0x1F300, 0x1F64F),
            (0x1F3FB, 0x1F3FF),
            (0x1F1E6, 0x1F1FF),
            (0x2600, 0x27BF),
            (0x1F900, 0x1F9FF),
        ],
    ),
    (
        "astral-letters",
        &[(0x1D400, 0x1D7FF), (0x10400, 0x1044F), (0x20000, 0x2004F)],
    ),
    (
        "punctuation",
        &[
            (0x2010, 0x2027),
            (0x2030, 0x205E),
            (0xAB, 0xAB),
            (0xBB, 0xBB),
            (0x3001, 0x3011),
        ],
    ),
    (
        "currency-digits",
        &[(0x20A0, 0x20C0), (0x24, 0x24), (0x30, 0x39), (0xA2, 0xA5)],
    ),
    (
        "specials",
        &[
            (0xFFF9, 0xFFFD),
            (0xE000, 0xE00F),
            (0xFFFE, 0xFFFF),
            (0x10FFFF, 0x10FFFF),
        ],
    ),
];

/// One code point from `class` (by index in [`CLASSES`]).
fn char_of_class(rng: &mut Rng, class: usize) -> char {
    let ranges = CLASSES[class].1;
    let (lo, hi) = rng.pick(ranges);
    let c = lo + rng.below((hi - lo + 1) as usize) as u32;
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

/// Random Unicode: runs of characters from a few classes at a time, so that
/// words of one script form as well as single odd characters.
pub fn unicode_soup(rng: &mut Rng, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    let classes: Vec<usize> = (0..1 + rng.below(4))
        .map(|_| rng.below(CLASSES.len()))
        .collect();
    let mut s = String::new();
    while s.chars().count() < len {
        let class = rng.pick(&classes);
        for _ in 0..1 + rng.below(8) {
            s.push(char_of_class(rng, class));
        }
        if rng.one_in(3) {
            s.push(rng.pick(&[' ', ' ', '\n', '.', ',', '“', '"', '\'']));
        }
    }
    s
}

/// Words and marks of news text: names, titles, cue verbs, pronouns,
/// organisation heads, dates, sums, quote marks, dashes, abbreviations.
pub const NEWS_WORDS: &[&str] = &[
    "Vladimir",
    "Putin",
    "Peskov",
    "Dmitry",
    "Ushakov",
    "Ann",
    "Coyle",
    "Zoë",
    "Müller",
    "O'Neil",
    "McConnell",
    "van",
    "der",
    "de",
    "Kim",
    "Jong-un",
    "Électricité",
    "Škoda",
    "Ōsaka",
    "Gas",
    "Company",
    "Group",
    "Auto",
    "Inc.",
    "Ltd",
    "Corp.",
    "Co.",
    "&",
    "B&Q",
    "S&P",
    "Global",
    "United",
    "City",
    "Rovers",
    "University",
    "of",
    "the",
    "The",
    "Ministry",
    "Department",
    "Council",
    "Kremlin",
    "White",
    "House",
    "Moscow",
    "Russia",
    "Russia’s",
    "Moscow‘s",
    "U.S.",
    "US",
    "U.N.",
    "EU",
    "UK",
    "NATO",
    "EDF",
    "(",
    ")",
    "(EDF)",
    "(R-Ky.)",
    "(D-N.Y.)",
    "President",
    "Secretary",
    "General",
    "spokesman",
    "Minister",
    "Prime",
    "Sen.",
    "Mr.",
    "Dr.",
    "Rev.",
    "Gov.",
    "said",
    "says",
    "told",
    "wrote",
    "added",
    "described",
    "according",
    "to",
    "indicated",
    "that",
    "warned",
    "claims",
    "he",
    "she",
    "they",
    "it",
    "we",
    "his",
    "her",
    "their",
    "who",
    "which",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "a",
    "an",
    "one",
    "another",
    "Tuesday",
    "March",
    "2024",
    "1990s",
    "’90s",
    "last",
    "week",
    "today",
    "3",
    "p.m.",
    "noon",
    "22:30",
    "$",
    "€",
    "£",
    "5",
    "5.5",
    "1,000",
    "million",
    "billion",
    "%",
    "percent",
    "per",
    "cent",
    "US$3",
    "R$2",
    "HK$",
    "RM1,000",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "-",
    "--",
    "—",
    "–",
    "―",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    "``",
    "''",
    "’’",
    "'s",
    "’s",
    "s’",
    "students’",
    "rock",
    "’n’",
    "roll",
    "WASHINGTON",
    "MOSCOW,",
    "AP",
    "Reuters",
    "Hurricane",
    "Ian",
    "Act",
    "Street",
    "Station",
    "Museum",
    "Center",
    "(AP)",
    "Labs",
    "AI",
    "Jr.",
    "W.",
    "J.",
    "a.m.",
    "No.",
    "St.",
    "vs.",
    "etc.",
    "e.g.",
    "i.e.",
    "http://x.y/z",
    "@user",
    "#tag",
    "😀",
    "👍🏽",
    "東京",
    "한국",
    "\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\0",
];

/// How words are joined.
const JOINERS: &[&str] = &[
    " ", " ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", "\u{a0}", "\r\n", ", ", ". ",
];

/// Words of news joined at random: capitalised runs, titles before names,
/// cue verbs after quotes, all in random order.
pub fn word_soup(rng: &mut Rng, max_words: usize) -> String {
    let n = rng.below(max_words + 1);
    let mut s = String::new();
    for _ in 0..n {
        let w = rng.pick(NEWS_WORDS);
        match rng.below(12) {
            0 => s.push_str(&w.to_uppercase()),
            1 => s.push_str(&w.to_lowercase()),
            _ => s.push_str(w),
        }
        s.push_str(rng.pick(JOINERS));
    }
    s
}

/// Quote marks of every style, dense, with a few words and cue verbs between
/// them and paragraph breaks: the pairing and attribution stages' worst case.
pub fn quote_soup(rng: &mut Rng, max_len: usize) -> String {
    const MARKS: &[&str] = &[
        "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "``", "''", "’’", " “", "” ",
        " ‘", "’ ", " \"", "\" ", " '", "' ", "\n", "\n\n", "\n“", ",” ", ".” ", "?” ",
    ];
    const WORDS: &[&str] = &[
        "We are ready",
        " he said",
        " said Putin",
        " Peskov told reporters",
        " according to AP",
        "yes",
        "no",
        " the minister said:",
        " – ",
        " — ",
        " Ann said ",
        "Moscow‘s",
        " it’s",
        " ’90s",
        " ",
        ", ",
        ". ",
        "Kremlin spokesman Dmitry Peskov said",
        " who",
        " that",
    ];
    let len = rng.below(max_len + 1);
    let mut s = String::new();
    while s.len() < len {
        if rng.one_in(2) {
            s.push_str(rng.pick(MARKS));
        } else {
            s.push_str(rng.pick(WORDS));
        }
    }
    s
}

/// Things to insert into real text.
const SNIPPETS: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "(",
    ")",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    " said",
    ",” said",
    " said “",
    "’s",
    "U.S.",
    "U.S.U.S.",
    "a.a.a.",
    "—",
    "―",
    "$",
    "%",
    "😀",
    "\u{301}",
    "\u{200d}",
    "\u{202e}",
    "\0",
    "\u{feff}",
    "ß",
    "İ",
    "ﬁ",
    "Électricité",
    "(EDF)",
    "Inc.",
    "Mr.",
    " (AP) — ",
    "MOSCOW — ",
];

/// Real news text, mutated: ranges deleted, duplicated or moved, characters
/// replaced or inserted, case flipped, line breaks added or removed, cut short.
pub fn mutated(rng: &mut Rng, source: &str, max_len: usize) -> String {
    let mut s = slice_of(rng, source, max_len);
    for _ in 0..1 + rng.below(8) {
        if s.is_empty() {
            break;
        }
        let a = boundary(&s, rng.below(s.len() + 1));
        let b = boundary(&s, (a + rng.below(64)).min(s.len()));
        match rng.below(9) {
            0 => s.replace_range(a..b, ""),
            1 => {
                let piece = s[a..b].to_string();
                s.insert_str(a, &piece);
            }
            2 | 3 => s.insert_str(a, rng.pick(SNIPPETS)),
            4 => {
                let piece = s[a..b].to_uppercase();
                s.replace_range(a..b, &piece);
            }
            5 => {
                let piece = s[a..b].to_lowercase();
                s.replace_range(a..b, &piece);
            }
            6 => {
                let piece = s[a..b].replace([' ', '\n'], "");
                s.replace_range(a..b, &piece);
            }
            7 => {
                let piece = s[a..b].replace(' ', "\n");
                s.replace_range(a..b, &piece);
            }
            _ => s.truncate(a),
        }
    }
    s
}

/// A random stretch of `source` at most `max_len` bytes long, on boundaries.
pub fn slice_of(rng: &mut Rng, source: &str, max_len: usize) -> String {
    let a = boundary(source, rng.below(source.len() + 1));
    let b = boundary(source, (a + rng.below(max_len + 1)).min(source.len()));
    source[a..b].to_string()
}

/// A prefix of `source`: what the page sees while an article is typed.
pub fn prefix(rng: &mut Rng, source: &str, max_len: usize) -> String {
    let end = boundary(source, rng.below(source.len().min(max_len) + 1));
    source[..end].to_string()
}

/// The largest character boundary of `s` at or before `i`.
pub fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Structured hostile inputs: one pattern repeated, with a little noise, so
/// that any stage that rescans or nests on it shows; cut at `len`, so that
/// the text may also end anywhere inside the pattern ("…, the Oslo-").
pub fn hostile(rng: &mut Rng, max_len: usize) -> String {
    let (_, pattern) = rng.pick(super::families::FAMILIES);
    let len = rng.below(max_len + 1);
    let mut s = String::new();
    while s.len() < len {
        s.push_str(pattern);
        if rng.one_in(16) {
            s.push_str(rng.pick(SNIPPETS));
        }
    }
    s.truncate(boundary(&s, len));
    s
}

/// The generator kinds, by name; the harness takes them in turn.
pub const KINDS: &[&str] = &["unicode", "words", "quotes", "mutated", "prefix", "hostile"];

/// One input of kind `k` (an index into [`KINDS`]), from `rng`.
/// `news` is real text to mutate and cut; `scale` bounds the length.
pub fn generate(rng: &mut Rng, k: usize, news: &[&str], scale: usize) -> String {
    let source = rng.pick(news);
    match KINDS[k % KINDS.len()] {
        "unicode" => unicode_soup(rng, scale / 4),
        "words" => word_soup(rng, scale / 6),
        "quotes" => quote_soup(rng, scale),
        "mutated" => mutated(rng, source, scale),
        "prefix" => prefix(rng, source, scale * 4),
        _ => hostile(rng, scale),
    }
}
