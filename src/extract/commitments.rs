//! Commitments (承诺): clauses that promise something, with section path and span.
//!
//! Why: the heart of a year-over-year comparison is what the government says it will do
//! (新建20个精品示范村, 力争…突破1000亿元). A commitment is a clause of the work-plan text that
//! carries a promise trigger (触发词).
//!
//! How: the body text of every paragraph (headings excluded) is split into clauses at
//! 。！？；; a long sentence is further split at commas where the next piece opens with its own
//! trigger verb. Clauses with a trigger are kept, except:
//! - the review (回顾) of the past year: parts titled …回顾/过去…/…总结 (a plan report's
//!   …规划执行情况), and the text before the
//!   first part when parts exist (newspaper pages start mid-review), unless that part is
//!   numbered 三 or later or is the government's own (政府自身建设): the page then starts
//!   inside the plan;
//! - the review half of a part that reviews one five-year plan and sets out the next
//!   (“十四五”时期发展成就和“十五五”时期主要目标任务), up to the paragraph that opens with the
//!   later plan; and in a part setting out a plan, the paragraphs before its first
//!   sub-section that look back on the earlier plan's period (“十四五”时期，…, 这五年，…);
//! - appendix glossaries (名词解释, 注释): they explain terms (a 民生实事 appendix stays);
//! - what a page sets after the closing appeal, up to the first appendix (the districts'
//!   news, a banner): it is not the report's;
//! - appeals: the address opening a paragraph (各位代表！五年看头年、起步最关键。: its first
//!   sentence, or after a bare 各位代表！ a short one, in its paragraph or the next; the tasks
//!   after it count), the closing appeal's sentence (让我们…, or
//!   …团结在以习近平同志为核心的党中央周围…努力完成全年目标任务…不懈奋斗！), and any
//!   sentence ending on an exclamation mark (but a task item opening on 要 or numbered 五是,
//!   as a CPPCC report ends some, or a task opening on its verb: 深化社会治安…，确保…有序！);
//! - very short slogans (fewer than 4 characters besides the trigger word and punctuation,
//!   before or after it, and no number: 加快发展。, 深化改革。);
//! - statements of what a period or principle is (“十五五”时期是…的关键时期, 这是…的根本
//!   保证, 今年是…75周年，是实现…的关键一年), finished actions (编制了《…纲要（草案）》), and
//!   the preamble 实现上述目标，必须…;
//!   a trigger inside “…” or 《…》 is part of a name and does not count;
//! - a sentence that opens looking back (过去一年，…), reading the situation (更要看到，…),
//!   speaking of the targets (这些目标…) or with a conviction (我们坚信，…).
//!
//! Budget plans promise with 拟 (plans to: 拟安排, 赤字率拟按3%安排, 拟发行) and with 安排
//! followed by an amount (中央预算内投资安排6100亿元); see `used_as_trigger`.
//!
//! The trigger reported is the strongest one present: a word that binds (力争, 确保, 新建,
//! 完成…) wins over a general action verb (推动, 建设…); among equals the earliest wins.

use std::sync::OnceLock;

use crate::extract::find_quantities;
use crate::extract::quantity::FoldedText;
use crate::model::{CleanText, Commitment, Section, SectionKind, Span};
use crate::outline::text::{
    chars, final_appeal, is_clause_end, is_sentence_end, paragraphs, prefix_chars, split_spans,
    Paragraph, CLOSING_FORMULA,
};
use crate::outline::{innermost, path_of};

/// Fewest characters besides its trigger (and punctuation) a clause without a figure needs to
/// be a task: 加强审计监督。 and 大力发展赛事经济 are (a reading of the corpus plans' clauses of
/// four or five found 73 of 80 real tasks), 加快发展。 and 深化改革。 are slogans.
const MIN_TASK_CHARS: usize = 4;

/// The longest sentence after a bare address (各位代表！) that is still the address's
/// rhetoric (五年看头年、起步最关键。), not the government's task (今年继续实施…民生实事).
const ADDRESS_RHETORIC_CHARS: usize = 20;

/// Triggers that bind the government to a result (strong).
const STRONG: &[&str] = &[
    "新改扩建",
    "改扩建",
    "新建",
    "新增",
    "建成",
    "完成",
    "实现",
    "力争",
    "确保",
    "达到",
    "突破",
    "控制在",
    "稳定在",
    "保持在",
    "争取",
    "开工",
    "投用",
    "竣工",
    "拟",
    "安排",
];

/// General action verbs of work plans (weak).
const WEAK: &[&str] = &[
    "推动",
    "推进",
    "建设",
    "培育",
    "打造",
    "实施",
    "开展",
    "提高",
    "提升",
    "增加",
    "启动",
    "加快",
    "扩大",
    "改造",
    "引进",
    "创建",
    "落实",
    "深化",
    "健全",
    "完善",
    "强化",
    "加强",
    "支持",
    "促进",
    "加大",
    "优化",
    "组织",
    "举办",
    "制定",
    "出台",
    "设立",
    "严控",
    "带动",
    "打好",
    "打赢",
    "做强",
    "做优",
    "做大",
    "构建",
    "建立",
    "巩固",
    "拓展",
    "推行",
    "筑牢",
    "守牢",
    "积极发展",
    "大力发展",
    "着力发展",
    "鼓励发展",
    "编制",
    // Verbs of doing found missing by a reading of the 2026 seed's plan (实行…包联全覆盖,
    // 认真抓好…整改, 组建…联盟, 承办好…论坛, 主动接受…监督).
    "抓好",
    "抓实",
    "办好",
    "做好",
    "实行",
    "组建",
    "承办",
    "筹办",
    "践行",
    "整治",
    "规范",
    "发挥",
    "用好",
    "压减",
    "压实",
    "降低",
    "减少",
    "提供",
    "开通",
    "增设",
    "发放",
    "兑现",
    "接受",
    // Verbs of doing found missing by a reading of the corpus plans' sentences that held no
    // trigger (开建温福高铁…, 提速…前期工作, 严厉打击非法金融活动, 畅通诉求渠道，全链条根治欠薪).
    "开建",
    "提速",
    "新布局",
    "打击",
    "处置",
    "夯实",
    "畅通",
    "根治",
    "遏制",
    "防范",
    "倡导",
    "引导",
    "打响",
    "激发",
    "激活",
    "拓宽",
    "守住",
    // Verbs of doing a reworded clause is as likely to use (加快 → 加速, 支持 → 鼓励, 发展 →
    // 壮大, 优化 → 改善): a task that opens with one is a piece of its own, as with the word it
    // replaces, or last year's clause and this year's split differently.
    "加速",
    "鼓励",
    "壮大",
    "改善",
    // Verbs of doing that a probe rewording the corpus's verbs, and a reading of the plans'
    // sentences left with no trigger, found missing (推广东营、滨州盐碱地综合利用经验, 推出一批
    // 深入人心的精品力作, 积极争创国家人工智能应用中试基地, 稳妥有序化解地方政府债务风险).
    "推广",
    "推出",
    "争创",
    "化解",
    // Verbs of doing a reading of the corpus plans' clauses left outside every commitment
    // found missing (严格食品全链条质量安全监管, 持续清理拖欠企业账款, 建强优势专科, 持续扩建
    // 国际旅游度假区核心区, 主动对接国际高标准经贸规则, 繁荣发展文化事业, 传承弘扬红色文化).
    // Not 统筹 and 维护: they mostly state principles (更好统筹发展和安全, 维护人民根本利益).
    "建强",
    "扩建",
    "清理",
    "对接",
    "繁荣发展",
    // 增强资本市场内在稳定性, 增强航空中转服务能力, 增强城市文化软实力; not 增强发展信心 or
    // 增强“四个意识” (`used_as_trigger`).
    "增强",
    "传承",
    "严格",
    // A reading of the plans' clauses left outside every commitment (筹建国家磁悬浮计量测试
    // 中心, 共建巴蜀文旅走廊, 弘扬工匠精神, 为适龄女生免费接种二价HPV疫苗). Not 破解: as
    // often rhetoric (敢于直面问题，善于破解难题). 增强 and 保持 are read by their object
    // (`used_as_trigger`).
    "筹建",
    "共建",
    "弘扬",
    "接种",
    // Opening markets and keeping them: 进一步缩减外资准入负面清单, 全面取消制造业领域外资准入
    // 限制措施, 大力放宽市场准入, 稳住房地产开发投资 (national 2021–2022, Hubei, Jiangsu).
    "缩减",
    "放宽",
    "取消",
    "稳住",
    // A climate aimed at (持续营造市场化、法治化、国际化一流营商环境): a trigger that cuts no
    // sentence (`NO_CUT`).
    "营造",
    // A second reading of those clauses: 继续严禁洋垃圾入境, 进一步拆除各种藩篱, 深挖“土特产”
    // 资源, 兜牢基层“三保”底线, 繁荣新闻出版…等事业.
    "严禁",
    "拆除",
    "深挖",
    "兜牢",
    "繁荣",
    // Keeping a setting (保持流动性合理充裕, 保持人民币汇率在合理均衡水平上的基本稳定): read
    // as 增强 is, by its object (保持战略定力 is none; `used_as_trigger`).
    "保持",
    // Verbs that are nouns far more often than verbs, or verbs of other subjects: a task
    // only when they open their clause (`used_as_trigger`): 发展工业互联网, 积极应对人口
    // 老龄化, 进一步解决中小微企业融资难题, 创新文化体制机制, 保障农民工工资支付; 布局 and
    // 稳定, nouns in 产业布局 and 保持稳定: 前瞻布局…未来产业, 稳定房地产市场; 调整 and 利用,
    // nouns in 结构调整 and 综合利用: 统筹调整…民生待遇标准, 利用闲置空间…建设停车位.
    "发展",
    "保障",
    "创新",
    "探索",
    "应对",
    "参与",
    "解决",
    "布局",
    "稳定",
    "调整",
    "利用",
    // A reading of the clauses ten held-out 2026 provincial reports (a public scrape, not the
    // corpus) left outside every commitment: 积极盘活存量土地, 搭建内外贸一体化综合服务平台,
    // 主动融入全国碳排放权交易市场, 谋划轨道交通…延伸, 引育专业化运营团队, 积极申建国家自贸
    // 试验区, 建好零碳园区, 升级…一体化平台, 培养造就高水平教师队伍, 治理沙化土地88.5万亩.
    // Nouns as often (产业升级, 人才培养, 社会治理效能), so read as the words above are. A
    // second batch of eight held-out reports: 依法保护企业产权…, 改进各类社会群体服务管理,
    // 帮扶困难群体就业, 加紧清偿拖欠企业账款; and a reading of the corpus's own uncovered
    // clauses: 发布新一批“上海标准”…, 破除制约要素合理流动的堵点 (信息发布 is a noun).
    "盘活",
    "搭建",
    "融入",
    "谋划",
    "引育",
    "赋能",
    "申建",
    "建好",
    "升级",
    "培养",
    "治理",
    "保护",
    "帮扶",
    "改进",
    "清偿",
    "开发利用",
    "发布",
    "破除",
    // Thrift as a task, with no other verb of doing in its clause: 各级政府要习惯过紧日子，
    // 真正精打细算，切实把财政资金用在刀刃上 (national 2024 and 2025, a held-out report of 2026),
    // found by a harness deleting sentences from real reports and asking the diff for them.
    "过紧日子",
    // A standing policy the plan keeps to, opening its clause, in a sentence of no other task:
    // 坚持房子是用来住的、不是用来炒的定位，稳地价、稳房价、稳预期。 (national 2021), 坚持
    // 阶段性措施和制度性安排相结合，减税与退税并举。 (2021, dropped in 2022), sentences no
    // commitment held, so their dropping showed nowhere. Only as a last resort (`FALLBACK`):
    // it cuts no sentence (`NO_CUT`, a general requirement strings many 坚持… together) and
    // leading a sentence of tasks it stays their lead (坚持和发展新时代“枫桥经验”，深入推进…).
    "坚持",
    // Not 突出 (as often a principle: 突出重点、精准发力, 突出群众有感), 防止 (the government's
    // conduct: 防止政策执行“一刀切”) or 服务和融入 (it cuts every general-requirements
    // sentence at …，积极服务和融入新发展格局，…): measured and left out.
];

/// Modal words that make any clause a promise; they win over an earlier action verb.
const MODAL: &[&str] = &["力争", "确保", "争取"];

/// Whether the trigger word `w` found at byte `i` of `s` is used as a promise there. Some
/// words need their context:
/// - 拟 (plans to: 拟安排, 拟按3%左右安排, 拟发行) is the budget's modal (an ordinary strong
///   trigger, not one that overrides earlier verbs: 拟竣工项目 is a noun phrase), but not inside
///   虚拟, 模拟, 草拟, 比拟 or before 人/态/真/声 (拟人, 拟态: imitation).
/// - 安排 (allocate) promises only an amount: 中央预算内投资安排6100亿元, 安排…国债3000亿元.
///   Without a figure after it, it is the plan's name or rhetoric (作出安排, 工作安排).
/// - 加速 opens a task (加速科技成果转化) but follows a trend's subject
///   ([`TREND_VERBS`]); 改善 before 性 is an adjective (改善性住房需求).
///
/// And no trigger after 有利于 or 有助于 in its clause ([`in_benefit_clause`]) promises
/// anything.
fn used_as_trigger(s: &str, i: usize, w: &str) -> bool {
    let (before, after) = (&s[..i], &s[i + w.len()..]);
    match w {
        "拟" => {
            !before.ends_with(['虚', '模', '草', '比'])
                && !after.starts_with(['人', '态', '真', '声'])
        }
        // 安排 is a task with a figure (今年拟安排…3.8万亿元) or opening its clause (统筹安排
        // 中小学春秋假); after its doer it is the noun of 作出部署安排.
        "安排" => opens_clause(before) || !find_quantities(clause_ahead(after)).is_empty(),
        // 加速 names a trend more often than a task (世界百年变局加速演进, 新动能加速形成):
        // a task opens with it, a trend has its subject before it.
        "加速" => chars(before) <= 2 && !TREND_VERBS.iter().any(|v| after.starts_with(v)),
        // 改善性住房需求: an adjective.
        "改善" => !after.starts_with('性'),
        // 营造 a climate for business or work is a task; a moral atmosphere (营造尊重劳动…的
        // 良好社会氛围, 营造风清气正的政治生态) is none.
        "营造" => {
            let object = clause_ahead(after);
            !["氛围", "风气", "正气", "风清气正"]
                .iter()
                .any(|m| object.contains(m))
        }
        // 增强 strengthens a capacity (增强资本市场内在稳定性, 增强航空中转服务能力) or a frame
        // of mind (增强"四个意识", 增强发展信心, 增强群众获得感), and 保持 keeps a setting
        // (保持流动性合理充裕) or composure (保持战略定力, 保持闯劲干劲): a task only when it
        // opens its clause and its object, read to the clause's end, names no frame of mind.
        "增强" | "保持" => {
            let object = clause_ahead(after);
            opens_clause(before) && !MINDSETS.iter().any(|m| object.contains(m))
        }
        // 坚持 a policy opens its clause; after its subject it is a report of what was kept
        // to (我们坚持…), or an adverb's verb (长期坚持).
        "坚持" => opens_clause(before),
        // 可复制可推广的经验: what can be spread, not spreading it.
        "推广" => !before.ends_with('可'),
        // Words that are nouns far more often than verbs (发展, 保障, 创新, 升级, 治理) or
        // verbs of other subjects (参与, 应对, 融入): a task only when they open it, after at most an
        // adverb (积极探索…, 进一步解决…, 切实保障…), and not as a subject (发展的…, 创新驱动…).
        "发展" | "保障" | "创新" | "探索" | "应对" | "参与" | "解决" | "布局" | "稳定" | "调整"
        | "利用" | "盘活" | "搭建" | "融入" | "谋划" | "引育" | "赋能" | "申建" | "建好"
        | "升级" | "培养" | "治理" | "保护" | "帮扶" | "改进" | "清偿" | "开发利用" | "发布"
        | "破除" => {
            // (持续发展 is sustained development: 持续发展具有多方面有利条件. 好 after the word
            // is a verb's complement, 解决好, 保障好: a task.)
            let sustained = w == "发展" && led_by(before, "持续");
            opens_clause(before)
                && !sustained
                && !after.starts_with(['的', '是', '才', '得', '驱', '和', '型', '就'])
                // (基础 heads a noun, 稳定基础; 基础设施 is an object: 全力稳定基础设施投资.)
                && !NOUN_HEADS
                    .iter()
                    .any(|n| after.starts_with(n) && !after.starts_with("基础设施"))
        }
        _ => !in_benefit_clause(before),
    }
}

