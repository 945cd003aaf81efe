//! The words around speech that the quote layer reads, each list once,
//! sorted: looked up with [`super::has`] (or [`super::has_lower`] for the
//! lists in lower case), checked by the test below. The reporting verbs
//! themselves, with their classes, are [`crate::quotes::cues`].

use super::Words;

/// Reporting verbs whose base form is also a common noun ("the report", "his claim"): a verb only after a subject-like word.
pub const NOUNISH: Words = words![
    "answer", "bark", "blast", "boast", "call", "caution", "chant", "charge", "cite", "claim",
    "comment", "counter", "credit", "cry", "demand", "estimate", "fire", "hint", "joke", "label",
    "lament", "mock", "muse", "note", "plead", "pledge", "post", "promise", "question", "quip",
    "remark", "reply", "report", "retort", "shout", "signal", "state", "tweet", "vent", "vow",
    "warning",
];
/// Subject pronouns that can attribute a quote, in lower case.
pub const SUBJECT_PRONOUNS: Words = words!["he", "i", "it", "she", "they", "we", "you"];
/// Personal pronouns that may own a quoted term as a sentence's subject (not "it", not "you"), in lower case.
pub const SPEAKING_PRONOUNS: Words = words!["he", "i", "she", "they", "we"];
/// Determiners and quantifiers that begin a noun phrase, in lower case.
pub const DETERMINERS: Words = words![
    "a", "an", "another", "both", "each", "few", "four", "her", "his", "its", "many", "most", "my",
    "no", "one", "other", "our", "several", "some", "the", "their", "these", "this", "those",
    "three", "two", "your",
];
/// Auxiliary and modal verbs, in lower case: "has", "was", "would", "must".
pub const AUXILIARIES: Words = words![
    "are", "be", "been", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may",
    "might", "must", "should", "was", "were", "will", "would",
];
/// Adverbs and reflexives that may stand between a subject and its cue verb ("he also said"), in lower case; besides these, lower-case words in -ly.
pub const ADVERBS_BEFORE_CUE: Words = words![
    "again",
    "already",
    "also",
    "always",
    "earlier",
    "even",
    "first",
    "further",
    "herself",
    "himself",
    "instead",
    "just",
    "last",
    "later",
    "never",
    "not",
    "now",
    "often",
    "once",
    "only",
    "simply",
    "sometimes",
    "soon",
    "still",
    "themselves",
    "then",
    "twice",
];
/// Words in -ly that are no adverbs.
pub const LY_NOT_ADVERBS: Words = words!["ally", "family", "italy", "reply", "supply"];
/// Words that never belong inside a speaker's noun phrase, in lower case: prepositions, conjunctions, relative and question words, object pronouns (with the auxiliaries, [`AUXILIARIES`]).
pub const STOP_WORDS: Words = words![
    "about",
    "according",
    "across",
    "after",
    "against",
    "along",
    "also",
    "although",
    "amid",
    "among",
    "and",
    "around",
    "as",
    "at",
    "because",
    "before",
    "behind",
    "beside",
    "between",
    "but",
    "by",
    "despite",
    "during",
    "for",
    "from",
    "he",
    "here",
    "him",
    "how",
    "i",
    "if",
    "in",
    "inside",
    "into",
    "it",
    "just",
    "me",
    "nor",
    "not",
    "of",
    "on",
    "or",
    "over",
    "said",
    "says",
    "she",
    "since",
    "so",
    "than",
    "that",
    "them",
    "then",
    "there",
    "they",
    "though",
    "through",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "us",
    "via",
    "we",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yet",
    "you",
];
/// Lower-case words that may sit inside a name-bearing phrase: "Kremlin spokesman Dmitry Peskov", "Trump campaign manager Corey Lewandowski".
pub const ROLE_WORDS: Words = words![
    "activist",
    "administrator",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "attorney",
    "author",
    "businessman",
    "businesswoman",
    "campaign",
    "candidate",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "co",
    "columnist",
    "commentator",
    "commissioner",
    "comptroller",
    "congressman",
    "congresswoman",
    "consultant",
    "contender",
    "correspondent",
    "counsel",
    "dean",
    "delegate",
    "deputy",
    "detective",
    "director",
    "dr",
    "economist",
    "editor",
    "envoy",
    "executive",
    "expert",
    "foreign",
    "former",
    "founder",
    "front-runner",
    "frontrunner",
    "general",
    "gov",
    "governor",
    "head",
    "historian",
    "hopeful",
    "host",
    "journalist",
    "judge",
    "justice",
    "lawmaker",
    "lawyer",
    "leader",
    "mayor",
    "member",
    "mep",
    "minister",
    "moderator",
    "mp",
    "mr",
    "mrs",
    "ms",
    "msp",
    "negotiator",
    "nominee",
    "officer",
    "official",
    "operative",
    "organiser",
    "organizer",
    "owner",
    "pastor",
    "policy",
    "pollster",
    "premier",
    "president",
    "press",
    "producer",
    "professor",
    "prosecutor",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rival",
    "scientist",
    "secretary",
    "sen",
    "senator",
    "senior",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "state",
    "strategist",
    "superintendent",
    "treasurer",
    "vice",
    "whip",
    "writer",
];
/// Nouns for people and the bodies that speak for them ("officials", "the campaign", "a poll"): a phrase ending in one may report speech.
pub const PEOPLE_NOUNS: Words = words![
    "administration",
    "advisers",
    "advisors",
    "agency",
    "aides",
    "analysts",
    "authorities",
    "campaign",
    "committee",
    "company",
    "critics",
    "diplomats",
    "experts",
    "government",
    "group",
    "investigators",
    "lawmakers",
    "leaders",
    "ministry",
    "observers",
    "officers",
    "officials",
    "opponents",
    "people",
    "police",
    "poll",
    "report",
    "residents",
    "source",
    "sources",
    "spokespeople",
    "statement",
    "study",
    "supporters",
    "survey",
    "witnesses",
];
/// Nouns for something said or written, whose possessive names its source: "her claim that she “…”", "Bush’s Facebook post:".
pub const SPEECH_NOUNS: Words = words![
    "accusation",
    "admission",
    "answer",
    "argument",
    "assertion",
    "assumption",
    "boast",
    "call",
    "calls",
    "catchphrase",
    "claim",
    "claims",
    "comment",
    "comments",
    "declaration",
    "description",
    "dictum",
    "email",
    "insistence",
    "joke",
    "line",
    "message",
    "phrase",
    "plea",
    "pledge",
    "post",
    "prediction",
    "promise",
    "quip",
    "remark",
    "remarks",
    "reply",
    "response",
    "retort",
    "slogan",
    "statement",
    "suggestion",
    "tweet",
    "vow",
    "warning",
    "words",
];
/// Possessive pronouns before a speech noun: "his past comments".
pub const POSSESSIVE_PRONOUNS: Words = words!["Her", "His", "Their", "her", "his", "their"];
/// Conjunctions and adverbs that open a sentence before its subject: "But then, he …".
pub const LEADING_CONNECTIVES: Words =
    words!["Also", "And", "But", "Now", "So", "Still", "Then", "Yet"];
