//! Cleaned text → section tree (提纲): parts 一、, areas （一）, run-in headings, 一是 enumerations,
//! appendices.
//!
//! Why: every later stage (commitments, targets, alignment, diff) says *where* something is by
//! the path of section titles, and two years are aligned part by part and area by area.
//!
//! How, in one pass over the paragraphs of the document:
//! - **Part** (部分): `一、`…`十、` or `第一部分` opening a short paragraph (≤ 60 chars, no `。`
//!   before its end). Parts must be consecutive (二 after 一); the first may be any of 一…三
//!   because newspaper pages often start mid-report, or any at all on a page that starts
//!   inside the work plan (its first part 三、 or later, or the government's own part: see
//!   `first_part_inside_plan`), whose first areas may then be numbered from anywhere too
//!   (（上接第1版） …（四）…（五）… 三、全面加强政府自身建设). An out-of-sequence `一、` (an
//!   enumerated paragraph in the body, or an appendix item) is not a part. A report numbering its parts
//!   `第一部分`, `第二部分`… takes each label one level down: `一、` numbers its areas and
//!   `（一）` sub-areas (kind RunIn with its label, ending at the next sub-area, area or part;
//!   the run-ins of its paragraphs nest in it), when a `一、` comes before the first `（一）`;
//!   otherwise `（一）` numbers the areas right under the parts. A report that numbers no part heads them by
//!   their words alone (2024年工作回顾, 2025年工作安排建议: `unnumbered_part`; a page
//!   numbering them 1、2、 is read so too, and a line with an area label is never such a
//!   part); one that heads its two halves so above numbered headings
//!   (“十四五”时期发展成就和2025年工作回顾, then
//!   “十五五”时期主要目标和2026年重点工作 holding 一、…四、) takes 一、 one level down too
//!   (`PartStyle`), as does one naming its parts so over work areas numbered 一、 (each a
//!   title and its body, or heading lines numbered from 一 again under the next part).
//! - **Area** (方面): `（一）`/`(一)` opening a paragraph; the title is the first sentence, or
//!   what comes before a colon ending its first clause (（一）扩大内需：坚持…).
//!   Numbering restarts inside each part. A label the page lost (（二） then （四）, no （三）
//!   after) is skipped; a mistyped one (（二） twice, （五） for （三）) is read as the number it
//!   should have had when the next area goes on from that number. A restart at `（一）`
//!   inside the same part starts a new group (the 2026 reports have 十五五 areas then the
//!   year's areas under one part): both groups stay children of the part, and the previous
//!   group's last area is closed at the first `各位代表` paragraph after it, so the bridging
//!   text (总体要求, 主要预期目标) belongs to the part, not to the last 十五五 area. The last
//!   area of every part likewise ends before the part's closing paragraphs (a review's
//!   summing-up and problems, the closing appeal): see `tail`. A report that numbers no area
//!   `（一）` but numbers headings `1．`, `2．`… or `（1）`, `（2）`… (the style met first)
//!   under its parts has those as its areas
//!   (`arabic_area_label`: a title of at most 60 characters and no figure, so a numbered
//!   民生实事 item is none).
//! - **RunIn** (段首小标题): a paragraph opening with a short sentence ending in `。`, or set in
//!   lenticular brackets (`【大力提振消费】实施…`, as some news pages set them), or ended by a
//!   colon (`大力提振消费：实施…`; a lead-in with 以下/如下/包括/目标/要求 is none) (4–25 chars,
//!   no comma, semicolon or colon, no 我们/了, not opening with a numeral that counts: 一年来,
//!   三项…; 一体推进… may; not ending on a figure: …拟安排7000亿元 states a target; not
//!   followed by 我们…/必须…: 产业强则经济强。我们要以… is a maxim closing an area). Run-in
//!   headings come in series, so a candidate
//!   counts only when it is bold, or a neighbouring paragraph is a candidate too (this keeps
//!   ordinary short openings such as 成绩来之不易。 out), or the paragraph after the next
//!   (or before the last) is one of a series of candidates with a plain paragraph between
//!   (a paragraph cut in two by a page, a run-in's body in two paragraphs). A run-in may
//!   also sit inside an area paragraph after its title (`**提高项目谋划精度。**` in the 2026
//!   seed): taken when bold, or, unbolded, when the next paragraph is a run-in and the
//!   sentence is short (≤ 16 chars). A run-in covers its paragraph only, or runs to the next
//!   run-in inside it. Reports that print a whole area as one paragraph (Jiangsu, Hubei,
//!   Shandong) set all its run-ins inline: a series of two or more short sentences (≤ 20
//!   chars, no figure), each heading ≥ 60 chars of text before the next short one, the first
//!   opening the body or after one intro sentence, or after two when three or more with no
//!   short sentence between (`inline_runins`); also in the one body paragraph under an area
//!   title standing alone.
//! - **Numbered sub-heading** (序号小标题, kind RunIn with its label): `1．`/`1.`/`1、`/`（1）`/`(1)`
//!   opening a paragraph with a heading-shaped sentence and its body, or a heading-shaped line
//!   above its body paragraph; only in a series 1, 2, 3… of two or more between part and area
//!   labels (1． and （1） each a series of its own), with no figure in a title (list items and
//!   targets name one). Each runs to the next heading; the series' last, in the run-in form,
//!   ends with its paragraph. Right under a part without areas, 1． headings are its areas for
//!   alignment (`align::sections::levels`). See `numbered_headings`.
//! - **Enum** (列举): `一是…二是…`, `一要…二要…` or `第一，…第二，…` inside a paragraph; each
//!   item is a child of the paragraph's section; the title is the item's first clause (to
//!   its first comma, ≤ 40 chars).
//! - **Appendix** (附录): after the closing appeal (the last `各位代表` paragraph with 让我们/奋斗),
//!   a short paragraph starting with 附件, 附录, 名词解释, 注释, 说明 or naming 民生实事; a bare
//!   `附件1` takes the next short line as its title.

mod tail;
pub mod text;
pub mod year;

use crate::model::{CleanText, Section, SectionKind, Span};
use text::{
    chars, enum_markers, is_cn_numeral, is_list_category, numeral_prefix, paragraphs, parse_cn,
    Paragraph,
};

/// Build the outline of the document at `doc` in the cleaned text. `outline[0]` is the root
/// ([`SectionKind::Document`]) spanning `doc`; sections are in document order.
pub fn build(clean: &CleanText, doc: Span) -> Vec<Section> {
    let t = clean.text.as_str();
    let doc = clamp(t, doc);
    let paras = paragraphs(t, doc);
    let mut heads = find_headings(t, &paras, PartStyle::Numbered);
    if !heads.iter().any(|h| h.kind == SectionKind::Part) {
        heads = find_headings(t, &paras, PartStyle::Unnumbered);
        // Parts named by their words over areas numbered 一、 (2024年工作回顾, then
        // 一、巩固增强经济回升向好态势。坚持…): the labels are a level down, as above.
        let areas =
            |heads: &[Heading]| heads.iter().filter(|h| h.kind == SectionKind::Area).count();
        if areas(&heads) == 0 {
            let shifted = find_headings(t, &paras, PartStyle::UnnumberedAboveNumbered);
            if areas(&shifted) >= 2 {
                heads = shifted;
            }
        }
    } else if unnumbered_above_numbered(t, &paras) {
        heads = find_headings(t, &paras, PartStyle::UnnumberedAboveNumbered);
    }
    assemble(t, doc, &paras, heads)
}

/// Keep a span inside the text and on char boundaries.
fn clamp(t: &str, doc: Span) -> Span {
    let mut s = doc.start.min(t.len());
    let mut e = doc.end.min(t.len()).max(s);
    while !t.is_char_boundary(s) {
        s -= 1;
    }
    while !t.is_char_boundary(e) {
        e += 1;
    }
    Span::new(s, e)
}

/// A heading found before the tree is assembled.
#[derive(Clone, Debug)]
struct Heading {
    kind: SectionKind,
    label: String,
    title: String,
    heading: Span,
    /// Explicit end of the section (run-ins, enum items, closed areas); `None` = until the
    /// next heading of the same or a higher level.
    end: Option<usize>,
}

/// A heading's level, outer first (a heading ends at the next of its level or an outer one).
/// Steps of two leave room for [`NESTED_ITEM`].
fn level(kind: SectionKind) -> u8 {
    match kind {
        SectionKind::Document => 0,
        SectionKind::Part | SectionKind::Appendix => 2,
        SectionKind::Area => 4,
        SectionKind::RunIn => 6,
        SectionKind::Enum => 8,
    }
}

/// The level of a sub-area （一） under an area 一、 in a report whose parts are 第一部分…: between
/// an area and a run-in, so the run-ins of its paragraphs nest in it.
const SUB_AREA: u8 = 5;

