//! Responses as generated code decodes them: by status, into the documented success value or
//! into an [`Error`] carrying the documented error body and the raw one. The call's tracing
//! span stays open until the response is decoded.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::api::OperationInfo;
use super::error::{ApiError, DecodeError, Error, HeaderNames};
use super::json::from_slice;
use super::trace::{CallTrace, Outcome};

/// A complete response (the body is read, within the size limit, before decoding starts).
pub struct Response {
    pub(crate) operation: &'static OperationInfo,
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    trace: CallTrace,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("operation", &self.operation.id)
            .field("status", &self.status)
            .field("headers", &HeaderNames(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

impl Response {
    pub(crate) fn new(operation: &'static OperationInfo, status: u16, headers: HeaderMap, body: Bytes, trace: CallTrace) -> Response {
        Response { operation, status, headers, body, trace }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// A decode error (its message loses the values the decoder quoted), recorded in the trace.
    fn decode_error(&self, path: String, message: &str) -> DecodeError {
        self.trace.decoded(Outcome::DecodeError);
        DecodeError::new(self.operation.id, self.status, path, message, self.body.clone())
    }

    fn success<T, E>(&self, result: Result<T, Error<E>>) -> Result<T, Error<E>> {
        if result.is_ok() {
            self.trace.decoded(Outcome::Success);
        }
        result
    }

    /// The body as `T`; a mismatch is a [`DecodeError`] with the JSON path where it happens.
    pub fn json<T: DeserializeOwned, E>(self) -> Result<T, Error<E>> {
        let result = from_slice(&self.body).map_err(|error| Error::from(self.decode_error(error.path, &error.message)));
        self.success(result)
    }

    /// The body as text; invalid UTF-8 is a [`DecodeError`](super::DecodeError).
    pub fn text<E>(self) -> Result<String, Error<E>> {
        let result = match String::from_utf8(self.body.to_vec()) {
            Ok(text) => Ok(text),
            Err(error) => Err(Error::from(self.decode_error(String::new(), &error.utf8_error().to_string()))),
        };
        self.success(result)
    }

    /// The body as bytes.
    pub fn bytes<E>(self) -> Result<Bytes, Error<E>> {
        self.trace.decoded(Outcome::Success);
        Ok(self.body)
    }

    /// A response documented without a body (whatever was sent is ignored).
    pub fn empty<E>(self) -> Result<(), Error<E>> {
        self.trace.decoded(Outcome::Success);
        Ok(())
    }

    /// An optional response header, parsed as its documented type.
    pub fn header<T: DeserializeOwned, E>(&self, name: &str) -> Result<Option<T>, Error<E>> {
        let Some(value) = self.headers.get(name) else { return Ok(None) };
        let Ok(text) = value.to_str() else {
            return Err(Error::from(self.decode_error(format!("header `{name}`"), "not valid text")));
        };
        match parse_text(text) {
            Ok(value) => Ok(Some(value)),
            Err(message) => Err(Error::from(self.decode_error(format!("header `{name}`"), &message))),
        }
    }

    /// A required response header.
    pub fn required_header<T: DeserializeOwned, E>(&self, name: &str) -> Result<T, Error<E>> {
        match self.header(name)? {
            Some(value) => Ok(value),
            None => Err(Error::from(self.decode_error(format!("header `{name}`"), "missing"))),
        }
    }

    fn api_error<E>(self, body: Option<E>) -> Error<E> {
        self.trace.decoded(Outcome::ApiError);
        Error::Api(Box::new(ApiError {
            operation: self.operation.id,
            status: self.status,
            raw_body: String::from_utf8_lossy(&self.body).into_owned(),
            headers: self.headers,
            body,
        }))
    }

    /// A documented error with a JSON body, wrapped into the operation's error type.
    pub fn error_json<B: DeserializeOwned, E>(self, wrap: impl FnOnce(B) -> E) -> Error<E> {
        let body = from_slice::<B>(&self.body).ok().map(wrap);
        self.api_error(body)
    }

    /// A documented error with a text body.
    pub fn error_text<E>(self, wrap: impl FnOnce(String) -> E) -> Error<E> {
        let body = String::from_utf8(self.body.to_vec()).ok().map(wrap);
        self.api_error(body)
    }

    /// A documented error with a binary body.
    pub fn error_bytes<E>(self, wrap: impl FnOnce(Bytes) -> E) -> Error<E> {
        let body = Some(wrap(self.body.clone()));
        self.api_error(body)
    }

    /// A documented error without a body.
    pub fn error_empty<E>(self, value: E) -> Error<E> {
        self.api_error(Some(value))
    }

    /// A status the spec does not document: an API error with the raw body only.
    pub fn unexpected<E>(self) -> Error<E> {
        self.api_error(None)
    }
}

/// Header or parameter text as a typed value: as a JSON string first (strings, enums, dates),
/// then as JSON (numbers, booleans).
pub(crate) fn parse_text<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    match serde_json::from_value(Value::String(text.to_string())) {
        Ok(value) => Ok(value),
        Err(first) => serde_json::from_str(text).map_err(|_| first.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::api::Method;

    static OPERATION: OperationInfo =
        OperationInfo { id: "op", method: Method::Get, path: "/", security: &[], request_id_header: None, client_id_header: None, accept: None };

    fn response(status: u16, body: &str) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert("x-count", "42".parse().unwrap());
        headers.insert("location", "https://example.com/cb?code=abc".parse().unwrap());
        Response::new(&OPERATION, status, headers, Bytes::from(body.to_string()), CallTrace::start(&OPERATION, &uuid::Uuid::nil()))
    }

    #[derive(Debug, serde::Deserialize, PartialEq)]
    struct Body {
        code: String,
    }

    #[test]
    fn documented_errors_keep_typed_and_raw_bodies() {
        let error = response(404, r#"{"code":"resourceNotFound"}"#).error_json(|b: Body| b);
        let Error::Api(api) = error else { panic!("expected an API error") };
        assert_eq!(api.status, 404);
        assert_eq!(api.body, Some(Body { code: "resourceNotFound".into() }));
        let error = response(500, "<html>gateway</html>").error_json(|b: Body| b);
        let Error::Api(api) = error else { panic!("expected an API error") };
        assert_eq!(api.body, None);
        assert_eq!(api.raw_body, "<html>gateway</html>");
    }

    #[test]
    fn decode_errors_name_the_path_and_headers_parse() {
        let error = response(200, r#"{"code": 5}"#).json::<Body, ()>().unwrap_err();
        let Error::Decode(decode) = error else { panic!("expected a decode error") };
        assert_eq!(decode.path, "code");
        assert_eq!(decode.body(), br#"{"code": 5}"#);
        let text = decode.to_string();
        assert!(text.starts_with("`op` returned HTTP 200 with a body that does not match the spec at `code`: invalid type: "), "{text}");
        assert!(text.ends_with(", expected a string") && !text.contains('5'), "{text}");
        let error = response(200, r#"{"code": 5}"#).json::<i64, ()>().unwrap_err();
        assert!(!error.to_string().contains("code"), "the body's keys stay out: {error}");
        let r = response(200, "");
        assert_eq!(r.header::<i64, ()>("x-count").unwrap(), Some(42));
        assert_eq!(r.header::<String, ()>("location").unwrap().as_deref(), Some("https://example.com/cb?code=abc"));
        assert!(r.required_header::<String, ()>("missing").is_err());
    }
}
