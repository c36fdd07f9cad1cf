//! Aligned pairs → changes: numeric changes with qualifier semantics and word-level text
//! changes for Chinese.
//!
//! [`compare`] runs [`crate::align::align`], then turns every pair into a row of the
//! [`Comparison`]: sections with their status, commitments with word diffs and figure changes,
//! list items, target rows and term changes, plus the headline counts and `substantive`.

pub(crate) mod fragments;
pub mod horizon;
pub mod quantity;
pub mod targets;
pub mod terms;
pub mod words;

use crate::align::{self, Alignment};
use crate::model::diff::{
    CommitmentPair, CommitmentSide, Comparison, Direction, ItemStatus, ListDiff, ListItemPair,
    Mismatch, QuantityChange, ReportRef, SectionPair, SectionRef, SectionStatus, Summary,
};
use crate::model::{Commitment, ItemList, Report, SectionKind, SCHEMA_VERSION};
use crate::text::fold_char;

/// Compare two parsed reports.
///
/// One thread: counting term changes (which need no alignment) on a second thread while
/// [`align::align`] runs was tried and measured no faster on a loaded 2-core machine.
pub fn compare(old: &Report, new: &Report) -> Comparison {
    compare_with(old, &align::prepare(old), new, &align::prepare(new))
}

/// [`compare`] of two reports prepared already ([`align::prepare`], which `diff` runs on the
/// thread that parsed each report): only the pairwise work is left, no folding or segmenting.
pub fn compare_prepared(old: &align::Prepared, new: &align::Prepared) -> Comparison {
    compare_with(&old.report, &old.words, &new.report, &new.words)
}

fn compare_with(
    old: &Report,
    old_words: &align::ReportWords,
    new: &Report,
    new_words: &align::ReportWords,
) -> Comparison {
    // The term changes depend on the two reports' word counts alone: they are counted on a
    // second thread while the main one aligns.
    let term_changes = || {
        terms::term_changes_counted(
            (old_words.term_counts(), old_words.folded_document()),
            (new_words.term_counts(), new_words.folded_document()),
        )
    };
    if !has_spare_core() {
        let alignment = align::align_prepared(old, old_words, new, new_words);
        return build(old, new, &alignment, term_changes());
    }
    let (alignment, terms) = std::thread::scope(|s| {
        let terms = s.spawn(term_changes);
        let alignment = align::align_prepared(old, old_words, new, new_words);
        let terms = terms
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (alignment, terms)
    });
    build(old, new, &alignment, terms)
}

/// Build the comparison from an alignment already made.
pub fn compare_aligned(old: &Report, new: &Report, alignment: &Alignment) -> Comparison {
    let terms = terms::term_changes(old.document_text(), new.document_text());
    build(old, new, alignment, terms)
}

/// How alike the words around two figures must be ([`crate::extract::counted::context_score`])
/// for a figure one reworded task lost and another gained to be one figure that moved.
const MOVED_FIGURE_CONTEXT: f64 = 0.5;

/// A figure that one reworded task lost and another gained, written the same and counting
/// the same thing (the words around it alike), moved between clauses that the two years cut
/// differently: Guangdong's 组织开展超5000场次专题教育、家长课堂等活动, its own task in 2025
/// and the tail of a teachers' task in 2026. It was neither dropped nor added: both changes
/// go (the word diffs still show the words), so 删去数字 / 新增数字 list only what is.
fn settle_moved_figures(commitments: &mut [CommitmentPair]) {
    use crate::extract::counted::{context_score, Figures};
    // (pair, change, written figure, unit, words around it) of one direction's figures.
    let figures = |commitments: &[CommitmentPair], lost: bool| {
        let mut out = Vec::new();
        for (p, c) in commitments.iter().enumerate() {
            if c.status != ItemStatus::Changed {
                continue;
            }
            let (want, side) = if lost {
                (Direction::Removed, c.old.as_ref())
            } else {
                (Direction::Added, c.new.as_ref())
            };
            let Some(side) = side else { continue };
            let mut read: Option<Figures> = None;
            for (k, ch) in c.changes.iter().enumerate() {
                let q = if lost {
                    ch.old.as_ref()
                } else {
                    ch.new.as_ref()
                };
                let (true, Some(q)) = (ch.direction == want, q) else {
                    continue;
                };
                let Some(at) = side.quantities.iter().position(|x| x == q) else {
                    continue;
                };
                let f = read.get_or_insert_with(|| Figures::read(&side.text, &side.quantities));
                out.push((p, k, q.written(), q.unit_key(), f.contexts[at].clone()));
            }
        }
        out
    };
    let (lost, gained) = (figures(commitments, true), figures(commitments, false));
    if lost.is_empty() || gained.is_empty() {
        return;
    }
    let mut taken = vec![false; gained.len()];
    let mut drop: Vec<(usize, usize)> = Vec::new();
    for (p, k, text, unit, words) in &lost {
        let found = gained.iter().enumerate().position(|(g, (q, _, t, u, w))| {
            !taken[g]
                && q != p
                && t == text
                && u == unit
                && context_score(words, w) >= MOVED_FIGURE_CONTEXT
        });
        if let Some(g) = found {
            taken[g] = true;
            drop.push((*p, *k));
            drop.push((gained[g].0, gained[g].1));
        }
    }
    // Highest change index first, so earlier indices stay valid.
    drop.sort_unstable_by(|a, b| b.cmp(a));
    for (p, k) in drop {
        commitments[p].changes.remove(k);
    }
}

