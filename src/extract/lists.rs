//! Numbered lists such as the 十件民生实事, item by item.
//!
//! Why: the 民生实事 list is the most quoted, most concrete part of a city or provincial report
//! and changes completely every year; readers want it item by item.
//!
//! How: a list starts at a heading (a short first sentence or a short paragraph naming 民生实事,
//! 实事项目, 为民办实事, 件实事, 民生工程, 惠民实事 or 民心工程, e.g. 办好十件民生实事。,
//! 2025年省十件民生实事, 2026年十大民生工程). Its items are
//! either enumerated inside the same paragraph (`一是…；二是…`, the Taiyuan style) or the
//! following paragraphs, numbered in sequence from one (`1.`, `1、`, `（一）`, `一、`, `一是`);
//! the run stops at the first paragraph that does not continue the numbering (one number
//! may be skipped once two items are read: a page that dropped an item's line; item one may
//! end the heading's paragraph, 办好十件民生实事。…一是…。 / 二是…, with three items at
//! least). A heading with
//! fewer than two items is not a list (passing mentions such as 民生实事全面完成). A list may
//! also be introduced by the last sentence of a longer paragraph (…继续谋划实施好十方面民生实事。)
//! when the next paragraph opens item 1; such a list needs three items, and as many as the
//! sentence counts when it counts them (重点办好45件民生实事 then an area's eight tasks is no
//! list). Item 1 opening a section of the outline (（一）医疗卫生方面。…, read as an area) is
//! the report's own numbering unless the lead-in commits to the list and counts its items
//! (继续认真办好十方面民生实事, 十方面 counting one item a field), and the items are as many.
//! A work area's heading naming the projects without a count ((六)着力办好民生实事，
//! 在…上开新局) heads none: its 一是… are its tasks. And a heading may be
//! a sentence inside a longer paragraph (…保障民生。今年继续办好十件民生实事：1.…；2.…；3.…)
//! that commits to the list (办好, 实施…, or a colon), its items enumerated after it in the
//! paragraph (一是…, or 1．… / （1）… after a boundary); such a list needs three items too.
//! A list written out after a colon in one sentence (…办好15件重点民生实事，包括：A；B；…) is
//! read when its pieces, parted by ； (or ，), are as many as the sentence counts.
//! Items a news page prints one a line with no numbers are read when the heading declares
//! how many there are (接续办好15件重点民生实事。具体包括：) and exactly that many short lines
//! follow. Items written as unnumbered sentences of one shape after the heading sentence
//! (筹措…实施十大为民办实事工程项目。筹措7亿元实施就业惠民工程，…。筹措…) are read when they
//! open alike, end their first clause alike, and are exactly as many as the heading counts.
//! Items that are the plain short sentences after a run-in heading naming 实事 (扎实办好民生
//! 实事。提高…。为10万名…。) are read when half of them or more state a figure.
//! Items named in one clause before the count (扎实开展劳动者就业关爱帮扶、暖心护老、…等十件
//! 民生实事) are read when the names, parted by 、, are exactly as many as counted.
//! A heading sentence may have a word of introduction after it, before the first item
//! (…十方面民生实事。我们将定点定责。 then 1.…), up to [`LIST_INTRO_SENTENCES`]; a heading
//! read past one must count its items, and they must be as many.

use crate::extract::find_quantities;
use crate::model::{CleanText, ItemList, ListItem, Section, SectionKind, Span};
use crate::outline::text::{
    chars, enum_markers, enum_markers_from, is_clause_end, is_cn_numeral, is_list_category,
    is_sentence_end, numeral_prefix, paragraphs, parse_cn, Paragraph,
};

/// Words that name a list of practical projects for the people (民生实事); each holds 民 or
/// 实事 ([`names_list`] relies on it; a test checks it).
/// Cities name the list differently (十大民生工程, 惠民实事, 民心工程); a heading still needs
/// numbered items after it.
const KEYWORDS: &[&str] = &[
    "民生实事",
    "实事项目",
    "为民办实事",
    "件实事",
    "民生项目",
    "民生工程",
    "惠民实事",
    "为民实事",
    "民心工程",
];

/// Whether `text` names a list of practical projects ([`KEYWORDS`]).
pub(crate) fn names_list(text: &str) -> bool {
    // Every keyword holds 民 or 实事: most paragraphs are ruled out by two quick searches.
    (text.contains('民') || text.contains("实事")) && KEYWORDS.iter().any(|k| text.contains(k))
}

/// Whether `text` names a list of practical projects and commits to it ([`DOING`]:
/// 继续办好10件惠民实事, not a review's 10大类52项民生实事全部超额完成).
pub(crate) fn commits_to_list(text: &str) -> bool {
    names_list(text) && DOING.iter().any(|w| text.contains(w))
}

/// Every numbered list (民生实事 and similar) in the document.
pub fn lists(clean: &CleanText, outline: &[Section]) -> Vec<ItemList> {
    let t = clean.text.as_str();
    let Some(root) = outline.first() else {
        return Vec::new();
    };
    let paras = paragraphs(t, root.span);
    // Where the outline's sections (below the root) open, sorted: asked for every paragraph
    // that item 1 follows, so a search, not a scan of the outline. Numbered sub-headings
    // (1．… run-ins) are left out: a list's items may be them (Zhejiang's 十方面民生实事 is
    // 1.医疗卫生方面。… 2.养老帮困方面。…, or ①医疗卫生方面。…, read as a run-in); so are
    // enumeration items (一是… opening a paragraph).
    let mut section_starts: Vec<usize> = outline
        .iter()
        .filter(|sec| sec.parent.is_some())
        .filter(|sec| {
            sec.kind != SectionKind::RunIn
                || sec.label.is_empty() && !sec.title.starts_with(is_circled)
        })
        .filter(|sec| sec.kind != SectionKind::Enum)
        .map(|sec| sec.heading.start)
        .collect();
    section_starts.sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        // A lead-in's count, when it gives one, must be the number of items: 重点办好45件民生
        // 实事 ending an area's opening paragraph, then the area's 一是…八是 tasks, is no list.
        let (title, hspan, min_items, count) = match list_heading(t, paras[i]) {
            Some((title, hspan)) => (title, hspan, 2, Count::Any),
            None => match lead_in(clean, &section_starts, &paras, i) {
                Some((title, count)) => (title, paras[i].span, LEAD_IN_MIN_ITEMS, count),
                None => match inner_heading(clean, paras[i]) {
                    Some((title, hspan, count)) => (title, hspan, INNER_MIN_ITEMS, count),
                    None => {
                        i += unlabelled_list(clean, &paras, i, &section_starts, &mut out);
                        continue;
                    }
                },
            },
        };
        // Items inside the same paragraph, or enumerated inline in the next paragraph, which
        // opens with the first (…办好十件民生实事。 / 一是…；二是…；三是…, a page having broken
        // the paragraph): the items and the paragraphs used.
        let rest = Span::new(hspan.end, paras[i].span.end);
        let same = inline_items(clean, rest);
        // Only item one in the heading's paragraph, the others opening the paragraphs after
        // (办好十件民生实事。…一是新建学校20所。 / 二是… / 三是…): the run below takes them.
        let lone_first = same
            .is_empty()
            .then(|| first_item_alone(clean, rest, paras.get(i + 1)))
            .flatten();
        let inline = if same.len() >= min_items.min(INNER_MIN_ITEMS) {
            Some((same, 1))
        } else if let Some(first) = lone_first.clone() {
            Some((vec![first], 1))
        } else {
            paras.get(i + 1).and_then(|next| {
                let items = inline_items(clean, next.span);
                let opens = items.first().is_some_and(|it| {
                    clean
                        .slice(Span::new(next.span.start, it.span.start))
                        .trim()
                        .is_empty()
                });
                (opens && items.len() >= min_items.max(3)).then_some((items, 2))
            })
        };
        if let Some((mut items, mut used)) = inline {
            // The run may go on in the paragraphs after, each opening with the next item (a
            // page that broke the paragraph before a label: （1）…。（2）…。 / （3）…。（4）…).
            while let Some(next) = paras.get(i + used) {
                let want = items.len() as u32 + 1;
                let s = clean.slice(next.span);
                // Numbered on, and labelled alike: （十一） after 十是 opens an area.
                let opens_next = item_label(s).is_some_and(|(n, len)| {
                    n == want
                        && items
                            .last()
                            .is_some_and(|it| label_shape(&it.label) == label_shape(&s[..len]))
                });
                // Its items: enumerated (二是…三是…) or numbered in figures from `want` on.
                let enumerated = enum_markers_from(clean.text.as_str(), next.span, want);
                let markers = if enumerated
                    .first()
                    .is_some_and(|m| m.number == want && m.span.start == next.span.start)
                {
                    enumerated
                } else {
                    digit_markers_from(clean.text.as_str(), next.span, want)
                };
                let more = items_at(clean, next.span, &markers);
                let from_start = more
                    .first()
                    .is_some_and(|it| it.span.start == next.span.start);
                if !opens_next || !from_start {
                    break;
                }
                items.extend(more);
                used += 1;
            }
            // (A heading that must count its items, past a word of introduction or opening
            // a section, gets as many here too.)
            if lone_first.is_some() && items.len() < LEAD_IN_MIN_ITEMS
                || matches!(count, Count::Counted) && !count.fits(&title, items.len())
            {
                i += 1;
                continue;
            }
            out.push(item_list(title, items, hspan));
            i += used;
            continue;
        }
        // Items in the following paragraphs. A heading standing alone may be followed by up
        // to two introductory paragraphs; items may carry body paragraphs of their own (the
        // item line is a heading, its details follow: the 2026 provincial appendices).
        let alone = hspan.end >= paras[i].span.end;
        let mut j = i + 1;
        if alone {
            let first = (j..(j + 3).min(paras.len()))
                .find(|&k| item_label(clean.slice(paras[k].span)).is_some_and(|(n, _)| n == 1));
            j = first.unwrap_or(j);
            if let Some((items, next)) = first.and_then(|k| grouped_items(clean, &paras, k)) {
                out.push(item_list(title, items, hspan));
                i = next;
                continue;
            }
        }
        // The first item may stand in the heading's paragraph, the others in paragraphs of
        // their own (办好十件民生实事：1.新建…； / 2.新增…； / 3.…).
        let rest_text = clean.slice(rest);
        let lead = rest_text.len() - rest_text.trim_start().len();
        let first_inline = item_label(&rest_text[lead..])
            .filter(|&(n, _)| n == 1 && !alone)
            .map(|(_, len)| labelled_item(clean, Span::new(rest.start + lead, rest.end), len));
        let mut items: Vec<ListItem> = first_inline.into_iter().collect();
        let mut body_run = 0;
        // Whether the items before the current run of body paragraphs had bodies of their own.
        let mut bodies_before = false;
        // The number the next item's label must have.
        let mut next_n = items.len() as u32 + 1;
        // Items the page dropped whole (numbered past), counted for the heading's count.
        let mut gaps = 0;
        while let Some(p) = paras.get(j) {
            let s = clean.slice(p.span);
            // Numbered on, and labelled alike: （十一） after 10． opens an area.
            let alike = |len: usize| {
                items
                    .last()
                    .is_none_or(|it| label_shape(&it.label) == label_shape(&s[..len]))
            };
            // The number after the next one, once body paragraphs came since the last item:
            // an item whose label the page lost stands among them.
            let skipped = |n: u32| n == next_n + 1 && body_run > 0;
            // Or right after the last item: the page dropped an item's line (once a list, and
            // not before item 2: a list must start at one).
            let dropped = |n: u32| n == next_n + 1 && body_run == 0 && gaps == 0 && next_n > 2;
            match item_label(s) {
                Some((n, len)) if n == next_n && alike(len) => {
                    items.push(labelled_item(clean, p.span, len));
                    next_n = n + 1;
                    body_run = 0;
                }
                Some((n, len)) if dropped(n) && alike(len) => {
                    items.push(labelled_item(clean, p.span, len));
                    next_n = n + 1;
                    gaps += 1;
                }
                Some((n, len)) if skipped(n) && alike(len) => {
                    let run = &paras[j - body_run..j];
                    if let Some(lost) = lost_item(&paras, run, &items, bodies_before) {
                        // The item before ends where the lost one starts.
                        let end = match lost {
                            0 => paras[j - body_run - 1].span.end,
                            k => run[k - 1].span.end,
                        };
                        if let Some(last) = items.last_mut() {
                            last.span.end = end.max(last.span.start);
                        }
                        let text = trim_span(t, run[lost].span);
                        let span = Span::new(run[lost].span.start, run[body_run - 1].span.end);
                        items.push(make_item(clean, String::new(), text, span));
                    }
                    items.push(labelled_item(clean, p.span, len));
                    next_n = n + 1;
                    body_run = 0;
                }
                Some(_) => break,
                None => {
                    // A body paragraph of the current item: only in the heading-then-details
                    // style (item 1 had one), at most three in a row, never an appeal or a new
                    // heading. Those standing between two items belong to the first whatever
                    // the style (the rest of an item a page broke after a sentence).
                    let sandwiched = next_item_within(clean, &paras, j, items.last());
                    let detail_style = items.len() >= 2 || sandwiched;
                    let stop = s.starts_with("各位代表")
                        || s.starts_with("附")
                        || list_heading(t, *p).is_some();
                    if items.is_empty()
                        || !detail_style
                        || stop
                        || body_run >= 3
                        || !has_body(&items) && items.len() >= 2 && !sandwiched
                    {
                        break;
                    }
                    if body_run == 0 {
                        bodies_before = has_body(&items);
                    }
                    if let Some(last) = items.last_mut() {
                        last.span.end = p.span.end;
                    }
                    body_run += 1;
                }
            }
            j += 1;
        }
        let count_ok = count.fits(&title, items.len() + gaps);
        if items.len() >= min_items && count_ok {
            end_last_item_like_the_others(clean, &mut items);
            out.push(item_list(title, items, hspan));
            i = j;
        } else if items.is_empty() {
            i += unlabelled_list(clean, &paras, i, &section_starts, &mut out);
        } else {
            i += 1;
        }
    }
    for list in &mut out {
        if let Some(end) = end_last_item_before_summary(clean, &mut list.items) {
            list.span.end = end;
        }
    }
    out
}

