//! Terminal output: an indented outline for `parse`, colored tables for `diff`.

use std::io::{self, Write};

use crate::config::Config;
use crate::model::{Comparison, Report};

/// The outline of one report as an indented tree with counts.
pub fn report(w: &mut dyn Write, report: &Report, config: &Config) -> io::Result<()> {
    let _ = config;
    writeln!(
        w,
        "{}: {} sections",
        report.source.name,
        report.outline.len()
    )
}

/// A comparison as tables and inline word diffs.
pub fn comparison(w: &mut dyn Write, cmp: &Comparison, config: &Config) -> io::Result<()> {
    let _ = config;
    writeln!(w, "{} → {}", cmp.old.name, cmp.new.name)
}
