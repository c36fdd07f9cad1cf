//! One sentence read as one commitment in one report and as several in the other.
//!
//! A long sentence is cut into commitments before each comma that opens a verb of doing
//! ([`crate::extract::commitments`]); a short one is one commitment. A sentence that grew or
//! shrank across that length between two years is therefore one clause in one report and
//! two or three in the other: 实施“多田套合”工程，严守耕地红线，…，确保粮食播种面积1520万亩
//! one year (cut in two), 严守耕地红线，…，确保粮食播种面积1530万亩 the next (whole).
//! Alignment pairs one piece with the other year's sentence; the other pieces would show as
//! added or removed although their words are in that sentence, and their figures' changes
//! (1520 → 1530万亩) would be lost.
//!
//! [`join`] gives each aligned pair the pieces of its sentences to read as one side: an
//! unpaired piece of the same sentence joins when its words, or the words of its first
//! clause, numbers masked, are in the other side's clause, or when it holds what of that
//! clause the rest does not say ([`CONTAINED`], [`grow`]). A piece that is new (a clause
//! added to the sentence, opening with a verb of its own) is not in the other clause and
//! stays added; one paired with another clause stays in its own pair.
//!
//! A cut sentence can also open with words that are no commitment (坚持首都城市战略定位，
//! before 发挥“一核”辐射带动作用): no piece holds them, while the other year's whole sentence
//! does, so its pair would show them inserted. A side holding its sentence's first piece is
//! led by them when the other side's clause says them ([`Side::lead`]).

use std::borrow::Cow;
use std::ops::Range;

use crate::align::sim;
use crate::align::CommitmentLink;
use crate::model::{Commitment, Quantity, Report};

/// The share of a piece's character bigrams (folded, numbers masked) that must occur in the
/// other report's clause for the piece to join: 确保粮食播种面积1520万亩、总产125亿斤 against
/// …确保粮食播种面积1530万亩、总产量125亿斤 is 14 of 15.
const CONTAINED: f64 = 0.8;

/// A piece shorter than this (normalized characters) never joins: too little to tell.
const MIN_CHARS: usize = 4;

/// The fewest bigrams of a piece's first clause for it to join by that clause, and of the
/// other clause left unsaid by a run for a piece holding them to join (a clause of six
/// characters): fewer are a word or two that many clauses hold (高速公路，开工…).
const MIN_UNSAID: usize = 5;

/// The sentence of each commitment of a report: consecutive commitments are one sentence
/// when the first does not end one and nothing between them does (a comma, or a clause that
/// is no commitment: 促进跨境电商等新业态健康发展，优化海外仓布局，支持加工贸易提档升级).
struct Sentences {
    /// Sentence number of each commitment.
    id: Vec<usize>,
    /// Each sentence's commitments.
    runs: Vec<Range<usize>>,
}

impl Sentences {
    fn new(r: &Report) -> Sentences {
        let text = &r.clean.text;
        let cs = &r.commitments;
        let mut id = Vec::with_capacity(cs.len());
        let mut runs: Vec<Range<usize>> = Vec::new();
        for (i, c) in cs.iter().enumerate() {
            let continues = i > 0 && {
                let prev = &cs[i - 1];
                prev.section == c.section
                    && !prev.text.ends_with(['。', '；', '！', '？', ';', '!', '?'])
                    && text.get(prev.span.end..c.span.start).is_some_and(|gap| {
                        !gap.contains(['。', '；', '！', '？', ';', '!', '?', '\n'])
                    })
            };
            match runs.last_mut() {
                Some(run) if continues => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
            id.push(runs.len() - 1);
        }
        Sentences { id, runs }
    }

    fn run_of(&self, i: usize) -> Range<usize> {
        self.runs[self.id[i]].clone()
    }
}

/// One side of a pair as [`join`] reads it: the report's commitments it stands for (one
/// sentence's, in order) and, when the other side's clause also says it, the words of the
/// sentence before its first commitment (坚持首都城市战略定位，… before 发挥“一核”辐射带动作用),
/// from this byte offset of the cleaned text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Side {
    pub(crate) pieces: Vec<usize>,
    pub(crate) lead: Option<usize>,
}

impl Side {
    pub(crate) fn alone(k: usize) -> Side {
        Side {
            pieces: vec![k],
            lead: None,
        }
    }

