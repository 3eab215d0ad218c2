//! Small helpers to resolve a pronoun or role speaker to a person's name.

use super::words::{NOT_NAME_START, NOT_PERSON_WORDS, PERSON_ROLES};

/// Personal pronouns a speaker can be.
pub(crate) fn is_pronoun(text: &str) -> bool {
    ["he", "she", "they", "we", "i", "you"]
        .iter()
        .any(|p| text.eq_ignore_ascii_case(p))
}

/// The role word of a speaker like "the governor" or "The Prime Minister",
/// if it is one.
///
/// An ASCII speaker (nearly all) is lower-cased on the stack, and its last
/// word is compared with the roles: the same answer as the suffix search
/// of [`definite_role_plain`] (a test compares the two), since a role
/// matches as a suffix after a space, or as the whole rest, exactly when it
/// is the last word, but for "prime minister", which "minister" (earlier
/// in the list) always takes first.
pub(crate) fn definite_role(text: &str) -> Option<&'static str> {
    // Most speakers are names: leave before lower-casing. (No char but the
    // ASCII ones lower-cases to "t", "h", "e" or a space.)
    if !text
        .as_bytes()
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"the "))
    {
        return None;
    }
    let mut buf = [0u8; 64];
    let Some(lower) = buf.get_mut(..text.len()).filter(|_| text.is_ascii()) else {
        return definite_role_plain(text);
    };
    lower.copy_from_slice(text.as_bytes());
    lower.make_ascii_lowercase();
    let rest = &lower[4..];
    let last = rest
        .iter()
        .rposition(|&b| b == b' ')
        .map_or(rest, |k| &rest[k + 1..]);
    PERSON_ROLES.iter().copied().find(|r| r.as_bytes() == last)
}

/// [`definite_role`] as first written: the roles searched as suffixes of
/// the lower-cased rest, for the speakers the short path does not take
/// (past ASCII, or long).
fn definite_role_plain(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let rest = lower.strip_prefix("the ")?;
    PERSON_ROLES
        .iter()
        .copied()
        .find(|r| rest == *r || rest.strip_suffix(r).is_some_and(|head| head.ends_with(' ')))
}

/// Whether a source reads like a person's name (possibly with a title):
/// it ends in a capitalised word and holds no organisation or place word.
pub(crate) fn is_person_like(text: &str) -> bool {
    let Some(last) = text.split_whitespace().next_back() else {
        return false;
    };
    if !last.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // An acronym ("UNHCR", "WFP") is an organisation.
    if text.split_whitespace().nth(1).is_none()
        && last
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return false;
    }
    let mut buf = [0u8; 32];
    !text.split_whitespace().any(|w| {
        // Lower-cased on the stack when ASCII (as `to_lowercase` would).
        let owned;
        let lower: &str = match buf.get_mut(..w.len()) {
            Some(b) if w.is_ascii() => {
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or_default()
            }
            _ => {
                owned = w.to_lowercase();
                &owned
            }
        };
        let bare = lower.trim_end_matches(['\'', '\u{2019}', ',']);
        let stem = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("\u{2019}s"))
            .unwrap_or(bare);
        NOT_PERSON_WORDS.contains(&stem)
            || matches!(stem, "the" | "a" | "an")
            || (w.chars().next().is_some_and(char::is_lowercase) && !is_particle(stem))
    })
}

/// Lower-case particles inside names ("van der Berg", "de la Cruz").
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "la"
            | "le"
            | "da"
            | "dos"
            | "du"
            | "von"
            | "bin"
            | "al"
            | "y"
    )
}

