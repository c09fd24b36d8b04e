import Foundation

/// A pinpoint read as the places it names, so that a withdrawn passage is found in the citations
/// that cite it however they were typed: "para. 12", "para 12", "Para.12" and "ｐａｒａ．１２" are one
/// place; "p. 3, para. 12" names paragraph 12 of page 3; "paras. 10-14" names paragraphs 10 to 14.
///
/// A withdrawal covers a citation when everything the citation cites lies within what was
/// withdrawn: withdrawing "paras. 10-14" covers "para. 12" and "p. 3, para. 12"; withdrawing "p. 3"
/// covers every paragraph cited on page 3; withdrawing "p. 3, para. 9" does not cover "p. 3",
/// which rests on the rest of the page too. Pages hold paragraphs and paragraphs hold lines; a
/// withdrawal that names a page the citation does not ("p. 3, para. 12" against "para. 12") is
/// read as the same paragraph. A citation without a pinpoint cites the account as a whole.
struct PinpointParts: Equatable {
    /// The places named, by kind: "para" → ["12"], "p" → ["3"].
    let places: [String: Set<String>]
    /// The parts that name no place ("para.", "the bit about the date"), as typed.
    let unreadable: [String]

    /// The widest range read as places; a longer one is unreadable.
    static let longestRange = 2000

    init(_ pinpoint: String) {
        var places: [String: Set<String>] = [:]
        var unreadable: [String] = []
        let folded = pinpoint.precomposedStringWithCompatibilityMapping
        for part in folded.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let squeezed = String(part.lowercased().filter { !$0.isWhitespace && $0 != "." })
            guard !squeezed.isEmpty else { continue }
            if let (kind, numbers) = Self.read(squeezed) {
                places[kind, default: []].formUnion(numbers)
            } else {
                unreadable.append(part.trimmingCharacters(in: .whitespaces))
            }
        }
        self.places = places
        self.unreadable = unreadable
    }

    private init(places: [String: Set<String>]) {
        self.places = places
        self.unreadable = []
    }

    /// How deep a kind of place sits: a page holds paragraphs, a paragraph lines.
    private static func depth(_ kind: String) -> Int {
        switch kind {
        case "p": 0
        case "l": 2
        default: 1
        }
    }

    /// Whether this pinpoint (a withdrawal's) covers `citation`'s.
    func covers(_ citation: PinpointParts) -> Bool {
        let common = Set(places.keys).intersection(citation.places.keys)
        guard !common.isEmpty else { return false }
        // A kind the withdrawal names and the citation does not must be wider than what the
        // citation names: a page around its paragraph, never a paragraph within its page.
        let citedDepth = citation.places.keys.map(Self.depth).max() ?? 0
        for kind in places.keys where citation.places[kind] == nil && Self.depth(kind) >= citedDepth {
            return false
        }
        return common.allSatisfy { citation.places[$0, default: []].isSubset(of: places[$0, default: []]) }
    }

    /// Whether the withdrawals together cover `citation`: each place at its finest level is
    /// covered by one of them ("para. 12" and "para. 13" together cover "paras. 12-13").
    static func covered(_ citation: PinpointParts, by withdrawals: [PinpointParts]) -> Bool {
        guard !citation.places.isEmpty else { return false }
        if withdrawals.contains(where: { $0.covers(citation) }) { return true }
        guard withdrawals.count > 1, let finest = citation.places.keys.max(by: { depth($0) < depth($1) }),
            let values = citation.places[finest], values.count > 1
        else { return false }
        return values.allSatisfy { value in
            var one = citation.places
            one[finest] = [value]
            return withdrawals.contains { $0.covers(PinpointParts(places: one)) }
        }
    }

    /// "paras10-14" → ("para", 10 … 14); "pp3-4" → ("p", 3, 4); "¶5" → ("para", 5); a time
    /// ("00:12:30") as it is; nil for a part that names no place.
    private static func read(_ place: String) -> (kind: String, places: [String])? {
        let letters = place.prefix { $0.isLetter || $0 == "¶" || $0 == "§" }
        let rest = String(place.dropFirst(letters.count))
        guard letters.count <= 12, !rest.isEmpty else { return nil }
        let kind: String =
            switch letters {
            case "paras", "paragraphs", "paragraph", "para", "¶", "¶¶": "para"
            case "pp", "pages", "page", "p": "p"
            case "lines", "line", "ll", "l": "l"
            default: String(letters)
            }
        let isNumber = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        if letters.isEmpty, rest.contains(":"), rest.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == ":" }) {
            return ("time", [rest])
        }
        let bounds = rest.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "–", omittingEmptySubsequences: false)
        }
        if bounds.count == 1, isNumber(bounds[0]), let number = Int(bounds[0]) { return (kind, [String(number)]) }
        guard bounds.count == 2, isNumber(bounds[0]), isNumber(bounds[1]), let a = Int(bounds[0]), let b = Int(bounds[1]),
            abs(b - a) < longestRange
        else { return nil }
        return (kind, (min(a, b)...max(a, b)).map(String.init))
    }
}
