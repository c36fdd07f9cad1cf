//! Decoded text → [`CleanText`]: repair what page and web extraction break, keeping an offset
//! map from every cleaned byte to its place in the source.
//!
//! Real reports come from newspaper pages, scraped web pages and PDFs: HTML tags and
//! entities (Word's too), Markdown bold and heading markers, tables, zero-width characters,
//! page menus, "(上接第1版)" jump lines, licence footers and site disclaimers, "相关报道："
//! link lists, a copying site's watermark after each line, a bilingual page's English lines,
//! letter spacing, and paragraphs broken in the middle of a sentence by the page
//! layout. The later
//! stages rely on a simple contract: paragraphs separated by exactly one `\n`, no blank lines,
//! no leading or trailing whitespace, original characters kept (width folding is
//! [`crate::text::fold`]'s job, for comparison only), with four repairs, each written where
//! the character it replaces stood: ASCII , ; : . ? ! typed inside Chinese text become the
//! full-width marks every later stage splits sentences at (see `full_width_stop`; small-form
//! and vertical punctuation ﹐ ︒ ︵ too: `presentation_punctuation`), a table's
//! pipes or cell tags become the clause marks of its rows (a row becomes a clause ending on
//! ；: `tables`), and radicals and compatibility ideographs that PDF fonts put for ideographs
//! (⼀ for 一, ⼯ for 工) become those ideographs (`radicals`), and a text written in
//! traditional characters is written in simplified ones (國 → 国, 「」 → “”: `traditional`).
//!
//! Cleaning works on characters that remember their source offset (`Ch`), in passes:
//! character repairs (line ends, invisible characters, HTML, Markdown bold, pinyin glosses)
//! → a page in two columns read column after column (`read_columns`) → a page flattened to
//! one line given back its line ends (`unflatten`) → lines with whitespace normalised → page
//! furniture dropped → broken paragraphs joined (and note marks a line end had cut in two
//! dropped) → a repeated tail dropped → text and map assembled. Removing or joining never reorders, so the map stays monotonic, but on a page
//! read in columns.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{CleanText, DocumentKind};
use crate::outline::text::{is_clause_end, is_sentence_end, EnumStyle};
use crate::text::is_digit;

mod radicals;
mod spacing;
mod tables;
pub mod traditional;

use spacing::LetterSpacing;
use tables::{table_row, DataTable, TableRow};

/// A cleaned character and the byte offset in the source of the character it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Ch {
    c: char,
    off: usize,
}

/// A paragraph (段落) being cleaned: its text, kept as one string so the furniture and joining
/// tests read it without rebuilding it, and the source offset of each of its characters.
#[derive(Clone, Debug, Default)]
struct Para {
    text: String,
    /// Source byte offset of each character of `text`, in order (so `offs.len()` is the
    /// paragraph's length in characters).
    offs: Vec<usize>,
    /// How its (last) source line was laid out, for [`Layout`].
    line: LineShape,
    /// How its first source line was laid out (the same line until another is appended: a
    /// closing mark the layout moved down, 。 alone, leaves the first line full).
    first: LineShape,
}

/// The shape of a source line before its whitespace was trimmed: what tells a line the page
/// layout broke from a line that ends a paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct LineShape {
    /// Indented (two columns of leading whitespace or more) or preceded by a blank line: how
    /// a page opens a paragraph.
    opens: bool,
    /// Indented: the part of `opens` a page break cannot make (see `drop_furniture`).
    indented: bool,
    /// Characters up to the last non-whitespace one, indentation included.
    chars: usize,
    /// The same in display columns (CJK and full-width forms 2, others 1): typeset columns
    /// are even in columns, not in characters, when half-width digits are mixed in.
    columns: usize,
    /// The same in columns with the East Asian ambiguous-width signs (“ ” ‘ ’ — … · ①)
    /// counted narrow, as a tool wrapping plain text does (pandoc's Markdown at 72 columns):
    /// on such a page a line with quotes is no wider than one without.
    narrow: usize,
}

impl LineShape {
    /// The shape of `line`, read from `source`.
    fn of(line: &[Ch], after_blank: bool, source: &str) -> LineShape {
        let end = line
            .iter()
            .rposition(|c| !c.c.is_whitespace())
            .map_or(0, |k| k + 1);
        let line = &line[..end];
        // One ordinary space is a stray from extraction, not an indentation.
        let indent: usize = line
            .iter()
            .take_while(|c| c.c.is_whitespace())
            .map(|c| if c.c == '\t' { 2 } else { display_columns(c.c) })
            .sum();
        let markup = dropped_markup(line, source);
        LineShape {
            opens: after_blank || indent >= 2,
            indented: indent >= 2,
            chars: line.len() + markup,
            columns: line.iter().map(|c| display_columns(c.c)).sum::<usize>() + markup,
            narrow: line.iter().map(|c| narrow_columns(c.c)).sum::<usize>() + markup,
        }
    }
}

/// How many Markdown marks the first pass dropped from `line`: escapes' backslashes (4\.就业
/// 创业方面。…, as pandoc writes a numbered paragraph) and emphasis asterisks (**（一）…一流湾区
/// at a bold heading's first line, 和世界级城市群。** at its last). The tool that wrapped the
/// page counted them: a line holding them is that much wider than its characters show. Read
/// from the source between the line's characters and right before and after them, so the
/// cost is the line's own length.
fn dropped_markup(line: &[Ch], source: &str) -> usize {
    let (Some(first), Some(last)) = (line.first(), line.last()) else {
        return 0;
    };
    let bytes = source.as_bytes();
    let mark = |b: &u8| matches!(b, b'*' | b'\\');
    let end_of = |c: &Ch| c.off + c.c.len_utf8();
    let before = bytes[..first.off]
        .iter()
        .rev()
        .take_while(|b| mark(b))
        .count();
    let after = bytes[end_of(last).min(bytes.len())..]
        .iter()
        .take_while(|b| mark(b))
        .count();
    let inside: usize = line
        .windows(2)
        .map(|w| {
            let gap = bytes.get(end_of(&w[0])..w[1].off).unwrap_or_default();
            gap.iter().filter(|b| mark(b)).count()
        })
        .sum();
    before + inside + after
}

/// Columns a character takes in a CJK text layout.
/// The display columns of `c` with the East Asian ambiguous-width signs narrow: CJK and
/// full-width forms 2, all else 1 ([`LineShape::narrow`]).
fn narrow_columns(c: char) -> usize {
    1 + usize::from(c >= '\u{2e80}' && !('\u{ff61}'..='\u{ffdc}').contains(&c))
}

fn display_columns(c: char) -> usize {
    // East Asian ambiguous-width signs a CJK font sets full width: × ÷ ° ± · §, letterlike
    // and number forms (℃ № Ⅻ), circled numbers ①, arrows, shapes (■ ● ★), ※.
    let ambiguous = matches!(
        c,
        '\u{a7}' | '\u{b0}' | '\u{b1}' | '\u{b7}' | '\u{d7}' | '\u{f7}'
            | '\u{2100}'..='\u{21ff}'
            | '\u{2460}'..='\u{24ff}'
            | '\u{25a0}'..='\u{27bf}'
            | '\u{203b}'
    );
    let wide = (c >= '\u{2e80}' && !('\u{ff61}'..='\u{ffdc}').contains(&c))
        || ('\u{2010}'..='\u{2027}').contains(&c)
        || ambiguous;
    1 + usize::from(wide)
}

impl Para {
    fn from_chars(chars: &[Ch], line: LineShape) -> Para {
        let mut text = String::with_capacity(chars.len() * 3);
        text.extend(chars.iter().map(|c| c.c));
        Para {
            text,
            offs: chars.iter().map(|c| c.off).collect(),
            line,
            first: line,
        }
    }

    /// Whether it holds one source line only (no more characters than its last line).
    fn is_one_line(&self) -> bool {
        self.offs.len() <= self.line.chars
    }

    /// Length in characters.
    fn char_count(&self) -> usize {
        self.offs.len()
    }

    /// Append `next` (joining a broken paragraph).
    fn append(&mut self, next: Para) {
        self.text.push_str(&next.text);
        self.offs.extend(next.offs);
        // Whether it is full is a question about its last line.
        self.line = LineShape {
            opens: self.line.opens,
            ..next.line
        };
    }
}

/// Clean a decoded report.
pub fn clean(source: &str) -> CleanText {
    let traditional = traditional::is_traditional(source);
    let chars = unflatten(read_columns(repair_chars(source, traditional), source));
    let chars = drop_wrap_blanks(chars);
    let paras = attach_lone_openers(strip_page_bullets(split_lines(&chars, source)));
    let paras = attach_lone_closers(drop_furniture(paras));
    let paras = strip_joined_note_marks(join_broken(paras));
    let before = paras.len();
    let paras = drop_repeated_tail(paras);
    // A page's second copy of the text gone, the first copy's tail (a licence block, links)
    // is the page's tail now.
    let paras = if paras.len() < before {
        cut_trailing_block(paras)
    } else {
        paras
    };
    let mut clean = assemble(source, &paras);
    clean.traditional = traditional;
    clean
}

// ---------------------------------------------------------------------------------------------
// Pass 1: characters.

/// HTML elements that end a paragraph; other tags are removed without a break.
const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "hr",
    "td",
    "th",
    "dd",
    "dt",
    "pre",
];

/// Zero-width and other invisible characters that page extraction leaves behind, and the
/// variation selectors a font's glyph choice leaves after a character.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}' | '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

/// Whether `c` may spell a syllable of pinyin: a lowercase Latin letter or a vowel with a
/// tone mark.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".contains(c)
}

/// At `i`, a pinyin gloss some mirror sites set after a character, 報(bào)告 or 全國(guo)(guo):
/// its byte length and whether it carries a tone mark. One to six pinyin letters between
/// parentheses (ASCII or full-width).
fn pinyin_gloss(source: &str, i: usize) -> Option<(usize, bool)> {
    const MAX_LETTERS: usize = 6;
    let rest = source.get(i..)?;
    let open = rest.chars().next().filter(|&c| c == '(' || c == '（')?;
    let mut toned = false;
    for (k, c) in rest[open.len_utf8()..].char_indices().take(MAX_LETTERS + 1) {
        if c == ')' || c == '）' {
            return (k > 0).then_some((open.len_utf8() + k + c.len_utf8(), toned));
        }
        if !is_pinyin_letter(c) {
            return None;
        }
        toned |= !c.is_ascii();
    }
    None
}

/// Glosses without a tone mark ((guo)) are removed only from a page that has at least this
/// many after a character: one (km) or (pm) after a word is the report's own text.
const MIN_TONELESS_GLOSSES: usize = 8;

/// How many pinyin glosses ([`pinyin_gloss`]) follow an ideograph in `source`.
fn count_glosses(source: &str) -> usize {
    source
        .char_indices()
        .filter(|&(i, c)| {
            (c == '(' || c == '（')
                && source[..i]
                    .chars()
                    .next_back()
                    .is_some_and(crate::text::is_cjk_ideograph)
                && pinyin_gloss(source, i).is_some()
        })
        .count()
}

/// Line ends, invisible and control characters, HTML tags and entities, Markdown `**`, pinyin
/// glosses.
fn repair_chars(source: &str, traditional: bool) -> Vec<Ch> {
    // A text in traditional characters is written in simplified ones (`traditional`).
    let script = |c: char, at: usize| {
        if traditional {
            traditional::simplified_at(source, at, c)
        } else {
            c
        }
    };
    let mut out = Vec::with_capacity(source.len() / 2);
    let bytes = source.as_bytes();
    // Glosses without tone marks count only on a page full of them (decided once).
    let mut toneless_glosses: Option<bool> = None;
    // Characters before `skip_to` were consumed by a tag, an entity or an asterisk run.
    let mut skip_to = 0;
    // Inside an HTML data table: its rows become clauses ([`DataTable`]).
    let mut table: Option<DataTable> = None;
    // Open ordered lists (<ol>), each with the number of its last item: a browser shows the
    // numbers, so the text gets them (1．新建学校10所), and a list of 民生实事 set as <ol>
    // reads as one numbered in its text.
    let mut ordered: Vec<u32> = Vec::new();
    let mut quotes = QuoteDepth::default();
    // On a web page a line end in the markup is layout, not the text's: paragraphs end at
    // block tags (except inside <pre>). It is a space between two Latin words, as a browser
    // shows it, and nothing elsewhere: between Chinese characters a browser shows none, and
    // a figure wrapped by the page's editor (8⏎5万人) is one figure.
    let html_page = is_html_page(source);
    let mut in_pre = 0u32;
    for (i, c) in source.char_indices() {
        if i < skip_to {
            continue;
        }
        if c == '\n' && html_page && in_pre == 0 {
            let rest = &source[i..];
            let run = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
            skip_to = i + run;
            let prev = out.last().map(|ch: &Ch| ch.c);
            if prev.is_some_and(|p| p != '\n' && !p.is_whitespace()) {
                let next = next_shown_char(&rest[run..]);
                let latin = |c: char| c.is_ascii_alphanumeric();
                let figures = prev.is_some_and(|c| c.is_ascii_digit())
                    && next.is_some_and(|c| c.is_ascii_digit());
                if prev.is_some_and(latin) && next.is_some_and(latin) && !figures {
                    out.push(Ch { c: ' ', off: i });
                }
            }
            continue;
        }
        if let Some(tb) = table.as_mut() {
            if c.is_whitespace() && c != '\u{3000}' {
                // Layout whitespace of the markup: none at a cell's edges, one space inside.
                if !tb.at_cell_start {
                    out.push(Ch { c: ' ', off: i });
                }
                continue;
            }
            if c != '<' {
                tb.at_cell_start = false;
            }
        }
        // Fast path for the bulk of a report (CJK, its punctuation, full-width forms): none of
        // them is a line end, markup, invisible or a control (all of those lie below U+3000,
        // U+FEFF excepted).
        if ('\u{3000}'..='\u{fdff}').contains(&c) {
            // CJK compatibility ideographs (U+F900…) stand for unified ones.
            let c = if c >= '\u{f900}' {
                radicals::ideograph_for(c).unwrap_or(c)
            } else if ('「'..='』').contains(&c) {
                // Corner quotes (Hong Kong, Taiwan and traditional pages) as the curly
                // quotes later stages read quotations by.
                corner_quote(c)
            } else {
                script(c, i)
            };
            out.push(Ch { c, off: i });
            continue;
        }
        match c {
            // A Markdown escape (1\. 新建…, \*, \[, as pandoc and web clippers write text
            // that would read as markup): the backslash goes, the mark stays.
            '\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {}
            '\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    out.push(Ch { c: '\n', off: i });
                }
            }
            // A form feed is a page break (pdftotext ends each page with one: "…\n\f…"): at
            // a line's start it breaks nothing, nor does the line end right after it, so no
            // blank line appears where a page ends (a blank line opens a paragraph).
            '\u{c}' if out.last().is_none_or(|c| c.c == '\n') => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    skip_to = i + 2;
                } else if bytes.get(i + 1..i + 3) == Some(b"\r\n") {
                    skip_to = i + 3;
                }
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}' => {
                out.push(Ch { c: '\n', off: i })
            }
            '\n' | '\t' => out.push(Ch { c, off: i }),
            '(' | '（'
                if out
                    .last()
                    .is_some_and(|prev| crate::text::is_cjk_ideograph(prev.c)) =>
            {
                if let Some((len, toned)) = pinyin_gloss(source, i) {
                    if toned
                        || *toneless_glosses
                            .get_or_insert_with(|| count_glosses(source) >= MIN_TONELESS_GLOSSES)
                    {
                        skip_to = i + len;
                        continue;
                    }
                }
                out.push(Ch { c, off: i });
            }
            '<' => {
                if let Some(HtmlTag {
                    end,
                    block,
                    closing,
                    name,
                }) = html_tag(source, i)
                {
                    if table.is_none() && !closing && name == "table" {
                        table = DataTable::at(source, i);
                    }
                    let handled = match table.as_mut() {
                        Some(tb) => tb.tag(closing, &name, i, &mut out),
                        None => false,
                    };
                    if closing && name == "table" {
                        if let Some(tb) = table.take() {
                            tb.finish(&mut out);
                        }
                    }
                    if block && !handled {
                        out.push(Ch { c: '\n', off: i });
                    }
                    if name == "pre" {
                        in_pre = if closing {
                            in_pre.saturating_sub(1)
                        } else {
                            in_pre + 1
                        };
                    }
                    match (closing, name.as_str()) {
                        (false, "ol") => {
                            // A site's breadcrumb or menu set as <ol> is no list of the text.
                            let attrs = source[i..end].to_ascii_lowercase();
                            let nav = ["crumb", "nav", "menu"].iter().any(|w| attrs.contains(w));
                            ordered.push(if nav { UNNUMBERED } else { 0 });
                        }
                        (true, "ol") => {
                            ordered.pop();
                        }
                        // A note's reference set as a superscript after a word (“两重”<sup>1
                        // </sup>) goes with it: left in, it glues a number to the text (a
                        // unit's power after a letter, m<sup>2</sup>, stays).
                        (false, "sup")
                            if !out.last().is_some_and(|p| p.c.is_ascii_alphanumeric()) =>
                        {
                            if let Some(element_end) = reference_sup(source, end) {
                                skip_to = element_end;
                                continue;
                            }
                        }
                        (false, "li") => {
                            if let Some(n) = ordered.last_mut().filter(|n| **n != UNNUMBERED) {
                                *n += 1;
                                out.extend(format!("{n}．").chars().map(|c| Ch { c, off: i }));
                            }
                        }
                        _ => {}
                    }
                    skip_to = end;
                    continue;
                }
                out.push(Ch { c, off: i });
            }
            '&' => {
                if let Some((end, decoded)) = html_entity(source, i) {
                    if !(is_invisible(decoded)
                        || decoded.is_control() && !matches!(decoded, '\n' | '\t'))
                    {
                        out.push(Ch { c: decoded, off: i });
                    }
                    skip_to = end;
                    continue;
                }
                out.push(Ch { c, off: i });
            }
            // A stray comma before another mark (工作,,请予审议 一,、2023年 贡献,。), as one
            // site's copies double every mark: the mark after it stands.
            ',' | '，' if is_stray_comma(&source[i + c.len_utf8()..]) => {}
            ',' | ';' | ':' | '.' | '?' | '!' => {
                let c = full_width_stop(c, &out, &source[i + 1..]).unwrap_or(c);
                out.push(Ch { c, off: i });
            }
            '"' => {
                let c = quotes.chinese_quote(&out, &source[i + 1..]).unwrap_or(c);
                out.push(Ch { c, off: i });
            }
            '*' if bytes.get(i + 1) == Some(&b'*') => {
                // Markdown bold/emphasis markers: drop the whole run of asterisks.
                let run = bytes[i..].iter().take_while(|&&b| b == b'*').count();
                skip_to = i + run;
            }
            c if is_invisible(c) || c.is_control() => {}
            // Small-form and vertical punctuation (﹐ ︒ ︵) from PDF and typeset pages.
            c @ '\u{fe10}'..='\u{fe6b}' => {
                let c = match presentation_punctuation(c) {
                    Some(a @ (',' | ';' | ':' | '.' | '?' | '!')) => {
                        full_width_stop(a, &out, &source[i + c.len_utf8()..]).unwrap_or(a)
                    }
                    Some(p) => corner_quote(p),
                    None => c,
                };
                out.push(Ch { c, off: i });
            }
            // Kangxi and supplementary radicals from PDF fonts: ⼀ (U+2F00) for 一.
            c @ '\u{2e80}'..='\u{2fdf}' => out.push(Ch {
                c: radicals::ideograph_for(c).unwrap_or(c),
                off: i,
            }),
            c => out.push(Ch {
                c: script(c, i),
                off: i,
            }),
        }
    }
    out
}

/// The curly quotation mark for a corner quote: 「 」 → “ ”, 『 』 → ‘ ’; others unchanged.
fn corner_quote(c: char) -> char {
    match c {
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        c => c,
    }
}

/// How many quotations are open on the line being repaired, read incrementally from the
/// characters repaired so far (each is read once, however many quotes a line holds).
#[derive(Default)]
struct QuoteDepth {
    /// Characters of the output already counted.
    read: usize,
    /// Opening quotes (“) less closing ones (”) since the last line end.
    depth: i32,
}

impl QuoteDepth {
    /// The curly quotation mark an ASCII double quote stands for in Chinese text ("十四五"规划,
    /// as a page typed in an English input mode writes it): closing when a quotation is open
    /// on the line, opening otherwise; None in Latin text (no CJK character on either side).
    /// Later stages read quotations by the curly marks: a sentence ending 。" would go on.
    fn chinese_quote(&mut self, before: &[Ch], after: &str) -> Option<char> {
        let prev = before.last().map(|ch| ch.c);
        let next = after.chars().next();
        if !prev.is_some_and(is_cjk_side) && !next.is_some_and(is_cjk_side) {
            return None;
        }
        for ch in &before[self.read.min(before.len())..] {
            match ch.c {
                '\n' => self.depth = 0,
                '“' => self.depth += 1,
                '”' => self.depth -= 1,
                _ => {}
            }
        }
        self.read = before.len();
        Some(if self.depth > 0 { '”' } else { '“' })
    }
}

/// Whether a comma followed by `after` is a stray: another comma, an enumeration comma or a
/// stop comes right after it, which no Chinese text writes (1,,2 in a data row neither).
fn is_stray_comma(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_some_and(|n| matches!(n, ',' | '，' | '、' | '。' | '；'))
}

/// Shortest line [`unflatten`] reads as a flattened page (chars).
const FLAT_LINE_CHARS: usize = 800;
/// Fewest blanks after a sentence's end a flattened line shows.
const FLAT_MIN_BREAKS: usize = 4;
/// Largest share (numerator, denominator) of a flattened line's sentence ends followed by a
/// blank: most sentences run on within their paragraph.
const FLAT_MAX_BREAK_SHARE: (usize, usize) = (3, 5);
/// Longest appendix label (附件1, 附录) a flattened line runs on into its title (chars).
const FLAT_APPENDIX_LABEL_CHARS: usize = 4;
/// Longest unnumbered heading a flattened line runs on into its text (chars).
const FLAT_BARE_HEADING_CHARS: usize = 20;
/// Longest heading a flattened line runs on into its text (chars).
const FLAT_HEADING_CHARS: usize = 40;

/// The longest unnumbered heading a flattened line runs on into its text: a part's name
/// (“十四五”时期发展成就和2025年工作回顾, as an unnumbered part heading may be) is longer
/// than other bare headings.
fn bare_heading_chars(so_far: &str) -> usize {
    if crate::outline::PART_WORDS
        .iter()
        .any(|w| so_far.contains(w))
    {
        crate::outline::UNNUMBERED_PART_CHARS
    } else {
        FLAT_BARE_HEADING_CHARS
    }
}

/// Fewest lines of a page that [`read_columns`] looks at for columns.
const MIN_COLUMN_PAGE_LINES: usize = 10;
/// Leftmost character a second column may start at.
const MIN_COLUMN_START: usize = 10;
/// Fewest characters on average on each side of the gap: prose, not a table's cells.
const MIN_COLUMN_CHARS: usize = 8;

/// A page set in columns, as `pdftotext -layout` gives it: each line holds a line of the
/// left column, a gap of blanks, and the line of the right column beside it (a newspaper's
/// page, a report printed in two columns). Read as it comes, every line would join two
/// sentences that have nothing to do with each other. On a page (pages end at a form feed,
/// as pdftotext ends them) where most lines have a gap of two or more blanks ending at about
/// the same character (the right column's edge), each line is cut there and the left
/// column's lines are read before the right column's; a right line that starts further in
/// keeps the difference as its indentation; each side is read so again, so a page of three
/// columns is cut twice ([`in_column_order`]). Other pages, and text without form feeds, are
/// left as they are. The page's characters are read out of order, so only here does the
/// map back to the source go backwards (a sentence that runs from the foot of the left
/// column to the head of the right one quotes from where it starts).
fn read_columns(chars: Vec<Ch>, source: &str) -> Vec<Ch> {
    if !source.contains('\u{c}') || !source.contains("   ") {
        return chars;
    }
    // Lines as ranges of `chars` (without their line end), each with the page it is on.
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let (mut start, mut page) = (0, 0);
    for (i, ch) in chars.iter().enumerate() {
        if ch.c != '\n' {
            continue;
        }
        lines.push((start, i, page));
        start = i + 1;
        if let Some(next) = chars.get(start) {
            page += source
                .get(ch.off..next.off)
                .map_or(0, |between| between.matches('\u{c}').count());
        }
    }
    lines.push((start, chars.len(), page));
    let mut out: Vec<Ch> = Vec::with_capacity(chars.len());
    let mut from = 0;
    while from < lines.len() {
        let to = from
            + lines[from..]
                .iter()
                .take_while(|l| l.2 == lines[from].2)
                .count();
        let page = &lines[from..to];
        let texts: Vec<&[Ch]> = page.iter().map(|&(a, b, _)| &chars[a..b]).collect();
        if let Some(edge) = column_edge(&texts) {
            let lines: Vec<Vec<Ch>> = texts.iter().map(|t| t.to_vec()).collect();
            for line in cut_at_column(lines, edge, MAX_COLUMN_SPLITS) {
                let line_end = line.last().map(|c| Ch {
                    c: '\n',
                    off: c.off,
                });
                out.extend(line);
                out.extend(line_end);
            }
        } else {
            let (a, _, _) = page[0];
            let b = page[page.len() - 1].1;
            out.extend_from_slice(&chars[a..(b + 1).min(chars.len())]);
        }
        from = to;
    }
    // Every line above ends with one; the text's own last line may not.
    if chars.last().is_none_or(|c| c.c != '\n') && out.last().is_some_and(|c| c.c == '\n') {
        out.pop();
    }
    out
}

/// Most cuts [`in_column_order`] makes of a page (a newspaper's page has up to six or so
/// columns).
const MAX_COLUMN_SPLITS: usize = 8;

