//! The native twin of `src/browser/document.rs`, for native tests: JSON text read and written
//! with serde_json (a dev-dependency only: it never reaches the wasm), written byte for byte as
//! the browser's `JSON.stringify` writes it, and read into the same serde calls as
//! serde-wasm-bindgen makes. `tests/browser_document.rs` checks in a real browser that the two
//! agree.
//!
//! Included by the library's own tests (from `core::document`) and by integration tests
//! (`mod support { pub use glute_check::core::document::*; mod native_json; }`), so it names
//! the core's items through `super`.
#![allow(dead_code)]

use std::io;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::{read_text, read_with, DocumentError, FieldError, JsonCodec, NotJson, WriteError};

/// serde_json as the core's codec, in place of the browser's JSON.
pub struct NativeJson;

impl JsonCodec for NativeJson {
    type Value = serde_json::Value;

    fn parse_json(text: &str) -> Result<serde_json::Value, NotJson> {
        let mut value = serde_json::from_str(text).map_err(|e| NotJson(e.to_string()))?;
        as_javascript_numbers(&mut value);
        Ok(value)
    }

    fn read<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, FieldError> {
        read_with(value)
    }

    fn write<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
        to_json_text(value)
    }
}

/// Integers beyond ±(2^53 - 1) as the nearest `f64`, as `JSON.parse` holds every number.
fn as_javascript_numbers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if (n.is_u64() || n.is_i64()) && !n.as_f64().is_some_and(is_safe) => {
            if let Some(x) = n.as_f64().and_then(serde_json::Number::from_f64) {
                *n = x;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(as_javascript_numbers),
        Value::Object(members) => members.values_mut().for_each(as_javascript_numbers),
        _ => {}
    }
}

fn is_safe(x: f64) -> bool {
    x.abs() <= MAX_SAFE as f64
}

/// As `browser::document::to_json_text`: the text `JSON.stringify` would write for the value
/// serde-wasm-bindgen makes.
pub fn to_json_text<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, JsFormatter);
    value
        .serialize(&mut serializer)
        .map_err(|e| WriteError(e.to_string()))?;
    String::from_utf8(out).map_err(|e| WriteError(e.to_string()))
}

/// As `browser::document::from_json_text`.
pub fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    read_text::<NativeJson, T>(text)
}

/// serde_json's compact output, with numbers as JavaScript writes them: integers only within
/// ±(2^53 - 1) (serde-wasm-bindgen refuses others), floats by `Number.prototype.toString`.
/// Strings are escaped alike already (`\"`, `\\`, `\b\f\n\r\t`, other controls as `\u00xx`).
struct JsFormatter;

const MAX_SAFE: u64 = (1 << 53) - 1;

fn unsafe_integer(n: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("{n} can't be represented as a JavaScript number"))
}

impl serde_json::ser::Formatter for JsFormatter {
    fn write_u64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: u64) -> io::Result<()> {
        if value > MAX_SAFE {
            return Err(unsafe_integer(value));
        }
        write!(writer, "{value}")
    }

    fn write_i64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: i64) -> io::Result<()> {
        if value.unsigned_abs() > MAX_SAFE {
            return Err(unsafe_integer(value));
        }
        write!(writer, "{value}")
    }

    fn write_u128<W: ?Sized + io::Write>(&mut self, w: &mut W, value: u128) -> io::Result<()> {
        match u64::try_from(value) {
            Ok(v) => self.write_u64(w, v),
            Err(_) => Err(unsafe_integer(value)),
        }
    }

    fn write_i128<W: ?Sized + io::Write>(&mut self, w: &mut W, value: i128) -> io::Result<()> {
        match i64::try_from(value) {
            Ok(v) => self.write_i64(w, v),
            Err(_) => Err(unsafe_integer(value)),
        }
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f32) -> io::Result<()> {
        self.write_f64(w, f64::from(value))
    }

    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        w.write_all(js_number_text(value).as_bytes())
    }
}

/// `Number.prototype.toString()` of a finite number (ECMAScript's Number::toString): the
/// shortest digits that read back as the number (Rust's `{:e}` finds the same ones), placed
/// plainly from 1e-7 up to 1e21 and with an exponent outside.
pub fn js_number_text(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    let exp_form = format!("{:e}", value.abs());
    let (mantissa, exponent) = exp_form.split_once('e').expect("{:e} writes an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exponent.parse::<i32>().expect("a whole exponent") + 1;
    let sign = if value < 0.0 { "-" } else { "" };
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let rest = if k > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let e = n - 1;
        format!(
            "{}{rest}e{}{}",
            &digits[..1],
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    format!("{sign}{body}")
}
