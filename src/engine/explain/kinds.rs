//! Edit kinds: what each change means for syndication, decided from its words and where it stands.
//!
//! ```
//! use syndiff::engine::{compare, EditKind, Options};
//!
//! let c = compare("Officials urge calm.", "Officials reportedly urge calm.", &Options::default());
//! let kinds: Vec<_> = c.changes().map(|s| s.edit).collect();
//! assert_eq!(kinds, [Some(EditKind::HedgeAdded)]);
//! ```

use serde::{Deserialize, Serialize};

use super::figures::whole_sentence_words;
use crate::engine::comparison::SegmentKind;
use crate::engine::unicode::lowercase;

/// What a change means for syndication. Every change segment carries one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum EditKind {
    /// The derivative credits a source the source text did not ("according to RFE/RL").
    AttributionAdded,
    /// A credit or attribution in the source is gone.
    AttributionRemoved,
    /// A statement is made less certain ("reportedly", "allegedly").
    HedgeAdded,
    /// A hedge in the source is gone: the statement is made more certain.
    HedgeRemoved,
    /// A name or word respelled (Saeed → Said, behavior → behaviour) or a name given an honorific (Mr.).
    NameVariant,
    /// A number, date or amount changed, or written another way.
    NumberChanged,
    /// Words inside a quotation changed.
    QuotationChanged,
    /// The dateline (BOKHTAR, Tajikistan --) or byline is gone.
    DatelineRemoved,
    /// Whole sentences or paragraphs that the source does not have.
    Added,
    /// Whole sentences or paragraphs of the source left out.
    Cut,
    /// A passage that stands elsewhere in the derivative.
    Moved,
    /// Only punctuation, spacing or capitals differ: no word changed.
    Formatting,
    /// Other words changed, added or cut within a sentence.
    Wording,
}

impl EditKind {
    /// Every kind, in the order the legend lists them.
    pub const ALL: [EditKind; 13] = [
        EditKind::AttributionAdded,
        EditKind::AttributionRemoved,
        EditKind::HedgeAdded,
        EditKind::HedgeRemoved,
        EditKind::NameVariant,
        EditKind::NumberChanged,
        EditKind::QuotationChanged,
        EditKind::DatelineRemoved,
        EditKind::Added,
        EditKind::Cut,
        EditKind::Moved,
        EditKind::Formatting,
        EditKind::Wording,
    ];

