import CasebookModel
import Foundation

/// Finds protected identity strings in text about to leave the case, however they are written:
/// "Kim Chol-su", "KIM Cholsu", "Chol-su Kim" and "Kim Chŏl-su" are one name to it; so are
/// 김철수, 김 철수, 김철수는 (with a particle), decomposed Hangul and 이철수 for 리철수. Every
/// writer, `evidence redact` and the redaction terms use this one matching rule.
///
/// The rule, per needle (one spelling of one protected value, folded as `FoldedText` folds):
/// - Hangul and other East Asian needles of three characters or more match anywhere; shorter ones
///   must start a word and may be followed only by particles and titles (김철은, 김철 씨), so that
///   김철 does not fire inside 김철수.
/// - A romanisation generated from a Hangul name must stand as whole words ("Kim Jong" is not
///   found in "Kim Jong-un"), and a short one needs a space or hyphen between family and given
///   name ("An Na", not "Anna").
/// - Numbers and dates stand as whole words ("1234" is not found in "12345").
/// - Other Latin needles match anywhere, except short ones (under 4 letters), which must stand as
///   whole words: "Lee" does not fire on "Leeds".
/// - A match that lies inside the name of a public figure the case's documents name all the time
///   (김정은 for a witness 김정, "Kim Jong Un" for "Kim Jong") is not a hit; see `PublicFigures`.
public struct LeakScanner: Sendable {
    /// How one needle must sit in the text to count as a hit.
    struct Rule: Sendable, Equatable {
        enum Placement: Int, Comparable, Sendable {
            case romanisedName, wholeWord, digitsApart, koreanWord, anywhere
            static func < (lhs: Placement, rhs: Placement) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        var placement: Placement
        /// For a short romanised name, the unit before which a space or hyphen must separate the
        /// family name from the given name.
        var split: Int?
        /// For a short date in digits (75.3.2), the units before which the text must have a gap,
        /// and no gap elsewhere: "7,532" is a number, not that date.
        var gaps: [Int]?
        /// For a romanised name that ends with the given name, whether a next word that goes on
        /// with the given name ("Kim Jong Il") makes it another name; see `GivenNameContinuation`.
        var continuable = false

        /// Of two rules for one spelling, the more lenient.
        func merged(with other: Rule) -> Rule {
            if placement != other.placement { return placement > other.placement ? self : other }
            return Rule(
                placement: placement, split: split == other.split ? split : nil, gaps: gaps == other.gaps ? gaps : nil,
                continuable: continuable && other.continuable)
        }
    }

    struct Needle: Sendable {
        /// The witness and field it belongs to; nil for an extra redaction term or an exemption.
        var owner: (witness: RecordID, field: IdentityField)?
        /// Every other witness and field with the same spelling (two witnesses may share a name):
        /// a waiver for one must not let the other's through.
        var sharedWith: [(witness: RecordID, field: IdentityField)] = []

        /// The first owner of this spelling not waived in this write.
        func owner(notIn waived: Set<LeakWaiver>) -> (witness: RecordID, field: IdentityField)? {
            ([owner].compactMap { $0 } + sharedWith).first { !waived.contains(LeakWaiver(witness: $0.witness, field: $0.field)) }
        }
        let units: [UInt32]
        var rule: Rule
        /// A public figure's name, inside which a match is not a hit.
        var exempt = false
    }

    private let needles: [Needle]
    private let automaton: NeedleAutomaton
    /// The longest exemption, in units: how far a match must be behind before it is decided.
    private let longestExemption: Int
    /// Entered Latin strings this short match only a whole word.
    static let shortLength = 4
    /// Generated romanisations this short need a gap between family and given name.
    static let shortRomanisedLength = 8

    public init(identities: [ProtectedIdentity]) {
        self.init(identities: identities, extraTerms: [])
    }

    init(identities: [ProtectedIdentity], extraTerms: [String]) {
        var list = NeedleList()
        for identity in identities {
            for item in NameVariants.items(of: identity.value, field: identity.field) {
                for variant in NameVariants.variants(of: item, field: identity.field) {
                    list.add(variant.text, kind: variant.kind, field: identity.field, owner: (identity.witness, identity.field))
                    guard identity.field == .name || identity.field == .otherNames else { continue }
                    for form in OCRReadings.rnForms(of: variant.text) {
                        list.add(
                            form, kind: variant.kind, field: identity.field, owner: (identity.witness, identity.field),
                            placedAs: variant.text)
                    }
                }
            }
        }
        for term in extraTerms { list.add(term, kind: .asEntered, field: nil, owner: nil) }
        if !list.needles.isEmpty { list.addExemptions() }
        self.init(list)
    }

