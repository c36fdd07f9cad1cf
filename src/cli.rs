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
}

#[derive(clap::Args, Debug)]
pub struct ParseArgs {
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Term)]
    pub format: Format,
    /// Analyse the N-th document on the page (0-based) instead of the government work report.
    #[arg(long, value_name = "N")]
    pub document: Option<usize>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[arg(long)]
    pub width: Option<usize>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    pub old: PathBuf,
    pub new: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Term)]
    pub format: Format,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Output width (default: the terminal's, or 100; with --expect: 100).
    #[arg(long)]
    pub width: Option<usize>,
    /// Check mode: compare the output (color off) with FILE instead of printing it. Exit 0
    /// when it matches, 1 with a diff on stdout when it differs, 2 when FILE is missing.
    #[arg(long, value_name = "FILE")]
    pub expect: Option<PathBuf>,
    /// With --expect: write the current output to FILE (atomically) instead of comparing.
    #[arg(long, requires = "expect")]
    pub update: bool,
    /// Exit 1 when one of these rules fires (comma-separated, repeatable): any,
    /// lowered-target, raised-target, changed-target, removed-commitment, added-commitment,
    /// removed-list-item. See docs/ci.md.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub fail_on: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Term,
    Md,
    Json,
    Csv,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
