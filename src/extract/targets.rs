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
    // The clues and their weights live with the outline code (`outline::year`).
    crate::outline::year::detect_year(text)
}

#[cfg(test)]
mod year_tests {
    use super::detect_year;

    #[test]
    fn plan_heading_wins_over_review_year() {
        let text = "政府工作报告\n一、2024年工作回顾\n过去一年，2024年成绩显著。\n二、2025年工作安排\n今年是“十四五”规划收官之年。\n";
        assert_eq!(detect_year(text), Some(2025));
        assert_eq!(detect_year("二、2022年经济社会发展总体要求和政策取向\n"), Some(2022));
        assert_eq!(detect_year("随便一段话。"), None);
    }
}
