//! The rule of a static block, checked on the app's source: what is inside one is not run when
//! the app hydrates a prerendered page, so it may hold no event handler, no property, directive
//! or node binding, and no reactive value; they would silently do nothing.
//!
//! The blocks are every `<StaticContent …/>` of `src/` and every block a `hydrating()` test
//! adopts (the round table's `<tbody>`s); inside them, every component and function of `src/`
//! they render or call is read too, transitively. The source is read as Rust tokens, which is
//! what the `view!` macro sees.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// Reactive primitives: made or named inside a static block, they would never update it.
const REACTIVE: &[&str] = &[
    "signal",
    "arc_signal",
    "RwSignal",
    "ReadSignal",
    "WriteSignal",
    "ArcRwSignal",
    "ArcReadSignal",
    "ArcWriteSignal",
    "Signal",
    "ArcSignal",
    "Memo",
    "ArcMemo",
    "Effect",
    "RenderEffect",
    "Resource",
    "LocalResource",
    "Action",
    "Trigger",
    "ArcTrigger",
];

/// Methods that read or write a signal (`get` and `read` only without arguments, as a
/// collection's `get(i)` takes one).
const SIGNAL_METHODS: &[&str] = &[
    "get_untracked",
    "with",
    "with_untracked",
    "read_untracked",
    "track",
    "set",
    "update",
    "try_get",
    "try_set",
];

/// View attributes that only the app's code applies (`on:click`, `prop:value`, `use:x`): the
/// prerendered HTML does not carry them.
const CODE_ONLY_ATTRIBUTES: &[&str] = &["on", "prop", "use"];

/// Every `fn` of the sources by name, with its file and body; tests left out.
type Definitions = BTreeMap<String, Vec<(String, TokenStream)>>;

/// The functions that make the rule itself: a static block may use them.
const THE_RULE_ITSELF: &[&str] = &["StaticContent", "hydrating", "while_hydrating"];

/// What the check found.
pub struct Check {
    /// What breaks the rule, one line each, naming the block and the component or function the
    /// fault is in; empty when every static block keeps it.
    pub faults: Vec<String>,
    /// The components and functions of the sources that the blocks render or call,
    /// transitively (to show the check reaches into them).
    pub reached: BTreeSet<String>,
}

/// Checks every static block of `sources` (path, text).
pub fn check(sources: &[(String, String)]) -> Check {
    let mut definitions = Definitions::new();
    let mut blocks = Vec::new();
    for (file, text) in sources {
        let tokens: TokenStream = text
            .parse()
            .unwrap_or_else(|e| panic!("{file} is not Rust tokens: {e:?}"));
        collect_definitions(file, tokens.clone(), &mut definitions);
        collect_static_blocks(file, tokens, &mut blocks);
    }
    let mut check = Check {
        faults: Vec::new(),
        reached: BTreeSet::new(),
    };
    for (place, block) in blocks {
        let mut seen = BTreeSet::new();
        let mut queue = vec![(format!("the static block at {place}"), block)];
        while let Some((within, tokens)) = queue.pop() {
            let mut called = BTreeSet::new();
            faults(tokens, &mut called, &mut |fault| {
                check.faults.push(format!("{within}: {fault}"))
            });
            for name in called {
                if THE_RULE_ITSELF.contains(&name.as_str()) {
                    continue;
                }
                for (file, body) in definitions.get(&name).into_iter().flatten() {
                    if seen.insert((name.clone(), file.clone())) {
                        check.reached.insert(name.clone());
                        queue.push((
                            format!("{name} ({file}), inside the static block at {place}"),
                            body.clone(),
                        ));
                    }
                }
            }
        }
    }
    check
}