/// Lower-case adverbs between a sentence's opening and its subject: "And then Trump went …".
pub const INNER_CONNECTIVES: Words = words!["also", "now", "still", "then"];
/// Words after a sentence-opening "One" that make a time phrase, not a subject ("One day"; but "One operative … tried").
pub const ONE_TIME_NOUNS: Words = words![
    "afternoon",
    "day",
    "evening",
    "month",
    "morning",
    "night",
    "of",
    "time",
    "week",
    "year",
];
/// Words (and the semicolon) that open a clause inside a sentence, whose subject may own a quoted term: "…, while Huckabee proposed we “…”".
pub const CLAUSE_SUBORDINATORS: Words = words![
    ";", "although", "as", "because", "though", "when", "where", "whereas", "which", "while",
];
/// Words that follow a time phrase, not a subject ("A month later", "Eight years ago"), and the time nouns themselves.
pub const TIME_AFTER: Words = words![
    "after", "ago", "before", "days", "decades", "earlier", "hours", "later", "minutes", "months",
    "weeks", "years",
];
/// Common irregular past forms a subject may precede: "she sent", "he paid".
pub const IRREGULAR_PASTS: Words = words![
    "became", "began", "bought", "brought", "came", "chose", "felt", "found", "gave", "got",
    "heard", "held", "kept", "knew", "led", "left", "lost", "made", "met", "paid", "put", "ran",
    "sat", "saw", "sent", "spoke", "stood", "thought", "took", "went", "won",
];
/// Past forms of cue verbs not in -ed, after which a quantifier alone is a subject: "Another said", "Many wrote".
pub const PAST_CUES: Words = words!["began", "put", "read", "said", "told", "went", "wrote"];
/// Capitalised function words that open a phrase but no name.
pub const PREPOSITION_CAPS: Words = words![
    "After", "Although", "And", "As", "At", "Because", "Before", "But", "By", "For", "From", "If",
    "In", "It", "Like", "Not", "On", "Or", "Since", "So", "That", "Then", "There", "This",
    "Though", "Until", "When", "While", "With",
];
/// Phrases joining a source to what it knows, inside a speaker phrase: "a
/// source close to the talks", "people familiar with the matter" (words
/// joined by one space).
pub const SOURCE_BRIDGES: Words = words![
    "aware of",
    "briefed on",
    "close to",
    "familiar with",
    "involved in",
    "with direct knowledge of",
    "with knowledge of",
];
/// Labels that open a headline before a colon and name no one: "Analysis:
/// Why the Fed's ‘soft landing’ may not last".
pub const HEADLINE_LABELS: Words = words![
    "Analysis",
    "Breaking",
    "Comment",
    "Editorial",
    "Exclusive",
    "Explainer",
    "Factbox",
    "Focus",
    "Interview",
    "Live",
    "Opinion",
    "Poll",
    "Review",
    "Update",
    "Video",
    "Watch",
];
/// Words of a speaker about themselves (lower case): a quote holding one is
/// speech, not a title.
pub const FIRST_PERSON: Words = words![
    "i", "i'd", "i'll", "i'm", "i've", "i’d", "i’ll", "i’m", "i’ve", "me", "my", "our", "us", "we",
    "we'll", "we're", "we've", "we’ll", "we’re", "we’ve",
];
/// Quantifiers that stand alone as a subject: "Another said", "Many wrote".
pub const QUANTIFIERS_ALONE: Words = words![
    "Another", "Both", "Few", "Five", "Four", "Many", "Most", "Others", "Several", "Some", "Three",
    "Two", "another", "both", "few", "five", "four", "many", "most", "others", "several", "some",
    "three", "two",
];
/// Capitalised words that open sentences but name no one ("Nothing", "Meanwhile"), and prepositions and subordinators opening a fronted phrase ("Amid responses …, X provided"). Unlike [`crate::words::OPENERS`] (words never inside a name), this holds adverbs and quantifiers that may be a name elsewhere.
pub const NO_SUBJECT_OPENERS: Words = words![
    "After",
    "Again",
    "Although",
    "Amid",
    "Among",
    "Anyone",
    "As",
    "At",
    "Because",
    "Before",
    "Besides",
    "By",
    "Days",
    "Despite",
    "During",
    "Earlier",
    "Even",
    "Everybody",
    "Everyone",
    "Finally",
    "First",
    "Following",
    "For",
    "From",
    "Here",
    "Hours",
    "However",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Last",
    "Later",
    "Maybe",
    "Meanwhile",
    "Moreover",
    "Next",
    "No",
    "Nobody",
    "Nothing",
    "Now",
    "Often",
    "On",
    "One",
    "Others",
    "Perhaps",
    "Since",
    "Someone",
    "Sometimes",
    "Still",
    "Such",
    "Therefore",
    "Though",
    "Through",
    "Thus",
    "Today",
    "Under",
    "Unlike",
    "Well",
    "When",
    "While",
    "With",
    "Without",
    "Yes",
    "Yesterday",
];
/// Prepositions of a short phrase between a subject and its cue: "Beck, who has in the past described".
pub const PHRASE_PREPOSITIONS: Words =
    words!["after", "at", "during", "for", "in", "on", "over", "since"];
