//! Where the last work area of a part ends (末尾段落归属): the paragraphs that close a part are
//! the part's, not its last area's.
//!
//! Why: a review part (一、…工作回顾) ends with paragraphs about the whole year: the
//! government's own work (一年来，我们…), the summing-up (各位代表，回顾过去的一年…这些成绩的
//! 取得，根本在于…) and the problems (在肯定成绩的同时，我们也清醒地看到…). Without a heading
//! after them they fell into the last area (（八）各类风险有序化解), and because every year's
//! last area then carried the same closing text, section alignment paired last areas by that
//! text rather than by their own. Plan parts end the same way with the closing appeal
//! (各位代表！…让我们…奋斗) and, in the national reports, bare `各位代表！` paragraphs that open
//! the government-building, defence and diplomacy paragraphs.
//!
//! Rules, each cutting the last area of a part before a paragraph after its heading paragraph
//! (the earliest cut wins):
//! - **One-paragraph areas** (一段一方面): when the part's areas (of the last group, at least
//!   two before the last) each take exactly one paragraph, run-in title and body together, and
//!   the last one opens the same way, the last one is one paragraph too.
//! - **Closing appeal** (结束语): the document's closing appeal paragraph, or a bare `各位代表！`
//!   paragraph, is never an area's.
//! - **Coda** (其他工作): a paragraph on support for the armed forces (国防, 军政军民团结) or on
//!   the government's own building (对政府工作提出新的更高要求, 加强政府自身建设, 做好政府工作，
//!   必须…), named in its
//!   first 40 chars, ends the last area: the corpus reports put these after their last area,
//!   review and plan alike, while where they fall relative to a `各位代表` varies from year to
//!   year (so cutting at the address alone makes one year's paragraph the area's and the next
//!   year's the part's). An address whose first 60 chars name the government (各位代表！…全省
//!   各级政府及其工作人员，一定要…; 各位代表！建设人民满意的政府，…) is the coda too, with the
//!   run-ins after it. Not when the paragraph is a run-in heading of the area
//!   (支持国防和军队现代化。…) or the area is itself about defence or the government. Hubei
//!   2026 is the exception seen: its defence sentences close its security area, which is not
//!   the last, so they stay that area's while Hubei 2025's, after its last area, are the part's.
//! - **Review closing** (回顾结语): a paragraph opening with 各位代表 or holding a summing-up or
//!   problems cue (来之不易, 根本在于, 这些成绩, 在肯定成绩的同时, 我们也清醒认识到, 回顾过去…),
//!   when such a cue occurs in it or after it in the part (so a plan part's 各位代表！民生问题…
//!   paragraph is left alone). The paragraphs just before it, or before a bare `各位代表！`,
//!   that open with a span of time (一年来, 过去一年, 五年来, ——这五年, 与此同时) or state what
//!   the year was (2025年是“十四五”收官之年。) are the part's too: they sum up the year's
//!   other work, the government's own and, in a plan period's last year, the five years.

use super::text::{chars, prefix_chars, Paragraph};
use super::{area_label, level, runin_at_start, slice, Heading};
use crate::model::SectionKind;

/// Phrases of a review's summing-up or problems paragraph.
const SUMMING_UP: &[&str] = &[
    "来之不易",
    "殊为不易",
    "根本在于",
    "这些成绩",
    "成绩的取得",
    "成就的取得",
    "在肯定成绩的同时",
    "在看到成绩的同时",
    "在看到发展成就的同时",
    "清醒认识到",
    "清醒地认识到",
    "清醒看到",
    "清醒地看到",
    "回顾过去",
    "回望过去",
    "回首过往",
    "回首过去",
];

/// Openings of a paragraph that sums up a span of time rather than one area's work.
const TIME_SPAN: &[&str] = &[
    "一年来",
    "过去一年",
    "过去的一年",
    "五年来",
    "过去五年",
    "这五年",
    "与此同时",
];

/// Whether a paragraph sums up a span of time: it opens with a [`TIME_SPAN`] word (after the
/// dash of a ——这五年，… line) or states what a year was (2025年是“十四五”收官之年。).
fn sums_up_time(s: &str) -> bool {
    let s = s.trim_start_matches(['—', '─', '-']);
    let year_is = s.len() > 7
        && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && s[4..].starts_with("年是");
    year_is || TIME_SPAN.iter().any(|w| s.starts_with(w))
}

