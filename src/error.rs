//! Errors a user can cause (bad input, unwritable output), each mapped to exit code 2 with a
//! one-line message naming the file and the cause.

use std::path::PathBuf;

/// An error that ends the run with [`crate::exit_codes::TROUBLE`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {cause}")]
    Input { path: PathBuf, cause: InputError },
    #[error("{path}: {message}")]
    Output { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
}

/// Why an input file could not be read as a report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("no such file")]
    Missing,
    #[error("is a directory")]
    Directory,
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("file is empty")]
    Empty,
    #[error("file is too large ({size} bytes; the limit is {limit} bytes, see --max-size)")]
    TooLarge { size: u64, limit: u64 },
    #[error("not a text file ({0})")]
    Binary(String),
    #[error("cannot decode as UTF-8, UTF-16 or GB18030")]
    Undecodable,
    #[error("no report text found")]
    NoText,
}

impl Error {
    pub fn input(path: impl Into<PathBuf>, cause: InputError) -> Self {
        Error::Input {
            path: path.into(),
            cause,
        }
    }
}
