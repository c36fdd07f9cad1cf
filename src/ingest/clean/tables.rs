//! Tables (表格) read row by row: a Markdown table, and an HTML table of data as opposed to
//! the layout tables government sites set whole articles in. A row becomes one clause ending
//! on ；, so a table of targets (地区生产总值 | 增长5%左右) reads as a list written one target
//! per line; header rows go, once they have said which column holds the year's plan (a table
//! setting it before the outturn has that column written last, where a table by year has it
//! and the targets reader looks). Each mark the cleaner writes stands where a pipe or a tag
//! stood.

use super::Ch;

/// An HTML table of data (a table of targets: 地区生产总值 | 增长5%左右), as opposed to the
/// layout tables government sites set whole articles in. Its rows become clauses, as a
/// Markdown table's do ([`table_row`]): two cells run together, more are parted by "，", the
/// row ends on "；" (written where `</tr>` stood), a header row of `<th>` cells goes.
pub(super) struct DataTable {
    /// The current row's cells so far: the offset of each `<td>`/`<th>` and its text.
    row: Vec<(usize, Vec<Ch>)>,
    /// How many of them were `<th>`.
    header_cells: usize,
    /// Where in the output the open cell's text begins (it moves into `row` as it closes).
    cell_start: Option<usize>,
    /// Nothing of the current cell written yet: its leading whitespace goes.
    pub(super) at_cell_start: bool,
    /// Where in the output the last row written ends (its "；").
    last_row_end: Option<usize>,
    /// The column the header row names the plan in, when it is not the last
    /// ([`planned_column`]): each row's cell of it is written last.
    plan_col: Option<usize>,
}

impl DataTable {
    /// Longest cell (in source bytes, markup included) of a data table.
    const MAX_CELL_BYTES: usize = 400;
    /// Longest data table, in source bytes (some 150 rows of short cells).
    const MAX_TABLE_BYTES: usize = 64 * 1024;

    /// The data table opening at `start` (a `<table` tag), if it is one: no table inside it,
    /// no paragraph, line break, list or heading markup, at least two rows, and every cell
    /// short.
    pub(super) fn at(source: &str, start: usize) -> Option<DataTable> {
        // A data table is short: its end is looked for within a bounded window, so a page of
        // many layout tables costs no more than a pass over each window.
        let mut window = (start + Self::MAX_TABLE_BYTES).min(source.len());
        while !source.is_char_boundary(window) {
            window -= 1;
        }
        let rest = &source[start..window];
        let end = rest.match_indices("</").map(|(k, _)| k).find(|&k| {
            rest.as_bytes()
                .get(k + 2..k + 7)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"table"))
        })?;
        let region = rest[..end].to_ascii_lowercase();
        let inner = &region[1..];
        let layout = [
            "<table", "<p", "<div", "<br", "<li", "<h1", "<h2", "<h3", "<h4",
        ];
        if layout.iter().any(|tag| {
            inner.match_indices(tag).any(|(k, _)| {
                inner[k + tag.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '>' || c == '/' || c.is_whitespace())
            })
        }) {
            return None;
        }
        if region.matches("<tr").count() < 2 {
            return None;
        }
        let cells_short = region
            .split("<td")
            .flat_map(|s| s.split("<th"))
            .skip(1)
            .all(|cell| cell.len() <= Self::MAX_CELL_BYTES);
        cells_short.then_some(DataTable {
            row: Vec::new(),
            header_cells: 0,
            cell_start: None,
            at_cell_start: true,
            last_row_end: None,
            plan_col: None,
        })
    }

    /// Move the open cell's text from the output into the row.
    fn close_cell(&mut self, out: &mut Vec<Ch>) {
        if let Some(start) = self.cell_start.take() {
            let text = trim_cell(&out[start.min(out.len())..]);
            out.truncate(start.min(out.len()));
            if let Some(cell) = self.row.last_mut() {
                cell.1 = text;
            }
        }
    }

    /// Handle a tag inside the table; `true` when it needs no line break of its own.
    pub(super) fn tag(&mut self, closing: bool, name: &str, at: usize, out: &mut Vec<Ch>) -> bool {
        match (closing, name) {
            (false, "tr") => {
                self.close_cell(out);
                out.push(Ch { c: '\n', off: at });
                self.row.clear();
                self.header_cells = 0;
                self.at_cell_start = true;
                true
            }
            (false, "td" | "th") => {
                self.close_cell(out);
                self.row.push((at, Vec::new()));
                self.header_cells += usize::from(name == "th");
                self.cell_start = Some(out.len());
                self.at_cell_start = true;
                true
            }
            (true, "td" | "th") => {
                self.close_cell(out);
                true
            }
            (true, "tr") => {
                self.close_cell(out);
                // A header row of <th> cells goes, telling which column holds the plan.
                if self.header_cells >= self.row.len() {
                    self.plan_col = planned_column(&self.row);
                } else {
                    plan_last(&mut self.row, self.plan_col);
                    if let Some(row) = row_clause(&self.row, at) {
                        out.extend(row);
                        self.last_row_end = Some(out.len() - 1);
                    }
                }
                self.row.clear();
                self.header_cells = 0;
                out.push(Ch { c: '\n', off: at });
                self.at_cell_start = true;
                true
            }
            _ => false,
        }
    }
}

