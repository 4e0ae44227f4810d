//! The app's grade colours: a tag's text, border and background (`grade-tag--*`,
//! `style/components/grade_tag.css`) and a chart's fill (`grade-fill--*`, `style/base.css`).
//! The words are always drawn; colour only repeats them. A test holds these to the stylesheets.

use peel_model::route::GradeFilter;

/// How a grade tag is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagStyle {
    /// Text and border (`color`; the border is `currentColor`).
    pub text: &'static str,
    pub background: &'static str,
    /// "Not held": a dashed border and regular weight, as in the app.
    pub dashed: bool,
}

/// `.grade-tag--<slug>`.
pub fn tag(filter: GradeFilter) -> TagStyle {
    let (text, background) = match filter.slug() {
        "outstanding" => ("#005a30", "#cce2d8"),
        "good" => ("#10403c", "#bfe3e0"),
        "adequate" => ("#594d00", "#fff7bf"),
        "requires-improvement" => ("#6e3619", "#fcd6c3"),
        "inadequate" => ("#2a0b06", "#f4cdc6"),
        "not-graded" => ("#383f43", "#e5e6e7"),
        _ => ("#383f43", "#ffffff"),
    };
    TagStyle {
        text,
        background,
        dashed: filter == GradeFilter::NotHeld,
    }
}

/// `.grade-fill--<slug>`: a bar's fill; "not held" is white with a dashed outline ([`NOT_HELD_STROKE`]).
pub fn fill(filter: GradeFilter) -> &'static str {
    match filter.slug() {
        "outstanding" => "#00703c",
        "good" => "#28a197",
        "adequate" => "#b89a00",
        "requires-improvement" => "#f47738",
        "inadequate" => "#d4351c",
        "not-graded" => "#6f777b",
        _ => "#ffffff",
    }
}

/// The outline of a "not held" bar (`.grade-fill--not-held`'s stroke).
pub const NOT_HELD_STROKE: &str = "#505a5f";

/// The page's colours (`:root` of `style/base.css`).
pub const TEXT: &str = "#0b0c0c";
pub const MUTED: &str = "#484949";
pub const BORDER: &str = "#b1b4b6";
pub const PANEL: &str = "#f3f2f1";
pub const BRAND: &str = "#1d4f91";

#[cfg(test)]
mod tests {
    use super::*;
    use peel_model::Grade;

    /// The base stylesheet (`:root`, the fills) and the grade tags'.
    fn stylesheet() -> String {
        ["style/base.css", "style/components/grade_tag.css"]
            .map(|file| {
                let path = format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"));
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
            })
            .concat()
    }

    /// The declarations of `selector`'s rule, as written (`color: #005a30; background: …`).
    fn rule(css: &str, selector: &str) -> String {
        let start = css
            .find(&format!("{selector} {{"))
            .unwrap_or_else(|| panic!("no rule {selector} in the stylesheets"));
        let body = &css[start + selector.len() + 2..];
        body[..body.find('}').unwrap()].to_owned()
    }

    fn filters() -> Vec<GradeFilter> {
        Grade::ALL
            .into_iter()
            .map(GradeFilter::Grade)
            .chain([GradeFilter::NotGraded, GradeFilter::NotHeld])
            .collect()
    }

    #[test]
    fn tag_and_fill_colours_are_the_stylesheets() {
        let css = stylesheet();
        for filter in filters() {
            let slug = filter.slug();
            let tag_rule = rule(&css, &format!(".grade-tag--{slug}"));
            let style = tag(filter);
            assert!(
                tag_rule.contains(&format!("color: {};", style.text)),
                "{slug}: {tag_rule}"
            );
            let background = if style.background == "#ffffff" {
                "#fff"
            } else {
                style.background
            };
            assert!(
                tag_rule.contains(&format!("background: {background};")),
                "{slug}: {tag_rule}"
            );
            assert_eq!(style.dashed, tag_rule.contains("border-style: dashed"), "{slug}");
            let fill_rule = rule(&css, &format!(".grade-fill--{slug}"));
            let fill = if fill(filter) == "#ffffff" {
                "#fff"
            } else {
                fill(filter)
            };
            assert!(
                fill_rule.contains(&format!("fill: {fill};")),
                "{slug}: {fill_rule}"
            );
        }
        assert!(rule(&css, ".grade-fill--not-held").contains(&format!("stroke: {NOT_HELD_STROKE};")));
        let root = rule(&css, ":root");
        for (name, value) in [
            ("--text", TEXT),
            ("--muted", MUTED),
            ("--border", BORDER),
            ("--panel", PANEL),
            ("--brand", BRAND),
        ] {
            assert!(root.contains(&format!("{name}: {value};")), "{name}");
        }
    }
}
