/// Something the team can give `verify` so that it proves more than it could on its own. The
/// core says what is missing; the command line says which option or command gives it.
public enum VerifyAdvice: String, Codable, Sendable, Equatable {
    /// The signatures were checked only against the keys kept in the case.
    case giveTrustedKeys = "trusted-keys"
    /// A timestamp's authority was not checked against a certificate the team holds.
    case giveTimestampAuthority = "timestamp-authority"
    /// A witness's consent predates the log and is checked once it is next set.
    case setConsentAgain = "set-consent"
}