/// The words after a trigger up to its clause's end, at most [`OBJECT_LOOK_AHEAD`]
/// characters: the object a context rule of [`used_as_trigger`] reads.
fn clause_ahead(after: &str) -> &str {
    let end = after
        .char_indices()
        .take(OBJECT_LOOK_AHEAD)
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or_else(|| prefix_chars(after, OBJECT_LOOK_AHEAD).len(), |(i, _)| i);
    &after[..end]
}

/// Whether a word after `before` opens its clause, alone or after one adverb of
/// [`OPENING_ADVERBS`] (积极探索…, 进一步解决…, 切实增强…).
fn opens_clause(before: &str) -> bool {
    led_by(before, "") || OPENING_ADVERBS.iter().any(|a| led_by(before, a))
}

/// Whether `lead` is all that stands between the clause's start and the end of `before`
/// (read from the end back, never the whole text before it: a megabyte line holds a word
/// thousands of times).
fn led_by(before: &str, lead: &str) -> bool {
    before
        .strip_suffix(lead)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(['，', ',', '；']))
}

/// Whether the clause that `before` ends inside says what something is good for: it holds
/// 有利于 or 有助于 ([`BENEFITS`]), so a verb after it is what the thing helps to do, not a
/// task (…有利于确保开好局, …有利于为支点建设打牢基础、争取主动). Only the clause's last
/// [`BENEFIT_LOOK_BACK`] characters are read: a megabyte line without a mark stays linear.
fn in_benefit_clause(before: &str) -> bool {
    let mut clause = before;
    for (n, (k, c)) in before.char_indices().rev().enumerate() {
        if n == BENEFIT_LOOK_BACK
            || matches!(c, '，' | ',' | '；' | ';' | '。' | '！' | '？' | '：' | ':')
        {
            clause = &before[k + c.len_utf8()..];
            break;
        }
    }
    BENEFITS.iter().any(|b| clause.contains(b))
}

/// How far back [`in_benefit_clause`] looks for 有利于.
const BENEFIT_LOOK_BACK: usize = 60;

/// Adverbs that may stand before a verb that is a task only when it opens the clause
/// (`used_as_trigger`): 积极探索…, 进一步解决…, 切实保障…, 因地制宜发展…, 优先安排….
const OPENING_ADVERBS: &[&str] = &[
    "积极",
    "进一步",
    "切实",
    "持续",
    "继续",
    "深入",
    "大力",
    "着力",
    "全力",
    "稳步",
    "有序",
    "主动",
    "努力",
    "更好",
    "全面",
    "协同",
    "统筹",
    "加快",
    "不断",
    "扎实",
    "前瞻",
    "因地制宜",
    "优先",
    // A reading of held-out 2026 reports: 深度融入全国统一大市场建设, 依法治理民族宗教事务,
    // 高效利用城市地下空间, 提质升级1000所中小学校食堂, 科学布局新型基础设施, 加紧清偿
    // 拖欠企业账款, 精准帮扶财政困难市县, 因城施策控增量.
    "深度",
    "依法",
    "高效",
    "提质",
    "科学",
    "加紧",
    "精准",
    "因城施策",
];

/// Nouns that 发展 or 创新 head when they name a thing, not a doing (发展空间, 发展动力, 创新
/// 能力, 创新平台): after them the word is no task's verb.
const NOUN_HEADS: &[&str] = &[
    "能量", "指标", "空间", "动力", "动能", "成果", "水平", "质量", "理念", "格局", "环境", "方式",
    "道路", "战略", "机遇", "优势", "基础", "潜力", "韧性", "活力", "目标", "任务", "大局", "阶段",
    "能力", "平台", "生态", "资源", "体系", "高地", "策源", "主体", "链", "要素", "成效", "效能",
];

/// Frames of mind and the government's own conduct, which make 增强 or 保持 rhetoric rather
/// than a task ([`used_as_trigger`]): 增强“四个意识”, 增强发展信心, 增强群众获得感 (any …感),
/// 增强政府执行力, 保持战略定力, 保持历史耐心, 保持万马奔腾的闯劲干劲, 保持严的基调.
const MINDSETS: &[&str] = &[
    "意识",
    "信心",
    "自信",
    "互信",
    "信任",
    "认同",
    "感",
    "凝聚力",
    "向心力",
    "劲头",
    "大局观",
    "定力",
    "本领",
    "党性",
    "观念",
    "精神",
    "自觉",
    "底气",
    "志气",
    "骨气",
    "执行力",
    "行动力",
    "穿透力",
    "战斗力",
    "公信力",
    "耐心",
    "劲",
    "基调",
    "清醒",
    "势头",
    "态势",
    "作风",
];

/// How many characters of an object [`clause_ahead`] reads (for 增强, 保持, 营造, 安排): a
/// quoted slogan before the frame of mind (增强“没有走在前列就是风险、就是失职”的争先意识)
/// fits, and a sentence without commas is not read to its end once per trigger.
const OBJECT_LOOK_AHEAD: usize = 30;

/// What a trend does after 加速 (加速演进, 加速形成, 加速重构…): no task.
const TREND_VERBS: &[&str] = &[
    "演进", "演变", "重构", "形成", "显现", "集聚", "释放", "融合", "蓄积", "渗透", "突破", "变革",
    "到来",
];

/// Words after which a trigger in the same clause says what something is good for, not what
/// will be done:
/// …是一个既积极有为又切实可行的目标，有利于确保“十五五”开好局 explains a target.
const BENEFITS: &[&str] = &["有利于", "有助于"];

/// Every commitment in the outline's document, in order.
pub fn commitments(clean: &CleanText, outline: &[Section]) -> Vec<Commitment> {
    commitments_with(clean, outline, &FoldedText::new(&clean.text))
}

/// [`commitments`] with the quantities read from `folded`, the folded chars of the whole
/// `clean.text`, which the caller builds once and shares (the pipeline scans the document
/// with it too).
pub fn commitments_with(
    clean: &CleanText,
    outline: &[Section],
    folded: &FoldedText,
) -> Vec<Commitment> {
    let t = clean.text.as_str();
    let Some(root) = outline.first() else {
        return Vec::new();
    };
    let paras = paragraphs(t, root.span);
    let excluded = excluded_spans(t, outline, &paras);
    let headings: Vec<Span> = outline
        .iter()
        .filter(|s| {
            matches!(
                s.kind,
                SectionKind::Part | SectionKind::Area | SectionKind::RunIn | SectionKind::Appendix
            )
        })
        .map(|s| s.heading)
        .collect();
    // Sorted, so each sentence looks only at the headings around it (linear, not
    // sentences × headings).
    let mut headings = headings;
    headings.sort_unstable();
    let mut out = Vec::new();
    let bare = |s: &Span| clean.slice(*s).chars().count() <= "各位代表！".chars().count();
    let rhetoric = |s: &Span| clean.slice(*s).chars().count() <= ADDRESS_RHETORIC_CHARS;
    for (k, p) in paras.iter().enumerate() {
        if excluded.iter().any(|e| e.contains(p.span)) {
            continue;
        }
        // An address to the deputies (各位代表！五年看头年、起步最关键。) is rhetoric; the
        // sentences after it may be the government's tasks for itself (…必须把政府自身建设得
        // 更加坚强有力。要锻造对党忠诚的政治品格。…严格控制一般性支出。), as seven of the
        // corpus reports write that coda.
        // "各位代表！" alone is a sentence: the address is the one after it too, in its
        // paragraph or, when the address stands as a paragraph of its own (a page of one
        // sentence a line sets it so), in the next.
        let after_bare_address = k
            .checked_sub(1)
            .map(|j| paras[j].span)
            .is_some_and(|prev| clean.slice(prev).starts_with("各位代表") && bare(&prev));
        let address_end = if clean.slice(p.span).starts_with("各位代表") {
            let sentences = split_spans(t, p.span, is_sentence_end);
            let n = if sentences.first().is_some_and(bare) && sentences.get(1).is_some_and(rhetoric)
            {
                2
            } else {
                1
            };
            sentences
                .get(..n.min(sentences.len()))
                .and_then(<[Span]>::last)
                .map_or(p.span.end, |s| s.end)
        } else if after_bare_address {
            split_spans(t, p.span, is_sentence_end)
                .first()
                .filter(|s| rhetoric(s))
                .map_or(p.span.start, |s| s.end)
        } else {
            p.span.start
        };
        // A review half may end inside a paragraph (see `review_lead`).
        let partly = excluded.iter().any(|e| e.overlaps(p.span));
        for sentence in split_spans(t, p.span, is_clause_end) {
            if sentence.start < address_end {
                continue;
            }
            if partly && excluded.iter().any(|e| e.contains(sentence)) {
                continue;
            }
            // The closing appeal (让我们更加紧密地团结在以习近平同志为核心的党中央周围，…努力
            // 完成全年目标任务，…不懈奋斗！; 我们要更加紧密地团结在… in the national reports
            // since 2022) calls on everyone; its tasks are the report's, already counted.
            let s = clean.slice(sentence).trim_start();
            if s.starts_with("让我们") || s.contains(CLOSING_FORMULA) {
                continue;
            }
            // An exclamation is an appeal, whatever it names: …奋力谱写中国式现代化上海新篇章！,
            // 让老百姓的日子一年更比一年好！ (reports write tasks with a full stop). Not a task
            // item that a CPPCC report ends so: one opening on 要 (要始终坚持…，确保…落实！)
            // or numbered (五是聚焦保障和改善民生，…！), or a task that some reports end with a
            // flourish, opening on its verb (深化社会治安整体防控体系和能力建设，…确保人民安居
            // 乐业、社会安定有序！, 不断提高农村基础设施完备度…！).
            let exclaims = s.trim_end_matches(['”', '’', '"']).ends_with(['！', '!']);
            let task_item = s.starts_with('要')
                || crate::outline::text::enumeration_label(s).is_some()
                || opening_trigger(s);
            if exclaims && !task_item {
                continue;
            }
            // A heading ending at a colon or a bracket opens its sentence (（一）扩大内需：坚持…。,
            // 【大力提振消费】实施…。): the task is what follows it.
            let sentence = near(&headings, sentence)
                .find(|h| {
                    sentence.contains(**h)
                        && h.end < sentence.end
                        && clean.slice(**h).ends_with(['：', ':', '】'])
                })
                .map_or(sentence, |h| Span::new(h.end, sentence.end));
            let s = clean.slice(sentence).trim_start();
            if near(&headings, sentence).any(|h| {
                h.contains(sentence) || sentence.contains(*h) && h.len() * 2 > sentence.len()
            }) {
                continue;
            }
            // Only the sentence's first clause carries its opener.
            let first_clause_start = sentence.end - s.len();
            let sentence_from = out.len();
            for clause in split_long(t, sentence) {
                if clause.start <= first_clause_start && opens_a_non_task(s) {
                    continue;
                }
                // A piece cut off at the trigger of a 为 phrase that credits a cause: …，为做好
                // 今后各项工作提供了坚强保障。
                if credits_a_cause(clean.slice(clause)) {
                    continue;
                }
                if let Some(c) = commitment(clean, outline, folded, clause) {
                    out.push(c);
                }
            }
            // A policy kept to (坚持…, a [`FALLBACK`] trigger, no figure) that leads a
            // sentence of tasks is their lead, not a task of its own: 坚持和发展新时代“枫桥
            // 经验”，深入推进信访工作法治化 is one task, as diff::fragments reads a sentence's
            // lead. (坚持农业农村优先发展，严守18亿亩耕地红线 states a figure: a task.)
            let lead = |c: &Commitment| {
                c.quantities.is_empty()
                    && c.trigger.as_deref().is_some_and(|w| FALLBACK.contains(&w))
            };
            let leads = out[sentence_from..].iter().take_while(|c| lead(c)).count();
            if sentence_from + leads < out.len() {
                out.drain(sentence_from..sentence_from + leads);
            }
        }
    }
    out
}

/// Verbs of giving in the perfective, closing a 为… phrase that credits a cause
/// ([`opens_a_non_task`]).
const GAVE: &[&str] = &[
    "提供了",
    "营造了",
    "注入了",
    "贡献了",
    "标定了",
    "指明了",
    "奠定了",
    "创造了",
    "打下了",
    "带来了",
];

/// Whether the last phrase of a sentence or piece credits a cause with what it gave: …，为我们
/// 营造了良好宏观环境; 为推动我市高质量发展贡献了智慧和力量 (the trigger inside the 为 phrase
/// is no task).
fn credits_a_cause(text: &str) -> bool {
    let last = last_phrase(text);
    last.starts_with('为') && GAVE.iter().any(|w| last.contains(w))
}

/// Openings of a sentence that tell it promises nothing, whatever verb follows:
/// - a look back ([`crate::text::opens_review`]) as its first phrase: 过去一年，国防和军队建设
///   取得新的重要进展 (the national reports' defence paragraph, in the plan's last area);
/// - a reading of the situation as its first phrase: 更要看到，…变革加速突破，…; 我们清醒看到，…;
///   or as its second after a connective: 另一方面，我们更要看到战略机遇，…加速突破带来众多机会;
/// - a point of view or an opinion as its first phrase: 从政策机遇看，…党中央明确支持…;
///   会议认为，过去一年，…全面贯彻落实…;
/// - the assets a region has ([`has_assets`]): 我们有国家战略腹地建设…等机遇叠加;
/// - a target's reasons: 经济增长预期目标为5%左右，考虑了促进就业增收、防范化解风险等需要;
/// - a challenge as its first phrase's predicate: 完成全年发展目标面临诸多挑战，但也有…;
/// - the year's targets as its subject or set: 这些目标充分考虑了…，经过努力是完全可以实现的;
///   确定以上目标，贯彻了中央对经济大省的明确要求，…;
///   这样的目标，是立足发展所需…;
/// - a conviction: 我们坚信，只要我们…，就一定能…; 只要我们贯彻落实好…，一定能战胜困难挑战;
/// - what the leadership gave or asked ([`credits_the_leadership`]);
/// - a demand the times make as its last phrase: 应对新挑战、完成新任务，对政府工作提出新的更高
///   要求;
/// - what something gave as its last phrase ([`GAVE`]): …，为我们营造了良好宏观环境。
///
/// A first phrase counts as a frame up to 8 characters: 五年来各项工作为此打下基础，新建学校20所
/// may still promise. One whose subject is the past (一年来的经验要总结好，推广好) does not,
/// however long.
fn opens_a_non_task(sentence: &str) -> bool {
    // Only a frame of up to 8 characters counts, so only the first 9 are looked at.
    let head = prefix_chars(sentence, 9);
    if let Some(first) = head.find(['，', ',', '：', ':']).map(|i| &head[..i]) {
        let point_of_view = first.starts_with('从') && first.ends_with('看');
        if crate::text::opens_review(first)
            || first.ends_with("看到")
            || first.ends_with("认为")
            || point_of_view
        {
            return true;
        }
    }
    let mut phrases = sentence.split(['，', ',']);
    let first = phrases.next().unwrap_or_default();
    // The reading may follow a connective of up to four characters (另一方面, 同时, 但是).
    let reading = std::iter::once(first)
        .chain(phrases.next().filter(|_| chars(first) <= 4))
        .any(reads_the_situation);
    if reading || faces_a_challenge(first) || credits_the_leadership(sentence, first) {
        return true;
    }
    // The past as the sentence's subject, at any length: 一年来的经验要总结好，推广好.
    if crate::text::review_opener(first).is_some_and(|w| first[w.len()..].starts_with('的')) {
        return true;
    }
    // A condition met with confidence: 只要我们…，就一定能…
    if sentence.starts_with("只要")
        && ["一定能", "就能", "必将"]
            .iter()
            .any(|w| sentence.contains(w))
    {
        return true;
    }
    if ["我们坚信", "我们相信", "我们深信", "坚信"]
        .iter()
        .any(|w| sentence.starts_with(w))
        || has_assets(sentence)
    {
        return true;
    }
    // The reasons for a target stated: 经济增长预期目标为5%左右，考虑了促进就业增收…
    let phrases: Vec<&str> = sentence.split(['，', ',']).collect();
    if let Some(k) = phrases
        .iter()
        .position(|p| p.contains("目标"))
        .filter(|&k| k < 2)
    {
        if phrases[k + 1..]
            .iter()
            .any(|p| p.starts_with("考虑了") || p.starts_with("也考虑了"))
        {
            return true;
        }
    }
    let last = last_phrase(sentence);
    if last.starts_with('对') && last.contains("提出") && last.ends_with("要求") {
        return true;
    }
    if credits_a_cause(sentence) {
        return true;
    }
    // The targets as subject, or as object of a verb of setting (确定以上目标，贯彻了…).
    let subject = ["确定", "提出", "设定"]
        .iter()
        .find_map(|w| sentence.strip_prefix(w))
        .unwrap_or(sentence);
    ["这些", "这样的", "上述", "以上"]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .map(|rest| rest.trim_start_matches(['预', '期', '主', '要']))
        .is_some_and(|rest| rest.starts_with("目标"))
}

