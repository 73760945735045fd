//! The stylesheet's blocks close where they should. A missing `}` is not an error to a browser:
//! with CSS nesting, every rule after it silently becomes a rule *inside* the unclosed one and
//! stops applying (a merge once left `legend {` open and undid half the staff pages' styles).
//! The portal's stylesheet does not nest rules, so a rule block may sit only at the top level or
//! directly inside an at-rule (`@media`, `@supports`).

/// The stylesheet without its comments.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Each problem found: a rule opened inside another rule, a `}` with nothing open, or a block
/// left open at the end; with the line it is on.
fn nesting_problems(css: &str) -> Vec<String> {
    let css = without_comments(css);
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut header = String::new();
    let mut problems = Vec::new();
    for (index, line) in css.lines().enumerate() {
        for ch in line.chars() {
            match ch {
                '{' => {
                    let selector = header.trim().to_string();
                    if let Some((parent, _)) = open.last() {
                        if !parent.starts_with('@') {
                            problems.push(format!(
                                "line {}: `{selector}` is inside `{parent}`",
                                index + 1
                            ));
                        }
                    }
                    open.push((selector, index + 1));
                    header.clear();
                }
                '}' => {
                    if open.pop().is_none() {
                        problems.push(format!("line {}: `}}` closes nothing", index + 1));
                    }
                    header.clear();
                }
                ';' => header.clear(),
                _ => header.push(ch),
            }
        }
        header.push(' ');
    }
    problems.extend(
        open.into_iter()
            .map(|(selector, line)| format!("line {line}: `{selector}` is never closed")),
    );
    problems
}

#[test]
fn every_rule_is_closed_before_the_next_begins() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/portal.css");
    let css = std::fs::read_to_string(path).expect("the stylesheet");
    assert_eq!(nesting_problems(&css), Vec::<String>::new());
}

#[test]
fn an_unclosed_rule_is_found() {
    let css = "legend {\n  font-weight: 600;\n/* a comment { */\n.schedule-form fieldset {\n  border: 0;\n}\n";
    assert_eq!(
        nesting_problems(css),
        vec![
            "line 4: `.schedule-form fieldset` is inside `legend`".to_string(),
            "line 1: `legend` is never closed".to_string(),
        ]
    );
    assert!(nesting_problems("@media print {\n  a { color: black; }\n}\n").is_empty());
}
