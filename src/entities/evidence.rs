//! What the whole document says about one name: a one-word "person" no one
//! is called (`orphan-person-relabel`), a sentence's first word that is a
//! common word elsewhere (`drop-common-opener`).

use std::collections::{HashMap, HashSet};

use super::fx::{Fx, FxBuild};
use super::gazetteer::{self, Lex};
use super::group::key_of;
use super::rules::EntityRule::*;
use super::span::{Cx, Span};
use crate::segment::TokenKind;
use crate::types::Label;
use crate::words::{self, has, is_title};

/// How far below the person score the next best kind may be, in the
/// embedded model's units (its largest weight is 30000; a typical
/// difference between kinds on an unknown word is 300 to 1500). Chosen
/// among 300, 600 and 1000, which score alike; retune after retraining.
const ORPHAN_MARGIN: f32 = 600.0;

/// "Olivetti", "Novartis": a one-word name tagged as a person that is no
/// known given name or surname and no part of a fuller person's name in the
/// document is most often an organisation or a place the model did not
/// know: it takes the kind the model scored next best (`kinds`, in
/// [`super::tagger::Kind`] order), when that came within [`ORPHAN_MARGIN`] of it.
pub fn orphan_people(cx: &Cx, names: &mut [Span], kinds: &[[f32; 4]]) {
    if !cx.on(OrphanPersonRelabel) {
        return;
    }
    let text = cx.text;
    // the words of fuller names, as written, by hash (no allocation per name)
    let hash = |w: &str| Fx::new(2).bytes(w.as_bytes()).full();
    let mut parts: HashMap<u64, u8, FxBuild> = HashMap::default();
    for x in names.iter() {
        if x.label == Label::Person && text[x.start..x.end].contains(' ') {
            for w in text[x.start..x.end].split(' ') {
                parts.insert(hash(w), 1);
            }
        }
    }
    let person = Lex(Lex::FIRST.0 | Lex::LAST.0 | Lex::G_PER.0 | Lex::PEOPLE.0);
    for (x, k) in names.iter_mut().zip(kinds) {
        let (s, e) = (x.start, x.end);
        let word = &text[s..e];
        if x.label != Label::Person || word.contains(['.', '-']) {
            continue;
        }
        let several = word.contains(' ');
        // "Crisis Crew", "Nairobi Quexel": no word of a person's name, and one
        // that is a common word or a place
        if several
            && !(word
                .split(' ')
                .all(|w| !gazetteer::lookup(&key_of(w)).contains(person))
                && word.split(' ').any(|w| {
                    !has(words::NAME_PARTICLES, key_of(w).as_str())
                        && gazetteer::lookup(&key_of(w)).contains(Lex(Lex::COMMON.0
                            | Lex::PLACE.0
                            | Lex::ORG.0
                            | Lex::G_ORG.0
                            | Lex::G_LOC.0))
                }))
        {
            continue;
        }
        // "Zorbatz said", "President Zorbatz": a person after all
        let k0 = cx.token_at(s);
        let k1 = cx.token_at(e.saturating_sub(1)) + 1;
        let said = k1 < cx.tokens.len() && has(words::SPEECH_VERBS_AFTER_NAME, cx.word(k1));
        let titled = k0 > 0 && is_title(cx.word(k0 - 1));
        if said
            || titled
            || parts.contains_key(&hash(word))
            || gazetteer::lookup(&key_of(word)).contains(person)
        {
            continue;
        }
        let (mut best, mut label) = (f32::NEG_INFINITY, Label::Person);
        for (v, l) in [(k[1], Label::Org), (k[2], Label::Loc), (k[3], Label::Misc)] {
            if v > best {
                best = v;
                label = l;
            }
        }
        if best > k[0] - ORPHAN_MARGIN {
            x.label = label;
            x.why.add(OrphanPersonRelabel);
        }
    }
}

/// "Copper prices rose ... the price of copper": a one-word name
/// that opens a sentence, is in no name list, and is written in lower case
/// elsewhere in the document is a common word, not a name.
pub fn drop_common_openers(cx: &Cx, names: &mut Vec<Span>) {
    if !cx.on(DropCommonOpener) {
        return;
    }
    let hash = |w: &str| Fx::new(3).bytes(w.as_bytes()).full();
    let lower: HashSet<u64, FxBuild> = cx
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(k, _)| cx.word(k))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(hash)
        .collect();
    if lower.is_empty() {
        return;
    }
    let known = Lex(Lex::FIRST.0
        | Lex::LAST.0
        | Lex::PLACE.0
        | Lex::NORP.0
        | Lex::ORG.0
        | Lex::PEOPLE.0
        | Lex::GAZETTEER.0);
    names.retain(|x| {
        let word = &cx.text[x.start..x.end];
        let k = cx.token_at(x.start);
        if word.contains([' ', '.', '-']) || k + 1 != cx.token_at(x.end) {
            return true;
        }
        // first in its sentence, after any opening quote or bracket
        let opens = (cx.sentences[cx.sentence_of(k)].tokens.start..k)
            .all(|j| cx.tokens[j].kind == TokenKind::Punct);
        let low = word.to_lowercase();
        !(opens && lower.contains(&hash(&low)) && !gazetteer::lookup(&low).contains(known))
    });
}
