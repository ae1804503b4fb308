//! Page state: the two texts and their titles, view and options, the last comparison,
//! what the page has to tell the reader, and the actions that change them.

use std::rc::Rc;

use yew::Reducible;

use crate::display::Layout;
use crate::engine::{compare, Comparison, EditKind, Options};
use crate::input::permalink::Shared;
use crate::io::files::Loaded;
use crate::io::storage::{Kept, Prefs, PutAside, Saved, Theme, View};
use crate::samples::{self, Article, Pair};

/// One of the two texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Source,
    Derivative,
}

/// Something the page tells the reader, and whether it is a refusal or an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub is_error: bool,
}

impl Note {
    pub fn info(text: impl Into<String>) -> Self {
        Note {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Note {
            text: text.into(),
            is_error: true,
        }
    }
}

/// A sample pair's texts with their titles and origins, as if the reader had
/// entered them: an edit keeps them, as it keeps titles the reader typed.
fn sample_texts(pair: &Pair) -> Saved {
    Saved {
        source: pair.source.text.to_owned(),
        derivative: pair.derivative.text.to_owned(),
        source_title: pair.source.title.to_owned(),
        derivative_title: pair.derivative.title.to_owned(),
        source_origin: pair.source.origin.to_owned(),
        derivative_origin: pair.derivative.origin.to_owned(),
    }
}

/// Whether `texts` are `pair` as it is loaded: its texts, titles and origins
/// (or no titles or origins at all, as texts saved before samples had them).
fn as_loaded(texts: &Saved, pair: &Pair) -> bool {
    let untitled = [
        &texts.source_title,
        &texts.derivative_title,
        &texts.source_origin,
        &texts.derivative_origin,
    ]
    .iter()
    .all(|t| t.is_empty());
    (untitled || *texts == sample_texts(pair))
        && texts.source == pair.source.text
        && texts.derivative == pair.derivative.text
}

/// The sample pair these texts are, if they are one.
fn sample_of(texts: &Saved) -> Option<&'static Pair> {
    samples::PAIRS
        .iter()
        .find(|p| p.source.text == texts.source && p.derivative.text == texts.derivative)
}

/// Everything the page shows is derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The reader's work: both texts, as typed or loaded, with their titles and origins
    /// (saved as it is).
    pub work: Saved,
    /// How each text was loaded, or why a file was refused (source, derivative).
    pub notes: (Option<Note>, Option<Note>),
    /// What became of the last link made (copied, too large, refused).
    pub link_note: Option<Note>,
    /// What became of the link in the address the page was opened with (opened, or why
    /// not), said above the texts, where the reader lands; gone with the next edit.
    pub address_note: Option<Note>,
    /// The last link made, shown for copying by hand.
    pub link: Option<String>,
    /// What a pair opened from the reuse matrix is, said at the comparison's start
    /// (the page takes the reader there); gone with the next edit.
    pub opened: Option<Note>,
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
    /// The texts a sample, a link, a file or a new comparison replaced, newest first,
    /// kept (and saved) so that the user can take them back: each of the user's own
    /// texts that something replaced, not only the last.
    pub replaced: Vec<PutAside>,
    /// Whether the texts are the user's own work (typed, edited, loaded from files),
    /// rather than a sample, a link's or a new comparison's as they came.
    pub own: bool,
    /// The one edit kind the reader chose to see (the others are dimmed and skipped).
    pub filter: Option<EditKind>,
    /// The guided tour or quiz, while it runs.
    pub tour: Option<Tour>,
    /// Whether the texts, and those put aside, are saved in the browser (so that a
    /// reload brings them back).
    pub kept: (Kept, Kept),
    /// The last visit's texts could not be saved: those shown are older, until an edit.
    pub unsaved_before: bool,
}

/// The guided tour through the edits, one at a time; as a quiz, the reader names
/// each edit's kind before it is revealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tour {
    pub quiz: bool,
    /// The stops it visits, in order: every change but formatting, a move at its first end.
    pub stops: Vec<usize>,
    /// Where it is in `stops`; `stops.len()` once it is over.
    pub step: usize,
    /// The quiz's answer at each step, once given.
    pub answers: Vec<Option<EditKind>>,
}

