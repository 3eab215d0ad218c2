//! Word tables for the sentence segmenter.
//!
//! Source: compiled for this crate from general knowledge of English news
//! style (AP and Reuters conventions for titles, company suffixes, month and
//! U.S. state abbreviations). No external list was copied.
//!
//! Every table is sorted by its lowercase key (a unit test checks it), so a
//! lookup is a binary search over bytes with no allocation.

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbr {
    /// Stands before a name and never ends a sentence: "Dr.", "Gov.",
    /// "e.g.", "vs.".
    Title,
    /// An abbreviation only before a number: "No. 2", "p. 55", "Vol. 3".
    /// Before anything else it is an ordinary word.
    Numeric,
    /// A company suffix that usually ends the name and often the sentence:
    /// "Inc.", "Corp.", "Ltd.". Before a capitalised word the sentence ends
    /// unless that word is a role ("Apple Inc. Chief Executive Tim Cook")
    /// or another suffix ("Samsung Co. Ltd.").
    Company,
    /// May end a sentence or continue it: "Co.", "Jr.", "St.",
    /// months, state abbreviations. Before a capitalised word the sentence
    /// ends only when that word is a typical sentence opener.
    Ambiguous,
}

/// `(lowercase key, needs a capital initial, class)`. An entry with `true`
/// matches only a word written with a capital first letter ("Mass." but not
/// "mass."); `false` matches any case ("approx.", "Approx.").
pub(crate) const ABBREVIATIONS: &[(&str, bool, Abbr)] = &[
    ("adm", true, Abbr::Title),
    ("ala", true, Abbr::Ambiguous),
    ("alta", true, Abbr::Ambiguous),
    ("approx", false, Abbr::Title),
    ("apr", true, Abbr::Ambiguous),
    ("apt", false, Abbr::Numeric),
    ("ariz", true, Abbr::Ambiguous),
    ("ark", true, Abbr::Ambiguous),
    ("art", false, Abbr::Numeric),
    ("arts", false, Abbr::Numeric),
    ("assn", false, Abbr::Ambiguous),
    ("assoc", false, Abbr::Ambiguous),
    ("asst", false, Abbr::Title),
    ("atty", true, Abbr::Title),
    ("aug", true, Abbr::Ambiguous),
    ("ave", false, Abbr::Ambiguous),
    ("bldg", false, Abbr::Numeric),
    ("blvd", false, Abbr::Ambiguous),
    ("brig", true, Abbr::Title),
    ("bros", false, Abbr::Ambiguous),
    ("ca", false, Abbr::Numeric),
    ("calif", true, Abbr::Ambiguous),
    ("capt", true, Abbr::Title),
    ("cdr", true, Abbr::Title),
    ("cf", false, Abbr::Title),
    ("ch", false, Abbr::Numeric),
    ("chap", false, Abbr::Numeric),
    ("cmdr", true, Abbr::Title),
    ("co", false, Abbr::Ambiguous),
    ("col", true, Abbr::Title),
    ("colo", true, Abbr::Ambiguous),
    ("conn", true, Abbr::Ambiguous),
    ("corp", false, Abbr::Company),
    ("cos", true, Abbr::Ambiguous),
    ("cpl", true, Abbr::Title),
    ("dec", true, Abbr::Ambiguous),
    ("del", true, Abbr::Ambiguous),
    ("dep", true, Abbr::Title),
    ("dept", false, Abbr::Ambiguous),
    ("det", true, Abbr::Title),
    ("dr", true, Abbr::Title),
    ("est", false, Abbr::Numeric),
    ("ext", false, Abbr::Numeric),
    ("feb", true, Abbr::Ambiguous),
    ("fig", false, Abbr::Numeric),
    ("figs", false, Abbr::Numeric),
    ("fla", true, Abbr::Ambiguous),
    ("fr", true, Abbr::Title),
    ("ft", false, Abbr::Ambiguous),
    ("ga", true, Abbr::Ambiguous),
    ("gen", true, Abbr::Title),
    ("gov", true, Abbr::Title),
    ("govs", true, Abbr::Title),
    ("govt", false, Abbr::Ambiguous),
    ("hon", true, Abbr::Title),
    ("hwy", false, Abbr::Numeric),
    ("ill", true, Abbr::Ambiguous),
    ("inc", false, Abbr::Company),
    ("ind", true, Abbr::Ambiguous),
    ("insp", true, Abbr::Title),
    ("intl", false, Abbr::Ambiguous),
    ("jan", true, Abbr::Ambiguous),
    ("jr", false, Abbr::Ambiguous),
    ("jul", true, Abbr::Ambiguous),
    ("jun", true, Abbr::Ambiguous),
    ("kan", true, Abbr::Ambiguous),
    ("ky", true, Abbr::Ambiguous),
    ("la", true, Abbr::Ambiguous),
    ("lb", false, Abbr::Numeric),
    ("lbs", false, Abbr::Numeric),
    ("llc", false, Abbr::Company),
    ("lt", true, Abbr::Title),
    ("ltd", false, Abbr::Company),
    ("maj", true, Abbr::Title),
    ("mar", true, Abbr::Ambiguous),
    ("mass", true, Abbr::Ambiguous),
    ("md", true, Abbr::Ambiguous),
    ("messrs", true, Abbr::Title),
    ("mfg", false, Abbr::Ambiguous),
    ("mich", true, Abbr::Ambiguous),
    ("minn", true, Abbr::Ambiguous),
    ("miss", true, Abbr::Ambiguous),
    ("mme", true, Abbr::Title),
    ("mo", true, Abbr::Ambiguous),
    ("mont", true, Abbr::Ambiguous),
    ("mr", true, Abbr::Title),
    ("mrs", true, Abbr::Title),
    ("ms", true, Abbr::Title),
    ("msgr", true, Abbr::Title),
    ("mt", true, Abbr::Ambiguous),
    ("mx", true, Abbr::Title),
    ("natl", false, Abbr::Ambiguous),
    ("neb", true, Abbr::Ambiguous),
    ("nev", true, Abbr::Ambiguous),
    ("no", false, Abbr::Numeric),
    ("nos", false, Abbr::Numeric),
    ("nov", true, Abbr::Ambiguous),
    ("nr", false, Abbr::Numeric),
    ("n°", false, Abbr::Numeric),
    ("nº", false, Abbr::Numeric),
    ("oct", true, Abbr::Ambiguous),
    ("okla", true, Abbr::Ambiguous),
    ("ont", true, Abbr::Ambiguous),
    ("ore", true, Abbr::Ambiguous),
    ("oz", false, Abbr::Numeric),
    ("p", false, Abbr::Numeric),
    ("pa", true, Abbr::Ambiguous),
    ("para", false, Abbr::Numeric),
    ("pfc", true, Abbr::Title),
    ("plc", false, Abbr::Company),
    ("pp", false, Abbr::Numeric),
    ("pres", true, Abbr::Title),
    ("prof", true, Abbr::Title),
    ("pt", false, Abbr::Numeric),
    ("pts", false, Abbr::Numeric),
    ("pvt", true, Abbr::Title),
    ("que", true, Abbr::Ambiguous),
    ("rd", false, Abbr::Ambiguous),
    ("rep", true, Abbr::Title),
    ("reps", true, Abbr::Title),
    ("rev", true, Abbr::Title),
    ("rm", false, Abbr::Numeric),
    ("rt", true, Abbr::Title),
    ("rte", false, Abbr::Numeric),
    ("sask", true, Abbr::Ambiguous),
    ("sec", false, Abbr::Numeric),
    ("sen", true, Abbr::Title),
    ("sens", true, Abbr::Title),
    ("sep", true, Abbr::Ambiguous),
    ("sept", true, Abbr::Ambiguous),
    ("sgt", true, Abbr::Title),
    ("spc", true, Abbr::Title),
    ("sr", false, Abbr::Ambiguous),
    ("st", false, Abbr::Ambiguous),
    ("ste", false, Abbr::Numeric),
    ("supt", true, Abbr::Title),
    ("tel", false, Abbr::Numeric),
    ("tenn", true, Abbr::Ambiguous),
    ("univ", false, Abbr::Ambiguous),
    ("v", false, Abbr::Title),
    ("va", true, Abbr::Ambiguous),
    ("viz", false, Abbr::Title),
    ("vol", false, Abbr::Numeric),
    ("vols", false, Abbr::Numeric),
    ("vs", false, Abbr::Title),
    ("vt", true, Abbr::Ambiguous),
    ("wash", true, Abbr::Ambiguous),
    ("wis", true, Abbr::Ambiguous),
    ("wyo", true, Abbr::Ambiguous),
    ("yds", false, Abbr::Numeric),
];

