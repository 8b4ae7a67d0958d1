//! Exact decimal numbers, read from text and written back as text with integer arithmetic only.
//!
//! Why not `f64`: Rust's float <-> text conversions (`core::num::flt2dec` behind `{}`, `{:.1}`
//! and `{:e}` of a float, `core::num::dec2flt` behind `str::parse::<f64>`) put about 23 KB
//! (gzip) of tables and code into the wasm. The app never computes with a number it reads from
//! text beyond comparing and rounding it, which is exact here, and it writes its chart
//! coordinates with [`tenths`], which needs no float formatting either.
//!
//! A [`Decimal`] is `mantissa * 10^exponent` with a sign, normalised (no trailing zero digit in
//! the mantissa; zero is `0 * 10^0` and never negative), so equal numbers are equal values and
//! are written alike: "3", "3.0", "30e-1" and "0.3e1" are one number, written "3".
//!
//! Limits, chosen so that everything the earlier `f64` code read still reads:
//! - Significant digits that fit a `u64` (any 19, some 20; leading and trailing zeros do not
//!   count). A longer number is refused as out of range: it cannot be kept exactly, and this
//!   app never writes one (the shortest text of an `f64` has at most 17 digits).
//! - The range of a finite `f64`: a number that `f64` would round to infinity (from
//!   2^1024 - 2^970, about 1.8e308) is refused, as before; one that `f64` would round to zero
//!   (up to 2^-1075, about 2.5e-324) reads as 0, as before. Everything else keeps its exact
//!   value, where an `f64` kept only the nearest binary fraction.

use std::cmp::Ordering;

/// An exact decimal number (see the module documentation for its limits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// Never true for zero.
    negative: bool,
    /// No trailing zero digit; 0 only for zero.
    mantissa: u64,
    /// 0 for zero. Always within -343..=308 (see `from_parts`).
    exponent: i16,
}

/// The grammar a number is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// JSON: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    Json,
    /// As people type, and as Rust's `f64::from_str` reads it (less `inf` and `NaN`):
    /// `[+-]? ([0-9]+ (. [0-9]*)? | . [0-9]+) ([eE] [+-]? [0-9]+)?`, so "+1", ".5" and "1." too.
    Typed,
}

/// Why no number was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The text breaks the grammar at this byte offset.
    Syntax(usize),
    /// Written correctly, but too long to keep exactly or too large for a finite `f64`.
    OutOfRange,
}

/// Whole numbers up to here are written digit by digit, as JavaScript does (they are exact in
/// an `f64`); larger ones in the exponent form, as the earlier `f64` writer did.
const PLAIN_INTEGER_MAX: u64 = 1 << 53;
/// Fractions of a magnitude from 10^-5 up to (not including) 10^15 are written plainly;
/// outside, the exponent form avoids long runs of zeros (the earlier writer's rule).
const PLAIN_FRACTION_ORDERS: std::ops::RangeInclusive<i32> = -5..=14;

