//! When each member State of the United Nations was admitted: the
//! universe of UN members in a year follows it.

use crate::base::date::Date;
use crate::base::provenance::Provenance;
use crate::participants::Code;

/// A State's admission to the United Nations, with its source.
///
/// ```
/// use hanoi_convention::embedded::un_admissions;
///
/// let ssd = un_admissions().iter().find(|a| a.participant().as_str() == "SSD").unwrap();
/// assert_eq!(ssd.admitted().to_string(), "2011-07-14");
/// assert!(ssd.member_in(2011) && !ssd.member_in(2010));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnAdmission {
    pub(crate) participant: Code,
    pub(crate) admitted: Date,
    pub(crate) note: Box<str>,
    pub(crate) provenance: Provenance,
}

impl UnAdmission {
    /// The member State.
    pub fn participant(&self) -> Code {
        self.participant
    }

    /// The day it was admitted (for a State that continues another
    /// Member's seat, the day the UN's list of Member States gives).
    pub fn admitted(&self) -> Date {
        self.admitted
    }

    /// Whether it counts as a member in `year`: admitted by 31 December of
    /// that year (South Sudan, admitted on 14 July 2011, counts in 2011).
    pub fn member_in(&self, year: i16) -> bool {
        self.admitted.year() <= year
    }

    /// What else the record says (a predecessor's seat, a union).
    pub fn note(&self) -> &str {
        &self.note
    }

    /// Its source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}