/// The phrase a sentence ends with, after its last comma (its stop left out).
fn last_phrase(sentence: &str) -> &str {
    sentence
        .trim_end_matches(['。', '；', ';'])
        .rsplit(['，', ','])
        .next()
        .unwrap_or_default()
}

/// Whether a sentence opens with the assets the country or region has: 我们有…机遇叠加,
/// 我国具有显著的制度优势…, 我省拥有粤港澳大湾区等国家战略… (not 我们有效应对, 我们有序推进).
fn has_assets(sentence: &str) -> bool {
    let Some(rest) = ["我们", "我国", "我省", "我市", "我区"]
        .iter()
        .find_map(|w| sentence.strip_prefix(w))
    else {
        return false;
    };
    // (我国有2.9亿在校学生，要坚持… goes on to a task: only 我们有 names assets.)
    ["具有", "拥有", "具备"].iter().any(|w| rest.starts_with(w))
        || sentence
            .strip_prefix("我们有")
            .is_some_and(|r| !r.starts_with(['序', '效', '力']))
}

/// Whether a phrase opens a reading of the situation: (我们)(也/更/还/要/应/必须/清醒/深刻)看到,
/// 认识到 or 意识到 (我们更要看到战略机遇, 也要清醒认识到…).
fn reads_the_situation(phrase: &str) -> bool {
    let rest = phrase.strip_prefix("我们").unwrap_or(phrase);
    let rest = rest.trim_start_matches([
        '也', '更', '还', '要', '应', '必', '须', '清', '醒', '深', '刻',
    ]);
    ["看到", "认识到", "意识到"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Whether a sentence tells what the leadership (习近平总书记, 党中央, 省委…) gave, asked or
/// felt rather than what the government will do: 习近平总书记赋予四川打造…使命任务，…;
/// 习近平总书记对江苏发展高度重视、寄予厚望，…; 总书记的深切关怀，是…; 中央明确了…重要目标，
/// 鼓励各地…; …奋勇争先，是习近平总书记赋予我们新的重大历史使命。 A sentence that goes on to say
/// what we will do (党中央对今年工作作出了全面部署，我们要深入贯彻落实) still promises, as does the
/// leadership's own budget (中央财政加大对地方…转移支付力度).
fn credits_the_leadership(sentence: &str, first: &str) -> bool {
    const LEADERS: [&str; 8] = [
        "习近平总书记",
        "总书记",
        "党中央",
        "中共中央",
        "中央",
        "省委",
        "市委",
        "区委",
    ];
    const REGARD: [&str; 11] = [
        "赋予",
        "寄予",
        "念兹在兹",
        "关心",
        "关怀",
        "高度重视",
        "擘画",
        "明确",
        "殷切",
        "亲临",
        "作出重要指示",
    ];
    if ["我们要", "我们将", "我们必须", "我们一定"]
        .iter()
        .any(|w| sentence.contains(w))
    {
        return false;
    }
    let last = last_phrase(sentence);
    // …，是习近平总书记赋予我们的重大历史使命。
    if last.starts_with('是') && last.contains("赋予") && LEADERS.iter().any(|l| last.contains(l))
    {
        return true;
    }
    let Some(predicate) = LEADERS.iter().find_map(|l| first.strip_prefix(l)) else {
        return false;
    };
    predicate.starts_with('的') || REGARD.iter().any(|w| predicate.contains(w))
}

/// Whether a first phrase's predicate is a challenge met: 完成全年发展目标面临诸多挑战 (not
/// 面临困难的企业, where 面临 qualifies a noun).
fn faces_a_challenge(phrase: &str) -> bool {
    phrase.find("面临").is_some_and(|i| {
        let rest = &phrase[i..];
        i > 0
            && !rest.contains('的')
            && ["挑战", "压力", "困难", "考验", "风险"]
                .iter()
                .any(|w| rest.ends_with(w))
    })
}

/// The headings (sorted by start) that can contain or lie inside `sentence`: the last one
/// starting at or before it (headings do not overlap, so only it can contain the sentence)
/// and those starting inside it.
fn near(headings: &[Span], sentence: Span) -> impl Iterator<Item = &Span> {
    let first = headings
        .partition_point(|h| h.start <= sentence.start)
        .saturating_sub(1);
    headings[first..]
        .iter()
        .take_while(move |h| h.start < sentence.end.max(sentence.start + 1))
}

/// Spans whose text is not a commitment: the review part(s), and the text before the first
/// part when parts exist, unless the page starts inside the plan
/// ([`crate::outline::first_part_inside_plan`]).
fn excluded_spans(t: &str, outline: &[Section], paras: &[Paragraph]) -> Vec<Span> {
    let mut out = Vec::new();
    let parts: Vec<&Section> = outline
        .iter()
        .filter(|s| s.kind == SectionKind::Part)
        .collect();
    // A page starting inside the plan (a newspaper's second page: its first part is 三、 or
    // the government's own) keeps the plan before it.
    if let (Some(root), Some(first)) = (outline.first(), parts.first()) {
        let before = Span::new(root.span.start, first.span.start);
        if !crate::outline::first_part_inside_plan(&first.label, &first.title) {
            out.push(before);
        } else if let Some(turn) = turn_after_looking_back(t, before) {
            out.push(Span::new(before.start, turn));
        }
    }
    // Appendix definitions (名词解释, 注释) explain terms; they promise nothing. Other
    // appendices stay: a 十件民生实事 list is all promises.
    out.extend(
        outline
            .iter()
            .filter(|s| s.kind == SectionKind::Appendix && is_glossary_title(&s.title))
            .map(|s| s.span),
    );
    out.extend(after_closing_appeal(t, outline, paras));
    for p in parts {
        // A part that reviews one plan and then sets out the next loses only its review half,
        // even when its body opens like a review (national 2021: 过去五年…).
        if let Some(lead) = review_lead(t, p) {
            out.push(lead);
        } else if is_review_part(t, p, outline) {
            out.push(p.span);
        } else {
            out.extend(past_plan_paragraphs(t, p, outline));
        }
    }
    out
}

/// The text after the report's closing appeal (让我们更加紧密地团结在以习近平同志为核心的党中央
/// 周围，…奋力谱写…新篇章！) up to its first appendix (附件, 名词解释): not the report's. A page
/// goes on there with what the site set after it (the districts' news of how they studied
/// the report: 2月28日，杏花岭区委常委会召开扩大会议…), and a converter that lost the page's
/// table structure sets it as text. The appeal is the last paragraph that ends on it
/// ([`crate::outline::text::final_appeal`]). The page's documents already end the report
/// there ([`crate::ingest::find_documents`]) unless an appendix seems to follow; this keeps
/// the text up to the appendix the outline finds out of the commitments either way.
/// `paras` are the paragraphs of the report (its root section).
fn after_closing_appeal(t: &str, outline: &[Section], paras: &[Paragraph]) -> Option<Span> {
    let root = outline.first()?;
    let appeal = paras
        .iter()
        .rev()
        .find(|p| final_appeal(t.get(p.span.start..p.span.end).unwrap_or("")))?;
    let end = outline
        .iter()
        .filter(|s| s.kind == SectionKind::Appendix && s.span.start >= appeal.span.end)
        .map(|s| s.span.start)
        .min()
        .unwrap_or(root.span.end);
    (end > appeal.span.end).then(|| Span::new(appeal.span.end, end))
}

/// Where a page that starts inside the plan turns from looking back on one five-year plan to
/// the next: a newspaper's later page may start inside a part that reviews the 十四五 and
/// then sets out the 十五五 (这五年，我们…取得显著成效。… “十五五”时期是…关键时期。…) before its
/// 三、. The start of the first paragraph opening with the latest plan's period (“十五五”时期…)
/// after one that looks back ([`crate::text::opens_review`]: 这五年, 过去五年…, or an earlier
/// plan's period), or saying what that period is (“十五五”时期是…, as the later half opens
/// in every such part); the text before it is achievements. None otherwise: the page started
/// in the later plan's half.
fn turn_after_looking_back(t: &str, span: Span) -> Option<usize> {
    let latest = latest_plan(t.get(span.start..span.end).unwrap_or(""))?;
    let mut looked_back = false;
    for para in paragraphs(t, span) {
        let para_text = t.get(para.span.start..para.span.end).unwrap_or("");
        let turns = crate::text::opening_plan_period(para_text) == Some(latest)
            && (looked_back || says_what_the_period_is(para_text));
        if turns {
            return Some(para.span.start);
        }
        looked_back |= looks_back_before(para_text, latest);
    }
    None
}

/// The latest five-year plan `text` names (15 for 十五五), if any.
fn latest_plan(text: &str) -> Option<u32> {
    crate::text::plan_names(text)
        .into_iter()
        .map(|(n, _)| n)
        .max()
}

/// Whether a paragraph looks back from plan `latest`: it opens with an earlier plan's period
/// (“十四五”时期，…) or like a review ([`crate::text::opens_review`]: 过去五年, 这五年…).
fn looks_back_before(paragraph: &str, latest: u32) -> bool {
    crate::text::opening_plan_period(paragraph).is_some_and(|n| n < latest)
        || crate::text::opens_review(paragraph)
}

/// Whether a paragraph opening with a plan's period goes on to say what it is: “十五五”时期是…
fn says_what_the_period_is(paragraph: &str) -> bool {
    paragraph
        .find("时期")
        .is_some_and(|i| paragraph[i + "时期".len()..].starts_with('是'))
}

/// Paragraphs of a plan part, before its first sub-section, that look back on an earlier
/// five-year plan's period while the part sets out a later one: Shanghai 2026's part on the
/// 十五五 plan draft (关于《…第十五个五年规划纲要（草案）》的说明) opens with “十四五”时期，上海发展
/// 历程极不寻常…这五年，… — achievements, not promises. Such a paragraph opens with the earlier
/// plan's name and 时期, or looks back ([`crate::text::opens_review`]: 过去五年, 这五年…), and
/// the part names a later plan.
fn past_plan_paragraphs(t: &str, p: &Section, outline: &[Section]) -> Vec<Span> {
    let first_child = outline
        .iter()
        .filter(|s| s.parent == Some(p.id))
        .map(|s| s.heading.start)
        .min()
        .unwrap_or(p.span.end);
    let lead = Span::new(p.heading.end, first_child.max(p.heading.end));
    // The plan the title names, when it names one: the lead may look further ahead (并给
    // “十六五”预留一定空间) without making the plan it sets out a past one.
    let Some(latest) =
        latest_plan(&p.title).or_else(|| latest_plan(t.get(lead.start..lead.end).unwrap_or("")))
    else {
        return Vec::new();
    };
    paragraphs(t, lead)
        .into_iter()
        .filter(|para| {
            looks_back_before(t.get(para.span.start..para.span.end).unwrap_or(""), latest)
        })
        .map(|para| para.span)
        .collect()
}

/// The review half that opens a part which both reviews one five-year plan and sets out the
/// next (“十四五”时期发展成就和“十五五”时期主要目标任务; national 2021: “十三五”…成就和“十四五”…
/// 目标任务): from the heading to the first paragraph that opens with the later plan's name
/// (“十五五”时期是…), or that opens 根据 and names it in its first sentence (根据《…关于制定
/// …第十五个五年规划的建议》，…). The achievements before it (成功举办冬奥盛会, 超额完成…造林) are what was
/// done, not promises. None when the title names no achievements or not two plans, or when no
/// paragraph turns to the later plan.
fn review_lead(t: &str, p: &Section) -> Option<Span> {
    if !names_review(&p.title) {
        return None;
    }
    let later = later_plan(&p.title)?;
    // 根据《…第十五个五年规划的建议》，…编制了《…纲要（草案）》: the plan's own paragraph.
    let ordinal: String = later.chars().take(2).collect();
    let long_form = format!("第{ordinal}个五年规划");
    let names_plan = |sentence: &str| {
        sentence.starts_with("根据")
            && (sentence.contains(&long_form) || sentence.contains(later.as_str()))
    };
    let body = Span::new(p.heading.end, p.span.end);
    let turn = paragraphs(t, body)
        .into_iter()
        .find(|para| {
            let text = t.get(para.span.start..para.span.end).unwrap_or("");
            // (A bullet mark may open the paragraph: ● “十五五”时期是….)
            let text = crate::text::trim_bullets(text);
            let first_sentence = text.split('。').next().unwrap_or("");
            text.trim_start_matches(['“', '"', '「', '《'])
                .starts_with(later.as_str())
                || names_plan(first_sentence)
        })
        .map(|para| para.span.start)
        // A page that lost its paragraph breaks (one sentence a line, rejoined) may have
        // glued the 根据《…建议》 sentence to the review's last paragraph: it turns there too.
        .or_else(|| plan_sentence_start(t, body, &names_plan))?;
    (turn > p.heading.end).then(|| Span::new(p.heading.end, turn))
}

/// Where the first sentence of `t[span]` for which `wanted` holds starts (a sentence starts
/// after a full stop, or at a line's start).
fn plan_sentence_start(t: &str, span: Span, wanted: &dyn Fn(&str) -> bool) -> Option<usize> {
    let body = t.get(span.start..span.end)?;
    let mut start = 0;
    for (k, c) in body.char_indices() {
        if k == start {
            let sentence = body[k..].split('。').next().unwrap_or("");
            if wanted(sentence) {
                return Some(span.start + k);
            }
        }
        if matches!(c, '。' | '\n') {
            start = k + c.len_utf8();
        }
    }
    None
}

/// The later of the five-year plans a title names (十五五 in “十四五”…和“十五五”…), when it
/// names two different ones.
fn later_plan(title: &str) -> Option<String> {
    let mut plans = crate::text::plan_names(title);
    plans.sort();
    plans.dedup();
    match plans.as_slice() {
        [first, .., last] if first.0 < last.0 => Some(last.1.clone()),
        _ => None,
    }
}

/// Whether part `p` of the cleaned text `t` is the review (回顾) of past work: its title
/// names a review ([`is_review_title`]) or a year before another part's and no plan
/// ([`names_a_past_year`]), or its body opens like one ([`opens_review`]).
/// Section alignment uses the same rule to keep review areas apart from plan areas.
pub(crate) fn is_review_part(t: &str, p: &Section, outline: &[Section]) -> bool {
    // (A bullet mark may open the body: ● 过去五年，….)
    let body = crate::text::trim_bullets(t.get(p.heading.end..p.span.end).unwrap_or(""));
    is_review_title(&p.title) || crate::text::opens_review(body) || names_a_past_year(p, outline)
}

/// Whether part `p`'s title names a year before the year another part's title names, and
/// no plan: 一、2025年主要工作 (or 2025年工作) above 二、2026年工作安排 is the review of 2025,
/// whatever its body opens with.
fn names_a_past_year(p: &Section, outline: &[Section]) -> bool {
    use crate::outline::year::years_in;
    const PLAN_WORDS: &[&str] = &[
        "安排",
        "任务",
        "目标",
        "计划",
        "建议",
        "思路",
        "要求",
        "重点工作",
        "打算",
    ];
    let Some(year) = years_in(&p.title).into_iter().max() else {
        return false;
    };
    !PLAN_WORDS.iter().any(|w| p.title.contains(w))
        && outline
            .iter()
            .filter(|s| s.kind == SectionKind::Part && s.id != p.id)
            .any(|s| years_in(&s.title).into_iter().any(|y| y > year))
}

/// Whether an appendix title names a glossary (名词解释, 注释, 释义, 说明) rather than a list
/// of tasks such as 十件民生实事.
fn is_glossary_title(title: &str) -> bool {
    ["解释", "注释", "释义", "说明", "词解"]
        .iter()
        .any(|k| title.contains(k))
        && !title.contains("实事")
}

/// Whether a part title names the review of past work (工作回顾, 发展成就, 取得新成效, a plan
/// report's 规划执行情况).
fn is_review_title(title: &str) -> bool {
    names_review(title) && !title.contains("工作安排") && !title.contains("任务")
}

/// Whether a title names past work at all, alone or beside a plan (…发展成就和…目标任务).
fn names_review(title: &str) -> bool {
    [
        "回顾",
        "过去",
        "总结",
        "一年来",
        "五年来",
        "成就",
        "成效",
        "成绩",
        "取得",
        // A plan or budget report's review: 2024年国民经济和社会发展规划执行情况.
        "执行情况",
    ]
    .iter()
    .any(|k| title.contains(k))
}

/// Split a long sentence at commas where the next piece opens with a trigger of its own.
fn split_long(t: &str, sentence: Span) -> Vec<Span> {
    let s = t.get(sentence.start..sentence.end).unwrap_or("");
    if split_length(s) <= 50 {
        return vec![sentence];
    }
    let mut out = Vec::new();
    let mut start = sentence.start;
    // Characters of t[start..counted_to], kept as the pieces go by: counting from `start` again
    // at every comma was quadratic on a long sentence that never splits.
    let (mut cur_len, mut counted_to) = (0, start);
    let pieces = split_spans(t, sentence, |c| c == '，' || c == ',');
    // Quotation marks left open by the pieces so far: a comma inside a quoted title (围绕“培育
    // 发展智慧农业，推动农业高质量发展”等课题…) splits nothing.
    let mut open_quotes: i32 = 0;
    let text_of = |span: &Span| t.get(span.start..span.end).unwrap_or("");
    // A scope of 对 closed by its verb some pieces on (对加快健全科技创新体系，构建…，…，
    // 进行全面部署): the pieces between are its objects, not clauses; no cut before the close.
    let mut scope_to = 0;
    for (k, w) in pieces.windows(2).enumerate() {
        let next = text_of(&w[1]);
        let piece = text_of(&w[0]);
        if k >= scope_to && piece.starts_with('对') {
            if let Some(close) = pieces[k + 1..]
                .iter()
                .take(MAX_SCOPE_PIECES)
                .position(|p| closes_a_scope(text_of(p)))
            {
                scope_to = k + 1 + close;
            }
        }
        // A 在…同时 phrase goes with the clause after it: the cut comes before the phrase
        // when that clause opens with a trigger, never between the two.
        let opens = if is_while_phrase(next) {
            pieces
                .get(k + 2)
                .is_some_and(|after| opening_trigger(text_of(after)))
        } else {
            opening_trigger(next) && !is_while_phrase(piece)
        };
        open_quotes += piece.matches(['“', '「', '《']).count() as i32
            - piece.matches(['”', '」', '》']).count() as i32;
        cur_len += chars(t.get(counted_to..w[0].end).unwrap_or(""));
        counted_to = counted_to.max(w[0].end);
        if opens && cur_len >= 8 && chars(next) >= 8 && open_quotes <= 0 && k >= scope_to {
            let comma = piece.len() - piece.trim_end_matches(['，', ',']).len();
            out.push(Span::new(start, w[0].end - comma));
            start = w[1].start;
            (cur_len, counted_to) = (0, start);
        }
    }
    out.push(Span::new(start, sentence.end));
    out
}

/// How many comma pieces on a scope of 对 may close (Jiangxi 2026's closes six on): a bound,
/// so a hostile sentence of many 对 pieces is read in linear time.
const MAX_SCOPE_PIECES: usize = 16;

/// Whether a comma piece closes a scope of 对 with the verb of arranging it (进行全面部署, 作了
/// 积极回应, 作出安排).
fn closes_a_scope(piece: &str) -> bool {
    let p = piece.trim_end_matches(['，', ',', '。', '；']);
    chars(p) <= 12
        && ["部署", "回应", "安排"].iter().any(|w| p.ends_with(w))
        && ["进行", "作出", "作了", "做出", "做了"]
            .iter()
            .any(|w| p.contains(w))
}

/// Whether a comma piece is a 在…同时 phrase (在稳住汽车、家电等大宗消费的同时,): part of the
/// clause after it, never a piece of its own, whatever trigger follows 在. (A phrase of 在
/// that goes on to its own verb, 在培育新动能、更新旧动能上寻求加快突破, is a clause.)
fn is_while_phrase(piece: &str) -> bool {
    piece.starts_with('在') && piece.trim_end_matches(['，', ',']).ends_with("同时")
}

/// A sentence's length as [`split_long`] weighs it: characters, but spaces not counted (a
/// page that spaces its figures or keeps a stray space must split the same sentence the
/// same way), and each figure counted as three whatever its digits (2.96, 1000 and 30% are
/// typical). The same sentence with a figure raised from 800 to 1000 must split the same
/// way, or its pieces pair badly with last year's.
fn split_length(s: &str) -> usize {
    let mut n = 0;
    let mut in_figure = false;
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        let figure_char =
            crate::text::is_digit(c) || (in_figure && matches!(c, '.' | '．' | ',' | '%' | '％'));
        if figure_char && !in_figure {
            n += 3;
        } else if !figure_char {
            n += 1;
        }
        in_figure = figure_char;
    }
    n
}

/// Every trigger word, strong first.
fn trigger_words() -> impl Iterator<Item = &'static str> {
    STRONG.iter().chain(WEAK).copied()
}

