//! The questions about the data as a whole: a participant's actions, the
//! timeline, and the register on a day ([`Register::on`]).

use crate::actions::Action;
use crate::base::date::Date;
use crate::participants::Code;
use crate::register::build::Register;
use crate::register::counts::TimelinePoint;
use crate::register::day::OnDay;

impl Register {
    /// The register at the end of `day`: every question about a day.
    ///
    /// ```
    /// use hanoi_convention::{Date, Register};
    ///
    /// let r = Register::embedded();
    /// let christmas = r.on(Date::constant(2025, 12, 25));
    /// assert!(christmas.signatories().count().certain >= 72);
    /// assert_eq!(christmas.day(), Date::constant(2025, 12, 25));
    /// ```
    pub fn on(&self, day: Date) -> OnDay<'_> {
        OnDay::new(self, day)
    }

    /// The register on `day`, refusing a day before the treaty was adopted
    /// (every answer about it would be "nothing yet", which is no answer):
    /// the check a tool makes on a day its user gives.
    ///
    /// # Errors
    ///
    /// An error of kind [`OutOfRange`](crate::ErrorKind::OutOfRange) for a day before the adoption.
    ///
    /// ```
    /// use hanoi_convention::{Date, ErrorKind, Register};
    ///
    /// let r = Register::embedded();
    /// assert!(r.try_on(Date::constant(2025, 1, 1)).is_ok());
    /// let err = r.try_on(Date::constant(2024, 1, 1)).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::OutOfRange);
    /// assert!(err.to_string().contains("before the Hanoi Convention existed (adopted on 2024-12-24)"));
    /// ```
    pub fn try_on(&self, day: Date) -> Result<OnDay<'_>, crate::error::Error> {
        let identity = self.treaty().identity();
        let adopted = identity.adopted_on();
        if day < adopted {
            return Err(crate::error::Error::from(crate::error::Inner::BeforeTreaty {
                day,
                adopted,
                treaty: identity.short_name().to_string(),
            }));
        }
        Ok(self.on(day))
    }

    /// The actions of one participant, in date order (empty for a code the
    /// treaty does not know).
    ///
    /// ```
    /// use hanoi_convention::{Register, actions::ActionKind};
    ///
    /// let qat = Register::embedded().actions_of("QAT".parse()?);
    /// let kinds: Vec<ActionKind> = qat.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [ActionKind::Signature, ActionKind::Ratification, ActionKind::Reservation]);
    /// # Ok::<(), hanoi_convention::Error>(())
    /// ```
    pub fn actions_of(&self, code: Code) -> &[Action] {
        match self.participants().index_of(code) {
            Some(i) => {
                let (a, b) = self.action_ranges[i];
                &self.actions[a as usize..b as usize]
            }
            None => &[],
        }
    }

    /// The cumulative timeline: a point for each day on which a count
    /// changed (a window contributes its first and last day).
    ///
    /// ```
    /// let t = hanoi_convention::Register::embedded().timeline();
    /// assert_eq!(t[0].signatories().certain, 69); // 25 October 2025
    /// assert!(t.windows(2).all(|w| w[0].date < w[1].date));
    /// ```
    pub fn timeline(&self) -> Vec<TimelinePoint<'_>> {
        self.timeline.points(self.treaty().grouping())
    }
}
