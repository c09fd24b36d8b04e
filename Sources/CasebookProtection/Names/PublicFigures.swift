import CasebookModel

/// Names of public figures that the case's documents name all the time: the DPRK's leaders and
/// officials the COI named, and the Republic of Korea's presidents. A protected name found only as
/// part of one of these (a witness 김정 inside 김정은, "Kim Jong" inside "Kim Jong Un") is not a
/// hit; a witness who bears the whole name still is. Their romanisations and both Koreas'
/// spellings are generated as for witnesses' names.
enum PublicFigures {
    static let names: [String] = [
        // DPRK leaders and their family
        "김일성", "김정일", "김정은", "김여정", "김정남", "김정숙", "김형직", "김주애", "리설주", "김평일", "김경희",
        // DPRK officials
        "김영남", "최룡해", "장성택", "박봉주", "김덕훈", "조용원", "리병철", "김영철", "김계관", "최선희", "현송월", "리선권",
        // Presidents of the Republic of Korea
        "이승만", "박정희", "전두환", "노태우", "김영삼", "김대중", "노무현", "이명박", "박근혜", "문재인", "윤석열", "이재명",
    ]
}
