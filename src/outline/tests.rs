//! Outline tests on small texts, the seeds and the corpus (skipped when absent).

use super::*;

/// The real cleaner (`crate::ingest::clean`), which every test text goes through.
pub(crate) fn cleaned(source: &str) -> CleanText {
    crate::ingest::clean(source)
}

pub(crate) fn read_seed(name: &str) -> Option<String> {
    let p = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    let p2 = format!("{}/../shared/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p)
        .or_else(|_| std::fs::read_to_string(p2))
        .ok()
}

pub(crate) fn read_corpus(name: &str) -> Option<String> {
    let p = format!(
        "{}/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus")
    );
    let r = std::fs::read_to_string(p).ok();
    if r.is_none() {
        eprintln!("corpus file {name} absent; skipping");
    }
    r
}

fn outline_of(clean: &CleanText) -> Vec<Section> {
    build(clean, Span::new(0, clean.text.len()))
}

fn of_kind(o: &[Section], k: SectionKind) -> Vec<&Section> {
    o.iter().filter(|s| s.kind == k).collect()
}

fn titles(o: &[Section], k: SectionKind) -> Vec<String> {
    of_kind(o, k).iter().map(|s| s.title.clone()).collect()
}

/// Structural invariants every outline must keep.
fn check_invariants(clean: &CleanText, o: &[Section]) {
    assert_eq!(o[0].kind, SectionKind::Document);
    for (i, s) in o.iter().enumerate() {
        assert_eq!(s.id, i);
        assert!(
            s.span.contains(s.heading) || s.kind == SectionKind::Document,
            "{s:?}"
        );
        assert!(
            clean.text.is_char_boundary(s.span.start) && clean.text.is_char_boundary(s.span.end)
        );
        if let Some(p) = s.parent {
            assert!(p < i);
            assert!(
                o[p].span.contains(s.span),
                "child {s:?} outside parent {:?}",
                o[p]
            );
            assert_eq!(s.depth, o[p].depth + 1);
        }
        if i > 0 {
            assert!(o[i - 1].heading.start <= s.heading.start);
        }
    }
}

#[test]
fn small_report() {
    let src = "政府工作报告\n一、2024年工作回顾\n成绩来之不易。我们做了很多事。\n二、2025年工作安排\n\
               今年是“十四五”规划收官之年。\n（一）加快发展新质生产力。产业是根本。\n\
               **下好创新“先手棋”。**坚持以科技创新引领产业创新，一是建设实验室；二是培育企业；三是引进人才。\n\
               锚定产业“主赛道”。推动新材料产业集群发展，力争产值突破1000亿元。\n\
               （二）扩大有效投资。项目为王。\n抓出项目建设速度。开工重点项目100个以上。\n\
               跑出招商引资质效。力争全年招商落地开工投资1000亿元以上。\n\
               三、全面加强政府自身建设\n各位代表，让我们团结奋斗，为建设美好家园而努力奋斗！\n\
               附件\n名词解释\n1.新质生产力：指……。\n";
    for clean in [cleaned(src), CleanText::identity(src)] {
        let o = outline_of(&clean);
        check_invariants(&clean, &o);
        assert_eq!(
            titles(&o, SectionKind::Part),
            ["2024年工作回顾", "2025年工作安排", "全面加强政府自身建设"]
        );
        assert_eq!(
            titles(&o, SectionKind::Area),
            ["加快发展新质生产力", "扩大有效投资"]
        );
        assert_eq!(
            titles(&o, SectionKind::RunIn),
            [
                "下好创新“先手棋”",
                "锚定产业“主赛道”",
                "抓出项目建设速度",
                "跑出招商引资质效"
            ]
        );
        assert_eq!(
            titles(&o, SectionKind::Enum),
            ["建设实验室", "培育企业", "引进人才"]
        );
        let app = of_kind(&o, SectionKind::Appendix);
        assert_eq!(app.len(), 1);
        assert_eq!(app[0].label, "附件");
        assert_eq!(app[0].title, "名词解释");
        // The enum items hang under the run-in, the run-in under the area, the area under part 二.
        let e = of_kind(&o, SectionKind::Enum)[0];
        let path = path_of(&o, e.id);
        assert_eq!(
            path,
            [
                "2025年工作安排",
                "加快发展新质生产力",
                "下好创新“先手棋”",
                "建设实验室"
            ]
        );
        // 成绩来之不易。 is a lone short opening, not a run-in heading.
        assert!(!titles(&o, SectionKind::RunIn)
            .iter()
            .any(|t| t == "成绩来之不易"));
    }
}

/// 一是… items written one per paragraph: adjacent, set as lines heading a body paragraph
/// each (the last item takes as many), or with the rest of an item the page cut after a
/// sentence between them. A labelled paragraph between two items ends the run.
#[test]
fn enumeration_items_opening_paragraphs() {
    let body = |o: &[Section], clean: &CleanText| -> Vec<String> {
        of_kind(o, SectionKind::Enum)
            .iter()
            .map(|s| clean.text[s.span.start..s.span.end].replace('\n', "/"))
            .collect()
    };
    let headed = "一、2024年工作回顾\n一是稳住经济大盘。\n全年增长5%。\n二是推进改革开放。\n\
                  新设自贸片区。\n三是保障改善民生。\n新增就业60万人。\n各位代表！";
    let clean = cleaned(headed);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        body(&o, &clean),
        [
            "一是稳住经济大盘。/全年增长5%。",
            "二是推进改革开放。/新设自贸片区。",
            "三是保障改善民生。/新增就业60万人。"
        ]
    );
    // Some items run on in their paragraph, some head a body below: the last, a title
    // alone, still heads one.
    let mixed = "一、2024年工作回顾\n一是稳住经济大盘。全年增长5%。\n二是推进改革开放。\n\
                 新设自贸片区。\n三是保障改善民生。\n新增就业60万人。\n各位代表！";
    let clean = cleaned(mixed);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        body(&o, &clean),
        [
            "一是稳住经济大盘。全年增长5%。",
            "二是推进改革开放。/新设自贸片区。",
            "三是保障改善民生。/新增就业60万人。"
        ]
    );
    let inline_then_title = "一、2024年工作回顾\n一是稳住经济大盘。全年增长5%。\n\
                             二是推进改革开放。新设自贸片区。\n三是保障改善民生。\n\
                             新增就业60万人。\n各位代表！";
    let clean = cleaned(inline_then_title);
    let o = outline_of(&clean);
    assert_eq!(body(&o, &clean)[2], "三是保障改善民生。/新增就业60万人。");
    // Titles alone, one after another, head nothing: the paragraph after is no item's.
    let titles_only = "一、2024年工作回顾\n一是稳住经济大盘。\n二是推进改革开放。\n\
                       三是保障改善民生。\n这些成绩来之不易。\n各位代表！";
    let clean = cleaned(titles_only);
    let o = outline_of(&clean);
    assert_eq!(body(&o, &clean)[2], "三是保障改善民生。");
    let cut = "一、2024年工作回顾\n一是稳住经济大盘，加大调控。\n全年增长5%，物价平稳。\n\
               二是推进改革开放，深化改革。\n三是保障改善民生，就业稳定。";
    let clean = cleaned(cut);
    let o = outline_of(&clean);
    assert_eq!(
        titles(&o, SectionKind::Enum),
        ["稳住经济大盘", "推进改革开放", "保障改善民生"]
    );
    let labelled = "一、2024年工作回顾\n一是稳住经济大盘，加大调控。\n二、2025年工作安排\n\
                    二是推进改革开放，深化改革。";
    let o = outline_of(&cleaned(labelled));
    assert!(titles(&o, SectionKind::Enum).is_empty());
    // Ordinals with a comma (第一，…) number such paragraphs too, as some city reports do.
    let ordinals = "二、2026年工作安排\n第一，着力扩大有效需求。实施重大项目500个。\n\
                    第二，着力建设现代化产业体系。新增规上工业企业100家。\n\
                    第三，着力保障和改善民生。新增城镇就业5万人。\n三、加强政府自身建设\n";
    let clean = cleaned(ordinals);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Enum),
        [
            "着力扩大有效需求",
            "着力建设现代化产业体系",
            "着力保障和改善民生"
        ]
    );
    assert_eq!(
        of_kind(&o, SectionKind::Enum)
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>(),
        ["第一，", "第二，", "第三，"]
    );
}

