use super::*;

const PAGE: &str = r#"<!doctype html><html><head>
<title>Talks collapse | The Observer</title>
<meta property="og:title" content="Talks collapse">
<meta property="article:published_time" content="2012-11-08T09:30:00Z">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-bar">Share on Facebook</div>
<article><h1>Talks collapse</h1><p>Marvand recalled its envoy on <em>Wednesday</em>, the ministry said.</p>
<p>&#8220;We came to settle,&#8221; Tabrizi<em>&#8217;s</em> aide said.</p>
<ul><li>First point</li><li>Second point</li></ul></article>
<aside>Most read</aside><div id="comments">Post a comment</div><footer>&copy; 2012</footer></body></html>"#;

#[test]
fn keeps_the_article_only() {
    let page = extract(PAGE, 512);
    assert_eq!(page.title.as_deref(), Some("Talks collapse"));
    assert_eq!(page.date.as_deref(), Some("2012-11-08"));
    assert!(page
        .text
        .contains("Marvand recalled its envoy on Wednesday, the ministry said."));
    assert!(page
        .text
        .contains("\u{201c}We came to settle,\u{201d} Tabrizi\u{2019}s aide said."));
    assert!(page.text.contains("\n\n• First point\n\n• Second point"));
    for furniture in [
        "Home",
        "Share on",
        "Most read",
        "Post a comment",
        "not text",
        "©",
    ] {
        assert!(
            !page.text.contains(furniture),
            "{furniture} leaked: {}",
            page.text
        );
    }
}

#[test]
fn json_ld_date_and_time_element() {
    let page = extract(
        r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2009-06-12"}]}</script></head><body><p>Text here.</p></body></html>"#,
        512,
    );
    assert_eq!(page.date.as_deref(), Some("2009-06-12"));
    let page = extract(
        r#"<body><time datetime="2001-10-02T10:00">Oct 2</time><p>Body.</p></body>"#,
        512,
    );
    assert_eq!(page.date.as_deref(), Some("2001-10-02"));
}

#[test]
fn deep_nesting_falls_back_linearly() {
    let mut html = String::from("<html><body>");
    for _ in 0..10_000 {
        html.push_str("<div><span>");
    }
    html.push_str("deep words &amp; more");
    let page = extract(&html, 512);
    assert!(page.warning.unwrap().contains("nested"));
    assert!(page.text.contains("deep words & more"));
}

#[test]
fn unclosed_tags_parse() {
    let page = extract("<html><body><p>One <b>bold<p>Two <i>three", 512);
    assert!(page.text.contains("One bold"));
    assert!(page.text.contains("Two three"));
    assert!(page.warning.is_none());
}

#[test]
fn depth_ignores_void_and_implicitly_closed_tags() {
    assert_eq!(nesting_depth("<div><p>a<p>b<br><img src=x><hr/></div>"), 1);
    assert_eq!(nesting_depth("<a><b><c></c></b></a>"), 3);
}
