//! What every open enum of the generated code implements, written once: `Display`, conversions
//! from the wire value (an unknown one is kept in `Unknown`, never an error), and serde as that
//! value.
//!
//! The generated code declares each enum with its variants' docs, and gives one of these macros
//! the enum's whole vocabulary, each variant with its wire value; the macro writes the wire
//! value of a variant (`as_str` / `as_i64`, public), the known variant of a wire value
//! (`from_wire`, `None` when it is unknown), and the rest from them.

/// The impls of an open enum of strings (`Unknown(String)`):
/// `string_enum_impls!(Name, (Read, "read"), (Write, "write"));` (pairs in parentheses, which
/// the formatter of the generated code never splits).
#[doc(hidden)]
#[macro_export]
macro_rules! __open_string_enum_impls {
    ($name:ident $(, ($variant:ident, $value:literal))* $(,)?) => {
        impl $name {
            /// The value as written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            fn from_wire(value: &str) -> ::std::option::Option<Self> {
                match value {
                    $($value => ::std::option::Option::Some(Self::$variant),)*
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match Self::from_wire(value) {
                    ::std::option::Option::Some(known) => known,
                    ::std::option::Option::None => Self::Unknown(::std::string::String::from(value)),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                // Matched by reference; an unknown value then moves in whole (no copy).
                match Self::from_wire(&value) {
                    ::std::option::Option::Some(known) => known,
                    ::std::option::Option::None => Self::Unknown(value),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(Self::from(value))
            }
        }
    };
}

/// The impls of an open enum of integers (`Unknown(i64)`):
/// `integer_enum_impls!(Name, (V1, 1), (Minus1, -1));`.
#[doc(hidden)]
#[macro_export]
macro_rules! __open_integer_enum_impls {
    ($name:ident $(, ($variant:ident, $value:literal))* $(,)?) => {
        impl $name {
            /// The value as written on the wire.
            pub fn as_i64(&self) -> i64 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => *value,
                }
            }

            fn from_wire(value: i64) -> ::std::option::Option<Self> {
                match value {
                    $($value => ::std::option::Option::Some(Self::$variant),)*
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.as_i64(), f)
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match Self::from_wire(value) {
                    ::std::option::Option::Some(known) => known,
                    ::std::option::Option::None => Self::Unknown(value),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.as_i64())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <i64 as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(Self::from(value))
            }
        }
    };
}

// Exported (hidden) so that generated code compiled in another crate against this runtime, as the
// project's tests do, reaches them by the same path.
#[doc(hidden)]
pub use crate::{__open_integer_enum_impls as integer_enum_impls, __open_string_enum_impls as string_enum_impls};
