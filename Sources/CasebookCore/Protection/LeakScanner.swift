import Foundation

/// Finds protected identity strings in text about to leave the case, however they are spaced,
/// hyphenated, capitalised or composed: "Kim Chol-su", "KIM Cholsu" and "Kim Chol Su" are the
/// same name to it, and so are composed and decomposed Hangul.
public struct LeakScanner: Sendable {
    struct Needle: Sendable {
        let witness: RecordID
        let field: IdentityField
        let normalized: String
    }

    private let needles: [Needle]
    /// Strings this short match only a whole word, so "Lee" does not fire on "Leeds".
    static let shortLength = 4

    public init(identities: [ProtectedIdentity]) {
        var needles: [Needle] = []
        for identity in identities {
            // Other names may list several, separated by commas or semicolons.
            let values = identity.field == .otherNames
                ? identity.value.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) : [identity.value]
            for value in values {
                let normalized = Self.normalize(value)
                if !normalized.isEmpty { needles.append(Needle(witness: identity.witness, field: identity.field, normalized: normalized)) }
            }
        }
        self.needles = needles
    }

    /// Letters and digits only, compatibility-composed (NFKC) and lower-cased.
    static func normalize(_ text: String) -> String {
        let composed = text.precomposedStringWithCompatibilityMapping.lowercased()
        var kept = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// The first protected identity found in `text`, if any.
    public func firstHit(in text: String) -> (witness: RecordID, field: IdentityField)? {
        guard !needles.isEmpty else { return nil }
        let flat = Self.normalize(text)
        lazy var words = Set(
            text.precomposedStringWithCompatibilityMapping.lowercased()
                .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { Self.normalize(String($0)) })
        for needle in needles {
            let found = needle.normalized.count < Self.shortLength ? words.contains(needle.normalized) : flat.contains(needle.normalized)
            if found { return (needle.witness, needle.field) }
        }
        return nil
    }

    /// Ranges of `text` that spell a protected identity (or one of `extraTerms`), for redaction.
    func ranges(in text: String, extraTerms: [String]) -> [Range<String.Index>] {
        // Map each kept character of the normalised text back to the original character it came from.
        var flat: [Character] = []
        var origin: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            for character in Self.normalize(String(text[index..<next])) {
                flat.append(character)
                origin.append(index)
            }
            index = next
        }
        let targets = needles.map(\.normalized) + extraTerms.map(Self.normalize).filter { !$0.isEmpty }
        var found: [Range<String.Index>] = []
        for target in Set(targets) {
            let pattern = Array(target)
            guard !pattern.isEmpty, pattern.count <= flat.count else { continue }
            var start = 0
            while start + pattern.count <= flat.count {
                if flat[start] == pattern[0] && Array(flat[start..<(start + pattern.count)]) == pattern {
                    let last = origin[start + pattern.count - 1]
                    found.append(origin[start]..<text.index(after: last))
                    start += pattern.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }
}

/// The check every writer makes on its text before writing anything.
public struct LeakGuard: Sendable {
    let scanner: LeakScanner?

    /// Throws `ProtectionError.leak` naming the witness and field (never the value) on a hit.
    public func check(_ text: String, place: String) throws {
        guard let scanner, let hit = scanner.firstHit(in: text) else { return }
        throw ProtectionError.leak(witness: hit.witness, field: hit.field.label, place: place)
    }
}

/// How a writer should run the leak scan: with the passphrase when needed, or, on the user's
/// explicit word, not at all.
public struct LeakScanOptions: Sendable {
    public var passphrase: PassphraseSource
    public var skip: Bool

    public init(passphrase: PassphraseSource = .none, skip: Bool = false) {
        self.passphrase = passphrase
        self.skip = skip
    }
}

extension OpenCase {
    /// The leak check for one write. A case with no protected identities needs no passphrase.
    /// Without the passphrase the write is refused, unless `skip` was asked for: then the
    /// skipped scan is logged in the custody log and a warning returned.
    func leakGuard(for what: String, options: LeakScanOptions, handler: Handler) throws -> (guard: LeakGuard, warning: String?) {
        guard try database.hasProtectedIdentities() else { return (LeakGuard(scanner: nil), nil) }
        if !options.skip, let passphrase = try options.passphrase.passphrase() {
            return (LeakGuard(scanner: LeakScanner(identities: try database.protectedIdentities(passphrase))), nil)
        }
        guard options.skip else { throw ProtectionError.scanUnavailable(what) }
        _ = try database.write { db in
            try appendCustody(
                [NewCustodyEvent(action: .leakScanSkipped, handler: handler, note: "\(what) written without the leak scan (--no-leak-scan)")],
                in: db)
        }
        return (LeakGuard(scanner: nil), "warning: \(what) was written WITHOUT checking it for witness identities (--no-leak-scan); this is recorded in the custody log.")
    }
}
