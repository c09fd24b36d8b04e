import CasebookModel
import Foundation

/// One way a protected value may be written, which the leak scan looks for.
public struct NameVariant: Codable, Sendable, Equatable {
    /// Why the scan looks for this spelling.
    public enum Kind: String, Codable, Sendable {
        /// The value as it was entered (or one item of a list of names or contacts).
        case asEntered = "as-entered"
        /// The same name with its parts in another order ("Chol-su Kim" for "Kim Chol-su").
        case otherOrder = "other-order"
        /// A Hangul name in the other Korea's spelling (이철수 for 리철수, and back).
        case otherKorea = "other-korea"
        /// A Hangul name in Latin letters, family name first.
        case romanised
        /// A Hangul name in Latin letters, family name last.
        case romanisedFamilyLast = "romanised-family-last"
        /// A date of birth or a telephone number in another common written form ("2 March 1975",
        /// "010-1234-5678" for "+82 10-1234-5678"), which counts only as a whole word.
        case otherForm = "other-form"
        /// A Hangul name with the given name first, apart from the family name ("철수 김").
        case givenNameFirst = "given-name-first"
        /// A two-syllable Hangul given name with the title 씨 ("철수 씨"); the given name alone is
        /// not looked for.
        case givenNameWithTitle = "given-name-with-title"
    }

    public let kind: Kind
    /// The spelling, readable: "Kim Chol-su", "김철수".
    public let text: String
}

