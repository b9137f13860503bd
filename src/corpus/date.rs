//! Dispatch dates, kept with the precision they were given at.
//!
//! Wire archives date some stories to the day and others only to the month
//! (`date 2023-09`) or year. A date is stored as written and also as the
//! inclusive range of days it covers, so that filters can be exact about
//! precision: `2023-09` lies inside `--from 2023-09-15` and `--to 2023-09`.

use std::fmt;
use std::str::FromStr;

/// A calendar date of year, month or day precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DispatchDate {
    year: u16,
    /// 1..=12, or 0 when only the year is known.
    month: u8,
    /// 1..=31, or 0 when only the month or year is known.
    day: u8,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {text:?}: {reason} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
pub struct DateError {
    text: String,
    reason: &'static str,
}

impl DispatchDate {
    /// The first day the date covers, as the number `YYYYMMDD`.
    pub fn first_day(&self) -> u32 {
        let month = self.month.max(1);
        let day = self.day.max(1);
        ymd(self.year, month, day)
    }

    /// The last day the date covers, as the number `YYYYMMDD`.
    pub fn last_day(&self) -> u32 {
        match (self.month, self.day) {
            (0, _) => ymd(self.year, 12, 31),
            (m, 0) => ymd(self.year, m, days_in_month(self.year, m)),
            (m, d) => ymd(self.year, m, d),
        }
    }

    /// `"year"`, `"month"` or `"day"`.
    pub fn precision(&self) -> &'static str {
        match (self.month, self.day) {
            (0, _) => "year",
            (_, 0) => "month",
            _ => "day",
        }
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }
}

fn ymd(y: u16, m: u8, d: u8) -> u32 {
    u32::from(y) * 10_000 + u32::from(m) * 100 + u32::from(d)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for DispatchDate {
    type Err = DateError;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a time after a full date
    /// (`2019-05-12T10:00:00Z`, `2019-05-12 10:00`) is accepted and dropped.
    fn from_str(text: &str) -> Result<Self, DateError> {
        let err = |reason| DateError { text: text.to_owned(), reason };
        let s = text.trim();
        let s = match s.get(10..11) {
            Some("T" | " ") if s.len() > 10 => &s[..10],
            _ => s,
        };
        let mut parts = s.split('-');
        let number = |p: Option<&str>, len: usize| -> Option<u16> {
            let p = p?;
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
        };
        let year = number(parts.next(), 4).ok_or_else(|| err("the year must be 4 digits"))?;
        if year == 0 {
            return Err(err("year 0000"));
        }
        let month = match parts.next() {
            None => 0,
            p => number(p, 2).ok_or_else(|| err("the month must be 2 digits"))? as u8,
        };
        if month > 12 || (month == 0 && s.len() > 4) {
            return Err(err("no such month"));
        }
        let day = match parts.next() {
            None => 0,
            p => number(p, 2).ok_or_else(|| err("the day must be 2 digits"))? as u8,
        };
        if parts.next().is_some() {
            return Err(err("too many parts"));
        }
        if s.len() > 7 && (day == 0 || day > days_in_month(year, month)) {
            return Err(err("no such day in that month"));
        }
        Ok(DispatchDate { year, month, day })
    }
}

impl fmt::Display for DispatchDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month > 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day > 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> DispatchDate {
        s.parse().unwrap()
    }

    #[test]
    fn keeps_precision() {
        assert_eq!(d("2023-09").to_string(), "2023-09");
        assert_eq!(d("2023-09").precision(), "month");
        assert_eq!(d("2023").to_string(), "2023");
        assert_eq!(d("2023-09-20").to_string(), "2023-09-20");
        assert_eq!(d("2019-05-12T10:00:00Z").to_string(), "2019-05-12");
    }

    #[test]
    fn ranges_cover_the_precision() {
        assert_eq!((d("2023-09").first_day(), d("2023-09").last_day()), (20230901, 20230930));
        assert_eq!((d("2024-02").first_day(), d("2024-02").last_day()), (20240201, 20240229));
        assert_eq!((d("2023").first_day(), d("2023").last_day()), (20230101, 20231231));
        assert_eq!(d("2023-09-20").last_day(), 20230920);
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in ["2023-13", "2023-02-30", "2023-00", "23-09", "2023-9", "2023-09-1x", "", "hier"] {
            assert!(bad.parse::<DispatchDate>().is_err(), "{bad}");
        }
        assert!("2024-02-29".parse::<DispatchDate>().is_ok());
    }
}
