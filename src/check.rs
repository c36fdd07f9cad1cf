//! Check mode: gate CI on expected results.
//!
//! `govdiff diff OLD NEW --expect FILE` renders as usual (color off, fixed width) and
//! compares with a committed fixture; `--update` rewrites the fixture atomically;
//! `--fail-on RULES` turns chosen kinds of change into exit status 1. The `diff` command's
//! orchestration lives here so that `main` only parses flags and maps the result to an exit
//! code. Rules are documented in `docs/ci.md`.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use owo_colors::{OwoColorize, Style};
use serde_json::Value;
use similar::TextDiff;

use crate::align::Prepared;
use crate::cli::{DiffArgs, Format};
use crate::config::{decide_width, Config};
use crate::error::Error;
use crate::exit_codes;
use crate::model::diff::{Direction, ItemStatus};
use crate::model::Comparison;
use crate::pipeline::{parse_pair_prepared, ParseOptions};
use crate::render;

/// At most this many items are named per fired rule, and this many JSON paths per mismatch.
const MAX_NAMED: usize = 20;
const MAX_JSON_PATHS: usize = 200;

/// A `--fail-on` rule: a kind of change that should fail a CI job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// `any`: the comparison is substantive (what decides exit 1 without `--fail-on`).
    Any,
    /// `lowered-target`: a 主要预期目标 row whose figure went down (`change.direction == down`).
    LoweredTarget,
    /// `raised-target`: a target row whose figure went up (`change.direction == up`).
    RaisedTarget,
    /// `changed-target`: a target row that is not unchanged: its figure, qualifier or wording
    /// changed, or the indicator was added or removed.
    ChangedTarget,
    /// `removed-commitment`: a commitment of last year with no counterpart this year.
    RemovedCommitment,
    /// `added-commitment`: a commitment of this year with no counterpart last year.
    AddedCommitment,
    /// `removed-list-item`: an item of a numbered list (民生实事) dropped this year.
    RemovedListItem,
    /// `removed-figure`: a task kept (reworded) this year lost a figure it had last year (the
    /// Markdown's 删去数字（延续任务）: 社会消费品零售总额增长7%左右 gone from the consumption task).
    RemovedFigure,
}

impl Rule {
    /// Every rule, in the order documented.
    pub const ALL: [Rule; 8] = [
        Rule::Any,
        Rule::LoweredTarget,
        Rule::RaisedTarget,
        Rule::ChangedTarget,
        Rule::RemovedCommitment,
        Rule::AddedCommitment,
        Rule::RemovedListItem,
        Rule::RemovedFigure,
    ];

