//! A self-contained HTML report of a comparison: opens offline, in any browser, without script.