/// Sub-headings numbered 1．/（1） below the areas (many city and county reports): a heading
/// sentence opening its paragraph, or a line alone above its body; each runs to the next
/// (the series' last run-in-form item ends with its paragraph), labels kept.
#[test]
fn numbered_sub_headings() {
    let src = "二、2025年工作安排\n（一）着力扩大有效需求\n\
               1．积极扩大有效投资。实施重点项目500个，完成投资1200亿元以上。\n\
               加快城市更新，改造老旧小区120个。\n\
               2. 全力提振消费。开展促消费活动100场以上，社会消费品零售总额增长6%。\n\
               以上工作，我们将压实责任，抓好落实。\n\
               （二）加快建设现代化产业体系\n（1）做强先进制造业\n新增规上工业企业200家。\n\
               推进技术改造，实施项目300个。\n(2)培育新兴产业\n数字经济核心产业增加值增长10%。\n\
               各位代表，让我们奋力拼搏！";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    let runins: Vec<(String, String, String)> = of_kind(&o, SectionKind::RunIn)
        .iter()
        .map(|s| {
            let parent = &o[s.parent.unwrap()].title;
            (s.label.clone(), s.title.clone(), parent.clone())
        })
        .collect();
    let expect = [
        ("1．", "积极扩大有效投资", "着力扩大有效需求"),
        ("2.", "全力提振消费", "着力扩大有效需求"),
        ("（1）", "做强先进制造业", "加快建设现代化产业体系"),
        ("(2)", "培育新兴产业", "加快建设现代化产业体系"),
    ];
    assert_eq!(
        runins,
        expect.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    );
    let text = |title: &str| {
        let s = o.iter().find(|s| s.title == title).unwrap();
        clean.text[s.span.start..s.span.end].replace('\n', "/")
    };
    assert!(text("积极扩大有效投资").ends_with("改造老旧小区120个。"));
    assert!(
        text("全力提振消费").ends_with("增长6%。"),
        "{}",
        text("全力提振消费")
    );
    assert!(text("做强先进制造业").ends_with("实施项目300个。"));
}

/// Items numbered （1） inside items numbered 1． are a series of their own: both are read.
#[test]
fn numbered_sub_headings_of_two_styles() {
    let src = "（一）着力扩大有效需求\n\
               1．积极扩大有效投资。实施重点项目500个，完成投资1200亿元以上。\n\
               （1）抓好重大项目。推进重大项目建设，开工一批水利项目。\n\
               （2）优化投资结构。提高制造业投资比重，扩大民间投资。\n\
               2．全力提振消费。开展促消费活动100场以上，扩大服务消费。\n\
               3．稳住外贸外资。支持企业开拓市场，扩大进出口规模。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    let labels: Vec<String> = of_kind(&o, SectionKind::RunIn)
        .iter()
        .map(|s| format!("{}{}", s.label, s.title))
        .collect();
    assert_eq!(
        labels,
        [
            "1．积极扩大有效投资",
            "（1）抓好重大项目",
            "（2）优化投资结构",
            "2．全力提振消费",
            "3．稳住外贸外资"
        ]
    );
    // （1） items belong to the 1． item before them; 2． is 1．'s sibling again.
    let parent = |label: &str| {
        let s = o.iter().find(|s| s.label == label).expect(label);
        let p = &o[s.parent.expect("a parent")];
        format!("{}{}", p.label, p.title)
    };
    assert_eq!(parent("（1）"), "1．积极扩大有效投资");
    assert_eq!(parent("（2）"), "1．积极扩大有效投资");
    assert_eq!(parent("2．"), "（一）着力扩大有效需求");
    let one = o.iter().find(|s| s.label == "1．").unwrap();
    assert!(clean.text[one.span.start..one.span.end].contains("优化投资结构"));
}

/// Numbered paragraphs that are not headings: list items naming a figure, glossary entries,
/// a lone item, a series out of sequence, items that are whole sentences.
#[test]
fn numbered_paragraphs_that_are_no_headings() {
    for src in [
        "（一）办好民生实事\n1．新建中小学20所。扩大优质教育资源供给。\n2．改造老旧小区100个。惠及居民5万户。",
        "（一）名词解释\n1．“四上”企业：指规模以上工业企业等。\n2．“双一流”：指世界一流大学和一流学科。",
        "（一）扩大需求\n1．积极扩大有效投资。实施重点项目500个以上，完成投资。\n加快城市更新步伐。",
        "（一）扩大需求\n1．积极扩大有效投资。实施重点项目500个以上。\n3．全力提振消费。开展促消费活动，扩大消费。",
        "（一）扩大需求\n1．我们积极扩大了有效投资。实施重点项目。\n2．我们全力提振了消费。开展促消费活动。",
    ] {
        let clean = cleaned(src);
        let o = outline_of(&clean);
        check_invariants(&clean, &o);
        assert!(of_kind(&o, SectionKind::RunIn).is_empty(), "{src}: {o:?}");
    }
}

#[test]
fn parts_must_be_in_sequence() {
    let src =
        "一、总体要求\n正文内容很长很长。\n三、不是部分\n二、第二部分\n正文。\n一、附件里的条目\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    assert_eq!(titles(&o, SectionKind::Part), ["总体要求", "第二部分"]);
}

#[test]
fn never_panics_on_odd_input() {
    for src in [
        "",
        "\n\n",
        "（",
        "(一",
        "一、",
        "**",
        "一是",
        "（十一）。",
        "第一部分",
        "附件\n",
        "各位代表，让我们奋斗！\n附件1",
        "1．\n2．",
        "（1）\n（2）",
        "1．标题\n2．标题",
        "１２３．很长的标题\n（９９）标题。",
        "1．甲乙丙丁。\n2．甲乙丙丁。正文正文正文正文正文。\n",
        "(1)(2)(3)",
    ] {
        let c = CleanText::identity(src);
        let o = outline_of(&c);
        check_invariants(&c, &o);
        let _ = build(&c, Span::new(3, 1000));
    }
}

/// Expected outline of one real report.
struct Expect<'a> {
    file: &'a str,
    parts: &'a [&'a str],
    areas: usize,
    first_area: &'a str,
    last_area: &'a str,
    runins: &'a [&'a str],
    min_runins: usize,
}

fn check_expect(clean: &CleanText, e: &Expect) {
    let o = outline_of(clean);
    check_invariants(clean, &o);
    let parts = titles(&o, SectionKind::Part);
    assert_eq!(parts, e.parts, "{}: parts", e.file);
    let areas = titles(&o, SectionKind::Area);
    assert_eq!(areas.len(), e.areas, "{}: areas {areas:?}", e.file);
    assert_eq!(
        areas.first().map(String::as_str),
        Some(e.first_area),
        "{}",
        e.file
    );
    assert_eq!(
        areas.last().map(String::as_str),
        Some(e.last_area),
        "{}",
        e.file
    );
    let runins = titles(&o, SectionKind::RunIn);
    for r in e.runins {
        assert!(
            runins.iter().any(|x| x == r),
            "{}: run-in {r} missing from {runins:?}",
            e.file
        );
    }
    assert!(
        runins.len() >= e.min_runins,
        "{}: only {} run-ins",
        e.file,
        runins.len()
    );
    for r in &runins {
        assert!(
            !r.contains('，') && r.chars().count() <= 25,
            "{}: odd run-in {r}",
            e.file
        );
    }
}