/// The last item of a list ends before a sentence summing the list up (以上民生实事，我们将
/// 定点定责…; 以上实事项目…): the report going on after the list, which a page that lost the
/// paragraph break after the list (one sentence a line, rejoined) glues to the item, as
/// Zhejiang 2025's would be. Returns the item's new end when it was cut.
fn end_last_item_before_summary(clean: &CleanText, items: &mut [ListItem]) -> Option<usize> {
    let last = items.last_mut()?;
    let whole = clean.slice(last.span);
    let cut = whole
        .char_indices()
        .filter(|&(_, c)| is_sentence_end(c))
        .map(|(k, c)| k + c.len_utf8())
        .find(|&at| {
            let rest = &whole[at..];
            let first_clause = rest
                .split(|c: char| is_clause_end(c) || matches!(c, '，' | ','))
                .next()
                .unwrap_or("");
            rest.starts_with("以上") && names_list(first_clause)
        })?;
    let label_len = item_label(whole)
        .filter(|_| !last.label.is_empty())
        .map(|(_, len)| len);
    *last = item_up_to(clean, last, cut, label_len);
    Some(last.span.end)
}

/// `item` read again up to byte `len` of its span, its label `label_len` bytes long (none:
/// an item printed with no number).
fn item_up_to(
    clean: &CleanText,
    item: &ListItem,
    len: usize,
    label_len: Option<usize>,
) -> ListItem {
    let span = Span::new(item.span.start, item.span.start + len);
    match label_len {
        Some(label_len) => labelled_item(clean, span, label_len),
        None => make_item(
            clean,
            String::new(),
            trim_span(clean.text.as_str(), span),
            span,
        ),
    }
}

/// The last item of a list whose other items are one sentence each (nearly all) ends at its
/// first sentence too: what follows in its paragraph is the report going on (…十是实施100个
/// 社区儿童友好空间改造工程。民生无小事、枝叶总关情，…), which a page that lost its
/// paragraph breaks (one sentence a line, rejoined) glued to the item. Items with body
/// paragraphs, or of two sentences (a heading and its details), are left whole.
fn end_last_item_like_the_others(clean: &CleanText, items: &mut [ListItem]) {
    const MIN_ITEMS: usize = 3;
    let one_sentence = |it: &ListItem| !it.text.contains(is_sentence_end);
    let Some((last, others)) = items.split_last_mut() else {
        return;
    };
    // (One in five may run to a second sentence: Shanxi's 15 items have one.)
    let longer = others.iter().filter(|it| !one_sentence(it)).count();
    if others.len() + 1 < MIN_ITEMS || has_body(others) || longer * 5 > others.len() {
        return;
    }
    let whole = clean.slice(last.span);
    let Some((label_len, end)) = item_label(whole).and_then(|(_, len)| {
        let (k, c) = whole[len..]
            .char_indices()
            .find(|&(_, c)| is_sentence_end(c))?;
        Some((len, len + k + c.len_utf8()))
    }) else {
        return;
    };
    if whole[end..].trim().is_empty() {
        return;
    }
    *last = item_up_to(clean, last, end, Some(label_len));
}

/// A list from its heading's span to its last item's end.
fn item_list(title: String, items: Vec<ListItem>, heading: Span) -> ItemList {
    let end = items.last().map_or(heading.end, |it| it.span.end);
    ItemList {
        title,
        items,
        span: Span::new(heading.start, end),
    }
}

/// Whether paragraph `k` opens item number `n`.
fn next_is_item(clean: &CleanText, paras: &[Paragraph], k: usize, n: u32) -> bool {
    paras
        .get(k)
        .and_then(|p| item_label(clean.slice(p.span)))
        .is_some_and(|(m, _)| m == n)
}

/// Which paragraph of `run` (the body paragraphs read after the last of `items`, before an
/// item numbered one past the next) is the item whose label the page lost: the first, in a
/// list whose items had no body paragraphs (`bodies_before` false); in one whose items are a
/// heading line and its details, the one after as many paragraphs as every item before has
/// of details (the lost heading may have joined its first detail paragraph, a line without
/// a stop going on). `None` when the items' details differ in number.
fn lost_item(
    paras: &[Paragraph],
    run: &[Paragraph],
    items: &[ListItem],
    bodies_before: bool,
) -> Option<usize> {
    if !bodies_before {
        return Some(0);
    }
    let details = |it: &ListItem| {
        paras
            .iter()
            .filter(|p| it.span.start <= p.span.start && p.span.start < it.span.end)
            .count()
            .saturating_sub(1)
    };
    // The last item's details are the run's first paragraphs, not yet in its span.
    let before = &items[..items.len().saturating_sub(1)];
    let b = details(before.first()?);
    (b > 0 && before.iter().all(|it| details(it) == b) && run.len() > b).then_some(b)
}

/// Whether the item after `last` (numbered on, labelled alike; or the one after that, when
/// the page lost a label) follows paragraph `j` with at most two more unlabelled paragraphs
/// before it (so no more than three body paragraphs in all).
fn next_item_within(
    clean: &CleanText,
    paras: &[Paragraph],
    j: usize,
    last: Option<&ListItem>,
) -> bool {
    let Some(last) = last else { return false };
    let Some((n, _)) = item_label(&last.label) else {
        return false;
    };
    paras
        .iter()
        .skip(j + 1)
        .take(3)
        .map(|p| clean.slice(p.span))
        .find_map(|s| item_label(s).map(|(m, len)| (m, &s[..len])))
        .is_some_and(|(m, label)| {
            (m == n + 1 || m == n + 2) && label_shape(label) == label_shape(&last.label)
        })
}

/// Whether the items so far carry body paragraphs (their span reaches past their text).
fn has_body(items: &[ListItem]) -> bool {
    items
        .first()
        .is_some_and(|it| it.span.end > it.span.start + it.text.len() + 16)
}

/// The list heading opening paragraph `p`: its title and span.
fn list_heading(t: &str, p: Paragraph) -> Option<(String, Span)> {
    let s = t.get(p.span.start..p.span.end)?;
    let end = s
        .char_indices()
        .find(|&(_, c)| is_sentence_end(c) || c == '：' || c == ':')
        .map_or(s.len(), |(i, c)| i + c.len_utf8());
    let head = &s[..end];
    let title = head.replace("**", "");
    let title = title
        .trim()
        .trim_end_matches(['。', '：', ':', '！', '!'])
        .trim();
    if chars(title) > 30 || chars(title) < 4 || !names_list(title) {
        return None;
    }
    if is_uncounted_area_heading(title) {
        return None;
    }
    // A heading sentence of several clauses is titled by the last that names the list, as a
    // lead-in is (悠悠万事，民生为大，今年要继续办好“十件民生实事” → 今年要继续办好…).
    let title = title
        .rsplit(['，', ',', '；', ';'])
        .find(|c| names_list(c))
        .map_or(title, str::trim);
    Some((
        title.to_string(),
        Span::new(p.span.start, p.span.start + end),
    ))
}

/// Whether `text` is a work area's heading that names the projects without counting them
/// ((六)着力办好民生实事，在全面提高人民生活品质上开新局, a provincial report): its 一是…八是
/// are the area's tasks, each a paragraph of several, not a list of projects. An area
/// heading that counts them ((六)办好十件民生实事) heads a list.
fn is_uncounted_area_heading(text: &str) -> bool {
    crate::ingest::clean::heading_label_len(text).is_some_and(|label| {
        !text[label..]
            .chars()
            .any(|c| crate::text::is_digit(c) || is_cn_numeral(c))
    })
}

/// A list without labels at paragraph `i`, written out after a colon ([`colon_list`]) or
/// one item a line ([`unmarked_list`]), pushed to `out`; the paragraphs it used (at least
/// one, to move on).
fn unlabelled_list(
    clean: &CleanText,
    paras: &[Paragraph],
    i: usize,
    section_starts: &[usize],
    out: &mut Vec<ItemList>,
) -> usize {
    if let Some(list) = colon_list(clean, paras[i]) {
        out.push(list);
        return 1;
    }
    if let Some(list) = unmarked_list(clean, paras, i) {
        let used = 1 + list.items.len();
        out.push(list);
        return used;
    }
    if let Some(list) = parallel_list(clean, paras[i])
        .or_else(|| sentence_list(clean, paras[i], section_starts))
        .or_else(|| named_list(clean, paras[i]))
    {
        out.push(list);
    }
    1
}

/// Sentences a list of plain sentences ([`sentence_list`]) may have.
const SENTENCE_ITEMS: std::ops::RangeInclusive<usize> = 3..=30;

/// Longest sentence (chars) read as an item of a list of plain sentences.
const SENTENCE_ITEM_CHARS: usize = 60;

/// A list whose heading opens its paragraph as a run-in (扎实办好民生实事。) and whose items are
/// the paragraph's other sentences, unnumbered: 提高农村最低生活保障标准。为10万名残疾人提供
/// 基本康复服务…。建设100个中小学校冰雪运动训练室（场）。… (a provincial report of 2026).
/// Without numbers or a shared shape, the evidence is the heading and the sentences' form:
/// the heading names the projects as 实事 (民生实事, 惠民实事: not 民生工程, a field of
/// work) after a verb that commits to them (办好 before the name: not 民生实事扎实推进, a
/// review), counts none or as many as there are; its paragraph (up to the outline's next
/// section) holds 3 to 30 more sentences, each short ([`SENTENCE_ITEM_CHARS`]), and half
/// of them or more state a figure (a project is counted: 100个, 10万名). Items have an
/// empty label.
fn sentence_list(clean: &CleanText, p: Paragraph, section_starts: &[usize]) -> Option<ItemList> {
    let t = clean.text.as_str();
    let (title, hspan) = list_heading(t, p)?;
    // The items end where the outline's next section opens (a run-in heading after them in
    // the same paragraph, as a page of one sentence a line joins them).
    let next_section = section_starts.partition_point(|&s| s <= hspan.start);
    let end = section_starts
        .get(next_section)
        .map_or(p.span.end, |&s| s.min(p.span.end));
    let name = title.find("实事")?;
    let committed = DOING
        .iter()
        .any(|w| title.find(w).is_some_and(|at| at < name));
    if !committed {
        return None;
    }
    let rest = Span::new(hspan.end, end.max(hspan.end));
    let body = clean.slice(rest);
    let mut items = Vec::new();
    let mut intro = 0;
    for (a, b) in sentence_ranges(body) {
        let span = trim_span(t, Span::new(rest.start + a, rest.start + b));
        let text = clean.slice(span);
        if text.is_empty() {
            continue;
        }
        // A word of introduction in the speaker's voice (我们将…) before the items is none.
        if items.is_empty() && intro < LIST_INTRO_SENTENCES && text.starts_with("我们") {
            intro += 1;
            continue;
        }
        if chars(text) > SENTENCE_ITEM_CHARS || !body[a..b].trim_end().ends_with(is_sentence_end) {
            return None;
        }
        items.push(make_item(clean, String::new(), span, span));
    }
    let counted = items.iter().filter(|it| !it.quantities.is_empty()).count();
    let fits = declared_count(&title).is_none_or(|n| n == items.len());
    (SENTENCE_ITEMS.contains(&items.len()) && counted * 2 >= items.len() && fits)
        .then(|| item_list(title, items, hspan))
}

