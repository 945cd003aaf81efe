//! Cues: the one list of English reporting verbs ([`VERBS`], hand-written
//! for this project), their forms, and the word classes the phrase finder
//! reads around them (their lists are in [`crate::words::speech`]).
//!
//! ```
//! use newsmark::quotes::cues::{cue, CueClass};
//! assert_eq!(cue("said").map(|c| c.class), Some(CueClass::Say));
//! assert_eq!(cue("Emphasized").map(|c| c.reports), Some(true));
//! assert!(cue("described").is_some_and(|c| !c.reports));
//! assert!(cue("table").is_none());
//! ```

use std::sync::OnceLock;

use crate::maps::StrMap;
use crate::words::{self, has_lower, speech};

/// How a reporting verb frames what follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Verbs of saying that take a quote directly: "said", "added", "wrote".
    Say,
    /// Verbs with an object before the quote: "told", "asked", "called", "described".
    Object,
}

/// What the lexicon knows about one reporting-verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Say or Object.
    pub class: CueClass,
    /// The verb introduces reported speech with "that": "announced that …".
    pub reports: bool,
    /// The form is a present participle ("saying", "noting").
    pub participle: bool,
}

/// Reporting verbs: (lemma, past, class, reports). Regular forms are derived.
pub const VERBS: &[(&str, &str, CueClass, bool)] = {
    use CueClass::*;
    &[
        ("say", "said", Say, true),
        ("tell", "told", Object, true),
        ("write", "wrote", Say, true),
        ("add", "added", Say, true),
        ("ask", "asked", Object, false),
        ("tweet", "tweeted", Say, true),
        ("post", "posted", Say, false),
        ("note", "noted", Say, true),
        ("state", "stated", Say, true),
        ("reply", "replied", Say, true),
        ("explain", "explained", Say, true),
        ("describe", "described", Object, false),
        ("declare", "declared", Say, true),
        ("conclude", "concluded", Say, true),
        ("respond", "responded", Say, true),
        ("recall", "recalled", Say, true),
        ("argue", "argued", Say, true),
        ("call", "called", Object, false),
        ("pledge", "pledged", Say, true),
        ("insist", "insisted", Say, true),
        ("admit", "admitted", Say, true),
        ("acknowledge", "acknowledged", Say, true),
        ("chant", "chanted", Say, false),
        ("promise", "promised", Say, true),
        ("suggest", "suggested", Say, true),
        ("remark", "remarked", Say, true),
        ("assure", "assured", Object, true),
        ("shout", "shouted", Say, false),
        ("yell", "yelled", Say, false),
        ("scream", "screamed", Say, false),
        ("whisper", "whispered", Say, false),
        ("mutter", "muttered", Say, false),
        ("exclaim", "exclaimed", Say, false),
        ("warn", "warned", Say, true),
        ("announce", "announced", Say, true),
        ("claim", "claimed", Say, true),
        ("urge", "urged", Say, false),
        ("vow", "vowed", Say, true),
        ("lament", "lamented", Say, true),
        ("continue", "continued", Say, false),
        ("observe", "observed", Say, true),
        ("emphasize", "emphasized", Say, true),
        ("emphasise", "emphasised", Say, true),
        ("indicate", "indicated", Say, true),
        ("stress", "stressed", Say, true),
        ("predict", "predicted", Say, true),
        ("joke", "joked", Say, true),
        ("quip", "quipped", Say, false),
        ("complain", "complained", Say, true),
        ("counter", "countered", Say, true),
        ("concede", "conceded", Say, true),
        ("confirm", "confirmed", Say, true),
        ("deny", "denied", Say, true),
        ("maintain", "maintained", Say, true),
        ("muse", "mused", Say, false),
        ("testify", "testified", Say, true),
        ("boast", "boasted", Say, true),
        ("brag", "bragged", Say, true),
        ("caution", "cautioned", Say, true),
        ("report", "reported", Say, true),
        ("reiterate", "reiterated", Say, true),
        ("answer", "answered", Say, false),
        ("contend", "contended", Say, true),
        ("assert", "asserted", Say, true),
        ("allege", "alleged", Say, true),
        ("charge", "charged", Say, true),
        ("recount", "recounted", Say, false),
        ("proclaim", "proclaimed", Say, true),
        ("retort", "retorted", Say, false),
        ("reveal", "revealed", Say, true),
        ("disclose", "disclosed", Say, true),
        ("inform", "informed", Object, true),
        ("remind", "reminded", Object, true),
        ("advise", "advised", Object, true),
        ("demand", "demanded", Say, true),
        ("wonder", "wondered", Say, false),
        ("agree", "agreed", Say, true),
        ("estimate", "estimated", Say, true),
        ("signal", "signaled", Say, true),
        ("hint", "hinted", Say, true),
        ("read", "read", Say, false),
        ("plead", "pleaded", Say, false),
        ("sigh", "sighed", Say, false),
        ("snap", "snapped", Say, false),
        ("accuse", "accused", Object, false),
        ("label", "labeled", Object, false),
        ("dub", "dubbed", Object, false),
        ("blast", "blasted", Object, false),
        ("praise", "praised", Object, false),
        ("criticize", "criticized", Object, false),
        ("criticise", "criticised", Object, false),
        ("slam", "slammed", Object, false),
        ("hail", "hailed", Object, false),
        ("speak", "spoke", Say, false),
        ("label", "labelled", Object, false),
        ("signal", "signalled", Say, true),
        ("summarize", "summarized", Say, false),
        ("begin", "began", Say, false),
        ("elaborate", "elaborated", Say, true),
        ("blame", "blamed", Object, false),
        ("question", "questioned", Say, false),
        ("quote", "quoted", Object, false),
        ("point", "pointed", Say, true),
        ("fire", "fired", Say, false),
        ("shoot", "shot", Say, false),
        ("react", "reacted", Say, false),
        ("riff", "riffed", Say, false),
        ("remember", "remembered", Say, true),
        ("characterize", "characterized", Object, false),
        ("interject", "interjected", Say, false),
        ("reason", "reasoned", Say, true),
        ("opine", "opined", Say, true),
        ("scoff", "scoffed", Say, false),
        ("thunder", "thundered", Say, false),
        ("marvel", "marveled", Say, false),
        ("acknowledge", "acknowledged", Say, true),
        // Found on polnear_train among gold cues the list above missed.
        ("mock", "mocked", Say, false),
        ("bark", "barked", Say, false),
        ("vent", "vented", Say, false),
        ("bemoan", "bemoaned", Say, false),
        ("imply", "implied", Say, false),
        ("put", "put", Say, false),
        ("go", "went", Say, false),
        ("refer", "referred", Object, false),
        ("cite", "cited", Object, false),
        ("denounce", "denounced", Object, false),
        ("condemn", "condemned", Object, false),
        ("dismiss", "dismissed", Object, false),
        ("thank", "thanked", Object, false),
        ("credit", "credited", Object, false),
    ]
};

