import CasebookModel
import CasebookStore

extension AppDatabase {
    /// Words in an actor's name, aliases or position that show a military post. [Analysis: a
    /// heuristic that only decides whether to warn; the evidence decides the relationship.]
    static let militaryWords = [
        "army", "military", "kpa", "armed forces", "navy", "air force", "general", "colonel", "major", "captain",
        "lieutenant", "sergeant", "corporal", "soldier", "commander", "command", "battalion", "regiment", "division",
        "brigade", "corps", "platoon", "company commander", "border guard", "troops", "marshal", "non-commissioned",
        "commissioned officer", "warrant officer", "petty officer", "admiral", "brigadier", "infantry", "artillery",
        "private first class", "militia", "ensign",
    ]

    /// Art. 28(a) is for military commanders and those effectively acting as one: attributed to an
    /// actor whose recorded position shows no military post, it is worth a second look, and art. 28(b)
    /// (other superiors) is the likelier mode. With no position recorded, and no military word in the
    /// name, nothing shows the post either way, and the team is asked to record it.
    static func commandCautions(for actor: ActorRecord, id: RecordID, modes: [ModeOfLiability]) -> [String] {
        guard modes.contains(.command) else { return [] }
        let words = ([actor.name, actor.position ?? ""] + actor.aliases).joined(separator: " ").lowercased()
        guard !militaryWords.contains(where: { words.contains($0) }) else { return [] }
        guard let position = actor.position else {
            return [
                "\(id) \(actor.name) has no position recorded, so nothing shows whether it held a military post: art. 28(a) applies to \"a military commander or person effectively acting as a military commander\" (art. 28(a)). Record its position; for a civilian superior, plead art. 28(b) (superior)."
            ]
        }
        let post = "recorded with the position '\(position)'"
        return [
            "\(id) \(actor.name) is \(actor.kind == .institution ? "an institution" : "a person") \(post), which shows no military post: art. 28(a) applies to \"a military commander or person effectively acting as a military commander\" (art. 28(a)). For a civilian superior, such as a party or security official, plead art. 28(b) (superior), or show that the actor effectively acted as a military commander."
        ]
    }
}
