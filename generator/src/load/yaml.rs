//! YAML text -> `serde_json::Value`, built from parser events with an explicit stack.
//!
//! Scalars are resolved the way serde_yaml resolves them (YAML 1.2 core schema: `null`, `~`,
//! booleans, decimal/hex/octal/binary integers, floats; quoted scalars stay strings; leading
//! zeros make a string), but numbers are built from the scalar's own text, so `10.50` and
//! `12345678901234567890.125` keep every digit. Nothing here recurses: nesting is bounded by
//! [`super::MAX_DEPTH`], anchors and aliases by an expansion budget, and every problem names
//! the JSON pointer (and line) where it was found.

use std::collections::BTreeMap;
use std::str::FromStr;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Tag};
use serde_json::{Map, Number, Value};

use crate::diagnostic::{escape_segment as escape, Diagnostic, Diagnostics};

/// Values that aliases may add to a document in all, besides the ones written out; a
/// "billion laughs" document stops here instead of filling memory.
const ALIAS_BUDGET: usize = 1_000_000;

/// A YAML node being built: a sequence or a mapping, with the pointer segment it sits under.
enum Frame {
    Sequence { items: Vec<Value>, anchor: usize, segment: Option<String> },
    Mapping { entries: Map<String, Value>, key: Option<String>, anchor: usize, segment: Option<String>, line: usize },
}

/// A finished anchored value: the value, how many values it holds and how deep it nests.
struct Anchored {
    value: Value,
    size: usize,
    depth: usize,
}

struct Builder<'f> {
    file: &'f str,
    stack: Vec<Frame>,
    /// Escaped segments of the pointer of the node being built.
    pointer: Vec<String>,
    anchors: BTreeMap<usize, Anchored>,
    alias_values: usize,
    root: Option<Value>,
    documents: usize,
}

/// Parses YAML text into JSON values; `file` names it in diagnostics.
pub(crate) fn parse_yaml(text: &str, file: &str) -> Result<Value, Diagnostics> {
    let mut parser = Parser::new_from_str(text);
    let mut builder = Builder { file, stack: Vec::new(), pointer: Vec::new(), anchors: BTreeMap::new(), alias_values: 0, root: None, documents: 0 };
    loop {
        let (event, span) = match parser.next_event() {
            None => break,
            Some(Ok(next)) => next,
            Some(Err(error)) => {
                let mark = error.marker();
                let message = format!("invalid YAML at line {} column {}: {}", mark.line(), mark.col() + 1, error.info());
                return Err(Diagnostic::error(file, builder.pointer_text(), message).into());
            }
        };
        let done = builder.event(event, span.start)?;
        if done {
            break;
        }
    }
    Ok(builder.root.unwrap_or(Value::Null))
}