/// The trigger words indexed by first character, built once: a clause is scanned in one pass
/// (a table lookup per character, a comparison for the few that can start a word) instead of
/// one substring search, and one searcher set-up, per word.
struct TriggerIndex {
    /// Every word keyed by its first character, sorted by (bucket, character).
    words: Vec<(char, &'static str)>,
    /// For each bucket (`c as usize % 256`), the range of `words` whose first character falls
    /// in it; empty for the buckets no word starts in.
    buckets: [(u16, u16); 256],
}

impl TriggerIndex {
    fn get() -> &'static TriggerIndex {
        static INDEX: OnceLock<TriggerIndex> = OnceLock::new();
        INDEX.get_or_init(|| {
            let mut words: Vec<(char, &'static str)> = trigger_words()
                .filter_map(|w| Some((w.chars().next()?, w)))
                .collect();
            words.sort_by_key(|&(c, _)| (Self::bucket(c), c));
            let mut buckets = [(0u16, 0u16); 256];
            for (k, &(c, _)) in words.iter().enumerate() {
                let b = &mut buckets[Self::bucket(c)];
                if b.0 == b.1 {
                    b.0 = k as u16;
                }
                b.1 = k as u16 + 1;
            }
            TriggerIndex { words, buckets }
        })
    }

    fn bucket(c: char) -> usize {
        c as usize % 256
    }

