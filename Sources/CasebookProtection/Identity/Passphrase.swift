import CasebookModel

/// A passphrase the user gave, never empty. It is held only while the command runs.
public struct Passphrase: Sendable {
    package let text: String

    public init(_ text: String) throws(ProtectionError) {
        guard !text.isEmpty else { throw .emptyPassphrase }
        self.text = text
    }
}

/// Where a command gets the passphrase when, and only when, it needs it: the executable
/// supplies `$CASEBOOK_PASSPHRASE` or a prompt with echo off; nil means none is available.
public struct PassphraseSource: Sendable {
    private let provide: @Sendable () throws -> Passphrase?
    /// The keys derived from what this source gave, for work that asks for the key many times
    /// (an import); nil when each request derives it afresh.
    package let keys: IdentityKeyCache?

    public init(_ provide: @escaping @Sendable () throws -> Passphrase?) {
        self.provide = provide
        keys = nil
    }

    /// A source that gives `passphrase` and keeps the key derived from it for as long as the
    /// source itself is kept: for one import, which would otherwise derive it for every witness.
    package init(remembering passphrase: Passphrase) {
        provide = { passphrase }
        keys = IdentityKeyCache()
    }

    /// A source with nothing to give (commands run without a passphrase).
    public static let none = PassphraseSource { nil }

    public func passphrase() throws -> Passphrase? {
        try provide()
    }
}

/// A witness's protected identity: what only `witness reveal` shows.
public struct WitnessIdentity: Codable, Sendable, Equatable {
    public var name: String?
    public var otherNames: String?
    public var contact: String?
    public var born: String?
    public var notes: String?
    public var riskNotes: String?

    public init(
        name: String? = nil, otherNames: String? = nil, contact: String? = nil, born: String? = nil, notes: String? = nil,
        riskNotes: String? = nil
    ) {
        self.name = name
        self.otherNames = otherNames
        self.contact = contact
        self.born = born
        self.notes = notes
        self.riskNotes = riskNotes
    }

    package var fields: [(IdentityField, String)] {
        [(.name, name), (.otherNames, otherNames), (.contact, contact), (.born, born), (.notes, notes), (.riskNotes, riskNotes)]
            .compactMap { field, value in value.map { (field, $0) } }
    }

    public var isEmpty: Bool { fields.isEmpty }

    package mutating func set(_ field: IdentityField, _ value: String) {
        switch field {
        case .name: name = value
        case .otherNames: otherNames = value
        case .contact: contact = value
        case .born: born = value
        case .notes: notes = value
        case .riskNotes: riskNotes = value
        }
    }
}
