//! [`Text`]: the string type of the output.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;

/// A piece of text in an [`Extraction`](crate::Extraction): a mention as
/// written ("2,400", "Monday"), a normalised value ("2025-03-03", "USD")
/// or a name.
///
/// It reads like a `&str` (it derefs to one and compares with `str`,
/// `&str` and `String`), serialises as a plain JSON string, and turns into
/// a `String` with `String::from` or [`Text::into_string`].
///
/// Why not `String`: nearly every text of an extraction is short, and an
/// article gives hundreds of them. `Text` keeps up to 24 bytes inline, in
/// the space a `String` takes anyway, so those need no allocation to make,
/// copy or drop; on the bench corpus that is a large share of the
/// pipeline's time. Longer texts are stored on the heap as a `String`
/// would be. (It is built on the `compact_str` crate, which is not part of
/// this crate's API.)
///
/// ```
/// use news_claims::{Extractor, Text};
///
/// let ex = Extractor::default().extract("Police Detain 40 Protesters\n", None);
/// let q = &ex.quantities[0];
/// assert_eq!(q.text, "40");
/// assert!(q.text.starts_with('4')); // any `str` method
/// let owned: String = q.text.clone().into();
/// assert_eq!(Text::from(owned), q.text);
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(CompactString);

impl Text {
    /// A text holding `s`.
    ///
    /// ```
    /// assert_eq!(news_claims::Text::new("USD").as_str(), "USD");
    /// ```
    pub fn new(s: &str) -> Text {
        Text(CompactString::new(s))
    }

    /// The text as a `&str`.
    ///
    /// ```
    /// let t = news_claims::Text::new("Monday");
    /// assert_eq!(t.as_str().len(), 6);
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The text as a `String`.
    ///
    /// ```
    /// let s: String = news_claims::Text::new("km").into_string();
    /// assert_eq!(s, "km");
    /// ```
    pub fn into_string(self) -> String {
        self.0.into_string()
    }
}

/// Building a text inside the crate (not part of the API).
impl Text {
    /// A text written by `format_args!`, inline when short.
    pub(crate) fn format(args: fmt::Arguments<'_>) -> Text {
        let mut s = CompactString::default();
        // Writing into a CompactString fails only if a Display impl fails.
        let _ = fmt::Write::write_fmt(&mut s, args);
        Text(s)
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(CompactString::from(s))
    }
}

impl From<Cow<'_, str>> for Text {
    fn from(s: Cow<'_, str>) -> Text {
        Text(CompactString::from(s))
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.into_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::new(s))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Text, E> {
                Ok(Text::from(s))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_compares_like_a_string() {
        for s in [
            "",
            "40",
            "Zoë’s café",
            "a text longer than twenty-four bytes, on the heap",
        ] {
            let t = Text::new(s);
            assert_eq!(t, s);
            assert_eq!(s, t);
            assert_eq!(t, s.to_string());
            assert_eq!(t.len(), s.len());
            assert_eq!(format!("{t}"), s);
            assert_eq!(format!("{t:?}"), format!("{s:?}"));
            assert_eq!(String::from(t.clone()), s);
            assert_eq!(Text::from(s.to_string()), t);
        }
        assert_ne!(Text::new("km"), "mi");
        assert!(Text::new("a") < Text::new("b"));
    }

    #[test]
    fn builds_inline_and_on_the_heap() {
        let t = Text::format(format_args!("{}-W{:02}", 2025, 7));
        assert_eq!(t, "2025-W07");
        let long = "x".repeat(100);
        assert_eq!(Text::format(format_args!("{long}é")).len(), 102);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serialises_as_a_plain_string() {
        let t = Text::new("“2,400” protesters");
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, serde_json::to_string(t.as_str()).unwrap());
        let back: Text = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
        let owned: Text = serde_json::from_reader(json.as_bytes()).unwrap();
        assert_eq!(owned, t);
    }
}
