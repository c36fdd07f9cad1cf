//! Command-line definitions only (clap). Decisions are made in `config`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "govdiff",
    version,
    about = "Compare Chinese government work reports year over year"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read one report and show its documents, outline, commitments, targets and quantities.
    Parse(ParseArgs),
    /// Compare last year's report (OLD) with this year's (NEW).
    Diff(DiffArgs),
    /// Follow targets, commitments and terms across several years' reports (any order).
    Trend(crate::trend::TrendArgs),
}

/// Options shared by every command that reads reports.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Refuse input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::pipeline::DEFAULT_MAX_SIZE)]
    pub max_size: u64,
    /// On a page that holds several documents (a news page, a plan report bound with a
    /// proposal report), read the one of this kind. Without it: the government work report,
    /// else the longest document. Exit 2 when a page has none of the kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
}

/// A kind of document to read (`--kind`); the JSON names (`plan_report`) work too.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindArg {
    /// 政府工作报告, the government work report.
    #[value(name = "gov", alias = "government_work_report")]
    Gov,
    /// 国民经济和社会发展计划报告, the plan report.
    #[value(name = "plan", alias = "plan_report")]
    Plan,
    /// 政协常委会工作报告, the CPPCC standing committee's report.
    #[value(name = "cppcc", alias = "cppcc_report")]
    Cppcc,
    /// 提案工作情况报告, the CPPCC's report on proposals.
    #[value(name = "proposals", alias = "proposal_report")]
    Proposals,
    /// 预算报告, the budget report.
    #[value(name = "budget", alias = "budget_report")]
    Budget,
}

/// How output looks; shared by every command.
#[derive(clap::Args, Debug, Clone)]
pub struct OutputArgs {
    /// Output format: term (tables for reading), md (Markdown to paste into an article), json
    /// (the documented schema), csv (for spreadsheets: diff, the changed figures of the pair
    /// or the batch; trend, the target series).
    #[arg(long, value_enum, default_value_t = Format::Term)]
    pub format: Format,
    /// Color terminal output: auto (when stdout is a terminal and NO_COLOR is unset).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Output width in columns (default: the terminal's, or 100; with diff --expect: 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
    /// Language of the terminal output (--format term): en, or zh for Chinese headings,
    /// labels and change descriptions as in the Markdown.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
}

#[derive(clap::Args, Debug)]
pub struct ParseArgs {
    /// The report: a text file in UTF-8, UTF-16, GB18030 or Big5 (a page saved from the web is fine).
    pub file: PathBuf,
    /// Analyse the N-th document on the page (0-based, as listed under Documents) instead of
    /// the government work report.
    #[arg(long, value_name = "N", conflicts_with = "kind")]
    pub document: Option<usize>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// Last year's report, or a folder of them (NEW is then a folder too: files are paired by
    /// name and compared in parallel).
    #[arg(
        required_unless_present = "pairs",
        default_value = ".",
        hide_default_value = true
    )]
    pub old: PathBuf,
    /// This year's report, or a folder of them.
    #[arg(
        required_unless_present = "pairs",
        default_value = ".",
        hide_default_value = true
    )]
    pub new: PathBuf,
    /// Compare many pairs in one run: LIST has one `OLD NEW` pair a line (tab-separated when
    /// a path has spaces; `#` comments; relative paths from LIST's folder). Output keeps the
    /// list's order; the exit code is the largest of the pairs'.
    #[arg(long, value_name = "LIST", conflicts_with_all = ["old", "new"])]
    pub pairs: Option<PathBuf>,
    /// Worker threads for --pairs and folders (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Check mode: compare the output (color off) with FILE instead of printing it. Exit 0
    /// when it matches, 1 with a diff on stdout when it differs, 2 when FILE is missing.
    #[arg(long, value_name = "FILE")]
    pub expect: Option<PathBuf>,
    /// With --expect: write the current output to FILE (atomically) instead of comparing.
    #[arg(long, requires = "expect")]
    pub update: bool,
    /// Exit 1 when one of these rules fires (comma-separated, repeatable): any,
    /// lowered-target, raised-target, changed-target, removed-commitment, added-commitment,
    /// removed-list-item, removed-figure. See docs/ci.md.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub fail_on: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

/// The language of the terminal output (`--lang`).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// English labels (the default), Chinese report text.
    #[default]
    En,
    /// Chinese labels and change descriptions, as the Markdown has them.
    Zh,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Term,
    Md,
    Json,
    Csv,
}

impl Format {
    /// The name as given on the command line (`--format md`), for messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Term => "term",
            Format::Md => "md",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