    /// The rule's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Any => "any",
            Rule::LoweredTarget => "lowered-target",
            Rule::RaisedTarget => "raised-target",
            Rule::ChangedTarget => "changed-target",
            Rule::RemovedCommitment => "removed-commitment",
            Rule::AddedCommitment => "added-commitment",
            Rule::RemovedListItem => "removed-list-item",
            Rule::RemovedFigure => "removed-figure",
        }
    }

    /// The names of all rules, comma-separated (for messages).
    pub fn names() -> String {
        Rule::ALL
            .iter()
            .map(|r| r.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What in `cmp` makes this rule fire, one description per item; empty when it does not.
    pub fn matches(self, cmp: &Comparison) -> Vec<String> {
        let target_dir = |dir: Direction| -> Vec<String> {
            cmp.targets
                .iter()
                .filter(|t| t.change.as_ref().is_some_and(|c| c.direction == dir))
                .map(describe_target)
                .collect()
        };
        let commitments = |status: ItemStatus| -> Vec<String> {
            cmp.commitments
                .iter()
                .filter(|c| c.status == status)
                .filter_map(|c| c.new.as_ref().or(c.old.as_ref()))
                .map(|s| format!("{} [{}]", render::truncate_chars(&s.text, 40), s.section))
                .collect()
        };
        match self {
            Rule::Any if cmp.substantive => vec!["the reports differ substantively".to_string()],
            Rule::Any => Vec::new(),
            Rule::LoweredTarget => target_dir(Direction::Down),
            Rule::RaisedTarget => target_dir(Direction::Up),
            Rule::ChangedTarget => cmp
                .targets
                .iter()
                .filter(|t| t.status != ItemStatus::Unchanged)
                .map(describe_target)
                .collect(),
            Rule::RemovedCommitment => commitments(ItemStatus::Removed),
            Rule::AddedCommitment => commitments(ItemStatus::Added),
            Rule::RemovedListItem => cmp
                .lists
                .iter()
                .flat_map(|l| {
                    l.items
                        .iter()
                        .filter(|i| i.status == ItemStatus::Removed)
                        .map(move |i| {
                            let label = i.old_label.as_deref().unwrap_or("");
                            let text = render::truncate_chars(i.old.as_deref().unwrap_or(""), 40);
                            format!("{}: {label} {text}", l.title)
                        })
                })
                .collect(),
            Rule::RemovedFigure => render::kept_task_figure_rows(cmp)
                .into_iter()
                .filter(|r| r.change.direction == Direction::Removed)
                .map(|r| {
                    format!(
                        "{} dropped from {} [{}]",
                        render::figure(r.change.old.as_ref()),
                        render::truncate_chars(r.context, 40),
                        r.place
                    )
                })
                .collect(),
        }
    }
}

fn describe_target(t: &crate::model::diff::TargetRow) -> String {
    let side = |q: &Option<crate::model::Quantity>, text: &Option<String>| match (q, text) {
        (Some(q), _) => q.text.clone(),
        (None, Some(t)) => render::truncate_chars(t, 30),
        (None, None) => "—".to_string(),
    };
    let mut s = format!(
        "{} {} → {}",
        t.indicator,
        side(&t.old, &t.old_text),
        side(&t.new, &t.new_text)
    );
    if let Some(c) = t.change.as_ref().filter(|c| !c.summary.is_empty()) {
        s.push_str(&format!(" ({})", c.summary));
    }
    s
}

impl FromStr for Rule {
    type Err = Error;
    fn from_str(s: &str) -> Result<Rule, Error> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.name() == s.trim())
            .ok_or_else(|| {
                Error::Usage(format!(
                    "unknown --fail-on rule '{}'; rules: {}",
                    s.trim(),
                    Rule::names()
                ))
            })
    }
}

