//! From the bytes the depositary serves to well-formed XML text: decode
//! ISO-8859-1 (or UTF-8 when the page says so), repair the characters whose
//! code points were cut to one byte, and escape bare `&`.

/// Windows-1252's characters for bytes 0x80-0x9F, which pages labelled
/// ISO-8859-1 use for quotes and dashes (`None`: unassigned).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];

/// The page as well-formed XML text, and how many stray control bytes
/// were removed (reported, never silently).
pub(crate) fn clean(bytes: &[u8]) -> (String, usize) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(200)];
    let says_utf8 = head.windows(5).any(|w| w.eq_ignore_ascii_case(b"utf-8"));
    let decoded: String = match (says_utf8, std::str::from_utf8(bytes)) {
        (true, Ok(text)) => text.to_string(),
        _ => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)].unwrap_or('\u{FFFD}'),
                b => char::from(b),
            })
            .collect(),
    };
    let mut out = String::with_capacity(decoded.len() + 256);
    let mut removed = 0;
    for (i, c) in decoded.char_indices() {
        match c {
            // Curly quotes whose code points lost their high byte.
            '\u{19}' => out.push('\u{2019}'),
            '\u{1C}' => out.push('\u{201C}'),
            '\u{1D}' => out.push('\u{201D}'),
            '&' if !starts_reference(&decoded[i..]) => out.push_str("&amp;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => removed += 1,
            c => out.push(c),
        }
    }
    // The prolog must not claim an encoding the text no longer has.
    if let Some(end) = out.find("?>").filter(|_| out.starts_with("<?xml")) {
        out.replace_range(..end + 2, "<?xml version=\"1.0\"?>");
    }
    (out, removed)
}

/// True when `s` (starting at `&`) is an entity or character reference.
fn starts_reference(s: &str) -> bool {
    let body = &s[1..];
    let Some(end) = body.find(';').filter(|&e| e > 0 && e <= 10) else {
        return false;
    };
    let name = &body[..end];
    match name.strip_prefix('#') {
        Some(num) => num
            .strip_prefix('x')
            .map_or(num.bytes().all(|b| b.is_ascii_digit()), |hex| {
                hex.bytes().all(|b| b.is_ascii_hexdigit())
            }),
        None => name.bytes().all(|b| b.is_ascii_alphanumeric()),
    }
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn repairs_what_makes_pages_ill_formed() {
        let page = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a>Trinidad & Tobago &amp; \x19s \x1Cq\x1D C\xF4te\x01</a>";
        let (text, removed) = clean(page);
        assert_eq!(
            text,
            "<?xml version=\"1.0\"?><a>Trinidad &amp; Tobago &amp; \u{2019}s \u{201C}q\u{201D} C\u{F4}te</a>"
        );
        assert_eq!(removed, 1);
        assert!(roxmltree::Document::parse(&text).is_ok());
    }
}
