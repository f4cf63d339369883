//! The error type of every call: the API said no ([`ApiError`]), the network failed
//! ([`TransportError`]), a success body did not match the spec ([`DecodeError`]), no token could
//! be had ([`AuthError`]), the request could not be built ([`RequestError`]), or the
//! application's hook refused it ([`HookError`]).
//!
//! `Display` and `Debug` of every error here describe what went wrong without echoing what the
//! server sent or what the request carried: bodies, header values, URLs with their query, tokens
//! and the values serde quotes in its messages stay out. The raw material is still there for code
//! that asks for it ([`ApiError::raw_body`], [`DecodeError::body`]).

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::HeaderMap;

pub use super::hook::HookError;
use super::auth::StoreError;

/// How many characters of server-written text (an error's `details`) an error message shows.
const TEXT_LIMIT: usize = 300;

/// The error of a call whose documented error responses decode into `E`.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The server answered with an error status (documented or not).
    Api(Box<ApiError<E>>),
    /// The request did not complete: connection, TLS, timeout, the call's deadline, an
    /// oversized body, or another I/O failure.
    Transport(TransportError),
    /// A success response whose body does not match the spec.
    Decode(Box<DecodeError>),
    /// No credentials for the operation, or the token request failed.
    Auth(AuthError),
    /// The request could not be built (for example an unencodable parameter).
    Request(RequestError),
    /// The configured [`Hook`](super::Hook) failed the request or its response.
    Hook(HookError),
}

impl<E> Error<E> {
    /// The HTTP status of an API error.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(error) => Some(error.status),
            Error::Decode(error) => Some(error.status),
            _ => None,
        }
    }

    /// The decoded error body, when the server sent a documented one.
    pub fn api_body(&self) -> Option<&E> {
        match self {
            Error::Api(error) => error.body.as_ref(),
            _ => None,
        }
    }

    /// The same error with its body mapped (for code that handles errors of many operations).
    pub fn map_body<F>(self, map: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Api(error) => {
                let ApiError { operation, status, headers, body, raw_body } = *error;
                Error::Api(Box::new(ApiError { operation, status, headers, body: body.map(map), raw_body }))
            }
            Error::Transport(error) => Error::Transport(error),
            Error::Decode(error) => Error::Decode(error),
            Error::Auth(error) => Error::Auth(error),
            Error::Request(error) => Error::Request(error),
            Error::Hook(error) => Error::Hook(error),
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(error) => error.fmt(f),
            Error::Transport(error) => error.fmt(f),
            Error::Decode(error) => error.fmt(f),
            Error::Auth(error) => error.fmt(f),
            Error::Request(error) => error.fmt(f),
            Error::Hook(error) => error.fmt(f),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(error) => Some(error),
            Error::Auth(error) => Some(error),
            Error::Hook(error) => Some(error),
            _ => None,
        }
    }
}

impl<E> From<TransportError> for Error<E> {
    fn from(error: TransportError) -> Self {
        Error::Transport(error)
    }
}

impl<E> From<DecodeError> for Error<E> {
    fn from(error: DecodeError) -> Self {
        Error::Decode(Box::new(error))
    }
}

impl<E> From<AuthError> for Error<E> {
    fn from(error: AuthError) -> Self {
        Error::Auth(error)
    }
}

impl<E> From<RequestError> for Error<E> {
    fn from(error: RequestError) -> Self {
        Error::Request(error)
    }
}

impl<E> From<HookError> for Error<E> {
    fn from(error: HookError) -> Self {
        Error::Hook(error)
    }
}

