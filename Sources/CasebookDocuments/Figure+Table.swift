/// Figures as tables, for the formats that cannot draw (Markdown, DOCX) and as the data behind
/// every picture, so the numbers a reader sees are the same in every format.
extension Figure {
    /// The figure's title.
    var title: String {
        switch self {
        case .bars(let chart): chart.title
        case .timeline(let timeline): timeline.title
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
