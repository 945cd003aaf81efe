//! The quote layer's rules, in the order they run: this table is the map of
//! [`super::find`]. Each names the code that carries it out and shows itself
//! on an invented text; `tests/rules.rs` runs every example with the rule on
//! and off.
//!
//! The proposers find the passages; each quote then takes the first
//! attribution of the cascade that names a speaker (after the quote, before
//! it in its sentence, in the paragraphs around it), else one carried over
//! from a quote next to it; the filters drop what is no quote; the
//! resolution steps pick the speaker mention the entity layer names.

use crate::rules::{no_quote, quote, rule_table, speaker};

rule_table! {
    /// A rule of the quote layer.
    pub enum QuoteRule in "quotes";

    // ---- proposers: the passages (marks.rs, pair.rs; indirect.rs) --------
    MarksPair = "marks-pair",
        "Quote marks of every style, paired paragraph by paragraph, with nesting and the multi-paragraph rule (marks.rs, pair.rs).",
        [quote("“We are ready,” Olaf Brenn said.", "We are ready", Some("Olaf Brenn"))];
    WireDoubleCloser = "wire-double-closer",
        "Two curly single marks in a row (`’’`, `‘‘`) are one double mark, as wire copy writes `''…’’`; as apostrophes the quote ran on into the next sentence (marks.rs).",
        [quote("''The mill will reopen,’’ Dana Whitlow said. The union agreed.", "The mill will reopen", Some("Dana Whitlow"))];
    PossessiveNotCloser = "possessive-not-closer",
        "A plural possessive's mark (`players’`) inside a single-mark quote is an apostrophe when the next single mark of the paragraph can only close: \"‘It’s the players’ decision, not mine,’ he said\" (pair.rs).",
        [quote("‘It’s the players’ decision, not mine,’ Olaf Brenn said.", "It’s the players’ decision, not mine", Some("Olaf Brenn"))];
    SingleRunsOn = "single-runs-on",
        "A single-mark quote still open at its paragraph's end runs on when the next paragraph opens with a single mark, as a double-mark quote does: British copy's long quotes (pair.rs).",
        [quote("Olaf Brenn said: ‘We have done well.\n\n‘But there is more to do.’", "We have done well.\n\n‘But there is more to do", Some("Olaf Brenn"))];
    IndirectThatClause = "indirect-that-clause",
        "Reported speech: a speaker, a reporting verb and \"that\" right after it (\"Putin indicated that …\") (indirect.rs).",
        [quote("Olaf Brenn said that the plan would fail.", "the plan would fail", Some("Olaf Brenn"))];
    IndirectThatAfterObject = "indirect-that-after-object",
        "Reported speech with a few words between the verb and its \"that\": \"told reporters on Monday that …\".",
        [quote("Olaf Brenn told reporters on Monday that the plan would fail.", "the plan would fail", Some("Olaf Brenn"))];
    IndirectPronounClause = "indirect-pronoun-clause",
        "Reported speech with no \"that\": a verb of saying followed by a subject pronoun (\"claiming he feigned interest\").",
        [quote("Ann Coyle said she would run again next year.", "she would run again", Some("Ann Coyle"))];

    // ---- the attribution cascade: after the quote (attribute/after.rs) ---
    AfterSaidX = "after-said-x",
        "Right after the quote, a cue verb and then its speaker: \"“…,” said X\" (not a reported clause's subject: \"“…”, said the book was\").",
        [quote("At the hall, “the vote was close,” said Olaf Brenn.", "the vote was close", Some("Olaf Brenn"))];
    AfterUnknownVerb = "after-unknown-verb",
        "Right after a quote ending in a comma, \"!\" or \"?\", a past form the cue list lacks, before or after a name: \"“…!” beamed X\", \"“…,” an angry X retorted\".",
        [quote("“This is fantastic!” beamed Olaf Brenn.", "This is fantastic", Some("Olaf Brenn"))];
    AfterAccordingTo = "after-according-to",
        "Right after the quote, \"according to X\" (or the agent of \"according to … by X\").",
        [quote("“Prices will rise,” according to Olaf Brenn.", "Prices will rise", Some("Olaf Brenn"))];
    AfterDash = "after-dash",
        "Right after the quote, a dash and a name ending the sentence: \"“…” — X\".",
        [quote("“We stay.” — Olaf Brenn", "We stay", Some("Olaf Brenn"))];
    AfterColonSubject = "after-colon-subject",
        "Right after the quote, a colon, a subject and its cue verb, as British headlines put it: \"‘We were let down’: families speak out\".",
        [quote("‘We were let down’: families of the victims speak out", "We were let down", Some("families"))];
    AfterXSaid = "after-x-said",
        "Right after the quote, a speaker and then the cue verb, across an apposition, a parenthesis or a short \"of\" phrase: \"“…,” X said\".",
        [quote("At the hall, “we stay,” Olaf Brenn, the mayor, said.", "we stay", Some("Olaf Brenn"))];
    LongAfterQuote = "long-after-quote",
        "After a quote that opens its sentence, a longer phrase before the cue verb (up to a comma) or after it: \"“…,” X of the Y Center for Z wrote\".",
        [quote("“No,” Ann Coyle of the Center for Rural Studies at the state university wrote.", "No", Some("Ann Coyle"))];
    AccordingAfterCue = "according-after-cue",
        "A source named with \"according to\" just after the cue is the speaker: \"“…,” X said, according to Y\".",
        [quote("“No,” the mayor said, according to Olaf Brenn.", "No", Some("Olaf Brenn"))];
    TrailingAttribution = "trailing-attribution",
        "An attribution later in the quote's sentence, after a comma, that ends its clause: \"… “the end” for the EU, said X.\".",
        [quote("The vote signals “the end of the affair” for the town, said Olaf Brenn.", "the end of the affair", Some("Olaf Brenn"))];

    // ---- before the quote, in its sentence (attribute/before.rs) ---------
    DashColon = "dash-colon",
        "A name between a dash (or \"More from\", \"From\", \"Here’s\") and the colon opening the quote: \"— X: “…”\".",
        [quote("Late news - Ann Coyle: “It was close.”", "It was close", Some("Ann Coyle"))];
    AccordingBefore = "according-before",
        "\"According to X\" before the quote in its sentence: \"According to X, “…”\".",
        [quote("According to Olaf Brenn, “the talks are over.”", "the talks are over", Some("Olaf Brenn"))];
    CueBefore = "cue-before",
        "A cue verb before the quote in its sentence, with its subject: \"X said: “…”\", \"X called it “…”\".",
        [quote("Ann Coyle nodded and Olaf Brenn said: “We are ready.”", "We are ready", Some("Olaf Brenn"))];
    PlaceInAdjunctSkipped = "place-in-adjunct-skipped",
        "A state after its town, ending a stretch between commas before the cue, is no subject: \"Ann Kell, speaking in Columbus, Ohio, said “…”\" is Kell's.",
        [quote("Ann Kell, at a town hall in Columbus, Ohio, said she was “not going anywhere”.", "not going anywhere", Some("Ann Kell"))];
    CueInQuote = "cue-in-quote",
        "A cue verb (or its subject) inside an earlier quote of the sentence is that quote's word: the search for the cue before the quote starts again after it (“We all agree,” … gave the speaker \"per cent\").",
        [quote("“Prices rose by five per cent, as we warned,” and urged “a full and open review of every single contract.”", "a full and open review", None)];
    NounCue = "noun-cue",
        "A cue's third-person form after an adjective, preposition or possessive is a plural noun, no cue: \"rejected fresh claims that “…”\", \"amid reports\" (cue.rs).",
        [quote("Ann Coyle dismissed fresh claims that the mill “would close by May and never reopen” in her town.", "would close by May", Some("Ann Coyle"))];
    OuterReporter = "outer-reporter",
        "A quote inside a reported clause belongs to the outer reporter: \"X said Y called it “…”\".",
        [quote("Ann Coyle said Olaf Brenn called the plan “a disgrace to the town.”", "a disgrace", Some("Ann Coyle"))];
    CapitalHeadline = "capital-headline",
        "A headline in capitals opening the paragraph right before the quote is its source (a digest item).",
        [quote("HOW THE TOWN VOTED “It was a close call for all of us.”", "a close call", Some("HOW THE TOWN VOTED"))];
    HeadlineNameColon = "headline-name-colon",
        "A headline (short, no full stop) opening with a name and a colon is that name's quote, wherever the quote stands in it: \"Fed's Powell: Rates to stay ‘higher for longer’\" (not after a label: \"Analysis:\").",
        [quote("Ostland's Brenn: Talks will ‘never’ resume", "never", Some("Brenn"))];
    HeadlineFirstPerson = "headline-first-person",
        "A quote opening its paragraph in the first person, then a colon and a capitalised subject with no cue verb, is the subject's, as British headlines put it: \"‘We will fight on’: Ukrainian troops defiant\".",
        [quote("‘We will not give up’: Ostland miners defiant as pits close", "We will not give up", Some("Ostland miners"))];
    AccordingOpening = "according-opening",
        "\"According to X,\" (or \"In a … poll,\") opening the sentence names the source of its quotes, over the cues inside it.",
        [quote("According to Ann Coyle, Olaf Brenn praised his “wonderful donors.”", "wonderful donors", Some("Ann Coyle"))];

    // ---- around the quote's sentence (attribute/paragraph.rs) ------------
    ColonParagraphBefore = "colon-paragraph-before",
        "A quote opening its paragraph takes the cue (or the subject) of the paragraph before when that ends with a colon.",
        [quote("The ministry released the following statement:\n\n“We will appeal the ruling.”", "We will appeal", Some("The ministry"))];
    SignatureDashLine = "signature-dash-line",
        "A short dash line in the paragraph after a quote paragraph signs it: \"“…” ¶ — X\".",
        [quote("“We will not give up on this town.”\n\n— Olaf Brenn", "We will not give up", Some("Olaf Brenn"))];
    SignatureNameLine = "signature-name-line",
        "A person's name (and affiliation) alone in the paragraph after a quote filling its paragraph signs it.",
        [quote("“We will not give up on this town.”\n\nOlaf Brenn, Center for Rural Studies.", "We will not give up", Some("Olaf Brenn"))];
    SentenceBefore = "sentence-before",
        "A quote opening its sentence takes the attribution of the sentence before in its paragraph: its quote's, else its cue's.",
        [quote("Olaf Brenn promised that he would stay. “Let me be clear about this.”", "Let me be clear", Some("Olaf Brenn"))];
    PossessiveSource = "possessive-source",
        "A possessive before a speech noun right before the quote names its source: \"X’s remark that “…”\".",
        [quote("The mural shows Olaf Brenn’s remark that “nothing ever changes in this town.”", "nothing ever changes", Some("Olaf Brenn"))];
    TermSentenceSubject = "term-sentence-subject",
        "A term quoted inside a sentence with no cue belongs to the sentence's person-like subject: \"X dismissed it as “absurd.”\".",
        [quote("Olaf Brenn found the whole affair “absurd.”", "absurd", Some("Olaf Brenn"))];
    TermClauseSubject = "term-clause-subject",
        "For a term in a later clause, the subject of that clause: \"X signed an order, while Y proposed we “wake up.”\".",
        [quote("Ann Coyle signed the order, while Olaf Brenn proposed we “wake up.”", "wake up", Some("Olaf Brenn"))];
    ParagraphBefore = "paragraph-before",
        "A quote opening its paragraph after a paragraph with no quote takes the attribution of that paragraph's last sentence, unless that cites a document (\"according to company filings\").",
        [quote("The ministry explained in a letter that the vote mattered.\n\n“A win for us would change the town.”", "A win for us", Some("The ministry"))];
    PreviousPerson = "previous-person",
        "A quote filling its own paragraph after a paragraph of no long quote takes that paragraph's last person subject.",
        [quote("Olaf Brenn arrived late at the hall.\n\n“We will win.”", "We will win", Some("Olaf Brenn"))];
    EarlierSpeaker = "earlier-speaker",
        "A quote filling its own paragraph, still with no speaker, takes the person who last spoke in the few sentences before it, across a paragraph that cites a document: \"Ann Coyle said … ¶ Sales rose, according to filings. ¶ “…”\".",
        [quote("Olaf Brenn said demand held up.\n\nSales rose 5%, according to company filings.\n\n“We will win.”", "We will win", Some("Olaf Brenn"))];
    InheritBackward = "inherit-backward",
        "A quote with no speaker takes the speaker of the next quote in its paragraph or multi-paragraph chain: \"“A.” “B,” X said.\".",
        [quote("“We stay.” “We fight on,” Olaf Brenn said.", "We stay", Some("Olaf Brenn"))];
    InheritForward = "inherit-forward",
        "A quote with no speaker takes the speaker of the quote before in its paragraph or chain, or of the paragraph before's last quote when it opens its paragraph.",
        [quote("“We will stay in this town,” Olaf Brenn said.\n\n“We fight on.”", "We fight on", Some("Olaf Brenn"))];

    // ---- filters: what is no quote (filters.rs) --------------------------
    DropSingleMark = "drop-single-mark",
        "A top-level quote in single marks (mostly a headline's term) needs a cue of its own.",
        [no_quote("Town braces for ‘a long and bitter winter ahead’ as prices rise", "bitter winter")];
    DropTitleCase = "drop-title-case",
        "A passage in title case (\"“Saturday Night Live”\") needs a cue of its own.",
        [no_quote("Olaf Brenn hosted “The Long Road Home Again” last year.", "The Long Road")];
    DropTitleAfterPossessive = "drop-title-after-possessive",
        "A title after a possessive is a show or a work, whatever the cue: \"X said on MSNBC’s “Morning Joe.”\".",
        [no_quote("Olaf Brenn said on Radio Nord’s “Morning Coffee With Friends.”", "Morning Coffee")];
    DropTitleAfterWork = "drop-title-after-work",
        "A title after a noun for a work (film, book, album, song, series…), with or without a comma, or one holding a year, is the work's or the event's name, whatever the cue: \"The film “Oppenheimer” won seven Oscars, Nolan said\", \"the “Tech Summit – 2031”\".",
        [
            no_quote("The film “Northern Lights Over Tromsø” won, its director Olaf Brenn said.", "Northern Lights"),
            no_quote("The “Harbour Days – 2031” open on Monday, organisers said.", "Harbour Days"),
        ];
    DropMarkup = "drop-markup",
        "A passage whose mark follows \"=\" with no space is markup shown as text (an attribute value: src=\"/a.js\"), not speech, whatever the cue.",
        [no_quote("The widget shows alt=\"a map of the old town and its river\" to readers, Olaf Brenn said.", "a map of the old town")];
    DropNoLetters = "drop-no-letters",
        "A passage with no letter is no quote: attribute values and numbers (tweet-id=\"6901\").",
        [no_quote("The code is “12 34 56 78 90” now, Olaf Brenn said.", "12 34")];
    DropScareQuote = "drop-scare-quote",
        "A quote of at most four words with no speaker is a scare quote or a title, not a quote.",
        [no_quote("The “undercard” debate drew few viewers.", "undercard")];

    // ---- resolution: the speaker mention (resolve.rs) ---------------------
    RoleOfNameSpeaker = "role-of-name-speaker",
        "A name after a role word and \"of\" or \"for\" is no speaker by itself: \"The mayor of London said\" is the mayor's (the whole phrase), not London's; a spokesperson's phrase keeps the body's name (\"A spokesman for Tesco\"); set beside a name, the role gives way to it (\"Ann Kell, chief executive of Veltrix, said\").",
        [
            quote("The mayor of Leeds said the plan was “a disgrace”.", "a disgrace", Some("The mayor of Leeds")),
            quote("Ann Kell, chief executive of Veltrix, a Leeds firm, said it was “a disgrace”.", "a disgrace", Some("Ann Kell")),
        ];
    RelativeClauseSkipped = "relative-clause-skipped",
        "A relative clause with no commas between a subject and its cue is no part of the subject: \"Economists who spoke to Ostland Radio said …\" is the economists', not the radio's.",
        [quote("Economists who spoke to Ostland Radio said rates would stay “higher for longer”.", "higher for longer", Some("Economists"))];
    RelativeWho = "relative-who",
        "A relative \"who\" (\"that\", \"which\") before the cue is the speaker mention, named by the phrase it refers to.",
        [quote("It angered Olaf Brenn, who called the plan “a disgrace.”", "a disgrace", Some("who"))];
    PersonMention = "person-mention",
        "Where the entity layer knows a person inside a capitalised speaker phrase, that person's mention is the speaker mention.",
        [quote("“We stay,” said Acme Corp CEO Olaf Brenn.", "We stay", Some("Olaf Brenn"))];
    SpeakerTitleOff = "speaker-title-off",
        "Title words and nationality adjectives come off the front of a speaker mention: \"Russian President X\" is \"X\"; a mention that is all title stays whole (\"The Prime Minister said\" is \"Prime Minister\", not \"Minister\").",
        [quote("“We stay,” said Defence Secretary Brenn-Coyle.", "We stay", Some("Brenn-Coyle"))];
    EpithetSpeaker = "epithet-speaker",
        "\"the\" and a nationality or an age names the person named before it, as \"he\" does: \"the Italian said\", \"the 65-year-old said\" after \"Chelsea manager X\" (the mention stays the words written).",
        [speaker("Lens coach Ivo Brenner was calm. “We will recover,” the Italian said.", "We will recover", "Ivo Brenner")];
    RoleSynonym = "role-synonym",
        "A bare role word names the person holding the nearest earlier role of its class when no role of its own word does: \"the minister\" after \"Transport Secretary X\", \"the boss\" after \"chief executive X\", \"the premier\" after \"Prime Minister X\" (the mention stays the words written).",
        [
            speaker("Transport Secretary Ann Coyle spoke on Monday.\n\nThe minister said: “We will not back down.”", "We will not back down", "Ann Coyle"),
            speaker("Olaf Brenn, the chief executive of Acme, spoke.\n\nThe boss said: “Sales will recover.”", "Sales will recover", "Olaf Brenn"),
        ];
}

const _: () = assert!(<QuoteRule as crate::rules::RuleEnum>::TABLE.len() <= 128);
