//! Bytes to a Rust string, never failing on bad bytes.
//!
//! The order of evidence: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), then
//! strict UTF-8, then — for bytes that are not UTF-8 — Windows-1252, which
//! gives every byte a character, so nothing is lost or replaced silently: the
//! caller gets a warning that says the encoding was guessed. Before decoding,
//! a sniff refuses binaries (known magic numbers, NUL bytes, a high share of
//! control characters), which no decoding would make readable.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::error::{LoadError, LoadErrorKind};

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// True when a BOM fixed the encoding.
    pub from_bom: bool,
    /// Set when the encoding was a guess.
    pub warning: Option<String>,
}

/// Decodes `bytes`, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, LoadError> {
    if bytes.is_empty() {
        return Err(LoadError::new(LoadErrorKind::Empty));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return Ok(Decoded {
            text: text.into_owned(),
            encoding,
            from_bom: true,
            warning: None,
        });
    }
    if let Some(what) = sniff_binary(bytes) {
        return Err(LoadError::new(LoadErrorKind::Binary(what)));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8,
            from_bom: false,
            warning: None,
        }),
        Err(e) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                encoding: WINDOWS_1252,
                from_bom: false,
                warning: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {}); read as Windows-1252",
                    e.valid_up_to()
                )),
            })
        }
    }
}

/// For an HTML page whose bytes were not UTF-8, the text decoded with the
/// encoding its `<meta charset>` declares, when that is another one.
pub fn html_charset(bytes: &[u8], decoded: &Decoded) -> Option<String> {
    if decoded.from_bom || decoded.encoding == UTF_8 {
        return None;
    }
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = find(&lower, b"charset=")? + b"charset=".len();
    let label: Vec<u8> = lower[at..]
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'')
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .copied()
        .collect();
    let encoding = Encoding::for_label(&label)?;
    if encoding == decoded.encoding || encoding == UTF_8 {
        return None;
    }
    Some(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// What the bytes look like when they are plainly not text.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x7FELF", "executable"),
        (b"\x1F\x8B", "gzip archive"),
        (b"SQLite format 3", "SQLite database"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("binary data: NUL bytes");
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    (control * 20 > head.len()).then_some("binary data: control characters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"caf\xc3\xa9").unwrap().text, "café");
        let d = decode(b"\xEF\xBB\xBFcaf\xc3\xa9").unwrap();
        assert_eq!(d.text, "café");
        assert!(d.from_bom);
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Kesh \u{2019}".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Kesh \u{2019}");
        let mut be = vec![0xFE, 0xFF];
        for u in "Zarin".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap().text, "Zarin");
    }

    #[test]
    fn windows_1252_fallback_warns() {
        let d = decode(b"\x93quoted\x94 caf\xe9").unwrap();
        assert_eq!(d.text, "\u{201c}quoted\u{201d} café");
        assert!(d.warning.unwrap().contains("offset 0"));
    }

    #[test]
    fn refuses_binaries() {
        assert!(decode(b"%PDF-1.7 ...").is_err());
        assert!(decode(b"abc\0def").is_err());
        assert!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8]).is_err());
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let bytes = b"<html><head><meta charset=\"iso-8859-7\"></head><body>\xe1</body></html>";
        let d = decode(bytes).unwrap();
        assert!(html_charset(bytes, &d).unwrap().contains('\u{3b1}'));
    }
}
