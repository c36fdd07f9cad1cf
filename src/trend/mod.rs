//! `govdiff trend FILE…`: many years at once (多年趋势).
//!
//! Where `diff` compares two reports, `trend` lines up any number of them by year and follows
//! three things through time: each 主要预期目标 indicator ([`targets`]), commitments that recur
//! year after year ([`chains`]), and terms that came or went ([`terms`]). [`trend`] is the pure
//! computation; [`run`] reads the files, labels them with years and renders the result.

pub mod chains;
pub mod render;
pub mod targets;
pub mod terms;

use std::io::Write;
use std::path::PathBuf;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cli::{Format, InputArgs, OutputArgs};
use crate::config::Config;
use crate::error::Error;
use crate::exit_codes;
use crate::model::{Report, SCHEMA_VERSION};
use crate::pipeline::{parse_file, ParseOptions};

pub use chains::{ChainLink, CommitmentChain, QuantityMove, YearPairs};
pub use targets::{StepChange, TargetSeries};
pub use terms::{TermSeries, TermStatus};

/// `govdiff trend FILE…`: reports of several years, in any order.
#[derive(clap::Args, Debug)]
pub struct TrendArgs {
    /// The reports, one per year, in any order.
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// The year of each file, comma-separated in the order of the files (default: detected
    /// from each report's text).
    #[arg(long, value_delimiter = ',', value_name = "YEAR,…")]
    pub years: Vec<i32>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Which file each year came from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct YearSource {
    pub year: i32,
    /// File name (no directories).
    pub name: String,
    /// The place the report is of (地区), as the diff's `ReportRef::place` reads it; absent
    /// when its dateline and title name none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The kind of the document read from the file (`government_work_report`, or the one
    /// `--kind` chose); absent when the file held none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::model::DocumentKind>,
}

impl Trend {
    /// The kind every file's document is of; `None` when none is known or they differ (a
    /// warning says so).
    pub fn kind(&self) -> Option<crate::model::DocumentKind> {
        agreed(self.files.iter().filter_map(|f| f.kind))
    }

    /// The place every report whose place is known is of; `None` when none is known or they
    /// differ (a warning says so).
    pub fn place(&self) -> Option<&str> {
        agreed(self.files.iter().filter_map(|f| f.place.as_deref()))
    }
}

/// The value every item of `known` shares; `None` when there is none or they differ.
fn agreed<T: PartialEq>(mut known: impl Iterator<Item = T>) -> Option<T> {
    let first = known.next()?;
    known.all(|k| k == first).then_some(first)
}

/// Everything `govdiff trend` found; serialized as-is by `--format json` (`docs/trend.md`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Trend {
    pub schema_version: u32,
    /// The years, ascending; every per-year array below runs parallel to it.
    pub years: Vec<i32>,
    /// The file each year came from.
    pub files: Vec<YearSource>,
    pub targets: Vec<TargetSeries>,
    /// Commitments seen in two or more years, longest chains first.
    pub commitments: Vec<CommitmentChain>,
    pub terms: Vec<TermSeries>,
    /// What is odd about the reports ([`crate::model::Warning`]); absent from the JSON when
    /// nothing is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::model::Warning>,
}

/// Follow targets, commitments and terms through the reports. `years[i]` labels `reports[i]`;
/// the order of the input does not matter (the result runs by ascending year). Extra entries
/// of the longer slice are ignored.
pub fn trend(reports: &[Report], years: &[i32]) -> Trend {
    let n = reports.len().min(years.len());
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (years[i], i));
    let sorted: Vec<&Report> = order.iter().map(|&i| &reports[i]).collect();
    let ys: Vec<i32> = order.iter().map(|&i| years[i]).collect();

    // Consecutive years first, then pairs one year apart to bridge a year that skipped a task.
    let mut steps: Vec<(usize, usize)> = (1..n).map(|i| (i - 1, i)).collect();
    steps.extend((2..n).map(|i| (i - 2, i)));
    let links: Vec<YearPairs> = steps
        .par_iter()
        .map(|&(from, to)| YearPairs {
            from,
            to,
            pairs: crate::align::align(sorted[from], sorted[to]).commitments,
        })
        .collect();

    Trend {
        schema_version: SCHEMA_VERSION,
        files: sorted
            .iter()
            .zip(&ys)
            .map(|(r, &year)| YearSource {
                year,
                name: r.source.name.clone(),
                place: r.place.clone(),
                kind: r.documents.get(r.selected).map(|d| d.kind),
            })
            .collect(),
        targets: targets::target_series(&sorted, &ys),
        commitments: chains::chains(&sorted, &ys, &links),
        terms: terms::term_series(&sorted, &ys),
        years: ys,
        warnings: crate::warnings::set_warnings(reports),
    }
}

/// Label each report with its year: `--years` when given, else the year detected in its text.
/// Two reports of one year are an error naming both files.
pub fn label_years(
    files: &[PathBuf],
    reports: &[Report],
    given: &[i32],
) -> Result<Vec<i32>, Error> {
    if !given.is_empty() && given.len() != files.len() {
        return Err(Error::Usage(format!(
            "--years has {} years for {} files; give one year per file, in the order of the files",
            given.len(),
            files.len()
        )));
    }
    let mut years = Vec::with_capacity(files.len());
    for (i, (path, report)) in files.iter().zip(reports).enumerate() {
        let year = match given.get(i).copied().or(report.year) {
            Some(y) => y,
            None => {
                return Err(Error::Usage(format!(
                    "{}: cannot tell which year this report is for; label the files with --years",
                    path.display()
                )))
            }
        };
        if let Some(j) = years.iter().position(|&y| y == year) {
            let how = if given.is_empty() {
                "; label them with --years"
            } else {
                " (--years)"
            };
            return Err(Error::Usage(format!(
                "{} and {} are both reports for {year}{how}",
                files[j].display(),
                path.display()
            )));
        }
        years.push(year);
    }
    Ok(years)
}

