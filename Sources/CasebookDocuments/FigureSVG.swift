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
        case .chronology(let chronology): drawChronology(chronology)
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
                    "<text x=\"\(n(labelWidth + length + 4))\" y=\"\(n(barY + barHeight - 4))\" class=\"value\" font-size=\"10\" fill=\"#333\">\(NumberText.format(value))</text>"
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
            out +=
                "<text x=\"\(n(x))\" y=\"18\" text-anchor=\"middle\" class=\"year\" font-size=\"10\" fill=\"#333\">\(year)</text>"
            out +=
                "<line x1=\"\(n(x))\" y1=\"24\" x2=\"\(n(x))\" y2=\"\(n(height - 8))\" class=\"grid\" stroke=\"#ddd\" stroke-width=\"1\"/>"
        }
        for (row, entry) in timeline.rows.enumerated() {
            let y = top + (Double(row) + 0.5) * rowHeight
            out += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(esc(entry.label))</text>"
            out +=
                "<line x1=\"\(n(labelWidth))\" y1=\"\(n(y))\" x2=\"\(n(width - 10))\" y2=\"\(n(y))\" class=\"grid\" stroke=\"#ddd\" stroke-width=\"1\"/>"
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

    /// One time axis for every lane (years, labelled at an even step that never crowds): each lane
    /// opens with its label and its period as a pale band behind its rows, each item has a row of
    /// its own (a point for a day or a month, a bar for longer), and each key date is a dashed line
    /// across every lane, numbered, with its words listed below the axis.
    static func drawChronology(_ chronology: Chronology) -> String {
        let spans =
            chronology.lanes.flatMap { ($0.period.map { [$0] } ?? []) + $0.items.map(\.span) } + chronology.markers.map(\.at)
        let first = (spans.map(\.start).min() ?? 2000).rounded(.down)
        let last = max((spans.map(\.end).max() ?? 2001).rounded(.up), first + 1)
        let step = [1, 2, 5, 10, 20, 25, 50, 100].first { (last - first) / Double($0) <= 10 } ?? 100
        let labelWidth = 250.0
        let plotWidth = 420.0
        let headerHeight = 20.0
        let rowHeight = 15.0
        let top = 34.0
        let lanesHeight = chronology.lanes.reduce(0.0) { $0 + headerHeight + Double($1.items.count) * rowHeight }
        let axisY = top + max(lanesHeight, rowHeight) + 6
        let legendTop = axisY + 34
        let width = labelWidth + plotWidth + 20
        let height = legendTop + Double(chronology.markers.count) * 16 + 6
        func x(_ year: Double) -> Double { labelWidth + (year - first) / (last - first) * plotWidth }
        var out = open(width: width, height: height, label: chronologyDescription(chronology))
        var year = (first / Double(step)).rounded(.up) * Double(step)
        while year <= last {
            out += line(x(year), top - 4, x(year), axisY + 4, stroke: "#ddd", className: "grid")
            out +=
                "<text x=\"\(n(x(year)))\" y=\"\(n(axisY + 17))\" text-anchor=\"middle\" class=\"year\" font-size=\"10\" fill=\"#333\">\(Int(year))</text>"
            year += Double(step)
        }
        out += line(x(first), axisY, x(last), axisY, stroke: "#555")
        var y = top
        for lane in chronology.lanes {
            let laneHeight = headerHeight + Double(lane.items.count) * rowHeight
            if let period = lane.period {
                out +=
                    "<rect x=\"\(n(x(period.start)))\" y=\"\(n(y + 2))\" width=\"\(n(max(x(period.end) - x(period.start), 1)))\" height=\"\(n(laneHeight - 4))\" fill=\"#dbe5f1\">"
                out += "<title>\(esc(lane.label)): \(esc(period.text))</title></rect>"
            }
            out +=
                "<text x=\"4\" y=\"\(n(y + 14))\" font-weight=\"bold\">\(esc(clipped(lane.label, 40)))</text>"
            y += headerHeight
            for item in lane.items {
                let middle = y + rowHeight / 2
                out += "<text x=\"14\" y=\"\(n(middle + 3.5))\" font-size=\"10\">\(esc(clipped(item.label, 44)))</text>"
                out += line(labelWidth, middle, width - 20, middle, stroke: "#eee", className: "grid")
                let start = x(item.span.start)
                let end = x(item.span.end)
                if end - start < 4 {
                    out += "<circle cx=\"\(n((start + end) / 2))\" cy=\"\(n(middle))\" r=\"3.5\" fill=\"\(color(0))\">"
                } else {
                    out +=
                        "<rect x=\"\(n(start))\" y=\"\(n(middle - 3.5))\" width=\"\(n(end - start))\" height=\"7\" fill=\"\(color(0))\" fill-opacity=\"0.7\">"
                }
                out += "<title>\(esc(item.label)): \(esc(item.span.text))</title>"
                out += end - start < 4 ? "</circle>" : "</rect>"
                y += rowHeight
            }
        }
        // Key dates: numbers that would touch are set on alternate lines.
        var lastNumberX = -100.0
        var raised = false
        for (index, marker) in chronology.markers.enumerated() {
            let at = x(marker.at.start)
            raised = at - lastNumberX < 14 ? !raised : false
            lastNumberX = at
            out += line(at, top - 6, at, axisY, stroke: color(1), dashed: true)
            out +=
                "<text x=\"\(n(at))\" y=\"\(n(top - (raised ? 20 : 9)))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(color(1))\">\(index + 1)</text>"
            let legendY = legendTop + Double(index) * 16
            out +=
                "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(legendY))\" text-anchor=\"end\" fill=\"\(color(1))\">\(index + 1)</text>"
            out += "<text x=\"\(n(labelWidth))\" y=\"\(n(legendY))\">\(esc(marker.label)): \(esc(marker.at.text))</text>"
        }
        return out + "</svg>"
    }

    /// The chronology in words: each lane's period and items, then the key dates.
    static func chronologyDescription(_ chronology: Chronology) -> String {
        let lanes = chronology.lanes.map { lane in
            let period = lane.period.map { " (period \($0.text))" } ?? ""
            let items = lane.items.map { "\($0.label), \($0.span.text)" }
            return "\(lane.label)\(period): \(items.isEmpty ? "none" : items.joined(separator: "; "))"
        }
        let markers = chronology.markers.map { "\($0.label): \($0.at.text)" }
        return ([chronology.title] + lanes + markers).joined(separator: ". ")
    }

    private static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dashed: Bool = false, className: String? = nil
    ) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"" + (className.map { " class=\"\($0)\"" } ?? "")
            + " stroke=\"\(stroke)\" stroke-width=\"1\"" + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>"
    }

    /// A lane label short enough for its column; the full words stay in the description.
    private static func clipped(_ label: String, _ length: Int) -> String {
        label.count > length ? String(label.prefix(length - 1)) + "…" : label
    }

    /// The root element. Fonts and sizes are attributes as well as the page's style, so the same
    /// drawing reads alike inline in HTML and as a picture of its own in a Word file.
    private static func open(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\""
            + " width=\"\(n(width))\" height=\"\(n(height))\" aria-label=\"\(esc(label))\""
            + " font-family=\"Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif\" font-size=\"11\">"
            + "<title>\(esc(label))</title>"
    }

    /// The drawing's size in pixels, for a Word picture's extent.
    static func size(_ svg: String) -> (width: Double, height: Double) {
        func attribute(_ name: String) -> Double {
            guard let range = svg.range(of: " \(name)=\""), let end = svg[range.upperBound...].firstIndex(of: "\"") else {
                return 100
            }
            return Double(svg[range.upperBound..<end]) ?? 100
        }
        return (attribute("width"), attribute("height"))
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