/// Parse `--fail-on` values (each may hold several comma-separated rules); duplicates dropped,
/// order kept. Empty names (`a,,b`) are ignored.
pub fn parse_rules(specs: &[String]) -> Result<Vec<Rule>, Error> {
    let mut rules = Vec::new();
    for name in specs
        .iter()
        .flat_map(|s| s.split(','))
        .filter(|s| !s.trim().is_empty())
    {
        let rule: Rule = name.parse()?;
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    Ok(rules)
}

/// A rule that fired, with what made it fire.
#[derive(Debug, Clone, PartialEq)]
pub struct Firing {
    pub rule: Rule,
    pub items: Vec<String>,
}

/// The rules that fire on `cmp`, in the order given.
pub fn evaluate(rules: &[Rule], cmp: &Comparison) -> Vec<Firing> {
    rules
        .iter()
        .map(|&rule| Firing {
            rule,
            items: rule.matches(cmp),
        })
        .filter(|f| !f.items.is_empty())
        .collect()
}

/// The result of comparing rendered output with an expected file.
#[derive(Debug, Clone, PartialEq)]
pub enum Expectation {
    Match,
    /// What differs, ready to print: a unified diff (text formats) or changed JSON paths.
    Mismatch(String),
}

/// Compare `actual` output with the `expected` file's contents.
///
/// Text formats compare line by line (CRLF read as LF) and report a unified diff, colored when
/// `color`. JSON compares values (key order and whitespace do not matter; numbers by value) and
/// reports the changed paths, e.g. `targets[0].new.value: 5 → 6`; numbers equal to 1e-9
/// (relative) are the same number.
pub fn compare_output(
    expected: &str,
    actual: &str,
    format: Format,
    label: &str,
    color: bool,
) -> Expectation {
    if format == Format::Json {
        if let (Ok(e), Ok(a)) = (
            serde_json::from_str::<Value>(expected),
            serde_json::from_str::<Value>(actual),
        ) {
            let mut paths = Vec::new();
            json_paths("", &e, &a, &mut paths);
            if paths.is_empty() {
                return Expectation::Match;
            }
            let mut out = format!(
                "JSON differs from {label} at {} path(s) (expected → actual):\n",
                paths.len()
            );
            for p in paths.iter().take(MAX_JSON_PATHS) {
                let _ = writeln!(out, "  {p}");
            }
            if paths.len() > MAX_JSON_PATHS {
                let _ = writeln!(out, "  … and {} more", paths.len() - MAX_JSON_PATHS);
            }
            return Expectation::Mismatch(out);
        }
        // Not valid JSON on one side: fall back to the text diff below.
    }
    let expected = expected.replace("\r\n", "\n");
    let actual = actual.replace("\r\n", "\n");
    if expected == actual {
        return Expectation::Match;
    }
    let diff = TextDiff::from_lines(&expected, &actual);
    let expected_header = format!("expected: {label}");
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&expected_header, "actual")
        .to_string();
    Expectation::Mismatch(if color { color_unified(&text) } else { text })
}

fn color_unified(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let (body, nl) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        let style = if body.starts_with("+++") || body.starts_with("---") {
            Style::new().bold()
        } else if body.starts_with('+') {
            Style::new().green()
        } else if body.starts_with('-') {
            Style::new().red()
        } else if body.starts_with("@@") {
            Style::new().cyan()
        } else {
            Style::new()
        };
        let _ = write!(out, "{}{nl}", body.style(style));
    }
    out
}

/// Collect the paths where two JSON values differ.
fn json_paths(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = join_key(path, k);
                match a.get(k) {
                    Some(av) => json_paths(&p, ev, av, out),
                    None => out.push(format!("{p}: {} → (absent)", short(ev))),
                }
            }
            for (k, av) in a.iter().filter(|(k, _)| !e.contains_key(*k)) {
                out.push(format!("{}: (absent) → {}", join_key(path, k), short(av)));
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                json_paths(&format!("{path}[{i}]"), ev, av, out);
            }
            for (i, ev) in e.iter().enumerate().skip(a.len()) {
                out.push(format!("{path}[{i}]: {} → (absent)", short(ev)));
            }
            for (i, av) in a.iter().enumerate().skip(e.len()) {
                out.push(format!("{path}[{i}]: (absent) → {}", short(av)));
            }
        }
        (Value::Number(e), Value::Number(a)) if same_number(e, a) => {}
        (e, a) if e == a => {}
        (e, a) => {
            let p = if path.is_empty() { "(root)" } else { path };
            out.push(format!("{p}: {} → {}", short(e), short(a)));
        }
    }
}

/// Numbers are equal when they agree to 1e-9 (relative): a score computed in another order
/// of floating-point additions differs in the last bits and is not a change.
fn same_number(e: &serde_json::Number, a: &serde_json::Number) -> bool {
    if e == a {
        return true;
    }
    match (e.as_f64(), a.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1e-12),
        _ => false,
    }
}

fn join_key(path: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (path.is_empty(), plain) {
        (true, true) => key.to_string(),
        (false, true) => format!("{path}.{key}"),
        (_, false) => format!("{path}[{}]", Value::String(key.to_string())),
    }
}

/// A value in one line, cut to 80 characters.
fn short(v: &Value) -> String {
    render::truncate_chars(&v.to_string(), 80)
}

