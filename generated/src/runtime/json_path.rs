//! Where in a JSON text a decode error happened, as a path such as `accounts[0].id`.
//!
//! serde_json stops at the value that does not fit its type and says where, by line and column.
//! Reading the text up to that place gives the path of that value. Bodies that decode never come
//! here: only a failed one is read again, by this scanner, which is not generic. So no type's
//! serde code is compiled a second time for a path-tracking deserializer.
//!
//! serde_json places most errors itself, right after the value that failed (or at the start of a
//! container of the wrong kind, after the `}` of an object that lacks a field, or after the `]`
//! of an array where a struct belongs: see `object::sequence`). An error that a value's own serde
//! code raises after it has read all of the value has no place yet: a decimal, a union or a
//! struct with additional properties read as its raw text, base64 read as a string. The
//! container around it gives it one, after reading on past a `,`, `}` or `]`. Such errors are
//! made with [`invalid`] or [`invalid_raw`], which record them, so that the scanner can step back
//! to the value before that separator.

use std::cell::RefCell;
use std::fmt::{self, Write as _};

use serde::de;

use super::json::JsonError;

thread_local! {
    /// The last error made with [`invalid`] or [`invalid_raw`] on this thread: its message, and the
    /// length of the value's text where the decoder had it.
    static VALUE_ERROR: RefCell<Option<(String, Option<usize>)>> = const { RefCell::new(None) };
}

/// An error about a value that its own serde code raises once it has read all of the value as a
/// string or a number (a decimal, base64). Its path names that value.
pub fn invalid<E: de::Error, M: fmt::Display>(message: M) -> E {
    record(E::custom(without_position(message)), None)
}

/// An error about a value read in full as its raw text `raw` (a union, a struct with additional
/// properties). Its path names that value.
pub fn invalid_raw<E: de::Error, M: fmt::Display>(raw: &str, message: M) -> E {
    record(E::custom(without_position(message)), Some(raw.len()))
}

/// Records `error` as one about the whole value just read (see [`invalid`]).
pub(crate) fn record<E: de::Error>(error: E, length: Option<usize>) -> E {
    let message = error.to_string();
    VALUE_ERROR.with(|slot| *slot.borrow_mut() = Some((message, length)));
    error
}

/// Forgets the error [`invalid`] or [`invalid_raw`] made last, before a decode whose errors are
/// located: one made and left by an earlier decode (by a caller's own serde_json call, say) could
/// have the same message as this decode's error.
pub(crate) fn forget_value_error() {
    VALUE_ERROR.with(|slot| slot.borrow_mut().take());
}

/// `message` without a trailing ` at line L column C`: serde_json's own errors end so, and serde_json
/// takes such an ending of a custom error's message as the error's place, which, from a message
/// about another text (a value decoded on its own), would be a wrong one.
fn without_position(message: impl fmt::Display) -> String {
    let mut message = message.to_string();
    if let Some(at) = message.rfind(" at line ") {
        let place = &message[at + " at line ".len()..];
        let numbers = place.split_once(" column ").filter(|(line, column)| {
            [line, column].iter().all(|number| !number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit()))
        });
        if numbers.is_some() {
            message.truncate(at);
        }
    }
    message
}

/// The error of decoding `text`, with the path of the value at fault.
pub(crate) fn located(text: &[u8], error: &serde_json::Error) -> JsonError {
    let recorded = VALUE_ERROR.with(|slot| slot.borrow_mut().take());
    // Text that is not JSON has no path worth naming; its line and column are in the message.
    // An error without a place (line 0) is about the whole document.
    if error.is_syntax() || error.is_eof() || error.line() == 0 {
        return JsonError { path: String::new(), message: error.to_string() };
    }
    // A mismatch is located by its path; the line and column only help for text that is not JSON.
    let message = without_position(error);
    let whole_value = match recorded {
        Some((recorded, length)) if recorded == message => Some(length),
        _ => None,
    };
    let path = path_at(text, offset(text, error.line(), error.column()), whole_value);
    JsonError { path, message }
}

/// The byte offset of serde_json's line (from 1) and column (bytes since the line's start).
fn offset(text: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].iter().position(|&byte| byte == b'\n') {
            Some(newline) => start += newline + 1,
            None => break,
        }
    }
    (start + column).min(text.len())
}

/// A container open at the place of the error, with the member the scan is in.
enum Frame {
    /// An object, with the key of the member (`None` before a key is read).
    Object(Option<String>),
    /// An array, with the index of the element.
    Array(usize),
}

