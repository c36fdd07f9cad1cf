//! Fuzz target: quantity parsing on arbitrary text. Spans must be in range, on char
//! boundaries, and name the text they claim; ranges must have both ends.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for q in govdiff::extract::find_quantities(text) {
        assert!(
            q.span.start <= q.span.end && q.span.end <= text.len(),
            "span in range"
        );
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert_eq!(
            q.low.is_some(),
            q.high.is_some(),
            "a range has both ends: {q:?}"
        );
        let _ = q.bound();
        let _ = q.point();
    }
});
