import CasebookCore
import CasebookModel
import CasebookStore

extension Demo {
    /// The sample case's facts: a fictional organisation, no real private person, and notes that
    /// follow the public record (A/HRC/25/63) on what the DPRK's institutions have not done.
    static let caseFacts: [(CaseFact, String)] = [
        (
            .organizationDescription,
            """
            The Casebook demo documentation team is a fictional organisation, invented for this sample. \
            It stands for a non-governmental team that interviews people who have left the DPRK, keeps \
            their accounts under a verifiable chain of custody, and documents crimes against humanity \
            for accountability mechanisms.
            """
        ),
        (.contact, "Casebook demo documentation team, case desk (fictional): casedesk@example.org"),
        (
            .contactChannel,
            "the team's protection officer, reached at the case desk above, who arranges any meeting with the witness's agreement"
        ),
        (
            .victimsViews,
            """
            Several of the witnesses, themselves victims, have told the team that they wish to be heard if an \
            investigation is sought; the team can put the Office in touch with them on the terms above.
            """
        ),
        (.situation, "Democratic People's Republic of Korea"),
        (.period, "1990/2024"),
        (
            .complementarity,
            """
            No national investigation or prosecution of the conduct described here is known to the \
            submitting organisation, in the DPRK or in any other State with jurisdiction (inactivity). \
            The 2014 Commission of Inquiry found that the crimes were committed pursuant to policies set \
            at the highest level of the State (A/HRC/25/63 para 75) and that the institutions behind \
            them remain in place.
            """
        ),
        (
            .gravity,
            """
            Scale: thousands of victims over more than two decades, in every province and across the \
            border. Nature: murder, extermination, enslavement, torture, imprisonment, sexual violence, \
            persecution, forcible transfer and enforced disappearance. Manner: through the State's \
            security organs, camps and courts, under a classification of the population (songbun). \
            Impact: whole families imprisoned by association; communities terrorised by public executions.
            """
        ),
        (
            .requests,
            """
            We ask the Prosecutor (1) to open a preliminary examination of the conduct on the territory of \
            States Parties (the Republic of Korea since 1 February 2003, Japan since 1 October 2007, \
            Denmark since 1 July 2002); \
            (2) to take note of the conduct on the DPRK's territory, which only a Security Council \
            referral (art. 13(b)) could bring before the Court; and (3) to preserve the evidence annexed.
            """
        ),
        (
            .confidentiality,
            """
            Confidential. Filed under art. 15 of the Rome Statute. Witnesses are named by pseudonym only; \
            their identities are withheld for their protection and that of their families. Do not \
            disclose this communication or its annexes without the sender's consent.
            """
        ),
    ]
}
