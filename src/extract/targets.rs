//! The 主要预期目标 sentence → a table of targets, one row per indicator.

use crate::model::{CleanText, Section, Target};

/// The main targets of the document, in order of appearance.
pub fn targets(clean: &CleanText, outline: &[Section]) -> Vec<Target> {
    let _ = (clean, outline);
    Vec::new()
}

/// The year the report plans for (its work-plan heading "2025年工作安排", "今年" sentences,
/// the title), when it can be told.
pub fn detect_year(text: &str) -> Option<i32> {
    let _ = text;
    None
}
