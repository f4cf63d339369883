//! Requests as generated code builds them: parameters written in their OpenAPI style, bodies in
//! their content type. Problems (a value that cannot be written) are kept and reported when the
//! request is sent, so building never fails half way.
//!
//! Every value is hostile: a path parameter stays one segment (percent-encoded, and never `.`,
//! `..` or empty, which would move the request to another path, RFC 3986 §3.3), a header value
//! with a line break is refused, a cookie value is percent-encoded so it cannot end its cookie.

use std::fmt;

use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue};
use serde::Serialize;
use serde_json::Value;

use super::api::OperationInfo;
use super::json::to_parameter_value;
use super::values::Binary;

/// How a parameter value is written (OpenAPI `style` and `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `a,b` (path and header parameters).
    Simple {
        /// Objects as `k=v,k=v` instead of `k,v,k,v`.
        explode: bool,
    },
    /// `name=a&name=b` exploded, `name=a,b` not (query and cookie parameters).
    Form {
        /// One pair per list item or object property.
        explode: bool,
    },
    /// `name=a%20b`.
    SpaceDelimited,
    /// `name=a|b`.
    PipeDelimited,
    /// Path only: `.a,b` (`.a.b` exploded).
    Label {
        /// One `.`-prefixed part per list item or object property.
        explode: bool,
    },
    /// Path only: `;name=a,b` (`;name=a;name=b` exploded).
    Matrix {
        /// One `;name=value` part per list item (objects: one `;key=value` per property).
        explode: bool,
    },
    /// `name[key]=value`.
    DeepObject,
    /// The value as JSON text (`content: application/json` parameters).
    Json,
}

impl ParamStyle {
    /// `simple`, not exploded: the default of path and header parameters.
    pub const SIMPLE: ParamStyle = ParamStyle::Simple { explode: false };
    /// `form`, exploded: the default of query and cookie parameters.
    pub const FORM: ParamStyle = ParamStyle::Form { explode: true };
}

/// A request being built by a generated request builder.
pub struct Request {
    pub(crate) operation: &'static OperationInfo,
    pub(crate) path_values: Vec<(&'static str, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    /// Optional headers the operation declares, set or not (config defaults fill unset ones).
    pub(crate) declared_headers: Vec<&'static str>,
    pub(crate) cookies: Vec<(String, String)>,
    /// Headers the operation does not declare, validated; they never replace a managed one.
    pub(crate) extra_headers: Vec<(HeaderName, HeaderValue)>,
    /// Whether the request may be sent again; `None`: as its method says.
    pub(crate) retryable: Option<bool>,
    pub(crate) body: Option<RequestBody>,
    pub(crate) problems: Vec<String>,
}

impl fmt::Debug for Request {
    /// Names only: parameter values, headers and the body can hold customer data.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("operation", &self.operation.id)
            .field("path_params", &self.path_values.iter().map(|(name, _)| *name).collect::<Vec<_>>())
            .field("query", &self.query.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>())
            .field("headers", &self.headers.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>())
            .field("extra_headers", &self.extra_headers.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>())
            .field("cookies", &self.cookies.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>())
            .field("body", &self.body.as_ref().map(|_| "[set]"))
            .field("problems", &self.problems)
            .finish()
    }
}

#[derive(Clone)]
pub(crate) enum RequestBody {
    Bytes { data: Bytes, content_type: String },
    Multipart { form: Multipart },
}

impl Request {
    /// A request for `operation`.
    pub fn new(operation: &'static OperationInfo) -> Request {
        Request {
            operation,
            path_values: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            declared_headers: Vec::new(),
            cookies: Vec::new(),
            extra_headers: Vec::new(),
            retryable: None,
            body: None,
            problems: Vec::new(),
        }
    }

