//! A source as written in the data, read into its parts: the address to
//! link, what it says besides, and where a stored copy is kept. The data
//! writes a source as `URL (description; stored copy: ...)`, several of
//! them separated by `;`; a page that made the whole text one link would
//! put the description inside the address.

/// One source of a fact, read into its parts.
///
/// ```
/// use hanoi_convention::{Confidence, Provenance};
///
/// let p = Provenance::new(
///     "https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=185 \
///      (CoE Treaty Office chart; stored copy: github example/copies chart.md @911b9b30) ; \
///      Gazette 12/2026",
///     Confidence::High,
/// );
/// let parts = p.parts();
/// assert_eq!(parts.len(), 2);
/// assert_eq!(parts[0].url, Some("https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=185"));
/// assert_eq!(parts[0].description, "CoE Treaty Office chart");
/// assert_eq!(parts[0].stored_copy, Some("github example/copies chart.md @911b9b30"));
/// assert_eq!((parts[1].url, parts[1].description.as_str()), (None, "Gazette 12/2026"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SourcePart<'a> {
    /// The part as written.
    pub text: &'a str,
    /// Its address, when it names an `http(s)` one: the only thing to link.
    pub url: Option<&'a str>,
    /// What it says besides the address (the whole part when it names
    /// none): text, never part of a link.
    pub description: String,
    /// Where a stored copy of the source is kept, when the data says.
    pub stored_copy: Option<&'a str>,
}

impl SourcePart<'_> {
    /// The parts of a source as written (as [`Provenance::parts`](crate::Provenance::parts)
    /// reads them), for a source held as text, as the exports' rows hold it.
    ///
    /// ```
    /// use hanoi_convention::SourcePart;
    ///
    /// let parts = SourcePart::split("https://a.example/x (the chart) ; Gazette 12/2026");
    /// assert_eq!(parts[0].url, Some("https://a.example/x"));
    /// assert_eq!(parts[1].description, "Gazette 12/2026");
    /// ```
    pub fn split(source: &str) -> Vec<SourcePart<'_>> {
        parts(source)
    }
}

/// The parts of `source`: split at each `;` outside parentheses.
pub(crate) fn parts(source: &str) -> Vec<SourcePart<'_>> {
    split_outside_parentheses(source)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(part)
        .collect()
}

fn split_outside_parentheses(text: &str) -> Vec<&str> {
    let mut depth = 0usize;
    let mut start = 0;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ';' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

fn part(text: &str) -> SourcePart<'_> {
    let Some((at, url)) = first_url(text) else {
        let (description, stored_copy) = described(text);
        return SourcePart {
            text,
            url: None,
            description,
            stored_copy,
        };
    };
    let rest = format!("{} {}", &text[..at], &text[at + url.len()..]);
    // "URL (description) (more)": the parentheses only set the description apart.
    let inner = unwrapped(rest.trim());
    let (description, stored_copy) = described(&inner);
    // A stored copy borrows from `text`, not from the joined rest.
    let stored_copy = stored_copy.and_then(|s| text.find(s).map(|i| &text[i..i + s.len()]));
    SourcePart {
        text,
        url: Some(url),
        description,
        stored_copy,
    }
}

/// `text` with the parentheses of its outermost groups taken off, the
/// groups and the text between them joined by `; `.
fn unwrapped(text: &str) -> String {
    let mut pieces = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' if depth == 0 => {
                pieces.push(&text[start..i]);
                depth = 1;
                start = i + 1;
            }
            '(' => depth += 1,
            ')' if depth == 1 => {
                pieces.push(&text[start..i]);
                depth = 0;
                start = i + 1;
            }
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    pieces.push(&text[start..]);
    let kept: Vec<&str> = pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    kept.join("; ")
}

/// The description, and the stored copy it names (`stored copy: ...`).
fn described(text: &str) -> (String, Option<&str>) {
    let mut kept = Vec::new();
    let mut stored = None;
    for piece in split_outside_parentheses(text) {
        let piece = piece.trim();
        match piece.strip_prefix("stored copy:") {
            Some(copy) => stored = Some(copy.trim()),
            None if !piece.is_empty() => kept.push(piece),
            None => {}
        }
    }
    (kept.join("; "), stored)
}

/// The first `http(s)` address in `text` and where it starts: up to the
/// next space, without a closing parenthesis or punctuation that ends the
/// sentence rather than the address.
fn first_url(text: &str) -> Option<(usize, &str)> {
    let at = [text.find("https://"), text.find("http://")]
        .into_iter()
        .flatten()
        .min()?;
    let tail = &text[at..];
    let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
    let mut url = &tail[..end];
    loop {
        let trimmed = url.trim_end_matches([',', '.', ';', ':']);
        let trimmed = match trimmed.strip_suffix(')') {
            Some(t) if t.matches('(').count() < t.matches(')').count() + 1 => t,
            _ => trimmed,
        };
        if trimmed == url {
            break;
        }
        url = trimmed;
    }
    let host = url.split_once("://").map_or("", |(_, rest)| rest);
    (!host.is_empty() && !host.starts_with('/')).then_some((at, url))
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn an_address_with_its_description_is_split() {
        let p = parts(
            "https://verdragen.nl/en/Treaty/Details/014589_p.html (Dutch treaty database mirror of the CoE chart)",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].url,
            Some("https://verdragen.nl/en/Treaty/Details/014589_p.html")
        );
        assert_eq!(p[0].description, "Dutch treaty database mirror of the CoE chart");
    }

    #[test]
    fn parts_are_split_at_semicolons_outside_parentheses() {
        let p = parts("art. 67 of the Convention; https://treaties.un.org/x.xml");
        assert_eq!(p.len(), 2);
        assert_eq!(
            (p[0].url, p[0].description.as_str()),
            (None, "art. 67 of the Convention")
        );
        assert_eq!(p[1].url, Some("https://treaties.un.org/x.xml"));
        let q = parts("https://a.example/b (list; same text at https://c.example/d) ; https://e.example/");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].url, Some("https://a.example/b"));
        assert_eq!(q[0].description, "list; same text at https://c.example/d");
    }

    #[test]
    fn a_closing_parenthesis_ends_the_address_only_when_unbalanced() {
        assert_eq!(
            parts("(see https://a.example/x)")[0].url,
            Some("https://a.example/x")
        );
        assert_eq!(
            parts("https://en.wikipedia.org/wiki/A_(b)")[0].url,
            Some("https://en.wikipedia.org/wiki/A_(b)")
        );
        assert_eq!(
            parts("https://a.example/x, then")[0].url,
            Some("https://a.example/x")
        );
    }

    #[test]
    fn no_address_is_made_of_what_is_not_one() {
        for text in [
            "javascript:alert(1)",
            "http:// nothing",
            "github:owner/repo:path@abc",
            "<img src=x>",
        ] {
            let p = parts(text);
            assert_eq!(p[0].url, None, "{text}");
            assert_eq!(p[0].description, text.trim());
        }
    }
}