    private init(_ list: NeedleList) {
        needles = list.needles
        automaton = NeedleAutomaton(needles: list.needles.map(\.units))
        longestExemption = list.needles.filter(\.exempt).map(\.units.count).max() ?? 0
    }

    /// Needles without repeats: two spellings that fold alike are one needle, with the more
    /// lenient of their rules; a protected spelling is never also an exemption.
    struct NeedleList {
        var needles: [Needle] = []
        private var byUnits: [[UInt32]: Int] = [:]

        init(_ needles: [Needle] = []) {
            for needle in needles { add(needle) }
        }

        /// Adds one spelling. A look-alike form ("Kirn" for "Kim") is `placedAs` the spelling it
        /// stands for: it must sit in the text as that spelling must, though it is longer.
        mutating func add(
            _ text: String, kind: NameVariant.Kind, field: IdentityField?, owner: (witness: RecordID, field: IdentityField)?,
            placedAs original: String? = nil
        ) {
            let units = FoldedText(text).unitsWithoutGaps
            guard !units.isEmpty else { return }
            var rule = LeakScanner.rule(for: text, units: units, kind: kind, field: field)
            if let original {
                let originalRule = LeakScanner.rule(
                    for: original, units: FoldedText(original).unitsWithoutGaps, kind: kind, field: field)
                rule.placement = originalRule.placement
                rule.continuable = originalRule.continuable
                rule.split =
                    originalRule.split == nil ? nil : text.firstIndex(of: " ").map { FoldedText(String(text[..<$0])).count }
            }
            add(Needle(owner: owner, units: units, rule: rule))
        }

        /// The public figures' names and their spellings, as exemptions.
        mutating func addExemptions() {
            for needle in Self.exemptions where byUnits[needle.units] == nil { add(needle) }
        }

        /// Worked out once per run: the same for every scan.
        static let exemptions: [Needle] = PublicFigures.names.flatMap { name in
            NameVariants.variants(of: name, field: .name).map { variant in
                let units = FoldedText(variant.text).unitsWithoutGaps
                return Needle(
                    owner: nil, units: units,
                    rule: LeakScanner.rule(for: variant.text, units: units, kind: variant.kind, field: .name), exempt: true)
            }
        }

        private mutating func add(_ needle: Needle) {
            guard let existing = byUnits[needle.units] else {
                byUnits[needle.units] = needles.count
                needles.append(needle)
                return
            }
            if needles[existing].exempt, !needle.exempt {
                needles[existing] = needle
            } else if !needle.exempt {
                needles[existing].rule = needles[existing].rule.merged(with: needle.rule)
                if let owner = needle.owner {
                    if needles[existing].owner == nil {
                        needles[existing].owner = owner
                    } else if !(needles[existing].owner.map { $0.witness == owner.witness && $0.field == owner.field } ?? false),
                        !needles[existing].sharedWith.contains(where: { $0.witness == owner.witness && $0.field == owner.field })
                    {
                        needles[existing].sharedWith.append(owner)
                    }
                }
            }
        }
    }

    /// The rule for one spelling: see the type's documentation.
    static func rule(for text: String, units: [UInt32], kind: NameVariant.Kind, field: IdentityField?) -> Rule {
        let ascii = text.allSatisfy(\.isASCII)
        if kind == .givenNameFirst || kind == .givenNameWithTitle {
            let split = kind == .givenNameFirst ? text.firstIndex(of: " ").map { FoldedText(String(text[..<$0])).count } : nil
            return Rule(placement: .koreanWord, split: split)
        }
        if kind == .otherForm, field == .born, units.count < 6, units.allSatisfy({ (0x30...0x39).contains($0) }) {
            let folded = FoldedText(text)
            return Rule(placement: .wholeWord, gaps: (1..<folded.count).filter(folded.gapBefore))
        }
        // A date or number in another script must not run on from other digits ("12 février").
        if kind == .otherForm { return Rule(placement: ascii ? .wholeWord : .digitsApart) }
        if field == .born, ascii { return Rule(placement: .wholeWord) }
        if units.allSatisfy({ (0x30...0x39).contains($0) }) { return Rule(placement: .wholeWord) }
        if units.allSatisfy(Hangul.isEastAsian) { return Rule(placement: units.count >= 3 ? .anywhere : .koreanWord) }
        if kind == .romanised || kind == .romanisedFamilyLast {
            let split = text.firstIndex(of: " ").map { FoldedText(String(text[..<$0])).count }
            return Rule(
                placement: .romanisedName, split: units.count < shortRomanisedLength ? split : nil, continuable: kind == .romanised)
        }
        return Rule(placement: units.count < shortLength ? .wholeWord : .anywhere)
    }

