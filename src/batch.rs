//! Batch mode: compare many report pairs in one run (`govdiff diff --pairs LIST`, or
//! `govdiff diff DIR_OLD DIR_NEW`), using every core.
//!
//! A researcher comparing all provinces, or a CI gate checking a folder of reports, should not
//! pay one process start-up per pair nor leave a core idle. This module turns a list of pairs
//! into a list of outcomes, in input order, parsing and comparing pairs in parallel (rayon).
//! It does not print: the caller renders each outcome (see [`write_markdown`], [`write_json`])
//! and reports progress through the callback it passes to [`run`]. The exit code of a batch is
//! the largest of its pairs' codes ([`exit_code`]): 2 if any pair could not be read.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::cli::{DiffArgs, Format};
use crate::error::Error;
use crate::exit_codes;
use crate::model::Comparison;
use crate::pipeline::{parse_file, ParseOptions};

/// One pair to compare: last year's report and this year's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub old: PathBuf,
    pub new: PathBuf,
}

/// What became of one pair.
#[derive(Debug)]
pub enum Outcome {
    /// Both reports parsed and were compared.
    Compared(Box<Comparison>),
    /// A file of the pair could not be read as a report.
    Failed(Error),
}

impl Outcome {
    /// The pair's exit code, as for a single `govdiff diff`.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Compared(cmp) if cmp.substantive => exit_codes::DIFFERENT,
            Outcome::Compared(_) => exit_codes::SAME,
            Outcome::Failed(_) => exit_codes::TROUBLE,
        }
    }
}

/// A pair with its outcome.
#[derive(Debug)]
pub struct PairResult {
    pub pair: Pair,
    pub outcome: Outcome,
}

/// How to run a batch.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Options for parsing each report.
    pub parse: ParseOptions,
    /// Worker threads; 0 uses one per core.
    pub threads: usize,
}

/// A line of a pairs list that is not `OLD NEW`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: expected `OLD NEW` (two paths; separate them with a tab if a path contains spaces), found {found:?}")]
pub struct PairsListError {
    /// 1-based line number.
    pub line: usize,
    /// The offending line.
    pub found: String,
}

/// Read a pairs list: one `OLD NEW` pair a line, `#` starts a comment line, blank lines are
/// skipped. The two paths are separated by a tab when the line has one (so paths may contain
/// spaces), else by whitespace. Relative paths are taken relative to `base` (the list file's
/// folder, so a list can be moved together with its reports).
pub fn parse_pairs_list(text: &str, base: &Path) -> Result<Vec<Pair>, PairsListError> {
    let mut pairs = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect()
        } else {
            line.split_whitespace().collect()
        };
        let [old, new] = fields.as_slice() else {
            return Err(PairsListError {
                line: i + 1,
                found: line.to_string(),
            });
        };
        pairs.push(Pair {
            old: base.join(old),
            new: base.join(new),
        });
    }
    Ok(pairs)
}

/// Pair the files of two folders by name: every regular, non-hidden file of `old_dir` whose
/// name also exists in `new_dir`, sorted by name. Returns the pairs and the names found in
/// only one folder (old side first), which the caller reports.
pub fn pair_dirs(old_dir: &Path, new_dir: &Path) -> io::Result<(Vec<Pair>, Vec<PathBuf>)> {
    let old_names = file_names(old_dir)?;
    let new_names = file_names(new_dir)?;
    let mut pairs = Vec::new();
    let mut unpaired = Vec::new();
    for name in &old_names {
        if new_names.binary_search(name).is_ok() {
            pairs.push(Pair {
                old: old_dir.join(name),
                new: new_dir.join(name),
            });
        } else {
            unpaired.push(old_dir.join(name));
        }
    }
    for name in &new_names {
        if old_names.binary_search(name).is_err() {
            unpaired.push(new_dir.join(name));
        }
    }
    Ok((pairs, unpaired))
}

