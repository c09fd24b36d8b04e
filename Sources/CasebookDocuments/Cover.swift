/// The first page: who files, about what, as of when, and any warning a reader must see before
/// anything else (a draft over the word limit, a case that did not verify).
public struct Cover: Sendable, Equatable {
    public var lines: [CoverLine]
    /// A paragraph under the cover lines, e.g. a confidentiality notice.
    public var notice: String?
    /// Warnings shown prominently on the first page, e.g. "DRAFT — OVER WORD LIMIT", "NOT VERIFIED".
    public var stamps: [String]

    public init(lines: [CoverLine] = [], notice: String? = nil, stamps: [String] = []) {
        self.lines = lines
        self.notice = notice
        self.stamps = stamps
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