/// Records `fn name … { body }` items, leaving out `mod tests`.
fn collect_definitions(file: &str, tokens: TokenStream, definitions: &mut Definitions) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(keyword) if keyword == "mod" && is_ident(tokens.get(i + 1), "tests") => {
                i += 3;
                continue;
            }
            TokenTree::Ident(keyword) if keyword == "fn" => {
                if let Some(TokenTree::Ident(name)) = tokens.get(i + 1) {
                    // The body is the first brace group after the name (argument lists,
                    // return types and where clauses hold none).
                    let body = tokens[i + 2..].iter().find_map(|t| match t {
                        TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => Some(g.stream()),
                        _ => None,
                    });
                    if let Some(body) = body {
                        definitions
                            .entry(name.to_string())
                            .or_default()
                            .push((file.to_owned(), body.clone()));
                        collect_definitions(file, body, definitions);
                    }
                }
            }
            TokenTree::Group(group) => collect_definitions(file, group.stream(), definitions),
            _ => {}
        }
        i += 1;
    }
}

/// Finds every `<StaticContent …/>` (its attributes, the content among them) and the innermost
/// brace block around every `hydrating()` call, with where each is (`file:line`).
fn collect_static_blocks(file: &str, tokens: TokenStream, blocks: &mut Vec<(String, TokenStream)>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Punct(p) if p.as_char() == '<' && is_ident(tokens.get(i + 1), "StaticContent") => {
                let line = tokens[i + 1].span().start().line;
                let attributes: TokenStream = tokens[i + 2..]
                    .iter()
                    .zip(tokens[i + 3..].iter().map(Some).chain([None]))
                    .take_while(|(t, next)| !(is_punct(Some(t), '/') && is_punct(*next, '>')))
                    .map(|(t, _)| t.clone())
                    .collect();
                blocks.push((format!("{file}:{line}"), attributes));
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                let adopts = inner.windows(2).enumerate().any(|(j, pair)| {
                    is_ident(Some(&pair[0]), "hydrating")
                        && matches!(&pair[1], TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis && g.stream().is_empty())
                        && !(j > 0 && is_ident(inner.get(j - 1), "fn"))
                });
                if adopts && group.delimiter() == Delimiter::Brace {
                    let line = group.span().start().line;
                    blocks.push((format!("{file}:{line}"), group.stream()));
                }
                collect_static_blocks(file, group.stream(), blocks);
            }
            _ => {}
        }
    }
}

/// Reports each fault of `tokens` (groups included) and adds to `called` the components
/// (`<Name`) and free functions (`name(…)`) they use.
fn faults(tokens: TokenStream, called: &mut BTreeSet<String>, report: &mut dyn FnMut(String)) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|b| tokens.get(b));
        let next = tokens.get(i + 1);
        match token {
            TokenTree::Group(group) => faults(group.stream(), called, report),
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                let after_dot = is_punct(before, '.');
                let after_path = is_punct(before, ':');
                let args = match next {
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => Some(g.stream()),
                    _ => None,
                };
                if CODE_ONLY_ATTRIBUTES.contains(&name.as_str())
                    && matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Alone)
                    && !after_path
                    && let Some(TokenTree::Ident(what)) = tokens.get(i + 2)
                {
                    report(format!(
                        "`{name}:{what}`, which the prerendered HTML does not carry"
                    ));
                } else if name == "node_ref" {
                    report("a `node_ref`, which is never bound to the adopted HTML".to_owned());
                } else if REACTIVE.contains(&name.as_str()) {
                    report(format!(
                        "`{name}`, a reactive value that would never update the block"
                    ));
                } else if after_dot
                    && (SIGNAL_METHODS.contains(&name.as_str())
                        || (matches!(name.as_str(), "get" | "read")
                            && args.as_ref().is_some_and(TokenStream::is_empty)))
                    && args.is_some()
                {
                    report(format!(
                        "`.{name}(…)` on a signal, which would never update the block"
                    ));
                } else if (is_punct(before, '<') && name.starts_with(char::is_uppercase))
                    || (args.is_some() && !after_dot && !after_path)
                {
                    // A component (`<Name`) or a free function (`name(…)`).
                    called.insert(name);
                }
            }
            _ => {}
        }
    }
}