/// Words of the coda a report puts after its last work area (review or plan): support for the
/// armed forces (国防, 军政军民团结, 驻军大省) and the government's own building (对政府工作提出
/// 新的更高要求, 加强政府自身建设). Looked for in a paragraph's first [`CODA_CHARS`] chars.
const DEFENCE: &[&str] = &["国防", "军政军民", "驻军"];
const SELF_BUILDING: &[&str] = &[
    "对政府工作提出",
    "政府自身建设",
    "加强自身建设",
    // 各位代表！做好政府工作，必须坚持和加强党的全面领导… (Zhejiang 2025).
    "政府工作，必须",
];
const CODA_CHARS: usize = 40;

/// How far into an address paragraph (各位代表！…) the government is looked for as its subject
/// (…全省各级政府及其工作人员，一定要…): the coda on the government's own conduct.
const ADDRESS_TO_GOVERNMENT_CHARS: usize = 60;

/// The least body (chars after the title) for an area paragraph to count as title + body.
const RUN_IN_BODY: usize = 20;

/// Set the end of the last area of every part (see the module doc). `closing` is the index in
/// `paras` of the closing appeal paragraph.
pub(super) fn close_last_areas(
    t: &str,
    paras: &[Paragraph],
    heads: &mut [Heading],
    closing: Option<usize>,
) {
    let para_of = |pos: usize| {
        paras
            .partition_point(|p| p.span.start <= pos)
            .checked_sub(1)
    };
    let tops: Vec<usize> = (0..heads.len())
        .filter(|&k| level(heads[k].kind) == level(SectionKind::Part))
        .collect();
    for (b, &k) in tops.iter().enumerate() {
        if heads[k].kind != SectionKind::Part {
            continue;
        }
        let next = tops.get(b + 1).copied();
        let end_para = next
            .and_then(|n| para_of(heads[n].heading.start))
            .unwrap_or(paras.len())
            .min(paras.len());
        let areas: Vec<usize> = (k + 1..next.unwrap_or(heads.len()))
            .filter(|&j| heads[j].kind == SectionKind::Area)
            .collect();
        let Some(&last) = areas.last() else {
            continue;
        };
        // The last group: the areas since the last restart at （一）.
        let from = areas
            .iter()
            .rposition(|&j| area_label(&heads[j].label).map(|(n, _)| n) == Some(1))
            .unwrap_or(0);
        let group = &areas[from..];
        let Some(first) = para_of(heads[last].heading.start) else {
            continue;
        };
        let starts: Vec<Option<usize>> = group
            .iter()
            .map(|&j| para_of(heads[j].heading.start))
            .collect();
        let one_paragraph = group.len() >= 3
            && starts.windows(2).all(|w| match (w[0], w[1]) {
                (Some(a), Some(b)) => b == a + 1,
                _ => false,
            })
            && group
                .iter()
                .zip(&starts)
                .all(|(&j, &p)| p.is_some_and(|p| has_body(t, paras, &heads[j], p)));
        let by_shape = (one_paragraph && first + 1 < end_para).then_some(first + 1);
        let title = heads[last].title.as_str();
        let coda = Coda {
            defence: !title.contains("国防"),
            self_building: !title.contains("政府") && !title.contains("自身建设"),
        };
        let by_cue = cue_cut(t, paras, first, end_para, closing, coda);
        let Some(cut) = [by_shape, by_cue].into_iter().flatten().min() else {
            continue;
        };
        let pos = paras[cut].span.start;
        heads[last].end = Some(heads[last].end.map_or(pos, |e| e.min(pos)));
    }
}

/// Whether the area heading `h` in paragraph `p` leaves a body in the same paragraph.
fn has_body(t: &str, paras: &[Paragraph], h: &Heading, p: usize) -> bool {
    paras.get(p).is_some_and(|para| {
        let body = t.get(h.heading.end.min(para.span.end)..para.span.end);
        body.is_some_and(|b| chars(b.trim_start_matches('*')) >= RUN_IN_BODY)
    })
}

/// Which coda words may end the last area: not the words of its own subject (an area on
/// defence, or on the government's own building).
#[derive(Clone, Copy)]
struct Coda {
    defence: bool,
    self_building: bool,
}

