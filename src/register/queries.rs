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

    /// The actions of one participant, in date order (empty for a code the
    /// treaty does not know).
    ///
    /// ```
    /// use hanoi_convention::{Register, actions::ActionKind};
    ///
    /// let qat = Register::embedded().actions_of("QAT".parse()?);
    /// let kinds: Vec<ActionKind> = qat.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [ActionKind::Signature, ActionKind::Ratification, ActionKind::Reservation]);
    /// # Ok::<(), hanoi_convention::participants::CodeError>(())
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
