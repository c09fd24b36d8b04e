import Foundation

/// Column widths for a Word table, in twentieths of a point, shared out by what the columns hold.
///
/// Columns of equal width broke words in narrow columns ("Documentat-ion") while a 64-character
/// hash set the row height; Word's own autofit widens a column to its longest token instead. Here
/// every header word and every ordinary word fits on its line, a long token (a hash, an address)
/// wraps within its column, and the space left goes to the columns with the most to say.
enum WordColumnWidths {
    /// The A4 text width between the margins.
    static let textWidth = 9026
    /// A character of the 9.5-point table text (digits are half an em, most letters less).
    static let characterWidth = 92
    /// The cell margins the table sets, left and right.
    static let cellPadding = 144
    /// Body tokens longer than this wrap within their column rather than widen it.
    static let longestUnbroken = 16
    /// The narrowest a column holding such a token may be.
    static let wrappingWidth = 8
    /// A cell longer than this wants no more room than this.
    static let longestWanted = 60

    static func widths(header: [String], rows: [[String]], columns: Int) -> [Int] {
        guard columns > 0 else { return [] }
        var minimum = [Int](repeating: 3, count: columns)
        var wanted = [Int](repeating: 3, count: columns)
        func longestWord(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0 }
        for column in 0..<columns {
            let head = column < header.count ? header[column] : ""
            // A header word never breaks.
            minimum[column] = max(minimum[column], longestWord(head) + 1)
            wanted[column] = max(wanted[column], min(head.count, longestWanted))
            for row in rows where column < row.count {
                let word = longestWord(row[column])
                minimum[column] = max(minimum[column], word > longestUnbroken ? wrappingWidth : word)
                wanted[column] = max(wanted[column], min(row[column].count, longestWanted))
            }
            wanted[column] = max(wanted[column], minimum[column])
        }
        let available = textWidth - cellPadding * columns
        let least = minimum.map { $0 * characterWidth }
        let leastTotal = least.reduce(0, +)
        var widths: [Int]
        if leastTotal >= available {
            widths = least.map { $0 * available / max(leastTotal, 1) }
        } else {
            let spare = available - leastTotal
            let more = zip(wanted, minimum).map { ($0 - $1) * characterWidth }
            let moreTotal = more.reduce(0, +)
            if moreTotal > spare {
                widths = zip(least, more).map { $0 + $1 * spare / moreTotal }
            } else {
                // Everything fits as wanted: the rest goes to each column by what it wants.
                let rest = spare - moreTotal
                let wantedTotal = wanted.reduce(0, +)
                widths = zip(least, more).enumerated().map { index, pair in
                    pair.0 + pair.1 + rest * wanted[index] / max(wantedTotal, 1)
                }
            }
        }
        widths = widths.map { $0 + cellPadding }
        // Rounding: the last column takes what is left, so the table is exactly the text width.
        widths[columns - 1] += textWidth - widths.reduce(0, +)
        return widths
    }
}
