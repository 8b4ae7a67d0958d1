//! Saved documents (the stored history, export files, and any later saved document): the seam to
//! the platform's JSON text, and the envelope every document starts with.
//!
//! The core decides what a document means but never reads or writes JSON text itself: a
//! [`JsonCodec`] does. In the app that is the browser's own `JSON.parse`/`JSON.stringify` with
//! serde-wasm-bindgen (`browser::document::BrowserJson`), so no JSON text code ships in the wasm;
//! in native tests it is serde_json (`tests/support/native_json.rs`). The two agree byte for
//! byte, which `tests/browser_document.rs` checks in a real browser.
//!
//! Every document is a JSON object that starts `{"app": "glute-check", "kind": ..., "schema": N`
//! (`kind` names the document; the stored history, the first document, has none). A document is
//! read in two steps: [`open`] checks the envelope, the version first, as a newer version may
//! have changed everything else; then the caller reads the body with the serde type of that
//! version and converts it forward, one version at a time (v1 -> v2 -> today), e.g.
//!
//! ```ignore
//! let doc = document::open::<J>(text, SESSION_LOG_KIND, SESSION_LOG_VERSION)?;
//! let log: SessionLog = match doc.schema {
//!     1 => J::read::<SessionLogV1>(&doc.value)?.into(),
//!     _ => J::read::<SessionLogV2>(&doc.value)?.into(),
//! };
//! ```
//!
//! Writing is one serde type per document whose first fields are `app`, `kind` and `schema`
//! (see `record::encode_store`), written with [`JsonCodec::write`].

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, MapAccess, Visitor};

use super::decimal::{self, ReadError, Syntax};
use serde::{Deserialize, Deserializer, Serialize};

/// Marks our documents, so a stray file from another app is never read as ours.
pub const APP_ID: &str = "glute-check";

/// Integers up to here are exact in an `f64`, so in JavaScript (`Number.MAX_SAFE_INTEGER`):
/// counts and times above it are refused when read, as another program may have rounded them.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// JSON text to and from serde types. Implemented by the browser edge (`JSON.parse`,
/// `JSON.stringify`, serde-wasm-bindgen) and, for native tests, with serde_json.
pub trait JsonCodec {
    /// A parsed JSON value as the platform holds it (a JS value in the browser): kept to be read
    /// as a type later, or written back as it was found.
    type Value: Serialize + DeserializeOwned;

    /// Parses JSON text as the platform does (`JSON.parse`, `serde_json::from_str`). Call
    /// [`JsonCodec::parse`] instead, which screens the text first.
    fn parse_json(text: &str) -> Result<Self::Value, NotJson>;

    /// Parses JSON text: refuses anything that is not one JSON value, and what [`screen`]
    /// refuses, so every codec accepts the same texts.
    fn parse(text: &str) -> Result<Self::Value, NotJson> {
        screen(text)?;
        Self::parse_json(text)
    }

    /// Reads a parsed value as `T`.
    fn read<T: DeserializeOwned>(value: &Self::Value) -> Result<T, FieldError>;

    /// Compact JSON text, as `JSON.stringify` writes it (no white space, members in field order).
    fn write<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError>;
}

/// Deeper nesting than this is refused. Our documents nest four levels; 64 leaves room for any
/// honest file while keeping the readers' recursion far from the wasm stack's end.
pub const MAX_DEPTH: usize = 64;

