//! Entities: labelled, typed, linked spans of the caller's text.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A stable entity identifier, such as `GPE:KZ` or `PER:kurmashev-aidar`.
///
/// Gazetteer entries carry the id written in their data row. Entities found by rules get
/// a deterministic id derived from their normalised name (`PER~айдар-құрмашев`), so the
/// same name gets the same id in every document. Mentions linked within a document
/// (a surname after the full name, an abbreviation after its definition) share one id.
///
/// Cloning is cheap (an `Arc` bump).
///
/// # Example
/// ```
/// let ex = atau::extract("Қазақстан мен Әзербайжан.");
/// assert_eq!(ex.entities[0].id.as_str(), "GPE:KZ");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(Arc<str>);

impl EntityId {
    /// Makes an id from a string.
    ///
    /// # Example
    /// ```
    /// let id = atau::EntityId::new("GPE:KZ");
    /// assert_eq!(id.as_str(), "GPE:KZ");
    /// ```
    pub fn new(id: &str) -> EntityId {
        EntityId(Arc::from(id))
    }

    /// The id as a string slice.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::EntityId::new("ORG:un").as_str(), "ORG:un");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn from_arc(id: Arc<str>) -> EntityId {
        EntityId(id)
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The coarse class of an entity, named and serialised exactly as the KazNERD classes.
///
/// # Example
/// ```
/// use atau::Label;
/// assert_eq!(Label::Gpe.as_str(), "GPE");
/// assert_eq!(Label::Organisation.to_string(), "ORGANISATION");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum Label {
    /// People, real or fictional.
    Person,
    /// Countries and administrative units: cities, regions, districts, villages.
    Gpe,
    /// Geographic features without an administration: continents, world regions, seas,
    /// rivers, mountains, routes.
    Location,
    /// Organisations: state bodies, companies, media, international organisations.
    Organisation,
    /// Man-made structures: ports, airports, streets, buildings.
    Facility,
    /// Job titles, offices, honorary titles.
    Position,
    /// Absolute or relative dates.
    Date,
    /// Times of day.
    Time,
    /// Amounts of money with their currency.
    Money,
    /// Percentages.
    Percentage,
    /// Measured quantities with a unit.
    Quantity,
    /// Cardinal numbers that are none of the above.
    Cardinal,
    /// Ordinal numbers.
    Ordinal,
    /// Nationalities, religious and political groups (қазақ, қазақстандық).
    Norp,
    /// Languages and scripts (қазақ тілі, ағылшынша, латын әліпбиі).
    Language,
    /// Diseases and conditions of people and animals (коронавирус, қант диабеті, аусыл).
    Disease,
    /// Named state programmes, projects and strategies («Нұрлы жол» бағдарламасы).
    Project,
    /// Works of art and media, and awards («Абай жолы» романы, «Парасат» ордені).
    Art,
    /// Named events: festivals, contests, forums («Алтын күз» фестивалі).
    Event,
    /// Laws, codes and constitutions, and references to their articles (Конституция,
    /// Салық кодексі, «Білім туралы» заң, Қылмыстық кодекстің 106-ншы бабы).
    Law,
    /// Products and their models: vehicles, aircraft, weapons, apps, brands («Лада»
    /// автокөлігі, Ми-8 тікұшағы, the 737 of "Boeing 737 ұшағы", «Брент» маркалы мұнай).
    Product,
}