/// The sentences of `s` (each with its end mark; the last may have none), as byte ranges.
fn sentence_ranges(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    s.split_inclusive(|c: char| is_sentence_end(c))
        .scan(0, |at, sentence| {
            let range = (*at, *at + sentence.len());
            *at += sentence.len();
            Some(range)
        })
}

/// Items a list of parallel sentences ([`parallel_list`]) may have.
const PARALLEL_ITEMS: std::ops::RangeInclusive<usize> = 3..=30;

/// Sentences of introduction a list may have between its heading sentence and its first
/// item (…实施十大为民办实事工程项目。我们将…。筹措7亿元…; 今年再办好15件民生实事。我们将…。
/// 一是…): a year adding a word there must not lose the list. Where the heading's count is
/// not otherwise asked, skipping one asks it.
const LIST_INTRO_SENTENCES: usize = 2;

/// A list whose items are unnumbered sentences of one shape after its heading sentence, in
/// the same paragraph: …筹措890.59亿元实施十大为民办实事工程项目。筹措7亿元实施就业惠民工程，
/// 开展…。加强…。筹措280.44亿元实施社保惠民工程，…。… (a provincial report of 2026: ten
/// projects, each its funding and its tasks). With no numbers, the parallel shape is the
/// evidence: the heading sentence names the list with its count and commits to it
/// ([`DOING`]); the sentence right after it opens an item (or one of the next
/// [`LIST_INTRO_SENTENCES`], after a word of introduction); exactly as many sentences after
/// the heading open with the same two characters (筹措), and their first clauses end with the
/// same two (惠民工程). An item is its opening sentence; the sentences up to the next item
/// are its details (the last item's run to the paragraph's end, unless every other item is
/// one sentence). Items have an empty label.
fn parallel_list(clean: &CleanText, p: Paragraph) -> Option<ItemList> {
    let s = clean.slice(p.span);
    if !names_list(s) {
        return None;
    }
    let sentences: Vec<(usize, usize)> = sentence_ranges(s).collect();
    let body = |&(a, b): &(usize, usize)| s[a..b].trim_start();
    // Each sentence's opening two ideographs, and the sentences each such pair opens (in
    // order): a heading's items are counted by a search, so a paragraph of a thousand
    // heading-like sentences stays linear.
    let opener = |range: &(usize, usize)| {
        let first = body(range);
        let mut cs = first.char_indices();
        let (_, a) = cs.next()?;
        let (j, b) = cs.next()?;
        let ideographs = crate::text::is_cjk_ideograph(a) && crate::text::is_cjk_ideograph(b);
        ideographs.then(|| &first[..j + b.len_utf8()])
    };
    let mut opened_by: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (j, range) in sentences.iter().enumerate() {
        if let Some(o) = opener(range) {
            opened_by.entry(o).or_default().push(j);
        }
    }
    for (k, &(hs, he)) in sentences.iter().enumerate() {
        let heading = &s[hs..he];
        if !names_list(heading) {
            continue;
        }
        let sentence = heading.replace("**", "");
        let Some(title) = sentence
            .trim()
            .trim_end_matches(|c: char| is_sentence_end(c))
            .rsplit(|c: char| "，,；;：:".contains(c))
            .find(|c| names_list(c))
            .map(str::trim)
        else {
            continue;
        };
        let Some(n) = declared_count(title).filter(|n| PARALLEL_ITEMS.contains(n)) else {
            continue;
        };
        if !DOING.iter().any(|w| sentence.contains(w)) || !(4..=40).contains(&chars(title)) {
            continue;
        }
        // Each opening sentence's first clause ends alike (…惠民工程).
        let clause_end = |j: usize| {
            let first = body(&sentences[j]);
            let clause = first
                .split(|c: char| is_clause_end(c) || "，,".contains(c))
                .next()
                .unwrap_or(first);
            let tail: Vec<char> = clause.chars().rev().take(2).collect();
            (tail.len() == 2).then_some(tail)
        };
        // The sentences from the first item on opening as it does, as many as counted and
        // their first clauses ending alike. The first item is the sentence after the heading,
        // or one of the next few when the heading has a word of introduction before its
        // items (…实施十大为民办实事工程项目。我们将…。筹措7亿元实施…).
        let items_from = |first: usize| {
            let same = opened_by.get(opener(sentences.get(first)?)?)?;
            let starts = &same[same.partition_point(|&j| j < first)..];
            let ending = clause_end(*starts.first()?)?;
            (starts.len() == n
                && starts
                    .iter()
                    .all(|&j| clause_end(j).as_ref() == Some(&ending)))
            .then_some(starts)
        };
        let Some(starts) = (k + 1..=k + 1 + LIST_INTRO_SENTENCES).find_map(items_from) else {
            continue;
        };
        let one_sentence_each = starts.windows(2).all(|w| w[1] == w[0] + 1);
        let t = clean.text.as_str();
        let items = starts
            .iter()
            .enumerate()
            .map(|(m, &j)| {
                let end = match starts.get(m + 1) {
                    Some(&next) => sentences[next - 1].1,
                    None if one_sentence_each => sentences[j].1,
                    None => s.len(),
                };
                let text = trim_span(
                    t,
                    Span::new(p.span.start + sentences[j].0, p.span.start + sentences[j].1),
                );
                let span = trim_span(
                    t,
                    Span::new(p.span.start + sentences[j].0, p.span.start + end),
                );
                make_item(
                    clean,
                    String::new(),
                    text,
                    Span::new(span.start, p.span.start + end),
                )
            })
            .collect();
        let hspan = Span::new(p.span.start + hs, p.span.start + he);
        return Some(item_list(title.to_string(), items, hspan));
    }
    None
}

/// Items a list written after a colon in one sentence may have.
const COLON_ITEMS: std::ops::RangeInclusive<usize> = 3..=30;

/// A list written out after a colon in one sentence, with no labels: 接续办好15件市级重点民生
/// 实事，包括：完成老旧小区改造600个；治理…；… (a provincial report of 2026, probed), or in a
/// glossary 2026年10件民生实事：加大…，提高…，… The sentence names the list with its count;
/// the items are the pieces after the colon, parted by ；, or by ， when there is no ；, and
/// there must be exactly as many as counted. Items have an empty label.
fn colon_list(clean: &CleanText, p: Paragraph) -> Option<ItemList> {
    let t = clean.text.as_str();
    let s = clean.slice(p.span);
    if !names_list(s) {
        return None;
    }
    for (at, end) in sentence_ranges(s) {
        let sentence = &s[at..end];
        let Some(colon) = sentence.find(['：', ':']) else {
            continue;
        };
        let lead = &sentence[..colon];
        let Some(title) = lead
            .rsplit(|c: char| "，,；;".contains(c))
            .map(str::trim)
            .find(|c| names_list(c))
        else {
            continue;
        };
        let Some(n) = declared_count(title).filter(|n| COLON_ITEMS.contains(n)) else {
            continue;
        };
        let colon_len = sentence[colon..].chars().next().map_or(1, char::len_utf8);
        let body_start = at + colon + colon_len;
        let body = sentence[colon + colon_len..].trim_end_matches(|c: char| is_sentence_end(c));
        let sep: &[char] = if body.contains(['；', ';']) {
            &['；', ';']
        } else {
            &['，', ',']
        };
        let mut items = Vec::new();
        let mut from = 0;
        for piece in body.split_inclusive(sep) {
            let start = p.span.start + body_start + from;
            from += piece.len();
            let span = trim_span(t, Span::new(start, start + piece.len()));
            let text = clean.slice(span).trim_end_matches(sep);
            if chars(text) < 4 {
                return None;
            }
            let span = Span::new(span.start, span.start + text.len());
            items.push(make_item(clean, String::new(), span, span));
        }
        if items.len() != n {
            return None;
        }
        // A glossary's item number (20.2026年10件民生实事) is no part of the title.
        let title = item_label(title).map_or(title, |(_, len)| &title[len..]);
        let title = title.replace("**", "");
        let hspan = Span::new(p.span.start + at, p.span.start + at + colon + colon_len);
        return Some(item_list(title.trim().to_string(), items, hspan));
    }
    None
}

/// Verbs that open a clause naming a list's items before its count ([`named_list`]): the
/// [`DOING`] ones and 开展.
const NAMING_VERBS: &[&str] = &[
    "办好", "办实", "实施", "推进", "抓好", "做好", "落实", "推动", "开展",
];

/// Longest item (chars) of a list named before its count ([`named_list`]): its items are
/// the projects' names, not their tasks.
const NAMED_ITEM_CHARS: usize = 20;

/// A list whose items are named in one clause before the count (扎实开展劳动者就业关爱帮扶、
/// 暖心护老、…、农村供水工程维修养护和路网优化等十件民生实事，…: a provincial report of
/// 2026). The clause commits to the list with a verb ([`NAMING_VERBS`]: 扎实开展, 继续实施)
/// that the names follow, names it right after 等 with its count
/// (十件民生实事), and the names between, parted by 、, are exactly as many, each short
/// ([`NAMED_ITEM_CHARS`]): a clause naming fields instead (涉及就业、教育、医疗等领域) or a
/// count of another size is no list. Items have an empty label.
fn named_list(clean: &CleanText, p: Paragraph) -> Option<ItemList> {
    let t = clean.text.as_str();
    let s = clean.slice(p.span);
    if !names_list(s) {
        return None;
    }
    let mut from = 0;
    for clause in s.split_inclusive(|c: char| is_clause_end(c) || "，,：:".contains(c)) {
        let at = from;
        from += clause.len();
        let Some(deng) = clause.rfind('等') else {
            continue;
        };
        let name = clause[deng + '等'.len_utf8()..]
            .trim_end_matches(|c: char| is_clause_end(c) || "，,：:".contains(c));
        let Some(n) = declared_count(name).filter(|n| COLON_ITEMS.contains(n)) else {
            continue;
        };
        if !names_list(name) || !name.starts_with(|c: char| c.is_ascii_digit() || is_cn_numeral(c))
        {
            continue;
        }
        // The names follow the clause's first committing verb.
        let head = &clause[..deng];
        let Some(names_at) = NAMING_VERBS
            .iter()
            .filter_map(|v| head.find(v).map(|k| k + v.len()))
            .min()
        else {
            continue;
        };
        let names = &head[names_at..];
        let pieces: Vec<&str> = names.split('、').collect();
        if pieces.len() != n
            || pieces
                .iter()
                .any(|x| !(2..=NAMED_ITEM_CHARS).contains(&chars(x.trim())))
        {
            continue;
        }
        let mut items = Vec::with_capacity(n);
        let mut k = p.span.start + at + names_at;
        for piece in pieces {
            let span = trim_span(t, Span::new(k, k + piece.len()));
            items.push(make_item(clean, String::new(), span, span));
            k += piece.len() + '、'.len_utf8();
        }
        let hspan = Span::new(
            p.span.start + at + deng,
            p.span.start + at + deng + name.len() + '等'.len_utf8(),
        );
        return Some(item_list(name.to_string(), items, hspan));
    }
    None
}

/// Items a list introduced by a lead-in paragraph ([`lead_in`]) must have: more than a
/// heading's two, as the evidence that the numbered run is the list is weaker.
const LEAD_IN_MIN_ITEMS: usize = 3;

/// A list introduced at the end of a longer paragraph rather than by a heading: the
/// paragraph's last sentence names the list (…继续谋划实施好十方面民生实事。, Zhejiang) and the
/// very next paragraph opens item 1, which is not a heading of the outline. The title is the
/// last clause naming it.
/// How many items a list's heading asks for.
#[derive(Clone, Copy)]
enum Count {
    /// Any number.
    Any,
    /// As many as the heading counts (十件, 15项) when it counts them.
    Declared,
    /// As many as the heading counts, fields (十方面) included; it must count them.
    Counted,
}

