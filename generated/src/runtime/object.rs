//! serde for the generated structs: `serde_impls!` writes a struct's `Serialize` and `Deserialize`
//! from one line per field (its name, wire name, presence and decimal form).
//!
//! What it writes behaves as serde's derive with the attributes the generator used to put on
//! each field (`rename`, `default`, `skip_serializing_if`, `with`), on JSON: unknown properties
//! are skipped, a repeated one is an error (`duplicate field`), a missing required one too
//! (`missing field`), and messages are serde's own. Two things differ, both on purpose:
//! - A struct is read from a JSON object only. serde's derive also takes an array of the field
//!   values in order, which no API sends; here that is a type mismatch (`invalid type: sequence,
//!   expected struct Name`), named at the array's path.
//! - Properties are matched by their names only, not by field index (which only non-JSON
//!   formats send).
//!
//! The point is compile time: the derive writes, for each struct, a field-name visitor with
//! three matches, a sequence visitor, and a wrapper type per `with` field, and all of it is
//! type-checked and compiled per struct. Here each struct gets one match over its names, and the
//! per-field work is a handful of generic functions shared by every struct, as is the visitor
//! (`Read`, `deserialize`).
//!
//! `builder!` writes a request struct's `new()` and `with_*` setters from one line per field, so
//! that the generated source lists each argument and setter once instead of spelling out the
//! bodies.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Expected, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::decimal::{Exact, ExactNumber, Owned};
use super::values::Nullable;

/// A property name as the deserializer hands it over: borrowed from the input where it can be.
pub struct Key<'de>(Option<Cow<'de, str>>);

impl Key<'_> {
    /// The name; `None` for a key that is not text (which no JSON input has).
    #[inline]
    pub fn name(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    #[inline]
    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Some(Cow::Borrowed(value))))
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Key(Some(Cow::Owned(value.to_owned()))))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Key(Some(Cow::Owned(value))))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Key<'de>, E> {
        Ok(Key(std::str::from_utf8(value).ok().map(|name| Cow::Owned(name.to_owned()))))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Key<'de>, E> {
        Ok(Key(None))
    }
}

/// Reads the value of a property into its slot; a second value for it is an error.
#[inline]
pub fn take<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: &mut A, slot: &mut Option<T>, wire: &'static str) -> Result<(), A::Error> {
    take_seed(map, slot, wire, PhantomData)
}

/// Reads the value of a property holding exact decimals ([`ExactNumber`]) into its slot.
#[inline]
pub fn take_exact<'de, A: MapAccess<'de>, T: ExactNumber>(map: &mut A, slot: &mut Option<T>, wire: &'static str) -> Result<(), A::Error> {
    let mut owned = None;
    take_seed(map, &mut owned, wire, PhantomData::<Owned<T>>)?;
    if let Some(Owned(value)) = owned {
        *slot = Some(value);
    }
    Ok(())
}

#[inline]
fn take_seed<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(map: &mut A, slot: &mut Option<S::Value>, wire: &'static str, seed: S) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(wire));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// Reads and drops the value of a property the struct does not declare.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// What `serde_impls!` writes for a struct that is read: its name, its properties' wire names,
/// and the read of its properties from a map. The rest of reading (the visitor, the message for
/// what was expected, the refusal of an array) is [`deserialize`]'s, once for every struct.
#[doc(hidden)]
pub trait Read: Sized {
    const NAME: &'static str;
    const FIELDS: &'static [&'static str];
    fn read<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// A generated struct's `Deserialize::deserialize`: a JSON object, read by [`Read::read`].
#[inline]
pub fn deserialize<'de, D: Deserializer<'de>, T: Read>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_struct(T::NAME, T::FIELDS, ReadVisitor(PhantomData))
}

struct ReadVisitor<T>(PhantomData<T>);

impl<'de, T: Read> Visitor<'de> for ReadVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        Err(sequence(seq, &self))
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// The error for an array where a struct belongs, made once the array is read to its end: so the
/// error is placed after the array, whose path is the one named (see `json_path`), not at its
/// first element. Elements that are not JSON are still syntax errors.
fn sequence<'de, A: SeqAccess<'de>>(mut seq: A, expected: &dyn Expected) -> A::Error {
    loop {
        match seq.next_element::<IgnoredAny>() {
            Ok(Some(_)) => {}
            Ok(None) => return de::Error::invalid_type(Unexpected::Seq, expected),
            Err(error) => return error,
        }
    }
}