/// The comparison from an alignment and the term changes.
fn build(
    old: &Report,
    new: &Report,
    alignment: &Alignment,
    terms: crate::model::diff::TermChanges,
) -> Comparison {
    let sections = section_pairs(old, new, alignment);
    let mut commitments = commitment_pairs(old, new, alignment);
    settle_moved_figures(&mut commitments);
    let lists = list_diffs(&old.lists, &new.lists, alignment);
    let targets = targets::target_rows(&old.targets, &new.targets);

    let mut summary = Summary::default();
    for s in &sections {
        match s.status {
            SectionStatus::Added => summary.sections_added += 1,
            SectionStatus::Removed => summary.sections_removed += 1,
            status => {
                summary.sections_matched += 1;
                summary.sections_renamed += usize::from(status == SectionStatus::Renamed);
                summary.sections_split += usize::from(status == SectionStatus::Split);
                summary.sections_merged += usize::from(status == SectionStatus::Merged);
            }
        }
        summary.sections_moved += usize::from(s.moved);
    }
    for c in &commitments {
        match c.status {
            ItemStatus::Unchanged => summary.commitments_unchanged += 1,
            ItemStatus::Changed => summary.commitments_changed += 1,
            ItemStatus::Added => summary.commitments_added += 1,
            ItemStatus::Removed => summary.commitments_removed += 1,
        }
        summary.commitments_moved += usize::from(c.moved);
    }
    summary.targets_changed = targets
        .iter()
        .filter(|t| t.status != ItemStatus::Unchanged)
        .count();
    let all_changes = commitments
        .iter()
        .flat_map(|c| c.changes.iter())
        .chain(
            lists
                .iter()
                .flat_map(|l| l.items.iter())
                .flat_map(|i| i.changes.iter().filter(|c| !i.restates(c, &commitments))),
        )
        .chain(targets.iter().filter_map(|t| t.change.as_ref()));
    for ch in all_changes {
        match ch.direction {
            Direction::Up => summary.quantities_raised += 1,
            Direction::Down => summary.quantities_lowered += 1,
            _ => {}
        }
    }
    // Figures gained, lost or measured otherwise by tasks both years have: a whole task's figures come and go
    // with it, a target's with its indicator, and a 民生实事 item's are its list's to show.
    let kept_changes = crate::model::diff::reworded_outside_lists(&commitments, &lists)
        .into_iter()
        .flat_map(|c| c.changes.iter());
    for ch in kept_changes {
        match ch.direction {
            Direction::Added => summary.quantities_added += 1,
            Direction::Removed => summary.quantities_removed += 1,
            Direction::Incomparable => summary.quantities_incomparable += 1,
            _ => {}
        }
    }
    summary.terms_added = terms.added.len();
    summary.terms_removed = terms.removed.len();

    // Substantive: anything that survives folding. Section `matched` means same content under
    // the same folded title (in the same place among its siblings); a commitment, list item or target is `unchanged` when equal after
    // folding width, spaces and punctuation; term changes need ≥ 2 uses on one side and none
    // on the other, which a re-scrape of the same text cannot produce.
    let substantive = sections
        .iter()
        .any(|s| s.status != SectionStatus::Matched || s.moved)
        || commitments
            .iter()
            .any(|c| c.status != ItemStatus::Unchanged)
        || lists
            .iter()
            .flat_map(|l| l.items.iter())
            .any(|i| i.status != ItemStatus::Unchanged)
        || targets.iter().any(|t| t.status != ItemStatus::Unchanged)
        || !terms.added.is_empty()
        || !terms.removed.is_empty();

    Comparison {
        schema_version: SCHEMA_VERSION,
        old: report_ref(old),
        new: report_ref(new),
        summary,
        sections,
        commitments,
        targets,
        lists,
        terms,
        substantive,
        warnings: crate::warnings::pair_warnings(old, new),
    }
}

fn report_ref(r: &Report) -> ReportRef {
    ReportRef {
        name: r.source.name.clone(),
        year: r.year,
        document: r
            .documents
            .get(r.selected)
            .map(|d| d.title.clone())
            .unwrap_or_default(),
        place: r.place.clone(),
    }
}

fn section_ref(r: &Report, id: usize) -> Option<SectionRef> {
    let s = r.outline.get(id)?;
    let title = format!("{} {}", s.label.trim(), s.title.trim())
        .trim()
        .to_string();
    Some(SectionRef {
        title,
        path: r.path_of(id).join(" / "),
        id,
    })
}

fn section_pairs(old: &Report, new: &Report, a: &Alignment) -> Vec<SectionPair> {
    let moved = moved_sections(old, new, a);
    a.sections
        .iter()
        .zip(moved)
        .map(|(l, moved)| SectionPair {
            status: l.status,
            old: l.old.and_then(|id| section_ref(old, id)),
            new: l.new.and_then(|id| section_ref(new, id)),
            score: l.score,
            moved,
        })
        .collect()
}

/// For each section link, whether it moved among its siblings ([`SectionPair::moved`]): the
/// one-to-one pairs (matched or renamed) of parts or areas under the same pair of parents, in
/// the old order,
/// keep the longest run whose new order agrees; the others moved. Of runs as long, the one
/// keeping most sections at their own place among their siblings ((二) staying (二) while
/// (三) became (一): the (三) moved).
fn moved_sections(old: &Report, new: &Report, a: &Alignment) -> Vec<bool> {
    let mut moved = vec![false; a.sections.len()];
    let one_to_one =
        |s: SectionStatus| matches!(s, SectionStatus::Matched | SectionStatus::Renamed);
    // Sibling groups: (old parent, new parent) → (old id, new id, link index).
    type Group = Vec<(usize, usize, usize)>;
    let mut groups: std::collections::BTreeMap<(usize, usize), Group> =
        std::collections::BTreeMap::new();
    for (k, l) in a.sections.iter().enumerate() {
        let (Some(o), Some(n)) = (l.old, l.new) else {
            continue;
        };
        // Only parts and areas: their order is the report's order of priorities; run-ins
        // and enumeration items are too fine to say it.
        let kind = old.outline.get(o).map(|s| s.kind);
        if !one_to_one(l.status) || !matches!(kind, Some(SectionKind::Part | SectionKind::Area)) {
            continue;
        }
        let parents = (
            old.outline.get(o).and_then(|s| s.parent),
            new.outline.get(n).and_then(|s| s.parent),
        );
        if let (Some(po), Some(pn)) = parents {
            groups.entry((po, pn)).or_default().push((o, n, k));
        }
    }
    let (old_places, new_places) = (places_among_siblings(old), places_among_siblings(new));
    for mut group in groups.into_values() {
        group.sort_unstable();
        let order: Vec<usize> = group.iter().map(|&(_, n, _)| n).collect();
        let stays: Vec<bool> = group
            .iter()
            .map(|&(o, n, _)| old_places.get(o) == new_places.get(n))
            .collect();
        let kept = longest_increasing(&order, &stays);
        for (i, &(_, _, k)) in group.iter().enumerate() {
            moved[k] = !kept[i];
        }
    }
    moved
}

/// Each section's place among its parent's children of its kind (1 for the first area).
fn places_among_siblings(r: &Report) -> Vec<usize> {
    let mut seen: std::collections::HashMap<(Option<usize>, SectionKind), usize> =
        std::collections::HashMap::new();
    r.outline
        .iter()
        .map(|s| {
            let n = seen.entry((s.parent, s.kind)).or_insert(0);
            *n += 1;
            *n
        })
        .collect()
}

/// Which elements of `xs` make up a longest strictly increasing subsequence, of those as long
/// the one holding most elements marked in `stays`. Quadratic: a group of siblings is short.
fn longest_increasing(xs: &[usize], stays: &[bool]) -> Vec<bool> {
    // best[i]: (length, stays) of the best run ending at i; prev[i]: the element before.
    let mut best: Vec<(usize, usize)> = Vec::with_capacity(xs.len());
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for i in 0..xs.len() {
        let own = (1, usize::from(stays[i]));
        let mut here = own;
        for j in 0..i {
            let via = (best[j].0 + 1, best[j].1 + own.1);
            if xs[j] < xs[i] && via > here {
                here = via;
                prev[i] = Some(j);
            }
        }
        best.push(here);
    }
    let mut kept = vec![false; xs.len()];
    let mut at = (0..xs.len()).max_by_key(|&i| (best[i], std::cmp::Reverse(i)));
    while let Some(i) = at {
        kept[i] = true;
        at = prev[i];
    }
    kept
}

fn side(r: &Report, c: &Commitment) -> CommitmentSide {
    let path = if c.path.is_empty() {
        r.path_of(c.section)
    } else {
        c.path.clone()
    };
    CommitmentSide {
        text: c.text.clone(),
        section: path.join(" / "),
        quantities: c.quantities.clone(),
        covers: 1,
    }
}

