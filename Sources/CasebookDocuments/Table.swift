/// A table with a header row, e.g. the annex listing every source and its SHA-256.
public struct Table: Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[Text]]

    public init(caption: String? = nil, header: [String], rows: [[Text]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}