/// The level of a numbered sub-heading （1） inside one numbered 1． (both run-ins): between
/// a run-in and an enumeration item, so it nests in the 1． before it.
const NESTED_ITEM: u8 = 7;

/// Each heading's level ([`level`]); a run-in numbered （1） after a run-in numbered 1． in the
/// same part or area is [`NESTED_ITEM`] (1．积极扩大有效投资。（1）…（2）… 2．…).
fn levels(heads: &[Heading]) -> Vec<u8> {
    let mut outer = false;
    heads
        .iter()
        .map(|h| {
            let numbered = h.kind == SectionKind::RunIn && !h.label.is_empty();
            let paren = h.label.starts_with(['（', '(']);
            match h.kind {
                SectionKind::RunIn if numbered && !paren => outer = true,
                SectionKind::RunIn | SectionKind::Enum => {}
                _ => outer = false,
            }
            if numbered && area_label(&h.label).is_some() {
                SUB_AREA
            } else if numbered && paren && outer {
                NESTED_ITEM
            } else {
                level(h.kind)
            }
        })
        .collect()
}

fn slice(t: &str, s: Span) -> &str {
    t.get(s.start..s.end).unwrap_or("")
}

/// `一、` / `第一部分` at the start: (number, label byte length).
fn part_label(p: &str) -> Option<(u32, usize)> {
    if let Some(rest) = p.strip_prefix('第') {
        let n = numeral_prefix(rest);
        let after = &rest[n..];
        if n > 0 && after.starts_with("部分") {
            let mut len = '第'.len_utf8() + n + "部分".len();
            if let Some(c) = p[len..].chars().next().filter(|c| "、：: 　".contains(*c)) {
                len += c.len_utf8();
            }
            return parse_cn(&rest[..n]).map(|v| (v, len));
        }
        return None;
    }
    let n = numeral_prefix(p);
    // 一、 as written; 一． and 一. where a page or an English input mode put a point.
    let sep = p[n..]
        .chars()
        .next()
        .filter(|c| matches!(c, '、' | '．' | '.'))?;
    // (A point after a lone numeral with nothing after it is no label: 一. alone.)
    if n == 0 || sep != '、' && p[n + sep.len_utf8()..].trim().is_empty() {
        return None;
    }
    parse_cn(&p[..n]).map(|v| (v, n + sep.len_utf8()))
}

/// Whether the text after a part label is a part's title: short (≤ 60 chars), with no
/// sentence end (一、提高低保…保障水平。 is a list item).
fn part_title_shape(title: &str) -> bool {
    chars(title) <= 60 && !title.contains(['。', '！', '!'])
}

/// `（一）` / `(一)` at the start: (number, label byte length without trailing spaces).
fn area_label(p: &str) -> Option<(u32, usize)> {
    let open = p.chars().next().filter(|&c| c == '（' || c == '(')?;
    let rest = &p[open.len_utf8()..];
    let lead = rest.len() - rest.trim_start().len();
    let inner = &rest[lead..];
    let n = numeral_prefix(inner);
    if n == 0 {
        return None;
    }
    let after = inner[n..].trim_start();
    let close = after.chars().next().filter(|&c| c == '）' || c == ')')?;
    let len = p.len() - after.len() + close.len_utf8();
    parse_cn(&inner[..n]).map(|v| (v, len))
}

/// Byte length of leading spaces.
fn skip_spaces(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .len()
}

/// Strip markup and a trailing sentence mark from a title.
fn clean_title(s: &str) -> String {
    let s = s.replace("**", "");
    let s = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    // A leading dash or bullet mark (——经济保持恢复发展, ● 经济增长稳中有进) is layout, not
    // part of the title.
    let s = crate::text::trim_bullets(s);
    // 【大力提振消费】: the brackets set a heading apart.
    let s = match s.strip_prefix('【').and_then(|s| s.strip_suffix('】')) {
        Some(inner) => inner,
        None => s,
    };
    s.trim_end_matches(['。', '；', ';', '：', ':', '，', ',', '.'])
        .trim()
        .to_string()
}

/// The first sentence of `s`: byte length including the end mark, if one occurs.
fn first_sentence(s: &str) -> Option<usize> {
    s.char_indices()
        .find(|&(_, c)| text::is_sentence_end(c))
        .map(|(i, c)| i + c.len_utf8())
}

/// Whether a sentence (with its end mark) has the shape of a run-in heading.
fn runin_shape(sentence: &str, max_chars: usize) -> bool {
    let body = sentence.replace("**", "");
    let body = body.trim();
    if !body.ends_with('。') {
        return false;
    }
    let core = body.trim_end_matches('。');
    let n = chars(core);
    (4..=max_chars).contains(&n)
        && !core.contains(|c: char| "，,；;：:！!？?。（(".contains(c))
        && !core.contains("我们")
        && !core.contains('了')
        && !core.contains('是')
        && !core.starts_with("各位代表")
        && !core.starts_with(crate::text::is_digit)
        && !core.ends_with('的')
        && !opens_with_count(core)
        && !ends_on_figure(core)
}

/// Whether a sentence ends on a figure (今年中央预算内投资拟安排7000亿元, 开展职业技能培训40万
/// 人次): it states a target, as no heading does. A heading may count what it names (加快培育3
/// 个潜力产业).
fn ends_on_figure(core: &str) -> bool {
    has_figure(core)
        && crate::extract::quantity::find_quantities(core)
            .last()
            .is_some_and(|q| q.span.end == core.len() && (q.value.is_some() || q.low.is_some()))
}

/// Whether a sentence opens with a numeral that counts (一年来, 三项改革, 十件实事, 一是): no
/// run-in heading does. A numeral that begins a word (一体推进…, 一流…) does not count.
fn opens_with_count(core: &str) -> bool {
    let numerals = core
        .chars()
        .take_while(|&c| is_cn_numeral(c) && c != '两')
        .count();
    numerals > 0
        && core
            .chars()
            .nth(numerals)
            .is_none_or(|c| !matches!(c, '体' | '流' | '揽' | '站' | '网' | '线' | '贯'))
}

/// A run-in candidate at the start of paragraph text `p`: heading byte length (sentence).
fn runin_at_start(p: &str) -> Option<usize> {
    // 【大力提振消费】实施…: a run-in set in lenticular brackets, as some news pages set them.
    if let Some(inner) = p.strip_prefix('【') {
        let close = inner.find('】')?;
        let len = '【'.len_utf8() + close + '】'.len_utf8();
        let shaped = runin_shape(&format!("{}。", &inner[..close]), 25);
        return (shaped && chars(&p[len..]) >= 8).then_some(len);
    }
    // 大力提振消费：实施…: a run-in ended by a colon, as some pages write them; a lead-in
    // (重点做好以下工作：, 主要预期目标是：) is none.
    if let Some(colon) = text::prefix_chars(p, 26).find('：') {
        let head = &p[..colon];
        let len = colon + '：'.len_utf8();
        let lead_in = ["以下", "如下", "包括", "目标", "要求"]
            .iter()
            .any(|w| head.contains(w));
        if !lead_in && runin_shape(&format!("{head}。"), 25) && chars(&p[len..]) >= 8 {
            return Some(len);
        }
    }
    let len = first_sentence(p)?;
    let rest = p[len..].trim_start_matches(['*', ' ', '\u{3000}']);
    (runin_shape(&p[..len], 25) && chars(rest) >= 8 && !exhorts(rest)).then_some(len)
}

/// Whether the text after a short first sentence opens by exhorting (我们要…, 我们必须…,
/// 必须…): the sentence is a maxim that leads or closes an area (产业强则经济强。我们要以…),
/// not a run-in heading, whose body lists tasks without a subject.
fn exhorts(rest: &str) -> bool {
    rest.starts_with("我们") || rest.starts_with("必须")
}

/// `1．` / `1.` / `1、` / `（1）` / `(1)` (ASCII or full-width digits) at the start: (number,
/// label byte length with the spaces after it).
fn digit_label(p: &str) -> Option<(u32, usize)> {
    let (open, rest) = match p.strip_prefix(['（', '(']) {
        Some(rest) => (true, rest),
        None => (false, p),
    };
    let digits = rest.len() - rest.trim_start_matches(crate::text::is_digit).len();
    if digits == 0 || chars(&rest[..digits]) > 2 {
        return None;
    }
    let n = rest[..digits]
        .chars()
        .try_fold(0u32, |n, c| Some(n * 10 + crate::text::digit_value(c)?))?;
    let after = &rest[digits..];
    let close = after.chars().next()?;
    let closes = if open {
        matches!(close, '）' | ')')
    } else {
        matches!(close, '．' | '.' | '、')
    };
    if !closes || n == 0 {
        return None;
    }
    let len = p.len() - after.len() + close.len_utf8();
    Some((n, len + skip_spaces(&p[len..])))
}

