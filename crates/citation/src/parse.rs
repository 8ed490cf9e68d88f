//! Reading one reference: "Author 2004: 88", "Annals of the Front, vol. 4,
//! p. 77", "Sabah Monitor, 6 May 1984".
//!
//! The patterns are regular expressions built once from the lexicons and
//! run as finite automata (see `rx`), so even a long or hostile
//! parenthesis costs time linear in its length.

use std::sync::OnceLock;

use crate::rx::Rx as Regex;

use crate::lexicon;

/// The fields of one reference and where, inside the parsed text, it starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// Byte offset inside the parsed text where the reference starts (after cue words).
    pub start: usize,
    /// Author(s) as written.
    pub author: Option<String>,
    /// Title of the work or name of the source.
    pub title: Option<String>,
    /// Year with its letter suffix.
    pub year: Option<String>,
    /// Volume.
    pub volume: Option<String>,
    /// Issue number.
    pub number: Option<String>,
    /// Page or page range.
    pub page: Option<String>,
}

const YEAR: &str = r"(?:1[5-9]\d\d|20\d\d)[a-z]?";
const PAGES: &str = r"\d+(?:\s*[–-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–-]\s*\d+)?)*";

fn alternation(words: impl Iterator<Item = &'static str>) -> String {
    let mut v: Vec<String> = words.map(regex::escape).collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.join("|")
}

/// An author's name: capitalised words, initials, particles, "and", "et al.".
pub(crate) fn author_pattern() -> String {
    let part = alternation(lexicon::particles());
    let name = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?";
    let start = format!(r"(?:(?:{part})[\s\-])?{name}");
    let word = format!(r"(?:(?:{part})-{name}|{name}|(?:{part}))");
    format!(r"{start}(?:\s+(?:{word}|and|&))*(?:\s+et\s+al\.?)?")
}

fn author_year() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let cues = alternation(lexicon::cues());
        let author = author_pattern();
        let re = format!(
            r"^(?P<cue>(?i:(?:{cues})\s+)*)(?P<author>{author}),?\s+(?P<year>{YEAR})\s*(?:[,:]\s*(?:(?:pp?|paras?|ch|chap)\.?\s*)?(?P<page>{PAGES}))?\s*$"
        );
        Regex::new(&re)
    })
}

fn year_only() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let re =
            format!(r"^(?P<year>{YEAR})\s*(?:[,:]\s*(?:(?:pp?|paras?)\.?\s*)?(?P<page>{PAGES}))?$");
        Regex::new(&re)
    })
}

fn date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let m = alternation(lexicon::months());
        let re = format!(
            r"(?i)^(?:\d{{1,2}}\s+(?:{m})\.?,?\s+(?P<a>{YEAR})|(?:{m})\.?\s+\d{{1,2}},?\s+(?P<b>{YEAR})|(?:{m})\.?\s+(?P<c>{YEAR})|\(?(?P<d>{YEAR})\)?)$"
        );
        Regex::new(&re)
    })
}

fn locator() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(?:(?P<vol>vol(?:ume)?s?)|(?P<no>no|nr|nos|issue|number)|(?P<page>pp?|pages?|paras?|para))\.?\s*(?P<val>[\dIVXLC]+(?:\s*[–-]\s*\d+)?)$")
    })
}

/// "Author 2004: 88", "see also H. Author 2001a", "Author et al. 2001, pp. 3–5".
pub fn author_year_ref(part: &str) -> Option<Fields> {
    if !spaced_year_digit(part) {
        return None;
    }
    let c = author_year().captures(part)?;
    let author = c.name("author")?;
    Some(Fields {
        start: author.start(),
        author: Some(author.as_str().to_string()),
        year: c.name("year").map(|m| m.as_str().to_string()),
        page: c.name("page").map(|m| m.as_str().to_string()),
        ..Fields::default()
    })
}

/// True when a `1` or `2` follows white space somewhere in `part`: the
/// author-year pattern needs one (its year comes after `\s+`), and most
/// parentheses without it are turned away before the pattern runs.
fn spaced_year_digit(part: &str) -> bool {
    let mut prev_space = false;
    for c in part.chars() {
        if prev_space && matches!(c, '1' | '2') {
            return true;
        }
        prev_space = c.is_whitespace();
    }
    false
}

/// "2004: 88" after an author named outside the parenthesis.
pub fn year_ref(part: &str) -> Option<Fields> {
    let c = year_only().captures(part)?;
    Some(Fields {
        year: c.name("year").map(|m| m.as_str().to_string()),
        page: c.name("page").map(|m| m.as_str().to_string()),
        ..Fields::default()
    })
}