/// The value of a required property, checked present by then (absent, the struct is an error
/// before this runs).
#[inline]
pub fn present<T>(slot: Option<T>) -> T {
    match slot {
        Some(value) => value,
        None => unreachable!("a required property is checked before its struct is made"),
    }
}

/// A field left out of the JSON when it holds nothing (`Option::None`, `Nullable::Absent`).
pub trait Absent {
    /// Whether the field is left out.
    fn is_absent(&self) -> bool;
}

impl<T> Absent for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Absent for Nullable<T> {
    fn is_absent(&self) -> bool {
        Nullable::is_absent(self)
    }
}

/// A field's value written with its decimals as JSON numbers (`text: false`) or strings.
pub fn exact<T: ExactNumber>(value: &T, text: bool) -> impl Serialize + '_ {
    Exact(value, text)
}

/// Starts writing a struct with `len` properties.
pub fn begin<S: Serializer>(serializer: S, name: &'static str, len: usize) -> Result<Writer<S>, S::Error> {
    Ok(Writer { out: serializer.serialize_struct(name, len)?, error: None })
}

/// A struct being written ([`begin`]): each property is one call that returns nothing, and the
/// first error is kept and returned by [`end`](Self::end), the properties after it not written.
/// So the generated code has no `?` per property (for GitHub's description, type checking the
/// crate took 32 s with one, 29 s without).
pub struct Writer<S: Serializer> {
    out: S::SerializeStruct,
    error: Option<S::Error>,
}

impl<S: Serializer> Writer<S> {
    /// Writes a property, unless an earlier one failed.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, wire: &'static str, value: &T) {
        if self.error.is_none() {
            self.error = self.out.serialize_field(wire, value).err();
        }
    }

    /// Leaves a property out, unless an earlier one failed.
    #[inline]
    pub fn skip(&mut self, wire: &'static str) {
        if self.error.is_none() {
            self.error = self.out.skip_field(wire).err();
        }
    }

    /// Ends the struct; the first property that failed is the error.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        match self.error {
            Some(error) => Err(error),
            None => self.out.end(),
        }
    }
}

/// `Serialize` and `Deserialize` for a generated struct, one entry per field:
/// `(field, "wireName", presence)` or `(field, "wireName", presence, form)`.
///
/// - The first two arguments say when each impl exists: `always`, or `full_serde` (behind the
///   `full-serde` feature): first `Serialize`, then `Deserialize`.
/// - presence: `required` (absent: an error), `optional` (an `Option` or `Nullable` left out when
///   empty, absent: empty), `nullable` (an `Option` always written, absent: `None`),
///   `default(function)` (absent: the function's value, boxed if the field is).
/// - form: `number` or `text` for fields holding exact decimals (written as JSON numbers or
///   strings; either is read).
///
/// The names it declares start with `__` (`__S`, `__D`, `__A`), as serde's derive's do, so that
/// a struct called `A` or `D` still compiles.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_impls {
    ($name:ident, $ser:ident, $de:ident $(, ($field:ident, $wire:literal, $presence:ident $(($default:path))? $(, $form:ident)?))* $(,)?) => {
        $crate::__object_gate! { $ser
            impl ::serde::Serialize for $name {
                fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                    #[allow(unused_mut)] // A struct without fields writes none.
                    let mut out = $crate::runtime::object::begin(
                        serializer,
                        ::std::stringify!($name),
                        0 $(+ $crate::__object_write!(len $presence, &self.$field))*,
                    )?;
                    $($crate::__object_write!(field $presence, out, $wire, &self.$field, $($form)?);)*
                    out.end()
                }
            }
        }
        $crate::__object_gate! { $de
            impl $crate::runtime::object::Read for $name {
                const NAME: &'static str = ::std::stringify!($name);
                const FIELDS: &'static [&'static str] = &[$($wire),*];
                fn read<'de, __A: ::serde::de::MapAccess<'de>>(mut map: __A) -> ::std::result::Result<Self, __A::Error> {
                    $(let mut $field = ::std::option::Option::None;)*
                    while let ::std::option::Option::Some(key) = map.next_key::<$crate::runtime::object::Key<'de>>()? {
                        // One `?` for all properties: one each was about a quarter of type checking
                        // the crate of GitHub's description.
                        match key.name() {
                            $(::std::option::Option::Some($wire) => $crate::__object_read!(map, $field, $wire, $($form)?),)*
                            _ => $crate::runtime::object::skip(&mut map),
                        }?;
                    }
                    // Every required property checked first, in order, then the struct made with
                    // no `?`: one in each field's value left the fields before it to drop on
                    // that exit, which was a fifth of the borrow checking.
                    $($crate::__object_read!(check $presence, $field, $wire);)*
                    ::std::result::Result::Ok(Self {
                        $($field: $crate::__object_read!(finish $presence $(($default))?, $field, $wire),)*
                    })
                }
            }
            impl<'de> ::serde::Deserialize<'de> for $name {
                fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                    $crate::runtime::object::deserialize(deserializer)
                }
            }
        }
    };
}

