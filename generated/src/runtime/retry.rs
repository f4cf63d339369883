//! Sending with retries, within the call's deadline. Only requests marked retryable are retried
//! (by default GET, HEAD, OPTIONS and TRACE; of the token requests, the client-credentials one and
//! revocation), and only when the request certainly was not acted on: a failure to connect, 429,
//! 502, 503 and 504. Delays grow exponentially with jitter up to a cap; a `Retry-After` from the
//! server is honoured. A retry whose wait would end past the deadline is not made.
//!
//! Each attempt goes through the configured [`Hook`](super::Hook), and each response body is read
//! chunk by chunk against the size limit, never buffered whole first.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use reqwest::header::HeaderMap;
use tokio::time::Instant;

use super::client::Shared;
use super::config::RetryPolicy;
use super::error::{HeaderNames, Reason, TransportError, TransportErrorKind};
use super::hook::{HookError, IncomingResponse, OutgoingRequest};
use super::trace;

/// A response read to the end.
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("headers", &HeaderNames(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .finish()
    }
}

/// How one logical request may be sent.
pub(crate) struct Attempts<'a> {
    /// The operation's `operationId` (or a token-request name).
    pub(crate) operation: &'static str,
    /// Whether it may be sent again after a failure that left it unprocessed.
    pub(crate) retryable: bool,
    /// When the whole call must be over.
    pub(crate) deadline: Instant,
    /// Attempts made so far (read by the caller when the deadline cuts the call off).
    pub(crate) made: &'a AtomicU32,
}

/// Why sending stopped.
pub(crate) enum SendError {
    Transport(TransportError),
    Hook(HookError),
}

/// Statuses that mean "try again later" without the request having been acted on.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// Sends the request `build` makes (called again for each attempt) and reads the response.
pub(crate) async fn send(shared: &Shared, plan: &Attempts<'_>, build: impl Fn(u32) -> OutgoingRequest) -> Result<RawResponse, SendError> {
    let policy = &shared.config.retry;
    let max_attempts = if plan.retryable { policy.max_retries.saturating_add(1) } else { 1 };
    let mut attempt = 0;
    loop {
        attempt += 1;
        plan.made.store(attempt, Ordering::Relaxed);
        let mut outgoing = build(attempt);
        if let Some(hook) = &shared.config.hook {
            hook.on_request(&mut outgoing).await.map_err(|error| SendError::Hook(error.at(plan.operation)))?;
        }
        let started = std::time::Instant::now();
        match attempt_once(shared, plan, attempt, outgoing).await {
            Ok(mut response) => {
                if let Some(hook) = &shared.config.hook {
                    hook.on_response(&mut response).await.map_err(|error| SendError::Hook(error.at(plan.operation)))?;
                }
                trace::attempt(attempt, Ok(response.status), started.elapsed());
                if attempt < max_attempts && is_retryable_status(response.status) {
                    if let Some(wait) = delay(policy, attempt, Some(&response.headers)).filter(|wait| fits(plan.deadline, *wait)) {
                        trace::retrying(attempt, wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                }
                return Ok(RawResponse { status: response.status, headers: response.headers, body: response.body });
            }
            Err(error) => {
                trace::attempt(attempt, Err(error.kind), started.elapsed());
                // Only a failure to connect is retried: the request never reached the server.
                // After a timeout or a broken read it may have been acted on.
                if attempt < max_attempts && error.kind == TransportErrorKind::Connect {
                    if let Some(wait) = delay(policy, attempt, None).filter(|wait| fits(plan.deadline, *wait)) {
                        trace::retrying(attempt, wait);
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                }
                return Err(SendError::Transport(error));
            }
        }
    }
}

/// Whether waiting `wait` still leaves time before the deadline.
fn fits(deadline: Instant, wait: Duration) -> bool {
    Instant::now() + wait < deadline
}

/// The deadline error of the call of `operation`.
pub(crate) fn deadline_exceeded(operation: &'static str, attempts: u32) -> TransportError {
    TransportError::new(operation, TransportErrorKind::DeadlineExceeded, attempts, Reason("the call's deadline passed".into()))
}

/// One attempt: sent with at most the time left before the deadline, its body read within the
/// size limit.
async fn attempt_once(shared: &Shared, plan: &Attempts<'_>, attempt: u32, outgoing: OutgoingRequest) -> Result<IncomingResponse, TransportError> {
    let remaining = plan.deadline.saturating_duration_since(Instant::now());
    if remaining.is_zero() {
        return Err(deadline_exceeded(plan.operation, attempt));
    }
    let OutgoingRequest { method, url, headers, body, .. } = outgoing;
    let mut request = shared.http.request(method.to_reqwest(), url).headers(headers).timeout(shared.config.request_timeout.min(remaining));
    if !body.is_empty() {
        request = request.body(body);
    }
    let classify = |error: reqwest::Error| {
        let error = TransportError::from_reqwest(plan.operation, attempt, error);
        if error.kind == TransportErrorKind::Timeout && Instant::now() >= plan.deadline {
            deadline_exceeded(plan.operation, attempt)
        } else {
            error
        }
    };
    let mut response = request.send().await.map_err(classify)?;
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let limit = shared.config.max_response_body;
    let too_large = || TransportError::new(plan.operation, TransportErrorKind::BodyTooLarge, attempt, Reason(format!("the response body is larger than the limit of {limit} bytes")));
    let declared = response.content_length().unwrap_or(0);
    if declared > limit as u64 {
        return Err(too_large());
    }
    // Capacity from the declared length (already checked against the limit), never more.
    let mut body = BytesMut::with_capacity(usize::try_from(declared).unwrap_or(0).min(limit));
    while let Some(chunk) = response.chunk().await.map_err(classify)? {
        if chunk.len() > limit - body.len() {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(IncomingResponse::new(plan.operation, attempt, status, headers, body.freeze()))
}

/// The wait before the next attempt: `Retry-After` when the server gave one (none when it asks
/// for longer than the policy allows), else exponential backoff with jitter.
fn delay(policy: &RetryPolicy, attempt: u32, headers: Option<&HeaderMap>) -> Option<Duration> {
    if let Some(wait) = headers.and_then(retry_after) {
        return (wait <= policy.max_retry_after).then_some(wait);
    }
    Some(backoff(policy, attempt))
}

/// `base * 2^(attempt-1)`, capped, with "equal jitter": half fixed, half random.
pub(crate) fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let exponent = attempt.saturating_sub(1).min(16);
    let full = policy.base_delay.saturating_mul(1u32 << exponent).min(policy.max_delay);
    let half = full / 2;
    let jitter = half.mul_f64(fastrand::f64());
    half + jitter
}

/// `Retry-After` as seconds or as an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(text).ok()?;
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(date.timestamp()).ok()?);
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy { base_delay: Duration::from_millis(100), max_delay: Duration::from_millis(1000), ..RetryPolicy::default() };
        for attempt in 1..=10 {
            let wait = backoff(&policy, attempt);
            let full = (Duration::from_millis(100) * (1 << (attempt - 1).min(16))).min(Duration::from_millis(1000));
            assert!(wait >= full / 2 && wait <= full, "attempt {attempt}: {wait:?}");
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(reqwest::header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        headers.insert(reqwest::header::RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::ZERO));
        let policy = RetryPolicy::default();
        headers.insert(reqwest::header::RETRY_AFTER, "3600".parse().unwrap());
        assert_eq!(delay(&policy, 1, Some(&headers)), None, "longer than max_retry_after: give up");
    }
}