/// The side of a run of one sentence's commitments ([`fragments::join`]): one commitment's
/// own side, or their text ([`fragments::run_text`], with the sentence's lead when the other
/// side says it) with all their figures, in the first one's section.
fn run_side(r: &Report, run: &fragments::Side) -> CommitmentSide {
    let first = side(r, &r.commitments[run.pieces[0]]);
    if run.pieces.len() == 1 && run.lead.is_none() {
        return first;
    }
    CommitmentSide {
        text: fragments::run_text(r, run),
        quantities: fragments::run_quantities(r, run),
        covers: run.pieces.len(),
        ..first
    }
}

/// Whether a comparison may take a second thread: not inside a batch's worker pool of
/// several threads, which already keeps every core busy with other pairs (measured: the
/// 10-pair batch on two threads ran 8 % slower with the extra threads; the single diff
/// gained 2–5 % across interleaved runs).
fn has_spare_core() -> bool {
    rayon::current_thread_index().is_none() || rayon::current_num_threads() == 1
}

/// `items.iter().map(f).collect()`, the second half on another thread when there is enough
/// work to pay for one and a core to run it.
fn in_two_halves<I: Sync, T: Send>(items: &[I], f: impl Fn(&I) -> T + Sync) -> Vec<T> {
    const MIN_ITEMS: usize = 16;
    if items.len() < MIN_ITEMS || !has_spare_core() {
        return items.iter().map(&f).collect();
    }
    let (first, second) = items.split_at(items.len() / 2);
    std::thread::scope(|s| {
        let later = s.spawn(|| second.iter().map(&f).collect::<Vec<T>>());
        let mut out: Vec<T> = first.iter().map(&f).collect();
        out.extend(
            later
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p)),
        );
        out
    })
}

/// Status, figure changes and word diff of two versions of a clause.
fn clause_change(
    old_text: &str,
    new_text: &str,
    old_q: &[crate::model::Quantity],
    new_q: &[crate::model::Quantity],
) -> (
    ItemStatus,
    Vec<QuantityChange>,
    Vec<crate::model::diff::WordOp>,
) {
    if same_normalized(old_text, new_text) {
        return (ItemStatus::Unchanged, Vec::new(), Vec::new());
    }
    // The same figures written otherwise (1.2万亿元, 一点二万亿元) change nothing.
    if quantity::same_figures(old_q, new_q)
        && !old_q.is_empty()
        && same_normalized(
            &quantity::without_figures(old_text, old_q),
            &quantity::without_figures(new_text, new_q),
        )
    {
        return (ItemStatus::Unchanged, Vec::new(), Vec::new());
    }
    // The same counts in Chinese numerals one year and in figures the next (七大产业集群,
    // 7大产业集群; 一所, 1所), which the quantity reader does not all read.
    if crate::text::may_write_counts_otherwise(old_text, new_text)
        && same_normalized(
            &crate::text::counts_as_figures(old_text),
            &crate::text::counts_as_figures(new_text),
        )
    {
        return (ItemStatus::Unchanged, Vec::new(), Vec::new());
    }
    (
        ItemStatus::Changed,
        quantity::pair_changes(old_text, old_q, new_text, new_q),
        words::word_diff(old_text, new_text),
    )
}

/// `sim::normalize(a) == sim::normalize(b)` without building either string: the folded
/// characters that carry meaning (letters, CJK, digits and the number mark `#`) compared in
/// step, with CJK ideographs (most characters) kept without a Unicode table lookup.
fn same_normalized(a: &str, b: &str) -> bool {
    fn meaningful(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .map(fold_char)
            .filter(|&c| crate::text::is_cjk_ideograph(c) || c.is_alphanumeric() || c == '#')
    }
    a == b || meaningful(a).eq(meaningful(b))
}

/// Commitment rows in the new report's order; a removed commitment follows the row of the
/// nearest earlier old commitment that was paired (so it shows where it used to be).
fn commitment_pairs(old: &Report, new: &Report, a: &Alignment) -> Vec<CommitmentPair> {
    let mut by_old: Vec<Option<usize>> = vec![None; old.commitments.len()];
    let mut new_paired = vec![false; new.commitments.len()];
    let mut rows: Vec<((usize, usize, usize), CommitmentPair)> = Vec::new();
    let (mut old_horizons, mut new_horizons) =
        (horizon::Horizons::new(old), horizon::Horizons::new(new));
    // Each pair's two sides, with the other pieces of its sentence that the other report
    // reads as part of one clause (a sentence cut at its verbs one year, whole the next).
    let runs = fragments::join(old, new, &a.commitments);
    let sides: Vec<Option<(CommitmentSide, CommitmentSide)>> = a
        .commitments
        .iter()
        .zip(&runs)
        .map(|(l, (o, n))| {
            (l.old < old.commitments.len() && l.new < new.commitments.len())
                .then(|| (run_side(old, o), run_side(new, n)))
        })
        .collect();
    // The word diffs of the pairs, the bulk of this step, on two threads.
    let pair_changes = in_two_halves(&sides, |s| {
        let (o, n) = s.as_ref()?;
        Some(clause_change(
            &o.text,
            &n.text,
            &o.quantities,
            &n.quantities,
        ))
    });
    for (((l, (old_run, new_run)), sides), change) in
        a.commitments.iter().zip(runs).zip(sides).zip(pair_changes)
    {
        let (Some((old_side, new_side)), Some((status, mut changes, words))) = (sides, change)
        else {
            continue;
        };
        for i in old_run.pieces {
            by_old[i] = Some(l.new);
        }
        for j in new_run.pieces {
            new_paired[j] = true;
        }
        if old_horizons.of(&old.commitments[l.old]) != new_horizons.of(&new.commitments[l.new]) {
            for c in &mut changes {
                across_horizons(c);
            }
        }
        rows.push((
            (l.new, 0, l.old),
            CommitmentPair {
                status,
                moved: l.moved,
                score: l.score,
                old: Some(old_side),
                new: Some(new_side),
                changes,
                words,
            },
        ));
    }
    // A clause that is a heading's words in the other report (强化就业优先导向: a sentence
    // one year, a run-in heading the next) was neither added nor removed: it pairs with the
    // heading, unchanged, when it holds no figure.
    let (old_headings, new_headings) = (HeadingWords::new(old), HeadingWords::new(new));
    for (j, n) in new.commitments.iter().enumerate() {
        if !new_paired[j] {
            if let Some(heading) = old_headings.side_for(old, n) {
                rows.push(((j, 0, 0), unchanged_as_heading(heading, side(new, n))));
                continue;
            }
            let changes = n
                .quantities
                .iter()
                .map(|q| quantity::change(None, Some(q)))
                .collect();
            rows.push((
                (j, 0, 0),
                CommitmentPair {
                    status: ItemStatus::Added,
                    moved: false,
                    score: 0.0,
                    old: None,
                    new: Some(side(new, n)),
                    changes,
                    words: Vec::new(),
                },
            ));
        }
    }
    // A removed commitment follows the furthest new counterpart of the old commitments before
    // it, so removed ones keep the old report's order: "删去任务" lists them as the old report
    // reads, whatever order the new report put their neighbours in.
    let mut last_new = 0usize;
    for (i, o) in old.commitments.iter().enumerate() {
        match by_old[i] {
            Some(j) => last_new = last_new.max(j),
            None => {
                if let Some(heading) = new_headings.side_for(new, o) {
                    rows.push((
                        (last_new, 1, i),
                        unchanged_as_heading(side(old, o), heading),
                    ));
                    continue;
                }
                let changes = o
                    .quantities
                    .iter()
                    .map(|q| quantity::change(Some(q), None))
                    .collect();
                rows.push((
                    (last_new, 1, i),
                    CommitmentPair {
                        status: ItemStatus::Removed,
                        moved: false,
                        score: 0.0,
                        old: Some(side(old, o)),
                        new: None,
                        changes,
                        words: Vec::new(),
                    },
                ));
            }
        }
    }
    // Reworded run-in headings go first among rows of the same place (stable sort).
    rows.splice(0..0, run_in_heading_rows(old, new, a, &by_old, &new_paired));
    rows.sort_by_key(|r| r.0);
    rows.into_iter().map(|r| r.1).collect()
}