    /// The pieces of both sides, in order, with the lead of either: one commitment as two
    /// pairs read it (a year's clause paired with the year before and with the year after,
    /// in a timeline).
    pub(crate) fn union(&self, other: &Side) -> Side {
        let mut pieces: Vec<usize> = self.pieces.iter().chain(&other.pieces).copied().collect();
        pieces.sort_unstable();
        pieces.dedup();
        let lead = match (self.lead, other.lead) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Side { pieces, lead }
    }
}

/// The figures of a side: all of its commitments', in order.
pub(crate) fn run_quantities(r: &Report, side: &Side) -> Vec<Quantity> {
    side.pieces
        .iter()
        .flat_map(|&i| r.commitments[i].quantities.iter().cloned())
        .collect()
}

/// The text of a side: its lead, then its commitments, the cleaned text from the first to
/// the last when they are consecutive, else the pieces joined by whatever stands between
/// neighbours and by `，` over a piece left out (one paired with another clause of the other
/// report, or new).
pub(crate) fn run_text(r: &Report, side: &Side) -> String {
    let cs = &r.commitments;
    let run = &side.pieces;
    let mut out = String::new();
    if let Some(lead) = side
        .lead
        .and_then(|at| r.clean.text.get(at..cs[run[0]].span.start))
    {
        out.push_str(lead);
    }
    for (k, &i) in run.iter().enumerate() {
        if k > 0 {
            let prev = run[k - 1];
            let gap = (i == prev + 1)
                .then(|| r.clean.text.get(cs[prev].span.end..cs[i].span.start))
                .flatten();
            out.push_str(gap.unwrap_or("，"));
        }
        out.push_str(&cs[i].text);
    }
    out
}

/// Where the sentence of commitment `first`, the first of its sentence, starts when words
/// that are no commitment stand before it (a lead: 坚持首都城市战略定位，): after the last
/// sentence end before it, never before the commitment before it.
fn lead_start(r: &Report, first: usize) -> Option<usize> {
    let c = &r.commitments[first];
    let floor = first
        .checked_sub(1)
        .map_or(0, |p| r.commitments[p].span.end);
    let before = r.clean.text.get(floor..c.span.start)?;
    let cut = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| matches!(ch, '。' | '；' | '！' | '？' | ';' | '!' | '?' | '\n'))
        .map_or(0, |(i, ch)| i + ch.len_utf8());
    let lead = &before[cut..];
    (!lead.trim_matches(['，', ',', ' ', '　']).is_empty()).then_some(floor + cut)
}

/// A text's character bigrams in comparable form (folded, numbers masked), within its
/// clauses (none spans a comma, so a clause's bigrams are the same alone or in a sentence),
/// and how many of them its first clause has. Not [`crate::text::ideograph_bigrams`], a
/// set of ideographs alone: here a number counts (面积#万亩 is not 面积万亩), a clause's
/// bigrams stay its own, and a piece's share of them is counted with repeats.
fn bigrams(s: &str) -> Bigrams {
    // The masked text holds only letters, ideographs, number marks and clause marks.
    let mut out = Vec::new();
    let mut head = None;
    let mut prev = None;
    for c in sim::mask_numbers(s).chars() {
        if c == sim::CLAUSE_MARK {
            if prev.is_some() && head.is_none() {
                head = Some(out.len());
            }
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            out.push((p, c));
        }
        prev = Some(c);
    }
    let head = head.unwrap_or(out.len());
    (out, head)
}

/// A text's bigrams and how many of them its first clause has ([`bigrams`]).
type Bigrams = (Vec<(char, char)>, usize);

/// Each commitment's [`bigrams`] of a report, made when first asked.
struct PieceBigrams<'r> {
    report: &'r Report,
    cache: Vec<Option<Bigrams>>,
}

