"""Gold annotation of the wild corpus, part o (files o001..o015, split fresh/): Mali (Indelimane outpost, Menaka, 1 November
2019), Somalia (al-Shabaab attack on Barawe, March 2017), Nigeria (Boko Haram raid on Huyum, Askira-Uba, June 2015), Myanmar
(Arakan Army seizes a camp near Ge Laung / Lone Kauk, Ann township, March 2024), Ethiopia (TPLF claims Dessie, October 2021),
Cameroon (massacre at Egbekaw, South-West, November 2023), Afghanistan (Taliban attack on the Shortepa district police
headquarters, Balkh, October 2019), Nagorno-Karabakh (civilian shot near Shushi, November 2021), Colombia (ELN truck bomb at
Puerto Jordan, Arauca, September 2024), Niger (ambush near Tillia; interception near Baibangou, May 2021), Pakistan (attack on two
posts in Kalash, Chitral, September 2023), Mozambique (ambushes on vehicles in Mocimboa da Praia district, November 2019), DR
Congo (Twirwaneho attack on Mikenge, South Kivu, November 2021) and two negatives (a storm battering a Michigan shoreline; the
resumption of Colombia-ELN peace talks). Collected 2026-12-08 from stored news pages (the `pages` search corpus, excerpts kept
exactly as returned, decoded from the tool's JSON by a script), after tuning began; annotated without running Frontline on the
texts and without seeing its output. One first pick (an RFA report on Sagaing air strikes) overlapped the held-out set and was
replaced.

Conventions as in part_k.py / part_m.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it; everything else (villages, outposts, camps, districts, roads, regions)
has names only. admin1 is the GeoNames admin1 name (admin1.json). Several towns one might expect are NOT in cities500 and so
have names only: Barawe, Indelimane, Huyum, Egbekaw, Shortepa, Puerto Jordan, Tillia, Baibangou, Mikenge, Ann. Actor names:
canonical names from the alias table (`Malian government`, `Nigerien government`, `Somali government`, `Myanmar military`,
`Ethiopian government`, `Tigray People's Liberation Front`, `Cameroonian government`, `Afghan government`, `Taliban`,
`Azerbaijan`, `Armenia`, `Congolese government`, `Mozambican government`, `Boko Haram`, `al-Shabaab`, `Arakan Army`), as
earlier parts for those not in the table (`Colombian government`, `ELN`, `Pakistan`), and `Twirwaneho` (the text's 'Ngumino
Twigwaneho coalition'; not in the alias table, common English spelling as in the US/UN sanctions lists). Unnamed attackers
('gunmen', 'terrorists', 'a band of men', 'jihadists' with no group named) are []."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Mali (ML)
INDELIMANE = P(["Indelimane", "outpost in Indelimane", "Indelimane military post", "Indelimane area", "Menaka region",
                "Ménaka"], None, None, "Ménaka", "site", "ML")
ML_BF_BORDER = P(["near the border with Burkina Faso", "Mali-Burkina Faso border", "border with Burkina Faso"], None, None,
                 None, "region", "ML")
NORTHERN_MALI = P(["Northern Mali", "northern Mali", "north of Mali"], None, None, None, "region", "ML")
# Somalia (SO)
BARAWE = P(["Barawe", "Baraawe", "Brava", "Barawa", "port city of Barawe", "port town of Barawe"], None, None,
           "Lower Shabeelle", "town", "SO")
MOGADISHU = P(["Mogadishu", "Muqdisho", "Mogadiscio"], 2.03711, 45.34375, "Banaadir", "city", "SO")
# Nigeria (NG)
HUYUM = P(["Huyum", "Huyum village", "Askira-Uba", "Askira Uba"], None, None, "Borno State", "village", "NG")
MUBI = P(["Mubi", "commercial hub of Mubi"], 10.26858, 13.26701, "Adamawa", "town", "NG")
HUYUM_NEIGHBOURS = P(["neighbouring villages", "villages neighbouring Huyum", "Askira-Uba district"], None, None,
                     "Borno State", "region", "NG")
# Myanmar (MM)
GE_LAUNG_CAMP = P(["camp near Ge Laung and Lone Kauk villages", "outpost near Ge Laung", "small outpost before Battalion 372",
                   "Ge Laung", "Lone Kauk", "Ann township"], None, None, "Rakhine", "site", "MM")
GE_LAUNG = P(["Ge Laung", "Ge Laung village", "Ann township"], None, None, "Rakhine", "village", "MM")
LONE_KAUK = P(["Lone Kauk", "Lone Kauk village", "Ann township"], None, None, "Rakhine", "village", "MM")
BATTALION_372 = P(["Junta Battalion 372", "Battalion 372", "Light Infantry Battalion 372", "Ge Laung", "Ann township"], None,
                  None, "Rakhine", "site", "MM")
WESTERN_HQ = P(["Western Regional Military Headquarters", "Western Command", "junta's Western Regional Military Headquarters",
                "Ann", "Ann township"], None, None, "Rakhine", "site", "MM")
CHIN_TOWNSHIP = P(["a neighboring township in Chin state", "neighboring township in Chin state", "Paletwa", "Paletwa township",
                   "Chin state"], None, None, "Chin State", "region", "MM")
# Ethiopia (ET)
DESSIE = P(["Dessie", "Desē", "Dese", "Dessye"], 11.13333, 39.63333, "Amhara", "city", "ET")
KOMBOLCHA = P(["Kombolcha", "Kombolcha town", "Combolcha"], 11.08155, 39.74339, "Amhara", "town", "ET")
AMHARA = P(["Amhara", "Amhara region", "Ethiopia's Amhara region"], None, None, "Amhara", "admin1", "ET")
AFAR = P(["Afar", "Afar region", "Āfar"], None, None, "Āfar", "admin1", "ET")
TIGRAY = P(["Tigray", "Tigray region", "the region"], None, None, "Tigray", "admin1", "ET")
# Cameroon (CM)
EGBEKAW = P(["Egbekaw", "Egbekaw village", "the Egbekaw village"], None, None, "South-West", "village", "CM")
# Afghanistan (AF)
SHORTEPA_HQ = P(["Shortepa district police headquarters", "Shortepa", "Shortepa district", "Shor Tepa", "Shortapa"], None, None,
                "Balkh", "site", "AF")
SHORTEPA_DIST = P(["Shortepa district", "Shortepa", "Shor Tepa", "the district"], None, None, "Balkh", "region", "AF")
# Nagorno-Karabakh (AZ)
SHUSHI = P(["Shushi", "Shusha", "Şuşa", "just outside the Azerbaijani-controlled town of Shushi", "outside Shushi"], 39.76006,
           46.74989, "Shusha", "town", "AZ")
SHUSHI_ROAD = P(["section of the sole road currently connecting Karabakh to Armenia", "Lachin corridor", "road near Shushi",
                 "Shushi"], None, None, "Shusha", "site", "AZ")
ARMENIA = P(["Armenia"], None, None, None, "country", "AM")
MARTAKERT = P(["Martakert", "Aghdara", "Ağdərə", "outside the northern Karabakh town of Martakert"], 40.21127, 46.82135,
              "Tartar District", "town", "AZ")
NAGORNO_KARABAKH = P(["Nagorno-Karabakh", "Karabakh", "Artsakh", "Nagorno Karabakh"], None, None, None, "region", "AZ")
# Colombia (CO)
PUERTO_JORDAN = P(["Puerto Jordan", "Puerto Jordán", "town of Puerto Jordan", "Arauquita", "Arauca"], None, None,
                  "Arauca Department", "town", "CO")
COLOMBIA = P(["Colombia"], None, None, None, "country", "CO")
# Niger (NE)
TILLIA = P(["Tillia", "near the border with Mali in Tillia", "Tillia department", "northern Tahoua region"], None, None,
           "Tahoua Region", "region", "NE")
BAIBANGOU = P(["Baibangou", "Banibangou", "Banibangu", "village about 100 kilometers north of Niamey"], None, None,
              "Tillabéri Region", "village", "NE")
# Pakistan (PK)
KALASH = P(["Kalash", "two military posts in Kalash", "Kalash valley", "Kalash valleys", "Chitral district", "Chitral"], None,
           None, "Khyber Pakhtunkhwa", "region", "PK")
BANNU_DIST = P(["Bannu district", "Bannu", "Bannu district of KPK"], None, None, "Khyber Pakhtunkhwa", "region", "PK")
# Mozambique (MZ)
CHINDA_MBAU = P(["Chinda-Mbau road", "Chinda-Mbau", "road between Chinda and Mbau", "Chinda", "Mbau",
                 "Mocimboa da Praia district"], None, None, "Cabo Delgado Province", "site", "MZ")
MIYOE = P(["Miyoe", "Miyoe village", "Mocimboa da Praia district"], None, None, "Cabo Delgado Province", "village", "MZ")
MDP_ROAD_TZ = P(["11 kilometres from Mocimboa da Praia town", "road heading towards the Tanzanian border",
                 "Mocimboa da Praia-Tanzania road", "Mocimboa da Praia", "Mocímboa"], None, None, "Cabo Delgado Province",
                "site", "MZ")
NTOTWE = P(["Ntotwe", "Ntotwe village", "Mocimboa da Praia district"], None, None, "Cabo Delgado Province", "village", "MZ")
# DR Congo (CD)
MIKENGE = P(["Mikenge", "town of Mikenge", "Minembwe"], None, None, "South Kivu", "town", "CD")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
MLI, NER = "Malian government", "Nigerien government"
SHAB, SOM = "al-Shabaab", "Somali government"
BH = "Boko Haram"
AA, JUNTA = "Arakan Army", "Myanmar military"
TPLF, ETH = "Tigray People's Liberation Front", "Ethiopian government"
TAL, AFG = "Taliban", "Afghan government"
AZE, ARM = "Azerbaijan", "Armenia"
ELN, COL = "ELN", "Colombian government"
PAK = "Pakistan"
MOZ = "Mozambican government"
DRC, TWIR = "Congolese government", "Twirwaneho"

DOCS = [
# o001: Channels TV (AFP), top line ' date 2019-11-01' (a Friday); URL 2019/11/01 agrees.
D("o001_mali_indelimane.txt", "2019-11-01", "Channels Television", "Mali", events=[
    E("armed_clash", [], [MLI], INDELIMANE, "2019-11-01", status="claimed", sources=["Malian army", "army on Twitter"],
      fatalities=15,
      why="'Fifteen soldiers were killed Friday in a \"terrorist attack\" on a Mali military post in the northeast of the "
          "country, the army said'; 'The attack on the outpost in Indelimane in the Menaka region left 15 troops dead'. Friday "
          "on or before Friday 1 November = 1 November. Attack on an army post, means not stated: armed_clash. Attackers "
          "unnamed ('No group immediately claimed responsibility'): actor1 []. The army is a party: claimed. Indelimane is not "
          "in cities500: names only; the post in the village, precision site"),
    E("armed_clash", [], [MLI], ML_BF_BORDER, "2019-09-01", "2019-10-31", precision="month", status="reported", fatalities=40,
      optional=True,
      why="'The attack came a month after two jihadist assaults killed 40 soldiers near the border with Burkina Faso': dated "
          "background ('a month' before 1 November, so around 1 October; month range), two assaults given one undivided figure "
          "and only a border area: optional"),
    E("territory_captured", [], [MLI], NORTHERN_MALI, "2012-01-01", "2012-12-31", precision="year", status="reported",
      optional=True,
      why="'Northern Mali came under the control of Al-Qaeda linked jihadists after Mali's army failed to quash a rebellion "
          "there in 2012': region-wide background with a year date; no group named (actor1 []); optional"),
    E("armed_clash", ["France"], [], NORTHERN_MALI, "2013-01-01", "2013-12-31", precision="year", status="reported",
      optional=True,
      why="'A French-led military campaign was launched against the jihadists, pushing them back a year later' (2013): "
          "region-wide background, year only; optional. The widening of raids and the spill-over to Burkina Faso and Niger are "
          "analysis, not events"),
  ], why="date from the top ' date 2019-11-01' line and the URL; AFP report of the attack on the Indelimane army post. "
         "'reinforcements have been dispatched' is a deployment; 'Some Malian soldiers were also declared missing' belongs to "
         "the same attack. No control assertion: the 2012 jihadist control of the north is historical and reversed in the "
         "next sentence, with no named controller"),

# o002: Daily Finland (Xinhua). The page header 'Thursday November 07, 2024' is the site's date of display, not the story's;
# the article line 'Published : 23 Mar 2017, 23:46' is the report's own date (a Thursday: 'early Thursday' = 23 March).
D("o002_somalia_barawe.txt", "2017-03-23", "Daily Finland (Xinhua)", "Somalia", events=[
    E("armed_clash", [SHAB], [SOM], BARAWE, "2017-03-22", "2017-03-23", status="reported",
      sources=["Aden Omar Madobe", "Barawe district commissioner"], fatalities=10,
      why="'At least ten people including three Al-Shabaab fighters were killed ... in an attack by militants in southern "
          "Somalia port city of Barawe early Thursday'; commissioner: 'three militants, four government soldiers and three "
          "civilians were killed during the dawn fighting between the Somalia national Army (SNA) and Al-Shabaab' (3+4+3 = 10). "
          "'attacked the town overnight' / 'early Thursday': 22-23 March. The lead is in the outlet's own voice: reported (the "
          "detail is the commissioner's). Barawe is not in cities500: names only"),
    E("armed_clash", [SHAB], [SOM], BARAWE, "2017-03-22", "2017-03-23", status="claimed", sources=["al-Shabaab"], fatalities=15,
      optional=True,
      why="'Al-Shabaab militants claimed victory, saying they killed 15 government soldiers and burned three armed vehicles "
          "during the confrontation that last for about two hours in Barawe': the other side's contradicting version of the "
          "same fight; optional second reading per the GUIDE"),
    E("evacuation", [SHAB], [], BARAWE, "2017-03-23", status="claimed", sources=["Aden Omar Madobe"], optional=True,
      why="'They later fled the scene' / 'were defeated a few hours past midnight': the attackers' retreat, optional"),
    E("suicide_bomb", [], [], MOGADISHU, "2017-03-21", status="reported", fatalities=7,
      why="'seven people were killed in a suicide attack in Mogadishu on Tuesday hours after Prime Minister Hassan Ali Khaire "
          "announced his cabinet': dated background (Tuesday before Thursday 23 March = 21 March). No perpetrator named in "
          "the sentence: actor1 []; victims not described: actor2 []"),
    E("suicide_bomb", [], [], MOGADISHU, "2017-03-13", status="reported", fatalities=2, optional=True,
      why="photo caption: 'Firefighters work at the site of a suicide attack in Mogadishu, Somalia, March 13, 2017. At least two "
          "people were killed in a car bomb blast in the Mogadishu File Photo'. A file-photo caption, but it states a dated "
          "attack with a toll; optional"),
    E("remote_explosive", [], [], MOGADISHU, "2017-03-13", status="reported", fatalities=2, optional=True,
      why="second reading of the same caption ('car bomb blast' without saying the driver died with it); optional"),
  ], control=[
    C(BARAWE, SOM, "2017-03-23",
      why="'the militants did not capture the town'; 'The allied forces operate in the region, in particular, the port town of "
          "Barawe despite Al-Shabaab attempt to capture it': the government side (with its allies) holds Barawe"),
  ], why="date from 'Published : 23 Mar 2017' under the headline (the header 'Thursday November 07, 2024' is the page's "
         "display date); Xinhua report of al-Shabaab's night attack on army bases in Barawe. 'string of periodic assaults' is "
         "background without a date"),

# o003: Ghanamma (AFP via a Nigerian daily), URL 2015/06/10 (a Wednesday); no date in the text. Residents 'told AFP
# yesterday' (9 June); the attack was 'on Monday' (8 June) and the attackers stayed 'up to 4:00am this morning' (9 June).
D("o003_nigeria_huyum.txt", "2015-06-10", "Ghanamma (AFP)", "Nigeria", events=[
    E("violence_against_civilians", [BH], [CIV], HUYUM, "2015-06-08", "2015-06-09", status="reported",
      sources=["Bukar Zira", "Peter Malgwui", "Ishaya Ayuba", "residents", "AFP"], fatalities=15,
      why="'Fifteen people were killed when Boko Haram attacked a remote village in Borno State, opening fire and burning "
          "homes, residents told AFP'; 'The attack happened at about 13:00 GMT on Monday in Huyum, in the Askira-Uba district'; "
          "'The attackers remained up to 4:00am this morning, until they withdrew'. Monday before the residents spoke on "
          "Tuesday 9 June = 8 June, lasting into the 9th. Residents: reported. Huyum is not in cities500: names only"),
    E("displacement", [BH], [CIV], HUYUM, "2015-06-08", "2015-06-09", status="reported", sources=["Bukar Zira"],
      why="'People in the whole village moved out to different parts of Borno and Adamawa'; Zira 'fled to ... Mubi ... as the "
          "rebels moved in'. Displacement at the origin; no number ('500 homes' is houses, not people)"),
    E("displacement", [BH], [CIV], MUBI, "2015-06-08", "2015-06-09", status="reported", sources=["Bukar Zira"], optional=True,
      why="the place reached: 'Bukar Zira, who fled to the commercial hub of Mubi in neighbouring Adamawa State'; optional "
          "per the GUIDE"),
    E("evacuation", [BH], [], HUYUM, "2015-06-09", status="reported", sources=["Ishaya Ayuba"], optional=True,
      why="'The attackers remained up to 4:00am this morning, until they withdrew': a withdrawal, optional"),
    E("violence_against_civilians", [BH], [CIV], HUYUM_NEIGHBOURS, "2015-05-01", "2015-06-08", precision="month",
      status="reported", sources=["Peter Malgwui"], optional=True,
      why="'Boko Haram had mounted several raids against neighbouring villages in recent weeks, looting food supplies and "
          "homes': undated, unnamed villages, an aggregate; optional"),
  ], why="date from the URL (2015/06/10); AFP report of Boko Haram's raid on Huyum. 'The attack is the 12th since ... May 29', "
         "'A total of 109 people have been killed' and '15,000 deaths' are cumulative tolls; the coalition's 'military gains' "
         "are analysis. The village was surrounded only during the raid, so no siege"),

# o004: Radio Free Asia, URL '...-03282024...' = 28 March 2024 (a Thursday); no date in the text. 'Wednesday evening' = 27 March;
# 'Monday' = 25 March.
D("o004_myanmar_ann_ge_laung.txt", "2024-03-28", "Radio Free Asia", "Myanmar", events=[
    E("territory_captured", [AA], [JUNTA], GE_LAUNG_CAMP, "2024-03-27", status="reported", sources=["residents", "RFA"],
      why="'On Wednesday evening, Arakan Army forces seized the camp near Ge Laung and Lone Kauk villages of Rakhine state's Ann "
          "township'; a resident: 'It was seized by the Arakan Army this evening'. Wednesday before Thursday 28 March = 27 March. "
          "Residents and the outlet's voice: reported. Not in cities500: names only, precision site"),
    E("armed_clash", [AA], [JUNTA], GE_LAUNG_CAMP, "2024-03-25", "2024-03-27", status="reported", sources=["resident"],
      optional=True,
      why="'The Arakan Army has been attacking that outpost for two days'; 'fighting broke out' on Monday (25 March): the "
          "offensive that ended in the capture; an annotator may keep it inside the capture, so optional"),
    E("air_strike", [JUNTA], [CIV, AA], GE_LAUNG, "2024-03-27", status="reported", sources=["residents"],
      why="'A military helicopter shot at both villages around 8 p.m. on Wednesday evening, residents said': fire from an "
          "aircraft is air_strike; a list of two villages gives one event per place (this one Ge Laung). No casualties given"),
    E("air_strike", [JUNTA], [CIV, AA], LONE_KAUK, "2024-03-27", status="reported", sources=["residents"],
      why="the same helicopter fire on the second village, Lone Kauk (one event per place)"),
    E("displacement", [], [CIV], GE_LAUNG, "2024-03-25", status="reported", sources=["residents"],
      why="'most civilians fled on Monday when fighting broke out' (of 'both villages'): displacement at the origin, Monday "
          "before Thursday 28 March = 25 March, no number; one event per village"),
    E("displacement", [], [CIV], LONE_KAUK, "2024-03-25", status="reported", sources=["residents"],
      why="the same flight from the second village, Lone Kauk"),
    E("territory_captured", [AA], [JUNTA], CHIN_TOWNSHIP, "2023-11-01", "2024-03-28", precision="month", status="reported",
      optional=True,
      why="'The rebel army has also captured a neighboring township in Chin state to the north': background since the end of "
          "the ceasefire in November, no date of its own and the township unnamed (Paletwa in fact); optional"),
  ], control=[
    C(GE_LAUNG_CAMP, AA, "2024-03-27", why="'Arakan Army forces seized the camp near Ge Laung and Lone Kauk villages'"),
    C(BATTALION_372, JUNTA, "2024-03-28",
      why="'Junta Battalion 372 is near Ge Laung and Lone Kauk villages. There is a small outpost about a mile before Battalion "
          "372': the battalion's base is still the junta's"),
    C(WESTERN_HQ, JUNTA, "2024-03-28",
      why="'Ann township, where the junta's Western Regional Military Headquarters is located'"),
    C(CHIN_TOWNSHIP, AA, "2024-03-28", why="'The rebel army has also captured a neighboring township in Chin state'"),
  ], why="date from the URL (03282024 = 28 March 2024); RFA report of the Arakan Army's seizure of an outpost near the junta's "
         "Western Command in Ann township. 'the ninth township in which the Arakan Army has captured territory' is an aggregate; "
         "ending the ceasefire 'in November' and the aim to 'capture the entirety of Rakhine state' are not events"),

# o005: The Guardian (Reuters), top line ' date 2021-10-30' (a Saturday); URL 2021/oct/30 agrees.
D("o005_ethiopia_dessie.txt", "2021-10-30", "The Guardian", "Ethiopia", events=[
    E("territory_captured", [TPLF], [ETH], DESSIE, "2021-10-30", status="claimed", sources=["Getachew Reda", "TPLF"],
      why="'Tigrayan forces said on Saturday that they had seized the strategic town of Dessie'; 'Fighters with the TPLF had "
          "pushed Ethiopian government forces from Dessie ..., a TPLF spokesman Getachew Reda said'. A party's spokesman: "
          "claimed (residents confirm only that the army left). The text's 'the TPLF's account could be independently "
          "verified' is evidently a dropped 'not'; read literally it does not say unverifiable, so claimed stays. Saturday "
          "30 October (power off since Friday; soldiers seen retreating Saturday morning)"),
    E("advance", [TPLF], [ETH], KOMBOLCHA, "2021-10-30", status="claimed", sources=["Getachew Reda"],
      why="'and were advancing toward the town of Kombolcha, a TPLF spokesman ... said': advance on a place not taken"),
    E("evacuation", [ETH], [], DESSIE, "2021-10-30", status="reported", sources=["school director in Dessie", "resident"],
      optional=True,
      why="'A school director in Dessie said he had seen Ethiopian soldiers retreating from the town on Saturday morning towards "
          "Kombolcha'; 'the federal army had left': a retreat, optional evacuation (residents: reported)"),
    E("arrest", [TPLF], [ETH], DESSIE, "2021-10-30", status="claimed", sources=["Getachew Reda"], optional=True,
      why="'He also said numerous Ethiopian soldiers had been captured': soldiers taken prisoner in battle; whether that is an "
          "'arrest' is a call, so optional"),
    E("armed_clash", [ETH], [TPLF], AMHARA, "2021-10-11", "2021-10-28", precision="month", status="claimed",
      sources=["TPLF", "Ethiopian military"],
      why="'In mid-October, the TPLF said the military had launched a ground offensive to push them out of Amhara. The military "
          "said on Thursday there was heavy fighting there' (Thursday before Saturday 30 October = 28 October): a dated "
          "offensive with fighting, both sides' statements (claimed); only the region is named: admin1, month precision"),
    E("territory_captured", [TPLF], [ETH], TIGRAY, "2021-07-01", "2021-07-31", precision="month", status="reported",
      optional=True,
      why="'Tigrayan forces were initially beaten back, but recaptured most of the region in July': background with a month "
          "date, region-wide; optional"),
    E("advance", [TPLF], [ETH], AMHARA, "2021-07-01", "2021-07-31", precision="month", status="reported", optional=True,
      why="'pushed into the neighbouring Amhara and Afar regions' / 'since pushing into the region in July': region-wide "
          "background; optional (one per region)"),
    E("advance", [TPLF], [ETH], AFAR, "2021-07-01", "2021-07-31", precision="month", status="reported", optional=True,
      why="the same push into Afar (list: one event per place); optional"),
  ], control=[
    C(DESSIE, TPLF, "2021-10-30", why="'Tigrayan forces said ... that they had seized the strategic town of Dessie' (a claim; "
      "residents say the federal army has left)"),
    C(TIGRAY, TPLF, "2021-07-31", why="'recaptured most of the region in July' (most, so no share given)"),
    C(AMHARA, TPLF, "2021-10-30", contested_by=[ETH],
      why="the TPLF holds ground in Amhara ('the central government forces who are trying to dislodge them from Amhara'; "
          "Dessie 'is the furthest south in Amhara that TPLF forces have reached'): partly held, contested by the government"),
  ], why="date from the top ' date 2021-10-30' line and the URL; Reuters report of the TPLF's claimed capture of Dessie. "
         "'War broke out nearly a year ago', 'Thousands ... killed and more than 2 million ... forced to flee' are war-wide "
         "and cumulative; 'would be a strategic gain' is analysis. The excerpt is cut off mid-word"),

# o006: News Ghana (Xinhua), top line ' date 2023-11-06' (a Monday): 'early Monday' = 6 November.
D("o006_cameroon_egbekaw.txt", "2023-11-06", "News Ghana (Xinhua)", "Cameroon", events=[
    E("violence_against_civilians", [], [CIV], EGBEKAW, "2023-11-06", status="reported",
      sources=["villager", "local and security sources", "Xinhua"], fatalities=25,
      why="'gunmen raided a village in Cameroon's war-torn English-speaking region of Southwest'; 'The gunmen attacked the "
          "Egbekaw village early Monday, shooting indiscriminately, a person living in the village told Xinhua'; 'We have "
          "counted about 25 bodies, women and children among'. Monday on or before Monday 6 November = 6 November. A villager: "
          "reported; 'about 25' taken as the figure. 'gunmen': actor1 [] (an army official blames 'separatist terrorists', a "
          "party's attribution; the GUIDE keeps unnamed attackers as []). Egbekaw is not in cities500: names only"),
  ], why="date from the top ' date 2023-11-06' line; Xinhua report of the massacre at Egbekaw (South-West region). 'We will "
         "hunt them' is a vow; the insurgency 'since 2017' is background without an event"),

# o007: RFE/RL, top line ' date 2019-10-01' (a Tuesday): the attack came 'in the early hours' that day.
D("o007_afghan_shortepa.txt", "2019-10-01", "Radio Free Europe/Radio Liberty", "Afghanistan", events=[
    E("armed_clash", [TAL], [AFG], SHORTEPA_HQ, "2019-10-01", status="claimed",
      sources=["Munir Ahmad Farhad", "Balkh governor's spokesman", "Afghan officials"], fatalities=11,
      why="'A Taliban attack on a district police headquarters in Afghanistan's northern Balkh Province has killed at least 11 "
          "police officers, Afghan officials say'; 'more than 400 Taliban fighters on motorbikes attacked Shortepa district "
          "police headquarters in the early hours. The attack sparked a gunbattle that is still under way'. Government "
          "officials: claimed. Taliban losses 'heavy', no number: 11. Shortepa is not in cities500: names only, precision site"),
    E("arrest", [TAL], [AFG], SHORTEPA_HQ, "2019-10-01", status="claimed", sources=["Karim Khan", "Shortepa district chief"],
      optional=True,
      why="'the Taliban had captured 13 other policemen': police taken captive in the attack; abduction of combatants, "
          "optional"),
    E("territory_captured", [TAL], [AFG], SHORTEPA_DIST, "2019-10-01", status="claimed", sources=["Zabihullah Mujahid"],
      optional=True,
      why="'Taliban spokesman Zabihullah Mujahid said the insurgents had overrun the district': a party's claim that the "
          "district chief's account ('set the headquarters buildings on fire before leaving the area') contradicts; optional"),
    E("evacuation", [TAL], [], SHORTEPA_HQ, "2019-10-01", status="claimed", sources=["Karim Khan"], optional=True,
      why="'set the headquarters buildings on fire before leaving the area': the attackers' withdrawal, optional"),
  ], why="date from the top ' date 2019-10-01' line; Taliban attack on the Shortepa district police headquarters in Balkh. "
         "Reinforcements 'on their way' are a deployment; 'Taliban attacks have continued during the weekend's presidential "
         "election' is an undated aggregate. No control assertion: the Taliban's 'overrun' is a contested claim"),

# o008: Massis Post, top line ' date 2021-11-08' (a Monday); URL 2021/11 agrees. 'on Monday' = 8 November.
D("o008_karabakh_shushi.txt", "2021-11-08", "Massis Post", "Nagorno-Karabakh", events=[
    E("violence_against_civilians", [AZE], [CIV], SHUSHI, "2021-11-08", status="claimed",
      sources=["authorities in Stepanakert", "National Security Service", "Gegham Stepanyan"], fatalities=1,
      why="'One Armenian resident of Nagorno-Karabakh was killed and three others wounded by Azerbaijani forces on Monday, "
          "authorities in Stepanakert said'; 'the four men came under fire while repairing water pipes just outside the "
          "Azerbaijani-controlled town of Shushi'. Gunfire at civilian workers: violence_against_civilians. The Karabakh "
          "authorities are a party: claimed. Shushi (Şuşa) is in cities500"),
    E("route_cut", [AZE], [CIV], SHUSHI_ROAD, "2021-11-08", status="claimed", sources=["Gegham Stepanyan"],
      route=R(SHUSHI, ARMENIA, "sole road currently connecting Karabakh to Armenia"), optional=True,
      why="'The latest shooting reportedly occurred at a section of the sole road currently connecting Karabakh to Armenia. "
          "Traffic through that road section was suspended as a result, according to Stepanyan': the road closed by the "
          "shooting, not seized by anyone; optional"),
    E("violence_against_civilians", [AZE], [CIV], MARTAKERT, "2021-10-01", "2021-10-31", precision="month", status="reported",
      fatalities=1,
      why="'A 55-year-old Karabakh Armenian farmer was shot dead by Azerbaijani troops outside the northern Karabakh town of "
          "Martakert last month': dated background (October 2021, month), in the outlet's voice: reported. Martakert is in "
          "cities500"),
    E("agreement", [ARM, AZE, "Russia"], [], NAGORNO_KARABAKH, "2020-11-10", status="reported",
      why="'since a Russian-brokered ceasefire stopped the Armenian-Azerbaijani war on November 10, 2020': a dated ceasefire "
          "agreement, background with its own day"),
  ], control=[
    C(SHUSHI, AZE, "2021-11-08", why="'just outside the Azerbaijani-controlled town of Shushi'"),
  ], why="date from the top ' date 2021-11-08' line; Karabakh authorities' report of a civilian killed near Shushi. The Foreign "
         "Ministry's condemnation and the ombudsman's words are statements, 'the second Karabakh civilian killed since' the "
         "ceasefire is a count. 'Karabakh's capital Stepanakert' names the town, it does not say who holds it, so no control "
         "assertion there"),

# o009: Mehr News (AFP), top line ' date 2024-09-18' (a Wednesday). The text gives no day for the attack.
D("o009_colombia_puerto_jordan.txt", "2024-09-18", "Mehr News Agency (AFP)", "Colombia", events=[
    E("remote_explosive", [ELN], [COL], PUERTO_JORDAN, "2024-09-16", "2024-09-18", precision="week", status="claimed",
      sources=["Colombian army", "defense ministry", "Luis Emilio Cardozo"], fatalities=2,
      why="'The army said, blaming left-wing National Liberation Army (ELN) guerrillas'; 'It took place in the town of Puerto "
          "Jordan in eastern Arauca department ..., the army wrote on the social network X'; 'two low-ranking soldiers died, "
          "five others were seriously injured and 21 were hurt'; 'the explosives were detonated in a dump truck': a truck bomb "
          "with no suicide attacker: remote_explosive. Army and ministry: claimed. No day in the excerpt: the week up to "
          "publication. Puerto Jordan is not in cities500 (the cities500 'Jordán' is in Santander): names only"),
    E("agreement", [COL, ELN], [], COLOMBIA, "2023-01-01", "2023-12-31", precision="year", status="reported", optional=True,
      why="'a ceasefire that had been in force with army forces since 2023': background ceasefire with a year only; optional. "
          "Its non-renewal in August is not an event type"),
    E("agreement", [COL, "FARC"], [], COLOMBIA, "2016-01-01", "2016-12-31", precision="year", status="reported", optional=True,
      why="'since the government made peace with ... the Revolutionary Armed Forces of Colombia (FARC), in 2016': background "
          "peace deal, year only, country-wide; optional"),
  ], why="date from the top ' date 2024-09-18' line; AFP report of the ELN truck bomb at the Puerto Jordan base (Arauca). The "
         "excerpt starts mid-sentence. 'intensified attacks on military targets since August' is an aggregate; the resumption "
         "of operations announced in August, Petro's vow and the ELN's demands are not events"),

# o010: WQOW (AP), top line ' date 2021-05-03' (a Monday); URL 2021/05/03 agrees.
D("o010_niger_tillia.txt", "2021-05-03", "WQOW (AP)", "Niger", events=[
    E("armed_clash", [], [NER], TILLIA, "2021-05-01", status="claimed", sources=["Niger government statement"], fatalities=16,
      why="'an ambush on a military patrol near Niger's border with Mali killed 16 Niger soldiers and left one missing'; 'the "
          "patrol was returning from a security mission near the border with Mali in Tillia in the northern part of Niger's "
          "Tahoua region when it was attacked by a band of men riding motorcycles on Saturday evening'. Saturday before Monday "
          "3 May = 1 May. Government statement: claimed. Unnamed attackers: []. Tillia is not in cities500: names only"),
    E("armed_clash", [NER], [], BAIBANGOU, "2021-04-30", status="claimed", sources=["Niger military"], fatalities=24,
      why="'Niger's military also said it intercepted a group of suspected extremists Friday night, killing at least 24 who "
          "were preparing to attack Baibangou, a village about 100 kilometers ... north of the capital, Niamey'. Friday before "
          "Monday 3 May = 30 April (night, may run into 1 May). Placed at Baibangou, the only place named (the interception "
          "was near it). The planned attack on the village is not an event. Baibangou (Banibangou) not in cities500"),
  ], why="date from the top ' date 2021-05-03' line and the URL; AP report of the ambush near Tillia and the interception "
         "near Baibangou"),

# o011: MENAFN (KUNA), top line ' date 2023-09-06' (a Wednesday); KUNA dateline 'ISLAMABAD, Sep 6'.
D("o011_pakistan_chitral_kalash.txt", "2023-09-06", "MENAFN (Kuwait News Agency)", "Pakistan", events=[
    E("armed_clash", [], [PAK], KALASH, "2023-09-06", status="claimed", sources=["ISPR"], fatalities=16,
      why="'At least 12 \"terrorists\" and four soldiers of Pakistan army were killed in an attack on two military posts'; 'A "
          "large group of terrorists ... attacked two Pakistani military posts in Kalash in Chitral district of KPK, ... ISPR "
          "said in a statement on Wednesday' (12 + 4 = 16). The day of the attack is not given beyond 'The attack on the "
          "border check posts comes on the day when the nation is observing Defense and Martyrs Day' (6 September). ISPR: "
          "claimed. Two posts in one named area, one event; Kalash is not in cities500: names only, Chitral last"),
    E("suicide_bomb", [], [PAK], BANNU_DIST, "2023-08-28", "2023-09-03", precision="week", status="reported", fatalities=9,
      why="'Last week, nine soldiers were killed while five others received injuries in a suicide attack targeting a military "
          "convoy in Bannu district of KPK': dated background; last week before Wednesday 6 September = 28 August to 3 "
          "September. In the outlet's voice: reported"),
  ], why="date from the top ' date 2023-09-06' line and the KUNA dateline; ISPR statement on the attack on two posts in "
         "Kalash, Chitral. The 'movement and concentration' of militants in Nuristan and Kunar is intelligence, not an event; "
         "the end of the TTP ceasefire is cut off and undated"),

# o012: allAfrica (AIM), top line ' date 2019-11-04' (a Monday), also '4 November 2019' in the text. 'last Thursday' = 31
# October, 'Saturday' = 2 November.
D("o012_mozambique_mocimboa.txt", "2019-11-04", "allAfrica (Agencia de Informacao de Mocambique)", "Mozambique", events=[
    E("violence_against_civilians", [], [CIV], CHINDA_MBAU, "2019-10-31", status="reported",
      sources=["Carta de Mocambique", "local sources"], fatalities=13,
      why="'Terrorists killed 13 people in an attack last Thursday against a passenger transport vehicle in Mocimboa da Praia "
          "district'; 'The attack occurred at about 09.00 on the Chinda-Mbau road'. Thursday before Monday 4 November = 31 "
          "October. Independent newssheet: reported. 'Terrorists' unnamed: []. Road not in cities500: names only"),
    E("violence_against_civilians", [], [CIV], MIYOE, "2019-11-02", status="reported", sources=["Carta de Mocambique"],
      fatalities=10,
      why="'On Saturday, at about 17.00, in Miyoe village, also in Mocimboa da Praia, insurgents attacked a Land Cruiser, and "
          "butchered the ten people inside it'. Saturday before Monday 4 November = 2 November"),
    E("violence_against_civilians", [], [CIV], MDP_ROAD_TZ, "2019-11-02", status="reported", sources=["Carta de Mocambique"],
      why="'Also on Saturday, a vehicle was attacked 11 kilometres from Mocimboa da Praia town, on the road heading towards the "
          "Tanzanian border. The vehicle was set on fire and the whereabouts of its occupants are unknown': no toll (null). "
          "Not a named place in cities500: names only, the town's name last"),
    E("armed_clash", [MOZ], [], NTOTWE, "2019-10-31", "2019-11-04", precision="week", status="reported",
      sources=["Carta de Mocambique"],
      why="'Units of the defence and security forces are in pursuit of the insurgents, and \"Carta de Mocambique\" reports an "
          "exchange of shots in Ntotwe village': a clash with no day of its own, after the Thursday attack and before "
          "publication"),
  ], why="date from the top ' date 2019-11-04' line and '4 November 2019' in the text; AIM summary of Carta de Mocambique on "
         "insurgent ambushes of vehicles in Mocimboa da Praia district. The sole survivor's flight to Awasse is one person's "
         "escape, not a displacement; the pursuit is a deployment"),

# o013: Daily Times (Pakistan; AFP), top line ' date 2021-11-15' (a Monday): 'overnight', 'said Monday' = 14-15 November.
D("o013_drc_mikenge.txt", "2021-11-15", "Daily Times (AFP)", "DR Congo", events=[
    E("violence_against_civilians", [TWIR], [CIV], MIKENGE, "2021-11-14", "2021-11-15", status="claimed",
      sources=["Dieudonne Kasereka", "Congolese army spokesman"], fatalities=5,
      why="'A vigilante group killed at least five people in an apparent reprisal attack ... overnight, a military spokesman "
          "said Monday. Eight people were hurt in the attack in Mikenge, a town in South Kivu province'; 'the attack was carried "
          "out by fighters of the Ngumino Twigwaneho coalition'; homes torched, 'women, children and elderly people were among "
          "the victims', villagers 'taken hostage' (one raid: same type, place and night). The army is a party: claimed. "
          "Overnight before Monday 15 November = 14-15 November. Mikenge is not in cities500: names only"),
    E("armed_clash", [DRC], [TWIR], MIKENGE, "2021-11-15", status="claimed", sources=["Dieudonne Kasereka"], optional=True,
      why="'He said the army moved in early Monday and freed villagers who had been taken hostage': an implied clash, the text "
          "does not say there was fighting; optional"),
  ], why="date from the top ' date 2021-11-15' line; AFP report of the Twirwaneho attack on Mikenge. 'to avenge recent "
         "attacks' is undated; the rest is background on the east's wars"),

# o014: WNEM (Michigan TV), top line ' date 2017-04-07'.
D("o014_neg_michigan_storm.txt", "2017-04-07", "WNEM", "none", negative=True,
  why="negative: a storm on Saginaw Bay ('heavy wind and flood water battered the shoreline', residents 'forced to evacuate', "
      "'the storm's wrath', 'shambled mess'); weather, no armed actor, 'no one was hurt'. Date from the top ' date 2017-04-07' "
      "line"),

# o015: Wars in the World (Reuters copy), URL 2023/02/14 (a Tuesday); 'on Monday' = 13 February.
D("o015_neg_colombia_eln_talks.txt", "2023-02-14", "Wars in the World (Reuters)", "none", negative=True,
  why="negative, conflict-adjacent: the Colombian government and the ELN 'resumed peace talks in Mexico City on Monday'; the "
      "first round in Caracas 'last November' is talks; Petro's New Year's Eve announcement of a ceasefire was denied by the "
      "ELN ('merely a proposal that had not been agreed to'), so no agreement was concluded; the rest is background on the "
      "ELN. No armed event. Date from the URL (2023/02/14)"),
]
