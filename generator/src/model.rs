//! Stage 2's output, the IR: one [`Api`] per spec, holding every Rust name and every decision.
//!
//! `lower` builds it from the OpenAPI document; the emitters read it and decide nothing. Every
//! list has a fixed order, so output is deterministic: types by name, operations by method name;
//! fields and parameters in the order the spec declares them (path parameters in the template's
//! order), which is the order of required constructor arguments. Names here are final Rust
//! identifiers, already unique in their scope.

/// One product (one spec) as it will be generated.
#[derive(Clone, Debug, PartialEq)]
pub struct Api {
    /// Rust module, e.g. `money_movement`.
    pub module: String,
    /// Cargo feature, e.g. `money-movement` (empty for a standalone crate).
    pub feature: String,
    /// The spec as diagnostics and headers name it, e.g. `specs/money-movement.yaml`.
    pub spec_file: String,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    pub servers: Vec<Server>,
    pub security_schemes: Vec<SecurityScheme>,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// Every schema that was lowered (escaped pointer in the bundled document) and its type;
    /// lets tools find the Rust type of a spec location (for example of an `example`). Hashed:
    /// only looked up (sorting it was about 5% of lowering GitHub's description).
    pub schema_types: std::collections::HashMap<String, TypeRef>,
    /// Types defined once for every product, in the crate's shared module (`crate::apis::common`,
    /// from `specs/common.yaml`), and re-exported here under the same name: an error body is one
    /// type across products. Empty outside the project's crate.
    pub shared_types: std::collections::BTreeSet<String>,
    /// A cargo feature per tag (a standalone crate generated with `--tag-features`): which
    /// features enable each operation and type. `None`: everything is always compiled.
    pub tag_features: Option<TagFeatures>,
    /// No item of the API is named like a std prelude item generated code uses
    /// ([`STD_PRELUDE_NAMES`]), so it may write them short (`Option<String>`); otherwise it
    /// writes absolute paths (`::std::option::Option`), which no spec name can shadow.
    pub short_std_names: bool,
}

/// The std prelude names generated code writes short when no generated item shadows them.
pub const STD_PRELUDE_NAMES: [&str; 13] = ["Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Into", "From", "Default", "Clone"];

/// Cargo features per tag, so that a crate for a large API compiles only the parts a team uses.
/// An operation is compiled when any feature of its tags is on (an untagged one always); a type
/// when any operation that reaches it is, or `OTHER_TYPES_FEATURE` for the types no operation
/// reaches (webhook payloads, say). Every type a compiled item refers to is compiled too.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TagFeatures {
    /// Every feature (sorted) and the tags it stands for.
    pub features: std::collections::BTreeMap<String, Vec<String>>,
    /// Per operation, in the order of `Api::operations`: the features any one of which compiles
    /// it; empty for an operation compiled always.
    pub operations: Vec<Vec<String>>,
    /// Per type name: the features any one of which compiles it; a type not here is compiled
    /// always.
    pub types: std::collections::BTreeMap<String, Vec<String>>,
}

impl Api {
    /// The features any one of which compiles operation `index` (empty: always compiled).
    pub fn operation_gate(&self, index: usize) -> &[String] {
        self.tag_features.as_ref().and_then(|f| f.operations.get(index)).map_or(&[], Vec::as_slice)
    }

    /// The features any one of which compiles the type `name` (empty: always compiled).
    pub fn type_gate(&self, name: &str) -> &[String] {
        self.tag_features.as_ref().and_then(|f| f.types.get(name)).map_or(&[], Vec::as_slice)
    }

    /// The types by their Rust name, in name order.
    pub fn types_by_name(&self) -> std::collections::BTreeMap<&str, &TypeDef> {
        self.types.iter().map(|def| (def.name.as_str(), def)).collect()
    }
}

/// The feature of the types that no operation uses.
pub const OTHER_TYPES_FEATURE: &str = "other-types";

/// The cargo feature that gives every type both serde traits, not only those of its
/// `Directions`.
pub const FULL_SERDE_FEATURE: &str = "full-serde";

#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    /// The URL with its variables replaced by their defaults, without a trailing slash.
    pub url: String,
    pub description: Option<String>,
}

