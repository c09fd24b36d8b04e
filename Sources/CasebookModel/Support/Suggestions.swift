/// Suggests the keys closest to a mistyped one, so an error can say "did you mean …".
///
/// Lawyers type crime keys from memory ("torure", "rape"); the closest known keys,
/// by edit distance or by a shared word, are more useful than the whole list.
package enum Suggestions {
    /// Up to `limit` candidates closest to `input`, best first.
    package static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        let scored = candidates.map { candidate -> (String, Int) in
            let lowered = candidate.lowercased()
            var score = editDistance(needle, lowered)
            if !needle.isEmpty, lowered.contains(needle) || needle.contains(lowered) {
                score = min(score, 1)
            }
            return (candidate, score)
        }
        let threshold = max(2, needle.count / 3)
        return
            scored
            .filter { $0.1 <= threshold }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit)
            .map(\.0)
    }

    /// The Levenshtein distance between two strings, by characters.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
