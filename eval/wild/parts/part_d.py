"""Gold annotation of the wild corpus, part d (files d001..d015, split fresh/): Somalia, DR Congo, Nigeria,
the Sahel (Mali, Burkina Faso, Niger), Sudan, Haiti, the Philippines, Mozambique, South Sudan, Ethiopia,
Cameroon, and two negatives. Collected 2026-12-07 from stored news pages, after tuning began.
Conventions as in part_b.py and ../../../../shared/spec/gold/make_dev_gold.py. Coordinates only for places
in GeoNames cities500 (target/gazetteer-src/cities500.txt), copied from it; everything else (villages,
bases, districts, neighbourhoods, regions) has names only. admin1 is the state/region/province name."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Somalia (SO)
EL_SALIINDI = P(["El Saliindi", "El Salini", "Ceel Saliini", "Elsaliini"], None, None, "Lower Shabelle", "town", "SO")
KUNTUWAREY = P(["Kuntuwarey", "Kunturwarey", "Kuntuwaarey", "Kunturwaarey"], None, None, "Lower Shabelle", "town", "SO")
MARKA = P(["Marka", "Merca", "outskirts of Marka"], 1.71594, 44.77166, "Lower Shabelle", "town", "SO")
MOGADISHU = P(["Mogadishu"], 2.03711, 45.34375, "Banaadir", "city", "SO")
AU_BASE_JANAALE = P(["African Union base about 90km south of Mogadishu", "AU base", "Janaale", "Janale"], None, None,
                    "Lower Shabelle", "site", "SO")
SOMALIA = P(["Somalia"], None, None, None, "country", "SO")
# DR Congo (CD)
KIRUMBA = P(["Kirumba"], None, None, "North Kivu", "town", "CD")
KANYABAYONGA = P(["Kanyabayonga", "Kanyabayonga town"], None, None, "North Kivu", "town", "CD")
LUBERO = P(["Lubero territory", "Lubero", "towns near Kanyabayonga"], None, None, "North Kivu", "region", "CD")
# Nigeria (NG)
MARADUN_LGA = P(["Maradun", "Maradun Local Government Area", "Maradun LGA"], None, None, "Zamfara", "region", "NG")
SAKKADA = P(["Sakkada"], None, None, "Zamfara", "village", "NG")
GYADADDE = P(["Gyadadde"], None, None, "Zamfara", "village", "NG")
SABON_GARI_MARADUN = P(["Sabon Gari"], None, None, "Zamfara", "village", "NG")
BARIN_ZARE = P(["Barin Zare"], None, None, "Zamfara", "village", "NG")
OTAWA = P(["Otawa"], None, None, "Zamfara", "village", "NG")
BIRANE = P(["Birane", "Birane village"], None, None, "Zamfara", "village", "NG")
BAWAN_DAJI = P(["Bawan Daji", "Bawan Daji village"], None, None, "Zamfara", "village", "NG")
# Mali (ML), Burkina Faso (BF), Niger (NE), Cameroon (CM)
BAMBA = P(["Bamba", "military base in Bamba", "Bamba camp"], None, None, "Gao", "site", "ML")
NORTH_CAMEROON = P(["northern Cameroon", "Far North"], None, None, "Far North", "region", "CM")
DIBLOU = P(["Diblou"], None, None, "Centre-Nord", "village", "BF")
BASSIRA = P(["Bassira", "gendarme outpost at Bassira"], None, None, "Maradi", "village", "NE")
BAMESSING = P(["Bamessing", "Bamessing locality"], None, None, "North-West", "town", "CM")
CM_NORTHWEST = P(["Northwest", "North West", "North-West region"], None, None, "North-West", "admin1", "CM")
# Sudan (SD)
EL_OBEID = P(["El-Obeid", "El Obeid", "Al-Ubayyid", "Al Obeid", "El Obeid city"], 13.18421, 30.21669, "North Kordofan",
             "city", "SD")
MARKAZ_ZIYADIYAH = P(["Markaz al-Ziyadiyah", "Markaz al Ziyadiyah", "al-Ziyadiyah"], None, None, "North Kordofan", "village", "SD")
LAMINA_ZIYADIYAH = P(["Lamina al-Ziyadiyah", "Lamina al Ziyadiyah"], None, None, "North Kordofan", "village", "SD")
NORTH_KORDOFAN = P(["North Kordofan", "North Kordofan state"], None, None, "North Kordofan", "admin1", "SD")
WEST_OF_EL_OBEID = P(["villages west of El-Obeid", "west of the state capital", "El-Obeid"], None, None, "North Kordofan",
                     "region", "SD")
# Haiti (HT)
PORT_AU_PRINCE = P(["Port-au-Prince"], 18.54349, -72.33881, "Ouest", "city", "HT")
SOLINO = P(["Solino", "Solino neighborhood", "Port-au-Prince"], None, None, "Ouest", "site", "HT")
# Philippines (PH)
MARAWI = P(["Marawi City", "Marawi"], 8.0034, 124.28395, "Lanao del Sur", "city", "PH")
BASAK_MARAWI = P(["Basak", "village of Basak", "Marawi City"], None, None, "Lanao del Sur", "village", "PH")
# Mozambique (MZ)
NACOTUCO = P(["Nacotuco", "Macotuco", "Pangane-Macotuco road", "Pangane-Nacotuco road"], None, None, "Cabo Delgado", "village", "MZ")
SIMBOLONGO = P(["Simbolongo", "Simbolongo village"], None, None, "Cabo Delgado", "village", "MZ")
MUCOJO = P(["Mucojo", "Mucojo administrative post", "Macomia district", "Macomia"], None, None, "Cabo Delgado", "region", "MZ")
MACHAVA = P(["Machava", "Machava village"], None, None, "Cabo Delgado", "village", "MZ")
NANGADE = P(["Nangade", "Nangade town", "outlying neighbourhood of Nangade town"], None, None, "Cabo Delgado", "town", "MZ")
# South Sudan (SS)
NASIR = P(["Nasir", "Nasir town"], None, None, "Upper Nile", "town", "SS")
NASIR_BARRACKS = P(["military barracks", "Wech-Yar-Adiu", "Wei-Yar-Adiu", "Nasir"], None, None, "Upper Nile", "site", "SS")
# Ethiopia (ET)
KORMASH = P(["Kormash", "Kormash town"], None, None, "Amhara", "town", "ET")
GONDAR = P(["Gondar", "Gonder", "Gondar city"], 12.6, 37.46667, "Amhara", "city", "ET")
GONDAR_AIRPORT = P(["airport in the city", "Gondar airport", "Atse Tewodros Airport", "Gondar"], 12.6, 37.46667, "Amhara",
                   "site", "ET")
GONDAR_AREA = P(["Gondar area", "other parts of the Gondar area"], None, None, "Amhara", "region", "ET")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
SHABAAB, AMISOM, SOM = "al-Shabaab", "AMISOM", "Somali government"
M23, DRC = "M23", "Congolese government"
NGA, MLI, BFA, NER = "Nigerian government", "Malian government", "Burkinabe government", "Nigerien government"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
VIV, HTI = "Viv Ansanm", "Haitian government"
MAUTE, IS, PHL = "Maute group", "Islamic State", "Philippine government"
ASS = "Ansar al-Sunna"
WHITE, SSG = "White Army", "South Sudanese government"
FANO, ETH = "Fano", "Ethiopian government"
AMB, CMR = "Ambazonian separatists", "Cameroonian government"

DOCS = [
# d001: Al Jazeera (Reuters), URL ...-150905... (Saturday 5 September 2015): 'Friday' = 4 Sep, 'Tuesday' = 1 Sep.
D("d001_somalia_el_saliindi.txt", "2015-09-05", "Al Jazeera", "Somalia", events=[
    E("territory_captured", [SHABAAB], [AMISOM], EL_SALIINDI, "2015-09-04", "2015-09-05", status="claimed",
      sources=[SHABAAB, "Ali Nur"],
      why="al-Shabab spokesman and the acting governor of Lower Shabelle: 'al-Shabab has taken El Saliindi. AU forces withdrew "
          "and al-Shabab now controls it'; two towns in two days, Kuntuwarey on Friday, so El Saliindi on Friday or Saturday"),
    E("territory_captured", [SHABAAB], [], KUNTUWAREY, "2015-09-04", status="claimed", sources=[SHABAAB, "Ali Nur"],
      why="'Kuntuwarey had been seized on Friday', the governor said (who held it before is not said)"),
    E("evacuation", [AMISOM], [], EL_SALIINDI, "2015-09-04", "2015-09-05", status="claimed", sources=["Ali Nur"], optional=True,
      why="'AU forces withdrew' from El Saliindi: a retreat"),
    E("remote_explosive", [SHABAAB], [AMISOM], MARKA, "2015-09-05", sources=["Ali Nur"],
      why="'Also on Saturday, al-Shabab attacked an African Union convoy outside Marka'; the governor: a roadside bomb targeted an "
          "AU vehicle in the outskirts of Marka today; toll not determined (al-Shabab claims several soldiers killed)"),
    E("armed_clash", [SHABAAB], [AMISOM], AU_BASE_JANAALE, "2015-09-01", fatalities=12,
      why="'On Tuesday, al-Shabab stormed an African Union base about 90km south of Mogadishu, killing at least 12 Ugandan "
          "soldiers' (the base is not named in the text; Janaale only as an alternative name)"),
    E("armed_clash", [SHABAAB], [AMISOM], AU_BASE_JANAALE, "2015-09-01", status="claimed", sources=[SHABAAB], fatalities=70,
      optional=True, why="the group's own version of the same assault: 70 people killed (it 'often exaggerates')"),
    E("territory_captured", [SHABAAB], [AMISOM], AU_BASE_JANAALE, "2015-09-01", optional=True,
      why="'stormed' the base: overrun implied, not said to be held"),
    E("air_strike", ["United States"], [SHABAAB], SOMALIA, "2014-08-01", "2014-09-30", "month", optional=True,
      why="background: Godane 'was killed in a US air strike' roughly a year before (vague date, no place)"),
    E("territory_captured", [AMISOM], [SHABAAB], MOGADISHU, "2011-01-01", "2011-12-31", "year", optional=True,
      why="background: 'Al-Shabab was pushed out of Mogadishu by African Union peacekeeping forces in 2011' (year only)"),
  ], control=[
    C(EL_SALIINDI, SHABAAB, "2015-09-05", why="the governor: 'al-Shabab now controls it'"),
    C(KUNTUWAREY, SHABAAB, "2015-09-05", why="seized on Friday; one of the two towns the group has taken control of"),
  ], why="date from the URL (150905, a Saturday); the text's 'Also on Saturday ... today' agrees. The photo caption (bodies of "
         "peacekeepers killed earlier this week) is the Tuesday attack again; 'One Minute Al-Shabab' is a video link. The "
         "group's aim to overthrow the government is background"),

# d002: The New Times (Rwanda), AFP material; no header date: 'on Sunday, June 30' (2024: the weekday fits, Tshisekedi president).
D("d002_drc_kirumba.txt", "2024-06-30", "The New Times", "DR Congo", events=[
    E("territory_captured", [M23], [DRC], KIRUMBA, "2024-06-29", status="claimed", sources=["local official", M23],
      why="M23 on Sunday claimed to have captured Kirumba; 'fell into the hands of the rebels earlier on Saturday evening, a local "
          "official told AFP'; the M23 video shows ammunition abandoned by the government coalition (both sources are parties)"),
    E("territory_captured", [M23], [DRC], KANYABAYONGA, "2024-06-29",
      why="'On Saturday, M23 seized the strategic town of Kanyabayonga' (outlet's voice; the government partially admitted the fall)"),
    E("advance", [M23], [DRC], KANYABAYONGA, "2024-06-29", optional=True,
      why="'after they had marched on Kanyabayonga town on Saturday': the approach to the town they took the same day"),
    E("territory_captured", [M23], [DRC], LUBERO, "2024-06-29", "2024-06-30", optional=True,
      sources=["officials", "security sources"],
      why="'other surrounding areas also fell'; 'Other towns near Kanyabayonga have also been seized by M23' (unnamed, undated)"),
    E("evacuation", [DRC], [], KIRUMBA, "2024-06-29", status="claimed", sources=[M23], optional=True,
      why="ammunition 'abandoned by the government-led coalitions forces in Kirumba': a retreat implied"),
  ], control=[
    C(KIRUMBA, M23, "2024-06-30", why="fell into the hands of the rebels; M23 claims its capture"),
    C(KANYABAYONGA, M23, "2024-06-30", why="seized by M23 on Saturday; the government 'partially admitted the fall' and plans to "
                                              "'retake localities'"),
  ], why="no metadata or URL date; the first sentence dates the claim 'Sunday, June 30' (the year is not written: 2024 is the "
         "year the weekday fits, and the fall of Kanyabayonga is June 2024). The Superior Defence Council meeting and its plans, "
         "the ALSO READ links, M23's accusations about the FDLR and the genocide background are not events"),

# d003: Today.ng, ' date 2018-07-20' (a Friday): 'on Thursday' = 19 July.
D("d003_nigeria_maradun.txt", "2018-07-20", "Today.ng", "Nigeria", events=[
    E("violence_against_civilians", [], [CIV], SAKKADA, "2018-07-19", sources=["Bawa Abdullahi"], fatalities=7,
      why="gunmen (armed bandits) stormed the villages, opened fire and set them ablaze: 'seven people were killed in Sakkada'"),
    E("violence_against_civilians", [], [CIV], GYADADDE, "2018-07-19", sources=["Bawa Abdullahi"], fatalities=4,
      why="same attack: four killed in Gyadadde"),
    E("violence_against_civilians", [], [CIV], BARIN_ZARE, "2018-07-19", sources=["Bawa Abdullahi"], fatalities=8,
      why="same attack: eight killed in Barin Zare"),
    E("violence_against_civilians", [], [CIV], SABON_GARI_MARADUN, "2018-07-19", sources=["Bawa Abdullahi"], fatalities=4,
      why="same attack: four killed in Sabon Gari"),
    E("violence_against_civilians", [], [CIV], OTAWA, "2018-07-19", sources=["Bawa Abdullahi"], fatalities=8,
      why="same attack: eight killed in Otawa"),
    E("violence_against_civilians", [], [CIV], MARADUN_LGA, "2018-07-19", fatalities=31, optional=True,
      why="the headline figure: 'gunmen killed over 31 people in some communities in Maradun Local Government Area' (the sum of "
          "the five villages, which the list splits: the LGA-wide event is optional)"),
    E("armed_clash", [NGA], [], MARADUN_LGA, "2018-07-19", "2018-07-20", status="claimed", sources=["Shehu Muhammad"], fatalities=3,
      why="police spokesman: a joint team of security forces dispatched to the affected villages, where three bandits were killed "
          "and others fled"),
    E("violence_against_civilians", [], [CIV], BIRANE, "2018-02-01", "2018-02-28", "month", fatalities=36,
      why="background with its own date: 'In February, this year, thirty-six people were reported to have been killed by gunmen "
          "in Birane village in Zurmi'"),
    E("violence_against_civilians", [], [CIV], BAWAN_DAJI, "2018-03-01", "2018-03-31", "month", status="claimed",
      sources=["Zamfara police command"], fatalities=3,
      why="'A month later, the police command in the state confirmed the killing of three persons at Bawan Daji village in Anka' "
          "(cut off after 'Anka Loca')"),
  ], why="' date 2018-07-20' on top; 'on Thursday' = 19 July. The bandits are unnamed gunmen (actor1 []); the cattle taken and "
         "villages burnt are the same raid. Buhari's order of a crackdown (November last year) is an order, not an event; the "
         "curfew is a standing measure"),

# d004: Jowhar (AFP), URL /2020/04/07/ (a Tuesday): 'on Monday' = 6 April, 'on Sunday' = 5 April.
D("d004_mali_bamba.txt", "2020-04-07", "Jowhar", "Sahel", events=[
    E("armed_clash", [], [MLI], BAMBA, "2020-04-06", status="claimed", sources=[MLI], fatalities=37,
      why="government statement: 25 soldiers killed, six injured and 'a dozen attackers' neutralized in a 'terrorist attack' on "
          "the military base in Bamba on Monday (25 + 12); the attackers are unknown ('not immediately known who')"),
    E("territory_captured", [], [MLI], BAMBA, "2020-04-06", sources=["Bamba resident"], optional=True,
      why="a resident: the attackers 'destroyed the camp and stolen equipment': the camp overrun, not said to be held (cf. b012)"),
    E("suicide_bomb", [], [CMR], NORTH_CAMEROON, "2020-04-05", optional=True,
      why="'The attack in Mali follows another in northern Cameroon, a jihadist, on Sunday. Two suicide bombers – suspected of be' "
          "(cut off: target and toll not given; region only)"),
  ], why="date from the URL (2020/04/07); 'on Monday' = 6 April. The local official's higher toll (more than 20) and the resident's "
         "23 bodies are other counts of the same attack; reinforcements and the gunmen riding around villages since Sunday are "
         "not events; the 2012 revolt and the thousands dead are background"),

# d005: Pan-African News Wire (blog repost of Sudan Tribune), ' date 2025-08-10', dateline 'August 9, 2025 (EL-OBEID)'
# (a Saturday): 'on Thursday' = 7 Aug.
D("d005_sudan_ziyadiyah.txt", "2025-08-09", "Pan-African News Wire (Sudan Tribune)", "Sudan", events=[
    E("violence_against_civilians", [RSF], [CIV], NORTH_KORDOFAN, "2025-08-07", sources=["Emergency Lawyers"], fatalities=18,
      why="Emergency Lawyers: RSF fighters on Thursday attacked the villages of Markaz al-Ziyadiyah and Lamina al-Ziyadiyah, at "
          "least 18 civilians killed, dozens injured, property looted and dozens of youths kidnapped; the 18 are not split "
          "between the two villages, so the event sits at the enclosing level (the state) with one optional event per village"),
    E("violence_against_civilians", [RSF], [CIV], MARKAZ_ZIYADIYAH, "2025-08-07", sources=["Emergency Lawyers"], optional=True,
      why="the same attack placed at Markaz al-Ziyadiyah"),
    E("violence_against_civilians", [RSF], [CIV], LAMINA_ZIYADIYAH, "2025-08-07", sources=["Emergency Lawyers"], optional=True,
      why="the same attack placed at Lamina al-Ziyadiyah"),
    E("displacement", [RSF], [], WEST_OF_EL_OBEID, "2025-08-02", "2025-08-09", status="claimed", sources=["Mohamed Ismail"],
      why="the state's Humanitarian Aid Commissioner (an official of the government side): RSF attacks on villages west of "
          "El-Obeid 'had displaced 5,000 families in the last week alone' (families, not people: no displaced figure)"),
    E("displacement", [RSF], [], EL_OBEID, "2025-08-02", "2025-08-09", status="claimed", sources=["Mohamed Ismail"], optional=True,
      why="the same displacement placed where the families arrived (the influx sheltering in El-Obeid)"),
    E("displacement", [RSF], [], WEST_OF_EL_OBEID, "2025-06-01", "2025-08-09", "month", status="claimed",
      sources=["Mohamed Ismail"], optional=True,
      why="'the RSF had forcibly cleared residents from 42 villages in one area west of the capital' (undated; since June)"),
    E("siege", [RSF], [SAF], EL_OBEID, "2025-06-01", "2025-08-09", "month", optional=True,
      why="'tighten its siege on El-Obeid, a key city that the army controls': the siege is presupposed, its start not given "
          "(the escalation 'since June')"),
  ], control=[
    C(EL_OBEID, SAF, "2025-08-09", besieged_by=[RSF], why="'El-Obeid, a key city that the army controls'; the RSF tightens its siege"),
  ], why="dateline 'August 9, 2025 (EL-OBEID)' (the ' date 2025-08-10' line is the blog's reposting day; dateline beats it, as "
         "in b005); 'said on Saturday' = 9 Aug, 'on Thursday' = 7 Aug. The 700,000 displaced in El-Obeid is a cumulative total; "
         "the escalation of RSF attacks across North and West Kordofan since June is an aggregate; the 'file photo' caption "
         "shows forces in a place"),

# d006: KYMA (AP), ' date 2024-11-14' (a Thursday).
D("d006_haiti_solino.txt", "2024-11-14", "KYMA (AP)", "Haiti", events=[
    E("armed_clash", [VIV], [HTI], SOLINO, "2024-11-11", "2024-11-14", "week",
      why="'a running battle between gang members and police'; Viv Ansanm and police 'locked in a violent firefight in recent "
          "days' in Solino (the police are the state's side)"),
    E("displacement", [VIV], [], SOLINO, "2024-11-14",
      why="masses of residents fled; families 'left the Solino neighborhood on Thursday' (no figure)"),
  ], control=[
    C(SOLINO, HTI, "2024-11-14", contested_by=[VIV],
      why="'one of the few neighborhoods ... that hadn't already been fully taken over by the gangs': not yet taken, fought over"),
    C(PORT_AU_PRINCE, VIV, "2024-11-14", contested_by=[HTI],
      why="only a few neighbourhoods of the capital had not been 'fully taken over by the gangs' (the gang coalition is Viv "
          "Ansanm); partial, the police still fighting"),
  ], why="' date 2024-11-14' on top; 'on Thursday' = the publication day. 'A surge of violence this week' and the political "
         "turmoil are context"),

# d007: The Manila Times, ' date 2017-05-24' (a Wednesday): 'By Tuesday night' = 23 May.
D("d007_philippines_marawi.txt", "2017-05-24", "The Manila Times", "Philippines", events=[
    E("territory_captured", [MAUTE, IS], [PHL], MARAWI, "2017-05-23", "2017-05-24",
      why="'Members of the Maute group have occupied several areas in Marawi City', hoisting ISIS flags at a hospital and several "
          "establishments (a partial capture; the Maute group pledged allegiance to ISIS, so both names)"),
    E("armed_clash", [MAUTE, IS], [PHL], MARAWI, "2017-05-23", "2017-05-24",
      why="the occupation triggered clashes with government troops; civilians and soldiers, including a policeman, wounded or "
          "killed (no figure)"),
    E("armed_clash", [MAUTE, IS], [PHL], BASAK_MARAWI, "2017-05-23", status="claimed", sources=["Western Mindanao Command"],
      why="Western Mindanao Command: 'By Tuesday night ... troops clashed with about 15 gunmen in the village of Basak' after "
          "Maute members attacked security forces sent there"),
    E("route_cut", [MAUTE, IS], [PHL], MARAWI, "2017-05-23", "2017-05-24", route=R(None, MARAWI), optional=True,
      why="'used a police car with the Daesh flag to block a road' (the road is not named)"),
    E("armed_clash", [MAUTE], [PHL], MARAWI, "2017-05-23", "2017-05-24", status="claimed", sources=["Jo-ann Petinglay"],
      optional=True,
      why="army spokeswoman: sympathizers of the Maute group also attacked soldiers, triggering a gun battle (diversionary "
          "attacks; may be the same fighting)"),
  ], control=[
    C(MARAWI, MAUTE, "2017-05-24", contested_by=[PHL],
      why="the Maute group occupies several areas of the city; the mayor is holed up in City Hall and says there are no soldiers "
          "or police where the militants are (partly held: contested by the government)"),
  ], why="' date 2017-05-24' on top; 'By Tuesday night' = 23 May. Martial law in Mindanao is a declaration, not an event; the "
         "building set on fire and the power cut are part of the attack; the vow to establish a caliphate is a goal"),

# d008: Eyewitness News (AFP), ' date 2019-07-27' (a Saturday): 'the night of Thursday to Friday' = 25-26 July.
D("d008_burkina_diblou.txt", "2019-07-27", "Eyewitness News", "Sahel", events=[
    E("violence_against_civilians", [], [CIV], DIBLOU, "2019-07-25", "2019-07-26", status="claimed", sources=["Casimir Segueda"],
      fatalities=15,
      why="the governor of Centre-Nord: armed men described as jihadists raided Diblou, killing 15 people, plundering and burning "
          "shops and motorbikes and torching the market (a security source puts the toll at 14; both are state sources)"),
  ], why="' date 2019-07-27' on top; the governor 'said Saturday'; the raid was on 'the night of Thursday to Friday'. The attackers "
         "are unnamed (Ansarul Islam and JNIM are only named as the usual authors of attacks); the 500 deaths since 2015 and the "
         "three attacks on Ouagadougou are cumulative background"),

# d009: News Hour (AFP), URL /2024/02/24/ (a Saturday): state television 'announced Friday' = 23 Feb.
D("d009_niger_bassira.txt", "2024-02-24", "News Hour", "Sahel", events=[
    E("armed_clash", [], [NER], BASSIRA, "2024-02-19", "2024-02-23", "week", status="claimed",
      sources=["Niger state television", "local elected official"], fatalities=4,
      why="state television: four members of the Defence and Security Forces killed and two injured in a dawn raid on the "
          "gendarmerie outpost at Bassira, Maradi region, by gunmen on about 100 motorbikes; an hour-long gunfight, the "
          "assailants took their dead and left motorcycles behind (the raid's day is not given: the week up to Friday)"),
  ], why="date from the URL (2024/02/24); the announcement was 'Friday' (23 Feb). The 46,000 Nigerian refugees and the joint "
         "operations of the two armies are background; the governor's vow is a threat. The author bio is site junk"),

# d010: allAfrica (AIM), ' date 2019-08-28' (a Wednesday): 'on Tuesday' = 27 Aug, 'Last Friday' = 23 Aug.
D("d010_mozambique_macomia.txt", "2019-08-28", "allAfrica (AIM)", "Mozambique", events=[
    E("violence_against_civilians", [ASS], [CIV], NACOTUCO, "2019-08-27", sources=["Carta de Mocambique"], fatalities=4,
      why="four fishermen from Nacotuco beheaded on the Pangane-Macotuco road at about 13.00 on Tuesday"),
    E("violence_against_civilians", [ASS], [CIV], SIMBOLONGO, "2019-08-27", sources=["Carta de Mocambique"], fatalities=1,
      why="the fifth victim caught near Simbolongo village while cutting thatch, and beheaded"),
    E("violence_against_civilians", [ASS], [CIV], MUCOJO, "2019-08-27", sources=["Carta de Mocambique"], fatalities=5,
      optional=True,
      why="the lead: five people murdered and beheaded in the Mucojo administrative post, Macomia district (the sum of the two "
          "incidents above, which the text splits)"),
    E("violence_against_civilians", [ASS], [CIV], MACHAVA, "2019-08-23", fatalities=2,
      why="'Last Friday, the insurgents ... killed two people, resident in Machava village, in Nangade district', shot dead"),
    E("violence_against_civilians", [ASS], [CIV], NANGADE, "2019-08-23", fatalities=3,
      why="'Later on Friday, an insurgent group (possibly the same one) attacked an outlying neighbourhood of Nangade town "
          "itself, where they killed three people'"),
  ], why="' date 2019-08-28' on top; 'on Tuesday' = 27 Aug, 'Last Friday' = 23 Aug. The insurgents ('Terrorists', 'believed "
         "to be inspired by Islamic fundamentalism') are Mozambique's insurgency: Ansar al-Sunna, as in part b"),

# d011: National Courrier (Radio Tamazuj material), URL /2025/03/05/ (a Wednesday): 'on Tuesday' = 4 March.
D("d011_southsudan_nasir.txt", "2025-03-05", "National Courrier", "South Sudan", events=[
    E("territory_captured", [WHITE], [SSG], NASIR, "2025-03-04", status="claimed", sources=["Ter Chuol Gatkuoth"],
      why="the White Army announced its control over Nasir after clashes with the SSPDF on Tuesday; its leader: 'We clashed with "
          "government soldiers this morning and chased them away'"),
    E("territory_captured", [WHITE], [SSG], NASIR_BARRACKS, "2025-03-04", status="claimed", sources=["Ter Chuol Gatkuoth"],
      optional=True,
      why="'they have taken over the military barracks and seized equipment ... including heavy machine guns' (inside Nasir: the "
          "same capture seen at the site)"),
    E("armed_clash", [WHITE], [SSG], NASIR, "2025-03-04", status="claimed", sources=["Ter Chuol Gatkuoth", "James Basha"],
      fatalities=21,
      why="intense clashes, a series of confrontations on Tuesday; 'over 21 White Army fighters have died', SSPDF losses unknown; "
          "the state information minister acknowledges ongoing combat"),
    E("evacuation", [SSG], [], NASIR, "2025-03-04", status="claimed", sources=["Ter Chuol Gatkuoth"], optional=True,
      why="government troops driven from Nasir: 'They are now in the bushes' (a retreat)"),
  ], control=[
    C(NASIR, WHITE, "2025-03-05", why="the White Army has declared control over Nasir; the SSPDF has made no statement"),
  ], why="date from the URL (2025/03/05); the clashes and the announcement were 'on Tuesday' (4 March). The SSPDF spokesman's "
         "refusal to brief is not an event; the summary paragraph on top repeats the story. White Army: the Nuer armed youth, "
         "named as in the text"),

# d012: Ethiopanorama, 'July 13, 2024' on top (a Saturday): EMS 'on Saturday reported' fighting 'on Friday' = 12 July.
D("d012_ethiopia_kormash.txt", "2024-07-13", "Ethiopanorama", "Ethiopia", events=[
    E("armed_clash", [FANO], [ETH], KORMASH, "2024-07-12", sources=["Ethiopian Media Service"],
      why="EMS reported that Fano forces and government forces (Defense Force and militia) fought in Kormash town of Minjar "
          "area on Friday, about 55 km from Addis Ababa"),
    E("shelling", [ETH], [FANO, CIV], KORMASH, "2024-07-12", status="claimed", sources=["Nigatu Yitaferu"],
      why="Fano's deputy public relations head: the government joint forces 'started shelling the town indiscriminately'"),
    E("evacuation", [FANO], [], KORMASH, "2024-07-12", status="claimed", sources=["Nigatu Yitaferu"], optional=True,
      why="'We had to withdraw to avoid civilian causality'; now outside the town (a retreat)"),
    E("armed_clash", [FANO], [ETH], GONDAR, "2024-07-07", "2024-07-13", "week",
      why="'In the Gondar city area, there has been intense fighting for several days'"),
    E("advance", [FANO], [ETH], GONDAR_AIRPORT, "2024-07-07", "2024-07-13", "week", optional=True,
      why="'there was even a report that Fano forces were close to controlling the airport in the city' (a report only)"),
    E("armed_clash", [FANO], [ETH], GONDAR_AREA, "2024-07-07", "2024-07-13", "week", optional=True,
      why="'There were also reported fighting in other parts of the Gondar area' (region-wide, undated)"),
  ], why="'July 13, 2024' on top (Toronto-based site); EMS reported 'on Saturday' (13 July) the fighting 'on Friday' (12 July). "
         "Fano's attempt to capture administration heads in Shola Gebeya failed (the officials escaped): no event. The state of "
         "emergency nearly a year ago and the damage of the guerrilla strategy are background; the cancelled festival is not an "
         "event. The caption repeats the Kormash fighting"),

# d013: Xinhua, 'Source: Xinhua| 2022-08-11 01:26:30' (Beijing time); dateline 'YAOUNDE, Aug. 10' (a Wednesday).
D("d013_cameroon_bamessing.txt", "2022-08-10", "Xinhua", "Cameroon", events=[
    E("armed_clash", [AMB], [CMR], BAMESSING, "2022-08-09", status="claimed", sources=["army officials"], fatalities=2,
      why="army sources: separatist fighters ambushed and attacked soldiers in Bamessing locality, Northwest, on Tuesday, killing "
          "two on the spot and wounding another"),
    E("armed_clash", [CMR], [AMB], CM_NORTHWEST, "2022-08-01", "2022-08-09", "month", status="claimed",
      sources=["army officials"], optional=True,
      why="the same group 'had earlier suffered casualties in a repelled attack by the military in the region' (undated, no place)"),
  ], why="dateline 'YAOUNDE, Aug. 10 (Xinhua)' and 'said on Wednesday' (10 Aug); the posting time 2022-08-11 01:26 is Beijing "
         "time (as b051). Clashes 'since 2017' are background"),

# d014, d015: negatives.
D("d014_neg_park_fire.txt", "2024-07-27", "Virginia Express", "none", negative=True, events=[], control=[],
  why="negative: the Park fire near Chico, California ('forced thousands of evacuations', residents 'fled the flames', "
      "'Firefighters are battling the blaze') is a wildfire, not conflict. URL date 2024/07/27"),
D("d015_neg_premier_league.txt", "2019-12-28", "Sonja's Voice of Mind (blog)", "none", negative=True, events=[], control=[],
  why="negative: Premier League week 19 notes ('shots', 'a great fight', 'punished', 'thumping drive', 'losing streak') are "
      "football. Post date 'Saturday, 28 December 2019' on top"),
]