impl Label {
    /// The KazNERD class name.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::Label::Person.as_str(), "PERSON");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Gpe => "GPE",
            Label::Location => "LOCATION",
            Label::Organisation => "ORGANISATION",
            Label::Facility => "FACILITY",
            Label::Position => "POSITION",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percentage => "PERCENTAGE",
            Label::Quantity => "QUANTITY",
            Label::Cardinal => "CARDINAL",
            Label::Ordinal => "ORDINAL",
            Label::Norp => "NORP",
            Label::Language => "LANGUAGE",
            Label::Disease => "DISEASE",
            Label::Project => "PROJECT",
            Label::Art => "ART",
            Label::Event => "EVENT",
            Label::Law => "LAW",
            Label::Product => "PRODUCT",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! kinds {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal => $label:ident, )*) => {
        /// The fine type of an entity; each kind has one [`Label`].
        ///
        /// Kinds are written in gazetteer rows by their snake_case name (`country`, `port`,
        /// `international_organisation` …) and serialise the same way.
        ///
        /// # Example
        /// ```
        /// use atau::{Kind, Label};
        /// let kind: Kind = "port".parse().unwrap();
        /// assert_eq!(kind, Kind::Port);
        /// assert_eq!(kind.label(), Label::Facility);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Kind {
            $( $(#[$doc])* $variant, )*
        }

        impl Kind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// The snake_case name used in gazetteer files and JSON.
            ///
            /// # Example
            /// ```
            /// assert_eq!(atau::Kind::StateBody.as_str(), "state_body");
            /// ```
            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $name,)* }
            }

            /// The coarse label of this kind.
            ///
            /// # Example
            /// ```
            /// assert_eq!(atau::Kind::City.label(), atau::Label::Gpe);
            /// ```
            pub fn label(self) -> Label {
                match self { $(Kind::$variant => Label::$label,)* }
            }
        }

        impl std::str::FromStr for Kind {
            type Err = UnknownKind;
            fn from_str(s: &str) -> Result<Kind, UnknownKind> {
                match s { $($name => Ok(Kind::$variant),)* _ => Err(UnknownKind(())) }
            }
        }
    };
}

kinds! {
    /// A sovereign or partially recognised state.
    Country = "country" => Gpe,
    /// A city.
    City = "city" => Gpe,
    /// A first-level region: облыс, province, state, republic within a federation.
    Region = "region" => Gpe,
    /// A district (аудан) or county.
    District = "district" => Gpe,
    /// A town or village.
    Settlement = "settlement" => Gpe,
    /// A continent or a large world region (Еуропа, Орталық Азия).
    Area = "area" => Location,
    /// A sea, ocean, bay or strait.
    Sea = "sea" => Location,
    /// A lake or reservoir treated as a natural feature.
    Lake = "lake" => Location,
    /// A river.
    River = "river" => Location,
    /// A mountain or mountain range.
    Mountain = "mountain" => Location,
    /// A desert, steppe, island, peninsula or other landform.
    Landform = "landform" => Location,
    /// A transport route or corridor (Орта дәліз).
    Route = "route" => Location,
    /// A sea or river port.
    Port = "port" => Facility,
    /// An airport.
    Airport = "airport" => Facility,
    /// Another man-made structure: a building, street, station, cosmodrome.
    Facility = "facility" => Facility,
    /// A person.
    Person = "person" => Person,
    /// An organisation of no more specific kind.
    Organisation = "organisation" => Organisation,
    /// An international or intergovernmental organisation (БҰҰ, ТМҰ).
    InternationalOrganisation = "international_organisation" => Organisation,
    /// A state body: ministry, agency, committee, parliament, court.
    StateBody = "state_body" => Organisation,
    /// A company, bank or fund.
    Company = "company" => Organisation,
    /// A news outlet, broadcaster or agency.
    Media = "media" => Organisation,
    /// A political party.
    Party = "party" => Organisation,
    /// A university, academy or research institute.
    Education = "education" => Organisation,
    /// A job title or office.
    Position = "position" => Position,
    /// A date.
    Date = "date" => Date,
    /// A time of day.
    Time = "time" => Time,
    /// An amount of money.
    Money = "money" => Money,
    /// A percentage.
    Percentage = "percentage" => Percentage,
    /// A quantity with a unit.
    Quantity = "quantity" => Quantity,
    /// A cardinal number.
    Cardinal = "cardinal" => Cardinal,
    /// An ordinal number.
    Ordinal = "ordinal" => Ordinal,
    /// A nationality, ethnic, religious or political group, or an origin word.
    Nationality = "nationality" => Norp,
    /// A language or script.
    Language = "language" => Language,
    /// A disease or medical condition.
    Disease = "disease" => Disease,
    /// A named programme, project or strategy.
    Project = "project" => Project,
    /// A work of art or media: a book, a film, a song, a show.
    Work = "work" => Art,
    /// An award: an order, a medal, a prize.
    Award = "award" => Art,
    /// A named event: a festival, a contest, a forum.
    Event = "event" => Event,
    /// A law, a code or a constitution, or a reference to one of their articles.
    Law = "law" => Law,
    /// A product or a model of one: a vehicle, an aircraft, a weapon, an app, a brand.
    Product = "product" => Product,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an unknown [`Kind`] name.
///
/// # Example
/// ```
/// assert!("planet".parse::<atau::Kind>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownKind(());

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown entity kind")
    }
}

