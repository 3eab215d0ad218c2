//! Word tables for the sentence segmenter.
//!
//! Source: compiled for this crate from general knowledge of English news
//! style (AP and Reuters conventions for titles, company suffixes, month and
//! U.S. state abbreviations). No external list was copied.
//!
//! Every table is sorted by its lowercase key (a unit test checks it), so a
//! lookup is a binary search with no allocation. The search compares
//! [`Key`]s, each word packed into one integer at compile time, where a
//! search over the strings called `memcmp` at every step.

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

/// A word of up to [`KEY_BYTES`] bytes packed into one integer: its bytes
/// from the top, zero-padded, then its length in the lowest byte. For words
/// with no NUL byte (every table word) the integers sort as the words do,
/// and two words have the same key only when they are the same word, so a
/// table's keys are sorted when its words are.
type Key = u128;

/// The longest word a [`Key`] holds.
const KEY_BYTES: usize = 15;

/// The [`Key`] of `word`, `None` when it is too long for one (no table
/// word is: a test checks it).
#[inline]
const fn key(word: &[u8]) -> Option<Key> {
    if word.len() > KEY_BYTES {
        return None;
    }
    let mut k: Key = 0;
    let mut i = 0;
    while i < KEY_BYTES {
        k <<= 8;
        if i < word.len() {
            k |= word[i] as Key;
        }
        i += 1;
    }
    Some((k << 8) | word.len() as Key)
}

/// The [`Key`] of a table word, which fits one.
const fn table_key(word: &str) -> Key {
    match key(word.as_bytes()) {
        Some(k) => k,
        None => panic!("a table word longer than KEY_BYTES"),
    }
}

/// The keys of a table's words, in the table's order.
const fn keys<const N: usize>(words: &[&str]) -> [Key; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = table_key(words[i]);
        i += 1;
    }
    out
}

/// The keys of [`ABBREVIATIONS`], in its order.
const ABBREVIATION_KEYS: [Key; ABBREVIATIONS.len()] = {
    let mut out = [0; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = table_key(ABBREVIATIONS[i].0);
        i += 1;
    }
    out
};

/// The keys of [`DOTTED`], in its order.
const DOTTED_KEYS: [Key; DOTTED.len()] = {
    let mut out = [0; DOTTED.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = table_key(DOTTED[i].0);
        i += 1;
    }
    out
};

/// A sorted exact-case word table with its keys, for [`contains`].
pub(crate) struct Table {
    keys: &'static [Key],
}

/// Builds a [`Table`]'s keys from its words (a `const` per table).
macro_rules! table {
    ($words:expr) => {{
        const KEYS: [Key; $words.len()] = keys($words);
        Table { keys: &KEYS }
    }};
}

/// [`SENTENCE_STARTERS`] for [`contains`].
pub(crate) const STARTERS: Table = table!(SENTENCE_STARTERS);
/// [`AFTER_COMPANY`] for [`contains`].
pub(crate) const COMPANY_FOLLOWERS: Table = table!(AFTER_COMPANY);
/// [`AFTER_TIME`] for [`contains`].
pub(crate) const TIME_FOLLOWERS: Table = table!(AFTER_TIME);
/// [`TIME_OPENERS`] for [`contains`].
pub(crate) const OPENERS: Table = table!(TIME_OPENERS);
/// [`SPEECH_VERBS`] for [`contains`].
pub(crate) const SPEECH: Table = table!(SPEECH_VERBS);

/// `word`, lowercased, as a [`Key`]: [`key`] built from one buffer.
#[inline]
fn lower_key(word: &[u8]) -> Option<Key> {
    if word.len() > KEY_BYTES {
        return None;
    }
    let mut buf = [0u8; KEY_BYTES + 1];
    for (b, w) in buf.iter_mut().zip(word) {
        *b = w.to_ascii_lowercase();
    }
    buf[KEY_BYTES] = word.len() as u8;
    Some(Key::from_be_bytes(buf))
}

