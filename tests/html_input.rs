//! HTML in: a saved page read as its article and pasted HTML read as its text, through
//! the pure rules of `syndiff::input::html`, parsed here by `scraper` (html5ever, the
//! same HTML5 parsing algorithm as the browser's DOMParser).

use std::collections::HashMap;

use scraper::{Html, Node};
use syndiff::input::html::{article, fragment_text, Article, HtmlNode};

/// A parsed tree, copied out of `scraper`'s (whose node type, from `ego_tree`, is not a
/// dependency of this crate and so cannot be named here).
struct Tree {
    nodes: Vec<Entry>,
}

enum Kind {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
    /// The document, a comment, a doctype…
    Other,
}

struct Entry {
    kind: Kind,
    children: Vec<usize>,
}

impl Tree {
    fn new(html: &Html) -> Tree {
        let mut nodes: Vec<Entry> = Vec::new();
        let mut index = HashMap::new();
        for node in html.tree.root().descendants() {
            let kind = match node.value() {
                Node::Element(e) => Kind::Element {
                    tag: e.name().to_ascii_lowercase(),
                    attrs: e
                        .attrs()
                        .map(|(name, value)| (name.to_string(), value.to_string()))
                        .collect(),
                },
                Node::Text(t) => Kind::Text(t.to_string()),
                _ => Kind::Other,
            };
            let at = nodes.len();
            index.insert(node.id(), at);
            if let Some(parent) = node.parent() {
                nodes[index[&parent.id()]].children.push(at);
            }
            nodes.push(Entry {
                kind,
                children: Vec::new(),
            });
        }
        Tree { nodes }
    }

    /// `tags` nested in turn, `times` over, around one text.
    fn nested(tags: &[&str], times: usize, text: &str) -> Tree {
        let mut nodes = vec![Entry {
            kind: Kind::Other,
            children: vec![1],
        }];
        for i in 0..tags.len() * times {
            nodes.push(Entry {
                kind: Kind::Element {
                    tag: tags[i % tags.len()].to_string(),
                    attrs: Vec::new(),
                },
                children: vec![nodes.len() + 1],
            });
        }
        nodes.push(Entry {
            kind: Kind::Text(text.to_string()),
            children: Vec::new(),
        });
        Tree { nodes }
    }

    fn root(&self) -> Dom<'_> {
        Dom { tree: self, at: 0 }
    }
}

/// A node of a [`Tree`].
#[derive(Clone, Copy)]
struct Dom<'a> {
    tree: &'a Tree,
    at: usize,
}

impl Dom<'_> {
    fn entry(&self) -> &Entry {
        &self.tree.nodes[self.at]
    }
}

