//! Stage benchmark: where the time of one `govdiff diff` goes, stage by stage, on the seed pair
//! (Taiyuan 2025 → 2026) and on the largest corpus pair (Guangdong 2025 → 2026, skipped when
//! `../shared/corpus` is absent). Run with `cargo bench --bench stages`; `scripts/bench.sh`
//! runs it as part of the full measurement (see `docs/performance.md`).
//!
//! Each stage is timed on the output of the previous ones, prepared once outside the timing:
//! read+clean (file read, decode, clean, find documents), outline, extract (commitments,
//! targets, lists, quantities), the whole parse, prepare (per report, for comparison), align,
//! diff (which prepares and aligns internally), the diff of prepared reports, and the three
//! renderers into a `Vec`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::{black_box, Bencher};
use govdiff::align::Prepared;
use govdiff::config::Config;
use govdiff::model::{CleanText, Comparison, Report, Span};
use govdiff::pipeline::{parse_bytes, ParseOptions};
use govdiff::{extract, ingest, outline, render};

fn main() {
    divan::main();
}

/// A named report pair, read and parsed once.
struct Case {
    name: &'static str,
    paths: [PathBuf; 2],
    bytes: [Vec<u8>; 2],
    reports: [Report; 2],
    prepared: [Prepared; 2],
    comparison: Comparison,
}

fn all_cases() -> &'static Vec<Case> {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let seeds = root.join("fixtures/seeds");
        let corpus = root.join("../shared/corpus");
        let mut specs = vec![(
            "seed",
            seeds.join("taiyuan-2025-government-work-report.txt"),
            seeds.join("taiyuan-2026-government-work-report.txt"),
        )];
        let big = [
            corpus.join("guangdong-2025.txt"),
            corpus.join("guangdong-2026.txt"),
        ];
        if big.iter().all(|p| p.is_file()) {
            let [a, b] = big;
            specs.push(("guangdong", a, b));
        } else {
            eprintln!(
                "stages: {} absent; benchmarking the seed pair only",
                corpus.display()
            );
        }
        specs
            .into_iter()
            .map(|(name, old, new)| {
                let bytes = [read(&old), read(&new)];
                let reports = [parse(&old, &bytes[0]), parse(&new, &bytes[1])];
                let comparison = govdiff::diff::compare(&reports[0], &reports[1]);
                let prepared = reports.clone().map(Prepared::new);
                Case {
                    name,
                    paths: [old, new],
                    bytes,
                    reports,
                    prepared,
                    comparison,
                }
            })
            .collect()
    })
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn parse(p: &Path, bytes: &[u8]) -> Report {
    parse_bytes(&p.display().to_string(), bytes, &ParseOptions::default())
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn case_names() -> Vec<&'static str> {
    all_cases().iter().map(|c| c.name).collect()
}

fn case(name: &str) -> &'static Case {
    all_cases()
        .iter()
        .find(|c| c.name == name)
        .expect("known case")
}

/// The clean text and selected document span of a parsed report.
fn clean_doc(r: &Report) -> (&CleanText, Span) {
    (&r.clean, r.documents[r.selected].span)
}

/// Read + decode + clean + find documents, both files of the pair.
#[divan::bench(args = case_names())]
fn a_read_clean(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for p in &c.paths {
            let bytes = std::fs::read(p).expect("readable");
            let decoded = ingest::decode(&bytes).expect("decodable");
            let clean = ingest::clean(&decoded.text);
            black_box(ingest::find_documents(&clean));
        }
    });
}

/// Section tree, both reports.
#[divan::bench(args = case_names())]
fn b_outline(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            let (clean, doc) = clean_doc(r);
            black_box(outline::build(clean, doc));
        }
    });
}

/// Commitments, targets, lists and quantities, both reports.
#[divan::bench(args = case_names())]
fn c_extract(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            let (clean, doc) = clean_doc(r);
            black_box(extract::commitments(clean, &r.outline));
            black_box(extract::targets(clean, &r.outline));
            black_box(extract::lists(clean, &r.outline));
            black_box(extract::find_quantities(clean.slice(doc)));
        }
    });
}

/// The four extractors separately, both reports: which one dominates `c_extract`.
#[divan::bench(args = case_names())]
fn c1_commitments(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            black_box(extract::commitments(&r.clean, &r.outline));
        }
    });
}

#[divan::bench(args = case_names())]
fn c2_targets(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            black_box(extract::targets(&r.clean, &r.outline));
        }
    });
}

#[divan::bench(args = case_names())]
fn c3_lists(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            black_box(extract::lists(&r.clean, &r.outline));
        }
    });
}

#[divan::bench(args = case_names())]
fn c4_quantities(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            let (clean, doc) = clean_doc(r);
            black_box(extract::find_quantities(clean.slice(doc)));
        }
    });
}

/// The whole parse (from bytes) of both reports: the sum of the stages above plus glue.
#[divan::bench(args = case_names())]
fn d_parse_both(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for (p, bytes) in c.paths.iter().zip(&c.bytes) {
            black_box(parse(p, bytes));
        }
    });
}

/// Per-report preparation for comparison (fold and segment the document, section bags,
/// commitment and list texts), both reports: in `govdiff diff` each runs on the thread that
/// parsed its report.
#[divan::bench(args = case_names())]
fn d2_prepare(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        for r in &c.reports {
            black_box(govdiff::align::prepare(r));
        }
    });
}

/// Alignment of sections, commitments, lists and targets (prepares both reports first).
#[divan::bench(args = case_names())]
fn e_align(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| black_box(govdiff::align::align(&c.reports[0], &c.reports[1])));
}

/// The comparison (prepares both reports, aligns, then finds the changes).
#[divan::bench(args = case_names())]
fn f_diff(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| black_box(govdiff::diff::compare(&c.reports[0], &c.reports[1])));
}

/// The pairwise part of the comparison alone, on reports prepared already: what is left
/// for `govdiff diff`'s main thread after the parse threads.
#[divan::bench(args = case_names())]
fn f2_diff_prepared(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        black_box(govdiff::diff::compare_prepared(
            &c.prepared[0],
            &c.prepared[1],
        ))
    });
}

#[divan::bench(args = case_names())]
fn g_render_md(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        let mut out = Vec::new();
        render::markdown::comparison(&mut out, &c.comparison).expect("vec write");
        out
    });
}

#[divan::bench(args = case_names())]
fn g_render_json(b: Bencher, name: &str) {
    let c = case(name);
    b.bench(|| {
        let mut out = Vec::new();
        render::json::write(&mut out, &c.comparison).expect("vec write");
        out
    });
}

#[divan::bench(args = case_names())]
fn g_render_term(b: Bencher, name: &str) {
    let c = case(name);
    let config = Config::resolve(
        govdiff::cli::Format::Term,
        govdiff::cli::ColorChoice::Never,
        Some(100),
    );
    b.bench(|| {
        let mut out = Vec::new();
        render::term::comparison(&mut out, &c.comparison, &config).expect("vec write");
        out
    });
}