    /// Every match of a protected needle that sits as its rule requires and is not inside an
    /// exemption, in text order, until `found` returns false.
    ///
    /// `exempted` are the exemptions found in the text as typed: a look-alike reading of a public
    /// figure's name ("Kim Jong Il" read with an i for the l) is still that name.
    private func matches(
        in folded: FoldedText, exempted: [(start: Int, end: Int)] = [],
        _ found: (_ needle: Needle, _ start: Int, _ end: Int) -> Bool
    ) {
        var pending: [(needle: Needle, start: Int, end: Int)] = []
        var exemptions = exempted
        var stopped = false
        /// Decides the pending matches that no exemption can still cover.
        func decide(before position: Int) {
            while let first = pending.first, !stopped, first.start + longestExemption < position {
                pending.removeFirst()
                let covered = exemptions.contains {
                    $0.start <= first.start && first.end <= $0.end && $0.end - $0.start > first.end - first.start
                }
                if !covered, !found(first.needle, first.start, first.end) { stopped = true }
            }
        }
        automaton.scan(folded) { index, end in
            let needle = needles[index]
            let start = end - needle.units.count
            if Self.sits(needle, endingAt: end, in: folded) {
                if needle.exempt {
                    exemptions.append((start, end))
                } else {
                    pending.append((needle, start, end))
                }
            }
            decide(before: end)
            return !stopped
        }
        decide(before: Int.max)
    }

    /// The public figures' names that sit in `folded` as typed.
    private func exemptions(in folded: FoldedText) -> [(start: Int, end: Int)] {
        guard longestExemption > 0 else { return [] }
        var found: [(start: Int, end: Int)] = []
        automaton.scan(folded) { index, end in
            let needle = needles[index]
            if needle.exempt, Self.sits(needle, endingAt: end, in: folded) { found.append((end - needle.units.count, end)) }
            return true
        }
        return found
    }

    /// Each look-alike reading of each folding of `text`, with the exemptions of its folding as typed.
    private func readings(of bases: [FoldedText], _ body: (FoldedText, [(start: Int, end: Int)]) -> Bool) {
        for base in bases {
            let readings = base.readings
            let exempted = readings.count > 1 ? exemptions(in: base) : []
            for reading in readings where !body(reading, exempted) { return }
        }
    }

    /// The first protected identity found in `text`, if any, other than the waived ones.
    public func firstHit(in text: String, waived: Set<LeakWaiver> = []) -> (witness: RecordID, field: IdentityField)? {
        guard !needles.isEmpty else { return nil }
        var hit: (witness: RecordID, field: IdentityField)?
        readings(of: FoldedText.bases(of: text)) { reading, exempted in
            matches(in: reading, exempted: exempted) { needle, _, _ in
                guard let owner = needle.owner(notIn: waived) else { return true }
                hit = owner
                return false
            }
            return hit == nil
        }
        return hit
    }

    /// Ranges of `text` that spell a protected identity (or one of `extraTerms`), for redaction,
    /// by the same rule as the scan.
    func ranges(in text: String, extraTerms: [String]) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return byteRanges(in: text, extraTerms: extraTerms).map { range in
            utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        }
    }

