import CasebookModel
import CasebookStore

/// One actor in the command hierarchy with everyone who answers to it.
///
/// The hierarchy may be a DAG (a unit answering to two organs): such an actor appears
/// under each of its superiors, which is how a lawyer reads an organisation chart.
public struct CommandNode: Codable, Sendable, Equatable {
    public let id: RecordID
    public let name: String
    public let kind: ActorKind
    public let position: String?
    /// The period this actor answered to the node above it, if known.
    public let from: String?
    public let to: String?
    public let subordinates: [CommandNode]
}

extension AppDatabase {
    /// The command hierarchy: actors who answer to no one at the top, subordinates beneath.
    package func commandTree() throws -> [CommandNode] {
        try readTransaction { tx in
            let actors = try tx.fetchAll(ActorRecord.self)
            let links = try tx.superiorLinks()
            let byID = Dictionary(uniqueKeysWithValues: actors.compactMap { actor in actor.id.map { ($0, actor) } })
            let childrenOf = Dictionary(grouping: links, by: \.superiorId)
            let hasSuperior = Set(links.map(\.actorId))

            func node(_ id: Int64, link: SuperiorLinkRecord?, depth: Int) -> CommandNode? {
                guard let actor = byID[id], depth < 64 else { return nil }
                let children = (childrenOf[id] ?? []).compactMap { node($0.actorId, link: $0, depth: depth + 1) }
                return CommandNode(
                    id: RecordID(.actor, id), name: actor.name, kind: actor.kind,
                    position: actor.position, from: link?.tenureFrom, to: link?.tenureTo, subordinates: children)
            }
            return actors.compactMap(\.id).filter { !hasSuperior.contains($0) }.sorted().compactMap {
                node($0, link: nil, depth: 0)
            }
        }
    }
}