impl<'r> PieceBigrams<'r> {
    fn new(report: &'r Report) -> PieceBigrams<'r> {
        PieceBigrams {
            report,
            cache: vec![None; report.commitments.len()],
        }
    }

    fn of(&mut self, k: usize) -> &Bigrams {
        let c = &self.report.commitments[k];
        self.cache[k].get_or_insert_with(|| bigrams(&figures_masked(c)))
    }
}

/// A commitment's text with each of its figures, as written, one number: a figure whose
/// bound or numeral is worded anew (10个以上 → 不低于10个, 5条 → 五条) brings no new words.
fn figures_masked(c: &Commitment) -> Cow<'_, str> {
    if c.quantities.is_empty() {
        return Cow::Borrowed(&c.text);
    }
    let mut text = c.text.clone();
    let mut from = 0;
    for q in c.quantities.iter().filter(|q| !q.text.is_empty()) {
        if let Some(k) = text.get(from..).and_then(|rest| rest.find(&q.text)) {
            text.replace_range(from + k..from + k + q.text.len(), "0");
            from += k + 1;
        }
    }
    Cow::Owned(text)
}

type BigramSet = rustc_hash::FxHashSet<(char, char)>;

/// Whether [`CONTAINED`] of `part` is in `whole`, `part` having [`MIN_CHARS`] or more.
fn contained(part: &[(char, char)], whole: &BigramSet) -> bool {
    if part.len() + 1 < MIN_CHARS {
        return false;
    }
    let found = part.iter().filter(|b| whole.contains(b)).count();
    found as f64 >= CONTAINED * part.len() as f64
}

/// For each link of `links`, the two sides to read it as: the linked pair, with the unpaired
/// pieces of their sentences that the other side's clause holds ([`grow`]), each led by its
/// sentence's lead when the other side says that ([`lead_held`]). A piece joins at most one
/// link; only unpaired pieces join, so no other link loses its commitment.
pub(crate) fn join(old: &Report, new: &Report, links: &[CommitmentLink]) -> Vec<(Side, Side)> {
    let (old_s, new_s) = (Sentences::new(old), Sentences::new(new));
    let (mut old_b, mut new_b) = (PieceBigrams::new(old), PieceBigrams::new(new));
    let mut old_taken = vec![false; old.commitments.len()];
    let mut new_taken = vec![false; new.commitments.len()];
    for l in links {
        if l.old < old_taken.len() && l.new < new_taken.len() {
            old_taken[l.old] = true;
            new_taken[l.new] = true;
        }
    }
    links
        .iter()
        .map(|l| {
            if l.old >= old_taken.len() || l.new >= new_taken.len() {
                return (Side::alone(l.old), Side::alone(l.new));
            }
            let (old_run, new_run) = (old_s.run_of(l.old), new_s.run_of(l.new));
            let (old_first, new_first) = (old_run.start, new_run.start);
            // Most pairs have nothing to join and no lead: no bigrams made for them.
            let (old_lead, new_lead) = (lead_start(old, old_first), lead_start(new, new_first));
            let grows = |run: &Range<usize>, at: usize, taken: &[bool]| {
                run.clone().any(|k| k != at && !taken[k])
            };
            if old_lead.is_none()
                && new_lead.is_none()
                && !grows(&old_run, l.old, &old_taken)
                && !grows(&new_run, l.new, &new_taken)
            {
                return (Side::alone(l.old), Side::alone(l.new));
            }
            // Old pieces join when the new clause holds them; then new pieces when the old
            // clause, grown so, holds them. A whole sentence on one side takes the pieces of
            // the other; two sentences cut differently join nothing they do not share.
            let (old_lead_b, new_lead_b) = (
                lead_bigrams(old, old_first, old_lead),
                lead_bigrams(new, new_first, new_lead),
            );
            let new_clause = new_b.of(l.new).0.clone();
            let old_pieces = grow(
                &mut old_b,
                l.old,
                old_run,
                &mut old_taken,
                &old_lead_b,
                &new_clause,
            );
            let old_clause: Vec<(char, char)> = old_pieces
                .iter()
                .flat_map(|&k| old_b.of(k).0.clone())
                .collect();
            let new_pieces = grow(
                &mut new_b,
                l.new,
                new_run,
                &mut new_taken,
                &new_lead_b,
                &old_clause,
            );
            let new_clause: Vec<(char, char)> = new_pieces
                .iter()
                .flat_map(|&k| new_b.of(k).0.clone())
                .collect();
            let old_lead = lead_held(old_first, old_lead, &old_lead_b, &old_pieces, &new_clause);
            let new_lead = lead_held(new_first, new_lead, &new_lead_b, &new_pieces, &old_clause);
            (
                Side {
                    pieces: old_pieces,
                    lead: old_lead,
                },
                Side {
                    pieces: new_pieces,
                    lead: new_lead,
                },
            )
        })
        .collect()
}

