//! Segmentation: paragraphs, sentences and tokens, in one linear pass each.
//!
//! Every later stage works on a [`Document`]. Offsets are UTF-8 byte offsets
//! into the original text, and every token, sentence and paragraph lies on
//! character boundaries.
//!
//! ```
//! let doc = newsmark::segment::segment("Mr. Putin’s aides met. U.S. talks\nended.");
//! let words: Vec<&str> = doc.tokens.iter().map(|t| doc.token_text(t)).collect();
//! assert_eq!(words, ["Mr.", "Putin", "’s", "aides", "met", ".", "U.S.", "talks", "ended", "."]);
//! assert_eq!(doc.sentences.len(), 3);
//! assert_eq!(doc.paragraphs.len(), 2);
//! ```

use crate::words::Words;
use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and marks), possibly with inner apostrophes or periods: `don't`, `U.S.`.
    Word,
    /// Digits, possibly with inner `,` `.` `:`: `1,000`, `3.5`, `10:30`.
    Number,
    /// Anything else, one character at a time: `,` `“` `—` `$`.
    Punct,
}

/// A token: a word, a number or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Start (byte offset).
    pub start: usize,
    /// End (byte offset, exclusive).
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
    /// True when white space (or the start of the text) comes right before it.
    pub space_before: bool,
}

/// A sentence: a run of tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Start of the first token.
    pub start: usize,
    /// End of the last token.
    pub end: usize,
    /// The indices of its tokens in [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A paragraph: one line of the input (blank lines are skipped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Start of the first token.
    pub start: usize,
    /// End of the last token.
    pub end: usize,
    /// The indices of its sentences in [`Document::sentences`].
    pub sentences: Range<usize>,
    /// The indices of its tokens in [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A segmented text.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    /// The text itself.
    pub text: &'a str,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// All sentences, in order; each ends inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// All paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

impl<'a> Document<'a> {
    /// The text of a token.
    pub fn token_text(&self, t: &Token) -> &'a str {
        &self.text[t.start..t.end]
    }

    /// The text of token `i`, or `""` past the last token: the stages look a
    /// few tokens ahead and behind, and a text may end anywhere ("“No,” said").
    ///
    /// ```
    /// let doc = newsmark::segment::segment("“No,” said");
    /// assert_eq!(doc.word(4), "said");
    /// assert_eq!(doc.word(5), "");
    /// ```
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    /// The index of the first token that ends after byte `offset`
    /// (the token containing it, or the next one): a binary search.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= offset)
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }
}

/// Words that end with a period which does not end the sentence.
const ABBREVIATIONS: Words = words![
    "Adm", "Apr", "Ariz", "Aug", "Ave", "Blvd", "Brig", "Bros", "Calif", "Capt", "Cmdr", "Co",
    "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Dr", "Feb", "Fla", "Fri", "Ft", "Gen", "Gov",
    "Hon", "Ill", "Inc", "Insp", "Jan", "Jr", "Ky", "Lt", "Ltd", "Maj", "Mar", "Mass", "Mich",
    "Minn", "Mon", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Okla", "Ore", "Penn",
    "Pres", "Prof", "Pvt", "Rd", "Rep", "Rev", "Sat", "Sen", "Sep", "Sept", "Sgt", "Sr", "St",
    "Sun", "Supt", "Tenn", "Thu", "Tue", "Va", "Wash", "Wed", "Wis", "al", "approx", "cf", "est",
    "etc", "vs",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks and joiners that belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x200C | 0x200D | 0xFE00..=0xFE0F)
        || (matches!(c as u32, 0x0900..=0x0DFF) && !c.is_alphanumeric())
}

