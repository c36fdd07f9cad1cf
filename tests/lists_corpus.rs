//! The 民生实事 lists of real provincial reports, year over year, against expectations written
//! by hand from reading both reports: Zhejiang introduces its ten areas at the end of a long
//! paragraph (no heading) and keeps the same ten areas; Guangdong 2025 writes its ten projects
//! twice (in the text and in the appendix) and 2026 once, naming the same fields anew. Also the
//! Zhejiang 医疗卫生 item, whose lone ages count different people. Skipped when the corpus is
//! absent.

mod common;

use common::compare;
use govdiff::model::diff::{ItemStatus, ListDiff};
use govdiff::text::fold;

fn has(text: Option<&str>, needle: &str) -> bool {
    text.is_some_and(|t| fold(t).contains(&fold(needle)))
}

/// The status of the item pair whose old text holds `old` and new text holds `new`.
fn item(list: &ListDiff, old: &str, new: &str) -> Option<ItemStatus> {
    list.items
        .iter()
        .find(|i| has(i.old.as_deref(), old) && has(i.new.as_deref(), new))
        .map(|i| i.status)
}

#[test]
fn zhejiang_ten_areas_pair_area_by_area() {
    let Some(c) = compare("zhejiang-2025.txt", "zhejiang-2026.txt") else {
        return;
    };
    assert_eq!(c.lists.len(), 1, "{:#?}", c.lists);
    let list = &c.lists[0];
    assert!(list.title.contains("民生实事"), "{}", list.title);
    for area in [
        "医疗卫生方面",
        "养老帮困方面",
        "关爱儿童方面",
        "就业创业方面",
        "城乡宜居方面",
        "教育助学方面",
        "交通出行方面",
        "便民服务方面",
        "除险保安方面",
    ] {
        assert_eq!(
            item(list, area, area),
            Some(ItemStatus::Changed),
            "{area}: {list:#?}"
        );
    }
    // 体育健身方面 became 文化体育方面.
    assert_eq!(
        item(list, "体育健身方面", "文化体育方面"),
        Some(ItemStatus::Changed)
    );
    // The 医疗卫生 items hold several figures each; their only ages (60岁以上老年人,
    // 0—6岁儿童) count different people and are not one figure changed.
    let health = list
        .items
        .iter()
        .find(|i| has(i.old.as_deref(), "医疗卫生方面"))
        .expect("health item");
    assert!(
        !health.changes.iter().any(|q| q.old.is_some()
            && q.new.is_some()
            && has(q.old.as_ref().map(|x| x.text.as_str()), "岁")),
        "{:#?}",
        health.changes
    );
}

#[test]
fn guangdong_projects_written_twice_are_one_list() {
    let Some(c) = compare("guangdong-2025.txt", "guangdong-2026.txt") else {
        return;
    };
    assert_eq!(c.lists.len(), 1, "{:#?}", c.lists);
    let list = &c.lists[0];
    assert!(
        !list.items.iter().any(|i| i.status == ItemStatus::Removed
            && has(i.old.as_deref(), "为青少年提供更加普惠专业的心理健康服务")),
        "a project of the list written twice shows as dropped: {list:#?}"
    );
    for (old, new) in [
        ("食品、药品安全抽检", "食品药品安全监管"),
        ("养老机构服务水平", "养老服务供给水平"),
        ("稳定就业保障", "普惠就业公共服务"),
        ("心理健康服务", "心理健康服务"),
        ("生活污水治理", "生活污水治理"),
        ("四好农村路", "四好农村路"),
        ("县域医疗服务水平", "基层医疗健康服务"),
    ] {
        assert_eq!(
            item(list, old, new),
            Some(ItemStatus::Changed),
            "{old} → {new}: {list:#?}"
        );
    }
}
