//! The parse pipeline: a file's bytes → [`Report`]. Glues the pure stages together; the only
//! place that reads files.

use std::path::Path;

use crate::error::{Error, InputError};
use crate::model::{DocumentKind, Report, SourceInfo, SCHEMA_VERSION};
use crate::{extract, ingest, outline};

/// Default limit on input size (bytes); `--max-size` changes it.
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// Options for parsing one report.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Refuse inputs larger than this many bytes.
    pub max_size: u64,
    /// Which document on the page to analyse; `None` picks the government work report when
    /// there is one, else the longest document.
    pub document: Option<usize>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_size: DEFAULT_MAX_SIZE,
            document: None,
        }
    }
}

/// Read and parse a file.
pub fn parse_file(path: &Path, opts: &ParseOptions) -> Result<Report, Error> {
    let bytes = read_bytes(path, opts.max_size).map_err(|cause| Error::input(path, cause))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    parse_bytes(&name, &bytes, opts).map_err(|cause| Error::input(path, cause))
}

/// Read a file's bytes, refusing missing files, directories and files over `max_size`.
pub fn read_bytes(path: &Path, max_size: u64) -> Result<Vec<u8>, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => InputError::Missing,
        _ => InputError::Unreadable(e.to_string()),
    })?;
    if meta.is_dir() {
        return Err(InputError::Directory);
    }
    if meta.len() > max_size {
        return Err(InputError::TooLarge {
            size: meta.len(),
            limit: max_size,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| InputError::Unreadable(e.to_string()))?;
    if bytes.len() as u64 > max_size {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: max_size,
        });
    }
    Ok(bytes)
}

/// Parse a report from its bytes. `name` is what the report is called in output.
pub fn parse_bytes(name: &str, bytes: &[u8], opts: &ParseOptions) -> Result<Report, InputError> {
    let decoded = ingest::decode(bytes)?;
    let clean = ingest::clean(&decoded.text);
    if clean.text.trim().is_empty() {
        return Err(InputError::NoText);
    }
    let documents = ingest::find_documents(&clean);
    if documents.is_empty() {
        return Err(InputError::NoText);
    }
    let selected = match opts.document {
        Some(i) if i < documents.len() => i,
        _ => documents
            .iter()
            .position(|d| d.kind == DocumentKind::GovernmentWorkReport)
            .unwrap_or_else(|| {
                (0..documents.len())
                    .max_by_key(|&i| documents[i].span.len())
                    .unwrap_or(0)
            }),
    };
    let doc = documents[selected].span;
    let outline = outline::build(&clean, doc);
    let targets = extract::targets(&clean, &outline);
    // The 主要预期目标 sentence is reported as the targets table; as a commitment too, its
    // figures would be counted twice.
    let commitments: Vec<_> = extract::commitments(&clean, &outline)
        .into_iter()
        .filter(|c| {
            !targets
                .iter()
                .any(|t| t.span.start < c.span.end && c.span.start < t.span.end)
        })
        .collect();
    let lists = extract::lists(&clean, &outline);
    let quantities = extract::find_quantities(clean.slice(doc))
        .into_iter()
        .map(|mut q| {
            q.span = q.span.offset(doc.start);
            q
        })
        .collect();
    let year = extract::targets::detect_year(clean.slice(doc));
    Ok(Report {
        schema_version: SCHEMA_VERSION,
        source: SourceInfo {
            name: name.to_string(),
            encoding: decoded.encoding.to_string(),
            bom: decoded.bom,
            bytes: bytes.len(),
        },
        documents,
        selected,
        year,
        outline,
        commitments,
        targets,
        lists,
        quantities,
        clean,
    })
}