/// The lines of a page read column after column: cut at the right column's edge
/// ([`column_edge`]) and each side read the same way (a page of three columns is cut twice),
/// at most `splits` deep. Lines holding no text go.
fn in_column_order(lines: Vec<Vec<Ch>>, splits: usize) -> Vec<Vec<Ch>> {
    let refs: Vec<&[Ch]> = lines.iter().map(Vec::as_slice).collect();
    match column_edge(&refs).filter(|_| splits > 0) {
        Some(edge) => cut_at_column(lines, edge, splits),
        None => lines.into_iter().filter(|l| text_end(l) > 0).collect(),
    }
}

/// The lines of a page cut at the right column's `edge`, each side then read in column
/// order ([`in_column_order`]) with one cut fewer to make.
fn cut_at_column(lines: Vec<Vec<Ch>>, edge: usize, splits: usize) -> Vec<Vec<Ch>> {
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for line in &lines {
        let (l, r) = split_at_column(line, edge);
        left.push(l.to_vec());
        right.push(r.to_vec());
    }
    let splits = splits.saturating_sub(1);
    let mut out = in_column_order(left, splits);
    out.extend(in_column_order(right, splits));
    out
}

/// Where a line's text ends (past its last character that is no blank); 0 for a blank line.
fn text_end(line: &[Ch]) -> usize {
    line.iter().rposition(|c| c.c != ' ').map_or(0, |k| k + 1)
}

/// The gaps of two or more blanks inside a line: (start, end) character indices.
fn inner_gaps(line: &[Ch]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let last = text_end(line);
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < last {
            if line[k].c == ' ' {
                let start = k;
                while k < last && line[k].c == ' ' {
                    k += 1;
                }
                if k - start >= 2 && k < last {
                    return Some((start, k));
                }
            } else {
                k += 1;
            }
        }
        None
    })
}

/// Where the right column starts on a page of `lines` ([`read_columns`]): the character
/// most lines' gaps end at (give or take two), when most lines have such a gap and the text
/// on each side of it reads like prose.
fn column_edge(lines: &[&[Ch]]) -> Option<usize> {
    let full: Vec<&&[Ch]> = lines.iter().filter(|l| text_end(l) > 0).collect();
    if full.len() < MIN_COLUMN_PAGE_LINES {
        return None;
    }
    let mut ends: FxHashMap<usize, usize> = FxHashMap::default();
    for line in &full {
        for (_, end) in inner_gaps(line) {
            *ends.entry(end).or_default() += 1;
        }
    }
    let near = |edge: usize| -> usize {
        (edge.saturating_sub(2)..=edge + 1)
            .map(|e| ends.get(&e).copied().unwrap_or(0))
            .sum()
    };
    let edge = ends
        .keys()
        .copied()
        .filter(|&e| e >= MIN_COLUMN_START)
        .max_by_key(|&e| (near(e), std::cmp::Reverse(e)))?;
    let gapped = near(edge);
    let edge = edge.saturating_sub(2);
    let (mut left, mut right, mut cut, mut beside) = (0, 0, 0, 0);
    for line in &full {
        let (l, r) = split_at_column(line, edge);
        if !l.is_empty() && !r.is_empty() {
            cut += 1;
            left += l.iter().filter(|c| c.c != ' ').count();
            right += r.iter().filter(|c| c.c != ' ').count();
        } else if l.len() <= edge + 1 {
            // Text on one side only: a left line ending before the edge, or a right one.
            beside += 1;
        }
    }
    // Most lines have the gap; or, on a page whose right column stops early (a report's
    // last page), some have it and every other line keeps to one side of the edge.
    let columns = gapped * 2 >= full.len()
        || cut >= MIN_SHORT_COLUMN_LINES
            && cut * 5 >= full.len()
            && (cut + beside) * 10 >= full.len() * 9;
    (columns && left >= MIN_COLUMN_CHARS * cut && right >= MIN_COLUMN_CHARS * cut).then_some(edge)
}

/// Fewest lines with a gap at the edge on a page whose right column stops early.
const MIN_SHORT_COLUMN_LINES: usize = 3;

/// A line cut at the right column's `edge` ([`column_edge`]): at the gap ending about there,
/// the right part keeping the blanks past the edge as its indentation; a line with no such
/// gap is the left column's when it ends before the edge or holds text before it, else the
/// right column's.
fn split_at_column(line: &[Ch], edge: usize) -> (&[Ch], &[Ch]) {
    let end_of_text = text_end(line);
    if let Some((start, end)) = inner_gaps(line).find(|&(_, e)| (edge..=edge + 9).contains(&e)) {
        let indent = end.saturating_sub(edge + 2);
        return (&line[..start], &line[end - indent..end_of_text]);
    }
    let lead = line.iter().take_while(|c| c.c == ' ').count();
    if lead >= edge && lead < end_of_text {
        let indent = lead.saturating_sub(edge + 2);
        return (&[], &line[lead - indent..end_of_text]);
    }
    (&line[..end_of_text], &[])
}

/// A page flattened to one line, as a PDF copied out of some viewers or a scraper that
/// dropped the line ends gives it (…请予审议。 一、2025年工作回顾 2025年是…提出 意见。): the
/// blanks left where the line ends were tell its paragraphs. A line is flattened when it is
/// long ([`FLAT_LINE_CHARS`]) and at least [`FLAT_MIN_BREAKS`] but not most
/// ([`FLAT_MAX_BREAK_SHARE`]) of its sentence ends are followed by a blank (a paragraph's
/// own sentences run on without one). In such a line a blank after a sentence's end,
/// before a heading label (一、, （一）, 1.), an enumeration item (二是), a speech's address
/// (各位代表：) or a title's date line (——2026年1月28日在…会议上), or after a heading's
/// short title, a short stop-less line opening a paragraph or that date line becomes a
/// line end; so does one after a piece shorter than the page's lines ending on a lead-in's
/// colon or before a run-in heading or a dash, and one after a lead-in's colon where the
/// line was full before what opens a paragraph by its form, and one before a site's licence
/// or disclaimer;
/// any other blank, a line the page broke, goes, but one between Latin words (PM 2.5).
/// Other lines are left as they are.
fn unflatten(chars: Vec<Ch>) -> Vec<Ch> {
    let is_blank = |c: char| c == ' ' || c == '\u{3000}';
    let flattened = |line: &[Ch]| {
        if line.len() < FLAT_LINE_CHARS {
            return false;
        }
        let stops = line.iter().filter(|ch| is_sentence_end(ch.c)).count();
        let breaks = line
            .windows(2)
            .filter(|w| is_sentence_end(w[0].c) && is_blank(w[1].c))
            .count();
        // A typist who puts a blank after every sentence's end wrote one paragraph.
        breaks >= FLAT_MIN_BREAKS
            && breaks * FLAT_MAX_BREAK_SHARE.1 <= stops * FLAT_MAX_BREAK_SHARE.0
    };
    if !chars.split(|ch| ch.c == '\n').any(&flattened) {
        return chars;
    }
    let mut out: Vec<Ch> = Vec::with_capacity(chars.len());
    let mut chars = chars;
    for line in chars.split_inclusive_mut(|ch| ch.c == '\n') {
        if !flattened(line) {
            out.extend_from_slice(line);
            continue;
        }
        let full = full_piece_width(line, is_blank);
        let mut line_start = out.len();
        // Where the piece of the line since the last blank starts.
        let mut piece_start = 0;
        let mut k = 0;
        while k < line.len() {
            if !is_blank(line[k].c) {
                out.push(line[k]);
                k += 1;
                continue;
            }
            let e = k + line[k..].iter().take_while(|ch| is_blank(ch.c)).count();
            let piece = piece_start..k;
            piece_start = e;
            let before = out[line_start..].last().map(|ch| ch.c);
            // An item label after the blank (名词解释 1.六大优势产业): the stop after its
            // digits was read as a sentence's end, the line not opening there.
            let digits = line[e..]
                .iter()
                .take_while(|ch| ch.c.is_ascii_digit())
                .count();
            if (1..=2).contains(&digits)
                && line.get(e + digits).is_some_and(|ch| ch.c == '。')
                && line.get(e + digits + 1).is_some_and(|ch| is_cjk_side(ch.c))
            {
                line[e + digits].c = '.';
            }
            let next: String = line[e..].iter().take(8).map(|ch| ch.c).collect();
            // The line so far: its length, and its start (all the short-line tests need; a
            // copy of all of it at each blank would cost the square of a long paragraph).
            let n = out.len() - line_start;
            let so_far: String = out[line_start..]
                .iter()
                .take(FLAT_HEADING_CHARS + 1)
                .map(|ch| ch.c)
                .collect();
            // A numbered heading's title (一、2025年工作回顾), or a short line with no stop at
            // all that opens a paragraph (2024年工作回顾 before 过去一年，…): the page's
            // lines are longer than that, so no line end of theirs falls there.
            // A digit label (3.) numbers list items as often as headings, whose titles are
            // short: a 38-character first line of an item is no title.
            let heading_chars = if so_far.starts_with(is_digit) {
                FLAT_BARE_HEADING_CHARS
            } else {
                FLAT_HEADING_CHARS
            };
            let ends_heading = (heading_label_len(&so_far).is_some()
                && before.is_some_and(is_cjk_side)
                && n <= heading_chars
                && !so_far.contains(is_sentence_end))
                || (n <= bare_heading_chars(&so_far)
                    && !so_far.contains(|c: char| "，。；：！？,;:!?、".contains(c))
                    && line.get(e).is_some_and(|ch| {
                        crate::text::is_cjk_ideograph(ch.c) || matches!(ch.c, '“' | '［' | '【')
                    }))
                // An appendix's label (附件1 before its title).
                || (so_far.starts_with('附') && n <= FLAT_APPENDIX_LABEL_CHARS);
            // A sentence's end, or a closing quote after one (…“为人民服务。” 二、…).
            let stop_before = before.is_some_and(is_sentence_end)
                || (before.is_some_and(|b| matches!(b, '”' | '’' | '」' | '）' | ')'))
                    && out[line_start..]
                        .iter()
                        .rev()
                        .nth(1)
                        .is_some_and(|ch| is_sentence_end(ch.c)));
            // The address that opens a speech (各位代表：), after the page's head; the date
            // line under a report's title (——2026年2月3日在…会议上), before and after it.
            let address = opens_with_address(&next);
            let date_line = (next.starts_with("——")
                && next
                    .chars()
                    .nth(2)
                    .is_some_and(|c| is_digit(c) || c == '在'))
                || (out[line_start..].first().is_some_and(|ch| ch.c == '—')
                    && out.len() >= line_start + 3
                    && out[out.len() - 3..]
                        .iter()
                        .map(|ch| ch.c)
                        .eq("会议上".chars()));
            // A sentence's end where the page's line was full ends the paragraph only when
            // what follows opens one by its form or its time (过去一年，…), as on a page
            // with its line ends ([`should_join`]): a paragraph goes on more often.
            // (The paragraph's last words only: what opens a paragraph is read from what
            // follows; a long paragraph stays linear.)
            let around = || {
                let from = line_start.max(out.len().saturating_sub(FLAT_LOOK_AHEAD_CHARS));
                let prev: String = out[from..].iter().map(|ch| ch.c).collect();
                let after: String = line[e..]
                    .iter()
                    .take(FLAT_LOOK_AHEAD_CHARS)
                    .map(|ch| ch.c)
                    .collect();
                (prev, after)
            };
            let full_piece = full.as_ref().map(|full| full(&line[piece.clone()]));
            let stop_before = stop_before
                && (full_piece != Some(true) || {
                    let (prev, after) = around();
                    // (The paragraph's opening run-in heading: its first characters.)
                    let head = || -> String {
                        out[line_start..]
                            .iter()
                            .take(FLAT_HEADING_CHARS)
                            .map(|ch| ch.c)
                            .collect()
                    };
                    next_opens_by_form(&prev, &after)
                        || opens_time_frame(&after)
                        || parallel_run_in(&head(), &after)
                });
            // A piece shorter than the page's lines ends its paragraph when it ends on a
            // lead-in's colon (…指导思想是： 坚持…) or what follows opens a paragraph by its
            // form, a run-in heading or a dash (…确保“一清水永续北上” 深化污染防治攻坚。…,
            // a paragraph the report left without its stop): a blank the page wrote itself
            // stands inside a sentence. A lead-in's colon where the line was full ends one
            // before what opens a paragraph by its form (“五个更加注重”： ——更加注重…).
            let colon = before.is_some_and(|b| matches!(b, '：' | ':'));
            let by_form = || {
                // (Up to the next blank: a run-in heading after a blank the page wrote
                // holds it, 北京市市长 殷勇 殷勇同志作政府工作报告。…)
                let (prev, after) = around();
                let piece = after.split([' ', '\u{3000}']).next().unwrap_or("");
                line_opens_by_form(&prev, piece, true)
            };
            let short_end = match full_piece {
                Some(false) => colon || by_form(),
                Some(true) => colon && by_form(),
                None => false,
            };
            // A page head's parts: a credit or location field (来源：, 您的位置：) and a report's
            // title standing as a piece of its own (…云南要闻 2026年政府工作报告 来源：…).
            let head_part = || {
                let field = CREDIT_LABELS.iter().chain(LOCATION_LABELS).any(|l| {
                    next.strip_prefix(l)
                        .is_some_and(|r| r.starts_with(['：', ':']))
                });
                field || {
                    let piece: String = line[e..]
                        .iter()
                        .take_while(|ch| !is_blank(ch.c))
                        .take(FLAT_HEADING_CHARS)
                        .map(|ch| ch.c)
                        .collect();
                    piece.contains("报告")
                        && line
                            .get(e + piece.chars().count())
                            .is_none_or(|ch| is_blank(ch.c))
                        && super::documents::report_title(&piece)
                            .is_some_and(|(kind, _)| kind != DocumentKind::Other)
                }
            };
            // A page's tail: the licence some sites end a page with, a disclaimer.
            let tail = || {
                let n = LICENCE.chars().count();
                let head: String = line[e..].iter().take(n).map(|ch| ch.c).collect();
                opens_tail_at_any_length(&head)
            };
            let breaks = stop_before
                || short_end
                || tail()
                || heading_label_len(&next).is_some_and(|n| !lists_grades(&next[n..]))
                || enumeration_marker(&next).is_some()
                || ends_heading
                || address
                || date_line
                || head_part();
            if breaks {
                out.push(Ch {
                    c: '\n',
                    off: line[k].off,
                });
                line_start = out.len();
            } else if before.is_some_and(|b| b.is_ascii_alphanumeric())
                && line.get(e).is_some_and(|ch| ch.c.is_ascii_alphanumeric())
                && (before.is_some_and(|b| b.is_ascii_alphabetic())
                    || line.get(e).is_some_and(|ch| ch.c.is_ascii_alphabetic()))
            {
                // Between Latin words (PM 2.5, Open AI): the page's own blank; one between
                // digits (12 00万) is a line the page broke.
                out.extend_from_slice(&line[k..e]);
            }
            k = e;
        }
    }
    out
}

/// How far [`unflatten`] reads past a blank to tell whether a paragraph opens there (chars).
const FLAT_LOOK_AHEAD_CHARS: usize = 80;

/// Whether a piece of a flattened line (between two blanks) is as wide as the page's lines:
/// a test, when most pieces share a width ([`Layout::wrap_width`], in characters or display
/// columns, as [`drop_wrap_blanks`] reads it); `None` otherwise.
fn full_piece_width(
    line: &[Ch],
    is_blank: impl Fn(char) -> bool,
) -> Option<impl Fn(&[Ch]) -> bool> {
    let widths: Vec<PieceWidths> = line
        .split(|ch| is_blank(ch.c))
        .filter(|piece| !piece.is_empty())
        .map(PieceWidths::of)
        .collect();
    let (w, measure) = wrap_measure(widths.iter().copied(), widths.len())?;
    Some(move |piece: &[Ch]| (Layout::floor(w)..=w + 2).contains(&measure(PieceWidths::of(piece))))
}

/// The width most of a line's `n` pieces between blanks share, and the measure it is read
/// in (characters, display columns or narrow columns: the one in which most pieces are
/// near it, as a PDF's lines keep one of them); `None` with fewer than
/// [`WRAP_BLANK_MIN_PIECES`] pieces or no shared width.
fn wrap_measure(
    widths: impl Iterator<Item = PieceWidths> + Clone,
    n: usize,
) -> Option<(usize, Measure)> {
    if n < WRAP_BLANK_MIN_PIECES {
        return None;
    }
    let measures: [Measure; 3] = [|p| p.chars, |p| p.columns, |p| p.narrow];
    measures
        .into_iter()
        .filter_map(|m| Layout::wrap_width(widths.clone().map(m), n).map(|(w, near)| (near, w, m)))
        .max_by_key(|&(near, _, _)| near)
        .map(|(_, w, m)| (w, m))
}

/// A page whose paragraphs stand one a line but keep a blank where a PDF broke their lines
/// (…深入贯彻落实 习近平总书记…, 全面贯彻落实党的二十大和二十届历次全会精 神，…), as a
/// viewer that joins a paragraph's lines with a space copies it: the pieces between such
/// blanks are as wide as the PDF's lines. A page is read so when at least
/// [`WRAP_BLANK_MIN_PIECES`] pieces stand between two blanks and most share one width
/// ([`Layout::wrap_width`], in characters or in display columns); then a blank goes when the
/// piece before it, from the line's start or the blank before, is that wide (a paragraph's
/// first piece counts its indentation; [`Layout::floor`] allows for narrow figures), or when
/// the text since the last blank that went is (a blank the page wrote, 国有企业 “争链主…,
/// inside the PDF's line, counted as the character it was there). Any
/// other blank stays (省长 赵龙, a title's two halves), and so does one between Latin words
/// (PM 2.5), which a line end cannot be told from. Lines [`unflatten`] split come here
/// without their blanks.
fn drop_wrap_blanks(chars: Vec<Ch>) -> Vec<Ch> {
    // A single space between two characters, not beside a Latin word unless Chinese text
    // stands on its other side (GDP 增长, not PM 2.5 or an English line's words).
    let latin = |a: char, b: char| a.is_ascii_alphabetic() && !is_cjk_side(b);
    let is_gap = |w: &[Ch]| {
        let (a, b) = (w[0].c, w[2].c);
        w[1].c == ' ' && !a.is_whitespace() && !b.is_whitespace() && !latin(a, b) && !latin(b, a)
    };
    let gaps: Vec<usize> = chars
        .windows(3)
        .enumerate()
        .filter(|(_, w)| is_gap(w))
        .map(|(k, _)| k + 1)
        .collect();
    if gaps.len() < WRAP_BLANK_MIN_PIECES {
        return chars;
    }
    // Each gap's piece (from the line's start or the gap before): its widths, and whether a
    // gap opens it.
    let mut pieces: Vec<(PieceWidths, bool)> = Vec::with_capacity(gaps.len());
    let mut line_start = 0;
    let mut scanned = 0;
    let mut prev_gap: Option<usize> = None;
    for &g in &gaps {
        if let Some(nl) = chars[scanned..g].iter().rposition(|c| c.c == '\n') {
            line_start = scanned + nl + 1;
            prev_gap = None;
        }
        scanned = g;
        let from = prev_gap.map_or(line_start, |p| p + 1);
        pieces.push((PieceWidths::of(&chars[from..g]), prev_gap.is_some()));
        prev_gap = Some(g);
    }
    let inner = || pieces.iter().filter(|p| p.1).map(|p| p.0);
    // The measure in which most pieces share a width is the one the PDF's lines kept.
    let Some((w, width)) = wrap_measure(inner(), inner().count()) else {
        return chars;
    };
    let fits = |p: PieceWidths| (Layout::floor(w)..=w + 2).contains(&width(p));
    let mut drop = vec![false; chars.len()];
    // Where the PDF's line before the gap began, if a blank the page kept (国有企业 “争链主…)
    // stands inside it: the last gap dropped, the blank then counting as the character it
    // was on the PDF's line.
    let mut line_from: Option<usize> = None;
    for (&g, p) in gaps.iter().zip(&pieces) {
        if !p.1 {
            line_from = Some(g - p.0.chars);
        }
        let span = line_from.map(|from| PieceWidths::of(&chars[from..g]));
        drop[g] = fits(p.0) || span.is_some_and(fits);
        if drop[g] {
            line_from = Some(g + 1);
        } else if span.is_some_and(|s| width(s) > w + 2) {
            // Past the width with no line end found: where the line began is unknown.
            line_from = None;
        }
    }
    chars
        .into_iter()
        .zip(drop)
        .filter_map(|(c, d)| (!d).then_some(c))
        .collect()
}

/// The widths of a piece of a line [`drop_wrap_blanks`] weighs, in the measures of
/// [`LineShape`].
#[derive(Clone, Copy)]
struct PieceWidths {
    chars: usize,
    columns: usize,
    narrow: usize,
}

/// One of the measures of [`PieceWidths`] (characters, display columns, narrow columns).
type Measure = fn(PieceWidths) -> usize;

impl PieceWidths {
    fn of(piece: &[Ch]) -> Self {
        PieceWidths {
            chars: piece.len(),
            columns: piece.iter().map(|c| display_columns(c.c)).sum(),
            narrow: piece.iter().map(|c| narrow_columns(c.c)).sum(),
        }
    }
}

/// Fewest pieces between two blanks from which [`drop_wrap_blanks`] reads a width.
const WRAP_BLANK_MIN_PIECES: usize = 12;

/// Whether the words after a numeral label go on listing numerals of a grade or class
/// (二、三级医院, 一、二类, 一、二、三产业): the label is the list's first item, not a
/// heading's, and a blank before it is a line the PDF broke.
fn lists_grades(after_label: &str) -> bool {
    let mut cs = after_label.chars();
    cs.next()
        .is_some_and(|c| "一二三四五六七八九十".contains(c))
        && cs
            .next()
            .is_some_and(|c| "级类等产、".contains(c) || c == '和')
}

/// Whether `source` is a web page (it declares itself: <!DOCTYPE html>, <html>, <body> in
/// its first bytes), whose line ends are markup layout rather than the text's.
fn is_html_page(source: &str) -> bool {
    const HEAD_BYTES: usize = 4096;
    let mut end = source.len().min(HEAD_BYTES);
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    let head = source[..end].to_ascii_lowercase();
    ["<!doctype html", "<html", "<body"]
        .iter()
        .any(|tag| head.contains(tag))
}

/// The first character a browser shows in `s`: tags and whitespace skipped (looking a short
/// way only).
fn next_shown_char(s: &str) -> Option<char> {
    const LOOK_AHEAD: usize = 400;
    let mut in_tag = false;
    for c in s.chars().take(LOOK_AHEAD) {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag || c.is_ascii_whitespace() => {}
            _ => return Some(c),
        }
    }
    None
}

/// Whether a character ends a run of Chinese text: an ideograph, CJK or full-width punctuation
/// (”」》）), a full-width form.
fn is_cjk_side(c: char) -> bool {
    // Full-width digits and letters belong to a number or a Latin word.
    let full_width_alphanumeric = ('\u{ff10}'..='\u{ff19}').contains(&c)
        || ('\u{ff21}'..='\u{ff3a}').contains(&c)
        || ('\u{ff41}'..='\u{ff5a}').contains(&c);
    (c >= '\u{2e80}' && !('\u{ff61}'..='\u{ffdc}').contains(&c) && !full_width_alphanumeric)
        || ('\u{2018}'..='\u{201d}').contains(&c)
}

/// The full-width form of the ASCII punctuation mark `c` typed inside Chinese text
/// (“推进改革,扩大开放.” as a page typed in an English input mode writes it), or None where it
/// belongs to a number, a list label or Latin text: 1,000 and 2.5 (digits on both sides),
/// "1." at the start of a paragraph or after a mark (：1.医疗卫生方面), www.gov.cn (Latin on
/// both sides). `before` holds the characters repaired so far; `after` is the source after
/// `c`. Left ambiguous: "增长1.15个" reads as a decimal.
///
/// Every later stage splits sentences and clauses at 。，；：, so a report typed this way
/// would otherwise lose its run-in headings, enumerations and commitments. The one place
/// cleaning changes a character rather than dropping it; the map still points at the '.'.
fn full_width_stop(c: char, before: &[Ch], after: &str) -> Option<char> {
    const MAX_LOOK_BACK: usize = 64;
    let back = before.iter().rev().map(|ch| ch.c).filter(|&c| c != ' ');
    let prev = back.clone().next()?;
    // The next character that stays: spaces and Markdown bold markers go.
    let next = after
        .chars()
        .find(|&c| c != ' ' && c != '*' && !is_invisible(c));
    let latin = |n: char| n.is_ascii_alphabetic() && prev.is_ascii_alphanumeric();
    // A run of marks (an ASCII ellipsis "...") is left as typed.
    if prev == '\n' || prev == c || next.is_some_and(|n| latin(n) || n == c) {
        return None;
    }
    // A number's separator: 1,000 and 2.5, also where a line break cuts it ("增长1." then
    // "2%" on the next line), even across a page's margins (a printed page's footer and
    // header, a page number) between the two.
    if is_digit(prev) && next_text_char(after).is_some_and(is_digit) {
        return None;
    }
    // A Latin abbreviation's point before a number: No.1, LV.4, V2.0's V.
    if c == '.' && prev.is_ascii_alphabetic() && next.is_some_and(|n| n.is_ascii_digit()) {
        return None;
    }
    // Chinese text after: a Chinese character, a figure (…达到95%.10601个村…), a Latin name
    // after Chinese text (…稳步提高.PM2.5…), a quotation typed in ASCII (他说:"…) or the
    // line's end.
    if !next.is_none_or(|n| {
        matches!(n, '\n' | '\r' | '"') || is_cjk_side(n) || is_digit(n) || n.is_ascii_alphabetic()
    }) {
        return None;
    }
    // Chinese text shortly before, on the same line (a bounded walk: a megabyte line of
    // "1%,1%,…" must not be walked back once per mark).
    if !back
        .clone()
        .take(MAX_LOOK_BACK)
        .take_while(|&c| c != '\n')
        .any(is_cjk_side)
    {
        return None;
    }
    // A list label: numerals at the start of the paragraph or after a mark ("一." then
    // Chinese text, "：1.医疗卫生方面。2.养老…"); after other text, a figure ends a sentence
    // (增长5.).
    if c == '.' {
        let mut before_numerals = back.skip_while(|&c| is_label_numeral(c)).peekable();
        let numerals = before.last().is_some_and(|ch| is_label_numeral(ch.c));
        let mark = before_numerals.next();
        let opens =
            mark.is_none_or(|c| c == '\n' || c.is_whitespace() || "：:。；;，,、（(".contains(c));
        // A ratio's second term (之比突破1:1.实施…) ends a sentence: a digit before the colon.
        let ratio = mark.is_some_and(|c| c == ':' || c == '：')
            && before_numerals.next().is_some_and(|c| c.is_ascii_digit());
        if numerals && opens && !ratio {
            return None;
        }
    }
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '.' => '。',
        '?' => '？',
        _ => '！',
    })
}

