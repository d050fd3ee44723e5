//! Feeds arbitrary bytes (made valid UTF-8 with `from_utf8_lossy`) to `viet_extract::extract`
//! and checks the span invariants of every entity.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let input: &str = &input;
    let entities = viet_extract::extract(input);
    let mut prev_start = 0usize;
    for (i, e) in entities.iter().enumerate() {
        assert!(
            e.start <= e.end && e.end <= input.len(),
            "entity {i} ({:?}) has span {}..{} outside 0..{}",
            e.kind(),
            e.start,
            e.end,
            input.len()
        );
        assert!(
            input.is_char_boundary(e.start) && input.is_char_boundary(e.end),
            "entity {i} ({:?}) span {}..{} is not on char boundaries",
            e.kind(),
            e.start,
            e.end
        );
        assert_eq!(
            &input[e.start..e.end],
            e.text,
            "entity {i} ({:?}) text differs from input[{}..{}]",
            e.kind(),
            e.start,
            e.end
        );
        assert!(
            e.start >= prev_start,
            "entity {i} ({:?}) starts at {} before the previous entity's start {}",
            e.kind(),
            e.start,
            prev_start
        );
        prev_start = e.start;
    }
});
