//! Scores the extractor against gold-annotated articles (the format of
//! `shared/eval/FORMAT.md`).
//!
//! ```text
//! cargo run --release --example eval -- [--verbose] [--json] [--gate FILE] [DIR|FILE]...
//! ```
//!
//! Reads every `*.json` gold file of the given folders (sorted by name; a
//! file given by path is read as is), runs `Extractor::default()` on each
//! article's `text` with its `published` date, and prints precision, recall
//! and F1 per category plus the secondary accuracies. With no folder it
//! reads `../shared/eval/dev` next to the crate.
//!
//! - `--verbose`: list each miss, false positive and wrong secondary field
//!   per article (on stderr when `--json` is given, so stdout stays one JSON
//!   object).
//! - `--json`: print the figures as one JSON object:
//!   `{"articles": N, "sentences": {"p", "r", "f1", ...}, "counts": {...}, ...}`,
//!   fractions in 0..1, `null` where a category had no gold item and no
//!   prediction; each category also carries its `tp`, `fp` and `fn`.
//! - `--gate FILE`: FILE is a JSON object of minimum figures in the same
//!   shape (any subset, e.g. `{"counts": {"f1": 0.5}}`); exits 1 after
//!   naming each figure below its floor (a `null` figure is below any
//!   floor), 0 when all are reached.
//!
//! Exit codes: 0 success, 1 a gate floor not reached, 2 bad usage or
//! unreadable input.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use news_claims::Extractor;
use news_claims::eval::{ArticleScore, Category, Finding, GoldArticle, Report, score};
use serde_json::{Map, Value};

const USAGE: &str =
    "usage: cargo run --release --example eval -- [--verbose] [--json] [--gate FILE] [DIR|FILE]...";

/// Figures compare to floors with this slack, so a floor written from a
/// printed figure is reached by the same figure.
const SLACK: f64 = 1e-9;

struct Options {
    inputs: Vec<PathBuf>,
    verbose: bool,
    json: bool,
    gate: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Runs the evaluation; `Ok(false)` when a gate floor was not reached.
fn run() -> Result<bool, String> {
    let options = parse_args(std::env::args().skip(1))?;
    let files = gold_files(&options.inputs)?;
    let extractor = Extractor::default();
    let mut articles = Vec::new();
    for path in &files {
        let raw = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gold: GoldArticle = serde_json::from_str(&raw)
            .map_err(|e| format!("{} is not a gold file: {e}", path.display()))?;
        let extraction = extractor.extract(&gold.text, gold.published_date());
        articles.push(score(&gold, &extraction));
    }
    let report: Report = articles.iter().collect();
    let figures = to_json(&report);

    if options.verbose {
        emit(&verbose_listing(&articles), options.json);
    }
    if options.json {
        emit(&format!("{}\n", ordered_json(&report)), false);
    } else {
        emit(&table(&report), false);
    }
    match &options.gate {
        Some(gate) => check_gate(gate, &figures),
        None => Ok(true),
    }
}

/// Writes to stdout (or stderr), quietly giving up when the reader went
/// away (`eval | head`).
fn emit(text: &str, to_stderr: bool) {
    use std::io::Write;
    let _ = if to_stderr {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())
    };
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        inputs: Vec::new(),
        verbose: false,
        json: false,
        gate: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--verbose" | "-v" => options.verbose = true,
            "--json" => options.json = true,
            "--gate" => match args.next() {
                Some(file) => options.gate = Some(PathBuf::from(file)),
                None => return Err(format!("--gate needs a file\n{USAGE}")),
            },
            "--help" | "-h" => return Err(USAGE.to_string()),
            _ if arg.starts_with("--gate=") => {
                options.gate = Some(PathBuf::from(&arg["--gate=".len()..]));
            }
            _ if arg.starts_with('-') && arg.len() > 1 => {
                return Err(format!("unknown option {arg}\n{USAGE}"));
            }
            _ => options.inputs.push(PathBuf::from(arg)),
        }
    }
    if options.inputs.is_empty() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev");
        if !dev.is_dir() {
            return Err(format!(
                "no gold folder given and {} does not exist\n{USAGE}",
                dev.display()
            ));
        }
        options.inputs.push(dev);
    }
    Ok(options)
}

/// The gold files: each folder's `*.json` files sorted by name, each file
/// given by path as is, in the order given.
fn gold_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| format!("cannot read {}: {e}", input.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
                .collect();
            found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
            files.extend(found);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            return Err(format!(
                "{} is neither a folder nor a file\n{USAGE}",
                input.display()
            ));
        }
    }
    if files.is_empty() {
        return Err("no *.json gold file found".to_string());
    }
    Ok(files)
}

