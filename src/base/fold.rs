//! Folding text for matching: case, diacritics and punctuation are ignored
//! when users look up names or search titles.

/// Lowercases `input`, maps Latin letters with diacritics to their base
/// letter, turns punctuation into spaces and collapses runs of spaces.
///
/// `"Côte d'Ivoire"` and `"cote d ivoire"` fold to the same key.
pub(crate) fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    fold_into(input, &mut out);
    out
}

/// The key names are matched on: letters and digits only, folded as
/// [`fold`] does, with the words "the" and "and" (and "&") left out, so that
/// `"Cote d Ivoire"`, `"Côte d'Ivoire"` and `"COTE-D'IVOIRE"` meet, and so do
/// `"The Gambia"` and `"Gambia"`, `"Trinidad & Tobago"` and `"Trinidad and
/// Tobago"`, `"Democratic Republic of Congo"` and `"Democratic Republic of
/// the Congo"`.
pub(crate) fn name_key_into(input: &str, out: &mut String) {
    /// Drops the word that starts at `start` if it is a filler word.
    fn end_word(out: &mut String, start: usize) {
        if matches!(&out[start..], "the" | "and") {
            out.truncate(start);
        }
    }
    out.clear();
    let mut word: Option<usize> = None;
    for c in input.chars() {
        match class_of(c) {
            Class::Keep(f) => {
                word.get_or_insert(out.len());
                f.push_to(out);
            }
            // Apostrophes and marks on letters join their word ("People's"
            // -> "peoples").
            Class::Join => {}
            Class::Break => {
                if let Some(start) = word.take() {
                    end_word(out, start);
                }
            }
        }
    }
    if let Some(start) = word {
        end_word(out, start);
    }
}

/// Another word order a name is written in: `"Korea, Republic of"` and
/// `"Bolivia (Plurinational State of)"` as `"Republic of Korea"` and
/// `"Plurinational State of Bolivia"`; `None` for names in one part.
pub(crate) fn reordered(name: &str) -> Option<String> {
    let name = name.trim();
    if let Some((head, tail)) = name.rsplit_once(", ") {
        return Some(format!("{tail} {head}"));
    }
    let inner = name.strip_suffix(')')?;
    let (head, tail) = inner.rsplit_once(" (")?;
    Some(format!("{tail} {head}"))
}

/// [`fold`] into a caller's buffer (cleared first), so hot lookups can reuse
/// one allocation.
pub(crate) fn fold_into(input: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in input.chars() {
        match class_of(c) {
            Class::Keep(f) => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                f.push_to(out);
            }
            // Apostrophes and marks on letters join their word ("People's"
            // -> "peoples"); other punctuation separates words.
            Class::Join => {}
            Class::Break => pending_space = !out.is_empty(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Folded {
    One(char),
    Two(char, char),
}

impl Folded {
    fn push_to(self, out: &mut String) {
        match self {
            Folded::One(x) => out.push(x),
            Folded::Two(x, y) => {
                out.push(x);
                out.push(y);
            }
        }
    }
}

/// What a character does in a folded key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter or digit, folded.
    Keep(Folded),
    /// An apostrophe or a mark on a letter: part of its word, dropped.
    Join,
    /// A space or punctuation: ends a word.
    Break,
}

/// The blocks names in the crate's languages are written in, outside
/// ASCII and Chinese: Latin-1 to Arabic (U+0080..U+0800) and Latin
/// Extended Additional, where Vietnamese letters are (U+1E00..U+1F00).
const TABLE_RANGES: [(u32, u32); 2] = [(0x80, 0x800), (0x1E00, 0x1F00)];

/// [`classify`] for every character of [`TABLE_RANGES`], computed once
/// from Unicode's tables: a lookup is then an index, not a search.
fn table() -> &'static [Class] {
    static TABLE: once_cell::sync::OnceCell<Vec<Class>> = once_cell::sync::OnceCell::new();
    TABLE.get_or_init(|| {
        TABLE_RANGES
            .iter()
            .flat_map(|&(from, to)| from..to)
            .map(|u| char::from_u32(u).map_or(Class::Break, classify))
            .collect()
    })
}

/// What `c` does in a key: ASCII and the common blocks by table, Chinese
/// characters kept as they are (they have no case and no decomposition),
/// anything else through [`classify`].
fn class_of(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Class::Keep(Folded::One(c.to_ascii_lowercase()))
        } else if c == '\'' || c == '`' {
            Class::Join
        } else {
            Class::Break
        };
    }
    let u = c as u32;
    let mut offset = 0;
    for (from, to) in TABLE_RANGES {
        if (from..to).contains(&u) {
            return table()[(offset + u - from) as usize];
        }
        offset += to - from;
    }
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return Class::Keep(Folded::One(c));
    }
    classify(c)
}

