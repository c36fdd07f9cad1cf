//! The same report as pages deliver it reads the same: every seed and corpus report, rewritten
//! with full-width digits (５．４％), with half-width punctuation (推进改革,扩大开放.), laid
//! out as a newspaper column (fixed-width lines, each paragraph indented), as printed pages
//! (the column with page numbers and running heads cut in), as a typeset column even in
//! display columns, as a news page (a lede before, related news after) and as an HTML page
//! with a menu and a footer, must give the same outline, commitments, targets, quantities
//! and lists as the file itself (compared after width folding, since display keeps the
//! page's characters, and without spaces), and diffing a report against any of its pages
//! must find nothing substantive.
//! Skipped for the corpus when `../shared/corpus` is absent.

mod common;

use common::{corpus_present, reports};

use govdiff::model::{Report, SectionKind};
use govdiff::pipeline::{parse_bytes, ParseOptions};
use govdiff::text::fold;

/// Digits, the percent sign and a decimal point between digits in their full-width forms.
fn full_width(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    (0..chars.len())
        .map(|k| match chars[k] {
            c @ '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            '%' => '％',
            '.' if k > 0 && digit(k - 1) && digit(k + 1) => '．',
            c => c,
        })
        .collect()
}

/// Chinese punctuation typed in an English input mode: ， 。 ； ： ？ ！ as ASCII marks; a
/// full stop between two digits stays (no reader could tell "增长1.15个" from a decimal).
fn half_width_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    (0..chars.len())
        .map(|k| match chars[k] {
            '，' => ',',
            '。' if !(k > 0 && digit(k - 1) && digit(k + 1)) => '.',
            '；' => ';',
            '：' => ':',
            '？' => '?',
            '！' => '!',
            c => c,
        })
        .collect()
}

/// Columns a character takes in a CJK layout.
fn columns(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        2
    }
}

/// Each paragraph indented by two ideographic spaces, lines broken at `width` characters
/// (`by_columns`: at `width` display columns).
fn column(paragraphs: &[&str], width: usize, by_columns: bool) -> String {
    let mut out = String::new();
    for p in paragraphs {
        let mut used = 0;
        for c in format!("\u{3000}\u{3000}{p}").chars() {
            let w = if by_columns { columns(c) } else { 1 };
            if used + w > width {
                out.push('\n');
                used = 0;
            }
            out.push(c);
            used += w;
        }
        out.push('\n');
    }
    out
}

/// A printed page: `column_text` with a dashed page number and the newspaper's running head
/// after every 45th line, wherever that falls (mid-sentence as a rule). Not after a line
/// ending in a digit or a point, where no reader could tell "2." + "6万户" from a sentence
/// end.
fn printed_pages(column_text: &str) -> String {
    let mut out = String::new();
    let mut page = 1;
    let mut since_break = 0;
    for line in column_text.lines() {
        out.push_str(line);
        out.push('\n');
        since_break += 1;
        if since_break >= 45 && !line.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            page += 1;
            since_break = 0;
            out.push_str(&format!(
                "— {page} —\n人民日报 2026年3月13日 星期五 第{page}版\n"
            ));
        }
    }
    out
}

/// Figures set apart from Chinese text by a space, as PDF text extraction and "pangu" spacing
/// give them, and from their %: "增长 5 % 左右", "2025 年", "1.5 万人".
fn spaced_figures(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let opens_figure = |c: char| cjk(c) || "，。；：、“”（）".contains(c);
    let mut out = String::with_capacity(text.len() * 11 / 10);
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|j| chars[j]);
        if c.is_ascii_digit() && prev.is_some_and(opens_figure)
            || c == '%' && prev.is_some_and(|p| p.is_ascii_digit())
        {
            out.push(' ');
        }
        out.push(c);
        let next = chars.get(k + 1).copied();
        if (c.is_ascii_digit() || c == '%') && next.is_some_and(cjk) {
            out.push(' ');
        }
    }
    out
}

/// Text extracted from a PDF: figures spaced, lines of 33 characters with no indentation and
/// no blank line between paragraphs (only a short last line can tell where one ends), and
/// after every 40th line a page footer and the header of the next page.
fn pdf_text(paragraphs: &[&str]) -> String {
    let mut out = String::new();
    let mut lines = 0;
    for p in paragraphs {
        let spaced: Vec<char> = spaced_figures(p).chars().collect();
        for line in spaced.chunks(33) {
            out.extend(line);
            out.push('\n');
            lines += 1;
            if lines % 40 == 0 {
                out.push_str(&format!("第 {} 页 共 60 页\n政府工作报告\n", lines / 40));
            }
        }
    }
    out
}

/// `text` with &, < and > written as HTML entities.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn html_page(paragraphs: &[&str]) -> String {
    let mut out = String::from(
        "<html><body>\n<div class=\"nav\">首页 | 新闻 | 政务公开 | 互动交流</div>\n\
         <div>来源：人民网　　发布时间：2026-02-05 09:30　　字号：大 中 小</div>\n",
    );
    // The article is split into pages of 40 paragraphs, each ending in a photo caption, the
    // site's navigation and an error-report link with the editor's name.
    for (k, p) in paragraphs.iter().enumerate() {
        let escaped = escape_html(p);
        // As Word writes a paragraph it saves as HTML.
        out.push_str(&format!(
            "<p class=MsoNormal style=\"text-indent:2em\">{escaped}<o:p></o:p></p>\n"
        ));
        if k % 40 == 39 {
            out.push_str(
                "<p>3月5日，会议在人民大会堂开幕。省长作政府工作报告。本报记者 李四 摄</p>\n\
                 <div class=\"page\">首页 上一页 1 2 3 4 下一页 尾页</div>\n\
                 <div>【我要纠错】 责任编辑：张三</div>\n",
            );
        }
    }
    out.push_str("<div>【打印本页】【关闭窗口】</div>\n<div>版权所有：某某省人民政府办公厅</div>\n</body></html>\n");
    out
}

/// What a reader gets from a report, folded and without spaces (a space where a column breaks
/// its line is gone from any page): outline, commitments, targets, quantities, lists.
fn reading(r: &Report) -> Vec<String> {
    let fold = |s: &str| fold(s).replace(' ', "");
    let mut out = vec![format!("year {:?}", r.year)];
    for s in &r.outline {
        out.push(fold(&format!(
            "section {} {:?} {} {}",
            s.depth, s.kind, s.label, s.title
        )));
    }
    for c in &r.commitments {
        out.push(fold(&format!("commitment {} {}", c.path.join("/"), c.text)));
    }
    let q = |q: &govdiff::model::Quantity| {
        format!(
            "{:?} {:?} {:?} {:?} {:?}",
            q.value, q.low, q.high, q.unit, q.qualifier
        )
    };
    for t in &r.targets {
        out.push(fold(&format!(
            "target {} {}",
            t.indicator,
            t.quantity.as_ref().map(q).unwrap_or_default()
        )));
    }
    for x in &r.quantities {
        out.push(fold(&format!("quantity {}", q(x))));
    }
    for l in &r.lists {
        out.push(fold(&format!("list {} {}", l.title, l.items.len())));
        for i in &l.items {
            out.push(fold(&format!("item {} {}", i.label, i.text)));
        }
    }
    out
}

