//! Errors a user can cause (bad input, unwritable output), each mapped to exit code 2 with a
//! one-line message naming the file and the cause.

use std::path::PathBuf;

/// An error that ends the run with [`crate::exit_codes::TROUBLE`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {cause}", shown(path))]
    Input { path: PathBuf, cause: InputError },
    #[error("{}: {message}", shown(path))]
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
    /// Bytes, but only spaces, line breaks and invisible characters.
    #[error("file has only whitespace, no text")]
    Blank,
    #[error("file is too large ({size} bytes; the limit is {limit} bytes, see --max-size)")]
    TooLarge { size: u64, limit: u64 },
    /// A stream (pipe, device, process substitution) whose size is unknown ran past the limit.
    #[error("input is larger than the limit of {limit} bytes (see --max-size)")]
    StreamTooLarge { limit: u64 },
    #[error("not a text file ({0})")]
    Binary(String),
    #[error("cannot decode as UTF-8, UTF-16, GB18030 or Big5")]
    Undecodable,
    #[error("no report text found (only punctuation, numbers or page furniture)")]
    NoText,
    /// `--document N` past the documents on the page.
    #[error("no document {asked} on this page: it holds {count} (0 to {}; `govdiff parse FILE` lists them)", count - 1)]
    NoSuchDocument { asked: usize, count: usize },
    /// `-` (standard input) given for both files of a pair: it can be read once.
    #[error("standard input (-) can stand for one file only")]
    StdinTwice,
    /// `--kind` names a kind the page does not hold.
    #[error("no {kind} on this page (it holds: {found}; see --kind)")]
    NoDocumentOfKind { kind: &'static str, found: String },
}

/// A path as shown in a one-line message: control characters (a newline or an escape
/// sequence in a hostile file name) are written as `\u{..}` escapes so the message stays one
/// line and cannot drive the terminal.
pub fn shown(path: &std::path::Path) -> String {
    let mut out = String::new();
    for c in path.display().to_string().chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

impl Error {
    pub fn input(path: impl Into<PathBuf>, cause: InputError) -> Self {
        Error::Input {
            path: path.into(),
            cause,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_line_even_for_hostile_names() {
        let e = Error::input("evil\nname\x1b[31m.txt", InputError::Missing);
        let msg = e.to_string();
        assert_eq!(msg.lines().count(), 1, "{msg}");
        assert!(!msg.contains('\x1b'), "{msg}");
        assert!(msg.starts_with("evil\\u{a}name\\u{1b}[31m.txt: "), "{msg}");
    }

    #[test]
    fn every_cause_is_one_line() {
        let causes = [
            InputError::Missing,
            InputError::Directory,
            InputError::Unreadable("Permission denied (os error 13)".into()),
            InputError::Empty,
            InputError::Blank,
            InputError::TooLarge { size: 10, limit: 5 },
            InputError::StreamTooLarge { limit: 5 },
            InputError::Binary("ELF executable".into()),
            InputError::Undecodable,
            InputError::NoText,
        ];
        for cause in causes {
            let msg = Error::input("a.txt", cause).to_string();
            assert!(msg.starts_with("a.txt: ") && !msg.contains('\n'), "{msg}");
        }
    }
}