    /// Fills the path template's `{name}` with `value`, percent-encoded so it stays in its
    /// segment. An empty value, `.` or `..` is a problem: sending it would reach another path.
    pub fn path_param<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        // `content: application/json`: the JSON text, numbers exactly as written.
        let json = if style == ParamStyle::Json { serde_json::to_string(value).ok() } else { None };
        match self.value(name, value) {
            Some(Value::Null) | None => self.problems.push(format!("path parameter `{name}` has no value")),
            Some(value) => {
                let scalars: Vec<&Value> = match &value {
                    Value::Array(items) => items.iter().collect(),
                    Value::Object(fields) => fields.values().collect(),
                    scalar => vec![scalar],
                };
                if scalars.iter().any(|scalar| matches!(scalar_text(scalar).as_str(), "." | "..")) {
                    self.problems.push(format!("path parameter `{name}` is `.` or `..`, which would change the path"));
                }
                let text = match &json {
                    Some(json) => encode_path_segment(json),
                    None => path_text(name, &value, style),
                };
                if text.is_empty() {
                    self.problems.push(format!("path parameter `{name}` is empty"));
                }
                self.path_values.push((name, text));
            }
        }
    }

    /// Adds a header the operation does not declare (a tracing header, a gateway's own header).
    /// The name must be a valid header name and the value printable text (no line breaks). It
    /// cannot replace a header the client manages (`Authorization`, `Cookie`, `Content-Type`,
    /// `Accept`, `User-Agent`, the request-id and client-id headers, an API key header, or a
    /// header the operation declares, which has its own builder method): sending such a request
    /// fails with a [`RequestError`](super::RequestError) naming the header. Values are marked
    /// sensitive (left out of `Debug` and of HTTP/2 header compression).
    pub fn extra_header(&mut self, name: &str, value: &str) {
        let Ok(header) = HeaderName::from_bytes(name.trim().as_bytes()) else {
            self.problems.push(format!("`{}` is not a valid header name", name.escape_debug()));
            return;
        };
        match HeaderValue::from_str(value) {
            Ok(mut value) => {
                value.set_sensitive(true);
                self.extra_headers.push((header, value));
            }
            Err(_) => self.problems.push(format!("the value of header `{header}` cannot be sent (it holds a line break or another control character)")),
        }
    }

    /// [`extra_header`](Self::extra_header) for each of `headers`, in order (what a request
    /// builder collected).
    pub fn extra_headers(&mut self, headers: &[(String, String)]) {
        for (name, value) in headers {
            self.extra_header(name, value);
        }
    }

    /// Whether the request may be sent again after a failure that certainly left it unprocessed
    /// (a refused connection, 429, 502, 503, 504). By default only GET, HEAD, OPTIONS and TRACE
    /// are; mark an idempotent request (one with an idempotency key, a token request for client
    /// credentials) `true`, and never a single-use grant or a payment.
    pub fn retryable(&mut self, retryable: bool) {
        self.retryable = Some(retryable);
    }

    /// Adds query parameters for `value` (nothing for `None`).
    pub fn query<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        if style == ParamStyle::Json {
            if let Some(text) = self.json_text(name, value) {
                self.query.push((name.to_string(), text));
            }
            return;
        }
        let Some(value) = self.value(name, value) else { return };
        let pairs = query_pairs(name, &value, style);
        self.query.extend(pairs);
    }

    /// Sets a header from `value` (nothing for `None`; the configuration's default for the
    /// header applies then).
    pub fn header<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        self.declared_headers.push(name);
        if style == ParamStyle::Json {
            if let Some(text) = self.json_text(name, value) {
                self.headers.push((name.to_string(), text));
            }
            return;
        }
        let Some(value) = self.value(name, value) else { return };
        if value.is_null() {
            return;
        }
        let text = match style {
            ParamStyle::Simple { explode } => simple_text(&value, explode),
            _ => simple_text(&value, false),
        };
        self.headers.push((name.to_string(), text));
    }

    /// Adds a cookie from `value` (nothing for `None`).
    pub fn cookie<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        let text = if style == ParamStyle::Json {
            let Some(text) = self.json_text(name, value) else { return };
            text
        } else {
            let Some(value) = self.value(name, value) else { return };
            if value.is_null() {
                return;
            }
            simple_text(&value, false)
        };
        self.cookies.push((name.to_string(), text));
    }

    /// A JSON body.
    pub fn json<T: Serialize>(&mut self, body: &T, content_type: &str) {
        match serde_json::to_vec(body) {
            Ok(data) => self.body = Some(RequestBody::Bytes { data: Bytes::from(data), content_type: content_type.to_string() }),
            Err(error) => self.problems.push(format!("the body cannot be written as JSON: {error}")),
        }
    }

    /// `application/x-www-form-urlencoded`: one field per property; lists repeat the field;
    /// objects are written as JSON text.
    pub fn form<T: Serialize>(&mut self, body: &T, content_type: &str) {
        let value = match to_parameter_value(body) {
            Ok(value) => value,
            Err(error) => {
                self.problems.push(format!("the form body cannot be written: {error}"));
                return;
            }
        };
        let Value::Object(fields) = value else {
            self.problems.push("a form body must be an object".to_string());
            return;
        };
        let mut serializer = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &fields {
            match value {
                Value::Null => {}
                Value::Array(items) => {
                    for item in items {
                        serializer.append_pair(name, &scalar_text(item));
                    }
                }
                other => {
                    serializer.append_pair(name, &scalar_text(other));
                }
            }
        }
        self.body = Some(RequestBody::Bytes { data: Bytes::from(serializer.finish()), content_type: content_type.to_string() });
    }

    /// A raw body.
    pub fn bytes(&mut self, body: Bytes, content_type: &str) {
        self.body = Some(RequestBody::Bytes { data: body, content_type: content_type.to_string() });
    }

    /// A text body.
    pub fn text(&mut self, body: String, content_type: &str) {
        self.body = Some(RequestBody::Bytes { data: Bytes::from(body), content_type: content_type.to_string() });
    }

    /// A multipart body (the boundary sets the content type).
    pub fn multipart(&mut self, form: Multipart, _content_type: &str) {
        self.body = Some(RequestBody::Multipart { form });
    }

    /// A `content: application/json` parameter's value as JSON text, numbers exactly as
    /// written (`None` for an absent or `null` value).
    fn json_text<T: Serialize>(&mut self, name: &str, value: &T) -> Option<String> {
        match serde_json::to_string(value) {
            Ok(text) if text == "null" => None,
            Ok(text) => Some(text),
            Err(error) => {
                self.problems.push(format!("parameter `{name}` cannot be written: {error}"));
                None
            }
        }
    }

    fn value<T: Serialize>(&mut self, name: &str, value: &T) -> Option<Value> {
        match to_parameter_value(value) {
            Ok(value) => Some(value),
            Err(error) => {
                self.problems.push(format!("parameter `{name}` cannot be written: {error}"));
                None
            }
        }
    }

    /// The path with every `{name}` replaced by its percent-encoded value. A segment that holds
    /// a parameter must not come out empty or as a dot segment (`.`, `..` or a percent-encoded
    /// form of them), whatever the values and the style.
    pub(crate) fn path(&self) -> Result<String, String> {
        let mut path = String::new();
        for (index, template) in self.operation.path.split('/').enumerate() {
            if index > 0 {
                path.push('/');
            }
            let mut segment = String::new();
            let mut first_name = None;
            let mut rest = template;
            while let Some(start) = rest.find('{') {
                let Some(end) = rest[start..].find('}') else { break };
                segment.push_str(&rest[..start]);
                let name = &rest[start + 1..start + end];
                first_name.get_or_insert(name);
                match self.path_values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => segment.push_str(value),
                    None => return Err(format!("path parameter `{name}` has no value")),
                }
                rest = &rest[start + end + 1..];
            }
            segment.push_str(rest);
            if let Some(name) = first_name {
                if segment.is_empty() {
                    return Err(format!("path parameter `{name}` is empty"));
                }
                if is_dot_segment(&segment) {
                    return Err(format!("path parameter `{name}` makes a `.` or `..` segment, which would change the path"));
                }
            }
            path.push_str(&segment);
        }
        Ok(path)
    }

    pub(crate) fn body_content(&self, boundary: &str) -> (Option<String>, Bytes) {
        match &self.body {
            None => (None, Bytes::new()),
            Some(RequestBody::Bytes { data, content_type }) => (Some(content_type.clone()), data.clone()),
            Some(RequestBody::Multipart { form }) => (Some(format!("multipart/form-data; boundary={boundary}")), form.encode(boundary)),
        }
    }
}

