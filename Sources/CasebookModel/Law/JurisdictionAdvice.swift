import Foundation

/// The sentences of a jurisdiction reason that tell the team what to record or plead next.
/// `casebook jurisdiction` shows them, since they are the way to settle an open point; a filing
/// leaves them out (`removed(from:)`), since it states the facts and the law, not the team's work.
public enum JurisdictionAdvice {
    static let preciseDate = "Record a more precise date to settle it."
    static let chargeReachedDays = "Charge the conduct of the days within reach."
    static let missingNationality = "Record the missing nationality to judge art. 12(2)(b)."
    static let partDate = "Record the date of the part."
    static let countryCode = "Record the right code."

    /// Every advice sentence, as it appears in a reason.
    public static let all = [preciseDate, chargeReachedDays, missingNationality, partDate, countryCode]

    /// `reason` without its advice sentences, for a filing.
    public static func removed(from reason: String) -> String {
        var text = reason
        for sentence in all {
            text = text.replacingOccurrences(of: " " + sentence, with: "")
            text = text.replacingOccurrences(of: sentence, with: "")
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
