//! Prints the extraction of a Kazakh text as JSON, or as IOB2 in KazNERD's CoNLL layout.
//!
//! ```text
//! cargo run --release --example extract -- [--jsonl] [--pretty] [--char-offsets]
//!                                          [--format json|iob] [FILE]
//! ```
//!
//! Without FILE, reads standard input. With `--jsonl`, each input line is
//! `{"id": …, "text": "…"}` and each output line is `{"id", "entities", "quotes"}`; a
//! malformed line is reported on standard error with its line number, the other lines
//! are still processed, and the exit status is 1 at the end.
//!
//! `--char-offsets` adds `char_start`/`char_end` (Unicode scalar offsets, as Python
//! indexes `str`) beside the byte offsets of every entity and quote part.
//! `--format iob` prints `token TAG` lines instead of JSON, a blank line after each
//! sentence (`atau::to_iob`); with `--jsonl` the documents' IOB2 follow each other in
//! input order, each ending with a blank line, and ids are not printed.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde::Serialize;

const USAGE: &str =
    "usage: extract [--jsonl] [--pretty] [--char-offsets] [--format json|iob] [FILE]\n\
    Prints entities and quotes found in FILE (standard input when absent) as JSON or IOB2.\n\
    --jsonl          input lines are {\"id\": …, \"text\": …}; one JSON line out per line in\n\
    --pretty         indent the JSON (single-document mode)\n\
    --char-offsets   add char_start/char_end (Unicode scalar offsets) beside start/end\n\
    --format FORMAT  json (default), or iob: KazNERD-style IOB2, `token TAG` per line,\n\
    \x20                a blank line after each sentence (and so after each document)";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Iob,
}

struct Args {
    jsonl: bool,
    pretty: bool,
    char_offsets: bool,
    format: Format,
    file: Option<String>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    match s {
        "json" => Ok(Format::Json),
        "iob" => Ok(Format::Iob),
        _ => Err(format!("unknown format {s:?} (json or iob)")),
    }
}

fn parse_args() -> Result<Args, String> {
    let mut args =
        Args { jsonl: false, pretty: false, char_offsets: false, format: Format::Json, file: None };
    let mut argv = std::env::args().skip(1);
    while let Some(a) = argv.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--char-offsets" => args.char_offsets = true,
            "--format" => {
                args.format = parse_format(&argv.next().ok_or("--format needs json or iob")?)?
            }
            s if s.starts_with("--format=") => args.format = parse_format(&s["--format=".len()..])?,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s if args.file.is_none() => args.file = Some(s.to_string()),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    if args.format == Format::Iob && (args.pretty || args.char_offsets) {
        return Err("--pretty and --char-offsets apply to JSON output only".into());
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
struct Line<'a, T> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    extraction: T,
}

fn json(out: &mut impl Write, pretty: bool, value: &impl Serialize) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(out, value)?;
    } else {
        serde_json::to_writer(out, value)?;
    }
    Ok(())
}

/// Writes one document's extraction in the chosen output form (one JSON line when
/// `pretty` is off, else indented JSON, or IOB2).
fn write_doc(
    out: &mut impl Write,
    args: &Args,
    id: Option<&serde_json::Value>,
    text: &str,
    ex: &atau::Extraction<'_>,
) -> io::Result<()> {
    if args.format == Format::Iob {
        return out.write_all(atau::to_iob(text, ex).as_bytes());
    }
    // JSON lines stay on one line each, as before, whatever --pretty says.
    let pretty = args.pretty && id.is_none();
    match (id, args.char_offsets) {
        (Some(id), false) => json(out, pretty, &Line { id, extraction: ex })?,
        (Some(id), true) => {
            json(out, pretty, &Line { id, extraction: atau::WithCharOffsets::new(text, ex) })?
        }
        (None, false) => json(out, pretty, ex)?,
        (None, true) => json(out, pretty, &atau::WithCharOffsets::new(text, ex))?,
    }
    out.write_all(b"\n")
}

/// Lines read before extracting them together on all cores.
const BATCH: usize = 4096;

fn run_jsonl(input: Box<dyn BufRead>, out: &mut impl Write, args: &Args) -> io::Result<usize> {
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
        for ((id, text), extraction) in ids.iter().zip(&texts).zip(extractor.extract_batch(&texts))
        {
            write_doc(out, args, Some(id), text, &extraction)?;
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
        run_jsonl(input, &mut out, &args).inspect(|&bad| {
            if bad > 0 {
                eprintln!("extract: {bad} malformed input line(s) skipped");
            }
        })
    } else {
        let mut text = String::new();
        input.read_to_string(&mut text).and_then(|_| {
            write_doc(&mut out, &args, None, &text, &atau::extract(&text))?;
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
