//! Integration tests of the `dossier` binary, one module per area.

mod common;
mod extract;
mod bad_input;
