//! Integration tests of the `dossier` binary, one module per area.

mod bad_input;
mod common;
mod extract;
