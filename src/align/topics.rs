//! Livelihood topics (民生领域) of a 民生实事 item, so that two years' items on the same topic
//! can pair when their wording shares too little for the similarity threshold alone.
//!
//! Why: a province's ten projects cover the same fields every year (elderly care, jobs,
//! schools, health, food safety…) but each year names them anew: 提升食品、药品安全抽检水平
//! → 提升重点领域、重点环节的食品药品安全监管水平 scores 0.32, below the 0.4 that list items
//! need. A reader wants such items side by side as one project adjusted, not one dropped and
//! one added. The topic alone is not enough (two different health projects are not one
//! project reworded), so [`super::align_lists_prepared`] pairs by topic only items left over,
//! with a shared topic and at least a lower similarity ([`super::LIST_TOPIC_THRESHOLD`]).

/// Each topic and the words that name it; an item may have several topics.
const TOPICS: &[(&str, &[&str])] = &[
    (
        "elderly care (养老)",
        &["老年", "养老", "失能", "医养", "长护", "长期护理", "适老"],
    ),
    (
        "jobs (就业)",
        &["就业", "劳动者", "创业", "技能培训", "岗位", "用工"],
    ),
    (
        "schools (教育)",
        &[
            "教育",
            "学校",
            "学位",
            "高中",
            "幼儿园",
            "中小学",
            "学生",
            "教学",
            "校园",
        ],
    ),
    (
        "health care (医疗)",
        &[
            "医疗",
            "医保",
            "医院",
            "卫生院",
            "诊疗",
            "检查检验",
            "筛查",
            "就医",
        ],
    ),
    (
        "food and drug safety (食品药品安全)",
        &["食品", "药品", "抽检", "菜篮子"],
    ),
    (
        "births and childcare (生育托育)",
        &["生育", "孕", "托育", "新生儿", "婴幼儿", "出生缺陷", "育儿"],
    ),
    (
        "social assistance (社会救助)",
        &["低保", "特困", "救助", "兜底", "困难群众", "孤儿", "残疾"],
    ),
    ("mental health (心理健康)", &["心理"]),
    (
        "water and environment (水环境)",
        &["污水", "河湖", "水质", "供水", "垃圾", "黑臭"],
    ),
    (
        "roads and transport (交通出行)",
        &["公路", "公交", "交通", "道路", "服务区", "充电", "路口"],
    ),
    ("parking (停车)", &["停车", "车位"]),
    (
        "housing (住房)",
        &[
            "住房",
            "城中村",
            "危旧房",
            "老旧小区",
            "电梯",
            "安置",
            "棚户",
        ],
    ),
    ("sports (体育健身)", &["体育", "健身", "足球", "运动场"]),
    (
        "emergency and fire safety (应急消防)",
        &["消防", "应急", "防汛", "除险", "海塘"],
    ),
];

/// The topics of `text` as a bit set (bit `i` for `TOPICS[i]`).
pub fn topics(text: &str) -> u32 {
    let mut set = 0u32;
    for (i, (_, words)) in TOPICS.iter().enumerate() {
        if words.iter().any(|w| text.contains(w)) {
            set |= 1 << i;
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_get_their_fields() {
        // guangdong-2025/2026 and taiyuan-2025/2026 items, as written.
        let same = [
            (
                "提升食品、药品安全抽检水平和开展放心消费活动",
                "提升重点领域、重点环节的食品药品安全监管水平",
            ),
            (
                "为老年人提供健康管理、医养结合服务和提升养老机构服务水平",
                "加快建立长期护理保险制度和提升养老服务供给水平",
            ),
            (
                "以学校、医院、商圈为重点，新增公共车位1万个以上",
                "系统治理“停车难、停车贵”,持续增加公共停车场、停车位",
            ),
        ];
        for (a, b) in same {
            assert_ne!(topics(a) & topics(b), 0, "{a} | {b}");
        }
        let apart = [
            (
                "提升县域医疗服务水平和完善居民医保激励机制",
                "提升普通高中办学条件和推动教育帮扶扩围提质",
            ),
            (
                "为重点群体提供稳定就业保障和温馨暖心服务",
                "提升重点领域、重点环节的食品药品安全监管水平",
            ),
        ];
        for (a, b) in apart {
            assert_eq!(topics(a) & topics(b), 0, "{a} | {b}");
        }
        assert_eq!(topics("加强党的建设"), 0);
        assert!(TOPICS.len() <= 32);
    }
}