/// An impl always, or behind the `full-serde` feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_gate {
    (always $($item:item)*) => { $($item)* };
    (full_serde $($item:item)*) => { $(#[cfg(feature = "full-serde")] $item)* };
}

/// Writing one field: whether it counts towards the length, and writing (or skipping) it.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_write {
    (len optional, $value:expr) => { !$crate::runtime::object::Absent::is_absent($value) as usize };
    (len $presence:ident, $value:expr) => { 1 };
    (field optional, $out:ident, $wire:literal, $value:expr, $($form:ident)?) => {
        if $crate::runtime::object::Absent::is_absent($value) {
            $out.skip($wire);
        } else {
            $crate::__object_write!(field required, $out, $wire, $value, $($form)?);
        }
    };
    (field $presence:ident, $out:ident, $wire:literal, $value:expr,) => { $out.field($wire, $value) };
    (field $presence:ident, $out:ident, $wire:literal, $value:expr, number) => {
        $out.field($wire, &$crate::runtime::object::exact($value, false))
    };
    (field $presence:ident, $out:ident, $wire:literal, $value:expr, text) => {
        $out.field($wire, &$crate::runtime::object::exact($value, true))
    };
}

/// Reading one field: its value into the slot, whether a required one is there, and the field
/// from the slot at the end.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_read {
    ($map:ident, $slot:ident, $wire:literal,) => { $crate::runtime::object::take(&mut $map, &mut $slot, $wire) };
    ($map:ident, $slot:ident, $wire:literal, $form:ident) => { $crate::runtime::object::take_exact(&mut $map, &mut $slot, $wire) };
    (check required, $slot:ident, $wire:literal) => {
        if $slot.is_none() {
            return ::std::result::Result::Err(::serde::de::Error::missing_field($wire));
        }
    };
    (check $presence:ident, $slot:ident, $wire:literal) => {};
    (finish required, $slot:ident, $wire:literal) => { $crate::runtime::object::present($slot) };
    (finish optional, $slot:ident, $wire:literal) => { $slot.unwrap_or_default() };
    (finish nullable, $slot:ident, $wire:literal) => { $slot.unwrap_or_default() };
    (finish default($default:path), $slot:ident, $wire:literal) => {
        match $slot {
            ::std::option::Option::Some(value) => value,
            ::std::option::Option::None => ::std::convert::From::from($default()),
        }
    };
}

