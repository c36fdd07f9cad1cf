//! One sentence read as one commitment in one report and as several in the other.
//!
//! A long sentence is cut into commitments before each comma that opens a verb of doing
//! ([`crate::extract::commitments`]); a short one is one commitment. A sentence that grew or
//! shrank across that length between two years is therefore one clause in one report and
//! two or three in the other: 实施“多田套合”工程，严守耕地红线，…，确保粮食播种面积1520万亩
//! one year (cut in two), 严守耕地红线，…，确保粮食播种面积1530万亩 the next (whole).
//! Alignment pairs one piece with the other year's sentence; the other pieces would show as
//! added or removed although their words are in that sentence, and their figures' changes
//! (1520 → 1530万亩) would be lost. The same holds for a sentence cut in two by a full stop
//! (…，推动技术改造投资稳步增长。 → …。推动技术改造投资稳步增长。), or two sentences made one.
//!
//! [`join`] gives each aligned pair the pieces of its paragraphs to read as one side: an
//! unpaired piece of the same paragraph joins when its words, or the words of its first
//! clause, numbers masked, are in the other side's clause, or when it holds what of that
//! clause the rest does not say ([`CONTAINED`], [`grow`]). A piece that is new (a clause
//! added to the sentence, opening with a verb of its own) is not in the other clause and
//! stays added; one paired with another clause stays in its own pair.
//!
//! A cut sentence can also open with words that are no commitment (坚持首都城市战略定位，
//! before 发挥“一核”辐射带动作用): no piece holds them, while the other year's whole sentence
//! does, so its pair would show them inserted. A side holding pieces of that sentence (its
//! first, or later ones: the pair of a clause the sentence moved behind new tasks) is led by
//! them when the other side's clause says them ([`Side::lead`]).

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

/// What ends a sentence, and a line end besides.
const SENTENCE_ENDS: [char; 8] = ['。', '；', '！', '？', ';', '!', '?', '\n'];

/// The sentence, or the paragraph, of each commitment of a report. Consecutive commitments
/// are one sentence when the first does not end one and nothing between them does (a comma,
/// or a clause that is no commitment: 促进跨境电商等新业态健康发展，优化海外仓布局，支持加工
/// 贸易提档升级), and one paragraph when no line end is between them; either in one section.
struct Runs {
    /// Run number of each commitment.
    id: Vec<usize>,
    /// Each run's commitments.
    runs: Vec<Range<usize>>,
}

impl Runs {
    /// Runs broken by any of `ends` after a commitment or between two.
    fn new(r: &Report, ends: &[char]) -> Runs {
        let text = &r.clean.text;
        let cs = &r.commitments;
        let mut id = Vec::with_capacity(cs.len());
        let mut runs: Vec<Range<usize>> = Vec::new();
        for (i, c) in cs.iter().enumerate() {
            let continues = i > 0 && {
                let prev = &cs[i - 1];
                prev.section == c.section
                    && !prev.text.ends_with(ends)
                    && text
                        .get(prev.span.end..c.span.start)
                        .is_some_and(|gap| !gap.contains(ends))
            };
            match runs.last_mut() {
                Some(run) if continues => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
            id.push(runs.len() - 1);
        }
        Runs { id, runs }
    }

    fn sentences(r: &Report) -> Runs {
        Runs::new(r, &SENTENCE_ENDS)
    }

    fn paragraphs(r: &Report) -> Runs {
        Runs::new(r, &['\n'])
    }

    fn run_of(&self, i: usize) -> Range<usize> {
        self.runs[self.id[i]].clone()
    }
}

/// One side of a pair as [`join`] reads it: the report's commitments it stands for (one
/// sentence's, in order) and, when the other side's clause also says it, the words of the
/// sentence before its first commitment (坚持首都城市战略定位，… before 发挥“一核”辐射带动作用),
/// as a byte range of the cleaned text (its lead, though the side's own pieces may come
/// later in the sentence).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Side {
    pub(crate) pieces: Vec<usize>,
    pub(crate) lead: Option<(usize, usize)>,
}

