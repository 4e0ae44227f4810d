//! The end of the page: "Points of context provided by the force" and "Police and crime plan
//! priorities".

use peel_model::report::CrimePlan;

use super::Ctx;
use super::items::bullet;
use super::sections::Entry;

/// The force's points of context: its bullets. A line that is not a bullet is kept as a point
/// all the same, and reported.
pub(crate) fn force_context(body: &[Entry], ctx: &mut Ctx) -> Vec<String> {
    body.iter()
        .map(|entry| match bullet(entry.text) {
            Some(text) => text.to_owned(),
            None => {
                ctx.unplaced(entry, "a point of context that is not a bullet");
                entry.text.to_owned()
            }
        })
        .collect()
}

/// "The 2016-21 Police and Crime Plan for Northamptonshire outlines four key priority areas:",
/// the priorities (bullets, however nested), then paragraphs.
pub(crate) fn crime_plan(body: &[Entry]) -> CrimePlan {
    let (introduction, rest) = match body.split_first() {
        Some((first, rest)) if bullet(first.text).is_none() => (first.text.to_owned(), rest),
        _ => (String::new(), body),
    };
    let (period, name) = name_and_period(&introduction);
    let mut plan = CrimePlan {
        name,
        period,
        introduction,
        priorities: Vec::new(),
        paragraphs: Vec::new(),
    };
    for entry in rest {
        match bullet(entry.text) {
            Some(text) => plan.priorities.push(text.to_owned()),
            None => plan.paragraphs.push(entry.text.to_owned()),
        }
    }
    plan
}

/// From "The 2016-21 Police and Crime Plan for Kent outlines ...": the period ("2016-21") and
/// the plan's name, its capitalised words with the small words between them ("Police and
/// Crime Plan for Kent"). Either is empty where the sentence does not give it.
fn name_and_period(sentence: &str) -> (String, String) {
    const JOINING: [&str; 7] = ["and", "for", "of", "the", "&", "upon", "on"];
    let mut period = String::new();
    let mut name: Vec<&str> = Vec::new();
    for (i, word) in sentence.split(' ').enumerate() {
        let bare = word.trim_end_matches([',', ';', ':', '.', '’', '\'']);
        let ends_clause = bare.len() < word.len();
        if i == 0 && (bare.eq_ignore_ascii_case("the") || bare.eq_ignore_ascii_case("our")) {
            continue;
        }
        if period.is_empty() && name.is_empty() && bare.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            period = bare.to_owned();
        } else if bare.chars().next().is_some_and(char::is_uppercase)
            || (!name.is_empty() && JOINING.contains(&bare))
        {
            name.push(bare);
        } else if !name.is_empty() {
            break;
        }
        if ends_clause && !name.is_empty() {
            break;
        }
    }
    while name.last().is_some_and(|w| JOINING.contains(w)) {
        name.pop();
    }
    (period, name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_name_and_period() {
        assert_eq!(
            name_and_period(
                "The 2016-21 Police and Crime Plan for Northamptonshire outlines four key priority areas:"
            ),
            (
                "2016-21".to_owned(),
                "Police and Crime Plan for Northamptonshire".to_owned()
            )
        );
        assert_eq!(
            name_and_period("The Police and Crime Plan for Avon and Somerset sets out:"),
            (
                String::new(),
                "Police and Crime Plan for Avon and Somerset".to_owned()
            )
        );
        assert_eq!(name_and_period(""), (String::new(), String::new()));
    }
}
