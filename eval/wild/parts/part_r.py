"""Gold annotation of the wild corpus, part r (files r001..r015, split fresh/): Syria (rebels take Tel Meleh, Hama, May 2014;
Homs shelling of Khaldiyeh and the fall of Baba Amr, March 2012), Iraq (Baghdad market car bomb, January 2017; Islamic State
attack on Dibis, Kirkuk, December 2021), Ukraine (missile strike on Budy, Kharkiv region, and Kherson shelling, July 2024),
Russia (Ukrainian drone strike in Belgorod region, August 2024), Gaza (Khan Younis strikes and advance, Muscat School and
Al-Amal Institute strikes, October 2024), Lebanon (Israeli strike near Kfarjoz/Nabatieh and projectiles on Safed, September
2024), Yemen (Houthi missile on Al Jubah, Marib, October 2021), Sudan (RSF shelling of El Obeid, siege of El Fasher, Abyei,
May 2025), Libya (Benghazi clashes and the Derna checkpoint attack, December 2014), South Sudan (SSPM/A attack on Mayom,
July 2022), Ethiopia (OLA attacks on Haro, East Wollega, October 2021) and two negatives (a California wildfire, Sudan peace
talk consultations). Collected 2026-12-08 from stored news pages (the `pages` search corpus, excerpts kept exactly as
returned, decoded from the tool's JSON by a script: raw/*.json -> txt/ via write.py), after tuning began; annotated without
running Frontline on the texts and without seeing its output. Conventions as in part_m.py / part_k.py and GUIDE.md.
Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt), copied from it; everything else
(villages, districts, neighbourhoods, schools, counties, regions) has names only, with the city as last alternative for a
site inside a named city. admin1 is the GeoNames admin1 name (admin1.json). Actor names: canonical names from the alias
table (`Syrian government`, `Syrian rebels`, `Free Syrian Army`, `Islamic State`, `Iraqi government`, `Peshmerga`,
`Russia`, `Ukraine`, `Israel`, `Hamas`, `Hezbollah`, `Houthis`, `Yemeni government`, `Saudi-led coalition`, `Rapid Support
Forces`, `Sudanese Armed Forces`, `Libyan National Army` for Haftar's and the allied pro-government forces of 2014,
`South Sudanese government`); not in the table, chosen as the common English name: `Islamist militias` (Libya 2014,
'Islamist militiamen', no group named), `South Sudan People's Movement/Army` (Stephen Buay's SSPM/A), `Oromo Liberation
Army`. Targeted non-combatants are `civilians`; unnamed attackers ('gunmen') are []. Status: party officials, governors,
state media, the Hamas-run health ministry and armed groups' statements are `claimed`; the outlet's voice, monitors (SOHR),
medics, doctors' networks, residents, witnesses and activists are `reported`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
TEL_MELEH = P(["Tel Meleh", "Tell Meleh", "Tal Meleh", "Tal Mallah", "village of Tel Meleh"], None, None, "Hama", "village", "SY")
RAAI = P(["Raai", "Ar Ra'i", "Ar Rā‘ī", "al-Rai", "Al-Rai", "village of Raai"], 36.61182, 37.4478, "Aleppo", "town", "SY")
RAQQA = P(["Raqqa", "Ar Raqqah", "Raqqah", "al-Raqqa"], 35.95283, 39.00788, "Raqqa", "city", "SY")
NORTH_SYRIA = P(["northern Syria", "rebel-held northern Syria", "north Syria"], None, None, None, "region", "SY")
HOMS = P(["Homs", "Hims", "city of Homs"], 34.72682, 36.72339, "Homs", "city", "SY")
KHALDIYEH = P(["Khaldiyeh", "Khalidiya", "Khalidiyah", "Khaldiyeh district", "Homs district of Khaldiyeh", "Homs"], None, None,
              "Homs", "site", "SY")
BABA_AMR = P(["Baba Amr", "Baba Amro", "Bab Amr", "Baba Amr district", "Homs"], None, None, "Homs", "site", "SY")
RIFAI = P(["Rifai sector", "Rifai", "al-Rifai", "Rifai sector of town", "Homs"], None, None, "Homs", "site", "SY")
# Iraq (IQ)
BAGHDAD = P(["Baghdad", "Iraqi capital", "Baghdad market"], 33.34058, 44.40088, "Baghdad", "city", "IQ")
MOSUL = P(["Mosul", "city of Mosul", "al-Mawsil"], 36.335, 43.11889, "Nineveh", "city", "IQ")
DIBIS = P(["Dibis", "Dibis town", "Dibs", "Dubz"], 35.67482, 44.07067, "Kirkuk", "town", "IQ")
PRDE = P(["Prde", "Prde town", "outskirts of Prde town", "Pirde", "Altun Kupri", "Altun Kopru"], None, None, "Kirkuk", "town", "IQ")
KIRKUK_PROV = P(["Kirkuk province", "Kirkuk", "Kirkuk governorate"], None, None, "Kirkuk", "admin1", "IQ")
MAKHMOUR_VILLAGES = P(["two villages in southwest Erbil", "villages near Makhmour", "southwest Erbil", "Makhmour", "Makhmur",
                       "Mexmur"], None, None, "Erbil", "region", "IQ")
IRAQ = P(["Iraq"], None, None, None, "country", "IQ")
# Ukraine (UA), Russia (RU)
BUDY = P(["Budi", "Budy", "village of Budi", "Budy village"], 49.89133, 36.02096, "Kharkiv", "town", "UA")
KHARKIV_OBL = P(["Kharkiv region", "Kharkiv", "Kharkiv oblast", "Kharkiv province"], None, None, "Kharkiv", "admin1", "UA")
KHERSON_OBL = P(["Kherson region", "Kherson", "Kherson oblast", "region of Kherson"], None, None, "Kherson", "admin1", "UA")
UKRAINE = P(["Ukraine"], None, None, None, "country", "UA")
BELGOROD_OBL = P(["Belgorod region", "a village in Russia's Belgorod region", "Belgorod", "Belgorod oblast", "Belgorod border region"],
                 None, None, "Belgorod Oblast", "admin1", "RU")
KURSK_OBL = P(["Kursk region", "Russia's Kursk region", "Kursk", "Kursk oblast"], None, None, "Kursk Oblast", "admin1", "RU")
# Gaza (PS), Israel (IL)
KHAN_YOUNIS = P(["Khan Younis", "Khan Yunis", "Khān Yūnis", "Khan Younis area"], 31.34018, 34.30627, "Gaza Strip", "city", "PS")
QIZAN_NAJJAR = P(["Qizan al-Najjar", "Qizan al-Najjar village", "Qizan an-Najjar", "Qizan Abu Rashwan", "Khan Younis"], None,
                 None, "Gaza Strip", "village", "PS")
MUSCAT_SCHOOL = P(["Muscat School", "Muscat School in Gaza City", "Gaza City", "Gaza"], None, None, "Gaza Strip", "site", "PS")
AL_AMAL = P(["Al-Amal Institute for Orphans", "Al-Amal Institute", "Al Amal orphanage"], None, None, "Gaza Strip", "site", "PS")
ISRAEL = P(["Israel", "southern Israel"], None, None, None, "country", "IL")
# Lebanon (LB)
KFARJOZ = P(["Kfarjoz", "Kfarjoz area", "Kfar Jouz", "Kafr Jouz", "Nabatieh-Kfarjoz road", "Nabatieh"], None, None, "Nabatieh",
            "town", "LB")
NABATIEH_AREA = P(["area near the city of Nabatieh", "Nabatieh area", "Nabatieh", "southern Lebanon"], None, None, "Nabatieh",
                  "region", "LB")
SAFED = P(["Safed", "Tzfat", "Zefat", "around Safed"], 32.96465, 35.496, "Northern District", "city", "IL")
LEBANON = P(["Lebanon", "southern Lebanon"], None, None, None, "country", "LB")
# Yemen (YE)
AL_JUBAH = P(["Al Jubah district", "Al Jubah", "Al-Jubah", "Jubah", "Al Jawbah", "Al Jubah district of Marib"], None, None,
             "Ma’rib", "region", "YE")
MARIB_PROV = P(["Marib", "Marib province", "Ma'rib", "Yemen's oil-rich province of Marib"], None, None, "Ma’rib", "admin1", "YE")
SANAA = P(["Sanaa", "Sana'a", "capital Sanaa"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
# Sudan (SD)
EL_OBEID = P(["El Obeid", "El-Obeid", "Al Ubayyid", "northern neighborhoods of El Obeid", "El Obeid city"], 13.18421, 30.21669,
             "North Kordofan", "city", "SD")
EL_FASHER = P(["El Fasher", "El-Fasher", "Al Fashir"], 13.62793, 25.34936, "Northern Darfur", "city", "SD")
ABYEI = P(["Abyei", "Abyei area", "the Abyei area"], None, None, None, "region", "SD")
# Libya (LY)
BENGHAZI = P(["Benghazi", "Libya's second city", "southern and central Benghazi", "Banghazi"], 32.11486, 20.06859, "Banghazi",
             "city", "LY")
DAHR_AHMAR = P(["Dahr el-Ahmar", "Dahr al-Ahmar", "western suburb of Dahr el-Ahmar", "Derna", "Darnah"], None, None, "Darnah",
               "site", "LY")
DERNA = P(["Derna", "Darnah", "Islamist stronghold of Derna"], 32.76704, 22.63669, "Darnah", "city", "LY")
TRIPOLI = P(["Tripoli", "the capital Tripoli", "Tarabulus"], 32.88743, 13.18733, "Tripoli", "city", "LY")
# South Sudan (SS)
MAYOM = P(["Mayom County headquarters", "Mayom", "Mayom County", "Mayom town"], None, None, "Unity", "town", "SS")
SOUTH_SUDAN = P(["South Sudan"], None, None, None, "country", "SS")
# Ethiopia (ET)
HARO = P(["Haro city", "Haro", "Haro town", "Kirimu woreda", "Kiremu"], None, None, "Oromiya", "town", "ET")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
GOV, REB, FSA, IS = "Syrian government", "Syrian rebels", "Free Syrian Army", "Islamic State"
IRQ, PESH = "Iraqi government", "Peshmerga"
RUS, UKR = "Russia", "Ukraine"
ISR, HAMAS, HEZ = "Israel", "Hamas", "Hezbollah"
HOU, YEM, SLC = "Houthis", "Yemeni government", "Saudi-led coalition"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
LNA, ISLAMISTS = "Libyan National Army", "Islamist militias"
SSG, SSPM = "South Sudanese government", "South Sudan People's Movement/Army"
OLA = "Oromo Liberation Army"
SOHR = "Syrian Observatory for Human Rights"

DOCS = [
# r001: The Daily Record (AP), no date line; URL /news/20140518/ (a Sunday): 'on Sunday' = 18 May 2014.
D("r001_syria_tel_meleh.txt", "2014-05-18", "The Daily Record (AP)", "Syria", events=[
    E("territory_captured", [REB], [GOV], TEL_MELEH, "2014-05-18", sources=["Local Coordination Committees", SOHR], fatalities=20,
      why="'Syrian rebels captured a village in northwestern Syria on Sunday, killing more than a dozen government troops in heavy "
          "clashes ..., activists said'; 'The village of Tel Meleh, northwest of the city of Hama'; SOHR: 'at least 18 "
          "pro-government troops and two rebels were killed in the fighting' (18 + 2 = 20). Activists and SOHR: reported. Tel "
          "Meleh is not in cities500: names only"),
    E("armed_clash", [REB], [GOV], TEL_MELEH, "2014-05-18", sources=["Local Coordination Committees", SOHR], optional=True,
      why="the 'heavy clashes' in which the village was taken; an annotator may keep them inside the capture, so optional"),
    E("air_strike", [GOV], [REB], TEL_MELEH, "2014-05-18", sources=[SOHR],
      why="'prompting the military to carry out airstrikes to try to dislodge the fighters'; SOHR: 'government warplanes conducted "
          "airstrikes on Tel Meleh Sunday afternoon'. Warplanes: air_strike; monitor: reported"),
    E("armed_clash", [IS], [REB], RAAI, "2014-05-18", sources=[SOHR], fatalities=19,
      why="'On Sunday, Islamic State fighters killed at least 19 rebels near the village of Raai in Aleppo province, the "
          "Observatory said'. Raai = Ar Ra'i (cities500 169138, Aleppo). Rebels are combatants: armed_clash"),
    E("armed_clash", [REB], [IS], NORTH_SYRIA, "2014-01-01", "2014-05-18", precision="month", optional=True,
      why="'the rebels also have been locked in a bitter struggle in northern Syria since January with ... the Islamic State of "
          "Iraq and the Levant. The fighting has killed more than 1,000 people': an ongoing region-wide campaign since January "
          "2014 (the toll is cumulative); region-wide aggregate, optional"),
    E("evacuation", [IS], [], RAQQA, "2014-01-01", "2014-05-18", precision="month", optional=True,
      why="'the Islamic State has pulled back many of its forces to its stronghold of Raqqa': an undated withdrawal (GUIDE: "
          "retreats are optional evacuations); only the destination is named"),
  ], control=[
    C(TEL_MELEH, REB, "2014-05-18", why="'Syrian rebels captured' Tel Meleh on Sunday (the government 'will be anxious to "
      "reassert control over Tel Meleh')"),
    C(RAQQA, IS, "2014-05-18", why="'its stronghold of Raqqa on the Eurphrates River'"),
    C(NORTH_SYRIA, REB, "2014-05-18", why="'rebel-held northern Syria' (region-wide, names only)"),
  ], why="no date in the text; date from the URL (/news/20140518/). AP report on the rebel capture of Tel Meleh near Hama and "
         "the government air strikes on it, plus an IS-rebel clash near Raai. The 150,000 war dead are cumulative"),

# r002: The China Post (AP), ' date 2017-01-06' (a Friday): 'on Thursday' = 5 January.
D("r002_iraq_baghdad.txt", "2017-01-06", "The China Post (AP)", "Iraq", events=[
    E("remote_explosive", [IS], [CIV], BAGHDAD, "2017-01-05", sources=["police and medical officials"], fatalities=9,
      why="'A car bomb tore through a Baghdad market on Thursday, killing at least nine people'; 'The car was parked near an "
          "outdoor fruit and vegetable market in a mostly Shiite neighborhood'; 'Seven civilians and two policemen were killed, "
          "while at least 15 other people were wounded, police and medical officials said'. A parked car bomb: remote_explosive. "
          "Thursday before Friday 6 January = 5 January. The lead is in the outlet's voice (and medics are among the sources): "
          "reported. Unclaimed, but the outlet links it to IS ('appeared to be the latest in a series of deadly attacks by the "
          "Islamic State group', 'bore the hallmarks of IS'), as b012 names a widely suspected group. The neighbourhood is not "
          "named: Baghdad city"),
    E("armed_clash", [IRQ, "United States"], [IS], MOSUL, "2016-10-15", "2017-01-06", precision="month", optional=True,
      why="'the northern city of Mosul, where U.S.-backed Iraqi forces have been waging a massive offensive since mid-October': "
          "ongoing offensive from mid-October 2016 to publication; background, optional (actor2 IS: 'putting up stiff resistance "
          "in ... Mosul')"),
  ], control=[
    C(MOSUL, IS, "2017-01-06", contested_by=[IRQ],
      why="IS is 'putting up stiff resistance in the northern city of Mosul' against the Iraqi offensive: held by IS, contested"),
  ], why="date from the top ' date 2017-01-06' line; AP on a car bomb at a Baghdad market. 'a string of bombings in the Iraqi "
         "capital over the past week, killing nearly 100 people' is an aggregate without places or days, not an event"),

# r003: Rudaw, URL /iraq/071220214-amp (07-12-2021, a Tuesday): 'on Tuesday' = 7 December 2021.
D("r003_iraq_dibis.txt", "2021-12-07", "Rudaw", "Iraq", events=[
    E("armed_clash", [IS], [IRQ], DIBIS, "2021-12-07", status="claimed", sources=["officer from Kirkuk police",
      "security official"], fatalities=2,
      why="'Islamic State (ISIS) militants on Tuesday launched an attack on the Iraqi forces in Kirkuk province, killing two "
          "soldiers, a security official told Rudaw'; 'A number ISIS militants attacked Dibis town in Kirkuk, killing two Iraqi "
          "soldiers, an officer from Kirkuk police told Rudaw'. Soldiers are combatants: armed_clash. Police officer / security "
          "official (government side): claimed. Dibis is in cities500 (97001)"),
    E("shelling", [IS], [PESH], PRDE, "2021-12-06", "2021-12-07", status="claimed", sources=["Nuri Hama Ali"], fatalities=0,
      why="'Hours before the Iraqi army was targeted, a number of Katyusha rockets believed to have been fired by ISIS militants "
          "landed near the bases of Peshmerga forces on the outskirts of Prde town in Kirkuk, Peshmerga commander Nuri Hama Ali "
          "told Rudaw'; 'the rockets landed at around 7:00 pm. No casualties'. Rockets: shelling; 7 pm hours before a Tuesday "
          "attack may be Monday evening, so 6-7 December. A Peshmerga commander: claimed. Prde (Altun Kupri) is not in "
          "cities500: names only"),
    E("armed_clash", [IS], [PESH], KIRKUK_PROV, "2021-12-05", "2021-12-06", sources=["Islamic State"], fatalities=4,
      why="'The terror group on Tuesday claimed responsibility for an attack on Peshmerga in Kirkuk late on Sunday, killing four "
          "of them': Sunday before Tuesday 7 December = 5 December ('late', so possibly into the 6th). The attack and its toll "
          "are in the outlet's voice (only responsibility is claimed): reported. Only the province is named: admin1"),
    E("armed_clash", [IS], [PESH, CIV], MAKHMOUR_VILLAGES, "2021-12-02", sources=["Islamic State"], fatalities=13,
      why="'a Thursday attack on two villages in southwest Erbil near the disputed territory of Makhmour that left 10 Peshmerga "
          "fighters and three civilians dead' (10 + 3 = 13). Thursday before Tuesday 7 December = 2 December. Outlet's voice: "
          "reported. The villages are unnamed: region near Makhmour, names only"),
    E("territory_captured", [IS], [IRQ], IRAQ, "2014-01-01", "2014-12-31", precision="year", optional=True,
      why="'ISIS seized control of swaths of land in Iraq in 2014': dated background, but country-wide and without a place; "
          "optional"),
  ], why="date from the URL (071220214 = 07-12-2021, plus a trailing digit), matching 'on Tuesday'. Rudaw on IS attacks in "
         "Kirkuk and Erbil provinces. The sirens at the US consulate in Erbil are not an attack; 'ISIS attacks have been on "
         "the rise' is analysis. The excerpt is cut off"),

# r004: PledgeTimes, ' date 2024-07-13' (a Saturday): 'Saturday' = 13 July 2024.
D("r004_ukraine_budi.txt", "2024-07-13", "PledgeTimes", "Ukraine", events=[
    E("shelling", [RUS], [CIV], BUDY, "2024-07-13", status="claimed", sources=["local authorities", "Oleg Synegubov"],
      fatalities=2,
      why="'A police officer and an emergency services official were killed in a missile attack in the village of Budi, "
          "southwest of the regional capital Kharkiv'; 'the attack left 22 people injured', the governor said. Missile: "
          "shelling. The lead counts them among 'At least five civilians ... killed Saturday ..., local authorities said' "
          "(Ukrainian officials: claimed). Budi = Budy (cities500 711268, Kharkiv). The attacker is not named in the sentence; "
          "the war context makes it Russia"),
    E("shelling", [RUS], [CIV], KHERSON_OBL, "2024-07-13", status="claimed", sources=["Oleksandr Prokudin"], fatalities=3,
      why="'Three people were also killed on Saturday in shelling of the Kherson region (south), according to its governor, "
          "Oleksandr Prokudin'; a woman of 72, a woman in her fifties and a man. Only the region is named: admin1"),
    E("armed_clash", [RUS], [UKR], KHARKIV_OBL, "2024-05-10", sources=[],
      why="'On May 10, Russian forces launched a ground offensive in Kharkiv, taking control of several villages': dated "
          "background (10 May 2024), outlet's voice: reported. 'in Kharkiv' here is the region"),
    E("territory_captured", [RUS], [UKR], KHARKIV_OBL, "2024-05-10", "2024-07-13", precision="month", optional=True,
      why="'taking control of several villages': unnamed villages, undated after 10 May; region-wide, optional"),
    E("air_strike", [RUS], [UKR], KHARKIV_OBL, "2024-07-12", "2024-07-13", status="claimed", sources=["Ukrainian army"],
      optional=True,
      why="'The Ukrainian army reported in its daily report that the Kharkiv region is \"under constant bombardment by "
          "aircraft\"': an ongoing region-wide aggregate from a party; optional"),
  ], why="date from the top ' date 2024-07-13' line; report of deadly Russian strikes on Budy (Kharkiv region) and in the "
         "Kherson region on 13 July 2024"),

# r005: swissinfo.ch (Reuters), ' date 2024-08-06' (a Tuesday).
D("r005_russia_belgorod.txt", "2024-08-06", "swissinfo.ch (Reuters)", "Ukraine", events=[
    E("air_strike", [UKR], [CIV], BELGOROD_OBL, "2024-08-05", "2024-08-06", status="claimed", sources=["Vyacheslav Gladkov"],
      fatalities=1,
      why="'One civilian was killed in a Ukrainian drone strike on a village in Russia’s Belgorod region, local governor "
          "Vyacheslav Gladkov wrote on the Telegram messaging app on Tuesday'. Drone: air_strike. 'on Tuesday' dates the post; "
          "the strike itself has no day, so the day before to publication (5-6 August). A Russian governor: claimed ('Reuters "
          "could not independently verify' is a general caveat on both reports, so claimed rather than unverified). The village "
          "is unnamed: admin1"),
    E("air_strike", [UKR], [RUS], BELGOROD_OBL, "2024-08-06", status="claimed", sources=["Russian Defence Ministry", "TASS"],
      optional=True,
      why="'Russia’s Defence Ministry said its forces shot down nine Ukrainian aircraft-type drones over Belgorod ... early on "
          "Tuesday': intercepted drone attack; optional"),
    E("air_strike", [UKR], [RUS], KURSK_OBL, "2024-08-06", status="claimed", sources=["Russian Defence Ministry", "TASS"],
      optional=True,
      why="'... and 13 over Russia’s Kursk region early on Tuesday': intercepted drone attack; optional"),
    E("armed_clash", [RUS], [UKR], UKRAINE, "2022-02-01", "2022-02-28", precision="month", optional=True,
      why="'since Moscow sent tens of thousands of troops into Ukraine in February 2022': dated background (the invasion), "
          "country-wide; optional as in m003. The 'regular Ukrainian drone, artillery and ground attacks' since then are an "
          "aggregate"),
  ], why="date from the top ' date 2024-08-06' line; Reuters on a deadly Ukrainian drone strike in Belgorod region. Theatre "
         "is the Russia-Ukraine war"),

# r006: Staravis, no date line; URL /2024/10/02/ (a Wednesday): 'Tuesday night' = 1 October 2024.
D("r006_gaza_khan_younis.txt", "2024-10-02", "Staravis", "Gaza", events=[
    E("air_strike", [ISR], [HAMAS, CIV], KHAN_YOUNIS, "2024-10-01", "2024-10-02", status="claimed",
      sources=["Gaza health ministry"], fatalities=51,
      why="'Israeli airstrikes and a ground operation in the Khan Younis area of southern Gaza have killed at least 51 people, "
          "according to Gaza’s Hamas-run health ministry. The strikes ... occurred on Tuesday night'. Tuesday night before "
          "Wednesday 2 October = 1 October (night, so into the 2nd). A party-run health ministry: claimed. The 51 covers the "
          "strikes and the ground operation together; put on the strikes (the headline figure)"),
    E("advance", [ISR], [HAMAS], KHAN_YOUNIS, "2024-10-01", "2024-10-02", sources=["residents", "BBC"],
      why="'accompanied by a reported advance of Israeli tanks into parts of the city and surrounding areas'; a wounded man: "
          "'Tanks stormed in'. Residents/witnesses: reported. Tanks moved in without a stated capture: advance"),
    E("armed_clash", [ISR], [HAMAS], KHAN_YOUNIS, "2024-10-01", "2024-10-02", sources=["residents"], optional=True,
      why="'the ground operation'; 'Residents described gunfire and heavy shelling': fighting inside the advance; optional"),
    E("shelling", [ISR], [CIV], KHAN_YOUNIS, "2024-10-01", "2024-10-02", sources=["residents"], optional=True,
      why="'Residents described gunfire and heavy shelling': shelling during the operation, no separate toll; optional"),
    E("air_strike", [ISR], [CIV], QIZAN_NAJJAR, "2024-10-01", "2024-10-02", sources=["survivor", "BBC Arabic"],
      why="'Another survivor from Qizan al-Najjar village told BBC Arabic that his family members were killed in the attack, "
          "describing how Israeli forces had used quadcopters to target civilians': a separate place in the operation; "
          "quadcopter drones: air_strike. A witness: reported. No number. Not in cities500: names only, Khan Younis last"),
    E("air_strike", [ISR], [HAMAS, CIV], MUSCAT_SCHOOL, "2024-09-30", "2024-10-02", precision="week", sources=["Wafa"],
      fatalities=9,
      why="'the Israel Defense Forces (IDF) announced that it had struck Hamas targets located inside four schools in central and "
          "northern Gaza'; 'Wafa reported that nine civilians were killed at Muscat School in Gaza City'. Part of 'the strikes' "
          "of the lead ('Israeli airstrikes'), so air_strike. No day given: the week up to publication. Wafa (the Palestinian "
          "Authority's agency, not a party to the Gaza fighting) is the source of the deaths: reported. Site names only, "
          "Gaza City last"),
    E("air_strike", [ISR], [HAMAS, CIV], AL_AMAL, "2024-09-30", "2024-10-02", precision="week", sources=["Wafa"], fatalities=6,
      why="'at least six others were killed at the Al-Amal Institute for Orphans, where hundreds of displaced people had been "
          "sheltering' (Wafa): one event per place. The city is not named in the text: names only"),
    E("armed_clash", [HAMAS], [ISR], ISRAEL, "2023-10-07", fatalities=1200, optional=True,
      why="'Hamas’s attack on Israel on 7 October last year, which resulted in the deaths of approximately 1,200 people and the "
          "taking of 251 hostages': dated background, but only the country is named; optional"),
  ], why="no date in the text; date from the URL (/2024/10/02/). BBC-based report on Israeli strikes and a tank advance in Khan "
         "Younis on the night of 1 October 2024, plus strikes on schools. The 41,600 dead and 'several operations in Khan Younis "
         "since December' are cumulative/aggregate; the other two of the 'four schools' are not named (no events)"),

# r007: The National, no date line; URL /2024/09/13/ (a Friday).
D("r007_lebanon_kfarjoz.txt", "2024-09-13", "The National", "Lebanon", events=[
    E("air_strike", [ISR], [HEZ, CIV], KFARJOZ, "2024-09-12", "2024-09-13", sources=["health authorities",
      "National News Agency", "source close to Hezbollah"], fatalities=3,
      why="'Three people, including a child, have been killed in an Israeli strike on southern Lebanon, health authorities said "
          "on Friday. The strike occurred in the Kfarjoz area near the city of Nabatieh'; NNA: the strike 'targeted two "
          "motorcycles on the Nabatieh-Kfarjoz road'; one dead was 'a fighter in Hezbollah', two 'civilians'. The means is not "
          "said, but a strike on two moving motorcycles is an air/drone strike (the text: Israel strikes commanders 'with drone "
          "and air strikes'); shelling kept as an optional reading. Said on Friday; the strike day not given: 12-13 September. "
          "Lebanon's health authorities and state agency (Lebanon is not a party): reported. Kfarjoz not in cities500: names "
          "only, Nabatieh last"),
    E("shelling", [ISR], [HEZ, CIV], KFARJOZ, "2024-09-12", "2024-09-13", sources=["health authorities"], fatalities=3,
      optional=True,
      why="second reading of 'an Israeli strike' (means not stated); optional"),
    E("shelling", [HEZ], [ISR], SAFED, "2024-09-13", status="claimed", sources=["Israeli military"], fatalities=0,
      why="'On Friday, the Israeli military said \"approximately 20 projectiles were identified crossing from Lebanon into "
          "Israeli territory\" around Safed'; 'Most were successfully intercepted'; 'no injuries were reported' (fatalities 0). "
          "Projectiles/rockets: shelling. The Israeli military: claimed. The firer is not named in the sentence; the text "
          "frames it as Hezbollah's retaliation"),
    E("air_strike", [ISR], [HEZ], NABATIEH_AREA, "2023-10-08", "2024-09-13", precision="month", optional=True,
      why="'The area has been targeted by Israeli air strikes and artillery fire ... since October 8': ongoing aggregate since "
          "8 October 2023; optional"),
    E("shelling", [ISR], [HEZ], NABATIEH_AREA, "2023-10-08", "2024-09-13", precision="month", optional=True,
      why="same sentence, the artillery fire (including white phosphorus); optional"),
    E("air_strike", [ISR], [HEZ], LEBANON, "2024-08-21", "2024-08-31", precision="month", status="claimed",
      sources=["Israel"], optional=True,
      why="'They came close to full-scale war in late August when Israel claimed it had launched a \"pre-emptive\" strike on "
          "hundreds of Hezbollah positions': dated background (late August = 21-31), no place but Lebanon, means not stated; "
          "optional"),
  ], why="no date in the text; date from the URL (/2024/09/13/), matching 'on Friday'. AFP-based report of a deadly Israeli "
         "strike near Nabatieh and Hezbollah projectiles on Safed. The 622 dead since October are cumulative; descriptions of "
         "Hezbollah's arsenal and tactics are analysis; 'since October 8, when ... Hezbollah intervened in the Israel-Gaza war' "
         "dates the start of the exchanges (kept in the optional ongoing Nabatieh-area events), not a separate event"),

# r008: Lokmat English (ANI/Xinhua), 'October 29, 2021' (a Friday): 'late on Thursday night' = 28 October.
D("r008_yemen_al_jubah.txt", "2021-10-29", "Lokmat English (ANI/Xinhua)", "Yemen", events=[
    E("shelling", [HOU], [CIV], AL_JUBAH, "2021-10-28", "2021-10-29", status="claimed",
      sources=["local government source", "Muammar Al-Eryani"], fatalities=13,
      why="'An overnight missile attack carried out by the Houthi group against Yemen's oil-rich province of Marib killed 13 "
          "people, a government official told Xinhua'; 'The Houthis targeted a residential building belonging to a senior "
          "pro-government tribal chief and other nearby residential houses in Al Jubah district of Marib late on Thursday "
          "night'; 20 injured. Missiles: shelling. Thursday night before Friday 29 October = 28 October (overnight, into the "
          "29th). Government sources: claimed. Al Jubah district is not in cities500: names only"),
    E("air_strike", [SLC], [HOU], MARIB_PROV, "2021-10-28", "2021-10-29", status="claimed", sources=["Saudi-led coalition"],
      fatalities=95,
      why="'a Saudi-led coalition's declaration of killing 95 Houthis and destroying 11 military vehicles by its aerial "
          "bombardment in Marib during the last 24 hours': air strikes in the 24 hours before the report (28-29 October); the "
          "coalition's own declaration: claimed. Only the province: admin1"),
    E("armed_clash", [HOU], [YEM], MARIB_PROV, "2021-02-01", "2021-02-28", precision="month",
      why="'The Iran-backed Houthi militia launched in February a major offensive on Marib': background with its own date "
          "(February 2021), as in part_e; outlet's voice: reported"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2014-09-30", precision="month", optional=True,
      why="'since September 2014 when the Houthi militia forced the internationally recognised government ... out of the "
          "capital Sanaa': war-start background, optional as in a009/part_e"),
  ], control=[
    C(MARIB_PROV, YEM, "2021-10-29", contested_by=[HOU],
      why="Marib is 'the last northern stronghold of the Saudi-backed Yemeni government', under a Houthi offensive to 'seize "
          "control of the oil-rich province'"),
    C(SANAA, HOU, "2014-09-30", why="the Houthis 'forced the internationally recognised government ... out of the capital "
      "Sanaa' in September 2014"),
  ], why="date from 'October 29, 2021' under the headline; Xinhua on a Houthi missile strike on a tribal chief's house in Al "
         "Jubah, Marib"),

# r009: Al Yurae (English), URL /2025/05/15/ (a Thursday): 'on Wednesday' = 14 May 2025.
D("r009_sudan_el_obeid.txt", "2025-05-15", "Al Yurae", "Sudan", events=[
    E("shelling", [RSF], [CIV], EL_OBEID, "2025-05-14", sources=["Sudan Doctors Network"], fatalities=4,
      why="'Four Sudanese civilians were killed and eight others injured on Wednesday as a result of artillery shelling carried "
          "out by the Rapid Support Forces (RSF) on the northern neighborhoods of El Obeid city in North Kordofan state. "
          "According to the Sudan Doctors Network'. Wednesday before Thursday 15 May = 14 May. A doctors' network: reported. El "
          "Obeid is in cities500 (379003)"),
    E("siege", [RSF], [SAF], EL_FASHER, "2024-05-01", "2025-05-15", precision="month", sources=["Sudan Doctors Network"],
      why="'the lifting of the siege imposed on El Fasher, the capital of North Darfur state, since last May': an ongoing siege "
          "from May 2024 to publication (month precision). The besieger is the RSF in context (the Network's demands on the "
          "RSF); the besieged side is not named, the army in El Fasher is implied"),
    E("shelling", [RSF], [CIV], EL_FASHER, "2024-05-01", "2025-05-15", precision="month", sources=["Sudan Doctors Network"],
      optional=True,
      why="'The city has been subjected to intense artillery bombardment, resulting in large numbers of civilian deaths': "
          "ongoing bombardment during the siege, no toll; optional"),
    E("violence_against_civilians", [RSF], [CIV], ABYEI, "2025-05-08", "2025-05-15", precision="week",
      sources=["Dinka Abyei Coordination Committee"],
      why="'the Abyei area in the south of the country has faced repeated RSF assaults targeting civilians in recent days. The "
          "committee confirmed the killing of several residents': 'in recent days' = the week up to publication; 'several' "
          "gives no number. A civil committee: reported. Abyei is not in cities500: names only"),
  ], control=[
    C(EL_FASHER, SAF, "2025-05-15", besieged_by=[RSF],
      why="'the siege imposed on El Fasher ... since last May' (besieged by the RSF; held by the army, implied)"),
  ], why="no date line; date from the URL (/2025/05/15/). Sudan Doctors Network statement on RSF shelling of El Obeid. 'Darfur "
         "Governor: RSF Suffered Losses in West Kordofan' is the headline of another story (a link), not an event; the "
         "accusations against UNISFA and the calls for action are not events. The excerpt is cut off"),

# r010: Al Arabiya English, URL /2014/12/22/ (a Monday): 'on Monday' = 22 December 2014.
D("r010_libya_benghazi.txt", "2014-12-22", "Al Arabiya English", "Libya", events=[
    E("armed_clash", [LNA], [ISLAMISTS], BENGHAZI, "2014-12-22", sources=["security sources", "medics",
      "Benghazi Medical Centre", "Al-Jala hospital"], fatalities=16,
      why="'Clashes on Monday between pro-government forces and Islamist militiamen in Libya’s eastern city of Benghazi killed 16 "
          "people and wounded dozens, security sources and medics said'; 'The fighting raged in southern and central "
          "Benghazi'. Medics among the sources: reported. Haftar's forces and the allied pro-government forces: `Libyan National "
          "Army`; the Islamists are not named: `Islamist militias`. Hospital counts (7 + 4) are partial; the lead's 16 is taken"),
    E("armed_clash", [], [LNA], DAHR_AHMAR, "2014-12-22", status="claimed", sources=["military spokesman"], fatalities=5,
      why="'in the Islamist stronghold of Derna, five soldiers were killed on Monday when gunmen attacked a checkpoint in the "
          "city’s western suburb of Dahr el-Ahmar, a military spokesman said'. Unnamed 'gunmen': actor1 []. Soldiers are "
          "combatants: armed_clash. A military spokesman: claimed. The suburb is not in cities500: names only, Derna last"),
    E("armed_clash", [LNA], [ISLAMISTS], BENGHAZI, "2014-10-01", "2014-12-22", precision="month", optional=True,
      why="'Troops led by former general Khalifa Haftar have been fighting to oust Islamist groups in the eastern coastal city "
          "since October': ongoing campaign, background; optional"),
    E("territory_captured", [ISLAMISTS], [], TRIPOLI, "2014-01-01", "2014-12-22", precision="year", optional=True,
      why="'Islamists who have taken control of much of Libya’s second city, and the capital Tripoli': an undated seizure; "
          "optional"),
  ], control=[
    C(BENGHAZI, ISLAMISTS, "2014-12-22", contested_by=[LNA],
      why="Islamists 'have taken control of much of Libya’s second city' while Haftar's forces fight to oust them: partly held, "
          "contested"),
    C(TRIPOLI, ISLAMISTS, "2014-12-22", why="Islamists 'have taken control of ... the capital Tripoli'"),
    C(DERNA, ISLAMISTS, "2014-12-22", why="'the Islamist stronghold of Derna'"),
  ], why="date from the URL (/2014/12/22/); the page shows only 'Published: Updated:'. Benghazi clashes and a Derna checkpoint "
         "attack on 22 December 2014. The Islamists' military parade in Derna is not an event (GUIDE: celebrations); "
         "Qaddafi's fall 'three years' ago is vague background"),

# r011: ANI (Xinhua), ' date 2022-07-22', dateline 'Juba [Sudan], July 22' (a Friday).
D("r011_southsudan_mayom.txt", "2022-07-22", "ANI (Xinhua)", "South Sudan", events=[
    E("armed_clash", [SSPM], [SSG], MAYOM, "2022-07-22", sources=["Lul Ruai Koang"], fatalities=12,
      why="'At least 12 soldiers were killed and 13 others wounded in South Sudan's northern oil-rich Unity State following a "
          "rebel attack in Mayom County Friday'; the SSPDF spokesman: 'the deadly incident happened at 2 a.m. when rebel forces "
          "loyal to Stephen Buay, ... head of the South Sudan People's Movement/Army attacked Mayom County headquarters, killing "
          "the County Commissioner'. The lead sentence is in the outlet's voice: reported (the details are the army "
          "spokesman's). 'The rebels had earlier claimed responsibility'. Mayom is not in cities500: names only"),
    E("violence_against_civilians", [SSPM], [CIV], MAYOM, "2022-07-22", status="claimed", sources=["Lul Ruai Koang"],
      optional=True,
      why="'killing the County Commissioner James Chuol Gatluak, some of his family members and bodyguards': the killing of an "
          "official and his family inside the same attack; may be kept within the clash, so optional; no separate number"),
    E("armed_clash", [SSG], [SSPM], MAYOM, "2022-07-21", status="claimed", sources=["South Sudan People's Movement/Army"],
      fatalities=1, optional=True,
      why="'The rebels had earlier claimed responsibility for the attack, accusing the SSPDF of first attacking their forces "
          "Thursday, which left one of their soldiers dead': the rebels' version (Thursday 21 July); place not given (Mayom in "
          "context), a party's claim: optional"),
    E("armed_clash", [SSG], ["SPLM-IO"], SOUTH_SUDAN, "2013-12-01", "2013-12-31", precision="month", optional=True,
      why="'South Sudan descended into violence in December 2013 ... soldiers loyal to the respective leaders to fight': war-start "
          "background, country-wide; optional"),
  ], why="date from the top ' date 2022-07-22' line and the dateline 'July 22'. Rebel attack on Mayom County headquarters. The "
         "SSPDF investigation, mobilisation and 'manhunt' are deployment and vows, not events; the war's toll is cumulative"),

# r012: Namibia Daily News (Xinhua), ' date 2021-10-14', 'October 14, 2021' (a Thursday): 'Monday and Tuesday' = 11-12 Oct.
D("r012_ethiopia_haro.txt", "2021-10-14", "Namibia Daily News (Xinhua)", "Ethiopia", events=[
    E("violence_against_civilians", [OLA], [CIV], HARO, "2021-10-11", "2021-10-12", status="claimed",
      sources=["Fana Broadcasting Corporate", "Hailu Adugna"], fatalities=15,
      why="'Suspected Oromo Liberation Army (OLA) rebels have killed 15 civilians in attacks in the western part of Ethiopia’s "
          "Oromia regional state, state media outlet Fana Broadcasting Corporate (FBC) reported'; 'attacks it carried out on "
          "Monday and Tuesday in Haro city, Kirimu woreda of East Wollega zone'. Monday-Tuesday before Thursday 14 October = "
          "11-12 October. State media quoting the regional administration's spokesman: claimed. Haro is not in cities500: names "
          "only"),
    E("displacement", [OLA], [CIV], HARO, "2021-10-11", "2021-10-12", status="claimed", sources=["Fana Broadcasting Corporate"],
      why="'The OLA’s attack in Haro city left 15 people dead and displaced around 967 households': displacement at the origin; "
          "967 households is not a number of people, so displaced null"),
  ], why="date from the top ' date 2021-10-14' line and 'October 14, 2021'. Xinhua on OLA attacks in Haro. The deployment of "
         "'additional security forces' and the rehabilitation effort are not events; the OLF's terror listing and delisting "
         "are not conflict events"),

# r013: Your Middle East (AFP), 'Last updated: 21 March, 2012' (a Wednesday); URL /2012/03/21/ agrees.
D("r013_syria_khaldiyeh.txt", "2012-03-21", "Your Middle East (AFP)", "Syria", events=[
    E("shelling", [GOV], [CIV], KHALDIYEH, "2012-03-21", sources=[SOHR, "Hadi Abdullah", "witness"], fatalities=5,
      why="'Syrian army troops rained shells on the Homs district of Khaldiyeh on Wednesday'; SOHR: 'at least five civilians "
          "were killed and dozens wounded in Wednesday’s shelling'; 'bombed, with shells and rockets, for a second day'. "
          "Wednesday = 21 March (publication day). Activists and SOHR: reported. Khaldiyeh not in cities500: names only, Homs "
          "last"),
    E("shelling", [GOV], [CIV], KHALDIYEH, "2012-03-20", sources=[SOHR], fatalities=14,
      why="'a day after 14 civilians were killed in the same district' (Tuesday 20 March); 'two days of bombardment rose to at "
          "least 19 dead' (14 + 5)"),
    E("territory_captured", [GOV], [FSA], BABA_AMR, "2012-03-01", sources=["Hadi Abdullah"],
      why="'the month-long battering that killed hundreds in the Baba Amr district of Homs before the army moved in on March 1 "
          "after a pullout by the Free Syrian Army (FSA)'; 'their capture of Baba Amr'. Dated background (1 March 2012): "
          "required. Activist: reported"),
    E("evacuation", [FSA], [], BABA_AMR, "2012-03-01", optional=True,
      why="'after a pullout by the Free Syrian Army': a retreat, optional evacuation (GUIDE)"),
    E("shelling", [GOV], [FSA, CIV], BABA_AMR, "2012-02-01", "2012-03-01", precision="month", optional=True,
      why="'the month-long battering that killed hundreds in the Baba Amr district' (February 2012); means implied by the "
          "shelling context only, 'hundreds' is vague; optional"),
    E("displacement", [], [CIV], BABA_AMR, "2012-02-01", "2012-03-21", precision="month", optional=True,
      why="'thousands of residents who fled Baba Amr and other neighbourhoods of the city ... had taken refuge in Khaldiyeh': "
          "displacement at the origin, undated (February-March 2012), 'thousands' gives no number; optional"),
    E("displacement", [], [CIV], KHALDIYEH, "2012-02-01", "2012-03-21", precision="month", optional=True,
      why="the place reached (Khaldiyeh, 'Four or five families are crammed into each house'); optional per the GUIDE"),
    E("violence_against_civilians", [], [CIV], RIFAI, "2012-03-01", "2012-03-21", precision="month", sources=["Hadi Abdullah"],
      fatalities=39, optional=True,
      why="'activists uncovered 39 bodies in the Rifai sector of town'; 'They had probably been killed at the same time as the "
          "48 women and children' (around 12 March): killings with a vague date and no named killer; optional"),
    E("violence_against_civilians", [GOV], [CIV], HOMS, "2012-03-11", "2012-03-12", status="claimed",
      sources=["Free Syrian Army", "Syrian opposition"], fatalities=48,
      why="'the 48 women and children whose mutilated bodies the FSA found in Homs on March 12. At the time, the opposition "
          "charged it was a massacre carried out by government forces after their capture of Baba Amr': a dated massacre (found "
          "12 March; killed by then). The perpetrator comes from the opposition, a party: claimed"),
    E("violence_against_civilians", [REB], [CIV], HOMS, "2012-03-11", "2012-03-12", status="claimed",
      sources=["Syrian government"], fatalities=48, optional=True,
      why="the other version: 'Damascus said it was the work of \"armed terrorist gangs\"' (its term for the rebels); optional "
          "second reading of a contradicted claim"),
  ], control=[
    C(BABA_AMR, GOV, "2012-03-01", why="'the army moved in on March 1 after a pullout by the Free Syrian Army'; 'their capture "
      "of Baba Amr'"),
  ], why="date from 'Last updated: 21 March, 2012' under the byline and the URL (/2012/03/21/). AFP on two days of shelling of "
         "Homs's Khaldiyeh district. 'the last front left' in Homs is a description, not a control assertion with a named "
         "holder. The excerpt is cut off"),

# r014: PhilNews, no date line; URL /2016/08/15/.
D("r014_neg_california_wildfire.txt", "2016-08-15", "PhilNews", "none", negative=True,
  why="negative: a Northern California wildfire (Lower Lake, Clearlake); 'people flee houses', 'forced to evacuate', 'struggled "
      "to get a handle on', 'explosive fires', 'transfer 16 patients' are disaster words, no armed actor or violence. Date from "
      "the URL (/2016/08/15/)"),

# r015: swissinfo.ch (Reuters/AP photo), ' date 2024-08-11' (a Sunday).
D("r015_neg_sudan_talks.txt", "2024-08-11", "swissinfo.ch", "none", negative=True,
  why="negative: Sudan's consultations with the United States on the Geneva peace talks ended without agreement; "
      "conflict-adjacent diplomacy, the '15-month war between the army and the Rapid Support Forces' is mentioned only in "
      "general terms; no event (no agreement reached, talks are future). Date from the top ' date 2024-08-11' line"),
]
