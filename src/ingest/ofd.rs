//! OFD documents (.ofd, 版式文档, GB/T 33190) → text: the fixed-layout format Chinese
//! government sites publish reports and their attachments in, beside or instead of PDF.
//!
//! An OFD file is a zip archive. `OFD.xml` names the document's root (`<ofd:DocRoot>`), whose
//! `Document.xml` lists the pages in order (`<ofd:Page BaseLoc="Pages/Page_0/Content.xml">`).
//! A page's content places text objects (`<ofd:TextObject Boundary="x y w h" Size="…">`)
//! holding runs of text (`<ofd:TextCode X="…" Y="…">文本</ofd:TextCode>`, the position
//! relative to the object's box). The reader puts each run at its place on the page, groups
//! the runs of one baseline into a line (left to right) and writes the lines top to bottom,
//! a page after another: the text a PDF extraction gives, hard-wrapped at the column, which
//! the cleaner reads by its layout (`clean::Layout`). Templates (running heads and page
//! numbers drawn on every page), annotations and images are not read.
//!
//! Each part read is bounded like a Word document's body ([`super::docx::MAX_XML_BYTES`]),
//! and so is the number of pages.

use crate::error::InputError;

use super::docx::{attr, part, push_unescaped, tags};

/// Most pages read: far past any report; bounds the work on a hostile page list.
pub const MAX_PAGES: usize = 10_000;

/// The text of an .ofd, or `None` when `bytes` are a zip archive without an `OFD.xml`.
pub fn text(bytes: &[u8]) -> Result<Option<String>, InputError> {
    let damaged = |what: &str| InputError::Binary(format!("damaged OFD document: {what}"));
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(None);
    };
    let mut read = |name: &str| -> Result<Option<String>, InputError> {
        part(&mut archive, name)?
            .map(|b| String::from_utf8(b).map_err(|_| damaged(&format!("{name} is not UTF-8"))))
            .transpose()
    };
    let Some(ofd) = read("OFD.xml")? else {
        return Ok(None);
    };
    let root = element_text(&ofd, "ofd:DocRoot").ok_or_else(|| damaged("no document root"))?;
    let root = root.trim_start_matches('/').to_string();
    let document = read(&root)?.ok_or_else(|| damaged(&format!("{root} is missing")))?;
    let dir = root.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out = String::new();
    let pages: Vec<String> = tags(&document)
        .filter(|t| t.name == "ofd:Page" && !t.closing)
        .filter_map(|t| attr(t.raw, "BaseLoc").map(|loc| resolve(dir, loc)))
        .take(MAX_PAGES)
        .collect();
    for page in pages {
        // A page the list names but the archive lacks is left out, as a viewer would.
        if let Some(content) = read(&page)? {
            for line in page_lines(&content) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    Ok(Some(out))
}

/// A `BaseLoc` resolved against the directory of the file that names it (an absolute one,
/// `/Doc_0/…`, from the archive's root).
fn resolve(dir: &str, loc: &str) -> String {
    match loc.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None if dir.is_empty() => loc.to_string(),
        None => format!("{dir}/{loc}"),
    }
}

/// The text of the first `<name>…</name>` element of `xml`.
fn element_text(xml: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let start = xml.find(&open)? + open.len();
    let end = xml[start..].find('<')? + start;
    let mut s = String::new();
    push_unescaped(xml[start..end].trim(), &mut s);
    Some(s)
}

/// One run of text placed on the page: its baseline, left edge and font size.
struct Run {
    y: f64,
    x: f64,
    size: f64,
    text: String,
}

