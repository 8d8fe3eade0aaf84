"""Gold annotation of the wild corpus, part q (files q001..q015, split fresh/): Mali (attack on the Soumpi camp, Timbuktu
region, 27 January 2018; Boni landmine), Burkina Faso (attack on the Namissiguima military post, Sanmatenga, 8 April 2022),
Niger (ambush north of Banibangou, Tillaberi, 10 February 2023; raid on a refugee camp in Tahoua region), Nigeria (Boko Haram
raid on Gubio and the Gajiganna base, Borno, 12 September 2019), Cameroon (separatist ambush at Ekondo Titi, South-West,
3 November 2021), DR Congo (M23 takes Kitshanga, 26 January 2023; National Highway 2 cut), Central African Republic (a CPJP
splinter attacks Damara, Sibut and Dekoa, 15-16 September 2012), Somalia (al-Shabaab takes and quits Burdhubo, Gedo, 19-20
March 2018), Mozambique (insurgent raids on Liche, Limala, Chai and Maganja, Cabo Delgado, August 2019), Myanmar (the PDF takes
Pinlebu, Sagaing, 7-8 October 2024; junta air strikes), Afghanistan (Taliban overrun Ghormach district, 13 August 2017),
Pakistan (checkpoint attack at Ladha, infiltration at Spinwam, killing in Bannu, 19-20 September 2024), the Philippines (MILF
against BIFF in Shariff Saydona Mustapha, Maguindanao, 4-5 October 2019) and two negatives (Cyclone Phailin 'pounds' India's
coast, October 2013; the UN's 2015 Sahel humanitarian appeal). Collected 2026-12-08 from stored news pages (the `pages` search
corpus, excerpts kept exactly as returned, decoded from the tool's JSON by a script, raw/ + write.py), after tuning began;
annotated without running Frontline on the texts and without seeing its output. All 15 texts pass heldout_guard.py (0
overlaps).

Conventions as in part_k.py / part_m.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it: Niafunke, Gubio, Goma, Damara, Sibut, Ghormach, Bannu. Everything else
has names only; towns one might expect that are NOT in cities500: Soumpi, Boni, Namissiguima, Banibangou, Gajiganna, Ekondo
Titi, Kitshanga, Rutshuru, Nyiragongo, Masisi, Dekoa, Burdhubo, Liche, Limala, Chai, Maganja, Pinlebu, Wuntho, Ladha, Spinwam,
Shahdev Khas, Shariff Saydona Mustapha. admin1 is the GeoNames admin1 name (admin1.json); Ghormach sits in Badghis in GeoNames
although the text (and Afghanistan since 2014) puts the district in Faryab. Actor names: canonical names from the alias table
(`Malian government`, `Burkinabe government` (VDP included), `Nigerian government`, `Boko Haram`, `Congolese government`, `M23`,
`al-Shabaab`, `Somali government`, `Ethiopian government`, `Mozambican government`, `Ansar al-Sunna` (GUIDE: Mozambique's
insurgents, here 'a terrorist group' / 'insurgents'), `Myanmar military`, `People's Defense Forces`, `Taliban`, `Afghan
government`), as earlier parts for those not in the table (`Nigerien government`, `Cameroonian government`, `Ambazonian
separatists`, `Central African government`, `AMISOM`, `Pakistan`), and new ones under their common English names: `Fundamental
CPJP` (the text's 'Fundamental Convention of Patriots for Justice and Peace', a CPJP splinter), `Civilian Joint Task Force`
(Borno's pro-government vigilantes, CJTF), `Moro Islamic Liberation Front` (MILF) and `Bangsamoro Islamic Freedom Fighters`
(BIFF). Unnamed attackers ('armed men', 'armed terrorists', 'gunmen', 'militants', 'assailants'; 'jihadists' with no group
named) are []."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Mali (ML)
SOUMPI_CAMP = P(["Soumpi camp", "Soumpi", "camp in Soumpi", "the Soumpi camp", "Timbuktu region"], None, None, "Tombouctou", "site",
                "ML")
NIAFUNKE = P(["Niafunke", "Niafunké", "town of Niafunke"], 15.9322, -3.9906, "Tombouctou", "town", "ML")
BONI = P(["Boni", "Boni, central Mali"], None, None, "Mopti", "town", "ML")
NORTHERN_MALI = P(["Mali's desert north", "northern Mali", "Mali's north", "north of Mali"], None, None, None, "region", "ML")
# Burkina Faso (BF)
NAMISSIGUIMA = P(["Namissiguima military post", "Namissiguima", "army facility in Burkina Faso's centre-north", "Sanmatenga province",
                  "Sanmatenga"], None, None, "Centre-Nord", "site", "BF")
BURKINA = P(["Burkina Faso", "Burkina"], None, None, None, "country", "BF")
# Niger (NE)
BANIBANGOU_N = P(["north of the Banibangou province", "Banibangou", "Banibangou department", "northern Banibangou",
                  "Banibangou province", "Tillaberi", "Tillabéri"], None, None, "Tillabéri Region", "region", "NE")
TAHOUA_CAMP = P(["a camp sheltering migrants from nearby Mali", "camp sheltering migrants", "refugee camp in Tahoua region",
                 "Tahoua region", "Tahoua"], None, None, "Tahoua Region", "region", "NE")
# Nigeria (NG)
GUBIO = P(["Gubio", "Gubio town"], 12.49749, 12.78089, "Borno State", "town", "NG")
GAJIGANNA = P(["Gajiganna military base", "Gajiganna", "Gajiganna base", "Magumeri"], None, None, "Borno State", "site", "NG")
NORTH_BORNO = P(["northern part of Borno state", "northern Borno", "northern part of Borno", "Borno state", "Borno"], None, None,
                "Borno State", "region", "NG")
# Cameroon (CM)
EKONDO_TITI = P(["Ekondo Titi", "Ekondo Titi locality", "Ekondo-Titi", "Ekondo Titi subdivision"], None, None, "South-West", "town",
                "CM")
# DR Congo (CD)
KITSHANGA = P(["Kitshanga", "Kitchanga", "Kichanga", "town of Kitshanga"], None, None, "North Kivu", "town", "CD")
KITSHANGA_ROAD_VILLAGES = P(["several villages on the road linking the town to the provincial capital Goma",
                             "villages on the Kitshanga-Goma road", "Kitshanga-Goma road", "Masisi"], None, None, "North Kivu",
                            "region", "CD")
GOMA = P(["Goma", "provincial capital Goma"], -1.67409, 29.22845, "North Kivu", "city", "CD")
RUTSHURU = P(["Rutshuru", "Rutshuru territory", "parts of Rutshuru"], None, None, "North Kivu", "region", "CD")
NYIRAGONGO = P(["Nyiragongo", "Nyiragongo territory", "parts of Nyiragongo"], None, None, "North Kivu", "region", "CD")
MASISI = P(["Masisi", "the Masisi", "Masisi territory", "towards the Masisi"], None, None, "North Kivu", "region", "CD")
# Central African Republic (CF)
DAMARA = P(["Damara"], 4.96075, 18.7035, "Ombella-M'Poko", "town", "CF")
SIBUT = P(["Sibut"], 5.71801, 19.07389, "Kémo", "town", "CF")
DEKOA = P(["Dekoa", "Dékoa", "Dekoua"], None, None, "Kémo", "town", "CF")
CAR = P(["Central African Republic", "CAR"], None, None, None, "country", "CF")
# Somalia (SO)
BURDHUBO = P(["Burdhubo", "Burdhubo town", "Burdhubo district", "Bur Dhuubo", "Buurdhuubo", "Burdubo"], None, None, "Gedo", "town",
             "SO")
# Mozambique (MZ)
LICHE = P(["Liche", "village of Liche", "Liche village", "Nangade district"], None, None, "Cabo Delgado Province", "village", "MZ")
LIMALA = P(["Limala", "near Limala village", "Limala village", "Mocimboa da Praia district"], None, None, "Cabo Delgado Province",
           "village", "MZ")
CHAI = P(["Chai", "position of the defence and security forces at Chai", "Chai, Macomia district", "Macomia district"], None, None,
         "Cabo Delgado Province", "site", "MZ")
MAGANJA = P(["Maganja administrative post", "Maganja", "Maganja, Palma district", "Palma district"], None, None,
            "Cabo Delgado Province", "town", "MZ")
# Myanmar (MM)
PINLEBU = P(["Pinlebu", "town of Pinlebu", "Pinlebu town", "Pinlebu township"], None, None, "Sagaing Region", "town", "MM")
# Afghanistan (AF)
GHORMACH = P(["Ghormach", "Ghormach district", "headquarters of Ghormach district", "Ghormach area", "Ghowrmach", "Qal'a-i-Wali"],
             35.73062, 63.78264, "Badghis", "town", "AF")
# Pakistan (PK)
LADHA_CP = P(["checkpoint of security forces in the Ladha area", "Ladha area of South Waziristan", "Ladha", "Ladha area",
              "South Waziristan"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
SPINWAM = P(["Spinwam", "Spinwam area", "Spinwam area of North Waziristan district", "Pakistan-Afghanistan border",
             "North Waziristan"], None, None, "Khyber Pakhtunkhwa", "region", "PK")
SHAHDEV_KHAS = P(["Shahdev Khas", "Shahdev Khas area of Bannu", "near a market in Shahdev Khas", "Bannu"], None, None,
                 "Khyber Pakhtunkhwa", "site", "PK")
# Philippines (PH)
SHARIFF_SAYDONA = P(["Shariff Saydona Mustapha", "Sitio Tinulasan, Barangay Dasawao", "Barangay Dasawao", "Dasawao",
                     "Shariff Saydona", "Shariff Saydona Mustapha, Maguindanao", "Maguindanao"], None, None,
                    "Autonomous Region in Muslim Mindanao", "town", "PH")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
MLI, BFA, NER = "Malian government", "Burkinabe government", "Nigerien government"
NGA, BH, CJTF = "Nigerian government", "Boko Haram", "Civilian Joint Task Force"
CMR, AMBA = "Cameroonian government", "Ambazonian separatists"
COD, M23 = "Congolese government", "M23"
CAF, FCPJP = "Central African government", "Fundamental CPJP"
SHAB, SOM, ETH, AMISOM = "al-Shabaab", "Somali government", "Ethiopian government", "AMISOM"
ASS, MOZ = "Ansar al-Sunna", "Mozambican government"
JUNTA, PDF = "Myanmar military", "People's Defense Forces"
TAL, AFG = "Taliban", "Afghan government"
PAK = "Pakistan"
MILF, BIFF = "Moro Islamic Liberation Front", "Bangsamoro Islamic Freedom Fighters"

DOCS = [
# q001: New Indian Express (AFP), top line ' date 2018-01-27' (a Saturday); URL 2018/jan/27 agrees; 'this Saturday' in the text.
D("q001_mali_soumpi.txt", "2018-01-27", "The New Indian Express (AFP)", "Mali", events=[
    E("armed_clash", [], [MLI], SOUMPI_CAMP, "2018-01-27", status="claimed",
      sources=["Malian military sources", "local official", "AFP"], fatalities=10,
      why="'At least 10 Malian soldiers were killed today in an attack on their camp in the restive north blamed on jihadists, "
          "military sources and a local official told AFP'; 'The camp in Soumpi, Timbuktu region, was targeted this morning by "
          "armed men'; 'Ten of our men were killed in action this Saturday'. 'today' = 'this Saturday' = 27 January 2018. An "
          "attack on an army camp with no stated means: armed_clash. Attackers unnamed ('armed men', 'blamed on jihadists'): "
          "actor1 []. Military sources and a local official (the government side): claimed. 17 wounded are not counted. Soumpi "
          "is not in cities500: names only, precision site (a camp)"),
    E("remote_explosive", [], [CIV], BONI, "2018-01-25", status="reported", sources=["UN"], fatalities=26,
      why="'The latest attack comes two days after 26 civilians including mothers and babies were killed when their vehicle ran "
          "over a landmine in Boni, central Mali, according to a UN death toll': dated background (two days before Saturday 27 "
          "January = Thursday 25 January). Landmine: remote_explosive. UN toll: reported. Boni is not in cities500: names only"),
    E("evacuation", [MLI], [], NIAFUNKE, "2018-01-27", status="claimed", sources=["local official"], optional=True,
      why="'five wounded men were transferred to the town of Niafunke for medical treatment': a medical evacuation of wounded "
          "soldiers (patients), placed at the place reached as the text names no other; a careful annotator may not count a "
          "casualty transfer as an event, so optional. Niafunke is in cities500"),
  ], why="date from the top ' date 2018-01-27' line ('today' / 'this Saturday'); AFP story on the jihadist attack on the Soumpi "
         "army camp. 'Al-Qaeda-linked groups mount increasingly deadly attacks' is analysis, not an event"),

# q002: East Coast Daily, no date line; URL /2022/04/09/ (a Saturday). 'on Friday' = 8 April 2022.
D("q002_burkina_namissiguima.txt", "2022-04-09", "East Coast Daily", "Burkina Faso", events=[
    E("armed_clash", [], [BFA], NAMISSIGUIMA, "2022-04-08", status="claimed", sources=["Burkinabe army"], fatalities=16,
      why="'According to the army, at least 12 troops and four paramilitary fighters were killed and 21 others were wounded in "
          "an attack on an army facility in Burkina Faso's insurgent-infested centre-north on Friday'; 'early in the morning at "
          "the Namissiguima military post in Burkina Faso's Sanmatenga province'. Friday before Saturday 9 April = 8 April 2022. "
          "Attack on a military post, no means stated: armed_clash. The statement 'did not go into detail about the attackers': "
          "actor1 []. Troops and paramilitaries (the VDP, in the alias line of `Burkinabe government`): 12 + 4 = 16 dead. The "
          "army's statement: claimed. Namissiguima is not in cities500: names only, precision site"),
    E("protest", [CIV], [BFA], BURKINA, "2022-01-01", "2022-01-31", precision="month", status="reported", optional=True,
      why="'Protests in Burkina Faso erupted in January as a result of citizens' dissatisfaction with the government's "
          "inability to protect them': background with a month date (January 2022), country-wide, no place: optional"),
    E("territory_captured", [], [MLI], NORTHERN_MALI, "2012-01-01", "2012-12-31", precision="year", status="reported",
      optional=True,
      why="'In 2012, Islamists grabbed control of Mali's desert north': region-wide background with a year date, no group "
          "named (actor1 []); optional, as o001 did for the same sentence. No control assertion: the text goes on to say France "
          "intervened to push them back"),
    E("armed_clash", ["France"], [], NORTHERN_MALI, "2013-01-01", "2013-12-31", precision="year", status="reported",
      optional=True,
      why="'leading France ... to intervene the following year in an attempt to push them back': the 2013 intervention, "
          "region-wide with a year date; optional"),
  ], why="date from the URL (2022/04/09), the excerpt has no date line; army statement on the attack on the Namissiguima post. "
         "'the fourth coup in 18 months in West Africa' and the insurgency's cumulative toll are not events"),

# q003: newshour.media, no date line; URL /2023/02/12/ (a Sunday). 'on Saturday' = 11 Feb (the statement), 'on Friday' = 10 Feb.
D("q003_niger_banibangou.txt", "2023-02-12", "Newshour Media", "Niger", events=[
    E("armed_clash", [], [NER], BANIBANGOU_N, "2023-02-10", status="claimed", sources=["Nigerien defence ministry"], fatalities=10,
      why="'The defense ministry reported on Saturday that at least ten soldiers were killed in an ambush by some \"armed "
          "terrorists\" in southwest Niger'; '13 soldiers were hurt in the attack on Friday'; 'they were on patrol in the north "
          "of the Banibangou province'. Friday before Sunday 12 February = 10 February 2023. Ambush of a patrol, no means "
          "stated: armed_clash. Attackers unnamed: actor1 []. Attackers were 'killed during the fighting' but not counted: "
          "fatalities 10. Ministry statement: claimed. Banibangou is not in cities500: names only, the area north of it"),
    E("violence_against_civilians", [], [CIV], TAHOUA_CAMP, "2023-01-30", "2023-02-05", precision="week", status="reported",
      sources=["local official"], fatalities=9,
      why="'The area is close to the Tahoua region, where last week, armed gunmen raided a camp sheltering migrants from nearby "
          "Mali'; 'That attack ... claimed nine lives'. Dated background with a toll: required. 'last week' = Monday to Sunday "
          "of the week before publication (30 January - 5 February 2023), precision week. The raid is stated in the outlet's "
          "voice (the local official is quoted only on who carried it out): reported. The camp is unnamed: the Tahoua region, "
          "names only (Tahoua city in cities500 is not the place)"),
    E("evacuation", ["France"], [], P(["Mali"], None, None, None, "country", "ML"), "2022-01-01", "2022-12-31", precision="year",
      status="reported", optional=True,
      why="'following the withdrawal of French forces from Mali last year': a country-wide pull-out dated only by year (2022); "
          "closer to a redeployment than a battlefield retreat, so at most an optional evacuation. The 'impending withdrawal "
          "from Burkina Faso' is future, not an event"),
  ], why="date from the URL (2023/02/12); the excerpt has no date line. AFP-based report of the defence ministry statement on "
         "the Banibangou ambush. 'Since 2017, armed groups ... have frequently attacked Tillaberi' is a general statement; the "
         "French condemnation and troop numbers are not events"),

# q004: Sahara Reporters, top line ' date 2019-09-13' (a Friday); URL 2019/09/13 agrees. 'on Thursday evening' = 12 Sep.
D("q004_nigeria_gubio.txt", "2019-09-13", "Sahara Reporters", "Nigeria", events=[
    E("armed_clash", [BH], [NGA, CJTF], GUBIO, "2019-09-12", status="reported", sources=["Bukar Abdul", "Civilian Joint Task Force"],
      fatalities=7,
      why="'At least seven persons were killed while dozens others have remained missing after Boko Haram insurgents attacked "
          "Gubio in Borno State on Thursday evening'; 'the insurgents killed four soldiers and a leader of CJTF in Gubio'; 'They "
          "purposely came for CJTF members and soldiers, their target was not residents'. Thursday before Friday 13 September "
          "= 12 September 2019. An attack aimed at soldiers and the CJTF: armed_clash (not violence against civilians). The "
          "lead is in the outlet's own voice: reported (the details are a CJTF member's). Seized gun trucks are part of the raid. "
          "Gubio is in cities500"),
    E("armed_clash", [BH], [NGA], GAJIGANNA, "2019-09-12", status="claimed", sources=["Bukar Abdul", "Civilian Joint Task Force"],
      why="'the insurgents came with heavy weapons to attack Gajiganna military base and that they burnt down an armoured tank "
          "and seized a utility vehicle': a second place of the same 'simultaneous and coordinated attacks' of Thursday 12 "
          "September. Only the CJTF member (a member of a pro-government armed group) says so: claimed. No toll. Gajiganna is "
          "not in cities500: names only, precision site (a base)"),
    E("displacement", [BH], [CIV], NORTH_BORNO, "2019-09-12", status="reported", sources=["Sahara Reporters"],
      why="'Saharareporters had earlier reported that hundreds of residents fled their homes in simultaneous and coordinated "
          "attacks by Boko Haram terrorists in the northern part of Borno state on Thursday': displacement at the origin, "
          "Thursday 12 September; 'hundreds' is vague: displaced null. Only the region is named: names only, precision region"),
  ], why="date from the top ' date 2019-09-13' line and the URL; Boko Haram raid on Gubio (and the Gajiganna base) in northern "
         "Borno. The burial of the CJTF leader and the vow to fight on are not events"),

# q005: Cameroon Online (Xinhua), top line ' date 2021-11-05' (a Friday). 'on Wednesday' = 3 November 2021.
D("q005_cameroon_ekondo_titi.txt", "2021-11-05", "Cameroon Online (Xinhua)", "Cameroon", events=[
    E("armed_clash", [AMBA], [CMR], EKONDO_TITI, "2021-11-03", status="reported",
      sources=["security and local sources", "security official"], fatalities=2,
      why="'At least two Cameroonian soldiers were killed on Wednesday in an ambush by suspected separatist fighters in the "
          "country's restive Anglophone region of Southwest, according to security and local sources'; 'ambushed and killed in "
          "Ekondo Titi locality'. Wednesday before Friday 5 November = 3 November 2021. An ambush on soldiers: armed_clash. "
          "'suspected separatist fighters' are the Anglophone separatists (`Ambazonian separatists`, as in part b). The lead "
          "cites local sources beside security ones, so reported (a security official alone would make it claimed). Ekondo "
          "Titi is not in cities500: names only"),
  ], why="date from the top ' date 2021-11-05' line; Xinhua report of a separatist ambush in Ekondo Titi, South-West region. "
         "'Government forces and separatist fighters have been clashing in the regions since 2017' is a general statement"),

# q006: TRT World, top line ' date 2023-01-28' (a Saturday). 'on Friday' = 27 Jan; 'late on Thursday' = 26 Jan 2023.
D("q006_drc_kitshanga.txt", "2023-01-28", "TRT World", "DR Congo", events=[
    E("territory_captured", [M23], [COD], KITSHANGA, "2023-01-26", status="claimed", sources=["Congolese army"],
      why="'Rebels from the M23 group ... have seized a town from the army ..., the military said'; 'The rebels took control of "
          "Kitshanga late on Thursday'. Thursday before Saturday 28 January = 26 January 2023. Attributed to the army (a "
          "party): claimed. Kitshanga is not in cities500: names only"),
    E("evacuation", [COD], [], KITSHANGA, "2023-01-26", "2023-01-27", status="claimed", sources=["Congolese army"], optional=True,
      why="'DRC's army confirmed the withdrawal on Friday, calling it a tactical move to protect civilians': the army's "
          "retreat from the town; withdrawals are optional evacuations (GUIDE)"),
    E("territory_captured", [M23], [COD], KITSHANGA_ROAD_VILLAGES, "2023-01-01", "2023-01-26", precision="month",
      status="reported", optional=True,
      why="'after capturing several villages on the road linking the town ... to the provincial capital Goma': unnamed villages, "
          "taken before Thursday with no date of their own; optional"),
    E("route_cut", [M23], [COD], GOMA, "2022-10-01", "2022-11-30", precision="month", status="reported",
      route=R(None, GOMA, "National Highway 2"),
      why="'The city [Goma] ... was already cut off from the north after rebels took National Highway 2 during their offensive "
          "in October and November': dated background (October-November 2022, month precision), in the outlet's voice: "
          "reported. Placed at Goma, the city cut off (as part_f places a route cut at the town it serves)"),
    E("territory_captured", [M23], [COD], RUTSHURU, "2022-01-01", "2023-01-28", precision="month", status="reported",
      optional=True,
      why="'took up arms at the end of 2021 and has since seized parts of Rutshuru and Nyiragongo': partial captures with no "
          "date of their own beyond 'since' the end of 2021; optional (one per place)"),
    E("territory_captured", [M23], [COD], NYIRAGONGO, "2022-01-01", "2023-01-28", precision="month", status="reported",
      optional=True, why="as above, 'parts of ... Nyiragongo'; optional"),
    E("evacuation", [M23], [], None, "2022-12-01", "2023-01-28", precision="month", status="claimed", sources=["M23"],
      optional=True,
      why="'the rebels announced their withdrawal in December and January from two captured areas': withdrawals the rebels "
          "announced, areas unnamed (place null); optional"),
    E("armed_clash", [M23], [COD], MASISI, "2022-12-01", "2023-01-28", precision="month", status="reported", optional=True,
      why="'But clashes continued in other areas, notably towards the west towards the Masisi': ongoing fighting with no date "
          "of its own (December-January by context); optional"),
  ], control=[
    C(KITSHANGA, M23, "2023-01-26", why="'The rebels took control of Kitshanga late on Thursday' (26 January 2023)"),
    C(RUTSHURU, M23, "2023-01-28", contested_by=[COD],
      why="'has since seized parts of Rutshuru': partly held, share not given; contested by the army"),
    C(NYIRAGONGO, M23, "2023-01-28", contested_by=[COD],
      why="'has since seized parts of ... Nyiragongo': partly held, share not given; contested by the army"),
  ], why="date from the top ' date 2023-01-28' line; AFP-based report of M23's capture of Kitshanga, North Kivu. 'Kinshasa "
         "charges [M23] is backed by Rwanda' and 'Kigali denies' are claims, not events; the regional force's deployment is not "
         "an event. The excerpt ends on a subheading ('Tactical withdrawal')"),

# q007: Townhall (AP), 'Posted: Sep 17, 2012 12:59 PM' under the headline (a Monday). 'over the weekend' = 15-16 Sep 2012.
D("q007_car_dekoa.txt", "2012-09-17", "Townhall (AP)", "Central African Republic", events=[
    E("armed_clash", [FCPJP], [CAF], DAMARA, "2012-09-15", "2012-09-16", status="reported", sources=["AP"],
      why="'Three towns north of the capital, Bangui, were attacked over the weekend by a new rebel group'; 'Damara, Sibut and "
          "Dekoa ... were attacked by a group called the Fundamental Convention of Patriots for Justice and Peace'. A list: one "
          "event per place. The weekend before Monday 17 September = 15-16 September 2012. Rebels attacking towns held by the "
          "government, 'the fighting' confirmed by the defence minister: armed_clash. Outlet's voice: reported. Damara is in "
          "cities500"),
    E("armed_clash", [FCPJP], [CAF], SIBUT, "2012-09-15", "2012-09-16", status="reported", sources=["AP"],
      why="the second town of the list ('Damara, Sibut and Dekoa ... were attacked'); Sibut is in cities500"),
    E("armed_clash", [FCPJP], [CAF], DEKOA, "2012-09-15", "2012-09-16", status="reported", sources=["AP", "source close to the army"],
      fatalities=2,
      why="the third town of the list; 'A source close to the army said that two soldiers died fighting the rebels at Dekoa': "
          "fatalities 2. The attack is in the outlet's voice (reported); the toll is the army source's. Dekoa is not in "
          "cities500: names only"),
    E("agreement", [FCPJP, CAF], [], CAR, "2012-08-01", "2012-08-31", precision="month", status="reported", optional=True,
      why="'the CPJP signed a peace accord one month ago': background agreement between the CPJP and the government, 'one month "
          "ago' ~ August 2012 (month), no place: optional. Signed by the CPJP, of which the attackers are a splinter"),
  ], why="date from 'Posted: Sep 17, 2012' under the headline (URL 2012/09/17 agrees); AP report of a CPJP splinter group's "
         "attacks on three towns north of Bangui. The rebels' intent 'to march on Bangui and overthrow President Francois Bozize' "
         "is a threat/plan, not an event"),

# q008: allAfrica (Shabelle Media Network), top line ' date 2018-03-20' and '20 March 2018' (a Tuesday). 'Monday night' = 19 Mar.
D("q008_somalia_burdhubo.txt", "2018-03-20", "allAfrica (Shabelle Media Network)", "Somalia", events=[
    E("territory_captured", [SHAB], [SOM], BURDHUBO, "2018-03-19", status="reported", sources=["Shabelle Media Network"],
      why="'Al Shabaab militants have withdrawn from Burdhubo district ... hours after it capturing it from Somali troops on "
          "Monday night'. Monday before Tuesday 20 March = 19 March 2018. Outlet's voice (residents quoted): reported. Burdhubo "
          "is not in cities500: names only"),
    E("evacuation", [SHAB], [], BURDHUBO, "2018-03-20", status="reported", sources=["residents"], optional=True,
      why="'have withdrawn from Burdhubo district ... hours after it capturing it'; 'al-Shabab battle-wagons loaded with their "
          "weapons had been leaving since the morning' (residents): a withdrawal, optional evacuation (GUIDE)"),
    E("territory_captured", [ETH, AMISOM, SOM], [SHAB], BURDHUBO, "2018-03-20", status="reported", sources=["locals"],
      why="'Ethiopian troops serving under African Union mission in Somalia, known as [AMISOM] and Somali government forces "
          "retook control of the town shortly after Al-Shabaab pull out'; 'the allied forces secured the town ..., according to "
          "the locals'. The same Tuesday (the pull-out ran 'since the morning'). Locals: reported. Retaken without a fight "
          "(the militants had left) but still a (re)capture"),
  ], control=[
    C(BURDHUBO, SOM, "2018-03-20",
      why="'AMISOM and Somali government forces retook control of the town'; 'the allied forces secured the town'. Controller: "
          "the Somali government (with AMISOM's Ethiopian troops)"),
  ], why="date from the top ' date 2018-03-20' line and '20 March 2018'; Shabelle report of al-Shabaab's overnight capture of "
         "and withdrawal from Burdhubo, Gedo. The mine clearing is not an event; 'Al-Shabab has lost control of several small "
         "towns, including Mogadishu in the past years' has no date or actor; 'still controls large swathes of territory in "
         "rural areas' names no place"),

# q009: allAfrica (AIM), top line ' date 2019-08-12' and '12 August 2019' (a Monday). 'Friday night' = 9 Aug; 'Last Monday, 5
# August'; 'Last Tuesday' = 6 Aug.
D("q009_mozambique_liche.txt", "2019-08-12", "allAfrica (Agencia de Informacao de Mocambique)", "Mozambique", events=[
    E("violence_against_civilians", [ASS], [CIV], LICHE, "2019-08-09", status="reported", sources=["Carta de Mocambique"],
      fatalities=0,
      why="'A terrorist group on Friday night attacked the village of Liche, in Nangade district'; 'No casualties were reported "
          "from this raid, but a woman was kidnapped and 22 houses were burnt down'. Friday before Monday 12 August = 9 August "
          "2019. Raid on a village (abduction, arson): violence_against_civilians, fatalities 0. Mozambique's insurgents are "
          "Ansar al-Sunna (GUIDE). Independent newssheet: reported. Liche is not in cities500: names only"),
    E("armed_clash", [MOZ], [ASS], LICHE, "2019-08-09", status="reported", sources=["Carta de Mocambique"], optional=True,
      why="'Intervention by the Mozambican defence and security forces prevented any worse damage': implies the forces engaged "
          "the raiders; no fighting is described, so optional"),
    E("violence_against_civilians", [ASS], [CIV], LIMALA, "2019-08-05", status="reported", sources=["Carta de Mocambique"],
      fatalities=1,
      why="'Last Monday, 5 August, an insurgent group surprised a couple near Limala village, in Mocimboa da Praia district. They "
          "beheaded the man and kidnapped the women': dated background with a victim; required. Limala is not in cities500"),
    E("armed_clash", [ASS], [MOZ], CHAI, "2019-08-05", "2019-08-12", precision="week", status="claimed",
      sources=["official, but anonymous, sources", "Carta de Mocambique"], fatalities=1,
      why="'Official, but anonymous, sources told \"Carta de Mocambique\" that insurgents also attacked a position of the defence "
          "and security forces at Chai, in Macomia district. One soldier was killed and 26 others fled'. No day given: a range "
          "up to publication; the report gathers the past week's attacks, so the week 5-12 August. Officials (the government "
          "side): claimed. Chai is not in cities500: names only"),
    E("evacuation", [MOZ], [], CHAI, "2019-08-05", "2019-08-12", precision="week", status="claimed",
      sources=["official, but anonymous, sources"], optional=True,
      why="'26 others fled, because they were heavily outnumbered': soldiers fleeing their position, a retreat: optional "
          "evacuation (GUIDE)"),
    E("violence_against_civilians", [ASS], [CIV], MAGANJA, "2019-08-06", status="reported", sources=["Carta de Mocambique"],
      why="'Last Tuesday there was an attack against the Maganja administrative post, in Palma district. An unspecified number "
          "of troops and civilians were killed, and houses were sacked and burnt'. Tuesday before Monday 12 August = 6 August "
          "2019. Civilians killed and houses looted and burnt: violence_against_civilians (toll unspecified: null). Outlet's "
          "voice: reported. Maganja is not in cities500: names only"),
    E("armed_clash", [ASS], [MOZ], MAGANJA, "2019-08-06", status="reported", sources=["Carta de Mocambique"], optional=True,
      why="the same attack killed troops too, so it can also be read as a clash with the defence forces; optional second "
          "reading (the excerpt describes no fighting)"),
  ], why="date from the top ' date 2019-08-12' line and '12 August 2019'; AIM round-up of insurgent raids in Nangade, Mocimboa "
         "da Praia, Macomia and Palma districts, Cabo Delgado. The LNG plant is only a landmark"),

# q010: RFA, no date line; URL ...-10092024074040.html = 10/09/2024 (RFA's MMDDYYYY stamp, as '08192024' = 19 August in f002),
# a Wednesday. 'on Monday night' = 7 October, 'by 6 a.m.' = 8 October 2024.
D("q010_myanmar_pinlebu.txt", "2024-10-09", "Radio Free Asia", "Myanmar", events=[
    E("territory_captured", [PDF], [JUNTA], PINLEBU, "2024-10-07", "2024-10-08", status="reported",
      sources=["residents", "rebel soldiers", "PDF-Sagaing"],
      why="'Pro-democracy fighters in Myanmar have captured a northwestern town ... residents and rebel soldiers told Radio Free "
          "Asia'; 'The town of Pinlebu'; 'We stormed the town on Monday night and by 6 a.m. we cleared out all the soldiers' (a "
          "PDF-Sagaing member). Monday before Wednesday 9 October = 7 October; cleared by the morning of 8 October. The lead "
          "cites residents beside the fighters: reported. Pinlebu is not in cities500: names only"),
    E("air_strike", [JUNTA], [PDF], PINLEBU, "2024-10-08", "2024-10-09", status="reported", sources=["residents", "PDF-Sagaing"],
      why="'triggering sustained airstrikes by the military in response'; 'The junta's air force has launched sustained "
          "airstrikes in the area in response, residents said'; 'The junta council started bombing with a Y-12 aircraft after "
          "the town was captured'. After the capture (8 October) to publication. Residents: reported"),
    E("armed_clash", [PDF], [JUNTA], PINLEBU, "2024-08-15", "2024-10-08", precision="month", status="claimed",
      sources=["PDF-Sagaing"],
      why="'The fighters ... launched their fifth bid to recapture the town on Aug. 15'; 'after weeks of fighting'. The offensive "
          "from 15 August to the capture, an ongoing state with its start given (month precision). The PDF-Sagaing statement "
          "(a party): claimed"),
    E("air_strike", [JUNTA], [PDF], PINLEBU, "2024-08-15", "2024-10-08", precision="month", status="claimed",
      sources=["PDF-Sagaing"], optional=True,
      why="'and withstood 130 airstrikes in the days that followed' (PDF statement): an aggregate of strikes after 15 August; "
          "kept optional beside the required post-capture air strikes at the same place"),
    E("territory_captured", [PDF], [JUNTA], PINLEBU, "2023-10-01", "2023-11-30", precision="month", status="reported",
      optional=True,
      why="'Anti-junta forces captured it nearly a year ago': background with a vague date ('nearly a year ago' ~ October-"
          "November 2023); optional"),
    E("territory_captured", [JUNTA], [PDF], PINLEBU, "2023-10-01", "2023-11-30", precision="month", status="reported",
      optional=True,
      why="'but lost it to the military days later': the junta's recapture, same vague date; optional"),
    E("evacuation", [JUNTA], [], PINLEBU, "2024-10-08", status="claimed", sources=["PDF-Sagaing"], optional=True,
      why="'wounded junta soldiers and their relatives were allowed to withdraw to the town of Wuntho about 40 kilometers ... to "
          "the southeast' (the group said): a withdrawal of defeated troops and families, placed at the origin; optional "
          "(GUIDE: withdrawals)"),
    E("arrest", [PDF], [JUNTA], PINLEBU, "2024-10-08", status="claimed", sources=["PDF-Sagaing"], optional=True,
      why="'Anti-junta forces had also taken prisoners, the group said, without elaborating': captures of prisoners, no number "
          "and no detail; optional"),
  ], control=[
    C(PINLEBU, PDF, "2024-10-08", why="'by 6 a.m. we cleared out all the soldiers. The police station was cleared'; 'the loss of "
      "the town' (the junta's). Held by the PDF as of 8 October 2024; the junta's counter-attack is only being prepared"),
  ], why="date from the URL stamp 10092024 (9 October 2024); the excerpt has no date line. RFA report of the PDF's capture of "
         "Pinlebu, Sagaing, and the junta's air strikes. The junta battalions 'preparing to counter-attack' is a plan, not an "
         "event; the excerpt is cut off mid-word"),

# q011: Global Times (Xinhua), top line ' date 2017-08-13' (a Sunday). 'on Sunday' / 'today' = 13 August 2017.
D("q011_afghanistan_ghormach.txt", "2017-08-13", "Global Times (Xinhua)", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], GHORMACH, "2017-08-13", status="claimed", sources=["Samiullah Khair Khah"],
      fatalities=16,
      why="'Taliban militants overrun Ghormach district in the northern Faryab province on Sunday, head of Provincial Council "
          "Samiullah Khair Khah said'; 'Taliban rebels overrun the headquarters of Ghormach district at 11:00 am local time "
          "today'. Sunday 13 August 2017. The provincial council head is an official of the government side: claimed. '11 "
          "militants and five security personnel had been killed' in the fighting for the district: 16. Ghormach is in "
          "cities500 (GeoNames admin1 Badghis; the text says Faryab)"),
    E("siege", [TAL], [AFG], GHORMACH, "2017-08-06", "2017-08-13", precision="week", status="claimed",
      sources=["Samiullah Khair Khah"], optional=True,
      why="'Following days of besiege and fierce fighting': a siege of the district before its fall, 'days' with no start "
          "date; background with a vague date, optional"),
    E("armed_clash", [TAL], [AFG], GHORMACH, "2017-08-06", "2017-08-13", precision="week", status="claimed",
      sources=["Samiullah Khair Khah"], optional=True,
      why="'days of ... fierce fighting' before the fall; folded into the capture by a careful annotator or kept apart: "
          "optional"),
    E("evacuation", [AFG], [], GHORMACH, "2017-08-13", status="claimed", sources=["Samiullah Khair Khah"], optional=True,
      why="'the security forces have made a technical retreat': a retreat, optional evacuation (GUIDE). 'the troops would soon "
          "recapture it' is a forecast, not an event"),
  ], control=[
    C(GHORMACH, TAL, "2017-08-13", why="'Taliban rebels overrun the headquarters of Ghormach district' on 13 August 2017"),
  ], why="date from the top ' date 2017-08-13' line ('on Sunday', 'today'); Xinhua report of the Taliban's capture of Ghormach "
         "district. 'have briefly captured some districts' since April names no district and no date"),

# q012: Dawn, top line ' date 2024-09-21' and 'Published September 21, 2024' (a Saturday). 'Earlier on Thursday' = 19 Sep;
# 'on Friday' = 20 Sep.
D("q012_pakistan_ladha.txt", "2024-09-21", "Dawn", "Pakistan", events=[
    E("armed_clash", [], [PAK], LADHA_CP, "2024-09-19", "2024-09-20", status="claimed", sources=["ISPR"], fatalities=11,
      why="'In the Ladha area of South Waziristan, a group of militants attacked a checkpoint of security forces, Inter-Services "
          "Public Relations (ISPR) confirmed'; 'five alleged militants were killed'; 'six brave sons of soil ... embraced "
          "shahadat': 5 + 6 = 11. The day is not given; the next paragraph's 'Earlier on Thursday' puts it on Thursday 19 "
          "September (or the night into Friday): 19-20 September. Militants unnamed: actor1 []. ISPR (the military): claimed. "
          "Ladha is not in cities500: names only, precision site (a checkpoint)"),
    E("armed_clash", [PAK], [], SPINWAM, "2024-09-19", status="claimed", sources=["ISPR"], fatalities=7,
      why="'Earlier on Thursday, at least seven terrorists attempted to infiltrate the Pakistan-Afghanistan border in the "
          "Spinwam area of North Waziristan district'; 'The border forces ... \"surrounded\" the infiltrators. In the exchange of "
          "fire, security forces killed all seven militants'. Thursday before Saturday 21 September = 19 September 2024. ISPR: "
          "claimed. Spinwam is not in cities500: names only"),
    E("violence_against_civilians", [], [CIV], SHAHDEV_KHAS, "2024-09-20", status="claimed", sources=["local police"],
      fatalities=1, optional=True,
      why="'In the Shahdev Khas area of Bannu, an intelligence official was martyred and his brother injured in an attack on "
          "Friday, according to local police'; 'assailants riding motorcycles opened fire at them' while he sat near a market. "
          "Friday before Saturday 21 September = 20 September. A shooting of an off-duty Intelligence Bureau official and his "
          "brother: the type could be violence against civilians or an attack on security personnel (armed_clash); both "
          "readings optional. Police (a party): claimed. Bannu is in cities500 but Shahdev Khas is not: names only, city last"),
    E("armed_clash", [], [PAK], SHAHDEV_KHAS, "2024-09-20", status="claimed", sources=["local police"], fatalities=1,
      optional=True,
      why="second reading of the Bannu shooting: the text counts the official among the 'Eight security personnel' martyred "
          "in 'separate attacks'; optional"),
  ], why="date from the top ' date 2024-09-21' line and 'Published September 21, 2024'; Dawn round-up of attacks in Khyber "
         "Pakhtunkhwa. The 'Eight security personnel have been martyred' lead is a sum of the separate attacks, not an event; "
         "the police search operation is not an event. The headline-like line 'Six soldiers embrace martyrdom in attack on check "
         "post; intelligence officer gunned down in Bannu' is a link to a related story on the same events. The excerpt is cut "
         "off"),

# q013: Northbound Asia (PNA), top line ' date 2019-10-06' (a Sunday). 'on Friday and Saturday dawn' = 4-5 October 2019.
D("q013_philippines_shariff_saydona.txt", "2019-10-06", "Northbound Asia (Philippine News Agency)", "Philippines", events=[
    E("armed_clash", [BIFF], [MILF], SHARIFF_SAYDONA, "2019-10-04", "2019-10-05", status="reported",
      sources=["Philippine military", "Ernesto Gener", "Arnold Santiago"], fatalities=7,
      why="'A total of seven members of the Moro Islamic Liberation Front (MILF) national guard were killed in clashes with "
          "Islamic State-linked Bangsamoro Islamic Freedom Fighters (BIFF) in Shariff Saydona Mustapha, Maguindanao on Friday "
          "and Saturday dawn, the military said'; 'the first firefight erupted early Friday morning in Sitio Tinulasan, "
          "Barangay Dasawao'. Friday-Saturday before Sunday 6 October = 4-5 October 2019. The Army is not a party to this "
          "MILF-BIFF feud ('there was no joint Army-MILF operation'): reported. Actor order: the text gives no clear initiator "
          "(the BIFF blames the MILF); the BIFF is put first as the side that inflicted the reported deaths. Shariff Saydona "
          "Mustapha is not in cities500: names only"),
    E("armed_clash", [MILF], [BIFF], SHARIFF_SAYDONA, "2019-10-04", "2019-10-05", status="claimed",
      sources=["Abu Misry Mama", "BIFF"], fatalities=8, optional=True,
      why="'But Abu Misry Mama, speaking for the BIFF, said eight MILF members were killed in a clash ignited by the MILF': the "
          "BIFF's contradicting version (8 dead, MILF as initiator); optional second event (GUIDE)"),
    E("shelling", [BIFF, MILF], [], SHARIFF_SAYDONA, "2019-10-04", "2019-10-05", status="reported", sources=["military officials"],
      why="'Sporadic exchange of mortars continued until Saturday, military officials said': mortars, typed by means as "
          "shelling; an exchange between the two groups (both in actor1, no single target side). Until Saturday 5 October"),
  ], why="date from the top ' date 2019-10-06' line; PNA report of MILF-BIFF clashes in Shariff Saydona Mustapha, Maguindanao. "
         "The burial of the dead and the Army's readiness to assist are not events"),

# q014: The Guardian, 'Sun 13 Oct 2013 04.53 EDT' under the byline; URL 2013/oct/13 agrees. NEGATIVE.
D("q014_neg_india_cyclone.txt", "2013-10-13", "The Guardian", "none", negative=True, events=[], control=[],
  why="negative: Cyclone Phailin striking India's east coast (Odisha, Andhra Pradesh): 'storm pounds India', 'crashed ashore', "
      "'cyclone-battered coast', 'death toll', 'evacuated', 'worst-hit', 'forcibly evacuated thousands', 'took refuge' - weather "
      "and a disaster evacuation, no armed violence and no armed actor. Date 'Sun 13 Oct 2013' under the byline and the URL"),

# q015: UN News, '12 February 2015' under the headline. NEGATIVE.
D("q015_neg_sahel_un_appeal.txt", "2015-02-12", "UN News", "none", negative=True, events=[], control=[],
  why="negative: the UN's 2015 Sahel humanitarian appeal ($1.96 billion). Conflict is mentioned only in general terms: "
      "'Violent conflict and insecurity have worsened over the last 12 months', '2.8 million people have been uprooted from "
      "their homes' (a region-wide cumulative figure, not a displacement event), 'Violence in north-east Nigeria, the volatile "
      "situation in Mali, and the crisis in the Central African Republic' (cut off). Date '12 February 2015' under the headline "
      "('today launched')"),
]
