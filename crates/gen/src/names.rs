//! Making names: invented places, persons from several naming cultures, and
//! the spelling variants a transliterated name picks up between sources.
//!
//! Variants follow the rules that make real transliterations drift: the
//! Arabic article written `al-`, `el-` or dropped; `ou` against `u`; a
//! doubled consonant written single or a single one doubled; `e` against `a`.

use crate::lexicon::lexicon;
use crate::rng::Rng;

/// Capitalizes the first letter.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An invented one-word place name: two or three syllables and an optional
/// suffix (`country` picks from the country suffixes, else city suffixes).
pub fn invent_place(rng: &mut Rng, country: bool) -> (String, Option<&'static str>) {
    let lx = lexicon();
    let onsets = lx.list("places/onset");
    let vowels = lx.list("places/vowel");
    let codas = lx.list("places/coda");
    let mut s = String::new();
    let syllables = if country { 2 } else { 2 + rng.below(2) };
    for i in 0..syllables {
        s.push_str(rng.pick(onsets).copied().unwrap_or("k"));
        s.push_str(rng.pick(vowels).copied().unwrap_or("a"));
        if i + 1 == syllables || rng.chance(0.3) {
            s.push_str(rng.pick(codas).copied().unwrap_or("n"));
        }
    }
    let suffix_list = if country {
        lx.list("places/country-suffix")
    } else {
        lx.list("places/city-suffix")
    };
    let suffix = if country || rng.chance(0.4) {
        rng.pick(suffix_list).copied()
    } else {
        None
    };
    if let Some(suf) = suffix {
        // Avoid a vowel clash at the join ("Kora" + "and" → "Korand").
        if s.ends_with(['a', 'e', 'i', 'o', 'u']) && suf.starts_with(['a', 'e', 'i', 'o', 'u']) {
            s.pop();
        }
        s.push_str(suf);
    }
    (capitalize(&s), suffix)
}

/// The demonym of a country made with suffix `suffix` (`Karistan` → `Karistani`).
pub fn demonym(country: &str, suffix: Option<&str>) -> String {
    let lx = lexicon();
    for rule in lx.list("places/demonym-for") {
        if let Some((from, to)) = rule.split_once(' ') {
            if suffix == Some(from) {
                if let Some(stem) = country.strip_suffix(from) {
                    return format!("{stem}{to}");
                }
            }
        }
    }
    format!("{country}i")
}

/// How a name's particle is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particle {
    /// No particle.
    None,
    /// The Arabic article, written `al-`, `el-` or dropped.
    Article(u8),
    /// A separate word: `van`, `de`, `bin`.
    Word(&'static str),
}

/// A person's name in one spelling: full and short forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonForm {
    /// `Khalid al-Haddad`.
    pub full: String,
    /// The form used alone on later mentions: `al-Haddad`, `Haddad`,
    /// `van Dijk`, or the given name where culture uses it (`bin` names).
    pub short: String,
}

/// Spelling variants of a transliterated word, the word itself first.
pub fn translit_variants(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if !word.is_ascii() || word.len() < 3 {
        return out;
    }
    let mut push = |w: String| {
        if !out.contains(&w) && w.len() > 2 {
            out.push(w);
        }
    };
    if word.contains("ou") {
        push(word.replacen("ou", "u", 1));
    } else if let Some(i) = word[1..].find('u').map(|i| i + 1) {
        push(format!("{}ou{}", &word[..i], &word[i + 1..]));
    }
    let b = word.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    if let Some(i) = (1..b.len()).find(|&i| b[i] == b[i - 1] && !vowel(b[i])) {
        push(format!("{}{}", &word[..i], &word[i + 1..]));
    } else if let Some(i) =
        (1..b.len().saturating_sub(1)).find(|&i| !vowel(b[i]) && vowel(b[i - 1]) && vowel(b[i + 1]))
    {
        push(format!("{}{}", &word[..=i], &word[i..]));
    }
    if let Some(i) = word[1..].find('e').map(|i| i + 1) {
        push(format!("{}a{}", &word[..i], &word[i + 1..]));
    } else if let Some(i) = word[1..].find('a').map(|i| i + 1) {
        push(format!("{}e{}", &word[..i], &word[i + 1..]));
    }
    out
}

/// A generated person name: the spellings it may appear in.
#[derive(Debug, Clone)]
pub struct PersonName {
    /// Culture of the name.
    pub culture: &'static str,
    /// Spellings, canonical first; at most four.
    pub forms: Vec<PersonForm>,
    /// The surname as usually spelled, for persons sharing it.
    pub surname: String,
    /// Whether the given name is a woman's.
    pub female: bool,
}

