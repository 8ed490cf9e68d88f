//! HTML pages to their main content.
//!
//! The page is parsed by html5ever (through `scraper`, whose arena tree has no
//! recursive drop, so deep pages cannot overflow the stack). The main content
//! is the largest `<article>`, else `<main>` or `[role=main]`, else `<body>`;
//! inside it, navigation, headers, footers, asides, forms, scripts and any
//! element whose class or id names a share bar, related links, comments,
//! newsletter boxes or ads are dropped. Block elements become paragraphs
//! separated by a blank line; list items open with `• ` so that layout sees
//! them as a list.
//!
//! html5ever's tree builder does work proportional to the open-element stack
//! for each start tag, so a page nested thousands deep would cost quadratic
//! time. A linear pre-scan measures the nesting first; beyond the limit the
//! page is read by [`strip_tags`] instead, and the caller is warned.

mod meta;
mod strip;

use scraper::{ElementRef, Html, Node, Selector};

pub use strip::{nesting_depth, strip_tags};

/// The text and metadata of a page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Main content as plain text.
    pub text: String,
    /// `og:title`, else the first `<h1>`, else `<title>`.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD` from metadata.
    pub date: Option<String>,
    /// Set when the page had to be read the simple way.
    pub warning: Option<String>,
}

/// Elements whose content is never article text.
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "iframe", "button", "select", "textarea", "figure", "head", "menu", "dialog", "object",
];

/// Class or id fragments that mark page furniture.
const DROP_MARKS: &[&str] = &[
    "share",
    "social",
    "related",
    "comment",
    "newsletter",
    "subscribe",
    "advert",
    "promo",
    "cookie",
    "sidebar",
    "breadcrumb",
    "navbar",
    "menu",
    "footer",
    "popular",
    "most-read",
    "recommend",
    "signup",
    "paywall",
    "banner",
    "toolbar",
    "pagination",
];

/// Elements that start a new paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "tr",
    "dd",
    "dt",
    "section",
    "article",
    "main",
    "table",
    "ul",
    "ol",
    "dl",
    "address",
    "hr",
    "br",
    "td",
    "th",
    "figcaption",
    "caption",
    "summary",
    "details",
];

/// Extracts the main content of `html`, parsing it only when its nesting
/// stays within `max_depth`.
pub fn extract(html: &str, max_depth: usize) -> Page {
    let depth = nesting_depth(html);
    if depth > max_depth {
        return Page {
            text: strip_tags(html),
            title: None,
            date: None,
            warning: Some(format!(
                "HTML nested {depth} elements deep (limit {max_depth}); read without the HTML parser"
            )),
        };
    }
    let doc = Html::parse_document(html);
    let root = main_root(&doc);
    let mut out = TextWriter::default();
    walk(root, &mut out);
    Page {
        text: out.finish(),
        title: meta::title(&doc),
        date: meta::date(&doc),
        warning: None,
    }
}

/// The element holding the article: the `<article>` with the most text, else
/// `<main>`, else `[role=main]`, else `<body>`, else the root.
fn main_root(doc: &Html) -> ElementRef<'_> {
    for sel in ["article", "main", "[role=main]", "body"] {
        let Ok(selector) = Selector::parse(sel) else {
            continue;
        };
        let best = doc
            .select(&selector)
            .max_by_key(|e| e.text().map(|t| t.trim().len()).sum::<usize>());
        if let Some(e) = best {
            return e;
        }
    }
    doc.root_element()
}

fn dropped(el: &scraper::node::Element) -> bool {
    if DROP_TAGS.contains(&el.name()) {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    let marks = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    DROP_MARKS.iter().any(|m| marks.contains(m))
}

/// Walks the tree without recursion, writing kept text.
fn walk(root: ElementRef<'_>, out: &mut TextWriter) {
    use ego_tree::iter::Edge;
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) if dropped(el) => skipping = Some(node.id()),
                    Node::Element(el) => {
                        if BLOCK_TAGS.contains(&el.name()) {
                            out.paragraph();
                        }
                        if el.name() == "li" {
                            out.bullet();
                        }
                    }
                    Node::Text(t) => out.text(t),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(el) = node.value() {
                        if BLOCK_TAGS.contains(&el.name()) {
                            out.paragraph();
                        }
                    }
                }
            }
        }
    }
}

/// Collects text with collapsed white space and paragraph breaks.
#[derive(Default)]
pub(crate) struct TextWriter {
    buf: String,
    pending_space: bool,
    pending_break: bool,
}

impl TextWriter {
    pub(crate) fn text(&mut self, t: &str) {
        if t.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        let mut words = t.split_whitespace().peekable();
        while let Some(word) = words.next() {
            self.separate();
            self.buf.push_str(word);
            // Inline markup inside a word ("Tabrizi<em>'s</em>") keeps no space.
            self.pending_space = words.peek().is_some() || t.ends_with(char::is_whitespace);
        }
    }

    fn separate(&mut self) {
        if !self.buf.is_empty() {
            if self.pending_break {
                self.buf.push_str("\n\n");
            } else if self.pending_space {
                self.buf.push(' ');
            }
        }
        self.pending_break = false;
        self.pending_space = false;
    }

    pub(crate) fn paragraph(&mut self) {
        self.pending_break = true;
    }

    fn bullet(&mut self) {
        self.separate();
        self.buf.push('•');
        self.pending_space = true;
    }

    pub(crate) fn finish(mut self) -> String {
        if !self.buf.is_empty() {
            self.buf.push('\n');
        }
        self.buf
    }
}

#[cfg(test)]
mod tests;
