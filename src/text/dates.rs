//! Calendar references: "in June", "last November", "this year", "on Friday", "summer of 2023",
//! resolved against the article's publication date when one is known.

use chrono::{Datelike, NaiveDate, Weekday};

use super::tokens::{words, Word};

/// A date as precise as the text makes it.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRef {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Resolved from a weekday or a week ("on Friday", "earlier this week"): a day of that
    /// week, compared with a calendar date only by month (see [`DateRef::misses_week_of`]).
    pub from_weekday: bool,
    /// A month or day written without its year, the year guessed from the reference date:
    /// "July 1" says nothing about the year, so the guess is not compared.
    pub year_inferred: bool,
    /// The part of the day the text adds ("Sunday evening"): 1 morning, 2 afternoon, 3
    /// evening or night.
    pub part_of_day: Option<u8>,
}

impl DateRef {
    /// A reference as the text gives it, at the granularity the fields have: no weekday, its
    /// year not guessed.
    fn calendar(year: Option<i32>, month: Option<u32>, start: usize, end: usize) -> DateRef {
        DateRef {
            year,
            month,
            day: None,
            start,
            end,
            from_weekday: false,
            year_inferred: false,
            part_of_day: None,
        }
    }

    /// A day of a week the text names by a weekday or as a week ("on Friday", "this week").
    fn in_week(d: NaiveDate, start: usize, end: usize) -> DateRef {
        DateRef {
            year: Some(d.year()),
            month: Some(d.month()),
            day: Some(d.day()),
            start,
            end,
            from_weekday: true,
            year_inferred: false,
            part_of_day: None,
        }
    }

    /// Whether two references can be compared: a weekday ("on Friday") dates when something was
    /// said or done that week, not the calendar date a claim gives.
    pub fn comparable(&self, other: &DateRef) -> bool {
        self.from_weekday == other.from_weekday
    }

    /// Whether `other` says at least what this date says: every field this one names (its year
    /// only when not guessed), `other` names too, the same (a guessed year says no year).
    pub fn agrees_with(&self, other: &DateRef) -> bool {
        let same = |a: Option<i64>, b: Option<i64>| a.is_none() || a == b;
        let other_year = other.year.filter(|_| !other.year_inferred);
        (self.year_inferred || same(self.year.map(i64::from), other_year.map(i64::from)))
            && same(self.month.map(i64::from), other.month.map(i64::from))
            && same(self.day.map(i64::from), other.day.map(i64::from))
            && (self.month.is_some() || self.year.is_some())
    }

    /// A calendar month against a weekday resolved from the article's date ("on Wednesday"):
    /// true when the month is neither that week's nor the week's before (an article may run
    /// days after the event), so the two cannot be one date.
    pub fn misses_week_of(&self, weekday: &DateRef) -> bool {
        let (Some(month), false, true) = (self.month, self.from_weekday, weekday.from_weekday)
        else {
            return false;
        };
        let Some(day) = weekday
            .year
            .zip(weekday.month)
            .zip(weekday.day)
            .and_then(|((y, m), d)| NaiveDate::from_ymd_opt(y, m, d))
        else {
            return false;
        };
        let week_before = day - chrono::Days::new(7);
        [day, week_before].iter().all(|d| {
            d.month() != month || (!self.year_inferred && self.year.is_some_and(|y| y != d.year()))
        })
    }

