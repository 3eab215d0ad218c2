//! The integration test binary: fixture-article snapshots and the span
//! invariants that every extraction keeps.

mod articles;
mod properties;
