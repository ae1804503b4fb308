//! The JSON of a comparison ("Download JSON", the JavaScript API) is documented
//! field by field in README.md's section "The comparison as JSON (schema N)".
//! These tests serialise real comparisons, walk the JSON and check that every
//! key of every object, and every status and kind, is in that section's
//! tables, with its JSON type, and that the section's example is real.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use syndiff::engine::{compare, Comparison, Options, SCHEMA_VERSION};
use syndiff::samples::{DERIVATIVE, OPINION, RFERL_REPORT};

const README: &str = include_str!("../README.md");

/// The README example's texts.
const EXAMPLE: (&str, &str) = ("Saeed spoke. He left.", "Said spoke. He left.");

/// The README section documenting the JSON, from its heading to the next `## `.
fn section() -> &'static str {
    let heading = "\n## The comparison as JSON (schema ";
    let start = README
        .find(heading)
        .expect("README.md has a section \"## The comparison as JSON (schema N)\"")
        + 1;
    let rest = &README[start..];
    let end = rest[1..].find("\n## ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// The documented fields: (object, field) → the table's type cell. An object's
/// table follows a line starting with its name in bold code (``**`Segment`**``);
/// a field row starts with ``| `field` |``.
fn documented_fields() -> BTreeMap<(String, String), String> {
    let mut fields = BTreeMap::new();
    let mut object = None;
    for line in section().lines() {
        if let Some(rest) = line.strip_prefix("**`") {
            object = rest.split('`').next().map(str::to_owned);
            continue;
        }
        let Some(row) = line.strip_prefix("| `") else {
            continue;
        };
        if row.starts_with('"') {
            continue; // a value row, not a field
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let key = cells[1].trim_matches('`').to_owned();
        let ty = cells.get(2).copied().unwrap_or_default().to_owned();
        let object = object
            .clone()
            .unwrap_or_else(|| panic!("README: field `{key}` comes before any **`Object`** line"));
        assert!(
            fields.insert((object.clone(), key.clone()), ty).is_none(),
            "README: `{key}` documented twice for {object}"
        );
    }
    fields
}

/// The values listed in the section's value tables (rows ``| `"value"` |``).
fn documented_value_rows() -> BTreeSet<String> {
    section()
        .lines()
        .filter_map(|l| l.strip_prefix("| `\""))
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

/// What the JSON holds: (object, field) → the JSON types seen, and
/// (object, field) → the strings seen in enum fields.
#[derive(Default)]
struct Seen {
    fields: BTreeMap<(String, String), BTreeSet<&'static str>>,
    values: BTreeMap<(String, String), BTreeSet<String>>,
}

/// The fields whose strings are enum values, each of which must be documented.
const ENUM_FIELDS: [(&str, &str); 3] = [
    ("Comparison", "status"),
    ("Segment", "kind"),
    ("CharEdit", "kind"),
];

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The object kind found under `key` of an object of kind `parent`. A new
/// nested object gets a made-up name no README table has, so it fails.
fn child_kind(parent: &str, key: &str) -> String {
    match (parent, key) {
        ("Comparison", "options") => "Options",
        ("Comparison", "blocks") => "Block",
        ("Comparison", "moves") => "Move",
        ("Comparison", "counts") => "Counts",
        ("Block", "segments") => "Segment",
        ("Segment", "chars") => "CharEdit",
        _ => return format!("{parent}.{key}"),
    }
    .to_owned()
}

fn walk(kind: &str, value: &Value, seen: &mut Seen) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let at = (kind.to_owned(), key.clone());
                seen.fields
                    .entry(at.clone())
                    .or_default()
                    .insert(json_type(v));
                if let (true, Value::String(s)) = (ENUM_FIELDS.contains(&(kind, key.as_str())), v) {
                    seen.values.entry(at).or_default().insert(s.clone());
                }
                walk(&child_kind(kind, key), v, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| walk(kind, v, seen)),
        _ => {}
    }
}

/// Comparisons that between them have every status, every segment kind, a
/// move, a respelled word, both null paragraphs and non-default options.
fn comparisons() -> Vec<Comparison> {
    let default = Options::default();
    let ignore_case = Options {
        ignore_case: true,
        ..Options::default()
    };
    let pairs: [(&str, &str, &Options); 10] = [
        (RFERL_REPORT.text, DERIVATIVE.text, &default),
        (RFERL_REPORT.text, OPINION.text, &default),
        ("", " ", &default),
        ("", "Added.", &default),
        ("Cut.", "", &default),
        ("Same text.", "Same text.", &default),
        ("Same  text.", "Same text.", &default),
        ("The cat.", "the cat.", &ignore_case),
        (EXAMPLE.0, EXAMPLE.1, &default),
        ("One two.\n\nThree four.", "One two.", &default),
    ];
    pairs
        .iter()
        .map(|(s, d, o)| {
            let c = compare(s, d, o);
            assert_eq!(c.source_text(), *s);
            assert_eq!(c.derivative_text(), *d);
            c
        })
        .collect()
}

fn seen() -> Seen {
    let mut seen = Seen::default();
    for c in comparisons() {
        let json = serde_json::to_value(&c).unwrap();
        walk("Comparison", &json, &mut seen);
    }
    seen
}

#[test]
fn the_section_is_for_this_schema_version() {
    let heading = section().lines().next().unwrap();
    assert_eq!(
        heading,
        format!("## The comparison as JSON (schema {SCHEMA_VERSION})"),
        "README: the section's heading names the current SCHEMA_VERSION"
    );
}

#[test]
fn every_key_in_the_json_is_documented_with_its_type() {
    let documented = documented_fields();
    let (mut missing, mut mistyped) = (Vec::new(), Vec::new());
    for ((object, key), types) in &seen().fields {
        let Some(ty) = documented.get(&(object.clone(), key.clone())) else {
            missing.push(format!("{object}.{key} ({types:?})"));
            continue;
        };
        for t in types.iter().filter(|t| !ty.contains(*t)) {
            mistyped.push(format!(
                "{object}.{key}: README says {ty:?}, the JSON has a {t}"
            ));
        }
    }
    assert!(
        missing.is_empty() && mistyped.is_empty(),
        "fields in the JSON but not in README.md's \"The comparison as JSON\" tables: \
         {missing:?}; fields documented with the wrong JSON type: {mistyped:?}"
    );
}

#[test]
fn every_documented_key_is_in_the_json() {
    let seen = seen();
    let stale: Vec<_> = documented_fields()
        .into_keys()
        .filter(|at| !seen.fields.contains_key(at))
        .map(|(object, key)| format!("{object}.{key}"))
        .collect();
    assert!(
        stale.is_empty(),
        "README documents fields no comparison here writes: {stale:?}"
    );
}

#[test]
fn every_status_and_kind_is_documented_and_exercised() {
    let seen = seen();
    let section = section();
    for at in ENUM_FIELDS {
        let values = seen
            .values
            .get(&(at.0.to_owned(), at.1.to_owned()))
            .unwrap_or_else(|| panic!("no {}.{} seen", at.0, at.1));
        for v in values {
            assert!(
                section.contains(&format!("`\"{v}\"`")),
                "README: {}.{} value `\"{v}\"` is not documented",
                at.0,
                at.1
            );
        }
    }
    // Every value in the status and segment kind tables comes out of some
    // comparison here (so the walk above covers all of them).
    let exercised: BTreeSet<&String> = seen.values.values().flatten().collect();
    for v in documented_value_rows() {
        assert!(
            exercised.contains(&v),
            "README lists `\"{v}\"`, but no comparison here produces it"
        );
    }
    let statuses = &seen.values[&("Comparison".to_owned(), "status".to_owned())];
    assert_eq!(statuses.len(), 8, "every status exercised: {statuses:?}");
    let kinds = &seen.values[&("Segment".to_owned(), "kind".to_owned())];
    assert_eq!(kinds.len(), 5, "every segment kind exercised: {kinds:?}");
    let chars = &seen.values[&("CharEdit".to_owned(), "kind".to_owned())];
    assert_eq!(chars.len(), 3, "every char kind exercised: {chars:?}");
}

#[test]
fn the_readme_example_is_real_output_of_this_schema() {
    let section = section();
    let (source, derivative) = EXAMPLE;
    assert!(
        section.contains(&format!("`compare({source:?}, {derivative:?})`")),
        "README: the example names the texts it compares"
    );
    let start = section
        .find("```json\n")
        .expect("README: a ```json example")
        + 8;
    let end = start + section[start..].find("```").unwrap();
    let text = &section[start..end];

    let json: Value = serde_json::from_str(text).expect("README example is JSON");
    let example: Comparison =
        serde_json::from_str(text).expect("README example reads as a Comparison");
    assert_eq!(example.schema, SCHEMA_VERSION);
    assert_eq!(example.source_text(), source);
    assert_eq!(example.derivative_text(), derivative);
    // Nothing in it is ignored when read back.
    assert_eq!(serde_json::to_value(&example).unwrap(), json);

    let real = compare(source, derivative, &Options::default());
    assert_eq!(
        text,
        format!("{}\n", serde_json::to_string_pretty(&real).unwrap()),
        "README example is what `Download JSON` gives for it now"
    );
}
