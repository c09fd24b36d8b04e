import CasebookModel
import CasebookProtection
import CasebookStore

extension Case {
    /// Records in the custody log each waiver a write used, once the write has succeeded.
    package func logUsedWaivers(_ leakGuard: LeakGuard, what: String, handler: Handler) throws {
        let used = leakGuard.used.value.sorted { $0.description < $1.description }
        var events = used.map { waiver in
            NewCustodyEvent(
                action: .leakScanWaived, handler: handler,
                note: "\(what): the \(waiver.field.label) of \(waiver.witness) allowed by the handler (--allow \(waiver))")
        }
        if let note = leakGuard.pendingSkipNote {
            events.append(NewCustodyEvent(action: .leakScanSkipped, handler: handler, note: note))
        }
        guard !events.isEmpty else { return }
        _ = try database.writeTransaction { tx in try appendCustody(events, in: tx) }
    }
}
