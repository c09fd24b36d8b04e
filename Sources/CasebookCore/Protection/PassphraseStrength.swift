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
    /// The longest group whose repetition counts as a pattern (`abab…`, `abcabc…`).
    static let longestRepeatedGroup = 4
    /// Runs that guessing programs try first: the alphabet, the digits and the keyboard rows.
    static let sequences = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm"]

    /// The rule in the users' words, for the error message and the README.
    public static let rule =
        "at least \(minimumLength) characters; not one character or a short group repeated (like aaaaaaaaaaaa or abcabcabcabc); not a run along the alphabet, the digits or a keyboard row (like abcdefghijkl, 123456789012 or qwertyuiopas); and, if shorter than \(mixedBelow) characters, a mix of at least two kinds of character (small letters, capitals, digits, spaces or punctuation). Several unrelated words, such as 'river stone lantern', pass easily"

    /// Refuses a new passphrase that breaks the rule; the error never repeats it.
    public static func check(_ passphrase: Passphrase) throws(ProtectionError) {
        guard isStrong(passphrase.text) else { throw .weakPassphrase }
    }

    /// Whether `text` meets the rule.
    public static func isStrong(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= minimumLength else { return false }
        if isRepeatedGroup(characters) || isSequence(text) { return false }
        if characters.count < mixedBelow && Set(characters.map(kind)).count < 2 { return false }
        return true
    }

    /// Whether the text is one group of up to four characters said over and over.
    static func isRepeatedGroup(_ characters: [Character]) -> Bool {
        (1...longestRepeatedGroup).contains { period in
            characters.indices.dropFirst(period).allSatisfy { characters[$0] == characters[$0 - period] }
        }
    }

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
