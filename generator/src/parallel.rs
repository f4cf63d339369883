//! Work spread over the machine's cores, with the results in a fixed order (generated files
//! must not depend on which thread finished first).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// `work` on every item, on as many scoped threads as there are cores, each taking the next
/// item; the results in the items' order. This thread is one of the workers, so every item is
/// done even when no other thread can be started. A panic in `work` propagates.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_beside(items, work, || ()).1
}

/// [`map`], with `local` run on this thread first (work that cannot leave it) while the other
/// workers start on the items; this thread then joins them.
pub fn map_beside<T: Sync, R: Send, L>(items: &[T], work: impl Fn(&T) -> R + Sync, local: impl FnOnce() -> L) -> (L, Vec<R>) {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len() + 1);
    if workers <= 1 || items.is_empty() {
        let local = local();
        return (local, items.iter().map(work).collect());
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    let run = || loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let Some(item) = items.get(index) else { break };
        let result = work(item);
        results.lock().unwrap_or_else(PoisonError::into_inner)[index] = Some(result);
    };
    let local = std::thread::scope(|scope| {
        for _ in 1..workers {
            // A worker the system refuses leaves its share to the others.
            let _ = std::thread::Builder::new().spawn_scoped(scope, run);
        }
        let local = local();
        run();
        local
    });
    // Every index was taken by exactly one worker and filled: a panic would have propagated
    // out of the scope above.
    (local, results.into_inner().unwrap_or_else(PoisonError::into_inner).into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::map;

    #[test]
    fn results_come_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        let squares = map(&items, |n| {
            // Uneven work, so the workers finish out of order.
            if n % 7 == 0 {
                std::thread::yield_now();
            }
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(map(&[] as &[u64], |n| *n).is_empty());
        let (local, doubled) = super::map_beside(&items, |n| n * 2, || std::thread::current().id());
        assert_eq!(local, std::thread::current().id(), "the local work runs on the calling thread");
        assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }
}
