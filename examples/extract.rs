//! The command line: entities of files (or standard input) as JSON.
//!
//! ```text
//! extract [--pretty] [FILE…]          one JSON array per file (or stdin)
//! extract --jsonl [--threads N] [--stats] [FILE…]
//!                                     lines {"id", "text"} in, lines {"id", "entities"} out
//! ```
//!
//! Bad input never stops the run: invalid UTF-8 is reported with the file and byte offset;
//! a JSONL line that is not JSON or has no "text" gives `{"line": N, "error": "…"}` and the
//! other lines go on. The exit status is non-zero when anything failed.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::time::Instant;
use viet_extract::{Entity, Extractor, Kind, Value};

struct Options {
    jsonl: bool,
    pretty: bool,
    stats: bool,
    threads: usize,
    files: Vec<String>,
}

fn usage() -> ! {
    eprintln!("usage: extract [--jsonl] [--pretty] [--stats] [--threads N] [FILE…]");
    std::process::exit(2);
}

fn parse_args() -> Options {
    let mut o = Options {
        jsonl: false,
        pretty: false,
        stats: false,
        threads: 1,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--pretty" => o.pretty = true,
            "--stats" => o.stats = true,
            "--threads" => {
                o.threads = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n >= 1)
                    .unwrap_or_else(|| usage());
            }
            "-h" | "--help" => usage(),
            s if s.starts_with("--") => {
                eprintln!("unknown option {s}");
                usage()
            }
            _ => o.files.push(a),
        }
    }
    o
}

#[derive(Default)]
struct Stats {
    documents: u64,
    bytes: u64,
    by_kind: [u64; Kind::ALL.len()],
    failed: u64,
}

impl Stats {
    fn count(&mut self, text: &str, entities: &[Entity<'_>]) {
        self.documents += 1;
        self.bytes += text.len() as u64;
        for e in entities {
            if let Some(k) = Kind::ALL.iter().position(|&k| k == e.kind()) {
                self.by_kind[k] += 1;
            }
        }
    }
}

fn main() {
    let o = parse_args();
    let ex = match Extractor::new() {
        Ok(ex) => ex,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let start = Instant::now();
    let mut stats = Stats::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let inputs: Vec<Option<String>> = if o.files.is_empty() {
        vec![None]
    } else {
        o.files.iter().cloned().map(Some).collect()
    };
    for input in inputs {
        let name = input.clone().unwrap_or_else(|| "<stdin>".to_string());
        let reader: Box<dyn BufRead> = match &input {
            None => Box::new(io::BufReader::new(io::stdin())),
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("{name}: {e}");
                    stats.failed += 1;
                    continue;
                }
            },
        };
        let r = if o.jsonl {
            run_jsonl(&ex, reader, &name, &o, &mut out, &mut stats)
        } else {
            run_whole(&ex, reader, &name, &o, &mut out, &mut stats)
        };
        if let Err(e) = r {
            if e.kind() == io::ErrorKind::BrokenPipe {
                break;
            }
            eprintln!("{name}: {e}");
            stats.failed += 1;
        }
    }
    let _ = out.flush();
    if o.stats {
        let secs = start.elapsed().as_secs_f64();
        let mb = stats.bytes as f64 / 1e6;
        eprintln!("documents: {}", stats.documents);
        eprintln!("bytes: {}", stats.bytes);
        for (k, n) in Kind::ALL.iter().zip(stats.by_kind) {
            if n > 0 {
                eprintln!("{}: {n}", k.as_str());
            }
        }
        eprintln!("failed: {}", stats.failed);
        eprintln!("seconds: {secs:.3}");
        eprintln!("MB/s: {:.1}", if secs > 0.0 { mb / secs } else { 0.0 });
    }
    if stats.failed > 0 {
        std::process::exit(1);
    }
}

/// Reads the whole input; invalid UTF-8 is reported with its byte offset and the valid
/// text around it is still processed.
fn run_whole(
    ex: &Extractor,
    mut reader: Box<dyn BufRead>,
    name: &str,
    o: &Options,
    out: &mut impl Write,
    stats: &mut Stats,
) -> io::Result<()> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            eprintln!("{name}: invalid UTF-8 at byte {at}; invalid bytes replaced with U+FFFD");
            stats.failed += 1;
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let entities = ex.extract(&text);
    stats.count(&text, &entities);
    if o.pretty {
        print_table(&entities, out)?;
    } else {
        serde_json::to_writer(&mut *out, &entities).map_err(io::Error::other)?;
        writeln!(out)?;
    }
    Ok(())
}