/// The ordinary mark for a small-form (U+FE50…) or vertical presentation form (U+FE10…,
/// U+FE30…) of punctuation, as NFKC gives it, but with vertical brackets as the Chinese
/// brackets they stand for (︵ → （, ﹁ → 「). Small commas and stops give the ASCII mark, which
/// [`full_width_stop`] then reads in context (﹐ between Chinese text is ，, in 1﹐000 a
/// separator). Marks that markup reads (﹤ ﹠ ﹡) are left alone.
fn presentation_punctuation(c: char) -> Option<char> {
    Some(match c {
        '\u{fe10}' => '，',
        '\u{fe11}' => '、',
        '\u{fe12}' => '。',
        '\u{fe13}' => '：',
        '\u{fe14}' => '；',
        '\u{fe15}' => '！',
        '\u{fe16}' => '？',
        '\u{fe17}' => '〖',
        '\u{fe18}' => '〗',
        '\u{fe19}' => '…',
        '\u{fe31}' => '—',
        '\u{fe32}' => '–',
        '\u{fe35}' => '（',
        '\u{fe36}' => '）',
        '\u{fe37}' => '｛',
        '\u{fe38}' => '｝',
        '\u{fe39}' => '〔',
        '\u{fe3a}' => '〕',
        '\u{fe3b}' => '【',
        '\u{fe3c}' => '】',
        '\u{fe3d}' => '《',
        '\u{fe3e}' => '》',
        '\u{fe3f}' => '〈',
        '\u{fe40}' => '〉',
        '\u{fe41}' => '「',
        '\u{fe42}' => '」',
        '\u{fe43}' => '『',
        '\u{fe44}' => '』',
        '\u{fe47}' => '［',
        '\u{fe48}' => '］',
        '\u{fe50}' => ',',
        '\u{fe51}' => '、',
        '\u{fe52}' => '.',
        '\u{fe54}' => ';',
        '\u{fe55}' => ':',
        '\u{fe56}' => '?',
        '\u{fe57}' => '!',
        '\u{fe58}' => '—',
        '\u{fe59}' => '（',
        '\u{fe5a}' => '）',
        '\u{fe5b}' => '｛',
        '\u{fe5c}' => '｝',
        '\u{fe5d}' => '〔',
        '\u{fe5e}' => '〕',
        '\u{fe62}' => '+',
        '\u{fe63}' => '-',
        '\u{fe66}' => '=',
        '\u{fe6a}' => '%',
        _ => return None,
    })
}

/// An HTML tag (or comment, or Word's conditional mark) found by [`html_tag`].
struct HtmlTag {
    /// Byte offset just past it (past the whole element for `<script>` and `<style>`).
    end: usize,
    /// Whether it breaks the paragraph.
    block: bool,
    /// Whether it is a closing tag (`</td>`).
    closing: bool,
    /// Its name in lowercase; empty for a comment or conditional mark.
    name: String,
}

/// An HTML tag (or comment) starting at `start`. `<script>`/`<style>` elements are skipped
/// with their content.
fn html_tag(source: &str, start: usize) -> Option<HtmlTag> {
    let rest = &source[start..];
    let markup = |end: usize| HtmlTag {
        end,
        block: false,
        closing: false,
        name: String::new(),
    };
    if rest.starts_with("<!--") {
        let end = rest.find("-->")?;
        return Some(markup(start + end + 3));
    }
    // Word's conditional marks outside comments: <![if !supportLists]> … <![endif]>.
    if rest.starts_with("<![") {
        let end = rest
            .find("]>")
            .filter(|&k| !rest[3..k].contains(['\n', '<']))?;
        return Some(markup(start + end + 2));
    }
    // A document type or an XML declaration: <!DOCTYPE html>, <?xml version="1.0"?>.
    let declaration = rest.starts_with("<?")
        || rest.starts_with("<!") && rest[2..].starts_with(|c: char| c.is_ascii_alphabetic());
    if declaration {
        let end = rest
            .char_indices()
            .take(2000)
            .skip(2)
            .find(|&(_, c)| c == '>' || c == '<')
            .filter(|&(_, c)| c == '>')?
            .0;
        return Some(markup(start + end + 1));
    }
    let after = rest.get(1..)?;
    let closing = after.starts_with('/');
    let name_part = after.trim_start_matches('/');
    // Namespaced names count as tags: Word's <o:p>, <st1:chsdate …>, <v:shape>.
    let name: String = name_part
        .chars()
        .take_while(|&c| c.is_ascii_alphanumeric() || c == ':' || c == '-' || c == '_')
        .collect();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // The tag must close soon, before another '<' or a blank line.
    let close = rest
        .char_indices()
        .take(2000)
        .skip(1)
        .find(|&(_, c)| c == '>' || c == '<')?;
    if close.1 != '>' || rest[..close.0].contains("\n\n") {
        return None;
    }
    // Tag names are ASCII words followed by space, '/', '>' (not a "<5%" comparison).
    let after_name = name_part[name.len()..].chars().next()?;
    if !(after_name.is_whitespace() || after_name == '/' || after_name == '>') {
        return None;
    }
    let lname = name.to_ascii_lowercase();
    let mut end = start + close.0 + 1;
    if !closing && (lname == "script" || lname == "style") {
        // The matching close tag, found without copying the rest of the page.
        let found = source[end..]
            .match_indices("</")
            .map(|(p, _)| p)
            .find(|&p| {
                let name_at = end + p + 2;
                source
                    .as_bytes()
                    .get(name_at..name_at + lname.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(lname.as_bytes()))
            });
        if let Some(p) = found {
            let tail = &source[end + p..];
            end = end + p + tail.find('>').map_or(tail.len(), |q| q + 1);
        }
    }
    Some(HtmlTag {
        end,
        block: BLOCK_TAGS.contains(&lname.as_str()),
        closing,
        name: lname,
    })
}

/// The end of a `<sup>` element whose content (from `start`, just past its opening tag,
/// inner tags such as a link's left out) is a note's reference: 1, [1], ［1］, ①, 注1, *.
fn reference_sup(source: &str, start: usize) -> Option<usize> {
    let rest = source.get(start..)?;
    let close = rest
        .char_indices()
        .take(200)
        .find(|&(k, _)| rest[k..].starts_with("</sup") || rest[k..].starts_with("</SUP"))?
        .0;
    let element_end = start + close + rest[close..].find('>')? + 1;
    let mut content = String::new();
    let mut in_tag = false;
    for c in rest[..close].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag && !c.is_whitespace() => content.push(c),
            _ => {}
        }
    }
    let inner = content
        .trim_start_matches(['[', '［', '〔', '('])
        .trim_end_matches([']', '］', '〕', ')'])
        .trim_start_matches('注');
    let number = (1..=2).contains(&inner.chars().count()) && inner.chars().all(is_digit);
    let mark = inner.chars().count() == 1
        && inner
            .chars()
            .all(|c| c == '*' || circled_number(c).is_some());
    (number || mark).then_some(element_end)
}

/// An HTML entity at `start` (`&amp;`, `&#12345;`, `&#x4e00;`): its end and character.
pub(super) fn html_entity(source: &str, start: usize) -> Option<(usize, char)> {
    let rest = &source[start + 1..];
    let semi = rest.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let body = &rest[..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(code)?
    } else {
        match body {
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "deg" => '°',
            "shy" | "zwsp" => '\u{ad}',
            _ => return None,
        }
    };
    Some((start + 1 + semi + 1, c))
}

// ---------------------------------------------------------------------------------------------
// Pass 2: lines.

/// Split on line ends into paragraphs: whitespace trimmed, inner runs collapsed, Markdown
/// heading markers and rule lines removed, empty lines dropped.
///
/// Rows of tab-separated tables are dropped: on newspaper pages they are layout columns
/// (district news beside the report), not report prose, and joining them into the report
/// would corrupt its last paragraphs. A tab used only as indentation does not make a row.
fn split_lines(chars: &[Ch], source: &str) -> Vec<Para> {
    let mut paras = Vec::new();
    let mut out: Vec<Ch> = Vec::new();
    // Whether a blank line (or nothing) came since the last paragraph kept.
    let mut after_blank = false;
    // Whether the last paragraph kept is a Markdown table row, and that row's line.
    let mut last_row = false;
    let mut last_row_line: Vec<Ch> = Vec::new();
    // The column the current table's header names the plan in, when not the last.
    let mut plan_col: Option<usize> = None;
    let spacing = LetterSpacing::new(chars);
    for line in chars.split(|c| c.c == '\n') {
        // One pass: whether the line has whitespace at all, and whether a tab stands between
        // two non-whitespace characters (a table row). A tab after a heading label alone is
        // how Word writes its numbering out as text (一、<tab>坚持…), and no column.
        let (mut any_space, mut seen_content, mut tab_pending, mut inner_tab) =
            (false, false, false, false);
        let mut labels_only = true;
        for (i, c) in line.iter().enumerate() {
            if c.c.is_whitespace() {
                any_space = true;
                tab_pending |= c.c == '\t' && seen_content;
            } else if tab_pending {
                if labels_only && is_label_before_tab(&line[..i], c.c) {
                    tab_pending = false;
                    labels_only = false;
                    continue;
                }
                inner_tab = true;
                break;
            } else {
                seen_content = true;
            }
        }
        if inner_tab {
            continue;
        }
        let undoubled;
        let drawn_twice = doubled_copy(line);
        let line = match &drawn_twice {
            Some(copy) => {
                undoubled = [&line[..copy.start], &line[copy.end..]].concat();
                &undoubled[..]
            }
            None => line,
        };
        // Most lines (CJK paragraphs) have no whitespace to normalise: use them as they are.
        let kept: &[Ch] = if any_space {
            normalise_spaces(line, &spacing, &mut out);
            &out
        } else {
            line
        };
        let body = &kept[markdown_block_len(kept)..];
        let body = &body[markdown_heading_len(body)..];
        let body = &body[lost_indent_len(body)..];
        if body.is_empty() || is_rule(body) {
            after_blank = true;
            if last_row {
                end_table(&mut paras);
            }
            last_row = false;
            plan_col = None;
            continue;
        }
        match table_row(body, plan_col) {
            Some(TableRow::Separator) => {
                // The row above was the table's header: labels, not content, but they say
                // which column holds the plan.
                if last_row {
                    paras.pop();
                    plan_col = tables::row_cells(&last_row_line)
                        .and_then(|cells| tables::planned_column(&cells));
                }
                last_row = false;
                continue;
            }
            Some(TableRow::Cells(row)) => {
                paras.push(Para::from_chars(
                    &row,
                    LineShape::of(line, after_blank, source),
                ));
                after_blank = false;
                last_row = true;
                last_row_line = body.to_vec();
                continue;
            }
            None => {
                if last_row {
                    end_table(&mut paras);
                }
                last_row = false;
                plan_col = None;
            }
        }
        let mut shape = LineShape::of(line, after_blank, source);
        if drawn_twice.is_some() {
            // Bold text, letter by letter: its width says nothing of where the page wraps.
            shape.chars = body.len();
            shape.columns = body.iter().map(|c| display_columns(c.c)).sum();
            shape.narrow = body.iter().map(|c| narrow_columns(c.c)).sum();
        }
        paras.push(Para::from_chars(body, shape));
        after_blank = false;
    }
    if last_row {
        end_table(&mut paras);
    }
    paras
}

/// Bullets a page may set before paragraphs (not a dash, which opens ——经济总体回升向好,
/// nor ○, which pages write for 〇): a part of [`crate::text::BULLET_MARKS`] (a test checks).
const BULLET_SYMBOLS: &[char] = &[
    '●', '•', '■', '◆', '◇', '▪', '▶', '►', '▸', '★', '☆', '◎', '□', '▲', '◼', '◉',
];

/// Fewest lines a page must have before [`strip_page_bullets`] judges its bullets.
const MIN_BULLETED_PAGE_LINES: usize = 8;

/// The length (characters) from which a paragraph counts as running text for
/// [`strip_page_bullets`]; a list item (●新增城镇就业5万人) is mostly shorter.
const BODY_PARAGRAPH_CHARS: usize = 40;

/// Drop the bullet a page sets before (nearly) every paragraph (● 正文, ■正文): when half
/// its lines open with one, the bullet is the page's style and says nothing; fewer, they
/// mark the items of a list (●新增城镇就业5万人), which the list and target readers use.
fn strip_page_bullets(mut paras: Vec<Para>) -> Vec<Para> {
    let bullet_len = |p: &Para| {
        let mut chars = p.text.chars();
        if !chars.next().is_some_and(|c| BULLET_SYMBOLS.contains(&c)) {
            return 0;
        }
        let spaces = chars.take_while(|c| c.is_whitespace()).count();
        if p.char_count() > 1 + spaces {
            1 + spaces
        } else {
            0
        }
    };
    let bulleted = paras.iter().filter(|p| bullet_len(p) > 0).count();
    // Or half its body paragraphs, where a page's menu lines and short headings would
    // outnumber them (a web page bulleting every paragraph of running text). A paragraph
    // its label opens ((一)…。…) is numbered, not bulleted: it does not count.
    let body =
        |p: &&Para| p.char_count() >= BODY_PARAGRAPH_CHARS && heading_label_len(&p.text).is_none();
    let bodies = paras.iter().filter(body).count();
    let bulleted_bodies = paras
        .iter()
        .filter(body)
        .filter(|p| bullet_len(p) > 0)
        .count();
    let style = bulleted * 2 >= paras.len()
        || (bodies >= MIN_BULLETED_PAGE_LINES && bulleted_bodies * 2 >= bodies);
    if paras.len() < MIN_BULLETED_PAGE_LINES || !style {
        return paras;
    }
    for p in &mut paras {
        let n = bullet_len(p);
        if n > 0 {
            let bytes: usize = p.text.chars().take(n).map(char::len_utf8).sum();
            p.text.drain(..bytes);
            p.offs.drain(..n);
        }
    }
    paras
}

/// The second copy of text a PDF drew twice to make it look bold (伪粗体), as text extraction
/// leaves it: a whole line written twice ("一、2024年工作回顾一、2024年工作回顾", spaced or
/// not), or a bold lead-in before a colon ("各位代表：各位代表：现在，…"). The copy's range in
/// `line`. A copy holds at least [`MIN_DOUBLED`] characters, two of them ideographs, and a
/// whole line's copy at most [`MAX_DOUBLED_LINE`]: no line of a report says the same thing
/// twice in a row.
fn doubled_copy(line: &[Ch]) -> Option<std::ops::Range<usize>> {
    // A lead-in is looked for only among the line's first characters.
    const MAX_LEAD_IN: usize = 40;
    let first = line.iter().position(|c| !c.c.is_whitespace())?;
    // Cheap test first (almost every line fails it): the first character comes again right
    // after a colon or after the line's own last character.
    let last = line.iter().rev().find(|c| !c.c.is_whitespace())?.c;
    let mut before = line[first].c;
    let again = line[first + 1..].iter().any(|c| {
        let hit = c.c == line[first].c && (matches!(before, '：' | ':') || before == last);
        if !c.c.is_whitespace() {
            before = c.c;
        }
        hit
    });
    if !again {
        return None;
    }
    let same = |a: &[usize], b: &[usize]| a.iter().zip(b).all(|(&i, &j)| line[i].c == line[j].c);
    let copy_of = |text: &[usize]| {
        text.len() >= MIN_DOUBLED
            && text
                .iter()
                .filter(|&&i| crate::text::is_cjk_ideograph(line[i].c))
                .count()
                >= 2
    };
    // The line's characters other than blanks, by index.
    let ink: Vec<usize> = (first..line.len())
        .filter(|&i| !line[i].c.is_whitespace())
        .collect();
    let n = ink.len();
    if n.is_multiple_of(2)
        && n / 2 <= MAX_DOUBLED_LINE
        && copy_of(&ink[..n / 2])
        && same(&ink[..n / 2], &ink[n / 2..])
    {
        return Some(ink[n / 2]..line.len());
    }
    (MIN_DOUBLED..=MAX_LEAD_IN.min(n / 2)).find_map(|k| {
        let lead_in = matches!(line[ink[k - 1]].c, '：' | ':')
            && line[ink[k]].c == line[ink[0]].c
            && copy_of(&ink[..k])
            && same(&ink[..k], &ink[k..2 * k]);
        lead_in.then(|| ink[k]..ink.get(2 * k).copied().unwrap_or(line.len()))
    })
}

/// The fewest characters a doubled copy ([`doubled_copy`]) holds.
const MIN_DOUBLED: usize = 4;
/// The most characters a line drawn twice holds in each copy: a heading or a bold sentence.
const MAX_DOUBLED_LINE: usize = 100;

/// A Markdown table ended with the last paragraph: its last row ends the list it reads as
/// ("。" for the row's "；"), so the text after the table does not run on into it.
fn end_table(paras: &mut [Para]) {
    let Some(p) = paras.last_mut() else { return };
    if p.text.ends_with('；') {
        p.text.pop();
        p.text.push('。');
    }
}

/// Whether `before`, a line up to the whitespace ahead of its first inner tab, is only a
/// heading or item label (一、 （一） 1. ①), as Word's numbering reads when saved as text;
/// `next` is the first character after the tab (a digit there would make 1. a decimal).
fn is_label_before_tab(before: &[Ch], next: char) -> bool {
    let mut label: String = before.iter().map(|c| c.c).collect();
    label.truncate(label.trim_end().len());
    let start = label.len() - label.trim_start().len();
    let len = label.len() - start;
    label.push(next);
    heading_label_len(&label[start..]) == Some(len)
}

/// Length of the question marks (and blanks between them) opening a line where a page's
/// ideographic-space indentation was lost to an encoding (? ? ——坚决打赢…, ?? 2024年，…):
/// no line of text opens with an ASCII question mark.
fn lost_indent_len(line: &[Ch]) -> usize {
    let n = line
        .iter()
        .take_while(|c| c.c == '?' || c.c == ' ' || c.c == '\u{3000}')
        .count();
    if line.first().is_some_and(|c| c.c == '?') && n < line.len() {
        n
    } else {
        0
    }
}

/// Copy `line` into `out` with leading and trailing whitespace removed and each inner run
/// collapsed to one space (a single ordinary or ideographic space is kept as written), except
/// a narrow gap between Chinese text and a figure or Latin word, which goes (see
/// [`is_typesetting_gap`]), and on a letter-spaced line ([`LetterSpacing`]) a single space
/// between two lone characters, which goes too.
fn normalise_spaces(line: &[Ch], spacing: &LetterSpacing, out: &mut Vec<Ch>) {
    out.clear();
    // Whether the line is letter-spaced, asked only at a gap that could be letter spacing.
    let mut spaced: Option<bool> = None;
    let mut k = 0;
    while k < line.len() {
        if line[k].c.is_whitespace() {
            let run = line[k..].iter().take_while(|c| c.c.is_whitespace()).count();
            // Leading and trailing whitespace goes; an inner run becomes one space (a single
            // ordinary or ideographic space is kept as written).
            // On a letter-spaced line a letter gap between two lone characters goes
            // ("2 0 2 5 年", "( G D P )", "政 　 府"); one beside a word the tool left whole
            // stays.
            let lone = |at: usize, step: isize| {
                let beyond = at.checked_add_signed(step).and_then(|j| line.get(j));
                line.get(at).is_some_and(|c| !c.c.is_whitespace())
                    && beyond.is_none_or(|c| c.c.is_whitespace())
            };
            // A mark ending a spaced lead-in is no word ("各 位 代 表 ：现在，…").
            let mark_after = line
                .get(k + run)
                .is_some_and(|c| "：；，。、！？）」』”".contains(c.c));
            // Between two ideographs (or CJK marks) a letter gap goes however the tool set
            // their neighbours: it may have spaced ideographs only, leaving figures and marks
            // against them ("增 长5%左 右、", "结 果，").
            let between_ideographs = k > 0
                && is_cjk_side(line[k - 1].c)
                && line.get(k + run).is_some_and(|c| is_cjk_side(c.c));
            let letter_gap = spacing::is_letter_gap(&line[k..k + run])
                && k > 0
                && (lone(k - 1, -1) && (lone(k + run, 1) || mark_after) || between_ideographs)
                && *spaced.get_or_insert_with(|| spacing.line(line));
            if !out.is_empty()
                && k + run < line.len()
                && !letter_gap
                && !is_typesetting_gap(out, &line[k..k + run], line[k + run].c)
                && !is_label_gap(out, line[k + run].c)
            {
                let first = line[k];
                let c = if run == 1 && matches!(first.c, ' ' | '\u{3000}') {
                    first.c
                } else {
                    ' '
                };
                out.push(Ch { c, off: first.off });
            }
            k += run;
        } else {
            out.push(line[k]);
            k += 1;
        }
    }
}

/// A numeral of a list label or page number: 1, １, 一…十.
fn is_label_numeral(c: char) -> bool {
    is_digit(c) || "一二三四五六七八九十".contains(c)
}

/// Whether a gap after `before`, the line so far, and ahead of `after` falls inside a heading
/// label opening the line ("一 、", "（ 一 ）", "( 3 )", as OCR and some converters space
/// them): the label then reads as written together.
fn is_label_gap(before: &[Ch], after: char) -> bool {
    let Some((first, rest)) = before.split_first() else {
        return false;
    };
    let opens = matches!(first.c, '（' | '(');
    let inner = if opens { rest } else { before };
    if before.len() > 4 || !inner.iter().all(|c| is_label_numeral(c.c)) {
        return false;
    }
    match (opens, inner.is_empty()) {
        (true, true) => is_label_numeral(after),
        (true, false) => matches!(after, '）' | ')'),
        (false, _) => matches!(after, '、' | '．'),
    }
}

/// Whether the whitespace `gap` after `before` and ahead of `after` is the thin space that
/// PDF text extraction and "pangu" spacing put between Chinese text and a figure ("增长 5%左右",
/// "2025 年", "5% 左右", "第 3 版"), not a separator: one or two ordinary, no-break or
/// typographic spaces (a tab or an ideographic space stays a separator) with Chinese text on
/// one side and a digit (or a figure's %, ‰) on the other, or a digit and the % or ‰ it
/// carries ("再降 10 %"), or a range's dash and a figure beside it ("4.5% — 5%"). Dropped so
/// a figure reads with its unit, a range as one, and a year with 年, as they would with no
/// gap. So is such a space after a full-width mark (“…增长， 考虑了…”, a page that typed
/// ", " and had the comma made full-width). A Latin word keeps its spaces
/// ("精神 and 二十届", "AI 大模型"), and so does an appendix label ("附件2 名词解释").
fn is_typesetting_gap(before: &[Ch], gap: &[Ch], after: char) -> bool {
    let thin = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}');
    let Some(last) = before.last().map(|c| c.c) else {
        return false;
    };
    let label = || {
        let mut rev = before
            .iter()
            .rev()
            .map(|c| c.c)
            .skip_while(|&c| is_digit(c));
        let (b, a) = (rev.next(), rev.next());
        a == Some('附') && matches!(b, Some('件' | '表' | '录'))
    };
    let figure_end = |c: char| is_digit(c) || matches!(c, '%' | '‰' | '％');
    // A range's dash between two figures ("4.5% — 5%", "5.0%— 5.5%").
    let dash = |c: char| matches!(c, '—' | '–' | '-' | '－' | '~' | '～');
    let range = figure_end(last) && dash(after)
        || dash(last)
            && is_digit(after)
            && before.iter().rev().nth(1).is_some_and(|c| figure_end(c.c));
    // A space after a full-width mark, as typed after its half-width form (", " made "，").
    let after_mark = matches!(last, '，' | '。' | '；' | '：' | '、' | '！' | '？');
    gap.len() <= 2
        && gap.iter().all(|c| thin(c.c))
        && (after_mark
            || is_cjk_side(last) && is_digit(after)
            || (is_digit(last) && !label() || matches!(last, '%' | '‰' | '％'))
                && is_cjk_side(after)
            || is_digit(last) && matches!(after, '%' | '‰' | '％')
            || range)
}

/// `> 正文` / `>> 正文` (a Markdown quotation, as a note or a page converted to Markdown quotes
/// a report) and `- 正文` / `* 正文` / `+ 正文` (a Markdown list item, as some converters set
/// every paragraph): the number of leading characters to drop. A dash opening a line that
/// ends on one stays (`- 2 -`, a page number).
fn markdown_block_len(line: &[Ch]) -> usize {
    let mut k = 0;
    let space = |k: usize| line.get(k).is_some_and(|c| c.c == ' ' || c.c == '\u{3000}');
    while line.get(k).is_some_and(|c| c.c == '>' || c.c == '＞') {
        k += 1;
        while space(k) {
            k += 1;
        }
    }
    let bullet = line.get(k).is_some_and(|c| matches!(c.c, '-' | '*' | '+'));
    let after = line.get(k + 2).is_some_and(|c| !c.c.is_whitespace());
    let page_number = line
        .iter()
        .rev()
        .find(|c| !c.c.is_whitespace())
        .is_some_and(|c| matches!(c.c, '-' | '—' | '－'));
    if bullet && space(k + 1) && after && !page_number {
        k += 2;
    }
    k
}

