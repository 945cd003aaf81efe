//! The entity layer's rules, in the order they run: this table is the map of
//! [`super::recognise`]. Each names the code that carries it out (the
//! variant is used at the rule's site) and shows itself on an invented text;
//! `tests/rules.rs` runs every example with the rule on and off.

use crate::rules::{entity, grouped, no_entity, role, rule_table, speaker};
use crate::types::Label::{Date, Loc, Misc, Money, Norp, Org, Percent, Person, Time};

rule_table! {
    /// A rule of the entity layer.
    pub enum EntityRule in "entities";

    // ---- proposers: the tagger, then each name's own clean-up (clean.rs) --
    Tagger = "tagger",
        "Names of people, organisations, places and other things, tagged by the averaged perceptron (tagger.rs).",
        [entity("Vladimir Putin met Olaf Brenn in Oslo.", "Olaf Brenn", Person)];
    TrimStart = "trim-start",
        "Punctuation and \"the\" come off the front of a name.",
        [entity("The Marrow Trust closed.", "Marrow Trust", Org).tagged(&[("The Marrow Trust", Org)])];
    CompanyNounOpener = "company-noun-opener",
        "A noun for a company that opens the sentence comes off the name after it: \"Grocers Tesco said\", \"Carmaker Kelvo\" (not a head word: \"Bank of England\").",
        [entity("Carmaker Kelvo cut prices.", "Kelvo", Org).tagged(&[("Carmaker Kelvo", Org)])];
    TrimEnd = "trim-end",
        "Punctuation, a possessive, a small joining word (of, and, &), a last lower-case word, a score (\"Celtics 112-105\") or a sum (\"Barclays £40\") comes off the end of a name.",
        [
            entity("Officials at the Zentra Agency’s office left.", "Zentra Agency", Org).tagged(&[("Zentra Agency’s", Org)]),
            entity("Ravenswood beat Kelmore Rovers 3-1 at home.", "Kelmore Rovers", Org).tagged(&[("Ravenswood", Org), ("Kelmore Rovers 3-1", Org)]),
            // a full stop ends the sentence, not the name (an abbreviation's is
            // part of its word: "Acme Corp.")
            entity("The loan went to Kelvo Steel.", "Kelvo Steel", Org).tagged(&[("Kelvo Steel.", Org)]),
            entity("Regulators fined Kelvo Bank £40 million.", "Kelvo Bank", Org).tagged(&[("Kelvo Bank £40", Org)]),
        ];
    TrimWeekday = "trim-weekday",
        "A weekday at the end of a name is a date, not part of the name.",
        [entity("The fans packed Kelmore Park Saturday.", "Kelmore Park", Loc).tagged(&[("Kelmore Park Saturday", Loc)])];
    GivenNameSyllable = "given-name-syllable",
        "A person's given name runs on over a hyphen and a short lower-case syllable (\"Kim Jong-un\").",
        [entity("Talks with Kim Jong-un ended.", "Kim Jong-un", Person).tagged(&[("Kim Jong", Person)])];
    CutHyphenLower = "cut-hyphen-lowercase",
        "A name ends at a hyphen before a lower-case word: \"U.S.-proposed\" names \"U.S.\" (not at a particle glued to a capitalised word: \"Inzamam-ul-Haq\"); a known place so cut out of a MISC name, or read alone before such a hyphen, is a place (\"London-based\", \"the Seattle-based retailer\").",
        [
            entity("The U.S.-proposed deal was signed.", "U.S.", Loc).tagged(&[("U.S.-proposed", Loc)]),
            entity("Kelvaro, a London-based fintech, grew.", "London", Loc).tagged(&[("Kelvaro", Org), ("London-based", Misc)]),
            entity("Kelvaro, the Seattle-based retailer, grew.", "Seattle", Loc).tagged(&[("Kelvaro", Org), ("Seattle", Org)]),
        ];
    CutSentenceOpener = "cut-sentence-opener",
        "A capitalised word that opens sentences ends a name it is found inside (a missed sentence break), and a joining word before it goes too (\"the Kelmore Post and The Sun\").",
        [
            entity("Talks ended with the U.S. The President left.", "U.S.", Loc).tagged(&[("U.S. The President", Loc)]),
            entity("It was in the Kelmore Post and The Sun.", "Kelmore Post", Org).tagged(&[("Kelmore Post and The Sun", Org)]),
        ];
    CutCaptionCredit = "cut-caption-credit",
        "A caption's credit word glued to a name comes off it (\"Maria Lopez Image: Reuters\").",
        [entity("Mara Velden Image: Agency files", "Mara Velden", Person).tagged(&[("Mara Velden Image", Person)])];
    StormMisc = "storm-misc",
        "Hurricanes, typhoons, cyclones and named storms are other names (MISC), not people or places.",
        [
            entity("Hurricane Odalys hit the coast.", "Hurricane Odalys", Misc).tagged(&[("Hurricane Odalys", Person)]),
            entity("Hurricane Odalys hit the coast.", "Hurricane Odalys", Misc).tagged(&[("Odalys", Person)]),
            entity("Storm Kelmar brought gusts of 90mph.", "Storm Kelmar", Misc).tagged(&[("Kelmar", Loc)]),
        ];
    PartyStatePlace = "party-state-place",
        "After a party's letter, a state is a place: \"(D-N.Y.)\", \"(R-Texas)\", AP's \", R-La.,\".",
        [
            entity("Senator Ann Kell (D-Ohio) voted no.", "Ohio", Loc).tagged(&[("Ann Kell", Person), ("Ohio", Org)]),
            entity("Senator Ann Kell, R-Ohio, voted no.", "Ohio", Loc).tagged(&[("Ann Kell", Person), ("R-Ohio", Misc)]),
        ];
    TitleGivenNamePerson = "title-given-name-person",
        "A title and a known given name make a person, whatever the tagger's kind (\"Senator Bernie Sanders\"), the title in the name or just before it (\"Labour MP\" + \"Rebecca Long-Bailey\").",
        [
            entity("Senator Georgia Kell spoke.", "Georgia Kell", Person).tagged(&[("Senator Georgia Kell", Org)]),
            entity("Labour MP Georgia Kell-Amos spoke.", "Georgia Kell-Amos", Person).tagged(&[("Labour", Org), ("Georgia Kell-Amos", Org)]),
        ];
    HonorificPerson = "honorific-person",
        "After Mr., Mrs., Ms., Dr., Mme or a British honorific (Lord, Lady, Sir, Dame, Baroness), a name is a person's, and so is a name read with its honorific: \"Mrs Kell\", \"Lord Coe\" are no organisation or place.",
        [
            entity("Mr. Quellbrook spoke.", "Quellbrook", Person).tagged(&[("Quellbrook", Org)]),
            entity("Mrs Quellbrook spoke.", "Quellbrook", Person).tagged(&[("Mrs Quellbrook", Org)]),
            entity("Lord Quellbrook spoke.", "Quellbrook", Person).tagged(&[("Lord Quellbrook", Loc)]),
        ];
    TitleSurnamePerson = "title-surname-person",
        "After a capitalised title, one word that is no known place, organisation or common word is a person's name: \"Judge Orwin\".",
        [entity("Judge Orwin ruled on Monday.", "Orwin", Person).tagged(&[("Orwin", Loc)])];
    TitleAloneDropped = "title-alone-dropped",
        "A title alone is no organisation or place (\"Senator\" read apart from the name after it), nor a person when a name follows it; nor is a portfolio and a title read as an organisation, with no name after it (\"the Transport Secretary said\"; not \"House Speaker\").",
        [
            no_entity("Governor said no.", "Governor", Org).tagged(&[("Governor", Org)]),
            no_entity("The Transport Secretary said no.", "Transport Secretary", Org).tagged(&[("Transport Secretary", Org)]),
            no_entity("They said Reverend Ann Kell would speak.", "Reverend Ann Kell", Person)
                .tagged(&[("Reverend", Person), ("Ann Kell", Person)]),
        ];
    PersonTitleOff = "person-title-off",
        "Titles and roles come off the front of a person's name: \"President Vladimir Putin\" names \"Vladimir Putin\", \"Founder Ailsa Moncrieff\" opening a sentence \"Ailsa Moncrieff\".",
        [
            entity("Justice Kellerby wrote it.", "Kellerby", Person).tagged(&[("Justice Kellerby", Person)]),
            entity("It raised money. Founder Ailsa Moncrieff said so.", "Ailsa Moncrieff", Person).tagged(&[("Founder Ailsa Moncrieff", Person)]),
        ];
    PersonEndsBeforeOf = "person-ends-before-of",
        "A person's name ends before \"of\", \"from\", \"in\" or \"at\": \"Park Min-jun of KTU\", \"Bola Tinubu in Abuja\".",
        [entity("Tomas Brenner of Ostland said so.", "Tomas Brenner", Person).tagged(&[("Tomas Brenner of Ostland", Person)]),
         entity("She met Tomas Brenner in Ostland.", "Tomas Brenner", Person).tagged(&[("Tomas Brenner in Ostland", Person)])];
    PersonPostnominalOff = "person-postnominal-off",
        "Letters after a person's name (KC, QC, MP, MEP, OBE...) come off it: \"Sarah Kell KC\" names \"Sarah Kell\"; so do plural ones after a party read as a person (\"Tory MPs\").",
        [
            entity("His lawyer, Sarah Kell KC, spoke.", "Sarah Kell", Person).tagged(&[("Sarah Kell KC", Person)]),
            entity("Tory MPs rebelled.", "Tory", Org).tagged(&[("Tory MPs", Person)]),
        ];
    ContractionDropped = "contraction-dropped",
        "Contractions (\"I've\", \"We'll\") are no names.",
        [no_entity("I've seen it.", "I've", Person).tagged(&[("I've", Person)])];
    TickerSuffixDropped = "ticker-suffix-dropped",
        "An instrument code in brackets, Reuters' style, is no name, nor are its exchange letters: \"(KLV.N)\", \"(BRN.L)\".",
        [
            no_entity("Shares in Kelvane (KLV.N) rose.", "N", Loc).tagged(&[("Kelvane", Org), ("N", Loc)]),
            no_entity("Shares of Brenmoor (BRN.L) fell.", "BRN", Org).tagged(&[("Brenmoor", Org), ("BRN", Org)]),
        ];
    CommonAcronymDropped = "common-acronym-dropped",
        "An acronym alone that is a common noun in news copy is no name: \"investing in AI\", \"the IPO\", \"VAT receipts\"; nor is a piece of capitals joined by \"&\" that are one (\"R&D\", \"Q&A\").",
        [
            no_entity("Veltrix is investing in AI.", "AI", Org).tagged(&[("Veltrix", Org), ("AI", Org)]),
            no_entity("Spending on R&D rose.", "R", Misc).tagged(&[("R", Misc)]),
        ];
    WebCompany = "web-company",
        "A legal form alone after a web address names the company (\"Amazon.com Inc.\"); a legal form alone is no name.",
        [entity("Shares of Quibbo.com Inc. rose.", "Quibbo.com Inc.", Org).tagged(&[("Inc.", Org)])];
    LegalFormSuffix = "org-legal-form-suffix",
        "A company's legal form belongs to its name, and makes it an organisation: \"Acme Corp.\", \"Acme, Inc.\" (not \"AG\" before a name: an attorney general).",
        [
            entity("Shares in Velmont Holdings GmbH fell.", "Velmont Holdings GmbH", Org).tagged(&[("Velmont Holdings", Misc)]),
            entity("Shares in Velmont Holdings, AG rose.", "Velmont Holdings, AG", Org).tagged(&[("Velmont Holdings", Misc)]),
        ];
    OrgTitleOff = "org-title-off-end",
        "An organisation's or a place's name does not end in a title: \"NATO Secretary\" names \"NATO\" (a known name, an acronym, or any name before a title's holder: \"Allied Steel Workers Executive Chairman Dana Holt\", a title in two, \"Secretary-Treasurer\", whole); a known place left before the title is that place: \"Texas Attorney General\" names Texas.",
        [
            entity("ZIMRA Secretary General Ilse Varga spoke.", "ZIMRA", Org).tagged(&[("ZIMRA Secretary", Org), ("General Ilse Varga", Person)]),
            entity("ZIMRA Secretary General Ilse Varga spoke.", "ZIMRA", Org).tagged(&[("ZIMRA Secretary General", Org), ("Ilse Varga", Person)]),
            entity("Allied Steel Workers Executive Chairman Dana Holt spoke.", "Allied Steel Workers", Org).tagged(&[("Allied Steel Workers Executive Chairman", Org), ("Dana Holt", Person)]),
            entity("Allied Steel Workers Secretary-Treasurer Dana Holt spoke.", "Allied Steel Workers", Org).tagged(&[("Allied Steel Workers Secretary-Treasurer", Org), ("Dana Holt", Person)]),
            entity("Texas Attorney General Mara Lindqvist sued.", "Texas", Loc).tagged(&[("Texas Attorney General", Org), ("Mara Lindqvist", Person)]),
        ];
    SeatOfGovernment = "seat-of-government-org",
        "Seats of government stand for the government: \"the Kremlin said\" names an organisation.",
        [
            entity("The Elysee said so.", "Elysee", Org).tagged(&[("Elysee", Loc)]),
            entity("Downing Street said so.", "Downing Street", Org).tagged(&[("Downing Street", Loc)]),
        ];
    NationalityNorp = "nationality-norp",
        "A one-word nationality tagged as a person or a place is a nationality or group (NORP).",
        [
            entity("Ukrainians voted on Sunday.", "Ukrainians", Norp).tagged(&[("Ukrainians", Person)]),
            entity("Clinton leads among Latinos.", "Latinos", Norp).tagged(&[("Clinton", Person), ("Latinos", Person)]),
        ];
    DemonymNorp = "demonym-norp",
        "A one-word name made of a people's word and \"man\" or \"woman\" (or their plurals) is NORP: \"the Dutchman\", \"Frenchwomen\".",
        [entity("The Dutchman scored twice.", "Dutchman", Norp).tagged(&[("Dutchman", Misc)])];
    PublicFigurePerson = "public-figure-person",
        "A well-known public figure's surname alone is a person: \"the Obama administration\".",
        [entity("Under the Zelensky plan, taxes rise.", "Zelensky", Person).tagged(&[("Zelensky", Misc)])];
    PartyNameOrg = "party-name-org",
        "A British party's name alone (Labour, Tory, Tories, Greens; not \"Conservatives\", which American copy uses for people) is the party, an organisation, whatever the tagger read: \"Labour leader Tom Brand\".",
        [entity("Labour leader Tom Brand spoke.", "Labour", Org).tagged(&[("Labour", Misc), ("Tom Brand", Person)])];
    PlaceOpenerLoc = "place-opener-loc",
        "A name that opens with Cape, Fort, Lake, Mount or Port (and ends in no organisation's or building's head word) is a place, whatever the tagger read: \"Cape Canaveral\", \"Fort Lee\".",
        [entity("Rockets left Cape Marrow on Sunday.", "Cape Marrow", Loc).tagged(&[("Cape Marrow", Person)])];
    MiscNorp = "misc-norp",
        "A name of another kind (MISC) that is a nationality or group is NORP.",
        [entity("The Russian delegation left.", "Russian", Norp).tagged(&[("Russian", Misc)])];

    GivenNameBefore = "given-name-before",
        "A known given name the tagger left out of every name, between a title and a person's name, belongs to the name: \"Reverend Jane Holloway\" read as \"Reverend\" and \"Holloway\".",
        [entity("Reverend Jane Kellaway led the service.", "Jane Kellaway", Person).tagged(&[("Reverend", Org), ("Kellaway", Person)])];
    SurnameAfterTitleGiven = "surname-after-title-given",
        "A title and a known given name read as a name of their own take the capitalised word after them, in no name, as the surname: \"Reverend Jane\" + \"Kellaway\" is the person \"Jane Kellaway\".",
        [
            entity("Reverend Jane Kellaway, the vicar, spoke.", "Jane Kellaway", Person).tagged(&[("Reverend Jane", Org)]),
            entity("Reverend Jane Kellaway, the vicar, spoke.", "Jane Kellaway", Person).tagged(&[("Reverend Jane", Person)]),
        ];
    JoinHyphenPrefix = "join-hyphen-prefix",
        "A capitalised word glued by a hyphen before a name, which no name took, is part of it: \"Hapag-Lloyd\", \"Itar-Tass\", \"Wright-Patterson Air Force Base\"; not a prefix before a name of one word (\"Ex-Chelsea\", \"Pro-Russian\"), a word in capitals (a headline's slug: \"FOOTBALL-RANDALL CUNNINGHAM\"), a common word, a weekday, nor a known place or nationality (\"Pakistan-Afghanistan\": two names).",
        [
            entity("Shares in Kavro-Lindqvist rose.", "Kavro-Lindqvist", Org).tagged(&[("Lindqvist", Org)]),
            entity("The Pre-Raphaelite Brotherhood met.", "Pre-Raphaelite Brotherhood", Org).tagged(&[("Raphaelite Brotherhood", Org)]),
        ];

    // ---- document evidence (evidence.rs, split.rs, heads.rs) --------------
    OrphanPersonRelabel = "orphan-person-relabel",
        "A one-word \"person\" that is no known name and no part of a fuller name in the text takes the kind the tagger scored next, when that came close.",
        [entity("He joined Veltrix in 2004.", "Veltrix", Loc)];
    PersonShapedOrg = "person-shaped-org",
        "Two or three plain words read as an organisation, with a known given name first or a known surname last, no word of an organisation, place, nationality or common word, and scored as a person at least as high, are a person's name: \"Elon Musk's xAI\", \"Novak Djokovic beat …\" (not before a number: a table's side).",
        // the model's own scores decide, so the example is read by the model
        [entity("Tadej Johnson beat Tomas Brenner in the final.", "Tadej Johnson", Person)];
    GivenNamePlacePerson = "given-name-place-person",
        "Two plain words read as a place, a known given name (often a place's name too) and a known surname that is no place, organisation or common word (or a word of four letters or more known as nothing, not ending in s), are a person's name, unless the whole is a known place or follows a preposition of place: \"Jordan Henderson\", \"Georgia Harrison\" (not \"Virginia Beach\", \"at Roy Thomson\").",
        [
            entity("Georgia Harrison said the case was closed.", "Georgia Harrison", Person).tagged(&[("Georgia Harrison", Loc)]),
            entity("Jordan Quellbrook made three saves.", "Jordan Quellbrook", Person).tagged(&[("Jordan Quellbrook", Loc)]),
        ];
    RoleBeforePerson = "role-before-person",
        "Two or three plain capitalised words right after a person's role in lower case are the person's name, whatever the tagger read, unless a word or the whole is a known organisation, place or nationality or ends in an organisation's head word: \"political editor Pippa Crerar\", \"midfielder Kobbie Mainoo\".",
        [entity("The paper's political editor Ilse Varga broke the story.", "Ilse Varga", Person).tagged(&[("Ilse Varga", Org)])];
    SetScorePeople = "set-score-people",
        "In a sentence with two tennis sets' scores (\"6-3, 6-4\"), two or three plain capitalised words read as an organisation, with no known organisation, place or nationality in them, are a player: \"Novak Djokovic beat Jannik Sinner 6-3, 6-4\".",
        [entity("Ilse Varga beat Tomas Brenner 6-3, 7-5 in the final.", "Tomas Brenner", Person).tagged(&[("Ilse Varga", Person), ("Tomas Brenner", Org)])];
    CompanySuffixOrg = "company-suffix-org",
        "One word ending in a company's or an agency's word (bank, corp, group, mart, media, soft, stat, tech), known as no place or person, is an organisation: \"Eurostat said\", \"Rabobank expects\".",
        [entity("Quandribank said rates would rise.", "Quandribank", Org).tagged(&[("Quandribank", Person)])];
    AccordingToSource = "according-to-source",
        "After \"according to\", a name read as a place or another name, known as no place or nationality and with no person's name or initial in it, is a source: an organisation (\"according to Statista\").",
        [entity("Sales fell 4%, according to Quandrix.", "Quandrix", Org).tagged(&[("Quandrix", Loc)])];
    ListOrgKind = "list-org-kind",
        "In a list of names ending in \"and\" or \"or\", with a known organisation (no place) in it and organisations at least half of it, a one-word name read as a place, a person or another name, and known as none of these, is an organisation: \"Uber, Deliveroo and Just Eat\". Two names joined by \", and\" belong to two clauses (\"the army left Bakhmut, and Hezbollah fired\").",
        [entity("Shares in Google, Quandrix and Veltrix rose.", "Quandrix", Org).tagged(&[("Google", Org), ("Quandrix", Loc), ("Veltrix", Org)])];
    SplitAtComma = "split-at-comma",
        "A name run on over a comma to the next capitalised word is two names, unless it reads as one (\"and\", \"of\" in it; a legal form or \"Jr.\" after the comma): \"Shares of Palantir, Snowflake rose\".",
        [
            entity("Shares of Quorvex, Telbara rose.", "Telbara", Org).tagged(&[("Quorvex, Telbara", Org)]),
            entity("Shares of Quorvex, Telbara rose.", "Quorvex", Org).tagged(&[("Quorvex, Telbara", Org)]),
        ];
    SplitAtVerb = "split-at-verb",
        "A name run on over a verb (one of a result, or any word in lower case ending in \"-ed\") to the next capitalised word is two names: \"the Gunners thrashed Spurs\", \"Hollande denounced Trump\".",
        [
            entity("The Corvids thrashed Ambersley 5-0.", "Corvids", Org).tagged(&[("Corvids thrashed Ambersley", Misc)]),
            entity("Then Tarrow beat Ambersley again.", "Ambersley", Misc).tagged(&[("Tarrow beat Ambersley", Misc)]),
        ];
    CompanyContextOrg = "company-context-org",
        "A name the text shows to be a company's (\"shares in X\", \"investors in X\", \"the takeover of X\", \"values X at $20bn\", \"Jefferies upgraded X to buy\", \"X's revenue\", \"X said its\", \"an analyst at X\", \"X analysts\", \"X, the Danish maker of\", \"X, which makes\" (owns, operates, sells), \"chief executive of X\", \"co-founder of X\", \"a spokesperson for X\" (one word no one is called), \"fintech X\", \"law firm X\" (X not opening with a given name), \"X will cut jobs, the company said\") is an organisation, in every mention; so is a sentence's first word the tagger passed over, in no word list, with shares in it, \"its\" after its verb or such an apposition (\"Deliveroo said its revenue rose\", \"Revolut, the London-based fintech,\").",
        [
            entity("Shares in Veltrix rose after Veltrix said its revenue grew.", "Veltrix", Org).tagged(&[("Veltrix", Person), ("Veltrix", Person)]),
            entity("Rates will fall, said Ann Kell, an analyst at Brenwick.", "Brenwick", Org).tagged(&[("Ann Kell", Person), ("Brenwick", Loc)]),
            entity("Brenwick analysts expect rates to fall.", "Brenwick", Org).tagged(&[("Brenwick", Loc)]),
            entity("A spokesperson for Brenwick declined to comment.", "Brenwick", Org).tagged(&[("Brenwick", Person)]),
            entity("Nigerian fintech Brenwick raised money.", "Brenwick", Org).tagged(&[("Nigerian", Norp), ("Brenwick", Person)]),
            entity("Quorana, a London-based insurtech, raised money.", "Quorana", Org).tagged(&[("Quorana", Loc), ("London", Loc)]),
            entity("Analysts at Brenwick expect rates to fall.", "Brenwick", Org).tagged(&[("Brenwick", Loc)]),
            entity("Regulators approved the takeover of Brenwick.", "Brenwick", Org).tagged(&[("Brenwick", Loc)]),
            entity("Jefferies upgraded Ferrovia to buy.", "Ferrovia", Org).tagged(&[("Jefferies", Org), ("Ferrovia", Misc)]),
            entity("Halvo Brenwick, the Danish maker of hearing aids, opened a plant.", "Halvo Brenwick", Org)
                .tagged(&[("Halvo Brenwick", Person), ("Danish", Norp)]),
            entity("Zentrix, the Oslo-based fintech, said its sales grew.", "Zentrix", Org).tagged(&[("Oslo", Loc)]),
            entity("said Ann Kell, chief executive of Brenwick, on Monday.", "Brenwick", Org).tagged(&[("Ann Kell", Person), ("Brenwick", Loc)]),
            entity("Kravla, the Swedish buy-now-pay-later lender, grew.", "Kravla", Org).tagged(&[("Kravla", Loc), ("Swedish", Norp)]),
            entity("Kravla will open two plants next year, the firm said on Monday.", "Kravla", Org).tagged(&[("Kravla", Misc)]),
            entity("Investors in Brenwick have lost money.", "Brenwick", Org).tagged(&[("Brenwick", Loc)]),
            entity("Brenwick, which makes batteries, cut jobs.", "Brenwick", Org).tagged(&[("Brenwick", Loc)]),
        ];
    PlaceAfterPreposition = "place-after-preposition",
        "A known place of up to three words read as an organisation, a person or another name after \"in\", \"at\", \"near\", \"into\" (in any case: \"In Nevada, he…\"; or \"between\", \"for\", \"from\", \"of\", \"to\", \"visited\" in a text with no sports words: \"played for Hampshire\" is the side), or after \"and\", \"or\" or a comma in a list of places so begun (whether the tagger read its first place or not), is the place: \"police in Lancashire\", \"in Kent and Surrey\", \"across Cornwall and Devon\", \"a warning for Cornwall, Devon and Somerset\".",
        [
            entity("Police in Lancashire closed the road.", "Lancashire", Loc).tagged(&[("Lancashire", Org)]),
            entity("In Nevada, police closed the road.", "Nevada", Loc).tagged(&[("Nevada", Person)]),
            entity("The minister visited Leeds on Monday.", "Leeds", Loc).tagged(&[("Leeds", Org)]),
            entity("Trains between Leeds and York were cancelled.", "Leeds", Loc).tagged(&[("Leeds", Org), ("York", Loc)]),
            entity("Roads in Kent and Surrey were shut.", "Surrey", Loc).tagged(&[("Kent", Loc), ("Surrey", Org)]),
            // the list's first place one the tagger passed over
            entity("Winds rose across Cornwall and Devon.", "Devon", Loc).tagged(&[("Devon", Person)]),
            entity("A flood warning was issued for Cornwall, Devon and Somerset.", "Devon", Loc)
                .tagged(&[("Cornwall", Misc), ("Devon", Person), ("Somerset", Org)]),
            entity("Officers in West Yorkshire and Greater Manchester made arrests.", "Greater Manchester", Loc)
                .tagged(&[("West Yorkshire", Loc), ("Greater Manchester", Org)]),
        ];
    PlacePhraseWhole = "place-phrase-whole",
        "A place the tagger found without the capitalised words before it that make, with it, a known place of several words takes them in: \"Greater Manchester\", \"West Midlands\"; so does an organisation whose name opens with such a place: \"Greater Manchester Police\".",
        [
            entity("Greater Manchester mayor Ann Kell spoke.", "Greater Manchester", Loc).tagged(&[("Manchester", Loc), ("Ann Kell", Person)]),
            entity("Officers from Greater Manchester Police arrived.", "Greater Manchester Police", Org).tagged(&[("Manchester Police", Org)]),
        ];
    SportsResultTeam = "sports-result-team",
        "In a sentence with a score, the side named before a result's verb (\"Ravenswood won 2-0\"), between the verb and the score (\"beat Munster 24-18\", \"beat the Steelers 28-14\", not in tennis), a place read as a person after \"beat\" (\"beat Chelsea 3-1\") or a nickname (\"the Magpies\") is a team: an organisation; in tennis (two set scores) the sides are players. In sports copy (three sports words, or one and a score) a nickname needs no score beside it (\"the Gunners face Man City\"), unless it names a nation's or place's people, a family or a known other name (\"the Belgians\", \"the Murdochs\", \"the Olympics\").",
        [
            entity("Ravenswood won 2-0 at home.", "Ravenswood", Org).tagged(&[]),
            entity("The Kestrels face Rovers on Sunday. The coach said his players were ready for the match.", "Kestrels", Org).tagged(&[("Kestrels", Misc), ("Rovers", Org)]),
            entity("Leinster beat Munster 24-18 on Friday.", "Munster", Org).tagged(&[("Leinster", Org)]),
            entity("Ravenswood beat the Kestrels 28-14 on Sunday.", "Kestrels", Org).tagged(&[("Ravenswood", Org)]),
            entity("Leicester beat Rovers 2-1 on Saturday.", "Leicester", Org).tagged(&[("Leicester", Loc), ("Rovers", Org)]),
            entity("Leeds beat Chelsea 3-1 on Saturday.", "Chelsea", Org).tagged(&[("Leeds", Org), ("Chelsea", Person)]),
        ];
    PluralVerbOrg = "plural-verb-org",
        "A one-word name read as a person, or as a place that is no country, state or continent, opening its sentence right before \"are\", \"were\" or \"have\", is a team or a company, as British copy writes them (a person is singular): \"Chelsea are sixth\", \"Tesco have cut prices\", \"Leicester were relegated\" (a country's side stays a place, as CoNLL has it: \"England were bowled out\").",
        [
            entity("Kelmore are sixth in the table.", "Kelmore", Org).tagged(&[("Kelmore", Person)]),
            entity("Prices fell. Halvern have cut them again.", "Halvern", Org).tagged(&[("Halvern", Person)]),
            entity("Kelmore were relegated.", "Kelmore", Org).tagged(&[("Kelmore", Loc)]),
        ];
    TeamBeforeSportsRole = "team-before-sports-role",
        "A club named before a team's role and a person's name is an organisation, whether the tagger read a place, a person or nothing: \"Spurs boss Ange Postecoglou\", \"Mercedes driver Lewis Hamilton\"; a country is left a place (a national side, as CoNLL tags it).",
        [
            entity("Rovers boss Dan Ashby was sent off.", "Rovers", Org).tagged(&[("Dan Ashby", Person)]),
            entity("Leeds striker Joel Marne scored twice.", "Leeds", Org).tagged(&[("Leeds", Loc), ("Joel Marne", Person)]),
            entity("Mercedes driver Joel Marne won.", "Mercedes", Org).tagged(&[("Mercedes", Person), ("Joel Marne", Person)]),
        ];
    CompanyBeforeRole = "company-before-role",
        "A company named before a company's role and a person's name is an organisation, whether the tagger read a place, another name or nothing: \"Citadel founder Ken Griffin\", \"Octopus Energy chief executive Greg Jackson\"; a country is left a place.",
        [entity("Brightwave founder Ann Kell spoke first.", "Brightwave", Org).tagged(&[("Ann Kell", Person)])];
    WireCreditPerson = "wire-credit-person",
        "In wire copy's credit line, the names after \"Reporting by\", \"Writing by\" or \"Editing by\" are people's, and the credit's words no names: \"(Reporting by Priya Raman in Pune; Editing by Mark Potter)\".",
        [
            entity("Prices fell.\n(Reporting by Priya Ostrava in Pune; Editing by Mark Potter)", "Priya Ostrava", Person)
                .tagged(&[("Ostrava", Loc), ("Pune", Loc), ("Editing", Misc), ("Mark Potter", Person)]),
            no_entity("Prices fell.\n(Reporting by Priya Ostrava in Pune; Editing by Mark Potter)", "Editing", Misc)
                .tagged(&[("Ostrava", Loc), ("Pune", Loc), ("Editing", Misc), ("Mark Potter", Person)]),
        ];
    SplitKnownPair = "split-known-pair",
        "Two known names joined by \"and\" are two names: \"Reuters and Bloomberg\"; two counties or towns are two places (\"Lancashire and Cumbria\").",
        [
            entity("Trade between France and Germany grew.", "France", Loc).tagged(&[("France and Germany", Loc)]),
            entity("Police in Lancashire and Cumbria said so.", "Lancashire", Loc).tagged(&[("Lancashire and Cumbria", Org)]),
        ];
    PlacePairWhole = "place-pair-whole",
        "Two places read apart that make, with the \"and\" between them, one known place are that place: \"Bosnia and Herzegovina\", \"Trinidad and Tobago\".",
        [entity("They flew to Trinidad and Tobago on Monday.", "Trinidad and Tobago", Loc).tagged(&[("Trinidad", Loc), ("Tobago", Loc)])];
    SplitListAnd = "split-list-and",
        "Two names joined by \"and\" after a noun that opens a list are two names: \"drugmakers Acme and Zeta\".",
        [
            entity("Shares of drugmakers Acmex and Zetora rose.", "Acmex", Org).tagged(&[("Acmex and Zetora", Org)]),
            entity("Drugmakers Acmex and Zetora rose.", "Zetora", Org).tagged(&[("Acmex and Zetora", Org)]),
        ];
    SplitTrailingPerson = "split-trailing-person",
        "A name ending in a given name after a title, party member, head word or acronym is the organisation and the person: \"NASA Administrator Carl Brandt\".",
        [entity("Harbour Council Chairman Anna Berg spoke.", "Anna Berg", Person).tagged(&[("Harbour Council Chairman Anna Berg", Org)])];
    SplitOfficePerson = "split-office-person",
        "A name after a title's \"of\" or \"for\" that ends in a given name and more capitalised words is the office and the person who holds it, whatever its kind: \"Chancellor of the Exchequer Jeremy Hunt\", \"Minister of Finance Ana Lopez\".",
        [
            entity("Chancellor of the Exchequer Jane Kellaway spoke.", "Jane Kellaway", Person).tagged(&[("Exchequer Jane Kellaway", Person)]),
            entity("The Governor of the Bank of Arland Peter Vell spoke.", "Peter Vell", Person).tagged(&[("Bank of Arland Peter Vell", Org)]),
        ];
    SplitPlaceMember = "split-place-party-member",
        "A known place and a party's member are a place and a group: \"South Carolina Republican\".",
        [entity("A North Carolina Republican objected.", "Republican", Norp).tagged(&[("North Carolina Republican", Loc)])];
    ExtendToHead = "extend-to-head",
        "A name followed by capitalised words ending in an organisation's or place's head word runs on to it, to the last of head words in a row: \"Johnson\" + \"Space Center\", \"Tulsa\" + \"Police Department\".",
        [
            entity("Engineers at Kellner Space Research Institute met.", "Kellner Space Research Institute", Org).tagged(&[("Kellner", Person)]),
            entity("The Kelmore Police Department said so.", "Kelmore Police Department", Org).tagged(&[("Kelmore", Loc)]),
        ];
    ExtendOverAnd = "extend-over-and",
        "A name ending in a capitalised common word (not a head, a known organisation or one word read as one) runs on over \"and\" and a word known as no name to capitalised words ending in an organisation's head word: \"Scottish Fire\" + \"Rescue Service\"; an organisation ending in its head word takes in the capitalised words in no name before \"and\" (the last a common word) and a place just before them: \"Shanghai\" + \"Posts and\" + \"Telecoms Equipment Co\".",
        [
            entity("The Kelmore Fire and Rescue Service said crews attended.", "Kelmore Fire and Rescue Service", Org).tagged(&[("Kelmore Fire", Misc), ("Rescue Service", Org)]),
            entity("Staff at the Copper and Brass Traders Association met.", "Copper and Brass Traders Association", Org).tagged(&[("Brass Traders Association", Org)]),
        ];
    SplitCompanyPair = "split-company-pair",
        "Two organisations' names joined by \"and\" are two organisations when each is of two words or more ending in an organisation's head word (\"Brightwave Labs and Corvana AI\"), or the first ends in a company's and the second is capitalised words (\"Sequoia Capital and Andreessen Horowitz\"), or either is a known organisation (\"Pfizer and Halvern Bio\"), unless the two open a list or come before a title.",
        [
            entity("Brightwave Labs and Corvana AI raised money.", "Corvana AI", Org).tagged(&[("Brightwave Labs and Corvana AI", Org)]),
            entity("Shares of Pfizer and Halvern Bio rose.", "Halvern Bio", Org).tagged(&[("Pfizer and Halvern Bio", Org)]),
            entity("Kelmore Capital and Brenwick Tarrow backed it.", "Brenwick Tarrow", Org).tagged(&[("Kelmore Capital and Brenwick Tarrow", Org)]),
        ];
    DropCommonOpener = "drop-common-opener",
        "A one-word name opening a sentence, in no name list and written in lower case elsewhere in the text, is a common word.",
        [no_entity("Copper fell. The price of copper rose.", "Copper", Misc).tagged(&[("Copper", Misc)])];
    LoneHeadCapitals = "lone-head-capitals",
        "A name that is one head word of an organisation or building takes the capitalised words before it that the tagger left out: \"the Home Office\".",
        [entity("A spokesman for the Harwell Foundation said so.", "Harwell Foundation", Org).tagged(&[("Foundation", Org)])];
    TeamOrg = "team-org",
        "A known place and a team's plural or a club's word is a team, an organisation: \"Leeds United\", \"Texas Rangers\", and \"City\" or \"Town\" after a town known as a club (\"Luton Town\", not \"Gaza City\"); so is any name ending in a club's word (Rovers, Wanderers, Athletic...) read as a person or another name: \"Ashby Rovers\".",
        [
            entity("Leeds United signed a striker.", "Leeds United", Org).tagged(&[("Leeds United", Loc)]),
            entity("They beat Dalby Rovers 2-0.", "Dalby Rovers", Org).tagged(&[("Dalby Rovers", Person)]),
            entity("Luton Town were relegated.", "Luton Town", Org).tagged(&[("Luton Town", Loc)]),
        ];
    NewspaperOrg = "newspaper-org",
        "A place (or a day of publication) and a newspaper's last word name a newspaper, an organisation: \"Denver Sun\".",
        [entity("A reporter at the Denver Sun wrote it.", "Denver Sun", Org).tagged(&[("Denver Sun", Person)])];
    CompetitionMisc = "competition-misc",
        "Competitions are other names (MISC), as in CoNLL: a cup, championship or trophy, a sports league (\"Premier League\", not \"Arab League\").",
        [
            entity("They won the Kelmore Cup in May.", "Kelmore Cup", Misc).tagged(&[("Kelmore Cup", Org)]),
            // Spain's and Portugal's leagues: "La Liga", "Liga Portugal"
            entity("Kelmore Athletic lead La Liga.", "La Liga", Misc).tagged(&[("Kelmore Athletic", Org), ("La Liga", Person)]),
        ];
    HeadWordLabel = "head-word-label",
        "A name's last word decides its kind where the tagger's cannot be right: organisations (\"Party\"), places and buildings (\"Stadium\"), laws (\"Act\").",
        [
            entity("The Clean Rivers Act passed.", "Clean Rivers Act", Misc).tagged(&[("Clean Rivers Act", Org)]),
            entity("Trading on the Kelmore Stock Exchange resumed.", "Kelmore Stock Exchange", Org).tagged(&[("Kelmore Stock Exchange", Loc)]),
            // an investment firm named after its founder
            entity("Activist investor Kelvin Management bought shares.", "Kelvin Management", Org).tagged(&[("Kelvin Management", Person)]),
        ];

    OrgNationalityOpener = "org-nationality-opener",
        "A nationality just before an organisation's name (of two words or more, or an organisation's head word: \"British Academy\") opens it (\"Danish Broadcasting Corporation\", \"Italian Socialist Party\"), and so does a party word before a party (\"Democratic Unionist Party\"), unless the rest is a known ministry or office (\"Turkish Foreign Ministry\").",
        [
            entity("The Danish Broadcasting Corporation cut jobs.", "Danish Broadcasting Corporation", Org).tagged(&[("Danish", Norp), ("Broadcasting Corporation", Org)]),
            entity("The Polish Socialist Party won.", "Polish Socialist Party", Org).tagged(&[("Polish", Norp), ("Socialist Party", Org)]),
            entity("She flew Danish Airways home.", "Danish Airways", Org).tagged(&[("Danish", Norp), ("Airways", Org)]),
            entity("The Democratic Reform Party won.", "Democratic Reform Party", Org).tagged(&[("Democratic", Norp), ("Reform Party", Org)]),
        ];
    CompetitionNationalityOpener = "competition-nationality-opener",
        "A nationality just before a competition's name opens it (\"Dutch Grand Prix\", \"Belgian Cup\"), unless the name starts with a person's name or \"World\" (\"the Australian Davis Cup captain\", \"the French World Cup squad\": a country's side in it).",
        [entity("Norris won the Dutch Grand Prix.", "Dutch Grand Prix", Misc).tagged(&[("Dutch", Norp), ("Grand Prix", Misc)])];

    // ---- names found apart from the tagger (untagged.rs) ------------------
    DatelinePlace = "dateline-place",
        "A dateline in capitals at the start of a line is a place: \"MOSCOW, Russia —\" (not a wire slug, capitals opening with a common word known as no place: \"MARKET TALK -\", \"NOTE -\").",
        [entity("OSLOVIK, Ruritania (AP) — The rain stopped on Monday and the river fell.", "OSLOVIK", Loc).tagged(&[("Ruritania", Loc)])];
    DatelineAgency = "dateline-agency",
        "A news agency credited in a dateline is an organisation: \"(AP)\".",
        [entity("OSLOVIK, Ruritania (AP) — The rain stopped on Monday and the river fell.", "AP", Org).tagged(&[("Ruritania", Loc)])];
    NewspaperTheTitle = "newspaper-the-title",
        "A capital \"The\" inside a sentence before a newspaper's word names the newspaper: \"told The Sun\"; opening one, when a speech verb follows (\"The Sun reported\", \"The Sun has learned\") or another paper in a list (\"The Sun and the Daily Mail\", \"The Sun and The Independent\"); after a small \"the\", the word alone when the paper speaks or is told: \"told the Sun\", \"according to the Mirror\".",
        [
            entity("He told The Sun on Monday that he would stay.", "The Sun", Org).tagged(&[("Sun", Misc)]),
            entity("The study was published in The Lancet.", "The Lancet", Org).tagged(&[("Lancet", Misc)]),
            entity("The Sun reported the story first.", "The Sun", Org).tagged(&[("Sun", Misc)]),
            entity("The Sun and the Kelmore Post ran it.", "The Sun", Org).tagged(&[("Sun", Misc), ("Kelmore Post", Org)]),
            entity("The Sun and The Independent ran it.", "The Sun", Org).tagged(&[("Sun", Misc), ("Independent", Misc)]),
            entity("A source told the Sun that the deal was off.", "Sun", Org).tagged(&[("Sun", Misc)]),
        ];
    HyphenPlace = "hyphen-place",
        "Capitalised words joined by hyphens and the small words of place names (on, upon, le, en, sur...) are one place: \"Stoke-on-Trent\", \"Aix-en-Provence\".",
        [entity("Floods hit Marrow-upon-Tyne on Monday.", "Marrow-upon-Tyne", Loc).tagged(&[("Marrow", Loc), ("upon-Tyne", Misc)])];
    SaintPossessiveName = "saint-possessive-name",
        "A saint's name (or King's, Queen's), its possessive and a head word are one name: \"St Mary's Church\", \"St James' Park\" (places), \"King's College\" (an organisation).",
        [entity("Fans at St Kellan's Park cheered.", "St Kellan's Park", Loc).tagged(&[("St Kellan", Loc)])];
    ListedPerson = "listed-person",
        "A lone capitalised word listed as a public figure's surname (and as nothing else) is a person, where the tagger proposed no name: \"Scholz said on Tuesday\" (not a word of a longer name).",
        [entity("Scholz said on Tuesday that talks would go on.", "Scholz", Person).tagged(&[])];
    ListedPlace = "listed-place",
        "A lone capitalised word inside a sentence listed as a place or region (and as no common word, person's name, organisation or nationality), after no capitalised word, is a place where the tagger proposed no name: \"the team from Ulster\".",
        [entity("The team from Ulster lost on Sunday.", "Ulster", Loc).tagged(&[])];
    RiverName = "river-name",
        "\"River\" and the capitalised word after it are one place: \"the River Thames\" (not inside a longer name, \"Little River Band\", nor one known as no place: \"River Plate\").",
        [entity("Boats sailed down the River Kell on Sunday.", "River Kell", Loc).tagged(&[("Kell", Misc)])];
    CompanyLegalForm = "company-legal-form",
        "Capitalised words before a legal form are a company: \"WORLDSOURCES, INC.\", \"Acme Corp.\".",
        [entity("Copyright Brightwater Mills Ltd all rights reserved", "Brightwater Mills Ltd", Org).tagged(&[])];
    AmpersandName = "ampersand-name",
        "Capitals joined by an ampersand with no space are one organisation, with capitalised words and legal forms after them: \"B&Q\", \"AT&T Inc\", \"S&P Global\"; not \"R&D\", \"Q&A\".",
        [
            entity("Sales at B&Q fell.", "B&Q", Org).tagged(&[]),
            entity("Shares of M&S rose.", "M&S", Org).tagged(&[("M", Org)]),
            entity("AT&T Inc cut jobs.", "AT&T Inc", Org).tagged(&[("T Inc", Org)]),
        ];
    AmpersandFirm = "ampersand-firm",
        "Capitalised words on both sides of a spaced ampersand are a firm (with a legal form after them): \"Procter & Gamble Co\", \"Marks & Spencer\"; not a citation (\"Baron & Beresford, 2012\") or two given names (\"Tom & Jerry\").",
        [
            entity("Kelmore & Rhodes Co said sales rose.", "Kelmore & Rhodes Co", Org).tagged(&[("Rhodes Co", Person)]),
            entity("Shares in Hallam & Pryce rose.", "Hallam & Pryce", Org).tagged(&[]),
        ];
    HonorificName = "honorific-name",
        "After Mr, Mrs, Ms, Dr, Lord, Lady, Sir, Dame or Baroness (with or without a full stop), capitalised words the tagger left out are a person's name: \"Mr Streeting added\", \"Lord Sugar said\".",
        [
            entity("Mr Quellbrook added that talks would go on.", "Quellbrook", Person).tagged(&[]),
            entity("Lord Quellbrook added that talks would go on.", "Quellbrook", Person).tagged(&[]),
        ];
    NumberedName = "numbered-name",
        "A name with a number in it is one name, though the tagger ends it before the number: a broadcaster's or competition's head word, one or two digits and a tail (\"BBC Radio 4\", \"Channel 4 News\", \"Formula 1\"), a team's number and plural (\"the San Francisco 49ers\"), the G7 and G20.",
        [
            entity("She told BBC Radio 4 on Monday.", "BBC Radio 4", Org).tagged(&[("BBC Radio", Org)]),
            entity("It aired on Channel 4 News last night.", "Channel 4 News", Org).tagged(&[]),
            entity("She sang in the Radio 1 Live Lounge.", "Radio 1", Org).tagged(&[]),
            entity("The San Francisco 49ers won.", "San Francisco 49ers", Org).tagged(&[("San Francisco", Loc)]),
            entity("The G7 leaders met.", "G7", Org).tagged(&[]),
            entity("Channel 9 said the vote was close.", "Channel 9", Org).tagged(&[]),
        ];
    HeadFirstName = "head-first-name",
        "Organisations and places named head first: \"University of Texas\", \"Gulf of Mexico\" (not run on over \"and\" to a second organisation: \"University of Texas and Kelmore College\", \"Bank of England and Barclays\", nor into a person's name or the title before it: \"Governor of the Bank of Arland Peter Vell\", \"Bank of Arland Governor Peter Vell\").",
        [
            entity("She studied at the University of Eastbrook.", "University of Eastbrook", Org).tagged(&[]),
            entity("She taught at the University of Eastbrook and Kelmore College.", "University of Eastbrook", Org).tagged(&[]),
            entity("The Bank of Eastbrook and Barclays both grew.", "Bank of Eastbrook", Org).tagged(&[]),
            entity("The Bank of Eastbrook and Toronto-Dominion Bank both grew.", "Bank of Eastbrook", Org).tagged(&[]),
            entity("The Governor of the Bank of Arland Peter Vell spoke.", "Bank of Arland", Org).tagged(&[("Peter Vell", Person)]),
            entity("Bank of Arland Governor Peter Vell spoke.", "Bank of Arland", Org).tagged(&[("Peter Vell", Person)]),
        ];
    KnownOrg = "known-org",
        "Well-known organisations from the lexicon, and names of several words that CoNLL-2003's training text shows only as organisations (\"Manchester City\", \"Foreign Ministry\"), written with capitals, are organisations whatever the tagger made of them, a hyphen, an ampersand or a possessive in the name and all (\"Rolls-Royce\", \"Marks & Spencer\", \"Sainsbury's\", \"easyJet\", not \"Ronald McDonald's statue\"); two of them joined by \"and\" are two, even read as one name (\"Tesco and Sainsbury's\"); one before a head word takes it in, of the head's kind (\"Rolls-Royce Holdings\"; \"Aviva Stadium\", a place).",
        [
            entity("She works for Google in Dublin.", "Google", Org).tagged(&[("Dublin", Loc)]),
            entity("Sales at Sainsbury’s rose.", "Sainsbury’s", Org).tagged(&[("Sainsbury", Person)]),
            entity("Bookings at easyJet rose.", "easyJet", Org).tagged(&[("easyJet", Person)]),
            entity("Shares in Rolls-Royce Holdings fell.", "Rolls-Royce Holdings", Org).tagged(&[("Rolls", Misc), ("Royce Holdings", Org)]),
            entity("Rolls-Royce raised its forecast.", "Rolls-Royce", Org).tagged(&[("Royce", Person)]),
            entity("It is sold by Tesco and Sainsbury's.", "Tesco", Org).tagged(&[("Tesco and Sainsbury", Misc)]),
        ];
    UntaggedHead = "untagged-head",
        "Capitalised words and a head word where the tagger found no name, or only a nationality or party word opening them, are an organisation or a place: \"the Dayton Police Department\", \"the Russian Defence Ministry\" (but \"Russian\" + a known \"Foreign Ministry\"; a noun for a company opening the sentence stays out: \"Chipmaker Kelvo Holdings\").",
        [
            entity("officers of the Marlow Police Department arrived", "Marlow Police Department", Org).tagged(&[]),
            entity("The Russian Kelmore Ministry said so.", "Russian Kelmore Ministry", Org).tagged(&[("Russian", Misc)]),
            entity("Chipmaker Kelvo Holdings rose 6%.", "Kelvo Holdings", Org).tagged(&[]),
        ];

    // ---- merging the tagger's names with the rest (merge.rs) --------------
    MergeNameParticles = "merge-name-particles",
"A name (or a known given name the tagger left out), particles of names (van, der, dal) and a person make one person; after \"van\" or \"von\", two names of any kind do (\"Ruud\" + \"van\" + \"Nistelrooy\"); a surname written alone keeps the particles that open it (\"von der Leyen said\", \"van Dijk scored\").",
        [entity("Coach Nikolaus van der Pas resigned.", "Nikolaus van der Pas", Person).tagged(&[("Nikolaus", Person), ("Pas", Person)]),
         entity("Commissioner Hanna von der Brelie spoke.", "Hanna von der Brelie", Person).tagged(&[("Brelie", Person)]),
         entity("Manager Joost ten Brake said so.", "Joost ten Brake", Person).tagged(&[("Joost", Person), ("Brake", Person)]),
         entity("Ruud van Nistelrooy was named manager.", "Ruud van Nistelrooy", Person).tagged(&[("Ruud", Loc), ("Nistelrooy", Misc)]),
         // a surname alone keeps the particles that open it
         entity("The striker lobbed van der Pas and scored.", "van der Pas", Person).tagged(&[("Pas", Person)])];
    MergeInitial = "merge-initial",
        "A person followed by an initial and a name is one person: \"George\" + \"W. Bush\".",
        [entity("Emma J. Holloway wrote.", "Emma J. Holloway", Person).tagged(&[("Emma", Person), ("J. Holloway", Misc)])];
    MergeGivenName = "merge-given-name",
        "A word with an inner capital read apart before a person is the given name: \"LeBron\" + \"James\"; after a known given name read alone as a person, the surname: \"Gary\" + \"LeGare\".",
        [
            entity("DeShawn Miller scored twice.", "DeShawn Miller", Person).tagged(&[("DeShawn", Org), ("Miller", Person)]),
            entity("He finished behind Brandon DeKellow.", "Brandon DeKellow", Person).tagged(&[("Brandon", Person), ("DeKellow", Org)]),
        ];
    MergeAdjacentPeople = "merge-adjacent-people",
        "Two people's names with one space between them are one person, and so are a full name and a surname glued to it by a hyphen (\"Brenda Schultz-McCarthy\"; not \"the Merkel-Macron talks\").",
        [
            entity("Anneke Roos Vermeer spoke.", "Anneke Roos Vermeer", Person).tagged(&[("Anneke Roos", Person), ("Vermeer", Person)]),
            entity("Anneke Roos-Vermeer spoke.", "Anneke Roos-Vermeer", Person).tagged(&[("Anneke Roos", Person), ("Vermeer", Person)]),
        ];
    CapitalTheKept = "capital-the-kept",
        "A capital \"The\" inside a sentence, after a word in lower case or a comma, is part of the name after it (\"told The Kelmore Post\", \"at The Oval\", \"in The Hague\"); opening a sentence, only a newspaper's (\"The Kelmore Post reported\").",
        [
            entity("The fans met at The Oval on Sunday.", "The Oval", Loc).tagged(&[("Oval", Loc)]),
            entity("She told The Kelmore Post she would stay.", "The Kelmore Post", Org).tagged(&[("Kelmore Post", Org)]),
            entity("The Kelmore Post reported it first.", "The Kelmore Post", Org).tagged(&[("Kelmore Post", Org)]),
        ];
    PlacePairOrg = "place-pair-org",
        "A place, \"and\", and an organisation named after a second place, with a head word, are one organisation: \"the Newfoundland and Labrador Court of Appeal\", \"the England and Wales Cricket Board\" (a place read as a person too: \"Devon\").",
        [
            entity("Officers of the Devon and Cornwall Police spoke.", "Devon and Cornwall Police", Org)
                .tagged(&[("Devon", Loc), ("Cornwall Police", Org)]),
            entity("Devon and Cornwall Police spoke.", "Devon and Cornwall Police", Org)
                .tagged(&[("Devon", Person), ("Cornwall Police", Org)]),
            entity("He sued the Newfoundland and Labrador Court of Appeal.", "Newfoundland and Labrador Court of Appeal", Org)
                .tagged(&[("Newfoundland", Loc), ("Labrador Court of Appeal", Org)]),
        ];

    // ---- dates, times, sums and percentages (numeric/) ---------------------
    MoneyGluedCode = "money-glued-code",
        "A currency code glued to digits is a sum: \"RM120,000\", \"Rs500\".",
        [entity("It cost RM120,000 in all.", "RM120,000", Money)];
    MoneySymbol = "money-symbol",
        "A currency symbol or code before a number is a sum: \"$5 million\", \"US$ 5\", \"dlrs 220 million\".",
        [entity("The deal is worth $5.5 million to them.", "$5.5 million", Money)];
    MoneyCountryDollar = "money-country-dollar",
        "A country's letters glued to \"$\" before a number are a sum: \"HK$3\", \"R$2 billion\".",
        [entity("They paid HK$3 billion for it.", "HK$3 billion", Money)];
    PercentRange = "percent-range",
        "A range of numbers and a percent sign or word is one percentage: \"2 to 5 percent\", \"3-4%\", \"between 4 and 6 per cent\".",
        [
            entity("Rates rose 2 to 5 percent last year.", "2 to 5 percent", Percent),
            entity("Rates rose between 4 and 6 per cent.", "4 and 6 per cent", Percent),
        ];
    Percent = "percent",
        "A number and %, percent, pct or per cent is a percentage (not \"percentage points\").",
        [entity("Sales rose 5.2 per cent last year.", "5.2 per cent", Percent)];
    MoneyCurrencyAfter = "money-currency-after",
        "A number and a currency word after it is a sum: \"20 euros\", \"5 pounds sterling\".",
        [entity("The ticket costs 20 euros now.", "20 euros", Money)];
    MoneyPence = "money-pence",
        "A number with \"p\" glued to it is a sum in pence (British copy: \"fell 12p to 340p\"), unless it is a video's lines (\"1080p\").",
        [
            entity("Shares fell 12.5p to 340p on Friday.", "12.5p", Money),
            entity("Shares fell 12.5p to 340p on Friday.", "340p", Money),
        ];
    TimeClock = "time-clock",
        "A number and a.m., p.m. or o'clock (and a time zone) is a time: \"3 p.m. GMT\", \"3pm\", \"9.45pm\".",
        [
            entity("The vote opens at 9 a.m. EST today.", "9 a.m. EST", Time),
            entity("Police were called at 9.45pm on Friday.", "9.45pm", Time),
        ];
    TimeHoursMinutes = "time-hours-minutes",
        "Hours and minutes with a colon are a time: \"22:30\".",
        [entity("The train left at 22:30 sharp.", "22:30", Time)];
    DateDayMonth = "date-day-month",
        "A day, a month and maybe a year are a date: \"3 March 2024\".",
        [entity("It opened on 3 March 2024 in Lyon.", "3 March 2024", Date)];
    DateDecade = "date-decade",
        "Decades are dates: \"1990s\", \"'60s\".",
        [entity("Prices fell in the 1990s too.", "1990s", Date)];
    DateYear = "date-year",
        "A four-digit number from 1800 to 2099 is a year unless it counts something: \"in 2004\", not \"2000 troops\".",
        [entity("The bridge was built in 1954 by hand.", "1954", Date)];
    DateYearRange = "date-year-range",
        "The short second year of a range is a date too: \"1997-98\", \"2024–25\".",
        [
            entity("The 1997-98 season was long.", "98", Date),
            entity("The 2024–25 season was long.", "25", Date),
        ];
    DateWeekday = "date-weekday",
        "A weekday's name is a date: \"Tuesday\", \"Wed.\" (not an abbreviation after \"the\": \"told The Sun.\" is the newspaper).",
        [entity("The vote is on Thursday.", "Thursday", Date)];
    DateMonth = "date-month",
        "A month's name, with its day and year when given, is a date: \"March 3, 2024\", wire copy's \"Jan 15\" (\"May\", \"March\" and short forms with no full stop only with a day or year; \"May\" and \"March\" also after \"in\", \"early\", \"last\" and the like, not before a possessive or a capitalised word).",
        [
            entity("It opened on April 3, 2024 in Lyon.", "April 3, 2024", Date),
            entity("The talks ended in May.", "May", Date),
            entity("LONDON, Jan 15 (Reuters) - Prices rose.", "Jan 15", Date).tagged(&[("LONDON", Loc), ("Jan", Person)]),
        ];
    DateRelative = "date-relative",
        "Relative dates: \"last week\", \"earlier this year\", \"this season\", \"next Tuesday\".",
        [entity("Prices rose earlier this year in Lyon.", "earlier this year", Date)];
    TimeNoon = "time-noon",
        "\"noon\", \"midnight\" and \"tonight\" are times.",
        [entity("The shop closes at midnight now.", "midnight", Time)];
    DateHoliday = "date-holiday",
        "A holiday is a date, with its day: \"Christmas\", \"Easter Monday\", \"Eid\"; the entity clean-up drops such a name read as a person (Christmas is a surname too).",
        [entity("Sales rose over Christmas and Easter.", "Christmas", Date).tagged(&[("Christmas", Person)])];
    DateDeictic = "date-deictic",
        "\"today\", \"yesterday\" and \"tomorrow\" are dates (not a capital after a word: \"the Today programme\").",
        [entity("The minister said yesterday that prices rose.", "yesterday", Date)];
    DateQuarter = "date-quarter",
        "A quarter of a year, with its year when given, is a date: \"first-quarter\", \"the third quarter of 2024\", \"Q2\"; so is a half with its year: \"the second half of 2025\".",
        [
            entity("Profit rose in the third quarter of 2024 on sales.", "third quarter of 2024", Date),
            entity("Growth should return in the second half of 2025.", "second half of 2025", Date),
        ];
    DigitsWin = "numeric-digits-win",
        "Where a date, time, sum or percentage with digits overlaps a name, it wins; without digits the name does.",
        [entity("Olaf Brenn 2024 was a hit.", "2024", Date).tagged(&[("Olaf Brenn 2024", Misc)])];
    EventYear = "event-year",
        "An event's name and the year after it are one name: \"Expo 2030\", \"Euro 2024\".",
        [
            entity("Visitors to Expo 2031 will pay more.", "Expo 2031", Misc).tagged(&[("Expo", Loc)]),
            entity("They lost the Euro 2032 final.", "Euro 2032", Misc).tagged(&[]),
        ];

    // ---- the document as a whole (split.rs, group.rs, roles.rs) -----------
    SplitPersonNamedElsewhere = "split-person-named-elsewhere",
        "An organisation or place ending in the surname of a person named elsewhere ends before that person (and before a comma: \"House of Harbour, Rahimi\"); a word the text also writes in lower case is no surname (\"Anderson Park\" read as a person, \"the park\").",
        [
            entity("The University of Eastbrook Amal Rahimi spoke. Rahimi said more.", "Amal Rahimi", Person).tagged(&[("University of Eastbrook Amal Rahimi", Org), ("Rahimi", Person)]),
            entity("At the House of Harbour, Rahimi spoke. Amal Rahimi left.", "House of Harbour", Org).tagged(&[("House of Harbour, Rahimi", Org), ("Amal Rahimi", Person)]),
        ];
    OrgShortName = "org-short-name",
        "The last word of an organisation named in full earlier, read as another name, is that organisation: \"Bristol City … City, the champions\" (not a head word, place, surname or, after no place, common word: `evidence::short_name`).",
        [
            entity("Bristol City won. City, the champions, led.", "City", Org).tagged(&[("Bristol City", Org), ("City", Misc)]),
            grouped("Bristol City won. City, the champions, led.", "Bristol City", "City").tagged(&[("Bristol City", Org), ("City", Org)]),
        ];
    OrgFirstWord = "org-first-word",
        "The first word of a company named in full earlier (\"Veltrix Labs\", \"Halvorsen Holdings Plc\": a capitalised word, then only company words and legal forms), read as another kind or in no name, is that company: \"Veltrix expects\" (not a common word, place, nationality, listed figure or a person's surname in the text: `evidence::first_name_of_company`).",
        [
            entity("Veltrix Labs said sales rose. Veltrix expects a profit.", "Veltrix", Org).tagged(&[("Veltrix Labs", Org), ("Veltrix", Person)]),
            entity("Veltrix Labs said sales rose. Veltrix expects a profit.", "Veltrix", Org).tagged(&[("Veltrix Labs", Org)]),
            grouped("Veltrix Labs said sales rose. Veltrix expects a profit.", "Veltrix Labs", "Veltrix").tagged(&[("Veltrix Labs", Org), ("Veltrix", Org)]),
        ];
    HonorificGender = "honorific-gender",
        "A person named right after Mr, Sir or Lord (a man) or Mrs, Ms, Miss, Mme, Lady or Dame (a woman) has that gender, over the given name's, and such a lone surname joins no full name whose given name says the other gender: \"Mrs Smith\" is not \"John Smith\".",
        [
            speaker("John Brenn and Mrs Brenn arrived. “We are delighted,” she said.", "We are delighted", "Brenn").tagged(&[("John Brenn", Person), ("Brenn", Person)]),
            speaker("Mrs Vell met Mr Okafor on Monday. “We are delighted,” she said.", "We are delighted", "Vell").tagged(&[("Vell", Person), ("Okafor", Person)]),
        ];
    GroupSurname = "group-surname",
        "A lone surname joins the full name of the person named in the text (and is a person): \"Putin\" after \"Vladimir Putin\"; so does a surname that opens with a particle: \"von der Leyen\" after \"Ursula von der Leyen\".",
        [
            entity("Maren Holt arrived. Later Holt left.", "Holt", Person).tagged(&[("Maren Holt", Person), ("Holt", Org)]),
            grouped("Hanna von der Brelie spoke. Then von der Brelie left.", "Hanna von der Brelie", "von der Brelie").tagged(&[("Hanna von der Brelie", Person), ("von der Brelie", Person)]),
        ];
    GroupInitials = "group-initials",
        "A one-word name that is the initials of a longer name in the text joins it: \"NATO\" after \"North Atlantic Treaty Organization\".",
        [grouped("The Northern Waters Authority met. NWA staff left.", "Northern Waters Authority", "NWA").tagged(&[("Northern Waters Authority", Org), ("NWA", Org)])];
    GroupDefinedAcronym = "group-defined-acronym",
        "An acronym defined in brackets after a name joins it: \"International Monetary Fund (IMF)\".",
        [grouped("Zentra Holdings (ZHL) grew. ZHL hired staff.", "Zentra Holdings", "ZHL").tagged(&[("Zentra Holdings", Org), ("ZHL", Org), ("ZHL", Org)])];
    LabelMajority = "label-majority",
        "An entity takes the label most of its mentions have (the first on a tie), and so do all its mentions.",
        [entity("Tarvik grew. Tarvik is calm. Tarvik is large.", "Tarvik", Loc).tagged(&[("Tarvik", Org), ("Tarvik", Loc), ("Tarvik", Loc)])];
    PersonNotPlace = "person-not-place",
        "A person's name that is a country, city, county or region no one is named after is a place (and joins that place's entity): \"Vladivostok\", \"Nova Scotia\", \"Tower Hamlets\".",
        [entity("Vladivostok said the port reopened.", "Vladivostok", Loc).tagged(&[("Vladivostok", Person)])];
    PersonReadingSlip = "person-reading-slip",
        "A one-word person that is another kind elsewhere in the text, as often or more, and no one's given name or surname there, takes that kind and joins that entity.",
        [no_entity("Talks in Kelby ended. Kelby is quiet. Kelby said no.", "Kelby", Person).tagged(&[("Kelby", Loc), ("Kelby", Loc), ("Kelby", Person)])];
    RoleTitleBefore = "role-title-before",
        "A role before a person's name is the person's: \"Kremlin spokesman Dmitry Peskov\".",
        [role("Kremlin spokesman Dmitry Peskov spoke.", "spokesman", "Dmitry Peskov")];
    RoleHeadOf = "role-head-of",
        "A role head, \"of\" and capitalised words before a name are the person's role: \"Secretary of State John Kerry\".",
        [role("Yesterday Secretary of State Ilse Varga spoke.", "Secretary of State", "Ilse Varga")];
    RoleAppositionAfter = "role-apposition-after",
        "An apposition after a person's name that ends in a role head is the person's role: \"Yuri Ushakov, a foreign policy adviser\".",
        [role("Olaf Brenn, a senior adviser to the mayor, spoke.", "senior adviser", "Olaf Brenn")];
    RoleAppositionBefore = "role-apposition-before",
        "An apposition before a person's name, after a determiner (or, with none, a possessive), is the person's role: \"the head of the team, Rustem Umerov\", \"Mr Hughes's lawyer, Sarah Jones\".",
        [
            role("He met the special envoy, Olaf Brenn, on Monday.", "special envoy", "Olaf Brenn"),
            role("“We will appeal,” said Mr Kell's lawyer, Ann Vell.", "lawyer", "Ann Vell"),
        ];
}

const _: () = assert!(<EntityRule as crate::rules::RuleEnum>::TABLE.len() <= 128);