impl DataTable {
    /// The table closes: its last row ends on "。" (the list it reads as ends there; text
    /// after the table is no part of that row).
    pub(super) fn finish(&self, out: &mut [Ch]) {
        if let Some(ch) = self.last_row_end.and_then(|k| out.get_mut(k)) {
            end_list(ch);
        }
    }
}

/// Write a table's last row end ("；") as the end of the list ("。").
fn end_list(ch: &mut Ch) {
    if ch.c == '；' {
        ch.c = '。';
    }
}

/// A line of a Markdown table.
pub(super) enum TableRow {
    /// `|---|:---:|`: ends the header row above it.
    Separator,
    /// A row's cells as one clause: "| 地区生产总值 | 增长5%左右 |" → "地区生产总值增长5%左右；",
    /// so that a table of targets reads as a list written one target per line. Two cells are
    /// run together (indicator and figure); more are parted by "，". The marks stand where
    /// the pipes stood in the source.
    Cells(Vec<Ch>),
}

/// The Markdown table row `line` is, if it is one: it opens and closes with `|` and has at
/// least two cells. `plan_col` is the column the table's header names the plan in when it
/// is not the last ([`planned_column`]): its cell is written last.
pub(super) fn table_row(line: &[Ch], plan_col: Option<usize>) -> Option<TableRow> {
    let (first, last) = (line.first()?, line.last()?);
    if line.len() < 3 || first.c != '|' || last.c != '|' {
        return None;
    }
    let inner = &line[1..line.len() - 1];
    if inner
        .iter()
        .all(|c| matches!(c.c, '-' | ':' | '|' | ' ' | '—' | '－'))
    {
        return inner
            .iter()
            .any(|c| c.c == '|')
            .then_some(TableRow::Separator);
    }
    let mut cells = row_cells(line)?;
    plan_last(&mut cells, plan_col);
    row_clause(&cells, last.off).map(TableRow::Cells)
}

/// The cells of the Markdown table row `line` (opening and closing with `|`), each with the
/// offset of the pipe before it, trimmed; `None` for fewer than two.
pub(super) fn row_cells(line: &[Ch]) -> Option<Vec<(usize, Vec<Ch>)>> {
    let (first, last) = (line.first()?, line.last()?);
    if line.len() < 3 || first.c != '|' || last.c != '|' {
        return None;
    }
    let inner = &line[1..line.len() - 1];
    // Each cell with the pipe before it.
    let mut cells: Vec<(usize, Vec<Ch>)> = Vec::new();
    let mut mark = first.off;
    let mut text: Vec<Ch> = Vec::new();
    for c in inner {
        if c.c == '|' {
            cells.push((mark, trim_cell(&text)));
            (mark, text) = (c.off, Vec::new());
        } else {
            text.push(*c);
        }
    }
    cells.push((mark, trim_cell(&text)));
    (cells.len() >= 2).then_some(cells)
}