/// Longest numbered sub-heading title, in characters.
const MAX_NUMBERED_TITLE: usize = 30;

/// A numbered sub-heading found by [`numbered_headings`]: byte lengths, from the paragraph's
/// start, of its label and of the whole heading (label and title).
#[derive(Clone, Copy, Debug)]
struct Numbered {
    label: usize,
    len: usize,
    /// Whether the heading is its paragraph's first sentence and the series' last item: its
    /// section then ends with its paragraph (the next may be the series' closing words,
    /// 以上民生实事，我们将…); other items run to the next heading.
    ends_with_paragraph: bool,
}

/// Whether a title has the shape of a heading: 2–[`MAX_NUMBERED_TITLE`] characters, no
/// figure (a 民生实事 item or a target names one: 1．新建中小学20所), no clause or sentence mark
/// inside, none of the words of running prose.
fn numbered_title(title: &str) -> bool {
    let core = title.replace("**", "");
    let core = core.trim().trim_end_matches(['。', '；', ';']);
    (2..=MAX_NUMBERED_TITLE).contains(&chars(core))
        && !core.contains(crate::text::is_digit)
        && !core.contains(|c: char| "；;：:！!？?。".contains(c))
        && !core.contains("我们")
        && !core.contains('了')
}

/// Numbered sub-headings (1．积极扩大有效投资。… / （1）做强先进制造业。…), the level some
/// reports (many city and county ones) number below the areas. A paragraph opens one when
/// its label is followed by a heading-shaped sentence and more text, or is a heading-shaped
/// line alone before an unnumbered paragraph (its body). They count only in a series: 1, 2,
/// 3… with nothing but body between them, restarting after every part or area label, and of
/// at least two. That keeps out numbered lists whose items are sentences or name a figure
/// (民生实事, glossary entries, targets).
fn numbered_headings(t: &str, paras: &[Paragraph]) -> Vec<Option<Numbered>> {
    let mut out = vec![None; paras.len()];
    // One series per style: 1．/1、 and （1）, the second often numbering items inside the
    // first's (1．… （1）… （2）… 2．…).
    let mut runs: [Vec<(usize, Numbered)>; 2] = [Vec::new(), Vec::new()];
    let style = |s: &str| usize::from(s.starts_with(['（', '(']));
    let flush = |run: &mut Vec<(usize, Numbered)>, out: &mut Vec<Option<Numbered>>| {
        if run.len() >= 2 {
            for (k, &(i, h)) in run.iter().enumerate() {
                out[i] = Some(Numbered {
                    ends_with_paragraph: h.ends_with_paragraph && k + 1 == run.len(),
                    ..h
                });
            }
        }
        run.clear();
    };
    for (i, p) in paras.iter().enumerate() {
        let s = slice(t, p.span);
        if part_label(s).is_some() || area_label(s).is_some() {
            for run in &mut runs {
                flush(run, &mut out);
            }
            continue;
        }
        let Some((n, label)) = digit_label(s) else {
            continue;
        };
        let kind = style(s);
        let rest = &s[label..];
        let heading = match first_sentence(rest) {
            // 1．积极扩大有效投资。实施… : the sentence, then its body.
            Some(len) if chars(rest[len..].trim()) >= 8 => {
                numbered_title(&rest[..len]).then_some((label + len, true))
            }
            // A line alone, its body the next paragraph.
            Some(len) if len < rest.len() => None,
            _ => {
                let body_next = paras.get(i + 1).is_some_and(|q| {
                    let next = slice(t, q.span);
                    digit_label(next).is_none() || style(next) != kind
                });
                (body_next && numbered_title(rest)).then_some((s.len(), false))
            }
        };
        let expected = runs[kind].len() as u32 + 1;
        match heading {
            Some((len, ends_with_paragraph)) if n == expected || n == 1 => {
                if n == 1 {
                    flush(&mut runs[kind], &mut out);
                }
                // A new item of the outer style closes the inner series.
                if kind == 0 {
                    flush(&mut runs[1], &mut out);
                }
                let h = Numbered {
                    label,
                    len,
                    ends_with_paragraph,
                };
                runs[kind].push((i, h));
            }
            // A numbered paragraph that is no heading, or out of sequence, ends its series.
            _ => flush(&mut runs[kind], &mut out),
        }
    }
    for run in &mut runs {
        flush(run, &mut out);
    }
    out
}

/// Keywords of unnumbered part headings (2024年工作回顾, 2025年工作安排建议, 加强政府自身建设).
pub(crate) const PART_WORDS: &[&str] = &[
    "工作回顾",
    "工作安排",
    "重点工作",
    "政府自身建设",
    "目标任务",
    "主要任务",
    "工作建议",
    "工作任务",
    // 2025年工作思路和重点任务 (Hubei 2025), 2025年经济社会发展总体要求和政策取向 (national),
    // “十五五”时期工作的主要考虑 (Hubei 2026), 对今年政府工作的建议 (national 2023).
    "重点任务",
    "总体要求",
    "政策取向",
    "主要考虑",
    "工作的建议",
    // 2025年主要工作和“十四五”发展成就 (Zhejiang 2026).
    "主要工作",
    "发展成就",
    // A plan report's halves: 2024年国民经济和社会发展规划执行情况, …规划主要目标 (the seed).
    "执行情况",
    "主要目标",
    // The closing part: 全面提升政府治理能力和水平 (the 2026 seed), 深入推进政府治理创新
    // (Shanghai 2026), 努力建设让人民满意的法治型服务型政府 (Hubei 2026).
    "政府治理",
    "服务型政府",
];

/// Words naming the part on the government's own work that closes a report after its work
/// plan (三、全面加强政府自身建设, 全面提升政府治理能力和水平, 努力建设人民满意的服务型政府).
const GOVERNMENT_PART_WORDS: &[&str] = &["自身建设", "政府治理", "服务型政府", "法治政府"];

/// Whether a page whose first part heading is `label` `title` starts inside the work plan
/// rather than in the review: that part is numbered 三 or later (一 is the review in every
/// work, plan and CPPCC report, and the plan starts at 二), or it is the government's own
/// part after the plan (三、全面加强政府自身建设, unnumbered or not).
pub(crate) fn first_part_inside_plan(label: &str, title: &str) -> bool {
    let numeral = label.trim().trim_start_matches('第');
    let numbered_late = parse_cn(&numeral[..numeral_prefix(numeral)]).is_some_and(|n| n >= 3);
    let government = GOVERNMENT_PART_WORDS.iter().any(|w| title.contains(w))
        && crate::outline::year::years_in(title).is_empty();
    numbered_late || government
}

/// The longest unnumbered part heading (chars): “十四五”时期发展成就和“十五五”时期主要目标任务
/// (Beijing 2026) has 25.
pub(crate) const UNNUMBERED_PART_CHARS: usize = 28;

/// An unnumbered part heading: a short paragraph without punctuation naming a part.
pub(crate) fn unnumbered_part(s: &str) -> bool {
    chars(s) <= UNNUMBERED_PART_CHARS
        && !s.contains(|c: char| "，,。：:；;！!？?、".contains(c))
        && PART_WORDS.iter().any(|w| s.contains(w))
}

/// Whether paragraph `s` is a part heading whose number the page lost: a part named by its
/// words (2026年工作安排, 关于《…》的说明), or a title line (牢记历史使命，在中国式现代化建设中
/// 奋勇争先) after which the areas start again at （一）. `ahead` is what follows it: the number
/// of the next numbered part heading and of the next area. `Some` with that part's number (if
/// any), for the caller to check that the labels skip exactly one there; a named part with no
/// numbered part after it also needs the areas to start again.
fn lost_part_number(s: &str, ahead: Ahead, areas_before: bool) -> Option<Option<u32>> {
    let named = unnumbered_part(s) || explains_a_draft(s);
    let title = !named && !s.contains(['。', '；', '：', ':']) && part_title_shape(&clean_title(s));
    let restart = areas_before && ahead.area == Some(1);
    (named && (restart || ahead.part.is_some()) || title && restart).then_some(ahead.part)
}

/// The numbered headings after a paragraph: the next part's number and the next area's (before
/// that part).
#[derive(Clone, Copy, Default)]
struct Ahead {
    part: Option<u32>,
    area: Option<u32>,
}