/// The slow path of [`class_of`], from Unicode's tables.
fn classify(c: char) -> Class {
    match base_letter(c) {
        Some(f) => Class::Keep(f),
        None if matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`') || is_mark(c) => Class::Join,
        None => Class::Break,
    }
}

/// The folded form of one character, or `None` for a separator. Letters
/// lose their diacritics by canonical decomposition (Unicode's own tables,
/// through the unicode-normalization crate), so every Latin-script
/// language, Vietnamese included, folds alike; Cyrillic, Arabic and Chinese
/// letters are kept, lowercased. The few letters that do not decompose
/// (đ, ø, ł, æ, œ, ß, ...) are mapped by hand.
fn base_letter(c: char) -> Option<Folded> {
    use Folded::{One, Two};
    if c.is_ascii_alphanumeric() {
        return Some(One(c.to_ascii_lowercase()));
    }
    if c.is_ascii() {
        return None;
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'đ' | 'ð' => return Some(One('d')),
        'ø' => return Some(One('o')),
        'ł' => return Some(One('l')),
        'ı' => return Some(One('i')),
        'æ' => return Some(Two('a', 'e')),
        'œ' => return Some(Two('o', 'e')),
        'ß' => return Some(Two('s', 's')),
        'þ' => return Some(Two('t', 'h')),
        _ => {}
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(lower, |d| {
        if base.is_none() && !unicode_normalization::char::is_combining_mark(d) {
            base = Some(d);
        }
    });
    base.filter(|b| b.is_alphanumeric()).map(One)
}

/// True for marks that sit on a letter (a decomposed accent, an Arabic
/// vowel sign): they belong to their word and are dropped, not a break.
fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Côte d'Ivoire"), "cote divoire");
        assert_eq!(fold("  TÜRKIYE "), "turkiye");
        assert_eq!(fold("Công ước Hà Nội"), "cong uoc ha noi");
        assert_eq!(
            fold("Bolivia (Plurinational State of)"),
            "bolivia plurinational state of"
        );
        assert_eq!(fold("Guinea-Bissau"), "guinea bissau");
        assert_eq!(fold("São Tomé"), "sao tome");
        assert_eq!(fold("..."), "");
        let key = |s: &str| {
            let mut k = String::new();
            super::name_key_into(s, &mut k);
            k
        };
        assert_eq!(key("Côte d'Ivoire"), key("cote d ivoire"));
        assert_ne!(key("Niger"), key("Nigeria"));
        assert_eq!(key("The Gambia"), key("Gambia"));
        assert_eq!(key("Trinidad & Tobago"), key("Trinidad and Tobago"));
        assert_eq!(
            key("Democratic Republic of Congo"),
            key("Democratic Republic of the Congo")
        );
        assert_eq!(key("Bosnia-Herzegovina"), key("Bosnia and Herzegovina"));
        // Words that merely contain a filler word are kept whole.
        assert_eq!(key("Theland Andorra"), "thelandandorra");
        assert_eq!(
            super::reordered("Korea, Republic of").as_deref(),
            Some("Republic of Korea")
        );
        assert_eq!(
            super::reordered("Bolivia (Plurinational State of)").as_deref(),
            Some("Plurinational State of Bolivia")
        );
        assert_eq!(super::reordered("Viet Nam"), None);
        // Other scripts and decomposed input fold alike.
        assert_eq!(key("Thổ Nhĩ Kỳ"), key("Tho Nhi Ky"));
        assert_eq!(key("Tho\u{302}\u{309} Nhi\u{303} Ky\u{300}"), key("Thổ Nhĩ Kỳ"));
        assert_eq!(key("ĐỨC"), "duc");
        assert_eq!(key("Турция"), key("ТУРЦИЯ"));
        assert_eq!(key("تُرْكِيَا"), key("تركيا"));
        assert_eq!(key("土耳其"), "土耳其");
    }
}

#[cfg(test)]
mod table_tests {
    use super::{Class, TABLE_RANGES, class_of, classify};

    /// The table and the CJK shortcut give what Unicode's tables give, for
    /// every character they cover.
    #[test]
    fn the_fast_paths_agree_with_the_slow_one() {
        let ranges = TABLE_RANGES.iter().copied().chain([(0x4E00, 0xA000), (0, 0x80)]);
        for (from, to) in ranges {
            for c in (from..to).filter_map(char::from_u32) {
                assert_eq!(class_of(c), classify(c), "U+{:04X}", c as u32);
            }
        }
        assert!(matches!(class_of('中'), Class::Keep(_)));
    }
}
