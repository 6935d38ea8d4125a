//! The error type: bad gazetteer rows and unreadable data.

use std::fmt;

/// An error from building an extractor or loading a gazetteer.
///
/// Extraction itself never fails; errors come only from data: a gazetteer row that does
/// not parse, a duplicate id, or a reader that fails. `Display` is one line naming the
/// origin, the line and the reason:
///
/// ```text
/// person.tsv:17: duplicate id "PER:aliyev-ilham"
/// <user gazetteer>:3: expected 4 tab-separated columns, found 2
/// ```
///
/// # Example
/// ```
/// let err = atau::Gazetteer::from_tsv("ORG:x\tplanet\tМарс\t\n".as_bytes()).unwrap_err();
/// assert_eq!(err.line(), Some(1));
/// assert_eq!(err.to_string(), "<user gazetteer>:1: unknown kind \"planet\"");
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    origin: Option<String>,
    line: Option<usize>,
}

/// What went wrong; see [`Error::kind`].
///
/// # Example
/// ```
/// use atau::ErrorKind;
/// let err = atau::Gazetteer::from_tsv("ORG:x\torganisation\t\t\n".as_bytes()).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::EmptyName));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A row does not have the expected number of TAB-separated columns.
    ColumnCount {
        /// Columns a row must have.
        expected: usize,
        /// Columns the row has.
        found: usize,
    },
    /// The id column is empty or not of the form `PREFIX:slug`.
    InvalidId(String),
    /// The name column is empty.
    EmptyName,
    /// The kind column names no [`Kind`](crate::Kind).
    UnknownKind(String),
    /// Two entries share an id.
    DuplicateId(String),
    /// An alias is empty or contains no letter or digit.
    InvalidAlias(String),
    /// Reading the data failed.
    Io(std::io::Error),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind, origin: None, line: None }
    }

    pub(crate) fn at(mut self, origin: &str, line: Option<usize>) -> Error {
        if self.origin.is_none() {
            self.origin = Some(origin.to_string());
        }
        if self.line.is_none() {
            self.line = line;
        }
        self
    }

    /// What went wrong.
    ///
    /// # Example
    /// ```
    /// let err = atau::Gazetteer::from_tsv("a\tb\n".as_bytes()).unwrap_err();
    /// assert!(matches!(err.kind(), atau::ErrorKind::ColumnCount { expected: 4, found: 2 }));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Where the bad data came from: a file name, or `<user gazetteer>`.
    ///
    /// # Example
    /// ```
    /// let err = atau::Gazetteer::from_tsv("a\tb\n".as_bytes()).unwrap_err();
    /// assert_eq!(err.origin(), Some("<user gazetteer>"));
    /// ```
    pub fn origin(&self) -> Option<&str> {
        self.origin.as_deref()
    }

    /// The 1-based line of the bad row, when there is one.
    ///
    /// # Example
    /// ```
    /// let err = atau::Gazetteer::from_tsv("# ok\na\tb\n".as_bytes()).unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.origin, self.line) {
            (Some(o), Some(l)) => write!(f, "{o}:{l}: ")?,
            (Some(o), None) => write!(f, "{o}: ")?,
            (None, Some(l)) => write!(f, "line {l}: ")?,
            (None, None) => {}
        }
        match &self.kind {
            ErrorKind::ColumnCount { expected, found } => {
                write!(f, "expected {expected} tab-separated columns, found {found}")
            }
            ErrorKind::InvalidId(id) => {
                write!(f, "invalid id {id:?} (expected PREFIX:slug, e.g. \"GPE:KZ\")")
            }
            ErrorKind::EmptyName => f.write_str("empty name"),
            ErrorKind::UnknownKind(k) => write!(f, "unknown kind {k:?}"),
            ErrorKind::DuplicateId(id) => write!(f, "duplicate id {id:?}"),
            ErrorKind::InvalidAlias(a) => write!(f, "invalid alias {a:?}"),
            ErrorKind::Io(e) => write!(f, "read error: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