/// [`Ahead`] for every paragraph, in one pass from the end; `part_heading` gives a numbered
/// part heading's number.
fn headings_ahead(
    t: &str,
    paras: &[Paragraph],
    part_heading: &dyn Fn(&str) -> Option<u32>,
    area_of: &dyn Fn(&str) -> Option<(u32, usize)>,
) -> Vec<Ahead> {
    let mut out = vec![Ahead::default(); paras.len()];
    let mut next = Ahead::default();
    for (k, p) in paras.iter().enumerate().rev() {
        out[k] = next;
        let s = slice(t, p.span);
        if let Some(m) = part_heading(s) {
            next = Ahead {
                part: Some(m),
                area: None,
            };
            continue;
        }
        if let Some((m, _)) = area_of(s) {
            next.area = Some(m);
        }
    }
    out
}

/// A part explaining a draft put to the session: 关于《上海市国民经济和社会发展第十五个五年规划
/// 纲要（草案）》的说明 (Shanghai 2026), a title line without sentence punctuation.
fn explains_a_draft(s: &str) -> bool {
    const MAX_CHARS: usize = 60;
    s.starts_with("关于《")
        && s.ends_with("的说明")
        && chars(s) <= MAX_CHARS
        && !s.contains(['，', '。', '；', '！', '？'])
}

/// How a report heads its parts.
#[derive(Clone, Copy, PartialEq)]
enum PartStyle {
    /// 一、2025年工作回顾 (or 第一部分): the usual.
    Numbered,
    /// By their words alone: a report that numbers no part at all (四川 2025).
    Unnumbered,
    /// Unnumbered parts holding the numbered headings, which are one level down: a report
    /// heads its halves “十四五”时期发展成就和2025年工作回顾 and “十五五”时期主要目标和2026年
    /// 重点工作, numbers the work areas of the second 一、…四、 and their sub-areas （一）…
    /// (内蒙古 2026).
    UnnumberedAboveNumbered,
}

/// Whether the unnumbered part headings ([`unnumbered_part`]) are the parts and the numbered
/// headings one level down ([`PartStyle::UnnumberedAboveNumbered`]): two come before the
/// first numbered heading, or one does, another follows, and the numbered labels start
/// again at 一 (2024年工作回顾 一、…六、 2025年主要任务 一、…: areas under each part).
fn unnumbered_above_numbered(t: &str, paras: &[Paragraph]) -> bool {
    const MIN_PARTS: usize = 2;
    let (mut before, mut total, mut numbered, mut restarts) = (0, 0, 0, false);
    for p in paras {
        let s = slice(t, p.span);
        // A numbered paragraph of title and body (一、巩固增强经济回升向好态势。坚持…) is an
        // area, whatever its label: only numbered headings count.
        if let Some((n, len)) = part_label(s) {
            let heading = part_title_shape(&clean_title(&s[len..]));
            if heading && numbered == 0 && before == 0 {
                return false;
            }
            // The labels start again at 一, headings or paragraphs of title and body.
            restarts |= n == 1 && numbered > 0;
            numbered += usize::from(heading || numbered > 0);
        } else if unnumbered_part(s) {
            total += 1;
            if numbered == 0 {
                before += 1;
            }
        }
    }
    before >= MIN_PARTS || (before >= 1 && total >= MIN_PARTS && restarts)
}

