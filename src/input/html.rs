//! An HTML page or pasted HTML as plain article text, paragraphs kept.
//!
//! The HTML itself is parsed elsewhere: by the browser's own parser (`DOMParser`, see
//! `io::html`) in the page, by `scraper` in the native tests. Both hand the parsed tree
//! over through [`HtmlNode`], and the rules here decide what of it is read and how:
//!
//! - **Never read**: `script`, `style`, `noscript`, `noframes`, `template`, `head` (only
//!   its `<title>` and `og:title` are looked at, for [`Article::title`]), `svg`, `math`,
//!   `canvas`, `iframe`, `object`, `embed`, `video`, `audio`, `button`, `input`,
//!   `select`, `textarea`; elements with the `hidden` attribute (except
//!   `hidden="until-found"`, which is findable content), `aria-hidden="true"`, or an
//!   inline `display: none`. A `form` is not read either, unless it wraps the page (old
//!   ASP.NET pages put the whole body in one): it holds an `article`, `main` or `h1`, or
//!   500 characters of text or more. Attributes are never read as text (no URLs, no
//!   event handlers, no `alt`), comments neither; text comes decoded by the parser, so
//!   `&lt;script&gt;` is the text `<script>`. The result is plain text, never HTML.
//! - **Page chrome**, left out of a whole page ([`article`]) but kept in a fragment
//!   ([`fragment_text`]): `nav`, `aside`, `dialog`, `search`, `footer`, `header` (except
//!   inside an `article` or `main`, where it holds the headline and byline), and
//!   elements whose `role` is `navigation`, `banner`, `contentinfo`, `complementary`,
//!   `search`, `dialog` or `alertdialog`.
//! - **Main content** of a page: the `article` (or `[role=article]`) with the most text,
//!   if it holds at least a tenth of the page's readable text (so that a teaser card
//!   is not taken for the story); else the `main` (or `[role=main]`) with the most
//!   text; else `body`; else the whole document.
//! - **Paragraphs**: block elements (`p`, `div`, `section`, `article`, `h1`–`h6`, `li`,
//!   `blockquote`, `pre`, `table`, `tr`, `dd`, `dt`, `figcaption`, `address`, lists,
//!   `figure`, `hr`, … see [`BLOCKS`]) end the paragraph before them and the one inside
//!   them; paragraphs are joined by a blank line (`"\n\n"`). Table cells (`td`, `th`)
//!   are separated by a space. List items become plain paragraphs, without a bullet or
//!   number (as the browser's own plain-text copy has them), so that a list compares
//!   with its pasted text.
//! - **Spacing**: inside a paragraph every run of white space (any Unicode white space,
//!   no-break spaces included) is one space; `<br>` is a line break (`"\n"`) within
//!   the paragraph, and two or more `<br>` in a row end the paragraph. Inside `pre`
//!   (and `listing`, `xmp`, `plaintext`) the text's own lines and spacing are kept,
//!   trailing spaces cut, and a blank line there ends the paragraph. Each paragraph is
//!   trimmed; there are no empty paragraphs, and no white space before the first or
//!   after the last.
//! - Other characters, BiDi controls included, are kept as they are.
//!
//! The tree is walked with an explicit stack, never by recursion, so a page nested
//! arbitrarily deep cannot overflow the stack; every rule is linear in the page's size.

/// A node of a parsed HTML tree, as the extraction rules see it.
///
/// Implemented for the browser's `web_sys::Node` (`io::html`) and, in the tests, for
/// `scraper`'s tree. A node is a cheap handle (cloning it clones a reference).
pub trait HtmlNode: Sized + Clone {
    /// The tag name of an element (lowercase, without prefix), `None` for any other node.
    fn tag(&self) -> Option<String>;
    /// The value of an element's attribute, `None` when it has none (or is no element).
    fn attr(&self, name: &str) -> Option<String>;
    /// The text of a text node (entities decoded), `None` for any other node.
    fn text(&self) -> Option<String>;
    /// The node's children, in document order.
    fn children(&self) -> Vec<Self>;
}

/// The readable article of a whole page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The page's title: `<title>`, else the `og:title` meta, else the first `h1` of the
    /// main content, else the first of the page (chrome included), each with its white
    /// space collapsed; `None` when none of them has text.
    pub title: Option<String>,
    /// Where the page was published: its canonical address (`<link rel="canonical">`),
    /// else its `og:url`, else its `og:site_name`; `None` when it says nothing.
    pub origin: Option<String>,
    /// The main content's text: paragraphs joined by blank lines.
    pub text: String,
}

