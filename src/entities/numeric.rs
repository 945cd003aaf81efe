//! Dates, times, sums of money and percentages, found by hand-written
//! scanners over the tokens (no regular expressions, linear time).
//!
//! Each kind of match is a rule of its own (`money-symbol`, `date-month`,
//! …, in [`super::rules`]), named in the spans it proposes.
//!
//! ```
//! use newsmark::{segment::segment, entities::{numeric::scan, span::Cx}, Label};
//! let text = "On Tuesday, March 3, 2024, at 3 p.m. shares fell 5% to $5 million.";
//! let doc = segment(text);
//! let cx = Cx::new(&doc, Default::default());
//! let found: Vec<(&str, Label)> = scan(&cx).iter().map(|s| (&text[s.start..s.end], s.label)).collect();
//! assert_eq!(found, [("Tuesday", Label::Date), ("March 3, 2024", Label::Date), ("3 p.m.", Label::Time),
//!                    ("5%", Label::Percent), ("$5 million", Label::Money)]);
//! ```

use std::sync::OnceLock;

use super::rules::EntityRule::{self, *};
use super::span::{Cx, Span};
use crate::maps::StrIds;
use crate::segment::TokenKind;
use crate::types::Label;
use crate::words::{
    has, is_possessive, looks_plural, Lower, CLOCK_WORDS, CURRENCY_AFTER, CURRENCY_AMBIGUOUS,
    CURRENCY_BEFORE, CURRENCY_GLUED, CURRENCY_SYMBOLS, DETERMINERS_BEFORE_YEAR, DOLLAR_COUNTRIES,
    HOLIDAYS, HOLIDAY_DAYS, MONTHS, MONTHS_SHORT, MONTH_TIME_WORDS, NOT_PLURAL_NOUNS,
    NUMBER_WORDS_ALONE, NUMBER_WORDS_IN_PHRASE, RELATIVE_DATE_STARTS, RELATIVE_DATE_UNITS, SCALES,
    TIME_ZONES, VIDEO_LINES, WEEKDAYS, YEAR_COUNT_WORDS,
};

fn is_symbol(w: &str) -> bool {
    has(CURRENCY_SYMBOLS, w)
}

/// A number word of either kind ([`NUMBER_WORDS_ALONE`], [`NUMBER_WORDS_IN_PHRASE`]).
fn is_number_word(l: &str) -> bool {
    has(NUMBER_WORDS_ALONE, l) || has(NUMBER_WORDS_IN_PHRASE, l)
}

/// The labelled spans found in the document, in order, not overlapping;
/// each names the rule that found it.
pub fn scan(cx: &Cx) -> Vec<Span> {
    let n = cx.tokens.len();
    let lw = |i: usize| -> String { cx.word(i).lower() };
    let is_num = |i: usize| i < n && cx.tokens[i].kind == TokenKind::Number;
    let mut out: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < n {
        let w = cx.word(i);
        let kind = cx.tokens[i].kind;
        // cheap filter, without allocating: only tokens that can start something
        if !(kind == TokenKind::Number || is_symbol(w) || is_trigger(w)) {
            i += 1;
            continue;
        }
        let Some((end, label, rule)) = at(cx, i, &lw, &is_num).filter(|m| cx.on(m.2)) else {
            i += 1;
            continue;
        };
        let mut start = cx.tokens[i].start;
        // "'60s"
        if label == Label::Date
            && w.len() == 3
            && i > 0
            && matches!(cx.word(i - 1), "'" | "’")
            && !cx.tokens[i].space_before
            && out.last().map_or(true, |l| l.end <= cx.tokens[i - 1].start)
        {
            start = cx.tokens[i - 1].start;
        }
        out.push(Span::new(start, cx.tokens[end - 1].end, label, rule));
        // "1997-98", "2024–25": the second year too
        if cx.on(DateYearRange)
            && label == Label::Date
            && end + 1 < n
            && matches!(cx.word(end), "-" | "–")
            && !cx.tokens[end].space_before
            && !cx.tokens[end + 1].space_before
            && cx.word(end + 1).len() == 2
            && is_num(end + 1)
        {
            let t = cx.tokens[end + 1];
            out.push(Span::new(t.start, t.end, Label::Date, DateYearRange));
            i = end + 2;
            continue;
        }
        i = end;
    }
    out
}

