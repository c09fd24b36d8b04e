extension HanjaVariants {
    /// Each variant form, and the character of its class that it is read as; a character that is
    /// the first of its class, or has no variant, is absent.
    static let reading: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for line in classes.split(separator: "\n") {
            let members = line.unicodeScalars.map(\.value)
            guard let first = members.first else { continue }
            for member in members.dropFirst() { table[member] = first }
        }
        return table
    }()
}
