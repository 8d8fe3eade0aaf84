"""Gold annotation of the wild corpus, part k (files k001..k015, split fresh/): Syria (Idlib, Mardikh), Yemen (Taiz),
Afghanistan (Kunduz city), India (Chhattisgarh Maoists, Bijapur/Gariaband), the Philippines (NPA, Northern Samar), Ukraine
(Kherson), Iraq (Islamic State against the Peshmerga near Qara Salem), Pakistan (North Waziristan, Datta Khel), Myanmar (Kayah
/Karenni, Loikaw), Lebanon (Israeli drone strike near Nabatieh), Nagorno-Karabakh (27 September 2020), Gaza (Al-Zawaida), India
(Manipur, Kangpokpi) and two negatives (UK police raids on a cocaine gang, a junior football match report). Collected
2026-12-07 from stored news pages (the `pages` search corpus, excerpts kept exactly as returned, decoded from the tool's JSON
by a script), after tuning began; annotated without running Frontline on the texts and without seeing its output.
Conventions as in part_g.py / part_i.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it; everything else (villages, neighbourhoods, checkpoints, districts,
roads, regions) has names only. Bijapur in cities500 (1275701) is the Karnataka town, not Chhattisgarh's Bijapur district, so
the district has names only. admin1 is the GeoNames admin1 name (admin1.json) where it could be looked up, else the
province/region name. Actor names not in the alias table, chosen as the common English name: `Communist Party of India
(Maoist)` (the Maoists / CPI (Maoist)), `New People's Army` and `Philippine government` (as part_g), `Indian government`
(India's security forces in an insurgency, as part_g), `Pakistan` (as part_a/part_i), `Karenni Army`, `Karenni
Nationalities Defence Force`, `Kuki militants` (the text's 'suspected Kuki militants', no group named), `Armenia`,
`Azerbaijan`, `Nagorno-Karabakh Republic`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
MARDIKH = P(["Mardikh", "Mrdikh", "Mardikh village", "Mardeekh"], None, None, "Idlib", "village", "SY")
# Yemen (YE)
TAIZ = P(["Taiz", "Ta'izz", "Ta‘izz", "city of Taiz"], 13.57952, 44.02091, "Ta‘izz", "city", "YE")
TAIZ_OLD_AIRPORT = P(["old airport neighborhood", "old airport neighbourhood", "old airport neighborhood west of Taiz", "Taiz"],
                     None, None, "Ta‘izz", "site", "YE")
TAIZ_WEST = P(["west of the city of Taiz", "west of Taiz", "western Taiz", "residential neighborhoods and military sites west of "
               "the city of Taiz", "Taiz"], None, None, "Ta‘izz", "region", "YE")
TAIZ_SUBURBS = P(["the fronts of the suburbs of Taiz", "suburbs of Taiz", "Taiz fronts", "Taiz"], None, None, "Ta‘izz", "region", "YE")
# Afghanistan (AF)
KUNDUZ = P(["Kunduz", "Kunduz city", "Kondoz"], 36.72895, 68.857, "Kunduz", "city", "AF")
SHINWARI_KUNDUZ = P(["Shinwari neighborhood", "Shinwari", "Shinwari neighborhood of Kunduz city", "Kunduz"], None, None, "Kunduz",
                    "site", "AF")
KUNDUZ_ALIABAD_HWY = P(["Kunduz-Ali Abad highway", "Kunduz-Aliabad highway", "national army's outposts along the Kunduz-Ali Abad "
                        "highway", "Ali Abad", "Kunduz"], None, None, "Kunduz", "site", "AF")
# India (IN)
BIJAPUR_DIST = P(["Bijapur district", "Bijapur", "forest in the district's south-west region", "Bijapur district of Chhattisgarh"],
                 None, None, "Chhattisgarh", "region", "IN")
GARIABAND_DIST = P(["Gariaband district", "Gariaband", "state's Gariaband district"], None, None, "Chhattisgarh", "region", "IN")
B_GAMNOM = P(["B Gamnom", "B Gamnom village", "B. Gamnom", "Gamnom", "Kangpokpi district"], None, None, "Manipur", "village", "IN")
VALLEY_VILLAGES = P(["the nearest villages located in the valley areas", "valley areas", "Imphal valley", "Imphal East"], None,
                    None, "Manipur", "region", "IN")
HINGOJANG = P(["Hingojang", "Hingojang village", "Kangpokpi district"], None, None, "Manipur", "village", "IN")
# Philippines (PH)
NORTHERN_SAMAR = P(["Northern Samar", "Northern Samar province", "Samar"], None, None, "Eastern Visayas", "region", "PH")
# Ukraine (UA)
KHERSON = P(["Kherson", "city of Kherson", "regional capital"], 46.63695, 32.61458, "Kherson", "city", "UA")
KHERSON_OBL = P(["Kherson region", "Kherson oblast", "part of the Kherson region", "Kherson"], None, None, "Kherson", "admin1", "UA")
KHERSON_AREA = P(["the regional capital and areas around it", "Kherson and areas around it", "Kherson"], 46.63695, 32.61458,
                 "Kherson", "region", "UA")
# Iraq (IQ)
QARA_SALEM = P(["Qara Salem", "Qara Salem village", "Qarah Salem", "Kara Salem", "near Qara Salem village"], None, None, None,
               "village", "IQ")
# Pakistan (PK)
LIAQUAT_CP = P(["Liaquat check post", "joint check post in the Datta Khel district", "army checkpost of North Waziristan",
                "Datta Khel", "Dattakhel", "North Waziristan"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
# Myanmar (MM)
LOIKAW = P(["Loikaw", "capital Loikaw", "Loikaw town"], 19.67798, 97.20975, "Kayah State", "city", "MM")
KAYAH = P(["Kayah state", "Kayah State", "Karenni State", "Karenni", "Kayah"], None, None, "Kayah State", "admin1", "MM")
TOWN_OPP_MHS = P(["a town across the border from Mae Hong Son", "town across the border from Mae Hong Son", "Mae Hong Son border"],
                 None, None, "Kayah State", "region", "MM")
DOI_YAMU_SOMPAI = P(["between Doi Yamu and Ban Sompai", "Doi Yamu", "Ban Sompai"], None, None, "Kayah State", "site", "MM")
# Lebanon (LB), Israel (IL)
NABATIEH = P(["Nabatieh", "Nabatiyeh", "Nabatîyé et Tahta"], 33.37889, 35.48389, "Nabatieh", "city", "LB")
ROUTE_NABATIEH = P(["the route to Nabatieh", "route to Nabatieh", "road to Nabatieh", "Nabatieh"], None, None, "Nabatieh", "site", "LB")
SOUTH_ISRAEL = P(["southern Israel", "south Israel"], None, None, None, "region", "IL")
# Azerbaijan (AZ) / Armenia (AM)
KARABAKH_FRONT = P(["the line of contact in Nagorno-Karabakh", "line of contact", "the entire front line", "front-line zone",
                    "Nagorno-Karabakh"], None, None, None, "region", "AZ")
ARM_AZ_BORDER = P(["the Armenian-Azerbaijani border", "Armenian-Azerbaijani border", "Armenia-Azerbaijan border", "Tovuz"], None,
                  None, None, "region", "AZ")
NAGORNO_KARABAKH = P(["Nagorno-Karabakh", "Karabakh", "Artsakh", "the region"], None, None, None, "region", "AZ")
# Gaza (PS)
ZAWAIDA = P(["Al-Zawaida", "Al-Zawaida neighborhood", "Az Zuwāydah", "Zawaida", "Zuwaida", "Az Zuwaydah"], 31.43954, 34.38053,
            "Gaza Strip", "town", "PS")
KHAN_YUNIS_HAMAD = P(["Hamad residential towers", "Hamad towers", "Hamad City", "Khan Yunis", "Khan Younis"], 31.34018, 34.30627,
                     "Gaza Strip", "site", "PS")
CENTRAL_GAZA = P(["central Gaza", "central Gaza Strip"], None, None, "Gaza Strip", "region", "PS")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
GOV, RUS, UKR = "Syrian government", "Russia", "Ukraine"
HOU, YEM = "Houthis", "Yemeni government"
TAL, AFG = "Taliban", "Afghan government"
IND, MAO, KUKI = "Indian government", "Communist Party of India (Maoist)", "Kuki militants"
PHL, NPA = "Philippine government", "New People's Army"
IS, PESH = "Islamic State", "Peshmerga"
PAK = "Pakistan"
JUNTA, KA, KNDF, PDF = "Myanmar military", "Karenni Army", "Karenni Nationalities Defence Force", "People's Defense Forces"
ISR, HEZ, HAMAS = "Israel", "Hezbollah", "Hamas"
AZE, ARM, NKR = "Azerbaijan", "Armenia", "Nagorno-Karabakh Republic"
SNHR = "Syrian Network for Human Rights"

DOCS = [
# k001: SNHR news site, URL /2019/12/20/; the event is dated 'on December 19, 2019' in the text.
D("k001_syria_mardikh.txt", "2019-12-20", "Syrian Network for Human Rights (news.sn4hr.org)", "Syria", events=[
    E("air_strike", [RUS], [CIV], MARDIKH, "2019-12-19", sources=[SNHR], fatalities=3,
      why="'at least three civilians (two children and a woman) were killed [when] fixed-wing warplanes we believe were Russian fired "
          "missiles on Mrdikh village in the eastern suburbs of Idlib governorate, on December 19, 2019'. Warplanes: air_strike "
          "(the missiles are fired from aircraft). SNHR is a monitor: reported ('we believe' attributes the aircraft, it does not "
          "make the report unverifiable). Mardikh/Mrdikh is not in cities500: names only"),
    E("air_strike", [GOV], [CIV], MARDIKH, "2019-12-19", sources=[SNHR], fatalities=1,
      why="'this bombing followed an aerial attack by Syrian regime forces using barrel bombs resulting in the death of a civilian' "
          "(barrel bombs dropped from the air: air_strike; on the same village, just before the Russian strike, so the same day as "
          "far as the text lets one tell)"),
  ], why="date from the URL (2019/12/20); the text dates the strikes 'December 19, 2019'. The headline repeats the lead"),

# k002: Newsyemen, 'English - Saturday 28 March 2020' under the headline; 'at dawn today, Saturday' = 28 March.
D("k002_yemen_taiz.txt", "2020-03-28", "Newsyemen", "Yemen", events=[
    E("shelling", [HOU], [CIV], TAIZ_OLD_AIRPORT, "2020-03-28", sources=["local source"], fatalities=1,
      why="'an artillery shell landed on their house, at dawn today, Saturday, in the old airport neighborhood west of Taiz': a man of "
          "25 killed, two of his family wounded; the shell was 'fired by the Houthi militia'. A local source and the outlet's "
          "voice: reported. The neighbourhood is not in cities500: names only, the city's name last"),
    E("shelling", [HOU], [CIV, YEM], TAIZ_WEST, "2020-03-27", "2020-03-28", optional=True,
      why="'The Houthi militia launched intermittent artillery shelling, on Friday night and Saturday morning, on some residential "
          "neighborhoods and military sites west of the city of Taiz' (27-28 March; it includes the deadly shell above, so the "
          "wider bombardment is optional)"),
    E("armed_clash", [YEM], [HOU], TAIZ_SUBURBS, "2020-03-01", "2020-03-28", "month", optional=True,
      why="'the continued ... limited clashes and intermittent shelling between the National Army and Houthi militias on the fronts "
          "of the suburbs of Taiz' - ongoing front-line fighting with no date of its own (the garbled 'continued cessation of' "
          "makes even the reading uncertain): optional. The National Army is the `Yemeni government`"),
  ], why="date from 'Saturday 28 March 2020' at the top (a Saturday); 'early hours of Saturday morning' and 'Friday night' resolve "
         "to 28 and 27 March. No control assertion: the text says nothing about who holds the neighbourhoods"),

# k003: Afghanistan Times, ' date 2020-07-20' (a Monday); the spokesman 'said Monday'; the attack began at 01:00.
D("k003_afghan_kunduz.txt", "2020-07-20", "Afghanistan Times", "Afghanistan", events=[
    E("armed_clash", [TAL], [AFG], SHINWARI_KUNDUZ, "2020-07-19", "2020-07-20", status="claimed",
      sources=["Esmatullah Moradi", "provincial officials"], fatalities=8,
      why="'At least five police and three soldiers were killed when Taliban militants attacked their checkpoint'; 'the incident took "
          "place in the Shinwari neighborhood of Kunduz city'; 'The attack began at 01:00 am and lasted for two hours' (5 + 3 = 8; "
          "the attackers' casualties are not counted). Provincial spokesman of the government: claimed. The night is not named: the "
          "early hours of 20 July, or the night before, so 19-20 July. The neighbourhood is not in cities500: names only, with "
          "'Kunduz' last"),
    E("evacuation", [TAL], [], SHINWARI_KUNDUZ, "2020-07-19", "2020-07-20", status="claimed", sources=["Esmatullah Moradi"],
      optional=True,
      why="'the assailants retreated when reinforcements arrived in the area' (a retreat: optional evacuation)"),
    E("armed_clash", [TAL], [AFG], KUNDUZ_ALIABAD_HWY, "2020-07-19", "2020-07-20", status="claimed", sources=["Esmatullah Moradi"],
      why="'The national army's outposts along the Kunduz-Ali Abad highway was also attacked' (same night; no figure of its own: the "
          "8 dead are given for the checkpoint)"),
  ], why="' date 2020-07-20' at the top; the spokesman spoke on Monday 20 July. The Taliban not commenting is not an event"),

# k004: Siasat (PTI), ' date 2025-09-17' (a Wednesday): 'on Wednesday' = 17 Sept.
D("k004_india_bijapur.txt", "2025-09-17", "Siasat (PTI)", "India (Maoist insurgency)", events=[
    E("armed_clash", [IND], [MAO], BIJAPUR_DIST, "2025-09-17", status="claimed", sources=["police"], fatalities=2,
      why="'Two Maoists were killed in an encounter with security personnel in Bijapur district of Chhattisgarh on Wednesday, police "
          "said'; the gun battle broke out around 3 pm in the forest of the district's south-west region during an anti-Maoist "
          "operation; exchange of fire still underway. Police: claimed. Bijapur district is not the cities500 Bijapur (Karnataka): "
          "names only"),
    E("armed_clash", [IND], [MAO], GARIABAND_DIST, "2025-09-11", status="claimed", sources=["police"], fatalities=10,
      why="background with its own date: 'On September 11, ten Maoists, including a Central Committee Member ... Modem Balakrishna, "
          "were killed in an encounter in the state's Gariaband district, police said'"),
  ], why="' date 2025-09-17' at the top. '246 Maoists have been killed ... so far this year', the 217 in Bastar division, the 27 in "
         "Gariaband and the 2 in Mohla-Manpur-Ambagarh Chowki are cumulative tallies with no date of their own: not events. The "
         "recovery of weapons is not an event"),

# k005: MENAFN (IANS/Xinhua), ' date 2024-11-05' and dateline 'Manila, Nov 5' (a Tuesday): 'on Tuesday morning' = 5 Nov.
D("k005_philippines_northern_samar.txt", "2024-11-05", "MENAFN (IANS)", "Philippines (NPA)", events=[
    E("armed_clash", [PHL], [NPA], NORTHERN_SAMAR, "2024-11-05", status="claimed", sources=["Philippine military"], fatalities=2,
      why="'Philippine [troops] killed two suspected rebels during a clash ... on Tuesday morning, the military said'; 'the clash broke "
          "out in Northern Samar province and lasted several minutes'; no soldier killed or wounded. The military: claimed. Northern "
          "Samar is a province of the Eastern Visayas region (GeoNames admin1): names only, precision region"),
    E("evacuation", [NPA], [], NORTHERN_SAMAR, "2024-11-05", status="claimed", sources=["Philippine military"], optional=True,
      why="'before the New People's (NPA) retreated, leaving behind their two dead members' (a retreat: optional)"),
  ], why="' date 2024-11-05' and 'Manila, Nov 5 (IANS)' agree. 'Fighting government troops since 1969', the NPA's strength and its "
         "'small-scale attacks in the countryside' are background without a date"),

# k006: Al Arabiya, ' date 2023-09-22' and URL /2023/09/22/ (a Friday): 'on Friday' = 22 Sept.
D("k006_ukraine_kherson.txt", "2023-09-22", "Al Arabiya", "Ukraine", events=[
    E("shelling", [RUS], [CIV], KHERSON, "2023-09-22", status="claimed", sources=["Oleksandr Prokudin"], fatalities=1,
      why="'At least one person was killed in Russian shelling of the southern Ukrainian city of Kherson on Friday, the regional "
          "governor said': a man of 25 killed, another wounded, residential districts under fire; fires in a house and a garage. "
          "The governor is a Ukrainian official: claimed"),
    E("territory_captured", [UKR], [RUS], KHERSON_OBL, "2022-11-01", "2022-11-30", "month",
      why="background with its own date: 'Kyiv drove Russian forces out of part of the Kherson region last November after several "
          "months of occupation' (November 2022; the outlet's voice: reported). Only part of the region: admin1 with the region "
          "still contested (control below)"),
    E("shelling", [RUS], [UKR, CIV], KHERSON_AREA, "2022-11-01", "2023-09-22", "month", optional=True,
      why="'Russian troops have continued shelling the regional capital and areas around it from across the Dnipro River' since "
          "November (an ongoing bombardment, an aggregate: optional)"),
  ], control=[
    C(KHERSON, UKR, "2023-09-22",
      why="the city is the regional capital Kyiv retook last November, 'close to the front line' and shelled by Russia from across "
          "the Dnipro: held by Ukraine"),
    C(KHERSON_OBL, UKR, "2023-09-22", contested_by=[RUS],
      why="Kyiv drove Russian forces out of 'part of the Kherson region'; Russian troops remain across the Dnipro: partly held"),
  ], why="' date 2023-09-22' and the URL agree; 'on Friday' = 22 Sept; 'last November' = November 2022. The earlier Russian "
         "occupation ('several months of occupation') has no date of its own and is not annotated"),

# k007: National Post (Reuters), ' date 2021-12-05' (a Sunday); 'security sources said on Sunday'.
D("k007_iraq_qara_salem.txt", "2021-12-05", "National Post (Reuters)", "Iraq", events=[
    E("armed_clash", [IS], [PESH], QARA_SALEM, "2021-12-04", "2021-12-05", status="claimed", sources=["security sources"],
      fatalities=5,
      why="'Islamic State militants killed four Peshmerga soldiers and a civilian, and wounded six other people in an attack near "
          "Qara Salem village in northern Iraq, security sources said on Sunday' (4 + 1 = 5). Security sources are of a party: "
          "claimed. The day of the attack is not given; the report of Sunday speaks of it as fresh (night attacks): 4-5 Dec. "
          "Qara Salem is not in cities500 and the text gives no province: names only, admin1 left empty"),
  ], why="' date 2021-12-05' at the top; 'on Sunday' = 5 Dec. The Peshmerga ministry's statement confirms casualties without a "
         "toll (the same event). The colonel's 'hit-and-run tactics in night attacks' is a general description, and reinforcements "
         "being 'dispatched to the area to prevent further attacks' is a deployment: not events"),

# k008: Samaa English, ' date 2023-05-24' (a Wednesday): 'on Wednesday' = 24 May.
D("k008_pakistan_datta_khel.txt", "2023-05-24", "Samaa English", "Pakistan", events=[
    E("suicide_bomb", [], [PAK, CIV], LIAQUAT_CP, "2023-05-24", status="claimed", sources=["local officials", "Rehan Gul Khattak"],
      fatalities=4,
      why="'At least four people including three security officials have been martyred in an apparent suicide blast near army "
          "checkpost of North Waziristan ... on Wednesday, local officials said'; 'the suicide bomb attack occurred at a joint check "
          "post in the Datta Khel district'; 'at the Liaquat check post': two soldiers, a police officer and a civilian killed, two "
          "injured. Confirmed by the Deputy Commissioner (government officials: claimed). The bomber is not identified: actor1 []. "
          "Datta Khel is not in cities500: names only"),
  ], why="' date 2023-05-24' at the top. The 'Read also' line (bombers destroying two schools) is a link to another story; the "
         "minister's condemnation and vow ('will meet their end very soon'), cordoning off and moving the casualties to Miranshah "
         "hospital are not events"),

# k009: The Nation (Thailand), ' date 2024-01-28' (a Sunday): the KA official spoke 'on Sunday'. No day given for the events.
D("k009_myanmar_loikaw.txt", "2024-01-28", "The Nation (Thailand)", "Myanmar", events=[
    E("shelling", [JUNTA], [KA, CIV], LOIKAW, "2024-01-01", "2024-01-28", "month", status="claimed", sources=["Karenni Army official"],
      why="'A top official from the Karenni Army alleged on Sunday that the Myanmar military has stepped up artillery fire and air "
          "raids on Kayah state and razed the capital Loikaw'; 'many residents' homes were set ablaze, and many were killed or "
          "injured' ('many': no figure). A member of a party: claimed. No day is given for the stepped-up bombardment: January up "
          "to publication, precision month"),
    E("air_strike", [JUNTA], [KA, CIV], LOIKAW, "2024-01-01", "2024-01-28", "month", status="claimed", sources=["Karenni Army official"],
      why="the air raids of the same sentence (Loikaw razed by 'artillery fire and air raids')"),
    E("shelling", [JUNTA], [KA, CIV], KAYAH, "2024-01-01", "2024-01-28", "month", status="claimed", sources=["Karenni Army official"],
      optional=True,
      why="'stepped up artillery fire ... on Kayah state' (state-wide aggregate: optional)"),
    E("air_strike", [JUNTA], [KA, CIV], KAYAH, "2024-01-01", "2024-01-28", "month", status="claimed", sources=["Karenni Army official"],
      optional=True,
      why="'stepped up ... air raids on Kayah state' (state-wide aggregate: optional)"),
    E("violence_against_civilians", [JUNTA], [CIV], LOIKAW, "2024-01-01", "2024-01-28", "month", status="claimed",
      sources=["Karenni Army official"], optional=True,
      why="'razed the capital Loikaw'; 'many residents' homes were set ablaze' - the burning of homes with no stated means (it may be "
          "fire from the bombardment or arson): optional"),
    E("armed_clash", [KA], [JUNTA], TOWN_OPP_MHS, "2024-01-01", "2024-01-28", "month", status="claimed",
      sources=["Karenni Army official"],
      why="'Karenni troops ambushed a Myanmar military battalion at a town across the border from Mae Hong Son' (an ambush: a clash; "
          "the town is not named; 'Karenni troops' read as the Karenni Army, whose official is the source)"),
    E("air_strike", [JUNTA], [KA], DOI_YAMU_SOMPAI, "2024-01-01", "2024-01-28", "month", status="claimed",
      sources=["Karenni Army official"],
      why="'Myanmar troops had also stepped up air raids against Karenni soldiers patrolling between Doi Yamu and Ban Sompai' (to cut "
          "reinforcements from Phasong; the reinforcement route is a purpose, not a route_cut)"),
  ], why="' date 2024-01-28' at the top; 'on Sunday' = 28 Jan is when the official spoke; the events have no day of their own "
         "(month range up to publication). The failed firefighting by the Karenni Army, the PDF and the KNDF is not an armed "
         "event. The source is a party (claimed), although the outlet writes 'alleged'"),

# k010: Khabarwalay, URL /2024/05/23/ (a Thursday); 'according to a source on Thursday'.
D("k010_lebanon_nabatieh.txt", "2024-05-23", "Khabarwalay", "Lebanon (Israel-Hezbollah)", events=[
    E("air_strike", [ISR], [HEZ], ROUTE_NABATIEH, "2024-05-23", sources=["National News Agency", "civil defense member", "AFP"],
      fatalities=1,
      why="'A Hezbollah fighter was reportedly killed in southern Lebanon as a result of an Israeli drone strike, according to a "
          "source on Thursday'; NNA: 'a drone targeted a vehicle on the route to Nabatieh ... resulting in the death of the "
          "driver'; three children on a nearby school bus slightly injured. Lebanon's state news agency is not a party to the "
          "Israel-Hezbollah fighting, the civil defence member and AFP neither: reported. Thursday 23 May is the only day the text "
          "gives. A road near the city: names only, with 'Nabatieh' last"),
    E("violence_against_civilians", [HAMAS], [CIV, ISR], SOUTH_ISRAEL, "2023-10-07", optional=True,
      why="background with its own date: 'the October 7 attack by the Palestinian faction in southern Israel' (October 2023 by "
          "context; mentioned in passing: optional, as part_a/part_c)"),
  ], why="date from the URL (2024/05/23), a Thursday. The AFP tallies since the start of the cross-border hostilities (429 dead in "
         "Lebanon, 14 soldiers and 11 civilians in Israel) are cumulative; fears of a full-scale war are a forecast; the 'Read More' "
         "line (Israeli detention centre) is a link"),

# k011: Pledge Times (RIA Novosti), ' date 2020-09-27'; the MoD statement dates the shelling 'On September 27, at about 06.00'.
D("k011_karabakh_line_of_contact.txt", "2020-09-27", "Pledge Times (RIA Novosti)", "Armenia/Azerbaijan (Nagorno-Karabakh)", events=[
    E("shelling", [ARM], [AZE, CIV], KARABAKH_FRONT, "2020-09-27", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      why="Azerbaijani MoD: 'On September 27, at about 06.00 ... the armed forces of Armenia ... subjected to intensive shelling of the "
          "positions of the Azerbaijani army along the entire front line and our settlements located in the front-line zone from "
          "large-caliber weapons, mortars and artillery'; 'there are civilians killed' (no number: fatalities null). A party: "
          "claimed (Armenia and Nagorno-Karabakh had not commented)"),
    E("armed_clash", [ARM], [AZE], ARM_AZ_BORDER, "2020-07-01", "2020-07-31", "month", fatalities=18,
      why="background with its own date: 'In July of this year, clashes took place on the Armenian-Azerbaijani border, about 300 "
          "kilometers from Karabakh. The death toll on both sides was 18' (outlet's voice: reported; no initiator given, actor "
          "order arbitrary). The border section is not named in the text (Tovuz as an alternative name)"),
    E("armed_clash", [AZE], [NKR, ARM], NAGORNO_KARABAKH, "1991-01-01", "1994-12-31", "year", optional=True,
      why="history: in 1991 Nagorno-Karabakh declared independence, 'Baku tried to return the region by force, a war broke out' (the "
          "1991-1994 war, dated only by years: optional)"),
    E("agreement", [AZE, ARM, NKR], [], NAGORNO_KARABAKH, "1994-01-01", "1994-12-31", "year", optional=True,
      why="history: 'In 1994, Azerbaijan, Armenia and the unrecognized Nagorno-Karabakh Republic, with the mediation of Russia, signed "
          "a truce protocol' (dated by year only: optional)"),
  ], why="' date 2020-09-27' at the top and 'On September 27' in the quoted statement. Mnatsakanyan's claim of Turkish and "
         "Azerbaijani 'military preparations' is a statement about mobilisation, not an event; 'military operations are resumed "
         "periodically' is general"),

# k012: The Citizen (South Africa, AFP), ' date 2024-08-17' (a Saturday): 'early Saturday morning' = 17 Aug.
D("k012_gaza_zawaida.txt", "2024-08-17", "The Citizen (AFP)", "Gaza", events=[
    E("air_strike", [ISR], [CIV], ZAWAIDA, "2024-08-17", sources=["Gaza civil defense agency", "Mahmud Bassal", "Ahmed Abu al-Ghoul",
                                                               "Israeli military"], fatalities=15,
      why="'an Israeli air strike early Saturday morning killed 15 members of a Palestinian family, including nine children and three "
          "women'; 'The strike targeted the home of the Ajlah family in the Al-Zawaida neighborhood of central Gaza'. The civil "
          "defence (Hamas-run: a party) gives the toll, but a witness describes the strike ('shortly after midnight, with three "
          "rockets hitting the house'), the Israeli military acknowledges striking there and AFPTV filmed the rubble; the headline "
          "is in the outlet's voice: reported. Az Zuwāydah is in cities500"),
    E("air_strike", [ISR], [], KHAN_YUNIS_HAMAD, "2024-08-01", "2024-08-17", "month", optional=True,
      why="photo caption: 'Smoke billowing over the Hamad residential towers in Khan Yunis in the south following Israeli "
          "bombardment' - a bombardment with no date and no stated means (air reading; the caption may belong to another day): "
          "optional"),
    E("shelling", [ISR], [], KHAN_YUNIS_HAMAD, "2024-08-01", "2024-08-17", "month", optional=True,
      why="the artillery reading of the caption's undated 'Israeli bombardment' of the Hamad towers: optional"),
    E("shelling", [HAMAS], [ISR], CENTRAL_GAZA, "2024-08-01", "2024-08-17", "month", status="claimed", sources=["Israeli military"],
      optional=True,
      why="the Israeli military: it targeted 'terrorist infrastructure' in central Gaza 'from which rockets were being launched towards "
          "Israel' (an implied, undated rocket fire by unnamed Palestinian groups: optional)"),
    E("violence_against_civilians", [HAMAS], [CIV, ISR], SOUTH_ISRAEL, "2023-10-07", optional=True, fatalities=1198,
      why="background with its own date: 'Hamas attacked Israel on October 7', 1,198 dead and 251 hostages (optional, as in part_a)"),
  ], why="' date 2024-08-17' at the top; 'early Saturday morning' = 17 Aug. '40 0000+ dead' and the war-wide counts of hostages "
         "are cumulative; the military saying the incident is 'under review' is not an event"),

# k013: Zee News (ANI), ' date 2021-10-13' (a Wednesday): 'on Tuesday' = 12 Oct.
D("k013_india_manipur_gamnom.txt", "2021-10-13", "Zee News (ANI)", "India (Manipur)", events=[
    E("violence_against_civilians", [KUKI], [CIV], B_GAMNOM, "2021-10-12", status="claimed", sources=["Lunseih Kipgen"], fatalities=5,
      why="'As many as five people have been killed by militants in Manipur's B Gamnom village in Kangpokpi district after they opened "
          "fire at a crowd on Tuesday, said Inspector General of Police'; 'Suspected Kuki militants ... opening fire at a crowd "
          "gathered at the village ... for the cremation of two militants'. Gunfire at a crowd of villagers: violence against "
          "civilians. The IGP (police, the state side): claimed. The village is not in cities500: names only"),
    E("displacement", [KUKI], [CIV], B_GAMNOM, "2021-10-12", status="claimed", sources=["Lunseih Kipgen"],
      why="'After the firing, all the villagers fled from B Gamnom village to the nearest villages located in the valley areas' "
          "(displacement at the origin; no number)"),
    E("displacement", [KUKI], [CIV], VALLEY_VILLAGES, "2021-10-12", status="claimed", sources=["Lunseih Kipgen"], optional=True,
      why="the place the villagers reached: 'the nearest villages located in the valley areas' (optional second event, GUIDE)"),
    E("armed_clash", [IND], [], HINGOJANG, "2021-10-10", sources=["Assam Rifles", "Indian Army"], fatalities=4,
      why="background with its own date: security forces launched a joint operation in Kangpokpi district on October 9; 'firefighting "
          "started on October 10. In the operation, four insurgents were neutralised in Manipur's Hingojang village' (the outlet's "
          "voice: reported; the insurgents are not named: actor2 [])"),
  ], why="' date 2021-10-13' at the top; 'on Tuesday' = 12 Oct. The two militants 'neutralised by security forces' whose cremation "
         "drew the crowd have no date or place of their own (not annotated beyond the Hingojang clash). The police operation at B "
         "Gamnom afterwards and the cordon are not events; the Oct 9 launch of the operation is part of the Hingojang clash"),

# k014: Washington Newsday, ' date 2021-09-16'; 'arrested on Thursday, September 16'.
D("k014_neg_uk_drug_raids.txt", "2021-09-16", "Washington Newsday", "none", negative=True, events=[], control=[],
  why="negative: police raids in north-west England on a cocaine-importing gang, eight men arrested ('organized crime gang', "
      "'firearms conspiracy', 'drug traffickers'); no armed clash and no armed conflict. ' date 2021-09-16' at the top, and "
      "'Thursday, September 16' in the text"),

# k015: Super Cup NI, 'Jul 27, 2015 | Junior Section' under the headline.
D("k015_neg_football_strikers.txt", "2015-07-27", "Super Cup NI", "none", negative=True, events=[], control=[],
  why="negative: a youth football match report (Strikers 1-0 Colina at half time): 'counter attack', 'attacking play', 'rifled in', "
      "'defensive wall', 'Strikers' are sport. Date 'Jul 27, 2015' under the headline"),
]
