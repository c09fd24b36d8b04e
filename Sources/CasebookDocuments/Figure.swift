/// A picture where a reader would rather look than read: drawn as SVG in HTML, and shown as a
/// table where a picture cannot be drawn (Markdown, DOCX), so no format loses the numbers.
public enum Figure: Sendable, Equatable {
    case bars(BarChart)
    case timeline(Timeline)
    case chronology(Chronology)
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

/// Dated things on one time axis, lane by lane (for example one lane per attack, its period as a
/// band and its incidents as points or bars), against key dates drawn across every lane (for
/// example the Statute's entry into force for a State). Times are years with a fraction
/// (1 July 2002 is about 2002.5), so any date precision fits one scale.
public struct Chronology: Sendable, Equatable {
    public var title: String
    public var lanes: [ChronologyLane]
    public var markers: [ChronologyMarker]

    public init(title: String, lanes: [ChronologyLane], markers: [ChronologyMarker]) {
        self.title = title
        self.lanes = lanes
        self.markers = markers
    }
}

/// One lane: a label, an optional period drawn as a band, and the items dated on it.
public struct ChronologyLane: Sendable, Equatable {
    public var label: String
    public var period: ChronologySpan?
    public var items: [ChronologyItem]

    public init(label: String, period: ChronologySpan?, items: [ChronologyItem]) {
        self.label = label
        self.period = period
        self.items = items
    }
}

/// A stretch of time, in years with a fraction, and the words it was given in ("March 2013").
public struct ChronologySpan: Sendable, Equatable {
    public var start: Double
    public var end: Double
    public var text: String

    public init(start: Double, end: Double, text: String) {
        self.start = start
        self.end = max(start, end)
        self.text = text
    }
}

/// One dated item of a lane, such as an incident.
public struct ChronologyItem: Sendable, Equatable {
    public var label: String
    public var span: ChronologySpan

    public init(label: String, span: ChronologySpan) {
        self.label = label
        self.span = span
    }
}

/// A day that matters across every lane, such as an entry into force.
public struct ChronologyMarker: Sendable, Equatable {
    public var label: String
    public var at: ChronologySpan

    public init(label: String, at: ChronologySpan) {
        self.label = label
        self.at = at
    }
}