/// Works out every spelling of a protected value that the leak scan looks for: the value itself,
/// its parts in the other order, and for a Hangul name its South and North spellings and its
/// romanisations. The same function feeds the scan and `witness variants`, so what a user is shown
/// is exactly what is matched.
package enum NameVariants {
    /// The separate values held in one field: other names and contacts may list several.
    package static func items(of value: String, field: IdentityField) -> [String] {
        switch field {
        case .riskNotes:
            // Sealed because they identify, but not looked for: a note such as "none" or "family in
            // the South" would stop every export.
            return []
        case .otherNames, .contact:
            return value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            .filter { !$0.isEmpty }
        default:
            return [value]
        }
    }

    /// The spellings of one item of a field.
    package static func variants(of item: String, field: IdentityField) -> [NameVariant] {
        var result = [NameVariant(kind: .asEntered, text: item)]
        switch field {
        case .born: return result + dateForms(of: item).map { NameVariant(kind: .otherForm, text: $0) }
        case .contact: return result + contactForms(of: item).map { NameVariant(kind: .otherForm, text: $0) }
        case .notes, .riskNotes: return result
        case .name, .otherNames: break
        }
        let parts = nameParts(of: item)
        result += parts.filter { $0 != item }.map { NameVariant(kind: .asEntered, text: $0) }
        for part in parts {
            let syllables = FoldedText(part).unitsWithoutGaps
            if syllables.count >= 2, syllables.allSatisfy(Hangul.isSyllable) {
                result += korean(part)
            } else {
                result += otherOrders(of: part).map { NameVariant(kind: .otherOrder, text: $0) }
            }
        }
        var seen: Set<String> = []
        return result.filter { seen.insert($0.text).inserted }
    }

    /// The names inside one entry: "김철수 (金哲洙)" and "김철수 / Kim Chol-su" hold two each. An
    /// entry is split at brackets and slashes, then wherever the script changes (Hangul, Chinese
    /// characters, Latin letters).
    static func nameParts(of item: String) -> [String] {
        let pieces = item.split(whereSeparator: { "()[]{}/|（）【】「」".contains($0) }).map(String.init)
        var parts: [String] = []
        for piece in pieces {
            var run = ""
            var runScript: Int?
            for character in piece {
                let script = character.unicodeScalars.first.flatMap { scalar -> Int? in
                    guard character.isLetter else { return nil }
                    if Hangul.isSyllable(scalar.value) || Hangul.isConjoiningJamo(scalar.value)
                        || (0x3130...0x318F).contains(scalar.value)
                    {
                        return 0
                    }
                    if Hangul.isEastAsian(scalar.value) { return 1 }
                    return 2
                }
                if let script, let current = runScript, script != current {
                    parts.append(run)
                    run = ""
                }
                if let script { runScript = script }
                run.append(character)
            }
            parts.append(run)
        }
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }.filter { !$0.isEmpty }
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// "1975-03-02" as it is also written: 02/03/1975, 03/02/1975, 2.3.1975, 2 March 1975,
    /// March 2, 1975, 2 Mar 1975, 1975년 3월 2일, 19750302 and 750302 (the first half of a Korean
    /// resident registration number).
    static func dateForms(of item: String) -> [String] {
        guard let date = try? PartialDate(parsing: item), let month = date.month, let day = date.day else { return [] }
        let year = date.year
        let mm = String(format: "%02d", month)
        let dd = String(format: "%02d", day)
        let name = months[month - 1]
        let yy = String(String(year).suffix(2))
        let ordinal =
            "\(day)"
            + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th")
        return [
            "\(dd) \(name) \(year)", "\(dd) \(name.prefix(3)) \(year)", "\(ordinal) \(name) \(year)", "\(name) \(ordinal), \(year)",
            "\(name) \(dd), \(year)", "\(year) \(name) \(day)", "\(dd)/\(mm)/\(yy)", "\(day)/\(month)/\(yy)",
            "\(month)/\(day)/\(yy)",
            "\(mm)/\(dd)/\(yy)",
            "\(dd)/\(mm)/\(year)", "\(mm)/\(dd)/\(year)", "\(day)/\(month)/\(year)", "\(month)/\(day)/\(year)",
            "\(day).\(month).\(year)",
            "\(year)/\(mm)/\(dd)", "\(year).\(month).\(day)", "\(day) \(name) \(year)", "\(name) \(day), \(year)",
            "\(day) \(name.prefix(3)) \(year)", "\(name.prefix(3)) \(day), \(year)", "\(year)년 \(month)월 \(day)일",
            "\(year)\(mm)\(dd)", "\(String(year).suffix(2))\(mm)\(dd)",
        ] + DateForms.more(year: year, month: month, day: day)
    }

    /// The other ways one contact item is written: without its label ("kakao: kcs75" is also
    /// "kcs75"), an e-mail address spelled out ("kcs at example dot org"), a telephone number
    /// without its country code.
    static func contactForms(of item: String) -> [String] {
        var forms: [String] = []
        var value = item
        if let colon = item.firstIndex(of: ":"), !item[item.index(after: colon)...].hasPrefix("//"),
            item[..<colon].count <= 20, item[..<colon].allSatisfy({ $0.isLetter || $0 == " " })
        {
            value = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { forms.append(value) }
        }
        if let at = value.firstIndex(of: "@") {
            let local = value[..<at]
            let domain = value[value.index(after: at)...]
            forms.append("\(local) at \(domain.replacingOccurrences(of: ".", with: " dot "))")
            forms.append("\(local) at \(domain)")
        }
        return forms + telephoneForms(of: value)
    }

    /// A telephone number without its country code, as dialled at home: "+82 10-1234-5678" is
    /// also "010-1234-5678" and "10-1234-5678", and "+82 (0)10 1234 5678". Needs seven digits or
    /// more, so a short number in a contact field is not mistaken for one.
    static func telephoneForms(of item: String) -> [String] {
        let digits = item.filter(\.isASCII).filter(\.isNumber)
        let other = item.filter { !$0.isNumber && !" +-().".contains($0) }
        guard digits.count >= 7, other.isEmpty else { return [] }
        var forms: [String] = []
        if item.trimmingCharacters(in: .whitespaces).hasPrefix("+") || item.hasPrefix("00") {
            let international = item.hasPrefix("00") ? String(digits.dropFirst(2)) : digits
            forms.append("00" + international)
            // Country codes are one to three digits; the number at home is what follows, with 0.
            for length in 1...3 where international.count - length >= 6 {
                let national = String(international.dropFirst(length))
                forms += [national, "0" + national, String(international.prefix(length)) + "0" + national]
            }
        } else if digits.hasPrefix("0") {
            forms.append(String(digits.dropFirst()))
        }
        return forms
    }

    /// "Kim Chol-su" → "Chol-su Kim"; "Nguyen Van Bao" → "Van Bao Nguyen", "Bao Nguyen Van".
    static func otherOrders(of name: String) -> [String] {
        let words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard words.count >= 2, words.count <= 4 else { return [] }
        return (1..<words.count).map { shift in (words[shift...] + words[..<shift]).joined(separator: " ") }
    }

    /// A Hangul name's other spellings: in the other Korea's spelling, and romanised with the family
    /// name first and last.
    static func korean(_ item: String) -> [NameVariant] {
        splits(item).flatMap { korean(family: $0.family, given: $0.given) }
    }

    static func korean(family: [UInt32], given: [UInt32]) -> [NameVariant] {
        var result: [NameVariant] = []
        var forms: [([UInt32], [UInt32])] = [(family, given)]
        for alternative in Hangul.otherKoreaSpellings(of: family[0]) {
            forms.append(([alternative] + family.dropFirst(), given))
        }
        if let first = given.first {
            for alternative in Hangul.otherKoreaSpellings(of: first) {
                forms += forms.map { ($0.0, [alternative] + given.dropFirst()) }
            }
        }
        for (formFamily, formGiven) in forms.dropFirst() {
            result.append(NameVariant(kind: .otherKorea, text: hangul(formFamily) + hangul(formGiven)))
        }
        for (formFamily, formGiven) in forms where !formGiven.isEmpty {
            result.append(NameVariant(kind: .givenNameFirst, text: hangul(formGiven) + " " + hangul(formFamily)))
            if formGiven.count == 2 {
                for title in [" 씨", " 님"] {
                    result.append(NameVariant(kind: .givenNameWithTitle, text: hangul(formGiven) + title))
                }
            }
        }
        var familyFirst: [String] = []
        var familyLast: [String] = []
        for (formFamily, formGiven) in forms {
            let givenSpellings = given.isEmpty ? [""] : KoreanRomanization.spellings(ofWord: formGiven)
            for familySpelling in KoreanRomanization.familySpellings(formFamily) {
                for givenSpelling in givenSpellings {
                    let familyText = capitalised(familySpelling)
                    let givenText = hyphenated(givenSpelling, syllables: formGiven)
                    familyFirst.append("\(familyText) \(givenText)")
                    familyLast.append("\(givenText) \(familyText)")
                }
            }
            // German and French spellings (Tschol-su, Tchol-sou), each language on its own.
            for language in EuropeanRomanization.languages where !given.isEmpty {
                var familySpellings = KoreanRomanization.familyNames[hangul(formFamily)] ?? []
                for spelling in EuropeanRomanization.spellings(ofWord: formFamily, in: language)
                where !familySpellings.contains(spelling) {
                    familySpellings.append(spelling)
                }
                for familySpelling in familySpellings {
                    for givenSpelling in EuropeanRomanization.spellings(ofWord: formGiven, in: language) {
                        let familyText = capitalised(familySpelling)
                        let givenText = hyphenated(givenSpelling, syllables: formGiven) {
                            EuropeanRomanization.spellings(of: $0, in: language)
                        }
                        familyFirst.append("\(familyText) \(givenText)")
                        familyLast.append("\(givenText) \(familyText)")
                    }
                }
            }
        }
        result += familyFirst.map { NameVariant(kind: .romanised, text: $0) }
        result += familyLast.map { NameVariant(kind: .romanisedFamilyLast, text: $0) }
        return result
    }

    /// The family name and the given name: the part before a space if the name has one, else the
    /// first syllable; a name that begins with a two-syllable family name (선우영, 남궁민수) is
    /// also read that way, since 선우영 may be 선우 Young or 선 Wooyoung.
    static func splits(_ item: String) -> [(family: [UInt32], given: [UInt32])] {
        let words = item.split(whereSeparator: { $0.isWhitespace }).map { FoldedText(String($0)).unitsWithoutGaps }
        if words.count >= 2, !words[0].isEmpty { return [(words[0], Array(words.dropFirst().joined()))] }
        let all = FoldedText(item).unitsWithoutGaps
        var result = [(Array(all.prefix(1)), Array(all.dropFirst()))]
        if all.count >= 3, KoreanRomanization.twoSyllableFamilyNames.contains(hangul(Array(all.prefix(2)))) {
            result.insert((Array(all.prefix(2)), Array(all.dropFirst(2))), at: 0)
        }
        return result
    }

    static func hangul(_ scalars: [UInt32]) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// "cholsu" for 철수 → "Chol-su": the given name as its bearer would usually write it. Matching
    /// ignores the hyphen; it is there for people reading `witness variants`.
    static func hyphenated(
        _ spelling: String, syllables: [UInt32], spellings: (UInt32) -> [String] = KoreanRomanization.spellings(of:)
    ) -> String {
        guard syllables.count == 2 else { return capitalised(spelling) }
        for first in spellings(syllables[0]) where spelling.hasPrefix(first) {
            let rest = spelling.dropFirst(first.count)
            if spellings(syllables[1]).contains(String(rest)) {
                return capitalised(first) + "-" + rest
            }
        }
        return capitalised(spelling)
    }
}

extension FoldedText {
    /// The folded scalars with the gap marks removed.
    var unitsWithoutGaps: [UInt32] { (0..<count).map(scalar) }
}
