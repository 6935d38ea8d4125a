//! Prints the extraction of a Kazakh text as JSON.
//!
//! ```text
//! cargo run --release --example extract -- [--jsonl] [--pretty] [FILE]
//! ```
//!
//! Without FILE, reads standard input. With `--jsonl`, each input line is
//! `{"id": …, "text": "…"}` and each output line is `{"id", "entities", "quotes"}`; a
//! malformed line is reported on standard error with its line number, the other lines
//! are still processed, and the exit status is 1 at the end.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde::Serialize;

const USAGE: &str = "usage: extract [--jsonl] [--pretty] [FILE]\n\
    Prints entities and quotes found in FILE (standard input when absent) as JSON.\n\
    --jsonl   input lines are {\"id\": …, \"text\": …}; one JSON line out per line in\n\
    --pretty  indent the JSON (single-document mode)";

struct Args {
    jsonl: bool,
    pretty: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, pretty: false, file: None };
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if args.file.is_none() => args.file = Some(s.to_string()),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    Ok(args)
}

fn open(file: &Option<String>) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) => Box::new(io::BufReader::new(std::fs::File::open(path)?)),
        None => Box::new(io::BufReader::new(io::stdin())),
    })
}

#[derive(Serialize)]
struct Line<'a, 't> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    extraction: &'a atau::Extraction<'t>,
}

/// Lines read before extracting them together on all cores.
const BATCH: usize = 4096;

fn run_jsonl(input: Box<dyn BufRead>, out: &mut impl Write) -> io::Result<usize> {
    let extractor = atau::Extractor::new();
    let mut bad = 0;
    let mut ids: Vec<serde_json::Value> = Vec::with_capacity(BATCH);
    let mut texts: Vec<String> = Vec::with_capacity(BATCH);
    let mut lines = input.lines().enumerate().peekable();
    while lines.peek().is_some() {
        for (i, line) in lines.by_ref().take(BATCH) {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let mut doc: serde_json::Value = match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("extract: line {}: not JSON: {e}", i + 1);
                    bad += 1;
                    continue;
                }
            };
            let text = doc.get_mut("text").map(serde_json::Value::take);
            match (doc.get_mut("id").map(serde_json::Value::take), text) {
                (Some(id), Some(serde_json::Value::String(text))) => {
                    ids.push(id);
                    texts.push(text);
                }
                _ => {
                    eprintln!(
                        "extract: line {}: expected an object with \"id\" and a string \"text\"",
                        i + 1
                    );
                    bad += 1;
                }
            }
        }
        // All cores at once; the output keeps the input order.
        for (id, extraction) in ids.iter().zip(extractor.extract_batch(&texts)) {
            serde_json::to_writer(&mut *out, &Line { id, extraction: &extraction })?;
            out.write_all(b"\n")?;
        }
        ids.clear();
        texts.clear();
    }
    Ok(bad)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("extract: {msg}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if msg.is_empty() { 0 } else { 2 });
        }
    };
    let mut input = match open(&args.file) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("extract: {}: {e}", args.file.as_deref().unwrap_or("<stdin>"));
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(input, &mut out).inspect(|&bad| {
            if bad > 0 {
                eprintln!("extract: {bad} malformed input line(s) skipped");
            }
        })
    } else {
        let mut text = String::new();
        input.read_to_string(&mut text).and_then(|_| {
            let ex = atau::extract(&text);
            if args.pretty {
                serde_json::to_writer_pretty(&mut out, &ex)?;
            } else {
                serde_json::to_writer(&mut out, &ex)?;
            }
            out.write_all(b"\n")?;
            Ok(0)
        })
    };
    match result.and_then(|bad| out.flush().map(|_| bad)) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(2)
        }
    }
}