/// Time nouns of a short phrase between a subject and its cue: "Feinstein last week said".
pub const TIME_UNITS: Words = words!["month", "night", "week", "weekend", "year"];
/// Words before a time noun in that phrase: "last week", "this month".
pub const TIME_DEICTICS: Words = words!["last", "next", "that", "this"];
/// Tokens before a word that make it open its clause: "…, and many argued".
pub const CLAUSE_JOINERS: Words = words![",", "And", "But", "Yet", "and", "but", "yet"];
/// Verbs of naming, not speech, right before a quoted name: "a show called “Brokers”".
pub const NAMING_VERBS: Words = words!["called", "dubbed", "labeled", "named", "titled"];
/// Words that may open the speaker's phrase of a longer slot after a quote (with capitalised names): "“…,” the senator said", "“…,” said one of those advisers".
pub const SLOT_DETERMINERS: Words =
    words!["a", "an", "another", "her", "his", "its", "one", "the", "their", "this"];
/// Prepositions of a phrase between a subject and its cue after a quote: "“…,” a spokesman for the campaign said".
pub const SLOT_PREPOSITIONS: Words = words!["at", "for", "from", "in", "of", "with"];
/// Forms of "be": a passive is no attribution ("“…,” it was reported").
pub const BE_FORMS: Words = words!["are", "be", "been", "being", "is", "was", "were"];
/// Particles and prepositions that may follow a verb of saying the lexicon lacks: "the crowd cried out".
pub const PARTICLES_AFTER_VERB: Words = words!["at", "back", "from", "in", "on", "out", "to"];
/// Words after a cue that still end its attribution: "…, Wilders said on Monday."
pub const CLAUSE_END_WORDS: Words = words![
    "according",
    "after",
    "and",
    "as",
    "at",
    "before",
    "by",
    "during",
    "earlier",
    "from",
    "in",
    "last",
    "later",
    "of",
    "on",
    "recently",
    "this",
    "to",
    "told",
    "via",
    "when",
    "while",
    "who",
    "with",
];
/// Words and punctuation that end the short run read back from a reported clause's subject to its reporter: a comma, a conjunction, a subordinator.
pub const REPORTED_CLAUSE_BREAKS: Words = words![
    "(", ")", ",", ":", ";", "after", "although", "and", "as", "because", "before", "but", "if",
    "or", "since", "than", "though", "until", "when", "while",
];
/// Words and punctuation that end the search for "according to" after a cue: another clause begins ("…, and according to the agency he left").
pub const ACCORDING_BREAKS: Words =
    words!["!", ".", ":", ";", "?", "and", "because", "but", "or", "when", "while"];