impl Count {
    fn fits(self, title: &str, items: usize) -> bool {
        match self {
            Count::Any => true,
            Count::Declared => declared_count(title).is_none_or(|n| n == items),
            Count::Counted => counted(title) == Some(items),
        }
    }
}

/// The number a heading counts, fields (十方面: Zhejiang, one item a field) included.
pub(crate) fn counted(title: &str) -> Option<usize> {
    declared_count(title).or_else(|| declared_count(&title.replace("方面", "项")))
}

fn lead_in(
    clean: &CleanText,
    section_starts: &[usize],
    paras: &[Paragraph],
    i: usize,
) -> Option<(String, Count)> {
    if !next_is_item(clean, paras, i + 1, 1) {
        return None;
    }
    // Item 1 opening a section of the outline is the report's own numbering (（一）… after
    // a review paragraph that ends 十方面民生实事圆满完成), not a list, unless the lead-in
    // commits to a counted list (继续认真办好十方面民生实事: the items then must be as many).
    let first = paras.get(i + 1)?.span.start;
    let opens_section = section_starts.binary_search(&first).is_ok();
    let s = clean.slice(paras.get(i)?.span);
    if is_uncounted_area_heading(s) {
        return None;
    }
    let body = s.trim_end().trim_end_matches(|c: char| is_sentence_end(c));
    // The last sentence, or one a word of introduction follows (…十方面民生实事。我们将…。).
    let (intro, clause) = body
        .rsplit(|c: char| is_sentence_end(c))
        .take(1 + LIST_INTRO_SENTENCES)
        .enumerate()
        .find_map(|(k, sentence)| {
            let clause = sentence
                .rsplit(|c: char| "，,；;：:".contains(c))
                .find(|c| names_list(c))?;
            Some((k, clause))
        })?;
    let title = clause.replace("**", "");
    let title = title.trim();
    let count = if opens_section || intro > 0 {
        if !DOING.iter().any(|w| title.contains(w)) || counted(title).is_none() {
            return None;
        }
        Count::Counted
    } else {
        Count::Declared
    };
    (chars(title) >= 4 && chars(title) <= 40).then(|| (title.to_string(), count))
}

/// Items a list whose heading stands inside a paragraph ([`inner_heading`]) must have.
const INNER_MIN_ITEMS: usize = 3;

/// Words of a heading sentence inside a paragraph that commit to the list (办好十件民生实事),
/// unlike a review's passing mention (十件民生实事全面完成).
const DOING: &[&str] = &[
    "办好", "办实", "实施", "推进", "抓好", "做好", "落实", "推动",
];

/// The heading of a list that is a sentence inside a longer paragraph, with the first item
/// right after it: …保障民生。今年继续办好十件民生实事：1.…；2.…；3.… (the other items in
/// the paragraph or in paragraphs of their own). The sentence names the list (its clause
/// naming it, 4 to 30 characters, is the title), commits to it ([`DOING`], or ends with a
/// colon), and what follows opens item 1 (1., 一是, （1）, 第一); such a list needs
/// [`INNER_MIN_ITEMS`] items. (A heading opening the paragraph is [`list_heading`]'s.)
fn inner_heading(clean: &CleanText, p: Paragraph) -> Option<(String, Span, Count)> {
    let s = clean.slice(p.span);
    if !names_list(s) {
        return None;
    }
    let mut start = 0;
    for (k, c) in s.char_indices() {
        if !(is_sentence_end(c) || c == '：' || c == ':') {
            continue;
        }
        let end = k + c.len_utf8();
        let sentence = &s[start..end];
        let first = start == 0;
        start = end;
        if first || !names_list(sentence) {
            continue;
        }
        let opens_item =
            |r: &str| item_label(r).is_some_and(|(n, _)| n == 1) || r.starts_with("第一");
        // Item 1 right after the sentence, or after a word of introduction.
        let mut rest = s[end..].trim_start();
        let mut intro = 0;
        while !opens_item(rest) && intro < LIST_INTRO_SENTENCES {
            let Some((k, c)) = rest.char_indices().find(|&(_, c)| is_sentence_end(c)) else {
                break;
            };
            rest = rest[k + c.len_utf8()..].trim_start();
            intro += 1;
        }
        if !opens_item(rest) {
            continue;
        }
        let sentence_text = sentence.replace("**", "");
        let sentence_text = sentence_text
            .trim()
            .trim_end_matches(['。', '：', ':', '！', '!'])
            .trim();
        // The title is the clause naming the list (今年，我们将继续办好十件民生实事 → its last
        // clause).
        let Some(title) = sentence_text
            .rsplit(|c: char| "，,；;".contains(c))
            .find(|c| names_list(c))
            .map(str::trim)
        else {
            continue;
        };
        let commits = c == '：' || c == ':' || DOING.iter().any(|w| sentence_text.contains(w));
        // Past a word of introduction, the heading counts its items and they are as many.
        let count = if intro == 0 {
            Count::Any
        } else if counted(title).is_some() {
            Count::Counted
        } else {
            continue;
        };
        if chars(title) >= 4 && chars(title) <= 30 && commits {
            let hstart = p.span.start + end - sentence.len();
            return Some((
                title.to_string(),
                Span::new(hstart, p.span.start + end),
                count,
            ));
        }
    }
    None
}

/// A list grouped under category lines (一、就业增收类（3项） / 1.新增城镇就业… / 2.… /
/// 二、教育类（2项） / 3.…): its items are the lines numbered in digits under the categories,
/// numbered on across them or afresh under each. `first` is the first category's
/// paragraph; `None` unless two categories or more each hold an item, three in all. Also
/// the paragraph after the list.
fn grouped_items(
    clean: &CleanText,
    paras: &[Paragraph],
    first: usize,
) -> Option<(Vec<ListItem>, usize)> {
    let mut items: Vec<ListItem> = Vec::new();
    let mut categories = 0;
    let mut k = first;
    while let Some(p) = paras.get(k) {
        let s = clean.slice(p.span);
        match item_label(s) {
            Some((n, len)) if n == categories + 1 && is_list_category(&s[len..]) => {}
            _ => break,
        }
        categories += 1;
        k += 1;
        let mut under = 0;
        while let Some(q) = paras.get(k) {
            let line = clean.slice(q.span);
            let digits = line.trim_start_matches(['（', '(']);
            if !digits.starts_with(crate::text::is_digit) {
                break;
            }
            let Some((m, len)) = item_label(line) else {
                break;
            };
            if m != items.len() as u32 + 1 && m != under + 1 {
                break;
            }
            items.push(labelled_item(clean, q.span, len));
            under += 1;
            k += 1;
        }
        if under == 0 {
            return None;
        }
    }
    (categories >= 2 && items.len() >= 3).then_some((items, k))
}

/// Longest paragraph (chars) read as one item of a list with no numbers ([`unmarked_list`]).
const UNMARKED_ITEM_CHARS: usize = 100;

/// Longest line (chars) read as an item of a list with no numbers when it has no stop.
const UNMARKED_BARE_CHARS: usize = 40;

/// Fewest and most items a list with no numbers may declare.
const UNMARKED_ITEMS: std::ops::RangeInclusive<usize> = 3..=30;

/// A list whose items stand one a paragraph with no number, as news pages print them
/// (…接续办好15件重点民生实事。具体包括： / 新开工改造城镇老旧小区…。 / 建设100个口袋公园…。).
/// With no numbering to go by, the heading's declared count is the evidence: paragraph `i`
/// ends with a sentence naming the list with its count (or that sentence and a colon
/// sentence, 具体包括：), commits to it ([`DOING`] or a colon), and exactly that many short
/// paragraphs follow ([`UNMARKED_ITEM_CHARS`]), each ending a sentence or clause, opening
/// with a bullet (●, ◆, ——) or short with no stop at all ([`UNMARKED_BARE_CHARS`]), none
/// numbered, a heading or a list heading. Items carry no
/// label (a bullet is no part of the text).
fn unmarked_list(clean: &CleanText, paras: &[Paragraph], i: usize) -> Option<ItemList> {
    let p = paras.get(i)?;
    let s = clean.slice(p.span).trim_end();
    if !names_list(s) {
        return None;
    }
    let colon = s.ends_with(['：', ':']);
    let body = s.trim_end_matches(['：', ':']);
    // The paragraph's last sentences, last first.
    let mut sentences = body
        .split_inclusive(|c: char| is_sentence_end(c))
        .rev()
        .map(str::trim);
    let last = sentences.next()?;
    let sentence = if names_list(last) {
        last
    } else if colon {
        sentences.next().filter(|s| names_list(s))?
    } else {
        return None;
    };
    let sentence = sentence.replace("**", "");
    let title = sentence
        .trim_end_matches(|c: char| is_sentence_end(c))
        .rsplit(|c: char| "，,；;：:".contains(c))
        .find(|c| names_list(c))?
        .trim();
    let commits = colon || DOING.iter().any(|w| sentence.contains(w));
    let n = declared_count(title)?;
    if !commits || !(4..=40).contains(&chars(title)) || !UNMARKED_ITEMS.contains(&n) {
        return None;
    }
    let lines = paras.get(i + 1..i + 1 + n)?;
    // A bullet (●, ◆, ——) may open each line; such a line needs no stop at its end.
    let bullet = |q: &Paragraph| {
        let line = clean.slice(q.span);
        if item_label(line).is_none() {
            crate::ingest::clean::item_mark_len(line)
        } else {
            0
        }
    };
    let is_item = |q: &Paragraph| {
        let line = clean.slice(q.span).trim();
        let mark = bullet(q);
        // A line with no stop at all (a news page's list set as bare lines) is an item too
        // when short.
        let bare = chars(line) <= UNMARKED_BARE_CHARS && !line.contains(is_clause_end);
        chars(&line[mark..]) <= UNMARKED_ITEM_CHARS
            && (mark > 0 || bare || line.ends_with(['。', '；', ';']))
            && item_label(line).is_none()
            && crate::ingest::clean::heading_label_len(line).is_none()
            && !line.starts_with("各位代表")
            && list_heading(clean.text.as_str(), *q).is_none()
    };
    if !lines.iter().all(is_item) {
        return None;
    }
    let t = clean.text.as_str();
    let items: Vec<ListItem> = lines
        .iter()
        .map(|q| {
            let text = trim_span(t, Span::new(q.span.start + bullet(q), q.span.end));
            make_item(clean, String::new(), text, q.span)
        })
        .collect();
    Some(item_list(title.to_string(), items, p.span))
}

/// The count a list's title declares: 15 in 接续办好15件重点民生实事, 10 in 十件民生实事, 12 in
/// 十二项为民办实事, 10 in 十大为民办实事工程 (a number before 件, 项, 个 or 大, the last one
/// before the list's name).
fn declared_count(title: &str) -> Option<usize> {
    let mut found = None;
    for (k, _) in title.char_indices() {
        let rest = &title[k..];
        let (n, len) = match crate::text::leading_number(rest) {
            Some(number) => number,
            None => {
                let d = numeral_prefix(rest);
                if d == 0 {
                    continue;
                }
                let Some(n) = parse_cn(&rest[..d]) else {
                    continue;
                };
                (n, d)
            }
        };
        // Only a whole number: not the 5 of 15.
        let before_digit = title[..k]
            .chars()
            .next_back()
            .is_some_and(|c| crate::text::is_digit(c) || is_cn_numeral(c));
        if !before_digit && rest[len..].starts_with(['件', '项', '个', '大']) {
            found = Some(n as usize);
        }
    }
    found
}

/// Items enumerated inside one paragraph after the heading: 一是…二是…, 第一，…, or
/// 1．…；2．… (digits or （1） after a boundary).
fn inline_items(clean: &CleanText, rest: Span) -> Vec<ListItem> {
    let t = clean.text.as_str();
    let mut markers = enum_markers(t, rest);
    if markers.len() < 2 {
        markers = digit_markers(t, rest);
    }
    items_at(clean, rest, &markers)
}

