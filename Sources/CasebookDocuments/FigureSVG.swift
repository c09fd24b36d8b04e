/// Figures drawn as inline SVG for the HTML document: no scripts, no fonts or files from
/// elsewhere, every label escaped, every number printed the same way on every machine, and a
/// text alternative (`<title>`, `aria-label`) that states the figures for readers who cannot see it.
enum FigureSVG {
    /// Series colours, distinguishable in greyscale print too.
    static let palette = ["#1f4e79", "#c55a11", "#548235", "#7f6000"]

    static func draw(_ figure: Figure) -> String {
        switch figure {
        case .bars(let chart): drawBars(chart)
        case .timeline(let timeline): drawTimeline(timeline)
        }
    }

    /// Grouped horizontal bars, one row per group, one bar per series. Each series is scaled to
    /// its own largest value (victims outnumber incidents by far), and every bar shows its number.
    static func drawBars(_ chart: BarChart) -> String {
        let labelWidth = 220.0
        let barArea = 380.0
        let barHeight = 14.0
        let gap = 10.0
        let top = 34.0
        let seriesCount = max(chart.series.count, 1)
        let groupHeight = Double(seriesCount) * barHeight + gap
        let height = top + Double(chart.groups.count) * groupHeight + 10
        let width = labelWidth + barArea + 60
        let maxima = chart.series.indices.map { index in
            chart.groups.map { index < $0.values.count ? $0.values[index] : 0 }.max() ?? 0
        }
        var out = open(width: width, height: height, label: barsDescription(chart))
        // Legend.
        var x = labelWidth
        for (index, name) in chart.series.enumerated() {
            out += "<rect x=\"\(n(x))\" y=\"8\" width=\"12\" height=\"12\" fill=\"\(color(index))\"/>"
            out += "<text x=\"\(n(x + 16))\" y=\"18\">\(esc(name))</text>"
            x += 24 + Double(name.count) * 7.5
        }
        for (row, group) in chart.groups.enumerated() {
            let y = top + Double(row) * groupHeight
            out +=
                "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + Double(seriesCount) * barHeight / 2 + 4))\" text-anchor=\"end\">\(esc(group.label))</text>"
            for index in chart.series.indices {
                let value = index < group.values.count ? group.values[index] : 0
                let length = maxima[index] > 0 ? max(value, 0) / maxima[index] * barArea : 0
                let barY = y + Double(index) * barHeight
                out +=
                    "<rect x=\"\(n(labelWidth))\" y=\"\(n(barY))\" width=\"\(n(length))\" height=\"\(n(barHeight - 2))\" fill=\"\(color(index))\"/>"
                out +=
                    "<text x=\"\(n(labelWidth + length + 4))\" y=\"\(n(barY + barHeight - 4))\" class=\"value\">\(NumberText.format(value))</text>"
            }
        }
        return out + "</svg>"
    }

    /// A grid of years (columns) by rows, a circle in each cell sized by its count (area, not
    /// radius, grows with the count), the count written beside it.
    static func drawTimeline(_ timeline: Timeline) -> String {
        let years = timeline.years
        let labelWidth = 200.0
        let top = 30.0
        let rowHeight = 30.0
        let cell = years.isEmpty ? 40.0 : min(48, max(22, 440 / Double(years.count)))
        let width = labelWidth + Double(max(years.count, 1)) * cell + 10
        let height = top + Double(timeline.rows.count) * rowHeight + 10
        let largest = timeline.rows.flatMap { $0.countsByYear.values }.max() ?? 0
        var out = open(width: width, height: height, label: timelineDescription(timeline))
        for (column, year) in years.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * cell
            out += "<text x=\"\(n(x))\" y=\"18\" text-anchor=\"middle\" class=\"year\">\(year)</text>"
            out += "<line x1=\"\(n(x))\" y1=\"24\" x2=\"\(n(x))\" y2=\"\(n(height - 8))\" class=\"grid\"/>"
        }
        for (row, entry) in timeline.rows.enumerated() {
            let y = top + (Double(row) + 0.5) * rowHeight
            out += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(esc(entry.label))</text>"
            out += "<line x1=\"\(n(labelWidth))\" y1=\"\(n(y))\" x2=\"\(n(width - 10))\" y2=\"\(n(y))\" class=\"grid\"/>"
            for (column, year) in years.enumerated() {
                guard let count = entry.countsByYear[year], count > 0, largest > 0 else { continue }
                let x = labelWidth + (Double(column) + 0.5) * cell
                let radius = 3 + (min(cell, rowHeight) / 2 - 4) * (Double(count) / Double(largest)).squareRoot()
                out += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(color(0))\" fill-opacity=\"0.75\">"
                out += "<title>\(esc(entry.label)), \(year): \(count)</title></circle>"
            }
        }
        return out + "</svg>"
    }

    private static func open(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\""
            + " width=\"\(n(width))\" height=\"\(n(height))\" aria-label=\"\(esc(label))\">"
            + "<title>\(esc(label))</title>"
    }

    /// The chart in words: every group with every value.
    static func barsDescription(_ chart: BarChart) -> String {
        let groups = chart.groups.map { group in
            let values = chart.series.indices.map { index in
                "\(index < group.values.count ? NumberText.format(group.values[index]) : "0") \(chart.series[index])"
            }
            return "\(group.label): \(values.joined(separator: ", "))"
        }
        return ([chart.title] + groups).joined(separator: ". ")
    }

    /// The timeline in words: for each row, the count of every year that has one.
    static func timelineDescription(_ timeline: Timeline) -> String {
        let rows = timeline.rows.map { row in
            let years = row.countsByYear.keys.sorted().map { "\($0): \(row.countsByYear[$0] ?? 0)" }
            return "\(row.label) — \(years.isEmpty ? "none" : years.joined(separator: ", "))"
        }
        return ([timeline.title] + rows).joined(separator: ". ")
    }

    private static func color(_ index: Int) -> String { palette[index % palette.count] }
    private static func esc(_ text: String) -> String { MarkupEscaping.xml(text) }
    /// A coordinate with at most one decimal.
    private static func n(_ value: Double) -> String { NumberText.format(value) }
}
