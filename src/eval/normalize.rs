//! Text normalisation shared by the scorer's matching rules.

use super::fold::FOLD;

/// Lower-cases `s`, removes diacritics (Latin-1 and Latin Extended-A
/// letters through [`FOLD`], combining marks U+0300–U+036F dropped), turns
/// the curly apostrophe into `'` and folds runs of whitespace to one space.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{2bc}' => out.push('\''),
            _ => match FOLD.iter().find(|(k, _)| *k == c) {
                Some((_, to)) => out.push_str(to),
                None => out.push(c),
            },
        }
    }
    out
}

/// Folds runs of whitespace to one space and trims: how quote texts are
/// compared.
pub(crate) fn fold_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The form an actor's surface is compared in: [`fold`], then a leading
/// "the " and a final possessive "'s" removed.
pub(crate) fn actor_key(s: &str) -> String {
    let folded = fold(s);
    let mut key = folded.as_str();
    if let Some(rest) = key.strip_prefix("the ") {
        key = rest;
    }
    if let Some(rest) = key.strip_suffix("'s") {
        key = rest;
    }
    key.trim().to_string()
}

/// Removes one final "s" (so "prisoners" and "prisoner" compare equal).
fn stem(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(rest) if !rest.is_empty() => rest,
        _ => word,
    }
}

/// The words of `s` after [`fold`]: runs of letters, digits and
/// apostrophes, with a possessive "'s" or final "'" removed, each stemmed by
/// dropping a final "s".
pub(crate) fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| {
            let w = w.strip_suffix("'s").unwrap_or(w);
            let w = w.trim_matches('\'');
            stem(w).to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The head word of a gold phrase: its last word, case-insensitive,
/// diacritics removed, a final "s" ignored.
pub(crate) fn head_word(s: &str) -> Option<String> {
    words(s).pop()
}

/// Whether `predicted` contains the head word of `gold` as a whole word
/// (both sides normalised by [`words`]). A gold phrase with no word at all
/// (punctuation only) must then equal the prediction after [`fold`].
pub(crate) fn contains_head(predicted: &str, gold: &str) -> bool {
    match head_word(gold) {
        Some(head) => words(predicted).contains(&head),
        None => fold(predicted).trim() == fold(gold).trim(),
    }
}

/// The lemma an event is compared by: lower case, with the synonyms of
/// `FORMAT.md` mapped to one lemma (free=release, arrest=detain=jail=imprison,
/// slay=kill, wound=injure).
pub(crate) fn event_key(lemma: &str) -> String {
    let l = lemma.trim().to_lowercase();
    match l.as_str() {
        "free" => "release".to_string(),
        "arrest" | "jail" | "imprison" => "detain".to_string(),
        "slay" => "kill".to_string(),
        "wound" => "injure".to_string(),
        _ => l,
    }
}

/// Whether `s[start..end]` sits between word boundaries (the neighbouring
/// chars, if any, are not alphanumeric).
fn at_word_boundaries(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Finds where each of `needles` is mentioned in `text`, in order.
///
/// Gold lists are in text order, so each needle is searched
/// ASCII-case-insensitively after the end of the previous one found, outside
/// the `excluded` ranges (boilerplate lines), preferring an occurrence
/// between word boundaries ("2" is not found inside "2024"). A needle not
/// found after the cursor is searched again from the start of the text,
/// avoiding the ranges already given to other needles; one not found at all
/// gets `None`.
pub(crate) fn locate_in_order<'a>(
    text: &str,
    needles: impl IntoIterator<Item = &'a str>,
    excluded: &[(usize, usize)],
) -> Vec<Option<(usize, usize)>> {
    // ASCII lower-casing keeps every byte offset (and char boundary) intact.
    let hay = text.to_ascii_lowercase();
    let mut cursor = 0;
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for needle in needles {
        let needle = needle.trim().to_ascii_lowercase();
        if needle.is_empty() {
            out.push(None);
            continue;
        }
        let occurrences: Vec<(usize, usize)> = hay
            .match_indices(needle.as_str())
            .map(|(i, m)| (i, i + m.len()))
            .filter(|&(s, e)| !excluded.iter().any(|&(a, b)| s < b && a < e))
            .collect();
        let free = |&(s, e): &(usize, usize)| !taken.iter().any(|&(a, b)| s < b && a < e);
        let bounded = |&(s, e): &(usize, usize)| at_word_boundaries(&hay, s, e);
        let after = |&(s, _): &(usize, usize)| s >= cursor;
        let found = occurrences
            .iter()
            .find(|o| after(o) && bounded(o))
            .or_else(|| occurrences.iter().find(|o| after(o)))
            .or_else(|| occurrences.iter().find(|o| free(o) && bounded(o)))
            .or_else(|| occurrences.iter().find(|o| free(o)))
            .copied();
        if let Some((s, e)) = found {
            cursor = cursor.max(e);
            taken.push((s, e));
        }
        out.push(found);
    }
    out
}