/// A request struct's `new()` and `with_*` setters, from one entry per field, in three groups:
/// - `(new field, value type, presence)`: an argument of `new()`, in order. The presence is
///   `required` (the argument takes anything that converts into the value type) or `nullable` (into
///   an `Option` of it: `None` sends `null`).
/// - `(fixed field, value)`: set by `new()` to `value` (a constant, an empty map).
/// - `(set field, setter, value type, presence)`: left empty by `new()`, given by its setter, which
///   takes anything that converts into the value type. The presence is `optional` (`Some`),
///   `nullable` (`Nullable::Value`) or `default(function)` (the value itself; `new()` calls the
///   function).
///
/// A `new` or `set` entry ends in `boxed` for a field kept in a `Box`.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_builder {
    (
        $name:ident
        $(, (new $arg:ident, $arg_value:ty, $arg_presence:ident $(, $arg_boxed:ident)?))*
        $(, (fixed $fixed:ident, $fixed_value:expr))*
        $(, (set $field:ident, $setter:ident, $value:ty, $presence:ident $(($default:path))? $(, $boxed:ident)?))*
        $(,)?
    ) => {
        impl $name {
            /// A value with the required fields set and every optional field empty.
            #[allow(clippy::too_many_arguments)]
            pub fn new($($arg: impl ::std::convert::Into<$crate::__object_argument!($arg_presence, $arg_value)>),*) -> Self {
                Self {
                    $($arg: $crate::__object_take!($arg_presence $($arg_boxed)?, ::std::convert::Into::into($arg)),)*
                    $($fixed: $fixed_value,)*
                    $($field: $crate::__object_empty!($presence $(($default))? $($boxed)?),)*
                }
            }
            $(
                #[doc = ::std::concat!("Sets `", ::std::stringify!($field), "`.")]
                #[must_use]
                pub fn $setter(mut self, value: impl ::std::convert::Into<$value>) -> Self {
                    self.$field = $crate::__object_set!($presence $($boxed)?, ::std::convert::Into::into(value));
                    self
                }
            )*
        }
    };
}

/// What an argument of `new()` converts into, for its presence.
#[doc(hidden)]
#[macro_export]
macro_rules! __object_argument {
    (required, $value:ty) => { $value };
    (nullable, $value:ty) => { ::std::option::Option<$value> };
}

/// What `new()` stores for an argument, for its presence (and box).
#[doc(hidden)]
#[macro_export]
macro_rules! __object_take {
    (required, $value:expr) => { $value };
    (required boxed, $value:expr) => { ::std::boxed::Box::new($value) };
    (nullable, $value:expr) => { $value };
    (nullable boxed, $value:expr) => { ::std::option::Option::map($value, ::std::boxed::Box::new) };
}

/// What `new()` stores for a field that it leaves empty, for its presence (and box).
#[doc(hidden)]
#[macro_export]
macro_rules! __object_empty {
    (optional $($boxed:ident)?) => { ::std::option::Option::None };
    (nullable $($boxed:ident)?) => { $crate::runtime::Nullable::Absent };
    (default($default:path)) => { $default() };
    (default($default:path) boxed) => { ::std::boxed::Box::new($default()) };
}

/// What a setter stores for its field's presence (and box).
#[doc(hidden)]
#[macro_export]
macro_rules! __object_set {
    (optional, $value:expr) => { ::std::option::Option::Some($value) };
    (optional boxed, $value:expr) => { ::std::option::Option::Some(::std::boxed::Box::new($value)) };
    (nullable, $value:expr) => { $crate::runtime::Nullable::Value($value) };
    (nullable boxed, $value:expr) => { $crate::runtime::Nullable::Value(::std::boxed::Box::new($value)) };
    (default, $value:expr) => { $value };
    (default boxed, $value:expr) => { ::std::boxed::Box::new($value) };
}

