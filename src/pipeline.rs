//! The parse pipeline: a file's bytes → [`Report`]. Glues the pure stages together; the only
//! place that reads files.

use std::path::Path;

use crate::error::{Error, InputError};
use crate::model::{DocumentInfo, DocumentKind, Report, SourceInfo, SCHEMA_VERSION};
use crate::{extract, ingest, outline};

/// Default limit on input size (bytes, 16 MiB); `--max-size` changes it.
///
/// A national report is about 100 KB as text (200 KB in UTF-16) and a saved newspaper page
/// holding one is rarely over 2 MB, so 16 MiB leaves room for anything real while keeping a
/// hostile or mistaken input (a log, a dump, a whole site) from costing minutes and gigabytes:
/// parsing keeps several copies of the text plus an 8-byte offset per byte. See
/// `docs/robustness.md` for measured times.
pub const DEFAULT_MAX_SIZE: u64 = 16 * 1024 * 1024;

/// Options for parsing one report.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Refuse inputs larger than this many bytes.
    pub max_size: u64,
    /// Which document on the page to analyse; `None` picks the government work report when
    /// there is one, else the longest document.
    pub document: Option<usize>,
    /// Which kind of document to analyse (`--kind`); the first of the kind on the page.
    pub kind: Option<DocumentKind>,
}

impl ParseOptions {
    /// The options the shared input flags ask for (no `--document`: that is `parse`'s own).
    pub fn from_input(input: &crate::cli::InputArgs) -> Self {
        use crate::cli::KindArg;
        ParseOptions {
            max_size: input.max_size,
            document: None,
            kind: input.kind.map(|k| match k {
                KindArg::Gov => DocumentKind::GovernmentWorkReport,
                KindArg::Plan => DocumentKind::PlanReport,
                KindArg::Cppcc => DocumentKind::CppccReport,
                KindArg::Proposals => DocumentKind::ProposalReport,
                KindArg::Budget => DocumentKind::BudgetReport,
            }),
        }
    }
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_size: DEFAULT_MAX_SIZE,
            document: None,
            kind: None,
        }
    }
}

/// Read and parse a file.
pub fn parse_file(path: &Path, opts: &ParseOptions) -> Result<Report, Error> {
    let bytes = read_bytes(path, opts.max_size).map_err(|cause| Error::input(path, cause))?;
    let name = if is_stdin(path) {
        STDIN_NAME.to_string()
    } else {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string())
    };
    parse_bytes(&name, &bytes, opts).map_err(|cause| Error::input(path, cause))
}

/// Read, parse and prepare two files at once, one on a second thread: `diff` needs both
/// reports, and parsing and preparing a report for comparison ([`crate::align::prepare`]:
/// folding, segmenting) depend on that report alone, so on two cores the pair costs about
/// one report and `diff` is left the pairwise work. Errors are reported as a sequential run
/// would: the old file's first.
pub fn parse_pair_prepared(
    old: &Path,
    new: &Path,
    opts: &ParseOptions,
) -> Result<(crate::align::Prepared, crate::align::Prepared), Error> {
    if is_stdin(old) && is_stdin(new) {
        return Err(Error::input(new, InputError::StdinTwice));
    }
    let prepared = |path: &Path| parse_file(path, opts).map(crate::align::Prepared::new);
    let (old, new) = std::thread::scope(|s| {
        let new = s.spawn(|| prepared(new));
        let old = prepared(old);
        // A panic in the worker is a bug; let it surface as one, not as a wrong result.
        let new = new.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        (old, new)
    });
    Ok((old?, new?))
}

/// The path `-`: standard input, as diff(1) takes it.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name a report read from standard input goes by in the output.
const STDIN_NAME: &str = "(standard input)";

