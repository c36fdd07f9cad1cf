//! The place a report is of (地区): 广东省, 太原市, or 国务院 for the national report.
//!
//! Two reports of different places compared by mistake should be warned about, and a heading
//! pasted into an article should say whose report it is even where the page's title
//! (政府工作报告) does not. The dateline says it best (在河南省第十四届人民代表大会…); a
//! newspaper's extraction often drops the dateline, and then the text still names its own
//! city or province far more often than any other place (太原 28 times in Taiyuan's 2026
//! report, 山西 4).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::Report;

/// The place a report is of (地区): from its dateline, else its title, else the place its
/// text names far more often than any other ([`named_most`]); None when none of them tells.
/// `pipeline` keeps it in [`Report::place`], which the rest reads.
pub fn place_of(r: &Report) -> Option<String> {
    let text = r.document_text();
    report_place(text)
        .or_else(|| title_place(&r.documents.get(r.selected)?.title))
        .or_else(|| named_most(text).map(str::to_string))
}

/// The place a work report is of, from its dateline ("在河南省第十四届人民代表大会…") or the
/// national report's "我代表国务院"; None when its opening names neither.
fn report_place(text: &str) -> Option<String> {
    const OPENING_CHARS: usize = 600;
    let opening: String = text.chars().take(OPENING_CHARS).collect();
    if opening.contains("代表国务院") {
        return Some("国务院".into());
    }
    // The first 人民代表大会 after a 届: a page may set a space between them (广东省第十四届
    // 人民代表大会).
    let before = opening
        .match_indices("人民代表大会")
        .map(|(at, _)| opening[..at].trim_end())
        .find(|b| b.ends_with('届'))?;
    let start = before.rfind('在')? + '在'.len_utf8();
    place_name(before[start..].split('第').next()?)
}

/// The place a report's title names: 2026年河南省政府工作报告, 2026年四川省人民政府工作报告.
fn title_place(title: &str) -> Option<String> {
    let rest = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
    place_name(rest.strip_suffix("政府工作报告")?.trim_end_matches("人民"))
}

/// `s` when it reads as the name of a place: 2 to 10 characters ending 省, 市, 区, 州, 县 or 盟.
fn place_name(s: &str) -> Option<String> {
    let n = s.chars().count();
    ((2..=10).contains(&n) && s.ends_with(['省', '市', '区', '州', '县', '盟']))
        .then(|| s.to_string())
}

/// The fewest times the place a text names most must be named for it to be the report's.
const NAMED_MOST_MIN: usize = 10;

/// How many times more often than the next place the place named most must be named.
const NAMED_MOST_LEAD: usize = 3;

/// The place `text` names far more often than any other, from [`PLACES`]: at least
/// [`NAMED_MOST_MIN`] times and [`NAMED_MOST_LEAD`] times as often as the next. Names are
/// read left to right, longest first, none inside another (广西安全 is 广西, not 西安); a
/// name that is a province's and a city's (吉林) is the city's when 市 follows it.
fn named_most(text: &str) -> Option<&'static str> {
    let index = place_index();
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let rest = &text[at..];
        let found = index.starts(c).then(|| {
            index.names.get(&c).and_then(|names| {
                names
                    .iter()
                    .find(|(short, _)| rest.starts_with(short))
                    .copied()
            })
        });
        match found.flatten() {
            Some((short, full)) => {
                let full = if rest[short.len()..].starts_with('市') {
                    PLACES
                        .iter()
                        .find(|(s, f)| *s == short && f.ends_with('市'))
                        .map_or(full, |(_, f)| *f)
                } else {
                    full
                };
                *counts.entry(full).or_default() += 1;
                at += short.len();
            }
            None => at += c.len_utf8(),
        }
    }
    let mut ranked: Vec<(&'static str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, n) = *ranked.first()?;
    let next = ranked.get(1).map_or(0, |r| r.1);
    (n >= NAMED_MOST_MIN && n >= NAMED_MOST_LEAD * next.max(1)).then_some(top)
}

/// [`PLACES`] by first character, longest names first, with a bitmap of those first
/// characters: most characters of a text start no place name, and are passed over by one
/// bit test.
struct PlaceIndex {
    /// One bit per Basic Multilingual Plane character.
    first: Vec<u64>,
    names: HashMap<char, Vec<(&'static str, &'static str)>>,
}