impl Tour {
    /// Steps answered right.
    pub fn score(&self, layout: &Layout) -> usize {
        self.stops
            .iter()
            .zip(&self.answers)
            .filter(|(&stop, answer)| **answer == Some(layout.stops[stop].edit))
            .count()
    }
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
    /// Put back texts a sample, link, file or new comparison replaced (`.0` in
    /// `replaced`; 0 is the newest); the texts on show are put aside in their place.
    RestoreReplaced(usize),
    /// A link named a sample pair: the pair with the default options.
    OpenSample(&'static Pair),
    /// A file was read into a pane.
    LoadFile(Pane, Loaded),
    /// A file was refused; the pane keeps its text.
    RefuseFile(Pane, String),
    /// The reader renamed a text.
    SetTitle(Pane, String),
    /// The reader said where a text came from.
    SetOrigin(Pane, String),
    /// A share link was opened.
    OpenShared(Shared),
    /// Something to say about links made (copied, too large, refused).
    LinkNote(Option<Note>),
    /// The link in the address could not be opened: why.
    AddressRefused(Note),
    /// A link to the comparison was made (and copied, or not).
    Linked(String, Note),
    /// Start over with two empty texts (what was there can be put back).
    NewComparison,
    /// Compare the texts as they are now, here on the main thread.
    Compare,
    /// A comparison of revision `.0` arrived (from the worker).
    Compared(u64, Rc<Comparison>),
    /// Show the comparison inline or side by side.
    SetView(View),
    /// Light, dark, or as the system prefers.
    SetTheme(Theme),
    /// Compare with other options (at once).
    SetOptions(Options),
    /// Go to the next change (the first, when none is current).
    NextChange,
    /// Go to the previous change (the last, when none is current).
    PreviousChange,
    /// Go to this change.
    GoToChange(usize),
    /// Open a pair picked in the reuse matrix.
    OpenArticles(Saved),
    /// Show one edit kind only, or all.
    Filter(Option<EditKind>),
    /// Start the guided tour (or, with `true`, the quiz).
    StartTour(bool),
    /// Go forward (`true`) or back a step in the tour.
    TourStep(bool),
    /// The quiz answer for the current step.
    Answer(EditKind),
    /// Leave the tour.
    EndTour,
    /// Whether the browser kept the texts just saved.
    TextsKept(Kept),
    /// Whether it kept the texts put aside.
    AsideKept(Kept),
}

impl State {
    /// The page as it opens: the texts saved by the last visit, or else the default
    /// sample pair; already compared.
    pub fn new(
        prefs: Prefs,
        saved: Option<Saved>,
        aside: Vec<PutAside>,
        unsaved_before: bool,
    ) -> Self {
        let saved = saved.unwrap_or_else(|| sample_texts(samples::default_pair()));
        let pair = sample_of(&saved);
        let own = !pair.is_some_and(|p| as_loaded(&saved, p));
        let comparison = Rc::new(compare(&saved.source, &saved.derivative, &prefs.options));
        State {
            work: saved,
            notes: (None, None),
            link_note: None,
            address_note: None,
            link: None,
            opened: None,
            pair,
            layout: Rc::new(Layout::of(&comparison)),
            comparison,
            prefs,
            current: None,
            revision: 0,
            compared_revision: 0,
            typing: false,
            own,
            replaced: aside,
            filter: None,
            tour: None,
            kept: (Kept::Yes, Kept::Yes),
            unsaved_before,
        }
    }

    /// The title of a pane, or what to call it when it has none (a sample's own title, or its role).
    pub fn title_or(&self, pane: Pane) -> &str {
        self.title(pane).unwrap_or(match pane {
            Pane::Source => "Source",
            Pane::Derivative => "Derivative",
        })
    }

    /// The title of a pane, or a sample's own title when it has none.
    pub fn title(&self, pane: Pane) -> Option<&str> {
        let (title, sample) = match pane {
            Pane::Source => (&self.work.source_title, self.pair.map(|p| p.source.title)),
            Pane::Derivative => (
                &self.work.derivative_title,
                self.pair.map(|p| p.derivative.title),
            ),
        };
        if title.trim().is_empty() {
            sample
        } else {
            Some(title)
        }
    }

    /// The sample pair a share link can name instead of the texts: the pair on
    /// show, as it is loaded (titles or origins the reader changed go in the link).
    pub fn sample_link(&self) -> Option<&'static Pair> {
        self.pair.filter(|p| as_loaded(&self.work, p))
    }