fn parse(name: &str, text: &str) -> Report {
    parse_bytes(name, text.as_bytes(), &ParseOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every report as (name, the file parsed, the page `make_page` makes of it parsed). Pages
/// are made from the text and from its paragraphs as the cleaner reads them (the files carry
/// a few layout breaks of their own).
fn parsed_pages(
    make_page: impl Fn(&str, &[&str]) -> String,
) -> impl Iterator<Item = (String, Report, Report)> {
    let all = reports();
    assert!(!all.is_empty(), "the seeds are bundled");
    all.into_iter().map(move |(name, text)| {
        let original = parse(&name, &text);
        let clean = govdiff::ingest::clean(&text).text;
        let paragraphs: Vec<&str> = clean.lines().collect();
        let got = parse(&name, &make_page(&text, &paragraphs));
        (name, original, got)
    })
}

/// Every report, as the page `make_page` makes of its text and of its cleaned paragraphs
/// ([`parsed_pages`]), reads the same and diffs as nothing substantive.
fn reads_the_same(page: &str, make_page: impl Fn(&str, &[&str]) -> String) {
    for (name, original, got) in parsed_pages(make_page) {
        assert_reads_as(&name, page, &original, &got);
    }
}

/// `got` (report `name` as a `page`) reads as `original` and diffs as nothing against it.
fn assert_reads_as(name: &str, page: &str, original: &Report, got: &Report) {
    let want = reading(original);
    let seen = reading(got);
    let missing: Vec<&String> = want.iter().filter(|w| !seen.contains(w)).take(3).collect();
    let extra: Vec<&String> = seen.iter().filter(|s| !want.contains(s)).take(3).collect();
    assert!(
        want == seen,
        "{name} as a {page}: {} items read, {} expected; missing {missing:?}, extra {extra:?}",
        seen.len(),
        want.len()
    );
    let cmp = govdiff::diff::compare(original, got);
    assert!(
        !cmp.substantive,
        "{name} against itself as a {page}: changes found"
    );
}

#[test]
fn full_width_digits() {
    reads_the_same("page with full-width digits", |text, _| full_width(text));
}

#[test]
fn half_width_punctuation_page() {
    reads_the_same("page with half-width punctuation", |text, _| {
        half_width_punctuation(text)
    });
}

#[test]
fn newspaper_column() {
    reads_the_same("30-character column", |_, paras| column(paras, 30, false));
}

#[test]
fn printed_page_with_running_heads() {
    reads_the_same("printed page with running heads", |_, paras| {
        printed_pages(&column(paras, 30, false))
    });
}

#[test]
fn typeset_column() {
    reads_the_same("44-column typeset column", |_, paras| {
        column(paras, 44, true)
    });
}

/// A news page: a lede before the report and related news after it.
#[test]
fn news_page_around_the_report() {
    reads_the_same("news page", |text, _| {
        format!(
            "本报讯（记者 张三）3月5日上午，人民代表大会会议开幕。大会听取了政府工作报告。\n\
             会议应出席代表700人，实际出席680人，符合法定人数。\n{text}\n相关新闻\n\
             代表热议政府工作报告：凝心聚力谋发展\n本报记者 李四\n\
             3月5日下午，各代表团分组审议政府工作报告，认为目标任务切实可行。\n责任编辑：王五\n"
        )
    });
}

#[test]
fn html_page_with_menu_and_footer() {
    reads_the_same("html page", |_, paras| html_page(paras));
}

#[test]
fn spaced_figures_page() {
    reads_the_same("page with spaced figures", |_, paras| {
        spaced_figures(&paras.join("\n"))
    });
}

/// A page saved as Markdown by a web clipper or pandoc: paragraphs apart by blank lines, part
/// headings as `##`, and every mark that would read as markup escaped with a backslash (a
/// numbered paragraph's 1\., \[, \*, \_), as they write it.
#[test]
fn markdown_with_escapes_page() {
    reads_the_same("Markdown page with escapes", |_, paras| {
        let escaped: Vec<String> = paras
            .iter()
            .map(|p| {
                let mut out = String::new();
                let digits = p.chars().take_while(char::is_ascii_digit).count();
                for (k, c) in p.chars().enumerate() {
                    if matches!(c, '[' | ']' | '*' | '_' | '\\') || c == '.' && k == digits && k > 0
                    {
                        out.push('\\');
                    }
                    out.push(c);
                }
                if heading_number(p, false).is_some() {
                    format!("## {out}")
                } else {
                    out
                }
            })
            .collect();
        escaped.join("\n\n")
    });
}

/// Text from a PDF whose fonts map common ideographs to their radical look-alikes (⼀ U+2F00
/// for 一, ⼯ for 工, ⻓ for 长): the cleaner writes the ideographs back.
#[test]
fn radical_stand_ins_page() {
    const STAND_INS: &str = "一⼀二⼆人⼈入⼊八⼋力⼒十⼗大⼤子⼦小⼩山⼭工⼯心⼼文⽂方⽅日⽇月⽉水⽔火⽕生⽣用⽤田⽥白⽩立⽴米⽶自⾃至⾄行⾏言⾔走⾛身⾝里⾥金⾦面⾯高⾼长⻓门⻔见⻅车⻋风⻛马⻢";
    let chars: Vec<char> = STAND_INS.chars().collect();
    reads_the_same("page with radical stand-ins", |text, _| {
        text.chars()
            .map(|c| {
                chars
                    .chunks(2)
                    .find(|pair| pair[0] == c)
                    .map_or(c, |pair| pair[1])
            })
            .collect()
    });
}

/// Write every seed and corpus report as a file of another format (`make` gets the report's
/// clean text and returns the file's bytes) and assert it reads as the text file, in
/// `encoding`.
fn assert_each_report_reads_as_file(what: &str, encoding: &str, make: impl Fn(&str) -> Vec<u8>) {
    let all = reports();
    assert!(!all.is_empty(), "the seeds are bundled");
    for (name, text) in all {
        let original = parse(&name, &text);
        let bytes = make(&govdiff::ingest::clean(&text).text);
        let got = parse_bytes(&name, &bytes, &ParseOptions::default())
            .unwrap_or_else(|e| panic!("{name} as {what}: {e}"));
        assert_eq!(got.source.encoding, encoding);
        assert_reads_as(&name, what, &original, &got);
    }
}

/// `s` escaped for XML text.
fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A paragraph's first and second halves (by characters), escaped for XML: the document
/// tests set them in two runs of different formatting.
fn escaped_halves(p: &str) -> (String, String) {
    let half = p
        .char_indices()
        .nth(p.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    (xml_escape(&p[..half]), xml_escape(&p[half..]))
}

/// A report as an OFD document (版式文档), the fixed-layout format government sites publish
/// beside PDF: its text set in a column 33 characters wide, each paragraph's first line
/// indented, 40 lines a page, each line in two runs. The reader places the runs, groups them
/// into lines and marks indented ones; the report reads as the text file and diffs as
/// nothing against it.
#[test]
fn ofd_document() {
    assert_each_report_reads_as_file("OFD document", "OFD", |clean| {
        let paragraphs: Vec<&str> = clean.lines().collect();
        let lines: Vec<String> = column(&paragraphs, 33, false)
            .lines()
            .map(str::to_string)
            .collect();
        let pages: Vec<Vec<String>> = lines.chunks(40).map(<[String]>::to_vec).collect();
        govdiff::ingest::ofd::document(&pages, 20)
    });
}

/// A report as the Word document it was drafted in (.docx): each paragraph a `<w:p>`, split
/// into runs of different formatting (a bold first half). It reads as the text file and
/// diffs as nothing against it.
#[test]
fn word_document() {
    assert_each_report_reads_as_file("Word document", "DOCX", |clean| {
        let mut body = String::new();
        for p in clean.lines() {
            let (first, second) = escaped_halves(p);
            body.push_str(&format!(
                "<w:p><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr>\
                 <w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r>\
                 <w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                first, second
            ));
        }
        govdiff::ingest::docx::document(&body)
    });
}

/// A report as an OpenDocument text (.odt, LibreOffice's own format): each paragraph a
/// `<text:p>` (a part or area heading a `<text:h>`), indented by a run of spaces
/// (`<text:s text:c="2"/>`), its second half in a `<text:span>` of other formatting, a comment
/// after it that is no text. It reads as the text file and diffs as nothing against it.
/// (Files LibreOffice wrote from every seed and corpus report read so too, probed.)
#[test]
fn opendocument_text() {
    assert_each_report_reads_as_file("OpenDocument text", "ODT", |clean| {
        let mut body = String::new();
        for p in clean.lines() {
            let (first, second) = escaped_halves(p);
            let element = if p.starts_with(['一', '二', '三', '四', '五', '（'])
                && p.chars().count() < 40
            {
                "text:h"
            } else {
                "text:p"
            };
            body.push_str(&format!(
                "<{element}><text:s text:c=\"2\"/>{}<text:span text:style-name=\"T1\">{}</text:span>\
                 <office:annotation><text:p>批注</text:p></office:annotation></{element}>",
                first, second
            ));
        }
        govdiff::ingest::odt::document(&body)
    });
}

/// A report as a Word 97–2003 document (.doc, or WPS's .wps): each paragraph ending in
/// Word's paragraph mark, stored in two pieces of the piece table (an ASCII-only paragraph as
/// 8-bit text, as Word stores it). It reads as the text file and diffs as nothing against it.
/// (A .doc written by another program, LibreOffice, is read in tests/robustness.rs.)
#[test]
fn word_97_document() {
    assert_each_report_reads_as_file("Word 97 document", "DOC", |clean| {
        let paragraphs: Vec<String> = clean.lines().map(|p| format!("{p}\r")).collect();
        let mut pieces: Vec<(&str, bool)> = Vec::new();
        for p in &paragraphs {
            if p.is_ascii() {
                pieces.push((p, true));
                continue;
            }
            let half = p
                .char_indices()
                .nth(p.chars().count() / 2)
                .map_or(0, |(i, _)| i);
            pieces.push((&p[..half], false));
            pieces.push((&p[half..], false));
        }
        govdiff::ingest::doc::document(&pieces)
    });
}

/// A report saved as RTF the way Word saves a Chinese document: code page 936, each Chinese
/// character as its two GBK bytes (`\'d0\'c2`), every paragraph closed by `\par`, a font
/// table, an info group and a page footer the reader must skip, and a line break inside the
/// RTF text where Word wraps its lines. It reads as the text file. (LibreOffice's RTF, with
/// `\uN` characters, is read in tests/robustness.rs.)
#[test]
fn rtf_document() {
    assert_each_report_reads_as_file("RTF document", "RTF", |clean| {
        let mut rtf = String::from(
            "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\r\n\
                 {\\info{\\title 政府工作报告}}{\\footer 第 1 页}\\f0\\fs32 ",
        );
        for p in clean.lines() {
            for (k, c) in p.chars().enumerate() {
                let mut utf8 = [0; 4];
                let (gbk, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut utf8));
                match (c, gbk.len()) {
                    ('\\' | '{' | '}', _) => rtf.push_str(&format!("\\{c}")),
                    (' '..='~', _) => rtf.push(c),
                    // As Word writes a character its code page lacks: Unicode, then a
                    // fallback.
                    (_, n) if unmappable || n != 2 => {
                        rtf.push_str(&format!("\\u{}\\'3f", c as u32 as i16))
                    }
                    _ => rtf.push_str(&format!("\\'{:02x}\\'{:02x}", gbk[0], gbk[1])),
                }
                if k % 32 == 31 {
                    rtf.push_str("\r\n");
                }
            }
            rtf.push_str("\\par\r\n");
        }
        rtf.push('}');
        rtf.into_bytes()
    });
}

/// A report drafted with Word's numbering: its 一、 (1、 1.) and （一） labels are not typed
/// but generated from `word/numbering.xml`, a list per label form (a list starts again at
/// 1 with a start override, as Word writes a restart). It reads as the text file: the
/// reader writes each label back.
#[test]
fn word_document_with_generated_numbering() {
    use govdiff::outline::text::{numeral_prefix, parse_cn};
    /// A typed label: (text before the number, text after it, Chinese numerals, number,
    /// label length in bytes).
    fn label(p: &str) -> Option<(&str, &str, bool, u32, usize)> {
        let open = ["（", "("]
            .into_iter()
            .find(|o| p.starts_with(o))
            .unwrap_or("");
        let rest = &p[open.len()..];
        let cn = numeral_prefix(rest);
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let (n, k) = match (cn, digits) {
            (0, 1..=2) => (rest[..digits].parse().ok()?, digits),
            (1.., 0) => (parse_cn(&rest[..cn])?, cn),
            _ => return None,
        };
        let closers: &[&str] = if open.is_empty() {
            &["、", "．", "."]
        } else {
            &["）", ")"]
        };
        let close = closers.iter().find(|c| rest[k..].starts_with(**c))?;
        // A decimal (2.5) is no label.
        let after = &rest[k + close.len()..];
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Some((open, close, cn > 0, n, open.len() + k + close.len()))
    }
    let all = reports();
    assert!(!all.is_empty(), "the seeds are bundled");
    let mut generated = 0;
    for (name, text) in all {
        let original = parse(&name, &text);
        let clean = govdiff::ingest::clean(&text).text;
        // Per label form (text before and after the number, Chinese numerals): its
        // definition id, current list instance and last number.
        struct Form {
            key: (String, String, bool),
            id: u32,
            instance: u32,
            last: u32,
        }
        let mut forms: Vec<Form> = Vec::new();
        let mut numbering = String::new();
        let mut next_id = 1;
        let mut body = String::new();
        for p in clean.lines() {
            let mut props = String::from("<w:ind w:firstLine=\"640\"/>");
            let mut shown = p;
            if let Some((open, close, cn, n, len)) = label(p) {
                let key = (open.to_string(), close.to_string(), cn);
                let form = match forms.iter().position(|f| f.key == key) {
                    Some(f) => f,
                    None => {
                        let id = forms.len() as u32;
                        let format = if cn { "chineseCounting" } else { "decimal" };
                        numbering.push_str(&format!(
                            "<w:abstractNum w:abstractNumId=\"{id}\"><w:lvl w:ilvl=\"0\">\
                             <w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/>\
                             <w:lvlText w:val=\"{open}%1{close}\"/></w:lvl></w:abstractNum>"
                        ));
                        forms.push(Form {
                            key,
                            id,
                            instance: 0,
                            last: 0,
                        });
                        forms.len() - 1
                    }
                };
                let Form {
                    id, instance, last, ..
                } = &mut forms[form];
                if n == 1 {
                    // A new list instance, started again at 1.
                    *instance = next_id;
                    next_id += 1;
                    numbering.push_str(&format!(
                        "<w:num w:numId=\"{instance}\"><w:abstractNumId w:val=\"{id}\"/>\
                         <w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>\
                         </w:lvlOverride></w:num>"
                    ));
                }
                if *instance > 0 && (n == 1 || n == *last + 1) {
                    *last = n;
                    props.push_str(&format!(
                        "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{instance}\"/></w:numPr>"
                    ));
                    shown = &p[len..];
                    generated += 1;
                }
            }
            body.push_str(&format!(
                "<w:p><w:pPr>{props}</w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                xml_escape(shown)
            ));
        }
        let bytes = govdiff::ingest::docx::numbered_document(&body, Some(&numbering));
        let got = parse_bytes(&name, &bytes, &ParseOptions::default())
            .unwrap_or_else(|e| panic!("{name} as numbered .docx: {e}"));
        assert_reads_as(
            &name,
            "Word document with generated numbering",
            &original,
            &got,
        );
    }
    // 56 labels in the seeds alone, 581 with the corpus.
    eprintln!("{generated} labels generated");
    assert!(generated >= 50, "{generated} labels generated");
}

/// A report written in traditional characters (as a Hong Kong or Taiwan page republishes
/// it: each character that has a traditional form in it, quotes as 「」) reads as the report
/// written in simplified ones, and diffs as nothing against it. (The simplified side is the
/// file with the few traditional characters it has itself written simplified: the seeds'
/// typo 中小學生.)
#[test]
fn traditional_characters_page() {
    use govdiff::ingest::clean::traditional::{simplified_text, traditional_text};
    let all = reports();
    assert!(!all.is_empty(), "the seeds are bundled");
    for (name, text) in all {
        let simple = simplified_text(&text);
        let page = traditional_text(&simple, |_| true, true);
        assert_ne!(page, simple);
        let (want, got) = (parse(&name, &simple), parse(&name, &page));
        assert!(got.source.traditional && !want.source.traditional, "{name}");
        assert_reads_as(&name, "page in traditional characters", &want, &got);
    }
}

/// Text from a PDF tool that puts a space after every character of justified text
/// ("政 府 工 作 报 告", "2 0 2 5 年", "( G D P )"), and a wider gap where the text had a
/// space.
#[test]
fn letter_spaced_page() {
    reads_the_same("letter-spaced page", |_, paras| {
        let spaced = |p: &str| {
            let chars: Vec<char> = p.chars().collect();
            let mut out = String::new();
            for (k, &c) in chars.iter().enumerate() {
                out.push(c);
                if chars.get(k + 1).is_some() {
                    out.push(' ');
                }
            }
            out
        };
        paras
            .iter()
            .map(|p| spaced(p))
            .collect::<Vec<_>>()
            .join("\n")
    });
}

/// A page that broke every paragraph after each semicolon.
#[test]
fn clauses_per_line_page() {
    reads_the_same("page with a line per clause", |_, paras| {
        paras.join("\n").replace('；', "；\n")
    });
}

/// What a page kind loses against the files themselves, summed over every report: sections
/// (compared with their depth, kind and title), commitments (by text: one under a section
/// that moved is still read) and figures; targets, lists and years must read the same.
#[derive(Debug, Default)]
struct Losses {
    sections: usize,
    lost_sections: usize,
    /// Of the lost sections, those with a label or a numbered item (all but run-in headings).
    lost_labelled: usize,
    extra_sections: usize,
    commitments: usize,
    lost_commitments: usize,
    figures: usize,
    lost_figures: usize,
    /// Targets, lists, list items and years read differently, one line per report and kind.
    differing: Vec<String>,
}

fn losses(page: &str, make_page: impl Fn(&[&str]) -> String) -> Losses {
    let mut l = Losses::default();
    for (name, original, got) in parsed_pages(|_, paras| make_page(paras)) {
        let (want, seen) = (reading(&original), reading(&got));
        let count = |items: &[String], kind: &str, other: &[String]| {
            let of_kind = items.iter().filter(|i| i.starts_with(kind));
            (
                of_kind.clone().count(),
                of_kind.filter(|i| !other.contains(i)).count(),
            )
        };
        let (n, lost) = count(&want, "section", &seen);
        let (_, extra) = count(&seen, "section", &want);
        l.sections += n;
        l.lost_sections += lost;
        l.lost_labelled += want
            .iter()
            .filter(|i| i.starts_with("section") && !i.contains("RunIn") && !seen.contains(i))
            .count();
        l.extra_sections += extra;
        let texts = |r: &Report| -> Vec<String> {
            r.commitments
                .iter()
                .map(|c| fold(&c.text).replace(' ', ""))
                .collect()
        };
        let (want_texts, seen_texts) = (texts(&original), texts(&got));
        l.commitments += want_texts.len();
        l.lost_commitments += want_texts
            .iter()
            .filter(|t| !seen_texts.contains(t))
            .count();
        let (n, lost) = count(&want, "quantity", &seen);
        l.figures += n;
        l.lost_figures += lost;
        for kind in ["target", "list", "item", "year"] {
            let (_, lost) = count(&want, kind, &seen);
            let (_, extra) = count(&seen, kind, &want);
            let differ = |a: &[String], b: &[String]| -> Vec<String> {
                a.iter()
                    .filter(|i| i.starts_with(kind) && !b.contains(i))
                    .take(2)
                    .cloned()
                    .collect()
            };
            if (lost, extra) != (0, 0) {
                l.differing.push(format!(
                    "{name} as {page}: {kind}s differ: missing {:?}, extra {:?}",
                    differ(&want, &seen),
                    differ(&seen, &want)
                ));
            }
        }
    }
    eprintln!("{page}: {l:?}");
    l
}

/// A web page with line breaks anywhere: each paragraph broken after a character with
/// probability 1 in 50 (a fixed pseudo-random sequence), so most lines stop in mid-clause and
/// some right after a sentence, where nothing tells a break from a paragraph's end. The
/// cleaner rejoins what can only be cut (a line ending on a comma or particle, a word, figure
/// or quotation cut, a heading's end, an enumeration item without punctuation), the outline
/// and the 民生实事 lists let an item's cut paragraph stand between two items.
///
/// Measured on the seeds and corpus when this was written: of 1 877 sections 150 lost and 103
/// extra, 36 of 9 776 commitments lost, 1 of 5 313 figures; every list found with all its
/// items (their texts differ in four reports where an item's paragraph was cut); Sichuan
/// 2025 misses a qualitative target. At bc4da27, before this test: 335 of 1 851 sections
/// lost and 154 extra, 410 commitments and 176 figures lost (Shanghai 2025 read as two
/// documents), 11 (report, kind) readings of targets, lists or items differed. What is left
/// is where nothing tells a break from a paragraph's end: a heading cut without a sign
/// ("（一）筑牢实体" + "根基，…"), a break right after a sentence. The bounds leave some room.
#[test]
fn randomly_broken_page_reads_mostly_the_same() {
    let page = |paras: &[&str]| -> String {
        let mut state: u64 = 11;
        let mut out = String::new();
        for p in paras {
            let mut run = 0;
            for c in p.chars() {
                out.push(c);
                run += 1;
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if run > 5 && (state >> 33).is_multiple_of(50) {
                    out.push('\n');
                    run = 0;
                }
            }
            out.push('\n');
        }
        out
    };
    let l = losses("web page broken anywhere", page);
    assert!(l.lost_sections * 100 <= l.sections * 12, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections * 9, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments * 6, "{l:?}");
    assert!(l.lost_figures * 1000 <= l.figures, "{l:?}");
    // Every list is found whole; an item's text may be cut where its paragraph was.
    let differ = |kind: &str| l.differing.iter().filter(|d| d.contains(kind)).count();
    assert_eq!(differ(": lists differ"), 0, "{:#?}", l.differing);
    assert!(differ(": targets differ") <= 1, "{:#?}", l.differing);
    assert_eq!(differ(": years differ"), 0, "{:#?}", l.differing);
}

/// Text from a PDF does not read exactly the same: with no indentation, a sentence ending at
/// the line's edge may end a paragraph or go on with it, and nothing on the page tells which.
/// The cleaner lets it go on unless the next line opens a paragraph by its form (a heading,
/// a run-in heading, an enumeration item), so a short sentence inside a paragraph can become
/// a run-in heading of its own. Measured on the seeds and corpus when this was written: of
/// 1 851 sections 16 lost and 50 extra, of 9 776 commitments 22 lost, of 5 300 figures 2
/// (cut by a page break), no target or list (before: 125 sections lost, three of every four
/// figures split from their units by the spaces, and with the page header most of each
/// report read as other documents). The bounds leave some room over those figures.
#[test]
fn pdf_text_reads_nearly_the_same() {
    let l = losses("PDF text", pdf_text);
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert!(l.lost_sections * 100 <= l.sections * 2, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections * 6, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments * 5, "{l:?}");
    assert!(l.lost_figures * 1000 <= l.figures * 5, "{l:?}");
}

/// Text pdftotext gives of an official document's PDF (公文, GB/T 9704): lines of 28
/// characters with the indentation gone and, at each page's end, a blank line, the page
/// number (— 3 —) and a form feed opening the next page (or, as other converters give it, a
/// blank line). Those blank lines are the page's, not a paragraph's: read as paragraph marks
/// on a page of few lines, they made the page look as if blank lines opened its paragraphs,
/// and a heading after a full line ending a sentence (…的本分。 then （三）依靠创新…) or a
/// part heading as wide as the line joined the text around it (national 2021 lost its parts
/// 二 and 三 and four areas; over the seeds and corpus 155 sections and 138 commitments). The
/// bounds are [`pdf_text_reads_nearly_the_same`]'s (but 3 % of sections, not 2: the seeds
/// alone lose 4 of 189). A list item's title as wide as the line
/// and ending its sentence may take its details in (Guangdong's 民生实事 set title and details
/// apart): nothing on such a page tells a paragraph ending at the edge from one going on.
#[test]
fn official_document_pdf_text_reads_nearly_the_same() {
    // A small page (A5, or a large type): the more page ends, the more blank lines.
    const LINES_A_PAGE: usize = 16;
    for page_end in ["\u{c}", "\n"] {
        let l = losses("official document PDF text", |paras| {
            let mut out = String::new();
            let (mut lines, mut page) = (0, 1);
            for p in paras {
                let chars: Vec<char> = p.chars().collect();
                for line in chars.chunks(28) {
                    out.extend(line);
                    out.push('\n');
                    lines += 1;
                    if lines % LINES_A_PAGE == 0 {
                        out.push_str(&format!("\n— {page} —\n{page_end}"));
                        page += 1;
                    }
                }
            }
            out
        });
        let other: Vec<&String> = l
            .differing
            .iter()
            .filter(|d| !d.starts_with("guangdong") || !d.contains("items differ"))
            .collect();
        assert!(other.is_empty(), "{other:#?}");
        // Measured: 23 of 2 077 sections lost with the corpus (30 before an area's title
        // filling its line stood apart, 24 before a time sentence opened a paragraph), 4 of
        // 189 on the seeds alone (Taiyuan 2026's inline 三是…六是, after a sentence that ends
        // at a line's edge).
        assert!(l.lost_sections * 100 <= l.sections * 3, "{l:?}");
        assert!(l.extra_sections * 100 <= l.sections * 6, "{l:?}");
        assert!(l.lost_commitments * 1000 <= l.commitments * 5, "{l:?}");
        assert!(l.lost_figures * 1000 <= l.figures * 5, "{l:?}");
    }
}

/// A web page printed to PDF by a browser and read back (pdftotext): paragraphs and headings
/// indented, paragraphs wrapped at 38 characters; headings in a bold the PDF fakes by drawing each line twice,
/// letter by letter ("一 　 、 　 2 　 0 …顾一 　 、 …", as one such text layer gives them);
/// and on every page the browser's margins, a header with the printing time and the page's
/// title and a footer with its address and the page count, between pages a form feed,
/// wherever the page breaks (mid-sentence as a rule, and inside a decimal: "…住房7." then the
/// margins, then "2万套…"). Before these were read, the national 2025 report read as no plan
/// at all.
#[test]
fn printed_web_page_reads_the_same() {
    reads_the_same("web page printed to PDF", |_, paras| {
        let header = "2026/3/23 21:07 政府工作报告_中国政府网\n";
        let mut out = String::from(header);
        let (mut lines, mut page) = (0, 1);
        let mut line = |out: &mut String, text: &str| {
            out.push_str(text);
            out.push('\n');
            lines += 1;
            if lines >= 40 {
                out.push_str(&format!(
                    "https://www.gov.cn/zhengce/202503/content_7015861.htm {page}/30\n\u{c}{header}"
                ));
                page += 1;
                lines = 0;
            }
        };
        for p in paras {
            let heading =
                p.chars().count() <= 45 && (p.starts_with('（') || p.chars().nth(1) == Some('、'));
            if heading {
                let spaced: Vec<String> = p.chars().map(String::from).collect();
                let spaced = spaced.join(" \u{3000} ");
                line(&mut out, &format!("\u{3000}\u{3000}{spaced}{spaced}"));
                continue;
            }
            let chars: Vec<char> = format!("\u{3000}\u{3000}{p}").chars().collect();
            for part in chars.chunks(38) {
                line(&mut out, &part.iter().collect::<String>());
            }
        }
        out
    });
}

/// The number of a heading paragraph labelled 二、 (`bracketed`: （二）), if it is one: a
/// short title line, or a title sentence before its body.
fn heading_number(p: &str, bracketed: bool) -> Option<u32> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let rest = if bracketed { p.strip_prefix('（')? } else { p };
    let numeral: String = rest.chars().take_while(|c| NUMERALS.contains(*c)).collect();
    let after = &rest[numeral.len()..];
    let closed = if bracketed {
        after.starts_with('）')
    } else {
        after.starts_with('、') && p.chars().count() <= 40 && !p.contains('。')
    };
    let n = match numeral.chars().collect::<Vec<_>>()[..] {
        [c] => NUMERALS.find(c).map(|k| k / 3 + 1)?,
        _ => return None,
    };
    closed.then_some(n as u32)
}

/// `paras` with the label taken from one heading numbered between two others in a row: of
/// the parts (`bracketed` false: 一、 二、 三、 → 一、, the title, 三、), the first such whose
/// title holds no comma (a title with one reads as a line the page broke once its label is
/// gone, and joins the paragraph after it); of the areas, the last ((二) (三) (四) → (二), the
/// title, (四)). Whether a label was taken.
fn lose_a_heading_number(paras: &mut [String], bracketed: bool) -> bool {
    let heads: Vec<(usize, u32)> = paras
        .iter()
        .enumerate()
        .filter_map(|(i, p)| heading_number(p, bracketed).map(|n| (i, n)))
        .collect();
    let mut middle = heads
        .windows(3)
        .filter(|w| w[0].1 + 1 == w[1].1 && w[1].1 + 1 == w[2].1)
        .map(|w| w[1].0)
        .filter(|&i| bracketed || !paras[i].contains('，'));
    let chosen = if bracketed {
        middle.next_back()
    } else {
        middle.next()
    };
    let Some(i) = chosen else { return false };
    let label = paras[i].find(['、', '）']).unwrap() + 3;
    paras[i] = paras[i][label..].to_string();
    true
}

/// [`losses`] of every report with one heading's number taken ([`lose_a_heading_number`]),
/// and how many reports had one to take.
fn losses_without_a_number(page: &str, bracketed: bool) -> (Losses, usize) {
    let unlabelled = std::cell::Cell::new(0);
    let l = losses(page, |paras| {
        let mut paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
        if lose_a_heading_number(&mut paras, bracketed) {
            unlabelled.set(unlabelled.get() + 1);
        }
        paras.join("\n")
    });
    (l, unlabelled.get())
}

/// A page that lost one part's number, as a scraper that set the label apart or a report
/// naming one part by its words alone (关于《…纲要（草案）》的说明) gives it: every
/// commitment, figure, target and list reads the same. Before the outline let one number go
/// missing, such a report read its whole plan as the review: Henan 2026 (二、“十五五”时期主要
/// 目标任务 without 二、) lost all 313 commitments, Shanghai 2026 all 434.
#[test]
fn a_lost_part_number_loses_nothing() {
    let (l, unlabelled) = losses_without_a_number("page with a lost part number", false);
    let least = if corpus_present() { 15 } else { 1 };
    assert!(unlabelled >= least, "only {unlabelled} labels taken");
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert_eq!(l.lost_commitments, 0, "{l:?}");
    assert_eq!(l.lost_figures, 0, "{l:?}");
}

/// A page that lost one area's number ((二) (三) (四) → (二), the title, (四)): the areas
/// after it are still read, and every figure, target and list with them. The title, now a
/// line of its own without a label, may read as a task or join the paragraph after it.
/// Measured when this was written: 28 labelled sections of 2 077 lost (the unlabelled areas
/// themselves, and a few run-ins under them), 4 of 10 603 commitments; before, every area
/// after the gap was read as part of the one before it (64 labelled sections lost).
#[test]
fn a_lost_area_number_loses_almost_nothing() {
    let (l, unlabelled) = losses_without_a_number("page with a lost area number", true);
    let least = if corpus_present() { 20 } else { 1 };
    assert!(unlabelled >= least, "only {unlabelled} labels taken");
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert!(l.lost_labelled * 100 <= l.sections * 2, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments, "{l:?}");
    assert_eq!(l.lost_figures, 0, "{l:?}");
}

/// A page whose every area （一） lost its label: each part's areas start at （二）, and are
/// still read from there. Measured when this was written: of 2 077 sections 172 lost (60
/// labelled: the areas that lost their label, with their run-ins) and 100 extra, 2 of 10 603
/// commitments lost. Before, no area after a lost （一） was read: 1 586 sections lost (470
/// labelled) and 971 extra.
#[test]
fn lost_first_area_numbers_lose_almost_nothing() {
    let l = losses("page without its （一） labels", |paras| {
        let paras: Vec<&str> = paras
            .iter()
            .map(|p| p.strip_prefix("（一）").unwrap_or(p))
            .collect();
        paras.join("\n")
    });
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert!(l.lost_commitments * 1000 <= l.commitments, "{l:?}");
    assert!(l.lost_labelled * 100 <= l.sections * 5, "{l:?}");
    assert!(l.lost_sections * 100 <= l.sections * 10, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections * 6, "{l:?}");
}

/// PDF text at other widths (lines of 24 and 36 characters, no indentation, no blank line):
/// every report keeps its parts, and nearly all its commitments, whichever heading happens to
/// be exactly as wide as the lines. Before a whole part heading line was told from a line the
/// page broke, Shanghai 2026 at 36 (二、关于《…纲要（草案）》的说明, 36 characters, joined to
/// the first line of its text), Fujian 2026 and the 2026 seed at 24 read their plan as the
/// review (no commitment at all) or lost a part. Measured when this was written: every part
/// kept at both widths, 38 (24) and 20 (36) of 10 360 commitments lost (34 and 20 of 10 493
/// after the coda's tasks were read and enumerations went on inside paragraphs).
#[test]
fn pdf_lines_of_other_widths_keep_their_parts() {
    for width in [24, 36] {
        let page = |paras: &[&str]| -> String {
            let mut out = String::new();
            for p in paras {
                let chars: Vec<char> = p.chars().collect();
                for line in chars.chunks(width) {
                    out.extend(line);
                    out.push('\n');
                }
            }
            out
        };
        let (mut commitments, mut lost) = (0, 0);
        for (name, original, got) in parsed_pages(|_, paras| page(paras)) {
            let parts = |r: &Report| -> Vec<String> {
                r.outline
                    .iter()
                    .filter(|s| s.kind == SectionKind::Part)
                    .map(|s| fold(&s.title))
                    .collect()
            };
            // A title cut short in the file itself (…规划主要目标和, in the seeds' plan report)
            // cannot be told from a line the page broke, where it fills the line.
            let cut_in_file = parts(&original)
                .iter()
                .any(|t| t.ends_with(['和', '的', '与', '及']));
            if !cut_in_file {
                assert_eq!(
                    parts(&got),
                    parts(&original),
                    "{name} in {width}-character lines"
                );
            }
            let texts = |r: &Report| -> Vec<String> {
                r.commitments.iter().map(|c| fold(&c.text)).collect()
            };
            let seen = texts(&got);
            commitments += original.commitments.len();
            lost += texts(&original)
                .iter()
                .filter(|t| !seen.contains(t))
                .count();
        }
        eprintln!("{width}: {lost} of {commitments} commitments lost");
        assert!(
            lost * 100 <= commitments,
            "{width}: {lost} of {commitments}"
        );
    }
}

/// A PDF with footnotes: every other paragraph naming one of five terms marks it with a
/// circled number (“两重”①, 新质生产力②) and the footnote defining it follows as a line of
/// its own (①“两重”：指…), as a page's foot cuts into the text. Every report reads as the file
/// (footnotes and their references dropped). Before, the footnotes read as run-in headings
/// and the marks stayed in the commitments: no report read the same.
#[test]
fn pdf_footnotes_read_the_same() {
    const NOTES: [(&str, &str); 5] = [
        ("两重", "“两重”：指国家重大战略实施和重点领域安全能力建设。"),
        ("两新", "“两新”：指新一轮大规模设备更新和消费品以旧换新。"),
        (
            "四下基层",
            "“四下基层”：指宣传党的路线方针政策下基层、调查研究下基层等。",
        ),
        (
            "新质生产力",
            "新质生产力：是创新起主导作用的先进生产力质态。",
        ),
        (
            "营商环境",
            "营商环境：指市场主体在准入、生产经营、退出等过程中涉及的外部因素和条件的总和。",
        ),
    ];
    let notes = std::cell::Cell::new(0);
    reads_the_same("PDF with footnotes", |_, paras| {
        let mut out = String::new();
        let mut k = 0u32;
        for p in paras {
            if let Some((w, note)) = NOTES.iter().find(|(w, _)| p.contains(w)) {
                k += 1;
                if k % 2 == 1 {
                    let mark = char::from_u32('①' as u32 + (k / 2) % 6).unwrap();
                    let mut at = p.find(w).unwrap() + w.len();
                    if p[at..].starts_with('”') {
                        at += '”'.len_utf8();
                    }
                    out.push_str(&format!("{}{mark}{}\n{mark}{note}\n", &p[..at], &p[at..]));
                    notes.set(notes.get() + 1);
                    continue;
                }
            }
            out.push_str(p);
            out.push('\n');
        }
        out
    });
    assert!(notes.get() >= 10, "only {} footnotes set", notes.get());
}

/// Each paragraph as a PDF viewer copies it: its 38-character lines joined by a blank.
fn blank_joined_lines(paras: &[&str]) -> Vec<String> {
    paras
        .iter()
        .map(|p| {
            let chars: Vec<char> = p.chars().collect();
            chars
                .chunks(38)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A page flattened to one line (a PDF copied out of a viewer, a scraper that dropped the
/// line ends; seen on a news aggregator's copy of a city report): paragraphs joined by a
/// blank, and a blank wherever the PDF's 38-character lines ended. The blanks after a
/// sentence's end and around headings tell the paragraphs; those inside Chinese text go.
/// Measured when this was written: of 1 897 sections 75 lost (15 of them labelled) and 48
/// extra, of 10 331 commitments 29 lost, every figure read, every target, list and year
/// the same; before, no section was read. What is lost is where nothing tells: a PDF line
/// that ends on a sentence's end inside a paragraph ends the paragraph there, so a short
/// sentence after it can read as a run-in heading, and a 民生实事 item's text is cut.
#[test]
fn flattened_page_reads_nearly_the_same() {
    let page = |paras: &[&str]| blank_joined_lines(paras).join(" ") + "\n";
    let l = losses("flattened page", page);
    let differ = |kind: &str| l.differing.iter().filter(|d| d.contains(kind)).count();
    for kind in [": targets differ", ": lists differ", ": years differ"] {
        assert_eq!(differ(kind), 0, "{:#?}", l.differing);
    }
    assert!(l.lost_sections * 100 <= l.sections * 5, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections * 3, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments * 5, "{l:?}");
    assert!(l.lost_figures * 1000 <= l.figures, "{l:?}");
}

/// Paragraphs one a line, with a blank where each 38-character PDF line ended (a viewer
/// that joins a paragraph's lines with a space): the blanks go where the pieces between
/// them share the page's line width (`ingest::clean::drop_wrap_blanks`). Before, of 11 291
/// commitments 487 and of 5 283 figures 244 were lost (a blank inside a figure, 3 0万人, or
/// a term), 12 of 2 077 sections, and a target of the seed.
#[test]
fn blank_joined_pdf_lines_read_the_same() {
    let page = |paras: &[&str]| blank_joined_lines(paras).join("\n") + "\n";
    let l = losses("blank-joined PDF lines", page);
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert_eq!(
        (
            l.lost_sections,
            l.extra_sections,
            l.lost_commitments,
            l.lost_figures
        ),
        (0, 0, 0, 0),
        "{l:?}"
    );
}

/// A web page that sets each run-in heading in a bold paragraph of its own
/// ("<p><strong>大力提振消费。</strong></p><p>深化…</p>"), where the files write it inline.
/// A lone heading line joins the paragraph it heads, so the outline is nearly the same:
/// measured when this was written, of 1 851 sections 12 lost and 7 extra (before: 1 022 of
/// them lost), 1 of 9 776 commitments lost, every figure read.
#[test]
fn bold_heading_paragraphs_read_nearly_the_same() {
    let page = |paras: &[&str]| -> String {
        let mut out = String::from("<html><body>\n");
        for p in paras {
            let escaped = escape_html(p);
            // A short first sentence (no clause mark, no figure, not an enumeration item).
            let cut = escaped.find('。').filter(|&k| {
                let head = &escaped[..k];
                let n = head.chars().count();
                (2..=20).contains(&n)
                    && !head.contains(['，', '、', '；', '：', '！', '？'])
                    && !head.contains(|c: char| c.is_ascii_digit())
                    && !head.contains('是')
                    && escaped.len() > k + '。'.len_utf8()
            });
            match cut {
                Some(k) => {
                    let (head, body) = escaped.split_at(k + '。'.len_utf8());
                    out.push_str(&format!("<p><strong>{head}</strong></p>\n<p>{body}</p>\n"));
                }
                None => out.push_str(&format!("<p>{escaped}</p>\n")),
            }
        }
        out.push_str("</body></html>\n");
        out
    };
    let l = losses("web page with bold heading paragraphs", page);
    assert!(l.differing.is_empty(), "{:#?}", l.differing);
    assert!(l.lost_sections * 100 <= l.sections, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments * 2, "{l:?}");
    assert!(l.lost_figures * 1000 <= l.figures, "{l:?}");
}

/// A page that sets every sentence on a line of its own (a sentence splitter's output, a
/// page with a `<p>` per sentence) has lost its paragraphs, and a run-in heading
/// (健全经济高质量发展体制机制。) stands apart from the body it heads, as short task sentences do
/// (加强生态环保督察。): nothing on the page tells the two apart. The cleaner rejoins the
/// sentences into paragraphs that open at a label, an enumeration item, a dash, an address
/// or a time (过去一年，…); it opens one at a run-in heading's shape only in a section whose
/// first sentence has it. Labelled sections (parts, areas, enumeration items, appendices)
/// must all be read; run-in headings of sections that open with an introduction are lost.
///
/// Measured on the seeds and corpus when this was written: of 1 897 sections 827 lost (17 of
/// them labelled, all in the seeds: enumeration items read with a shorter title, or one level
/// up under a run-in heading that was lost) and 93 extra (the seeds alone: 86 of 188 lost, 16
/// extra), 33 of 9 747 commitments lost (a lost run-in heading reads as a commitment of
/// its own), every figure read, every list found. Before (no sentence-lines layout): 1 070
/// lost (146 labelled: enumeration items written one a paragraph) and 351 extra, 159
/// commitments lost, the seeds' 十件民生实事 lists not found.
///
/// Since run-in headings are read inside an area's paragraph (`inline_runins`), a page that
/// lost its paragraphs gets most of them back, with some of the bodies' short tasks read as
/// headings too: of 2 082 sections 302 lost (was 825) and 201 extra (was 89), 135 of 10 407
/// commitments lost (was 33: a task read as a heading is no commitment); the seeds alone, 38
/// of 189 lost and 12 extra.
#[test]
fn sentence_per_line_page_keeps_its_labelled_outline() {
    let page = |paras: &[&str]| -> String {
        let mut out = String::new();
        for p in paras {
            let mut chars = p.char_indices().peekable();
            let mut start = 0;
            while let Some((i, c)) = chars.next() {
                let mut end = i + c.len_utf8();
                if !matches!(c, '。' | '！' | '？') {
                    continue;
                }
                while let Some(&(j, q)) = chars.peek() {
                    if !matches!(q, '”' | '’' | '」' | '』' | '）') {
                        break;
                    }
                    end = j + q.len_utf8();
                    chars.next();
                }
                out.push_str(&p[start..end]);
                out.push('\n');
                start = end;
            }
            if start < p.len() {
                out.push_str(&p[start..]);
                out.push('\n');
            }
        }
        out
    };
    let l = losses("page with a line per sentence", page);
    // The labelled sections 'lost' are the seeds' enumeration items read one level up (the
    // 2026 seed's ten 民生实事 under their lost run-in heading) or in another form (11, the
    // same with the corpus or without it; 17 while an item inline in its paragraph was
    // titled past its first comma and one a line was not).
    assert!(l.lost_labelled <= 20, "{l:?}");
    assert!(l.lost_sections * 100 <= l.sections * 25, "{l:?}");
    assert!(l.extra_sections * 100 <= l.sections * 11, "{l:?}");
    assert!(l.lost_commitments * 1000 <= l.commitments * 15, "{l:?}");
    assert!(l.lost_figures * 1000 <= l.figures, "{l:?}");
    // Every list is found; an item's text may take its body, or lose it, with the paragraphs.
    let differ = |kind: &str| l.differing.iter().filter(|d| d.contains(kind)).count();
    assert_eq!(differ(": lists differ"), 0, "{:#?}", l.differing);
    assert_eq!(differ(": years differ"), 0, "{:#?}", l.differing);
    assert_eq!(differ(": targets differ"), 0, "{:#?}", l.differing);
}

/// The value of a Chinese numeral label 一…九 or 十…十九 (as part and area labels use them).
fn label_value(label: &str) -> Option<u32> {
    const DIGITS: &str = "一二三四五六七八九";
    let digit = |c: char| DIGITS.chars().position(|d| d == c).map(|k| k as u32 + 1);
    let cs: Vec<char> = label.chars().collect();
    match cs.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', c] => Some(10 + digit(*c)?),
        _ => None,
    }
}

/// An area paragraph whose title sentence (no comma, up to 40 characters) ends at a colon
/// instead of a full stop: （一）扩大内需：坚持内需主导，….
fn colon_after_area_title(p: &str) -> String {
    let Some(inner) = p.strip_prefix('（') else {
        return p.to_string();
    };
    let Some((label, rest)) = inner.split_once('）') else {
        return p.to_string();
    };
    if label_value(label).is_none() {
        return p.to_string();
    }
    match rest.split_once('。') {
        Some((title, body))
            if !body.is_empty() && title.chars().count() <= 40 && !title.contains('，') =>
        {
            format!("（{label}）{title}：{body}")
        }
        _ => p.to_string(),
    }
}

/// The review part's title (一、2025年工作回顾) as some reports name it, by its year alone:
/// 一、2025年主要工作.
fn review_titled_by_year(p: &str) -> String {
    let Some(title) = p.strip_prefix("一、").filter(|t| t.contains("回顾")) else {
        return p.to_string();
    };
    match title.find("年") {
        Some(k) if k >= 4 && title.as_bytes()[k - 4..k].iter().all(u8::is_ascii_digit) => {
            format!("一、{}年主要工作", &title[k - 4..k])
        }
        _ => p.to_string(),
    }
}

/// The Chinese numeral of 1…19, as labels write it.
fn numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[n as usize - 10]),
        _ => DIGITS[n as usize % 10].to_string(),
    }
}

/// A paragraph with its leading part label (一、) rewritten by `part`, or its area label
/// (（一）) by `area`; `None` keeps the label.
fn relabel(
    p: &str,
    part: impl Fn(u32) -> Option<String>,
    area: impl Fn(u32) -> Option<String>,
) -> String {
    if let Some((label, rest)) = p.split_once('、') {
        if let Some(new) = label_value(label).and_then(&part) {
            return format!("{new}{rest}");
        }
    }
    if let Some(inner) = p.strip_prefix('（') {
        if let Some((label, rest)) = inner.split_once('）') {
            if let Some(new) = label_value(label).and_then(&area) {
                return format!("{new}{rest}");
            }
        }
    }
    p.to_string()
}

/// Pages that label the outline otherwise than the files: part numbers dropped (2024年工作回顾
/// alone on its line), parts numbered 1、2、, areas numbered 1．2． or （1）（2） instead of
/// （一）, labels spaced inside (一 、, （ 一 ）, as OCR gives them), parts unnumbered over
/// areas numbered 一、 (27 of 30 when added; 8 before the outline read such labels a level
/// down), area titles ending at a colon (（一）扩大内需：坚持…), the review titled by its year
/// alone (一、2025年主要工作). Each must still find the plan part and its areas: a report
/// counts as read the same when its commitments, targets, parts and areas are as many as the
/// file's. Measured on the seeds and corpus when this was written (of the reports each
/// relabelling changes): 25 of 29, 25 of 29, 26 of 28, 28 of 28, 30 of 30, 14 of 14 and 22
/// of 22; before
/// (391bca3), 8, 0, 0 and 0, and on the corpus files alone 1 of 25 with spaced labels, 5 of
/// 12 with colons and 10 of 21 with the review so titled (the review part swallowed the
/// plan or the plan the review, areas were lost, or an area's first task went into its
/// title). What is left names its parts by slogans
/// (Fujian: 一年接着一年干，新福建建设持续取得新进展新成效) or in words no part list holds
/// (关于《…纲要（草案）》的说明), reads a sub-heading line as a part (“十五五”时期经济社会发展
/// 的主要目标), or numbers a 民生实事 list as its areas.
#[test]
fn relabelled_outlines_read_the_same() {
    type Relabel = fn(&str) -> String;
    let modes: [(&str, Relabel, usize); 8] = [
        (
            "part numbers dropped",
            |p| relabel(p, |_| Some(String::new()), |_| None),
            80,
        ),
        (
            "parts numbered 1、",
            |p| relabel(p, |n| (n <= 7).then(|| format!("{n}、")), |_| None),
            75,
        ),
        (
            "areas numbered 1．",
            |p| relabel(p, |_| None, |n| Some(format!("{n}．"))),
            85,
        ),
        (
            "areas numbered （1）",
            |p| relabel(p, |_| None, |n| Some(format!("（{n}）"))),
            85,
        ),
        (
            "labels spaced inside",
            |p| {
                relabel(
                    p,
                    |n| Some(format!("{} 、", numeral(n))),
                    |n| Some(format!("（ {} ）", numeral(n))),
                )
            },
            95,
        ),
        (
            "parts unnumbered over areas numbered 一、",
            |p| {
                relabel(
                    p,
                    |_| Some(String::new()),
                    |n| Some(format!("{}、", numeral(n))),
                )
            },
            90,
        ),
        ("area titles ending at a colon", colon_after_area_title, 95),
        ("review titled by its year alone", review_titled_by_year, 95),
    ];
    let all = reports();
    let cleaned: Vec<(String, Report, String)> = all
        .iter()
        .map(|(name, text)| {
            let clean = govdiff::ingest::clean(text).text;
            (name.clone(), parse(name, text), clean)
        })
        .collect();
    let mut short = Vec::new();
    for (mode, rewrite, percent) in modes {
        let (mut changed, mut same, mut differ) = (0, 0, Vec::new());
        for (name, original, clean) in &cleaned {
            let page: String = clean.lines().map(|p| rewrite(p) + "\n").collect();
            if page.trim_end() == clean.trim_end() {
                continue;
            }
            changed += 1;
            let got = parse(name, &page);
            let levels = |r: &Report| {
                r.outline
                    .iter()
                    .filter(|s| matches!(s.kind, SectionKind::Part | SectionKind::Area))
                    .count()
            };
            if got.commitments.len() == original.commitments.len()
                && got.targets.len() == original.targets.len()
                && levels(&got) == levels(original)
            {
                same += 1;
            } else {
                differ.push(format!(
                    "{name}: {} → {} commitments, {} → {} parts and areas",
                    original.commitments.len(),
                    got.commitments.len(),
                    levels(original),
                    levels(&got)
                ));
            }
        }
        eprintln!("{mode}: {same} of {changed} read the same; {differ:?}");
        if same * 100 < changed * percent {
            short.push(format!("{mode}: {same} of {changed}; {differ:?}"));
        }
    }
    assert!(short.is_empty(), "{short:#?}");
}

/// A report's targets as (indicator, figure as written), folded.
fn targets(r: &Report) -> Vec<(String, Option<String>)> {
    r.targets
        .iter()
        .map(|t| {
            (
                fold(&t.indicator),
                t.quantity.as_ref().map(|q| fold(&q.text)),
            )
        })
        .collect()
}

/// The targets sentence (主要预期目标是：…；…。) written one target a line, plain, after a
/// dash, a bullet or a number, as some pages set it: `None` when the report has no such
/// sentence.
fn targets_one_a_line(text: &str, mark: impl Fn(usize) -> String) -> Option<String> {
    let lead = [
        "主要预期目标是：",
        "主要预期目标为：",
        "主要预期目标建议为：",
    ]
    .iter()
    .find_map(|w| text.find(w).map(|i| i + w.len()))?;
    let end = lead + text[lead..].find('。')?;
    let body = &text[lead..end];
    if body.contains('\n') {
        return None;
    }
    let mut items: Vec<&str> = body.split('；').collect();
    if items.len() < 3 {
        items = body.split('，').collect();
    }
    let lines: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(k, item)| format!("{}{}", mark(k), item.trim()))
        .collect();
    Some(format!(
        "{}\n{}。\n{}",
        &text[..lead],
        lines.join("；\n"),
        &text[end + '。'.len_utf8()..]
    ))
}

