//! The depositary's prose, read for the facts it states: a notification's
//! reference (`C.N.601.2015.TREATIES-XVIII.12.a`), dates written out ("23
//! October 1997"), the day of a denunciation, the provisions a statement
//! names, and a statement's opening words.

use crate::base::date::Date;
use crate::treaty::ProvisionRef;

/// `words` joined, cut at a word to at most `limit` characters (with an
/// ellipsis where cut).
pub(crate) fn opening(words: &[&str], limit: usize) -> String {
    let mut out = String::new();
    for w in words {
        if out.chars().count() + w.chars().count() + 1 > limit {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The first depositary notification reference in a text, e.g.
/// `C.N.601.2015.TREATIES-XVIII.12.a of 20 October 2015`.
pub(crate) fn notification(text: &str) -> Option<String> {
    let start = text.find("C.N.")?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ')')
        .unwrap_or(rest.len());
    let mut reference = rest[..end].trim_end_matches('.').to_string();
    // "... of 20 October 2015"
    let after = &rest[end..];
    if let Some(of) = after.strip_prefix(" of ") {
        let words: Vec<&str> = of.split_whitespace().take(3).collect();
        if words.len() == 3 && long_date(&words.join(" ")).is_some() {
            reference = format!(
                "{reference} of {}",
                words.join(" ").trim_end_matches(['.', ',', ';', ')'])
            );
        }
    }
    Some(reference)
}

const LONG_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `20 October 2015` (trailing punctuation allowed).
pub(crate) fn long_date(text: &str) -> Option<Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [d, m, y] = words.as_slice() else { return None };
    let day: i8 = d.parse().ok()?;
    let month = LONG_MONTHS.iter().position(|n| m.eq_ignore_ascii_case(n))? as i8 + 1;
    let year: i16 = y.trim_end_matches(['.', ',', ';', ')']).parse().ok()?;
    Date::new(year, month, day).ok()
}

/// The day of a denunciation a footnote states: "On 23 October 1997, the
/// Government of ... notified the Secretary-General of its denunciation".
pub(crate) fn denunciation_date(note: &str) -> Option<Date> {
    if !note.to_ascii_lowercase().contains("denunciation") {
        return None;
    }
    let rest = note.trim_start().strip_prefix("On ")?;
    let date: String = rest.split(',').next()?.to_string();
    long_date(&date)
}

/// Provisions a statement names: "article 5, paragraph 2", "article 16(3)",
/// "articles 14 and 15" (each whole article).
pub(crate) fn provisions_named(text: &str) -> Vec<ProvisionRef> {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '?' || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<ProvisionRef> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "article" || words[i] == "articles" {
            let mut j = i + 1;
            while j < words.len() {
                let w = words[j].trim_end_matches(['.', ':']);
                if let Ok(p) = w.parse::<ProvisionRef>() {
                    let paragraph = (words.get(j + 1) == Some(&"paragraph"))
                        .then(|| {
                            words
                                .get(j + 2)
                                .and_then(|n| n.trim_end_matches(['.', ':']).parse::<u8>().ok())
                        })
                        .flatten();
                    let p = match (p.paragraph(), paragraph) {
                        (None, Some(n)) if n > 0 => ProvisionRef::paragraph_of(p.article(), n),
                        _ => p,
                    };
                    if !out.contains(&p) {
                        out.push(p);
                    }
                    j += if paragraph.is_some() { 3 } else { 1 };
                } else if w == "and" {
                    j += 1;
                } else {
                    break;
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_dates_and_provisions_in_text() {
        assert_eq!(
            notification("The text can be found here: C.N.601.2015.TREATIES-XVIII.12.a of 20 October 2015.")
                .as_deref(),
            Some("C.N.601.2015.TREATIES-XVIII.12.a of 20 October 2015")
        );
        assert_eq!(notification("no reference"), None);
        assert_eq!(
            denunciation_date(
                "On 23 October 1997, the Government of Jamaica notified the Secretary-General of its denunciation of the Protocol."
            ),
            Date::new(1997, 10, 23).ok()
        );
        assert_eq!(denunciation_date("On 23 October 1997, a communication."), None);
        let p: Vec<String> = provisions_named(
            "not bound by article 5, paragraph 2, nor by articles 14 and 15, or article 16(3).",
        )
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(p, ["5(2)", "14", "15", "16(3)"]);
    }
}
