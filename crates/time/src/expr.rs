//! What the recognizer finds before resolution: an expression's meaning,
//! with the parts the text leaves open still open.

use crate::calendar::{nth_weekday, Date};
use crate::lexicon::Unit;
use crate::value::{Season, TimexValue};
use dossier_doc::TimeModifier;

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    /// The document date ("yesterday", "last week", "two years ago").
    Document,
    /// The running date of the narrative ("three days later", "the following year").
    Narrative,
}

/// How a bare weekday is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeekRel {
    /// "on Tuesday": the nearest such day, by tense.
    Nearest,
    /// "Tuesday next week", "this Tuesday", "last Tuesday": that day in the
    /// week `n` weeks away.
    Week(i64),
    /// "this past Tuesday": the nearest such day strictly before.
    Past,
    /// "this coming Tuesday": the nearest such day strictly after.
    Future,
}

pub(crate) use crate::holiday::Holiday;

/// A day picked in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The `n`th day (`-1`: the last).
    Day(i8),
    /// The `n`th such weekday (`-1`: the last).
    Weekday(i8, u8),
}

impl Pick {
    /// The picked day in `month` of `year`.
    pub fn in_month(self, year: i32, month: u8) -> Option<Date> {
        match self {
            Pick::Day(n) if n > 0 => Date::new(year, month, n as u8),
            Pick::Day(n) => {
                let last = Date::new(year, month, crate::calendar::days_in_month(year, month))?;
                let d = last.add_days(i64::from(n) + 1)?;
                (d.month == month).then_some(d)
            }
            Pick::Weekday(n, dow) => nth_weekday(year, month, n, dow),
        }
    }
}

/// A recognized expression, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// Fully given by the text: "3 March 1958", "the 1950s", "winter of 1990".
    Abs(TimexValue),
    /// A day without its year: "May 14", "3 May".
    MonthDay { month: u8, day: u8 },
    /// A month without its year: "in December".
    Month(u8),
    /// A season without its year: "in the spring".
    Season(Season),
    /// A season counted from a reference: "the previous autumn" (-1), "this spring" (0).
    SeasonRel {
        season: Season,
        shift: i64,
        base: Base,
    },
    /// A month in a year counted from a reference: "March this year" (0,
    /// document), "September of that year" (0, narrative).
    MonthRel { month: u8, shift: i64, base: Base },
    /// The occurrence of a month next to the document's: "last November"
    /// (-1, the latest strictly before), "next May" (1), "this May" (0).
    MonthNear { month: u8, shift: i64 },
    /// A weekday.
    Weekday { dow: u8, rel: WeekRel },
    /// A shift of `n` units from a reference, normalized to `grain`:
    /// "last week" is (Week, -1, Week); "three days later" (Day, 3, Day).
    Rel {
        base: Base,
        unit: Unit,
        n: i64,
        grain: Unit,
    },
    /// `n` units after (or before) an event the following words name: "two
    /// days after the raid". `appositive` when it follows another time
    /// expression and a comma ("on Wednesday, two days after …"), which it
    /// then restates.
    Event {
        unit: Unit,
        n: i64,
        keywords: Vec<String>,
        appositive: bool,
    },
    /// A holiday, or a weekday counted in a month ("the first Tuesday of
    /// October"), year from context.
    Holiday(Holiday),
    /// The `n`th week of a month (`n = -1`: the last), counting the weeks
    /// that lie wholly in it; year from context.
    MonthWeek { month: u8, n: i8 },
    /// A day picked in a month counted from a reference: "the 20th of next
    /// month" (shift 1), "the first Monday of this month".
    InMonth { base: Base, shift: i64, pick: Pick },
    /// A weekday with its day of the month, and the month when given
    /// (`month` 0: any): "Fri, Jul 18", "Tuesday the 19th", "Friday 7/6".
    /// The weekday picks the year (or month) the day falls on it.
    WeekdayDate { dow: u8, month: u8, day: u8 },
    /// Units counted inside a period: "the third month of 2021" (n 3,
    /// count 1), "the first 2 weeks of 2021" (1, 2), "the last four months
    /// of 2021" (-1, 4), "week 27 of last year". Weeks of a year are its
    /// ISO weeks.
    NthOf {
        n: i64,
        count: i64,
        unit: Unit,
        of: Box<Expr>,
    },
    /// A holiday in the year another expression names: "Thanksgiving of
    /// next year".
    HolidayIn(Holiday, Box<Expr>),
    /// The week a day falls in: "the week of April 10th", "w/c Feb 4".
    WeekOf(Box<Expr>),
    /// The weekend of a day: "the weekend of Halloween", "Labor Day
    /// weekend" (a Monday's weekend is the one before it).
    WeekendOf(Box<Expr>),
    /// A day of the month without its month: "on the 18th".
    MonthDayOnly(u8),
    /// The `n` whole units after (or, for negative `n`, before) the one the
    /// reference falls in: "the next three days", "the past two years".
    Span { base: Base, unit: Unit, n: i64 },
    /// `n` units after (or before) another expression: "two weeks before
    /// May 13 1999", "three days after Easter", "4 months from tomorrow".
    Offset { unit: Unit, n: i64, from: Box<Expr> },
    /// Part of a period: "the end of 1959", "late 1973", "mid-July".
    Part(Box<Expr>, TimeModifier),
    /// From one expression to another: "between 1996 and 2008".
    Range(Box<Expr>, Box<Expr>),
}

impl Expr {
    /// True when the expression needs a year from context.
    pub fn lacks_year(&self) -> bool {
        matches!(
            self,
            Expr::MonthDay { .. }
                | Expr::Month(_)
                | Expr::Season(_)
                | Expr::Holiday { .. }
                | Expr::MonthWeek { .. }
        )
    }
}
