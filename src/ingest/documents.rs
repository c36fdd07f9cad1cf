//! Find the documents on a page (a page can hold a CPPCC report and a plan report together).
//!
//! A newspaper page or a web page often holds more than the report the user wants: the CPPCC
//! proposals report next to the plan report, resolutions and news articles around them. The
//! pipeline analyses one document, so this module finds each document by its title line and
//! tells what kind it is (文档类型).

use crate::model::{CleanText, DocumentInfo, DocumentKind, Span};

/// A paragraph of the cleaned text and its span.
struct Line<'a> {
    text: &'a str,
    span: Span,
}

/// A document start found so far.
struct Start {
    line: usize,
    kind: DocumentKind,
    title: String,
}

/// Every document in the cleaned text, in order. Spans are non-overlapping and cover the text
/// from the first document's title on (a short preamble of menus and bylines before the first
/// title belongs to the first document; one with a full sentence is a document of its own).
/// A page without any title line is one document: a government work report when it reads
/// like one (各位代表 + this year's plans), else `Other`.
pub fn find_documents(clean: &CleanText) -> Vec<DocumentInfo> {
    let lines = lines(&clean.text);
    if lines.is_empty() {
        return Vec::new();
    }
    let starts = document_starts(&lines);
    let Some(first) = starts.first() else {
        return end_at_final_appeals(&lines, untitled_page(&clean.text, &lines));
    };
    let mut docs = Vec::new();
    let first_start = lines[first.line].span.start;
    let preamble = Span::new(0, first_start.saturating_sub(1));
    // A preamble of menus and bylines belongs to the first document; one that is long, or
    // says something in full sentences (a news lede: "本报讯…会议开幕。"), is a document of
    // its own, so its figures are not read as the report's.
    let preamble_text = clean.text.get(..first_start).unwrap_or("");
    let long_preamble = preamble_text.chars().count() >= 300 || preamble_text.contains('。');
    if first.line > 0 && long_preamble {
        docs.push(untitled(&clean.text, preamble));
    }
    for (k, s) in starts.iter().enumerate() {
        let start = if k == 0 && !long_preamble {
            0
        } else {
            lines[s.line].span.start
        };
        let end = match starts.get(k + 1) {
            Some(next) => lines[next.line].span.start.saturating_sub(1),
            None => clean.text.len(),
        };
        docs.push(DocumentInfo {
            kind: s.kind,
            title: s.title.clone(),
            span: Span::new(start, end.max(start)),
        });
    }
    end_at_final_appeals(&lines, docs)
}

/// Each report ends at its final appeal ([`crate::outline::text::final_appeal`]) unless an
/// appendix follows it: what a page sets after the appeal otherwise is the site's (the
/// districts' news of how they studied the report, under a banner, in a table that a
/// converter set as text) and becomes a document of its own, so its words are not the
/// report's terms.
fn end_at_final_appeals(lines: &[Line<'_>], docs: Vec<DocumentInfo>) -> Vec<DocumentInfo> {
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        let inside: Vec<&Line<'_>> = lines
            .iter()
            .filter(|l| doc.span.start <= l.span.start && l.span.end <= doc.span.end)
            .collect();
        let appeal = (doc.kind != DocumentKind::Other)
            .then(|| {
                inside
                    .iter()
                    .rposition(|l| crate::outline::text::final_appeal(l.text.trim()))
            })
            .flatten();
        // Text the appeal is followed by, when no appendix follows it: neither a list without
        // a title right after it nor an appendix's title anywhere after it (a few lines the
        // page set between, notes it did not read as notes, may come first).
        let rest = appeal
            .filter(|&k| {
                let after = &inside[k + 1..];
                after
                    .first()
                    .is_some_and(|l| super::clean::heading_label_len(l.text.trim()).is_none())
                    && !after.iter().any(|l| is_appendix_title(l.text.trim()))
            })
            .map(|k| (inside[k], inside[k + 1]));
        match rest {
            Some((appeal, next)) => {
                let title: String = next.text.trim().chars().take(30).collect();
                out.push(DocumentInfo {
                    span: Span::new(doc.span.start, appeal.span.end),
                    ..doc
                });
                out.push(DocumentInfo {
                    kind: DocumentKind::Other,
                    title,
                    span: Span::new(next.span.start, doc.span.end),
                });
            }
            None => out.push(doc),
        }
    }
    out
}