/// The last token read before the place of the error.
enum Last {
    /// `{`, `[`, `:`, a key, or nothing yet.
    Open,
    /// The end of a string, number or literal.
    Value,
    /// A `,` after a value; in an object, `previous` is that value's key.
    Comma { previous: Option<String> },
    /// A `}` or `]` that closed `closed`, a container `length` bytes long; `empty` if it held
    /// no value.
    Close { closed: Frame, length: usize, empty: bool },
}

/// The path of the value at `end` in `text`, which is valid JSON up to there.
///
/// `whole_value` is set for an error from [`invalid`] or [`invalid_raw`] (with the length of the
/// value's text, where known). The container of such a value placed the error after reading on
/// past whitespace and one `}` or `]`, or a `,`. The value named is then the one before that
/// separator, unless the last `}` or `]` closes the value itself, which its length tells.
fn path_at(text: &[u8], end: usize, whole_value: Option<Option<usize>>) -> String {
    // Each open container, with where it starts.
    let mut frames: Vec<Frame> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut last = Last::Open;
    let mut i = 0;
    while i < end {
        match text[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            open @ (b'{' | b'[') => {
                frames.push(if open == b'{' { Frame::Object(None) } else { Frame::Array(0) });
                starts.push(i);
                last = Last::Open;
                i += 1;
            }
            b'}' | b']' => {
                let empty = matches!(last, Last::Open);
                i += 1;
                let length = i - starts.pop().unwrap_or(0);
                match frames.pop() {
                    Some(closed) => last = Last::Close { closed, length, empty },
                    None => last = Last::Value,
                }
            }
            b',' => {
                let previous = match frames.last_mut() {
                    Some(Frame::Object(key)) => key.take(),
                    Some(Frame::Array(index)) => {
                        *index += 1;
                        None
                    }
                    None => None,
                };
                last = Last::Comma { previous };
                i += 1;
            }
            b':' => {
                last = Last::Open;
                i += 1;
            }
            b'"' => {
                let close = string_end(text, i);
                if let Some(Frame::Object(key @ None)) = frames.last_mut() {
                    *key = Some(serde_json::from_slice::<String>(&text[i..close]).unwrap_or_default());
                    last = Last::Open;
                } else {
                    last = Last::Value;
                }
                i = close;
            }
            _ => {
                while i < text.len() && !matches!(text[i], b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r') {
                    i += 1;
                }
                last = Last::Value;
            }
        }
    }
    match (whole_value, last) {
        // Back to the value before the `,`.
        (Some(_), Last::Comma { previous }) => match frames.last_mut() {
            Some(Frame::Object(key)) => *key = previous,
            Some(Frame::Array(index)) => *index = index.saturating_sub(1),
            None => {}
        },
        // Back into the container the `}` or `]` closed, at its last value, unless the value at
        // fault is that container itself.
        (Some(length), Last::Close { closed, length: closed_length, empty: false }) if length != Some(closed_length) => frames.push(closed),
        // Otherwise the place is at or right after the value (or the container) named.
        _ => {}
    }
    render(&frames)
}

