//! `data/questions.json`: the official question set of each round, and so which rounds there
//! are and how each judged forces: a round is an entry here (`data/README.md` says how to add
//! one), never code.

use std::path::Path;

use peel_model::questions::{PillarQuestions, Question, QuestionSets, RoundQuestions};
use peel_model::{Pillar, Round, Scale};
use serde_json::{Map, Value};

use crate::diagnostic::Diagnostic;

pub const FILE: &str = "questions.json";

pub fn read_questions(data_dir: &Path, label: &str) -> Result<QuestionSets, Diagnostic> {
    let bytes = std::fs::read(data_dir.join(FILE))
        .map_err(|e| Diagnostic::new(label, 0, format!("cannot read the file: {e}")))?;
    parse_questions(&bytes, label)
}

pub fn parse_questions(bytes: &[u8], label: &str) -> Result<QuestionSets, Diagnostic> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| Diagnostic::new(label, e.line(), format!("not valid JSON: {e}")))?;
    let top = value
        .as_object()
        .ok_or_else(|| Diagnostic::new(label, 1, "expected a JSON object of rounds"))?;
    let text = String::from_utf8_lossy(bytes);
    let mut rounds = Vec::new();
    let mut about = String::new();
    for (key, value) in top {
        if key == "_about" {
            about = value.as_str().unwrap_or_default().to_owned();
            continue;
        }
        let fail = |message: String| Diagnostic::new(label, line_of_key(&text, key), message);
        let round = Round::from_label(key).ok_or_else(|| fail(not_a_label(key)))?;
        let object = value
            .as_object()
            .ok_or_else(|| fail(format!("round `{key}`: expected an object")))?;
        rounds.push(read_round(round, object).map_err(|m| fail(format!("round `{key}`: {m}")))?);
    }
    rounds.sort_by_key(|r| r.round);
    Ok(QuestionSets { about, rounds })
}

