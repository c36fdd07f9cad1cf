//! Print the quantities govdiff reads in a string (for hand-checking samples):
//! `cargo run --example quantities -- "新增技能人才1.5万人"` or a file path. With
//! `CONTEXT=N` in the environment each line ends with the N characters either side of the
//! figure, to judge a reading without opening the file.

fn main() {
    let context: usize = std::env::var("CONTEXT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    for arg in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&arg).unwrap_or(arg);
        for q in govdiff::extract::find_quantities(&text) {
            let around = if context == 0 {
                String::new()
            } else {
                let before: String = text[..q.span.start]
                    .chars()
                    .rev()
                    .take(context)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let after: String = text[q.span.end..].chars().take(context).collect();
                format!("\t{before}[{}]{after}", &text[q.span.start..q.span.end]).replace('\n', "⏎")
            };
            println!(
                "{}\tvalue={:?}\tlow={:?}\thigh={:?}\tunit={:?}\tqualifier={:?}{around}",
                q.text, q.value, q.low, q.high, q.unit, q.qualifier
            );
        }
    }
}
