//! The one validating parser for gazetteer rows, embedded and user-supplied alike.

use super::{Entry, Gazetteer};
use crate::entity::Kind;
use crate::error::{Error, ErrorKind};

/// Columns of a gazetteer row: id, kind, name, aliases.
pub(crate) const COLUMNS: usize = 4;

/// Parses `text` row by row into `g`; the first bad row is an error naming `origin` and
/// the 1-based line.
pub(crate) fn parse_into(text: &str, origin: &str, g: &mut Gazetteer) -> Result<(), Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        parse_row(line, g).map_err(|e| e.at(origin, Some(line_no)))?;
    }
    Ok(())
}

fn parse_row(line: &str, g: &mut Gazetteer) -> Result<(), Error> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != COLUMNS {
        return Err(Error::new(ErrorKind::ColumnCount { expected: COLUMNS, found: cols.len() }));
    }
    let kind: Kind = cols[1]
        .trim()
        .parse()
        .map_err(|_| Error::new(ErrorKind::UnknownKind(cols[1].trim().to_string())))?;
    let mut entry = Entry::new(cols[0].trim(), kind, cols[2])?;
    if !cols[3].trim().is_empty() {
        for alias in cols[3].split('|') {
            entry = entry.with_alias(alias)?;
        }
    }
    g.push(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        parse_into(text, "t.tsv", &mut g).map(|_| g)
    }

    #[test]
    fn rows_comments_blank_lines_crlf_and_bom() {
        let g =
            parse("\u{feff}# header\n\nGPE:KZ\tcountry\tҚазақстан\tҚР|Қазақстан Республикасы\r\n")
                .unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g.entries()[0].aliases().count(), 2);
    }

    #[test]
    fn each_bad_row_names_its_line_and_reason() {
        let cases = [
            ("a\tb\tc\n", "t.tsv:1: expected 4 tab-separated columns, found 3"),
            ("GPE:x\tcity\tА\t\tz\n", "t.tsv:1: expected 4 tab-separated columns, found 5"),
            ("#c\nGPE:x\tcity\t \t\n", "t.tsv:2: empty name"),
            ("GPE:x\tvillage\tА\t\n", "t.tsv:1: unknown kind \"village\""),
            ("x\tcity\tА\t\n", "t.tsv:1: invalid id \"x\" (expected PREFIX:slug, e.g. \"GPE:KZ\")"),
            ("GPE:x\tcity\tА\tБ||В\n", "t.tsv:1: invalid alias \"\""),
            ("GPE:x\tcity\tА\t\nGPE:x\tcity\tБ\t\n", "t.tsv:2: duplicate id \"GPE:x\""),
        ];
        for (text, want) in cases {
            let err = parse(text).expect_err(text);
            assert_eq!(err.to_string(), want, "help: input {text:?}");
        }
    }
}