impl std::error::Error for UnknownKind {}

/// A Kazakh grammatical case, as marked by the suffix chain of a mention.
///
/// # Example
/// ```
/// use atau::Case;
/// let ex = atau::extract("Делегация Қазақстанға келді.");
/// assert_eq!(ex.entities[0].case, Some(Case::Dative));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Case {
    /// Атау септік: no case suffix (Қазақстан).
    Nominative,
    /// Ілік септік: -ның/-нің, -дың/-дің, -тың/-тің (Қазақстанның).
    Genitive,
    /// Барыс септік: -ға/-ге, -қа/-ке, -на/-не (Қазақстанға).
    Dative,
    /// Табыс септік: -ны/-ні, -ды/-ді, -ты/-ті, -н (Қазақстанды).
    Accusative,
    /// Жатыс септік: -да/-де, -та/-те, -нда/-нде (Қазақстанда).
    Locative,
    /// Шығыс септік: -дан/-ден, -тан/-тен, -нан/-нен (Қазақстаннан).
    Ablative,
    /// Көмектес септік: -мен/-бен/-пен (Қазақстанмен).
    Instrumental,
}

impl Case {
    /// The snake_case name used in JSON.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::Case::Dative.as_str(), "dative");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Case::Nominative => "nominative",
            Case::Genitive => "genitive",
            Case::Dative => "dative",
            Case::Accusative => "accusative",
            Case::Locative => "locative",
            Case::Ablative => "ablative",
            Case::Instrumental => "instrumental",
        }
    }
}

/// One entity mention: a span of the caller's text with its label, kind, id and name.
///
/// `start..end` are byte offsets into the text given to [`Extractor::extract`]
/// (half-open, on char boundaries) and cover whole words, suffixes included: in
/// "Қазақстанға" the span is the whole word, `stem_end` is where "Қазақстан" ends, and
/// `stem_end..end` is the suffix chain ("ға").
///
/// [`Extractor::extract`]: crate::Extractor::extract
///
/// # Example
/// ```
/// let text = "Делегация Қазақстанға келді.";
/// let e = &atau::extract(text).entities[0];
/// assert_eq!(e.text, "Қазақстанға");
/// assert_eq!(&text[e.start..e.end], "Қазақстанға");
/// assert_eq!(&text[e.stem_end..e.end], "ға");
/// assert_eq!(&*e.name, "Қазақстан");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entity<'t> {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset one past the last byte of the mention.
    pub end: usize,
    /// The mention as written, `&text[start..end]`.
    pub text: &'t str,
    /// Byte offset where the stem ends and the suffix chain begins (`end` when there is
    /// no suffix; a hyphen before a suffix belongs to the suffix).
    pub stem_end: usize,
    /// The KazNERD class.
    pub label: Label,
    /// The fine type.
    pub kind: Kind,
    /// The stable entity id; linked mentions share it.
    pub id: EntityId,
    /// The canonical name of the entity (the gazetteer's name, or the full form of the
    /// first mention for rule-found entities).
    pub name: Arc<str>,
    /// The grammatical case marked by the suffix chain, when it is unambiguous.
    pub case: Option<Case>,
    /// What found the mention: `gazetteer`, or the name of a rule.
    pub source: &'static str,
}

impl Entity<'_> {
    /// The mention's byte span.
    ///
    /// # Example
    /// ```
    /// let text = "Астана – елорда.";
    /// let e = &atau::extract(text).entities[0];
    /// assert_eq!(&text[e.span()], "Астана");
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}