/// Item one of an enumeration (一是…) standing alone at the end of the heading's paragraph
/// `rest`, when the paragraph `next` opens with item two labelled alike (二是…): a list
/// whose page set each item after the first in a paragraph of its own.
fn first_item_alone(clean: &CleanText, rest: Span, next: Option<&Paragraph>) -> Option<ListItem> {
    let t = clean.text.as_str();
    let next = next?.span;
    let markers = enum_markers_from(t, rest, 1);
    let [first] = markers.as_slice() else {
        return None;
    };
    let next_text = clean.slice(next);
    let second = enum_markers_from(t, next, 2).into_iter().next()?;
    let opens_second = second.number == 2
        && second.span.start == next.start
        && label_shape(&second.label) == label_shape(&first.label)
        && item_label(next_text).is_none_or(|(n, _)| n == 2);
    (first.number == 1 && opens_second)
        .then(|| items_at(clean, rest, &markers).into_iter().next())
        .flatten()
}

/// The items at `markers` in `rest`, each up to the next marker (the last up to its
/// sentence's end).
fn items_at(
    clean: &CleanText,
    rest: Span,
    markers: &[crate::outline::text::Marker],
) -> Vec<ListItem> {
    let t = clean.text.as_str();
    let mut items = Vec::new();
    for (k, m) in markers.iter().enumerate() {
        let end = match markers.get(k + 1) {
            Some(next) => next.span.start,
            None => {
                let tail = clean.slice(Span::new(m.span.end, rest.end));
                tail.char_indices()
                    .find(|&(_, c)| is_sentence_end(c))
                    .map_or(rest.end, |(i, c)| m.span.end + i + c.len_utf8())
            }
        };
        let text_span = trim_span(t, Span::new(m.span.end, end));
        let whole = Span::new(m.span.start, text_span.end);
        // The item before a skipped number (二是…；…；四是: 三是 lost) holds the lost one
        // after its first clause: that goes on as an item of its own, without a label.
        let lost = markers
            .get(k + 1)
            .is_some_and(|next| next.number == m.number + 2)
            .then(|| lost_item_start(t, text_span))
            .flatten();
        match lost {
            Some(at) => {
                let first = trim_span(t, Span::new(text_span.start, at));
                items.push(make_item(
                    clean,
                    m.label.clone(),
                    first,
                    Span::new(whole.start, at),
                ));
                let rest = trim_span(t, Span::new(at, text_span.end));
                items.push(make_item(clean, String::new(), rest, rest));
            }
            None => items.push(make_item(clean, m.label.clone(), text_span, whole)),
        }
    }
    items
}

/// Where the item whose label was lost starts inside the text of the item before it
/// (`span`): after that item's first sentence or clause (。；), when some text follows.
fn lost_item_start(t: &str, span: Span) -> Option<usize> {
    const MIN_CHARS: usize = 4;
    let s = t.get(span.start..span.end)?;
    let (i, c) = s
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '；' | ';'))?;
    let at = i + c.len_utf8();
    (s[at..].chars().count() >= MIN_CHARS).then_some(span.start + at)
}

/// Item labels 1．2．3… (or 1、, （1）, (1), ①) in sequence inside `text[span]`, each at the
/// start or after a boundary (：；。，), none a decimal (1.5万). At least two, or none.
fn digit_markers(text: &str, span: Span) -> Vec<crate::outline::text::Marker> {
    let found = digit_markers_from(text, span, 1);
    if found.len() >= 2 {
        found
    } else {
        Vec::new()
    }
}

/// A label's form with its number taken out: （3） and （12） are both （#）, （五） is （〇）,
/// 十是 is 〇是, ② is ⓪.
fn label_shape(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        let mark = if crate::text::is_digit(c) {
            '#'
        } else if is_circled(c) {
            '⓪'
        } else if is_cn_numeral(c) {
            '〇'
        } else {
            c
        };
        if !(mark != c && out.ends_with(mark)) {
            out.push(mark);
        }
    }
    out
}

/// The run of digit labels in `span` numbered on from `first` ([`digit_markers`]).
fn digit_markers_from(text: &str, span: Span, first: u32) -> Vec<crate::outline::text::Marker> {
    let Some(body) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut found: Vec<crate::outline::text::Marker> = Vec::new();
    let mut at = 0;
    let mut skipped = false;
    while at < body.len() {
        let want = found.last().map_or(first, |m| m.number + 1);
        let label_at = |want: u32| {
            body[at..].char_indices().find_map(|(k, c)| {
                let i = at + k;
                let boundary = i == 0
                    || body[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|b| "：:；;。，, \u{3000}".contains(b));
                if !boundary
                    || !(crate::text::is_digit(c) || c == '（' || c == '(' || is_circled(c))
                {
                    return None;
                }
                let (n, len) = item_label(&body[i..])?;
                let after = body[i + len..].chars().next();
                // 1.5万 is a decimal, 1，2 a count: an item label is followed by its text.
                let text_follows =
                    after.is_some_and(|a| !crate::text::is_digit(a) && !"，,".contains(a));
                let sep_ok = !body[i..i + len].ends_with(['，', ',']);
                (n == want && text_follows && sep_ok).then_some((i, len))
            })
        };
        // One label of an established run may be lost (（1）…（2）…（4）: a page that
        // dropped item 3), as with 一是… (`enum_markers_from`): the run goes on once.
        let (next, number) = match label_at(want) {
            None if found.len() >= 2 && !skipped => {
                skipped = true;
                (label_at(want + 1), want + 1)
            }
            next => (next, want),
        };
        let Some((i, len)) = next else { break };
        found.push(crate::outline::text::Marker {
            label: body[i..i + len].to_string(),
            number,
            span: Span::new(span.start + i, span.start + i + len),
        });
        at = i + len;
    }
    found
}

/// The item at `span`, whose first `label_len` bytes are its label (1., 一是…).
fn labelled_item(clean: &CleanText, span: Span, label_len: usize) -> ListItem {
    let label_end = span.start + label_len;
    let label = clean
        .slice(Span::new(span.start, label_end))
        .trim()
        .to_string();
    let text_span = trim_span(clean.text.as_str(), Span::new(label_end, span.end));
    make_item(clean, label, text_span, span)
}

fn make_item(clean: &CleanText, label: String, text_span: Span, span: Span) -> ListItem {
    let text = clean.slice(text_span).to_string();
    let quantities = find_quantities(&text)
        .into_iter()
        .map(|mut q| {
            q.span = q.span.offset(text_span.start);
            q
        })
        .collect();
    ListItem {
        label,
        text,
        quantities,
        span,
    }
}

/// A circled number ① to ⑳, an item's label in some lists.
fn is_circled(c: char) -> bool {
    ('\u{2460}'..='\u{2473}').contains(&c)
}

/// Trim whitespace, `**` and a trailing separator (；，。) from a span.
fn trim_span(t: &str, span: Span) -> Span {
    let s = t.get(span.start..span.end).unwrap_or("");
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '\u{3000}')
            .len();
    let body = &s[lead..];
    let body = body.trim_end_matches(|c: char| {
        c.is_whitespace()
            || c == '*'
            || c == '\u{3000}'
            || is_clause_end(c)
            || c == '，'
            || c == ','
    });
    Span::new(span.start + lead, span.start + lead + body.len())
}

