//! Fuzz target: arbitrary text → clean → outline of each document. Checks the tree
//! invariants (root first, parents before children, spans nested and on char boundaries).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let clean = govdiff::ingest::clean(text);
    for doc in govdiff::ingest::find_documents(&clean) {
        let outline = govdiff::outline::build(&clean, doc.span);
        assert!(!outline.is_empty(), "outline has a root");
        assert_eq!(outline[0].parent, None);
        for (i, s) in outline.iter().enumerate() {
            assert_eq!(s.id, i);
            if let Some(p) = s.parent {
                assert!(p < i, "parent before child");
                assert!(outline[p].span.contains(s.span), "child inside parent");
            }
            for span in [s.span, s.heading] {
                assert!(span.start <= span.end && span.end <= clean.text.len());
                assert!(
                    clean.text.is_char_boundary(span.start)
                        && clean.text.is_char_boundary(span.end)
                );
            }
        }
    }
});