/// `word` as a [`Key`], built from one buffer like [`lower_key`].
#[inline]
fn exact_key(word: &[u8]) -> Option<Key> {
    if word.len() > KEY_BYTES {
        return None;
    }
    let mut buf = [0u8; KEY_BYTES + 1];
    buf[..word.len()].copy_from_slice(word);
    buf[KEY_BYTES] = word.len() as u8;
    Some(Key::from_be_bytes(buf))
}

/// Looks `word` (the letters before the final full stop) up in
/// [`ABBREVIATIONS`].
pub(crate) fn lookup(word: &[u8]) -> Option<Abbr> {
    let i = ABBREVIATION_KEYS.binary_search(&lower_key(word)?).ok()?;
    let (_, needs_capital, class) = ABBREVIATIONS[i];
    if needs_capital && !word[0].is_ascii_uppercase() {
        return None;
    }
    Some(class)
}

/// Looks a dotted initialism up in [`DOTTED`]; `letters` are its letters
/// without the dots, any case.
pub(crate) fn lookup_dotted(letters: &[u8]) -> Option<Abbr> {
    DOTTED_KEYS
        .binary_search(&lower_key(letters)?)
        .ok()
        .map(|i| DOTTED[i].1)
}

/// Whether `word` is in `table` (exact case).
pub(crate) fn contains(table: &Table, word: &[u8]) -> bool {
    exact_key(word).is_some_and(|k| table.keys.binary_search(&k).is_ok())
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
        assert!(contains(&STARTERS, b"The"));
        assert!(!contains(&STARTERS, b"the"));
        assert!(!contains(&STARTERS, b"Government"));
        assert!(!contains(&STARTERS, b"averyveryverylongword"));
    }

    /// The keyed searches answer as a search over the words would, for
    /// every table word in several cases, with a NUL, cut short, grown
    /// and too long.
    #[test]
    fn keyed_lookups_agree_with_a_search_over_the_words() {
        fn plain(word: &[u8]) -> Option<Abbr> {
            let lower = word.to_ascii_lowercase();
            let (_, needs_capital, class) = ABBREVIATIONS
                .iter()
                .find(|(k, _, _)| k.as_bytes() == lower.as_slice())?;
            (!needs_capital || word[0].is_ascii_uppercase()).then_some(*class)
        }
        let tables: [(&[&str], &Table); 5] = [
            (SENTENCE_STARTERS, &STARTERS),
            (AFTER_COMPANY, &COMPANY_FOLLOWERS),
            (AFTER_TIME, &TIME_FOLLOWERS),
            (TIME_OPENERS, &OPENERS),
            (SPEECH_VERBS, &SPEECH),
        ];
        let mut words: Vec<Vec<u8>> = vec![b"".to_vec(), "N°".as_bytes().to_vec()];
        let all = ABBREVIATIONS
            .iter()
            .map(|e| e.0)
            .chain(DOTTED.iter().map(|e| e.0))
            .chain(tables.iter().flat_map(|(t, _)| t.iter().copied()));
        for w in all {
            let b = w.as_bytes();
            words.push(b.to_vec());
            words.push(w.to_uppercase().into_bytes());
            let mut cap = b.to_vec();
            cap[0] = cap[0].to_ascii_uppercase();
            words.push(cap);
            words.push([b, b"\0"].concat());
            words.push(b[..b.len() - 1].to_vec());
            words.push([b, b"s"].concat());
            words.push([b, b"abcdefghijklmnop"].concat());
        }
        for w in &words {
            assert_eq!(exact_key(w), key(w));
            assert_eq!(lookup(w), plain(w), "{:?}", String::from_utf8_lossy(w));
            let dotted = DOTTED
                .iter()
                .find(|(k, _)| k.as_bytes() == w.to_ascii_lowercase().as_slice())
                .map(|e| e.1);
            assert_eq!(lookup_dotted(w), dotted);
            for (list, table) in &tables {
                let expected = list.iter().any(|k| k.as_bytes() == w.as_slice());
                assert_eq!(contains(table, w), expected);
            }
        }
    }
}