fn number(v: Option<f64>) -> Value {
    v.and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// The figures as one JSON object (see the module docs).
fn to_json(report: &Report) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("articles".into(), Value::from(report.articles));
    for category in Category::ALL {
        let mut fields = Map::new();
        for f in report.figures().iter().filter(|f| f.category == category) {
            fields.insert(f.name.into(), number(f.value));
        }
        let t = report.scores.tally(category);
        fields.insert("tp".into(), Value::from(t.true_positives));
        fields.insert("fp".into(), Value::from(t.false_positives));
        fields.insert("fn".into(), Value::from(t.false_negatives));
        out.insert(category.name().into(), Value::Object(fields));
    }
    out
}

/// The JSON object of [`to_json`] as text in report order (`articles`, then
/// the categories with their figures in [`Report::figures`] order, then
/// `tp`, `fp`, `fn`), where a plain map would sort the keys by name.
fn ordered_json(report: &Report) -> String {
    let key = |k: &str| Value::from(k).to_string();
    let mut parts = vec![format!("{}:{}", key("articles"), report.articles)];
    let figures = report.figures();
    for category in Category::ALL {
        let t = report.scores.tally(category);
        let mut inner: Vec<String> = figures
            .iter()
            .filter(|f| f.category == category)
            .map(|f| format!("{}:{}", key(f.name), number(f.value)))
            .collect();
        for (name, n) in [
            ("tp", t.true_positives),
            ("fp", t.false_positives),
            ("fn", t.false_negatives),
        ] {
            inner.push(format!("{}:{n}", key(name)));
        }
        parts.push(format!("{}:{{{}}}", key(category.name()), inner.join(",")));
    }
    format!("{{{}}}", parts.join(","))
}

fn fraction(v: Option<f64>) -> String {
    v.map_or_else(|| "    -".to_string(), |v| format!("{v:.3}"))
}

/// The table for people.
fn table(report: &Report) -> String {
    let mut s = format!("articles: {}\n\n", report.articles);
    s += &format!(
        "{:<13} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
        "category", "P", "R", "F1", "tp", "fp", "fn"
    );
    for category in Category::ALL {
        let t = report.scores.tally(category);
        s += &format!(
            "{:<13} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
            category.name(),
            fraction(t.precision()),
            fraction(t.recall()),
            fraction(t.f1()),
            t.true_positives,
            t.false_positives,
            t.false_negatives
        );
    }
    s += "\nover matched pairs:\n";
    for category in Category::ALL {
        for (name, share) in report.scores.shares(category) {
            s += &format!(
                "{:<20} {:>6}  ({}/{})\n",
                format!("{}.{}", category.name(), name),
                fraction(share.fraction()),
                share.hits,
                share.total
            );
        }
    }
    s
}

/// One miss or false positive for the listing.
fn finding(label: &str, f: &Finding) -> String {
    let note = if f.note.is_empty() {
        String::new()
    } else {
        format!(" [{}]", f.note)
    };
    format!("  {label}  {:<13} {:?}{note}\n", f.category.name(), f.text)
}

/// Each article's misses, false positives and wrong fields.
fn verbose_listing(articles: &[ArticleScore]) -> String {
    let mut s = String::new();
    for a in articles {
        s += &format!("== {}\n", a.id);
        for f in &a.misses {
            s += &finding("miss ", f);
        }
        for f in &a.false_positives {
            s += &finding("false", f);
        }
        for m in &a.mismatches {
            s += &format!(
                "  wrong  {:<13} {:?}: gold {:?}, predicted {:?}\n",
                format!("{}.{}", m.category.name(), m.field),
                m.text,
                m.gold,
                m.predicted
            );
        }
    }
    s += "\n";
    s
}

/// Compares the figures with the floors of the gate file; `Ok(false)` when
/// one is below. Unknown keys in the gate file are an error, so a typo
/// cannot pass silently.
fn check_gate(path: &Path, figures: &Map<String, Value>) -> Result<bool, String> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let gate: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
    let Value::Object(gate) = gate else {
        return Err(format!("{} must hold a JSON object", path.display()));
    };
    let mut floors = Vec::new();
    for (key, value) in &gate {
        match value {
            Value::Object(inner) => {
                for (name, floor) in inner {
                    floors.push((format!("{key}.{name}"), key, Some(name), floor));
                }
            }
            _ => floors.push((key.clone(), key, None, value)),
        }
    }
    let mut passed = true;
    for (label, key, name, floor) in floors {
        let Some(floor) = floor.as_f64() else {
            return Err(format!("gate {label}: the floor must be a number"));
        };
        let figure = match (figures.get(key.as_str()), name) {
            (Some(Value::Object(inner)), Some(name)) => inner.get(name.as_str()),
            (Some(v), None) if !v.is_object() => Some(v),
            _ => None,
        };
        let Some(figure) = figure else {
            return Err(format!("gate {label}: no such figure"));
        };
        match figure.as_f64() {
            Some(v) if v + SLACK >= floor => {}
            Some(v) => {
                passed = false;
                eprintln!("gate: {label} = {v:.4} is below its floor {floor}");
            }
            None => {
                passed = false;
                eprintln!("gate: {label} = null is below its floor {floor}");
            }
        }
    }
    if passed {
        eprintln!("gate: every figure reached its floor");
    }
    Ok(passed)
}
