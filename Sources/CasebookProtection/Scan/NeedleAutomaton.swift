import CasebookModel

/// An Aho–Corasick automaton over folded text: it finds every occurrence of every needle in one
/// pass, so scanning a long document for a thousand witnesses' names and their spellings costs
/// about what reading it does. (No package in reach provides one.)
struct NeedleAutomaton: Sendable {
    /// Transitions, keyed by state (high 32 bits) and folded scalar (low 32 bits); built in a
    /// dictionary, then frozen into `table` for the scan.
    private var next: [UInt64: Int32] = [:]
    private var table = TransitionTable(capacity: 0)
    /// Transitions out of the start state for ASCII, the most frequent, without hashing.
    private var rootASCII = [Int32](repeating: 0, count: 128)
    /// Transitions out of the start state for Hangul syllables, the other frequent kind.
    private var rootHangul = [Int32](repeating: 0, count: Int(Hangul.syllableLast - Hangul.syllableBase) + 1)
    /// The state to fall back to when no transition fits: the longest proper suffix that is a prefix.
    private var fallback: [Int32] = [0]
    /// The needle that ends exactly at each state, if any.
    private var needleAt: [Int32] = [-1]
    /// The nearest state on the fallback chain where a needle ends, or -1.
    private var outputLink: [Int32] = [-1]
    /// For the shallow states most characters of a text pass through, the complete transition
    /// (fallbacks already followed) on each folded ASCII letter or digit: row `denseRow[state]`.
    private var denseRow: [Int32] = []
    private var dense: [Int32] = []
    private static let denseDepth = 3
    /// Each needle's length in folded scalars.
    private(set) var lengths: [Int] = []

    init(needles: [[UInt32]]) {
        for needle in needles { insert(needle) }
        let order = link()
        table = TransitionTable(capacity: next.count)
        for (key, state) in next { table.insert(key, state) }
        makeDenseRows(order)
        next = [:]
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
                if state == 0, Hangul.isSyllable(scalar) { rootHangul[Int(scalar - Hangul.syllableBase)] = created }
                state = created
            }
        }
        if needleAt[Int(state)] < 0 { needleAt[Int(state)] = index }
    }

    /// Breadth-first, each state's fallback from its parent's; returns the states in that order
    /// with their depths.
    private mutating func link() -> [(state: Int32, depth: Int)] {
        var children: [Int32: [(UInt32, Int32)]] = [:]
        for (key, child) in next {
            children[Int32(truncatingIfNeeded: key >> 32), default: []].append((UInt32(truncatingIfNeeded: key), child))
        }
        var queue: [Int32] = (children[0] ?? []).map(\.1)
        var depth = [Int32: Int](uniqueKeysWithValues: queue.map { ($0, 1) })
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
                depth[child] = (depth[state] ?? 0) + 1
                queue.append(child)
            }
        }
        return [(0, 0)] + queue.map { ($0, depth[$0] ?? 0) }
    }

    /// The dense column of a folded ASCII letter or digit, or nil.
    private static func column(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x61...0x7A: Int(scalar - 0x61)
        case 0x30...0x39: Int(scalar - 0x30) + 26
        default: nil
        }
    }
    private static let columns: [UInt32] = Array(0x61...0x7A) + Array(0x30...0x39)

    /// Fills the dense rows in breadth-first order, so that a state's fallback row is ready first.
    private mutating func makeDenseRows(_ order: [(state: Int32, depth: Int)]) {
        denseRow = [Int32](repeating: -1, count: fallback.count)
        for (state, depth) in order where depth <= Self.denseDepth {
            let row = Int32(dense.count / Self.columns.count)
            denseRow[Int(state)] = row
            for (column, scalar) in Self.columns.enumerated() {
                if let child = table.find(Self.key(state, scalar)) {
                    dense.append(child)
                } else if state == 0 {
                    dense.append(0)
                } else {
                    let back = Int(denseRow[Int(fallback[Int(state)])])
                    dense.append(dense[back * Self.columns.count + column])
                }
            }
        }
    }

    private func step(_ state: Int32, _ scalar: UInt32) -> Int32 {
        var current = state
        while true {
            let row = denseRow[Int(current)]
            if row >= 0, let column = Self.column(scalar) { return dense[Int(row) * Self.columns.count + column] }
            if current == 0 {
                if scalar < 128 { return rootASCII[Int(scalar)] }
                if Hangul.isSyllable(scalar) { return rootHangul[Int(scalar - Hangul.syllableBase)] }
                return table.find(Self.key(0, scalar)) ?? 0
            }
            if let target = table.find(Self.key(current, scalar)) { return target }
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

/// An open-addressing hash table from transition keys to states, with a multiplicative hash:
/// the scan looks up one transition per character, and the standard dictionary's seeded hashing
/// costs several times more than this.
struct TransitionTable: Sendable {
    /// A key and its state side by side, so that a look-up touches one cache line.
    private struct Slot {
        var key: UInt64
        var state: Int32
    }

    private var slots: [Slot]
    private let shift: UInt64
    private let mask: Int
    private static let empty = UInt64.max

    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, state: 0), count: 1 << bits)
        shift = 64 - bits
        mask = (1 << bits) - 1
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    mutating func insert(_ key: UInt64, _ state: Int32) {
        var index = slot(key)
        while slots[index].key != Self.empty && slots[index].key != key { index = (index + 1) & mask }
        slots[index] = Slot(key: key, state: state)
    }

    func find(_ key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var index = slot(key)
            while true {
                let found = slots[index]
                if found.key == key { return found.state }
                if found.key == Self.empty { return nil }
                index = (index + 1) & mask
            }
        }
    }
}