/// An appendix's title: 附件1, 附：名词解释, 2026年省十件民生实事, 注释.
fn is_appendix_title(line: &str) -> bool {
    const KEYWORDS: [&str; 6] = ["名词解释", "注释", "注：", "说明", "民生实事", "附表"];
    let short = line.chars().count() <= 40 && !line.contains('。');
    short && (line.starts_with('附') || KEYWORDS.iter().any(|k| line.contains(k)))
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for l in text.split('\n') {
        if !l.is_empty() {
            out.push(Line {
                text: l,
                span: Span::new(pos, pos + l.len()),
            });
        }
        pos += l.len() + 1;
    }
    out
}

/// A page without a title line: one document, or, when a work report's salutation
/// (各位代表：) follows a preamble that says something in full sentences (a news lede whose
/// page lost the report's title), the lede and the report from its salutation on.
fn untitled_page(text: &str, lines: &[Line<'_>]) -> Vec<DocumentInfo> {
    let whole = untitled(text, Span::new(0, text.len()));
    let salutation = lines.iter().position(|l| {
        l.text.starts_with("各位代表")
            && l.text.chars().count() <= 8
            && l.text.ends_with(['：', ':'])
    });
    let Some(k) = salutation.filter(|&k| k > 0) else {
        return vec![whole];
    };
    let start = lines[k].span.start;
    let preamble = &text[..start];
    if whole.kind != DocumentKind::GovernmentWorkReport
        || !preamble.contains('。')
        || preamble.len() * 5 > text.len()
    {
        return vec![whole];
    }
    vec![
        untitled(text, Span::new(0, start - 1)),
        untitled(text, Span::new(start, text.len())),
    ]
}

/// A document without a title line.
fn untitled(text: &str, span: Span) -> DocumentInfo {
    let body = text.get(span.start..span.end).unwrap_or("");
    if looks_like_work_report(body) {
        return DocumentInfo {
            kind: DocumentKind::GovernmentWorkReport,
            title: "政府工作报告".into(),
            span,
        };
    }
    let title: String = body.lines().next().unwrap_or("").chars().take(30).collect();
    DocumentInfo {
        kind: DocumentKind::Other,
        title,
        span,
    }
}

/// Text that reads like a government work report: addressed to deputies, with this year's plans.
fn looks_like_work_report(body: &str) -> bool {
    body.contains("各位代表")
        && ["工作安排", "今年", "政府工作", "主要预期目标"]
            .iter()
            .any(|w| body.contains(w))
}

/// Characters after a report's title within which a line is still part of its title block
/// (dateline, speaker): a dateline runs to about 60.
const TITLE_BLOCK_CHARS: usize = 150;

/// The lines that open a document, with kind and title.
fn document_starts(lines: &[Line<'_>]) -> Vec<Start> {
    let mut starts: Vec<Start> = Vec::new();
    // Characters since the current document's title: a same-kind title soon after another
    // is the dateline of the same report ("…会议上…作政府工作报告").
    let mut body_chars = 0usize;
    // Whether a line since the current document's title holds a sentence.
    let mut body_sentence = false;
    // Whether the current report has made its closing appeal.
    let mut closed = false;
    // Whether the current document has addressed its audience (各位代表：): until then a
    // news article may still open (a page whose <title> names a report it does not hold).
    let mut opened = false;
    for (i, line) in lines.iter().enumerate() {
        let current = starts.last().map(|s| s.kind);
        if let Some((kind, title)) = report_title(line.text) {
            // Titles of other kinds (决议, 审查情况的报告) split like news articles.
            let same = current == Some(kind)
                && !(kind == DocumentKind::Other && is_article_title(lines, i));
            // In a report's title block (a few short lines, no sentence yet) a line ending on
            // 报告 is the title cut by the page ("…会议的政府" + "工作报告"), not a new one.
            let in_title_block = current.is_some_and(|c| c != DocumentKind::Other)
                && kind == DocumentKind::Other
                && body_chars < TITLE_BLOCK_CHARS;
            let opens_again = same
                && body_chars >= 2000
                && lines[i + 1..]
                    .iter()
                    .take(4)
                    .any(|l| l.text.starts_with("各位代表") || l.text.starts_with("各位委员"));
            if (!same && !in_title_block) || opens_again {
                // A title after another with no sentence between (a page's <title> and its
                // menu, before the article's own title) is the one the text goes with.
                if !body_sentence && body_chars < TITLE_BLOCK_CHARS {
                    starts.pop();
                }
                starts.push(Start {
                    line: i,
                    kind,
                    title,
                });
                body_chars = 0;
                body_sentence = false;
                closed = false;
                opened = false;
                continue;
            }
        } else if current == Some(DocumentKind::Other) && opens_untitled_report(lines, i) {
            // A report printed without its title after a news article (各位代表：/现在，我代表
            // 国务院，向大会报告政府工作…): the address opens it.
            starts.push(Start {
                line: i,
                kind: DocumentKind::GovernmentWorkReport,
                title: UNTITLED_REPORT.to_string(),
            });
            body_chars = 0;
            body_sentence = false;
            closed = false;
            opened = true;
            continue;
        } else if (matches!(current, None | Some(DocumentKind::Other)) || closed || !opened)
            && is_article_title(lines, i)
        {
            // News articles split a page only outside a recognised report, before it
            // addresses its audience, or after its closing appeal (a page that runs a news
            // story after the report). A report's title with nothing under it gives way.
            if current.is_some_and(|c| c != DocumentKind::Other)
                && !body_sentence
                && body_chars < TITLE_BLOCK_CHARS
            {
                starts.pop();
            }
            starts.push(Start {
                line: i,
                kind: DocumentKind::Other,
                title: line.text.to_string(),
            });
            body_chars = 0;
            body_sentence = false;
            closed = false;
            opened = false;
            continue;
        }
        body_chars += line.text.chars().count();
        let addressed = line.text.starts_with("各位代表")
            || line.text.starts_with("各位委员")
            || (i > 0 && crate::outline::text::bare_address(lines[i - 1].text));
        opened |= addressed;
        closed |= is_closing_appeal(line.text) || (addressed && calls_to_strive(line.text));
        body_sentence |= line.text.contains(['。', '！', '？']);
    }
    starts
}

/// A report title line (…政府工作报告, 政协…常务委员会工作报告, …提案工作情况的报告,
/// …国民经济和社会发展计划…的报告, …预算…报告) and its kind. A dateline joined to the title
/// ("政府工作报告——2024年3月5日在…") keeps only the title.
pub(crate) fn report_title(line: &str) -> Option<(DocumentKind, String)> {
    let head = line.split("——").next().unwrap_or(line).trim();
    if head.is_empty()
        || head.chars().count() > 90
        || head.contains(['。', '；', '！', '？', '：', ':'])
    {
        return None;
    }
    // A trailing note in brackets: （摘要）, (草案), （全文）.
    let core = match head
        .ends_with(['）', ')'])
        .then(|| head.rfind(['（', '(']))
        .flatten()
    {
        Some(open) => head[..open].trim_end(),
        None => head,
    };
    // The plan itself, as a city publishes it once adopted (某市2025年国民经济和社会发展计划,
    // under a notice that issues it): a plan report in all but its name.
    // Its title is a place and a year before the name; a heading (（三）…) or a sentence
    // (大会批准2025年…计划) is not one.
    if let Some(place_year) = core.strip_suffix("国民经济和社会发展计划") {
        let titled = place_year.ends_with('年')
            && !place_year.starts_with("关于")
            && super::clean::heading_label_len(place_year).is_none()
            && !["批准", "通过", "审议", "执行", "落实", "完成", "实施"]
                .iter()
                .any(|w| place_year.contains(w));
        return titled.then(|| (DocumentKind::PlanReport, head.to_string()));
    }
    if !core.ends_with("报告") {
        return None;
    }
    // "…作政府工作报告" is a dateline (who delivered it), not a title.
    if core.ends_with("作政府工作报告") && core.chars().count() > 20 {
        return None;
    }
    let kind = if core.contains("提案") {
        if core.contains("提案工作") {
            DocumentKind::ProposalReport
        } else {
            DocumentKind::Other
        }
    } else if (core.contains("政协") || core.contains("政治协商")) && core.contains("常务委员会")
    {
        DocumentKind::CppccReport
    } else if core.contains("国民经济和社会发展") {
        DocumentKind::PlanReport
    } else if core.contains("预算") {
        DocumentKind::BudgetReport
    } else if core.ends_with("政府工作报告") {
        DocumentKind::GovernmentWorkReport
    } else {
        DocumentKind::Other
    };
    Some((kind, head.to_string()))
}

/// A report's closing appeal (各位代表！…让我们…不懈奋斗！, or after a bare 各位代表！ line):
/// a call with 让我们 ending on an exclamation mark. After it a report has only its
/// appendices, and a news article may follow on the page.
fn is_closing_appeal(line: &str) -> bool {
    line.contains("让我们") && line.trim_end_matches(['”', '"']).ends_with(['！', '!'])
}

/// The call a closing appeal ends on, in a paragraph that opens on 各位代表 or follows a
/// bare 各位代表！ (…为全面建设社会主义现代化四川努力奋斗！, its mark perhaps lost: …不懈奋斗。
/// or cut at the page's end): 让我们…, or 奋斗 as its last word.
fn calls_to_strive(line: &str) -> bool {
    line.contains("让我们")
        || line
            .trim_end_matches(['。', '！', '!', '”', '"', ' '])
            .ends_with("奋斗")
}

/// The title given a government work report printed without one.
const UNTITLED_REPORT: &str = "政府工作报告";

/// Whether line `i` is the address that opens a government work report
/// (各位代表：, then 现在，我代表省人民政府，向大会报告工作 or …作政府工作报告).
fn opens_untitled_report(lines: &[Line<'_>], i: usize) -> bool {
    let Some(next) = lines.get(i + 1).map(|l| l.text) else {
        return false;
    };
    lines[i].text.starts_with("各位代表")
        && crate::outline::text::bare_address(lines[i].text)
        && next.contains("我代表")
        && (next.contains("人民政府") || next.contains("国务院"))
        && next.contains("向大会")
        && next.contains("报告")
}

/// A news article title: a short line without sentence punctuation, followed by a subtitle
/// (——…), a lead (本报讯…) or a dateline in brackets.
fn is_article_title(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text;
    if t.chars().count() > 60
        || t.starts_with("——")
        || t.starts_with(['（', '('])
        || t.contains(['。', '，', '；', '！', '？', '：', ',', ';', '!', '?', ':'])
        || super::clean::heading_label_len(t).is_some()
    {
        return false;
    }
    let Some(next) = lines.get(i + 1).map(|l| l.text) else {
        return false;
    };
    let dateline = next.starts_with(['（', '('])
        && next.chars().count() <= 60
        && next.chars().any(crate::text::is_digit)
        && !next.contains(['。', '，']);
    next.starts_with("——") || next.starts_with("本报讯") || dateline
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean;

    fn docs(src: &str) -> (CleanText, Vec<DocumentInfo>) {
        let c = clean(src);
        let d = find_documents(&c);
        let mut last_end = 0;
        for doc in &d {
            assert!(
                doc.span.start >= last_end
                    && doc.span.start <= doc.span.end
                    && doc.span.end <= c.text.len()
            );
            assert!(
                c.text.is_char_boundary(doc.span.start) && c.text.is_char_boundary(doc.span.end)
            );
            last_end = doc.span.end;
        }
        (c, d)
    }

    fn kinds(d: &[DocumentInfo]) -> Vec<DocumentKind> {
        d.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn report_titles_and_kinds() {
        use DocumentKind::*;
        let cases = [
            ("政府工作报告", Some(GovernmentWorkReport)),
            ("2026年四川省人民政府工作报告", Some(GovernmentWorkReport)),
            ("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上", Some(GovernmentWorkReport)),
            ("中国人民政治协商会议第十四届山西省太原市委员会常务委员会工作报告", Some(CppccReport)),
            ("中国人民政治协商会议第十四届山西省太原市委员会常务委员会关于十四届三次会议以来提案工作情况的报告", Some(ProposalReport)),
            ("关于太原市2024年国民经济和社会发展规划执行情况与2025年国民经济和社会发展规划草案的报告（摘要）", Some(PlanReport)),
            ("关于2024年预算执行情况与2025年预算草案的报告", Some(BudgetReport)),
            ("某市2024年国民经济和社会发展计划", Some(PlanReport)),
            ("某市人民政府关于印发某市2024年国民经济和社会发展计划的通知", None),
            ("（三）2025年国民经济和社会发展计划", None),
            ("大会批准2025年国民经济和社会发展计划", None),
            ("中国人民政治协商会议 第十四届山西省太原市委员会第四次会议 关于提案工作情况报告的决议", None),
            ("2025年1月20日在山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告", None),
            ("现在，我代表省人民政府，向大会报告工作。", None),
        ];
        for (line, want) in cases {
            assert_eq!(report_title(line).map(|r| r.0), want, "{line}");
        }
    }

    #[test]
    fn two_reports_on_one_page() {
        let src = "政协太原市委员会常务委员会关于提案工作情况的报告\n——在政协会议上\n各位委员：\n一、2024年提案工作情况\n提案711件。\n关于2024年国民经济和社会发展计划执行情况的报告（摘要）\n——2025年2月25日在会议上\n一、2024年执行情况\n增长5%。";
        let (c, d) = docs(src);
        assert_eq!(
            kinds(&d),
            vec![DocumentKind::ProposalReport, DocumentKind::PlanReport]
        );
        assert!(c.slice(d[0].span).ends_with("提案711件。"));
        assert!(c.slice(d[1].span).starts_with("关于2024年国民经济"));
        assert!(c.slice(d[1].span).ends_with("增长5%。"));
    }

    /// A page whose <title> names one report and whose article is another's (probed: the
    /// CPPCC reports as web pages titled 政府工作报告): the title with no sentence after it
    /// is no document of its own.
    #[test]
    fn a_title_with_no_text_gives_way_to_the_next() {
        let src = "政府工作报告\n首页 | 政务\n政协太原市委员会常务委员会工作报告\n——在政协会议上\n\
                   各位委员：\n一、2024年工作回顾\n提案711件。";
        let (c, d) = docs(src);
        assert_eq!(kinds(&d), vec![DocumentKind::CppccReport]);
        assert!(c.slice(d[0].span).ends_with("提案711件。"));
    }

    /// A news story after the report (probed: a page running one after each corpus report;
    /// 14 of 28 read back unchanged before): it splits off after the closing appeal, and a
    /// line shaped like an article's title before it stays the report's.
    #[test]
    fn an_article_after_the_closing_appeal_is_its_own() {
        let src = "政府工作报告\n各位代表：\n一、2024年工作回顾\n经济增长5%。\n主要预期目标\n\
                   ——地区生产总值增长5%左右。\n各位代表！\n\
                   大道至简，实干为要。让我们团结奋斗，谱写新篇章！\n\
                   挺起产业硬脊梁 澎湃发展新动能\n——代表委员围绕产业发展建言献策\n\
                   传统产业如何转型升级？代表委员热议。";
        let (c, d) = docs(src);
        assert_eq!(
            kinds(&d),
            vec![DocumentKind::GovernmentWorkReport, DocumentKind::Other]
        );
        assert!(c.slice(d[0].span).contains("——地区生产总值增长5%左右。"));
        assert!(c.slice(d[0].span).ends_with("谱写新篇章！"));
        assert_eq!(d[1].title, "挺起产业硬脊梁 澎湃发展新动能");
        // The appeal after a bare address, its exclamation mark lost; a sentence of the
        // review on 奋斗 after an address does not close the report.
        for (appeal, closes) in [
            ("我们要团结一心，为全面建设社会主义现代化国家不懈奋斗", true),
            ("大道至简，实干为要。让我们团结一心，谱写新篇章。", true),
            ("这些成绩的取得，是全省人民团结奋斗的结果。", false),
        ] {
            let src = format!(
                "政府工作报告\n各位代表：\n一、2024年工作回顾\n经济增长5%。\n各位代表！\n{appeal}\n\
                 挺起产业硬脊梁 澎湃发展新动能\n——代表委员围绕产业发展建言献策\n\
                 传统产业如何转型升级？代表委员热议。"
            );
            let (_, d) = docs(&src);
            assert_eq!(d.len(), if closes { 2 } else { 1 }, "{appeal}");
        }
        // The address opening the appeal's own line, no 让我们, and the report's glossary
        // after it (Sichuan 2025).
        let src = "政府工作报告\n各位代表：\n一、2024年工作回顾\n经济增长5%。\n\
                   各位代表！迎接风险挑战，惟有无畏前行。我们要坚定信心，为全面建设社会主义现代化四川努力奋斗！\n\
                   名词解释\n1.“两重”：指国家重大战略实施和重点领域安全能力建设。\n\
                   挺起产业硬脊梁 澎湃发展新动能\n——代表委员围绕产业发展建言献策\n\
                   传统产业如何转型升级？代表委员热议。";
        let (c, d) = docs(src);
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(c.slice(d[0].span).ends_with("重点领域安全能力建设。"));
    }

    /// What a page sets after a report's final appeal (让我们…团结在以习近平同志为核心的…！)
    /// is not the report's unless it is an appendix: Taiyuan 2025's page goes on with the
    /// districts' news under a banner, set as plain lines by a converter.
    #[test]
    fn a_report_ends_at_its_final_appeal() {
        let report = "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n二、2025年工作安排\n\
                      今年发展主要预期目标是：地区生产总值增长5%左右。\n\
                      各位代表，耕者下力、即是福田。让我们更加紧密地团结在以习近平同志为核心的\
                      党中央周围，奋力谱写中国式现代化太原新篇章！";
        let news = "建设国家区域中心城市 再现“锦绣太原城”盛景\n杏花岭区\n\
                    2月28日，杏花岭区委常委会召开扩大会议，传达学习贯彻市两会精神。";
        for page in [
            format!("政府工作报告\n{report}\n{news}"),
            format!("{report}\n{news}"),
        ] {
            let (c, d) = docs(&page);
            assert_eq!(
                kinds(&d),
                vec![DocumentKind::GovernmentWorkReport, DocumentKind::Other],
                "{page}"
            );
            assert!(c.slice(d[0].span).ends_with("太原新篇章！"));
            assert_eq!(d[1].title, "建设国家区域中心城市 再现“锦绣太原城”盛景");
            assert_eq!(d[1].span.end, c.text.len());
        }
        // An appendix after the appeal stays the report's, headed or not, and so does one
        // after a line the page set between (a note not read as one).
        for appendix in [
            "[21]“两重”：指国家重大战略实施和重点领域安全能力建设。\n附件1\n2026年十件民生实事\n一、提高低保标准。",
            "附件1\n2026年十件民生实事\n一、提高低保标准。",
            "名词解释\n1.“两重”：指国家重大战略实施和重点领域安全能力建设。",
            "2026年市十件民生实事\n1.新建养老床位1000张。",
            "1.“两新”：指大规模设备更新和消费品以旧换新。",
        ] {
            let (_, d) = docs(&format!("政府工作报告\n{report}\n{appendix}"));
            assert_eq!(
                kinds(&d),
                vec![DocumentKind::GovernmentWorkReport],
                "{appendix}"
            );
        }
        // A review that says the city stood united is no appeal: the report goes on.
        let (_, d) = docs(&format!(
            "政府工作报告\n各位代表：\n一、2024年工作回顾\n\
             全市上下紧密团结在以习近平同志为核心的党中央周围，经济增长5%。\n\
             我们牢记嘱托，让我们的城市更美好。\n{news}"
        ));
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
    }

    /// A page whose <title> names the report but holds news about it; and a news article
    /// before a report printed without its title.
    #[test]
    fn a_report_title_over_news_and_an_untitled_report_after_it() {
        let news = "挺起产业硬脊梁 澎湃发展新动能\n——代表委员围绕产业发展建言献策\n\
                    传统产业如何转型升级？代表委员热议。\n\
                    加快发展低空经济 塑造发展新优势\n——代表委员谈低空经济\n\
                    低空经济是新质生产力的代表。";
        let (_, d) = docs(&format!("政府工作报告\n{news}"));
        assert_eq!(kinds(&d), vec![DocumentKind::Other, DocumentKind::Other]);
        assert_eq!(d[0].title, "挺起产业硬脊梁 澎湃发展新动能");
        let report = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\
                      一、2024年工作回顾\n经济增长5%。";
        let (c, d) = docs(&format!("{news}\n{report}"));
        assert_eq!(
            kinds(&d),
            vec![
                DocumentKind::Other,
                DocumentKind::Other,
                DocumentKind::GovernmentWorkReport
            ]
        );
        assert!(c.slice(d[2].span).starts_with("各位代表："));
        // An address inside a report that has opened is no new report.
        let (_, d) = docs(&format!(
            "政府工作报告\n{report}\n各位代表：\n现在，我代表省人民政府，向大会报告工作。"
        ));
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
    }

    #[test]
    fn untitled_pages() {
        let (_, d) = docs("各位代表：\n现在，我代表国务院报告工作。\n二、2025年工作安排\n今年发展主要预期目标是。");
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
        let (_, d) = docs("今天天气很好。\n我们去公园。");
        assert_eq!(kinds(&d), vec![DocumentKind::Other]);
        assert_eq!(d[0].title, "今天天气很好。");
        assert!(find_documents(&clean("")).is_empty());
    }

    #[test]
    fn dateline_does_not_split_report() {
        let src = "2025年山东省政府工作报告\n2025年1月20日在山东省第十四届人民代表大会第三次会议上山东省省长周乃翔作政府工作报告\n各位代表：\n今年工作安排如下。";
        let (c, d) = docs(src);
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
        assert_eq!(d[0].span, Span::new(0, c.text.len()));
        assert_eq!(d[0].title, "2025年山东省政府工作报告");
    }

    /// A dateline the page cut just before 工作报告 leaves a line that reads like a title of
    /// another kind; inside the title block it is part of the report (Shanghai 2025 broken at
    /// random).
    #[test]
    fn cut_dateline_does_not_split_report() {
        let src = "2025年上海市政府工作报告\n——2025年1月15日龚正市长在上海市第十六届人民代表大会\n\
                   第三次会议的政府\n工作报告\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。";
        let (c, d) = docs(src);
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
        assert_eq!(d[0].span, Span::new(0, c.text.len()));
    }

    #[test]
    fn news_articles_split() {
        let src = "挺起产业硬脊梁 澎湃发展新动能\n——代表委员围绕产业发展建言献策\n正文一。\n统筹教育培训和就业\n本报讯 2月25日，委员提出建议。\n关于常务委员会工作报告的决议\n（2025年2月26日会议通过）\n会议批准报告。";
        let (_, d) = docs(src);
        let titles: Vec<&str> = d.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(
            titles,
            vec![
                "挺起产业硬脊梁 澎湃发展新动能",
                "统筹教育培训和就业",
                "关于常务委员会工作报告的决议"
            ]
        );
        assert!(d.iter().all(|d| d.kind == DocumentKind::Other));
    }

    fn seed(name: &str) -> Option<String> {
        let p = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds"))
            .join(name);
        std::fs::read_to_string(p).ok()
    }

    #[test]
    fn news_lede_before_an_untitled_report() {
        let body: String = (1..9)
            .map(|k| format!("第{k}项工作：今年发展主要预期目标是经济增长5%左右。\n"))
            .collect();
        let src = format!("本报讯 3月5日上午，全国人大会议开幕。会议应出席代表2900人。\n各位代表：\n现在，我代表国务院报告工作。\n{body}");
        let (c, d) = docs(&src);
        assert_eq!(
            kinds(&d),
            vec![DocumentKind::Other, DocumentKind::GovernmentWorkReport]
        );
        assert!(c.text[d[1].span.start..].starts_with("各位代表"));
        // A report whose page has no title and no lede stays whole.
        let (_, d) = docs(
            "各位代表：\n现在，我代表国务院报告工作。\n今年发展主要预期目标是：经济增长5%左右。",
        );
        assert_eq!(kinds(&d), vec![DocumentKind::GovernmentWorkReport]);
    }

    #[test]
    fn news_lede_before_the_report_is_its_own_document() {
        let src = "本报讯 3月5日上午，省人大会议开幕。会议应出席代表700人。\n2026年河南省政府工作报告\n——2026年1月20日在河南省第十四届人民代表大会第四次会议上\n各位代表：\n今年经济增长5%左右。";
        let (_, d) = docs(src);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[1].kind, DocumentKind::GovernmentWorkReport);
        // Menus and bylines before the title stay with it.
        let (_, d) = docs("首页 > 政务公开\n2026年河南省政府工作报告\n——2026年1月20日在会议上\n各位代表：\n今年经济增长5%左右。");
        assert_eq!(d.len(), 1, "{d:?}");
    }

    #[test]
    fn corpus_reports_are_one_work_report() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("../shared/corpus not found; skipping");
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let (c, d) = docs(&src);
            assert_eq!(
                kinds(&d),
                vec![DocumentKind::GovernmentWorkReport],
                "{path:?}"
            );
            assert_eq!(d[0].span, Span::new(0, c.text.len()), "{path:?}");
        }
    }

    #[test]
    fn seed_documents() {
        let Some(two) = seed("taiyuan-2025-cppcc-proposals-and-plan-report.txt") else {
            eprintln!("../shared/seeds not found; skipping");
            return;
        };
        let (c, d) = docs(&two);
        assert_eq!(
            kinds(&d),
            vec![DocumentKind::ProposalReport, DocumentKind::PlanReport]
        );
        assert!(c
            .slice(d[1].span)
            .starts_with("关于太原市2024年国民经济和社会发展规划"));
        if let Some(news) = seed("taiyuan-2025-two-sessions-news.txt") {
            let (_, d) = docs(&news);
            assert!(d.len() >= 3, "news page: {} documents", d.len());
            assert!(d.iter().all(|d| d.kind == DocumentKind::Other));
        }
        // The 2025 report's page ends on a banner over the districts' news.
        if let Some(src) = seed("taiyuan-2025-government-work-report.txt") {
            let (c, d) = docs(&src);
            let name = "taiyuan-2025-government-work-report.txt";
            assert_eq!(
                kinds(&d),
                vec![DocumentKind::GovernmentWorkReport, DocumentKind::Other],
                "{name}"
            );
            assert!(c.slice(d[0].span).ends_with("太原新篇章！"), "{name}");
            assert!(c.slice(d[1].span).contains("锦绣太原城"), "{name}");
        }
        for (name, kind) in [
            (
                "taiyuan-2026-government-work-report.txt",
                DocumentKind::GovernmentWorkReport,
            ),
            (
                "taiyuan-2025-cppcc-standing-committee-report.txt",
                DocumentKind::CppccReport,
            ),
        ] {
            let Some(src) = seed(name) else { continue };
            let (c, d) = docs(&src);
            assert_eq!(kinds(&d), vec![kind], "{name}");
            assert_eq!(d[0].span, Span::new(0, c.text.len()), "{name}");
        }
    }
}
