//! A small, strict JSON reader and writer for saved history and export files.
//!
//! Hand-written instead of serde_json because every byte of the wasm counts and the app only
//! needs a value tree. Parsing is total: any text gives a value or an error with the byte
//! offset where reading stopped, never a panic. Nesting is limited so a hostile file cannot
//! exhaust the stack. Object keys keep their order, so a written file reads back unchanged.
//! Numbers are exact decimals ([`Decimal`]), read and written without Rust's float <-> text
//! conversions, which would add about 23 KB (gzip) to the wasm.

use super::decimal::{self, Decimal, ReadError, Syntax};

/// A JSON value. Numbers are exact decimals within the range of a finite `f64` (see
/// [`Decimal`]): the parser refuses one that overflows `f64`, as JavaScript's reader would
/// make it infinite, and one whose significant digits do not fit a `u64` (over 19 digits),
/// which this app never writes.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Decimal),
    String(String),
    Array(Vec<Json>),
    /// Keys in the order they were written. A repeated key is kept; `get` finds the first.
    Object(Vec<(String, Json)>),
}

/// Deeper nesting than this is refused. Our files nest four levels; 64 leaves room for any
/// honest file while keeping recursion far from the wasm stack limit.
pub const MAX_DEPTH: usize = 64;

/// Integers up to 2^53 are exact in an `f64`, so in JavaScript; `as_u64` reads no larger ones,
/// which another program might have rounded.
pub const MAX_EXACT_INTEGER: u64 = 1 << 53;

/// Why a text is not JSON, and where reading stopped (a byte offset into the text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub offset: usize,
    pub kind: JsonErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The text ended in the middle of a value.
    UnexpectedEnd,
    /// A character that cannot start or continue a value here.
    UnexpectedChar(char),
    /// A backslash followed by something JSON does not define.
    InvalidEscape,
    /// A `\u` escape that is not four hex digits, or a lone surrogate.
    InvalidUnicode,
    /// A raw control character inside a string (JSON requires them escaped).
    ControlCharInString,
    /// Not a JSON number, too large for a finite `f64`, or with significant digits that do not
    /// fit a `u64`.
    InvalidNumber,
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
    /// Something other than white space after the value.
    TrailingCharacters,
}

impl Json {
    /// The value of the first `key` of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<Decimal> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// Only an exact, non-negative integer up to `MAX_EXACT_INTEGER` ("3", also "3.0" or
    /// "3e0"): 2.5, -1 or 1e300 are not counts, and reading them as one would silently change
    /// the data.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?
            .to_u64()
            .filter(|n| *n <= MAX_EXACT_INTEGER)
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// A string value.
    pub fn str(s: impl Into<String>) -> Json {
        Json::String(s.into())
    }

    /// A count or timestamp, exactly (values above `MAX_EXACT_INTEGER` are written with an
    /// exponent, and JavaScript would round them).
    pub fn uint(n: u64) -> Json {
        Json::Number(Decimal::from_u64(n))
    }

    /// An object from `(key, value)` pairs, in the order given.
    pub fn object<K: Into<String>>(members: impl IntoIterator<Item = (K, Json)>) -> Json {
        Json::Object(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }
}

/// Reads one JSON value, with optional white space around it.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    parser.skip_white_space();
    let value = parser.value(0)?;
    parser.skip_white_space();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(JsonErrorKind::TrailingCharacters));
    }
    Ok(value)
}

/// Compact JSON text. Numbers are written in their canonical text (see
/// [`Decimal::write_to`]): whole numbers without a fraction ("3", not "3.0").
pub fn write(value: &Json) -> String {
    let mut out = String::new();
    write_into(&mut out, value);
    out
}

