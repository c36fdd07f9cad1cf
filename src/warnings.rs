//! Warnings: what is odd about the input that the output alone would not show.
//!
//! A damaged file, a report in traditional characters, a file that is no work report, a
//! newspaper page continued in a file not given, two reports given in the wrong order, of
//! two places or of two kinds. None of them stops the run (comparing backwards can be meant); each is a
//! [`Warning`] with a stable code, kept in the report and the comparison (so the JSON a CI
//! job reads carries them) and printed on stderr by the commands.

use crate::model::{DocumentKind, Report, SectionKind, Warning, WarningCode};

/// What is odd about one report: some of its bytes could not be decoded (a damaged file), it
/// was written in traditional characters and read converted to simplified ones (so quotes
/// differ from the page), nothing in it reads as a work report's commitments or targets (the
/// wrong file, a page of news: the output says little, and silently would look like a report
/// with nothing in it), or it ends with a newspaper's jump to a page the file does not hold,
/// or begins, inside its work plan, with a jump from one.
/// `pipeline` stores them in [`Report::warnings`].
pub fn report_warnings(r: &Report) -> Vec<Warning> {
    let name = &r.source.name;
    let mut out = Vec::new();
    let mut warn = |code, message| {
        out.push(Warning {
            code,
            file: Some(name.clone()),
            message,
        })
    };
    if r.source.undecodable > 0 {
        warn(
            WarningCode::Undecodable,
            format!(
                "{name}: {} byte sequence(s) are not valid {} and were read as U+FFFD; \
                 the file may be damaged",
                r.source.undecodable, r.source.encoding
            ),
        );
    }
    if r.source.traditional {
        warn(
            WarningCode::Traditional,
            format!(
                "{name} is written in traditional Chinese characters; govdiff read it \
                 with each written as its simplified character (quotes in the output are in \
                 simplified characters)"
            ),
        );
    }
    if r.commitments.is_empty() && r.targets.is_empty() {
        warn(
            WarningCode::NotAReport,
            format!(
                "{name}: no commitments or targets found; is it a government work \
                 report (政府工作报告)?"
            ),
        );
    }
    if let Some(mark) = continued_elsewhere(r) {
        warn(
            WarningCode::ContinuedElsewhere,
            format!(
                "{name}: the report continues on another page ({mark}) that this file \
                 does not hold; what is there is missing here and reads as removed in a \
                 comparison"
            ),
        );
    }
    if let Some(mark) = started_elsewhere(r) {
        warn(
            WarningCode::StartedElsewhere,
            format!(
                "{name}: the report begins on another page ({mark}) that this file does \
                 not hold, in the middle of its work plan; what is there is missing here and \
                 reads as added or removed in a comparison"
            ),
        );
    }
    out
}

/// What is odd about comparing `old` with `new`: what is odd about either report
/// ([`Report::warnings`]; the same file given twice warns once), the later year given
/// first, two different places, two different kinds of report.
pub fn pair_warnings(old: &Report, new: &Report) -> Vec<Warning> {
    let mut out = old.warnings.clone();
    for w in &new.warnings {
        if !out.contains(w) {
            out.push(w.clone());
        }
    }
    out.extend(order_warning(old, new));
    out.extend(place_warning(old, new));
    out.extend(kind_warning(old, new));
    out
}

/// What is odd about a set of reports read together (`govdiff trend`): each report's
/// warnings, and more than one place or kind among them (a trend of 北京市 2025 and 河南省
/// 2026 mixes two series; the places and kinds in file order, each once).
pub fn set_warnings(reports: &[Report]) -> Vec<Warning> {
    let mut out: Vec<Warning> = reports.iter().flat_map(|r| r.warnings.clone()).collect();
    let places = distinct(reports.iter().filter_map(|r| r.place.clone()));
    if places.len() > 1 {
        out.push(Warning {
            code: WarningCode::DifferentPlaces,
            file: None,
            message: format!("the reports are of different places: {}", places.join(", ")),
        });
    }
    let kinds = distinct(
        reports
            .iter()
            .filter_map(|r| Some(known_kind(r)?.name().to_string())),
    );
    if kinds.len() > 1 {
        out.push(Warning {
            code: WarningCode::DifferentKinds,
            file: None,
            message: format!("the reports are of different kinds: {}", kinds.join(", ")),
        });
    }
    out
}