    /// Its name in the page, the legend and the report.
    pub fn label(self) -> &'static str {
        match self {
            EditKind::AttributionAdded => "Attribution added",
            EditKind::AttributionRemoved => "Attribution removed",
            EditKind::HedgeAdded => "Hedge added",
            EditKind::HedgeRemoved => "Hedge removed",
            EditKind::NameVariant => "Name or spelling variant",
            EditKind::NumberChanged => "Number or date changed",
            EditKind::QuotationChanged => "Quotation changed",
            EditKind::DatelineRemoved => "Dateline removed",
            EditKind::Added => "Sentence added",
            EditKind::Cut => "Sentence cut",
            EditKind::Moved => "Moved",
            EditKind::Formatting => "Formatting only",
            EditKind::Wording => "Wording changed",
        }
    }

    /// Its id in serialised results and in the page's `data-edit` attributes.
    pub fn id(self) -> &'static str {
        match self {
            EditKind::AttributionAdded => "attributionAdded",
            EditKind::AttributionRemoved => "attributionRemoved",
            EditKind::HedgeAdded => "hedgeAdded",
            EditKind::HedgeRemoved => "hedgeRemoved",
            EditKind::NameVariant => "nameVariant",
            EditKind::NumberChanged => "numberChanged",
            EditKind::QuotationChanged => "quotationChanged",
            EditKind::DatelineRemoved => "datelineRemoved",
            EditKind::Added => "added",
            EditKind::Cut => "cut",
            EditKind::Moved => "moved",
            EditKind::Formatting => "formatting",
            EditKind::Wording => "wording",
        }
    }

    /// The kind with this [`id`](Self::id).
    pub fn from_id(id: &str) -> Option<EditKind> {
        EditKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// What this kind of edit means when a story is syndicated, for the legend and the tour.
    pub fn meaning(self) -> &'static str {
        match self {
            EditKind::AttributionAdded => "The rewriter names where the information came from (\"according to\", \"reported\", an outlet such as RFE/RL). Credit is honest, and it also moves responsibility for the claim onto the original outlet.",
            EditKind::AttributionRemoved => "A credit or a \"said\" is gone. The claim now reads as the rewriter's own, or its origin is hidden.",
            EditKind::HedgeAdded => "A word such as \"reportedly\" or \"allegedly\" makes a statement less certain. Rewriters hedge what they cannot check themselves; it also distances them from the claim.",
            EditKind::HedgeRemoved => "A hedge is gone, so a reported claim now reads as fact. Worth checking against the source.",
            EditKind::NameVariant => "A name or word is spelled another way, or a name is given a title (Saeed → Said, Mr., behavior → behaviour). Transliteration from other alphabets and house styles vary; a consistent variant can reveal which copy a text was made from.",
            EditKind::NumberChanged => "A figure, date or amount differs, or is written another way (percent → %). Numbers are what fact-checkers check first.",
            EditKind::QuotationChanged => "Words inside quotation marks changed. A quotation promises someone's exact words, so any change to it matters.",
            EditKind::DatelineRemoved => "The place line (BOKHTAR, Tajikistan --) or byline is gone. It said who reported from where; without it a reader cannot tell the story was reported on the ground by someone else.",
            EditKind::Added => "Whole sentences or paragraphs the source does not have: the rewriter's own material, context, or another source.",
            EditKind::Cut => "Whole sentences or paragraphs of the source left out. What a rewriter cuts shapes the story as much as what they add.",
            EditKind::Moved => "A passage stands in another place. Reordering changes what a reader meets first, and so what seems most important.",
            EditKind::Formatting => "Only punctuation, spacing or capitals differ (a comma, a question mark, quote marks, dashes): no word is added, cut or changed.",
            EditKind::Wording => "Other words changed within a sentence: paraphrase, a tightened phrase, a word swapped for another.",
        }
    }
}

/// A change and the paragraph text around it on both sides, as the classifier sees it.
pub(crate) struct Change<'a> {
    pub kind: SegmentKind,
    pub source: &'a str,
    pub derivative: &'a str,
    /// Source-side text of the same paragraph before and after the change.
    pub source_before: &'a str,
    pub source_after: &'a str,
    /// Derivative-side text of the same paragraph before and after the change.
    pub derivative_before: &'a str,
    pub derivative_after: &'a str,
    /// Whether the change stands in one of the source's first paragraphs.
    pub near_top: bool,
    /// Whether the change stands inside a quotation on either side.
    pub quoted: bool,
}

