//! The knowledge base, tested through its public API with documents built
//! by hand the way extraction would annotate them.

mod kb;