/// A number phrase starting at token `i`: digits or number words, with
/// scale words ("5.5 million", "half a million", "hundreds of millions of").
/// Returns the end token.
fn number_phrase(cx: &Cx, i: usize, lw: &dyn Fn(usize) -> String) -> Option<usize> {
    let n = cx.tokens.len();
    let mut j = i;
    let mut saw = false;
    while j < n {
        let t = cx.tokens[j];
        let l = lw(j);
        // "a" counts only before a number or scale word ("half a million"),
        // never after a whole sum ("$3 billion a year ago")
        let lone_a =
            l == "a" && !(j + 1 < n && (has(SCALES, &lw(j + 1)) || is_number_word(&lw(j + 1))));
        if t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word && (is_number_word(&l) || has(SCALES, &l)) && !lone_a)
        {
            saw = true;
            j += 1;
        } else if saw && (l == "-" || l == "of") && j + 1 < n {
            let nl = lw(j + 1);
            if has(SCALES, &nl) || is_number_word(&nl) {
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
        has(NUMBER_WORDS_ALONE, l)
            || matches!(l, "hundreds" | "thousands" | "millions" | "billions")
    };
    if !saw || (j == i + 1 && cx.tokens[i].kind != TokenKind::Number && !lone_ok(lw(i).as_str())) {
        return None;
    }
    Some(j)
}

/// What starts at token `i`: its end token, label and the rule that found it.
fn at(
    cx: &Cx,
    i: usize,
    lw: &dyn Fn(usize) -> String,
    is_num: &dyn Fn(usize) -> bool,
) -> Option<(usize, Label, EntityRule)> {
    let n = cx.tokens.len();
    let w = cx.word(i);
    let l = lw(i);
    let kind = cx.tokens[i].kind;
    // MONEY: symbol or code before a number
    let glued_code = kind == TokenKind::Word
        && CURRENCY_GLUED.bytes().any(|c| {
            l.as_bytes().starts_with(c)
                && l.len() > c.len()
                && l.as_bytes()[c.len()..].iter().all(u8::is_ascii_digit)
        });
    if glued_code {
        let mut j = i + 1;
        // "RM120,000": the tokenizer splits the glued thousands
        while j + 1 < n
            && cx.word(j) == ","
            && !cx.tokens[j].space_before
            && is_num(j + 1)
            && !cx.tokens[j + 1].space_before
        {
            j += 2;
        }
        while j < n && has(SCALES, &lw(j)) {
            j += 1;
        }
        return Some((j, Label::Money, MoneyGluedCode));
    }
    if is_symbol(w) || (has(CURRENCY_BEFORE, &l) && w != "DM" || (w == "DM" && is_num(i + 1))) {
        // "US$": "US" "$"
        let start_num = i + 1;
        if let Some(end) = (start_num < n)
            .then(|| number_phrase(cx, start_num, lw))
            .flatten()
        {
            if is_num(start_num) {
                return Some((end, Label::Money, MoneySymbol));
            }
        }
        return None;
    }
    // "US$", "A$", "C$", "HK$", "NZ$", "R$", "S$": a country's letters glued to "$"
    if has(DOLLAR_COUNTRIES, w)
        && i + 1 < n
        && cx.word(i + 1) == "$"
        && !cx.tokens[i + 1].space_before
    {
        if let Some(end) = number_phrase(cx, i + 2, lw) {
            return Some((end, Label::Money, MoneyCountryDollar));
        }
    }
    // numbers: percent, money after, time, dates with years
    if kind == TokenKind::Number
        || has(NUMBER_WORDS_ALONE, &l)
        || l == "half"
        || l == "hundreds"
        || l == "millions"
        || l == "billions"
    {
        let end = number_phrase(cx, i, lw)?;
        // "2 to 5 percent", "2-5%", "between 4 and 6 per cent": a range
        // takes the unit of its end
        let range = |j: String| {
            matches!(j.as_str(), "to" | "-" | "–") || j == "and" && i > 0 && lw(i - 1) == "between"
        };
        if kind == TokenKind::Number && end + 1 < n && range(lw(end)) && is_num(end + 1) {
            if let Some(e2) = number_phrase(cx, end + 1, lw) {
                let unit = if e2 < n { lw(e2) } else { String::new() };
                if unit == "%" || unit == "percent" || unit == "pct" {
                    return Some((e2 + 1, Label::Percent, PercentRange));
                }
                if unit == "per" && e2 + 1 < n && lw(e2 + 1) == "cent" {
                    return Some((e2 + 2, Label::Percent, PercentRange));
                }
            }
        }
        if end < n {
            let next = lw(end);
            if next == "%" || next == "percent" || next == "pct" {
                return Some((end + 1, Label::Percent, Percent));
            }
            if next == "per" && end + 1 < n && lw(end + 1) == "cent" {
                return Some((end + 2, Label::Percent, Percent));
            }
            if next == "percentage" && end + 1 < n && lw(end + 1) == "points" {
                return None;
            }
            // "5,000 won", "3bn won", not "the 49ers won"
            let amount = kind == TokenKind::Number
                && matches!(
                    w.trim_start_matches(|c: char| !c.is_ascii_alphabetic()),
                    "" | "k" | "m" | "bn" | "tn"
                );
            let ambiguous = has(CURRENCY_AMBIGUOUS, &next);
            if has(CURRENCY_AFTER, &next) && (!ambiguous || amount) {
                let mut e = end + 1;
                if e < n && lw(e) == "sterling" {
                    e += 1;
                }
                return Some((e, Label::Money, MoneyCurrencyAfter));
            }
            if next == "of" && end + 1 < n && has(CURRENCY_AFTER, &lw(end + 1)) {
                return Some((end + 2, Label::Money, MoneyCurrencyAfter));
            }
            if kind == TokenKind::Number && has(CLOCK_WORDS, &next) {
                let mut e = end + 1;
                if e < n && has(TIME_ZONES, &lw(e)) {
                    e += 1;
                }
                return Some((e, Label::Time, TimeClock));
            }
        }
        if kind == TokenKind::Number {
            // "3pm", "10:30am", "9.45pm" (British)
            if l.ends_with("am") || l.ends_with("pm") {
                let d = &l[..l.len() - 2];
                let (h, m) = d.split_once([':', '.']).unwrap_or((d, "00"));
                let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
                if (1..=2).contains(&h.len()) && m.len() == 2 && digits(h) && digits(m) {
                    return Some((i + 1, Label::Time, TimeClock));
                }
            }
            // "fell 12p to 340p", "a 5.5p dividend": pence in British copy
            // (a word of its own, not a piece of a link: "t.co/0j8F5E4p")
            let alone = || {
                (i == 0
                    || cx.tokens[i].space_before
                    || !cx.word(i - 1).ends_with(char::is_alphanumeric))
                    && (i + 1 == n
                        || cx.tokens[i + 1].space_before
                        || !cx.word(i + 1).starts_with(char::is_alphanumeric))
            };
            if let Some(d) = w.strip_suffix('p').filter(|_| alone()) {
                let (a, b) = d.split_once('.').unwrap_or((d, "0"));
                let digits =
                    |x: &str| (1..=4).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
                if digits(a) && digits(b) && !has(VIDEO_LINES, d) {
                    return Some((i + 1, Label::Money, MoneyPence));
                }
            }
            // "10:30" followed by a.m. handled above; bare "22:30"
            if l.len() == 5
                && l.as_bytes()[2] == b':'
                && l.bytes().filter(|b| b.is_ascii_digit()).count() == 4
            {
                return Some((i + 1, Label::Time, TimeHoursMinutes));
            }
            // "3 March 2024", "21 July"
            if end == i + 1 && l.len() <= 2 && i + 1 < n && has(MONTHS, &lw(i + 1)) {
                let mut e = i + 2;
                if e < n && is_year(cx.word(e)) {
                    e += 1;
                }
                return Some((e, Label::Date, DateDayMonth));
            }
            // decades "1990s", "80s" ("'60s": the apostrophe glued before is
            // taken in by the caller)
            if (l.len() == 5 || l.len() == 3)
                && l.ends_with('s')
                && l[..l.len() - 1].ends_with('0')
                && l[..l.len() - 1].bytes().all(|b| b.is_ascii_digit())
            {
                return Some((i + 1, Label::Date, DateDecade));
            }
            if end == i + 1 && is_year(w) && year_context(cx, i) {
                return Some((i + 1, Label::Date, DateYear));
            }
        }
        return None;
    }
    // holidays: "Christmas", "Easter Monday"
    if cx.on(DateHoliday) && has(HOLIDAYS, w) {
        let day = i + 1 < n && has(HOLIDAY_DAYS, cx.word(i + 1));
        return Some((i + 1 + usize::from(day), Label::Date, DateHoliday));
    }
    // weekdays (not an abbreviation after "the": "told The Sun.")
    let paper = l.ends_with('.') && i > 0 && matches!(cx.word(i - 1), "The" | "the");
    if has(WEEKDAYS, &l) && first_upper(w) && !paper {
        return Some((i + 1, Label::Date, DateWeekday));
    }
    // months: "March 3, 2024", "March 2024", "March"
    let short = has(MONTHS_SHORT, &l);
    if (short || has(MONTHS, &l)) && first_upper(w) {
        if l == "may" || l == "march" || short {
            // the verbs, and wire copy's short forms ("Jan 15", where "Jan"
            // alone is a given name): only with a day or year; "May" and
            // "March" also after a word that puts them in time ("ended in
            // May", "early March"; not "in May's cabinet")
            let ok = i + 1 < n
                && (is_day(cx.word(i + 1))
                    || is_year(cx.word(i + 1))
                    || (cx.word(i + 1) == "," && i + 2 < n && is_year(cx.word(i + 2))))
                || !short
                    && i > 0
                    && has(MONTH_TIME_WORDS, cx.word(i - 1))
                    && (i + 1 == n || !is_possessive(cx.word(i + 1)) && !cx.capitalised(i + 1));
            if !ok {
                return None;
            }
        }
        let mut e = i + 1;
        if e < n && is_day(cx.word(e)) {
            e += 1;
            if e + 1 < n && cx.word(e) == "," && is_year(cx.word(e + 1)) {
                e += 2;
            } else if e < n && is_year(cx.word(e)) {
                e += 1;
            }
        } else if e < n && is_year(cx.word(e)) {
            e += 1;
        } else if e + 1 < n && cx.word(e) == "," && is_year(cx.word(e + 1)) {
            e += 2;
        }
        return Some((e, Label::Date, DateMonth));
    }
    // relative dates
    if has(RELATIVE_DATE_STARTS, &l) && i + 1 < n {
        let mut j = i + 1;
        if (l == "earlier" || l == "later") && lw(j) == "this" {
            j += 1;
        }
        if j < n && has(RELATIVE_DATE_UNITS, &lw(j)) {
            return Some((j + 1, Label::Date, DateRelative));
        }
        if j < n && has(WEEKDAYS, &lw(j)) {
            return Some((j + 1, Label::Date, DateRelative));
        }
    }
    if matches!(l.as_str(), "noon" | "midnight" | "tonight") {
        return Some((i + 1, Label::Time, TimeNoon));
    }
    if matches!(l.as_str(), "today" | "yesterday" | "tomorrow") {
        // a capital after a word is a name: "Radio 4's Today programme"
        let title = first_upper(w)
            && w.bytes().any(|b| b.is_ascii_lowercase())
            && i > 0
            && cx.tokens[i - 1].kind == TokenKind::Word;
        if !title {
            return Some((i + 1, Label::Date, DateDeictic));
        }
    }
    // "first quarter", "third-quarter", "Q2": a quarter of a year (and its year)
    let ordinal = matches!(
        l.as_str(),
        "first" | "second" | "third" | "fourth" | "1st" | "2nd" | "3rd" | "4th"
    );
    let mut q = if ordinal { i + 1 } else { i };
    if ordinal && cx.glued_hyphen(q) {
        q += 1;
    }
    let quarter = ordinal && q < n && lw(q) == "quarter" || matches!(w, "Q1" | "Q2" | "Q3" | "Q4");
    if quarter {
        let mut e = if ordinal { q + 1 } else { i + 1 };
        if e + 1 < n && lw(e) == "of" && is_year(cx.word(e + 1)) {
            e += 2;
        } else if e < n && is_year(cx.word(e)) {
            e += 1;
        }
        return Some((e, Label::Date, DateQuarter));
    }
    // "the second half of 2025": a half only with its year (a match has
    // halves too)
    let half = matches!(l.as_str(), "first" | "second") && q < n && lw(q) == "half";
    if half && q + 2 < n && lw(q + 1) == "of" && is_year(cx.word(q + 2)) {
        return Some((q + 3, Label::Date, DateQuarter));
    }
    None
}

/// The words that can start a date, time, sum or percentage, each to 0.
static TRIGGERS: OnceLock<StrIds> = OnceLock::new();

/// Builds the trigger set now if it was not yet; true when it was not.
pub(crate) fn warm() -> bool {
    let cold = TRIGGERS.get().is_none();
    is_trigger("");
    cold
}

/// Can word `w` start a date, time, sum or percentage? One hash look-up, no allocation.
fn is_trigger(w: &str) -> bool {
    let set = TRIGGERS.get_or_init(|| {
        let extra = words![
            "1st",
            "2nd",
            "3rd",
            "4th",
            "a",
            "billions",
            "c",
            "dm",
            "first",
            "fourth",
            "hk",
            "hundreds",
            "midnight",
            "millions",
            "noon",
            "nt",
            "nz",
            "q1",
            "q2",
            "q3",
            "q4",
            "r",
            "s",
            "second",
            "third",
            "today",
            "tomorrow",
            "tonight",
            "us",
            "yesterday",
            "z",
        ];
        [
            MONTHS,
            MONTHS_SHORT,
            WEEKDAYS,
            CURRENCY_BEFORE,
            NUMBER_WORDS_ALONE,
            NUMBER_WORDS_IN_PHRASE,
            RELATIVE_DATE_STARTS,
            extra,
        ]
        .iter()
        .flat_map(|l| l.iter())
        .map(str::to_string)
        // (written with a capital in their list: the set is in lower case)
        .chain(HOLIDAYS.iter().map(|w| w.to_ascii_lowercase()))
        .map(|w| (w, 0))
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
    let glued = CURRENCY_GLUED.bytes().any(|c| {
        low.len() > c.len()
            && low.as_bytes().starts_with(c)
            && low.as_bytes()[c.len()].is_ascii_digit()
    });
    glued || set.contains_key(low)
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

/// A year written in four digits, from 1800 to 2099 ("2004").
pub(crate) fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..=2099).contains(&y))
}

/// A bare four-digit number reads as a year unless it counts something:
/// "2000 troops", "$1500", "1998 %".
fn year_context(cx: &Cx, i: usize) -> bool {
    let n = cx.tokens.len();
    if i > 0 && has(YEAR_COUNT_WORDS, cx.word(i - 1)) {
        return false;
    }
    if i + 1 >= n {
        return true;
    }
    let next = cx.word(i + 1);
    let t = cx.tokens[i + 1];
    if t.kind != TokenKind::Word {
        return !matches!(next, "%");
    }
    // a plural noun after the number counts it ("1500 people"), unless the
    // number is a determiner's ("the 1994 elections")
    let det = i > 0 && has(DETERMINERS_BEFORE_YEAR, cx.word(i - 1));
    let plural = next.len() > 3
        && looks_plural(next)
        && next.chars().all(|c| c.is_lowercase())
        && !has(NOT_PLURAL_NOUNS, next);
    det || !plural
}
