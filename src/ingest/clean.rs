//! Decoded text → [`CleanText`]: repair what page and web extraction break, keeping an offset
//! map from every cleaned byte to its place in the source.

use crate::model::CleanText;

/// Clean a decoded report.
pub fn clean(source: &str) -> CleanText {
    CleanText::identity(source)
}