    /// The same ranges as UTF-8 byte offsets.
    package func byteRanges(in text: String, extraTerms: [String]) -> [Range<Int>] {
        var scanner = self
        if !extraTerms.isEmpty {
            var list = NeedleList(needles)
            for term in extraTerms { list.add(term, kind: .asEntered, field: nil, owner: nil) }
            scanner = LeakScanner(list)
        }
        var found: [Range<Int>] = []
        scanner.readings(of: FoldedText.bases(of: text, keepingOrigins: true)) { reading, exempted in
            scanner.matches(in: reading, exempted: exempted) { _, start, end in
                found.append(reading.origins[start].lowerBound..<reading.origins[end - 1].upperBound)
                return true
            }
            return true
        }
        return found
    }

    /// Whether a needle found ending at `end` sits in the text as its rule requires.
    static func sits(_ needle: Needle, endingAt end: Int, in text: FoldedText) -> Bool {
        let start = end - needle.units.count
        switch needle.rule.placement {
        case .anywhere:
            return true
        case .wholeWord:
            // A number must stand apart from letters too: "4257" is not a date inside the hex of a hash.
            if needle.units.allSatisfy({ (0x30...0x39).contains($0) }) {
                if let gaps = needle.rule.gaps,
                    (1..<needle.units.count).contains(where: { text.gapBefore(start + $0) != gaps.contains($0) })
                {
                    return false
                }
                return isGapBoundary(start, in: text) && (isGapBoundary(end, in: text) || isTimeAfter(end, in: text))
            }
            // A date with a month's letters ("19Dec64", "02Feb75") must stand apart too: "dec", "feb"
            // and "fab" are hex digits, and a custody event's hash holds them between other ones.
            if needle.units.contains(where: { (0x30...0x39).contains($0) }) {
                return isGapBoundary(start, in: text) && (isGapBoundary(end, in: text) || isTimeAfter(end, in: text))
            }
            return isWordBoundary(start, in: text) && isWordBoundary(end, in: text)
        case .romanisedName:
            // The name ends where a word ends, not where a hyphen joins on more ("Kim Jong-un").
            let ends =
                end == text.count || (text.gapBefore(end) && !text.joinedBefore(end))
                || (!text.gapBefore(end) && isWordBoundary(end, in: text))
            guard isWordBoundary(start, in: text), ends else { return false }
            if let split = needle.rule.split, !(start + split < text.count && text.gapBefore(start + split)) { return false }
            return !(needle.rule.continuable && GivenNameContinuation.continues(after: end, nameStart: start, in: text))
        case .digitsApart:
            let digit = { (index: Int) in (0x30...0x39).contains(text.scalar(index)) }
            let startApart = start == 0 || text.gapBefore(start) || !(digit(start - 1) && digit(start))
            let endApart = end == text.count || text.gapBefore(end) || !(digit(end - 1) && digit(end))
            return startApart && endApart
        case .koreanWord:
            let startsWord = start == 0 || text.gapBefore(start) || !Hangul.isEastAsian(text.scalar(start - 1))
            guard startsWord else { return false }
            if let split = needle.rule.split, !(start + split < text.count && text.gapBefore(start + split)) { return false }
            var rest: [UInt32] = []
            var position = end
            while position < text.count, !text.gapBefore(position), Hangul.isEastAsian(text.scalar(position)) {
                rest.append(text.scalar(position))
                position += 1
            }
            return KoreanParticles.isParticles(rest)
        }
    }

    /// A time after a date ("1975-03-02T00:00:00Z"): a T and a digit.
    static func isTimeAfter(_ position: Int, in text: FoldedText) -> Bool {
        position + 1 < text.count && !text.gapBefore(position) && text.scalar(position) == 0x74
            && (0x30...0x39).contains(text.scalar(position + 1))
    }

    /// The text's ends or a separator.
    static func isGapBoundary(_ position: Int, in text: FoldedText) -> Bool {
        position == 0 || position == text.count || text.gapBefore(position)
    }

    /// A word boundary: the text's ends, a separator, or a change between letters, digits and
    /// East Asian characters ("Lee2019" has one after "Lee").
    static func isWordBoundary(_ position: Int, in text: FoldedText) -> Bool {
        if position == 0 || position == text.count || text.gapBefore(position) { return true }
        return characterClass(text.scalar(position - 1)) != characterClass(text.scalar(position))
    }

    private static func characterClass(_ scalar: UInt32) -> Int {
        if (0x30...0x39).contains(scalar) { return 0 }
        if Hangul.isEastAsian(scalar) { return 1 }
        return 2
    }
}

