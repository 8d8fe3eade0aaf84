"""Gold annotation of the wild corpus, part p (files p001..p015, split fresh/): Syria (barrel bomb on Kafr Hamra, Aleppo, Nov
2014; barrel bombs on Aleppo and an army ambush in Qalamoun, Dec 2013), Iraq (suicide car bomb at an al-Qaim checkpoint, Aug 2018),
Ukraine (Russian missiles on Zaporizhzhia, Nov 2022), Russia (Ukrainian drone on Novaya Naumovka, Belgorod region, May 2024), the
West Bank (Israeli raid on the Jenin camp, June 2023), Gaza (Shujai'iya bombardment and ground offensive, July 2014), Lebanon
(Israeli strike on Bint Jbeil and Hezbollah rockets on Kiryat Shmona, Dec 2023), Yemen (coalition air strikes on Saada and the
Sanaa fighting, Dec 2017), Sudan (army air strike on a Khartoum market, Oct 2024; RSF massacres around Bara, North Kordofan, July
2025), Ethiopia (air strike on Mekelle, Oct 2021), Libya (rockets on Abu Salim, Tripoli, April 2019) and two negatives (the 2012
'cyber attacks' on US bank websites by the 'Izz al-Din al-Qassam Cyber Fighters', a UN aid appeal for Ukraine). Collected
2026-12-08 from stored news pages (the `pages` search corpus, excerpts kept exactly as returned, decoded from the tool's JSON by
write.py), after tuning began; annotated without running Frontline on the texts and without seeing its output.

Conventions as in part_k.py / part_m.py and GUIDE.md. Coordinates only for places in GeoNames cities500
(target/gazetteer-src/cities500.txt), copied from it; everything else (villages, suburbs, neighbourhoods, markets, factories,
mountains, regions) has names only, with the nearby city's name as the last alternative. A refugee camp in a town gets the
town's coordinates, precision site (GUIDE). admin1 is the GeoNames admin1 name (admin1.json). Actor names: canonical names from
the alias table (`Syrian government`, `Islamic State`, `YPG`, `Iraqi government`, `Iraqi militias`, `Russia`, `Ukraine`,
`Israel`, `Hamas`, `Hezbollah`, `Houthis`, `Saudi-led coalition`, `Sudanese Armed Forces`, `Rapid Support Forces`, `Ethiopian
government`, `Tigray People's Liberation Front`, `Libyan National Army`, `Government of National Accord`); `Saleh loyalists` for
the forces of Yemen's ex-president Ali Abdullah Saleh (not in the table, and not named by the text). Unnamed attackers or
gunmen are []. A party's claim that the text says could not be confirmed is `unverified` (as a029); a party's official
(governor, security official, party-run health office) is `claimed`; monitors, medics, rescuers, rights groups, the UN and the
ICRC are `reported`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
ALEPPO = P(["Aleppo", "Halab", "Aleppo city", "northern city Aleppo"], 36.20124, 37.16117, "Aleppo", "city", "SY")
KAFR_HAMRA = P(["Kafr Hamra", "Kafr Hamrah", "Kfar Hamra", "Kafr Hamra suburb", "Aleppo"], None, None, "Aleppo", "town", "SY")
AL_BAB = P(["al-Bab", "Al Bab", "Al Bāb"], 36.37051, 37.5157, "Aleppo", "town", "SY")
KOBANE = P(["Kobane", "Kobani", "Ayn al-Arab", "‘Ayn al ‘Arab", "Ain al-Arab"], 36.89095, 38.35347, "Aleppo", "town", "SY")
ALEPPO_SE = P(["southeast of the city", "southeast of Aleppo", "territory southeast of Aleppo", "Aleppo"], None, None, "Aleppo",
              "region", "SY")
DAMASCUS_SUBURBS = P(["suburbs around the capital Damascus", "suburbs of Damascus", "Damascus suburbs", "Damascus countryside",
                      "Damascus"], None, None, "Rif-dimashq", "region", "SY")
QALAMOUN = P(["Qalamoun mountains", "Qalamoun", "Qalamoun region", "Qalamoun mountains north of the capital"], None, None,
             "Rif-dimashq", "region", "SY")
# Iraq (IQ)
AL_QAIM = P(["al-Qaim", "Al Qa'im", "Al Qā’im", "Qaim", "southern entrance to the town of al-Qaim"], 34.39251, 40.98945, "Anbar",
            "town", "IQ")
MOSUL = P(["Mosul"], 36.335, 43.11889, "Nineveh", "city", "IQ")
# Ukraine (UA), Russia (RU)
ZAPORIZHZHIA = P(["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye", "Zaporizhia"], 47.85167, 35.11714, "Zaporizhzhia", "city", "UA")
NOVAYA_NAUMOVKA = P(["Novaya Naumovka", "village of Novaya Naumovka", "Belgorod region"], None, None, "Belgorod Oblast", "town",
                    "RU")
# West Bank, Gaza (PS)
WEST_BANK = P(["occupied West Bank", "West Bank"], None, None, "West Bank", "admin1", "PS")
JENIN_CAMP = P(["Jenin refugee camp", "Jenin camp", "Jenin", "Janīn"], 32.45943, 35.30086, "West Bank", "site", "PS")
SHUJAIYA = P(["Shujai'iya", "Shujai'iya neighbourhood", "Shujaiya", "Shejaiya", "Shuja'iyya", "Gaza City"], None, None,
             "Gaza Strip", "site", "PS")
GAZA_CITY = P(["Gaza City", "Gaza", "eastern areas of Gaza City", "eastern Gaza City"], 31.50161, 34.46672, "Gaza Strip", "city",
              "PS")
GAZA_BORDER = P(["border areas", "Gaza border areas", "border with Gaza", "Gaza Strip"], None, None, "Gaza Strip", "region", "PS")
GAZA_STRIP = P(["Gaza", "Gaza Strip", "inside Gaza"], None, None, "Gaza Strip", "admin1", "PS")
# Lebanon (LB), Israel (IL)
BINT_JBEIL = P(["Bint Jbeil", "Bint Jubayl", "Bent Jbaïl", "town of Bint Jbeil"], 33.11944, 35.43333, "Nabatieh", "town", "LB")
MARWAHIN = P(["Marwahin", "Marwaheen", "village of Marwahin"], None, None, "South Governorate", "town", "LB")
KIRYAT_SHMONA = P(["Kiryat Shmona", "Qiryat Shmona", "Qiryat Shemona"], 33.20733, 35.57212, "Northern District", "city", "IL")
# Yemen (YE)
SAADA = P(["Saada", "Sa'dah", "Sadah", "Sa‘dah", "northern city of Saada"], 16.94021, 43.76393, "Şa‘dah", "city", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana’a", "Yemeni capital"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
# Sudan (SD)
KHARTOUM = P(["Khartoum", "Sudanese capital"], 15.55177, 32.53241, "Khartoum", "city", "SD")
KHARTOUM_MARKET = P(["main market in southern Khartoum", "marketplace in Khartoum", "Khartoum central market", "southern Khartoum",
                     "Khartoum"], None, None, "Khartoum", "site", "SD")
OMDURMAN = P(["Omdurman"], 15.64453, 32.47773, "Khartoum", "city", "SD")
BARA = P(["Bara", "Bārah"], 13.7, 30.36667, "North Kordofan", "town", "SD")
SHAG_ALNOM = P(["Shag Alnom", "Shag Alnom village", "Shaq al-Noum", "Shag al-Nom", "Bara"], None, None, "North Kordofan", "town",
               "SD")
HILAT_HAMID = P(["Hilat Hamid", "Hillat Hamid", "Bara"], None, None, "North Kordofan", "town", "SD")
BARA_VILLAGES = P(["villages around Bara", "several villages around Bara", "other villages", "Bara"], None, None, "North Kordofan",
                  "region", "SD")
NORTH_KORDOFAN = P(["North Kordofan", "North Kordofan State"], None, None, "North Kordofan", "admin1", "SD")
# Ethiopia (ET)
MEKELLE = P(["Mekelle", "Mek'ele", "Mekele", "Kebele 5", "capital of the northern region of Tigray"], 13.49667, 39.47528, "Tigray",
            "city", "ET")
MESFIN_FACTORY = P(["Mesfin Industrial Engineering PLC", "Mesfin Industrial Engineering", "factory complex", "Mekelle"], None,
                   None, "Tigray", "site", "ET")
# Libya (LY)
TRIPOLI = P(["Tripoli", "Libya's capital", "Tarabulus"], 32.88743, 13.18733, "Tripoli", "city", "LY")
ABU_SALIM = P(["Abu Salim", "Abu Sleem", "Abu Salim district", "southern residential district of Abu Salim", "Tripoli"], None, None,
              "Tripoli", "site", "LY")
TRIPOLI_SOUTH = P(["southern suburbs of Tripoli", "southern districts of Tripoli", "southern suburbs", "Tripoli"], None, None,
                  "Tripoli", "region", "LY")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
GOV, REB, IS, YPG = "Syrian government", "Syrian rebels", "Islamic State", "YPG"
IRQ, PMF = "Iraqi government", "Iraqi militias"
RUS, UKR = "Russia", "Ukraine"
ISR, HAMAS, HEZ = "Israel", "Hamas", "Hezbollah"
HOU, SLC, SALEH = "Houthis", "Saudi-led coalition", "Saleh loyalists"
SAF, RSF = "Sudanese Armed Forces", "Rapid Support Forces"
ETH, TPLF = "Ethiopian government", "Tigray People's Liberation Front"
LNA, GNA = "Libyan National Army", "Government of National Accord"
SOHR = "Syrian Observatory for Human Rights"

DOCS = [
# p001: Al Jazeera, no date line; URL /2014/11/18/ (a Tuesday).
D("p001_syria_kafr_hamra.txt", "2014-11-18", "Al Jazeera", "Syria", events=[
    E("air_strike", [GOV], [CIV], KAFR_HAMRA, "2014-11-18", status="unverified", sources=["activists", SOHR], fatalities=14,
      why="'a Syrian military air strike has killed at least 14 people ... after striking a neighbourhood with crude bombs'; 'The "
          "military aircraft dropped at least one \"barrel bomb\" ... to strike Kafr Hamra, a suburb in northwest Aleppo city on "
          "Tuesday, activists said' (Tuesday on or before Tuesday 18 Nov = 18 Nov). Aircraft/helicopter barrel bomb: air_strike. "
          "Activists and SOHR would be reported, but the text says 'Al Jazeera cannot independently verify the activist "
          "accounts' and cites social-media videos: unverified. Kafr Hamra is not in cities500: names only, Aleppo last"),
    E("air_strike", [], [], AL_BAB, "2014-11-17", "2014-11-18", status="unverified", sources=["activist sources"], fatalities=13,
      optional=True,
      why="'13 people were killed on Monday night in al-Bab, a town also in Aleppo province but controlled by ... ISIL, according "
          "to activist sources'; the standfirst calls it a 'deadly raid in same province'. Monday night before Tuesday 18 Nov = "
          "17 Nov (into the 18th). Neither the means nor the attacker is stated ('raid' reads as an air raid): optional air_strike, "
          "actors left empty; unverified for the same caveat"),
    E("shelling", [], [], AL_BAB, "2014-11-17", "2014-11-18", status="unverified", sources=["activist sources"], fatalities=13,
      optional=True,
      why="second reading of the al-Bab killings (means not stated): optional"),
    E("armed_clash", [YPG], [IS], KOBANE, "2014-11-12", "2014-11-18", precision="week", sources=[SOHR], optional=True,
      why="heading 'Kobane advance' and the cut-off 'the Syrian Observatory said Syrian Kurds fighting ISIL': fighting at Kobane "
          "with no date and no completed sentence; optional (week up to publication)"),
    E("advance", [YPG], [IS], KOBANE, "2014-11-12", "2014-11-18", precision="week", sources=[SOHR], optional=True,
      why="the heading 'Kobane advance' only; the sentence is cut off before saying what was advanced on: optional"),
  ], control=[
    C(AL_BAB, IS, "2014-11-18", why="'al-Bab, a town also in Aleppo province but controlled by the Islamic State of Iraq and the "
      "Levant (ISIL)'"),
  ], why="date from the URL (2014/11/18); no date line in the text. Government barrel-bomb strike on Kafr Hamra. 'barrel bombs ... "
         "believed to have killed thousands of civilians' is a cumulative statement; 'rebel-held areas' is general, so no control "
         "assertion on Kafr Hamra. The excerpt is cut off in the Kobane paragraph"),

# p002: ABC News (Australia), no date line; URL /news/2013-12-29/ (a Sunday).
D("p002_syria_aleppo.txt", "2013-12-29", "ABC News (Australia)", "Syria", events=[
    E("air_strike", [GOV], [CIV], ALEPPO, "2013-12-23", "2013-12-29", precision="week", sources=["Syrian activists", SOHR],
      fatalities=25,
      why="'at least 25 civilians have been killed in a series of government air strikes'; 'helicopters dropped TNT-packed barrels "
          "on a vegetable market and next to a hospital in the northern city Aleppo' (SOHR). Helicopters: air_strike. Activists "
          "and SOHR: reported (only the video is said to be unverifiable). No day in the text: the week up to publication. Two "
          "sites in one city and one toll: one event"),
    E("armed_clash", [GOV], [], QALAMOUN, "2013-12-27", fatalities=60, sources=[SOHR],
      why="'an army ambush in the Qalamoun mountains north of the capital killed at least 60 people on Friday' (Friday before "
          "Sunday 29 Dec = 27 Dec). An ambush by the army: armed_clash; who the dead were is cut off ('The Observatory said the "
          "dead we...'), so actor2 is left empty. Outlet's voice, SOHR after it: reported. A mountain range: names only"),
    E("territory_captured", [GOV], [REB], ALEPPO_SE, "2013-12-01", "2013-12-29", precision="month", optional=True,
      why="'Assad's forces have also been regaining territory southeast of the city in recent weeks': dated only by 'in recent "
          "weeks', no place named; optional"),
    E("territory_captured", [GOV], [REB], DAMASCUS_SUBURBS, "2013-12-01", "2013-12-29", precision="month", optional=True,
      why="'and have made gains in suburbs around the capital Damascus as well': vague place and date; optional"),
  ], control=[
    C(ALEPPO, REB, "2013-12-29", contested_by=[GOV],
      why="'Syrian authorities say they are battling rebels controlling large portions of Aleppo' (and the strikes hit rebel "
          "areas): the rebels hold large portions, the government the rest, so contested"),
  ], why="date from the URL (2013-12-29); no date line. Barrel-bomb strikes on Aleppo and an army ambush in Qalamoun. The planned "
         "Geneva negotiations 'next month' are a plan, not an event"),

# p003: Darien News-Times (AP), ' date 2018-08-29' (a Wednesday).
D("p003_iraq_qaim.txt", "2018-08-29", "Darien News-Times (AP)", "Iraq", events=[
    E("suicide_bomb", [IS], [IRQ, PMF, CIV], AL_QAIM, "2018-08-28", "2018-08-29", status="claimed",
      sources=["Maj. Gen. Qasem al-Dulaimi", "security official"], fatalities=7,
      why="headline 'Suicide bomber kills 7 at checkpoint in Anbar'; 'the attacker drove a booby-trapped vehicle into a joint "
          "security checkpoint managed by the Iraqi army and the Popular Mobilization Forces at the southern entrance to the town "
          "of al-Qaim'; 'four security forces personnel and three civilians were killed' (7). 'Al-Dulaimi blamed the Islamic "
          "State group' (IS had not yet claimed it): actor1 IS. An Iraqi security official: claimed. The official spoke on "
          "Wednesday; the blast itself is not dated, so 28-29 August"),
    E("remote_explosive", [IS], [IRQ, PMF, CIV], AL_QAIM, "2018-08-28", "2018-08-29", status="claimed",
      sources=["Maj. Gen. Qasem al-Dulaimi"], fatalities=7, optional=True,
      why="the lead's 'killed in a car bomb blast' read without the suicide driver: second reading, optional"),
    E("territory_captured", [IRQ], [IS], MOSUL, "2017-01-01", "2017-12-31", precision="year", optional=True,
      why="'Iraqi officials declared victory over the jihadists late last year after recapturing Mosul': the recapture is dated "
          "only as before 'late last year' (2017); background with a vague date, optional"),
  ], control=[
    C(MOSUL, IRQ, "2018-08-29", why="'after recapturing Mosul, Iraq's second largest city' (Iraqi government holds it)"),
  ], why="date from the top ' date 2018-08-29' line; AP story on the suicide car bomb at al-Qaim. 'Al-Qaim is a former Islamic "
         "State group stronghold' is past, so no control for IS; the kidnappings and attacks 'this summer' are an aggregate; "
         "the displaced 'millions' is a war-wide figure"),

# p004: Kyiv Independent, ' date 2022-11-06' and 'November 6, 2022 10:30 am' (a Sunday).
D("p004_ukraine_zaporizhzhia.txt", "2022-11-06", "The Kyiv Independent", "Ukraine", events=[
    E("shelling", [RUS], [CIV], ZAPORIZHZHIA, "2022-11-06", status="claimed",
      sources=["Oleksandr Starukh", "Anatolii Kurtiev"], fatalities=1,
      why="'Overnight Russian missile attacks on Zaporizhzhia destroyed a two-story commercial building, killing one civilian, "
          "according to Zaporizhzhia Oblast Governor Oleksandr Starukh'; the acting mayor 'reported at 1:30 a.m. on Nov. 6 that "
          "Russian forces struck a residential area'; caption 'Russia hit the city overnight on Nov. 6'. Missiles: shelling. "
          "Governor and mayor are Ukrainian officials: claimed. The second missile next to a residential area is the same "
          "night's attack on the same city: one event"),
  ], why="date from the top ' date 2022-11-06' line and the byline date; the strike is dated 'overnight on Nov. 6'"),

# p005: Devdiscourse (Reuters), ' date 2024-05-18' (a Saturday); the governor spoke 'on Friday' (17 May).
D("p005_russia_novaya_naumovka.txt", "2024-05-18", "Devdiscourse (Reuters)", "Ukraine", events=[
    E("air_strike", [UKR], [CIV], NOVAYA_NAUMOVKA, "2024-05-16", "2024-05-17", status="unverified",
      sources=["Vyacheslav Gladkov"], fatalities=1,
      why="'A Ukrainian drone attack killed one person and injured another in southern Russia's Belgorod region, Regional "
          "Governor Vyacheslav Gladkov said on Friday'; 'the drone hit the village of Novaya Naumovka, just inside the Russian "
          "border, where the two residents were tending a garden'. Drone: air_strike; residents: civilians. A Russian governor "
          "(a party), and 'Reuters could not independently confirm the report': unverified (as a029). Said on Friday 17 May; the "
          "strike is not dated otherwise, so 16-17 May. Novaya Naumovka is not in cities500: names only"),
  ], why="date from the top ' date 2024-05-18' line. 'Ukraine has launched frequent drone and shelling attacks on Belgorod' is a "
         "general statement, not an event"),

# p006: Tehran Times, ' date 2023-06-19' (a Monday): 'early Monday morning' = 19 June.
D("p006_westbank_jenin.txt", "2023-06-19", "Tehran Times", "Israel/Palestine (West Bank)", events=[
    E("armed_clash", [ISR], [], JENIN_CAMP, "2023-06-19", sources=["Wafa", "Palestinian Ministry of Health"], fatalities=5,
      why="'Israeli forces have raided the Jenin refugee camp, killing five Palestinians and wounding at least 91'; 'The raid "
          "began early Monday morning, with Israeli soldiers storming the camp, firing live ammunition'; the army says soldiers "
          "'came under fire which resulted in a \"massive exchange of fire\"'. A raid with an exchange of fire: armed_clash. The "
          "lead is in the outlet's voice: reported. The gunmen are unnamed: actor2 []. A camp in Jenin: Jenin's coordinates, "
          "precision site"),
    E("violence_against_civilians", [ISR], [CIV], JENIN_CAMP, "2023-06-19", sources=["Wafa", "Palestinian Ministry of Health"],
      fatalities=5, optional=True,
      why="second reading of the five deaths (one a minor of 15; the victims are not said to be fighters): optional"),
    E("air_strike", [ISR], [], JENIN_CAMP, "2023-06-19", status="claimed", sources=["Israeli military"],
      why="'The Israeli military has said it used helicopters to shoot at alleged gunmen in Jenin': fire from helicopters, "
          "air_strike; the army's own statement: claimed"),
    E("violence_against_civilians", [ISR], [CIV], JENIN_CAMP, "2023-06-19", sources=["Palestine Red Crescent Society",
      "Nibal Farsakh", "Palestinian officials"], fatalities=0,
      why="'four ambulances have been directly targeted by Israeli forces in Jenin'; 'directly targeted with live ammunition'; one "
          "'hit by a military vehicle before it was shot'; and 'a journalist, Hazem Nasser, has been wounded by Israeli gunfire "
          "during the raid'. Attacks on medics and a journalist: one violence_against_civilians event (same place, type and "
          "day); the Red Crescent is a medical body: reported. Only a wounding: fatalities 0"),
  ], control=[
    C(WEST_BANK, ISR, "2023-06-19", why="'the raid in Jenin in the occupied West Bank' (held by Israel, as i009)"),
  ], why="date from the top ' date 2023-06-19' line; Israeli raid on the Jenin camp. The stated aim 'to arrest two suspects' is a "
         "goal, not an arrest the text reports; the medics' delayed access is not an event"),

# p007: The Guardian, no date line; URL /2014/jul/20/ (a Sunday).
D("p007_gaza_shujaiya.txt", "2014-07-20", "The Guardian", "Israel/Gaza", events=[
    E("shelling", [ISR], [CIV, HAMAS], SHUJAIYA, "2014-07-19", "2014-07-20",
      why="'Late on Saturday evening, Israeli forces hit eastern areas of Gaza City with the heaviest bombardment yet ... most "
          "intense in the direction of the Shujai'iya neighbourhood'; 'As the assault continued into Sunday morning'; 'the "
          "bombardment of the Shujai'iya neighbourhood as a massacre'; 'Heavy shelling continued from the air and sea' and "
          "'intensifying tank fire'. Shelling (tank and naval fire) is stated: required. Saturday 19 to Sunday 20 July. Outlet's "
          "voice: reported. No toll given. Shujai'iya is not in cities500: names only, 'Gaza City' last"),
    E("air_strike", [ISR], [CIV, HAMAS], SHUJAIYA, "2014-07-19", "2014-07-20", optional=True,
      why="'Heavy shelling continued from the air and sea': the bombardment also came from the air, but the text never says "
          "air strikes hit Shujai'iya as such; optional second reading of the bombardment"),
    E("displacement", [], [CIV], SHUJAIYA, "2014-07-19", "2014-07-20",
      why="'sending tanks and troops into urban areas and causing thousands of civilians to flee'; 'People ran from their homes'; "
          "the flight is from the bombarded Shujai'iya area (the text ties the flight and the bombardment together). "
          "'thousands': displaced null. Displacement at the origin"),
    E("armed_clash", [ISR], [HAMAS], GAZA_CITY, "2014-07-19", "2014-07-20", sources=["witnesses"],
      why="'The fiercest fighting of the 13-day war in Gaza has erupted as Israel dramatically widened its ground offensive, "
          "sending tanks and troops into urban areas'; 'Witnesses reported hearing small arms fire inside Gaza, indicating gun "
          "battles on the streets'; '26 wounded soldiers'. Ground fighting in the urban east of Gaza City (Shujai'iya): "
          "armed_clash, reported. The soldiers' deaths ('four of its soldiers had been killed i...') are cut off, so no figure"),
    E("advance", [ISR], [HAMAS], GAZA_CITY, "2014-07-19", "2014-07-20", optional=True,
      why="'sending tanks and troops into urban areas': a ground push that takes no named place; optional (the fighting is the "
          "required event)"),
    E("armed_clash", [HAMAS], [ISR], GAZA_BORDER, "2014-07-20", status="unverified", optional=True,
      why="'There were unconfirmed reports that Hamas militants had killed a number of Israeli soldiers in a cross-border attack "
          "on Sunday morning': unverified by the text's own words, no number, no place beyond the border; optional"),
    E("shelling", [ISR], [HAMAS], GAZA_BORDER, "2014-07-19", "2014-07-20", optional=True,
      why="'Israel sent more troops into Gaza overnight after demolishing more than a dozen Hamas tunnels and intensifying tank "
          "fire on border areas': tank fire on unnamed border areas (region-wide), optional. Tunnel demolition and sending "
          "troops are not events"),
    E("evacuation", [ISR], [], GAZA_STRIP, "2014-07-19", "2014-07-20", optional=True,
      why="'at least 26 wounded soldiers evacuated': a casualty evacuation, not placed beyond Gaza; optional"),
  ], why="date from the URL (2014/jul/20); no date line. 'Saturday evening' = 19 July, 'Sunday morning' = 20 July. Israel's "
         "ground offensive into eastern Gaza City (Shujai'iya). The repeated headline and standfirst and the photo caption "
         "add no events; no control assertion"),

# p008: Jordan Times (AFP), 'Dec 28,2023' in the byline (a Thursday); the AFP story speaks of Wednesday 27 Dec.
D("p008_lebanon_bint_jbeil.txt", "2023-12-28", "Jordan Times (AFP)", "Lebanon", events=[
    E("air_strike", [ISR], [HEZ, CIV], BINT_JBEIL, "2023-12-26", "2023-12-27", sources=["National News Agency", "Hezbollah"],
      fatalities=3,
      why="'An Israeli strike in south Lebanon killed a Hizbollah fighter, the group said Wednesday, as state media reported two "
          "of his relatives were also killed'; '\"Enemy warplanes raided, before midnight [22:00 GMT], a house... in the centre "
          "of the town of Bint Jbeil\"' (NNA): a man, his brother and his wife (3), one more wounded. Warplanes: air_strike. "
          "Lebanon's state agency is not a party: reported. 'Before midnight', reported Wednesday and buried on Wednesday: the "
          "night of Tuesday 26 Dec (26-27 Dec)"),
    E("shelling", [HEZ], [ISR], KIRYAT_SHMONA, "2023-12-27", sources=["Hezbollah"],
      why="'the Iran-backed movement launched rockets in retaliation' (the outlet's voice, so reported); 'Hizbollah later "
          "Wednesday said it launched a barrage of 30 Katyusha rockets towards Kiryat Shmona in northern Israel'. Rockets: "
          "shelling; Wednesday 27 Dec"),
    E("air_strike", [ISR], [], MARWAHIN, "2023-12-27", sources=["AFP photo"], optional=True,
      why="photo caption: 'smoke billowing in the southern Lebanese village of Marwahin following Israeli bombardment' on "
          "Wednesday. A caption, and 'bombardment' without means: optional air_strike"),
    E("shelling", [ISR], [], MARWAHIN, "2023-12-27", sources=["AFP photo"], optional=True,
      why="second reading of the Marwahin 'bombardment' (means not stated): optional"),
  ], why="date from the byline 'Dec 28,2023' (Jordan Times' publication of an AFP story written on Wednesday 27 Dec). 'more than "
         "150 people have been killed on the Lebanese side' is a cumulative toll; the lawmaker's warning is a threat"),

# p009: The New Arab, no date line; URL /2017/12/9/ (a Saturday): 'on Friday' = 8 Dec.
D("p009_yemen_saada.txt", "2017-12-09", "The New Arab", "Yemen", events=[
    E("air_strike", [SLC], [CIV], SAADA, "2017-12-08", status="claimed",
      sources=["Yemeni officials", "Abdel Elah al-Ezi", "Saba", "tribal officials"], fatalities=23,
      why="'Saudi-led coalition airstrikes killed more than 23 civilians in the country's north on Friday, Yemeni officials said'; "
          "'carried out in different areas of the northern city of Saada ..., head of the health directorate in the northern "
          "city Abdel Elah al-Ezi said'; 'Houthi-run Sabaa news agebncy [sic] and tribal officials reported the airstrikes'. The health "
          "directorate of Houthi-held Saada and the Houthi agency are a party's: claimed. 'more than 23' gives 23"),
    E("armed_clash", [HOU], [SALEH], SANAA, "2017-12-01", "2017-12-09", precision="week", sources=["ICRC"], fatalities=234,
      why="'At least 234 people were killed and 400 wounded in five days of heavy fighting in the Yemeni capital, according to the "
          "International Committee of the Red Cross' (ICRC: reported). The fighting followed the Houthis' break with Saleh ('a "
          "former ally'); the other side is not named, so `Saleh loyalists`. Five days before publication, ending by Tuesday's "
          "consolidation: the week(s) up to publication"),
    E("air_strike", [SLC], [HOU], SANAA, "2017-12-04", "2017-12-05",
      why="'who moved to consolidate their grip on Sanaa on Tuesday after a night of heavy airstrikes': the night before Tuesday 5 "
          "Dec. The striker is not named; in this story of the coalition's bombing campaign, the Saudi-led coalition"),
    E("violence_against_civilians", [HOU], [SALEH], SANAA, "2017-12-01", "2017-12-09", precision="week", optional=True,
      why="'It follows the killing of ex-president Ali Abdullah Saleh - a former ally - by the Houthos [sic]': undated in the text and "
          "not placed (Sanaa by context); a killing of a rival leader, type open (violence or part of the clash): optional"),
    E("territory_captured", [HOU], [SALEH], SANAA, "2017-12-05", optional=True,
      why="'moved to consolidate their grip on Sanaa on Tuesday': a consolidation of control, not clearly a capture; optional"),
  ], control=[
    C(SAADA, HOU, "2017-12-09", why="'the northern city of Saada, a stronghold of Iranian-backed Houthi rebels'"),
    C(SANAA, HOU, "2017-12-09", why="the Houthis 'moved to consolidate their grip on Sanaa on Tuesday'"),
  ], why="date from the URL (2017/12/9); no date line. The war-wide toll (10,000 dead since 2015), the famine and the cholera "
         "figures are cumulative, not events"),

# p010: The Standard (Kenya) (AFP), '| Oct 13, 2024' in the byline (a Sunday).
D("p010_sudan_khartoum.txt", "2024-10-13", "The Standard (AFP)", "Sudan", events=[
    E("air_strike", [SAF], [CIV], KHARTOUM_MARKET, "2024-10-12", sources=["Emergency Response Rooms"], fatalities=23,
      why="'the military carried out an air strike a day earlier on a marketplace in Khartoum, leaving 23 people dead'; '\"military "
          "air strikes on Saturday afternoon on the main market\" in southern Khartoum, the youth-led Emergency Response Rooms "
          "said' (Saturday before Sunday 13 Oct = 12 Oct). Volunteer rescuers: reported. The market is not in cities500: names "
          "only, 'Khartoum' last"),
    E("armed_clash", [SAF], [RSF], KHARTOUM, "2024-10-11", "2024-10-13",
      why="'Fierce fighting has raged since Friday around Khartoum' (Friday 11 Oct to publication); outlet's voice: reported"),
    E("air_strike", [SAF], [RSF], KHARTOUM, "2024-10-11", "2024-10-13", optional=True,
      why="'with the military pounding the centre and south of the city from the air': air bombardment across the city since "
          "Friday, an aggregate that includes the market strike; optional"),
    E("advance", [SAF], [RSF], KHARTOUM, "2024-10-07", "2024-10-13", precision="week",
      why="'The military is advancing towards Khartoum from nearby Omdurman': an advance on a place not taken; no start given, "
          "the week up to publication"),
    E("armed_clash", [SAF], [RSF], OMDURMAN, "2024-10-12", sources=["eyewitnesses"],
      why="'nearby Omdurman, where clashes erupted on Saturday, eyewitnesses said' (Saturday 12 Oct)"),
    E("territory_captured", [RSF], [SAF], KHARTOUM, "2023-04-01", "2024-10-13", precision="month", optional=True,
      why="'Since April 2023 ... the paramilitaries had largely pushed the army out of Khartoum': background over 18 months, no "
          "date of its own; optional"),
  ], control=[
    C(KHARTOUM, RSF, "2024-10-13", contested_by=[SAF],
      why="'Khartoum, much of which is controlled by the RSF'; the army fights in the city and holds camps there: partly held"),
  ], why="date from the byline 'Oct 13, 2024'; army air strike on a Khartoum market and fighting around the capital. The 'READ "
         "MORE' block of Kenyan headlines is site junk ('tough battle for honors' is athletics). The war tolls (20,000 to 150,000 "
         "dead) are cumulative"),

# p011: Energy News (oedigital), no date line; URL /2025/07/14/ (a Monday): 'on Saturday' = 12 July, 'the next day' = 13 July.
D("p011_sudan_shag_alnom.txt", "2025-07-14", "Energy News (oedigital)", "Sudan", events=[
    E("violence_against_civilians", [RSF], [CIV], SHAG_ALNOM, "2025-07-12", sources=["Emergency Lawyers"], fatalities=200,
      why="'the RSF attacked several villages around Bara on Saturday'; 'More than 200 people have been killed in Shag Alnom "
          "village by arson and gunshots'. A rights group: reported. 'More than 200' gives 200. Not in cities500: names only, "
          "'Bara' last"),
    E("violence_against_civilians", [RSF], [CIV], BARA_VILLAGES, "2025-07-12", sources=["Emergency Lawyers"], fatalities=38,
      why="'looting raids in other villages resulted in the deaths of 38 civilians. Dozens more were reported as missing' "
          "(Saturday 12 July; the villages around Bara are not named): region, names only"),
    E("violence_against_civilians", [RSF], [CIV], HILAT_HAMID, "2025-07-13", sources=["Emergency Lawyers"], fatalities=46,
      why="'The group claimed that the RSF had attacked Hilat Hamid the next day and killed 46 people including children, "
          "pregnant women' (the day after Saturday = Sunday 13 July). 'claimed' is the outlet's word for a rights group's "
          "statement, not a party's claim: reported"),
    E("displacement", [], [CIV], BARA_VILLAGES, "2025-07-12", "2025-07-14", sources=["United Nations"], displaced=3400,
      why="'According to the United Nations, more than 3,400 people have been forced to flee' after the attacks on the villages "
          "around Bara: displacement at the origin, 3,400"),
    E("violence_against_civilians", [RSF], [CIV], NORTH_KORDOFAN, "2025-07-12", "2025-07-13", sources=["Sudanese activists"],
      optional=True,
      why="the lead's 'the paramilitary Rapid Support Forces killed nearly 300 people during attacks that began in North "
          "Kordofan State on Saturday': the "
          "sum of the three village events at state level; optional aggregate ('nearly 300': no exact figure)"),
  ], control=[
    C(BARA, RSF, "2025-07-14", why="'Bara is under the control of the paramilitary'"),
  ], why="date from the URL (2025/07/14); 'reported on Monday' agrees. RSF massacres in villages around Bara, North Kordofan. 'The "
         "army has gained control over the east and center of the country while the RSF works to consolidate control in the "
         "western regions' is too vague for a control assertion (no place, no share); the accusations of genocide and the "
         "humanitarian crisis are not events. The excerpt is cut off"),

# p012: 247 News Update (Reuters), no date line; URL /2021/10/28/ (a Thursday): 'on Thursday' = 28 Oct.
D("p012_ethiopia_mekelle.txt", "2021-10-28", "247 News Update (Reuters)", "Ethiopia", events=[
    E("air_strike", [ETH], [CIV, TPLF], MEKELLE, "2021-10-28", sources=["Tigrayan forces", "doctor", "Ethiopian government"],
      fatalities=3,
      why="'An Ethiopian air strike hit the capital of the northern region of Tigray on Thursday' (outlet's voice: reported); "
          "'Tigrayan forces said three civilians were killed in their homes, while the government said the strike hit a factory "
          "where military equipment was stored'; a doctor saw six people pulled from the rubble in the residential Kebele 5 "
          "area. The toll is the TPLF's (3); the government's version (a TPLF factory) is folded into actor2"),
    E("air_strike", [ETH], [TPLF], MESFIN_FACTORY, "2021-10-18", "2021-10-24", precision="week", status="claimed",
      sources=["Ethiopian government"], optional=True,
      why="'Mesfin Industrial Engineering PLC, a factory complex bombed last week' (the government statement): background, "
          "last week = Monday 18 to Sunday 24 Oct 2021. 'bombed' with no means stated (an air strike in context): optional. "
          "The factory is in Mekelle but not in cities500: names only"),
  ], why="date from the URL (2021/10/28); no date line. The comment-form junk at the end is site boilerplate"),

# p013: Trend (Reuters), '17 April 2019 13:21' under the headline (a Wednesday): 'just before midnight on Tuesday' = 16 Apr.
D("p013_libya_abu_salim.txt", "2019-04-17", "Trend News Agency (Reuters)", "Libya", events=[
    E("shelling", [], [CIV], ABU_SALIM, "2019-04-16", sources=["Reuters"], fatalities=4,
      why="'The rockets, just before midnight on Tuesday, hit the southern residential district of Abu Salim near a disused "
          "airport, killing at least four people'; 'Shells slammed into a Tripoli suburb overnight'. Rockets/shells: shelling. "
          "'Both sides blamed each other for the attack': actor1 left empty (no version favoured). Outlet's voice: reported. "
          "Abu Salim is not in cities500: names only, 'Tripoli' last"),
    E("armed_clash", [LNA], [GNA], TRIPOLI_SOUTH, "2019-04-03", "2019-04-17", precision="month", optional=True,
      why="'a two-week assault by commander Khalifa Haftar's forces to take Libya's capital'; the Tripoli government 'has kept "
          "him at bay in the southern suburbs'; OCHA: 'thousands of civilians were trapped in southern districts of Tripoli due "
          "to the fighting'. An ongoing offensive over two weeks, region-wide: optional (start two weeks back, month precision)"),
    E("siege", [LNA], [GNA], TRIPOLI, "2019-04-03", "2019-04-17", precision="month", optional=True,
      why="the headline's 'Haftar's two-week siege rages'; the body speaks only of an assault on the capital, not of an "
          "encirclement: optional"),
    E("displacement", [], [CIV], TRIPOLI_SOUTH, "2019-04-03", "2019-04-17", precision="month", sources=["OCHA"],
      displaced=20000, optional=True,
      why="'Nearly 20,000 people have now fled their homes, some seeking shelter elsewhere in the capital but most heading out "
          "of the city' (OCHA, with the southern districts as the fighting zone): a cumulative figure for the two-week offensive; "
          "optional. 'Nearly 20,000' gives 20000"),
  ], control=[
    C(TRIPOLI, GNA, "2019-04-17", contested_by=[LNA],
      why="Haftar's assault aims 'to take Libya's capital from an internationally-backed government', 'the internationally-"
          "recognized Tripoli government ... which has kept him at bay in the southern suburbs': the GNA holds the capital, the "
          "LNA fights in its southern suburbs"),
  ], why="date from '17 April 2019 13:21' under the headline (Trend, from Reuters). 'a death toll the United Nations puts at more "
         "than 800' and OCHA's 14 civilians killed are cumulative tolls; the Prime Minister's tour is not an event. The excerpt "
         "is cut off"),

# p014: Bankrate blog, 'Wednesday, September 26, 2012' in the byline.
D("p014_neg_bank_cyber_attacks.txt", "2012-09-26", "Bankrate", "none", negative=True,
  why="negative: denial-of-service 'cyber attacks' on US bank websites (Bank of America, JPMorgan Chase, Wells Fargo, Citi, U.S. "
      "Bank) claimed by a group calling itself the 'Izz al-Din al-Qassam Cyber Fighters' - a hacker group whose name echoes "
      "Hamas's armed wing, not an armed actor; 'attacks', 'hitting', 'claimed responsibility' are about web outages. The "
      "'demonstrations throughout the world' over the video are mentioned in general terms, with no place or date. Date from "
      "'Wednesday, September 26, 2012' in the byline"),

# p015: UNN (Ukrainian National News), ' date 2024-01-15' (a Monday).
D("p015_neg_ukraine_un_appeal.txt", "2024-01-15", "UNN", "none", negative=True,
  why="negative: a UN appeal for $4.2 billion of humanitarian aid for Ukrainians; 6.3 million refugees and 14.6 million in need "
      "are war-wide figures, 'Due to constant shelling' is general, and the top block is a list of other headlines (EU "
      "security plan, missiles funding, Oval Office spat): links, not events. Date from the top ' date 2024-01-15' line"),
]
