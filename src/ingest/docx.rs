//! Word documents (.docx) → text: reports are also handed round as the Word file they were
//! drafted in, and an attachment on a government site is often one.
//!
//! A .docx is a zip archive whose `word/document.xml` holds the body: paragraphs `<w:p>`,
//! runs of text `<w:t>`, tabs and line breaks, tables `<w:tbl>` of rows `<w:tr>` and cells
//! `<w:tc>`. The text is every `<w:t>` in order (so a heading split into several runs by its
//! formatting reads whole; deleted tracked changes `<w:delText>` and field codes
//! `<w:instrText>` are not text, and a text box is read once, not again from the copy Word
//! keeps for old readers, `<mc:Fallback>`), one line per paragraph, a table row as a Markdown row
//! (`| a | b |`, which the cleaner reads as a clause: `clean::tables`). Headers, footers,
//! footnotes and comments live in other parts and are left out, as a reader of the report
//! would. Numbering that Word generates (a list style's 一、 or （一）) is not in the body's
//! text: it is drawn from `word/numbering.xml` and written in front of each numbered
//! paragraph (`docx::numbering`).
//!
//! The unpacked XML is bounded ([`MAX_XML_BYTES`]): a small archive must not unpack into
//! gigabytes.

use std::io::Read;

use crate::error::InputError;

mod numbering;

use numbering::Numbering;

/// Largest `word/document.xml` read, unpacked: 64 times the default input limit's 16 MiB
/// would be far past any report; 256 MiB keeps memory bounded.
pub const MAX_XML_BYTES: u64 = 256 << 20;

/// The text of a .docx, or `None` when `bytes` are a zip archive without a Word body (an
/// .xlsx, a plain archive). A damaged archive or body is an error naming what failed.
pub fn text(bytes: &[u8]) -> Result<Option<String>, InputError> {
    let damaged = |what: &str| InputError::Binary(format!("damaged Word document: {what}"));
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(None);
    };
    let Some(xml) = part(&mut archive, "word/document.xml")? else {
        return Ok(None);
    };
    let xml = String::from_utf8(xml).map_err(|_| damaged("its body is not UTF-8"))?;
    // The numbering and the styles are optional parts; unreadable ones number nothing.
    let mut optional = |name: &str| -> Result<String, InputError> {
        let bytes = part(&mut archive, name)?.unwrap_or_default();
        Ok(String::from_utf8(bytes).unwrap_or_default())
    };
    let mut numbering = Numbering::read(
        &optional("word/numbering.xml")?,
        &optional("word/styles.xml")?,
    );
    Ok(Some(body_with(&xml, &mut numbering)))
}

/// The unpacked bytes of part `name`, `None` when the archive has no such part; bounded by
/// [`MAX_XML_BYTES`].
pub(super) fn part<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<Vec<u8>>, InputError> {
    let Ok(file) = archive.by_name(name) else {
        return Ok(None);
    };
    let mut xml = Vec::new();
    file.take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| InputError::Binary(format!("damaged Word document: {e}")))?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(InputError::Binary(format!(
            "Word document unpacks to more than {} MiB",
            MAX_XML_BYTES >> 20
        )));
    }
    Ok(Some(xml))
}

/// One XML tag: its name (`w:p`), whether it closes (`</w:p>`) or is empty (`<w:br/>`),
/// and its text between `<` and `>` (for [`attr`]).
pub(super) struct Tag<'a> {
    pub(super) name: &'a str,
    pub(super) closing: bool,
    pub(super) empty: bool,
    pub(super) raw: &'a str,
}

/// The tags of `xml` in order (text between them is skipped).
pub(super) fn tags(xml: &str) -> impl Iterator<Item = Tag<'_>> {
    tags_with_text(xml).map(|(_, t)| t)
}

/// The tags of `xml` in order, each with the text between it and the tag before (escaped as
/// written; text after the last tag is none).
pub(super) fn tags_with_text(xml: &str) -> impl Iterator<Item = (&str, Tag<'_>)> {
    let mut rest = xml;
    std::iter::from_fn(move || {
        let lt = rest.find('<')?;
        let gt = rest[lt..].find('>')?;
        let text = &rest[..lt];
        let raw = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        Some((text, tag(raw)))
    })
}

pub(super) fn tag(raw: &str) -> Tag<'_> {
    let name = raw
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("");
    Tag {
        name,
        closing: raw.starts_with('/'),
        empty: raw.ends_with('/'),
        raw,
    }
}

/// The value of attribute `key` in a tag's text (`w:val="1"`), as written.
pub(super) fn attr<'a>(raw: &'a str, key: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(k) = raw[from..].find(key) {
        let at = from + k;
        let before_ok = raw[..at].ends_with(char::is_whitespace);
        let after = &raw[at + key.len()..];
        if before_ok {
            if let Some(v) = after.strip_prefix("=\"") {
                return v.find('"').map(|e| &v[..e]);
            }
        }
        from = at + key.len();
    }
    None
}