/// Every report whose targets sentence is written one target a line (plain, ——, ●, 1．)
/// reads the same targets, names and figures. Measured when this was written: every one of
/// 26 reports in each of the four ways; before, a last binding target without a figure was
/// lost after a bullet or dash (Guangdong 2025, Shandong 2026), and a numbered item's own
/// number split its 、 (Beijing 2025 and 2026).
#[test]
fn targets_written_one_a_line_read_the_same() {
    type Mark = fn(usize) -> String;
    let marks: [(&str, Mark); 4] = [
        ("plain", |_| String::new()),
        ("dash", |_| "——".to_string()),
        ("bullet", |_| "●".to_string()),
        ("numbered", |k| format!("{}．", k + 1)),
    ];
    let (mut differ, mut pages) = (Vec::new(), 0);
    for (name, text) in reports() {
        let original = parse(&name, &text);
        for (style, mark) in marks {
            let Some(page) = targets_one_a_line(&text, mark) else {
                continue;
            };
            pages += 1;
            let got = parse(&name, &page);
            if targets(&got) != targets(&original) {
                differ.push(format!(
                    "{name} ({style}): {:?} → {:?}",
                    targets(&original),
                    targets(&got)
                ));
            }
        }
    }
    eprintln!(
        "targets one a line: {pages} pages, {} read otherwise",
        differ.len()
    );
    assert!(pages > 0, "the seeds have a targets sentence");
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Every list of the seeds and corpus set as a table after its lead-in (a Markdown table and
/// an HTML data table, a 序号 column numbering the rows, with and without a third column),
/// or as an HTML ordered list (<ol>, whose numbers a browser shows), reads the same items: a
/// row's number labels it (1．) instead of running into its text. Before, no list set as a
/// table or an <ol> was found (its rows read "1系统治理…", its items had no numbers).
#[test]
fn lists_set_as_tables_read_the_same_items() {
    let trimmed = |t: &str| fold(t.trim_end_matches(['。', '；', ';'])).to_string();
    let (mut pages, mut differ) = (0, Vec::new());
    for (name, text) in reports() {
        let original = parse(&name, &text);
        let clean = govdiff::ingest::clean(&text).text;
        for list in &original.lists {
            let (Some(first), Some(last)) = (list.items.first(), list.items.last()) else {
                continue;
            };
            let want: Vec<String> = list.items.iter().map(|i| trimmed(&i.text)).collect();
            let cells: Vec<String> = list
                .items
                .iter()
                .map(|i| i.text.trim_end_matches(['。', '；', ';']).to_string())
                .collect();
            let markdown = |third: bool| {
                let mut t = String::from(if third {
                    "| 序号 | 项目 | 责任单位 |\n|---|---|---|\n"
                } else {
                    "| 序号 | 项目 |\n|---|---|\n"
                });
                for (k, c) in cells.iter().enumerate() {
                    let unit = if third { " 市政府办公室 |" } else { "" };
                    t.push_str(&format!("| {} | {c} |{unit}\n", k + 1));
                }
                t
            };
            let mut html = String::from("<table><tr><th>序号</th><th>项目</th></tr>");
            for (k, c) in cells.iter().enumerate() {
                html.push_str(&format!("<tr><td>{}</td><td>{c}</td></tr>", k + 1));
            }
            html.push_str("</table>\n");
            let ordered: String = format!(
                "<ol>{}</ol>\n",
                cells
                    .iter()
                    .map(|c| format!("<li>{c}</li>"))
                    .collect::<String>()
            );
            // An HTML table whose cells hold paragraphs (Zhejiang's items run to 500
            // characters) is a layout table, read as text: only short items are set in one.
            let short = cells.iter().all(|c| c.chars().count() <= 130);
            let html = short.then_some(("HTML", html));
            for (style, table) in [
                Some(("Markdown", markdown(false))),
                Some(("Markdown, three columns", markdown(true))),
                html,
                Some(("HTML ordered list", ordered)),
            ]
            .into_iter()
            .flatten()
            {
                // Text after the list goes on as a paragraph of its own after the table.
                let after = clean[last.span.end..].trim_start_matches(['。', '；', ';']);
                let page = format!("{}\n{table}{after}", &clean[..first.span.start]);
                pages += 1;
                let got = parse(&name, &page);
                let found: Vec<Vec<String>> = got
                    .lists
                    .iter()
                    .map(|l| l.items.iter().map(|i| trimmed(&i.text)).collect())
                    .collect();
                let unit = |t: &String| t.trim_end_matches(",市政府办公室").to_string();
                let found: Vec<Vec<String>> = found
                    .into_iter()
                    .map(|l| l.iter().map(unit).collect())
                    .collect();
                if !found.contains(&want) {
                    differ.push(format!("{name} {} ({style}): {found:?}", list.title));
                }
            }
        }
    }
    eprintln!(
        "lists as tables: {pages} pages, {} read otherwise",
        differ.len()
    );
    assert!(pages > 0, "the seeds have a list");
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Every list whose items open paragraphs, its labels rewritten in each style reports use
/// (1． 1、 （1） （一） 一、 ① 一是), reads the same items. Measured when this was written:
/// the lists of Guangdong 2025 and 2026 and Zhejiang 2025 and 2026, 7 styles each, all read
/// the same; before, Zhejiang 2026's with ① or （一） labels was lost (its lead-in ends a
/// paragraph and the items open run-ins or areas of the outline).
#[test]
fn list_labels_rewritten_read_the_same_items() {
    type Label = fn(usize) -> String;
    let styles: [(&str, Label); 7] = [
        ("1．", |n| format!("{n}．")),
        ("1、", |n| format!("{n}、")),
        ("（1）", |n| format!("（{n}）")),
        ("（一）", |n| format!("（{}）", numeral(n as u32))),
        ("一、", |n| format!("{}、", numeral(n as u32))),
        ("①", |n| {
            char::from_u32(0x2460 + n as u32 - 1).unwrap().to_string()
        }),
        ("一是", |n| format!("{}是", numeral(n as u32))),
    ];
    let items = |r: &Report| -> Vec<Vec<String>> {
        r.lists
            .iter()
            .map(|l| l.items.iter().map(|i| fold(&i.text)).collect())
            .collect()
    };
    let (mut pages, mut differ) = (0, Vec::new());
    for (name, text) in reports() {
        let original = parse(&name, &text);
        let clean = govdiff::ingest::clean(&text).text;
        for list in &original.lists {
            let labels: Vec<&str> = list.items.iter().map(|i| i.label.as_str()).collect();
            for (style, label) in styles {
                // Rewrite the labels that open paragraphs, the items' own (a part heading
                // labelled as an item is left); a list enumerated inside one paragraph
                // (一是…；二是…) is left alone.
                let mut next = 0;
                let mut at = 0;
                let page: String = clean
                    .lines()
                    .map(|line| {
                        let start = at;
                        at += line.len() + 1;
                        let item = list.items.get(next).filter(|it| it.span.start == start);
                        match item.and_then(|it| line.strip_prefix(it.label.as_str())) {
                            Some(rest) if !labels[next].is_empty() => {
                                next += 1;
                                format!("{}{rest}\n", label(next))
                            }
                            _ => format!("{line}\n"),
                        }
                    })
                    .collect();
                if next < labels.len() {
                    continue;
                }
                pages += 1;
                let got = parse(&name, &page);
                if items(&got) != items(&original) {
                    differ.push(format!("{name} ({style}): {:?}", items(&got)));
                }
            }
        }
    }
    eprintln!(
        "list labels rewritten: {pages} pages, {} read otherwise",
        differ.len()
    );
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Every list of the seeds and corpus with the label of its middle item lost (三是 gone from
/// 二是…；三是…；四是…, 3. from a paragraph of its own, 四、 from a heading line with its
/// details): the list reads as many items, the others the same, the lost one without a
/// label. Measured when this was written: 7 lists, all so; before, each of the 7 lost every
/// item after the gap.
#[test]
fn a_list_item_that_lost_its_label_is_still_read() {
    let texts = |l: &govdiff::model::ItemList, skip: usize| -> Vec<String> {
        l.items
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != skip)
            .map(|(_, i)| fold(&i.text))
            .collect()
    };
    let (mut lists, mut differ) = (0, Vec::new());
    for (name, text) in reports() {
        let original = parse(&name, &text);
        let clean = govdiff::ingest::clean(&text).text;
        for (n, list) in original.lists.iter().enumerate() {
            let lost = list.items.len() / 2;
            let item = &list.items[lost];
            let at = item.span.start;
            if item.label.is_empty() || !clean[at..].starts_with(item.label.as_str()) {
                continue;
            }
            lists += 1;
            let page = format!("{}{}", &clean[..at], &clean[at + item.label.len()..]);
            let got = parse(&name, &page);
            let read = got.lists.get(n);
            let same = read.is_some_and(|l| {
                l.items.len() == list.items.len()
                    && l.items[lost].label.is_empty()
                    && texts(l, lost) == texts(list, lost)
            });
            if !same {
                differ.push(format!(
                    "{name} without {}: {:?}",
                    item.label,
                    read.map(|l| l.items.iter().map(|i| i.label.clone()).collect::<Vec<_>>())
                ));
            }
        }
    }
    let least = if corpus_present() { 5 } else { 2 };
    assert!(lists >= least, "only {lists} lists");
    assert!(differ.is_empty(), "{differ:#?}");
}

/// The targets sentence led in other words than the report's (主要预期目标是： rewritten as
/// 主要目标是：, 发展目标是：, 主要指标是：, …定为：) reads the same targets, this year named in
/// the sentence before or in the paragraph before (今年是“十五五”开局之年。…). Measured when
/// this was written: every report in each wording (100 pages); before, on the nine 2026
/// reports, 6 of 9 with 主要目标是： and none with the other three.
#[test]
fn targets_sentence_worded_otherwise_reads_the_same() {
    let leads = [
        "主要目标是：",
        "发展目标是：",
        "主要预期目标定为：",
        "主要指标是：",
    ];
    let (mut pages, mut differ) = (0, Vec::new());
    for (name, text) in reports() {
        let Some((at, len)) = [
            "主要预期目标是：",
            "主要预期目标为：",
            "主要预期目标建议为：",
        ]
        .iter()
        .find_map(|w| text.find(w).map(|i| (i, w.len()))) else {
            continue;
        };
        let original = parse(&name, &text);
        for lead in leads {
            let page = format!("{}{lead}{}", &text[..at], &text[at + len..]);
            pages += 1;
            let got = parse(&name, &page);
            if targets(&got) != targets(&original) {
                differ.push(format!("{name} ({lead}): {:?}", targets(&got)));
            }
        }
    }
    eprintln!(
        "targets worded otherwise: {pages} pages, {} read otherwise",
        differ.len()
    );
    assert!(pages > 0, "the seeds have a targets sentence");
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Run-in headings written otherwise than with a full stop, as news pages and some city
/// reports write them: ended by a colon (大力提振消费：实施…) or set in lenticular brackets
/// (【大力提振消费】实施…). Every run-in heading of each report that opens a paragraph is
/// rewritten; the report must read the same run-in headings and as many commitments.
/// Measured when this was written: 25 of 26 reports either way (Henan 2025 loses one of its
/// 34 run-in headings); before these forms were read, 1 of 26 either way (measured on the
/// files rewritten by a looser rule).
#[test]
fn run_in_headings_written_otherwise_read_the_same() {
    type Write = fn(&str) -> String;
    let styles: [(&str, Write, usize); 2] = [
        ("colon", |t| format!("{t}："), 90),
        ("brackets", |t| format!("【{t}】"), 90),
    ];
    let run_ins = |r: &Report| -> Vec<String> {
        r.outline
            .iter()
            .filter(|s| s.kind == SectionKind::RunIn && s.label.is_empty())
            .map(|s| fold(&s.title))
            .collect()
    };
    let parsed: Vec<(String, Report, String)> = reports()
        .into_iter()
        .map(|(name, text)| {
            let clean = govdiff::ingest::clean(&text).text;
            let report = parse(&name, &text);
            (name, report, clean)
        })
        .collect();
    let mut short = Vec::new();
    for (style, write, percent) in styles {
        let (mut changed, mut same, mut differ) = (0, 0, Vec::new());
        for (name, original, clean) in &parsed {
            let titles: Vec<&str> = original
                .outline
                .iter()
                .filter(|s| s.kind == SectionKind::RunIn && s.label.is_empty())
                .map(|s| s.title.as_str())
                .collect();
            let mut rewritten = 0;
            let page: String = clean
                .lines()
                .map(|line| {
                    let hit = titles.iter().find_map(|t| {
                        line.strip_prefix(t)
                            .and_then(|rest| rest.strip_prefix('。'))
                            .filter(|rest| !rest.is_empty())
                            .map(|rest| (t, rest))
                    });
                    match hit {
                        Some((t, rest)) => {
                            rewritten += 1;
                            format!("{}{rest}\n", write(t))
                        }
                        None => format!("{line}\n"),
                    }
                })
                .collect();
            if rewritten < 2 {
                continue;
            }
            changed += 1;
            let got = parse(name, &page);
            if run_ins(&got) == run_ins(original)
                && got.commitments.len() == original.commitments.len()
            {
                same += 1;
            } else {
                differ.push(format!(
                    "{name}: {} → {} run-ins, {} → {} commitments",
                    run_ins(original).len(),
                    run_ins(&got).len(),
                    original.commitments.len(),
                    got.commitments.len()
                ));
            }
        }
        eprintln!("run-ins ({style}): {same} of {changed} read the same; {differ:?}");
        if same * 100 < changed * percent {
            short.push(format!("{style}: {same} of {changed}; {differ:?}"));
        }
    }
    assert!(short.is_empty(), "{short:#?}");
}

/// A report continued from one newspaper page to the next inside a paragraph: the first
/// page's jump mark, its staff line and page marker, the next page's running head, section
/// and staff lines, its jump mark, all between two halves of a sentence (…乡镇卫生院（下转第
/// 2版）/ 本版责任编辑：张三 美术编辑：李四 / 第1版 / 某某日报 2026年2月5日 星期四 / 要闻·两会 /
/// … / （上接第1版）一体化管理率达90%。). The report reads as the file. Before what stands
/// between the marks was dropped, such lines were read into the sentence (with the staff
/// line alone, in 23 of 26 reports; with a date or section line, in 19 or 20).
#[test]
fn a_paragraph_continued_on_the_next_newspaper_page() {
    reads_the_same("page continued on the next", |text, _| {
        // The longest line in the second half: a long paragraph, cut in its middle.
        let lines: Vec<&str> = text.lines().collect();
        let Some((k, line)) = lines
            .iter()
            .enumerate()
            .skip(lines.len() / 2)
            .max_by_key(|(_, l)| l.chars().count())
        else {
            return text.to_string();
        };
        let chars: Vec<char> = line.chars().collect();
        let half = chars.len() / 2;
        let cut: String = chars[..half].iter().collect::<String>()
            + "（下转第2版）\n\n本版责任编辑：张三  美术编辑：李四\n\n第1版\n\n\
               某某日报 2026年2月5日 星期四\n\n要闻·两会\n\n本版统筹：王五 制图：赵六\n\n（上接第1版）"
            + &chars[half..].iter().collect::<String>();
        let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        out[k] = cut;
        out.join("\n") + "\n"
    });
}

/// A newspaper's later page, starting inside the work plan: every report cut at the heading of
/// the middle work area holding commitments, after the page's jump mark （上接第1版）. The tasks
/// from there on are read as in the whole report (before, the text ahead of the page's first
/// part heading was taken for the review and none of it was read unless no part followed),
/// the areas keep their numbers from wherever they start, and a warning says the plan's
/// beginning is on a page the file does not hold.
///
/// Measured when this was written, over the seeds and corpus: of 4 736 commitments after the
/// cuts none lost and none extra; all 146 areas after the cuts read. Before: 661 lost (the
/// pages with a part after the cut lost all their tasks before it), 130 extra (a part 四、
/// was no heading as a page's first), no area read.
#[test]
fn a_page_starting_inside_the_plan_keeps_its_tasks() {
    let (mut after_cut, mut lost, mut extra, mut areas, mut lost_areas) = (0, 0, 0, 0, 0);
    for (name, text) in reports() {
        let original = parse(&name, &text);
        let t = &original.clean.text;
        let holding: Vec<&govdiff::model::Section> = original
            .outline
            .iter()
            .filter(|s| {
                s.kind == SectionKind::Area
                    && original
                        .commitments
                        .iter()
                        .any(|c| s.span.start <= c.span.start && c.span.end <= s.span.end)
            })
            .collect();
        if holding.len() < 2 {
            continue;
        }
        let cut_area = holding[holding.len() / 2];
        let cut = cut_area.span.start;
        let page = format!("（上接第1版）\n{}", &t[cut..]);
        let got = parse(&name, &page);
        let texts = |r: &Report, from: usize| -> Vec<String> {
            r.commitments
                .iter()
                .filter(|c| c.span.start >= from)
                .map(|c| c.text.clone())
                .collect()
        };
        let (want, seen) = (texts(&original, cut), texts(&got, 0));
        after_cut += want.len();
        lost += want.iter().filter(|w| !seen.contains(w)).count();
        extra += seen.iter().filter(|s| !want.contains(s)).count();
        // The areas of the cut area's part from it on, by title.
        let got_areas: Vec<&str> = got
            .outline
            .iter()
            .filter(|s| s.kind == SectionKind::Area)
            .map(|s| s.title.as_str())
            .collect();
        for a in original.outline.iter().filter(|s| {
            s.kind == SectionKind::Area && s.parent == cut_area.parent && s.span.start >= cut
        }) {
            areas += 1;
            if !got_areas.contains(&a.title.as_str()) {
                lost_areas += 1;
                eprintln!("{name}: area {} {} not read", a.label, a.title);
            }
        }
        assert!(
            got.warnings
                .iter()
                .any(|w| w.code == govdiff::model::WarningCode::StartedElsewhere),
            "{name}: no warning for a page starting inside the plan: {:?}",
            got.warnings
        );
    }
    eprintln!(
        "page starting inside the plan: {after_cut} commitments after the cuts, {lost} lost, \
         {extra} extra; {areas} areas, {lost_areas} lost"
    );
    assert!(after_cut > 0, "the seeds are bundled");
    assert!(lost * 100 <= after_cut, "{lost} of {after_cut} lost");
    assert!(extra * 100 <= after_cut, "{extra} extra");
    assert_eq!(lost_areas, 0);
}

/// A newspaper's later page may start inside a part that reviews one five-year plan and sets
/// out the next (二、“十四五”时期发展成就和“十五五”时期主要目标任务, Beijing 2026; national
/// 2021's “十三五”…成就和“十四五”…): its first part heading is 三、, so the page starts inside
/// the plan, but the achievements before the turn to the later plan (“十五五”时期是…) are
/// no tasks. Each such report is cut after its review half's first sentence.
///
/// Measured when this was written: 2 reports cut (Beijing 2026, national 2021), of the
/// commitments after the cuts none lost and none extra; before, 31 extra (16 and 15: review
/// facts such as 超额完成新一轮百万亩造林绿化工程 read as tasks).
#[test]
fn a_page_starting_inside_a_plans_review_half_keeps_only_the_plan() {
    let (mut cuts, mut after_cut, mut lost, mut extra) = (0, 0, 0, 0);
    for (name, text) in reports() {
        let original = parse(&name, &text);
        let t = &original.clean.text;
        let Some(part) = original.outline.iter().find(|s| {
            s.kind == SectionKind::Part
                && s.label.starts_with('二')
                && s.title.contains("成就")
                && s.title.matches("五”").count() >= 2
        }) else {
            continue;
        };
        // The review half's first paragraph, from its second sentence on: the page opens
        // with the rest of a paragraph whose look back is on the page before.
        let body = part.heading.end;
        let Some(cut) = t[body..part.span.end]
            .find('。')
            .map(|i| body + i + '。'.len_utf8())
        else {
            continue;
        };
        cuts += 1;
        let page = format!("（上接第1版）\n{}", &t[cut..]);
        let got = parse(&name, &page);
        let want: Vec<&str> = original
            .commitments
            .iter()
            .filter(|c| c.span.start >= cut)
            .map(|c| c.text.as_str())
            .collect();
        let seen: Vec<&str> = got.commitments.iter().map(|c| c.text.as_str()).collect();
        after_cut += want.len();
        lost += want.iter().filter(|w| !seen.contains(w)).count();
        let extras: Vec<&&str> = seen.iter().filter(|s| !want.contains(s)).collect();
        extra += extras.len();
        if !extras.is_empty() {
            eprintln!("{name}: {} extra, first {:?}", extras.len(), extras.first());
        }
    }
    eprintln!(
        "page starting in a plan's review half: {cuts} reports cut, {after_cut} commitments \
         after the cuts, {lost} lost, {extra} extra"
    );
    if cuts == 0 {
        // The seeds have no such part; the corpus (Beijing 2026, national 2021) has.
        eprintln!("skipped: no report with a part reviewing one plan and setting out the next");
        return;
    }
    assert!(lost * 100 <= after_cut, "{lost} of {after_cut} lost");
    assert_eq!(extra, 0, "review facts read as tasks");
}
