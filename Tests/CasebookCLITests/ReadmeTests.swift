import CasebookCore
import Foundation
import Testing

/// Every `sh` block of README.md, run verbatim and in order, so the README cannot drift from the
/// program (issue 12 §5). A block preceded by `<!-- not run: why -->` is left out; the files the
/// examples need are made by the test, just before the line that needs them.
@Suite("README: every shell block runs as written")
struct ReadmeTests {
    /// One ```sh block of the README.
    struct Block {
        /// The heading the block is under.
        let heading: String
        /// Its line number in README.md (of the opening fence).
        let line: Int
        /// Its commands, as written.
        let lines: [String]
        /// Why it is not run, from `<!-- not run: why -->` on the line before it; nil when it runs.
        let notRun: String?
    }

    /// A file or setting an example needs, made just before the first README line that starts with `before`.
    struct Fixture {
        let before: String
        let setup: String
    }

    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// Every ```sh block of README.md, in order.
    static func blocks() throws -> [Block] {
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        var blocks: [Block] = []
        var heading = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("#") { heading = line }
            if line.trimmingCharacters(in: .whitespaces) == "```sh" {
                var body: [String] = []
                var end = index + 1
                while end < lines.count, lines[end].trimmingCharacters(in: .whitespaces) != "```" {
                    body.append(lines[end])
                    end += 1
                }
                let previous = index > 0 ? lines[index - 1].trimmingCharacters(in: .whitespaces) : ""
                var reason: String?
                if previous.hasPrefix("<!-- not run:"), previous.hasSuffix("-->") {
                    reason = String(previous.dropFirst("<!-- not run:".count).dropLast("-->".count))
                        .trimmingCharacters(in: .whitespaces)
                }
                blocks.append(Block(heading: heading, line: index + 1, lines: body, notRun: reason))
                index = end
            }
            index += 1
        }
        return blocks
    }

    /// What the examples need that a reader would have at hand: their photos, a transcript, a
    /// timestamping authority's reply, a new passphrase.
    static let fixtures: [Fixture] = [
        Fixture(
            before: "casebook evidence add ../photos/",
            setup:
                "mkdir -p ../photos && printf 'photo one' > ../photos/IMG_0001.jpg && printf 'photo two' > ../photos/IMG_0002.jpg && printf 'photo three' > ../photos/IMG_0003.jpg"
        ),
        // A throwaway RFC 3161 authority made with the openssl command line answers the request.
        Fixture(
            before: "casebook anchor import head.tsr",
            setup: """
                here="$PWD" && mkdir -p ../tsa && (cd ../tsa && \
                openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout tsa.key -out tsa.crt -days 2 \
                  -subj '/CN=Test TSA' -addext 'extendedKeyUsage=critical,timeStamping' 2>/dev/null && \
                printf '[ tsa ]\\ndefault_tsa = c\\n[ c ]\\nserial = ./serial\\nsigner_cert = ./tsa.crt\\nsigner_key = ./tsa.key\\nsigner_digest = sha256\\ndefault_policy = 1.2.3.4.1\\nother_policies = 1.2.3.4.2\\ndigests = sha256\\ness_cert_id_alg = sha256\\n' > tsa.cnf && \
                echo 01 > serial && \
                openssl ts -reply -config tsa.cnf -queryfile "$here/head.tsq" -out "$here/head.tsr" 2>/dev/null && \
                cp tsa.crt "$here/authority.pem")
                """),
        Fixture(
            before: "casebook evidence add interview-w7.txt",
            setup: "printf 'Interview of Kim Chol-su, 2019-05-03.\\nHe was held in Camp 15 for two years.\\n' > interview-w7.txt"),
        // The import section's spreadsheets, as a team would have them beside the case.
        Fixture(
            before: "casebook import incidents.csv",
            setup: """
                printf 'external_id,title,date,place,country,victims,victims_estimated,victim_group\\nINC-01,Public execution at a provincial market,2011-04,"Hoeryong, North Hamgyong",KP,3,no,persons accused of economic crimes\\nINC-02,Forced repatriation after arrest,2008-02,"Tumen, Jilin",CN,15,yes,North Koreans in China\\n' > incidents.csv && \
                printf 'external_id,witness,date,interviewer,summary\\nTES-1,W-1,2019-05-03,Interviewer 1,Detention after repatriation\\n' > notes.csv
                """),
        // The register section's spreadsheet of UPR recommendations.
        Fixture(
            before: "casebook recommendation import upr3.csv",
            setup: """
                printf 'source,number,state,text,response,themes\\n"UPR 3 (2019), A/HRC/42/10",126.45,Chile,Ratify the Convention against Torture.,supported,torture\\n"UPR 3 (2019), A/HRC/42/10",126.31,Germany,Close all political prison camps and release all political prisoners.,noted,detention\\n' > upr3.csv
                """),
        // The demo finds the sample from the folder it runs in: here, the repository's, beside the case.
        Fixture(
            before: "casebook demo --out ../demo-case",
            setup:
                "mkdir -p ../evidence && ln -sfn '\(readme.deletingLastPathComponent().appendingPathComponent("evidence/sample").path)' ../evidence/sample"
        ),
        Fixture(
            before: "casebook passphrase change",
            setup: "export CASEBOOK_NEW_PASSPHRASE='another long passphrase only the team knows'"),
    ]

    /// The script: every block that runs, in order, each fixture just before its line.
    static func script(_ blocks: [Block]) -> (script: String, unused: [String]) {
        var unused = fixtures.map(\.before)
        var script = "set -e\n"
        for block in blocks where block.notRun == nil {
            script += "# README.md line \(block.line), under \(block.heading)\n"
            for line in block.lines {
                if let fixture = fixtures.first(where: { line.hasPrefix($0.before) }),
                    let at = unused.firstIndex(of: fixture.before)
                {
                    script += fixture.setup + "\n"
                    unused.remove(at: at)
                }
                script += line + "\n"
            }
        }
        return (script, unused)
    }

    /// Runs `script` with bash at a terminal (as a reader types it: some commands print only to one),
    /// in `folder`, with the built binary first on the PATH. Stdout is the terminal's; stderr is kept apart.
    static func runAtTerminal(_ script: String, in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try script.write(to: folder.appendingPathComponent("readme.sh"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // script(1) gives the commands a terminal; timeout(1) stops a command that waits for input.
        process.arguments = ["timeout", "600", "script", "-qefc", "bash readme.sh 2>readme.stderr", "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        for name in [Workspace.environmentVariable, "CASEBOOK_HANDLER", "CASEBOOK_PASSPHRASE", "CASEBOOK_NEW_PASSPHRASE"] {
            env.removeValue(forKey: name)
        }
        env["CASEBOOK_SCRYPT_LOG2N"] = "10"
        env["TERM"] = "dumb"
        process.environment = env
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: folder.appendingPathComponent("readme.stderr"), encoding: .utf8)) ?? ""
        return (process.terminationStatus, stdout.replacingOccurrences(of: "\r\n", with: "\n"), stderr)
    }

    /// Under `make test`, the validators the tests run are the project's .venv, not the system Python's.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIRTUAL_ENV"] != nil))
    func makeTestRunsTheValidatorsOfTheProjectVenv() throws {
        let venv = try #require(ProcessInfo.processInfo.environment["VIRTUAL_ENV"])
        let cli = try CLI()
        let python = try cli.tool("python3", ["-c", "import sys, bagit, docx; print(sys.prefix); print(bagit.__file__)"])
        #expect(python.status == 0, "\(python.output)")
        let lines = python.output.split(separator: "\n").map(String.init)
        #expect(
            lines.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
                == URL(fileURLWithPath: venv).standardizedFileURL.path)
        #expect(lines.dropFirst().first?.hasPrefix(venv) == true, "bagit comes from \(lines.dropFirst().first ?? "?")")
    }

    @Test func everyBlockIsRunOrSaysWhyNot() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 7)
        for block in blocks {
            #expect(!block.lines.isEmpty, "empty sh block at README.md line \(block.line)")
            if let reason = block.notRun {
                #expect(!reason.isEmpty, "a not-run block without a reason at README.md line \(block.line)")
            }
        }
        // The set-up commands are left out (they install and build); every other block says why it is.
        let skipped = blocks.filter { $0.notRun != nil }
        #expect(skipped.count < blocks.count / 2, "most of the README's examples must run: \(skipped.map(\.heading))")
        #expect(skipped.flatMap(\.lines).contains { $0.hasPrefix("make test") })
        #expect(skipped.flatMap(\.lines).contains { $0.hasPrefix("make demo") })
    }

    @Test func everyBlockRunsVerbatimAndInOrder() throws {
        let blocks = try Self.blocks()
        let (script, unused) = Self.script(blocks)
        #expect(unused.isEmpty, "README lines the test makes files for are gone: \(unused)")
        let cli = try CLI()
        let (status, stdout, stderr) = try Self.runAtTerminal(script, in: cli.folder)
        #expect(status == 0, "the README's commands failed: \(stderr)\n\(stdout.suffix(2000))")
        #expect(!stderr.contains("error:"), "\(stderr)")

        for line in [
            // The walkthrough and the corrections.
            "Added W-1 Witness A.", "Created allegation AL-1.", "History of I-1: 2 change(s).",
            // Evidence and the chain of custody.
            "Recorded custody event 7: E-1 transferred to OHCHR Seoul by kim.investigator (signed).",
            "Everything is intact.", "Wrote a BagIt bag of 2 item(s)", "Wrote a timestamp request for custody event",
            "Stored the timestamp of", "Signature Verified Successfully",
            // Protecting witnesses: the ids the program prints are the ones the README uses next.
            "Added W-2 Witness 7 (identity sealed).", "Real name:     Kim Chol-su",
            "W-2 Witness 7 may now be cited in: icc-evidence, upr.",
            "Re-sealed",
            // The recommendations register: the update of the same source and number is said.
            "Added R-1: 126.45 (Chile), A/HRC/42/10.",
            "Imported upr3.csv: 1 recommendation added, 1 updated (already in the register: same source and number), 0 unchanged.",
            "Stored OR-1 (theme: detention), as recommended previously (126.45, Chile).",
        ] {
            #expect(stdout.contains(line), "missing from the README run: \(line)")
        }
        // The spellings the scan looks for, printed to the terminal.
        #expect(stdout.contains("Chol-su Kim"))
        // The evidence added by the README gets the id it then uses.
        #expect(stdout.contains("Added E-4 interview-w7.txt:"))
        #expect(stdout.contains("and added it as E-5, a redacted copy of E-4."))

        // sha256sum of the exported event equals the event's hash in the custody log.
        let sha = stdout.split(separator: "\n").first { $0.hasSuffix("  ../signatures/event-000004.bin") }?.prefix(64)
        #expect(sha != nil)
        if let sha { #expect(stdout.contains("hash \(sha)"), "event 4's hash is not the one sha256sum gives") }

        // The bag is valid for the reference validator the README names, and the redacted copy names no one.
        let bag = cli.folder.appendingPathComponent("bag-for-court")
        let validate = try cli.tool("python3", ["-m", "bagit", "--validate", bag.path])
        #expect(validate.status == 0, "\(validate.output)")
        let redacted = try String(
            contentsOf: cli.folder.appendingPathComponent("dprk-case/transcript-redacted.txt"), encoding: .utf8)
        #expect(!redacted.contains("Kim Chol-su"))
        #expect(!redacted.contains("Camp 15"))
        #expect(redacted.contains("[REDACTED]"))
    }
}