/// Read the files, label their years, compute the trend and render it. Returns the exit code
/// (0; errors become exit code 2 through [`Error`]).
pub fn run(args: &TrendArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, Error> {
    if args.files.len() < 2 {
        return Err(Error::Usage("trend needs at least two reports".into()));
    }
    let opts = ParseOptions::from_input(&args.input);
    let reports: Vec<Report> = args
        .files
        .par_iter()
        .map(|f| parse_file(f, &opts))
        .collect::<Result<Vec<_>, Error>>()?;
    let years = label_years(&args.files, &reports, &args.years)?;
    let result = trend(&reports, &years);
    for w in &result.warnings {
        writeln!(err, "govdiff: {w}").map_err(|e| Error::Output {
            path: "<stderr>".into(),
            message: e.to_string(),
        })?;
    }
    let config = Config::from_args(&args.output);
    let io_err = |e: std::io::Error| Error::Output {
        path: "<stdout>".into(),
        message: e.to_string(),
    };
    match config.format {
        Format::Json => render::json(out, &result),
        Format::Csv => render::csv(out, &result),
        Format::Md => render::markdown(out, &result),
        Format::Term => render::term(out, &result, &config),
    }
    .map_err(io_err)?;
    Ok(exit_codes::SAME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trend::targets::tests::{pct, target};

    fn report(name: &str, year: Option<i32>, gdp: &str, v: f64, q: &str) -> Report {
        Report {
            year,
            source: crate::model::SourceInfo {
                name: name.into(),
                ..Default::default()
            },
            targets: vec![target(
                "国内生产总值",
                "gdp",
                &format!("国内生产总值增长{gdp}"),
                Some(pct(gdp, v, q)),
            )],
            ..Default::default()
        }
    }

    #[test]
    fn sorts_by_year_whatever_the_input_order() {
        let rs = vec![
            report("c.txt", Some(2023), "5%左右", 5.0, "左右"),
            report("a.txt", Some(2021), "6%以上", 6.0, "以上"),
            report("b.txt", Some(2022), "5.5%左右", 5.5, "左右"),
        ];
        let t = trend(&rs, &[2023, 2021, 2022]);
        assert_eq!(t.years, vec![2021, 2022, 2023]);
        assert_eq!(t.files[0].name, "a.txt");
        let texts: Vec<_> = t.targets[0]
            .values
            .iter()
            .map(|q| q.as_ref().map(|q| q.text.clone()))
            .collect();
        assert_eq!(
            texts,
            vec![
                Some("6%以上".into()),
                Some("5.5%左右".into()),
                Some("5%左右".into())
            ]
        );
        assert_eq!(t.targets[0].changes.len(), 2);
        assert!(trend(&rs, &[]).years.is_empty());
    }

    #[test]
    fn flags_parse_as_documented() {
        use clap::Parser;
        #[derive(Parser, Debug)]
        struct Wrapper {
            #[command(flatten)]
            args: TrendArgs,
        }
        let w = Wrapper::try_parse_from([
            "trend",
            "b.txt",
            "a.txt",
            "--years",
            "2022,2021",
            "--format",
            "csv",
        ])
        .expect("valid flags");
        assert_eq!(
            w.args.files,
            vec![PathBuf::from("b.txt"), PathBuf::from("a.txt")]
        );
        assert_eq!(w.args.years, vec![2022, 2021]);
        assert_eq!(w.args.output.format, Format::Csv);
        assert!(Wrapper::try_parse_from(["trend", "only-one.txt"]).is_err());
        assert!(Wrapper::try_parse_from(["trend", "a", "b", "--years", "2021,x"]).is_err());
    }

    #[test]
    fn labels_years_and_refuses_duplicates() {
        let files: Vec<PathBuf> = vec!["x/a.txt".into(), "x/b.txt".into()];
        let rs = vec![
            report("a.txt", Some(2024), "5%", 5.0, ""),
            report("b.txt", Some(2024), "5%", 5.0, ""),
        ];
        let err = label_years(&files, &rs, &[]).unwrap_err().to_string();
        assert!(
            err.contains("x/a.txt") && err.contains("x/b.txt") && err.contains("2024"),
            "{err}"
        );
        assert_eq!(
            label_years(&files, &rs, &[2024, 2025]).ok(),
            Some(vec![2024, 2025])
        );
        assert!(label_years(&files, &rs, &[2024]).is_err());
        assert!(label_years(&files, &rs, &[2024, 2024]).is_err());
        let unknown = vec![
            report("a.txt", None, "5%", 5.0, ""),
            report("b.txt", Some(2024), "5%", 5.0, ""),
        ];
        let err = label_years(&files, &unknown, &[]).unwrap_err().to_string();
        assert!(err.contains("x/a.txt") && err.contains("--years"), "{err}");
    }
}