/// The readable article of a whole page (a saved web page): its title, and the text of
/// its main content without the page's chrome (navigation, banners, footers, asides).
///
/// `document` is the parsed page's root (a document node, or its `html` element).
pub fn article<N: HtmlNode>(document: &N) -> Article {
    let rules = Rules::PAGE;
    let mut survey = Survey::default();
    walk(document, rules, &mut survey);
    let root = survey.main_content().unwrap_or_else(|| document.clone());
    let text = render(&root, rules);
    let (head_title, origin) = head_facts(document);
    let title = head_title
        .or_else(|| first_h1(&root, rules))
        .or_else(|| first_h1(document, Rules::FRAGMENT));
    Article {
        title,
        origin,
        text,
    }
}

/// All readable text of an HTML fragment (pasted rich text): nothing is picked and no
/// chrome is cut, only what is never read (scripts, styles, hidden elements, …);
/// paragraphs are kept.
///
/// `root` may be a parsed document (the fragment parsed as a page) or any node.
pub fn fragment_text<N: HtmlNode>(root: &N) -> String {
    render(root, Rules::FRAGMENT)
}

/// Elements that are never read, whatever holds them (`form` has its own rule).
const NEVER_READ: &[&str] = &[
    "script", "style", "noscript", "noframes", "template", "head", "svg", "math", "canvas",
    "iframe", "object", "embed", "video", "audio", "button", "input", "select", "textarea",
];

/// Page chrome: left out of a page's article, kept in a fragment.
const CHROME: &[&str] = &["nav", "aside", "dialog", "search", "footer"];

/// Roles that mark page chrome.
const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
];

/// Elements that stand as their own paragraphs: each ends the paragraph before it and
/// the one inside it.
pub const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Elements whose text keeps its own lines and spacing.
const PREFORMATTED: &[&str] = &["pre", "listing", "xmp", "plaintext"];

/// A `form` with this much text (non-space characters) or more wraps the page.
const FORM_WRAPPER_CHARS: usize = 500;

/// The best `article` is the main content when it holds at least 1/this of the page's
/// readable text.
const ARTICLE_MIN_SHARE: usize = 10;

/// What a walk leaves out.
#[derive(Debug, Clone, Copy)]
struct Rules {
    /// Leave page chrome out.
    chrome: bool,
    /// Read inside `head` (to find the title).
    head: bool,
    /// Decide for each `form` whether it wraps the page (false: read it as a container).
    forms: bool,
}

impl Rules {
    const PAGE: Rules = Rules {
        chrome: true,
        head: false,
        forms: true,
    };
    const FRAGMENT: Rules = Rules {
        chrome: false,
        head: false,
        forms: true,
    };
    const HEAD: Rules = Rules {
        chrome: false,
        head: true,
        forms: false,
    };

    /// Whether the element `node` (tag `tag`) is left out, with all it holds.
    fn skips<N: HtmlNode>(self, node: &N, tag: &str, in_article: bool) -> bool {
        if NEVER_READ.contains(&tag) && !(self.head && tag == "head") {
            return true;
        }
        if hidden(node) {
            return true;
        }
        if self.chrome && is_chrome(node, tag, in_article) {
            return true;
        }
        tag == "form" && self.forms && !form_wraps_page(node, self)
    }
}

/// Whether an element is hidden from every reader.
fn hidden<N: HtmlNode>(node: &N) -> bool {
    if let Some(value) = node.attr("hidden") {
        if !value.trim().eq_ignore_ascii_case("until-found") {
            return true;
        }
    }
    if let Some(value) = node.attr("aria-hidden") {
        if value.trim().eq_ignore_ascii_case("true") {
            return true;
        }
    }
    if let Some(style) = node.attr("style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if style
            .split(';')
            .any(|d| d == "display:none" || d == "display:none!important")
        {
            return true;
        }
    }
    false
}

/// Whether an element is page chrome.
fn is_chrome<N: HtmlNode>(node: &N, tag: &str, in_article: bool) -> bool {
    if CHROME.contains(&tag) || (tag == "header" && !in_article) {
        return true;
    }
    has_role(node, CHROME_ROLES)
}

/// Whether the element's `role` attribute names one of `roles`.
fn has_role<N: HtmlNode>(node: &N, roles: &[&str]) -> bool {
    node.attr("role").is_some_and(|role| {
        role.split_ascii_whitespace()
            .any(|r| roles.iter().any(|x| r.eq_ignore_ascii_case(x)))
    })
}