/// An error status from the API.
pub struct ApiError<E> {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body decoded as the spec documents it for this status (for Citi: `ErrorResponse` with
    /// `type`, `code`, `details`, `location`, `moreInfo`; the OAuth error body for Authorize).
    /// `None` when the status is undocumented or the body does not match.
    pub body: Option<E>,
    /// The body as received (lossy UTF-8), always kept. Neither `Display` nor `Debug` shows it.
    pub raw_body: String,
}

impl<E> ApiError<E> {
    /// The error's code and human-readable details, read from the body: Citi's `code` and
    /// `details`, OAuth's `error` and `error_description`, or a problem document's `title` and
    /// `detail`.
    pub fn code_and_details(&self) -> (Option<String>, Option<String>) {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(&self.raw_body) else { return (None, None) };
        let text = |names: &[&str]| names.iter().find_map(|name| fields.get(*name).and_then(serde_json::Value::as_str)).map(|text| clean_text(text, TEXT_LIMIT));
        (text(&["code", "error", "title"]), text(&["details", "error_description", "detail", "message"]))
    }
}

impl<E> fmt::Display for ApiError<E> {
    /// `` `retrieveAccountDetails` failed with HTTP 404 Not Found: resourceNotFound: No such account ``.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` failed with HTTP {}", self.operation, self.status)?;
        if let Some(reason) = reqwest::StatusCode::from_u16(self.status).ok().and_then(|status| status.canonical_reason()) {
            write!(f, " {reason}")?;
        }
        match self.code_and_details() {
            (Some(code), Some(details)) => write!(f, ": {code}: {details}"),
            (Some(code), None) => write!(f, ": {code}"),
            (None, Some(details)) => write!(f, ": {details}"),
            (None, None) if self.raw_body.is_empty() => Ok(()),
            (None, None) => write!(f, " (a {}-byte body that is not the documented error)", self.raw_body.len()),
        }
    }
}

impl<E> fmt::Debug for ApiError<E> {
    /// What `Display` shows (the code and details), header names, and whether the body was
    /// decoded; not the body's other fields (`location`, `moreInfo` can hold customer data).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, details) = self.code_and_details();
        f.debug_struct("ApiError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("code", &code)
            .field("details", &details)
            .field("headers", &HeaderNames(&self.headers))
            .field("body", &self.body.as_ref().map(|_| format_args!("[decoded]")))
            .field("raw_body", &format_args!("[{} bytes]", self.raw_body.len()))
            .finish()
    }
}

/// Header names only (values can be credentials or cookies).
pub(crate) struct HeaderNames<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for HeaderNames<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.keys().map(|name| name.as_str())).finish()
    }
}

/// The request did not complete.
#[derive(Clone, Debug)]
pub struct TransportError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// What failed.
    pub kind: TransportErrorKind,
    /// Attempts made (more than one when the request was retried).
    pub attempts: u32,
    /// The underlying error (never with the request URL).
    pub source: Arc<dyn std::error::Error + Send + Sync>,
}

/// What kind of transport failure happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// Could not connect (DNS, refused, TLS handshake): the request was not sent.
    Connect,
    /// The connect or per-attempt timeout ran out.
    Timeout,
    /// The call's overall deadline ([`ConfigBuilder::call_timeout`](super::ConfigBuilder::call_timeout))
    /// passed, retries and waits included.
    DeadlineExceeded,
    /// The response body is larger than
    /// [`ConfigBuilder::max_response_body`](super::ConfigBuilder::max_response_body).
    BodyTooLarge,
    /// Any other failure while sending or reading.
    Other,
}

impl TransportError {
    pub(crate) fn new(operation: &'static str, kind: TransportErrorKind, attempts: u32, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        TransportError { operation, kind, attempts, source: Arc::new(source) }
    }