/// Headings in document order, parts headed in the given style.
fn find_headings(t: &str, paras: &[Paragraph], style: PartStyle) -> Vec<Heading> {
    let unnumbered = style != PartStyle::Numbered;
    let shifted_parts = style == PartStyle::UnnumberedAboveNumbered;
    let closing = closing_index(t, paras);
    let mut heads: Vec<Heading> = Vec::new();
    let mut last_part: Option<u32> = None;
    let mut last_area: Option<u32> = None;
    // Index in `heads` of the last area, and whether a 各位代表 paragraph followed it.
    let mut last_area_head: Option<usize> = None;
    let mut appeal_after_area: Option<usize> = None;
    let mut in_appendix = false;
    // The area whose own paragraph held a series of run-ins (`inline_runins`): a paragraph of
    // its body that a page set apart may hold more of them.
    let mut inline_area: Option<usize> = None;
    let numbered = numbered_headings(t, paras);
    // A report that numbers its parts 第一部分, 第二部分… takes each label one level down: 一、
    // numbers its areas and （一） the sub-areas inside them.
    let ordinal_parts = paras
        .iter()
        .filter(|p| {
            let s = slice(t, p.span);
            s.starts_with('第') && part_label(s).is_some()
        })
        .take(2)
        .count()
        == 2;
    // Only when 一、 numbers something under them before any （一） does: a report may number
    // its areas （一） right under 第一部分 (a city's report, a page that rewrote the labels).
    let first = |label: fn(&str) -> bool| paras.iter().position(|p| label(slice(t, p.span)));
    let numbered_below = first(|s| !s.starts_with('第') && part_label(s).is_some());
    let bracketed = first(|s| area_label(s).is_some());
    let ordinal_parts =
        ordinal_parts && numbered_below.is_some_and(|a| bracketed.is_none_or(|b| a < b));
    let part_of = |s: &str| {
        part_label(s).filter(|_| !shifted_parts && (!ordinal_parts || s.starts_with('第')))
    };
    let area_of = |s: &str| {
        if shifted_parts {
            part_label(s)
        } else if ordinal_parts {
            part_label(s).filter(|_| !s.starts_with('第'))
        } else {
            area_label(s)
        }
    };
    // A report that numbers no area （一） but numbers headings 1．, 2．… or （1）, （2）… under
    // its parts has those as its areas (a county report; a page that rewrote the labels):
    // the style met first, as areas come before the sub-headings inside them.
    // `Some(bracketed)` says which.
    let arabic_areas = (!ordinal_parts
        && !shifted_parts
        && !paras.iter().any(|p| area_label(slice(t, p.span)).is_some()))
    .then(|| {
        let styled = |bracketed: bool| {
            paras
                .iter()
                .filter(move |p| arabic_area_label(slice(t, p.span), bracketed).is_some())
        };
        let first = paras.iter().find_map(|p| {
            let s = slice(t, p.span);
            [false, true]
                .into_iter()
                .find(|&b| arabic_area_label(s, b).is_some())
        })?;
        (styled(first).take(2).count() == 2).then_some(first)
    })
    .flatten();
    let area_of = |s: &str| match arabic_areas {
        Some(bracketed) => arabic_area_label(s, bracketed),
        None => area_of(s),
    };
    // Run-in candidates: (paragraph index, heading byte length).
    let mut cand: Vec<Option<usize>> = vec![None; paras.len()];
    for (i, p) in paras.iter().enumerate() {
        let s = slice(t, p.span);
        if part_label(s).is_none() && area_label(s).is_none() && area_of(s).is_none() {
            cand[i] = runin_at_start(s);
        }
    }
    let sub_area_of = |s: &str| area_label(s).filter(|_| ordinal_parts || shifted_parts);
    // Paragraphs opening with N是 or 第N， in sequence (一是… / 二是…, 第一，… / 第二，… as
    // separate paragraphs).
    let starts_shi = |i: usize| -> Option<u32> {
        text::enumeration_label(slice(t, paras.get(i)?.span)).map(|m| m.number)
    };
    // An item paragraph that holds only the item's title (六是全力保障和改善民生。): one short
    // sentence after its number.
    let title_only = |i: usize| {
        let s = slice(t, paras[i].span);
        let rest = s[text::enumeration_label(s).map_or(0, |m| m.len)..].trim_end();
        let rest = rest.strip_suffix('。').unwrap_or(rest);
        chars(rest) <= MAX_ITEM_TITLE && !rest.contains(['。', '；', '！', '？'])
    };
    let para_enum = item_paragraphs(
        paras,
        starts_shi,
        |i| {
            let s = slice(t, paras[i].span);
            part_label(s).is_some() || area_label(s).is_some()
        },
        title_only,
    );
    // The length of an Arabic number opening a part named by its words (1、2025年工作回顾: a
    // page that numbers its parts so has no 一、 to find).
    let arabic_len = |s: &str| {
        digit_label(s)
            .filter(|_| !s.starts_with(['（', '(']))
            .map_or(0, |(_, len)| len)
    };
    // A page that starts inside the work plan (a newspaper's second page: （上接第1版）…（四）…)
    // has no part before its areas, or a later part after them (`first_part_inside_plan`):
    // its first areas may be numbered from anywhere, as a page's first part may.
    let starts_in_plan = paras
        .iter()
        .take(closing.map_or(paras.len(), |c| c + 1))
        .find_map(|p| {
            let s = slice(t, p.span);
            let arabic = arabic_len(s);
            match part_of(s) {
                Some((_, len)) => part_title_shape(&clean_title(&s[len..]))
                    .then(|| (&s[..len], clean_title(&s[len..]))),
                None => (unnumbered && area_label(s).is_none() && unnumbered_part(&s[arabic..]))
                    .then(|| ("", clean_title(&s[arabic..]))),
            }
        })
        .is_none_or(|(label, title)| first_part_inside_plan(label, &title));
    // A numbered part heading's number: a label and a title shaped as a part's.
    let part_heading = |s: &str| {
        part_of(s)
            .filter(|&(_, len)| part_title_shape(&clean_title(&s[len..])))
            .map(|(m, _)| m)
    };
    let ahead = headings_ahead(t, paras, &part_heading, &area_of);
    let mut part_seen = false;
    let mut i = 0;
    while i < paras.len() {
        let p = paras[i];
        let s = slice(t, p.span);
        if closing.is_some_and(|c| i > c) {
            if let Some((h, used)) = appendix_heading(t, paras, i) {
                in_appendix = true;
                heads.push(h);
                i += used;
                continue;
            }
        }
        if in_appendix {
            i += 1;
            continue;
        }
        if s.starts_with("各位代表") && last_area_head.is_some() && appeal_after_area.is_none()
        {
            appeal_after_area = Some(p.span.start);
        }
        // Part.
        if let Some((n, len)) = part_of(s) {
            let rest = &s[len..];
            let title = clean_title(rest);
            let short = part_title_shape(&title);
            // One part's label may be lost (a page that set it apart, a slogan or
            // 关于《…》的说明 written without its number): 一、 then 三、 goes on when no 二、
            // follows. Reading on under the review would take the whole plan for it.
            let lost_one = |prev: u32| {
                n == prev + 2
                    && !paras[i + 1..]
                        .iter()
                        .any(|q| part_heading(slice(t, q.span)) == Some(prev + 1))
            };
            let in_seq = match last_part {
                None => (1..=3).contains(&n) || starts_in_plan,
                Some(prev) => n == prev + 1 || lost_one(prev),
            };
            if short && in_seq && !title.is_empty() && !is_list_category(&title) {
                last_part = Some(n);
                part_seen = true;
                last_area = None;
                last_area_head = None;
                appeal_after_area = None;
                heads.push(Heading {
                    kind: SectionKind::Part,
                    label: s[..len].trim_end().to_string(),
                    title,
                    heading: p.span,
                    end: None,
                });
                i += 1;
                continue;
            }
        }
        // A part named by its words, maybe after an Arabic number; among numbered parts, one
        // whose number the page lost, where the labels skip it (一、… then this, then 三、).
        let arabic = arabic_len(s);
        let lost_number = !unnumbered
            && area_label(s).is_none()
            && last_part.is_some()
            && lost_part_number(s, ahead[i], last_area.is_some())
                .is_some_and(|next| next.is_none_or(|m| Some(m) == last_part.map(|p| p + 2)));
        if lost_number {
            last_part = last_part.map(|prev| prev + 1);
        }
        if lost_number || unnumbered && area_label(s).is_none() && unnumbered_part(&s[arabic..]) {
            part_seen = true;
            last_area = None;
            last_area_head = None;
            appeal_after_area = None;
            heads.push(Heading {
                kind: SectionKind::Part,
                label: s[..arabic].trim_end().to_string(),
                title: clean_title(&s[arabic..]),
                heading: p.span,
                end: None,
            });
            i += 1;
            continue;
        }
        // Area.
        if let Some((n, len)) = area_of(s) {
            // A 民生实事 list numbered as the areas are, inside an area: its items are no
            // areas, and the areas go on after it.
            if let Some(resume) = (n == 1)
                .then_some(last_area)
                .flatten()
                .and_then(|prev| nested_list_end(t, paras, i, prev, &area_of, &part_of))
            {
                i = resume;
                continue;
            }
            // An area whose label was lost: （二） then （四） goes on when no （三） follows
            // before the next part.
            let lost_one = |prev: u32| {
                n == prev + 2
                    && !paras[i + 1..]
                        .iter()
                        .map(|q| slice(t, q.span))
                        .take_while(|q| part_of(q).is_none())
                        .any(|q| area_of(q).is_some_and(|(m, _)| m == prev + 1))
            };
            // A first area whose label was lost: a part's areas start at （二） when （三）
            // comes next.
            let first_lost = n == 2 && ahead[i].area == Some(3) && last_area.is_none();
            // A mistyped label, read as the number it should have had: （二） twice, or （四）
            // for （三）, when the next area goes on from that number (（一）（二）（二）（四）).
            let mistyped = last_area.map(|prev| prev + 1).filter(|&want| {
                n != want && n.abs_diff(want) <= 2 && ahead[i].area == Some(want + 1)
            });
            let in_seq = n == 1
                || mistyped.is_some()
                || last_area.is_some_and(|prev| n == prev + 1 || lost_one(prev))
                || first_lost
                || (starts_in_plan && !part_seen && last_area.is_none());
            if let Some((hspan, title)) = labelled_title(s, p.span.start, len).filter(|_| in_seq) {
                if n == 1 && last_area.is_some() {
                    // A restart: close the previous group's last area at the appeal paragraph.
                    if let (Some(h), Some(end)) = (last_area_head, appeal_after_area) {
                        heads[h].end = Some(end);
                    }
                }
                last_area = Some(mistyped.unwrap_or(n));
                appeal_after_area = None;
                last_area_head = Some(heads.len());
                heads.push(Heading {
                    kind: SectionKind::Area,
                    label: s[..len].trim_end().to_string(),
                    title,
                    heading: hspan,
                    end: None,
                });
                // Run-ins inside the area paragraph, after the title: a series of them
                // (`inline_runins`), else bold ones or one before a run-in paragraph
                // (`inner_runins`); with the enumerations of their bodies, in document order.
                let next_is_runin = cand.get(i + 1).is_some_and(Option::is_some);
                let body = Span::new(hspan.end, p.span.end);
                let mut inner = inline_runins(t, body);
                if !inner.is_empty() {
                    inline_area = last_area_head;
                }
                if inner.is_empty() {
                    inner = inner_runins(t, body, next_is_runin);
                }
                if !inner.is_empty() {
                    cand[i] = Some(0);
                    push_runins(t, inner, body, &mut heads);
                } else if slice(t, body)
                    .trim_matches(['*', ' ', '\u{3000}'])
                    .is_empty()
                {
                    // A title alone on its line (a web page's bold area title): run-ins set
                    // inside the one paragraph of body text after it (opening it or not).
                    // A body opening with a run-in is one only when no run-in paragraph
                    // follows it (the report sets its run-ins a paragraph each otherwise).
                    let is_cand = |k: usize| cand.get(k).is_some_and(Option::is_some);
                    let series = is_cand(i + 1) && is_cand(i + 2);
                    let plain = paras.get(i + 1).filter(|q| {
                        let s = slice(t, q.span);
                        !series
                            && para_enum[i + 1].is_none()
                            && numbered[i + 1].is_none()
                            && part_of(s).is_none()
                            && area_of(s).is_none()
                            && sub_area_of(s).is_none()
                    });
                    if let Some(q) = plain {
                        let runins = inline_runins(t, q.span);
                        if !runins.is_empty() {
                            push_runins(t, runins, q.span, &mut heads);
                            i += 2;
                            continue;
                        }
                    }
                } else {
                    push_enums(t, body, &mut heads);
                }
                i += 1;
                continue;
            }
        }
        // A sub-area （一） under an area 一、 (with parts 第一部分…): a labelled run-in that
        // runs to the next sub-area, area or part.
        if let Some((_, len)) = sub_area_of(s) {
            if let Some((hspan, title)) = labelled_title(s, p.span.start, len) {
                heads.push(Heading {
                    kind: SectionKind::RunIn,
                    label: s[..len].trim_end().to_string(),
                    title,
                    heading: hspan,
                    end: None,
                });
                push_enums(t, Span::new(hspan.end, p.span.end), &mut heads);
                i += 1;
                continue;
            }
        }
        if let Some(end) = para_enum[i] {
            let n = text::enumeration_label(s).map_or(0, |m| m.len);
            let item = &s[n..];
            let first = item
                .char_indices()
                .find(|&(_, c)| text::is_clause_end(c) || c == '，')
                .map_or(item.len(), |(i, _)| i);
            let head = text::prefix_chars(&item[..first], 40);
            heads.push(Heading {
                kind: SectionKind::Enum,
                label: s[..n].to_string(),
                title: clean_title(head),
                heading: Span::new(p.span.start, p.span.start + n + head.len()),
                end: Some(end),
            });
            i += 1;
            continue;
        }
        // A numbered sub-heading (1．… / （1）…), in a series of its own.
        if let Some(h) = numbered[i] {
            let hspan = Span::new(p.span.start, p.span.start + h.len);
            heads.push(Heading {
                kind: SectionKind::RunIn,
                label: s[..h.label].trim_end().to_string(),
                title: clean_title(&s[h.label..h.len]),
                heading: hspan,
                end: h.ends_with_paragraph.then_some(p.span.end),
            });
            push_enums(t, Span::new(hspan.end, p.span.end), &mut heads);
            i += 1;
            continue;
        }
        // Run-in at paragraph start.
        if let Some(len) = cand[i] {
            let is_cand = |k: usize| cand.get(k).is_some_and(Option::is_some);
            let in_series = |k: usize| is_cand(k) && ((k > 0 && is_cand(k - 1)) || is_cand(k + 1));
            let plain = |k: usize| {
                let s = slice(t, paras[k].span);
                !is_cand(k)
                    && part_label(s).is_none()
                    && area_label(s).is_none()
                    && area_of(s).is_none()
            };
            // The one paragraph after an area paragraph with its body, ending the area
            // (national 2023: （十）…。…监督。\n加强和创新社会治理。…\n各位代表！).
            let ends_area = paras.get(i + 1).is_none_or(|q| {
                let s = slice(t, q.span);
                part_of(s).is_some() || area_of(s).is_some() || s.starts_with("各位代表")
            });
            let lone_after_area = i > 0 && ends_area && {
                let s = slice(t, paras[i - 1].span);
                area_of(s).is_some() && s.trim_end().trim_end_matches('。').contains('。')
            };
            let neighbour = (i > 0 && is_cand(i - 1))
                || is_cand(i + 1)
                || (i > 1 && in_series(i - 2) && plain(i - 1))
                || (i + 2 < paras.len() && in_series(i + 2) && plain(i + 1))
                || lone_after_area;
            if p.bold_start || neighbour {
                let hspan = Span::new(p.span.start, p.span.start + len);
                heads.push(Heading {
                    kind: SectionKind::RunIn,
                    label: String::new(),
                    title: clean_title(&s[..len]),
                    heading: hspan,
                    end: Some(p.span.end),
                });
                push_enums(t, Span::new(hspan.end, p.span.end), &mut heads);
                i += 1;
                continue;
            }
        }
        // A paragraph of such an area's body, continuing it with more run-ins in a series
        // (a later area or part moves `last_area_head` on).
        let in_inline_area = inline_area.is_some() && inline_area == last_area_head;
        let runins = if in_inline_area {
            inline_runins(t, p.span)
        } else {
            Vec::new()
        };
        if runins.is_empty() {
            push_enums(t, p.span, &mut heads);
        } else {
            push_runins(t, runins, p.span, &mut heads);
        }
        i += 1;
    }
    tail::close_last_areas(t, paras, &mut heads, closing);
    heads
}

