//! Test support shared by the test targets: a mock of the Citi API (Prism serving each product
//! spec behind one routing proxy) and JSON comparison.

pub mod json_diff;
pub mod mock;