/// Whether an element opens an article or main content (inside which a `header` is the
/// article's own).
fn opens_article<N: HtmlNode>(node: &N, tag: &str) -> bool {
    matches!(tag, "article" | "main") || has_role(node, &["article", "main"])
}

/// How strongly an element claims to be the main content: 0 for an article, 1 for a
/// main; `None` for anything else.
fn candidate_rank<N: HtmlNode>(node: &N, tag: &str) -> Option<usize> {
    if tag == "article" || has_role(node, &["article"]) {
        Some(0)
    } else if tag == "main" || has_role(node, &["main"]) {
        Some(1)
    } else {
        None
    }
}

/// What a walk does next.
enum Step {
    /// Read the element's children.
    Into,
    /// Go on past the element, without its children.
    Over,
    /// End the walk.
    Stop,
}

/// What a walk tells as it goes: elements entered and left, text met.
trait Visitor<N> {
    /// An element that is read (not left out by the rules).
    fn enter(&mut self, _node: &N, _tag: &str) -> Step {
        Step::Into
    }
    /// The end of an element entered with [`Step::Into`].
    fn exit(&mut self, _node: &N, _tag: &str) {}
    /// A text node; return false to end the walk.
    fn text(&mut self, _text: &str) -> bool {
        true
    }
}

/// An element being read, on the walk's stack.
struct Frame<N> {
    node: N,
    /// `None` for a node that is no element (the document).
    tag: Option<String>,
    children: std::vec::IntoIter<N>,
    /// Whether the children are inside an article or main content.
    in_article: bool,
}

/// Walks the tree under `root` (included) in document order, with an explicit stack,
/// leaving out what `rules` leave out.
fn walk<N: HtmlNode, V: Visitor<N>>(root: &N, rules: Rules, visitor: &mut V) {
    let mut stack: Vec<Frame<N>> = Vec::new();
    let mut next = Some((root.clone(), false));
    loop {
        let (node, in_article) = match next.take() {
            Some(first) => first,
            None => {
                let Some(top) = stack.last_mut() else { break };
                match top.children.next() {
                    Some(child) => (child, top.in_article),
                    None => {
                        let frame = stack.pop().expect("the stack has a top");
                        if let Some(tag) = &frame.tag {
                            visitor.exit(&frame.node, tag);
                        }
                        continue;
                    }
                }
            }
        };
        if let Some(text) = node.text() {
            if !visitor.text(&text) {
                return;
            }
            continue;
        }
        let tag = node.tag();
        if let Some(tag) = &tag {
            if rules.skips(&node, tag, in_article) {
                continue;
            }
            match visitor.enter(&node, tag) {
                Step::Into => {}
                Step::Over => continue,
                Step::Stop => return,
            }
        }
        let children = node.children().into_iter();
        let in_article = in_article || tag.as_deref().is_some_and(|t| opens_article(&node, t));
        stack.push(Frame {
            node,
            tag,
            children,
            in_article,
        });
    }
}

/// Counts readable characters (not white space).
fn count_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Whether a `form` wraps the page rather than being a form.
fn form_wraps_page<N: HtmlNode>(form: &N, rules: Rules) -> bool {
    struct Probe {
        chars: usize,
        wraps: bool,
    }
    impl<N: HtmlNode> Visitor<N> for Probe {
        fn enter(&mut self, node: &N, tag: &str) -> Step {
            if tag == "h1" || candidate_rank(node, tag).is_some() {
                self.wraps = true;
                return Step::Stop;
            }
            Step::Into
        }
        fn text(&mut self, text: &str) -> bool {
            self.chars += count_chars(text);
            self.wraps = self.chars >= FORM_WRAPPER_CHARS;
            !self.wraps
        }
    }
    let mut probe = Probe {
        chars: 0,
        wraps: false,
    };
    // Forms do not nest in parsed HTML; inside this one, a form is read as a container.
    walk(
        form,
        Rules {
            forms: false,
            ..rules
        },
        &mut probe,
    );
    probe.wraps
}

/// A candidate for the main content, with its amount of text.
struct Candidate<N> {
    node: N,
    rank: usize,
    chars: usize,
}

/// The first walk over a page: where its articles, mains and body are, and how much
/// text each holds.
struct Survey<N> {
    chars: usize,
    candidates: Vec<Candidate<N>>,
    /// Candidates entered and not yet left: index in `candidates`, `chars` on entry.
    open: Vec<(usize, usize)>,
    body: Option<N>,
}