/// Text for a doc comment, already cleaned for rustdoc. Each entry is a paragraph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Docs {
    pub paragraphs: Vec<String>,
}

impl Docs {
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// Types

/// A named Rust type generated from a schema.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// Where the schema was written (bundled-document pointer), for diagnostics and snapshots.
    pub pointer: String,
    pub docs: Docs,
    pub deprecated: bool,
    pub kind: TypeKind,
    /// Which ways the type crosses the wire, and so which serde traits it implements by default.
    pub directions: Directions,
}

/// Whether requests send a type (it implements `Serialize`) and responses bring it (it
/// implements `Deserialize`). A type no operation reaches (a webhook payload, a shared
/// definition) goes both ways. The crate's `full-serde` feature adds the missing trait to every
/// type, for callers who store or forward what they received or read requests from files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directions {
    pub sent: bool,
    pub received: bool,
}

impl Directions {
    pub const BOTH: Directions = Directions { sent: true, received: true };
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enumeration),
    Union(Union),
    /// `pub type Name = <TypeRef>;`
    Alias(TypeRef),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties beyond the declared ones (`additionalProperties`), kept in a map.
    pub additional: Option<AdditionalFields>,
    /// Every field is optional (or has a default): the struct derives `Default`.
    pub all_optional: bool,
    /// Callers build values of it (`new()` and `with_*` setters): it is part of a request (a
    /// body or a parameter, directly or nested). A struct found only in responses, or in no
    /// operation, is decoded, never built, and gets neither.
    pub built_by_callers: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AdditionalFields {
    pub name: String,
    /// The map's value type (`serde_json::Value` for `additionalProperties: true`).
    pub value: TypeRef,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub wire: String,
    pub ty: TypeRef,
    pub presence: Presence,
    pub docs: Docs,
    pub deprecated: bool,
    /// The field's named type is boxed to break a cycle of directly contained types.
    pub boxed: bool,
    /// A default applied when the field is absent on the wire.
    pub default: Option<DefaultValue>,
    pub access: Access,
    /// A required field whose enum allows a single value: constructors fill it in.
    pub constant: Option<String>,
}

/// `readOnly` / `writeOnly`: which direction a field travels in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Sent by the server only; never required when building a request.
    ReadOnly,
    /// Sent by the client only; never required when reading a response.
    WriteOnly,
}

/// How a field's absence and `null` are represented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null: `T`.
    Required,
    /// Always present, may be null: `Option<T>`, serialized as `null` when `None`.
    RequiredNullable,
    /// May be absent, never null: `Option<T>`, left out when `None`.
    Optional,
    /// May be absent or null: `Nullable<T>` (absent, null, or a value), so a PATCH can send `null`.
    OptionalNullable,
    /// May be absent; absent means the schema's default: `T` with a serde default.
    Defaulted,
}