/// Fewest ideograph-bigram likeness (Dice) of two run-in headings read as one reworded.
const RUN_IN_REWORDED: f64 = 0.5;

/// Fewest likeness of two run-in headings paired by their tasks across areas the alignment
/// did not pair ([`run_in_heading_rows`]).
const RUN_IN_TASKS_LIKE: f64 = 0.25;

/// A run-in heading of one report whose words the other lacks ([`run_in_heading_rows`]): its
/// section, its words, the area (or part) it stands under, its title's ideograph bigrams.
struct LoneRunIn {
    id: usize,
    key: String,
    anchor: usize,
    bigrams: Vec<(char, char)>,
}

/// Most pairs of run-in headings [`run_in_heading_rows`] weighs (a report has some tens of
/// headings the other lacks).
const MAX_RUN_IN_PAIRS: usize = 250_000;

/// Marks and spaces a clause may have beyond its words to be a heading's words
/// (强化就业优先导向。 for 强化就业优先导向): longer clauses are not asked.
const HEADING_CLAUSE_MARKS: usize = 8;

/// The words of a heading (or a short clause) as [`run_in_heading_rows`] compares them: counts
/// in Chinese numerals written in figures (继续办好十件惠民实事 and 继续办好10件惠民实事 are one
/// heading), then normalized.
fn heading_key(title: &str) -> String {
    if crate::text::may_hold_count(title) {
        align::sim::normalize(&crate::text::counts_as_figures(title))
    } else {
        align::sim::normalize(title)
    }
}