impl Side {
    pub(crate) fn alone(k: usize) -> Side {
        Side::pieces(vec![k])
    }

    fn pieces(pieces: Vec<usize>) -> Side {
        Side { pieces, lead: None }
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

/// The text of a side: its lead, then its commitments joined by what stands between
/// neighbours in one sentence, by the end of the earlier one's sentence when they are
/// neighbours in two (…专项债券3.65万亿元。合理扩大使用范围: what stands between is none of the
/// pair's), and by `，` over a piece left out (one paired with another clause of the other
/// report, or new) or nothing after a piece that ends its sentence.
pub(crate) fn run_text(r: &Report, side: &Side) -> String {
    let cs = &r.commitments;
    let run = &side.pieces;
    let mut out = String::new();
    if let Some(lead) = side.lead.and_then(|(at, end)| r.clean.text.get(at..end)) {
        out.push_str(lead);
    }
    for (k, &i) in run.iter().enumerate() {
        if k > 0 {
            let prev = run[k - 1];
            let gap = (i == prev + 1)
                .then(|| r.clean.text.get(cs[prev].span.end..cs[i].span.start))
                .flatten();
            let ended = cs[prev].text.ends_with(SENTENCE_ENDS);
            out.push_str(match gap {
                Some(gap) => match gap.find(SENTENCE_ENDS) {
                    _ if ended => "",
                    // The rest of the earlier sentence, up to its end.
                    Some(end) => {
                        let stop = gap[end..].chars().next().map_or(0, char::len_utf8);
                        &gap[..end + stop]
                    }
                    None => gap,
                },
                None if ended => "",
                None => "，",
            });
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
/// pieces of their sentences, then of their paragraphs, that the other side's clause holds
/// ([`grow`]), each led by its sentence's lead when the other side says that
/// ([`lead_held`]). A piece joins at most one link; only unpaired pieces join, so no other
/// link loses its commitment.
pub(crate) fn join(old: &Report, new: &Report, links: &[CommitmentLink]) -> Vec<(Side, Side)> {
    let (mut o, mut n) = (Reading::new(old), Reading::new(new));
    let valid: Vec<bool> = links
        .iter()
        .map(|l| l.old < o.taken.len() && l.new < n.taken.len())
        .collect();
    for (l, _) in links.iter().zip(&valid).filter(|(_, v)| **v) {
        o.taken[l.old] = true;
        n.taken[l.new] = true;
    }
    let mut sides: Vec<(Vec<usize>, Vec<usize>)> =
        links.iter().map(|l| (vec![l.old], vec![l.new])).collect();
    // Each pair's sentences: (old, new) first commitment and lead start; the leads'
    // bigrams made once asked for.
    let firsts: Vec<(usize, usize)> = links
        .iter()
        .zip(&valid)
        .map(|(l, v)| match v {
            true => (
                o.sentences.run_of(l.old).start,
                n.sentences.run_of(l.new).start,
            ),
            false => (0, 0),
        })
        .collect();
    let leads: Vec<(Option<usize>, Option<usize>)> = firsts
        .iter()
        .zip(&valid)
        .map(|(&(of, nf), v)| match v {
            true => (lead_start(old, of), lead_start(new, nf)),
            false => (None, None),
        })
        .collect();
    let mut lead_b: Vec<Option<(BigramList, BigramList)>> = vec![None; links.len()];
    let both_leads = |k: usize| {
        let ((of, nf), (ol, nl)) = (firsts[k], leads[k]);
        (lead_bigrams(old, of, ol), lead_bigrams(new, nf, nl))
    };
    // The pieces of the pair's own sentences first, then those of the sentences next to them
    // in the paragraph (one sentence cut in two by a full stop, …，推动技术改造投资稳步增长 →
    // …。推动技术改造投资稳步增长。): a piece of a sentence whose own pair can take it is not
    // taken by a neighbour's pair that holds its words too (新增学位2.4万个 beside 新增学位
    // 2500个).
    for beside in [false, true] {
        for k in (0..links.len()).filter(|&k| valid[k]) {
            let (old_run, new_run) = (o.scope(&sides[k].0, beside), n.scope(&sides[k].1, beside));
            let grows = |run: &Range<usize>, have: &[usize], taken: &[bool]| {
                run.clone().any(|i| !have.contains(&i) && !taken[i])
            };
            // Most pairs have nothing to join: no bigrams made for them.
            if !grows(&old_run, &sides[k].0, &o.taken) && !grows(&new_run, &sides[k].1, &n.taken) {
                continue;
            }
            let (old_first, new_first) = firsts[k];
            let (old_lead_b, new_lead_b) = lead_b[k].get_or_insert_with(|| both_leads(k));
            // Old pieces join when the new clause holds them; then new pieces when the old
            // clause, grown so, holds them. A whole sentence on one side takes the pieces of
            // the other; two sentences cut differently join nothing they do not share.
            let new_clause = n.clause(&sides[k].1);
            grow(
                &mut o,
                &mut sides[k].0,
                old_run,
                (old_first, old_lead_b),
                &new_clause,
            );
            let old_clause = o.clause(&sides[k].0);
            grow(
                &mut n,
                &mut sides[k].1,
                new_run,
                (new_first, new_lead_b),
                &old_clause,
            );
        }
    }
    // Each side led by its sentence's lead when the other side, as joined, says it.
    sides
        .into_iter()
        .enumerate()
        .map(|(k, (old_pieces, new_pieces))| {
            let (old_lead, new_lead) = leads[k];
            if old_lead.is_none() && new_lead.is_none() {
                return (Side::pieces(old_pieces), Side::pieces(new_pieces));
            }
            let (old_first, new_first) = firsts[k];
            let (old_lead_b, new_lead_b) = lead_b[k].get_or_insert_with(|| both_leads(k));
            let (old_clause, new_clause) = (o.clause(&old_pieces), n.clause(&new_pieces));
            // A side whose pieces open its sentence, or come later in it (`first` opens it).
            let in_sentence = |reading: &Reading, pieces: &[usize], first: usize| {
                pieces
                    .first()
                    .is_some_and(|&p| reading.sentences.run_of(p).start == first)
            };
            let old_lead = in_sentence(&o, &old_pieces, old_first)
                .then(|| lead_held(old_lead, old_lead_b, &new_clause))
                .flatten()
                .map(|at| (at, old.commitments[old_first].span.start));
            let new_lead = in_sentence(&n, &new_pieces, new_first)
                .then(|| lead_held(new_lead, new_lead_b, &old_clause))
                .flatten()
                .map(|at| (at, new.commitments[new_first].span.start));
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

/// A clause's bigrams, in order ([`bigrams`]).
type BigramList = Vec<(char, char)>;

/// One report as [`join`] reads it: its sentences and paragraphs, its pieces' bigrams, and
/// which pieces a pair has taken.
struct Reading<'r> {
    sentences: Runs,
    paragraphs: Runs,
    bigrams: PieceBigrams<'r>,
    taken: Vec<bool>,
}

impl<'r> Reading<'r> {
    fn new(r: &'r Report) -> Reading<'r> {
        Reading {
            sentences: Runs::sentences(r),
            paragraphs: Runs::paragraphs(r),
            bigrams: PieceBigrams::new(r),
            taken: vec![false; r.commitments.len()],
        }
    }

    /// The commitments that may join a side of these pieces (one sentence's, or one
    /// paragraph's): their sentence's, or with `beside` their paragraph's.
    fn scope(&self, pieces: &[usize], beside: bool) -> Range<usize> {
        match beside {
            true => self.paragraphs.run_of(pieces[0]),
            false => self.sentences.run_of(pieces[0]),
        }
    }

    /// The bigrams of these pieces, one after another.
    fn clause(&mut self, pieces: &[usize]) -> BigramList {
        pieces
            .iter()
            .flat_map(|&k| self.bigrams.of(k).0.clone())
            .collect()
    }
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
/// `lead`, when the other side's clause `other` says the lead ([`CONTAINED`] of its
/// bigrams, [`MIN_UNSAID`] or more of them). The side's pieces are of that sentence (its
/// first commitment or later ones: 坚持房子是用来住的…定位，探索…，支持商品房市场…，稳地价 has
/// its lead for the piece last year's 坚持房子…定位，稳地价… pairs with).
fn lead_held(start: Option<usize>, lead: &[(char, char)], other: &[(char, char)]) -> Option<usize> {
    let start = start?;
    let other: BigramSet = other.iter().copied().collect();
    (lead.len() >= MIN_UNSAID && contained(lead, &other)).then_some(start)
}

/// Add to `run` (a side's pieces so far) the untaken pieces of `scope` (its sentence or its
/// paragraph) that belong with `other` (the other side's clause), keeping it in order and
/// marking them taken:
/// - a piece whose words `other` holds (a clause cut off it);
/// - a piece whose first clause `other` holds: the piece goes on with words of its own
///   (扎实做好外事、侨务工作 → 扎实做好外事、侨务工作，惠及群众50万人). A piece is cut where a
///   clause opens with a verb of doing, so its first clause is the task it names;
/// - then one piece that holds what of `other` the others do not say (加强学校心理健康教师
///   队伍建设 in 持续加强大中小学校心理健康教育教师队伍建设, the rest of the clause being in the
///   linked piece). The lead of the side's sentence (its bigrams, the sentence's first
///   piece being `first`) says its words when the run holds that piece: 适应学龄人口变化，before
///   完善基础教育学位动态保障机制 is no piece, and its words are not the next piece's to hold.
fn grow(
    reading: &mut Reading,
    run: &mut Vec<usize>,
    scope: Range<usize>,
    (first, lead): (usize, &[(char, char)]),
    other: &[(char, char)],
) {
    let taken = &mut reading.taken;
    let pieces = &mut reading.bigrams;
    let candidates: Vec<usize> = scope.filter(|k| !run.contains(k) && !taken[*k]).collect();
    // Most pieces of a cut sentence are paired: nothing to compare then.
    if candidates.is_empty() {
        return;
    }
    let other_set: BigramSet = other.iter().copied().collect();
    for &k in &candidates {
        let (b, head) = pieces.of(k);
        let head = &b[..*head];
        if contained(b, &other_set) || (head.len() >= MIN_UNSAID && contained(head, &other_set)) {
            run.push(k);
        }
    }
    let mut said = BigramSet::default();
    for &k in run.iter() {
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
        // A piece with fewer bigrams than CONTAINED of the unsaid cannot hold them: most
        // pieces of a paragraph are passed over without a set made of their bigrams.
        let needed = (CONTAINED * unsaid.len() as f64).ceil() as usize;
        let holder = candidates.iter().copied().find(|k| {
            let piece = &pieces.of(*k).0;
            !run.contains(k)
                && piece.len() >= needed
                && contained(&unsaid, &piece.iter().copied().collect())
        });
        run.extend(holder);
    }
    run.sort_unstable();
    for &k in run.iter() {
        taken[k] = true;
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::compare;
    use crate::model::diff::{Comparison, Direction, ItemStatus};

    use crate::testdata::plan_with_area as report;

    fn statuses(c: &Comparison) -> Vec<ItemStatus> {
        c.commitments.iter().map(|p| p.status).collect()
    }

    /// A long sentence cut into two commitments one year and short enough to be one the next
    /// (zhejiang 2025 → 2026, its 严格…管理 written 管好…工作 so that only 确保 cuts it): one
    /// changed pair, its figure raised, in both directions.
    #[test]
    fn a_sentence_cut_one_year_and_whole_the_next_is_one_pair() {
        let long = report(
            "实施“多田套合”工程，严守耕地红线，管好耕地占补平衡工作，\
             确保粮食播种面积1520万亩、总产125亿斤。",
        );
        let short =
            report("严守耕地红线，管好占补平衡工作，确保粮食播种面积1530万亩、总产量125亿斤。");
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
        assert_eq!(old.commitments.len(), 2, "{:#?}", old.commitments);
        assert_eq!(new.commitments.len(), 5, "{:#?}", new.commitments);
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

    /// A sentence's lead the other side says is on a side whose piece comes later in the
    /// sentence too (national 2021 → 2022: the 房子 sentence's 稳地价 clause moved behind four
    /// new tasks): the word diff keeps 坚持…定位 as said, not deleted.
    #[test]
    fn a_sentence_lead_is_on_a_later_piece_too() {
        let old = report(
            "保障好群众住房需求。坚持房子是用来住的、不是用来炒的定位，稳地价、稳房价、稳预期。",
        );
        let new = report(
            "保障好群众住房需求。坚持房子是用来住的、不是用来炒的定位，探索新的发展模式，\
             坚持租购并举，加快发展长租房市场，推进保障性住房建设，\
             支持商品房市场更好满足购房者的合理住房需求，稳地价、稳房价、稳预期。",
        );
        let c = compare(&old, &new);
        let pair = c
            .commitments
            .iter()
            .find(|p| p.old.as_ref().is_some_and(|o| o.text.contains("稳地价")))
            .unwrap_or_else(|| panic!("{:#?}", c.commitments));
        let side = pair.new.as_ref().unwrap();
        assert!(
            side.text
                .starts_with("坚持房子是用来住的、不是用来炒的定位，支持商品房市场"),
            "{side:?}"
        );
        let deleted: String = pair
            .words
            .iter()
            .filter(|w| w.op == crate::model::diff::WordOpKind::Delete)
            .map(|w| w.text.as_str())
            .collect();
        assert!(!deleted.contains("定位"), "{deleted}");
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

    /// A sentence cut in two by a full stop (…，推动技术改造投资稳步增长。 → …。推动技术改造
    /// 投资稳步增长。) is read as one: the half that became a sentence of its own joins the
    /// pair, in both directions, and the side reads as the report writes it.
    #[test]
    fn a_sentence_cut_by_a_full_stop_is_one_pair() {
        let whole = report("扩大制造业有效投资，推动技术改造投资稳步增长。");
        let cut = report("扩大制造业有效投资。推动技术改造投资稳步增长。");
        assert_eq!(whole.commitments.len(), 2, "{:#?}", whole.commitments);
        assert_eq!(cut.commitments.len(), 3, "{:#?}", cut.commitments);
        for (c, cut_side) in [(compare(&whole, &cut), 1), (compare(&cut, &whole), 0)] {
            assert_eq!(c.summary.commitments_added, 0, "{:#?}", c.commitments);
            assert_eq!(c.summary.commitments_removed, 0, "{:#?}", c.commitments);
            let pair = &c.commitments[0];
            let sides = [&pair.old, &pair.new].map(|s| s.as_ref().unwrap());
            assert_eq!(
                sides[cut_side].text,
                "扩大制造业有效投资。推动技术改造投资稳步增长。"
            );
            assert_eq!(sides[cut_side].covers, 2);
        }
        // A sentence of its own that the other year does not say stays added.
        let more = report("扩大制造业有效投资，推动技术改造投资稳步增长。新建学校30所。");
        let c = compare(&whole, &more);
        assert_eq!(c.summary.commitments_added, 1, "{:#?}", c.commitments);
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
