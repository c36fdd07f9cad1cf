//! Test support: small hand-made reports, and a rough report built from plain text (headings
//! `一、` and `（一）` by line start, a run-in heading after `※`; commitments = sentences), so
//! alignment can be tested
//! without the real outline and extraction stages.

use crate::model::{CleanText, Commitment, Report, Section, SectionKind, Span};

const CN_NUM: &str = "一二三四五六七八九十";

fn heading_kind(line: &str) -> Option<(SectionKind, usize)> {
    let first = line.chars().next()?;
    if first == '※' {
        return Some((SectionKind::RunIn, first.len_utf8()));
    }
    if first == '(' || first == '（' {
        let rest = &line[first.len_utf8()..];
        let n: usize = rest
            .chars()
            .take_while(|c| CN_NUM.contains(*c))
            .map(char::len_utf8)
            .sum();
        let close = rest[n..].chars().next()?;
        if n > 0 && (close == ')' || close == '）') {
            return Some((SectionKind::Area, first.len_utf8() + n + close.len_utf8()));
        }
    }
    let n: usize = line
        .chars()
        .take_while(|c| CN_NUM.contains(*c))
        .map(char::len_utf8)
        .sum();
    if n > 0 && line[n..].starts_with('、') {
        return Some((SectionKind::Part, n + '、'.len_utf8()));
    }
    None
}

/// A rough report from plain text; see the module doc.
pub fn rough_report(name: &str, text: &str) -> Report {
    let mut outline = vec![Section::root(Span::new(0, text.len()))];
    let mut commitments = Vec::new();
    let mut current_part: Option<usize> = None;
    let mut current_area: Option<usize> = None;
    let mut current: usize = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_end();
        if let Some((kind, label_len)) = heading_kind(trimmed) {
            let id = outline.len();
            let parent = match kind {
                SectionKind::Area => current_part.unwrap_or(0),
                SectionKind::RunIn => current_area.unwrap_or(0),
                _ => 0,
            };
            let rest = &trimmed[label_len..];
            let title_end = rest.find(['。', '.']).unwrap_or(rest.len());
            outline.push(Section {
                id,
                parent: Some(parent),
                depth: match kind {
                    SectionKind::Part => 1,
                    SectionKind::Area => 2,
                    _ => 3,
                },
                kind,
                label: if kind == SectionKind::RunIn {
                    String::new()
                } else {
                    trimmed[..label_len].to_string()
                },
                title: rest[..title_end].to_string(),
                heading: Span::new(start, start + label_len + title_end),
                span: Span::new(start, text.len()),
            });
            // Close earlier siblings (and, for parts, everything earlier).
            for s in outline.iter_mut().take(id).skip(1) {
                let closes = s.kind == kind
                    || kind == SectionKind::Part
                    || (kind == SectionKind::Area && s.kind == SectionKind::RunIn);
                if s.span.end == text.len() && closes {
                    s.span.end = start;
                }
            }
            if kind == SectionKind::Part {
                current_part = Some(id);
                current_area = None;
            }
            if kind == SectionKind::Area {
                current_area = Some(id);
            }
            current = id;
        }
        let mut pos = start;
        for sentence in line.split_inclusive(['。', '；', ';', '，', ',']) {
            let s = sentence.trim();
            if s.chars().count() >= 8 {
                commitments.push(Commitment {
                    text: s.to_string(),
                    section: current,
                    path: Vec::new(),
                    trigger: None,
                    quantities: Vec::new(),
                    span: Span::new(pos, pos + sentence.len()),
                    source_span: Span::new(pos, pos + sentence.len()),
                });
            }
            pos += sentence.len();
        }
    }
    let mut r = Report {
        outline,
        commitments,
        clean: CleanText::identity(text),
        ..Default::default()
    };
    r.source.name = name.to_string();
    r
}

/// The seed report of a year, as a rough report (None when the fixture is missing).
pub fn rough_seed(year: u32) -> Option<Report> {
    let path = format!(
        "{}/fixtures/seeds/taiyuan-{year}-government-work-report.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).ok()?;
    Some(rough_report(&format!("taiyuan-{year}"), &text))
}