/// Where a list labelled as the areas are ends, when paragraph `i` (labelled （一） while area
/// `prev` is open) begins one: the paragraph before ends on a sentence naming a 民生实事
/// list (…今年继续办好十件民生实事：), at least two items follow numbered on (up to two
/// paragraphs of an item's details between them), as many as the sentence counts if it
/// does, and what comes after them is area
/// `prev + 1`, a part or the end: the areas go on there. `None` for a new group of areas.
fn nested_list_end(
    t: &str,
    paras: &[Paragraph],
    i: usize,
    prev: u32,
    area_of: &dyn Fn(&str) -> Option<(u32, usize)>,
    part_of: &dyn Fn(&str) -> Option<(u32, usize)>,
) -> Option<usize> {
    let before = slice(t, paras.get(i.checked_sub(1)?)?.span);
    let body = before.trim_end_matches(|c: char| text::is_sentence_end(c) || "：:".contains(c));
    let last_sentence = body
        .rfind(|c: char| text::is_sentence_end(c))
        .map_or(body, |k| &body[k..]);
    if !crate::extract::lists::names_list(last_sentence) {
        return None;
    }
    const MAX_DETAILS: usize = 2;
    let (mut expected, mut last_item, mut gap) = (1, i, 0);
    let mut k = i;
    while let Some(p) = paras.get(k) {
        let s = slice(t, p.span);
        if part_of(s).is_some() {
            break;
        }
        match area_of(s) {
            Some((m, _)) if m == expected => {
                expected += 1;
                last_item = k;
                gap = 0;
            }
            Some(_) => break,
            None if gap < MAX_DETAILS => gap += 1,
            None => break,
        }
        k += 1;
    }
    // A count the lead-in gives (三方面民生实事) must be the items'.
    let items = expected as usize - 1;
    if items < 2 || crate::extract::lists::counted(last_sentence).is_some_and(|c| c != items) {
        return None;
    }
    let resume = last_item + 1;
    let next = paras[resume..]
        .iter()
        .map(|p| slice(t, p.span))
        .find(|s| part_of(s).is_some() || area_of(s).is_some());
    let goes_on =
        next.is_none_or(|s| part_of(s).is_some() || area_of(s).is_some_and(|(m, _)| m == prev + 1));
    goes_on.then_some(resume)
}

/// The heading span and title of paragraph `s` (starting at byte `start` of the text) that
/// opens with a label `len` bytes long: the title is the first sentence after the label
/// ([`area_title_len`]). `None` when it is empty.
fn labelled_title(s: &str, start: usize, len: usize) -> Option<(Span, String)> {
    let body_start = len + skip_spaces(&s[len..]);
    let rest = &s[body_start..];
    let title_len = area_title_len(rest);
    let title = clean_title(&rest[..title_len]);
    (!title.is_empty()).then(|| (Span::new(start, start + body_start + title_len), title))
}

/// Paragraphs a cut item may leave between two enumeration items written one per paragraph.
const ITEM_GAP: usize = 2;

/// Longest title (characters, after its number) of an item paragraph that holds only its
/// title and heads a body below.
const MAX_ITEM_TITLE: usize = 40;

/// Enumeration items written one per paragraph (一是… / 二是… opening paragraphs in sequence,
/// `number(i)` giving paragraph `i`'s), with where each item ends: at the next item, or with
/// its own paragraph for the last. Up to [`ITEM_GAP`] paragraphs without a number or a label
/// (`labelled`) may stand between two items and belong to the first: a page that broke an
/// item's paragraph after a sentence leaves its rest there, and a report may set each item as
/// a line heading its paragraph. The last item takes as many body paragraphs as each item
/// before it did, when they all took as many; when it holds only its title (`title_only`)
/// and an item before it had a body, as many as the most an item before it took, and at
/// least one.
fn item_paragraphs(
    paras: &[Paragraph],
    number: impl Fn(usize) -> Option<u32>,
    labelled: impl Fn(usize) -> bool,
    title_only: impl Fn(usize) -> bool,
) -> Vec<Option<usize>> {
    let mut ends = vec![None; paras.len()];
    let mut i = 0;
    while i < paras.len() {
        if number(i) != Some(1) {
            i += 1;
            continue;
        }
        let mut chain = vec![i];
        loop {
            let last = chain[chain.len() - 1];
            let window = last + 1..(last + 2 + ITEM_GAP).min(paras.len());
            let next = window
                .into_iter()
                .find(|&j| number(j).is_some() || labelled(j));
            match next {
                Some(j) if number(j) == u32::try_from(chain.len() + 1).ok() => chain.push(j),
                _ => break,
            }
        }
        if chain.len() >= 2 {
            // Items that each head the same number of body paragraphs (一是… as a line, its
            // body below: national 2021's review) give the last item as many. A last item
            // that is a title alone heads a body however the items before were set (some
            // run on in their paragraph, some head one below: a page that set each
            // sentence on a line of its own joins some and not others).
            let gaps = || chain.windows(2).map(|w| w[1] - w[0] - 1);
            let gap = chain[1] - chain[0] - 1;
            let uniform = gaps().all(|g| g == gap);
            let last = chain[chain.len() - 1];
            // (Items that are all titles alone, one after another, head nothing.)
            let bodied = chain
                .iter()
                .zip(gaps())
                .any(|(&item, g)| g > 0 || !title_only(item));
            let reach = if title_only(last) && bodied {
                gaps().max().unwrap_or(0).max(1)
            } else if uniform {
                gap
            } else {
                0
            };
            let mut last_end = last;
            while last_end - last < reach
                && last_end + 1 < paras.len()
                && number(last_end + 1).is_none()
                && !labelled(last_end + 1)
            {
                last_end += 1;
            }
            for (k, &item) in chain.iter().enumerate() {
                let end_para = chain.get(k + 1).map_or(last_end, |&next| next - 1);
                ends[item] = Some(paras[end_para].span.end);
            }
        }
        i = chain[chain.len() - 1] + 1;
    }
    ends
}

/// Longest title of an area numbered 1．, 2．… ([`arabic_area_label`]), in characters.
const MAX_ARABIC_AREA_TITLE: usize = 60;

