//! Blocks to bytes: plain text with blank lines between blocks, or an HTML
//! page with the boilerplate scraped pages carry.

use crate::compose::{Block, BlockKind, Doc};
use crate::lexicon::lexicon;

/// Plain text: one block per paragraph, blank lines between blocks, list
/// items on consecutive lines under their bullets.
pub fn text(d: &Doc) -> String {
    let mut out = String::with_capacity(4096);
    let mut prev: Option<BlockKind> = None;
    for b in &d.blocks {
        let item = matches!(b.kind, BlockKind::Item(_));
        if let Some(p) = prev {
            let both_items = item && matches!(p, BlockKind::Item(_));
            out.push_str(if both_items { "\n" } else { "\n\n" });
        }
        match b.kind {
            BlockKind::Item(0) => out.push_str(d.bullets.0),
            BlockKind::Item(_) => out.push_str(d.bullets.1),
            _ => {}
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
    out.push('\n');
    out
}

fn escape(s: &str, entities: bool) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{201c}' if entities => out.push_str("&#8220;"),
            '\u{201d}' if entities => out.push_str("&#8221;"),
            '\u{2019}' if entities => out.push_str("&#8217;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn meta<'a>(d: &'a Doc, key: &str) -> &'a str {
    d.meta
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, v)| v.as_str())
}

/// An HTML page around the blocks; every boilerplate string is added to
/// the gold `ignore` list by the caller through [`boilerplate`].
pub fn html(d: &Doc, entities: bool) -> String {
    let e = |s: &str| escape(s, entities);
    let title = meta(d, "title");
    let site = meta(d, "site");
    let author = meta(d, "author");
    let date = d.date.map(|x| x.iso()).unwrap_or_default();
    let mut out = String::with_capacity(8192);
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!("<title>{} | {}</title>\n", e(title), e(site)));
    out.push_str(&format!(
        "<meta property=\"og:title\" content=\"{}\">\n",
        e(title)
    ));
    out.push_str(&format!(
        "<meta property=\"article:published_time\" content=\"{date}T08:00:00Z\">\n"
    ));
    out.push_str("<script>window.dataLayer=[];function track(){}</script>\n<style>nav a{margin:0 4px}</style>\n");
    out.push_str("</head>\n<body>\n<header><nav>");
    for item in NAV {
        out.push_str(&format!("<a href=\"/{}\">{item}</a> ", item.to_lowercase()));
    }
    out.push_str("</nav></header>\n<div class=\"share\">Share on Facebook | Share on X | Email</div>\n<article>\n");
    let mut in_list = false;
    for b in &d.blocks {
        let item = matches!(b.kind, BlockKind::Item(_));
        if item && !in_list {
            out.push_str("<ul>\n");
        } else if !item && in_list {
            out.push_str("</ul>\n");
        }
        in_list = item;
        out.push_str(&block(b, &e));
    }
    if in_list {
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n<aside><h3>Most read</h3><ul>");
    for a in lexicon().list("furniture/html-aside").iter().take(3) {
        out.push_str(&format!("<li>{}</li>", e(a)));
    }
    out.push_str("</ul></aside>\n<div class=\"comments\"><h3>Post a comment</h3><form><textarea></textarea></form></div>\n");
    out.push_str(&format!(
        "<footer>&copy; {} {}. All rights reserved. <a href=\"/contact\">Contact us</a> | <a href=\"/privacy\">Privacy policy</a></footer>\n",
        d.date.map_or(2020, |x| x.y),
        e(site)
    ));
    let _ = author;
    out.push_str("</body>\n</html>\n");
    out
}

const NAV: [&str; 4] = ["Home", "World", "Politics", "Subscribe"];

fn block(b: &Block, e: &impl Fn(&str) -> String) -> String {
    match b.kind {
        BlockKind::Title => format!("<h1>{}</h1>\n", e(&b.text)),
        BlockKind::Heading => format!("<h2>{}</h2>\n", e(&b.text)),
        BlockKind::Item(0) => format!("<li>{}</li>\n", e(&b.text)),
        BlockKind::Item(_) => format!("<li class=\"sub\">{}</li>\n", e(&b.text)),
        BlockKind::BlockQuote => format!("<blockquote><p>{}</p></blockquote>\n", e(&b.text)),
        BlockKind::Furniture => format!("<div class=\"furniture\">{}</div>\n", e(&b.text)),
        BlockKind::Para | BlockKind::Turn => format!("<p>{}</p>\n", e(&b.text)),
    }
}

/// The boilerplate strings of [`html`], for the gold `ignore` list.
pub fn boilerplate() -> Vec<String> {
    let mut v: Vec<String> = NAV.iter().map(|s| s.to_string()).collect();
    v.extend(
        [
            "Share on Facebook | Share on X | Email",
            "Facebook",
            "Most read",
            "Post a comment",
            "All rights reserved",
            "Contact us",
            "Privacy policy",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    v.extend(
        lexicon()
            .list("furniture/html-aside")
            .iter()
            .take(3)
            .map(|s| s.to_string()),
    );
    v
}
