/// A pinpoint read as the places it names, so that a withdrawn passage is found in the citations
/// that cite it however they were typed: "para. 12", "para 12" and "Para.12" are one place; "p. 3,
/// para. 12" names page 3 and paragraph 12; "paras. 10-14" names paragraphs 10 to 14.
///
/// A withdrawal covers a citation when they name places of a kind in common (pages, paragraphs,
/// lines) and, for each such kind, every place the citation names is withdrawn: withdrawing
/// "paras. 10-14" covers "para. 12" and "p. 3, para. 12"; withdrawing "p. 3" covers every
/// paragraph cited on page 3. A citation that also rests on places not withdrawn ("paras. 10-14"
/// when only para. 12 is withdrawn) still counts, as does one without a pinpoint: it cites the
/// account as a whole.
struct PinpointParts: Equatable {
    /// The places named, by kind: "para" → ["12"], "p" → ["3"].
    let places: [String: Set<String>]

    init(_ pinpoint: String) {
        var places: [String: Set<String>] = [:]
        for part in pinpoint.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let squeezed = String(part.lowercased().filter { !$0.isWhitespace && $0 != "." })
            guard !squeezed.isEmpty else { continue }
            let (kind, numbers) = Self.expand(squeezed)
            places[kind, default: []].formUnion(numbers)
        }
        self.places = places
    }

    /// Whether this pinpoint (a withdrawal's) covers `citation`'s.
    func covers(_ citation: PinpointParts) -> Bool {
        let common = Set(places.keys).intersection(citation.places.keys)
        return !common.isEmpty && common.allSatisfy { citation.places[$0, default: []].isSubset(of: places[$0, default: []]) }
    }

    /// "paras10-14" → ("para", 10 … 14); "pp3-4" → ("p", 3, 4); a singular name for a plural one
    /// ("paras12" → "para", 12); anything else as it is.
    private static func expand(_ place: String) -> (kind: String, places: [String]) {
        let letters = place.prefix { $0.isLetter }
        let rest = String(place.dropFirst(letters.count))
        let kind: String =
            switch letters {
            case "paras", "paragraphs", "paragraph", "para", "¶": "para"
            case "pp", "pages", "page", "p": "p"
            case "lines", "line", "ll", "l": "l"
            default: String(letters)
            }
        let bounds = rest.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
        if bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]), first <= last, last - first < 1000 {
            return (kind, (first...last).map(String.init))
        }
        return (kind, [rest])
    }
}