impl<N> Default for Survey<N> {
    fn default() -> Self {
        Survey {
            chars: 0,
            candidates: Vec::new(),
            open: Vec::new(),
            body: None,
        }
    }
}

impl<N: HtmlNode> Visitor<N> for Survey<N> {
    fn enter(&mut self, node: &N, tag: &str) -> Step {
        if let Some(rank) = candidate_rank(node, tag) {
            self.open.push((self.candidates.len(), self.chars));
            self.candidates.push(Candidate {
                node: node.clone(),
                rank,
                chars: 0,
            });
        }
        if tag == "body" && self.body.is_none() {
            self.body = Some(node.clone());
        }
        Step::Into
    }
    fn exit(&mut self, node: &N, tag: &str) {
        if candidate_rank(node, tag).is_some() {
            if let Some((index, start)) = self.open.pop() {
                self.candidates[index].chars = self.chars - start;
            }
        }
    }
    fn text(&mut self, text: &str) -> bool {
        self.chars += count_chars(text);
        true
    }
}

impl<N: HtmlNode> Survey<N> {
    /// The main content: the article with the most text (first of equals) if it holds a
    /// tenth of the page's text, else the main with the most text, else the body.
    fn main_content(self) -> Option<N> {
        let total = self.chars;
        let best = |rank: usize| {
            self.candidates
                .iter()
                .filter(|c| c.rank == rank && c.chars > 0)
                .fold(None::<&Candidate<N>>, |best, c| match best {
                    Some(b) if b.chars >= c.chars => Some(b),
                    _ => Some(c),
                })
        };
        if let Some(article) = best(0) {
            if article.chars * ARTICLE_MIN_SHARE >= total {
                return Some(article.node.clone());
            }
        }
        if let Some(main) = best(1) {
            return Some(main.node.clone());
        }
        self.body
    }
}

/// The text under `root` (included), in paragraphs.
fn render<N: HtmlNode>(root: &N, rules: Rules) -> String {
    let mut text = TextBuilder::default();
    walk(root, rules, &mut text);
    text.finish()
}

/// How an element lays its text out.
enum Layout {
    Inline,
    Block,
    Cell,
    Preformatted,
    LineBreak,
}

fn layout(tag: &str) -> Layout {
    if tag == "br" {
        Layout::LineBreak
    } else if tag == "td" || tag == "th" {
        Layout::Cell
    } else if PREFORMATTED.contains(&tag) {
        Layout::Preformatted
    } else if BLOCKS.contains(&tag) {
        Layout::Block
    } else {
        Layout::Inline
    }
}

/// Builds plain text: paragraphs of lines of words.
#[derive(Default)]
struct TextBuilder {
    /// Finished paragraphs, joined by blank lines.
    out: String,
    /// The current paragraph's finished lines, joined by line breaks.
    paragraph: String,
    /// The current line.
    line: String,
    /// Whether a space is due before the next word of the line.
    space: bool,
    /// How many preformatted elements hold the text.
    pre: usize,
}

impl TextBuilder {
    /// Adds text, its white space collapsed (or kept, inside `pre`).
    fn push(&mut self, text: &str) {
        if self.pre > 0 {
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                self.push_raw(first);
            }
            for line in lines {
                self.line_break();
                self.push_raw(line);
            }
            return;
        }
        for c in text.chars() {
            if c.is_whitespace() {
                self.space = !self.line.is_empty();
            } else {
                if self.space {
                    self.line.push(' ');
                    self.space = false;
                }
                self.line.push(c);
            }
        }
    }

    /// Adds preformatted text of one line.
    fn push_raw(&mut self, text: &str) {
        let text = text.strip_suffix('\r').unwrap_or(text);
        if self.space && !text.starts_with(char::is_whitespace) {
            self.line.push(' ');
        }
        self.space = false;
        self.line.push_str(text);
    }

    /// A word gap (between table cells).
    fn gap(&mut self) {
        self.space = !self.line.trim().is_empty();
    }

    /// Ends the line; a second break in a row (the line is empty) ends the paragraph.
    fn line_break(&mut self) {
        let line = self.line.trim_end();
        if line.trim_start().is_empty() {
            self.line.clear();
            self.space = false;
            self.end_paragraph();
            return;
        }
        if !self.paragraph.is_empty() {
            self.paragraph.push('\n');
        }
        self.paragraph.push_str(line);
        self.line.clear();
        self.space = false;
    }

    /// Ends the paragraph (if it has text).
    fn end_paragraph(&mut self) {
        if !self.line.trim().is_empty() {
            self.line_break();
        }
        self.line.clear();
        self.space = false;
        let paragraph = self.paragraph.trim();
        if !paragraph.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(paragraph);
        }
        self.paragraph.clear();
    }

    fn finish(mut self) -> String {
        self.end_paragraph();
        self.out
    }
}

