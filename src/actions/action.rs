//! One treaty action: signatures, instruments of consent, reservations,
//! declarations and denunciations, each dated (exactly or by a window),
//! placed, sourced and traced to the record it came from.

use std::borrow::Cow;
use std::fmt;

use crate::base::article::ProvisionRef;
use crate::base::code::Code;
use crate::base::date::DateWindow;
use crate::base::origin::Origin;
use crate::base::provenance::{Confidence, Provenance, Str};

/// What a participant did, in the terms of the law of treaties.
///
/// Which of these a treaty provides, and which count toward its entry
/// into force, is the treaty's own rule
/// ([`ConsentRule`](crate::treaty::ConsentRule),
/// [`EntryIntoForceRule::counts`](crate::treaty::EntryIntoForceRule::counts)).
///
/// ```
/// use hanoi_convention::actions::ActionKind;
///
/// let k: ActionKind = "Ratification".parse()?;
/// assert!(k.is_consent());
/// assert!("definitive signature".parse::<ActionKind>()?.is_consent());
/// assert!(!ActionKind::ProvisionalApplication.is_consent());
/// assert!(ActionKind::SignatureAdReferendum.is_signature());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ActionKind {
    /// An invitation to accede, for treaties whose accession clause requires
    /// one (e.g. by the Committee of Ministers of the Council of Europe).
    Invitation,
    /// Signature subject to ratification, acceptance or approval.
    Signature,
    /// Signature *ad referendum*: a signature that becomes a full one when
    /// confirmed ([`SignatureConfirmation`](ActionKind::SignatureConfirmation);
    /// Vienna Convention on the Law of Treaties, art. 12(2)(b)).
    SignatureAdReferendum,
    /// Instrument of ratification.
    Ratification,
    /// Instrument of acceptance (also a "definitive acceptance", as
    /// commodity agreements call it, beside a provisional one).
    Acceptance,
    /// Instrument of approval.
    Approval,
    /// Instrument of accession.
    Accession,
    /// Notification of succession (depositary practice for successor States).
    Succession,
    /// Definitive signature: consent to be bound expressed by signature
    /// alone (Vienna Convention, art. 12).
    DefinitiveSignature,
    /// Formal confirmation: an international organization's consent, the
    /// counterpart of a State's ratification (Vienna Convention of 1986, art. 14).
    FormalConfirmation,
    /// Confirmation of a signature *ad referendum*: the signature becomes
    /// definitive, and with it the consent to be bound.
    SignatureConfirmation,
    /// Notification of application, e.g. of a convention to one more of
    /// the bodies it may cover (the depositary counts it as participation).
    Application,
    /// Provisional application (Vienna Convention, art. 25): the treaty
    /// binds provisionally, pending consent; it is not consent to be bound.
    ProvisionalApplication,
    /// Notification of denunciation.
    Denunciation,
    /// A reservation.
    Reservation,
    /// A declaration (e.g. on optional elements, or on a REIO's competence).
    Declaration,
}

