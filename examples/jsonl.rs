//! Streams JSON Lines through the extractor: one article per input line,
//! one result per output line, in input order.
//!
//! ```text
//! cargo run --release --example jsonl -- articles.jsonl > results.jsonl
//! cat articles.jsonl | cargo run --release --features parallel,html --example jsonl
//! ```
//!
//! Input lines: `{"id": ..., "text": "..." | "html": "...", "published":
//! "YYYY-MM-DD", "url": ...}` (`id`, `published` and `url` optional).
//! Output lines: `{"line": N, "id": ..., "url": ..., "extraction": {...}}`,
//! or `{"line": N, "id": ..., "error": "..."}` for a line that could not be
//! read; the run goes on. Progress goes to stderr every 10,000 lines. The exit
//! code is 0 when every line was extracted, 1 when any failed, 2 for a usage
//! or I/O error.
//!
//! Because each line is independent and results keep input order, the
//! program runs unchanged under a cluster engine's streaming interface
//! (Hadoop Streaming, Spark's `RDD.pipe`): see DESIGN.md.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use news_claims::{Date, Extraction, Extractor};
use serde_json::{Value, json};

/// Lines read before a batch is extracted (on all cores with `parallel`).
const BATCH: usize = 256;

/// One input line, parsed.
struct Job {
    line: usize,
    id: Value,
    url: Value,
    input: Result<(String, Option<Date>), String>,
}

fn parse(line_no: usize, line: &str) -> Job {
    let mut job = Job {
        line: line_no,
        id: Value::Null,
        url: Value::Null,
        input: Err(String::new()),
    };
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            job.input = Err(format!("not JSON: {e}"));
            return job;
        }
    };
    job.id = v.get("id").cloned().unwrap_or(Value::Null);
    job.url = v.get("url").cloned().unwrap_or(Value::Null);
    let published = match v.get("published") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => s.parse::<Date>().map(Some).map_err(|e| e.to_string()),
        Some(_) => Err("`published` must be a YYYY-MM-DD string".to_string()),
    };
    let text = match (v.get("text"), v.get("html")) {
        (Some(Value::String(t)), _) => Ok(t.clone()),
        (_, Some(Value::String(h))) => html_text(h),
        _ => Err("the line has neither a `text` nor an `html` string".to_string()),
    };
    job.input = match (text, published) {
        (Ok(t), Ok(p)) => Ok((t, p)),
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    job
}

/// The article text of an HTML page (the `html` feature).
#[cfg(feature = "html")]
fn html_text(html: &str) -> Result<String, String> {
    Ok(news_claims::html_to_text(html).text)
}

#[cfg(not(feature = "html"))]
fn html_text(_html: &str) -> Result<String, String> {
    Err("`html` input needs the crate's `html` feature; send `text`".to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let reader: Box<dyn BufRead> = match args.as_slice() {
        [] => Box::new(BufReader::new(std::io::stdin().lock())),
        [p] if p == "-" => Box::new(BufReader::new(std::io::stdin().lock())),
        [p] if !p.starts_with('-') => match std::fs::File::open(p) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("jsonl: {p}: {e}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: jsonl [FILE | -]   (JSON Lines in, one result per line out)");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::default();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let started = Instant::now();
    let (mut lines, mut failed, mut bytes) = (0usize, 0usize, 0usize);
    let mut batch: Vec<Job> = Vec::with_capacity(BATCH);
    let mut lines_in = reader.lines();
    loop {
        let next = lines_in.next();
        let done = next.is_none();
        if let Some(line) = next {
            lines += 1;
            match line {
                Ok(l) if l.trim().is_empty() => {}
                Ok(l) => {
                    bytes += l.len();
                    batch.push(parse(lines, &l));
                }
                Err(e) => batch.push(Job {
                    line: lines,
                    id: Value::Null,
                    url: Value::Null,
                    input: Err(format!("unreadable line: {e}")),
                }),
            }
        }
        if batch.len() >= BATCH || (done && !batch.is_empty()) {
            failed += run(&extractor, &mut batch, &mut out);
            if out.flush().is_err() {
                return ExitCode::from(2); // stdout closed: stop quietly
            }
        }
        if lines % 10_000 == 0 && lines > 0 && !done {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprintln!(
                "jsonl: {lines} lines, {failed} failed, {:.1} MB/s",
                bytes as f64 / secs / 1e6
            );
        }
        if done {
            break;
        }
    }
    eprintln!(
        "jsonl: done: {lines} lines, {failed} failed, {:.1}s",
        started.elapsed().as_secs_f64()
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Extracts one batch and writes its results in order; returns the number of
/// failed lines.
fn run(extractor: &Extractor, batch: &mut Vec<Job>, out: &mut impl Write) -> usize {
    let inputs: Vec<(&str, Option<Date>)> = batch
        .iter()
        .filter_map(|j| j.input.as_ref().ok().map(|(t, p)| (t.as_str(), *p)))
        .collect();
    // Extraction does not panic; should it ever, one bad page must not take
    // the run down with it.
    let results = std::panic::catch_unwind(|| extractor.extract_batch(&inputs)).ok();
    let mut results = results.map(Vec::into_iter);
    let mut failed = 0;
    for job in batch.drain(..) {
        let written = match job.input {
            Ok(_) => match results.as_mut().and_then(Iterator::next) {
                Some(ex) => write_ok(out, job.line, &job.id, &job.url, &ex),
                None => {
                    failed += 1;
                    write_error(out, job.line, &job.id, "internal error while extracting")
                }
            },
            Err(e) => {
                failed += 1;
                write_error(out, job.line, &job.id, &e)
            }
        };
        // A closed stdout shows at the flush after the batch.
        let _ = written;
    }
    failed
}

/// Writes one result line. The extraction is serialised straight to the
/// output: building a `serde_json::Value` first cost more than extracting.
fn write_ok(
    out: &mut impl Write,
    line: usize,
    id: &Value,
    url: &Value,
    ex: &Extraction,
) -> std::io::Result<()> {
    write!(
        out,
        "{{\"line\":{line},\"id\":{id},\"url\":{url},\"extraction\":"
    )?;
    serde_json::to_writer(&mut *out, ex)?;
    writeln!(out, "}}")
}

fn write_error(out: &mut impl Write, line: usize, id: &Value, error: &str) -> std::io::Result<()> {
    let record = json!({"line": line, "id": id, "error": error});
    writeln!(out, "{record}")
}
