//! Amounts of money, kept in minor units so no sum is ever rounded.

use crate::{locale::Locale, number::format_fixed};
use serde::{Deserialize, Serialize};

/// An amount in the currency's minor unit (cents for US dollars). Clinics bill in one currency;
/// only US dollars are supported until a clinic needs another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Money {
    pub minor_units: i64,
}

impl Money {
    pub const fn usd_cents(minor_units: i64) -> Self {
        Money { minor_units }
    }

    /// The amount written with the locale's digit grouping and decimal mark, without the currency
    /// sign: where the sign goes is a translation (`money-usd` in `locales/`).
    pub fn amount_text(self, locale: Locale) -> String {
        format_fixed(self.minor_units, 2, locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_follow_the_locale() {
        let fee = Money::usd_cents(123_450);
        assert_eq!(fee.amount_text(Locale::En), "1,234.50");
        assert_eq!(fee.amount_text(Locale::Es), "1.234,50");
        assert_eq!(Money::usd_cents(-99).amount_text(Locale::En), "-0.99");
    }
}
