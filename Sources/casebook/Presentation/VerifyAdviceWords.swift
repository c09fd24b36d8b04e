import CasebookCore

/// The option or command that gives `verify` what it lacked, in the command line's words.
enum VerifyAdviceWords {
    static func sentence(_ advice: VerifyAdvice) -> String {
        switch advice {
        case .giveTrustedKeys:
            "Pass --trusted-keys with the keys your team keeps elsewhere to prove that the signatures are the handlers' own."
        case .giveTimestampAuthority:
            "Pass --tsa-ca with the timestamp authority's certificate to check its replies."
        case .setConsentAgain:
            "Set each such witness's consent again with 'casebook witness consent' so that the log records it."
        }
    }
}
