"""Gold annotation of the wild corpus, part g (files g001..g015, split fresh/): Thailand's deep south, India (Manipur),
Mexico (Sinaloa), Syria, Afghanistan, the Philippines (Basilan), Colombia (ELN), Iraq (Diyala), Yemen (al-Bayda), Myanmar
(Sagaing), Ukraine, Gaza, Lebanon, and two negatives (a rugby blog post, an Arab foreign ministers' meeting on Gaza).
Collected 2026-12-07 from stored news pages (the `pages` search corpus, excerpts kept exactly as returned), after tuning
began; annotated without running Frontline on the texts and without seeing its output. Conventions as in part_f.py and
GUIDE.md. Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt), copied from it;
everything else (villages, checkpoints, districts, neighbourhoods, roads, regions) has names only. admin1 is the GeoNames
admin1 name (admin1.json) where it could be looked up, else the province/state name."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Thailand (TH)
NARATHIWAT_PROV = P(["Narathiwat", "Narathiwat province"], None, None, "Narathiwat", "admin1", "TH")
NARATHIWAT_CITY = P(["Narathiwat city center", "Narathiwat city", "Narathiwat"], 6.42639, 101.82308, "Narathiwat", "city", "TH")
PATTANI_PROV = P(["Pattani", "Pattani province"], None, None, "Pattani", "admin1", "TH")
YALA_PROV = P(["Yala", "Yala province"], None, None, "Yala", "admin1", "TH")
SONGKHLA_PROV = P(["Songkhla", "Songkhla province"], None, None, "Songkhla", "admin1", "TH")
DEEP_SOUTH = P(["Songkhla, Narathiwat, and Yala", "Deep South", "southern Thailand", "Thailand's deep south"], None, None, None,
               "region", "TH")
PATTANI_NARA_ROAD = P(["Pattani-Narathiwat Road", "Pattani-Narathiwat road", "Pattani"], None, None, "Pattani", "site", "TH")
# India, Manipur (IN)
CHAHNOU = P(["M. Chahnou", "M. Chahnou village", "M Chahnou", "Chahnou", "Imphal-Moreh road", "Moreh"], None, None, "Manipur",
            "village", "IN")
JOUPI = P(["Joupi", "Joupi village", "Imphal West", "Imphal West district"], None, None, "Manipur", "village", "IN")
# Mexico (MX)
GUASAVE = P(["Guasave", "near the city of Guasave", "highway underpass near Guasave"], 25.56745, -108.46756, "Sinaloa", "city", "MX")
# Syria (SY)
MAAN_HAMA = P(["Maan", "Ma'an", "Maan village", "Ma'an, Hama"], None, None, "Hama", "village", "SY")
MUZAYRIB = P(["Muzayrib", "Al Muzayrib", "Al Muzayrīb", "Mzeireb", "Muzeirib"], 32.71084, 36.02751, "Daraa", "town", "SY")
ALEPPO = P(["Aleppo", "city of Aleppo", "Halab"], 36.20124, 37.16117, "Aleppo", "city", "SY")
# Afghanistan (AF)
SHAHJOY_CP = P(["security checkpoint in Shahjoy district", "Shahjoy", "Shah Joy", "Shahjoy district", "Shinkay"], None, None, "Zabul",
               "site", "AF")
JAGHATU = P(["Jaghatu", "Jaghatu district", "Jaghato", "Ghazni province"], None, None, "Ghazni", "region", "AF")
# Philippines (PH)
BAGUINDAN = P(["Sitio Bayoko", "Barangay Baguindan", "Baguindan", "Tipo-Tipo town", "Tipo-Tipo"], None, None,
              "Autonomous Region in Muslim Mindanao", "village", "PH")
# Colombia (CO)
TAME_CABUYA_ROAD = P(["highway between Tame and La Cabuya", "Tame - La Cabuya highway", "checkpoint", "Tame", "La Cabuya", "Arauca"],
                     None, None, "Arauca Department", "site", "CO")
ARAUCA_DEPT = P(["Arauca", "Arauca department", "Arauca Department"], None, None, "Arauca Department", "admin1", "CO")
NORTE_SANTANDER = P(["Norte de Santander", "Norte de Santander department", "Norte de Santander Department"], None, None,
                    "Norte de Santander Department", "admin1", "CO")
# Iraq (IQ)
BUBALI = P(["Al-Bubali", "Al-Bubali village", "Albu Bali", "Al Bu Bali", "Khalis district", "Khalis"], None, None, "Diyala", "village",
           "IQ")
SOUTH_KIRKUK = P(["Southern Kirkuk", "Kirkuk province", "Kirkuk"], None, None, "Kirkuk", "admin1", "IQ")
# Yemen (YE)
HUMEGAN = P(["AlHumegan", "Al Humegan", "Al-Humaiqan", "AlHumegan district", "al-Bayda"], None, None, "Al Bayda", "region", "YE")
BAYDA_PROV = P(["al-Bayda", "al-Bayda province", "Al Bayda governorate", "Bayda"], None, None, "Al Bayda", "admin1", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
SAADA_PROV = P(["Saada Province", "Saada", "Sa'dah", "Saada province"], None, None, "Şa‘dah", "admin1", "YE")
# Myanmar (MM)
KYADET_OUTPOST = P(["Kyadet village outpost", "police outpost", "Kyadet", "Salingyi Township"], None, None, "Sagaing Region", "site", "MM")
KYADET = P(["Kyadet", "Kyadet village", "Salingyi Township"], None, None, "Sagaing Region", "village", "MM")
# Ukraine (UA)
BUDY = P(["Budy", "village of Budy"], 49.89133, 36.02096, "Kharkiv", "town", "UA")
KHARKIV_OBL = P(["Kharkiv region", "Kharkiv oblast", "Kharkiv"], None, None, "Kharkiv", "admin1", "UA")
KHERSON_OBL = P(["Kherson region", "Kherson oblast", "Kherson"], None, None, "Kherson", "admin1", "UA")
# Gaza (PS)
TEL_SULTAN = P(["Tel Sultan", "Tel al-Sultan", "Tal as-Sultan", "western Tel Sultan neighbourhood", "Rafah"], None, None, "Gaza Strip",
               "site", "PS")
RAFAH = P(["Rafah", "Rafaḩ"], 31.29722, 34.24357, "Gaza Strip", "city", "PS")
# Lebanon (LB), Israel / Golan
NAQOURA = P(["Naqoura", "En Naqoura", "En Nâqoûra", "Naqqoura"], 33.11806, 35.13972, "South Governorate", "town", "LB")
ZRARIYEH = P(["Zrariyeh", "Zrariye", "Zrariyah", "Zrarieh"], None, None, "South Governorate", "village", "LB")
QOTRANI = P(["Qotrani", "Kotrani", "Qatrani", "al-Qatrani"], None, None, None, "village", "LB")
EASTERN_FRONT_HQ = P(["command headquarters of the Eastern Front in the Galilee Division", "Galilee Division", "Galilee"], None, None,
                     "Northern District", "site", "IL")
GOLAN = P(["occupied Golan Heights", "Golan Heights", "Golan"], None, None, None, "region", "SY")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
THA = "Thai government"
IND, VOL = "Indian government", "village volunteers"
MEX = "Mexican government"
GOV, REB = "Syrian government", "Syrian rebels"
TAL, AFG = "Taliban", "Afghan government"
PHL, ASG = "Philippine government", "Abu Sayyaf"
COL, ELN = "Colombian government", "ELN"
IRQ, IS = "Iraqi government", "Islamic State"
HOU, YEM = "Houthis", "Yemeni government"
JUNTA, PDF, MRDA, SST = "Myanmar military", "People's Defense Forces", "Myanmar Royal Dragon Army", "Salingyi Special Taskforce"
RUS, UKR = "Russia", "Ukraine"
ISR, HAMAS, HEZ = "Israel", "Hamas", "Hezbollah"

DOCS = [
# g001: Khaosod English, URL /2015/07/14/ and the photo caption '14 July 2015' under the headline (a Tuesday): 'today' = 14 July,
# 'yesterday' = 13 July, 'over the weekend' = 11-12 July.
D("g001_thailand_narathiwat.txt", "2015-07-14", "Khaosod English", "Thailand (deep south)", events=[
    E("remote_explosive", [], [THA], NARATHIWAT_PROV, "2015-07-14", sources=["police"], fatalities=1,
      why="'A paramilitary ranger was killed and six more rangers were severely injured by a bomb' today: the bomb (a 50 kg gas "
          "canister) exploded near their pick-up truck in Narathiwat province at about 8.50am. The lead is the outlet's voice, so "
          "reported. Police blamed 'terrorists', meaning the separatists, but no group is named (actor1 [], as for 'militants' in "
          "c010); the rangers are the Thai state's forces ('Thai government', the government side of an insurgency)"),
    E("remote_explosive", [], [CIV], DEEP_SOUTH, "2015-07-11", "2015-07-12", sources=["officials", "police"], fatalities=6,
      why="'bombings in Songkhla, Narathiwat, and Yala over the weekend, targeting banks, restaurants, and hotels. The attacks killed "
          "six people, officials said' ('a spate of attacks that claimed six lives over the weekend'). The six dead are not split "
          "among the three provinces, so one event at the enclosing level plus one optional event per province. Planted bombs: "
          "remote_explosive. Police believe 'the insurgent network' organised them (not named: actor1 [])"),
    E("remote_explosive", [], [CIV], SONGKHLA_PROV, "2015-07-11", "2015-07-12", sources=["officials"], optional=True,
      why="the weekend bombings, list item Songkhla (province: the text calls Songkhla 'the nearby province')"),
    E("remote_explosive", [], [CIV], NARATHIWAT_PROV, "2015-07-11", "2015-07-12", sources=["officials"], optional=True,
      why="the weekend bombings, list item Narathiwat"),
    E("remote_explosive", [], [CIV], YALA_PROV, "2015-07-11", "2015-07-12", sources=["officials"], optional=True,
      why="the weekend bombings, list item Yala"),
    E("remote_explosive", [], [CIV], NARATHIWAT_CITY, "2015-07-11", "2015-07-14", optional=True,
      why="the second photo caption: 'Police inspect the scene of a bombing in Narathiwat city center, 14 July 2015' - a bombing in "
          "the city centre, probably one of the weekend bombings in Narathiwat (the caption's date is the photo's); optional because "
          "a caption and because it may be the same event as the weekend list item"),
    E("remote_explosive", [], [THA], PATTANI_PROV, "2015-07-13", fatalities=0,
      why="'Yesterday two smaller bomb attacks also targeted security officers in Pattani province, wounding two soldiers and two "
          "rangers' (injury only: 0). Two attacks, same province and day, no finer place: one event"),
    E("violence_against_civilians", [], [CIV], PATTANI_NARA_ROAD, "2015-07-13", sources=["police"], fatalities=1, optional=True,
      why="'A 47-year-old man was later shot and killed on the same day on Pattani-Narathiwat Road'; police say the assassination "
          "'may be related to the insurgency, but more investigation is needed' - optional, since it may be a plain murder"),
  ], why="date from the URL (2015/07/14) and the caption date near the top ('14 July 2015'); the dateline NARATHIWAT has no date. "
         "The rangers escorting teachers is background to the attack; 'more than 6,000 people have been killed since' is a "
         "cumulative toll (cut off); the secession campaign 'for the past decade' is background; no arrest warrants is a non-event"),

# g002: National Herald (India), ' date 2023-12-31' (a Sunday): 'on Saturday' = 30 Dec.
D("g002_manipur_chahnou_joupi.txt", "2023-12-31", "National Herald", "India (Manipur)", events=[
    E("armed_clash", [], [IND], CHAHNOU, "2023-12-30", "2023-12-31", status="claimed", sources=["official"], fatalities=0,
      why="an official: 'unidentified militants and police commandos exchanged heavy gunfire in Moreh, in which a police commando was "
          "injured'; 'the security forces came under heavy attack at M. Chahnou village on Imphal-Moreh road in Tengnoupal district' "
          "(the same incident: M. Chahnou is the spot near Moreh; one event with Moreh among the names). Injury only: 0. The day is "
          "not given; the official speaks of the latest incidents and the other one is 'on Saturday', so 30-31 Dec. The commando "
          "(5th battalion, Manipur Rifles) is the state's force: 'Indian government'; the militants are unnamed"),
    E("violence_against_civilians", [], [CIV], CHAHNOU, "2023-12-30", "2023-12-31", status="claimed", sources=["official"], optional=True,
      why="'following which some houses were torched by the attackers' (arson on village houses in the same attack)"),
    E("armed_clash", [], [VOL], JOUPI, "2023-12-30", fatalities=1,
      why="'a youth, stated to be a village volunteer, was killed in a gunfight with unidentified men in Imphal West district on "
          "Saturday'; 'a group of armed men attacked Joupi in Manipur, leading to a gunfight with local volunteers guarding the "
          "village between Imphal West and Kangpokpi district' (outlet's voice). The armed village volunteers are a side of their own"),
    E("violence_against_civilians", [], [CIV], JOUPI, "2023-12-30", fatalities=1, optional=True,
      why="second reading of the Joupi attack: the lead calls the dead man 'a civilian volunteer' and the armed men attacked the village"),
  ], why="' date 2023-12-31' on top; 'on Saturday' = 30 Dec. The lead is attributed to an official (claimed for the Moreh/Chahnou "
         "clash); the Joupi paragraph is in the outlet's voice (reported). Identifying the injured commando and the dead youth is not "
         "an event"),

# g003: Breitbart, ' date 2025-11-05' and URL /2025/11/05/ (a Wednesday): 'on Monday' = 3 Nov.
D("g003_mexico_guasave.txt", "2025-11-05", "Breitbart", "Mexico (cartels)", events=[
    E("armed_clash", [], [MEX], GUASAVE, "2025-11-03", status="claimed", sources=["Omar Garcia Harfuch"], fatalities=13,
      why="on Monday shortly after 12:45 p.m. a group of gunmen tried to ambush a convoy of Mexican soldiers at a highway underpass "
          "near Guasave; the military fought off the attack, killing 13 gunmen (Mexico's top security official on social media, a "
          "party: claimed). The cartel is not named ('did not reveal which cartel'): actor1 []"),
    E("arrest", [MEX], [], GUASAVE, "2025-11-03", "2025-11-05", status="claimed", sources=["Omar Garcia Harfuch"],
      why="'During those operations, authorities arrested four other gunmen' (the search operations after the clash)"),
  ], why="' date 2025-11-05' on top and the URL (2025/11/05); 'on Monday' = 3 Nov. Rescuing nine kidnapping victims is not an event "
         "type (the kidnappings are undated); El Mayo's capture 'more than a year ago', the turf war with 'thousands of murders' and "
         "'the region is home to the Sinaloa Cartel' are background (a vague date, a cumulative toll, presence rather than control)"),

# g004: The Boston Globe (AP), URL /2014/02/19/ (a Wednesday); no dateline date. 'on Monday' = 17 Feb, 'Tuesday' = 18 Feb.
D("g004_syria_maan.txt", "2014-02-19", "The Boston Globe (AP)", "Syria", events=[
    E("territory_captured", [GOV], [REB], MAAN_HAMA, "2014-02-17", status="claimed", sources=["SANA"],
      why="'The SANA state news agency said government troops seized control of the village of Maan in Hama province on Monday' after "
          "destroying the last 'hideouts of terrorists' (state media: claimed; the lead says the same, attributed to state media)"),
    E("territory_captured", [REB], [GOV], MAAN_HAMA, "2014-02-09", sources=["Syrian Observatory for Human Rights"],
      why="background with its own date: 'hard-line, anti-Assad Islamic fighters overran the village Feb. 9' (SOHR: reported). Maan is "
          "an Alawite village, held on the government side before; the fighters are not named: 'Syrian rebels'"),
    E("violence_against_civilians", [REB], [CIV], MAAN_HAMA, "2014-02-09", sources=["Syrian Observatory for Human Rights"],
      fatalities=40,
      why="SOHR: 'at least 40 people, most of them Alawites, were killed when ... Islamic fighters overran the village Feb. 9' (the "
          "'sectarian killings in Maan earlier this month' activists reported; the 'massacre' in SANA's words)"),
    E("remote_explosive", [], [CIV], MUZAYRIB, "2014-02-18", sources=["Syrian Observatory for Human Rights"], fatalities=18,
      optional=True,
      why="'a blast in the town of Muzayrib in Daraa province killed at least 18 people, including four children'; the Observatory "
          "director: 'unclear whether the explosion was a car bomb or an airstrike' - means not stated, so each reading is optional. "
          "Activists reported it on Tuesday (18 Feb); the day of the blast is not given otherwise"),
    E("air_strike", [GOV], [CIV], MUZAYRIB, "2014-02-18", sources=["Syrian Observatory for Human Rights"], fatalities=18, optional=True,
      why="the air-strike reading of the Muzayrib blast (only the government flies aircraft there)"),
    E("air_strike", [GOV], [CIV], ALEPPO, "2014-02-18", optional=True,
      why="photo caption: 'Syrians stood in the rubble after a reported airstrike attack on the city of Aleppo Tuesday' (a caption, "
          "but it reports a strike with a day; optional)"),
  ], control=[
    C(MAAN_HAMA, GOV, "2014-02-17", why="'Government troops have regained full control of a village in central Syria' (Maan), seized on Monday"),
  ], why="date from the URL (2014/02/19) only: the AP copy says 'state media said Tuesday', so it was written on the 18th and printed "
         "on the 19th; Monday read against the 19th is still 17 Feb. The army 'reinforcing its positions' in Quneitra to dislodge "
         "rebels is a deployment (and names no place the rebels hold); the sectarian character of the war and the newsletter "
         "junk are not events"),

# g005: WTOP (AP), ' date 2017-09-21' and 'September 21, 2017' (a Thursday): 'on Wednesday night' = 20 Sept.
D("g005_afghan_shahjoy.txt", "2017-09-21", "WTOP (AP)", "Afghanistan", events=[
    E("armed_clash", [TAL], [AFG], SHAHJOY_CP, "2017-09-20", status="claimed", sources=["Bismullah Afghanmal"], fatalities=5,
      why="the provincial governor: 'the attack happened on Wednesday night in Shahjoy district, when the Taliban stormed a security "
          "checkpoint, killing the five policemen and also wounding two others' (a party's official: claimed)"),
    E("territory_captured", [TAL], [AFG], SHAHJOY_CP, "2017-09-20", status="claimed", sources=["Bismullah Afghanmal"], optional=True,
      why="the Taliban stormed the checkpoint and held it until the reinforcements came (implied by 'retook'); a site, optional"),
    E("territory_captured", [AFG], [TAL], SHAHJOY_CP, "2017-09-20", "2017-09-21", status="claimed", sources=["Bismullah Afghanmal"],
      why="'reinforcement arrived later and retook the checkpoint'; 'they were pushed back'"),
    E("evacuation", [TAL], [], SHAHJOY_CP, "2017-09-20", "2017-09-21", status="claimed", sources=["Bismullah Afghanmal"], optional=True,
      why="the Taliban seized the weapons 'before they were pushed back' (a retreat)"),
    E("remote_explosive", [TAL], [AFG], JAGHATU, "2017-09-20", "2017-09-21", fatalities=1,
      why="'In other violence, a roadside bombing in southern Ghazni province killed police chief Mira Jan in the district of "
          "Jaghatu. Another officer was wounded' (outlet's voice: reported); the provincial police chief blamed the Taliban for "
          "planting the bomb. No day is given; 'in other violence' in the same brief: dated 20-21 Sept"),
  ], control=[
    C(SHAHJOY_CP, AFG, "2017-09-21", why="the reinforcements 'retook the checkpoint'"),
  ], why="' date 2017-09-21' and 'September 21, 2017' on top; 'Wednesday night' = 20 Sept. Five policemen escaping unharmed and 'no one "
         "immediately claimed responsibility' are not events"),

# g006: The Philippine Star, URL /2016/04/10/ (a Sunday); dateline ZAMBOANGA CITY without a date. 'since Friday' = 8 April.
D("g006_philippines_tipo_tipo.txt", "2016-04-10", "The Philippine Star", "Philippines", events=[
    E("armed_clash", [ASG], [PHL], BAGUINDAN, "2016-04-08", "2016-04-09", status="claimed", sources=["Filemon Tan Jr.",
      "Hernando Iriberri"], fatalities=23,
      why="'At least 18 soldiers and five Abu Sayyaf members ... were killed in a battle that grew so close since Friday it included "
          "hand-to-hand combat at a village in Tipo-Tipo town, Basilan province, a military spokesman confirmed' (18 + 5 = 23); "
          "'120 Abu Sayyaf terrorists ambushed troops sent for an offensive at Sitio Bayoko in Barangay Baguindan'; a 10-hour "
          "gunfight (the military's account: claimed). Dated from Friday as the text says; the gunfight lasted 10 hours"),
    E("armed_clash", [PHL], [ASG], None, "2015-12-15", status="claimed", sources=["Hernando Iriberri"], fatalities=1, optional=True,
      why="background with its own date: Malaysian jihadist Mohammad Najib Hussein alias Abu Anas 'was killed by the military last "
          "Dec. 15' (no place and no means given)"),
  ], why="date from the URL (2016/04/10) only ('yesterday' in the caption is the hospital visit). The beheadings of soldiers belong to "
         "the battle (combatants, not civilians); the wounded (56 soldiers, 20 Abu Sayyaf) are not fatalities; the mission to capture "
         "Hapilon is a goal; the hospital visit and the craters 'not caused by land mines' are not events"),

# g007: Archyde (EFE copy), the stamp '2024-09-03 19:15:11' below the text (a Tuesday); no date on top or in the URL.
D("g007_colombia_tame.txt", "2024-09-03", "Archyde (EFE)", "Colombia", events=[
    E("armed_clash", [ELN], [COL], TAME_CABUYA_ROAD, "2024-08-31", "2024-09-03", "week", status="claimed",
      sources=["Eighth Division of the Colombian Army"], fatalities=2,
      why="'Two Colombian Army soldiers were killed in the Arauca department ... in an attack carried out by the National Liberation "
          "Army (ELN) guerrillas, military sources reported'; the attack, by individuals in a pickup truck, 'occurred on a highway "
          "between Tame and La Cabuya' while the troops were at a checkpoint ('an attack with long-range weapons': gunfire, so a "
          "clash). The army's statement: claimed. No day is given; 'two more' after last Friday's killings: 31 Aug-3 Sept, week"),
    E("armed_clash", [ELN], [COL], NORTE_SANTANDER, "2024-08-30", status="claimed", sources=["Colombian army"], fatalities=2,
      why="'The ELN was also accused of the murder of two other soldiers in events that occurred last Friday in the department of "
          "Norte de Santander' (last Friday = 30 Aug; the accusation is the authorities': claimed; soldiers are combatants, so a "
          "clash rather than violence against civilians)"),
    E("remote_explosive", [ELN], [], ARAUCA_DEPT, "2024-08-27", "2024-09-03", "week", optional=True,
      why="'In recent days, the ELN has ... attacked oil pipelines in the departments of Arauca and Norte de Santander' (pipeline "
          "attacks, means and day not stated: optional, one per department)"),
    E("remote_explosive", [ELN], [], NORTE_SANTANDER, "2024-08-27", "2024-09-03", "week", optional=True,
      why="same: the pipeline attacks in Norte de Santander"),
  ], why="no date on top, in a dateline or in the URL; the text carries the stamp '2024-09-03 19:15:11' (EFE copy), taken as the "
         "publication date; last Friday = 30 Aug. The lockdown plan, the complaint to judicial authorities and the ELN's conditions "
         "at the peace talks (last May) are not events; 'The ELN claimed responsibility' is a photo caption and names no event "
         "beyond the attack"),

# g008: The New Arab, '20 December, 2022' under the headline (a Tuesday): 'late on Monday' = 19 Dec; the roadside bomb: 18 Dec.
D("g008_iraq_bubali.txt", "2022-12-20", "The New Arab", "Iraq", events=[
    E("violence_against_civilians", [IS], [CIV], BUBALI, "2022-12-19", sources=["Uday al-Khadran", "Iraqi News Agency"], fatalities=8,
      why="'At least eight Iraqi civilians were killed in an IS attack on a village in Diyala province on Monday' (the outlet's own "
          "standfirst: reported); the Khalis mayor: terrorists on motorcycles attacked Al-Bubali village at about 8:30 pm, 'eight "
          "villagers were martyred and three others were severely wounded'"),
    E("armed_clash", [IS], [CIV], BUBALI, "2022-12-19", status="claimed", sources=["Uday al-Khadran"], fatalities=8, optional=True,
      why="the mayor: 'dozens of residents, some of them unarmed, had rushed to confront the attackers ... After half an hour of "
          "clashes' - armed villagers fought back (second reading of the same attack)"),
    E("remote_explosive", [IS], [IRQ], SOUTH_KIRKUK, "2022-12-18",
      why="'IS on Sunday claimed responsibility for another attack in Kirkuk province when a roadside bomb killed nine Iraqi police "
          "officers'; the photo caption dates the deaths 'on Dec. 18 due to the bombing by Deash members in Southern Kirkuk' "
          "(outlet's voice: reported)", fatalities=9),
  ], why="'20 December, 2022' under the headline; 'late on Monday' = 19 Dec; the caption's 'Dec. 18' dates the Kirkuk bombing "
         "(Sunday, as IS's claim). The security operations 'now' to chase the militants, the troops 're-deployed in Diyala' and the "
         "undated 'military operations ... killed their leader' are not dated events; the outposts near the village name no place; "
         "the IS announcement of 30 November is cut off"),

# g009: Xinhua copy on yituodiy.com, dateline 'ADEN, Yemen, May 7 (Xinhua)' (a Tuesday); the URL says 2019-05/08 - the dateline
# wins: 2019-05-07, 'on Tuesday' = 7 May.
D("g009_yemen_bayda_humegan.txt", "2019-05-07", "Xinhua (yituodiy.com copy)", "Yemen", events=[
    E("armed_clash", [HOU], [YEM], HUMEGAN, "2019-05-07", status="claimed", sources=["military official", "Defense Ministry"],
      fatalities=9,
      why="a military official: 'Around four government troops and five Houthi fighters were killed on Tuesday in fighting' in "
          "al-Bayda; scores of Houthi fighters attacked government positions in AlHumegan, the government forces repulsed them "
          "(4 + 5 = 9; the five Houthis are the Defense Ministry's figure). Pro-Houthi media confirm the offensive on AlHumegan"),
    E("shelling", [HOU], [YEM], HUMEGAN, "2019-05-07", status="claimed", sources=["military official"],
      why="the Houthi attack was 'accompanied by heavy shelling on the positions of government forces in the area of AlHumegan'"),
    E("armed_clash", [YEM], [HOU], BAYDA_PROV, "2019-05-07", status="claimed", sources=["Defense Ministry"], fatalities=5, optional=True,
      why="the Defense Ministry: 'government forces backed by local tribesmen targeted the Houthi-controlled sites in al-Bayda, "
          "killing five Houthis' (probably the same fighting, told as a government counter-attack at province level; means of "
          "'targeted' not stated)"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2014-12-31", "month", optional=True,
      why="background: the rebels 'seized control over much of the country's north including Sanaa, thus triggering the civil "
          "war', dated only by 'a civil war since late 2014'"),
  ], control=[
    C(SANAA, HOU, "2019-05-07", why="the Houthis 'seized control over much of the country's north including Sanaa' (as in a009, the "
                                     "capital a party seized)"),
    C(SAADA_PROV, HOU, "2019-05-07", why="'their far northern stronghold of Saada Province'"),
  ], why="dateline 'ADEN, Yemen, May 7 (Xinhua)' beats the URL's 2019-05/08 (GUIDE: the dateline wins); 'on Tuesday' = 7 May. 'Large "
         "areas of al-Bayda province are witnessing continuous fighting' is a general statement; the unnamed 'Houthi-controlled "
         "sites' give no place for a control assertion; the Houthis' advance south in 2014-15 has no date of its own"),

# g010: The Irrawaddy, ' date 2022-10-03' (a Monday): 'on Sunday' = 2 Oct.
D("g010_myanmar_kyadet.txt", "2022-10-03", "The Irrawaddy", "Myanmar", events=[
    E("armed_clash", [MRDA, SST, PDF], [JUNTA], KYADET_OUTPOST, "2022-10-02", status="claimed",
      sources=["Myanmar Royal Dragon Army", "resistance groups"], fatalities=7,
      why="MRDA, SST, Yesagyo PDF and Myaing PDF attacked the Kyadet village police outpost (Salingyi Township) on Sunday morning, "
          "destroying three of its five bunkers; 'The junta had at least five deaths and there were two resistance deaths' (5 + 2; "
          "the armed groups' account: claimed)"),
    E("air_strike", [JUNTA], [MRDA, SST, PDF], KYADET_OUTPOST, "2022-10-02", status="claimed", sources=["Ko Phyo", "resistance groups"],
      why="the junta deployed two Mi-35 helicopters; 'Airstrikes began when they were about to lose the outpost ... The airstrike "
          "arrived just in time so we had to fall back'"),
    E("air_strike", [JUNTA], [CIV], KYADET, "2022-10-02", sources=["Kyadet villager"], optional=True,
      why="a villager: 'The helicopters shot at the village again in the afternoon' (the same day and place as the morning strikes, "
          "aimed at the village itself)"),
    E("displacement", [JUNTA], [], KYADET, "2022-10-02", sources=["Kyadet villager"],
      why="'Hundreds of Kyadet villagers fled when the helicopters attacked for an hour' (outlet's voice; 'hundreds': no figure); "
          "the village 'is almost empty now'"),
    E("evacuation", [MRDA, SST, PDF], [], KYADET_OUTPOST, "2022-10-02", status="claimed", sources=["Ko Phyo"], optional=True,
      why="'we had to fall back' (a retreat under the air strikes)"),
    E("armed_clash", [], [JUNTA], KYADET_OUTPOST, "2022-04-01", "2022-04-30", "month", sources=["residents"],
      why="background with its own date: 'The police outpost was attacked in April and at least 10 junta casualties were reported by "
          "residents' (attackers not named; 'casualties': no death figure)"),
  ], control=[
    C(KYADET_OUTPOST, JUNTA, "2022-10-02",
      why="the helicopters relieved the last two bunkers; 'the troops are forced to remain in the outpost' (still held by the junta)"),
  ], why="' date 2022-10-03' on top; 'on Sunday' = 2 Oct. The photo caption (fighters after retreating) only shows people; 'could no "
         "longer patrol the township' is a consequence; not knowing of civilian injuries is a non-event. The resistance groups are "
         "listed by name; the two PDFs are 'People's Defense Forces'"),

# g011: 24 News HD (AFP copy), URL /14-Jul-2024/ (a Sunday): 'on Saturday' = 13 July, 'today' in the governor's post = 13 July.
D("g011_ukraine_budy.txt", "2024-07-14", "24 News HD", "Ukraine", events=[
    E("shelling", [RUS], [CIV], BUDY, "2024-07-13", status="claimed", sources=["Oleg Synegubov"], fatalities=3, optional=True,
      why="the Kharkiv governor: 'Russian strikes on a \"civilian infrastructure facility\" in the village of Budy had killed three "
          "people and injured 22' (the lead: civilians 'killed by Russian fire on Saturday'). 'Strikes'/'fire' does not give the "
          "means: missile/artillery reading, optional"),
    E("air_strike", [RUS], [CIV], BUDY, "2024-07-13", status="claimed", sources=["Oleg Synegubov"], fatalities=3, optional=True,
      why="the air (bomb or drone) reading of the Budy strikes, optional"),
    E("shelling", [RUS], [CIV], KHERSON_OBL, "2024-07-13", status="claimed", sources=["Oleksandr Prokudin"], fatalities=3, optional=True,
      why="the Kherson governor: 'Three people have been killed and five injured as a result of Russian aggression today' (a "
          "region-wide tally, means not stated; shelling is the usual reading in Kherson, but optional)"),
    E("air_strike", [RUS], [UKR], KHARKIV_OBL, "2024-07-13", status="claimed", sources=["Ukrainian army"], optional=True,
      why="the Ukrainian army's daily update: the Kharkiv region was 'under constant bombardment by enemy aircraft' (region-wide)"),
    E("armed_clash", [RUS], [UKR], KHARKIV_OBL, "2024-05-01", "2024-07-14", "month", optional=True,
      why="'the Kharkiv region, which has been the focus of a new Russian offensive for the past two months' (an ongoing offensive, "
          "region-wide)"),
  ], why="date from the URL (14-Jul-2024) only; 'on Saturday' = 13 July. The governors are officials of a party: claimed. The lead's "
         "'five civilians' does not match the governors' 3 (Kherson) + 3 (Budy); each event keeps its governor's figure. "
         "'Russian forces have pressing along the whole front line in recent months' is analysis; awaiting Western arms is not an "
         "event. Every event is optional because no means is stated for the deadly strikes"),

# g012: The Courier (PA/AP copy), ' date 2024-04-20' (a Saturday): 'late on Friday' = 19 April.
D("g012_gaza_rafah_tel_sultan.txt", "2024-04-20", "The Courier", "Israel/Gaza", events=[
    E("air_strike", [ISR], [CIV], TEL_SULTAN, "2024-04-19", sources=["hospital authorities", "Gaza civil defence", "Ahmed Barhoum"],
      fatalities=9,
      why="'An Israeli air strike on a house in Gaza's southernmost city killed at least nine people, six of them children, hospital "
          "authorities have said'; 'The strike late on Friday hit a residential building in the western Tel Sultan neighbourhood of "
          "the city of Rafah' (hospital records, a relative: reported)"),
    E("air_strike", [ISR], [], RAFAH, "2024-04-19", "2024-04-20", fatalities=0,
      why="'No victims were registered from a second overnight strike in the city' (no casualties: 0)"),
  ], why="' date 2024-04-20' on top; 'late on Friday' = 19 April. The displacement of most of Gaza's population 'by fighting further "
         "north' is background without a date; the planned ground offensive into Rafah is a plan ('has not materialised'); Hamas "
         "militants 'holed up' in Rafah is Israel's claim about presence, not a control assertion; the war's regional tensions are "
         "analysis"),

# g013: Antiwar.com, URL /2024/06/03/ (a Monday): 'this morning' = 3 June.
D("g013_lebanon_naqoura_zrariyeh.txt", "2024-06-03", "Antiwar.com", "Lebanon", events=[
    E("air_strike", [ISR], [], NAQOURA, "2024-06-03", fatalities=1,
      why="'Israel continued its attacks against motorcycles in southern Lebanon this morning, targeting one in Naqoura. In this attack "
          "one person was killed and another wounded' (a drone strike, as the headline and 'A second drone' say; who was hit is "
          "not disclosed: actor2 [])"),
    E("air_strike", [ISR], [HEZ], ZRARIYEH, "2024-06-03", fatalities=1,
      why="'A second drone struck a car near the southern village of Zrariyeh, killing one', identified by Israel as Hussein Sabra "
          "of Hezbollah's force-buildup unit"),
    E("air_strike", [ISR], [HEZ], QOTRANI, "2024-06-03", status="claimed", sources=["Israel"], optional=True,
      why="'Israel reported separate attacks against buildings in Qotrani', said to belong to Hezbollah air defence units (means not "
          "stated; an air strike is the likely reading, in a text about daily Israeli airstrikes)"),
    E("shelling", [ISR], [HEZ], QOTRANI, "2024-06-03", status="claimed", sources=["Israel"], optional=True,
      why="the artillery reading of the Qotrani attacks (means not stated)"),
    E("air_strike", [HEZ], [ISR], EASTERN_FRONT_HQ, "2024-06-03", status="claimed", sources=["Hezbollah"],
      why="'Hezbollah responded with suicide drone attacks against the Israeli command headquarters of the Eastern Front in the "
          "Galilee Division', in retaliation for the Zrariyeh assassination (Hezbollah's report: claimed; drones: air_strike)"),
    E("shelling", [HEZ], [ISR], EASTERN_FRONT_HQ, "2024-06-03", status="claimed", sources=["Hezbollah"],
      why="'Hezbollah said they fired guided missiles at an Israeli military vehicle in the area, destroying it and inflicting "
          "casualties' (missiles: shelling; 'casualties': no figure)"),
    E("shelling", [HEZ], [ISR], GOLAN, "2024-06-03", status="claimed", sources=["Israel"],
      why="'Israel did report 30 rockets were fired against the occupied Golan Heights', some intercepted, several fires (the "
          "shooter is not named but the paragraph is about Hezbollah's response)"),
  ], control=[
    C(GOLAN, ISR, "2024-06-03", why="'the occupied Golan Heights' (held by Israel)"),
  ], why="date from the URL (2024/06/03) only; 'this morning' = 3 June. The first two strikes are in the outlet's voice (reported); "
         "Israel's and Hezbollah's own reports are claimed. 'Israeli airstrikes a daily occurrence across Lebanon' is a general "
         "statement; the author's biography is site junk"),

# g014: negative. Blogger post (ruggerblogger), 'Sunday, 16 June 2013' on top.
D("g014_neg_rugby_test.txt", "2013-06-16", "ruggerblogger (blog)", "none", negative=True,
  why="'Sunday, 16 June 2013' heads the post. A rugby Test (New Zealand v France): 'immense defense', 'counter-attack', 'period of "
      "defense on our own line' and 'Le Down Trou' are sport, no armed conflict"),

# g015: negative. LBC Group (Lebanon), ' date 2024-03-21' and '2024-03-21 | 11:52'.
D("g015_neg_cairo_ministers.txt", "2024-03-21", "LBC Group", "none", negative=True,
  why="' date 2024-03-21' and '2024-03-21 | 11:52' on top. Arab foreign ministers meet in Cairo to discuss a Gaza ceasefire and aid "
      "access before talks with Blinken: diplomacy only. The 'Israeli war against Gaza', the feared famine 'after more than five "
      "months of war' and the call to open crossings mention the war only in general terms; no ceasefire or deal is agreed (not "
      "an `agreement`); the tag list is site junk"),
]