fn forms(lemma: &str, past: &str) -> Vec<String> {
    let mut v = vec![lemma.to_string(), past.to_string()];
    // Third person.
    if lemma.ends_with('y') && !lemma.ends_with("ay") && !lemma.ends_with("ey") {
        v.push(format!("{}ies", &lemma[..lemma.len() - 1]));
    } else if lemma.ends_with('s') || lemma.ends_with("sh") || lemma.ends_with("ch") {
        v.push(format!("{lemma}es"));
    } else {
        v.push(format!("{lemma}s"));
    }
    // Participle: drop a silent e, double a final consonant where the past does.
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else if past.len() == lemma.len() + 3 && past.ends_with("ed") {
        // brag → bragged → bragging
        format!("{}{}ing", lemma, &lemma[lemma.len() - 1..])
    } else {
        format!("{lemma}ing")
    };
    v.push(ing);
    if lemma == "write" {
        v.push("written".into());
    }
    v
}

static TABLE: OnceLock<StrMap<Cue>> = OnceLock::new();

/// Builds the cue table now if it was not yet; true when it was not.
pub(crate) fn warm() -> bool {
    let cold = TABLE.get().is_none();
    table();
    cold
}

fn table() -> &'static StrMap<Cue> {
    TABLE.get_or_init(|| {
        let mut m = StrMap::default();
        for &(lemma, past, class, reports) in VERBS {
            for f in forms(lemma, past) {
                let participle = f.ends_with("ing");
                m.insert(
                    f,
                    Cue {
                        class,
                        reports,
                        participle,
                    },
                );
            }
        }
        m
    })
}