/// `.`, `..`, and the forms URL parsers also treat as them (`%2e`, `.%2E`, ...).
fn is_dot_segment(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    matches!(lower.as_str(), "." | ".." | "%2e" | ".%2e" | "%2e." | "%2e%2e")
}

/// Whether `name` can be a cookie name (an RFC 6265 token).
pub(crate) fn is_cookie_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b))
}

/// A cookie value with everything outside RFC 6265's `cookie-octet` (and `%` itself)
/// percent-encoded, so `;`, `,`, spaces, quotes and line breaks cannot end the cookie or the
/// header.
pub(crate) fn encode_cookie_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        let octet = matches!(byte, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E) && byte != b'%';
        if octet {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A JSON scalar as parameter text (strings without quotes, numbers with all their digits).
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A path parameter in its style, each value percent-encoded, the style's separators not.
fn path_text(name: &str, value: &Value, style: ParamStyle) -> String {
    let encoded = |v: &Value| encode_path_segment(&scalar_text(v));
    let items: Vec<String> = match value {
        Value::Array(items) => items.iter().map(encoded).collect(),
        Value::Object(fields) => {
            let exploded = matches!(style, ParamStyle::Simple { explode: true } | ParamStyle::Label { explode: true } | ParamStyle::Matrix { explode: true });
            if exploded {
                fields.iter().map(|(k, v)| format!("{}={}", encode_path_segment(k), encoded(v))).collect()
            } else {
                fields.iter().flat_map(|(k, v)| [encode_path_segment(k), encoded(v)]).collect()
            }
        }
        scalar => vec![encoded(scalar)],
    };
    match style {
        ParamStyle::Json => encode_path_segment(&value.to_string()),
        ParamStyle::Label { explode } => format!(".{}", items.join(if explode { "." } else { "," })),
        ParamStyle::Matrix { explode: true } if value.is_object() => items.iter().map(|item| format!(";{item}")).collect(),
        ParamStyle::Matrix { explode: true } => items.iter().map(|item| format!(";{name}={item}")).collect(),
        ParamStyle::Matrix { explode: false } => format!(";{name}={}", items.join(",")),
        _ => items.join(","),
    }
}

/// `simple` style: lists as `a,b`; objects as `k,v,k,v` (or `k=v,k=v` exploded).
fn simple_text(value: &Value, explode: bool) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        Value::Object(fields) => fields
            .iter()
            .map(|(k, v)| if explode { format!("{k}={}", scalar_text(v)) } else { format!("{k},{}", scalar_text(v)) })
            .collect::<Vec<_>>()
            .join(","),
        other => scalar_text(other),
    }
}

