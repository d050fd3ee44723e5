//! Lexicons: the facts the matchers look up (ranks, titles, organizations, places,
//! surnames …). Built-in ones are the TSV files of `data/`, embedded and parsed once; callers
//! add entries or whole files of the same format.

use crate::entity::Force;
use crate::error::{Error, Result};
use crate::normalize::tone;
use std::io::BufRead;

/// What a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A police or military rank.
    Rank,
    /// A post: "Phó Giám đốc".
    Title,
    /// An organization name or head.
    Org,
    /// An abbreviation and its expansion.
    Abbr,
    /// A place name.
    Place,
    /// An administrative unit word: "tỉnh", "huyện".
    Unit,
    /// A family name.
    Surname,
    /// A form of address: "ông", "đồng chí".
    Honorific,
    /// A document word and its code: "Thông tư" → "TT".
    DocType,
    /// A phrase that is not an entity though it looks like one ("Ban tổ chức").
    Stop,
}

impl EntryKind {
    /// Parses the `kind` column.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "rank" => EntryKind::Rank,
            "title" => EntryKind::Title,
            "org" | "organization" => EntryKind::Org,
            "abbr" => EntryKind::Abbr,
            "place" | "location" => EntryKind::Place,
            "unit" => EntryKind::Unit,
            "surname" => EntryKind::Surname,
            "honorific" => EntryKind::Honorific,
            "doctype" => EntryKind::DocType,
            "stop" => EntryKind::Stop,
            _ => return None,
        })
    }
}

/// How an organization entry combines with the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum OrgType {
    /// A whole name.
    #[default]
    Fixed,
    /// Takes an administrative scope and place: "Công an tỉnh Quảng Nam".
    Scope,
    /// Takes a place name: "Tỉnh ủy Hậu Giang".
    Place,
    /// Takes another organization: "Ban Thường vụ Tỉnh ủy".
    Of,
    /// Takes a capitalised name: "Công ty TNHH Lạc Tỷ II".
    Name,
    /// Takes a descriptive name up to the end of the phrase: "Cục Cảnh sát giao thông".
    Desc,
}

/// Administrative level of a unit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Level {
    /// tỉnh, thành phố.
    Province,
    /// huyện, quận, thị xã.
    District,
    /// xã, phường, thị trấn.
    #[default]
    Commune,
    /// thôn, ấp, khu phố.
    Village,
    /// khu công nghiệp.
    Zone,
    /// đường, phố.
    Street,
}

/// The attributes column, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Attrs {
    /// `grade=` of a rank.
    pub grade: u8,
    /// `force=`.
    pub force: Option<Force>,
    /// `type=` of an organization.
    pub org_type: OrgType,
    /// `unit=` of a place.
    pub unit: Option<String>,
    /// `level=` of a unit word.
    pub level: Level,
    /// `tail=name` of a title.
    pub tail_name: bool,
    /// `bare=no`: a scope head that is not an organization without its scope ("Công an");
    /// `bare=yes` on a head that takes another organization (`type=of`) and is one alone,
    /// where capitalised ("Cơ quan Cảnh sát điều tra"), which others of that type are not.
    pub bare: bool,
    /// `diacritics=yes`: an entry that reads as other words without its diacritics ("đảo"
    /// is "đạo" of "lãnh đạo" written without them), so taken only as written with them.
    pub diacritics: bool,
    /// `word=yes`: a place name that is also an ordinary phrase ("Thống Nhất", "Hòa
    /// Bình"), taken in lower case only on a line written all in lower case.
    pub word: bool,
    /// `headed=yes` on a unit word: a facility a post heads, named by that word
    /// ("Giám đốc Cảng hàng không …", "Trụ trì chùa …").
    pub headed: bool,
    /// `number=marked` on a unit word: a number after it is part of the place only where
    /// the word is written with its diacritics ("bản 3"; without them "ban 3 goi" is "bán
    /// 3 gói", sells three packets).
    pub number_marked: bool,
    /// `ends=yes` on a unit word: a road named by the places it joins, with a dash between
    /// ("cao tốc Cam Lộ - La Sơn"): its name runs across the dashes.
    pub ends: bool,
    /// `known=yes` on a unit word: a place after it only where the lexicon knows the place
    /// and it is no country ("thủ đô Bangkok"; not "thủ đô kháng chiến", "Thủ đô Việt Nam");
    /// no scope of a body's name.
    pub known: bool,
    /// `era=old` on a place: a unit of before the 2025 merger. A city of the lexicon that
    /// is not (the centrally run cities, cities abroad) is a whole name, as a province is.
    pub old: bool,
    /// `abroad=yes` on a title: a post held only abroad ("Tỉnh trưởng" of Laos, "Tổng
    /// thống"), after which a capitalised run is a name with no surname of the country's
    /// own to anchor it ("Phó Tỉnh trưởng Khăm Phăn Sổm Phon"). On a place, a place abroad.
    pub abroad: bool,
}

