/// A picture where a reader would rather look than read: drawn as SVG in HTML, and shown as a
/// table where a picture cannot be drawn (Markdown, DOCX), so no format loses the numbers.
public enum Figure: Sendable, Equatable {
    case bars(BarChart)
    case timeline(Timeline)
}

/// Grouped bars, e.g. series ["incidents", "victims"], one group per crime category.
public struct BarChart: Sendable, Equatable {
    public var title: String
    public var series: [String]
    public var groups: [BarGroup]

    public init(title: String, series: [String], groups: [BarGroup]) {
        self.title = title
        self.series = series
        self.groups = groups
    }
}

/// One group of bars: one value per series, in the chart's series order.
public struct BarGroup: Sendable, Equatable {
    public var label: String
    public var values: [Double]

    public init(label: String, values: [Double]) {
        self.label = label
        self.values = values
    }
}

/// Counts per year for several rows, e.g. incidents per year for each crime category.
public struct Timeline: Sendable, Equatable {
    public var title: String
    public var rows: [TimelineRow]

    public init(title: String, rows: [TimelineRow]) {
        self.title = title
        self.rows = rows
    }
}

/// One row of a timeline: a label and how many there were in each year.
public struct TimelineRow: Sendable, Equatable {
    public var label: String
    public var countsByYear: [Int: Int]

    public init(label: String, countsByYear: [Int: Int]) {
        self.label = label
        self.countsByYear = countsByYear
    }
}
