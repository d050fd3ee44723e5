//! The command line: JSON out, bad input reported with where it was, the rest still done.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The example binary, built by `cargo test` next to the test binaries.
fn extract_bin() -> Option<PathBuf> {
    let mut dir = std::env::current_exe().ok()?;
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    if bin.exists() {
        Some(bin)
    } else {
        eprintln!("SKIPPED: {} was not built", bin.display());
        None
    }
}

fn run(args: &[&str], stdin: &[u8]) -> (String, String, bool) {
    let bin = extract_bin().expect("binary");
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write");
    let out = child.wait_with_output().expect("finishes");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn jsonl_lines_in_order_and_errors_named() {
    if extract_bin().is_none() {
        return;
    }
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Đại tá Lê Văn Hải, Giám đốc Công an tỉnh.\"}\n",
        "this is not json\n",
        "{\"id\": 7}\n",
        "\n",
        "{\"id\": \"b\", \"text\": \"ngày 22/12/2023\"}\n",
    );
    let (out, err, ok) = run(&["--jsonl"], input.as_bytes());
    assert!(!ok, "a failed line makes the exit status non-zero");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "official"));
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], "b");
    assert_eq!(lines[3]["entities"][0]["year"], 2023);
    assert!(
        err.contains(":2:") && err.contains(":3:"),
        "stderr names the lines: {err}"
    );
}

#[test]
fn invalid_utf8_names_the_byte() {
    if extract_bin().is_none() {
        return;
    }
    let mut bytes = "Bộ Công an ".as_bytes().to_vec();
    let at = bytes.len();
    bytes.push(0xFF);
    bytes.extend_from_slice(" và Bộ Quốc phòng".as_bytes());
    let (out, err, ok) = run(&[], &bytes);
    assert!(!ok);
    assert!(err.contains(&format!("byte {at}")), "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("still JSON");
    let orgs: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "organization")
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(
        orgs,
        ["Bộ Công an", "Bộ Quốc phòng"],
        "the text around the bad byte is still read"
    );
}

#[test]
fn threads_keep_order() {
    if extract_bin().is_none() {
        return;
    }
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"có {i} người\"}}\n"));
    }
    let (out, _, ok) = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert!(ok);
    let ids: Vec<i64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<_>>());
}