/// `f64` rounds numbers at or above 2^1024 - 2^970 = 1.79769313486231580793...e308 to
/// infinity. This is one more than that threshold's first 20 digits (its later digits are not
/// all zero): a mantissa padded to 20 digits is below the threshold exactly when it is below
/// this.
const OVERFLOW_PADDED: u128 = 17_976_931_348_623_158_080;
/// `f64` rounds numbers at or below 2^-1075 = 2.47032822920623272088...e-324 to zero. This is
/// that threshold's first 20 digits: a padded mantissa at or below this is below the threshold,
/// one above it is above.
const UNDERFLOW_PADDED: u128 = 24_703_282_292_062_327_208;
/// The order of magnitude (the exponent of the first digit) of those two thresholds.
const OVERFLOW_ORDER: i64 = 308;
const UNDERFLOW_ORDER: i64 = -324;

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        negative: false,
        mantissa: 0,
        exponent: 0,
    };

    /// `±mantissa * 10^exponent`; `None` where reading its text would be refused (see the
    /// module documentation), so every `Decimal` can be written and read back unchanged.
    pub fn new(negative: bool, mantissa: u64, exponent: i32) -> Option<Decimal> {
        from_parts(negative, mantissa, i64::from(exponent))
    }

    /// A whole number; every `u64` is in range.
    pub fn from_u64(n: u64) -> Decimal {
        from_parts(false, n, 0).unwrap_or(Decimal::ZERO)
    }

    /// Reads a whole text in the given grammar (no white space around it).
    pub fn parse(text: &str, syntax: Syntax) -> Result<Decimal, ReadError> {
        // A text that breaks the grammar is reported as such even when its number is out of
        // range ("1e999x").
        match scan(text.as_bytes(), syntax)? {
            (n, end) if end == text.len() => n,
            (_, end) => Err(ReadError::Syntax(end)),
        }
    }

    pub fn is_negative(self) -> bool {
        self.negative
    }

    /// The number as a `u64` when it is a whole, non-negative number that fits one.
    pub fn to_u64(self) -> Option<u64> {
        if self.negative {
            return None;
        }
        self.whole_magnitude()
    }

    /// The whole number of halves nearest to this number, a tie rounded up: 1.2 is 2 halves,
    /// 1.25 is 3, 1.74 is 3. The same as `(x * 2.0).round()` of an `f64` (which rounds
    /// halves away from zero), but exact. `None` for a negative number or more than `u64`.
    pub fn to_halves(self) -> Option<u64> {
        if self.negative {
            return None;
        }
        if self.exponent >= 0 {
            return self.whole_magnitude()?.checked_mul(2);
        }
        let Some(scale) = pow10(-i64::from(self.exponent)) else {
            // At most u64::MAX / 10^20 < 0.19: twice that is nearer to 0 than to 1.
            return Some(0);
        };
        let (whole, rest) = (self.mantissa / scale, self.mantissa % scale);
        // Twice the fraction rest/scale, rounded: 0 below 1/4, 1 up to 3/4, 2 from there.
        let quarters = u128::from(rest) * 4;
        let scale = u128::from(scale);
        let extra = if quarters < scale {
            0
        } else if quarters < 3 * scale {
            1
        } else {
            2
        };
        whole.checked_mul(2)?.checked_add(extra)
    }

    /// The number an `f64` holds, as JavaScript and serde hand over a JSON number. Exact to 19
    /// significant digits (truncated beyond: an `f64` that is not a whole number has a nonzero
    /// digit among its first 17, so a fraction stays a fraction and rounds as before). Numbers
    /// below about 4e-22 in size read as 1e-22 and ones from 2^64 on keep their first 15
    /// digits: no answer is near either. `None` for infinity and NaN.
    pub fn from_f64(x: f64) -> Option<Decimal> {
        if !x.is_finite() {
            return None;
        }
        let bits = x.to_bits();
        let negative = bits >> 63 == 1;
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (mut mantissa, mut exponent) = match biased {
            0 => (fraction, -1074),
            _ => (fraction | 1 << 52, biased - 1075),
        };
        if mantissa == 0 {
            return Some(Decimal::ZERO);
        }
        let zeros = mantissa.trailing_zeros();
        mantissa >>= zeros;
        exponent += zeros as i32;
        // x = ±mantissa * 2^exponent, the mantissa odd and below 2^53.
        if exponent >= 0 {
            if mantissa.leading_zeros() >= exponent as u32 {
                return Decimal::new(negative, mantissa << exponent, 0);
            }
            // 2^64 and more: scale down by tens (each step exact to the last bit or two).
            let (mut magnitude, mut tens) = (x.abs(), 0);
            while magnitude >= 1e15 {
                magnitude /= 10.0;
                tens += 1;
            }
            return Decimal::new(negative, magnitude as u64, tens);
        }
        let shift = (-exponent) as u32;
        if shift > 124 {
            return Decimal::new(negative, 1, -22);
        }
        // Long division by 2^shift: the whole part, then one decimal digit at a time.
        let mask = (1u128 << shift) - 1;
        let whole = (u128::from(mantissa) >> shift) as u64;
        let mut rest = u128::from(mantissa) & mask;
        let (mut digits, mut significant, mut tens) = (whole, 0, 0);
        let mut n = whole;
        while n > 0 {
            significant += 1;
            n /= 10;
        }
        while rest != 0 && significant < 19 {
            rest *= 10;
            digits = digits * 10 + (rest >> shift) as u64;
            rest &= mask;
            tens -= 1;
            if digits != 0 {
                significant += 1;
            }
        }
        Decimal::new(negative, digits, tens)
    }

    /// The `f64` nearest to this number, when one IEEE operation finds it exactly (at most 15
    /// significant digits and a power of ten up to 10^22, so JavaScript writes it back with the
    /// same digits); `None` otherwise. No float text conversion is involved.
    pub fn to_f64(self) -> Option<f64> {
        const POWERS: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        if self.mantissa >= 1_000_000_000_000_000 {
            return None;
        }
        let power = *POWERS.get(usize::from(self.exponent.unsigned_abs()))?;
        let mantissa = self.mantissa as f64;
        let magnitude = if self.exponent < 0 {
            mantissa / power
        } else if self.whole_magnitude()? <= 1 << 53 {
            mantissa * power
        } else {
            return None;
        };
        Some(if self.negative { -magnitude } else { magnitude })
    }

    /// The text `write_to` writes, as a new string.
    pub fn to_text(self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    /// Canonical text: whole numbers up to 2^53 plainly ("3", "-12"), fractions of magnitude
    /// 10^-5 to 10^15 plainly ("2.5", "0.00125"), anything else with an exponent ("1e21",
    /// "-2.5e-9", "9.007199254740993e15"). The same text the earlier `f64` writer gave for any
    /// number it wrote; it reads back to the same `Decimal`.
    pub fn write_to(self, out: &mut String) {
        if self.negative {
            out.push('-');
        }
        if let Some(whole) = self.whole_magnitude().filter(|n| *n <= PLAIN_INTEGER_MAX) {
            push_u64(out, whole);
            return;
        }
        let mut buffer = [0u8; 20];
        let digits = digits_of(self.mantissa, &mut buffer);
        let count = digits.len() as i32;
        let exponent = i32::from(self.exponent);
        let order = exponent + count - 1;
        if exponent < 0 && PLAIN_FRACTION_ORDERS.contains(&order) {
            // A fraction (the exponent is negative), so some digits follow the point.
            if order >= 0 {
                let split = (order + 1) as usize;
                push_ascii(out, &digits[..split]);
                out.push('.');
                push_ascii(out, &digits[split..]);
            } else {
                out.push_str("0.");
                for _ in 1..-order {
                    out.push('0');
                }
                push_ascii(out, digits);
            }
        } else {
            push_ascii(out, &digits[..1]);
            if digits.len() > 1 {
                out.push('.');
                push_ascii(out, &digits[1..]);
            }
            out.push('e');
            if order < 0 {
                out.push('-');
            }
            push_u64(out, u64::from(order.unsigned_abs()));
        }
    }

    /// The magnitude as a `u64` when it is whole and fits one.
    fn whole_magnitude(self) -> Option<u64> {
        let scale = pow10(i64::from(self.exponent))?;
        self.mantissa.checked_mul(scale)
    }

    /// Compares magnitudes, ignoring the signs.
    fn cmp_magnitude(self, other: Decimal) -> Ordering {
        match (self.mantissa, other.mantissa) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Less,
            (_, 0) => Ordering::Greater,
            _ => {
                let (a_order, a_padded) = order_and_padded(self.mantissa, self.exponent.into());
                let (b_order, b_padded) = order_and_padded(other.mantissa, other.exponent.into());
                a_order.cmp(&b_order).then(a_padded.cmp(&b_padded))
            }
        }
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(*other),
            (true, true) => other.cmp_magnitude(*self),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Reads the number at the start of `bytes` and returns it with the number of bytes it took.
/// Reading stops at the first byte that cannot continue the number (JSON's "01" is the number 0
/// followed by "1", as in JSON itself); an error names the offset where the grammar broke.
pub fn read(bytes: &[u8], syntax: Syntax) -> Result<(Decimal, usize), ReadError> {
    let (n, end) = scan(bytes, syntax)?;
    Ok((n?, end))
}

/// A number that follows the grammar: its value (or why it is out of range), and where it ends.
type Scanned = (Result<Decimal, ReadError>, usize);

/// Reads the number at the start of `bytes` by the grammar, or says where the grammar broke.
fn scan(bytes: &[u8], syntax: Syntax) -> Result<Scanned, ReadError> {
    let at = |pos: usize| bytes.get(pos).copied();
    let negative = at(0) == Some(b'-');
    let signed = negative || (syntax == Syntax::Typed && at(0) == Some(b'+'));
    let mut pos = usize::from(signed);
    let mut digits = Digits::default();

    let integer_start = pos;
    match (syntax, at(pos)) {
        // JSON: a leading 0 stands alone.
        (Syntax::Json, Some(b'0')) => pos += 1,
        (Syntax::Json, Some(b'1'..=b'9')) | (Syntax::Typed, _) => {
            pos = digits.read(bytes, pos, false);
        }
        (Syntax::Json, _) => return Err(ReadError::Syntax(pos)),
    }
    let mut any_digit = pos > integer_start;
    if at(pos) == Some(b'.') {
        pos += 1;
        let fraction_start = pos;
        pos = digits.read(bytes, pos, true);
        let fraction = pos > fraction_start;
        if syntax == Syntax::Json && !fraction {
            return Err(ReadError::Syntax(pos));
        }
        any_digit |= fraction;
    }
    if !any_digit {
        // Typed: no digit before or after the point ("", "+", ".", "e5").
        return Err(ReadError::Syntax(pos));
    }
    let mut exponent: i64 = 0;
    if let Some(b'e' | b'E') = at(pos) {
        pos += 1;
        let exponent_negative = match at(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        if !matches!(at(pos), Some(b'0'..=b'9')) {
            return Err(ReadError::Syntax(pos));
        }
        while let Some(digit @ b'0'..=b'9') = at(pos) {
            // Saturates far beyond any exponent in range, and far below overflowing an i64
            // even with the digit counts of the longest text added to it.
            if exponent < EXPONENT_SATURATION {
                exponent = exponent * 10 + i64::from(digit - b'0');
            }
            pos += 1;
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    Ok((digits.finish(negative, exponent), pos))
}

const EXPONENT_SATURATION: i64 = 1 << 53;

/// The significant digits of a number as they are read.
#[derive(Default)]
struct Digits {
    mantissa: u64,
    /// Zeros read after the last non-zero digit, not yet in the mantissa.
    pending_zeros: i64,
    /// Minus the number of digits read after the point.
    scale: i64,
    too_long: bool,
}

impl Digits {
    /// Reads a run of digits from `pos`; returns where it ends.
    fn read(&mut self, bytes: &[u8], mut pos: usize, after_point: bool) -> usize {
        while let Some(digit @ b'0'..=b'9') = bytes.get(pos).copied() {
            self.push(digit - b'0', after_point);
            pos += 1;
        }
        pos
    }

    fn push(&mut self, digit: u8, after_point: bool) {
        if after_point {
            self.scale -= 1;
        }
        if self.too_long {
            return;
        }
        if digit == 0 {
            // Leading zeros say nothing; trailing ones wait until a non-zero digit follows.
            if self.mantissa != 0 {
                self.pending_zeros += 1;
            }
            return;
        }
        let mut mantissa = self.mantissa;
        for _ in 0..=self.pending_zeros {
            match mantissa.checked_mul(10) {
                Some(m) => mantissa = m,
                None => {
                    self.too_long = true;
                    return;
                }
            }
        }
        match mantissa.checked_add(u64::from(digit)) {
            Some(m) => {
                self.mantissa = m;
                self.pending_zeros = 0;
            }
            None => self.too_long = true,
        }
    }

    fn finish(self, negative: bool, exponent: i64) -> Result<Decimal, ReadError> {
        if self.too_long {
            return Err(ReadError::OutOfRange);
        }
        from_parts(
            negative,
            self.mantissa,
            exponent + self.scale + self.pending_zeros,
        )
        .ok_or(ReadError::OutOfRange)
    }
}

/// A normalised decimal, or `None` when it is too large for a finite `f64`; one `f64` would
/// round to zero is zero.
fn from_parts(negative: bool, mut mantissa: u64, mut exponent: i64) -> Option<Decimal> {
    if mantissa == 0 {
        return Some(Decimal::ZERO);
    }
    while mantissa.is_multiple_of(10) {
        mantissa /= 10;
        exponent += 1;
    }
    let (order, padded) = order_and_padded(mantissa, exponent);
    if order > OVERFLOW_ORDER || (order == OVERFLOW_ORDER && padded >= OVERFLOW_PADDED) {
        return None;
    }
    if order < UNDERFLOW_ORDER || (order == UNDERFLOW_ORDER && padded <= UNDERFLOW_PADDED) {
        return Some(Decimal::ZERO);
    }
    // The order is within -324..=308 and the mantissa has at most 20 digits, so the exponent
    // is within -343..=308.
    Some(Decimal {
        negative,
        mantissa,
        exponent: i16::try_from(exponent).ok()?,
    })
}

/// The order of magnitude of a non-zero `mantissa * 10^exponent` (the exponent of its first
/// digit), and the mantissa padded with zeros to 20 digits, so that two numbers compare as these
/// pairs do.
fn order_and_padded(mantissa: u64, exponent: i64) -> (i64, u128) {
    let mut count = 1;
    let mut rest = mantissa / 10;
    while rest > 0 {
        count += 1;
        rest /= 10;
    }
    let mut padded = u128::from(mantissa);
    for _ in count..20 {
        padded *= 10;
    }
    (exponent + count - 1, padded)
}

/// 10^n when it fits a `u64` (n within 0..=19).
fn pow10(n: i64) -> Option<u64> {
    10u64.checked_pow(u32::try_from(n).ok()?)
}

/// The decimal digits of `n` (ASCII, no leading zeros, "0" for zero).
fn digits_of(mut n: u64, buffer: &mut [u8; 20]) -> &[u8] {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buffer[start..];
        }
    }
}

fn push_u64(out: &mut String, n: u64) {
    let mut buffer = [0u8; 20];
    push_ascii(out, digits_of(n, &mut buffer));
}

/// Pushes ASCII digits.
fn push_ascii(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| char::from(d)));
}

