//! Dates, times, sums of money and percentages, found by hand-written
//! scanners over the tokens (no regular expressions, linear time).
//!
//! ```
//! use newsmark::{segment::segment, entities::numeric::scan, Label};
//! let text = "On Tuesday, March 3, 2024, at 3 p.m. shares fell 5% to $5 million.";
//! let doc = segment(text);
//! let found: Vec<(&str, Label)> = scan(&doc).iter().map(|s| (&text[s.0..s.1], s.2)).collect();
//! assert_eq!(found, [("Tuesday", Label::Date), ("March 3, 2024", Label::Date), ("3 p.m.", Label::Time),
//!                    ("5%", Label::Percent), ("$5 million", Label::Money)]);
//! ```

use std::collections::HashSet;
use std::sync::OnceLock;

use super::fx::FxBuild;
use crate::segment::{Document, TokenKind};
use crate::types::Label;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];
/// A day of the week written as a name: "Monday" … "Sunday" (not
/// "monday", "MONDAY" or "Mon.").
///
/// ```
/// use newsmark::entities::numeric::is_weekday;
/// assert!(is_weekday("Friday") && !is_weekday("friday"));
/// ```
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon.",
    "tue.",
    "tues.",
    "wed.",
    "thu.",
    "thurs.",
    "fri.",
    "sat.",
    "sun.",
];
const SCALES: &[&str] = &[
    "thousand",
    "million",
    "billion",
    "trillion",
    "m",
    "bn",
    "mln",
    "bln",
    "k",
    "millions",
    "billions",
    "thousands",
    "hundreds",
    "hundred",
    "trillions",
];
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "a", "half", "several", "dozen", "tens",
];
/// Currency words that follow a number: "20 euros", "5 cents".
const CURRENCY_AFTER: &[&str] = &[
    "dollar", "dollars", "cent", "cents", "euro", "euros", "pound", "pounds", "yen", "yuan",
    "renminbi", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "franc", "francs",
    "mark", "marks", "krona", "kronor", "krone", "kroner", "ringgit", "peso", "pesos", "shekel",
    "shekels", "dinar", "dinars", "riyal", "riyals", "rand", "won", "lira", "lire", "baht",
    "rupiah", "zloty", "hryvnia", "hryvnias", "naira", "dirhams", "pence", "usd", "eur", "gbp",
];
/// Currency words and codes that come before a number: "US$ 5", "dlrs 220 million".
const CURRENCY_BEFORE: &[&str] = &[
    "us$", "dlrs", "usd", "eur", "gbp", "jpy", "chf", "cny", "rm", "rs", "rs.", "inr", "a$", "c$",
    "hk$", "nz$", "s$", "r$", "rmb", "sfr", "dm",
];

fn is_symbol(w: &str) -> bool {
    matches!(
        w,
        "$" | "€" | "£" | "¥" | "₹" | "₽" | "₩" | "₪" | "₺" | "₴" | "₦"
    )
}