impl Attrs {
    /// Whether a place is a city of today: of unit "thành phố" and no unit of before 2025
    /// (the centrally run cities, cities abroad), whose name is whole, as a province's is.
    pub fn city_of_today(&self) -> bool {
        self.unit.as_deref() == Some("thành phố") && !self.old
    }
}

impl Default for Attrs {
    fn default() -> Self {
        Attrs {
            grade: 0,
            force: None,
            org_type: OrgType::Fixed,
            unit: None,
            level: Level::Commune,
            tail_name: false,
            bare: true,
            diacritics: false,
            word: false,
            headed: false,
            number_marked: false,
            ends: false,
            known: false,
            old: false,
            abroad: false,
        }
    }
}

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// What it is.
    pub kind: EntryKind,
    /// As written in news.
    pub surface: String,
    /// As returned in output.
    pub canonical: String,
    /// Its attributes.
    pub attrs: Attrs,
}

impl Entry {
    /// A new entry; `canonical` empty means the surface itself.
    pub fn new(kind: EntryKind, surface: &str, canonical: &str, attrs: Attrs) -> Self {
        let surface = surface.trim().to_string();
        let canonical = if canonical.trim().is_empty() {
            tone::old_style(&surface)
        } else {
            tone::old_style(canonical.trim())
        };
        Entry {
            kind,
            surface,
            canonical,
            attrs,
        }
    }
}

/// A two-valued attribute: `on` is true, `off` false, anything else none.
fn flag(v: &str, on: &str, off: &str) -> Option<bool> {
    match v.trim() {
        x if x == on => Some(true),
        x if x == off => Some(false),
        _ => None,
    }
}

fn parse_attrs(s: &str, origin: &str, line: usize) -> Result<Attrs> {
    let mut a = Attrs::default();
    let mut bare_given = false;
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').ok_or_else(|| {
            Error::lexicon(origin, line, format!("attribute {part:?} is not key=value"))
        })?;
        let bad = || Error::lexicon(origin, line, format!("bad value {v:?} for {k}"));
        match k.trim() {
            "grade" => a.grade = v.trim().parse().map_err(|_| bad())?,
            "force" => {
                a.force = match v.trim() {
                    "police" => Some(Force::Police),
                    "military" => Some(Force::Military),
                    _ => return Err(bad()),
                }
            }
            "type" => {
                a.org_type = match v.trim() {
                    "fixed" => OrgType::Fixed,
                    "scope" => OrgType::Scope,
                    "place" => OrgType::Place,
                    "of" => OrgType::Of,
                    "name" => OrgType::Name,
                    "desc" => OrgType::Desc,
                    _ => return Err(bad()),
                }
            }
            "unit" => a.unit = Some(v.trim().to_string()),
            "level" => {
                a.level = match v.trim() {
                    "province" => Level::Province,
                    "district" => Level::District,
                    "commune" => Level::Commune,
                    "village" => Level::Village,
                    "zone" => Level::Zone,
                    "street" => Level::Street,
                    _ => return Err(bad()),
                }
            }
            "tail" => a.tail_name = v.trim() == "name",
            "bare" => {
                bare_given = true;
                a.bare = flag(v, "yes", "no").ok_or_else(bad)?;
            }
            "diacritics" => a.diacritics = flag(v, "yes", "no").ok_or_else(bad)?,
            "word" => a.word = flag(v, "yes", "no").ok_or_else(bad)?,
            "headed" => a.headed = flag(v, "yes", "no").ok_or_else(bad)?,
            "number" => a.number_marked = flag(v, "marked", "any").ok_or_else(bad)?,
            "ends" => a.ends = flag(v, "yes", "no").ok_or_else(bad)?,
            "known" => a.known = flag(v, "yes", "no").ok_or_else(bad)?,
            "era" => a.old = v.trim() == "old",
            "abroad" => a.abroad = flag(v, "yes", "no").ok_or_else(bad)?,
            // Unknown keys are data for other tools (source=): kept out of the way.
            _ => {}
        }
    }
    // A head that takes another organization is none alone, unless it says so.
    if a.org_type == OrgType::Of && !bare_given {
        a.bare = false;
    }
    Ok(a)
}

