//! Sending with retries. Only requests that are safe to repeat are retried (GET, HEAD, OPTIONS
//! and the runtime's own token requests), and only when the request certainly did not complete:
//! connection failures, 429, 502, 503 and 504. Delays grow exponentially with jitter up to a cap;
//! a `Retry-After` from the server is honoured.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::HeaderMap;

use super::config::RetryPolicy;
use super::error::{TransportError, TransportErrorKind};

/// A response read to the end.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// Statuses that mean "try again later" without the request having been acted on.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// Sends the request `build` makes (called again for each attempt) and reads the response.
/// `safe` requests are retried per `policy`; others are sent exactly once.
pub(crate) async fn send(
    policy: &RetryPolicy,
    safe: bool,
    operation: &'static str,
    build: impl Fn(u32) -> reqwest::RequestBuilder,
) -> Result<(RawResponse, u32), TransportError> {
    let max_attempts = if safe { policy.max_retries.saturating_add(1) } else { 1 };
    let mut attempt = 0;
    loop {
        attempt += 1;
        let outcome = match build(attempt).send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                match response.bytes().await {
                    Ok(body) => Ok(RawResponse { status, headers, body }),
                    Err(error) => Err(error),
                }
            }
            Err(error) => Err(error),
        };
        match outcome {
            Ok(response) => {
                if attempt < max_attempts && is_retryable_status(response.status) {
                    if let Some(delay) = delay(policy, attempt, Some(&response.headers)) {
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                }
                return Ok((response, attempt));
            }
            Err(error) => {
                let kind = if error.is_timeout() {
                    TransportErrorKind::Timeout
                } else if error.is_connect() {
                    TransportErrorKind::Connect
                } else {
                    TransportErrorKind::Other
                };
                // Only a failure to connect is retried: the request never reached the server.
                // After a timeout or a broken read it may have been acted on.
                if attempt < max_attempts && kind == TransportErrorKind::Connect {
                    if let Some(delay) = delay(policy, attempt, None) {
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                }
                return Err(TransportError { operation, kind, attempts: attempt, source: Box::new(error) });
            }
        }
    }
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