/// A list-item label at the start of a paragraph: (number, byte length incl. separator).
/// `1.` `1、` `1．` `（一）` `(1)` `一、` `一．` `一是` `①`.
fn item_label(s: &str) -> Option<(u32, usize)> {
    if let Some(c) = s.chars().next().filter(|&c| is_circled(c)) {
        return Some((c as u32 - '\u{2460}' as u32 + 1, c.len_utf8()));
    }
    if let Some((n, digits)) = crate::text::leading_number(s) {
        if s[..digits].chars().count() > 2 {
            return None;
        }
        let sep = s[digits..]
            .chars()
            .next()
            .filter(|c| ".．、，,)）".contains(*c))?;
        return Some((n, digits + sep.len_utf8()));
    }
    if let Some(open) = s.chars().next().filter(|&c| c == '（' || c == '(') {
        let inner = &s[open.len_utf8()..];
        let (n, len) = if let Some(number) = crate::text::leading_number(inner) {
            number
        } else {
            let d = numeral_prefix(inner);
            (parse_cn(&inner[..d])?, d)
        };
        let close = inner[len..]
            .chars()
            .next()
            .filter(|&c| c == '）' || c == ')')?;
        return Some((n, open.len_utf8() + len + close.len_utf8()));
    }
    let d = numeral_prefix(s);
    if d > 0 {
        let n = parse_cn(&s[..d])?;
        let sep = s[d..]
            .chars()
            .next()
            .filter(|&c| matches!(c, '、' | '是' | '.' | '．'))?;
        return Some((n, d + sep.len_utf8()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::tests::{cleaned, read_corpus, read_seed};

    fn run(clean: &CleanText) -> Vec<ItemList> {
        let o = crate::outline::build(clean, Span::new(0, clean.text.len()));
        lists(clean, &o)
    }

    /// The texts of a list's items.
    fn item_texts(list: &ItemList) -> Vec<&str> {
        list.items.iter().map(|i| i.text.as_str()).collect()
    }

    #[test]
    fn lists_introduced_at_the_end_of_a_paragraph() {
        // zhejiang-2025 and -2026 (shortened): the last sentence names the list, items follow.
        let src = "二、2025年工作安排\n\
                   各位代表！今年我们要坚持和完善为民办实事长效机制，突出群众有感，继续认真办好十方面民生实事，坚决做到言必信、行必果。\n\
                   1.医疗卫生方面。举办名中医惠老服务活动1000场。\n\
                   2.养老帮困方面。新增护理员1万人。\n\
                   3.关爱儿童方面。为全省儿童免费开展孤独症筛查。\n\
                   （一）着力加强政府自身建设\n";
        for clean in [cleaned(src), CleanText::identity(src)] {
            let ls = run(&clean);
            assert_eq!(ls.len(), 1, "{ls:?}");
            assert_eq!(ls[0].title, "继续认真办好十方面民生实事");
            assert_eq!(ls[0].items.len(), 3);
            assert_eq!(ls[0].items[1].text, "养老帮困方面。新增护理员1万人");
        }
        // Two numbered paragraphs are too little evidence without a heading.
        let two = "各位代表，我们坚持尽力而为、量力而行、久久为功，今年继续办好十方面民生实事。\n\
                   1.医疗卫生方面。筛查。\n2.养老方面。护理。\n";
        assert!(run(&cleaned(two)).is_empty());
        // A review paragraph ending with the projects done, then the report's own areas.
        let review = "一、2024年工作回顾\n\
                      过去一年，面对复杂严峻的外部环境，我们全力以赴推进各项工作，十方面民生实事圆满完成。\n\
                      （一）系统落实一揽子存量和增量政策，推动经济回升向好。大力推进建设。\n\
                      （二）扩大有效益的投资，提振内需取得积极进展。加快推进项目。\n\
                      （三）推动工业稳健运行，先进制造业基地建设扎实推进。培育集群。\n\
                      二、2025年工作安排\n";
        assert!(
            run(&cleaned(review)).is_empty(),
            "{:?}",
            run(&cleaned(review))
        );
    }

    /// Each list's item labels.
    fn labels_of(ls: &[ItemList]) -> Vec<Vec<String>> {
        ls.iter()
            .map(|l| l.items.iter().map(|i| i.label.clone()).collect())
            .collect()
    }

    /// An item whose label the page lost is still read, without a label: inside an inline
    /// enumeration (the item before it ends at its first clause), as a paragraph of its own,
    /// and as a heading line with its details (the lost heading joined to its first detail,
    /// as a line without a stop goes on).
    #[test]
    fn an_item_that_lost_its_label() {
        let inline = "二、2026年工作安排\n\
                      办好十件民生实事。一是新增公共车位1万个；二是改造街巷25条；实施29个城中村改造；\
                      四是改造危旧房6处；五是建设完整社区6个。\n";
        let ls = run(&cleaned(inline));
        assert_eq!(labels_of(&ls), [["一是", "二是", "", "四是", "五是"]]);
        assert_eq!(ls[0].items[1].text, "改造街巷25条");
        assert_eq!(ls[0].items[2].text, "实施29个城中村改造");
        let paragraphs = "二、2026年工作安排\n\
                          各位代表！今年我们要继续认真办好五方面民生实事。\n\
                          1.医疗卫生方面。举办名中医惠老服务活动1000场。\n\
                          2.养老帮困方面。新增护理员1万人。\n\
                          关爱儿童方面。为全省儿童免费开展孤独症筛查。\n\
                          4.教育方面。新增学位2万个。\n\
                          5.住房方面。改造老旧小区100个。\n";
        let ls = run(&cleaned(paragraphs));
        assert_eq!(labels_of(&ls), [["1.", "2.", "", "4.", "5."]]);
        assert_eq!(
            ls[0].items[2].text,
            "关爱儿童方面。为全省儿童免费开展孤独症筛查"
        );
        let details = "2026年省十件民生实事\n\
                       一、提高城乡低保标准\n\
                       城乡低保标准分别提高到每人每月1000元、800元。\n\
                       二、建立长期护理保险制度\n\
                       为重度失能人员提供护理保障。\n\
                       提升生育医疗保障水平\n\
                       实施育儿补贴制度，降低生育养育成本。\n\
                       四、推进农村生活污水治理\n\
                       新增治理行政村1000个。\n";
        let ls = run(&cleaned(details));
        assert_eq!(labels_of(&ls), [["一、", "二、", "", "四、"]]);
        assert!(ls[0].items[2].text.starts_with("提升生育医疗保障水平"));
        assert!(ls[0].items[1].text.starts_with("建立长期护理保险制度"));
    }

    /// An item the page dropped whole (its line gone, the numbers after it kept) leaves the
    /// rest of the list read, inline (（1）…（2）…（4）…) or a paragraph each (1. 2. 4. 5.),
    /// the heading's count met with the gap; a gap right after item one is no list going on.
    #[test]
    fn an_item_the_page_dropped() {
        let inline = "二、2026年工作安排\n\
                      今年要继续办好五件民生实事。（1）新增公共车位1万个；（2）改造街巷25条；\
                      （4）改造危旧房6处；（5）建设完整社区6个。\n";
        let ls = run(&cleaned(inline));
        assert_eq!(labels_of(&ls), [["（1）", "（2）", "（4）", "（5）"]]);
        let paragraphs = "二、2026年工作安排\n\
                          各位代表！今年我们要继续认真办好五方面民生实事。\n\
                          1.医疗卫生方面。举办名中医惠老服务活动1000场。\n\
                          2.养老帮困方面。新增护理员1万人。\n\
                          4.教育方面。新增学位2万个。\n\
                          5.住房方面。改造老旧小区100个。\n";
        let ls = run(&cleaned(paragraphs));
        assert_eq!(labels_of(&ls), [["1.", "2.", "4.", "5."]]);
        assert_eq!(ls[0].items[3].text, "住房方面。改造老旧小区100个");
        // Two gaps, or one right after item 1, end the list there.
        let twice = paragraphs
            .replace("五方面", "四方面")
            .replace("5.住房", "7.住房");
        assert_eq!(labels_of(&run(&cleaned(&twice))), [["1.", "2.", "4."]]);
        let early = "二、2026年工作安排\n\
                     各位代表！今年我们要继续认真办好四方面民生实事。\n\
                     1.医疗卫生方面。举办名中医惠老服务活动1000场。\n\
                     3.教育方面。新增学位2万个。\n\
                     4.住房方面。改造老旧小区100个。\n";
        assert!(run(&cleaned(early)).is_empty());
    }

    /// The item texts of the one list `src` holds (checked to be one).
    fn one_list_texts(src: &str) -> Vec<String> {
        let ls = run(&cleaned(src));
        assert_eq!(ls.len(), 1, "{ls:?}");
        ls[0].items.iter().map(|it| it.text.clone()).collect()
    }

    /// An inline numbered list a page broke before a label goes on in the next paragraph
    /// (a provincial report's （1）…。（2）…。 flattened, probed); a paragraph opening with
    /// the next number in another form (（五） after （4）) is not its continuation.
    #[test]
    fn inline_list_going_on_in_the_next_paragraph() {
        let src = "三、2026年工作安排\n\
                   今年要继续办好“十件民生实事”。（1）开展职业技能培训30万人次。（2）新建供暖设施100所。\n\
                   （3）新建县域医疗次中心58个。（4）完成2.08万人搬迁任务。\n\
                   （五）推进法治建设，实现高质量发展。\n";
        assert_eq!(
            one_list_texts(src),
            [
                "开展职业技能培训30万人次",
                "新建供暖设施100所",
                "新建县域医疗次中心58个",
                "完成2.08万人搬迁任务"
            ]
        );
    }

    /// Item one enumerated in the heading's paragraph, the others opening paragraphs of
    /// their own (a page that broke the list before 二是, as a flattened PDF's line ends can):
    /// one list; with only item two after it, none (a list so begun needs three items).
    #[test]
    fn first_item_in_the_heading_paragraph_and_the_rest_after() {
        let src = "三、2026年工作安排\n\
                   办好十件民生实事。今年，我们广泛征求意见。一是新建学校20所，增加学位1万个。\n\
                   二是改造老旧小区100个。\n\
                   三是新增养老床位500张。四是建设口袋公园30个。\n\
                   各位代表，民生无小事。\n";
        assert_eq!(
            one_list_texts(src),
            [
                "新建学校20所，增加学位1万个",
                "改造老旧小区100个",
                "新增养老床位500张",
                "建设口袋公园30个"
            ]
        );
        let two = "三、2026年工作安排\n\
                   办好十件民生实事。今年，我们广泛征求意见。一是新建学校20所。\n\
                   二是改造老旧小区100个。\n\
                   各位代表，民生无小事。\n";
        assert_eq!(run(&cleaned(two)), [], "two items");
    }

    /// A page that set each sentence on a line of its own and rejoined them as paragraphs
    /// opening at 一是…: the sentence after the last item is the report going on, not the
    /// item's (three probed reports of 2026); items of a heading and its details keep them.
    /// A heading sentence of several clauses is titled by the clause naming the list.
    #[test]
    fn last_item_ends_like_the_others() {
        let src = "三、2026年工作安排\n\
                   悠悠万事，民生为大，今年要继续办好“十件民生实事”。\n\
                   一是新建学位2万个。\n二是改造养老服务中心100个。\n\
                   三是支持1万名高校毕业生到基层就业。\n\
                   四是实施100个社区儿童友好空间改造工程。民生无小事、枝叶总关情，我们将继续加力。\n";
        let ls = run(&cleaned(src));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].title, "今年要继续办好“十件民生实事”");
        let last = ls[0].items.last().unwrap();
        assert_eq!(last.text, "实施100个社区儿童友好空间改造工程");
        assert_eq!(last.quantities.len(), 1);
        assert_eq!(ls[0].span.end, last.span.end);
        assert!(src[..last.span.end].ends_with("改造工程。"));
        // Items of a heading and its details: the last keeps its second sentence.
        let details = src
            .replace("新建学位2万个。", "教育方面。新建学位2万个。")
            .replace(
                "改造养老服务中心100个。",
                "养老方面。改造养老服务中心100个。",
            );
        let ls = run(&cleaned(&details));
        assert!(ls[0].items.last().unwrap().text.ends_with("我们将继续加力"));
    }

    /// A sentence summing the list up (以上民生实事，我们将…) ends its last item, whatever the
    /// items' shape: Zhejiang 2025's ten fields of several sentences each, on a page of one
    /// sentence a line, glued it to the tenth. A 以上 naming no list stays the item's.
    #[test]
    fn a_summing_up_sentence_is_no_part_of_the_last_item() {
        let src = "三、2026年工作安排\n\
                   继续谋划实施好三方面民生实事。\n\
                   1.医疗卫生方面。为60岁以上老年人接种疫苗。配置AED达每10万人45台。\n\
                   2.养老帮困方面。新增护理员8000人。为70岁以上老年人购买保险。\n\
                   3.除险保安方面。加固海塘50公里。完成整治病险水库300座。\
                   以上民生实事，我们将定点定责、精心组织，把实事办实。\n";
        let ls = run(&cleaned(src));
        assert_eq!(ls.len(), 1, "{ls:?}");
        let last = ls[0].items.last().unwrap();
        assert_eq!(
            last.text,
            "除险保安方面。加固海塘50公里。完成整治病险水库300座"
        );
        assert_eq!(last.quantities.len(), 2, "{:?}", last.quantities);
        assert_eq!(ls[0].span.end, last.span.end);
        // Not a summary: 以上 of a figure, or naming no list.
        let kept = src.replace("以上民生实事，我们将", "以上设施，我们将");
        let ls = run(&cleaned(&kept));
        assert!(ls[0].items.last().unwrap().text.ends_with("把实事办实"));
    }

    /// A list written out after a colon in one sentence, parted by ； (or by ， without a ；),
    /// read when the pieces are as many as counted (two provincial reports of 2026, probed).
    #[test]
    fn lists_after_a_colon_in_one_sentence() {
        let src = "三、2026年工作安排\n\
                   各位代表！今年，我们将接续办好5件市级重点民生实事，包括：完成老旧小区改造600个；\
                   治理交通堵乱点60处；打造银发综合体50个；建成反诈工作站100个；实施农村供水工程500处。\n\
                   附件\n名词解释\n20.2026年3件民生实事：加大重点群体就业支持力度，提高困难群众生活保障标准，推进书香社会建设。\n";
        let ls = run(&cleaned(src));
        let got: Vec<(&str, usize)> = ls
            .iter()
            .map(|l| (l.title.as_str(), l.items.len()))
            .collect();
        assert_eq!(
            got,
            [
                ("我们将接续办好5件市级重点民生实事", 5),
                ("2026年3件民生实事", 3)
            ]
        );
        assert_eq!(ls[0].items[4].text, "实施农村供水工程500处");
        assert_eq!(ls[0].items[0].label, "");
        // A count the pieces do not match is no such list.
        let src = "三、2026年工作安排\n今年办好10件民生实事，包括：完成老旧小区改造600个；治理交通堵乱点60处；打造银发综合体50个。\n";
        assert!(run(&cleaned(src)).is_empty());
    }

    /// A list of unnumbered sentences of one shape after its heading sentence in the same
    /// paragraph (a provincial report of 2026, shortened): each item is a sentence opening
    /// alike whose first clause ends alike, its details the sentences up to the next; read
    /// only when they are exactly as many as the heading counts.
    #[test]
    fn lists_of_parallel_sentences() {
        let src = |count: &str, third: &str| {
            format!(
                "三、2026年重点工作\n\
                 （十）全心全意办好民生“头等大事”。深入推进“暖心民政”三年行动，筹措890亿元实施\
                 {count}为民办实事工程项目。筹措7亿元实施就业惠民工程，开展稳岗扩容提质行动。\
                 加强高技能人才培养。筹措280亿元实施社保惠民工程，继续提高城乡居民基础养老金。\
                 {third}，筑基村小、振兴县中。\n"
            )
        };
        let ls = run(&cleaned(&src("三大", "筹措133亿元实施科教惠民工程")));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].title, "筹措890亿元实施三大为民办实事工程项目");
        assert_eq!(
            item_texts(&ls[0]),
            [
                "筹措7亿元实施就业惠民工程，开展稳岗扩容提质行动",
                "筹措280亿元实施社保惠民工程，继续提高城乡居民基础养老金",
                "筹措133亿元实施科教惠民工程，筑基村小、振兴县中"
            ]
        );
        // The first item's details run to the next item.
        let first = &ls[0].items[0];
        assert!(cleaned(&src("三大", "筹措133亿元实施科教惠民工程"))
            .slice(first.span)
            .ends_with("加强高技能人才培养。"));
        // As many as counted, opening alike and ending their first clause alike.
        assert!(run(&cleaned(&src("十大", "筹措133亿元实施科教惠民工程"))).is_empty());
        assert!(run(&cleaned(&src("三大", "安排133亿元实施科教惠民工程"))).is_empty());
        assert!(run(&cleaned(&src("三大", "筹措133亿元支持科教事业发展"))).is_empty());
        // A word of introduction between the heading and the first item (one year adding
        // one must not lose the list), up to two sentences.
        let third = "筹措133亿元实施科教惠民工程";
        for intro in ["我们将定点定责。", "我们将定点定责。资金全部纳入预算。"]
        {
            let page = src("三大", third).replace(
                "工程项目。筹措7亿元",
                &format!("工程项目。{intro}筹措7亿元"),
            );
            let ls = run(&cleaned(&page));
            assert_eq!(ls.len(), 1, "{intro}: {ls:?}");
            assert_eq!(ls[0].items.len(), 3);
            assert!(ls[0].items[0].text.starts_with("筹措7亿元"), "{ls:?}");
        }
        let far = src("三大", third).replace(
            "工程项目。筹措7亿元",
            "工程项目。我们将定点定责。资金全部纳入预算。接受社会监督。筹措7亿元",
        );
        assert!(run(&cleaned(&far)).is_empty());
    }

    /// A run-in heading naming the projects, its paragraph's other sentences the items, with
    /// no numbers (a provincial report of 2026, shortened): read when the heading commits to
    /// 实事 by name, the sentences are short and most state a figure; not a field of work
    /// (民生工程), a review, long sentences, or a count the sentences are not.
    /// `text` in a work area opening with a run-in heading, on a paragraph of its own when
    /// `own_paragraph`.
    fn in_area(text: &str, own_paragraph: bool) -> String {
        let sep = if own_paragraph { "\n" } else { "" };
        format!("三、2026年重点工作\n（八）坚持民生为大，增进人民福祉。稳就业促增收。{sep}{text}\n")
    }

    #[test]
    fn lists_of_plain_sentences_after_a_run_in() {
        let para = |heading: &str, body: &str| in_area(&format!("{heading}{body}"), true);
        let body = "提高农村最低生活保障标准。为10万名残疾人提供基本康复服务。\
                    建设100个中小学校冰雪运动训练室（场）。实施100条客运班线公交化改造。";
        let ls = run(&cleaned(&para("扎实办好民生实事。", body)));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].title, "扎实办好民生实事");
        assert_eq!(
            item_texts(&ls[0]),
            [
                "提高农村最低生活保障标准",
                "为10万名残疾人提供基本康复服务",
                "建设100个中小学校冰雪运动训练室（场）",
                "实施100条客运班线公交化改造"
            ]
        );
        assert!(!run(&cleaned(&para("继续办好4件惠民实事。", body))).is_empty());
        for heading in [
            "落实落细民生工程。",
            "民生实事扎实推进。",
            "继续办好10件惠民实事。",
        ] {
            assert!(run(&cleaned(&para(heading, body))).is_empty(), "{heading}");
        }
        let long = format!("{body}推进长期护理保险制度建设，完善基本医疗保险、大病保险和医疗救助保障机制，关心关爱困难群体和特殊群体，切实办好群众身边的一件件小事实事。");
        assert!(run(&cleaned(&para("扎实办好民生实事。", &long))).is_empty());
        let few =
            "提高农村最低生活保障标准。大范围实施既有住宅加装电梯。实施100条客运班线公交化改造。";
        assert!(run(&cleaned(&para("扎实办好民生实事。", few))).is_empty());
        // A word of introduction in the speaker's voice is no item.
        let ls = run(&cleaned(&para(
            "扎实办好民生实事。",
            &format!("我们将定点定责、压实责任。{body}"),
        )));
        assert_eq!(item_texts(&ls[0])[0], "提高农村最低生活保障标准");
        assert_eq!(ls[0].items.len(), 4);
    }

    /// A word of introduction between a list's heading sentence and its first item, as a
    /// year may add one (…十方面民生实事。我们将定点定责。 then 1.…; 今年再办好3件民生实事。
    /// 我们将…。一是…): the list is read all the same when its heading counts the items and
    /// they are as many; two sentences at most.
    #[test]
    fn a_word_of_introduction_before_the_items() {
        let items = "1.医疗卫生方面。为老年人接种疫苗。\n2.养老帮困方面。新增护理员8000人。\n\
                     3.除险保安方面。加固海塘50公里。\n";
        let lead_in = |intro: &str, count: &str| {
            format!("三、2026年工作安排\n（八）增进民生福祉。坚持民生为大，继续谋划实施好{count}民生实事。{intro}\n{items}")
        };
        for intro in ["", "我们将定点定责。", "我们将定点定责。资金全部纳入预算。"]
        {
            let ls = run(&cleaned(&lead_in(intro, "三方面")));
            assert_eq!(ls.len(), 1, "{intro}: {ls:?}");
            assert_eq!(ls[0].items.len(), 3, "{intro}");
        }
        // Past a word of introduction, only a heading counting as many items as follow.
        let two = "我们将定点定责。资金全部纳入预算。";
        assert!(run(&cleaned(&lead_in("我们将定点定责。", "四方面"))).is_empty());
        assert!(run(&cleaned(&lead_in(&format!("{two}接受监督。"), "三方面"))).is_empty());
        let inner = |intro: &str, count: &str| {
            format!(
                "三、2026年工作安排\n（八）增进民生福祉。悠悠万事，民生为大。今年再办好{count}民生实事。\
                 {intro}一是为怀孕妇女提供免费产前筛查。二是帮扶3000余名残疾人就业。\
                 三是为既有住宅加装电梯600部。\n"
            )
        };
        for intro in ["", "我们将定点定责。"] {
            let ls = run(&cleaned(&inner(intro, "3件")));
            assert_eq!(ls.len(), 1, "{intro}: {ls:?}");
            assert_eq!(
                item_texts(&ls[0])[0],
                "为怀孕妇女提供免费产前筛查",
                "{intro}"
            );
        }
        assert!(run(&cleaned(&inner("我们将定点定责。", "5件"))).is_empty());
        assert!(run(&cleaned(&inner("我们将定点定责。", ""))).is_empty());
    }

    /// A list named in one clause before its count (a provincial report of 2026): the names
    /// parted by 、 are the items when they are as many as counted and the clause commits
    /// to them.
    #[test]
    fn lists_named_before_their_count() {
        let para = |sentence: &str| in_area(sentence, false);
        let ls = run(&cleaned(&para(
            "今年我们将扎实开展就业关爱帮扶、暖心护老、中小学生关爱、农村供水工程维修养护和\
             路网优化等四件民生实事，书写温暖人心的民生答卷！",
        )));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].title, "四件民生实事");
        assert_eq!(
            item_texts(&ls[0]),
            [
                "就业关爱帮扶",
                "暖心护老",
                "中小学生关爱",
                "农村供水工程维修养护和路网优化"
            ]
        );
        for sentence in [
            // As many names as counted, but no commitment: a review.
            "就业关爱帮扶、暖心护老、中小学生关爱、农村供水工程维修养护等四件民生实事全部完成。",
            // Fields, fewer than the projects counted.
            "继续实施就业、教育、医疗等二十件民生实事。",
            // A name that is a task, not a project's name.
            "扎实开展就业关爱帮扶、暖心护老、中小学生关爱、新建改建农村供水工程和乡村道路共计\
             1000公里以上等四件民生实事。",
        ] {
            assert!(run(&cleaned(&para(sentence))).is_empty(), "{sentence}");
        }
    }

    /// A work area whose heading names the projects without counting them: its 一是… are
    /// its tasks (a provincial report, probed); one that counts them heads a list.
    #[test]
    fn an_area_naming_the_projects_is_no_list() {
        let area = |heading: &str| {
            format!(
                "三、2026年重点工作\n{heading}\n\
                 一是深化就业增收工程。加力实施稳岗扩容行动，新增就业5万人。\n\
                 二是深化教育提质工程。实施立德树人工程，新建学校10所。\n\
                 三是深化医疗强基工程。实施健康优先战略，新建医院3所。\n"
            )
        };
        let uncounted = area("（六）着力办好民生实事，在全面提高人民生活品质上开新局");
        assert!(run(&cleaned(&uncounted)).is_empty());
        // Nor when its opening paragraph ends on a count the tasks are not.
        let more = area(
            "（六）着力办好民生实事，在全面提高人民生活品质上开新局。坚持把解决好群众急难愁盼问题\
             作为主要责任，重点办好45件民生实事。",
        );
        assert!(run(&cleaned(&more)).is_empty());
        let counted = area("（六）办好十件民生实事");
        let ls = run(&cleaned(&counted));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].items.len(), 3);
    }

    /// A list whose heading sentence stands inside an area's paragraph, items after it in the
    /// same paragraph, numbered 1．… or 一是…; not a review's passing mention, not two items,
    /// not decimals.
    #[test]
    fn lists_inside_a_paragraph() {
        let area = |rest: &str| format!("（二）保障民生。{rest}\n（三）加强安全。守牢底线。\n");
        let src = area(
            "今年，我们将继续办好十件民生实事：1.新建改建公办幼儿园20所；2.新增养老床位1000张；\
             3.改造老旧小区100个。",
        );
        let ls = run(&cleaned(&src));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].title, "我们将继续办好十件民生实事");
        let texts: Vec<_> = ls[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "新建改建公办幼儿园20所",
                "新增养老床位1000张",
                "改造老旧小区100个"
            ]
        );
        assert_eq!(ls[0].items[1].quantities[0].value, Some(1000.0));
        let src =
            area("办好十件民生实事：１．新建幼儿园20所；２．新增床位1000张；３．改造小区100个。");
        let ls = run(&CleanText::identity(&src));
        assert_eq!(ls.len(), 1, "full-width labels: {ls:?}");
        assert_eq!(ls[0].items[0].label, "１．");
        let src = area(
            "着力办好十项民生实事。一是新建幼儿园20所；二是新增床位1000张；三是改造小区100个。",
        );
        let ls = run(&cleaned(&src));
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].items[2].label, "三是");
        for rest in [
            // A review's mention: no commitment to the list.
            "十件民生实事全部完成。一是新建幼儿园20所；二是新增床位1000张；三是改造小区100个。",
            // Two items are too few inside a paragraph.
            "办好民生实事：1.新建幼儿园20所；2.新增床位1000张。",
            // Decimals and counts are no labels.
            "办好民生实事：投入1.5万元，惠及2.3万人，覆盖3.2万户。",
        ] {
            let ls = run(&cleaned(&area(rest)));
            assert!(ls.is_empty(), "{rest}: {ls:?}");
        }
    }

    /// 民生实事 lists broken by a page at every position read whole at nearly all of them:
    /// a heading inside an area's paragraph with inline items at all 50, numbered inline at 45
    /// of 50 (left: a cut before an item after its ；, which opens a paragraph of items), one
    /// item a line at 47 of 53 (left: a cut inside a label, 2|., or inside the heading).
    #[test]
    fn lists_broken_at_every_position() {
        let read = |text: &str| {
            run(&cleaned(text))
                .into_iter()
                .map(|l| {
                    let items: Vec<String> = l.items.into_iter().map(|i| i.text).collect();
                    (l.title, items)
                })
                .collect::<Vec<_>>()
        };
        let tail = "\n（二）扩大内需。实施重大项目200个。\n";
        for (head, list, most_broken) in [
            (
                "一、2026年工作安排\n（一）保障民生。",
                "办好十件民生实事。一是新建改建公办幼儿园20所；二是新增养老床位1000张；三是改造老旧小区100个。",
                0,
            ),
            (
                "一、2026年工作安排\n（一）保障民生。",
                "办好十件民生实事：1.新建改建公办幼儿园20所；2.新增养老床位1000张；3.改造老旧小区100个。",
                0,
            ),
            (
                // Left: a break inside the heading (办好十件 + 民生实事。).
                "一、2026年工作安排\n",
                "办好十件民生实事。\n1.新建改建公办幼儿园20所。\n2.新增养老床位1000张。\n3.改造老旧小区100个。",
                3,
            ),
        ] {
            let whole = read(&format!("{head}{list}{tail}"));
            assert_eq!(whole.len(), 1, "{whole:?}");
            assert_eq!(whole[0].1.len(), 3, "{whole:?}");
            let broken = list
                .char_indices()
                .skip(1)
                .filter(|&(i, _)| {
                    let text = format!("{head}{}\n{}{tail}", &list[..i], &list[i..]);
                    read(&text) != whole
                })
                .count();
            assert!(broken <= most_broken, "{list}: broken at {broken} positions");
        }
    }

    #[test]
    fn every_keyword_holds_min_or_shishi() {
        for k in KEYWORDS {
            assert!(k.contains('民') || k.contains("实事"), "{k}");
        }
    }

    #[test]
    fn other_names_of_the_list() {
        let src = "2026年十大民生工程\n（一）新建养老服务中心10个。\n（二）改造老旧小区50个。\n\
                   实施文化惠民工程，举办文化活动。\n\
                   扎实办好惠民实事：\n1、新增学位5000个；\n2、新建公园20个；\n";
        let ls = run(&cleaned(src));
        let titles: Vec<&str> = ls.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(titles, ["2026年十大民生工程", "扎实办好惠民实事"], "{ls:?}");
        assert!(ls.iter().all(|l| l.items.len() == 2));
    }

    /// A list grouped by category (一、就业增收类（2项） then 1.… 2.…): the items are the
    /// numbered lines, numbered on across the categories or afresh under each, and the
    /// categories are no parts of the report's outline.
    #[test]
    fn items_grouped_under_categories() {
        for (second, third) in [("3.", "4."), ("1.", "2.")] {
            let src = format!(
                "一、2025年工作回顾\n过去一年，我们扎实推进各项工作。\n二、2026年工作安排\n\
                 （一）扩大有效需求。实施重大项目500个。\n（二）办好民生实事。\n2026年省民生实事项目\n\
                 一、就业增收类（2项）\n1.新增城镇就业10万人以上。\n2.开展职业技能培训3万人次。\n\
                 二、教育类（2项）\n{second}新建公办幼儿园10所。\n{third}新增学位5000个。\n\
                 （三）加强政府自身建设。坚持依法行政。\n"
            );
            let c = cleaned(&src);
            let o = crate::outline::build(&c, Span::new(0, c.text.len()));
            let ls = lists(&c, &o);
            assert_eq!(ls.len(), 1, "{ls:?}");
            let texts: Vec<&str> = ls[0].items.iter().map(|i| i.text.as_str()).collect();
            assert_eq!(
                texts,
                [
                    "新增城镇就业10万人以上",
                    "开展职业技能培训3万人次",
                    "新建公办幼儿园10所",
                    "新增学位5000个"
                ]
            );
            let areas: Vec<&str> = o
                .iter()
                .filter(|s| s.kind == SectionKind::Area)
                .map(|s| s.title.as_str())
                .collect();
            assert_eq!(areas, ["扩大有效需求", "办好民生实事", "加强政府自身建设"]);
            assert!(o.iter().all(|s| !s.title.contains("类")), "{o:?}");
        }
        assert!(is_list_category("就业增收类（3项）"));
        assert!(is_list_category("教育类"));
        assert!(is_list_category("住房保障(二项)"));
        assert!(!is_list_category("2026年工作安排"));
        assert!(!is_list_category("新增城镇就业10万人（含高校毕业生）"));
    }

    /// A news page prints the items one a line with no numbers; the declared count says how
    /// many lines are items.
    #[test]
    fn unnumbered_items_as_many_as_declared() {
        let items = "新开工改造老旧小区120个。\n建设口袋公园30个、体育公园5座。\n\
                     为中小学生开展心理健康测评50万人次。\n加装农村公路安全护栏800公里。\n";
        let after = "今年还将深化改革，推动城市更新和产业转型，加快建设现代化产业体系。\n";
        let read = |head: &str| {
            let ls = run(&cleaned(&format!("{head}\n{items}{after}")));
            ls.iter()
                .map(|l| {
                    (
                        l.title.clone(),
                        l.items.iter().map(|it| it.text.clone()).collect(),
                    )
                })
                .collect::<Vec<(String, Vec<String>)>>()
        };
        for head in [
            "今年，我们将聚焦急难愁盼，接续办好4件重点民生实事。具体包括：",
            "今年将实施四项民生实事：",
        ] {
            let ls = read(head);
            assert_eq!(ls.len(), 1, "{head}: {ls:?}");
            assert_eq!(ls[0].1.len(), 4, "{head}");
            assert_eq!(ls[0].1[1], "建设口袋公园30个、体育公园5座");
        }
        assert!(read("今年将实施四项民生实事：")
            .iter()
            .all(|l| l.0 == "今年将实施四项民生实事"));
        // Circled numbers label items too, inline or one a line.
        for src in [
            "二、2026年工作安排\n（一）保障民生。办好十件民生实事：①新建公办幼儿园20所；②新增养老床位1000张；③改造老旧小区100个。\n",
            "二、2026年工作安排\n办好十件民生实事。\n①新建公办幼儿园20所。\n②新增养老床位1000张。\n③改造老旧小区100个。\n",
        ] {
            let ls = run(&cleaned(src));
            let labels: Vec<&str> = ls.iter().flat_map(|l| l.items.iter().map(|i| i.label.as_str())).collect();
            assert_eq!(labels, ["①", "②", "③"], "{src}");
        }
        // Zhejiang 2026's list, its items labelled ① or （一）, after the lead-in ending a
        // paragraph on a page with no indentation: the item lines open paragraphs, and a
        // counted lead-in that commits to the list heads items the outline reads as areas.
        for (one, two, three) in [("①", "②", "③"), ("（一）", "（二）", "（三）")] {
            let src = format!(
                "三、2026年重点工作\n（一）着力保障民生。加强民生建设，提高保障水平。\n\
                 各位代表！今年我们要坚持和完善为民办实事长效机制，继续认真办好三方面民生实事，\
                 坚决做到言必信、行必果。\n\
                 {one}医疗卫生方面。全省孕产妇产前检查费用零自付。\n\
                 {two}养老帮困方面。新增养老护理员1万人。\n\
                 {three}关爱儿童方面。为儿童免费开展孤独症筛查。\n"
            );
            let ls = run(&cleaned(&src));
            let labels: Vec<&str> = ls
                .iter()
                .flat_map(|l| l.items.iter().map(|i| i.label.as_str()))
                .collect();
            assert_eq!(labels, [one, two, three], "{src}");
            // Counted otherwise, the （一） paragraphs are the report's own areas.
            if one == "（一）" {
                let ten = src.replace("三方面", "十方面");
                assert!(run(&cleaned(&ten)).is_empty(), "{ten}");
            }
        }
        // Bare lines with no stop, when short.
        let bare = "今年将办好3件民生实事：\n新增城镇就业5万人以上\n新建公办幼儿园10所\n改造老旧小区100个\n";
        assert_eq!(run(&cleaned(bare)).first().map(|l| l.items.len()), Some(3));
        // Bulleted lines need no stop; the bullet is no part of the text.
        let bulleted = "今年将办好3件民生实事：\n●新增城镇就业5万人以上\n◆新建公办幼儿园10所\n——改造老旧小区100个\n";
        let ls = run(&cleaned(bulleted));
        let texts: Vec<&str> = ls
            .iter()
            .flat_map(|l| l.items.iter().map(|i| i.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                "新增城镇就业5万人以上",
                "新建公办幼儿园10所",
                "改造老旧小区100个"
            ]
        );
        // A count the lines do not reach, no count, a review's passing mention.
        for head in [
            "今年，我们将接续办好6件重点民生实事。具体包括：",
            "今年，我们将接续办好重点民生实事。具体包括：",
            "过去一年，4件民生实事全部完成。",
        ] {
            assert!(read(head).is_empty(), "{head}: {:?}", read(head));
        }
    }

    #[test]
    fn inline_and_paragraph_lists() {
        let src = "办好十件民生实事。今年我们广泛征求意见。一是新增公共车位1万个以上；二是改造街巷50条；三是新建足球场40个。\n\
                   民生实事全面完成。一是这不是清单。\n\
                   2025年省十件民生实事\n1. 为老年人提供服务。\n2. 提升教育水平。\n各位代表，谢谢。\n";
        for clean in [cleaned(src), CleanText::identity(src)] {
            let ls = run(&clean);
            assert_eq!(ls.len(), 2, "{ls:?}");
            assert_eq!(ls[0].title, "办好十件民生实事");
            let texts: Vec<&str> = ls[0].items.iter().map(|i| i.text.as_str()).collect();
            assert_eq!(
                texts,
                ["新增公共车位1万个以上", "改造街巷50条", "新建足球场40个"]
            );
            assert_eq!(ls[0].items[2].label, "三是");
            assert_eq!(ls[1].title, "2025年省十件民生实事");
            assert_eq!(ls[1].items.len(), 2);
            assert_eq!(ls[1].items[0].label, "1.");
            assert_eq!(ls[1].items[1].text, "提升教育水平");
            for l in &ls {
                for it in &l.items {
                    assert!(clean.slice(it.span).contains(&it.text));
                }
            }
        }
    }

    #[test]
    fn seed_lists_have_ten_items() {
        for (file, first, last) in [
            (
                "taiyuan-2025-government-work-report.txt",
                "以学校、医院、商圈为重点，新增公共车位1万个以上",
                "改造完善100个标准化社会单位、社区微型消防站，提升基层抗御火灾能力",
            ),
            (
                "taiyuan-2026-government-work-report.txt",
                "系统治理“停车难、停车贵”",
                "开通市区一爨坝公交线路，实现“三县一市”公交全覆盖",
            ),
        ] {
            let Some(src) = read_seed(file) else { continue };
            for clean in [cleaned(&src), CleanText::identity(&src)] {
                let ls = run(&clean);
                assert_eq!(
                    ls.len(),
                    1,
                    "{file}: {:?}",
                    ls.iter().map(|l| &l.title).collect::<Vec<_>>()
                );
                let l = &ls[0];
                assert_eq!(l.title, "办好十件民生实事");
                assert_eq!(l.items.len(), 10, "{file}");
                assert!(
                    l.items[0].text.starts_with(first),
                    "{file}: {}",
                    l.items[0].text
                );
                // The cleaned text writes the seed's ASCII commas full-width; the raw one not.
                assert_eq!(
                    crate::text::fold(&l.items[9].text),
                    crate::text::fold(last),
                    "{file}"
                );
                assert_eq!(l.items[9].label, "十是");
            }
        }
    }

    #[test]
    fn guangdong_appendix_list() {
        let Some(src) = read_corpus("guangdong-2025.txt") else {
            return;
        };
        let ls = run(&cleaned(&src));
        // Once inline in the body (一是…十是), once as the appendix 附件1 (一、…十、).
        assert_eq!(
            ls.len(),
            2,
            "{:?}",
            ls.iter().map(|l| &l.title).collect::<Vec<_>>()
        );
        assert_eq!(ls[0].items.len(), 10);
        assert_eq!(ls[0].items[0].label, "一是");
        assert_eq!(ls[1].title, "2025年省十件民生实事");
        assert_eq!(ls[1].items.len(), 10);
        assert_eq!(ls[1].items[0].label, "一、");
        for l in &ls {
            assert!(l.items[0].text.starts_with("为老年人提供健康管理"));
            assert!(l.items[9]
                .text
                .starts_with("为青少年提供更加普惠专业的心理健康服务"));
        }
    }

    #[test]
    fn items_with_detail_paragraphs() {
        let src = "各位代表，让我们团结奋斗！\n附件1\n2026年省十件民生实事\n坚持民生为大。\n一、提高低保标准。\n农村低保标准提高到80%以上。\n\
                   二、建立长期护理保险制度。\n为重度失能人员提供照料。\n三、提升普通高中办学条件。\n新建一批高中。\n附件2\n名词解释\n";
        let clean = cleaned(src);
        let ls = run(&clean);
        assert_eq!(ls.len(), 1, "{ls:?}");
        let texts: Vec<&str> = ls[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "提高低保标准",
                "建立长期护理保险制度",
                "提升普通高中办学条件"
            ]
        );
        assert!(clean.slice(ls[0].items[2].span).ends_with("新建一批高中。"));
        assert!(!clean.slice(ls[0].span).contains("名词解释"));
    }

    /// Items written one paragraph each, one of them broken after a sentence: the rest of
    /// the item stands between two items and belongs to the first; the list goes on.
    #[test]
    fn broken_item_paragraph_between_items() {
        let src = "附件1\n2025年省十件民生实事\n一、提升养老服务水平。新增床位1万张。\n\
                   二、提升特殊教育经费保障标准。\n惠及残疾学生超7.6万名。\n\
                   三、扎实推进生活污水治理。新增管网1000公里。\n附件2\n名词解释\n";
        let clean = cleaned(src);
        let ls = run(&clean);
        assert_eq!(ls.len(), 1, "{ls:?}");
        assert_eq!(ls[0].items.len(), 3, "{ls:?}");
        assert!(clean
            .slice(ls[0].items[1].span)
            .ends_with("惠及残疾学生超7.6万名。"));
    }

    #[test]
    fn labels() {
        assert_eq!(item_label("1. 文"), Some((1, 2)));
        assert_eq!(item_label("12、文"), Some((12, 5)));
        assert_eq!(item_label("（三）文"), Some((3, 9)));
        assert_eq!(item_label("(2)文"), Some((2, 3)));
        assert_eq!(item_label("十一、文"), Some((11, 9)));
        assert_eq!(item_label("三.文"), Some((3, 4)));
        assert_eq!(item_label("十．文"), Some((10, 6)));
        assert_eq!(item_label("2025年"), None);
        assert_eq!(item_label("文"), None);
    }
}
