import Foundation

/// The current time as an ISO 8601 UTC timestamp to the second (`2026-11-29T01:26:45Z`), the
/// form every record and custody event stores. Built by hand: it is called for every row of a
/// bulk ingest, and a Foundation date formatter is costly to create.
package func timestampNow() -> String {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
        format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
        Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
}