/// The check every writer makes on its text before writing anything.
public struct LeakGuard: Sendable {
    package let scanner: LeakScanner?
    /// Witness fields the user allowed in this one write (`--allow W-1:other-names`).
    package var waived: Set<LeakWaiver> = []
    /// The waivers that let a name through, to be logged once the write has succeeded; shared
    /// by the copies of one guard.
    package let used = Collector<Set<LeakWaiver>>([])
    /// The custody note for a scan skipped with --no-leak-scan, when the writer logs it only once
    /// the write has succeeded (a refused document must not be recorded as written).
    package var pendingSkipNote: String?

    /// Whether there is anything to look for.
    package var isActive: Bool { scanner != nil }

    package init(scanner: LeakScanner?, waived: Set<LeakWaiver> = [], pendingSkipNote: String? = nil) {
        self.scanner = scanner
        self.waived = waived
        self.pendingSkipNote = pendingSkipNote
    }

    /// Throws `ProtectionError.leak` naming the witness and field (never the value) on a hit.
    /// Percent-escapes and encoded words are read too (an evidence file named
    /// `%EA%B9%80%EC%B2%A0%EC%88%98.txt`, a URL in a transcript), wherever the text goes; so is
    /// Korean text that was misread on its way in (`MisreadText`: a CP949 file name kept as
    /// `\xB1\xE8…`, a field read as Latin-1, CP949 bytes that pass for UTF-8), and so are the
    /// web's escapes (`WebEscapes`: CSS, `%u`, quoted-printable, punycode, base64 `data:` URIs)
    /// and HTML's and JSON's (`FieldEscapes`: `&#44608;`, `Ch&#111;l`, tags, `\uae40`).
    public func check(_ text: String, place: String) throws {
        guard let scanner else { return }
        var readings = [text]
        // Escapes inside escapes (`&amp;#44608;`, an entity inside a percent-escape) are read
        // layer by layer, up to four deep.
        var layer = [text]
        for _ in 0..<4 {
            layer = layer.flatMap {
                EncodedNames.readings(of: $0) + WebEscapes.readings(of: $0) + FieldEscapes.readings(of: $0)
            }
            .filter { !readings.contains($0) }
            if layer.isEmpty { break }
            readings += layer
        }
        readings += readings.flatMap(MisreadText.readings(of:))
        for reading in readings {
            if let hit = scanner.firstHit(in: reading, waived: waived) {
                throw ProtectionError.leak(witness: hit.witness, field: hit.field, place: place)
            }
        }
        // Note which waivers this text needed, for the custody log.
        for waiver in waived
        where readings.contains(where: { scanner.firstHit(in: $0, waived: waived.subtracting([waiver])) != nil }) {
            used.withLock { _ = $0.insert(waiver) }
        }
    }
}

/// A user's word that one witness's field may appear in one write: for a false positive, such
/// as a witness whose name is also a place name the report must give. Logged in the custody log.
public struct LeakWaiver: Hashable, Sendable, CustomStringConvertible {
    public let witness: RecordID
    public let field: IdentityField

    public init(witness: RecordID, field: IdentityField) {
        self.witness = witness
        self.field = field
    }

    /// Reads "W-1:other-names" (a witness and one of name, other-names, contact, born, notes).
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let field = IdentityField(rawValue: parts[1]),
            let witness = try? RecordID(parsing: parts[0], expecting: [.witness], for: .column("allow"))
        else { throw ProtectionError.badWaiver(text) }
        self.init(witness: witness, field: field)
    }

    public var description: String { "\(witness):\(field.rawValue)" }
}

/// How a writer should run the leak scan: with the passphrase when needed, or, on the user's
/// explicit word, not at all (only when no passphrase is at hand).
public struct LeakScanOptions: Sendable {
    public var passphrase: PassphraseSource
    public var skip: Bool
    public var waived: [LeakWaiver]
    /// Evidence items whose text may go out unscanned (a bag for a court under seal).
    public var includeIdentifying: [RecordID]

    public init(
        passphrase: PassphraseSource = .none, skip: Bool = false, waived: [LeakWaiver] = [], includeIdentifying: [RecordID] = []
    ) {
        self.passphrase = passphrase
        self.skip = skip
        self.waived = waived
        self.includeIdentifying = includeIdentifying
    }
}
