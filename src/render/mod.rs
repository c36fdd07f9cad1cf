//! Renderers: read the model, write to a given writer. Terminal tables, Markdown for
//! articles, JSON with a versioned schema. Report text is untrusted: every renderer escapes it
//! for its medium (see [`escape`]).

pub mod escape;
pub mod json;
pub mod markdown;
pub mod term;