/// `# 标题` / `## 标题` / `### 标题` → `标题`: the number of leading characters to drop.
fn markdown_heading_len(line: &[Ch]) -> usize {
    let hashes = line
        .iter()
        .take_while(|c| c.c == '#' || c.c == '＃')
        .count();
    if hashes == 0 || hashes > 6 {
        return 0;
    }
    let spaces = line[hashes..]
        .iter()
        .take_while(|c| c.c.is_whitespace())
        .count();
    // "#1" could be a number; require a space, or a CJK character right after the markers.
    let next = line.get(hashes + spaces).map(|c| c.c);
    if spaces > 0 || next.is_some_and(|c| !c.is_ascii()) {
        hashes + spaces
    } else {
        0
    }
}

/// A horizontal rule: `---`, `***`, `___`, `===`, `———`.
fn is_rule(line: &[Ch]) -> bool {
    line.len() >= 3
        && line
            .iter()
            .all(|c| matches!(c.c, '-' | '*' | '_' | '=' | '—' | '─' | '━' | '－' | ' '))
}

// ---------------------------------------------------------------------------------------------
// Pass 3: page furniture.

/// Words page menus are made of (打印本页, 【字号：大 中 小】, 分享到…).
const MENU_WORDS: &[&str] = &[
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "打印",
    "下载",
    "全屏",
    "关闭",
    "收藏",
    "分享到",
    "分享",
    "字号",
    "字体",
    "加大",
    "还原",
    "减小",
    "放大",
    "缩小",
    "默认",
    "大",
    "中",
    "小",
    "纠错",
    "返回",
    "首页",
    "微信",
    "微博",
    "扫一扫",
    "复制链接",
    "复制",
    "链接",
    "朋友圈",
    "QQ空间",
    "QQ",
    "上一篇",
    "下一篇",
    "我要纠错",
    "我要打印",
    "在手机打开",
    "在手机上打开",
    "当前页",
    "点击",
    "查看大图",
    "大图",
    // A news app's prompts (展开全文, 打开APP，阅读全文, 打开APP阅读更多精彩内容) and a social
    // page's buttons (阅读原文, 点赞, 在看).
    "展开全文",
    "阅读全文",
    "阅读原文",
    "阅读更多",
    "更多精彩内容",
    "精彩内容",
    "打开",
    "APP",
    "App",
    "app",
    "客户端",
    "全文",
    "点赞",
    "在看",
    // A news story's end mark: （完）.
    "完",
];

/// Markers after which a page has only links, credits and licences.
const TAIL_MARKERS: &[&str] = &[
    "相关报道",
    "上一篇",
    "下一篇",
    "版权所有",
    "Copyright",
    "网站声明",
    "相关链接",
    "相关附件",
    "相关新闻",
    "相关阅读",
    "责任编辑",
    "扫一扫在手机",
    "扫描二维码",
    "打印本页",
    "【打印本页】",
    "关闭窗口",
];

/// The [`TAIL_MARKERS`] that are a page's own controls or credits rather than a heading of
/// what follows: they open its tail only when no paragraph of body text follows them
/// ([`cut_trailing_block`]).
const PAGE_CONTROLS: &[&str] = &[
    "打印本页",
    "关闭窗口",
    "扫一扫在手机",
    "扫描二维码",
    "责任编辑",
];

/// The licence line some government sites end a page with; it opens a page's tail at any
/// length.
const LICENCE: &str = "本作品是中华人民共和国的";

/// The disclaimers news sites append to a report they republish (声明：本网转发此文章…,
/// 免责声明：该文章系本站转载…, 凡本网注明“来源：…”的所有文字…): dropped wherever they
/// stand, and the tail after one is cut as after [`TAIL_MARKERS`], whatever its length.
const DISCLAIMERS: &[&str] = &[
    "声明：",
    "声明:",
    "免责声明",
    "特别声明",
    "版权声明",
    "郑重声明",
    "凡本网注明",
    "①凡本网注明",
];

/// Whether a line opens a page's tail whatever its length: the site's licence
/// ([`LICENCE`]) or a disclaimer.
fn opens_tail_at_any_length(text: &str) -> bool {
    text.starts_with(LICENCE) || is_disclaimer(text)
}

/// Whether a line is a site's disclaimer ([`DISCLAIMERS`]).
fn is_disclaimer(text: &str) -> bool {
    DISCLAIMERS.iter().any(|m| text.starts_with(m))
}

/// Characters a menu line is made of apart from its words (brackets, colons, separators).
const MENU_PUNCT: &str = "【】[]（）()：:|>/·,，、 \u{3000}";

/// Whether `c` can appear in a menu line: a separator or a character of a menu word.
fn is_menu_char(c: char) -> bool {
    static CHARS: OnceLock<Vec<char>> = OnceLock::new();
    let chars = CHARS.get_or_init(|| {
        let mut v: Vec<char> = MENU_WORDS
            .iter()
            .flat_map(|w| w.chars())
            .chain(MENU_PUNCT.chars())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    chars.binary_search(&c).is_ok()
}

/// A site's bar of links (某某网|某某导航|某某视频|…, spam keywords some mirrors put on top)
/// or breadcrumb trail (网易首页 > 网易号 > 正文): at least five parts between pipes or three
/// between > or », each short, and no mark a sentence has. A title with a pipe or two
/// (两会｜政府工作报告) stays, and so does a short table row written without outer pipes.
fn is_link_bar(text: &str) -> bool {
    const MAX_PART_CHARS: usize = 16;
    const MAX_BAR_BYTES: usize = 1000;
    if text.len() > MAX_BAR_BYTES || text.contains(['。', '，', '；', '：', '！', '？', '、'])
    {
        return false;
    }
    let bar = |seps: &[char], min_parts: usize| {
        let parts: Vec<&str> = text.split(seps).map(str::trim).collect();
        parts.len() >= min_parts
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().count() <= MAX_PART_CHARS)
    };
    bar(&['|', '｜'], 5) || bar(&['>', '＞', '»', '›'], 3)
}

/// A line of page menu words, with or without brackets and colons.
fn is_menu(text: &str) -> bool {
    // A menu is a short line (and a long one must not cost a quadratic walk: a megabyte line
    // of 中 is made of menu characters).
    const MAX_MENU_BYTES: usize = 600;
    // Quick rejection (almost every line): a character no menu word or separator has.
    if text.len() > MAX_MENU_BYTES || !text.chars().all(is_menu_char) {
        return false;
    }
    let rest: String = text.chars().filter(|c| !MENU_PUNCT.contains(*c)).collect();
    if rest.is_empty() {
        // Pure punctuation left by a menu ("】", "：").
        return text.chars().count() <= 3;
    }
    let mut at = 0;
    while at < rest.len() {
        match MENU_WORDS.iter().find(|w| rest[at..].starts_with(*w)) {
            Some(w) => at += w.len(),
            None => return false,
        }
    }
    true
}

/// A page navigation line of a web page that splits an article into pages: "上一页 1 2 3
/// 下一页", "首页 上一页 下一页 尾页", "共5页 第2页".
fn is_pagination(text: &str) -> bool {
    const WORDS: [&str; 6] = ["上一页", "下一页", "首页", "尾页", "末页", "跳转"];
    if !(text.contains("上一页") || text.contains("下一页")) || text.chars().count() > 60 {
        return false;
    }
    let mut rest = text.to_string();
    for w in WORDS {
        rest = rest.replace(w, "");
    }
    rest.chars()
        .all(|c| is_digit(c) || c.is_whitespace() || "共第页…|/【】[]<>《》«»".contains(c))
}

/// Where the text at `from..` goes on on another newspaper page and the file does not hold
/// it: the first mark （下转第2版） / （转第3版） / （转至第4版） at or after byte `from` of
/// `source` with no mark （上接第1版） / （接第2版） after it (a file of several pages holds
/// the continuation, its page opening with one). The mark's offset and text.
pub(crate) fn continued_elsewhere(source: &str, from: usize) -> Option<(usize, String)> {
    let mut at = from.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let rest = &source[at..];
    let (start, end) = outgoing_mark(rest)?;
    let resumed = RESUMED.iter().any(|w| rest[end..].contains(w));
    (!resumed).then(|| (at + start, rest[start..end].to_string()))
}

/// Words opening a mark that continues from another page, as [`continued_elsewhere`] and
/// [`started_elsewhere`] look for them.
const RESUMED: &[&str] = &["上接第", "接上第", "紧接第", "（接第", "(接第"];

/// The first mark sending the reader to another page in `text` (（下转第2版）, 转第3版,
/// 转至第4版): its byte range, 下 included.
fn outgoing_mark(text: &str) -> Option<(usize, usize)> {
    text.match_indices('转').find_map(|(k, _)| {
        let mut j = k + '转'.len_utf8();
        if text[j..].starts_with('至') {
            j += '至'.len_utf8();
        }
        j += text[j..].strip_prefix('第').map(|_| '第'.len_utf8())?;
        let n = text[j..].len() - text[j..].trim_start_matches(is_label_numeral).len();
        let page = j + n;
        (n > 0 && text[page..].starts_with('版')).then(|| {
            let start = text[..k]
                .char_indices()
                .next_back()
                .filter(|&(_, c)| c == '下')
                .map_or(k, |(i, _)| i);
            (start, page + '版'.len_utf8())
        })
    })
}

/// Whether the text of `source` between bytes `from` and `to` came from another newspaper
/// page the file does not hold: a line there is, or opens with, a mark continuing from one
/// (（上接第1版）), and no mark before it in the file sends a reader on (a file of several
/// pages holds the page it continues). The mark's text.
pub(crate) fn started_elsewhere(source: &str, from: usize, to: usize) -> Option<String> {
    let mut pos = 0;
    for line in source.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        if pos <= from {
            continue;
        }
        if start >= to {
            break;
        }
        let text = line.trim();
        let Some(end) = leading_jump(text) else {
            continue;
        };
        let inner = text[..end]
            .trim_start_matches(['(', '（', '【', '['])
            .trim_end_matches([')', '）', '】', ']']);
        if INCOMING_JUMP.iter().any(|w| inner.starts_with(w)) {
            return outgoing_mark(&source[..start])
                .is_none()
                .then(|| inner.to_string());
        }
    }
    None
}

/// Most paragraphs, and characters, that may stand between a page's jump to the next
/// (（下转第2版）) and the next page's mark that continues it (（上接第1版）) to be taken
/// for the pages' furniture: a staff line, the page's running head and date, a page marker.
const MAX_JUMP_GAP_PARAS: usize = 12;
const MAX_JUMP_GAP_CHARS: usize = 600;

/// For each paragraph, whether it stands between a paragraph that ends by jumping to another
/// page (…乡镇卫生院（下转第2版）, or the mark alone) and the next that opens continuing from
/// one (（上接第1版）一体化管理率…): what a newspaper sets there is page furniture of any
/// kind (本版统筹：…, 太原日报 2026年2月5日 星期四 3版, 要闻·两会), never report text. Only
/// a short gap counts ([`MAX_JUMP_GAP_PARAS`], [`MAX_JUMP_GAP_CHARS`]): a page holding other
/// articles there keeps them for the other rules to judge.
fn between_page_jumps(paras: &[Para]) -> Vec<bool> {
    let mut out = vec![false; paras.len()];
    let outgoing = |m: &str| OUTGOING_JUMP.iter().any(|w| m.contains(w));
    let incoming = |m: &str| INCOMING_JUMP.iter().any(|w| m.contains(w));
    let goes_on = |t: &str| {
        is_jump_line(t) && outgoing(t) || trailing_jump(t).is_some_and(|k| outgoing(&t[k..]))
    };
    let continues = |t: &str| {
        is_jump_line(t) && incoming(t) || leading_jump(t).is_some_and(|e| incoming(&t[..e]))
    };
    let mut from: Option<usize> = None;
    for (i, p) in paras.iter().enumerate() {
        // Only paragraphs that mention a page can be either end: most are skipped at once.
        let text = p.text.as_str();
        let pages = text.contains('版');
        if pages && continues(text) {
            if let Some(f) = from.take() {
                let gap = &paras[f + 1..i];
                let chars: usize = gap.iter().map(Para::char_count).sum();
                if gap.len() <= MAX_JUMP_GAP_PARAS && chars <= MAX_JUMP_GAP_CHARS {
                    out[f + 1..i].iter_mut().for_each(|b| *b = true);
                }
            }
        }
        if pages && goes_on(text) {
            from = Some(i);
        }
    }
    out
}

/// Where a bracketed jump mark opening `text` ends ((上接第1版)力争…): its byte end.
fn leading_jump(text: &str) -> Option<usize> {
    if !text.starts_with(['(', '（']) {
        return None;
    }
    let close = text.find([')', '）'])?;
    let end = close + text[close..].chars().next().map_or(1, char::len_utf8);
    is_jump_line(&text[..end]).then_some(end)
}

/// Where a bracketed jump mark ending `text` starts (…乡镇卫生院（下转第2版）): its byte
/// offset.
fn trailing_jump(text: &str) -> Option<usize> {
    if !text.ends_with([')', '）']) {
        return None;
    }
    let open = text.rfind(['(', '（'])?;
    is_jump_line(&text[open..]).then_some(open)
}

/// The words of a jump mark that sends the reader on to another page (（下转第2版）).
const OUTGOING_JUMP: &[&str] = &["下转", "转第", "转下", "转至"];
/// The words of a jump mark that continues from another page (（上接第1版）).
const INCOMING_JUMP: &[&str] = &["上接", "紧接", "接第", "接上"];

/// "(上接第1版)", "（下转第2版）", "（转第3版）".
fn is_jump_line(text: &str) -> bool {
    let inner = text.trim_start_matches(['(', '（', '【', '[']);
    // The mark is the whole line: a short paragraph opening with one
    // (（上接第3版）力争突破1.4万亿元。) is text, which `strip_jump_marks` frees.
    text.chars().count() <= 20
        && INCOMING_JUMP
            .iter()
            .chain(OUTGOING_JUMP)
            .any(|w| inner.starts_with(w))
        && text
            .trim_end_matches([')', '）', '】', ']'])
            .ends_with('版')
}

/// The byte length of a time stamp ending `text` (2026-03-04 15:08:03, or without the
/// seconds), blanks before it included; 0 when there is none.
fn trailing_timestamp_len(text: &str) -> usize {
    let b = text.as_bytes();
    let shape = |stamp: &[u8]| {
        stamp.iter().enumerate().all(|(k, &c)| match k {
            4 | 7 => c == b'-',
            10 => c == b' ',
            13 | 16 => c == b':',
            _ => c.is_ascii_digit(),
        })
    };
    for len in [19, 16] {
        if b.len() >= len && shape(&b[b.len() - len..]) {
            let body = text[..text.len() - len].trim_end();
            return text.len() - body.len();
        }
    }
    0
}

/// Fewest lines ending with a time stamp that make a page a live text (文字实录).
const LIVE_MIN_STAMPS: usize = 5;

/// Whether the page is a live text of a session (文字实录): a speaker's line, then what
/// they said, each ending with the time it was posted (…请予审议。2026-03-04 15:07:43). At
/// least [`LIVE_MIN_STAMPS`] lines, and a third of the page's, end with a time stamp.
fn is_live_text(paras: &[Para]) -> bool {
    let stamped = paras
        .iter()
        .filter(|p| trailing_timestamp_len(&p.text) > 0)
        .count();
    stamped >= LIVE_MIN_STAMPS && stamped * 3 >= paras.len()
}

/// A live text's speaker line: a short name and a colon (王沪宁：, 中国网:).
fn is_speaker_line(text: &str) -> bool {
    const MAX_NAME_CHARS: usize = 8;
    text.strip_suffix(['：', ':']).is_some_and(|name| {
        let n = name.chars().count();
        (2..=MAX_NAME_CHARS).contains(&n)
            && !name.contains(|c: char| is_digit(c) || "，。；、".contains(c))
    })
}

/// Remove the time stamp a live text ends each line with.
fn strip_trailing_timestamp(p: &mut Para) {
    let len = trailing_timestamp_len(&p.text);
    if len == 0 {
        return;
    }
    let keep = p.text.len() - len;
    let chars = p.text[..keep].chars().count();
    p.text.truncate(keep);
    p.offs.truncate(chars);
}

/// A jump mark a newspaper page ran into the text rather than setting on its own line,
/// "（紧接第3版）实施…" or "…营收（下转第4版）": removed from the start or end of the paragraph.
fn strip_jump_marks(p: &mut Para) {
    let text = p.text.as_str();
    let lead = leading_jump(text)
        .filter(|&end| end < text.len())
        .unwrap_or(0);
    let trail = trailing_jump(text)
        .filter(|&open| open > lead)
        .map_or(0, |open| text.len() - open);
    if lead == 0 && trail == 0 {
        return;
    }
    // Keep the characters between the marks, without the blanks next to them.
    let body = &text[lead..text.len() - trail];
    let first =
        text[..lead].chars().count() + (body.chars().count() - body.trim_start().chars().count());
    let kept = body.trim().chars().count();
    p.offs = p.offs[first..first + kept].to_vec();
    p.text = body.trim().to_string();
}

/// Words a transcript puts in brackets for the hall's response (（掌声）, （热烈鼓掌）,
/// （笑声）): the reader's note, not the speaker's words.
const HALL_RESPONSES: &[&str] = &["掌声", "鼓掌", "笑声"];

/// Most characters inside the brackets of a stage direction (（长时间热烈鼓掌）).
const STAGE_DIRECTION_CHARS: usize = 8;

/// The byte length of a stage direction opening `text` (（掌声）, (全场热烈鼓掌)): brackets
/// round at most [`STAGE_DIRECTION_CHARS`] Chinese characters naming a hall's response.
fn stage_direction_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix(['（', '('])?;
    let close = inner
        .char_indices()
        .take(STAGE_DIRECTION_CHARS + 1)
        .find(|&(_, c)| c == '）' || c == ')')?
        .0;
    let words = &inner[..close];
    (words.chars().all(crate::text::is_cjk_ideograph)
        && HALL_RESPONSES.iter().any(|w| words.contains(w)))
    .then(|| {
        text.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8)
    })
}

/// Remove the stage directions a transcript of the speech runs into the text
/// (…新的更大贡献！（热烈掌声）), with a blank before one, so the report reads as written.
fn strip_stage_directions(p: &mut Para) {
    // Byte ranges to drop: each direction, with the blanks before it.
    let gone: Vec<(usize, usize)> = p
        .text
        .match_indices(['（', '('])
        .filter_map(|(at, _)| {
            let len = stage_direction_len(&p.text[at..])?;
            Some((p.text[..at].trim_end().len(), at + len))
        })
        .collect();
    if gone.is_empty() {
        return;
    }
    let (mut text, mut offs) = (String::with_capacity(p.text.len()), Vec::new());
    for ((at, c), &off) in p.text.char_indices().zip(&p.offs) {
        if !gone.iter().any(|&(from, to)| (from..to).contains(&at)) {
            text.push(c);
            offs.push(off);
        }
    }
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let kept = text.trim().chars().count();
    p.offs = offs[lead..lead + kept].to_vec();
    p.text = text.trim().to_string();
}

/// Labels of a news page's credits (来源：北京日报, 责任编辑：某某, 原标题：…).
const CREDIT_LABELS: &[&str] = &[
    "来源",
    // A newspaper page's staff line (本版责任编辑：张三 美术编辑：李四), often set between a
    // page's last line and the next page's first.
    "本版责任编辑",
    "本版编辑",
    "美术编辑",
    "图片编辑",
    "版式设计",
    "责任校对",
    "校对",
    "责任编辑",
    "编辑",
    "时间",
    "发布时间",
    "作者",
    "稿源",
    "浏览次数",
    "点击数",
    "原标题",
];

/// Labels of a page's location trail (您的位置：首页 > 要闻).
const LOCATION_LABELS: &[&str] = &["当前位置", "您的位置", "您现在的位置", "所在位置"];

/// Labels of a government portal's record of a document (政府信息公开): 索引号, 发文机关,
/// 成文日期… A line or table row opening with one is furniture.
const PORTAL_RECORD: &[&str] = &[
    "索引号",
    "发文机关",
    "发文字号",
    "文号",
    "成文日期",
    "发文日期",
    "发布日期",
    "公开日期",
    "主题分类",
    "公开目录",
    "公开责任部门",
    "公开形式",
    "公开方式",
    "发布机构",
    "有效性",
    "信息来源",
];

/// "来源：北京日报", "责任编辑：某某", "时间：2026-02-02", "2026年02月10日 07时41分", page numbers.
fn is_credit_or_stamp(text: &str) -> bool {
    let n = text.chars().count();
    // A news page's byline of several labelled fields (2026-01-20 09:30 来源：某市日报
    // 作者：张三 【字体：大 中 小】 打印本页): no report sentence holds two of these labels.
    if n > 100 {
        return false;
    }
    let colons = text.matches(['：', ':']).count();
    if colons >= 2 && labelled_fields(text).nth(1).is_some() {
        return true;
    }
    if n > 40 {
        return false;
    }
    // A credit may follow menu words or a date stamp on the same line: "【我要纠错】
    // 责任编辑：张三", "2026-01-20 09:30 来源：某市日报".
    let first_field = (colons > 0)
        .then(|| labelled_fields(text).map(|(at, _)| at).min())
        .flatten();
    let key = match first_field {
        Some(start) if start > 0 => {
            let lead = text[..start].trim();
            if is_menu(lead) || is_stamp(lead) {
                &text[start..]
            } else {
                text
            }
        }
        _ => text,
    };
    let key = key.trim_start_matches(['【', '[']);
    let labelled = |text: &str, label: &str, seps: &[char]| {
        text.strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with(seps))
    };
    if CREDIT_LABELS
        .iter()
        .chain(LOCATION_LABELS)
        .any(|label| labelled(key, label, &[':', '：']))
    {
        return true;
    }
    // A government portal's document record (索引号：…, 成文日期：…), as a line or as a row
    // of its table (索引号 | /2025-0000 | 公开目录: | 工作报告 |).
    let row = key.trim_start_matches(['|', ' ']);
    if PORTAL_RECORD
        .iter()
        .any(|label| labelled(row, label, &[':', '：', '|']))
    {
        return true;
    }
    // Date/time stamps and page markers: digits with only date, time and page punctuation.
    // (A bare number is left to `is_bare_page_number`, which looks at the neighbours.)
    let digits = text.chars().filter(|&c| is_digit(c)).count();
    if stamp_chars_only(text) && digits > 0 {
        let page_marker = digits <= 4
            && text.contains(['第', '页', '版', '-', '/'])
            && !text.contains(['年', '月', '日', ':', '：', '.']);
        return page_marker || is_stamp(text);
    }
    false
}

/// The credit labels of `text` that open a field (at the start, or after a blank, a
/// bracket, a bar or a digit, never inside a word as in 资金来源：) and end at a colon: their
/// byte offsets and labels. 责任编辑 is one field, not also 编辑.
fn labelled_fields(text: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    CREDIT_LABELS.iter().flat_map(move |&label| {
        text.match_indices(label).filter_map(move |(at, _)| {
            let opens = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || is_digit(c) || "【】[]|（）()".contains(c));
            let closes = text[at + label.len()..].starts_with(['：', ':']);
            (opens && closes).then_some((at, label))
        })
    })
}

/// Whether `text` has only digits and the punctuation of dates, times and page markers.
fn stamp_chars_only(text: &str) -> bool {
    text.chars()
        .all(|c| is_digit(c) || " 年月日时分秒:：-/.第页版共".contains(c))
}

/// A date with a time (2026-01-20 09:30:15, 2026年1月20日 9时30分): eight digits or more.
fn is_stamp(text: &str) -> bool {
    let digits = text.chars().filter(|&c| is_digit(c)).count();
    stamp_chars_only(text) && digits >= 8 && (text.contains(':') || text.contains('时'))
}

/// A photo caption credit: "殷勇同志作政府工作报告。本报记者 戴冰摄", "弓凤飞 摄影报道".
fn is_photo_credit(text: &str) -> bool {
    // A credit in brackets: "（新华社记者 李学仁 摄）".
    let bare = text.trim_end_matches(['）', ')']);
    // A stock picture's credit: "图为…夜景。（资料图片）", "（图片来源：视觉中国）".
    let stock =
        ["资料图片", "资料照片"].iter().any(|w| bare.ends_with(w)) || bare.contains("图片来源");
    let credit = bare.ends_with('摄') || bare.ends_with("摄影报道") || bare.ends_with("摄影");
    if !credit && !stock {
        return false;
    }
    // A caption says what the picture shows in a sentence or two before its credit ("3月5日，
    // …开幕。国务院总理李强作政府工作报告。新华社记者 李学仁 摄"); no report sentence ends on
    // 摄 without a full stop.
    let n = text.chars().count();
    n <= 50 && is_title_like(text)
        || n <= 150 && (text.contains("记者") || text.starts_with("图为") || stock)
}

/// A line that is only a number (a page number) between two complete paragraphs; a number
/// cut out of a sentence ("到\n2025\n年") is left for joining.
fn is_bare_page_number(text: &str, prev: Option<&Para>, next: Option<&Para>) -> bool {
    if text.is_empty() || text.chars().count() > 4 || !text.chars().all(is_digit) {
        return false;
    }
    let prev_done = prev.is_none_or(|p| ends_sentence(&p.text));
    let next_unit = next
        .and_then(|p| p.text.chars().next())
        .is_some_and(|c| "%％年月日万亿元个倍）)．.".contains(c));
    prev_done && !next_unit
}

/// The first character of text in `after` (the source after a mark), past blanks and up to
/// a few lines a page puts between two of its text lines (a browser's print margins, a page
/// number between dashes), which cleaning drops later.
fn next_text_char(after: &str) -> Option<char> {
    const MAX_MARGIN_LINES: usize = 4;
    let mut lines = after.split('\n');
    let first = lines.next()?;
    if let Some(c) = first
        .chars()
        .find(|&c| !c.is_whitespace() && !is_invisible(c))
    {
        return Some(c);
    }
    lines
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(MAX_MARGIN_LINES + 1)
        .find(|l| !(is_print_margin(l) || is_dashed_page_number(l)))
        .and_then(|l| l.chars().next())
}

