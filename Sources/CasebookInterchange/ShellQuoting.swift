import CasebookCore
import Foundation

/// Quoting for the POSIX `sh` lines that a bag's `VERIFY.txt` asks a court to run. Payload file
/// names come from whoever supplied the evidence, so a name such as `photo$(touch x).jpg` must
/// reach the command as a plain word, never as shell syntax; a name with a space must stay one
/// word, or its own check would fail and look like tampering.
enum ShellQuoting {
    /// `text` as one single-quoted `sh` word: inside single quotes nothing is special, and a single
    /// quote itself is written `'\''` (close, an escaped quote, reopen).
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