    /// The words that may start with `c` (some may start with another character of its
    /// bucket: compare).
    fn candidates(&self, c: char) -> &[(char, &'static str)] {
        let (from, to) = self.buckets[Self::bucket(c)];
        &self.words[from as usize..to as usize]
    }
}

/// Every occurrence of every trigger word in `s`, by position: `f(byte position, word)`
/// until it returns `false`. Words do not overlap themselves (see the tests), so these are
/// the occurrences `s.match_indices(w)` finds, over all the words.
fn each_trigger(s: &str, mut f: impl FnMut(usize, &'static str) -> bool) {
    let index = TriggerIndex::get();
    for (i, c) in s.char_indices() {
        for &(k, w) in index.candidates(c) {
            if k == c && s[i..].starts_with(w) && used_as_trigger(s, i, w) && !f(i, w) {
                return;
            }
        }
    }
}

/// Whether a piece opens with a trigger: one starting at one of its first three characters.
/// The word's context rules read the whole piece ([`used_as_trigger`]: 安排 wants a figure
/// after it, 发展 no noun head), not a six-character head that would cut
/// 安排超长期特别国债1.3万亿元 before its figure.
fn opening_trigger(piece: &str) -> bool {
    let index = TriggerIndex::get();
    piece.char_indices().take(3).any(|(i, c)| {
        index.candidates(c).iter().any(|&(k, w)| {
            k == c
                && piece[i..].starts_with(w)
                && !NO_CUT.contains(&w)
                && used_as_trigger(piece, i, w)
        })
    })
}

/// Triggers that make a clause a commitment but open no piece of a long sentence: 营造 most
/// often closes a task with the climate it aims at (…，营造风清气正的政治生态), which is no
/// task of its own, yet alone it is one (持续营造市场化、法治化、国际化一流营商环境).
const NO_CUT: &[&str] = &["营造", "坚持"];

/// The trigger of `s` and its byte position: a modal (力争, 确保) when present, else the
/// earliest trigger word (the longest at a tie), else a [`FALLBACK`] one. Words inside
/// quotes (“求实、务实、落实”) and words running into a place name (新建路) do not count.
fn trigger(s: &str) -> Option<(&'static str, usize)> {
    use std::cmp::Reverse;
    // Candidates are keyed (position, Reverse(length)); the smallest key wins.
    type Best = Option<((usize, Reverse<usize>), &'static str)>;
    let mut quoted: Option<Vec<(usize, usize)>> = None;
    let mut best_modal: Best = None;
    let mut best: Best = None;
    let mut fallback: Best = None;
    each_trigger(s, |i, w| {
        if runs_into_place_name(&s[i + w.len()..]) {
            return true;
        }
        let q = quoted.get_or_insert_with(|| quoted_ranges(s));
        if q.iter().any(|&(a, b)| a <= i && i < b) {
            return true;
        }
        let key = (i, Reverse(w.len()));
        if FALLBACK.contains(&w) {
            if fallback.is_none_or(|(k, _)| key < k) {
                fallback = Some((key, w));
            }
            return true;
        }
        if MODAL.contains(&w) && best_modal.is_none_or(|(k, _)| key < k) {
            best_modal = Some((key, w));
        }
        if best.is_none_or(|(k, _)| key < k) {
            best = Some((key, w));
        }
        true
    });
    best_modal.or(best).or(fallback).map(|((i, _), w)| (w, i))
}

/// Triggers that count only in a clause with no other: 坚持 a policy (坚持房子是用来住的、不是
/// 用来炒的定位) makes a commitment of a clause no verb of doing does, but a task that has one
/// (坚持节俭裕民，严控“三公”经费) is that verb's.
const FALLBACK: &[&str] = &["坚持"];

/// Whether a trigger word, followed by `after`, is part of a place name: a street (新建路,
/// 建设街) or a village, town or district ending its name (建设新建村。, 新建村党支部), not a
/// word those characters begin (实施区域重大战略, 推进村镇银行优化调整, 开展村（社区）换届选举).
fn runs_into_place_name(after: &str) -> bool {
    let mut cs = after.chars();
    match cs.next() {
        Some('路' | '街') => true,
        Some('村' | '镇' | '区') => !cs.next().is_some_and(|c| {
            crate::text::is_cjk_ideograph(c) && !"的和与及等党".contains(c)
                || matches!(c, '（' | '(')
        }),
        _ => false,
    }
}

/// Nouns that end a copula statement about a time or a role: …的关键时期, …的重要阶段,
/// …的根本保证, …的根本动力, …的根本途径, …的根本要求.
const STATEMENT_NOUNS: &[&str] = &[
    "时期",
    "阶段",
    "之年",
    "一年",
    "五年",
    "窗口期",
    "保证",
    "保障",
    "动力",
    "途径",
    // 这是做好…经济社会发展的根本要求 (the seed's 十五五 principles).
    "要求",
    "课题",
    "取向",
];

/// Whether a clause says what something *is* rather than what will be done: its first
/// phrase (up to the first comma) puts 是 before the trigger and ends in a noun of
/// [`STATEMENT_NOUNS`]. “十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期 and
/// 这是实现经济社会持续健康发展的根本保证 hold 实现 only inside the predicate's noun phrase.
fn describes_a_period_or_role(text: &str, trigger_at: usize) -> bool {
    // Whether `phrase`, at byte `at` of `text`, states: a copula in it before byte `before`,
    // a statement noun ending it.
    let states = |at: usize, phrase: &str, before: usize| {
        let phrase = phrase.trim_end_matches(['。', '；', '！', ' ']);
        // 是 after a numeral enumerates (五是切实强化全面从严治党这个根本保障): not a copula.
        let copula = phrase.match_indices('是').map(|(i, _)| at + i).find(|&i| {
            !text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| "一二三四五六七八九十".contains(c))
        });
        copula.is_some_and(|c| c < before) && STATEMENT_NOUNS.iter().any(|n| phrase.ends_with(n))
    };
    let first_end = text.find(['，', ',']).unwrap_or(text.len());
    if states(0, &text[..first_end], trigger_at) {
        return true;
    }
    // A piece cut from a sentence at a trigger inside the object of a verb of being (处于…上升期，
    // 推动高质量发展、筑牢…根基的关键期，…): its first phrase names a period, no task.
    if trigger_at < first_end && names_a_period(&text[..first_end]) {
        return true;
    }
    // The phrase holding the trigger, after the first: 今年是…75周年，是实现“十四五”规划目标
    // 任务的关键一年。
    let start = text[..trigger_at.min(text.len())]
        .rfind(['，', ','])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = text[start..]
        .find(['，', ','])
        .map_or(text.len(), |i| start + i);
    start > 0 && states(start, &text[start..end], trigger_at)
}

/// Whether a phrase is a noun phrase naming a period: …的关键期, …的重要阶段, …的关键一年 (a
/// 的 at most three characters before the end, the end a period word), and not the object of
/// a verb seizing it (抓住用好…政策加力扩围的窗口期 is a task).
fn names_a_period(phrase: &str) -> bool {
    let phrase = phrase.trim_end_matches(['。', '；', '！', ' ']);
    if ["抓住", "抢抓", "把握", "用好", "利用"]
        .iter()
        .any(|w| phrase.starts_with(w))
    {
        return false;
    }
    let tail = phrase.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    phrase[tail..].contains('的')
        && ["期", "阶段", "之年", "一年"]
            .iter()
            .any(|w| phrase.ends_with(w))
}

/// Byte ranges inside “…” quotes and 《…》 titles: a trigger there is part of a name
/// (《中共中央关于制定…的建议》 promises nothing).
fn quoted_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Most clauses quote nothing: a fast search says so.
    if !s.contains(['“', '《']) {
        return out;
    }
    let mut open: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        match (c, open) {
            ('“' | '《', None) => open = Some((i, if c == '“' { '”' } else { '》' })),
            ('“', Some((_, '”'))) => open = Some((i, '”')),
            (close, Some((a, want))) if close == want => {
                out.push((a, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn commitment(
    clean: &CleanText,
    outline: &[Section],
    folded: &FoldedText,
    span: Span,
) -> Option<Commitment> {
    let raw = clean.slice(span);
    // Bullet marks opening a clause (●实施…, ——新增…) are layout, not words of the task.
    let bullet = raw.len() - crate::text::trim_bullets(raw).len();
    let span = Span::new(span.start + bullet, span.end);
    let text = clean.slice(span);
    let Some((word, at)) = trigger(text) else {
        return figure_commitment(clean, outline, folded, span);
    };
    if describes_a_period_or_role(text, at) {
        return None;
    }
    // 编制了《…纲要（草案）》, 落实了…部署, 组织编制了: 了 closing the trigger's verb (within
    // the next three characters) reports a finished action.
    let rest = &text[at + word.len()..];
    let closes_with_le = rest
        .char_indices()
        .take(3)
        .any(|(i, c)| c == '了' && !["了解", "了结"].iter().any(|w| rest[i..].starts_with(w)));
    if closes_with_le {
        return None;
    }
    // 重点抓好十方面工作：, 今年要重点做好以下几方面工作。: a lead-in to the areas that follow.
    let lead_in = if text.trim_end().ends_with(['：', ':']) {
        ["以下", "方面", "几项", "几件"]
            .iter()
            .any(|w| rest.contains(w))
    } else {
        rest.contains("以下") && ["方面", "工作", "几项"].iter().any(|w| rest.contains(w))
            || rest.contains("方面") && rest.contains("工作") && chars(rest) <= 16
    };
    if lead_in {
        return None;
    }
    // 实现上述目标，必须…: the preamble to what the goals require, not a goal.
    if ["上述目标", "这些目标", "以上目标"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return None;
    }
    // Characters besides the trigger (and punctuation), before it too: 稳步推进城中村改造 has
    // seven, though only five follow 推进, and a trigger may close its clause (…共性技术平台
    // 打造。).
    let around = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count()
        .saturating_sub(chars(word));
    let has_number = text.chars().any(crate::text::is_digit);
    if around < MIN_TASK_CHARS && !has_number {
        return None;
    }
    let quantities = quantities_in(folded, span);
    Some(build(clean, outline, span, Some(word), quantities))
}

/// The figures of the clause at `span`, spans in the whole text.
fn quantities_in(folded: &FoldedText, span: Span) -> Vec<crate::model::Quantity> {
    folded
        .find_in(span)
        .into_iter()
        .map(|mut q| {
            q.span = q.span.offset(span.start);
            q
        })
        .collect()
}

/// The commitment of the clause at `span`, placed in its section.
fn build(
    clean: &CleanText,
    outline: &[Section],
    span: Span,
    trigger: Option<&str>,
    quantities: Vec<crate::model::Quantity>,
) -> Commitment {
    let section = innermost(outline, span);
    Commitment {
        text: clean.slice(span).to_string(),
        section,
        path: path_of(outline, section),
        trigger: trigger.map(str::to_string),
        quantities,
        span,
        source_span: clean.source_span(span),
    }
}

/// How a clause with a figure but no verb of doing opens when it is a reflection, a lead-in,
/// an explanation or a summing up rather than a task (在…中, 要…, 《纲要草案》…, 围绕…三个
/// 问题, 以上共计28项指标).
const FIGURE_CLAUSE_OPENINGS: &[&str] = &[
    "在",
    "要",
    "《",
    "各方面",
    "解决",
    "结构",
    "发展",
    "政府工作",
    "围绕",
    "针对",
    "这",
    "以上",
];

/// What follows a count of abstract things: 5个方面, 三个关键问题, 13项任务举措.
const ABSTRACT_COUNTED: &[&str] = &[
    "方面", "问题", "需求", "方向", "任务", "指标", "关键", "主要", "必须", "大类",
];

/// A clause of the plan with no verb of doing that still states a figure to reach
/// (疏解提质一般制造业企业80家): a commitment with no trigger word.
fn figure_commitment(
    clean: &CleanText,
    outline: &[Section],
    folded: &FoldedText,
    span: Span,
) -> Option<Commitment> {
    const MAX_CHARS: usize = 60;
    let text = clean.slice(span);
    if chars(text) > MAX_CHARS
        || FIGURE_CLAUSE_OPENINGS.iter().any(|w| text.starts_with(w))
        || ["我们要", "必须", "目标"].iter().any(|w| text.contains(w))
    {
        return None;
    }
    let quantities = quantities_in(folded, span);
    // A count of abstract things (5个方面, 三个关键问题, 13项任务), of a whole population
    // (14亿人), or the years looked back over (六十多年来) is no figure to reach.
    let to_reach = |q: &crate::model::Quantity| {
        let after = &clean.text[q.span.end..span.end];
        let abstract_count = ABSTRACT_COUNTED.iter().any(|w| after.starts_with(w));
        let population = q.unit.as_deref() == Some("人") && q.value.is_some_and(|v| v >= 1e8);
        let looked_back = clean.text[..q.span.end].ends_with('年') && after.starts_with('来');
        !abstract_count && !population && !looked_back
    };
    if !quantities.iter().any(to_reach) {
        return None;
    }
    Some(build(clean, outline, span, None, quantities))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::tests::{cleaned, read_corpus, read_seed};

    fn run(clean: &CleanText) -> Vec<Commitment> {
        let o = crate::outline::build(clean, Span::new(0, clean.text.len()));
        commitments(clean, &o)
    }

    /// The commitments' texts of `src`, cleaned.
    fn texts_of(src: &str) -> Vec<String> {
        run(&cleaned(src)).into_iter().map(|c| c.text).collect()
    }

    /// Assert that one of `texts` holds `needle`.
    fn assert_one_holds<T: AsRef<str> + std::fmt::Debug>(texts: &[T], needle: &str) {
        assert!(
            texts.iter().any(|t| t.as_ref().contains(needle)),
            "{needle}: {texts:?}"
        );
    }

    /// What a page sets after the closing appeal is not the report's (the districts' news of
    /// how they studied it, a banner), up to an appendix, whose 民生实事 still count.
    #[test]
    fn nothing_after_the_closing_appeal_is_a_commitment_but_an_appendix() {
        let src = "二、2025年工作安排\n新建学校20所，增加学位2500个。\n\
                   各位代表，耕者下力、即是福田。让我们更加紧密地团结在以习近平同志为核心的党中央周围，\
                   加快建设国家区域中心城市，奋力谱写中国式现代化太原新篇章！\n\
                   建设国家区域中心城市 再现“锦绣太原城”盛景\n\
                   2月28日，杏花岭区委常委会召开扩大会议，传达学习贯彻市两会精神，切实推动各项安排落实。\n\
                   附件\n2025年十件民生实事\n一、新增公共车位1万个以上。\n";
        let texts = texts_of(src);
        assert_one_holds(&texts, "新建学校20所");
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("锦绣太原城") || t.contains("杏花岭")),
            "{texts:?}"
        );
        assert_one_holds(&texts, "新增公共车位");
    }

    /// A later page starting inside a part that reviews one plan and sets out the next keeps
    /// only what follows the turn to the later plan; one starting in the later plan's half
    /// keeps all of it.
    #[test]
    fn a_page_starting_in_a_plans_review_half_keeps_only_the_later_plan() {
        let review = "（上接第1版）\n经济总量迈上新台阶，超额完成造林绿化工程。\n\
                      这五年，我们实现了地区生产总值年均增长5.2%。\n\
                      “十五五”时期是基本实现社会主义现代化的关键时期。\n\
                      到2030年，力争研发投入强度达到6%。\n\
                      三、2026年重点工作\n新建学校10所。\n";
        assert_eq!(
            texts_of(review),
            ["到2030年，力争研发投入强度达到6%。", "新建学校10所。"]
        );
        let fragment = "（上接第1版）\n超额完成造林绿化工程。\n\
                        “十五五”时期是关键时期。\n新建学校20所。\n三、2026年重点工作\n新建学校10所。\n";
        assert_eq!(texts_of(fragment), ["新建学校20所。", "新建学校10所。"]);
        let plan = "（上接第1版）\n到2030年，力争研发投入强度达到6%。\n\
                    “十五五”时期，新建学校20所。\n三、2026年重点工作\n新建学校10所。\n";
        assert_eq!(texts_of(plan).len(), 3, "{:?}", texts_of(plan));
    }

    /// A newspaper's later page starting inside the plan (its first part 三、 or the
    /// government's own) keeps the tasks before that part; one starting in the review (its
    /// first part the plan, 二、) does not.
    #[test]
    fn a_page_starting_inside_the_plan_keeps_the_tasks_before_its_first_part() {
        let plan = "（上接第1版）\n（四）扩大内需。新建学校10所，新增学位1万个。\n\
                    （五）保障民生。新增养老床位1000张。\n三、全面加强政府自身建设\n全面推进政务公开标准化规范化。\n";
        let texts = texts_of(plan);
        for want in ["新建学校10所", "新增养老床位1000张", "全面推进政务公开"] {
            assert!(texts.iter().any(|t| t.contains(want)), "{want}: {texts:?}");
        }
        let numbered = plan.replace("三、全面加强政府自身建设", "四、2026年重点改革任务");
        let texts = texts_of(&numbered);
        assert_one_holds(&texts, "新建学校10所");
        let review = "（上接第1版）\n（四）民生福祉持续增进。新建学校10所，新增就业10万人。\n\
                      二、2026年工作安排\n（一）扩大内需。新增养老床位1000张。\n";
        let texts = texts_of(review);
        assert!(
            !texts.iter().any(|t| t.contains("新建学校10所")),
            "{texts:?}"
        );
        assert_one_holds(&texts, "新增养老床位1000张");
    }

    /// Verbs of doing that were missing (the 2026 seed's 实行…包联全覆盖, 认真抓好…整改,
    /// 组建…联盟, 承办好…论坛, 主动接受…监督) make commitments; a lead-in to the areas that
    /// follow (重点抓好十方面工作：, 今年要重点做好以下几方面工作。) and a copula statement
    /// (这是…的根本要求) do not.
    #[test]
    fn verbs_of_doing_and_what_is_no_task() {
        let src = "一、2026年工作安排\n重点抓好十方面工作：\n\
                   （一）扩大投资。实行省市重点项目领导包联全覆盖。认真抓好14项中央环保督察反馈问题整改。\
                   组建“煤炭—电力—化工”产业研发联盟。高标准承办好太原能源低碳发展论坛十周年系列活动。\
                   主动接受人大、政协和社会监督。今年要重点做好以下几方面工作。\
                   这是做好当前和今后一个时期经济社会发展的根本要求。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        for want in [
            "实行省市",
            "认真抓好",
            "组建“煤炭",
            "高标准承办好",
            "主动接受",
        ] {
            assert!(
                texts.iter().any(|t| t.starts_with(want)),
                "{want}: {texts:?}"
            );
        }
        for not in ["重点抓好十方面", "今年要重点做好", "这是做好"] {
            assert!(
                !texts.iter().any(|t| t.starts_with(not)),
                "{not}: {texts:?}"
            );
        }
    }

    /// A short task counts the words before its verb too (稳步推进城中村改造: five after
    /// 推进, seven in all), and a verb may close it (…行业共性技术平台打造。); four words
    /// besides the verb make a task (加强审计监督。); a slogan of a few characters (加快发展。)
    /// stays no commitment.
    #[test]
    fn a_short_task_counts_its_words_around_the_verb() {
        let src = "一、2026年工作安排\n（一）扩大投资。梳理产业、基础设施、房地产等各领域的项目需求，统筹需求侧挖潜和供给侧改革来扩大投资，\
                   稳步推进城中村改造，推动一批重大工程项目开工建设。加速概念验证、中试验证和行业共性技术平台打造。加快发展。\
                   加强审计监督。深化改革。大力发展赛事经济，\n";
        let texts = texts_of(src);
        for want in [
            "稳步推进城中村改造",
            "加速概念验证、中试验证和行业共性技术平台打造。",
            "加强审计监督。",
            "大力发展赛事经济，",
        ] {
            assert!(texts.iter().any(|t| t == want), "{want}: {texts:?}");
        }
        for slogan in ["加快发展", "深化改革"] {
            assert!(
                !texts.iter().any(|t| t.starts_with(slogan)),
                "{slogan}: {texts:?}"
            );
        }
    }

    /// A long sentence splits at a comma before a trigger, never at one inside a quoted
    /// title (the CPPCC seed: 围绕“培育发展智慧农业，推动农业高质量发展”等课题…).
    #[test]
    fn no_split_inside_quotes() {
        let src = "一、2025年主要任务\n\
                   围绕“培育发展智慧农业，推动农业高质量发展”“打造养老避暑胜地，助推我市银发经济发展”等课题扎实开展调研，推动调研成果转化运用，深入协商议政。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert!(
            texts
                .iter()
                .all(|t| t.matches('“').count() == t.matches('”').count()),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with("推动调研成果转化运用")),
            "still split outside the quotes: {texts:?}"
        );
    }

    /// A bullet opening a clause (——, ●, ◆) is layout: the commitment's text and span start
    /// after it, so the next year's unbulleted wording compares equal. Labels stay.
    #[test]
    fn bullets_are_no_part_of_the_text() {
        let src = "一、2026年工作安排
（一）扩大有效需求。
                   ——着力提升发展质量效益，保持经济持续健康发展。
                   ●实施提振消费专项行动，开展促消费活动200场。
                   ◆ 新增养老床位1000张。
                   1）建设标准厂房100万平方米。
";
        let clean = cleaned(src);
        let cs = run(&clean);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "着力提升发展质量效益，保持经济持续健康发展。",
                "实施提振消费专项行动，开展促消费活动200场。",
                "新增养老床位1000张。",
                "1）建设标准厂房100万平方米。"
            ]
        );
        for c in &cs {
            assert_eq!(clean.slice(c.span), c.text);
        }
    }