/// Is `c` a long dash: an em dash, an en dash or a horizontal bar
/// ("WASHINGTON ― …", as HuffPost writes datelines)? The one list of dash
/// glyphs; callers add "-" or "--" where they take those too.
///
/// ```
/// use newsmark::segment::is_dash_char;
/// assert!(is_dash_char('—') && is_dash_char('―') && !is_dash_char('-'));
/// ```
pub fn is_dash_char(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Is the token `w` a long dash ([`is_dash_char`]) alone?
///
/// ```
/// use newsmark::segment::is_dash_word;
/// assert!(is_dash_word("―") && !is_dash_word("—x") && !is_dash_word("--"));
/// ```
pub fn is_dash_word(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(is_dash_char) && c.next().is_none()
}

/// Apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Splits `text` into tokens. Linear in the length of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    while i < text.len() {
        let c = next_char(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            space_before = true;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            i += 1;
            while i < text.len() {
                let b = bytes[i];
                if b.is_ascii_digit() {
                    i += 1;
                } else if matches!(b, b',' | b'.' | b':')
                    && bytes.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                {
                    i += 2;
                } else {
                    break;
                }
            }
            // "1990s", "3rd", "5pm", "20th": letters glued to a number stay with it.
            while i < text.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            i += c.len_utf8();
            // Is the word so far single letters joined by periods ("U", "U.S",
            // "p.m")? Kept as the word grows, so the word is never rescanned:
            // rescanning at every period made "U.S.U.S.…" quadratic.
            let mut initialism = true;
            let mut part_chars = 1;
            loop {
                if i >= text.len() {
                    break;
                }
                let d = next_char(text, i);
                if is_word_char(d) {
                    i += d.len_utf8();
                    part_chars += 1;
                    initialism &= part_chars == 1;
                    continue;
                }
                let after = i + d.len_utf8();
                let next = text.get(after..).and_then(|s| s.chars().next());
                if is_apostrophe(d) && next.is_some_and(char::is_alphabetic) {
                    // "’s" at the end of a word is a possessive: a token of its own.
                    let rest = &text[after..];
                    let possessive = (rest.starts_with('s') || rest.starts_with('S'))
                        && !rest[1..].chars().next().is_some_and(is_word_char);
                    if possessive {
                        break;
                    }
                    i = after;
                    // an apostrophe makes the part longer than one letter
                    initialism = false;
                    continue;
                }
                if d == '.' && next.is_some_and(|n| n.is_alphabetic()) && initialism {
                    // "U.S", "p.m": single letters joined by periods.
                    i = after;
                    part_chars = 0;
                    continue;
                }
                break;
            }
            // A period that belongs to the word: "U.S.", "Mr.", "W." (an initial).
            if bytes.get(i) == Some(&b'.') {
                let w = &text[start..i];
                let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                if w.contains('.') || initial || ABBREVIATIONS.has(w) {
                    i += 1;
                }
            }
        } else if is_apostrophe(c)
            && text[i + c.len_utf8()..].starts_with(['s', 'S'])
            && !text[i + c.len_utf8() + 1..]
                .chars()
                .next()
                .is_some_and(is_word_char)
            && !space_before
        {
            kind = TokenKind::Word;
            i += c.len_utf8() + 1;
        } else {
            kind = TokenKind::Punct;
            i += c.len_utf8();
        }
        tokens.push(Token {
            start,
            end: i,
            kind,
            space_before,
        });
        space_before = false;
    }
    tokens
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// Segments `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Document<'_> {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    let bytes = text.as_bytes();
    let mut para_start_tok = 0;
    let mut para_start_sent = 0;
    let mut sent_start = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let next = tokens.get(i + 1);
        let newline_after = match next {
            Some(n) => bytes[t.end..n.start].contains(&b'\n'),
            None => true,
        };
        let ends_sentence =
            newline_after || next.is_some_and(|n| sentence_break(text, &tokens, i, n));
        if ends_sentence {
            sentences.push(Sentence {
                start: tokens[sent_start].start,
                end: t.end,
                tokens: sent_start..i + 1,
            });
            sent_start = i + 1;
        }
        if newline_after {
            paragraphs.push(Paragraph {
                start: tokens[para_start_tok].start,
                end: t.end,
                sentences: para_start_sent..sentences.len(),
                tokens: para_start_tok..i + 1,
            });
            para_start_tok = i + 1;
            para_start_sent = sentences.len();
        }
    }
    Document {
        text,
        tokens,
        sentences,
        paragraphs,
    }
}

