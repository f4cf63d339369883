//! [`Hook`]: application code that sees, and may change, every request the runtime sends and
//! every response it receives: to sign requests, add tracing headers, record traffic, or make a
//! mock answer with its error examples in a test.
//!
//! The hook runs on every attempt (retries included), after the runtime has filled the headers it
//! manages and the credentials, so a signature covers the request exactly as it goes out; and on
//! every response, after its body was read (within the size limit) and before it is decoded or a
//! retry is decided. Token requests (client credentials, code exchange, refresh, revocation) pass
//! through it too, under their own operation names.
//!
//! The methods are async (they return a boxed future) because signing may need I/O: a key held
//! in an HSM or a cloud KMS is one network call away.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::HeaderMap;

use super::api::Method;
use super::error::HeaderNames;
use super::BoxFuture;

/// The operation name token requests carry in [`OutgoingRequest::operation`]: the two-legged
/// (client credentials) token.
pub const CLIENT_CREDENTIALS_TOKEN: &str = "oauth2.clientCredentialsToken";
/// The operation name of the authorization-code exchange.
pub const AUTHORIZATION_CODE_EXCHANGE: &str = "oauth2.authorizationCodeExchange";
/// The operation name of a refresh-token grant.
pub const REFRESH_TOKEN_GRANT: &str = "oauth2.refreshTokenGrant";
/// The operation name of a token revocation.
pub const TOKEN_REVOCATION: &str = "oauth2.tokenRevocation";

/// Sees each outgoing request and each incoming response; set with
/// [`ConfigBuilder::hook`](super::ConfigBuilder::hook).
///
/// Both methods do nothing by default. An error stops the call with [`Error::Hook`](super::Error::Hook)
/// (or [`AuthError::Hook`](super::AuthError::Hook) for a token request); a failed request is not sent.
///
/// ```
/// use citi_poland::runtime::{BoxFuture, Hook, HookError, HeaderValue, OutgoingRequest};
///
/// /// Adds a trace header to every request.
/// struct TraceHeader;
///
/// impl Hook for TraceHeader {
///     fn on_request<'a>(&'a self, request: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), HookError>> {
///         request.headers.insert("traceparent", HeaderValue::from_static("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
///         Box::pin(async { Ok(()) })
///     }
/// }
/// ```
pub trait Hook: Send + Sync + 'static {
    /// Called before each attempt is sent, with the request as it will go out.
    fn on_request<'a>(&'a self, request: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), HookError>> {
        let _ = request;
        Box::pin(std::future::ready(Ok(())))
    }

    /// Called with each response, before the runtime looks at it.
    fn on_response<'a>(&'a self, response: &'a mut IncomingResponse) -> BoxFuture<'a, Result<(), HookError>> {
        let _ = response;
        Box::pin(std::future::ready(Ok(())))
    }
}

/// One attempt of a request, as it will be sent.
///
/// Credentials are in `headers` (marked sensitive) and, for token requests, in `body`: the hook
/// is trusted code. `Debug` shows neither header values nor the body nor the URL's query.
pub struct OutgoingRequest {
    /// The HTTP method.
    pub method: Method,
    /// The full URL, query included.
    pub url: url::Url,
    /// Every header, the runtime's own included (`Content-Length` is set from `body` when sent).
    pub headers: HeaderMap,
    /// The body (empty for none).
    pub body: Bytes,
    operation: &'static str,
    attempt: u32,
}

impl OutgoingRequest {
    pub(crate) fn new(operation: &'static str, attempt: u32, method: Method, url: url::Url, headers: HeaderMap, body: Bytes) -> Self {
        OutgoingRequest { method, url, headers, body, operation, attempt }
    }

    /// The operation's `operationId`, or one of the token-request names
    /// ([`CLIENT_CREDENTIALS_TOKEN`], [`AUTHORIZATION_CODE_EXCHANGE`], [`REFRESH_TOKEN_GRANT`],
    /// [`TOKEN_REVOCATION`]).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// Which attempt this is: 1 for the first, 2 for the first retry, and so on.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
}

impl fmt::Debug for OutgoingRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutgoingRequest")
            .field("operation", &self.operation)
            .field("attempt", &self.attempt)
            .field("method", &self.method)
            .field("origin", &self.url.origin().ascii_serialization())
            .field("headers", &HeaderNames(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

/// A response, as received.
pub struct IncomingResponse {
    /// The HTTP status.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The whole body (read within the configured size limit).
    pub body: Bytes,
    operation: &'static str,
    attempt: u32,
}

impl IncomingResponse {
    pub(crate) fn new(operation: &'static str, attempt: u32, status: u16, headers: HeaderMap, body: Bytes) -> Self {
        IncomingResponse { status, headers, body, operation, attempt }
    }

    /// The operation's `operationId` (or a token-request name, as for [`OutgoingRequest::operation`]).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The attempt this answers.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
}

impl fmt::Debug for IncomingResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IncomingResponse")
            .field("operation", &self.operation)
            .field("attempt", &self.attempt)
            .field("status", &self.status)
            .field("headers", &HeaderNames(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

/// A hook's refusal of a request or response.
#[derive(Clone)]
pub struct HookError {
    operation: &'static str,
    source: Arc<dyn std::error::Error + Send + Sync>,
}

impl HookError {
    /// A failure with its cause (anything that converts into a boxed error, a `String` included).
    pub fn new(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        HookError { operation: "", source: Arc::from(source.into()) }
    }

    /// The operation whose request or response the hook refused.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    pub(crate) fn at(mut self, operation: &'static str) -> Self {
        self.operation = operation;
        self
    }
}

impl fmt::Display for HookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the hook refused `{}`: {}", self.operation, self.source)
    }
}

impl fmt::Debug for HookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HookError").field("operation", &self.operation).field("source", &self.source).finish()
    }
}

impl std::error::Error for HookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}