    #[test]
    fn a_part_reviewing_one_plan_and_setting_the_next_keeps_only_its_plan_half() {
        // As national 2021 and Beijing 2026 write it: achievements of the old plan, then the
        // new plan's goals. The body opens like a review (过去五年), but the part is not one.
        let src = "一、2025年工作回顾\n新建学校10所。\n\
                   二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\
                   过去五年，我们成功举办冬奥盛会，超额完成百万亩造林绿化工程。\n\
                   “十五五”时期是基本实现社会主义现代化的关键时期。\n\
                   常住人口城镇化率提高到65%，森林覆盖率达到24.1%。\n\
                   三、2026年重点工作\n新建学校20所。\n";
        let clean = cleaned(src);
        let cs = run(&clean);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains("冬奥")), "{texts:?}");
        assert_one_holds(&texts, "城镇化率提高到65%");
        assert_one_holds(&texts, "新建学校20所");
        assert!(
            !texts.iter().any(|t| t.contains("新建学校10所")),
            "{texts:?}"
        );
        // The plan half may open on the proposal it follows (a provincial report, probed).
        let src = "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\
                   过去五年，我们成功举办冬奥盛会，超额完成百万亩造林绿化工程。\n\
                   根据《中共某省委关于制定国民经济和社会发展第十五个五年规划的建议》，\
                   省人民政府编制了《纲要（草案）》。\n\
                   （一）大力发展人工智能。建设高水平创新型省份，新建算力中心10个。\n\
                   三、2026年重点工作\n新建学校20所。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert!(!texts.iter().any(|t| t.contains("冬奥")), "{texts:?}");
        assert_one_holds(&texts, "新建算力中心10个");
        // …even glued to the review's last paragraph (a page with one sentence a line,
        // rejoined): the plan half starts at the sentence.
        let glued = src.replace("工程。\n根据", "工程。根据");
        let texts = texts_of(&glued);
        assert!(!texts.iter().any(|t| t.contains("冬奥")), "{texts:?}");
        assert_one_holds(&texts, "新建算力中心10个");
    }

    #[test]
    fn a_plan_part_looking_back_on_the_last_plan_first_keeps_its_plan() {
        // As Shanghai 2026 writes its part on the 十五五 plan draft: the 十四五 period's
        // achievements first, then the new plan. A part naming no later plan, or a paragraph
        // inside an area, keeps its text.
        let src = "一、关于“十五五”规划纲要（草案）的说明\n\
                   “十四五”时期，我们经受住严峻考验，新建学校100所，全市生产总值增加到5万亿元。\n\
                   这五年，改革开放彰显新成效，新增就业岗位60万个。\n\
                   “十五五”时期具有承前启后的重要地位，常住人口城镇化率提高到65%。\n\
                   （一）加快建设现代化产业体系。五年来各项工作为此打下基础，新建学校20所。\n\
                   二、2026年主要任务\n“十四五”时期，新建学校30所。\n";
        let clean = cleaned(src);
        let cs = run(&clean);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        for gone in ["新建学校100所", "新增就业岗位60万个"] {
            assert!(!texts.iter().any(|t| t.contains(gone)), "{gone}: {texts:?}");
        }
        for kept in ["城镇化率提高到65%", "新建学校20所", "新建学校30所"] {
            assert!(texts.iter().any(|t| t.contains(kept)), "{kept}: {texts:?}");
        }
        // The plan is the one the title names, when the lead looks further ahead (held-out
        // Xinjiang 2026: 给“十六五”预留一定空间): its own period is no past one.
        let ahead = "一、“十五五”时期主要目标\n“十五五”时期具有承前启后的重要地位。\
                     常住人口城镇化率提高到65%，并给“十六五”预留一定空间。\n\
                     二、2026年主要任务\n新建学校30所。\n";
        assert_one_holds(&texts_of(ahead), "城镇化率提高到65%");
    }

    #[test]
    fn statements_of_what_a_period_or_principle_is_are_no_commitments() {
        let src = "二、2026年工作安排\n“十五五”时期是基本实现社会主义现代化夯基奠基、全面发力的关键时期。\n\
                   坚持党的全面领导。这是实现经济社会持续健康发展的根本保证。\n\
                   关键是要实现产业升级，新建学校20所。\n\
                   五是切实强化全面从严治党这个根本保障。\n\
                   今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。\n\
                   今年经济工作，重点是实现新建道路30公里。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert!(!texts.iter().any(|t| t.contains("关键时期")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("根本保证")), "{texts:?}");
        // The copula in the phrase of the trigger, after the first (national 2024).
        assert!(!texts.iter().any(|t| t.contains("75周年")), "{texts:?}");
        assert_one_holds(&texts, "新建道路30公里");
        // 是 before the trigger, but no statement noun ends the phrase: a task.
        assert_one_holds(&texts, "新建学校20所");
        // 五是 enumerates a task (hubei 2026).
        assert_one_holds(&texts, "强化全面从严治党");
        // A piece cut at a trigger inside a period's noun phrase (held-out Xinjiang 2026); not
        // a period seized (hubei 2025) or one framing the task (jiangsu 2025).
        let src = "二、2026年工作安排\n新疆站在新的起点上，有国家重大战略引领和一系列重大政策支撑，\
                   处于乘势而上、大有可为的上升期，推动高质量发展、筑牢社会稳定和长治久安根基的关键期，\
                   面临的挑战错综复杂，机遇前所未有。\n\
                   抓住用好宏观政策加力扩围的窗口期，做实做细前期工作。\n\
                   新的一年，我们将支持国防和军队现代化建设。\n";
        let texts = texts_of(src);
        assert!(!texts.iter().any(|t| t.contains("关键期")), "{texts:?}");
        assert_one_holds(&texts, "窗口期");
        assert_one_holds(&texts, "支持国防");
    }

    /// A policy kept to (坚持…) is a commitment in a sentence of no other task, and the lead of
    /// the tasks in a sentence that has them (read with them by diff::fragments).
    #[test]
    fn a_policy_kept_to_is_a_task_only_alone() {
        let src = "二、2026年工作安排\n（一）稳定房地产市场。坚持房子是用来住的、不是用来炒的定位，稳地价、稳房价、稳预期。\
                   坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，常态化开展扫黑除恶，深化网络诈骗治理，增强社会治理效能。\n";
        let texts = texts_of(src);
        assert!(
            texts.iter().any(|t| t.starts_with("坚持房子是用来住的")),
            "{texts:?}"
        );
        assert!(
            !texts.iter().any(|t| t == "坚持和发展新时代“枫桥经验”"),
            "{texts:?}"
        );
        assert_one_holds(&texts, "深入推进信访工作法治化");
    }

    /// The objects of a 对 scope closed by its verb (对加快健全…，构建…，…，进行全面部署,
    /// Jiangxi 2026) are no clauses of their own: no cut before the close, one after it.
    #[test]
    fn a_scope_of_dui_is_cut_only_after_its_verb() {
        let src = "二、2026年工作安排\n（一）纲要草案。贯彻新发展理念，对加快健全科技创新体系，构建高水平社会主义市场经济体制，全方位扩大开放，扎实推进乡村全面振兴，进行全面部署，推动经济实现质的有效提升和量的合理增长。\n";
        let texts = texts_of(src);
        assert!(
            texts.iter().any(|t| t.contains("对加快健全")
                && t.contains("乡村全面振兴")
                && t.ends_with("进行全面部署")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with("推动经济实现")),
            "{texts:?}"
        );
    }

    /// A clause of the plan with a figure to reach but no verb of doing (疏解提质…80家, 新开…)
    /// is a commitment with no trigger; a count of abstract things, a whole population, a
    /// reflection, the years looked back over (Guangxi 2026) and a summing up of the goals
    /// (Liaoning 2026) are not.
    #[test]
    fn figures_to_reach_without_a_verb_of_doing() {
        let src = "二、2026年工作安排\n（一）扩大内需。疏解提质一般制造业企业80家，新开外贸航线10条以上。\
                   重点把握好5个方面：稳增长、促改革。\
                   在千头万绪的工作中，我们要把握五个“必须统筹好”。\
                   民族团结是我区发展的生命线、幸福线，六十多年来各族人民拼搏进取、耕耘奉献，铸就了欣欣向荣的家园。\
                   以上共计28项指标，其中预期性指标19项、约束性指标9项。\n";
        let clean = cleaned(src);
        let got: Vec<(String, Option<String>)> = run(&clean)
            .into_iter()
            .map(|c| (c.text, c.trigger))
            .collect();
        assert_eq!(
            got,
            [(
                "疏解提质一般制造业企业80家，新开外贸航线10条以上。".to_string(),
                None
            )]
        );
    }

    /// A target's explanation says what it is good for (hubei 2026, national 2021); a task
    /// may still say so after its own trigger.
    #[test]
    fn what_a_target_is_good_for_is_no_commitment() {
        let src = "二、2026年工作安排\n\
                   5.5%左右的预期增长目标与发展目标总体衔接，是一个既积极有为又切实可行的目标，有利于确保开好局、起好步，有利于为支点建设打牢基础、争取主动。\n\
                   预期目标与今后目标平稳衔接，有助于实现可持续健康发展。\n\
                   新建学校20所，有利于实现教育均衡。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert_eq!(texts, ["新建学校20所，有利于实现教育均衡。"]);
    }

    #[test]
    fn finished_actions_and_titles_promise_nothing() {
        let src = "二、2026年工作安排\n\
                   根据《中共太原市委关于制定国民经济和社会发展规划第十五个五年规划的建议》,市政府编制了《太原市国民经济和社会发展规划第十五个五年规划纲要(草案)》,提请大会审查。\n\
                   省政府组织编制了《四川省国民经济和社会发展第十五个五年规划纲要草案》。\n\
                   实现上述目标，必须牢牢把握高质量发展这个首要任务。\n\
                   制定实施《关于推动高质量发展的意见》，新建学校20所。\n";
        let clean = cleaned(src);
        let cs = run(&clean);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains("编制了")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("组织编制")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("上述目标")), "{texts:?}");
        // 了解 is a word of its own, not the particle.
        let clean = cleaned("二、2026年工作安排\n建立了解企业诉求的常态化机制，新建服务站20个。\n");
        assert!(
            run(&clean).iter().any(|c| c.text.contains("了解企业诉求")),
            "了解 kept"
        );
        // A title inside a task does not hide the task's own trigger (制定实施).
        let task = cs
            .iter()
            .find(|c| c.text.contains("新建学校20所"))
            .expect("task kept");
        assert_eq!(task.trigger.as_deref(), Some("制定"), "{texts:?}");
        assert_eq!(quoted_ranges("《甲“乙”》“丙”").len(), 2);
    }

    #[test]
    fn the_later_of_two_plans_in_a_title() {
        assert_eq!(
            later_plan("“十三五”时期发展成就和“十四五”时期主要目标任务").as_deref(),
            Some("十四五")
        );
        assert_eq!(later_plan("“十五五”时期的主要目标任务"), None);
        assert_eq!(later_plan("2025年工作回顾"), None);
    }

    #[test]
    fn national_2021_keeps_its_five_year_goals() {
        let Some(src) = read_corpus("national-2021.txt") else {
            return;
        };
        let cs = run(&cleaned(&src));
        let has = |s: &str| cs.iter().any(|c| c.text.contains(s));
        // Goals of the 十四五 half of part 二, once dropped with its 过去五年 review half.
        assert!(has("城镇调查失业率控制在5.5%以内"));
        assert!(has("常住人口城镇化率提高到65%"));
        assert!(!has("过去五年，我国经济社会发展取得新的历史性成就"));
        let Some(src) = read_corpus("beijing-2026.txt") else {
            return;
        };
        let cs = run(&cleaned(&src));
        assert!(!cs.iter().any(|c| c.text.contains("成功举办冬奥盛会")));
        assert!(cs.iter().any(|c| c.text.contains("十三是统筹发展安全")));
    }

    /// A plan report reviews last year's plan under 规划执行情况 (the seed's plan report).
    #[test]
    fn a_plan_reports_execution_review_is_not_a_commitment() {
        let src = "一、2024年国民经济和社会发展规划执行情况\n（一）项目建设扎实推进。新建学校10所，完成改造任务。\n\
                   二、2025年经济社会发展的主要任务和措施\n（一）扩大有效投资。新建学校20所，增加学位2500个。\n";
        let texts = texts_of(src);
        assert_eq!(texts, ["新建学校20所，增加学位2500个。"]);
    }

    #[test]
    fn review_is_not_a_commitment() {
        let src = "一、2024年工作回顾\n新建学校10所，完成改造任务。\n二、2025年工作安排\n（一）扩大有效投资。项目为王。\n\
                   抓出项目建设速度。新建学校20所，增加学位2500个。力争全年招商落地开工投资1000亿元以上。\n\
                   跑出招商引资质效。坚持以商招商，确保重点项目按期开工。\n";
        // Not with CleanText::identity: its byte-identity map makes source_span slice inside a
        // multi-byte char (model bug reported to the lead).
        {
            let clean = cleaned(src);
            let cs = run(&clean);
            let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
            assert!(
                texts.contains(&"新建学校20所，增加学位2500个。"),
                "{texts:?}"
            );
            assert!(texts.iter().any(|t| t.starts_with("力争全年招商")));
            assert!(
                !texts.iter().any(|t| t.contains("学校10所")),
                "review leaked: {texts:?}"
            );
            assert!(
                !texts.iter().any(|t| t.contains("抓出项目建设速度")),
                "heading leaked"
            );
            let c = cs
                .iter()
                .find(|c| c.text.starts_with("力争"))
                .expect("力争 clause");
            assert_eq!(c.trigger.as_deref(), Some("力争"));
            assert_eq!(
                c.path,
                ["2025年工作安排", "扩大有效投资", "抓出项目建设速度"]
            );
            let c = cs
                .iter()
                .find(|c| c.text.contains("确保重点项目"))
                .expect("确保 clause");
            assert_eq!(c.trigger.as_deref(), Some("确保"));
            assert_eq!(clean.slice(c.span), c.text);
            assert_eq!(clean.source_slice(c.span), c.text);
        }
    }

    /// Budget sentences of the national reports (2021–2025) promise with 拟 and 安排 + amount.
    #[test]
    fn budget_plans_are_commitments() {
        let src = "一、2020年工作回顾\n过去一年，中央预算内投资安排6000亿元，拟定方案已作出安排。\n\
                   二、2021年工作安排\n\
                   考虑到疫情得到有效控制和经济逐步恢复，今年赤字率拟按3.2%左右安排、比去年有所下调，不再发行抗疫特别国债。\
                   今年拟安排地方政府专项债券3.65万亿元，优化债券资金使用，优先支持在建工程，合理扩大使用范围。\
                   赤字率拟按3%安排。中央预算内投资安排6100亿元。今年中央预算内投资拟安排7000亿元。\
                   拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。\n\
                   对今年工作作出安排，这是全年工作安排的重点。推动虚拟电厂发展。虚拟现实和机器人拟人交互产业方兴未艾。\n";
        let clean = cleaned(src);
        let cs = run(&clean);
        let by_text = |needle: &str| cs.iter().find(|c| c.text.contains(needle));
        for (needle, trigger) in [
            ("赤字率拟按3.2%左右安排", "拟"),
            ("拟安排地方政府专项债券3.65万亿元", "拟"),
            ("赤字率拟按3%安排", "拟"),
            ("中央预算内投资安排6100亿元", "安排"),
            ("中央预算内投资拟安排7000亿元", "拟"),
            ("拟发行超长期特别国债", "拟"),
        ] {
            let c = by_text(needle).unwrap_or_else(|| panic!("{needle} missing: {cs:#?}"));
            assert_eq!(c.trigger.as_deref(), Some(trigger), "{needle}");
            assert!(!c.quantities.is_empty(), "{needle}");
        }
        // The review's allocations, plans named in passing and 虚拟/拟人 are not promises.
        for needle in ["6000亿元", "作出安排", "虚拟现实"] {
            assert!(by_text(needle).is_none(), "{needle}: {cs:#?}");
        }
        // 推动 is the trigger of the 虚拟电厂 clause, not the 拟 inside 虚拟.
        assert_eq!(
            by_text("虚拟电厂").and_then(|c| c.trigger.as_deref()),
            Some("推动")
        );
        assert_eq!(trigger("模拟演练和草拟文件"), None);
        assert_eq!(trigger("工作安排"), None);
        // After its doer, 安排 needs an amount, and a year is none.
        assert_eq!(
            trigger("市政府统筹安排2025年工作"),
            None,
            "a year is not an amount"
        );
        assert_eq!(trigger("安排资金20亿元"), Some(("安排", 0)));
    }

    /// The word-by-word search the first-character index replaced, kept to prove the two agree.
    fn trigger_by_words(s: &str) -> Option<(&'static str, usize)> {
        let quoted = quoted_ranges(s);
        let found = |list: &[&'static str]| {
            list.iter()
                .flat_map(|w| s.match_indices(w).map(move |(i, _)| (*w, i)))
                .filter(|&(_, i)| !quoted.iter().any(|&(a, b)| a <= i && i < b))
                .filter(|&(w, i)| !runs_into_place_name(&s[i + w.len()..]))
                .filter(|&(w, i)| used_as_trigger(s, i, w))
                .min_by_key(|&(w, i)| (i, std::cmp::Reverse(w.len())))
        };
        found(MODAL)
            .or_else(|| {
                let all: Vec<&'static str> =
                    trigger_words().filter(|w| !FALLBACK.contains(w)).collect();
                found(&all)
            })
            .or_else(|| found(FALLBACK))
    }

    /// The per-word opening test the first-character index replaced.
    fn opening_trigger_by_words(piece: &str) -> bool {
        trigger_words().filter(|w| !NO_CUT.contains(w)).any(|w| {
            piece
                .match_indices(w)
                .take_while(|&(i, _)| chars(&piece[..i]) <= 2)
                .any(|(i, _)| used_as_trigger(piece, i, w))
        })
    }

    #[test]
    fn no_trigger_word_overlaps_itself() {
        // `match_indices` skips overlapping occurrences of one word; `each_trigger` reports
        // them. They agree only while no word's proper prefix is also its suffix.
        for w in trigger_words() {
            for (k, _) in w.char_indices().skip(1) {
                assert!(!w.starts_with(&w[k..]), "{w}");
            }
        }
        for m in MODAL {
            assert!(STRONG.contains(m), "{m}");
        }
    }

    #[test]
    fn index_agrees_with_word_search_on_real_text() {
        let mut texts: Vec<String> = [
            "taiyuan-2025-government-work-report.txt",
            "taiyuan-2026-government-work-report.txt",
        ]
        .iter()
        .filter_map(|f| read_seed(f))
        .collect();
        texts.extend(
            [
                "national-2025.txt",
                "guangdong-2026.txt",
                "sichuan-2025.txt",
            ]
            .iter()
            .filter_map(|f| read_corpus(f)),
        );
        texts.push(
            "推动“新建”新建路改造，力争确保争取“力争”，实施新改扩建完成“落实”。建设新建村".into(),
        );
        let mut checked = 0;
        for text in &texts {
            let t = text.as_str();
            let whole = Span::new(0, t.len());
            for p in paragraphs(t, whole) {
                for clause in split_spans(t, p.span, |c| is_clause_end(c) || c == '，') {
                    let s = &t[clause.start..clause.end];
                    assert_eq!(trigger(s), trigger_by_words(s), "{s}");
                    assert_eq!(opening_trigger(s), opening_trigger_by_words(s), "{s}");
                    // Pieces starting mid-clause exercise the three-character window.
                    for (k, _) in s.char_indices().take(4) {
                        let rest = &s[k..];
                        assert_eq!(opening_trigger(rest), opening_trigger_by_words(rest));
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
    }

    #[test]
    fn triggers_skip_quotes_and_place_names() {
        assert_eq!(trigger("我们要树牢“求实、务实、落实”工作导向"), None);
        assert_eq!(
            trigger("实施迎泽西大街、新建路等维修改造工程").map(|t| t.0),
            Some("实施")
        );
        assert_eq!(
            trigger("推动项目建成投用，确保按期完工").map(|t| t.0),
            Some("确保")
        );
        assert_eq!(
            trigger("新改扩建公办幼儿园10所").map(|t| t.0),
            Some("新改扩建")
        );
        assert_eq!(trigger("产业体系向新图强，发展才能以质取胜"), None);
        // A place name ends at 村, 镇 or 区; a word those begin is no place.
        for (s, w) in [
            ("新建村党支部开展主题党日活动", "开展"),
            ("深入实施区域重大战略", "实施"),
            ("依法有序开展村（社区）换届选举", "开展"),
            ("推进村镇银行优化调整", "推进"),
            ("提高村幼儿园的保育教育水平", "提高"),
        ] {
            assert_eq!(trigger(s).map(|t| t.0), Some(w), "{s}");
        }
        assert_eq!(trigger("途经新建村。"), None);
    }

    #[test]
    fn plan_verbs_beyond_the_classic_triggers() {
        for (s, w) in [
            ("坚持节俭裕民，严控“三公”经费和一般性支出", "严控"),
            ("持续引领带动山西中部城市群“六个一体化”发展", "带动"),
            ("持续打好蓝天碧水净土保卫战", "打好"),
            ("积极发展公益慈善事业。", "积极发展"),
            ("以“招引项目要落地”为核心，进一步编制好产业图谱", "编制"),
            // 坚持 a policy, with no other verb of doing in its clause (national 2021–2023).
            (
                "坚持房子是用来住的、不是用来炒的定位，稳地价、稳房价、稳预期",
                "坚持",
            ),
        ] {
            assert_eq!(trigger(s).map(|t| t.0), Some(w), "{s}");
        }
        // 发展 alone is a noun as often as a verb: no trigger. 坚持 after its subject reports
        // what was kept to.
        assert_eq!(trigger("经济发展质量稳中有升"), None);
        assert_eq!(trigger("我们坚持稳中求进工作总基调"), None);
    }

    #[test]
    fn new_triggers_reach_the_extracted_clauses() {
        let src = "二、2026年工作安排\n坚持节俭裕民，习惯过紧日子，严肃财经纪律，严控“三公”经费和一般性支出，把有限资源和财力更多用在改善民生上。积极发展公益慈善事业。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("严控“三公”经费")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t == "积极发展公益慈善事业。"),
            "{texts:?}"
        );
    }

    #[test]
    fn the_closing_appeal_is_no_commitment() {
        // As the provinces and (since 2022) the national reports close: an appeal to all,
        // opening 让我们 or holding the formula, after a paragraph of its own or a sentence.
        let src = "二、2026年工作安排\n新建学校20所，增加学位2500个。\n\
                   唯有奋斗，方能无愧于时代。让我们更加紧密地团结在以习近平同志为核心的党中央周围，\
                   凝心聚力、锐意进取，努力完成全年目标任务，为强国建设不懈奋斗！\n\
                   我们要更加紧密地团结在以习近平同志为核心的党中央周围，努力完成全年经济社会发展\
                   目标任务，为全面推进强国建设不懈奋斗！\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert_eq!(texts, ["新建学校20所，增加学位2500个。"]);
    }

    /// A paragraph opening 各位代表 is an address, and so is its first sentence (the one after
    /// a bare 各位代表！ too, when it is short, in its paragraph or the next); the tasks the
    /// government sets itself after it, as seven of the corpus reports write their closing
    /// coda, are commitments. An exclamation or a
    /// conviction (我们坚信，只要…就一定能…) promises nothing anywhere, but a task item or a
    /// task opening on its verb ending on one does.
    #[test]
    fn tasks_after_an_address_to_the_deputies_count() {
        let src = "二、2026年工作安排\n新建学校20所，增加学位2500个。\n\
                   各位代表！五年看头年、起步最关键。做好今年工作，必须把政府自身建设得更加坚强有力。\
                   坚持政府过紧日子，持续压减一般性支出。认真接受市人大及其常委会监督。\
                   我们坚信，只要我们勠力同心，就一定能完成全年目标任务。\
                   我们要一件接着一件办，让老百姓的日子一年更比一年好！\n\
                   各位代表，完善政府债务管理机制是今年的重点。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            [
                "新建学校20所，增加学位2500个。",
                "做好今年工作，必须把政府自身建设得更加坚强有力。",
                "坚持政府过紧日子，持续压减一般性支出。",
                "认真接受市人大及其常委会监督。",
            ]
        );
        // After a bare 各位代表！ only a short sentence is the address's rhetoric: a long one
        // is the government's task (hubei-2025: its 55项民生实事, 60项 the next year).
        let src = "二、2025年工作安排\n各位代表！“家事国事天下事，让人民过上幸福生活是头等大事”，\
                   今年继续实施10大类55项民生实事，涵盖就业、教育、医疗等领域。\n\
                   各位代表！今年我们要坚持和完善为民办实事长效机制，继续认真办好十方面民生实事。\n";
        let texts = texts_of(src);
        assert_one_holds(&texts, "55项民生实事");
        assert_one_holds(&texts, "十方面民生实事");
        // The bare address may be a paragraph of its own (Jilin 2026, and any page of one
        // sentence a line): the short sentence opening the next paragraph is its rhetoric.
        let src = "二、2026年工作安排\n新建学校20所。\n各位代表！\n五年看头年、起步最关键。\
                   做好今年工作，必须把政府自身建设得更加坚强有力。\n各位代表！\n\
                   进位突破正当时，奋楫笃行启新程。\n";
        assert_eq!(
            texts_of(src),
            [
                "新建学校20所。",
                "做好今年工作，必须把政府自身建设得更加坚强有力。"
            ]
        );
        // A CPPCC report ends some task items so: opening on 要, or numbered, they count.
        let cppcc = "二、2025年主要任务\n（一）强化理论武装。要坚持和完善学习制度，确保党的决策部署得到全面贯彻落实！\n\
                     （二）聚焦民生。五是聚焦保障和改善民生，抓好提案的跟踪督办，让群众感受到城市越来越美好！\n";
        let texts = texts_of(cppcc);
        assert_one_holds(&texts, "完善学习制度");
        assert_one_holds(&texts, "抓好提案的跟踪督办");
        // So does a task opening on its verb that a report ends with a flourish (Shanxi and
        // Yunnan 2026); an appeal opening otherwise does not.
        let flourish = "二、2026年工作安排\n（十）守牢安全底线。强化公共安全治理。\
                        深化社会治安整体防控体系和能力建设，常态化开展扫黑除恶，确保社会安定有序！\
                        环境就是民生，青山就是美丽，蓝天也是幸福！\n";
        let texts = texts_of(flourish);
        assert_one_holds(&texts, "常态化开展扫黑除恶");
        assert!(!texts.iter().any(|t| t.contains("青山")), "{texts:?}");
    }

    /// A review part named by its year alone (一、2025年主要工作, 2025年工作) above the next
    /// year's plan is a review, whatever its body opens with; with no later year named, or
    /// with a plan word (2026年主要工作安排), a part is no review by its title. A body opening
    /// like a review (过去一年，…) makes a part one, a bullet mark before it or not.
    #[test]
    fn a_part_named_by_an_earlier_year_is_the_review() {
        for title in ["2025年主要工作", "2025年工作"] {
            let src = format!(
                "一、{title}\n2025年是极不平凡的一年。新建学校20所，建成保障房5000套。\n\
                 二、2026年工作安排\n新建学校30所。\n"
            );
            let texts = texts_of(&src);
            assert_eq!(texts, ["新建学校30所。"], "{src}");
        }
        let alone = "一、2026年主要工作\n新建学校30所。\n二、加强政府自身建设\n坚持依法行政，推进政务公开。\n";
        let texts = texts_of(alone);
        assert!(texts.contains(&"新建学校30所。".to_string()), "{texts:?}");
        // A part whose body opens like a review is one with a bullet before it too.
        let bulleted =
            "一、发展情况\n● 过去一年，全省经济增长5%。\n新建学校20所，建成保障房5000套。\n\
                        二、2026年工作安排\n新建学校30所。\n";
        assert_eq!(texts_of(bulleted), ["新建学校30所。"]);
    }

    /// National 2021–2025 open their defence paragraph with the past year; Jiangsu 2026 reads
    /// the situation (更要看到); Fujian 2026 says its targets can be reached.
    #[test]
    fn look_backs_readings_and_words_on_the_targets_promise_nothing() {
        let src = "二、2026年工作安排\n新建学校20所。\n\
                   过去一年，国防和军队建设取得新的重要进展。要加强国防动员和后备力量建设。\n\
                   更要看到，新一轮科技革命和产业变革加速突破，我省实体经济规模大韧性强。\n\
                   这些目标充分考虑了各方面因素，经过努力是完全可以实现的。\n\
                   一年来的经验要总结好，推广好。\n\
                   目标任务落实中，要看到问题，加快补齐短板。\n";
        let clean = cleaned(src);
        let texts: Vec<String> = run(&clean).into_iter().map(|c| c.text).collect();
        assert_eq!(
            texts,
            [
                "新建学校20所。",
                "要加强国防动员和后备力量建设。",
                "目标任务落实中，要看到问题，加快补齐短板。"
            ]
        );
    }

    /// The situation read after a connective (Guangdong 2026), from a point of view or as an
    /// opinion (Jiangsu 2025, a resolution), the assets and the challenges of the year
    /// (Sichuan 2025), the demand the times make (national 2025) and a cause credited with what
    /// it gave (为我们营造了…, held-out Heilongjiang 2026; Jiangsu 2025) promise nothing; a task
    /// naming a challenge, or one letting people see a result, still does.
    #[test]
    fn readings_opinions_assets_and_challenges_promise_nothing() {
        let src = "二、2026年工作安排\n\
                   另一方面，我们更要看到战略机遇，新一轮科技革命和产业变革加速突破带来众多机会。\n\
                   从政策机遇看，一揽子增量政策的效应正在持续放大，尤其是党中央明确支持经济大省挑大梁。\n\
                   会议认为，过去一年，全市人民全面贯彻落实党的二十大精神。\n\
                   我们有国家战略腹地建设等机遇叠加，也有独特的科教资源。\n\
                   完成全年发展目标面临诸多挑战，但也有较好的支撑。\n\
                   应对新挑战、完成新任务，对政府工作提出新的更高要求。\n\
                   我国经济展现出强大的内在稳定性，为我们营造了良好宏观环境。\n\
                   全省上下凝心聚力，为推进中国式现代化注入了强大力量。\n\
                   支持面临困难的企业渡过难关。\n\
                   完善政策体系，为企业提供更好服务。\n\
                   加强民生建设，切实让人民群众看到变化。\n\
                   同时，加快补齐农村基础设施短板。\n";
        assert_eq!(
            texts_of(src),
            [
                "支持面临困难的企业渡过难关。",
                "完善政策体系，为企业提供更好服务。",
                "加强民生建设，切实让人民群众看到变化。",
                "同时，加快补齐农村基础设施短板。"
            ]
        );
    }

    /// What the leadership gave, asked or felt (Sichuan 2026, Jiangsu 2025, Fujian 2025), a
    /// confident condition and the country's assets (national 2024) and the reasons for the
    /// targets set (Jiangsu 2025, national 2021 and 2024) promise nothing; the leadership's own
    /// spending, a sentence going on to what we will do, and one opening 我们有效 or on a mere
    /// fact (我国有…在校学生，要…) still promise.
    #[test]
    fn the_leaderships_mandate_and_a_confident_condition_promise_nothing() {
        let src = "二、2026年工作安排\n\
                   习近平总书记赋予四川打造“两高地、两基地、一屏障”使命任务，重大战略在川交汇。\n\
                   习近平总书记对江苏发展高度重视、寄予厚望，赋予江苏走在前、做示范的重大使命。\n\
                   总书记的深切关怀，为我们走好现代化建设的每一步提供了根本遵循。\n\
                   在中国式现代化建设中奋勇争先，是习近平总书记赋予我们新的重大历史使命。\n\
                   中央明确了“十五五”时期重要目标，鼓励各地发挥比较优势。\n\
                   只要我们贯彻落实好党中央决策部署，紧紧抓住有利时机，一定能战胜困难挑战。\n\
                   确定以上目标，贯彻了中央对经济大省的明确要求，兼顾了需要和可能。\n\
                   经济增长预期目标为5%左右，考虑了促进就业增收、防范化解风险等需要。\n\
                   经济增速是综合性指标，今年预期目标设定为6%以上，考虑了经济运行恢复情况，有利于推进改革创新。\n\
                   我国具有显著的制度优势，科技创新能力在持续提升，必须增强信心和底气。\n\
                   我们有效应对外部冲击，加快推进产业升级。\n\
                   我国有2.9亿在校学生，要坚持把教育这个大事办好。\n\
                   中央财政加大对地方一般性转移支付力度。\n\
                   党中央对今年工作作出了全面部署，我们要深入贯彻落实，紧紧抓住主要矛盾。\n\
                   持续优化创新生态环境，赋予科研人员更大技术路线决定权。\n";
        assert_eq!(
            texts_of(src),
            [
                "我们有效应对外部冲击，加快推进产业升级。",
                "我国有2.9亿在校学生，要坚持把教育这个大事办好。",
                "中央财政加大对地方一般性转移支付力度。",
                "党中央对今年工作作出了全面部署，我们要深入贯彻落实，紧紧抓住主要矛盾。",
                "持续优化创新生态环境，赋予科研人员更大技术路线决定权。"
            ]
        );
    }

    /// Verbs of doing that the corpus plans use without any other trigger: building starts,
    /// crime is fought, channels are cleared, habits are urged.
    #[test]
    fn plans_other_verbs_of_doing_are_tasks() {
        let src = "二、2026年工作安排\n\
                   开建温福高铁、厦漳泉R1线等。\n\
                   严厉打击非法金融活动。\n\
                   畅通诉求渠道，全链条根治欠薪。\n\
                   倡导全社会尊师重教。\n\
                   坚决遏制高耗能、高排放项目盲目发展。\n\
                   筹建国家磁悬浮计量测试中心。\n\
                   共建巴蜀文旅走廊。\n\
                   弘扬工匠精神。\n\
                   为适龄女生免费接种二价HPV疫苗。\n\
                   进一步缩减外资准入负面清单。\n\
                   全面取消制造业领域外资准入限制措施。\n\
                   大力放宽电信、医疗等服务业市场准入。\n\
                   稳住房地产开发投资。\n\
                   继续严禁洋垃圾入境。\n\
                   进一步拆除各种藩篱。\n\
                   深挖“土特产”资源。\n\
                   兜牢基层“三保”底线。\n\
                   繁荣新闻出版、广播影视、文学艺术等事业。\n";
        assert_eq!(texts_of(src).len(), 18, "{:?}", texts_of(src));
    }

    /// Thrift is a task with no other verb of doing (national 2024 and 2025, a held-out report
    /// of 2026).
    #[test]
    fn thrift_is_a_task() {
        let src = "二、2026年工作安排\n\
                   各级政府要习惯过紧日子，真正精打细算，切实把财政资金用在刀刃上、用出实效来。\n\
                   各级政府要习惯过紧日子，把钱花在刀刃上，不该花的钱一分也不能乱用。\n";
        let texts = texts_of(src);
        assert_eq!(texts.len(), 2, "{texts:?}");
    }

    /// Spreading, launching, bidding for and defusing are tasks too (Shandong, Jiangsu,
    /// Sichuan, Hubei); what can be spread (可复制可推广的经验) is no spreading.
    #[test]
    fn spreading_launching_bidding_and_defusing_are_tasks() {
        let src = "二、2026年工作安排\n\
                   推广东营、滨州盐碱地综合利用经验。\n\
                   坚持以人民为中心的创作导向，推出一批深入人心的精品力作。\n\
                   积极争创国家人工智能应用中试基地。\n\
                   稳妥有序化解地方政府债务风险。\n\
                   先行先试领跑，创造更多可复制可推广的经验。\n";
        let texts = texts_of(src);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("可推广")), "{texts:?}");
    }

    /// Keeping strict, clearing, strengthening, extending a build, connecting to, letting
    /// culture flourish and handing down are tasks (national 2022 and 2024, Fujian, Shanghai,
    /// Henan, Jiangsu); a principle with 统筹 stays none.
    #[test]
    fn strictness_clearing_and_handing_down_are_tasks() {
        let src = "二、2026年工作安排\n\
                   严格食品全链条质量安全监管。\n\
                   持续清理拖欠企业账款。\n\
                   建强优势专科。\n\
                   持续扩建国际旅游度假区核心区。\n\
                   主动对接国际高标准经贸规则。\n\
                   繁荣发展文化事业和文化产业。\n\
                   传承弘扬红色文化。\n\
                   更好统筹发展和安全。\n";
        let texts = texts_of(src);
        assert_eq!(texts.len(), 7, "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("统筹")), "{texts:?}");
    }

    /// Words that are nouns far more often (发展, 保障, 创新) or verbs of other subjects
    /// (参与, 应对) are tasks when they open the clause, after at most an adverb; as nouns
    /// they are none.
    #[test]
    fn verbs_that_open_their_clause_are_tasks() {
        let src = "二、2026年工作安排\n\
                   发展工业互联网。\n\
                   积极应对人口老龄化。\n\
                   进一步解决中小微企业融资难题。\n\
                   创新文化体制机制。\n\
                   保障农民工工资支付。\n\
                   探索新型农村集体经济多样化实现途径。\n\
                   积极参与国际标准制修订。\n\
                   稳定房地产市场。\n\
                   前瞻布局具身智能、量子科技等未来产业。\n\
                   因地制宜发展老年助餐服务。\n\
                   统筹安排中小学春秋假和职工带薪错峰休假。\n\
                   党中央对今年工作作出了全面部署安排。\n\
                   统筹调整养老金、医保、低保等民生待遇标准。\n\
                   有序利用闲置厂房和空闲地。\n\
                   保障好灵活就业和新就业形态劳动者权益。\n\
                   解决好大城市住房突出问题。\n\
                   积极盘活存量土地、低效用地、闲置房产。\n\
                   搭建内外贸一体化综合服务平台。\n\
                   主动融入全国碳排放权交易市场。\n\
                   谋划轨道交通向“通武廊”延伸。\n\
                   大力引育高能级贸易商。\n\
                   积极申建国家自贸试验区。\n\
                   建好零碳园区。\n\
                   升级省“双碳”管理一体化平台。\n\
                   培养造就高水平教师队伍。\n\
                   治理沙化土地88.5万亩。\n\
                   赋能职工深度参与企业治理。\n\
                   深度融入全国统一大市场建设。\n\
                   依法治理民族宗教事务。\n\
                   高效利用城市地下空间。\n\
                   提质升级1000所中小学校食堂。\n\
                   依法保护企业产权和企业家合法权益。\n\
                   改进各类社会群体服务管理。\n\
                   精准帮扶财政困难市县。\n\
                   加紧清偿拖欠企业账款。\n\
                   科学布局新型基础设施。\n\
                   全力稳定基础设施投资。\n\
                   高效开发利用地热能、生物质能。\n\
                   发布新一批“上海标准”和“上海品牌”。\n\
                   破除制约要素合理流动的堵点。\n\
                   政务信息发布更加及时。\n\
                   生态保护成效明显。\n\
                   产业结构调整取得积极进展。\n\
                   产业升级取得新进展。\n\
                   人才培养成效显著。\n\
                   社会治理效能更加显著，治理效能明显。\n\
                   发展空间更加广阔。\n\
                   创新型企业不断涌现。\n\
                   科技创新成果丰硕。\n\
                   人民群众的参与热情高涨。\n\
                   持续发展具有多方面有利条件。\n\
                   粮食产量保持稳定。\n\
                   区域布局日趋合理。\n";
        let texts = texts_of(src);
        assert_eq!(texts.len(), 39, "{texts:?}");
        for noun in [
            "信息发布",
            "生态保护",
            "产业升级",
            "人才培养",
            "治理效能",
            "发展空间",
            "创新型",
            "科技创新",
            "参与热情",
            "保持稳定",
            "区域布局",
            "部署安排",
            "结构调整",
        ] {
            assert!(!texts.iter().any(|t| t.contains(noun)), "{noun}: {texts:?}");
        }
    }

    /// Strengthening a capacity is a task when 增强 opens its clause (national 2024, Shanghai
    /// 2026, Sichuan 2025); strengthening a frame of mind or the government's own conduct is
    /// rhetoric, and so is 增强 after its subject.
    #[test]
    fn strengthening_a_capacity_is_a_task_and_a_frame_of_mind_is_none() {
        let src = "二、2026年工作安排\n\
                   增强资本市场内在稳定性。\n\
                   切实增强城市文化软实力。\n\
                   增强国家级、省级新区产业和人口集聚承载能力。\n\
                   增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n\
                   不断增强人民群众获得感、幸福感、安全感。\n\
                   增强“没有走在前列就是风险、就是失职”的争先意识。\n\
                   不断增强政府执行力、工作穿透力。\n\
                   经济实力显著增强。\n\
                   大力提升抓落实的效能和水平，切实增强“没有走在前列就是风险、就是失职”的争先意识、责任意识和担当意识。\n";
        let texts = texts_of(src);
        assert_eq!(texts.len(), 4, "{texts:?}");
        for t in &texts[..3] {
            assert!(
                t.starts_with("增强") || t.starts_with("切实增强"),
                "{texts:?}"
            );
        }
        // The last is one task, 大力提升…, not split at 增强 before a frame of mind.
        assert!(
            texts[3].starts_with("大力提升") && texts[3].ends_with("担当意识。"),
            "{texts:?}"
        );
    }

    /// Aiming at a climate for business or work is a task, a moral atmosphere none; and 营造
    /// cuts no long sentence: the climate a task closes with stays part of it.
    #[test]
    fn a_climate_aimed_at_is_a_task_that_cuts_no_sentence() {
        let src = "二、2026年工作安排\n\
                   持续营造市场化、法治化、国际化一流营商环境。\n\
                   我们要营造尊重劳动、尊重知识、尊重人才、尊重创造的良好社会氛围。\n\
                   迭代推出营商环境改革政策，常态化推进“高效办成一件事”，营造链条配套和要素保障应有尽有、高效便捷的产业生态。\n";
        assert_eq!(
            texts_of(src),
            [
                "持续营造市场化、法治化、国际化一流营商环境。",
                "迭代推出营商环境改革政策，常态化推进“高效办成一件事”，营造链条配套和要素保障应有尽有、高效便捷的产业生态。"
            ]
        );
    }

    /// Keeping a policy setting is a task (national 2022–2025's monetary policy); keeping
    /// composure is none, and a target line with its subject before 保持 is a target's.
    #[test]
    fn keeping_a_setting_is_a_task_and_keeping_composure_is_none() {
        let src = "二、2026年工作安排\n\
                   保持流动性合理充裕。\n\
                   保持人民币汇率在合理均衡水平上的基本稳定。\n\
                   保持战略定力。\n\
                   始终保持万马奔腾的闯劲干劲。\n\
                   保持严的基调、严的措施、严的氛围。\n\
                   国际收支保持基本平衡。\n";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            [
                "保持流动性合理充裕。",
                "保持人民币汇率在合理均衡水平上的基本稳定。"
            ]
        );
    }

    #[test]
    fn appendix_definitions_are_not_commitments() {
        let src = "二、2026年工作安排\n新建学校20所，增加学位2500个。\n\n各位代表！让我们团结奋斗，努力完成全年目标任务！\n\n名词解释\n\n1.“双千”计划：是指面向共建国家实施千项合作项目、开展千名青年科学家交流。\n\n2.“15+N”：省政府办公厅印发《关于推动重点产业发展的意见》，提出加快培育15个重点产业。\n";
        let clean = cleaned(src);
        let o = crate::outline::build(&clean, Span::new(0, clean.text.len()));
        assert!(
            o.iter().any(|s| s.kind == SectionKind::Appendix),
            "no appendix: {:?}",
            o.iter().map(|s| (&s.kind, &s.title)).collect::<Vec<_>>()
        );
        let texts: Vec<String> = commitments(&clean, &o)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_one_holds(&texts, "学校20所");
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("千项合作") || t.contains("15个重点产业")),
            "{texts:?}"
        );
    }

    #[test]
    fn glossary_titles() {
        for t in ["名词解释", "注释", "附件：名词解释", "有关词语说明"] {
            assert!(is_glossary_title(t), "{t}");
        }
        for t in ["2026年省十件民生实事", "附件", "十件民生实事说明"] {
            assert!(!is_glossary_title(t), "{t}");
        }
    }

    #[test]
    fn guangdong_livelihood_appendix_stays() {
        let Some(src) = read_corpus("guangdong-2026.txt") else {
            return;
        };
        let clean = cleaned(&src);
        let cs = run(&clean);
        let in_appendix = |name: &str| {
            cs.iter()
                .filter(|c| c.path.first().is_some_and(|p| p.contains(name)))
                .count()
        };
        assert!(in_appendix("民生实事") > 20, "{}", in_appendix("民生实事"));
        assert_eq!(in_appendix("名词解释"), 0);
    }

    #[test]
    fn sichuan_glossary_is_not_a_commitment() {
        let Some(src) = read_corpus("sichuan-2026.txt") else {
            return;
        };
        let clean = cleaned(&src);
        let cs = run(&clean);
        assert!(cs.len() > 200, "{}", cs.len());
        assert!(
            cs.iter()
                .all(|c| c.path.first().map(String::as_str) != Some("名词解释")),
            "glossary entries extracted"
        );
    }

    #[test]
    fn long_sentences_split_at_trigger_commas() {
        let src = "二、工作安排\n坚持产业布局和空间布局协调匹配并且持续深化改革创新，新建20个精品示范村和70个提档升级村，完成供水供热供气等管网更新改造115公里。\n";
        let clean = cleaned(src);
        let cs = run(&clean);
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert!(
            texts.contains(&"新建20个精品示范村和70个提档升级村"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"完成供水供热供气等管网更新改造115公里。"),
            "{texts:?}"
        );
    }

    /// A comma opens a new piece only where the words after the trigger allow it: they are
    /// read whole, not cut a few characters after the trigger (安排 opens a piece only with a
    /// figure after it, here eleven characters on).
    #[test]
    fn a_split_reads_the_whole_piece_after_its_trigger() {
        let src = "二、工作安排\n实施更加积极的财政政策并且持续用力加力提效更加积极有为，安排地方政府专项债券用于重点项目建设4.4万亿元。\n";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            [
                "实施更加积极的财政政策并且持续用力加力提效更加积极有为",
                "安排地方政府专项债券用于重点项目建设4.4万亿元。"
            ]
        );
    }

    /// A 在…同时 phrase belongs to the clause after it: a trigger just after 在 opens no piece.
    #[test]
    fn a_while_phrase_is_no_piece_of_its_own() {
        let src = "二、工作安排\n大力实施提振消费专项行动，在稳住汽车、家电、住房等大宗消费的同时，加快培育文化、旅游、体育、养老等服务消费新增长点。\n";
        let texts = texts_of(src);
        assert_eq!(
            texts,
            [
                "大力实施提振消费专项行动",
                "在稳住汽车、家电、住房等大宗消费的同时，加快培育文化、旅游、体育、养老等服务消费新增长点。"
            ]
        );
    }

    /// A figure's digits do not decide whether its sentence is long: the same sentence with
    /// 800 or 1000 (Fujian 2025's 专精特新中小企业) splits the same way, or last year's
    /// pieces pair with this year's whole.
    #[test]
    fn a_figures_digits_do_not_decide_a_split() {
        let pieces = |figure: &str| {
            let src = format!(
                "二、工作安排\n专精特新企业突出政策资金托举，设立20亿元省级母基金和系列子基金，新增专精特新中小企业{figure}家以上。\n"
            );
            run(&cleaned(&src)).len()
        };
        assert_eq!(pieces("800"), pieces("1000"));
        assert_eq!(pieces("8"), pieces("12000"));
        assert_eq!(split_length("新增5G基站1.2万个、 3,000 个"), 18);
    }

    #[test]
    fn seed_commitments() {
        for (file, expect) in [
            (
                "taiyuan-2025-government-work-report.txt",
                "新增公共车位1万个以上",
            ),
            (
                "taiyuan-2026-government-work-report.txt",
                "新建20个精品示范村、70个提档升级村",
            ),
        ] {
            let Some(src) = read_seed(file) else { continue };
            let clean = cleaned(&src);
            let cs = run(&clean);
            assert!(cs.len() > 150, "{file}: {}", cs.len());
            assert!(
                cs.iter().any(|c| c.text.contains(expect)),
                "{file}: {expect}"
            );
            // Nothing from the review before part 二.
            let first = clean.text.find("二、").unwrap_or(0);
            assert!(cs.iter().all(|c| c.span.start > first), "{file}");
            for c in &cs {
                assert_eq!(clean.slice(c.span), c.text);
                assert!(!c.path.is_empty());
            }
        }
    }

    #[test]
    fn national_review_excluded() {
        let Some(src) = read_corpus("national-2025.txt") else {
            return;
        };
        let clean = cleaned(&src);
        let cs = run(&clean);
        assert!(cs.len() > 200, "{}", cs.len());
        assert!(cs
            .iter()
            .all(|c| c.path.first().map(String::as_str) != Some("2024年工作回顾")));
        // The defence paragraph of the plan part opens with the past year's record.
        assert!(
            !cs.iter().any(|c| c.text.starts_with("过去一年")),
            "{cs:#?}"
        );
        assert!(cs.iter().any(|c| c.text.contains("国防")), "{cs:#?}");
    }

    #[test]
    fn near_finds_every_heading_that_touches_a_sentence() {
        // Regression (robustness): every sentence was checked against every heading, which
        // is quadratic on long reports. `near` must miss none that matter.
        use crate::model::{SectionKind, Span};
        for name in [
            "taiyuan-2025-government-work-report.txt",
            "taiyuan-2026-government-work-report.txt",
        ] {
            let Some(src) = read_seed(name) else { continue };
            let clean = cleaned(&src);
            let o = crate::outline::build(&clean, Span::new(0, clean.text.len()));
            let mut hs: Vec<Span> = o
                .iter()
                .filter(|s| !matches!(s.kind, SectionKind::Document | SectionKind::Enum))
                .map(|s| s.heading)
                .collect();
            hs.sort_unstable();
            let t = &clean.text;
            let b: Vec<usize> = t
                .char_indices()
                .map(|(i, _)| i)
                .step_by(4)
                .chain([t.len()])
                .collect();
            for w in b.windows(4) {
                let s = Span::new(w[0], w[3]);
                let touches = |h: &&Span| h.contains(s) || s.contains(**h) && h.len() * 2 > s.len();
                assert_eq!(
                    near(&hs, s).filter(touches).count(),
                    hs.iter().filter(touches).count(),
                    "{s:?}"
                );
            }
        }
    }
}
