//! Score floors: the extractor's output over ../shared/eval/dev.jsonl, and over the
//! project's own held-out sentences (tests/data/heldout.jsonl to heldout175.jsonl: text without diacritics, NFD, capitals, lower case, other provinces, military ranks,
//! money, spelled dates, appointments, courts, storms, budgets), scored by the shared
//! scorer (../shared/eval/score.py), must stay at or above the floors below.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

/// Runs the extractor over `gold` and the shared scorer over its output; `None` (with a
/// message) when the scorer or python3 is absent.
fn score(gold: &Path, tag: &str) -> Option<serde_json::Value> {
    let scorer = common::gold_path()?.with_file_name("score.py");
    let texts = common::texts_of(gold);
    let pred_path =
        std::env::temp_dir().join(format!("viet-extract-{tag}-{}.jsonl", std::process::id()));
    {
        let mut f = std::fs::File::create(&pred_path).expect("temp file");
        for (id, text) in &texts {
            let entities = viet_extract::extract(text);
            let line = serde_json::json!({ "id": id, "entities": entities });
            writeln!(f, "{line}").expect("write");
        }
    }
    let out = Command::new("python3")
        .arg(&scorer)
        .arg(gold)
        .arg(&pred_path)
        .arg("--json")
        .output();
    let _ = std::fs::remove_file(&pred_path);
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED: python3 could not run the scorer: {e}");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("scorer prints JSON"))
}

#[test]
fn dev_gold_floor() {
    let Some(gold) = common::gold_path() else {
        return;
    };
    let Some(res) = score(&gold, "dev") else {
        return;
    };
    let f1 = |k: &str| res["kinds"][k]["f1"].as_f64().unwrap_or(0.0);
    let value = |k: &str| res["kinds"][k]["value_acc"].as_f64().unwrap_or(1.0);
    // The floors each capability is held to.
    assert_eq!(f1("rank"), 1.0, "rank F1");
    assert!(
        f1("organization") >= 0.95,
        "organization F1 {}",
        f1("organization")
    );
    assert!(f1("location") >= 0.90, "location F1 {}", f1("location"));
    assert!(f1("person") >= 0.95, "person F1 {}", f1("person"));
    for k in [
        "number", "percent", "fraction", "date", "time", "period", "document",
    ] {
        assert!(f1(k) >= 0.97, "{k} F1 {}", f1(k));
        assert_eq!(value(k), 1.0, "{k} value accuracy");
    }
    let o = &res["officials"];
    assert!(o["f1"].as_f64().unwrap_or(0.0) >= 0.95, "officials F1 {o}");
    assert_eq!(o["rank_acc"].as_f64(), Some(1.0), "officials rank accuracy");
    assert!(o["role_f1"].as_f64().unwrap_or(0.0) >= 0.90, "roles F1 {o}");
}

#[test]
fn heldout_floor() {
    heldout("heldout");
}

#[test]
fn heldout2_floor() {
    heldout("heldout2");
}

#[test]
fn heldout3_floor() {
    heldout("heldout3");
}

#[test]
fn heldout4_floor() {
    heldout("heldout4");
}

#[test]
fn heldout5_floor() {
    heldout("heldout5");
}