/// Says what kind of edit a change is. The first rule that fits wins.
pub(crate) fn classify(c: &Change<'_>) -> EditKind {
    if c.kind == SegmentKind::Moved {
        return EditKind::Moved;
    }
    let (s, d) = (c.source.trim(), c.derivative.trim());
    // No word on either side (a "?" added, a comma cut): punctuation, however it
    // stands, is never a sentence added nor wording changed.
    if folded(s).eq(folded(d)) || !(holds_word(s) || holds_word(d)) {
        return EditKind::Formatting;
    }
    if d.is_empty()
        && c.near_top
        && c.source_before.trim().is_empty()
        && (dateline_len(s) == Some(s.len()) || is_byline(s))
    {
        return EditKind::DatelineRemoved;
    }
    let whole = |text: &str, before: &str, after: &str| {
        !text.is_empty()
            && sentence_ends(before)
            && (sentence_ends(text) || after.trim().is_empty())
    };
    if s.is_empty() && whole(d, c.derivative_before, c.derivative_after) {
        return EditKind::Added;
    }
    if d.is_empty() && whole(s, c.source_before, c.source_after) {
        return EditKind::Cut;
    }
    let (sw, dw) = (words(s), words(d));
    let (small, large) = (sw.len().min(dw.len()), sw.len().max(dw.len()));
    // The larger side's words in whole sentences of their own, as the figures
    // count new and cut words, and the other side's.
    let added = dw.len() > sw.len();
    let derivative_whole =
        || whole_sentence_words(c.derivative_before, c.derivative, c.derivative_after);
    let source_whole = || whole_sentence_words(c.source_before, c.source, c.source_after);
    let ((whole, total), (other_whole, _)) = if added {
        (derivative_whole(), source_whole())
    } else {
        (source_whole(), derivative_whole())
    };
    // Far more words on one side, ending a sentence or holding a whole one; or
    // mostly whole sentences (a sentence added after a reworded clause) where
    // the other side has none.
    let dominant = large >= 3 * small && (sentence_ends(d) || sentence_ends(s) || whole > 0);
    let mostly_whole = 2 * whole > total && whole >= SENTENCES_MIN_WORDS && other_whole == 0;
    if large >= SENTENCES_MIN_WORDS && (dominant || mostly_whole) {
        return if added {
            EditKind::Added
        } else {
            EditKind::Cut
        };
    }
    // A figure or date that became another is what a fact-checker checks first:
    // it outranks a credit or hedge added in the same change.
    let (sn, dn) = (figures_in(&sw), figures_in(&dw));
    if !sn.is_empty() && !dn.is_empty() && sn != dn {
        return EditKind::NumberChanged;
    }
    if is_name_variant(c, &sw, &dw) {
        return EditKind::NameVariant;
    }
    let credits = |ws: &[&str]| has_phrase(ws, ATTRIBUTION, false) || has_phrase(ws, OUTLETS, true);
    match (credits(&dw), credits(&sw)) {
        (true, false) => return EditKind::AttributionAdded,
        (false, true) => return EditKind::AttributionRemoved,
        _ => {}
    }
    match (
        has_phrase(&dw, HEDGES, false),
        has_phrase(&sw, HEDGES, false),
    ) {
        (true, false) => return EditKind::HedgeAdded,
        (false, true) => return EditKind::HedgeRemoved,
        _ => {}
    }
    if has_number(s, sentence_ends(c.source_before))
        || has_number(d, sentence_ends(c.derivative_before))
    {
        return EditKind::NumberChanged;
    }
    if c.quoted {
        return EditKind::QuotationChanged;
    }
    EditKind::Wording
}

/// Phrases that credit a source, lower case; matched as whole words.
const ATTRIBUTION: &[&[&str]] = &[
    &["according", "to"],
    &["reported"],
    &["reports"],
    &["reporting"],
    &["said"],
    &["says"],
    &["told"],
    &["tells"],
    &["cited"],
    &["citing"],
    &["quoted"],
    &["quoting"],
    &["stated"],
    &["news", "agency"],
];

/// Outlets and agencies whose name credits them, in any case.
const OUTLETS: &[&[&str]] = &[
    &["rfe/rl"],
    &["radio", "liberty"],
    &["radio", "free", "europe"],
    &["reuters"],
    &["associated", "press"],
    &["afp"],
    &["bbc"],
    &["tass"],
    &["interfax"],
    &["service"],
];

/// Words and phrases that make a statement less certain, lower case.
const HEDGES: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["alleged"],
    &["claimed"],
    &["claims"],
    &["claim"],
    &["apparently"],
    &["purportedly"],
    &["supposedly"],
    &["reputedly"],
    &["seemingly"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["is", "believed", "to"],
    &["are", "believed", "to"],
    &["may", "have"],
    &["might", "have"],
];

/// The fewest words a change needs to be called sentences added or cut within a replacement.
const SENTENCES_MIN_WORDS: usize = 12;

/// The longest name or word (in bytes, both sides together) compared letter by letter.
const NAME_MAX_BYTES: usize = 64;

/// Titles put before a name.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Months that are also common words.
const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
    "dozen", "dozens", "percent", "cent", "half", "quarter",
];

/// Text with spacing, quote marks, dashes and capitals folded away, to tell
/// formatting-only changes (a dash run counts as one dash). Lazy, so that
/// comparing two long passages stops at their first difference.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut previous = ' ';
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' | '„' | '«' | '»' => '"',
            '–' | '—' | '‒' | '―' => '-',
            c => c,
        })
        .filter(move |&c| {
            let repeat = c == '-' && previous == '-';
            previous = c;
            !repeat
        })
        .flat_map(Lower::of)
}

/// One character in lower case: itself or the characters it lowers to.
enum Lower {
    One(Option<char>),
    Several(std::vec::IntoIter<char>),
}

