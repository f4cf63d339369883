//! The rule table: every kind of change the drift check reports, with its stable id, its level
//! (wire or Rust API), its severity and its changelog category.
//!
//! Ids are part of the JSON output and never change meaning; a new kind of change gets a new
//! rule. `cargo xtask diff --rules` prints this table.

use std::fmt;

/// Who a change can break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A client that was correct against the old contract (any client, in any language).
    Wire,
    /// Rust code written against the generated crate.
    Rust,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Wire => "wire",
            Level::Rust => "rust",
        }
    }
}

/// How sure the rule is that the change breaks someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A definite break: some caller that was correct before is now wrong.
    Breaking,
    /// A possible break: whether it breaks depends on what the caller does or on values the
    /// rule cannot judge (a changed pattern, a new response enum value).
    Possible,
    /// Additions and documentation: nothing that worked stops working.
    Compatible,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Breaking => "breaking",
            Severity::Possible => "possible",
            Severity::Compatible => "compatible",
        }
    }
}

/// The Keep a Changelog section a change belongs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Added,
    Changed,
    Deprecated,
    Removed,
    /// Descriptions, summaries, examples: a patch-level change.
    Documentation,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Added => "added",
            Category::Changed => "changed",
            Category::Deprecated => "deprecated",
            Category::Removed => "removed",
            Category::Documentation => "documentation",
        }
    }
}

macro_rules! rules {
    ($($variant:ident => $id:literal, $level:ident, $severity:ident, $category:ident, $summary:literal;)*) => {
        /// One kind of change. See the module documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $(#[doc = $summary] $variant,)*
        }

        impl Rule {
            /// Every rule, in table order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable id, e.g. `operation-removed`.
            pub fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id,)* }
            }

            pub fn level(self) -> Level {
                match self { $(Rule::$variant => Level::$level,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            pub fn category(self) -> Category {
                match self { $(Rule::$variant => Category::$category,)* }
            }

            /// What the rule finds, in one line.
            pub fn summary(self) -> &'static str {
                match self { $(Rule::$variant => $summary,)* }
            }
        }
    };
}

