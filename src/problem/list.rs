//! Every problem found in a data set, in a stable order, with the records
//! that could not be read at all (and so were not checked against the
//! rules).

use std::fmt;

use crate::base::origin::Origin;
use crate::problem::problem::Problem;

/// A non-empty list of [`Problem`]s in a stable order (by record, then
/// rule), displayed one per line.
///
/// ```
/// use hanoi_convention::{Register, convention, io::actions};
///
/// let tsv = "participant\taction\tdate_from\tconfidence\tsource\n\
///            FRA\tsignature\t2025-01-01\thigh\tmy notes\n\
///            XXX\tsign\t2025-10-25\thigh\tmy notes\n";
/// let file = actions::from_str("mine.tsv", tsv)?;
/// let err = Register::builder(convention()).file(file).build().unwrap_err();
/// let problems = err.problems().expect("invalid data");
/// // The format problem of line 3 and the rule problem of line 2, in one run.
/// assert_eq!(problems.len(), 2);
/// assert_eq!(problems.unread().len(), 1);
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    list: Vec<Problem>,
    unread: Vec<Origin>,
}

impl Problems {
    /// The list sorted: by record, then rule, then text.
    pub(crate) fn new(list: Vec<Problem>) -> Problems {
        Problems::with_unread(list, Vec::new())
    }

    /// The list sorted, with the records that could not be read.
    pub(crate) fn with_unread(mut list: Vec<Problem>, mut unread: Vec<Origin>) -> Problems {
        list.sort_by_cached_key(|p| (p.origin().clone(), p.rule(), p.to_string()));
        unread.sort();
        unread.dedup();
        Problems { list, unread }
    }

    /// The problems, in a stable order.
    pub fn as_slice(&self) -> &[Problem] {
        &self.list
    }

    /// How many problems.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Never true for the lists the crate returns (a list of problems has
    /// at least one).
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, owned.
    pub fn into_vec(self) -> Vec<Problem> {
        self.list
    }

    /// The records that could not be read (a field of the wrong form):
    /// the rules were checked on every other record.
    pub fn unread(&self) -> &[Origin] {
        &self.unread
    }

    /// Iterates over the problems.
    pub fn iter(&self) -> std::slice::Iter<'_, Problem> {
        self.list.iter()
    }
}

impl<'a> IntoIterator for &'a Problems {
    type Item = &'a Problem;
    type IntoIter = std::slice::Iter<'a, Problem>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.list.len();
        write!(f, "{n} problem{} found", if n == 1 { "" } else { "s" })?;
        if !self.unread.is_empty() {
            let k = self.unread.len();
            write!(
                f,
                " ({k} record{} could not be read, so only the other records were checked against the rules)",
                if k == 1 { "" } else { "s" }
            )?;
        }
        for p in &self.list {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}
