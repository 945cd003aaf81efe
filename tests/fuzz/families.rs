//! Adversarial families: one short pattern repeated. Each once made (or could
//! make) a stage rescan or nest, so each must take time linear in its
//! length. Shared by the fuzz harness (ratio tests), its `hostile` generator
//! and the criterion bench (`benches/annotate.rs`).
#![allow(dead_code)]

/// `(name, pattern)`: the text is `pattern` repeated to the size wanted.
pub const FAMILIES: &[(&str, &str)] = &[
    ("open-quotes", "“"),
    ("mixed-marks", "\"'«»„‚‘’‹› "),
    ("said-that", "Putin said that "),
    ("names", "Vladimir Putin, "),
    ("quote-said", "“Yes,” he said. "),
    ("acronym", "North Atlantic Treaty Organization (NATO) "),
    ("apostrophes", "Moscow‘s students’ ’90s rock ’n’ roll "),
    (
        "according-colon",
        "“Yes,” said CBS moderator Nancy Cordes: “No.” According to X, “Y.” ",
    ),
    ("caps-headline", "WORDS IN CAPS “Quote” "),
    (
        "glued-names",
        "Senate Majority Leader Mitch McConnell (R-Ky.) of the Council on Foreign Relations ",
    ),
    // a letter and a period with no space: the tokenizer once rescanned the
    // word at every period (issue 11)
    ("dotted-initialism", "U.S."),
    ("dotted-letters", "a."),
    ("one-letter-lines", "a\n"),
    ("emoji", "😀"),
    ("combining", "e\u{301}"),
    ("cjk", "東京"),
    ("capitalised-run", "Alpha Beta "),
    ("said-chain", "said "),
    ("title-chain", "Mr. President Secretary General "),
    ("possessive-chain", "Zelensky’s’s’"),
    ("no-spaces", "abcdefghij"),
    ("digits-commas", "1,0"),
    ("parens", "(("),
    ("dashes", "— "),
    ("non-ascii-acronym", "Électricité de France (EDF) "),
    ("quote-then-cue", "“We are ready,” said\n"),
    ("wire-quotes", "``Yes,'' he said. "),
    ("sentences", "It rained. "),
    // `#` is a counter (letters), so each copy names someone or something new
    ("one-surname", "Ann# Smith met Smith. "),
    ("many-speakers", "“Yes,” said Ann# Lee. "),
    ("defined-acronyms", "Zed# Alpha Beta (ZAB) "),
    ("many-orgs", "the Bank of Zed# said "),
    (
        "roles",
        "Kremlin spokesman Dan# Peskov, a foreign policy adviser to Putin# Zed, ",
    ),
    (
        "credit-lines",
        "(Reporting by Ann Lee in Pune; Editing by Bob Kell)\n",
    ),
    (
        "honorifics",
        "Mr Quell# said Ms. Kell# met Dr Ann# Lee-Ross. ",
    ),
    (
        "sports-roles",
        "Spurs boss Ann# Kell and Leeds striker Bob# Lee. ",
    ),
    (
        "source-bridges",
        "one source close to a person familiar with the talks said \"no\" ",
    ),
    (
        "set-scores",
        "Ann# Kell beat Tom# Brand 6-3, 7-5 and Leeds beat Kelmore# 2-0, ",
    ),
    (
        "sources-and-lists",
        "according to Quandrix# and The Kelmore# Post, political editor Ann# Kell told Google, Brenwick# and Veltrix, ",
    ),
    (
        "appositions-and-places",
        "Kelmore#, the Oslo-based buy-now-pay-later lender, said its chief executive of Veltrix#, in Stoke-on-Trent, Ohio, said Tesco and Asda# Cape Ann# Lee KC, Tory MPs, Christmas Day, the mayor of Leeds# said, St Ann#'s Church, Queen's Park Rangers, St. Petersburg's Institute ",
    ),
    (
        "ampersands",
        "Ann# Lee & Bob# Kell & Procter# & Gamble Co, AT&T&B&Q Inc, Leinster beat Munster# 24-18 and Kent and Essex# Police ",
    ),
];

/// `pattern` repeated until the text is at least `bytes` long; each `#` in
/// it becomes a counter written in lower-case letters ("b", "c", …, "ba").
pub fn repeat_to(pattern: &str, bytes: usize) -> String {
    if !pattern.contains('#') {
        return pattern.repeat(bytes / pattern.len().max(1) + 1);
    }
    let mut s = String::with_capacity(bytes + pattern.len() * 2);
    let mut n = 1usize;
    while s.len() < bytes {
        let mut letters = Vec::new();
        let mut k = n;
        while k > 0 {
            letters.push(b'a' + (k % 26) as u8);
            k /= 26;
        }
        letters.reverse();
        let counter = String::from_utf8(letters).unwrap_or_default();
        s.push_str(&pattern.replace('#', &counter));
        n += 1;
    }
    s
}
