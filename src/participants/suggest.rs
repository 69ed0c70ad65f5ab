//! Suggestions for a name that matched nothing: the nearest names by edit
//! distance on folded names (or names containing the query), compared only
//! with names written in the query's script.

use crate::base::fold::name_key_into;
use crate::participants::list::{MAX_QUERY, Participants};

impl Participants {
    /// Up to `n` names closest to `query` (edit distance on folded names,
    /// and names containing the query), among the names written in the
    /// query's script: a Cyrillic query is compared with the Russian names,
    /// never with Latin ones it shares no letter with.
    ///
    /// ```
    /// let p = hanoi_convention::Register::embedded().participants();
    /// assert_eq!(p.suggest("Ukrane", 1), ["Ukraine"]);
    /// assert_eq!(p.suggest("Украна", 1), ["Ukraine"]);
    /// assert!(p.suggest("РФ", 3).is_empty());
    /// ```
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        if query.len() > MAX_QUERY {
            return Vec::new();
        }
        let mut q = String::new();
        name_key_into(query, &mut q);
        let Some(script) = script_of(&q) else {
            return Vec::new();
        };
        let len = q.chars().count();
        // At most a third of the query's letters wrong (two for short
        // queries), and never all of them.
        let allowed = (len / 3).max(2).min(len.saturating_sub(1));
        let mut scored: Vec<(usize, &str)> = Vec::new();
        let mut key = String::new();
        for p in self.iter() {
            let best = p
                .names()
                .filter_map(|name| {
                    name_key_into(name, &mut key);
                    if script_of(&key) != Some(script) {
                        None
                    } else if key.contains(q.as_str()) {
                        Some(0)
                    } else {
                        Some(edit_distance(&q, &key))
                    }
                })
                .min()
                .unwrap_or(usize::MAX);
            if best <= allowed {
                scored.push((best, &p.name));
            }
        }
        scored.sort();
        scored
            .into_iter()
            .take(n)
            .map(|(_, name)| name.to_string())
            .collect()
    }
}

/// The writing systems of the crate's names, as far as suggestions need
/// to tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Han,
    Other,
}

/// The script of a folded key's first letter (`None` for a key with no
/// letter).
fn script_of(key: &str) -> Option<Script> {
    let c = key.chars().find(|c| c.is_alphabetic())?;
    Some(match c {
        'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' => Script::Arabic,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => Script::Han,
        _ => Script::Other,
    })
}

/// Levenshtein distance between two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("vietnom", "vietnam"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
