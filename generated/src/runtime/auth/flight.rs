//! Single flight for token requests: while a token request for a key (a scope set, a customer
//! session) is under way, everyone who needs that key waits for it and gets its outcome,
//! success or failure, instead of sending their own.
//!
//! The request runs in a task of its own, so a caller that gives up (its deadline passed, its
//! future was dropped) cannot cut a refresh off half way, after the server rotated the refresh
//! token but before the new one was stored.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use futures_util::future::{FutureExt as _, Shared};

use crate::runtime::error::AuthError;
use crate::runtime::BoxFuture;

/// A flight everyone waiting for the same key polls.
pub(crate) type Flight<T> = Shared<BoxFuture<'static, Result<T, AuthError>>>;

/// The flights in progress, by key.
pub(crate) struct Flights<T> {
    in_progress: Mutex<HashMap<String, (u64, Flight<T>)>>,
    next_id: AtomicU64,
}

impl<T> Default for Flights<T> {
    fn default() -> Self {
        Flights { in_progress: Mutex::new(HashMap::new()), next_id: AtomicU64::new(0) }
    }
}

impl<T: Clone + Send + Sync + 'static> Flights<T> {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, (u64, Flight<T>)>> {
        // The map is consistent whenever the lock is released: a panic elsewhere cannot break it.
        self.in_progress.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The flight for `key`: the one in progress, or a new one running `start()`.
    pub(crate) fn join<F>(self: &Arc<Self>, key: &str, start: impl FnOnce() -> F) -> Flight<T>
    where
        F: Future<Output = Result<T, AuthError>> + Send + 'static,
    {
        let mut in_progress = self.lock();
        if let Some((_, flight)) = in_progress.get(key) {
            return flight.clone();
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let flights = Arc::clone(self);
        let owned_key = key.to_string();
        let work = start();
        let task = tokio::spawn(async move {
            let outcome = work.await;
            // Done: whoever comes next starts a new flight (and reads what this one stored).
            flights.finish(&owned_key, id);
            outcome
        });
        let flight: BoxFuture<'static, Result<T, AuthError>> = Box::pin(async move {
            match task.await {
                Ok(outcome) => outcome,
                Err(_) => Err(AuthError::Misconfigured("the token request task stopped before it finished (the runtime is shutting down?)".into())),
            }
        });
        let flight = flight.shared();
        in_progress.insert(key.to_string(), (id, flight.clone()));
        flight
    }

    /// The flight in progress for `key`, if any.
    pub(crate) fn current(&self, key: &str) -> Option<Flight<T>> {
        self.lock().get(key).map(|(_, flight)| flight.clone())
    }

    fn finish(&self, key: &str, id: u64) {
        let mut in_progress = self.lock();
        if in_progress.get(key).is_some_and(|(current, _)| *current == id) {
            in_progress.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn waiters_share_one_outcome_and_the_next_caller_starts_anew() {
        let flights: Arc<Flights<u32>> = Arc::default();
        let runs = Arc::new(AtomicUsize::new(0));
        let start = |runs: Arc<AtomicUsize>| {
            move || async move {
                runs.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(50)).await;
                Err::<u32, _>(AuthError::Misconfigured("token endpoint down".into()))
            }
        };
        let waiters: Vec<_> = (0..10).map(|_| flights.join("k", start(runs.clone()))).collect();
        let outcomes = futures_util::future::join_all(waiters).await;
        assert_eq!(runs.load(Ordering::SeqCst), 1, "one request for ten waiters");
        assert!(outcomes.iter().all(|o| matches!(o, Err(AuthError::Misconfigured(m)) if m == "token endpoint down")));
        // The flight is over: a later caller makes a new request.
        let _ = flights.join("k", start(runs.clone())).await;
        assert_eq!(runs.load(Ordering::SeqCst), 2);
    }
}