/// The sorted names of the regular, non-hidden files in a folder.
fn file_names(dir: &Path) -> io::Result<Vec<std::ffi::OsString>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        // Follow symlinks: a folder of links to reports is a folder of reports.
        if std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file()) {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Parse and compare one pair.
pub fn compare_pair(pair: &Pair, opts: &ParseOptions) -> Outcome {
    let parsed = parse_file(&pair.old, opts).and_then(|old| {
        let new = parse_file(&pair.new, opts)?;
        Ok(crate::diff::compare(&old, &new))
    });
    match parsed {
        Ok(cmp) => Outcome::Compared(Box::new(cmp)),
        Err(e) => Outcome::Failed(e),
    }
}

/// Compare every pair, in parallel, and return the results in input order. `done` is called
/// once per finished pair (from a worker thread), for a progress display.
pub fn run(
    pairs: &[Pair],
    opts: &BatchOptions,
    done: &(dyn Fn() + Sync),
) -> Result<Vec<PairResult>, Error> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    Ok(pool.install(|| {
        pairs
            .par_iter()
            .map(|pair| {
                let outcome = compare_pair(pair, &opts.parse);
                done();
                PairResult {
                    pair: pair.clone(),
                    outcome,
                }
            })
            .collect()
    }))
}

/// The batch's exit code: the largest of its pairs' (0 for an empty batch).
pub fn exit_code(results: &[PairResult]) -> i32 {
    results
        .iter()
        .map(|r| r.outcome.exit_code())
        .max()
        .unwrap_or(exit_codes::SAME)
}

/// Every pair as Markdown, in order: each comparison as `govdiff diff --format md` writes it,
/// a failed pair as a one-line note naming the error; pairs separated by a rule.
pub fn write_markdown(w: &mut dyn Write, results: &[PairResult]) -> io::Result<()> {
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            writeln!(w, "\n---\n")?;
        }
        match &r.outcome {
            Outcome::Compared(cmp) => crate::render::markdown::comparison(w, cmp)?,
            Outcome::Failed(e) => {
                let note = format!(
                    "{} → {}: could not compare: {e}",
                    r.pair.old.display(),
                    r.pair.new.display()
                );
                writeln!(w, "> {}", crate::render::escape::markdown(&note))?
            }
        }
    }
    Ok(())
}

/// Every pair's changed figures as one CSV: `diff --format csv`'s columns led by `old_file`
/// and `new_file` (the paths as given), one header. A pair that could not be compared has no
/// rows; it is named on `err`.
pub fn write_csv(w: &mut dyn Write, results: &[PairResult], err: &mut dyn Write) -> io::Result<()> {
    use crate::render::csv;
    let header = ["old_file", "new_file"].into_iter().chain(csv::DIFF_HEADER);
    csv::row(w, header.map(str::to_string))?;
    for r in results {
        let (old, new) = (
            r.pair.old.display().to_string(),
            r.pair.new.display().to_string(),
        );
        match &r.outcome {
            Outcome::Compared(cmp) => {
                csv::figure_rows(w, cmp, &[csv::text_field(&old), csv::text_field(&new)])?
            }
            Outcome::Failed(e) => writeln!(
                err,
                "govdiff: {} → {}: could not compare: {e}",
                crate::error::shown(&r.pair.old),
                crate::error::shown(&r.pair.new)
            )?,
        }
    }
    Ok(())
}

/// Every pair as terminal text, in order, each under a rule naming the pair.
pub fn write_term(
    w: &mut dyn Write,
    results: &[PairResult],
    config: &crate::config::Config,
) -> io::Result<()> {
    for (i, r) in results.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        let title = format!("{} → {}", r.pair.old.display(), r.pair.new.display());
        writeln!(w, "══ {}", crate::render::escape::terminal_line(&title))?;
        match &r.outcome {
            Outcome::Compared(cmp) => crate::render::term::comparison(w, cmp, config)?,
            Outcome::Failed(e) => writeln!(
                w,
                "could not compare: {}",
                crate::render::escape::terminal(&e.to_string())
            )?,
        }
    }
    Ok(())
}

