//! Page state: the two texts, the last comparison, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::{compare, Comparison, Options};
use crate::samples::{self, Pair};

/// Everything the page shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The earlier text, as typed or loaded.
    pub source: String,
    /// The later text, as typed or loaded.
    pub derivative: String,
    /// The sample pair both texts come from, until either is edited.
    pub pair: Option<&'static Pair>,
    /// How to compare.
    pub options: Options,
    /// The comparison of the texts as they were at `compared_revision`.
    pub comparison: Rc<Comparison>,
    /// Raised on every edit; the page compares again once edits pause.
    pub revision: u64,
    /// The revision `comparison` was made from.
    pub compared_revision: u64,
    /// The texts a sample replaced, kept so that the user can take them back.
    pub replaced: Option<(String, String)>,
}

/// What can happen to the page state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The user edited the source.
    EditSource(String),
    /// The user edited the derivative.
    EditDerivative(String),
    /// The user picked a sample pair.
    LoadPair(&'static Pair),
    /// Put back the texts the last sample replaced.
    RestoreReplaced,
    /// Compare the texts as they are now.
    Compare,
}

impl State {
    /// The page as it opens: the default sample pair, already compared.
    pub fn with_pair(pair: &'static Pair) -> Self {
        let options = Options::default();
        let comparison = Rc::new(compare(pair.source.text, pair.derivative.text, &options));
        State {
            source: pair.source.text.to_owned(),
            derivative: pair.derivative.text.to_owned(),
            pair: Some(pair),
            options,
            comparison,
            revision: 0,
            compared_revision: 0,
            replaced: None,
        }
    }

    /// Whether the texts changed since the shown comparison was made.
    pub fn is_stale(&self) -> bool {
        self.revision != self.compared_revision
    }

    fn edited(mut self) -> Self {
        self.revision += 1;
        self
    }
}

impl Default for State {
    fn default() -> Self {
        State::with_pair(samples::default_pair())
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::EditSource(text) => {
                next.source = text;
                next.pair = None;
                next = next.edited();
            }
            Action::EditDerivative(text) => {
                next.derivative = text;
                next.pair = None;
                next = next.edited();
            }
            Action::LoadPair(pair) => {
                if next.pair == Some(pair) {
                    return self;
                }
                if next.pair.is_none()
                    && !(next.source.trim().is_empty() && next.derivative.trim().is_empty())
                {
                    next.replaced = Some((next.source.clone(), next.derivative.clone()));
                }
                next.source = pair.source.text.to_owned();
                next.derivative = pair.derivative.text.to_owned();
                next.pair = Some(pair);
                next = next.edited();
            }
            Action::RestoreReplaced => {
                let Some((source, derivative)) = next.replaced.take() else {
                    return self;
                };
                next.source = source;
                next.derivative = derivative;
                next.pair = None;
                next = next.edited();
            }
            Action::Compare => {
                if !self.is_stale() {
                    return self;
                }
                next.comparison = Rc::new(compare(&next.source, &next.derivative, &next.options));
                next.compared_revision = next.revision;
            }
        }
        Rc::new(next)
    }
}