/// Read an expected-output file; a missing file is an error that names `--update`.
pub fn read_expected(path: &Path) -> Result<String, Error> {
    let err = |message: String| Error::Output {
        path: path.to_path_buf(),
        message,
    };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(err(
                "expected output not found; create it with --update (then review it)".into(),
            ))
        }
        Err(e) => return Err(err(format!("cannot read expected output: {e}"))),
        Ok(m) if m.is_dir() => return Err(err("expected output is a directory".into())),
        Ok(_) => {}
    }
    let bytes =
        std::fs::read(path).map_err(|e| err(format!("cannot read expected output: {e}")))?;
    String::from_utf8(bytes).map_err(|_| err("expected output is not UTF-8".into()))
}

/// What [`write_atomic`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The file written (the symlink's target when the path was a symlink).
    pub path: PathBuf,
    pub bytes: usize,
    /// The file already held exactly these bytes; nothing was written.
    pub unchanged: bool,
}

/// Replace `path` with `data` atomically: a temporary file in the same folder, written,
/// synced, then renamed over the target. On any failure the old file is left as it was.
/// Refuses a symlink that points outside the folder holding it.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<Written, Error> {
    let err = |message: String| Error::Output {
        path: path.to_path_buf(),
        message,
    };
    let target = resolve_target(path).map_err(err)?;
    let existing = std::fs::metadata(&target).ok();
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(err("is a directory".into()));
    }
    if existing.is_some() && std::fs::read(&target).is_ok_and(|old| old == data) {
        return Ok(Written {
            path: target,
            bytes: data.len(),
            unchanged: true,
        });
    }
    let dir = parent_dir(&target);
    let mut tmp = tempfile::Builder::new()
        .prefix(".govdiff-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            err(format!(
                "cannot create a temporary file in {}: {e}",
                dir.display()
            ))
        })?;
    tmp.write_all(data)
        .map_err(|e| err(format!("cannot write: {e}")))?;
    let perms = match &existing {
        Some(m) => Some(m.permissions()),
        None => default_permissions(),
    };
    if let Some(p) = perms {
        tmp.as_file()
            .set_permissions(p)
            .map_err(|e| err(format!("cannot set permissions: {e}")))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| err(format!("cannot sync: {e}")))?;
    tmp.persist(&target)
        .map_err(|e| err(format!("cannot replace the file: {}", e.error)))?;
    // Make the rename durable; not every platform lets a directory be opened or synced.
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(Written {
        path: target,
        bytes: data.len(),
        unchanged: false,
    })
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The file to replace: `path` itself, or the target of a symlink that stays in the folder.
fn resolve_target(path: &Path) -> Result<PathBuf, String> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(path.to_path_buf());
    };
    if !meta.file_type().is_symlink() {
        return Ok(path.to_path_buf());
    }
    let link = std::fs::read_link(path).map_err(|e| format!("cannot read symlink: {e}"))?;
    let dir = parent_dir(path);
    let resolved = if link.is_absolute() {
        link.clone()
    } else {
        dir.join(&link)
    };
    let outside = || {
        format!(
            "refusing to write through a symlink that points outside its folder (→ {})",
            link.display()
        )
    };
    let here = std::fs::canonicalize(&dir).map_err(|e| format!("cannot resolve folder: {e}"))?;
    let there = std::fs::canonicalize(parent_dir(&resolved)).map_err(|_| outside())?;
    if here != there {
        return Err(outside());
    }
    if std::fs::symlink_metadata(&resolved).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err("refusing to write through a chain of symlinks".into());
    }
    Ok(resolved)
}

