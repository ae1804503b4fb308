//! The bundled sample articles and the pairs the page offers, with credits.
//!
//! ```
//! use syndiff::samples::{default_pair, PAIRS};
//!
//! let default = default_pair();
//! assert_eq!(default.source.title, "RFE/RL report");
//! assert_eq!(default.derivative.title, "Derivative text");
//! assert_eq!(default.source.origin, "Radio Free Europe/Radio Liberty");
//! assert!(PAIRS.iter().any(|p| p.id == "control"));
//! ```

/// A bundled article.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    /// Short name shown in the page.
    pub title: &'static str,
    /// Who wrote or published it, and what it is.
    pub credit: &'static str,
    /// Where it is from, as a text's "From" line says it: the outlet, or empty
    /// when the sample does not name one (the articles came without an address).
    pub origin: &'static str,
    /// The text, as bundled.
    pub text: &'static str,
}

/// The RFE/RL report: the source of the demo.
pub static RFERL_REPORT: Article = Article {
    title: "RFE/RL report",
    credit:
        "Radio Free Europe/Radio Liberty report from Bokhtar, Tajikistan, on the \
             \u{201c}Door-To-Door\u{201d} campaign against online extremist recruitment in Khatlon.",
    origin: "Radio Free Europe/Radio Liberty",
    text: include_str!("../samples/rferl-door-to-door.txt"),
};

/// A later text that reuses and edits the RFE/RL report.
pub static DERIVATIVE: Article = Article {
    title: "Derivative text",
    credit:
        "A later text that reuses the RFE/RL report, credits it (\u{201c}Radio Liberty\u{2019}s \
             Tajik Service reported\u{201d}), edits it and adds material.",
    origin: "",
    text: include_str!("../samples/derivative-door-to-door.txt"),
};

/// An opinion piece on the same topic, written independently.
pub static OPINION: Article = Article {
    title: "Opinion piece",
    credit:
        "\u{201c}Tajikistan\u{2019}s Digital Trap\u{201d}, an opinion piece on the same topic, \
             written independently of the RFE/RL report.",
    origin: "",
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

impl Article {
    /// Whether `text` is still this article in substance: at least half of its
    /// paragraphs stand in it word for word (an edit here and there keeps them;
    /// text pasted over it does not).
    ///
    /// ```
    /// use syndiff::samples::RFERL_REPORT;
    ///
    /// let edited = format!("{} Extra sentence.", RFERL_REPORT.text.trim_end());
    /// assert!(RFERL_REPORT.holds(&edited));
    /// assert!(!RFERL_REPORT.holds("A text of my own, pasted over the sample."));
    /// ```
    pub fn holds(&self, text: &str) -> bool {
        let paragraphs: Vec<&str> = self
            .text
            .lines()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let kept = paragraphs.iter().filter(|p| text.contains(*p)).count();
        kept * 2 >= paragraphs.len() && kept > 0
    }
}

/// The bundled article a text's title and origin name, if they name one.
pub fn named(title: &str, origin: &str) -> Option<&'static Article> {
    ARTICLES
        .iter()
        .copied()
        .find(|a| a.title == title && a.origin == origin)
}

/// The pair the page opens with: the RFE/RL report and the derivative text.
pub fn default_pair() -> &'static Pair {
    &PAIRS[0]
}