/// The last person-like name in `span` of `doc`: a run of two or more
/// capitalised words, or one hyphenated word of capitalised parts
/// ("Gonçalves-Lima").
pub(crate) fn last_name(doc: &str, span: crate::Span) -> Option<crate::Span> {
    let text = span.as_str(doc);
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize, usize)> = None; // (start, end, words)
    let finish = |run: Option<(usize, usize, usize)>, best: &mut Option<(usize, usize)>| {
        if let Some((s, e, n)) = run {
            let w = &text[s..e];
            let hyphenated = n == 1
                && w.split('-').count() == 2
                && w.split('-')
                    .all(|p| p.chars().next().is_some_and(char::is_uppercase));
            if (n >= 2 || hyphenated) && is_person_like(w) {
                *best = Some((s, e));
            }
        }
    };
    let mut pos = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let start = pos;
        pos += raw.len();
        let word = raw.trim_end();
        let core = word.trim_end_matches([
            ',', '.', ';', ':', '\u{201D}', '"', ')', '\u{2019}', '?', '!',
        ]);
        let core_start = start
            + (core.len()
                - core
                    .trim_start_matches(['(', '\u{201C}', '"', '\u{2018}'])
                    .len());
        let core = core.trim_start_matches(['(', '\u{201C}', '"', '\u{2018}']);
        let cap = core.chars().next().is_some_and(char::is_uppercase);
        let particle = !cap && core.len() <= 5 && is_particle(core);
        let ends_phrase = word.len() > core.len() + (core_start - start)
            && !(word.ends_with('.') && core.len() <= 4);
        let opener = || NOT_NAME_START.iter().any(|w| w.eq_ignore_ascii_case(core));
        if cap && !(run.is_none() && opener()) {
            let end = core_start + core.len();
            run = Some(match run {
                Some((s, _, n)) => (s, end, n + 1),
                None => (core_start, end, 1),
            });
        } else if particle && run.is_some() {
            // Keep the run open across "van der".
        } else {
            finish(run.take(), &mut best);
        }
        if ends_phrase {
            finish(run.take(), &mut best);
        }
    }
    finish(run, &mut best);
    best.map(|(s, e)| crate::Span::new(span.start + s, span.start + e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_like_sources() {
        assert!(is_person_like("Gov. Teresa Alcón-Whitaker"));
        assert!(is_person_like("Tavares"));
        assert!(!is_person_like("the ministry"));
        assert!(!is_person_like("UNHCR"));
        assert!(!is_person_like("Karoo Deep Mining Ltd"));
    }

    /// The stack path answers as the suffix search, for speakers with each
    /// role in varied cases and places, and odd ones (accents, curly
    /// quotes, NBSP, the Kelvin sign, which lower-cases to "k").
    #[test]
    fn definite_roles_as_the_suffix_search() {
        let mut asked: Vec<String> = Vec::new();
        for role in PERSON_ROLES {
            for form in [
                format!("the {role}"),
                format!("The {}", role.to_uppercase()),
                format!("the deputy {role}"),
                format!("the {role}s"),
                format!("the x{role}"),
                format!("the {role} of Kenya"),
                format!("the  {role}"),
                format!("the\u{a0}{role}"),
                format!("the former {role}’s aide"),
                format!("the prime {role}"),
                format!("thé {role}"),
                format!("the {}", role.replace('k', "\u{212a}")),
                format!("the {}", role.replace('e', "é")),
            ] {
                asked.push(form);
            }
        }
        asked.extend(
            [
                "",
                "the",
                "the ",
                "The Prime Minister",
                "the prime minister",
                "THE CHAIR",
                "the chairman and chief executive of a company with a name longer than sixty-four bytes",
                "Governor Smith",
                "the ministry",
            ]
            .map(String::from),
        );
        let mut roles = 0;
        for text in &asked {
            let got = definite_role(text);
            assert_eq!(got, definite_role_plain(text), "{text:?}");
            roles += usize::from(got.is_some());
        }
        assert!(roles > PERSON_ROLES.len() * 4);
    }

    #[test]
    fn last_name_in_a_sentence() {
        let doc = "Gonçalves-Lima, 49, a physician, met Ana Beatriz Souza on Monday.";
        let got = last_name(doc, crate::Span::new(0, doc.len())).unwrap();
        assert_eq!(got.as_str(doc), "Ana Beatriz Souza");
        let doc = "Gonçalves-Lima, 49, a physician, campaigned.";
        let got = last_name(doc, crate::Span::new(0, doc.len())).unwrap();
        assert_eq!(got.as_str(doc), "Gonçalves-Lima");
    }
}