/// The [`bigrams`] of the lead of a sentence whose first commitment is `first`, the lead
/// starting at `start` ([`lead_start`]); none when it has no lead.
fn lead_bigrams(r: &Report, first: usize, start: Option<usize>) -> Vec<(char, char)> {
    start
        .and_then(|at| r.clean.text.get(at..r.commitments[first].span.start))
        .map(|lead| bigrams(lead).0)
        .unwrap_or_default()
}

/// `start`, the start of the lead of a side's sentence ([`lead_start`]), whose bigrams are
/// `lead`, when the side holds the sentence's first commitment and the other side's clause
/// `other` says the lead ([`CONTAINED`] of its bigrams, [`MIN_UNSAID`] or more of them).
fn lead_held(
    first: usize,
    start: Option<usize>,
    lead: &[(char, char)],
    pieces: &[usize],
    other: &[(char, char)],
) -> Option<usize> {
    if pieces.first() != Some(&first) {
        return None;
    }
    let start = start?;
    let other: BigramSet = other.iter().copied().collect();
    (lead.len() >= MIN_UNSAID && contained(lead, &other)).then_some(start)
}

/// `at` with the untaken pieces of `sentence` that belong with `other` (the other report's
/// clause), in order, marking them taken:
/// - a piece whose words `other` holds (a clause cut off it);
/// - a piece whose first clause `other` holds: the piece goes on with words of its own
///   (扎实做好外事、侨务工作 → 扎实做好外事、侨务工作，惠及群众50万人). A piece is cut where a
///   clause opens with a verb of doing, so its first clause is the task it names;
/// - then one piece that holds what of `other` the others do not say (加强学校心理健康教师
///   队伍建设 in 持续加强大中小学校心理健康教育教师队伍建设, the rest of the clause being in the
///   linked piece). The sentence's lead (`lead`, its bigrams) says its words when the run
///   holds the sentence's first piece: 适应学龄人口变化，before 完善基础教育学位动态保障机制 is
///   no piece, and its words are not the next piece's to hold.
fn grow(
    pieces: &mut PieceBigrams,
    at: usize,
    sentence: Range<usize>,
    taken: &mut [bool],
    lead: &[(char, char)],
    other: &[(char, char)],
) -> Vec<usize> {
    // Most pieces of a cut sentence are paired: nothing to compare then.
    if sentence.clone().all(|k| k == at || taken[k]) {
        return vec![at];
    }
    let other_set: BigramSet = other.iter().copied().collect();
    let first = sentence.start;
    let candidates: Vec<usize> = sentence.filter(|&k| k != at && !taken[k]).collect();
    let mut run: Vec<usize> = vec![at];
    for &k in &candidates {
        let (b, head) = pieces.of(k);
        let head = &b[..*head];
        if contained(b, &other_set) || (head.len() >= MIN_UNSAID && contained(head, &other_set)) {
            run.push(k);
        }
    }
    let mut said = BigramSet::default();
    for &k in &run {
        said.extend(pieces.of(k).0.iter().copied());
    }
    if run.contains(&first) {
        said.extend(lead.iter().copied());
    }
    let unsaid: Vec<(char, char)> = other
        .iter()
        .filter(|b| !said.contains(b))
        .copied()
        .collect();
    if unsaid.len() >= MIN_UNSAID {
        let holder = candidates.iter().copied().find(|k| {
            !run.contains(k) && contained(&unsaid, &pieces.of(*k).0.iter().copied().collect())
        });
        run.extend(holder);
    }
    run.sort_unstable();
    for &k in &run {
        taken[k] = true;
    }
    run
}

#[cfg(test)]
mod tests {
    use crate::diff::compare;
    use crate::model::diff::{Comparison, Direction, ItemStatus};
    use crate::model::Report;

    fn report(area_body: &str) -> Report {
        let body = format!(
            "二、2026年工作安排\n（一）稳定粮食生产。{area_body}\n（二）扩大有效需求。新建学校20所。\n"
        );
        crate::pipeline::parse_bytes("r.txt", body.as_bytes(), &Default::default()).unwrap()
    }