/// Small words a title-case passage may hold in lower case: "Master of the Universe".
pub const TITLE_SMALL_WORDS: Words = words![
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];
/// Nouns for works before a work's title in quote marks: "the film
/// “Oppenheimer”". Not "titled": PolNeAR counts an ad or memo "titled “…”"
/// as the campaign's words.
pub const WORK_NOUNS: Words = words![
    "album",
    "article",
    "autobiography",
    "biography",
    "book",
    "documentary",
    "drama",
    "episode",
    "essay",
    "exhibition",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "opera",
    "play",
    "podcast",
    "poem",
    "programme",
    "report",
    "series",
    "show",
    "single",
    "sitcom",
    "song",
    "thriller",
];
/// A poll, survey or study opening a sentence ("In a … poll,") is its source.
pub const DOCUMENT_NOUNS: Words = words!["poll", "study", "survey"];
/// Lower-case words after a person's name that are no verb: the name is no clause's subject ("Trump and …", "Trump of …").
pub const NOT_VERBS_AFTER_NAME: Words =
    words!["and", "at", "for", "in", "of", "on", "or", "to", "who", "whose", "with"];
/// Words that may open a speaker's title phrase and come off before a name ("Russian President Vladimir Putin"), compared without a final period; with nationality adjectives in -ian, -ese, -ish. Unlike [`crate::words::TITLES`], it holds the first words of titles ("Foreign", "Former", "Prime", "Vice"), not titles alone, in their capitalised form.
pub const SPEAKER_TITLES: Words = words![
    "Ambassador",
    "Attorney",
    "Chancellor",
    "Chief",
    "Dame",
    "Defence",
    "Defense",
    "Dr",
    "Foreign",
    "Former",
    "Gen",
    "General",
    "Gov",
    "Governor",
    "Interior",
    "Judge",
    "Justice",
    "King",
    "Leader",
    "Lord",
    "Mayor",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Pope",
    "Premier",
    "President",
    "Prime",
    "Prince",
    "Queen",
    "Rep",
    "Secretary",
    "Sen",
    "Senator",
    "Sir",
    "Speaker",
    "State",
    "Vice",
];
/// Nationality adjectives that open a speaker's title phrase and do not end in -ian, -ese or -ish (exact case, no period).
pub const NATIONAL_ADJECTIVES: Words = words!["American", "French", "German", "Israeli"];
/// Relative pronouns that stand for a phrase before them as a speaker mention: "Beck, who said".
pub const RELATIVE_PRONOUNS: Words = words!["that", "which", "who"];
/// Capitalised words that look like names but never speak: months (not "May", a name too), "Today", "Tonight" (with the weekdays, [`crate::words::is_weekday`]). Unlike [`crate::words::MONTHS`], exact case and no abbreviations, so "march" stays a verb.
pub const TIME_NAMES: Words = words![
    "April",
    "August",
    "December",
    "February",
    "January",
    "July",
    "June",
    "March",
    "November",
    "October",
    "September",
    "Today",
    "Tomorrow",
    "Tonight",
    "Yesterday",
];
/// Frequent verbs that end a subject read rightwards: "His office | put out".
pub const COMMON_VERBS: Words = words![
    "became", "becomes", "began", "begins", "brought", "came", "comes", "feels", "felt", "finds",
    "found", "gave", "gets", "gives", "goes", "got", "held", "holds", "keeps", "kept", "knew",
    "know", "knows", "leads", "leaves", "led", "left", "let", "lets", "lost", "made", "make",
    "makes", "meets", "met", "need", "needs", "paid", "pays", "put", "puts", "ran", "runs", "saw",
    "see", "seem", "seems", "sees", "sends", "sent", "set", "sets", "take", "takes", "think",
    "thinks", "thought", "took", "want", "wants", "went", "won",
];
/// Given names that are also function words or months: a name only before another capitalised word or a verb of saying ("Will Doyle", "May said").
pub const NAME_LIKE_WORDS: Words = words!["April", "Bill", "Don", "June", "May", "Rand", "Will"];
/// Cue verbs capitalised at a sentence's start, which are no part of a name: "Said Trump: …".
pub const CAPITALISED_CUES: Words =
    words!["Added", "Asked", "Said", "Says", "Stated", "Told", "Wrote"];