impl Lower {
    fn of(c: char) -> Self {
        if c.is_ascii() {
            Lower::One(Some(c.to_ascii_lowercase()))
        } else if !c.is_uppercase() {
            // (Not a capital: its own lower case, titlecase digraphs aside.)
            Lower::One(Some(c))
        } else {
            let lower: Vec<char> = lowercase(c.encode_utf8(&mut [0; 4])).chars().collect();
            Lower::Several(lower.into_iter())
        }
    }
}

impl Iterator for Lower {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            Lower::One(c) => c.take(),
            Lower::Several(chars) => chars.next(),
        }
    }
}

/// Whether a text holds a word (a letter or a digit) or a sign read as one in a
/// figure or a formula (`%`, a currency, `+`, `=`); what else it holds is punctuation.
fn holds_word(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_alphanumeric()
            || matches!(
                c,
                '%' | '$' | '€' | '£' | '¥' | '+' | '=' | '<' | '>' | '±' | '×' | '÷' | '−'
            )
    })
}

/// The words of a text (letters and digits), in order.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '/'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a phrase of `list` stands in `words` (a text's words, in order).
/// Lower case must match exactly, so `Said` the name is not `said` the verb,
/// except that a phrase may open a sentence capitalised ("According to"); an
/// outlet's name matches in any case and with a possessive (`Liberty’s`).
fn has_phrase(words: &[&str], list: &[&[&str]], outlets: bool) -> bool {
    let same = |word: &str, want: &str, first: bool, long: bool| {
        if outlets {
            let bare = word
                .strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .unwrap_or(word);
            bare.eq_ignore_ascii_case(want)
        } else {
            word == want || (first && long && word.eq_ignore_ascii_case(want))
        }
    };
    list.iter().any(|want| {
        words.windows(want.len()).any(|w| {
            w.iter()
                .zip(want.iter())
                .enumerate()
                .all(|(i, (word, want_word))| same(word, want_word, i == 0, want.len() > 1))
        })
    })
}

/// Whether a side of a change holds a figure or a date. A month that is also
/// a common word (`May I`, `March on`) does not count when it is the first word
/// and `opens_sentence` (the text before it ends a sentence): its capital says
/// nothing there.
fn has_number(text: &str, opens_sentence: bool) -> bool {
    text.contains('%')
        || words(text).iter().enumerate().any(|(i, w)| {
            let ambiguous = i == 0
                && opens_sentence
                && AMBIGUOUS_MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w));
            is_figure(w) && !ambiguous
        })
}

/// Whether a word is a figure or a date: it has a digit, is a number word
/// (`five`, `million`, `percent`), or names a month or a day of the week with
/// a capital (`May`, not the verb `may`).
fn is_figure(word: &str) -> bool {
    let named = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(word));
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    word.chars().any(|c| c.is_ascii_digit())
        || named(NUMBER_WORDS)
        || (capital && (named(MONTHS) || named(WEEKDAYS)))
}

/// The figures and dates among `words`, sorted and in lower case, a way of
/// writing a percentage aside (`percent` and `%` are the same figure).
fn figures_in(words: &[&str]) -> Vec<String> {
    let mut figures: Vec<String> = words
        .iter()
        .filter(|w| is_figure(w) && !matches!(lowercase(w).as_str(), "percent" | "cent"))
        .map(|w| lowercase(&w.replace(',', "")))
        .collect();
    crate::engine::order::sort_by(&mut figures, Ord::cmp);
    figures
}

/// Whether text ends a sentence: empty (the paragraph's start) or closing with `.`, `!`, `?` or `:`.
pub(crate) fn sentence_ends(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\'', '’', '”', ')', ']']);
    t.is_empty() || t.ends_with(['.', '!', '?', ':'])
}

/// Double quote marks seen so far in a paragraph: straight, opening and closing curly.
#[derive(Default, Clone, Copy)]
pub(crate) struct Quotes {
    straight: usize,
    open: usize,
    close: usize,
}

impl Quotes {
    /// Counts the marks of `text` in.
    pub fn add(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '"' => self.straight += 1,
                '“' => self.open += 1,
                '”' => self.close += 1,
                _ => {}
            }
        }
    }

    /// Whether what follows stands inside a quotation.
    pub fn inside(self) -> bool {
        if self.open > 0 {
            self.open + self.straight > self.close
        } else {
            self.straight % 2 == 1
        }
    }
}

