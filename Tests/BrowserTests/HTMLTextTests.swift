import HubSpot
import Testing

@Suite("HTML to one line of text")
struct HTMLTextTests {
    @Test(
        "tags, entities and breaks",
        arguments: [
            ("<p>Agenda: introductions, goals.</p>", "Agenda: introductions, goals."),
            ("line one<br>line two<br/>three", "line one line two three"),
            ("<p>first</p><p>second</p>", "first second"),
            ("Tom &amp; Jerry &lt;3 &quot;hi&quot; &#233;t&#xE9;", "Tom & Jerry <3 \"hi\" été"),
            ("<b>bold</b> and <a href=\"x\">link</a>", "bold and link"),
            ("a\n\n  b\t c", "a b c"),
            ("<style>p { color: red }</style>visible", "visible"),
            ("AT&T & co; &bogus; 5 < 6", "AT&T & co; &bogus; 5 < 6"),
            ("", ""),
        ])
    func strips(_ input: String, _ expected: String) {
        #expect(HTMLText.plain(input) == expected)
    }
}
