//! Numbers as text, written one way everywhere:
//! - A negative number is written with the minus sign U+2212 (`−10%`), never a hyphen: it reads as
//!   "minus" in screen readers and does not break a line. Positive changes carry `+`.
//! - Thousands are separated by commas (`1,442`).
//!
//! (Counts in sentences are words under ten: [`crate::wording::count_word`].)

use crate::wording::NOT_HELD;

/// The minus sign used for negative numbers in all text.
pub const MINUS: char = '\u{2212}';

/// A number as text with at most `max_decimals` decimals (trailing zeros dropped), thousands
/// separated by commas, negative numbers with [`MINUS`]: `1,442`, `3.02`, `−10`.
/// A value that rounds to zero is `0`, never `−0`. Not-a-number and infinities, which the data
/// never holds, are written `not held`.
pub fn format_number(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return NOT_HELD.to_owned();
    }
    let digits = format!("{:.*}", max_decimals.min(6), value.abs());
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        digits.as_str()
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::with_capacity(digits.len() + 4);
    let is_zero = digits.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !is_zero {
        out.push(MINUS);
    }
    let len = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Like [`format_number`], with `+` before a positive value: `+14`, `−10`, `0`.
pub fn format_signed(value: f64, max_decimals: usize) -> String {
    let text = format_number(value, max_decimals);
    if value.is_finite() && value > 0.0 && text != "0" {
        format!("+{text}")
    } else {
        text
    }
}

/// Rounds half away from zero to `decimals` places, with a tiny tolerance so that a value meant
/// as x.5 but computed as x.4999… (binary floating point) still rounds away from zero.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(decimals);
    let scaled = value * scale;
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_trimmed_and_signed_with_a_true_minus() {
        assert_eq!(format_number(914.0, 3), "914");
        assert_eq!(format_number(1442.0, 0), "1,442");
        assert_eq!(format_number(1_234_567.5, 1), "1,234,567.5");
        assert_eq!(format_number(3.02, 2), "3.02");
        assert_eq!(format_number(0.757, 3), "0.757");
        assert_eq!(format_number(3.10, 2), "3.1");
        assert_eq!(format_number(-10.0, 0), "\u{2212}10");
        assert_eq!(format_number(-0.0001, 2), "0");
        assert_eq!(format_number(100.0, 0), "100");
        assert_eq!(format_number(f64::NAN, 2), "not held");
        assert_eq!(format_number(f64::INFINITY, 2), "not held");
        assert_eq!(format_signed(14.0, 0), "+14");
        assert_eq!(format_signed(-5.0, 0), "\u{2212}5");
        assert_eq!(format_signed(0.0, 0), "0");
        assert_eq!(format_signed(0.0001, 1), "0");
        // Huge values format without panicking.
        assert!(format_number(1e300, 3).len() > 300);
        assert_eq!(format_number(12.0, 99), "12");
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_decimal_inputs() {
        assert_eq!(round_to(18.157, 0), 18.0);
        assert_eq!(round_to(16.666, 0), 17.0);
        assert_eq!(round_to(12.499_999_999_999_993, 0), 13.0);
        assert_eq!(round_to(-2.5, 0), -3.0);
        assert_eq!(round_to(3.45, 1), 3.5);
        assert_eq!(round_to(0.0, 0), 0.0);
        assert!(round_to(f64::NAN, 0).is_nan());
    }
}