/// Whether `govdiff diff` runs as a batch: `--pairs LIST`, or OLD and NEW both folders.
pub fn is_batch(args: &DiffArgs) -> bool {
    args.pairs.is_some() || (args.old.is_dir() && args.new.is_dir())
}

/// `govdiff diff --pairs LIST` / `govdiff diff DIR_OLD DIR_NEW`: resolve the pairs, compare
/// them on `--jobs` threads with a progress bar on stderr (only when stderr is a terminal and
/// the run lasts more than half a second), render every pair in input order into `out`, and
/// return the exit code: the largest of the pairs', at least 1 when a folder holds a file the
/// other lacks (reported on `err`, as `diff -r` does).
///
/// `err` must not hold the lock of stderr (pass `std::io::stderr()`, not `stderr().lock()`):
/// the progress bar writes to stderr from the worker threads.
pub fn run_cli(args: &DiffArgs, out: &mut Vec<u8>, err: &mut dyn Write) -> Result<i32, Error> {
    if args.expect.is_some() || !args.fail_on.is_empty() {
        return Err(Error::Usage(
            "--expect and --fail-on compare one pair; run them per pair, not with --pairs or folders"
                .into(),
        ));
    }
    let (pairs, unpaired) = match &args.pairs {
        Some(list) => {
            let bytes = crate::pipeline::read_bytes(list, crate::pipeline::DEFAULT_MAX_SIZE)
                .map_err(|cause| Error::input(list, cause))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Error::input(list, crate::error::InputError::Undecodable))?;
            let base = list.parent().unwrap_or(Path::new(""));
            let pairs = parse_pairs_list(&text, base)
                .map_err(|e| Error::Usage(format!("{}: {e}", list.display())))?;
            (pairs, Vec::new())
        }
        None => pair_dirs(&args.old, &args.new).map_err(|e| Error::Output {
            path: args.old.clone(),
            message: format!("cannot list folder: {e}"),
        })?,
    };
    if pairs.is_empty() && unpaired.is_empty() {
        // Nothing to compare is trouble, not "no change": an empty folder or list is a mistake.
        let what = args.pairs.as_ref().unwrap_or(&args.old);
        return Err(Error::Usage(format!(
            "{}: no files to compare",
            crate::error::shown(what)
        )));
    }
    let to_err = |e: io::Error| Error::Output {
        path: "<stderr>".into(),
        message: e.to_string(),
    };
    for path in &unpaired {
        writeln!(err, "govdiff: only in one folder: {}", path.display()).map_err(to_err)?;
    }
    let opts = BatchOptions {
        parse: ParseOptions::from_input(&args.input),
        threads: args.jobs,
    };
    let bar = Progress::new(pairs.len());
    let results = run(&pairs, &opts, &|| bar.tick())?;
    bar.finish();
    for r in &results {
        let Outcome::Compared(cmp) = &r.outcome else {
            continue;
        };
        for w in &cmp.warnings {
            let (old, new) = (
                crate::error::shown(&r.pair.old),
                crate::error::shown(&r.pair.new),
            );
            writeln!(err, "govdiff: {old} → {new}: {w}").map_err(to_err)?;
        }
    }
    let config = crate::config::Config::from_args(&args.output);
    let written = match args.output.format {
        Format::Json => write_json(out, &results),
        Format::Md => write_markdown(out, &results),
        Format::Csv => write_csv(out, &results, err),
        _ => write_term(out, &results, &config),
    };
    written.map_err(|e| Error::Output {
        path: "<output>".into(),
        message: e.to_string(),
    })?;
    let mut code = exit_code(&results);
    if !unpaired.is_empty() {
        code = code.max(exit_codes::DIFFERENT);
    }
    Ok(code)
}

/// A progress bar on stderr that appears only on a terminal, and only once the batch has run
/// for half a second (a quick batch leaves no trace).
struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
    tty: bool,
}

