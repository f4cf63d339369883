//! Walking every page of a cursor-paged list (`nextStartIndex` for Citi).

use std::future::IntoFuture;

use futures_core::Stream;

use super::error::{Error, RequestError};

/// A stream of pages: sends `first`, then a copy with the cursor each page returns, until a page
/// returns no cursor (or an empty one). Stops after an error; a cursor that repeats is an error
/// rather than an endless loop.
pub fn pages<'a, B, T, E>(first: B, set_cursor: fn(B, String) -> B, cursor_of: fn(&T) -> Option<String>) -> BoxStream<'a, Result<T, Error<E>>>
where
    B: IntoFuture<Output = Result<T, Error<E>>> + Clone + Send + 'a,
    B::IntoFuture: Send,
    T: Send + 'a,
    E: Send + 'a,
{
    struct State<B> {
        next: Option<B>,
        seen: Vec<String>,
    }
    let stream = futures_util::stream::unfold(State { next: Some(first), seen: Vec::new() }, move |mut state| async move {
        let request = state.next.take()?;
        let following = request.clone();
        match request.into_future().await {
            Ok(page) => {
                match cursor_of(&page).filter(|cursor| !cursor.is_empty()) {
                    Some(cursor) if state.seen.contains(&cursor) => {
                        let error = Error::Request(RequestError { operation: "pages", message: format!("the server returned cursor `{cursor}` twice") });
                        return Some((Err(error), state));
                    }
                    Some(cursor) => {
                        state.seen.push(cursor.clone());
                        state.next = Some(set_cursor(following, cursor));
                    }
                    None => {}
                }
                Some((Ok(page), state))
            }
            Err(error) => Some((Err(error), state)),
        }
    });
    Box::pin(stream)
}

/// A stream of pages, pinned and boxed so callers can use it directly (`.next().await`).
pub type BoxStream<'a, T> = std::pin::Pin<Box<dyn Stream<Item = T> + Send + 'a>>;