/// A respelled name (one to three capitalised words, similar letters), a respelled
/// word (one word each side, most letters kept), or an honorific added or cut before a name.
fn is_name_variant(c: &Change<'_>, sw: &[&str], dw: &[&str]) -> bool {
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let honorific = |ws: &[&str], after: &str| {
        ws.len() == 1
            && HONORIFICS.contains(&lowercase(ws[0]).as_str())
            && after
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    if sw.is_empty() && honorific(dw, c.derivative_after) {
        return true;
    }
    if dw.is_empty() && honorific(sw, c.source_after) {
        return true;
    }
    if sw.is_empty() || dw.is_empty() || sw.len() > 3 || dw.len() > 3 {
        return false;
    }
    let (a, b) = (lowercase(&sw.join(" ")), lowercase(&dw.join(" ")));
    // Names and words are short; the letter comparison below is quadratic.
    if a.len().max(b.len()) > NAME_MAX_BYTES {
        return false;
    }
    if sw.iter().all(capitalised) && dw.iter().all(capitalised) {
        return similarity(&a, &b) >= 0.5;
    }
    // A word respelled: behavior → behaviour, allready → already (not a number).
    sw.len() == 1
        && dw.len() == 1
        && a.chars().count().min(b.chars().count()) >= 4
        && !has_number(&a, false)
        && !has_number(&b, false)
        && similarity(&a, &b) >= 0.75
}

/// Letters in common, in order, as a share of the longer name (0 to 1).
fn similarity(a: &str, b: &str) -> f64 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row = vec![0usize; b.len() + 1];
    for x in &a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { up.max(row[j]) };
            diagonal = up;
        }
    }
    row[b.len()] as f64 / a.len().max(b.len()).max(1) as f64
}

/// The length in bytes of a dateline at the start of `text` (`BOKHTAR, Tajikistan -- `,
/// `MOSCOW (Reuters) - `), the whitespace after it included.
pub(crate) fn dateline_len(text: &str) -> Option<usize> {
    let mut rest = text;
    // The place: one or more upper-case words.
    let mut place = 0;
    while let Some(word) = rest.split([' ', ',']).next().filter(|w| !w.is_empty()) {
        let letters = word.trim_end_matches('.');
        if letters.chars().count() >= 2
            && letters.chars().any(char::is_uppercase)
            && letters
                .chars()
                .all(|c| c.is_uppercase() || c == '\'' || c == '-' || c == '.')
        {
            place += 1;
            rest = rest[word.len()..].trim_start_matches(' ');
        } else {
            break;
        }
    }
    if place == 0 {
        return None;
    }
    // Then ", Country" words, an agency in brackets, and a dash.
    if let Some(after) = rest.strip_prefix(',') {
        let after = after.trim_start();
        let region: usize = after
            .split(' ')
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase) && !w.starts_with("--")
            })
            .take(3)
            .map(|w| w.len() + 1)
            .sum();
        rest = after[region.min(after.len())..].trim_start();
    }
    if rest.starts_with('(') {
        rest = rest[rest.find(')')? + 1..].trim_start();
    }
    let dash = rest
        .strip_prefix("--")
        .or_else(|| rest.strip_prefix(['—', '–', '-']))?;
    let tail = dash.trim_start();
    (dash.len() > tail.len() || tail.is_empty()).then(|| text.len() - tail.len())
}

/// A byline: "By" and one to four capitalised words, alone.
fn is_byline(text: &str) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    ws.first() == Some(&"By")
        && (2..=5).contains(&ws.len())
        && ws[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_measured_to_the_first_word_after_them() {
        assert_eq!(dateline_len("BOKHTAR, Tajikistan -- More than"), Some(23));
        assert_eq!(dateline_len("MOSCOW (Reuters) - Officials"), Some(19));
        assert_eq!(dateline_len("NEW YORK -- "), Some(12));
        assert_eq!(dateline_len("The teams -- which"), None);
        assert_eq!(dateline_len("IS-K claimed it"), None);
    }

    #[test]
    fn names_are_similar_when_most_letters_stay_in_order() {
        assert!(similarity("saeed", "said") >= 0.5);
        assert!(similarity("dushanbe", "moscow") < 0.5);
    }
}
