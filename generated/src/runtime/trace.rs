//! With the `tracing` feature: one span per call (`citi_api_call`, with the operation id, the
//! method and the request id the bank's logs show) that covers the whole call, from the first
//! attempt to the decoded result; a debug event per attempt and per retry; and one closing
//! event with the outcome, the status and the elapsed time. Never URLs, headers, bodies or
//! tokens. Without the feature, all of this compiles to nothing.

/// How a call ended, for its closing event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) enum Outcome {
    /// A response is being decoded (or was dropped undecoded).
    Response,
    /// Decoded as the documented success.
    Success,
    /// Decoded as an error status.
    ApiError,
    /// The body did not match the spec.
    DecodeError,
}

#[cfg(feature = "tracing")]
mod enabled {
    use std::future::Future;
    use std::sync::atomic::{AtomicU8, Ordering};
    use std::time::{Duration, Instant};

    use tracing::Instrument as _;

    use super::Outcome;
    use crate::runtime::api::OperationInfo;
    use crate::runtime::error::TransportErrorKind;

    /// The span of one call, closed when the call's response has been decoded.
    pub(crate) struct CallTrace {
        span: tracing::Span,
        started: Instant,
        status: Option<u16>,
        /// An [`Outcome`] (set through `&self`: headers are decoded from a shared response).
        outcome: AtomicU8,
        finished: bool,
    }

    impl CallTrace {
        pub(crate) fn start(operation: &OperationInfo, request_id: &uuid::Uuid) -> CallTrace {
            let span = tracing::info_span!(
                target: "citi_poland",
                "citi_api_call",
                operation = operation.id,
                method = operation.method.as_str(),
                request_id = %request_id,
            );
            CallTrace { span, started: Instant::now(), status: None, outcome: AtomicU8::new(Outcome::Response as u8), finished: false }
        }

        /// `future`, run inside the span.
        pub(crate) fn in_span<F: Future>(&self, future: F) -> impl Future<Output = F::Output> {
            future.instrument(self.span.clone())
        }

        fn elapsed_ms(&self) -> u64 {
            u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
        }

        pub(crate) fn received(&mut self, status: u16) {
            self.status = Some(status);
        }

        /// Records how the response was decoded. The JSON path of a mismatch is not logged: its
        /// map keys come from the body.
        pub(crate) fn decoded(&self, outcome: Outcome) {
            self.outcome.store(outcome as u8, Ordering::Relaxed);
            if outcome == Outcome::DecodeError {
                let _entered = self.span.enter();
                tracing::warn!(target: "citi_poland", status = self.status, "response does not match the spec");
            }
        }

        /// The call failed before there was a response to decode.
        pub(crate) fn failed(mut self, error: &'static str) {
            self.finished = true;
            let _entered = self.span.enter();
            tracing::warn!(target: "citi_poland", error, elapsed_ms = self.elapsed_ms(), "call failed");
        }
    }

    impl Drop for CallTrace {
        fn drop(&mut self) {
            if self.finished {
                return;
            }
            let _entered = self.span.enter();
            let elapsed_ms = self.elapsed_ms();
            let outcome = self.outcome.load(Ordering::Relaxed);
            match [Outcome::Response, Outcome::Success, Outcome::ApiError, Outcome::DecodeError].into_iter().find(|o| *o as u8 == outcome).unwrap_or(Outcome::Response) {
                Outcome::Success | Outcome::Response => tracing::info!(target: "citi_poland", status = self.status, elapsed_ms, "call completed"),
                Outcome::ApiError => tracing::warn!(target: "citi_poland", status = self.status, elapsed_ms, "call completed with an error status"),
                Outcome::DecodeError => tracing::warn!(target: "citi_poland", status = self.status, elapsed_ms, "call failed: the response does not match the spec"),
            }
        }
    }

    pub(crate) fn attempt(attempt: u32, outcome: Result<u16, TransportErrorKind>, elapsed: Duration) {
        let elapsed_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        match outcome {
            Ok(status) => tracing::debug!(target: "citi_poland", attempt, status, elapsed_ms, "attempt answered"),
            Err(kind) => tracing::debug!(target: "citi_poland", attempt, error = ?kind, elapsed_ms, "attempt failed"),
        }
    }

    pub(crate) fn retrying(attempt: u32, wait: Duration) {
        let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
        tracing::debug!(target: "citi_poland", attempt, wait_ms, "retrying");
    }
}

#[cfg(feature = "tracing")]
pub(crate) use enabled::{attempt, retrying, CallTrace};

/// Without the `tracing` feature: nothing.
#[cfg(not(feature = "tracing"))]
pub(crate) struct CallTrace;

#[cfg(not(feature = "tracing"))]
impl CallTrace {
    pub(crate) fn start(_operation: &super::api::OperationInfo, _request_id: &uuid::Uuid) -> CallTrace {
        CallTrace
    }

    pub(crate) fn in_span<F: std::future::Future>(&self, future: F) -> F {
        future
    }

    pub(crate) fn received(&mut self, _status: u16) {}

    pub(crate) fn decoded(&self, _outcome: Outcome) {}

    pub(crate) fn failed(self, _error: &'static str) {}
}

#[cfg(not(feature = "tracing"))]
pub(crate) fn attempt(_attempt: u32, _outcome: Result<u16, super::error::TransportErrorKind>, _elapsed: std::time::Duration) {}

#[cfg(not(feature = "tracing"))]
pub(crate) fn retrying(_attempt: u32, _wait: std::time::Duration) {}
