/// More written forms of a date of birth, beyond the English and numeric ones in `NameVariants`:
/// the North's Juche calendar (year − 1911, so 1975 is Juche 64, written 주체64년 and often with the
/// Common Era year in brackets, 주체 64(1975)년), Chinese and Japanese characters (1975年3月2日),
/// two-digit Korean years (75.3.2, 75년 3월 2일), and French and German month names, in which
/// refugee and asylum files are often written.
enum DateForms {
    static let french = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    static let german = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]

    static func more(year: Int, month: Int, day: Int) -> [String] {
        let yy = String(String(year).suffix(2))
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        var forms = [
            "\(year)年\(month)月\(day)日", "\(yy).\(month).\(day)", "\(yy).\(mm).\(dd)", "\(yy)년 \(month)월 \(day)일",
            "\(year)년 \(month)월 \(day)일", "\(year)年\(mm)月\(dd)日", "\(year)년 \(mm)월 \(dd)일",
            "\(dd)\(NameVariants.months[month - 1].prefix(3))\(yy)",
        ]
        if year > 1911 {
            let juche = year - 1911
            forms += [
                "주체\(juche)년 \(month)월 \(day)일", "주체\(juche)(\(year))년 \(month)월 \(day)일", "주체\(juche).\(month).\(day)",
                "Juche \(juche) (\(year)) \(month)/\(day)", "Juche \(juche).\(month).\(day)",
                "\(day) \(NameVariants.months[month - 1]) Juche \(juche)",
                "Juche \(juche)-\(mm)-\(dd)",
            ]
        }
        let frenchMonth = french[month - 1]
        forms += ["\(day) \(frenchMonth) \(year)", "\(dd) \(frenchMonth) \(year)"]
        if day == 1 { forms.append("1er \(frenchMonth) \(year)") }
        let germanMonth = german[month - 1]
        forms += ["\(day). \(germanMonth) \(year)", "\(dd). \(germanMonth) \(year)"]
        if germanMonth == "März" { forms += ["\(day). Maerz \(year)", "\(dd). Maerz \(year)"] }
        return forms
    }
}