/// Read a file's bytes, refusing missing files, directories and inputs over `max_size`; `-`
/// reads standard input.
///
/// The read itself is bounded too: a pipe, a process substitution (`<(curl …)`) or a device
/// such as `/dev/zero` reports no size up front, so at most `max_size + 1` bytes are ever
/// read and memory stays bounded whatever the path names.
pub fn read_bytes(path: &Path, max_size: u64) -> Result<Vec<u8>, InputError> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::Missing,
        _ => InputError::Unreadable(e.to_string()),
    };
    // Standard input, or the file once its metadata passes: a regular file's size
    // is known up front, a stream's is not.
    let (reader, file_len): (Box<dyn Read>, Option<u64>) = if is_stdin(path) {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        if meta.is_dir() {
            return Err(InputError::Directory);
        }
        if meta.is_file() && meta.len() > max_size {
            return Err(InputError::TooLarge {
                size: meta.len(),
                limit: max_size,
            });
        }
        let file = std::fs::File::open(path).map_err(unreadable)?;
        (Box::new(file), meta.is_file().then_some(meta.len()))
    };
    let mut bytes = Vec::with_capacity(file_len.unwrap_or(0) as usize);
    reader
        .take(max_size.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > max_size {
        return Err(if file_len.is_some() {
            // The file grew while we read it.
            InputError::TooLarge {
                size: bytes.len() as u64,
                limit: max_size,
            }
        } else {
            InputError::StreamTooLarge { limit: max_size }
        });
    }
    Ok(bytes)
}

/// The document to analyse: the one asked for by number or kind, else the government work
/// report, else the longest. Asking for one the page does not hold is an error, never a
/// silent fall-back to another document.
fn select_document(documents: &[DocumentInfo], opts: &ParseOptions) -> Result<usize, InputError> {
    if let Some(i) = opts.document {
        return if i < documents.len() {
            Ok(i)
        } else {
            Err(InputError::NoSuchDocument {
                asked: i,
                count: documents.len(),
            })
        };
    }
    if let Some(kind) = opts.kind {
        return documents
            .iter()
            .position(|d| d.kind == kind)
            .ok_or_else(|| InputError::NoDocumentOfKind {
                kind: kind.name(),
                found: kinds_held(documents),
            });
    }
    Ok(documents
        .iter()
        .position(|d| d.kind == DocumentKind::GovernmentWorkReport)
        .unwrap_or_else(|| {
            (0..documents.len())
                .max_by_key(|&i| documents[i].span.len())
                .unwrap_or(0)
        }))
}

