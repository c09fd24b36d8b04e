/// Whether the word after a romanised name goes on with its given name: "Kim Jong Il" and "Kim
/// Jong Un" are not the witness "Kim Jong" (김정), as "Kim Jong-il" and "Kim Jong-un" already were
/// not; people write the syllables of a given name apart as often as hyphenated.
///
/// The next word continues the name only when all of these hold, so that the rule cannot hide a
/// witness behind an ordinary word: only white space comes between (a full stop, comma or line of
/// punctuation ends the name); the word is one romanised Korean syllable; it is written as a name
/// part (a capital then small letters, or all capitals in an all-capital name), so "Kim Jong in
/// the camp" is still a hit; and it is not a short English word that a heading capitalises ("Kim
/// Jong In Court").
enum GivenNameContinuation {
    /// Every spelling of one Hangul syllable the romanisation tables give, in any system.
    static let syllables: Set<String> = {
        var leads = Set(KoreanRomanization.leads.joined())
        leads.insert("sh")
        var vowels = Set(KoreanRomanization.vowels.joined())
        vowels.formUnion(["woo", "wu"])
        let tails = Set(KoreanRomanization.tails.joined())
        var result: Set<String> = []
        for lead in leads {
            for vowel in vowels {
                for tail in tails { result.insert(lead + vowel + tail) }
            }
        }
        return result
    }()

    /// Short English words that spell a syllable and that a heading or a sentence capitalises;
    /// after a name they are a hit, never a continuation. ("Un", "Il" and "Su" are not here.)
    static let englishWords: Set<String> = [
        "a", "i", "o", "in", "on", "to", "at", "so", "do", "go", "no", "he", "we", "be", "me", "an", "am", "up", "it", "you",
        "but", "not", "yet", "get", "got", "let", "met", "set", "sat", "sit", "ran", "run", "won", "man", "men", "ten", "him",
        "hit", "hot", "the", "bed", "big", "bit", "pet", "pot", "put", "tip", "top", "dog", "king", "long", "sing", "song",
        "ring", "gang", "bang", "hang", "sang", "sun", "son", "moon", "mom", "dad", "kid", "pin", "pen", "tin", "ton",
        "see", "bee", "hee", "tee", "pee", "nee", "sue", "due", "too", "moo", "boo", "goo", "oo", "ee", "hi", "ha", "ma", "pa",
    ]

    /// Whether `word` spells a syllable, read with each i or l as either (a look-alike reading
    /// may have turned "Il" into "ii").
    static func isSyllable(_ word: String) -> Bool {
        var candidates = [""]
        for letter in word {
            let options: [Character] = letter == "i" || letter == "l" ? ["i", "l"] : [letter]
            candidates = candidates.flatMap { prefix in options.map { prefix + String($0) } }
        }
        return candidates.contains(where: syllables.contains)
    }

    /// Whether the word starting at `end`, right after a name that started at `start`, continues it.
    static func continues(after end: Int, nameStart start: Int, in text: FoldedText) -> Bool {
        guard end < text.count, end > start, text.gapBefore(end), text.spacedBefore(end) else { return false }
        var wordEnd = end + 1
        while wordEnd < text.count, !text.gapBefore(wordEnd) { wordEnd += 1 }
        guard wordEnd - end <= 7 else { return false }
        var word = ""
        for index in end..<wordEnd {
            let scalar = text.scalar(index)
            guard (0x61...0x7A).contains(scalar), let letter = Unicode.Scalar(scalar) else { return false }
            word.unicodeScalars.append(letter)
        }
        guard isSyllable(word), !englishWords.contains(word) else { return false }
        let rest = (end + 1)..<wordEnd
        let titleCase = text.isCapital(end) && !rest.contains(where: text.isCapital)
        let allCapitals = text.isCapital(end) && rest.allSatisfy(text.isCapital) && text.isCapital(end - 1)
        return titleCase || allCapitals
    }
}
