//! Every `example` of every product spec and fixture deserializes into its generated type and
//! serializes back to the same JSON (one test per example, written by build.rs).

use integration_tests::json_diff::difference;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// Deserializes `json` (the example at `location`) into `T`, serializes it back and compares.
pub fn round_trip<T: DeserializeOwned + Serialize>(location: &str, json: &str) {
    let original: Value = serde_json::from_str(json).unwrap_or_else(|error| panic!("{location}: the example is not JSON: {error}"));
    let typed: T = serde_path_to_error::deserialize(original.clone()).unwrap_or_else(|error| {
        panic!("{location}: does not deserialize into `{}` at `{}`: {}", std::any::type_name::<T>(), error.path(), error.inner())
    });
    let back = serde_json::to_value(&typed).unwrap_or_else(|error| panic!("{location}: does not serialize back: {error}"));
    if let Some(difference) = difference(&original, &back, "") {
        panic!("{location}: the round trip through `{}` changed the example at {difference}\n  example: {original}\n  back:    {back}", std::any::type_name::<T>());
    }
}