/// The line of the top-level entry `key` (`"2016": {`), or 0 where it cannot be found.
fn line_of_key(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.lines()
        .position(|line| {
            line.trim_start()
                .strip_prefix(&quoted)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map_or(0, |i| i + 1)
}

/// What is wrong with `text` as a round's label.
pub fn not_a_label(text: &str) -> String {
    format!(
        "`{text}` is not a PEEL round: a round is written as its year (`2016`), two consecutive \
         years with a slash (`2018/19`) or a longer span with a hyphen (`2023-25`)"
    )
}

fn read_round(round: Round, object: &Map<String, Value>) -> Result<RoundQuestions, String> {
    let mut pillars = Vec::new();
    for pillar in Pillar::ALL {
        if let Some(value) = object.get(pillar.slug()) {
            let pillar_object = value
                .as_object()
                .ok_or_else(|| format!("`{}` must be an object", pillar.slug()))?;
            pillars.push(read_pillar(pillar, pillar_object).map_err(|m| format!("{}: {m}", pillar.slug()))?);
        }
    }
    let areas = match object.get("areas") {
        None => Vec::new(),
        Some(value) => strings(value).ok_or("`areas` must be a list of names")?,
    };
    let integrated_assessment = match object.get("integrated_assessment") {
        None => false,
        Some(value) => value
            .as_bool()
            .ok_or("`integrated_assessment` must be true or false")?,
    };
    match (pillars.is_empty(), areas.is_empty()) {
        (true, true) => {
            return Err(
                "a round must list its pillars' questions (a pillar round) or its graded \
                        `areas`"
                    .into(),
            );
        }
        (false, false) => return Err("a round lists its pillars' questions or its `areas`, not both".into()),
        (true, false) if integrated_assessment => {
            return Err("`integrated_assessment` is for a pillar round, not one of graded areas".into());
        }
        _ => {}
    }
    let scale = match object.get("scale") {
        None if pillars.is_empty() => {
            return Err("a graded-area round must give its `scale`, the grade words best first".into());
        }
        // The pillar rounds' scale, which their entries leave out.
        None => Scale::FourPoint,
        Some(value) => {
            let words = strings(value).ok_or("`scale` must be a list of grade words")?;
            [Scale::FourPoint, Scale::FivePoint]
                .into_iter()
                .find(|scale| {
                    scale
                        .grades()
                        .iter()
                        .map(|g| g.word())
                        .eq(words.iter().map(String::as_str))
                })
                .ok_or_else(|| {
                    format!(
                        "`scale` {words:?} is neither the {} nor the {}, best first",
                        Scale::FourPoint.describe(),
                        Scale::FivePoint.describe()
                    )
                })?
        }
    };
    let graded_for_some_forces = match object.get("graded_for_some_forces") {
        None => Vec::new(),
        Some(value) => strings(value).ok_or("`graded_for_some_forces` must be a list of area names")?,
    };
    if let Some(name) = graded_for_some_forces.iter().find(|name| !areas.contains(name)) {
        return Err(format!(
            "`graded_for_some_forces` names `{name}`, which is not in `areas`"
        ));
    }
    Ok(RoundQuestions {
        round,
        scale,
        source_urls: object.get("source_urls").and_then(strings).unwrap_or_default(),
        pillars,
        integrated_assessment,
        areas,
        areas_source: string(object, "areas_source"),
        graded_for_some_forces,
        scale_source: string(object, "scale_source"),
        note: string(object, "note"),
    })
}

fn read_pillar(pillar: Pillar, object: &Map<String, Value>) -> Result<PillarQuestions, String> {
    let graded = object
        .get("graded")
        .and_then(Value::as_bool)
        .unwrap_or(pillar.is_graded());
    let core = object
        .get("core")
        .and_then(Value::as_array)
        .ok_or("`core` must be a list of questions")?;
    let mut questions = Vec::with_capacity(core.len());
    for (position, item) in core.iter().enumerate() {
        let q = item
            .as_object()
            .ok_or_else(|| format!("question {} must be an object", position + 1))?;
        let number = q
            .get("n")
            .and_then(Value::as_u64)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| format!("question {}: `n` must be a small number", position + 1))?;
        if usize::from(number) != position + 1 {
            return Err(format!(
                "question {}: numbered {number}, expected {}",
                position + 1,
                position + 1
            ));
        }
        let title = match q.get("title") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => return Err(format!("question {number}: `title` must be text or null")),
        };
        questions.push(Question {
            number,
            title,
            topic: string(q, "topic"),
            graded: q.get("graded").and_then(Value::as_bool).unwrap_or(graded),
            source: string(q, "source"),
            note: string(q, "note"),
        });
    }
    Ok(PillarQuestions {
        pillar,
        headline: string(object, "headline"),
        headline_source: string(object, "headline_source"),
        graded,
        questions,
        note: string(object, "note"),
    })
}

