/// Numbers as a filed document writes them: the same on every machine, whatever its locale, so
/// the same case gives the same bytes.
public enum Thousands {
    /// 13389 as "13,389".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }
}
