//! The document under construction: its blocks of text and, written at the
//! same moment from the same values, its gold.
//!
//! Every entity mention, time, quantity and quotation goes through a method
//! here that both appends the words to the sentence being written and records
//! them in the gold, so gold and text cannot disagree.

use std::borrow::Cow;

use crate::calendar::{self, Date};
use crate::gold::{ConflictKey, DocFacts, DocGold, GoldEvent, GoldQuantity, GoldQuote, GoldTime};
use crate::names::capitalize;
use crate::rng::Rng;
use crate::world::{EntId, Entity, Kind, World};

/// A handle on an entity of this document.
pub type H = usize;

/// The layout role of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A section heading.
    Heading,
    /// A paragraph.
    Para,
    /// A list item at a nesting level (0 = top).
    Item(u8),
    /// A paragraph quoted as a block.
    BlockQuote,
    /// A transcript turn.
    Turn,
    /// Page furniture.
    Furniture,
}

/// One block of text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Role.
    pub kind: BlockKind,
    /// Text, without a bullet.
    pub text: String,
}

struct DocEnt<'w> {
    world: Option<EntId>,
    ent: Cow<'w, Entity>,
    form: usize,
    introduced: bool,
    acronym_defined: bool,
    aliases: Vec<String>,
}

/// A document being written.
pub struct Doc<'w> {
    /// The world written about.
    pub w: &'w World,
    /// This document's random stream.
    pub rng: Rng,
    /// Publication date, when the document states one.
    pub date: Option<Date>,
    /// The blocks written so far.
    pub blocks: Vec<Block>,
    /// Opening and closing quotation marks of this document's house style.
    pub marks: (&'static str, &'static str),
    /// Page metadata for HTML: title, site, author.
    pub meta: Vec<(&'static str, String)>,
    /// List bullets of this document: top level and nested.
    pub bullets: (&'static str, &'static str),
    /// Gold being collected (entities are filled in by [`Doc::finish`]).
    pub gold: DocGold,
    /// Cross-document facts being collected.
    pub facts: DocFacts,
    ents: Vec<DocEnt<'w>>,
}

/// What is at the start of a sentence buffer: nothing written yet.
fn at_start(s: &str) -> bool {
    s.trim_end().is_empty() || s.ends_with(": ") && s.len() < 3
}

