//! Print the quantities govdiff reads in a string (for hand-checking samples):
//! `cargo run --example quantities -- "新增技能人才1.5万人"` or a file path.

fn main() {
    for arg in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&arg).unwrap_or(arg);
        for q in govdiff::extract::find_quantities(&text) {
            println!(
                "{}\tvalue={:?}\tlow={:?}\thigh={:?}\tunit={:?}\tqualifier={:?}",
                q.text, q.value, q.low, q.high, q.unit, q.qualifier
            );
        }
    }
}