/// Dotted initialisms with a fixed behaviour, keyed without dots
/// (`"eg"` for "e.g."). Any other initialism ("U.S.", "B.C.") is
/// [`Abbr::Ambiguous`]; "a.m." and "p.m." have their own rule.
pub(crate) const DOTTED: &[(&str, Abbr)] = &[
    ("cf", Abbr::Title),
    ("eg", Abbr::Title),
    ("ie", Abbr::Title),
    ("nb", Abbr::Title),
];

/// Capitalised words that commonly open an English sentence and rarely
/// continue a proper name: after an ambiguous abbreviation ("U.S.", "Co.",
/// a single initial) such a word starts a new sentence ("...in the U.S.
/// The next day"), any other capitalised word continues the name ("the
/// U.S. Geological Survey"). Function words, sentence adverbs, weekdays and
/// the plural nouns news sentences open with ("Officials", "Analysts"),
/// which body text would write in lower case inside a name. Sorted, exact
/// case.
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "About",
    "According",
    "Additionally",
    "After",
    "Afterwards",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "Analysts",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "Asked",
    "At",
    "Authorities",
    "Because",
    "Before",
    "Being",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Critics",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Economists",
    "Elsewhere",
    "Even",
    "Every",
    "Experts",
    "Few",
    "For",
    "Friday",
    "From",
    "Furthermore",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "Investors",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Lawmakers",
    "Like",
    "Many",
    "Meanwhile",
    "Monday",
    "More",
    "Moreover",
    "Most",
    "Much",
    "My",
    "Neither",
    "Nevertheless",
    "Next",
    "No",
    "Nobody",
    "None",
    "Nonetheless",
    "Nor",
    "Not",
    "Now",
    "Of",
    "Officials",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "Over",
    "Overall",
    "Police",
    "Prices",
    "Researchers",
    "Residents",
    "Saturday",
    "Scientists",
    "Separately",
    "Several",
    "Shares",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "Sunday",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thursday",
    "Thus",
    "To",
    "Today",
    "Tomorrow",
    "Tonight",
    "Tuesday",
    "Under",
    "Unlike",
    "Until",
    "Voters",
    "Was",
    "We",
    "Wednesday",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Without",
    "Witnesses",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Capitalised words that continue a company name after "Inc.", "Corp.",