impl<'w> Doc<'w> {
    /// A new empty document.
    pub fn new(w: &'w World, rng: Rng, name: &str, stem: &str) -> Doc<'w> {
        let mut rng = rng;
        let marks = if rng.chance(0.6) {
            ("\"", "\"")
        } else {
            ("\u{201c}", "\u{201d}")
        };
        let bullets = [
            ("• ", "  – "),
            ("- ", "    - "),
            ("* ", "  + "),
            ("• ", "    ◦ "),
            ("– ", "   · "),
        ][rng.below(5)];
        Doc {
            w,
            rng,
            date: None,
            blocks: Vec::new(),
            marks,
            bullets,
            meta: Vec::new(),
            gold: DocGold {
                doc: name.to_string(),
                ..DocGold::default()
            },
            facts: DocFacts {
                stem: stem.to_string(),
                ..DocFacts::default()
            },
            ents: Vec::new(),
        }
    }

    /// Registers world entity `id` (once) and returns its handle; the
    /// document settles on one spelling for it, usually the canonical one.
    pub fn ent(&mut self, id: EntId) -> H {
        if let Some(h) = self.ents.iter().position(|e| e.world == Some(id)) {
            return h;
        }
        let ent = self.w.ent(id);
        let form = if ent.forms.len() > 1 && self.rng.chance(0.4) {
            1 + self.rng.below(ent.forms.len() - 1)
        } else {
            0
        };
        self.facts.mentioned.push(id);
        self.ents.push(DocEnt {
            world: Some(id),
            ent: Cow::Borrowed(ent),
            form,
            introduced: false,
            acronym_defined: false,
            aliases: Vec::new(),
        });
        self.ents.len() - 1
    }

    /// Registers an entity that exists only in this document (a witness, a
    /// ministry), merging by name.
    pub fn local(&mut self, kind: Kind, name: &str) -> H {
        if let Some(h) = self
            .ents
            .iter()
            .position(|e| e.world.is_none() && e.ent.name() == name)
        {
            return h;
        }
        self.ents.push(DocEnt {
            world: None,
            ent: Cow::Owned(Entity::simple(kind, name.to_string())),
            form: 0,
            introduced: false,
            acronym_defined: false,
            aliases: Vec::new(),
        });
        self.ents.len() - 1
    }

    /// Registers an entity of this document only, with its own spellings
    /// (a briefing's spokeswoman).
    pub fn local_entity(&mut self, ent: Entity) -> H {
        self.ents.push(DocEnt {
            world: None,
            ent: Cow::Owned(ent),
            form: 0,
            introduced: false,
            acronym_defined: false,
            aliases: Vec::new(),
        });
        self.ents.len() - 1
    }

    /// The canonical name of `h`.
    pub fn name(&self, h: H) -> String {
        self.ents[h].ent.name().to_string()
    }

    /// The kind of `h`.
    pub fn kind(&self, h: H) -> Kind {
        self.ents[h].ent.kind
    }

    /// Whether `h` is female (for pronouns).
    pub fn female(&self, h: H) -> bool {
        self.ents[h].ent.female
    }

    fn alias(&mut self, h: H, text: &str, cross: bool) {
        let e = &mut self.ents[h];
        if !e.aliases.iter().any(|a| a == text) {
            e.aliases.push(text.to_string());
        }
        if let (true, Some(id)) = (cross, e.world) {
            if !self.facts.forms.iter().any(|(i, f)| *i == id && f == text) {
                self.facts.forms.push((id, text.to_string()));
            }
        }
    }

    fn full_form(&self, h: H) -> (String, Option<String>) {
        let e = &self.ents[h];
        let f = &e.ent.forms[e.form.min(e.ent.forms.len() - 1)];
        (f.full.clone(), f.acronym.clone())
    }

    /// The short form, when it is unambiguous in this document.
    fn short_form(&self, h: H) -> Option<String> {
        let e = &self.ents[h];
        let short = e.ent.forms.get(e.form)?.short.clone()?;
        let clash = self.ents.iter().enumerate().any(|(i, o)| {
            i != h
                && o.ent
                    .forms
                    .iter()
                    .any(|f| f.short.as_deref() == Some(short.as_str()))
        });
        (!clash).then_some(short)
    }

    /// Writes `text` verbatim as a mention of `h` (a citation's author, a
    /// title); `cross` says whether it is a full name for the cross gold.
    pub fn write_as(&mut self, s: &mut String, h: H, text: &str, cross: bool) {
        self.put(s, h, text, cross);
        self.ents[h].introduced = true;
    }

    /// The document's spelling of `h`: full name and short form.
    pub fn forms(&self, h: H) -> (String, Option<String>) {
        (self.full_form(h).0, self.short_form(h))
    }

    /// The full name as in a headline: recorded, but the entity still
    /// counts as not yet introduced in the body.
    pub fn bare(&mut self, s: &mut String, h: H) {
        let (full, _) = self.full_form(h);
        self.put(s, h, &full, true);
    }

    /// Whether any surface form of `h` was written.
    pub fn written(&self, h: H) -> bool {
        !self.ents[h].aliases.is_empty()
    }

    /// Whether `h` was mentioned already.
    pub fn introduced(&self, h: H) -> bool {
        self.ents[h].introduced
    }

    /// Writes `text` as a mention of `h`, capitalized at a sentence start.
    fn put(&mut self, s: &mut String, h: H, text: &str, cross: bool) {
        let written = if at_start(s) {
            capitalize(text)
        } else {
            text.to_string()
        };
        s.push_str(&written);
        self.alias(h, &written, cross);
    }

    /// Whether an organization's full name reads with "the" before it:
    /// long names and names ending in a collective head do; agencies,
    /// radios and names that already carry "The" do not.
    fn takes_the(&self, h: H, full: &str) -> bool {
        let heads = [
            "Union", "League", "Council", "Front", "Movement", "Army", "Party", "Alliance",
            "Congress",
        ];
        let words = full.split(' ').count();
        self.kind(h) == Kind::Org
            && !full.starts_with("The ")
            && !full.starts_with("Radio ")
            && (words >= 3 || heads.iter().any(|h| full.ends_with(h)))
    }

    /// The full name; on first mention an acronym is defined beside it.
    pub fn full(&mut self, s: &mut String, h: H) {
        let (full, acr) = self.full_form(h);
        // Arabic-style names read with or without "the"; English ones need it.
        let arabic = full.contains(" al-") || full.contains(" el-");
        let org_the = self.takes_the(h, &full) && (!arabic || self.rng.chance(0.5));
        if org_the && !full.starts_with("The ") {
            s.push_str(if at_start(s) { "The " } else { "the " });
        }
        match acr {
            Some(a) if !self.ents[h].acronym_defined => {
                self.ents[h].acronym_defined = true;
                if self.rng.chance(0.7) {
                    self.put(s, h, &full, true);
                    s.push_str(" (");
                    self.put(s, h, &a, true);
                    s.push(')');
                } else {
                    self.put(s, h, &a, true);
                    s.push_str(" (");
                    self.put(s, h, &full, true);
                    s.push(')');
                }
            }
            _ => self.put(s, h, &full, true),
        }
        self.ents[h].introduced = true;
    }

    /// A mention: the full name first, later a short form, an acronym or
    /// the full name again.
    pub fn m(&mut self, s: &mut String, h: H) {
        if !self.ents[h].introduced {
            return self.full(s, h);
        }
        let (full, acr) = self.full_form(h);
        let short = self.short_form(h);
        match self.rng.below(4) {
            0 | 1 if short.is_some() => {
                let short = short.unwrap_or_default();
                if self.kind(h) == Kind::Org {
                    s.push_str(if at_start(s) { "The " } else { "the " });
                }
                self.put(s, h, &short, false);
            }
            0..=2 if acr.is_some() && self.ents[h].acronym_defined => {
                self.put(s, h, &acr.unwrap_or_default(), true)
            }
            _ => {
                if self.takes_the(h, &full) {
                    s.push_str(if at_start(s) { "The " } else { "the " });
                }
                self.put(s, h, &full, true)
            }
        }
    }

    /// A person with a title before the name when the role has one
    /// ("Interior Minister Omar el-Rawi"); the titled form is an alias too.
    pub fn titled(&mut self, s: &mut String, h: H) {
        let role = self.ents[h]
            .ent
            .role
            .map(|r| crate::lexicon::lexicon().role(r));
        match role.and_then(|r| r.title) {
            Some(title) if self.kind(h) == Kind::Person => {
                let (full, _) = self.full_form(h);
                let written = if at_start(s) {
                    capitalize(title)
                } else {
                    title.to_string()
                };
                s.push_str(&written);
                s.push(' ');
                self.put(s, h, &full, true);
                self.alias(h, &format!("{written} {full}"), false);
                self.ents[h].introduced = true;
            }
            _ => self.m(s, h),
        }
    }

    /// A person with an appositive role ("Omar el-Rawi, the group's leader,").
    pub fn with_role(&mut self, s: &mut String, h: H) {
        let role = self.ents[h]
            .ent
            .role
            .map(|r| crate::lexicon::lexicon().role(r));
        self.m(s, h);
        if let Some(r) = role {
            s.push_str(", ");
            s.push_str(r.appositive);
            s.push(',');
        }
    }

    /// The name in capitals (datelines, transcript labels); `short` uses the short form.
    pub fn caps(&mut self, s: &mut String, h: H, short: bool) {
        let text =
            if short { self.short_form(h) } else { None }.unwrap_or_else(|| self.full_form(h).0);
        let up = text.to_uppercase();
        s.push_str(&up);
        self.alias(h, &up, false);
    }

    /// A possessive mention: `Karistan's`.
    pub fn poss(&mut self, s: &mut String, h: H) {
        self.m(s, h);
        s.push_str("'s");
    }

    /// Writes a time expression and records it.
    pub fn time(&mut self, s: &mut String, text: &str, value: &str) {
        let written = if at_start(s) {
            capitalize(text)
        } else {
            text.to_string()
        };
        s.push_str(&written);
        let t = GoldTime {
            text: written,
            value: vec![value.to_string()],
        };
        if !self.gold.times.iter().any(|x| x.text == t.text) {
            self.gold.times.push(t);
        }
    }

    /// Writes a day in one of several styles (after "on" where the caller
    /// wrote it); returns its value.
    pub fn day(&mut self, s: &mut String, d: Date) -> String {
        let text = calendar::write_day(&mut self.rng, d);
        self.time(s, &text, &d.iso());
        d.iso()
    }

    /// Writes a year; returns its value.
    pub fn year(&mut self, s: &mut String, y: i32) -> String {
        let v = y.to_string();
        self.time(s, &v, &v);
        v
    }

    /// Writes a month; returns its value.
    pub fn month(&mut self, s: &mut String, d: Date) -> String {
        let text = calendar::write_month(&mut self.rng, d);
        self.time(s, &text, &d.iso_month());
        d.iso_month()
    }

    /// Writes a quantity and records it; `written` must contain `core`.
    pub fn qty(&mut self, s: &mut String, written: &str, core: &str, value: f64) {
        s.push_str(written);
        self.gold.quantities.push(GoldQuantity {
            text: core.to_string(),
            value: Some(value),
            range: None,
        });
    }

    /// Writes a range quantity.
    pub fn qty_range(&mut self, s: &mut String, written: &str, core: &str, lo: f64, hi: f64) {
        s.push_str(written);
        self.gold.quantities.push(GoldQuantity {
            text: core.to_string(),
            value: None,
            range: Some((lo, hi)),
        });
    }

    /// Records an event reported with a date.
    pub fn event(&mut self, ev: Option<usize>, date: &str, keyword: &str, actors: &[H]) {
        let mut names: Vec<String> = actors.iter().map(|&h| self.name(h)).collect();
        names.dedup();
        self.gold.events.push(GoldEvent {
            date: date.to_string(),
            keywords: vec![keyword.to_string()],
            actors: names,
        });
        if let Some(e) = ev {
            if !self.facts.events.contains(&e) {
                self.facts.events.push(e);
            }
        }
    }

    /// Records a value written for a planted disagreement.
    pub fn conflict(&mut self, key: ConflictKey, value: u64) {
        if !self.facts.conflicts.contains(&(key, value)) {
            self.facts.conflicts.push((key, value));
        }
    }

    /// Records a quotation: `snippet` must occur in what was written.
    pub fn quote(&mut self, snippet: &str, speaker: &[String], date: Option<String>, block: bool) {
        let mut sp: Vec<String> = Vec::new();
        for x in speaker {
            if !sp.contains(x) {
                sp.push(x.clone());
            }
        }
        let q = GoldQuote {
            snippet: snippet.to_string(),
            speaker: sp,
            date: date.map(|d| vec![d]),
        };
        if block {
            self.gold.block_quotes.push(q);
        } else {
            self.gold.quotes.push(q);
        }
    }

    /// Speaker names acceptable for `h`: canonical, and every form written.
    pub fn speaker_names(&self, h: H) -> Vec<String> {
        let e = &self.ents[h];
        let mut v = vec![e.ent.name().to_string()];
        v.extend(
            e.aliases
                .iter()
                .filter(|a| a.chars().any(char::is_lowercase))
                .cloned(),
        );
        v
    }

    /// Adds a string to the ignore list.
    pub fn ignore(&mut self, text: &str) {
        if !self.gold.ignore.iter().any(|x| x == text) {
            self.gold.ignore.push(text.to_string());
        }
    }

    /// Appends a block.
    pub fn push(&mut self, kind: BlockKind, text: String) {
        if matches!(
            kind,
            BlockKind::Title | BlockKind::Heading | BlockKind::Furniture
        ) {
            self.ignore(&text);
        }
        self.blocks.push(Block { kind, text });
    }

    /// Fills in the gold entities and returns the finished gold.
    pub fn finish(&mut self) -> DocGold {
        let mut gold = std::mem::take(&mut self.gold);
        gold.date = self.date.map(Date::iso);
        for e in &self.ents {
            if e.aliases.is_empty() {
                continue;
            }
            let also = match (e.ent.kind, e.world) {
                (Kind::Work, _) => Some("organization"),
                (Kind::Place, Some(id)) if self.w.countries.iter().any(|c| c.ent == id) => {
                    Some("organization")
                }
                _ => None,
            };
            gold.entities.push(crate::gold::GoldEntity {
                name: e.ent.name().to_string(),
                kind: e.ent.kind.gold(),
                also,
                aliases: e.aliases.clone(),
            });
        }
        gold
    }
}