/// Parses lexicon text in the format of `data/README.md`.
pub fn parse(src: &str, origin: &str) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let line = n + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        if cols.len() < 2 || cols.len() > 4 {
            return Err(Error::lexicon(
                origin,
                line,
                format!(
                    "expected 2 to 4 tab-separated columns, found {}",
                    cols.len()
                ),
            ));
        }
        let kind = EntryKind::parse(cols[0].trim())
            .ok_or_else(|| Error::lexicon(origin, line, format!("unknown kind {:?}", cols[0])))?;
        let surface = cols[1].trim();
        if surface.is_empty() {
            return Err(Error::lexicon(origin, line, "empty surface"));
        }
        let canonical = cols.get(2).copied().unwrap_or("");
        let attrs = parse_attrs(cols.get(3).copied().unwrap_or(""), origin, line)?;
        if kind == EntryKind::Rank && attrs.grade == 0 {
            return Err(Error::lexicon(origin, line, "a rank needs grade=N"));
        }
        out.push(Entry::new(kind, surface, canonical, attrs));
    }
    Ok(out)
}

/// Reads lexicon lines from any reader.
pub fn read<R: BufRead>(reader: R, origin: &str) -> Result<Vec<Entry>> {
    let mut text = String::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                Error::lexicon(origin, n + 1, "not valid UTF-8")
            } else {
                Error::Io {
                    origin: origin.to_string(),
                    source: e,
                }
            }
        })?;
        text.push_str(&line);
        text.push('\n');
    }
    parse(&text, origin)
}

/// The built-in lexicon files, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("data/ranks.tsv", include_str!("../data/ranks.tsv")),
    ("data/titles.tsv", include_str!("../data/titles.tsv")),
    (
        "data/honorifics.tsv",
        include_str!("../data/honorifics.tsv"),
    ),
    ("data/units.tsv", include_str!("../data/units.tsv")),
    (
        "data/organizations.tsv",
        include_str!("../data/organizations.tsv"),
    ),
    (
        "data/abbreviations.tsv",
        include_str!("../data/abbreviations.tsv"),
    ),
    ("data/doctypes.tsv", include_str!("../data/doctypes.tsv")),
    ("data/places.tsv", include_str!("../data/places.tsv")),
    ("data/surnames.tsv", include_str!("../data/surnames.tsv")),
    ("data/stops.tsv", include_str!("../data/stops.tsv")),
    (
        "data/universities.tsv",
        include_str!("../data/universities.tsv"),
    ),
];

/// All built-in entries.
pub fn builtin() -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    for (name, src) in BUILTIN {
        out.extend(parse(src, name)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        let all = builtin().expect("built-in lexicons parse");
        for kind in [
            EntryKind::Rank,
            EntryKind::Title,
            EntryKind::Org,
            EntryKind::Place,
            EntryKind::Surname,
        ] {
            assert!(all.iter().any(|e| e.kind == kind), "{kind:?} missing");
        }
        let ranks = all.iter().filter(|e| e.kind == EntryKind::Rank).count();
        assert!(ranks >= 21, "{ranks} ranks");
    }

    #[test]
    fn canonical_defaults_to_old_style_surface() {
        let e = &parse("rank\tĐại uý\t\tgrade=9", "t").unwrap()[0];
        assert_eq!(e.canonical, "Đại úy");
        assert_eq!(e.attrs.grade, 9);
    }

    #[test]
    fn unit_attributes() {
        let es = parse(
            "unit\tbản\t\tlevel=village;number=marked\nunit\tsân bay\t\tlevel=zone;headed=yes\n",
            "t",
        )
        .unwrap();
        assert!(es[0].attrs.number_marked && !es[0].attrs.headed);
        assert!(es[1].attrs.headed && !es[1].attrs.number_marked);
        assert_eq!(es[1].attrs.level, Level::Zone);
        let err = parse("unit\tx\t\tnumber=sometimes", "m").unwrap_err();
        assert!(err.to_string().starts_with("m:1: bad value"), "{err}");
        // The facts the matchers rely on are in the built-in lexicon.
        let all = builtin().unwrap();
        let unit = |s: &str| {
            all.iter()
                .find(|e| e.kind == EntryKind::Unit && e.surface == s)
                .map(|e| e.attrs.clone())
                .unwrap()
        };
        assert!(unit("bản").number_marked);
        assert!(unit("chùa").headed && unit("sân bay").headed);
        assert!(!unit("xã").headed && !unit("xã").number_marked);
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("# c\nrank\tĐại tá\t\tgrade=5\nbogus\tx\n", "mine.tsv").unwrap_err();
        assert_eq!(err.to_string(), "mine.tsv:3: unknown kind \"bogus\"");
        let err = parse("rank\tĐại tá\t\tgrade=five", "m").unwrap_err();
        assert!(err.to_string().starts_with("m:1: bad value"), "{err}");
        let err = parse("org\tX\t\ttype", "m").unwrap_err();
        assert!(err.to_string().contains("key=value"));
        let err = parse("org\ta\tb\tc\td", "m").unwrap_err();
        assert!(err.to_string().contains("columns"));
    }

    #[test]
    fn invalid_utf8_in_reader_is_an_error() {
        let bytes: &[u8] = b"rank\t\xff\t\tgrade=1\n";
        let err = read(bytes, "r").unwrap_err();
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }
}
