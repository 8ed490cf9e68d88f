//! Title and publication date from a page's metadata.

use scraper::{Html, Selector};

fn first_attr(doc: &Html, selector: &str, attr: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|v| !v.is_empty())
}

fn first_text(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    doc.select(&sel)
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|t| !t.is_empty())
}

/// `og:title`, else the first `<h1>`, else `<title>`.
pub(crate) fn title(doc: &Html) -> Option<String> {
    first_attr(doc, r#"meta[property="og:title"]"#, "content")
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title"))
}

/// The publication date: `article:published_time` and its kin, JSON-LD
/// `datePublished`, then the first `<time datetime>`.
pub(crate) fn date(doc: &Html) -> Option<String> {
    const METAS: &[&str] = &[
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publishdate"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="dc.date"]"#,
        r#"meta[name="DC.date.issued"]"#,
        r#"meta[property="og:published_time"]"#,
    ];
    METAS
        .iter()
        .filter_map(|s| first_attr(doc, s, "content"))
        .chain(json_ld_dates(doc))
        .chain(first_attr(doc, "time[datetime]", "datetime"))
        .find_map(|v| iso_day(&v))
}

/// `datePublished` values from every JSON-LD block, searched through nested
/// objects and `@graph` lists.
fn json_ld_dates(doc: &Html) -> Vec<String> {
    let Ok(sel) = Selector::parse(r#"script[type="application/ld+json"]"#) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for script in doc.select(&sel) {
        let raw: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) {
            collect_dates(&value, &mut out, 0);
        }
    }
    out
}

fn collect_dates(v: &serde_json::Value, out: &mut Vec<String>, depth: usize) {
    if depth > 16 {
        return;
    }
    match v {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(d)) = map.get("datePublished") {
                out.push(d.clone());
            }
            map.values().for_each(|x| collect_dates(x, out, depth + 1));
        }
        serde_json::Value::Array(items) => {
            items.iter().for_each(|x| collect_dates(x, out, depth + 1))
        }
        _ => {}
    }
}

/// `YYYY-MM-DD` from the start of an ISO date or date-time, if valid.
pub(crate) fn iso_day(v: &str) -> Option<String> {
    let d = v.trim().get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10);
    if !ok {
        // Only now is `d` known to be ASCII, so the slices below are on char boundaries.
        return None;
    }
    let month: u32 = d[5..7].parse().ok()?;
    let day: u32 = d[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::iso_day;

    #[test]
    fn iso_day_reads_dates_and_datetimes() {
        assert_eq!(iso_day("2011-03-14").as_deref(), Some("2011-03-14"));
        assert_eq!(
            iso_day(" 2011-03-14T09:30:00Z").as_deref(),
            Some("2011-03-14")
        );
        assert_eq!(iso_day("2011-13-14"), None);
    }

    #[test]
    fn iso_day_refuses_non_ascii_without_panicking() {
        // A multi-byte character inside the first ten bytes once made the
        // month slice fall inside it.
        assert_eq!(iso_day("2011-0\u{ff}-14"), None);
        assert_eq!(iso_day("20\u{e9}1-03-14"), None);
        assert_eq!(iso_day("2011-03-\u{ff}4xx"), None);
    }
}