fn article(kind: u8) -> &'static str {
    match kind {
        0 => "al-",
        1 => "el-",
        _ => "",
    }
}

fn compose(given: &str, particle: Particle, surname: &str) -> PersonForm {
    match particle {
        Particle::None => PersonForm {
            full: format!("{given} {surname}"),
            short: surname.to_string(),
        },
        Particle::Article(k) => {
            let s = format!("{}{surname}", article(k));
            PersonForm {
                full: format!("{given} {s}"),
                short: s,
            }
        }
        Particle::Word("bin") => PersonForm {
            full: format!("{given} bin {surname}"),
            short: given.to_string(),
        },
        Particle::Word(w) => PersonForm {
            full: format!("{given} {w} {surname}"),
            short: format!("{w} {surname}"),
        },
    }
}

/// A new person name; `surname` forces a surname (two persons sharing it).
pub fn person(rng: &mut Rng, culture: Option<&'static str>, surname: Option<&str>) -> PersonName {
    let lx = lexicon();
    let culture = culture.unwrap_or_else(|| {
        let cultures = [
            "arabic", "arabic", "persian", "turkic", "slavic", "english", "french", "spanish",
            "dutch", "african", "malay",
        ];
        cultures[rng.below(cultures.len())]
    });
    let givens: Vec<_> = lx.given.iter().filter(|g| g.culture == culture).collect();
    let chosen = givens.get(rng.below(givens.len()));
    let female = chosen.is_some_and(|g| g.female);
    let given = chosen.map_or(vec!["Adam"], |g| g.spellings.clone());
    let surnames: Vec<_> = lx
        .surnames
        .iter()
        .filter(|s| s.culture == culture)
        .collect();
    let mut sur: Vec<String> = match surname {
        Some(s) => vec![s.to_string()],
        None => surnames
            .get(rng.below(surnames.len()))
            .map_or(vec!["Stone".to_string()], |s| {
                s.spellings.iter().map(|x| x.to_string()).collect()
            }),
    };
    if matches!(culture, "arabic" | "persian") && sur.len() < 3 {
        for v in translit_variants(&sur[0]) {
            if !sur.contains(&v) {
                sur.push(v);
            }
        }
    }
    let particle = match culture {
        "arabic" if rng.chance(0.15) => Particle::Word("bin"),
        "arabic" => Particle::Article(rng.below(3) as u8),
        "dutch" => Particle::Word("van"),
        "french" | "spanish" if rng.chance(0.4) => Particle::Word("de"),
        "malay" => Particle::Word("bin"),
        _ => Particle::None,
    };
    let base = compose(given[0], particle, &sur[0]);
    let mut forms = vec![base];
    let mut tries = 0;
    while forms.len() < 4 && tries < 8 {
        tries += 1;
        let g = given[rng.below(given.len())];
        let s = &sur[rng.below(sur.len())];
        let p = match particle {
            Particle::Article(_) => Particle::Article(rng.below(3) as u8),
            p => p,
        };
        let f = compose(g, p, s);
        if !forms.contains(&f) {
            forms.push(f);
        }
    }
    forms.truncate(1 + rng.below(4));
    PersonName {
        culture,
        forms,
        surname: sur[0].clone(),
        female,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_rules() {
        let v = translit_variants("Mansouri");
        assert!(v.contains(&"Mansuri".to_string()), "{v:?}");
        let v = translit_variants("Haddad");
        assert!(v.contains(&"Hadad".to_string()), "{v:?}");
        let v = translit_variants("Jebhat");
        assert!(v.contains(&"Jabhat".to_string()), "{v:?}");
    }

    #[test]
    fn particles() {
        assert_eq!(
            compose("Pieter", Particle::Word("van"), "Dijk").short,
            "van Dijk"
        );
        assert_eq!(
            compose("Omar", Particle::Article(1), "Rawi").full,
            "Omar el-Rawi"
        );
        assert_eq!(
            compose("Omar", Particle::Article(2), "Rawi").full,
            "Omar Rawi"
        );
        assert_eq!(
            compose("Azlan", Particle::Word("bin"), "Ismail").short,
            "Azlan"
        );
    }

    #[test]
    fn demonyms_follow_the_suffix() {
        assert_eq!(demonym("Karistan", Some("istan")), "Karistani");
        assert_eq!(demonym("Velor", Some("or")), "Velori");
    }

    #[test]
    fn invented_places_are_capitalized_words() {
        let mut rng = Rng::new(5);
        for _ in 0..100 {
            let (p, _) = invent_place(&mut rng, true);
            assert!(p.chars().next().is_some_and(char::is_uppercase), "{p}");
            assert!(p.chars().all(char::is_alphabetic), "{p}");
        }
    }
}
