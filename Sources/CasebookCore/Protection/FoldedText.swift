import CasebookModel
import CasebookStore
import Foundation

/// Text reduced to the letters and digits that spell a name, so that one comparison finds a name
/// however it was typed: capitals, accents, full-width forms, look-alike Cyrillic or Greek
/// letters, hyphens, spaces, line breaks, zero-width characters, decomposed (macOS) Hangul and
/// Hangul typed as separate compatibility jamo all fold away.
///
/// Each unit is one folded Unicode scalar. `gapBefore` marks a unit that a space or punctuation
/// separated from the one before it in the original, which the matching rules use to find word
/// and eojeol (Korean word) boundaries; `joinedBefore` marks a gap that was only a hyphen, which
/// joins the parts of one name ("Jong-un") rather than separating two words. (An apostrophe
/// separates: "Kim Chol-su's" ends the name before the possessive.)
struct FoldedText {
    static let gapBit: UInt32 = 1 << 31
    static let joinerBit: UInt32 = 1 << 30
    static let flagBits = gapBit | joinerBit

    /// Folded scalars, each with `gapBit` set when a separator came before it.
    private(set) var units: [UInt32] = []
    /// For each unit, the UTF-8 byte range of the original text it came from (only when asked).
    private(set) var origins: [Range<Int>] = []

    var count: Int { units.count }
    func scalar(_ index: Int) -> UInt32 { units[index] & ~Self.flagBits }
    func gapBefore(_ index: Int) -> Bool { units[index] & Self.gapBit != 0 }
    /// A gap made only of hyphens and apostrophes.
    func joinedBefore(_ index: Int) -> Bool { units[index] & Self.joinerBit != 0 }

    /// Folds `text`; with `keepingOrigins`, also records where each unit came from.
    init(_ text: String, keepingOrigins: Bool = false) {
        var copy = text
        var folder = ScalarFolder()
        units.reserveCapacity(text.utf8.count)
        if keepingOrigins { origins.reserveCapacity(text.utf8.count) }
        var pendingGap = false
        var onlyJoiners = true
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let (value, length) = Self.decode(bytes, at: offset)
                let range = offset..<(offset + length)
                offset += length
                switch folder.fold(value) {
                case .ignorable:
                    continue
                case .separator:
                    pendingGap = true
                    onlyJoiners = false
                case .joiner:
                    pendingGap = true
                case .single(let folded):
                    append(folded, gap: pendingGap, joined: pendingGap && onlyJoiners, origin: range, keepingOrigins)
                    pendingGap = false
                    onlyJoiners = true
                case .several(let folded):
                    for scalar in folded {
                        append(scalar, gap: pendingGap, joined: pendingGap && onlyJoiners, origin: range, keepingOrigins)
                        pendingGap = false
                        onlyJoiners = true
                    }
                }
            }
        }
        composeJamo(keepingOrigins)
    }

    private mutating func append(_ scalar: UInt32, gap: Bool, joined: Bool, origin: Range<Int>, _ keepingOrigins: Bool) {
        units.append(scalar | (gap ? Self.gapBit : 0) | (joined ? Self.joinerBit : 0))
        if keepingOrigins { origins.append(origin) }
    }

    /// Decodes one scalar of valid UTF-8 (a Swift string's own bytes).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                | UInt32(bytes[offset + 3] & 0x3F), 4
        )
    }

    /// Joins conjoining jamo (from decomposed or compatibility-jamo Hangul) into syllables, so that
    /// "ㄱㅣㅁ" and a decomposed 김 both read as 김. Jamo separated by a space stay apart.
    private mutating func composeJamo(_ keepingOrigins: Bool) {
        guard units.contains(where: { Hangul.isConjoiningJamo($0 & ~Self.flagBits) }) else { return }
        var composed: [UInt32] = []
        var composedOrigins: [Range<Int>] = []
        composed.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            let scalar = unit & ~Self.flagBits
            var consumed = 1
            var result = scalar
            if let lead = Hangul.leadIndex(scalar), index + 1 < units.count, !gapBefore(index + 1),
                let vowel = Hangul.vowelIndex(self.scalar(index + 1))
            {
                consumed = 2
                var tail = 0
                if index + 2 < units.count, !gapBefore(index + 2) {
                    let next = self.scalar(index + 2)
                    let afterNextIsVowel =
                        index + 3 < units.count && !gapBefore(index + 3) && Hangul.vowelIndex(self.scalar(index + 3)) != nil
                    if let trailing = Hangul.tailIndex(next) {
                        tail = trailing
                    } else if !afterNextIsVowel, let lead = Hangul.leadIndex(next), let asTail = Hangul.tailForLead[lead] {
                        tail = asTail
                    }
                    if tail != 0 { consumed = 3 }
                }
                result = Hangul.syllable(lead: lead, vowel: vowel, tail: tail)
            } else if let syllable = Hangul.parts(of: scalar), syllable.tail == 0, index + 1 < units.count, !gapBefore(index + 1),
                let tail = Hangul.tailIndex(self.scalar(index + 1))
            {
                consumed = 2
                result = Hangul.syllable(lead: syllable.lead, vowel: syllable.vowel, tail: tail)
            }
            composed.append(unit & Self.flagBits | result)
            if keepingOrigins { composedOrigins.append(origins[index].lowerBound..<origins[index + consumed - 1].upperBound) }
            index += consumed
        }
        units = composed
        if keepingOrigins { origins = composedOrigins }
    }
}