/// The query pairs of one parameter, by style; `null` writes nothing.
fn query_pairs(name: &str, value: &Value, style: ParamStyle) -> Vec<(String, String)> {
    let joined = |separator: &str, items: &[Value]| items.iter().map(scalar_text).collect::<Vec<_>>().join(separator);
    match (value, style) {
        (Value::Null, _) => Vec::new(),
        (_, ParamStyle::Json) => vec![(name.to_string(), value.to_string())],
        (Value::Array(items), ParamStyle::Form { explode: true }) => items.iter().map(|item| (name.to_string(), scalar_text(item))).collect(),
        (Value::Array(items), ParamStyle::SpaceDelimited) => vec![(name.to_string(), joined(" ", items))],
        (Value::Array(items), ParamStyle::PipeDelimited) => vec![(name.to_string(), joined("|", items))],
        (Value::Array(items), _) => vec![(name.to_string(), joined(",", items))],
        (Value::Object(_), ParamStyle::DeepObject) => {
            let mut pairs = Vec::new();
            deep_object(name, value, &mut pairs);
            pairs
        }
        (Value::Object(fields), ParamStyle::Form { explode: true }) => {
            fields.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), scalar_text(v))).collect()
        }
        (Value::Object(_), _) => vec![(name.to_string(), simple_text(value, false))],
        (scalar, _) => vec![(name.to_string(), scalar_text(scalar))],
    }
}

/// `deepObject`: `name[key]=value`, nested as `name[a][b]=value`.
fn deep_object(prefix: &str, value: &Value, pairs: &mut Vec<(String, String)>) {
    match value {
        Value::Object(fields) => {
            for (key, inner) in fields {
                deep_object(&format!("{prefix}[{key}]"), inner, pairs);
            }
        }
        Value::Array(items) => {
            for item in items {
                pairs.push((prefix.to_string(), scalar_text(item)));
            }
        }
        Value::Null => {}
        scalar => pairs.push((prefix.to_string(), scalar_text(scalar))),
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode_path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A `multipart/form-data` body: files, text fields and JSON fields.
#[derive(Clone, Default)]
pub struct Multipart {
    pub(crate) parts: Vec<Part>,
}

impl fmt::Debug for Multipart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Multipart").field("parts", &self.parts.iter().map(|part| part.name.as_str()).collect::<Vec<_>>()).finish()
    }
}

