//! Page state: the two texts, view and options, the last comparison, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::display::Layout;
use crate::engine::{compare, Comparison, Options};
use crate::io::storage::{Prefs, View};
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
    /// How to compare and how to show it (remembered).
    pub prefs: Prefs,
    /// The comparison of the texts as they were at `compared_revision`.
    pub comparison: Rc<Comparison>,
    /// Its stops, rows and overview marks.
    pub layout: Rc<Layout>,
    /// The change the reader is at, as an index into `layout.stops`.
    pub current: Option<usize>,
    /// Raised on every edit the editors send (they send once typing pauses); each revision is compared.
    pub revision: u64,
    /// The revision `comparison` was made from.
    pub compared_revision: u64,
    /// The user is typing: an edit is on its way (the editors send text once typing pauses).
    pub typing: bool,
    /// The texts a sample replaced, kept so that the user can take them back.
    pub replaced: Option<(String, String)>,
}

/// What can happen to the page state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The user is typing in an editor; its text follows once typing pauses.
    Typing,
    /// The user edited the source (sent once typing pauses, or at once for a paste or drop).
    EditSource(String),
    /// The user edited the derivative (likewise).
    EditDerivative(String),
    /// The user picked a sample pair.
    LoadPair(&'static Pair),
    /// Put back the texts the last sample replaced.
    RestoreReplaced,
    /// Compare the texts as they are now, here on the main thread.
    Compare,
    /// A comparison of revision `.0` arrived (from the worker).
    Compared(u64, Rc<Comparison>),
    /// Show the comparison inline or side by side.
    SetView(View),
    /// Compare with other options (at once).
    SetOptions(Options),
    /// Go to the next change (the first, when none is current).
    NextChange,
    /// Go to the previous change (the last, when none is current).
    PreviousChange,
    /// Go to this change.
    GoToChange(usize),
}

impl State {
    /// The page as it opens: the texts saved by the last visit, or else the default
    /// sample pair; already compared.
    pub fn new(prefs: Prefs, saved: Option<(String, String)>) -> Self {
        let default = samples::default_pair();
        let (source, derivative) = saved.unwrap_or_else(|| {
            (
                default.source.text.to_owned(),
                default.derivative.text.to_owned(),
            )
        });
        let pair = samples::PAIRS
            .iter()
            .find(|p| p.source.text == source && p.derivative.text == derivative);
        let comparison = Rc::new(compare(&source, &derivative, &prefs.options));
        State {
            source,
            derivative,
            pair,
            layout: Rc::new(Layout::of(&comparison)),
            comparison,
            prefs,
            current: None,
            revision: 0,
            compared_revision: 0,
            typing: false,
            replaced: None,
        }
    }

    /// Whether the texts changed since the shown comparison was made.
    pub fn is_stale(&self) -> bool {
        self.typing || self.revision != self.compared_revision
    }

    fn edited(mut self) -> Self {
        self.revision += 1;
        self.typing = false;
        self
    }

    fn show(&mut self, revision: u64, comparison: Rc<Comparison>) {
        self.layout = Rc::new(Layout::of(&comparison));
        self.comparison = comparison;
        self.compared_revision = revision;
        self.current = None;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let stops = self.layout.stops.len();
        match action {
            Action::Typing => {
                if self.typing {
                    return self;
                }
                next.typing = true;
            }
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
                let comparison = compare(&next.source, &next.derivative, &next.prefs.options);
                next.show(self.revision, Rc::new(comparison));
            }
            Action::Compared(revision, comparison) => {
                // Answers can come out of order; an older one never replaces a newer one.
                if revision <= self.compared_revision || revision > self.revision {
                    return self;
                }
                next.show(revision, comparison);
            }
            Action::SetView(view) => {
                if view == self.prefs.view {
                    return self;
                }
                next.prefs.view = view;
            }
            Action::SetOptions(options) => {
                if options == self.prefs.options {
                    return self;
                }
                next.prefs.options = options;
                next = next.edited();
            }
            Action::NextChange if stops > 0 => {
                next.current = Some(self.current.map_or(0, |c| (c + 1).min(stops - 1)));
            }
            Action::PreviousChange if stops > 0 => {
                next.current = Some(self.current.map_or(stops - 1, |c| c.saturating_sub(1)));
            }
            Action::GoToChange(n) if n < stops => next.current = Some(n),
            Action::NextChange | Action::PreviousChange | Action::GoToChange(_) => return self,
        }
        Rc::new(next)
    }
}
