import CasebookModel

/// The arithmetic of Hangul syllables (Unicode 3.12): a syllable is a lead consonant, a vowel and
/// an optional tail consonant, which is what romanisation and the South's initial-sound rule work on.
package enum Hangul {
    static let syllableBase: UInt32 = 0xAC00
    static let syllableLast: UInt32 = 0xD7A3
    static let leadBase: UInt32 = 0x1100
    static let vowelBase: UInt32 = 0x1161
    static let tailBase: UInt32 = 0x11A7
    static let leadCount = 19
    static let vowelCount = 21
    static let tailCount = 28

    static func isSyllable(_ scalar: UInt32) -> Bool { (syllableBase...syllableLast).contains(scalar) }

    static func isConjoiningJamo(_ scalar: UInt32) -> Bool { (0x1100...0x11FF).contains(scalar) }

    /// Whether `scalar` is Hangul or another East Asian script, whose names match as runs of
    /// characters rather than as whole words.
    static func isEastAsian(_ scalar: UInt32) -> Bool {
        isSyllable(scalar) || isConjoiningJamo(scalar) || (0x3040...0x30FF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x4E00...0x9FFF).contains(scalar) || (0xF900...0xFAFF).contains(scalar) || (0x20000...0x2FA1F).contains(scalar)
    }

    static func leadIndex(_ scalar: UInt32) -> Int? {
        scalar >= leadBase && scalar < leadBase + UInt32(leadCount) ? Int(scalar - leadBase) : nil
    }

    static func vowelIndex(_ scalar: UInt32) -> Int? {
        scalar >= vowelBase && scalar < vowelBase + UInt32(vowelCount) ? Int(scalar - vowelBase) : nil
    }

    /// A tail (final) consonant's index, 1–27; 0 means no tail.
    static func tailIndex(_ scalar: UInt32) -> Int? {
        scalar > tailBase && scalar < tailBase + UInt32(tailCount) ? Int(scalar - tailBase) : nil
    }

    static func syllable(lead: Int, vowel: Int, tail: Int) -> UInt32 {
        syllableBase + UInt32((lead * vowelCount + vowel) * tailCount + tail)
    }

    static func parts(of scalar: UInt32) -> (lead: Int, vowel: Int, tail: Int)? {
        guard isSyllable(scalar) else { return nil }
        let index = Int(scalar - syllableBase)
        return (index / (vowelCount * tailCount), (index % (vowelCount * tailCount)) / tailCount, index % tailCount)
    }

    /// The tail consonant a lead consonant becomes when it closes a syllable (ㄸ, ㅃ and ㅉ never do).
    static let tailForLead: [Int: Int] = [
        0: 1, 1: 2, 2: 4, 3: 7, 5: 8, 6: 16, 7: 17, 9: 19, 10: 20, 11: 21, 12: 22, 14: 23, 15: 24, 16: 25, 17: 26, 18: 27,
    ]

    // Indices used by the spelling rules.
    static let leadRieul = 5  // ㄹ
    static let leadNieun = 2  // ㄴ
    static let leadIeung = 11  // ㅇ (silent)

    /// Vowels that begin with an i or y sound (ㅣ ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ): before them the South writes
    /// an initial ㄹ or ㄴ as ㅇ.
    static let iotatedVowels: Set<Int> = [20, 2, 3, 6, 7, 12, 17]

    /// The same syllable in the other Korea's spelling at the start of a word, by the initial-sound
    /// rule (두음법칙) the South applies and the North does not: 리 → 이, 림 → 임, 류 → 유, 량 → 양,
    /// 로 → 노, 라 → 나, 녀 → 여; and the reverse, from the South's spelling back to the North's
    /// (이 → 리, 노 → 로).
    static func otherKoreaSpellings(of scalar: UInt32) -> [UInt32] {
        guard let (lead, vowel, tail) = parts(of: scalar) else { return [] }
        let iotated = iotatedVowels.contains(vowel)
        switch lead {
        case leadRieul:
            return [syllable(lead: iotated ? leadIeung : leadNieun, vowel: vowel, tail: tail)]
        case leadNieun where iotated:
            return [syllable(lead: leadIeung, vowel: vowel, tail: tail)]
        case leadNieun:
            return [syllable(lead: leadRieul, vowel: vowel, tail: tail)]
        case leadIeung where iotated:
            return [syllable(lead: leadRieul, vowel: vowel, tail: tail)]
        default:
            return []
        }
    }
}