impl ActionKind {
    /// Every kind, in the order a participant's actions of one day are
    /// taken.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[ActionKind] = &[
        ActionKind::Invitation,
        ActionKind::Signature,
        ActionKind::SignatureAdReferendum,
        ActionKind::Ratification,
        ActionKind::Acceptance,
        ActionKind::Approval,
        ActionKind::Accession,
        ActionKind::Succession,
        ActionKind::DefinitiveSignature,
        ActionKind::FormalConfirmation,
        ActionKind::SignatureConfirmation,
        ActionKind::Application,
        ActionKind::ProvisionalApplication,
        ActionKind::Denunciation,
        ActionKind::Reservation,
        ActionKind::Declaration,
    ];

    /// The snake_case name used in data files.
    pub const fn as_str(self) -> &'static str {
        match self {
            ActionKind::Invitation => "invitation",
            ActionKind::Signature => "signature",
            ActionKind::SignatureAdReferendum => "signature_ad_referendum",
            ActionKind::Ratification => "ratification",
            ActionKind::Acceptance => "acceptance",
            ActionKind::Approval => "approval",
            ActionKind::Accession => "accession",
            ActionKind::Succession => "succession",
            ActionKind::DefinitiveSignature => "definitive_signature",
            ActionKind::FormalConfirmation => "formal_confirmation",
            ActionKind::SignatureConfirmation => "signature_confirmation",
            ActionKind::Application => "application",
            ActionKind::ProvisionalApplication => "provisional_application",
            ActionKind::Denunciation => "denunciation",
            ActionKind::Reservation => "reservation",
            ActionKind::Declaration => "declaration",
        }
    }

    /// The kinds a data file may name, as a list for messages.
    pub(crate) fn keywords() -> String {
        let all: Vec<&str> = ActionKind::ALL.iter().map(|k| k.as_str()).collect();
        all.join(", ")
    }

    /// A signature that does not by itself express consent: a signature,
    /// or a signature *ad referendum*.
    pub const fn is_signature(self) -> bool {
        matches!(self, ActionKind::Signature | ActionKind::SignatureAdReferendum)
    }

    /// An expression of consent to be bound: ratification, acceptance,
    /// approval, accession, succession, definitive signature, formal
    /// confirmation, confirmation of a signature *ad referendum*, or
    /// application. A participant that has made one is what the UN Treaty
    /// Collection lists as a "Party". Provisional application is not one.
    pub const fn is_consent(self) -> bool {
        matches!(
            self,
            ActionKind::Ratification
                | ActionKind::Acceptance
                | ActionKind::Approval
                | ActionKind::Accession
                | ActionKind::Succession
                | ActionKind::DefinitiveSignature
                | ActionKind::FormalConfirmation
                | ActionKind::SignatureConfirmation
                | ActionKind::Application
        )
    }

    /// A reservation or a declaration: these name provisions.
    ///
    /// ```
    /// use hanoi_convention::actions::ActionKind;
    ///
    /// assert!(ActionKind::Reservation.names_provisions());
    /// assert!(!ActionKind::Signature.names_provisions());
    /// ```
    pub const fn names_provisions(self) -> bool {
        matches!(self, ActionKind::Reservation | ActionKind::Declaration)
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an action took place, e.g. "Hanoi" or "New York": a name, since
/// each treaty has places of its own (see
/// [`SignatureRule::places`](crate::treaty::SignatureRule::places)).
/// Names compare ignoring ASCII case.
///
/// ```
/// use hanoi_convention::actions::Place;
///
/// let p: Place = " new york ".parse()?;
/// assert_eq!(p, Place::new("New York"));
/// assert_eq!(p.as_str(), "new york");
/// assert!("".parse::<Place>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Eq)]
pub struct Place(Str);

impl Place {
    /// A place by name.
    pub fn new(name: impl Into<String>) -> Place {
        Place(Cow::Owned(name.into()))
    }

    /// A place whose name lives for the whole program (the embedded data).
    pub const fn from_static(name: &'static str) -> Place {
        Place(Cow::Borrowed(name))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl PartialEq for Place {
    fn eq(&self, other: &Place) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl std::hash::Hash for Place {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Place) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Place {
    fn cmp(&self, other: &Place) -> std::cmp::Ordering {
        let key = |s: &str| s.bytes().map(|b| b.to_ascii_lowercase()).collect::<Vec<u8>>();
        key(&self.0).cmp(&key(&other.0))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Place {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One treaty action.
///
/// ```
/// use hanoi_convention::{Confidence, Date};
/// use hanoi_convention::actions::{Action, ActionKind, Place};
///
/// let a = Action::new("MUS".parse()?, ActionKind::Signature, Date::constant(2025, 11, 19).into())
///     .with_place(Place::new("New York"))
///     .with_source("https://verdragen.nl/nl/Verdrag/Details/013891_p.html", Confidence::High);
/// assert_eq!(a.place(), Some(&Place::new("New York")));
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Action {
    pub(crate) participant: Code,
    pub(crate) kind: ActionKind,
    pub(crate) date: DateWindow,
    pub(crate) place: Option<Place>,
    pub(crate) provisions: Cow<'static, [ProvisionRef]>,
    pub(crate) notification: Option<Str>,
    pub(crate) provenance: Provenance,
    pub(crate) note: Str,
    pub(crate) origin: Origin,
}

impl Action {
    /// An action with no place, provisions, source or note, built in code
    /// (medium confidence until [`Action::with_source`] says otherwise).
    /// Give it a source before exporting it: a file row without one does
    /// not load back.
    pub fn new(participant: Code, kind: ActionKind, date: DateWindow) -> Action {
        Action {
            participant,
            kind,
            date,
            place: None,
            provisions: Cow::Borrowed(&[]),
            notification: None,
            provenance: Provenance::from_static("", Confidence::Medium),
            note: Cow::Borrowed(""),
            origin: Origin::Code,
        }
    }

    /// Sets the place.
    #[must_use]
    pub fn with_place(mut self, place: Place) -> Action {
        self.place = Some(place);
        self
    }

    /// Sets the provisions a reservation or declaration concerns.
    #[must_use]
    pub fn with_provisions(mut self, provisions: impl IntoIterator<Item = ProvisionRef>) -> Action {
        self.provisions = Cow::Owned(provisions.into_iter().collect());
        self
    }

    /// Sets the source and confidence.
    #[must_use]
    pub fn with_source(mut self, source: &str, confidence: Confidence) -> Action {
        self.provenance = Provenance::new(source, confidence);
        self
    }

    /// Sets the source and confidence from a [`Provenance`].
    #[must_use]
    pub fn with_provenance(mut self, provenance: Provenance) -> Action {
        self.provenance = provenance;
        self
    }

    /// Sets the depositary notification reference (`C.N....`).
    #[must_use]
    pub fn with_notification(mut self, reference: impl Into<String>) -> Action {
        self.notification = Some(Cow::Owned(reference.into()));
        self
    }

    /// Sets the note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Action {
        self.note = Cow::Owned(note.into());
        self
    }

    /// Sets where the record came from.
    #[must_use]
    pub fn with_origin(mut self, origin: Origin) -> Action {
        self.origin = origin;
        self
    }

    /// Who acted.
    pub fn participant(&self) -> Code {
        self.participant
    }

    /// What they did.
    pub fn kind(&self) -> ActionKind {
        self.kind
    }

    /// When: a day or a window.
    pub fn date(&self) -> DateWindow {
        self.date
    }

    /// Where, when known or implied.
    pub fn place(&self) -> Option<&Place> {
        self.place.as_ref()
    }

    /// The provisions a reservation or declaration concerns.
    pub fn provisions(&self) -> &[ProvisionRef] {
        &self.provisions
    }

    /// The depositary notification reference, when known.
    pub fn notification(&self) -> Option<&str> {
        self.notification.as_deref()
    }

    /// Source and confidence.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Free-text note.
    pub fn note(&self) -> &str {
        &self.note
    }

    /// Where the record came from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// The identity used to detect duplicates: everything but provenance,
    /// note and origin.
    pub(crate) fn same_fact(&self, other: &Action) -> bool {
        self.participant == other.participant
            && self.kind == other.kind
            && self.date == other.date
            && self.provisions == other.provisions
    }
}