/// The possessive endings with an s ("Ryan’s"): not the bare apostrophe of "Sanders’", which [`crate::words::POSSESSIVES`] also holds.
pub const POSSESSIVE_S: Words = words!["'S", "'s", "’S", "’s"];
/// Words that open reported speech straight after a verb of saying: "claiming he feigned interest".
pub const CLAUSE_PRONOUNS: Words = words!["I", "he", "she", "there", "they", "we"];
/// Words after a comma that end reported content: "…, while others waited".
pub const CONTENT_BREAKS: Words = words![
    "according",
    "although",
    "and",
    "as",
    "but",
    "even",
    "he",
    "she",
    "they",
    "though",
    "whereas",
    "while",
];
/// Elided words written with a leading apostrophe: `'em`, `'til`, `'cause`.
pub const ELISIONS: Words = words!["bout", "cause", "cos", "em", "n", "nuff", "til", "tis", "twas"];
/// Pronouns that stand for a person named before them.
pub const PERSONAL_PRONOUNS: Words = words!["he", "her", "him", "his", "she"];

/// Words before a plural noun that is also a cue's third-person form
/// ("fresh claims", "amid reports", "its calls"): adjectives, prepositions
/// and possessives, never a subject (`noun-cue`).
pub const NOUN_CUE_BEFORE: Words = words![
    "about",
    "after",
    "against",
    "amid",
    "angry",
    "baseless",
    "despite",
    "earlier",
    "false",
    "following",
    "fresh",
    "further",
    "initial",
    "its",
    "latest",
    "loud",
    "my",
    "new",
    "our",
    "over",
    "recent",
    "renewed",
    "repeated",
    "similar",
    "such",
    "unfounded",
    "wild",
    "with",
    "your",
];