/// Each of `items` once, in the order they first come.
fn distinct(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The kind of the report's selected document, unless it is of no kind told (`other`: a
/// page whose title was lost may still be the report).
fn known_kind(r: &Report) -> Option<DocumentKind> {
    r.documents
        .get(r.selected)
        .map(|d| d.kind)
        .filter(|&k| k != DocumentKind::Other)
}

/// How far (source bytes) from the selected document's end or start its own jump mark may
/// stand: the mark is furniture the cleaner dropped, so the document ends just before it or
/// starts just after it.
const JUMP_SLACK: usize = 32;

/// The jump mark （下转第2版） ending the selected document, when the file does not hold the
/// page it points to ([`crate::ingest::clean::continued_elsewhere`]): a newspaper page
/// saved alone. A mark further on (another article's) does not count.
fn continued_elsewhere(r: &Report) -> Option<String> {
    let d = r.documents.get(r.selected)?;
    let map = &r.clean.map;
    let (start, end) = (*map.get(d.span.start)?, *map.get(d.span.end)?);
    let (at, mark) = crate::ingest::clean::continued_elsewhere(&r.clean.source, start)?;
    (at <= end + JUMP_SLACK).then_some(mark)
}

/// The jump mark （上接第1版） opening the selected document, when the file does not hold the
/// page it comes from ([`crate::ingest::clean::started_elsewhere`]) and what is missing is
/// work plan: a commitment or target stands before the first part heading (a page that
/// starts inside the review, as the seeds do, loses nothing that is compared).
fn started_elsewhere(r: &Report) -> Option<String> {
    let d = r.documents.get(r.selected)?;
    let first_part = r
        .outline
        .iter()
        .find(|s| s.kind == SectionKind::Part)
        .map_or(d.span.end, |s| s.heading.start);
    let cut = r.commitments.iter().any(|c| c.span.start < first_part)
        || r.targets.iter().any(|t| t.span.start < first_part);
    if !cut {
        return None;
    }
    let map = &r.clean.map;
    let (start, end) = (*map.get(d.span.start)?, *map.get(first_part)?);
    crate::ingest::clean::started_elsewhere(&r.clean.source, start.saturating_sub(JUMP_SLACK), end)
}

/// A warning when the two reports are of different places (北京市 against 河南省): a pair
/// mixed up in a loop over many files compares two unrelated reports without it.
fn place_warning(old: &Report, new: &Report) -> Option<Warning> {
    let (o, n) = (old.place.clone()?, new.place.clone()?);
    (o != n).then(|| Warning {
        code: WarningCode::DifferentPlaces,
        file: None,
        message: format!("the reports are of different places: {o} (old) and {n} (new)"),
    })
}

/// A warning when the two reports are of different kinds (a CPPCC standing committee's
/// report against a government work report): their sections and tasks hardly pair, and the
/// comparison reads as a rewrite. Not when either is of no kind told ([`known_kind`]).
fn kind_warning(old: &Report, new: &Report) -> Option<Warning> {
    let (o, n) = (known_kind(old)?, known_kind(new)?);
    (o != n).then(|| Warning {
        code: WarningCode::DifferentKinds,
        file: None,
        message: format!(
            "the reports are of different kinds: {} (old) and {} (new); their sections \
             and tasks hardly pair",
            o.name(),
            n.name()
        ),
    })
}

/// A warning when the files look given in the wrong order: the old report is of a later
/// year than the new one (the comparison then reads backwards: every new task is one the
/// later year dropped). Not an error: comparing backwards can be meant.
fn order_warning(old: &Report, new: &Report) -> Option<Warning> {
    let (o, n) = (old.year?, new.year?);
    (o > n).then(|| Warning {
        code: WarningCode::YearsReversed,
        file: None,
        message: format!(
            "the old report is the {o} one and the new report the {n} one; \
             the comparison reads from {o} to {n} (swap the files to compare {n} → {o})"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> Report {
        crate::pipeline::parse_bytes(name, text.as_bytes(), &Default::default()).unwrap()
    }

    /// Each warning carries its code and the file it is about; the same file given twice
    /// warns once; the pair's own warnings name no file.
    #[test]
    fn warnings_carry_a_code_and_their_file() {
        let news = parse("news.txt", "太原召开会议。会议听取了有关情况汇报。");
        assert_eq!(
            news.warnings
                .iter()
                .map(|w| (w.code, w.file.as_deref()))
                .collect::<Vec<_>>(),
            [(WarningCode::NotAReport, Some("news.txt"))]
        );
        assert!(news.warnings[0]
            .to_string()
            .starts_with("warning: news.txt:"));
        assert_eq!(pair_warnings(&news, &news).len(), 1);

        let report = |year: i32| {
            parse(
                &format!("{year}.txt"),
                &format!(
                    "{year}年政府工作报告\n——{year}年1月10日在河南省第十四届人民代表大会上\n\
                     各位代表：\n{year}年主要预期目标是：地区生产总值增长5%左右。\n\
                     我们要新建学校10所。"
                ),
            )
        };
        let (old, new) = (report(2026), report(2025));
        assert!(old.warnings.is_empty(), "{:?}", old.warnings);
        let pair = pair_warnings(&old, &new);
        assert_eq!(
            pair.iter()
                .map(|w| (w.code, w.file.is_none()))
                .collect::<Vec<_>>(),
            [(WarningCode::YearsReversed, true)]
        );
        assert!(pair_warnings(&new, &old).is_empty());

        // A CPPCC standing committee's report against a government work report.
        let cppcc = parse(
            "cppcc.txt",
            "中国人民政治协商会议第十四届河南省委员会常务委员会工作报告\n各位委员：\n\
             一、2025年主要工作\n我们要围绕中心、服务大局，开展专题协商10次。",
        );
        let pair = pair_warnings(&cppcc, &new);
        assert_eq!(
            pair.iter().map(|w| w.code).collect::<Vec<_>>(),
            [WarningCode::DifferentKinds],
            "{pair:?}"
        );
        assert!(pair[0].message.contains("cppcc_report (old)"));
        let set = set_warnings(&[new.clone(), cppcc.clone(), old.clone()]);
        assert_eq!(
            set.iter().map(|w| w.code).collect::<Vec<_>>(),
            [WarningCode::DifferentKinds],
            "{set:?}"
        );
        assert!(set_warnings(&[new, old]).is_empty());
    }
}
