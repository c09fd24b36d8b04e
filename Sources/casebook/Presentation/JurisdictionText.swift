import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// `casebook jurisdiction` for people: a table of incidents and routes, the reasons, and the count per route.
enum JurisdictionText {
    static func render(_ report: JurisdictionReport) -> String {
        guard !report.incidents.isEmpty else { return "No incidents recorded yet." }
        let table = TextTable(
            headers: ["INCIDENT", "DATE", "COUNTRY", "TEMPORAL", "TERRITORIAL", "PERSONAL", "ROUTE"],
            rows: report.incidents.map { i in
                [
                    i.incident, i.date, i.country ?? "-", i.temporal.status.rawValue, i.territorial.status.rawValue,
                    i.personal.status.rawValue, i.route.rawValue,
                ]
            })
        var lines = [table.render(), ""]
        for incident in report.incidents {
            lines.append("\(incident.incident), route \(incident.route.rawValue): \(incident.reason)")
            if let continuing = incident.continuing {
                for period in continuing.periods {
                    let to = period.to.map { "to \($0)" } ?? "on (\(continuing.end))"
                    lines.append(
                        "    \(period.from) \(to): \(period.within ? "within" : "outside") temporal jurisdiction, route \(period.route.rawValue)"
                    )
                }
            }
            for part in incident.parts {
                lines.append(
                    "    also in \(part.country)\(part.date.map { ":\($0)" } ?? ""): \(part.status.rawValue). \(part.reason)")
            }
        }
        lines.append("")
        lines.append(
            "Routes: " + JurisdictionRoute.allCases.map { "\($0.rawValue) \(report.count($0))" }.joined(separator: ", ") + ".")
        lines.append(
            "12(2): the Court can act on a State Party's territory or nationality; 12(3): a State's declaration; "
                + "13(b): only a Security Council referral could open it; arguable (continuing refusal): an enforced disappearance begun before entry into force whose refusal went on after it (contested); "
                + "none: before 1 July 2002; uncertain: the facts recorded do not settle it."
        )
        // Each uncertain finding says what would settle it; the ways are named once here.
        let uncertain = report.incidents.filter {
            $0.route == .uncertain || $0.territorial.status == .uncertain || $0.personal.status == .uncertain
        }
        var ways: [String] = []
        if uncertain.contains(where: { !$0.splitDates.isEmpty }) {
            ways.append("a more precise date ('casebook incident update I-n --date YYYY-MM-DD')")
        }
        let placeUnsettled = uncertain.filter { $0.territorial.status == .uncertain && $0.splitDates.isEmpty }
        if placeUnsettled.contains(where: { $0.parts.contains { $0.status == .uncertain } }) {
            ways.append("the date of each part recorded in another State ('casebook incident update I-n --also-in CC:DATE')")
        }
        if placeUnsettled.contains(where: { !$0.parts.contains { $0.status == .uncertain } }) {
            ways.append("the incident's country ('casebook incident update I-n --country CC')")
        }
        if uncertain.contains(where: { $0.personal.status == .uncertain && $0.splitDates.isEmpty }) {
            ways.append("the nationality of each attributed person ('casebook actor update A-n --nationality CC')")
        }
        if !ways.isEmpty {
            lines.append("To settle an uncertain finding, record " + ways.joined(separator: "; or ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}
