//! The integration test binary: one binary for every suite (see Cargo.toml).

mod api;
mod errors;
mod interop;
mod invariants;
mod properties;
mod scripts;
mod snapshots;
mod support;
