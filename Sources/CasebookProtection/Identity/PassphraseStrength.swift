import Foundation

/// The rule a new case passphrase must meet. It guards witnesses' identities against someone who
/// copies the database and tries passphrases offline, so one that a guessing program tries in its
/// first minutes (`k`, `aaaaaaaaaaaa`, `123456789012`) is refused. The rule is deliberately short
/// enough to explain in one sentence; it is not a full strength estimator. Only a passphrase being
/// set is checked: a case whose passphrase was set before keeps opening with it.
public enum PassphraseStrength {
    /// The fewest characters (Unicode characters, not bytes) a new passphrase may have.
    public static let minimumLength = 12
    /// Below this length a passphrase must mix at least two kinds of character.
    public static let mixedBelow = 16
    /// The fewest pieces a passphrase must have once its runs, repeats and common passwords are
    /// each counted as one or two pieces (`guessablePieces`).
    static let minimumPieces = 10
    /// The fewest different characters a passphrase must use.
    static let minimumDistinct = 5
    /// Runs that guessing programs try first: the alphabet, the digits, the keyboard rows and the
    /// keyboard's diagonal columns (1qaz2wsx…).
    static let sequences = [
        "abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    ]
    /// Words at the top of every list of leaked passwords, which a guessing program tries whole.
    static let commonWords = [
        "password", "passw0rd", "iloveyou", "letmein", "welcome", "qwerty", "dragon", "monkey", "sunshine", "princess",
        "football", "baseball", "superman", "trustno1", "master", "shadow", "secret", "admin", "login", "abc123",
    ]

    /// The rule in the users' words, for the error message and the README.
    public static let rule =
        "at least \(minimumLength) characters that are not mostly one character or a short group repeated (like aaaaaaaaaaaA or abcabcabcabc), a run along the alphabet, the digits or the keyboard (like abcdefghijk1, 123456789012, qwertyuiop12 or 1qaz2wsx3edc), or a common password (like Password1234); and, if shorter than \(mixedBelow) characters, a mix of at least two kinds of character (small letters, capitals, digits, spaces or punctuation). Several unrelated words, such as 'river stone lantern', pass easily"

    /// Refuses a new passphrase that breaks the rule; the error never repeats it.
    public static func check(_ passphrase: Passphrase) throws(ProtectionError) {
        guard isStrong(passphrase.text) else { throw .weakPassphrase }
    }

    /// Whether `text` meets the rule.
    static func isStrong(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= minimumLength else { return false }
        let plain = normalized(text)
        if isRepeatedGroup(plain) || isSequence(String(plain)) { return false }
        if Set(plain).count < minimumDistinct || guessablePieces(plain) < minimumPieces { return false }
        if characters.count < mixedBelow && Set(characters.map(kind)).count < 2 { return false }
        return true
    }

    /// The text as a guessing program sees it: compatibility forms folded (full-width ａ is a),
    /// composed, in small letters, invisible format characters (a zero-width space) dropped, and
    /// every kind of space one space.
    static func normalized(_ text: String) -> [Character] {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var result: [Character] = []
        for character in folded {
            if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) { continue }
            result.append(character.isWhitespace ? " " : character)
        }
        return result
    }

    /// How many pieces a guessing program must find: a common password counts as one piece, a
    /// run of three or more along a sequence or of one character as two, a short group said
    /// again and again as the group and one more, and any other character as one.
    static func guessablePieces(_ characters: [Character]) -> Int {
        var pieces = 0
        var index = 0
        while index < characters.count {
            let rest = String(characters[index..<min(index + 8, characters.count)])
            if let word = commonWords.first(where: rest.hasPrefix) {
                pieces += 1
                index += word.count
                continue
            }
            if let (period, length) = repeatedGroup(in: characters, at: index) {
                pieces += period + 1
                index += length
                continue
            }
            let run = runLength(in: characters, at: index)
            if run >= 3 {
                pieces += 2
                index += run
            } else {
                pieces += 1
                index += 1
            }
        }
        return pieces
    }

    /// A group of two to eight characters repeated from `start` at least twice and over at
    /// least six characters: its length and how far the repeats reach.
    static func repeatedGroup(in characters: [Character], at start: Int) -> (Int, Int)? {
        for period in 2...8 {
            var end = start + period
            while end < characters.count, characters[end] == characters[end - period] { end += 1 }
            let length = end - start
            if length >= 2 * period, length >= 6 { return (period, length) }
        }
        return nil
    }

    /// How long a run from `start` goes on: the same character, or one step at a time, always the
    /// same way, along one of `sequences`.
    static func runLength(in characters: [Character], at start: Int) -> Int {
        guard start + 1 < characters.count else { return 1 }
        var best = 1
        var end = start + 1
        while end < characters.count, characters[end] == characters[start] { end += 1 }
        best = end - start
        for sequence in sequences {
            let order = Array(sequence)
            for step in [1, -1] {
                var end = start + 1
                while end < characters.count, let previous = order.firstIndex(of: characters[end - 1]) {
                    let next = ((previous + step) % order.count + order.count) % order.count
                    guard characters[end] == order[next] else { break }
                    end += 1
                }
                best = max(best, end - start)
            }
        }
        return best
    }

    /// Whether the text is one group of up to four characters said over and over.
    static func isRepeatedGroup(_ characters: [Character]) -> Bool {
        (1...longestRepeatedGroup).contains { period in
            characters.indices.dropFirst(period).allSatisfy { characters[$0] == characters[$0 - period] }
        }
    }

    /// The longest group whose repetition counts as a pattern (`abab…`, `abcabc…`).
    static let longestRepeatedGroup = 4

    /// Whether the text, ignoring case, runs forwards or backwards along one of `sequences`
    /// (wrapping round, so `890123456789` counts).
    static func isSequence(_ text: String) -> Bool {
        let lowered = Array(text.lowercased())
        return sequences.contains { sequence in
            let order = Array(sequence)
            guard let first = lowered.first, let start = order.firstIndex(of: first) else { return false }
            return [1, -1].contains { step in
                lowered.indices.allSatisfy { index in
                    let position = ((start + step * index) % order.count + order.count) % order.count
                    return lowered[index] == order[position]
                }
            }
        }
    }

    /// The kinds of character the mix counts: small letters, capitals, other letters (scripts
    /// without capitals), digits, and everything else (spaces, punctuation, symbols).
    static func kind(_ character: Character) -> Int {
        if character.isLowercase { return 0 }
        if character.isUppercase { return 1 }
        if character.isLetter { return 2 }
        if character.isNumber { return 3 }
        return 4
    }
}
