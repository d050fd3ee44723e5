use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let reps: usize = std::env::args().nth(2).map_or(20, |s| s.parse().unwrap());
    let s = std::fs::read_to_string(path).unwrap();
    let ex = viet_extract::default_extractor();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        n += ex.extract(&s).len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!("{} entities, {:.1} MB/s", n, (s.len() * reps) as f64 / 1e6 / secs);
}
