//! The languages the crate has names in: the six authentic languages of the
//! Hanoi Convention (art. 68) and Vietnamese, the language of its host.

use std::fmt;

/// A language, by its BCP 47 tag.
///
/// ```
/// use hanoi_convention::Language;
///
/// let vi: Language = "vi".parse()?;
/// assert_eq!(vi.tag(), "vi");
/// assert_eq!(vi.english_name(), "Vietnamese");
/// assert!("de".parse::<Language>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
// The tool's `--lang` takes these values as they are.
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[non_exhaustive]
pub enum Language {
    /// Arabic.
    Ar,
    /// Chinese.
    Zh,
    /// English.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
    /// Vietnamese.
    Vi,
}

impl Language {
    /// Every language, in the UN's order of its six, then Vietnamese.
    ///
    /// A slice, not an array: a variant added later breaks no caller.
    pub const ALL: &[Language] = &[
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
        Language::Vi,
    ];

    /// The BCP 47 tag: `ar`, `zh`, `en`, `fr`, `ru`, `es`, `vi`.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
            Language::Vi => "vi",
        }
    }

    /// The language's name in English.
    pub const fn english_name(self) -> &'static str {
        match self {
            Language::Ar => "Arabic",
            Language::Zh => "Chinese",
            Language::En => "English",
            Language::Fr => "French",
            Language::Ru => "Russian",
            Language::Es => "Spanish",
            Language::Vi => "Vietnamese",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}