impl PlaceIndex {
    fn starts(&self, c: char) -> bool {
        let c = c as usize;
        self.first
            .get(c / 64)
            .is_some_and(|word| word & (1 << (c % 64)) != 0)
    }
}

fn place_index() -> &'static PlaceIndex {
    static INDEX: OnceLock<PlaceIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = PlaceIndex {
            first: vec![0; 0x10000 / 64],
            names: HashMap::new(),
        };
        for &(short, full) in PLACES {
            if let Some(c) = short.chars().next() {
                index.names.entry(c).or_default().push((short, full));
                if let Some(word) = index.first.get_mut(c as usize / 64) {
                    *word |= 1 << (c as usize % 64);
                }
            }
        }
        for names in index.names.values_mut() {
            names.sort_by_key(|(short, _)| std::cmp::Reverse(short.chars().count()));
        }
        index
    })
}

/// The provinces, autonomous regions and municipalities, then each province's prefecture-level
/// cities (地级市): the name as a text writes it alone, and the place's full name.
const PLACES: &[(&str, &str)] = &[
    ("北京", "北京市"),
    ("天津", "天津市"),
    ("上海", "上海市"),
    ("重庆", "重庆市"),
    ("河北", "河北省"),
    ("山西", "山西省"),
    ("内蒙古", "内蒙古自治区"),
    ("辽宁", "辽宁省"),
    ("吉林", "吉林省"),
    ("黑龙江", "黑龙江省"),
    ("江苏", "江苏省"),
    ("浙江", "浙江省"),
    ("安徽", "安徽省"),
    ("福建", "福建省"),
    ("江西", "江西省"),
    ("山东", "山东省"),
    ("河南", "河南省"),
    ("湖北", "湖北省"),
    ("湖南", "湖南省"),
    ("广东", "广东省"),
    ("广西", "广西壮族自治区"),
    ("海南", "海南省"),
    ("四川", "四川省"),
    ("贵州", "贵州省"),
    ("云南", "云南省"),
    ("西藏", "西藏自治区"),
    ("陕西", "陕西省"),
    ("甘肃", "甘肃省"),
    ("青海", "青海省"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("石家庄", "石家庄市"),
    ("唐山", "唐山市"),
    ("秦皇岛", "秦皇岛市"),
    ("邯郸", "邯郸市"),
    ("邢台", "邢台市"),
    ("保定", "保定市"),
    ("张家口", "张家口市"),
    ("承德", "承德市"),
    ("沧州", "沧州市"),
    ("廊坊", "廊坊市"),
    ("衡水", "衡水市"),
    ("太原", "太原市"),
    ("大同", "大同市"),
    ("阳泉", "阳泉市"),
    ("长治", "长治市"),
    ("晋城", "晋城市"),
    ("朔州", "朔州市"),
    ("晋中", "晋中市"),
    ("运城", "运城市"),
    ("忻州", "忻州市"),
    ("临汾", "临汾市"),
    ("吕梁", "吕梁市"),
    ("呼和浩特", "呼和浩特市"),
    ("包头", "包头市"),
    ("乌海", "乌海市"),
    ("赤峰", "赤峰市"),
    ("通辽", "通辽市"),
    ("鄂尔多斯", "鄂尔多斯市"),
    ("呼伦贝尔", "呼伦贝尔市"),
    ("巴彦淖尔", "巴彦淖尔市"),
    ("乌兰察布", "乌兰察布市"),
    ("沈阳", "沈阳市"),
    ("大连", "大连市"),
    ("鞍山", "鞍山市"),
    ("抚顺", "抚顺市"),
    ("本溪", "本溪市"),
    ("丹东", "丹东市"),
    ("锦州", "锦州市"),
    ("营口", "营口市"),
    ("阜新", "阜新市"),
    ("辽阳", "辽阳市"),
    ("盘锦", "盘锦市"),
    ("铁岭", "铁岭市"),
    ("朝阳", "朝阳市"),
    ("葫芦岛", "葫芦岛市"),
    ("长春", "长春市"),
    ("吉林", "吉林市"),
    ("四平", "四平市"),
    ("辽源", "辽源市"),
    ("通化", "通化市"),
    ("白山", "白山市"),
    ("松原", "松原市"),
    ("白城", "白城市"),
    ("哈尔滨", "哈尔滨市"),
    ("齐齐哈尔", "齐齐哈尔市"),
    ("鸡西", "鸡西市"),
    ("鹤岗", "鹤岗市"),
    ("双鸭山", "双鸭山市"),
    ("大庆", "大庆市"),
    ("伊春", "伊春市"),
    ("佳木斯", "佳木斯市"),
    ("七台河", "七台河市"),
    ("牡丹江", "牡丹江市"),
    ("黑河", "黑河市"),
    ("绥化", "绥化市"),
    ("南京", "南京市"),
    ("无锡", "无锡市"),
    ("徐州", "徐州市"),
    ("常州", "常州市"),
    ("苏州", "苏州市"),
    ("南通", "南通市"),
    ("连云港", "连云港市"),
    ("淮安", "淮安市"),
    ("盐城", "盐城市"),
    ("扬州", "扬州市"),
    ("镇江", "镇江市"),
    ("泰州", "泰州市"),
    ("宿迁", "宿迁市"),
    ("杭州", "杭州市"),
    ("宁波", "宁波市"),
    ("温州", "温州市"),
    ("嘉兴", "嘉兴市"),
    ("湖州", "湖州市"),
    ("绍兴", "绍兴市"),
    ("金华", "金华市"),
    ("衢州", "衢州市"),
    ("舟山", "舟山市"),
    ("台州", "台州市"),
    ("丽水", "丽水市"),
    ("合肥", "合肥市"),
    ("芜湖", "芜湖市"),
    ("蚌埠", "蚌埠市"),
    ("淮南", "淮南市"),
    ("马鞍山", "马鞍山市"),
    ("淮北", "淮北市"),
    ("铜陵", "铜陵市"),
    ("安庆", "安庆市"),
    ("黄山", "黄山市"),
    ("滁州", "滁州市"),
    ("阜阳", "阜阳市"),
    ("宿州", "宿州市"),
    ("六安", "六安市"),
    ("亳州", "亳州市"),
    ("池州", "池州市"),
    ("宣城", "宣城市"),
    ("福州", "福州市"),
    ("厦门", "厦门市"),
    ("莆田", "莆田市"),
    ("三明", "三明市"),
    ("泉州", "泉州市"),
    ("漳州", "漳州市"),
    ("南平", "南平市"),
    ("龙岩", "龙岩市"),
    ("宁德", "宁德市"),
    ("南昌", "南昌市"),
    ("景德镇", "景德镇市"),
    ("萍乡", "萍乡市"),
    ("九江", "九江市"),
    ("新余", "新余市"),
    ("鹰潭", "鹰潭市"),
    ("赣州", "赣州市"),
    ("吉安", "吉安市"),
    ("宜春", "宜春市"),
    ("抚州", "抚州市"),
    ("上饶", "上饶市"),
    ("济南", "济南市"),
    ("青岛", "青岛市"),
    ("淄博", "淄博市"),
    ("枣庄", "枣庄市"),
    ("东营", "东营市"),
    ("烟台", "烟台市"),
    ("潍坊", "潍坊市"),
    ("济宁", "济宁市"),
    ("泰安", "泰安市"),
    ("威海", "威海市"),
    ("日照", "日照市"),
    ("临沂", "临沂市"),
    ("德州", "德州市"),
    ("聊城", "聊城市"),
    ("滨州", "滨州市"),
    ("菏泽", "菏泽市"),
    ("郑州", "郑州市"),
    ("开封", "开封市"),
    ("洛阳", "洛阳市"),
    ("平顶山", "平顶山市"),
    ("安阳", "安阳市"),
    ("鹤壁", "鹤壁市"),
    ("新乡", "新乡市"),
    ("焦作", "焦作市"),
    ("濮阳", "濮阳市"),
    ("许昌", "许昌市"),
    ("漯河", "漯河市"),
    ("三门峡", "三门峡市"),
    ("南阳", "南阳市"),
    ("商丘", "商丘市"),
    ("信阳", "信阳市"),
    ("周口", "周口市"),
    ("驻马店", "驻马店市"),
    ("武汉", "武汉市"),
    ("黄石", "黄石市"),
    ("十堰", "十堰市"),
    ("宜昌", "宜昌市"),
    ("襄阳", "襄阳市"),
    ("鄂州", "鄂州市"),
    ("荆门", "荆门市"),
    ("孝感", "孝感市"),
    ("荆州", "荆州市"),
    ("黄冈", "黄冈市"),
    ("咸宁", "咸宁市"),
    ("随州", "随州市"),
    ("长沙", "长沙市"),
    ("株洲", "株洲市"),
    ("湘潭", "湘潭市"),
    ("衡阳", "衡阳市"),
    ("邵阳", "邵阳市"),
    ("岳阳", "岳阳市"),
    ("常德", "常德市"),
    ("张家界", "张家界市"),
    ("益阳", "益阳市"),
    ("郴州", "郴州市"),
    ("永州", "永州市"),
    ("怀化", "怀化市"),
    ("娄底", "娄底市"),
    ("广州", "广州市"),
    ("韶关", "韶关市"),
    ("深圳", "深圳市"),
    ("珠海", "珠海市"),
    ("汕头", "汕头市"),
    ("佛山", "佛山市"),
    ("江门", "江门市"),
    ("湛江", "湛江市"),
    ("茂名", "茂名市"),
    ("肇庆", "肇庆市"),
    ("惠州", "惠州市"),
    ("梅州", "梅州市"),
    ("汕尾", "汕尾市"),
    ("河源", "河源市"),
    ("阳江", "阳江市"),
    ("清远", "清远市"),
    ("东莞", "东莞市"),
    ("中山", "中山市"),
    ("潮州", "潮州市"),
    ("揭阳", "揭阳市"),
    ("云浮", "云浮市"),
    ("南宁", "南宁市"),
    ("柳州", "柳州市"),
    ("桂林", "桂林市"),
    ("梧州", "梧州市"),
    ("北海", "北海市"),
    ("防城港", "防城港市"),
    ("钦州", "钦州市"),
    ("贵港", "贵港市"),
    ("玉林", "玉林市"),
    ("百色", "百色市"),
    ("贺州", "贺州市"),
    ("河池", "河池市"),
    ("来宾", "来宾市"),
    ("崇左", "崇左市"),
    ("海口", "海口市"),
    ("三亚", "三亚市"),
    ("三沙", "三沙市"),
    ("儋州", "儋州市"),
    ("成都", "成都市"),
    ("自贡", "自贡市"),
    ("攀枝花", "攀枝花市"),
    ("泸州", "泸州市"),
    ("德阳", "德阳市"),
    ("绵阳", "绵阳市"),
    ("广元", "广元市"),
    ("遂宁", "遂宁市"),
    ("内江", "内江市"),
    ("乐山", "乐山市"),
    ("南充", "南充市"),
    ("眉山", "眉山市"),
    ("宜宾", "宜宾市"),
    ("广安", "广安市"),
    ("达州", "达州市"),
    ("雅安", "雅安市"),
    ("巴中", "巴中市"),
    ("资阳", "资阳市"),
    ("贵阳", "贵阳市"),
    ("六盘水", "六盘水市"),
    ("遵义", "遵义市"),
    ("安顺", "安顺市"),
    ("毕节", "毕节市"),
    ("铜仁", "铜仁市"),
    ("昆明", "昆明市"),
    ("曲靖", "曲靖市"),
    ("玉溪", "玉溪市"),
    ("保山", "保山市"),
    ("昭通", "昭通市"),
    ("丽江", "丽江市"),
    ("普洱", "普洱市"),
    ("临沧", "临沧市"),
    ("拉萨", "拉萨市"),
    ("日喀则", "日喀则市"),
    ("昌都", "昌都市"),
    ("林芝", "林芝市"),
    ("山南", "山南市"),
    ("那曲", "那曲市"),
    ("西安", "西安市"),
    ("铜川", "铜川市"),
    ("宝鸡", "宝鸡市"),
    ("咸阳", "咸阳市"),
    ("渭南", "渭南市"),
    ("延安", "延安市"),
    ("汉中", "汉中市"),
    ("榆林", "榆林市"),
    ("安康", "安康市"),
    ("商洛", "商洛市"),
    ("兰州", "兰州市"),
    ("嘉峪关", "嘉峪关市"),
    ("金昌", "金昌市"),
    ("白银", "白银市"),
    ("天水", "天水市"),
    ("武威", "武威市"),
    ("张掖", "张掖市"),
    ("平凉", "平凉市"),
    ("酒泉", "酒泉市"),
    ("庆阳", "庆阳市"),
    ("定西", "定西市"),
    ("陇南", "陇南市"),
    ("西宁", "西宁市"),
    ("海东", "海东市"),
    ("银川", "银川市"),
    ("石嘴山", "石嘴山市"),
    ("吴忠", "吴忠市"),
    ("固原", "固原市"),
    ("中卫", "中卫市"),
    ("乌鲁木齐", "乌鲁木齐市"),
    ("克拉玛依", "克拉玛依市"),
    ("吐鲁番", "吐鲁番市"),
    ("哈密", "哈密市"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_of_a_report() {
        let cases = [
            (
                "2026年河南省政府工作报告\n——2026年1月20日在河南省第十四届人民代表大会第四次会议上",
                Some("河南省"),
            ),
            (
                "——在北京市第十六届人民代表大会第三次会议上\n各位代表：",
                Some("北京市"),
            ),
            (
                "政府工作报告 ——2026年1月26日在广东省第十四届 人民代表大会第五次会议上",
                Some("广东省"),
            ),
            (
                "各位代表：\n现在，我代表国务院，向大会报告政府工作。",
                Some("国务院"),
            ),
            (
                "政府工作报告\n各位代表：\n现在，我代表市人民政府报告工作。",
                None,
            ),
            // Not a dateline: a 人民代表大会 named later in a sentence.
            ("各位代表：\n我们在人民代表大会监督下推进工作。", None),
        ];
        for (text, want) in cases {
            assert_eq!(report_place(text).as_deref(), want, "{text}");
        }
        for (title, want) in [
            ("2026年河南省政府工作报告", Some("河南省")),
            ("2026年四川省人民政府工作报告", Some("四川省")),
            ("政府工作报告", None),
            ("关于2025年国民经济和社会发展计划执行情况的报告", None),
        ] {
            assert_eq!(title_place(title).as_deref(), want, "{title}");
        }
    }

    /// Every provincial corpus report's dateline names its place, the same in both years.
    #[test]
    fn corpus_places_agree_year_to_year() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
        let place = |name: &str| {
            let text = std::fs::read_to_string(dir.join(name)).ok()?;
            let report = crate::pipeline::parse_bytes(name, text.as_bytes(), &Default::default())
                .expect("corpus report parses");
            report_place(report.document_text())
        };
        if !dir.exists() {
            return;
        }
        for p in [
            "beijing",
            "fujian",
            "guangdong",
            "henan",
            "hubei",
            "jiangsu",
            "shandong",
            "shanghai",
            "sichuan",
            "zhejiang",
        ] {
            let (a, b) = (
                place(&format!("{p}-2025.txt")),
                place(&format!("{p}-2026.txt")),
            );
            // Guangdong 2026 sets a space in its dateline (第十四届 人民代表大会).
            assert!(a.is_some() && b.is_some(), "{p}: {a:?} {b:?}");
            assert_eq!(a, b, "{p}");
        }
        assert_eq!(place("national-2025.txt").as_deref(), Some("国务院"));
    }

    /// Without a dateline or a title that names it, the place the text names far more often
    /// than any other; nothing when no place leads.
    #[test]
    fn the_place_a_text_names_most() {
        let city = format!("{}山西省会。", "锦绣太原城，太原市民。".repeat(6));
        assert_eq!(named_most(&city), Some("太原市"));
        // 广西安全 is 广西, not 西安; 吉林市 is the city, 吉林 alone the province.
        assert_eq!(
            named_most(&"广西安全发展。".repeat(10)),
            Some("广西壮族自治区")
        );
        assert_eq!(named_most(&"吉林市".repeat(10)), Some("吉林市"));
        assert_eq!(named_most(&"吉林全省".repeat(10)), Some("吉林省"));
        // Too few, or no clear lead.
        assert_eq!(named_most(&"太原".repeat(9)), None);
        assert_eq!(named_most(&"太原大同".repeat(10)), None);
        assert_eq!(named_most("深化改革，扩大开放。"), None);
    }

    /// The Taiyuan seeds carry no dateline and title their page 政府工作报告 alone: the text
    /// names 太原 far more often than 山西 or any other place.
    #[test]
    fn the_seeds_are_of_taiyuan() {
        for year in [2025, 2026] {
            let path = format!(
                "{}/fixtures/seeds/taiyuan-{year}-government-work-report.txt",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(path).unwrap();
            let report =
                crate::pipeline::parse_bytes("seed.txt", text.as_bytes(), &Default::default())
                    .unwrap();
            assert_eq!(report_place(report.document_text()), None, "{year}");
            assert_eq!(place_of(&report).as_deref(), Some("太原市"), "{year}");
        }
    }
}