/// Refuses the JSON texts that the platforms' readers would treat differently, or that could
/// harm the app, before either reads them: nesting deeper than [`MAX_DEPTH`] (a hostile file
/// must not exhaust the stack while it is read into types), a number beyond a finite `f64` or
/// with more significant digits than a `u64` holds (`JSON.parse` makes the first infinite,
/// serde_json refuses it; this app writes neither), and a `\u` escape of half a surrogate pair
/// (`JSON.parse` keeps it, serde_json refuses it). Every earlier version of the app refused all
/// of these too. Only looks at brackets, strings and numbers: whether the rest is JSON is for
/// the platform's reader to say.
pub fn screen(text: &str) -> Result<(), NotJson> {
    let bytes = text.as_bytes();
    let refuse = |why: &str| NotJson(why.to_string());
    let (mut depth, mut i) = (0usize, 0);
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(refuse("nested too deeply"));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' => {
                i = string_end(bytes, i + 1).map_err(|_| refuse("half a surrogate pair"))?;
                continue;
            }
            b'-' | b'0'..=b'9' => match decimal::read(&bytes[i..], Syntax::Json) {
                Ok((_, len)) => {
                    i += len;
                    continue;
                }
                Err(ReadError::OutOfRange) => return Err(refuse("a number out of range")),
                Err(ReadError::Syntax(_)) => {}
            },
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Where the string starting at `i` (after its opening quote) ends, after its closing quote (or
/// at the end of an unterminated one); `Err` for an escaped lone surrogate.
fn string_end(bytes: &[u8], mut i: usize) -> Result<usize, ()> {
    let unit = |at: usize| -> Option<u32> {
        let hex = bytes.get(at..at + 4)?;
        let text = std::str::from_utf8(hex).ok()?;
        u32::from_str_radix(text, 16).ok()
    };
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'"' => return Ok(i + 1),
            b'\\' if bytes.get(i + 1) == Some(&b'u') => {
                match unit(i + 2) {
                    Some(0xD800..=0xDBFF) => {
                        let low = (bytes.get(i + 6..i + 8) == Some(b"\\u"))
                            .then(|| unit(i + 8))
                            .flatten();
                        if !matches!(low, Some(0xDC00..=0xDFFF)) {
                            return Err(());
                        }
                        i += 12;
                    }
                    Some(0xDC00..=0xDFFF) => return Err(()),
                    _ => i += 2,
                }
                continue;
            }
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    Ok(i)
}

/// The text is not JSON; what the platform's reader said, for developers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotJson(pub String);

/// A value that could not be read as the type asked for. Which member is at fault is not
/// tracked (that would double the reading code in the wasm): read a document's members one by
/// one where a problem must name its member (see `record::RecordV2::read`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// What serde said, for developers.
    pub message: String,
}

/// A value could not be written (only a number beyond what JavaScript holds exactly can cause
/// this); the text is what the platform said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError(pub String);

/// Why a document as a whole could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    NotJson(NotJson),
    /// JSON, but not an object.
    NotAnObject,
    /// No `"app": "glute-check"`: made by something else.
    OtherApp,
    /// Ours, but not the kind of document asked for.
    OtherKind,
    NoVersion,
    /// A version that is not a whole number from 1, as written (JSON text).
    UnknownVersion(String),
    /// Written by a newer app (saturated to `u32::MAX`): never read as today's format, and never
    /// overwritten.
    NewerVersion(u32),
    /// The envelope is fine, the body is not the type asked for.
    Body(FieldError),
}

/// Reads `T` from any serde reader: both codecs read through this.
pub fn read_with<'de, D, T>(deserializer: D) -> Result<T, FieldError>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map_err(|e| FieldError {
        message: e.to_string(),
    })
}

/// Reads a whole text as `T` with no envelope (a document's body, or a test's value): not JSON,
/// or a problem in the body.
pub fn read_text<J: JsonCodec, T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    let value = J::parse(text).map_err(DocumentError::NotJson)?;
    J::read(&value).map_err(DocumentError::Body)
}

/// A document whose envelope was read: its version and the whole parsed value, for reading the
/// body with that version's type.
pub struct Opened<V> {
    /// From 1 up to the version asked for.
    pub schema: u32,
    pub value: V,
}

/// Which `kind` a document must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind<'a> {
    /// Any kind, or none (the stored history is read whatever `kind` says, as it always was).
    Any,
    /// This one, or none (an export may be given the stored history: it holds the same body).
    OrNone(&'a str),
}

/// The members every document starts with, each kept as found until checked.
#[derive(Deserialize)]
#[serde(bound = "V: DeserializeOwned")]
struct Envelope<V> {
    #[serde(default)]
    app: Option<V>,
    #[serde(default)]
    kind: Option<V>,
    #[serde(default)]
    schema: Option<V>,
}

