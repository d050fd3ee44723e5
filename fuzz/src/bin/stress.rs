//! A stable-Rust random tester for `viet_extract::extract`, beside the libFuzzer target: it
//! builds Vietnamese-like text from pieces (syllables with diacritics in NFC and NFD, names,
//! ranks, organizations, numbers and their separators, capitals, emoji, lone combining
//! marks, other scripts) that byte-level mutation rarely reaches, and checks the same span
//! invariants as `fuzz_targets/extract.rs`.
//!
//!     cargo run --release --bin stress -- SECONDS [SEED]
//!
//! `STRESS_SHOW=N` prints N generated inputs instead. Exits 1 after the first failing input, which is written to `artifacts/stress/` (path
//! printed); 0 when the time ran out without one.

use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};
use unicode_normalization::UnicodeNormalization;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const ONSETS: &[&str] = &[
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];
const VOWELS: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô",
    "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "ươi", "uôi", "uyê", "oai",
];
const CODAS: &[&str] = &[
    "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u", "i", "o",
];
/// Tone marks as combining characters: none, sắc, huyền, hỏi, ngã, nặng.
const TONES: &[&str] = &["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"];

const WORDS: &[&str] = &[
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng úy",
    "Chuẩn Đô đốc",
    "Binh nhì",
    "Đại úy",
    "Ông",
    "Bà",
    "ông",
    "bà",
    "Đồng chí",
    "anh",
    "chị",
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "A",
    "H'Mông",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Bí thư",
    "Giám đốc",
    "Thứ trưởng",
    "Bộ trưởng",
    "Tư lệnh",
    "Trưởng phòng",
    "Phó Giám đốc",
    "Chính ủy",
    "UBND",
    "HĐND",
    "ĐBQH",
    "BCA",
    "GD&ĐT",
    "TP.",
    "Tp.",
    "TP",
    "TP.HCM",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thành phố",
    "thị trấn",
    "ấp",
    "Bộ Công an",
    "Bộ Quốc phòng",
    "Ủy ban nhân dân",
    "Công an tỉnh",
    "Tỉnh ủy",
    "Quân khu",
    "Hà Nội",
    "Việt Nam",
    "Quảng Nam",
    "Hồ Chí Minh",
    "Hậu Giang",
    "Nghệ An",
    "ngày",
    "tháng",
    "năm",
    "lúc",
    "giờ",
    "phút",
    "quý",
    "giai đoạn",
    "từ",
    "đến",
    "và",
    "triệu",
    "tỷ",
    "nghìn",
    "đồng",
    "USD",
    "VND",
    "số",
    "Quyết định",
    "Nghị định",
    "Thông tư",
    "Luật",
    "Nghị quyết",
];
const NUMBERISH: &[&str] = &[
    "0",
    "1",
    "12",
    "2024",
    "1975",
    "31",
    "99999999999999999999",
    "3.184",
    "1.234.567",
    "12,5",
    "0,0",
    "1/1",
    "72/94",
    "12/3",
    "12/3/2024",
    "05-11-2023",
    "2021-2025",
    "2021 - 2025",
    "7h30",
    "14:05",
    "14:05:09",
    "25:99",
    "h",
    "%",
    "/QĐ-UBND",
    "/NĐ-CP",
    "/2021/TT-BCA",
    "/QH14",
    "-NQ/TW",
    "III/2023",
    "1e9",
    "½",
    "٣",
    "１２",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", ", ", ". ", "; ", ": ", " - ", " – ", "/", "-", ".", ",", ":", "%", "(",
    ")", "\"", "“", "”", "\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "\u{2028}", "…", "",
];
const ODD: &[&str] = &[
    "😀",
    "🇻🇳",
    "👨\u{200d}👩\u{200d}👧",
    "👍🏽",
    "\u{301}",
    "\u{300}\u{303}",
    "\u{323}\u{302}",
    "\u{31b}",
    "\u{306}",
    "\u{fffd}",
    "北京",
    "Привет",
    "مرحبا",
    "ΑΒΓ",
    "𝔘",
    "\u{0}",
    "\u{7f}",
    "İ",
    "ß",
    "ǅ",
    "ﬁ",
    "Å",
    "\u{e000}",
];

/// One syllable: onset, vowel nucleus, coda, tone, in NFC or NFD, maybe capitalised or in
/// capitals.
fn syllable(r: &mut Rng) -> String {
    let mut s = String::new();
    s.push_str(r.pick(ONSETS));
    s.push_str(r.pick(VOWELS));
    s.push_str(r.pick(CODAS));
    let tone = r.pick(TONES);
    // The tone goes after the first vowel letter (good enough for a tester).
    let vowel_at = s
        .char_indices()
        .find(|(_, c)| "aăâeêioôơuưy".contains(c.to_lowercase().next().unwrap_or(*c)))
        .map(|(i, c)| i + c.len_utf8());
    match vowel_at {
        Some(i) => s.insert_str(i, tone),
        None => s.push_str(tone),
    }
    let s: String = match r.below(10) {
        0..=3 => s.nfc().collect(),
        4..=5 => s.nfd().collect(),
        6 => s, // marks as generated, partly composed
        7 => s.nfkd().collect(),
        _ => s.nfc().collect(),
    };
    match r.below(6) {
        0 | 1 => capitalise(&s),
        2 if r.chance(30) => s.to_uppercase(),
        _ => s,
    }
}

fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn maybe_nfd(r: &mut Rng, s: &str) -> String {
    match r.below(5) {
        0 => s.nfd().collect(),
        1 => s.to_uppercase(),
        2 => s.to_lowercase(),
        _ => s.to_string(),
    }
}

fn text(r: &mut Rng) -> String {
    let mut s = String::new();
    let most = if r.chance(5) { 2000 } else { 60 };
    let pieces = 1 + r.below(most);
    // Sometimes one piece repeated many times: degenerate shapes.
    let repeat = r.chance(10);
    let mut last = String::new();
    for _ in 0..pieces {
        let piece = if repeat && !last.is_empty() && r.chance(90) {
            last.clone()
        } else {
            match r.below(20) {
                0..=6 => syllable(r),
                7..=11 => {
                    let w = r.pick(WORDS);
                    maybe_nfd(r, w)
                }
                12..=14 => r.pick(NUMBERISH).to_string(),
                15 => r.pick(ODD).to_string(),
                16 => (0..1 + r.below(8))
                    .map(|_| char::from(b'0' + r.below(10) as u8))
                    .collect(),
                17 => char::from_u32(r.below(0x3_0000) as u32)
                    .map(String::from)
                    .unwrap_or_default(),
                _ => r.pick(SEPARATORS).to_string(),
            }
        };
        s.push_str(&piece);
        if r.chance(60) {
            s.push_str(r.pick(SEPARATORS));
        }
        last = piece;
    }
    s
}

/// The span invariants; `Err` names the first entity that breaks one.
fn check(input: &str) -> Result<usize, String> {
    let entities = viet_extract::extract(input);
    let mut prev_start = 0usize;
    for (i, e) in entities.iter().enumerate() {
        if !(e.start <= e.end && e.end <= input.len()) {
            return Err(format!(
                "entity {i} ({:?}) span {}..{} outside 0..{}",
                e.kind(),
                e.start,
                e.end,
                input.len()
            ));
        }
        if !(input.is_char_boundary(e.start) && input.is_char_boundary(e.end)) {
            return Err(format!(
                "entity {i} ({:?}) span {}..{} not on char boundaries",
                e.kind(),
                e.start,
                e.end
            ));
        }
        if input[e.start..e.end] != *e.text {
            return Err(format!(
                "entity {i} ({:?}) text {:?} != input[{}..{}]",
                e.kind(),
                e.text,
                e.start,
                e.end
            ));
        }
        if e.start < prev_start {
            return Err(format!(
                "entity {i} ({:?}) starts at {} before {}",
                e.kind(),
                e.start,
                prev_start
            ));
        }
        prev_start = e.start;
    }
    Ok(entities.len())
}

fn save(input: &str, why: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts/stress");
    std::fs::create_dir_all(&dir).expect("create artifacts/stress");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in input.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    let path = dir.join(format!("{why}-{h:016x}"));
    std::fs::write(&path, input).expect("write the failing input");
    path.display().to_string()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    if let Some(n) = std::env::var("STRESS_SHOW")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        // Show what the generator makes, and stop.
        let mut r = Rng(seed);
        for _ in 0..n {
            println!("{:?}", text(&mut r));
        }
        return;
    }
    eprintln!("stress: {secs}s, seed {seed}");
    panic::set_hook(Box::new(|_| {})); // the message is printed below, with the input
    let mut r = Rng(seed);
    let start = Instant::now();
    let (mut execs, mut entities, mut bytes) = (0u64, 0u64, 0u64);
    let mut slowest = (Duration::ZERO, 0usize);
    while start.elapsed() < Duration::from_secs(secs) {
        let input = text(&mut r);
        let t = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(&input)));
        let took = t.elapsed();
        execs += 1;
        bytes += input.len() as u64;
        if took > slowest.0 {
            slowest = (took, input.len());
        }
        let failure = match outcome {
            Ok(Ok(n)) => {
                entities += n as u64;
                None
            }
            Ok(Err(msg)) => Some(("invariant", msg)),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "non-string panic".into());
                Some(("crash", format!("panic: {msg}")))
            }
        };
        if let Some((why, msg)) = failure {
            let path = save(&input, why);
            eprintln!("stress: FAILED after {execs} inputs: {msg}\n  input ({} bytes): {input:?}\n  saved to {path}", input.len());
            std::process::exit(1);
        }
        if took > Duration::from_secs(2) {
            let path = save(&input, "slow");
            eprintln!(
                "stress: SLOW: {took:?} on {} bytes, saved to {path}",
                input.len()
            );
            std::process::exit(1);
        }
    }
    eprintln!(
        "stress: done: {execs} inputs, {bytes} bytes, {entities} entities in {:.0?}; slowest {:.1?} on {} bytes; no failure",
        start.elapsed(),
        slowest.0,
        slowest.1
    );
}
