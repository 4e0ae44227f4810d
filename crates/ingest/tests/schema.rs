//! Every file of the real bundle, and every JSON download, is valid against the JSON Schema
//! ingest ships for its kind (generated from the model's types), so a schema cannot drift from
//! what is shipped.

use peel_ingest::bundle::{project_bundle, write};
use peel_model::bundle::{BundleFile, Layout};
use peel_model::downloads::Format;
use serde_json::Value;

fn read(dir: &std::path::Path, name: &str) -> Value {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check(dir: &std::path::Path, file: &str, schema: &str) {
    let validator = jsonschema::validator_for(&read(dir, schema)).unwrap_or_else(|e| panic!("{schema}: {e}"));
    let instance = read(dir, file);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{file} against {schema}:\n{}",
        errors.join("\n")
    );
}

#[test]
fn every_bundle_file_and_json_download_is_valid_against_its_shipped_schema() {
    let bundle = project_bundle();
    let dir = std::env::temp_dir().join(format!("peel-schema-test-{}", std::process::id()));
    let out = dir.join(Layout::CURRENT.dir());
    write(&bundle, &out).expect("write the bundle");
    check(&out, &BundleFile::Index.name(), &BundleFile::Index.schema_name());
    check(
        &out,
        &BundleFile::Places.name(),
        &BundleFile::Places.schema_name(),
    );
    for force in &bundle.forces {
        let file = BundleFile::Force(&force.force.slug);
        check(&out, &file.name(), &file.schema_name());
    }
    let mut json_downloads = 0;
    for download in bundle.downloads.iter().filter(|d| d.file.format == Format::Json) {
        let name = download.file.path(Layout::CURRENT);
        let name = name.trim_start_matches(&format!("{}/", Layout::CURRENT.dir()));
        check(&out, name, &download.file.kind.schema_name());
        json_downloads += 1;
    }
    assert!(json_downloads >= 4);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_file_that_breaks_the_shape_is_refused_by_its_schema() {
    let bundle = project_bundle();
    let schema = serde_json::to_value(
        &peel_model::schema::schema_files()
            .into_iter()
            .find(|f| f.name == BundleFile::Index.schema_name())
            .expect("the index's schema")
            .schema,
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut index = serde_json::to_value(&bundle.index).unwrap();
    assert!(validator.is_valid(&index));
    index["grades"][0]["round"] = Value::from("the last one");
    assert!(
        !validator.is_valid(&index),
        "a round written otherwise is refused"
    );
    index.as_object_mut().unwrap().remove("forces");
    assert!(!validator.is_valid(&index), "an index without forces is refused");
}
