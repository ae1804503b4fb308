//! Numbers, excerpts and the explanation's wording as the page and the report write them: counts with thousands separators, shares in per cent, sizes in KB and MB, a text's first words and its title with its origin, the reuse bars and what the verdict rests on, refusals given together.
//!
//! Pure Rust, shared by `ui` and [`crate::export`], so that the page and the
//! downloaded report say the same figures in the same words.
//!
//! ```
//! use syndiff::format::{count, counted, percent};
//!
//! assert_eq!(count(1_234_567), "1,234,567");
//! assert_eq!(counted(1, "word", "words"), "1 word");
//! assert_eq!(percent(0.655), "66%");
//! assert_eq!(percent(0.999), "over 99%");
//! ```

use crate::engine::explain::verdict::ACCURACY;
use crate::engine::{Figures, Verdict};

/// `12,345`: a count as English prose writes it (the page's language).
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// "1 word", "12,345 words": a count with its noun, singular for one.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count(n))
    }
}

/// "65%": a share (0 to 1) in whole per cent. Only all is "100%" and only
/// none "0%": a share that would round to them is "over 99%" or "under 1%",
/// so 13 new words in a book never read as "0% new".
pub fn percent(share: f64) -> String {
    let whole = (share * 100.0).round();
    if whole >= 100.0 && share < 1.0 {
        "over 99%".to_owned()
    } else if whole <= 0.0 && share > 0.0 {
        "under 1%".to_owned()
    } else {
        format!("{}%", whole as u32)
    }
}

/// "704 KB", "1.2 MB": the size of a text in UTF-8.
pub fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// A text's first `n` words, with " …" when there are more.
pub fn first_words(text: &str, n: usize) -> String {
    // Only as far as the words shown (and one more, to know there are more): the
    // text may be a book.
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push_str(" …");
    }
    out
}

/// One part of a reuse bar: its id (`verbatim`, `rewritten`, `new`, `cut`), what it is, its share (0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub id: &'static str,
    pub label: &'static str,
    pub share: f64,
}

/// One side's reuse bar: its id (`derivative`, `source`), caption and three parts, which add up to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub id: &'static str,
    pub caption: &'static str,
    pub parts: [Part; 3],
}

/// The two reuse bars: the derivative's words (copied verbatim, rewritten, new)
/// and the source's (kept verbatim, reworded or dropped in sentences the
/// derivative keeps in part, cut with whole sentences). The source's middle part
/// holds words dropped as well as words replaced: "rewritten" alone would claim
/// new wording where a cut pair only deletes a clause.
pub fn reuse_bars(f: &Figures) -> [Bar; 2] {
    let part = |id, label, share| Part { id, label, share };
    [
        Bar {
            id: "derivative",
            caption: "The derivative's words",
            parts: [
                part("verbatim", "copied verbatim", f.derivative_verbatim),
                part(
                    "rewritten",
                    "rewritten from the source",
                    f.derivative_rewritten,
                ),
                part("new", "new", f.derivative_new),
            ],
        },
        Bar {
            id: "source",
            caption: "The source's words",
            parts: [
                part("verbatim", "kept verbatim", f.source_verbatim),
                part(
                    "rewritten",
                    "reworded or dropped in kept sentences",
                    f.source_rewritten,
                ),
                part("cut", "cut with whole sentences", f.source_cut),
            ],
        },
    ]
}

/// "1 word", "12 words" after the longest verbatim run's count.
pub fn run_words(f: &Figures) -> &'static str {
    if f.longest_run.words == 1 {
        " word"
    } else {
        " words"
    }
}

/// " of 28 reused, 18 cut": after the count of source paragraphs reused.
pub fn source_paragraphs(f: &Figures) -> String {
    format!(
        " of {} reused, {} cut",
        count(f.source_paragraphs),
        count(f.source_paragraphs - f.source_paragraphs_reused)
    )
}

/// " of the derivative's 12": after the count of new paragraphs.
pub fn derivative_paragraphs(f: &Figures) -> String {
    format!(" of the derivative's {}", count(f.derivative_paragraphs))
}

