/// Words counted as a reviewer of a UPR submission counts them, so Casebook can refuse a
/// submission over the limit before it is filed: a word is a run of characters between spaces
/// that holds at least one letter or digit, so a hyphenated word is one word, numbers count, and a
/// lone dash or bullet does not. Chinese and Japanese are written without spaces, so each ideograph
/// or kana is a word, as Word counts them: otherwise a quoted sentence would count as one word and
/// the limit could be passed unseen.
enum WordCount {
    /// The number of words in the text.
    public static func words(in text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).reduce(0) { $0 + words(inToken: $1) }
    }

    /// The words of one run without spaces: each ideograph or kana, and each stretch between them
    /// that holds a letter or a digit.
    static func words(inToken token: Substring) -> Int {
        var count = 0
        var stretchHasWord = false
        for character in token {
            if isWrittenWithoutSpaces(character) {
                count += 1 + (stretchHasWord ? 1 : 0)
                stretchHasWord = false
            } else if character.isLetter || character.isNumber {
                stretchHasWord = true
            }
        }
        return count + (stretchHasWord ? 1 : 0)
    }

    /// A Chinese or Japanese ideograph, or a Japanese kana (Korean Hangul is written with spaces).
    static func isWrittenWithoutSpaces(_ character: Character) -> Bool {
        guard character.isLetter, let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value)
            || (0xFF66...0xFF9F).contains(scalar.value)
    }
}

/// The words of one top-level section of a document: its headings, body and the notes it carries.
public struct SectionWordCount: Sendable, Equatable {
    public var id: String
    public var title: String
    public var words: Int

    public init(id: String, title: String, words: Int) {
        self.id = id
        self.title = title
        self.words = words
    }
}

/// Whether a word limit counts the endnotes. OHCHR's guidelines for stakeholders have counted
/// them (the default, `withEndnotes`); its practice has varied, so a team may count the body alone.
public enum WordCountRule: String, Sendable, Codable, CaseIterable {
    case withEndnotes = "with-endnotes"
    case bodyOnly = "body-only"
}

extension Document {
    /// Words per top-level section, in document order, by the rule of `WordCount`: headings, body
    /// (paragraphs, lists, tables, figure titles) and notes count; the cover and annexes do not, nor
    /// the words inside a figure (a picture in Word and HTML, whose words Word does not count either).
    public var sectionWordCounts: [SectionWordCount] { sectionWordCounts(rule: .withEndnotes) }

    /// Words per top-level section by `rule`: with the notes, or the body alone.
    public func sectionWordCounts(rule: WordCountRule) -> [SectionWordCount] {
        sections.filter { !$0.isAnnex }.map { section in
            SectionWordCount(
                id: section.id, title: section.title,
                words: section.countedWords - (rule == .bodyOnly ? section.noteWords : 0))
        }
    }

    /// The words that count towards a word limit: the sum over `sectionWordCounts`.
    public var countedWords: Int {
        sectionWordCounts.reduce(0) { $0 + $1.words }
    }
}

extension Section {
    /// The words of the notes of this section and its subsections (annexes inside excluded).
    var noteWords: Int {
        guard !isAnnex else { return 0 }
        return blocks.reduce(0) { $0 + $1.noteWords } + subsections.reduce(0) { $0 + $1.noteWords }
    }

    /// Heading, blocks and notes of this section and its subsections (annexes inside excluded).
    var countedWords: Int {
        guard !isAnnex else { return 0 }
        return WordCount.words(in: title) + blocks.reduce(0) { $0 + $1.countedWords }
            + subsections.reduce(0) { $0 + $1.countedWords }
    }
}

extension Block {
    var countedWords: Int {
        switch self {
        case .paragraph(let text), .unnumberedParagraph(let text): text.countedWords
        case .list(let items): items.reduce(0) { $0 + $1.countedWords }
        case .table(let table): table.countedWords
        case .figure(let figure): WordCount.words(in: figure.title)
        }
    }
}

extension Block {
    var noteWords: Int {
        switch self {
        case .paragraph(let text), .unnumberedParagraph(let text): text.noteWords
        case .list(let items): items.reduce(0) { $0 + $1.noteWords }
        case .table(let table): table.rows.joined().reduce(0) { $0 + $1.noteWords }
        case .figure: 0
        }
    }
}

extension Table {
    var countedWords: Int {
        WordCount.words(in: caption ?? "") + header.reduce(0) { $0 + WordCount.words(in: $1) }
            + rows.joined().reduce(0) { $0 + $1.countedWords }
    }
}

extension Text {
    /// The words of the text and of its notes (a note's words count where its reference is).
    var countedWords: Int {
        WordCount.words(in: bodyText) + noteWords
    }

    var noteWords: Int { notes.reduce(0) { $0 + WordCount.words(in: $1) } }
}