/// Passages with messy typography and text typed in lower case: posts written across a line
/// break or in lower case are not all found, hence a lower floor for roles.
#[test]
fn heldout6_floor() {
    heldout_with(
        "heldout6",
        Floors {
            roles: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Lines about the army, Party and state posts, money and documents, eight of them in lower
/// case and six without diacritics (written blind; 0.950 micro F1 on first sight).
#[test]
fn heldout7_floor() {
    heldout("heldout7");
}

/// The hard input forms: no diacritics, lower case, capitals, NFD, old tone placement,
/// messy typography (written blind; 0.896 micro F1 on first sight).
#[test]
fn heldout8_floor() {
    heldout("heldout8");
}

/// A mixed feed from many provinces (written blind; 0.940 micro F1 on first sight). Its
/// lower-case organizations named like people ("trường thpt chuyên …") and football clubs
/// are not found.
#[test]
fn heldout9_floor() {
    heldout_with(
        "heldout9",
        Floors {
            micro: 0.96,
            kind: 0.90,
            officials: 0.95,
            roles: 0.90,
            except: &[],
        },
    );
}

/// The floors a held-out set is held to.
struct Floors {
    micro: f64,
    kind: f64,
    officials: f64,
    roles: f64,
    /// Kinds held to their own floor.
    except: &'static [(&'static str, f64)],
}

impl Floors {
    const DEFAULT: Floors = Floors {
        micro: 0.98,
        kind: 0.95,
        officials: 0.95,
        roles: 0.95,
        except: &[],
    };
}

fn heldout(name: &str) {
    heldout_with(name, Floors::DEFAULT);
}

fn heldout_with(name: &str, floors: Floors) {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/{name}.jsonl"));
    let Some(res) = score(&gold, name) else {
        return;
    };
    let micro = res["micro"]["f1"].as_f64().unwrap_or(0.0);
    assert!(micro >= floors.micro, "held-out micro F1 {micro}");
    for (k, v) in res["kinds"].as_object().expect("kinds") {
        let f1 = v["f1"].as_f64().unwrap_or(0.0);
        let floor = floors
            .except
            .iter()
            .find(|(x, _)| x == k)
            .map_or(floors.kind, |&(_, f)| f);
        assert!(f1 >= floor, "held-out {k} F1 {f1}");
        if let Some(acc) = v["value_acc"].as_f64() {
            assert_eq!(acc, 1.0, "held-out {k} value accuracy");
        }
    }
    let o = &res["officials"];
    assert!(
        o["f1"].as_f64().unwrap_or(0.0) >= floors.officials,
        "held-out officials {o}"
    );
    assert_eq!(o["rank_acc"].as_f64(), Some(1.0), "held-out rank accuracy");
    assert!(
        o["role_f1"].as_f64().unwrap_or(0.0) >= floors.roles,
        "held-out roles {o}"
    );
}

/// Whole paragraphs in the corpus's genre (written blind; 0.992 micro F1 on first sight).
#[test]
fn heldout10_floor() {
    heldout("heldout10");
}

/// Ranks and units, money and spelled dates, the provinces after 2025, in every input form
/// (written blind; 0.964 micro F1 on first sight). Its lower-case wards and a square
/// ("Quảng trường Ba Đình") are not all found.
#[test]
fn heldout11_floor() {
    heldout_with(
        "heldout11",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// A day of news from a monitoring service, with traps (written blind; 0.966 micro F1 and
/// 0.936 officials F1 on first sight). Its capitals' ministries of other countries, a
/// name written without diacritics that reads as a rank ("Ha Si Luong") and foreign
/// armies' posts are not all found.
#[test]
fn heldout12_floor() {
    heldout_with(
        "heldout12",
        Floors {
            micro: 0.97,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Ranks, money and dates in every written form (written blind; 0.943 micro F1 and 0.889
/// roles F1 on first sight). Amounts of đồng said without the word in mid-clause, and posts
/// in lower case, are not all found.
#[test]
fn heldout13_floor() {
    heldout_with(
        "heldout13",
        Floors {
            micro: 0.97,
            kind: 0.90,
            roles: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// The provincial press across the country after the 2025 merger (written blind; 0.943
/// micro F1 and 0.947 roles F1 on first sight).
#[test]
fn heldout14_floor() {
    heldout_with(
        "heldout14",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Paragraphs of court, police and army news (written blind; 0.983 micro F1 and 0.956
/// roles F1 on first sight).
#[test]
fn heldout15_floor() {
    heldout("heldout15");
}

/// Economy, health and schooling news with many numbers, in every form (written blind;
/// 0.944 micro F1, 0.955 officials F1 and 0.810 roles F1 on first sight). Its lines in
/// lower case typed as on social media ("ubnd tp", "sở gd-đt hn") and posts of bodies
/// named by their kind ("Hiệu trưởng nhà trường") are not all found.
#[test]
fn heldout16_floor() {
    heldout_with(
        "heldout16",
        Floors {
            micro: 0.96,
            kind: 0.93,
            roles: 0.85,
            ..Floors::DEFAULT
        },
    );
}

/// Personnel news of the Party, the state and the forces (written blind; 0.985 micro F1,
/// 0.981 officials F1 and 0.824 roles F1 on first sight). Its writer counts a post given
/// by "giữ chức" or "được bầu" as no role of the person, where the other sets and this
/// crate count it ("A, Phó Giám đốc Sở X, giữ chức Giám đốc Sở X" holds both): most of its
/// role errors are that.
#[test]
fn heldout17_floor() {
    heldout_with(
        "heldout17",
        Floors {
            roles: 0.80,
            ..Floors::DEFAULT
        },
    );
}

/// Foreign affairs, defence cooperation and trade (written blind; 0.809 micro F1 and 0.725
/// officials F1 on first sight, which led to the cities abroad, the bodies abroad and the
/// foreign names after a post). Its lines in lower case name countries with nothing before
/// them, which are not found.
#[test]
fn heldout18_floor() {
    heldout_with(
        "heldout18",
        Floors {
            micro: 0.96,
            kind: 0.92,
            officials: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Local incident news: accidents, fires, floods, arrests (written blind; 0.935 micro F1 and
/// 0.727 roles F1 on first sight).
#[test]
fn heldout19_floor() {
    heldout_with(
        "heldout19",
        Floors {
            micro: 0.96,
            kind: 0.94,
            roles: 0.90,
            except: &[],
            ..Floors::DEFAULT
        },
    );
}

/// Police, army, Party and economy news in the hard forms a scraper produces (written
/// blind; 0.952 micro F1 and 0.901 officials F1 on first sight). Names with no Vietnamese
/// surname to anchor them ("A Đinh Khoan", "H'Nga Niê" in lower case) are not found.
#[test]
fn heldout20_floor() {
    heldout_with(
        "heldout20",
        Floors {
            micro: 0.97,
            kind: 0.93,
            officials: 0.92,
            except: &[],
            ..Floors::DEFAULT
        },
    );
}

/// The army and the border guard: units by number, every grade of military rank, the navy's
/// admirals, in every written form (written blind; 0.974 micro F1 and 0.970 officials F1
/// on first sight).
#[test]
fn heldout21_floor() {
    heldout_with(
        "heldout21",
        Floors {
            micro: 0.98,
            roles: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Money and numbers in every written form: currency codes before the amount, "tỷ rưỡi",
/// spelled dates, lunar years (written blind; 0.951 micro F1 and 0.963 officials F1 on
/// first sight, on the annotations before the seven edits of the outermost name).
#[test]
fn heldout22_floor() {
    heldout_with(
        "heldout22",
        Floors {
            micro: 0.98,
            ..Floors::DEFAULT
        },
    );
}

/// Local government after the 2025 merger, across the 34 provinces (written blind; 0.926
/// micro F1 and 0.982 officials F1 on first sight). Communes and villages not in the
/// lexicon, written in lower case or in capitals ("xã mường lý", "XÃ TAM QUANG"), are not
/// found: nothing tells their name from the words after it.
#[test]
fn heldout23_floor() {
    heldout_with(
        "heldout23",
        Floors {
            micro: 0.95,
            kind: 0.94,
            officials: 0.96,
            roles: 0.94,
            except: &[("location", 0.84)],
        },
    );
}

/// Courts, health and education, with degrees before names and sentences in years
/// (written blind; 0.967 micro F1 and 0.905 officials F1 on first sight).
#[test]
fn heldout24_floor() {
    heldout_with(
        "heldout24",
        Floors {
            micro: 0.98,
            officials: 0.96,
            roles: 0.89,
            ..Floors::DEFAULT
        },
    );
}

/// Whole paragraphs: police operations, trials, Party congresses, flood relief, the border,
/// schools, with people named again by rank and given name (written blind; 0.965 micro F1
/// and 0.890 officials F1 on first sight, most of its official errors a person named again
/// by the given name alone, which the gold gives no official of its own).
#[test]
fn heldout25_floor() {
    heldout_with(
        "heldout25",
        Floors {
            micro: 0.97,
            kind: 0.93,
            officials: 0.98,
            except: &[("fraction", 0.8)],
            ..Floors::DEFAULT
        },
    );
}

/// Business, infrastructure and state enterprises (written blind; 0.935 micro F1 and 0.882
/// officials F1 on first sight).
#[test]
fn heldout26_floor() {
    heldout_with(
        "heldout26",
        Floors {
            kind: 0.92,
            officials: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// The hardest written forms: unaccented, capitals, NFD, old tones, messy typography,
/// social-media abbreviations ("ca phường", "hn", "500k"), text glued by a scraper (written
/// blind; 0.941 micro F1 on first sight). Social-media abbreviations are not read.
#[test]
fn heldout27_floor() {
    heldout_with(
        "heldout27",
        Floors {
            micro: 0.95,
            kind: 0.93,
            except: &[("location", 0.78)],
            ..Floors::DEFAULT
        },
    );
}

/// Culture, sports and tourism: clubs, stadiums, museums, foreign athletes (written blind;
/// 0.859 micro F1 and 0.923 officials F1 on first sight, the weakest domain: clubs and
/// venues were not in the lexicon, and foreign names after a trade had no anchor).
#[test]
fn heldout28_floor() {
    heldout_with(
        "heldout28",
        Floors {
            micro: 0.95,
            kind: 0.85,
            officials: 0.95,
            roles: 0.90,
            except: &[],
        },
    );
}

/// Central Party and State personnel, sessions and votes (written blind; 0.993 micro F1 and
/// 0.951 officials F1 on first sight).
#[test]
fn heldout29_floor() {
    heldout_with(
        "heldout29",
        Floors {
            micro: 0.99,
            officials: 0.94,
            ..Floors::DEFAULT
        },
    );
}

/// Disasters, weather and accidents (written blind; 0.932 micro F1 and 1.000 officials F1
/// on first sight, before three times lost their part of the day and four storm numbers
/// became optional, as in the other sets).
#[test]
fn heldout30_floor() {
    heldout_with(
        "heldout30",
        Floors {
            micro: 0.97,
            kind: 0.90,
            roles: 0.85,
            ..Floors::DEFAULT
        },
    );
}

/// Education, science and technology (written blind; 0.956 micro F1 and 0.947 officials
/// F1 on first sight). Its writer leaves "Việt Nam" out where it stands for the people of
/// the country ("người nộp đơn Việt Nam"), where this crate marks the place.
#[test]
fn heldout31_floor() {
    heldout_with(
        "heldout31",
        Floors {
            micro: 0.97,
            roles: 0.93,
            except: &[("location", 0.7)],
            ..Floors::DEFAULT
        },
    );
}

/// Market and price briefs, heavy with money per unit, percents and indexes (written
/// blind; 0.947 micro F1 and 1.000 officials F1 on first sight).
#[test]
fn heldout32_floor() {
    heldout_with(
        "heldout32",
        Floors {
            kind: 0.93,
            except: &[("location", 0.85)],
            ..Floors::DEFAULT
        },
    );
}

/// Border provinces and the neighbours: border gates, posts of Lao, Cambodian and Chinese
/// provinces, envoys (written blind; 0.910 micro F1 and 0.880 officials F1 on first sight).
#[test]
fn heldout33_floor() {
    heldout_with(
        "heldout33",
        Floors {
            micro: 0.95,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Police and crime across the provinces, units named in full and by code (written blind;
/// 0.931 micro F1 and 1.000 officials F1 on first sight, on the annotations before twelve
/// pairs of a unit and its police were joined into the outermost name).
#[test]
fn heldout34_floor() {
    heldout_with(
        "heldout34",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Health and social affairs (written blind; 0.967 micro F1 and 1.000 officials F1 on first
/// sight).
#[test]
fn heldout35_floor() {
    heldout_with(
        "heldout35",
        Floors {
            micro: 0.97,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// A mixed day of newswire, with datelines, credits and the typography scrapers leave
/// (written blind; 0.973 micro F1 and 0.978 officials F1 on first sight).
#[test]
fn heldout36_floor() {
    heldout_with(
        "heldout36",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// The armed forces beyond the army's main line: the navy, the air force, the coast guard,
/// the military regions and their academies (written blind; 0.968 micro F1 and 0.960
/// officials F1 on first sight, on the annotations before three officials named again by
/// the given name alone were taken out).
#[test]
fn heldout37_floor() {
    heldout("heldout37");
}

/// Numbers written out in words and in mixed forms, as in rulings and contracts (written
/// blind; 0.963 micro F1 and 0.968 officials F1 on first sight).
#[test]
fn heldout38_floor() {
    heldout("heldout38");
}

/// Provincial press of the mountains, the highlands and the delta after the 2025 merger
/// (written blind; 0.993 micro F1 and 0.971 officials F1 on first sight).
#[test]
fn heldout39_floor() {
    heldout("heldout39");
}

/// Trials and investigations of corruption, defendants with their former posts (written
/// blind; 0.974 micro F1 and 0.897 officials F1 on first sight, on the annotations before
/// "nguyên" and "cựu" were taken out of 24 roles and a span of years became a period, as
/// the other sets and the dev gold have them).
#[test]
fn heldout40_floor() {
    heldout_with(
        "heldout40",
        Floors {
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Transport, energy and infrastructure projects (written blind; 0.947 micro F1 and 0.955
/// officials F1 on first sight, on the annotations before kilometre markers' numbers, a
/// quarter's year, a numbered road's or bridge's number and airports became optional, as
/// the other sets have them).
#[test]
fn heldout41_floor() {
    heldout("heldout41");
}

/// Agriculture, fisheries, forestry and the environment after the 2025 merger (written
/// blind; 0.955 micro F1 and 0.950 officials F1 on first sight).
#[test]
fn heldout42_floor() {
    heldout_with(
        "heldout42",
        Floors {
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Foreign affairs and diplomacy, with foreign names as the Vietnamese press writes them
/// (written blind; 0.949 micro F1 and 0.831 officials F1 on first sight).
#[test]
fn heldout43_floor() {
    heldout_with(
        "heldout43",
        Floors {
            micro: 0.97,
            kind: 0.90,
            officials: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Party congresses and the elections of 2025–2026 (written blind; 0.965 micro F1 and
/// 0.951 officials F1 on first sight).
#[test]
fn heldout44_floor() {
    heldout("heldout44");
}

/// Traffic police and road safety, headlines and comments in every written form (written
/// blind; 0.921 micro F1 and 1.000 officials F1 on first sight, on the annotations before
/// roads, bridges and passes became optional locations and a document's code took its
/// value as written, as the other sets have them).
#[test]
fn heldout45_floor() {
    heldout_with(
        "heldout45",
        Floors {
            roles: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Police notices and local crime reports, full of addresses and years of birth (written
/// blind; 0.952 micro F1 and 0.977 officials F1 on first sight, on the annotations before
/// "SN" was taken out of a year of birth's span, as the other sets have it).
#[test]
fn heldout46_floor() {
    heldout_with(
        "heldout46",
        Floors {
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Sport in 2025–2026, clubs, teams and athletes of the army and the police (written blind;
/// 0.884 micro F1 and 0.941 officials F1 on first sight).
#[test]
fn heldout47_floor() {
    heldout_with(
        "heldout47",
        Floors {
            micro: 0.97,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Banking, finance and business (written blind; 0.961 micro F1 and 1.000 officials F1 on
/// first sight).
#[test]
fn heldout48_floor() {
    heldout_with(
        "heldout48",
        Floors {
            micro: 0.97,
            kind: 0.90,
            roles: 0.85,
            ..Floors::DEFAULT
        },
    );
}

/// Culture, religion and ethnic communities: festivals by the lunar calendar, clergy and
/// religious bodies (written blind; 0.892 micro F1 and 0.848 officials F1 on first sight,
/// the weakest domain yet: baptismal names and festival names are left for later).
#[test]
fn heldout49_floor() {
    heldout_with(
        "heldout49",
        Floors {
            micro: 0.93,
            kind: 0.80,
            officials: 0.90,
            roles: 0.75,
            ..Floors::DEFAULT
        },
    );
}

/// Hospitals and public health (written blind; 0.983 micro F1 and 0.973 officials F1 on
/// first sight).
#[test]
fn heldout50_floor() {
    heldout_with(
        "heldout50",
        Floors {
            kind: 0.90,
            roles: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Education: the ministry's departments, universities and their rectors, exams and fees
/// (written blind; 0.978 micro F1 on first sight).
#[test]
fn heldout51_floor() {
    heldout("heldout51");
}

/// The courts' civil cases and the enforcement of judgments (written blind; 0.948 micro F1
/// and 0.919 officials F1 on first sight).
#[test]
fn heldout52_floor() {
    heldout_with(
        "heldout52",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// Provincial press of the Red River delta after the 2025 merger (written blind; 0.977
/// micro F1 and 0.981 officials F1 on first sight).
#[test]
fn heldout53_floor() {
    heldout_with(
        "heldout53",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// The Border Guard, provincial military commands and the militia (written blind; 0.962
/// micro F1 on first sight).
#[test]
fn heldout54_floor() {
    heldout_with(
        "heldout54",
        Floors {
            micro: 0.96,
            kind: 0.92,
            roles: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// Religion, heritage and festivals, a second round (written blind; 0.889 micro F1 and
/// 0.837 officials F1 on first sight).
#[test]
fn heldout55_floor() {
    heldout_with(
        "heldout55",
        Floors {
            micro: 0.94,
            kind: 0.85,
            roles: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Appointments, rotations and discipline across the country (written blind; 0.998 micro
/// F1 and 0.954 officials F1 on first sight).
#[test]
fn heldout56_floor() {
    heldout_with(
        "heldout56",
        Floors {
            roles: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Readers' comments and forum posts: slang sums, loose dates, short place names (written
/// blind; 0.896 micro F1 on first sight).
#[test]
fn heldout57_floor() {
    heldout_with(
        "heldout57",
        Floors {
            micro: 0.93,
            kind: 0.85,
            officials: 0.93,
            roles: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Customs, tax, trade and market surveillance (written blind; 0.947 micro F1 on first
/// sight).
#[test]
fn heldout58_floor() {
    heldout_with(
        "heldout58",
        Floors {
            micro: 0.97,
            kind: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Provincial press of the Mekong delta and the south-east after the 2025 merger (written
/// blind; 0.992 micro F1 and 0.978 officials F1 on first sight).
#[test]
fn heldout59_floor() {
    heldout_with(
        "heldout59",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// The stock market and listed companies (written blind; 0.948 micro F1 and 0.941
/// officials F1 on first sight).
#[test]
fn heldout60_floor() {
    heldout_with(
        "heldout60",
        Floors {
            kind: 0.95,
            officials: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Storms, floods and rescue (written blind; 0.971 micro F1 and 0.970 officials F1 on
/// first sight).
#[test]
fn heldout61_floor() {
    heldout_with(
        "heldout61",
        Floors {
            kind: 0.94,
            ..Floors::DEFAULT
        },
    );
}

/// Foreign affairs, a second round (written blind; 0.946 micro F1 and 0.938 officials F1
/// on first sight).
#[test]
fn heldout62_floor() {
    heldout_with(
        "heldout62",
        Floors {
            micro: 0.95,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Social posts and readers' comments, a second round: lower case, no diacritics, slang
/// sums (written blind; 0.927 micro F1 and 0.833 officials F1 on first sight).
#[test]
fn heldout63_floor() {
    heldout_with(
        "heldout63",
        Floors {
            micro: 0.92,
            kind: 0.80,
            officials: 0.88,
            ..Floors::DEFAULT
        },
    );
}

/// A mixed day of news with the typography of real pages (written blind; 0.973 micro F1
/// and 0.909 officials F1 on first sight).
#[test]
fn heldout64_floor() {
    heldout_with(
        "heldout64",
        Floors {
            micro: 0.97,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Official documents as the news quotes them: codes, dates of signing, fines (written
/// blind; 0.995 micro F1 on first sight).
#[test]
fn heldout65_floor() {
    heldout("heldout65");
}

/// The police at every level after the 2025 reorganisation (written blind; 0.988 micro F1
/// on first sight).
#[test]
fn heldout66_floor() {
    heldout_with(
        "heldout66",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// The hardest written forms in every domain: NFD, old tone placement, no diacritics,
/// capitals, and one form per clause (written blind; 0.983 micro F1 on first sight).
#[test]
fn heldout67_floor() {
    heldout_with(
        "heldout67",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// Health, social insurance and labour, a second round (written blind; 0.976 micro F1 on
/// first sight).
#[test]
fn heldout68_floor() {
    heldout_with(
        "heldout68",
        Floors {
            kind: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Road, rail and waterway traffic (written blind; 0.938 micro F1 on first sight).
#[test]
fn heldout69_floor() {
    heldout_with(
        "heldout69",
        Floors {
            kind: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// Local government and Party personnel, mostly as headlines (written blind; 0.979 micro
/// F1 and 0.917 officials F1 on first sight).
#[test]
fn heldout70_floor() {
    heldout_with(
        "heldout70",
        Floors {
            kind: 0.95,
            officials: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Agriculture and the environment after the merger of ministries, a second round (written
/// blind; 0.974 micro F1 and 0.929 officials F1 on first sight).
#[test]
fn heldout71_floor() {
    heldout_with(
        "heldout71",
        Floors {
            micro: 0.97,
            kind: 0.90,
            officials: 0.92,
            roles: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Corruption and economic trials (written blind; 0.964 micro F1 and 0.920 officials F1 on
/// first sight).
#[test]
fn heldout72_floor() {
    heldout_with(
        "heldout72",
        Floors {
            micro: 0.96,
            kind: 0.90,
            officials: 0.91,
            ..Floors::DEFAULT
        },
    );
}

/// Sport, a second round (written blind; 0.957 micro F1 on first sight).
#[test]
fn heldout73_floor() {
    heldout_with(
        "heldout73",
        Floors {
            micro: 0.96,
            kind: 0.83,
            roles: 0.91,
            ..Floors::DEFAULT
        },
    );
}

/// Culture, heritage and tourism, a third round (written blind; 0.906 micro F1 on first
/// sight).
#[test]
fn heldout74_floor() {
    heldout_with(
        "heldout74",
        Floors {
            micro: 0.96,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// The press of the North-Central and South-Central coast after the merger (written blind;
/// 1.000 micro F1 on first sight).
#[test]
fn heldout75_floor() {
    heldout("heldout75");
}

/// Money, wages, prices, fines and budgets in every written form (written blind; 0.985
/// micro F1 on first sight).
#[test]
fn heldout76_floor() {
    heldout_with(
        "heldout76",
        Floors {
            kind: 0.94,
            ..Floors::DEFAULT
        },
    );
}

/// Real estate, construction and urban planning (written blind; 0.962 micro F1 on first
/// sight).
#[test]
fn heldout77_floor() {
    heldout("heldout77");
}

/// The National Assembly, the Party's inspection commissions and the Government (written
/// blind; 0.979 micro F1 on first sight, on its annotations as written).
#[test]
fn heldout78_floor() {
    heldout("heldout78");
}

/// Readers' comments and posts, a third round, many typed half without diacritics
/// (written blind; 0.933 micro F1 on first sight).
#[test]
fn heldout79_floor() {
    heldout_with(
        "heldout79",
        Floors {
            micro: 0.95,
            kind: 0.78,
            officials: 0.95,
            roles: 0.94,
            except: &[],
        },
    );
}

/// The Central Highlands and the northern mountains: minority names, villages, border
/// posts (written blind; 0.964 micro F1 on first sight).
#[test]
fn heldout80_floor() {
    heldout_with(
        "heldout80",
        Floors {
            micro: 0.97,
            kind: 0.93,
            officials: 0.95,
            roles: 0.95,
            except: &[],
        },
    );
}

/// The armed forces in depth: regions, corps, the navy, academies, every rank (written
/// blind; 0.980 micro F1 on first sight).
#[test]
fn heldout81_floor() {
    heldout_with(
        "heldout81",
        Floors {
            roles: 0.97,
            ..Floors::DEFAULT
        },
    );
}

/// Macro-economy and statistics: quarters, percents, spelled-out numbers and dates
/// (written blind; 0.978 micro F1 on first sight on its annotations as written).
#[test]
fn heldout82_floor() {
    heldout("heldout82");
}

/// Foreign affairs, a third round: foreign leaders, envoys and names in their own spelling
/// (written blind; 0.954 micro F1 on first sight).
#[test]
fn heldout83_floor() {
    heldout_with(
        "heldout83",
        Floors {
            micro: 0.95,
            kind: 0.84,
            officials: 0.86,
            roles: 0.95,
            except: &[],
        },
    );
}

/// Whole paragraphs, people introduced in full and named again (written blind; 0.979 micro
/// F1 on first sight).
#[test]
fn heldout84_floor() {
    heldout_with(
        "heldout84",
        Floors {
            micro: 0.97,
            kind: 0.93,
            roles: 0.96,
            ..Floors::DEFAULT
        },
    );
}

/// Courts and procuracies, a second round on rulings (written blind; 0.971 micro F1 on
/// first sight).
#[test]
fn heldout85_floor() {
    heldout_with(
        "heldout85",
        Floors {
            micro: 0.97,
            kind: 0.89,
            officials: 0.93,
            roles: 0.90,
            except: &[],
        },
    );
}

/// Education and health in the provinces (written blind; 0.945 micro F1 on first sight on
/// its annotations as written).
#[test]
fn heldout86_floor() {
    heldout_with(
        "heldout86",
        Floors {
            micro: 0.97,
            kind: 0.90,
            roles: 0.95,
            ..Floors::DEFAULT
        },
    );
}

/// Numbers, sums, dates and times written in words, as official texts and court reports
/// write them (written blind; 0.963 micro F1 on first sight on its annotations as written;
/// three month and date ranges aligned with the two-dates convention of heldout10, 25 and 33).
#[test]
fn heldout87_floor() {
    heldout("heldout87");
}

/// Police at commune and ward level after the 2025 reorganisation (written blind; 0.993
/// micro F1 on first sight).
#[test]
fn heldout88_floor() {
    heldout("heldout88");
}

/// Transport and state enterprises: airlines, airports, railways, ports (written blind;
/// 0.981 micro F1 on first sight).
#[test]
fn heldout89_floor() {
    heldout("heldout89");
}

/// Headlines in capitals, captions and ledes in NFD (written blind; 0.996 micro F1 on first
/// sight).
#[test]
fn heldout90_floor() {
    heldout("heldout90");
}

/// The sea: the Navy, the Coast Guard and the Border Guard at sea (written blind; 0.992
/// micro F1 on first sight).
#[test]
fn heldout91_floor() {
    heldout_with(
        "heldout91",
        Floors {
            roles: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Readers' comments, a fourth round: lower case with and without diacritics, slang sums,
/// half-accented lines (written blind; 0.893 micro F1 on first sight).
#[test]
fn heldout92_floor() {
    heldout_with(
        "heldout92",
        Floors {
            micro: 0.92,
            kind: 0.78,
            officials: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Banking, finance and the stock market (written blind; 0.992 micro F1 on first sight).
#[test]
fn heldout93_floor() {
    heldout("heldout93");
}

/// Natural disasters and weather (written blind; 0.983 micro F1 on first sight).
#[test]
fn heldout94_floor() {
    heldout("heldout94");
}

/// Party congresses and personnel of 2025 in the merged provinces (written blind; 0.984
/// micro F1 on first sight).
#[test]
fn heldout95_floor() {
    heldout("heldout95");
}

/// Whole paragraphs without diacritics, people named again by rank and given name (written
/// blind; 0.958 micro F1 on first sight; one period's span and four document values aligned
/// with the conventions: the span keeps "tu nam", a code's value is as written).
#[test]
fn heldout96_floor() {
    heldout_with(
        "heldout96",
        Floors {
            micro: 0.95,
            kind: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// Foreign affairs, a fourth round: names with particles, foreign bodies, envoys (written
/// blind; 0.952 micro F1 on first sight).
#[test]
fn heldout97_floor() {
    heldout("heldout97");
}

/// Sport and culture with their officials (written blind; 0.974 micro F1 on first sight;
/// two coaches' "HLV" aligned with heldout28, 47 and 73, where it is a form of address).
#[test]
fn heldout98_floor() {
    heldout("heldout98");
}

/// Labour, trade unions and social insurance (written blind; 0.950 micro F1 on first sight).
#[test]
fn heldout99_floor() {
    heldout_with(
        "heldout99",
        Floors {
            kind: 0.93,
            officials: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Police, court and local news as pages and scrapers leave it: old tone placement,
/// non-breaking and double spaces, typographic quotes, missing spaces, bullets (written
/// blind; 0.985 micro F1 on first sight).
#[test]
fn heldout100_floor() {
    heldout_with(
        "heldout100",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Road traffic and fire (written blind; 0.984 micro F1 on first sight).
#[test]
fn heldout101_floor() {
    heldout_with(
        "heldout101",
        Floors {
            kind: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Environment, land and natural resources (written blind; 0.981 micro F1 on first sight).
#[test]
fn heldout102_floor() {
    heldout_with(
        "heldout102",
        Floors {
            kind: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Courts, procuracies and trials after the 2025 reorganisation (written blind; 0.984 micro
/// F1 on first sight).
#[test]
fn heldout103_floor() {
    heldout("heldout103");
}

/// Health and education (written blind; 0.980 micro F1 on first sight).
#[test]
fn heldout104_floor() {
    heldout_with(
        "heldout104",
        Floors {
            roles: 0.90,
            ..Floors::DEFAULT
        },
    );
}

/// The army and defence (written blind; 0.991 micro F1 on first sight).
#[test]
fn heldout105_floor() {
    heldout("heldout105");
}

/// Provincial government after the 2025 merger (written blind; 0.977 micro F1 on first
/// sight).
#[test]
fn heldout106_floor() {
    heldout("heldout106");
}

/// Health, education and courts, a mixed round (written blind; 0.986 micro F1 on first
/// sight).
#[test]
fn heldout107_floor() {
    heldout("heldout107");
}

/// Business and the economy (written blind; 0.957 micro F1 on first sight).
#[test]
fn heldout108_floor() {
    heldout_with(
        "heldout108",
        Floors {
            micro: 0.96,
            kind: 0.90,
            officials: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Police news in hard written forms, half without diacritics (written blind; 0.966 micro
/// F1 on first sight).
#[test]
fn heldout109_floor() {
    heldout_with(
        "heldout109",
        Floors {
            micro: 0.96,
            kind: 0.85,
            ..Floors::DEFAULT
        },
    );
}

/// Numbers in every written form, a second round (written blind; 0.971 micro F1 on first
/// sight).
#[test]
fn heldout110_floor() {
    heldout_with(
        "heldout110",
        Floors {
            micro: 0.96,
            kind: 0.75,
            ..Floors::DEFAULT
        },
    );
}

/// The Mekong Delta and the South-East after the merger (written blind; 0.993 micro F1 on
/// first sight).
#[test]
fn heldout111_floor() {
    heldout("heldout111");
}

/// Careers and biographies (written blind; 0.993 micro F1 on first sight).
#[test]
fn heldout112_floor() {
    heldout_with(
        "heldout112",
        Floors {
            roles: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Administration by documents of every kind (written blind; 0.994 micro F1 on first
/// sight).
#[test]
fn heldout113_floor() {
    heldout("heldout113");
}

/// Social media and forum posts: lower case, chat abbreviations, slang sums (written blind;
/// 0.920 micro F1 on first sight).
#[test]
fn heldout114_floor() {
    heldout_with(
        "heldout114",
        Floors {
            micro: 0.91,
            kind: 0.80,
            officials: 0.93,
            roles: 0.87,
            except: &[],
        },
    );
}

/// Elections and legislatures (written blind; 0.959 micro F1 on first sight).
#[test]
fn heldout115_floor() {
    heldout("heldout115");
}

/// Agriculture, fisheries and rural life after the merger (written blind; 0.969 micro F1 on
/// first sight).
#[test]
fn heldout116_floor() {
    heldout_with(
        "heldout116",
        Floors {
            micro: 0.96,
            kind: 0.90,
            officials: 0.88,
            ..Floors::DEFAULT
        },
    );
}

/// Police and public security at the ministry level (written blind; 0.997 micro F1 on first
/// sight).
#[test]
fn heldout117_floor() {
    heldout("heldout117");
}

/// The armed forces after the 2025 reorganisation: provincial and regional commands, the
/// militia, the Border Guard, a third without diacritics (written blind; 0.968 micro F1 on
/// first sight).
#[test]
fn heldout118_floor() {
    heldout("heldout118");
}

/// Money, dates, times, percents and fractions written out in words, in every written form
/// (written blind; 0.972 micro F1 on first sight).
#[test]
fn heldout119_floor() {
    heldout("heldout119");
}

/// The northern provinces after the 2025 merger: local government, police and Party
/// committees (written blind; 0.987 micro F1 on first sight).
#[test]
fn heldout120_floor() {
    heldout("heldout120");
}

/// Headlines and ledes, half in capitals and a third without diacritics (written blind;
/// 0.985 micro F1 on first sight).
#[test]
fn heldout121_floor() {
    heldout_with(
        "heldout121",
        Floors {
            except: &[("location", 0.90)],
            ..Floors::DEFAULT
        },
    );
}

/// The Central coast and the Central Highlands after the 2025 merger, a third in the old
/// tone placement, storms and rescue (written blind; 0.976 micro F1 on first sight).
#[test]
fn heldout122_floor() {
    heldout("heldout122");
}

/// Courts and trials, two thirds without diacritics (written blind; 0.990 micro F1 on first
/// sight).
#[test]
fn heldout123_floor() {
    heldout("heldout123");
}

/// Readers' comments, a fifth round: lower case, slang sums, years of birth written short
/// (written blind; 0.927 micro F1 on first sight).
#[test]
fn heldout124_floor() {
    heldout_with(
        "heldout124",
        Floors {
            micro: 0.95,
            kind: 0.93,
            except: &[("location", 0.85), ("organization", 0.88)],
            ..Floors::DEFAULT
        },
    );
}

/// The southern provinces after the 2025 merger (written blind; 0.992 micro F1 on first
/// sight).
#[test]
fn heldout125_floor() {
    heldout("heldout125");
}

/// Foreign affairs and international bodies (written blind; 0.957 micro F1 on first sight).
#[test]
fn heldout126_floor() {
    heldout("heldout126");
}

/// Whole passages, people named again by the given name (written blind; 0.983 micro F1 on
/// first sight).
#[test]
fn heldout127_floor() {
    heldout("heldout127");
}

/// Police and crime news, half in NFD and a fifth in capitals (written blind; 0.979 micro
/// F1 on first sight).
#[test]
fn heldout128_floor() {
    heldout("heldout128");
}

/// Health, education and social insurance (written blind; 0.982 micro F1 on first sight).
#[test]
fn heldout129_floor() {
    heldout_with(
        "heldout129",
        Floors {
            except: &[("organization", 0.90)],
            roles: 0.93,
            ..Floors::DEFAULT
        },
    );
}

/// Business and the economy, a second round (written blind; 0.969 micro F1 on first
/// sight).
#[test]
fn heldout130_floor() {
    heldout("heldout130");
}

/// Sport and culture with their officials (written blind; 0.966 micro F1 on first sight).
#[test]
fn heldout131_floor() {
    heldout_with(
        "heldout131",
        Floors {
            micro: 0.97,
            ..Floors::DEFAULT
        },
    );
}

/// Appointments, transfers and dismissals (written blind; 0.998 micro F1 on first sight).
#[test]
fn heldout132_floor() {
    heldout("heldout132");
}

/// The armed forces written informally: ranks in lower case, without diacritics and short
/// with a slash (written blind; 0.985 micro F1 on first sight).
#[test]
fn heldout133_floor() {
    heldout("heldout133");
}

/// Legal documents, their dates and the fines they set (written blind; 0.990 on first
/// sight).
#[test]
fn heldout134_floor() {
    heldout("heldout134");
}

/// Storms, floods and harvests (written blind; 0.991 on first sight).
#[test]
fn heldout135_floor() {
    heldout("heldout135");
}

/// The Party and the mass organizations after the 2025 restructuring (written blind; 0.974
/// on first sight).
#[test]
fn heldout136_floor() {
    heldout_with(
        "heldout136",
        Floors {
            except: &[("location", 0.92)],
            ..Floors::DEFAULT
        },
    );
}

/// Transport and infrastructure projects and land (written blind; 0.978 on first sight).
#[test]
fn heldout137_floor() {
    heldout("heldout137");
}

/// Banks, the stock market and prices (written blind; 0.993 micro F1 on first sight).
#[test]
fn heldout138_floor() {
    heldout("heldout138");
}

/// Schools, universities and exams (written blind; 0.985 on first sight).
#[test]
fn heldout139_floor() {
    heldout("heldout139");
}

/// Local news of ethnic minority areas (written blind; 0.992 on first sight).
#[test]
fn heldout140_floor() {
    heldout("heldout140");
}

/// Labour, wages and social insurance (written blind; 0.978 on first sight).
#[test]
fn heldout141_floor() {
    heldout("heldout141");
}

/// Whole news passages, a third in the old tone placement (written blind; 0.992 on first
/// sight).
#[test]
fn heldout142_floor() {
    heldout("heldout142");
}

/// Drugs, fire and rescue (written blind; 0.979 micro F1 on first sight).
#[test]
fn heldout143_floor() {
    heldout("heldout143");
}

/// Tourism, heritage and culture (written blind; 0.972 on first sight).
#[test]
fn heldout144_floor() {
    heldout("heldout144");
}

/// Science, technology and telecoms (written blind; 0.961 on first sight).
#[test]
fn heldout145_floor() {
    heldout("heldout145");
}

/// Hospitals and public health, much of it informal (written blind; 0.969 on first sight).
#[test]
fn heldout146_floor() {
    heldout_with(
        "heldout146",
        Floors {
            except: &[("person", 0.94)],
            ..Floors::DEFAULT
        },
    );
}

/// Commune-level government after the 2025 merger, in mixed forms (written blind; 0.985 on
/// first sight).
#[test]
fn heldout147_floor() {
    heldout("heldout147");
}

/// Environment and natural resources (written blind; 0.995 micro F1 on first sight).
#[test]
fn heldout148_floor() {
    heldout("heldout148");
}

/// Vietnamese abroad and consular work (written blind; 0.894 on first sight).
#[test]
fn heldout149_floor() {
    heldout_with(
        "heldout149",
        Floors {
            micro: 0.92,
            kind: 0.85,
            officials: 0.90,
            roles: 0.90,
            except: &[],
        },
    );
}

/// The 2026 elections and the new legislature (written blind; 0.993 on first sight).
#[test]
fn heldout150_floor() {
    heldout("heldout150");
}

/// Entertainment and social media as readers write it: stage names in lower case (written
/// blind; 0.910 on first sight).
#[test]
fn heldout151_floor() {
    heldout_with(
        "heldout151",
        Floors {
            micro: 0.91,
            roles: 0.90,
            except: &[
                ("fraction", 0.6),
                ("person", 0.75),
                ("location", 0.88),
                ("organization", 0.9),
            ],
            ..Floors::DEFAULT
        },
    );
}

/// Headlines in capitals across every domain (written blind; 0.975 on first sight).
#[test]
fn heldout152_floor() {
    heldout_with(
        "heldout152",
        Floors {
            micro: 0.97,
            except: &[("location", 0.83)],
            ..Floors::DEFAULT
        },
    );
}

/// The armed forces: military regions, the navy, the coast and border guards, generals'
/// promotions (written blind; 0.993 on first sight).
#[test]
fn heldout153_floor() {
    heldout_with(
        "heldout153",
        Floors {
            roles: 0.94,
            ..Floors::DEFAULT
        },
    );
}

/// Courts and prosecution: regional courts after 2025, sentences, fines, judgments
/// (written blind; 0.986 on first sight).
#[test]
fn heldout154_floor() {
    heldout("heldout154");
}

/// Trade, exports and prices in five currencies (written blind; 0.956 on first sight).
#[test]
fn heldout155_floor() {
    heldout("heldout155");
}

/// Provincial press after the 2025 merger, two thirds without diacritics (written blind;
/// 0.967 on first sight).
#[test]
fn heldout156_floor() {
    heldout_with(
        "heldout156",
        Floors {
            micro: 0.96,
            except: &[("location", 0.92), ("person", 0.94)],
            ..Floors::DEFAULT
        },
    );
}

/// Diplomacy: envoys, foreign ministries and leaders, half in NFD or the old tone placement
/// (written blind; 0.945 on first sight).
#[test]
fn heldout157_floor() {
    heldout_with(
        "heldout157",
        Floors {
            micro: 0.97,
            ..Floors::DEFAULT
        },
    );
}

/// Land, construction and property violations (written blind; 0.983 on first sight).
#[test]
fn heldout158_floor() {
    heldout("heldout158");
}

/// Traffic accidents and the traffic police (written blind; 0.996 on first sight).
#[test]
fn heldout159_floor() {
    heldout("heldout159");
}

/// Numbers, dates and times read out in words (written blind; 0.984 on first sight).
#[test]
fn heldout160_floor() {
    heldout("heldout160");
}

/// Party discipline and personnel: long chains of posts (written blind; 0.992 on first
/// sight).
#[test]
fn heldout161_floor() {
    heldout("heldout161");
}

/// Local police as residents write about it: loose abbreviations, lower case (written
/// blind; 0.996 on first sight).
#[test]
fn heldout162_floor() {
    heldout("heldout162");
}

/// Football clubs named by their sponsors, foreign players, federations (written blind;
/// 0.947 on first sight).
#[test]
fn heldout163_floor() {
    heldout_with(
        "heldout163",
        Floors {
            roles: 0.86,
            except: &[("person", 0.91)],
            ..Floors::DEFAULT
        },
    );
}

/// Energy and industry: state groups, power plants, capacities (written blind; 0.977 on
/// first sight).
#[test]
fn heldout164_floor() {
    heldout_with(
        "heldout164",
        Floors {
            micro: 0.97,
            officials: 0.94,
            ..Floors::DEFAULT
        },
    );
}

/// Whole articles: people introduced once and named again (written blind; 0.992 on first
/// sight).
#[test]
fn heldout165_floor() {
    heldout("heldout165");
}

/// Laos, Cambodia and the border: names in hyphenated syllables (written blind; 0.915 on
/// first sight).
#[test]
fn heldout166_floor() {
    heldout_with(
        "heldout166",
        Floors {
            micro: 0.95,
            except: &[("location", 0.94), ("organization", 0.9), ("person", 0.94)],
            ..Floors::DEFAULT
        },
    );
}

/// Ministries' press releases and appointments after the 2025 restructuring (written
/// blind; 0.952 on first sight).
#[test]
fn heldout167_floor() {
    heldout_with(
        "heldout167",
        Floors {
            micro: 0.97,
            roles: 0.93,
            except: &[("location", 0.93)],
            ..Floors::DEFAULT
        },
    );
}

/// Banking and finance cases: branches, bonds, the economic police (written blind; 0.965
/// on first sight).
#[test]
fn heldout168_floor() {
    heldout_with(
        "heldout168",
        Floors {
            micro: 0.97,
            roles: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// Hospitals and health, a third in the old tone placement or NFD (written blind; 0.992
/// on first sight).
#[test]
fn heldout169_floor() {
    heldout_with(
        "heldout169",
        Floors {
            roles: 0.92,
            ..Floors::DEFAULT
        },
    );
}

/// The South and the Central Highlands: Khmer, Ê Đê and Jrai names (written blind; 0.990
/// on first sight).
#[test]
fn heldout170_floor() {
    heldout("heldout170");
}

/// The National Assembly and the Government at work (written blind; 0.998 on first
/// sight).
#[test]
fn heldout171_floor() {
    heldout("heldout171");
}

/// Religion and ethnic affairs: sees, dioceses, churches, clergy as forms of address
/// (written blind; 0.954 on first sight).
#[test]
fn heldout172_floor() {
    heldout_with(
        "heldout172",
        Floors {
            micro: 0.97,
            officials: 0.94,
            except: &[("person", 0.94)],
            ..Floors::DEFAULT
        },
    );
}

/// Cybercrime: phone numbers, accounts and codes that are no counts (written blind; 0.975
/// on first sight).
#[test]
fn heldout173_floor() {
    heldout_with(
        "heldout173",
        Floors {
            micro: 0.97,
            roles: 0.88,
            except: &[("number", 0.91)],
            ..Floors::DEFAULT
        },
    );
}

/// Fisheries and the sea: vessels, rescues, the fight against illegal fishing (written
/// blind; 0.977 on first sight).
#[test]
fn heldout174_floor() {
    heldout("heldout174");
}

/// Social media and comment sections, informal and abbreviated (written blind; 0.974 on
/// first sight).
#[test]
fn heldout175_floor() {
    heldout_with(
        "heldout175",
        Floors {
            micro: 0.97,
            except: &[("location", 0.93), ("person", 0.94)],
            ..Floors::DEFAULT
        },
    );
}
