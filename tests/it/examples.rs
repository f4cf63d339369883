//! Every `example` of every product spec and fixture deserializes into its generated type and
//! serializes back to the same JSON (one test per example, written by build.rs). Then the example
//! is spoiled value by value, and the runtime's decoder must name the same place of each failure
//! as a path-tracking deserializer.

use integration_tests::json_diff::difference;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// Deserializes `json` (the example at `location`) into `T`, serializes it back and compares.
pub fn round_trip<T: DeserializeOwned + Serialize>(location: &str, json: &str) {
    let original: Value = serde_json::from_str(json).unwrap_or_else(|error| panic!("{location}: the example is not JSON: {error}"));
    let typed: T = serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(json)).unwrap_or_else(|error| {
        panic!("{location}: does not deserialize into `{}` at `{}`: {}", std::any::type_name::<T>(), error.path(), error.inner())
    });
    let back = serde_json::to_value(&typed).unwrap_or_else(|error| panic!("{location}: does not serialize back: {error}"));
    if let Some(difference) = difference(&original, &back, "") {
        panic!("{location}: the round trip through `{}` changed the example at {difference}\n  example: {original}\n  back:    {back}", std::any::type_name::<T>());
    }
    spoiled_examples_fail_where_a_tracking_decoder_says::<T>(location, &original);
}

/// Spoils the example one value at a time (a value of another kind in its place, or a member
/// left out) and checks that `citi_poland`'s decoder, which finds the path of a failure from
/// serde_json's line and column, gives the path and message a path-tracking deserializer gives.
fn spoiled_examples_fail_where_a_tracking_decoder_says<T: DeserializeOwned>(location: &str, original: &Value) {
    let mut places = Vec::new();
    collect_places(original, String::new(), &mut places);
    for (pointer, is_member) in places {
        let current = original.pointer(&pointer).expect("a pointer collected from this value");
        let mut spoils = vec![Some(other_kind(current))];
        if is_member {
            spoils.push(None);
        }
        for spoil in spoils {
            let mut spoiled = original.clone();
            replace(&mut spoiled, &pointer, spoil);
            // Compact and indented, so that the place is found across lines too.
            for text in [spoiled.to_string(), serde_json::to_string_pretty(&spoiled).unwrap()] {
                let ours = citi_poland::runtime::json::from_slice::<T>(text.as_bytes());
                let tracked = serde_path_to_error::deserialize::<_, T>(&mut serde_json::Deserializer::from_str(&text));
                match (ours, tracked) {
                    (Ok(_), Ok(_)) => {}
                    (Err(ours), Err(tracked)) => {
                        let path = tracked.path().to_string();
                        let path = if path == "." { String::new() } else { path };
                        let inner = tracked.into_inner();
                        let message = inner.to_string();
                        let message = message.strip_suffix(&format!(" at line {} column {}", inner.line(), inner.column())).unwrap_or(&message);
                        assert_eq!((ours.path.as_str(), ours.message.as_str()), (path.as_str(), message), "{location}: spoiled at {pointer}:\n{text}");
                    }
                    (ours, tracked) => panic!("{location}: spoiled at {pointer}, one decoder failed and the other did not: {:?} / {:?}", ours.err(), tracked.err()),
                }
            }
        }
    }
}

/// The JSON pointer of every value under `value`, and whether it is an object's member.
fn collect_places(value: &Value, pointer: String, places: &mut Vec<(String, bool)>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let pointer = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                places.push((pointer.clone(), true));
                collect_places(member, pointer, places);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let pointer = format!("{pointer}/{index}");
                places.push((pointer.clone(), false));
                collect_places(item, pointer, places);
            }
        }
        _ => {}
    }
}

/// A value of another JSON kind than `value`.
fn other_kind(value: &Value) -> Value {
    match value {
        Value::String(_) => Value::from(12345),
        Value::Number(_) | Value::Bool(_) => Value::from("spoiled"),
        Value::Object(_) => Value::Array(vec![Value::from(1)]),
        Value::Array(_) | Value::Null => serde_json::json!({"spoiled": true}),
    }
}

/// Puts `spoil` at `pointer`, or removes the member there when `spoil` is `None`.
fn replace(root: &mut Value, pointer: &str, spoil: Option<Value>) {
    let (parent, last) = pointer.rsplit_once('/').expect("a pointer below the root");
    let key = last.replace("~1", "/").replace("~0", "~");
    match (root.pointer_mut(parent), spoil) {
        (Some(Value::Object(members)), Some(spoil)) => {
            members.insert(key, spoil);
        }
        (Some(Value::Object(members)), None) => {
            members.shift_remove(&key);
        }
        (Some(Value::Array(items)), Some(spoil)) => items[key.parse::<usize>().expect("an index")] = spoil,
        _ => unreachable!("{pointer} was collected from this value"),
    }
}
