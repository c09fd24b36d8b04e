/// An Aho–Corasick automaton over folded text: it finds every occurrence of every needle in one
/// pass, so scanning a long document for a thousand witnesses' names and their spellings costs
/// about what reading it does. (No package in reach provides one.)
struct NeedleAutomaton: Sendable {
    /// Transitions, keyed by state (high 32 bits) and folded scalar (low 32 bits).
    private var next: [UInt64: Int32] = [:]
    /// Transitions out of the start state for ASCII, the most frequent, without hashing.
    private var rootASCII = [Int32](repeating: 0, count: 128)
    /// The state to fall back to when no transition fits: the longest proper suffix that is a prefix.
    private var fallback: [Int32] = [0]
    /// The needle that ends exactly at each state, if any.
    private var needleAt: [Int32] = [-1]
    /// The nearest state on the fallback chain where a needle ends, or -1.
    private var outputLink: [Int32] = [-1]
    /// Each needle's length in folded scalars.
    private(set) var lengths: [Int] = []

    init(needles: [[UInt32]]) {
        for needle in needles { insert(needle) }
        link()
    }

    private static func key(_ state: Int32, _ scalar: UInt32) -> UInt64 { UInt64(UInt32(state)) << 32 | UInt64(scalar) }

    private mutating func insert(_ needle: [UInt32]) {
        let index = Int32(lengths.count)
        lengths.append(needle.count)
        guard !needle.isEmpty else { return }
        var state: Int32 = 0
        for scalar in needle {
            if let existing = next[Self.key(state, scalar)] {
                state = existing
            } else {
                let created = Int32(fallback.count)
                fallback.append(0)
                needleAt.append(-1)
                outputLink.append(-1)
                next[Self.key(state, scalar)] = created
                if state == 0, scalar < 128 { rootASCII[Int(scalar)] = created }
                state = created
            }
        }
        if needleAt[Int(state)] < 0 { needleAt[Int(state)] = index }
    }

    /// Breadth-first, each state's fallback from its parent's.
    private mutating func link() {
        var children: [Int32: [(UInt32, Int32)]] = [:]
        for (key, child) in next { children[Int32(truncatingIfNeeded: key >> 32), default: []].append((UInt32(truncatingIfNeeded: key), child)) }
        var queue: [Int32] = (children[0] ?? []).map(\.1)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[state] ?? [] {
                var candidate = fallback[Int(state)]
                while true {
                    if let target = next[Self.key(candidate, scalar)], target != child {
                        fallback[Int(child)] = target
                        break
                    }
                    if candidate == 0 { break }
                    candidate = fallback[Int(candidate)]
                }
                let back = fallback[Int(child)]
                outputLink[Int(child)] = needleAt[Int(back)] >= 0 ? back : outputLink[Int(back)]
                queue.append(child)
            }
        }
    }

    private func step(_ state: Int32, _ scalar: UInt32) -> Int32 {
        var current = state
        while true {
            if current == 0 {
                if scalar < 128 { return rootASCII[Int(scalar)] }
                return next[Self.key(0, scalar)] ?? 0
            }
            if let target = next[Self.key(current, scalar)] { return target }
            current = fallback[Int(current)]
        }
    }

    /// Calls `found(needle, end)` for every occurrence (`end` is one past its last unit), in text
    /// order; stops early when `found` returns false.
    func scan(_ text: FoldedText, _ found: (Int, Int) -> Bool) {
        guard lengths.count > 0 else { return }
        var state: Int32 = 0
        for position in 0..<text.count {
            state = step(state, text.scalar(position))
            var match = needleAt[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while match >= 0 {
                if !found(Int(needleAt[Int(match)]), position + 1) { return }
                match = outputLink[Int(match)]
            }
        }
    }
}
