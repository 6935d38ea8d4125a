//! Gazetteers: lists of named entities with their aliases.
//!
//! The embedded gazetteers (in `data/gazetteer/`) and user gazetteers go through the same
//! validating parser, [`Gazetteer::from_tsv`].

mod embedded;
pub(crate) mod matcher;
pub(crate) mod script;
pub(crate) mod trie;
mod tsv;

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::entity::{EntityId, Kind};
use crate::error::{Error, ErrorKind};

pub(crate) use embedded::embedded;

/// One named entity: an id, a kind, a canonical name and other surface forms.
///
/// # Example
/// ```
/// use atau::{Entry, Kind};
/// let entry = Entry::new("ORG:kaspi-logistics", Kind::Company, "Каспий логистика")?
///     .with_alias("КЛ")?;
/// assert_eq!(entry.name(), "Каспий логистика");
/// assert_eq!(entry.aliases().count(), 1);
/// # Ok::<(), atau::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    id: EntityId,
    kind: Kind,
    name: Arc<str>,
    aliases: Vec<Arc<str>>,
}

impl Entry {
    /// Makes an entry; the id must be `PREFIX:slug` and the name must not be empty.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidId`] or [`ErrorKind::EmptyName`].
    ///
    /// # Example
    /// ```
    /// use atau::{Entry, Kind};
    /// assert!(Entry::new("GPE:aktau", Kind::City, "Ақтау").is_ok());
    /// assert!(Entry::new("aktau", Kind::City, "Ақтау").is_err());
    /// ```
    pub fn new(id: &str, kind: Kind, name: &str) -> Result<Entry, Error> {
        if !valid_id(id) {
            return Err(Error::new(ErrorKind::InvalidId(id.to_string())));
        }
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::new(ErrorKind::EmptyName));
        }
        if !has_word_char(name) {
            return Err(Error::new(ErrorKind::InvalidAlias(name.to_string())));
        }
        Ok(Entry { id: EntityId::new(id), kind, name: Arc::from(name), aliases: Vec::new() })
    }

    /// Adds another surface form (abbreviation, long form, spelling variant).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAlias`] when the alias is empty or has no letter or digit.
    ///
    /// # Example
    /// ```
    /// use atau::{Entry, Kind};
    /// let e = Entry::new("GPE:KZ", Kind::Country, "Қазақстан")?.with_alias("ҚР")?;
    /// assert_eq!(e.surfaces().collect::<Vec<_>>(), ["Қазақстан", "ҚР"]);
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn with_alias(mut self, alias: &str) -> Result<Entry, Error> {
        let alias = alias.trim();
        if alias.is_empty() || !has_word_char(alias) {
            return Err(Error::new(ErrorKind::InvalidAlias(alias.to_string())));
        }
        if *alias != *self.name && !self.aliases.iter().any(|a| **a == *alias) {
            self.aliases.push(Arc::from(alias));
        }
        Ok(self)
    }

    /// The entry's id.
    ///
    /// # Example
    /// ```
    /// let e = atau::Entry::new("GPE:KZ", atau::Kind::Country, "Қазақстан")?;
    /// assert_eq!(e.id().as_str(), "GPE:KZ");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn id(&self) -> &EntityId {
        &self.id
    }

    /// The entry's kind.
    ///
    /// # Example
    /// ```
    /// let e = atau::Entry::new("GPE:KZ", atau::Kind::Country, "Қазақстан")?;
    /// assert_eq!(e.kind(), atau::Kind::Country);
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The canonical name.
    ///
    /// # Example
    /// ```
    /// let e = atau::Entry::new("GPE:KZ", atau::Kind::Country, "Қазақстан")?;
    /// assert_eq!(e.name(), "Қазақстан");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The aliases, without the name.
    ///
    /// # Example
    /// ```
    /// let e = atau::Entry::new("ORG:un", atau::Kind::InternationalOrganisation, "Біріккен Ұлттар Ұйымы")?
    ///     .with_alias("БҰҰ")?;
    /// assert_eq!(e.aliases().collect::<Vec<_>>(), ["БҰҰ"]);
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        self.aliases.iter().map(|a| &**a)
    }

    /// The name followed by the aliases: every surface form the matcher looks for.
    ///
    /// # Example
    /// ```
    /// let e = atau::Entry::new("GPE:KZ", atau::Kind::Country, "Қазақстан")?.with_alias("ҚР")?;
    /// assert_eq!(e.surfaces().count(), 2);
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn surfaces(&self) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(&*self.name).chain(self.aliases())
    }

    pub(crate) fn name_arc(&self) -> &Arc<str> {
        &self.name
    }
}

/// A list of entries with unique ids.
///
/// # Example
/// ```
/// use atau::{Extractor, Gazetteer};
/// let tsv = "ORG:kaspi-logistics\tcompany\tКаспий логистика\tКЛ\n";
/// let gazetteer = Gazetteer::from_tsv(tsv.as_bytes())?;
/// let extractor = Extractor::builder().gazetteer(gazetteer).build()?;
/// let ex = extractor.extract("Каспий логистика компаниясы Ақтауда кеңсе ашты.");
/// assert_eq!(ex.entities[0].id.as_str(), "ORG:kaspi-logistics");
/// # Ok::<(), atau::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    ids: HashSet<EntityId>,
}