/// What one scalar of text folds to.
enum FoldedScalar {
    /// Leaves no trace: zero-width and other format characters, combining marks.
    case ignorable
    /// Separates words: spaces, punctuation, symbols.
    case separator
    /// Joins the parts of one name: a hyphen.
    case joiner
    case single(UInt32)
    case several([UInt32])
}

/// Folds scalars one at a time, remembering what it worked out for each non-ASCII scalar.
struct ScalarFolder {
    private var cache: [UInt32: FoldedScalar] = [:]

    mutating func fold(_ value: UInt32) -> FoldedScalar {
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return .single(value)
            case 0x41...0x5A: return .single(value + 0x20)
            case 0x2D: return .joiner
            default: return .separator
            }
        }
        if Hangul.isSyllable(value) { return .single(value) }
        if let known = cache[value] { return known }
        let folded = Self.foldSlowly(value)
        cache[value] = folded
        return folded
    }

    static let fillers: Set<UInt32> = [0x115F, 0x1160, 0x3164, 0xFFA0]
    static let joiners: Set<UInt32> = [0x2010, 0x2011, 0x2013]

    /// Compatibility decomposition, lower case, no accents, look-alikes mapped to Latin.
    static func foldSlowly(_ value: UInt32) -> FoldedScalar {
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        // Hangul fillers look like a space; typographic hyphens join a name; the modifier letters
        // that McCune–Reischauer's aspiration mark is typed with (Chʼŏl) separate, like "'".
        if fillers.contains(value) { return .separator }
        if joiners.contains(value) { return .joiner }
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark, .spacingMark: return .ignorable
        case .modifierLetter, .modifierSymbol: return .separator
        default: break
        }
        var kept: [UInt32] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            guard part.properties.isAlphabetic || part.properties.numericType != nil else { continue }
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                switch lower.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .spacingMark: continue
                default: break
                }
                if let latin = Confusables.latin[lower.value] {
                    kept.append(contentsOf: latin.unicodeScalars.map(\.value))
                } else {
                    kept.append(lower.value)
                }
            }
        }
        switch kept.count {
        case 0: return .separator
        case 1: return .single(kept[0])
        default: return .several(kept)
        }
    }
}

/// Letters of other scripts that look like Latin ones, and Latin letters that compatibility
/// decomposition leaves alone, mapped to the plain Latin letters a reader would take them for
/// (after Unicode TR39's confusables, for the letters that occur in names).
enum Confusables {
    static let latin: [UInt32: String] = {
        let pairs: [(Character, String)] = [
            // Cyrillic
            ("а", "a"), ("в", "b"), ("е", "e"), ("ё", "e"), ("з", "3"), ("і", "i"), ("ї", "i"), ("ј", "j"), ("к", "k"),
            ("м", "m"), ("н", "h"), ("о", "o"), ("р", "p"), ("с", "c"), ("т", "t"), ("у", "y"), ("х", "x"), ("ѕ", "s"),
            ("һ", "h"), ("ԁ", "d"), ("ԛ", "q"), ("ԝ", "w"), ("ӏ", "l"), ("ү", "y"),
            // Greek
            ("α", "a"), ("β", "b"), ("ε", "e"), ("η", "n"), ("ι", "i"), ("κ", "k"), ("ν", "v"), ("ο", "o"), ("ρ", "p"),
            ("τ", "t"), ("υ", "u"), ("χ", "x"), ("γ", "y"), ("ω", "w"),
            // Latin letters without a decomposition
            ("ı", "i"), ("ȷ", "j"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("đ", "d"), ("ð", "d"), ("ł", "l"),
            ("ŀ", "l"), ("þ", "th"), ("ħ", "h"), ("ɡ", "g"), ("ŋ", "ng"),
        ]
        var table: [UInt32: String] = [:]
        for (letter, latin) in pairs {
            for scalar in letter.unicodeScalars { table[scalar.value] = latin }
        }
        return table
    }()
}