const SEED_2025: Expect = Expect {
    file: "taiyuan-2025-government-work-report.txt",
    parts: &["2025年工作安排", "全面加强政府自身建设"],
    areas: 8,
    first_area: "加快向新而行、向绿而行、向效而行",
    last_area: "更好统筹发展和安全",
    runins: &[
        "下好创新“先手棋”",
        "锚定产业“主赛道”",
        "抓出招商引资质效",
        "办好十件民生实事",
        "严格依法行政",
    ],
    min_runins: 25,
};

const SEED_2026: Expect = Expect {
    file: "taiyuan-2026-government-work-report.txt",
    parts: &[
        "“十五五”时期目标任务和2026年工作安排",
        "全面提升政府治理能力和水平",
    ],
    areas: 13,
    first_area: "“十五五”时期必须遵循的6条基本原则",
    last_area: "聚焦知民情、聚民智、解民忧，努力为群众多办实事",
    runins: &[
        "提高项目谋划精度",
        "加快项目建设进度",
        "推动教育“更满意”",
        "办好十件民生实事",
        "扎实推进依法行政",
    ],
    min_runins: 30,
};

#[test]
fn seeds_outline() {
    for e in [SEED_2025, SEED_2026] {
        let Some(src) = read_seed(e.file) else {
            eprintln!("seed {} absent; skipping", e.file);
            continue;
        };
        check_expect(&cleaned(&src), &e);
    }
}

#[test]
fn seed_2026_area_groups_restart_under_one_part() {
    let Some(src) = read_seed(SEED_2026.file) else {
        return;
    };
    let clean = cleaned(&src);
    let o = outline_of(&clean);
    let areas = of_kind(&o, SectionKind::Area);
    let labels: Vec<&str> = areas.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(&labels[..4], ["(一)", "(二)", "(三)", "(一)"]);
    assert!(areas.iter().all(|a| a.parent == areas[0].parent));
    // The targets paragraph after the 十五五 group belongs to the part, not to area (三).
    let pos = clean
        .text
        .find("今年主要预期目标是")
        .expect("targets paragraph");
    let inner = innermost(&o, Span::new(pos, pos + 3));
    assert_eq!(o[inner].kind, SectionKind::Part);
}

#[test]
fn corpus_outlines() {
    let cases = [
        Expect {
            file: "national-2025.txt",
            parts: &[
                "2024年工作回顾",
                "2025年经济社会发展总体要求和政策取向",
                "2025年政府工作任务",
            ],
            areas: 10,
            first_area: "大力提振消费、提高投资效益，全方位扩大国内需求",
            last_area: "加大保障和改善民生力度，提升社会治理效能",
            runins: &["加强污染防治和生态建设", "更大力度稳定和扩大就业"],
            min_runins: 30,
        },
        Expect {
            file: "national-2021.txt",
            parts: &[
                "2020年工作回顾",
                "“十三五”时期发展成就和“十四五”时期主要目标任务",
                "2021年重点工作",
            ],
            areas: 8,
            first_area: "保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间",
            last_area: "切实增进民生福祉，不断提高社会建设水平",
            runins: &[
                "在区间调控基础上加强定向调控、相机调控、精准调控",
                "运用市场化机制激励企业创新",
            ],
            min_runins: 20,
        },
        Expect {
            file: "national-2022.txt",
            parts: &[
                "2021年工作回顾",
                "2022年经济社会发展总体要求和政策取向",
                "2022年政府工作任务",
            ],
            areas: 9,
            first_area: "着力稳定宏观经济大盘，保持经济运行在合理区间",
            last_area: "切实保障和改善民生，加强和创新社会治理",
            runins: &["继续做好常态化疫情防控", "经济保持恢复发展"],
            min_runins: 30,
        },
        Expect {
            file: "national-2024.txt",
            parts: &[
                "2023年工作回顾",
                "2024年经济社会发展总体要求和政策取向",
                "2024年政府工作任务",
            ],
            areas: 10,
            first_area: "大力推进现代化产业体系建设，加快发展新质生产力",
            last_area: "切实保障和改善民生，加强和创新社会治理",
            runins: &["增强宏观政策取向一致性", "经济总体回升向好"],
            min_runins: 30,
        },
        Expect {
            file: "national-2023.txt",
            parts: &["过去一年和五年工作回顾", "对今年政府工作的建议"],
            areas: 18,
            first_area: "创新宏观调控，保持经济运行在合理区间",
            last_area: "保障基本民生和发展社会事业",
            runins: &[],
            min_runins: 0,
        },
        Expect {
            file: "beijing-2026.txt",
            parts: &[
                "2025年工作回顾",
                "“十四五”时期发展成就和“十五五”时期主要目标任务",
                "2026年重点工作",
            ],
            areas: 10,
            first_area: "深入落实城市总体规划，推动京津冀协同发展走深走实",
            last_area: "全面推进韧性城市建设，筑牢首都安全防线",
            runins: &[],
            min_runins: 0,
        },
        Expect {
            file: "guangdong-2025.txt",
            parts: &["2024年工作回顾", "2025年工作安排"],
            areas: 12,
            first_area: "做实粤港澳大湾区“一点两地”全新定位，更好发挥高质量发展动力源作用",
            last_area: "全面加强政府自身建设，努力建设人民满意的政府",
            runins: &["深入推进依法行政", "持之以恒正风肃纪"],
            min_runins: 20,
        },
        Expect {
            file: "zhejiang-2026.txt",
            parts: &[
                "2025年主要工作和“十四五”发展成就",
                "“十五五”时期的主要目标任务",
                "2026年重点工作",
            ],
            areas: 26,
            first_area: "强化创新驱动发展，创新浙江建设成效明显",
            last_area: "着力加强政府自身建设",
            runins: &[
                "放大经济政策实施效应",
                "打造一流营商环境",
                "切实提升行政效能",
            ],
            min_runins: 20,
        },
    ];
    for e in cases {
        let Some(src) = read_corpus(e.file) else {
            return;
        };
        check_expect(&cleaned(&src), &e);
    }
}

#[test]
fn unnumbered_parts() {
    let src = "各位代表：\n2024年工作回顾\n过去一年，成绩显著。\n2025年工作安排建议\n（一）扩大内需。消费是动力。\n加强政府自身建设\n依法行政。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2024年工作回顾", "2025年工作安排建议", "加强政府自身建设"]
    );
    let Some(src) = read_corpus("sichuan-2025.txt") else {
        return;
    };
    let o = outline_of(&cleaned(&src));
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2024年工作回顾", "2025年工作安排建议", "加强政府自身建设"]
    );
}

/// The part names of the corpus reports, their numbers taken off (national 2025, Hubei 2025
/// and 2026, national 2023, Beijing 2026): a page that drops the numbers must still find the plan part, or
/// every task of it reads as review. A part name ending on a word whose last character is a
/// particle elsewhere (政策取向) is no line cut after a particle.
#[test]
fn unnumbered_part_names() {
    let src = "各位代表：\n2024年工作回顾\n过去一年，成绩显著。\n\
               2025年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：经济增长5%左右。\n\
               2025年工作思路和重点任务\n（一）扩大内需。消费是动力。\n\
               “十五五”时期工作的主要考虑\n坚持高质量发展。\n\
               对今年政府工作的建议\n新建学校20所。\n\
               “十四五”时期发展成就和“十五五”时期主要目标任务\n建设现代化产业体系。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        [
            "2024年工作回顾",
            "2025年经济社会发展总体要求和政策取向",
            "2025年工作思路和重点任务",
            "“十五五”时期工作的主要考虑",
            "对今年政府工作的建议",
            "“十四五”时期发展成就和“十五五”时期主要目标任务"
        ]
    );
}

