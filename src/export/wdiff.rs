//! Plain-text word diff in wdiff style: `[-cut-]`, `{+added+}`, `[-old-]{+new+}`.
//!
//! Moves are marked at both ends: `[-moved 1: …-]` where the passage stood in
//! the source, `{+moved 1:+} … {+:1+}` around it where it stands now (with its
//! inner edits). Paragraphs follow the view: one block, one paragraph.
//!
//! ```
//! use syndiff::engine::{compare, Options};
//! use syndiff::export::wdiff;
//!
//! let c = compare("Saeed added.", "Mr. Said added.", &Options::default());
//! assert_eq!(wdiff(&c), "{+Mr.+} [-Saeed-]{+Said+} added.\n");
//! ```

use crate::engine::{Comparison, Segment, SegmentKind};

/// Renders a comparison as wdiff-style text, one paragraph per block.
pub fn wdiff(comparison: &Comparison) -> String {
    let mut out = String::new();
    for block in &comparison.blocks {
        let mut line = String::new();
        let mut in_move: Option<u32> = None;
        for segment in &block.segments {
            let arrived = if segment.arrived() {
                segment.move_id
            } else {
                None
            };
            if arrived != in_move {
                if let Some(id) = in_move {
                    close_move(&mut line, id);
                }
                if let Some(id) = arrived {
                    line.push_str(&format!("{{+moved {}:+}} ", id + 1));
                }
                in_move = arrived;
            }
            render(&mut line, segment);
        }
        if let Some(id) = in_move {
            close_move(&mut line, id);
        }
        let line = line.trim();
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn close_move(line: &mut String, id: u32) {
    let trimmed = line.trim_end().len();
    line.truncate(trimmed);
    line.push_str(&format!(" {{+:{}+}} ", id + 1));
}

/// Words of a run, whitespace inside squeezed to single spaces.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn render(line: &mut String, s: &Segment) {
    let gap = |text: &str| {
        if text.ends_with(char::is_whitespace) {
            " "
        } else {
            ""
        }
    };
    let piece = match s.kind {
        SegmentKind::Equal => format!("{}{}", words(&s.derivative), gap(&s.derivative)),
        SegmentKind::Deleted => format!("[-{}-]{}", words(&s.source), gap(&s.source)),
        SegmentKind::Inserted => format!("{{+{}+}}{}", words(&s.derivative), gap(&s.derivative)),
        SegmentKind::Replaced => format!(
            "[-{}-]{{+{}+}}{}",
            words(&s.source),
            words(&s.derivative),
            gap(&s.derivative)
        ),
        SegmentKind::Moved => format!(
            "[-moved {}: {}-]{}",
            s.move_id.unwrap_or(0) + 1,
            words(&s.source),
            gap(&s.source)
        ),
    };
    line.push_str(&piece);
}
