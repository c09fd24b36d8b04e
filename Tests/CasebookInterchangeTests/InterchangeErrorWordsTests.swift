import Testing

@testable import CasebookCore
@testable import CasebookInterchange
@testable import CasebookModel

/// Import and demo errors name files, rows and values, never an option or a command: the command
/// line adds those when it prints.
@Suite("import and demo errors speak of things, not options")
struct InterchangeErrorWordsTests {
    static let errors: [any CasebookFailure] = [
        ImportError.unreadable(file: "x.csv", reason: "missing"), ImportError.emptyFile("x.csv"),
        ImportError.binaryFile("x.csv"),
        ImportError.notUTF8("x.csv"), ImportError.wrongJSONShape(file: "x.json", reason: "it is a number"),
        ImportError.unknownKind(file: "x.csv"), ImportError.passphraseNeeded(file: "x.csv", rows: 2),
        ImportError.problems([ImportProblem(file: "x.csv", line: 2, column: "date", message: "not a date")], total: 1),
        DemoError.sampleNotFound(.given("evidence/sample")), DemoError.folderNotEmpty("demo"),
    ]

    @Test func noOptionOrCommandInTheSentence() {
        for failure in Self.errors {
            #expect(!failure.description.contains("--"), "\(failure.description)")
            #expect(!failure.description.contains("casebook "), "\(failure.description)")
            #expect(!failure.description.isEmpty)
        }
    }
}
