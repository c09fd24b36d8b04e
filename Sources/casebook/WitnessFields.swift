import ArgumentParser
import CasebookCore
import CasebookProtection

/// The witness details that `witness add` and `witness update` both take, stored in clear.
struct WitnessFields: ParsableArguments {
    @Option(help: "F, M or X.")
    var sex: String?
    @Option(help: "Year of birth (not the exact date).")
    var birthYear: Int?
    @Option(help: "Region of origin, for example North Hamgyong.")
    var origin: String?
    @Option(name: .customLong("left"), help: "Year the witness left the country.")
    var leftYear: Int?
}

/// The sealed witness options that `witness add` and `witness update` both take; they need the passphrase.
struct WitnessSealedFields: ParsableArguments {
    @Option(help: "Notes on risks to the witness or their family (sealed like the identity; needs the passphrase).")
    var riskNotes: String?
    @Option(help: "The witness's real name (sealed; needs the passphrase).")
    var name: String?
    @Option(help: "Other names, spellings or Hangul forms, separated by semicolons (sealed).")
    var otherNames: String?
    @Option(help: "How to reach the witness (sealed).")
    var contact: String?
    @Option(help: "Exact date of birth, YYYY-MM-DD (sealed).")
    var born: String?
    @Option(help: "Other identifying notes (sealed).")
    var identityNotes: String?

    /// The identity options, as the core seals them.
    var identity: WitnessIdentity {
        WitnessIdentity(name: name, otherNames: otherNames, contact: contact, born: born, notes: identityNotes)
    }
}