/// The label of an area numbered with an Arabic figure (1．, 2、, 3., or bracketed: （1）),
/// as a report that numbers no area （一） may number its areas: the label, then a title
/// shaped like an area's (up to [`MAX_ARABIC_AREA_TITLE`] characters to its first full stop,
/// no figure: a 民生实事 item or a target names one, 1．新建中小学20所).
fn arabic_area_label(s: &str, bracketed: bool) -> Option<(u32, usize)> {
    if s.starts_with(['（', '(']) != bracketed {
        return None;
    }
    let (n, len) = digit_label(s)?;
    let rest = &s[len..];
    let title = &rest[..area_title_len(rest)];
    let core = clean_title(title);
    let shaped = (2..=MAX_ARABIC_AREA_TITLE).contains(&chars(&core))
        && !core.contains(crate::text::is_digit)
        && !core.contains(|c: char| "；;：:！!？?".contains(c));
    shaped.then_some((n, len))
}

/// Byte length of an area's title within `rest` (the text after the label).
fn area_title_len(rest: &str) -> usize {
    // 产业升级成效显著：工业增势强劲，…: a title may end at a colon, before its first clause.
    if let Some((i, c)) = rest
        .char_indices()
        .find(|&(_, c)| matches!(c, '：' | ':' | '，' | ',') || text::is_sentence_end(c))
        .filter(|&(i, c)| matches!(c, '：' | ':') && (2..=40).contains(&chars(&rest[..i])))
    {
        return i + c.len_utf8();
    }
    if let Some(n) = first_sentence(rest).filter(|&n| chars(&rest[..n]) <= 80) {
        return n;
    }
    if chars(rest) <= 60 {
        return rest.len();
    }
    // A long paragraph without an early full stop: take up to the first semicolon or comma.
    rest.char_indices()
        .find(|&(i, c)| (c == '；' || c == ';' || c == '，' || c == ',') && chars(&rest[..i]) >= 4)
        .map_or_else(|| text::prefix_chars(rest, 40).len(), |(i, _)| i)
}

/// Run-in headings inside an area paragraph (after the title): every bold one (the 2026 seed
/// sets two in one paragraph: **建设区域研发中心。**… **建设区域金融中心。**…), each running to
/// the next; or, none bold, one when the next paragraph is a run-in: the sentence right after
/// the area's intro sentence, short (优化提升4大传统产业 has a figure), heading at least
/// [`INLINE_RUNIN_BODY`] characters with no other short sentence among them, and not
/// reporting an event ([`reports_an_event`]). The seed's (二)…。按照…动力。提高项目谋划精度。
/// its tasks… is one; a short task deep in a paragraph of short tasks (加强审计、统计监督。
/// 持续深化政务公开。…) or a review's fact (全省各项贷款余额增长11.2%。) is none.
fn inner_runins(t: &str, body: Span, next_is_runin: bool) -> Vec<Heading> {
    let sentences = text::split_spans(t, body, text::is_sentence_end);
    let mut found: Vec<Span> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        let bold = t.get(s.start.saturating_sub(2)..s.start) == Some("**");
        let sent = slice(t, *s);
        let has_more = sentences
            .get(k + 1)
            .is_some_and(|n| chars(slice(t, *n)) >= 8);
        if !has_more {
            continue;
        }
        if bold && runin_shape(sent, 25) {
            found.push(*s);
        } else if found.is_empty()
            && !bold
            && next_is_runin
            && k == 1
            && runin_shape(sent, 16)
            && !reports_an_event(sent)
            && heads_a_body(t, &sentences[k + 1..])
        {
            found.push(*s);
            break;
        }
    }
    found
        .iter()
        .enumerate()
        .map(|(j, s)| Heading {
            kind: SectionKind::RunIn,
            label: String::new(),
            title: clean_title(slice(t, *s)),
            heading: *s,
            end: Some(
                found
                    .get(j + 1)
                    .map_or(body.end, |n| trim_end_pos(t, s.start, n.start)),
            ),
        })
        .collect()
}

/// The longest run-in heading (characters, its full stop not counted) set inside an area
/// paragraph among other sentences: longer ones are tasks of the body.
const INLINE_RUNIN_CHARS: usize = 20;

/// The least text (characters) a run-in inside an area paragraph heads before the next short
/// sentence: a short sentence heading less is one of its body's tasks (创新发展数字贸易。).
const INLINE_RUNIN_BODY: usize = 60;

/// Words that end a report of a one-off event (中试平台获批, 数字乡村大脑上线): a review's fact
/// among its run-in headings, which name a trend or a task.
const EVENT_ENDINGS: &[&str] = &[
    "获批", "上线", "落户", "揭牌", "挂牌", "开通", "通车", "投产", "建成", "竣工", "开工", "成立",
    "召开", "举办", "举行",
];

/// Words that open a report of a done deed (完成第五次全国经济普查任务, 率先制定新一轮乡村振兴
/// 规划, 建成国家西南区域应急救援中心): no run-in heading opens so.
const EVENT_OPENINGS: &[&str] = &["完成", "出台", "率先", "成功", "首次", "建成", "举办"];

/// Whether a sentence reports a one-off event or a done deed rather than naming a trend or a
/// task ([`EVENT_ENDINGS`], [`EVENT_OPENINGS`]): a review's fact, no run-in heading.
fn reports_an_event(sentence: &str) -> bool {
    let core = sentence
        .trim_start_matches('*')
        .trim_end_matches(['。', '*']);
    EVENT_ENDINGS.iter().any(|w| core.ends_with(w))
        || EVENT_OPENINGS.iter().any(|w| core.starts_with(w))
}

/// Run-in headings set one after another inside an area paragraph, as reports that print a
/// whole area as one paragraph do (Jiangsu 2026, Hubei 2025, Shandong 2026): （一）title。
/// intro sentence。更大力度提振消费。its tasks…着力扩大有效投资。its tasks…
///
/// A candidate is a sentence of run-in shape (at most [`INLINE_RUNIN_CHARS`], no figure) that
/// heads at least [`INLINE_RUNIN_BODY`] characters before the next candidate. They are taken
/// only as a series, which is what tells them from the body's short tasks: two or more, the
/// first opening the body or right after its intro sentence. After an intro of two sentences
/// (Jiangsu 2026's government-conduct headings, Shandong 2026's review) a series needs three
/// or more and no short task between them: two short sentences so late are as often two
/// tasks (Guangxi 2026's 抓好秸秆综合利用。), and a page that lost its paragraphs sets each
/// area's paragraph openings in one. One reporting an event ([`reports_an_event`]) is never
/// taken, and the text after it stays with the heading before. Each runs to the next.
fn inline_runins(t: &str, body: Span) -> Vec<Heading> {
    let sentences = text::split_spans(t, body, text::is_sentence_end);
    let shaped: Vec<usize> = (0..sentences.len())
        .filter(|&k| {
            let s = slice(t, sentences[k]);
            runin_shape(s, INLINE_RUNIN_CHARS) && !has_figure(s)
        })
        .collect();
    let taken: Vec<usize> = shaped
        .iter()
        .enumerate()
        .filter(|&(j, &k)| {
            let next = shaped.get(j + 1).copied().unwrap_or(sentences.len());
            let headed: usize = sentences[k + 1..next]
                .iter()
                .map(|s| chars(slice(t, *s)))
                .sum();
            headed >= INLINE_RUNIN_BODY && !reports_an_event(slice(t, sentences[k]))
        })
        .map(|(_, &k)| k)
        .collect();
    // The longer the area's introduction, the longer the series must be: two short sentences
    // with long bodies after a two-sentence intro are as likely tasks of the body.
    let least = match taken.first() {
        Some(0 | 1) => 2,
        Some(2) => 3,
        _ => return Vec::new(),
    };
    if taken.len() < least {
        return Vec::new();
    }
    // And, so late, with no short task between its headings.
    let (first, last) = (taken[0], taken[taken.len() - 1]);
    if least == 3
        && shaped
            .iter()
            .any(|k| (first..last).contains(k) && !taken.contains(k))
    {
        return Vec::new();
    }
    taken
        .iter()
        .enumerate()
        .map(|(j, &k)| {
            let s = sentences[k];
            let end = taken.get(j + 1).map_or(body.end, |&n| sentences[n].start);
            Heading {
                kind: SectionKind::RunIn,
                label: String::new(),
                title: clean_title(slice(t, s)),
                heading: s,
                end: Some(trim_end_pos(t, s.start, end)),
            }
        })
        .collect()
}

/// Whether a sentence holds a figure (a digit or a percent sign): a fact or a target, no
/// run-in heading set inside a paragraph.
fn has_figure(s: &str) -> bool {
    s.contains(|c: char| crate::text::is_digit(c) || c == '%' || c == '％')
}