impl Builder<'_> {
    fn pointer_text(&self) -> String {
        self.pointer.iter().map(|segment| format!("/{segment}")).collect()
    }

    fn error(&self, mark: Marker, message: impl std::fmt::Display) -> Diagnostics {
        Diagnostic::error(self.file, self.pointer_text(), format!("{message} (line {})", mark.line())).into()
    }

    /// An error about the node being placed next (a scalar or an alias): at its own pointer.
    fn child_error(&self, mark: Marker, message: impl std::fmt::Display) -> Diagnostics {
        let mut pointer = self.pointer_text();
        match self.stack.last() {
            Some(Frame::Sequence { items, .. }) => pointer.push_str(&format!("/{}", items.len())),
            Some(Frame::Mapping { key: Some(key), .. }) => pointer.push_str(&format!("/{}", escape(key))),
            _ => {}
        }
        Diagnostic::error(self.file, pointer, format!("{message} (line {})", mark.line())).into()
    }

    /// Handles one event; `Ok(true)` at the end of the stream.
    fn event(&mut self, event: Event<'_>, mark: Marker) -> Result<bool, Diagnostics> {
        match event {
            Event::StreamStart | Event::Nothing => {}
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(self.error(mark, "the file holds more than one YAML document (`---`); a spec is one document"));
                }
            }
            Event::DocumentEnd => {}
            Event::Scalar(text, style, anchor, tag) => {
                let value = self.scalar(&text, style, tag.as_deref(), mark)?;
                self.finish_node(value, anchor, mark)?;
            }
            Event::Alias(id) => {
                let Some(anchored) = self.anchors.get(&id) else {
                    return Err(self.child_error(mark, "alias to an anchor that is not defined before it"));
                };
                self.alias_values += anchored.size;
                if self.alias_values > ALIAS_BUDGET {
                    return Err(self.child_error(mark, format!("aliases expand to more than {ALIAS_BUDGET} values; the document is refused as an alias bomb")));
                }
                if self.stack.len() + anchored.depth > super::MAX_DEPTH {
                    return Err(self.child_error(mark, format!("this alias makes the document nest more than {} levels deep", super::MAX_DEPTH)));
                }
                let value = anchored.value.clone();
                self.finish_node(value, 0, mark)?;
            }
            Event::SequenceStart(anchor, _) => {
                self.open(mark)?;
                let segment = self.enter_child(mark)?;
                self.stack.push(Frame::Sequence { items: Vec::new(), anchor, segment });
            }
            Event::MappingStart(anchor, _) => {
                self.open(mark)?;
                let segment = self.enter_child(mark)?;
                self.stack.push(Frame::Mapping { entries: Map::new(), key: None, anchor, segment, line: mark.line() });
            }
            Event::SequenceEnd => {
                let Some(Frame::Sequence { items, anchor, segment }) = self.stack.pop() else {
                    return Err(self.error(mark, "unbalanced sequence"));
                };
                if segment.is_some() {
                    self.pointer.pop();
                }
                self.finish_node(Value::Array(items), anchor, mark)?;
            }
            Event::MappingEnd => {
                let Some(Frame::Mapping { mut entries, anchor, segment, line, .. }) = self.stack.pop() else {
                    return Err(self.error(mark, "unbalanced mapping"));
                };
                if segment.is_some() {
                    self.pointer.pop();
                }
                if let Some(merge) = entries.shift_remove("<<") {
                    self.merge(&mut entries, merge, line)?;
                }
                self.finish_node(Value::Object(entries), anchor, mark)?;
            }
        }
        Ok(false)
    }

    /// Refuses a collection that would nest deeper than the limit.
    fn open(&self, mark: Marker) -> Result<(), Diagnostics> {
        if self.stack.len() >= super::MAX_DEPTH {
            return Err(self.child_error(mark, format!("the document nests more than {} levels deep here", super::MAX_DEPTH)));
        }
        Ok(())
    }

    /// The pointer segment of the node about to start, pushed onto the pointer.
    fn enter_child(&mut self, mark: Marker) -> Result<Option<String>, Diagnostics> {
        let segment = match self.stack.last() {
            None => None,
            Some(Frame::Sequence { items, .. }) => Some(items.len().to_string()),
            Some(Frame::Mapping { key: Some(key), .. }) => Some(escape(key)),
            Some(Frame::Mapping { key: None, .. }) => {
                return Err(self.error(mark, "a mapping key is a sequence or a mapping; keys must be strings"));
            }
        };
        if let Some(segment) = &segment {
            self.pointer.push(segment.clone());
        }
        Ok(segment)
    }

    /// Places a finished value into its parent (or as the document).
    fn finish_node(&mut self, value: Value, anchor: usize, mark: Marker) -> Result<(), Diagnostics> {
        if anchor != 0 {
            let (size, depth) = measure(&value);
            self.anchors.insert(anchor, Anchored { value: value.clone(), size, depth });
        }
        match self.stack.last_mut() {
            None => {
                self.root = Some(value);
                Ok(())
            }
            Some(Frame::Sequence { items, .. }) => {
                items.push(value);
                Ok(())
            }
            Some(Frame::Mapping { entries, key, .. }) => match key.take() {
                None => {
                    let text = match value {
                        Value::String(text) => text,
                        Value::Number(number) => number.to_string(),
                        Value::Bool(b) => b.to_string(),
                        Value::Null => "null".to_string(),
                        Value::Array(_) | Value::Object(_) => {
                            return Err(self.error(mark, "a mapping key is a sequence or a mapping; keys must be strings"));
                        }
                    };
                    if entries.contains_key(&text) {
                        self.pointer.push(escape(&text));
                        return Err(self.error(mark, format!("duplicate key `{text}`")));
                    }
                    *key = Some(text);
                    Ok(())
                }
                Some(text) => {
                    entries.insert(text, value);
                    Ok(())
                }
            },
        }
    }

    /// `<<: *base` (or a list of them): the merged mappings' keys that the mapping lacks.
    fn merge(&self, entries: &mut Map<String, Value>, merge: Value, line: usize) -> Result<(), Diagnostics> {
        let sources = match merge {
            Value::Object(source) => vec![source],
            Value::Array(items) => {
                let mut sources = Vec::new();
                for item in items {
                    match item {
                        Value::Object(source) => sources.push(source),
                        _ => return Err(self.merge_error(line)),
                    }
                }
                sources
            }
            _ => return Err(self.merge_error(line)),
        };
        for source in sources {
            for (key, value) in source {
                entries.entry(key).or_insert(value);
            }
        }
        Ok(())
    }

    fn merge_error(&self, line: usize) -> Diagnostics {
        let mut pointer = self.pointer_text();
        pointer.push_str("/<<");
        Diagnostic::error(self.file, pointer, format!("invalid YAML merge key: `<<` takes a mapping or a list of mappings (line {line})")).into()
    }

    /// A scalar resolved as serde_yaml resolves it, numbers kept as written.
    fn scalar(&mut self, text: &str, style: ScalarStyle, tag: Option<&Tag>, mark: Marker) -> Result<Value, Diagnostics> {
        let core = tag.and_then(core_tag);
        let resolved = match (core, tag, style) {
            (Some("bool"), _, _) => Some(parse_bool(text).map(Value::Bool).ok_or_else(|| self.child_error(mark, format!("`{text}` is tagged `!!bool` but is not a boolean")))?),
            (Some("int"), _, _) => Some(self.number(parse_int(text), text, mark).and_then(|n| n.ok_or_else(|| self.child_error(mark, format!("`{text}` is tagged `!!int` but is not an integer"))))?),
            (Some("float"), _, _) => {
                let number = match parse_int(text) {
                    Some(number) => Some(number),
                    None => parse_float(text),
                };
                Some(self.number(number, text, mark).and_then(|n| n.ok_or_else(|| self.child_error(mark, format!("`{text}` is tagged `!!float` but is not a number"))))?)
            }
            (Some("null"), _, _) => {
                if is_null(text) || text.is_empty() {
                    Some(Value::Null)
                } else {
                    return Err(self.child_error(mark, format!("`{text}` is tagged `!!null` but is not null")));
                }
            }
            (Some(_), _, _) => None,
            (None, Some(_), ScalarStyle::Plain) | (None, None, ScalarStyle::Plain) => self.untagged(text, mark)?,
            _ => None,
        };
        Ok(resolved.unwrap_or_else(|| Value::String(text.to_string())))
    }

    /// A plain scalar without a core tag: null, a boolean, a number, or `None` for a string.
    fn untagged(&mut self, text: &str, mark: Marker) -> Result<Option<Value>, Diagnostics> {
        if text.is_empty() || is_null(text) {
            return Ok(Some(Value::Null));
        }
        if let Some(b) = parse_bool(text) {
            return Ok(Some(Value::Bool(b)));
        }
        if let Some(number) = parse_int(text) {
            return self.number(Some(number), text, mark);
        }
        if digits_but_not_number(text) {
            return Ok(None);
        }
        match parse_float(text) {
            Some(number) => self.number(Some(number), text, mark),
            None => Ok(None),
        }
    }

    /// A resolved number as JSON; infinities and NaN have no JSON form.
    fn number(&self, parsed: Option<Parsed>, text: &str, mark: Marker) -> Result<Option<Value>, Diagnostics> {
        match parsed {
            None => Ok(None),
            Some(Parsed::Json(json)) => match Number::from_str(&json) {
                Ok(number) => Ok(Some(Value::Number(number))),
                Err(_) => Err(self.child_error(mark, format!("number `{text}` has no exact JSON form"))),
            },
            Some(Parsed::NotFinite) => Err(self.child_error(mark, format!("number `{text}` has no JSON form (JSON has no infinities or NaN)"))),
        }
    }
}

