//! The integration test binary: fixture-article snapshots, the span
//! invariants that every extraction keeps, and data-driven suites.

mod articles;
mod golden_rules;
mod properties;
