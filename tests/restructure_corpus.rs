//! Areas restructured between two years align as they were restructured: every seed and
//! corpus report against itself with two of its work areas swapped (扩大内需 third one year,
//! first the next), with two merged into one (8 areas become 7), and with one split in two
//! (7 become 8). The expectations are what a reader of the two texts knows by construction:
//! a swapped area pairs with itself and is marked moved, a merged one pairs with the area it
//! went into as `merged`, a split one with both halves as `split`, and the commitments, which
//! did not change, pair unchanged. And one figure of a commitment raised (新建800套 →
//! 新建960套) is that commitment changed with one figure raised, nothing else. Skipped for the
//! corpus when `../shared/corpus` is absent.

mod common;

use common::{corpus_present, reports};
use govdiff::model::diff::{CommitmentPair, Comparison, Direction, ItemStatus, SectionStatus};
use govdiff::model::{Report, SectionKind, Span};
use govdiff::pipeline::{parse_bytes, ParseOptions};

fn parse(name: &str, text: &str) -> Report {
    parse_bytes(name, text.as_bytes(), &ParseOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

const NUMERALS: [&str; 15] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五",
];

/// A run of three or more sibling areas labelled （一）, （二）, … in order, each heading
/// opening its line and the next area starting on the line after the last one's end.
struct Group {
    /// Each area's heading and whole span in the cleaned text.
    areas: Vec<(Span, Span)>,
}

fn groups(r: &Report) -> Vec<Group> {
    let t = &r.clean.text;
    let mut out: Vec<Group> = Vec::new();
    let mut cur: Vec<(usize, Span, Span)> = Vec::new();
    for s in r.outline.iter().filter(|s| s.kind == SectionKind::Area) {
        let n = cur.len();
        let numeral = NUMERALS.get(n).copied().unwrap_or("?");
        let label_ok = [format!("（{numeral}）"), format!("({numeral})")].contains(&s.label);
        let line_start = s.heading.start == 0 || t[..s.heading.start].ends_with('\n');
        let follows = cur.last().is_some_and(|&(parent, _, last)| {
            Some(parent) == s.parent && t[last.end..s.span.start].trim().is_empty()
        });
        if label_ok && line_start && (n == 0 || follows) {
            cur.push((s.parent.unwrap_or(0), s.heading, s.span));
            continue;
        }
        if cur.len() >= 3 {
            out.push(Group {
                areas: cur.iter().map(|&(_, h, s)| (h, s)).collect(),
            });
        }
        cur.clear();
        if ["（一）", "(一)"].contains(&s.label.as_str()) && line_start {
            cur.push((s.parent.unwrap_or(0), s.heading, s.span));
        }
    }
    if cur.len() >= 3 {
        out.push(Group {
            areas: cur.iter().map(|&(_, h, s)| (h, s)).collect(),
        });
    }
    out
}

/// `text` (an area's, opening with its label （…） or (…)) labelled with number `n`
/// (1-based).
fn relabel(text: &str, n: usize) -> String {
    let open = if text.starts_with('(') { "(" } else { "（" };
    let close = text.find(['）', ')']).expect("a bracketed label");
    format!("{open}{}{}", NUMERALS[n - 1], &text[close..])
}

/// Whether `line` opens with an area label: （一）, (十二), or （?） for one to be numbered.
fn opens_with_area_label(line: &str) -> bool {
    let Some(rest) = line.strip_prefix(['（', '(']) else {
        return false;
    };
    let Some(close) = rest.find(['）', ')']) else {
        return false;
    };
    let inner = &rest[..close];
    inner == "?" || (!inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// The text with the group's areas in the order `order` (indices), each area's text given
/// by `edit` (from its old index and text), numbered in sequence: each line of it that opens
/// with an area label (an edit may add one as （?）) takes the next number; a text with none
/// (a body merged into the area before) takes none.
fn rebuild(t: &str, g: &Group, order: &[usize], edit: impl Fn(usize, &str) -> String) -> String {
    let first = g.areas[0].1.start;
    let last = g.areas[g.areas.len() - 1].1.end;
    let mut out = String::from(&t[..first]);
    let mut n = 0;
    for &k in order {
        let text = edit(k, &t[g.areas[k].1.start..g.areas[k].1.end]);
        if !out.ends_with('\n') {
            out.push('\n');
        }
        for line in text.trim_end().split('\n') {
            if opens_with_area_label(line) {
                n += 1;
                out.push_str(&relabel(line, n));
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    out.push_str(t[last..].trim_start_matches('\n'));
    out
}

/// Titles (label removed) of the old and new sides of each section row with `status`.
fn rows(c: &Comparison, status: SectionStatus) -> Vec<(String, String, bool)> {
    let bare = |t: &str| t.split_once(' ').map_or(t, |(_, b)| b).to_string();
    c.sections
        .iter()
        .filter(|s| s.status == status)
        .filter_map(|s| {
            Some((
                bare(&s.old.as_ref()?.title),
                bare(&s.new.as_ref()?.title),
                s.moved,
            ))
        })
        .collect()
}

/// Commitments of the pair that did not stay unchanged.
fn commitments_not_unchanged(c: &Comparison) -> usize {
    c.commitments
        .iter()
        .filter(|p| p.status != ItemStatus::Unchanged)
        .count()
}

fn title(r: &Report, heading: Span) -> String {
    r.outline
        .iter()
        .find(|s| s.heading == heading)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

#[test]
fn swapped_areas_pair_with_themselves_and_are_moved() {
    let mut swaps = 0;
    for (name, text) in reports() {
        let r = parse(&name, &text);
        let t = &r.clean.text;
        for g in groups(&r) {
            // Two areas in the middle (the last one's end is where the part's coda starts).
            let k = g.areas.len() / 2 - 1;
            let mut order: Vec<usize> = (0..g.areas.len()).collect();
            order.swap(k, k + 1);
            let swapped = parse(&name, &rebuild(t, &g, &order, |_, s| s.to_string()));
            let c = govdiff::diff::compare(&r, &swapped);
            for j in [k, k + 1] {
                let want = title(&r, g.areas[j].0);
                let got: Vec<_> = c
                    .sections
                    .iter()
                    .filter(|s| s.old.as_ref().is_some_and(|o| o.title.ends_with(&want)))
                    .collect();
                assert!(
                    got.len() == 1
                        && got[0]
                            .new
                            .as_ref()
                            .is_some_and(|n| n.title.ends_with(&want)),
                    "{name}: {want} → {got:?}"
                );
            }
            assert_eq!(c.summary.sections_moved, 1, "{name}: {:?}", c.sections);
            assert_eq!(commitments_not_unchanged(&c), 0, "{name}");
            assert_eq!(c.summary.commitments_moved, 0, "{name}");
            swaps += 1;
        }
    }
    assert!(swaps >= if corpus_present() { 20 } else { 1 }, "{swaps}");
}

#[test]
fn merged_areas_pair_as_merged() {
    let mut merges: usize = 0;
    let mut lost = 0;
    let mut total = 0;
    for (name, text) in reports() {
        let r = parse(&name, &text);
        let t = &r.clean.text;
        for g in groups(&r) {
            let k = g.areas.len() / 2 - 1;
            let order: Vec<usize> = (0..g.areas.len()).collect();
            // Area k + 1 loses its heading; its body follows area k's.
            let merged = rebuild(t, &g, &order, |j, s| {
                let (h, whole) = g.areas[j];
                if j == k + 1 {
                    t[h.end..whole.end]
                        .trim_start_matches(['。', '\n'])
                        .to_string()
                } else {
                    s.to_string()
                }
            });
            let m = parse(&name, &merged);
            let c = govdiff::diff::compare(&r, &m);
            let (into, gone) = (title(&r, g.areas[k].0), title(&r, g.areas[k + 1].0));
            assert!(
                rows(&c, SectionStatus::Merged)
                    .iter()
                    .any(|(o, n, _)| *o == gone && *n == into),
                "{name}: {gone} into {into}: {:?}",
                c.sections
            );
            lost += commitments_not_unchanged(&c);
            total += r.commitments.len();
            merges += 1;
        }
    }
    assert!(merges >= if corpus_present() { 20 } else { 1 }, "{merges}");
    // A heading's loss may turn the merged body's first short sentence into a run-in heading
    // of the area it joined (and so no commitment): one in ten merges at most, rounded up
    // (the seeds alone: 1 in 7 merges). Before the run-ins of a paragraph continuing an
    // area's body were read, 15 of 20 020 changed in 55 merges.
    assert!(
        lost <= merges.div_ceil(10),
        "{lost} of {total} in {merges} merges"
    );
}

#[test]
fn a_split_area_pairs_with_both_halves() {
    let mut splits = 0;
    for (name, text) in reports() {
        let r = parse(&name, &text);
        let t = &r.clean.text;
        for g in groups(&r) {
            // The first area of four or more paragraphs whose middle paragraph opens a line
            // of its own text.
            let Some((k, at)) = (0..g.areas.len()).find_map(|k| {
                let (h, whole) = g.areas[k];
                let lines: Vec<usize> = t[h.end..whole.end]
                    .match_indices('\n')
                    .map(|(i, _)| h.end + i + 1)
                    .filter(|&i| i < whole.end)
                    .collect();
                (lines.len() >= 3).then(|| (k, lines[lines.len() / 2]))
            }) else {
                continue;
            };
            let new_title = "统筹推进新设领域各项重点工作";
            let order: Vec<usize> = (0..g.areas.len()).collect();
            // Area k's paragraphs from `at` on go under a new heading after it.
            let split = rebuild(t, &g, &order, |j, s| {
                if j == k {
                    let cut = at - g.areas[k].1.start;
                    let open = if s.starts_with('(') { "(?)" } else { "（?）" };
                    format!("{}{open}{new_title}\n{}", &s[..cut], &s[cut..])
                } else {
                    s.to_string()
                }
            });
            let s = parse(&name, &split);
            let c = govdiff::diff::compare(&r, &s);
            let old = title(&r, g.areas[k].0);
            let halves: Vec<_> = rows(&c, SectionStatus::Split)
                .into_iter()
                .filter(|(o, _, _)| *o == old)
                .map(|(_, n, _)| n)
                .collect();
            assert!(
                halves.contains(&old) && halves.iter().any(|h| h == new_title),
                "{name}: {old} → {halves:?}: {:?}",
                c.sections
            );
            // No commitment of the old report is lost in the split.
            assert_eq!(c.summary.commitments_removed, 0, "{name}");
            splits += 1;
        }
    }
    assert!(splits >= if corpus_present() { 10 } else { 1 }, "{splits}");
}

/// Every seed and corpus report, read from its text as cleaned (so that an edit made in the
/// cleaned text is the only difference the edited report has).
fn cleaned_reports() -> impl Iterator<Item = (String, Report)> {
    reports().into_iter().map(|(name, text)| {
        let report = parse(&name, &govdiff::ingest::clean(&text).text);
        (name, report)
    })
}

/// The commitment rows that did not stay unchanged when `old` is compared with its text
/// edited to `edited`.
fn touched_rows(name: &str, old: &Report, edited: &str) -> Vec<CommitmentPair> {
    govdiff::diff::compare(old, &parse(name, edited))
        .commitments
        .into_iter()
        .filter(|p| p.status != ItemStatus::Unchanged)
        .collect()
}

/// A figure's text with its first number raised: by 0.5 when it has decimals (2.96 → 3.46),
/// by one below 5, else by a fifth (800 → 960).
fn raised(figure: &str) -> Option<String> {
    let start = figure.find(|c: char| c.is_ascii_digit())?;
    let len = figure[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(figure.len() - start);
    let number = figure[start..start + len].trim_end_matches('.');
    let new = match number.split_once('.') {
        Some((_, decimals)) => {
            let v: f64 = number.parse().ok()?;
            format!("{:.*}", decimals.len(), v + 0.5)
        }
        None => {
            let v: u64 = number.parse().ok()?;
            (if v < 5 { v + 1 } else { (v * 6).div_ceil(5) }).to_string()
        }
    };
    Some(format!(
        "{}{new}{}",
        &figure[..start],
        &figure[start + number.len()..]
    ))
}

#[test]
fn a_raised_figure_is_one_figure_raised() {
    let (mut edits, mut right) = (0, 0);
    let mut misses = Vec::new();
    for (name, old) in cleaned_reports() {
        let t = &old.clean.text;
        // Up to four commitments a report, spread over it, each with a plain figure (no
        // range) written once in it, the clause itself written once in the report.
        let chosen: Vec<(usize, String)> = old
            .commitments
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let q = c.quantities.iter().find(|q| {
                    q.low.is_none()
                        && q.value.is_some()
                        && q.text.contains(|c: char| c.is_ascii_digit())
                        && c.text.matches(q.text.as_str()).count() == 1
                })?;
                (t.matches(c.text.as_str()).count() == 1).then(|| (i, q.text.clone()))
            })
            .collect();
        let step = chosen.len().div_ceil(4).max(1);
        for (i, figure) in chosen.into_iter().step_by(step) {
            let c = &old.commitments[i];
            let Some(up) = raised(&figure) else { continue };
            let clause = c.text.replacen(&figure, &up, 1);
            let touched = touched_rows(&name, &old, &t.replacen(&c.text, &clause, 1));
            edits += 1;
            let one_raise = touched.len() == 1
                && touched[0]
                    .changes
                    .iter()
                    .filter(|x| x.direction == Direction::Up)
                    .count()
                    == 1;
            if one_raise {
                right += 1;
            } else {
                misses.push(format!("{name}: {figure} → {up} in {}", c.text));
            }
        }
    }
    assert!(edits >= if corpus_present() { 100 } else { 8 }, "{edits}");
    // The misses that are right: a from-to construction's starting level (从77%提高到80%)
    // and a threshold saying what is counted (超10亿元项目50个) are no targets to raise.
    assert!(right * 100 >= edits * 95, "{right} of {edits}: {misses:#?}");
}

/// A sentence cut in two at the comma before one of its verbs (…，推动技术改造投资稳步增长。 →
/// …。推动技术改造投资稳步增长。) says what it said: no row is added or removed, whether the
/// sentence was one commitment or several. Over the seeds and the corpus 167 of 168 edits
/// pass; 31 did before pieces were taken from the other sentences of a pair's paragraph
/// (`diff::fragments`), the second half showing as added.
#[test]
fn a_sentence_cut_by_a_full_stop_adds_nothing() {
    const VERBS: [&str; 10] = [
        "推进", "推动", "加快", "实施", "开展", "完善", "加强", "强化", "深化", "促进",
    ];
    let (mut edits, mut right) = (0, 0);
    let mut misses = Vec::new();
    for (name, old) in cleaned_reports() {
        let t = &old.clean.text;
        // A clause of a sentence ending the sentence, 8 characters or more on each side of a
        // comma that opens a verb.
        let cut_at = |c: &str| {
            c.match_indices('，').map(|(i, _)| i).find(|&i| {
                let rest = &c[i + '，'.len_utf8()..];
                VERBS.iter().any(|v| rest.starts_with(v))
                    && c[..i].chars().count() >= 8
                    && rest.chars().count() >= 8
            })
        };
        let chosen: Vec<(usize, usize)> = (0..old.commitments.len())
            .filter_map(|i| {
                let c = &old.commitments[i].text;
                (c.ends_with('。') && t.matches(c.as_str()).count() == 1)
                    .then(|| cut_at(c))
                    .flatten()
                    .map(|at| (i, at))
            })
            .collect();
        let step = chosen.len().div_ceil(6).max(1);
        for (i, at) in chosen.into_iter().step_by(step) {
            let c = &old.commitments[i].text;
            let cut = format!("{}。{}", &c[..at], &c[at + '，'.len_utf8()..]);
            let touched = touched_rows(&name, &old, &t.replacen(c.as_str(), &cut, 1));
            edits += 1;
            if touched.iter().all(|p| p.status == ItemStatus::Changed) {
                right += 1;
            } else {
                misses.push(format!("{name}: {c}"));
            }
        }
    }
    assert!(edits >= if corpus_present() { 100 } else { 8 }, "{edits}");
    assert!(right * 100 >= edits * 95, "{right} of {edits}: {misses:#?}");
}

/// A tail with a figure added to a clause (扎实做好外事、侨务工作 → 扎实做好外事、侨务工作，
/// 惠及群众50万人) is that clause changed, the figure added, and nothing else: also when the
/// longer sentence is now cut into pieces at its verbs where the shorter one was one
/// commitment (`diff::fragments`). Before the pieces were joined, 171 of the 183 edits over
/// the seeds and the corpus passed, the rest showing pieces of the sentence as added; with
/// the pieces joined 182, and all 183 once a sentence's lead (坚持首都城市战略定位，…, no
/// commitment) is on the side of the one that says it.
#[test]
fn a_tail_added_to_a_clause_is_that_clause_changed() {
    const TAIL: &str = "，惠及群众50万人";
    let (mut edits, mut right) = (0, 0);
    let mut misses = Vec::new();
    for (name, old) in cleaned_reports() {
        let t = &old.clean.text;
        let chosen: Vec<usize> = (0..old.commitments.len())
            .filter(|&i| {
                let c = &old.commitments[i].text;
                c.ends_with('。') && c.chars().count() >= 10 && t.matches(c.as_str()).count() == 1
            })
            .collect();
        let step = chosen.len().div_ceil(6).max(1);
        for i in chosen.into_iter().step_by(step) {
            let c = &old.commitments[i].text;
            let clause = format!("{}{TAIL}。", c.trim_end_matches('。'));
            let touched = touched_rows(&name, &old, &t.replacen(c.as_str(), &clause, 1));
            edits += 1;
            let one_added = touched.len() == 1
                && touched[0].status == ItemStatus::Changed
                && touched[0].changes.len() == 1
                && touched[0].changes[0].direction == Direction::Added;
            if one_added {
                right += 1;
            } else {
                misses.push(format!("{name}: {c}"));
            }
        }
    }
    assert!(edits >= if corpus_present() { 100 } else { 8 }, "{edits}");
    assert!(right * 100 >= edits * 95, "{right} of {edits}: {misses:#?}");
}
