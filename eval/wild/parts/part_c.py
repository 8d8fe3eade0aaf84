"""Wild corpus, part c: hand annotation of c001..c015 in fresh/ (Syria, Iraq, Yemen, Libya, Gaza, Lebanon, Pakistan,
Nagorno-Karabakh, Turkey/PKK, Kashmir, Colombia, the Philippines, Ukraine; plus two negatives). Collected 2026-12-07, after
tuning began, and annotated without running Frontline on them. Conventions follow GUIDE.md and part_a.py: coordinates only
for places found in GeoNames cities500 (copied from target/gazetteer-src/cities500.txt), names only otherwise; a `why`
beside every judgement; `optional=True` where a careful annotator could go either way. Status: officials of a party to
the fighting (ministries, military spokesmen, ISPR, a prosecutor's office of a warring state, a party-run health
ministry) are `claimed`; the outlet's own voice, monitors (SOHR, ISW), medics, residents and the Lebanese army's
sources (not a party to the Israel-Hezbollah fire) are `reported`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
MOREK = P(["Morek", "Murak", "Mourek", "Morek town"], 35.37615, 36.6897, "Hama", "town", "SY")
SYRIA_C = P(["Syria"], None, None, None, "country", "SY")
# Iraq (IQ)
BASHIR = P(["Bashir", "Al-Bashir", "Basheer", "Bashir village"], None, None, "Kirkuk", "town", "IQ")
ALBU_MAFRAJ = P(["Albu Mafraj", "Albu Mafrij", "Al-Bu Mafraj"], None, None, "Kirkuk", "village", "IQ")
MAZARGAY_IMAM = P(["Mazargay Imam", "Mazar Imam", "Mazargah Imam"], None, None, "Kirkuk", "village", "IQ")
TAZA = P(["Taza", "Taza Khurmatu", "Tazah", "Tazeh Khurmatu"], None, None, "Kirkuk", "town", "IQ")
QANDIL = P(["Mt. Qandil", "Qandil", "Qandil mountains", "Mount Qandil", "Kandil"], None, None, None, "region", "IQ")
# Yemen (YE)
QAZA = P(["al-Qaza", "al-Qaza village", "Al Qaza", "Qaza"], None, None, "Al Hudaydah", "village", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
# Libya (LY)
SORMAN = P(["Sorman", "Surman", "Surmān"], 32.75668, 12.57159, "Az Zawiyah", "town", "LY")
SABRATAH = P(["Sabratah", "Sabratha", "Sabrata"], 32.79335, 12.48845, "Az Zawiyah", "city", "LY")
AJAYLAT = P(["al-Ajaylat", "Al Ajaylat", "Ajaylat", "Al Ujaylat"], 32.75718, 12.37633, "An Nuqat al Khams", "town", "LY")
JAMIL = P(["al-Jamil", "Al Jumayl", "al-Jumayl", "Al Jamil"], 32.85286, 12.0612, "An Nuqat al Khams", "town", "LY")
RIQDALIN = P(["Riqdalin", "Raqdalin", "Regdalin", "Rigdalin"], None, None, "An Nuqat al Khams", "town", "LY")
TRIPOLI = P(["Tripoli", "Tarabulus"], 32.88743, 13.18733, "Tripoli", "city", "LY")
EAST_LIBYA = P(["eastern Libya", "east of Libya", "east"], None, None, None, "region", "LY")
# Gaza (PS) and Israel (IL)
MAGHAZI = P(["Maghazi camp", "Maghazi", "al-Maghazi", "Maghazi refugee camp"], None, None, "Deir al-Balah", "town", "PS")
GAZA_CITY = P(["Gaza City", "Gaza"], 31.50161, 34.46672, "Gaza", "city", "PS")
KHAN_YUNIS = P(["Khan Yunis", "Khan Younis", "Khan Yunus", "central Khan Yunis"], 31.34018, 34.30627, "Khan Yunis", "city", "PS")
RAFAH = P(["Rafah", "southern Rafah", "Rafaḩ"], 31.29722, 34.24357, "Rafah", "city", "PS")
GAZA_STRIP = P(["Gaza Strip", "Gaza"], None, None, None, "region", "PS")
ISRAEL_C = P(["Israel"], None, None, None, "country", "IL")
# Lebanon (LB) and northern Israel (IL)
KHIAM = P(["Khiam", "El Khiam", "al-Khiam", "Khiyam"], None, None, "Nabatieh", "village", "LB")
KAFR_KILA = P(["Kafr Kila", "Kfar Kila", "Kfar Kela", "Kafr Kela"], None, None, "Nabatieh", "village", "LB")
SOUTH_LEBANON = P(["southern Lebanon", "south Lebanon"], None, None, None, "region", "LB")
SE_LEBANON = P(["southeastern Lebanon", "southeast Lebanon", "southern Lebanon"], None, None, None, "region", "LB")
SHEBAA = P(["Shebaa Farms", "Shebaa farms", "Sheba'a Farms", "Mount Dov", "Har Dov"], None, None, None, "site", "LB")
METULA = P(["al-Motella", "Metula", "Metulla", "al-Mutilla"], 33.27918, 35.5795, "Northern District", "town", "IL")
MALKIA = P(["al-Malikiyah", "Malkia", "Malkiya", "al-Malkiya"], None, None, "Northern District", "site", "IL")
GESHER_HAZIV = P(["Gesher Haziv", "Gesher HaZiv"], 33.04039, 35.11065, "Northern District", "town", "IL")
NORTH_ISRAEL = P(["northern Israel", "north of Israel"], None, None, "Northern District", "region", "IL")
# Pakistan (PK)
MALI_KHEL = P(["MaliKhel", "Mali Khel", "Malikhel", "general area MaliKhel", "Bannu"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
TIRAH = P(["Tirah valley", "Tirah", "Tirah Valley"], None, None, "Khyber Pakhtunkhwa", "region", "PK")
# Azerbaijan / Nagorno-Karabakh (AZ)
AGHDAM_DISTRICT = P(["Aghdam district", "Aghdam", "Agdam", "Ağdam district"], None, None, "Ağdam", "region", "AZ")
BANOVSHALAR = P(["Banovshalar", "Banovsheler", "Bənövşələr"], None, None, "Ağdam", "village", "AZ")
PASHABAYLI = P(["Pashabayli", "Pashabeyli", "Paşabəyli"], None, None, "Ağdam", "village", "AZ")
GANJA = P(["Ganja", "Gǝncǝ", "Gyandzha", "Gence"], 40.68278, 46.36056, "Gǝncǝ", "city", "AZ")
MINGACHEVIR = P(["Mingachevir", "Mingelchaur", "Mingəçevir", "Mingechaur"], 40.76395, 47.05953, "Mingacevir City", "city", "AZ")
KHIZI = P(["Khizi", "Xızı", "Xizi"], 40.90847, 49.07481, "Xızı", "town", "AZ")
ABSHERON = P(["Absheron district", "Absheron", "Abşeron"], None, None, "Abşeron", "region", "AZ")
NAGORNO_KARABAKH = P(["Nagorno-Karabakh", "Nagorno Karabakh", "Karabakh", "Artsakh", "front line"], None, None, None, "region", "AZ")
AZERBAIJAN_C = P(["Azerbaijan"], None, None, None, "country", "AZ")
# India, Jammu and Kashmir (IN)
SAMNO = P(["Samno", "Samno pocket", "D.H. Pora", "DH Pora", "Damhal Hanjipora", "Kulgam"], None, None, "Jammu and Kashmir", "site", "IN")
URI = P(["Uri", "Uri Sector", "Uri sector"], 34.08064, 74.05088, "Jammu and Kashmir", "town", "IN")
# Colombia (CO)
EL_CARMEN = P(["El Carmen", "El Carmen, Norte de Santander", "El Carmen municipality"], 8.51064, -73.44776,
              "Norte de Santander Department", "town", "CO")
NORTE_DE_SANTANDER = P(["Norte de Santander", "Norte de Santander province", "Norte de Santander Department", "Catatumbo"],
                       None, None, "Norte de Santander Department", "admin1", "CO")
# Philippines (PH)
SULARE = P(["Sulare Island", "Sulare", "Parang"], None, None, "Autonomous Region in Muslim Mindanao", "site", "PH")
# Ukraine (UA)
BLAHODATNE = P(["Blagodatne", "Blahodatne", "Blagodatnoye", "Blahodatne (Donetsk)"], None, None, "Donetsk", "village", "UA")
ZAPORIZHZHIA_OBL = P(["Zaporizhzhia region", "Zaporizhzhia", "Zaporizhzhia oblast", "Zaporozhye"], None, None, "Zaporizhzhia", "admin1", "UA")
UKRAINE_C = P(["Ukraine"], None, None, None, "country", "UA")
CRIMEA = P(["Crimea", "Crimean peninsula"], None, None, "Crimea", "admin1", "UA")

# ---- actors -------------------------------------------------------------------------
GOV, REB, FSA, RUS_SY = "Syrian government", "Syrian rebels", "Free Syrian Army", "Russia"
SOHR = "Syrian Observatory for Human Rights"
IS, IRQ, IRQ_MIL, PESH, USA = "Islamic State", "Iraqi government", "Iraqi militias", "Peshmerga", "United States"
HOU = "Houthis"
LNA, GNA = "Libyan National Army", "Government of National Accord"
ISR, HAMAS, HEZ = "Israel", "Hamas", "Hezbollah"
PAK = "Pakistan"
AZE, ARM = "Azerbaijan", "Armenia"
TUR, PKK = "Turkey", "PKK"
IND = "Indian government"
COL, ELN = "Colombian government", "ELN"
PHL, ASG = "Philippine government", "Abu Sayyaf"
RUS, UKR = "Russia", "Ukraine"
CIV = "civilians"

DOCS = [
# c001: Reuters on Pakistan Today's archive, URL 2015/11/06 (a Friday): 'on Thursday' = 5 Nov 2015.
D("c001_syria_morek.txt", "2015-11-06", "Pakistan Today (Reuters)", "Syria", events=[
    E("territory_captured", [REB, FSA], [GOV], MOREK, "2015-11-05", sources=[SOHR, "Fares al-Bayoush"],
      why="Syrian insurgents captured the town of Morek on Thursday (rebels and SOHR); Fursan al-Haq fights under the FSA "
          "banner; outlet voice with a monitor, so reported"),
    E("armed_clash", [REB, FSA], [GOV], MOREK, "2015-11-05", "2015-11-06", sources=[SOHR],
      why="fought fierce battles with pro-government militias around it; SOHR: fighting continuing inside parts of the town"),
    E("air_strike", [RUS_SY], [REB, FSA], MOREK, "2015-11-05", "2015-11-06", sources=[SOHR],
      why="SOHR: warplanes believed to be Russian were bombing Morek and its surroundings following the capture"),
    E("territory_captured", [GOV], [REB], MOREK, "2014-10-01", "2014-10-31", "month", sources=["Rami Abdulrahman"],
      why="background with its own date: government forces fought for months to take the town in October 2014"),
    E("air_strike", [RUS_SY], [REB], SYRIA_C, "2015-09-30", optional=True,
      why="background: the Russian air force began air strikes in support of Assad on Sept. 30 (start of a campaign, country-wide)"),
 ], control=[
    C(MOREK, REB, "2015-11-06", contested_by=[GOV],
      why="captured (rebel: 'completely liberated'), but SOHR says fighting continues inside parts of the town; no single "
          "faction holds it (Fursan al-Haq is one of the groups taking part)"),
 ], why="date from the URL 2015/11/06 (no date line); the photo caption (a rebel at the Morek front line, March 2015) only shows "
        "a fighter in a place; Iranian ground support is background without a date"),

# c002: RFE/RL (AFP, Rudaw, NRTTV). Neither the text nor the URL carries a year: 'on May 1' and 'in March' only. The year
# (2016) and the day come from outside (the RFE/RL story id 27710669 belongs to spring 2016; Kurdish officials spoke on May 1).
D("c002_iraq_bashir.txt", "2016-05-01", "RFE/RL", "Iraq", published_inferred=True, events=[
    E("territory_captured", [PESH, IRQ_MIL, IRQ], [IS], BASHIR, "2016-04-30", "2016-05-01",
      sources=["Kurdish officials", "Kurdistan Regional Security Council", "Turkoman Shi'ite military commander"],
      why="outlet voice: Iraqi forces have reportedly retaken Bashir; Kurdish officials on May 1: Peshmerga and Shi'ite paramilitary "
          "(Hashed al-Shaabi Turkoman units) completed taking the town; villages nearby fell on April 30"),
    E("siege", [PESH, IRQ_MIL], [IS], BASHIR, "2016-04-25", "2016-05-01", "week", status="claimed", sources=["Kurdish officials"],
      optional=True, why="'after first surrounding it': an encirclement before the capture, start not given"),
    E("air_strike", [USA], [IS], BASHIR, "2016-04-25", "2016-05-01", "week", status="claimed", sources=["Kurdish officials"],
      optional=True, why="the advance was 'backed by U.S.-led coalition air strikes' (implied, no strike told)"),
    E("territory_captured", [PESH, IRQ_MIL], [IS], ALBU_MAFRAJ, "2016-04-30", status="claimed", sources=["Asso Mamand"],
      why="PUK official (a party to the fighting): nearby villages were also recaptured, including Albu Mafraj ... on April 30"),
    E("territory_captured", [PESH, IRQ_MIL], [IS], MAZARGAY_IMAM, "2016-04-30", status="claimed", sources=["Asso Mamand"],
      why="... and Mazargay Imam on April 30"),
    E("shelling", [IS], [CIV], TAZA, "2016-03-01", "2016-03-31", "month", status="claimed", sources=["Iraqi officials"], fatalities=3,
      why="Iraqi officials: IS used Bashir in March to launch a chemical attack on the nearby town of Taza, at least three killed "
          "(launched from another town: a rocket/shell attack)"),
 ], control=[
    C(BASHIR, PESH, "2016-05-01",
      why="no longer controlled by IS; taken by Peshmerga with Shi'ite paramilitaries (the Kurdish side announced it; Peshmerga "
          "named first)"),
    C(ALBU_MAFRAJ, PESH, "2016-04-30", why="recaptured from IS on April 30"),
    C(MAZARGAY_IMAM, PESH, "2016-04-30", why="recaptured from IS on April 30"),
 ], why="publication day inferred (see the comment above): the report is of May 1 and has no year; the other unnamed 'several "
        "nearby villages' get no events of their own"),

# c003: Sputnik via Pakistan Point News, date line '29th November, 2020' (a Sunday): 'on Sunday' = 29 Nov.
D("c003_yemen_hodeidah_qaza.txt", "2020-11-29", "Pakistan Point News (Sputnik)", "Yemen", events=[
    E("shelling", [HOU], [CIV], QAZA, "2020-11-29", sources=["Al-Masdar Online", "local sources"], fatalities=7,
      why="the Houthis shelled al-Qaza village in Al Hudaydah province with mortar shells on Sunday: seven dead, ten injured"),
 ], control=[
    C(SANAA, HOU, "2020-11-29", why="the rebel movement controls the capital Sanaa"),
 ], why="date line 29th November 2020; the war since 2014 and the coalition's 2015 entry are background without an event of "
        "their own; 'large areas in northern and western Yemen' is too vague for a control assertion"),

# c004: Anadolu on A News, date line 2020-04-13 (a Monday); 'Monday' = 13 April 2020.
D("c004_libya_sorman_sabratha.txt", "2020-04-13", "A News (Anadolu)", "Libya", events=[
    E("territory_captured", [GNA], [LNA], SORMAN, "2020-04-13", status="claimed", sources=["Mustafa Al-Mujie"],
      why="GNA spokesman: forces entered the centre of Sorman and it is in their total control"),
    E("territory_captured", [GNA], [LNA], SABRATAH, "2020-04-13", sources=["Anadolu Agency reporter"],
      why="later in the day GNA forces also captured Sabratah (the agency's reporter on the ground)"),
    E("territory_captured", [GNA], [LNA], AJAYLAT, "2020-04-13", why="GNA forces also retook control of al-Ajaylat (outlet voice)"),
    E("territory_captured", [GNA], [LNA], JAMIL, "2020-04-13", why="... al-Jamil"),
    E("territory_captured", [GNA], [LNA], RIQDALIN, "2020-04-13", why="... and Riqdalin"),
    E("evacuation", [LNA], [], SORMAN, "2020-04-13", status="claimed", sources=["Mustafa Al-Mujie"], optional=True,
      why="Haftar forces 'retreated from the liberated cities' (a retreat: optional evacuation)"),
    E("evacuation", [LNA], [], SABRATAH, "2020-04-13", status="claimed", sources=["Mustafa Al-Mujie"], optional=True,
      why="same retreat, the other main place"),
    E("armed_clash", [GNA], [LNA], None, "2020-04-13", status="claimed", sources=["Mustafa Al-Mujie"], optional=True,
      why="GNA 'continue to target Haftar forces that retreated' (ongoing, no place)"),
    E("armed_clash", [GNA], [LNA], None, "2020-03-26",
      why="the GNA launched 'Operation Peace Storm' on March 26 to counter the attacks on the capital (an offensive with its own date)"),
    E("armed_clash", [LNA], [GNA], TRIPOLI, "2019-04-01", "2020-04-13", "month", optional=True,
      why="background: the GNA has been under attack by Haftar's forces since last April (ongoing; the 1,000 killed is a cumulative toll)"),
 ], control=[
    C(SORMAN, GNA, "2020-04-13", why="'in their total control'"),
    C(SABRATAH, GNA, "2020-04-13", why="captured"),
    C(AJAYLAT, GNA, "2020-04-13", why="retook control"),
    C(JAMIL, GNA, "2020-04-13", why="retook control"),
    C(RIQDALIN, GNA, "2020-04-13", why="retook control"),
    C(TRIPOLI, GNA, "2020-04-13", why="'the GNA in Tripoli' (its seat, under attack)"),
    C(EAST_LIBYA, LNA, "2020-04-13", why="'Haftar in eastern Libya', one of the two seats of power"),
 ], why="date line 2020-04-13; seized weapons and vehicles take no territory; 'tightened control of the coastal road to Zuwara' is "
        "the GNA's own road, nothing cut; the 'three cities' of the spokesman are the three western towns"),

# c005: AFP copied on a Blogger blog, URL 2012/11; 'on Friday' in a war that began with Israel's killing of Hamas's military chief
# 'on Wednesday afternoon' (14 Nov 2012): Friday = 16 Nov 2012.
D("c005_gaza_maghazi.txt", "2012-11-16", "islambad2day blog (AFP)", "Israel/Gaza", events=[
    E("air_strike", [ISR], [HAMAS, CIV], MAGHAZI, "2012-11-16", status="claimed", sources=["Ashraf al-Qudra", "security sources"],
      fatalities=4, why="Hamas health ministry spokesman (a party-run ministry): four killed in an Israeli strike on a home in "
                        "Maghazi camp on Friday, one a Qassam field commander, two brothers"),
    E("air_strike", [ISR], [], GAZA_CITY, "2012-11-16", status="claimed", sources=["Palestinian officials"],
      why="fresh air strikes rattled buildings across the enclave, officials reporting strikes in Gaza City"),
    E("air_strike", [ISR], [], KHAN_YUNIS, "2012-11-16", status="claimed", sources=["Palestinian officials"], why="... central Khan Yunis"),
    E("air_strike", [ISR], [], RAFAH, "2012-11-16", status="claimed", sources=["Palestinian officials"], why="... and southern Rafah"),
    E("air_strike", [ISR], [HAMAS], GAZA_STRIP, "2012-11-14", optional=True,
      why="Israel's targeted killing of a top Hamas military chief on Wednesday afternoon (means not stated: an air strike reading)"),
    E("shelling", [ISR], [HAMAS], GAZA_STRIP, "2012-11-14", optional=True,
      why="the same killing read as a missile strike (means not stated)"),
    E("shelling", [], [ISR, CIV], ISRAEL_C, "2012-11-14", "2012-11-16", sources=["police", "medics"], fatalities=3, optional=True,
      why="since Wednesday rockets fired from Gaza have killed three Israelis and injured 16 (a three-day, country-wide aggregate; "
          "no firer named)"),
 ], why="publication day from the URL month and the text's weekdays (see the comment above); the 28 dead and 270 wounded since "
        "Wednesday is a running toll; 'Latest.Israel attack on Hamas cabinet building' is a link to another story"),

# c006: IANS (Xinhua) on Mangalorean.com, date line 2024-04-19 (a Friday): 'on Thursday at dawn' = 18 April 2024.
D("c006_lebanon_khiam_kafr_kila.txt", "2024-04-19", "Mangalorean.com (IANS, Xinhua)", "Lebanon", events=[
    E("air_strike", [ISR], [HEZ, CIV], KHIAM, "2024-04-18", sources=["Lebanese military sources", "Xinhua"],
      why="Israeli drones and warplanes carried out six airstrikes on Khiam on Thursday at dawn (the 3 dead cannot be split "
          "between the two villages, so no figure here)"),
    E("air_strike", [ISR], [HEZ, CIV], KAFR_KILA, "2024-04-18", sources=["Lebanese military sources", "Xinhua"],
      why="... and three raids on Kafr Kila"),
    E("air_strike", [ISR], [HEZ, CIV], SOUTH_LEBANON, "2024-04-18", sources=["Lebanese military and medical sources"], fatalities=3,
      optional=True, why="the series of strikes on villages in southern Lebanon as a whole: two Hezbollah fighters and one civilian "
                         "killed, three civilians wounded (the undivided figure)"),
    E("shelling", [HEZ], [ISR], NORTH_ISRAEL, "2024-04-18", sources=["Lebanese military sources"],
      why="about 40 surface-to-surface missiles launched from Lebanon into northern Israel at dawn (Iron Dome intercepted some)"),
    E("shelling", [HEZ], [ISR], SHEBAA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="Hezbollah: its fighters attacked Israeli sites in the occupied Shebaa Farms (means not stated: shelling reading)"),
    E("air_strike", [HEZ], [ISR], SHEBAA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="same attack, drone reading"),
    E("shelling", [HEZ], [ISR], METULA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... al-Motella (Metula) site (shelling reading)"),
    E("air_strike", [HEZ], [ISR], METULA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... al-Motella (drone reading)"),
    E("shelling", [HEZ], [ISR], MALKIA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... al-Malikiyah site (shelling reading)"),
    E("air_strike", [HEZ], [ISR], MALKIA, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... al-Malikiyah (drone reading)"),
    E("shelling", [HEZ], [ISR], GESHER_HAZIV, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... and the Gesher Haziv (shelling reading)"),
    E("air_strike", [HEZ], [ISR], GESHER_HAZIV, "2024-04-18", "2024-04-19", status="claimed", sources=["Hezbollah"], optional=True,
      why="... Gesher Haziv (drone reading)"),
    E("shelling", [HEZ], [ISR], ISRAEL_C, "2023-10-08",
      why="background with its own date: on October 8, 2023 Hezbollah launched a barrage of rockets toward Israel"),
    E("shelling", [ISR], [HEZ], SE_LEBANON, "2023-10-08", "2023-10-09",
      why="Israel then retaliated by firing heavy artillery toward southeastern Lebanon"),
    E("armed_clash", [HAMAS], [ISR], ISRAEL_C, "2023-10-07", optional=True,
      why="Hamas' attack on Israel on October 7, mentioned in passing"),
 ], control=[
    C(SHEBAA, ISR, "2024-04-19", why="Israeli sites 'in the occupied Shebaa Farms'"),
 ], why="date line 2024-04-19; the 426 dead on the Lebanese side is a cumulative toll; Iron Dome interceptions are not events"),

# c007: Daily Pakistan, URL 20-Nov-2024 (a Wednesday), date line RAWALPINDI; the attack 'on 19 November 2024'; 'On Tuesday' = 19 Nov.
D("c007_pakistan_bannu_malikhel.txt", "2024-11-20", "Daily Pakistan", "Pakistan", events=[
    E("armed_clash", [], [PAK], MALI_KHEL, "2024-11-19", status="claimed", sources=["ISPR"], fatalities=6,
      why="ISPR: militants attempted to attack the joint check post in MaliKhel, Bannu on 19 November; six terrorists killed in the "
          "fire exchange"),
    E("suicide_bomb", [], [PAK], MALI_KHEL, "2024-11-19", status="claimed", sources=["ISPR"], fatalities=12,
      why="the militants rammed an explosive-laden vehicle into the perimeter wall: 'the suicide blast' killed twelve soldiers "
          "(ten of the security forces, two of the Frontier Constabulary)"),
    E("armed_clash", [PAK], [], TIRAH, "2024-11-19", status="claimed", sources=["Pakistan army"], fatalities=8,
      why="on Tuesday the army said eight terrorists were killed in clashes in the Tirah valley of Khyber district"),
 ], why="URL date 20-Nov-2024 and 'said ... on Wednesday'; the sanitisation operation and the resolve are not events. "
        "Pakistan's forces are `Pakistan` as in part_a (a019-a021)"),

# c008: Trend on Today.az, date line 2020-10-20. The Azerbaijani prosecutor's office (a warring state's organ) is claimed; the
# background paragraphs are Trend's own voice.
D("c008_karabakh_aghdam_banovshalar.txt", "2020-10-20", "Today.az (Trend)", "Nagorno-Karabakh", events=[
    E("shelling", [ARM], [AZE, CIV], AGHDAM_DISTRICT, "2020-10-19", "2020-10-20", status="claimed",
      sources=["Azerbaijani General Prosecutor's Office"],
      why="Armenian forces have been firing at Aghdam district from missile systems and artillery since the morning of October 19"),
    E("shelling", [ARM], [CIV], BANOVSHALAR, "2020-10-19", "2020-10-20", status="claimed",
      sources=["Azerbaijani General Prosecutor's Office"], fatalities=0,
      why="'today' around 15:00 the shelling of Banovshalar injured two civilians and an AzTV journalist ('today' of the "
          "office's statement: the 19th or the 20th)"),
    E("shelling", [ARM], [CIV], PASHABAYLI, "2020-10-19", "2020-10-20", status="claimed",
      sources=["Azerbaijani General Prosecutor's Office"], fatalities=0,
      why="the shelling of Pashabayli wounded a civilian"),
    E("shelling", [ARM], [AZE], NAGORNO_KARABAKH, "2020-09-27",
      why="background (Trend's voice): Armenian forces launched a large-scale attack with large-calibre weapons, mortars and "
          "artillery on Sept. 27"),
    E("armed_clash", [AZE], [ARM], NAGORNO_KARABAKH, "2020-09-27", "2020-10-20",
      why="Azerbaijan responded with a counter-offensive along the entire front (from Sept. 27, fighting continued into October)"),
    E("territory_captured", [AZE], [ARM], NAGORNO_KARABAKH, "2020-09-27", "2020-10-20", "month", optional=True,
      why="Azerbaijani troops 'liberated a number of territories' and took strategic heights (unnamed, front-wide)"),
    E("shelling", [ARM], [AZE], GANJA, "2020-10-01", "2020-10-10", "month",
      why="in the early days of October Armenia launched missile attacks on Ganja"),
    E("shelling", [ARM], [AZE], MINGACHEVIR, "2020-10-01", "2020-10-10", "month", why="... Mingachevir"),
    E("shelling", [ARM], [AZE], KHIZI, "2020-10-01", "2020-10-10", "month", why="... Khizi"),
    E("shelling", [ARM], [AZE], ABSHERON, "2020-10-01", "2020-10-10", "month", why="... as well as Absheron district"),
    E("agreement", [ARM, AZE], [], NAGORNO_KARABAKH, "1994-01-01", "1994-12-31", "year", optional=True,
      why="background: the 1994 ceasefire agreement"),
 ], control=[
    C(NAGORNO_KARABAKH, ARM, "2020-10-20", contested_by=[AZE],
      why="Trend: Armenia has not yet withdrawn its armed forces from Nagorno-Karabakh and the surrounding districts; under "
          "Azerbaijan's counter-offensive"),
    C(AZERBAIJAN_C, ARM, "1994-12-31", share=0.2, contested_by=[AZE],
      why="as a result of the 1988-1994 war Armenian forces occupied 20 percent of Azerbaijan (as of the 1994 ceasefire; the "
          "text's controller is Armenia's army)"),
 ], why="date line 2020-10-20; the 1988 territorial claims are not an event; the text is cut off mid-word ('resolu')"),

# c009: Anadolu on Xeber Saati, date line 2017-08-15 (a Tuesday): 'announced Monday' = 14 Aug, 'on Saturday' = 12 Aug 2017.
D("c009_turkey_pkk_qandil.txt", "2017-08-15", "Xeber Saati (Anadolu)", "Turkey/PKK", events=[
    E("air_strike", [TUR], [PKK], QANDIL, "2017-08-12", status="claimed", sources=["Turkish Armed Forces", "Anadolu"], fatalities=13,
      why="Turkish military: airstrikes on Saturday on the PKK's so-called headquarters in Mt. Qandil killed 13, left eight "
          "heavily wounded and destroyed four targets"),
    E("armed_clash", [PKK], [TUR], None, "2015-07-01", "2015-07-31", "month", optional=True,
      why="background: the PKK resumed its armed campaign against Turkey in July 2015 (start of a campaign, no place)"),
 ], why="date line 2017-08-15; 'frequent air operations' and the 1,200 dead since 2015 are cumulative"),

# c010: The Hindu, 'November 17, 2023 12:30 am IST - SRINAGAR' (a Friday): 'Thursday evening' = 16 Nov.
D("c010_kashmir_kulgam.txt", "2023-11-17", "The Hindu", "Kashmir", events=[
    E("armed_clash", [IND], [], SAMNO, "2023-11-16", "2023-11-17", sources=["police spokesman", "locals"],
      why="security forces encircled a group of militants and exchanged heavy fire at the Samno pocket of D.H. Pora, Kulgam, on "
          "Thursday evening (outlet voice)"),
    E("siege", [IND], [], SAMNO, "2023-11-16", "2023-11-17", sources=["official sources"], optional=True,
      why="encircled, multiple layers of cordon, flood lights so the militants cannot escape (a cordon on a hideout)"),
    E("armed_clash", [IND], [], URI, "2023-11-15", status="claimed", sources=["Colonel Raghav", "Army"], fatalities=2,
      why="Army: two infiltrators killed on November 15 in the Uri Sector (Operation Kali), a joint Army-police operation"),
 ], why="date line November 17, 2023 (00:30 IST, so Thursday = 16th); recovered weapons and the identification are not events. "
        "India's forces in the Kashmir insurgency are `Indian government` (GUIDE: government side of an insurgency)"),

# c011: Colombia Reports, date line 2023-03-29 (a Wednesday): 'around 3AM on Wednesday morning' = 29 March.
D("c011_colombia_el_carmen.txt", "2023-03-29", "Colombia Reports", "Colombia", events=[
    E("armed_clash", [ELN], [COL], EL_CARMEN, "2023-03-29", status="claimed", sources=["Colombian army"], fatalities=9,
      why="according to the military, ELN guerrillas killed at least nine soldiers (nine injured) in an attack on an army base "
          "in rural El Carmen around 3AM on Wednesday"),
    E("remote_explosive", [ELN], [COL], EL_CARMEN, "2023-03-29", status="claimed", sources=["Colombian army"], fatalities=9,
      optional=True, why="the same attack if explosives were used (means not stated)"),
 ], control=[
    C(NORTE_DE_SANTANDER, ELN, "2023-03-29", contested_by=[COL],
      why="the army commander went to Norte de Santander 'to inspect the situation in the guerrilla stronghold' (Catatumbo)"),
 ], why="date line 2023-03-29; the inspection visit, the condemnation and the ceasefire talks are not events"),

# c012: Xinhua on The Straits Times, date line 2020-11-04; 'on Tuesday (Nov 3)'.
D("c012_philippines_sulu_sulare.txt", "2020-11-04", "The Straits Times (Xinhua)", "Philippines", events=[
    E("armed_clash", [PHL], [ASG], SULARE, "2020-11-03", status="claimed", sources=["Corleto Vinluan", "William Gonzales"], fatalities=7,
      why="military: seven suspected Abu Sayyaf militants killed when patrolling troops intercepted their speed boat near Sulare "
          "Island in Parang, Sulu, before dawn on Tuesday; 25-minute firefight"),
    E("air_strike", [PHL], [ASG], SULARE, "2020-11-03", status="claimed", sources=["William Gonzales"], optional=True,
      why="the troops used an attack helicopter to defeat the militants (part of the same engagement)"),
 ], why="date line 2020-11-04; the planned kidnapping is a plan; the search and retrieval operations are not events"),

# c013: TheJournal.ie, date line 2023-06-11 (a Sunday): 'today' = 11 June, 'yesterday' = 10 June, 'Saturday' = 10 June.
D("c013_ukraine_blahodatne.txt", "2023-06-11", "TheJournal.ie", "Ukraine", events=[
    E("territory_captured", [UKR], [RUS], BLAHODATNE, "2023-06-10", "2023-06-11", status="claimed",
      sources=["Ukrainian ground forces"],
      why="Ukraine's ground forces: the 68th ranger brigade 'liberated the settlement of Blagodatne' in Donetsk region, announced today"),
    E("arrest", [UKR], [RUS], BLAHODATNE, "2023-06-10", "2023-06-11", status="claimed", sources=["Myroslav Semeniuk"],
      why="brigade spokesman: an assault team captured six Russian troops after entering buildings where 60 soldiers were holed up"),
    E("armed_clash", [UKR], [RUS], BLAHODATNE, "2023-06-10", "2023-06-11", status="claimed", sources=["Myroslav Semeniuk"],
      optional=True, why="the assault on the buildings where Russian soldiers were holed up (implied fighting)"),
    E("shelling", [RUS], [UKR], BLAHODATNE, "2023-06-10", "2023-06-11", status="claimed", sources=["Myroslav Semeniuk"],
      optional=True, why="'The enemy keeps shelling us' (ongoing, present tense)"),
    E("armed_clash", [UKR], [RUS], ZAPORIZHZHIA_OBL, "2023-06-04", "2023-06-11", "week", status="claimed", sources=["Russia"],
      why="Moscow has reported heavy Ukrainian assaults in Zaporizhzhia region over the past week"),
    E("armed_clash", [UKR], [RUS], UKRAINE_C, "2023-06-04", "2023-06-11", "week", sources=["Institute for the Study of War"],
      optional=True, why="ISW (Saturday): counteroffensive operations in at least four front-line areas; Zelenskyy: the "
                         "counteroffensive is underway (not located)"),
 ], control=[
    C(BLAHODATNE, UKR, "2023-06-11", why="liberated, Ukrainian flag hoisted"),
    C(CRIMEA, RUS, "2023-06-11", why="the Crimean peninsula Russia annexed from Ukraine, linked by the land bridge"),
 ], why="date line 2023-06-11; the plan to reclaim Urozhayne and the possible break through the land bridge are plans and "
        "forecasts; the text is cut off ('western and U')"),

# c014: negative. Blog copy of a CNN story, 'Tuesday, September 27, 2016' at the top (CNN 'Updated ... Tue September 27, 2016').
D("c014_neg_iowa_floods.txt", "2016-09-27", "Metro Forensics blog (CNN)", "none", negative=True,
  why="date line at the top; a flood: residents forced out, the National Guard 'deployed', a curfew, 'abandon the area' are "
      "weather and civil protection, not armed conflict"),

# c015: negative. NZ Herald (Glenn Moore); no date in the text or the URL (article.cfm?objectid=11225546). From outside: the
# weekend of Cardiff 3-6 Liverpool (22 March 2014), so a date the reader cannot establish from the report itself.
D("c015_neg_football_title_attack.txt", None, "NZ Herald", "none", negative=True,
  why="no date in the text, the byline or the URL, so published is left null; football: 'all-out attack', 'ruthlessly punished', "
      "'counter-attack', 'defending abjectly' are sport"),
]
