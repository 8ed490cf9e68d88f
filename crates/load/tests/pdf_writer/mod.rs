//! A minimal PDF writer for tests: pages of text in Helvetica, with a valid
//! cross-reference table, so that fixtures are generated here rather than
//! checked in as opaque binaries.
#![allow(dead_code)]

/// One piece of text at a position in points (origin bottom left).
pub struct Placed {
    /// Distance from the left edge.
    pub x: i64,
    /// Distance from the bottom edge (of the baseline).
    pub y: i64,
    /// The text, in characters WinAnsiEncoding can show.
    pub text: String,
}

/// A PDF whose pages hold `pages[i]`, one string per line, top to bottom.
/// An empty page gives a page with no text, as a scanned page has.
pub fn pdf(pages: &[Vec<String>]) -> Vec<u8> {
    let placed: Vec<Vec<Placed>> = pages
        .iter()
        .map(|lines| {
            lines
                .iter()
                .enumerate()
                .filter(|(_, l)| !l.is_empty())
                .map(|(j, l)| Placed {
                    x: 72,
                    y: 740 - 16 * j as i64,
                    text: l.clone(),
                })
                .collect()
        })
        .collect();
    pdf_placed(&placed)
}

/// A page of two columns: `left` and `right` lines side by side, with an
/// optional heading across the top and footer line at the bottom. The
/// content stream interleaves the columns row by row, as many producers
/// do, so a reader that follows the stream order mixes them.
pub fn two_columns(heading: &str, left: &[&str], right: &[&str], footer: &str) -> Vec<Placed> {
    let mut out = vec![Placed {
        x: 72,
        y: 750,
        text: heading.to_string(),
    }];
    for i in 0..left.len().max(right.len()) {
        let y = 720 - 14 * i as i64;
        for (x, col) in [(72, left), (320, right)] {
            if let Some(t) = col.get(i) {
                out.push(Placed {
                    x,
                    y,
                    text: t.to_string(),
                });
            }
        }
    }
    out.push(Placed {
        x: 290,
        y: 40,
        text: footer.to_string(),
    });
    out
}

/// A PDF of positioned text, one list per page.
pub fn pdf_placed(pages: &[Vec<Placed>]) -> Vec<u8> {
    let n = pages.len();
    // Object numbers: 1 catalog, 2 pages, 3 font, then (page, content) pairs.
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", 4 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (i, placed) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ).into_bytes());
        let mut content = Vec::new();
        for p in placed {
            content.extend_from_slice(format!("BT /F1 10 Tf {} {} Td (", p.x, p.y).as_bytes());
            content.extend_from_slice(&win_ansi(&p.text));
            content.extend_from_slice(b") Tj ET\n");
        }
        let mut obj = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        obj.extend_from_slice(&content);
        obj.extend_from_slice(b"endstream");
        objects.push(obj);
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// `text` as a PDF string body in WinAnsiEncoding: delimiters escaped,
/// Latin-1 letters as they are, curly quotes and dashes at their 0x80-row
/// codes, anything else as `?`.
fn win_ansi(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        let b = match c {
            '\\' | '(' | ')' => {
                out.push(b'\\');
                c as u8
            }
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            c if (c as u32) < 0x80 || (0xa0..=0xff).contains(&(c as u32)) => c as u32 as u8,
            _ => b'?',
        };
        out.push(b);
    }
    out
}
