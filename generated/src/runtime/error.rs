//! The error type of every call: the API said no ([`ApiError`]), the network failed
//! ([`TransportError`]), a success body did not match the spec ([`DecodeError`]), no token could
//! be had ([`AuthError`]), or the request could not be built ([`RequestError`]).

use std::fmt;

use reqwest::header::HeaderMap;

/// How much of a body errors show when printed.
const EXCERPT_LIMIT: usize = 512;

/// The error of a call whose documented error responses decode into `E`.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The server answered with an error status (documented or not).
    Api(Box<ApiError<E>>),
    /// The request did not complete: connection, TLS, timeout or I/O failure.
    Transport(TransportError),
    /// A success response whose body does not match the spec.
    Decode(Box<DecodeError>),
    /// No credentials for the operation, or the token request failed.
    Auth(AuthError),
    /// The request could not be built (for example an unencodable parameter).
    Request(RequestError),
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
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(error) => error.fmt(f),
            Error::Transport(error) => error.fmt(f),
            Error::Decode(error) => error.fmt(f),
            Error::Auth(error) => error.fmt(f),
            Error::Request(error) => error.fmt(f),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(error) => Some(error),
            Error::Auth(error) => Some(error),
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

/// An error status from the API.
#[derive(Debug)]
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
    /// The body as received (lossy UTF-8), always kept.
    pub raw_body: String,
}

impl<E: fmt::Debug> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` failed with HTTP {}", self.operation, self.status)?;
        match &self.body {
            Some(body) => write!(f, ": {body:?}"),
            None if self.raw_body.is_empty() => Ok(()),
            None => write!(f, ": {}", excerpt(&self.raw_body)),
        }
    }
}

/// The request did not complete.
#[derive(Debug)]
pub struct TransportError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// What failed.
    pub kind: TransportErrorKind,
    /// Attempts made (more than one when the request was retried).
    pub attempts: u32,
    /// The underlying error.
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// What kind of transport failure happened.
pub enum TransportErrorKind {
    /// Could not connect (DNS, refused, TLS handshake): the request was not sent.
    Connect,
    /// The connect or whole-request timeout ran out.
    Timeout,
    /// Any other failure while sending or reading.
    Other,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::Other => "transport failure",
        };
        write!(f, "`{}` {what} after {} attempt(s): {}", self.operation, self.attempts, self.source)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

/// A success response whose body does not match the spec.
#[derive(Clone, Debug)]
pub struct DecodeError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// The HTTP status of the response.
    pub status: u16,
    /// Where the body stops matching, e.g. `accountGroupSummary[0].accounts` (empty: the whole
    /// body, or not JSON at all).
    pub path: String,
    /// What does not match.
    pub message: String,
    /// The start of the body (at most 512 characters).
    pub body_excerpt: String,
}

impl DecodeError {
    pub(crate) fn new(operation: &'static str, status: u16, path: String, message: String, body: &[u8]) -> Self {
        DecodeError { operation, status, path, message, body_excerpt: excerpt(&String::from_utf8_lossy(body)) }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` returned HTTP {} with a body that does not match the spec", self.operation, self.status)?;
        if !self.path.is_empty() {
            write!(f, " at `{}`", self.path)?;
        }
        write!(f, ": {}; body: {}", self.message, self.body_excerpt)
    }
}

impl std::error::Error for DecodeError {}

/// Authentication failed before the call could be made.
#[derive(Debug)]
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
    /// The token endpoint refused the request.
    TokenRejected {
        /// The HTTP status.
        status: u16,
        /// The RFC 6749 error body, when the server sent one.
        error: Option<OAuthError>,
        /// The body as received.
        raw_body: String,
    },
    /// The token endpoint could not be reached.
    Transport(TransportError),
    /// The token endpoint's answer is not a token response.
    Decode(DecodeError),
    /// The API description or configuration lacks what the flow needs (e.g. a token URL).
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
            AuthError::TokenRejected { status, error: Some(error), .. } => write!(f, "the token request was rejected (HTTP {status}): {error}"),
            AuthError::TokenRejected { status, error: None, raw_body } => {
                write!(f, "the token request was rejected (HTTP {status}): {}", excerpt(raw_body))
            }
            AuthError::Transport(error) => write!(f, "the token request failed: {error}"),
            AuthError::Decode(error) => write!(f, "the token response could not be read: {error}"),
            AuthError::Misconfigured(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AuthError::Transport(error) => Some(error),
            AuthError::Decode(error) => Some(error),
            _ => None,
        }
    }
}

/// An RFC 6749 error body (`error`, `error_description`, `error_uri`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct OAuthError {
    /// The error code, e.g. `invalid_grant`.
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
        f.write_str(&self.error)?;
        if let Some(description) = &self.error_description {
            write!(f, ": {description}")?;
        }
        Ok(())
    }
}

/// The request could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestError {
    /// The operation's `operationId`.
    pub operation: &'static str,
    /// What could not be built.
    pub message: String,
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot build the `{}` request: {}", self.operation, self.message)
    }
}

impl std::error::Error for RequestError {}

/// The first [`EXCERPT_LIMIT`] characters of a text.
pub(crate) fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT_LIMIT).collect();
    if text.chars().nth(EXCERPT_LIMIT).is_some() {
        out.push_str("...");
    }
    out
}
