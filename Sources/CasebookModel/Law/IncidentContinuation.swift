/// How long a continuing incident (a detention, an enforced disappearance, persecution by
/// continuing conduct) went on: until a date, or still going on.
///
/// A continuing crime is committed on every day it lasts, so the days after entry into force
/// (of the Statute, or for a State) are within temporal jurisdiction even when it began before
/// (art. 11); the assessment splits its period and says which part is in.
public enum IncidentContinuation: Hashable, Sendable, CustomStringConvertible {
    /// Still going on: no end is known.
    case ongoing
    /// It ended within this date (as precise as the evidence allows).
    case until(DateSpan)

    /// The word that records it as still going on.
    public static let ongoingWord = "ongoing"

    /// Parses `ongoing` or a date (`2015`, `2015-03-02`, `2014/2015`).
    public init(parsing text: String) throws(DateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == Self.ongoingWord {
            self = .ongoing
        } else {
            self = .until(try DateSpan(parsing: trimmed))
        }
    }

    /// The last day a continuing incident lasted, given its stored continuation (`ongoing` or an
    /// end date) and its own last day: the end's last day, or far in the future while ongoing; an
    /// unreadable continuation is read as none.
    public static func lastDay(continuing stored: String, incidentEnd: String) -> String {
        guard let continuation = try? IncidentContinuation(parsing: stored) else { return incidentEnd }
        if case .until(let span) = continuation { return span.latestDay }
        return "9999-12-31"
    }

    /// `ongoing` or the end date as recorded.
    public var description: String {
        switch self {
        case .ongoing: Self.ongoingWord
        case .until(let end): end.description
        }
    }
}

/// A place where part of an incident happened, beside the incident's own country: an abduction
/// begun in Japan and completed in the DPRK, a deportation completed in a State Party.
///
/// Art. 12(2)(a) is met when at least one element or part of the crime occurred on a State
/// Party's territory (ICC Pre-Trial Chamber I, 6 September 2018, ICC-RoC46(3)-01/18-37).
public struct IncidentPart: Hashable, Sendable, CustomStringConvertible {
    /// The ISO 3166-1 alpha-2 code of the State where the part took place, upper case.
    public let country: String
    /// When that part took place, if known; without it, the incident's own date.
    public let date: DateSpan?

    public init(country: String, date: DateSpan? = nil) {
        self.country = country
        self.date = date
    }

    /// `CC` or `CC:DATE`, as `--also-in` takes it and the store keeps it.
    public var description: String {
        date.map { "\(country):\($0)" } ?? country
    }

    /// Splits `CC[:DATE]` into the code as typed and the date text, if any; the caller checks
    /// the code against the country list.
    public static func split(_ text: String) -> (code: String, date: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return (trimmed, nil) }
        return (
            String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces),
            String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        )
    }
}