/// The column a table's header row names the year's plan in (指标 | 2026年目标 | 2025年完成:
/// 1), when it is not the last: the one cell naming a target, plan or expectation and no
/// outturn. A table of targets runs by year, the planned year last, and the targets reader
/// takes a row's last figure; a table set the other way round has that column written last.
pub(super) fn planned_column(header: &[(usize, Vec<Ch>)]) -> Option<usize> {
    const PLAN: &[&str] = &["目标", "预期", "计划"];
    const OUTTURN: &[&str] = &["完成", "实际", "执行", "上年"];
    let texts: Vec<String> = header
        .iter()
        .map(|(_, cell)| cell.iter().map(|c| c.c).collect())
        .collect();
    let names_plan =
        |t: &String| PLAN.iter().any(|w| t.contains(w)) && !OUTTURN.iter().any(|w| t.contains(w));
    let mut planned = texts.iter().enumerate().filter(|(_, t)| names_plan(t));
    let (col, _) = planned.next()?;
    let last = texts.iter().rposition(|t| !t.is_empty())?;
    (planned.next().is_none() && col > 0 && col < last).then_some(col)
}

/// Write the cell of column `plan_col` last in the row.
fn plan_last(cells: &mut Vec<(usize, Vec<Ch>)>, plan_col: Option<usize>) {
    if let Some(col) = plan_col.filter(|&c| c + 1 < cells.len()) {
        let cell = cells.remove(col);
        cells.push(cell);
    }
}

/// `cell` without its leading and trailing whitespace.
fn trim_cell(cell: &[Ch]) -> Vec<Ch> {
    let start = cell.iter().position(|c| !c.c.is_whitespace());
    let end = cell.iter().rposition(|c| !c.c.is_whitespace());
    match (start, end) {
        (Some(s), Some(e)) => cell[s..=e].to_vec(),
        _ => Vec::new(),
    }
}

/// A table row as one clause, for a Markdown table ([`table_row`]) and an HTML data table
/// ([`DataTable`]) alike: two cells run together (indicator and figure), more are parted by
/// "，" written where the mark before each cell stood (`cells`: that mark's source offset,
/// and the cell's text), and the row ends on "；" written at `end`. `None` when every cell
/// is empty.
///
/// A first cell that is only a row number (序号: 1, 2., 3、) labels the row as a list item
/// ("| 1 | 新建学校10所 |" → "1．新建学校10所；"), so a table of 民生实事 reads as a list
/// written one item a line; it is not run into the text ("1新建…").
fn row_clause(cells: &[(usize, Vec<Ch>)], end: usize) -> Option<Vec<Ch>> {
    let mut row: Vec<Ch> = Vec::new();
    let filled: Vec<&(usize, Vec<Ch>)> = cells.iter().filter(|(_, t)| !t.is_empty()).collect();
    let numbered = filled.len() >= 2 && is_row_number(&filled[0].1);
    for (k, (mark, text)) in filled.iter().enumerate() {
        if numbered && k == 0 {
            row.extend(
                text.iter()
                    .filter(|c| c.c.is_ascii_digit() || is_wide_digit(c.c)),
            );
            let off = filled[1].0;
            row.push(Ch { c: '．', off });
            continue;
        }
        if !(row.is_empty() || numbered && k == 1) && cells.len() > 2 {
            row.push(Ch {
                c: '，',
                off: *mark,
            });
        }
        row.extend_from_slice(text);
    }
    if row.is_empty() {
        return None;
    }
    row.push(Ch { c: '；', off: end });
    Some(row)
}

fn is_wide_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// A cell holding only a row number: 1 to 3 digits, a dot or 、 after them at most.
fn is_row_number(cell: &[Ch]) -> bool {
    let digits = cell
        .iter()
        .take_while(|c| c.c.is_ascii_digit() || is_wide_digit(c.c))
        .count();
    (1..=3).contains(&digits)
        && cell[digits..]
            .iter()
            .all(|c| matches!(c.c, '.' | '．' | '、'))
        && cell.len() <= digits + 1
}