/// "Ltd.": roles ("Apple Inc. Chief Executive Tim Cook", "Acme Corp. CEO")
/// and further suffixes. Sorted, exact case.
pub(crate) const AFTER_COMPANY: &[&str] = &[
    "Board",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chief",
    "Co",
    "Corp",
    "Deputy",
    "Director",
    "Executive",
    "Finance",
    "Founder",
    "General",
    "Group",
    "Head",
    "Holdings",
    "Inc",
    "LLC",
    "Ltd",
    "Managing",
    "President",
    "Senior",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Vice",
];

/// Words that, right after "a.m." or "p.m.", continue the time expression
/// instead of opening a new sentence ("at 9 a.m. Tuesday", "4 p.m. ET").
/// Weekdays, months and time-zone names. Sorted, exact case.
pub(crate) const AFTER_TIME: &[&str] = &[
    "AEDT",
    "AEST",
    "April",
    "August",
    "BST",
    "CDT",
    "CEST",
    "CET",
    "CST",
    "CT",
    "Central",
    "December",
    "EAT",
    "EDT",
    "EST",
    "ET",
    "Eastern",
    "February",
    "Friday",
    "GMT",
    "HKT",
    "IST",
    "JST",
    "January",
    "July",
    "June",
    "Local",
    "MDT",
    "MSK",
    "MST",
    "MT",
    "March",
    "May",
    "Monday",
    "Mountain",
    "November",
    "October",
    "PDT",
    "PST",
    "PT",
    "Pacific",
    "SAST",
    "SGT",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "UTC",
    "WAT",
    "WIB",
    "Wednesday",
];

/// Prepositions that open a sentence with a time ("At 5 a.m. Mr. Smith
/// went to the bank."): after such an opener "a.m." does not end the
/// sentence. Sorted, exact case.
pub(crate) const TIME_OPENERS: &[&str] = &[
    "About", "After", "Around", "At", "Before", "Between", "By", "From", "Shortly", "Since",
    "Until",
];

