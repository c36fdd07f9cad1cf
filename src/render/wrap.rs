//! Line breaking for terminal table cells, the way a Chinese typesetter breaks a line.
//!
//! comfy-table wraps a cell at spaces, and a run without spaces (all of a Chinese sentence)
//! at whatever character fills the column: a cell line could open with 。 or ，, and a figure
//! could be cut in two (64 / 4所, 2. / 96万亩), which a reader of a table of targets must never
//! see. [`break_lines`] breaks where a typesetter would: between any two Chinese characters
//! and at spaces, but never before a closing mark (行首禁则: 。，、；：？！）」”》… and their
//! half-width kin) nor after an opening one (行尾禁则: （「“《…), and never inside a figure
//! or a Latin word (digits, letters, the point, the percent sign, a sign before a digit).
//! A figure wider than the column by itself is broken between its number, its unit and its
//! bound (1100万人 / 以上); any other piece wider than the column (a very long Latin word)
//! is still cut at characters, as it must be.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// May not open a line (行首禁则): closing marks and the sentence's stops.
const NO_START: &[char] = &[
    '。', '，', '、', '；', '：', '？', '！', '）', '」', '』', '”', '’', '》', '〉', '】', '〕',
    '…', '—', '·', '％', '%', ',', '.', ';', ':', '?', '!', ')', ']', '}',
];

/// May not close a line (行尾禁则): opening marks.
const NO_END: &[char] = &[
    '（', '「', '『', '“', '‘', '《', '〈', '【', '〔', '(', '[', '{',
];

/// Part of a figure or a Latin word, which is never broken.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '.' | '．' | '%' | '％')
}

/// A sign that belongs to the figure after it (+1 pp, −17.8%).
fn is_sign(c: char) -> bool {
    matches!(c, '+' | '-' | '−' | '＋' | '－')
}

/// Where the parts of a figure whose digits end at `i` end: its magnitude and unit, then its
/// bound, go with it (2.96万亩, 644所, 3.6万亩以上, 5%左右); a figure wider than a whole
/// line is broken between these parts first (1100万人 / 以上).
fn figure_parts(chars: &[char], mut i: usize) -> Vec<usize> {
    const BOUNDS: [&str; 6] = ["左右", "以上", "以下", "以内", "以外", "以来"];
    let is_han = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    let bound_at = |i: usize| {
        BOUNDS
            .iter()
            .any(|b| b.chars().eq(chars.iter().skip(i).take(2).copied()))
    };
    let mut ends = vec![i];
    if chars.get(i).is_some_and(|c| "万亿千百".contains(*c)) {
        i += 1;
    }
    if !bound_at(i) && chars.get(i).is_some_and(is_han) {
        i += 1;
    }
    if i > ends[0] {
        ends.push(i);
    }
    if bound_at(i) {
        ends.push(i + 2);
    }
    ends
}

/// One piece a line may not be broken inside: one part, or a figure's parts
/// ([`figure_parts`]), broken between only when the figure is wider than a line.
type Piece = Vec<String>;

