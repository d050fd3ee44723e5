//! Adversarial inputs: 1 MB of one degenerate shape each. `extract` must finish (in time
//! roughly linear in the input) and every entity must keep the span invariants:
//! `start <= end <= input.len()`, both on char boundaries, `text == &input[start..end]`, and
//! entities sorted by start.
//!
//! Also replays every file under `tests/fuzz_regressions/` (inputs that once crashed the
//! fuzzer in `fuzz/`), decoded as the fuzz target decodes them (`from_utf8_lossy`).

mod common;

use std::time::{Duration, Instant};
use viet_extract::Entity;

/// The size of each adversarial input.
const MB: usize = 1 << 20;

/// Checks the span invariants of `entities` over `input`; panics naming the first entity that
/// breaks one.
fn assert_invariants(input: &str, entities: &[Entity<'_>], what: &str) {
    let mut prev_start = 0usize;
    for (i, e) in entities.iter().enumerate() {
        assert!(
            e.start <= e.end && e.end <= input.len(),
            "{what}: entity {i} ({:?}) span {}..{} is outside 0..{}",
            e.kind(),
            e.start,
            e.end,
            input.len()
        );
        assert!(
            input.is_char_boundary(e.start) && input.is_char_boundary(e.end),
            "{what}: entity {i} ({:?}) span {}..{} is not on char boundaries",
            e.kind(),
            e.start,
            e.end
        );
        assert!(
            &input[e.start..e.end] == e.text,
            "{what}: entity {i} ({:?}) text {:?} is not input[{}..{}] = {:?}",
            e.kind(),
            e.text,
            e.start,
            e.end,
            &input[e.start..e.end]
        );
        assert!(
            e.start >= prev_start,
            "{what}: entity {i} ({:?}) starts at {}, before the previous one's start {}",
            e.kind(),
            e.start,
            prev_start
        );
        prev_start = e.start;
    }
}

/// Runs `extract` on `input`, checks the invariants, and returns how long it took.
fn run(input: &str, what: &str) -> Duration {
    let t = Instant::now();
    let entities = viet_extract::extract(input);
    let took = t.elapsed();
    assert_invariants(input, &entities, what);
    eprintln!(
        "{what}: {} bytes, {} entities, {:.1?}",
        input.len(),
        entities.len(),
        took
    );
    took
}

/// `unit` repeated up to `size` bytes, cut back to a char boundary.
fn repeat_to(unit: &str, size: usize) -> String {
    assert!(!unit.is_empty());
    let mut s = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// `pieces` in turn, again and again, up to `size` bytes (cut back to a char boundary).
fn cycle_to(pieces: &[&str], size: usize) -> String {
    let mut s = String::with_capacity(size + 64);
    'fill: loop {
        for p in pieces {
            if s.len() >= size {
                break 'fill;
            }
            s.push_str(p);
        }
    }
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// A small xorshift generator, so the "random" shapes are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Digits only, in an irregular order.
fn digits(size: usize) -> String {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    (0..size)
        .map(|_| char::from(b'0' + r.below(10) as u8))
        .collect()
}

/// Scripts other than Vietnamese, emoji (with joiners, flags, skin tones), invisible
/// characters and Vietnamese words, in a fixed pseudo-random order.
fn mixed_scripts(size: usize) -> String {
    const PIECES: &[&str] = &[
        "Привет мир ",
        "北京市人民政府",
        "東京 ",
        "مرحبا بالعالم ",
        "שלום ",
        "ภาษาไทย ",
        "한국어 ",
        "ελληνικά ",
        "😀",
        "🇻🇳",
        "👨\u{200d}👩\u{200d}👧",
        "👍🏽",
        "\u{200b}",
        "\u{feff}",
        "\u{00a0}",
        "\u{2028}",
        "\u{fffd}",
        "e\u{301}",
        "Việt Nam ",
        "Trung tướng",
        " 12/3/2024 ",
        "UBND",
        "Nguyễn",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "\t",
        "\r\n",
        " ",
    ];
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let mut s = String::with_capacity(size + 64);
    while s.len() < size {
        s.push_str(PIECES[r.below(PIECES.len())]);
    }
    let mut cut = size;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

const OFFICIAL: &str = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, ";

#[test]
fn only_digits() {
    run(&digits(MB), "only digits");
}

#[test]
fn dotted_ones() {
    run(&repeat_to("1.", MB), "1.1.1.1…");
}

#[test]
fn run_of_slashes() {
    run(&repeat_to("/", MB), "////…");
}

#[test]
fn run_of_hyphens() {
    run(&repeat_to("-", MB), "----…");
}

#[test]
fn slashes_and_hyphens() {
    run(&repeat_to("/-", MB), "/-/-…");
}

#[test]
fn slashed_ones() {
    run(&repeat_to("1/", MB), "1/1/1/1…");
}

#[test]
fn date_like_chain() {
    run(&repeat_to("12-11-", MB), "12-11-12-11…");
}

#[test]
fn one_long_word() {
    run(&repeat_to("a", MB), "aaaa…");
}

#[test]
fn capitalised_syllables() {
    run(&repeat_to("Nguyễn Văn ", MB), "Nguyễn Văn …");
}

#[test]
fn capitalised_syllables_decomposed() {
    // "Nguyễn Văn " in NFD: every vowel with its marks as separate combining characters.
    run(
        &repeat_to("Nguye\u{302}\u{303}n Va\u{306}n ", MB),
        "Nguyễn Văn … (NFD)",
    );
}

#[test]
fn ranks() {
    run(&repeat_to("Trung tướng ", MB), "Trung tướng …");
}

#[test]
fn organizations() {
    run(&repeat_to("Bộ Công an ", MB), "Bộ Công an …");
}

#[test]
fn lone_combining_marks() {
    run(&repeat_to("\u{301}", MB), "U+0301 …");
}

#[test]
fn mixed_scripts_and_emoji() {
    run(&mixed_scripts(MB), "mixed scripts and emoji");
}

#[test]
fn officials() {
    run(
        &repeat_to(OFFICIAL, MB),
        "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, …",
    );
}

#[test]
fn dates_numbers_and_documents_without_spaces() {
    run(
        &cycle_to(
            &["12/3/2024", "1.234,5%", "215/QĐ-UBND", "7h30", "2021-2025"],
            MB,
        ),
        "dates, numbers, documents glued",
    );
}

/// Makes an input of a shape, of about the given size in bytes.
type Shape = fn(usize) -> String;

/// The smallest of `reps` timings of `extract` on `input`.
fn min_time(input: &str, reps: usize, what: &str) -> Duration {
    (0..reps).map(|_| run(input, what)).min().unwrap()
}

/// Time on 10·S must stay within 15 times the time on S (plus a little slack for timer
/// noise): a quadratic step would give about 100 times. Each size is timed a few times and
/// the minimum taken; a shape that fails is measured again before the test fails, so that a
/// burst of load on the machine is not taken for a quadratic step.

#[test]
fn time_is_linear_in_input_size() {
    // In an optimised build 100 KB of dense input still fits the caches and 1 MB does not,
    // which shows as a ratio near 15 without any quadratic step: compare 1 MB with 10 MB
    // there, both out of cache.
    const S: usize = if cfg!(debug_assertions) {
        100 * 1024
    } else {
        1024 * 1024
    };
    const SLACK: Duration = Duration::from_millis(5);
    const FACTOR: u32 = 15;
    let shapes: [(&str, Shape); 5] = [
        ("1/1/1/1…", |n| repeat_to("1/", n)),
        ("12-11-12-11…", |n| repeat_to("12-11-", n)),
        ("Nguyễn Văn …", |n| repeat_to("Nguyễn Văn ", n)),
        ("Trung tướng …", |n| repeat_to("Trung tướng ", n)),
        ("officials", |n| repeat_to(OFFICIAL, n)),
    ];
    let mut failures = Vec::new();
    for (name, make) in shapes {
        let small = make(S);
        let large = make(10 * S);
        let mut last = (Duration::ZERO, Duration::ZERO);
        let ok = (0..3).any(|_| {
            let t1 = min_time(&small, 3, name);
            let t10 = min_time(&large, 2, name);
            last = (t1, t10);
            t10 <= t1 * FACTOR + SLACK
        });
        let (t1, t10) = last;
        eprintln!(
            "linearity {name}: {S} bytes {t1:.1?}, {} bytes {t10:.1?}, ratio {:.1}",
            10 * S,
            t10.as_secs_f64() / t1.as_secs_f64().max(1e-9)
        );
        if !ok {
            failures.push(format!(
                "{name}: {t1:?} on {S} bytes but {t10:?} on {} bytes (bound: {FACTOR}×)",
                10 * S
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "time grows faster than linearly: {failures:?}"
    );
}

/// Every saved fuzzer crash input still passes (the folder may not exist).
#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let Ok(read) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut paths: Vec<_> = read
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let input = String::from_utf8_lossy(&bytes);
        let what = p.display().to_string();
        let entities = viet_extract::extract(&input);
        assert_invariants(&input, &entities, &what);
    }
}

/// Every sentence of the project's held-out sets, in every written form (as written, lower
/// case, capitals, NFD, without diacritics, both), cut after every word and every
/// punctuation mark, and begun after each: text that ends in the middle of a name, a post,
/// a bracket or a number is where a matcher reads past the last token, and text that
/// begins there where one reads before the first. The sets ship with the crate, so this
/// runs everywhere.
#[test]
fn every_prefix_and_suffix_of_every_held_out_sentence_in_every_form() {
    use unicode_normalization::UnicodeNormalization;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    paths.sort();
    assert!(
        !paths.is_empty(),
        "no held-out sets under {}",
        dir.display()
    );
    let ex = viet_extract::Extractor::new().expect("built-in lexicons");
    let mut cuts = 0usize;
    for path in &paths {
        for (id, text) in common::texts_of(path) {
            let plain = common::strip_diacritics(&text);
            let forms = [
                text.clone(),
                text.to_lowercase(),
                text.to_uppercase(),
                text.nfd().collect::<String>(),
                plain.clone(),
                plain.to_lowercase(),
            ];
            for (f, form) in forms.iter().enumerate() {
                // Before a space, and after a mark that is neither a letter, a digit nor a
                // combining mark.
                let mut at: Vec<usize> = Vec::new();
                for (k, c) in form.char_indices() {
                    if c.is_whitespace() {
                        at.push(k);
                    } else if !c.is_alphanumeric() && !('\u{300}'..='\u{36f}').contains(&c) {
                        at.push(k + c.len_utf8());
                    }
                }
                at.push(form.len());
                for &k in &at {
                    let input = &form[..k];
                    let what = format!("{id}, form {f}, cut at byte {k}");
                    assert_invariants(input, &ex.extract(input), &what);
                    let input = form[k..].trim_start();
                    let what = format!("{id}, form {f}, begun at byte {k}");
                    assert_invariants(input, &ex.extract(input), &what);
                    cuts += 2;
                }
            }
        }
    }
    assert!(cuts > 10_000, "only {cuts} cuts");
}

/// Decimals read out one after another ("một phẩy một phẩy …"), 120 KB of them, in a
/// thread with a 2 MiB stack as worker pools give: each decimal is read on its own, with no
/// recursion that grows with the text (a version that nested one call per "phẩy" overflowed
/// the stack here and aborted the process).
#[test]
fn spoken_decimals_one_after_another() {
    let input = "một phẩy ".repeat(10_000);
    let found = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let entities = viet_extract::extract(&input);
            assert_invariants(&input, &entities, "spoken decimals");
            entities.len()
        })
        .expect("a thread")
        .join()
        .expect("no panic");
    assert!(found > 0);
}