    /// The bundled articles to credit (source, derivative): those of the sample
    /// on show, or those the panes' titles and origins still name after an edit.
    pub fn credits(&self) -> (Option<&'static Article>, Option<&'static Article>) {
        if let Some(pair) = self.pair {
            return (Some(pair.source), Some(pair.derivative));
        }
        let w = &self.work;
        (
            samples::named(&w.source_title, &w.source_origin),
            samples::named(&w.derivative_title, &w.derivative_origin),
        )
    }

    /// After an edit of `pane`: a bundled article's title and origin stay while the
    /// text is still that article in substance ([`Article::holds`]), and go when
    /// the reader's own text replaced it (they would credit the wrong text).
    fn drop_sample_names(&mut self, pane: Pane) {
        let w = &mut self.work;
        let (text, title, origin) = match pane {
            Pane::Source => (&w.source, &mut w.source_title, &mut w.source_origin),
            Pane::Derivative => (
                &w.derivative,
                &mut w.derivative_title,
                &mut w.derivative_origin,
            ),
        };
        if samples::named(title, origin).is_some_and(|a| !a.holds(text)) {
            title.clear();
            origin.clear();
        }
    }

    /// Puts the texts on show aside, first, when they are the user's own (typed,
    /// edited, from a file; not a sample or a link's as they came) and not empty.
    /// What was put aside before stays: an edited sample put aside never takes the
    /// place of texts the user wrote. Whether they were put aside.
    fn put_aside(&mut self, why: &str) -> bool {
        let empty = self.work.source.trim().is_empty() && self.work.derivative.trim().is_empty();
        if !self.own || empty {
            return false;
        }
        self.replaced.retain(|a| a.saved != self.work);
        self.replaced.insert(
            0,
            PutAside {
                saved: self.work.clone(),
                why: why.to_owned(),
            },
        );
        true
    }

    /// Puts the user's own texts aside ([`Self::put_aside`]), then shows `saved`.
    /// Whether the user's texts were put aside.
    fn replace_with(&mut self, saved: Saved, why: &str, pair: Option<&'static Pair>) -> bool {
        let put_aside = self.put_aside(why);
        self.work = saved;
        self.notes = (None, None);
        self.pair = pair;
        self.own = false;
        put_aside
    }

    /// A link made before holds the old texts, titles or origins: it goes, with its note.
    fn forget_link(&mut self) {
        self.link = None;
        self.link_note = None;
    }

    fn note_mut(&mut self, pane: Pane) -> &mut Option<Note> {
        match pane {
            Pane::Source => &mut self.notes.0,
            Pane::Derivative => &mut self.notes.1,
        }
    }

    /// Whether the texts changed since the shown comparison was made.
    pub fn is_stale(&self) -> bool {
        self.typing || self.revision != self.compared_revision
    }

    fn edited(mut self) -> Self {
        self.revision += 1;
        self.unsaved_before = false;
        self.opened = None;
        self.address_note = None;
        self.forget_link();
        self.typing = false;
        self
    }

    fn show(&mut self, revision: u64, comparison: Rc<Comparison>) {
        self.layout = Rc::new(Layout::of(&comparison));
        self.comparison = comparison;
        self.compared_revision = revision;
        self.current = None;
        self.tour = None;
        if self
            .filter
            .is_some_and(|k| !self.layout.stops.iter().any(|s| s.edit == k))
        {
            self.filter = None;
        }
    }

    /// Whether stop `n` is shown by the filter.
    fn shown(&self, n: usize) -> bool {
        self.filter.is_none_or(|k| self.layout.stops[n].edit == k)
    }