/// A browser's print margin, left in the text when a web page was printed to PDF and the PDF
/// read back: a header opening with the printing time (2026/3/23 21:07 政府工作报告__中国政府网,
/// 3/23/26, 9:07 PM …) or a footer holding only the page's address and the page count
/// (https://www.gov.cn/…/content_7015861.html 1/15).
fn is_print_margin(text: &str) -> bool {
    const MAX_CHARS: usize = 160;
    if text.chars().count() > MAX_CHARS {
        return false;
    }
    if let Some(rest) = ["https://", "http://", "www."]
        .iter()
        .find_map(|w| text.strip_prefix(w))
    {
        // The address, then at most a page count.
        let mut words = rest.split_whitespace();
        let address = words.next().unwrap_or_default();
        let count: String = words.collect();
        return !address.is_empty()
            && address.is_ascii()
            && (count.is_empty() || is_page_count(&count));
    }
    !text.contains(['。', '；', '，']) && opens_with_printing_time(text)
}

/// A page count without its spaces: "1/15", "第1页", "1of15", "第1页，共15页".
fn is_page_count(s: &str) -> bool {
    let rest = s.trim_start_matches('第').trim_start_matches(is_digit);
    rest.len() < s.len()
        && rest
            .trim_start_matches(['/', '页', '共', '，', ','])
            .trim_start_matches("of")
            .trim_start_matches(is_digit)
            .trim_start_matches('页')
            .is_empty()
}

/// Whether `text` opens with a printing time: a date in numbers (2026/3/23, 2026-03-23,
/// 3/23/26,) and a clock time (21:07, 9:07 PM, 下午9:07). Both are needed: a report's own
/// line never opens so.
fn opens_with_printing_time(text: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // Date: three numbers joined by / or -.
    let mut at = 0;
    for k in 0..3 {
        let n = digits(&text[at..]);
        if n == 0 || n > 4 {
            return false;
        }
        at += n;
        if k < 2 {
            if !text[at..].starts_with(['/', '-']) {
                return false;
            }
            at += 1;
        }
    }
    let rest = text[at..].trim_start_matches([',', ' ']);
    let rest = rest
        .strip_prefix("上午")
        .or_else(|| rest.strip_prefix("下午"))
        .unwrap_or(rest);
    let hours = digits(rest);
    matches!(hours, 1 | 2) && rest[hours..].strip_prefix(':').map(digits) == Some(2)
}

/// A page number between dashes or dots, or in brackets: "— 5 —", "-12-", "·5·", "（第6页）".
fn is_dashed_page_number(text: &str) -> bool {
    let core = text.trim_matches(|c: char| "—–-－~·• \u{3000}".contains(c));
    if core.len() < text.len()
        && (1..=4).contains(&core.chars().count())
        && core.chars().all(is_digit)
    {
        return true;
    }
    let inner = text.trim_matches(|c: char| "（()）[]【】".contains(c));
    inner.len() < text.len() && inner.contains(['页', '版']) && is_credit_or_stamp(inner)
}

/// Short lines that recur on a page at least three times: the running heads of a printed
/// page, cut into the text wherever a page broke. Two kinds:
/// - with a digit (a page or a date), by digit-masked form ("人民日报 2026年3月13日 星期五
///   第3版", "政府工作报告 -5-"), when the digits change between copies (the page number
///   does), so the same dateline above several resolutions on one page stays;
/// - without one, the same words at least a page apart (a PDF's header "政府工作报告" on every
///   page); a first copy among the page's first lines stays, as it is the title there.
///
/// Neither kind has sentence punctuation or a colon, so a repeated "各位代表：" or "各位代表！"
/// does not qualify.
#[derive(Default)]
struct RunningHeads {
    /// Digit-masked forms: every copy goes.
    numbered: FxHashSet<String>,
    /// Exact texts: every copy goes, but a first copy among the first lines (a title).
    repeated: FxHashSet<String>,
}

impl RunningHeads {
    const MAX_CHARS: usize = 40;
    const MIN_REPEATS: usize = 3;
    /// Lines between two copies of a digit-free head: at least a short page.
    const MIN_PAGE_LINES: usize = 15;

    fn of(paras: &[Para]) -> RunningHeads {
        // Per masked form: copies, the first text, and whether two copies differ in digits.
        let mut numbered: FxHashMap<String, (usize, &str, bool)> = FxHashMap::default();
        // Per digit-free text: copies, the index of the last copy, and whether two copies
        // stood closer than a page.
        let mut repeated: FxHashMap<&str, (usize, usize, bool)> = FxHashMap::default();
        for (i, p) in paras.iter().enumerate() {
            let text = p.text.as_str();
            if p.char_count() > Self::MAX_CHARS
                || text.contains(['。', '，', '；', '！', '？', '：'])
            {
                continue;
            }
            if text.contains(is_digit) {
                let e = numbered
                    .entry(mask_digits(text))
                    .or_insert((0, text, false));
                e.0 += 1;
                e.2 |= e.1 != text;
            } else if p.char_count() >= 2 && !text.contains([':', '、']) {
                let e = repeated.entry(text).or_insert((0, i, false));
                e.2 |= e.0 > 0 && i - e.1 < Self::MIN_PAGE_LINES;
                e.0 += 1;
                e.1 = i;
            }
        }
        RunningHeads {
            numbered: numbered
                .into_iter()
                .filter(|&(_, (n, _, varies))| n >= Self::MIN_REPEATS && varies)
                .map(|(k, _)| k)
                .collect(),
            repeated: repeated
                .into_iter()
                .filter(|&(_, (n, _, close))| n >= Self::MIN_REPEATS && !close)
                .map(|(k, _)| k.to_string())
                .collect(),
        }
    }
}

/// `text` with each run of digits written "0": page 9 and page 10 have one running head.
fn mask_digits(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_number = false;
    for c in text.chars() {
        if is_digit(c) {
            if !in_number {
                out.push('0');
            }
            in_number = true;
        } else {
            out.push(c);
            in_number = false;
        }
    }
    out
}

/// Drop menus, jump lines, page numbers and running heads, credits and stamps, and the
/// trailing links/licence block.
fn drop_furniture(paras: Vec<Para>) -> Vec<Para> {
    let paras = strip_watermark(paras);
    let paras = drop_contents(paras);
    let paras = cut_trailing_block(paras);
    let heads = RunningHeads::of(&paras);
    let live = is_live_text(&paras);
    let chinese = is_chinese_page(&paras);
    // Digit-free heads seen so far (a first copy near the top stays).
    let mut seen_heads: FxHashSet<&str> = FxHashSet::default();
    let mut keep = vec![false; paras.len()];
    // Whether a page's margin was dropped since the last paragraph kept, and the paragraphs
    // kept right after one.
    let mut after_margin = false;
    let mut follows_margin = vec![false; paras.len()];
    // The last paragraph kept so far.
    let mut last: Option<usize> = None;
    // How many of the next lines may be the rest of a label's line: "来源:" on its own line
    // and the name on the next, or a location's trail one part a line (您的位置: / 首页 / > /
    // 云南要闻), up to the first line that is not a short part.
    let mut drop_next_short = 0;
    let between = between_page_jumps(&paras);
    // Note marks ([1], ①: see `note_mark`) seen so far as a footnote's reference inside the
    // text, each with the words before its last use.
    let mut referenced: Vec<String> = vec![String::new(); NOTE_SLOTS];
    // The note marks whose footnote was dropped: their references go too.
    let mut noted = vec![false; NOTE_SLOTS];
    // The paragraphs that may hold a note mark (one scan each, for the many that do not).
    let marked: Vec<bool> = paras.iter().map(|p| may_hold_note_mark(&p.text)).collect();
    // Whether the last paragraph was a footnote's term alone (［1］一降三减：), its definition
    // on the next line.
    let mut definition_next = false;
    for (i, p) in paras.iter().enumerate() {
        let text = p.text.as_str();
        if between[i] {
            continue;
        }
        // (Not a next note, a heading or an appendix: the definition was lost.)
        if std::mem::take(&mut definition_next)
            && footnote_index(text, &referenced).is_none()
            && heading_label_len(text).is_none()
            && !text.starts_with('附')
        {
            continue;
        }
        if let Some(k) = footnote_index(text, &referenced) {
            noted[k] = true;
            definition_next = text.ends_with(['：', ':']);
            // The notes' title (注释：) goes with them.
            if let Some(l) = last.filter(|&l| is_notes_title(&paras[l].text)) {
                keep[l] = false;
                last = None;
            }
            continue;
        }
        if marked[i] {
            let line_before = last.map(|l| paras[l].text.as_str());
            note_footnote_references(text, line_before, &mut referenced);
        }
        if drop_next_short > 0 {
            drop_next_short -= 1;
            let part = p.char_count() <= 12
                && !text.ends_with(['。', '！', '？'])
                && !text.contains("报告");
            if part {
                continue;
            }
            drop_next_short = 0;
        }
        // A lone closing mark waits for the line it ends (`attach_lone_closers`).
        if is_lone_closer(text) {
            keep[i] = true;
            continue;
        }
        // A page's margin: its number, running head, print line.
        let margin = is_dashed_page_number(text)
            || is_print_margin(text)
            || (!heads.numbered.is_empty() && heads.numbered.contains(&mask_digits(text)))
            || (heads.repeated.contains(text)
                && (!seen_heads.insert(text) || i >= RunningHeads::MIN_PAGE_LINES))
            || is_bare_page_number(text, last.map(|k| &paras[k]), paras.get(i + 1));
        if margin {
            after_margin = true;
            continue;
        }
        if is_menu(text) || is_link_bar(text) || is_pagination(text) || is_jump_line(text) {
            continue;
        }
        // A live-text page's speaker line (王沪宁：) before each of their lines.
        if live && is_speaker_line(text) {
            continue;
        }
        // A site's disclaimer goes wherever it stands (the tail cut takes what follows it
        // when it ends the page).
        if is_disclaimer(text) {
            continue;
        }
        // A bilingual page's English line after each Chinese one (and a script's code).
        if chinese && is_latin_line(text) {
            continue;
        }
        if is_credit_or_stamp(text) || is_photo_credit(text) {
            const MAX_TRAIL_PARTS: usize = 6;
            let label = text.trim_end_matches([':', '：', ' ']);
            drop_next_short = if LOCATION_LABELS.contains(&label) {
                MAX_TRAIL_PARTS
            } else {
                usize::from(text.ends_with([':', '：']))
            };
            continue;
        }
        keep[i] = true;
        last = Some(i);
        // The blank lines around a page's margin are the page's: the line after it opens a
        // paragraph only when indented.
        if std::mem::take(&mut after_margin) {
            follows_margin[i] = true;
        }
    }
    paras
        .into_iter()
        .zip(keep)
        .zip(follows_margin)
        .zip(marked)
        .filter_map(|(((mut p, k), after_margin), marked)| {
            if after_margin {
                p.line.opens = p.line.indented;
            }
            if k && p.text.contains('版') {
                strip_jump_marks(&mut p);
            }
            if k && live {
                strip_trailing_timestamp(&mut p);
            }
            if k && marked {
                strip_footnote_references(&mut p, Some(&noted));
            }
            if k && p.text.contains(['（', '(']) {
                strip_stage_directions(&mut p);
            }
            (k && !p.text.is_empty()).then_some(p)
        })
        .collect()
}

/// Whether a line titles a table of contents (目录, 目  录, 本文目录, 目次).
fn is_contents_title(text: &str) -> bool {
    const MAX_CHARS: usize = 12;
    if text.len() > MAX_CHARS * 3 {
        return false;
    }
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_end_matches(['：', ':']);
    matches!(t, "目录" | "目次" | "本文目录" | "文章目录")
}

/// Most characters of an entry of a table of contents, leader and page number left out.
const CONTENTS_ENTRY_CHARS: usize = 60;

/// The title of an entry of a table of contents (一、2024年工作回顾……3, （一）扩大内需.....7):
/// a short title (a run-in heading's full stop at most), a leader of dots (two or more)
/// or, under a 目录 title (`titled`), a blank, then a page number.
fn contents_entry(text: &str, titled: bool) -> Option<&str> {
    let body = text.trim_end_matches(|c: char| is_digit(c));
    let digits = text.len() - body.len();
    if digits == 0 || digits > 3 * '０'.len_utf8() {
        return None;
    }
    let title = body.trim_end_matches([
        '…', '.', '·', '．', '‥', '⋯', '-', '—', '_', ' ', '\u{3000}', '\t',
    ]);
    let leader = &body[title.len()..];
    let dots = leader.chars().filter(|c| !c.is_whitespace()).count();
    let led = dots >= 2 || (titled && dots == 0 && !leader.is_empty());
    let n = title.chars().count();
    let sentences = title.trim_end_matches('。').matches(['。', '；']).count();
    (led && n > 0 && n <= CONTENTS_ENTRY_CHARS && sentences == 0).then_some(title)
}

/// Fewest entries in a row that make a table of contents without a 目录 title.
const MIN_UNTITLED_ENTRIES: usize = 3;

/// Lines from a page's start within which a table of contents may open: it stands before
/// the text (a page's menus first), and the bound keeps the search for each listed
/// heading further down linear in the page.
const MAX_CONTENTS_START: usize = 400;

/// Drop a table of contents set before the text (a Word or PDF file's, with leaders and page
/// numbers; a web page's list of the headings under 本文目录): its title and its entries. A
/// titled list's entries need no page numbers when each opens a paragraph further down
/// (the heading it lists); untitled, [`MIN_UNTITLED_ENTRIES`] entries with leaders make
/// one, or as many labelled headings (一、…) each opening a paragraph further down.
fn drop_contents(paras: Vec<Para>) -> Vec<Para> {
    let n = paras.len();
    let mut drop = vec![false; n];
    // Whether paragraph `j` is a heading some paragraph after it opens with (its title, a
    // full stop left out).
    let listed = |j: usize| {
        let key = paras[j].text.trim_end_matches('。');
        paras[j].char_count() <= CONTENTS_ENTRY_CHARS
            && !key.is_empty()
            && paras[j + 1..].iter().any(|p| p.text.starts_with(key))
    };
    let mut i = 0;
    while i < n.min(MAX_CONTENTS_START) {
        let titled = is_contents_title(&paras[i].text);
        let start = i + usize::from(titled);
        let run = |ok: &dyn Fn(usize) -> bool| (start..n).take_while(|&j| ok(j)).count();
        let led = run(&|j| contents_entry(&paras[j].text, titled).is_some());
        let entries = if led >= MIN_UNTITLED_ENTRIES || (titled && led > 0) {
            led
        } else {
            let headed =
                run(&|j| (titled || heading_label_len(&paras[j].text).is_some()) && listed(j));
            if headed >= MIN_UNTITLED_ENTRIES || (titled && headed > 1) {
                headed
            } else {
                0
            }
        };
        if entries == 0 {
            // A title alone (its entries went as a table's rows) is no text either.
            drop[i] = titled;
            i += 1;
            continue;
        }
        drop[i..start + entries].fill(true);
        i = start + entries;
    }
    if !drop.contains(&true) {
        return paras;
    }
    paras
        .into_iter()
        .zip(drop)
        .filter_map(|(p, d)| (!d).then_some(p))
        .collect()
}

/// The most notes a page's text refers to in square brackets (Sichuan 2025 explains 50
/// terms).
const MAX_NOTES: usize = 99;
/// The slots of note marks: [1] to [99], then ① to ㊿ (a page may number its notes one way
/// and its inline lists the other).
const NOTE_SLOTS: usize = MAX_NOTES + 50;

/// The slot (0 for [1], [`MAX_NOTES`] for ①) and length in characters of a note mark at
/// `chars[i]`: a circled number ① to ㊿, or 1 to 99 in square brackets ([1], ［2］, 〔3〕),
/// or after 注 in brackets or parentheses ([注1], （注2）, (注3): the way a text in Chinese
/// points to 注1：… below it).
fn note_mark(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let c = *chars.get(i)?;
    if let Some(n) = circled_number(c) {
        return Some((MAX_NOTES + n - 1, 1));
    }
    let note = chars.get(i + 1) == Some(&'注');
    let close = match c {
        '[' => ']',
        '［' => '］',
        '〔' => '〕',
        '（' if note => '）',
        '(' if note => ')',
        _ => return None,
    };
    let from = i + 1 + usize::from(note);
    let (n, digits) = note_number(chars.get(from..)?)?;
    (chars.get(from + digits) == Some(&close)).then(|| (n - 1, from + digits + 1 - i))
}

/// The note number (1 to [`MAX_NOTES`], one or two digits) opening `chars`, and its digits.
fn note_number(chars: &[char]) -> Option<(usize, usize)> {
    let digits = chars.iter().take(3).take_while(|&&d| is_digit(d)).count();
    let n = chars[..digits]
        .iter()
        .filter_map(|&d| crate::text::digit_value(d))
        .fold(0, |n, d| n * 10 + d as usize);
    ((1..=2).contains(&digits) && (1..=MAX_NOTES).contains(&n)).then_some((n, digits))
}

/// Whether a line titles the notes after a text (注释：, 注：, 脚注).
fn is_notes_title(text: &str) -> bool {
    matches!(
        text.trim_end_matches(['：', ':']).trim(),
        "注释" | "注" | "脚注" | "注解"
    )
}

/// The number a circled number stands for: ① to ⑳, ㉑ to ㉟, ㊱ to ㊿.
fn circled_number(c: char) -> Option<usize> {
    let from = |first: char, n: usize| Some(c as usize - first as usize + n);
    match c {
        '①'..='⑳' => from('①', 1),
        '㉑'..='㉟' => from('㉑', 21),
        '㊱'..='㊿' => from('㊱', 36),
        _ => None,
    }
}

/// Whether `text` may hold a note mark (one scan, no copy, for the many that do not).
fn may_hold_note_mark(text: &str) -> bool {
    text.chars()
        .any(|c| circled_number(c).is_some() || matches!(c, '[' | '［' | '〔'))
        || text.contains("（注")
        || text.contains("(注")
}

/// Record the note marks `text` uses as footnote references (right after a word, a figure
/// or a closing mark: “两重”①, 新质生产力[2]; not after punctuation or a blank, where one
/// labels an item of a list written inline: 重点做好：①稳就业；②促消费), each with the
/// [`FOOTNOTE_TERM_CHARS`] characters before it, quotes left out. Asked only of a text that
/// [`may_hold_note_mark`], as [`strip_footnote_references`] is.
fn note_footnote_references(text: &str, line_before: Option<&str>, referenced: &mut [String]) {
    let chars: Vec<char> = text.chars().collect();
    // The line before, when a PDF broke the sentence there (no stop ends it): a term may
    // begin on it (火灾呈现“一降 + 三减”［1］), a bracketed mark open this line (…“一降三减”
    // + ［1］，…).
    let broken_before = line_before
        .filter(|before| !before.ends_with(['。', '！', '？', '；']))
        .unwrap_or("");
    // (Only the words nearest a mark count: a window of them keeps a long line of many marks
    // linear.)
    const WINDOW: usize = 2 * FOOTNOTE_TERM_CHARS;
    let tail_before: Vec<char> = {
        let mut tail: Vec<char> = broken_before.chars().rev().take(WINDOW).collect();
        tail.reverse();
        tail
    };
    for i in 0..chars.len() {
        let Some((k, _)) = note_mark(&chars, i) else {
            continue;
        };
        let word_before = match i {
            0 => {
                circled_number(chars[0]).is_none()
                    && tail_before
                        .last()
                        .is_some_and(|&c| is_reference_position(c))
            }
            _ => is_reference_position(chars[i - 1]),
        };
        if !word_before {
            continue;
        }
        // A mark right after another (“两重”（注1）［1］) follows the same words.
        let start = (i.saturating_sub(6)..i)
            .find(|&j| note_mark(&chars, j).is_some_and(|(_, len)| j + len == i))
            .unwrap_or(i);
        let before: String = tail_before
            .iter()
            .chain(&chars[start.saturating_sub(WINDOW)..start])
            .copied()
            .filter(|&c| !is_quote(c))
            .collect();
        let skip = before.chars().count().saturating_sub(FOOTNOTE_TERM_CHARS);
        referenced[k] = before.chars().skip(skip).collect();
    }
}

/// Quotation marks, which a footnote's term may or may not repeat.
fn is_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '"' | '「' | '」')
}

/// Whether the note mark at a character after `before` is a footnote reference: it
/// follows a word, a figure or a closing mark.
fn is_reference_position(before: char) -> bool {
    crate::text::is_cjk_ideograph(before)
        || before.is_ascii_alphanumeric()
        || matches!(before, '”' | '’' | '」' | '》' | '）' | ')' | '%' | '％')
}

/// Remove from `p` the references (“两重”①) to the footnotes dropped (`noted`), so the
/// sentence reads, and compares with another year's, as written without them. A number in
/// square brackets after a word ([1]) is a reference even when the page lost its notes (a
/// report writes no figure so); a circled one may be an item of a list written inline
/// (主要包括①稳就业②促消费) and goes only with its note, or right after a closing quote or
/// bracket (“两重”①, 《条例》②: a page that lost its notes still marks its terms).
/// With `noted` `None`, only bracketed marks go (the pass after lines are joined,
/// [`strip_joined_note_marks`]).
fn strip_footnote_references(p: &mut Para, noted: Option<&[bool]>) {
    let chars: Vec<char> = p.text.chars().collect();
    let mut drop = vec![false; chars.len()];
    for i in 1..chars.len() {
        if let Some((k, len)) = note_mark(&chars, i) {
            let bracketed = circled_number(chars[i]).is_none();
            // (A circled number right after a closing quote or bracket marks the term it
            // closes, “两重”①: no inline list's item ends on one without a separator.)
            let after_term = matches!(chars[i - 1], '”' | '’' | '」' | '』' | '》' | '）' | ')');
            let circled_goes = noted.is_some_and(|noted| noted[k] || after_term);
            if (bracketed || circled_goes) && is_reference_position(chars[i - 1]) {
                drop[i..i + len].fill(true);
            }
        }
    }
    if !drop.contains(&true) {
        return;
    }
    let keep: Vec<usize> = (0..chars.len()).filter(|&i| !drop[i]).collect();
    p.text = keep.iter().map(|&i| chars[i]).collect();
    p.offs = keep.iter().map(|&i| p.offs[i]).collect();
}

/// Bracketed note marks a page's line end cut in two (…“五社联动”［2 + 5］共建…, a PDF
/// wrapped at its width), whole once the lines are joined: they go as
/// [`strip_footnote_references`] drops a bracketed mark before the join (a number in
/// brackets after a word is a reference, its note kept or not).
fn strip_joined_note_marks(mut paras: Vec<Para>) -> Vec<Para> {
    for p in &mut paras {
        if may_hold_note_mark(&p.text) {
            strip_footnote_references(p, None);
        }
    }
    paras
}

/// The slot of the note mark opening `text` when it is a footnote: one a PDF's page sets
/// at its foot, cut into the text where the page broke, or a web page's notes after the
/// text (①“两重”：指国家重大战略实施和重点领域安全能力建设。, [2]新质生产力是指…): a
/// paragraph opening with a note mark the text before used as a reference, then the term
/// that reference follows and its definition (after a colon or 是指). An item of a list
/// opening with ① stays: its words are not what the reference followed (“两重”① against
/// ①新建学校10所：…).
fn footnote_index(text: &str, referenced: &[String]) -> Option<usize> {
    let head: Vec<char> = text.chars().take(FOOTNOTE_TERM_CHARS + 6).collect();
    // 注1：… after a text that used the mark: a note, whatever it opens with.
    if let Some(k) = bare_note_label(&head).filter(|&k| !referenced[k].is_empty()) {
        return Some(k);
    }
    let (k, len) = note_mark(&head, 0)?;
    let context = &referenced[k];
    if context.is_empty() {
        return None;
    }
    let rest: String = head[len..].iter().collect();
    let at = rest.find(['：', ':']).or_else(|| rest.find("是指"))?;
    let term: String = rest[..at].chars().filter(|&c| !is_quote(c)).collect();
    let term = term.trim();
    // Names the text quoted one after another (“两个基地”“两个枢纽”［10］) the note lists
    // with 、 (两个基地、两个枢纽：).
    let listed = || context.ends_with(&term.replace('、', ""));
    (!term.is_empty()
        && term.chars().count() <= FOOTNOTE_TERM_CHARS
        && (context.ends_with(term) || listed()))
    .then_some(k)
}

/// The slot of a note's label 注1： (注, 1 to 99, then a colon, a stop or a blank) opening
/// `head`: how a Chinese text sets the notes its （注1） marks point to.
fn bare_note_label(head: &[char]) -> Option<usize> {
    if head.first() != Some(&'注') {
        return None;
    }
    let (n, digits) = note_number(&head[1..])?;
    matches!(
        head.get(1 + digits),
        Some('：' | ':' | '．' | '.' | '、' | ' ' | '\u{3000}')
    )
    .then(|| n - 1)
}

/// Longest term a footnote defines before its colon (characters).
const FOOTNOTE_TERM_CHARS: usize = 24;

/// An open <ol> whose items get no numbers (a breadcrumb or menu).
const UNNUMBERED: u32 = u32::MAX;

/// Fewest lines a site's watermark ends before [`strip_watermark`] takes it for one.
const MIN_WATERMARK_LINES: usize = 3;
/// Fewest characters shared before the address that make a watermark's attribution.
const MIN_WATERMARK_LABEL_CHARS: usize = 3;
/// Most characters of a watermark before its address (its attribution is short; the bound
/// keeps a page of identical long lines linear).
const MAX_WATERMARK_CHARS: usize = 40;