/// Run-in headings (段首小标题) reworded, dropped or new from one year to the next, as rows
/// of the commitments (推进高质量充分就业。 → 加快推进高质量充分就业。): a run-in heading
/// names a task but is no clause of any commitment, only their sections' title, so a report
/// whose one change is such a heading would otherwise read as unchanged. A heading of one
/// report whose words are not a run-in heading's, nor a clause's, anywhere in the other
/// report pairs with the likest such heading of the other, one to one, at a likeness of at
/// least [`RUN_IN_REWORDED`], under work areas (or parts) the section alignment paired; only
/// headings with a commitment under them (a review's headings head none). Headings the
/// words leave unpaired pair by their tasks: most of one's kept tasks under the other, and
/// most of the other's from it (积极的财政政策要适度加力、提质增效 → 实施更加积极的财政政策).
/// A heading left without a counterpart whose tasks mostly stay (the page dropped the
/// heading, its tasks now under the one before) is a removed (added) row of its own: the
/// tasks alone are unchanged, so the comparison would read as unchanged. Headings of the
/// same words ([`heading_key`]: unchanged), and headings new or dropped with their tasks
/// (the tasks' rows tell), give no row. Run-ins the alignment reads as areas (1．… under a
/// part with no （一）) are compared as sections instead.
fn run_in_heading_rows(
    old: &Report,
    new: &Report,
    a: &Alignment,
    by_old: &[Option<usize>],
    new_paired: &[bool],
) -> Vec<((usize, usize, usize), CommitmentPair)> {
    // Every run-in heading of a report with its words (folded once: each report's are asked
    // as its own and as the other's).
    let run_ins = |r: &Report| -> Vec<(usize, String)> {
        r.outline
            .iter()
            .filter(|s| s.kind == SectionKind::RunIn)
            .map(|s| (s.id, heading_key(&s.title)))
            .collect()
    };
    let (old_run_ins, new_run_ins) = (run_ins(old), run_ins(new));
    fn words(run_ins: &[(usize, String)]) -> rustc_hash::FxHashSet<&str> {
        run_ins.iter().map(|(_, key)| key.as_str()).collect()
    }
    // The sections the alignment has rows for (parts and areas), each side.
    let linked = |old_side: bool| -> rustc_hash::FxHashSet<usize> {
        a.sections
            .iter()
            .filter_map(|l| if old_side { l.old } else { l.new })
            .collect()
    };
    let (old_linked, new_linked) = (linked(true), linked(false));
    let in_links =
        |id: usize, old_side: bool| if old_side { &old_linked } else { &new_linked }.contains(&id);
    // Whether a section heads a task: a review's headings (民生福祉持续改善) head none.
    let heads_tasks = |r: &Report, s: &crate::model::Section| {
        let k = r
            .commitments
            .partition_point(|c| c.span.start < s.span.start);
        r.commitments
            .get(k)
            .is_some_and(|c| c.span.end <= s.span.end)
    };
    // Run-ins of `r` (`run_ins`) heading tasks whose words no run-in heading of the other
    // report has (`other`).
    let lone = |r: &Report,
                run_ins: &[(usize, String)],
                other: &rustc_hash::FxHashSet<&str>,
                old_side: bool| {
        run_ins
            .iter()
            .map(|(id, key)| (&r.outline[*id], key))
            .filter(|(s, key)| {
                !in_links(s.id, old_side)
                    && heads_tasks(r, s)
                    && key.chars().count() >= 4
                    && !other.contains(key.as_str())
            })
            .map(|(s, key)| {
                let anchor = std::iter::successors(s.parent, |&p| r.outline.get(p)?.parent)
                    .find(|&p| in_links(p, old_side))
                    .unwrap_or(0);
                LoneRunIn {
                    id: s.id,
                    key: key.clone(),
                    anchor,
                    bigrams: crate::text::ideograph_bigrams(s.title.chars()),
                }
            })
            .collect::<Vec<_>>()
    };
    let mut old_lone = lone(old, &old_run_ins, &words(&new_run_ins), true);
    let mut new_lone = lone(new, &new_run_ins, &words(&old_run_ins), false);
    // Nor the words of a clause of the other report (a heading one year, a sentence the
    // next). Only clauses as short as a heading can be one: the rest are not folded.
    let without_clauses = |lone: &mut Vec<LoneRunIn>, other: &Report| {
        let longest = lone
            .iter()
            .map(|l| l.key.chars().count())
            .max()
            .unwrap_or(0);
        let clauses: rustc_hash::FxHashSet<String> = other
            .commitments
            .iter()
            .filter(|c| c.text.chars().count() <= longest + HEADING_CLAUSE_MARKS)
            .map(|c| heading_key(&c.text))
            .collect();
        lone.retain(|l| !clauses.contains(&l.key));
    };
    if old_lone.is_empty() && new_lone.is_empty() {
        return Vec::new();
    }
    without_clauses(&mut old_lone, new);
    without_clauses(&mut new_lone, old);
    // (A page of many thousand such headings on each side compares none: the pairs are
    // bounded, as every step's work is, docs/robustness.md.)
    if old_lone.len().saturating_mul(new_lone.len()) > MAX_RUN_IN_PAIRS {
        return Vec::new();
    }
    // The areas (or parts) paired, old to new; the roots with each other.
    let mut partners: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    partners.entry(0).or_default().push(0);
    for l in &a.sections {
        if let (Some(o), Some(n)) = (l.old, l.new) {
            partners.entry(o).or_default().push(n);
        }
    }
    let mut cands: Vec<(usize, usize, f64)> = Vec::new();
    for (i, o) in old_lone.iter().enumerate() {
        let Some(areas) = partners.get(&o.anchor) else {
            continue;
        };
        for (j, n) in new_lone.iter().enumerate() {
            if !areas.contains(&n.anchor) {
                continue;
            }
            let like = crate::text::bigram_likeness(&o.bigrams, &n.bigrams);
            if like >= RUN_IN_REWORDED {
                cands.push((i, j, like));
            }
        }
    }
    let side = |r: &Report, id: usize| {
        let s = &r.outline[id];
        CommitmentSide {
            text: s.title.clone(),
            section: s
                .parent
                .map(|p| r.path_of(p))
                .unwrap_or_default()
                .join(" / "),
            quantities: Vec::new(),
            covers: 0,
        }
    };
    let mut pairs = align::sim::assign(&cands, old_lone.len(), new_lone.len(), |_, _| 0.0);
    let mut old_reworded = vec![false; old_lone.len()];
    let mut new_reworded = vec![false; new_lone.len()];
    for &(i, j, _) in &pairs {
        old_reworded[i] = true;
        new_reworded[j] = true;
    }
    // The commitments under a heading.
    let tasks = |r: &Report, id: usize| {
        let span = r.outline[id].span;
        let first = r.commitments.partition_point(|c| c.span.start < span.start);
        first..r.commitments.partition_point(|c| c.span.start < span.end)
    };
    let old_tasks: Vec<_> = old_lone.iter().map(|l| tasks(old, l.id)).collect();
    let new_tasks: Vec<_> = new_lone.iter().map(|l| tasks(new, l.id)).collect();
    // Headings the words left unpaired, paired by their tasks (积极的财政政策要适度加力、提质增效
    // → 实施更加积极的财政政策): most of one's kept tasks under the other, and most of the
    // other's kept tasks from it; two at least, or most of all their tasks; under areas the
    // alignment paired, or with titles somewhat alike (发展海洋经济和湾区经济 → 推动海洋经济
    // 高质量发展, areas not paired). Tasks alone across areas not paired also paired
    // headings of other subjects (促进教育优质均衡发展 → 优化科技创新生态: 2 or 3 of the 10
    // such pairs on the corpus), so there the titles must agree somewhat too.
    let mut heading_of_task: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for (j, range) in new_tasks.iter().enumerate() {
        if !new_reworded[j] {
            heading_of_task.extend(range.clone().map(|k| (k, j)));
        }
    }
    let mut by_tasks: Vec<(usize, usize, f64)> = Vec::new();
    for (i, range) in old_tasks.iter().enumerate() {
        if old_reworded[i] {
            continue;
        }
        let mut under: rustc_hash::FxHashMap<usize, usize> = Default::default();
        for k in range.clone() {
            if let Some(j) = by_old[k].and_then(|n| heading_of_task.get(&n)) {
                *under.entry(*j).or_default() += 1;
            }
        }
        let old_kept = range.clone().filter(|&k| by_old[k].is_some()).count();
        for (j, n) in under {
            let new_kept = new_tasks[j].clone().filter(|&k| new_paired[k]).count();
            let most = range.len().max(new_tasks[j].len());
            let placed = partners
                .get(&old_lone[i].anchor)
                .is_some_and(|areas| areas.contains(&new_lone[j].anchor))
                || crate::text::bigram_likeness(&old_lone[i].bigrams, &new_lone[j].bigrams)
                    >= RUN_IN_TASKS_LIKE;
            if 2 * n >= old_kept.max(new_kept) && (n >= 2 || 2 * n >= most) && placed {
                by_tasks.push((i, j, n as f64 / most as f64));
            }
        }
    }
    by_tasks.sort_by_key(|c| (c.0, c.1));
    for (i, j, _) in align::sim::assign(&by_tasks, old_lone.len(), new_lone.len(), |_, _| 0.0) {
        old_reworded[i] = true;
        new_reworded[j] = true;
        let like = crate::text::bigram_likeness(&old_lone[i].bigrams, &new_lone[j].bigrams);
        pairs.push((i, j, like));
    }
    // A heading left without a counterpart whose tasks stay (under another heading now, or
    // under none) is itself added or removed, when its words are nowhere in the other
    // report's text (there, the other report says them in some other way): placed before
    // its first task (new side), or where a removed commitment at its first task would be.
    let gone =
        |r: &Report, id: usize, other: &Report| !other.clean.text.contains(&r.outline[id].title);
    let mut rows: Vec<((usize, usize, usize), CommitmentPair)> = Vec::new();
    // Most of its tasks, and one at least.
    let mostly = |kept: usize, all: usize| kept > 0 && 2 * kept >= all;
    for (i, l) in old_lone.iter().enumerate() {
        let kept = old_tasks[i]
            .clone()
            .filter(|&k| by_old[k].is_some())
            .count();
        if old_reworded[i] || !mostly(kept, old_tasks[i].len()) || !gone(old, l.id, new) {
            continue;
        }
        // Where a removed commitment would stand (see the removed rows): after the pairs of
        // the old commitments before it.
        let first = old_tasks[i].start;
        let last_new = by_old[..first].iter().flatten().max().copied().unwrap_or(0);
        rows.push((
            (last_new, 1, first),
            one_side(ItemStatus::Removed, Some(side(old, l.id)), None),
        ));
    }
    for (j, l) in new_lone.iter().enumerate() {
        let kept = new_tasks[j].clone().filter(|&k| new_paired[k]).count();
        if new_reworded[j] || !mostly(kept, new_tasks[j].len()) || !gone(new, l.id, old) {
            continue;
        }
        rows.push((
            (new_tasks[j].start, 0, 0),
            one_side(ItemStatus::Added, None, Some(side(new, l.id))),
        ));
    }
    rows.extend(pairs.into_iter().map(|(i, j, like)| {
        let (o, n) = (old_lone[i].id, new_lone[j].id);
        let (ot, nt) = (&old.outline[o].title, &new.outline[n].title);
        // Its place: before the first commitment at or after the new heading.
        let start = new.outline[n].heading.start;
        let at = new.commitments.partition_point(|c| c.span.start < start);
        (
            (at, 0, 0),
            CommitmentPair {
                status: ItemStatus::Changed,
                moved: false,
                score: like,
                old: Some(side(old, o)),
                new: Some(side(new, n)),
                changes: Vec::new(),
                words: words::word_diff(ot, nt),
            },
        )
    }));
    rows
}

/// A row of one side only: a heading added or removed.
fn one_side(
    status: ItemStatus,
    old: Option<CommitmentSide>,
    new: Option<CommitmentSide>,
) -> CommitmentPair {
    CommitmentPair {
        status,
        moved: false,
        score: 0.0,
        old,
        new,
        changes: Vec::new(),
        words: Vec::new(),
    }
}