    /// In a tour, goes to the tour's stop at the current change, or the next one
    /// after it (a formatting change is not a stop), and shows that.
    fn tour_to_current(&mut self) {
        let (Some(tour), Some(current)) = (self.tour.as_mut(), self.current) else {
            return;
        };
        let Some(last) = tour.stops.len().checked_sub(1) else {
            return;
        };
        let stops = &self.layout.stops;
        let change = stops[current].change;
        // The move's second end is its first end's step, and stays on show.
        match tour.stops.iter().position(|&s| stops[s].change == change) {
            Some(step) => tour.step = step,
            None => {
                tour.step = tour.stops.partition_point(|&s| s < current).min(last);
                self.current = Some(tour.stops[tour.step]);
            }
        }
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
                next.work.source = text;
                next.drop_sample_names(Pane::Source);
                next.notes.0 = None;
                next.own = true;
                next.pair = None;
                next = next.edited();
            }
            Action::EditDerivative(text) => {
                next.work.derivative = text;
                next.drop_sample_names(Pane::Derivative);
                next.notes.1 = None;
                next.own = true;
                next.pair = None;
                next = next.edited();
            }
            Action::LoadPair(pair) => {
                if next.pair == Some(pair) {
                    return self;
                }
                next.replace_with(
                    sample_texts(pair),
                    "The sample replaced your texts.",
                    Some(pair),
                );
                next = next.edited();
            }
            Action::RestoreReplaced(n) => {
                if n >= next.replaced.len() {
                    return self;
                }
                let aside = next.replaced.remove(n);
                // A swap: what is on show now can be put back in turn.
                next.replace_with(aside.saved, "Your newer texts were put aside.", None);
                next.own = true;
                next = next.edited();
            }
            Action::OpenSample(pair) => {
                next.prefs.options = Options::default();
                next.replace_with(
                    sample_texts(pair),
                    "The link replaced your texts.",
                    Some(pair),
                );
                next = next.edited();
            }
            Action::LoadFile(pane, loaded) => {
                // The text the file replaces can be put back.
                let replaced = match pane {
                    Pane::Source => &next.work.source,
                    Pane::Derivative => &next.work.derivative,
                };
                if !replaced.trim().is_empty() {
                    next.put_aside(match pane {
                        Pane::Source => "The file replaced the source you had.",
                        Pane::Derivative => "The file replaced the derivative you had.",
                    });
                }
                next.own = true;
                *next.note_mut(pane) = Some(Note::info(loaded.note));
                match pane {
                    Pane::Source => {
                        (
                            next.work.source,
                            next.work.source_title,
                            next.work.source_origin,
                        ) = (loaded.text, loaded.title, loaded.origin)
                    }
                    Pane::Derivative => {
                        (
                            next.work.derivative,
                            next.work.derivative_title,
                            next.work.derivative_origin,
                        ) = (loaded.text, loaded.title, loaded.origin)
                    }
                }
                next.pair = None;
                next = next.edited();
            }
            Action::RefuseFile(pane, message) => {
                let what = match pane {
                    Pane::Source => "The source",
                    Pane::Derivative => "The derivative",
                };
                *next.note_mut(pane) =
                    Some(Note::error(format!("{message} {what} keeps its text.")));
            }
            Action::SetTitle(pane, title) => {
                match pane {
                    Pane::Source => next.work.source_title = title,
                    Pane::Derivative => next.work.derivative_title = title,
                }
                // A title typed over a sample's is the reader's: a sample loaded
                // next puts it aside rather than losing it.
                next.own = true;
                next.forget_link();
            }
            Action::SetOrigin(pane, origin) => {
                match pane {
                    Pane::Source => next.work.source_origin = origin,
                    Pane::Derivative => next.work.derivative_origin = origin,
                }
                next.own = true;
                next.forget_link();
            }
            Action::OpenShared(shared) => {
                let texts = Saved {
                    source: shared.source,
                    derivative: shared.derivative,
                    source_title: shared.source_title,
                    derivative_title: shared.derivative_title,
                    source_origin: shared.source_origin,
                    derivative_origin: shared.derivative_origin,
                };
                let pair = sample_of(&texts);
                next.replace_with(texts, "The link replaced your texts.", pair);
                next.prefs.options = shared.options;
                next = next.edited();
                next.address_note = Some(Note::info("Opened the comparison in the link."));
            }
            Action::AddressRefused(note) => {
                next.address_note = Some(note);
            }
            Action::LinkNote(note) => {
                next.link_note = note;
                next.link = None;
            }
            Action::Linked(link, note) => {
                next.link = Some(link);
                next.link_note = Some(note);
            }
            Action::NewComparison => {
                next.replace_with(Saved::default(), "You started a new comparison.", None);
                next.link_note = None;
                next = next.edited();
            }
            Action::Compare => {
                if !self.is_stale() {
                    return self;
                }
                let comparison = compare(
                    &next.work.source,
                    &next.work.derivative,
                    &next.prefs.options,
                );
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
            Action::SetTheme(theme) => {
                if theme == self.prefs.theme {
                    return self;
                }
                next.prefs.theme = theme;
            }
            Action::SetOptions(options) => {
                if options == self.prefs.options {
                    return self;
                }
                next.prefs.options = options;
                next = next.edited();
            }
            // In a tour, the page's next and previous are the tour's: the tour's panel
            // and the change on show never part.
            Action::NextChange if self.tour.is_some() => {
                return self.reduce(Action::TourStep(true))
            }
            Action::PreviousChange if self.tour.is_some() => {
                return self.reduce(Action::TourStep(false))
            }
            Action::NextChange if stops > 0 => {
                let from = self.current.map_or(0, |c| c + 1);
                match (from..stops).find(|&n| self.shown(n)) {
                    Some(n) => next.current = Some(n),
                    None if self.current.is_none() => return self,
                    None => {}
                }
            }
            Action::PreviousChange if stops > 0 => {
                let to = self.current.unwrap_or(stops);
                match (0..to).rev().find(|&n| self.shown(n)) {
                    Some(n) => next.current = Some(n),
                    None if self.current.is_none() => return self,
                    None => {}
                }
            }
            Action::OpenArticles(texts) => {
                let pair = sample_of(&texts);
                let put_aside = next.replace_with(
                    texts,
                    "Opening a pair from the matrix replaced your texts.",
                    pair,
                );
                next = next.edited();
                let mut said = format!(
                    // Neutral: the pair may share nothing, and the verdict below says so.
                    "Opened from the matrix: \u{201c}{}\u{201d} compared with \u{201c}{}\u{201d} (as its source).",
                    next.title_or(Pane::Derivative),
                    next.title_or(Pane::Source)
                );
                if put_aside {
                    said.push_str(
                        " Your own texts were put aside: \u{201c}Put my texts back\u{201d}, above the texts, returns them.",
                    );
                }
                next.opened = Some(Note::info(said));
            }
            Action::Filter(kind) => {
                next.filter = kind;
                // The reader goes to the first change of that kind.
                next.current =
                    kind.and_then(|k| self.layout.stops.iter().position(|s| s.edit == k));
                // The tour walks every edit: choosing a kind (or all kinds) leaves it,
                // so that its panel never explains a change the filter dims or hides.
                next.tour = None;
            }
            Action::StartTour(quiz) => {
                // Each change once (a move at its first end), formatting left out.
                let mut seen = vec![false; self.layout.changes];
                let visits: Vec<usize> = (0..stops)
                    .filter(|&n| {
                        let stop = self.layout.stops[n];
                        stop.edit != EditKind::Formatting
                            && !std::mem::replace(&mut seen[stop.change], true)
                    })
                    .collect();
                if visits.is_empty() {
                    return self;
                }
                next.current = Some(visits[0]);
                next.filter = None;
                next.tour = Some(Tour {
                    quiz,
                    answers: vec![None; visits.len()],
                    stops: visits,
                    step: 0,
                });
            }
            Action::TourStep(forward) => {
                let Some(tour) = next.tour.as_mut() else {
                    return self;
                };
                let last = tour.stops.len();
                tour.step = if forward {
                    (tour.step + 1).min(last)
                } else {
                    tour.step.saturating_sub(1)
                };
                next.current = tour.stops.get(tour.step).copied().or(next.current);
            }
            Action::Answer(kind) => {
                let Some(tour) = next.tour.as_mut() else {
                    return self;
                };
                match tour.answers.get_mut(tour.step) {
                    Some(slot @ None) => *slot = Some(kind),
                    _ => return self,
                }
            }
            Action::EndTour => next.tour = None,
            Action::TextsKept(kept) => {
                if kept == self.kept.0 {
                    return self;
                }
                next.kept.0 = kept;
            }
            Action::AsideKept(kept) => {
                if kept == self.kept.1 {
                    return self;
                }
                next.kept.1 = kept;
            }
            Action::GoToChange(n) if n < stops => {
                next.current = Some(n);
                next.tour_to_current();
            }
            Action::NextChange | Action::PreviousChange | Action::GoToChange(_) => return self,
        }
        Rc::new(next)
    }
}