/// Does a sentence end after token `i`, given the token that follows?
fn sentence_break(text: &str, tokens: &[Token], i: usize, next: &Token) -> bool {
    let t = &tokens[i];
    let w = &text[t.start..t.end];
    let next_text = &text[next.start..next.end];
    let next_starts = next_text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opening(c));
    if !next.space_before || !next_starts {
        return false;
    }
    match w {
        "." | "!" | "?" | "…" => true,
        // A closing quote or bracket after the sentence's final mark.
        "”" | "\"" | "’" | "'" | "»" | ")" => {
            i > 0
                && matches!(
                    &text[tokens[i - 1].start..tokens[i - 1].end],
                    "." | "!" | "?" | "…"
                )
                && tokens[i - 1].end == t.start
        }
        // "… with the U.S. The talks": an initialism ends the sentence when a
        // capitalised function word follows.
        _ if t.kind == TokenKind::Word && w.ends_with('.') && w.matches('.').count() > 1 => {
            matches!(
                next_text,
                "The"
                    | "A"
                    | "An"
                    | "He"
                    | "She"
                    | "It"
                    | "They"
                    | "We"
                    | "I"
                    | "But"
                    | "In"
                    | "This"
            )
        }
        _ => false,
    }
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '[')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_initialisms_and_split_possessives() {
        assert_eq!(
            words("U.S.-proposed deal"),
            ["U.S.", "-", "proposed", "deal"]
        );
        assert_eq!(
            words("Russia’s demands, students’ fees"),
            ["Russia", "’s", "demands", ",", "students", "’", "fees"]
        );
        assert_eq!(
            words("don't at 3 p.m. on $5.5 million"),
            ["don't", "at", "3", "p.m.", "on", "$", "5.5", "million"]
        );
        assert_eq!(words("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(words("the 1990s, 5%"), ["the", "1990s", ",", "5", "%"]);
    }

    #[test]
    fn dotted_letters_run_on_as_one_initialism() {
        // one token however long: "U.S.U.S" is single letters joined by periods
        assert_eq!(words("U.S.U.S. talks"), ["U.S.U.S.", "talks"]);
        assert_eq!(words("a.b.c.d"), ["a.b.c.d"]);
        // a part of two letters ends the run at its period
        assert_eq!(words("U.Sa.b"), ["U.Sa.", "b"]);
        assert_eq!(words("O'N.B"), ["O'N", ".", "B"]);
    }

    #[test]
    fn tokens_cover_unicode_and_stay_on_boundaries() {
        let text = "Zoë Café\u{301} 東京 😀👍🏽 naïve";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(
            words(text),
            ["Zoë", "Café\u{301}", "東京", "😀", "👍", "🏽", "naïve"]
        );
    }

    #[test]
    fn sentences_split_on_final_marks_not_abbreviations() {
        let doc = segment(
            "Mr. Smith met Dr. Jones. “Yes,” he said. Then U.S. officials left!\nNext line",
        );
        let s: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| &doc.text[s.start..s.end])
            .collect();
        assert_eq!(
            s,
            [
                "Mr. Smith met Dr. Jones.",
                "“Yes,” he said.",
                "Then U.S. officials left!",
                "Next line"
            ]
        );
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[1].sentences, 3..4);
    }

    #[test]
    fn empty_and_blank_texts_have_no_segments() {
        for text in ["", "  \n\n\t "] {
            let doc = segment(text);
            assert!(doc.tokens.is_empty() && doc.sentences.is_empty() && doc.paragraphs.is_empty());
        }
    }

    #[test]
    fn lookups_find_the_enclosing_segment() {
        let doc = segment("One two. Three four.");
        assert_eq!(doc.token_at(5), 1);
        assert_eq!(doc.sentence_of(4), 1);
    }
}