#[doc(hidden)]
pub use crate::__object_impls as serde_impls;
#[doc(hidden)]
pub use crate::__object_builder as builder;

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Serialize};

    use super::super::json::{from_slice, JsonError};
    use super::super::values::Nullable;

    fn default_count() -> i64 {
        7
    }

    /// Every presence and decimal form, written with `serde_impls!`.
    #[derive(Clone, Debug, PartialEq)]
    struct Ours {
        id: String,
        r#type: Option<String>,
        note: Nullable<String>,
        parent: Option<String>,
        count: i64,
        amount: Decimal,
        fee: Option<Decimal>,
        rates: Vec<Decimal>,
        limit: Nullable<Decimal>,
        text_amount: Option<Decimal>,
        nested: Option<Box<Ours>>,
    }

    crate::__object_impls!(
        Ours,
        always,
        always,
        (id, "id", required),
        (r#type, "type", optional),
        (note, "note", optional),
        (parent, "parentId", nullable),
        (count, "count", default(default_count)),
        (amount, "amount", required, number),
        (fee, "fee", optional, number),
        (rates, "rates", required, number),
        (limit, "limit", optional, number),
        (text_amount, "textAmount", optional, text),
        (nested, "nested", optional)
    );

    /// A request struct with an argument, a fixed field and a setter of every presence, boxed and
    /// not, written with `builder!`.
    #[derive(Clone, Debug, PartialEq)]
    struct Built {
        id: String,
        rank: Box<i64>,
        label: Option<String>,
        origin: Option<Box<Built>>,
        kind: i64,
        extra: std::collections::BTreeMap<String, i64>,
        r#type: Option<String>,
        note: Nullable<String>,
        count: i64,
        parent: Option<Box<Built>>,
        previous: Nullable<Box<Built>>,
        weight: Box<i64>,
    }

    crate::__object_builder!(
        Built,
        (new id, String, required),
        (new rank, i64, required, boxed),
        (new label, String, nullable),
        (new origin, Built, nullable, boxed),
        (fixed kind, 42),
        (fixed extra, ::std::default::Default::default()),
        (set r#type, with_type, String, optional),
        (set note, with_note, String, nullable),
        (set count, with_count, i64, default(default_count)),
        (set parent, with_parent, Built, optional, boxed),
        (set previous, with_previous, Built, nullable, boxed),
        (set weight, with_weight, i64, default(default_count), boxed),
    );

    /// A struct whose `new()` takes nothing and sets nothing.
    #[derive(Debug, PartialEq)]
    struct Nothing {}

    crate::__object_builder!(Nothing);

    #[test]
    fn new_takes_each_argument_and_leaves_the_rest_empty() {
        let leaf = Built::new("leaf", 1_i32, None, None);
        assert_eq!(leaf.id, "leaf");
        assert_eq!(leaf.rank, Box::new(1));
        assert_eq!((leaf.label.as_deref(), leaf.origin.as_ref()), (None, None));
        assert_eq!((leaf.kind, leaf.extra.len()), (42, 0));
        assert_eq!((leaf.r#type.as_deref(), &leaf.note, leaf.count), (None, &Nullable::Absent, 7));
        assert_eq!((leaf.parent.as_ref(), &leaf.previous, &leaf.weight), (None, &Nullable::Absent, &Box::new(7)));
        let built = Built::new(String::from("id"), 2_u8, Some("label".to_string()), Some(leaf.clone()));
        assert_eq!(built.label.as_deref(), Some("label"));
        assert_eq!(built.origin, Some(Box::new(leaf)));
        assert_eq!(Nothing::new(), Nothing {});
    }

    #[test]
    fn setters_store_each_presence_and_box() {
        let leaf = Built::new("leaf", 1_i32, None, None).with_count(1_i32);
        let built = Built::new("id", 0_i32, None, None)
            .with_type("kind")
            .with_note(String::from("n"))
            .with_count(5_u8)
            .with_parent(leaf.clone())
            .with_previous(leaf.clone())
            .with_weight(3_i32);
        assert_eq!(built.r#type.as_deref(), Some("kind"));
        assert_eq!(built.note, Nullable::Value("n".to_string()));
        assert_eq!(built.count, 5);
        assert_eq!(built.parent, Some(Box::new(leaf.clone())));
        assert_eq!(built.previous, Nullable::Value(Box::new(leaf)));
        assert_eq!(built.weight, Box::new(3));
        // Untouched fields keep what they had.
        assert_eq!(Built::new("id", 0_i32, None, None).with_count(2_i64).note, Nullable::Absent);
    }

    /// The same struct with serde's derive and the attributes the generator gave such fields.
    #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
    struct Derived {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        r#type: Option<String>,
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        note: Nullable<String>,
        #[serde(rename = "parentId", default)]
        parent: Option<String>,
        #[serde(default = "default_count")]
        count: i64,
        #[serde(with = "crate::runtime::decimal")]
        amount: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::decimal")]
        fee: Option<Decimal>,
        #[serde(with = "crate::runtime::decimal")]
        rates: Vec<Decimal>,
        #[serde(default, skip_serializing_if = "Nullable::is_absent", with = "crate::runtime::decimal")]
        limit: Nullable<Decimal>,
        #[serde(rename = "textAmount", default, skip_serializing_if = "Option::is_none", with = "crate::runtime::decimal::text")]
        text_amount: Option<Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        nested: Option<Box<Derived>>,
    }

    impl From<&Derived> for Ours {
        fn from(d: &Derived) -> Ours {
            Ours {
                id: d.id.clone(),
                r#type: d.r#type.clone(),
                note: d.note.clone(),
                parent: d.parent.clone(),
                count: d.count,
                amount: d.amount,
                fee: d.fee,
                rates: d.rates.clone(),
                limit: d.limit.clone(),
                text_amount: d.text_amount,
                nested: d.nested.as_deref().map(|n| Box::new(Ours::from(n))),
            }
        }
    }

    /// Decodes `text` both ways: the values agree, and so do the errors (path and message).
    fn both(text: &str) -> Result<Ours, JsonError> {
        let ours = from_slice::<Ours>(text.as_bytes());
        let derived = from_slice::<Derived>(text.as_bytes());
        match (&ours, &derived) {
            (Ok(ours), Ok(derived)) => assert_eq!(*ours, Ours::from(derived), "{text}"),
            (Err(ours), Err(derived)) => {
                let derived = JsonError { path: derived.path.clone(), message: derived.message.replace("Derived", "Ours") };
                assert_eq!(*ours, derived, "{text}");
            }
            _ => panic!("{text}: ours {ours:?}, derived {derived:?}"),
        }
        ours
    }

    #[test]
    fn reads_as_the_derive_does() {
        let full = r#"{"id":"a","type":"t","note":null,"parentId":"p","count":3,"amount":10.50,"fee":0.1,"rates":[1.25,2],
            "limit":null,"textAmount":"99.990","nested":{"id":"b","amount":1,"rates":[]},"unknown":{"x":[1,2]}}"#;
        let value = both(full).expect("decodes");
        assert_eq!(value.amount.to_string(), "10.50");
        assert_eq!(value.text_amount.map(|d| d.to_string()).as_deref(), Some("99.990"));
        assert_eq!(value.note, Nullable::Null);
        assert_eq!(value.nested.as_ref().map(|n| (n.count, n.note.clone())), Some((7, Nullable::Absent)));
        let least = both(r#"{"id":"a","amount":1,"rates":[]}"#).expect("decodes");
        assert_eq!((least.parent, least.count, least.limit, least.fee), (None, 7, Nullable::Absent, None));
        // A key with an escape is matched by its value.
        assert_eq!(both(r#"{"\u0069d":"a","amount":1,"rates":[],"textAmount":12}"#).expect("decodes").id, "a");
    }

    #[test]
    fn errors_as_the_derive_does() {
        let cases = [
            (r#"{"amount":1,"rates":[]}"#, "", "missing field `id`"),
            (r#"{"id":"a","id":"b","amount":1,"rates":[]}"#, "id", "duplicate field `id`"),
            (r#"{"id":1,"amount":1,"rates":[]}"#, "id", "invalid type: integer `1`, expected a string"),
            (r#"{"id":"a","amount":1,"rates":[1,"x"]}"#, "rates[1]", ""),
            (r#"{"id":"a","amount":1,"rates":[],"nested":{"id":"b","rates":[]}}"#, "nested", "missing field `amount`"),
            (r#"{"id":"a","amount":1,"rates":[],"count":"many"}"#, "count", ""),
            (r#""text""#, "", "invalid type: string \"text\", expected struct "),
            (r#"{"id":"a","amount":1,"rates":[],"nested":5}"#, "nested", ""),
        ];
        for (text, path, message) in cases {
            let error = both(text).expect_err(text);
            assert_eq!(error.path, path, "{text}");
            assert!(error.message.starts_with(message), "{text}: {}", error.message);
        }
    }

    #[test]
    fn an_array_is_no_struct_and_is_named_at_its_path() {
        // The derive reads an array of the values in order; no JSON API sends that.
        for (text, path) in [(r#"[]"#, ""), (r#"["a",1,[]]"#, ""), (r#"{"id":"a","amount":1,"rates":[],"nested":[{"x":1},2]}"#, "nested")] {
            let error = from_slice::<Ours>(text.as_bytes()).expect_err(text);
            assert_eq!((error.path.as_str(), error.message.as_str()), (path, "invalid type: sequence, expected struct Ours"), "{text}");
        }
        // Text that is not JSON inside the array is still a syntax error.
        let error = from_slice::<Ours>(b"[1,}").expect_err("not JSON");
        assert!(error.message.starts_with("expected value"), "{}", error.message);
    }

    /// Structs named like the macro's own items and type parameters.
    #[derive(Debug, PartialEq)]
    struct A {
        d: Option<D>,
    }
    #[derive(Debug, PartialEq)]
    struct D {
        s: i64,
    }
    #[derive(Debug, PartialEq)]
    struct Visitor {}
    #[derive(Debug, PartialEq)]
    struct S {}
    crate::__object_impls!(A, always, always, (d, "d", optional),);
    crate::__object_impls!(D, always, always, (s, "s", required),);
    crate::__object_impls!(Visitor, always, always);
    crate::__object_impls!(S, always, always);

    #[test]
    fn names_the_macro_uses_are_free_for_structs() {
        let a: A = from_slice(br#"{"d":{"s":1}}"#).expect("decodes");
        assert_eq!(a, A { d: Some(D { s: 1 }) });
        assert_eq!(serde_json::to_string(&a).expect("writes"), r#"{"d":{"s":1}}"#);
        assert_eq!(from_slice::<Visitor>(br#"{"x":1}"#).expect("decodes"), Visitor {});
        assert_eq!(serde_json::to_string(&S {}).expect("writes"), "{}");
    }

    #[test]
    fn writes_as_the_derive_does() {
        let texts = [
            r#"{"id":"a","type":"t","note":null,"parentId":"p","count":3,"amount":10.50,"fee":0.1,"rates":[1.25,2],"limit":3.000,"textAmount":"99.990","nested":{"id":"b","amount":1,"rates":[]}}"#,
            r#"{"id":"a","amount":1,"rates":[]}"#,
            r#"{"id":"a","note":"n","amount":-0.5,"rates":[],"limit":null}"#,
        ];
        for text in texts {
            let derived: Derived = serde_json::from_str(text).expect("decodes");
            let ours = Ours::from(&derived);
            assert_eq!(serde_json::to_string(&ours).expect("writes"), serde_json::to_string(&derived).expect("writes"), "{text}");
            // Through a serializer that is not JSON's writer too: the same value.
            assert_eq!(serde_json::to_value(&ours).expect("writes"), serde_json::to_value(&derived).expect("writes"));
        }
    }

    /// A value that fails to serialize, and one that counts how often it is serialized (both
    /// read as serde reads a unit struct, for the `full-serde` feature's `Deserialize`).
    #[derive(Debug, PartialEq, Deserialize)]
    struct Fails;
    impl Serialize for Fails {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("this value cannot be written"))
        }
    }
    thread_local! {
        static WRITTEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Counted;
    impl Serialize for Counted {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            WRITTEN.with(|written| written.set(written.get() + 1));
            serializer.serialize_unit()
        }
    }
    #[derive(Debug, PartialEq)]
    struct Failing {
        before: Counted,
        bad: Fails,
        after: Counted,
        skipped: Option<Counted>,
    }
    crate::__object_impls!(Failing, always, full_serde, (before, "before", required), (bad, "bad", required), (after, "after", required), (skipped, "skipped", optional));

    #[test]
    fn writing_stops_at_the_first_property_that_fails() {
        let value = Failing { before: Counted, bad: Fails, after: Counted, skipped: None };
        let error = serde_json::to_string(&value).expect_err("a property fails");
        assert_eq!(error.to_string(), "this value cannot be written");
        // `before` was written; nothing after `bad` was.
        assert_eq!(WRITTEN.with(std::cell::Cell::get), 1);
        assert_eq!(serde_json::to_string(&Failing { bad: Fails, ..value }).expect_err("fails again").to_string(), "this value cannot be written");
        assert_eq!(WRITTEN.with(std::cell::Cell::get), 2);
    }
}
