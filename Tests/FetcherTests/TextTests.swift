import Testing
@testable import Fetcher

@Suite struct TextTests {
    @Test(arguments: [
        ("<p>One</p><p>Two</p>", "One Two"),
        ("Hel<b>lo</b> world", "Hello world"),
        ("a<br>b", "a b"),
        ("<script>var x = '<p>';</script>Shown", "Shown"),
        ("<style>p { color: red }</style>Text<noscript>hidden</noscript>", "Text"),
        ("Fish &amp; chips &eacute;t&eacute; &#8217; &#x2014; &#150;", "Fish & chips été ’ — –"),
        ("AT&T &amp without semicolon &notit; &copy2024", "AT&T & without semicolon ¬it; ©2024"),
        ("<img alt=\"not this\" src=x>kept", "kept"),
        ("<a title='a > b' href=\"#\">link</a>", "link"),
        ("<!-- comment --><!DOCTYPE html>text<?php x ?>", "text"),
        ("  lots \n\t of\u{00A0}space  ", "lots of space"),
        ("zero\u{200B}width", "zero\u{200B}width"),
        ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
    ])
    func convertsHTMLToText(html: String, expected: String) {
        #expect(HTMLText.plainText(fromHTML: html) == expected)
    }

    @Test(arguments: [
        ("Plain title", false),
        ("Q&A with the SEC", false),
        ("Rates &amp; yields", true),
        ("<b>Bold</b> move", true),
        ("Use <foo>bar</foo>", false),
        ("a < b", false),
    ])
    func guessesWhetherUnlabelledTextIsHTML(text: String, isHTML: Bool) {
        #expect(HTMLGuess.looksLikeHTML(text) == isHTML)
    }

    @Test(arguments: [
        ("jo@example.com (Jo Doe)", "Jo Doe"),
        ("Jo Doe <jo@example.com>", "Jo Doe"),
        ("jo@example.com", "jo@example.com"),
        ("  Jo   Doe ", "Jo Doe"),
    ])
    func readsRSSAuthors(raw: String, expected: String) {
        #expect(AuthorName.fromRSS(raw) == expected)
    }
}
