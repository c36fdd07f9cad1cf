//! Reading: bytes as they come (UTF-8, UTF-16, GB18030) → decoded text → cleaned text with an
//! offset map back to the source → the documents on the page.
//!
//! Exists because real reports arrive as newspaper and web extractions: paragraphs broken
//! mid-sentence, Markdown and HTML debris, page furniture, several articles on one page.

pub mod clean;
pub mod decode;
pub mod doc;
pub mod documents;
pub mod docx;
pub mod odt;
pub mod ofd;
pub mod rtf;

pub use clean::clean;
pub use decode::{decode, Decoded};
pub use documents::find_documents;
