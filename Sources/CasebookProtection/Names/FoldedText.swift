import CasebookModel
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
    /// An ASCII capital letter in the original, which tells a name's next syllable ("Kim Jong Il")
    /// from an English word after it ("Kim Jong in the camp").
    static let capitalBit: UInt32 = 1 << 29
    /// A gap made only of white space within a line, which may part the syllables of one name;
    /// punctuation and line breaks never do.
    static let spacedBit: UInt32 = 1 << 28
    static let flagBits = gapBit | joinerBit | capitalBit | spacedBit

    /// Folded scalars, each with `gapBit` set when a separator came before it.
    private(set) var units: [UInt32] = []
    /// For each unit, the UTF-8 byte range of the original text it came from (only when asked).
    private(set) var origins: [Range<Int>] = []
    /// Units that OCR or a look-alike makes ambiguous: a 1 or 0 among letters ("Cho1-su", "Ch0l"),
    /// a capital I among small letters ("ChoI"), a small l among capitals ("KlM"), a letter of
    /// another script that looks like I or l (Greek Ι, Cyrillic І). See `readings`.
    private(set) var lookAlikes: [Int] = []

    var count: Int { units.count }
    func scalar(_ index: Int) -> UInt32 { units[index] & ~Self.flagBits }
    func gapBefore(_ index: Int) -> Bool { units[index] & Self.gapBit != 0 }
    /// A gap made only of hyphens and apostrophes.
    func joinedBefore(_ index: Int) -> Bool { units[index] & Self.joinerBit != 0 }
    /// A gap made only of white space.
    func spacedBefore(_ index: Int) -> Bool { units[index] & Self.spacedBit != 0 }
    /// Whether the unit was an ASCII capital letter.
    func isCapital(_ index: Int) -> Bool { units[index] & Self.capitalBit != 0 }
    /// Whether a "|" stands beside a letter, where OCR or a disguise may have put it for l or I
    /// ("Cho|-su"); `FoldedText.bases(of:keepingOrigins:)` then reads the text once more with it as a letter.
    private(set) var pipeBesideLetter = false

    /// Folds `text`; with `keepingOrigins`, also records where each unit came from. With
    /// `pipeAsLetter`, a "|" beside a letter is read as an ambiguous l or I rather than a separator.
    init(_ text: String, keepingOrigins: Bool = false, pipeAsLetter: Bool = false) {
        var copy = text
        var folder = ScalarFolder()
        units.reserveCapacity(text.utf8.count)
        if keepingOrigins { origins.reserveCapacity(text.utf8.count) }
        var pendingGap = false
        var onlyJoiners = true
        var onlySpaces = true
        var capital = false
        // The case of the last ASCII letter, while no gap follows it: 1 small, 2 capital.
        var lastCase = 0
        // A small l after a capital, ambiguous unless a small letter follows it.
        var pendingSmallL: Int?
        var candidates: [Int] = []
        copy.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let (value, length) = Self.decode(bytes, at: offset)
                let range = offset..<(offset + length)
                offset += length
                if value < 0x80 {
                    let isSmall = (0x61...0x7A).contains(value)
                    let isCapital = (0x41...0x5A).contains(value)
                    capital = isCapital
                    if let index = pendingSmallL {
                        if !isSmall { candidates.append(index) }
                        pendingSmallL = nil
                    }
                    if value == 0x7C, (lastCase != 0 && !pendingGap) || (offset < bytes.count && Self.isASCIILetter(bytes[offset]))
                    {
                        pipeBesideLetter = true
                        if pipeAsLetter {
                            candidates.append(units.count)
                            append(0x6C, gap: pendingGap, joined: pendingGap && onlyJoiners, origin: range, keepingOrigins)
                            pendingGap = false
                            onlyJoiners = true
                            onlySpaces = true
                            lastCase = 0
                            continue
                        }
                    }
                    if value == 0x49, lastCase == 1, !pendingGap {
                        candidates.append(units.count)
                    } else if value == 0x6C, lastCase == 2, !pendingGap {
                        pendingSmallL = units.count
                    } else if value == 0x30 || value == 0x31 {
                        candidates.append(units.count)
                    }
                    lastCase = isSmall ? 1 : isCapital ? 2 : 0
                } else {
                    capital = false
                    if let index = pendingSmallL {
                        candidates.append(index)
                        pendingSmallL = nil
                    }
                    lastCase = 0
                    if !Hangul.isSyllable(value), ConfusableSkeletons.isAmbiguous(value) { candidates.append(units.count) }
                }
                switch folder.fold(value) {
                case .ignorable:
                    continue
                case .separator:
                    pendingGap = true
                    onlyJoiners = false
                    if !Self.spaces.contains(value) { onlySpaces = false }
                    lastCase = 0
                case .joiner:
                    pendingGap = true
                    onlySpaces = false
                    lastCase = 0
                case .single(let folded):
                    append(
                        folded, gap: pendingGap, joined: pendingGap && onlyJoiners,
                        spaced: pendingGap && !onlyJoiners && onlySpaces,
                        capital: capital, origin: range, keepingOrigins)
                    pendingGap = false
                    onlyJoiners = true
                    onlySpaces = true
                case .several(let folded):
                    for scalar in folded {
                        append(
                            scalar, gap: pendingGap, joined: pendingGap && onlyJoiners,
                            spaced: pendingGap && !onlyJoiners && onlySpaces, origin: range, keepingOrigins)
                        pendingGap = false
                        onlyJoiners = true
                        onlySpaces = true
                    }
                }
            }
        }
        if let index = pendingSmallL { candidates.append(index) }
        let remap = composeJamo(keepingOrigins)
        if !candidates.isEmpty { findLookAlikes(candidates.map { remap?[$0] ?? $0 }) }
    }

    /// Keeps the candidates that are truly ambiguous: a digit only between or beside letters (a
    /// 1 in "1975" or "010-1234" stays a digit).
    private mutating func findLookAlikes(_ candidates: [Int]) {
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < units.count && (0x61...0x7A).contains(scalar(index))
        }
        for index in candidates where index < units.count {
            let value = scalar(index)
            if value == 0x30 || value == 0x31 {
                let before = !gapBefore(index) && isLetter(index - 1)
                let after = index + 1 < units.count && (!gapBefore(index + 1) || joinedBefore(index + 1)) && isLetter(index + 1)
                let digitNear =
                    (index > 0 && !gapBefore(index) && (0x30...0x39).contains(scalar(index - 1)))
                    || (index + 1 < units.count && !gapBefore(index + 1) && (0x30...0x39).contains(scalar(index + 1)))
                guard before || (after && !gapBefore(index + 1)), !digitNear else { continue }
            }
            if lookAlikes.last != index { lookAlikes.append(index) }
        }
    }

    /// The text as read, then, if it has ambiguous units, as read with each of them taken for l
    /// (and 0 for o), and with each taken for i: "K1m" is Kim, "Cho1-su" is Chol-su. When two or
    /// more words hold such units, also with the words taking l and i by turns, so that "K1m
    /// Cho1-su" (i in one word, l in the next) is read as Kim Chol-su: any two neighbouring words
    /// get every pairing. The readings have the same units in the same places, so a match in any
    /// maps back to the same text. A name's needle is never changed: a 1 in a date stays a digit
    /// in the first reading.
    var readings: [FoldedText] {
        guard !lookAlikes.isEmpty else { return [self] }
        // The turn of each ambiguous unit: the how-manieth word holding such a unit it is in.
        var turns: [Int] = []
        var word = 0
        var lastIndex = lookAlikes[0]
        for index in lookAlikes {
            if index != lastIndex, (lastIndex + 1...index).contains(where: { gapBefore($0) && !joinedBefore($0) }) {
                word += 1
            }
            turns.append(word)
            lastIndex = index
        }
        let patterns: [(Int) -> Bool] =
            word == 0 ? [{ _ in true }, { _ in false }] : [{ _ in true }, { _ in false }, { $0 % 2 == 0 }, { $0 % 2 == 1 }]
        return [self]
            + patterns.map { takesL in
                var reading = self
                for (index, turn) in zip(lookAlikes, turns) {
                    let flags = units[index] & Self.flagBits
                    let value = scalar(index)
                    reading.units[index] = flags | (value == 0x30 ? 0x6F : takesL(turn) ? 0x6C : 0x69)
                }
                return reading
            }
    }

    private mutating func append(
        _ scalar: UInt32, gap: Bool, joined: Bool, spaced: Bool = false, capital: Bool = false, origin: Range<Int>,
        _ keepingOrigins: Bool
    ) {
        units.append(
            scalar | (gap ? Self.gapBit : 0) | (joined ? Self.joinerBit : 0) | (spaced ? Self.spacedBit : 0)
                | (capital ? Self.capitalBit : 0))
        if keepingOrigins { origins.append(origin) }
    }

    /// White space within a line: a gap of only these may part the syllables of one name. A line
    /// break does not: a subject line's name followed by the body's "See attached" is not a name
    /// going on.
    static let spaces: Set<UInt32> = [0x09, 0x20, 0xA0, 0x2002, 0x2003, 0x2009, 0x202F, 0x3000]

    static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

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
    /// Returns, if it joined any, where each unit went.
    @discardableResult
    private mutating func composeJamo(_ keepingOrigins: Bool) -> [Int]? {
        guard units.contains(where: { Hangul.isConjoiningJamo($0 & ~Self.flagBits) }) else { return nil }
        var remap: [Int] = []
        remap.reserveCapacity(units.count)
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
            remap.append(contentsOf: repeatElement(composed.count, count: consumed))
            composed.append(unit & Self.flagBits | result)
            if keepingOrigins { composedOrigins.append(origins[index].lowerBound..<origins[index + consumed - 1].upperBound) }
            index += consumed
        }
        units = composed
        if keepingOrigins { origins = composedOrigins }
        return remap
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

    /// Compatibility decomposition, lower case, no accents, look-alikes mapped to Latin, each
    /// Chinese character read as the first form of its class (`HanjaVariants`).
    static func foldSlowly(_ value: UInt32) -> FoldedScalar {
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        // Hangul fillers look like a space; typographic hyphens join a name; the modifier letters
        // that McCune–Reischauer's aspiration mark is typed with (Chʼŏl) separate, like "'".
        if fillers.contains(value) { return .separator }
        if joiners.contains(value) { return .joiner }
        // Unicode's skeleton comes before case folding: a Greek capital Μ is an M, not a μ.
        if let skeleton = ConfusableSkeletons.table[value] {
            return skeleton.count == 1 ? .single(skeleton[0]) : .several(skeleton)
        }
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
                } else if let hanja = HanjaVariants.reading[lower.value] {
                    kept.append(hanja)
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

/// Letters that Unicode's confusables (see `ConfusableSkeletons`) do not cover, and Latin letters
/// that compatibility decomposition leaves alone, mapped to the plain Latin letters a reader would take them for
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

extension ConfusableSkeletons {
    /// Each look-alike's letters, in lower case.
    static let table: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for index in stride(from: 0, to: packed.count, by: 2) {
            var value = packed[index + 1] & 0x00FF_FFFF
            var letters: [UInt32] = []
            while value != 0 {
                let letter = value & 0xFF
                letters.append((0x41...0x5A).contains(letter) ? letter + 0x20 : letter)
                value >>= 8
            }
            table[packed[index]] = letters
        }
        return table
    }()

    /// The look-alikes of I and l, which the scan reads both ways.
    static let ambiguous: Set<UInt32> = Set(
        stride(from: 0, to: packed.count, by: 2).filter { packed[$0 + 1] & 0x8000_0000 != 0 }.map { packed[$0] })

    static func isAmbiguous(_ value: UInt32) -> Bool { ambiguous.contains(value) }
}
