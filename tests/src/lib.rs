//! Test support shared by the integration test targets (see `it/` and `e2e/`).
