import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookInterchange

/// The quoting of VERIFY.txt's commands, and the payload names that go into them.
@Suite("shell quoting and bag payload names")
struct ShellQuotingTests {
    @Test(arguments: [
        "plain.txt", "IMG 0001.jpg", "photo$(touch PWNED).txt", "clip`id`.txt", "a;b&&c|d>e", "it's", "'", "''",
        "\"double\"", "back\\slash", "-rf", "*", "~", "$HOME", "new\nline",
    ])
    func aQuotedWordIsReadBackExactly(_ text: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "printf %s " + ShellQuoting.quoted(text)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output, as: UTF8.self) == text)
    }

    @Test func payloadNamesLoseInvisibleFormattingAndLineBreaks() {
        #expect(Case.safeFileName("invoice\u{202E}gpj.exe") == "invoicegpj.exe")
        for scalar: UInt32 in [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C, 0xFEFF,
        ] {
            let name = Case.safeFileName("a\(Character(Unicode.Scalar(scalar)!))b.txt")
            #expect(name == "ab.txt", "U+\(String(scalar, radix: 16))")
        }
        #expect(Case.safeFileName("two\nlines\tand\u{2028}more.txt") == "two_lines_and_more.txt")
        // Joiners stay: Persian and emoji names need them.
        #expect(Case.safeFileName("می\u{200C}خواهم.txt").unicodeScalars.contains("\u{200C}"))
        // Under the 255-byte name limit, whatever the script.
        #expect(Case.safeFileName(String(repeating: "김", count: 300)).utf8.count <= 200)
    }
}
