//! Spec names -> Rust identifiers, and the scopes that keep them unique.
//!
//! [`rust_ident`] is the one conversion every spec name goes through: heck's word boundaries and
//! case (on the name's ASCII letters and digits; the tests hold the two equal), keywords escaped
//! with a trailing `_`, names that start with a digit prefixed, symbols spelled out. The
//! wire name is kept separately (serde `rename`), so the conversion may lose information;
//! [`NameScope`] catches the collisions that causes.

use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Fields, methods, modules: `next_start_index`.
    Snake,
    /// Types and variants: `AccountGroupSummary`.
    Pascal,
}

/// Rust keywords (strict and reserved, all editions); `_` is appended to a name equal to one.
const KEYWORDS: [&str; 52] = [
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn", "for", "if", "impl",
    "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Converts a spec name (property, parameter, operationId, schema name, enum value) to a Rust
/// identifier in the given case. Never returns an empty string or a keyword.
pub fn rust_ident(wire: &str, case: Case) -> String {
    // The same names come back many times (GitHub's description has 38,839 properties with
    // 1,928 names; `url` and `id` are in over 1,300 schemas each): each thread remembers what
    // it converted, up to a bound.
    const REMEMBERED: usize = 1 << 16;
    thread_local! {
        static CONVERTED: std::cell::RefCell<[std::collections::HashMap<String, String>; 2]> = Default::default();
    }
    let slot = match case {
        Case::Snake => 0,
        Case::Pascal => 1,
    };
    if let Some(known) = CONVERTED.with(|converted| converted.borrow()[slot].get(wire).cloned()) {
        return known;
    }
    let converted = convert_ident(wire, case);
    CONVERTED.with(|converted_names| {
        let mut converted_names = converted_names.borrow_mut();
        if converted_names[slot].len() < REMEMBERED {
            converted_names[slot].insert(wire.to_string(), converted.clone());
        }
    });
    converted
}

/// [`rust_ident`] without the memory.
fn convert_ident(wire: &str, case: Case) -> String {
    let converted = cased_words(&spell_symbols(wire), case);
    let converted = if converted.is_empty() {
        match case {
            Case::Snake => "empty".to_string(),
            Case::Pascal => "Empty".to_string(),
        }
    } else {
        converted
    };
    let converted = if converted.starts_with(|c: char| c.is_ascii_digit()) {
        match case {
            Case::Snake => format!("_{converted}"),
            Case::Pascal => format!("V{converted}"),
        }
    } else {
        converted
    };
    if KEYWORDS.contains(&converted.as_str()) {
        format!("{converted}_")
    } else {
        converted
    }
}

/// The words of `text` ([`ascii_words`]) in `case`: `next_start_index`, `NextStartIndex`.
fn cased_words(text: &str, case: Case) -> String {
    let mut converted = String::with_capacity(text.len() + 4);
    for (index, word) in ascii_words(text).enumerate() {
        match case {
            Case::Snake => {
                if index > 0 {
                    converted.push('_');
                }
                converted.extend(word.iter().map(|b| char::from(b.to_ascii_lowercase())));
            }
            Case::Pascal => {
                if let Some((first, rest)) = word.split_first() {
                    converted.push(char::from(first.to_ascii_uppercase()));
                    converted.extend(rest.iter().map(|b| char::from(b.to_ascii_lowercase())));
                }
            }
        }
    }
    converted
}

/// The words of `text`'s ASCII letters and digits, as heck splits them (anything else only
/// separates): a word ends before an upper-case letter that follows a lower-case one
/// (`nextStart`), and before the last of a run of upper-case letters when a lower-case one
/// follows (`HTTPStatus`); digits go with the letters before them. heck itself works through
/// `char`'s Unicode tables and a formatter per letter, which was a tenth of lowering GitHub's
/// description.
fn ascii_words(text: &str) -> impl Iterator<Item = &[u8]> {
    /// The case of the last letter since the word began (a digit keeps it).
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    text.as_bytes().split(|b| !b.is_ascii_alphanumeric()).flat_map(|run| {
        let mut words = Vec::new();
        let (mut start, mut mode) = (0, Mode::Boundary);
        for (index, pair) in run.windows(2).enumerate() {
            let (current, next) = (pair[0], pair[1]);
            let next_mode = match current {
                b'a'..=b'z' => Mode::Lower,
                b'A'..=b'Z' => Mode::Upper,
                _ => mode,
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                words.push(&run[start..=index]);
                (start, mode) = (index + 1, Mode::Boundary);
            } else if mode == Mode::Upper && current.is_ascii_uppercase() && next.is_ascii_lowercase() {
                words.push(&run[start..index]);
                (start, mode) = (index, Mode::Boundary);
            } else {
                mode = next_mode;
            }
        }
        if !run.is_empty() {
            words.push(&run[start..]);
        }
        words
    })
}

/// A name made only of symbols (`+`, `-`, `<=`) is spelled out, so `+` and `-` stay distinct.
fn spell_symbols(wire: &str) -> String {
    if wire.chars().any(|c| c.is_ascii_alphanumeric()) {
        return wire.to_string();
    }
    let words: Vec<&str> = wire
        .chars()
        .filter_map(|c| {
            Some(match c {
                '+' => "plus",
                '-' => "minus",
                '*' => "star",
                '/' => "slash",
                '\\' => "backslash",
                '<' => "lt",
                '>' => "gt",
                '=' => "eq",
                '!' => "not",
                '.' => "dot",
                ',' => "comma",
                ':' => "colon",
                ';' => "semicolon",
                '@' => "at",
                '#' => "hash",
                '$' => "dollar",
                '%' => "percent",
                '&' => "and",
                '|' => "or",
                '^' => "caret",
                '~' => "tilde",
                '?' => "question",
                '_' => "underscore",
                ' ' => "space",
                _ => return None,
            })
        })
        .collect();
    words.join(" ")
}

/// The identifiers used in one Rust scope (a module's types, a struct's fields, an enum's
/// variants, a client's methods), with the spec location that claimed each.
#[derive(Clone, Debug, Default)]
pub struct NameScope {
    owners: BTreeMap<String, String>,
}

impl NameScope {
    pub fn new() -> Self {
        NameScope::default()
    }

    /// A scope whose names are taken by the generated code itself.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        let mut scope = NameScope::new();
        for name in reserved {
            scope.owners.insert((*name).to_string(), "(generated code)".to_string());
        }
        scope
    }

    /// Claims `name` for `owner`. On a collision returns the earlier owner.
    pub fn claim(&mut self, name: &str, owner: &str) -> Result<(), String> {
        match self.owners.get(name) {
            Some(existing) if existing != owner => Err(existing.clone()),
            _ => {
                self.owners.insert(name.to_string(), owner.to_string());
                Ok(())
            }
        }
    }

    /// Claims `name`, or the first free `name2`, `name3`, ... Returns the name claimed and, when
    /// it had to be changed, the owner of the wanted one.
    pub fn claim_free(&mut self, name: &str, owner: &str, separator: &str) -> (String, Option<String>) {
        match self.claim(name, owner) {
            Ok(()) => (name.to_string(), None),
            Err(existing) => {
                let mut index = 2;
                loop {
                    let candidate = format!("{name}{separator}{index}");
                    if self.claim(&candidate, owner).is_ok() {
                        return (candidate, Some(existing));
                    }
                    index += 1;
                }
            }
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.owners.contains_key(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_cases_and_escapes() {
        assert_eq!(rust_ident("nextStartIndex", Case::Snake), "next_start_index");
        assert_eq!(rust_ident("accountGroupSummary", Case::Pascal), "AccountGroupSummary");
        assert_eq!(rust_ident("type", Case::Snake), "type_");
        assert_eq!(rust_ident("self", Case::Snake), "self_");
        assert_eq!(rust_ident("Self", Case::Pascal), "Self_");
        assert_eq!(rust_ident("2fa", Case::Snake), "_2fa");
        assert_eq!(rust_ident("200", Case::Pascal), "V200");
        assert_eq!(rust_ident("Content-Type", Case::Snake), "content_type");
        assert_eq!(rust_ident("x.y/z", Case::Pascal), "XYZ");
        assert_eq!(rust_ident("+", Case::Pascal), "Plus");
        assert_eq!(rust_ident("-", Case::Pascal), "Minus");
        assert_eq!(rust_ident("", Case::Snake), "empty");
        assert_eq!(rust_ident("żółw", Case::Snake), "w");
        assert_eq!(rust_ident("ąę", Case::Pascal), "Empty");
        assert_eq!(rust_ident("HTTPStatus", Case::Snake), "http_status");
        assert_eq!(rust_ident("@type", Case::Snake), "type_");
    }

    /// heck's conversion of what `convert_ident` hands it: the name's letters and digits,
    /// anything else a space.
    fn heck_conversion(wire: &str, case: Case) -> String {
        use heck::{ToSnakeCase, ToUpperCamelCase};
        let cleaned: String = spell_symbols(wire).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
        match case {
            Case::Snake => cleaned.to_snake_case(),
            Case::Pascal => cleaned.to_upper_camel_case(),
        }
    }

    #[test]
    fn words_and_case_are_hecks_for_every_short_name() {
        // Every name of up to six characters over lower- and upper-case letters, a digit and
        // two separators (7^1 + ... + 7^6 = 137,256 names), in both cases.
        let alphabet = [b'a', b'b', b'A', b'B', b'1', b' ', b'-'];
        let mut checked = 0;
        for length in 1..=6u32 {
            for mut code in 0..alphabet.len().pow(length) {
                let mut name = String::new();
                for _ in 0..length {
                    name.push(char::from(alphabet[code % alphabet.len()]));
                    code /= alphabet.len();
                }
                for case in [Case::Snake, Case::Pascal] {
                    assert_eq!(cased_words(&spell_symbols(&name), case), heck_conversion(&name, case), "{name:?} in {case:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 2 * (7 + 49 + 343 + 2_401 + 16_807 + 117_649));
    }

    #[test]
    fn words_and_case_are_hecks_for_spec_like_names() {
        let names = [
            "nextStartIndex", "HTTPStatus", "getHTTPResponseCode", "IBAN2Account", "v2Accounts", "account_id", "X-Request-ID", "ABC",
            "aB1cD", "a1B", "A1BCd", "OAuth2Token", "userIDs", "PSD2Consent", "x-citi-client-id", "__proto__", "CamelCase123Case",
            "MFAStepUp", "iOS", "utf8String", "k8sCluster", "ETag", "getV1Accounts", "pay-with-points", "żółwIce", "número",
        ];
        for name in names {
            for case in [Case::Snake, Case::Pascal] {
                assert_eq!(cased_words(&spell_symbols(name), case), heck_conversion(name, case), "{name:?} in {case:?}");
            }
        }
    }

    #[test]
    fn remembered_names_are_the_names_converted() {
        // The same wire name in both cases, asked again and again: each answer is the
        // conversion's, whichever case asked first.
        for wire in ["nextStartIndex", "type", "2fa", "+", "", "HTTPStatus", "x.y/z"] {
            for _ in 0..3 {
                assert_eq!(rust_ident(wire, Case::Snake), convert_ident(wire, Case::Snake), "{wire}");
                assert_eq!(rust_ident(wire, Case::Pascal), convert_ident(wire, Case::Pascal), "{wire}");
            }
        }
    }

    #[test]
    fn scopes_report_and_resolve_collisions() {
        let mut scope = NameScope::with_reserved(&["client"]);
        assert_eq!(scope.claim("client", "#/a"), Err("(generated code)".to_string()));
        assert_eq!(scope.claim_free("pet", "#/a", "_"), ("pet".to_string(), None));
        assert_eq!(scope.claim_free("pet", "#/b", "_"), ("pet_2".to_string(), Some("#/a".to_string())));
        assert_eq!(scope.claim("pet", "#/a"), Ok(()));
    }
}
