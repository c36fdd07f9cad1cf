//! Scaling benchmark: does the comparison stay near-linear as reports grow? A 300×300
//! commitment pair must not do heavy quadratic work.
//!
//! Builds synthetic pairs of 1×, 4× and 16× the seed's size from the seed pair (Taiyuan 2025 →
//! 2026): the work-plan part (the part holding the numbered (一)(二)… subsections) is repeated
//! as extra top-level parts, renumbered, and each copy is perturbed so that no two copies are
//! the same text: ASCII digits are shifted by the copy's index and the sentences of every
//! paragraph are rotated by it. Alignment therefore faces k times as many commitments, each
//! with k look-alike candidates: the hard case for an aligner, not a flattering one.
//!
//! Prints, for each size, the file sizes, commitment counts and the median wall time of parse
//! (both files), align and diff::compare, with the growth against 1×. Run with
//! `cargo bench --bench scaling` (release profile); `scripts/bench.sh` runs it.
//! `cargo bench --bench scaling -- --quick` uses fewer repetitions.

use std::path::Path;
use std::time::{Duration, Instant};

use govdiff::model::Report;
use govdiff::pipeline::{parse_bytes, ParseOptions};

const NUMERALS: [&str; 21] = [
    "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
    "十四", "十五", "十六", "十七", "十八", "十九", "二十",
];

/// The top-level part heading number of a line (`二、…` → 2), if it is one.
fn part_number(line: &str) -> Option<usize> {
    let (num, _) = line.split_once('、')?;
    NUMERALS.iter().position(|n| *n == num).filter(|&n| n > 0)
}

/// Does a line open a numbered subsection, `(一)` or `（一）`?
fn is_subsection(line: &str) -> bool {
    let t = line.trim_start();
    (t.starts_with('(') || t.starts_with('（'))
        && t.chars()
            .nth(1)
            .is_some_and(|c| "一二三四五六七八九十".contains(c))
}

/// The text with its work-plan part repeated `k` times in all (copies perturbed, parts
/// renumbered). The work-plan part is the top-level part with the most subsection headings.
fn scale(text: &str, k: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let parts: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| part_number(l.trim()).map(|n| (i, n)))
        .collect();
    let Some((pi, &(start, number))) = parts.iter().enumerate().max_by_key(|(pi, (s, _))| {
        let end = parts.get(pi + 1).map_or(lines.len(), |p| p.0);
        lines[*s..end].iter().filter(|l| is_subsection(l)).count()
    }) else {
        return text.repeat(k);
    };
    let end = parts.get(pi + 1).map_or(lines.len(), |p| p.0);
    let mut out: Vec<String> = lines[..end].iter().map(|l| l.to_string()).collect();
    let title = lines[start].trim().split_once('、').map_or("", |(_, t)| t);
    for copy in 1..k {
        let n = number + copy;
        out.push(String::new());
        out.push(format!(
            "{}、{title}（{}）",
            NUMERALS[n.min(20)],
            NUMERALS[(copy + 1).min(20)]
        ));
        for line in &lines[start + 1..end] {
            out.push(perturb(line, copy));
        }
    }
    // Later parts keep their order, renumbered after the copies.
    for line in &lines[end..] {
        match part_number(line.trim()) {
            Some(m) => {
                let rest = line.trim().split_once('、').map_or("", |(_, t)| t);
                out.push(format!("{}、{rest}", NUMERALS[(m + k - 1).min(20)]));
            }
            None => out.push(line.to_string()),
        }
    }
    out.join("\n")
}

/// Copy `copy` of a line: digits shifted, sentences rotated (subsection headings kept first).
fn perturb(line: &str, copy: usize) -> String {
    let shifted: String = line
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_digit((d + copy as u32) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect();
    let mut sentences: Vec<&str> = shifted.split_inclusive('。').collect();
    if sentences.len() > 2 && !is_subsection(line) {
        let r = copy % sentences.len();
        sentences.rotate_left(r);
    }
    sentences.concat()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(reps: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..reps)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let read = |name: &str| {
        std::fs::read_to_string(seeds.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let old = read("taiyuan-2025-government-work-report.txt");
    let new = read("taiyuan-2026-government-work-report.txt");
    let parse = |name: &str, text: &str| -> Report {
        parse_bytes(name, text.as_bytes(), &ParseOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };

    println!("| size | old KB | new KB | old / new commitments | parse both (ms) | align (ms) | diff::compare (ms) | compare growth vs 1× |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut base: Option<Duration> = None;
    let mut breakdowns = Vec::new();
    for k in [1usize, 4, 16] {
        let (o, n) = (scale(&old, k), scale(&new, k));
        let reps = match (quick, k) {
            (true, _) | (false, 16) => 3,
            (false, 4) => 7,
            _ => 15,
        };
        let parse_t = time(reps, || (parse("old", &o), parse("new", &n)));
        let (ro, rn) = (parse("old", &o), parse("new", &n));
        let align_t = time(reps, || govdiff::align::align(&ro, &rn));
        // Where parse time goes at this size (the new file), to find superlinear stages.
        let doc = rn.documents[rn.selected].span;
        let stage = |f: &dyn Fn()| ms(time(reps, f));
        let breakdown = format!(
            "outline {}, commitments {}, targets {}, lists {}, quantities {}",
            stage(&|| drop(govdiff::outline::build(&rn.clean, doc))),
            stage(&|| drop(govdiff::extract::commitments(&rn.clean, &rn.outline))),
            stage(&|| drop(govdiff::extract::targets(&rn.clean, &rn.outline))),
            stage(&|| drop(govdiff::extract::lists(&rn.clean, &rn.outline))),
            stage(&|| drop(govdiff::extract::find_quantities(rn.clean.slice(doc)))),
        );
        breakdowns.push(format!("{k}×: {breakdown}"));
        let cmp_t = time(reps, || govdiff::diff::compare(&ro, &rn));
        let growth = match base {
            None => {
                base = Some(cmp_t);
                "1.0".to_string()
            }
            Some(b) => format!("{:.1}", cmp_t.as_secs_f64() / b.as_secs_f64().max(1e-9)),
        };
        println!(
            "| {k}× | {} | {} | {} / {} | {} | {} | {} | {growth} |",
            o.len() / 1024,
            n.len() / 1024,
            ro.commitments.len(),
            rn.commitments.len(),
            ms(parse_t),
            ms(align_t),
            ms(cmp_t),
        );
    }
    println!("\nParse stages on the new file (ms, median):\n");
    for b in breakdowns {
        println!("- {b}");
    }
}