/// Run `govdiff diff`: parse both reports, render, then check (`--expect`, `--update`,
/// `--fail-on`) or print. Output goes to `out`, messages to `err`; returns the exit code.
///
/// Exit codes: without `--expect`/`--fail-on`, 1 when the change is substantive; with them,
/// 1 when the output differs from the expected file or a rule fires, else 0. Errors (bad
/// input, missing expected file, failed write, unknown rule) are returned and end with 2.
pub fn run_diff(args: &DiffArgs, out: &mut Vec<u8>, err: &mut dyn Write) -> Result<i32, Error> {
    run_diff_keeping(args, out, err).map(|(code, _)| code)
}

/// What [`run_diff_keeping`] hands back with the exit code: both parsed reports and their
/// comparison, which [`run_diff`] frees as usual.
pub struct DiffData {
    _old: Prepared,
    _new: Prepared,
    _cmp: Comparison,
}

/// [`run_diff`], handing back its large structures instead of freeing them, so that a
/// process about to exit can leave them to the operating system (`std::mem::forget`):
/// freeing tens of thousands of small allocations one by one cost about 4 M instructions
/// on the seed pair, 5% of the command. Only the `govdiff diff` binary does that.
pub fn run_diff_keeping(
    args: &DiffArgs,
    out: &mut Vec<u8>,
    err: &mut dyn Write,
) -> Result<(i32, DiffData), Error> {
    let rules = parse_rules(&args.fail_on)?;
    if args.update && args.expect.is_none() {
        return Err(Error::Usage("--update needs --expect FILE".into()));
    }
    let opts = ParseOptions::from_input(&args.input);
    let (old, new) = parse_pair_prepared(&args.old, &args.new, &opts)?;
    let cmp = crate::diff::compare_prepared(&old, &new);
    let config = Config::from_args(&args.output);
    let msg =
        |err: &mut dyn Write, line: String| writeln!(err, "govdiff: {line}").map_err(stderr_err);
    for w in &cmp.warnings {
        msg(err, w.to_string())?;
    }

    let mut code = if args.expect.is_some() || !rules.is_empty() {
        exit_codes::SAME
    } else if cmp.substantive {
        exit_codes::DIFFERENT
    } else {
        exit_codes::SAME
    };

    match &args.expect {
        None => render_to(out, &cmp, &config)?,
        Some(path) => {
            // Fixtures must not depend on the terminal: no color, width from --width only.
            let fixed = Config {
                color: false,
                width: decide_width(args.output.width, None),
                ..config
            };
            let mut actual = Vec::new();
            render_to(&mut actual, &cmp, &fixed)?;
            if args.update {
                let w = write_atomic(path, &actual)?;
                let what = if w.unchanged {
                    "is up to date"
                } else {
                    "written"
                };
                msg(
                    err,
                    format!("{}: {what} ({} bytes)", w.path.display(), w.bytes),
                )?;
            } else {
                let expected = read_expected(path)?;
                let actual = String::from_utf8_lossy(&actual);
                let label = path.display().to_string();
                match compare_output(&expected, &actual, args.output.format, &label, config.color) {
                    Expectation::Match => msg(err, format!("{label}: output matches"))?,
                    Expectation::Mismatch(report) => {
                        out.extend_from_slice(report.as_bytes());
                        msg(
                            err,
                            format!("{label}: output differs (diff on stdout); after reviewing, refresh with --update"),
                        )?;
                        code = exit_codes::DIFFERENT;
                    }
                }
            }
        }
    }

    if !rules.is_empty() {
        let fired = evaluate(&rules, &cmp);
        for f in &fired {
            msg(
                err,
                format!(
                    "--fail-on {} fired ({} item(s)):",
                    f.rule.name(),
                    f.items.len()
                ),
            )?;
            for item in f.items.iter().take(MAX_NAMED) {
                writeln!(err, "  {}", render::escape::terminal_line(item)).map_err(stderr_err)?;
            }
            if f.items.len() > MAX_NAMED {
                writeln!(err, "  … and {} more", f.items.len() - MAX_NAMED).map_err(stderr_err)?;
            }
        }
        if fired.is_empty() {
            let names: Vec<&str> = rules.iter().map(|r| r.name()).collect();
            msg(
                err,
                format!("--fail-on: no rule fired ({})", names.join(", ")),
            )?;
        } else {
            code = exit_codes::DIFFERENT;
        }
    }
    let data = DiffData {
        _old: old,
        _new: new,
        _cmp: cmp,
    };
    Ok((code, data))
}

