/// JSON for scripts carries each crime's numbered elements with their notes, not only the
/// paraphrases: `crimes KEY --json` shows what `crimes KEY` prints.
extension CrimeCategory {
    package enum CodingKeys: String, CodingKey {
        case key, name, article, elementsHeading, specificElements, notes, elementNotes, attackMustPostdateEntryIntoForce
        case resultElements, elements
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try c.decode(String.self, forKey: .key), name: try c.decode(String.self, forKey: .name),
            article: try c.decode(String.self, forKey: .article),
            elementsHeading: try c.decode(String.self, forKey: .elementsHeading),
            specificElements: try c.decode([String].self, forKey: .specificElements),
            notes: try c.decodeIfPresent([LegalNote].self, forKey: .notes) ?? [],
            elementNotes: try c.decodeIfPresent([LegalNote].self, forKey: .elementNotes) ?? [],
            attackMustPostdateEntryIntoForce: try c.decodeIfPresent(Bool.self, forKey: .attackMustPostdateEntryIntoForce) ?? false,
            resultElements: try c.decodeIfPresent([Int].self, forKey: .resultElements) ?? [1])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(name, forKey: .name)
        try c.encode(article, forKey: .article)
        try c.encode(elementsHeading, forKey: .elementsHeading)
        try c.encode(specificElements, forKey: .specificElements)
        try c.encode(notes, forKey: .notes)
        try c.encode(attackMustPostdateEntryIntoForce, forKey: .attackMustPostdateEntryIntoForce)
        try c.encode(resultElements, forKey: .resultElements)
        try c.encode(elements, forKey: .elements)
    }
}