/// Run-in headings set in lenticular brackets (【大力提振消费】实施…, as some news pages set
/// them) or ended by a colon (大力提振消费：实施…) are run-in headings, and the task after one a
/// commitment; a lead-in (今年要重点做好以下工作：) is none.
#[test]
fn run_ins_in_brackets_or_ended_by_a_colon() {
    for (one, two) in [
        ("【大力提振消费】", "【积极扩大有效投资】"),
        ("大力提振消费：", "积极扩大有效投资："),
    ] {
        let src = format!(
            "二、2026年工作安排\n今年要重点做好以下工作：\n（一）扩大内需。\n\
             {one}实施提振消费专项行动，新建商业街区10个。\n\
             {two}新开工重大项目100个，完成投资1000亿元。\n"
        );
        let clean = cleaned(&src);
        let o = outline_of(&clean);
        check_invariants(&clean, &o);
        assert_eq!(
            titles(&o, SectionKind::RunIn),
            ["大力提振消费", "积极扩大有效投资"],
            "{src}"
        );
        let cs = crate::extract::commitments::commitments(&clean, &o);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "实施提振消费专项行动，新建商业街区10个。",
                "新开工重大项目100个，完成投资1000亿元。"
            ],
            "{src}"
        );
    }
}

/// An area title may end at a colon (（一）产业升级成效显著：工业增势强劲，…); the task after it
/// is a commitment of its own.
#[test]
fn area_titles_ending_at_a_colon() {
    let src = "二、2026年工作安排\n（一）奋力推进全方位扩大内需：坚持内需主导，统筹抓好促消费和扩投资。\
               新建商业街区10个。\n（二）推动发展方式绿色转型：深入推进环境污染防治。加强流域综合治理。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["奋力推进全方位扩大内需", "推动发展方式绿色转型"]
    );
    let cs = crate::extract::commitments::commitments(&clean, &o);
    let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "坚持内需主导，统筹抓好促消费和扩投资。",
            "新建商业街区10个。",
            "深入推进环境污染防治。",
            "加强流域综合治理。"
        ]
    );
}

/// Parts numbered 1、2、3、 (a page's rewriting) are read by their names, as unnumbered ones
/// are; an area whose title holds a part's words (（十）着力加强政府自身建设) stays an area.
#[test]
fn parts_numbered_with_arabic_figures() {
    let src = "各位代表：\n1、2025年主要工作和“十四五”发展成就\n过去一年，经济增长5.5%。\n\
               2、2026年工作安排\n（一）扩大内需。消费是动力。\n\
               （二）着力加强政府自身建设。坚持依法行政。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2025年主要工作和“十四五”发展成就", "2026年工作安排"]
    );
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["扩大内需", "着力加强政府自身建设"]
    );
}

/// A report that numbers its areas 1．, 2．… under 一、 parts (no （一） anywhere): those are
/// its areas, as （一） would be; a numbered item naming a figure is none. Found by writing
/// the corpus reports' area labels so: 13 of 25 read their outline as before, 20 now (the
/// rest number a 民生实事 list the same way, or read a short paragraph as a run-in).
#[test]
fn areas_numbered_with_arabic_figures() {
    let src = "各位代表：\n一、2025年工作回顾\n过去一年，经济增长5.5%。\n\
               二、2026年工作安排\n今年发展的主要预期目标是：地区生产总值增长5%左右。\n\
               1．推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资。\n\
               （1）大力提振消费。新建商业街区10个。\n（2）扩大有效投资。新开工项目100个。\n\
               2．加快发展新质生产力。新建5G基站3000个。\n\
               3．新建中小学20所。\n\
               三、加强政府自身建设\n坚持依法行政。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Area),
        [
            "推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资",
            "加快发展新质生产力"
        ]
    );
    // Numbered （1）, （2）… the same; a 1． inside is a sub-heading then.
    let bracketed = src
        .replace("1．推动", "（1）推动")
        .replace("2．加快", "（2）加快");
    let bracketed = bracketed
        .replace("（1）大力", "1．大力")
        .replace("（2）扩大", "2．扩大");
    let o = outline_of(&cleaned(&bracketed));
    check_invariants(&cleaned(&bracketed), &o);
    assert_eq!(titles(&o, SectionKind::Area).len(), 2, "{bracketed}");
    // With （一） areas, 1． stays a sub-heading.
    let src = src
        .replace("1．推动", "（一）推动")
        .replace("2．加快", "（二）加快");
    let o = outline_of(&cleaned(&src));
    assert_eq!(titles(&o, SectionKind::Area).len(), 2);
}

/// Unnumbered parts above numbered headings (a provincial report of 2026, probed): the
/// parts are the two halves, 一、 numbers the areas of the second and （一） their sub-areas.
#[test]
fn unnumbered_parts_above_numbered_areas() {
    let src = "各位代表：\n“十四五”时期发展成就和2025年工作回顾\n过去五年，成绩显著。\n\
               “十五五”时期主要目标和2026年重点工作\n今年发展的主要预期目标是：地区生产总值增长5%左右。\n\
               一、铸牢中华民族共同体意识\n（一）加强共有精神家园建设。推进文化建设。\n\
               二、全力抓好重点工作\n（一）壮大实体经济。新建项目100个。\n（二）推进创新驱动。建设平台。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        [
            "“十四五”时期发展成就和2025年工作回顾",
            "“十五五”时期主要目标和2026年重点工作"
        ]
    );
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["铸牢中华民族共同体意识", "全力抓好重点工作"]
    );
    let sub: Vec<&str> = o
        .iter()
        .filter(|s| s.kind == SectionKind::RunIn && !s.label.is_empty())
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        sub,
        ["加强共有精神家园建设", "壮大实体经济", "推进创新驱动"]
    );
    // One unnumbered line before numbered parts is no such report.
    let src = "2025年工作回顾\n一、2025年工作回顾\n过去一年，成绩显著。\n二、2026年重点工作\n\
               （一）扩大内需。消费是动力。\n";
    let o = outline_of(&cleaned(src));
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2025年工作回顾", "2026年重点工作"]
    );
    // Parts named by their words over areas numbered 一、, each a title and its body (as
    // Sichuan's areas would be, numbered so), or the review's areas heading lines and the
    // plan's areas paragraphs (as Shanghai's).
    let paragraphs =
        "2025年工作回顾\n过去一年，成绩显著。\n一、经济运行稳中向好。地区生产总值增长5%。\n\
                      二、民生福祉持续增进。新增就业10万人。\n2026年工作安排\n\
                      一、扩大内需。新建项目100个，完成投资1000亿元。\n\
                      二、推进创新。建设平台10个，引进人才1000名。\n";
    let headings = paragraphs
        .replace("一、经济运行稳中向好。", "一、经济运行稳中向好\n")
        .replace("二、民生福祉持续增进。", "二、民生福祉持续增进\n");
    for src in [paragraphs.to_string(), headings] {
        let o = outline_of(&cleaned(&src));
        assert_eq!(
            titles(&o, SectionKind::Part),
            ["2025年工作回顾", "2026年工作安排"],
            "{src}"
        );
        assert_eq!(
            titles(&o, SectionKind::Area),
            [
                "经济运行稳中向好",
                "民生福祉持续增进",
                "扩大内需",
                "推进创新"
            ],
            "{src}"
        );
    }
}

