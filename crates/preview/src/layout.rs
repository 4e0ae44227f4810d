//! Writing the SVG: shapes and text at fixed positions, text escaped for XML, and text fitted
//! to a width by the font's own advances (SVG does not wrap or shrink text by itself).

use std::borrow::Cow;
use std::fmt::Write as _;

use peel_model::html::escape_xml;
use peel_model::pages::preview::{HEIGHT, WIDTH};

/// The font family every text is set in (the template names it; [`crate::fonts`] loads it).
pub const FAMILY: &str = "DejaVu Sans";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// How wide a text is, in pixels, set in [`FAMILY`] at `size` pixels.
pub trait Measure {
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32;
}

/// Where a text's `x` is: its start, middle or end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A text to draw: what, how large, how heavy, in which colour.
#[derive(Clone, Debug)]
pub struct Text<'a> {
    pub text: &'a str,
    pub size: f32,
    pub weight: Weight,
    pub fill: &'a str,
    pub anchor: Anchor,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str, size: f32, weight: Weight, fill: &'a str) -> Text<'a> {
        Text {
            text,
            size,
            weight,
            fill,
            anchor: Anchor::Start,
        }
    }

    pub fn anchor(self, anchor: Anchor) -> Text<'a> {
        Text { anchor, ..self }
    }
}

/// The SVG document being written.
pub struct Svg {
    out: String,
    /// A chart image's size, title and description, written in its opening tag when finished
    /// (its height may be known only then); `None`: a link preview.
    chart: Option<ChartHead>,
}

struct ChartHead {
    width: u32,
    title: String,
    description: String,
}

/// A chart image's text falls back to the reader's sans-serif where DejaVu Sans is missing.
const CHART_FAMILY: &str = "DejaVu Sans, sans-serif";

impl Svg {
    /// A white [`WIDTH`] x [`HEIGHT`] canvas, every text in [`FAMILY`].
    pub fn new() -> Svg {
        let mut out = String::with_capacity(8 * 1024);
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
             viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\">\
             <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>"
        );
        Svg { out, chart: None }
    }

    /// A chart image `width` wide, its height given when finished ([`Svg::finish_chart`]):
    /// titled and described for assistive technology, its text in [`FAMILY`] or else any
    /// sans-serif.
    pub fn chart(width: u32, title: &str, description: &str) -> Svg {
        Svg {
            out: String::with_capacity(16 * 1024),
            chart: Some(ChartHead {
                width,
                title: one_line(title).into_owned(),
                description: one_line(description).into_owned(),
            }),
        }
    }

    /// The chart image `height` high.
    pub fn finish_chart(self, height: u32) -> String {
        let Some(head) = self.chart else {
            return self.finish();
        };
        let width = head.width;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" font-family=\"{CHART_FAMILY}\" role=\"img\" \
             aria-labelledby=\"chart-title chart-description\" xml:lang=\"en\">\
             <title id=\"chart-title\">{}</title><desc id=\"chart-description\">{}</desc>\
             <rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>{}</svg>",
            escape_xml(&head.title),
            escape_xml(&head.description),
            self.out
        )
    }

    /// A filled rectangle; `rx` rounds its corners.
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, fill: &str, rx: f32) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\"/>",
            n(x),
            n(y),
            n(width.max(0.0)),
            n(height.max(0.0)),
            n(rx),
            escape_xml(fill)
        );
    }

    /// A filled rectangle with an outline `stroke` wide, inside its bounds; dashed or solid.
    #[allow(clippy::too_many_arguments)]
    pub fn outlined_rect(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: &str,
        rx: f32,
        stroke: &str,
        stroke_width: f32,
        dashed: bool,
    ) {
        let half = stroke_width / 2.0;
        let dash = if dashed {
            format!(
                " stroke-dasharray=\"{} {}\"",
                n(stroke_width * 3.0),
                n(stroke_width * 2.0)
            )
        } else {
            String::new()
        };
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\" stroke=\"{}\" \
             stroke-width=\"{}\"{dash}/>",
            n(x + half),
            n(y + half),
            n((width - stroke_width).max(0.0)),
            n((height - stroke_width).max(0.0)),
            n(rx),
            escape_xml(fill),
            escape_xml(stroke),
            n(stroke_width)
        );
    }

    /// A horizontal line.
    pub fn line(&mut self, x1: f32, x2: f32, y: f32, stroke: &str, width: f32) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            n(x1),
            n(y),
            n(x2 - x1),
            n(width),
            escape_xml(stroke)
        );
    }

    /// One line of text, its baseline at `y`.
    pub fn text(&mut self, x: f32, y: f32, text: &Text) {
        let anchor = match text.anchor {
            Anchor::Start => "",
            Anchor::Middle => " text-anchor=\"middle\"",
            Anchor::End => " text-anchor=\"end\"",
        };
        let weight = match text.weight {
            Weight::Regular => "",
            Weight::Bold => " font-weight=\"bold\"",
        };
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight}{anchor} fill=\"{}\">{}</text>",
            n(x),
            n(y),
            n(text.size),
            escape_xml(text.fill),
            escape_xml(&one_line(text.text))
        );
    }

    /// What `other` draws, drawn after what this one has.
    pub fn append(&mut self, other: Svg) {
        self.out.push_str(&other.out);
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// `text` on one line: tabs and line breaks as spaces (SVG would drop a line break).
fn one_line(text: &str) -> Cow<'_, str> {
    if text.contains(['\t', '\n', '\r']) {
        Cow::Owned(text.replace(['\t', '\n', '\r'], " "))
    } else {
        Cow::Borrowed(text)
    }
}

