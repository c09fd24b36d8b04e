/// Korean names as German and French texts spell them, syllable by syllable from the jamo like
/// `KoreanRomanization`: German writes ㅊ and ㅈ as tsch and dsch, ㅓ as ŏ or o, ㅐ as ä, y as j
/// (Tschŏl-su, Dschong); French writes them as tch and dj, ㅜ as ou, ㅔ as é (Tchol-sou, Djong).
/// Older reports and asylum files in those languages use these spellings, which no English
/// romanisation gives.
enum EuropeanRomanization {
    struct Language {
        let leads: [[String]]
        let vowels: [[String]]
    }

    static let german = Language(
        leads: [
            ["k", "g"], ["kk", "gg"], ["n"], ["t", "d"], ["tt"], ["r", "l"], ["m"], ["p", "b"], ["pp"], ["s"], ["ss"], [""],
            ["tsch", "dsch"], ["tsch"], ["tsch"], ["k"], ["t"], ["p"], ["h"],
        ],
        vowels: [
            ["a"], ["ae"], ["ja"], ["jae"], ["o", "eo"], ["e"], ["jo", "jeo"], ["je"], ["o"], ["wa"], ["wae"], ["oe"], ["jo"],
            ["u"],
            ["wo"], ["we"], ["wi"], ["ju"], ["u", "eu"], ["ui"], ["i"],
        ])

    static let french = Language(
        leads: [
            ["k", "g"], ["kk", "gg"], ["n"], ["t", "d"], ["tt"], ["r", "l"], ["m"], ["p", "b"], ["pp"], ["s"], ["ss"], [""],
            ["dj", "tch"], ["tch"], ["tch"], ["k"], ["t"], ["p"], ["h"],
        ],
        vowels: [
            ["a"], ["ae"], ["ya"], ["yae"], ["o", "eo"], ["e"], ["yo"], ["ye"], ["o"], ["oua", "wa"], ["wae"], ["oe"], ["yo"],
            ["ou"],
            ["ouo", "wo"], ["oue", "we"], ["oui", "wi"], ["you"], ["eu"], ["eui", "ui"], ["i"],
        ])

    static let languages = [german, french]

    /// The spellings of one syllable in one language, commonest first.
    static func spellings(of syllable: UInt32, in language: Language) -> [String] {
        guard let (lead, vowel, tail) = Hangul.parts(of: syllable) else { return [] }
        var result: [String] = []
        for end in KoreanRomanization.tails[tail] {
            for middle in language.vowels[vowel] {
                for first in language.leads[lead] where !result.contains(first + middle + end) {
                    result.append(first + middle + end)
                }
            }
        }
        return result
    }

    /// Every spelling of a run of syllables in one language, capped as `KoreanRomanization` caps
    /// them (the rarest spelling of the syllable with the most dropped first).
    static func spellings(ofWord syllables: [UInt32], in language: Language, cap: Int = 160) -> [String] {
        var each = syllables.map { spellings(of: $0, in: language) }.filter { !$0.isEmpty }
        while each.reduce(1, { $0 * $1.count }) > cap, let widest = each.indices.max(by: { each[$0].count < each[$1].count }),
            each[widest].count > 1
        {
            each[widest].removeLast()
        }
        var words = [""]
        for options in each { words = words.flatMap { word in options.map { word + $0 } } }
        return words
    }
}
