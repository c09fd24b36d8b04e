import Foundation
import Testing

/// The tools a motivated adversary would use on a case: a script that rebuilds every event hash
/// from the encoding the README documents, optionally stripping or forging signatures.
extension CLI {
    /// The rechain script, written from the README's "custody log, byte for byte" alone.
    static let rechainScript = #"""
        import hashlib, os, subprocess, sys, tempfile, sqlite3
        db = sqlite3.connect(sys.argv[1])
        args = sys.argv[2:]
        strip = '--strip-signatures' in args
        sign_key = args[args.index('--sign') + 1] if '--sign' in args else None
        new_fp = args[args.index('--fingerprint') + 1] if '--fingerprint' in args else None
        def esc(v):
            return v.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r')
        rows = db.execute('SELECT sequence, evidenceId, action, handler, occurredAt, objectSha256, keyFingerprint, note, '
                          'encoding, details FROM custody_event ORDER BY sequence').fetchall()
        prev = '0' * 64
        for seq, ev, action, handler, time, obj, key, note, enc, details in rows:
            if strip:
                key = None
            elif new_fp and key:
                key = new_fp
            fields = [('sequence', str(seq)), ('evidence', 'E-%d' % ev if ev is not None else '-'), ('action', action),
                      ('handler', handler), ('time', time), ('object-sha256', obj or '-'), ('key', key or '-'),
                      ('note', note if note is not None else '-')]
            text = 'casebook-custody-event/%d\n' % enc + ''.join('%s: %s\n' % (n, esc(v)) for n, v in fields)
            if enc >= 2 and details:
                text += details
            text += 'previous: %s\n' % prev
            data = text.encode()
            digest = hashlib.sha256(data).hexdigest()
            signature = None
            if sign_key and key:
                with tempfile.TemporaryDirectory() as d:
                    open(os.path.join(d, 'e.bin'), 'wb').write(data)
                    subprocess.run(['openssl', 'pkeyutl', '-sign', '-inkey', sign_key, '-rawin', '-in', os.path.join(d, 'e.bin'),
                                    '-out', os.path.join(d, 'e.sig')], check=True)
                    signature = open(os.path.join(d, 'e.sig'), 'rb').read()
            if strip:
                db.execute('UPDATE custody_event SET previousHash=?, eventHash=?, signature=NULL, keyFingerprint=NULL WHERE sequence=?',
                           (prev, digest, seq))
            elif signature is not None:
                db.execute('UPDATE custody_event SET previousHash=?, eventHash=?, signature=?, keyFingerprint=? WHERE sequence=?',
                           (prev, digest, signature, key, seq))
            else:
                db.execute('UPDATE custody_event SET previousHash=?, eventHash=? WHERE sequence=?', (prev, digest, seq))
            prev = digest
        db.commit()
        """#

    /// Rebuilds the chain of hashes over the whole log, as an adversary would after editing it.
    func rechain(_ options: [String] = []) throws {
        let script = folder.appendingPathComponent("rechain.py")
        if !FileManager.default.fileExists(atPath: script.path) {
            try Data(Self.rechainScript.utf8).write(to: script)
        }
        let result = try tool("python3", [script.path, workspace.appendingPathComponent("casebook.sqlite").path] + options)
        #expect(result.status == 0, "rechain failed: \(result.output)")
    }

    /// Runs `casebook args…` under `timeout`, so a command that would hang fails the test instead.
    func runWithTimeout(_ seconds: Int, _ args: [String]) throws -> ToolResult {
        let env = environment.map { "\($0.key)=\($0.value)" } + ["XDG_STATE_HOME=\(folder.appendingPathComponent("state").path)"]
        return try tool("env", env + ["timeout", "-s", "KILL", String(seconds), CLI.binary.path] + args, cwd: workspace)
    }

    /// A throwaway RFC 3161 authority in `name/`, made with the openssl command line, that
    /// answers `request` with `name/reply.tsr`; returns the folder (its certificate is `tsa.crt`).
    func throwawayAuthority(_ name: String, answering request: URL) throws -> URL {
        let tsa = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: tsa, withIntermediateDirectories: true)
        let setup = """
            openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout tsa.key -out tsa.crt -days 2 \
              -subj '/CN=Test TSA \(name)' -addext 'extendedKeyUsage=critical,timeStamping' 2>/dev/null &&
            printf '[ tsa ]\\ndefault_tsa = c\\n[ c ]\\nserial = ./serial\\nsigner_cert = ./tsa.crt\\nsigner_key = ./tsa.key\\nsigner_digest = sha256\\ndefault_policy = 1.2.3.4.1\\ndigests = sha256\\ness_cert_id_alg = sha256\\n' > tsa.cnf &&
            echo 01 > serial &&
            openssl ts -reply -config tsa.cnf -queryfile '\(request.path)' -out reply.tsr 2>/dev/null
            """
        let made = try tool("sh", ["-c", setup], cwd: tsa)
        #expect(made.status == 0, "\(made.output)")
        return tsa
    }
}
