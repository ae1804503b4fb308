//! The derivation verdict (wholly, partially, not derived) and the direction (which text looks like the source).
//!
//! The verdict calls the derivative derived when its sentence match (see
//! [`Resemblance`]) passes [`THRESHOLD`]. The threshold comes from
//! [`calibrate`] run on the 95 labelled answers of the
//! Clough–Stevenson corpus (`tests/verdict.rs` reruns it, checks the
//! constant and the leave-one-out accuracy published in README). A derived
//! text is *wholly* derived when at most [`WHOLLY_MAX_NEW`] of its words are new.

use serde::{Deserialize, Serialize};

use super::figures::Figures;
use super::{EditCount, EditKind};
use crate::engine::resemble::Resemblance;
use crate::format::percent;

/// The sentence match above which a derivative counts as derived.
pub const THRESHOLD: f64 = 0.333;
/// How many of the corpus's answers the verdict judges right, and of how many, each
/// answer judged with the threshold calibrated on the others (`tests/verdict.rs` checks it).
pub const ACCURACY: (usize, usize) = (91, 95);
/// The largest share of new words a wholly derived text has.
pub const WHOLLY_MAX_NEW: f64 = 0.1;

/// Whether the derivative was made from the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Derivation {
    /// Made from the source, with little of its own.
    Wholly,
    /// Made from the source in part, with material of its own.
    Partially,
    /// Not made from the source (what they share is topic, not text).
    Non,
}

impl Derivation {
    pub fn label(self) -> &'static str {
        match self {
            Derivation::Wholly => "Wholly derived",
            Derivation::Partially => "Partially derived",
            Derivation::Non => "Not derived",
        }
    }
}

/// The verdict, with the measures and thresholds it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub derivation: Derivation,
    /// The sentence match, 0 to 1, and the threshold it is compared with.
    pub sentence_match: f64,
    pub threshold: f64,
    /// The source's sentence match in the derivative, shown beside it.
    pub reverse_sentence_match: f64,
    /// The derivative's new share, and the most a wholly derived text has.
    pub new_share: f64,
    pub wholly_max_new: f64,
}

pub(crate) fn verdict(resemblance: Resemblance, figures: &Figures) -> Verdict {
    let derivation = if resemblance.sentence_match <= THRESHOLD {
        Derivation::Non
    } else if figures.derivative_new <= WHOLLY_MAX_NEW {
        Derivation::Wholly
    } else {
        Derivation::Partially
    };
    Verdict {
        derivation,
        sentence_match: resemblance.sentence_match,
        threshold: THRESHOLD,
        reverse_sentence_match: resemblance.reverse_sentence_match,
        new_share: figures.derivative_new,
        wholly_max_new: WHOLLY_MAX_NEW,
    }
}

/// Finds the threshold that tells derived from not derived best on labelled
/// sentence matches (`true` = derived): the candidates lie halfway between
/// neighbouring values; the most examples right wins, ties going to the lower.
pub fn calibrate(examples: &[(f64, bool)]) -> f64 {
    let mut values: Vec<f64> = examples.iter().map(|e| e.0).collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    let mut best = (0usize, 0.0);
    for pair in values.windows(2) {
        let threshold = (pair[0] + pair[1]) / 2.0;
        let right = examples
            .iter()
            .filter(|&&(m, derived)| (m > threshold) == derived)
            .count();
        if right > best.0 {
            best = (right, threshold);
        }
    }
    best.1
}

/// Which of the two texts looks like the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Looks {
    /// The source as given looks like the earlier text.
    AsGiven,
    /// The texts look the other way round.
    Reversed,
    /// No sign strong enough either way: one weak sign alone, or signs against each other.
    Unclear,
}

impl Looks {
    /// The sentence the page and the report open the direction's reasons with.
    pub fn lead(self) -> &'static str {
        match self {
            Looks::AsGiven => "The source looks like the earlier text",
            Looks::Reversed => {
                "These texts may be the other way round (the derivative looks like the earlier text)"
            }
            Looks::Unclear => "Which text came first is unclear",
        }
    }
}

/// Which text looks like the source, and the signs that say so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Direction {
    pub looks: Looks,
    /// The signs, each a short clause ("the derivative gives credit the source does not (twice)").
    pub reasons: Vec<String>,
}

/// Weighs the signs of direction: credit and hedges added, a dateline dropped,
/// and sentence match that is larger one way than the other. A credit or a
/// dropped dateline weighs 2, hedges and sentence match 1; a direction is named
/// when the signs add up to 2 or more one way. Otherwise it is unclear, and the
/// first reason says why: the one sign found is too weak alone, or the signs
/// point both ways.
pub(crate) fn direction(
    r: Resemblance,
    edits: &[EditCount],
    verdict: Option<&Verdict>,
) -> Direction {
    if verdict.is_none_or(|v| v.derivation == Derivation::Non) {
        return Direction {
            looks: Looks::Unclear,
            reasons: vec!["the texts do not look derived from one another".into()],
        };
    }
    let count = |k: EditKind| edits.iter().find(|e| e.kind == k).map_or(0, |e| e.count) as i32;
    let mut reasons = Vec::new();
    let mut score = 0i32;
    let mut sign = |n: i32, forward: &str, backward: &str, weight: i32| {
        if n > 0 {
            reasons.push(forward.replace("{n}", &times(n)));
        } else if n < 0 {
            reasons.push(backward.replace("{n}", &times(-n)));
        }
        score += n.signum() * weight.min(n.abs() * weight);
    };
    sign(
        count(EditKind::AttributionAdded) - count(EditKind::AttributionRemoved),
        "the derivative gives credit the source does not ({n})",
        "the source gives credit the derivative does not ({n})",
        2,
    );
    sign(
        count(EditKind::DatelineRemoved),
        "the source has a dateline the derivative lacks",
        "",
        2,
    );
    sign(
        count(EditKind::HedgeAdded) - count(EditKind::HedgeRemoved),
        "the derivative hedges statements the source makes plainly ({n})",
        "the source hedges statements the derivative makes plainly ({n})",
        1,
    );
    let asymmetry = r.sentence_match - r.reverse_sentence_match;
    let lean = if asymmetry > 0.15 {
        1
    } else if asymmetry < -0.15 {
        -1
    } else {
        0
    };
    sign(
        lean,
        &format!(
            "the derivative's sentences stand in the source more ({}) than the other way round ({})",
            percent(r.sentence_match),
            percent(r.reverse_sentence_match)
        ),
        &format!(
            "the source's sentences stand in the derivative more ({}) than the other way round ({})",
            percent(r.reverse_sentence_match),
            percent(r.sentence_match)
        ),
        1,
    );
    let looks = match score {
        s if s >= 2 => Looks::AsGiven,
        s if s <= -2 => Looks::Reversed,
        _ => Looks::Unclear,
    };
    if reasons.is_empty() {
        reasons.push("no credit, hedge, dateline or sentence match leans either way".into());
    } else if looks == Looks::Unclear {
        // Signs were found, yet too little leans one way: say so, or the sign
        // reads as an argument for a direction the verdict does not name.
        let why = if reasons.len() == 1 {
            "the only sign, too weak alone, is that "
        } else {
            "the signs point both ways: "
        };
        reasons[0].insert_str(0, why);
    }
    Direction { looks, reasons }
}

fn times(n: i32) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{} times", crate::format::count(n.unsigned_abs() as usize)),
    }
}