/// A number scalar: its exact JSON text, or an infinity/NaN.
enum Parsed {
    Json(String),
    NotFinite,
}

/// The core-schema name of a tag (`!!int` -> `int`), if it is one.
fn core_tag(tag: &Tag) -> Option<&str> {
    const CORE: &str = "tag:yaml.org,2002:";
    if tag.handle == CORE {
        return Some(tag.suffix.as_str());
    }
    if tag.handle.is_empty() || tag.handle == "!" {
        return tag.suffix.strip_prefix(CORE);
    }
    None
}

fn is_null(text: &str) -> bool {
    matches!(text, "null" | "Null" | "NULL" | "~")
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Leading zeros followed by digits only: a string in YAML 1.2 (`007`).
fn digits_but_not_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

/// An integer scalar: decimal (any length, exact), or `0x`/`0o`/`0b` within 128 bits.
fn parse_int(text: &str) -> Option<Parsed> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(digits) = unsigned.strip_prefix(prefix) {
            if digits.is_empty() || digits.starts_with(['+', '-']) {
                return None;
            }
            let magnitude = u128::from_str_radix(digits, radix).ok()?;
            return Some(Parsed::Json(if negative && magnitude != 0 { format!("-{magnitude}") } else { magnitude.to_string() }));
        }
    }
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) || digits_but_not_number(text) {
        return None;
    }
    Some(Parsed::Json(if negative { format!("-{unsigned}") } else { unsigned.to_string() }))
}