/// The text of a `word/document.xml` body (see the module doc), without numbering.
pub fn body_text(xml: &str) -> String {
    body_with(xml, &mut Numbering::default())
}

/// The text of a body, each numbered paragraph's label written in front of it.
fn body_with(xml: &str, numbering: &mut Numbering) -> String {
    let mut out = String::with_capacity(xml.len() / 4);
    // Inside a table cell, paragraph ends are spaces (a row stays one line).
    let mut cell_depth = 0usize;
    let mut in_text = false;
    // The paragraph's properties: inside <w:pPr> (not in a tracked change's old ones), its
    // style and numbering.
    let mut in_props = false;
    let mut in_change = false;
    let mut style: Option<String> = None;
    let mut num: (Option<u32>, Option<usize>) = (None, None);
    // Inside a drawing's fallback, which repeats its text box for old readers: read it once.
    let mut in_fallback = false;
    for (
        text,
        Tag {
            name,
            closing,
            empty,
            raw,
        },
    ) in tags_with_text(xml)
    {
        if name == "mc:Fallback" {
            in_fallback = !closing && !empty;
            continue;
        }
        if in_fallback {
            continue;
        }
        if in_text {
            push_unescaped(text, &mut out);
        }
        let value = || attr(raw, "w:val");
        match (name, closing) {
            ("w:t", false) => in_text = !empty,
            ("w:t", true) => in_text = false,
            ("w:tab", false) => out.push('\t'),
            ("w:br" | "w:cr", false) => out.push(if cell_depth > 0 { ' ' } else { '\n' }),
            ("w:p", false) if !empty => {
                style = None;
                num = (None, None);
            }
            ("w:p", true) => out.push(if cell_depth > 0 { ' ' } else { '\n' }),
            // A tracked change's old properties nest a <w:pPr> of their own.
            ("w:pPr", _) if in_change => {}
            ("w:pPr", false) if !empty => in_props = true,
            ("w:pPrChange", false) if !empty => in_change = true,
            ("w:pPrChange", true) => in_change = false,
            ("w:pStyle", false) if in_props && !in_change => style = value().map(str::to_string),
            ("w:numId", false) if in_props && !in_change => {
                num.0 = value().and_then(|v| v.parse().ok());
            }
            ("w:ilvl", false) if in_props && !in_change => {
                num.1 = value().and_then(|v| v.parse().ok());
            }
            ("w:pPr", true) => {
                in_props = false;
                // The paragraph's own numbering, or its style's (numId 0 removes it).
                let numbered = match num {
                    (Some(id), level) => Some((id, level.unwrap_or(0))),
                    (None, _) => style.as_deref().and_then(|s| numbering.of_style(s)),
                };
                if let Some(label) = numbered.and_then(|(id, level)| numbering.label(id, level)) {
                    out.push_str(&label);
                }
            }
            ("w:tr", false) => open_row(&mut out),
            ("w:tr", true) => out.push('\n'),
            ("w:tc", false) if !empty => {
                cell_depth += 1;
                out.push(' ');
            }
            ("w:tc", true) => {
                cell_depth = cell_depth.saturating_sub(1);
                close_cell(&mut out);
            }
            _ => {}
        }
    }
    out
}

/// Open a table row as a Markdown row (`| a | b |`, which the cleaner reads as a clause) on a
/// line of its own.
pub(super) fn open_row(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('|');
}

/// Close a cell of a Markdown row: its text without trailing spaces, then the bar.
pub(super) fn close_cell(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
    out.push_str(" |");
}

/// A minimal .docx whose body is `body` (the XML inside `<w:body>`): the inverse of [`text`],
/// for tests that write reports as Word documents.
#[doc(hidden)]
pub fn document(body: &str) -> Vec<u8> {
    numbered_document(body, None)
}

