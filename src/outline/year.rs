//! The year a report plans for (报告年份), told from its headings and dates.
//!
//! Why: `diff` pairs reports by year and labels columns with it; newspaper pages and scraped
//! copies often lack a title, so several clues are weighed together:
//! - the work-plan part heading, `二、2025年工作安排`, `三、2025年政府工作任务`,
//!   `二、“十五五”时期目标任务和2026年工作安排` (weight 5);
//! - the delivery line `——2024年3月5日在…人民代表大会…` (also when a title block broke it
//!   before 人民代表大会), or a CPPCC document's adoption line `（2025年2月26日政协…会议通过）`,
//!   and a title `2025年…政府工作报告` (weight 4);
//! - the review heading `一、2024年工作回顾` (the year after it, weight 3);
//! - `今年是“十四五”规划收官之年` and similar five-year-plan milestones (weight 2), also with
//!   the year named (`2026年是“十五五”开局之年`; the year after it when the sentence opens a
//!   look back: `2025年是“十四五”收官之年。一年来…`), and a review's opening on the year it
//!   looks back on (`2022年是党和国家历史上极为重要的一年`, 很不平凡的一年: the year after it);
//! - a news page's dateline in January to March, `2025-01-19 10:47` (weight 1).
//!
//! The year with the most weight wins; `None` when no clue is found.

use std::collections::BTreeMap;

use crate::text::digit_value;

/// Keywords of a work-plan heading (工作安排).
const PLAN: &[&str] = &[
    "工作安排",
    "工作任务",
    "重点工作",
    "总体要求",
    "主要任务",
    "工作建议",
    "政策取向",
    "目标任务",
    "主要工作",
];

/// Five-year plans and their first year (五年规划).
const PLANS: &[(&str, i32)] = &[
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十六五", 2031),
];

/// Words a review opens on when it names the year it looks back on (2025年是很不平凡的一年);
/// a plan says 关键一年, and either may say 重要的一年.
const LOOKED_BACK: &[&str] = &["不平凡", "不寻常", "难忘"];

