//! Escaping untrusted report text for each output medium.
//!
//! Report text comes from newspaper pages and may hold anything: terminal escape sequences,
//! raw HTML (`<div>` banners), Markdown punctuation, table separators. Every renderer passes
//! report text through one of these functions before writing it.

/// Remove control characters and escape sequences (ESC, C0/C1 controls other than `\n` and
/// `\t`) so report text cannot drive the terminal.
pub fn terminal(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\n' || c == '\t' || !is_control(c))
        .collect()
}

/// Terminal text for one line (a table cell, a list entry): controls removed, line breaks and
/// tabs turned into single spaces.
pub fn terminal_line(s: &str) -> String {
    collapse_breaks(&terminal(s))
}

/// Inline Markdown text (a paragraph, a list item): controls removed, line breaks turned into
/// spaces, Markdown and HTML metacharacters escaped so the text shows exactly as written.
///
/// Escaped: `\` `` ` `` `*` `_` `[` `]` as backslash escapes; `<` `>` `&` as HTML entities
/// (`&lt;` `&gt;` `&amp;`), so raw HTML in a report never becomes markup; `#` at the start of a
/// line (it would open a heading).
pub fn markdown(s: &str) -> String {
    let line = collapse_breaks(&terminal(s));
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '#' if i == 0 => out.push_str("\\#"),
            _ => out.push(c),
        }
    }
    out
}

/// Markdown text for a table cell: [`markdown`] plus `|` → `\|` so a bar in report text
/// cannot split the row. Empty cells stay empty.
pub fn markdown_cell(s: &str) -> String {
    markdown(s).replace('|', "\\|")
}

/// C0 and C1 control characters (and DEL), ESC included.
fn is_control(c: char) -> bool {
    c.is_control() || ('\u{80}'..='\u{9f}').contains(&c)
}

/// Replace runs of line breaks and tabs with one space; trim the ends.
fn collapse_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_break = false;
    for c in s.chars() {
        if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
            in_break = true;
            continue;
        }
        if in_break && !out.is_empty() {
            out.push(' ');
        }
        in_break = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_strips_escape_sequences_and_controls() {
        assert_eq!(
            terminal("a\u{1b}[31mred\u{7}\u{9b}b\nc\td"),
            "a[31mredb\nc\td"
        );
        assert_eq!(terminal_line("一\n二\r\n\t三\n"), "一 二 三");
    }

    #[test]
    fn markdown_neutralises_html_banner() {
        let s = markdown("<div class=\"x\">太原&晋中</div>");
        assert_eq!(s, "&lt;div class=\"x\"&gt;太原&amp;晋中&lt;/div&gt;");
        assert!(!s.contains('<'));
    }

    #[test]
    fn markdown_escapes_metacharacters() {
        assert_eq!(markdown("# 标题"), "\\# 标题");
        assert_eq!(markdown("a # b"), "a # b");
        assert_eq!(
            markdown("*强调*_x_`code`[链接](u)\\"),
            "\\*强调\\*\\_x\\_\\`code\\`\\[链接\\](u)\\\\"
        );
    }

    #[test]
    fn markdown_joins_lines() {
        assert_eq!(markdown("第一行\n# 第二行"), "第一行 # 第二行");
    }

    #[test]
    fn cell_escapes_bars_so_rows_do_not_split() {
        let cell = markdown_cell("增长5%|左右\n下一行");
        assert_eq!(cell, "增长5%\\|左右 下一行");
        let row = format!("| {} | x |", cell);
        // Unescaped bars in the row: the three delimiters only.
        let bars = row
            .match_indices('|')
            .filter(|(i, _)| *i == 0 || &row[i - 1..*i] != "\\")
            .count();
        assert_eq!(bars, 3);
    }

    #[test]
    fn full_width_text_is_left_alone() {
        assert_eq!(markdown("（一）“十五五”｜全角"), "（一）“十五五”｜全角");
    }
}
