//! Build script: compile jieba's dictionary plus `data/terms.txt` into a ready-to-use trie.
//!
//! `jieba_rs::Jieba::new()` parses its 350 000-word dictionary and builds a trie on every
//! process start (~125 ms), longer than the whole diff of two reports should take. This
//! script does that work once, at build time, and writes `$OUT_DIR/dict.bin`, which
//! `src/text/tokenize.rs` embeds with `include_bytes!` and reads in place, with no parsing.
//!
//! The dictionary text is the one shipped inside the jieba-rs crate (the version locked in
//! Cargo.lock), found in Cargo's registry sources; `GOVDIFF_JIEBA_DICT` may name it instead.
//! When it cannot be found the script writes an empty file and sets no cfg, and the tokenizer
//! falls back to building plain jieba at run time (same tokens, slower start).
//!
//! Layout of `dict.bin` (all little-endian), see `CompiledDict` in tokenize.rs:
//! `magic u32, node_count u32, slot_count u32, score_count u32, log_total f64`,
//! `root[65536] u32`: the pointer to the root's child for each BMP character, 0 for none;
//! `slots[slot_count] u64`: every other edge in an open-addressing hash table (linear
//! probing, 0 = empty), `key | pointer << 41` with `key = parent << 21 | char`;
//! `score_of[node_count] u16`: for a word's node, its index in `scores` (0 otherwise);
//! `scores[score_count] f64`: the distinct values of ln(freq) - ln(total) (jieba's 350 000
//! words have about 5 000 distinct frequencies, so a node needs 2 bytes instead of 8).
//! A pointer is `node | is_word << 20 | has_children << 21`, so a walk stops without a probe
//! at a leaf and reads a score only where a word ends.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// Must equal `DEFAULT_TERM_FREQ` in src/text/tokenize.rs (the equality test checks it).
const DEFAULT_TERM_FREQ: usize = 10_000;
const MAGIC: u32 = 0x4a42_4433; // "JBD3"
const ROOT_TABLE_LEN: usize = 0x1_0000;
/// Bits of a node id, of a character, and of a slot key `(parent << CHAR_BITS) | char`.
const NODE_BITS: u32 = 20;
const CHAR_BITS: u32 = 21;
const KEY_BITS: u32 = NODE_BITS + CHAR_BITS;
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Home slot of a key in a table of `slots` slots (same function in tokenize.rs).
fn slot_index(key: u64, slots: usize) -> usize {
    ((key.wrapping_mul(MULTIPLIER) as u128 * slots as u128) >> 64) as usize
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=data/terms.txt");
    println!("cargo::rerun-if-changed=Cargo.lock");
    println!("cargo::rerun-if-env-changed=GOVDIFF_JIEBA_DICT");
    println!("cargo::rustc-check-cfg=cfg(govdiff_compiled_dict)");

    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("dict.bin");
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let Some(dict_path) = find_jieba_dict(&manifest) else {
        println!(
            "cargo::warning=jieba dictionary not found; the tokenizer will build it at run time \
             (set GOVDIFF_JIEBA_DICT to jieba-rs's src/data/dict.txt for a fast start)"
        );
        fs::write(&out, []).expect("write dict.bin");
        return;
    };
    println!("cargo::rerun-if-changed={}", dict_path.display());
    let dict = fs::read_to_string(&dict_path).expect("read jieba dictionary");
    let terms = fs::read_to_string(manifest.join("data/terms.txt")).expect("read data/terms.txt");
    fs::write(&out, compile(&dict, &terms)).expect("write dict.bin");
    println!("cargo::rustc-cfg=govdiff_compiled_dict");
}

/// jieba-rs's dictionary: `GOVDIFF_JIEBA_DICT`, else the locked jieba-rs version's sources in
/// a vendor directory or Cargo's registry.
fn find_jieba_dict(manifest: &Path) -> Option<PathBuf> {
    if let Ok(path) = env::var("GOVDIFF_JIEBA_DICT") {
        return Some(PathBuf::from(path)).filter(|p| p.is_file());
    }
    let lock = fs::read_to_string(manifest.join("Cargo.lock")).ok()?;
    let version = locked_version(&lock, "jieba-rs")?;
    let crate_dir = format!("jieba-rs-{version}");
    let mut candidates = vec![
        manifest.join("vendor").join("jieba-rs"),
        manifest.join("vendor").join(&crate_dir),
    ];
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(home) = cargo_home {
        if let Ok(registries) = fs::read_dir(home.join("registry").join("src")) {
            for registry in registries.flatten() {
                candidates.push(registry.path().join(&crate_dir));
            }
        }
    }
    candidates
        .into_iter()
        .map(|dir| dir.join("src").join("data").join("dict.txt"))
        .find(|p| p.is_file())
}

/// The version of `name` in a Cargo.lock.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{name}\"") {
            let version = lines.next()?.trim();
            return version
                .strip_prefix("version = \"")?
                .strip_suffix('"')
                .map(str::to_owned);
        }
    }
    None
}

