//! Numbers as texts write them: digits with thousands separators, or words.

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// `20000` → `20,000`.
pub fn digits(n: u64) -> String {
    let raw = n.to_string();
    let mut out = String::with_capacity(raw.len() + raw.len() / 3);
    for (i, c) in raw.chars().enumerate() {
        if i > 0 && (raw.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Words for numbers below a million: `31` → `thirty-one`,
/// `20000` → `twenty thousand`, `5500` → `five thousand five hundred`.
pub fn words(n: u64) -> String {
    fn below_thousand(n: u64) -> String {
        let (h, r) = (n / 100, n % 100);
        let mut parts = Vec::new();
        if h > 0 {
            parts.push(format!("{} hundred", ONES[h as usize]));
        }
        if r > 0 || h == 0 {
            parts.push(if r < 20 {
                ONES[r as usize].to_string()
            } else if r % 10 == 0 {
                TENS[(r / 10) as usize].to_string()
            } else {
                format!("{}-{}", TENS[(r / 10) as usize], ONES[(r % 10) as usize])
            });
        }
        parts.join(" ")
    }
    if n >= 1_000_000 {
        return digits(n);
    }
    let (th, r) = (n / 1000, n % 1000);
    match (th, r) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_groups() {
        assert_eq!(digits(5), "5");
        assert_eq!(digits(5500), "5,500");
        assert_eq!(digits(1_234_567), "1,234,567");
    }

    #[test]
    fn number_words() {
        assert_eq!(words(31), "thirty-one");
        assert_eq!(words(20_000), "twenty thousand");
        assert_eq!(words(5_500), "five thousand five hundred");
        assert_eq!(words(120), "one hundred twenty");
        assert_eq!(words(12), "twelve");
    }
}