/// The index just past the string that starts (with its quote) at `start`.
fn string_end(text: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < text.len() {
        match text[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    text.len()
}

/// `accounts[0].id`: keys joined by dots, indexes in brackets; control characters in a key are
/// escaped, so a key from a response cannot break the line it is logged on.
fn render(frames: &[Frame]) -> String {
    let mut path = String::new();
    for frame in frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                for c in key.chars() {
                    if c.is_control() {
                        let _ = write!(path, "{}", c.escape_default());
                    } else {
                        path.push(c);
                    }
                }
            }
            Frame::Object(None) => break,
            Frame::Array(index) => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer};

    use super::super::json::{from_slice, RawJson};
    use super::super::values::Base64;
    use super::invalid_raw;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        accounts: Vec<Account>,
        next: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Account {
        id: String,
        #[serde(with = "crate::runtime::decimal")]
        balance: Decimal,
        #[serde(default, with = "crate::runtime::decimal")]
        amounts: Vec<Decimal>,
        #[serde(default)]
        tags: Vec<u32>,
        file: Option<Base64>,
        shape: Option<Shape>,
        owner: Option<Owner>,
        #[serde(default)]
        limits: BTreeMap<String, u32>,
        extra: Option<Extra>,
    }

    /// A struct with additional properties, as generated code decodes one.
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Extra {
        declared: Option<u32>,
        additional: BTreeMap<String, Decimal>,
    }

    #[derive(Deserialize)]
    struct Declared {
        declared: Option<u32>,
    }

    impl<'de> Deserialize<'de> for Extra {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let (declared, additional) =
                super::super::json::with_additional(deserializer, |declared| Declared::deserialize(declared), &["declared"], crate::runtime::decimal::from_raw)?;
            Ok(Extra { declared: declared.declared, additional })
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Owner {
        name: String,
        age: Option<u8>,
    }

    /// A union as generated code decodes one: its raw text, then the variant its tag names.
    #[derive(Debug)]
    struct Shape;

    impl<'de> Deserialize<'de> for Shape {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let value = RawJson::deserialize(deserializer)?;
            match value.tag("kind").as_deref() {
                Some("circle") => Ok(Shape),
                Some("nested") => Err(invalid_raw(value.get(), "a variant failed at line 1 column 2")),
                _ => Err(invalid_raw(value.get(), "the value matches none of the shapes of `Shape`")),
            }
        }
    }

    /// A tagged union's variant: decoded on its own from the union's raw text.
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Tagged(Owner);

    impl<'de> Deserialize<'de> for Tagged {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let value = RawJson::deserialize(deserializer)?;
            value.decode::<Owner>().map(Tagged).map_err(|error| invalid_raw(value.get(), error))
        }
    }

    /// The path and message a path-tracking deserializer gives for the same text.
    fn tracked<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> (String, String) {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, T>(&mut deserializer).expect_err(text);
        let path = error.path().to_string();
        (if path == "." { String::new() } else { path }, super::without_position(error.into_inner()))
    }

    /// Checks the path of the error of decoding `text` as `T`, as written and pretty-printed, and
    /// that a path-tracking deserializer finds the same path and message.
    fn check<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str, expected: &str) {
        let value: serde_json::Value = serde_json::from_str(text).expect(text);
        for text in [text.to_string(), serde_json::to_string_pretty(&value).unwrap()] {
            let error = from_slice::<T>(text.as_bytes()).expect_err(&text);
            assert_eq!(error.path, expected, "{text}\n{error}");
            assert_eq!((error.path, error.message), tracked::<T>(&text), "{text}");
        }
    }

    const ACCOUNT: &str = r#"{"id": "a", "balance": 1}"#;

    #[test]
    fn a_value_of_the_wrong_type_is_named() {
        check::<Page>(&format!(r#"{{"accounts": [{ACCOUNT}, {{"id": "b", "balance": 1, "tags": [1, "x"]}}]}}"#), "accounts[1].tags[1]");
        check::<Page>(r#"{"accounts": [{"id": 7, "balance": 1}]}"#, "accounts[0].id");
        check::<Page>(&format!(r#"{{"accounts": [{ACCOUNT}], "next": 5}}"#), "next");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "owner": {"name": "n", "age": 300}}]}"#, "accounts[0].owner.age");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "owner": {"name": "n", "age": -1}, "tags": []}]}"#, "accounts[0].owner.age");
    }

    #[test]
    fn a_container_of_the_wrong_kind_is_named() {
        check::<Page>(r#"{"accounts": {"id": "a"}}"#, "accounts");
        check::<Page>(r#"{"accounts": [true]}"#, "accounts[0]");
        // A struct may come as an array of its fields (serde's rule): this one's first is not a string.
        check::<Page>(r#"{"accounts": [[1]]}"#, "accounts[0][0]");
        check::<Page>(r#"{"accounts": [["a"]]}"#, "accounts[0]");
        check::<Page>(&format!(r#"{{"accounts": [{ACCOUNT},   7]}}"#), "accounts[1]");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "owner": "x"}]}"#, "accounts[0].owner");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "owner": ["x"], "tags": []}]}"#, "accounts[0].owner");
    }

    #[test]
    fn an_object_without_a_required_field_is_named() {
        check::<Page>(r#"{"accounts": [{"id": "a"}]}"#, "accounts[0]");
        check::<Page>(&format!(r#"{{"accounts": [{ACCOUNT}, {{}}, {ACCOUNT}]}}"#), "accounts[1]");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "owner": {}}], "next": null}"#, "accounts[0].owner");
        check::<Page>(r#"{"next": null}"#, "");
    }

    /// Decimals, unions and base64 fail in their own code, after reading all of the value; the
    /// path still names them, whether they come last in their object or array or not, and
    /// whatever their JSON.
    #[test]
    fn a_value_that_fails_in_its_own_code_is_named() {
        for bad in [r#""abc""#, "true", "null", r#"{"x": 1}"#, r#"[1, {"y": [2]}]"#, "{}"] {
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": {bad}, "tags": []}}]}}"#), "accounts[0].balance");
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "tags": [], "balance": {bad}}}]}}"#), "accounts[0].balance");
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": 1, "amounts": [1, {bad}, 3]}}]}}"#), "accounts[0].amounts[1]");
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": 1, "amounts": [1, 2, {bad}]}}]}}"#), "accounts[0].amounts[2]");
            if bad != "null" {
                check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": 1, "shape": {bad}, "tags": []}}]}}"#), "accounts[0].shape");
                check::<Page>(&format!(r#"{{"accounts": [{ACCOUNT}, {{"id": "a", "balance": 1, "shape": {bad}}}]}}"#), "accounts[1].shape");
            }
        }
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "shape": {"kind": "square", "sides": [1, 2]}}]}"#, "accounts[0].shape");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "shape": {"kind": {"nested": {}}}}]}"#, "accounts[0].shape");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "file": "@@@", "tags": []}]}"#, "accounts[0].file");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "file": "@@@"}]}"#, "accounts[0].file");
        // A message that ends as serde_json's own do keeps the value's place, not the one it names.
        let error = from_slice::<Page>(br#"{"accounts": [{"id": "a", "balance": 1, "shape": {"kind": "nested"}}]}"#).unwrap_err();
        assert_eq!((error.path.as_str(), error.message.as_str()), ("accounts[0].shape", "a variant failed"));
        for bad in ["[1]", r#"{"declared": "x"}"#, r#"{"declared": 1, "bonus": "x"}"#, r#"{"bonus": {"a": 1}}"#] {
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": 1, "extra": {bad}, "tags": []}}]}}"#), "accounts[0].extra");
            check::<Page>(&format!(r#"{{"accounts": [{{"id": "a", "balance": 1, "extra": {bad}}}]}}"#), "accounts[0].extra");
        }
    }

    #[test]
    fn keys_are_read_as_json_strings() {
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "limits": {"a\"b": 1, "c.d]": "x"}}]}"#, "accounts[0].limits.c.d]");
        check::<Page>(r#"{"accounts": [{"id": "a", "balance": 1, "limits": {"\u00e9\"": true}}]}"#, "accounts[0].limits.é\"");
        // A control character in a key is escaped: the path cannot break a log line.
        let error = from_slice::<Page>(br#"{"accounts": [{"id": "a", "balance": 1, "limits": {"a\nb": true}}]}"#).unwrap_err();
        assert_eq!(error.path, r"accounts[0].limits.a\nb");
    }

    #[test]
    fn text_that_is_not_json_or_not_a_page_has_no_path() {
        let error = from_slice::<Page>(br#"{"accounts": [{"id": "#).unwrap_err();
        assert_eq!(error.path, "");
        assert!(error.message.contains("line 1 column"), "{error}");
        let error = from_slice::<Page>(br#"{"accounts": []} [1]"#).unwrap_err();
        assert_eq!((error.path.as_str(), error.message.contains("trailing")), ("", true), "{error}");
        check::<Page>("[1, 2]", "[0]");
        check::<Page>(r#""page""#, "");
        check::<Shape>(r#"{"kind": "square"}"#, "");
        check::<Account>(r#"{"id": "a", "balance": "x"}"#, "balance");
    }

    /// An error a value's own code raised in an earlier decode does not move a later one, even
    /// with the same message.
    #[test]
    fn an_earlier_error_does_not_move_a_later_one() {
        // A variant's decoder fails inside the union's, which makes an error of the same message.
        let _ = serde_json::from_str::<Tagged>(r#"{"age":1}"#);
        let error = from_slice::<Tagged>(br#"{"age": 1}"#).unwrap_err();
        assert_eq!((error.path.as_str(), error.message.as_str()), ("", "missing field `name`"));
        let first = from_slice::<Page>(br#"{"accounts": [{"id": "a", "balance": "x"}]}"#).unwrap_err();
        assert_eq!(first.path, "accounts[0].balance");
        // A failure that serde_json itself places, after a value's own error was made and not used.
        let _ = serde_json::from_str::<Account>(r#"{"id": "a", "balance": "x"}"#);
        check::<Page>(r#"{"accounts": [{"id": "a", "tags": [], "balance": 1, "owner": {"name": "n"}, "amounts": [1, 2]}, {"id": "b"}]}"#, "accounts[1]");
    }
}
