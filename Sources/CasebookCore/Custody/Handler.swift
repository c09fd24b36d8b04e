import CasebookModel
import CasebookStore
import Foundation

/// The person who does something to evidence, as the custody log names them.
///
/// Handler names double as key file names (`keys/NAME.pem`), so they are limited to letters,
/// digits and `. _ - @`; a name like `kim.investigator` or `team-b@example.org` works.
public struct Handler: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    /// Checks a handler name the user typed.
    public init(_ name: String) throws(IntegrityError) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")
        guard !trimmed.isEmpty, trimmed.count <= 64, trimmed.allSatisfy({ allowed.contains($0) }),
            !trimmed.hasPrefix("."), !trimmed.hasPrefix("-")
        else { throw .badHandler(name) }
        self.name = trimmed
    }

    /// The handler named on the command line, else `$CASEBOOK_HANDLER`, else the login name.
    public static func resolve(
        _ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(IntegrityError) -> Handler {
        for candidate in [explicit, environment["CASEBOOK_HANDLER"], environment["USER"], environment["LOGNAME"], loginName()] {
            if let candidate, !candidate.isEmpty { return try Handler(candidate) }
        }
        return try Handler("unknown")
    }

    /// The account's name from the system's user database, when the environment does not say.
    static func loginName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    public var description: String { name }
}