impl HtmlNode for Dom<'_> {
    fn tag(&self) -> Option<String> {
        match &self.entry().kind {
            Kind::Element { tag, .. } => Some(tag.clone()),
            _ => None,
        }
    }

    fn attr(&self, name: &str) -> Option<String> {
        match &self.entry().kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    fn text(&self) -> Option<String> {
        match &self.entry().kind {
            Kind::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.entry()
            .children
            .iter()
            .map(|&at| Dom {
                tree: self.tree,
                at,
            })
            .collect()
    }
}

/// A page's article, the page parsed as the browser's DOMParser parses it.
fn page(html: &str) -> Article {
    let tree = Tree::new(&Html::parse_document(html));
    article(&tree.root())
}

/// A page's article text.
fn page_text(html: &str) -> String {
    page(html).text
}

/// Pasted HTML's text, parsed as the browser's DOMParser parses it (as a document).
fn pasted(html: &str) -> String {
    let tree = Tree::new(&Html::parse_document(html));
    fragment_text(&tree.root())
}

/// Pasted HTML's text, parsed as a fragment in a `body` (as `innerHTML` would).
fn pasted_as_fragment(html: &str) -> String {
    let tree = Tree::new(&Html::parse_fragment(html));
    fragment_text(&tree.root())
}

/// Plain text, whatever the rules: no markup, no white space around, no empty paragraph.
fn assert_plain(text: &str) {
    assert_eq!(text, text.trim(), "white space around: {text:?}");
    assert!(!text.contains("\n\n\n"), "an empty paragraph: {text:?}");
    for paragraph in text.split("\n\n") {
        assert!(!paragraph.trim().is_empty() || text.is_empty(), "{text:?}");
        assert_eq!(paragraph, paragraph.trim(), "{text:?}");
    }
}

// A whole saved page.

#[test]
fn a_saved_news_page_reads_as_its_article() {
    let html = include_str!("fixtures/html/news-page.html");
    let expected = include_str!("fixtures/html/news-page.txt");
    let got = page(html);
    assert_eq!(got.text, expected);
    assert_eq!(
        got.title.as_deref(),
        Some("Flooding Closes Mountain Pass | The Valley Courier")
    );
    for chrome in [
        "Skip to",
        "Sport",
        "Home",
        "tagline",
        "News from the valley",
        "Search",
        "Share",
        "Related",
        "Storm warning",
        "Advertisement",
        "Injected",
        "enable JavaScript",
        "Tags:",
        "More stories",
        "cookies",
        "Accept",
        "rights reserved",
        "Privacy",
        "dataLayer",
        "font-family",
        "trackPageView",
        "http",
        "<",
    ] {
        assert!(!got.text.contains(chrome), "{chrome:?} in {:?}", got.text);
    }
    assert_plain(&got.text);
}

#[test]
fn the_same_page_pasted_keeps_its_chrome_but_not_its_scripts() {
    let html = include_str!("fixtures/html/news-page.html");
    let got = pasted(html);
    assert!(got.contains("News from the valley since 1902"));
    assert!(got.contains("We use cookies"));
    assert!(got.contains("More stories"));
    for paragraph in include_str!("fixtures/html/news-page.txt").split("\n\n") {
        assert!(got.contains(paragraph), "{paragraph:?} not in {got:?}");
    }
    assert!(got.contains("Related\n\nStorm warning issued"));
    for never in [
        "dataLayer",
        "Injected",
        "enable JavaScript",
        "Share on X",
        "Advertisement",
        "Accept all",
        "font-family",
        "Skip to main content",
    ] {
        assert!(!got.contains(never), "{never:?} in {got:?}");
    }
    assert_plain(&got);
}

#[test]
fn the_headline_inside_the_article_is_its_own_paragraph() {
    let got = page(
        "<title>Site</title><article><h1>Big news</h1>Something happened. \
         <p>More about it.</p></article>",
    );
    assert_eq!(
        got.text,
        "Big news\n\nSomething happened.\n\nMore about it."
    );
}

#[test]
fn the_article_with_the_most_text_is_the_main_content() {
    let got = page_text(
        "<body><p>Intro outside.</p><article><p>Short teaser.</p></article>\
         <article><h1>Story</h1><p>The story itself, told at length, with every detail.</p>\
         </article><article><p>Another teaser.</p></article></body>",
    );
    assert_eq!(
        got,
        "Story\n\nThe story itself, told at length, with every detail."
    );
}

#[test]
fn a_teaser_article_is_not_taken_for_the_story() {
    let story = "The story goes on and on. ".repeat(40);
    let html = format!(
        "<main><div class=story><h1>Story</h1><p>{story}</p></div>\
         <article><a href=/x>A teaser</a></article></main>"
    );
    let got = page_text(&html);
    assert!(got.starts_with("Story\n\nThe story goes on"), "{got:?}");
    assert!(got.ends_with("A teaser"), "{got:?}");
}

#[test]
fn main_then_role_main_then_body() {
    assert_eq!(
        page_text("<div>Around.</div><main><p>Main text.</p></main><div>After.</div>"),
        "Main text."
    );
    assert_eq!(
        page_text("<div>Around.</div><div role=main><p>Role main.</p></div>"),
        "Role main."
    );
    assert_eq!(
        page_text(
            "<header>Masthead</header><nav>Menu</nav><div><p>Body text.</p></div>\
             <aside>Aside</aside><footer>Footer</footer>"
        ),
        "Body text."
    );
}

#[test]
fn chrome_is_cut_by_element_role_and_hidden_marks() {
    let got = page_text(
        "<article><p>Kept.</p>\
         <div role=navigation>Nav role</div><div role=banner>Banner</div>\
         <div role=contentinfo>Info</div><div role='note complementary'>Compl</div>\
         <div role=search>Search</div><div role=alertdialog>Alert</div>\
         <p hidden>Hidden</p><p aria-hidden=TRUE>Aria hidden</p>\
         <p aria-hidden=false>Not aria hidden.</p>\
         <p style='color:red; DISPLAY : none !important'>Styled hidden</p>\
         <div hidden=until-found><p>Found on search.</p></div>\
         <nav>Nav</nav><aside>Aside</aside><footer>Footer</footer><dialog>Dialog</dialog>\
         </article>",
    );
    assert_eq!(got, "Kept.\n\nNot aria hidden.\n\nFound on search.");
}

#[test]
fn a_header_outside_the_article_is_chrome_inside_it_is_not() {
    let got = page_text(
        "<header><p>Site name</p></header><article><header><h1>Headline</h1>\
         <p>By someone</p></header><p>Text.</p></article>",
    );
    assert_eq!(got, "Headline\n\nBy someone\n\nText.");
}

#[test]
fn the_title_is_the_title_else_og_title_else_the_first_h1() {
    assert_eq!(
        page("<title>\n  A   title\t</title><h1>H</h1>")
            .title
            .as_deref(),
        Some("A title")
    );
    assert_eq!(
        page("<title> </title><meta property=og:title content=' OG  title '><h1>H</h1>")
            .title
            .as_deref(),
        Some("OG title")
    );
    assert_eq!(
        page(
            "<header><h1>Site</h1></header><article><h1>  The\n<br>headline </h1>\
             <p>Text</p></article>"
        )
        .title
        .as_deref(),
        Some("The headline")
    );
    assert_eq!(
        page("<header><h1>Site</h1></header><p>x</p>")
            .title
            .as_deref(),
        Some("Site")
    );
    assert_eq!(page("<p>No title at all.</p>").title, None);
    // An SVG's title is a tooltip, not the page's.
    assert_eq!(
        page("<svg><title>Icon</title></svg><p>Text.</p>").title,
        None
    );
}

#[test]
fn a_form_is_left_out_unless_it_wraps_the_page() {
    assert_eq!(
        page_text(
            "<article><p>Story.</p><form><p>Subscribe to our newsletter</p>\
             <input type=email><button>Sign up</button></form></article>"
        ),
        "Story."
    );
    let body = "A long paragraph of the article. ".repeat(20);
    assert_eq!(
        page_text(&format!(
            "<body><form id=form1><input type=hidden name=__VIEWSTATE value=abc>\
             <div class=content><p>{body}</p></div></form></body>"
        )),
        body.trim()
    );
    assert_eq!(
        page_text("<form id=aspnetForm><h1>Headline</h1><p>Short.</p></form>"),
        "Headline\n\nShort."
    );
}

// Layout.

#[test]
fn blocks_make_paragraphs_and_white_space_collapses() {
    let got = pasted(
        "<div>  One\n  <b>bold</b>\t<i>word</i>s.  <div>Nested block.</div> Tail of one.</div>\
         <h2>Heading</h2><section><p></p><p>   </p><p>&nbsp;</p></section>\
         <dl><dt>Term</dt><dd>Definition</dd></dl><address>Address</address>\
         <p>Last<hr>after rule</p>",
    );
    assert_eq!(
        got,
        "One bold words.\n\nNested block.\n\nTail of one.\n\nHeading\n\nTerm\n\n\
         Definition\n\nAddress\n\nLast\n\nafter rule"
    );
}

#[test]
fn br_is_a_line_break_and_two_end_the_paragraph() {
    assert_eq!(
        pasted("<p>Line one<br>line two<br></p><p><br>Next</p>"),
        "Line one\nline two\n\nNext"
    );
    assert_eq!(
        pasted("First paragraph<br><br>Second <br> \n <br><br>Third"),
        "First paragraph\n\nSecond\n\nThird"
    );
}

#[test]
fn pre_keeps_its_lines() {
    assert_eq!(
        pasted("<p>Code:</p><pre>\nfn main() {\n    println!(\"hi\");   \n}\n\n\nmore</pre>after"),
        "Code:\n\nfn main() {\n    println!(\"hi\");\n}\n\nmore\n\nafter"
    );
}

#[test]
fn lists_are_plain_paragraphs() {
    assert_eq!(
        pasted("<ul><li>One</li><li>Two <ol><li>Two a</li></ol></li></ul>"),
        "One\n\nTwo\n\nTwo a"
    );
}

#[test]
fn nested_tables_read_row_by_row() {
    let got = pasted(
        "<table><tr><th>Name</th><th>Value</th></tr>\
         <tr><td>a</td><td><table><tr><td>inner 1</td><td>inner 2</td></tr>\
         <tr><td>inner 3</td></tr></table></td></tr>\
         <tr><td>b</td><td>2</td></tr></table>",
    );
    assert_eq!(got, "Name Value\n\na\n\ninner 1 inner 2\n\ninner 3\n\nb 2");
}

#[test]
fn chrome_copying_two_paragraphs() {
    // What Chrome puts on the clipboard (text/html) on Linux and macOS, and on Windows.
    let linux = "<meta charset='utf-8'><p>One.</p><p>Two.</p>";
    assert_eq!(pasted(linux), "One.\n\nTwo.");
    assert_eq!(pasted_as_fragment(linux), "One.\n\nTwo.");
    let windows = "<html>\r\n<body>\r\n<!--StartFragment--><p style=\"margin: 0px;\">One.</p>\
                   <p style=\"margin: 0px;\">Two.</p><!--EndFragment-->\r\n</body>\r\n</html>";
    assert_eq!(pasted(windows), "One.\n\nTwo.");
}

#[test]
fn google_docs_style_paste() {
    let html = "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">\
                <p dir=\"ltr\" style=\"line-height:1.38\"><span style=\"font-size:11pt\">First </span>\
                <span style=\"font-weight:700\">bold</span><span> line.</span></p><br>\
                <p dir=\"ltr\"><span>Second.</span></p></b><br class=\"Apple-interchange-newline\">";
    assert_eq!(pasted(html), "First bold line.\n\nSecond.");
}

// Hostile and odd input.

#[test]
fn scripts_styles_and_handlers_never_become_text() {
    let got = pasted(
        "<p onclick=\"alert('x')\" onmouseover=steal()>Click me</p>\
         <script>alert('script')</script><script type=module>import x from 'y'</script>\
         <style>p { color: red }</style><noscript>No script</noscript>\
         <template><p>Template</p></template>\
         <img src=x onerror=alert('img') alt='Alt text'>\
         <iframe src=javascript:alert(1)>Frame</iframe><svg onload=alert(1)><text>Svg</text></svg>\
         <math><mi>x</mi></math><object data=x>Object</object><video>Video</video>\
         <textarea>Area</textarea><select><option>Option</option></select>",
    );
    assert_eq!(got, "Click me");
}

#[test]
fn javascript_links_keep_their_text_not_their_url() {
    let got =
        pasted(r#"<p>Read <a href="javascript:alert(document.cookie)">the report</a> now.</p>"#);
    assert_eq!(got, "Read the report now.");
}

#[test]
fn entities_come_out_as_literal_text() {
    let got = pasted("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;q&quot; &#x27;s &eacute; &#233;</p>");
    assert_eq!(got, "<script>alert(1)</script> &amp; \"q\" 's é é");
}

#[test]
fn comments_are_not_text() {
    assert_eq!(
        pasted(
            "<p>Before<!-- a comment <p>with a tag</p> -->after</p><!--[if mso]>Word<![endif]-->"
        ),
        "Beforeafter"
    );
}

#[test]
fn unclosed_and_misnested_tags() {
    assert_eq!(
        pasted("<p>One<p>Two <b>bold <i>both</b> italic</i><div>Three<li>Four<li>Five"),
        "One\n\nTwo bold both italic\n\nThree\n\nFour\n\nFive"
    );
    assert_eq!(pasted("<p>Unclosed <script>alert(1)"), "Unclosed");
    assert_eq!(pasted("<p>Text <style>p{}"), "Text");
}

#[test]
fn a_page_without_a_body_and_empty_input() {
    let got = page("<html><head><title>Only a head</title></head></html>");
    assert_eq!(
        got,
        Article {
            title: Some("Only a head".into()),
            origin: None,
            text: String::new()
        }
    );
    let got = page(
        "<html><head><title>Frames</title></head><frameset><frame src=a.html>\
         <noframes>Your browser has no frames.</noframes></frameset></html>",
    );
    assert_eq!(got.text, "");
    assert_eq!(page(""), Article::default());
    assert_eq!(pasted(""), "");
    assert_eq!(pasted_as_fragment(""), "");
    assert_eq!(page_text("   \n\t "), "");
    assert_eq!(page_text("Just text, no tags."), "Just text, no tags.");
}

#[test]
fn bidi_controls_are_kept_as_text() {
    let html = "<p dir=rtl>\u{202B}مرحبا\u{202C} \u{200F}world\u{200E} &#x2067;x&#x2069;</p>";
    assert_eq!(
        pasted(html),
        "\u{202B}مرحبا\u{202C} \u{200F}world\u{200E} \u{2067}x\u{2069}"
    );
}

#[test]
fn a_huge_flat_text() {
    let words = "word ".repeat(400_000);
    let got = page_text(&format!("<body>{words}</body>"));
    assert_eq!(got.len(), words.len() - 1);
    let paragraphs = "<p>A paragraph.</p>".repeat(50_000);
    let got = page_text(&paragraphs);
    assert_eq!(got.matches("\n\n").count(), 49_999);
}

#[test]
fn deeply_nested_divs_do_not_overflow_the_stack() {
    let depth = 10_000;
    let html = format!(
        "{}<p>Deep.</p>{}<p>Shallow.</p>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    // Parse and read on a small stack: only an explicit stack gets through.
    let got = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let tree = Tree::new(&Html::parse_document(&html));
            (article(&tree.root()), fragment_text(&tree.root()))
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow");
    assert_eq!(got.0.text, "Deep.\n\nShallow.");
    assert_eq!(got.1, "Deep.\n\nShallow.");

    // Deeper still, built without a parser (which is slow on deep trees): articles in
    // spans, 100,000 levels, on the same small stack.
    let got = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let tree = Tree::nested(&["article", "span"], 50_000, "Deep article.");
            (article(&tree.root()), fragment_text(&tree.root()))
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow");
    assert_eq!(got.0.text, "Deep article.");
    assert_eq!(got.1, "Deep article.");
}

#[test]
fn the_result_is_never_html() {
    for html in [
        include_str!("fixtures/html/news-page.html"),
        "<p>a<b>b</b></p>",
        "<<p>>",
    ] {
        let text = pasted(html);
        assert_plain(&text);
        assert!(!text.contains("<p") && !text.contains("<b>"), "{text:?}");
    }
}

#[test]
fn where_a_page_was_published_comes_from_its_canonical_link_og_url_or_site_name() {
    let head = |tags: &str| {
        page(&format!(
            "<html><head>{tags}</head><body><p>Text.</p></body></html>"
        ))
        .origin
    };
    assert_eq!(
        head(
            r#"<meta property="og:site_name" content="The Valley Courier"><meta property="og:url" content="https://valley.example/a"><link rel="canonical" href="https://valley.example/news/a">"#
        ),
        Some("https://valley.example/news/a".into())
    );
    assert_eq!(
        head(
            r#"<meta property="og:site_name" content="The Valley Courier"><meta property="og:url" content="https://valley.example/a">"#
        ),
        Some("https://valley.example/a".into())
    );
    assert_eq!(
        head(r#"<meta name="og:site_name" content="  The Valley   Courier ">"#),
        Some("The Valley Courier".into())
    );
    assert_eq!(
        head(r#"<link rel="stylesheet" href="a.css"><link rel="canonical" href="  ">"#),
        None
    );
    // Only a web address is a place of publication: a script or data link is passed over.
    assert_eq!(
        head(
            r#"<link rel="canonical" href="javascript:window.x=1"><meta property="og:url" content=" data:text/html,hi"><meta property="og:site_name" content="The Valley Courier">"#
        ),
        Some("The Valley Courier".into())
    );
    assert_eq!(
        head(
            r#"<link rel="canonical" href="JavaScript:void(0)"><meta property="og:url" content="HTTPS://valley.example/a">"#
        ),
        Some("HTTPS://valley.example/a".into())
    );
    // A title later in the head still counts, though the probe no longer stops at the first.
    assert_eq!(
        page("<title>T</title><link rel=canonical href=/x>").title,
        Some("T".into())
    );
}
