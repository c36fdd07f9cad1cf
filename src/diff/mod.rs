//! Aligned pairs → changes: numeric changes with qualifier semantics and word-level text
//! changes for Chinese.

use crate::model::diff::{Comparison, ReportRef};
use crate::model::{Report, SCHEMA_VERSION};

/// Compare two parsed reports.
pub fn compare(old: &Report, new: &Report) -> Comparison {
    let r = |r: &Report| ReportRef {
        name: r.source.name.clone(),
        year: r.year,
        document: r
            .documents
            .get(r.selected)
            .map(|d| d.title.clone())
            .unwrap_or_default(),
    };
    Comparison {
        schema_version: SCHEMA_VERSION,
        old: r(old),
        new: r(new),
        ..Default::default()
    }
}
