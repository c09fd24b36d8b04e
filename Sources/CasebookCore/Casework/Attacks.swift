import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// Records the attack directed against a civilian population, once for the case.
    package func addAttack(_ input: AttackInput) throws -> AttackSummary {
        let title = try Validate.required(input.title ?? "", "attack title")
        let period = try input.period.flatMap(Validate.optional).map { try DateSpan(parsing: $0) }
        let id: Int64 = try writeTransaction { tx in
            var record = AttackRecord(
                title: title, periodText: period?.description, periodStart: period?.earliestDay, periodEnd: period?.latestDay,
                population: Validate.optional(input.population), policy: Validate.optional(input.policy),
                widespread: Validate.optional(input.widespread), systematic: Validate.optional(input.systematic),
                description: Validate.optional(input.description), createdAt: timestampNow())
            try tx.insert(&record)
            return record.id ?? 0
        }
        return try attack(RecordID(.attack, id))
    }

    /// Changes the fields given; an empty text clears an optional field.
    package func updateAttack(_ id: RecordID, _ input: AttackInput) throws -> AttackSummary {
        guard id.kind == .attack else { throw RecordError.wrongKind(id, expected: [.attack], role: .subject) }
        guard !input.isEmpty else {
            throw AllegationError.nothingToChange(id)
        }
        let title = try input.title.map { try Validate.required($0, "attack title") }
        var period: DateSpan??
        if let text = input.period { period = .some(try Validate.optional(text).map { try DateSpan(parsing: $0) }) }
        try writeTransaction { tx in
            guard var record = try tx.fetchOne(AttackRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            if let title { record.title = title }
            if let period {
                record.periodText = period?.description
                record.periodStart = period?.earliestDay
                record.periodEnd = period?.latestDay
            }
            if let text = input.population { record.population = Validate.optional(text) }
            if let text = input.policy { record.policy = Validate.optional(text) }
            if let text = input.widespread { record.widespread = Validate.optional(text) }
            if let text = input.systematic { record.systematic = Validate.optional(text) }
            if let text = input.description { record.description = Validate.optional(text) }
            try tx.update(record)
        }
        return try attack(id)
    }

    /// One attack with the proof of each of its elements.
    package func attack(_ id: RecordID) throws -> AttackSummary {
        guard id.kind == .attack else { throw RecordError.wrongKind(id, expected: [.attack], role: .subject) }
        return try readTransaction { tx in
            guard let record = try tx.fetchOne(AttackRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.attackSummary(record, labels: SourceLabels(tx), in: tx)
        }
    }

    /// Every attack in the case.
    package func attacks() throws -> [AttackSummary] {
        try readTransaction { tx in
            let labels = try SourceLabels(tx)
            return try tx.fetchAll(AttackRecord.self).map { try Self.attackSummary($0, labels: labels, in: tx) }
        }
    }

    /// Cites a source for one element of an attack.
    package func citeForAttack(_ input: NewAttackCitation) throws -> AttackCitationSummary {
        guard input.attack.kind == .attack else { throw RecordError.wrongKind(input.attack, expected: [.attack], role: .subject) }
        try Self.checkSourceKind(input.source)
        let key = input.element.trimmingCharacters(in: .whitespaces).lowercased()
        guard let element = AttackElement(rawValue: key) else {
            let suggestions = Suggestions.closest(to: key, among: AttackElement.allCases.map(\.key))
            guard key.hasPrefix("attack."), !suggestions.isEmpty else { throw LawError.notAnAttackElement(input.element) }
            throw LawError.unknownElement(input.element, suggestions: suggestions)
        }
        let pinpoint = Validate.optional(input.pinpoint)
        let basis = try SourceBasis.parse(input.basis)
        return try writeTransaction { tx in
            try tx.requireExists(input.attack, kind: .attack)
            try tx.requireExists(input.source, kind: input.source.kind == .testimony ? .testimony : .evidence)
            var record = AttackCitationRecord(
                attackId: input.attack.number, testimonyId: input.source.kind == .testimony ? input.source.number : nil,
                evidenceId: input.source.kind == .evidence ? input.source.number : nil, elementKey: element.key,
                pinpoint: pinpoint, note: Validate.optional(input.note), createdAt: timestampNow(), basis: basis)
            record.credibility = input.credibility?.rawValue
            record.extract = try Self.extract(input.extract)
            let duplicate = try tx.attackCitations(ofAttack: input.attack.number)
                .contains { $0.source == input.source && $0.elementKey == element.key && $0.pinpoint == pinpoint }
            if duplicate {
                throw RecordError.duplicateAttackCitation(attack: input.attack, source: input.source, element: element.key)
            }
            try tx.insert(&record)
            var summary = AttackCitationSummary(
                attack: input.attack, source: input.source, element: element.key, pinpoint: pinpoint, note: record.note,
                basis: basis)
            summary.credibility = input.credibility
            summary.reliability = try Self.sourceReliability(input.source, in: tx)
            return summary
        }
    }

    static func attackSummary(_ record: AttackRecord, labels: SourceLabels, in tx: StoreTransaction) throws -> AttackSummary {
        let id = record.id ?? 0
        let citations = try tx.attackCitations(ofAttack: id)
        let allegations = try tx.allegationIds(ofAttack: id)
        let arguments = ArgumentKey.current(try tx.elementArguments(ofAttack: id))
        return AttackSummary(
            id: RecordID(.attack, id), title: record.title, period: record.periodText, population: record.population,
            policy: record.policy, widespread: record.widespread, systematic: record.systematic,
            description: record.description,
            elements: attackElements(citations, labels: labels, rule: try proofRule(nil, in: tx)).map { element in
                var argued = element
                argued.argument = arguments[ArgumentKey(attack: id, element: element.key)]
                return argued
            },
            allegations: allegations.map { RecordID(.allegation, $0) })
    }

    static func attackElements(
        _ citations: [AttackCitationRecord], labels: SourceLabels, rule: ProofRule = .standardDefault
    ) -> [ElementProof] {
        AttackElement.allCases.enumerated().map { index, element in
            ElementProof(
                key: element.key, number: index + 1, text: element.text, citation: element.citation, isContextual: true,
                sources: citations.filter { $0.elementKey == element.key }.map {
                    CitedSource(
                        source: $0.source, labels: labels, pinpoint: $0.pinpoint, note: $0.note, basis: $0.basis,
                        credibility: $0.credibility, extract: $0.extract)
                }, rule: rule)
        }
    }
}
