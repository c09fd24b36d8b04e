import CasebookModel
import CasebookStore
import Foundation

/// How a recommendation is cited in a submission: "126.45 (Chile), A/HRC/42/10".
///
/// UPR Info's practice, and what OHCHR's matrices use: the paragraph.item number, the
/// recommending State in brackets, and the Working Group report's document symbol. The register
/// keeps the source exactly as given ("UPR 3 (2019), A/HRC/42/10"); the citation uses the UN
/// document symbol in it, or the whole source when it holds none.
enum RecommendationCitation {
    /// "126.45 (Chile), A/HRC/42/10".
    public static func format(number: String, state: String, source: String) -> String {
        "\(number) (\(state)), \(documentSymbol(in: source))"
    }

    /// "126.45, Chile": the short form for "as recommended previously (126.45, Chile)".
    static func short(number: String, state: String) -> String {
        "\(number), \(state)"
    }

    /// The last UN document symbol in a source ("A/HRC/42/10" in "UPR 3 (2019), A/HRC/42/10"), else the source.
    static func documentSymbol(in source: String) -> String {
        let pattern = #/\b[A-Z]{1,5}(?:/[A-Za-z0-9.\-]+)+/#
        let matches = source.matches(of: pattern)
        guard let last = matches.last else { return source.trimmingCharacters(in: .whitespaces) }
        var symbol = String(source[last.range])
        while symbol.hasSuffix(".") { symbol.removeLast() }
        return symbol
    }

    /// How a team recommendation names one it follows, made in UPR cycle `cycle` (nil: made outside
    /// the UPR): "as recommended previously (126.31, Germany)" for a UPR recommendation, "as the
    /// Commission of Inquiry recommended (A/HRC/25/63 para. 89(s))" for a commission's.
    static func follows(number: String, state: String, source: String, cycle: Int?) -> String {
        if cycle != nil {
            return "as recommended previously (\(RecommendationCitation.short(number: number, state: state)))"
        }
        let body = state.lowercased().hasPrefix("the ") ? state : "the \(state)"
        return "as \(body) recommended (\(RecommendationCitation.documentSymbol(in: source)) para. \(number))"
    }

    /// 3 for "UPR 3 (2019), A/HRC/42/10"; nil when the source names no cycle.
    static func namedCycle(in source: String) -> Int? {
        source.firstMatch(of: #/\bUPR\s+(\d+)\b/#).flatMap { Int($0.1) }
    }
}
