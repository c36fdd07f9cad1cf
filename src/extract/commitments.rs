//! Commitments (承诺): clauses that promise something, with section path and span.

use crate::model::{CleanText, Commitment, Section};

/// Every commitment in the outline's document, in order.
pub fn commitments(clean: &CleanText, outline: &[Section]) -> Vec<Commitment> {
    let _ = (clean, outline);
    Vec::new()
}