#[derive(Clone)]
pub(crate) struct Part {
    pub(crate) name: String,
    pub(crate) data: Bytes,
    pub(crate) file_name: Option<String>,
    pub(crate) content_type: Option<String>,
}

/// Values a file part can be written from.
pub trait FileParts {
    /// The files to send, one part each.
    fn files(&self) -> Vec<&Binary>;
}

impl FileParts for Binary {
    fn files(&self) -> Vec<&Binary> {
        vec![self]
    }
}

impl<T: FileParts> FileParts for Option<T> {
    fn files(&self) -> Vec<&Binary> {
        self.as_ref().map(FileParts::files).unwrap_or_default()
    }
}

impl<T: FileParts> FileParts for Vec<T> {
    fn files(&self) -> Vec<&Binary> {
        self.iter().flat_map(FileParts::files).collect()
    }
}

impl<T: FileParts> FileParts for Box<T> {
    fn files(&self) -> Vec<&Binary> {
        (**self).files()
    }
}

impl<T: FileParts> FileParts for super::values::Nullable<T> {
    fn files(&self) -> Vec<&Binary> {
        match self {
            super::values::Nullable::Value(value) => value.files(),
            _ => Vec::new(),
        }
    }
}

impl Multipart {
    /// An empty body.
    pub fn new() -> Multipart {
        Multipart::default()
    }

    /// One file part per file (none for an absent optional one).
    pub fn file(&mut self, name: &str, value: &impl FileParts) {
        for file in value.files() {
            self.parts.push(Part {
                name: name.to_string(),
                data: file.data.clone(),
                file_name: Some(file.file_name.clone().unwrap_or_else(|| name.to_string())),
                content_type: Some(file.content_type.clone().unwrap_or_else(|| "application/octet-stream".to_string())),
            });
        }
    }

    /// A scalar as a text part (lists give one part per item; absent gives none).
    pub fn text<T: Serialize>(&mut self, name: &str, value: &T) {
        let Ok(value) = to_parameter_value(value) else { return };
        let items = match value {
            Value::Null => Vec::new(),
            Value::Array(items) => items,
            other => vec![other],
        };
        for item in items {
            self.parts.push(Part { name: name.to_string(), data: Bytes::from(scalar_text(&item)), file_name: None, content_type: None });
        }
    }

    /// A structured value as a JSON part.
    pub fn json<T: Serialize>(&mut self, name: &str, value: &T) {
        let Ok(text) = serde_json::to_string(value) else { return };
        if text == "null" {
            return;
        }
        self.parts.push(Part {
            name: name.to_string(),
            data: Bytes::from(text),
            file_name: None,
            content_type: Some("application/json".to_string()),
        });
    }