/// A run-in heading may open with a numeral that begins a word (一体推进…, probed in two
/// reports of 2026), not with one that counts (一年来…, 三项改革…).
#[test]
fn run_in_headings_opening_with_a_numeral_word() {
    let src = "一、2026年重点工作\n（一）增强科技创新策源功能\n\
               建强战略科技力量。出台实施共建国际科技创新中心建设方案。\n\
               一体推进教育科技人才发展。制定一体推进的实施方案，强化规划衔接。\n\
               深入实施“人工智能+”行动。把握人工智能重塑科研范式机遇，组建创制中心。\n\
               三项改革全面推开。推进零基预算改革，深化国资国企改革。\n";
    let o = outline_of(&cleaned(src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        [
            "建强战略科技力量",
            "一体推进教育科技人才发展",
            "深入实施“人工智能+”行动"
        ]
    );
}

/// A paragraph opening with a sentence that ends on a figure states a target, not a heading
/// (a paragraph cut before 今年中央预算内投资拟安排7000亿元。, probed in national 2024; 开展职业
/// 技能培训40万人次。 in Shandong 2025), though its neighbours are run-ins; a heading may count
/// what it names (加快培育3个潜力产业, the 2026 seed).
#[test]
fn a_sentence_ending_on_a_figure_is_no_run_in() {
    let src = "一、2026年重点工作\n（一）扩大国内需求\n\
               积极扩大有效投资。发挥政府投资带动放大效应，重点支持科技创新、新型基础设施。\n\
               今年中央预算内投资拟安排7000亿元。合理扩大地方政府专项债券投向领域和用作资本金范围。\n\
               加快培育3个潜力产业。推动低空经济、生物制造、商业航天加快发展，抢占未来赛道。\n\
               持续推进城市更新。实施城市更新行动，改造城镇老旧小区和城中村。\n\
               开展职业技能培训40万人次。服务残疾人就业，加强困难群体就业兜底帮扶。\n";
    let o = outline_of(&cleaned(src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        [
            "积极扩大有效投资",
            "加快培育3个潜力产业",
            "持续推进城市更新"
        ]
    );
}

/// A bullet mark before a run-in heading (● ——经济增长稳中有进。…, on a page that bullets
/// only some paragraphs, so the cleaner keeps the marks) is layout, not part of its title.
#[test]
fn a_bullet_before_a_run_in_is_no_part_of_its_title() {
    let body = "全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国，取得好成绩。";
    let plain =
        "推进城市更新，实施城镇老旧小区改造，完善社区服务设施，建设完整社区，提升居住品质。";
    let src = format!(
        "一、2025年工作回顾\n● ——经济增长稳中有进。{body}\n● ——质量效益稳步提高。{body}\n\
         {plain}\n{plain}\n{plain}\n{plain}\n{plain}\n二、2026年工作安排\n{plain}\n{plain}\n"
    );
    let clean = cleaned(&src);
    assert!(clean.text.contains('●'), "the page keeps its list bullets");
    assert_eq!(
        titles(&outline_of(&clean), SectionKind::RunIn),
        ["经济增长稳中有进", "质量效益稳步提高"]
    );
}

/// A maxim that closes (or leads) an area, its paragraph going on 我们要… or 必须…, is no
/// run-in heading, short as it is (a provincial 2026 report closes each area so: 产业强则经济强。
/// 我们要以产业的含金量…). A run-in's body lists tasks without a subject.
#[test]
fn a_maxim_before_an_exhortation_is_no_run_in() {
    let src = "一、2026年重点工作\n（一）加快建设现代化产业体系。巩固壮大实体经济根基。\n\
               推动强链壮群。聚焦现代化产业体系，壮大重点产业链和先进制造业集群。\n\
               强化数智赋能。协同推进数字产业化、产业数字化，推进中小企业数字化转型。\n\
               产业强则经济强。我们要以产业的含金量、含新量、含绿量，提升经济发展能量。\n\
               （二）深入推进创新驱动发展。全面增强自主创新能力。\n\
               加快推动核心技术攻关。持续实施重大技术攻关项目，突破一批关键技术。\n\
               加快促进科产创新融合。突出企业主体地位，完善科技成果转化机制。\n\
               创新决定未来发展的高度。必须紧跟世界创新节奏，培育更强大的创新力量。\n";
    let o = outline_of(&cleaned(src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        [
            "推动强链壮群",
            "强化数智赋能",
            "加快推动核心技术攻关",
            "加快促进科产创新融合"
        ]
    );
}

/// A run-in heading one paragraph away from a series of them counts too: a paragraph cut
/// in two (a page's line end after a sentence), or a run-in's body in two paragraphs, stands
/// between (four corpus reports, national 2021 among them, and flattened pages of the
/// provincial probes). A lone short opening two paragraphs from another lone one does not.
#[test]
fn run_in_headings_across_one_plain_paragraph() {
    let src = "一、2026年重点工作\n（一）增进民生福祉\n\
               促进高质量充分就业。实施稳岗扩容提质行动，稳定和扩大就业。\n\
               协同发展社会事业。加快县域义务教育优质均衡发展。\n\
               加快推进省人民医院国家重大传染病防治基地建设，强化社区卫生服务。\n\
               持续办好为民实事。一是继续实施工程，支持20所普通高中改善办学条件。\n\
               （二）更好统筹发展和安全\n提升防灾减灾能力。完善灾害预警响应机制。\n\
               这是一段普通的文字，说明情况。\n成绩来之不易。这是全省人民团结奋斗的结果。\n";
    let o = outline_of(&cleaned(src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        ["促进高质量充分就业", "协同发展社会事业", "持续办好为民实事"]
    );
}

/// An unbolded run-in inside an area paragraph before a run-in paragraph: the sentence right
/// after the intro sentence, heading a body of its own (the 2026 seed's 提高项目谋划精度), and
/// never a short task among other short tasks deep in the paragraph.
#[test]
fn an_unbolded_run_in_inside_an_area_paragraph() {
    let body = "建立健全全生命周期调度推进机制，力争续建项目一季度全面复工，新建项目上半年开工率达到较高水平，实行重点项目领导包联全覆盖。";
    let src = format!(
        "二、2026年工作安排\n（二）着力扩大有效投资。按照要求，不断激发市场主导的有效投资增长动力。\
         提高项目谋划精度。{body}\n加快项目建设进度。{body}\n（三）加快构建产业体系。{body}\n"
    );
    let o = outline_of(&cleaned(&src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        ["提高项目谋划精度", "加快项目建设进度"]
    );
    // Two intro sentences: the short one after them is a task (the run-in paragraph after
    // is one still, as the one that ends its area).
    let deep = src.replace("按照要求，", "坚持项目为王。按照要求，");
    assert_eq!(
        titles(&outline_of(&cleaned(&deep)), SectionKind::RunIn),
        ["加快项目建设进度"]
    );
    // A short sentence followed by other short tasks heads nothing.
    let tasks = src.replace(
        &format!("提高项目谋划精度。{body}"),
        "提高项目谋划精度。持续深化政务公开。开展重点项目大督查。支持社会资本更好发挥作用，参与重大项目建设运营。",
    );
    assert!(!titles(&outline_of(&cleaned(&tasks)), SectionKind::RunIn)
        .contains(&"提高项目谋划精度".to_string()));
}

/// One paragraph opening with a short sentence after an area paragraph, the last of its area:
/// a run-in (national 2023's 加强和创新社会治理). Not after a title alone on its line (that
/// paragraph is the area's body), nor with a plain paragraph after it.
#[test]
fn a_lone_run_in_paragraph_ending_its_area() {
    let body =
        "推动市域社会治理现代化，完善基层治理，优化社区服务，支持社会组织、志愿服务健康发展。";
    let src = format!(
        "二、2026年工作安排\n（一）推进政府依法履职。加强法治政府建设。坚持依法行政。\n\
         加强和创新社会治理。{body}\n（二）扩大有效需求。{body}\n加强审计监督。{body}\n\
         各位代表！\n让我们团结奋斗。\n"
    );
    let o = outline_of(&cleaned(&src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        ["加强和创新社会治理", "加强审计监督"]
    );
    let alone = src.replace(
        "（一）推进政府依法履职。加强法治政府建设。坚持依法行政。",
        "（一）推进政府依法履职",
    );
    assert_eq!(
        titles(&outline_of(&cleaned(&alone)), SectionKind::RunIn),
        ["加强审计监督"]
    );
    let more = src.replace(
        &format!("加强和创新社会治理。{body}\n"),
        &format!("加强和创新社会治理。{body}\n这一段是普通的文字，说明情况。\n"),
    );
    assert_eq!(
        titles(&outline_of(&cleaned(&more)), SectionKind::RunIn),
        ["加强审计监督"]
    );
}

/// A part label written with a point (一．, or 一. from an English input mode) is a part
/// label as 一、 is; a Chinese numeral before it is never a decimal.
#[test]
fn part_labels_with_a_point() {
    for sep in ["．", "."] {
        let src = format!(
            "各位代表：\n一{sep}2025年工作回顾\n过去一年，经济增长5.5%。\n\
             二{sep}2026年工作安排\n（一）加快发展新质生产力。新建5G基站3000个。\n\
             （二）扩大有效需求。新开工项目100个。\n三{sep}加强政府自身建设\n坚持依法行政。\n"
        );
        let clean = cleaned(&src);
        let o = outline_of(&clean);
        check_invariants(&clean, &o);
        assert_eq!(
            titles(&o, SectionKind::Part),
            ["2025年工作回顾", "2026年工作安排", "加强政府自身建设"],
            "{src}"
        );
        assert_eq!(of_kind(&o, SectionKind::Part)[1].label, format!("二{sep}"));
        assert_eq!(titles(&o, SectionKind::Area).len(), 2);
    }
}

/// The closing appeal after an address on a line of its own (各位代表！ then …奋斗！)
/// closes the report as it does written in one paragraph: the glossary after it is an
/// appendix, not part of the last area.
#[test]
fn closing_after_a_bare_address() {
    for address in ["各位代表！\n", "各位代表！"] {
        let src = format!(
            "一、2025年工作安排\n（一）扩大内需。加强消费。\n（二）深化改革。推进国企改革。\n\
             {address}迎接风险挑战，惟有无畏前行。我们要团结奋斗，完成全年目标任务！\n名词解释\n\
             1.两新：大规模设备更新和消费品以旧换新。\n"
        );
        let clean = cleaned(&src);
        let o = outline_of(&clean);
        check_invariants(&clean, &o);
        assert_eq!(titles(&o, SectionKind::Appendix), ["名词解释"], "{src}");
    }
}

/// Prints a summary of every seed and corpus outline (`cargo test --lib outline::tests::dump
/// -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().display().to_string())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files.insert(
        0,
        format!(
            "{}/../shared/seeds/taiyuan-2026-government-work-report.txt",
            env!("CARGO_MANIFEST_DIR")
        ),
    );
    files.insert(
        0,
        format!(
            "{}/../shared/seeds/taiyuan-2025-government-work-report.txt",
            env!("CARGO_MANIFEST_DIR")
        ),
    );
    let verbose = std::env::var("DUMP").ok();
    for f in files.iter().filter(|f| f.ends_with(".txt")) {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let clean = cleaned(&src);
        let o = outline_of(&clean);
        let n = |k| o.iter().filter(|s| s.kind == k).count();
        let cs = crate::extract::commitments(&clean, &o);
        let ls = crate::extract::lists(&clean, &o);
        let year = crate::extract::targets::detect_year(&clean.text);
        println!(
            "{f}: year {year:?} commitments {} lists {:?} parts {} areas {} runins {} enums {} appendix {}",
            cs.len(),
            ls.iter().map(|l| l.items.len()).collect::<Vec<_>>(),
            n(SectionKind::Part),
            n(SectionKind::Area),
            n(SectionKind::RunIn),
            n(SectionKind::Enum),
            n(SectionKind::Appendix)
        );
        if verbose.as_deref().is_some_and(|v| f.contains(v)) {
            for s in &o {
                if s.kind != SectionKind::Enum || std::env::var("ENUMS").is_ok() {
                    println!(
                        "{}{:?} {} {}",
                        "  ".repeat(s.depth),
                        s.kind,
                        s.label,
                        s.title
                    );
                }
            }
        }
    }
}

/// Prints commitments of one file (`DUMPC=name cargo test --lib outline::tests::dump_commitments
/// -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump_commitments() {
    let Ok(name) = std::env::var("DUMPC") else {
        return;
    };
    let Some(src) = read_seed(&name).or_else(|| read_corpus(&name)) else {
        return;
    };
    let clean = cleaned(&src);
    let o = outline_of(&clean);
    for c in crate::extract::commitments(&clean, &o) {
        println!(
            "[{}] {} | {}",
            c.trigger.unwrap_or_default(),
            c.text,
            c.path.join(" > ")
        );
    }
}

#[test]
fn cut_reports_never_panic() {
    let Some(src) = read_seed(SEED_2026.file) else {
        return;
    };
    let cuts: Vec<usize> = (0..src.len())
        .step_by(src.len() / 37 + 1)
        .filter(|&i| src.is_char_boundary(i))
        .collect();
    for &cut in &cuts {
        for piece in [&src[..cut], &src[cut..]] {
            let clean = cleaned(piece);
            let o = outline_of(&clean);
            check_invariants(&clean, &o);
            let _ = crate::extract::commitments(&clean, &o);
            let _ = crate::extract::lists(&clean, &o);
            let _ = crate::extract::targets::detect_year(&clean.text);
        }
    }
}

#[test]
fn innermost_by_search_matches_the_scan() {
    // Regression (robustness): `innermost` scanned every section per call, which made parsing
    // quadratic (28 s for a 16 MB report). The search must give the scan's answers.
    let mut texts: Vec<String> = [
        "taiyuan-2025-government-work-report.txt",
        "taiyuan-2026-government-work-report.txt",
    ]
    .iter()
    .filter_map(|n| read_seed(n))
    .collect();
    texts.extend(
        [
            "national-2025.txt",
            "guangdong-2026.txt",
            "shanghai-2025.txt",
        ]
        .iter()
        .filter_map(|n| read_corpus(n)),
    );
    assert!(!texts.is_empty(), "the seeds are in fixtures/");
    for src in &texts {
        let clean = cleaned(src);
        let o = outline_of(&clean);
        let t = &clean.text;
        let bounds: Vec<usize> = t
            .char_indices()
            .map(|(i, _)| i)
            .step_by(3)
            .chain([t.len()])
            .collect();
        for w in bounds.windows(3) {
            for span in [Span::new(w[0], w[1]), Span::new(w[0], w[2])] {
                assert_eq!(innermost(&o, span), innermost_by_scan(&o, span), "{span:?}");
            }
        }
    }
}

/// Parts numbered 第一部分, 第二部分… take each label one level down: 一、 numbers the areas,
/// （一） the sub-areas inside them (whose run-in paragraphs nest in them); a 一、 heading is
/// no commitment text.
#[test]
fn parts_numbered_di_yi_bu_fen_push_labels_down() {
    let c = cleaned(
        "第一部分 2025年工作回顾\n过去一年，我们坚持稳中求进，全市地区生产总值增长5.2%。\n\
         第二部分 2026年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n\
         一、加快发展新质生产力\n\
         （一）强化科技创新。实施科技创新行动，新增高新技术企业100家。\n\
         建设创新平台。新建省级重点实验室5个。\n\
         培育创新主体。新增科技型中小企业500家。\n\
         （二）推进产业升级。建设先进制造业集群，实施技改项目100个。\n\
         二、扩大有效需求\n\
         （一）提振消费。开展促消费活动200场。\n\
         第三部分 加强政府自身建设\n坚持依法行政，建设法治政府。\n",
    );
    let o = outline_of(&c);
    check_invariants(&c, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2025年工作回顾", "2026年工作安排", "加强政府自身建设"]
    );
    assert_eq!(
        of_kind(&o, SectionKind::Part)
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>(),
        ["第一部分", "第二部分", "第三部分"]
    );
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["加快发展新质生产力", "扩大有效需求"]
    );
    let path = |title: &str| {
        let s = o.iter().find(|s| s.title == title).expect(title);
        path_of(&o, s.id)
    };
    assert_eq!(
        path("建设创新平台"),
        [
            "2026年工作安排",
            "加快发展新质生产力",
            "强化科技创新",
            "建设创新平台"
        ]
    );
    assert_eq!(
        path("推进产业升级"),
        ["2026年工作安排", "加快发展新质生产力", "推进产业升级"]
    );
    assert_eq!(
        path("提振消费"),
        ["2026年工作安排", "扩大有效需求", "提振消费"]
    );
    // Without 第…部分, 一、 and （一） keep their levels.
    let c = cleaned("一、2026年工作安排\n（一）强化科技创新。实施科技创新行动。\n");
    let o = outline_of(&c);
    assert_eq!(titles(&o, SectionKind::Part), ["2026年工作安排"]);
    assert_eq!(titles(&o, SectionKind::Area), ["强化科技创新"]);
    // With 第…部分 but no 一、 above the （一）, （一） numbers the areas (probed: every corpus
    // report's parts written 第一部分… lost all its areas to the parts); a 民生实事 list
    // labelled 一、 after them stays a list.
    let c = cleaned(
        "第一部分 2025年工作回顾\n（一）经济运行稳中有进\n全市地区生产总值增长5.2%。\n\
         第二部分 2026年工作安排\n（一）强化科技创新\n实施科技创新行动，新增高新技术企业100家。\n\
         （二）扩大有效需求\n开展促消费活动200场。\n今年办好十件民生实事：\n\
         一、新建幼儿园10所。\n二、新增养老床位1000张。\n",
    );
    let o = outline_of(&c);
    check_invariants(&c, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2025年工作回顾", "2026年工作安排"]
    );
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["经济运行稳中有进", "强化科技创新", "扩大有效需求"]
    );
}

/// A 民生实事 list labelled as the areas are (（一）… inside area （二）) is no new group of
/// areas: the areas go on after it (（三） after the list's （十）), and its items stay in the
/// area. A second group of areas after a lead-in that names no such list is read as before.
#[test]
fn a_list_labelled_like_the_areas_inside_an_area() {
    let items: String = [
        "新建公办幼儿园20所。",
        "新增养老床位1000张。",
        "改造老旧小区100个。",
    ]
    .iter()
    .enumerate()
    .map(|(k, it)| {
        format!(
            "（{}）{it}\n",
            crate::outline::text::cn_numeral(k as u32 + 1)
        )
    })
    .collect();
    let src = format!(
        "二、2026年工作安排\n（一）扩大内需。新建学校10所。\n（二）保障民生。今年继续办好三件民生实事：\n\
         {items}（三）推进改革。深化国企改革。\n三、加强政府自身建设\n坚持依法行政。\n"
    );
    let o = outline_of(&cleaned(&src));
    assert_eq!(
        titles(&o, SectionKind::Area),
        ["扩大内需", "保障民生", "推进改革"]
    );
    // A lead-in of work areas, not a 民生实事 list: a group of areas of its own.
    let src = src.replace("今年继续办好三件民生实事：", "重点抓好以下工作：");
    let o = outline_of(&cleaned(&src));
    assert!(titles(&o, SectionKind::Area).contains(&"新建公办幼儿园20所".to_string()));
}

/// Run-in headings set inside an area's one paragraph (a report printing a whole area as one
/// paragraph): taken as a series heading long enough bodies, each running to the next; the
/// body's own short tasks are none, and neither is a lone short sentence.
#[test]
fn run_ins_inside_an_area_paragraph() {
    let body = "推动“苏品苏货”上平台、上商超、上连锁，着力稳住汽车、家电数码等商品消费，\
                培育特色消费，打造首发首店、首秀首展等新场景。";
    let area = format!(
        "（一）不断巩固拓展经济稳中向好势头。持续拓展内需增长新空间，增进国际经贸合作。\
         更大力度提振消费。{body}创新发展数字贸易。扩大优质消费品、高端服务等进口。\
         着力扩大有效投资。{body}促进外贸稳中提质。{body}"
    );
    let src =
        format!("二、2026年重点工作\n{area}\n（二）更大力度深化改革开放。深化国资国企改革。\n");
    let clean = cleaned(&src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        ["更大力度提振消费", "着力扩大有效投资", "促进外贸稳中提质"]
    );
    // Each runs to the next, the body's short tasks inside the first.
    let runins = of_kind(&o, SectionKind::RunIn);
    let text = |s: &Section| &clean.text[s.span.start..s.span.end];
    assert!(text(runins[0]).ends_with("扩大优质消费品、高端服务等进口。"));
    assert!(text(runins[2]).ends_with(body));
    assert_eq!(
        o[runins[0].parent.unwrap()].title,
        "不断巩固拓展经济稳中向好势头"
    );
    // The same with the title alone on its line, as a web page sets it.
    let split = src.replace("势头。持续", "势头。\n持续");
    let o = outline_of(&cleaned(&split));
    assert_eq!(titles(&o, SectionKind::RunIn).len(), 3, "{o:#?}");
    // And with no intro sentence: the body opens with its first run-in.
    let bare = src.replace("势头。持续拓展内需增长新空间，增进国际经贸合作。", "势头\n");
    let o = outline_of(&cleaned(&bare));
    assert_eq!(titles(&o, SectionKind::RunIn).len(), 3, "{o:#?}");
    // One candidate alone is no series; a series starting deep in the paragraph is none.
    let one = format!("二、2026年重点工作\n（一）扩大内需。坚持内需主导，促消费扩投资。更大力度提振消费。{body}{body}\n");
    assert!(titles(&outline_of(&cleaned(&one)), SectionKind::RunIn).is_empty());
    let late = src.replace(
        "增进国际经贸合作。",
        &format!("增进国际经贸合作。{body}{body}{body}"),
    );
    assert!(titles(&outline_of(&cleaned(&late)), SectionKind::RunIn).is_empty());
    // After an intro of two sentences, a series of three with no short task between is
    // taken; one of two, or one with a short task among it, is not.
    let longer = src.replace("增进国际经贸合作。", "增进国际经贸合作。坚持内需主导。");
    assert!(titles(&outline_of(&cleaned(&longer)), SectionKind::RunIn).is_empty());
    let clean_series = longer.replace("创新发展数字贸易。扩大优质消费品、高端服务等进口。", "");
    let o = outline_of(&cleaned(&clean_series));
    assert_eq!(titles(&o, SectionKind::RunIn).len(), 3, "{o:#?}");
    let two = clean_series.replace("促进外贸稳中提质。", "");
    assert!(titles(&outline_of(&cleaned(&two)), SectionKind::RunIn).is_empty());
    // A review's one-off event (…获批) or done deed (完成…, 率先…) heads nothing.
    for fact in [
        "国家中试平台获批。",
        "完成第五次全国经济普查任务。",
        "率先制定乡村振兴规划。",
    ] {
        let event = src.replace("着力扩大有效投资。", fact);
        assert_eq!(
            titles(&outline_of(&cleaned(&event)), SectionKind::RunIn),
            ["更大力度提振消费", "促进外贸稳中提质"],
            "{fact}"
        );
    }
}

/// An area paragraph with run-ins inside, its body continued in a paragraph a page set apart
/// (or two areas printed as one): the run-ins of the second paragraph are read too, and only
/// in such an area.
#[test]
fn run_ins_inside_an_area_paragraph_continued() {
    let body = "推动“苏品苏货”上平台、上商超、上连锁，着力稳住汽车、家电数码等商品消费，\
                培育特色消费，打造首发首店、首秀首展等新场景。";
    let src = format!(
        "二、2026年重点工作\n（一）不断巩固拓展经济稳中向好势头。持续拓展内需增长新空间。\
         更大力度提振消费。{body}着力扩大有效投资。{body}\n\
         坚持项目为王，推动重大项目建设。促进外贸稳中提质。{body}加快培育外贸新动能。{body}\n\
         （二）更大力度深化改革开放。深化国资国企改革。\n"
    );
    let o = outline_of(&cleaned(&src));
    assert_eq!(
        titles(&o, SectionKind::RunIn),
        [
            "更大力度提振消费",
            "着力扩大有效投资",
            "促进外贸稳中提质",
            "加快培育外贸新动能"
        ]
    );
    // Without run-ins in the area's own paragraph, the second paragraph's are none.
    let plain = src
        .replace("更大力度提振消费。", "")
        .replace("着力扩大有效投资。", "");
    assert!(titles(&outline_of(&cleaned(&plain)), SectionKind::RunIn).is_empty());
}

/// Reports printing each area as one paragraph with its run-in headings inside, read by hand:
/// the headings found and the body tasks that must stay tasks.
#[test]
fn corpus_run_ins_inside_area_paragraphs() {
    let cases: [(&str, &[&str], &[&str]); 3] = [
        (
            "jiangsu-2026.txt",
            &[
                "更大力度提振消费",
                "着力扩大有效投资",
                "促进外贸稳中提质",
                "加强基础研究和科技攻关",
                "进一步优化营商环境",
                "加强全生命周期人口服务",
                // The government's conduct, after an intro of two sentences.
                "着力厚植为民情怀",
                "着力弘扬清廉之风",
            ],
            &["创新发展数字贸易", "深化零基预算改革和省以下财政体制改革"],
        ),
        (
            "hubei-2025.txt",
            &[
                "精准发力扩大有效投资",
                "千方百计促进消费需求",
                "加快打造具有全国影响力的科技创新高地",
                "纵深推进重点领域改革",
                "毫不放松抓好安全生产",
            ],
            &["完成第五次全国经济普查任务"],
        ),
        (
            "shandong-2026.txt",
            &[
                "全力释放消费潜能",
                "积极扩大有效投资",
                "推动贸易创新发展",
                "促进人口高质量发展",
                // The review's, after an intro of two sentences.
                "主要指标好于预期",
                "扩大消费成效明显",
            ],
            &[
                "国家绿色化工和新材料制造业中试平台获批",
                "出台实施乡村全面振兴规划",
                "深化环评审批改革",
            ],
        ),
    ];
    for (file, present, absent) in cases {
        let Some(src) = read_corpus(file) else {
            return;
        };
        let o = outline_of(&cleaned(&src));
        let runins = titles(&o, SectionKind::RunIn);
        for t in present {
            assert!(runins.iter().any(|r| r == t), "{file}: {t} not read");
        }
        for t in absent {
            assert!(
                !runins.iter().any(|r| r == t),
                "{file}: {t} read as a heading"
            );
        }
    }
}

/// A newspaper's later page starting inside the work plan: its first areas numbered from
/// wherever the page starts, its first part 三、 or later (or none); a page starting in the
/// review (its first part 二、, the plan) keeps the review's areas out.
#[test]
fn a_page_starting_inside_the_plan() {
    let plan = "（上接第1版）\n（四）扩大内需。新建学校10所，新增学位1万个。\n\
                （五）保障民生。新增养老床位1000张。\n四、全面加强政府自身建设\n坚持依法行政。\n";
    let o = outline_of(&cleaned(plan));
    assert_eq!(titles(&o, SectionKind::Area), ["扩大内需", "保障民生"]);
    assert_eq!(titles(&o, SectionKind::Part), ["全面加强政府自身建设"]);
    // No part after: a page from inside the last part.
    let last = plan.replace("四、全面加强政府自身建设\n", "");
    let o = outline_of(&cleaned(&last));
    assert_eq!(titles(&o, SectionKind::Area), ["扩大内需", "保障民生"]);
    let review = "（上接第1版）\n（四）民生福祉持续增进。新增就业10万人。\n\
                  （五）改革开放深入推进。新设外资企业100家。\n\
                  二、2026年工作安排\n（一）扩大内需。新建学校10所。\n";
    let o = outline_of(&cleaned(review));
    assert_eq!(titles(&o, SectionKind::Area), ["扩大内需"]);
    assert_eq!(titles(&o, SectionKind::Part), ["2026年工作安排"]);
}

/// An area label mistyped (（二） twice, （五） for （三）) is read as the number it should have
/// had when the next area goes on from it; a repeat with no area after it stays body text.
/// Before, the mistyped heading was read as a task of the area before.
#[test]
fn a_mistyped_area_label_is_read_in_sequence() {
    let src = "二、2026年重点工作\n\
               （一）扩大有效需求。新建学校20所。\n\
               （二）发展新质生产力。新增高新技术企业100家。\n\
               （二）保障和改善民生。新增城镇就业8万人。\n\
               （四）推进生态文明建设。新增造林1万亩。\n\
               （五）统筹发展和安全。新建应急避难场所10处。\n\
               三、全面加强政府自身建设\n坚持依法行政。\n";
    let area_titles = |src: &str| titles(&outline_of(&cleaned(src)), SectionKind::Area);
    let all = [
        "扩大有效需求",
        "发展新质生产力",
        "保障和改善民生",
        "推进生态文明建设",
        "统筹发展和安全",
    ];
    let clean = cleaned(src);
    check_invariants(&clean, &outline_of(&clean));
    assert_eq!(area_titles(src), all);
    let typo = src.replace("（二）保障", "（五）保障");
    assert_eq!(area_titles(&typo), all);
    // The labels after a typo go on as written.
    let labels: Vec<String> = of_kind(&outline_of(&cleaned(&typo)), SectionKind::Area)
        .iter()
        .map(|s| s.label.clone())
        .collect();
    assert_eq!(labels, ["（一）", "（二）", "（五）", "（四）", "（五）"]);
    // A repeat that nothing goes on from is no heading.
    let last = "二、2026年重点工作\n（一）扩大有效需求。新建学校20所。\n\
                （二）发展新质生产力。新增高新技术企业100家。\n\
                （二）保障和改善民生。新增城镇就业8万人。\n三、全面加强政府自身建设\n";
    assert_eq!(area_titles(last), ["扩大有效需求", "发展新质生产力"]);
}

/// A part or area whose number the page lost: the labels skip one (一、 then 三、, （二） then
/// （四）, or a part's areas start at （二）). A part named by its words in the gap is the
/// missing part, and the numbered ones after it are still read; before, everything after the
/// gap was read as the part or area before it, or as no area at all.
#[test]
fn a_lost_heading_number_is_skipped() {
    let src = "一、2025年工作回顾\n\
               （一）经济运行稳中有进。全市生产总值增长5%。\n\
               （二）改革开放持续深化。新设企业1万家。\n\
               2026年工作安排\n\
               今年是“十五五”开局之年。\n\
               （一）扩大有效需求。新建学校20所。\n\
               （二）发展新质生产力。新增高新技术企业100家。\n\
               加快培育未来产业。推动人工智能赋能千行百业。\n\
               （四）保障和改善民生。新增城镇就业8万人。\n\
               三、全面加强政府自身建设\n\
               坚持依法行政。严格规范公正文明执法。\n\
               （二）加强廉洁政府建设。严格落实中央八项规定精神。\n\
               （三）提高行政效能。推进高效办成一件事。\n";
    let clean = cleaned(src);
    let o = outline_of(&clean);
    check_invariants(&clean, &o);
    assert_eq!(
        titles(&o, SectionKind::Part),
        ["2025年工作回顾", "2026年工作安排", "全面加强政府自身建设"]
    );
    let areas: Vec<String> = of_kind(&o, SectionKind::Area)
        .iter()
        .map(|s| format!("{}{}", s.label, s.title))
        .collect();
    assert_eq!(
        areas,
        [
            "（一）经济运行稳中有进",
            "（二）改革开放持续深化",
            "（一）扩大有效需求",
            "（二）发展新质生产力",
            "（四）保障和改善民生",
            "（二）加强廉洁政府建设",
            "（三）提高行政效能"
        ]
    );
}