/// Whether the sentences after an unbolded run-in inside a paragraph are its body: at least
/// [`INLINE_RUNIN_BODY`] characters, none of them another short sentence (a run of short
/// tasks has no heading among it).
fn heads_a_body(t: &str, body: &[Span]) -> bool {
    body.iter().map(|s| chars(slice(t, *s))).sum::<usize>() >= INLINE_RUNIN_BODY
        && !body.iter().any(|s| runin_shape(slice(t, *s), 16))
}

/// Push run-in headings found inside `body` and the enumeration items of their text, in
/// document order.
fn push_runins(t: &str, runins: Vec<Heading>, body: Span, heads: &mut Vec<Heading>) {
    let from = heads.len();
    heads.extend(runins);
    push_enums(t, body, heads);
    heads[from..].sort_by_key(|h| h.heading.start);
}

/// Enumeration items (一是…二是…) inside `body`.
fn push_enums(t: &str, body: Span, heads: &mut Vec<Heading>) {
    let markers = enum_markers(t, body);
    if markers.is_empty() {
        return;
    }
    // Items separated by full stops run to the paragraph end; by semicolons, the last item
    // ends at its sentence end.
    let sentence_items = markers
        .windows(2)
        .any(|w| slice(t, Span::new(w[0].span.end, w[1].span.start)).contains(['。', '！', '!']));
    for (k, m) in markers.iter().enumerate() {
        let end = match markers.get(k + 1) {
            Some(next) => next.span.start,
            None if sentence_items => body.end,
            None => {
                let rest = slice(t, Span::new(m.span.end, body.end));
                first_sentence(rest).map_or(body.end, |n| m.span.end + n)
            }
        };
        let item = slice(t, Span::new(m.span.end, end));
        // The title is the first clause, as for an item opening its paragraph (so a page
        // that sets each item on a line of its own gives the same titles).
        let first = item
            .char_indices()
            .find(|&(_, c)| text::is_clause_end(c) || c == '，')
            .map_or(item.len(), |(i, _)| i);
        let title = clean_title(text::prefix_chars(&item[..first], 40));
        let hend = m.span.end + text::prefix_chars(&item[..first], 40).len();
        heads.push(Heading {
            kind: SectionKind::Enum,
            label: m.label.clone(),
            title,
            heading: Span::new(m.span.start, hend),
            end: Some(trim_end_pos(t, m.span.start, end)),
        });
    }
}

/// Move `end` back over whitespace and `**` (never before `start`).
fn trim_end_pos(t: &str, start: usize, end: usize) -> usize {
    let s = slice(t, Span::new(start, end));
    start
        + s.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '\u{3000}')
            .len()
}

/// Index of the closing appeal paragraph: the last one starting with 各位代表 that calls
/// 让我们…奋斗, or a bare address (各位代表！ on a line of its own) before a paragraph that does.
fn closing_index(t: &str, paras: &[Paragraph]) -> Option<usize> {
    let appeal = |s: &str| s.contains("让我们") || s.contains("奋斗");
    (0..paras.len()).rposition(|k| {
        let s = slice(t, paras[k].span);
        let bare = text::bare_address(s);
        (s.starts_with("各位代表") || s.starts_with("让我们"))
            && (appeal(s) || bare && paras.get(k + 1).is_some_and(|n| appeal(slice(t, n.span))))
    })
}

/// An appendix heading at paragraph `i` (after the closing).
/// Returns the heading and the number of paragraphs it takes.
fn appendix_heading(t: &str, paras: &[Paragraph], i: usize) -> Option<(Heading, usize)> {
    let p = paras[i];
    let s = slice(t, p.span);
    let title = clean_title(s);
    if chars(&title) > 40 || title.contains('。') {
        return None;
    }
    const STARTS: [&str; 6] = ["附件", "附录", "名词解释", "注释", "说明", "附表"];
    let keyword = STARTS.iter().any(|k| title.starts_with(k)) || title.contains("民生实事");
    if !keyword {
        return None;
    }
    // A bare 附件1 takes the next short line as its title.
    let bare = title.starts_with("附")
        && chars(
            title
                .trim_start_matches(['附', '件', '录', '表'])
                .trim_matches(|c: char| crate::text::is_digit(c) || "：:、 ".contains(c)),
        ) == 0;
    if bare {
        if let Some(next) = paras.get(i + 1) {
            let ns = clean_title(slice(t, next.span));
            if !ns.is_empty() && chars(&ns) <= 40 && !slice(t, next.span).contains('。') {
                let h = Heading {
                    kind: SectionKind::Appendix,
                    label: title,
                    title: ns,
                    heading: Span::new(p.span.start, next.span.end),
                    end: None,
                };
                return Some((h, 2));
            }
        }
    }
    Some((
        Heading {
            kind: SectionKind::Appendix,
            label: String::new(),
            title,
            heading: p.span,
            end: None,
        },
        1,
    ))
}

fn assemble(t: &str, doc: Span, paras: &[Paragraph], heads: Vec<Heading>) -> Vec<Section> {
    let _ = t;
    let mut out = vec![Section::root(doc)];
    // End of the last paragraph starting before `pos` (paragraphs are in order: a binary
    // search, not a scan per heading).
    let end_before = |pos: usize| -> usize {
        let n = paras.partition_point(|p| p.span.start < pos);
        n.checked_sub(1)
            .and_then(|k| paras.get(k))
            .map_or(pos, |p| p.span.end.min(pos))
    };
    let lv_of = levels(&heads);
    // Level of each section in `out` (the root first).
    let mut out_levels: Vec<u8> = vec![0];
    let mut stack: Vec<usize> = vec![0];
    for (k, h) in heads.iter().enumerate() {
        let lv = lv_of[k];
        let natural = heads[k + 1..]
            .iter()
            .zip(&lv_of[k + 1..])
            .find(|(n, &nl)| nl <= lv && n.heading.start >= h.heading.end)
            .map_or(doc.end, |(n, _)| n.heading.start);
        let mut end = match h.end {
            Some(e) => e.min(natural.max(h.heading.end)),
            None => natural,
        };
        end = end_before(end).max(h.heading.end);
        while let Some(&top) = stack.last() {
            let s = &out[top];
            if top != 0 && (out_levels[top] >= lv || s.span.end <= h.heading.start) {
                stack.pop();
            } else {
                break;
            }
        }
        let parent = stack.last().copied().unwrap_or(0);
        let end = end.min(out[parent].span.end).max(h.heading.end);
        let id = out.len();
        out.push(Section {
            id,
            parent: Some(parent),
            depth: out[parent].depth + 1,
            kind: h.kind,
            label: h.label.clone(),
            title: h.title.clone(),
            heading: h.heading,
            span: Span::new(h.heading.start, end),
        });
        out_levels.push(lv);
        stack.push(id);
    }
    out
}

/// Titles from the top-level part down to `section` (the root excluded), as
/// [`crate::model::Report::path_of`] computes them.
pub fn path_of(outline: &[Section], section: usize) -> Vec<String> {
    let mut path = Vec::new();
    let mut cur = Some(section);
    let mut guard = 0;
    while let Some(id) = cur {
        let Some(s) = outline.get(id) else { break };
        if s.kind != SectionKind::Document {
            path.push(s.title.clone());
        }
        cur = s.parent;
        guard += 1;
        if guard > outline.len() {
            break;
        }
    }
    path.reverse();
    path
}

/// The innermost section whose span contains `span` (the root when none does).
///
/// Sections are in document order with nested spans, so every section containing `span`
/// is the last section starting at or before it or one of that section's ancestors: a binary
/// search and a walk up the parents, O(log n + depth) instead of a scan of the whole outline
/// per call (which made parsing quadratic: 28 s for a 16 MB report). Falls back to the scan
/// when the walk finds nothing, so an outline that breaks the ordering is still answered.
pub fn innermost(outline: &[Section], span: Span) -> usize {
    let last = outline.partition_point(|s| s.span.start <= span.start);
    let mut cur = last.checked_sub(1);
    let mut guard = 0;
    while let Some(id) = cur {
        let Some(s) = outline.get(id) else { break };
        if s.span.contains(span) {
            return s.id;
        }
        cur = s.parent;
        guard += 1;
        if guard > outline.len() {
            break;
        }
    }
    innermost_by_scan(outline, span)
}

/// [`innermost`] by looking at every section.
fn innermost_by_scan(outline: &[Section], span: Span) -> usize {
    outline
        .iter()
        .filter(|s| s.span.contains(span))
        .max_by_key(|s| (s.depth, s.id))
        .map_or(0, |s| s.id)
}

#[cfg(test)]
pub(crate) mod tests;
