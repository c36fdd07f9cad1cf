//! JSON output: the model serialized as-is (schema in `docs/schema.md`).

use std::io::{self, Write};

use serde::Serialize;

/// Write any model value as pretty JSON followed by a newline.
pub fn write<T: Serialize>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}