    /// A `reqwest` failure, with the URL (and its query string) taken out.
    pub(crate) fn from_reqwest(operation: &'static str, attempts: u32, error: reqwest::Error) -> Self {
        let kind = if error.is_timeout() {
            TransportErrorKind::Timeout
        } else if error.is_connect() {
            TransportErrorKind::Connect
        } else {
            TransportErrorKind::Other
        };
        TransportError::new(operation, kind, attempts, error.without_url())
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::DeadlineExceeded => "ran out of time",
            TransportErrorKind::BodyTooLarge => "was refused",
            TransportErrorKind::Other => "failed in transport",
        };
        write!(f, "`{}` {what} after {} attempt(s): {}", self.operation, self.attempts, self.source)?;
        // The causes (`connection refused`, a TLS alert) are what an operator needs.
        let mut cause = self.source.source();
        while let Some(error) = cause {
            write!(f, ": {error}")?;
            cause = error.source();
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

/// A message as the source of a [`TransportError`] (a deadline, an oversized body).
#[derive(Clone, Debug)]
pub(crate) struct Reason(pub(crate) String);

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Reason {}

/// A response body that does not match the spec.
///
/// `Display` names the operation, the JSON path and what does not match (`invalid type: string,
/// expected i64`), never the offending value; the body itself is available from
/// [`body`](Self::body).
#[derive(Clone)]
pub struct DecodeError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// The HTTP status of the response.
    pub status: u16,
    /// Where the body stops matching, e.g. `accountGroupSummary[0].accounts` (empty: the whole
    /// body, or not JSON at all).
    pub path: String,
    /// What does not match, without the values the body holds.
    pub message: String,
    body: Bytes,
}

impl DecodeError {
    /// `raw_message` is the decoder's message; it may quote the body, so only its description
    /// of the mismatch is kept.
    /// The path's map keys come from the body too: control characters in them are replaced.
    pub(crate) fn new(operation: &'static str, status: u16, path: String, raw_message: &str, body: Bytes) -> Self {
        let path = if path.chars().any(char::is_control) { clean_text(&path, path.len()) } else { path };
        DecodeError { operation, status, path, message: describe_mismatch(raw_message), body }
    }

    /// An error whose message the runtime wrote (it quotes nothing from the body).
    pub(crate) fn described(operation: &'static str, status: u16, path: String, message: &str, body: Bytes) -> Self {
        DecodeError { operation, status, path, message: message.to_string(), body }
    }

    /// The body as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` returned HTTP {} with a body that does not match the spec", self.operation, self.status)?;
        if !self.path.is_empty() {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

impl std::error::Error for DecodeError {}

/// Authentication failed, or the authorization-code flow could not be completed.
#[derive(Clone)]
#[non_exhaustive]
pub enum AuthError {
    /// The operation needs credentials this client was not given.
    MissingCredentials {
        /// The operation's `operationId`.
        operation: &'static str,
        /// The security schemes the operation accepts.
        schemes: Vec<&'static str>,
    },
    /// The operation needs a customer's token (three-legged OAuth) and the client has no session.
    NoUserSession {
        /// The operation's `operationId`.
        operation: &'static str,
    },
    /// The session's refresh token is missing, expired or was rejected: the customer must log in again.
    SessionExpired {
        /// Why the session cannot go on.
        reason: String,
    },
    /// The redirect back from the authorize page does not carry the `state` this authorization
    /// was started with (a forged or replayed callback). No token request was made.
    StateMismatch,
    /// The customer (or the bank) declined: the redirect carries an `error` such as
    /// `access_denied`. No token request was made.
    AuthorizationDenied(OAuthError),
    /// The redirect back from the authorize page cannot be used (no code, a parameter given
    /// twice). No token request was made.
    InvalidCallback(String),
    /// The token endpoint refused the request.
    TokenRejected {
        /// The HTTP status.
        status: u16,
        /// The RFC 6749 error body, when the server sent one.
        error: Option<OAuthError>,
        /// The body as received (neither `Display` nor `Debug` shows it).
        raw_body: String,
    },
    /// The token endpoint could not be reached.
    Transport(TransportError),
    /// The token endpoint's answer is not a token response.
    Decode(DecodeError),
    /// The configured [`Hook`](super::Hook) failed a token request or its response.
    Hook(HookError),
    /// The [`TokenStore`](super::TokenStore) failed.
    Store(StoreError),
    /// The API description, configuration or authorize request cannot work (e.g. no token URL,
    /// or an extra authorize parameter that would override one the flow sets).
    Misconfigured(String),
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::MissingCredentials { operation, schemes } => {
                write!(f, "`{operation}` needs credentials for one of [{}], which this client has not been given", schemes.join(", "))
            }
            AuthError::NoUserSession { operation } => {
                write!(f, "`{operation}` needs a customer's access token: complete the authorization-code flow and attach the session")
            }
            AuthError::SessionExpired { reason } => write!(f, "the customer session has expired ({reason}); the customer must authorize again"),
            AuthError::StateMismatch => f.write_str("the authorization callback's `state` does not match the pending authorization; nothing was exchanged"),
            AuthError::AuthorizationDenied(error) => write!(f, "the authorization was not granted: {error}"),
            AuthError::InvalidCallback(message) => write!(f, "the authorization callback cannot be used: {message}"),
            AuthError::TokenRejected { status, error: Some(error), .. } => write!(f, "the token request was rejected (HTTP {status}): {error}"),
            AuthError::TokenRejected { status, error: None, raw_body } => {
                write!(f, "the token request was rejected (HTTP {status}, a {}-byte body that is not an OAuth error)", raw_body.len())
            }
            AuthError::Transport(error) => write!(f, "the token request failed: {error}"),
            AuthError::Decode(error) => write!(f, "the token response could not be read: {error}"),
            AuthError::Hook(error) => error.fmt(f),
            AuthError::Store(error) => error.fmt(f),
            AuthError::Misconfigured(message) => f.write_str(message),
        }
    }
}

impl fmt::Debug for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::MissingCredentials { operation, schemes } => {
                f.debug_struct("MissingCredentials").field("operation", operation).field("schemes", schemes).finish()
            }
            AuthError::NoUserSession { operation } => f.debug_struct("NoUserSession").field("operation", operation).finish(),
            AuthError::SessionExpired { reason } => f.debug_struct("SessionExpired").field("reason", reason).finish(),
            AuthError::StateMismatch => f.write_str("StateMismatch"),
            AuthError::AuthorizationDenied(error) => f.debug_tuple("AuthorizationDenied").field(error).finish(),
            AuthError::InvalidCallback(message) => f.debug_tuple("InvalidCallback").field(message).finish(),
            AuthError::TokenRejected { status, error, raw_body } => f
                .debug_struct("TokenRejected")
                .field("status", status)
                .field("error", error)
                .field("raw_body", &format_args!("[{} bytes]", raw_body.len()))
                .finish(),
            AuthError::Transport(error) => f.debug_tuple("Transport").field(error).finish(),
            AuthError::Decode(error) => f.debug_tuple("Decode").field(error).finish(),
            AuthError::Hook(error) => f.debug_tuple("Hook").field(error).finish(),
            AuthError::Store(error) => f.debug_tuple("Store").field(error).finish(),
            AuthError::Misconfigured(message) => f.debug_tuple("Misconfigured").field(message).finish(),
        }
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AuthError::Transport(error) => Some(error),
            AuthError::Decode(error) => Some(error),
            AuthError::Hook(error) => Some(error),
            AuthError::Store(error) => Some(error),
            _ => None,
        }
    }
}