/// The web address a line ends with (http://…, https://…, www.…, up to the line's end
/// without a blank), if any.
fn trailing_url(text: &str) -> Option<&str> {
    let start = ["http://", "https://", "www."]
        .iter()
        .filter_map(|m| text.rfind(m))
        .min()?;
    let url = &text[start..];
    (!url.contains(char::is_whitespace) && !url.chars().any(crate::text::is_cjk_ideograph))
        .then_some(url)
}

/// Remove a copying site's watermark, the same attribution and address it appends to line
/// after line (…请予审议。文章源自某某网-https://…/16018.html): the longest text ending
/// with one address that at least [`MIN_WATERMARK_LINES`] lines end with, less what the
/// lines happen to share before it up to a stop (二段。 and 三段。 share 段。), and blanks.
/// A line that is only the watermark goes. An address that ends fewer lines is left alone.
fn strip_watermark(mut paras: Vec<Para>) -> Vec<Para> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for p in &paras {
        if let Some(url) = trailing_url(&p.text) {
            *counts.entry(url).or_default() += 1;
        }
    }
    let Some((url, _)) = counts
        .into_iter()
        .filter(|&(_, n)| n >= MIN_WATERMARK_LINES)
        .max_by_key(|&(url, n)| (n, url))
    else {
        return paras;
    };
    // The longest suffix (in bytes, on a character boundary) every marked line shares.
    let marked: Vec<&str> = paras
        .iter()
        .map(|p| p.text.as_str())
        .filter(|t| t.ends_with(url))
        .collect();
    let first = marked[0];
    let mut shared = url.len();
    for k in first[..first.len() - url.len()]
        .char_indices()
        .rev()
        .map(|(k, _)| k)
        .take(MAX_WATERMARK_CHARS)
    {
        if !marked.iter().all(|t| t.ends_with(&first[k..])) {
            break;
        }
        shared = first.len() - k;
    }
    // What the lines share up to their last stop is theirs, and so are blanks and marks.
    let shared = &first[first.len() - shared..];
    let mark = shared[shared.rfind(is_clause_end).map_or(0, |k| {
        k + shared[k..].chars().next().map_or(0, char::len_utf8)
    })..]
        .trim_start_matches(|c: char| c.is_whitespace() || "，、：”".contains(c));
    // A character or two shared before the address is chance (参见 and 详见 share 见).
    let label = mark.len() - url.len();
    let mark = if mark[..label].chars().count() < MIN_WATERMARK_LABEL_CHARS {
        url
    } else {
        mark
    }
    .to_string();
    for p in &mut paras {
        if p.text.ends_with(&mark) {
            let keep = p.text.len() - mark.len();
            let chars = mark.chars().count();
            p.offs.truncate(p.offs.len() - chars);
            p.text.truncate(keep);
            while p.text.ends_with(char::is_whitespace) {
                p.text.pop();
                p.offs.pop();
            }
        }
    }
    paras.retain(|p| !p.text.is_empty());
    paras
}

/// Fewest ideographs a page holds before [`is_latin_line`] lines on it are dropped.
const MIN_CHINESE_PAGE_IDEOGRAPHS: usize = 50;

/// Whether the page is a Chinese text (a report): at least
/// [`MIN_CHINESE_PAGE_IDEOGRAPHS`] ideographs.
fn is_chinese_page(paras: &[Para]) -> bool {
    paras
        .iter()
        .flat_map(|p| p.text.chars())
        .filter(|&c| crate::text::is_cjk_ideograph(c))
        .take(MIN_CHINESE_PAGE_IDEOGRAPHS)
        .count()
        >= MIN_CHINESE_PAGE_IDEOGRAPHS
}

/// A line of Latin-script prose in a Chinese page: no ideograph, two words or more of two
/// letters or more, and letters making at least half its visible characters. A bilingual
/// page sets the English translation after each paragraph (I. Review of Our Work in 2024);
/// a scraped page leaves a script's code. No report line is written so (its Latin names,
/// PM2.5 or 5G, stand inside Chinese sentences).
fn is_latin_line(text: &str) -> bool {
    let (mut letters, mut visible, mut words, mut run) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if crate::text::is_cjk_ideograph(c) {
            return false;
        }
        if c.is_ascii_alphabetic() {
            letters += 1;
            run += 1;
        } else {
            words += usize::from(run >= 2);
            run = 0;
        }
        visible += usize::from(!c.is_whitespace());
    }
    words += usize::from(run >= 2);
    words >= 2 && 2 * letters >= visible
}

/// Cut from the first trailing marker (相关报道：, 责任编辑：, the licence footer, a site's
/// disclaimer) to the end,
/// when what follows is short compared with the page (a marker in the middle of a page with
/// several articles is left alone).
///
/// A page's own controls (打印本页, 关闭窗口, 扫一扫在手机打开) and its editor's credit
/// (责任编辑：…) end its tail only when no body text follows them: a page that sets them
/// inside the article (a toolbar left between two paragraphs, each page of an article
/// paginated on the site and saved as one) goes on with paragraphs of sentences, which are
/// the report's.
fn cut_trailing_block(mut paras: Vec<Para>) -> Vec<Para> {
    /// A paragraph this long holding a full stop is body text, not a link or a credit.
    const BODY_CHARS: usize = 60;
    let lens: Vec<usize> = paras.iter().map(Para::char_count).collect();
    let total: usize = lens.iter().sum();
    // Paragraphs of body text from each paragraph on.
    let mut body_from = vec![0usize; paras.len() + 1];
    for i in (0..paras.len()).rev() {
        let body = lens[i] >= BODY_CHARS && paras[i].text.contains('。');
        body_from[i] = body_from[i + 1] + usize::from(body);
    }
    let mut after = total;
    for (i, p) in paras.iter().enumerate() {
        after -= lens[i];
        let text = p.text.as_str();
        let key = text.trim_start_matches(['【', '[', '(', '（']);
        let control = PAGE_CONTROLS.iter().any(|m| key.starts_with(m));
        let marker = (TAIL_MARKERS.iter().any(|m| key.starts_with(m))
            && lens[i] <= 40
            && !(control && body_from[i + 1] > 0))
            || opens_tail_at_any_length(key);
        let before = total - after - lens[i];
        if marker && before >= after && (after <= 2500 || after * 10 <= total) {
            paras.truncate(i);
            break;
        }
    }
    paras
}

// ---------------------------------------------------------------------------------------------
// Pass 4: broken paragraphs.

/// Characters that can end a paragraph. A closing quote ends one only after a full stop
/// (“…。”): "推进“平急两用”" cut before "公共基础设施…" is mid-sentence.
fn ends_sentence(text: &str) -> bool {
    const FINAL: [char; 10] = ['。', '！', '？', '；', '：', '…', '!', '?', ';', ':'];
    let mut rev = text.chars().rev();
    match rev.next() {
        Some('”' | '」' | '』' | '’') => rev.next().is_some_and(|c| FINAL.contains(&c)),
        Some('.') => true,
        Some(c) => FINAL.contains(&c),
        None => false,
    }
}

