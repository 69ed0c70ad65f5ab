//! An actions file as read, the register builder's input: what could be
//! read, and a problem for each record that could not. It lives here,
//! not in `io`, so that the register never depends on the readers.

use crate::actions::Action;
use crate::base::origin::Origin;
use crate::error::Error;
use crate::problem::{Problem, Problems};

/// An actions file as read: the actions of every record that could be
/// read, and a problem for every record that could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionsFile {
    name: String,
    actions: Vec<Action>,
    problems: Vec<Problem>,
}

impl ActionsFile {
    /// A file's actions and the problems of the records that could not be
    /// read, e.g. a file's rows merged over other data.
    pub fn from_parts(name: &str, actions: Vec<Action>, problems: Vec<Problem>) -> ActionsFile {
        ActionsFile {
            name: name.to_string(),
            actions,
            problems,
        }
    }

    /// The file's name, as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The actions of the records that could be read.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// The problems of the records that could not be read (empty when
    /// every record could).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The records that could not be read.
    pub fn unread(&self) -> Vec<Origin> {
        self.problems.iter().map(|p| p.origin().clone()).collect()
    }

    /// The actions, and the problems of the records that could not be read.
    pub fn into_parts(self) -> (Vec<Action>, Vec<Problem>) {
        (self.actions, self.problems)
    }

    /// The actions, when every record could be read.
    ///
    /// # Errors
    ///
    /// An error of kind [`Invalid`](crate::ErrorKind::Invalid) listing the records that could not.
    pub fn into_actions(self) -> Result<Vec<Action>, Error> {
        if self.problems.is_empty() {
            Ok(self.actions)
        } else {
            let unread = self.unread();
            Err(Error::invalid(Problems::with_unread(self.problems, unread)))
        }
    }
}