/// An RFC 6749 error (`error`, `error_description`, `error_uri`), from a token endpoint's body or
/// an authorization callback.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct OAuthError {
    /// The error code, e.g. `invalid_grant` or `access_denied`.
    pub error: String,
    #[serde(default)]
    /// A human-readable description.
    pub error_description: Option<String>,
    #[serde(default)]
    /// A link to a page about the error.
    pub error_uri: Option<String>,
}

impl fmt::Display for OAuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&clean_text(&self.error, 64))?;
        if let Some(description) = &self.error_description {
            write!(f, ": {}", clean_text(description, TEXT_LIMIT))?;
        }
        Ok(())
    }
}

/// The request could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// What could not be built (naming the parameter or header, never its value).
    pub message: String,
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot build the `{}` request: {}", self.operation, self.message)
    }
}

impl std::error::Error for RequestError {}

/// Server-written text made safe for one log line: control characters (a forged second log
/// line) become spaces, and it is cut at `limit` characters.
pub(crate) fn clean_text(text: &str, limit: usize) -> String {
    let mut out: String = text.chars().take(limit).map(|c| if c.is_control() { ' ' } else { c }).collect();
    if text.chars().nth(limit).is_some() {
        out.push_str("...");
    }
    out
}

/// A decoder's message without the values it quotes.
///
/// serde's messages quote the offending value: `invalid type: string "PL61 1090 ...", expected
/// i64`, ``unknown variant `X`, expected one of `A`, `B` ``. The value is the body's content
/// (customer data, perhaps a token), so only the kind of value and what was expected are kept:
/// `invalid type: string, expected i64`. Messages of other shapes lose every quoted part.
pub(crate) fn describe_mismatch(message: &str) -> String {
    let message = message.trim();
    // What was expected comes from the Rust type, never from the data: the last `, expected `
    // starts it even when the quoted value contains those words.
    let expected = |rest: &str| rest.rfind(", expected ").map(|at| clean_text(&rest[at..], TEXT_LIMIT)).unwrap_or_default();
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let kind: String = rest.chars().take_while(|c| c.is_ascii_alphabetic() || *c == ' ').collect();
            let kind = kind.trim();
            let kind = if kind.is_empty() || kind.len() > 24 { "a value" } else { kind };
            return format!("{prefix}{kind}{}", expected(rest));
        }
    }
    for prefix in ["unknown variant", "unknown field"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            return format!("{prefix}{}", expected(rest));
        }
    }
    // Names from the Rust type, or numbers: nothing from the data.
    if ["missing field `", "duplicate field `", "invalid length "].iter().any(|prefix| message.starts_with(prefix)) {
        return clean_text(message, TEXT_LIMIT);
    }
    clean_text(&without_quoted(message), TEXT_LIMIT)
}

