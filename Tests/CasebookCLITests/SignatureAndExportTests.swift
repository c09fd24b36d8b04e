import Foundation
import Testing

@Suite("signatures, BagIt bags and timestamps checked by standard tools")
struct SignatureAndExportTests {
    func evidenceCase() throws -> CLI {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        return cli
    }

    @Test func everySignedEventVerifiesWithOpensslPkeyutl() throws {
        let cli = try evidenceCase()
        #expect(
            try cli.run(["custody", "transfer", "E-1", "--to", "OHCHR Seoul", "--by", "kim", "--reason", "analysis"]).status == 0)
        let out = cli.folder.appendingPathComponent("signatures")
        let result = try cli.run(["custody", "export-signatures", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Five: the key's registration is itself a signed event (it was four before).
        #expect(result.stdout.contains("Wrote 5 signed event(s) by kim"))
        for sequence in 1...5 {
            let name = String(format: "event-%06d", sequence)
            let check = try cli.tool(
                "openssl",
                [
                    "pkeyutl", "-verify", "-pubin", "-inkey", "keys/kim.pem", "-rawin", "-in", "\(name).bin", "-sigfile",
                    "\(name).sig",
                ],
                cwd: out)
            #expect(check.status == 0 && check.output.contains("Signature Verified Successfully"), "\(name): \(check.output)")
            // The event's hash is the SHA-256 of its canonical bytes, recomputable with sha256sum.
            let sum = try cli.tool("sh", ["-c", "sha256sum \(name).bin | cut -d' ' -f1"], cwd: out).output.trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(try cli.sqlite("SELECT eventHash FROM custody_event WHERE sequence = \(sequence)") == sum + "\n")
        }
        // A signature checked against the wrong event fails with the same tool.
        let wrong = try cli.tool(
            "openssl",
            [
                "pkeyutl", "-verify", "-pubin", "-inkey", "keys/kim.pem", "-rawin", "-in", "event-000001.bin", "-sigfile",
                "event-000002.sig",
            ], cwd: out)
        #expect(wrong.status != 0)
    }

    @Test func exportsRefuseANonEmptyFolder() throws {
        let cli = try evidenceCase()
        let occupied = cli.folder.appendingPathComponent("occupied")
        try cli.makeFile("occupied/notes.txt", Array("keep me".utf8))
        let before = try cli.databaseDump()
        for args in [["export", "bagit", occupied.path], ["custody", "export-signatures", occupied.path]] {
            let result = try cli.run(args)
            #expect(result.status == 2)
            #expect(result.stderr.contains("already holds files"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: occupied.path) == ["notes.txt"])
        #expect(try cli.databaseDump() == before)
    }

    @Test func fileExportsRefuseAnExistingFile() throws {
        let cli = try evidenceCase()
        let existing = try cli.makeFile("existing.json", Array("keep me".utf8))
        let before = try cli.databaseDump()
        for args in [
            ["export", "json", existing], ["anchor", "request", existing], ["evidence", "redact", "E-2", "--out", existing],
        ] {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args): \(result.stderr)")
            #expect(
                result.stderr
                    == "error: \(existing) already exists; choose a new file name so nothing is overwritten. Nothing was written.\n"
            )
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
        #expect(try cli.databaseDump() == before)
    }

    @Test func keyFileReadableByOthersIsRefusedAndNothingChanges() throws {
        let cli = try evidenceCase()
        let key = cli.workspace.appendingPathComponent("keys/kim.pem").path
        #expect(try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let before = try cli.databaseDump()
        let file = try cli.makeFile("later.txt", Array("later".utf8))
        let result = try cli.run(["evidence", "add", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("can be read by other users (mode 644); run 'chmod 600"))
        #expect(try cli.databaseDump() == before)
        #expect(try cli.storedObjects().count == 3)
        #expect(try cli.run(["key", "generate", "--handler", "kim"]).stderr.contains("already has a signing key"))
    }

    @Test func bagValidatesWithPythonBagitAndSha256sum() throws {
        let cli = try evidenceCase()
        // A file whose name tries to climb out of data/.
        try cli.makeFile("odd/..%2F..%2Fescape.txt", Array("odd name".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("odd/..%2F..%2Fescape.txt").path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path])
        #expect(result.status == 0, "\(result.stderr)")
        let validate = try cli.tool("python3", ["-m", "bagit", "--validate", bag.path])
        #expect(validate.status == 0, "\(validate.output)")
        #expect(validate.output.contains("is valid"))
        let sums = try cli.tool("sha256sum", ["-c", "manifest-sha256.txt"], cwd: bag)
        #expect(sums.status == 0, "\(sums.output)")
        let sums512 = try cli.tool("sha512sum", ["-c", "manifest-sha512.txt"], cwd: bag)
        #expect(sums512.status == 0)
        let payload = try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("data").path).sorted()
        #expect(payload == ["E-1_photo.jpg", "E-2_statement.txt", "E-3_video.mp4", "E-4__2F.._2Fescape.txt"])
        let info = try String(contentsOf: bag.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        #expect(info.contains("Casebook-Case-Title: Test case"))
        #expect(info.contains("Payload-Oxum: "))
        let head = try cli.run(["custody", "head", "--json"]).stdout
        #expect(
            head.contains(
                info.split(separator: "\n").first { $0.hasPrefix("Casebook-Custody-Head-SHA256") }?.split(separator: " ").last.map(
                    String.init) ?? "missing"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM custody_event WHERE action = 'exported'") == "4\n")
        let csv = try String(contentsOf: bag.appendingPathComponent("custody/custody-log.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("sequence,evidence,action,handler,time_utc"))
        #expect(csv.contains(",exported,kim,"))
    }

    @Test func bagOfChosenItemsOnly() throws {
        let cli = try evidenceCase()
        let bag = cli.folder.appendingPathComponent("bag")
        #expect(try cli.run(["export", "bagit", bag.path, "--evidence", "E-2"]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: bag.appendingPathComponent("data").path) == ["E-2_statement.txt"])
        let log = try String(contentsOf: bag.appendingPathComponent("custody/custody-log.json"), encoding: .utf8)
        #expect(log.contains("\"E-2\"") && !log.contains("\"E-1\""))
        #expect(try cli.tool("python3", ["-m", "bagit", "--validate", bag.path]).status == 0)
        let missing = try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag2").path, "--evidence", "E-9"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("There is no evidence item E-9"))
    }

    @Test func timestampRequestReadsWithOpensslAndAReplyIsKept() throws {
        let cli = try evidenceCase()
        let request = cli.folder.appendingPathComponent("head.tsq")
        #expect(try cli.run(["anchor", "request", request.path]).status == 0)
        let text = try cli.tool("openssl", ["ts", "-query", "-in", request.path, "-text"])
        let head = try cli.sqlite("SELECT eventHash FROM custody_event ORDER BY sequence DESC LIMIT 1").trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(text.status == 0)
        #expect(text.output.contains("Hash Algorithm: sha256"))
        let hexInRequest = text.output.split(separator: "\n").filter { $0.contains(" - ") }
            .map {
                $0.split(separator: " - ", maxSplits: 1)[1].prefix(47).replacingOccurrences(of: "-", with: " ")
                    .replacingOccurrences(of: " ", with: "")
            }
            .joined()
        #expect(hexInRequest == head)

        // A throwaway timestamping authority made with the openssl command line answers it.
        let tsa = cli.folder.appendingPathComponent("tsa")
        try FileManager.default.createDirectory(at: tsa, withIntermediateDirectories: true)
        let setup = """
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout tsa.key -out tsa.crt -days 2 \
              -subj '/CN=Test TSA' -addext 'extendedKeyUsage=critical,timeStamping' 2>/dev/null &&
            printf '[ tsa ]\\ndefault_tsa = c\\n[ c ]\\nserial = ./serial\\nsigner_cert = ./tsa.crt\\nsigner_key = ./tsa.key\\nsigner_digest = sha256\\ndefault_policy = 1.2.3.4.1\\nother_policies = 1.2.3.4.2\\ndigests = sha256\\ness_cert_id_alg = sha256\\n' > tsa.cnf &&
            echo 01 > serial &&
            openssl ts -reply -config tsa.cnf -queryfile '\(request.path)' -out reply.tsr 2>/dev/null
            """
        #expect(try cli.tool("sh", ["-c", setup], cwd: tsa).status == 0)
        let imported = try cli.run(["anchor", "import", tsa.appendingPathComponent("reply.tsr").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // 1 to 4, not 1 to 3: the key's registration is now the first event.
        #expect(imported.stdout.contains("proves custody events 1 to 4"))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("covers events 1 to 4: holds."))

        // A reply for something else is refused; the request file itself is not a reply.
        #expect(try cli.run(["anchor", "import", request.path]).stderr.contains("not an RFC 3161 timestamp reply"))
        let other = cli.folder.appendingPathComponent("other.tsq")
        #expect(
            try cli.tool(
                "sh", ["-c", "echo unrelated > u.txt && openssl ts -query -data u.txt -sha256 -cert -out '\(other.path)'"]
            ).status == 0)
        #expect(
            try cli.tool(
                "sh", ["-c", "openssl ts -reply -config tsa.cnf -queryfile '\(other.path)' -out other.tsr 2>/dev/null"], cwd: tsa
            ).status == 0)
        let refused = try cli.run(["anchor", "import", tsa.appendingPathComponent("other.tsr").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not the hash of any event in this custody log"))

        // Editing an anchored event is reported against the timestamp too.
        try cli.sqlite("UPDATE custody_event SET handler = 'someone' WHERE sequence = 3")
        let broken = try cli.run(["verify"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("NO LONGER HOLDS"))
    }
}