/// An `f32` with one decimal, exactly as `format!("{x:.1}")` writes it but without Rust's float
/// formatting: "4.2", "-1.5", "4.0", "-0.0" (the sign of a negative zero, or of a negative
/// number that rounds to zero, is kept), "inf", "-inf", "NaN". The exact binary value is
/// rounded to the nearest tenth; an exact tie (x.25 or x.75, the only ties a binary fraction
/// can make) goes to the even tenth, as Rust's formatting does: 0.25 is "0.2", 0.75 is "0.8".
pub fn tenths(x: f32) -> String {
    let mut out = String::new();
    let bits = x.to_bits();
    if x.is_nan() {
        out.push_str("NaN");
        return out;
    }
    if bits >> 31 == 1 {
        out.push('-');
    }
    let biased = (bits >> 23) & 0xff;
    let fraction = u64::from(bits & 0x7f_ffff);
    if biased == 0xff {
        out.push_str("inf");
        return out;
    }
    // |x| = significand * 2^power, exactly.
    let (significand, power) = if biased == 0 {
        (fraction, -149)
    } else {
        (fraction | 1 << 23, biased as i32 - 150)
    };
    if power >= 0 {
        // A whole number of up to 39 digits: double the decimal digits `power` times.
        let mut digits = [0u8; 40]; // least significant first, values 0..=9
        let mut len = 0;
        let mut rest = significand;
        while rest > 0 {
            digits[len] = (rest % 10) as u8;
            rest /= 10;
            len += 1;
        }
        for _ in 0..power {
            let mut carry = 0;
            for digit in &mut digits[..len] {
                let doubled = *digit * 2 + carry;
                *digit = doubled % 10;
                carry = doubled / 10;
            }
            if carry > 0 {
                digits[len] = carry;
                len += 1;
            }
        }
        // significand > 0 here (a zero has power -149), so len >= 1.
        out.extend(digits[..len].iter().rev().map(|&d| char::from(b'0' + d)));
        out.push_str(".0");
        return out;
    }
    // Tenths = significand * 10 / 2^shift, rounded; significand * 10 < 2^28.
    let shift = power.unsigned_abs();
    let scaled = significand * 10;
    let rounded = if shift >= 64 {
        0 // Far below half a tenth.
    } else {
        let whole = scaled >> shift;
        let rest = scaled & ((1 << shift) - 1);
        let half = 1 << (shift - 1);
        if rest > half || (rest == half && whole % 2 == 1) {
            whole + 1
        } else {
            whole
        }
    };
    push_u64(&mut out, rounded / 10);
    out.push('.');
    out.push(char::from(b'0' + (rounded % 10) as u8));
    out
}

