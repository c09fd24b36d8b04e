import CasebookModel

/// What Korean attaches to a name inside one word (eojeol): case particles (김철은, 김철의,
/// 김철에게), the copula (김철이다, 김철였다), titles and terms of address (김철 씨, 김철 동무) and
/// plural 들. A short Hangul name counts as found only when what follows it in its word is made of
/// these, so that 김철 is found in 김철은 but not in 김철수.
enum KoreanParticles {
    static let items: Set<String> = [
        // Case and topic particles
        "은", "는", "이", "가", "을", "를", "의", "에", "에게", "에게서", "한테", "한테서", "께", "께서", "에서", "으로", "로",
        "와", "과", "랑", "이랑", "하고", "도", "만", "까지", "부터", "보다", "처럼", "같이", "마저", "조차", "밖에", "이나", "나",
        "이며", "며", "이든", "든", "야", "아", "여", "이여", "요", "이요", "님", "들",
        // The copula
        "이다", "다", "입니다", "이었다", "였다", "이었고", "였고", "이고", "고", "이라는", "라는", "이라고", "라고", "이라", "라",
        "이에요", "예요", "이었습니다", "였습니다", "인", "이었던", "였던", "이지만", "지만", "이니", "니",
        // Titles and terms of address
        "씨", "군", "양", "옹", "여사", "선생", "선생님", "동무", "동지", "사장", "씨네", "네",
    ]
    static let longest = items.map(\.count).max() ?? 1

    /// Whether `syllables` is empty or splits wholly into particles.
    static func isParticles(_ syllables: [UInt32]) -> Bool {
        guard !syllables.isEmpty else { return true }
        guard syllables.count <= 12 else { return false }
        let text = Array(NameVariants.hangul(syllables))
        var reachable = [Bool](repeating: false, count: text.count + 1)
        reachable[0] = true
        for start in 0..<text.count where reachable[start] {
            for length in 1...min(longest, text.count - start) where items.contains(String(text[start..<(start + length)])) {
                reachable[start + length] = true
            }
        }
        return reachable[text.count]
    }
}
