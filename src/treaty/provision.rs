//! Classified provisions: what a provision obliges or allows, and whether
//! a reservation or declaration may be made under it.

use std::borrow::Cow;
use std::str::FromStr;

use crate::base::article::ProvisionRef;
use crate::base::provenance::{Provenance, Str, parse_keyword};

/// What a provision obliges or allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ProvisionKind {
    /// An offence each State Party shall establish.
    MandatoryOffence,
    /// Another measure each State Party shall take (e.g. liability of legal persons).
    MandatoryMeasure,
    /// An element a State may add to, or a limit it may put on, an offence.
    OptionalElement,
    /// A provision a State may make a reservation or declaration under.
    Reservation,
}

impl ProvisionKind {
    const ALL: [ProvisionKind; 4] = [
        ProvisionKind::MandatoryOffence,
        ProvisionKind::MandatoryMeasure,
        ProvisionKind::OptionalElement,
        ProvisionKind::Reservation,
    ];

    /// The snake_case name used in data files.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProvisionKind::MandatoryOffence => "mandatory_offence",
            ProvisionKind::MandatoryMeasure => "mandatory_measure",
            ProvisionKind::OptionalElement => "optional_element",
            ProvisionKind::Reservation => "reservation",
        }
    }

    /// True when a State may make a reservation or declaration under it.
    pub const fn allows_reservation(self) -> bool {
        matches!(self, ProvisionKind::OptionalElement | ProvisionKind::Reservation)
    }
}

impl FromStr for ProvisionKind {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_keyword(s, &ProvisionKind::ALL, ProvisionKind::as_str, "a provision kind")
    }
}

/// A classified provision: mandatory or optional, and whether it allows
/// a reservation or declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Provision {
    pub(crate) reference: ProvisionRef,
    pub(crate) kind: ProvisionKind,
    pub(crate) summary: Str,
    pub(crate) provenance: Provenance,
}

impl Provision {
    /// A classified provision.
    pub fn new(
        reference: ProvisionRef,
        kind: ProvisionKind,
        summary: impl Into<String>,
        provenance: Provenance,
    ) -> Provision {
        Provision {
            reference,
            kind,
            summary: Cow::Owned(summary.into()),
            provenance,
        }
    }

    /// Which article or paragraph.
    pub fn reference(&self) -> ProvisionRef {
        self.reference
    }

    /// What it obliges or allows.
    pub fn kind(&self) -> ProvisionKind {
        self.kind
    }

    /// A summary in the crate's own words.
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }
}
