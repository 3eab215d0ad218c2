//! A scraper's view: a folder of saved HTML pages in, claims out.
//!
//! ```text
//! cargo run --release --features html --example scrape_dir -- pages/ [--published YYYY-MM-DD]
//! ```
//!
//! Every `*.html` / `*.htm` file of the folder is read (bytes that are not
//! UTF-8 are repaired, not refused), its article text extracted with the
//! `html` feature, and one JSON line per page written to stdout:
//! `{"file", "claims": [...]}` or `{"file", "error"}`. Pages are processed
//! as a batch (on all cores with the `parallel` feature).

use std::path::PathBuf;
use std::process::ExitCode;

use news_claims::{Date, Extractor, decode_lossy, html_to_text};
use serde_json::json;

fn main() -> ExitCode {
    let mut dir = None;
    let mut published: Option<Date> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--published" {
            match args.next().map(|v| v.parse()) {
                Some(Ok(d)) => published = Some(d),
                _ => {
                    eprintln!("scrape_dir: --published needs YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            }
        } else if dir.is_none() {
            dir = Some(PathBuf::from(a));
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: scrape_dir DIR [--published YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
            .collect(),
        Err(e) => {
            eprintln!("scrape_dir: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();

    // Read and reduce each page to its article text, then extract as a batch.
    let mut pages = Vec::new();
    let mut failed = 0;
    for f in &files {
        match std::fs::read(f) {
            Ok(bytes) => {
                let html = decode_lossy(&bytes).text;
                pages.push((f, html_to_text(&html).text));
            }
            Err(e) => {
                failed += 1;
                println!(
                    "{}",
                    json!({"file": f.display().to_string(), "error": e.to_string()})
                );
            }
        }
    }
    let batch: Vec<(&str, Option<Date>)> =
        pages.iter().map(|(_, t)| (t.as_str(), published)).collect();
    let results = Extractor::default().extract_batch(&batch);
    for ((file, _), ex) in pages.iter().zip(results) {
        println!(
            "{}",
            json!({"file": file.display().to_string(), "claims": ex.claims})
        );
    }
    eprintln!("scrape_dir: {} pages, {} unreadable", files.len(), failed);
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
