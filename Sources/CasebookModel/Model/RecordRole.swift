/// What a record id was given as, in the users' words: the record a request is about, a part of
/// it ("source", "superior"), or a column of an imported file.
///
/// Core errors name the thing, never a command-line option: the command line turns a part into
/// its option (`--source`) and the subject into the command that was typed when it prints.
public enum RecordRole: Sendable, Equatable {
    /// The record the request is about (`W-1` in an update of W-1).
    case subject
    /// A record given for one part of the request, named as the users name it ("source", "actor").
    case part(String)
    /// A column of an imported file, named as in the file.
    case column(String)

    /// The role in a sentence, without any command-line words.
    public var words: String {
        switch self {
        case .subject: "The record"
        case .part(let name): "The \(name)"
        case .column(let name): name
        }
    }
}
