//! Throughput of the whole extractor and of each stage, in MB/s of input, over the real
//! corpus (../shared/corpus when present, else the shipped sample repeated). Every bench
//! checks its answer, so a fast wrong one fails.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use viet_extract::{Extractor, Kind};

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                text.push_str(&t);
                text.push('\n');
            }
        }
    }
    if text.is_empty() {
        eprintln!("../shared/corpus is absent: benchmarking the shipped sample");
        let sample = include_str!("../examples/sample.txt");
        text = sample.repeat(40);
    }
    text
}

fn benches(c: &mut Criterion) {
    let text = corpus();
    let ex = Extractor::new().expect("built-in lexicons");
    let a = ex.analyze(&text);
    let hits = ex.hits(&a);

    // What the answer must be, checked once before timing and again inside each bench.
    let found = ex.extract(&text);
    let count = |k: Kind| found.iter().filter(|e| e.kind() == k).count();
    let per_kb = found.len() as f64 / (text.len() as f64 / 1000.0);
    assert!(per_kb > 5.0, "only {per_kb:.1} entities per KB");
    for k in [
        Kind::Rank,
        Kind::Person,
        Kind::Organization,
        Kind::Official,
        Kind::Date,
    ] {
        assert!(count(k) > 0, "no {k:?} found");
    }
    let expected = found.len();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            let n = ex.extract(black_box(&text)).len();
            assert_eq!(n, expected);
            n
        })
    });
    g.bench_function("tokenize_and_fold", |b| {
        b.iter(|| {
            let t = ex.analyze(black_box(&text));
            assert_eq!(t.len(), a.len());
            t.len()
        })
    });
    g.bench_function("dictionary_hits", |b| {
        b.iter(|| {
            let h = ex.hits(black_box(&a));
            assert_eq!(h.all().len(), hits.all().len());
            h.all().len()
        })
    });
    // The reference: a bare aho-corasick scan of the folded view for the same patterns,
    // every match reported, nothing checked.
    let ac = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(ex.folded_patterns())
        .expect("reference automaton");
    let raw = ac.find_overlapping_iter(&a.folded).count();
    assert!(raw >= hits.all().len());
    g.bench_function("bare_automaton_scan", |b| {
        b.iter(|| {
            let n = ac.find_overlapping_iter(black_box(&a.folded)).count();
            assert_eq!(n, raw);
            n
        })
    });
    let cands = ex.candidates(&a, &hits);
    g.bench_function("matchers", |b| {
        b.iter(|| {
            let c = ex.candidates(black_box(&a), &hits);
            assert_eq!(c.len(), cands.len());
            c.len()
        })
    });
    g.bench_function("resolve_and_link", |b| {
        b.iter(|| {
            let m = ex.link(black_box(&a), &hits, cands.clone());
            assert_eq!(m.len(), expected);
            m.len()
        })
    });
    g.finish();

    // Shapes that could make a careless scanner quadratic: 1 MB each, timed end to end.
    let mut g = c.benchmark_group("adversarial_1mb");
    g.sample_size(10);
    for (name, unit) in [
        ("dots", "1."),
        ("slashes", "1/"),
        ("dashes", "12-11-"),
        ("names", "Nguyễn Văn "),
    ] {
        let input = unit.repeat(1_000_000 / unit.len());
        let n = ex.extract(&input).len();
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let m = ex.extract(black_box(&input)).len();
                assert_eq!(m, n);
                m
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("extractor_new", |b| {
        b.iter(|| Extractor::new().expect("builds").entries().len())
    });
    g.finish();
}

criterion_group!(extract, benches);
criterion_main!(extract);