/// The kinds of documents on a page, in order, with a count where one repeats: "plan_report,
/// other ×6".
fn kinds_held(documents: &[DocumentInfo]) -> String {
    let mut kinds: Vec<(DocumentKind, usize)> = Vec::new();
    for d in documents {
        match kinds.iter_mut().find(|(k, _)| *k == d.kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((d.kind, 1)),
        }
    }
    kinds
        .iter()
        .map(|&(k, n)| match n {
            1 => k.name().to_string(),
            n => format!("{} ×{n}", k.name()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parse a report from its bytes. `name` is what the report is called in output.
pub fn parse_bytes(name: &str, bytes: &[u8], opts: &ParseOptions) -> Result<Report, InputError> {
    let decoded = ingest::decode(bytes)?;
    let clean = ingest::clean(&decoded.text);
    if !has_words(&clean.text) {
        return Err(InputError::NoText);
    }
    let documents = ingest::find_documents(&clean);
    if documents.is_empty() {
        return Err(InputError::NoText);
    }
    let selected = select_document(&documents, opts)?;
    let doc = documents[selected].span;
    if !has_words(clean.slice(doc)) {
        return Err(InputError::NoText);
    }
    let outline = outline::build(&clean, doc);
    let targets = extract::targets(&clean, &outline);
    // The 主要预期目标 sentence is reported as the targets table; as a commitment too, its
    // figures would be counted twice.
    // The text's chars are folded once for the quantity reader: the document scan below and
    // every commitment clause read slices of them.
    let folded = extract::quantity::FoldedText::new(&clean.text);
    let commitments: Vec<_> = extract::commitments::commitments_with(&clean, &outline, &folded)
        .into_iter()
        .filter(|c| {
            !targets
                .iter()
                .any(|t| t.span.start < c.span.end && c.span.start < t.span.end)
        })
        .collect();
    let lists = extract::lists(&clean, &outline);
    let quantities = folded
        .find_in(doc)
        .into_iter()
        .map(|mut q| {
            q.span = q.span.offset(doc.start);
            q
        })
        .collect();
    let year = extract::targets::detect_year(clean.slice(doc));
    let mut report = Report {
        schema_version: SCHEMA_VERSION,
        source: SourceInfo {
            name: name.to_string(),
            encoding: decoded.encoding.to_string(),
            bom: decoded.bom,
            bytes: bytes.len(),
            mojibake_repaired: decoded.mojibake_repaired,
            undecodable: decoded.undecodable,
            traditional: clean.traditional,
        },
        documents,
        selected,
        year,
        place: None,
        outline,
        commitments,
        targets,
        lists,
        quantities,
        warnings: Vec::new(),
        clean,
    };
    report.place = crate::place::place_of(&report);
    report.warnings = crate::warnings::report_warnings(&report);
    Ok(report)
}

/// Whether text has anything to analyse: at least one letter (a Han character counts). Text
/// of only punctuation, digits, whitespace and page numbers is "no report text".
fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_page_numbers_are_not_a_report() {
        let opts = ParseOptions::default();
        for text in [
            "，。！？\n——\n",
            "- 1 -\n\n2025\n……\n",
            "（　）《》\n\n—3—\n",
        ] {
            assert_eq!(
                parse_bytes("x", text.as_bytes(), &opts).err(),
                Some(InputError::NoText),
                "{text:?}"
            );
        }
        assert!(parse_bytes(
            "x",
            "各位代表：\n现在，我代表市人民政府向大会报告工作。\n".as_bytes(),
            &opts
        )
        .is_ok());
    }

    #[test]
    fn a_pair_parses_both_and_reports_the_old_files_error_first() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        let text = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n";
        std::fs::write(&a, text).unwrap();
        std::fs::write(&b, text.replace("市", "省")).unwrap();
        let opts = ParseOptions::default();
        let (old, new) = parse_pair_prepared(&a, &b, &opts).unwrap();
        let (old, new) = (old.report, new.report);
        assert_eq!(
            (old.source.name.as_str(), new.source.name.as_str()),
            ("a.txt", "b.txt")
        );
        assert!(new.clean.text.contains("省人民政府"));

        let (x, y) = (dir.path().join("x.txt"), dir.path().join("y.txt"));
        let err = parse_pair_prepared(&x, &y, &opts).unwrap_err().to_string();
        assert!(err.contains("x.txt") && !err.contains("y.txt"), "{err}");
        let err = parse_pair_prepared(&a, &y, &opts).unwrap_err().to_string();
        assert!(err.contains("y.txt"), "{err}");
    }

    #[test]
    fn reads_are_bounded_for_files_and_streams() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "各位代表".repeat(100)).unwrap();
        assert_eq!(read_bytes(&path, 1200).map(|b| b.len()), Ok(1200));
        assert_eq!(
            read_bytes(&path, 1199),
            Err(InputError::TooLarge {
                size: 1200,
                limit: 1199
            })
        );
        // A device with no end: the read stops at the limit.
        let zero = Path::new("/dev/zero");
        if zero.exists() {
            assert_eq!(
                read_bytes(zero, 4096),
                Err(InputError::StreamTooLarge { limit: 4096 })
            );
        }
        assert_eq!(read_bytes(dir.path(), 10), Err(InputError::Directory));
        assert_eq!(
            read_bytes(&dir.path().join("none"), 10),
            Err(InputError::Missing)
        );
    }
}
