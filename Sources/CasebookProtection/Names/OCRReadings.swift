/// The misreadings of a name that OCR and hand-typed disguises produce beyond single look-alike
/// letters: "|" for l or I ("Kim Cho|-su"), and "rn" for m ("Kirn Chol-su"), which a reader takes
/// for the name and which a one-letter skeleton cannot map.
///
/// The two are handled on opposite sides, each where it costs least. A "|" is read in the text,
/// in a second folding made only when a "|" stands beside a letter (a pipe between spaced table
/// cells never triggers it, and the first folding keeps "|" as a separator, so "W-1|Kim" still
/// shows "Kim" as a word). "rn" is generated on the needle's side, because "rn" is common in
/// ordinary text ("born", "return") and reading every one as m would double every scan.
package enum OCRReadings {
    /// The most forms one spelling gets: each m alone and all of them together.
    static let maximumForms = 4

    /// The spelling with its m's written "rn": all of them, and, for a name with several, each
    /// one alone. Only plain Latin spellings get them; a date or a Hangul name has no m.
    static func rnForms(of text: String) -> [String] {
        guard text.allSatisfy({ $0.isASCII && ($0.isLetter || " -'".contains($0)) }) else { return [] }
        let positions = text.indices.filter { text[$0] == "m" || text[$0] == "M" }
        guard !positions.isEmpty else { return [] }
        func replacing(_ chosen: [String.Index]) -> String {
            var result = ""
            for index in text.indices {
                if chosen.contains(index) {
                    let next = text.index(after: index)
                    let small = next < text.endIndex && text[next].isLowercase
                    result += text[index] == "m" ? "rn" : small ? "Rn" : "RN"
                } else {
                    result.append(text[index])
                }
            }
            return result
        }
        var forms = [replacing(positions)]
        if positions.count > 1 { forms += positions.map { replacing([$0]) } }
        return Array(forms.prefix(maximumForms))
    }
}

extension FoldedText {
    /// The foldings of `text` the scan reads, each with its own look-alike `readings`: the text as
    /// typed, then, if a "|" stands beside a letter, with each such "|" as an ambiguous l or I.
    static func bases(of text: String, keepingOrigins: Bool = false) -> [FoldedText] {
        let plain = FoldedText(text, keepingOrigins: keepingOrigins)
        guard plain.pipeBesideLetter else { return [plain] }
        return [plain, FoldedText(text, keepingOrigins: keepingOrigins, pipeAsLetter: true)]
    }
}