/// The reporting verb `word` is a form of, if any (case-insensitive).
pub fn cue(word: &str) -> Option<Cue> {
    if word.len() > 16 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // lower-cased on the stack: this runs for every word of the text
    let mut buf = [0u8; 16];
    let low = &mut buf[..word.len()];
    low.copy_from_slice(word.as_bytes());
    low.make_ascii_lowercase();
    table().get(std::str::from_utf8(low).ok()?).copied()
}

/// Subject pronouns that can attribute a quote ([`speech::SUBJECT_PRONOUNS`];
/// "they're", "she'd" and "I've" count).
pub fn is_subject_pronoun(w: &str) -> bool {
    let w = w.split(['\'', '’']).next().unwrap_or(w);
    has_lower(speech::SUBJECT_PRONOUNS, w)
}

/// Determiners and quantifiers that begin a noun phrase
/// ([`speech::DETERMINERS`], any case).
pub fn is_determiner(w: &str) -> bool {
    has_lower(speech::DETERMINERS, w)
}

/// Auxiliaries and adverbs that may stand between a subject and its cue
/// verb ([`speech::AUXILIARIES`], [`speech::ADVERBS_BEFORE_CUE`], any case;
/// negations; lower-case words in -ly).
pub fn is_aux_or_adverb(w: &str) -> bool {
    has_lower(speech::AUXILIARIES, w)
        || has_lower(speech::ADVERBS_BEFORE_CUE, w)
        || ends_with_lower(w, "n't")
        || ends_with_lower(w, "n’t")
        // A capitalised "-ly" word is a name ("the Daily Caller", "Megyn
        // Kelly"); callers reading a sentence's first word lower-case it.
        || (w.len() > 4
            && ends_with_lower(w, "ly")
            && w.chars().next().is_some_and(char::is_lowercase)
            && !has_lower(speech::LY_NOT_ADVERBS, w))
}

/// Does `w`, in ASCII lower case, end with `tail` (itself lower case)?
fn ends_with_lower(w: &str, tail: &str) -> bool {
    w.len() >= tail.len()
        && w.is_char_boundary(w.len() - tail.len())
        && w[w.len() - tail.len()..].eq_ignore_ascii_case(tail)
}

/// Words that never belong inside a speaker's noun phrase
/// ([`speech::STOP_WORDS`] and [`speech::AUXILIARIES`], any case).
pub fn is_stop(w: &str) -> bool {
    has_lower(speech::AUXILIARIES, w) || has_lower(speech::STOP_WORDS, w)
}

/// Lower-case words that may sit inside a name-bearing phrase
/// ([`speech::ROLE_WORDS`] and a team's [`words::SPORTS_ROLES`], any case):
/// "Kremlin spokesman Dmitry Peskov", "Leeds captain Ann Vell".
pub fn is_role_word(w: &str) -> bool {
    has_lower(speech::ROLE_WORDS, w) || has_lower(words::SPORTS_ROLES, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_derived() {
        for w in [
            "says",
            "saying",
            "told",
            "telling",
            "noting",
            "bragging",
            "testifies",
            "stresses",
            "replied",
            "wrote",
        ] {
            assert!(cue(w).is_some(), "{w}");
        }
        assert!(cue("noting").unwrap().participle);
        assert!(!cue("noted").unwrap().participle);
        assert_eq!(cue("called").unwrap().class, CueClass::Object);
        assert!(cue("the").is_none() && cue("").is_none() && cue("Ушаков").is_none());
    }

    #[test]
    fn word_classes() {
        assert!(is_subject_pronoun("She") && !is_subject_pronoun("her"));
        assert!(
            is_determiner("The") && is_aux_or_adverb("reportedly") && !is_aux_or_adverb("Italy")
        );
        assert!(is_stop("who") && is_role_word("spokesman") && !is_role_word("said"));
    }
}