/// A coordinate as SVG writes it: at most one decimal.
fn n(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// The size at which `text` fits `max_width`, from `size` down to `min_size`; where it does not
/// fit even then, the text cut at a word (or a character) with "…" at `min_size`.
pub fn fit(
    m: &dyn Measure,
    text: &str,
    max_width: f32,
    size: f32,
    min_size: f32,
    weight: Weight,
) -> (String, f32) {
    let mut s = size;
    while s > min_size && m.width(text, s, weight) > max_width {
        s -= 1.0;
    }
    let s = s.max(min_size);
    if m.width(text, s, weight) <= max_width {
        return (text.to_owned(), s);
    }
    (shorten(m, text, max_width, s, weight), s)
}

/// `text` cut so that it and "…" fit `max_width`: at a word where one fits, else at a character.
pub fn shorten(m: &dyn Measure, text: &str, max_width: f32, size: f32, weight: Weight) -> String {
    let fits = |candidate: &str| m.width(&format!("{candidate}…"), size, weight) <= max_width;
    let words: Vec<&str> = text.split(' ').collect();
    for end in (1..words.len()).rev() {
        let candidate = words[..end].join(" ");
        let candidate = candidate.trim_end_matches([',', ';', ':', ' ']);
        if fits(candidate) {
            return format!("{candidate}…");
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for end in (0..chars.len()).rev() {
        let candidate: String = chars[..end].iter().collect();
        if fits(&candidate) {
            return format!("{}…", candidate.trim_end());
        }
    }
    "…".to_owned()
}

/// `text` in lines of at most `max_width`, broken between words; at most `max_lines`, the last
/// shortened with "…" where the text is longer.
pub fn wrap(
    m: &dyn Measure,
    text: &str,
    max_width: f32,
    size: f32,
    weight: Weight,
    max_lines: usize,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || m.width(&candidate, size, weight) <= max_width {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_owned()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines.max(1) {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(shorten(m, &rest, max_width, size, weight));
    }
    if let Some(last) = lines.last_mut()
        && m.width(last, size, weight) > max_width
    {
        *last = shorten(m, last, max_width, size, weight);
    }
    lines
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every character 0.6 of the size wide (bold 0.7): the layout without the fonts.
    pub struct Fixed;

    impl Measure for Fixed {
        fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
            let per = if weight == Weight::Bold { 0.7 } else { 0.6 };
            text.chars().count() as f32 * size * per
        }
    }

    #[test]
    fn text_is_escaped_for_xml_on_one_line() {
        let mut svg = Svg::new();
        svg.text(
            1.0,
            2.0,
            &Text::new("Bedfordshire & <Luton>", 10.0, Weight::Bold, "#000"),
        );
        svg.text(
            1.0,
            2.0,
            &Text::new("a\u{0}b\u{1b}c\td\ne", 10.0, Weight::Bold, "#000"),
        );
        let out = svg.finish();
        assert!(out.contains(">Bedfordshire &amp; &lt;Luton&gt;</text>"), "{out}");
        assert!(out.contains(">abc d e</text>"), "{out}");
    }

    #[test]
    fn text_shrinks_then_is_shortened_to_fit() {
        // 10 characters at 20 px are 120 px wide.
        assert_eq!(
            fit(&Fixed, "abcdefghij", 200.0, 20.0, 12.0, Weight::Regular),
            ("abcdefghij".to_owned(), 20.0)
        );
        assert_eq!(
            fit(&Fixed, "abcdefghij", 96.0, 20.0, 12.0, Weight::Regular).1,
            16.0
        );
        let (text, size) = fit(
            &Fixed,
            "one two three four five",
            60.0,
            10.0,
            10.0,
            Weight::Regular,
        );
        assert_eq!((text.as_str(), size), ("one two…", 10.0));
        assert!(Fixed.width(&text, size, Weight::Regular) <= 60.0);
    }

    #[test]
    fn text_wraps_between_words() {
        let lines = wrap(&Fixed, "Requires improvement", 80.0, 10.0, Weight::Regular, 2);
        assert_eq!(lines, ["Requires", "improvement"]);
        let lines = wrap(
            &Fixed,
            "a bb ccc dddd eeeee ffffff",
            30.0,
            10.0,
            Weight::Regular,
            2,
        );
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| Fixed.width(l, 10.0, Weight::Regular) <= 30.0),
            "{lines:?}"
        );
    }
}