/// The first paragraph after `first` (the last area's heading paragraph), before `end`, that
/// closes the part by its words.
fn cue_cut(
    t: &str,
    paras: &[Paragraph],
    first: usize,
    end: usize,
    closing: Option<usize>,
    coda: Coda,
) -> Option<usize> {
    let text = |q: usize| paras.get(q).map_or("", |p| slice(t, p.span));
    let summing_up = |q: usize| SUMMING_UP.iter().any(|w| text(q).contains(w));
    // The paragraphs just before a cut that sum up a span of time are the part's too.
    let back = |mut cut: usize| {
        while cut > first + 1 && sums_up_time(text(cut - 1)) {
            cut -= 1;
        }
        cut
    };
    for q in first + 1..end {
        let s = text(q);
        if closing == Some(q) {
            return Some(q);
        }
        if super::text::bare_address(s) {
            return Some(back(q));
        }
        // A coda paragraph, unless it is a run-in heading of the area (支持国防和军队现代化。…).
        let head = prefix_chars(s, CODA_CHARS);
        let coda_words = |on: bool, words: &[&str]| on && words.iter().any(|w| head.contains(w));
        if (coda_words(coda.defence, DEFENCE) || coda_words(coda.self_building, SELF_BUILDING))
            && runin_at_start(s).is_none()
        {
            return Some(q);
        }
        // An address turning to the government's own conduct (各位代表！…面对新任务新要求，全省
        // 各级政府及其工作人员，一定要…), the run-ins after it its points: the part's coda.
        if coda.self_building
            && s.starts_with("各位代表")
            && prefix_chars(s, ADDRESS_TO_GOVERNMENT_CHARS).contains("政府")
        {
            return Some(q);
        }
        if (s.starts_with("各位代表") || summing_up(q)) && (q..end).any(summing_up) {
            return Some(back(q));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::cleaned;
    use super::super::{build, path_of};
    use crate::model::{Section, SectionKind, Span};

    fn outline(src: &str) -> (String, Vec<Section>) {
        let clean = cleaned(src);
        let o = build(&clean, Span::new(0, clean.text.len()));
        (clean.text, o)
    }

    /// The path of the section holding the paragraph that starts with `needle`.
    fn owner(text: &str, o: &[Section], needle: &str) -> Vec<String> {
        let pos = text.find(needle).expect("needle in text");
        let id = super::super::innermost(o, Span::new(pos, pos + needle.len()));
        path_of(o, id)
    }

    /// The last area's span, as text.
    fn last_area<'a>(text: &'a str, o: &[Section]) -> &'a str {
        let a = o
            .iter()
            .rfind(|s| s.kind == SectionKind::Area)
            .expect("an area");
        &text[a.span.start..a.span.end]
    }

    const REVIEW: &str = "政府工作报告\n一、2024年工作回顾\n过去一年，我们顶压前行。\n\
        （一）经济运行持续向好。全省生产总值增长百分之五，工业增加值增长百分之八。\n\
        （二）创新能力不断提升。新增高新技术企业一千家，研发投入强度提高零点一个百分点。\n\
        （三）各类风险有序化解。保交楼任务总体完成，地方债务风险总体可控，金融运行平稳。\n\
        一年来，我们深入开展党纪学习教育，全面正确履行政府职能，自觉接受人大监督。\n\
        各位代表，回顾过去的一年，历程很不平凡。这根本在于习近平总书记掌舵领航。\n\
        在肯定成绩的同时，我们也清醒地看到面临的问题和挑战。\n\
        二、2025年重点工作\n（一）扩大有效需求。推动消费提质升级，扩大有效投资。\n";

    #[test]
    fn review_closing_belongs_to_the_part() {
        let (text, o) = outline(REVIEW);
        let part = vec!["2024年工作回顾".to_string()];
        assert_eq!(owner(&text, &o, "一年来，我们深入"), part);
        assert_eq!(owner(&text, &o, "各位代表，回顾"), part);
        assert_eq!(owner(&text, &o, "在肯定成绩的同时"), part);
        assert_eq!(
            owner(&text, &o, "保交楼任务"),
            vec!["2024年工作回顾".to_string(), "各类风险有序化解".to_string()]
        );
        // The part still covers its closing paragraphs.
        let p = o.iter().find(|s| s.kind == SectionKind::Part).unwrap();
        assert!(text[p.span.start..p.span.end].contains("清醒地看到"));
    }

    #[test]
    fn review_closing_by_cue_after_multi_paragraph_areas() {
        // Areas of several paragraphs: only the cues end the last one; the time-span
        // paragraph before the address goes with it, the area's own paragraphs stay.
        let src = "一、2024年工作回顾\n（一）经济运行持续向好\n全省生产总值增长百分之五，工业增加值增长百分之八。\n\
            消费市场持续回暖，社会消费品零售总额增长百分之六。\n\
            （二）安全形势总体平稳\n安全发展防线更牢固。抓实安全生产工作，事故起数下降百分之十。\n\
            风险防范屏障更坚固。金融领域突出治已病防未病，中小金融机构改革化险。\n\
            一年来，全省各级人民政府坚定拥护两个确立，自觉接受人大监督和政协民主监督。\n\
            各位代表！过去的一年，我省发展延续良好态势。这些成绩的取得，根本在于党中央的坚强领导。\n\
            二、2025年重点工作\n（一）扩大有效需求。推动消费提质升级，扩大有效投资。\n";
        let (text, o) = outline(src);
        let area = vec!["2024年工作回顾".to_string(), "安全形势总体平稳".to_string()];
        assert!(owner(&text, &o, "风险防范屏障").starts_with(&area));
        assert_eq!(owner(&text, &o, "一年来，全省"), vec!["2024年工作回顾"]);
        assert_eq!(owner(&text, &o, "各位代表！过去"), vec!["2024年工作回顾"]);
    }

    #[test]
    fn five_year_summing_up_before_a_bare_address_is_the_parts() {
        // A review of the year and of the plan period (a provincial report, probed): after
        // the last area, the government's year, the year's statement and the ——这五年 lines
        // before the bare address sum up the part, not the last area.
        let src = "一、2025年工作和“十四五”发展回顾
（一）精准施策稳经济
全省生产总值增长百分之五。
            消费市场持续回暖，社会消费品零售总额增长百分之六。
            （二）用心用情办好民生实事
城镇新增就业七十五万人，新建学校二百所。
            一年来，我们持续加强政府建设和治理创新，社会大局保持和谐稳定。
            2025年是“十四五”收官之年。回望这极不平凡的五年，主要目标顺利完成。
            ——这五年，综合实力大幅跃升，地区生产总值连跨两个台阶。
            ——这五年，人民生活更加美好，城乡居民收入稳步增长。
            各位代表！
过去的五年，我们脚踏实地前行。这些成绩的取得，根本在于坚强领导。
            二、2026年重点工作
（一）扩大有效需求。推动消费提质升级，扩大有效投资。
";
        let (text, o) = outline(src);
        let area = vec![
            "2025年工作和“十四五”发展回顾".to_string(),
            "用心用情办好民生实事".to_string(),
        ];
        assert!(owner(&text, &o, "城镇新增就业").starts_with(&area));
        let part = vec!["2025年工作和“十四五”发展回顾".to_string()];
        for needle in [
            "一年来，我们",
            "2025年是",
            "——这五年，综合",
            "——这五年，人民",
        ] {
            assert_eq!(owner(&text, &o, needle), part, "{needle}");
        }
    }

    #[test]
    fn ordinary_second_paragraph_stays_in_the_last_area() {
        // Earlier areas take two paragraphs each: the last area's second paragraph is body.
        let src =
            "一、2025年重点工作\n（一）扩大有效需求。推动消费提质升级，扩大有效投资，稳定外贸。\n\
            实施提振消费专项行动，开展以旧换新，培育新型消费。\n\
            （二）发展新质生产力。推进科技创新和产业创新融合，建设创新平台。\n\
            培育壮大新兴产业，布局未来产业，改造提升传统产业。\n\
            （三）保障和改善民生。坚持尽力而为、量力而行，办好民生实事。\n\
            加强养老托育服务，新增养老床位三千张，建设托育机构一百家。\n\
            二、全面加强政府自身建设\n坚持依法行政，持续正风肃纪，提高行政效能。\n";
        let (text, o) = outline(src);
        assert!(last_area(&text, &o).contains("新增养老床位"));
    }

    #[test]
    fn one_paragraph_areas_end_the_last_one_after_its_paragraph() {
        let (text, o) = outline(REVIEW);
        let a = o
            .iter()
            .find(|s| s.title == "各类风险有序化解")
            .expect("area");
        assert!(text[a.span.start..a.span.end].ends_with("金融运行平稳。"));
        // Two one-paragraph areas before the last are needed: with one, nothing is cut.
        let src = "一、2024年工作回顾\n（一）经济运行持续向好。全省生产总值增长百分之五，工业增加值增长八。\n\
            （二）各类风险有序化解。保交楼任务总体完成，地方债务风险总体可控。\n\
            金融运行平稳，不良贷款率保持低位，非法集资案件持续下降。\n\
            二、2025年重点工作\n（一）扩大有效需求。推动消费提质升级，扩大有效投资。\n";
        let (text, o) = outline(src);
        let a = o
            .iter()
            .find(|s| s.title == "各类风险有序化解")
            .expect("area");
        assert!(text[a.span.start..a.span.end].contains("非法集资"));
    }

    #[test]
    fn plan_address_without_summing_up_stays() {
        // 各位代表 inside a plan area, with no summing-up after it, is the area's.
        let src = "一、2026年工作安排\n（一）扩大有效需求\n推动消费提质升级，扩大有效投资，稳定外贸。\n\
            实施提振消费专项行动，开展以旧换新。\n（二）办好民生实事\n推动教育更满意，新改扩建公办幼儿园十所。\n\
            推动养老更舒心，新增养老床位三千张。\n\
            各位代表，民生问题琐碎复杂，既需决心也需办法。我们将用心用情办好每一件实事。\n\
            二、全面提升政府治理能力\n坚持依法行政，持续正风肃纪，提高行政效能。\n";
        let (text, o) = outline(src);
        assert!(last_area(&text, &o).contains("民生问题琐碎复杂"));
    }

    #[test]
    fn closing_appeal_and_bare_address_end_the_last_area() {
        let src = "三、2025年政府工作任务\n（一）扩大有效需求\n推动消费提质升级，扩大有效投资，稳定外贸。\n\
            实施提振消费专项行动，开展以旧换新。\n（二）保障和改善民生\n稳定和扩大就业，完善就业优先政策。\n\
            强化基本医疗卫生服务，促进医疗医保医药协同发展。\n各位代表！\n\
            我们要坚持独立自主的和平外交政策，推动构建人类命运共同体。\n\
            各位代表！信心凝聚力量，实干谱写华章。让我们更加紧密地团结起来，为实现目标而努力奋斗！\n";
        let (text, o) = outline(src);
        assert!(last_area(&text, &o).ends_with("协同发展。"));
        assert_eq!(
            owner(&text, &o, "我们要坚持独立自主"),
            vec!["2025年政府工作任务"]
        );
    }

    #[test]
    fn coda_paragraph_ends_the_last_area_but_not_a_run_in() {
        let plan = |defence: &str| {
            format!(
                "二、2025年重点工作\n（一）扩大有效需求\n推动消费提质升级，扩大有效投资，稳定外贸。\n\
                 实施提振消费专项行动，开展以旧换新。\n（二）统筹发展和安全\n\
                 强化安全生产管理。压实安全监管责任，开展隐患排查整治。\n\
                 提升社会治理水平。践行新时代枫桥经验，完善基层治理体系。\n{defence}\n\
                 三、全面加强政府自身建设\n坚持依法行政，持续正风肃纪，提高行政效能。\n"
            )
        };
        // An ordinary coda paragraph: the part's.
        let (text, o) = outline(&plan(
            "全力支持国防和军队现代化建设，完善国防动员体系，巩固军政军民团结。",
        ));
        assert_eq!(owner(&text, &o, "全力支持国防"), vec!["2025年重点工作"]);
        assert!(last_area(&text, &o).ends_with("完善基层治理体系。"));
        // A run-in heading of the area that names defence: the area's.
        let (text, o) = outline(&plan(
            "支持国防和军队建设。完善国防动员体系，巩固军政军民团结，做好双拥工作。",
        ));
        assert!(last_area(&text, &o).contains("做好双拥工作"));
        // The government's own requirements after an address (Zhejiang 2025): the part's.
        let (text, o) = outline(&plan(
            "各位代表！做好政府工作，必须坚持和加强党的全面领导，持续深化作风建设。",
        ));
        assert_eq!(
            owner(&text, &o, "各位代表！做好政府工作"),
            vec!["2025年重点工作"]
        );
        assert!(last_area(&text, &o).ends_with("完善基层治理体系。"));
        // An address turning to the government's own conduct further in (held-out Gansu and
        // Yunnan 2026), its points run-ins after it: the part's, run-ins too.
        let (text, o) = outline(&plan(
            "各位代表！躬逢强国建设的伟大时代，我们何其有幸！面对新任务新要求，全省各级政府及其工作人员，一定要牢记职责使命。\n\
             要永葆忠诚、笃信笃行。始终把政治建设摆在首位，坚持不懈凝心铸魂。\n\
             要厉行法治、依法行政。深入学习贯彻法治思想，带头尊法学法守法用法。",
        ));
        assert!(last_area(&text, &o).ends_with("完善基层治理体系。"));
        assert_eq!(
            owner(&text, &o, "始终把政治建设"),
            vec!["2025年重点工作", "要永葆忠诚、笃信笃行"]
        );
    }
}
