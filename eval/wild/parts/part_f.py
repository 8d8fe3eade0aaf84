"""Gold annotation of the wild corpus, part f (files f001..f015, split fresh/): Kenya (al-Shabaab), Myanmar, DR Congo
(ADF), Chad, the Central African Republic, Western Sahara, Haiti, Sudan, Somalia, Nigeria, Libya, Mozambique, South
Sudan, and two negatives. Collected 2026-12-07 from stored news pages, after tuning began; annotated without running
Frontline on the texts. Conventions as in part_b.py / part_d.py and ../../../../shared/spec/gold/make_dev_gold.py.
Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt), copied from it; everything
else (villages, bases, districts, neighbourhoods, regions) has names only. admin1 is the state/region/province name."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Kenya (KE)
SALAMA = P(["Salama", "Salama village"], None, None, "Lamu", "village", "KE")
JUHUDI = P(["Juhudi", "Juhudi village"], None, None, "Lamu", "village", "KE")
LAMU_COUNTY = P(["Lamu", "Lamu County", "coastal county of Lamu"], None, None, "Lamu", "admin1", "KE")
# Myanmar (MM)
TABAYIN = P(["Tabayin", "Dabayin", "Tabayin town"], None, None, "Sagaing", "town", "MM")
# DR Congo (CD)
ELAKE_NORD = P(["Elake Nord", "Elake"], None, None, "Ituri", "village", "CD")
APESIKO = P(["Apesiko"], None, None, "Ituri", "village", "CD")
MAMBASA_TERR = P(["Mambasa territory", "Mambasa", "Ituri province", "Ituri"], None, None, "Ituri", "region", "CD")
# Chad (TD), Nigeria (NG)
GABALAMI = P(["Gabalami", "advanced post of the Chad army", "island in Lake Chad"], None, None, "Lac", "site", "TD")
ARGE = P(["Arge", "Abadam district", "Abadam"], None, None, "Borno", "village", "NG")
LAKE_CHAD = P(["Lake Chad region", "Lake Chad", "Lake Chad basin"], None, None, "Lac", "region", "TD")
CHAD = P(["Chad", "Chadian soil"], None, None, None, "country", "TD")
# Central African Republic (CF)
ALINDAO = P(["Alindao", "Alindao town"], 5.02667, 21.20876, "Basse-Kotto", "town", "CF")
BAMBARI = P(["Bambari"], 5.76795, 20.67565, "Ouaka", "city", "CF")
CAR = P(["Central African Republic", "CAR"], None, None, None, "country", "CF")
# Western Sahara (EH)
SAND_WALL = P(["Moroccan security Wall", "sand wall", "sand security wall", "Western Sahara Wall", "Berm", "Western Sahara"],
              None, None, None, "region", "EH")
WEST_OF_WALL = P(["Moroccan southern areas in the west", "west of the Wall", "Western Sahara"], None, None, None, "region", "EH")
EAST_OF_WALL = P(["liberated areas", "east of the Wall", "Western Sahara"], None, None, None, "region", "EH")
GUERGUERAT = P(["Guerguarat", "Guerguerat", "Guerguarat crossing point", "El Guerguerat"], None, None, None, "site", "EH")
# Haiti (HT)
PORT_AU_PRINCE = P(["Port-au-Prince"], 18.54349, -72.33881, "Ouest", "city", "HT")
NORTH_PAP = P(["four districts on the northern side of Port-au-Prince", "northern Port-au-Prince", "Port-au-Prince"],
              None, None, "Ouest", "region", "HT")
BUTTE_BOYER = P(["Butte Boyer", "Butte-Boyer", "Port-au-Prince"], None, None, "Ouest", "site", "HT")
TABARRE = P(["Tabarre", "Tabarre neighbourhood", "Port-au-Prince"], None, None, "Ouest", "site", "HT")
# Sudan (SD)
EL_FASHER = P(["El Fasher", "El-Fasher", "Al Fashir", "El Fasher city"], 13.62793, 25.34936, "North Darfur", "city", "SD")
SALAAM_FASHER = P(["Salaam", "Salaam neighbourhood", "El Fasher"], None, None, "North Darfur", "site", "SD")
HIRJA_FASHER = P(["El Hirja", "Hirja", "El Fasher"], None, None, "North Darfur", "site", "SD")
MAKARKA_FASHER = P(["Makarka", "El Fasher"], None, None, "North Darfur", "site", "SD")
MAWASHI_FASHER = P(["El Mawashi", "Mawashi", "El Fasher"], None, None, "North Darfur", "site", "SD")
SE_FASHER = P(["southeastern El Fasher", "south-eastern El Fasher", "El Fasher"], None, None, "North Darfur", "site", "SD")
EAST_FASHER = P(["east of the city", "eastern El Fasher", "El Fasher"], None, None, "North Darfur", "site", "SD")
SIXTH_DIV = P(["Sixth Infantry Division Command", "6th Infantry Division", "El Fasher"], 13.62793, 25.34936, "North Darfur",
              "site", "SD")
# Somalia (SO)
HALGAN = P(["Halgan", "Halgan town", "Xalgan"], None, None, "Hiran", "town", "SO")
HALGAN_BASE = P(["African Union army base in the town", "AU base in Halgan", "Halgan"], None, None, "Hiran", "site", "SO")
HIRAN = P(["Hiran", "Hiran region", "Hiiraan"], None, None, "Hiran", "region", "SO")
# Nigeria (NG)
GAMJI = P(["Gamji", "Gamji village"], None, None, "Katsina", "village", "NG")
UNGWAR_MATO = P(["Ungwar Mato", "Unguwar Mato"], None, None, "Katsina", "village", "NG")
FASKARI_LGA = P(["Faskari", "Faskari Local Government", "Faskari LGA"], None, None, "Katsina", "region", "NG")
# Libya (LY)
ZAWIYA = P(["Zawiya", "Az Zawiyah", "Zawiyah", "southern Zawiya"], 32.75222, 12.72778, "Az Zawiyah", "city", "LY")
# Mozambique (MZ)
MOCIMBOA = P(["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa", "Mocímboa"], -11.31667, 40.35, "Cabo Delgado", "town", "MZ")
MOCIMBOA_BARRACKS = P(["barracks of the defence forces", "Mocimboa da Praia"], -11.31667, 40.35, "Cabo Delgado", "site", "MZ")
MOCIMBOA_POLICE = P(["police station", "Mocimboa da Praia"], -11.31667, 40.35, "Cabo Delgado", "site", "MZ")
# South Sudan (SS)
MALAKAL = P(["Malakal", "Malakal town"], 9.53342, 31.66049, "Upper Nile", "city", "SS")
OUTSIDE_MALAKAL = P(["outside Malakal", "road that goes to Koka", "outside the town", "Malakal"], None, None, "Upper Nile",
                    "region", "SS")
KOKA = P(["Koka"], None, None, "Upper Nile", "town", "SS")
MELUT = P(["Melut"], None, None, "Upper Nile", "town", "SS")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
SHABAAB, AMISOM, SOM = "al-Shabaab", "AMISOM", "Somali government"
JUNTA, PDF = "Myanmar military", "People's Defense Forces"
ADF = "Allied Democratic Forces"
BH, TCD, MNJTF = "Boko Haram", "Chadian government", "Multinational Joint Task Force"
SELEKA, CAF = "Seleka", "Central African government"
MAR, POL = "Morocco", "Polisario Front"
RSF, SAF, SLM = "Rapid Support Forces", "Sudanese Armed Forces", "SLM-MM"
ASS, MOZ = "Ansar al-Sunna", "Mozambican government"
SSG, SPLMIO = "South Sudanese government", "SPLM-IO"

DOCS = [
# f001: News Desk NG (Xinhua-style copy), URL /2023/06/26/ (a Monday): 'confirmed on Sunday' = 25 June, 'Saturday evening' = 24 June.
D("f001_kenya_salama_juhudi.txt", "2023-06-26", "News Desk NG", "Kenya", events=[
    E("violence_against_civilians", [SHABAAB], [CIV], LAMU_COUNTY, "2023-06-24", sources=["police", "witnesses"], fatalities=5,
      why="al-Shabaab militants struck two villages in Lamu on Saturday evening (about 7:30 p.m.), dragged five men from their houses, "
          "tied them and executed them, stole food and goats and set a store ablaze; the five dead are not split between the two "
          "villages, so the event sits at the enclosing level (the county) with one optional event per village"),
    E("violence_against_civilians", [SHABAAB], [CIV], SALAMA, "2023-06-24", sources=["police", "witnesses"], optional=True,
      why="the same Saturday-night attack placed at Salama village"),
    E("violence_against_civilians", [SHABAAB], [CIV], JUHUDI, "2023-06-24", sources=["police", "witnesses"], optional=True,
      why="the same Saturday-night attack placed at Juhudi village"),
  ], why="date from the URL (2023/06/26) only; 'on Sunday' = 25 June, 'Saturday evening' = 24 June. The lead is in the outlet's voice "
         "(police and witnesses confirmed), so reported. The security teams rushing to the scene, 'no arrests were made' and the "
         "attacks that have left 'hordes of security officers and civilians dead' over the years are not events"),

# f002: Radio Free Asia, URL ...-08192024... (Monday 19 August 2024): 'insurgents said on Monday'; 'early on Sunday' = 18 Aug.
D("f002_myanmar_tabayin.txt", "2024-08-19", "Radio Free Asia", "Myanmar", events=[
    E("territory_captured", [PDF], [JUNTA], TABAYIN, "2024-08-18",
      why="'Fighters in a People's Defense Force ... captured the town of Tabayin in the Sagaing region early on Sunday'; the last junta "
          "soldiers abandoned their positions early on Sunday (outlet's voice)"),
    E("air_strike", [JUNTA], [PDF], TABAYIN, "2024-08-18", "2024-08-19",
      why="'the junta responded with fierce air attacks'; air strikes to drive the insurgents out hours after they captured it "
          "(the reinforcements under cover of an Mi-35 attack helicopter's fire are the same air attack)"),
    E("armed_clash", [PDF], [JUNTA], TABAYIN, "2024-08-15", "2024-08-18", status="claimed", sources=["People's Defense Force",
      "National Unity Government"], fatalities=22,
      why="PDF statement: 'four days of attacks on six positions where the military and junta-backed militia forces were stationed'; "
          "PDF members: more than 20 junta soldiers and militia and two PDF members killed (20 + 2)"),
    E("evacuation", [PDF], [], TABAYIN, "2024-08-18", "2024-08-19", status="claimed", sources=["Bo Kyar Gyi"], optional=True,
      why="the Tabayin PDF leader: 'We had to retreat or be badly hit by the airstrikes' (a retreat)"),
    E("evacuation", [JUNTA], [], TABAYIN, "2024-08-18", optional=True,
      why="'The last junta soldiers abandoned their positions early on Sunday' (a retreat, the other side of the capture)"),
    E("arrest", [PDF], [JUNTA, CIV], TABAYIN, "2024-08-18", status="claimed", sources=["People's Defense Force"], optional=True,
      why="the PDF 'captured two pro-junta militia members along with 123 junta administration workers and their relatives' "
          "(detentions; 'captured' of people, not a place)"),
    E("displacement", [PDF], [], None, "2024-08-12", "2024-08-19", "week", displaced=20000, optional=True,
      why="'elsewhere about 20,000 people fled from another town after anti-junta fighters launched an offensive to capture it' "
          "(the town is not named in the excerpt; day not given)"),
    E("armed_clash", [PDF], [JUNTA], None, "2024-08-12", "2024-08-19", "week", optional=True,
      why="the anti-junta offensive to capture that other, unnamed town"),
  ], control=[
    C(TABAYIN, PDF, "2024-08-18",
      why="captured by the PDF early on Sunday (as of that day; the PDF leader says they then had to retreat under the air strikes, "
          "so no later holder is asserted)"),
  ], why="date from the URL (08192024 = 19 August 2024, RFA's MMDDYYYY form), matching 'insurgents said on Monday'; 'early on "
         "Sunday' = 18 Aug. The pressure on the military since the 2021 coup is background; the helicopter 'believed to have been "
         "sent from' Monya and the spokesman's refusal are not events"),

# f003: TRT World (AFP), ' date 2023-07-15' (a Saturday): 'on Thursday' = 13 July, 'on Friday' = 14 July.
D("f003_drc_elake_apesiko.txt", "2023-07-15", "TRT World", "DR Congo", events=[
    E("violence_against_civilians", [ADF], [CIV], ELAKE_NORD, "2023-07-13", "2023-07-14", sources=["John Vuleveryo"], fatalities=9,
      why="ADF fighters attacked villagers in their fields in Ituri on Thursday, pillaged and burnt houses; 'Local people found nine "
          "bodies on Friday in the village of Elake Nord'"),
    E("violence_against_civilians", [ADF], [CIV], APESIKO, "2023-07-13", "2023-07-14", sources=["John Vuleveryo", "Ibra Mugeni"],
      fatalities=3,
      why="'another three in Apesiko', found 'tied up and had been decapitated'"),
    E("violence_against_civilians", [ADF], [CIV], MAMBASA_TERR, "2023-07-13", "2023-07-14",
      sources=["John Vuleveryo", "Matadi Muyapandi"], fatalities=12, optional=True,
      why="the lead: 'at least 12 villagers' killed in Ituri this week, the toll confirmed by the Mambasa territory administrator (the "
          "sum of the two villages, which the text splits)"),
  ], why="' date 2023-07-15' on top; the coordinator spoke 'on Saturday' (the publication day) of the attack 'on Thursday' (13 July); "
         "bodies found Friday. The civil-society source is not a party, so reported. Soldiers deployed to allow burials is a "
         "deployment; the 'series of massacres' is background; bodies feared in the forest are a fear"),

# f004: The Defense Post (AFP), URL /2018/05/06/ (a Sunday): 'told AFP on Sunday'; the overnight attack = night of 5-6 May.
D("f004_chad_gabalami.txt", "2018-05-06", "The Defense Post", "Chad", events=[
    E("armed_clash", [BH], [TCD], GABALAMI, "2018-05-05", "2018-05-06", status="claimed", sources=["military source"], fatalities=6,
      why="a military source: 'Boko Haram elements attacked an advanced post of the Chad army' in Gabalami overnight; six killed (a "
          "civilian, two customs officials, two forestry agents and a soldier); the attackers were repelled and escaped without losses"),
    E("armed_clash", [BH], [MNJTF], ARGE, "2018-04-01", "2018-04-30", "month",
      why="'It came as fighting took place between Boko Haram and MNJTF soldiers in Arge in Nigeria's Abadam district' - at the time of "
          "last month's clash (April)"),
    E("armed_clash", [BH], [TCD], None, "2018-04-01", "2018-04-30", "month", status="claimed", sources=["Chad national television"],
      fatalities=3, optional=True,
      why="'Last month, Chad's national television reported that three of the country's soldiers had been killed during a clash with "
          "the jihadists, without giving the location'"),
    E("armed_clash", [BH], [TCD], LAKE_CHAD, "2018-03-21", "2018-03-31", "month", fatalities=21, optional=True,
      why="'A Chadian soldier, as well as 20 Boko Haram members, were killed in another clash in late March in the restive Lake Chad "
          "region' (region only)"),
    E("armed_clash", [BH], [TCD], LAKE_CHAD, "2018-02-01", "2018-02-28", "month", fatalities=2, optional=True,
      why="'Two more soldiers were killed in an ambush in the same area a month earlier' (February; region only)"),
    E("armed_clash", [BH], [TCD], CHAD, "2017-05-01", "2017-05-31", "month", fatalities=9, optional=True,
      why="background: 'the first Boko Haram attack on Chadian soil since May 2017, in which nine soldiers died' (no place)"),
  ], why="date from the URL (2018/05/06, a Sunday), matching 'told AFP on Sunday'. Boko Haram's 20,000 dead since 2009 is a "
         "cumulative toll; the US handover of two Cessna aircraft on May 2 is not an event of the listed types. Chad's army is named "
         "as the government ('Chadian government'), the regional force as 'Multinational Joint Task Force'"),

# f005: The Boston Globe (AP), URL /2013/01/06/ (a Sunday): 'on Saturday' = 5 Jan 2013.
D("f005_car_alindao.txt", "2013-01-06", "The Boston Globe", "Central African Republic", events=[
    E("territory_captured", [SELEKA], [CAF], ALINDAO, "2013-01-05", sources=["Jean Balipio"],
      why="'Alindao town was taken by rebels of the Seleka alliance' on Saturday; 'the attackers burst into Alindao without meeting any "
          "resistance from the Central African armed forces' (a resident of nearby Bangassou)"),
    E("territory_captured", [SELEKA], [CAF], CAR, "2012-12-06", "2013-01-05", "month", optional=True,
      why="'The insurgents have taken 11 towns and cities within a month' (an aggregate, unnamed except Alindao and Bambari)"),
  ], control=[
    C(ALINDAO, SELEKA, "2013-01-06", why="taken by Seleka on Saturday"),
    C(BAMBARI, SELEKA, "2013-01-06", why="'Bambari, the third-largest city, which is already under rebel control'"),
  ], why="date from the URL (2013/01/06); 'on Saturday' = 5 Jan. The talks in Gabon 'on Tuesday' are future; the Security Council's "
         "call 'on Friday' is diplomacy; Bangui 'heavily fortified by Chadian troops' is a deployment (no holder stated); the "
         "newsletter box is site junk; 'control 11 cities and towns' names no other place"),

# f006: Morocco World News, ' date 2021-05-16'.
D("f006_wsahara_sand_wall.txt", "2021-05-16", "Morocco World News", "Western Sahara", events=[
    E("shelling", [MAR], [POL], SAND_WALL, "2021-05-10", "2021-05-16", "week", sources=["Morocco News"],
      why="'The artillery corps of the Moroccan Royal Armed Forces ... destroyed two four-wheel-drive vehicles of the Polisario Front "
          "after they attempted to approach the Moroccan security Wall'; the vehicles caught fire and Polisario members on board were "
          "killed (no figure). The day is not given: 'Morocco News specified today' - the week up to publication"),
    E("air_strike", [MAR], [POL], SAND_WALL, "2021-04-09", sources=["Polisario operatives"],
      why="'On April 9, the FAR killed Addah Al-Bendir, a senior Polisario military commander, alongside other military leaders in a drone "
          "strike' while he attempted a raid on positions along the sand wall; a second leader died of his injuries on April 12 (the "
          "number of dead is not given: other leaders too). Outlet's voice; Polisario operatives confirmed, Rabat did not"),
    E("armed_clash", [POL], [MAR], SAND_WALL, "2021-04-09", optional=True,
      why="Al-Bendir 'was attempting a raid on Moroccan positions along the sand wall' (the attempted raid the strike stopped)"),
    E("armed_clash", [MAR], [POL], GUERGUERAT, "2020-11-01", "2020-11-30", "month", optional=True,
      why="background: 'In November 2020, Morocco conducted a brief military operation to lift a Polisario blockade at the Guerguarat "
          "crossing point' (cut off; no fighting described)"),
    E("route_cut", [POL], [MAR], GUERGUERAT, "2020-10-01", "2020-11-30", "month", route=R(None, GUERGUERAT, "Guerguarat crossing point"),
      optional=True,
      why="the 'Polisario blockade at the Guerguarat crossing point' that the operation lifted (start not given)"),
  ], control=[
    C(WEST_OF_WALL, MAR, "2021-05-16", why="the Wall 'separates the Moroccan southern areas in the west'"),
    C(EAST_OF_WALL, POL, "2021-05-16", why="'from what Polisario calls \"liberated areas\" in the east'"),
  ], why="' date 2021-05-16' on top. The lead ('in recent weeks killed several senior Polisario military members') summarises the "
         "two strikes; the 1991 ceasefire and the claim that Polisario fabricates news are background. Theatre: Western Sahara; "
         "'Morocco News' is treated as a media account, not a party (a careful annotator could read it as claimed)"),

# f007: The Gleaner (AP), 'Published: Saturday | April 30, 2022' ('Tue | Nov 5, 2024' on top is the page's crawl-day header);
# 'Thursday' = 28 April; 'this week' = 25-30 April.
D("f007_haiti_butte_boyer.txt", "2022-04-30", "The Gleaner (AP)", "Haiti", events=[
    E("armed_clash", [], [], NORTH_PAP, "2022-04-25", "2022-04-30", "week", fatalities=20,
      why="'a gang fight that has killed at least 20 people, injured more than a dozen and forced thousands to flee their homes this "
          "week'; 'The fighting raging in four districts on the northern side of Port-au-Prince' (the gangs are not named)"),
    E("displacement", [], [], NORTH_PAP, "2022-04-25", "2022-04-30", "week",
      why="the gang fight 'forced thousands to flee their homes this week'; gang members 'ousted them from their homes' (no exact figure)"),
    E("displacement", [], [], BUTTE_BOYER, "2022-04-25", "2022-04-30", "week",
      why="Kerline Brutus 'fled with her three children from one of the neighbourhoods, Butte Boyer' (the one named origin)"),
    E("armed_clash", [], [], BUTTE_BOYER, "2022-04-28", optional=True,
      why="'Heavy gunfire echoed Thursday in a once quiet neighbourhood' - Butte Boyer is 'a long-quiet district' (identification implied)"),
    E("armed_clash", [], [], TABARRE, "2022-04-28", optional=True,
      why="photo caption: families forced to leave their homes 'due to clashes between armed gangs in the Tabarre neighbourhood' on Thursday"),
    E("displacement", [], [], TABARRE, "2022-04-28", optional=True,
      why="the caption's children in a shelter after being forced to leave their homes in Tabarre"),
    E("violence_against_civilians", [], ["Haitian government"], None, "2021-07-07", optional=True,
      why="background: 'the July 7 assassination of President Jovenel Moïse' (2021; place not given)"),
  ], why="'Published:Saturday | April 30, 2022' under the headline; the 'Tue | Nov 5, 2024' line above it is the site's current-day "
         "header. 'Thursday' = 28 April; 'this week' = Monday 25 April on. The caption is repeated. The gangs are unnamed (actor1 "
         "and actor2 []); the gangs trying 'to control more territory' gives no place and holder; the father left behind is not "
         "an event"),

# f008: News African (Radio Dabanga copy), URL /2024/10/30/ (a Wednesday): 'on Sunday' = 27 Oct; 'yesterday' read against the URL
# date = 29 Oct, but the text also says the shelling fell 'on Sunday and Monday', so the original was written on the 29th: 28-29 Oct.
D("f008_sudan_el_fasher_salaam.txt", "2024-10-30", "News African (Radio Dabanga)", "Sudan", events=[
    E("shelling", [RSF], [CIV], EL_FASHER, "2024-10-27", sources=["Radio Dabanga", "resident of Salaam"], fatalities=12,
      why="'12 civilians were killed and several others injured by shelling launched by the Rapid Support Forces (RSF) on El Fasher on "
          "Sunday', in southern El Fasher; the crowded livestock market was hit. The 12 are not split among the four neighbourhoods "
          "named, so the event sits at the city with one optional event per neighbourhood"),
    E("shelling", [RSF], [CIV], SALAAM_FASHER, "2024-10-27", "2024-10-28", sources=["resident of Salaam"], optional=True,
      why="'artillery shelling occurred on Sunday and Monday in the neighbourhoods of Salaam, El Hirja, Makarka, and El Mawashi'"),
    E("shelling", [RSF], [CIV], HIRJA_FASHER, "2024-10-27", "2024-10-28", sources=["resident of Salaam"], optional=True,
      why="same list: El Hirja"),
    E("shelling", [RSF], [CIV], MAKARKA_FASHER, "2024-10-27", "2024-10-28", sources=["resident of Salaam"], optional=True,
      why="same list: Makarka"),
    E("shelling", [RSF], [CIV], MAWASHI_FASHER, "2024-10-27", "2024-10-28", sources=["resident of Salaam"], optional=True,
      why="same list: El Mawashi"),
    E("shelling", [RSF], [CIV], EL_FASHER, "2024-10-28", "2024-10-29",
      why="'The paramilitary force continued to shell the capital city of North Darfur yesterday' (Monday per the resident)"),
    E("armed_clash", [RSF], [SAF], SE_FASHER, "2024-10-27",
      why="'The shelling reportedly followed clashes between the RSF and Sudanese Armed Forces (SAF) on Sunday morning in southeastern "
          "El Fasher'"),
    E("air_strike", [RSF], [SAF], SIXTH_DIV, "2024-10-27", status="claimed", sources=["SAF source"], fatalities=0,
      why="'An RSF drone allegedly targeted the Sixth Infantry Division Command, according to an SAF source', killing or injuring no "
          "soldiers"),
    E("air_strike", [SAF], [RSF], EAST_FASHER, "2024-10-28", "2024-10-29", status="claimed", sources=["military source"],
      why="'The Sudanese Air Forces reportedly bombed RSF targets in the east of the city yesterday, according to the military source'"),
    E("displacement", [RSF], [], EL_FASHER, "2024-10-27", "2024-10-30", optional=True,
      why="a resident: most citizens 'out in the open', 'searching for safety and fleeing the random shelling' (no figure; ongoing)"),
    E("displacement", [RSF, SAF], [], EL_FASHER, "2024-05-01", "2024-10-30", "month", displaced=410000, optional=True,
      why="IOM: 'more than 410,000 people have been displaced from El Fasher over the past six months' (a six-month tally)"),
    E("arrest", [SLM, SAF], [CIV], None, "2024-10-18", sources=["El Fasher Emergency Room"],
      why="'Mudasir Omar Bashir ... was detained on October 18 by Sudan Liberation Movement (SLM-MM) allied-forces, affiliated with the "
          "SAF' (where is not said; likely El Fasher)"),
  ], why="date from the URL (2024/10/30) only; 'on Sunday' = 27 Oct; 'yesterday' conflicts with the URL day (the copy of a Radio "
         "Dabanga piece written on Tuesday the 29th): dated 28-29 Oct. The text names no holder of El Fasher; the closed market is "
         "a consequence; Zamzam camp is mentioned only as where a family moved"),

# f009: Wargane (AP copy), URL /2016/10/24/ (a Monday): 'pulled out Sunday' = 23 Oct.
D("f009_somalia_halgan.txt", "2016-10-24", "Wargane", "Somalia", events=[
    E("territory_captured", [SHABAAB], [AMISOM, SOM], HALGAN, "2016-10-23", sources=["Ahmed Sabriye", "residents"],
      why="'Islamic extremist rebels recaptured a town in central Somalia after African Union and Somali troops pulled out Sunday'; the "
          "Halgan elder: 'heavily armed al-Shabab fighters retook the town soon after troops left' and raised their black banner"),
    E("evacuation", [AMISOM, SOM], [], HALGAN, "2016-10-23", optional=True,
      why="African Union and Somali troops 'pulled out' of Halgan on Sunday (a withdrawal)"),
    E("armed_clash", [SHABAAB], [AMISOM], HALGAN_BASE, "2016-06-01", "2016-06-30", "month",
      why="'In June, militants launched an attack on the African Union army base in the town. Dozens of soldiers and militants were "
          "killed' (dozens: no figure)"),
    E("territory_captured", [SHABAAB], [AMISOM], HIRAN, "2016-10-01", "2016-10-23", "month", optional=True,
      why="'Halgan is the second town in the region to be recaptured by al-Shabab after African Union troops have withdrawn': the first "
          "town is not named, nor its date"),
  ], control=[
    C(HALGAN, SHABAAB, "2016-10-24", why="al-Shabab retook the town and 'raised their black banner over the town'"),
  ], why="date from the URL (2016/10/24); 'pulled out Sunday' = 23 Oct. The photo caption (recruits in Mogadishu, 2012) only shows "
         "people in a place; the highway between Beledweyne and Buloburte is description"),

# f010: Sahara Reporters (HumAngle material), ' date 2020-12-09' (a Wednesday): 'on Tuesday' = 8 Dec (10 pm to 1 am).
D("f010_nigeria_gamji.txt", "2020-12-09", "Sahara Reporters", "Nigeria", events=[
    E("violence_against_civilians", [], [CIV], GAMJI, "2020-12-08", "2020-12-09", sources=["HumAngle", "villagers"],
      why="the bandits stormed Gamji village around 10 pm on Tuesday, opened fire on the residents and kidnapped the village head and "
          "25 others (villagers' count; 20 in the lead); they stayed from 10 pm to 1 am"),
    E("violence_against_civilians", [], [CIV], UNGWAR_MATO, "2020-12-08", "2020-12-09", sources=["HumAngle"],
      why="'the villages- Gamji, Ungwar Mato and another all in Faskari Local Government were attacked by the gunmen' (a list: one event "
          "per named village)"),
    E("violence_against_civilians", [], [CIV], FASKARI_LGA, "2020-12-08", "2020-12-09", sources=["HumAngle"], optional=True,
      why="the lead: 'No fewer than twenty (20) people ... have been kidnapped in Katsina State by suspected bandits', across three "
          "villages of Faskari LGA (the third is unnamed)"),
  ], why="' date 2020-12-09' on top; 'on Tuesday' = 8 Dec. The bandits are unnamed (actor1 []); kidnapping villagers is violence "
         "against civilians. No killing is reported (fatalities null). The absent security agents and the report to a military "
         "checkpoint are not events"),

# f011: CityNews Toronto (AP), ' date 2024-05-18' (a Saturday), 'Posted May 18, 2024'.
D("f011_libya_zawiya.txt", "2024-05-18", "CityNews Toronto (AP)", "Libya", events=[
    E("armed_clash", [], [], ZAWIYA, "2024-05-18", sources=["Ambulance and Emergency Services"], fatalities=1,
      why="'Clashes between government-allied militias rocked a coastal town in western Libya'; broke out early Saturday in Zawiya, "
          "centred in the south of the town; at least one civilian killed and 22 wounded (the militias are not named; both are allied "
          "with Dbeibah's government, so the ministry is not a party here: reported)"),
    E("evacuation", ["Libyan Red Crescent"], [CIV], ZAWIYA, "2024-05-18", sources=["Ambulance and Emergency Services",
      "Libyan Red Crescent"],
      why="'A number of families have been evacuated during a short pause in the fighting'; the Red Crescent helped evacuate the trapped "
          "families"),
    E("violence_against_civilians", [], [CIV], ZAWIYA, "2024-04-01", "2024-05-18", "month", fatalities=4, optional=True,
      why="background: security authorities 'found three young men and a woman dead on a roadside in the town' before the clashes "
          "(date not given; cut off)"),
  ], why="' date 2024-05-18' on top and 'Posted May 18, 2024'; 'Saturday' = the publication day. The attempted arrest of a murder "
         "suspect (said to have sparked the clashes) is not an arrest; school closures and the elders' mediation are not events; the "
         "map caption is site junk"),

# f012: allAfrica (Mozambique news reports & clippings), ' date 2020-03-24'; the text dates the attack 'this morning (Monday 23 March)'.
D("f012_mozambique_mocimboa.txt", "2020-03-24", "allAfrica", "Mozambique", events=[
    E("territory_captured", [ASS], [MOZ], MOCIMBOA, "2020-03-23", sources=["Moz24Horas", "Orlando Mudumane"],
      why="'Mocimboa da Praia was occupied by insurgents this morning (Monday 23 March) and at 18h00 ... was still under their control with "
          "no military response' (Moz24Horas reporters); the police spokesman confirmed the attack"),
    E("territory_captured", [ASS], [MOZ], MOCIMBOA_BARRACKS, "2020-03-23", status="claimed", sources=["Orlando Mudumane"], optional=True,
      why="police spokesman: the insurgents 'had attacked and occupied the barracks of the defence forces, where they hoisted their black "
          "flag' (the same capture, at the site)"),
    E("armed_clash", [ASS], [MOZ], MOCIMBOA_POLICE, "2020-03-23", optional=True,
      why="'also attacked the police station, freeing prisoners' (part of the same assault)"),
    E("route_cut", [ASS], [MOZ], MOCIMBOA, "2020-03-23", route=R(None, MOCIMBOA, "main roads leading into the town"),
      why="'The invaders have built barricades on the main roads leading into the town, which they control'"),
    E("displacement", [ASS], [], MOCIMBOA, "2020-03-23", optional=True,
      why="'Dozens of people have fled in panic to the local hospital and mosques' (within the town; dozens: no figure)"),
    E("territory_captured", [ASS], [MOZ], MOCIMBOA, "2017-10-05",
      why="background with its own date: 'The town of Mocimboa da Praia was occupied for a day in the first action of the civil war, "
          "on 5 October 2017'"),
  ], control=[
    C(MOCIMBOA, ASS, "2020-03-23", why="'still under their control' at 18h00; barricades on the roads 'which they control'"),
  ], why="' date 2020-03-24' on top (the bulletin was written on the 23rd: 'this morning (Monday 23 March)', 'today'); the events are "
         "dated by the text. The insurgents are Mozambique's insurgency (Ansar al-Sunna, as in parts b and d). Houses burnt and the "
         "school destroyed belong to the occupation. Rafael's visit 'last Monday (16 March)' and Nyusi's visit to Mueda are not events; "
         "the officers moved to Mueda is a redeployment"),

# f013: Sudan Tribune, dateline 'July 6, 2015 (MALAKAL)' (a Monday): 'since Tuesday' = 30 June.
D("f013_southsudan_malakal.txt", "2015-07-06", "Sudan Tribune", "South Sudan", events=[
    E("territory_captured", [SSG], [SPLMIO], MALAKAL, "2015-07-06", sources=["eye witnesses", "UNMISS"],
      why="'The South Sudanese army has regained control of the Upper Nile state capital, Malakal'; eyewitnesses: 'We could see only the "
          "SPLA presence in town and the rebels are out'; UNMISS: no fighting after 400 SPLA troops drove towards the town"),
    E("evacuation", [SPLMIO], [], MALAKAL, "2015-07-06", status="claimed", sources=["James Gatdet Dak"], optional=True,
      why="the rebel spokesman: 'Our forces have tactically withdrawn from Malakal today Monday' (a retreat)"),
    E("shelling", [SSG], [SPLMIO], MALAKAL, "2015-07-06", sources=["eye witness"],
      why="an eyewitness: 'This morning, the SPLA started shelling the town heavy as they moved in'"),
    E("shelling", [], [], MALAKAL, "2015-07-06", sources=["Farhan Haq", "UNMISS"], optional=True,
      why="UNMISS heard 'three mortar rounds this morning fired from positions northeast of the mission's compound towards Malakal town' "
          "(shooter not named; probably the same SPLA fire)"),
    E("advance", [SSG], [SPLMIO], MALAKAL, "2015-07-06", sources=["UNMISS"], optional=True,
      why="'approximately 400 SPLA troops driving past its compound in the direction of Malakal town led by tanks' (the move into the town "
          "it retook)"),
    E("armed_clash", [SPLMIO], [SSG], OUTSIDE_MALAKAL, "2015-06-30", "2015-07-06",
      why="'since Tuesday when the two warring factions battled each other outside the town'; the eyewitness: 'fighting outside Malalak "
          "along the road that goes to Koka'"),
    E("shelling", [], [], OUTSIDE_MALAKAL, "2015-06-30", "2015-07-06", optional=True,
      why="'Heavy shelling could reportedly be heard since Tuesday' (by whom not said)"),
    E("advance", [SPLMIO], [SSG], KOKA, "2015-06-30", "2015-07-06", optional=True,
      why="the rebels battled outside Malakal 'in an attempt to retake Koka and Melut from the army' (an attempt, not a capture)"),
    E("advance", [SPLMIO], [SSG], MELUT, "2015-06-30", "2015-07-06", optional=True,
      why="same: the attempt on Melut"),
    E("territory_captured", [SPLMIO], [SSG], MALAKAL, "2015-06-26", "2015-07-01", "week",
      why="background with its own date: Malakal was regained 'barely a week after it fell to the armed opposition forces'"),
  ], control=[
    C(MALAKAL, SSG, "2015-07-06", why="the army 'has regained control'; pro-government forces appear to be in control of the town"),
    C(KOKA, SSG, "2015-07-06", why="the rebels' attempt 'to retake Koka and Melut from the army': the army holds Koka"),
    C(MELUT, SSG, "2015-07-06", why="same: the army holds Melut"),
  ], why="dateline 'July 6, 2015 (MALAKAL)' (a Monday; the rebel spokesman's 'today Monday' agrees); 'since Tuesday' = 30 June. The "
         "SPLA is the government side; the armed opposition is SPLM-IO. The town 'changed hands several times' is background without "
         "a date; the peace talks due this month are future"),

# f014: negative. Blog repost, 'Friday, February 1, 2013' on top (AFP copy: 'officials said Tuesday').
D("f014_neg_mozambique_floods.txt", "2013-02-01", "budget-news-2010 (blog, AFP copy)", "none", negative=True,
  why="'Friday, February 1, 2013' heads the post. The military is 'called in to battle floods': rescues, clean-up, people in "
      "temporary shelters and deaths from flooding - a natural disaster told in military words, no armed conflict"),

# f015: negative. Capital FM (Kenya), AFP copy, 'September 8, 2008' under the headline.
D("f015_neg_us_battleground_states.txt", "2008-09-08", "Capital FM", "none", negative=True,
  why="'September 8, 2008 12:00 am' under the headline (dateline 'MISSOURI, September 8'). US presidential campaign: 'battleground "
      "states', 'wrestled', 'hammered', 'fighting corruption' are politics; McCain as a 'war hero' is biography"),
]
