/// The State's response to a UPR recommendation, as the Working Group report or its addendum gives it.
///
/// The Council's practice knows two (`supported`, `noted`); some States still answer "partially
/// supported", so it is kept as its own value rather than forced into one of the two. A
/// commission of inquiry's recommendations get no formal response: theirs is absent (nil).
/// It lives with the model so the store can read its column as this type, not as free text.
public enum RecommendationResponse: String, CaseIterable, Codable, Sendable {
    case supported, noted
    case partiallySupported = "partially-supported"
}