impl Progress {
    fn new(len: usize) -> Progress {
        use std::io::IsTerminal;
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(len as u64),
            indicatif::ProgressDrawTarget::hidden(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} pairs, {elapsed}")
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            start: std::time::Instant::now(),
            tty: std::io::stderr().is_terminal() && len > 1,
        }
    }

    fn tick(&self) {
        if self.tty
            && self.bar.is_hidden()
            && self.start.elapsed() > std::time::Duration::from_millis(500)
        {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        self.bar.inc(1);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// One pair's entry in the JSON output.
#[derive(Serialize)]
struct JsonEntry<'a> {
    old: &'a Path,
    new: &'a Path,
    exit_code: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<&'a Comparison>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Every pair as one JSON array, in order: `{old, new, exit_code, comparison}` or
/// `{old, new, exit_code, error}`.
pub fn write_json(w: &mut dyn Write, results: &[PairResult]) -> io::Result<()> {
    let entries: Vec<JsonEntry> = results
        .iter()
        .map(|r| {
            let (comparison, error) = match &r.outcome {
                Outcome::Compared(cmp) => (Some(&**cmp), None),
                Outcome::Failed(e) => (None, Some(e.to_string())),
            };
            JsonEntry {
                old: &r.pair.old,
                new: &r.pair.new,
                exit_code: r.outcome.exit_code(),
                comparison,
                error,
            }
        })
        .collect();
    crate::render::json::write(w, &entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");

    fn seed(name: &str) -> PathBuf {
        Path::new(SEEDS).join(name)
    }

    #[test]
    fn pairs_list_skips_comments_and_blanks_and_resolves_relative_paths() {
        let text = "\u{feff}# provinces\n\na/2025.txt  a/2026.txt\n  /abs/x.txt\t/abs/my y.txt \n";
        let pairs = parse_pairs_list(text, Path::new("/lists")).unwrap();
        assert_eq!(
            pairs,
            vec![
                Pair {
                    old: "/lists/a/2025.txt".into(),
                    new: "/lists/a/2026.txt".into()
                },
                Pair {
                    old: "/abs/x.txt".into(),
                    new: "/abs/my y.txt".into()
                },
            ]
        );
    }

    #[test]
    fn pairs_list_rejects_lines_without_two_paths() {
        for bad in ["only-one.txt", "a b c", "a\tb\tc"] {
            let err = parse_pairs_list(&format!("# ok\n{bad}\n"), Path::new(".")).unwrap_err();
            assert_eq!(err.line, 2, "{bad}");
        }
    }

    #[test]
    fn dirs_pair_by_name_and_report_the_unpaired() {
        let old = tempfile::tempdir().unwrap();
        let new = tempfile::tempdir().unwrap();
        for (dir, name) in [
            (&old, "b.txt"),
            (&old, "a.txt"),
            (&old, "only-old.txt"),
            (&old, ".hidden"),
            (&new, "a.txt"),
            (&new, "b.txt"),
            (&new, "only-new.txt"),
        ] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(old.path().join("sub")).unwrap();
        let (pairs, unpaired) = pair_dirs(old.path(), new.path()).unwrap();
        let names: Vec<_> = pairs
            .iter()
            .map(|p| p.old.file_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(pairs[0].new, new.path().join("a.txt"));
        assert_eq!(
            unpaired,
            vec![
                old.path().join("only-old.txt"),
                new.path().join("only-new.txt")
            ]
        );
    }

    #[test]
    fn run_keeps_input_order_counts_progress_and_takes_the_worst_exit_code() {
        let good = Pair {
            old: seed("taiyuan-2025-government-work-report.txt"),
            new: seed("taiyuan-2026-government-work-report.txt"),
        };
        let missing = Pair {
            old: seed("no-such-report.txt"),
            new: good.new.clone(),
        };
        let pairs = vec![good.clone(), missing.clone(), good.clone()];
        let count = AtomicUsize::new(0);
        let opts = BatchOptions {
            threads: 2,
            ..Default::default()
        };
        let results = run(&pairs, &opts, &|| {
            count.fetch_add(1, Ordering::Relaxed);
        })
        .unwrap();
        assert_eq!(count.load(Ordering::Relaxed), 3);
        let order: Vec<&Pair> = results.iter().map(|r| &r.pair).collect();
        assert_eq!(order, vec![&good, &missing, &good]);
        assert!(matches!(results[1].outcome, Outcome::Failed(_)));
        assert_eq!(exit_code(&results), exit_codes::TROUBLE);
        assert_eq!(exit_code(&results[..1]), results[0].outcome.exit_code());
        assert_eq!(exit_code(&[]), exit_codes::SAME);

        // One thread gives the same comparisons as two.
        let single = run(
            &pairs[..1],
            &BatchOptions {
                threads: 1,
                ..Default::default()
            },
            &|| {},
        )
        .unwrap();
        let (Outcome::Compared(a), Outcome::Compared(b)) =
            (&single[0].outcome, &results[2].outcome)
        else {
            panic!("the seed pair must compare");
        };
        assert_eq!(
            serde_json::to_string(a).unwrap(),
            serde_json::to_string(b).unwrap()
        );

        let mut md = Vec::new();
        write_markdown(&mut md, &results).unwrap();
        let md = String::from_utf8(md).unwrap();
        assert_eq!(md.matches("\n---\n").count(), 2);
        assert!(md.contains("could not compare"), "{md}");

        let mut js = Vec::new();
        write_json(&mut js, &results).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&js).unwrap();
        let arr = v.as_array().unwrap();
        assert_eq!(arr.len(), 3);
        assert_eq!(arr[1]["exit_code"], exit_codes::TROUBLE);
        assert!(arr[1]["error"].as_str().unwrap().contains("no-such-report"));
        assert!(arr[0]["comparison"].is_object());
    }

    fn diff_args(argv: &[&str]) -> Result<DiffArgs, clap::Error> {
        use clap::Parser;
        let cli = crate::cli::Cli::try_parse_from(argv)?;
        match cli.command {
            crate::cli::Command::Diff(args) => Ok(args),
            other => panic!("not a diff: {other:?}"),
        }
    }

    #[test]
    fn cli_takes_a_pairs_list_without_positionals_and_still_requires_old_and_new_otherwise() {
        let args = diff_args(&["govdiff", "diff", "--pairs", "l.txt", "--jobs", "2"]).unwrap();
        assert_eq!(args.pairs.as_deref(), Some(Path::new("l.txt")));
        assert_eq!(args.jobs, 2);
        assert!(is_batch(&args));
        assert!(diff_args(&["govdiff", "diff"]).is_err());
        assert!(diff_args(&["govdiff", "diff", "a.txt"]).is_err());
        assert!(diff_args(&["govdiff", "diff", "--pairs", "l", "a", "b"]).is_err());
        let single = diff_args(&["govdiff", "diff", "a.txt", "b.txt"]).unwrap();
        assert!(!is_batch(&single));
        let folders = diff_args(&["govdiff", "diff", SEEDS, SEEDS]).unwrap();
        assert!(is_batch(&folders));
    }

    #[test]
    fn run_cli_refuses_check_mode_and_reports_unpaired_files() {
        let old = tempfile::tempdir().unwrap();
        let new = tempfile::tempdir().unwrap();
        let seed_old = seed("taiyuan-2025-government-work-report.txt");
        std::fs::copy(&seed_old, old.path().join("taiyuan.txt")).unwrap();
        std::fs::copy(&seed_old, new.path().join("taiyuan.txt")).unwrap();
        std::fs::write(new.path().join("extra.txt"), "x").unwrap();
        let (o, n) = (old.path().to_str().unwrap(), new.path().to_str().unwrap());
        let args = diff_args(&["govdiff", "diff", o, n, "--format", "json"]).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        // Identical reports (exit 0), but a file only in NEW: at least 1, as diff -r.
        let code = run_cli(&args, &mut out, &mut err).unwrap();
        assert_eq!(code, exit_codes::DIFFERENT);
        assert!(String::from_utf8_lossy(&err).contains("extra.txt"));
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v[0]["exit_code"], exit_codes::SAME);

        let check = diff_args(&["govdiff", "diff", o, n, "--expect", "x.md"]).unwrap();
        assert!(run_cli(&check, &mut out, &mut err).is_err());
    }
}
