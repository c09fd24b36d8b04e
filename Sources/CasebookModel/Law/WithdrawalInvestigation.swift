/// Whether the Court authorised an investigation of a withdrawn State's situation before the
/// withdrawal took effect, for the situations known to have arisen. Art. 127(2) keeps "any matter
/// which was already under consideration by the Court" before that day, so the timing of the
/// authorisation decides how firmly the Court keeps jurisdiction.
///
/// Shipped facts, not case facts. The reference pack records the withdrawals and the Court's
/// statement that it keeps jurisdiction over crimes committed while a State was a party; the
/// decisions below were checked against their public versions (the Burundi decision's cover page and
/// table of contents; the Court's press release of 18 July 2023 on the Philippines appeal; the first
/// paragraph of the Venezuela decision of 27 June 2023) and cite no paragraph that was not seen.
public struct WithdrawalInvestigation: Hashable, Sendable {
    /// The State's ISO 3166-1 alpha-2 code.
    public let state: String
    /// The day the Pre-Trial Chamber authorised the investigation (arts 13(c), 15), or the day the
    /// Prosecutor opened it on a State Party's referral (arts 13(a), 14), which needs no authorisation.
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
                "An investigation of the situation in Burundi was authorised on 2017-10-25, two days before the withdrawal took effect on 2017-10-27, so the matter was already under consideration by the Court and the Court keeps jurisdiction over crimes committed while Burundi was a party (art. 127(2); Pre-Trial Chamber III, \"Decision Pursuant to Article 15 of the Rome Statute on the Authorization of an Investigation into the Situation in the Republic of Burundi\", 25 October 2017, issued under seal, public redacted version of 9 November 2017, ICC-01/17-9-Red, part II.D, \"Article 127 of the Statute\", pp. 12–15)."
        ),
        "PH": WithdrawalInvestigation(
            state: "PH", authorised: CalendarDay(unchecked: 2021, 9, 15), beforeWithdrawal: false,
            text:
                "The investigation of the situation in the Philippines was authorised on 2021-09-15, after the withdrawal took effect on 2019-03-17 (Pre-Trial Chamber I, Decision on the Prosecutor's request for authorisation of an investigation pursuant to article 15(3) of the Statute, 15 September 2021, ICC-01/21-12). On appeal against the later authorisation to resume the investigation, the Appeals Chamber's majority did not decide whether the withdrawal bars the Court: it held that the question had not been properly raised before the Pre-Trial Chamber, and two judges dissented that the Court cannot exercise jurisdiction because the withdrawal took effect before the Prosecutor asked for authorisation (Appeals Chamber, \"Judgment on the appeal of the Republic of the Philippines against Pre-Trial Chamber I's 'Authorisation pursuant to article 18(2) of the Statute to resume the investigation'\", 18 July 2023, ICC-01/21-77, first ground of appeal, and joint dissenting opinion of Judges Perrin de Brichambaut and Lordkipanidze). Where no investigation was authorised before a withdrawal took effect, the point is open."
        ),
        "VE": WithdrawalInvestigation(
            state: "VE", authorised: CalendarDay(unchecked: 2021, 11, 3), beforeWithdrawal: true,
            text:
                "The situation in Venezuela (Venezuela I) was referred to the Prosecutor by a group of States Parties on 2018-09-27 (arts 13(a), 14), and the Prosecutor opened an investigation on 2021-11-03, which a referral needs no authorisation for; both came before the withdrawal takes effect, so the matter is already under consideration by the Court (art. 127(2); Pre-Trial Chamber I, Decision authorising the resumption of the investigation pursuant to article 18(2) of the Statute, 27 June 2023, ICC-02/18-45, para. 1, on the referral; the Prosecutor's notification to States of 16 December 2021 under art. 18(1), on the opening)."
        ),
    ]
}