    /// A boundary that occurs in no part, so no part can end the body early.
    pub(crate) fn boundary(&self) -> String {
        loop {
            let boundary = format!("citi-poland-{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
            if !self.parts.iter().any(|part| part.data.windows(boundary.len()).any(|window| window == boundary.as_bytes())) {
                return boundary;
            }
        }
    }

    /// The body's bytes (RFC 7578). Names and file names are quoted with `"`, CR and LF
    /// percent-encoded, as browsers do; a content type that is not a valid header value is sent
    /// as `application/octet-stream`.
    pub(crate) fn encode(&self, boundary: &str) -> Bytes {
        let quoted = |text: &str| text.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        let mut body = Vec::new();
        for part in &self.parts {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"", quoted(&part.name)).as_bytes());
            if let Some(file_name) = &part.file_name {
                body.extend_from_slice(format!("; filename=\"{}\"", quoted(file_name)).as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                let content_type = if HeaderValue::from_str(content_type).is_ok() { content_type.as_str() } else { "application/octet-stream" };
                body.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(&part.data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        Bytes::from(body)
    }
}

/// What every operation's request builder has beyond its own parameters, written once:
/// `operation_impls!(Builder, Success, Error);` gives `Builder` (a struct with an
/// `extra_headers: Vec<(String, String)>` field and an `async fn send(self) -> Result<Success,
/// Error<Error>>`) its `extra_header` setter and its `IntoFuture` impl, so it can be `.await`ed.
#[doc(hidden)]
#[macro_export]
macro_rules! __operation_impls {
    ($builder:ident, $success:ty, $error:ty $(,)?) => {
        impl $builder {
            /// Adds a header the operation does not declare (a tracing or correlation header).
            /// It cannot replace a header the client manages (authentication, the request id, the
            /// client id, content negotiation) or one this operation declares: such a request
            /// fails before anything is sent, as does a value with a line break.
            pub fn extra_header(
                mut self,
                name: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                self.extra_headers.push((name.into(), value.into()));
                self
            }
        }

        impl ::std::future::IntoFuture for $builder {
            type Output = ::std::result::Result<$success, $crate::runtime::Error<$error>>;
            type IntoFuture = $crate::runtime::ResponseFuture<$success, $error>;

            fn into_future(self) -> Self::IntoFuture {
                self.send()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::runtime::api::Method;

    static OPERATION: OperationInfo = OperationInfo {
        id: "test",
        method: Method::Get,
        path: "/v1/accounts/{accountId}/x/{other}",
        security: &[],
        request_id_header: None,
        client_id_header: None,
        accept: None,
    };

    /// A decimal written as the generated code writes it (a JSON number with its digits).
    struct Exact(rust_decimal::Decimal);

    impl Serialize for Exact {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            crate::runtime::decimal::serialize(&self.0, serializer)
        }
    }

    #[test]
    fn json_parameters_keep_every_digit() {
        let mut request = Request::new(&OPERATION);
        let amounts = vec![Exact(rust_decimal::Decimal::new(1250, 2)), Exact("12345678901234567890.125".parse().unwrap())];
        request.query("amounts", &amounts, ParamStyle::Json);
        request.header("x-amounts", &amounts, ParamStyle::Json);
        request.cookie("amounts", &amounts, ParamStyle::Json);
        request.path_param("accountId", &amounts, ParamStyle::Json);
        request.query("absent", &Option::<Exact>::None, ParamStyle::Json);
        let text = "[12.50,12345678901234567890.125]";
        assert_eq!(request.query, vec![("amounts".to_string(), text.to_string())]);
        assert_eq!(request.headers, vec![("x-amounts".to_string(), text.to_string())]);
        assert_eq!(request.cookies, vec![("amounts".to_string(), text.to_string())]);
        assert_eq!(request.path_values, vec![("accountId", encode_path_segment(text))]);
    }

    #[test]
    fn styles_write_lists_and_objects() {
        let list = json!(["a", "b c"]);
        let object = to_parameter_value(&json!({"role": "admin", "first": "Ann"})).unwrap();
        assert_eq!(query_pairs("id", &list, ParamStyle::Form { explode: true }), vec![("id".into(), "a".into()), ("id".into(), "b c".into())]);
        assert_eq!(query_pairs("id", &list, ParamStyle::Form { explode: false }), vec![("id".into(), "a,b c".into())]);
        assert_eq!(query_pairs("id", &list, ParamStyle::PipeDelimited), vec![("id".into(), "a|b c".into())]);
        assert_eq!(
            query_pairs("f", &object, ParamStyle::DeepObject),
            vec![("f[first]".into(), "Ann".into()), ("f[role]".into(), "admin".into())]
        );
        assert_eq!(simple_text(&object, true), "first=Ann,role=admin");
        let amount = to_parameter_value(&crate::runtime::RawJson::from_serialize(&12.5).unwrap()).unwrap();
        assert_eq!(query_pairs("n", &amount, ParamStyle::Form { explode: true }), vec![("n".into(), "12.5".into())]);
        let amount = to_parameter_value(&Exact(rust_decimal::Decimal::new(1250, 2))).unwrap();
        assert_eq!(query_pairs("n", &amount, ParamStyle::Form { explode: true }), vec![("n".into(), "12.50".into())]);
        assert!(query_pairs("n", &Value::Null, ParamStyle::Form { explode: true }).is_empty());
    }

    #[test]
    fn path_values_are_encoded_and_required() {
        let mut request = Request::new(&OPERATION);
        request.path_param("accountId", &"a/b c", ParamStyle::Simple { explode: false });
        request.path_param("other", &7, ParamStyle::Simple { explode: false });
        assert_eq!(request.path().unwrap(), "/v1/accounts/a%2Fb%20c/x/7");
        let list = json!(["a b", "c"]);
        let object = json!({"x": "1", "y": "2"});
        assert_eq!(path_text("id", &list, ParamStyle::Simple { explode: false }), "a%20b,c");
        assert_eq!(path_text("id", &list, ParamStyle::Label { explode: false }), ".a%20b,c");
        assert_eq!(path_text("id", &list, ParamStyle::Label { explode: true }), ".a%20b.c");
        assert_eq!(path_text("id", &list, ParamStyle::Matrix { explode: false }), ";id=a%20b,c");
        assert_eq!(path_text("id", &list, ParamStyle::Matrix { explode: true }), ";id=a%20b;id=c");
        assert_eq!(path_text("id", &object, ParamStyle::Matrix { explode: true }), ";x=1;y=2");
        assert_eq!(path_text("id", &object, ParamStyle::Simple { explode: false }), "x,1,y,2");
        assert_eq!(path_text("id", &json!(5), ParamStyle::Matrix { explode: false }), ";id=5");
        let mut request = Request::new(&OPERATION);
        request.path_param("accountId", &"", ParamStyle::Simple { explode: false });
        assert!(request.path().is_err());
    }

    #[test]
    fn dot_segments_and_empty_values_never_make_a_path() {
        for value in [".", "..", ""] {
            let mut request = Request::new(&OPERATION);
            request.path_param("accountId", &value, ParamStyle::Simple { explode: false });
            request.path_param("other", &"x", ParamStyle::Simple { explode: false });
            assert!(!request.problems.is_empty(), "`{value}` is refused");
            assert!(request.path().is_err(), "`{value}` makes no path");
        }
        // Label style prefixes a `.`: a value of `.` would make `..`.
        let mut request = Request::new(&OPERATION);
        request.path_values.push(("accountId", path_text("accountId", &json!("."), ParamStyle::Label { explode: false })));
        request.path_values.push(("other", "x".into()));
        assert!(request.path().unwrap_err().contains("`.` or `..`"));
        // Everything else stays inside its segment.
        let mut request = Request::new(&OPERATION);
        request.path_param("accountId", &"%2e%2e", ParamStyle::Simple { explode: false });
        request.path_param("other", &"a/b?c#d e\\ż", ParamStyle::Simple { explode: false });
        assert_eq!(request.path().unwrap(), "/v1/accounts/%252e%252e/x/a%2Fb%3Fc%23d%20e%5C%C5%BC");
        assert!(is_dot_segment("%2E.") && is_dot_segment(".%2e") && !is_dot_segment("..."));
    }

    #[test]
    fn cookies_and_extra_headers_cannot_inject() {
        assert_eq!(encode_cookie_value("a; admin=1\r\nX: y"), "a%3B%20admin=1%0D%0AX:%20y");
        assert_eq!(encode_cookie_value("s3ss10n"), "s3ss10n");
        assert_eq!(encode_cookie_value("100%"), "100%25");
        assert!(is_cookie_name("session") && !is_cookie_name("a;b") && !is_cookie_name("a b") && !is_cookie_name(""));
        let mut request = Request::new(&OPERATION);
        request.extra_header("X-Trace", "abc");
        request.extra_header("X-Evil", "a\r\nAuthorization: Bearer stolen");
        request.extra_header("Bad Name", "x");
        assert_eq!(request.extra_headers.len(), 1);
        assert_eq!(request.problems.len(), 2);
        assert!(request.problems.iter().all(|p| !p.contains("stolen")), "{:?}", request.problems);
        assert!(!format!("{request:?}").contains("abc"));
    }

    #[test]
    fn multipart_bodies_quote_names_and_keep_parts_apart() {
        let mut form = Multipart::new();
        form.text("title", &"Umowa");
        form.file("scan\"; x=\"1", &Binary::new(b"%PDF".to_vec()).with_file_name("a\r\nb.pdf").with_content_type("application/pdf\r\nX: y"));
        let boundary = form.boundary();
        let body = String::from_utf8(form.encode(&boundary).to_vec()).unwrap();
        assert!(body.starts_with(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nUmowa\r\n")), "{body}");
        assert!(body.contains(r#"name="scan%22; x=%221"; filename="a%0D%0Ab.pdf""#), "{body}");
        assert!(body.contains("Content-Type: application/octet-stream\r\n\r\n%PDF\r\n"), "{body}");
        assert!(body.ends_with(&format!("--{boundary}--\r\n")));
    }
}