/// What a verdict rests on, as "Why this verdict" lists it: each measure and its value.
pub fn verdict_measures(v: &Verdict) -> [(&'static str, String); 3] {
    [
        (
            "Sentence match",
            format!(
                "{} (derived above {})",
                percent(v.sentence_match),
                percent(v.threshold)
            ),
        ),
        (
            "The other way (the source's sentences in the derivative)",
            percent(v.reverse_sentence_match),
        ),
        (
            "New words in the derivative",
            format!(
                "{} (wholly derived at {} or less)",
                percent(v.new_share),
                percent(v.wholly_max_new)
            ),
        ),
    ]
}

/// What the sentence match measures and where its threshold comes from.
pub fn sentence_match_means() -> String {
    let (right, total) = ACCURACY;
    format!(
        "Sentence match: for each sentence of the derivative, the largest share of its content words one source sentence holds, averaged. Copying and rewriting keep it high; independent texts on the same topic share words, but spread over different sentences. The threshold was calibrated on {total} labelled answers of the Clough\u{2013}Stevenson corpus (texts written from a source or independently); judging each with the threshold calibrated on the others, it is right for {right} of them."
    )
}

/// The notice for texts that share no sentence, title and detail: whether the
/// verdict finds the derivative derived all the same (a heavy rewrite, which keeps
/// the content but not the wording) decides what it says.
pub fn no_shared_passages(derived: bool) -> (&'static str, &'static str) {
    if derived {
        (
            "No passages shared word for word.",
            "The texts share no sentence word for word, but the derivative\u{2019}s sentences hold much of the source\u{2019}s content (see the verdict): it may be a heavy rewrite. Every source word is shown cut and every derivative word added; the reuse figures count words, so they show all of it as new wording.",
        )
    } else {
        (
            "No shared passages.",
            "The texts share no sentence: the derivative does not reuse the source\u{2019}s wording. Every source word is shown cut, every derivative word added.",
        )
    }
}

/// "RFE/RL report, from Radio Free Europe/Radio Liberty": a text's title and, when it
/// says, where it is from, as the report names the texts.
pub fn titled(title: &str, origin: &str) -> String {
    if origin.trim().is_empty() {
        title.to_owned()
    } else {
        format!("{title}, from {origin}")
    }
}

/// One sentence for everything refused for the same reason: "“a.txt” was not added: why."
/// for one; "12 files were not added (“a.txt”, “b.txt” and 10 more): why." for
/// several, `many` naming what they are ("files", "samples"); up to three are all named.
pub fn not_added(names: &[&str], many: &str, why: &str) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| format!("\u{201c}{n}\u{201d}"))
        .collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!("{one} was not added: {why}."),
        [first @ .., last] if quoted.len() <= 3 => format!(
            "{} {many} were not added ({} and {last}): {why}.",
            quoted.len(),
            first.join(", ")
        ),
        [a, b, rest @ ..] => format!(
            "{} {many} were not added ({a}, {b} and {} more): {why}.",
            count(quoted.len()),
            rest.len()
        ),
    }
}

/// Said under a "not derived" verdict.
pub const SAME_TOPIC: &str = "Texts on the same topic share names and terms; that alone does not make one derived from the other.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_all_is_100_and_only_none_is_0_per_cent() {
        let shown: Vec<_> = [0.0, 0.001, 0.004_99, 0.005, 0.5, 0.994, 0.995, 0.999_9, 1.0]
            .into_iter()
            .map(percent)
            .collect();
        assert_eq!(
            shown,
            ["0%", "under 1%", "under 1%", "1%", "50%", "99%", "over 99%", "over 99%", "100%"]
        );
    }

    #[test]
    fn counts_have_thousands_separators() {
        let shown: Vec<_> = [0, 7, 999, 1000, 12_345, 1_234_567]
            .into_iter()
            .map(count)
            .collect();
        assert_eq!(shown, ["0", "7", "999", "1,000", "12,345", "1,234,567"]);
    }

    #[test]
    fn titled_adds_the_origin_when_there_is_one() {
        assert_eq!(
            titled("RFE/RL report", "Radio Free Europe/Radio Liberty"),
            "RFE/RL report, from Radio Free Europe/Radio Liberty"
        );
        assert_eq!(titled("Opinion piece", ""), "Opinion piece");
    }

    #[test]
    fn refusals_for_one_reason_are_one_sentence() {
        let why = "the matrix holds at most 8 articles";
        let names: Vec<String> = (0..12).map(|i| format!("g{i}.txt")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let said = |n: usize| not_added(&names[..n], "files", why);
        assert_eq!(said(0), "");
        assert_eq!(
            said(1),
            "“g0.txt” was not added: the matrix holds at most 8 articles."
        );
        assert_eq!(
            said(2),
            "2 files were not added (“g0.txt” and “g1.txt”): the matrix holds at most 8 articles."
        );
        assert_eq!(said(3), "3 files were not added (“g0.txt”, “g1.txt” and “g2.txt”): the matrix holds at most 8 articles.");
        assert_eq!(said(12), "12 files were not added (“g0.txt”, “g1.txt” and 10 more): the matrix holds at most 8 articles.");
    }
}
