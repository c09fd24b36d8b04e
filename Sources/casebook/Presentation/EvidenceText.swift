import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// Evidence, custody and verification results as printed for people.
enum EvidenceText {
    static func ingest(_ report: IngestReport) -> String {
        var lines: [String] = []
        for item in report.items {
            if let same = item.sameContentAs {
                lines.append("\(line(item.name)): same content as \(same); recorded as a further acquisition of \(same).")
            } else {
                let link = item.wasSymlink ? " (read through a symbolic link)" : ""
                lines.append(
                    "Added \(item.id) \(line(item.name))\(link): \(byteCount(item.size)), \(item.mediaType), sha256 \(item.sha256)")
            }
        }
        if lines.isEmpty { lines.append("No file was added.") }
        return lines.joined(separator: "\n")
    }

    /// The lines for stderr: files passed over and files that failed.
    /// Said when the user's own words went into the custody log unchecked for witness identities.
    static let uncheckedCustodyNotes =
        "warning: your notes went into the custody log WITHOUT being checked for witness identities, as asked (--no-leak-scan); this is recorded in the custody log, which cannot be changed. If they name a witness, every bag of this case will be stopped unless the handler adds --allow for that witness."

    static func ingestWarnings(_ report: IngestReport) -> [String] {
        let names = Dictionary(report.items.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return report.skipped.map { "skipped: \(line($0.path)): \(line($0.reason))" }
            + report.failed.map { "not added: \(line($0.path)): \(line($0.reason))" }
            + report.items.compactMap { item in
                item.typeMismatch.map {
                    "warning: \(item.id) \(line(item.name)): \(typeWarning($0)) Check what this file really is."
                }
            }
            + report.identifyingFileNames.map {
                "warning: \($0.item) \(line(names[$0.item] ?? "")): its file name holds the protected \($0.field.label) of \($0.witness). The name is kept as part of the file's provenance, in the custody log, so every bag of this case will be stopped unless the handler adds --allow \($0.witness):\($0.field.rawValue) (recorded in the custody log)."
            }
            + (report.unchecked ? [uncheckedCustodyNotes] : [])
    }

    static func evidenceList(_ items: [EvidenceSummary]) -> String {
        guard !items.isEmpty else { return "No evidence yet. Add files with 'casebook evidence add FILE...'." }
        let table = TextTable(
            headers: ["ID", "Name", "Size", "Type", "SHA-256", "Metadata"],
            rows: items.map {
                [
                    $0.id.description, $0.originalName, byteCount($0.size), $0.mediaType ?? "", String($0.sha256.prefix(16)) + "…",
                    metadataMarker($0),
                ]
            }
        ).render()
        guard items.contains(where: { !metadataMarker($0).isEmpty }) else { return table }
        return table
            + "\n\nMetadata: GPS = the file's metadata gives where it was made; person = it names a person (author, artist, creator, last modified by); type? = its content and its name say different kinds of file. 'casebook evidence show E-n' lists the fields."
    }

    static func evidence(_ item: EvidenceSummary) -> String {
        var fields = FieldList()
        fields.add("Evidence item", "\(item.id) \(item.originalName)")
        fields.add("Size", item.size < 1024 ? byteCount(item.size) : "\(byteCount(item.size)) (\(item.size) bytes)")
        fields.add("Media type", item.mediaType)
        fields.add("Kind", item.kind)
        fields.add("Description", item.description)
        fields.add("Source", item.source)
        fields.add("Acquired by", item.acquiredBy)
        fields.add("Acquired at", item.acquiredAt)
        fields.add("Reliability", GradeWords.reliability(item.reliability))
        fields.add("Reliability notes", item.reliabilityNote)
        fields.add(
            "Provided by", item.providedBy.map { "\($0): counted with that witness's testimonies, never as corroboration of them" })
        fields.add("Derived from", item.derivedFrom.map { "\($0): counted with that source, never as corroboration of it" })
        fields.add("Ingested at", item.ingestedAt)
        fields.add(
            "Symbolic link", item.wasSymlink ? "yes: the file was named through a link; its target's content was stored" : nil)
        fields.add("SHA-256", item.sha256)
        fields.add("SHA-512", item.sha512)
        if let types = item.typeCheck, types.disagrees {
            fields.add("Type warning", typeWarning(types))
        }
        var text = fields.render()
        if let metadata = item.metadata {
            text += "\n\n" + metadataSection(metadata, notes: item.metadataNotes ?? [])
        }
        if let custody = item.custody {
            text += "\n\nCustody history:\n" + custodyLog(custody)
        }
        return text
    }

    /// The short marker `evidence list` shows in its Metadata column.
    static func metadataMarker(_ item: EvidenceSummary) -> String {
        var marks: [String] = []
        if item.metadataFlags?.contains("gps") == true { marks.append("GPS") }
        if item.metadataFlags?.contains("person") == true { marks.append("person") }
        if item.typeCheck?.disagrees == true { marks.append("type?") }
        return marks.joined(separator: ", ")
    }

    /// The sentence for a file whose content and name disagree.
    static func typeWarning(_ types: TypeCheck) -> String {
        let content = types.byContent.map(MediaType.spoken) ?? "unknown"
        let name = types.byName.map(MediaType.spoken) ?? "unknown"
        if let byContent = types.byContent, MediaType.borrowedHeader(byContent) != nil {
            let named = types.byName == nil ? "" : ", and its name says \(name)"
            return
                "its content is \(content)\(named). Casebook reads its metadata by its content, and the leak scan reads it as text."
        }
        return
            "its content is \(content) but its name says \(name). Casebook reads its metadata by its content, and the leak scan reads it as text whenever either says text."
    }

    /// The metadata fields, one per line, values escaped so that no control character reaches the terminal.
    static func metadataSection(_ fields: [MetadataField], notes: [String]) -> String {
        var lines: [String] = []
        if fields.isEmpty {
            lines.append("Metadata: none found in the file.")
        } else {
            lines.append(
                "Metadata in the file (\(fields.count) field(s); 'casebook evidence strip-metadata' makes a copy without it):")
            let width = fields.map(\.name.count).max() ?? 0
            for field in fields {
                let label = (field.name + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0)
                lines.append("  \(label) \(line(field.value))  [\(field.category.rawValue)]")
            }
        }
        lines += notes.map { "  Not fully read: \(line($0))." }
        return lines.joined(separator: "\n")
    }

    static func custodyLog(_ entries: [CustodyEntry]) -> String {
        guard !entries.isEmpty else { return "The custody log is empty." }
        return entries.map { entry in
            var line = "#\(entry.sequence)  \(entry.time)  \(entry.action)"
            if let evidence = entry.evidence { line += " \(evidence)" }
            line += "  by \(Self.line(entry.handler))\(entry.signed ? " (signed)" : "")"
            if let note = entry.note { line += "\n      \(Self.line(note))" }
            line += "\n      hash \(entry.hash)"
            return line
        }.joined(separator: "\n")
    }

    static func head(_ head: CustodyHead) -> String {
        head.sequence == 0 ? "The custody log is empty." : "Event \(head.sequence)\nhash \(head.hash)"
    }

    static func verify(_ report: VerifyReport) -> String {
        var lines = [
            "Checked \(report.objectsChecked) stored object(s) (\(byteCount(report.bytesChecked))), \(report.eventsChecked) custody event(s), \(report.signaturesChecked) signature(s)."
        ]
        for anchor in report.anchors {
            lines.append(
                "Timestamp \(anchor.time ?? "(no time)") covers events 1 to \(anchor.throughSequence): \(anchor.holds ? "holds" : "NO LONGER HOLDS"). Authority: \(anchor.authority)."
            )
        }
        // Only a head found intact is worth writing down: one of a tampered log would vouch for it.
        if let head = report.head, head.sequence > 0, report.intact {
            lines.append(
                "Custody head: event \(head.sequence), \(head.hash). Write it down outside the case: 'casebook verify --expect-head \(head.hash)' later proves that the log still holds every event up to this one, unchanged."
            )
        }
        lines += report.notes.map { "Note: \($0)" }
        lines += report.advice.map { "Note: \(VerifyAdviceWords.sentence($0))" }
        if report.intact {
            lines.append("Everything is intact. Recorded as custody event \(report.verifiedEvent.map(String.init) ?? "-").")
        } else {
            lines.append("\(report.problems.count) problem(s) found:")
            lines += report.problems.map { "  \($0.kind.rawValue): \(line($0.subject)): \(line($0.message))" }
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line progress bar for long ingests on a terminal.
    static func progressLine(_ progress: IngestProgress, elapsed: TimeInterval) -> String {
        let fraction = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 1
        let filled = Int((fraction * 24).rounded(.down))
        let bar = String(repeating: "#", count: min(filled, 24)) + String(repeating: ".", count: max(0, 24 - filled))
        let rate = elapsed > 0 ? Double(progress.bytesDone) / elapsed : 0
        return
            "[\(bar)] \(progress.filesDone)/\(progress.filesTotal) files, \(byteCount(progress.bytesDone)) of \(byteCount(progress.bytesTotal)), \(byteCount(Int64(rate)))/s"
    }

    static func byteCount(_ bytes: Int64) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f %@", value, units[unit])
    }

    /// One value on one line: a line break or control character in a file name or note is shown
    /// escaped, so it cannot fake a line of the report.
    static func line(_ value: String) -> String {
        TerminalText.escaped(value, keepingLineBreaks: false)
    }
}
