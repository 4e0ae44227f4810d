//! The inspector's sections: "HMI's observations" (and the untitled force-area paragraphs after
//! them), "Working arrangements" and "Looking ahead to <year>".

use peel_model::report::LookingAhead;

use super::items::bullet;
use super::sections::Entry;

/// Splits "HMI's observations" into the observations and the untitled force-area paragraphs
/// after them.
///
/// The page marks the change only by a wider gap (two blank lines where paragraphs have one).
/// So that extra blank lines everywhere do not change the result, the gap is judged relative to
/// the section's own: the force area starts at the first paragraph whose gap is wider than the
/// narrowest gap between paragraphs of the section. With no wider gap, all are observations.
pub(crate) fn hmi_observations(body: &[Entry]) -> (Vec<String>, Vec<String>) {
    let narrowest = body.iter().skip(1).map(|e| e.gap).min().unwrap_or(0);
    let split = body
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, e)| e.gap > narrowest)
        .map_or(body.len(), |(i, _)| i);
    let (observations, area) = body.split_at(split);
    (paragraphs(observations), paragraphs(area))
}

/// Every line a paragraph, as published (a bullet keeps its marker here).
pub(crate) fn paragraphs(body: &[Entry]) -> Vec<String> {
    body.iter().map(|e| e.text.to_owned()).collect()
}

pub(crate) fn looking_ahead(year: u16, body: &[Entry]) -> LookingAhead {
    let mut ahead = LookingAhead {
        year,
        paragraphs: Vec::new(),
        bullets: Vec::new(),
    };
    for entry in body {
        match bullet(entry.text) {
            Some(text) => ahead.bullets.push(text.to_owned()),
            None => ahead.paragraphs.push(entry.text.to_owned()),
        }
    }
    ahead
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(gaps: &[usize]) -> Vec<Entry<'static>> {
        gaps.iter()
            .enumerate()
            .map(|(i, &gap)| Entry {
                no: i + 1,
                text: "p",
                gap,
            })
            .collect()
    }

    #[test]
    fn the_wider_gap_starts_the_force_area() {
        assert_eq!(hmi_observations(&entries(&[1, 1, 1, 2, 1])).1.len(), 2);
        assert_eq!(hmi_observations(&entries(&[2, 2, 2, 4, 2])).1.len(), 2);
        assert_eq!(hmi_observations(&entries(&[1, 1, 1])).1.len(), 0);
        assert_eq!(hmi_observations(&[]).0.len(), 0);
    }
}
