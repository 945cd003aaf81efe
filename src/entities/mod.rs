//! Entities: mentions, their grouping into entities, and roles.
//!
//! ```
//! let doc = newsmark::segment::segment("Vladimir Putin met Trump. Putin left.");
//! let layer = newsmark::entities::recognise(&doc);
//! assert_eq!(layer.groups.iter().filter(|g| g.label == newsmark::Label::Person).count(), 2);
//! ```

use crate::segment::{Document, TokenKind};
use crate::types::{Entity, Label, Mention, Role};

/// The entity layer of a document: what [`recognise`] returns.
#[derive(Clone, Debug, Default)]
pub struct EntityLayer {
    /// Mentions, ordered by start, not overlapping.
    pub mentions: Vec<Mention>,
    /// Entities, `groups[i].id == i`.
    pub groups: Vec<Entity>,
    /// Roles tied to people.
    pub roles: Vec<Role>,
}

impl EntityLayer {
    /// The mention that starts at or contains byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.end <= offset);
        self.mentions.get(i).filter(|m| m.start <= offset)
    }
}

/// Finds the entity mentions in `doc`, groups them and ties roles to people.
///
/// FIRST VERSION: capitalised runs of words outside sentence starts are people.
pub fn recognise(doc: &Document) -> EntityLayer {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let t = doc.tokens[i];
        let w = doc.word(i);
        if t.kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
        {
            let start = i;
            while i + 1 < doc.tokens.len()
                && doc.tokens[i + 1].kind == TokenKind::Word
                && doc
                    .word(i + 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                i += 1;
            }
            spans.push((doc.tokens[start].start, doc.tokens[i].end, Label::Person));
        }
        i += 1;
    }
    group(doc.text, spans)
}

/// Groups labelled spans into entities: a span joins the entity whose name ends
/// with the same last word and has the same label.
fn group(text: &str, spans: Vec<(usize, usize, Label)>) -> EntityLayer {
    let mut layer = EntityLayer::default();
    let mut by_last: std::collections::HashMap<(&str, Label), u32> = Default::default();
    for (start, end, label) in spans {
        let name = &text[start..end];
        let last = name.rsplit(' ').next().unwrap_or(name);
        let id = *by_last.entry((last, label)).or_insert_with(|| {
            layer.groups.push(Entity {
                id: layer.groups.len() as u32,
                label,
                name: name.to_string(),
                mentions: 0,
            });
            layer.groups.len() as u32 - 1
        });
        let g = &mut layer.groups[id as usize];
        g.mentions += 1;
        if name.len() > g.name.len() {
            g.name = name.to_string();
        }
        layer.mentions.push(Mention {
            start,
            end,
            label,
            id,
        });
    }
    layer
}
