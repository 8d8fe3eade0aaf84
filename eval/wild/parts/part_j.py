"""Gold annotation of the wild corpus, part j (files j001..j015, split fresh/): Mali (2013, Operation Serval), DR Congo
(M23, 2012), South Sudan (2014), Ethiopia (Tigray, 2020), Haiti (Viv Ansanm, 2024), Libya (Sirte, 2015), Colombia (ELN,
2025), Sudan (SAF/RSF, Gezira 2024), Nigeria (Benue farmer-herder violence, 2018), Burkina Faso (Djibo, 2023), Mozambique
(Mocimboa da Praia, 2020), Mexico (Michoacan, 2023), Somalia (Hirshabelle offensive, 2022), and two negatives. Collected
2026-12-07 from stored news pages (search corpus `pages`, each text exactly the stored excerpt); annotated by hand without
running Frontline on the texts or looking at its output. Conventions as in part_b.py / part_d.py / part_f.py / part_h.py,
GUIDE.md and ../../../../shared/spec/README.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it; everything else (villages, bases, oilfields, districts,
neighbourhoods, regions) has names only. admin1 is the state/region/province name. Status: officials of a party (ministers,
army spokesmen, state news agencies, police, a party's statement or claim) are `claimed`; the outlet's own voice, residents,
eyewitnesses, NGOs, the UN and unnamed security/local sources are `reported` (as in part_b's b014/b015 and part_h); a text
that says 'allegedly' or cites social-media images is `unverified`.

New actor names (not yet in actor-aliases.tsv): `MUJAO` (Movement for Oneness and Jihad in West Africa, MOJWA), `Libya
Dawn` (Misratan forces, Al-Shorooq force, Misrata's 166 brigade), `herdsmen` (suspected herdsmen / herders in Nigeria's
Middle Belt), `Dyck Advisory Group` (DAG, a private military company flying for the Mozambican government), `clan
militias` (Somali pro-government clan fighters, Ma'awisley)."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Mali (ML)
GAO = P(["Gao"], 16.27167, -0.04472, "Gao", "city", "ML")
GAO_AIRPORT = P(["Gao's airport", "Gao airport", "key bridge", "Gao"], 16.27167, -0.04472, "Gao", "site", "ML")
TIMBUKTU = P(["Timbuktu", "Tombouctou"], 16.77348, -3.00742, "Tombouctou", "city", "ML")
# DR Congo (CD)
BUNAGANA = P(["Bunagana", "border village of Bunagana"], None, None, "North Kivu", "town", "CD")
JOMBA = P(["Jomba"], None, None, "North Kivu", "town", "CD")
CHENGERERO = P(["Chengerero", "Tshengerero"], None, None, "North Kivu", "town", "CD")
NORD_KIVU = P(["Nord-Kivu", "North Kivu", "Nord-Kivu province"], None, None, "North Kivu", "admin1", "CD")
# South Sudan (SS)
NASIR = P(["Nasir"], None, None, "Upper Nile", "town", "SS")
BENTIU = P(["Bentiu"], 9.25722, 29.79833, "Unity", "town", "SS")
# Ethiopia (ET)
AXUM = P(["Axum", "Aksum"], 14.12109, 38.72337, "Tigray", "city", "ET")
ADWA = P(["Adowa", "Adwa", "Adua"], None, None, "Tigray", "city", "ET")
ADIGRAT = P(["Adigrat", "Adigrat city", "\u0100d\u012bgrat"], 14.277, 39.462, "Tigray", "city", "ET")
ADIGRAT_AREA = P(["surrounding areas of Adigrat", "areas around Adigrat", "Adigrat"], None, None, "Tigray", "region", "ET")
# Haiti (HT)
PETIONVILLE = P(["P\u00e9tionville", "Petionville", "P\u00e9tion-Ville"], 18.5125, -72.28528, "Ouest", "city", "HT")
PAP_AIRPORT = P(["Haiti's main international airport", "Toussaint Louverture International Airport", "Port-au-Prince airport",
                 "Port-au-Prince"], 18.54349, -72.33881, "Ouest", "site", "HT")
# Libya (LY)
SIRTE = P(["Sirte", "Surt", "Sirt"], 31.20892, 16.58866, "Sirte", "city", "LY")
OUAGADOUGOU_HALL = P(["Ouagadougou conference hall", "Ouagadougou conference centre", "central Ouagadougou conference hall",
                      "Sirte"], 31.20892, 16.58866, "Sirte", "site", "LY")
SIRTE_RADIO = P(["radio station", "Sirte radio station", "Sirte"], 31.20892, 16.58866, "Sirte", "site", "LY")
GHANI = P(["Al-Ghani oilfield", "Al Ghani oilfield", "Ghani oilfield"], None, None, "Sirte", "site", "LY")
# Colombia (CO)
AGUACHICA_BASE = P(["military base in Aguachica", "Aguachica", "military base"], 8.30844, -73.6166, "Cesar", "site", "CO")
# Sudan (SD)
TAMBOUL = P(["Tamboul", "Tambul"], None, None, "Al Jazirah", "city", "SD")
RUFAA = P(["Rufaa", "Rufa'a"], None, None, "Al Jazirah", "city", "SD")
EAST_GEZIRA = P(["eastern region of Gezira State", "eastern Gezira", "Gezira State", "Gezira"], None, None, "Al Jazirah",
                "region", "SD")
GEZIRA = P(["Gezira State", "Gezira", "El Gezira", "Al Jazirah"], None, None, "Al Jazirah", "admin1", "SD")
WAD_MEDANI = P(["Wad Madani", "Wad Medani"], 14.40118, 33.51989, "Al Jazirah", "city", "SD")
# Nigeria (NG)
AGAGBE = P(["Agagbe district", "Agagbe", "Gwer West Local Government Area", "Gwer West"], None, None, "Benue", "region", "NG")
MBAKYONDO = P(["Mbakyondo"], None, None, "Benue", "village", "NG")
MBAKPA = P(["Mbakpa", "Mbakpa community"], None, None, "Benue", "village", "NG")
SENGAEV = P(["Sengaev"], None, None, "Benue", "village", "NG")
NAKA = P(["Naka", "Naka town"], 7.58331, 8.2044, "Benue", "town", "NG")
# Burkina Faso (BF)
DJIBO = P(["Djibo"], 14.0994, -1.62554, "Sahel", "town", "BF")
DJIBO_BASE = P(["army detachment in Djibo", "military base", "Djibo"], 14.0994, -1.62554, "Sahel", "site", "BF")
# Mozambique (MZ)
MOCIMBOA = P(["Moc\u00edmboa da Praia", "Mocimboa da Praia", "Moc\u00edmboa"], -11.31667, 40.35, "Cabo Delgado", "town", "MZ")
MOCIMBOA_PORT = P(["port of Moc\u00edmboa da Praia", "Moc\u00edmboa da Praia port", "the town's port", "Moc\u00edmboa da Praia"],
                  -11.31667, 40.35, "Cabo Delgado", "site", "MZ")
MOCIMBOA_BARRACKS = P(["two barracks at Moc\u00edmboa da Praia", "barracks", "Moc\u00edmboa da Praia"], -11.31667, 40.35,
                      "Cabo Delgado", "site", "MZ")
# Mexico (MX)
CIUDAD_HIDALGO = P(["Ciudad Hidalgo"], 19.6927, -100.55445, "Michoac\u00e1n", "town", "MX")
ZAMORA = P(["Zamora", "Zamora de Hidalgo"], 19.9855, -102.28387, "Michoac\u00e1n", "city", "MX")
# Somalia (SO)
GULANE = P(["Gulane"], None, None, None, "village", "SO")
DARUSALAM = P(["Darusalam", "Darussalam"], None, None, None, "village", "SO")
HARGA_DHERE = P(["Harga-Dhere", "Harga Dhere"], None, None, None, "village", "SO")
MABAH = P(["Mabah"], None, None, "Hiiraan", "village", "SO")
HIIRAAN = P(["Hiiraan region", "Hiiraan", "Hiran", "Hiraan"], None, None, "Hiiraan", "admin1", "SO")
MIDDLE_SHABELLE = P(["Middle Shabelle region", "Middle Shabelle", "Shabeellaha Dhexe"], None, None, "Shabeellaha Dhexe",
                    "admin1", "SO")
ADEN_YABAL = P(["Aden Yabal District", "Aden Yabal", "Adan Yabaal"], None, None, "Shabeellaha Dhexe", "town", "SO")
ALI_FOLDHERE = P(["forest near the village of Ali Foldhere", "Ali Foldhere"], None, None, "Shabeellaha Dhexe", "village", "SO")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
FRA, MLI, MUJAO = "France", "Malian government", "MUJAO"
M23, DRC = "M23", "Congolese government"
SSG, SPLMIO = "South Sudanese government", "SPLM-IO"
ETH, TPLF = "Ethiopian government", "Tigray People's Liberation Front"
VIV, HTI = "Viv Ansanm", "Haitian government"
DAWN, IS, EGY = "Libya Dawn", "Islamic State", "Egypt"
COL, ELN = "Colombian government", "ELN"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
HERD = "herdsmen"
BFA = "Burkinabe government"
ASS, MOZ, DAG = "Ansar al-Sunna", "Mozambican government", "Dyck Advisory Group"
MEX = "Mexican government"
SHABAAB, SOM, CLAN = "al-Shabaab", "Somali government", "clan militias"

DOCS = [
# j001: Brisbane Times (AFP/Reuters copy), dateline BAMAKO without a day; date from the URL ('...-20130127-...'), a Sunday.
D("j001_mali_gao.txt", "2013-01-27", "Brisbane Times", "Mali", events=[
    E("territory_captured", [FRA, MLI], [MUJAO], GAO, "2013-01-26", "2013-01-27", sources=["French defence ministry",
      "Malian security sources"],
      why="'French-led troops have recaptured the Islamist stronghold of Gao' (the lead, in the outlet's voice: reported; "
          "announced by the French defence ministry and confirmed by Malian security sources). Held before by the al-Qaeda-linked "
          "Movement for Oneness and Jihad in West Africa (MUJAO). No day is given: the '16-day offensive' (France went in on "
          "11 January) puts it on the 26th-27th, the range up to publication. The French-led force includes Malian troops"),
    E("territory_captured", [FRA, MLI], [MUJAO], GAO_AIRPORT, "2013-01-26", "2013-01-27", sources=["French defence ministry"],
      optional=True,
      why="'French-led forces had seized Gao's airport and a key bridge held by' MUJAO: the first step of the same capture "
          "(same town; an annotator could keep it inside the Gao event)"),
    E("armed_clash", [MUJAO], [FRA, MLI], GAO, "2013-01-26", "2013-01-27", status="claimed",
      sources=["spokesman for the French military command"], optional=True,
      why="'There had not been substantive fighting around Gao ... but there was sporadic gunfire from \"terrorist elements\"' "
          "(a French military spokesman: claimed; sporadic fire, hardly a clash)"),
    E("advance", [FRA], [MUJAO], TIMBUKTU, "2013-01-26", "2013-01-27", status="claimed", sources=["Jean-Marc Ayrault"],
      why="'France's Prime Minister, Jean-Marc Ayrault, said the nation's troops were also advancing on Timbuktu, another key "
          "northern town held by the insurgents' (a party's head of government: claimed). Timbuktu's holders are only 'the "
          "insurgents' (the al-Qaeda-linked rebels); MUJAO is the nearest named group in the text, an annotator could leave "
          "actor2 empty"),
  ], control=[
    C(GAO, FRA, "2013-01-27", why="'The French and African forces are in 100 per cent control of the town of Gao' (a Malian "
      "security source); 'French-led troops have recaptured the Islamist stronghold of Gao'. The French-led coalition: France "
      "is the named leader (Malian, Chadian and Nigerien troops are in Gao to secure it)"),
    C(TIMBUKTU, "Islamist rebels", "2013-01-27",
      why="'Timbuktu, another key northern town held by the insurgents' (the al-Qaeda-linked rebels holding Mali's north; no "
          "faction is named for Timbuktu)"),
  ], why="no date line; the URL carries 20130127 (a Sunday). The photo caption on Konna ('the liberated town of Konna') only "
         "shows people in a place and is not an event; Chadian/Nigerien troops flown in and moving to the border are "
         "deployments; 'hundreds of Islamists had died since the French military intervention' is a cumulative toll; the "
         "mayor's return is not an event; the text is cut off at 'In April last year after a coup in Bamako'. Rebels "
         "'holding Mali's vast desert north' is a region-wide statement left without a control assertion (no place)"),

# j002: Mail & Guardian (AFP copy), top line '/ 8 July 2012' (a Sunday): 'on Thursday' = 5 July, 'early on Friday' = 6 July.
D("j002_drc_bunagana.txt", "2012-07-08", "Mail & Guardian", "DR Congo", events=[
    E("armed_clash", [DRC], [M23], BUNAGANA, "2012-07-05", "2012-07-06", sources=["Antoine Manzi", "AFP"],
      why="'The army had launched an offensive on Thursday to rout fighters from the March 23 Movement' holed up on hillsides "
          "near Virunga; 'the rebels quickly pushed back loyalist forces'; the M23 colonel: 'We fought all night' before taking "
          "Bunagana at 5am (outlet's voice: reported). Placed at Bunagana, where the fighting ended"),
    E("territory_captured", [M23], [DRC], BUNAGANA, "2012-07-06", sources=["Antoine Manzi", "AFP"],
      why="600 Congolese soldiers who secured the border crossing 'suffered an embarrassing defeat at the hands of Tutsi rebel "
          "fighters' early on Friday; 'it was at 5am that we took control of all of Bunagana' (the M23 colonel); 'The capture of "
          "Bunagana ... is the most significant military accomplishment for the rebels so far' (outlet's voice: reported)"),
    E("evacuation", [DRC], [], BUNAGANA, "2012-07-06", sources=["Ugandan press"], optional=True,
      why="the rout: '600 soliders - including 25 who were wounded - and 60 Congolese police fled into Uganda on Friday "
          "morning', dumping weapons and supplies (a retreat across the border: optional evacuation; they are soldiers, not "
          "displaced civilians)"),
    E("territory_captured", [M23], [DRC], JOMBA, "2012-07-05", "2012-07-08", status="claimed", sources=["M23"],
      why="'The mutineers also claimed to have taken control of other towns further to the west, including Jomba and "
          "Chengerero' (the rebels' claim; day not given: the days of the offensive up to publication)"),
    E("territory_captured", [M23], [DRC], CHENGERERO, "2012-07-05", "2012-07-08", status="claimed", sources=["M23"],
      why="same list: Chengerero"),
    E("armed_clash", [M23], [DRC], NORD_KIVU, "2012-04-01", "2012-07-04", "month", optional=True,
      why="background with a vague date: the M23 soldiers quit the army 'this year' and 'have since been embroiled in "
          "tit-for-tat clashes with army loyalists' (province-wide, undated)"),
  ], control=[
    C(BUNAGANA, M23, "2012-07-08", why="'Rebels roam border town after rout of army'; 'we took control of all of Bunagana'; "
      "the army 'will likely seek to retake the town'"),
    C(JOMBA, M23, "2012-07-08", why="the rebels claim control of Jomba"),
    C(CHENGERERO, M23, "2012-07-08", why="the rebels claim control of Chengerero"),
  ], why="top line '/ 8 July 2012'. The 2009 peace deal and the integration into the army are background without an event "
         "of the listed types; 'Congo army will likely seek to retake the town' is a forecast; the school full of abandoned "
         "uniforms is description. Different story from b025 (the army retaking Bunagana in October 2013)"),

# j003: The New Times (Rwanda; Al Jazeera copy), date in the text near the top: 'Monday, May 05, 2014'; dateline JUBA.
D("j003_southsudan_nasir_bentiu.txt", "2014-05-05", "The New Times", "South Sudan", events=[
    E("territory_captured", [SSG], [SPLMIO], NASIR, "2014-04-28", "2014-05-05", "week", sources=["Philip Aguer", "Al Jazeera"],
      why="'South Sudan's army has captured the key rebel base of Nasir ... following a major offensive against rebel commander "
          "Riek Machar and his forces' (lead, outlet's voice: reported; the army spokesman says the same). No day given: the "
          "week up to publication"),
    E("territory_captured", [SSG], [SPLMIO], BENTIU, "2014-04-28", "2014-05-05", "week", sources=["Philip Aguer", "Al Jazeera"],
      why="'... and the northern oil hub of Bentiu'; 'Government troops also moved into the northern oil hub of Bentiu'; "
          "'Bentiu is now in the hands of the SPLA and government forces'"),
    E("territory_captured", [SPLMIO], [SSG], BENTIU, "2014-04-01", "2014-04-30", "month",
      why="background with its own date: 'Bentiu fell into rebel hands last month' (April 2014, precision month)"),
    E("violence_against_civilians", [SPLMIO], [CIV], BENTIU, "2014-04-01", "2014-04-30", "month", sources=["United Nations"],
      optional=True,
      why="'opposition forces were accused by the United Nations of massacring hundreds of civilians in the town' when it fell "
          "last month ('hundreds': no figure). An accusation by the UN (not a party): reported, but a careful annotator could "
          "call it unverified or leave it out"),
  ], control=[
    C(BENTIU, SSG, "2014-05-05", why="army spokesman: 'Bentiu is now in the hands of the SPLA and government forces' (it has "
      "changed hands 5-6 times)"),
    C(NASIR, SSG, "2014-05-05", why="the army 'recaptured the towns of Nasir and Bentiu'"),
  ], why="'Monday, May 05, 2014' under the repeated headline/lead, dateline JUBA. Machar 'fighting government forces ... since "
         "mid-December' is the war's start (background, no place); 'change hands 5-6 times' and the war-crimes accusations "
         "against both sides are undated summaries; 'the army is on the move to recapture all territories' is a goal. The "
         "rebels are Machar's SPLM-IO"),

# j004: Ethiopian Monitor, no date line; date from the URL (2020/11/20, a Friday), matching 'Today' in the statement.
D("j004_ethiopia_axum_adwa.txt", "2020-11-20", "Ethiopian Monitor", "Ethiopia", events=[
    E("territory_captured", [ETH], [TPLF], AXUM, "2020-11-20", status="claimed", sources=["Ethiopian government statement"],
      why="'Today, the federal troops have managed to break the resistance posed by the fighters of the junta and taken control "
          "Axum city' (the government's Twitter statement: claimed)"),
    E("territory_captured", [ETH], [TPLF], ADWA, "2020-11-20", status="claimed", sources=["Ethiopian government statement"],
      why="'On the road to Adwa, fighters of the junta also tried to stop the army in some areas but were defeated by the "
          "Ethiopian National Defence Force or ENDF who took control of Adowa' (same statement). Adwa is not in cities500"),
    E("armed_clash", [TPLF], [ETH], ADWA, "2020-11-20", status="claimed", sources=["Ethiopian government statement"],
      optional=True,
      why="the fighting on the road to Adwa ('tried to stop the army in some areas but were defeated'): part of the capture of "
          "Adwa, a careful annotator could split it out"),
    E("territory_captured", [ETH], [TPLF], ADIGRAT_AREA, "2020-11-20", status="claimed", sources=["Ethiopian government"],
      why="'the federal army has taken control of surrounding areas of Adigrat' (the government: claimed; day taken as the "
          "statement's)"),
    E("advance", [ETH], [TPLF], ADIGRAT, "2020-11-20", status="claimed", sources=["Ethiopian government"],
      why="the army 'is now heading to Adigrat city - located 116 kilometers north of the regional capital of Mekelle'"),
  ], control=[
    C(AXUM, ETH, "2020-11-20", why="'taken full control of Axum' (the government's claim)"),
    C(ADWA, ETH, "2020-11-20", why="the ENDF 'took control of Adowa' (the government's claim)"),
    C(ADIGRAT_AREA, ETH, "2020-11-20", why="'taken control of surrounding areas of Adigrat' (the city itself is not yet taken; "
      "no holder of the city is stated)"),
  ], why="no date line; the URL's 2020/11/20 (a Friday) and the statement's 'Today'. The surrenders ('Many fighters of the TPLF "
         "militia and ENDF soldiers that sided with the junta have surrendered') are individual surrenders, not a surrender "
         "deal, and have no place: not an event. Mekelle is only a reference point"),

# j005: Africanews (AP copy), no date line; date from the URL (2024/11/19, a Tuesday): 'early Tuesday' = 19 Nov.
D("j005_haiti_petionville.txt", "2024-11-19", "Africanews", "Haiti", events=[
    E("armed_clash", [VIV], [HTI, CIV], PETIONVILLE, "2024-11-19", sources=["Lionel Lazarre", "residents", "eyewitnesses"],
      fatalities=28,
      why="'Gangs launched a fresh attack on Haiti's capital early Tuesday, targeting an upscale community in Port-au-Prince where "
          "gunmen clashed with residents who fought side-by-side with police'; 'The attack on Petionville was led by the Viv "
          "Ansanm group'; 'At least 28 suspected gang members were killed' (the figure is the police deputy spokesman's; the "
          "clash is in the outlet's voice: reported). The residents fought alongside the police, so they are listed with the "
          "government side"),
    E("violence_against_civilians", [], [CIV], PAP_AIRPORT, "2024-11-11", sources=["AP"], fatalities=0,
      why="background with its own date: 'On November 11, gunmen opened fire on a Spirit Airlines plane as it prepared to land, "
          "wounding a flight attendant' (injury only: 0 dead). The gunmen are not named (the gang violence that shut the "
          "airport, but no group is named for the shooting). The plane was landing at Haiti's main international airport "
          "(Port-au-Prince), as the previous sentence says"),
  ], why="no date line; the URL's 2024/11/19 (a Tuesday), matching 'early Tuesday'. The mutilation and burning of the dead "
         "gunmen by residents is part of the clash's aftermath (no separate event of the listed types); Cherizier's announced "
         "plan and threats of reprisals against hotels are threats; the airport's closure and the swearing-in of a prime "
         "minister are not events. Different story from d006 (Solino, 14 November)"),

# j006: Libya Herald, dateline 'Tripoli, 15 March 2015' (a Sunday): 'yesterday' = 14 March.
D("j006_libya_sirte.txt", "2015-03-15", "Libya Herald", "Libya", events=[
    E("armed_clash", [DAWN], [IS], SIRTE, "2015-03-14", status="claimed", sources=["Libya Dawn", "Al-Shorooq force spokesman"],
      fatalities=19,
      why="'Misratan Libya Dawn forces claim to have killed 17 Islamic State fighters and lost two ... of their own, in "
          "yesterday's fierce battles in Sirte' (17 + 2 = 19; the claim of a party: claimed). The fighting began when IS set up a "
          "checkpoint on the coastal highway in the east of the town and a Misratan unit sent to investigate 'came under fire' "
          "(IS fired first; the report is framed on Libya Dawn's action, so the actor order could go either way)"),
    E("arrest", [DAWN], [IS], SIRTE, "2015-03-14", status="claimed", sources=["Al-Shorooq force spokesman", "Misrata source"],
      optional=True,
      why="'Dawn forces had taken several IS fighters prisoner and had sent them back to Misrata' (prisoners taken in the "
          "battle: a detention, though part of the clash)"),
    E("violence_against_civilians", [IS], [CIV], SIRTE, "2015-02-01", "2015-02-28", "month", status="unverified",
      sources=["Islamic State images"], fatalities=21,
      why="background with its own date: 'In February IS in Sirte posted images showing the execution of 21 Christians, 20 from "
          "Egypt, apparently on the Sirte shoreline' (known from IS's posted images, placed 'apparently': unverified)"),
    E("air_strike", [EGY], [IS], None, "2015-02-01", "2015-02-28", "month",
      why="'Egypt launched retaliatory air strikes' (in February, after the execution video; the text gives no target place, "
          "so place null)"),
    E("violence_against_civilians", [IS], [CIV], GHANI, "2015-03-01", "2015-03-14", "month", fatalities=8,
      why="'Earlier this month gunmen, believed to be IS, beheaded 8 Libyan guards and kidnapped 9 foreign hostages from Al-Ghani "
          "oilfield, south east of Sirte' (outlet's voice: reported; 'believed to be IS' names IS as the suspect; one event for "
          "the beheadings and the abduction)"),
    E("armed_clash", [IS], ["oilfield guards"], GHANI, "2015-03-01", "2015-03-14", "month", fatalities=8, optional=True,
      why="the other reading of the Al-Ghani attack: the 'Libyan guards' may be armed oilfield guards (Petroleum Facilities "
          "Guard), which would make it an attack on an armed force rather than on civilians"),
    E("territory_captured", [IS], [], SIRTE_RADIO, "2015-02-01", "2015-03-13", "month", optional=True,
      why="background with a vague date: some weeks ago 'IS announced its presence in Sirte, draping black flags from public "
          "buildings and taking over the radio station'"),
  ], control=[
    C(SIRTE, IS, "2015-03-15", contested_by=[DAWN],
      why="'IS units are inside, holding sites' while 'Libya Dawn forces outside the town' and 'Misratan units maintain "
          "checkpoints around the town'; Misrata's 166 brigade guards the roads into the town: the town is split, IS inside, "
          "Libya Dawn around it"),
    C(OUAGADOUGOU_HALL, IS, "2015-03-15",
      why="IS units hold 'sites including the central Ouagadougou conference hall, from which a black IS flag has been draped'"),
  ], why="dateline 'Tripoli, 15 March 2015' under the byline; 'yesterday's fierce battles' = 14 March. IS 'established bases in "
         "Sirte, Derna and Nawfilya' in recent months is presence without a stated hold or a dated event (no control "
         "assertion for Derna/Nawfilya); the end of the 'tacit ceasefire' is not an agreement; the text is cut off at 'Libya "
         "Dawn said it had'. '. . .[restrict]' is site junk"),

# j007: Colombia Reports, ' date 2025-12-19' (a Friday). The attack's day is not given: the week up to publication.
D("j007_colombia_aguachica.txt", "2025-12-19", "Colombia Reports", "Colombia", events=[
    E("air_strike", [ELN], [COL], AGUACHICA_BASE, "2025-12-15", "2025-12-19", "week", status="unverified",
      sources=["National Army", "Pedro Sanchez"], fatalities=6,
      why="'Guerrilla group ELN allegedly killed at least six soldiers and injured another 28 in a drone and mortar attack on a "
          "military base in northern Colombia', in Aguachica (Cesar); the army: 'the criminals used drones equipped with "
          "improvised explosives'. Drones: air_strike. 'allegedly' makes it unverified (the army's statement alone would be "
          "claimed). The six dead cover the whole attack (drones and mortars); put on this event. Day not given"),
    E("shelling", [ELN], [COL], AGUACHICA_BASE, "2025-12-15", "2025-12-19", "week", status="unverified",
      sources=["National Army"],
      why="the same attack's second means: the attackers 'indiscriminately launched unconventional explosive devices' from "
          "home-made mortars called 'tatucos' (mortars: shelling); the toll cannot be split, so no figure here"),
  ], why="' date 2025-12-19' on top. The minister's condemnation, the anti-drone purchase, the 95% statistic and the suspended "
         "peace talks are not events; the ELN's 6,000 members is description. Different story from c011 (El Carmen) and "
         "g007 (Tame)"),

# j008: Lokmat Times (IANS/Xinhua copy), ' date 2024-10-22' and dateline 'Khartoum, Oct 22' (a Tuesday). The committee's
# Monday statement: 'Yesterday (Sunday) and today (Monday)' = 20-21 Oct.
D("j008_sudan_tamboul_rufaa.txt", "2024-10-22", "Lokmat Times (IANS)", "Sudan", events=[
    E("violence_against_civilians", [RSF], [CIV], EAST_GEZIRA, "2024-10-20", "2024-10-21",
      sources=["Wad Madani resistance committee"], fatalities=10,
      why="'large numbers of the Janjaweed militia attacked the eastern region of Gezira State and committed massacres in "
          "Tamboul and Rufaa cities as well as several villages'; 'The militia killed more than ten people' (one figure for the "
          "whole list: one event at the enclosing level with the lower bound 10, one optional event per named city). A "
          "non-governmental resistance committee: reported"),
    E("violence_against_civilians", [RSF], [CIV], TAMBOUL, "2024-10-20", "2024-10-21", sources=["Wad Madani resistance committee"],
      optional=True, why="the list split: massacres in Tamboul"),
    E("violence_against_civilians", [RSF], [CIV], RUFAA, "2024-10-20", "2024-10-21", sources=["Wad Madani resistance committee"],
      optional=True, why="the list split: massacres in Rufaa"),
    E("territory_captured", [SAF], [RSF], TAMBOUL, "2024-10-20", sources=["eyewitnesses", "Xinhua"],
      why="'On Sunday, eyewitnesses said that the Sudanese Armed Forces (SAF) took control of Tamboul city after the RSF "
          "Commander in central Sudan, Abu Aqla Keikel, surrendered himself with his forces to the SAF' (eyewitnesses: reported)"),
    E("territory_captured", [RSF], [SAF], TAMBOUL, "2024-10-20", sources=["Rufaa resistance committees"],
      why="'RSF units on Sunday evening launched a counter-attack on the city and forced the SAF to withdraw'; 'the city' read as "
          "Tamboul, the city the SAF had just taken ('However' sets it against the SAF's capture); the committees also name "
          "'the RSF attacks on Tamboul'"),
    E("territory_captured", [RSF], [SAF], RUFAA, "2024-10-20", sources=["Rufaa resistance committees"], optional=True,
      why="the other reading of 'a counter-attack on the city': the committees speaking are Rufaa's, so 'the city' could be "
          "Rufaa"),
    E("evacuation", [SAF], [], TAMBOUL, "2024-10-20", sources=["Rufaa resistance committees"], optional=True,
      why="the counter-attack 'forced the SAF to withdraw' (a retreat)"),
    E("agreement", [SAF], [RSF], GEZIRA, "2024-10-20", status="claimed", sources=["eyewitnesses", "Xinhua"], optional=True,
      why="'Abu Aqla Keikel, surrendered himself with his forces to the SAF' (a commander's surrender with his forces, told as "
          "the reason for the Tamboul capture; no place or day of its own beyond Sunday's report: an annotator could read it "
          "as a surrender deal or leave it out)"),
    E("territory_captured", [RSF], [SAF], GEZIRA, "2023-12-01", "2023-12-31", "month",
      why="background with its own date: 'The RSF took control of Gezira State in December 2023 after the SAF withdrew from Wad "
          "Madani' (outlet's voice: reported; a state-wide capture, admin1)"),
    E("territory_captured", [RSF], [SAF], WAD_MEDANI, "2023-12-01", "2023-12-31", "month", optional=True,
      why="the same December 2023 takeover placed at the state capital the SAF left (the text names the capital only for the "
          "SAF's withdrawal)"),
    E("evacuation", [SAF], [], WAD_MEDANI, "2023-12-01", "2023-12-31", "month", optional=True,
      why="'after the SAF withdrew from Wad Madani' (a retreat)"),
  ], control=[
    C(TAMBOUL, RSF, "2024-10-21", why="the SAF took Tamboul on Sunday, then the RSF counter-attack 'forced the SAF to withdraw' "
      "(read as Tamboul); the committees describe RSF attacks on Tamboul on Monday"),
    C(GEZIRA, RSF, "2024-10-22", contested_by=[SAF],
      why="'The RSF took control of Gezira State in December 2023'; the SAF is fighting in the state (Tamboul), so contested"),
  ], why="' date 2024-10-22' and 'Khartoum, Oct 22'; the committee's statement 'on Monday' (21 Oct) says 'Yesterday (Sunday) and "
         "today (Monday)'. The war since mid-April 2023 and ACLED's 24,850 deaths are cumulative; 'The paramilitary forces have "
         "not yet commented' is not an event"),

# j009: Daily Post (Nigeria), ' date 2018-04-05' (a Thursday): 'about 2 a.m. on Wednesday' = 4 April; the police commissioner
# spoke 'on Tuesday' = 3 April about a clash 'early in the week'.
D("j009_nigeria_gwer_west.txt", "2018-04-05", "Daily Post", "Nigeria", events=[
    E("violence_against_civilians", [HERD], [CIV], AGAGBE, "2018-04-04", status="unverified", fatalities=10,
      why="'No fewer than 10 persons were allegedly killed after suspected herdsmen attacked Mbakyondo, Mbakpa and Sengaev "
          "communities in the Agagbe district of Gwer West'; they 'stormed the communities at about 2 a.m. on Wednesday and "
          "started shooting'; villagers killed in their sleep, houses razed. One figure for the three communities: one event at "
          "the district level, one optional event per community. 'allegedly' and 'It was gathered': unverified"),
    E("violence_against_civilians", [HERD], [CIV], MBAKYONDO, "2018-04-04", status="unverified", optional=True,
      why="the list split: Mbakyondo"),
    E("violence_against_civilians", [HERD], [CIV], MBAKPA, "2018-04-04", status="unverified", optional=True,
      why="the list split: Mbakpa"),
    E("violence_against_civilians", [HERD], [CIV], SENGAEV, "2018-04-04", status="unverified", optional=True,
      why="the list split: Sengaev"),
    E("armed_clash", ["Mbakpa youths"], [HERD], MBAKPA, "2018-04-02", "2018-04-03", "week", status="claimed",
      sources=["Fatai Owoseni"],
      why="background: 'the recent clash between some youths in Mbakpa community and some herdsmen in the area early in the "
          "week'; the police commissioner (Tuesday): 'the youths in that community led an attack on some herdsmen'; one "
          "herdsman missing (police: claimed). 'Early in the week' before Tuesday's briefing: Monday-Tuesday. Communal youths "
          "attacking herders: read as a clash (an annotator could call it violence against civilians)"),
    E("displacement", [], [], MBAKPA, "2018-04-02", "2018-04-03", "week", status="claimed", sources=["Fatai Owoseni"],
      why="'There is now an exodus of members of that community into Naka town for fear of a reprisal attack' (placed at the "
          "origin, Mbakpa; no figure)"),
    E("displacement", [], [], NAKA, "2018-04-02", "2018-04-03", "week", status="claimed", sources=["Fatai Owoseni"],
      optional=True, why="the same flight placed where the people went (Naka town)"),
  ], why="' date 2018-04-05' on top; 'on Wednesday' = 4 April. The police's talks with MACBAN and the efforts to 'prevent an "
         "escalation' are not events; 'may not be unconnected' is the outlet's analysis"),

# j010: The Defense Post (AFP copy), no date line; date from the URL (2023/11/28, a Tuesday), matching 'told AFP on Tuesday';
# 'on Sunday' = 26 Nov, 'on Monday' = 27 Nov.
D("j010_burkina_djibo.txt", "2023-11-28", "The Defense Post", "Burkina Faso", events=[
    E("armed_clash", [], [BFA], DJIBO_BASE, "2023-11-26", sources=["security sources"],
      why="'Jihadists carried out a major attack against an army detachment in the northern Burkina Faso town of Djibo' on "
          "Sunday; 'several hundred armed men ... tried in vain to penetrate the (military base)' for more than three hours; "
          "'Some soldiers were killed', 'heavy losses' on the attackers (no figures). Jihadists unnamed (actor1 []); unnamed "
          "security sources: reported"),
    E("air_strike", [BFA], [], DJIBO, "2023-11-26", sources=["security source"],
      why="'They added that the attackers were hit by army aircraft' (aircraft: air_strike; same attack)"),
    E("armed_clash", [BFA], [], DJIBO, "2023-11-27", sources=["security source"], optional=True,
      why="'A follow-up search for the jihadist survivors of the attack on Monday \"made it possible to neutralise several dozen "
          "other terrorists\"' (a separate operation the next day; place only the Djibo area; close to the Sunday event)"),
    E("armed_clash", [], [BFA], DJIBO, "2023-11-26", "2023-11-27", status="claimed", sources=["Burkina Faso Information Agency"],
      fatalities=400, optional=True,
      why="the state news agency's version: 'more than 400 terrorists (were) destroyed during the counter-offensive ... against "
          "nearly 3,000 criminals who tried to seize the town of Djibo' (a party: claimed; the other version of the same battle)"),
  ], control=[
    C(DJIBO, BFA, "2023-11-28", why="the attackers 'tried in vain to penetrate' the base and 'tried to seize the town of Djibo': "
      "the attack was repelled, the army holds the town"),
  ], why="no date line; the URL's 2023/11/28 (a Tuesday) and 'told AFP on Tuesday'. The insurgency's 17,000 dead and two "
         "million displaced since 2015 are cumulative; the coup of September 2022 and conscription are background without "
         "events of the listed types; 'Related Articles / Back to top button' is site junk"),

# j011: Zitamar News, no date line and no date in the URL. 'according to multiple sources on Tuesday evening' with 'until
# Tuesday, 11 August': written after Tuesday evening, read as Wednesday 12 August 2020 (see why).
D("j011_mozambique_mocimboa_port.txt", "2020-08-12", "Zitamar News", "Mozambique", events=[
    E("territory_captured", [ASS], [MOZ], MOCIMBOA_PORT, "2020-08-11", sources=["multiple sources", "military expert"],
      why="'A major attack on the town of Mocimboa da Praia in recent days has culminated in the capture of the town's heavily "
          "defended port by insurgents'; the navy fuzileiros 'defended the port until Tuesday, 11 August, when they ran out of "
          "ammunition and were unable to keep the insurgents at bay' (outlet's voice: reported)"),
    E("territory_captured", [ASS], [MOZ], MOCIMBOA, "2020-08-05", "2020-08-11",
      sources=["multiple sources"],
      why="'The insurgents' effort to take the town and its port began on the night of 5-6 August. Much of the town quickly fell "
          "to the insurgents' (the town before the port; day not given beyond 'quickly' after the night of 5-6 August)"),
    E("armed_clash", [ASS], [MOZ], MOCIMBOA_BARRACKS, "2020-08-05", "2020-08-11", status="claimed", sources=["Islamic State"],
      why="IS 'released a series of images ... which they claimed showed soldiers killed in attacks by their Mozambican affiliate "
          "on two barracks at Mocimboa da Praia' (IS's claim with images; the affiliate is Ansar al-Sunna; no figure)"),
    E("air_strike", [DAG, MOZ], [ASS], MOCIMBOA, "2020-08-05", "2020-08-11", sources=["military expert"],
      why="'Helicopter gunships operated by South African mercenary outfit Dyck Advisory Group (DAG) provided some air support "
          "to government troops' during the battle (helicopters: air_strike; DAG flies for the government)"),
    E("territory_captured", [ASS], [MOZ], MOCIMBOA, "2017-01-01", "2017-12-31", "year", optional=True,
      why="background with a vague date, cut off: 'The insurgents, who began their campaign of violence in 2017 by taking "
          "Mocimboa da Praia f...' (October 2017 per other reports; the text gives only the year)"),
  ], control=[
    C(MOCIMBOA_PORT, ASS, "2020-08-11", why="the port captured on Tuesday 11 August when the fuzileiros ran out of ammunition"),
    C(MOCIMBOA, ASS, "2020-08-11", why="'Much of the town quickly fell to the insurgents' and then the port: the town is held"),
  ], why="no date in the page and none in the URL. The text reports 'multiple sources on Tuesday evening' and dates the port's "
         "fall 'Tuesday, 11 August' (2020: the Cabo Delgado insurgency since 2017, the town's last fall three months after "
         "March 2020): written after Tuesday evening, read as Wednesday 12 August 2020 (the day Zitamar ran this story; "
         "11 August is possible if it went out that night). The fuzileiros killed retrieving dropped ammunition belong to the "
         "battle ('a number': no figure); the cut power and phone links are infrastructure, not events; Palma's outage is "
         "not an event. 'Skip to content' is site junk. Different story from f012 (the March 2020 occupation)"),

# j012: WTOP (AP copy). The page header ' date 2023-04-07' conflicts with the byline date 'April 25, 2023, 1:54 PM'; the
# byline wins (as b005's dateline beat its header): 'said Tuesday' = 25 April, 'occurred Monday' = 24 April.
D("j012_mexico_ciudad_hidalgo.txt", "2023-04-25", "WTOP (AP)", "Mexico", events=[
    E("armed_clash", [], [MEX], CIUDAD_HIDALGO, "2023-04-24", status="claimed", sources=["Carlos Torres"], fatalities=7,
      why="'A shootout in rural western Mexico between gunmen and army troops killed seven people, including one soldier'; 'The "
          "confrontation occurred Monday when an army patrol came under attack near the town of Ciudad Hidalgo, state Interior "
          "Minister Carlos Torres said' (a state official: claimed; the lead is attributed to the Michoacan authorities too). "
          "The attackers 'may be members of the Jalisco drug cartel' per local media: not named with confidence (actor1 [])"),
    E("arrest", [MEX], [], CIUDAD_HIDALGO, "2023-04-24", "2023-04-25", status="claimed", sources=["Carlos Torres"],
      why="'Torres said eight suspects had been detained' after the shootout (day not given: Monday or Tuesday)"),
    E("arrest", ["Mexican police"], [], ZAMORA, "2023-04-25", status="reported", optional=True,
      why="'police arrested three men on Tuesday for illegally transporting a lion' in Zamora: an arrest, but for wildlife "
          "trafficking, not tied to the armed violence; an annotator could leave it out"),
  ], why="byline 'April 25, 2023, 1:54 PM' beats the conflicting header ' date 2023-04-07' (the header looks taken from the "
         "URL's 2023/04); 'said Tuesday' = 25 April. The NFL-draft line is site junk; the Jalisco cartel's 'years-long "
         "territorial battle' is background without a dated event; the copyright line is junk"),

# j013: Hiiraan Online (HOL), date in the text near the top: 'Sunday December 4, 2022'; dateline Mogadishu. 'on Saturday' =
# 3 Dec; 'Wednesday night' = 30 Nov.
D("j013_somalia_mabah_hiiraan.txt", "2022-12-04", "Hiiraan Online", "Somalia", events=[
    E("territory_captured", [SOM, CLAN], [SHABAAB], GULANE, "2022-12-03", sources=["Gen. Abdullahi Ali Aanoud"],
      why="'Somali government forces backed by local clan militia forces recaptured several villages in Hiiraan and Middle "
          "Shabelle regions ... on Saturday' (the lead, outlet's voice: reported; the names come from the army spokesman, so a "
          "careful annotator could mark them claimed); 'the joint forces liberated villages of Gulane, Darusalam, Harga-Dhere "
          "and Mabah' (a list: one event per village)"),
    E("territory_captured", [SOM, CLAN], [SHABAAB], DARUSALAM, "2022-12-03", sources=["Gen. Abdullahi Ali Aanoud"],
      why="same list: Darusalam"),
    E("territory_captured", [SOM, CLAN], [SHABAAB], HARGA_DHERE, "2022-12-03", sources=["Gen. Abdullahi Ali Aanoud"],
      why="same list: Harga-Dhere"),
    E("territory_captured", [SOM, CLAN], [SHABAAB], MABAH, "2022-12-03", sources=["Gen. Abdullahi Ali Aanoud", "Sonna"],
      why="same list: Mabah, 'the last village in eastern Hiran that was under control of al-Shabab' (Sonna)"),
    E("armed_clash", [SOM], [SHABAAB], HIIRAAN, "2022-12-03", status="claimed", sources=["Gen. Abdullahi Ali Aanoud"],
      fatalities=10,
      why="'10 were killed during a firefight between the army and the group that took place in the Hiiraan region' (the army "
          "spokesman: claimed; place only the region; day read as Saturday's operations)"),
    E("armed_clash", [SOM], [SHABAAB], MIDDLE_SHABELLE, "2022-12-03", status="claimed", sources=["Gen. Abdullahi Ali Aanoud"],
      fatalities=6, optional=True,
      why="'six al-Shabab fighters were killed in the middle Shabelle region' (region only, no fight described: optional)"),
    E("advance", [SOM, CLAN], [SHABAAB], ADEN_YABAL, "2022-12-03", "2022-12-04", sources=["Hiiraan Online"],
      why="'the joint forces were on the verge of retaking Aden Yabal District, one of Al-Shabaab's strongholds' (HOL's own "
          "reports: reported)"),
    E("armed_clash", [SOM], [SHABAAB], ALI_FOLDHERE, "2022-11-30", "2022-12-02", status="claimed",
      sources=["Ministry of Information"], fatalities=40,
      why="'Two days ago, Somali forces killed about 40 al-Shabab fighters in the Middle Shabelle region'; the ministry: 'a "
          "planned operation in a forest near the village of Ali Foldhere in Middle Shabelle on Wednesday night' (Wednesday = "
          "30 Nov; 'two days ago' comes from the wire copy's own day, 2 Dec: range 30 Nov - 2 Dec). About 40: 40"),
    E("armed_clash", [SHABAAB], [SOM], ALI_FOLDHERE, "2022-11-30", "2022-12-02", status="claimed",
      sources=["al-Shabaab", "clan fighter"], optional=True,
      why="the other version: 'al-Shabab and one clan fighter said the fighting arose from an attack by the militants' (al-Shabaab "
          "as the initiator)"),
  ], control=[
    C(GULANE, SOM, "2022-12-04", why="liberated on Saturday"),
    C(DARUSALAM, SOM, "2022-12-04", why="liberated on Saturday"),
    C(HARGA_DHERE, SOM, "2022-12-04", why="liberated on Saturday"),
    C(MABAH, SOM, "2022-12-04", why="liberated on Saturday; it was 'the last village in eastern Hiran that was under control of "
      "al-Shabab'"),
    C(ADEN_YABAL, SHABAAB, "2022-12-04", why="'Aden Yabal District, one of Al-Shabaab's strongholds', which the joint forces "
      "were 'on the verge of retaking'"),
  ], why="'Sunday December 4, 2022' under the headline, dateline 'Mogadishu (HOL)'. The spokesman's 'the operations ... will "
         "continue until al-Shabab is removed' is a plan; 'the last areas under al-Shabab in the Middle Shabelle region' are "
         "unnamed; 'monthslong offensive' is background. 'Click here' is site junk. Villages other than Mabah are placed in "
         "'the Hiran and Middle Shabelle regions' without saying which: admin1 left empty"),

# j014: negative. ReliefWeb (OCHA press release), dateline 'Dakar, 3 June 2025'.
D("j014_neg_sahel_aid_appeal.txt", "2025-06-03", "ReliefWeb (OCHA)", "none", negative=True, events=[], control=[],
  why="negative: an aid appeal. OCHA publishes the 2025 Sahel Humanitarian Needs and Requirements Overview and appeals for "
      "US$4.3 billion; 'forced to flee their homes', 'violence, conflict and insecurity', 'more than 16,800 people were killed "
      "in violent security incidents' last year, 5.9 million IDPs are region-wide cumulative figures, not events. Dateline "
      "'Dakar, 3 June 2025'"),

# j015: negative. Reuters wildfire story on a Jim Bakker Show tag page; caption 'September 5, 2018' and 'on Wednesday'.
D("j015_neg_delta_fire.txt", "2018-09-05", "Reuters (Jim Bakker Show tag page)", "none", negative=True, events=[], control=[],
  why="negative: the Delta Fire in the Shasta-Trinity National Forest, California: 'forcing the evacuation of dozens of homes', "
      "'deadly blaze', the Carr Fire's 'eight deaths', the 'battle' of firefighters are a wildfire, not organised armed "
      "violence. No date line; the photo caption is dated September 5, 2018 (a Wednesday) and the fire 'erupted ... on "
      "Wednesday' and spread 'by Wednesday evening': the Reuters story of Wednesday 5 September 2018 (it may have been "
      "stamped the 6th in UTC)"),
]
