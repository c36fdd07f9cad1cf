//! OpenDocument text (.odt) → text: LibreOffice's own format, in which a report drafted or
//! converted there is saved and handed round.
//!
//! An .odt is a zip archive whose `mimetype` names it (`application/vnd.oasis.opendocument.text`)
//! and whose `content.xml` holds the body inside `<office:text>`: headings `<text:h>` and
//! paragraphs `<text:p>` (their runs in `<text:span>`s), runs of spaces `<text:s text:c="N"/>`,
//! tabs and line breaks, lists of paragraphs `<text:list>`, tables of rows
//! `<table:table-row>` and cells `<table:table-cell>`. The text is one line per paragraph, a
//! table row as a Markdown row (`| a | b |`, as `docx` writes one). A note's body, its citation
//! mark, a comment and the record of tracked changes are not the report's text. Numbering a
//! list style generates is not written (as for .doc); a heading whose number is typed in its
//! text (一、…, as in every report converted from text or Word) keeps it.

use crate::error::InputError;

use super::docx::{attr, close_cell, open_row, part, push_unescaped, tags_with_text, Tag};

/// The media type an OpenDocument text's `mimetype` part holds (a template's ends in
/// `-template`).
const TEXT_MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

/// The text of an .odt, or `None` when `bytes` are a zip archive that is not an OpenDocument
/// text (a spreadsheet, a presentation, a plain archive). A damaged body is an error.
pub fn text(bytes: &[u8]) -> Result<Option<String>, InputError> {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(None);
    };
    let mimetype = part(&mut archive, "mimetype")?.unwrap_or_default();
    if !mimetype.starts_with(TEXT_MIMETYPE) {
        return Ok(None);
    }
    let Some(xml) = part(&mut archive, "content.xml")? else {
        return Ok(None);
    };
    let xml = String::from_utf8(xml).map_err(|_| {
        InputError::Binary("damaged OpenDocument text: its body is not UTF-8".to_string())
    })?;
    Ok(Some(body_text(&xml)))
}

/// Elements whose content is not the report's text: a note's body and its citation mark, a
/// comment, the record of tracked changes (deleted text), a sequence of generated fields'
/// declarations.
const SKIPPED: &[&str] = &[
    "text:note-body",
    "text:note-citation",
    "office:annotation",
    "text:tracked-changes",
    "text:sequence-decls",
];

/// The text of a `content.xml` (see the module doc).
fn body_text(xml: &str) -> String {
    let body = xml.find("<office:text").map_or(xml, |k| &xml[k..]);
    let mut out = String::with_capacity(body.len() / 4);
    // Open paragraphs and headings (a note's paragraph nests in one), skipped elements, and
    // table cells (inside one, paragraph ends are spaces: a row stays one line).
    let (mut para, mut skip, mut cell) = (0usize, 0usize, 0usize);
    for (
        text,
        Tag {
            name,
            closing,
            empty,
            raw,
        },
    ) in tags_with_text(body)
    {
        if para > 0 && skip == 0 {
            push_unescaped(text, &mut out);
        }
        if SKIPPED.contains(&name) {
            match (closing, empty) {
                (false, false) => skip += 1,
                (true, _) => skip = skip.saturating_sub(1),
                (false, true) => {}
            }
            continue;
        }
        if skip > 0 {
            continue;
        }
        let line_end = if cell > 0 { ' ' } else { '\n' };
        match (name, closing) {
            ("text:p" | "text:h", false) if !empty => para += 1,
            ("text:p" | "text:h", false) => out.push(line_end),
            ("text:p" | "text:h", true) => {
                para = para.saturating_sub(1);
                out.push(line_end);
            }
            ("text:s", false) if para > 0 => {
                let n = attr(raw, "text:c").and_then(|c| c.parse::<usize>().ok());
                // A run of spaces is bounded: a damaged count must not fill memory.
                out.extend(std::iter::repeat_n(' ', n.unwrap_or(1).min(64)));
            }
            ("text:tab", false) if para > 0 => out.push('\t'),
            ("text:line-break", false) if para > 0 => out.push(line_end),
            ("table:table-row", false) if !empty => open_row(&mut out),
            ("table:table-row", true) => out.push('\n'),
            ("table:table-cell", false) if !empty => {
                cell += 1;
                out.push(' ');
            }
            ("table:table-cell", false) => out.push_str(" |"),
            ("table:table-cell", true) => {
                cell = cell.saturating_sub(1);
                close_cell(&mut out);
            }
            _ => {}
        }
    }
    out
}

/// A minimal .odt whose body is `body` (the XML inside `<office:text>`): the inverse of
/// [`text`], for tests that write reports as OpenDocument texts.
#[doc(hidden)]
pub fn document(body: &str) -> Vec<u8> {
    use std::io::Write;
    const NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
                      xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
                      xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {NS}>\
         <office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = stored.compression_method(zip::CompressionMethod::Deflated);
    // Writing to memory cannot fail.
    let written = (|| -> zip::result::ZipResult<Vec<u8>> {
        zip.start_file("mimetype", stored)?;
        zip.write_all(TEXT_MIMETYPE)?;
        zip.start_file("content.xml", deflated)?;
        zip.write_all(xml.as_bytes())?;
        Ok(zip.finish()?.into_inner())
    })();
    written.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_headings_spaces_tables_and_what_is_not_text() {
        let body = "<text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>\
             <text:h text:outline-level=\"1\">一、2026年工作安排</text:h>\
             <text:p text:style-name=\"P1\"><text:s text:c=\"2\"/><text:span text:style-name=\"T1\">扩大内需。</text:span>\
             新增就业<text:span>1.5万人</text:span>&amp;以上<text:note text:id=\"n1\">\
             <text:note-citation>1</text:note-citation><text:note-body><text:p>脚注。</text:p></text:note-body>\
             </text:note>，推进改革<text:line-break/>下一行。</text:p>\
             <text:p/>\
             <office:annotation><text:p>批注</text:p></office:annotation>\
             <text:list><text:list-item><text:p>新建学校10所。</text:p></text:list-item></text:list>\
             <table:table><table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell>\
             <table:table-cell><text:p>目标</text:p><text:p>5%左右</text:p></table:table-cell></table:table-row></table:table>\
             <text:tracked-changes><text:changed-region><text:deletion><text:p>删去的话。</text:p></text:deletion></text:changed-region></text:tracked-changes>";
        let got = text(&document(body)).unwrap().unwrap();
        assert_eq!(
            got,
            "一、2026年工作安排\n  扩大内需。新增就业1.5万人&以上，推进改革\n下一行。\n\n\
             新建学校10所。\n| 指标 | 目标 5%左右 |\n"
        );
    }

    /// A zip archive that is no OpenDocument text (a .docx, a spreadsheet) is none.
    #[test]
    fn other_archives_are_none() {
        assert_eq!(text(&super::super::docx::document("<w:p/>")), Ok(None));
        assert_eq!(text(b"PK\x03\x04 not a zip"), Ok(None));
    }
}