fn write_into(out: &mut String, value: &Json) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(true) => out.push_str("true"),
        Json::Bool(false) => out.push_str("false"),
        Json::Number(n) => n.write_to(out),
        Json::String(s) => write_string(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(out, item);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_into(out, item);
            }
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    use std::fmt::Write;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, kind: JsonErrorKind) -> JsonError {
        JsonError {
            offset: self.pos,
            kind,
        }
    }

    /// An error for the character at the current position, or the end of the text.
    fn unexpected(&self) -> JsonError {
        match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(c) => self.error(JsonErrorKind::UnexpectedChar(c)),
            None => self.error(JsonErrorKind::UnexpectedEnd),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_white_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_literal(&mut self, literal: &str, value: Json) -> Result<Json, JsonError> {
        for expected in literal.bytes() {
            if self.peek() != Some(expected) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(self.error(JsonErrorKind::UnexpectedEnd)),
            Some(b'n') => self.expect_literal("null", Json::Null),
            Some(b't') => self.expect_literal("true", Json::Bool(true)),
            Some(b'f') => self.expect_literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(_) => Err(self.unexpected()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonErrorKind::TooDeep));
        }
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_white_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_white_space();
            items.push(self.value(depth)?);
            self.skip_white_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonErrorKind::TooDeep));
        }
        self.pos += 1; // '{'
        let mut members = Vec::new();
        self.skip_white_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_white_space();
            if self.peek() != Some(b'"') {
                return Err(self.unexpected());
            }
            let key = self.string()?;
            self.skip_white_space();
            if self.peek() != Some(b':') {
                return Err(self.unexpected());
            }
            self.pos += 1;
            self.skip_white_space();
            let item = self.value(depth)?;
            members.push((key, item));
            self.skip_white_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        let mut run_start = self.pos;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error(JsonErrorKind::UnexpectedEnd));
            };
            match byte {
                b'"' | b'\\' => {
                    // Both are ASCII, so the run ends on a character boundary.
                    out.push_str(self.text.get(run_start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    if byte == b'"' {
                        return Ok(out);
                    }
                    self.escape(&mut out)?;
                    run_start = self.pos;
                }
                0x00..=0x1f => return Err(self.error(JsonErrorKind::ControlCharInString)),
                _ => self.pos += 1,
            }
        }
    }

    /// Reads the escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let Some(byte) = self.peek() else {
            return Err(self.error(JsonErrorKind::UnexpectedEnd));
        };
        let simple = match byte {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => return Err(self.error(JsonErrorKind::InvalidEscape)),
        };
        self.pos += 1;
        if let Some(c) = simple {
            out.push(c);
            return Ok(());
        }
        let escape_start = self.pos - 2;
        let unit = self.hex4()?;
        let code = match unit {
            0xD800..=0xDBFF => {
                // A high surrogate must be followed by an escaped low one.
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(JsonError {
                        offset: escape_start,
                        kind: JsonErrorKind::InvalidUnicode,
                    });
                }
                self.pos += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(JsonError {
                        offset: escape_start,
                        kind: JsonErrorKind::InvalidUnicode,
                    });
                }
                0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => {
                return Err(JsonError {
                    offset: escape_start,
                    kind: JsonErrorKind::InvalidUnicode,
                })
            }
            _ => unit,
        };
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(())
            }
            None => Err(JsonError {
                offset: escape_start,
                kind: JsonErrorKind::InvalidUnicode,
            }),
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error(JsonErrorKind::InvalidUnicode))?;
            unit = unit * 16 + digit;
            self.pos += 1;
        }
        Ok(unit)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, and in range. A number
    /// outside the grammar is reported where the grammar broke; one out of range at its start.
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or_default();
        match decimal::read(rest, Syntax::Json) {
            Ok((n, len)) => {
                self.pos += len;
                Ok(Json::Number(n))
            }
            Err(e) => Err(JsonError {
                offset: match e {
                    ReadError::Syntax(offset) => start + offset,
                    ReadError::OutOfRange => start,
                },
                kind: JsonErrorKind::InvalidNumber,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A number from its JSON text.
    fn num(text: &str) -> Json {
        Json::Number(Decimal::parse(text, Syntax::Json).unwrap())
    }

    fn err(text: &str) -> JsonError {
        match parse(text) {
            Err(e) => e,
            Ok(v) => panic!("{text:?} parsed as {v:?}"),
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            v,
            Json::object([
                (
                    "a",
                    Json::Array(vec![
                        num("1"),
                        num("-2.5"),
                        num("300"),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("b", Json::object([("c", Json::str("d"))])),
            ])
        );
    }

    #[test]
    fn keeps_key_order_and_finds_the_first_repeated_key() {
        let v = parse(r#"{"z":1,"a":2,"z":3}"#).unwrap();
        let keys: Vec<&str> = v
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(keys, ["z", "a", "z"]);
        assert_eq!(v.get("z").and_then(Json::as_u64), Some(1));
        assert_eq!(v.get("missing"), None);
        assert_eq!(Json::Null.get("z"), None);
    }

    #[test]
    fn reads_every_escape() {
        let v = parse(r#""\" \\ \/ \b \f \n \r \t \u00e9 \u0041""#).unwrap();
        assert_eq!(v.as_str(), Some("\" \\ / \u{8} \u{c} \n \r \t é A"));
    }

    #[test]
    fn reads_a_surrogate_pair_as_one_character() {
        let v = parse(r#""\ud83d\ude00""#).unwrap();
        assert_eq!(v.as_str(), Some("😀"));
        // Raw (unescaped) characters outside ASCII pass through.
        assert_eq!(parse("\"héllo 😀\"").unwrap().as_str(), Some("héllo 😀"));
    }

    #[test]
    fn refuses_lone_surrogates() {
        assert_eq!(err(r#""\ud83d""#).kind, JsonErrorKind::InvalidUnicode);
        assert_eq!(err(r#""\ud83dx""#).kind, JsonErrorKind::InvalidUnicode);
        assert_eq!(err(r#""\ud83d\u0041""#).kind, JsonErrorKind::InvalidUnicode);
        assert_eq!(err(r#""\ude00""#).kind, JsonErrorKind::InvalidUnicode);
        assert_eq!(err(r#""\u12g4""#).kind, JsonErrorKind::InvalidUnicode);
        assert_eq!(err(r#""\u12"#).kind, JsonErrorKind::InvalidUnicode);
    }

    #[test]
    fn refuses_unknown_escapes_and_raw_control_characters() {
        assert_eq!(err(r#""\x""#).kind, JsonErrorKind::InvalidEscape);
        assert_eq!(err(r#""\'""#).kind, JsonErrorKind::InvalidEscape);
        assert_eq!(err("\"a\nb\"").kind, JsonErrorKind::ControlCharInString);
        assert_eq!(err("\"a\tb\"").kind, JsonErrorKind::ControlCharInString);
    }

    #[test]
    fn refuses_numbers_outside_the_grammar() {
        for text in [
            "01",
            "-",
            "+1",
            "1.",
            ".5",
            "1e",
            "1e+",
            "--1",
            "0x10",
            "NaN",
            "Infinity",
            "-Infinity",
        ] {
            assert!(parse(text).is_err(), "{text} should be refused");
        }
        assert_eq!(err("1e400").kind, JsonErrorKind::InvalidNumber);
        assert_eq!(err("-1e400").kind, JsonErrorKind::InvalidNumber);
        assert_eq!(parse("-0").unwrap(), num("0"));
        assert_eq!(parse("1E-2").unwrap(), num("0.01"));
        // What f64 would round to zero reads as zero, as it did.
        assert_eq!(parse("1e-400").unwrap(), num("0"));
        // More digits than an exact u64 mantissa holds (this app never writes such a number).
        assert_eq!(
            err("0.12345678901234567890123").kind,
            JsonErrorKind::InvalidNumber
        );
    }

    #[test]
    fn reports_where_a_number_broke_the_grammar() {
        let invalid = |offset| JsonError {
            offset,
            kind: JsonErrorKind::InvalidNumber,
        };
        assert_eq!(err("[1.]"), invalid(3));
        assert_eq!(err("[1e+]"), invalid(4));
        assert_eq!(err(" -x"), invalid(2));
        // Out of range: at the number's start.
        assert_eq!(err("[0, -1e400]"), invalid(4));
        // "01" is the number 0 and then something else, as in JSON.
        assert_eq!(
            err("01"),
            JsonError {
                offset: 1,
                kind: JsonErrorKind::TrailingCharacters
            }
        );
        assert_eq!(err("[01]").kind, JsonErrorKind::UnexpectedChar('1'));
    }

    #[test]
    fn reports_where_reading_stopped() {
        assert_eq!(
            err(r#"{"a": tru}"#),
            JsonError {
                offset: 9,
                kind: JsonErrorKind::UnexpectedChar('}')
            }
        );
        assert_eq!(
            err("[1, 2"),
            JsonError {
                offset: 5,
                kind: JsonErrorKind::UnexpectedEnd
            }
        );
        assert_eq!(err("[1 2]").offset, 3);
        assert_eq!(
            err("1 2"),
            JsonError {
                offset: 2,
                kind: JsonErrorKind::TrailingCharacters
            }
        );
        assert_eq!(err("").kind, JsonErrorKind::UnexpectedEnd);
        assert_eq!(err("   ").offset, 3);
        assert_eq!(err("\"abc").kind, JsonErrorKind::UnexpectedEnd);
        assert_eq!(err("{\"a\" 1}").kind, JsonErrorKind::UnexpectedChar('1'));
        assert_eq!(err("{1:2}").kind, JsonErrorKind::UnexpectedChar('1'));
        assert_eq!(err("[1,]").kind, JsonErrorKind::UnexpectedChar(']'));
        assert_eq!(err("é").kind, JsonErrorKind::UnexpectedChar('é'));
    }

    #[test]
    fn limits_nesting_depth() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(err(&too_deep).kind, JsonErrorKind::TooDeep);
        assert_eq!(err(&too_deep).offset, MAX_DEPTH);
        // Far deeper than any stack could take, and still just an error.
        let hostile = "{\"a\":".repeat(100_000);
        assert_eq!(err(&hostile).kind, JsonErrorKind::TooDeep);
    }

    #[test]
    fn writes_compact_text_with_whole_numbers_plain() {
        let v = Json::object([
            ("n", num("3.0")),
            ("neg", num("-0")),
            ("f", num("1.50")),
            ("ms", Json::uint(1_700_000_000_000)),
            ("big", num("1e300")),
            ("tiny", num("-0.0000000025")),
            ("a", Json::Array(vec![Json::Null, Json::Bool(true)])),
            ("o", Json::object::<&str>([])),
        ]);
        assert_eq!(
            write(&v),
            r#"{"n":3,"neg":0,"f":1.5,"ms":1700000000000,"big":1e300,"tiny":-2.5e-9,"a":[null,true],"o":{}}"#
        );
    }

    #[test]
    fn numbers_are_written_as_they_were_before() {
        // As the earlier f64 writer wrote them, so saved files keep their exact text.
        for text in [
            "0",
            "7",
            "2.5",
            "-6.5",
            "0.1",
            "1700000000000",
            "9007199254740992",
            "9.007199254740994e15",
            "123456789012345.6",
            "0.00001",
            "1e-7",
            "1.7976931348623157e308",
            "5e-324",
        ] {
            assert_eq!(write(&parse(text).unwrap()), text);
        }
        assert_eq!(write(&Json::uint(u64::MAX)), "1.8446744073709551615e19");
    }

    #[test]
    fn escapes_quotes_backslashes_and_control_characters() {
        let s = Json::str("a\"b\\c\nd\u{1}e\u{1f}f\u{7f}/é");
        assert_eq!(write(&s), "\"a\\\"b\\\\c\\nd\\u0001e\\u001ff\u{7f}/é\"");
        assert_eq!(parse(&write(&s)).unwrap(), s);
    }

    #[test]
    fn as_u64_takes_only_exact_non_negative_integers() {
        assert_eq!(num("42").as_u64(), Some(42));
        assert_eq!(num("3.0").as_u64(), Some(3));
        assert_eq!(num("3e0").as_u64(), Some(3));
        assert_eq!(num("0").as_u64(), Some(0));
        assert_eq!(num("-0").as_u64(), Some(0));
        assert_eq!(
            Json::uint(MAX_EXACT_INTEGER).as_u64(),
            Some(MAX_EXACT_INTEGER)
        );
        assert_eq!(Json::uint(MAX_EXACT_INTEGER + 1).as_u64(), None);
        assert_eq!(num("2.5").as_u64(), None);
        assert_eq!(num("-1").as_u64(), None);
        assert_eq!(num("1e300").as_u64(), None);
        assert_eq!(Json::str("42").as_u64(), None);
    }

    #[test]
    fn typed_accessors_refuse_other_kinds() {
        assert_eq!(num("1").as_str(), None);
        assert_eq!(num("1.5").as_number(), Decimal::new(false, 15, -1));
        assert_eq!(Json::Null.as_bool(), None);
        assert_eq!(Json::Bool(true).as_bool(), Some(true));
        assert_eq!(Json::str("x").as_number(), None);
        assert_eq!(Json::Null.as_array(), None);
        assert_eq!(Json::Array(vec![]).as_object(), None);
        assert!(Json::Null.is_null());
        assert!(!Json::Bool(false).is_null());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any value with numbers in range, nested a few levels.
    pub(crate) fn arb_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            crate::core::decimal::arb_decimal().prop_map(Json::Number),
            any::<u64>().prop_map(Json::uint),
            any::<String>().prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
                proptest::collection::vec((any::<String>(), inner), 0..6).prop_map(Json::Object),
            ]
        })
    }

    proptest! {
        #[test]
        fn written_values_read_back_unchanged(v in arb_json()) {
            prop_assert_eq!(parse(&write(&v)), Ok(v));
        }

        #[test]
        fn written_text_is_stable(v in arb_json()) {
            let once = write(&v);
            let twice = parse(&once).map(|v| write(&v));
            prop_assert_eq!(twice, Ok(once));
        }

        #[test]
        fn any_text_gives_a_value_or_an_error(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn json_like_text_gives_a_value_or_an_error_within_the_text(
            text in r#"[\[\]{}",:0-9.eE+\-\\u tfnrl a-f]{0,40}"#
        ) {
            if let Err(e) = parse(&text) {
                prop_assert!(e.offset <= text.len());
            }
        }

        #[test]
        fn integers_are_written_without_a_fraction(n in -(1i64 << 53)..=(1i64 << 53)) {
            let number = Decimal::new(n < 0, n.unsigned_abs(), 0).unwrap();
            prop_assert_eq!(write(&Json::Number(number)), n.to_string());
        }

        /// Number-like text of up to 19 digits is accepted exactly when another strict reader
        /// (serde_json) accepts it, so the grammar and the range are as strict as before.
        #[test]
        fn number_like_text_is_accepted_as_serde_json_accepts_it(
            text in "[-+0-9.eE]{1,8}|-?[0-9]{1,9}(\\.[0-9]{0,9})?([eE][-+]?[0-9]{0,3})?"
        ) {
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            prop_assert_eq!(parse(&text).is_ok(), theirs, "{:?}", text);
        }

        /// Numbers are read where they end, inside any value.
        #[test]
        fn numbers_in_arrays_read_back(items in proptest::collection::vec(crate::core::decimal::arb_decimal(), 0..8)) {
            let v = Json::Array(items.into_iter().map(Json::Number).collect());
            prop_assert_eq!(parse(&write(&v)), Ok(v));
        }
    }
}