fn print_table(entities: &[Entity<'_>], out: &mut impl Write) -> io::Result<()> {
    for e in entities {
        let detail = match &e.value {
            Value::Rank { rank, grade, force } => format!(
                "{rank} (grade {grade}{})",
                force.map(|f| format!(", {f:?}")).unwrap_or_default()
            ),
            Value::Person { name } => name.clone(),
            Value::Organization { name } => name.clone(),
            Value::Location { name, unit } => format!(
                "{name}{}",
                unit.as_ref().map(|u| format!(" ({u})")).unwrap_or_default()
            ),
            Value::Official(of) => {
                let roles: Vec<String> = of.roles.iter().map(|r| r.text.clone()).collect();
                format!(
                    "{}{} — {}",
                    of.rank
                        .as_ref()
                        .map(|r| format!("{r} "))
                        .unwrap_or_default(),
                    of.name,
                    roles.join("; ")
                )
            }
            other => serde_json::to_string(other).unwrap_or_default(),
        };
        writeln!(
            out,
            "{:>7}..{:<7} {:<13} {:<40} {}",
            e.start,
            e.end,
            e.kind().as_str(),
            e.text.replace('\n', " "),
            detail
        )?;
    }
    Ok(())
}

/// Line by line: bounded memory whatever the input size; with `--threads N`, batches of
/// lines are parsed, extracted and serialized on N threads and written in order.
fn run_jsonl(
    ex: &Extractor,
    mut reader: Box<dyn BufRead>,
    name: &str,
    o: &Options,
    out: &mut impl Write,
    stats: &mut Stats,
) -> io::Result<()> {
    let progress = io::stderr().is_terminal();
    let started = Instant::now();
    let batch_size = if o.threads > 1 { 512 * o.threads } else { 1 };
    let pool = build_pool(o.threads);
    let mut line_no = 0u64;
    let mut batch: Vec<(u64, Vec<u8>)> = Vec::with_capacity(batch_size);
    loop {
        let mut buf = Vec::new();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n > 0 {
            line_no += 1;
            if !buf.iter().all(|b| b.is_ascii_whitespace()) {
                batch.push((line_no, buf));
            }
        }
        if batch.len() >= batch_size || (n == 0 && !batch.is_empty()) {
            let done = process_batch(ex, &pool, &batch);
            for ((line, _), p) in batch.iter().zip(done) {
                if let Some(msg) = &p.error {
                    eprintln!("{name}:{line}: {msg}");
                    stats.failed += 1;
                } else {
                    stats.documents += 1;
                }
                stats.bytes += p.bytes;
                for (k, c) in stats.by_kind.iter_mut().zip(p.by_kind) {
                    *k += c;
                }
                out.write_all(&p.out)?;
            }
            batch.clear();
            if progress && line_no % 10_000 < batch_size as u64 {
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "\r{line_no} lines, {:.1} MB, {:.1} MB/s",
                    stats.bytes as f64 / 1e6,
                    stats.bytes as f64 / 1e6 / secs
                );
            }
        }
        if n == 0 {
            break;
        }
    }
    if progress {
        eprintln!();
    }
    Ok(())
}

#[cfg(feature = "rayon")]
type Pool = Option<rayon::ThreadPool>;
#[cfg(not(feature = "rayon"))]
type Pool = Option<()>;

#[cfg(feature = "rayon")]
fn build_pool(threads: usize) -> Pool {
    (threads > 1)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .ok()
        })
        .flatten()
}
#[cfg(not(feature = "rayon"))]
fn build_pool(_threads: usize) -> Pool {
    None
}

/// One input line as read: the text borrowed from the line where it has no escapes.
#[derive(serde::Deserialize)]
struct InLine<'a> {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(borrow)]
    text: Option<std::borrow::Cow<'a, str>>,
}

#[derive(serde::Serialize)]
struct OutLine<'a, 'b> {
    id: &'a serde_json::Value,
    entities: &'a [Entity<'b>],
}

/// What one line gave: its output line, its error, its counts.
struct Processed {
    out: Vec<u8>,
    error: Option<String>,
    bytes: u64,
    by_kind: [u64; Kind::ALL.len()],
}

fn process_line(ex: &Extractor, line: u64, raw: &[u8]) -> Processed {
    let mut p = Processed {
        out: Vec::new(),
        error: None,
        bytes: 0,
        by_kind: [0; Kind::ALL.len()],
    };
    // (The fast check first; the standard one only to say where a bad line goes wrong.)
    let parsed: Result<InLine<'_>, String> = match simdutf8::basic::from_utf8(raw) {
        Ok(s) => serde_json::from_str(s).map_err(|e| format!("not JSON: {e}")),
        Err(_) => Err(format!(
            "invalid UTF-8 at byte {} of the line",
            std::str::from_utf8(raw)
                .err()
                .map_or(0, |e| e.valid_up_to())
        )),
    };
    let result = parsed.and_then(|l| match l.text {
        Some(t) => Ok((l.id, t)),
        None => Err("no string field \"text\"".to_string()),
    });
    match result {
        Ok((id, text)) => {
            let entities = ex.extract(&text);
            p.bytes = text.len() as u64;
            for e in &entities {
                if let Some(k) = Kind::ALL.iter().position(|&k| k == e.kind()) {
                    p.by_kind[k] += 1;
                }
            }
            let _ = serde_json::to_writer(
                &mut p.out,
                &OutLine {
                    id: &id,
                    entities: &entities,
                },
            );
        }
        Err(msg) => {
            let _ = serde_json::to_writer(
                &mut p.out,
                &serde_json::json!({ "line": line, "error": msg }),
            );
            p.error = Some(msg);
        }
    }
    p.out.push(b'\n');
    p
}

fn process_batch(ex: &Extractor, pool: &Pool, batch: &[(u64, Vec<u8>)]) -> Vec<Processed> {
    #[cfg(feature = "rayon")]
    if let Some(p) = pool {
        use rayon::prelude::*;
        return p.install(|| {
            batch
                .par_iter()
                .map(|(n, raw)| process_line(ex, *n, raw))
                .collect()
        });
    }
    #[cfg(not(feature = "rayon"))]
    let _ = pool;
    batch
        .iter()
        .map(|(n, raw)| process_line(ex, *n, raw))
        .collect()
}
