//! Spec prose -> doc comment text that rustdoc renders as written and never compiles.
//!
//! Descriptions are CommonMark written for people, not for rustdoc: fenced code becomes `text`
//! blocks (so it is not run as a doctest), indentation that would start an indented code block
//! is reduced, brackets that would be taken for intra-doc links and `<...>` that would be taken
//! for HTML are escaped, and bare URLs become autolinks.

use crate::model::Docs;

/// Builds docs from optional texts (e.g. summary, then description), skipping repeats.
pub fn docs_from(texts: &[Option<&str>]) -> Docs {
    let mut paragraphs: Vec<String> = Vec::new();
    for text in texts.iter().flatten() {
        let cleaned = clean(text);
        if !cleaned.is_empty() && !paragraphs.iter().any(|p| p == &cleaned) {
            paragraphs.push(cleaned);
        }
    }
    Docs { paragraphs }
}

impl Docs {
    pub fn push(&mut self, text: &str) {
        let cleaned = clean(text);
        if !cleaned.is_empty() && !self.paragraphs.contains(&cleaned) {
            self.paragraphs.push(cleaned);
        }
    }
}

/// Cleans one text for rustdoc.
pub fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().collect();
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    let mut in_fence = false;
    for line in lines {
        let line = if line.len() >= indent && line.is_char_boundary(indent) { &line[indent..] } else { line.trim_start() };
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push("```".to_string());
            } else {
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.trim_end().to_string());
            continue;
        }
        let leading = line.len() - trimmed.len();
        let kept = " ".repeat(leading.min(3));
        out.push(format!("{kept}{}", escape_inline(trimmed.trim_end())));
    }
    if in_fence {
        out.push("```".to_string());
    }
    // Collapse runs of blank lines and trim the ends.
    let mut collapsed: Vec<String> = Vec::new();
    for line in out {
        if line.is_empty() && collapsed.last().map(|l: &String| l.is_empty()).unwrap_or(true) {
            continue;
        }
        collapsed.push(line);
    }
    while collapsed.last().map(|l| l.is_empty()).unwrap_or(false) {
        collapsed.pop();
    }
    collapsed.join("\n")
}

/// Escapes what rustdoc would misread on one line, outside code spans.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '`' {
            // Copy a code span through its closing backtick(s) unchanged.
            let run = chars[index..].iter().take_while(|&&ch| ch == '`').count();
            let ticks: String = "`".repeat(run);
            let rest: String = chars[index + run..].iter().collect();
            if let Some(end) = rest.find(&ticks) {
                let span: String = chars[index..index + run + rest[..end].chars().count() + run].iter().collect();
                out.push_str(&span);
                index += span.chars().count();
                continue;
            }
            out.push_str(&ticks);
            index += run;
            continue;
        }
        if c == '[' {
            if let Some(close) = chars[index..].iter().position(|&ch| ch == ']') {
                let after = chars.get(index + close + 1).copied();
                if after == Some('(') {
                    // A Markdown link: keep it.
                    out.push('[');
                    index += 1;
                    continue;
                }
            }
            out.push_str("\\[");
            index += 1;
            continue;
        }
        if c == ']' {
            let after = chars.get(index + 1).copied();
            if after == Some('(') {
                out.push(']');
            } else {
                out.push_str("\\]");
            }
            index += 1;
            continue;
        }
        if c == '<' || c == '>' {
            out.push('\\');
            out.push(c);
            index += 1;
            continue;
        }
        if c == 'h' {
            let rest: String = chars[index..].iter().collect();
            if rest.starts_with("http://") || rest.starts_with("https://") {
                let previous = if index > 0 { Some(chars[index - 1]) } else { None };
                let url_len = rest.find(|ch: char| ch.is_whitespace() || matches!(ch, ')' | '>' | '"' | '\'' | '`')).unwrap_or(rest.len());
                let url = rest[..url_len].trim_end_matches(['.', ',', ';', ':']);
                if previous != Some('(') && !url.is_empty() {
                    out.push('<');
                    out.push_str(url);
                    out.push('>');
                    index += url.chars().count();
                    continue;
                }
            }
        }
        out.push(c);
        index += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_become_text_and_indentation_is_capped() {
        let text = "Intro\n\n    indented code\n```json\n{\"a\": 1}\n```";
        assert_eq!(clean(text), "Intro\n\n   indented code\n```text\n{\"a\": 1}\n```");
    }

    #[test]
    fn brackets_html_and_urls_are_escaped() {
        assert_eq!(clean("see [docs](https://x.io) and [note]"), "see [docs](https://x.io) and \\[note\\]");
        assert_eq!(clean("a <b> c `<kept>`"), "a \\<b\\> c `<kept>`");
        assert_eq!(clean("visit https://example.com/a."), "visit <https://example.com/a>.");
    }

    #[test]
    fn docs_skip_repeated_texts() {
        let docs = docs_from(&[Some("Same"), Some("Same"), None, Some("Other")]);
        assert_eq!(docs.paragraphs, vec!["Same".to_string(), "Other".to_string()]);
    }
}
