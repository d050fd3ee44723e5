//! The entity model: a typed value with the byte span of the original input it came from.

use std::ops::{Index, Range};

/// A byte range of the original input, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Its length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether it covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// Whether `other` lies within this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Whether the two spans share a byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// As a `Range`.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, s: Span) -> &str {
        &self[s.start..s.end]
    }
}

/// The kinds of entity, as named in the JSON form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A police or military rank.
    Rank,
    /// A person's name.
    Person,
    /// An organization.
    Organization,
    /// A place.
    Location,
    /// A count or quantity.
    Number,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A fraction such as "72/94".
    Fraction,
    /// A calendar date, possibly partial.
    Date,
    /// A time of day.
    Time,
    /// A span of years.
    Period,
    /// A legal document code.
    Document,
    /// A person with a rank or posts.
    Official,
}

impl Kind {
    /// The name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Rank => "rank",
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Number => "number",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Fraction => "fraction",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Period => "period",
            Kind::Document => "document",
            Kind::Official => "official",
        }
    }
    /// Every kind, in the order above.
    pub const ALL: [Kind; 13] = [
        Kind::Rank,
        Kind::Person,
        Kind::Organization,
        Kind::Location,
        Kind::Number,
        Kind::Money,
        Kind::Percent,
        Kind::Fraction,
        Kind::Date,
        Kind::Time,
        Kind::Period,
        Kind::Document,
        Kind::Official,
    ];
}

/// Which armed force a rank belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Force {
    /// The People's Public Security (Công an nhân dân).
    Police,
    /// The People's Army (Quân đội nhân dân).
    Military,
}

/// One post held by an official: "Phó Giám đốc Công an tỉnh".
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Role {
    /// The post as written.
    pub text: String,
    /// The title, canonical ("Phó Giám đốc").
    pub title: String,
    /// The organization, canonical, if the post names one.
    pub organization: Option<String>,
    /// Where the post is written in the input.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub span: Span,
}

/// A person with a rank or at least one post.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Official {
    /// The person's name (NFC, single spaces).
    pub name: String,
    /// The rank, canonical, if given.
    pub rank: Option<String>,
    /// The force the rank or the organizations point to, if any.
    pub force: Option<Force>,
    /// The form of address, if given ("ông", "đồng chí").
    pub honorific: Option<String>,
    /// The posts, in the order written.
    pub roles: Vec<Role>,
    /// Where the name is written.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub person: Span,
}

/// A legal document code and its parts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Document {
    /// The code as written (spaces removed).
    pub code: String,
    /// Its number ("124").
    pub number: Option<String>,
    /// Its year, if the code carries one.
    pub year: Option<i32>,
    /// The document type code ("TT").
    pub doc_type: Option<String>,
    /// The issuing body code ("BCA").
    pub issuer: Option<String>,
}

/// The typed value of an entity; the variant is its kind. The large variants are boxed so
/// that a value stays small: documents are few, numbers many.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Value {
    /// A rank: "Trung tướng".
    Rank {
        /// Canonical form.
        rank: String,
        /// 1 = Đại tướng, higher numbers are lower ranks.
        grade: u8,
        /// The force, when the text says it.
        force: Option<Force>,
    },
    /// A person: "Nguyễn Đình Khang".
    Person {
        /// The name as written, NFC, single spaces.
        name: String,
    },
    /// An organization: "Tổng Liên đoàn Lao động Việt Nam".
    Organization {
        /// Canonical name.
        name: String,
    },
    /// A place: "tỉnh Hậu Giang".
    Location {
        /// The name without the unit word.
        name: String,
        /// The administrative unit ("tỉnh", "huyện" …), if written.
        unit: Option<String>,
    },
    /// A number: "3.184" → 3184.
    Number {
        /// The value.
        #[cfg_attr(feature = "serde", serde(serialize_with = "ser_num"))]
        value: f64,
    },
    /// Money: "300 triệu đồng" → 300000000 VND.
    Money {
        /// The amount in the currency's unit.
        #[cfg_attr(feature = "serde", serde(serialize_with = "ser_num"))]
        value: f64,
        /// ISO code: "VND", "USD" …
        currency: String,
    },
    /// A percentage: "12,5%" → 12.5.
    Percent {
        /// The value.
        #[cfg_attr(feature = "serde", serde(serialize_with = "ser_num"))]
        value: f64,
    },
    /// A fraction: "72/94".
    Fraction {
        /// Numerator.
        numerator: u64,
        /// Denominator.
        denominator: u64,
    },
    /// A date, each part possibly unknown.
    Date {
        /// Year.
        year: Option<i32>,
        /// Month, 1–12.
        month: Option<u8>,
        /// Day, 1–31.
        day: Option<u8>,
    },
    /// A time of day.
    Time {
        /// Hour, 0–23.
        hour: u8,
        /// Minute.
        minute: u8,
        /// Second, if written.
        second: Option<u8>,
    },
    /// A span of years: "2018 - 2023".
    Period {
        /// First year.
        start: i32,
        /// Last year.
        end: i32,
    },
    /// A legal document code: "124/2021/TT-BCA".
    Document(Box<Document>),
    /// An official: a person with rank and posts.
    Official(Box<Official>),
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Rank { .. } => Kind::Rank,
            Value::Person { .. } => Kind::Person,
            Value::Organization { .. } => Kind::Organization,
            Value::Location { .. } => Kind::Location,
            Value::Number { .. } => Kind::Number,
            Value::Money { .. } => Kind::Money,
            Value::Percent { .. } => Kind::Percent,
            Value::Fraction { .. } => Kind::Fraction,
            Value::Date { .. } => Kind::Date,
            Value::Time { .. } => Kind::Time,
            Value::Period { .. } => Kind::Period,
            Value::Document(_) => Kind::Document,
            Value::Official(_) => Kind::Official,
        }
    }
}

/// One entity found in the input.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// Exactly `input[start..end]`.
    pub text: &'a str,
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte in the original input.
    pub end: usize,
    /// The typed value.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub value: Value,
}

impl<'a> Entity<'a> {
    /// Builds an entity over `input[span]`.
    pub fn new(input: &'a str, span: Span, value: Value) -> Self {
        Entity {
            text: &input[span],
            start: span.start,
            end: span.end,
            value,
        }
    }
    /// Its kind.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
    /// Its span in the original input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// The text it covers.
    pub fn text(&self) -> &'a str {
        self.text
    }
}

#[cfg(feature = "serde")]
fn ser_num<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}