rules! {
    // Wire: operations.
    OperationRemoved => "operation-removed", Wire, Breaking, Removed, "An operation (method and path) is gone.";
    OperationAdded => "operation-added", Wire, Compatible, Added, "A new operation.";
    OperationDeprecated => "operation-deprecated", Wire, Compatible, Deprecated, "An operation is now deprecated.";
    OperationIdChanged => "operation-id-changed", Wire, Compatible, Changed, "The operationId changed; the wire is unaffected (the Rust method may be renamed).";
    ServerRemoved => "server-removed", Wire, Possible, Removed, "A server URL is gone; clients configured with it may fail.";
    ServerAdded => "server-added", Wire, Compatible, Added, "A new server URL.";
    // Wire: parameters.
    RequestParameterAddedRequired => "request-parameter-added-required", Wire, Breaking, Changed, "A new required parameter: old requests lack it.";
    RequestParameterAdded => "request-parameter-added", Wire, Compatible, Added, "A new optional parameter.";
    RequestParameterRemoved => "request-parameter-removed", Wire, Possible, Removed, "A parameter is gone: old requests still send it, and the server may reject or ignore it.";
    RequestParameterBecameRequired => "request-parameter-became-required", Wire, Breaking, Changed, "An optional parameter is now required.";
    RequestParameterBecameOptional => "request-parameter-became-optional", Wire, Compatible, Changed, "A required parameter is now optional.";
    RequestParameterStyleChanged => "request-parameter-style-changed", Wire, Breaking, Changed, "A parameter is serialized differently (style, explode, or content instead of schema).";
    RequestParameterDeprecated => "request-parameter-deprecated", Wire, Compatible, Deprecated, "A parameter is now deprecated.";
    // Wire: request bodies.
    RequestBodyAddedRequired => "request-body-added-required", Wire, Breaking, Changed, "A required request body where there was none.";
    RequestBodyAdded => "request-body-added", Wire, Compatible, Added, "An optional request body where there was none.";
    RequestBodyRemoved => "request-body-removed", Wire, Possible, Removed, "The request body is gone: old requests still send one.";
    RequestBodyBecameRequired => "request-body-became-required", Wire, Breaking, Changed, "The request body is now required.";
    RequestBodyBecameOptional => "request-body-became-optional", Wire, Compatible, Changed, "The request body is now optional.";
    RequestMediaTypeRemoved => "request-media-type-removed", Wire, Breaking, Removed, "A request content type is no longer accepted.";
    RequestMediaTypeAdded => "request-media-type-added", Wire, Compatible, Added, "A new request content type.";
    // Wire: responses.
    ResponseSuccessStatusRemoved => "response-success-status-removed", Wire, Breaking, Removed, "A success status is no longer returned: clients waiting for it get another.";
    ResponseStatusRemoved => "response-status-removed", Wire, Compatible, Removed, "An error status is no longer documented.";
    ResponseStatusAdded => "response-status-added", Wire, Compatible, Added, "A new documented status.";
    ResponseMediaTypeRemoved => "response-media-type-removed", Wire, Breaking, Removed, "A response content type is gone.";
    ResponseMediaTypeAdded => "response-media-type-added", Wire, Compatible, Added, "A new response content type.";
    ResponseHeaderRemoved => "response-header-removed", Wire, Breaking, Removed, "A required response header is gone.";
    ResponseOptionalHeaderRemoved => "response-optional-header-removed", Wire, Compatible, Removed, "An optional response header is gone (clients already handle its absence).";
    ResponseHeaderBecameOptional => "response-header-became-optional", Wire, Breaking, Changed, "A required response header is now optional.";
    ResponseHeaderAdded => "response-header-added", Wire, Compatible, Added, "A new response header.";
    // Wire: security.
    SecurityChanged => "security-changed", Wire, Breaking, Changed, "Credentials that were accepted are not any more (scheme or scopes changed, or authentication now required).";
    SecurityRelaxed => "security-relaxed", Wire, Compatible, Changed, "Security accepts more than before (an alternative added, a scope dropped).";
    SecuritySchemeChanged => "security-scheme-changed", Wire, Breaking, Changed, "A security scheme changed how credentials are obtained or sent (type, flow, URL, key name).";
    SecuritySchemeAdded => "security-scheme-added", Wire, Compatible, Added, "A new security scheme.";
    SecuritySchemeScopesChanged => "security-scheme-scopes-changed", Wire, Compatible, Changed, "The scopes a flow declares changed (the operations' requirements are judged separately).";
    // Wire: schemas (requests are what the client sends, responses what it reads).
    RequestTypeChanged => "request-type-changed", Wire, Breaking, Changed, "A request value's type or format changed.";
    RequestTypeWidened => "request-type-widened", Wire, Compatible, Changed, "A request value accepts a wider type or format (integer to number, int32 to int64).";
    ResponseTypeChanged => "response-type-changed", Wire, Breaking, Changed, "A response value's type or format changed.";
    ResponseTypeNarrowed => "response-type-narrowed", Wire, Compatible, Changed, "A response value has a narrower type or format than before.";
    RequestBecameNotNullable => "request-became-not-nullable", Wire, Breaking, Changed, "A request value may no longer be null.";
    RequestBecameNullable => "request-became-nullable", Wire, Compatible, Changed, "A request value may now be null.";
    ResponseBecameNullable => "response-became-nullable", Wire, Breaking, Changed, "A response value may now be null.";
    ResponseBecameNotNullable => "response-became-not-nullable", Wire, Compatible, Changed, "A response value is no longer null.";
    RequestEnumValueRemoved => "request-enum-value-removed", Wire, Breaking, Removed, "A value a request could send is no longer allowed.";
    RequestEnumAdded => "request-enum-added", Wire, Breaking, Changed, "A request value is now restricted to a list of values.";
    RequestEnumValueAdded => "request-enum-value-added", Wire, Compatible, Added, "A request value allows more values.";
    ResponseEnumValueAdded => "response-enum-value-added", Wire, Possible, Added, "A response may carry a value clients have not seen (the generated enums keep it as `Unknown`).";
    ResponseEnumRemoved => "response-enum-removed", Wire, Possible, Changed, "A response value is no longer restricted to a list.";
    ResponseEnumValueRemoved => "response-enum-value-removed", Wire, Compatible, Removed, "A response no longer carries a value.";
    RequestConstraintTightened => "request-constraint-tightened", Wire, Breaking, Changed, "A request value is constrained more (maxLength, minLength, maximum, minimum, items, pattern added).";
    RequestConstraintRelaxed => "request-constraint-relaxed", Wire, Compatible, Changed, "A request value is constrained less.";
    RequestPatternChanged => "request-pattern-changed", Wire, Possible, Changed, "A request value's pattern changed: values that matched may not match any more.";
    ResponseConstraintRelaxed => "response-constraint-relaxed", Wire, Breaking, Changed, "A response value is constrained less: clients that relied on the old bounds (a column size, a range check) get values outside them.";
    ResponseConstraintTightened => "response-constraint-tightened", Wire, Compatible, Changed, "A response value is constrained more.";
    ResponsePatternChanged => "response-pattern-changed", Wire, Possible, Changed, "A response value's pattern changed or was dropped.";
    RequestPropertyAddedRequired => "request-property-added-required", Wire, Breaking, Changed, "A new required request field: old requests lack it.";
    RequestPropertyAdded => "request-property-added", Wire, Compatible, Added, "A new optional request field.";
    RequestPropertyRemoved => "request-property-removed", Wire, Possible, Removed, "A request field is gone: old requests still send it.";
    RequestPropertyBecameRequired => "request-property-became-required", Wire, Breaking, Changed, "An optional request field is now required.";
    RequestPropertyBecameOptional => "request-property-became-optional", Wire, Compatible, Changed, "A required request field is now optional.";
    ResponseRequiredPropertyRemoved => "response-required-property-removed", Wire, Breaking, Removed, "A required response field is gone.";
    ResponseOptionalPropertyRemoved => "response-optional-property-removed", Wire, Possible, Removed, "An optional response field is gone (clients handle its absence, but lose the data).";
    ResponsePropertyBecameOptional => "response-property-became-optional", Wire, Breaking, Changed, "A required response field is now optional.";
    ResponsePropertyBecameRequired => "response-property-became-required", Wire, Compatible, Changed, "An optional response field is now always sent.";
    ResponsePropertyAdded => "response-property-added", Wire, Compatible, Added, "A new response field.";
    RequestAdditionalPropertiesClosed => "request-additional-properties-closed", Wire, Possible, Changed, "A request object no longer accepts undeclared fields.";
    AdditionalPropertiesChanged => "additional-properties-changed", Wire, Compatible, Changed, "Undeclared fields are handled differently, in the compatible direction.";
    RequestAlternativeRemoved => "request-alternative-removed", Wire, Breaking, Removed, "A request `oneOf`/`anyOf` lost an alternative clients could send.";
    RequestAlternativeAdded => "request-alternative-added", Wire, Compatible, Added, "A request `oneOf`/`anyOf` has a new alternative.";
    ResponseAlternativeAdded => "response-alternative-added", Wire, Breaking, Added, "A response `oneOf`/`anyOf` has a new alternative clients cannot decode.";
    ResponseAlternativeRemoved => "response-alternative-removed", Wire, Compatible, Removed, "A response `oneOf`/`anyOf` lost an alternative.";
    DiscriminatorChanged => "discriminator-changed", Wire, Breaking, Changed, "The discriminator property or its mapping changed.";
    SchemaCompositionChanged => "schema-composition-changed", Wire, Possible, Changed, "A schema became or stopped being a `oneOf`/`anyOf`/`not`: the rules cannot compare the two shapes.";
    RequestDefaultChanged => "request-default-changed", Wire, Possible, Changed, "A request value's default changed: requests that leave it out mean something else.";
    ResponseDefaultChanged => "response-default-changed", Wire, Compatible, Changed, "A response value's documented default changed.";
    SchemaDeprecated => "schema-deprecated", Wire, Compatible, Deprecated, "A schema or field is now deprecated.";
    // Wire: everything else.
    DocumentationChanged => "documentation-changed", Wire, Compatible, Documentation, "A description, summary, title, example or extension changed.";
    InfoVersionChanged => "info-version-changed", Wire, Compatible, Documentation, "The document's `info.version` changed.";
    UnclassifiedChange => "unclassified-change", Wire, Possible, Changed, "A change no rule judges: review it by hand.";
    // Rust API: the client and its request builders.
    ProductRemoved => "product-removed", Rust, Breaking, Removed, "A product (its module and cargo feature) is gone.";
    ProductAdded => "product-added", Rust, Compatible, Added, "A new product (module and cargo feature).";
    MethodRemoved => "method-removed", Rust, Breaking, Removed, "A client method is gone.";
    MethodAdded => "method-added", Rust, Compatible, Added, "A new client method.";
    MethodRenamed => "method-renamed", Rust, Breaking, Changed, "A client method (and its builder) has a new name, e.g. after an operationId change.";
    ArgumentAdded => "argument-added", Rust, Breaking, Changed, "A client method takes a new positional argument (a new required parameter or body).";
    ArgumentRemoved => "argument-removed", Rust, Breaking, Changed, "A client method takes one positional argument less.";
    ArgumentsReordered => "arguments-reordered", Rust, Breaking, Changed, "A client method, or a struct's `new()`, takes its arguments in another order: calls may compile and pass values to the wrong parameters.";
    ArgumentRenamed => "argument-renamed", Rust, Breaking, Changed, "The argument at a position is now another wire parameter of the same type: calls compile and send the value under the new name.";
    ArgumentNameChanged => "argument-name-changed", Rust, Compatible, Changed, "An argument's Rust name changed, its meaning did not (callers pass it by position).";
    ArgumentTypeChanged => "argument-type-changed", Rust, Breaking, Changed, "A positional argument has a new type.";
    SetterRemoved => "setter-removed", Rust, Breaking, Removed, "A request builder setter (optional parameter or body) is gone.";
    SetterAdded => "setter-added", Rust, Compatible, Added, "A new request builder setter.";
    SetterChanged => "setter-changed", Rust, Breaking, Changed, "A request builder setter has a new name or type.";
    BodyTypeChanged => "body-type-changed", Rust, Breaking, Changed, "The request body has a new type, lost a content type, or its exhaustive body enum has a new variant.";
    BodyContentTypeAdded => "body-content-type-added", Rust, Compatible, Added, "The request body can be sent in a new content type; the old body type still converts.";
    ReturnTypeChanged => "return-type-changed", Rust, Breaking, Changed, "A method returns a new type.";
    ErrorTypeChanged => "error-type-changed", Rust, Breaking, Changed, "A method's error body has a new type.";
    ResponseVariantAdded => "response-variant-added", Rust, Breaking, Added, "An operation's response or error enum (exhaustive) has a new variant: exhaustive `match`es stop compiling.";
    ResponseVariantRemoved => "response-variant-removed", Rust, Breaking, Removed, "An operation's response or error enum lost a variant.";
    ResponseVariantChanged => "response-variant-changed", Rust, Breaking, Changed, "A variant of an operation's response or error enum carries something else.";
    PagingRemoved => "paging-removed", Rust, Breaking, Removed, "A request builder no longer has `.pages()`.";
    PagingAdded => "paging-added", Rust, Compatible, Added, "A request builder now has `.pages()`.";
    // Rust API: types.
    TypeRemoved => "type-removed", Rust, Breaking, Removed, "A generated type is gone.";
    TypeAdded => "type-added", Rust, Compatible, Added, "A new generated type.";
    TypeRenamed => "type-renamed", Rust, Breaking, Changed, "A generated type has a new name (same schema location or same shape).";
    TypeKindChanged => "type-kind-changed", Rust, Breaking, Changed, "A type changed kind (struct, enum, union, alias) or representation.";
    ConstructorRemoved => "constructor-removed", Rust, Breaking, Removed, "A struct lost `new()` and its `with_*` setters: it is no longer part of any request (values found in responses are decoded, not built).";
    ConstructorAdded => "constructor-added", Rust, Compatible, Added, "A struct gained `new()` and `with_*` setters: it now appears in a request.";
    SerdeTraitRemoved => "serde-trait-removed", Rust, Breaking, Removed, "A struct or `oneOf` enum no longer implements `Serialize` (it is now only in responses) or `Deserialize` (only in requests), unless the crate's `full-serde` feature is on.";
    SerdeTraitAdded => "serde-trait-added", Rust, Compatible, Added, "A struct or `oneOf` enum now implements `Serialize` or `Deserialize`: it now travels that way.";
    FieldRemoved => "field-removed", Rust, Breaking, Removed, "A struct field is gone.";
    FieldAdded => "field-added", Rust, Compatible, Added, "A new optional struct field (structs are `non_exhaustive`; `new()` is unchanged).";
    FieldAddedRequired => "field-added-required", Rust, Breaking, Added, "A new required struct field: `new()` takes another argument.";
    FieldTypeChanged => "field-type-changed", Rust, Breaking, Changed, "A field's Rust type changed, whether or not its wire type did.";
    FieldPresenceChanged => "field-presence-changed", Rust, Breaking, Changed, "A field's optionality changed (`T`, `Option<T>`, `Nullable<T>`, a default, a constant filled by `new()`).";
    FieldRenamed => "field-renamed", Rust, Breaking, Changed, "A field's Rust name changed while its wire name stayed.";
    EnumVariantAdded => "enum-variant-added", Rust, Compatible, Added, "A new value of an open enum (`non_exhaustive`, unknown values kept): no code stops compiling.";
    EnumVariantRemoved => "enum-variant-removed", Rust, Breaking, Removed, "An enum variant is gone.";
    EnumVariantRenamed => "enum-variant-renamed", Rust, Breaking, Changed, "An enum value has a new variant name.";
    UnionVariantAdded => "union-variant-added", Rust, Breaking, Added, "A `oneOf`/`anyOf` enum (exhaustive) has a new variant: exhaustive `match`es stop compiling.";
    UnionVariantRemoved => "union-variant-removed", Rust, Breaking, Removed, "A `oneOf`/`anyOf` enum lost a variant.";
    UnionVariantChanged => "union-variant-changed", Rust, Breaking, Changed, "A `oneOf`/`anyOf` variant holds another type or tag.";
    UnionTaggingChanged => "union-tagging-changed", Rust, Breaking, Changed, "A `oneOf`/`anyOf` enum is decoded differently (discriminator added, removed or renamed).";
    AliasChanged => "alias-changed", Rust, Breaking, Changed, "A type alias points at another type.";
    TypesSplit => "types-split", Rust, Possible, Changed, "Two names that were one type (an inline schema made an alias of an identical one) are two types now: code that passed a value of one where the other is expected stops compiling.";
    TypesJoined => "types-joined", Rust, Possible, Changed, "Two types are one now (an inline schema became identical to another and is an alias of it): code that implemented a trait of its own for both stops compiling.";
}

impl Rule {
    /// The rule with this id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.id() == id)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The rule table as text: one line per rule (`cargo xtask diff --rules`).
pub fn rules_table() -> String {
    let mut out = String::new();
    for rule in Rule::ALL {
        out.push_str(&format!("{:<38} {:<5} {:<10} {}\n", rule.id(), rule.level().as_str(), rule.severity().as_str(), rule.summary()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert!(ids.iter().all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        ids.sort();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule ids");
        assert_eq!(Rule::from_id("operation-removed"), Some(Rule::OperationRemoved));
    }
}
