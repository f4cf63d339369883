//! A cargo feature per tag (`generate --spec --tag-features`): which features compile each
//! operation and each type, so that a team using a few tags of a large API compiles only those.

use std::collections::{BTreeMap, BTreeSet};

use super::post::reachable_in;
use crate::model::{Api, TagFeatures, FULL_SERDE_FEATURE, OTHER_TYPES_FEATURE};

/// Features the crate has for other reasons, which no tag may take.
const RESERVED: &[&str] = &["default", "tracing", FULL_SERDE_FEATURE, OTHER_TYPES_FEATURE];

/// Fills `api.tag_features`.
pub fn assign(api: &mut Api) {
    let mut features: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut operations = Vec::with_capacity(api.operations.len());
    for operation in &api.operations {
        let mut own: Vec<String> = operation.tags.iter().map(|tag| feature_name(tag)).collect();
        for (tag, feature) in operation.tags.iter().zip(&own) {
            let tags = features.entry(feature.clone()).or_default();
            if !tags.contains(tag) {
                tags.push(tag.clone());
            }
        }
        own.sort();
        own.dedup();
        operations.push(own);
    }
    let by_name = api.types_by_name();
    // Each type gets the features of every operation that reaches it.
    let mut gates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut always_roots = Vec::new();
    for (operation, own) in api.operations.iter().zip(&operations) {
        if own.is_empty() {
            always_roots.extend(operation.named_types());
            continue;
        }
        for name in reachable_in(&by_name, operation.named_types()) {
            gates.entry(name).or_default().extend(own.iter().cloned());
        }
    }
    // The types no operation reaches have a feature of their own; what they refer to is
    // compiled with them.
    let always = reachable_in(&by_name, always_roots);
    let unused: Vec<String> = api.types.iter().filter(|def| !gates.contains_key(&def.name) && !always.contains(&def.name)).map(|def| def.name.clone()).collect();
    let unused_reach = reachable_in(&by_name, unused);
    if !unused_reach.is_empty() {
        features.insert(OTHER_TYPES_FEATURE.to_string(), Vec::new());
    }
    for name in unused_reach {
        gates.entry(name).or_default().insert(OTHER_TYPES_FEATURE.to_string());
    }
    let types = gates.into_iter().filter(|(name, _)| !always.contains(name)).map(|(name, set)| (name, set.into_iter().collect())).collect();
    api.tag_features = Some(TagFeatures { features, operations, types });
}