/// The year the report plans for; see the module doc.
pub fn detect_year(text: &str) -> Option<i32> {
    let mut votes: BTreeMap<i32, u32> = BTreeMap::new();
    let mut lines = text.lines().enumerate().peekable();
    // Whether the line before was a review's heading (一、过去一年和五年工作回顾).
    let mut after_review_heading = false;
    while let Some((k, raw)) = lines.next() {
        let line = raw.trim_matches(|c: char| {
            c.is_whitespace() || c == '\u{3000}' || c == '*' || c == '#' || c == '\u{200b}'
        });
        if line.is_empty() {
            continue;
        }
        let short = line.chars().count() <= 60 && !line.contains('。');
        let years = years_in(line);
        if short {
            if let Some(&y) = years.last() {
                if line.contains("回顾") || line.contains("总结") {
                    *votes.entry(y + 1).or_default() += 3;
                } else if PLAN.iter().any(|p| line.contains(p)) {
                    *votes.entry(y).or_default() += 5;
                } else if line.contains("政府工作报告") {
                    *votes.entry(y).or_default() += 4;
                }
            }
        }
        // The delivery date near the top: ——2024年3月5日在第十四届全国人民代表大会…; for a
        // CPPCC document, its adoption: （2025年2月26日政协…委员会第四次会议通过）.
        let names_session = |l: &str| {
            l.contains("人民代表大会")
                || l.contains("政治协商会议")
                || (l.contains("政协") && l.contains("会议"))
        };
        // A title block may break the delivery line: ——2026年1月26日在广东省第十四届 /
        // 人民代表大会第五次会议上.
        let session = names_session(line)
            || line.starts_with(['—', '-'])
                && lines.peek().is_some_and(|&(_, next)| names_session(next));
        if k < 40 && session && line.contains('月') {
            if let Some(&y) = years.first() {
                *votes.entry(y).or_default() += 4;
            }
        }
        // A news page's dateline near the top in the months of the sessions (2025-01-19
        // 10:47 来源：…): the weakest clue, for a page that has no other.
        if k < 40 {
            if let Some(y) = session_dateline(line) {
                *votes.entry(y).or_default() += 1;
            }
        }
        // The first 今年是 of each sentence (sentences end at 。！!).
        let mut last_sentence: Option<usize> = None;
        for i in find_all(line, "今年是") {
            let start = line[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| is_sentence_break(c))
                .map_or(0, |(k, c)| k + c.len_utf8());
            if last_sentence == Some(start) {
                continue;
            }
            last_sentence = Some(start);
            let end = line[i..]
                .find(is_sentence_break)
                .map_or(line.len(), |k| i + k);
            if let Some(y) = milestone_year(&line[i..end]) {
                *votes.entry(y).or_default() += 2;
            }
        }
        // 2026年是“十五五”开局之年 (a page without its title block, Fujian 2026): a year named
        // with a five-year plan's milestone is the plan's year, or, when the sentence opens a
        // look back (2025年是“十四五”收官之年。一年来，…), the year before it.
        for i in find_all(line, "年是") {
            // The four digits right before 年 (years_in reads them; a 年 of no year is skipped).
            let digits = line[..i].chars().rev().take(5).collect::<Vec<char>>();
            let four = digits.len() >= 4
                && digits[..4].iter().all(|&c| digit_value(c).is_some())
                && digits.get(4).is_none_or(|&c| digit_value(c).is_none());
            let Some(y) = years_in(&line[..i + "年".len()])
                .last()
                .copied()
                .filter(|_| four)
            else {
                continue;
            };
            let end = line[i..]
                .find(is_sentence_break)
                .map_or(line.len(), |k| i + k);
            let sentence = &line[i..end];
            let milestone = PLANS.iter().any(|(name, _)| sentence.contains(name))
                && ["开局", "起步", "收官", "最后一年"]
                    .iter()
                    .any(|w| sentence.contains(w));
            // 2025年是很不平凡的一年, or 2022年是党和国家历史上极为重要的一年 right under a
            // review's heading (national 2023 without its title block): the year a review
            // opens on.
            let looked_back = !milestone
                && sentence
                    .trim_end_matches(['。', '！', '!'])
                    .ends_with("一年")
                && (after_review_heading || LOOKED_BACK.iter().any(|w| sentence.contains(w)));
            if looked_back {
                *votes.entry(y + 1).or_default() += 2;
                continue;
            }
            if !milestone {
                continue;
            }
            let after = line[end..].trim_start_matches(['。', '！', '!']);
            let review = ["一年来", "过去一年", "这一年"]
                .iter()
                .any(|w| after.starts_with(w));
            *votes.entry(if review { y + 1 } else { y }).or_default() += 2;
        }
        after_review_heading = short && line.contains("回顾");
    }
    votes
        .into_iter()
        .max_by_key(|&(y, w)| (w, y))
        .map(|(y, _)| y)
}

/// The year a 今年是… sentence names through a five-year-plan milestone (开局/收官) or
/// directly (今年是2025年).
fn milestone_year(s: &str) -> Option<i32> {
    if let Some(&y) = years_in(s).first() {
        return Some(y);
    }
    for (name, first) in PLANS {
        if let Some(i) = s.find(name) {
            let after = &s[i..];
            if after.contains("开局") || after.contains("起步") {
                return Some(*first);
            }
            if after.contains("收官") || after.contains("最后一年") {
                return Some(first + 4);
            }
        }
    }
    None
}

/// The year of an ISO date (2025-01-19) opening `line` in January to March, when reports
/// are delivered and news of them is published.
fn session_dateline(line: &str) -> Option<i32> {
    let b = line.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|_| line.get(r)?.parse::<i32>().ok())
    };
    let year = digits(0..4)?;
    let month = (b.get(4) == Some(&b'-')).then(|| digits(5..7)).flatten()?;
    ((1949..=2100).contains(&year) && (1..=3).contains(&month) && b.get(7) == Some(&b'-'))
        .then_some(year)
}