    /// True when both name a field and the fields differ (a guessed year is not compared).
    pub fn contradicts(&self, other: &DateRef) -> bool {
        if !self.comparable(other) {
            return false;
        }
        let differ =
            |a: Option<i64>, b: Option<i64>| matches!((a, b), (Some(x), Some(y)) if x != y);
        let guessed = self.year_inferred || other.year_inferred;
        (!guessed && differ(self.year.map(i64::from), other.year.map(i64::from)))
            || (guessed || self.year == other.year || self.year.is_none() || other.year.is_none())
                && differ(self.month.map(i64::from), other.month.map(i64::from))
            || (self.month.is_some() && self.month == other.month)
                && differ(self.day.map(i64::from), other.day.map(i64::from))
            || (self.day.is_some() && self.day == other.day)
                && differ(
                    self.part_of_day.map(i64::from),
                    other.part_of_day.map(i64::from),
                )
    }
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month abbreviated as news style has it ("Nov. 20", "Sept. 3"), or as a dateline does
/// ("25 Oct 2016", "Thu 6 Sep 2018"): capitalised, and before a day or after one.
fn abbreviated_month(
    w: &Word<'_>,
    prev: Option<&Word<'_>>,
    next: Option<&Word<'_>>,
) -> Option<u32> {
    const ABBREVIATIONS: &[(&str, u32)] = &[
        ("jan", 1),
        ("feb", 2),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    if !w.is_capitalized() || !(next.is_some_and(day_like) || prev.is_some_and(day_like)) {
        return None;
    }
    let lower = w.lower();
    ABBREVIATIONS
        .iter()
        .find(|(a, _)| *a == lower)
        .map(|&(_, m)| m)
}

/// A number of one or two digits, as a day of the month is written.
fn day_like(w: &Word<'_>) -> bool {
    w.is_number() && w.text.len() <= 2
}

/// A date as machines write it, "2016-08-25" (a time may follow: "2018-03-23T20:02:56Z").
fn iso_date(w: &Word<'_>) -> Option<DateRef> {
    let t = w.text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| t.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if !(digits(0..4)
        && t.get(4) == Some(&b'-')
        && digits(5..7)
        && t.get(7) == Some(&b'-')
        && digits(8..10))
        || t.get(10).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let year: i32 = w.text[0..4].parse().ok()?;
    let month: u32 = w.text[5..7].parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u32 = w.text[8..10]
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let mut d = DateRef::calendar(Some(year), Some(month), w.start, w.end);
    d.day = Some(day);
    Some(d)
}

fn month_of(w: &Word<'_>) -> Option<u32> {
    let lower = w.lower();
    // "may" is a verb far more often than a month: only the capitalised form counts.
    if lower == "may" && !w.is_capitalized() {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}

fn weekday_of(lower: &str) -> Option<Weekday> {
    Some(match lower {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Whether words hold a date that only a reference date resolves: a month or weekday without
/// its year, "last", "this", "next", "ago".
pub fn needs_reference<'a>(mut lower: impl Iterator<Item = &'a str>) -> bool {
    lower.any(|w| {
        matches!(w, "ago" | "last" | "this" | "next")
            || MONTHS.contains(&w)
            || weekday_of(w).is_some()
    })
}

/// Finds date references; relative ones are resolved against `reference` when given.
pub fn dates(text: &str, reference: Option<NaiveDate>) -> Vec<DateRef> {
    let ws = words(text);
    let lower: Vec<String> = ws.iter().map(Word::lower).collect();
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
        let before = i.checked_sub(1).map(|k| &ws[k]);
        if let Some(month) = month_of(w).or_else(|| abbreviated_month(w, before, ws.get(i + 1))) {
            let mut d = DateRef::calendar(None, Some(month), w.start, w.end);
            if let Some(next) = ws.get(i + 1) {
                if day_like(next) {
                    d.day = next.text.parse().ok();
                    d.end = next.end;
                }
            }
            // The day first, as British style and datelines write it: "6 June 2017".
            if let Some(b) = before.filter(|b| {
                d.day.is_none() && day_like(b) && text[b.end..w.start].trim().is_empty()
            }) {
                d.day = b.text.parse().ok().filter(|n| (1..=31).contains(n));
                if d.day.is_some() {
                    d.start = b.start;
                }
            }
            if let Some(y) = ws
                .iter()
                .skip(i + 1)
                .take(3)
                .find(|x| x.text.len() == 4 && x.text.bytes().all(|b| b.is_ascii_digit()))
            {
                d.year = y.text.parse().ok();
                d.end = y.end;
            }
            if let (None, Some(r)) = (d.year, reference) {
                d.year_inferred = prev != "last" && prev != "next";
                // "last November" is the November before the reference month's year, "next
                // March" the first March after it; with no qualifier, a month at most two
                // ahead is the coming one ("starting July 1" in a June report), any other the
                // latest such month not after the reference date.
                let latest = if month <= r.month() {
                    r.year()
                } else {
                    r.year() - 1
                };
                d.year = Some(match prev {
                    "last" if month >= r.month() => r.year() - 1,
                    "next" if month <= r.month() => r.year() + 1,
                    "next" => r.year(),
                    _ if month > r.month() && month - r.month() <= 2 => r.year(),
                    _ => latest,
                });
            }
            out.push(d);
        } else if let Some(d) = iso_date(w) {
            out.push(d);
        } else if w.is_number()
            && w.text.len() == 4
            && !out.iter().any(|d: &DateRef| d.end >= w.end)
        {
            // The second year of a range: "between 2021 and 2024", "from 2019 to 2022".
            let range_end = matches!(prev, "and" | "to")
                && out
                    .last()
                    .is_some_and(|d| d.month.is_none() && i >= 2 && d.end == ws[i - 2].end);
            if let Ok(y) = w.text.parse::<i32>() {
                if (1800..=2100).contains(&y)
                    && (range_end
                        || matches!(
                            prev,
                            "in" | "of"
                                | "since"
                                | "summer"
                                | "spring"
                                | "winter"
                                | "autumn"
                                | "fall"
                                | "year"
                                | "until"
                                | "by"
                                | "between"
                                | "from"
                        ))
                {
                    out.push(DateRef::calendar(Some(y), None, w.start, w.end));
                }
            }
        } else if lower[i] == "ago" && i >= 2 {
            // "two years ago", "a year ago", "18 months ago".
            let count = match lower[i - 2].as_str() {
                "a" | "an" | "one" => Some(1),
                n => n
                    .parse::<u32>()
                    .ok()
                    .or_else(|| crate::text::numbers::word_value(n).map(|v| v as u32)),
            };
            if let (Some(n), Some(r)) = (count.filter(|n| *n <= 100), reference) {
                let (year, month) = match prev {
                    "year" | "years" => (r.year() - n as i32, None),
                    "month" | "months" => match r.checked_sub_months(chrono::Months::new(n)) {
                        Some(m) => (m.year(), Some(m.month())),
                        None => continue,
                    },
                    _ => continue,
                };
                out.push(DateRef {
                    year: Some(year),
                    month,
                    day: None,
                    start: ws[i - 2].start,
                    end: w.end,
                    from_weekday: false,
                    year_inferred: false,
                    part_of_day: None,
                });
            }
        } else if lower[i] == "month" && matches!(prev, "this" | "last" | "next") {
            if let Some(r) = reference {
                let m = match prev {
                    "last" => r.checked_sub_months(chrono::Months::new(1)),
                    "next" => r.checked_add_months(chrono::Months::new(1)),
                    _ => Some(r),
                };
                if let Some(m) = m {
                    out.push(DateRef::calendar(
                        Some(m.year()),
                        Some(m.month()),
                        ws[i - 1].start,
                        w.end,
                    ));
                }
            }
        } else if lower[i] == "week" && matches!(prev, "this" | "last") {
            // A week is dated like a weekday: by a day in it, compared with months only.
            let back = if prev == "last" { 7 } else { 0 };
            if let Some(d) = reference.and_then(|r| r.checked_sub_days(chrono::Days::new(back))) {
                out.push(DateRef::in_week(d, ws[i - 1].start, w.end));
            }
        } else if lower[i] == "year" && matches!(prev, "this" | "last" | "next") {
            if let Some(r) = reference {
                let y = match prev {
                    "last" => r.year() - 1,
                    "next" => r.year() + 1,
                    _ => r.year(),
                };
                out.push(DateRef::calendar(Some(y), None, ws[i - 1].start, w.end));
            }
        } else if let (Some(day), Some(r)) = (weekday_of(&lower[i]), reference) {
            let back = (7 + r.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
            // "on Sunday evening": the part of the day is part of the date.
            const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
            let part = ws.get(i + 1).and_then(|n| {
                // (An evening runs into the night: one part.)
                let k = PARTS.iter().position(|p| *p == lower[i + 1])?.min(2);
                text[w.end..n.start]
                    .trim()
                    .is_empty()
                    .then_some((k as u8 + 1, n.end))
            });
            if let Some(d) = r.checked_sub_days(chrono::Days::new(u64::from(back))) {
                let mut date = DateRef::in_week(d, w.start, part.map_or(w.end, |p| p.1));
                date.part_of_day = part.map(|p| p.0);
                out.push(date);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 11, 22)
    }

    #[test]
    fn relative_months_resolve_against_the_article_date() {
        let d = dates(
            "placed its first spy satellite into orbit last November",
            reference(),
        );
        assert_eq!((d[0].year, d[0].month), (Some(2023), Some(11)));
        let d = dates("signed a treaty in June", reference());
        assert_eq!((d[0].year, d[0].month), (Some(2024), Some(6)));
        // A month just ahead is the coming one; "next" and "last month" count from the date.
        let d = dates("the tariff takes effect on December 1", reference());
        assert_eq!(
            (d[0].year, d[0].month, d[0].day),
            (Some(2024), Some(12), Some(1))
        );
        let d = dates("talks resume next March", reference());
        assert_eq!((d[0].year, d[0].month), (Some(2025), Some(3)));
        let d = dates("fined two years ago", reference());
        assert_eq!((d[0].year, d[0].month), (Some(2022), None));
        let d = dates("fined 18 months ago", reference());
        assert_eq!((d[0].year, d[0].month), (Some(2023), Some(5)));
        let d = dates("imposed a duty last month", reference());
        assert_eq!(
            (d[0].year, d[0].month, d[0].day),
            (Some(2024), Some(10), None)
        );
    }

    #[test]
    fn news_abbreviations_of_months_are_months() {
        let d = dates("burst into a tunnel on Friday, Nov. 20.", reference());
        let nov = d.iter().find(|d| d.month == Some(11) && d.day == Some(20));
        assert!(nov.is_some(), "{d:?}");
        let d = dates("on Sept. 3, 2023", reference());
        assert_eq!(
            (d[0].year, d[0].month, d[0].day),
            (Some(2023), Some(9), Some(3))
        );
        // A decimal after a month is no year: "October was 1.26 degrees above".
        let d = dates("October was 1.26 degrees above", reference());
        assert_eq!((d[0].year, d[0].end), (Some(2024), 7), "{d:?}");
        // Not a name, nor a word without a day after it.
        assert!(dates("Dec Corp said", reference()).is_empty());
        assert!(dates("the jan 5 meeting", reference()).is_empty());
    }

    #[test]
    fn the_day_may_come_first_as_british_style_and_datelines_write_it() {
        let day = |text: &str| {
            let d = dates(text, None);
            (d[0].year, d[0].month, d[0].day)
        };
        assert_eq!(day("signed on 6 June 2017"), (Some(2017), Some(6), Some(6)));
        assert_eq!(day("25 Oct 2016"), (Some(2016), Some(10), Some(25)));
        assert_eq!(
            day("First published on Thu 6 Sep 2018 02.35 EDT"),
            (Some(2018), Some(9), Some(6))
        );
        assert!(dates("signed on 6 June 2017", None)[0]
            .contradicts(&dates("signed on 9 June 2017", None)[0]));
        assert_eq!(
            day("(meta data) PUBLISHED DATETIME: 2016-08-25 00:00:00"),
            (Some(2016), Some(8), Some(25))
        );
        assert_eq!(
            day("posted 2018-03-23T20:02:56Z"),
            (Some(2018), Some(3), Some(23))
        );
        // A count before a month is no day of it.
        assert_eq!(
            day("in 12 matches in March 2019"),
            (Some(2019), Some(3), None)
        );
    }

    #[test]
    fn a_part_of_the_day_is_part_of_a_weekday_s_date() {
        let d = |text: &str| dates(text, reference())[0].clone();
        assert_eq!(d("collapsed on Sunday evening").part_of_day, Some(3));
        assert!(d("on Sunday morning").contradicts(&d("on Sunday evening")));
        assert!(!d("on Sunday night").contradicts(&d("on Sunday evening")));
        assert!(!d("on Sunday").contradicts(&d("on Sunday evening")));
    }

    #[test]
    fn weekdays_resolve_to_the_latest_one() {
        let d = dates("said on Friday", reference());
        assert_eq!((d[0].month, d[0].day), (Some(11), Some(22)));
        let d = dates("In a speech on Thursday", reference());
        assert_eq!(d[0].day, Some(21));
    }

    #[test]
    fn a_weekday_meets_calendar_dates_of_its_week() {
        // Thursday, July 3, 2025: "on Tuesday" is July 1, and the week before it is June's.
        let r = NaiveDate::from_ymd_opt(2025, 7, 3);
        let tuesday = &dates("approved on Tuesday", r)[0];
        let month = |text: &str| dates(text, r)[0].clone();
        assert!(!month("approved in June").misses_week_of(tuesday));
        assert!(!month("approved in July").misses_week_of(tuesday));
        assert!(month("approved in May").misses_week_of(tuesday));
        assert!(month("approved in July 2024").misses_week_of(tuesday));
        // Only a calendar date against a weekday: two weekdays are compared as dates.
        assert!(!tuesday.misses_week_of(tuesday));
        assert!(month("on July 1, 2025").agrees_with(tuesday));
        assert!(month("in July").agrees_with(tuesday));
        assert!(!month("on July 2, 2025").agrees_with(tuesday));
        // "Earlier this week" is dated the same way.
        let this_week = &dates("Earlier this week, he met the minister", r)[0];
        assert!(this_week.from_weekday);
        assert!(month("met him in May").misses_week_of(this_week));
        assert!(!month("met him this month").misses_week_of(this_week));
        assert!(!month("in 2025").agrees_with(&month("in July")));
    }

    #[test]
    fn years_and_conflicts() {
        let a = dates("since the summer of 2023", None);
        assert_eq!(a[0].year, Some(2023));
        let june = dates("in June", None);
        let may = dates("in May", None);
        assert!(june[0].contradicts(&may[0]));
        assert!(!june[0].contradicts(&june[0]));
        assert!(dates("it may rain", None).is_empty());
        // A year guessed for "July 1" is no year to contradict.
        let r = NaiveDate::from_ymd_opt(2025, 1, 20);
        let july = dates("takes effect on July 1", r);
        assert!(july[0].year_inferred);
        assert!(!july[0].contradicts(&dates("growth this year", r)[0]));
        assert!(july[0].contradicts(&dates("starting August 1", r)[0]));
        assert!(dates("in 2019", r)[0].contradicts(&dates("in 2021", r)[0]));
        let range = dates("models built between 2021 and 2024", None);
        assert_eq!(
            range.iter().map(|d| d.year).collect::<Vec<_>>(),
            vec![Some(2021), Some(2024)]
        );
        assert_eq!(dates("from 2019 to 2022", None).len(), 2);
        assert!(dates("rose from 2020 levels to 2024", None).len() == 1);
    }
}