/// Cuts one line of text into runs (the text between spaces), each of the pieces a line may
/// break between.
fn runs(line: &str) -> Vec<Vec<Piece>> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<Vec<Piece>> = Vec::new();
    let mut run: Vec<Piece> = Vec::new();
    // Opening marks waiting for the piece they open.
    let mut opening = String::new();
    // A closing mark goes at the end of the run's last piece.
    fn close(run: &mut Vec<Piece>, mark: String) {
        match run.last_mut().and_then(|parts| parts.last_mut()) {
            Some(last) => last.push_str(&mark),
            None => run.push(vec![mark]),
        }
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if !opening.is_empty() {
                run.push(vec![std::mem::take(&mut opening)]);
            }
            if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
            continue;
        }
        let starts_word =
            is_word_char(c) || (is_sign(c) && chars.get(i + 1).is_some_and(|&d| is_word_char(d)));
        let mut parts: Piece = if starts_word {
            let start = i;
            i += 1;
            while i < chars.len() && is_word_char(chars[i]) {
                i += 1;
            }
            let ends = if chars[start..i]
                .iter()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            {
                figure_parts(&chars, i)
            } else {
                vec![i]
            };
            let mut from = start;
            let parts = ends
                .iter()
                .map(|&end| {
                    let part = chars[from..end].iter().collect();
                    from = end;
                    part
                })
                .collect();
            i = from;
            parts
        } else {
            i += 1;
            vec![c.to_string()]
        };
        let closing = parts.len() == 1 && parts[0].chars().all(|c| NO_START.contains(&c));
        if NO_END.contains(&c) && !starts_word {
            opening.push(c);
        } else if closing && opening.is_empty() {
            close(&mut run, parts.remove(0));
        } else {
            parts[0].insert_str(0, &std::mem::take(&mut opening));
            run.push(parts);
        }
    }
    if !opening.is_empty() {
        close(&mut run, opening);
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Breaks `text` into lines no wider than `width` terminal columns (a Chinese character is
/// two), keeping the line breaks it already has. Text between two spaces (a section's title
/// after its label, a place after its colon) starts a new line when it fits there whole, as
/// comfy-table would; only text longer than a line is broken inside.
pub fn break_lines(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    for line in text.split('\n') {
        // A line that fits is kept as it is, spaces and all (a sparkline's gaps).
        if line.width() <= width {
            lines.push(line.to_string());
            continue;
        }
        let mut current = Line::default();
        for run in runs(line) {
            let width_of = |parts: &[String]| parts.iter().map(|p| p.width()).sum::<usize>();
            let run_width: usize = run.iter().map(|p| width_of(p)).sum();
            let first_width = run.first().map_or(0, |p| width_of(p));
            if !current.text.is_empty() {
                if current.width + 1 + run_width <= width
                    || (run_width > width && current.width + 1 + first_width <= width)
                {
                    current.push(" ", 1);
                } else {
                    lines.push(current.take());
                }
            }
            for parts in &run {
                let whole = parts.concat();
                let whole_width = whole.width();
                if parts.len() == 1 || whole_width <= width {
                    current.place(&mut lines, &whole, whole_width, width);
                } else {
                    // A figure wider than a line: on a line of its own, broken between
                    // its parts.
                    if !current.text.is_empty() {
                        lines.push(current.take());
                    }
                    for part in parts {
                        current.place(&mut lines, part, part.width(), width);
                    }
                }
            }
        }
        lines.push(current.take());
    }
    lines
}

/// The line being filled, with its width kept as it grows (measuring it again for each
/// piece would make a long cell quadratic).
#[derive(Default)]
struct Line {
    text: String,
    width: usize,
}

impl Line {
    fn push(&mut self, s: &str, width: usize) {
        self.text.push_str(s);
        self.width += width;
    }

    fn take(&mut self) -> String {
        self.width = 0;
        std::mem::take(&mut self.text)
    }

    /// Puts one piece (`piece_width` columns) on this line, or starts a new line with it;
    /// a piece wider than a whole line is cut at characters, starting on this line when
    /// more than a character's room is left on it.
    fn place(&mut self, lines: &mut Vec<String>, piece: &str, piece_width: usize, width: usize) {
        if self.width + piece_width <= width {
            self.push(piece, piece_width);
            return;
        }
        if piece_width <= width || width - self.width <= 2 {
            lines.push(self.take());
            if piece_width <= width {
                self.push(piece, piece_width);
                return;
            }
        }
        let mut buf = [0u8; 4];
        for c in piece.chars() {
            let w = c.width().unwrap_or(0);
            if self.width + w > width {
                lines.push(self.take());
            }
            self.push(c.encode_utf8(&mut buf), w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lines: &[String], width: usize) {
        for line in lines {
            assert!(line.width() <= width, "{line:?} wider than {width}");
            let first = line.chars().next();
            assert!(
                first.is_none_or(|c| !NO_START.contains(&c)),
                "{line:?} opens with a closing mark"
            );
            let last = line.chars().last();
            assert!(
                last.is_none_or(|c| !NO_END.contains(&c)),
                "{line:?} ends with an opening mark"
            );
        }
    }

    #[test]
    fn no_line_opens_with_a_stop() {
        // 38 columns: comfy-table put the ， at the head of the second line.
        let text = "实施29个未完成安置补偿的城中村改造工作，早日让回迁群众住上好房子";
        let lines = break_lines(text, 38);
        check(&lines, 38);
        assert_eq!(lines.concat(), text);
        assert_eq!(lines[1], "作，早日让回迁群众住上好房子");
    }

    #[test]
    fn a_figure_is_never_cut() {
        let text = "高度关注青少年心理健康问题，推进全市644所中小学学生心理健康测评全覆盖";
        let lines = break_lines(text, 38);
        check(&lines, 38);
        assert_eq!(lines.concat(), text);
        assert!(lines.iter().any(|l| l.contains("644")), "{lines:?}");
        let lines = break_lines("新增高标准农田2.96万亩以上", 16);
        assert!(lines.iter().any(|l| l.contains("2.96")), "{lines:?}");
        // Wider than the line: broken between the figure's parts, not inside them.
        assert_eq!(break_lines("1100万人以上", 10), ["1100万人", "以上"]);
        assert_eq!(
            break_lines("新增1100万人以上。", 10),
            ["新增", "1100万人", "以上。"]
        );
        let lines = break_lines("+1 pp, floor → point", 8);
        assert_eq!(lines, ["+1 pp,", "floor →", "point"]);
    }

    #[test]
    fn opening_marks_go_with_what_they_open() {
        let text = "对南屯北街、新村路等25条“瓶颈路”进行改造";
        for width in 4..40 {
            let lines = break_lines(text, width);
            check(&lines, width);
            assert_eq!(lines.concat(), text, "width {width}");
        }
    }

    #[test]
    fn spaces_break_and_are_dropped_at_the_break() {
        assert_eq!(break_lines("floor → point", 7), ["floor →", "point"]);
        assert_eq!(break_lines("a  b", 10), ["a  b"]);
        assert_eq!(break_lines("a  b  c", 4), ["a b", "c"]);
        assert_eq!(break_lines("one\ntwo", 10), ["one", "two"]);
    }

    #[test]
    fn a_piece_wider_than_the_column_is_cut() {
        let lines = break_lines("see supercalifragilistic", 10);
        assert_eq!(lines, ["see", "supercalif", "ragilistic"]);
        // Narrow columns still end: every character is placed.
        let lines = break_lines("十件民生实事。", 2);
        assert_eq!(lines.concat(), "十件民生实事。");
    }
}