/// Parses `text` and checks its envelope: the app mark, the version (before anything else that a
/// newer version may have changed), then the kind.
pub fn open<J: JsonCodec>(
    text: &str,
    kind: Kind<'_>,
    current: u32,
) -> Result<Opened<J::Value>, DocumentError> {
    let value = J::parse(text).map_err(DocumentError::NotJson)?;
    let envelope = J::read::<Object<Envelope<J::Value>>>(&value)
        .map_err(|_| DocumentError::NotAnObject)?
        .0;
    let app = envelope.app.and_then(|app| J::read::<String>(&app).ok());
    if app.as_deref() != Some(APP_ID) {
        return Err(DocumentError::OtherApp);
    }
    let schema = envelope.schema.ok_or(DocumentError::NoVersion)?;
    let schema = match J::read::<Count<u64>>(&schema) {
        Ok(Count(v)) if (1..=u64::from(current)).contains(&v) => v as u32,
        Ok(Count(v)) if v > u64::from(current) => {
            return Err(DocumentError::NewerVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        _ => {
            let written = J::write(&schema).unwrap_or_default();
            return Err(DocumentError::UnknownVersion(written));
        }
    };
    if let Kind::OrNone(expected) = kind {
        if let Some(found) = envelope.kind {
            if J::read::<String>(&found).ok().as_deref() != Some(expected) {
                return Err(DocumentError::OtherKind);
            }
        }
    }
    Ok(Opened { schema, value })
}

/// A JSON object read as `T`, and nothing else: derived structs would also take an array (its
/// items in field order) from some readers, and a browser's arrays are objects too.
#[derive(Clone, Debug, PartialEq)]
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = Object<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Object<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }
        // `deserialize_any`: every reader tells an object from an array there.
        deserializer.deserialize_any(ObjectVisitor(PhantomData))
    }
}

/// A count or time: a whole, non-negative number up to [`MAX_SAFE_INTEGER`] that fits `T`, in
/// any JSON form of it ("3", "3.0", "3e0"), as every version of the app read them. Read the same
/// whether the reader reports it as an integer or a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count<T>(pub T);

impl<'de, T: TryFrom<u64>> Deserialize<'de> for Count<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountVisitor<T>(PhantomData<T>);
        impl<T: TryFrom<u64>> Visitor<'_> for CountVisitor<T> {
            type Value = Count<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count<T>, E> {
                match T::try_from(v) {
                    Ok(n) if v <= MAX_SAFE_INTEGER => Ok(Count(n)),
                    _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
                }
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count<T>, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
                }
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count<T>, E> {
                // Exact for every whole number up to 2^53; NaN fails both comparisons.
                if v >= 0.0 && v <= MAX_SAFE_INTEGER as f64 && v == (v as u64) as f64 {
                    self.visit_u64(v as u64)
                } else {
                    Err(E::invalid_value(de::Unexpected::Float(v), &self))
                }
            }
        }
        deserializer.deserialize_any(CountVisitor(PhantomData))
    }
}

impl<T: Serialize> Serialize for Object<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// A JSON array read as a list of `T`, and nothing else (a browser reader would take any
/// iterable, a string too, as a sequence).
#[derive(Clone, Debug, PartialEq)]
pub struct List<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(List(items))
            }
        }
        deserializer.deserialize_any(ListVisitor(PhantomData))
    }
}

