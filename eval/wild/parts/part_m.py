"""Gold annotation of the wild corpus, part m (files m001..m012, split fresh/): Somalia (El Salini base, Lower Shabelle),
Nigeria (Rijiya, Gusau, Zamfara), Ukraine (Kharkiv, 27 June 2022), Afghanistan (Takhar checkpoint), Yemen (north-west Marib),
Myanmar (Nyaung Kone, Sagaing), Mozambique (Nambija 2, Macomia; Ilala; Ntola), one negative (an A-League football derby),
Sudan (RSF shelling of El Fasher), DR Congo (ADF massacre near Oicha), Mozambique (Quissanga, Bilibiza) and Libya (Tripoli clashes, July 2022). Collected 2026-12-07 from stored news pages (the `pages` search corpus, excerpts kept
exactly as returned, decoded from the tool's JSON by a script), after tuning began; annotated without running Frontline on the
texts and without seeing its output. Conventions as in part_k.py and GUIDE.md. Coordinates only for places in GeoNames
cities500 (target/gazetteer-src/cities500.txt), copied from it; everything else (villages, bases, districts, regions) has names
only. admin1 is the GeoNames admin1 name (admin1.json). Actor names: canonical names from the alias table; `Somali government`,
`Yemeni government`, `Afghan government`, `Myanmar military`, `Sudanese Armed Forces`, `Rapid Support Forces`, `Russia`,
`al-Shabaab`, `Houthis`, `Taliban`; `Mozambican government` for Mozambique's defence and security forces. Unnamed attackers
('gunmen', 'bandits', 'a terrorist group') are []."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Somalia (SO)
EL_SALINI = P(["El Salini base", "El Salini", "El Salini military base", "Afgooye", "Afgoye"], None, None,
              "Lower Shabeelle", "site", "SO")
# Nigeria (NG)
RIJIYA = P(["Rijiya", "Rijiya village", "Rijiya community", "Gusau"], None, None, "Zamfara State", "village", "NG")
# Ukraine (UA)
KHARKIV = P(["Kharkiv", "city of Kharkiv", "Kharkov"], 49.98081, 36.25272, "Kharkiv", "city", "UA")
# Afghanistan (AF)
TAKHAR = P(["Takhar Province", "Takhar", "Takhar province"], None, None, "Takhar", "admin1", "AF")
# Yemen (YE)
MARIB_NW = P(["Marib's northwestern part", "northwestern Marib", "north-west Marib", "Marib province", "Marib", "Ma'rib"], None,
             None, "Ma’rib", "region", "YE")
# Myanmar (MM)
NYAUNG_KONE = P(["Nyaung Kone", "Nyaung Kone village", "Nyaungkone"], None, None, "Sagaing Region", "village", "MM")
SAGAING = P(["Sagaing", "Sagaing region", "Sagaing Region"], None, None, "Sagaing Region", "admin1", "MM")
# Mozambique (MZ)
NAMBIJA2 = P(["Nambija 2", "Nambija", "village of Nambija 2", "Macomia district"], None, None, "Cabo Delgado Province",
             "village", "MZ")
MUCOJO = P(["Mucojo administrative post", "Mucojo", "headquarters of the Mucojo administrative post"], None, None,
           "Cabo Delgado Province", "town", "MZ")
ILALA = P(["Ilala", "Ilala village", "near Ilala village", "Macomia"], None, None, "Cabo Delgado Province", "village", "MZ")
NTOLA = P(["Ntola", "Ntola village", "Palma district"], None, None, "Cabo Delgado Province", "village", "MZ")
# Sudan (SD)
EL_FASHER = P(["El Fasher", "El-Fasher", "Al Fashir", "El Fasher city"], 13.62793, 25.34936, "Northern Darfur", "city", "SD")

# Democratic Republic of the Congo (CD)
NEAR_OICHA = P(["a village near Oicha", "near Oicha", "Oicha", "Beni territory"], None, None, "North Kivu", "village", "CD")
# Mozambique, Quissanga (MZ)
VILLAGE_19OCT = P(["19th October village", "19 October village", "Aldeia 19 de Outubro", "Quissanga district"], None, None,
                  "Cabo Delgado Province", "village", "MZ")
BILIBIZA = P(["Bilibiza", "Bilibiza administrative post", "small town of Bilibiza"], None, None, "Cabo Delgado Province",
             "town", "MZ")
MITAMBO = P(["Mitambo", "Mitambo village", "Meluco"], None, None, "Cabo Delgado Province", "village", "MZ")

# Libya (LY)
TRIPOLI = P(["Tripoli", "Libyan capital", "Tarabulus"], 32.88743, 13.18733, "Tripoli", "city", "LY")
TRIPOLI_UNI = P(["campus of Tripoli University", "Tripoli University", "University of Tripoli", "Tripoli"], None, None, "Tripoli",
                "site", "LY")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
SHAB, SOM = "al-Shabaab", "Somali government"
RUS = "Russia"
TAL, AFG = "Taliban", "Afghan government"
HOU, YEM = "Houthis", "Yemeni government"
JUNTA = "Myanmar military"
MOZ = "Mozambican government"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"

DOCS = [
# m001: defenceWeb (Reuters copy), top line ' date 2020-02-20'.
D("m001_somalia_el_salini.txt", "2020-02-20", "defenceWeb", "Somalia", events=[
    E("territory_captured", [SHAB], [SOM], EL_SALINI, "2020-02-17", "2020-02-20", precision="week", status="claimed",
      sources=["Somali officials", "Somali police", "Ismail Ali", "al-Shabaab"], fatalities=12,
      why="'al Shabaab militants killed 12 Somali soldiers and briefly captured a military base south-west of the capital, "
          "officials said'; 'gunmen stormed in and briefly occupied it, police said'. Officials/police of the government: "
          "claimed (al-Shabaab also claims it: 'We took the base'; its own toll is 15, the military officer's 12 is taken, "
          "the lead's figure). No day in the text: the week up to publication. El Salini is not in cities500: names only"),
    E("suicide_bomb", [SHAB], [SOM], EL_SALINI, "2020-02-17", "2020-02-20", precision="week", status="claimed",
      sources=["Somali police"],
      why="'A suicide bomber detonated at the El Salini base before gunmen stormed in ... police said': suicide_bomb; its own "
          "deaths are not split from the 12, so fatalities null"),
    E("territory_captured", [SOM], [SHAB], EL_SALINI, "2020-02-17", "2020-02-20", precision="week", status="reported",
      why="'The military recaptured the base when reinforcements arrived.' In the outlet's own voice (no attribution in the "
          "sentence): reported. Same day as the capture as far as the text tells"),
    E("armed_clash", [SHAB], [SOM], EL_SALINI, "2020-02-17", "2020-02-20", precision="week", status="claimed",
      sources=["Somali police"], optional=True,
      why="the storming ('gunmen stormed in') and the counter-attack with reinforcements are fighting; an annotator may "
          "keep it inside the two captures, so optional"),
  ], control=[
    C(EL_SALINI, SOM, "2020-02-20", why="'The military recaptured the base when reinforcements arrived' (al-Shabaab held it "
      "only 'briefly')"),
  ], why="date from the top ' date 2020-02-20' line; Reuters story on al-Shabaab's raid on the El Salini base near Afgoye"),

# m002: Daily Post (Nigeria), ' date 2021-11-08' (a Monday); the URL agrees (2021/11/08).
D("m002_nigeria_rijiya.txt", "2021-11-08", "Daily Post", "Nigeria", events=[
    E("violence_against_civilians", [], [CIV], RIJIYA, "2021-11-07", status="reported", sources=["eyewitness", "BBC Hausa"],
      fatalities=6,
      why="'gunmen have unleashed terror on Rijiya village in Gusau ... killing six persons and injuring many. Some women and "
          "children were also kidnapped'; 'the bandits stormed the community around noon on Sunday' (Sunday before Monday 8 "
          "November = 7 November). Bandits/gunmen unnamed: actor1 []. Eyewitness via BBC Hausa: reported. Killings and "
          "abductions are one raid (same type, place and day). Rijiya is not in cities500 (Gusau is, but the village is not "
          "the city): names only, Gusau as last alternative"),
  ], why="date from the top ' date 2021-11-08' line and the URL; bandit raid on a village in Gusau LGA, Zamfara"),

# m003: Devdiscourse (Reuters), ' date 2022-06-28' (a Tuesday).
D("m003_ukraine_kharkiv.txt", "2022-06-28", "Devdiscourse", "Ukraine", events=[
    E("shelling", [RUS], [CIV], KHARKIV, "2022-06-27", status="claimed", sources=["Oleh Synehubov"], fatalities=5,
      why="'Russian shelling of the city of Kharkiv ... killed five people and wounded 22 on Monday ..., the regional governor "
          "said'. Monday before Tuesday 28 June = 27 June. The Kharkiv governor is a Ukrainian official: claimed. 'All of them "
          "are civilians': actor2 civilians"),
    E("armed_clash", [RUS], ["Ukraine"], P(["Ukraine"], None, None, None, "country", "UA"), "2022-02-24", status="reported",
      optional=True,
      why="'Russia invaded Ukraine on Feb. 24': dated background, but country-wide and not one of the typed events in a "
          "place; optional"),
  ], why="date from the top ' date 2022-06-28' line; governor's Telegram report of shelling of Kharkiv city"),

# m004: Mehr News, ' date 2020-10-13' (a Tuesday).
D("m004_afghanistan_takhar.txt", "2020-10-13", "Mehr News Agency", "Afghanistan", events=[
    E("armed_clash", [TAL], [AFG], TAKHAR, "2020-10-12", status="claimed", sources=["security sources in Takhar Province",
      "AVA Press"], fatalities=3,
      why="'the Taliban killed three local police officers in an attack on a security checkpoint on Monday'; four more "
          "injured. Police are combatants: armed_clash. Monday before Tuesday 13 October = 12 October. Announced by 'Security "
          "sources in Takhar Province' (the government side): claimed. Only the province is named: admin1"),
  ], why="date from the top ' date 2020-10-13' line; Taliban attack on a police checkpoint in Takhar"),

# m005: Famagusta Gazette (Xinhua), ' date 2023-11-07' (a Tuesday); URL 2023/11/07 agrees.
D("m005_yemen_marib.txt", "2023-11-07", "Famagusta Gazette", "Yemen", events=[
    E("armed_clash", [HOU], [YEM], MARIB_NW, "2023-11-06", status="claimed", sources=["Yemeni military official", "Xinhua"],
      fatalities=8,
      why="'The Houthi fighters launched a large onslaught on Monday night and targeted sites of the government forces in "
          "Marib's northwestern part, sparking hours of deadly armed confrontation'; 'eight soldiers killed and 15 others "
          "injured'. Monday night before Tuesday 7 November = 6 November (an 'overnight attack', so it may run into the 7th). "
          "A government military official: claimed. 'array of weaponry' gives no single means: armed_clash. Part of a "
          "province, not in cities500: names only"),
  ], why="date from the top ' date 2023-11-07' line and the URL; Houthi attack on government positions in north-west Marib. "
         "The reinforcement of defensive positions is a deployment, not an event"),

# m006: TRT World (AFP), 'June 28, 2023' under the headline.
D("m006_myanmar_nyaung_kone.txt", "2023-06-28", "TRT World", "Myanmar", events=[
    E("air_strike", [JUNTA], [CIV], NYAUNG_KONE, "2023-06-26", "2023-06-28", precision="week", status="reported",
      sources=["locals", "media reports", "Ko Zaw Tun", "BBC Burmese"], fatalities=10,
      why="'A Myanmar military air strike on a village killed ten civilians, locals and media reports said'; 'A military jet "
          "dropped three bombs on Nyaung Kone village in the northern Sagaing region'. Locals and media: reported (the named "
          "source is an anti-coup fighter, but the lead is in the outlet's voice with locals/media). 10 dead (some outlets "
          "9). No day in the text: range to publication, week. Nyaung Kone not in cities500: names only"),
    E("air_strike", [JUNTA], [CIV], SAGAING, "2023-04-01", "2023-04-30", precision="month", status="reported",
      sources=["media", "locals"], fatalities=170, optional=True,
      why="'In April, the military bombed a gathering in Sagaing that media and locals said killed about 170 people': dated "
          "background (April 2023, month). 'bombed' without stated means (air in context): optional per the GUIDE; only the "
          "region is named"),
    E("shelling", [JUNTA], [CIV], SAGAING, "2023-04-01", "2023-04-30", precision="month", status="reported",
      sources=["media", "locals"], fatalities=170, optional=True,
      why="second reading of 'bombed a gathering' (means not stated); optional"),
  ], why="date from 'June 28, 2023' printed under the headline/caption; junta air strike on a Sagaing village. '300 air strikes "
         "in the last year' is an aggregate, not an event"),

# m007: allAfrica (AIM), ' date 2019-07-04' (a Thursday).
D("m007_mozambique_nambija.txt", "2019-07-04", "allAfrica (Agencia de Informacao de Mocambique)", "Mozambique", events=[
    E("violence_against_civilians", [], [CIV], NAMBIJA2, "2019-07-02", status="reported", sources=["Carta de Mocambique"],
      fatalities=0,
      why="'A terrorist group on Tuesday night attacked the village of Nambija 2 ... where they burnt down most of the houses'; "
          "'None of the villagers were killed or injured'. Tuesday before Thursday 4 July = 2 July. 'a terrorist group' "
          "unnamed: actor1 []. Independent newssheet: reported. Nobody hurt: fatalities 0"),
    E("displacement", [], [CIV], NAMBIJA2, "2019-07-02", status="reported", sources=["Carta de Mocambique"],
      why="'at the approach of the raiding party, those residents still in Nambija 2 fled into the bush': displacement at the "
          "origin, no number"),
    E("displacement", [], [CIV], MUCOJO, "2019-06-01", "2019-07-02", precision="month", status="reported",
      sources=["Carta de Mocambique"], optional=True,
      why="'Most of the population of the village had already left, taking refuge in the headquarters of the Mucojo "
          "administrative post': earlier flight, undated, destination place; optional"),
    E("violence_against_civilians", [MOZ], [CIV], ILALA, "2019-06-01", "2019-07-04", precision="month", status="reported",
      sources=["Carta de Mocambique"], fatalities=1, optional=True,
      why="'a man gathering thatch ... was recently killed near Ilala village ... because the defence and security forces "
          "mistook him for one of the insurgents': a killing of a civilian by government forces; 'recently' is a vague date, "
          "so optional"),
    E("violence_against_civilians", [], [CIV], ILALA, "2019-06-01", "2019-07-04", precision="month", status="reported",
      sources=["Carta de Mocambique"], fatalities=2, optional=True,
      why="'insurgents who had beheaded two people in the same area a few days earlier': background killing with a vague "
          "date; optional"),
    E("violence_against_civilians", [], [CIV], NTOLA, "2019-06-26", status="reported", sources=["Orlando Mudumane"],
      why="'the attack on 26 June against Ntola village, in Palma district'; 'In the 26 June raid, for the first time, the "
          "majority of the victims were foreigner[s]' (cut off). Dated background with victims: required. The raid is stated "
          "in the outlet's voice: reported. No toll given: null"),
    E("arrest", [MOZ], [], NTOLA, "2019-06-26", "2019-07-03", precision="week", status="claimed", sources=["Orlando Mudumane"],
      optional=True,
      why="'the police have arrested several people ... in connection with the attack on 26 June against Ntola village', "
          "police spokesman (a party): claimed. Where and when the arrests were made is not said (between the attack and the "
          "Wednesday briefing); placed at Ntola for the link only, so optional"),
  ], why="date from the top ' date 2019-07-04' line; AIM summary of Carta de Mocambique reports on insurgent raids in Macomia "
         "and Palma districts, Cabo Delgado. The excerpt is cut off mid-word"),

# m008: Daily Mail (AAP wire), ' date 2024-04-06'.
D("m008_neg_melbourne_derby.txt", "2024-04-06", "Daily Mail (AAP)", "none", negative=True,
  why="negative: A-League Men football match report (Melbourne Victory 2-1 Melbourne City); 'scored', 'attack'-style sport "
      "language, 'derby', 'pounced', 'put the hammer down'; no armed violence. Date from the top ' date 2024-04-06' line"),

# m009: Siasat (IANS/Xinhua), ' date 2025-03-13' (a Thursday).
D("m009_sudan_el_fasher.txt", "2025-03-13", "Siasat Daily", "Sudan", events=[
    E("shelling", [RSF], [CIV], EL_FASHER, "2025-03-10", "2025-03-13", precision="week", status="claimed",
      sources=["Sudanese Armed Forces", "6th Infantry Division"], fatalities=10,
      why="'At least 10 people were killed and 23 others injured in shelling by the ... RSF on residential neighbourhoods and "
          "a shelter center in El Fasher ..., the Sudanese Armed Forces (SAF) said'; '37 120-mm artillery shells'. Source is "
          "the SAF, a party: claimed. No day in the text: range up to publication, week"),
    E("air_strike", [RSF], [SAF], EL_FASHER, "2025-03-10", "2025-03-13", precision="week", status="claimed",
      sources=["Sudanese Armed Forces"], optional=True,
      why="'The RSF also launched drones targeting key sites within El Fasher, but the army's air defence successfully shot "
          "them down, the SAF said': an attempted drone strike that was intercepted; optional"),
    E("armed_clash", [SAF], [RSF], EL_FASHER, "2024-05-10", "2025-03-13", precision="month", status="reported", optional=True,
      why="'El Fasher has been the site of fierce clashes between the SAF and the RSF since May 10 last year': an ongoing "
          "state from 10 May 2024 to publication (month precision); background, optional. The nationwide war since April "
          "2023 and its toll are cumulative, not events"),
  ], why="date from the top ' date 2025-03-13' line; SAF 6th Division statement on RSF shelling of El Fasher"),
# m010: The Capital Times (Uganda), no date line; URL /2019/11/27/ (a Wednesday).
D("m010_drc_oicha.txt", "2019-11-27", "The Capital Times", "DR Congo", events=[
    E("violence_against_civilians", ["Allied Democratic Forces"], [CIV], NEAR_OICHA, "2019-11-27", status="reported",
      sources=["Donat Kibwana"], fatalities=19,
      why="'At least 19 people were killed in a new rebel attack'; 'The latest attack on Wednesday took place after fighters "
          "belonging to the Allied Democratic Forces (ADF) rebel group went into a village near Oicha'. Wednesday on or before "
          "Wednesday 27 November = 27 November. The lead is in the outlet's voice: reported (the count is the Beni territory "
          "administrator's). The village is unnamed; Oicha is not in cities500: names only"),
  ], why="date from the URL (2019/11/27); no date in the text. ADF massacre near Oicha, Beni territory. 'the army has pursued "
         "the rebels' and reinforcement are deployment, not events"),

# m011: allAfrica (AIM), ' date 2020-02-11' (a Tuesday); the text also names 'Tuesday, 11 February 2020'.
D("m011_mozambique_quissanga.txt", "2020-02-11", "allAfrica (Agencia de Informacao de Mocambique)", "Mozambique", events=[
    E("violence_against_civilians", [], [CIV], VILLAGE_19OCT, "2020-02-09", status="reported", sources=["Carta de Mocambique"],
      fatalities=0,
      why="'A terrorist group attacked the 19th October village, in Quissanga district ... on Sunday night'; 'no reports of "
          "any casualties'. Sunday before Tuesday 11 February = 9 February (also 'the day before' Nyusi's visit, which began "
          "Monday 10th). Unnamed 'terrorist group': []. Reported (independent newssheet). Not in cities500: names only"),
    E("violence_against_civilians", [], [CIV], BILIBIZA, "2020-01-29", status="reported", sources=["Carta de Mocambique"],
      fatalities=4,
      why="'In the 29 January attack, much of the Bilibiza administrative post was burnt to the ground. Four people are known "
          "to have died - one ... burnt alive ..., three others were beheaded'. Dated background: required"),
    E("displacement", [], [CIV], VILLAGE_19OCT, "2020-01-29", "2020-02-09", precision="month", status="reported",
      sources=["Carta de Mocambique"],
      why="'most of the villagers had already fled from their homes, following the raid against ... Bilibiza on 29 January': "
          "displacement at the origin, between 29 January and the Sunday attack, no number"),
    E("displacement", [], [CIV], MITAMBO, "2020-01-29", "2020-02-09", precision="month", status="reported",
      sources=["Carta de Mocambique"], optional=True,
      why="'Most of them took refuge in Mitambo village, in the adjacent district of Meluco': the place reached; optional per "
          "the GUIDE"),
  ], why="date from the top ' date 2020-02-11' line; AIM report of insurgent raids in Quissanga district, Cabo Delgado. The "
         "Montepuez bridge collapse (heavy rain) and Nyusi's cabinet meeting are not conflict events"),
# m012: Africanews (AFP), ' date 2022-07-23' (a Saturday); URL 2022/07/23 agrees.
D("m012_libya_tripoli.txt", "2022-07-23", "Africanews", "Libya", events=[
    E("armed_clash", ["Radaa"], ["Tripoli Revolutionaries Brigade"], TRIPOLI, "2022-07-21", "2022-07-22", status="reported",
      sources=["Tripoli ambulance and emergency services", "Libya al-Ahrar"], fatalities=13,
      why="'At least 13 people were killed in overnight fighting between armed groups in Tripoli, emergency services said "
          "Friday'; 'The clashes were between ... the Al-Radaa force and the Tripoli Revolutionary Brigade'. Overnight before "
          "Friday 22 July: 21-22 July. Ambulance/emergency service (medics): reported. Neither group is in the alias table: "
          "their common English names (Radaa / Special Deterrence Force; Tripoli Revolutionaries Brigade). Actor order: no "
          "clear initiator, text order"),
    E("displacement", [], [CIV], TRIPOLI, "2022-07-21", "2022-07-22", status="reported", optional=True,
      why="'Dozens of people were forced to take refuge on the campus of Tripoli University and in a nearby medical centre': "
          "flight within the city, no number ('dozens': null); origin is only 'Tripoli', optional"),
    E("displacement", [], [CIV], TRIPOLI_UNI, "2022-07-21", "2022-07-22", status="reported", optional=True,
      why="the place reached (Tripoli University campus); optional per the GUIDE"),
    E("arrest", [], [], TRIPOLI, "2022-07-01", "2022-07-21", precision="month", status="reported", sources=["several sources"],
      optional=True,
      why="'the detention by one group of a fighter belonging to the other triggered the fighting': an undated detention "
          "by an unspecified one of the two groups; optional"),
    E("armed_clash", [], ["444 Brigade"], TRIPOLI, "2022-07-22", status="reported", optional=True,
      why="'On Friday, another group, the 444 Brigade, stepped in to broker a truce, deploying its own forces in a buffer zone "
          "before coming under heavy fire': fire from an unnamed side on the 444 Brigade; part of the same fighting, optional. "
          "The attempted truce is not a concluded agreement"),
  ], why="date from the top ' date 2022-07-23' line and the URL; armed-group clashes in Tripoli on 21-22 July 2022"),
]