/// The headings of a report (parts, areas, run-ins) by their words, as
/// [`align::sim::normalize`] keeps them (folded, no punctuation), so 强化就业优先导向 and
/// 强化就业优先导向。 are one key.
struct HeadingWords(rustc_hash::FxHashMap<String, usize>);

impl HeadingWords {
    fn new(r: &Report) -> HeadingWords {
        let mut map = rustc_hash::FxHashMap::default();
        for s in &r.outline {
            if matches!(
                s.kind,
                SectionKind::Part | SectionKind::Area | SectionKind::RunIn
            ) {
                map.entry(align::sim::normalize(&s.title)).or_insert(s.id);
            }
        }
        HeadingWords(map)
    }

    /// The heading of `r` whose words are the whole of clause `c`, as a commitment side
    /// (its section path the heading's own), when `c` holds no figure.
    fn side_for(&self, r: &Report, c: &Commitment) -> Option<CommitmentSide> {
        if !c.quantities.is_empty() {
            return None;
        }
        let key = align::sim::normalize(&c.text);
        if key.chars().count() < 4 {
            return None;
        }
        let &id = self.0.get(&key)?;
        Some(CommitmentSide {
            text: r.outline[id].title.clone(),
            section: r.path_of(id).join(" / "),
            quantities: Vec::new(),
            covers: 0,
        })
    }
}

/// A clause paired with a heading of the same words in the other report: unchanged.
fn unchanged_as_heading(old: CommitmentSide, new: CommitmentSide) -> CommitmentPair {
    CommitmentPair {
        status: ItemStatus::Unchanged,
        moved: false,
        score: 1.0,
        old: Some(old),
        new: Some(new),
        changes: Vec::new(),
        words: Vec::new(),
    }
}

/// A figure change between a year's target and a longer-term one is no change: mark it
/// incomparable ([`Mismatch::Horizon`]).
fn across_horizons(c: &mut QuantityChange) {
    if !matches!(
        c.direction,
        Direction::Up | Direction::Down | Direction::Requalified
    ) {
        return;
    }
    let text = |q: &Option<crate::model::Quantity>| q.as_ref().map(|q| q.text.clone());
    c.summary = format!(
        "{} → {} (a year's target vs a longer-term one)",
        text(&c.old).unwrap_or_default(),
        text(&c.new).unwrap_or_default()
    );
    c.direction = Direction::Incomparable;
    c.mismatch = Some(Mismatch::Horizon);
    c.delta = None;
    c.relative = None;
}

