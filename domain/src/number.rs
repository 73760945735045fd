//! Locale conventions for writing numbers: digit grouping and the decimal mark.

use crate::locale::Locale;

/// The symbols a locale writes numbers with (CLDR `latn` numbering system; Arabic keeps Latin
/// digits, as clinics in the US print them, so codes and times read the same on every paper).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    pub group: char,
    pub decimal: char,
}

impl Locale {
    pub fn number_symbols(self) -> NumberSymbols {
        match self {
            Locale::En | Locale::ZhCn | Locale::Ar => NumberSymbols {
                group: ',',
                decimal: '.',
            },
            Locale::Es | Locale::Vi => NumberSymbols {
                group: '.',
                decimal: ',',
            },
        }
    }
}

/// Writes a whole number with the locale's digit grouping (`1234567` → `1,234,567` in English).
pub fn format_integer(value: i64, locale: Locale) -> String {
    let digits = value.unsigned_abs().to_string();
    let group = locale.number_symbols().group;
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// Writes `units` hundredths (or any `10^scale` fraction) as a grouped decimal with exactly
/// `scale` fraction digits: `format_fixed(123456, 2, En)` → `1,234.56`.
pub fn format_fixed(units: i64, scale: u32, locale: Locale) -> String {
    let divisor = 10_i64.pow(scale);
    let whole = units / divisor;
    let fraction = (units % divisor).unsigned_abs();
    let mut out = if units < 0 && whole == 0 {
        "-0".to_string()
    } else {
        format_integer(whole, locale)
    };
    if scale > 0 {
        out.push(locale.number_symbols().decimal);
        out.push_str(&format!("{fraction:0width$}", width = scale as usize));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn groups_thousands_per_locale() {
        assert_eq!(format_integer(1_234_567, Locale::En), "1,234,567");
        assert_eq!(format_integer(1_234_567, Locale::Es), "1.234.567");
        assert_eq!(format_integer(-1_000, Locale::Vi), "-1.000");
        assert_eq!(format_integer(999, Locale::ZhCn), "999");
        assert_eq!(format_integer(0, Locale::Ar), "0");
    }

    #[test]
    fn fixed_point_uses_the_decimal_mark() {
        assert_eq!(format_fixed(123_456, 2, Locale::En), "1,234.56");
        assert_eq!(format_fixed(123_456, 2, Locale::Es), "1.234,56");
        assert_eq!(format_fixed(5, 2, Locale::En), "0.05");
        assert_eq!(format_fixed(-5, 2, Locale::Vi), "-0,05");
        assert_eq!(format_fixed(-150, 2, Locale::En), "-1.50");
        assert_eq!(format_fixed(42, 0, Locale::En), "42");
    }

    proptest! {
        #[test]
        fn grouping_keeps_every_digit(value in any::<i64>(), locale_index in 0usize..5) {
            let locale = Locale::ALL[locale_index];
            let written = format_integer(value, locale);
            let digits: String = written.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
            prop_assert_eq!(digits, value.to_string());
        }

        #[test]
        fn fixed_point_round_trips(units in -1_000_000_000i64..1_000_000_000, locale_index in 0usize..5) {
            let locale = Locale::ALL[locale_index];
            let symbols = locale.number_symbols();
            let written = format_fixed(units, 2, locale);
            let plain: String = written
                .chars()
                .filter(|c| *c != symbols.group)
                .map(|c| if c == symbols.decimal { '.' } else { c })
                .collect();
            let parsed: f64 = plain.parse().unwrap();
            prop_assert!((parsed * 100.0 - units as f64).abs() < 0.5);
        }
    }
}