fn render_to(out: &mut Vec<u8>, cmp: &Comparison, config: &Config) -> Result<(), Error> {
    let r = match config.format {
        Format::Json => render::json::write(out, cmp),
        Format::Term => render::term::comparison(out, cmp, config),
        Format::Md => render::markdown::comparison(out, cmp),
        Format::Csv => render::csv::comparison(out, cmp),
    };
    r.map_err(|e| Error::Output {
        path: "<output>".into(),
        message: e.to_string(),
    })
}

fn stderr_err(e: io::Error) -> Error {
    Error::Output {
        path: "<stderr>".into(),
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::diff::*;
    use crate::render::sample;

    #[test]
    fn rules_parse_with_commas_and_repeats() {
        let rules = parse_rules(&["lowered-target, any".into(), "any".into(), "".into()]).unwrap();
        assert_eq!(rules, vec![Rule::LoweredTarget, Rule::Any]);
        let e = parse_rules(&["lowered".into()]).unwrap_err().to_string();
        assert!(
            e.contains("unknown --fail-on rule 'lowered'") && e.contains("removed-list-item"),
            "{e}"
        );
    }

    #[test]
    fn every_rule_fires_on_the_sample_and_none_on_an_empty_comparison() {
        let mut cmp = sample::comparison();
        sample::add_lost_figure(&mut cmp);
        for rule in Rule::ALL {
            assert!(
                !rule.matches(&cmp).is_empty(),
                "{} should fire",
                rule.name()
            );
            assert!(
                rule.matches(&Comparison::default()).is_empty(),
                "{} should not fire",
                rule.name()
            );
        }
        assert_eq!(
            Rule::LoweredTarget.matches(&cmp),
            vec!["地区生产总值 5.5%左右 → 5%左右 (−0.5 pp)".to_string()]
        );
        assert_eq!(Rule::ChangedTarget.matches(&cmp).len(), 3);
        assert_eq!(
            Rule::RaisedTarget.matches(&cmp),
            vec!["城镇新增就业 5万人 → 5.5万人 (+10%)".to_string()]
        );
        assert_eq!(
            Rule::RemovedListItem.matches(&cmp),
            vec!["办好十件民生实事: 2. 新建公厕100座".to_string()]
        );
        assert_eq!(
            Rule::RemovedFigure.matches(&cmp),
            vec![
                "7%左右 dropped from 稳住大宗消费，社会消费品零售总额增长7%左右 [工作安排 / 内需]"
                    .to_string()
            ]
        );
    }

    #[test]
    fn raised_target_ignores_lowered_and_requalified() {
        let mut cmp = sample::comparison();
        cmp.targets.retain(|t| {
            t.change
                .as_ref()
                .is_none_or(|c| c.direction != Direction::Up)
        });
        assert!(Rule::RaisedTarget.matches(&cmp).is_empty());
        if let Some(c) = cmp.targets[0].change.as_mut() {
            c.direction = Direction::Requalified;
        }
        assert!(Rule::RaisedTarget.matches(&cmp).is_empty());
        assert!(Rule::LoweredTarget.matches(&cmp).is_empty());
        assert!(!Rule::ChangedTarget.matches(&cmp).is_empty());
    }

    #[test]
    fn json_compares_values_not_text() {
        let a = r#"{"a": 1, "b": [1, 2], "c": {"x": "y"}}"#;
        let b = "{\"c\":{\"x\":\"y\"},\"b\":[1,2.0000000000000004],\"a\":1}";
        assert_eq!(
            compare_output(a, b, Format::Json, "f", false),
            Expectation::Match
        );
        let c = r#"{"a": 2, "b": [1], "c": {"x": "y", "z\"": 1}}"#;
        let Expectation::Mismatch(m) = compare_output(a, c, Format::Json, "f", false) else {
            panic!()
        };
        assert!(m.contains("a: 1 → 2"), "{m}");
        assert!(m.contains("b[1]: 2 → (absent)"), "{m}");
        assert!(m.contains(r#"c["z\""]: (absent) → 1"#), "{m}");
    }

    #[test]
    fn json_paths_name_nested_fields() {
        let mut new = sample::comparison();
        if let Some(q) = new.targets[0].new.as_mut() {
            q.value = Some(6.0);
        }
        let e = serde_json::to_string(&sample::comparison()).unwrap();
        let a = serde_json::to_string_pretty(&new).unwrap();
        let Expectation::Mismatch(m) = compare_output(&e, &a, Format::Json, "f", false) else {
            panic!()
        };
        assert!(m.contains("targets[0].new.value: 5.0 → 6.0"), "{m}");
    }

    #[test]
    fn text_mismatch_is_a_unified_diff() {
        assert_eq!(
            compare_output("a\r\nb\n", "a\nb\n", Format::Md, "f", false),
            Expectation::Match
        );
        let Expectation::Mismatch(m) =
            compare_output("a\nb\nc\n", "a\nB\nc\n", Format::Md, "exp.md", false)
        else {
            panic!()
        };
        assert!(m.starts_with("--- expected: exp.md\n+++ actual\n@@"), "{m}");
        assert!(m.contains("\n-b\n+B\n"), "{m}");
        let Expectation::Mismatch(c) = compare_output("a\n", "b\n", Format::Term, "f", true) else {
            panic!()
        };
        assert!(c.contains('\u{1b}'));
    }

    #[test]
    fn invalid_json_falls_back_to_text_diff() {
        let Expectation::Mismatch(m) = compare_output("{", "{}\n", Format::Json, "f", false) else {
            panic!()
        };
        assert!(m.contains("+{}"), "{m}");
    }

    #[test]
    fn atomic_write_creates_replaces_and_skips_identical() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.md");
        let w = write_atomic(&path, b"one\n").unwrap();
        assert_eq!((w.bytes, w.unchanged), (4, false));
        assert_eq!(std::fs::read(&path).unwrap(), b"one\n");
        assert!(write_atomic(&path, b"one\n").unwrap().unchanged);
        write_atomic(&path, b"two\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two\n");
        // No temporary files left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomic(&dir.path().join("missing/out.md"), b"x").is_err());
        assert!(
            write_atomic(dir.path(), b"x").is_err(),
            "a directory is not replaced"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_only_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim.txt");
        std::fs::write(&victim, "keep").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let e = write_atomic(&link, b"x").unwrap_err().to_string();
        assert!(e.contains("outside"), "{e}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");

        let real = dir.path().join("real.md");
        std::fs::write(&real, "old").unwrap();
        let inside = dir.path().join("inside.md");
        std::os::unix::fs::symlink("real.md", &inside).unwrap();
        let w = write_atomic(&inside, b"new").unwrap();
        assert_eq!(w.path, dir.path().join("real.md"));
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(std::fs::symlink_metadata(&inside)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[test]
    fn missing_expected_names_update() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_expected(&dir.path().join("nope.md"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("nope.md") && e.contains("--update"), "{e}");
    }

    #[test]
    fn unchanged_targets_do_not_fire_changed_target() {
        let mut cmp = sample::comparison();
        for t in &mut cmp.targets {
            t.status = ItemStatus::Unchanged;
            t.change = None;
        }
        assert!(Rule::ChangedTarget.matches(&cmp).is_empty());
        assert!(Rule::LoweredTarget.matches(&cmp).is_empty());
    }
}
