"""Gold annotation of the wild corpus, part s (files s001..s015, split fresh/): Mali (jihadists overrun the Bintagoungou camp,
Timbuktu region, 17 June 2017; the Kidal assault on UN peacekeepers), Burkina Faso (attack on the Koutougou detachment, Soum,
19 August 2019; Nassoumbou 2016; a village raid in the north), Nigeria (Boko Haram raid on Gubio, Borno, 23 May 2015), Cameroon
(the Ntumbo killings, North-West, 14 February 2020), DR Congo (army and MONUSCO against the ADF near Beni, 3-4 November 2014),
Somalia (Gorgor commandos and local forces against al-Shabaab at Dacaroow, Hiiraan, September 2022), Kenya (al-Shabaab roadside
bombs in Garissa county and near Liboi, 24-25 May 2017; arrests), Mozambique (insurgent attack on Mbau, Mocimboa da Praia,
May 2024), Myanmar (clash and helicopter strike at Ta Kan Thar, Shwebo, 17 July 2023), Pakistan (IED near Razmak, rocket attack
in Shawal valley, IBO at Ghariom, North Waziristan, 2020), India/Kashmir (gunfights near the LoC and Tangmarg, killings in
Srinagar, May 2016), the Philippines (Abu Sayyaf clash at Buhanginan, Patikul, Sulu, 7 May 2018; the 29 April abductions),
Colombia (FARC dissident ambush in Meta; arrests in Santander de Quilichao, April 2022) and two negatives (the Hathras
stampede, India, July 2024; WFP ration cuts in Kenya's Dadaab and Kakuma camps, June 2015). Collected 2026-12-08 from stored
news pages (the `pages` search corpus, excerpts kept exactly as returned, decoded from the tool's JSON by a script, raw/ +
write.py), after tuning began; annotated without running Frontline on the texts and without seeing its output. All 15 texts
pass heldout_guard.py (0 overlaps).
Conventions as in part_k.py / part_m.py / part_q.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it: Kidal, Gubio, Maiduguri, Beni, Santander de Quilichao, Srinagar,
Shwebo (not used as an event place), Mocimboa (GeoNames 'Mocímboa', the district town). Everything else has names only; places
one might expect that are NOT in cities500: Bintagoungou, Koutougou, Nassoumbou, Ntumbo, Dacaroow, Afar-Irdood, Liboi, Malelei,
Kulan, Mbau, Nova Familia, Ta Kan Thar, Razmak, Manra Mendara, Shawal, Ghariom, Shaktu, Tangmarg, Toot Maar Gali, Buhanginan
(a barangay of Patikul: names only with 'Patikul' last, although Patikul itself is in cities500). admin1 is the GeoNames
admin1 name (admin1.json). Actor names: canonical names from the alias table (`Malian government`, `JNIM`, `Burkinabe
government`, `Nigerian government`, `Boko Haram`, `Congolese government`, `al-Shabaab`, `Somali government`, `Rwanda`,
`Mozambican government`, `Ansar al-Sunna` (GUIDE: Mozambique's insurgents), `Myanmar military`, `People's Defense Forces`), as
earlier parts for those not in the table (`Cameroonian government`, `Ambazonian separatists`, `Civilian Joint Task Force`,
`Allied Democratic Forces`, `MONUSCO`, `Kenyan government`, `Pakistan`, `Indian government`, `Philippine government`, `Abu
Sayyaf`, `Colombian government`, `FARC dissidents`, `FARC`, `France`), and new ones under their common English names:
`MINUSMA` (the UN force in Mali), `Tuareg-led rebels` (the 2015 signatories), `Jaish-e-Mohammed`. Unnamed attackers
('jihadists' with no group named for that attack, 'armed men', 'terrorists', 'militants', 'gunmen') are []."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Mali (ML)
BINTAGOUNGOU = P(["Bintagoungou", "military camp at Bintagoungou", "camp at Bintagoungou", "Bintagoungou camp", "Bintagungu",
                  "Timbuktu"], None, None, "Tombouctou", "site", "ML")
KIDAL_BASE = P(["Kidal", "near their base in Kidal", "UN base in Kidal", "MINUSMA base in Kidal"], 18.44111, 1.40778, "Kidal",
               "site", "ML")
NORTHERN_MALI = P(["northern Mali", "Mali's north", "the north", "a region which fell to jihadist groups", "north of Mali"], None,
                  None, None, "region", "ML")
MALI = P(["Mali"], None, None, None, "country", "ML")
# Burkina Faso (BF)
KOUTOUGOU = P(["Koutougou", "military detachment of the Koutougou department", "Koutougou department", "Koutougou detachment",
               "Soum province", "Soum"], None, None, "Sahel", "site", "BF")
NASSOUMBOU = P(["Nassoumbou", "military post close to the Mali border", "Nassoumbou, Soum province", "Soum"], None, None, "Sahel",
               "site", "BF")
BF_NORTH_VILLAGE = P(["a village in the restive north", "northern Burkina Faso", "the restive north", "north of Burkina Faso"], None,
                     None, None, "region", "BF")
# Nigeria (NG)
GUBIO = P(["Gubio", "town of Gubio", "Gubio town"], 12.49749, 12.78089, "Borno State", "town", "NG")
MAIDUGURI = P(["Maiduguri", "state capital, Maiduguri"], 11.84692, 13.15712, "Borno State", "city", "NG")
NE_NIGERIA = P(["northeast Nigeria", "north-east Nigeria", "northeastern Nigeria", "Borno state", "Borno"], None, None, None,
               "region", "NG")
# Cameroon (CM)
NTUMBO = P(["Ntumbo", "Ngarbuh", "village of Ntumbo", "Ntumbo village", "Ngarbuh, Ntumbo"], None, None, "North-West", "village",
           "CM")
WAZA = P(["Waza region", "Waza", "near the border with Nigeria"], None, None, "Far North", "region", "CM")
# DR Congo (CD)
BENI = P(["Beni", "town of Beni", "outskirts of the town of Beni", "Beni, North Kivu"], 0.49113, 29.47306, "North Kivu", "town",
         "CD")
BENI_REGION = P(["the country's volatile east", "Beni territory", "around Beni", "eastern DR Congo", "North Kivu"], None, None,
                "North Kivu", "region", "CD")
# Somalia (SO)
DACAROOW = P(["Dacaroow", "Burta Da'arow", "Da'arow", "mountainous areas of Hiiraan region", "mountainous areas of Hiran region",
              "Hiiraan"], None, None, "Hiiraan", "site", "SO")
AFAR_IRDOOD = P(["Afar-Irdood", "Afar Irdood", "between Balawdweyn and Mahaas", "Beledweyne"], None, None, "Hiiraan", "village",
                "SO")
BELEDWEYNE_D = P(["Balawdweyn", "Balawdweyn district", "Beledweyne district", "Beledweyne", "Belet Weyne"], None, None, "Hiiraan",
                 "region", "SO")
MATABAAN_D = P(["Matabaan", "Matabaan district", "Mataban", "Mataban district"], None, None, "Hiiraan", "region", "SO")
MAHAAS_D = P(["Mahaas", "Mahaas district", "Mahas", "Mahas district"], None, None, "Hiiraan", "region", "SO")
JALALAQSI_D = P(["Jalalaqsi", "Jalalaqsi district"], None, None, "Hiiraan", "region", "SO")
BUULABURTE_D = P(["Buulaburte", "Buulaburte district", "Bulo Burti", "Buuloburde", "Buulobarde"], None, None, "Hiiraan", "region",
                 "SO")
# Kenya (KE)
MALELEI_KULAN = P(["between Malelei and Kulan", "Malelei", "Kulan", "Garissa county", "Garissa County"], None, None, "Garissa County",
                  "region", "KE")
LIBOI = P(["Liboi", "Liboi border post", "near the Liboi border post", "Liboi border"], None, None, "Garissa County", "town", "KE")
NE_KENYA = P(["Garissa, Wajir and Mandera counties", "north-eastern Kenya", "North Eastern", "northeastern Kenya",
              "restive northeastern region"], None, None, None, "region", "KE")
GARISSA_CO = P(["Garissa", "Garissa county", "Garissa County"], None, None, "Garissa County", "admin1", "KE")
WAJIR_CO = P(["Wajir", "Wajir county", "Wajir County"], None, None, "Wajir County", "admin1", "KE")
MANDERA_CO = P(["Mandera", "Mandera county", "Mandera County"], None, None, "Mandera County", "admin1", "KE")
# Mozambique (MZ)
MBAU = P(["Mbau", "village of Mbau", "Mbau, Mocimboa da Praia district", "Mocímboa da Praia district"], None, None,
         "Cabo Delgado Province", "village", "MZ")
NOVA_FAMILIA = P(["Nova Família", "Nova Familia", "village called Nova Família",
                  "between the districts of Mocímboa da Praia and Nangade"], None, None, "Cabo Delgado Province", "village", "MZ")
# Myanmar (MM)
TA_KAN_THAR = P(["Ta Kan Thar", "Ta Kan Thar Village", "Takanthar", "near Ta Kan Thar", "Shwebo Township"], None, None,
                "Sagaing Region", "village", "MM")
SHWEBO_FIVE = P(["five villages in the area", "Shwebo Township", "villages near Ta Kan Thar", "Shwebo"], None, None, "Sagaing Region",
                "region", "MM")
SAGAING = P(["Sagaing", "Sagaing Region", "resistance stronghold Sagaing"], None, None, "Sagaing Region", "admin1", "MM")
# Pakistan (PK)
RAZMAK = P(["near Razmak", "Razmak", "Razmak area", "Razmak area of North Waziristan", "North Waziristan"], None, None,
           "Khyber Pakhtunkhwa", "region", "PK")
MANRA_MENDARA = P(["Manra Mendara", "Manra Mendara area", "security post in Shawal valley", "Shawal valley", "Shawal",
                   "North Waziristan"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
GHARIOM = P(["Ghariom", "Ghariom, Shaktu", "Shaktu", "near the inter-district boundary of North and South Waziristan",
             "North Waziristan"], None, None, "Khyber Pakhtunkhwa", "region", "PK")
# India / Kashmir (IN)
LOC_VILLAGE = P(["a north Kashmir village near the Line of Control", "Toot Maar Gali", "Toot Maar Gha", "Tootmar Gali",
                 "near the Line of Control", "north Kashmir"], None, None, "Jammu and Kashmir", "region", "IN")
TANGMARG = P(["Tangmarg", "near Tangmarg", "Tanmarg"], None, None, "Jammu and Kashmir", "town", "IN")
SRINAGAR = P(["Srinagar", "heart of the city", "Srinagar city"], 34.08565, 74.80555, "Jammu and Kashmir", "city", "IN")
# Philippines (PH)
BUHANGINAN = P(["Sitio Sangay, Brgy Buhanginan, Patikul", "Sitio Sangay", "Buhanginan", "Barangay Buhanginan", "Patikul, Sulu",
                "Patikul"], None, None, "Autonomous Region in Muslim Mindanao", "site", "PH")
PATIKUL = P(["Patikul", "Patikul, Sulu"], 6.08917, 121.10528, "Autonomous Region in Muslim Mindanao", "town", "PH")
# Colombia (CO)
META = P(["Meta", "department of Meta", "rural area of the department of Meta", "Meta Department"], None, None, "Meta Department",
         "admin1", "CO")
SANTANDER_Q = P(["Santander de Quilichao", "Santander de Quilichao, department of Cauca"], 3.00945, -76.48494, "Cauca Department",
                "town", "CO")
COLOMBIA = P(["Colombia"], None, None, None, "country", "CO")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
MLI, JNIM, MINUSMA = "Malian government", "JNIM", "MINUSMA"
BFA = "Burkinabe government"
NGA, BH, CJTF = "Nigerian government", "Boko Haram", "Civilian Joint Task Force"
CMR, AMBA = "Cameroonian government", "Ambazonian separatists"
COD, ADF, MONUSCO = "Congolese government", "Allied Democratic Forces", "MONUSCO"
SHAB, SOM = "al-Shabaab", "Somali government"
KEN = "Kenyan government"
ASS, MOZ, RWA = "Ansar al-Sunna", "Mozambican government", "Rwanda"
JUNTA, PDF = "Myanmar military", "People's Defense Forces"
PAK = "Pakistan"
IND, JEM = "Indian government", "Jaish-e-Mohammed"
PHL, ASG = "Philippine government", "Abu Sayyaf"
COL, FARCD = "Colombian government", "FARC dissidents"

DOCS = [
# s001: Zee News (AFP), top line ' date 2017-06-17' (a Saturday); 'Saturday' in the lead = the same day.
D("s001_mali_bintagoungou.txt", "2017-06-17", "Zee News (AFP)", "Mali", events=[
    E("armed_clash", [], [MLI], BINTAGOUNGOU, "2017-06-17", status="reported", sources=["local official", "resident", "AFP"],
      fatalities=2,
      why="'Two soldiers were killed and others abducted Saturday after jihadists attacked a military base in northern Mali, a "
          "local official and a resident told AFP'; 'Around five o`clock, the jihadists attacked the military camp at "
          "Bintagoungou'. Saturday = the publication day, 17 June 2017. An attack on an army camp with no stated means: "
          "armed_clash. 'jihadists' with no group named for this attack (JNIM is named for the Kidal attack only): actor1 []. "
          "A resident is among the sources and the lead is in the outlet's voice: reported (a local official alone would make "
          "it claimed, as in q001). The abducted soldiers are part of the raid. Bintagoungou is not in cities500: names only, "
          "precision site (a camp)"),
    E("territory_captured", [], [MLI], BINTAGOUNGOU, "2017-06-17", status="reported", sources=["resident", "local official"],
      optional=True,
      why="'there are no Malian soldiers to be seen -- the camp has been laid waste. The jihadists left with military hostages'; "
          "'All the camp`s military material was ransacked': the camp was overrun and abandoned by both sides; whether that is a "
          "capture is a judgement call, so optional. No control assertion: the jihadists left"),
    E("armed_clash", [JNIM], [MINUSMA], KIDAL_BASE, "2017-06-01", "2017-06-16", precision="month", status="reported",
      sources=["AFP"], fatalities=4,
      why="'four people having died in an assault on UN peacekeepers near their base in Kidal earlier this month'; 'The Group to "
          "Support Islam and Muslims, also known as Jamaat Nusrat al-Islam wal-Muslimeen ... claimed that attack'. Dated "
          "background ('earlier this month' = 1-16 June 2017, month precision) with a toll and a place: required. In the "
          "outlet's voice: reported. Kidal is in cities500 (a base in a town: the town's coordinates, precision site)"),
    E("territory_captured", [], [MLI], NORTHERN_MALI, "2012-03-01", "2012-03-31", precision="month", status="reported",
      optional=True,
      why="'a region which fell to jihadist groups linked to Al-Qaeda in March 2012': region-wide background with a month date; "
          "optional (as q002/o001 did for the same history)"),
    E("territory_captured", ["France"], [], NORTHERN_MALI, "2013-01-01", "2013-12-31", precision="year", status="reported",
      optional=True,
      why="'a French-led military intervention the following year drove the groups out of key towns': 2013, no town named; "
          "optional"),
    E("agreement", [MLI, "Tuareg-led rebels"], [], MALI, "2015-01-01", "2015-12-31", precision="year", status="reported",
      optional=True,
      why="'a 2015 peace deal between the government and Tuareg-led rebels': a dated background agreement, year only, no "
          "place; optional"),
  ], why="date from the top ' date 2017-06-17' line (the dateline 'Bamako' has no date); AFP report of the jihadist raid on "
         "the Bintagoungou army camp, 80 km from Timbuktu. JNIM's founding 'in March' and its many claimed attacks, and "
         "MINUSMA's start in 2013, are not events. No control assertion: the 2012 fall of the north is superseded in the text"),

# s002: Concise News (AFP), top line ' date 2019-08-20' (a Tuesday); URL 2019/08/20 agrees. 'on Monday' = 19 August.
D("s002_burkina_koutougou.txt", "2019-08-20", "Concise News (AFP)", "Burkina Faso", events=[
    E("armed_clash", [], [BFA], KOUTOUGOU, "2019-08-19", status="claimed", sources=["Burkinabe army general staff"],
      why="'More than a dozen soldiers died on Monday during as terrorist armed groups attacked northern Burkina Faso, army "
          "said'; 'In the early morning, the military detachment of the Koutougou department in Soum province was the target "
          "of an attack,' said a statement from the general staff. Monday before Tuesday 20 August = 19 August 2019. Attack on "
          "a detachment, no means: armed_clash. Attackers unnamed ('terrorist armed groups'): []. The army's statement: "
          "claimed. 'More than a dozen' (maybe 20) is vague: fatalities null. Koutougou is not in cities500: names only"),
    E("armed_clash", [], [BFA], NASSOUMBOU, "2016-12-01", "2016-12-31", precision="month", status="reported", fatalities=12,
      why="'The heaviest Islamist attack against Burkina's army to date left 12 soldiers dead at Nassoumbou, also in Soum "
          "province, in December 2016. More than 40 jihadists aboard pickup trucks and on motorcycles laid assault to a "
          "military post close to the Mali border.' Dated background (month) with a toll and a place: required. Outlet's "
          "voice: reported. Nassoumbou is not in cities500"),
    E("violence_against_civilians", [], [CIV], BF_NORTH_VILLAGE, "2019-08-15", "2019-08-16", status="claimed",
      sources=["regional governor"], fatalities=15,
      why="'Overnight Thursday to Friday armed men described as jihadists raided a village in the restive north, killing 15 "
          "people, plundering and burning shops, a regional governor said': Thursday-Friday before Tuesday 20 August = 15-16 "
          "August 2019. A raid on a village: violence_against_civilians. A governor (the government side): claimed. The "
          "village is unnamed: the region, names only"),
  ], why="date from the top ' date 2019-08-20' line and the URL; AFP-based report of the army statement on the Koutougou "
         "attack. The '500 deaths since 2015' toll and 'Ouagadougou has been attacked three times' (no dates) are not events"),

# s003: Business Standard (PTI/AFP), no date line; URL .../115052500089 = 25 May 2015 (a Monday). 'on Saturday night' = 23 May.
D("s003_nigeria_gubio.txt", "2015-05-25", "Business Standard (PTI)", "Nigeria", events=[
    E("violence_against_civilians", [BH], [CIV], GUBIO, "2015-05-23", "2015-05-24", status="reported",
      sources=["Babor Kachalla", "Adam Kakami", "residents", "AFP"],
      why="'Boko Haram fighters killed several people and destroyed dozens of homes in a raid on a town in northeast Nigeria's "
          "Borno state'; 'stormed the town of Gubio ... on Saturday night'; 'killed many of our people and burnt more than half "
          "of the town'. Saturday night before Monday 25 May = 23 May 2015, the shooting going on to 3 am (24 May). Killing "
          "residents and burning homes: violence_against_civilians. Residents and the outlet's voice: reported. 'several' / "
          "'many': fatalities null. Gubio is in cities500"),
    E("armed_clash", [BH], [NGA], GUBIO, "2015-05-23", "2015-05-24", status="reported", sources=["Babor Kachalla", "military officer"],
      why="'the gunmen overpowered the soldiers guarding the town'; 'reinforcements succeeded in pushing the Islamists out of the "
          "town' (a military officer), 'The terrorists suffered heavy casualties'. Fighting with the troops in the town, the "
          "same night: armed_clash. The resident and the outlet's lead ('the military said'): reported"),
    E("shelling", [BH], [CIV], GUBIO, "2015-05-23", "2015-05-24", status="claimed", sources=["military officer"], optional=True,
      why="'half of it was burnt with rockets fired by the terrorists' (military officer); 'volleys of bullets and rockets' "
          "(resident): rockets are shelling by means, but they are part of the same raid; optional"),
    E("territory_captured", [BH], [NGA], GUBIO, "2015-05-23", "2015-05-24", status="reported", optional=True,
      why="'overpowered the soldiers guarding the town', the attackers 'withdrew after six hours': a brief overrun of the town; "
          "optional"),
    E("territory_captured", [NGA], [BH], GUBIO, "2015-05-24", status="claimed", sources=["military officer"], optional=True,
      why="'reinforcements succeeded in pushing the Islamists out of the town' (a military officer, the government side: "
          "claimed); a retaking of a town briefly overrun, or just the end of the raid (residents say they 'withdrew'): optional"),
    E("displacement", [BH], [CIV], GUBIO, "2015-05-23", "2015-05-24", status="reported", sources=["Babor Kachalla", "Adam Kakami"],
      why="'We all fled into the bush'; 'We decided not to return and moved towards Maiduguri'; the resident 'fled to Maiduguri "
          "following the attack'. Displacement at the origin, no number"),
    E("displacement", [BH], [CIV], MAIDUGURI, "2015-05-24", "2015-05-25", status="reported", sources=["Babor Kachalla", "Adam Kakami"],
      optional=True,
      why="the place the displaced reached ('fled to Maiduguri', 'moved towards Maiduguri'): optional per the GUIDE"),
    E("armed_clash", [BH], [NGA, CJTF], GUBIO, "2014-11-01", "2014-11-30", precision="month", status="reported",
      why="'Last November the rebels invaded Gubio but were repelled by troops and vigilantes guarding the town': dated "
          "background (November 2014, month) at a named place: required. The vigilantes are Borno's Civilian Joint Task Force "
          "(as q004)"),
    E("territory_captured", [NGA, "Niger", "Chad", "Cameroon"], [BH], NE_NIGERIA, "2015-02-01", "2015-05-25", precision="month",
      status="reported", optional=True,
      why="'Boko Haram ... has been pushed out of captured towns and territory since February by Nigerian troops with assistance "
          "from Niger, Chad and Cameroon': a region-wide aggregate with no town named; optional"),
  ], control=[
    C(GUBIO, NGA, "2015-05-25",
      why="'reinforcements succeeded in pushing the Islamists out of the town' and the attackers 'withdrew after six hours': "
          "government-held again as of publication (the military officer's account)"),
  ], why="date from the URL (…/115052500089 = 2015-05-25); the excerpt has no date line ('yesterday' = Sunday 24 May, when the "
         "resident spoke to AFP). PTI copy of the AFP story on the Boko Haram raid on Gubio. The 'six-year conflict' toll "
         "(15,000 dead, 1.5 million displaced) is cumulative, not an event. The excerpt is cut off ('peop')"),

# s004: News Central (Reuters), no date line; URL /2020/02/17/ (a Monday); 'the United Nations said on Monday' = 17 Feb.
D("s004_cameroon_ntumbo.txt", "2020-02-17", "News Central (Reuters)", "Cameroon", events=[
    E("violence_against_civilians", [], [CIV], NTUMBO, "2020-02-14", status="reported", sources=["United Nations", "OCHA",
      "James Nunan"], fatalities=22,
      why="'Armed men in military uniforms and masks have killed 22 people in a village at the heart of a separatist insurgency "
          "in western Cameroon, shooting women and children and burning others in their homes, the United Nations said on "
          "Monday'; 'Friday's attack in Ntumbo in the northwest region'. Friday before Monday 17 February = 14 February 2020. "
          "'It was not yet clear who was responsible': actor1 []. The UN: reported. Ntumbo is not in cities500: names only"),
    E("violence_against_civilians", [CMR], [CIV], NTUMBO, "2020-02-14", status="claimed", sources=["Ambazonian separatists"],
      fatalities=22, optional=True,
      why="'In a statement, separatists blamed the army. In its own the statement, the army denied wrongdoing': the separatists' "
          "version (a party: claimed) of the same killings; the second reading of a contested event is optional per the GUIDE"),
    E("displacement", [], [CIV], NTUMBO, "2020-02-14", "2020-02-17", status="reported", sources=["James Nunan", "OCHA"],
      displaced=600,
      why="'At least 600 people fled, he said' (OCHA's James Nunan); 'People just left their houses and left everything "
          "behind'. Displacement at the origin with its number: reported"),
    E("armed_clash", [CMR], [BH], WAZA, "2014-02-01", "2014-02-17", precision="month", status="claimed",
      sources=["Cameroonian army", "defence ministry spokesman"], fatalities=91, optional=True,
      why="photo caption: 'Cameroon's army announced on February 17, 2014 having killed 86 Boko Haram militants ... Five "
          "Cameroonian soldiers were also killed during the clashes in the Waza region near the border with Nigeria' (86 + 5 = "
          "91). A dated event, but only in a file-photo caption unrelated to the story; optional. Army: claimed"),
    E("arrest", [CMR], [], WAZA, "2014-02-01", "2014-02-17", precision="month", status="claimed", sources=["Cameroonian army"],
      optional=True,
      why="same caption: 'detained 1,000 people suspected of links to the Islamist group' (no place of its own; placed with the "
          "Waza clashes); optional"),
  ], why="date from the URL (2020/02/17) and 'the United Nations said on Monday'; the excerpt has no date line. Reuters story "
         "on the Ntumbo (Ngarbuh) killings in North-West Cameroon. The other captions (a patrol near Mabass; refugees in "
         "Nigeria, cut off) only show people in a place; the 'Also Read' line is a link"),

# s005: Modern Ghana (AFP), 'NOV 4, 2014' under the headline (a Tuesday). 'on Tuesday' = 4 Nov, 'on Monday' = 3 Nov.
D("s005_drc_beni.txt", "2014-11-04", "Modern Ghana (AFP)", "DR Congo", events=[
    E("armed_clash", [COD, MONUSCO], [ADF], BENI, "2014-11-03", "2014-11-04", status="reported",
      sources=["civil society source", "UN sources", "AFP"], fatalities=3,
      why="'The Congolese army on Tuesday clashed for a second day with suspected Ugandan rebels blamed for recent massacres'; "
          "'The battles broke out on Monday when troops attacked rebels who were thought to be organising another possible "
          "attack on the town of Beni'; 'the clashes have killed one army officer and two rebels' (1 + 2 = 3); 'UN's MONUSCO "
          "troops were participating in the fighting'. Monday-Tuesday = 3-4 November 2014. Civil society and UN sources: "
          "reported. The text does not name the spot beyond the town of Beni (in cities500)"),
    E("violence_against_civilians", [ADF], [CIV], BENI_REGION, "2014-10-01", "2014-11-04", precision="month", status="reported",
      optional=True,
      why="'Dozens of people have been killed in recent weeks in attacks blamed on the rebels of the Allied Democratic Forces' "
          "(the caption dates the Beni scene 20 October 2014): an aggregate of massacres with a vague date, no single place; "
          "optional"),
    E("armed_clash", [COD, MONUSCO], [ADF], BENI_REGION, "2014-01-01", "2014-01-31", precision="month", status="reported",
      optional=True,
      why="'In January, the Congolese army and soldiers of the UN's MONUSCO forces began an offensive against the ADF-NALU': "
          "a dated background offensive (January 2014) with no place named; optional"),
  ], why="date from 'NOV 4, 2014' under the headline (the dateline 'Kinshasa (AFP)' has no date); AFP report of army/MONUSCO "
         "clashes with the ADF near Beni. The ADF's expulsion from Uganda in 1995 is old history, and General Bahuma's death "
         "in August is not described as an attack; the photo captions only show people in Beni. 'body-container' lines are "
         "page junk"),

# s006: Somali Dispatch, 'Mogadishu Friday, September, 9, 2022 (SD)' in the dateline.
D("s006_somalia_dacaroow.txt", "2022-09-09", "Somali Dispatch", "Somalia", events=[
    E("armed_clash", [SOM], [SHAB], DACAROOW, "2022-09-05", "2022-09-09", precision="week", status="claimed",
      sources=["Somali army officer", "national media"], fatalities=6,
      why="'Somalia National forces, especially Gorgor Battalion, with the local community enforcement forces, carried out "
          "planned operations in the mountainous areas of Hiran region'; 'carried out their operations in Dacaroow ... the joint "
          "forces engaged in heavy fighting with Al-Shabaab there'; 'An officer ... said, 6 Al-Shabaab fighters had been "
          "killed'. No day is given: the week up to Friday 9 September 2022 (from Monday 5 September), week precision. The toll is an officer's (the "
          "government side): claimed. The local clan forces fight with the army (actor1 the government). Dacaroow is not in "
          "cities500: names only, precision site (a base)"),
    E("violence_against_civilians", [SHAB], [CIV], DACAROOW, "2022-08-01", "2022-09-09", precision="month", status="claimed",
      sources=["Somali army officer"], optional=True,
      why="'the joint forces retrieved four hundred goats that Al-Shabaab took from villagers in Dacaroow': looting from "
          "villagers, undated; optional"),
    E("violence_against_civilians", [SHAB], [CIV], AFAR_IRDOOD, "2022-08-01", "2022-09-09", precision="month", status="reported",
      optional=True,
      why="'after they recently killed civilians in Afar-Irdood between Balawdweyn and Mahaas': a killing with a place but a "
          "vague date ('recently'); optional. No toll"),
    E("armed_clash", [SOM], [SHAB], BELEDWEYNE_D, "2022-09-01", "2022-09-09", precision="month", status="reported", optional=True,
      why="'There are heavy ongoing operations in many areas under the districts of Balawdweyn, Matabaan, Mahaas, Jalalaqsi and "
          "Buulaburte to be liberated': ongoing operations with no date of their own, one per listed district; optional"),
    E("armed_clash", [SOM], [SHAB], MATABAAN_D, "2022-09-01", "2022-09-09", precision="month", status="reported", optional=True,
      why="the same list: Matabaan district; optional"),
    E("armed_clash", [SOM], [SHAB], MAHAAS_D, "2022-09-01", "2022-09-09", precision="month", status="reported", optional=True,
      why="the same list: Mahaas district; optional"),
    E("armed_clash", [SOM], [SHAB], JALALAQSI_D, "2022-09-01", "2022-09-09", precision="month", status="reported", optional=True,
      why="the same list: Jalalaqsi district (the district, not the cities500 town: names only); optional"),
    E("armed_clash", [SOM], [SHAB], BUULABURTE_D, "2022-09-01", "2022-09-09", precision="month", status="reported", optional=True,
      why="the same list: Buulaburte district; optional"),
  ], control=[
    C(DACAROOW, SHAB, "2022-09-09", contested_by=[SOM],
      why="'the mountainous areas of Hiran region, where Al-Shabaab had a large base'; the army's operation there is under way "
          "and the text reports no capture: an al-Shabaab base under attack, so contested"),
  ], why="date from the dateline 'Mogadishu Friday, September, 9, 2022 (SD)'; army and clan-militia operation against "
         "al-Shabaab at Dacaroow, Hiiraan. 'Categories', 'Leave a Reply' lines are page junk"),

# s007: The Japan Times (AFP), no date line; URL /2017/05/26/ (a Friday). 'Thursday' = 25 May, 'Wednesday' = 24 May.
D("s007_kenya_liboi.txt", "2017-05-26", "The Japan Times (AFP)", "Kenya", events=[
    E("remote_explosive", [SHAB], [KEN], MALELEI_KULAN, "2017-05-25", status="reported",
      sources=["Kenya Red Cross", "Mohamud Ali Saleh", "al-Shabaab", "SITE Intelligence Group"], fatalities=5,
      why="'Five police officers were killed Thursday when their vehicle hit a roadside bomb in Kenya in an attack claimed by "
          "al-Shabab'; 'The Kenya Red Cross said the latest attack occurred between Malelei and Kulan in Garissa county when a "
          "vehicle hit an improvised explosive device'. Thursday before Friday 26 May = 25 May 2017. Roadside bomb / IED: "
          "remote_explosive. Outlet's voice and the Red Cross: reported. Malelei and Kulan are not in cities500: names only"),
    E("remote_explosive", [SHAB], [KEN], LIBOI, "2017-05-24", status="reported", sources=["police report", "AFP"], fatalities=4,
      why="'On Wednesday morning four police officers were killed when their vehicle drove over a roadside bomb near the Liboi "
          "border post' (the toll revised from three by a police report). Wednesday = 24 May 2017. al-Shabaab 'claimed "
          "responsibility ... for the previous two'. Liboi is not in cities500: names only"),
    E("remote_explosive", [SHAB], [KEN], None, "2017-05-24", status="reported", sources=["AFP"], fatalities=5,
      why="'Later in the day a convoy accompanying a local governor was struck, killing five officers including his bodyguard': "
          "the second of Wednesday's 'two separate roadside bombs' (24 May 2017). The excerpt does not say where: place null "
          "(a system may put it at Liboi; the gold matches on the other fields)"),
    E("arrest", [KEN], [SHAB], NE_KENYA, "2017-05-24", "2017-05-25", status="claimed", sources=["Joseph Boinnet", "Kenyan police"],
      why="'On Thursday, Inspector General Joseph Boinnet of the Kenyan police said \"several terror suspects\" had been arrested "
          "in Garissa, Wajir and Mandera counties over the past two days, including ... Ahmed Abdi Yare': one undivided arrest "
          "figure over a list of counties, so one event at the enclosing level (24-25 May 2017) and one optional event per "
          "county (GUIDE). Police chief: claimed"),
    E("arrest", [KEN], [SHAB], GARISSA_CO, "2017-05-24", "2017-05-25", status="claimed", sources=["Joseph Boinnet"], optional=True,
      why="the arrests' list: Garissa county (the county, admin1; not Garissa town); optional"),
    E("arrest", [KEN], [SHAB], WAJIR_CO, "2017-05-24", "2017-05-25", status="claimed", sources=["Joseph Boinnet"], optional=True,
      why="the arrests' list: Wajir county; optional"),
    E("arrest", [KEN], [SHAB], MANDERA_CO, "2017-05-24", "2017-05-25", status="claimed", sources=["Joseph Boinnet"], optional=True,
      why="the arrests' list: Mandera county; optional"),
  ], why="date from the URL (2017/05/26); the excerpt has no date line. AFP story on the third al-Shabaab roadside bombing in "
         "two days in north-eastern Kenya. The officers 'deployed to ... boost the ongoing operation in Liboi' are a "
         "deployment, and the police warning of IEDs is a threat, not events. The excerpt is cut off ('more attack')"),

# s008: The Atlas News, no date line; URL /2024/06/11/ (a Tuesday). 'last month' = May 2024.
D("s008_mozambique_mbau.txt", "2024-06-11", "The Atlas News", "Mozambique", events=[
    E("armed_clash", [ASS], [MOZ, RWA], MBAU, "2024-05-01", "2024-05-31", precision="month", status="reported",
      sources=["Filipe Nyusi", "analysts", "local source", "military source"], fatalities=14,
      why="'Dozens of insurgents were killed by a joint force from Mozambique and Rwanda last month in Mbau, Mocímboa da Praia "
          "district'; 'The battle began after a surprise insurgent attack on the village of Mbau at around 4 a.m.'; 'The joint "
          "force deployed in Mbau responded immediately'. 'last month' = May 2024, month precision. The insurgents attacked: "
          "actor1 Ansar al-Sunna. 'Analysts counted at least 14 bodies' (the president's 'dozens' is vague): 14. Several "
          "sources, outlet's voice: reported. Mbau is not in cities500: names only"),
    E("displacement", [ASS], [CIV], MBAU, "2024-05-01", "2024-05-31", precision="month", status="reported", sources=["local source"],
      why="'Some residents fled into the woods in search of safety, while others remained in their homes': displacement at the "
          "origin during the May attack, no number"),
    E("arrest", [MOZ, RWA], [ASS], MBAU, "2024-05-01", "2024-05-31", precision="month", status="reported", sources=["local source"],
      optional=True,
      why="'There were also wounded and detainees, he said': insurgents detained in the battle; implied, no number, optional"),
    E("armed_clash", [MOZ], [ASS], NOVA_FAMILIA, "2024-05-01", "2024-05-31", precision="month", status="reported",
      fatalities=3,
      why="'Before the attack, at least three insurgents were seen on Monday in a village called Nova Família ... They were "
          "chased down and shot on Tuesday by the veteran militia called' (cut off). The Monday/Tuesday are those before the "
          "May attack on Mbau, not the days before publication: May 2024, month precision (a strict weekday reading, 10-11 "
          "June, still overlaps once widened). The pro-government veterans' militia (the 'Local Force'; its name is cut off) is "
          "on the government side: `Mozambican government`. 'shot': 3 dead as far as the text goes. Not in cities500"),
    E("territory_captured", [RWA], [ASS], MBAU, "2021-01-01", "2021-12-31", precision="year", status="reported", optional=True,
      why="'Mbau once housed what was considered the insurgents' headquarters, before it was decommissioned by Rwandan forces in "
          "2021': background capture of the insurgents' base with a year date; optional"),
  ], control=[
    C(MBAU, MOZ, "2024-06-11",
      why="'The joint force deployed in Mbau responded immediately to the attack'; the insurgents' attack was repelled and "
          "'It is unclear whether the insurgents intended to retake the base': the Mozambique-Rwanda joint force holds Mbau "
          "(the Mozambican state's side is named as controller; Rwanda is its partner)"),
  ], why="date from the URL (2024/06/11); the excerpt has no date line (the byline block has none). Atlas News report on the "
         "May 2024 insurgent attack on Mbau, Cabo Delgado. Nyusi's seizure of 'insurgent equipment' is part of the battle; "
         "the reinforcements from Mocimboa da Praia are a deployment. The excerpt is cut off mid-sentence"),

# s009: The Irrawaddy, top line ' date 2023-07-18' (a Tuesday). 'on Monday' = 17 July.
D("s009_myanmar_ta_kan_thar.txt", "2023-07-18", "The Irrawaddy", "Myanmar", events=[
    E("air_strike", [JUNTA], [CIV], TA_KAN_THAR, "2023-07-17", status="claimed", sources=["resistance groups"], fatalities=0,
      why="'A civilian was injured and nearly a dozen houses were destroyed on Monday when the Myanmar military launched an air "
          "strike in Sagaing Region's Shwebo Township ..., according to the resistance groups'; 'an Mi-35 attack helicopter later "
          "assaulted the village for 45 minutes. Villager U Tun Oo, 46, suffered a head injury and nine houses in the village "
          "were destroyed in the air strike'. Monday before Tuesday 18 July = 17 July 2023. Helicopter: air_strike. Only the "
          "resistance groups (a party) tell it: claimed. Injury only: fatalities 0. Ta Kan Thar is not in cities500"),
    E("armed_clash", [PDF], [JUNTA], TA_KAN_THAR, "2023-07-17", status="claimed", sources=["resistance member"], fatalities=1,
      why="'More than 80 regime troops ... traveled to Ta Kan Thar Village ... on Monday. The resistance forces attacked the "
          "troops near Ta Kan Thar for one hour, killing a soldier, according to a resistance member'. The local resistance "
          "forces attacked: actor1 `People's Defense Forces` (no group named beyond 'Shwe Bo resistance'). A member of an "
          "armed group: claimed"),
    E("displacement", [JUNTA], [CIV], TA_KAN_THAR, "2023-07-17", "2023-07-18", status="reported",
      sources=["resident of Ta Kan Thar", "resistance member"],
      why="'Ta Kan Thar Village has 120 houses. Residents fled after the attack and don't dare return because Myanmar junta "
          "troops are stationed just 4 km away' (and a resident's 'before we can return home'). Displacement at the origin in "
          "the outlet's voice: reported. The 2,000 figure covers five villages: the next event"),
    E("displacement", [JUNTA], [CIV], SHWEBO_FIVE, "2023-07-17", "2023-07-18", status="claimed", sources=["resistance member"],
      displaced=2000, optional=True,
      why="'Around 2,000 residents of five villages in the area have been forced to flee their homes following Monday's air "
          "strike ..., according to a resistance member': one figure for five unnamed villages (Ta Kan Thar among them); the "
          "enclosing-level event for the figure. Optional because its place is only 'five villages in the area' and the "
          "village-level flight is already required (a system may attach the 2,000 to Ta Kan Thar)"),
    E("shelling", [JUNTA], [CIV], TA_KAN_THAR, "2023-07-17", "2023-07-18", status="reported", sources=["resident of Ta Kan Thar"],
      optional=True,
      why="'As they are firing heavy weapons from where they are stationed, we dare not live in the village': ongoing "
          "artillery fire reported by a resident, no date or target of its own; optional"),
  ], control=[
    C(SAGAING, PDF, "2023-07-18", contested_by=[JUNTA],
      why="'Given Shwebo's location in resistance stronghold Sagaing': a stronghold assertion for the region, while regime "
          "troops are based in the township, so contested. The resistance is the PDF (the GUIDE's canonical name)"),
  ], why="date from the top ' date 2023-07-18' line; Irrawaddy report of a clash and a junta helicopter strike at Ta Kan Thar, "
         "Shwebo Township. The aerial reconnaissance is not an event; 'frequent raids and arson campaigns' is general"),

# s010: Dawn, top line ' date 2020-10-15' (a Thursday), 'Updated 15 Oct 2020'. ISPR 'said on Thursday'.
D("s010_pakistan_razmak.txt", "2020-10-15", "Dawn", "Pakistan", events=[
    E("remote_explosive", [], [PAK], RAZMAK, "2020-10-12", "2020-10-15", precision="week", status="claimed",
      sources=["Inter-Services Public Relations"], fatalities=6,
      why="'Six Pakistan Army personnel were martyred in a \"terrorist\" bomb attack near Razmak area of North Waziristan ..., "
          "the military's media wing said on Thursday'; 'a convoy of security forces was attacked through an improvised "
          "explosive device (IED)'. The attack's own day is not given (ISPR spoke on Thursday 15 October): the week up to "
          "publication. IED: remote_explosive. Attackers unnamed: []. ISPR: claimed. Razmak is not in cities500: names only"),
    E("shelling", [], [PAK], MANRA_MENDARA, "2020-10-08", "2020-10-11", precision="week", status="claimed", sources=["officials"],
      fatalities=2,
      why="'The latest incident comes four days after two soldiers were martyred and three others sustained injuries in an "
          "attack on a security post in Shawal valley'; 'Officials said militants attacked the post in the Manra Mendara "
          "area ... militants fired rockets in the pre-dawn attack'. Four days before the IED attack (itself 12-15 October): "
          "about 8-11 October 2020, week precision. Rockets: shelling (type by means). 'Officials': claimed. Not in cities500"),
    E("armed_clash", [PAK], [], GHARIOM, "2020-09-01", "2020-09-30", precision="month", status="reported", sources=["ISPR"],
      fatalities=4,
      why="'Last month, security forces had killed four terrorists, including militant commander Ihsanullah alias Ihsan Sanray, "
          "in an intelligence-based operation (IBO)'; 'The operation was carried out in Ghariom, Shaktu, near the "
          "inter-district boundary of North and South Waziristan'. Dated background (September 2020) with a place: required. "
          "Outlet's voice: reported. Not in cities500"),
  ], why="date from the top ' date 2020-10-15' line and 'Updated 15 Oct 2020'; ISPR statement on the IED attack near Razmak. "
         "'Encounters ... have frequently been taking place' and 'killed several ... in recent clashes' are general, not "
         "events. The excerpt is cut off ('wanted ter')"),

# s011: Social News XYZ (IANS), dateline 'Srinagar, May 27 (IANS)'; the URL gives the year (2016/05/27, a Friday).
D("s011_kashmir_tangmarg.txt", "2016-05-27", "Social News XYZ (IANS)", "India (Kashmir)", events=[
    E("armed_clash", [IND], [], LOC_VILLAGE, "2016-05-26", "2016-05-27", status="claimed", sources=["officials"], fatalities=4,
      why="'four militants were killed in a prolonged gunfight that began on Thursday morning in a north Kashmir village near "
          "the Line of Control' (later 'the prolonged gunfight at Toot Maar Gha[li]', cut off). Thursday 26 May to Friday 27 "
          "May 2016. Militants unnamed: actor2 []. 'officials said': claimed. The soldier killed on Friday is not assigned to "
          "either battle in the text, so fatalities 4. The village is unnamed: names only, region"),
    E("armed_clash", [IND], [], TANGMARG, "2016-05-27", status="claimed", sources=["officials"], fatalities=2,
      why="'Two more militants were gunned down in another battle near Tangmarg, the gateway to the famed Gulmarg tourist "
          "resort': on Friday 27 May 2016 (the lead's 'two separate Kashmir gun battles on Friday'). Tangmarg is not in "
          "cities500 (Gulmarg is, but the battle was near Tangmarg): names only"),
    E("armed_clash", [], [IND], SRINAGAR, "2016-05-23", status="reported", fatalities=3,
      why="'militants gunned down three policemen in shoot-and-run attacks in Srinagar on Monday': Monday before Friday 27 May = "
          "23 May 2016. Police are armed state forces: armed_clash (not violence against civilians). Outlet's voice: reported"),
    E("armed_clash", [IND], [JEM], SRINAGAR, "2016-05-23", status="reported", fatalities=2,
      why="'Two terrorists, including a Jaish-e-Mohammed commander, were also killed in a gunfight with security forces in the "
          "heart of the city on the same day': a second Srinagar event on 23 May 2016 (a gunfight, separate from the "
          "shoot-and-run attacks)"),
  ], why="date from the dateline 'Srinagar, May 27 (IANS)' with the year from the URL (2016/05/27). IANS report on Kashmir gun "
         "battles. The rise in infiltration ('40-45 militants have managed to come'), the high alert and the summer's 'series "
         "of deadly militant activities' are analysis and aggregates, not events. The excerpt is cut off ('Toot Maar Gha')"),

# s012: Manila Shimbun (DMS), top line ' date 2018-05-08' (a Tuesday). 'on Monday' = 7 May.
D("s012_philippines_patikul.txt", "2018-05-08", "The Manila Shimbun (DMS)", "Philippines", events=[
    E("armed_clash", [PHL], [ASG], BUHANGINAN, "2018-05-07", status="claimed", sources=["Cirilito Sobejana", "JTF Sulu"],
      fatalities=3,
      why="'Three Abu Sayyaf members were killed while seven soldiers were wounded during an encounter in Sulu on Monday, a "
          "military official said'; 'troops from the 21st Infantry Battalion encountered around 70 Abu Sayyaf members at Sitio "
          "Sangay, Brgy Buhanginan, Patikul, Sulu around 6:15 am'. Monday before Tuesday 8 May = 7 May 2018. The troops were on "
          "a rescue operation: actor1 the government. Military commander: claimed. The barangay is not in cities500 (Patikul "
          "is): names only, 'Patikul' last"),
    E("shelling", [PHL], [ASG], BUHANGINAN, "2018-05-07", status="claimed", sources=["Cirilito Sobejana"], optional=True,
      why="'Artillery fire were delivered' during the pursuit of the withdrawing Abu Sayyaf: artillery by means, but inside the "
          "same encounter; optional"),
    E("air_strike", [PHL], [ASG], BUHANGINAN, "2018-05-07", status="claimed", sources=["Cirilito Sobejana"], optional=True,
      why="'attack helicopters provided close air support': air by means, inside the same encounter; optional"),
    E("violence_against_civilians", [ASG], [CIV, PHL], PATIKUL, "2018-04-29", status="reported",
      why="'Police Officer 2 Benierose Alvarez, Police Officer 1 Dinah Gumahad, and two civilians identified as Jakosalem Ahamad "
          "Blas and Faizal Ahidji who were abducted on April 29 in Patikul' ('abducted by the Abu Sayyaf last month'). Dated "
          "background: required. Abductions (kidnap victims) of two civilians and two policewomen: violence_against_civilians, "
          "actor2 civilians and the government. Outlet's voice: reported. Patikul is in cities500"),
  ], why="date from the top ' date 2018-05-08' line; JTF Sulu commander on the Patikul encounter. 'A total of 12 Abu Sayyaf "
         "members have been killed' is a cumulative toll of the operation; the vow to continue operations is not an event"),

# s013: MercoPress, top line ' date 2022-04-14' (a Thursday); URL 2022/04/14 agrees. Military sources 'reported Wednesday'.
D("s013_colombia_meta.txt", "2022-04-14", "MercoPress", "Colombia", events=[
    E("armed_clash", [FARCD], [COL], META, "2022-04-11", "2022-04-13", precision="week", status="claimed",
      sources=["Omega Joint Task Force", "Colombian military sources"], fatalities=4,
      why="'Four Colombian regular soldiers were killed in a rural area of the department of Meta after they were ambushed by a "
          "group of dissidents from the ... FARC, the Omega Joint Task Force said in a statement'; 'attacked with explosive "
          "devices and rifle fire'; a fifth wounded. The day is not given; the military 'reported Wednesday' (13 April): the "
          "week up to then. Ambush with guns and explosives: armed_clash. The army's task force: claimed. The dissidents are "
          "Gentil Duarte's faction (`FARC dissidents`). Only the department is named: admin1"),
    E("remote_explosive", [FARCD], [COL], META, "2022-04-11", "2022-04-13", precision="week", status="claimed",
      sources=["Omega Joint Task Force"], optional=True,
      why="the same ambush read by its explosive devices ('attacked with explosive devices and rifle fire'); optional"),
    E("arrest", [COL], [], SANTANDER_Q, "2022-04-01", "2022-04-14", precision="month", status="reported",
      sources=["Attorney General's Office"],
      why="'Colombian authorities have arrested a group of Ecuadorian nationals suspected of supplying weapons, explosives ... to "
          "FARC dissident terrorists'; 'During the arrest made in Santander de Quilichao, department of Cauca, some 100 "
          "electric detonators'. No day given: range to publication, month. Outlet's voice: reported. Santander de Quilichao "
          "is in cities500"),
    E("agreement", [COL, "FARC"], [], COLOMBIA, "2016-01-01", "2016-12-31", precision="year", status="reported", optional=True,
      why="'the peace agreement signed between the Colombian government and that guerrilla group in 2016': background, year "
          "only; optional (as e/o parts)"),
  ], why="date from the top ' date 2022-04-14' line and the URL; army statement on the FARC-dissident ambush in Meta. The "
         "'flagrant violation' statement and the attempted bribe are not events. The excerpt is cut off ('by br')"),

# s014: WJOL (AP), top line ' date 2024-07-03'; 'July 3, 2024 6:22AM CDT'. Negative.
D("s014_neg_india_stampede.txt", "2024-07-03", "WJOL (AP)", "none", negative=True, events=[], control=[],
  why="negative: the Hathras stampede at a religious gathering in Uttar Pradesh (121 dead); 'chaos ensued', 'surged', deaths "
      "and injuries, but a crowd disaster, no armed violence. Date from the top ' date 2024-07-03' line"),

# s015: China.org.cn / China Gate (Xinhua), 'Xinhua, June 12, 2015' under the headline. Negative.
D("s015_neg_kenya_ration_cuts.txt", "2015-06-12", "China Gate (Xinhua)", "none", negative=True, events=[], control=[],
  why="negative: WFP ration cuts for 500,000 refugees in Kenya's Dadaab and Kakuma camps for lack of funds, and its appeal to "
      "donors; conflict-adjacent (refugees from Somalia and South Sudan) but no conflict event: the cuts are aid logistics, "
      "not displacement, and the camps' creation in the early 1990s is not a flight event. Date from 'Xinhua, June 12, 2015' "
      "and the URL (2015-06/12)"),
]
