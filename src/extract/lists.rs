//! Numbered lists such as the 十件民生实事, item by item.

use crate::model::{CleanText, ItemList, Section};

/// Every numbered list (民生实事 and similar) in the document.
pub fn lists(clean: &CleanText, outline: &[Section]) -> Vec<ItemList> {
    let _ = (clean, outline);
    Vec::new()
}
