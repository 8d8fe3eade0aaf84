"""Gold annotation of the wild corpus, part n (files n001..n015): Syria (rebels take Khanasir and cut the Aleppo supply route,
August 2013; SDF/coalition operation around al-Tabqah, March 2017), Iraq (suicide bombings near Hawija and at Al-Qaim, August
2018; suicide car bomb outside Khalis, July 2016), Ukraine (Russia's claimed capture of Nevelske, March 2024; missile strike on
Kirovohrad region, July 2022), Gaza (Israeli raid into northern Gaza and air strikes on Khan Younis, October 2023), Lebanon
(Israeli drone strike on a car near Tyre, March 2024), Yemen (Houthi attack in Ad Durayhimi, December 2019; clashes and a
bomb in Rada'a, November 2014), Sudan (RSF attack on Wad Alnoura, Gezira, June 2024), South Sudan (gunmen briefly seize Raja,
June 2016), Libya (Benghazi fighting and flight of families, May 2014), and two negatives (Kerala floods 2018, a UN Security
Council appeal for Yemen aid 2015). Collected 2026-12-08 from stored news pages (the `pages` search corpus, excerpts kept
exactly as returned, decoded from the tool's JSON by a script); annotated without running Frontline on the texts and without
seeing its output. Conventions as in part_k.py / part_m.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it; everything else (villages, districts, dams, junctions, regions) has names
only, with the nearby city's name as the last alternative where the GUIDE asks for it. admin1 is the GeoNames admin1 name
(admin1.json). Actor names: canonical names from the alias table (`Syrian government`, `Syrian rebels`, `Islamic State`,
`Syrian Democratic Forces`, `United States`, `Iraqi government`, `Iraqi militias`, `Russia`, `Ukraine`, `Israel`, `Hamas`,
`Houthis`, `Yemeni government`, `Saudi-led coalition`, `Rapid Support Forces`, `Sudanese Armed Forces`, `Libyan National
Army`); `South Sudanese government` for the SPLA of 2016 (as part_b); names not in the table, chosen as the common English
name: `Justice and Equality Movement` (JEM), `Ansar al-Sharia` (Benghazi), `tribal militants` (Rada'a's armed tribesmen, no
tribe named). Unnamed attackers ('gunmen', 'Palestinian militants' with no group named, a bomber with no claim) are []."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
KHANASIR = P(["Khanasir", "Khanasser", "Khanāşir", "Khanaser"], 35.78159, 37.49919, "Aleppo", "town", "SY")
ALEPPO = P(["Aleppo", "city of Aleppo", "Halab"], 36.20124, 37.16117, "Aleppo", "city", "SY")
ALEPPO_PROV = P(["Aleppo province", "Aleppo", "northern province"], None, None, "Aleppo", "admin1", "SY")
HAMA = P(["Hama", "Hamah", "Ḩamāh"], 35.13179, 36.75783, "Hama", "city", "SY")
TALKALAKH = P(["Talkalakh", "Tallkalakh", "Tall Kalakh", "Tell Kalakh", "Telkalakh"], 34.66842, 36.25995, "Homs", "town", "SY")
NORTH_SYRIA_BORDER = P(["northern Syria along the Turkish border", "rebel held territory in northern Syria", "northern Syria"],
                       None, None, None, "region", "SY")
TABQA = P(["al-Tabqah", "Tabqah", "Tabqa", "al-Tabqa", "At Tabqah", "Ath Thawrah"], 35.83758, 38.54828, "Raqqa", "city", "SY")
TABQA_DAM = P(["Tabqah dam", "Tabqa dam", "Euphrates dam", "Tabqa Dam", "al-Tabqah"], None, None, "Raqqa", "site", "SY")
TABQA_VILLAGES = P(["villages in the vicinity of the town of al-Tabqah", "four villages", "several villages near al-Tabqah",
                    "al-Tabqah"], None, None, "Raqqa", "region", "SY")
RAQQA = P(["Raqqa", "Ar Raqqah", "Raqqah", "Rakka"], 35.95283, 39.00788, "Raqqa", "city", "SY")
TABQA_ROAD = P(["road between Aleppo and Raqqa", "Aleppo-Raqqa road", "Aleppo-Raqqa highway", "al-Tabqah"], None, None, "Raqqa",
               "site", "SY")
# Iraq (IQ)
HAWIJA = P(["Hawija", "Al Hawijah", "Al Ḩawījah", "Huwayjah", "near Hawija"], 35.32592, 43.77267, "Kirkuk", "town", "IQ")
AL_QAIM = P(["Al-Qaim", "Al Qa'im", "Al Qā’im", "Qaim", "outskirts of Al-Qaim"], 34.39251, 40.98945, "Anbar", "town", "IQ")
KHALIS = P(["Khalis", "Khāliş", "Al Khalis", "outside Khalis"], 33.80809, 44.53343, "Diyala", "town", "IQ")
HUSSEINIYAH = P(["Husseiniyah", "Husseiniyah area", "checkpoint leading to the Husseiniyah area", "Husseiniya", "Baghdad"], None,
                None, "Baghdad", "site", "IQ")
# Ukraine (UA)
NEVELSKE = P(["Nevelske", "Nevelskoye", "Nevel's'ke", "village of Nevelske"], None, None, "Donetsk", "village", "UA")
AVDIIVKA = P(["Avdiivka", "Avdeyevka", "Avdiyivka"], 48.13989, 37.74255, "Donetsk", "town", "UA")
DONETSK_OBL = P(["Donetsk region", "Donetsk oblast", "Donetsk"], None, None, "Donetsk", "admin1", "UA")
KIROVOHRAD_OBL = P(["Kirovohrad", "Kirovohrad region", "Kirovohrad oblast", "region of Kirovohrad", "Kropyvnytskyi"], None, None,
                   "Kirovohrad", "admin1", "UA")
# Gaza (PS) / Israel (IL)
NORTH_GAZA = P(["northern Gaza", "north Gaza", "northern Gaza Strip"], None, None, "Gaza Strip", "region", "PS")
KHAN_YOUNIS = P(["Khan Younis", "Khan Yunis", "Khān Yūnis", "Khan Younes"], 31.34018, 34.30627, "Gaza Strip", "city", "PS")
PETAH_TIKVA = P(["Petah Tikva", "Petah Tiqva", "Petaẖ Tiqva", "Petach Tikva"], 32.08707, 34.88747, "Central District", "city", "IL")
SOUTH_ISRAEL = P(["southern Israel", "south Israel"], None, None, None, "region", "IL")
GAZA_STRIP = P(["Gaza Strip", "Gaza"], None, None, "Gaza Strip", "region", "PS")
# Lebanon (LB)
HOUSH_JUNCTION = P(["Al-Housh junction", "Naqoura-Tyre highway", "Al Housh junction", "near Tyre", "Tyre"], None, None,
                   "South Governorate", "site", "LB")
SOUTH_LEBANON = P(["Lebanese territory", "southern Lebanon", "south Lebanon", "Lebanon"], None, None, None, "region", "LB")
NORTH_ISRAEL = P(["northern Israel", "Israel", "north Israel"], None, None, None, "region", "IL")
# Yemen (YE)
DURAYHIMI = P(["Ad Durayhimi district", "Ad Durayhimi", "Al Durayhimi", "Durayhimi", "Ad Durayhimī", "Al-Durayhimi"], 14.63702,
              43.05505, "Al Hudaydah", "town", "YE")
HUDAYDAH = P(["Al-Hudayda", "Al Hudaydah", "Hodeidah", "Hudaydah", "Al-Hudaydah"], 14.79781, 42.95452, "Al Hudaydah", "city", "YE")
HUDAYDAH_ENTRY = P(["Al-Hudayda's entry points in the south and east", "entry points of Al-Hudayda", "Al-Hudayda"], None, None,
                   "Al Hudaydah", "site", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana’a", "San'a"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
YEMEN_C = P(["Yemen"], None, None, None, "country", "YE")
RADAA = P(["Rada’a", "Rada'a", "Radaa", "Radā‘", "Rada"], 14.4151, 44.83709, "Al Bayda", "town", "YE")
# Sudan (SD)
WAD_ALNOURA = P(["Wad Alnoura", "Wad Al Noura", "Wad al-Nura", "Wad an Nura", "Wad Alnoura village"], None, None, "Al Jazirah",
                "village", "SD")
MANAGIL = P(["Managil", "Al Manaqil", "Al Manāqil", "El Managil"], 14.2459, 32.9891, "Al Jazirah", "town", "SD")
WAD_MADANI = P(["Wad Madani", "Wad Medani", "Medani"], 14.40118, 33.51989, "Al Jazirah", "city", "SD")
KHARTOUM = P(["Khartoum", "Al Khartum"], 15.55177, 32.53241, "Khartoum", "city", "SD")
WEST_SUDAN = P(["western Sudan", "most of western Sudan", "Darfur"], None, None, None, "region", "SD")
SUDAN_C = P(["Sudan"], None, None, None, "country", "SD")
# South Sudan (SS)
RAJA = P(["Raja", "Raga", "Raja town", "Ragaa"], 8.4675, 25.67833, "Western Bahr al Ghazal", "town", "SS")
# Libya (LY)
BENGHAZI = P(["Benghazi", "Banghazi", "western districts of Benghazi", "Bengasi"], 32.11486, 20.06859, "Banghazi", "city", "LY")
BENGHAZI_W = P(["western districts of Benghazi", "Quarsha", "Al-Hawari", "Sidi Faraj", "Benghazi"], None, None, "Banghazi",
               "region", "LY")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
GOV, REB, IS = "Syrian government", "Syrian rebels", "Islamic State"
SDF, USA = "Syrian Democratic Forces", "United States"
IRQ, PMF = "Iraqi government", "Iraqi militias"
RUS, UKR = "Russia", "Ukraine"
ISR, HAMAS, HEZ = "Israel", "Hamas", "Hezbollah"
HOU, YEM, SAU = "Houthis", "Yemeni government", "Saudi-led coalition"
TRIBES = "tribal militants"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SSG, JEM = "South Sudanese government", "Justice and Equality Movement"
LNA, ANSAR = "Libyan National Army", "Ansar al-Sharia"
SOHR = "Syrian Observatory for Human Rights"

DOCS = [
# n001: Khaleej Times (Reuters), 'Published: Wed 28 Aug 2013' under the byline; 'on Monday' = 26 Aug 2013.
D("n001_syria_khanasir.txt", "2013-08-28", "Khaleej Times (Reuters)", "Syria", events=[
    E("territory_captured", [REB], [GOV], KHANASIR, "2013-08-26", sources=[SOHR, "Rami Abdelrahman"], fatalities=53,
      why="'Rebel forces took control of a strategic town in northern Syria on Monday, killing more than 50 pro-government "
          "fighters ..., the Syrian Observatory for Human Rights said'; 'In Aleppo, rebels captured Khanasir'. Monday before "
          "Wednesday 28 Aug = 26 Aug. SOHR is a monitor: reported. The dead are NDF paramilitaries (pro-government: `Syrian "
          "government`); 'activists had so far counted 53 bodies' gives the figure. No faction named in this version: `Syrian "
          "rebels`. Khanasir is in cities500 (168351)"),
    E("route_cut", [REB], [GOV], KHANASIR, "2013-08-26", sources=[SOHR], route=R(ALEPPO, HAMA, "government supply route Aleppo-Hama"),
      why="'cutting off government forces’ only supply route out of the city of Aleppo'; Khanasir 'sits on the government supply "
          "route connecting the northern province to the central city of Hama': route_cut at Khanasir, Aleppo to Hama"),
    E("armed_clash", [REB], [GOV], KHANASIR, "2013-08-26", sources=[SOHR], optional=True,
      why="the fighting in which the 53 NDF fighters died is part of the capture; an annotator may keep it inside the capture"),
    E("siege", [REB], [GOV], ALEPPO_PROV, "2013-08-26", "2013-08-28", sources=[SOHR], optional=True,
      why="'The rebel gain will leave government forces besieged in Aleppo province, according to the Observatory': a "
          "consequence stated in the future tense ('will leave'), so optional; province-wide, admin1"),
    E("armed_clash", [REB], [GOV], TALKALAKH, "2013-08-26", sources=["residents"],
      why="'residents in the central province of Homs said rebels also tried on Monday to retake the strategic town of "
          "Talkalakh': an attack that did not take the town = fighting. Residents: reported. Talkalakh is in cities500 "
          "(163533, 'Tallkalakh')"),
    E("advance", [REB], [GOV], TALKALAKH, "2013-08-26", sources=["residents"], optional=True,
      why="second reading of the failed attempt to retake Talkalakh (a push on the town without taking it)"),
    E("violence_against_civilians", [REB], [CIV], None, "2013-08-01", "2013-08-28", precision="month", status="unverified",
      sources=[SOHR], optional=True,
      why="'it had obtained a photograph showing the execution of Alawi cleric Badr Ghazal by hardline Islamist rebels': a "
          "killing of a civilian, but with no place and no date, known only from a photograph (unverified); optional"),
  ], control=[
    C(KHANASIR, REB, "2013-08-26", why="'rebels captured Khanasir' on Monday"),
    C(TALKALAKH, GOV, "2013-08-26",
      why="rebels 'tried ... to retake' Talkalakh and 'its capture would allow' them to resupply: still government-held"),
    C(NORTH_SYRIA_BORDER, REB, "2013-08-28",
      why="'the large swathes of rebel held territory in northern Syria along the Turkish border'"),
  ], why="date from 'Published: Wed 28 Aug 2013' (the 'Last updated 2015' line is a later edit); Reuters/SOHR report of the rebel "
         "capture of Khanasir on the Aleppo supply road. The NDF description and 'artillery and air strikes' are general, not "
         "events; Talkalakh's possible capture is hypothetical"),

# n002: Sputnik, ' date 2017-03-22' (a Wednesday); 'media reported on Wednesday'.
D("n002_syria_tabqa.txt", "2017-03-22", "Sputnik", "Syria", events=[
    E("territory_captured", [IS], [], RAQQA, "2014-01-01", "2014-12-31", precision="year",
      why="'The city was captured by Daesh militants in 2014': dated background (year). From whom is not said: actor2 []"),
    E("armed_clash", [SDF, USA], [IS], RAQQA, "2016-11-01", "2016-11-30", precision="month", optional=True,
      why="'The Syrian Democratic Forces (SDF), with the support of the United States, launched Operation Euphrates Rage to "
          "retake Raqqa last November': the launch of an offensive, dated (November 2016), but placed only by its goal "
          "(Raqqa), so optional"),
    E("armed_clash", [SDF, USA], [IS], TABQA_DAM, "2017-03-20", "2017-03-22", precision="week", status="claimed",
      sources=["Jacques", "US-led coalition"],
      why="'The Coalition conducted an air movement of our Syrian Democratic Force (SDF) and Syrian Arab Coalition partners to "
          "liberate Tabqah dam,' Jacques said': an offensive (the airlift itself is a deployment; the operation is the event). "
          "Coalition spokesman: claimed. No day given: the week up to publication. The dam is not in cities500: names only"),
    E("air_strike", [USA], [IS], TABQA_DAM, "2017-03-20", "2017-03-22", precision="week", status="claimed",
      sources=["Jacques", "US-led coalition"],
      why="'The Coalition supported this offensive with air fires': coalition air strikes in support of the Tabqa dam "
          "operation; claimed by its spokesman"),
    E("territory_captured", [SDF, USA], [IS], TABQA_VILLAGES, "2017-03-21", "2017-03-22", sources=["Sky News Arabia",
      "local sources"],
      why="'The air-dropped forces have conducted a joint operation to liberate several villages in the vicinity of the town of "
          "al-Tabqah ..., media reported on Wednesday, citing local sources'; 'the US military and opposition forces liberated "
          "four villages'. The villages are not named: one event for the area (names only, al-Tabqah last). Media citing local "
          "sources: reported. Reported Wednesday 22 March, the night operation may be the 21st-22nd"),
    E("route_cut", [SDF, USA], [GOV, IS], TABQA_ROAD, "2017-03-21", "2017-03-22", sources=["Sky News Arabia"],
      route=R(ALEPPO, RAQQA, "road between Aleppo and Raqqa"),
      why="'blocked the road between Aleppo and Raqqa, to prevent Syrian government troops from approaching the city of "
          "al-Tabqah': route_cut, Aleppo to Raqqa, near al-Tabqah. Aimed at the government's approach; the road ran through "
          "IS territory, so both are listed as actor2"),
  ], control=[
    C(TABQA, IS, "2017-03-22", why="'the city of al-Tabqah, a remaining Daesh stronghold in the region'"),
    C(RAQQA, IS, "2017-03-22", why="'The city was captured by Daesh militants in 2014'; the SDF operation is still to retake it"),
    C(TABQA_VILLAGES, SDF, "2017-03-22", why="'liberated four villages' near al-Tabqah (Sky News Arabia)"),
  ], why="date from the top ' date 2017-03-22' line; coalition spokesman on the air assault towards the Tabqa dam and media "
         "reports of villages taken near al-Tabqah. The airlift ('air movement') is a deployment, not a separate event"),

# n003: Pulse.com.gh (AFP), ' date 2018-08-31' (a Friday); 'a security official said Friday'.
D("n003_iraq_hawija.txt", "2018-08-31", "Pulse.com.gh (AFP)", "Iraq", events=[
    E("suicide_bomb", [], [IRQ], HAWIJA, "2018-08-30", status="claimed", sources=["security official"], fatalities=2,
      why="'On Thursday morning a \"suicide bomber wearing an explosive vest drove a booby-trapped car into a federal police "
          "checkpoint\" near Hawija'; 'Two policemen were killed and a third one wounded'. Thursday before Friday 31 Aug = 30 "
          "Aug. An Iraqi security official: claimed. 'no immediate claim of responsibility for Thursday's attacks': actor1 []"),
    E("suicide_bomb", [IS], [IRQ], AL_QAIM, "2018-08-29", sources=["Islamic State"],
      why="'On Wednesday an IS suicide bomber blew a vehicle at a checkpoint on the outskirts of the Iraq border town of "
          "Al-Qaim'; 'IS said it was behind Wednesday's suicide bombing'. Wednesday = 29 Aug. In the outlet's voice: reported. "
          "No toll given. Whose checkpoint is not said; Iraqi forces hold the town"),
    E("remote_explosive", [], [PMF], HAWIJA, "2018-08-30", status="claimed", sources=["security official"], fatalities=0,
      optional=True,
      why="'three members of Iraq's Hashed al-Shaabi paramilitary force ... were wounded in a blast near Hawija, another security "
          "official said' (Thursday 30 Aug). The means of the 'blast' is not stated (an IED is the likely reading), so optional "
          "per the GUIDE; injury only: fatalities 0"),
    E("territory_captured", [IRQ], [IS], HAWIJA, "2017-08-01", "2017-10-31", precision="month", optional=True,
      why="'Hawija is one of the last IS holdouts retaken by government troops a year ago': background with a vague date ('a "
          "year ago' from August 2018), optional"),
  ], control=[
    C(HAWIJA, IRQ, "2018-08-31", why="'retaken by government troops a year ago'; federal police man checkpoints near it"),
    C(AL_QAIM, IRQ, "2018-08-31", why="'another of the last towns in Iraq to be recaptured from IS'"),
  ], why="date from the top ' date 2018-08-31' line; AFP on IS-style suicide attacks near Hawija and at Al-Qaim. The photo "
         "caption (Baghdadi's 2014 sermon), his audio call, the 2,000 active jihadists and the December 2017 victory declaration "
         "are not events"),

# n004: HuffPost Australia (Reuters), dateline 'BAGHDAD, July 25 (Reuters)' and URL 2016/07/25 (a Monday).
D("n004_iraq_khalis.txt", "2016-07-25", "HuffPost Australia (Reuters)", "Iraq", events=[
    E("suicide_bomb", [IS], [CIV], KHALIS, "2016-07-25", sources=["police", "hospital sources", "Islamic State"], fatalities=16,
      why="'A suicide car bombing claimed by Islamic State killed 16 people including a group of women and children packed into "
          "a minibus outside an Iraqi town on Monday morning, police and hospital sources said'; victims were 'waiting at a "
          "checkpoint to enter Khalis'. Monday = 25 July (the dateline day). Police and hospital sources together (medics are "
          "not a party): reported. Victims civilians. Khalis in cities500 (99169, Khāliş, Diyala)"),
    E("suicide_bomb", [IS], [CIV], HUSSEINIYAH, "2016-07-13", status="claimed", sources=["officials"], fatalities=4,
      optional=True,
      why="photo caption: 'a suicide bomb attack, claimed by the Islamic State group, at a checkpoint leading to the Husseiniyah "
          "area, northeast of the capital Baghdad on July 13, 2016. A suicide bomber detonated an explosives-rigged vehicle "
          "killing at least four people ..., the officials said'. A dated event, but told only in a photo caption: optional. "
          "Husseiniyah is not in cities500: names only, Baghdad last"),
  ], why="date from the dateline 'BAGHDAD, July 25 (Reuters)' and the URL 2016/07/25; ISIS-claimed suicide car bomb at the "
         "Khalis checkpoint. The excerpt is cut off mid-sentence"),

# n005: The Moscow Times (AFP), ' date 2024-03-12' (a Tuesday); 'Moscow on Tuesday said'.
D("n005_ukraine_nevelske.txt", "2024-03-12", "The Moscow Times (AFP)", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], NEVELSKE, "2024-03-12", status="claimed", sources=["Russian Defense Ministry"],
      why="'Moscow on Tuesday said its forces had captured the village of Nevelske in the eastern Donetsk region'; the Defense "
          "Ministry statement. Dated to the announcement, Tuesday 12 March (as part_a a029). Russian ministry: claimed. "
          "Nevelske is not in cities500: names only"),
    E("territory_captured", [RUS], [UKR], AVDIIVKA, "2024-02-01", "2024-02-29", precision="month",
      why="'Ukrainian forces have lost ground to Russia over the past three months, withdrawing from the industrial hub of "
          "Avdiivka in February': dated background (February 2024); the loss of the town to Russia. Outlet's voice: reported. "
          "Avdiivka in cities500 (713122, the Donetsk one)"),
    E("evacuation", [UKR], [], AVDIIVKA, "2024-02-01", "2024-02-29", precision="month", optional=True,
      why="the Ukrainian withdrawal from Avdiivka (a retreat: optional evacuation)"),
  ], control=[
    C(NEVELSKE, RUS, "2024-03-12", why="Russia's Defense Ministry says its forces captured Nevelske (a claim)"),
    C(AVDIIVKA, RUS, "2024-03-12", why="Ukraine withdrew from Avdiivka in February, lost to Russia"),
    C(DONETSK_OBL, RUS, "2024-03-12", contested_by=[UKR],
      why="caption: 'Russian soldiers in the partially occupied Donetsk region'; the region is partly held"),
  ], why="date from the top ' date 2024-03-12' line; AFP on the Russian claim to Nevelske. The 2022 annexation, the 'recent' "
         "gains and 'the worst fighting of Russia's full-scale invasion' are not events with a date and place of their own"),

# n006: Devdiscourse (Reuters), ' date 2022-07-23' (a Saturday); 'on Saturday' = 23 July.
D("n006_ukraine_kirovohrad.txt", "2022-07-23", "Devdiscourse (Reuters)", "Ukraine", events=[
    E("shelling", [RUS], [UKR, CIV], KIROVOHRAD_OBL, "2022-07-23", status="claimed", sources=["Andriy Raikovych"],
      fatalities=3,
      why="'Three people were killed when 13 Russian missiles hit a military airfield and railway infrastructure in Ukraine's "
          "central region of Kirovohrad on Saturday, the regional governor said': missiles = shelling. Two security guards "
          "and one soldier killed (3). The governor is a Ukrainian official: claimed. Only the region is named: admin1 "
          "(the Kropyvnytskyi power cut is a consequence, not a second strike)"),
  ], why="date from the top ' date 2022-07-23' line; governor's report of a missile strike on Kirovohrad region. The repeated "
         "lead paragraph is site junk"),

# n007: DT Next (AP), ' date 2023-10-27', dateline RAFAH; 'overnight into Thursday' = 25-26 Oct.
D("n007_gaza_khan_younis.txt", "2023-10-27", "DT Next (AP)", "Israel/Gaza", events=[
    E("armed_clash", [ISR], [HAMAS], NORTH_GAZA, "2023-10-25", "2023-10-26", status="claimed", sources=["Israeli military"],
      why="'Israeli troops and tanks briefly raided northern Gaza overnight into Thursday, the military said, striking several "
          "militant targets': a ground raid against the militants (Hamas rules Gaza; no other group named). Overnight into "
          "Thursday 26 Oct: 25-26 Oct. The military: claimed. Only 'northern Gaza': region, names only"),
    E("air_strike", [ISR], [CIV], KHAN_YOUNIS, "2023-10-23", "2023-10-27", precision="week",
      why="'Israeli airstrikes in the southern city of Khan Younis levelled more than eight homes belonging to an extended "
          "family, killing at least 15 people'. Outlet's own voice (AP reporters at the scene): reported. No day in the text: "
          "the week up to publication"),
    E("shelling", [], [CIV], PETAH_TIKVA, "2023-10-23", "2023-10-27", precision="week", fatalities=0,
      why="'Palestinian militants have fired rocket barrages into Israel since the war began. One struck a residential building "
          "in the central city of Petah Tikva, without wounding anyone': a rocket strike (shelling), no group named (actor1 []), "
          "nobody hurt (fatalities 0). No day given: the week up to publication (the barrages since the war began are an "
          "aggregate)"),
    E("siege", [ISR], [HAMAS], GAZA_STRIP, "2023-10-01", "2023-10-27", precision="month",
      why="'Gaza has been under a brutal siege — running out of food, water and medicine — since Hamas’ bloody rampage across "
          "southern Israel earlier this month': an ongoing siege starting 'earlier this month' (October 2023) to publication, "
          "month. Hamas rules Gaza: actor2"),
    E("air_strike", [ISR], [HAMAS, CIV], GAZA_STRIP, "2023-10-01", "2023-10-27", precision="month", optional=True,
      why="'before a widely expected ground invasion after more than two weeks of devastating airstrikes': the air campaign on "
          "the Gaza Strip as a whole, a region-wide aggregate; optional"),
    E("violence_against_civilians", [HAMAS], [CIV, ISR], SOUTH_ISRAEL, "2023-10-01", "2023-10-27", precision="month",
      optional=True,
      why="'Hamas’ bloody rampage across southern Israel earlier this month ignited the war': dated background with a vague "
          "date ('earlier this month') and a region; optional"),
  ], control=[
    C(GAZA_STRIP, HAMAS, "2023-10-27", besieged_by=[ISR],
      why="'Hamas-ruled Gaza', 'Hamas, which has ruled Gaza since 2007'; 'Gaza has been under a brutal siege'"),
  ], why="date from the top ' date 2023-10-27' line (AP story of 26 Oct); Israel's first ground raid into northern Gaza and "
         "air strikes on Khan Younis. The 7,000 dead are a cumulative toll; the expected ground invasion is a forecast"),

# n008: The New Arab, '13 March, 2024' under the headline (a Wednesday); 'on Wednesday' = 13 March.
D("n008_lebanon_tyre.txt", "2024-03-13", "The New Arab", "Israel/Lebanon", events=[
    E("air_strike", [ISR], [HAMAS, CIV], HOUSH_JUNCTION, "2024-03-13", sources=["Reuters", "local media"], fatalities=2,
      why="'Two people were killed and several injured when an Israeli drone strike hit a car on Wednesday near Lebanon’s "
          "southern city of Tyre'; on the Naqoura-Tyre highway at the Al-Housh junction north of Rashidieh. One dead 'reported "
          "to be low-ranking Hamas member Hadi Mustafa', the other 'a second man travelling on a motorbike' (a passer-by): "
          "actor2 Hamas and civilians. Outlet's voice: reported. The junction is not in cities500: names only, Tyre last"),
    E("air_strike", [ISR], [HEZ], SOUTH_LEBANON, "2024-03-04", "2024-03-13", precision="week", optional=True,
      why="standfirst: 'The attack follows days of heightened tensions as Israeli jets strike deeper into Lebanese territory': "
          "strikes over 'days', a region-wide aggregate with no place or toll of its own; optional"),
    E("shelling", [HEZ], [ISR], NORTH_ISRAEL, "2024-03-04", "2024-03-13", precision="week", optional=True,
      why="'... and Hezbollah responds with large rocket salvos': rockets = shelling, an aggregate over 'days' into Israel; "
          "optional"),
  ], why="date from '13 March, 2024' under the headline; Israeli drone strike on a car south of Tyre. The 'surge in "
         "cross-border attacks' since October is an aggregate; the days of Israeli strikes and Hezbollah rocket salvos in the "
         "standfirst are optional aggregates"),

# n009: Hurriyet Daily News (Anadolu), ' date 2019-12-15' (a Sunday); 'authorities said Dec. 15'.
D("n009_yemen_durayhimi.txt", "2019-12-15", "Hurriyet Daily News (Anadolu Agency)", "Yemen", events=[
    E("armed_clash", [HOU], [YEM], DURAYHIMI, "2019-12-09", "2019-12-15", precision="week", status="claimed",
      sources=["Wadah Al-Dabish", "Yemeni Joint Forces"], fatalities=9,
      why="'Nine Houthis rebels were killed in an attack against Yemen government forces'; 17 more injured 'in the attack on the "
          "Ad Durayhimi district south of Al-Hudayda' (the Houthis attacked). Military spokesman of the Joint Forces (the "
          "government side): claimed. The day of the attack is not given (only the statement, Dec. 15): the week up to "
          "publication. The district is named after its town, which is in cities500 (80309): the town's coordinates"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2014-09-30", precision="month", optional=True,
      why="'Houthis have held ... Sanaa and other regions since September 2014'; 'since 2014, when Houthi rebels overran much of "
          "the country, including the capital': implied background capture (as a009's seizure of Sanaa: optional)"),
    E("territory_captured", [HOU], [YEM], HUDAYDAH, "2014-09-01", "2014-12-31", precision="month", optional=True,
      why="'Houthis have held the central and strategic port of Al-Hudayda ... since September 2014': implied capture, optional"),
    E("air_strike", [SAU], [HOU], YEMEN_C, "2015-01-01", "2015-12-31", precision="year", optional=True,
      why="'The crisis escalated in 2015 when a Saudi-led military coalition launched a devastating air campaign': a "
          "country-wide campaign dated only by year; optional (as part_a's Yemen campaign)"),
  ], control=[
    C(HUDAYDAH, HOU, "2019-12-15", why="'Houthis have held the central and strategic port of Al-Hudayda'"),
    C(HUDAYDAH_ENTRY, YEM, "2019-12-15", why="'Government forces, however, control Al-Hudayda's entry points in the south and east'"),
    C(SANAA, HOU, "2019-12-15", why="held by the Houthis 'since September 2014' ('the capital of Sanaa')"),
  ], why="date from the top ' date 2019-12-15' line; Anadolu report of a Houthi attack in Ad Durayhimi. The war-wide toll and "
         "the 14 million at risk of starvation are not events"),

# n010: National Yemen, URL 2014/11/16 (a Sunday); 'killed on Sunday', headline 'Yesterday's clashes'.
D("n010_yemen_radaa.txt", "2014-11-16", "National Yemen", "Yemen", events=[
    E("armed_clash", [HOU], [TRIBES], RADAA, "2014-11-15", "2014-11-16", sources=["local source"], fatalities=5,
      why="'Five Shiite Houthi militants were killed on Sunday in clashes with tribal militants' in Rada’a, Al-Bayda’. Sunday "
          "on or before Sunday 16 Nov = 16 Nov; the headline's 'Yesterday's clashes' points to the 15th, so 15-16 Nov. An "
          "anonymous local source: reported. No initiator: text order. Rada’a is in cities500 (71491)"),
    E("remote_explosive", [], [HOU], RADAA, "2014-11-15", "2014-11-16", sources=["local source"], fatalities=0,
      why="'an explosive charge had gone off, targeting a Houthi patrol car in Rada’a ... the blast did not cause any "
          "casualties': a bomb (remote_explosive), no perpetrator named, no casualties (0). Same day as the clashes"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-21", optional=True,
      why="'Having controlled the Yemeni capital Sanaa since September 21': the seizure of Sanaa is implied by the date the "
          "control began; optional (as a009)"),
  ], control=[
    C(SANAA, HOU, "2014-11-16", why="'Having controlled the Yemeni capital Sanaa since September 21, Houthis'"),
  ], why="date from the URL (2014/11/16); a local source on Houthi-tribal clashes and a bomb in Rada’a. The Houthis 'trying to "
         "extend their control' is a general statement"),

# n011: LBC Group (Reuters), '2024-06-06 | 05:00' (a Thursday); 'on Wednesday' = 5 June.
D("n011_sudan_wad_alnoura.txt", "2024-06-06", "LBCI (Reuters)", "Sudan", events=[
    E("violence_against_civilians", [RSF], [CIV], WAD_ALNOURA, "2024-06-05", status="unverified",
      sources=["Wad Madani Resistance Committee", "local activists"], fatalities=100,
      why="'The ... Rapid Support Forces attacked a village in Gezira State on Wednesday, killing at least 100 people, according "
          "to local activists'; 'Wad Alnoura village ... witnessed a genocide on Wednesday after the RSF attacked twice, "
          "killing up to 100 people' (the committee's statement on social media). 'If confirmed', and Reuters could not "
          "verify the toll: unverified. Looting is part of the same raid. Wad Alnoura is not in cities500: names only"),
    E("shelling", [RSF], [CIV], WAD_ALNOURA, "2024-06-05", status="unverified", sources=["Wad Madani Resistance Committee"],
      optional=True,
      why="'accused it of using heavy artillery against civilians': a second reading of the means of the attack; optional"),
    E("armed_clash", [RSF], [SAF], WAD_ALNOURA, "2024-06-05", status="claimed", sources=["Rapid Support Forces"],
      optional=True,
      why="'the RSF said it had attacked army and allied militia bases around Wad Alnoura but did not acknowledge any civilian "
          "casualties': the other party's contradicting version; optional second event"),
    E("displacement", [RSF], [CIV], WAD_ALNOURA, "2024-06-05", sources=["Wad Madani Resistance Committee"],
      why="the committee 'accused it of ... driving women and children to seek refuge in the nearby town of Managil': "
          "displacement at the origin, no number. A pro-democracy committee (not a party): reported"),
    E("displacement", [RSF], [CIV], MANAGIL, "2024-06-05", sources=["Wad Madani Resistance Committee"], optional=True,
      why="the place reached, Managil (in cities500, 379149 Al Manāqil); optional per the GUIDE"),
    E("territory_captured", [RSF], [SAF], WAD_MADANI, "2023-12-01", "2023-12-31", precision="month",
      why="'after it took control of the capital Wad Madani in December': dated background (December 2023), outlet's voice"),
    E("territory_captured", [RSF], [SAF], KHARTOUM, "2023-04-01", "2024-06-06", precision="month", optional=True,
      why="'has since taken over the capital Khartoum and most of western Sudan': capture since April 2023 with no date of its "
          "own; optional"),
    E("armed_clash", [RSF], [SAF], SUDAN_C, "2023-04-01", "2023-04-30", precision="month", optional=True,
      why="'The RSF began fighting the army in April 2023': the war's start, country-wide; optional"),
  ], control=[
    C(WAD_MADANI, RSF, "2024-06-06", why="'it took control of the capital Wad Madani in December'"),
    C(KHARTOUM, RSF, "2024-06-06", why="'has since taken over the capital Khartoum'"),
    C(WEST_SUDAN, RSF, "2024-06-06", contested_by=[SAF], why="'has since taken over ... most of western Sudan' (most, not all)"),
  ], why="date from '2024-06-06 | 05:00' under the headline; RSF attack on Wad Alnoura in Gezira State. 'Dozens of attacks' on "
         "villages is an aggregate; the RSF 'seeking to advance into the center' and the famine warning are not events"),

# n012: Sudan Tribune, dateline 'June 16, 2016 (JUBA)' (a Thursday); 'on Wednesday' = 15 June.
D("n012_southsudan_raja.txt", "2016-06-16", "Sudan Tribune", "South Sudan", events=[
    E("armed_clash", [], [SSG], RAJA, "2016-06-15", sources=["state government officials"], fatalities=9,
      why="'Armed South Sudanese gunmen have killed several officers and soldiers of the Sudan People’s Liberation Army (SPLA) "
          "... in the attack targeting government officials in Raja town ... on Wednesday'; 'At least 9 gubernatorial guards "
          "... have been confirmed killed in the fighting'. Unnamed gunmen ('No group has claimed responsibility'): actor1 []. "
          "The lead is in the outlet's voice: reported. Raja in cities500 (368246, Western Bahr al Ghazal)"),
    E("territory_captured", [], [SSG], RAJA, "2016-06-15",
      why="'The attack which occurred on Wednesday morning resulted to the brief capture of the state capital by the gunmen'"),
    E("evacuation", [SSG], [], RAJA, "2016-06-15", optional=True,
      why="'Senior government officials, including governor Rizik Zechariah Hassan, fled the town for their safety': a flight "
          "of officials (a retreat), optional"),
    E("territory_captured", [SSG, JEM], [], RAJA, "2016-06-15", "2016-06-16",
      why="'Government officials have reportedly returned to Raja on Thursday following the withdrawal of the gunmen'; one "
          "version: JEM rebels 'were asked by the South Sudan army to help in the fight which dislodged the gunmen from the town "
          "on Wednesday evening'. The government retakes the town either way (Wednesday evening to Thursday); JEM listed from "
          "the second version. Reported ('some said' / 'others said')"),
    E("evacuation", [], [], RAJA, "2016-06-15", "2016-06-16", optional=True,
      why="the other version: 'some said they withdrew voluntarily' (a withdrawal of the gunmen); optional second reading"),
  ], control=[
    C(RAJA, SSG, "2016-06-16", why="officials returned to Raja on Thursday after the gunmen withdrew / were dislodged"),
  ], why="date from the dateline 'June 16, 2016 (JUBA)'; gunmen's brief seizure of Raja, capital of Lol state. The wounded "
         "received at Aweil, Nyamellel and Marialbai are not events"),

# n013: The Christian Science Monitor (Reuters), URL /2014/0517/ (a Saturday); 'Friday' = 16 May, 'Saturday' = 17 May.
D("n013_libya_benghazi.txt", "2014-05-17", "The Christian Science Monitor (Reuters)", "Libya", events=[
    E("armed_clash", [LNA], [ANSAR], BENGHAZI, "2014-05-16", sources=["Health Ministry official", "medical workers"],
      fatalities=43,
      why="'a day after at least 43 were killed in the worst clashes in the Libyan city for months'; 'Islamist militants and LNA "
          "forces led by renegade retired General Khalifa Haftar, had fought for hours on Friday' in the western districts of "
          "Benghazi. Friday before Saturday 17 May = 16 May. Toll from a Health Ministry official (the government was not a "
          "party to Haftar's fight) and medics: reported. The militants named: 'Ansar al-Sharia and other Islamist militant "
          "groups'"),
    E("air_strike", [LNA], [ANSAR], BENGHAZI, "2014-05-16", status="claimed", sources=["Libyan army chief of staff"],
      optional=True,
      why="'Haftar's forces used at least one helicopter during the fighting, according to a statement on the chief of staff's "
          "website': air power used in the fighting, no strike described; optional"),
    E("displacement", [], [CIV], BENGHAZI_W, "2014-05-17",
      why="'Dozens of families left western districts of Benghazi Saturday'; 'could be seen packing up and driving away' "
          "(Reuters' own observation: reported). Displacement at the origin; 'dozens of families' gives no number"),
    E("evacuation", [LNA], [CIV], BENGHAZI_W, "2014-05-17", status="claimed", sources=["Mohamed al-Hejazi"], optional=True,
      why="'The self-declared Libyan National Army told civilians on Saturday to leave parts of Benghazi'; 'We urge citizens in "
          "Benghazi's districts Quarsha, Al-Hawari and Sidi Faraj to evacuate their homes': an evacuation call (the leaving "
          "is the displacement above); optional"),
    E("armed_clash", [ANSAR], [LNA], BENGHAZI, "2014-05-16", status="claimed", sources=["security official"], optional=True,
      why="'Islamist militants had snatched soldiers late on Friday at checkpoints they control, killed them and then dumped "
          "their bodies outside the city', an unnamed security official: abduction and killing of soldiers (combatants, so not "
          "violence_against_civilians in the strict sense); no place but Benghazi; optional"),
    E("violence_against_civilians", [ANSAR], [LNA], BENGHAZI, "2014-05-16", status="claimed", sources=["security official"],
      optional=True,
      why="second reading of the abduction and killing of captured soldiers (killings of people out of combat); optional"),
  ], why="date from the URL (2014/0517); Reuters on the 16 May 2014 Benghazi fighting (Haftar's 'Operation Dignity' start) and "
         "families leaving. The no-fly zone, airport closure, Egyptair halting flights and Haftar's vow to 'hunt down' the "
         "militants are not events"),

# n014: Business Day (businesslive.co.za), ' date 2018-08-19'.
D("n014_neg_kerala_floods.txt", "2018-08-19", "Business Day", "none", negative=True,
  why="negative: the 2018 Kerala floods; 'soldiers', 'deployed', 'rescue', 'stranded', 'cut off', 'death toll of 186', "
      "'relief camps' are disaster words, no armed violence. Date from the top ' date 2018-08-19' line"),

# n015: China.org.cn / chinagate (Xinhua), 'Xinhua, September 12, 2015'.
D("n015_neg_yemen_un_appeal.txt", "2015-09-12", "chinagate.cn (Xinhua)", "none", negative=True,
  why="negative: the UN Security Council urging funds for the 1.6-billion-dollar Yemen humanitarian appeal ahead of peace "
      "talks; conflict-adjacent diplomacy and aid, no event. The headline list at the top is site junk. Date from 'Xinhua, "
      "September 12, 2015'"),
]