fn list_diffs(old: &[ItemList], new: &[ItemList], a: &Alignment) -> Vec<ListDiff> {
    let mut out = Vec::new();
    for la in &a.lists {
        let ol = la.old.and_then(|i| old.get(i));
        let nl = la.new.and_then(|i| new.get(i));
        let title = nl.or(ol).map(|l| l.title.clone()).unwrap_or_default();
        let mut items: Vec<((usize, usize, usize), ListItemPair)> = Vec::new();
        let empty: &[crate::model::ListItem] = &[];
        let (oi, ni) = (
            ol.map_or(empty, |l| &l.items[..]),
            nl.map_or(empty, |l| &l.items[..]),
        );
        let mut old_paired = vec![false; oi.len()];
        let mut new_paired = vec![false; ni.len()];
        for &(i, j, score) in &la.items {
            let (Some(o), Some(n)) = (oi.get(i), ni.get(j)) else {
                continue;
            };
            old_paired[i] = true;
            new_paired[j] = true;
            let (status, changes, words) =
                clause_change(&o.text, &n.text, &o.quantities, &n.quantities);
            items.push((
                (j, 0, i),
                ListItemPair {
                    status,
                    score,
                    old: Some(o.text.clone()),
                    new: Some(n.text.clone()),
                    old_label: Some(o.label.clone()),
                    new_label: Some(n.label.clone()),
                    changes,
                    words,
                },
            ));
        }
        for (j, n) in ni.iter().enumerate().filter(|(j, _)| !new_paired[*j]) {
            let changes = n
                .quantities
                .iter()
                .map(|q| quantity::change(None, Some(q)))
                .collect();
            items.push((
                (j, 0, 0),
                ListItemPair {
                    status: ItemStatus::Added,
                    score: 0.0,
                    old: None,
                    new: Some(n.text.clone()),
                    old_label: None,
                    new_label: Some(n.label.clone()),
                    changes,
                    words: Vec::new(),
                },
            ));
        }
        for (i, o) in oi.iter().enumerate().filter(|(i, _)| !old_paired[*i]) {
            let changes = o
                .quantities
                .iter()
                .map(|q| quantity::change(Some(q), None))
                .collect();
            items.push((
                (usize::MAX, 1, i),
                ListItemPair {
                    status: ItemStatus::Removed,
                    score: 0.0,
                    old: Some(o.text.clone()),
                    new: None,
                    old_label: Some(o.label.clone()),
                    new_label: None,
                    changes,
                    words: Vec::new(),
                },
            ));
        }
        items.sort_by_key(|r| r.0);
        out.push(ListDiff {
            title,
            items: items.into_iter().map(|r| r.1).collect(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reworded pair of two clauses, its figures read and paired as the diff does.
    fn reworded(old: &str, new: &str) -> CommitmentPair {
        let side = |text: &str| CommitmentSide {
            text: text.into(),
            section: "工作安排".into(),
            quantities: crate::extract::find_quantities(text),
            covers: 1,
        };
        let (o, n) = (side(old), side(new));
        let changes = quantity::pair_changes(&o.text, &o.quantities, &n.text, &n.quantities);
        CommitmentPair {
            status: ItemStatus::Changed,
            moved: false,
            score: 0.6,
            old: Some(o),
            new: Some(n),
            changes,
            words: vec![],
        }
    }

    /// Guangdong 2025 → 2026 as written: 组织开展超5000场次专题教育… left one task for the tail
    /// of another; it is neither lost by the first nor gained by the second. The same figure
    /// gained where it counts something else is a gain.
    #[test]
    fn a_figure_moved_between_reworded_tasks_is_neither_lost_nor_gained() {
        let lost_it = reworded(
            "强化家校社协同育人，组织开展超5000场次专题教育、家长课堂等活动，提高学生家长心理健康教育素养。",
            "提高学生、家长心理健康教育素养",
        );
        let gained_it = reworded(
            "加强学校心理健康教师队伍建设，开展心理健康教师培训超2.6万人次。",
            "持续加强大中小学校心理健康教育教师队伍建设，开展心理健康教育教师培训超2.8万人次，各级各类学校组织开展超5000场次专题教育、家长课堂等活动",
        );
        let other = reworded(
            "建设文化惠民工程",
            "举办文艺演出超5000场次，建设文化惠民工程",
        );
        let mut pairs = vec![lost_it, gained_it, other];
        let dirs = |pairs: &[CommitmentPair]| -> Vec<Vec<Direction>> {
            pairs
                .iter()
                .map(|p| p.changes.iter().map(|c| c.direction).collect())
                .collect()
        };
        assert_eq!(
            dirs(&pairs),
            [
                vec![Direction::Removed],
                vec![Direction::Up, Direction::Added],
                vec![Direction::Added]
            ]
        );
        settle_moved_figures(&mut pairs);
        assert_eq!(
            dirs(&pairs),
            [vec![], vec![Direction::Up], vec![Direction::Added]]
        );
    }

    /// A page's text, parsed as a report.
    fn report(text: &str) -> Report {
        crate::pipeline::parse_bytes("r.txt", text.as_bytes(), &Default::default()).unwrap()
    }
    use crate::align::sim;
    use crate::align::testkit::rough_seed;

    #[test]
    fn same_normalized_agrees_with_sim_normalize() {
        let pairs = [
            ("增长５％，", "增长5%,"),
            ("新建10所", "新建１０所"),
            ("a #b", "a＃b"),
            ("“先手棋”", "先手棋"),
            ("推进改革", "推进改革。"),
            ("推进改革", "推进改善"),
            ("", "，"),
            ("Ⅲ期", "III期"),
        ];
        for (a, b) in pairs {
            assert_eq!(
                same_normalized(a, b),
                sim::normalize(a) == sim::normalize(b),
                "{a} {b}"
            );
        }
        let Some(old) = rough_seed(2025) else {
            eprintln!("seed fixtures absent; skipping");
            return;
        };
        let cs = &old.commitments;
        for (x, y) in cs.iter().zip(cs.iter().skip(1)).take(200) {
            let w = x.text.replace('，', ",");
            for (a, b) in [(&x.text, &y.text), (&x.text, &w), (&x.text, &x.text)] {
                assert_eq!(
                    same_normalized(a, b),
                    sim::normalize(a) == sim::normalize(b)
                );
            }
        }
    }

    #[test]
    fn counts_in_numerals_or_figures_are_the_same_text() {
        let unchanged = [
            ("推动七大产业集群成体系", "推动7大产业集群成体系"),
            ("价格下降3至5分/立方米", "价格下降3—5分/立方米"),
            (
                "实施《规划（2024至2029年）》",
                "实施《规划（2024-2029年）》",
            ),
            ("每个县至少办好一所优质高中", "每个县至少办好1所优质高中"),
            (
                "比上年提高一个百分点，实施十大工程",
                "比上年提高1个百分点，实施10大工程",
            ),
            ("新建两个中心、十二所学校", "新建2个中心、１２所学校"),
        ];
        let changed = [
            ("推动七大产业集群", "推动8大产业集群"),
            ("实施“十四五”规划", "实施“14五”规划"),
            ("统一大市场", "统1大市场建设"),
            ("新建三所学校", "新建3座学校"),
            ("价格下降3至5分", "价格下降3—6分"),
            ("达到5%", "达5%"),
        ];
        let expected = unchanged
            .iter()
            .map(|p| (p, ItemStatus::Unchanged))
            .chain(changed.iter().map(|p| (p, ItemStatus::Changed)));
        for ((a, b), status) in expected {
            assert_eq!(clause_change(a, b, &[], &[]).0, status, "{a} {b}");
        }
    }

    /// The prepared path (what `govdiff diff` runs) equals aligning and counting terms from
    /// the reports directly (`compare_aligned`, which folds and segments in the pairwise step).
    #[test]
    fn longest_increasing_prefers_sections_in_place() {
        // (二) stays (二) while (三) becomes (一): the (三) moved, though keeping it and
        // moving the (二) would explain the order as well.
        assert_eq!(
            longest_increasing(&[2, 1, 3], &[true, false, true]),
            [true, false, true]
        );
        assert_eq!(longest_increasing(&[1, 2, 3, 4], &[true; 4]), [true; 4]);
        // 3 moved to the front: the rest kept.
        assert_eq!(
            longest_increasing(&[2, 3, 1, 4], &[false, false, false, true]),
            [true, true, false, true]
        );
        assert!(longest_increasing(&[], &[]).is_empty());
    }

    /// Areas that swapped places are paired and marked moved, which makes the comparison
    /// substantive; the same report against itself has none.
    #[test]
    fn reordered_areas_are_moved() {
        let a = "二、2026年工作安排\n\
                 （一）扩大有效需求。新建学校20所，新增学位1万个。\n\
                 （二）发展新质生产力。新增高新技术企业100家，培育专精特新企业50家。\n\
                 （三）保障和改善民生。新增城镇就业8万人，改造老旧小区100个。\n";
        let b = "二、2026年工作安排\n\
                 （一）保障和改善民生。新增城镇就业8万人，改造老旧小区100个。\n\
                 （二）扩大有效需求。新建学校20所，新增学位1万个。\n\
                 （三）发展新质生产力。新增高新技术企业100家，培育专精特新企业50家。\n";
        let c = compare(&report(a), &report(b));
        let moved: Vec<&str> = c
            .sections
            .iter()
            .filter(|s| s.moved)
            .filter_map(|s| s.new.as_ref().map(|r| r.title.as_str()))
            .collect();
        assert_eq!(moved, ["（一） 保障和改善民生"]);
        assert_eq!(c.summary.sections_moved, 1);
        assert!(c.substantive);
        let same = compare(&report(a), &report(a));
        assert!(!same.substantive && same.summary.sections_moved == 0);
        // A heading reworded, its body kept: renamed, counted, substantive.
        let renamed = a.replace("（二）发展新质生产力", "（二）因地制宜发展新质生产力");
        let c = compare(&report(a), &report(&renamed));
        let statuses: Vec<SectionStatus> = c.sections.iter().map(|s| s.status).collect();
        let n = statuses
            .iter()
            .filter(|&&s| s == SectionStatus::Renamed)
            .count();
        assert_eq!((n, c.summary.sections_renamed), (1, 1), "{statuses:?}");
        assert_eq!(c.summary.sections_split + c.summary.sections_merged, 0);
        assert!(c.substantive);
    }

    /// A clause one year that is a run-in heading's words the next (Hubei 2025 → 2026:
    /// 强化就业优先导向) is kept, paired with the heading, in either direction; a clause with a
    /// figure is not (its figure would be lost from the changes).
    #[test]
    fn a_clause_that_became_a_heading_is_kept() {
        let body = "落实落细就业优先政策，加强重点群体就业帮扶，健全就业公共服务体系，\
                    稳定和扩大就业岗位。";
        let sentence = format!(
            "二、2026年工作安排\n（一）保障和改善民生。坚持尽力而为、量力而行。强化就业优先导向。{body}\n\
             （二）扩大有效需求。新建学校20所。\n"
        );
        let heading = format!(
            "二、2026年工作安排\n（一）保障和改善民生。坚持尽力而为、量力而行。\n\
             强化就业优先导向。{body}\n完善社会保障体系。{body}\n（二）扩大有效需求。新建学校20所。\n"
        );
        let (a, b) = (report(&sentence), report(&heading));
        assert!(b.outline.iter().any(|s| s.title == "强化就业优先导向"));
        let kept = |c: &Comparison| {
            c.commitments.iter().any(|p| {
                p.status == ItemStatus::Unchanged
                    && [&p.old, &p.new].iter().all(|x| {
                        x.as_ref()
                            .is_some_and(|x| x.text.starts_with("强化就业优先导向"))
                    })
            })
        };
        let forward = compare(&a, &b);
        assert!(kept(&forward), "{:#?}", forward.commitments);
        assert!(kept(&compare(&b, &a)));
        assert_eq!(forward.summary.commitments_removed, 0);
    }

    #[test]
    fn prepared_comparison_equals_direct_comparison() {
        let (Some(old), Some(new)) = (rough_seed(2025), rough_seed(2026)) else {
            eprintln!("seed fixtures absent; skipping");
            return;
        };
        let prepared = compare_prepared(
            &align::Prepared::new(old.clone()),
            &align::Prepared::new(new.clone()),
        );
        let words = |r: &Report| crate::align::prepare(r);
        let direct = compare_aligned(
            &old,
            &new,
            &align::align_prepared(&old, &words(&old), &new, &words(&new)),
        );
        assert!(!prepared.terms.added.is_empty());
        assert_eq!(prepared, direct);
        assert_eq!(prepared, compare(&old, &new));
    }

    /// A run-in heading reworded, its tasks kept (推进高质量充分就业 → 加快推进高质量充分
    /// 就业): one changed row of the two titles, so the comparison is substantive; the same
    /// heading, a heading of the review (no task under it) or one with no like counterpart
    /// gives none.
    #[test]
    fn a_reworded_run_in_heading_is_a_change() {
        let page = |review: &str, heading: &str| {
            format!(
                "一、2025年工作回顾\n（一）民生保障有力。{review}。城镇新增就业8万人。\n\
                 二、2026年工作安排\n（一）保障和改善民生。坚持尽力而为、量力而行。\n\
                 {heading}。落实落细就业优先政策，加强重点群体就业帮扶，稳定和扩大就业岗位。\n\
                 完善社会保障体系。扩大养老保险覆盖面，健全社会救助体系。\n\
                 （二）扩大有效需求。新建学校20所。\n"
            )
        };
        let old = report(&page("就业形势稳定", "推进高质量充分就业"));
        assert!(old.outline.iter().any(|s| s.title == "推进高质量充分就业"));
        let headings = |c: &Comparison| -> Vec<(String, String)> {
            c.commitments
                .iter()
                .filter(|p| p.status == ItemStatus::Changed)
                .filter_map(|p| Some((p.old.as_ref()?.text.clone(), p.new.as_ref()?.text.clone())))
                .collect()
        };
        let c = compare(
            &old,
            &report(&page("就业形势稳定", "加快推进高质量充分就业")),
        );
        assert_eq!(
            headings(&c),
            [(
                "推进高质量充分就业".to_string(),
                "加快推进高质量充分就业".to_string()
            )]
        );
        assert_eq!(c.summary.commitments_changed, 1);
        assert!(c.substantive);
        let pair = &c
            .commitments
            .iter()
            .find(|p| p.status == ItemStatus::Changed)
            .unwrap();
        assert_eq!(
            pair.new.as_ref().unwrap().section,
            "2026年工作安排 / 保障和改善民生"
        );
        assert_eq!(pair.new.as_ref().unwrap().covers, 0);
        // The same heading, or a review's reworded: nothing.
        assert!(!compare(&old, &report(&page("就业形势稳定", "推进高质量充分就业"))).substantive);
        let c = compare(
            &old,
            &report(&page("就业形势总体稳定", "推进高质量充分就业")),
        );
        assert!(headings(&c).is_empty(), "{:?}", headings(&c));
        // A heading with no like counterpart over the same tasks: paired by its tasks.
        let c = compare(&old, &report(&page("就业形势稳定", "织密扎牢社会保障网")));
        assert_eq!(
            headings(&c),
            [(
                "推进高质量充分就业".to_string(),
                "织密扎牢社会保障网".to_string()
            )]
        );
        // A count in Chinese numerals one year and in figures the next: the same heading.
        let c = compare(
            &report(&page("就业形势稳定", "继续办好10件惠民实事")),
            &report(&page("就业形势稳定", "继续办好十件惠民实事")),
        );
        assert!(!c.substantive, "{:?}", headings(&c));
    }

    /// A run-in heading dropped while its tasks stay (now under the heading before it) is a
    /// removed row, and the other way round an added one: the tasks alone are unchanged, so
    /// the comparison said nothing. A heading dropped with its tasks gives no row of its own
    /// (the tasks' removal tells).
    #[test]
    fn a_run_in_heading_dropped_over_kept_tasks_is_a_row() {
        let page = |second: &str, tasks: &str| {
            format!(
                "二、2026年工作安排\n（一）保障和改善民生。坚持尽力而为、量力而行。\n\
                 推进高质量充分就业。落实落细就业优先政策，加强重点群体就业帮扶。\n\
                 {second}{tasks}\n\
                 办好人民满意的教育。建设高质量教育体系，扩大优质教育资源。\n\
                 （二）扩大有效需求。新建学校20所。\n"
            )
        };
        let tasks = "扩大养老保险覆盖面，健全社会救助体系。";
        let with = report(&page("完善社会保障体系。", tasks));
        let without = report(&page("", tasks));
        assert!(with.outline.iter().any(|s| s.title == "完善社会保障体系"));
        assert!(!without
            .outline
            .iter()
            .any(|s| s.title == "完善社会保障体系"));
        let rows = |c: &Comparison| -> Vec<(ItemStatus, String)> {
            c.commitments
                .iter()
                .filter(|p| p.status != ItemStatus::Unchanged)
                .map(|p| {
                    let side = p.old.as_ref().or(p.new.as_ref()).unwrap();
                    (p.status, side.text.clone())
                })
                .collect()
        };
        let dropped = compare(&with, &without);
        assert_eq!(
            rows(&dropped),
            [(ItemStatus::Removed, "完善社会保障体系".to_string())]
        );
        assert!(dropped.substantive);
        assert_eq!(
            rows(&compare(&without, &with)),
            [(ItemStatus::Added, "完善社会保障体系".to_string())]
        );
        // Dropped with its tasks: the tasks are removed, the heading gives no row.
        let c = compare(&with, &report(&page("", "")));
        assert!(
            rows(&c).iter().all(|r| r.1 != "完善社会保障体系"),
            "{:?}",
            rows(&c)
        );
        assert!(rows(&c).iter().any(|r| r.0 == ItemStatus::Removed));
    }

    #[test]
    fn rough_seeds_compare_consistently() {
        let (Some(old), Some(new)) = (rough_seed(2025), rough_seed(2026)) else {
            eprintln!("seed fixtures absent; skipping");
            return;
        };
        let t = std::time::Instant::now();
        let c = compare(&old, &new);
        eprintln!(
            "compare took {:?}; terms +{:?}\n -{:?}",
            t.elapsed(),
            c.terms.added.iter().take(15).collect::<Vec<_>>(),
            c.terms.removed.iter().take(15).collect::<Vec<_>>()
        );
        assert!(c.substantive);
        // Every commitment of both reports appears exactly once.
        let olds = c.commitments.iter().filter(|p| p.old.is_some()).count();
        let news = c.commitments.iter().filter(|p| p.new.is_some()).count();
        assert_eq!((olds, news), (old.commitments.len(), new.commitments.len()));
        assert!(
            c.terms.added.len() <= terms::MAX_TERMS
                && c.terms.added.windows(2).all(|w| w[0].count >= w[1].count)
        );
        // Bit-identical on every run (no hash-order float sums).
        for _ in 0..3 {
            assert_eq!(compare(&old, &new), c);
        }
        // A report against itself: nothing substantive.
        let same = compare(&old, &old);
        assert!(!same.substantive, "{:?}", same.summary);
        assert_eq!(same.summary.commitments_unchanged, old.commitments.len());
    }
}
