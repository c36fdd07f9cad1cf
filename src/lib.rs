//! govdiff: compare Chinese government work reports year over year.
//!
//! The pipeline is a chain of pure stages (see `docs/ARCHITECTURE.md`):
//! bytes → [`ingest`] (decode, clean, find documents) → [`outline`] (section tree) →
//! [`extract`] (commitments, targets, lists, quantities) → [`model::Report`];
//! two reports → [`align`] → [`diff`] → [`model::diff::Comparison`] → [`render`].
//! Only `main` and the renderers' callers touch stdout.

pub mod align;
pub mod batch;
pub mod check;
pub mod cli;
pub mod config;
pub mod diff;
pub mod error;
pub mod exit_codes;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod outline;
pub mod pipeline;
pub mod place;
pub mod render;
#[cfg(test)]
pub(crate) mod testdata;
pub mod text;
pub mod trend;
pub mod warnings;

pub use error::Error;
pub use model::{Comparison, Report};
