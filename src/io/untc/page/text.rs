//! The text of a page's elements: markup and white space removed, names
//! with their footnote markers, and date cells (`D Mon YYYY`, a marker,
//! brackets for a withdrawn act).

use roxmltree::Node;

use super::Cell;
use crate::base::date::Date;

pub(super) fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.has_tag_name(name))
}

pub(super) fn path<'a, 'i>(node: Node<'a, 'i>, names: &[&str]) -> Option<Node<'a, 'i>> {
    names.iter().try_fold(node, |n, name| child(n, name))
}

/// All text below `node`, markup inside the text removed and white space
/// collapsed.
pub(crate) fn text_of(node: Node<'_, '_>) -> String {
    let raw: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    plain(&raw)
}

/// Text with escaped HTML tags (`<i>`, `<a href=...>`, `<superscript>`)
/// removed and white space collapsed.
pub(crate) fn plain(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut in_tag = false;
    for c in raw.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name with its footnote markers (`China<superscript>1,2</superscript>`).
pub(super) fn name_and_notes(raw: &str) -> (String, Vec<u32>) {
    let mut notes = Vec::new();
    let mut rest = raw;
    let mut name = String::new();
    while let Some(start) = rest.find("<superscript>") {
        name.push_str(&rest[..start]);
        let after = &rest[start + "<superscript>".len()..];
        let end = after.find("</superscript>").unwrap_or(after.len());
        notes.extend(
            after[..end]
                .split([',', ' '])
                .filter_map(|n| n.trim().parse::<u32>().ok()),
        );
        rest = after.get(end + "</superscript>".len()..).unwrap_or("");
    }
    name.push_str(rest);
    (plain(&name), notes)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date cell: `D Mon YYYY` with an optional marker, white space anywhere,
/// optionally bracketed.
pub(crate) fn cell(raw: &str) -> Cell {
    let text = plain(raw);
    if text.is_empty() {
        return Cell::Empty;
    }
    let (inner, withdrawn) = match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        Some(inner) => (inner.trim(), true),
        None => (text.as_str(), false),
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let parsed = (|| {
        let [d, m, y, rest @ ..] = words.as_slice() else {
            return None;
        };
        let day: i8 = d.parse().ok()?;
        let month = MONTHS
            .iter()
            .position(|name| m.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(name)))?
            as i8
            + 1;
        let year: i16 = y.parse().ok()?;
        let date = Date::new(year, month, day).ok()?;
        let marker = match rest {
            [] => None,
            [marker] if marker.len() <= 3 && marker.chars().all(|c| c.is_ascii_alphabetic()) => {
                Some(marker.to_string())
            }
            _ => return None,
        };
        Some(Cell::Dated {
            date,
            marker,
            withdrawn,
        })
    })();
    parsed.unwrap_or(Cell::Unreadable(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_in_every_shape() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(
            cell("15 Aug 2014 a"),
            Cell::Dated {
                date: d(2014, 8, 15),
                marker: Some("a".into()),
                withdrawn: false
            }
        );
        assert_eq!(
            cell(" 6 Jan 1997"),
            Cell::Dated {
                date: d(1997, 1, 6),
                marker: None,
                withdrawn: false
            }
        );
        assert_eq!(
            cell("22 Apr\t 2016 "),
            Cell::Dated {
                date: d(2016, 4, 22),
                marker: None,
                withdrawn: false
            }
        );
        assert_eq!(
            cell("[ 3 Oct 1975 ]"),
            Cell::Dated {
                date: d(1975, 10, 3),
                marker: None,
                withdrawn: true
            }
        );
        assert_eq!(
            cell("[20 Jan\t 2021 A]"),
            Cell::Dated {
                date: d(2021, 1, 20),
                marker: Some("A".into()),
                withdrawn: true
            }
        );
        assert_eq!(cell(""), Cell::Empty);
        assert_eq!(cell("31 Feb 2001"), Cell::Unreadable("31 Feb 2001".into()));
        assert_eq!(cell("see note"), Cell::Unreadable("see note".into()));
    }
}
