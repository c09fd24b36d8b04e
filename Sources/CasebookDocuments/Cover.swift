/// The first page: who files, about what, as of when, and any warning a reader must see before
/// anything else (a draft over the word limit, a case that did not verify).
public struct Cover: Sendable, Equatable {
    public var lines: [CoverLine]
    /// A paragraph under the cover lines, e.g. a confidentiality notice.
    public var notice: String?
    /// Warnings shown prominently on the first page, e.g. "DRAFT — OVER WORD LIMIT", "NOT VERIFIED".
    public var stamps: [String]
    /// How the cover names the as-of date: "As of", or for a filing whose date of submission is
    /// set elsewhere, "Information as of" (the date says what the text knows, not when it was filed).
    public var asOfLabel: String = "As of"

    public init(lines: [CoverLine] = [], notice: String? = nil, stamps: [String] = [], asOfLabel: String = "As of") {
        self.lines = lines
        self.notice = notice
        self.stamps = stamps
        self.asOfLabel = asOfLabel
    }
}

/// One "label: value" line of the cover, e.g. "Submitted by: Citizens' Alliance".
public struct CoverLine: Sendable, Equatable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
