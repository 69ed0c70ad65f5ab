//! Participant codes: ISO 3166-1 alpha-3 for States, two letters for an
//! organization such as the EU.

use std::fmt;

/// A participant's code: ISO 3166-1 alpha-3 for States, `EU` for the
/// European Union. Stored uppercase; parsing ignores case.
///
/// ```
/// use hanoi_convention::participants::Code;
///
/// let c: Code = "vnm".parse()?;
/// assert_eq!(c.as_str(), "VNM");
/// assert_eq!("eu".parse::<Code>()?.as_str(), "EU");
/// assert!("V1M".parse::<Code>().is_err());
/// assert!("VNMX".parse::<Code>().is_err());
/// # Ok::<(), hanoi_convention::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    pub(crate) bytes: [u8; 3],
    len: u8,
}

/// A string that is not a participant code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not a participant code: expected 2 or 3 ASCII letters (ISO 3166-1 alpha-3, or EU)")]
pub(crate) struct CodeError {
    /// The input.
    pub(crate) found: String,
}

impl Code {
    /// A code from a constant: 2 or 3 ASCII letters, any case.
    ///
    /// # Panics
    ///
    /// On anything else; meant for constants, where the panic is a compile
    /// error. Parse run-time input with [`str::parse`] instead.
    ///
    /// ```
    /// use hanoi_convention::participants::Code;
    ///
    /// const VNM: Code = Code::constant("VNM");
    /// assert_eq!(VNM, "vnm".parse().unwrap());
    /// ```
    pub const fn constant(code: &str) -> Code {
        let s = code.as_bytes();
        assert!(s.len() == 2 || s.len() == 3, "a code has 2 or 3 letters");
        let mut bytes = [0u8; 3];
        let mut i = 0;
        while i < s.len() {
            assert!(s[i].is_ascii_alphabetic(), "a code has only ASCII letters");
            bytes[i] = s[i].to_ascii_uppercase();
            i += 1;
        }
        Code {
            bytes,
            len: s.len() as u8,
        }
    }

    /// The code's text, uppercase.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// Parses without allocating; `None` unless 2-3 ASCII letters.
    ///
    /// ```
    /// use hanoi_convention::participants::Code;
    ///
    /// assert_eq!(Code::parse_ascii(b"eu").map(|c| c.to_string()), Some("EU".to_string()));
    /// assert_eq!(Code::parse_ascii(b"E1"), None);
    /// ```
    pub fn parse_ascii(s: &[u8]) -> Option<Code> {
        if !(2..=3).contains(&s.len()) || !s.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let mut bytes = [0u8; 3];
        for (b, c) in bytes.iter_mut().zip(s) {
            *b = c.to_ascii_uppercase();
        }
        Some(Code {
            bytes,
            len: s.len() as u8,
        })
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({})", self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
