//! The bundled sample articles and the pairs the page offers, with credits.
//!
//! ```
//! use syndiff::samples::{default_pair, PAIRS};
//!
//! let default = default_pair();
//! assert_eq!(default.source.title, "RFE/RL report");
//! assert_eq!(default.derivative.title, "Derivative text");
//! assert!(PAIRS.iter().any(|p| p.id == "control"));
//! ```

/// A bundled article.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    /// Short name shown in the page.
    pub title: &'static str,
    /// Who wrote or published it, and what it is.
    pub credit: &'static str,
    /// The text, as bundled.
    pub text: &'static str,
}

/// The RFE/RL report: the source of the demo.
pub static RFERL_REPORT: Article = Article {
    title: "RFE/RL report",
    credit:
        "Radio Free Europe/Radio Liberty report from Bokhtar, Tajikistan, on the \
             \u{201c}Door-To-Door\u{201d} campaign against online extremist recruitment in Khatlon.",
    text: include_str!("../samples/rferl-door-to-door.txt"),
};

/// A later text that reuses and edits the RFE/RL report.
pub static DERIVATIVE: Article = Article {
    title: "Derivative text",
    credit:
        "A later text that reuses the RFE/RL report, credits it (\u{201c}Radio Liberty\u{2019}s \
             Tajik Service reported\u{201d}), edits it and adds material.",
    text: include_str!("../samples/derivative-door-to-door.txt"),
};

/// An opinion piece on the same topic, written independently.
pub static OPINION: Article = Article {
    title: "Opinion piece",
    credit:
        "\u{201c}Tajikistan\u{2019}s Digital Trap\u{201d}, an opinion piece on the same topic, \
             written independently of the RFE/RL report.",
    text: include_str!("../samples/opinion-digital-trap.txt"),
};

/// The three articles, as a set for the reuse matrix.
pub static ARTICLES: [&Article; 3] = [&RFERL_REPORT, &DERIVATIVE, &OPINION];

/// A source and a derivative offered together in the sample picker.
#[derive(Debug, PartialEq, Eq)]
pub struct Pair {
    /// Stable id (used in links and tests).
    pub id: &'static str,
    /// What the picker says.
    pub label: &'static str,
    /// The earlier text.
    pub source: &'static Article,
    /// The later text compared with it.
    pub derivative: &'static Article,
}

/// The pairs the sample picker offers; the first is the default.
pub static PAIRS: [Pair; 2] = [
    Pair {
        id: "rferl",
        label: "RFE/RL report \u{2192} derivative text",
        source: &RFERL_REPORT,
        derivative: &DERIVATIVE,
    },
    Pair {
        id: "control",
        label: "RFE/RL report \u{2192} opinion piece (not derived: the control)",
        source: &RFERL_REPORT,
        derivative: &OPINION,
    },
];

impl Pair {
    /// The pair with this id, if there is one.
    pub fn by_id(id: &str) -> Option<&'static Pair> {
        PAIRS.iter().find(|p| p.id == id)
    }
}

/// The pair the page opens with: the RFE/RL report and the derivative text.
pub fn default_pair() -> &'static Pair {
    &PAIRS[0]
}
