"""Gold annotation of the wild corpus, part i (files i001..i015, split fresh/): Syria (Latakia, Kasab), Iraq (Salahudin,
Imam Gharbi), Afghanistan (Badghis, Jawand), Ukraine 2015 (Debaltseve), Sri Lanka (Mullaittivu), northern Syria (Turkey-backed
rebels against SDF-allied forces near Jarablus), Yemen (Marib), Myanmar (Sagaing, Myaung), the West Bank (Jenin), Pakistan
(Balochistan, Panjgur/Naushki), Armenia/Azerbaijan (Tovuz, Nakhchivan), Lebanon (al-Sawana, Nabatieh), Ukraine 2024 (Zhelanne,
Pokrovsk) and two negatives (Louisiana floods, UN-brokered Yemen talks). Collected 2026-12-07 from stored news pages (the `pages`
search corpus, excerpts kept exactly as returned), after tuning began; annotated without running Frontline on the texts and
without seeing its output. Conventions as in part_f.py / part_g.py and GUIDE.md. Coordinates only for places in GeoNames
cities500 (target/gazetteer-src/cities500.txt), copied from it; everything else (villages, districts, camps, neighbourhoods,
regions) has names only. admin1 is the GeoNames admin1 name (admin1.json) where it could be looked up, else the
province/region name. Actor names not in the alias table, chosen as the common English name: `Tamil Tigers` and
`Sri Lankan government` (as part_e), `Baloch Liberation Army`, `Jarablus Military Council` (an SDF-allied council),
`Civilian Defense and Security Organization of Myaung` and `Yesagyo Revolution` (local anti-junta groups), `Palestinian armed
groups` (unnamed 'Palestinian resistance groups')."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
KASAB = P(["Kasab", "Kassab", "Kessab", "Kesab"], 35.92639, 35.9897, "Latakia", "town", "SY")
KASAB_HILLS = P(["the hills surrounding Kasab", "hills around Kasab", "Kasab"], None, None, "Latakia", "site", "SY")
NABAEIN = P(["Nabaein", "Nabain", "Nab'ein", "Nabeen"], None, None, "Latakia", "village", "SY")
AMARNA = P(["al-Amarna", "Amarna", "al-Amarneh", "Amarneh"], None, None, "Aleppo", "village", "SY")
AYN_BAYDA = P(["Ayn al-Bayda", "Ain al-Bayda", "Ayn al Bayda", "Ain al-Baida"], None, None, "Aleppo", "village", "SY")
DABIS = P(["Dabis", "Dabbis"], None, None, "Aleppo", "village", "SY")
JARABLUS_AREA = P(["the targeted area", "Jarablus area", "Jarablus"], None, None, "Aleppo", "region", "SY")
# Iraq (IQ)
IMAM_GHARBI = P(["Imam Gharbi", "Imam Gharbi village", "al-Imam al-Gharbi", "Imam al-Gharbi", "Shirqat"], None, None,
                "Salah ad Din", "village", "IQ")
MOSUL = P(["Mosul", "Al Mawsil"], 36.335, 43.11889, "Nineveh", "city", "IQ")
# Afghanistan (AF)
JAWAND = P(["Jawand", "Jawand district", "Jawand district center"], 35.06361, 64.14917, "Badghis", "town", "AF")
DEH_GARM = P(["Deh Garm", "Deh Garm area", "Dehgarm", "Jawand"], None, None, "Badghis", "village", "AF")
KANDAHAR_NDS = P(["compound of Afghanistan's intelligence agency", "NDS compound", "Kandahar", "Kandahār"], 31.61332, 65.71013,
                 "Kandahar", "site", "AF")
EAST_AFGHANISTAN = P(["eastern Afghanistan", "east Afghanistan"], None, None, None, "region", "AF")
AFGHANISTAN = P(["Afghanistan"], None, None, None, "country", "AF")
# Ukraine (UA), Russia (RU)
DEBALTSEVE = P(["Debaltseve", "Debaltsevo", "Debal'tseve"], 48.34072, 38.4049, "Donetsk", "town", "UA")
DEBALTSEVE_AREA = P(["the area around Debaltseve", "around Debaltseve", "near Debaltseve", "Debaltseve"], 48.34072, 38.4049,
                    "Donetsk", "region", "UA")
DEBALTSEVE_ROAD = P(["the only road connecting them with the other troops", "road to Debaltseve", "Artemivsk-Debaltseve highway",
                     "Debaltseve"], None, None, "Donetsk", "site", "UA")
LINE_OF_CONFLICT = P(["the entire line of conflict", "from the Luhansk region to Mariupol", "eastern Ukraine", "Donbas"], None, None,
                     None, "region", "UA")
ZHELANNE = P(["Zhelanne", "Zhelannoye", "Zhelanne village"], None, None, "Donetsk", "village", "UA")
NEW_YORK = P(["New York", "Niu-York", "Novhorodske", "Novgorodskoye"], None, None, "Donetsk", "town", "UA")
POKROVSK = P(["Pokrovsk", "Krasnoarmiisk"], 48.28198, 37.17585, "Donetsk", "city", "UA")
DONETSK_OBL = P(["Donetsk region", "Donetsk oblast", "Donetsk"], None, None, "Donetsk", "admin1", "UA")
KURSK_OBL = P(["Kursk region", "Kursk oblast", "Kursk"], None, None, "Kursk Oblast", "admin1", "RU")
# Sri Lanka (LK)
MULLAITTIVU = P(["Mullaittivu", "Mullaitivu", "Mullaittivu town", "Mullativu"], None, None, "Northern Province", "town", "LK")
KILINOCHCHI = P(["Kilinochchi", "Killinochchi"], 9.3961, 80.3982, "Northern Province", "town", "LK")
JAFFNA_PENINSULA = P(["Jaffna Peninsula", "Jaffna peninsula", "Jaffna"], None, None, "Northern Province", "region", "LK")
LTTE_ZONE = P(["wedge of jungle in the northeast", "LTTE-held area", "war zone", "Tiger-controlled area", "Vanni", "Mullaittivu district"],
              None, None, "Northern Province", "region", "LK")
# Yemen (YE)
MARIB_PROV = P(["Marib", "Marib province", "Ma'rib", "Ma’rib", "Marib governorate"], None, None, "Ma’rib", "admin1", "YE")
MARIB_CITY = P(["Marib", "city of Marib", "Ma'rib"], 15.46253, 45.32581, "Ma’rib", "city", "YE")
SIRWAH = P(["Sirwah", "district of Sirwah", "Sirwah district", "Serwah", "Sarwah"], None, None, "Ma’rib", "region", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
NORTH_YEMEN = P(["much of the north of the country", "northern Yemen", "the north"], None, None, None, "region", "YE")
YEMEN = P(["Yemen"], None, None, None, "country", "YE")
SAUDI = P(["Saudi Arabia"], None, None, None, "country", "SA")
# Myanmar (MM)
CDSO_CAMP = P(["Civilian Defense and Security Organization of Myaung camp", "Myaung camp", "outpost", "Myaung Township", "Myaung"],
              None, None, "Sagaing Region", "site", "MM")
CHAUNG_U_BASE = P(["junta's Chaung-U base", "Chaung-U base", "Chaung-U", "Chaung U"], None, None, "Sagaing Region", "site", "MM")
LETHTOKETAW = P(["Lethtoketaw", "Lethtoketaw village", "Myinmu Township", "Myinmu"], None, None, "Sagaing Region", "village", "MM")
YESAGYO_BASE = P(["Yesagyo Revolution base", "Yesagyo Revolution camp", "Yesagyo Township", "Yesagyo"], None, None, "Magway", "site",
                 "MM")
# West Bank / Gaza (PS)
JENIN_CAMP = P(["Jenin refugee camp", "Jenin camp", "Jenin"], None, None, "West Bank", "site", "PS")
JENIN = P(["Jenin", "Janin", "Janīn"], 32.45943, 35.30086, "West Bank", "city", "PS")
GAZA = P(["Gaza", "Gaza Strip", "besieged Gaza"], None, None, "Gaza Strip", "admin1", "PS")
WEST_BANK = P(["occupied West Bank", "West Bank"], None, None, "West Bank", "admin1", "PS")
# Pakistan (PK)
PANJGUR_CAMP = P(["security forces' camp in Panjgur", "Panjgur", "Panjgur area"], 26.97186, 64.09459, "Balochistan", "site", "PK")
NAUSHKI_CAMP = P(["camp of Frontier Corps in Naushki", "Naushki", "Nushki", "Noshki"], 29.55218, 66.02288, "Balochistan", "site", "PK")
BALOCHISTAN = P(["Balochistan", "Baluchistan", "southwestern province"], None, None, "Balochistan", "admin1", "PK")
KECH = P(["Kech district", "Kech", "check post in the Kech district"], None, None, "Balochistan", "region", "PK")
SOHBATPUR_CHOWK = P(["Sohbatpur Chowk", "Sohbatpur Chowk near Dera Allahyar", "Dera Allahyar"], None, None, "Balochistan", "site",
                    "PK")
# Azerbaijan (AZ) / Armenia (AM)
SHAHBUZ = P(["Shahbuz district", "Shahbuz", "Şahbuz", "Nakhchivan Autonomous Republic"], None, None, "Nakhchivan", "region", "AZ")
JULFA = P(["Julfa district", "Julfa", "Culfa", "Nakhchivan Autonomous Republic"], None, None, "Nakhchivan", "region", "AZ")
TOVUZ = P(["Tovuz district", "Tovuz", "Tovuz District", "Azerbaijan-Armenia state border"], None, None, "Tovuz District", "admin1",
          "AZ")
ARM_UNIT = P(["territory of the Armenia's military unit", "Armenian military unit", "Azerbaijan-Armenia state border",
              "Tovuz district"], None, None, None, "site", None)
AZERBAIJAN = P(["Azerbaijan"], None, None, None, "country", "AZ")
NAGORNO_KARABAKH = P(["Nagorno-Karabakh", "Nagorno-Karabakh region", "Karabakh", "Artsakh"], None, None, None, "region", "AZ")
# Lebanon (LB), Israel (IL)
SOUTH_LEBANON = P(["southern Lebanon", "south Lebanon", "villages across southern Lebanon"], None, None, None, "region", "LB")
SAWANA = P(["al-Sawana", "Sawana", "al-Sawaneh", "Sawwaneh", "As Sawwanah"], None, None, "Nabatieh", "village", "LB")
NABATIEH = P(["Nabatieh", "Nabatiyeh", "Nabatîyé et Tahta", "Nabatieh town"], 33.37889, 35.48389, "Nabatieh", "city", "LB")
BORDER_LB_IL = P(["Israel-Lebanon border", "the disputed frontier", "southern Lebanon"], None, None, None, "region", "LB")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
GOV, REB, NUSRA, FSA = "Syrian government", "Syrian rebels", "Nusra Front", "Free Syrian Army"
HEZ, TUR, SDF, YPG, JMC = "Hezbollah", "Turkey", "Syrian Democratic Forces", "YPG", "Jarablus Military Council"
IRQ, IRQ_MIL, IS = "Iraqi government", "Iraqi militias", "Islamic State"
TAL, AFG, USA = "Taliban", "Afghan government", "United States"
RUS, UKR, DPR = "Russia", "Ukraine", "Donetsk People's Republic"
SLG, LTTE = "Sri Lankan government", "Tamil Tigers"
HOU, YEM, SLC = "Houthis", "Yemeni government", "Saudi-led coalition"
JUNTA, CDSO, YR = "Myanmar military", "Civilian Defense and Security Organization of Myaung", "Yesagyo Revolution"
RESIST = "anti-junta resistance forces"
ISR, HAMAS, PAL = "Israel", "Hamas", "Palestinian armed groups"
PAK, BLA = "Pakistan", "Baloch Liberation Army"
AZE, ARM = "Azerbaijan", "Armenia"
SOHR = "Syrian Observatory for Human Rights"

DOCS = [
# i001: RTE News, URL /2014/0615/ (a Sunday); no date in the text. 'yesterday' = 14 June. State TV's and SOHR's accounts.
D("i001_syria_kasab.txt", "2014-06-15", "RTE News", "Syria", events=[
    E("territory_captured", [GOV], [NUSRA, REB], KASAB, "2014-06-14", "2014-06-15", status="claimed", sources=["state television"],
      why="'Syrian government forces have recaptured the strategic town of Kasab ... state television reported' ('killing a large "
          "number of terrorists'). State TV is a party: claimed. No day is given for the recapture; the rebels withdrew 'yesterday' "
          "(14 June) and the report is of the 15th, so 14-15 June. The rebels include 'members of Syrian Al-Qaeda affiliate Al-Nusra "
          "Front' (coalition with a named member: both)"),
    E("armed_clash", [GOV], [NUSRA, REB], KASAB, "2014-06-14", "2014-06-15", sources=[SOHR],
      why="SOHR: 'government troops had entered Kasab ... but that fighting was still raging in the town'; 'Fighting is still "
          "pitching soldiers against the rebels who stared there' (monitor: reported)"),
    E("evacuation", [NUSRA, REB], [], KASAB, "2014-06-14", sources=[SOHR], optional=True,
      why="'Rebel fighters including members of ... Al-Nusra Front withdrew from the town yesterday, the Syrian Observatory ... said, "
          "leaving only a small number of men behind' (a retreat: optional evacuation, GUIDE)"),
    E("advance", [GOV, HEZ], [NUSRA, REB], NABAEIN, "2014-06-14", sources=[SOHR],
      why="'As they pulled back, Assad's troops backed by other pro-regime groups, among them Lebanon's powerful Hezbollah, had "
          "advanced on the village of Nabaein near to Kasab' (advanced on, not said to have taken: advance; same day as the "
          "withdrawal). The sentence sits between two SOHR paragraphs: reported"),
    E("territory_captured", [GOV, HEZ], [NUSRA, REB], KASAB_HILLS, "2014-06-01", "2014-06-14", "month", sources=[SOHR],
      optional=True,
      why="Abdel Rahman: most rebels withdrew after 'the army, backed by fighters from Lebanon's Shia Hezbollah, was able to take the "
          "hills surrounding Kasab' - a capture before the withdrawal, with no date of its own (optional, vague date)"),
    E("territory_captured", [NUSRA, REB], [GOV], KASAB, "2014-03-21", sources=[SOHR],
      why="background with its own date: Kasab 'held by the rebels since March 21' (SOHR), i.e. the rebels seized it on 21 March "
          "('helping rebel groups seize Kasab'; the rebels 'had been in control of the town for more than two months')"),
    E("shelling", [GOV], [NUSRA, REB], KASAB, "2014-03-21", "2014-06-14", "month", optional=True,
      why="'Under frequent bombardment by government forces, Kasab was vital for rebels' - repeated bombardment during the rebel hold "
          "(21 March - 14 June), means not stated: artillery reading, optional"),
    E("air_strike", [GOV], [NUSRA, REB], KASAB, "2014-03-21", "2014-06-14", "month", optional=True,
      why="the air reading of the 'frequent bombardment' of Kasab (means not stated), optional"),
  ], control=[
    C(KASAB, GOV, "2014-06-15", contested_by=[NUSRA, REB],
      why="state TV says the army recaptured the town; SOHR says troops entered Kasab but fighting still rages against the rebels "
          "who stayed: held by the government, still contested"),
  ], why="date from the URL (2014/0615) only; 'yesterday' = 14 June. 'The insurgents did not want to be besieged' is a hypothetical "
         "(no siege happened); Kasab being strategically important, the Alawite heartland, Turkey's backing and the accusation "
         "against Ankara are background; the army 're-establishing security in the province of Latakia' is not an event with a "
         "place of its own. The rebels' earlier control of Kasab (since 21 March) is covered by the background capture; no control "
         "assertion is given for it because the text says they no longer hold it"),

# i002: Global Times (Xinhua copy), ' date 2017-07-20' (a Thursday): 'on Thursday' = 20 July.
D("i002_iraq_imam_gharbi.txt", "2017-07-20", "Global Times (Xinhua)", "Iraq", events=[
    E("territory_captured", [IRQ, IRQ_MIL], [IS], IMAM_GHARBI, "2017-07-20", status="claimed", sources=["Kareem Aboud"], fatalities=8,
      why="'Iraqi forces on Thursday freed the village of Imam Gharbi in Salahudin province from Islamic State (IS) militants': a "
          "joint force of the army, provincial police and the paramilitary Hashd Shaabi ('Iraqi militias'); 'at least eight "
          "militants killed'. The account is Lt. Col. Kareem Aboud's of the Salahudin security forces: claimed (the headline-style "
          "lead repeats it)"),
    E("armed_clash", [IRQ, IRQ_MIL], [IS], IMAM_GHARBI, "2017-07-20", status="claimed", sources=["Kareem Aboud"], fatalities=8,
      why="'freed the village after fierce clashes with IS militants who were holed up in some houses on the village, leaving at "
          "least eight militants killed'"),
    E("air_strike", [IRQ], [IS], IMAM_GHARBI, "2017-07-20", status="claimed", sources=["Kareem Aboud"],
      why="the troops were 'backed by the army's helicopter gunships'; 'the helicopters killed many others when they chased the IS "
          "vehicles running away from the scene' ('many': no figure)"),
    E("territory_captured", [IS], [IRQ], IMAM_GHARBI, "2017-07-06",
      why="background with its own date: the village 'was seized by IS militants earlier in the month, when dozens of militants came "
          "from the desert area on July 6 and took control of it' (outlet's voice: reported)"),
    E("armed_clash", [IRQ], [IS], IMAM_GHARBI, "2017-07-06", "2017-07-19", "week", fatalities=2,
      why="'Since then, sporadic clashes occurred to regain control of the village, which also resulted in the killing of two Iraqi "
          "journalists who were covering the battles' (6-19 July; the two journalists are the only deaths given)"),
    E("territory_captured", [IRQ], [IS], MOSUL, "2017-07-10", status="claimed", sources=["Haider al-Abadi"],
      why="background with its own date: 'Prime Minister Haider al-Abadi on July 10 officially declared Mosul liberated from IS after "
          "nearly nine months of fierce fighting' (the government's declaration: claimed)"),
    E("armed_clash", [IRQ], [IS], MOSUL, "2016-10-01", "2017-07-10", "month", optional=True,
      why="the 'nearly nine months of fierce fighting to dislodge the extremist militants' from Mosul (an aggregate battle, dated only "
          "by its length): optional"),
  ], control=[
    C(IMAM_GHARBI, IRQ, "2017-07-20", why="the troops 'freed the village' on Thursday and are searching it"),
    C(IMAM_GHARBI, IS, "2017-07-06", why="IS militants 'took control of it' on 6 July (held until the 20th)"),
    C(MOSUL, IRQ, "2017-07-10", why="Mosul 'officially declared ... liberated from IS' on 10 July"),
  ], why="' date 2017-07-20' on top; 'on Thursday' = 20 July. The search campaign and defusing roadside bombs and booby-trapped "
         "buildings are mine clearance (not events); Mosul as IS's 'last major stronghold in Iraq' describes the past"),

# i003: Report.az, ' date 2015-05-11' and 'Baku. 11 May.' (a Monday): 'on Sunday' = 10 May.
D("i003_afghan_jawand.txt", "2015-05-11", "Report.az", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], JAWAND, "2015-05-10", status="claimed", sources=["Haji Bahauddin Qadesi"],
      why="'The Taliban have taken control of a key district in ... Badghis province amid heavy fighting with security forces, a "
          "local council chief told Anadolu Agency on Sunday'; 'They overran the district at 2 am (local time) Sunday'. The provincial "
          "council chief is an official of the government side (claimed). The Interior Ministry denies it (a denial is not an event; "
          "this is the only version of a capture)"),
    E("armed_clash", [TAL], [AFG], JAWAND, "2015-05-10", status="claimed", sources=["Haji Bahauddin Qadesi"],
      why="'about 1,000 Taliban militants attacked the district's administration buildings and the main bazaar' amid 'heavy fighting "
          "with security forces' (no casualty figure)"),
    E("evacuation", [AFG], [], JAWAND, "2015-05-10", status="claimed", sources=["Haji Bahauddin Qadesi"], optional=True,
      why="'The district governor and police chief have withdrawn along with their forces to Deh Garm area' (a retreat: optional)"),
    E("siege", [TAL], [AFG], DEH_GARM, "2015-05-10", "2015-05-11", status="claimed", sources=["Haji Bahauddin Qadesi"],
      why="'... to Deh Garm area where they have been surrounded by the Taliban' (encircled: siege)"),
    E("armed_clash", [TAL], [AFG], KANDAHAR_NDS, "2015-05-10", status="claimed", sources=["local official"], fatalities=0,
      why="'Earlier on Sunday morning, a group of suspected Taliban militants stormed a compound of Afghanistan's intelligence agency "
          "in the southern city of Kandahar, injuring four security members, a local official said' (injury only: 0)"),
    E("air_strike", [USA], [TAL], EAST_AFGHANISTAN, "2015-05-10", status="unverified", sources=["local police"], fatalities=13,
      why="'Also on Sunday, a U.S, drone strike was reported in eastern Afghanistan that allegedly killed Taliban's shadow district "
          "governor Mullah Gul Agha and a dozen other militants, local police said' (1 + 12 = 13). 'allegedly' makes it unverified "
          "(README: the text says it is alleged); the source, police, would otherwise make it claimed"),
    E("armed_clash", [TAL], [AFG], AFGHANISTAN, "2015-04-01", "2015-04-30", "month", optional=True,
      why="'the Taliban launched their so called spring offensive in April' (a country-wide offensive, dated by month: optional)"),
  ], control=[
    C(JAWAND, TAL, "2015-05-10", why="the council chief: the Taliban 'have taken control' of Jawand district and 'overran' it (the "
                                     "ministry denies it; the text's only control claim)"),
    C(DEH_GARM, AFG, "2015-05-10", besieged_by=[TAL],
      why="the district governor, police chief and their forces are in Deh Garm area, 'surrounded by the Taliban'"),
  ], why="' date 2015-05-11' and the dateline 'Baku. 11 May.'; 'on Sunday' = 10 May. The commandos 'sent to the area' are a "
         "deployment; 'Very soon the situation will be under control' is a forecast; Jawand's importance and the possible supply "
         "route are analysis; the informal talks in Qatar are diplomacy; the sentence on April is cut off"),

# i004: Arkansas Democrat-Gazette (AP), URL /2015/feb/01/ (a Sunday): 'said Saturday' = 31 Jan; 'the last three days' = 29-31 Jan.
D("i004_ukraine_debaltseve.txt", "2015-02-01", "Arkansas Democrat-Gazette", "Ukraine (Donbas)", events=[
    E("siege", [DPR], [UKR], DEBALTSEVE_AREA, "2015-01-31", status="claimed", sources=["Eduard Basurin"],
      why="'Pro-Russia separatists said Saturday that they had trapped thousands of Ukrainian government troops'; Basurin (DPR): 'We "
          "have practically encircled from 8,000 to 10,000 Kiev junta troops in the area around Debaltseve' (claimed). Kiev denies "
          "it ('No soldiers encircled', the subhead): a denial, not a second event. The photo caption says the same in the outlet's "
          "voice ('after anti-government forces surrounded the town'), but the body attributes it to the separatists"),
    E("shelling", [DPR], [UKR], DEBALTSEVE_ROAD, "2015-01-29", "2015-01-31", status="claimed", sources=["Eduard Basurin"], optional=True,
      why="Basurin: 'The only road connecting them with the other troops is day and night under our close artillery fire' (ongoing "
          "artillery fire on an unnamed road: optional)"),
    E("route_cut", [DPR], [UKR], DEBALTSEVE_ROAD, "2015-01-31", status="claimed", sources=["Eduard Basurin"],
      route=R(None, DEBALTSEVE, "the only road connecting them with the other troops"), optional=True,
      why="the same claim read as a cut supply route (the road is under fire, not said to be cut: optional)"),
    E("armed_clash", [DPR], [UKR], DEBALTSEVE_AREA, "2015-01-29", "2015-01-31", status="claimed", sources=["Eduard Basurin"],
      why="'both sides suffered heavy casualties in the last three days of fighting around Debaltseve' ('fierce fighting'; no figure "
          "for Debaltseve alone)"),
    E("armed_clash", [DPR], [UKR], LINE_OF_CONFLICT, "2015-01-29", "2015-01-31", status="claimed", sources=["Stepan Poltorak"],
      fatalities=15, optional=True,
      why="the Defense Minister: 'Fifteen Ukrainian servicemen were killed in the fighting and 30 were wounded ... along the entire line "
          "of conflict, starting from the Luhansk region and ending in Mariupol' (a front-wide aggregate, no day: optional)"),
    E("shelling", [], [CIV], DEBALTSEVE_AREA, "2015-01-29", "2015-01-31", status="unverified", sources=["Vyacheslav Abroskin"],
      fatalities=12,
      why="'Twelve civilians were also killed by the artillery fire near Debaltseve, Donetsk region Police Chief Vyacheslav Abroskin "
          "wrote on his Facebook account' (a social-media post: unverified, GUIDE). The firing side is not named; dated to the three "
          "days of fighting the paragraph is about"),
    E("evacuation", [], [CIV], DEBALTSEVE, "2015-01-31", status="claimed", sources=["Ukraine Security and Defense Council"],
      displaced=310,
      why="'At least 310 residents of Debaltseve were evacuated from the scene of the fighting Saturday' (the Security and Defense "
          "Council's website: a party, claimed)"),
    E("displacement", [], [], DEBALTSEVE, "2015-01-31", status="claimed", sources=["Ukraine Security and Defense Council"],
      displaced=310, optional=True,
      why="the same 310 residents read as displaced by the fighting (optional second type)"),
    E("evacuation", [], [CIV], DEBALTSEVE_AREA, "2015-01-25", "2015-01-30", "week", status="claimed",
      sources=["Ukraine Security and Defense Council"], displaced=1000, optional=True,
      why="'about 1,000 others were evacuated from the area in previous days' (vague date: optional)"),
  ], control=[
    C(DEBALTSEVE, UKR, "2015-01-31", besieged_by=[DPR],
      why="Ukrainian troops hold the Debaltseve area and the separatists say they have 'practically encircled' them (the caption: "
          "'anti-government forces surrounded the town'); Kiev denies the encirclement"),
  ], why="date from the URL (2015/feb/01) only; the dateline KIEV has no date; 'Saturday' = 31 Jan. The photo caption is repeated "
         "(site junk). Basurin's demand to surrender and 'we will have to destroy all of them' are threats; the Putin-Hollande-Merkel "
         "call and the hoped-for Minsk talks are diplomacy (cut off)"),

# i005: defence.pk forum copy of Reuters; the quoted story is dated 'Sun Jan 25, 2009 9:16am EST' near the top (the forum
# member's 'Joined Nov 3, 2008' is profile junk). 'on Sunday' = 25 Jan; 'last week' = Mon 12 - Sun 18 Jan.
D("i005_srilanka_mullaittivu.txt", "2009-01-25", "defence.pk (Reuters copy)", "Sri Lanka", events=[
    E("territory_captured", [SLG], [LTTE], MULLAITTIVU, "2009-01-25", status="claimed", sources=["Sarath Fonseka"],
      why="'Sri Lankan soldiers captured the last major town held by Tamil Tiger separatists on Sunday ... the army commander said'; "
          "Fonseka: 'we have totally liberated Mullaittivu town' (the army commander: claimed)"),
    E("armed_clash", [SLG], [LTTE], MULLAITTIVU, "2008-12-25", "2009-01-25", "month", status="claimed", sources=["Sarath Fonseka"],
      optional=True,
      why="Fonseka: 'After one month's fight we have totally liberated Mullaittivu town'; 'We have destroyed large-scale earthen "
          "defenses and trenches' (the month-long battle for the town: optional, an aggregate)"),
    E("territory_captured", [LTTE], [SLG], MULLAITTIVU, "1996-01-01", "1996-12-31", "year",
      why="background with its own date: 'The army had not set foot inside it since the Tigers seized it in 1996' (outlet's voice: "
          "reported)"),
    E("advance", [SLG], [LTTE], MULLAITTIVU, "2008-12-01", "2008-12-31", "month", optional=True,
      why="'The 59th Division has been battling up the eastern coast toward Mullaittivu for a year and a month ago reached the edge "
          "of the fortified town' (a month before 25 Jan; vague: optional)"),
    E("territory_captured", [SLG], [LTTE], KILINOCHCHI, "2009-01-01", "2009-01-25", "month",
      why="'The army has racked up a string of victories this month, including capturing the rebels' self-proclaimed capital of "
          "Kilinochchi' (this month = January 2009; outlet's voice: reported)"),
    E("territory_captured", [SLG], [LTTE], JAFFNA_PENINSULA, "2009-01-01", "2009-01-25", "month",
      why="'... and expelling them from the Jaffna Peninsula' (this month; a region)"),
    E("shelling", [SLG, LTTE], [CIV], LTTE_ZONE, "2009-01-12", "2009-01-18", "week", status="claimed",
      sources=["government official"], fatalities=100,
      why="'At least 100 civilians were killed in artillery exchanges last week, according to a top government official working' "
          "(cut off; the official is of the government side: claimed). 'Exchanges': both sides fire; last week = 12-18 Jan. The place "
          "is the war zone the paragraph is about"),
    E("displacement", [SLG, LTTE], [], LTTE_ZONE, "2008-12-25", "2009-01-25", "month", displaced=230000, optional=True,
      why="'Aid agencies say about 230,000 civilians fleeing the fighting are trapped in the war zone' (an ongoing state, no date of "
          "its own: optional)"),
  ], control=[
    C(MULLAITTIVU, SLG, "2009-01-25", why="Fonseka: 'We have complete control of Mullaittivu'"),
    C(KILINOCHCHI, SLG, "2009-01-25", why="captured this month (the rebels' self-proclaimed capital)"),
    C(JAFFNA_PENINSULA, SLG, "2009-01-25", why="the rebels were expelled from the Jaffna Peninsula this month"),
    C(LTTE_ZONE, LTTE, "2009-01-25",
      why="'the LTTE-held area is down to 300 square km'; 'The capture leaves the LTTE confined to a wedge of jungle in the northeast'"),
  ], why="the Reuters date line 'Sun Jan 25, 2009 9:16am EST' under the forum header (the nearest date to the top that belongs to "
         "the report); 'on Sunday' = 25 Jan. 'We will be able to finish this war soon' is a forecast; the 25-year war, 'when the war "
         "re-ignited in 2006' and the shrinking from 15,000 square km are background without an event; the human-shield accusation "
         "is not an event. The forum's 'What's new', member name and counters are site junk"),

# i006: Reuters (UK), ' date 2016-08-28' and the dateline 'BEIRUT Aug 28' (a Sunday): 'on Sunday' = 28 Aug.
D("i006_nsyria_amarna_dabis.txt", "2016-08-28", "Reuters", "Syria (northern Syria, Turkish intervention)", events=[
    E("territory_captured", [FSA, TUR], [JMC, SDF], AMARNA, "2016-08-28", sources=[SOHR],
      why="'Turkey-backed Syrian rebels captured two villages from forces allied to the Kurdish-backed Syrian Democratic Forces (SDF) in "
          "northern Syria on Sunday, the Syrian Observatory for Human Rights said': the SDF-allied Jarablus Military Council 'had "
          "withdrawn from the villages of al-Amarna and Ayn al-Bayda as the rebels backed by Turkish tanks advanced into them' (SOHR: "
          "reported). Turkish-backed rebels: Free Syrian Army with Turkey. One event per village"),
    E("territory_captured", [FSA, TUR], [JMC, SDF], AYN_BAYDA, "2016-08-28", sources=[SOHR],
      why="the second village of the SOHR report, Ayn al-Bayda"),
    E("territory_captured", [FSA, TUR], [JMC, SDF], DABIS, "2016-08-28", status="claimed", sources=["Syrian rebel commander"],
      why="'A Syrian rebel commander said the rebels had also captured the village of Dabis' (a party's commander: claimed; the same "
          "day by context)"),
    E("evacuation", [JMC, SDF], [], AMARNA, "2016-08-28", sources=[SOHR], optional=True,
      why="the Jarablus Military Council fighters 'had withdrawn from the villages' (a retreat: optional)"),
    E("evacuation", [JMC, SDF], [], AYN_BAYDA, "2016-08-28", sources=[SOHR], optional=True,
      why="the same withdrawal, from Ayn al-Bayda"),
    E("evacuation", [YPG], [], JARABLUS_AREA, "2016-08-24", "2016-08-28", "week", status="claimed", sources=["YPG"], optional=True,
      why="'The YPG, however, has said its fighters have withdrawn from the targeted area' (an undated withdrawal, the YPG's own "
          "statement: optional)"),
  ], control=[
    C(AMARNA, FSA, "2016-08-28", why="captured by the Turkey-backed rebels on Sunday"),
    C(AYN_BAYDA, FSA, "2016-08-28", why="captured by the Turkey-backed rebels on Sunday"),
    C(DABIS, FSA, "2016-08-28", why="the rebel commander: also captured"),
  ], why="' date 2016-08-28' and the dateline 'BEIRUT Aug 28'; 'on Sunday' = 28 Aug. The YPG being 'one of the stated targets of "
         "Turkey's intervention' is background; the reporting credit is junk. The Turkish tanks back the rebels: Turkey is listed "
         "with the Free Syrian Army"),

# i007: Everything Lubbock (AP), ' date 2021-11-04' and 'said Thursday' (a Thursday): 'over the last two days' = 3-4 Nov.
D("i007_yemen_marib.txt", "2021-11-04", "Everything Lubbock (AP)", "Yemen", events=[
    E("armed_clash", [HOU], [YEM], MARIB_PROV, "2021-11-03", "2021-11-04", status="claimed", sources=["security officials"],
      fatalities=200,
      why="'At least 200 fighters were killed in clashes between Yemen's government forces and Houthi rebels in and around the "
          "strategic central province of Marib over the last two days, security officials from both sides said Thursday' (officials "
          "of the parties: claimed; most of the dead were Houthis)"),
    E("advance", [HOU], [YEM], MARIB_CITY, "2021-10-28", "2021-11-04", "week", status="claimed", sources=["security officials"],
      why="'In recent days, Houthis have been advancing towards the capital of the province, which is also named Marib' (the "
          "officials' account: the next sentence is attributed to them)"),
    E("territory_captured", [HOU], [YEM], MARIB_PROV, "2021-09-01", "2021-11-04", "month", status="claimed",
      sources=["security officials"], optional=True,
      why="the Houthis 'have recently wrestled from their rivals most of Marib's 14 districts, according to the officials' (a "
          "province-wide aggregate with a vague date: optional)"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-01-01", "2014-12-31", "year",
      why="background with its own date: 'civil war since 2014 when the Houthis captured the capital, Sanaa' (outlet's voice)"),
    E("territory_captured", [HOU], [YEM], NORTH_YEMEN, "2014-01-01", "2014-12-31", "year", optional=True,
      why="'... and much of the north of the country' (region-wide: optional)"),
    E("air_strike", [SLC], [HOU], YEMEN, "2015-03-01", "2015-03-31", "month", optional=True,
      why="'The Saudi-led coalition entered the war in March 2015'; 'a relentless air campaign' (the start of the coalition's "
          "air war, country-wide: optional)"),
    E("shelling", [HOU], [SLC], SAUDI, "2021-10-07", "2021-11-04", "month", optional=True,
      why="the Houthis are 'escalating cross-border attacks on Saudi Arabia' in recent weeks (means not stated: missile reading, "
          "optional)"),
    E("air_strike", [HOU], [SLC], SAUDI, "2021-10-07", "2021-11-04", "month", optional=True,
      why="the drone reading of the cross-border attacks on Saudi Arabia (optional)"),
    E("armed_clash", [SLC], [HOU], None, "2021-11-04", status="claimed", sources=["Saudi-led coalition", "Al-Hadath"], optional=True,
      why="'Al-Hadath television quoted the Saudi-led military coalition as saying that their troops have carried out 25 military "
          "attacks on Houhi outpos[ts]' (cut off: no place, no means; optional)"),
    E("air_strike", [SLC], [HOU], None, "2021-11-04", status="claimed", sources=["Saudi-led coalition", "Al-Hadath"], optional=True,
      why="the air reading of the coalition's 25 attacks (cut off, means not stated: optional)"),
  ], control=[
    C(SIRWAH, HOU, "2021-11-04", why="'As of Thursday, the rebels were stationed in the district of Sirwah, less than 30 miles ... "
                                     "west of the city of Marib'"),
    C(MARIB_PROV, HOU, "2021-11-04", contested_by=[YEM],
      why="the Houthis 'have recently wrestled from their rivals most of Marib's 14 districts' (partly held, fighting goes on)"),
    C(SANAA, HOU, "2021-11-04", why="the Houthis captured the capital in 2014 and forced the government to flee (the capital a party "
                                     "seized, as in a009/g009)"),
  ], why="' date 2021-11-04' and 'said Thursday'; 'the last two days' = 3-4 Nov. The Houthis' years-long attempt to take Marib, the "
         "stalemate and the humanitarian crisis are background; the officials' anonymity is not an event. The last sentence is cut "
         "off"),

# i008: The Irrawaddy, ' date 2024-05-24' (a Friday): 'on Thursday' = 23 May, 'on Friday' = 24 May.
D("i008_myanmar_myaung.txt", "2024-05-24", "The Irrawaddy", "Myanmar", events=[
    E("territory_captured", [JUNTA], [CDSO], CDSO_CAMP, "2024-05-23",
      why="'Myanmar's junta captured a Civilian Defense and Security Organization of Myaung camp in Myaung Township, Sagaing Region, "
          "on Thursday' (the lead is the outlet's voice: reported)"),
    E("armed_clash", [JUNTA], [CDSO, RESIST], CDSO_CAMP, "2024-05-23", status="unverified", sources=["Ko Nway Oo"],
      why="around 90 troops from the Nat Yay Kan camp attacked the outpost; 'During about seven hours of fighting other resistance "
          "groups arrived to help the defense'; 'around 30 junta troops were killed or injured' (killed-or-wounded: no figure). "
          "'The Irrawaddy could not independently verify the reports': unverified"),
    E("air_strike", [JUNTA], [CDSO, RESIST], CDSO_CAMP, "2024-05-23", status="unverified", sources=["Ko Nway Oo"],
      why="'The resistance forces retreated from the camp when a Russian-made Mi-35 helicopter attacked for an hour'"),
    E("evacuation", [CDSO, RESIST], [], CDSO_CAMP, "2024-05-23", status="unverified", sources=["Ko Nway Oo"], optional=True,
      why="'The resistance forces retreated from the camp' (a retreat: optional)"),
    E("evacuation", [JUNTA], [], CDSO_CAMP, "2024-05-23", "2024-05-24", status="unverified", sources=["Ko Nway Oo"], optional=True,
      why="'After a brief occupation, the junta troops retreated to Chaung-U overnight' (a retreat: optional)"),
    E("air_strike", [RESIST], [JUNTA], CHAUNG_U_BASE, "2024-05-24",
      why="'In retaliation, resistance groups conducted drone strikes on the junta's Chaung-U base on Friday' (drones: air_strike; "
          "outlet's voice; damage unknown)"),
    E("violence_against_civilians", [JUNTA], [CIV], LETHTOKETAW, "2024-05-01", "2024-05-24", "month", status="claimed",
      sources=["Ko Nway Oo"], fatalities=32,
      why="Ko Nway Oo: 'the Nat Yay Kan troops were responsible for the massacre of 32 villagers during their raid on nearby "
          "Lethtoketaw village in Myinmu Township this month' (a party's accusation: claimed; this month = May, up to publication)"),
    E("armed_clash", [JUNTA], [YR], YESAGYO_BASE, "2024-05-17", status="claimed", sources=["resistance group"],
      why="'On May 17, around 300 junta troops destroyed a Yesagyo Revolution base in Yesagyo Township', motorcycles and vehicles "
          "destroyed ('the group said': claimed). An attack on a base: armed_clash"),
    E("territory_captured", [JUNTA], [YR], YESAGYO_BASE, "2024-05-17", status="claimed", sources=["resistance group"], optional=True,
      why="the same raid read as the capture of the base the troops reached and destroyed (optional)"),
    E("violence_against_civilians", [JUNTA], [CIV], YESAGYO_BASE, "2024-05-17", status="claimed", sources=["resistance group"],
      fatalities=7,
      why="'The troops also shot dead seven civilian detainees after using them as guides to reach the Yesagyo Revolution camp, the "
          "group told the media' (same raid, 17 May)"),
  ], control=[
    C(CDSO_CAMP, JUNTA, "2024-05-23",
      why="the junta 'captured' the camp on Thursday ('after a brief occupation' they left overnight, so this holds for the 23rd only)"),
    C(CHAUNG_U_BASE, JUNTA, "2024-05-24", why="'the junta's Chaung-U base', where the troops withdrew and which the resistance struck"),
  ], why="' date 2024-05-24' on top; 'on Thursday' = 23 May, 'on Friday' = 24 May. The account of the 23 May fighting is Ko Nway "
         "Oo's and the outlet says it could not verify 'the reports' (unverified); the group's accusations about 17 May and the "
         "massacre are claims. 'Magwe Township' is the text's slip for Magway Region (Yesagyo is in Magway). Four injured fighters "
         "belong to the 23 May clash"),

# i009: TRT World, ' date 2023-09-20' (a Wednesday): 'on Tuesday' = 19 Sept.
D("i009_westbank_jenin.txt", "2023-09-20", "TRT World", "Israel/Palestine (West Bank)", events=[
    E("armed_clash", [ISR], [PAL], JENIN_CAMP, "2023-09-19", sources=["Palestinian Health Ministry", "Palestinian officials"],
      fatalities=3,
      why="'Israeli forces have killed four Palestinians, three during a drone-assisted incursion on Jenin refugee camp'; the Health "
          "Ministry 'on Tuesday reported \"three martyrs\" in Jenin ... revising an earlier toll of two killed'; about 30 wounded; "
          "'sound of explosives and shooting'. A raid into the camp, 'a stronghold of Palestinian resistance groups', with fire: "
          "armed_clash. The PA health ministry is not a party to the fighting: reported"),
    E("air_strike", [ISR], [PAL], JENIN_CAMP, "2023-09-19", status="claimed", sources=["Israeli army"],
      why="'The Israeli army confirmed troops were operating in Jenin on Tuesday evening and said a drone struck the camp' (a party's "
          "statement: claimed; the lead's 'drone-assisted incursion' is the same strike)"),
    E("violence_against_civilians", [ISR], [CIV], JENIN_CAMP, "2023-09-19", sources=["Palestinian Health Ministry"], fatalities=3,
      optional=True,
      why="second reading of the three deaths: the victims are not said to be fighters (optional)"),
    E("violence_against_civilians", [ISR], [CIV], GAZA, "2023-09-19", status="claimed", sources=["Gaza Health Ministry"], fatalities=1,
      why="'On Tuesday, a Palestinian was killed by \"occupation [Israeli] bullets\", said the Health Ministry in Gaza, which is "
          "governed by Hamas' (a party-run health ministry: claimed). Shooting of an unnamed Palestinian: violence against civilians"),
    E("armed_clash", [ISR], [], GAZA, "2023-09-19", status="claimed", sources=["Gaza Health Ministry"], fatalities=1, optional=True,
      why="second reading of the Gaza shooting (the victim's role is not given): optional"),
  ], control=[
    C(GAZA, HAMAS, "2023-09-20", besieged_by=[ISR], why="'besieged Gaza'; 'Gaza, which is governed by Hamas'"),
    C(JENIN, PAL, "2023-09-20", why="'Jenin, a stronghold of Palestinian resistance groups' (no group named)"),
    C(WEST_BANK, ISR, "2023-09-20", why="'the occupied West Bank' (held by Israel, as 'the occupied Golan Heights' in g013)"),
  ], why="' date 2023-09-20' on top; 'on Tuesday' = 19 Sept. The deputy governor's 'targeted a house used as a hideout by a wanted "
         "Palestinian' describes the same raid; the Red Crescent's report that rescuers were impeded is not an event; "
         "'Decades-long occupation' is a cut-off heading"),

# i010: Daily Pakistan, ' date 2022-02-03' (a Thursday): 'on Wednesday' = 2 Feb; 'Last Sunday' = 30 Jan.
D("i010_pakistan_panjgur_naushki.txt", "2022-02-03", "Daily Pakistan", "Pakistan (Balochistan)", events=[
    E("armed_clash", [BLA], [PAK], PANJGUR_CAMP, "2022-02-02",
      why="'Terrorists targeted two security posts in Panjgur and Naushki areas of Balochistan on Wednesday triggering gunbattles'; "
          "'On Wednesday night, militants tried to enter a security forces' camp from two locations in Panjgur however a timely "
          "response by Pakistan Army foiled the terrorist attempt. Terrorists fled' (outlet's voice: reported). 'Outlawed Baloch "
          "Liberation Army (BLA) claimed responsibility for the attacks'. The dead are not split by place: no figure here"),
    E("armed_clash", [BLA], [PAK], NAUSHKI_CAMP, "2022-02-02", fatalities=4,
      why="'In Naushki, terrorists attempted to barge a camp of Frontier Corps which was promptly responded and four terrorists were "
          "killed and one officer has been injured during the gun battle'"),
    E("armed_clash", [BLA], [PAK], BALOCHISTAN, "2022-02-02", fatalities=19, optional=True,
      why="the two attacks together: 'gunbattles that killed at least 15 attackers while four troops embraced martyrdom' (15 + 4 = "
          "19, not split between Panjgur and Naushki: optional enclosing event)"),
    E("armed_clash", [], [PAK], KECH, "2022-01-13", "2022-01-28", "week", fatalities=10,
      why="'earlier terrorists attacked a check post in the Kech district of the province in which 10 soldiers were martyred' (in "
          "'recent weeks'; the related link dates the story '28 Jan, 2022', so the attack is on or before 28 Jan). Attackers "
          "unnamed"),
    E("remote_explosive", [], [CIV], SOHBATPUR_CHOWK, "2022-01-30", fatalities=0,
      why="'Last Sunday, around 17 people, including two police personnel were injured in a hand grenade explosion in Sohbatpur "
          "Chowk near Dera Allahyar in the Jaffarabad district' (a grenade: explosive; injury only: 0; outlet's voice)"),
    E("violence_against_civilians", [], [CIV], SOHBATPUR_CHOWK, "2022-01-30", fatalities=0, optional=True,
      why="second reading of the grenade attack on a crowd at a square (a thrown grenade is neither an IED nor artillery): optional"),
  ], why="' date 2022-02-03' on top and the dateline QUETTA; 'on Wednesday' = 2 Feb ('last night' in the minister's words), 'Last "
         "Sunday' = 30 Jan. The minister's praise and 'well trained to foil any kind of terrorist attack' are not events; the link "
         "'10 Pakistani soldiers martyred in Balochistan ... 28 Jan, 2022' is a headline of another story (used only to bound the "
         "Kech date). Pakistan's forces are named by the state ('Pakistan', as in part_a/part_c)"),

# i011: Trend (Azerbaijan), ' date 2020-07-13' and 'BAKU, Azerbaijan, July 13' (a Monday). All from the Azerbaijani MoD: claimed.
D("i011_azerbaijan_tovuz.txt", "2020-07-13", "Trend", "Armenia/Azerbaijan", events=[
    E("armed_clash", [ARM], [AZE], SHAHBUZ, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      why="'the Armenian armed forces fired on the Azerbaijani defensive positions in the direction of Shahbuz and Julfa districts in "
          "Azerbaijan's Nakhchivan Autonomous Republic from 22:45 ... July 12 through 00:40 ... July 13'; 'The Armenian armed forces' "
          "attack was suppressed by the return fire' (an exchange of fire; one event per district)"),
    E("armed_clash", [ARM], [AZE], JULFA, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      why="the same fire, list item Julfa district"),
    E("shelling", [ARM], [AZE], SHAHBUZ, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      optional=True,
      why="'large-caliber guns' and 'tracer and incendiary shells' may be read as shelling (means unclear: optional)"),
    E("shelling", [ARM], [AZE], JULFA, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      optional=True, why="same, Julfa district"),
    E("shelling", [ARM], [AZE], TOVUZ, "2020-07-12", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      why="'Starting from July 12 afternoon ... in the direction of Azerbaijan's Tovuz district on the Azerbaijan-Armenia state "
          "border, the Armenian armed forces fired at the Azerbaijani positions by using artillery'"),
    E("armed_clash", [ARM], [AZE], TOVUZ, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      fatalities=4,
      why="the 'responsive measures' and 'night battles' in Tovuz: sergeant Sadigov and corporal Mammadov died repelling the attack, "
          "the wounded Dashdemirov died, and senior lieutenant Mahmudov 'was killed during the battles' (4 Azerbaijani dead; the "
          "Armenian 'losses' have no figure)"),
    E("shelling", [AZE], [ARM], ARM_UNIT, "2020-07-12", "2020-07-13", status="claimed", sources=["Azerbaijani Ministry of Defense"],
      why="'During the night battles, the Azerbaijani armed forces using artillery, mortars and tanks, destroyed a stronghold, "
          "bombshells, vehicles and servicemen on the territory of the Armenia's military unit' (across the border from Tovuz)"),
  ], control=[
    C(AZERBAIJAN, ARM, "2020-07-13", share=0.2, contested_by=[AZE],
      why="'Armenian armed forces occupied 20 percent of Azerbaijan' (a country-wide share, GUIDE; the text's own background)"),
    C(NAGORNO_KARABAKH, ARM, "2020-07-13",
      why="'... including the Nagorno-Karabakh r[egion]' (cut off; held by Armenian forces in the text's words)"),
  ], why="' date 2020-07-13' and 'BAKU, Azerbaijan, July 13'. Every event is the Azerbaijani Defence Ministry's account (a party: "
         "claimed). 'Up to five hectares ... blazed up' is a consequence; 'fully control the operational situation' is not a place's "
         "control; 'tension remained' is a state; the 1988 claims and the war's occupation have no date in this copy (not events)"),

# i012: bdnews24.com (Reuters), ' date 2024-02-15' (a Thursday): 'on Wednesday' = 14 Feb.
D("i012_lebanon_sawana_nabatieh.txt", "2024-02-15", "bdnews24.com (Reuters)", "Lebanon", events=[
    E("air_strike", [ISR], [CIV], SAWANA, "2024-02-14", sources=["security sources"], fatalities=3, optional=True,
      why="'A woman and her two children were killed in an Israeli strike on the village of al-Sawana, two security sources said' "
          "(Lebanese security sources: reported). 'Strike' does not give the means: air reading optional, artillery reading optional "
          "(GUIDE, as g011)"),
    E("shelling", [ISR], [CIV], SAWANA, "2024-02-14", sources=["security sources"], fatalities=3, optional=True,
      why="the artillery reading of the al-Sawana strike"),
    E("air_strike", [ISR], [CIV], NABATIEH, "2024-02-14", sources=["Hassan Wazni", "security sources"], fatalities=8, optional=True,
      why="'A strike on a building in Nabatieh killed four more children, three women and a man' (4 + 3 + 1 = 8; the hospital "
          "director and security sources), seven wounded; means not stated: air reading optional"),
    E("shelling", [ISR], [CIV], NABATIEH, "2024-02-14", sources=["Hassan Wazni", "security sources"], fatalities=8, optional=True,
      why="the artillery reading of the Nabatieh strike"),
    E("air_strike", [ISR], [CIV], SOUTH_LEBANON, "2024-02-14", sources=["Hassan Wazni", "security sources"], fatalities=11,
      optional=True,
      why="the lead: 'Eleven people, including six children, were killed by Israeli strikes on villages across southern Lebanon on "
          "Wednesday' (the region-wide total: 3 + 8; optional aggregate, means not stated)"),
    E("shelling", [HEZ], [ISR], None, "2024-02-14", status="claimed", sources=["Israel"], fatalities=1,
      why="'Israel said it responded to a Hezbollah rocket attack that killed one of its soldiers' (rockets: shelling; Israel's "
          "statement: claimed). No place is given in this excerpt; the day is not given either - taken as the day of the response"),
    E("armed_clash", [HEZ], [ISR], BORDER_LB_IL, "2023-10-08", "2024-02-15", "month", optional=True,
      why="'Hezbollah and the Israeli military have been exchanging fire along the Israel-Lebanon border for more than four months' "
          "(an ongoing exchange with no date of its own beyond its length: optional)"),
  ], why="' date 2024-02-15' on top; 'on Wednesday' = 14 Feb. Hezbollah launching rockets 'in support of its Palestinian ally Hamas' "
         "is the war's background. All the deadly Israeli strikes are optional because no means is given ('strikes'), as in g011; "
         "the Hezbollah rocket attack is the required event"),

# i013: Business Recorder (AFP copy), ' date 2024-08-21' and 'said Wednesday' (a Wednesday): 'On Tuesday' = 20 Aug; 'earlier this
# week' = Mon 19 Aug - Tue 20 Aug.
D("i013_ukraine_zhelanne.txt", "2024-08-21", "Business Recorder", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], ZHELANNE, "2024-08-20", "2024-08-21", status="claimed", sources=["Russian defence ministry"],
      why="'Russia's army said Wednesday its forces had captured another village in Ukraine's eastern Donetsk region'; 'the defence "
          "ministry said Russian troops had captured the village of Zhelanne' (claimed; announced on Wednesday, the day of capture not "
          "given: 20-21 Aug)"),
    E("territory_captured", [RUS], [UKR], NEW_YORK, "2024-08-19", "2024-08-20", status="claimed", sources=["Russian defence ministry"],
      why="'On Tuesday it said its forces seized the key logistics hub of New York, around 30 kilometres ... to the east of Zhelanne' "
          "(announced Tuesday 20 Aug)"),
    E("territory_captured", [RUS], [UKR], DONETSK_OBL, "2024-07-22", "2024-08-21", "week", status="claimed",
      sources=["Russian defence ministry"], optional=True,
      why="'Russia says it has captured a string of towns and villages in the Donetsk region in recent weeks' (region-wide "
          "aggregate: optional)"),
    E("advance", [RUS], [UKR], POKROVSK, "2024-08-19", "2024-08-21", "week",
      why="'Russia's troops are advancing on the strategic hub of Pokrovsk' (outlet's voice; ongoing)"),
    E("evacuation", [], [CIV], POKROVSK, "2024-08-19", "2024-08-20", "week", status="claimed", sources=["officials"], optional=True,
      why="'officials earlier this week ordered families with children to evacuate the city' (an order to evacuate; whether it was "
          "carried out is not said: optional)"),
    E("armed_clash", [UKR], [RUS], KURSK_OBL, "2024-08-05", "2024-08-21", "week",
      why="'Kyiv mounts a major counterattack into Russian territory'; 'its shock border incursion into Russia's western Kursk region, "
          "now in its third week' (an ongoing offensive, started two to three weeks before publication; outlet's voice)"),
    E("territory_captured", [UKR], [RUS], KURSK_OBL, "2024-08-05", "2024-08-21", "week", optional=True,
      why="the incursion read as a capture of Russian territory (not stated as such: optional)"),
  ], control=[
    C(ZHELANNE, RUS, "2024-08-21", why="captured, the Russian defence ministry says"),
    C(NEW_YORK, RUS, "2024-08-20", why="'its forces seized the key logistics hub of New York' (announced Tuesday)"),
  ], why="' date 2024-08-21' on top and 'said Wednesday'; 'On Tuesday' = 20 Aug; 'earlier this week' = Mon 19 to Tue 20 Aug. "
         "'Ukraine parliament votes to join International Criminal Court' is a link to another story; the 'heaviest fighting' on "
         "the Donetsk-Pokrovsk section and 'little sign fighting ... has subsided' are general statements; the hope of diverting "
         "troops is analysis"),

# i014: negative. 10News (AP copy), 'Posted at 8:42 AM, Aug 15, 2016' and the BATON ROUGE dateline ('Monday' = 15 Aug).
D("i014_neg_louisiana_floods.txt", "2016-08-15", "10News (AP)", "none", negative=True,
  why="'Posted at 8:42 AM, Aug 15, 2016' on top. Floods in southern Louisiana: 'sends thousands fleeing', 'forced out of their "
      "homes', 'Rescuers evacuated more than 20,000 people', 'six people were killed', a National Guard vehicle - a natural "
      "disaster, no armed conflict; the evacuation and the dead are not conflict events"),

# i015: negative. Reuters (UK), ' date 2015-09-10' and 'UNITED NATIONS, Sept 10' (a Thursday).
D("i015_neg_yemen_talks.txt", "2015-09-10", "Reuters", "none", negative=True,
  why="' date 2015-09-10' and the dateline 'UNITED NATIONS, Sept 10'. The UN says Yemen peace talks will resume next week: "
      "diplomacy only. 'Saudi Arabia and Arab allies intervened in March' is the war's general background (no place, no act of its "
      "own); famine warnings and hunger figures are humanitarian context; talks set to resume are a plan, not an `agreement`"),
]