/// `text` with every `"..."` (with escapes) and `` `...` `` span replaced by `…`.
fn without_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut escaped = false;
                for inner in chars.by_ref() {
                    match (escaped, inner) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => escaped = false,
                    }
                }
                out.push('…');
            }
            '`' => {
                for inner in chars.by_ref() {
                    if inner == '`' {
                        break;
                    }
                }
                out.push('…');
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mismatch_messages_keep_the_problem_and_lose_the_value() {
        let cases = [
            (r#"invalid type: string "PL61 1090 1014", expected i64"#, "invalid type: string, expected i64"),
            (r#"invalid type: string "a, expected b\" x", expected u32"#, "invalid type: string, expected u32"),
            ("invalid value: integer `48600100200`, expected a date", "invalid value: integer, expected a date"),
            ("invalid type: floating point `1.5`, expected i32", "invalid type: floating point, expected i32"),
            ("unknown variant `TOKEN-abc`, expected one of `ACTIVE`, `CLOSED`", "unknown variant, expected one of `ACTIVE`, `CLOSED`"),
            ("unknown field `secret`, expected `code`", "unknown field, expected `code`"),
            ("missing field `accountId`", "missing field `accountId`"),
            ("invalid length 3, expected 2 elements", "invalid length 3, expected 2 elements"),
            ("invalid character: expected [0-9a-fA-F-], found `z` at 1", "invalid character: expected [0-9a-fA-F-], found … at 1"),
            ("premature end of input", "premature end of input"),
            ("expected value at line 1 column 1", "expected value at line 1 column 1"),
        ];
        for (raw, described) in cases {
            assert_eq!(describe_mismatch(raw), described, "{raw}");
        }
    }

    #[test]
    fn server_text_cannot_forge_log_lines() {
        assert_eq!(clean_text("bad\r\nINFO forged line", 100), "bad  INFO forged line");
        assert_eq!(clean_text("abcdef", 3), "abc...");
    }

    #[test]
    fn api_errors_read_as_a_message() {
        let error = ApiError::<()> {
            operation: "retrieveAccountDetails",
            status: 404,
            headers: HeaderMap::new(),
            body: None,
            raw_body: r#"{"type":"error","code":"resourceNotFound","details":"No such account."}"#.into(),
        };
        assert_eq!(error.to_string(), "`retrieveAccountDetails` failed with HTTP 404 Not Found: resourceNotFound: No such account.");
        let error = ApiError::<()> { raw_body: r#"{"error":"invalid_grant","error_description":"Code expired"}"#.into(), status: 400, ..error };
        assert_eq!(error.to_string(), "`retrieveAccountDetails` failed with HTTP 400 Bad Request: invalid_grant: Code expired");
        let error = ApiError::<()> { raw_body: "<html>secret page</html>".into(), status: 502, ..error };
        assert_eq!(error.to_string(), "`retrieveAccountDetails` failed with HTTP 502 Bad Gateway (a 24-byte body that is not the documented error)");
        assert!(!format!("{error:?}").contains("secret page"));
    }
}
