//! Requests as generated code builds them: parameters written in their OpenAPI style, bodies in
//! their content type. Problems (a value that cannot be written) are kept and reported when the
//! request is sent, so building never fails half way.

use bytes::Bytes;
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

/// A request being built by a generated request builder.
#[derive(Debug)]
pub struct Request {
    pub(crate) operation: &'static OperationInfo,
    pub(crate) path_values: Vec<(&'static str, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    /// Optional headers the operation declares, set or not (config defaults fill unset ones).
    pub(crate) declared_headers: Vec<&'static str>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Option<RequestBody>,
    pub(crate) problems: Vec<String>,
}

#[derive(Clone, Debug)]
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
            body: None,
            problems: Vec::new(),
        }
    }

    /// Fills the path template's `{name}` with `value`, percent-encoded.
    pub fn path_param<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        match self.value(name, value) {
            Some(Value::Null) | None => self.problems.push(format!("path parameter `{name}` has no value")),
            Some(value) => {
                let text = path_text(name, &value, style);
                if text.is_empty() {
                    self.problems.push(format!("path parameter `{name}` is empty"));
                }
                self.path_values.push((name, text));
            }
        }
    }

    /// Adds query parameters for `value` (nothing for `None`).
    pub fn query<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        let Some(value) = self.value(name, value) else { return };
        let pairs = query_pairs(name, &value, style);
        self.query.extend(pairs);
    }

    /// Sets a header from `value` (nothing for `None`; the configuration's default for the
    /// header applies then).
    pub fn header<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        self.declared_headers.push(name);
        let Some(value) = self.value(name, value) else { return };
        if value.is_null() {
            return;
        }
        let text = match style {
            ParamStyle::Json => value.to_string(),
            ParamStyle::Simple { explode } => simple_text(&value, explode),
            _ => simple_text(&value, false),
        };
        self.headers.push((name.to_string(), text));
    }

    /// Adds a cookie from `value` (nothing for `None`).
    pub fn cookie<T: Serialize>(&mut self, name: &'static str, value: &T, style: ParamStyle) {
        let Some(value) = self.value(name, value) else { return };
        if value.is_null() {
            return;
        }
        let text = if style == ParamStyle::Json { value.to_string() } else { simple_text(&value, false) };
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

    fn value<T: Serialize>(&mut self, name: &str, value: &T) -> Option<Value> {
        match to_parameter_value(value) {
            Ok(value) => Some(value),
            Err(error) => {
                self.problems.push(format!("parameter `{name}` cannot be written: {error}"));
                None
            }
        }
    }

    /// The path with every `{name}` replaced by its percent-encoded value.
    pub(crate) fn path(&self) -> Result<String, String> {
        let mut path = String::new();
        let mut rest = self.operation.path;
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else { break };
            path.push_str(&rest[..start]);
            let name = &rest[start + 1..start + end];
            match self.path_values.iter().find(|(n, _)| *n == name) {
                Some((_, value)) if !value.is_empty() => path.push_str(value),
                _ => return Err(format!("path parameter `{name}` is empty")),
            }
            rest = &rest[start + end + 1..];
        }
        path.push_str(rest);
        Ok(path)
    }
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
#[derive(Clone, Debug, Default)]
pub struct Multipart {
    pub(crate) parts: Vec<Part>,
}

#[derive(Clone, Debug)]
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

    pub(crate) fn to_form(&self) -> reqwest::multipart::Form {
        let mut form = reqwest::multipart::Form::new();
        for part in &self.parts {
            let mut body = reqwest::multipart::Part::stream(reqwest::Body::from(part.data.clone()));
            if let Some(file_name) = &part.file_name {
                body = body.file_name(file_name.clone());
            }
            if let Some(content_type) = &part.content_type {
                body = match body.mime_str(content_type) {
                    Ok(body) => body,
                    Err(_) => reqwest::multipart::Part::stream(reqwest::Body::from(part.data.clone())),
                };
            }
            form = form.part(part.name.clone(), body);
        }
        form
    }
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
}
