#!/usr/bin/env python3
"""Writes the fictional sample case of evidence/sample/: the import sheets and the small evidence files.

Every witness, name, date and account here is invented. The pattern of facts follows the public
findings of the 2014 UN Commission of Inquiry on human rights in the DPRK (A/HRC/25/63 and
A/HRC/25/CRP.1). Actors are institutions and offices, never private persons. Run from anywhere:
python3 evidence/sample/tools/make_sample.py (deterministic output; uses only the standard library).
"""
import csv, os, struct, zlib, math

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")

def lc(text):
    """A title inside a sentence: its first letter lower case, proper nouns (Japanese, Seoul) kept."""
    return text[:1].lower() + text[1:]


def write_csv(name, header, rows):
    with open(os.path.join(ROOT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

# --- actors: institutions, and offices by their title (never a person's name), up to the Supreme Leader ---
ACTORS = [
    ("ACT-01", "Supreme Leader of the DPRK", "person", "Head of State", "", ""),
    ("ACT-02", "National Defence Commission", "institution", "State organ under the Supreme Leader", "ACT-01", "1998"),
    ("ACT-03", "Central Committee of the Workers' Party of Korea", "institution", "Central organ of the WPK", "ACT-01", ""),
    ("ACT-04", "WPK Organization and Guidance Department", "institution", "Department of the Central Committee", "ACT-03", ""),
    ("ACT-05", "State Security Department", "institution", "Political police", "ACT-02", ""),
    ("ACT-06", "SSD political prison camp administration", "institution", "Bureau of the State Security Department", "ACT-05", ""),
    ("ACT-07", "Commander of political prison camp (kwanliso) No. 15", "person", "Camp commander", "ACT-06", ""),
    ("ACT-08", "Administration of political prison camp (kwanliso) No. 16", "institution", "Camp administration", "ACT-06", ""),
    ("ACT-09", "Ministry of People's Security", "institution", "Police ministry", "ACT-02", ""),
    ("ACT-10", "MPS correctional bureau (kyohwaso system)", "institution", "Bureau of the Ministry of People's Security", "ACT-09", ""),
    ("ACT-11", "Administration of ordinary prison camp (kyohwaso) No. 12", "institution", "Camp administration", "ACT-10", ""),
    ("ACT-12", "Korean People's Army", "institution", "Armed forces", "ACT-02", ""),
    ("ACT-13", "KPA border guard command", "institution", "Border security", "ACT-12", ""),
    ("ACT-14", "Office of the Public Prosecutor", "institution", "Prosecution service", "ACT-03", ""),
    ("ACT-15", "Central Court", "institution", "Judiciary", "ACT-03", ""),
    ("ACT-16", "North Hamgyong provincial SSD bureau", "institution", "Provincial bureau", "ACT-05", ""),
    ("ACT-17", "Chief of the Onsong county SSD detention centre (kuryujang)", "person", "Head of a pre-trial detention facility", "ACT-16", ""),
    ("ACT-18", "Hoeryong city MPS labour training camp (rodong danryondae)", "institution", "Short-term labour camp", "ACT-09", ""),
    ("ACT-19", "WPK Central Committee foreign operations department", "institution", "Department in charge of operations abroad", "ACT-03", ""),
    ("ACT-20", "State food distribution administration", "institution", "Public Distribution System", "ACT-02", ""),
    # The office holders who headed the institutions: an institution is the apparatus, not the
    # accused (art. 25(1)), so each mode is attributed to the person at its head, by title.
    ("ACT-21", "Minister of State Security", "person", "Head of the State Security Department", "ACT-05", ""),
    ("ACT-22", "Director of the State food distribution administration", "person", "Head of the Public Distribution System", "ACT-20", ""),
    ("ACT-23", "Director of the MPS correctional bureau", "person", "Head of the kyohwaso system", "ACT-10", ""),
    ("ACT-24", "Commander of ordinary prison camp (kyohwaso) No. 12", "person", "Camp commander", "ACT-11", ""),
    ("ACT-25", "Minister of People's Security", "person", "Head of the Ministry of People's Security", "ACT-09", ""),
    ("ACT-26", "First Vice-Director of the WPK Organization and Guidance Department", "person", "Head of the department's daily work", "ACT-04", ""),
    ("ACT-27", "Director of the WPK foreign operations department", "person", "Head of the department in charge of operations abroad", "ACT-19", ""),
    ("ACT-28", "Commander of the Hoeryong city MPS labour training camp", "person", "Camp commander", "ACT-18", ""),
]
# Every actor is an organ or office of the DPRK, so every nationality is KP; only a person's can
# found art. 12(2)(b), since the Court tries natural persons only (art. 25(1)).
write_csv("actors.csv", ["external_id", "name", "kind", "position", "superior", "from", "aliases", "nationality"],
          [(e, n, k, p, s, f, "", "KP") for e, n, k, p, s, f in ACTORS])

# --- witnesses: fictional, under pseudonyms; consent of every kind; fictional sealed identities ---
# The three ICC uses are granted separately: information only (icc-lead), evidence (icc-evidence),
# contact with the Office (icc-contact).
CONSENTS = ["icc-lead", "upr", "public", "named", "icc-evidence,upr", "icc-evidence,icc-contact,upr,public",
            "icc-evidence,upr,public,named", "", "upr,public", "icc-lead,icc-contact,named"]
ORIGINS = ["North Hamgyong", "South Hamgyong", "Ryanggang", "South Pyongan", "Pyongyang", "Chagang", "North Hwanghae", "Kangwon"]
# Invented names built from syllables no real record is drawn from; they must never appear in transcripts.
# Dates of birth use two-digit days and months (the leak scan looks for every way a date is
# written, and a short form such as 4/2/57 could turn up by chance in the digits of a hash).
GIVEN = ["Sol-gyong", "Myong-hwa", "Chol-ung", "Hye-ryon", "Kwang-dok", "Un-sil", "Tae-pom", "Yong-nyo",
         "Song-gol", "Ok-bun", "Ryong-sam", "Kum-jol", "Hyok-pyo", "Chun-ae", "Il-tok", "Pok-sun",
         "Man-gyol", "Sun-nyo", "Kyong-dal", "Hwa-bok", "Mun-chol", "Yon-bun", "Tok-hyon", "Chang-rim", "Ae-ryong", "Pyol-gun"]
SURNAMES = ["Ryom", "Phyo", "Tak", "Mo", "Kye", "Phi", "Ok", "Tokko", "Sa", "Ung", "Hyon", "Ryang", "Pyon"]
witnesses = []
for i in range(26):
    n = i + 1
    sex = "F" if i % 3 != 1 else "M"
    born = 1950 + (i * 7) % 45
    left = max(born + 18, 1997 + (i * 5) % 24)
    name = f"{SURNAMES[i % len(SURNAMES)]} {GIVEN[i]}"
    witnesses.append((f"WIT-{n:02d}", f"Witness {n:02d}", sex, born, ORIGINS[i % len(ORIGINS)], left, CONSENTS[i % len(CONSENTS)],
                      "Family members remain in the DPRK." if i % 4 == 0 else "",
                      name, "", f"via documentation team, file {100 + n}", f"{born}-{10 + i % 3:02d}-{13 + (i * 3) % 15:02d}"))
write_csv("witnesses.csv",
          ["external_id", "pseudonym", "sex", "birth_year", "origin", "left", "consent", "risk_notes", "name", "other_names", "contact", "born"],
          witnesses)

# --- incidents: 30, across crime categories, provinces, China, Japan and the ROK (and two more below) ---
INCIDENTS = [
    # id, title, date, place, country, lat, lon, victims, est, group, crime, description
    ("INC-01", "Public execution at a provincial market", "2011-04", "Hoeryong, North Hamgyong", "KP", 42.44, 129.75, 3, "", "persons accused of economic crimes", "murder", "Three people shot before an assembled crowd; attendance compulsory."),
    ("INC-02", "Deaths from starvation and beatings in a political prison camp", "1999/2004", "Yodok, South Hamgyong", "KP", 39.75, 127.05, 200, "yes", "political prisoners", "murder", "Inmates died of hunger, disease and beatings; bodies buried on the hillside."),
    ("INC-03", "Secret execution of returnees in a detention centre", "2010-02", "Onsong, North Hamgyong", "KP", 42.95, 129.99, 2, "", "forcibly repatriated persons", "murder", "Two returnees taken from the cell at night and not seen again."),
    ("INC-04", "Deliberate starvation of inmates of a political prison camp", "1995/2000", "Hwasong, North Hamgyong", "KP", 41.25, 129.20, 1000, "yes", "political prisoners", "extermination", "Food rations cut below survival level for whole work units."),
    ("INC-05", "Famine deaths under diversion of food from a province", "1996/1998", "North Hamgyong", "KP", 41.80, 129.78, 10000, "yes", "civilian population", "extermination", "Rations stopped while food was reserved for favoured groups."),
    ("INC-06", "Forced labour in a prison mine", "2005/2009", "Jongori, North Hamgyong", "KP", 42.25, 129.45, 500, "yes", "ordinary prisoners", "enslavement", "Inmates worked in the mine under quotas, punished with food cuts."),
    ("INC-07", "Forced labour in a political prison camp's logging units", "2001/2006", "Yodok, South Hamgyong", "KP", 39.74, 127.03, 300, "yes", "political prisoners", "enslavement", "Logging quotas enforced by beatings and reduced rations."),
    ("INC-08", "Detention without trial in a political prison camp", "2000/2012", "Hwasong, North Hamgyong", "KP", 41.26, 129.22, 80, "yes", "political prisoners", "imprisonment", "Whole families held without charge, trial or sentence."),
    ("INC-09", "Imprisonment of returnees from China", "2008-03", "Musan, North Hamgyong", "KP", 42.23, 129.20, 40, "yes", "forcibly repatriated persons", "imprisonment", "Returnees held in a labour training camp after interrogation."),
    ("INC-10", "Detention of a family under guilt by association", "2003-09", "Pyongyang", "KP", 39.03, 125.75, 5, "", "relatives of an accused official", "imprisonment", "Three generations taken to a camp after a relative's arrest."),
    ("INC-11", "Torture during interrogation of returnees", "2009-11", "Onsong, North Hamgyong", "KP", 42.95, 129.99, 12, "yes", "forcibly repatriated persons", "torture", "Beatings and stress positions to force admissions of contact with South Koreans."),
    ("INC-12", "Torture in a provincial SSD detention facility", "2012-06", "Chongjin, North Hamgyong", "KP", 41.79, 129.78, 6, "", "suspected Christians", "torture", "Detainees kneeling motionless for days, beaten when they moved."),
    ("INC-13", "Torture of a suspected informer", "2015-01", "Hyesan, Ryanggang", "KP", 41.40, 128.18, 1, "", "persons suspected of calls abroad", "torture", "Beatings and deprivation of sleep during a month of questioning."),
    ("INC-14", "Rape of women detainees by guards", "2006/2008", "Jongori, North Hamgyong", "KP", 42.25, 129.45, 10, "yes", "women prisoners", "sexual-violence.rape", "Guards called women out of the work units at night."),
    ("INC-15", "Forced abortions of repatriated women", "2010/2013", "Sinuiju, North Pyongan", "KP", 40.10, 124.40, 20, "yes", "repatriated pregnant women", "sexual-violence.other", "Pregnant returnees subjected to forced abortions, said to be for carrying Chinese children."),
    ("INC-16", "Persecution of Christians arrested with bibles", "2007-05", "Hyesan, Ryanggang", "KP", 41.40, 128.17, 8, "", "religious believers", "persecution", "Arrests for possessing bibles, followed by disappearance into the camps."),
    ("INC-17", "Persecution of families of low songbun", "1990/2010", "Chagang", "KP", 40.80, 126.30, 1000, "yes", "families classed as hostile", "persecution", "Denial of food, education and work by songbun classification."),
    ("INC-18", "Persecution of women traders", "2014-08", "Hamhung, South Hamgyong", "KP", 39.92, 127.54, 30, "yes", "women market traders", "persecution", "Confiscation and detention targeting women working in markets."),
    ("INC-19", "Expulsion of prisoners' families from the capital", "2004-10", "Pyongyang", "KP", 39.02, 125.74, 60, "yes", "families of kyohwaso inmates", "forcible-transfer", "Families moved by order to remote mountain counties."),
    ("INC-20", "Expulsion of families to a remote county", "2009-02", "Pyongyang", "KP", 39.04, 125.76, 25, "yes", "families of persons accused of defection", "forcible-transfer", "Households loaded onto trucks and resettled in Ryanggang."),
    ("INC-21", "Forced repatriation after arrest by public security officers", "2008-02", "Tumen, Jilin", "CN", 42.97, 129.84, 15, "yes", "North Koreans in China", "enforced-disappearance", "Arrested in China and handed over to the SSD; families given no news."),
    ("INC-22", "Repatriation of a group arrested near the border", "2012-03", "Shenyang, Liaoning", "CN", 41.80, 123.43, 9, "", "North Koreans in China", "enforced-disappearance", "Group detained in China, returned, then held incommunicado."),
    ("INC-23", "Disappearance of a repatriated woman", "2016-07", "Yanji, Jilin", "CN", 42.90, 129.51, 1, "", "North Koreans in China", "enforced-disappearance", "Handed over at the bridge; her fate never disclosed."),
    ("INC-24", "Abduction of a young person from the Japanese coast", "1978-07", "Niigata coast", "JP", 37.92, 139.04, 1, "", "Japanese nationals", "enforced-disappearance", "Taken by an agent team by boat; the DPRK long denied any knowledge."),
    ("INC-25", "Abduction of a couple from a beach", "1980-06", "Fukui coast", "JP", 35.87, 136.02, 2, "", "Japanese nationals", "enforced-disappearance", "A couple taken from a beach at dusk (before the Rome Statute applied to Japan)."),
    ("INC-26", "Abduction of a Japanese national abroad", "2009-09", "Copenhagen", "DK", 55.68, 12.57, 1, "", "Japanese nationals", "enforced-disappearance", "Fictional: a Japanese national lured to a meeting in Copenhagen and taken to the DPRK; conduct on the territory of Denmark, a State Party since 1 July 2002 (art. 12(2)(a)). The victim's nationality is no basis of jurisdiction: art. 12(2)(b) looks to the accused's."),
    ("INC-27", "Abduction of fishermen at sea", "1977-08", "Yellow Sea, off Yeonpyeong", "KR", 37.66, 125.70, 5, "", "South Korean fishermen", "enforced-disappearance", "A fishing crew seized and taken north; never returned."),
    ("INC-28", "Abduction of a missionary from the border area", "2005-11", "Yanji, Jilin", "CN", 42.9, 129.51, 1, "", "South Korean nationals", "enforced-disappearance", "Fictional: a South Korean missionary seized in the Chinese border area and taken across into the DPRK. Neither State is a party, and the victim's nationality is no basis of jurisdiction (art. 12(2)(b) looks to the accused's)."),
    ("INC-29", "Prolonged starvation as punishment in a labour camp", "2011/2013", "Hoeryong, North Hamgyong", "KP", 42.44, 129.74, 50, "yes", "labour camp detainees", "other-inhumane-acts", "Rations withheld for weeks from detainees failing quotas."),
    ("INC-30", "Shooting of people crossing the river", "2013-12", "Tumen river, Ryanggang", "KP", 41.70, 128.30, 2, "", "people trying to flee", "murder", "Border guards fired on two people crossing the ice."),
]
# Two more, to show the routes to the Court's jurisdiction: conduct on the territory of a State Party
# after the Statute entered into force for it (the ROK on 1 February 2003, Japan on 1 October 2007).
# Illustrative and fictional; each has its own interview (below), not one of the 40 generated ones.
ROUTE_INCIDENTS = [
    ("INC-31", "Abduction of a defector from Seoul (illustrative)", "2016-05", "Seoul", "KR", 37.56, 126.97, 1, "", "defectors from the DPRK", "enforced-disappearance", "Fictional and illustrative: a defector lured to a meeting in Seoul and taken aboard a vessel bound for the DPRK; conduct on the territory of the ROK after 1 February 2003 (art. 12(2)(a))."),
    ("INC-32", "Abduction of a defector's relative from Tokyo (illustrative)", "2018-10", "Tokyo", "JP", 35.68, 139.69, 1, "", "relatives of defectors", "enforced-disappearance", "Fictional and illustrative: a defector's relative seized in Tokyo and taken to the DPRK; conduct on the territory of Japan after 1 October 2007 (art. 12(2)(a))."),
]
# Three more since the DPRK's third review (May 2019), so that a submission for the fourth cycle
# has developments to report and assessments have later evidence. Illustrative, after what public
# UN and NGO reports describe (the border closure from 2020, the killing of a South Korean official
# at sea in September 2020, the forced return of hundreds of North Koreans from China in October
# 2023); no victim or witness is a real person.
RECENT_INCIDENTS = [
    ("INC-33", "Shooting of people approaching the northern border during its closure", "2020-08/2023-12", "Hyesan, Ryanggang", "KP", 41.39, 128.19, 12, "yes", "people approaching the border", "murder", "Orders to shoot anyone approaching the border without permission during the border closure; relatives heard of shootings near the river (illustrative, after public UN reports)."),
    ("INC-34", "Killing of a South Korean official at sea", "2020-09", "Yellow Sea, off Deungsan-got", "KP", 37.90, 125.20, 1, "", "South Korean nationals", "murder", "A South Korean fisheries official found in DPRK waters was shot by soldiers and his body burned (illustrative, after public reports of September 2020)."),
    ("INC-35", "Detention of people forcibly returned from China", "2023-10", "Sinuiju, North Pyongan", "KP", 40.10, 124.40, 500, "yes", "forcibly repatriated persons", "imprisonment", "Hundreds of North Koreans returned from China and held for interrogation by the State Security authorities (illustrative, after public reports of October 2023)."),
]
write_csv("incidents.csv",
          ["external_id", "title", "date", "place", "country", "latitude", "longitude", "victims", "victims_estimated", "victim_group", "description"],
          [r[:10] + (r[11],) for r in INCIDENTS + ROUTE_INCIDENTS + RECENT_INCIDENTS])

# --- testimonies: 40 interviews ---
testimonies = []
def end_year(date):
    """The last year a date or range such as 2011-04 or 1999/2004 covers."""
    return int(date.split("/")[-1][:4])


for t in range(40):
    n = t + 1
    inc = INCIDENTS[t % 30]
    # A first-hand account of an incident in the DPRK or China comes from someone who was still
    # there: a witness who left in the incident's last year or later. The interview follows both.
    last = end_year(inc[2])
    there = [i for i, wit in enumerate(witnesses) if wit[5] >= last] if inc[4] in ("KP", "CN") else list(range(len(witnesses)))
    if not there:
        there = [max(range(len(witnesses)), key=lambda i: witnesses[i][5])]
    w = there[t % len(there)] + 1
    year = min(max(last, witnesses[w - 1][5]) + 1 + t % 3, 2025)
    testimonies.append((f"TES-{n:02d}", f"WIT-{w:02d}", f"{year}-{(t % 12) + 1:02d}-{(t * 7) % 28 + 1:02d}",
                        f"Documentation team interviewer {(t % 3) + 1}", ["Seoul", "Tokyo", "Bangkok", "London"][t % 4],
                        "Japanese" if inc[4] == "JP" and t % 2 == 0 else "Korean",
                        f"Account of: {lc(inc[1])} ({inc[3]}, {inc[2]}).",
                        # The source reliability grade (A to F): a witness whose accounts check out is
                        # usually reliable (B); one whose account is partly hearsay, fairly reliable (C).
                        "B" if t % 5 else "C",
                        "Consistent with other accounts." if t % 5 else "Hearsay for part of the account; corroborate."))
# TES-28 keeps the witness and date it was first recorded with (an interview in London in 2006,
# soon after the abduction it describes), so that ids and documents stay stable across versions.
testimonies[27] = testimonies[27][:1] + ("WIT-02", "2006-04-22") + testimonies[27][3:]
# The interviews about the two illustrative incidents, with witnesses whose consent covers the ICC.
for tes, wit, date, place, language, inc in [("TES-41", "WIT-06", "2017-03-14", "Seoul", "Korean", ROUTE_INCIDENTS[0]),
                                             ("TES-42", "WIT-07", "2019-02-20", "Tokyo", "Japanese", ROUTE_INCIDENTS[1])]:
    testimonies.append((tes, wit, date, "Documentation team interviewer 1", place, language,
                        f"Account of: {lc(inc[1])} ({inc[3]}, {inc[2]}).", "B",
                        "Eyewitness to the seizure; consistent with other accounts."))
# The recent incidents, heard of from relatives still in the DPRK (the witnesses left before them),
# told to witnesses whose consent covers UPR use.
for tes, wit, date, place, inc in [("TES-43", "WIT-15", "2024-01-18", "Seoul", RECENT_INCIDENTS[0]),
                                   ("TES-44", "WIT-05", "2023-05-09", "Seoul", RECENT_INCIDENTS[1]),
                                   ("TES-45", "WIT-19", "2024-02-27", "Seoul", RECENT_INCIDENTS[2])]:
    testimonies.append((tes, wit, date, "Documentation team interviewer 2", place, "Korean",
                        f"Account of: {lc(inc[1])} ({inc[3]}, {inc[2]}), as relatives told it by telephone.", "C",
                        "Hearsay from relatives by telephone; corroborate."))
write_csv("testimonies.csv",
          ["external_id", "witness", "date", "interviewer", "place", "language", "summary", "reliability",
           "reliability_note"], testimonies)

# --- evidence: 44 small files of mixed kinds ---
os.makedirs(FILES, exist_ok=True)

def png(path, width, height, seed):
    rows = b""
    for y in range(height):
        rows += b"\x00" + bytes(((x * seed + y * 3) % 256 if (x + y) % 7 else 40) for x in range(width) for _ in range(3))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

def pdf(path, title, lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL (" + title + ") Tj " + " ".join("T* (" + l.replace("(", "[").replace(")", "]") + ") Tj" for l in lines) + " ET"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               f"<< /Length {len(text)} >>\nstream\n{text}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    open(path, "w", encoding="latin-1").write(out)

def wav(path, seconds, frequency):
    rate = 8000
    samples = bytes(int(128 + 60 * math.sin(2 * math.pi * frequency * i / rate)) for i in range(int(rate * seconds)))
    header = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8)
    open(path, "wb").write(header + b"data" + struct.pack("<I", len(samples)) + samples)

evidence = []
for t in range(20):  # transcripts, by pseudonym only: no sealed name may appear in them
    n = t + 1
    tes = testimonies[t]
    inc = INCIDENTS[t % 30]
    name = f"transcripts/interview-{n:02d}.txt"
    os.makedirs(os.path.join(FILES, "transcripts"), exist_ok=True)
    body = (f"Interview transcript (fictional sample)\nInterview {tes[0]} with {witnesses[(t % 26)][1]}, {tes[2]}, {tes[4]}\n\n"
            f"Q: What did you see?\nA: {inc[11]}\n\nQ: Who was responsible?\nA: Officials of the institutions named in the case file.\n\n"
            f"[p. 1, para. 2] The witness described {lc(inc[1])}.\n[p. 2, para. 5] The witness described what others told them.\n")
    open(os.path.join(FILES, name), "w", encoding="utf-8").write(body)
    evidence.append((f"EV-{len(evidence) + 1:02d}", "files/" + name, "transcript", f"Transcript of the interview of {tes[2]} ({tes[4]})", "Documentation team", "Documentation team", tes[2], tes[0], "", "", ""))
for i in range(10):
    name = f"images/site-sketch-{i + 1:02d}.png"
    os.makedirs(os.path.join(FILES, "images"), exist_ok=True)
    png(os.path.join(FILES, name), 24, 16, i + 3)
    inc = INCIDENTS[(i * 3) % 30]
    # Drawn by the witness of the incident's first interview: in her group, never corroborating her.
    evidence.append((f"EV-{len(evidence) + 1:02d}", "files/" + name, "image", f"Sketch of the site of the {lc(inc[1])}, drawn from testimony", "Witness drawing, digitised", "Documentation team", f"201{i % 10}-0{(i % 9) + 1}-15", "", "", f"TES-{((i * 3) % 30 % 40) + 1:02d}", ""))
for i in range(7):
    name = f"documents/report-excerpt-{i + 1:02d}.pdf"
    os.makedirs(os.path.join(FILES, "documents"), exist_ok=True)
    pdf(os.path.join(FILES, name), f"Fictional NGO report excerpt {i + 1}",
        ["This document is part of a fictional sample case.", "It summarises public findings of the 2014 Commission of Inquiry,",
         "A/HRC/25/63 paras 75-79, on camps, repatriation and abductions."])
    # A published report: usually reliable (B); the last one quotes one of the team's interviews,
    # so it counts with that witness, never as corroboration of her.
    evidence.append((f"EV-{len(evidence) + 1:02d}", "files/" + name, "document", f"Report excerpt {i + 1}", "Fictional NGO", "Documentation team", f"2015-0{i + 1}-01", "", "B", "", "TES-05" if i == 6 else ""))
for i in range(7):
    name = f"audio/interview-clip-{i + 1:02d}.wav"
    os.makedirs(os.path.join(FILES, "audio"), exist_ok=True)
    wav(os.path.join(FILES, name), 0.5, 220 + 40 * i)
    # A recording of an interview records its witness: provided by that testimony.
    evidence.append((f"EV-{len(evidence) + 1:02d}", "files/" + name, "audio", f"Audio clip of interview {i + 1} (tone placeholder)", "Documentation team", "Documentation team", f"2019-0{i + 1}-10", "", "", f"TES-{i + 1:02d}", ""))
# A public UN report, cited in a UPR submission by its document symbol (its source).
name = "documents/special-rapporteur-2021.pdf"
pdf(os.path.join(FILES, name), "Placeholder for a public UN report (fictional sample)",
    ["Stands for the report of the Special Rapporteur on the situation of human rights",
     "in the DPRK to the Human Rights Council, March 2021 (A/HRC/46/51).", "Not the report's text."])
evidence.append((f"EV-{len(evidence) + 1:02d}", "files/" + name, "document", "Report of the Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea (2021)", "A/HRC/46/51", "Documentation team", "2021-03-10", "", "A", "", ""))
# transcript_of links each transcript to its testimony, so that it is withheld wherever the testimony is.
write_csv("evidence.csv", ["external_id", "path", "kind", "description", "source", "acquired_by", "acquired_at", "transcript_of", "reliability", "provided_by", "derived_from"], evidence)

# --- links: incident → crime → element → source, with actors; some gaps left on purpose ---
# Each crime's alleged perpetrator: always a natural person (an office holder by title).
MODES = {"murder": ("ACT-21", "ordering"), "extermination": ("ACT-22", "indirect"), "enslavement": ("ACT-23", "indirect"),
         "imprisonment": ("ACT-07", "command"), "torture": ("ACT-17", "ordering"), "sexual-violence.rape": ("ACT-24", "superior"),
         "sexual-violence.other": ("ACT-25", "superior"), "persecution": ("ACT-26", "ordering"), "forcible-transfer": ("ACT-25", "ordering"),
         "enforced-disappearance": ("ACT-27", "indirect"), "other-inhumane-acts": ("ACT-28", "superior")}
TITLE = {a[0]: a[1] for a in ACTORS}
links = []
# Each link: what the source says (the extract, its own words, short) and what it shows (the note).
for i, inc in enumerate(INCIDENTS):
    crime = inc[10]
    first = f"TES-{(i % 40) + 1:02d}"
    second = f"TES-{((i + 30) % 40) + 1:02d}"
    links.append((first, inc[0], crime, f"{crime}.1", "", "", "p. 1, para. 2", "the witness saw it happen", "first-hand", "2", inc[11]))
    if i % 4 != 3:  # every fourth incident leaves its second element unproved
        # murder and enslavement have one specific element: the second source corroborates it
        element = f"{crime}.1" if crime in ("murder", "enslavement") else f"{crime}.2"
        seen = i % 3 != 0
        links.append((second, inc[0], crime, element, "", "", "para. 5",
                      "corroborates the account" if seen else "corroborates the account from what others told the witness",
                      "first-hand" if seen else "hearsay", "2" if seen else "3",
                      f"I saw {lc(inc[1])} myself." if seen else f"People from there told me about {lc(inc[1])}."))
    if i % 5 != 4:  # some allegations are attributed to no one yet
        actor, mode = MODES[crime]
        links.append((first, inc[0], crime, "", actor, mode, "p. 2", "names the office holder responsible", "hearsay", "3",
                      f"Everyone there said the orders came from the {TITLE[actor][0].lower() + TITLE[actor][1:]}."))
    if inc[4] in ("KP", "CN") and i % 2 == 0:  # the nexus to the attack, for half of them
        links.append((first, inc[0], crime, "context.attack", "", "", "p. 2, para. 3", "places the incident in the wider pattern", "first-hand", "3",
                      "It was the same everywhere we were held."))
    if inc[4] in ("KP", "CN") and i % 6 == 0:  # knowledge of the attack, for a few
        links.append((second, inc[0], crime, "context.knowledge", "", "", "para. 7", "orders came from above", "hearsay", "4",
                      "The guards said the orders came from the centre."))
    if i < 20:
        links.append((f"EV-{i + 1:02d}", inc[0], crime, f"{crime}.1", "", "", "p. 1", "the interview's own record", "documentary", "", f"A: {inc[11]}"))
    if i % 3 == 0 and i // 3 < 10:
        links.append((f"EV-{21 + i // 3:02d}", inc[0], crime, "", "", "", "", "shows the site as the witness drew it", "documentary", "", ""))
for tes, inc in [("TES-41", ROUTE_INCIDENTS[0]), ("TES-42", ROUTE_INCIDENTS[1])]:
    actor, mode = MODES[inc[10]]
    links.append((tes, inc[0], inc[10], f"{inc[10]}.1", "", "", "para. 3", "the witness saw it happen", "first-hand", "2", inc[11]))
    links.append((tes, inc[0], inc[10], "", actor, mode, "para. 6", "names the responsible department", "first-hand", "3",
                  "The men said they were from the department abroad."))
for tes, inc in [("TES-43", RECENT_INCIDENTS[0]), ("TES-44", RECENT_INCIDENTS[1]), ("TES-45", RECENT_INCIDENTS[2])]:
    links.append((tes, inc[0], inc[10], f"{inc[10]}.1", "", "", "para. 4", "relatives told the witness", "hearsay", "3",
                  "My family told me on the telephone what happened."))
for inc in RECENT_INCIDENTS[:2]:
    links.append(("EV-45", inc[0], inc[10], f"{inc[10]}.1", "", "", "paras. 10-14", "the Special Rapporteur's findings", "documentary", "2", ""))
# Each link says how its source knows (basis) and how likely what it relies on is true (credibility 1-6).
write_csv("links.csv", ["source", "incident", "crime", "element", "actor", "mode", "pinpoint", "note", "basis", "credibility", "extract"], links)
# --- the attack: one course of conduct against the civilian population (A/HRC/25/63 paras 75-79) ---
# Its elements are proved by testimonies; the abductions abroad are left out of it on purpose,
# so their allegations show the attack as a gap to argue.
attack_incidents = "; ".join(r[0] for r in INCIDENTS if r[4] in ("KP", "CN"))
# Each source: element=SOURCE @ pinpoint | what it shows (the note) | its own words (the extract).
attack_sources = "; ".join([
    "attack.course-of-conduct=TES-02 @ p. 1 | describes the same acts repeated across camps | They did it the same way in every camp.",
    "attack.course-of-conduct=TES-08 @ para. 4 | describes whole families held in the same way | Every family was taken the same way.",
    "attack.civilian-population=TES-16 @ p. 2 | shows the targets were civilians | None of us had ever been soldiers.",
    "attack.policy=TES-17 @ para. 6 | describes instructions from the centre | The instructions came down from Pyongyang.",
    "attack.widespread-or-systematic=TES-05 @ p. 3 | describes camps in every province | There were camps like ours in every province.",
])
write_csv("attacks.csv", ["title", "period", "population", "policy", "widespread", "systematic", "description", "incidents", "sources"], [(
    "Attack on persons seen as a threat to the political system and its leadership", "1990/2016",
    "inmates of political and other prison camps; people who try to flee; religious believers; others seen as introducing subversive influences",
    "Policies set at the highest level of the State (A/HRC/25/63 para 75)",
    "Camps and detention in every province; an estimated 80,000 to 120,000 political prisoners",
    "Organised through the State Security Department, the Ministry of People's Security and the courts, by the songbun classification",
    "Fictional sample attack, following the pattern the Commission of Inquiry found (A/HRC/25/63 paras 75-79).",
    attack_incidents, attack_sources)])
# --- the recommendations register (issue 14): the COI's recommendations and illustrative UPR ones ---
# The COI's (A/HRC/25/63 paras 87-94) are paraphrased from the summary in the project's legal
# reference and marked so; a commission's recommendations get no response from the State, so
# that column is left empty. The UPR recommendations are illustrative: plausible numbers,
# recommending States and wording, NOT the text of A/HRC/42/10, and marked so.
COI = "A/HRC/25/63"
COI_BODY = "Commission of Inquiry"
COI_RECS = [
    ("87", "To the United Nations: ensure that those most responsible for crimes against humanity are held accountable, through a Security Council referral to the International Criminal Court or an ad hoc tribunal, combined with dialogue and reconciliation.", "accountability"),
    ("89(a)", "To the DPRK: undertake profound political and institutional reform, with checks and balances and an independent judiciary.", "reform"),
    ("89(b)", "To the DPRK: acknowledge the existence of the political prison camps, dismantle them and release all political prisoners.", "detention"),
    ("89(c)", "To the DPRK: reform the Criminal Code, abolish vague 'anti-State' and 'anti-People' crimes, and ban torture in law and practice.", "torture; detention"),
    ("89(j)-(l)", "To the DPRK: respect the right to food, end discrimination in access to food, and give humanitarian agencies free and unimpeded access.", "food"),
    ("89(m)", "To the DPRK: end the de facto travel ban and the shoot-to-kill orders at the border, and stop punishing people returned from China.", "freedom of movement"),
    ("89(n)", "To the DPRK: give full information on all abductees and disappeared persons and allow their return.", "abductions"),
    ("89(o)", "To the DPRK: allow separated families to reunite, including through regular family reunions.", "family reunion"),
    ("89(p)", "To the DPRK: prosecute those most responsible, appoint a special prosecutor, provide reparations and begin transitional justice.", "accountability"),
    ("89(r)", "To the DPRK: ratify the core international human rights instruments and the Rome Statute of the International Criminal Court.", "accountability; cooperation with UN mechanisms"),
    ("89(s)", "To the DPRK: accept a field presence of the Office of the High Commissioner for Human Rights.", "cooperation with UN mechanisms"),
    ("90(a)", "To China and other States: respect non-refoulement, stop forced returns, extend asylum, and do not pass information on returnees to the DPRK State Security Department.", "freedom of movement"),
    ("90(b)", "To China and other States: give UNHCR full access to people from the DPRK.", "freedom of movement; cooperation with UN mechanisms"),
    ("90(f)", "To China and other States: prevent abductions from their territory, prosecute the abductors, and raise the issue with the DPRK leadership.", "abductions"),
    ("94(a)", "To the international community: the Security Council should refer the situation to the International Criminal Court and adopt sanctions targeted at those most responsible.", "accountability"),
    ("94(c)", "To the High Commissioner: set up a structure to help ensure accountability, built on the evidence collected.", "accountability"),
    ("94(i)", "To the international community: do not use food or other humanitarian aid as leverage.", "food"),
]
UPR = "UPR 3 (2019), A/HRC/42/10"
UPR_RECS = [
    ("126.12", "Chile", "Ratify the Convention against Torture and accept the competence of its Committee.", "noted", "torture; cooperation with UN mechanisms"),
    ("126.18", "Australia", "Grant the Special Rapporteur on the situation of human rights in the DPRK access to the country.", "noted", "cooperation with UN mechanisms"),
    ("126.25", "Switzerland", "Cooperate with OHCHR and its Seoul office, and engage in technical cooperation.", "partially-supported", "cooperation with UN mechanisms"),
    ("126.31", "Germany", "Close all political prison camps and release all political prisoners.", "noted", "detention"),
    ("126.34", "Canada", "End torture and ill-treatment in all places of detention, and investigate the allegations.", "noted", "torture; detention"),
    ("126.45", "Peru", "Guarantee the right to adequate food for all, without discrimination based on songbun.", "supported", "food"),
    ("126.47", "Brazil", "Allow humanitarian agencies unimpeded access to all regions to monitor food distribution.", "supported", "food; cooperation with UN mechanisms"),
    ("126.52", "Japan", "Resolve the abductions issue without delay, giving full information and returning all abductees.", "noted", "abductions"),
    ("126.53", "Republic of Korea", "Facilitate reunions of separated families, including by video link, and exchange of letters.", "supported", "family reunion; abductions"),
    ("126.60", "Czechia", "Guarantee the freedom to leave the country and end the punishment of persons returned from abroad.", "noted", "freedom of movement"),
    ("126.64", "France", "Stop the use of lethal force against people crossing the border.", "noted", "freedom of movement"),
    ("126.70", "United Kingdom", "Ensure fair trials with access to counsel, and end detention without trial.", "partially-supported", "detention"),
]
# Each records the State it concerns (the Commission's report is on the DPRK, whoever each
# recommendation is addressed to), the UPR cycle (none for the Commission) and the day it was made:
# the Commission's report is dated 7 February 2014; the third review's report was adopted on 14 May 2019.
write_csv("recommendations.csv", ["source", "number", "state", "text", "response", "themes", "note", "state_under_review", "cycle", "date_made"],
          [(COI, n, COI_BODY, f"{t} [paraphrased]", "", th, "Paraphrased from the summary of A/HRC/25/63 paras 87-94; not the Commission's words.", "KP", "", "2014-02-07")
           for n, t, th in COI_RECS]
          + [(UPR, n, st, f"{t} [illustrative]", r, th, "Illustrative for the sample: number, State and wording are not those of A/HRC/42/10.", "KP", "3", "2019-05-14")
             for n, st, t, r, th in UPR_RECS])
# Assessments cite as evidence only sources of events after the recommendation was made (TES-,
# EV-, INC-); older ones are background (context). Two cite nothing.
ASSESSMENTS = [
    (COI, "89(b)", "not-implemented", "2023-06-30", "An interviewee describes detention without trial in a political prison camp, before the report; nothing shows a camp closed since.", "", "TES-08; INC-08"),
    (COI, "89(b)", "not-implemented", "2024-03-31", "People forcibly returned in 2023 are reported held for interrogation; no camp is known to have closed.", "TES-45; INC-35", "TES-08; TES-10; INC-08; INC-10"),
    (COI, "89(c)", "not-implemented", "2024-03-31", "Torture during questioning continued to be reported after the report.", "TES-13; INC-13", "TES-11; TES-12; EV-11; INC-11; INC-12"),
    (COI, "89(j)-(l)", "unclear", "2024-03-31", "Nothing in the case since the report; earlier accounts of punishment by starvation are background.", "", "TES-29; INC-29"),
    (COI, "89(m)", "not-implemented", "2024-03-31", "Shootings at the border during its closure reported.", "TES-43; INC-33; EV-45", "TES-30; INC-30; INC-09"),
    (COI, "89(n)", "unclear", "2024-03-31", "No information given on the abductees; nothing in the case shows a change.", "", ""),
    (COI, "89(s)", "not-implemented", "2024-03-31", "No OHCHR presence in the country.", "", ""),
    (UPR, "126.31", "not-implemented", "2024-03-31", "People forcibly returned in 2023 are reported detained without trial.", "TES-45; INC-35", "TES-08; INC-08"),
    (UPR, "126.34", "not-implemented", "2024-03-31", "Returnees of 2023 reported held for interrogation; torture in such questioning was reported before the review.", "TES-45; INC-35", "TES-13; INC-13"),
    (UPR, "126.45", "unclear", "2024-03-31", "Nothing in the case since the review; the famine accounts are background.", "", "TES-05; INC-05"),
    (UPR, "126.60", "not-implemented", "2024-03-31", "Shootings at the closed border and the detention of returnees reported.", "TES-43; INC-33; TES-45; INC-35", "TES-21; TES-23; INC-21; INC-23"),
    (UPR, "126.64", "not-implemented", "2024-03-31", "Lethal force used at the border and at sea.", "TES-43; INC-33; TES-44; INC-34; EV-45", ""),
    (UPR, "126.52", "not-implemented", "2024-03-31", "No abductee returned since the review; the abduction of 2009 is background.", "", "INC-26"),
]
write_csv("assessments.csv", ["source", "number", "status", "date", "note", "cite", "context"], ASSESSMENTS)
# The team's own recommendations for the next review; the last is vague on purpose, to show the SMART check.
# Each is for the DPRK's next review (state_under_review; the first two would take it from the
# recommendation they follow).
write_csv("our-recommendations.csv", ["text", "theme", "follows_source", "follows_number", "state_under_review"], [
    ("Close all political prison camps (kwanliso) and release every political prisoner within 12 months, as recommended previously.", "detention", UPR, "126.31", "KP"),
    ("Grant OHCHR and the Special Rapporteur unimpeded access to all places of detention before the next review.", "cooperation with UN mechanisms", COI, "89(s)", "KP"),
    ("Ensure that returnees are treated humanely.", "freedom of movement", "", "", "KP"),
])
print(f"{len(ACTORS)} actors, {len(witnesses)} witnesses, {len(testimonies)} testimonies, {len(INCIDENTS + ROUTE_INCIDENTS + RECENT_INCIDENTS)} incidents, {len(evidence)} evidence files, {len(links)} links, {len(COI_RECS) + len(UPR_RECS)} recommendations, {len(ASSESSMENTS)} assessments")