/// Length in bytes of a heading label at the start: 一、 （一） (1) 第一部分 1. 1、 ①
pub(crate) fn heading_label_len(text: &str) -> Option<usize> {
    const NUMERALS: &str = "一二三四五六七八九十百零〇两";
    let numeral_run = |s: &str| {
        s.chars()
            .take_while(|c| NUMERALS.contains(*c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let digit_run = |s: &str| {
        s.chars()
            .take_while(|&c| is_digit(c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    // A circled number (① to ⑳) labels a list item as 1． does.
    if let Some(c) = text
        .chars()
        .next()
        .filter(|c| ('\u{2460}'..='\u{2473}').contains(c))
    {
        return Some(c.len_utf8());
    }
    let n = numeral_run(text);
    if n > 0 && text[n..].starts_with(['、', '．', '.']) {
        return Some(n + text[n..].chars().next().map_or(0, char::len_utf8));
    }
    if let Some(open) = text.chars().next().filter(|c| matches!(c, '(' | '（')) {
        let inner = &text[open.len_utf8()..];
        let k = numeral_run(inner).max(digit_run(inner));
        if k > 0 {
            let close = inner[k..]
                .chars()
                .next()
                .filter(|c| matches!(c, ')' | '）'))?;
            return Some(open.len_utf8() + k + close.len_utf8());
        }
        return None;
    }
    if let Some(rest) = text.strip_prefix('第') {
        let k = numeral_run(rest).max(digit_run(rest));
        if k > 0
            && ["部分", "章", "篇", "节"]
                .iter()
                .any(|w| rest[k..].starts_with(w))
        {
            return Some('第'.len_utf8() + k);
        }
    }
    let d = digit_run(text);
    if d > 0 && text[..d].chars().count() <= 3 {
        let next = text[d..].chars().next()?;
        let after = text[d + next.len_utf8()..].chars().next();
        // "1." and "1．" open an item; "2.5" and "２．５" are decimals.
        if next == '、' || (matches!(next, '.' | '．') && after.is_some_and(|c| !is_digit(c))) {
            return Some(d + next.len_utf8());
        }
    }
    None
}

/// Length in bytes of a list item's mark at the start of `clause`: a run of dashes or
/// bullets ([`crate::text::BULLET_MARKS`]), a circled number, or a numeric label ((1) （1）
/// 1. 1、); 0 when there is none.
pub(crate) fn item_mark_len(clause: &str) -> usize {
    let bullets = clause.len()
        - clause
            .trim_start_matches(|c: char| crate::text::BULLET_MARKS.contains(c))
            .len();
    if bullets > 0 {
        return bullets;
    }
    if clause.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c)) {
        return clause.chars().next().map_or(0, char::len_utf8);
    }
    // A numeric label ((1) （1） 1. 1、, not 1.5%), as headings are read; one with a
    // Chinese numeral (（一）) is a heading, not an item.
    heading_label_len(clause)
        .filter(|&n| clause[..n].contains(crate::text::is_digit))
        .unwrap_or(0)
}

/// The number of a digit item label opening `text` (1. 1、 （1）…): (number, label length).
fn digit_item(text: &str) -> Option<(u32, usize)> {
    if !text.starts_with(|c: char| is_digit(c) || c == '(' || c == '（') {
        return None;
    }
    let len = item_mark_len(text);
    if len == 0 {
        return None;
    }
    let label = text[..len].trim_start_matches(['（', '(']);
    crate::text::leading_number(label).map(|(n, _)| (n, len))
}

/// A heading paragraph: a label, and no full stop or inner colon (a run-in heading followed
/// by body text, or a glossary entry "7.“揭榜挂帅”：企业…", is body text).
fn is_heading(text: &str) -> bool {
    let inner = text.trim_end_matches(['：', ':']);
    heading_label_len(text).is_some() && !inner.contains(['。', '！', '？', '：', ':'])
}

/// Whether a line as wide as the page's lines is a whole part heading (二、关于《上海市国民经济
/// 和社会发展第十五个五年规划纲要（草案）》的说明, exactly 36 characters on a page wrapped at
/// 36), when the line after it (`next`) is full too: labelled 一、 or 第一部分, no full stop,
/// no word cut at the line's end, no bracket or quote left open, and the next line not
/// opening with a stub of a sentence ([`cuts_sentence`]). A part's title stands on lines of
/// its own, and a title going on would end on a short line; joined to a line of body text it
/// is no part heading any more, and the whole plan would read as the review. (An area's
/// title may be the first sentence of its paragraph, cut anywhere: areas are left to join.)
fn whole_part_heading_line(text: &str, next: &str) -> bool {
    if text.len() > MAX_LINE_BYTES {
        return false;
    }
    // A line ending on a particle or conjunction is cut (…医养结合服务和 + 提升养老机构…: an
    // item of a list labelled 一、), but for a part word ending so (…总体要求和政策取向).
    let ends_on_particle =
        ends_on_particle(text) && !crate::outline::PART_WORDS.iter().any(|w| text.ends_with(w));
    heading_series(text).is_some_and(|(form, _)| form <= 1)
        && is_heading(text)
        && !ends_on_particle
        && !word_crosses(text, next)
        && !cuts_sentence(text, next, false)
}

/// Whether a line as wide as the page's lines is a whole area heading ((三)全方位扩大内需，形成
/// 消费和投资相互促进的良性循环, 27 characters on a page wrapped at 28 with nothing marking its
/// paragraphs) when the line after it (`next`) is full too: labelled 一、 or （一）, no sentence
/// stop, at most one comma and no figure (a title's shape; a list item's first line has
/// more), no word, quotation or bracket cut at its end, and the next line opening with a
/// body sentence's first clause: longer than a title's remainder, ending on a comma or
/// semicolon (more than three characters) or on 、 (more than six). An area whose title is
/// its paragraph's first sentence goes on to its stop (（十一）全面推进平安浙江法治浙江建设，
/// 政治安全、社会 + 安定、人民安宁…巩固。切实…: a short piece before a list mark); so does a
/// whole title before a body opening with a short sentence (…现代化产业体系 + 做深做实…的
/// 文章。…), which cannot be told from a title's end.
fn whole_area_heading_line(text: &str, next: &str) -> bool {
    // (One line, no wider than a layout's lines: a paragraph joined so far is read no
    // further, and a page of a hundred thousand labelled lines stays linear.)
    if text.len() > MAX_LINE_BYTES {
        return false;
    }
    let Some(label) = heading_label_len(text) else {
        return false;
    };
    let title = &text[label..];
    let first_clause = next
        .find([
            '，', '、', '；', '：', '。', '！', '？', ',', ';', ':', '!', '?',
        ])
        .map(|k| &next[..k]);
    let opens_body = first_clause.is_some_and(|c| {
        let (n, rest) = (c.chars().count(), &next[c.len()..]);
        (n > 3 && rest.starts_with(['，', '；', ',', ';']))
            || (n > RAGGED_STUB_CHARS && rest.starts_with('、'))
    });
    heading_series(text).is_some_and(|(form, _)| (1..=2).contains(&form))
        && is_heading(text)
        && title.matches('，').count() <= 1
        && !title.contains(is_digit)
        && !text.ends_with(['，', '、', '；', ',', ';', '：', ':'])
        && !ends_on_particle(text)
        && !leaves_open(text)
        && opens_body
        && !word_crosses(text, next)
}

/// The most bytes a line a layout broke can hold ([`Layout::MAX_WIDTH`] characters of at
/// most four bytes).
const MAX_LINE_BYTES: usize = 4 * Layout::MAX_WIDTH;

/// A short line (up to 80 characters: long report titles) without sentence punctuation: a
/// title, a date or name line, a caption.
fn is_title_like(text: &str) -> bool {
    text.chars().count() <= 80
        && !text.contains(['。', '，', '；', '！', '？', '、', ',', ';', '!', '?'])
}

/// A paragraph opening with a short complete sentence followed by more text (段首小标题):
/// "深化污染防治攻坚。加强…".
fn starts_with_run_in_heading(text: &str) -> bool {
    let first: String = text
        .chars()
        .take_while(|c| !"，、；：。！？,;:!?".contains(*c))
        .collect();
    let n = first.chars().count();
    let rest = &text[first.len()..];
    let body = rest.get(3..).unwrap_or("");
    (2..=20).contains(&n) && rest.starts_with(['。', '！', '？']) && body.chars().count() >= 2
}

/// Whether `next` opens a paragraph by its form alone, after `prev` ended a sentence: a
/// heading label (二、 （三） 1.), a run-in heading (推进"幼有善育"。…; an enumeration item
/// whose first sentence is as short is one only as [`opens_item_paragraph`] says: 二是坚持以
/// 人民为中心。 after a 一是 inside `prev` goes on), an enumeration item written one per
/// paragraph (一是 第一，), a title-like line or a dash; or `prev` is a lead-in ending on a
/// colon.
fn opens_by_form(prev: &str, next: &str) -> bool {
    prev.ends_with(['：', ':']) || next_opens_by_form(prev, next)
}

/// Whether `next` opens a paragraph by its own form after `prev` ([`opens_by_form`] but for
/// a lead-in's colon).
fn next_opens_by_form(prev: &str, next: &str) -> bool {
    line_opens_by_form(prev, next, false)
}

/// [`next_opens_by_form`] for a line of a page a layout broke, `full` saying whether the
/// line reaches the column's edge: a full line without punctuation is a stretch of a
/// paragraph's text (…一体化管理资源), not a title, which would end short.
fn line_opens_by_form(prev: &str, next: &str, full: bool) -> bool {
    heading_label_len(next).is_some()
        || starts_with_run_in_heading(next)
            && !first_sentence_has_figure(next)
            && !opens_enumeration_item(next)
        || opens_item_paragraph(prev, next)
        || is_title_like(next) && !full
        || next.starts_with("——")
        || opens_note_entry(next)
}

/// Whether `text` opens with a note's entry: a note mark ([2], ［2］, ①), a term of at most
/// [`FOOTNOTE_TERM_CHARS`] characters and its colon (［2］四大主导产业：…), as the notes
/// after a report stand one a paragraph.
fn opens_note_entry(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(FOOTNOTE_TERM_CHARS + 6).collect();
    note_mark(&head, 0).is_some_and(|(_, len)| {
        head[len..]
            .iter()
            .position(|&c| matches!(c, '：' | ':'))
            .is_some_and(|k| k > 0)
    })
}

/// A paragraph that is only a short sentence naming a task, as run-in headings are (段首小标题
/// on a line of its own): 2 to 20 characters before its 。, no clause mark, figure or
/// second sentence. "重点做好以下工作。" is a lead-in, not a heading: a sentence with 以下 is not.
fn is_lone_run_in_heading(text: &str) -> bool {
    lone_run_in(text, false)
}

/// [`is_lone_run_in_heading`], a figure allowed when `figures` says so (a list's heading
/// counts its items: 继续办好10件惠民实事。).
fn lone_run_in(text: &str, figures: bool) -> bool {
    let Some(body) = text.strip_suffix('。') else {
        return false;
    };
    let n = body.chars().count();
    (2..=20).contains(&n)
        && !body.contains([
            '。', '，', '、', '；', '：', '！', '？', ',', ';', ':', '!', '?', '（', '(',
        ])
        && (figures || !body.contains(is_digit))
        && !body.contains("以下")
        && !opens_enumeration_item(body)
        && heading_label_len(body).is_none()
}

/// Whether `text` opens with an enumeration marker (一是, 第一，). Such a line standing alone
/// ("一是联合港澳承办十五运会和残特奥会。", Guangdong 2026's review) is left as it is: read as
/// sections, the review's two items would be aligned as its areas and last year's nine
/// review items, which the part as a whole absorbs now, would all read as removed.
fn opens_enumeration_item(text: &str) -> bool {
    enumeration_marker(text).is_some()
}

/// The enumeration marker `text` opens with, if any: its number and how it is written (N是,
/// N要, 第N，).
fn enumeration_marker(text: &str) -> Option<(u32, EnumStyle)> {
    crate::outline::text::enumeration_label(text).map(|m| (m.number, m.style))
}

/// Whether `text` is one sentence: a single full stop (or ！ ？), at its end (a closing quote
/// or bracket may follow it).
fn one_sentence(text: &str) -> bool {
    let body = text.trim_end_matches(['”', '’', '」', '』', '）', ')']);
    // The first mark is the last: a paragraph of many sentences stops at its first.
    let last = body.len().saturating_sub('。'.len_utf8());
    body.ends_with(['。', '！', '？']) && body.find(['。', '！', '？']) == Some(last)
}

/// On a page of sentence lines ([`Layout::sentence_lines`]), whether sentence `next` opens a
/// paragraph after paragraph `prev`: when `next` opens one by its form ([`opens_by_form`]:
/// a heading label, an enumeration item, a dash; or `prev` is a lead-in ending on a colon),
/// by its first words ([`opens_time_frame`]), as a lead-in to an enumeration
/// ([`leads_enumeration`]); or, in a section whose first sentence is a
/// run-in heading (`runins`), when `next` has a run-in heading's shape and neither the
/// sentence before it nor the one after it (`after`) does (a heading heads the sentences
/// after it, short ones too, and a run of short task sentences is body text); a list's
/// heading (办好十件民生实事。) does so in any section, so the list reader finds it. A heading
/// sentence with a label takes the sentences after it, as most reports write (一、title。body
/// in 320 of the corpus's 447 such headings ending on 。): the 十件民生实事 list reads its
/// items so.
///
/// A section whose body opens with ordinary text has no run-in headings to find: its short
/// task sentences (加强生态环保督察。) have their shape, and set apart they would be read as
/// headings.
fn opens_sentence_paragraph(prev: &str, next: &str, after: Option<&str>, runins: bool) -> bool {
    let heading_shaped = is_lone_run_in_heading(next);
    // A run of short task sentences (深化环评审批改革。开展水预算管理试点。) is body text: a
    // heading stands between longer sentences.
    let among_sentences =
        !is_lone_run_in_heading(last_sentence(prev)) && !after.is_some_and(is_lone_run_in_heading);
    opens_by_form(prev, next)
        || opens_time_frame(next)
        || crate::outline::text::bare_address(prev)
        || leads_enumeration(next)
        || heading_shaped && runins && among_sentences
        || heading_shaped && crate::extract::lists::names_list(next)
        || crate::extract::lists::commits_to_list(next) && lone_run_in(next, true)
}

/// Whether `text` opens with the address of a speech: 各位代表 or 各位委员 and a colon, a
/// comma or an exclamation mark.
fn opens_with_address(text: &str) -> bool {
    ["各位代表", "各位委员"].iter().any(|a| {
        text.strip_prefix(a)
            .is_some_and(|rest| rest.starts_with(['：', ':', '，', ',', '！', '!']))
    })
}

/// Whether sentence `text` opens with the time its paragraph speaks of (过去一年， 一年来，
/// 2025年是… 今年是… “十五五”时期…) or with an address (各位代表！): 155 of 182 such time
/// sentences in the corpus and seeds open a paragraph, and later stages read paragraphs (the
/// review/plan split: national 2021's part 二 turns from 过去五年 to the plan at “十四五”时期
/// 是…; the closing appeal 各位代表！ ends the last area).
fn opens_time_frame(text: &str) -> bool {
    let t = text.trim_start_matches(['“', '"']);
    const OPENERS: [&str; 4] = ["今年是", "明年是", "各位代表", "各位委员"];
    if crate::text::opens_review(t) || OPENERS.iter().any(|o| t.starts_with(o)) {
        return true;
    }
    // 2025年是 (a year of four digits).
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits == 4 && t[digits..].starts_with("年是"))
        || crate::text::opening_plan_period(t).is_some()
}

/// Whether sentence `text` leads in an enumeration after a colon (…发展目标：一是…，二是…): 4 of
/// the 6 such sentences in the corpus and seeds open a paragraph, and inside an enumeration
/// item's paragraph (三是…) the outline would not read its items.
fn leads_enumeration(text: &str) -> bool {
    text.find(['：', ':'])
        .and_then(|k| text[k..].chars().next().map(|c| &text[k + c.len_utf8()..]))
        .is_some_and(opens_enumeration_item)
}

/// The last sentence of `text` (all of it when it holds one).
fn last_sentence(text: &str) -> &str {
    let body = text.trim_end_matches(['。', '！', '？', '”', '’', '」', '』', '）', ')']);
    body.rfind(['。', '！', '？'])
        .map_or(text, |k| &text[k + '。'.len_utf8()..])
}

/// For each line of a page of sentence lines, whether it stands in a section whose first
/// sentence after the heading is a run-in heading ([`opens_sentence_paragraph`]), in a
/// series of sections that mostly open so: a report that heads its areas' paragraphs with
/// run-in headings does so in most of a part's areas, while one area whose title sentence
/// is followed by a short task sentence (（五）乡村振兴深化拓展。率先制定新一轮乡村振兴规划。) is
/// a single paragraph in the report.
///
/// A series is the headings of one label form ([`heading_series`]) between two headings of
/// a higher one, restarting at number one.
fn run_in_sections(paras: &[Para]) -> Vec<bool> {
    // Headings: (line, series key, opens with a run-in heading).
    let mut heads: Vec<(usize, (u8, usize), bool)> = Vec::new();
    let mut series = 0;
    let mut last_form = None;
    for (i, p) in paras.iter().enumerate() {
        let Some((form, number)) = heading_series(&p.text) else {
            continue;
        };
        if number == 1 || last_form.is_some_and(|f| form < f) {
            series += 1;
        }
        last_form = Some(form);
        let opens = paras
            .get(i + 1)
            .is_some_and(|n| is_lone_run_in_heading(&n.text));
        heads.push((i, (form, series), opens));
    }
    // Per series: its headings and how many of them open with a run-in heading (counted once:
    // a page of many thousand label lines must not cost their square).
    let mut counts: FxHashMap<(u8, usize), (usize, usize)> = FxHashMap::default();
    for &(_, key, opens) in &heads {
        let c = counts.entry(key).or_default();
        *c = (c.0 + 1, c.1 + usize::from(opens));
    }
    let mut out = vec![false; paras.len()];
    for (k, &(i, key, opens)) in heads.iter().enumerate() {
        let (n, opening) = counts.get(&key).copied().unwrap_or_default();
        if !(opens && opening >= 2 && opening * 2 >= n) {
            continue;
        }
        let end = heads.get(k + 1).map_or(paras.len(), |h| h.0);
        out[i..end].iter_mut().for_each(|r| *r = true);
    }
    out
}

/// The form of the heading label `text` opens with (0: 第一部分, 1: 一、, 2: （一）, 3: 1. 1、
/// （1） ①, higher forms first) and its number.
fn heading_series(text: &str) -> Option<(u8, u32)> {
    use crate::outline::text::{numeral_prefix, parse_cn};
    let label = &text[..heading_label_len(text)?];
    if let Some(c) = label
        .chars()
        .next()
        .filter(|c| ('\u{2460}'..='\u{2473}').contains(c))
    {
        return Some((3, c as u32 - 0x2460 + 1));
    }
    let inner = label.trim_start_matches(['第', '（', '(']);
    let (number, digits) = match crate::text::leading_number(inner) {
        Some((n, _)) => (n, true),
        None => (parse_cn(&inner[..numeral_prefix(inner)])?, false),
    };
    let form = if label.starts_with('第') {
        0
    } else if digits {
        3
    } else if label.starts_with(['（', '(']) {
        2
    } else {
        1
    };
    Some((form, number))
}

/// Whether the first sentence of `text` holds a digit: a run-in heading names a task, a short
/// sentence with a figure ("选送1000场品质戏曲进社区进乡村。") is one of the tasks.
fn first_sentence_has_figure(text: &str) -> bool {
    text.chars()
        .take_while(|c| !matches!(c, '。' | '！' | '？'))
        .any(is_digit)
}

/// Whether `next` opens with a run-in heading that holds a figure and is parallel to the
/// run-in heading opening `paragraph`: both name the same kind of thing (the same last two
/// characters: 发展壮大4大优势产业。 then 加快培育3个潜力产业。). A short sentence with a figure
/// inside a paragraph is mostly a task (新增绿地800公顷。), not a heading; one ending as the
/// paragraph's own heading is the next heading of the series (in the corpus and held-out
/// reports, 19 paragraphs open so and no sentence inside a paragraph does).
fn parallel_run_in(paragraph: &str, next: &str) -> bool {
    // (A run-in heading is short: only the texts' first characters are read, so a long
    // paragraph asked at each of its lines stays linear.)
    let first = |t: &str| -> Option<Vec<char>> {
        let head: String = t.chars().take(FLAT_HEADING_CHARS).collect();
        starts_with_run_in_heading(&head).then(|| {
            head.chars()
                .take_while(|c| !matches!(c, '。' | '！' | '？'))
                .collect()
        })
    };
    let (Some(a), Some(b)) = (first(paragraph), first(next)) else {
        return false;
    };
    b.iter().any(|&c| is_digit(c))
        && !opens_enumeration_item(next)
        && a.len() >= 2
        && b.len() >= 2
        && a[a.len() - 2..] == b[b.len() - 2..]
}

/// Whether `next` opens an enumeration item (一是 / 第一，) that stands in a paragraph of its
/// own. A later item does when the item before it opened `prev` (one item per paragraph) or
/// is not in `prev` at all (it opened an earlier paragraph: items set as lines heading a body
/// paragraph each); after an item inside `prev` ("…。一是…。二是…") it goes on. A first item
/// does unless it ends its first clause on a semicolon ("一是…；二是…；", a run inside one
/// paragraph).
fn opens_item_paragraph(prev: &str, next: &str) -> bool {
    match enumeration_marker(next) {
        None => false,
        Some((1, _)) => next
            .chars()
            .find(|c| matches!(c, '。' | '；' | ';'))
            .is_none_or(|c| c == '。'),
        Some((number, style)) => {
            enumeration_marker(prev) == Some((number - 1, style))
                || !prev.contains(&style.marker(number - 1))
        }
    }
}

/// Whether `next` opens the item after the last item of an enumeration run inside `prev`
/// ("一是…；二是…；三是…；" then "四是…"), `prev` ending on a clause mark, or on a full
/// stop after a last sentence that is the item before (一是…。…七是…。 then 八是…): one
/// paragraph the page cut. Enumerations written one item per paragraph hold no 一是 before
/// the last item and stay apart.
fn continues_enumeration(prev: &str, next: &str) -> bool {
    let Some((k, style)) =
        enumeration_marker(next).filter(|&(k, style)| k >= 2 && style != EnumStyle::Di)
    else {
        return false;
    };
    let before = style.marker(k - 1);
    // Items ending on a full stop (…七是改扩建…服务中心。 + 八是…): the paragraph's last
    // sentence is the item before.
    // Not after item one alone: 一是…。 + 二是… is also how items one a paragraph look.
    let after_stop = k >= 3 && prev.ends_with('。') && last_sentence(prev).starts_with(&before);
    (prev.ends_with(['；', '，', ';', ',']) || after_stop)
        && prev.contains(&style.marker(1))
        && prev.contains(&before)
}

/// Whether `next` opens item k of a numbered list inline in `prev`, which ends on the
/// separator after item k−1 (办好十件民生实事：1.新建…；2.新增…； + 3.改造…): `prev` holds
/// labels 1. … k−1. after a boundary (：；。) and does not open with one.
fn continues_numbered_items(prev: &str, next: &str) -> bool {
    if !prev.ends_with(['；', ';']) {
        return false;
    }
    let Some((k, _)) = digit_item(next) else {
        return false;
    };
    // A list written one item a line, each ending on ；, opens every line with its label:
    // those lines stay apart.
    k >= 2
        && digit_item(prev).is_none()
        && (1..k).all(|m| has_inline_label(prev, m))
        && !has_inline_label(prev, k)
}

/// Whether label `m.` (or `m．`, `m、`) stands in `text` at its start or after a boundary
/// (：；。, blanks), followed by text.
fn has_inline_label(text: &str, m: u32) -> bool {
    let digits = m.to_string();
    text.match_indices(digits.as_str())
        .map(|(i, _)| i)
        .any(|i| {
            let boundary = text[..i]
                .chars()
                .next_back()
                .is_none_or(|b| "：:；;。 ".contains(b));
            let rest = &text[i + digits.len()..];
            let mut after = rest.chars();
            boundary
                && after.next().is_some_and(|c| matches!(c, '.' | '．' | '、'))
                && after.next().is_some_and(|c| !is_digit(c))
        })
}

/// Whether a list item's label was cut from its text: `prev` ends with the label (after a
/// boundary: "办好十件民生实事：1." + "新建…") or with its number and `next` opens with its
/// stop ("…；2" + ".新增…").
fn label_cut(prev: &str, next: &str) -> bool {
    const MAX_DIGITS: usize = 2;
    let digits_before = |s: &str| {
        let body = s.trim_end_matches(|c: char| c.is_ascii_digit());
        let k = s.len() - body.len();
        let boundary = body
            .chars()
            .next_back()
            .is_none_or(|b| "：:；;。".contains(b));
        (1..=MAX_DIGITS).contains(&k) && boundary
    };
    let text_follows = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| !is_digit(c) && !c.is_whitespace())
    };
    if let Some(body) = prev.strip_suffix(['.', '．', '、']) {
        if prev.chars().count() > 3 && digits_before(body) && text_follows(next) {
            return true;
        }
    }
    let stop = next
        .chars()
        .next()
        .filter(|&c| matches!(c, '.' | '．' | '、'));
    stop.is_some_and(|c| text_follows(&next[c.len_utf8()..])) && digits_before(prev)
}

/// Whether a dictionary word of Chinese characters spans the end of `prev` and the start of
/// `next` (the segmenter, on the last and first few characters): the page cut a word, so a
/// line that looks like a complete heading or title goes on. A heading that ends on a word
/// boundary ("一、2024年工作回顾" + "过去一年…") stays apart.
fn word_crosses(prev: &str, next: &str) -> bool {
    const SIDE: usize = 4;
    let tail_start = prev
        .char_indices()
        .rev()
        .nth(SIDE - 1)
        .map_or(0, |(i, _)| i);
    let head_end = next.char_indices().nth(SIDE).map_or(next.len(), |(i, _)| i);
    let (tail, head) = (&prev[tail_start..], &next[..head_end]);
    let both_cjk = |c: Option<char>| c.is_some_and(crate::text::is_cjk_ideograph);
    if !both_cjk(tail.chars().last()) || !both_cjk(head.chars().next()) {
        return false;
    }
    use crate::text::tokenize::{tokenize, Token, TokenKind};
    let joined = format!("{tail}{head}");
    let cut = tail.len();
    // Tokens cover the text without overlapping, so at most one crosses the cut.
    let tokens = tokenize(&joined);
    let Some(crossing) = tokens
        .iter()
        .find(|t| t.start < cut && t.start + t.text.len() > cut)
    else {
        return false;
    };
    // One of our policy terms cut in two ("…发展新质" + "生产力上下功夫…") is a cut whatever
    // the pieces are.
    if crate::text::terms::is_policy_term(crossing.text) {
        return true;
    }
    // Otherwise each side must end (start) on a lone character that the other side
    // completes, or the crossing word must hold the whole last word of one side and a lone
    // first character of the other, or the reverse ("2026年自治" + "区民生实事": 自治 + 区 in
    // 自治区): a window segments greedily, and "作回顾" + "过去一年" may come out as 回 +
    // 顾过 + 去.
    let lone = |t: &Token| t.text.chars().count() == 1;
    let (tail_words, head_words) = (tokenize(tail), tokenize(head));
    let (Some(last), Some(first)) = (tail_words.last(), head_words.first()) else {
        return false;
    };
    // (Two whole words make no cut: "一、2023年工作回顾" + "过去一年…" is 回顾 + 过去,
    // which the segmenter may read as 回顾过去.)
    let holds_both = crossing.start <= last.start && crossing.end() >= cut + first.end();
    let completes_lone = holds_both && (lone(last) || lone(first));
    let both_lone = lone(last) && lone(first);
    if !both_lone && !completes_lone {
        return false;
    }
    // A figure cut in its qualifier or numeral ("增长5%左" + "右、…", "“十" + "五五”") crosses
    // as a word does.
    match crossing.kind {
        TokenKind::Word => crossing.text.chars().all(crate::text::is_cjk_ideograph),
        TokenKind::Number => true,
        TokenKind::Punct | TokenKind::Space => false,
    }
}

/// How a page broke its lines, read from all of them: hard-wrapped at a fixed width (a
/// newspaper column extracted from a PDF, a page saved with fixed-width lines), and whether
/// indentation or a blank line opens its paragraphs. Punctuation alone cannot tell where
/// such a page's paragraphs end: a heading longer than the column ("（三）…构建有竞争优势的新质"
/// then "生产力发展格局") looks like a complete title line, and a paragraph that goes on after
/// a sentence ending at the column's edge looks like two.
#[derive(Clone, Copy, Debug, Default)]
struct Layout {
    /// The width a line reaches when the layout broke it, in characters or in columns.
    wrap: Option<Wrap>,
    /// The narrowest a line the layout broke is, in the wrap's measure: a line at least this
    /// wide may be one ([`Layout::is_full`]).
    full_from: usize,
    /// Indentation or a blank line opens a paragraph, and only a paragraph: both opened and
    /// continued lines are common (on a page with every line indented it tells nothing).
    opens_paragraphs: bool,
    /// Without a fixed width, the page still breaks lines anywhere (a web page with stray
    /// line breaks): many lines stop in mid-clause. A line without punctuation there is
    /// far more often a cut sentence than a title.
    ragged: bool,
    /// Without a fixed width, the page set each clause on a line of its own: as many lines
    /// stop in mid-clause as on a ragged page, but on a clause mark. (Such a page whose
    /// sentences stand one a line is read as sentence lines, [`join_broken`]; otherwise
    /// its lead-in colons go on, and a run-in heading takes no clause for its body.)
    clause_lines: bool,
    /// Without a fixed width, the page set every sentence on a line of its own (a sentence
    /// splitter's output, a page with a `<p>` per sentence): its paragraphs are lost, and a
    /// run-in heading (推进"幼有善育"。) stands apart from the body it heads.
    sentence_lines: bool,
    /// On a page of sentence lines, blank lines or indentation still mark where paragraphs
    /// open (some lines open one, most do not): the page kept its paragraphs.
    marked_sentence_paragraphs: bool,
    /// The page broke sentences at their clauses ([`Layout::CLAUSE_CUT_PERCENT`] of its
    /// lines stop on a clause mark), so a line ending on a lead-in's colon was cut there too;
    /// on a page that broke only after sentences, the source set the lead-in apart.
    cut_at_clauses: bool,
}

#[derive(Clone, Copy, Debug)]
enum Wrap {
    Chars(usize),
    Columns(usize),
    /// Columns with the ambiguous-width signs narrow ([`LineShape::narrow`]).
    NarrowColumns(usize),
}

impl Layout {
    /// Fewer lines than this say nothing about a layout.
    const MIN_LINES: usize = 12;
    /// Lines shorter than this are headings, names and ends of paragraphs, not column widths.
    const MIN_WIDTH: usize = 16;
    /// Lines wider than this (in characters or columns) are paragraphs, not column lines.
    const MAX_WIDTH: usize = 400;
    /// Share of lines stopping in mid-clause that makes a page ragged.
    const RAGGED_PERCENT: usize = 30;
    /// Share of those lines ending on a clause mark that makes a page of clause lines.
    const CLAUSE_LINES_PERCENT: usize = 90;
    /// Fewer lines of body text than this say nothing about sentences set one per line.
    const MIN_SENTENCE_LINES: usize = 40;
    /// Share of lines stopping in mid-clause on a clause mark that says a page broke its
    /// sentences at their clauses too (a page of one sentence a line has at most 3 in 500
    /// such lines in the corpus; one of clause lines, half its lines).
    const CLAUSE_CUT_PERCENT: usize = 5;
    /// Share of the body lines holding exactly one sentence that makes a page of sentence
    /// lines. A report with a paragraph per line has at most 43 % in the corpus (national
    /// 2021: 31 %, Guangdong 2026's short list items: 43 %); a sentence splitter's output 95 %
    /// or more (the rest: lines ending on a colon, headings with a comma).
    const SENTENCE_LINES_PERCENT: usize = 80;

    fn of(paras: &[Para]) -> Layout {
        let n = paras.len();
        if n < Self::MIN_LINES {
            return Layout::default();
        }
        let by_chars = Self::wrap_width(paras.iter().map(|p| p.line.chars), n);
        let by_columns = Self::wrap_width(paras.iter().map(|p| p.line.columns), n);
        // The measure in which more lines reach the same width is the one the layout used.
        let by_narrow = Self::wrap_width(paras.iter().map(|p| p.line.narrow), n);
        let wrap = match (by_chars, by_columns) {
            (Some((w, a)), Some((_, b))) if a >= b => Some((Wrap::Chars(w), a)),
            (_, Some((w, b))) => Some((Wrap::Columns(w), b)),
            (Some((w, a)), None) => Some((Wrap::Chars(w), a)),
            (None, None) => None,
        };
        // Columns with quotes and dashes narrow, when more lines reach one width so (a page
        // wrapped by a plain-text tool: its quoted lines read as too wide in full-width
        // columns, and no width held).
        let wrap = match (wrap, by_narrow) {
            (Some((_, near)), Some((w, c))) if c > near => Some(Wrap::NarrowColumns(w)),
            (None, Some((w, _))) => Some(Wrap::NarrowColumns(w)),
            (wrap, _) => wrap.map(|(wrap, _)| wrap),
        };
        let opened = paras.iter().filter(|p| p.line.opens).count();
        // Lines that stopped in mid-clause: some punctuation, but no sentence end and no
        // heading label. A page with one paragraph per line has a few (under 15 % in the
        // corpus: cut headings, source lines); one broken anywhere has most (over 60 %).
        let cut = paras.iter().filter(|p| stops_mid_clause(&p.text)).count();
        // A page that set each clause on a line of its own (a bilingual page following each
        // clause with its translation) stops its lines on a clause mark: it breaks them where
        // the text does, not anywhere.
        let on_mark = Self::cut_on_mark(paras);
        let many_cut = wrap.is_none() && cut * 100 >= n * Self::RAGGED_PERCENT;
        let clause_lines = many_cut && on_mark * 100 >= cut * Self::CLAUSE_LINES_PERCENT;
        let ragged = many_cut && !clause_lines;
        let sentence_lines = wrap.is_none() && !ragged && {
            let body = paras.iter().filter(|p| holds_sentence(&p.text)).count();
            let single = paras.iter().filter(|p| one_sentence(&p.text)).count();
            body >= Self::MIN_SENTENCE_LINES && single * 100 >= body * Self::SENTENCE_LINES_PERCENT
        };
        let marks_paragraphs = opened * 20 >= n && opened * 10 <= n * 7;
        Layout {
            wrap,
            full_from: wrap.map_or(0, |wrap| Self::full_from(paras, wrap)),
            opens_paragraphs: wrap.is_some() && marks_paragraphs,
            ragged,
            clause_lines,
            sentence_lines,
            marked_sentence_paragraphs: sentence_lines && marks_paragraphs,
            cut_at_clauses: Self::cuts_at_clauses(on_mark, n),
        }
    }

    /// Whether `on_mark` lines of `n` stopping on a clause mark say the page broke its
    /// sentences at their clauses ([`Layout::CLAUSE_CUT_PERCENT`]).
    fn cuts_at_clauses(on_mark: usize, n: usize) -> bool {
        on_mark * 100 >= n * Self::CLAUSE_CUT_PERCENT
    }

    /// How many of `paras` stop in mid-clause on a clause mark.
    fn cut_on_mark(paras: &[Para]) -> usize {
        paras
            .iter()
            .filter(|p| stops_mid_clause(&p.text) && p.text.ends_with(CLAUSE_MARKS))
            .count()
    }

    /// The width most lines share when at least 35 % of the lines are that wide (give or take
    /// a half-width character, or a hanging punctuation mark) and hardly any is wider, with
    /// the number of lines that wide. A page of one paragraph per line has no such width.
    fn wrap_width(widths: impl Iterator<Item = usize> + Clone, n: usize) -> Option<(usize, usize)> {
        let mut counts: Vec<usize> = Vec::new();
        // A laid-out line is never very wide; the cap also bounds the table on a page of one
        // megabyte-long line.
        for w in widths
            .clone()
            .filter(|&w| (Self::MIN_WIDTH..=Self::MAX_WIDTH).contains(&w))
        {
            if counts.len() <= w {
                counts.resize(w + 1, 0);
            }
            counts[w] += 1;
        }
        let (mode, _) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
        let near = widths
            .clone()
            .filter(|&w| w + 1 >= mode && w <= mode + 2)
            .count();
        let wider = widths.filter(|&w| w > mode + 2).count();
        (near * 100 >= n * 35 && wider * 20 <= n).then_some((mode, near))
    }

    /// Fewest lines cut in mid-clause from which [`Layout::full_from`] reads how much narrower
    /// than the wrap width a broken line can be.
    const MIN_CUT_LINES: usize = 20;

    /// How narrow a line the layout broke can be: the width below which only a twentieth of
    /// the lines that stop in mid-clause fall (the layout broke those for sure), between nine
    /// tenths of the wrap width and one less than it. A typewriter-like column (a text file wrapped
    /// at 28 characters) breaks every line at its width, give or take a character; a PDF set
    /// in proportional fonts breaks lines a few characters short when they hold figures,
    /// Latin words or quotation marks set narrow, or when a mark may not end or open a line
    /// (“ moves to the next line).
    fn full_from(paras: &[Para], wrap: Wrap) -> usize {
        let (w, width): (usize, fn(&LineShape) -> usize) = match wrap {
            Wrap::Chars(w) => (w, |l| l.chars),
            Wrap::Columns(w) => (w, |l| l.columns),
            Wrap::NarrowColumns(w) => (w, |l| l.narrow),
        };
        let mut cut: Vec<usize> = paras
            .iter()
            .filter(|p| stops_mid_clause(&p.text) && !p.text.ends_with(['：', ':']))
            .map(|p| width(&p.line))
            .filter(|&x| x <= w + 2)
            .collect();
        let floor = Self::floor(w);
        if cut.len() < Self::MIN_CUT_LINES {
            return w - 1;
        }
        let twentieth = cut.len() / 20;
        let (_, &mut narrow, _) = cut.select_nth_unstable(twentieth);
        narrow.clamp(floor, w - 1)
    }

    /// Nine tenths of the wrap width `w`: the narrowest a line the layout broke can be at all
    /// (see [`Layout::full_from`]).
    fn floor(w: usize) -> usize {
        w - w / 10
    }

    /// Whether `line` is as wide as a line the layout broke can be at all ([`Layout::floor`]).
    fn is_nearly_full(&self, line: &LineShape) -> bool {
        match self.wrap {
            Some(Wrap::Chars(w)) => line.chars >= Self::floor(w),
            Some(Wrap::Columns(w)) => line.columns >= Self::floor(w),
            Some(Wrap::NarrowColumns(w)) => line.narrow >= Self::floor(w),
            None => false,
        }
    }

    /// Whether the layout broke `line` (it reaches the wrap width, give or take what
    /// [`Layout::full_from`] allows).
    fn is_full(&self, line: &LineShape) -> bool {
        match self.wrap {
            Some(Wrap::Chars(_)) => line.chars >= self.full_from,
            Some(Wrap::Columns(_)) => line.columns >= self.full_from,
            Some(Wrap::NarrowColumns(_)) => line.narrow >= self.full_from,
            None => false,
        }
    }
}

/// The marks ending a clause inside a sentence.
const CLAUSE_MARKS: [char; 5] = ['，', '、', '；', ',', ';'];

/// Whether a line stopped in mid-clause: some clause punctuation, but no sentence end and no
/// heading label (a page with one paragraph per line has few such lines, one the layout broke
/// has many; see [`Layout`]).
fn stops_mid_clause(t: &str) -> bool {
    t.contains(CLAUSE_MARKS) && !ends_sentence(t) && heading_label_len(t).is_none()
}

/// The paragraphs around a pair [`should_join`] weighs: the one before the first (as joined
/// so far) and the one after the second.
#[derive(Clone, Copy)]
struct Around<'a> {
    before: Option<&'a Para>,
    after: Option<&'a Para>,
    /// The paragraph labelled as the one before the first's label in its series (二、 for
    /// 三、), if one came earlier.
    sibling: Option<&'a Para>,
}

/// How a labelled paragraph that is its heading alone is written, if it is: a title
/// without a stop (false), or one labelled sentence (七、提升…共享水平。, true), with no body
/// text after it.
fn heading_alone(text: &str) -> Option<bool> {
    if is_heading(text) {
        Some(false)
    } else {
        (heading_label_len(text).is_some() && one_sentence(text)).then_some(true)
    }
}

/// Whether `prev`, one labelled line as wide as the page's lines, is a whole heading by
/// its sibling's example ([`Around::sibling`]): the heading before it in its series stood
/// alone, and this one is a title or one sentence as that was (a list's item of one
/// sentence, 3.…（牵头单位：教育厅）。, is no example for a line cut short, 4.…手术2000).
/// A heading ending exactly at the column's edge cannot be told from a run-in heading
/// going on by its line alone (（四）…打造现代化产业体系 + 做深做实…的文章。…); a report
/// sets its headings of one series alike.
fn heading_alone_like_sibling(prev: &Para, sibling: Option<&Para>) -> bool {
    if !prev.is_one_line() {
        return false;
    }
    let kind = heading_alone(&prev.text);
    kind.is_some()
        && sibling.is_some_and(|s| heading_alone(&s.text) == kind)
        && !ends_on_particle(&prev.text)
        && !leaves_open(&prev.text)
}