/// Where a 今年是 sentence ends.
fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '！' | '!')
}

/// Byte positions of every occurrence of `needle` in `s` (found from its first character,
/// a fast single-character search, so no substring searcher is built per line).
fn find_all<'a>(s: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let first = needle.chars().next().unwrap_or('\0');
    s.match_indices(first)
        .map(|(i, _)| i)
        .filter(move |&i| s[i..].starts_with(needle))
}

/// Four-digit years (ASCII or full-width digits, or numerals written digit by digit: 二〇二五年)
/// followed by 年, 1949–2100, and not preceded by another digit (12025年 is no year).
pub(crate) fn years_in(s: &str) -> Vec<i32> {
    // A digit of a year: a figure, or a numeral of a year written digit by digit (二〇二五年).
    fn year_digit(c: char) -> Option<u32> {
        digit_value(c).or_else(|| crate::text::year_numeral_digit(c))
    }
    let mut out = Vec::new();
    for (at, _) in s.match_indices('年') {
        let mut before = s[..at].chars().rev();
        let mut y = 0i32;
        let mut scale = 1i32;
        let mut ok = true;
        for _ in 0..4 {
            match before.next().and_then(year_digit) {
                Some(d) => {
                    y += d as i32 * scale;
                    scale *= 10;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && before.next().is_none_or(|c| year_digit(c).is_none()) && (1949..=2100).contains(&y)
        {
            out.push(y);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A news page with no heading or delivery line: its dateline in the session months
    /// tells the year, and any stronger clue outweighs it.
    #[test]
    fn a_news_pages_dateline() {
        let page = "重庆将接续办好15件重点民生实事\n2025-01-19 10:47:47 来源：某网\n正文。";
        assert_eq!(detect_year(page), Some(2025));
        assert_eq!(
            detect_year("某新闻\n2025-09-19 10:47 来源：某网\n正文。"),
            None
        );
        assert_eq!(
            detect_year("2026-01-19 来源：某网\n一、2024年工作回顾\n二、2025年工作安排\n"),
            Some(2025)
        );
        assert_eq!(session_dateline("2025-1-19"), None);
    }

    #[test]
    fn headings_and_milestones() {
        assert_eq!(
            detect_year("（上接第1版）\n二、2025年工作安排\n今年是“十四五”规划收官之年。"),
            Some(2025)
        );
        assert_eq!(
            detect_year("二、“十五五”时期目标任务和2026年工作安排\n"),
            Some(2026)
        );
        assert_eq!(detect_year("一、2023年工作回顾\n正文。"), Some(2024));
        assert_eq!(detect_year("今年是“十五五”开局之年。"), Some(2026));
        assert_eq!(detect_year("２０２４年政府工作报告"), Some(2024));
        assert_eq!(detect_year("没有年份的文字。"), None);
        assert_eq!(detect_year(""), None);
        assert_eq!(years_in("12025年与2024年"), vec![2024]);
        assert_eq!(
            years_in("２０２４年、2025年2026年；1948年"),
            vec![2024, 2025, 2026]
        );
        assert_eq!(years_in("年2025年x20245年"), vec![2025]);
        // Numerals written digit by digit, as on a cover (二〇二五年一月) or in a transcript.
        assert_eq!(years_in("二〇二五年一月，到二零三五年"), vec![2025, 2035]);
        assert_eq!(years_in("一二〇二五年、十二五年"), Vec::<i32>::new());
        assert_eq!(detect_year("二、二〇二六年工作安排"), Some(2026));
    }

    /// The character-window scan `years_in` replaced.
    fn years_by_windows(s: &str) -> Vec<i32> {
        let cs: Vec<char> = s.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 4 < cs.len() + 1 {
            let ds: Vec<u32> = cs[i..(i + 4).min(cs.len())]
                .iter()
                .filter_map(|&c| digit_value(c))
                .collect();
            let before = i
                .checked_sub(1)
                .and_then(|j| cs.get(j))
                .is_some_and(|&c| digit_value(c).is_some());
            if ds.len() == 4 && !before && cs.get(i + 4) == Some(&'年') {
                let y = ds.iter().fold(0, |a, d| a * 10 + *d as i32);
                if (1949..=2100).contains(&y) {
                    out.push(y);
                }
                i += 5;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn years_agree_with_the_window_scan() {
        let mut texts = vec![
            "2024年2025年 12025年 ２０２６年１９４８年 年年 3000年 1949年2100年2101年".to_string(),
        ];
        for f in ["national-2024.txt", "sichuan-2025.txt", "zhejiang-2026.txt"] {
            let path = format!("{}/../shared/corpus/{f}", env!("CARGO_MANIFEST_DIR"));
            if let Ok(t) = std::fs::read_to_string(path) {
                texts.push(t);
            }
        }
        for t in &texts {
            for line in t.lines() {
                assert_eq!(years_in(line), years_by_windows(line), "{line}");
            }
        }
    }

    #[test]
    fn first_milestone_of_each_sentence_counts() {
        // Two sentences on one line: both vote for 2026 (2 + 2 beat the review's 3).
        assert_eq!(
            detect_year("一、2024年工作回顾\n今年是2026年。今年是“十五五”开局之年！"),
            Some(2026)
        );
        // One sentence: only its first 今年是 votes (2 < 3).
        assert_eq!(
            detect_year("一、2024年工作回顾\n今年是2026年，今年是“十五五”开局之年。"),
            Some(2025)
        );
    }

    /// Every report of the seeds and corpus read from its first part heading on (a page that
    /// lost its title block and delivery line) tells the same year as the whole file: a
    /// milestone (2026年是“十五五”开局之年), a review's year (2022年是…极为重要的一年), a
    /// part title (2025年工作安排). When this was written all 26 reports of the corpus and
    /// both seed reports did; national 2023 told none before its review's first sentence
    /// counted.
    #[test]
    fn reports_without_their_title_block_tell_their_year() {
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"),
        ];
        let mut read = 0;
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else {
                eprintln!("{dir} absent; skipping");
                continue;
            };
            for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
                let name = path.display().to_string();
                let is_report = name.ends_with(".txt")
                    && (name.contains("government-work-report") || name.contains("/corpus/"));
                let Some(text) = is_report
                    .then(|| std::fs::read_to_string(&path).ok())
                    .flatten()
                else {
                    continue;
                };
                // The seeds, newspaper pages, start at 二、.
                let Some(first_part) = text.lines().position(|l| {
                    ["一、", "二、"]
                        .iter()
                        .any(|p| l.trim_start().starts_with(p))
                }) else {
                    continue;
                };
                let body: String = text.lines().skip(first_part).collect::<Vec<_>>().join("\n");
                assert_eq!(detect_year(&body), detect_year(&text), "{name}");
                read += 1;
            }
        }
        assert!(read >= 2, "the seeds are bundled");
    }

    #[test]
    fn seeds_and_national() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let cases = [
            (
                format!("{seeds}/taiyuan-2025-government-work-report.txt"),
                2025,
            ),
            (
                format!("{seeds}/taiyuan-2026-government-work-report.txt"),
                2026,
            ),
            (format!("{corpus}/national-2021.txt"), 2021),
            (format!("{corpus}/national-2022.txt"), 2022),
            (format!("{corpus}/national-2023.txt"), 2023),
            (format!("{corpus}/national-2024.txt"), 2024),
            (format!("{corpus}/national-2024-alt.txt"), 2024),
            (format!("{corpus}/national-2025.txt"), 2025),
            (format!("{corpus}/zhejiang-2026.txt"), 2026),
            (format!("{corpus}/sichuan-2025.txt"), 2025),
        ];
        for (path, year) in cases {
            let Ok(text) = std::fs::read_to_string(&path) else {
                eprintln!("{path} absent; skipping");
                continue;
            };
            assert_eq!(detect_year(&text), Some(year), "{path}");
        }
    }
}