fn string(object: &Map<String, Value>, key: &str) -> Option<String> {
    object.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn strings(value: &Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use peel_model::Framework;

    fn round(label: &str) -> Round {
        Round::from_label(label).unwrap()
    }

    #[test]
    fn reads_the_project_question_sets() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let sets = read_questions(&dir, "data/questions.json").unwrap();
        let frameworks: Vec<(String, Framework, Scale)> = sets
            .kinds()
            .into_iter()
            .map(|k| (k.round.label(), k.framework, k.scale))
            .collect();
        let pillars = |label: &str| (label.to_owned(), Framework::Pillars, Scale::FourPoint);
        let areas = |label: &str| (label.to_owned(), Framework::GradedAreas, Scale::FivePoint);
        assert_eq!(
            frameworks,
            [
                pillars("2015"),
                pillars("2016"),
                pillars("2017"),
                (
                    "2018/19".to_owned(),
                    Framework::IntegratedPillars,
                    Scale::FourPoint
                ),
                areas("2021/22"),
                areas("2023-25"),
            ]
        );
        let q2016 = sets.round(round("2016")).unwrap();
        let eff = q2016.pillar(Pillar::Effectiveness).unwrap();
        assert_eq!(eff.questions.len(), 5);
        assert!(!eff.questions[4].graded, "specialist capabilities are not graded");
        assert!(!q2016.pillar(Pillar::Leadership).unwrap().graded);
        assert_eq!(sets.round(round("2023-25")).unwrap().areas.len(), 10);
        assert_eq!(sets.round(round("2021/22")).unwrap().scale, Scale::FivePoint);
        let areas = sets.round(round("2023-25")).unwrap();
        assert!(areas.graded_for_some_forces(&peel_model::Area::GradedArea(
            "Disrupting serious organised crime".into()
        )));
        assert!(!areas.graded_for_some_forces(&peel_model::Area::GradedArea("Investigating crime".into())));
    }

    #[test]
    fn an_area_graded_for_some_forces_is_one_of_the_rounds_areas() {
        let text = br#"{"2023-25": {"areas": ["Investigating crime"], "scale": ["outstanding", "good", "adequate", "requires improvement", "inadequate"], "graded_for_some_forces": ["Investigating crimes"]}}"#;
        let err = parse_questions(text, "q.json").unwrap_err();
        assert!(
            err.to_string()
                .contains("`graded_for_some_forces` names `Investigating crimes`, which is not in `areas`"),
            "{err}"
        );
        let text = br#"{"2023-25": {"areas": ["Investigating crime"], "scale": ["outstanding", "good", "adequate", "requires improvement", "inadequate"], "graded_for_some_forces": "Investigating crime"}}"#;
        let err = parse_questions(text, "q.json").unwrap_err();
        assert!(err.to_string().contains("must be a list of area names"), "{err}");
    }

    #[test]
    fn a_new_round_is_an_entry_with_its_areas_and_scale() {
        let json = br#"{"2023-25": {"areas": ["Investigating crime"], "scale": ["outstanding", "good", "adequate", "requires improvement", "inadequate"]},
            "2025-27": {"areas": ["Investigating crime", "Responding to the public"], "scale": ["outstanding", "good", "adequate", "requires improvement", "inadequate"]}}"#;
        let sets = parse_questions(json, "q.json").unwrap();
        let labels: Vec<String> = sets.rounds.iter().map(|r| r.round.label()).collect();
        assert_eq!(labels, ["2023-25", "2025-27"]);
        let new = sets.round(round("2025-27")).unwrap();
        assert_eq!(
            (new.framework(), new.scale),
            (Framework::GradedAreas, Scale::FivePoint)
        );
        assert_eq!(new.areas.len(), 2);
    }

    #[test]
    fn each_wrong_entry_says_what_is_wrong_on_its_line() {
        let five = r#"["outstanding", "good", "adequate", "requires improvement", "inadequate"]"#;
        let cases = [
            (
                r#""2019/20/21": {}"#.to_owned(),
                "`2019/20/21` is not a PEEL round",
            ),
            (
                r#""2018-19": {"areas": ["A"]}"#.to_owned(),
                "two consecutive years with a slash (`2018/19`)",
            ),
            (
                r#""2025-27": {}"#.to_owned(),
                "must list its pillars' questions (a pillar round) or its graded `areas`",
            ),
            (
                r#""2025-27": {"areas": ["A"]}"#.to_owned(),
                "must give its `scale`",
            ),
            (
                r#""2025-27": {"areas": ["A"], "scale": ["good", "bad"]}"#.to_owned(),
                "is neither the four-point scale",
            ),
            (
                format!(r#""2025-27": {{"areas": ["A"], "scale": {five}, "integrated_assessment": true}}"#),
                "`integrated_assessment` is for a pillar round",
            ),
            (
                format!(r#""2025-27": {{"areas": ["A"], "scale": {five}, "legitimacy": {{"core": []}}}}"#),
                "not both",
            ),
        ];
        for (entry, message) in cases {
            let json = format!("{{\n\"_about\": \"\",\n{entry}\n}}");
            let err = parse_questions(json.as_bytes(), "q.json").unwrap_err();
            assert!(err.to_string().contains(message), "{entry}: {err}");
            assert_eq!(err.line, 3, "{entry}: {err}");
        }
    }

    #[test]
    fn bad_json_names_the_line() {
        let err = parse_questions(b"{\n\"2016\": [}\n", "q.json").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