impl<N> Visitor<N> for TextBuilder {
    fn enter(&mut self, _node: &N, tag: &str) -> Step {
        match layout(tag) {
            Layout::Inline => {}
            Layout::Block => self.end_paragraph(),
            Layout::Cell => self.gap(),
            Layout::Preformatted => {
                self.end_paragraph();
                self.pre += 1;
            }
            Layout::LineBreak => self.line_break(),
        }
        Step::Into
    }
    fn exit(&mut self, _node: &N, tag: &str) {
        match layout(tag) {
            Layout::Inline | Layout::LineBreak => {}
            Layout::Block => self.end_paragraph(),
            Layout::Cell => self.gap(),
            Layout::Preformatted => {
                self.end_paragraph();
                self.pre = self.pre.saturating_sub(1);
            }
        }
    }
    fn text(&mut self, text: &str) -> bool {
        self.push(text);
        true
    }
}

/// Collapses every run of white space to one space, and trims.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the page says of itself: its title (`<title>`, else `og:title`) and where it was
/// published (canonical link, else `og:url`, else `og:site_name`).
fn head_facts<N: HtmlNode>(document: &N) -> (Option<String>, Option<String>) {
    #[derive(Default)]
    struct Probe {
        title: Option<String>,
        og: [Option<String>; 3],
        canonical: Option<String>,
    }
    /// The `og:` properties read, in the order of `Probe::og`.
    const OG: [&str; 3] = ["og:title", "og:url", "og:site_name"];
    impl<N: HtmlNode> Visitor<N> for Probe {
        fn enter(&mut self, node: &N, tag: &str) -> Step {
            match tag {
                "title" if self.title.is_none() => {
                    let text: String = node.children().iter().filter_map(N::text).collect();
                    let text = collapse(&text);
                    if !text.is_empty() {
                        self.title = Some(text);
                    }
                    Step::Over
                }
                "meta" => {
                    let property = ["property", "name"]
                        .iter()
                        .find_map(|a| node.attr(a))
                        .map(|v| v.trim().to_ascii_lowercase());
                    let slot = property.and_then(|p| OG.iter().position(|og| *og == p));
                    if let Some(slot) = slot.filter(|&i| self.og[i].is_none()) {
                        let content = collapse(&node.attr("content").unwrap_or_default());
                        self.og[slot] = (!content.is_empty()).then_some(content);
                    }
                    Step::Over
                }
                "link" => {
                    let canonical = node.attr("rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    });
                    if canonical && self.canonical.is_none() {
                        let href = collapse(&node.attr("href").unwrap_or_default());
                        self.canonical = (!href.is_empty()).then_some(href);
                    }
                    Step::Over
                }
                _ => Step::Into,
            }
        }
    }
    let mut probe = Probe::default();
    walk(document, Rules::HEAD, &mut probe);
    let [og_title, og_url, og_site] = probe.og;
    // A link's address names where the page was published only when it is a web
    // address (not `javascript:` or `data:`).
    let web = |url: &String| {
        let scheme = url.split(':').next().unwrap_or_default();
        scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
    };
    (
        probe.title.or(og_title),
        probe
            .canonical
            .filter(web)
            .or(og_url.filter(web))
            .or(og_site),
    )
}

/// The text of the first `h1` under `root` that has text, on one line.
fn first_h1<N: HtmlNode>(root: &N, rules: Rules) -> Option<String> {
    struct Probe {
        rules: Rules,
        found: Option<String>,
    }
    impl<N: HtmlNode> Visitor<N> for Probe {
        fn enter(&mut self, node: &N, tag: &str) -> Step {
            if tag != "h1" {
                return Step::Into;
            }
            let text = collapse(&render(node, self.rules));
            if text.is_empty() {
                return Step::Over;
            }
            self.found = Some(text);
            Step::Stop
        }
    }
    let mut probe = Probe { rules, found: None };
    walk(root, rules, &mut probe);
    probe.found
}