/// The text lines of a page's content, top to bottom.
fn page_lines(xml: &str) -> Vec<String> {
    let mut runs: Vec<Run> = Vec::new();
    // The current text object's box origin and size, and the current run's position.
    let mut origin = (0.0, 0.0);
    let mut size = 0.0;
    let mut pos = (0.0, 0.0);
    let mut in_code = false;
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        if in_code {
            if let Some(run) = runs.last_mut() {
                push_unescaped(&rest[..lt], &mut run.text);
            }
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let raw = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let t = super::docx::tag(raw);
        let num = |key: &str| attr(t.raw, key).and_then(|v| v.trim().parse::<f64>().ok());
        match (t.name, t.closing) {
            ("ofd:TextObject", false) => {
                let boundary: Vec<f64> = attr(t.raw, "Boundary")
                    .unwrap_or("")
                    .split_whitespace()
                    .filter_map(|v| v.parse().ok())
                    .collect();
                origin = (
                    boundary.first().copied().unwrap_or(0.0),
                    boundary.get(1).copied().unwrap_or(0.0),
                );
                size = num("Size").unwrap_or(0.0);
                pos = (0.0, 0.0);
            }
            ("ofd:TextCode", false) if !t.empty => {
                // X and Y may be left out: the run goes on from the last position.
                pos = (num("X").unwrap_or(pos.0), num("Y").unwrap_or(pos.1));
                runs.push(Run {
                    x: origin.0 + pos.0,
                    y: origin.1 + pos.1,
                    size,
                    text: String::new(),
                });
                in_code = true;
            }
            ("ofd:TextCode", true) => in_code = false,
            _ => {}
        }
    }
    runs.retain(|r| !r.text.trim().is_empty() && r.x.is_finite() && r.y.is_finite());
    lines(runs)
}

