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

/// Escapes what rustdoc would misread on one line, outside code spans. Linear in the line's
/// length (descriptions can be a megabyte on one line): where each code span and bracket ends
/// is found in one pass first.
fn escape_inline(line: &str) -> String {
    // Most lines have nothing to escape: every character below would be copied as it is.
    if !line.contains(['`', '[', ']', '<', '>']) && !line.contains("http://") && !line.contains("https://") {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    // Backtick runs (start, length), and for each the next run of the same length (a code
    // span runs from one to the next, as CommonMark has it).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if chars[index] == '`' {
            let length = chars[index..].iter().take_while(|&&ch| ch == '`').count();
            runs.push((index, length));
            index += length;
        } else {
            index += 1;
        }
    }
    let mut closing_run: Vec<Option<usize>> = vec![None; runs.len()];
    let mut next_of_length: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (run, (_, length)) in runs.iter().enumerate().rev() {
        closing_run[run] = next_of_length.get(length).copied();
        next_of_length.insert(*length, run);
    }
    let run_at: std::collections::HashMap<usize, usize> = runs.iter().enumerate().map(|(run, (start, _))| (*start, run)).collect();
    // For each position, where the next `]` is.
    let mut next_close = vec![None; chars.len() + 1];
    for position in (0..chars.len()).rev() {
        next_close[position] = if chars[position] == ']' { Some(position) } else { next_close[position + 1] };
    }
    let starts_with = |at: usize, prefix: &str| prefix.chars().enumerate().all(|(offset, expected)| chars.get(at + offset) == Some(&expected));
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '`' {
            let run = run_at.get(&index).copied().unwrap_or_default();
            let (_, length) = runs[run];
            match closing_run[run] {
                // Copy a code span through its closing backticks unchanged.
                Some(closing) => {
                    let (end, end_length) = runs[closing];
                    out.extend(&chars[index..end + end_length]);
                    index = end + end_length;
                }
                None => {
                    out.extend(&chars[index..index + length]);
                    index += length;
                }
            }
            continue;
        }
        if c == '[' {
            if let Some(close) = next_close[index] {
                if chars.get(close + 1) == Some(&'(') {
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
        if c == 'h' && (starts_with(index, "http://") || starts_with(index, "https://")) {
            let previous = if index > 0 { Some(chars[index - 1]) } else { None };
            let url_len = chars[index..].iter().position(|&ch| ch.is_whitespace() || matches!(ch, ')' | '>' | '"' | '\'' | '`')).unwrap_or(chars.len() - index);
            let url: String = chars[index..index + url_len].iter().collect();
            let url = url.trim_end_matches(['.', ',', ';', ':']);
            if previous != Some('(') && !url.is_empty() {
                out.push('<');
                out.push_str(url);
                out.push('>');
                index += url.chars().count();
                continue;
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
    fn lines_without_anything_to_escape_are_kept() {
        for line in ["plain words, 100% (and more)", "a * b _c_ #1 | x", "http: not a link", "żółw ünïcode"] {
            assert_eq!(escape_inline(line), line);
        }
        assert_eq!(escape_inline("see https://x.io"), "see <https://x.io>");
        assert_eq!(escape_inline("see http://x.io"), "see <http://x.io>");
    }

    #[test]
    fn code_spans_close_on_a_run_of_the_same_length() {
        assert_eq!(clean("a `x<y` b ``c`d`` e"), "a `x<y` b ``c`d`` e");
        assert_eq!(clean("`a``b` <c>"), "`a``b` \\<c\\>");
        assert_eq!(clean("unclosed ` <x>"), "unclosed ` \\<x\\>");
    }

    #[test]
    fn a_megabyte_on_one_line_takes_linear_time() {
        let line = "`kod` [x] <b> https://a.io/x ".repeat(40_000);
        let started = std::time::Instant::now();
        let cleaned = clean(&line);
        assert!(cleaned.len() > line.len());
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    }

    #[test]
    fn docs_skip_repeated_texts() {
        let docs = docs_from(&[Some("Same"), Some("Same"), None, Some("Other")]);
        assert_eq!(docs.paragraphs, vec!["Same".to_string(), "Other".to_string()]);
    }
}
