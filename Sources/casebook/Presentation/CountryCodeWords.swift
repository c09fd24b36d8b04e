import CasebookCore

/// A stored code that is not an officially assigned ISO 3166-1 code, and the command that
/// corrects it, in one sentence.
enum CountryCodeWords {
    static func sentence(_ problem: InvalidCountryCode) -> String {
        let what = problem.field == "country" ? "country code" : "nationality"
        let problemText =
            problem.likely == nil
            ? "which is not an officially assigned ISO 3166-1 country code"
            : "which is not written as codes are stored (two upper-case letters)"
        return "\(problem.id) has the \(what) '\(problem.code)', \(problemText); correct it with '\(fix(problem))'."
    }

    /// The command that corrects the code, with the code it most likely means, or `CC` to fill in.
    static func fix(_ problem: InvalidCountryCode) -> String {
        let command = problem.id.kind == .incident ? "incident update" : "actor update"
        return "casebook \(command) \(problem.id) --\(problem.field) \(problem.likely ?? "CC")"
    }
}