impl Gazetteer {
    /// An empty gazetteer.
    ///
    /// # Example
    /// ```
    /// assert!(atau::Gazetteer::new().is_empty());
    /// ```
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Parses TSV rows (`id`, `kind`, `name`, `aliases` separated by `|`; `#` comments and
    /// blank lines skipped), the format of the embedded data described in `data/README.md`.
    ///
    /// # Errors
    /// The first bad row, with its line number: wrong column count, invalid id, empty
    /// name, unknown kind, duplicate id or invalid alias; or a read error. Nothing is
    /// skipped silently.
    ///
    /// # Example
    /// ```
    /// let tsv = "# id\tkind\tname\taliases\nPER:omarova-aigul\tperson\tАйгүл Омарова\t\n";
    /// let g = atau::Gazetteer::from_tsv(tsv.as_bytes())?;
    /// assert_eq!(g.len(), 1);
    /// let bad = atau::Gazetteer::from_tsv("PER:x\tperson\tА\t\nPER:x\tperson\tБ\t\n".as_bytes());
    /// assert_eq!(bad.unwrap_err().to_string(), "<user gazetteer>:2: duplicate id \"PER:x\"");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn from_tsv<R: Read>(reader: R) -> Result<Gazetteer, Error> {
        Gazetteer::from_tsv_named(reader, "<user gazetteer>")
    }

    /// Like [`Gazetteer::from_tsv`], naming the origin in errors (a file name).
    ///
    /// # Errors
    /// As [`Gazetteer::from_tsv`].
    ///
    /// # Example
    /// ```
    /// let err = atau::Gazetteer::from_tsv_named("x\n".as_bytes(), "mine.tsv").unwrap_err();
    /// assert_eq!(err.to_string(), "mine.tsv:1: expected 4 tab-separated columns, found 1");
    /// ```
    pub fn from_tsv_named<R: Read>(mut reader: R, origin: &str) -> Result<Gazetteer, Error> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| Error::new(ErrorKind::Io(e)).at(origin, None))?;
        let mut g = Gazetteer::new();
        tsv::parse_into(&text, origin, &mut g)?;
        Ok(g)
    }

    /// Reads a TSV file; errors name the file.
    ///
    /// # Errors
    /// As [`Gazetteer::from_tsv`], or [`ErrorKind::Io`] when the file cannot be opened.
    ///
    /// # Example
    /// ```
    /// assert!(atau::Gazetteer::from_path("no/such/file.tsv").is_err());
    /// ```
    pub fn from_path<P: AsRef<Path>>(path: P) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let file = std::fs::File::open(path)
            .map_err(|e| Error::new(ErrorKind::Io(e)).at(&origin, None))?;
        Gazetteer::from_tsv_named(file, &origin)
    }

    /// Adds an entry.
    ///
    /// # Errors
    /// [`ErrorKind::DuplicateId`] when the id is taken.
    ///
    /// # Example
    /// ```
    /// use atau::{Entry, Gazetteer, Kind};
    /// let mut g = Gazetteer::new();
    /// g.push(Entry::new("GPE:aktau", Kind::City, "Ақтау")?)?;
    /// assert!(g.push(Entry::new("GPE:aktau", Kind::City, "Ақтау")?).is_err());
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn push(&mut self, entry: Entry) -> Result<(), Error> {
        if !self.ids.insert(entry.id.clone()) {
            return Err(Error::new(ErrorKind::DuplicateId(entry.id.as_str().to_string())));
        }
        self.entries.push(entry);
        Ok(())
    }

    /// The entries, in insertion order.
    ///
    /// # Example
    /// ```
    /// let g = atau::Gazetteer::from_tsv("GPE:aktau\tcity\tАқтау\t\n".as_bytes())?;
    /// assert_eq!(g.entries()[0].name(), "Ақтау");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The number of entries.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::Gazetteer::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    ///
    /// # Example
    /// ```
    /// assert!(atau::Gazetteer::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The gazetteer embedded in the library (`data/gazetteer/*.tsv`).
    ///
    /// # Example
    /// ```
    /// let g = atau::Gazetteer::embedded();
    /// assert!(g.len() >= 2000);
    /// assert!(g.entries().iter().any(|e| e.id().as_str() == "GPE:KZ"));
    /// ```
    pub fn embedded() -> &'static Gazetteer {
        embedded()
    }
}

fn valid_id(id: &str) -> bool {
    let Some((prefix, slug)) = id.split_once(':') else {
        return false;
    };
    !prefix.is_empty()
        && prefix.chars().all(|c| c.is_ascii_uppercase())
        && !slug.is_empty()
        && !slug.chars().any(|c| c.is_whitespace() || c == '|')
}

fn has_word_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}
