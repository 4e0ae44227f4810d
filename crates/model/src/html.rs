//! The one escaping of text for markup ([`escape`] for HTML, [`escape_xml`] for XML such as the
//! link-preview SVGs), and report text as ready-made HTML, so the browser app can show a long run
//! of paragraphs as one block that hydration skips instead of walking every node of it
//! (docs/performance.md).
//!
//! Report text comes from outside (published pages, and any file a server sends), so it is
//! never inserted as it is: every piece of text and every attribute value passes through
//! [`escape`], and nothing else is written here but fixed markup.

/// `text` escaped for HTML text and for quoted attribute values: `&`, `<`, `>`, `"` and `'`
/// become character references; everything else is kept.
pub fn escape(text: &str) -> String {
    escape_keeping(text, |_| true)
}

/// `text` escaped for XML 1.0 text and quoted attribute values: as [`escape`], with control
/// characters other than tab, line feed and carriage return (most of which XML cannot hold, the
/// rest it discourages) and the non-characters U+FFFE and U+FFFF left out, so that no text from
/// the data makes a document unreadable.
pub fn escape_xml(text: &str) -> String {
    escape_keeping(text, |c| {
        let unfit =
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
        !unfit
    })
}

/// `text` with the markup characters as character references and only the other characters
/// `keep` accepts.
fn escape_keeping(text: &str, keep: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if keep(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Which kind of linkable block: report paragraphs or the items of a bulleted list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linked {
    /// `<p id="<prefix>-p<n>">`, "Link to paragraph <n>".
    Paragraph,
    /// `<li id="<prefix>-b<n>">`, "Link to item <n>".
    Item,
}

/// Each text as a linkable block with a stable id (`hmi-observations-p3`) and a link to itself,
/// numbered from 1 in the order given: the markup the app's `LinkedParagraphs` and
/// `LinkedList` show.
pub fn linked_blocks(prefix: &str, texts: &[String], kind: Linked) -> String {
    let (tag, letter, noun) = match kind {
        Linked::Paragraph => ("p", 'p', "paragraph"),
        Linked::Item => ("li", 'b', "item"),
    };
    let prefix = escape(prefix);
    let mut html = String::with_capacity(texts.iter().map(|t| t.len() + 160).sum());
    for (i, text) in texts.iter().enumerate() {
        let n = i + 1;
        html.push_str(&format!(
            "<{tag} id=\"{prefix}-{letter}{n}\" class=\"linked\">{} \
             <a class=\"linked__anchor\" href=\"#{prefix}-{letter}{n}\" target=\"_self\" \
             aria-label=\"Link to {noun} {n}\">¶</a></{tag}>",
            escape(text)
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_and_nothing_else() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape("Zoë’s £5 – ¶"), "Zoë’s £5 – ¶");
        assert_eq!(
            escape("&amp;"),
            "&amp;amp;",
            "references in the text are text too"
        );
        assert_eq!(escape(""), "");
    }

    #[test]
    fn xml_loses_only_what_xml_cannot_hold() {
        assert_eq!(
            escape_xml("Avon & Somerset <b>\"x\" 'y'</b>"),
            "Avon &amp; Somerset &lt;b&gt;&quot;x&quot; &#39;y&#39;&lt;/b&gt;"
        );
        assert_eq!(escape_xml("a\u{0}b\u{1b}c\u{7f}d\u{FFFE}\u{FFFF}e"), "abcde");
        assert_eq!(escape_xml("a\tb\nc\r"), "a\tb\nc\r");
        assert_eq!(escape_xml("Zoë’s £5 – ¶"), "Zoë’s £5 – ¶");
    }

    #[test]
    fn escaped_text_holds_no_markup() {
        let hostile = "<img src=x onerror=\"alert(1)\"><a href='javascript:x'>y</a>\"'&";
        let escaped = escape(hostile);
        for c in ['<', '>', '"', '\''] {
            assert!(!escaped.contains(c), "{c} in {escaped}");
        }
        // Every `&` starts one of the references written here.
        let rest = escaped
            .replace("&amp;", "")
            .replace("&lt;", "")
            .replace("&gt;", "")
            .replace("&quot;", "")
            .replace("&#39;", "");
        assert!(!rest.contains('&'));
    }

    #[test]
    fn paragraphs_are_numbered_and_link_to_themselves() {
        let html = linked_blocks(
            "force-area",
            &["One.".to_owned(), "Two <b>bold</b>.".to_owned()],
            Linked::Paragraph,
        );
        assert_eq!(
            html,
            "<p id=\"force-area-p1\" class=\"linked\">One. <a class=\"linked__anchor\" \
             href=\"#force-area-p1\" target=\"_self\" aria-label=\"Link to paragraph 1\">¶</a></p>\
             <p id=\"force-area-p2\" class=\"linked\">Two &lt;b&gt;bold&lt;/b&gt;. <a \
             class=\"linked__anchor\" href=\"#force-area-p2\" target=\"_self\" aria-label=\"Link \
             to paragraph 2\">¶</a></p>"
        );
    }

    #[test]
    fn list_items_and_prefixes() {
        let html = linked_blocks("a\"b", &["x".to_owned()], Linked::Item);
        assert!(
            html.starts_with("<li id=\"a&quot;b-b1\" class=\"linked\">x "),
            "{html}"
        );
        assert!(html.contains("aria-label=\"Link to item 1\""));
        assert!(html.ends_with("</li>"));
        assert_eq!(linked_blocks("x", &[], Linked::Item), "");
    }
}
