"""Wild corpus, part e: hand annotation of e001..e015 in fresh/ (Sri Lanka 2009, Georgia 2008, Chechnya/Dagestan, Afghanistan,
Mexico, Syria, Yemen, Pakistan, Colombia, the Philippines, Iraq, Ukraine 2014, Libya 2011; plus two negatives). Collected
2026-12-07, after tuning began, and annotated without running Frontline on them. Conventions follow GUIDE.md, part_a.py and
part_c.py: coordinates only for places found in GeoNames cities500 (copied from target/gazetteer-src/cities500.txt), names
only otherwise; a `why` beside every judgement; `optional=True` where a careful annotator could go either way. Status:
officials of a party to the fighting (presidents, ministries, interior ministries, police, military spokesmen, a government
official of a warring side, a rebel spokesman) are `claimed`; the outlet's own voice, wire agencies and other outlets it
cites (AFP, CNN, Afghan media), activists and hospital staff are `reported`.

Actor names not in the spec's list, chosen as the common English name: `Tamil Tigers` (LTTE), `Sri Lankan government`,
`Georgia`, `South Ossetian separatists`, `Abkhaz separatists`, `Jalisco New Generation Cartel` (CJNG), `Mexican government`,
`FARC dissidents`, `New People's Army` (NPA), `Libyan rebels`. Gaddafi's forces in 2011 are `Libyan government` by the
GUIDE's civil-war rule (note: actor-aliases.tsv lists `Libyan government` as an alias of the 2016+ GNA, so the scorer
treats the two as one; harmless here, no GNA in e013). Russia's forces in the North Caucasus insurgency (Chechen and
Dagestani police, Interior Ministry troops) are `Russia`; the 2009 Swat Taliban are `Tehrik-i-Taliban Pakistan` as
part_a names Pakistan's Taliban."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Sri Lanka (LK)
KILINOCHCHI = P(["Kilinochchi", "Kilinochchi town", "Kilinochi"], 9.3961, 80.3982, "Northern Province", "town", "LK")
COLOMBO = P(["Colombo"], 6.93548, 79.84868, "Western Province", "city", "LK")
COLOMBO_AF_HQ = P(["air force headquarters in Colombo", "air force headquarters", "Colombo"], 6.93548, 79.84868,
                  "Western Province", "site", "LK")
LK_NORTH_COAST = P(["off the island's northern coast", "northern coast", "northern Sri Lanka"], None, None, None, "region", "LK")
# Georgia (GE)
GORI = P(["Gori"], 41.98422, 44.11578, "Shida Kartli", "city", "GE")
SOUTH_OSSETIA = P(["South Ossetia", "Tskhinvali region"], None, None, "Shida Kartli", "region", "GE")
ABKHAZIA = P(["Abkhazia"], None, None, "Abkhazia", "region", "GE")
CENTRAL_GEORGIA = P(["central Georgia", "Georgia"], None, None, None, "region", "GE")
# Russia, North Caucasus (RU)
GROZNY = P(["Grozny", "Groznyy", "northwest of Grozny", "near the Chechen capital, Grozny"], 43.31195, 45.68895, "Chechnya", "city", "RU")
SOUTH_GROZNY = P(["South of Grozny", "south of Grozny", "Grozny"], None, None, "Chechnya", "region", "RU")
DAGESTAN = P(["Dagestan", "Daghestan"], None, None, "Dagestan", "admin1", "RU")
MAKHACHKALA = P(["Makhachkala", "south of Makhachkala"], 42.97638, 47.50236, "Dagestan", "city", "RU")
# Afghanistan (AF)
TALA_WA_BARFAK = P(["Tala Wa Bafrak", "Tala Wa Barfak", "Tala wa Barfak", "Bazar-e Talah", "Bāzār-e Tālah", "Tala"],
                   35.39205, 68.22317, "Baghlan", "town", "AF")
KOHISTAN_BDK = P(["Kohistan", "Kohistan district", "Kuhistan"], None, None, "Badakhshan", "region", "AF")
BADAKHSHAN = P(["Badakhshan", "Badakhshan province"], None, None, "Badakhshan", "admin1", "AF")
# Mexico (MX)
EL_AGUAJE = P(["El Aguaje", "Bonifacio Moreno (El Aguaje)", "Bonifacio Moreno", "Aguililla"], 18.99167, -102.71083,
              "Michoacán", "town", "MX")
# Syria (SY)
KFAR_NABUDA = P(["Kfar Nabuda", "Kfar Nabudah", "Kafr Nabuda", "Kafr Nabudah", "Kafr Nbudah"], None, None, "Hama", "village", "SY")
AL_HABEET = P(["al-Habeet", "Habit", "al-Habit", "Hobait"], None, None, "Idlib", "town", "SY")
IDLIB_PROV = P(["Idlib province", "Idlib", "northern Idlib province"], None, None, "Idlib", "admin1", "SY")
# Yemen (YE)
ABDIYA = P(["Abdiya", "Abdiya district", "al-Abdiyah", "Al Abdiyah"], None, None, "Ma’rib", "region", "YE")
MARIB_PROV = P(["Marib", "Marib province", "Ma'rib"], None, None, "Ma’rib", "admin1", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
# Pakistan (PK)
MINGORA = P(["Mingora", "Mingora city", "Mingaora"], 34.7795, 72.36265, "Khyber Pakhtunkhwa", "city", "PK")
SWAT = P(["Swat valley", "Swat", "Swat Valley"], None, None, "Khyber Pakhtunkhwa", "region", "PK")
# Colombia (CO)
CARMELO = P(["Carmelo", "El Carmelo", "Carmelo, Cauca"], None, None, "Cauca Department", "town", "CO")
COLOMBIA_C = P(["Colombia"], None, None, None, "country", "CO")
# Philippines (PH)
MALAYBALAY = P(["Malaybalay City", "Malaybalay"], 8.1575, 125.12778, "Northern Mindanao", "city", "PH")
CAMARINES_SUR = P(["Camarines Sur province", "Camarines Sur"], None, None, "Bicol Region", "region", "PH")
# Iraq (IQ)
RAMADI = P(["Ramadi", "Ar Ramadi", "Al-Ramadi"], 33.42056, 43.30778, "Anbar", "city", "IQ")
ANBAR_OPS = P(["Anbar operations command", "Anbar Operations command center", "Anbar Operations Command", "Ramadi"],
              33.42056, 43.30778, "Anbar", "site", "IQ")
TAMEEM = P(["Al-Tameem", "al-Tamim", "Tameem", "Al-Ta'mim", "Ramadi"], None, None, "Anbar", "site", "IQ")
# Ukraine (UA)
SLOVYANSK = P(["Slovyansk", "Sloviansk", "Slavyansk", "Slovjansk"], 48.84974, 37.59739, "Donetsk", "city", "UA")
DONETSK_AIRPORT = P(["Donetsk International Airport", "Donetsk's airport", "Airport in Donetsk", "Donetsk airport",
                     "Sergei Prokofiev airport", "Donetsk"], 48.023, 37.80224, "Donetsk", "site", "UA")
# Libya (LY)
BREGA = P(["Brega", "Al Burayqah", "Marsa al-Brega", "Burayqah"], 30.40624, 19.57386, "Al Wahat", "town", "LY")
AJDABIYA = P(["Ajdabiyah", "Ajdabiya", "Ajdabia"], 30.75545, 20.22625, "Al Wahat", "city", "LY")
BENGHAZI = P(["Benghazi", "Banghazi"], 32.11486, 20.06859, "Banghazi", "city", "LY")
EAST_LIBYA = P(["east of Libya", "eastern Libya", "the rebel held east"], None, None, None, "region", "LY")
LIBYA_COAST = P(["barren coast", "Libyan coast", "oil towns"], None, None, None, "region", "LY")
LIBYA_C = P(["Libya"], None, None, None, "country", "LY")

# ---- actors -------------------------------------------------------------------------
SLG, LTTE = "Sri Lankan government", "Tamil Tigers"
RUS, GEO, SOS, ABK = "Russia", "Georgia", "South Ossetian separatists", "Abkhaz separatists"
USA = "United States"
TAL, AFG = "Taliban", "Afghan government"
CJNG, MEX = "Jalisco New Generation Cartel", "Mexican government"
GOV, REB, RUS_SY = "Syrian government", "Syrian rebels", "Russia"
HOU, YEM, SLC = "Houthis", "Yemeni government", "Saudi-led coalition"
PAK, TTP = "Pakistan", "Tehrik-i-Taliban Pakistan"
COL, FARCD = "Colombian government", "FARC dissidents"
PHL, NPA = "Philippine government", "New People's Army"
IRQ, IS = "Iraqi government", "Islamic State"
UKR, DPR = "Ukraine", "Donetsk People's Republic"
LIB_GOV, LIB_REB = "Libyan government", "Libyan rebels"
CIV = "civilians"

DOCS = [
# e001: ABC (Australia); no date line, the URL gives 2009-01-02 (a Friday). Kilinochchi fell on Friday 2 January 2009; the
# Colombo suicide blast is 'meanwhile' (same day). 'on Sunday' = 28 Dec 2008.
D("e001_srilanka_kilinochchi.txt", "2009-01-02", "ABC News (Australia)", "Sri Lanka", events=[
    E("territory_captured", [SLG], [LTTE], KILINOCHCHI, "2009-01-02", status="claimed",
      sources=["Mahinda Rajapakse", "defence ministry"],
      why="President Rajapakse announced that government troops captured Kilinochchi, the Tigers' headquarters; the defence "
          "ministry had said the forces fought their way into the town (both a party's officials)"),
    E("armed_clash", [SLG], [LTTE], KILINOCHCHI, "2009-01-01", "2009-01-02", status="claimed", sources=["defence ministry"],
      optional=True, why="'Government forces had fought their way into the town' (the fighting of the capture, implied)"),
    E("suicide_bomb", [], [SLG], COLOMBO_AF_HQ, "2009-01-02", status="claimed", sources=["police", "hospital spokeswoman"],
      fatalities=2, why="a suicide bomber attacked outside the air force headquarters in Colombo, at least two airmen killed, 32 "
                        "wounded, police said (police: a party); the bomber is not named (Tigers only by 'trademark')"),
    E("suicide_bomb", [LTTE], [], None, "2008-12-28", sources=["ABC"], fatalities=8,
      why="the Tamil Tigers were accused of a similar (suicide) attack on Sunday in which eight people died; no place given"),
    E("suicide_bomb", [LTTE], [SLG], COLOMBO, "2008-10-01", "2008-10-10", "month", fatalities=2, optional=True,
      why="the Tigers were blamed for an abortive bombing against a government minister in early October, two bystanders "
          "killed (in Colombo: 'the second in Colombo since'); means not stated: suicide reading"),
    E("remote_explosive", [LTTE], [SLG], COLOMBO, "2008-10-01", "2008-10-10", "month", fatalities=2, optional=True,
      why="same early-October bombing, read as a planted bomb (means not stated)"),
    E("suicide_bomb", [LTTE], [CIV], LK_NORTH_COAST, "2008-10-22",
      why="on October 22 the rebels used boats packed with explosives manned by suicide bombers against two merchant ships off "
          "the northern coast (outlet voice)"),
    E("territory_captured", [LTTE], [SLG], KILINOCHCHI, "1998-01-01", "1999-12-31", "year", optional=True,
      why="background: the rebels took control of the town 10 years ago (vague date)"),
 ], control=[
    C(KILINOCHCHI, SLG, "2009-01-02", why="captured by government troops (the President's announcement)"),
 ], why="published from the URL 2009-01-02 (the text has no date line); 'fighting since 1972' and the aim to crush the rebels "
        "are background and goals, not events"),

# e002: a Blogger blog (Cold War Warrior), post header 'Sunday, August 10, 2008'. 'last week' is resolved by the GUIDE rule
# (Monday-Sunday of the previous week, 28 Jul - 3 Aug) although the blogger means the days just past (7-8 Aug).
D("e002_georgia_gori.txt", "2008-08-10", "Cold War Warrior blog", "Georgia 2008", events=[
    E("armed_clash", [RUS], [GEO], GORI, "2008-08-10",
      why="Russian forces crossed from South Ossetia into central Georgia and are now assaulting the city of Gori (the blog's "
          "voice, hedged by 'apparently' but stated as fact)"),
    E("shelling", [RUS], [GEO], GORI, "2008-08-10",
      why="Gori is now coming under tank and artillery fire while Georgian defenders dig in"),
    E("air_strike", [RUS], [GEO], GORI, "2008-08-08", "2008-08-10",
      why="the city 'has already been subject to a number of air attacks' (before the post; the war began on 7-8 August)"),
    E("advance", [RUS], [GEO], CENTRAL_GEORGIA, "2008-08-10", optional=True,
      why="Russian forces have crossed from South Ossetia into central Georgia (a move towards Gori, already told as the assault)"),
    E("armed_clash", [GEO], [SOS], SOUTH_OSSETIA, "2008-07-28", "2008-08-03", "week",
      why="the Georgian military's campaign against South Ossetian separatists last week (from its HQ in Gori); dated by the "
          "GUIDE's 'last week' rule"),
    E("armed_clash", [RUS], [GEO], SOUTH_OSSETIA, "2008-07-28", "2008-08-10", "week", optional=True,
      why="'which prompted the Russian invasion' (implied, no date of its own)"),
    E("arrest", [], [USA], SOUTH_OSSETIA, "2008-08-08", "2008-08-10", optional=True,
      why="'there have been reports' that a US soldier advising the Georgians has been captured in South Ossetia (hearsay, "
          "captor not named)"),
 ], control=[
    C(GORI, GEO, "2008-08-10", contested_by=[RUS], why="Georgian defenders dig in while Russian forces assault the city"),
    C(ABKHAZIA, ABK, "2008-08-10", why="'the other breakaway region of Abkhazia', where Russian forces mass with local fighters"),
 ], why="date from the post header line; the massing of forces in Abkhazia ('could also enter') is a deployment and a forecast; "
        "the two photo captions (artillery operating in South Ossetia, troops preparing in Gori) only show forces in a place"),

# e003: AP in the San Diego Union-Tribune; URL '2009aug14' (a Friday): 'Friday' = 14 Aug 2009, 'Thursday' = 13 Aug 2009.
D("e003_chechnya_grozny.txt", "2009-08-14", "San Diego Union-Tribune (AP)", "Chechnya", events=[
    E("armed_clash", [RUS], [], GROZNY, "2009-08-14", status="claimed", sources=["Chechen Interior Ministry"], fatalities=6,
      why="Chechen Interior Ministry: a 1 1/2-hour firefight with two gunmen holed up in a house northwest of Grozny during a "
          "security sweep; both militants and at least four officers killed (4 + 2), four wounded"),
    E("armed_clash", [RUS], [], SOUTH_GROZNY, "2009-08-14", fatalities=0,
      why="South of Grozny, five Interior Ministry troops were wounded in another gun battle with militants (outlet voice; "
          "injury only; the day is the report's Friday)"),
    E("violence_against_civilians", [], [CIV], DAGESTAN, "2009-08-13", fatalities=7,
      why="a gang shot to death seven prostitutes in a bathhouse in Dagestan on Thursday (town not named)"),
    E("armed_clash", [], [RUS], DAGESTAN, "2009-08-13", fatalities=4,
      why="... and four police officers at a road checkpoint Thursday (the same gang; outlet voice)"),
    E("armed_clash", [RUS], [], MAKHACHKALA, "2009-08-13", status="claimed", sources=["Mark Tolchinsky"], fatalities=3,
      why="Dagestan Interior Ministry spokesman: police shot and killed three militants south of Makhachkala who refused to stop "
          "their car Thursday night"),
    E("armed_clash", [], [RUS], MAKHACHKALA, "2009-08-14", status="claimed", sources=["Mark Tolchinsky"], fatalities=2,
      why="a rooftop sniper shot and mortally wounded two traffic cops Friday at a central crossroads in Makhachkala"),
 ], why="date from the URL (2009aug14); the house-to-house searches are not events; 'more than 20 lives in two days' and "
        "the two wars since 1994 are tallies and background; the text is cut off ('was quoted as')"),

# e004: RFE/RL, top line ' date 2018-05-08'; the capture 'on May 8'; Kohistan retaken 'On May 5', seized 'two days earlier'.
D("e004_afghan_tala_wa_barfak.txt", "2018-05-08", "RFE/RL", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], TALA_WA_BARFAK, "2018-05-08", status="claimed",
      sources=["police officials", "Zabihullah Shuja"],
      why="Taliban seized the district after days of heavy fighting; police: government forces abandoned the district center of "
          "Tala Wa Bafrak on May 8 (local officials: claimed)"),
    E("evacuation", [AFG], [], TALA_WA_BARFAK, "2018-05-08", status="claimed", sources=["Zabihullah Shuja"], optional=True,
      why="'at 11 a.m. we had to retreat' (a retreat: optional evacuation)"),
    E("armed_clash", [TAL], [AFG], TALA_WA_BARFAK, "2018-05-04", "2018-05-08", status="claimed",
      sources=["Zabihullah Shuja", "Ismail Barfaki"], fatalities=0,
      why="the Taliban have been attacking the district for a few days; the district governor: three police wounded in the "
          "clashes (injury only)"),
    E("siege", [TAL], [AFG], TALA_WA_BARFAK, "2018-05-04", "2018-05-08", status="claimed", sources=["police officials"],
      optional=True, why="government forces abandoned the center 'after being cut off from supplies' (isolation, start not given)"),
    E("armed_clash", [AFG], [TAL], TALA_WA_BARFAK, "2018-05-08", sources=["Afghan media"], optional=True,
      why="Afghan media: heavy fighting continued in the district's outskirts (after the fall; the same place as the clash above)"),
    E("territory_captured", [AFG], [TAL], KOHISTAN_BDK, "2018-05-05",
      why="On May 5 government forces recaptured the northern Kohistan district (outlet voice)"),
    E("territory_captured", [TAL], [AFG], KOHISTAN_BDK, "2018-05-03",
      why="... briefly seized by the Taliban in a surprise attack two days earlier (May 3)"),
 ], control=[
    C(TALA_WA_BARFAK, TAL, "2018-05-08", contested_by=[AFG],
      why="the district center fell to the Taliban; fighting continues in the outskirts"),
    C(KOHISTAN_BDK, AFG, "2018-05-05", why="recaptured by government forces on May 5"),
    C(BADAKHSHAN, TAL, "2018-05-08", share=0.07, contested_by=[AFG],
      why="the Taliban control two of Badakhshan's 28 districts (2/28, a province-wide share)"),
 ], why="date from the top ' date' line (and 'on May 8'); Taliban fighters coming from Samangan and Kunduz is a movement, not "
        "an event"),

# e005: Mexico News Daily, top line ' date 2019-10-14' (a Monday): 'Monday morning' = 14 Oct 2019.
D("e005_mexico_aguililla.txt", "2019-10-14", "Mexico News Daily", "Mexico cartels", events=[
    E("armed_clash", [CJNG], [MEX], EL_AGUAJE, "2019-10-14", sources=["Infobae", "El Debate"], fatalities=14,
      why="cartel gangsters ambushed and killed 14 state police Monday morning in El Aguaje, Aguililla; narco-banners signed by "
          "the CJNG at the scene (outlet voice); three police wounded, no casualties among the attackers"),
 ], why="date from the top ' date' line; the emergency meeting and the social-media recordings are not events; El Aguaje's "
        "coordinates are GeoNames' 'Bonifacio Moreno (El Aguaje)' in Aguililla municipality (admin2 002, Michoacán)"),

# e006: AP on The Herald (Rock Hill), top line ' date 2019-05-22' (a Wednesday): 'on Wednesday' = 22 May 2019.
D("e006_syria_kfar_nabuda.txt", "2019-05-22", "The Herald (AP)", "Syria", events=[
    E("territory_captured", [REB], [GOV], KFAR_NABUDA, "2019-05-21", "2019-05-22", sources=["Syrian activists", "Naji al-Mustafa"],
      why="activists and rebels: opposition fighters regained control of Kfar Nabuda on Wednesday in an overnight "
          "counteroffensive (activists: reported)"),
    E("armed_clash", [REB], [GOV], KFAR_NABUDA, "2019-05-21", "2019-05-22", status="claimed", sources=["Naji al-Mustafa"],
      optional=True, why="the overnight counteroffensive itself, 'driving government forces' out (part of the recapture)"),
    E("territory_captured", [GOV], [REB], KFAR_NABUDA, "2019-05-08",
      why="background with its own date: government forces had seized Kfar Nabuda on May 8"),
    E("armed_clash", [GOV], [REB], IDLIB_PROV, "2019-04-30", optional=True,
      why="the clashes erupted on April 30, wrecking the cease-fire (start of a campaign, province-wide)"),
    E("air_strike", [GOV, RUS_SY], [REB], AL_HABEET, "2019-05-03", sources=["Syrian Civil Defense White Helmets"], optional=True,
      why="file-photo caption: smoke rising after Syrian government and Russian airstrikes hit al-Habeet on May 3, 2019 (a "
          "caption, but it tells a dated strike)"),
    E("agreement", [GOV], [], IDLIB_PROV, "2019-05-18", "2019-05-19", status="claimed", sources=["Russia"], optional=True,
      why="caption: Russia said Sunday May 19 that government forces unilaterally ceased fire in Idlib (a unilateral truce)"),
    E("agreement", [RUS_SY, "Turkey"], [], IDLIB_PROV, "2018-09-01", "2018-09-30", "month", optional=True,
      why="background: the cease-fire brokered by Russia and Turkey last September"),
 ], control=[
    C(KFAR_NABUDA, REB, "2019-05-22", why="the rebels regained control of the village"),
    C(IDLIB_PROV, REB, "2019-05-22",
      why="the northwestern Idlib province is the last major rebel stronghold / rebel-held area"),
 ], why="date from the top ' date' line; the caption mixes a file photo (May 3) and a Russian statement (May 19); 'parts of "
        "neighboring Hama' are too vague for a control assertion; 3 million inhabitants is not an event"),

# e007: Daily Excelsior (Xinhua), top line ' date 2021-10-11' and 'Aden [Yemen], October 11' (a Monday).
D("e007_yemen_abdiya.txt", "2021-10-11", "Daily Excelsior (Xinhua)", "Yemen", events=[
    E("armed_clash", [HOU], [YEM], ABDIYA, "2021-10-11", status="claimed", sources=["local government source"],
      why="government official: several simultaneous Houthi attacks targeted Abdiya district on Monday, non-stop armed "
          "confrontations; scores of Houthis killed (vague figure, so none)"),
    E("siege", [HOU], [YEM, CIV], ABDIYA, "2021-09-20", "2021-10-11", "month", status="claimed", sources=["local government source"],
      why="Abdiya 'besieged for nearly three weeks' (an ongoing siege from about 20 September), lacking food and medicine"),
    E("air_strike", [SLC], [HOU], ABDIYA, "2021-10-10", "2021-10-11", status="claimed", sources=["Saudi-led coalition"],
      fatalities=156, why="coalition: more than 156 killed in an operation near Abdiya; 33 airstrikes on Houthi positions near "
                          "Abdiya in the past 24 hours"),
    E("armed_clash", [HOU], [YEM], MARIB_PROV, "2021-02-01", "2021-02-28", "month",
      why="background with its own date: the Houthis launched a major offensive on Marib in February"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2014-09-30", "month", optional=True,
      why="background: in September 2014 the Houthis forced the government out of the capital Sanaa"),
 ], control=[
    C(ABDIYA, YEM, "2021-10-11", besieged_by=[HOU],
      why="government forces and tribal fighters hold the district, besieged by the Houthis for nearly three weeks"),
    C(MARIB_PROV, YEM, "2021-10-11", contested_by=[HOU],
      why="Marib is the last northern stronghold of the Saudi-backed government, under Houthi offensive"),
    C(SANAA, HOU, "2014-09-30", why="the Houthis forced the government out of the capital in September 2014"),
 ], why="date from the top ' date' line and the date line; the 35,000 population and the humanitarian situation are not events"),

# e008: The Guardian, URL 2009/may/30 (a Saturday): 'the army said today' = 30 May 2009.
D("e008_pakistan_mingora.txt", "2009-05-30", "The Guardian", "Pakistan", events=[
    E("territory_captured", [PAK], [TTP], MINGORA, "2009-05-30", status="claimed", sources=["Athar Abbas"],
      why="army: Pakistani troops have retaken Mingora, the largest town in Swat, from the Taliban; government forces in full "
          "control"),
    E("armed_clash", [PAK], [TTP], MINGORA, "2009-05-30", status="claimed", sources=["Athar Abbas"],
      why="still meeting pockets of resistance from fighters on the outskirts of the town"),
    E("evacuation", [TTP], [], MINGORA, "2009-05-23", "2009-05-30", "week", status="claimed", sources=["Athar Abbas"], optional=True,
      why="many militants fled Mingora instead of giving a pitched battle (a retreat)"),
    E("siege", [PAK], [TTP], MINGORA, "2009-05-23", "2009-05-30", "week", status="claimed", sources=["Athar Abbas"], optional=True,
      why="'they realised that they were being encircled and the noose was tightening' (an encirclement, start not given)"),
    E("armed_clash", [PAK], [TTP], SWAT, "2009-04-26", "2009-05-04", "week",
      why="the military launched the offensive one month ago (about 30 April) to oust the Taliban; troops advancing into the Swat "
          "valley, fighting house-to-house (outlet voice)"),
    E("air_strike", [PAK], [TTP], SWAT, "2009-04-26", "2009-05-30", "month", optional=True,
      why="'towns have been bombarded from the air' during the offensive (region-wide, undated)"),
    E("displacement", [], [CIV], SWAT, "2009-04-26", "2009-05-30", "month", status="claimed", sources=["Qamar Zaman Kaira"],
      displaced=3000000,
      why="information minister: the number of people uprooted by the fighting has reached around 3 million (origin: Swat and "
          "the north-west, more than 190,000 in camps)"),
    E("arrest", [PAK], [TTP], SWAT, "2009-04-26", "2009-05-30", "month", status="claimed", sources=["Athar Abbas"], optional=True,
      why="79 militants arrested in the Swat offensive (a campaign tally, like the 1,217 killed and 81 soldiers)"),
 ], control=[
    C(MINGORA, PAK, "2009-05-30", why="government forces have full control of Mingora (resistance only on the outskirts)"),
 ], why="date from the URL (2009/may/30) and 'today'; the 1,217 militants and 81 soldiers killed are campaign tallies; the "
        "photo caption only shows troops on patrol; the text is cut off ('released figur')"),

# e009: AP on the Winnipeg Free Press (paywall junk kept), URL 2025/09/14 (a Sunday): 'Sunday' = 14 Sep 2025.
D("e009_colombia_carmelo.txt", "2025-09-14", "Winnipeg Free Press (AP)", "Colombia", events=[
    E("armed_clash", [FARCD], [COL], CARMELO, "2025-09-14", status="claimed", sources=["authorities", "Colombian army"],
      fatalities=1,
      why="FARC dissidents attacked a police station on Sunday, killing a police officer and wounding four, authorities said; "
          "the army names the town of Carmelo, Cauca"),
    E("remote_explosive", [FARCD], [COL], CARMELO, "2025-09-14", status="claimed", sources=["authorities"], fatalities=1,
      optional=True, why="the same attack if explosives were used (means not stated)"),
    E("territory_captured", [COL], [FARCD], CARMELO, "2025-09-14", status="claimed", sources=["Colombian army"], optional=True,
      why="army on X: troops entered the town of Carmelo to restore order (a reading as retaking it)"),
    E("agreement", [COL, "FARC"], [], COLOMBIA_C, "2016-01-01", "2016-12-31", "year", optional=True,
      why="background: the 2016 peace agreement the dissidents do not accept"),
 ], why="date from the URL 2025/09/14 (the AP date line has no date); the paywall lines are page junk; the FARC's decades of "
        "assassinations and bombings are background; the text is cut off ('The dissidents are under')"),

# e010: Xinhua copy on a spam-laden mirror (hcw9969.com), 'Source: Xinhua| 2019-02-15' and 'MANILA, Feb. 15' (a Friday):
# 'Thursday night' = 14 Feb 2019.
D("e010_philippines_malaybalay.txt", "2019-02-15", "hcw9969.com (Xinhua)", "Philippines", events=[
    E("armed_clash", [NPA], [PHL], MALAYBALAY, "2019-02-14", status="claimed", sources=["military"], fatalities=6,
      why="military: about 30 NPA rebels attacked an 11-man army team building a base in a village of Malaybalay City around "
          "9:40 p.m. Thursday; two soldiers and four NPA fighters killed (the second five-minute clash is the same encounter)"),
    E("armed_clash", [PHL], [NPA], CAMARINES_SUR, "2019-01-30", fatalities=6,
      why="a similar clash on Jan. 30 in Camarines Sur province killed at least six (outlet voice)"),
 ], why="date from the Xinhua source line and the date line; the recovered rifles and mines, the pursuit operations and the "
        "suspended peace talks are not events; the Chinese spam lines are page junk"),

# e011: Rudaw, URL '08122015' (8 Dec 2015, a Tuesday): 'reported Tuesday' = 8 Dec 2015; 'last May' = May 2015.
D("e011_iraq_ramadi.txt", "2015-12-08", "Rudaw", "Iraq", events=[
    E("territory_captured", [IRQ], [IS], ANBAR_OPS, "2015-12-08", status="claimed", sources=["Iraqi Cabinet"],
      why="Iraqi Cabinet: Iraqi forces recaptured the Anbar Operations command center inside Ramadi, used by ISIS as a stronghold"),
    E("territory_captured", [IRQ], [IS], TAMEEM, "2015-12-08", sources=["AFP", "Sabah al-Noman"],
      why="AFP: Iraqi security forces recaptured a large area of Ramadi, mainly Al-Tameem, on the southwestern side; CTS "
          "spokesman: 'completely cleared the Al-Tameem area'"),
    E("territory_captured", [IRQ], [IS], RAMADI, "2015-12-08", status="claimed", sources=["Iraqi government"], optional=True,
      why="'large parts of Ramadi' recaptured (a partial capture of the city as a whole; the two named parts above)"),
    E("armed_clash", [IRQ], [IS], TAMEEM, "2015-12-07", "2015-12-08", status="claimed", sources=["Sabah al-Noman"], optional=True,
      why="'after a fierce battle against Daesh gunmen' in Al-Tameem (the fighting of the capture)"),
    E("territory_captured", [IS], [IRQ], RAMADI, "2015-05-01", "2015-05-31", "month",
      why="background with its own date: Ramadi fell to ISIS last May"),
    E("evacuation", [], [CIV], RAMADI, "2015-12-01", "2015-12-07", optional=True, status="claimed", sources=["Iraqi military command"],
      why="earlier this month the military command asked Ramadi residents to evacuate the city (a call; whether anyone left is "
          "not told)"),
 ], control=[
    C(ANBAR_OPS, IRQ, "2015-12-08", why="recaptured by Iraqi forces"),
    C(TAMEEM, IRQ, "2015-12-08", why="'completely cleared' by Iraqi forces"),
    C(RAMADI, IS, "2015-12-08", contested_by=[IRQ],
      why="held by IS since May; large parts now recaptured, the rest still IS-held (partly held)"),
 ], why="date from the URL (08122015) and 'reported Tuesday'; the forces engaged in Anbar (police, tribal fighters) are a "
        "deployment, not an event"),

# e012: Latin Post, URL 20140529 (a Thursday): 'Thursday morning' = 29 May 2014; the election 'over the weekend' = Sunday 25
# May; 'late Tuesday' = 27 May; 'on Wednesday' = 28 May.
D("e012_ukraine_donetsk_airport.txt", "2014-05-29", "Latin Post", "Ukraine", events=[
    E("shelling", [DPR], [UKR], SLOVYANSK, "2014-05-29", status="claimed", sources=["outgoing Ukrainian president", "New York Times"],
      fatalities=14,
      why="a Ukrainian helicopter was shot down near Slovyansk on Thursday morning by a Russian-made surface-to-air missile, 14 "
          "killed including a general (missile: shelling; the shooter is implied to be the separatists)"),
    E("armed_clash", [DPR], [UKR], SLOVYANSK, "2014-05-29", status="claimed", sources=["outgoing Ukrainian president"],
      fatalities=14, optional=True, why="the same shoot-down read as combat rather than a missile strike"),
    E("territory_captured", [DPR], [UKR], DONETSK_AIRPORT, "2014-05-25", "2014-05-26", sources=["CNN"],
      why="soon after the presidential election pro-Russian forces took Donetsk International Airport (CNN)"),
    E("armed_clash", [UKR], [DPR], DONETSK_AIRPORT, "2014-05-26", "2014-05-28", sources=["CNN", "Donetsk People's Republic"],
      fatalities=35,
      why="fighting engulfed the area for the next couple of days; 35 to 40 rebels killed (the DPR spokeswoman: 35), at least 31 "
          "wounded"),
    E("territory_captured", [UKR], [DPR], DONETSK_AIRPORT, "2014-05-27", "2014-05-28", status="claimed",
      sources=["Arsen Avakov", "Ukrainian government"],
      why="late Tuesday the Interior Minister: 'Airport in Donetsk is fully under our control'; on Wednesday the government "
          "claimed victory"),
 ], control=[
    C(DONETSK_AIRPORT, UKR, "2014-05-28", why="'fully under our control' (the Interior Minister); the government claimed victory"),
 ], why="date from the URL 20140529 (the title says only 2014); Russians fighting for the separatists, the truce confusion and "
        "the amnesty offer are not events"),

# e013: Reuters on Townhall, 'Posted: Mar 30, 2011' (a Wednesday): 'on Wednesday' = 30 March 2011.
D("e013_libya_brega_ajdabiyah.txt", "2011-03-30", "Townhall (Reuters)", "Libya", events=[
    E("shelling", [LIB_GOV], [LIB_REB], BREGA, "2011-03-30",
      why="Gaddafi's forces unleashed rockets and artillery on lightly armed rebel forces; the rebels streamed east of Brega "
          "(outlet voice; the front is at Brega)"),
    E("evacuation", [LIB_REB], [], BREGA, "2011-03-30", optional=True,
      why="rebels beat a rapid retreat east, hundreds of pick-ups streaming east of Brega toward Ajdabiyah (a retreat)"),
    E("territory_captured", [LIB_GOV], [LIB_REB], BREGA, "2011-03-30", optional=True,
      why="'ceding land and a series of oil towns' to Gaddafi's troops; Brega is implied lost ('we will head back to Brega')"),
    E("territory_captured", [LIB_GOV], [LIB_REB], LIBYA_COAST, "2011-03-30", optional=True,
      why="the series of oil towns ceded (unnamed, region-wide)"),
    E("territory_captured", [LIB_REB], [LIB_GOV], LIBYA_COAST, "2011-03-27", "2011-03-29", optional=True,
      why="background: a two-day charge along 200 km of coast seized strategic oil terminals (no date of its own)"),
    E("air_strike", [USA], [LIB_GOV], LIBYA_C, "2011-03-19", "2011-03-30", "month", optional=True,
      why="'more than 10 days of Western-led air strikes' (a campaign; no strike told)"),
    E("territory_captured", [LIB_REB], [LIB_GOV], AJDABIYA, "2011-03-19", "2011-03-29", "month", optional=True,
      why="background: a town that rebels took five days to retake from Gaddafi after air strikes were launched (no date)"),
    E("displacement", [], [CIV], AJDABIYA, "2011-03-30",
      why="Libyan families were fleeing north to Benghazi as news of the retreat spread (from Ajdabiyah, the date line)"),
    E("displacement", [], [CIV], BENGHAZI, "2011-03-30", optional=True,
      why="the same flight, at the place the families headed for"),
 ], control=[
    C(BENGHAZI, LIB_REB, "2011-03-30", why="'the rebel stronghold of Benghazi'"),
    C(AJDABIYA, LIB_REB, "2011-03-30", why="retaken by the rebels, gateway to the rebel-held east; rebels gather at its gate"),
    C(EAST_LIBYA, LIB_REB, "2011-03-30", why="'the rebel held east of Libya'"),
 ], why="date from the 'Posted' line (and the Wednesday of the text); the rebels' plans to regroup and go back to Brega and the "
        "rumour of a group coming from the south are plans and hearsay; the text is cut off ('news of the re')"),

# e014: negative. Convenience Store (UK trade magazine); no date in the text or the URL (article 190932).
D("e014_neg_phoney_price_war.txt", None, "Convenience Store", "none", negative=True,
  why="no date in the text, the byline or the URL, so published is left null; supermarkets: 'price war', 'price offensive', "
      "'struck first', 'phoney war' are retail competition"),

# e015: negative. Fox44 (KXXV/KWKT), 'Thursday, August 30, 2012 - 7:00am' at the top.
D("e015_neg_isaac_storm_surge.txt", "2012-08-30", "Fox44", "none", negative=True,
  why="date line at the top; a storm: National Guard troops evacuating thousands, people 'trapped', curfews, 'pummeled', "
      "'punch', 'taking aim' are weather and civil protection, not armed conflict"),
]