/// The labelled spans (byte offsets) found in `doc`, in order, not overlapping.
pub fn scan(doc: &Document) -> Vec<(usize, usize, Label)> {
    let n = doc.tokens.len();
    let lw = |i: usize| -> String { doc.word(i).to_lowercase() };
    let is_num = |i: usize| i < n && doc.tokens[i].kind == TokenKind::Number;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let w = doc.word(i);
        let kind = doc.tokens[i].kind;
        // cheap filter, without allocating: only tokens that can start something
        if !(kind == TokenKind::Number || is_symbol(w) || is_trigger(w)) {
            i += 1;
            continue;
        }
        if let Some((end, label)) = at(doc, i, &lw, &is_num) {
            let mut start = doc.tokens[i].start;
            // "'60s"
            if label == Label::Date
                && w.len() == 3
                && i > 0
                && matches!(doc.word(i - 1), "'" | "’")
                && !doc.tokens[i].space_before
                && out.last().map_or(true, |l: &(usize, usize, Label)| {
                    l.1 <= doc.tokens[i - 1].start
                })
            {
                start = doc.tokens[i - 1].start;
            }
            out.push((start, doc.tokens[end - 1].end, label));
            // "1997-98": the second year too
            if label == Label::Date
                && end + 1 < n
                && doc.word(end) == "-"
                && !doc.tokens[end].space_before
                && !doc.tokens[end + 1].space_before
                && doc.word(end + 1).len() == 2
                && is_num(end + 1)
            {
                out.push((
                    doc.tokens[end + 1].start,
                    doc.tokens[end + 1].end,
                    Label::Date,
                ));
                i = end + 2;
                continue;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// A number phrase starting at token `i`: digits or number words, with
/// scale words ("5.5 million", "half a million", "hundreds of millions of").
/// Returns the end token.
fn number_phrase(doc: &Document, i: usize, lw: &dyn Fn(usize) -> String) -> Option<usize> {
    let n = doc.tokens.len();
    let mut j = i;
    let mut saw = false;
    while j < n {
        let t = doc.tokens[j];
        let l = lw(j);
        if t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word
                && (NUMBER_WORDS.contains(&l.as_str()) || SCALES.contains(&l.as_str())))
        {
            saw = true;
            j += 1;
        } else if saw && (l == "-" || l == "of") && j + 1 < n {
            let nl = lw(j + 1);
            if SCALES.contains(&nl.as_str()) || NUMBER_WORDS.contains(&nl.as_str()) {
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // "a" alone, or number words alone, are not numbers
    let lone_ok = |l: &str| {
        NUMBER_WORDS[..20].contains(&l)
            || matches!(l, "hundreds" | "thousands" | "millions" | "billions")
    };
    if !saw || (j == i + 1 && doc.tokens[i].kind != TokenKind::Number && !lone_ok(lw(i).as_str())) {
        return None;
    }
    Some(j)
}

fn at(
    doc: &Document,
    i: usize,
    lw: &dyn Fn(usize) -> String,
    is_num: &dyn Fn(usize) -> bool,
) -> Option<(usize, Label)> {
    let n = doc.tokens.len();
    let w = doc.word(i);
    let l = lw(i);
    let kind = doc.tokens[i].kind;
    // MONEY: symbol or code before a number
    let glued_code = kind == TokenKind::Word
        && ["rm", "rs", "us$"].iter().any(|c| {
            l.starts_with(c)
                && l.len() > c.len()
                && l[c.len()..].bytes().all(|b| b.is_ascii_digit())
        });
    if glued_code {
        let mut j = i + 1;
        // "RM120,000": the tokenizer splits the glued thousands
        while j + 1 < n
            && doc.word(j) == ","
            && !doc.tokens[j].space_before
            && is_num(j + 1)
            && !doc.tokens[j + 1].space_before
        {
            j += 2;
        }
        while j < n && SCALES.contains(&lw(j).as_str()) {
            j += 1;
        }
        return Some((j, Label::Money));
    }
    if is_symbol(w)
        || (CURRENCY_BEFORE.contains(&l.as_str()) && w != "DM" || (w == "DM" && is_num(i + 1)))
    {
        // "US$": "US" "$"
        let start_num = i + 1;
        if let Some(end) = (start_num < n)
            .then(|| number_phrase(doc, start_num, lw))
            .flatten()
        {
            if is_num(start_num) {
                return Some((end, Label::Money));
            }
        }
        return None;
    }
    // "US$", "A$", "C$", "HK$", "NZ$", "R$", "S$": a country's letters glued to "$"
    if matches!(w, "US" | "A" | "C" | "HK" | "NZ" | "R" | "S" | "NT" | "Z")
        && i + 1 < n
        && doc.word(i + 1) == "$"
        && !doc.tokens[i + 1].space_before
    {
        if let Some(end) = number_phrase(doc, i + 2, lw) {
            return Some((end, Label::Money));
        }
    }
    // numbers: percent, money after, time, dates with years
    if kind == TokenKind::Number
        || NUMBER_WORDS[..20].contains(&l.as_str())
        || l == "half"
        || l == "hundreds"
        || l == "millions"
        || l == "billions"
    {
        let end = number_phrase(doc, i, lw)?;
        if end < n {
            let next = lw(end);
            if next == "%" || next == "percent" || next == "pct" {
                return Some((end + 1, Label::Percent));
            }
            if next == "per" && end + 1 < n && lw(end + 1) == "cent" {
                return Some((end + 2, Label::Percent));
            }
            if next == "percentage" && end + 1 < n && lw(end + 1) == "points" {
                return None;
            }
            let ambiguous = matches!(
                next.as_str(),
                "won" | "mark" | "marks" | "pound" | "pounds" | "rand"
            );
            if CURRENCY_AFTER.contains(&next.as_str()) && (!ambiguous || kind == TokenKind::Number)
            {
                let mut e = end + 1;
                if e < n && lw(e) == "sterling" {
                    e += 1;
                }
                return Some((e, Label::Money));
            }
            if next == "of" && end + 1 < n && CURRENCY_AFTER.contains(&lw(end + 1).as_str()) {
                return Some((end + 2, Label::Money));
            }
            if kind == TokenKind::Number
                && (next == "a.m."
                    || next == "p.m."
                    || next == "am"
                    || next == "pm"
                    || next == "a.m"
                    || next == "p.m"
                    || next == "gmt"
                    || next == "o'clock")
            {
                let mut e = end + 1;
                if e < n
                    && matches!(
                        lw(e).as_str(),
                        "gmt" | "est" | "edt" | "utc" | "bst" | "cet"
                    )
                {
                    e += 1;
                }
                return Some((e, Label::Time));
            }
        }
        if kind == TokenKind::Number {
            // "3pm"
            if l.ends_with("am") || l.ends_with("pm") {
                let d = &l[..l.len() - 2];
                if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b':') {
                    return Some((i + 1, Label::Time));
                }
            }
            // "10:30" followed by a.m. handled above; bare "22:30"
            if l.len() == 5
                && l.as_bytes()[2] == b':'
                && l.bytes().filter(|b| b.is_ascii_digit()).count() == 4
            {
                return Some((i + 1, Label::Time));
            }
            // "3 March 2024", "21 July"
            if end == i + 1 && l.len() <= 2 && i + 1 < n && MONTHS.contains(&lw(i + 1).as_str()) {
                let mut e = i + 2;
                if e < n && is_year(doc.word(e)) {
                    e += 1;
                }
                return Some((e, Label::Date));
            }
            // decades "1990s", "80s"
            if (l.len() == 5 || l.len() == 3)
                && l.ends_with('s')
                && l[..l.len() - 1].ends_with('0')
                && l[..l.len() - 1].bytes().all(|b| b.is_ascii_digit())
            {
                // "'60s": include the apostrophe glued before
                return Some((i + 1, Label::Date));
            }
            if end == i + 1 && is_year(w) && year_context(doc, i) {
                return Some((i + 1, Label::Date));
            }
        }
        return None;
    }
    // weekdays
    if WEEKDAYS.contains(&l.as_str()) && first_upper(w) {
        return Some((i + 1, Label::Date));
    }
    // months: "March 3, 2024", "March 2024", "March"
    if MONTHS.contains(&l.as_str()) && first_upper(w) {
        if l == "may" || l == "march" {
            // the verbs: only with a day or year
            let ok = i + 1 < n
                && (is_day(doc.word(i + 1))
                    || is_year(doc.word(i + 1))
                    || (doc.word(i + 1) == "," && i + 2 < n && is_year(doc.word(i + 2))));
            if !ok {
                return None;
            }
        }
        let mut e = i + 1;
        if e < n && is_day(doc.word(e)) {
            e += 1;
            if e + 1 < n && doc.word(e) == "," && is_year(doc.word(e + 1)) {
                e += 2;
            } else if e < n && is_year(doc.word(e)) {
                e += 1;
            }
        } else if e < n && is_year(doc.word(e)) {
            e += 1;
        } else if e + 1 < n && doc.word(e) == "," && is_year(doc.word(e + 1)) {
            e += 2;
        }
        return Some((e, Label::Date));
    }
    // relative dates
    match l.as_str() {
        "last" | "next" | "this" | "earlier" | "later" if i + 1 < n => {
            let mut j = i + 1;
            if (l == "earlier" || l == "later") && lw(j) == "this" {
                j += 1;
            }
            if j < n
                && matches!(
                    lw(j).as_str(),
                    "week"
                        | "month"
                        | "year"
                        | "weekend"
                        | "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                )
            {
                return Some((j + 1, Label::Date));
            }
            if j < n && WEEKDAYS.contains(&lw(j).as_str()) {
                return Some((j + 1, Label::Date));
            }
        }
        "noon" | "midnight" => return Some((i + 1, Label::Time)),
        _ => {}
    }
    None
}

/// Can word `w` start a date, time, sum or percentage? One hash look-up, no allocation.
fn is_trigger(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let extra: &[&'static str] = &[
            "last", "next", "this", "earlier", "later", "noon", "midnight", "us", "hundreds",
            "millions", "billions", "dm", "a", "c", "hk", "nz", "r", "s", "nt", "z",
        ];
        [MONTHS, WEEKDAYS, CURRENCY_BEFORE, NUMBER_WORDS, extra]
            .concat()
            .into_iter()
            .collect()
    });
    let b = w.as_bytes();
    if b.len() > 12 || !b.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let low = std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
    let glued = ["rm", "rs", "us$"].iter().any(|c| {
        low.len() > c.len() && low.starts_with(c) && low.as_bytes()[c.len()].is_ascii_digit()
    });
    glued || set.contains(low)
}

/// A month or weekday name, any case: "March", "Wed.".
///
/// ```
/// use newsmark::entities::numeric::is_date_word;
/// assert!(is_date_word("Wednesday") && is_date_word("Sept."));
/// assert!(!is_date_word("Europe"));
/// ```
pub fn is_date_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    MONTHS.contains(&w.as_str()) || WEEKDAYS.contains(&w.as_str())
}

fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_day(w: &str) -> bool {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !d.is_empty()
        && d.len() <= 2
        && d.bytes().all(|b| b.is_ascii_digit())
        && d.parse::<u32>().is_ok_and(|v| (1..=31).contains(&v))
        && (d.len() == w.len() || matches!(&w[d.len()..], "st" | "nd" | "rd" | "th"))
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y))
}

/// A bare four-digit number reads as a year unless it counts something:
/// "2000 troops", "$1500", "1998 %".
fn year_context(doc: &Document, i: usize) -> bool {
    let n = doc.tokens.len();
    if i > 0
        && matches!(
            doc.word(i - 1),
            "$" | "€" | "£" | "No." | "no." | "#" | "about" | "some" | "nearly" | "almost" | "than"
        )
    {
        return false;
    }
    if i + 1 >= n {
        return true;
    }
    let next = doc.word(i + 1);
    let t = doc.tokens[i + 1];
    if t.kind != TokenKind::Word {
        return !matches!(next, "%");
    }
    // a plural noun after the number counts it ("1500 people"), unless the
    // number is a determiner's ("the 1994 elections")
    let det = i > 0
        && matches!(
            doc.word(i - 1),
            "the" | "a" | "The" | "A" | "its" | "their" | "his" | "her"
        );
    let plural = next.len() > 3
        && next.ends_with('s')
        && !next.ends_with("ss")
        && next.chars().all(|c| c.is_lowercase())
        && !matches!(
            next,
            "was" | "has" | "is" | "this" | "does" | "goes" | "says"
        );
    det || !plural
}
