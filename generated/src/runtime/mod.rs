//! The hand-written runtime that generated clients call: configuration, HTTP plumbing with
//! retries and a deadline per call, OAuth 2.0 flows, typed errors, the request hook, paging and
//! the value types generated code uses.
//!
//! Nothing here is generated, and nothing here knows about a particular API: what differs
//! between APIs (servers, security schemes, operations) arrives as the constants the generator
//! writes ([`ApiInfo`], [`OperationInfo`]).

mod api;
pub mod auth;
mod client;
mod config;
pub mod decimal;
#[doc(hidden)]
pub mod enums;
mod error;
mod hook;
pub mod json;
mod json_path;
#[doc(hidden)]
pub mod object;
mod paging;
mod request;
mod response;
mod retry;
mod secret;
mod trace;
mod values;

use std::future::Future;
use std::pin::Pin;

pub use api::{ApiInfo, ApiKeyLocation, Endpoint, Method, OAuth2, OAuthFlow, OperationInfo, SecurityKind, SecurityRequirement, SecurityScheme};
pub use auth::{AuthorizationCode, AuthorizeRequest, InMemoryTokenStore, PendingAuthorization, StoreError, StoredTokens, TokenStore, UserSession};
pub use client::ApiClient;
pub use config::{Config, ConfigBuilder, ConfigError, Credential, Environment, RetryPolicy, DEFAULT_MAX_RESPONSE_BODY};
pub use error::{ApiError, AuthError, DecodeError, Error, OAuthError, RequestError, TransportError, TransportErrorKind};
pub use futures_core::Stream;
pub use json::RawJson;
pub use hook::{
    Hook, HookError, IncomingResponse, OutgoingRequest, AUTHORIZATION_CODE_EXCHANGE, CLIENT_CREDENTIALS_TOKEN, REFRESH_TOKEN_GRANT, TOKEN_REVOCATION,
};
pub use paging::{pages, BoxStream};
pub use request::{FileParts, Multipart, ParamStyle, Request};
#[doc(hidden)]
pub use crate::__operation_impls as operation_impls;
pub use response::Response;
pub use secret::SecretString;
pub use values::{Base64, Binary, Bytes, Nullable};
/// Header types of [`OutgoingRequest`], [`IncomingResponse`] and [`ApiError`].
pub use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
/// The URL type of [`OutgoingRequest`].
pub use url::Url;

/// A boxed future that can be sent to another thread.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The future of an operation's call: what its request builder's `send` returns, and what the
/// builder turns into with `.await`. It owns what it needs (`'static`, `Send`: it can be spawned).
pub type ResponseFuture<T, E> = BoxFuture<'static, Result<T, Error<E>>>;
