//! Numbers and short excerpts as the page writes them: counts with thousands separators, shares in per cent, sizes in KB and MB, a text's first words.

/// `12,345`: a count as English prose writes it (the page's language), by the browser's `Intl`.
pub fn count(n: usize) -> String {
    js_sys::Number::from(n as f64)
        .to_locale_string("en")
        .as_string()
        .unwrap_or_else(|| n.to_string())
}

/// "1 word", "12,345 words": a count with its noun, singular for one.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", count(n))
    }
}

/// "65%": a share (0 to 1) in whole per cent.
pub fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as u32)
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
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push_str(" …");
    }
    out
}