    fn statuses(c: &Comparison) -> Vec<ItemStatus> {
        c.commitments.iter().map(|p| p.status).collect()
    }

    /// A long sentence cut into two commitments one year and short enough to be one the next
    /// (zhejiang 2025 → 2026): one changed pair, its figure raised, in both directions.
    #[test]
    fn a_sentence_cut_one_year_and_whole_the_next_is_one_pair() {
        let long = report(
            "实施“多田套合”工程，严守耕地红线，严格耕地占补平衡管理，\
             确保粮食播种面积1520万亩、总产125亿斤。",
        );
        let short =
            report("严守耕地红线，严格占补平衡管理，确保粮食播种面积1530万亩、总产量125亿斤。");
        assert_eq!(long.commitments.len(), 3, "{:#?}", long.commitments);
        assert_eq!(short.commitments.len(), 2);
        for (c, raised) in [
            (compare(&long, &short), Direction::Up),
            (compare(&short, &long), Direction::Down),
        ] {
            assert_eq!(
                statuses(&c),
                [ItemStatus::Changed, ItemStatus::Unchanged],
                "{:#?}",
                c.commitments
            );
            let pair = &c.commitments[0];
            let texts = [&pair.old, &pair.new].map(|s| s.as_ref().unwrap().text.clone());
            assert!(texts
                .iter()
                .any(|t| t.starts_with("实施“多田套合”工程") && t.ends_with("总产125亿斤。")));
            let figures: Vec<_> = pair.changes.iter().map(|ch| ch.direction).collect();
            assert_eq!(figures, [raised], "{:#?}", pair.changes);
        }
    }

    /// A clause added to a sentence, opening with a verb of its own, is a new commitment: the
    /// old sentence pairs with the rest, and the new clause stays added.
    #[test]
    fn a_new_clause_in_the_sentence_stays_added() {
        let old = report(
            "统筹推进街区片区建设和老旧小区综合整治，持续开展城市更新行动，共建社区微花园50个。",
        );
        let new = report(
            "统筹推进街区片区建设和老旧小区综合整治，持续开展城市更新行动，共建社区微花园50个，\
             新建口袋公园30个。",
        );
        assert_eq!(old.commitments.len(), 2);
        assert_eq!(new.commitments.len(), 4, "{:#?}", new.commitments);
        let c = compare(&old, &new);
        let added: Vec<_> = c
            .commitments
            .iter()
            .filter(|p| p.status == ItemStatus::Added)
            .map(|p| p.new.as_ref().unwrap().text.as_str())
            .collect();
        assert_eq!(added, ["新建口袋公园30个。"], "{:#?}", c.commitments);
        assert_eq!(c.summary.commitments_removed, 0);
    }

    /// A tail without a verb of its own, added to the sentence's last clause, joins it: one
    /// changed pair with the figure added, nothing added or removed.
    #[test]
    fn a_clause_with_a_new_tail_joins_its_sentence() {
        let old = report(
            "落实高质量共建“一带一路”机制，积极开展与港澳台交流合作，扎实做好外事、侨务工作。",
        );
        let new = report(
            "落实高质量共建“一带一路”机制，积极开展与港澳台交流合作，扎实做好外事、侨务工作，\
             惠及群众50万人。",
        );
        let c = compare(&old, &new);
        assert_eq!(c.summary.commitments_added, 0, "{:#?}", c.commitments);
        assert_eq!(c.summary.commitments_removed, 0);
        let changed: Vec<_> = c
            .commitments
            .iter()
            .filter(|p| p.status == ItemStatus::Changed)
            .collect();
        assert_eq!(changed.len(), 1);
        assert_eq!(
            changed[0]
                .changes
                .iter()
                .map(|ch| ch.direction)
                .collect::<Vec<_>>(),
            [Direction::Added]
        );
    }

