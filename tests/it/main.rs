//! Integration tests.
mod drift;