/// A schema `default` that the generator can write as a Rust expression.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    Integer(i64),
    Float(f64),
    /// Exact decimal text, e.g. `0.00`.
    Decimal(String),
    String(String),
    /// A variant of a generated enum.
    Variant { ty: String, variant: String },
    /// An empty list or map.
    Empty,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Enumeration {
    pub repr: EnumRepr,
    pub variants: Vec<EnumVariant>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumRepr {
    String,
    Integer,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumVariant {
    pub name: String,
    pub value: EnumValue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnumValue {
    String(String),
    Integer(i64),
}

/// `oneOf`/`anyOf`: exactly one of several shapes.
#[derive(Clone, Debug, PartialEq)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    pub tagging: Tagging,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tagging {
    /// A discriminator property names the variant; unknown tags keep the raw JSON.
    Internal { property: String },
    /// No discriminator: the first variant (in spec order) that fits wins.
    Untagged,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    /// For tagged unions: the discriminator values that select this variant (first one is
    /// written when serializing).
    pub tags: Vec<String>,
    pub boxed: bool,
}

/// A reference to a Rust type, as fields, parameters and bodies use them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// A generated type of the same module.
    Named(String),
    Primitive(Primitive),
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>`: a nullable array item or map value.
    Nullable(Box<TypeRef>),
    /// Any JSON value.
    Json,
}

impl TypeDef {
    /// The named types this definition refers to directly (fields, additional properties, union
    /// variants, the aliased type).
    pub fn named_types(&self) -> Vec<String> {
        let mut out = Vec::new();
        match &self.kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|field| field.ty.named_into(&mut out));
                if let Some(additional) = &s.additional {
                    additional.value.named_into(&mut out);
                }
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|variant| variant.ty.named_into(&mut out)),
            TypeKind::Alias(ty) => ty.named_into(&mut out),
            TypeKind::Enum(_) => {}
        }
        out
    }
}

impl Operation {
    /// The named types the operation refers to directly: parameters, request bodies, response
    /// bodies and headers.
    pub fn named_types(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.params.iter().for_each(|param| param.ty.named_into(&mut out));
        if let Some(body) = &self.body {
            body.variants.iter().for_each(|variant| variant.ty.named_into(&mut out));
        }
        for case in self.success.cases.iter().chain(&self.errors.cases) {
            if let Some(body) = &case.body {
                body.ty.named_into(&mut out);
            }
            case.headers.iter().for_each(|header| header.ty.named_into(&mut out));
        }
        out
    }
}

impl TypeRef {
    /// Pushes the generated type this reference names, through `Vec`, maps and `Option`.
    pub fn named_into(&self, out: &mut Vec<String>) {
        match self {
            TypeRef::Named(name) => out.push(name.clone()),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.named_into(out),
            TypeRef::Primitive(_) | TypeRef::Json => {}
        }
    }

    pub fn vec(inner: TypeRef) -> TypeRef {
        TypeRef::Vec(Box::new(inner))
    }

    pub fn map(inner: TypeRef) -> TypeRef {
        TypeRef::Map(Box::new(inner))
    }

    pub fn string() -> TypeRef {
        TypeRef::Primitive(Primitive::String)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    String,
    Bool,
    I32,
    I64,
    U32,
    U64,
    F32,
    F64,
    /// Exact decimal written as a JSON number (money).
    Decimal,
    /// Exact decimal written as a JSON string.
    DecimalString,
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339 date-time.
    DateTime,
    Uuid,
    /// Bytes written as a base64 string (`format: byte`).
    Base64,
    /// Raw bytes (`format: binary`): a file part in multipart bodies.
    Binary,
    /// A credential (`format: password`, or a property the conventions list as secret): a string
    /// whose `Debug` is redacted (`runtime::SecretString`).
    Secret,
}

// ---------------------------------------------------------------------------------------------
// Operations

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// The spec's `operationId` (or one derived from method and path).
    pub id: String,
    /// The client method, e.g. `retrieve_accounts`.
    pub method_name: String,
    /// The request builder type, e.g. `RetrieveAccounts`.
    pub builder_name: String,
    pub pointer: String,
    pub http_method: HttpMethod,
    /// The path template, e.g. `/v1/accounts/{accountId}`.
    pub path: String,
    pub docs: Docs,
    pub tags: Vec<String>,
    pub deprecated: bool,
    /// Parameters the caller supplies (runtime-managed headers are not here).
    pub params: Vec<Param>,
    /// Headers the spec declares that the runtime fills.
    pub managed_headers: Vec<ManagedHeader>,
    pub body: Option<RequestBody>,
    /// The `Accept` header to send.
    pub accept: Option<String>,
    pub success: ResponseSet,
    pub errors: ResponseSet,
    /// Alternatives (any one suffices); each lists the schemes used together. Empty: no auth.
    pub security: Vec<Vec<SecurityUse>>,
    pub paging: Option<Paging>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub wire: String,
    pub location: ParamLocation,
    pub style: ParamStyle,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Docs,
    pub deprecated: bool,
    /// A required parameter whose enum allows a single value (the variant): the builder sends it
    /// without the caller passing it.
    pub constant: Option<String>,
    /// The spec's example value, if any.
    pub example: Option<serde_json::Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// How a parameter value is written (OpenAPI `style` + `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    Simple { explode: bool },
    /// Path only: `.value`.
    Label { explode: bool },
    /// Path only: `;name=value`.
    Matrix { explode: bool },
    Form { explode: bool },
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    /// `content: application/json`: the value is written as JSON text.
    Json,
}

/// A header the runtime fills on every request of an operation that declares it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ManagedHeader {
    /// A fresh random UUID per request, under this header name.
    RequestId(String),
    /// The configured client id, under this header name.
    ClientId(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    pub required: bool,
    pub docs: Docs,
    /// One per content type; more than one becomes an enum named `<Builder>Body`.
    pub variants: Vec<BodyVariant>,
    /// The enum's name when there is more than one variant.
    pub enum_name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BodyVariant {
    /// Variant name in the body enum, e.g. `Json`, `Form`.
    pub name: String,
    pub content_type: String,
    pub encoding: BodyEncoding,
    pub ty: TypeRef,
    /// The spec's example body, if any.
    pub example: Option<serde_json::Value>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BodyEncoding {
    Json,
    Form,
    /// One part per field of the body struct.
    Multipart(Vec<MultipartPart>),
    Binary,
    Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultipartPart {
    /// The body struct's field.
    pub field: String,
    /// The part's name.
    pub wire: String,
    pub kind: PartKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Raw bytes with a file name (`format: binary`).
    File,
    /// A scalar written as text.
    Text,
    /// An object or list written as JSON.
    Json,
}

/// The responses of one class (success or error) of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ResponseSet {
    pub cases: Vec<ResponseCase>,
    pub shape: ResponseShape,
}

/// How the cases of a set are returned.
#[derive(Clone, Debug, PartialEq)]
pub enum ResponseShape {
    /// Nothing to return: `()`.
    Unit,
    /// The body of every case has this type (cases without a body are not decoded).
    Body(TypeRef),
    /// An operation-level type: a struct (one case with headers) or an enum (several cases).
    Named(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResponseCase {
    pub status: StatusMatch,
    /// Variant name in the operation's response enum, e.g. `Ok`, `Created`, `Default`.
    pub variant: String,
    pub docs: Docs,
    pub body: Option<ResponseBody>,
    pub headers: Vec<ResponseHeader>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusMatch {
    Code(u16),
    /// `4XX`: the class digit.
    Range(u16),
    Default,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResponseBody {
    pub content_type: String,
    pub decoding: Decoding,
    pub ty: TypeRef,
    /// The spec's example body, if any.
    pub example: Option<serde_json::Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decoding {
    Json,
    Text,
    Binary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResponseHeader {
    pub name: String,
    pub wire: String,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Docs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityUse {
    pub scheme: String,
    pub scopes: Vec<String>,
}

/// A list operation that pages with a cursor: the builder gets a stream of all pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The builder's setter for the cursor query parameter.
    pub param: String,
    /// The response struct's cursor field.
    pub field: String,
}

// ---------------------------------------------------------------------------------------------
// Security

#[derive(Clone, Debug, PartialEq)]
pub struct SecurityScheme {
    /// The spec's scheme name, e.g. `authorizationCode`.
    pub name: String,
    pub docs: Docs,
    pub kind: SecurityKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SecurityKind {
    OAuth2(Box<OAuth2>),
    HttpBasic,
    HttpBearer,
    ApiKey { location: ParamLocation, name: String },
    OpenIdConnect { url: String },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OAuth2 {
    pub client_credentials: Option<OAuthFlow>,
    pub authorization_code: Option<OAuthFlow>,
    pub password: Option<OAuthFlow>,
    pub implicit: Option<OAuthFlow>,
    /// Token revocation endpoint (`x-revocation-url`).
    pub revocation_url: Option<Endpoint>,
    /// Extra query parameters of the authorize URL (`x-authorization-parameters`).
    pub authorization_params: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OAuthFlow {
    pub authorization_url: Option<Endpoint>,
    pub token_url: Option<Endpoint>,
    pub refresh_url: Option<Endpoint>,
    pub scopes: Vec<String>,
}

/// An OAuth endpoint: relative to the chosen server when it lies under one of the spec's servers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Relative(String),
    Absolute(String),
}