/// [`tenths`] without a trailing ".0": 4.2 is "4.2", 4.0 (and 3.96) is "4".
pub fn tenths_trimmed(x: f32) -> String {
    let mut text = tenths(x);
    if text.ends_with(".0") {
        text.truncate(text.len() - 2);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Decimal {
        Decimal::parse(text, Syntax::Json).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    fn typed(text: &str) -> Result<Decimal, ReadError> {
        Decimal::parse(text, Syntax::Typed)
    }

    fn dec(negative: bool, mantissa: u64, exponent: i32) -> Decimal {
        Decimal::new(negative, mantissa, exponent).unwrap()
    }

    #[test]
    fn equal_numbers_are_one_value() {
        for text in ["3", "3.0", "3e0", "30e-1", "0.3e1", "3.000E+0", "300e-2"] {
            assert_eq!(json(text), dec(false, 3, 0), "{text}");
        }
        assert_eq!(json("-0"), Decimal::ZERO);
        assert_eq!(json("-0.0e5"), Decimal::ZERO);
        assert_eq!(json("0e999999999999999999999"), Decimal::ZERO);
        assert!(!json("-0").is_negative());
        assert_eq!(json("-2.5"), dec(true, 25, -1));
        assert_eq!(json("1200"), dec(false, 12, 2));
        assert_eq!(json("0.00120"), dec(false, 12, -4));
        assert_eq!(dec(false, 1200, -2), dec(false, 12, 0));
        assert_eq!(Decimal::from_u64(1_000), dec(false, 1, 3));
        assert_eq!(Decimal::from_u64(0), Decimal::ZERO);
        assert_eq!(Decimal::new(true, 0, 7), Some(Decimal::ZERO));
    }

    #[test]
    fn json_grammar_is_strict_and_stops_where_the_number_ends() {
        let read_json = |text: &str| read(text.as_bytes(), Syntax::Json);
        assert_eq!(read_json("01"), Ok((Decimal::ZERO, 1)));
        assert_eq!(read_json("-1.5e3,"), Ok((dec(true, 15, 2), 6)));
        assert_eq!(read_json("12]"), Ok((dec(false, 12, 0), 2)));
        for (text, offset) in [
            ("-", 1),
            ("+1", 0),
            ("1.", 2),
            (".5", 0),
            ("1e", 2),
            ("1e+", 3),
            ("1.e5", 2),
            ("--1", 1),
            ("-a", 1),
            ("", 0),
        ] {
            assert_eq!(read_json(text), Err(ReadError::Syntax(offset)), "{text}");
        }
        assert_eq!(
            Decimal::parse("0x10", Syntax::Json),
            Err(ReadError::Syntax(1))
        );
    }

    #[test]
    fn typed_grammar_is_rusts_float_grammar() {
        for (text, value) in [
            ("+1", dec(false, 1, 0)),
            (".5", dec(false, 5, -1)),
            ("-.5", dec(true, 5, -1)),
            ("1.", dec(false, 1, 0)),
            ("1.e5", dec(false, 1, 5)),
            ("01", dec(false, 1, 0)),
            ("007.50", dec(false, 75, -1)),
            ("1E+2", dec(false, 1, 2)),
            ("+.5e-1", dec(false, 5, -2)),
        ] {
            assert_eq!(typed(text), Ok(value), "{text}");
        }
        for text in [
            "", "+", "-", ".", "+.", "e5", ".e5", "1e", "1e+", "1e1.5", " 1", "1 ", "1,5", "0x1",
            "1_0", "inf", "NaN", "infinity", "--1", "+-1", "1..2", "1.2.3", "٣",
        ] {
            assert!(
                matches!(typed(text), Err(ReadError::Syntax(_))),
                "{text:?} should be refused"
            );
        }
    }

    #[test]
    fn range_is_that_of_a_finite_f64() {
        use ReadError::OutOfRange;
        // Too large: refused exactly where f64 turns to infinity.
        assert_eq!(typed("1e400"), Err(OutOfRange));
        assert_eq!(typed("1e400x"), Err(ReadError::Syntax(5)));
        assert_eq!(typed("-1e309"), Err(OutOfRange));
        assert_eq!(typed("1e99999999999999999999999"), Err(OutOfRange));
        assert!(typed("1.7976931348623157e308").is_ok());
        assert!(typed("1.7976931348623158079e308").is_ok());
        assert_eq!(typed("1.797693134862315808e308"), Err(OutOfRange));
        assert_eq!(typed("1.8e308"), Err(OutOfRange));
        // Too small: zero exactly where f64 gives zero.
        assert_eq!(typed("1e-400"), Ok(Decimal::ZERO));
        assert_eq!(typed("-1e-99999999999999999999"), Ok(Decimal::ZERO));
        assert_eq!(typed("2.470328229206232720e-324"), Ok(Decimal::ZERO));
        assert_eq!(
            typed("2.470328229206232721e-324"),
            Ok(dec(false, 2_470_328_229_206_232_721, -342))
        );
        assert_eq!(typed("5e-324"), Ok(dec(false, 5, -324)));
        assert_eq!(Decimal::new(false, 1, 309), None);
        assert_eq!(Decimal::new(false, 1, -400), Some(Decimal::ZERO));
    }

    #[test]
    fn at_most_a_u64_of_significant_digits() {
        assert_eq!(typed("18446744073709551615"), Ok(dec(false, u64::MAX, 0)));
        assert_eq!(typed("18446744073709551616"), Err(ReadError::OutOfRange));
        assert_eq!(typed("1.23456789012345678901"), Err(ReadError::OutOfRange));
        // Leading and trailing zeros are not significant.
        assert_eq!(
            typed("100000000000000000000000000000.000000"),
            Ok(dec(false, 1, 29))
        );
        assert_eq!(
            typed("0.0000000000000000000000000001234"),
            Ok(dec(false, 1234, -31))
        );
        // A long text is read to its end without trouble.
        let long = format!("0.{}1e{}", "0".repeat(100_000), 100_001);
        assert_eq!(typed(&long), Ok(dec(false, 1, 0)));
        let zeros = format!("1{}", "0".repeat(100_000));
        assert_eq!(typed(&zeros), Err(ReadError::OutOfRange));
    }

    #[test]
    fn writes_canonical_text() {
        for (value, text) in [
            (Decimal::ZERO, "0"),
            (dec(false, 3, 0), "3"),
            (dec(true, 12, 0), "-12"),
            (dec(false, 25, -1), "2.5"),
            (dec(true, 125, -3), "-0.125"),
            (dec(false, 1, -5), "0.00001"),
            (dec(false, 12345, -9), "0.000012345"),
            (dec(false, 1, -6), "1e-6"),
            (dec(true, 25, -10), "-2.5e-9"),
            (dec(false, 1_234_567_890_123_456, -1), "123456789012345.6"),
            (dec(false, 1, 15), "1000000000000000"),
            (Decimal::from_u64(PLAIN_INTEGER_MAX), "9007199254740992"),
            (
                Decimal::from_u64(PLAIN_INTEGER_MAX + 1),
                "9.007199254740993e15",
            ),
            (dec(false, 1, 16), "1e16"),
            (dec(false, 15, 14), "1500000000000000"),
            (dec(false, 15, 15), "1.5e16"),
            (dec(false, 1, 21), "1e21"),
            (dec(true, 1, 300), "-1e300"),
            (Decimal::from_u64(u64::MAX), "1.8446744073709551615e19"),
            (dec(false, 5, -324), "5e-324"),
        ] {
            assert_eq!(value.to_text(), text);
            assert_eq!(json(text), value, "{text}");
        }
    }

    #[test]
    fn orders_numbers_by_value() {
        let ascending = [
            "-1e300", "-12", "-2.5", "-0.125", "-1e-300", "0", "1e-300", "0.1", "0.125", "1",
            "2.5", "10", "12", "1e15", "1.5e15", "1e300",
        ];
        for (i, a) in ascending.iter().enumerate() {
            for (j, b) in ascending.iter().enumerate() {
                assert_eq!(json(a).cmp(&json(b)), i.cmp(&j), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn whole_numbers_and_halves() {
        assert_eq!(json("42").to_u64(), Some(42));
        assert_eq!(json("4.2e1").to_u64(), Some(42));
        assert_eq!(json("0").to_u64(), Some(0));
        assert_eq!(json("2.5").to_u64(), None);
        assert_eq!(json("-1").to_u64(), None);
        assert_eq!(json("1e19").to_u64(), Some(10_000_000_000_000_000_000));
        assert_eq!(json("1e20").to_u64(), None);
        for (text, halves) in [
            ("0", 0),
            ("0.2", 0),
            ("0.25", 1),
            ("0.7", 1),
            ("0.75", 2),
            ("1.2", 2),
            ("1.25", 3),
            ("1.74", 3),
            ("1.75", 4),
            ("24", 48),
            ("1e-30", 0),
            ("0.2499999999999999999", 0),
            ("9.2e18", 18_400_000_000_000_000_000),
        ] {
            assert_eq!(json(text).to_halves(), Some(halves), "{text}");
        }
        assert_eq!(json("-0.1").to_halves(), None);
        assert_eq!(json("1e19").to_halves(), None);
    }

    #[test]
    fn tenths_round_the_exact_value_with_ties_to_even() {
        for (x, text) in [
            (4.2, "4.2"),
            (4.0, "4.0"),
            (-1.5, "-1.5"),
            (0.25, "0.2"),
            (0.75, "0.8"),
            (1.25, "1.2"),
            (0.35, "0.3"), // 0.3499999940...
            (0.05, "0.1"), // 0.0500000007...
            (0.04, "0.0"),
            (-0.0, "-0.0"),
            (-0.01, "-0.0"),
            (420.0, "420.0"),
            (f32::MIN_POSITIVE, "0.0"),
            (1e30, "1000000015047466219876688855040.0"),
            (f32::MAX, "340282346638528859811704183484516925440.0"),
            (f32::INFINITY, "inf"),
            (f32::NEG_INFINITY, "-inf"),
            (f32::NAN, "NaN"),
        ] {
            assert_eq!(tenths(x), text, "{x}");
        }
        assert_eq!(tenths_trimmed(4.0), "4");
        assert_eq!(tenths_trimmed(3.96), "4");
        assert_eq!(tenths_trimmed(4.2), "4.2");
        assert_eq!(tenths_trimmed(420.0), "420");
        assert_eq!(tenths_trimmed(-0.0), "-0");
    }
}

/// Any number in range: every sign, mantissa and order of magnitude.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn arb_decimal() -> impl proptest::strategy::Strategy<Value = Decimal> {
    use proptest::prelude::*;
    (any::<bool>(), any::<u64>(), -360i32..=320)
        .prop_filter_map("in range", |(negative, m, e)| Decimal::new(negative, m, e))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The earlier writer, on `f64` (Rust's float formatting is fine in tests).
    fn f64_text(n: f64) -> String {
        if n.fract() == 0.0 && n.abs() <= PLAIN_INTEGER_MAX as f64 {
            format!("{}", n as i64)
        } else if (1e-5..1e15).contains(&n.abs()) {
            format!("{n}")
        } else {
            format!("{n:e}")
        }
    }

    proptest! {
        #[test]
        fn written_text_reads_back_unchanged(n in arb_decimal()) {
            prop_assert_eq!(Decimal::parse(&n.to_text(), Syntax::Json), Ok(n));
            prop_assert_eq!(Decimal::parse(&n.to_text(), Syntax::Typed), Ok(n));
        }

        /// Record-format compatibility: any number the earlier `f64` writer wrote reads to the
        /// same value and is written with the very same text.
        #[test]
        fn texts_of_the_f64_writer_read_and_write_unchanged(
            n in any::<f64>().prop_filter("finite", |n| n.is_finite())
        ) {
            let text = f64_text(n);
            let read = Decimal::parse(&text, Syntax::Json);
            prop_assert!(read.is_ok(), "{} refused", text);
            let written = read.unwrap().to_text();
            prop_assert_eq!(&written, &text);
            prop_assert_eq!(written.parse::<f64>().unwrap(), n);
        }

        /// JSON numbers of up to 19 digits are read exactly when `f64` reads them as finite,
        /// and their canonical text is the same `f64`.
        #[test]
        fn json_numbers_agree_with_f64(
            text in "-?(0|[1-9][0-9]{0,9})(\\.[0-9]{1,9})?([eE][+-]?[0-9]{1,3})?"
        ) {
            let ours = Decimal::parse(&text, Syntax::Json);
            let theirs = text.parse::<f64>().unwrap();
            match ours {
                Ok(n) => {
                    prop_assert!(theirs.is_finite());
                    prop_assert_eq!(n.to_text().parse::<f64>().unwrap(), theirs);
                    prop_assert_eq!(n.is_negative(), theirs < 0.0);
                }
                Err(e) => {
                    prop_assert_eq!(e, ReadError::OutOfRange);
                    prop_assert!(theirs.is_infinite());
                }
            }
        }

        /// Typed text of up to 19 digits: read when and only when `f64` reads a finite number.
        #[test]
        fn typed_numbers_agree_with_f64(
            text in "[-+0-9.eE]{0,24}|[+-]?[0-9]{0,9}(\\.[0-9]{0,9})?([eE][+-]?[0-9]{1,3})?"
        ) {
            let ours = Decimal::parse(&text, Syntax::Typed);
            match (ours, text.parse::<f64>()) {
                (Ok(n), Ok(f)) => {
                    prop_assert!(f.is_finite());
                    prop_assert_eq!(n.to_text().parse::<f64>().unwrap(), f);
                }
                (Err(ReadError::OutOfRange), Ok(f)) => {
                    let digits = text.bytes().filter(u8::is_ascii_digit).count();
                    prop_assert!(f.is_infinite() || digits > 19, "{} is {}", text, f);
                }
                (Err(ReadError::Syntax(_)), Err(_)) => {}
                (ours, theirs) => prop_assert!(false, "{:?}: {:?} vs {:?}", text, ours, theirs),
            }
        }

        #[test]
        fn order_agrees_with_f64_where_f64_tells_them_apart(a in arb_decimal(), b in arb_decimal()) {
            let (fa, fb) = (a.to_text().parse::<f64>().unwrap(), b.to_text().parse::<f64>().unwrap());
            if fa != fb {
                prop_assert_eq!(Some(a.cmp(&b)), fa.partial_cmp(&fb));
            }
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        }

        #[test]
        fn halves_agree_with_f64_rounding(whole in 0u64..100_000, fraction in 0u64..10_000) {
            let n = Decimal::parse(&format!("{whole}.{fraction:04}"), Syntax::Json).unwrap();
            let f = format!("{whole}.{fraction:04}").parse::<f64>().unwrap();
            prop_assert_eq!(n.to_halves(), Some((f * 2.0).round() as u64));
        }

        #[test]
        fn tenths_agree_with_rust_formatting(x in any::<f32>()) {
            prop_assert_eq!(tenths(x), format!("{x:.1}"));
        }

        #[test]
        fn tenths_agree_with_rust_formatting_near_ties(quarters in -40_000i32..40_000) {
            let x = quarters as f32 / 4.0;
            prop_assert_eq!(tenths(x), format!("{x:.1}"));
            let y = quarters as f32 / 40.0;
            prop_assert_eq!(tenths(y), format!("{y:.1}"));
        }
    }
}
