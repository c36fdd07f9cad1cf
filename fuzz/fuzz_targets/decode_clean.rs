//! Fuzz target: arbitrary bytes → decode → clean → find documents. Checks the offset map
//! invariants that every later stage relies on (one entry per cleaned byte plus one, each
//! pointing inside the source).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = govdiff::ingest::decode(data) else {
        return;
    };
    let clean = govdiff::ingest::clean(&decoded.text);
    assert_eq!(
        clean.map.len(),
        clean.text.len() + 1,
        "map has one entry per byte plus one"
    );
    assert!(
        clean.map.iter().all(|&m| m <= clean.source.len()),
        "map points inside source"
    );
    for doc in govdiff::ingest::find_documents(&clean) {
        assert!(
            doc.span.end <= clean.text.len(),
            "document span inside text"
        );
        assert!(
            clean.text.is_char_boundary(doc.span.start)
                && clean.text.is_char_boundary(doc.span.end)
        );
        let _ = clean.source_slice(doc.span);
    }
});
