//! Markdown: a change summary an editor can paste into an article.

use std::io::{self, Write};

use crate::model::Comparison;

/// A comparison as Markdown.
pub fn comparison(w: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    writeln!(w, "# {} → {}", cmp.old.name, cmp.new.name)
}