/// Speech verbs that, after a quotation ending in "?" or "!" and a name,
/// show the quotation did not end the sentence ("“Why now?” Smith asked.").
/// Sorted.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "added",
    "adds",
    "argued",
    "asked",
    "asks",
    "chanted",
    "continued",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "insisted",
    "joked",
    "noted",
    "quipped",
    "recalled",
    "replied",
    "said",
    "says",
    "screamed",
    "shouted",
    "tells",
    "told",
    "tweeted",
    "wondered",
    "wrote",
    "yelled",
];

/// Looks `word` (the letters before the final full stop) up in
/// [`ABBREVIATIONS`].
pub(crate) fn lookup(word: &[u8]) -> Option<Abbr> {
    let mut buf = [0u8; 12];
    if word.is_empty() || word.len() > buf.len() {
        return None;
    }
    for (b, w) in buf.iter_mut().zip(word) {
        *b = w.to_ascii_lowercase();
    }
    let key = &buf[..word.len()];
    let i = ABBREVIATIONS
        .binary_search_by(|(k, _, _)| k.as_bytes().cmp(key))
        .ok()?;
    let (_, needs_capital, class) = ABBREVIATIONS[i];
    if needs_capital && !word[0].is_ascii_uppercase() {
        return None;
    }
    Some(class)
}

/// Looks a dotted initialism up in [`DOTTED`]; `letters` are its letters
/// without the dots, any case.
pub(crate) fn lookup_dotted(letters: &[u8]) -> Option<Abbr> {
    let mut buf = [0u8; 4];
    if letters.len() > buf.len() {
        return None;
    }
    for (b, w) in buf.iter_mut().zip(letters) {
        *b = w.to_ascii_lowercase();
    }
    let key = &buf[..letters.len()];
    DOTTED
        .binary_search_by(|(k, _)| k.as_bytes().cmp(key))
        .ok()
        .map(|i| DOTTED[i].1)
}

/// Whether `word` is in the sorted exact-case table `table`.
pub(crate) fn contains(table: &[&str], word: &[u8]) -> bool {
    table.binary_search_by(|k| k.as_bytes().cmp(word)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique(keys: &[&[u8]]) -> bool {
        keys.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        let a: Vec<&[u8]> = ABBREVIATIONS.iter().map(|e| e.0.as_bytes()).collect();
        assert!(sorted_unique(&a));
        let d: Vec<&[u8]> = DOTTED.iter().map(|e| e.0.as_bytes()).collect();
        assert!(sorted_unique(&d));
        for t in [
            SENTENCE_STARTERS,
            AFTER_COMPANY,
            AFTER_TIME,
            TIME_OPENERS,
            SPEECH_VERBS,
        ] {
            let k: Vec<&[u8]> = t.iter().map(|s| s.as_bytes()).collect();
            assert!(sorted_unique(&k), "{t:?}");
        }
    }

    #[test]
    fn keys_are_lowercase() {
        for (k, _, _) in ABBREVIATIONS {
            assert_eq!(k.to_lowercase(), *k);
        }
    }

    #[test]
    fn lookup_respects_case_rule() {
        assert_eq!(lookup(b"Gov"), Some(Abbr::Title));
        assert_eq!(lookup(b"gov"), None);
        assert_eq!(lookup(b"Mass"), Some(Abbr::Ambiguous));
        assert_eq!(lookup(b"mass"), None);
        assert_eq!(lookup(b"approx"), Some(Abbr::Title));
        assert_eq!(lookup(b"Approx"), Some(Abbr::Title));
        assert_eq!(lookup(b"INC"), Some(Abbr::Company));
        assert_eq!(lookup(b"Co"), Some(Abbr::Ambiguous));
        assert_eq!(lookup("N°".as_bytes()), Some(Abbr::Numeric));
        assert_eq!(lookup(b"house"), None);
        assert_eq!(lookup(b""), None);
        assert_eq!(lookup(b"averyveryverylongword"), None);
        assert_eq!(lookup_dotted(b"EG"), Some(Abbr::Title));
        assert_eq!(lookup_dotted(b"US"), None);
        assert!(contains(SENTENCE_STARTERS, b"The"));
        assert!(!contains(SENTENCE_STARTERS, b"Government"));
    }
}
