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
    line(s, Medium::Terminal)
}

/// Inline Markdown text (a paragraph, a list item): controls removed, line breaks turned into
/// spaces, Markdown and HTML metacharacters escaped so the text shows exactly as written.
///
/// Escaped: `\` `` ` `` `*` `_` `[` `]` as backslash escapes; `<` `>` `&` as HTML entities
/// (`&lt;` `&gt;` `&amp;`), so raw HTML in a report never becomes markup; `#` at the start of a
/// line (it would open a heading).
pub fn markdown(s: &str) -> String {
    line(s, Medium::Markdown)
}

/// Markdown text for a table cell: [`markdown`] plus `|` → `\|` so a bar in report text
/// cannot split the row. Empty cells stay empty.
pub fn markdown_cell(s: &str) -> String {
    line(s, Medium::MarkdownCell)
}

/// What [`line`] escapes for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Medium {
    Terminal,
    Markdown,
    MarkdownCell,
}

/// One line of text for `medium`, in one pass: controls dropped, runs of breaks
/// ([`is_break`]) turned into one space (none at the ends), then the medium's escapes.
///
/// Equal to escaping `collapse_breaks(&terminal(s))` character by character (a control such
/// as `\r` is dropped before breaks are looked at, so it never counts as a break), but
/// plain text, nearly all of a report, is copied in runs: only the bytes that can start a
/// control, a break or a metacharacter are looked at.
fn line(s: &str, medium: Medium) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut in_break = false;
    let bytes = s.as_bytes();
    // Start of the plain run not yet copied; `i` is always on a char boundary.
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        if !may_matter(bytes[i]) {
            i += 1;
            continue;
        }
        // `may_matter` bytes are ASCII or UTF-8 lead bytes, so `i` starts a char.
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        let escape: Option<&str> = if c == '\n' || c == '\t' || c == '\u{2028}' || c == '\u{2029}' {
            flush(&mut out, &s[run..i], &mut in_break);
            in_break = true;
            run = next;
            i = next;
            continue;
        } else if is_control(c) {
            None
        } else if medium == Medium::Terminal {
            i = next;
            continue;
        } else {
            match c {
                '\\' => Some("\\\\"),
                '`' => Some("\\`"),
                '*' => Some("\\*"),
                '_' => Some("\\_"),
                // GFM strikethrough: a lone ~ in report text (5~10) must not open one.
                '~' => Some("\\~"),
                '[' => Some("\\["),
                ']' => Some("\\]"),
                '<' => Some("&lt;"),
                '>' => Some("&gt;"),
                '&' => Some("&amp;"),
                '|' if medium == Medium::MarkdownCell => Some("\\|"),
                '#' => {
                    // Only at the start of the line: nothing written yet, and any break
                    // before it was leading (dropped).
                    let at_start = out.is_empty() && run == i;
                    if at_start {
                        Some("\\#")
                    } else {
                        i = next;
                        continue;
                    }
                }
                _ => {
                    i = next;
                    continue;
                }
            }
        };
        flush(&mut out, &s[run..i], &mut in_break);
        if let Some(e) = escape {
            separate(&mut out, &mut in_break);
            out.push_str(e);
        }
        run = next;
        i = next;
    }
    flush(&mut out, &s[run..], &mut in_break);
    out
}

/// Bytes that may start something [`line`] must look at: ASCII controls and metacharacters,
/// and the UTF-8 lead bytes of C1 controls (U+0080–U+009F: C2) and of U+2028/U+2029 (E2).
fn may_matter(b: u8) -> bool {
    matches!(
        b,
        0x00..=0x1F
            | 0x7F
            | b'\\'
            | b'`'
            | b'*'
            | b'_'
            | b'~'
            | b'['
            | b']'
            | b'<'
            | b'>'
            | b'&'
            | b'#'
            | b'|'
            | 0xC2
            | 0xE2
    )
}

/// Line breaks and tabs, which [`line`] turns into spaces (`\r` is a control: dropped).
#[cfg(test)]
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}')
}

/// Copy a plain run, after the space owed to a break before it.
fn flush(out: &mut String, plain: &str, in_break: &mut bool) {
    if !plain.is_empty() {
        separate(out, in_break);
        out.push_str(plain);
    }
}

/// The one space that stands for a run of breaks, unless nothing came before it.
fn separate(out: &mut String, in_break: &mut bool) {
    if *in_break && !out.is_empty() {
        out.push(' ');
    }
    *in_break = false;
}

/// C0 and C1 control characters (and DEL), ESC included.
fn is_control(c: char) -> bool {
    c.is_control() || ('\u{80}'..='\u{9f}').contains(&c)
}

/// Replace runs of line breaks and tabs with one space; trim the ends. The reference for
/// [`line`] (kept for its tests).
#[cfg(test)]
fn collapse_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_break = false;
    for c in s.chars() {
        if is_break(c) {
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
        // GFM reads ~x~ as strikethrough: a range written 5~10 must stay a range.
        assert_eq!(markdown("增长5~10%，~~删~~"), "增长5\\~10%，\\~\\~删\\~\\~");
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

    /// The escaping as it was before [`line`]: three passes and three strings.
    fn reference(s: &str, medium: Medium) -> String {
        let line = collapse_breaks(&terminal(s));
        if medium == Medium::Terminal {
            return line;
        }
        let mut out = String::new();
        for (i, c) in line.chars().enumerate() {
            match c {
                '\\' | '`' | '*' | '_' | '~' | '[' | ']' => {
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
        if medium == Medium::MarkdownCell {
            out = out.replace('|', "\\|");
        }
        out
    }

    #[test]
    fn one_pass_equals_the_three_pass_reference() {
        let pieces = [
            "#", "a", "一", "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{1b}", "\u{85}", "\u{a0}",
            "\u{2026}", "|", "\\", "*", "<", "&", " ", "“", "¥", "\u{7f}",
        ];
        // Every string of up to three pieces.
        let mut inputs = vec![String::new()];
        for _ in 0..3 {
            let mut longer = Vec::new();
            for s in &inputs {
                for p in pieces {
                    longer.push(format!("{s}{p}"));
                }
            }
            inputs.extend(longer);
        }
        inputs.sort();
        inputs.dedup();
        for s in &inputs {
            for m in [Medium::Terminal, Medium::Markdown, Medium::MarkdownCell] {
                assert_eq!(line(s, m), reference(s, m), "{s:?}");
            }
        }
        let seed = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/seeds/taiyuan-2026-government-work-report.txt"
        );
        if let Ok(text) = std::fs::read_to_string(seed) {
            for chunk in text.split('。') {
                for m in [Medium::Terminal, Medium::Markdown, Medium::MarkdownCell] {
                    assert_eq!(line(chunk, m), reference(chunk, m));
                }
            }
        }
    }

    #[test]
    fn full_width_text_is_left_alone() {
        assert_eq!(markdown("（一）“十五五”｜全角"), "（一）“十五五”｜全角");
    }
}