/// Word frequencies and total exactly as jieba-rs computes them for `Jieba::new()` followed by
/// `add_word(term, Some(freq), None)` for every term in file order.
fn frequencies(dict: &str, terms: &str) -> (BTreeMap<String, usize>, usize) {
    let mut freqs = BTreeMap::new();
    let mut total = 0usize;
    // load_default_dict: every line counts toward the total; a repeated word keeps its last
    // frequency.
    for line in dict.lines() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = fields
            .next()
            .map_or(0, |f| f.parse().expect("frequency in jieba dict"));
        total += freq;
        freqs.insert(word.to_owned(), freq);
    }
    // add_word: replaces the frequency of a known word, adds a new one.
    for line in terms.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split_whitespace();
        let Some(term) = fields.next() else { continue };
        let freq = fields
            .next()
            .and_then(|f| f.parse().ok())
            .unwrap_or(DEFAULT_TERM_FREQ);
        let old = freqs.insert(term.to_owned(), freq).unwrap_or(0);
        total = total + freq - old;
    }
    (freqs, total)
}

fn compile(dict: &str, terms: &str) -> Vec<u8> {
    let (freqs, total) = frequencies(dict, terms);
    let log_total = (total as f64).ln();

    // Trie over characters. Words arrive sorted (byte order of UTF-8 is code point order),
    // so a node's child for the next character, when it exists, is its last child.
    let mut children: Vec<Vec<(char, u32)>> = vec![Vec::new()];
    let mut score: Vec<f64> = vec![f64::NAN];
    for (word, &freq) in &freqs {
        let mut node = 0usize;
        for c in word.chars() {
            let next = match children[node].last() {
                Some(&(last, child)) if last == c => child as usize,
                _ => {
                    let child = children.len();
                    children.push(Vec::new());
                    score.push(f64::NAN);
                    children[node].push((c, child as u32));
                    child
                }
            };
            node = next;
        }
        // The same expression jieba evaluates: ln(freq) - ln(total).
        score[node] = (freq as f64).ln() - log_total;
    }

    let node_count = children.len();
    assert!(
        node_count < 1 << NODE_BITS,
        "dictionary too large for the trie layout"
    );
    let has_children = |n: u32| !children[n as usize].is_empty();
    let is_word = |n: u32| !score[n as usize].is_nan();
    let pointer = |n: u32| {
        n as u64 | (is_word(n) as u64) << NODE_BITS | (has_children(n) as u64) << (NODE_BITS + 1)
    };

    let edge_count: usize = children.iter().map(Vec::len).sum();
    // Load factor 5/8: short probe runs without the doubling of a power-of-two table.
    let slot_count = (edge_count * 8 / 5).max(16);
    let mut slots = vec![0u64; slot_count];
    let mut root = vec![0u32; ROOT_TABLE_LEN];
    for (parent, list) in children.iter().enumerate() {
        for &(c, child) in list {
            if parent == 0 && (c as usize) < ROOT_TABLE_LEN {
                root[c as usize] = pointer(child) as u32;
                continue;
            }
            let key = (parent as u64) << CHAR_BITS | c as u64;
            let mut i = slot_index(key, slot_count);
            while slots[i] != 0 {
                i = if i + 1 == slot_count { 0 } else { i + 1 };
            }
            slots[i] = key | pointer(child) << KEY_BITS;
        }
    }

    let mut out = Vec::with_capacity(24 + 4 * ROOT_TABLE_LEN + 8 * slots.len() + 8 * node_count);
    let u32s = |out: &mut Vec<u8>, v: u32| out.extend_from_slice(&v.to_le_bytes());
    u32s(&mut out, MAGIC);
    u32s(&mut out, node_count as u32);
    // Distinct scores, compared by bits so each value is stored exactly as computed.
    let mut table: Vec<u64> = score
        .iter()
        .filter(|s| !s.is_nan())
        .map(|s| s.to_bits())
        .collect();
    table.sort_unstable();
    table.dedup();
    assert!(
        table.len() <= 1 << 16,
        "too many distinct frequencies for u16 indices"
    );
    let score_of: Vec<u16> = score
        .iter()
        .map(|s| {
            if s.is_nan() {
                0
            } else {
                table.binary_search(&s.to_bits()).map_or(0, |i| i as u16)
            }
        })
        .collect();
    u32s(&mut out, slot_count as u32);
    u32s(&mut out, table.len() as u32);
    out.extend_from_slice(&log_total.to_bits().to_le_bytes());
    root.iter().for_each(|&v| u32s(&mut out, v));
    slots
        .iter()
        .for_each(|v| out.extend_from_slice(&v.to_le_bytes()));
    score_of
        .iter()
        .for_each(|i| out.extend_from_slice(&i.to_le_bytes()));
    table
        .iter()
        .for_each(|bits| out.extend_from_slice(&bits.to_le_bytes()));
    out
}
