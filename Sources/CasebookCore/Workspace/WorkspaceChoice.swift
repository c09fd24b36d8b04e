/// How the workspace a command uses was chosen, so an error about it can say where the folder
/// came from without the core knowing the command line's option for it.
public enum WorkspaceChoice: Sendable, Equatable {
    /// Named for this command (the command line's `-C`).
    case named
    /// Named by `$CASEBOOK_WORKSPACE`.
    case environment

    /// Where the folder came from, in the error's words.
    var words: String {
        switch self {
        case .named: "named for this command"
        case .environment: "from $\(Workspace.environmentVariable)"
        }
    }
}
