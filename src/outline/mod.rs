//! Cleaned text → section tree (提纲): parts 一、, areas （一）, run-in headings, 一是 enumerations,
//! appendices.

use crate::model::{CleanText, Section, SectionKind, Span};

/// Build the outline of the document at `doc` in the cleaned text. `outline[0]` is the root
/// ([`SectionKind::Document`]) spanning `doc`; sections are in document order.
pub fn build(clean: &CleanText, doc: Span) -> Vec<Section> {
    let _ = clean;
    vec![Section { id: 0, parent: None, depth: 0, kind: SectionKind::Document, label: String::new(), title: String::new(), heading: Span::new(doc.start, doc.start), span: doc }]
}