fn is_ident(token: Option<&TokenTree>, name: &str) -> bool {
    matches!(token, Some(TokenTree::Ident(ident)) if ident == name)
}

fn is_punct(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// Every `.rs` file under `dir`, as (path from the crate's folder, text).
fn rust_files(dir: &Path, crate_dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, crate_dir, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            let name = path
                .strip_prefix(crate_dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            out.push((name, text));
        }
    }
}

fn app_sources() -> Vec<(String, String)> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    rust_files(&crate_dir.join("src"), crate_dir, &mut sources);
    sources
}

#[test]
fn no_static_block_of_the_app_holds_a_handler_or_a_reactive_value() {
    let Check { faults, reached } = check(&app_sources());
    assert!(
        faults.is_empty(),
        "static blocks breaking their rule:\n{}",
        faults.join("\n")
    );
    // The check reaches into what the blocks render (else it would pass by seeing nothing).
    for component in [
        "TileMap",
        "GradeHistory",
        "KeyFactsComparison",
        "GradeTag",
        "TableRow",
        "Judgements",
    ] {
        assert!(
            reached.contains(component),
            "{component} not reached: {reached:?}"
        );
    }
}

#[test]
fn a_handler_or_a_signal_inside_a_static_block_is_caught() {
    let page = r#"
        #[component]
        pub fn Page(items: Vec<String>) -> impl IntoView {
            view! {
                <StaticContent content=move || view! {
                    <ul>{items.into_iter().map(|item| view! { <Item item/> }).collect_view()}</ul>
                }/>
                <button on:click=move |_| ()>"Outside: allowed"</button>
            }
        }
    "#;
    let item = r#"
        #[component]
        pub fn Item(item: String) -> impl IntoView {
            let shown = RwSignal::new(true);
            view! { <li><Label text=item/><span>{move || shown.get().then_some("shown")}</span></li> }
        }

        #[component]
        fn Label(text: String) -> impl IntoView {
            view! { <b on:click=move |_| tell(&text)>{text.clone()}</b> }
        }

        fn tell(text: &str) {
            leptos::logging::log!("{}", format_label(text));
        }

        fn format_label(text: &str) -> String {
            let count = RwSignal::new(0);
            count.update(|n| *n += 1);
            text.to_owned()
        }
    "#;
    let table = r#"
        fn Rows(rows: Vec<Row>) -> impl IntoView {
            rows.into_iter().map(|row| {
                if hydrating() {
                    return Either::Left(view! { <tbody inner_html=String::new()></tbody> });
                }
                Either::Right(view! { <tbody><tr><td prop:title=row.name>{row.name}</td></tr></tbody> })
            }).collect_view()
        }
    "#;
    let sources = [
        ("src/page.rs".to_owned(), page.to_owned()),
        ("src/item.rs".to_owned(), item.to_owned()),
        ("src/table.rs".to_owned(), table.to_owned()),
    ];
    let found = check(&sources).faults;
    let has = |what: &str, fault: &str| found.iter().any(|f| f.starts_with(what) && f.contains(fault));
    assert!(
        has(
            "Item (src/item.rs), inside the static block at src/page.rs:5",
            "`RwSignal`"
        ),
        "{found:#?}"
    );
    assert!(has("Item (src/item.rs)", "`.get(…)`"), "{found:#?}");
    assert!(has("Label (src/item.rs)", "`on:click`"), "{found:#?}");
    assert!(has("format_label (src/item.rs)", "`.update(…)`"), "{found:#?}");
    assert!(
        has("the static block at src/table.rs:3", "`prop:title`"),
        "{found:#?}"
    );
    assert!(!found.iter().any(|f| f.contains("Outside")), "{found:#?}");
    assert_eq!(found.len(), 6, "{found:#?}");
}