impl<T: Serialize> Serialize for Count<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// serde_json as the codec, for the core's own tests (shared with the integration tests).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../../tests/support/native_json.rs"]
pub(crate) mod native_json;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::native_json::NativeJson;
    use super::*;

    #[test]
    fn screening_refuses_deep_nesting_at_the_limit() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert_eq!(screen(&ok), Ok(()));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(screen(&deep).is_err());
        // Far deeper than any stack could take, and still just an error.
        assert!(NativeJson::parse(&"{\"a\":".repeat(100_000)).is_err());
        // Brackets inside strings are text.
        let in_text = format!("[\"{}\"]", "[".repeat(100));
        assert!(NativeJson::parse(&in_text).is_ok());
    }

    #[test]
    fn screening_refuses_numbers_out_of_range_outside_strings_only() {
        for text in ["1e400", "[-1e400]", "{\"a\":0.12345678901234567890123}"] {
            assert!(screen(text).is_err(), "{text}");
        }
        for text in [
            "\"1e400\"",
            "1e-400",
            "1.7976931348623157e308",
            "[1,-2.5e-3]",
            "01",
        ] {
            assert_eq!(screen(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn screening_refuses_lone_surrogate_escapes() {
        for text in [
            r#""\ud83d""#,
            r#""\ud83dx""#,
            r#""\ud83d\u0041""#,
            r#""\ude00""#,
        ] {
            assert!(screen(text).is_err(), "{text}");
        }
        for text in [
            r#""\ud83d\ude00""#,
            r#""\\ud83d""#,
            r#""\u00e9\"\\""#,
            "\"unterminated",
        ] {
            assert_eq!(screen(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn the_envelope_is_read_version_first() {
        let open = |text: &str| open::<NativeJson>(text, Kind::OrNone("log"), 2).map(|d| d.schema);
        assert_eq!(
            open(r#"{"app":"glute-check","kind":"log","schema":2}"#),
            Ok(2)
        );
        assert_eq!(open(r#"{"app":"glute-check","schema":1.0}"#), Ok(1));
        assert_eq!(
            open(r#"{"app":"glute-check","kind":"other","schema":3}"#),
            Err(DocumentError::NewerVersion(3))
        );
        assert_eq!(
            open(r#"{"app":"glute-check","kind":"other","schema":2}"#),
            Err(DocumentError::OtherKind)
        );
        assert_eq!(
            open(r#"{"app":"glute-check","schema":1e3}"#),
            Err(DocumentError::NewerVersion(1000))
        );
        assert_eq!(
            open(r#"{"app":"glute-check","schema":-1}"#),
            Err(DocumentError::UnknownVersion("-1".into()))
        );
        assert_eq!(open(r#"{"schema":1}"#), Err(DocumentError::OtherApp));
        assert_eq!(
            open(r#"["glute-check",null,1]"#),
            Err(DocumentError::NotAnObject)
        );
        assert!(matches!(open("{"), Err(DocumentError::NotJson(_))));
    }

    #[test]
    fn counts_are_whole_safe_numbers_in_any_form() {
        let count = |text: &str| read_text::<NativeJson, Count<u16>>(text).map(|c| c.0).ok();
        assert_eq!(count("3"), Some(3));
        assert_eq!(count("3.0"), Some(3));
        assert_eq!(count("3e0"), Some(3));
        assert_eq!(count("-0"), Some(0));
        assert_eq!(count("2.5"), None);
        assert_eq!(count("-1"), None);
        assert_eq!(count("70000"), None);
        assert_eq!(count("\"3\""), None);
        let time = |text: &str| read_text::<NativeJson, Count<u64>>(text).map(|c| c.0).ok();
        assert_eq!(time("9007199254740991"), Some(MAX_SAFE_INTEGER));
        assert_eq!(time("9007199254740992"), None);
    }

    #[test]
    fn objects_and_lists_are_only_objects_and_lists() {
        let object = |t: &str| read_text::<NativeJson, Object<Envelope<serde_json::Value>>>(t);
        assert!(object(r#"{"app":1}"#).is_ok());
        for text in ["[]", "[1,2,3]", "\"app\"", "null", "3"] {
            assert!(
                matches!(object(text), Err(DocumentError::Body(_))),
                "{text}"
            );
        }
        let list = |t: &str| read_text::<NativeJson, List<u8>>(t).map(|l| l.0);
        assert_eq!(list("[1,2]").ok(), Some(vec![1, 2]));
        for text in ["\"ab\"", "{}", "null"] {
            assert!(list(text).is_err(), "{text}");
        }
    }
}
