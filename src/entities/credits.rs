//! Wire copy's credit line (`wire-credit-person`): "(Reporting by Priya
//! Raman in Pune and Tom Lee in London; Editing by Mark Potter)". The
//! capitalised words after a credit's "by" are people, one a piece between
//! commas and "and", less a place after "in" or "at"; the credit's own words
//! ("Editing") are no names. The tagger, which learnt from 1996 copy that has
//! no such lines, reads them as anything.

use super::rules::EntityRule::WireCreditPerson;
use super::span::{Cx, Span};
use crate::types::Label;
use crate::words::{self, has};

/// A staff member's name is at most this many words ("Mary Ann de Souza").
const CREDIT_NAME_WORDS: usize = 4;

/// `names` with the people of every credit line: each replaces the names it
/// overlaps, and names on a credit's words are dropped.
pub fn wire_credits(cx: &Cx, mut names: Vec<Span>) -> Vec<Span> {
    if !cx.on(WireCreditPerson) {
        return names;
    }
    let mut people: Vec<Span> = Vec::new();
    let mut credits: Vec<(usize, usize)> = Vec::new();
    for k in 1..cx.tokens.len() {
        if cx.word(k) != "by" || !has(words::CREDIT_WORDS, cx.word(k - 1)) {
            continue;
        }
        // "Reporting by", or "Additional reporting by"
        let opener = match k - 1 {
            c if c > 0 && cx.word(c - 1) == "Additional" => c - 1,
            c => c,
        };
        // a credit opens its line, a bracket or a part after ";"
        let sentence = &cx.sentences[cx.sentence_of(k)].tokens;
        let opens = opener == sentence.start
            || opener > 0 && matches!(cx.word(opener - 1), "(" | "[" | ";");
        if !opens {
            continue;
        }
        credits.push((cx.tokens[opener].start, cx.tokens[k].end));
        let end = sentence.end;
        let mut j = k + 1;
        loop {
            let s = j;
            while j < end && j - s < CREDIT_NAME_WORDS && cx.capitalised(j) {
                j += 1;
            }
            if j == s {
                break;
            }
            let (a, b) = (cx.tokens[s].start, cx.tokens[j - 1].end);
            people.push(Span::new(a, b, Label::Person, WireCreditPerson));
            // where the reporter was: "in Pune"
            if matches!(cx.word(j), "in" | "at") {
                j += 1;
                while j < end && cx.capitalised(j) {
                    j += 1;
                }
            }
            match cx.word(j) {
                "," if cx.word(j + 1) == "and" => j += 2,
                "," | "and" => j += 1,
                _ => break,
            }
        }
    }
    if people.is_empty() {
        return names;
    }
    // Both lists are in text order and do not overlap within themselves: a
    // binary search finds the one range that could overlap a name (a scan
    // of them for every name was quadratic in a text of credit lines).
    let hits = |ranges: &[(usize, usize)], x: &Span| {
        let i = ranges.partition_point(|r| r.1 <= x.start);
        ranges.get(i).is_some_and(|r| r.0 < x.end)
    };
    let taken: Vec<(usize, usize)> = people.iter().map(|p| (p.start, p.end)).collect();
    names.retain(|x| !hits(&taken, x) && !hits(&credits, x));
    names.extend(people);
    crate::sort::sort_by_offset(&mut names, |x| x.start);
    names
}