/// The year of a date ("6 May 1984", "March 2006", "(2008)"), when the text is one.
pub fn date_year(s: &str) -> Option<String> {
    let c = date().captures(s.trim())?;
    ["a", "b", "c", "d"]
        .iter()
        .find_map(|n| c.name(n))
        .map(|m| m.as_str().to_string())
}

/// "Annals of the Front, vol. 4, p. 77", "Journal, No. 7, p. 112",
/// "Sabah Monitor, 6 May 1984": a title, then locators or a date.
pub fn titled_ref(part: &str) -> Option<Fields> {
    let mut segs = part.split(',').map(str::trim);
    let (title, volume) = split_volume(segs.next()?);
    let words = title.split_whitespace().count();
    let opens = title.chars().next()?;
    if words == 0 || words > 10 || title.chars().any(|c| c.is_ascii_digit()) || opens == '"' {
        return None;
    }
    let mut f = Fields {
        title: Some(title.to_string()),
        volume: volume.map(str::to_string),
        ..Fields::default()
    };
    let mut located = false;
    let mut dated = false;
    for seg in segs {
        if let Some(c) = locator().captures(seg) {
            let val = c.name("val").map(|m| m.as_str().to_string());
            if c.name("vol").is_some() {
                f.volume = val;
            } else if c.name("no").is_some() {
                f.number = val;
            } else {
                f.page = val;
            }
            located = true;
        } else if let Some(y) = date_year(seg) {
            f.year = Some(y);
            dated = true;
        } else {
            return None;
        }
    }
    // A bare "(Name, 1999)" is an author-year reference; a dated source
    // needs a day or month ("Sabah Monitor, 6 May 1984").
    let full_date = dated && part.rsplit(',').next().is_some_and(|d| d.trim().len() > 6);
    if !(located || full_date) || volume.is_some() && f.page.is_none() {
        return None;
    }
    if !located && !opens.is_uppercase() && !title.contains(char::is_uppercase) {
        return None;
    }
    Some(f)
}

/// Splits a journal's volume off its title: "Studies Review 17" is the
/// title "Studies Review", volume 17. Only a short number after a
/// capitalized title of two words or more counts, and the caller asks for
/// pages too, so "(Room 101)" or "(Resolution 242)" stay what they are.
fn split_volume(title: &str) -> (&str, Option<&str>) {
    let Some((head, last)) = title.rsplit_once(' ') else {
        return (title, None);
    };
    let short_number = (1..=3).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_digit());
    let titled = head.split_whitespace().count() >= 2 && head.starts_with(char::is_uppercase);
    if short_number && titled {
        (head.trim_end(), Some(last))
    } else {
        (title, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_year_shapes() {
        let f = author_year_ref("Author 2004: 88").unwrap();
        assert_eq!(
            (f.author.as_deref(), f.year.as_deref(), f.page.as_deref()),
            (Some("Author"), Some("2004"), Some("88"))
        );
        let f = author_year_ref("see also K. Author 2001a").unwrap();
        assert_eq!(
            (f.author.as_deref(), f.year.as_deref()),
            (Some("K. Author"), Some("2001a"))
        );
        let f = author_year_ref("Author et al. 2001, pp. 3–5").unwrap();
        assert_eq!(
            (f.author.as_deref(), f.page.as_deref()),
            (Some("Author et al."), Some("3–5"))
        );
        assert!(author_year_ref("Author and Other 2003").is_some());
        assert!(author_year_ref("the winter of 1990").is_none());
        assert!(author_year_ref("Former member Hassan Qureishi says the winter of 1990").is_none());
    }

    #[test]
    fn titled_shapes() {
        let f = titled_ref("Annals of the Front, vol. 4, p. 77").unwrap();
        assert_eq!(
            (f.volume.as_deref(), f.page.as_deref()),
            (Some("4"), Some("77"))
        );
        let f = titled_ref("Journal, No. 7, p. 112").unwrap();
        assert_eq!(f.number.as_deref(), Some("7"));
        let f = titled_ref("Sabah Monitor, 6 May 1984").unwrap();
        assert_eq!(f.year.as_deref(), Some("1984"));
        let f = titled_ref("Regional Studies Review 17, pp. 269–280").unwrap();
        assert_eq!(
            (f.title.as_deref(), f.volume.as_deref(), f.page.as_deref()),
            (Some("Regional Studies Review"), Some("17"), Some("269–280"))
        );
        assert!(titled_ref("Security Council Resolution 242, 1967").is_none());
        assert!(titled_ref("Leyla Arman, The Kesh Observer").is_none());
        assert!(titled_ref("Comisión de la Verdad, CV").is_none());
    }
}
