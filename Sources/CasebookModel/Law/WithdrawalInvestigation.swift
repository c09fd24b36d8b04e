/// Whether the Court authorised an investigation of a withdrawn State's situation before the
/// withdrawal took effect, for the situations known to have arisen. Art. 127(2) keeps "any matter
/// which was already under consideration by the Court" before that day, so the timing of the
/// authorisation decides how firmly the Court keeps jurisdiction.
///
/// Shipped facts, not case facts. The reference pack (legal.md, icc-states-parties) records the
/// withdrawals and the Court's statement that it keeps jurisdiction over crimes committed while a
/// State was a party; the decisions and dates below are not in it, and are marked [UNVERIFIED].
public struct WithdrawalInvestigation: Hashable, Sendable {
    /// The State's ISO 3166-1 alpha-2 code.
    public let state: String
    /// The day the Pre-Trial Chamber authorised the investigation.
    public let authorised: CalendarDay
    /// Whether that day came before the withdrawal took effect.
    public let beforeWithdrawal: Bool
    /// The sentence the jurisdiction reason adds, with its citations.
    public let text: String

    /// The known situations, by State code.
    public static let known: [String: WithdrawalInvestigation] = [
        "BI": WithdrawalInvestigation(
            state: "BI", authorised: CalendarDay(unchecked: 2017, 10, 25), beforeWithdrawal: true,
            text:
                "An investigation of the situation in Burundi was authorised on 2017-10-25, two days before the withdrawal took effect on 2017-10-27, so the matter was already under consideration by the Court and the Court keeps jurisdiction over crimes committed while Burundi was a party (art. 127(2); Pre-Trial Chamber III, Decision on the authorisation of an investigation into the situation in Burundi, 25 October 2017, ICC-01/17-X-9-US-Exp, public redacted version of 9 November 2017, ICC-01/17-9-Red, paras 24–26 [verify paras]) [UNVERIFIED: the date of authorisation is not in the reference pack]."
        ),
        "PH": WithdrawalInvestigation(
            state: "PH", authorised: CalendarDay(unchecked: 2021, 9, 15), beforeWithdrawal: false,
            text:
                "The investigation of the situation in the Philippines was authorised on 2021-09-15, after the withdrawal took effect on 2019-03-17; the Pre-Trial Chamber held that the Court keeps jurisdiction over crimes committed while the Philippines was a party (Pre-Trial Chamber I, Decision on the authorisation of an investigation, 15 September 2021, ICC-01/21-12, paras 110–111 [verify paras]), and the Appeals Chamber's judgment of 18 July 2023 (ICC-01/21-77) let the investigation resume [UNVERIFIED: these decisions are not in the reference pack, and whether the Appeals Chamber's majority itself ruled on jurisdiction must be checked; the pack records only the Court's statement of 20 March 2018 that it keeps jurisdiction over crimes committed while the Philippines was a party]."
        ),
    ]
}
