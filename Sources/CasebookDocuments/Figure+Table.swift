/// Figures as tables, for the formats that cannot draw (Markdown, DOCX) and as the data behind
/// every picture, so the numbers a reader sees are the same in every format.
extension Figure {
    /// The figure's title.
    var title: String {
        switch self {
        case .bars(let chart): chart.title
        case .timeline(let timeline): timeline.title
        case .chronology(let chronology): chronology.title
        }
    }

    /// Every word the figure shows, for the leak scan.
    public var labels: [String] {
        switch self {
        case .bars(let chart): [chart.title] + chart.series + chart.groups.map(\.label)
        case .timeline(let timeline): [timeline.title] + timeline.rows.map(\.label)
        case .chronology(let chronology):
            [chronology.title] + chronology.lanes.flatMap { [$0.label] + $0.items.map(\.label) }
                + chronology.markers.map(\.label)
        }
    }

    /// The figure in words, for readers who cannot see it (an SVG's title, a Word picture's description).
    public var description: String {
        switch self {
        case .bars(let chart): FigureSVG.barsDescription(chart)
        case .timeline(let timeline): FigureSVG.timelineDescription(timeline)
        case .chronology(let chronology): FigureSVG.chronologyDescription(chronology)
        }
    }

    /// The figure's numbers as a table captioned with its title.
    var table: Table {
        switch self {
        case .bars(let chart):
            return Table(
                caption: chart.title, header: [""] + chart.series,
                rows: chart.groups.map { group in
                    [Text.plain(group.label)]
                        + chart.series.indices.map { index in
                            Text.plain(index < group.values.count ? NumberText.format(group.values[index]) : "")
                        }
                })
        case .timeline(let timeline):
            let years = timeline.years
            return Table(
                caption: timeline.title, header: [""] + years.map(String.init),
                rows: timeline.rows.map { row in
                    [Text.plain(row.label)] + years.map { year in Text.plain(row.countsByYear[year].map(String.init) ?? "") }
                })
        case .chronology(let chronology):
            var rows: [[Text]] = []
            // The lane is named once, on its first row.
            for lane in chronology.lanes {
                var lines = lane.period.map { [("period", $0.text)] } ?? []
                lines += lane.items.map { ($0.label, $0.span.text) }
                rows += lines.enumerated().map {
                    [.plain($0.offset == 0 ? lane.label : ""), .plain($0.element.0), .plain($0.element.1)]
                }
            }
            rows += chronology.markers.map { [.plain("Key date"), .plain($0.label), .plain($0.at.text)] }
            return Table(caption: chronology.title, header: ["", "What", "When"], rows: rows)
        }
    }
}

extension Timeline {
    /// Every year from the first to the last with a count, gaps included, so time reads evenly.
    var years: [Int] {
        let all = rows.flatMap { $0.countsByYear.keys }
        guard let first = all.min(), let last = all.max() else { return [] }
        return Array(first...last)
    }
}

/// Numbers printed the same on every machine (no locale, no clock): whole numbers without a
/// decimal point, others with one decimal.
enum NumberText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