/// Every list here, by name, for the test in [`super`] that
/// [`Words::has`] finds each word of each.
pub const LISTS: &[(&str, Words)] = &[
    ("NOUNISH", NOUNISH),
    ("SUBJECT_PRONOUNS", SUBJECT_PRONOUNS),
    ("SPEAKING_PRONOUNS", SPEAKING_PRONOUNS),
    ("DETERMINERS", DETERMINERS),
    ("AUXILIARIES", AUXILIARIES),
    ("ADVERBS_BEFORE_CUE", ADVERBS_BEFORE_CUE),
    ("LY_NOT_ADVERBS", LY_NOT_ADVERBS),
    ("STOP_WORDS", STOP_WORDS),
    ("ROLE_WORDS", ROLE_WORDS),
    ("PEOPLE_NOUNS", PEOPLE_NOUNS),
    ("SPEECH_NOUNS", SPEECH_NOUNS),
    ("POSSESSIVE_PRONOUNS", POSSESSIVE_PRONOUNS),
    ("LEADING_CONNECTIVES", LEADING_CONNECTIVES),
    ("INNER_CONNECTIVES", INNER_CONNECTIVES),
    ("ONE_TIME_NOUNS", ONE_TIME_NOUNS),
    ("CLAUSE_SUBORDINATORS", CLAUSE_SUBORDINATORS),
    ("TIME_AFTER", TIME_AFTER),
    ("IRREGULAR_PASTS", IRREGULAR_PASTS),
    ("PAST_CUES", PAST_CUES),
    ("PREPOSITION_CAPS", PREPOSITION_CAPS),
    ("QUANTIFIERS_ALONE", QUANTIFIERS_ALONE),
    ("FIRST_PERSON", FIRST_PERSON),
    ("HEADLINE_LABELS", HEADLINE_LABELS),
    ("NO_SUBJECT_OPENERS", NO_SUBJECT_OPENERS),
    ("PHRASE_PREPOSITIONS", PHRASE_PREPOSITIONS),
    ("TIME_UNITS", TIME_UNITS),
    ("TIME_DEICTICS", TIME_DEICTICS),
    ("CLAUSE_JOINERS", CLAUSE_JOINERS),
    ("NAMING_VERBS", NAMING_VERBS),
    ("SLOT_DETERMINERS", SLOT_DETERMINERS),
    ("SLOT_PREPOSITIONS", SLOT_PREPOSITIONS),
    ("BE_FORMS", BE_FORMS),
    ("PARTICLES_AFTER_VERB", PARTICLES_AFTER_VERB),
    ("CLAUSE_END_WORDS", CLAUSE_END_WORDS),
    ("REPORTED_CLAUSE_BREAKS", REPORTED_CLAUSE_BREAKS),
    ("ACCORDING_BREAKS", ACCORDING_BREAKS),
    ("TITLE_SMALL_WORDS", TITLE_SMALL_WORDS),
    ("WORK_NOUNS", WORK_NOUNS),
    ("DOCUMENT_NOUNS", DOCUMENT_NOUNS),
    ("NOT_VERBS_AFTER_NAME", NOT_VERBS_AFTER_NAME),
    ("SPEAKER_TITLES", SPEAKER_TITLES),
    ("NATIONAL_ADJECTIVES", NATIONAL_ADJECTIVES),
    ("RELATIVE_PRONOUNS", RELATIVE_PRONOUNS),
    ("TIME_NAMES", TIME_NAMES),
    ("COMMON_VERBS", COMMON_VERBS),
    ("NAME_LIKE_WORDS", NAME_LIKE_WORDS),
    ("CAPITALISED_CUES", CAPITALISED_CUES),
    ("POSSESSIVE_S", POSSESSIVE_S),
    ("CLAUSE_PRONOUNS", CLAUSE_PRONOUNS),
    ("CONTENT_BREAKS", CONTENT_BREAKS),
    ("ELISIONS", ELISIONS),
    ("PERSONAL_PRONOUNS", PERSONAL_PRONOUNS),
    ("NOUN_CUE_BEFORE", NOUN_CUE_BEFORE),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_lists_are_lower_case() {
        for list in [
            NOUNISH,
            SUBJECT_PRONOUNS,
            SPEAKING_PRONOUNS,
            DETERMINERS,
            AUXILIARIES,
            ADVERBS_BEFORE_CUE,
            LY_NOT_ADVERBS,
            STOP_WORDS,
            ROLE_WORDS,
            PEOPLE_NOUNS,
            PERSONAL_PRONOUNS,
            NOUN_CUE_BEFORE,
        ] {
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{list:?}");
        }
    }
}