/// Whether `next` continues the paragraph `prev`: on a hard-wrapped page, from the layout
/// first; otherwise from punctuation, labels and titles.
///
/// `in_body` says whether a sentence came before `prev` (titles stand above the first one).
fn should_join(prev: &Para, next: &Para, around: Around, layout: &Layout, in_body: bool) -> bool {
    let after_next = around.after;
    let (p, n) = (prev.text.as_str(), next.text.as_str());
    // An appendix's title opens a part of its own, even after a list item set without a stop
    // ("…提高学生家长心理健康教育" + "附件2 名词解释").
    if is_title_like(n) && (n.starts_with("附件") || n.starts_with("附录")) {
        return false;
    }
    // Nor does a report's title join the paragraph before it: the end of another document
    // on the page, set without a stop ("…不懈奋斗" + "政府工作报告——2024年3月5日在…"), body
    // text with its commas. A title's first line (…常务委员会 + 关于…的报告) still joins,
    // and a line as wide as the column may end a sentence's words on 报告 by chance.
    if !layout.is_full(&next.line)
        && n.contains("报告")
        && p.contains(['，', '。'])
        && super::documents::report_title(n).is_some_and(|(kind, _)| kind != DocumentKind::Other)
    {
        return false;
    }
    if layout.wrap.is_some() {
        // (A run-in heading on a line of its own heads the paragraph after it on any page.)
        if layout.opens_paragraphs
            && next.line.opens
            && !broken_by_file(p, n, layout.is_full(&next.line))
            && !heads_body(p, next, layout.is_full(&next.line))
        {
            return false;
        }
        if layout.is_full(&prev.line) {
            if !ends_sentence(p) {
                // (Where indentation opens paragraphs, the line after a heading shows it.)
                return layout.opens_paragraphs
                    || !(layout.is_full(&next.first)
                        && (whole_part_heading_line(p, n)
                            || whole_area_heading_line(p, n)
                            || heading_alone_like_sibling(prev, around.sibling)
                                && !word_crosses(p, n)));
            }
            // A sentence ended at the column's edge; an unindented line goes on with the
            // paragraph, unless it is a heading.
            if layout.opens_paragraphs && !is_heading(n) {
                return true;
            }
            // With nothing marking paragraphs, a full line ending a sentence is more often a
            // paragraph going on (reports' paragraphs hold several sentences) than one ending
            // exactly at the edge: it goes on unless the next line opens a paragraph by its
            // form (a heading label, a run-in heading, an enumeration item, a title line).
            // A lead-in's colon at the edge opens nothing by itself: its list opens by form
            // (——, 一是…), and plain text after it is the sentence going on (…设置了29项主要
            // 指标，包括：| 地区生产总值年均增速4.5%-5%…). A sentence opening with the time
            // its paragraph speaks of (过去一年，…, 今年是…) opens one after a stop, as it
            // mostly does in the reports ([`opens_time_frame`]).
            let stop = p.trim_end_matches(['”', '’']).ends_with(['。', '！', '？']);
            let time_opens = stop && opens_time_frame(n);
            let by_form =
                line_opens_by_form(p, n, layout.is_full(&next.line)) || parallel_run_in(p, n);
            let alone = heading_alone_like_sibling(prev, around.sibling);
            if !layout.opens_paragraphs && !by_form && !time_opens && !alone {
                return true;
            }
        }
    }
    // A decimal number cut at its point: "增长1." + "2%".
    if p.ends_with('.')
        && p[..p.len() - 1].ends_with(is_digit)
        && n.starts_with(is_digit)
        && heading_label_len(n).is_none()
    {
        return true;
    }
    // A ratio cut at its colon: "城乡居民收入比缩小至2.27:" + "1。…".
    if let Some(body) = p.strip_suffix([':', '：']) {
        if body.ends_with(is_digit) && n.starts_with(is_digit) && heading_label_len(n).is_none() {
            return true;
        }
    }
    // On a page of clause lines a lead-in's colon goes on into what it leads in (政府工作
    // 总体要求是： + 以习近平…, 1.“岳山造林”： + 上世纪70年代…), unless that opens a
    // paragraph by its form (a heading label, an enumeration item, a dash) or the colon
    // ends an address (各位代表：) or a short label (注：). So it does on a page of sentence
    // lines that also broke sentences at their clauses, or before a piece stopping in
    // mid-clause: a sentence splitter breaks at no colon, and a lead-in before a whole
    // sentence is a paragraph the source set apart (…指导思想是： + 坚持…。).
    if (layout.clause_lines || layout.sentence_lines && lead_in_cut(layout.cut_at_clauses, n))
        && is_lead_in(prev)
        && !opens_by_label(n)
        && !next_opens_by_form(p, n)
    {
        return true;
    }
    // A figure cut before its bound: "地区生产总值增长5%" + "左右，…" (the line before may
    // look like a title: it holds no comma).
    if p.ends_with(|c: char| is_digit(c) || matches!(c, '%' | '％' | '‰'))
        && ["左右", "以上", "以下", "以内", "上下"]
            .iter()
            .any(|w| n.starts_with(w))
    {
        return true;
    }
    // A label alone on its line ("2." + "新增养老床位1000张。") labels the line after it.
    // (Only short lines can be a bare label, and only labelled ones an item: most pairs skip
    // both this test and the next at their first check.)
    let bare_label = |t: &str| {
        if t.len() > 16 {
            return false;
        }
        let len = item_mark_len(t).max(heading_label_len(t).unwrap_or(0));
        let digits = t.trim_end_matches(['.', '．', '、']);
        let number_dot = digits.len() < t.len()
            && !digits.is_empty()
            && digits.chars().count() <= 3
            && digits.chars().all(is_digit);
        (len > 0 && t[len..].trim().is_empty()) || number_dot
    };
    if bare_label(p) && item_mark_len(n) == 0 && heading_label_len(n).is_none() {
        return true;
    }
    // An item of a list written one per line that the page cut ("1.新建改建公办" + "幼儿园
    // 20所。" + "2.新增养老床位1000张。"): the next item ends on a full stop or semicolon,
    // this one on no punctuation, and the piece between them has no label. (Numbered
    // headings, "1.稳定就业" + its body + "2.扩大消费", end on none either.) The last item
    // has no next one: then the one before it is the sibling, and the piece is the item's
    // end (short, ending on a full stop or semicolon).
    if let Some((k, _)) = digit_item(p) {
        let cut = !ends_sentence(p)
            && !p.ends_with(['，', ',', '、'])
            && item_mark_len(n) == 0
            && heading_label_len(n).is_none();
        let ends = |t: &str| t.ends_with(['。', '；', ';']);
        let sibling = |para: Option<&Para>, m: u32| {
            para.is_some_and(|a| ends(&a.text) && digit_item(&a.text).is_some_and(|(x, _)| x == m))
        };
        let next_sibling = sibling(after_next, k + 1);
        let last = k > 1
            && sibling(around.before, k - 1)
            && ends(n)
            && next.char_count() <= 30
            && after_next.is_none_or(|a| digit_item(&a.text).is_none());
        if cut && (next_sibling || last) {
            return true;
        }
        // The last item of such a list, its items set without a stop (an HTML <ol>, a table's
        // rows), before a paragraph of text or an appendix's label: it ends there
        // ("10．改造老旧小区100个" + "以上民生实事，我们将…", which went on into the item).
        let after_item = around
            .before
            .and_then(|b| digit_item(&b.text))
            .is_some_and(|(m, _)| m + 1 == k);
        // (Not when the item leaves a quotation or bracket open: "…“双向揭榜" + "挂帅”的…".)
        let closed = !leaves_open(p);
        // (On a page wrapped at a width, an item line nearly that wide was cut by it: "4.就业
        // 创业方面。…站点全省县城和中心镇全" + "覆盖，开展…".)
        if cut
            && after_item
            && closed
            && !layout.is_nearly_full(&prev.line)
            && !opens_on_closing_mark(n)
            && item_mark_len(n) == 0
            && (next.char_count() > 30 || n.starts_with("附件") || n.starts_with("附录"))
        {
            return false;
        }
    }
    // An inline enumeration cut after one of its items: "…三是…；" + "四是…", and the same
    // with numbered items ("…：1.新建…；" + "2.新增…；3.…").
    if continues_enumeration(p, n) || continues_numbered_items(p, n) {
        return true;
    }
    // A label cut from its text: "…；2." + "新增…", or inside it, "…；2" + ".新增…".
    if label_cut(p, n) {
        return true;
    }
    // (On a page of clause lines the line after a heading is a clause, not its body: the
    // sentence lines the page joins into are read for run-in headings.)
    if !layout.clause_lines && heads_body(p, next, layout.is_full(&next.line)) {
        return true;
    }
    // No report ends a paragraph on a semicolon: a line ending on one ("…加快建设科创平台；"
    // then "推进…") is a page that broke its paragraphs at clauses, unless the next line is
    // an item of a list written one per line (1. ——, ●, 一是; a title line).
    if p.ends_with(['；', ';'])
        && item_mark_len(n) == 0
        && heading_label_len(n).is_none()
        && !opens_enumeration_item(n)
        && !is_title_like(n)
    {
        return true;
    }
    if ends_sentence(p)
        || heading_label_len(n).is_some()
        || n.starts_with("——")
        || n.starts_with("--")
    {
        return false;
    }
    // No paragraph, heading or title ends on a comma: "（一）深入落实城市总体规划，" + "推动…".
    if p.ends_with(['，', '、', ',']) {
        return true;
    }
    // A salutation (各位代表：) or a label line opens its own paragraph.
    if next.char_count() <= 12 && n.ends_with(['：', ':']) {
        return false;
    }
    // No paragraph opens with a copula before a colon ("…发展的主要目标" + "是：地区生产总值
    // 年均增长5%左右", a page that set the heading's words in a bold line of their own).
    if opens_on_copula(n) && !ends_sentence(p) {
        return true;
    }
    // A one-character paragraph is never a paragraph ("政府工作报" + "告"), and no paragraph
    // starts with closing punctuation ("…带技术揭榜" + "；…", "（七）推进农业农村现代化" +
    // "，促进…").
    if next.char_count() == 1 || opens_on_closing_mark(n) {
        return true;
    }
    // A heading line cut inside a word goes on ("一、2024年工" + "作回顾"), and so does one
    // cut where [`cuts_sentence`] sees it; on a ragged page also before what can only be its
    // own end, a short sentence without a clause mark ("（一）…，努力推动" + "经济稳定均衡
    // 可持续增长。").
    if is_heading(p) {
        return word_crosses(p, n)
            || cuts_sentence(p, n, false)
            || layout.ragged && (ends_heading(n) || dangles(p));
    }
    // A line cannot end on a particle or conjunction: "…时期经济社会发展的" + "主要目标"; an
    // unnumbered part heading ends on a word that only looks like one (…总体要求和政策取向).
    if ends_on_particle(p) && !crate::outline::unnumbered_part(p) {
        return true;
    }
    if is_title_like(p) {
        return word_crosses(p, n) || cuts_sentence(p, n, layout.ragged && in_body);
    }
    // A closing quote without a full stop is ambiguous: "推进“平急两用”" + "公共基础设施…"
    // continues, but "确保“一清水永续北上”" + "深化污染防治攻坚。…" (a run-in heading) does not.
    // A stub of a sentence is no run-in heading: "巩固空气质量“退后十”" + "成果。健全…" goes
    // on ([`cuts_sentence`]), and neither is a quoted name after a quoted name: quoted terms
    // run on (确保“国之大者”“省之要事”高质量落实。), the line cut between them.
    if p.ends_with(['”', '」', '』', '’'])
        && !n.starts_with(['“', '「', '『', '‘'])
        && starts_with_run_in_heading(n)
        && !cuts_sentence(p, n, false)
    {
        return false;
    }
    // A title line followed by its subtitle or dateline starts a new article.
    if is_title_like(n) {
        if let Some(a) = after_next.map(|a| a.text.as_str()) {
            let dateline = a.starts_with(['（', '(']) && is_title_like(a);
            if a.starts_with("——") || a.starts_with("本报讯") || dateline {
                return false;
            }
        }
    }
    true
}

/// Whether `prev` is a run-in heading set on a line of its own ("大力提振消费。" then its body,
/// as a web page with the bold heading in its own paragraph gives it), which opens the
/// paragraph it heads. Only before a paragraph of body text (longer than a heading's 20
/// characters, with a clause mark, or a column's line that `goes_on` to the next): a run of
/// short one-sentence paragraphs stays apart.
fn heads_body(prev: &str, next: &Para, goes_on: bool) -> bool {
    if !is_lone_run_in_heading(prev) {
        return false;
    }
    let n = next.text.as_str();
    let body_text = next.char_count() > 20 && (goes_on || n.contains(['，', ',', '、', '；']));
    // An enumeration written inline (一是…；二是…) is the heading's body; an item that
    // stands alone (一是… then 二是… in a paragraph of its own) opens its paragraph.
    let inline_enumeration =
        enumeration_marker(n).is_some_and(|(k, style)| k == 1 && n.contains(&style.marker(2)));
    let opens_by_label = heading_label_len(n).is_some()
        || (opens_enumeration_item(n) && !inline_enumeration)
        || is_title_like(n) && !goes_on
        || n.starts_with("——");
    body_text && !opens_by_label
}

/// Whether `text` ends on a particle or conjunction, as no line does unless the page cut it
/// ("…时期经济社会发展的" + "主要目标"; callers except words that only look so).
fn ends_on_particle(text: &str) -> bool {
    text.ends_with([
        '的', '和', '与', '及', '或', '之', '把', '对', '从', '向', '被',
    ])
}

/// Whether `text` opens with a copula before a colon, as no paragraph does ("是：地区生产总值
/// 年均增长5%左右" after a bold line "…发展的主要目标").
fn opens_on_copula(text: &str) -> bool {
    ["是：", "是:", "为：", "为:", "如下："]
        .iter()
        .any(|w| text.starts_with(w))
}

/// Whether `text` opens with punctuation that closes a clause or a bracket: no paragraph does
/// ("…带技术揭榜" + "；“成果找市场”…").
fn opens_on_closing_mark(text: &str) -> bool {
    text.starts_with([
        '，', '、', '。', '；', '：', '）', '》', '”', '％', '%', ',', ')',
    ])
}

/// Whether the file itself broke a paragraph where a wrapped page shows a paragraph opening
/// (a blank line or an indent before `next`): `prev` stops inside a sentence, as no paragraph
/// ends ("…各年度视情提出经济增长预期目标，全员劳动生" + blank + "产率增长…", "…坚决当好贯彻落实的" +
/// blank + "执行者…", both in files as published). A heading or title ends without
/// punctuation, so it must show the cut: a comma or particle at its end, a word or quotation
/// cut, a line after it opening on a copula (是：) or a subscript's figure. A label opening
/// `next` still opens a paragraph, and so does a title line unless `prev` ends on a particle
/// (`next_full`: the line reaches the column's edge, so it is no one-line title).
fn broken_by_file(prev: &str, next: &str, next_full: bool) -> bool {
    if ends_sentence(prev) || opens_by_label(next) {
        return false;
    }
    let particle =
        !is_heading(prev) && ends_on_particle(prev) && !crate::outline::unnumbered_part(prev);
    // A subscript the file set on a line of its own: "…以PM" + "2.5" + "浓度…".
    let subscript = prev.ends_with(|c: char| c.is_ascii_alphabetic())
        && next.starts_with(|c: char| c.is_ascii_digit());
    if is_title_like(next) && !next_full && !particle && !subscript {
        return false;
    }
    // (A paragraph may end on a bracket: a reporter's name, （完）.)
    let body = !is_heading(prev) && !is_title_like(prev) && !prev.ends_with(['）', ')']);
    body || particle
        || subscript
        || opens_on_copula(next)
        || prev.ends_with(['，', '、', ','])
        || leaves_open(prev)
        || word_crosses(prev, next)
}

/// Whether `text` opens with a label of its own: a heading label (二、 （三）), a list
/// item's mark (1． ①), an enumeration item (一是) or a dash (——).
fn opens_by_label(text: &str) -> bool {
    heading_label_len(text).is_some()
        || item_mark_len(text) > 0
        || opens_enumeration_item(text)
        || text.starts_with("——")
}

/// Whether `para` is a lead-in ending on a colon (政府工作总体要求是：), not an address
/// (各位代表：) or a short label (注：).
fn is_lead_in(para: &Para) -> bool {
    let t = para.text.as_str();
    t.ends_with(['：', ':']) && para.char_count() > 4 && !crate::outline::text::bare_address(t)
}

/// Whether `text` leaves a quotation mark or a bracket open (“…, （…, (…, 《…): a line the page
/// or the file cut.
fn leaves_open(text: &str) -> bool {
    let open = |o: char, c: char| text.matches(o).count() > text.matches(c).count();
    open('“', '”') || open('（', '）') || open('(', ')') || open('《', '》')
}

/// Whether the heading or title-like line `prev` is a sentence the page cut: it leaves a
/// quotation mark or bracket open ("2025年是“十四" + "五”收官之年…", "二、“十四五”时期发展成
/// 就和“十" + "五五”时期…"), or `next` opens with a sentence too short to open a paragraph
/// and goes on ("一是聚焦支点建设使命" + "任务。按照…"). On a ragged page below the title block
/// (`ragged_body`), an enumeration item (一是…) is one too: it never stands without
/// punctuation there. Unnumbered part headings ("2024年工作回顾") do neither.
fn cuts_sentence(prev: &str, next: &str, ragged_body: bool) -> bool {
    if leaves_open(prev) {
        return true;
    }
    let first: String = next
        .chars()
        .take_while(|c| !matches!(c, '。' | '！' | '？' | '，' | '；' | '：' | '、'))
        .collect();
    // The stub goes on with more text: a paragraph of one short sentence ("正文。") stands.
    let rest = &next[first.len()..];
    let goes_on = rest.starts_with(['。', '！', '？']) && rest.chars().nth(2).is_some();
    let n = first.chars().count();
    let stub = n <= 3 && goes_on;
    // On a ragged page a short first sentence after a line without punctuation is that
    // line's end far more often than a run-in heading of its own ("加强原始创新和关键核心" +
    // "技术攻关。…").
    let ragged_stub = ragged_body && n <= RAGGED_STUB_CHARS && goes_on;
    stub || ragged_stub || ragged_body && opens_enumeration_item(prev)
}

/// The longest first sentence that ends a cut line on a ragged page ([`cuts_sentence`]): an
/// unnumbered part's body opens with a longer one ("2024年工作回顾" + "过去一年极不平凡。").
const RAGGED_STUB_CHARS: usize = 6;

/// Whether a heading line ends on a clause of at most two characters after its last comma
/// ("（九）切实保障和改善民生，加快"): a heading's clauses are longer, so the page cut it. (A
/// short item after 、 may be whole: "就业、社保".)
fn dangles(heading: &str) -> bool {
    heading
        .rfind('，')
        .is_some_and(|k| heading[k..].chars().count() <= 3)
}

/// Whether `text` holds sentence punctuation (a title line holds none).
fn holds_sentence(text: &str) -> bool {
    text.contains(['。', '，', '！', '？', ','])
}

/// Whether `text` can only be the end of a heading cut by the page: one sentence of fewer
/// than 20 characters without a clause mark. A short line without punctuation may as well be the
/// first words of the body ("一、…新进展新成效" + "2025年是“十四"): joining those would lose
/// the heading.
fn ends_heading(text: &str) -> bool {
    text.strip_suffix(['。', '！', '？'])
        .is_some_and(|body| body.chars().count() < 20 && is_title_like(body))
}

/// Join paragraphs broken mid-sentence or mid-word by the page layout.
/// A line that is only an opening bracket or quote, as a page breaks a label after its
/// bracket (（ then 三）改革开放持续深化。), opens the line after it: alone, it went as a
/// menu's leftover punctuation, and the label it belongs to was lost.
fn attach_lone_openers(paras: Vec<Para>) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    let mut pending: Option<Para> = None;
    for p in paras {
        let p = match pending.take() {
            Some(mut opener) => {
                opener.append(p);
                opener
            }
            None => p,
        };
        if matches!(p.text.as_str(), "（" | "(" | "“" | "「" | "【" | "[" | "《") {
            pending = Some(p);
        } else {
            out.push(p);
        }
    }
    out.extend(pending);
    out
}

/// Whether a line is only a closing mark: a sentence or clause mark, a closing quote or
/// bracket ([`attach_lone_closers`]).
fn is_lone_closer(text: &str) -> bool {
    matches!(
        text,
        "：" | ":" | "。" | "，" | "," | "；" | "！" | "？" | "”" | "）" | "」"
    )
}

/// A line that is only a closing mark, as a column wraps the colon of a lead-in (…必须做到
/// “八个聚焦” then ：) or a page's running head falls before a sentence's stop, ends the
/// line before it (once the furniture between them is gone), unless that line already ends
/// on a mark: then it is a menu's leftover, and goes.
fn attach_lone_closers(paras: Vec<Para>) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    for p in paras {
        if !is_lone_closer(&p.text) {
            out.push(p);
            continue;
        }
        if let Some(prev) = out.last_mut().filter(|prev| {
            !prev
                .text
                .ends_with(|c: char| is_clause_end(c) || "，,：:".contains(c))
        }) {
            prev.append(p);
        }
    }
    out
}

/// Join the lines of `paras` that the page's layout broke ([`Layout`]). A page without a
/// fixed width that breaks lines at a clause mark (a bilingual page following each clause
/// of its long sentences with a translation; any page of one clause a line) is read as its
/// sentences first ([`restore_sentences`]): when those are one a line, the page is a page of
/// sentence lines that lost its paragraphs, and is joined as one.
fn join_broken(paras: Vec<Para>) -> Vec<Para> {
    let layout = Layout::of(&paras);
    if layout.wrap.is_none() {
        if let Some(sentences) = restore_sentences(&paras) {
            let again = Layout::of(&sentences);
            if again.sentence_lines {
                return join_in_layout(sentences, again);
            }
        }
    }
    join_in_layout(paras, layout)
}

/// `paras` with each line stopping at a clause mark or a lead-in's colon joined to the line
/// after it, unless that opens a paragraph by its form (a heading label, a list item, an
/// enumeration item, a dash) or the colon ends an address or a short label (各位代表：, 注：):
/// the page's sentences, if it broke them only there (a page of sentence lines may split
/// only its long sentences so, and the clause lines look like titles). None when no line
/// so stops.
fn restore_sentences(paras: &[Para]) -> Option<Vec<Para>> {
    let at_mark = |p: &Para| p.text.ends_with(CLAUSE_MARKS) || is_lead_in(p);
    let cut = paras.iter().filter(|p| at_mark(p)).count();
    if cut == 0 || paras.len() < Layout::MIN_LINES {
        return None;
    }
    // A lead-in's colon is a cut on a page that broke its sentences at their clauses, or
    // before a piece that stops in mid-clause; a page of sentence lines set its lead-ins
    // apart as the source did (…指导思想是： then 坚持…。).
    let at_clauses = Layout::cuts_at_clauses(Layout::cut_on_mark(paras), paras.len());
    let mut out: Vec<Para> = Vec::with_capacity(paras.len() - cut);
    let mut goes_on = false;
    for (i, p) in paras.iter().enumerate() {
        match out.last_mut() {
            Some(prev) if goes_on && !opens_by_label(&p.text) => prev.append(p.clone()),
            _ => out.push(p.clone()),
        }
        // (A lead-in is judged whole: …重点民生实事， + 包括：.)
        goes_on = p.text.ends_with(CLAUSE_MARKS)
            || out.last().is_some_and(is_lead_in)
                && paras
                    .get(i + 1)
                    .is_some_and(|n| lead_in_cut(at_clauses, &n.text));
    }
    Some(out)
}

/// Whether a line ending on a lead-in's colon before line `next` was cut there, on a page
/// that cuts sentences at their clauses (`at_clauses`) or before a piece stopping in
/// mid-clause (包括： + 完成老旧小区改造600个；), rather than set apart by the source.
fn lead_in_cut(at_clauses: bool, next: &str) -> bool {
    at_clauses || next.ends_with(CLAUSE_MARKS)
}

/// Join the lines of `paras` as `layout`, the page's layout, says ([`should_join`], and
/// [`opens_sentence_paragraph`] on a page of sentence lines).
fn join_in_layout(paras: Vec<Para>, layout: Layout) -> Vec<Para> {
    let runins = if layout.sentence_lines {
        run_in_sections(&paras)
    } else {
        Vec::new()
    };
    let mut out: Vec<Para> = Vec::with_capacity(paras.len());
    // The last two paragraphs in `out` opening with a heading label of each form.
    let mut last_of_form: [[Option<usize>; 2]; 4] = [[None; 2]; 4];
    let mut iter = paras.into_iter().enumerate().peekable();
    // Whether a paragraph before the last one in `out` holds a sentence.
    let mut in_body = false;
    while let Some((i, p)) = iter.next() {
        let joined = match out.last() {
            // A page of sentence lines lost its paragraphs: a sentence goes on with the one
            // before it unless it opens a paragraph. (Its lines do not wrap: one ending on a
            // closing quote before a run-in heading is a sentence that lost its stop, 确保
            // “一清水永续北上” then 深化污染防治攻坚。)
            Some(prev)
                if layout.sentence_lines
                    && (ends_sentence(&prev.text)
                        || prev.text.ends_with('”') && is_lone_run_in_heading(&p.text))
                    && !prev.text.ends_with(['：', ':']) =>
            {
                let after = iter.peek().map(|(_, a)| a.text.as_str());
                if layout.marked_sentence_paragraphs {
                    // The page's own marks say where a paragraph opens; a heading's form
                    // still opens one.
                    !p.line.opens && !opens_by_form(&prev.text, &p.text)
                } else {
                    !opens_sentence_paragraph(&prev.text, &p.text, after, runins[i])
                }
            }
            Some(prev) => {
                let before = out.len().checked_sub(2).and_then(|k| out.get(k));
                // (`prev`, labelled, is the last of its form. Only a paragraph of one line
                // is asked: a long one is no heading, and its label is read once.)
                let sibling = prev
                    .is_one_line()
                    .then(|| heading_series(&prev.text))
                    .flatten();
                let sibling = sibling.and_then(|(form, k)| {
                    let s = out.get(last_of_form[usize::from(form)][0]?)?;
                    (k >= 2 && heading_series(&s.text) == Some((form, k - 1))).then_some(s)
                });
                let around = Around {
                    before,
                    after: iter.peek().map(|(_, p)| p),
                    sibling,
                };
                should_join(prev, &p, around, &layout, in_body)
            }
            None => false,
        };
        if !joined {
            in_body = in_body || out.last().is_some_and(|prev| holds_sentence(&prev.text));
        }
        match (joined, out.last_mut()) {
            (true, Some(prev)) => prev.append(p),
            _ => {
                if let Some((form, _)) = heading_series(&p.text) {
                    let last = &mut last_of_form[usize::from(form)];
                    *last = [last[1], Some(out.len())];
                }
                out.push(p);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Pass 5: a repeated tail.

/// Drop a second verbatim copy of the page's last paragraphs (at least three), as extraction
/// sometimes appends the end of a report twice; a truncated line just before the copy that is
/// the start of its first paragraph goes too.
fn drop_repeated_tail(mut paras: Vec<Para>) -> Vec<Para> {
    const MIN_REPEAT: usize = 3;
    let n = paras.len();
    if n < 2 * MIN_REPEAT {
        return paras;
    }
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    let last = texts[n - 1];
    // Each candidate costs a walk back: only the last few copies of the last paragraph are
    // tried, so a page of one line repeated thousands of times stays linear.
    const MAX_CANDIDATES: usize = 64;
    let mut best = 0;
    for i in (0..n - 1)
        .rev()
        .filter(|&i| texts[i] == last)
        .take(MAX_CANDIDATES)
    {
        let mut m = 0;
        while m <= i && n - 1 - m > i && texts[i - m] == texts[n - 1 - m] {
            m += 1;
        }
        best = best.max(m);
    }
    if best >= MIN_REPEAT
        && paras[n - best..]
            .iter()
            .map(Para::char_count)
            .sum::<usize>()
            >= 50
    {
        let mut cut = n - best;
        if cut > 0 {
            let before = texts[cut - 1];
            if before.len() < texts[cut].len() && texts[cut].starts_with(before) {
                cut -= 1;
            }
        }
        paras.truncate(cut);
    }
    paras
}

// ---------------------------------------------------------------------------------------------
// Pass 6: text and map.

fn assemble(source: &str, paras: &[Para]) -> CleanText {
    let mut text = String::with_capacity(source.len());
    let mut map = Vec::with_capacity(source.len() + 1);
    let end_of = |off: usize| off + source[off..].chars().next().map_or(0, char::len_utf8);
    let mut last_end = 0;
    for (k, p) in paras.iter().enumerate() {
        if k > 0 {
            text.push('\n');
            map.push(last_end);
        }
        text.push_str(&p.text);
        // Every byte of a character maps to the character's source offset.
        let mut offs = p.offs.iter();
        let mut off = 0;
        for c in p.text.chars() {
            off = offs.next().copied().unwrap_or(off);
            map.extend(std::iter::repeat_n(off, c.len_utf8()));
        }
        // The newline (or the end) maps to the end of the paragraph's last source character.
        if let Some(&off) = p.offs.last() {
            last_end = end_of(off);
        }
    }
    map.push(last_end);
    CleanText {
        source: source.to_string(),
        text,
        map,
        traditional: false,
    }
}

#[cfg(test)]
mod tests;
