//! Commitments (承诺), targets (主要预期目标) and numbered lists (民生实事), and the quantities in
//! them.

pub mod commitments;
pub mod counted;
pub mod lists;
pub mod numeral;
pub mod quantity;
pub mod targets;

pub use commitments::commitments;
pub use lists::lists;
pub use quantity::find_quantities;
pub use targets::targets;
