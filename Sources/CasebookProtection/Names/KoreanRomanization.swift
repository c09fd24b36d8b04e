import CasebookModel

/// The ways a Korean name is spelled in Latin letters, generated syllable by syllable from its
/// jamo: Revised Romanization (the South's system since 2000), McCune–Reischauer (close to the
/// North's own usage; its breves and apostrophes fold away in matching), and the spellings people
/// choose for themselves ("Chul", "Soo", "Young"). Family names also get the spellings that
/// custom fixed for the common ones (이: Lee, Yi, Ri, Rhee; 박: Park, Pak), which no rule gives.
package enum KoreanRomanization {
    /// Lead consonants: the Revised Romanization spelling first, then McCune–Reischauer's (an
    /// unvoiced k, t, p, ch at the start of a name, voiced inside it, so both are kept).
    static let leads: [[String]] = [
        ["g", "k"], ["kk", "gg"], ["n"], ["d", "t"], ["tt", "dd"], ["r", "l"], ["m"], ["b", "p"], ["pp", "bb"], ["s"], ["ss"],
        [""], ["j", "ch"], ["jj", "tch"], ["ch"], ["k"], ["t"], ["p"], ["h"],
    ]
    /// Vowels: Revised Romanization, McCune–Reischauer without its breve (ŏ → o, ŭ → u), then the
    /// spellings common in names.
    static let vowels: [[String]] = [
        ["a"], ["ae"], ["ya"], ["yae"], ["eo", "o", "u", "uh", "eu"], ["e"], ["yeo", "yo", "you", "yu", "yeu"], ["ye", "e", "ae"],
        ["o"],
        ["wa"], ["wae"], ["oe", "oi"], ["yo"], ["u", "oo"], ["wo", "weo"], ["we"], ["wi", "wee"], ["yu", "yoo"], ["eu", "u"],
        ["ui", "eui", "i", "ee"], ["i", "ee"],
    ]
    /// Tail consonants, as both systems write them at the end of a syllable, then the spellings
    /// some bearers use (Hag for 학, Churl for 철).
    static let tails: [[String]] = [
        [""], ["k", "g"], ["k"], ["k"], ["n"], ["n"], ["n"], ["t"], ["l", "rl"], ["k"], ["m"], ["l"], ["l"], ["l"], ["p"], ["l"],
        ["m"],
        ["p"], ["p"], ["t"], ["t"], ["ng"], ["t"], ["t"], ["k"], ["t"], ["p"], ["t"],
    ]

    /// ㅅ before an i or y sound is often written "sh" (Shin, Shim).
    static let shVowels: Set<Int> = [20, 2, 6, 12, 17, 16]

    /// Fixed spellings of the common family names (the twenty-odd most frequent, North and South),
    /// in addition to the ones the rules give.
    static let familyNames: [String: [String]] = [
        "김": ["kim", "gim", "ghim", "kimm"], "이": ["lee", "yi", "ri", "rhee", "li", "i", "ree", "rhie"],
        "리": ["ri", "lee", "li", "rhee", "yi", "rhie"],
        "박": ["park", "pak", "bak", "bahk", "pahk"], "최": ["choi", "choe", "chey"],
        "정": ["jung", "chung", "jeong", "chong", "jong", "cheong", "joung"],
        "강": ["kang", "gang"], "조": ["cho", "jo", "joe", "jho"], "윤": ["yoon", "yun", "youn"], "장": ["jang", "chang"],
        "임": ["lim", "im", "rim", "yim"], "림": ["rim", "lim", "im"], "한": ["han"], "오": ["oh", "o"],
        "서": ["seo", "suh", "so", "sur"],
        "신": ["shin", "sin"], "권": ["kwon", "gwon"], "황": ["hwang"], "안": ["ahn", "an"], "송": ["song"],
        "류": ["ryu", "yoo", "yu", "ryoo", "rhyu", "lyu"], "유": ["yoo", "yu", "ryu"], "전": ["jeon", "jun", "chon", "chun"],
        "홍": ["hong"], "고": ["ko", "go", "koh"], "문": ["moon", "mun"], "양": ["yang", "ryang"], "량": ["ryang", "yang"],
        "손": ["son", "sohn"], "배": ["bae", "pae"], "백": ["baek", "paek", "paik", "baik"], "허": ["heo", "hur", "ho", "huh"],
        "노": ["noh", "roh", "no", "ro"], "로": ["ro", "roh", "no", "noh"], "남": ["nam"], "심": ["shim", "sim"],
        "하": ["ha"], "곽": ["kwak", "gwak"], "성": ["sung", "seong", "song"], "차": ["cha"], "주": ["joo", "ju", "chu", "choo"],
        "우": ["woo", "u", "wu"], "구": ["koo", "gu", "ku"], "민": ["min"], "진": ["jin", "chin"], "지": ["ji", "chi", "jee"],
        "엄": ["eom", "um", "om", "uhm"], "채": ["chae", "chai"], "원": ["won", "weon"], "천": ["cheon", "chun", "chon"],
        "방": ["bang", "pang"], "공": ["kong", "gong"], "현": ["hyun", "hyeon", "hyon"], "함": ["ham"], "변": ["byun", "byeon", "pyon"],
        "염": ["yeom", "yum", "yom"], "여": ["yeo", "yo", "yuh"], "추": ["choo", "chu"], "도": ["do", "doh", "to"],
        "소": ["so", "soh"], "석": ["seok", "suk", "sok"], "선": ["sun", "seon", "son"], "설": ["seol", "sul", "sol"],
        "마": ["ma"], "길": ["gil", "kil"], "연": ["yeon", "yun", "yon"], "위": ["wi", "wee"], "표": ["pyo"],
        "명": ["myung", "myeong", "myong"],
        "기": ["ki", "gi"], "반": ["ban", "pan"], "왕": ["wang"], "금": ["keum", "geum", "kum"], "옥": ["ok"], "육": ["yook", "yuk"],
        "인": ["in"], "맹": ["maeng"], "제": ["je", "jae", "che"], "모": ["mo"], "탁": ["tak"], "국": ["kook", "guk", "kuk"],
        "남궁": ["namgoong", "namgung", "namkung"], "황보": ["hwangbo", "hwangpo"], "제갈": ["jegal", "chegal"],
        "선우": ["sunwoo", "seonu", "sonu"], "독고": ["dokgo", "tokko"], "사공": ["sagong", "sakong"], "서문": ["seomun", "somun"],
    ]

    /// Two-syllable family names, which a name written without a space otherwise hides.
    static let twoSyllableFamilyNames: Set<String> = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절"]

    /// The spellings of one syllable, most standard first, in lower case.
    static func spellings(of syllable: UInt32) -> [String] {
        guard let (lead, vowel, tail) = Hangul.parts(of: syllable) else { return [] }
        var leadSpellings = leads[lead]
        if lead == 9, shVowels.contains(vowel) { leadSpellings.append("sh") }
        var vowelSpellings = vowels[vowel]
        // A silent ㅇ before ㅜ is often written w: 우 as Woo or Wu.
        if lead == Hangul.leadIeung, vowel == 13 { vowelSpellings += ["woo", "wu"] }
        var result: [String] = []
        for end in tails[tail] {
            for middle in vowelSpellings {
                for first in leadSpellings {
                    let spelling = first + middle + end
                    if !result.contains(spelling) { result.append(spelling) }
                }
            }
        }
        // In this order the rarer spellings (of the tail, then of the vowel) come last, for trimming.
        return result
    }

    /// Every spelling of a run of syllables written as one word, capped so that a long name cannot
    /// produce thousands: past the cap the rarest spelling of the syllable with the most is dropped,
    /// again and again, until the combinations fit.
    static func spellings(ofWord syllables: [UInt32], cap: Int = 160) -> [String] {
        var each = syllables.map(spellings(of:)).filter { !$0.isEmpty }
        while each.reduce(1, { $0 * $1.count }) > cap, let widest = each.indices.max(by: { each[$0].count < each[$1].count }),
            each[widest].count > 1
        {
            each[widest].removeLast()
        }
        var words = [""]
        for options in each {
            words = words.flatMap { word in options.map { word + $0 } }
        }
        return words
    }

    /// The family name's spellings: the customary ones, then those the rules give.
    static func familySpellings(_ family: [UInt32]) -> [String] {
        let key = String(String.UnicodeScalarView(family.compactMap(Unicode.Scalar.init)))
        var result = familyNames[key] ?? []
        for spelling in spellings(ofWord: family) where !result.contains(spelling) { result.append(spelling) }
        return result
    }
}
