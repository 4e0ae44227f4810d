//! `data/questions.json`: the official question set of each round.

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
    let fail = |message: String| Diagnostic::new(label, 0, message);
    let mut rounds = Vec::new();
    let mut about = String::new();
    for (key, value) in top {
        if key == "_about" {
            about = value.as_str().unwrap_or_default().to_owned();
            continue;
        }
        let round = Round::from_label(key).ok_or_else(|| fail(format!("`{key}` is not a PEEL round")))?;
        let object = value
            .as_object()
            .ok_or_else(|| fail(format!("round `{key}`: expected an object")))?;
        rounds.push(read_round(round, object).map_err(|m| fail(format!("round `{key}`: {m}")))?);
    }
    rounds.sort_by_key(|r| r.round);
    Ok(QuestionSets { about, rounds })
}

fn read_round(round: Round, object: &Map<String, Value>) -> Result<RoundQuestions, String> {
    let scale = match object.get("scale") {
        None => round.scale(),
        Some(value) => {
            let words = strings(value).ok_or("`scale` must be a list of grade words")?;
            let five = [
                "outstanding",
                "good",
                "adequate",
                "requires improvement",
                "inadequate",
            ];
            let declared = if words == five {
                Scale::FivePoint
            } else {
                Scale::FourPoint
            };
            if declared != round.scale() {
                return Err(format!("`scale` {words:?} is not the scale of this round"));
            }
            declared
        }
    };
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
    let graded_for_some_forces_only = match object.get("graded_for_some_forces_only") {
        None => Vec::new(),
        Some(value) => strings(value).ok_or("`graded_for_some_forces_only` must be a list of area names")?,
    };
    if let Some(stray) = graded_for_some_forces_only.iter().find(|a| !areas.contains(a)) {
        return Err(format!(
            "`graded_for_some_forces_only` names “{stray}”, which is not one of the round's `areas`"
        ));
    }
    if round.has_pillars() && pillars.is_empty() {
        return Err("a pillar round must list its pillars' questions".into());
    }
    if !round.has_pillars() && areas.is_empty() {
        return Err("a graded-area round must list its `areas`".into());
    }
    Ok(RoundQuestions {
        round,
        scale,
        source_urls: object.get("source_urls").and_then(strings).unwrap_or_default(),
        pillars,
        areas,
        graded_for_some_forces_only,
        areas_source: string(object, "areas_source"),
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

    #[test]
    fn reads_the_project_question_sets() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let sets = read_questions(&dir, "data/questions.json").unwrap();
        assert_eq!(sets.rounds.len(), 6);
        let q2016 = sets.round(Round::R2016).unwrap();
        let eff = q2016.pillar(Pillar::Effectiveness).unwrap();
        assert_eq!(eff.questions.len(), 5);
        assert!(!eff.questions[4].graded, "specialist capabilities are not graded");
        assert!(!q2016.pillar(Pillar::Leadership).unwrap().graded);
        assert_eq!(sets.round(Round::R2021_22).unwrap().scale, Scale::FivePoint);
        let areas_round = sets.round(Round::R2023_25).unwrap();
        assert_eq!(areas_round.areas.len(), 10);
        assert_eq!(
            areas_round.graded_for_some_forces_only,
            ["Recording data about crime", "Disrupting serious organised crime"]
        );
    }

    #[test]
    fn an_area_graded_for_some_forces_only_must_be_an_area_of_the_round() {
        let json = br#"{"2023-25": {"areas": ["Investigating crime"], "graded_for_some_forces_only": ["Investigating crimes"]}}"#;
        let err = parse_questions(json, "q.json").unwrap_err();
        assert!(
            err.to_string()
                .contains("`graded_for_some_forces_only` names “Investigating crimes”, which is not one of the round's `areas`"),
            "{err}"
        );
    }

    #[test]
    fn bad_json_names_the_line() {
        let err = parse_questions(b"{\n\"2016\": [}\n", "q.json").unwrap_err();
        assert_eq!(err.line, 2);
        let err = parse_questions(br#"{"2019": {}}"#, "q.json").unwrap_err();
        assert!(err.to_string().contains("`2019` is not a PEEL round"), "{err}");
    }
}
