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
    ///
    /// Searched for as bytes: a dossier asks this of every reason of every incident, and most hold
    /// no advice at all.
    public static func removed(from reason: String) -> String {
        var bytes = Array(reason.utf8)
        var changed = false
        for sentence in allBytes {
            while let found = bytes.firstRange(of: sentence) {
                let start = found.lowerBound > 0 && bytes[found.lowerBound - 1] == 0x20 ? found.lowerBound - 1 : found.lowerBound
                bytes.removeSubrange(start..<found.upperBound)
                changed = true
            }
        }
        let text = changed ? String(decoding: bytes, as: UTF8.self) : reason
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static let allBytes = all.map { Array($0.utf8) }
}