    /// Words before a sentence's first commitment that are no commitment (坚持和发展新时代
    /// “枫桥经验”) are that side's text too when the other side's clause says them: the
    /// word diff does not show them inserted (the seed pair's 深入推进信访工作法治化, whose
    /// 2026 sentence is long enough to be cut).
    #[test]
    fn a_sentence_lead_the_other_side_says_is_on_both_sides() {
        let old = report("坚持和发展新时代“枫桥经验”，深入推进信访工作法治化。");
        let new = report(
            "坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，常态化开展扫黑除恶，\
             深化网络诈骗治理，增强社会治理效能。",
        );
        assert!(old.commitments[0].text.starts_with("坚持和发展"));
        assert!(
            !new.commitments[0].text.starts_with("坚持和发展"),
            "{:#?}",
            new.commitments
        );
        for c in [compare(&old, &new), compare(&new, &old)] {
            let pair = &c.commitments[0];
            assert_eq!(pair.status, ItemStatus::Changed, "{:#?}", c.commitments);
            for side in [&pair.old, &pair.new] {
                let side = side.as_ref().unwrap();
                assert!(
                    side.text.starts_with("坚持和发展新时代“枫桥经验”，"),
                    "{side:?}"
                );
                assert_eq!(side.covers, 1);
            }
            let changed: String = pair
                .words
                .iter()
                .filter(|w| w.op != crate::model::diff::WordOpKind::Equal)
                .map(|w| w.text.as_str())
                .collect();
            assert!(!changed.contains("枫桥"), "{changed}");
        }
    }

    /// The lead of a cut sentence (适应学龄人口变化，) says its words: the piece left over
    /// holds what else of the other year's whole sentence no piece says, and joins (beijing
    /// 2026's 学位 sentence with 力争 put before its figure).
    #[test]
    fn a_lead_says_its_words_for_the_piece_left_over() {
        let old = report(
            "适应学龄人口变化，完善基础教育学位动态保障机制，新增中学学位1万个，\
             促进义务教育优质均衡发展。",
        );
        let new = report(
            "适应学龄人口变化，完善基础教育学位动态保障机制，新增中学学位力争1万个，\
             促进义务教育优质均衡发展。",
        );
        assert_eq!(old.commitments.len(), 2, "{:#?}", old.commitments);
        assert_eq!(new.commitments.len(), 4, "{:#?}", new.commitments);
        assert!(new.commitments[0].text.starts_with("完善"));
        for c in [compare(&old, &new), compare(&new, &old)] {
            assert_eq!(c.summary.commitments_added, 0, "{:#?}", c.commitments);
            assert_eq!(c.summary.commitments_removed, 0, "{:#?}", c.commitments);
        }
    }

    /// A figure written anew (10个以上 → 不低于10个, 5条 → 五条) can lengthen a sentence past
    /// the cut: the piece holding it still joins its sentence, its words being the same but
    /// for the figure (zhejiang 2026's 创新联合体 sentence; without the figure masked whole,
    /// 15 of its 19 bigrams were in the other clause, short of the 80 %).
    #[test]
    fn a_figure_written_anew_does_not_part_its_piece() {
        let joint = "强化企业创新主体地位，打造“科学家+企业家”创新联合体，\
                     支持龙头企业牵头组建创新联合体";
        let river = "落实密云水库水源保护条例，提升农村污水治理水平，再创建";
        // (old, new, commitments of each: the sentence's, and the other area's 新建学校20所)
        for (old, new, counts) in [
            (
                format!("{joint}10个以上。"),
                format!("{joint}不低于10个。"),
                (2, 4),
            ),
            (
                format!("{river}5条美丽河湖，推进北护城河至北运河全线通航。"),
                format!("{river}五条美丽河湖，推进北护城河至北运河全线通航。"),
                (5, 2),
            ),
        ] {
            let (old, new) = (report(&old), report(&new));
            assert_eq!(old.commitments.len(), counts.0, "{:#?}", old.commitments);
            assert_eq!(new.commitments.len(), counts.1, "{:#?}", new.commitments);
            for c in [compare(&old, &new), compare(&new, &old)] {
                assert_eq!(c.summary.commitments_added, 0, "{:#?}", c.commitments);
                assert_eq!(c.summary.commitments_removed, 0, "{:#?}", c.commitments);
                let moved: Vec<_> = c
                    .commitments
                    .iter()
                    .flat_map(|p| &p.changes)
                    .filter(|ch| matches!(ch.direction, Direction::Added | Direction::Removed))
                    .collect();
                assert!(moved.is_empty(), "{moved:#?}");
            }
        }
    }
}
