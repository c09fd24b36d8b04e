import CasebookCore
import CasebookModel
import CasebookStore

/// One thing wrong with an import file, where a spreadsheet user can find it.
public struct ImportProblem: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The file as it was named on the command line.
    public let file: String
    /// The line of the file on which the record starts (the header is line 1).
    public let line: Int
    /// The column (or JSON member) at fault, or `row` for the record as a whole.
    public let column: String
    /// What is wrong, in plain words.
    public let message: String
    /// The typed error `message` words, when there is one, so a front end can word it its own way.
    public var failure: (any CasebookFailure)?

    private enum CodingKeys: String, CodingKey {
        case file, line, column, message
    }

    public init(file: String, line: Int, column: String, message: String, failure: (any CasebookFailure)? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.failure = failure
    }

    /// Problems are equal when they say the same thing at the same place.
    public static func == (lhs: ImportProblem, rhs: ImportProblem) -> Bool {
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.column == rhs.column && lhs.message == rhs.message
    }

    /// `FILE:LINE: column: what is wrong`.
    public var description: String { "\(file):\(line): \(column): \(message)" }
}

/// Why an import file was refused. Nothing is written when one is thrown.
public enum ImportError: CasebookFailure, Equatable {
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// The file holds nothing at all.
    case emptyFile(String)
    /// The file is not text (it holds NUL bytes), so it is no CSV or JSON.
    case binaryFile(String)
    /// The file is not UTF-8 text.
    case notUTF8(String)
    /// The JSON is well-formed but not in a shape Casebook imports.
    case wrongJSONShape(file: String, reason: String)
    /// The kind of records cannot be told from the kind named, the JSON or the file name.
    case unknownKind(file: String)
    /// Rows hold identity columns, and no passphrase was given to seal them.
    case passphraseNeeded(file: String, rows: Int)
    /// Rows were checked and some are wrong: the first 50 problems, and how many there were.
    case problems([ImportProblem], total: Int)

    public var category: FailureCategory { .badInput }

    /// The most problems listed for one file.
    public static let listedProblems = 50

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file) cannot be read (\(reason)); check the path and its permissions. Nothing was imported."
        case .emptyFile(let file):
            "\(file) is empty (0 bytes): there is nothing to import. Nothing was imported."
        case .binaryFile(let file):
            "\(file) is not a text file (it holds binary data), so it cannot be a CSV or JSON file to import; export the spreadsheet as CSV UTF-8. Nothing was imported."
        case .notUTF8(let file):
            "\(file) is not UTF-8 text; save it again as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8) and import that. Nothing was imported."
        case .wrongJSONShape(let file, let reason):
            "\(file) is not a JSON file Casebook can import: \(reason). Give the file the JSON export writes, or an array of records of one named kind. Nothing was imported."
        case .unknownKind(let file):
            "Casebook cannot tell what \(file) holds; name the kind: witnesses, testimonies, incidents, actors, links, evidence, attacks, recommendations, assessments or our-recommendations (or name the file after it, for example incidents.csv). Nothing was imported."
        case .passphraseNeeded(let file, let rows):
            "\(file) has witness identities (name, other_names, contact, born, identity_notes or risk_notes) in \(rows) row\(rows == 1 ? "" : "s"), which are sealed with the case passphrase; set $CASEBOOK_PASSPHRASE or run the import at a terminal to be asked for it. Nothing was imported."
        case .problems(let problems, let total):
            (problems.map(\.description) + [Self.closing(total: total, listed: problems.count)]).joined(separator: "\n")
        }
    }

    /// The last line of a problem list.
    public static func closing(total: Int, listed: Int) -> String {
        let more = total > listed ? " (the first \(listed) are listed)" : ""
        return
            "The import was refused: \(total) problem\(total == 1 ? "" : "s")\(more). Correct the file and import it again; nothing was imported."
    }
}

/// A row of an import file that cannot be taken, for a reason only an import has.
public enum ImportRowError: CasebookFailure, Equatable {
    /// The testimony a row names as `transcript_of` already has another transcript.
    case testimonyHasTranscript(RecordID, transcript: RecordID)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .testimonyHasTranscript(let testimony, let transcript):
            "\(testimony) already has its transcript \(transcript); clear it first"
        }
    }
}