/// Runs grouped into lines: a run whose baseline lies within half a font size of a line's
/// joins it; lines top to bottom, runs left to right. A line that starts a font size and a
/// half or more right of the page's left margin (the leftmost line start) is indented, as a
/// paragraph's first line is: it gets the two ideographic spaces a text file would have, so
/// the cleaner reads where paragraphs open.
fn lines(mut runs: Vec<Run>) -> Vec<String> {
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut grouped: Vec<(f64, Vec<Run>)> = Vec::new();
    for run in runs {
        let tolerance = run.size.max(1.0) / 2.0;
        match grouped.last_mut() {
            Some((y, line)) if (run.y - *y).abs() <= tolerance => line.push(run),
            _ => grouped.push((run.y, vec![run])),
        }
    }
    for (_, line) in &mut grouped {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    let margin = grouped
        .iter()
        .filter_map(|(_, line)| line.first().map(|r| r.x))
        .fold(f64::INFINITY, f64::min);
    grouped
        .into_iter()
        .map(|(_, line)| {
            let indented = line
                .first()
                .is_some_and(|r| r.x - margin >= 1.5 * r.size.max(1.0));
            let text: String = line.into_iter().map(|r| r.text).collect();
            if indented {
                format!("\u{3000}\u{3000}{text}")
            } else {
                text
            }
        })
        .collect()
}

/// A minimal .ofd holding `pages`, each a list of lines set one under another: the inverse
/// of [`text`], for tests that write reports as OFD documents. Each line is a text object;
/// a line of `split` characters or more is written as two runs, the second placed after the
/// first (as layout programs split a line at a change of font); a line opening with two
/// ideographic spaces is indented by two characters' width instead.
#[doc(hidden)]
pub fn document(pages: &[Vec<String>], split: usize) -> Vec<u8> {
    use std::io::Write;
    const NS: &str = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let written = (|| -> zip::result::ZipResult<Vec<u8>> {
        zip.start_file("OFD.xml", opts)?;
        write!(
            zip,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD {NS} Version=\"1.0\">\
             <ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo>\
             <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        )?;
        zip.start_file("Doc_0/Document.xml", opts)?;
        let list: String = (0..pages.len())
            .map(|i| {
                format!(
                    "<ofd:Page ID=\"{}\" BaseLoc=\"Pages/Page_{i}/Content.xml\"/>",
                    i + 1
                )
            })
            .collect();
        write!(
            zip,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document {NS}>\
             <ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID></ofd:CommonData>\
             <ofd:Pages>{list}</ofd:Pages></ofd:Document>"
        )?;
        for (i, lines) in pages.iter().enumerate() {
            zip.start_file(format!("Doc_0/Pages/Page_{i}/Content.xml"), opts)?;
            let mut objects = String::new();
            for (k, line) in lines.iter().enumerate() {
                let y = 30.0 + 5.6 * k as f64;
                let (left, line) = match line.strip_prefix("\u{3000}\u{3000}") {
                    Some(rest) => (25.0 + 2.0 * 3.7, rest),
                    None => (25.0, line.as_str()),
                };
                let chars: Vec<char> = line.chars().collect();
                let (a, b) = chars.split_at(if chars.len() >= split {
                    chars.len() / 2
                } else {
                    chars.len()
                });
                let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
                let mut codes = format!(
                    "<ofd:TextCode X=\"0\" Y=\"3.7\">{}</ofd:TextCode>",
                    escape(&a)
                );
                if !b.is_empty() {
                    codes.push_str(&format!(
                        "<ofd:TextCode X=\"{:.2}\" Y=\"3.7\">{}</ofd:TextCode>",
                        3.7 * a.chars().count() as f64,
                        escape(&b)
                    ));
                }
                objects.push_str(&format!(
                    "<ofd:TextObject ID=\"{k}\" Boundary=\"{left:.2} {y:.2} 160 5\" Font=\"1\" Size=\"3.7\">{codes}</ofd:TextObject>"
                ));
            }
            write!(
                zip,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page {NS}><ofd:Content>\
                 <ofd:Layer ID=\"1\">{objects}</ofd:Layer></ofd:Content></ofd:Page>"
            )?;
        }
        Ok(zip.finish()?.into_inner())
    })();
    written.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_lines_and_runs_in_reading_order() {
        let pages = vec![
            vec!["政府工作报告".to_string(), "一、2025年工作回顾".to_string()],
            vec![
                "\u{3000}\u{3000}地区生产总值增长5%左右，".to_string(),
                "R&D投入<稳>增长。".to_string(),
            ],
        ];
        let got = text(&document(&pages, 8)).unwrap().unwrap();
        assert_eq!(
            got,
            "政府工作报告\n一、2025年工作回顾\n\u{3000}\u{3000}地区生产总值增长5%左右，\nR&D投入<稳>增长。\n"
        );
    }

    #[test]
    fn runs_out_of_order_are_placed_by_position() {
        // Two lines whose runs come in reverse order, baselines a little apart, one run
        // without a position of its own.
        let page = r#"<ofd:Page><ofd:Content><ofd:Layer>
            <ofd:TextObject Boundary="60 40.3 50 5" Size="4"><ofd:TextCode X="0" Y="3.7">第二行后半</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject Boundary="20 40 40 5" Size="4"><ofd:TextCode X="0" Y="4">第二行前半</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject Boundary="20 30 90 5" Size="4"><ofd:TextCode X="0" Y="4">第一行&amp;</ofd:TextCode><ofd:TextCode>续</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject Boundary="20 50 90 5" Size="4"><ofd:TextCode X="0" Y="4">   </ofd:TextCode></ofd:TextObject>
          </ofd:Layer></ofd:Content></ofd:Page>"#;
        assert_eq!(page_lines(page), ["第一行&续", "第二行前半第二行后半"]);
    }

    #[test]
    fn archives_that_are_no_ofd_and_damage() {
        assert_eq!(text(&super::super::docx::document("<w:p/>")), Ok(None));
        let d = document(&[vec!["政府工作报告".to_string()]], 99);
        assert_eq!(text(&d[..d.len() / 2]), Ok(None));
        // An OFD.xml without a root, or naming a missing one, is damaged.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("OFD.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(
            &mut zip,
            b"<ofd:OFD><ofd:DocRoot>Doc_9/Document.xml</ofd:DocRoot></ofd:OFD>",
        )
        .unwrap();
        let bad = zip.finish().unwrap().into_inner();
        assert!(matches!(text(&bad), Err(InputError::Binary(m)) if m.contains("damaged OFD")));
    }

    #[test]
    fn odd_content_never_panics() {
        for xml in [
            "<ofd:TextObject Boundary=\"a b\"><ofd:TextCode X=\"NaN\" Y=\"inf\">字</ofd:TextCode>",
            "<ofd:TextCode>字",
            "<ofd:TextObject Size=\"-3\"><ofd:TextCode X=\"1e308\" Y=\"-1e308\">字</ofd:TextCode></ofd:TextObject>",
            "<<>>",
        ] {
            let _ = page_lines(xml);
        }
    }
}
