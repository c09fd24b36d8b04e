/// How to record in Casebook what a crime's or an element's notes ask for: the command line's
/// words, kept beside the law texts of CasebookModel, which name no command.
enum RecordingHints {
    /// The command that records what a crime's notes ask for, by crime key.
    static func forCrime(_ key: String) -> String? {
        switch key {
        case "deportation":
            "In Casebook: 'casebook allegation update AL-n --destination CC'; 'casebook status' lists the allegations to review."
        case "persecution":
            "In Casebook: 'casebook allegation update AL-n --grounds political,religious --group G --connected AL-m'."
        case "enforced-disappearance":
            "In Casebook: 'casebook allegation update AL-n --limb a' (or b)."
        default: nil
        }
    }

    /// The command or option that proves an element, by element key.
    static func forElement(_ key: String) -> String? {
        switch key {
        case "context.attack": "In Casebook: 'casebook attack show AT-n' shows the attack's own elements."
        case "context.knowledge": "In Casebook: cite it without --actor for the physical perpetrators, or with --actor A-n."
        default: nil
        }
    }

    /// How abandonment of an attempt is recorded, for each actor.
    static let abandonment = "Record it for each actor with 'casebook allegation update AL-n --actor A-n --abandoned TEXT'."
}
