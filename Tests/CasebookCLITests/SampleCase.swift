import Testing

extension CLI {
    /// A small case built through the command line: W-1, T-1, I-1, the institution A-1 with the
    /// person A-2 who headed its branch under it, and AL-1 (I-1 as torture) attributed to A-2 with
    /// T-1 cited for torture.1.
    func makeSampleCase() throws {
        try makeCase()
        let steps: [[String]] = [
            ["witness", "add", "--pseudonym", "Witness A", "--sex", "F", "--birth-year", "1975", "--consent", "icc-evidence,upr"],
            ["testimony", "add", "--witness", "W-1", "--date", "2019-05-03", "--summary", "Beaten during interrogation."],
            ["incident", "add", "--title", "Interrogation at a holding centre", "--date", "2011/2012", "--country", "KP"],
            ["actor", "add", "--name", "State Security Department", "--kind", "institution"],
            [
                "actor", "add", "--name", "Chief of the provincial branch", "--kind", "person", "--superior", "A-1", "--from",
                "2008",
            ],
            [
                "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1", "--actor", "A-2",
                "--mode", "direct", "--pinpoint", "para. 12",
            ],
        ]
        for step in steps {
            let result = try run(step)
            #expect(result.status == 0, "\(step.joined(separator: " ")) failed: \(result.stderr)")
        }
    }
}
