//! Timing of the tokenizer (text::tokenize) against plain jieba-rs, for the report to the
//! lead: start-up cost and throughput. Not a benchmark harness; run in release:
//!
//! `cargo run --release --example tokenize_timing -- FILE` prints medians over repeated runs;
//! `... -- --first [--jieba]` tokenizes one short sentence and exits, for timing process
//! start-up from outside (e.g. `perf stat -r 21` or a shell loop).

use std::time::{Duration, Instant};

use govdiff::text::tokenize::{cut_like_jieba, number_spans, reference_jieba, tokenize};

/// Median and minimum (the machine is shared; the minimum is the least disturbed run).
fn median(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[0])
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sentence = "力争经济增长5%左右，发展新质生产力。";
    if args.first().map(String::as_str) == Some("--once") {
        // Tokenize each named file once, as `govdiff diff` does: the cold-start cost.
        for path in &args[1..] {
            let text = std::fs::read_to_string(path).expect("read input");
            let t = Instant::now();
            let n = tokenize(&text).len();
            eprintln!("{path}: {n} tokens in {:?}", t.elapsed());
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--first") {
        let n = if args.iter().any(|a| a == "--jieba") {
            reference_jieba().cut(sentence, false).len()
        } else {
            tokenize(sentence).len()
        };
        println!("{n}");
        return;
    }
    let Some(path) = args.first() else {
        eprintln!("usage: tokenize_timing FILE | --first [--jieba]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("read input");

    let t = Instant::now();
    let first = tokenize(sentence).len();
    let first_token = t.elapsed();
    let t = Instant::now();
    let cold = tokenize(&text).len();
    let cold_time = t.elapsed();
    println!(
        "first tokenize() of the whole file (cold dictionary pages): {cold_time:?} ({cold} tokens)"
    );
    let t = Instant::now();
    let jieba = reference_jieba();
    let jieba_build = t.elapsed();
    println!("first tokenize() call incl. set-up: {first_token:?} ({first} tokens)");
    println!("plain jieba-rs build (Jieba::new + terms): {jieba_build:?}");

    const RUNS: usize = 41;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let (mut n_ours, mut n_theirs) = (0, 0);
    for _ in 0..RUNS {
        let t = Instant::now();
        n_ours = tokenize(&text).len();
        ours.push(t.elapsed());
        let t = Instant::now();
        n_theirs = jieba.cut(&text, false).len();
        theirs.push(t.elapsed());
    }
    let (mut raw, mut spans) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t = Instant::now();
        let mut n = 0;
        cut_like_jieba(&text, |_, _| n += 1);
        raw.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(number_spans(&text));
        spans.push(t.elapsed());
    }
    let ((raw, raw_min), (spans, spans_min)) = (median(raw), median(spans));
    println!("  of which: compiled cut of the whole text median {raw:?} (min {raw_min:?}), number scan median {spans:?} (min {spans_min:?})");
    let ((ours, ours_min), (theirs, theirs_min)) = (median(ours), median(theirs));
    let rate = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    println!("{path}: {} bytes, median of {RUNS}", text.len());
    println!(
        "  tokenize():         median {ours:?} (min {ours_min:?})  {n_ours} tokens  {:.0} tokens/s  {:.1} MB/s",
        rate(n_ours, ours),
        text.len() as f64 / ours.as_secs_f64() / 1e6
    );
    println!(
        "  jieba cut(hmm=off): median {theirs:?} (min {theirs_min:?})  {n_theirs} tokens  {:.0} tokens/s  {:.1} MB/s",
        rate(n_theirs, theirs),
        text.len() as f64 / theirs.as_secs_f64() / 1e6
    );
}
