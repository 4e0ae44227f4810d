//! JSON Schemas of the bundle's files and the JSON downloads, generated from the model's own
//! types (feature `schema`), so a schema says what is shipped: ingest writes them beside the
//! bundle and a test validates every file of the real bundle against its schema.
//!
//! The types written as one string (a round `2018/19`, a date, a grade word) have their schema
//! here; every other type derives it where it derives `Serialize`.

use schemars::JsonSchema;
use schemars::r#gen::SchemaGenerator;
use schemars::schema::{InstanceType, RootSchema, Schema, SchemaObject};

use crate::area::Area;
use crate::bundle::{BundleFile, ForceFile, Index};
use crate::date::Date;
use crate::downloads::{DownloadKind, GradeRow, PlaceRow, SpellRow};
use crate::force::ForceSlug;
use crate::grade::{Grade, Judgement};
use crate::partial_date::PartialDate;
use crate::places::PlacesFile;
use crate::round::Round;

/// A string with a description and, where the type has one, the pattern it matches.
fn string_schema(description: &str, pattern: Option<&str>) -> Schema {
    let mut schema = SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        ..Default::default()
    };
    schema.metadata().description = Some(description.to_owned());
    if let Some(pattern) = pattern {
        schema.string().pattern = Some(pattern.to_owned());
    }
    schema.into()
}

macro_rules! string_type {
    ($type:ty, $name:literal, $description:literal, $pattern:expr) => {
        impl JsonSchema for $type {
            fn schema_name() -> String {
                $name.to_owned()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                string_schema($description, $pattern)
            }
        }
    };
}

string_type!(
    Round,
    "Round",
    "A PEEL round as HMICFRS writes it: 2016, 2018/19, 2023-25.",
    Some(r"^[0-9]{4}([/-][0-9]{2})?$")
);
string_type!(
    Date,
    "Date",
    "A day: YYYY-MM-DD.",
    Some(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
);
string_type!(
    PartialDate,
    "PartialDate",
    "A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.",
    Some(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
);
string_type!(
    ForceSlug,
    "ForceSlug",
    "A force as in the site's addresses: kent, avon-and-somerset.",
    Some(r"^[a-z0-9]+(-[a-z0-9]+)*$")
);
string_type!(
    Area,
    "Area",
    "What was graded: a pillar (effectiveness, efficiency, legitimacy), a question key of a pillar, or a graded area's name.",
    None
);
string_type!(
    Judgement,
    "Judgement",
    "A grade word as published (outstanding, good, adequate, requires improvement, inadequate) or not graded.",
    None
);
string_type!(Grade, "Grade", "A grade word as published.", None);

/// A file the schemas describe: its schema's path inside the bundle's folder and the schema.
pub struct SchemaFile {
    /// `schema/index.schema.json`.
    pub name: String,
    pub schema: RootSchema,
}

fn file<T: JsonSchema>(name: String) -> SchemaFile {
    SchemaFile {
        name,
        schema: schemars::schema_for!(T),
    }
}

/// Every schema: the bundle's index, force files and places, and the JSON downloads' records.
pub fn schema_files() -> Vec<SchemaFile> {
    let kent = ForceSlug::new("kent").expect("a slug");
    vec![
        file::<Index>(BundleFile::Index.schema_name()),
        file::<ForceFile>(BundleFile::Force(&kent).schema_name()),
        file::<PlacesFile>(BundleFile::Places.schema_name()),
        file::<Vec<GradeRow>>(DownloadKind::AllGrades.schema_name()),
        file::<Vec<SpellRow>>(DownloadKind::Spells.schema_name()),
        file::<Vec<PlaceRow>>(DownloadKind::Places.schema_name()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_kind_has_its_schema_under_its_listed_name() {
        let names: Vec<String> = schema_files().into_iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            [
                "schema/index.schema.json",
                "schema/force.schema.json",
                "schema/places.schema.json",
                "schema/grade-rows.schema.json",
                "schema/spell-rows.schema.json",
                "schema/place-rows.schema.json",
            ]
        );
    }
}