/// A float scalar (what serde_yaml takes for one: Rust's float syntax after an optional `+`,
/// and `.inf`/`.nan`), as exact JSON text: `.5` -> `0.5`, `+1.50` -> `1.50`, `2.` -> `2.0`.
fn parse_float(text: &str) -> Option<Parsed> {
    let unsigned_text = text.strip_prefix('+').unwrap_or(text);
    if unsigned_text.starts_with(['+', '-']) && text.starts_with('+') {
        return None;
    }
    if matches!(unsigned_text, ".inf" | ".Inf" | ".INF" | "-.inf" | "-.Inf" | "-.INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(Parsed::NotFinite);
    }
    let (negative, body) = match unsigned_text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, unsigned_text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(index) => (&body[..index], Some(&body[index + 1..])),
        None => (body, None),
    };
    let (integer, fraction) = match mantissa.split_once('.') {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (mantissa, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(integer) || !fraction.is_none_or(all_digits) || (integer.is_empty() && fraction.is_none_or(str::is_empty)) {
        return None;
    }
    let exponent = match exponent {
        None => None,
        Some(exponent) => {
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            Some(exponent)
        }
    };
    let integer = integer.trim_start_matches('0');
    let mut json = String::new();
    if negative {
        json.push('-');
    }
    json.push_str(if integer.is_empty() { "0" } else { integer });
    match fraction {
        Some("") => json.push_str(".0"),
        Some(fraction) => {
            json.push('.');
            json.push_str(fraction);
        }
        None => {}
    }
    if let Some(exponent) = exponent {
        json.push('e');
        json.push_str(exponent);
    }
    Some(Parsed::Json(json))
}

/// Size and depth of a value, without recursion.
fn measure(value: &Value) -> (usize, usize) {
    let mut size = 0;
    let mut depth = 0;
    let mut stack = vec![(value, 0usize)];
    while let Some((value, level)) = stack.pop() {
        size += 1;
        match value {
            Value::Array(items) => {
                depth = depth.max(level + 1);
                stack.extend(items.iter().map(|item| (item, level + 1)));
            }
            Value::Object(entries) => {
                depth = depth.max(level + 1);
                stack.extend(entries.values().map(|item| (item, level + 1)));
            }
            _ => {}
        }
    }
    (size, depth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        parse_yaml(text, "t.yaml").unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn numbers_keep_their_digits() {
        let value = parse("a: 10.50\nb: 12345678901234567890.125\nc: 123456789012345678901234567890\nd: -0.0\ne: 1E5\n");
        assert_eq!(value["a"].to_string(), "10.50");
        assert_eq!(value["b"].to_string(), "12345678901234567890.125");
        assert_eq!(value["c"].to_string(), "123456789012345678901234567890");
        assert_eq!(value["d"].to_string(), "-0.0");
        // serde_json writes exponents in one form; the digits stay.
        assert_eq!(value["e"].to_string(), "1e+5");
    }

    #[test]
    fn yaml_number_forms_become_exact_json() {
        let value = parse("a: .5\nb: +1.50\nc: 2.\nd: 0x1F\ne: -0o17\nf: 0b101\ng: +7\nh: 1.e3\n");
        let texts: Vec<String> = ["a", "b", "c", "d", "e", "f", "g", "h"].iter().map(|k| value[k].to_string()).collect();
        assert_eq!(texts, ["0.5", "1.50", "2.0", "31", "-15", "5", "7", "1.0e+3"]);
    }

    #[test]
    fn scalars_resolve_as_serde_yaml_does() {
        let value = parse("a: ~\nb:\nc: True\nd: '12'\ne: 007\nf: !!str 12\ng: yes\nh: !custom 3\ni: \"true\"\nj: !!int '5'\nk: 1_000\nl: .NaN5\n");
        assert_eq!(value["a"], Value::Null);
        assert_eq!(value["b"], Value::Null);
        assert_eq!(value["c"], Value::Bool(true));
        assert_eq!(value["d"], "12");
        assert_eq!(value["e"], "007");
        assert_eq!(value["f"], "12");
        assert_eq!(value["g"], "yes");
        assert_eq!(value["h"].to_string(), "3");
        assert_eq!(value["i"], "true");
        assert_eq!(value["j"].to_string(), "5");
        assert_eq!(value["k"], "1_000");
        assert_eq!(value["l"], ".NaN5");
        // Agrees with serde_yaml on everything but the digits of numbers.
        let text = "a: [1, -2, 3.25, x, null, true, '1', 0x10, 1e3]\nb:\n  c: ~\n  200: ok\n  'd e': |\n    text\n";
        let ours = parse(text);
        let theirs: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
        assert_eq!(ours["a"].as_array().map(Vec::len), Some(9));
        assert_eq!(ours["a"][7].as_u64(), theirs["a"][7].as_u64());
        assert_eq!(ours["b"]["200"], "ok");
        assert_eq!(ours["b"]["d e"], "text\n");
        assert_eq!(ours["a"][8].as_f64(), theirs["a"][8].as_f64());
    }

    #[test]
    fn infinities_are_diagnosed_at_their_pointer() {
        let error = parse_yaml("a:\n  b: [1, .inf]\n", "t.yaml").unwrap_err().to_string();
        assert_eq!(error, "t.yaml#/a/b/1: number `.inf` has no JSON form (JSON has no infinities or NaN) (line 2)");
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        let value = parse("base: &base {a: 1, b: 2}\nderived:\n  <<: *base\n  b: 3\nlist: [*base, *base]\n");
        assert_eq!(value["derived"], serde_json::json!({"a": 1, "b": 3}));
        assert_eq!(value["list"][1]["a"], 1);
    }

    #[test]
    fn duplicate_keys_and_documents_are_errors() {
        let error = parse_yaml("a:\n  b: 1\n  b: 2\n", "t.yaml").unwrap_err().to_string();
        assert_eq!(error, "t.yaml#/a/b: duplicate key `b` (line 3)");
        let error = parse_yaml("a: 1\n---\nb: 2\n", "t.yaml").unwrap_err().to_string();
        assert!(error.contains("more than one YAML document"), "{error}");
    }

    #[test]
    fn alias_bombs_stop() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let previous = level - 1;
            text.push_str(&format!("a{level}: &a{level} [*a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}]\n"));
        }
        let error = parse_yaml(&text, "t.yaml").unwrap_err().to_string();
        assert!(error.contains("alias bomb"), "{error}");
    }

    #[test]
    fn nesting_up_to_the_limit_is_read() {
        let mut text = String::new();
        for level in 0..super::super::MAX_DEPTH - 1 {
            text.push_str(&"  ".repeat(level));
            text.push_str("k:\n");
        }
        text.push_str(&"  ".repeat(super::super::MAX_DEPTH - 1));
        text.push_str("k: 1\n");
        assert!(parse_yaml(&text, "t.yaml").is_ok());
    }

    #[test]
    fn nesting_is_bounded_with_a_pointer() {
        let depth = super::super::MAX_DEPTH + 10;
        let mut text = String::new();
        for level in 0..depth {
            text.push_str(&"  ".repeat(level));
            text.push_str("k:\n");
        }
        let error = parse_yaml(&text, "t.yaml").unwrap_err().to_string();
        let expected_pointer = "/k".repeat(super::super::MAX_DEPTH);
        assert!(error.starts_with(&format!("t.yaml#{expected_pointer}: the document nests more than")), "{error}");
        // Aliases count towards the depth too.
        let mut text = String::from("a0: &a0 {}\n");
        for level in 1..depth {
            text.push_str(&format!("a{level}: &a{level} {{k: *a{}}}\n", level - 1));
        }
        let error = parse_yaml(&text, "t.yaml").unwrap_err().to_string();
        assert!(error.contains("levels deep"), "{error}");
    }
}
