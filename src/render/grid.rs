//! Terminal tables whose cells break where a Chinese reader expects.
//!
//! comfy-table lays a table out well (column widths for the terminal's width, borders,
//! color) but wraps a cell at spaces only, and a run without spaces (all of a Chinese
//! sentence) at whatever character fills the column. A [`Grid`] keeps the cells until the
//! table is written, lets comfy-table choose the column widths, breaks each cell to its
//! column with [`wrap::break_lines`], and has comfy-table draw the table at exactly those
//! widths. `diff`, `parse` and `trend` draw every table this way.

use comfy_table::{presets, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};

use super::wrap;
use crate::config::Config;

/// A table's cells, laid out only when it is written ([`Grid::render`]).
pub(crate) struct Grid {
    header: Vec<GridCell>,
    rows: Vec<Vec<GridCell>>,
}

/// One cell: its text, already escaped for the terminal, and its color when color is on.
pub(crate) struct GridCell {
    text: String,
    color: Option<Color>,
}

impl GridCell {
    /// A cell of escaped text.
    pub(crate) fn new(text: String) -> Self {
        GridCell { text, color: None }
    }

    /// The cell drawn in `color`, when color is on.
    pub(crate) fn fg(self, color: Option<Color>) -> Self {
        GridCell { color, ..self }
    }
}

impl Grid {
    /// A table with these headings.
    pub(crate) fn new(header: Vec<GridCell>) -> Self {
        Grid {
            header,
            rows: Vec::new(),
        }
    }

    pub(crate) fn add_row(&mut self, row: Vec<GridCell>) {
        self.rows.push(row);
    }

    /// The table at the configured width. comfy-table chooses the column widths; each cell
    /// is then broken to its column and the table drawn again at exactly those widths.
    pub(crate) fn render(&self, config: &Config) -> String {
        let probe = self.table(config, None).to_string();
        match column_widths(&probe) {
            Some(widths) if widths.len() == self.header.len() => {
                self.table(config, Some(&widths)).to_string()
            }
            _ => probe,
        }
    }

    /// The comfy-table, its cells broken to `widths` (padding included) when given; the
    /// probe drawn without widths is never colored, so its border can be read.
    fn table(&self, config: &Config, widths: Option<&[u16]>) -> Table {
        let color = config.color && widths.is_some();
        let mut t = Table::new();
        t.load_preset(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(u16::try_from(config.width).unwrap_or(u16::MAX));
        if color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        let lay = |row: &[GridCell]| -> Vec<Cell> {
            row.iter()
                .enumerate()
                .map(|(i, c)| {
                    let text = match widths.and_then(|w| w.get(i)) {
                        Some(&w) => {
                            wrap::break_lines(&c.text, usize::from(w.saturating_sub(2))).join("\n")
                        }
                        None => c.text.clone(),
                    };
                    match c.color {
                        Some(fg) if color => Cell::new(text).fg(fg),
                        _ => Cell::new(text),
                    }
                })
                .collect()
        };
        t.set_header(lay(&self.header));
        for row in &self.rows {
            t.add_row(lay(row));
        }
        if let Some(widths) = widths {
            t.set_constraints(
                widths
                    .iter()
                    .map(|&w| ColumnConstraint::Absolute(Width::Fixed(w))),
            );
        }
        t
    }
}

/// The widths comfy-table gave the columns of a drawn table (padding included), read off its
/// top border (`┌───┬──┐`), or `None` if it has no such border.
fn column_widths(drawn: &str) -> Option<Vec<u16>> {
    let top = drawn.lines().next()?.trim_end();
    let inner = top.strip_prefix('┌')?.strip_suffix('┐')?;
    inner
        .split('┬')
        .map(|run| u16::try_from(run.chars().count()).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Format;

    #[test]
    fn widths_are_read_off_the_top_border() {
        assert_eq!(column_widths("┌──┬────┐\n│"), Some(vec![2, 4]));
        assert_eq!(column_widths("no border"), None);
    }

    #[test]
    fn cells_break_at_their_column_and_keep_the_widths() {
        let item = "高度关注青少年心理健康问题，推进全市644所中小学学生心理健康测评全覆盖";
        let mut grid = Grid::new(vec![
            GridCell::new("#".into()),
            GridCell::new("item".into()),
        ]);
        grid.add_row(vec![
            GridCell::new("五是".into()),
            GridCell::new(item.into()),
        ]);
        let mut config = Config::plain(Format::Term);
        let mut probes_cut = 0;
        for width in 24..60 {
            config.width = width;
            let drawn = grid.render(&config);
            let probe = grid.table(&config, None).to_string();
            // Same columns as comfy-table chose …
            assert_eq!(column_widths(&drawn), column_widths(&probe));
            // … but the figure is whole on one line, and no line opens with a stop.
            assert!(drawn.contains("644所"), "{drawn}");
            assert!(!drawn.contains("┆ ，"), "{drawn}");
            let cell = |t: &str| -> String {
                t.lines()
                    .skip(3)
                    .filter_map(|l| l.split('┆').nth(1))
                    .map(|c| c.trim_end_matches('│').trim())
                    .collect()
            };
            assert_eq!(cell(&drawn), item, "{drawn}");
            probes_cut += usize::from(!probe.contains("644") || probe.contains("┆ ，"));
        }
        // comfy-table alone gets some of these widths wrong.
        assert!(probes_cut > 0);
    }
}