/// A tag as a cargo feature name: lowercase ASCII letters, digits and `-` (`Pull Requests` ->
/// `pull-requests`); a tag with none of those, or one that would take a reserved name, is
/// prefixed `tag-`.
pub fn feature_name(tag: &str) -> String {
    let lowered: String = tag.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let name = lowered.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    if name.is_empty() {
        // Distinct tags without a letter or digit stay distinct.
        let code: String = tag.chars().map(|c| format!("{:x}", c as u32)).collect::<Vec<_>>().join("-");
        return format!("tag-{code}");
    }
    if RESERVED.contains(&name.as_str()) {
        return format!("tag-{name}");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::feature_name;
    use crate::standalone::{generate_standalone, StandaloneOptions};

    #[test]
    fn operations_and_types_get_the_features_of_their_tags() {
        let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/tags.yaml");
        let options = StandaloneOptions { crate_name: "tags".into(), own_workspace: true, command: "test".into(), tag_features: true };
        let output = generate_standalone(&spec, "tags.yaml", &options).expect("the fixture generates");
        let api = &output.api;
        let features = api.tag_features.as_ref().expect("assigned");
        let names: Vec<&str> = features.features.keys().map(String::as_str).collect();
        assert_eq!(names, ["accounts", "money-movement", "other-types"]);
        assert_eq!(features.features["money-movement"], ["Money Movement"]);
        let gate_of_operation = |id: &str| api.operation_gate(api.operations.iter().position(|o| o.id == id).expect("operation")).to_vec();
        assert_eq!(gate_of_operation("getAccount"), ["accounts"]);
        assert_eq!(gate_of_operation("createPayment"), ["money-movement"]);
        assert_eq!(gate_of_operation("listAccountPayments"), ["accounts", "money-movement"]);
        assert!(gate_of_operation("getHealth").is_empty(), "an untagged operation is always compiled");
        let gate = |name: &str| api.type_gate(name).to_vec();
        assert_eq!(gate("Account"), ["accounts"]);
        assert_eq!(gate("PaymentRequest"), ["money-movement"]);
        // Used by tagged operations and by a type no operation uses (through `Payment`).
        assert_eq!(gate("Money"), ["accounts", "money-movement", "other-types"]);
        assert_eq!(gate("Payment"), ["accounts", "money-movement", "other-types"]);
        assert_eq!(gate("PaymentStatus"), ["accounts", "money-movement", "other-types"]);
        assert_eq!(gate("PaymentEvent"), ["other-types"]);
        assert_eq!(gate("EventNote"), ["other-types"]);
        // Reached from the untagged operation: always, though a tagged one uses it too.
        assert!(gate("Problem").is_empty() && gate("Detail").is_empty() && gate("Health").is_empty());
        let manifest = output.files.files.iter().find(|f| f.path.as_os_str() == "Cargo.toml").expect("manifest");
        assert!(manifest.contents.contains(r#"default = ["accounts", "money-movement", "other-types"]"#), "{}", manifest.contents);
        let types = output.files.files.iter().find(|f| f.path.as_os_str() == "src/types.rs").expect("types");
        // The attributes and docs of the item at `at`: the lines right above it that start with `#[` or `///`.
        let above = |at: usize| {
            let lines = types.contents[..at].lines().rev().take_while(|line| line.starts_with("#[") || line.starts_with("///"));
            lines.collect::<Vec<_>>().join("\n")
        };
        let before = |item: &str| above(types.contents.find(item).unwrap_or_else(|| panic!("{item} in {}", types.contents)));
        let serde_of = |name: &str| {
            let call = "rt::object::serde_impls!(";
            let mut calls = types.contents.match_indices(call).map(|(at, _)| at);
            let at = calls.find(|&at| types.contents[at + call.len()..].trim_start().starts_with(&format!("{name},")));
            above(at.unwrap_or_else(|| panic!("{call}{name}, ...) in {}", types.contents)))
        };
        assert!(before("pub struct Account {").contains("#[cfg(feature = \"accounts\")]"), "{}", before("pub struct Account {"));
        assert!(before("pub struct Health {").lines().all(|line| !line.contains("cfg(")), "{}", before("pub struct Health {"));
        let money = "#[cfg(any(feature = \"accounts\", feature = \"money-movement\", feature = \"other-types\"))]";
        // Every item of a type carries its gate: the struct, its serde and its constructor's impl.
        let money_gates = types.contents.matches(money).count();
        assert!(money_gates >= 2, "{money_gates} gates for Money's items:\n{}", types.contents);
        assert!(serde_of("Money").contains(money), "{}", serde_of("Money"));
        assert!(serde_of("Health").is_empty(), "{}", serde_of("Health"));
        // An operation's shared impls (one macro call) carry the operation's gate too.
        let operations = output.files.files.iter().find(|f| f.path.as_os_str() == "src/operations.rs").expect("operations");
        let impls_of = |builder: &str| {
            let at = operations.contents.find(&format!("rt::operation_impls!({builder},")).unwrap_or_else(|| panic!("{builder} in {}", operations.contents));
            let lines = operations.contents[..at].lines().rev().take_while(|line| line.starts_with("#["));
            lines.collect::<Vec<_>>().join("\n")
        };
        assert_eq!(impls_of("GetAccount"), "#[cfg(feature = \"accounts\")]");
        assert_eq!(impls_of("GetHealth"), "");
        // Without the option nothing is gated.
        let plain = generate_standalone(&spec, "tags.yaml", &StandaloneOptions { tag_features: false, ..options }).expect("generates");
        assert!(plain.api.tag_features.is_none());
        let generated = ["src/types.rs", "src/operations.rs", "src/client.rs"];
        let gated = plain.files.files.iter().filter(|f| generated.iter().any(|g| f.path.as_os_str() == *g)).filter(|f| f.contents.contains("#[cfg(")).count();
        assert_eq!(gated, 0, "no gates without --tag-features");
    }

    #[test]
    fn tags_become_feature_names() {
        assert_eq!(feature_name("Pull Requests"), "pull-requests");
        assert_eq!(feature_name("repos"), "repos");
        assert_eq!(feature_name("  code_scanning "), "code-scanning");
        assert_eq!(feature_name("tracing"), "tag-tracing");
        assert_eq!(feature_name("Other Types"), "tag-other-types");
        assert_eq!(feature_name("Default"), "tag-default");
        assert_eq!(feature_name("💳"), "tag-1f4b3");
        assert_ne!(feature_name("💳"), feature_name("💰"));
    }
}
