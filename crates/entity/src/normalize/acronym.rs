//! Acronyms: the initials of an expansion, and whether a short form abbreviates a long one.

/// Words an acronym usually skips: articles, prepositions, conjunctions and
/// the Arabic article.
const MINOR: &[&str] = &[
    "of", "for", "the", "and", "&", "in", "on", "at", "to", "a", "an", "de", "du", "des", "la",
    "le", "les", "el", "al", "ul", "bin", "ibn", "van", "von", "der", "y", "e", "et", "und", "di",
    "del", "da", "do", "dos", "das",
];

/// True for a word an acronym usually skips (`of`, `the`, `al`).
pub fn is_minor(w: &str) -> bool {
    MINOR.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// The words of an expansion: split at spaces and hyphens, punctuation trimmed.
fn expansion_words(expansion: &str) -> Vec<String> {
    expansion
        .split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2011}')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'))
        .map(|w| w.strip_suffix("'s").unwrap_or(w).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The initials of the significant words of `expansion`, upper case:
/// `"National Liberation Front of Qaranistan"` → `"NLFQ"`. Hyphenated parts
/// count as words (`Anglo-Norwegian` gives `AN`); articles, prepositions and
/// conjunctions are skipped.
pub fn acronym(expansion: &str) -> String {
    expansion_words(expansion)
        .iter()
        .filter(|w| !is_minor(w))
        .filter_map(|w| w.chars().next())
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// The comparable form of a written acronym: letters and digits, upper case,
/// dots and spaces removed (`U.K.` → `UK`, `NLFq` → `NLFQ`).
pub fn acronym_form(acr: &str) -> String {
    acr.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// True when `acr` abbreviates `expansion`.
///
/// The letters of `acr` must be read, in order, as the beginnings of the
/// words of `expansion`: every significant word gives one or more leading
/// letters (`FRELIMO` from *Frente de Libertação de Moçambique*), a minor
/// word gives its initial or nothing (`MOFA`, `MFA` from *Ministry of
/// Foreign Affairs*). Case and dots do not matter (`NLFq`, `N.L.F.Q.`).
pub fn is_acronym_of(acr: &str, expansion: &str) -> bool {
    let a: Vec<char> = acronym_form(acr).chars().collect();
    // Too short or too long an acronym is settled before the expansion is read.
    if a.len() < 2 || a.len() > 16 {
        return false;
    }
    let expansion_words = expansion_words(expansion);
    if expansion_words.len() < 2 || expansion_words.len() > 24 {
        return false;
    }
    let words: Vec<Vec<char>> = expansion_words
        .iter()
        .map(|w| w.chars().flat_map(|c| c.to_uppercase()).collect())
        .collect();
    let minor: Vec<bool> = expansion_words.iter().map(|w| is_minor(w)).collect();
    // reach[w][i]: the first `w` words can produce the first `i` letters.
    let n = a.len();
    let mut reach = vec![vec![false; n + 1]; words.len() + 1];
    reach[0][0] = true;
    for (wi, word) in words.iter().enumerate() {
        for i in 0..=n {
            if !reach[wi][i] {
                continue;
            }
            if minor[wi] {
                reach[wi + 1][i] = true;
            }
            // Take 1..=k leading letters of this word.
            let mut k = 0;
            while k < word.len() && i + k < n && word[k] == a[i + k] {
                k += 1;
                reach[wi + 1][i + k] = true;
            }
        }
    }
    reach[words.len()][n]
}
