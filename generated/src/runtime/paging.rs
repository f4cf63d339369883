//! Walking every page of a cursor-paged list (`nextStartIndex` for Citi).

use std::future::IntoFuture;

use futures_core::Stream;

use super::error::{Error, RequestError};

/// A stream of pages: sends `first`, then a copy with the cursor each page returns, until a page
/// returns no cursor (or an empty one). Stops after an error. A cursor the server already
/// returned would repeat pages forever: the page that returned it is delivered, and the stream
/// then ends with a [`RequestError`] that says what happened.
///
/// `operation` (its `operationId`) and `cursor` (the cursor parameter's wire name) name the
/// list in that message.
pub fn pages<B, T, E>(
    first: B,
    operation: &'static str,
    cursor: &'static str,
    set_cursor: fn(B, String) -> B,
    cursor_of: fn(&T) -> Option<String>,
) -> BoxStream<'static, Result<T, Error<E>>>
where
    B: IntoFuture<Output = Result<T, Error<E>>> + Clone + Send + 'static,
    B::IntoFuture: Send,
    T: Send + 'static,
    E: Send + 'static,
{
    enum Next<B, E> {
        Request(B),
        Stop(Error<E>),
        Done,
    }
    struct State<B, E> {
        next: Next<B, E>,
        /// Every cursor followed so far, in order: `seen[n]` asked for page `n + 2`.
        seen: Vec<String>,
    }
    let start = State { next: Next::Request(first), seen: Vec::new() };
    let stream = futures_util::stream::unfold(start, move |mut state| async move {
        let request = match std::mem::replace(&mut state.next, Next::Done) {
            Next::Request(request) => request,
            Next::Stop(error) => return Some((Err(error), state)),
            Next::Done => return None,
        };
        let following = request.clone();
        let page = match request.into_future().await {
            Ok(page) => page,
            Err(error) => return Some((Err(error), state)),
        };
        if let Some(value) = cursor_of(&page).filter(|value| !value.is_empty()) {
            let page_number = state.seen.len() + 1;
            state.next = match state.seen.iter().position(|seen| *seen == value) {
                Some(index) => {
                    let message = format!(
                        "paging stopped after page {page_number}: it returned the cursor `{cursor}={value}`, which was already followed to \
                         page {}; following it again would repeat pages forever (all {page_number} pages were delivered)",
                        index + 2
                    );
                    Next::Stop(Error::Request(RequestError { operation, message }))
                }
                None => {
                    state.seen.push(value.clone());
                    Next::Request(set_cursor(following, value))
                }
            };
        }
        Some((Ok(page), state))
    });
    Box::pin(stream)
}

/// A stream of pages, pinned and boxed so callers can use it directly (`.next().await`).
pub type BoxStream<'a, T> = std::pin::Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

#[cfg(test)]
mod tests {
    use std::future::{ready, Ready};

    use futures_util::StreamExt;

    use super::*;

    /// A list whose server returns `cursors[i]` as the cursor of the page asked for with cursor
    /// index `i` (the first request has none).
    #[derive(Clone)]
    struct FakeList {
        cursors: &'static [&'static str],
        asked: Option<String>,
    }

    impl IntoFuture for FakeList {
        type Output = Result<(Option<String>, Option<String>), Error<()>>;
        type IntoFuture = Ready<Self::Output>;

        fn into_future(self) -> Self::IntoFuture {
            let index = match &self.asked {
                None => 0,
                Some(asked) => self.cursors.iter().position(|c| c == asked).map_or(usize::MAX, |i| i + 1),
            };
            let next = self.cursors.get(index).map(|c| c.to_string());
            ready(Ok((self.asked, next)))
        }
    }

    async fn walk(cursors: &'static [&'static str]) -> Vec<Result<(Option<String>, Option<String>), Error<()>>> {
        let list = FakeList { cursors, asked: None };
        let stream = pages(list, "retrieveTransactions", "nextStartIndex", |list, cursor| FakeList { asked: Some(cursor), ..list }, |page| page.1.clone());
        stream.collect().await
    }

    #[tokio::test]
    async fn pages_follow_the_cursor_until_there_is_none() {
        let pages = walk(&["20", "40"]).await;
        let asked: Vec<Option<String>> = pages.into_iter().map(|page| page.unwrap().0).collect();
        assert_eq!(asked, [None, Some("20".to_string()), Some("40".to_string())]);
    }

    #[tokio::test]
    async fn a_repeated_cursor_ends_paging_with_a_message_that_says_what_happened() {
        // Page 3 (asked for with `40`) points back to `20`, which asked for page 2.
        let pages = walk(&["20", "40", "20"]).await;
        assert_eq!(pages.len(), 4, "three pages, then the error");
        assert!(pages[..3].iter().all(Result::is_ok));
        let Err(Error::Request(error)) = &pages[3] else { panic!("expected a request error, got {:?}", pages[3]) };
        assert_eq!(error.operation, "retrieveTransactions");
        assert!(
            error.message.starts_with("paging stopped after page 3: it returned the cursor `nextStartIndex=20`, which was already followed to page 2;"),
            "{}",
            error.message
        );
    }
}