/// A minimal .docx whose body is `body`, with `numbering` as its `word/numbering.xml` (the
/// XML inside `<w:numbering>`).
#[doc(hidden)]
pub fn numbered_document(body: &str, numbering: Option<&str>) -> Vec<u8> {
    use std::io::Write;
    const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    let xml = format!("{head}<w:document {NS}><w:body>{body}</w:body></w:document>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // Writing to memory cannot fail.
    let written = (|| -> zip::result::ZipResult<Vec<u8>> {
        zip.start_file("[Content_Types].xml", opts)?;
        zip.write_all(b"<Types/>")?;
        zip.start_file("word/document.xml", opts)?;
        zip.write_all(xml.as_bytes())?;
        if let Some(numbering) = numbering {
            zip.start_file("word/numbering.xml", opts)?;
            let xml = format!("{head}<w:numbering {NS}>{numbering}</w:numbering>");
            zip.write_all(xml.as_bytes())?;
        }
        Ok(zip.finish()?.into_inner())
    })();
    written.unwrap_or_default()
}

/// Append `s` with its character references resolved (&amp; &lt; &#NNN; &#xHH;, by the
/// cleaner's HTML entity reader, a superset of XML's); an unknown one is kept as written.
pub(super) fn push_unescaped(s: &str, out: &mut String) {
    let mut from = 0;
    while let Some(k) = s[from..].find('&') {
        let at = from + k;
        out.push_str(&s[from..at]);
        match super::clean::html_entity(s, at) {
            Some((end, c)) => {
                out.push(c);
                from = end;
            }
            None => {
                out.push('&');
                from = at + 1;
            }
        }
    }
    out.push_str(&s[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn paragraphs_runs_tables_and_entities() {
        let body = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>\
                    <w:t>二、2025年</w:t></w:r><w:r><w:t xml:space=\"preserve\">工作安排</w:t></w:r></w:p>\
                    <w:p><w:r><w:t>地区生产总值增长5%左右，R&amp;D投入</w:t></w:r><w:r><w:tab/>\
                    <w:t>&lt;稳&gt;&#x589E;长</w:t></w:r><w:r><w:delText>删去的字</w:delText></w:r>\
                    <w:r><w:instrText>PAGE</w:instrText></w:r></w:p>\
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>\
                    <w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p><w:p><w:r><w:t>（预期）</w:t></w:r></w:p></w:tc></w:tr>\
                    <w:tr><w:tc><w:p><w:r><w:t>地区生产总值</w:t></w:r></w:p></w:tc>\
                    <w:tc><w:p><w:r><w:t>5%左右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                    <w:p><w:r><w:t>各位代表</w:t><w:br/><w:t>谢谢。</w:t></w:r></w:p>\
                    <w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>框</w:t>\
                    </w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>\
                    <w:t>框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        let got = text(&document(body)).unwrap().unwrap();
        assert_eq!(
            got,
            "二、2025年工作安排\n地区生产总值增长5%左右，R&D投入\t<稳>增长\n\
             | 指标 | 目标 （预期） |\n| 地区生产总值 | 5%左右 |\n各位代表\n谢谢。\n框\n\n"
        );
    }

    /// Paragraphs numbered by the list or by their style read with their labels; a
    /// tracked change's old numbering and a removed one (numId 0) give none.
    #[test]
    fn generated_numbering_is_written_back() {
        let numbering = "<w:abstractNum w:abstractNumId=\"5\">\
            <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>\
            <w:lvlText w:val=\"%1、\"/></w:lvl>\
            <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>\
            <w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>\
            <w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>";
        let para = |props: &str, text: &str| {
            format!("<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
        };
        let num = |level: u32| {
            format!("<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"7\"/></w:numPr>")
        };
        let body = [
            para(&num(0), "2025年工作回顾"),
            para("<w:jc w:val=\"both\"/>", "过去一年，成绩显著。"),
            para(&num(0), "2026年工作安排"),
            para(&num(1), "扩大内需。提振消费。"),
            para(
                &format!(
                    "{}<w:pPrChange><w:pPr>{}</w:pPr></w:pPrChange>",
                    num(1),
                    num(0)
                ),
                "深化改革。",
            ),
            para(
                "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>",
                "附件",
            ),
        ]
        .concat();
        let got = text(&numbered_document(&body, Some(numbering)))
            .unwrap()
            .unwrap();
        assert_eq!(
            got,
            "一、2025年工作回顾\n过去一年，成绩显著。\n二、2026年工作安排\n\
             （一）扩大内需。提振消费。\n（二）深化改革。\n附件\n"
        );
        // Without the numbering part, the text alone.
        assert!(text(&document(&body))
            .unwrap()
            .unwrap()
            .starts_with("2025年工作回顾\n"));
    }

    #[test]
    fn other_archives_and_damage() {
        // A zip without a Word body is no document (the caller refuses it as an archive).
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        let xlsx = zip.finish().unwrap().into_inner();
        assert_eq!(text(&xlsx), Ok(None));
        // Truncated: not an archive any more.
        let d = document("<w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p>");
        assert_eq!(text(&d[..d.len() / 2]), Ok(None));
        assert_eq!(text(b"PK\x03\x04garbage"), Ok(None));
        // A body that is not UTF-8.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(b"<w:t>\xff\xfe</w:t>").unwrap();
        let bad = zip.finish().unwrap().into_inner();
        assert!(matches!(text(&bad), Err(InputError::Binary(m)) if m.contains("damaged")));
    }

    #[test]
    fn entities_and_odd_markup_never_panic() {
        let mut s = String::new();
        push_unescaped(
            "a&b&amp;&#xZZ;&#99999999;&#21152;&long-entity-name;&",
            &mut s,
        );
        assert_eq!(s, "a&b&&#xZZ;&#99999999;加&long-entity-name;&");
        for xml in [
            "<",
            "<w:t>",
            "<w:t>abc",
            "</w:tc></w:tc>",
            "<w:tc/><w:tr>",
            "<<<>>>",
        ] {
            let _ = body_text(xml);
        }
    }
}
