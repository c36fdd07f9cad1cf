//! Term changes (术语变化) on corpus pairs, each checked by reading both reports. Skipped when
//! the corpus is absent.

mod common;

use common::compare;

/// Henan 2025 opens four quotations and closes three in one paragraph (“7+28+N”…); read
/// across the whole report, that one quote flipped every pairing after it, and the slogans
/// the report quotes twice and Henan 2026 never (“两个确保”, “十大战略”) were not seen as
/// dropped. Quotes pair paragraph by paragraph.
#[test]
fn a_paragraph_with_an_unclosed_quote_spoils_no_other() {
    let Some(c) = compare("henan-2025.txt", "henan-2026.txt") else {
        return;
    };
    let removed: Vec<&str> = c.terms.removed.iter().map(|t| t.term.as_str()).collect();
    for term in ["“两个确保”", "“十大战略”"] {
        assert!(removed.contains(&term), "{term} not dropped: {removed:?}");
    }
}
