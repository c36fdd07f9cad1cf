//! End-to-end check of `diff::compare` on the Taiyuan seed reports (2025 → 2026): section
//! pairings, commitment pairs, added and removed commitments, the 十件民生实事 list and the
//! target table, all hand-checked by reading both reports side by side. Also: a re-scrape of
//! the national 2024 report is not a substantive change (skipped when the corpus is absent).

use std::path::PathBuf;

use govdiff::model::diff::{Comparison, Direction, ItemStatus, SectionStatus};
use govdiff::pipeline::{parse_file, ParseOptions};
use govdiff::text::fold;

fn seed(year: u32) -> PathBuf {
    PathBuf::from(format!(
        "{}/fixtures/seeds/taiyuan-{year}-government-work-report.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn seeds() -> Comparison {
    let old = parse_file(&seed(2025), &ParseOptions::default()).expect("2025 seed parses");
    let new = parse_file(&seed(2026), &ParseOptions::default()).expect("2026 seed parses");
    govdiff::diff::compare(&old, &new)
}

fn has(text: Option<&str>, needle: &str) -> bool {
    text.is_some_and(|t| fold(t).contains(&fold(needle)))
}

/// Whether some commitment pair has `old` in its old clause and `new` in its new clause.
fn paired(c: &Comparison, old: &str, new: &str) -> bool {
    c.commitments.iter().any(|p| {
        has(p.old.as_ref().map(|s| s.text.as_str()), old)
            && has(p.new.as_ref().map(|s| s.text.as_str()), new)
    })
}

/// Status of the commitment rows whose clause (on either side) holds `needle`.
fn statuses(c: &Comparison, needle: &str) -> Vec<ItemStatus> {
    c.commitments
        .iter()
        .filter(|p| {
            has(p.old.as_ref().map(|s| s.text.as_str()), needle)
                || has(p.new.as_ref().map(|s| s.text.as_str()), needle)
        })
        .map(|p| p.status)
        .collect()
}

/// Folded, without spaces: `(一) 聚焦` → `(一)聚焦`.
fn squeeze(s: &str) -> String {
    fold(s).chars().filter(|c| !c.is_whitespace()).collect()
}

/// Section labels as folded, e.g. `(三)`.
fn section(c: &Comparison, status: SectionStatus, old: Option<&str>, new: Option<&str>) -> bool {
    let starts = |r: Option<&govdiff::model::diff::SectionRef>, l: Option<&str>| match (r, l) {
        (Some(r), Some(l)) => squeeze(&r.title).starts_with(&squeeze(l)),
        (None, None) => true,
        _ => false,
    };
    c.sections
        .iter()
        .any(|s| s.status == status && starts(s.old.as_ref(), old) && starts(s.new.as_ref(), new))
}

/// Hand-checked (2025 clause, 2026 clause) pairs: same commitment, reworded, refigured or moved.
const PAIRS: &[(&str, &str)] = &[
    ("新建公办幼儿园10所", "新改扩建公办幼儿园10所"),
    // 0.47 in wording; 银发经济 and 冰雪经济 are each said in this commitment alone.
    (
        "大力培育发展银发经济",
        "培育一批银发经济、冰雪经济、户外经济",
    ),
    ("新增技能人才1.5万人", "新增技能人才1万人"),
    ("新建高标准农田3.6万亩以上", "新建改造高标准农田2.96万亩"),
    ("新改扩建设施蔬菜5000亩", "新改扩建设施蔬菜5000亩"),
    ("精品示范村24个", "20个精品示范村"),
    ("完成市级托育服务中心建设", "启动运营市级托育服务中心"),
    // A commitment of its own since the trigger 推广: both name the same two forms
    // (社区嵌入式托育, 用人单位办托), the 20 points new in 2026.
    ("推广社区嵌入式托育", "建设社区嵌入式托育点20个"),
    ("残疾人两项补贴制度", "提高残疾人两项补贴标准"),
    ("兰村泉水位持续回升", "兰村泉水位持续上升"),
    ("全方位推进“无废城市”建设", "持续推动“无废城市”建设"),
    ("实质性启动太原临空经济区建设", "推进太原临空经济区建设"),
    ("晋鲁大宗商品骨干流通走廊", "晋冀鲁豫大宗商品骨干流通走廊"),
    ("高标准建设国家区域医疗中心", "加快国家区域医疗中心提质"),
    (
        "健全防止拖欠企业账款长效机制",
        "完善拖欠企业账款清偿长效机制",
    ),
    (
        "不折不扣完成省下达的约束性指标任务",
        "约束性指标不折不扣完成省下达任务",
    ),
    ("新增学位2500个", "增加学位2500个"),
    ("坚决守住不发生系统性风险底线", "守牢不发生系统性风险底线"),
    (
        "改造完善100个标准化社会单位、社区微型消防站",
        "建设微型消防站",
    ),
    ("打造连接四市1小时城市快速路", "打造连接四市1小时交通圈"),
    // Commitments again since the triggers 积极发展 and 带动 (src/extract/commitments.rs).
    ("积极发展公益慈善事业", "促进和规范公益慈善事业发展"),
    (
        "引领带动山西中部城市群“六个一体化”发展",
        "引领带动山西中部城市群“六个一体化”发展",
    ),
    (
        "严控“三公”经费和政府购买服务支出",
        "严控“三公”经费和一般性支出",
    ),
    ("提升本质安全水平", "切实提升本质安全水平"),
    ("巩固全国文明城市创建成果", "全力答好全国文明城市创建答卷"),
    // Below the commitment threshold, backed by a quoted name each report mentions only there.
    ("加力落实“两新”扩围政策", "优化“两新”政策实施"),
    (
        "加快推进“一泓清水入黄河”工程",
        "健全“一泓清水入黄河”项目长效运维管理机制",
    ),
    // Well below the commitment threshold (0.24), paired by a name each report quotes in
    // this commitment alone and names at most twice (align::named_pairs).
    ("争取实现“退后十”目标", "巩固空气质量“退后十”成果"),
    // Below the commitment threshold (0.44), backed by its figure: 街巷 50余条 → 25条.
    (
        "等50余条市民反映强烈的街巷改造工程",
        "等25条市民反映强烈的瓶颈路",
    ),
];

/// Hand-checked: only in 2025 (nothing in 2026 says it).
const REMOVED: &[&str] = &[
    "招聘会300场",
    "新开工18个老旧小区改造",
    "新增养老床位2000张",
    "加装电梯",
    "垂类大模型",
    "社会康养中心",
    "养老金增长",
    "市产业投资集团",
    "太原至长春",
    "轨道交通1号线二期",
    "太原火车站东站房",
    "化工区搬迁",
];

/// Hand-checked: only in 2026.
const ADDED: &[&str] = &[
    "长风公园一期",
    "新增养老服务设施10个",
    "增加起始学位2800个",
    "管网更新改造115公里",
    "新增供热能力2200万平方米",
    "康复诊疗中心",
    "50条道路",
    "光荣院养老院搬迁",
    "100个亿元以上项目",
];

#[test]
fn seed_sections_pair_by_content() {
    let c = seeds();
    assert!(
        section(
            &c,
            SectionStatus::Renamed,
            Some("(三)"),
            Some("(一)聚焦优化环境")
        ) || section(
            &c,
            SectionStatus::Merged,
            Some("(三)"),
            Some("(一)聚焦优化环境")
        ),
        "{:#?}",
        c.sections
    );
    assert!(
        section(
            &c,
            SectionStatus::Split,
            Some("(一)"),
            Some("(三)聚焦强龙头")
        ),
        "{:#?}",
        c.sections
    );
    assert!(
        section(&c, SectionStatus::Split, Some("(一)"), Some("(四)聚焦")),
        "{:#?}",
        c.sections
    );
    assert!(
        section(&c, SectionStatus::Split, Some("(四)"), Some("(七)")),
        "{:#?}",
        c.sections
    );
    assert!(
        section(&c, SectionStatus::Split, Some("(四)"), Some("(八)")),
        "{:#?}",
        c.sections
    );
    assert!(
        section(&c, SectionStatus::Added, None, Some("(五)")),
        "{:#?}",
        c.sections
    );
    // 2025 (八) 安全 went into 2026 (十) (run-in 推动安全“更稳固”) beside 2025 (七) 民生.
    for o in ["(八)", "(七)"] {
        assert!(
            section(&c, SectionStatus::Merged, Some(o), Some("(十)")),
            "{o} {:#?}",
            c.sections
        );
    }
    for (o, n) in [
        ("(二)", "(二)聚焦发展所需"),
        ("(五)", "(六)"),
        ("(六)", "(九)"),
        ("(七)", "(十)"),
    ] {
        assert!(
            c.sections.iter().any(|s| s
                .old
                .as_ref()
                .is_some_and(|r| squeeze(&r.title).starts_with(o))
                && s.new
                    .as_ref()
                    .is_some_and(|r| squeeze(&r.title).starts_with(&squeeze(n)))),
            "{o}->{n} {:#?}",
            c.sections
        );
    }
    // The 十五五 areas are new in 2026; nothing old pairs with them.
    for s in &c.sections {
        if s.new
            .as_ref()
            .is_some_and(|r| r.title.contains("十五五") && squeeze(&r.title).starts_with('('))
        {
            assert_eq!(s.status, SectionStatus::Added, "{s:?}");
        }
    }
    assert_eq!(
        c.summary.sections_added + c.summary.sections_removed + c.summary.sections_matched,
        c.sections.len()
    );
}

#[test]
fn seed_commitments_pair_added_removed() {
    let c = seeds();
    let missing: Vec<&(&str, &str)> = PAIRS.iter().filter(|(o, n)| !paired(&c, o, n)).collect();
    eprintln!(
        "commitment pairs found {}/{}",
        PAIRS.len() - missing.len(),
        PAIRS.len()
    );
    assert!(missing.is_empty(), "missing pairs: {missing:?}");
    // Alike in wording (0.47) and both 亿元以上, but 招商 is not 争取上级资金: no pair, no −70%.
    assert!(!paired(
        &c,
        "招商落地开工投资1000亿元",
        "争取上级资金300亿元"
    ));
    for needle in REMOVED {
        let st = statuses(&c, needle);
        assert!(
            !st.is_empty() && st.iter().all(|s| *s == ItemStatus::Removed),
            "{needle}: {st:?}"
        );
    }
    for needle in ADDED {
        let st = statuses(&c, needle);
        assert!(
            !st.is_empty() && st.iter().all(|s| *s == ItemStatus::Added),
            "{needle}: {st:?}"
        );
    }
    // Figures: 1.5万 → 1万 skilled workers is a cut; 3.6万亩以上 → 2.96万亩 is −17.8%, floor → point.
    let skill = c
        .commitments
        .iter()
        .find(|p| {
            has(
                p.old.as_ref().map(|s| s.text.as_str()),
                "新增技能人才1.5万人",
            )
        })
        .expect("skills pair");
    assert!(
        skill.changes.iter().any(|q| q.direction == Direction::Down),
        "{:?}",
        skill.changes
    );
    let farm = c
        .commitments
        .iter()
        .find(|p| has(p.old.as_ref().map(|s| s.text.as_str()), "高标准农田3.6万亩"))
        .expect("farmland pair");
    assert!(
        farm.changes
            .iter()
            .any(|q| q.summary.starts_with("−17.8%") && q.summary.contains("floor → point")),
        "{:?}",
        farm.changes
    );
    assert!(!farm.words.is_empty());
    // Removed commitments are listed as the old report reads, whatever order the new
    // report gave their neighbours.
    let old_text = std::fs::read_to_string(seed(2025)).expect("2025 seed reads");
    let at: Vec<usize> = c
        .commitments
        .iter()
        .filter(|p| p.status == ItemStatus::Removed)
        .filter_map(|p| old_text.find(p.old.as_ref()?.text.as_str()))
        .collect();
    assert!(
        at.len() > 100,
        "{} removed found in the 2025 text",
        at.len()
    );
    assert!(at.windows(2).all(|w| w[0] < w[1]), "removed out of order");
    // Summary counts agree with the rows.
    let n = |st: ItemStatus| c.commitments.iter().filter(|p| p.status == st).count();
    assert_eq!(c.summary.commitments_added, n(ItemStatus::Added));
    assert_eq!(c.summary.commitments_removed, n(ItemStatus::Removed));
    assert_eq!(c.summary.commitments_changed, n(ItemStatus::Changed));
    assert!(c.substantive);
}

/// Run-in headings across the two years, read side by side: 推进“幼有善育” (2025, under
/// 惠民生) became 推动育儿“更普惠” over the same childcare tasks (托育服务中心, 嵌入式托育),
/// and 2026's 协同推进对内对外开放 is a heading 2025 did not have, over four tasks of which
/// two 2025 had (六个一体化, 临空经济区). Such rows are the headings' titles (they stand for
/// no commitment: `covers` 0).
#[test]
fn seed_run_in_headings_reworded_and_new() {
    let c = seeds();
    let heading = |status: ItemStatus, old: Option<&str>, new: Option<&str>| {
        c.commitments.iter().any(|p| {
            let side = |s: &Option<govdiff::model::diff::CommitmentSide>, want: Option<&str>| {
                match (s, want) {
                    (Some(s), Some(w)) => s.is_heading() && s.text == w,
                    (None, None) => true,
                    _ => false,
                }
            };
            p.status == status && side(&p.old, old) && side(&p.new, new)
        })
    };
    assert!(heading(
        ItemStatus::Changed,
        Some("推进“幼有善育”"),
        Some("推动育儿“更普惠”")
    ));
    assert!(heading(
        ItemStatus::Added,
        None,
        Some("协同推进对内对外开放")
    ));
    // The childcare tasks under them pair with each other, and the two kept tasks too.
    assert!(paired(
        &c,
        "完成市级托育服务中心建设",
        "启动运营市级托育服务中心"
    ));
    assert!(paired(
        &c,
        "实质性启动太原临空经济区建设",
        "推进太原临空经济区建设"
    ));
}

/// Figures a kept task gained or lost, read from the two reports' clauses side by side: the
/// skills-training task drops 完成政府补贴性技能培训2万人 and gains 高技能人才5000人 and 技术
/// 转移人才400人以上 (its 1.5万人 → 1万人 is a lowered figure, not one of these); the vegetables
/// task gains 4000亩 of flowers and 突破220亿元 of processing output; the 汾河 task 10个 sections;
/// the inspection task 14项 and 21项; the childcare tasks 60%以上 and 20个. The 十件民生实事
/// item read again as a commitment (十是改造完善100个… → 八是针对115栋…) is its list's to
/// show, so its 100个 and 115栋 are no rows and not counted.
#[test]
fn seed_figures_gained_and_lost_by_kept_tasks() {
    let c = seeds();
    let rows = govdiff::render::kept_task_figure_rows(&c);
    let got: Vec<(Direction, String)> = rows
        .iter()
        .map(|r| {
            let q = r.change.new.as_ref().or(r.change.old.as_ref()).unwrap();
            (r.change.direction, q.text.clone())
        })
        .collect();
    let want = [
        (Direction::Removed, "2万人"),
        (Direction::Added, "5000人"),
        (Direction::Added, "400人以上"),
        (Direction::Added, "4000亩"),
        (Direction::Added, "突破220亿元"),
        (Direction::Added, "10个"),
        (Direction::Added, "14项"),
        (Direction::Added, "21项"),
        (Direction::Added, "60%以上"),
        (Direction::Added, "20个"),
    ];
    for (d, t) in want {
        assert!(
            got.iter().any(|(gd, gt)| *gd == d && gt == t),
            "{d:?} {t} missing from {got:?}"
        );
    }
    assert_eq!(got.len(), want.len(), "{got:?}");
    assert_eq!(
        (c.summary.quantities_added, c.summary.quantities_removed),
        (9, 1)
    );
    let lost = rows
        .iter()
        .find(|r| r.change.direction == Direction::Removed)
        .unwrap();
    assert!(
        lost.context.contains("完成政府补贴性技能培训2万人"),
        "a lost figure's context is last year's clause: {}",
        lost.context
    );
}

#[test]
fn seed_livelihood_list_item_by_item() {
    let c = seeds();
    let list = c
        .lists
        .iter()
        .find(|l| l.title.contains("民生实事"))
        .expect("民生实事 list diffed");
    let item = |o: &str, n: &str| {
        list.items
            .iter()
            .find(|i| has(i.old.as_deref(), o) && has(i.new.as_deref(), n))
            .map(|i| i.status)
    };
    assert_eq!(
        item("街巷改造", "瓶颈路"),
        Some(ItemStatus::Changed),
        "{list:#?}"
    );
    assert_eq!(
        item("微型消防站", "微型消防站"),
        Some(ItemStatus::Changed),
        "{list:#?}"
    );
    // Parking stays a project: 新增公共车位1万个以上 → 持续增加公共停车场、停车位 (the figure
    // dropped), paired on the topic with their lower similarity.
    assert_eq!(
        item("新增公共车位", "停车难"),
        Some(ItemStatus::Changed),
        "{list:#?}"
    );
    let dropped = |o: &str| {
        list.items
            .iter()
            .any(|i| i.status == ItemStatus::Removed && has(i.old.as_deref(), o))
    };
    for o in [
        "绿波网",
        "检验检测机构互认",
        "心理健康",
        "社会足球场",
        "无障碍改造",
        "农产品快速检测",
        "电梯安全",
    ] {
        assert!(dropped(o), "{o} should be dropped: {list:#?}");
    }
    let new = |n: &str| {
        list.items
            .iter()
            .any(|i| i.status == ItemStatus::Added && has(i.new.as_deref(), n))
    };
    for n in [
        "城中村改造",
        "危旧房",
        "完整社区",
        "户籍窗口",
        "校服",
        "慢阻肺",
        "公交线路",
    ] {
        assert!(new(n), "{n} should be new: {list:#?}");
    }
    assert_eq!(list.items.iter().filter(|i| i.old.is_some()).count(), 10);
    assert_eq!(list.items.iter().filter(|i| i.new.is_some()).count(), 10);
}

#[test]
fn seed_target_rows() {
    let c = seeds();
    let row = |ind: &str| {
        c.targets.iter().find(|t| {
            fold(&t.indicator).contains(ind)
                || t.old_indicator.as_deref().is_some_and(|o| o.contains(ind))
        })
    };
    let retail = row("社会消费品零售总额").expect("retail row");
    let ch = retail.change.as_ref().expect("retail change");
    assert_eq!(ch.direction, Direction::Up);
    assert_eq!(ch.summary, "+1 pp, floor → point");
    let gdp = row("地区生产总值").expect("gdp row");
    assert_eq!(
        gdp.change.as_ref().map(|c| c.direction),
        Some(Direction::Requalified),
        "{gdp:?}"
    );
    let invest = row("固定资产投资").expect("investment row");
    assert_eq!(
        invest.change.as_ref().map(|c| c.summary.as_str()),
        Some("floor → point")
    );
    let budget = row("一般公共预算收入").expect("budget row");
    assert_eq!(budget.status, ItemStatus::Added);
    // 城镇 and 农村 income → one 居民 income: one row per old indicator, both against the new one.
    let income: Vec<_> = c
        .targets
        .iter()
        .filter(|t| {
            t.old_indicator
                .as_deref()
                .is_some_and(|o| o.contains("人均可支配收入"))
        })
        .collect();
    assert_eq!(income.len(), 2, "{:#?}", c.targets);
    assert!(income
        .iter()
        .all(|t| t.indicator.contains("居民人均可支配收入") && t.status == ItemStatus::Changed));
    assert_eq!(
        c.summary.targets_changed,
        c.targets
            .iter()
            .filter(|t| t.status != ItemStatus::Unchanged)
            .count()
    );
}

#[test]
fn rescrape_is_not_substantive() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let (a, b) = (
        dir.join("national-2024.txt"),
        dir.join("national-2024-alt.txt"),
    );
    if !a.exists() || !b.exists() {
        eprintln!("corpus absent; skipping");
        return;
    }
    let old = parse_file(&a, &ParseOptions::default()).expect("parses");
    let new = parse_file(&b, &ParseOptions::default()).expect("parses");
    assert!(!old.commitments.is_empty(), "no commitments extracted");
    let c = govdiff::diff::compare(&old, &new);
    let not_same: Vec<_> = c
        .commitments
        .iter()
        .filter(|p| p.status != ItemStatus::Unchanged)
        .collect();
    assert!(
        !c.substantive,
        "re-scrape: {not_same:#?} {:?} {:?}",
        c.terms,
        c.sections
            .iter()
            .filter(|s| s.status != SectionStatus::Matched)
            .collect::<Vec<_>>()
    );
    // The same report against a different year is substantive.
    let other =
        parse_file(&dir.join("national-2025.txt"), &ParseOptions::default()).expect("parses");
    assert!(govdiff::diff::compare(&old, &other).substantive);
}

/// compare() on the largest corpus pair (Guangdong, ~100 KB each, ~600 commitments a side)
/// goes the whole way: every commitment is accounted for once, most are paired or changed,
/// and the work areas pair. How fast is the benchmark's business (`benches/stages.rs`,
/// docs/performance.md), not a test's.
#[test]
fn largest_corpus_pair_compares_in_full() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let (a, b) = (
        dir.join("guangdong-2025.txt"),
        dir.join("guangdong-2026.txt"),
    );
    if !a.exists() || !b.exists() {
        eprintln!("corpus absent; skipping");
        return;
    }
    let old = parse_file(&a, &ParseOptions::default()).expect("parses");
    let new = parse_file(&b, &ParseOptions::default()).expect("parses");
    let c = govdiff::diff::compare(&old, &new);
    assert!(old.commitments.len() > 400 && new.commitments.len() > 400);
    // A side stands for `covers` of its report's commitments: one, the pieces of a sentence
    // read as one clause, or none for a heading's title.
    let sides = |old_side: bool| -> usize {
        c.commitments
            .iter()
            .filter_map(|p| {
                if old_side {
                    p.old.as_ref()
                } else {
                    p.new.as_ref()
                }
            })
            .map(|s| s.covers)
            .sum()
    };
    assert_eq!(sides(true), old.commitments.len());
    assert_eq!(sides(false), new.commitments.len());
    let paired = c
        .commitments
        .iter()
        .filter(|p| p.old.is_some() && p.new.is_some())
        .count();
    assert!(paired >= 100, "{paired} pairs");
    let areas_paired = c
        .sections
        .iter()
        .filter(|s| s.old.is_some() && s.new.is_some())
        .count();
    assert!(areas_paired >= 15, "{areas_paired} section pairs");
    assert!(c.substantive);
}
