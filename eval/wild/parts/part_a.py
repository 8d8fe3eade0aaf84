"""Wild corpus, part a: hand annotation of a001..a052 (Syria, Iraq, Ukraine/Russia, Israel/Gaza and
Lebanon, Yemen, Afghanistan/Pakistan, Nagorno-Karabakh, Libya; plus negatives). Conventions follow
../../../../shared/spec/gold/make_dev_gold.py. Coordinates only where known with confidence (GeoNames
populated places, rounded), else None. Status: reports by officials of a party to the fighting
(ministries, governors, army spokesmen, state media, a party's officials) are `claimed`; the outlet's
own voice, monitors (SOHR), residents, medics, UN and unnamed "activists" are `reported`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Syria (SY)
JISR = P(["Jisr al-Shughour", "Jisr ash-Shughur", "Jisr al-Shughur", "Jisr al Shughour"], 35.8124, 36.3188, "Idlib", "town", "SY")
ESHTABRAQ = P(["Eshtabraq", "Ishtabraq", "Ushtabraq"], None, None, "Idlib", "village", "SY")
IDLIB = P(["Idlib", "Idleb", "Idlib city"], 35.9306, 36.6339, "Idlib", "city", "SY")
DARKOUSH = P(["Darkoush", "Darkush", "Darkosh"], 35.99, 36.39, "Idlib", "town", "SY")
QARMEED = P(["al-Qarmeed military base", "al-Qarmeed", "Qarmid", "al-Mastumah camp"], None, None, "Idlib", "site", "SY")
AKHTARIN = P(["Akhtarin", "Akhtarein", "Akhtareen"], 36.51, 37.34, "Aleppo", "town", "SY")
TURKMANBAREH = P(["Turkmanbareh", "Turkman Barih", "Turkmen Bareh", "Tirkman Barih"], None, None, "Aleppo", "town", "SY")
MASOUDIYEH = P(["Masoudiyeh", "Masudiyah", "al-Masoudiyeh"], None, None, "Aleppo", "village", "SY")
DABIQ = P(["Dabiq", "Dabeq"], None, None, "Aleppo", "village", "SY")  # (resolved: not in cities500, so names only)
GHOUZ = P(["Ghouz", "Ghuz", "al-Ghouz"], None, None, "Aleppo", "village", "SY")
MAREA = P(["Marea", "Mare'", "Mari`"], 36.48259, 37.19709, "Aleppo", "town", "SY")
ALEPPO_PROV = P(["Aleppo province", "Aleppo"], None, None, "Aleppo", "admin1", "SY")
AZAZ = P(["Azaz", "A'zaz", "I`zaz"], 36.58662, 37.04628, "Aleppo", "town", "SY")
# Iraq (IQ)
DHULUIYAH = P(["Dhuluiyah", "Dhuluiya", "Duluiyah", "Ad Dululiyah", "Dhuluiyah Jubur area"], None, None, "Salah ad-Din", "town", "IQ")
JURF = P(["Jurf al-Sakhar", "Jurf al Sakhar", "Jurf as Sakhr", "Jurf al-Nasr"], None, None, "Babil", "town", "IQ")
HIMREEN = P(["Himreen mountains", "Hamrin mountains", "Hamrin", "Himreen"], None, None, None, "region", "IQ")
FALLUJAH = P(["Fallujah", "Falluja", "Al Fallujah"], 33.34913, 43.78599, "Anbar", "city", "IQ")
# Ukraine (UA)
KHERSON = P(["Kherson", "Kherson city"], 46.6558, 32.6178, "Kherson", "city", "UA")
SADOVE = P(["Sadove"], None, None, "Kherson", "village", "UA")
KOSTIANTYNIVKA = P(["Kostyantynivka", "Kostiantynivka", "Konstantinovka"], 48.5277, 37.7069, "Donetsk", "town", "UA")
AVDIIVKA = P(["Avdiivka", "Avdeyevka", "Avdeevka"], 48.1394, 37.7497, "Donetsk", "town", "UA")
MARYINKA = P(["Maryinka", "Marinka", "Mariinka"], 47.9416, 37.5043, "Donetsk", "town", "UA")
BAKHMUT = P(["Bakhmut", "Artemivsk", "Artyomovsk"], 48.5956, 38.0003, "Donetsk", "town", "UA")
KHARKIV_OBL = P(["Kharkiv region", "Kharkiv oblast", "Kharkiv"], None, None, "Kharkiv", "admin1", "UA")
SIEVIERODONETSK = P(["Sievierodonetsk", "Severodonetsk", "Sievierodonesk", "Syeverodonetsk"], 48.9483, 38.4917, "Luhansk", "city", "UA")
LYSYCHANSK = P(["Lysychansk", "Lisichansk"], 48.9049, 38.4421, "Luhansk", "city", "UA")
LUHANSK_OBL = P(["Luhansk region", "Luhansk", "Lugansk region", "Luhansk oblast"], None, None, "Luhansk", "admin1", "UA")
# Yemen (YE)
OMRAN = P(["Omran", "Amran", "'Amran"], 15.6594, 43.9439, "Amran", "city", "YE")
TAIZ = P(["Taiz", "Ta'izz", "Taizz"], 13.5795, 44.0209, "Taiz", "city", "YE")
TAIZ_PROV = P(["Taiz province", "Taiz", "Ta'izz governorate"], None, None, "Taiz", "admin1", "YE")

# Israel / Palestine (IL, PS) and Lebanon (LB)
GAZA_CITY = P(["Gaza City", "Gaza"], 31.5017, 34.4668, "Gaza", "city", "PS")
TUFAH = P(["Tufah", "al-Tuffah", "Tuffah", "Tufah area of Gaza City"], 31.51, 34.47, "Gaza", "site", "PS")
KHAN_YOUNIS = P(["Khan Younis", "Khan Yunis", "Khan Yunus"], 31.3462, 34.3063, "Khan Yunis", "city", "PS")
SOUTH_GAZA = P(["southern Gaza", "southern Gaza Strip"], None, None, None, "region", "PS")
GAZA_STRIP = P(["Gaza Strip", "Gaza"], None, None, None, "region", "PS")
ASHKELON = P(["Ashkelon", "Ashqelon"], 31.6688, 34.5743, "Southern District", "city", "IL")
ISRAEL_C = P(["Israel"], None, None, None, "country", "IL")
SOUTH_ISRAEL = P(["southern Israel"], None, None, "Southern District", "region", "IL")
GAZA_BORDER = P(["Gaza border", "border between the Gaza Strip and Israel", "Gaza Strip"], None, None, None, "region", "PS")
JABALIA = P(["Jabalia", "Jabalya", "Jabaliya"], 31.5272, 34.4835, "North Gaza", "town", "PS")
DEIR_BALAH = P(["Deir el-Ballah", "Deir al-Balah", "Dayr al Balah", "Deir el-Balah"], 31.4183, 34.3503, "Deir al-Balah", "town", "PS")
# Afghanistan (AF)
NIRKH = P(["Nirkh", "Nerkh", "Nirkh district", "Nirkh district headquarters"], None, None, "Maidan Wardak", "town", "AF")
# Libya (LY)
TARHOUNA = P(["Tarhouna", "Tarhuna", "Tarhunah"], 32.435, 13.6332, "Murqub", "town", "LY")
NW_LIBYA = P(["northwest of Libya", "north-western Libya", "western Libya"], None, None, None, "region", "LY")
TRIPOLI = P(["Tripoli", "Tarabulus"], 32.8925, 13.18, "Tripoli", "city", "LY")
TRIPOLI_SOUTH = P(["southern outskirts of Tripoli", "south of Tripoli", "Tripoli"], 32.8925, 13.18, "Tripoli", "city", "LY")
TRIPOLI_AIRPORT = P(["Tripoli International Airport", "Tripoli airport", "main airport in Libya's capital"], None, None, "Tripoli", "site", "LY")
QASR_BIN_GHASHIR = P(["Qasr bin Ghashir", "Qasr Bin Ghashir", "Qasr Ben Gashir", "Gasr Bin Gashir"], 32.68, 13.18, "Tripoli", "town", "LY")
GHARYAN = P(["Gharyan", "Gharian", "Ghiryan"], 32.1722, 13.0203, "Jabal al Gharbi", "town", "LY")
WEST_LIBYA = P(["western region", "western part of the country", "western Libya"], None, None, None, "region", "LY")
BENGHAZI = P(["Benghazi", "Banghazi"], 32.1167, 20.0667, "Benghazi", "city", "LY")
TOBRUK = P(["Tobruk", "Tubruq"], 32.0836, 23.9764, "Butnan", "city", "LY")

# Pakistan (PK)
MAKKIGARH = P(["Makkigarh Post", "Makkigarh", "Shawal Valley", "Shawal"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
KHAR_KAMAR = P(["Khar Kamar Checkpost", "Khar Kamar", "Khar Qamar Post", "Khar Qamar", "Boya"], None, None, "Khyber Pakhtunkhwa", "site", "PK")
MIRAN_SHAH = P(["Miran Shah", "Miramshah", "Miram Shah"], 33.0, 70.07, "Khyber Pakhtunkhwa", "town", "PK")
NOORKHEL = P(["Noorkhel", "Noor Khel", "Nurkhel"], None, None, "Khyber Pakhtunkhwa", "village", "PK")
WANA = P(["Wana"], 32.2989, 69.5725, "Khyber Pakhtunkhwa", "town", "PK")
AFGHANISTAN = P(["Afghanistan"], None, None, None, "country", "AF")
# Lebanon (LB) and northern Israel
MAIFADOUN = P(["Maifadoun", "Mayfadoun", "Mayfadun", "Meifadoun"], None, None, "Nabatieh", "village", "LB")
KHIAM = P(["Khiam", "El Khiam", "al-Khiam"], 33.3289, 35.6131, "Nabatieh", "village", "LB")
DAHIEH = P(["Dahieh", "Dahiyeh", "Beirut's southern suburbs", "Beirut"], 33.85, 35.50, "Mount Lebanon", "site", "LB")
SE_LEBANON = P(["southeastern Lebanon", "south Lebanon", "southern Lebanon"], None, None, None, "region", "LB")
NAJJARIYEH = P(["Najjariyeh", "Najjariyah", "al-Najjariyeh"], None, None, "South Governorate", "village", "LB")
ADDOUSIYEH = P(["Addousiyeh", "Adousieh", "Addousieh"], None, None, "South Governorate", "village", "LB")
ZAHRANI = P(["Zahrani", "Zahrani area"], None, None, "South Governorate", "village", "LB")
METULA = P(["Metula", "Metulla"], 33.2786, 35.5786, "Northern District", "town", "IL")
SOUTH_LEBANON = P(["south Lebanon", "southern Lebanon"], None, None, None, "region", "LB")
# Nagorno-Karabakh (AZ)
STEPANAKERT = P(["Stepanakert", "Khankendi", "Xankandi", "Stepankert"], 39.8153, 46.7519, "Khankendi", "city", "AZ")
SHUSHA = P(["Shusha", "Shushi", "Shoushi", "Susa"], 39.76006, 46.74989, "Shusha", "town", "AZ")
NAGORNO_KARABAKH = P(["Nagorno-Karabakh", "Karabakh", "Artsakh", "Nagorno Karabakh"], None, None, None, "region", "AZ")

# Ukraine, more (UA)
MAIORSK = P(["Maiorsk", "Mayorsk", "Maiorske"], None, None, "Donetsk", "village", "UA")
UKRAINE_C = P(["Ukraine"], None, None, None, "country", "UA")
KOSTIANTYNOPOLSKE = P(["Kostiantynopolske", "Konstantinopolskoye", "Ostrovsky", "Ostrovskoye"], None, None, "Donetsk", "village", "UA")
KURAKHOVE = P(["Kurakhove", "Kurakhovo"], 47.9836, 37.2822, "Donetsk", "town", "UA")
UMANSKE = P(["Umanske", "Umanskoye"], None, None, "Donetsk", "village", "UA")
DONETSK = P(["Donetsk"], 48.023, 37.80224, "Donetsk", "city", "UA")
POBEDA = P(["Pobeda", "Pobieda", "Peremoha"], None, None, "Donetsk", "village", "UA")
KHERSON_OBL = P(["Kherson region", "Kherson oblast", "Kherson"], None, None, "Kherson", "admin1", "UA")
DONETSK_OBL = P(["Donetsk region", "Donetsk oblast", "Donetsk"], None, None, "Donetsk", "admin1", "UA")
CRIMEA = P(["Crimea", "Crimean peninsula"], None, None, "Crimea", "admin1", "UA")
# Mosul neighbourhoods (IQ): not in cities500, so names only, with the city's name as a last alternative
MOSUL = P(["Mosul"], 36.335, 43.11889, "Nineveh", "city", "IQ")
def MOSUL_Q(*names):
    return P(list(names) + ["Mosul"], None, None, "Nineveh", "site", "IQ")
DAWASA = MOSUL_Q("Dawasa", "al-Dawasa", "Dawwasa")
MOSUL_GOV_COMPLEX = MOSUL_Q("government complex", "Nineveh government complex")
BALADIYAT = MOSUL_Q("Baladiyat", "al-Baladiyat")
SUKKAR = MOSUL_Q("Sukkar", "al-Sukkar")
FURQAN = MOSUL_Q("Furqan", "al-Furqan")
ATIBAA = MOSUL_Q("Atibaa", "al-Atibaa", "Atibba")
DOMIZ = MOSUL_Q("Domiz", "Domeez", "Dumeez")
PALESTINE_Q = MOSUL_Q("Palestine", "Falastin", "Philistine")
SALAM_Q = MOSUL_Q("al-Salam", "Salam")
SUMER = MOSUL_Q("Sumer")
SAHIRON = MOSUL_Q("Sahiron", "Sahiroun")
EAST_YARIMJA = MOSUL_Q("East Yarimja", "Yarimja")
MOSUL_NW = MOSUL_Q("northwest of Mosul", "northwestern Mosul", "Haramat", "Hulela")
HULELA = MOSUL_Q("Hulela", "Hulaylah", "Haramat", "Haramat district")
OLD_CITY = MOSUL_Q("Old City", "Mosul Old City", "northwestern corner of Mosul")
MASHAHDA = MOSUL_Q("al-Mashahda", "Mashahda", "al-Mashahada")
BAYD = MOSUL_Q("al-Bayd", "Bayd", "al-Baidh")
RAS_JADDA = MOSUL_Q("Ras al-Jadda", "Ras al-Jada")
TANAK = MOSUL_Q("Tanak", "al-Tanak")
YARMOUK = MOSUL_Q("Yarmouk", "al-Yarmouk")
NURI_MOSQUE = MOSUL_Q("Grand al-Nuri Mosque", "al-Nuri Mosque", "mosque grounds")
# Yemen, more (YE)
JABAL_RAS = P(["Jabal Ras", "Jabal Ra's", "Hodeida", "Hodeidah"], None, None, "Al Hudaydah", "region", "YE")
HODEIDAH = P(["Hodeidah", "Hodeida", "Al Hudaydah"], 14.7978, 42.9545, "Al Hudaydah", "city", "YE")
HODEIDAH_AIRPORT = P(["Hodeida airport", "Hodeidah International Airport", "Hodeidah airport"], None, None, "Al Hudaydah", "site", "YE")
HODEIDAH_PROV = P(["Hodeidah province", "Hodeida", "Al Hudaydah governorate"], None, None, "Al Hudaydah", "admin1", "YE")
HAYS = P(["al-Hayes", "Hays", "Hais", "al-Hays"], None, None, "Al Hudaydah", "town", "YE")
ZABID = P(["Zabid", "Zabaid", "Zebid"], 14.1951, 43.3152, "Al Hudaydah", "town", "YE")
YEMEN_C = P(["Yemen"], None, None, None, "country", "YE")
SANAA = P(["Sanaa", "Sana'a", "Sana"], 15.3547, 44.2067, "Amanat al Asimah", "city", "YE")

# Afghanistan, more (AF)
SAR_E_PUL = P(["Sar-e Pul", "Sar-i-Pul", "Sar-e Pol", "Sari Pul"], 36.21544, 65.93249, "Sar-e Pol", "city", "AF")
SAR_E_PUL_PROV = P(["Sar-e Pul province", "Sar-e Pol province", "Sar-e Pul"], None, None, "Sar-e Pol", "admin1", "AF")
AYBAK = P(["Aybak", "Aibak", "Samangan"], 36.2646, 68.0155, "Samangan", "city", "AF")
SAMANGAN = P(["Samangan province", "Samangan"], None, None, "Samangan", "admin1", "AF")
KABUL = P(["Kabul"], 34.5281, 69.1723, "Kabul", "city", "AF")
GHAZNI = P(["Ghazni", "Ghazni city"], 33.5536, 68.4269, "Ghazni", "city", "AF")
SOUTH_AFG = P(["southern provinces", "southern Afghanistan"], None, None, None, "region", "AF")
PANJSHIR = P(["Panjshir province", "Panjshir"], None, None, "Panjshir", "admin1", "AF")
# Syria, more (SY)
SW_SYRIA = P(["southwestern Syria", "southwest Syria", "the southwest"], None, None, None, "region", "SY")
PALMYRA = P(["Palmyra", "Tadmur", "Tadmor"], 34.5601, 38.2805, "Homs", "town", "SY")

# ---- actors -------------------------------------------------------------------------
GOV, IS, REB, NUSRA, FSA = "Syrian government", "Islamic State", "Syrian rebels", "Nusra Front", "Free Syrian Army"
SOHR = "Syrian Observatory for Human Rights"
IRQ, IRQ_MIL, PESH = "Iraqi government", "Iraqi militias", "Peshmerga"
RUS, UKR, DPR, LPR = "Russia", "Ukraine", "Donetsk People's Republic", "Luhansk People's Republic"
HOU, YEM, SAU = "Houthis", "Yemeni government", "Saudi-led coalition"
HAMAS, PIJ, ISR, HEZ, LEB = "Hamas", "Palestinian Islamic Jihad", "Israel", "Hezbollah", "Lebanese army"
TAL, AFG, PAK, TTP = "Taliban", "Afghan government", "Pakistan", "Tehrik-i-Taliban Pakistan"
LNA, GNA = "Libyan National Army", "Government of National Accord"
AZE, ARM, ART = "Azerbaijan", "Armenia", "Armenian separatists"
USA = "United States"
CIV = "civilians"
GAZA_MOH = "Gaza Health Ministry"

DOCS = [
# a001: UPI re-published on a blog; dateline 'April 28 (UPI)', year from the URL /2015/04/ -> Tuesday 2015-04-28.
# Thursday = 23 Apr, Saturday = 25 Apr, Sunday = 26 Apr, Monday = 27 Apr.
D("a001_syria_jisr_al_shughour.txt", "2015-04-28", "UPI (ipledgeallegiancetotheflagocpi blog)", "Syria", events=[
    E("territory_captured", [NUSRA, REB], [GOV], JISR, "2015-04-25",
      why="Saturday's capture of Jisr al-Shughour: the factions stormed in on Thursday, taking most of it by Saturday"),
    E("armed_clash", [NUSRA, REB], [GOV], JISR, "2015-04-23", "2015-04-25",
      why="allied Islamic factions including Nusra stormed into the town on Thursday (assault until Saturday)"),
    E("arrest", [NUSRA, REB], [GOV], JISR, "2015-04-25", "2015-04-28", sources=[SOHR],
      why="rebels captured 100 government troops and militia fighters (with families) in Jisr al-Shughour; SOHR on Tuesday"),
    E("arrest", [NUSRA, REB], [GOV], ESHTABRAQ, "2015-04-25", "2015-04-28", sources=[SOHR], optional=True,
      why="some of the prisoners were captured in the village of Eshtabraq"),
    E("evacuation", [GOV], [], JISR, "2015-04-25", "2015-04-26", status="claimed", sources=["Syrian state news"], optional=True,
      why="state news: its forces redeployed to the outskirts of the town (resolved: a retreat, optional evacuation per the "
          "corpus convention; second annotation)"),
    E("violence_against_civilians", [NUSRA, REB], [CIV], JISR, "2015-04-25", "2015-04-26", status="claimed",
      sources=["Syrian state news"], optional=True,
      why="state news: militants were conducting executions in the town (victims unspecified)"),
    E("air_strike", [GOV], [NUSRA, REB], JISR, "2015-04-23", "2015-04-28",
      why="since the assault began, Syrian military airstrikes pounded rebel supply routes and positions in the town, killing dozens"),
    E("siege", [NUSRA, REB], [GOV], JISR, "2015-04-26", sources=[SOHR],
      why="SOHR on Sunday: militants surrounded about 30 soldiers in the town's hospital ('the besieged soldiers')"),
    E("armed_clash", [GOV], [NUSRA, REB], JISR, "2015-04-28", sources=[SOHR],
      why="SOHR on Tuesday: heavy clashes continued at the hospital after regime forces sneaked in"),
    E("territory_captured", [NUSRA, REB], [GOV], IDLIB, "2015-03-01", "2015-03-31", "month",
      why="Islamist militants captured Idlib city last month"),
    E("air_strike", [GOV], [CIV], DARKOUSH, "2015-04-26", sources=[SOHR],
      why="SOHR on Sunday: 60 civilians killed or wounded in government airstrikes in Darkoush (no separate death toll)"),
    E("territory_captured", [REB], [GOV], QARMEED, "2015-04-27", sources=[SOHR],
      why="on Monday rebel forces seized the province's al-Qarmeed military base"),
 ], control=[
    C(JISR, REB, "2015-04-28", contested_by=[GOV],
      why="captured by the Islamist factions; soldiers still holding out, besieged, in the hospital"),
    C(IDLIB, REB, "2015-04-28", why="captured by Islamist militants last month"),
    C(QARMEED, REB, "2015-04-28", why="seized on Monday"),
 ], why="dateline April 28 (UPI), year from the blog URL; the state news' 'redeployed to the outskirts' is the same fall, "
        "told by the loser; the BBC analyst's line is cut off"),

# a002: AP via Columbia Daily Tribune, URL 2014/08/13 (a Wednesday); 'today' = 13 Aug, Tuesday = 12 Aug.
D("a002_syria_akhtarin.txt", "2014-08-13", "Columbia Daily Tribune (AP)", "Syria", events=[
    E("territory_captured", [IS], [REB], AKHTARIN, "2014-08-13", sources=["activists"],
      why="activists: IS fighters captured the town of Akhtarin after fierce clashes with mainstream rebels"),
    E("territory_captured", [IS], [REB], TURKMANBAREH, "2014-08-13", sources=["activists"],
      why="... and the town of Turkmanbareh"),
    E("territory_captured", [IS], [REB], MASOUDIYEH, "2014-08-12", "2014-08-13", sources=["activists"],
      why="the militants also took a string of nearby villages including Masoudiyeh"),
    E("territory_captured", [IS], [REB], DABIQ, "2014-08-12", "2014-08-13", sources=["activists"], why="... Dabiq"),
    E("territory_captured", [IS], [REB], GHOUZ, "2014-08-12", "2014-08-13", sources=["activists"], why="... and Ghouz"),
    E("armed_clash", [IS], [REB, FSA], AKHTARIN, "2014-08-12", "2014-08-13", status="claimed", sources=["Abu Thabet"],
      why="all-out offensive for Akhtarin launched on Tuesday, clashes lasted all night (resolved: the only source is a rebel "
          "commander, a party to the fighting, so claimed; a003 adds SOHR and stays reported)"),
    E("siege", [GOV, IS], [REB], ALEPPO_PROV, "2014-08-13", optional=True,
      why="commander: the mainstream rebels are encircled in Aleppo province by government forces and IS (a general picture)"),
 ], control=[
    C(AKHTARIN, IS, "2014-08-13", why="captured today"), C(TURKMANBAREH, IS, "2014-08-13", why="captured today"),
    C(MASOUDIYEH, IS, "2014-08-13", why="taken"), C(DABIQ, IS, "2014-08-13", why="taken"), C(GHOUZ, IS, "2014-08-13", why="taken"),
    C(MAREA, "Islamic Front", "2014-08-13", why="Marea is a stronghold of the Islamic Front, a rebel alliance (resolved: the text "
      "names the faction, and the spec keeps `Syrian rebels` for when no faction is named)"),
 ], why="URL date 2014/08/13 and 'today'; IS's 'ultimate goal' to reach Marea and Azaz is intent, not an event"),

# a003: the same AP story re-edited on Times of Earth, URL 2014/08/14 (Thursday); 'on Wednesday' = 13 Aug.
D("a003_syria_akhtarin.txt", "2014-08-14", "Times of Earth (AP)", "Syria", duplicate_of="a002_syria_akhtarin.txt", events=[
    E("territory_captured", [IS], [REB], AKHTARIN, "2014-08-13", sources=["activists"],
      why="captured the towns of Akhtarin and Turkmanbareh on Wednesday after fierce clashes"),
    E("territory_captured", [IS], [REB], TURKMANBAREH, "2014-08-13", sources=["activists"], why="same sentence"),
    E("territory_captured", [IS], [REB], MASOUDIYEH, "2014-08-12", "2014-08-13", sources=["activists"],
      why="string of nearby villages including Masoudiyeh"),
    E("territory_captured", [IS], [REB], DABIQ, "2014-08-12", "2014-08-13", sources=["activists"], why="... Dabiq"),
    E("territory_captured", [IS], [REB], GHOUZ, "2014-08-12", "2014-08-13", sources=["activists"], why="... and Ghouz"),
    E("armed_clash", [IS], [REB, FSA], AKHTARIN, "2014-08-12", "2014-08-13", sources=[SOHR, "Abu Thabet"], fatalities=39,
      why="offensive launched Tuesday, clashes all night; SOHR: at least 31 rebels and 8 IS fighters killed in the clashes"),
    E("siege", [GOV, IS], [REB], ALEPPO_PROV, "2014-08-14", optional=True,
      why="commander: rebels encircled in Aleppo province by government forces and IS (general picture)"),
 ], control=[
    C(AKHTARIN, IS, "2014-08-13", why="captured on Wednesday"), C(TURKMANBAREH, IS, "2014-08-13", why="captured on Wednesday"),
    C(MASOUDIYEH, IS, "2014-08-13", why="taken"), C(DABIQ, IS, "2014-08-13", why="taken"), C(GHOUZ, IS, "2014-08-13", why="taken"),
    C(MAREA, "Islamic Front", "2014-08-14", why="stronghold of the Islamic Front (resolved: the named faction, not `Syrian rebels`)"),
 ], why="URL date 2014/08/14; a re-edit of a002 (new lead 'on Wednesday', SOHR toll added, cut mid-word): duplicate of a002"),

# a004: AP via Military.com, URL 2013/09/19 (a Thursday); Wednesday = 18 Sep.
D("a004_syria_azaz.txt", "2013-09-19", "Military.com (AP)", "Syria", events=[
    E("territory_captured", [IS], ["Northern Storm Brigade", REB], AZAZ, "2013-09-18", "2013-09-19", sources=[SOHR],
      why="ISIL stormed Azaz, forcing the Northern Storm Brigade to withdraw (fighting Wednesday until after midnight)"),
    E("armed_clash", [IS], ["Northern Storm Brigade", REB], AZAZ, "2013-09-18", "2013-09-19", sources=[SOHR], fatalities=5,
      why="three rebels and two jihadis killed in the fighting that broke out Wednesday and went on past midnight"),
 ], control=[C(AZAZ, IS, "2013-09-19", why="rebels forced to withdraw from the town")],
 why="URL date 2013/09/19 with 'said Thursday'; ISIL's attempt to detain a German doctor (who escaped) is not an event"),

# a005: AFP via The Nation (Pakistan), URL 31-Dec-2014 (Wednesday): Tuesday = 30 Dec, Monday = 29 Dec.
D("a005_iraq_dhuluiyah.txt", "2014-12-31", "The Nation (AFP)", "Iraq", events=[
    E("territory_captured", [IRQ, IRQ_MIL], [IS], DHULUIYAH, "2014-12-30", status="claimed",
      sources=["Iraqi army major general", "Badr militia"],
      why="commanders: on Tuesday forces completed the recapture of Dhuluiyah ('complete liberation')"),
    E("armed_clash", [IRQ, IRQ_MIL], [IS], DHULUIYAH, "2014-12-28", "2014-12-30",
      why="forces pushed into the town from the north two days earlier, fighting their way south"),
    E("armed_clash", [IRQ, IRQ_MIL], [IS], DHULUIYAH, "2014-12-30", sources=["Omar al-Juburi"], optional=True,
      why="clashes on Tuesday where IS fighters were holed up in houses (same battle)"),
    E("siege", [IS], ["Jubur tribe", CIV], DHULUIYAH, "2014-12-01", "2014-12-30", "month", optional=True,
      why="Badr commander: 'breaking the blockade imposed by IS on the Jubur tribe' (start not given)"),
    E("suicide_bomb", [IS], [IRQ, IRQ_MIL], DHULUIYAH, "2014-12-28", "2014-12-30", "week", sources=["Omar al-Juburi", "Islamic State"],
      optional=True, why="IS fighters have been carrying out suicide attacks; IS photos show one (undated, repeated)"),
    E("air_strike", [IRQ], [IS], DHULUIYAH, "2014-12-28", "2014-12-29", status="claimed", sources=["Iraqi defence ministry"],
      why="ministry said Monday that government warplanes carried out raids on militant positions in the town"),
    E("territory_captured", [IRQ], [IS], DHULUIYAH, "2014-10-01", "2014-10-31", "month",
      why="in October Iraqi forces retook most of Dhuluiyah"),
 ], control=[C(DHULUIYAH, IRQ, "2014-12-30", why="complete liberation, end of the IS presence")],
 why="URL date 31-Dec-2014 and dateline BAGHDAD; celebratory gunfire and reinforcements arriving are not events"),

# a006: HNGN, URL date 20141027 (a Monday): Sunday = 26 Oct.
D("a006_iraq_jurf_al_sakhar.txt", "2014-10-27", "HNGN", "Iraq", events=[
    E("territory_captured", [IRQ, IRQ_MIL], [IS], JURF, "2014-10-26", status="claimed", sources=["Iraqi state TV", "Muthana Khalid"],
      why="state TV: soldiers with Shiite militias recaptured Jurf al-Sakhar on Sunday; police spokesman: flag raised"),
    E("armed_clash", [IRQ, IRQ_MIL], [IS], JURF, "2014-10-25", "2014-10-26", status="claimed", sources=["Muthana Khalid"],
      why="dozens of militants killed during the fight to recapture the town (no exact figure)"),
    E("territory_captured", [IS], [IRQ], JURF, "2014-07-21", "2014-07-31", "month",
      why="background: the town was captured by IS militants in late July"),
    E("territory_captured", [IRQ], [IS], HIMREEN, "2014-10-25", "2014-10-27", status="claimed", sources=["Iraqi security officials"],
      why="security forces established control over four unnamed villages around the Himreen mountains"),
 ], control=[
    C(JURF, IRQ, "2014-10-26", why="recaptured, flag over government buildings"),
    C(FALLUJAH, IS, "2014-10-27", why="'the nearby town of Falluja, an Islamic State stronghold'"),
 ], why="URL date 20141027; IS loudspeaker threats (100 suicide bombers) are threats, defusing roadside bombs is not an attack"),

# a007: Reuters via The Japan News, URL 20231204 (a Monday); the deaths are 'fresh' (caption: video released Sunday 3 Dec).
D("a007_ukraine_kherson.txt", "2023-12-04", "The Japan News (Reuters)", "Ukraine", events=[
    E("shelling", [RUS], [CIV], KHERSON, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy", "Ukrainian officials"],
      fatalities=1, why="Russian shelling of Kherson; a woman killed beside a city bus stop; 20 shelling incidents in the region in a day"),
    E("shelling", [RUS], [CIV], KOSTIANTYNIVKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Ukrainian prosecutor general's office"],
      fatalities=1, why="a 69-year-old woman killed, a 70-year-old woman wounded in Kostyantynivka (part of the 'fresh Russian shelling')"),
    E("shelling", [RUS], [CIV], AVDIIVKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Ukrainian prosecutor general's office"],
      fatalities=0, why="a 64-year-old man injured by shelling in his garden in Avdiivka"),
    E("shelling", [RUS], [CIV], SADOVE, "2023-12-03", "2023-12-04", status="claimed", sources=["Kherson city military administration"],
      fatalities=1, why="shelling in the village of Sadove killed a 78-year-old man in a garage"),
    E("armed_clash", [RUS], [UKR], MARYINKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
      why="Zelenskiy: the most severe battles in Maryinka, Avdiivka and Bakhmut"),
    E("armed_clash", [RUS], [UKR], AVDIIVKA, "2023-11-13", "2023-12-04", "week", status="claimed", sources=["Volodymyr Zelenskiy"],
      why="... Avdiivka, site of some of the fiercest fighting in recent weeks"),
    E("armed_clash", [RUS], [UKR], BAKHMUT, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"], why="... and Bakhmut"),
    E("armed_clash", [RUS], [UKR], KHARKIV_OBL, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
      why="heavy fighting in Kharkiv region"),
    E("territory_captured", [UKR], [RUS], KHERSON, "2022-10-01", "2022-12-31", "month", optional=True,
      why="background: the city was abandoned by Russian forces late last year"),
    E("evacuation", [RUS], [], KHERSON, "2022-10-01", "2022-12-31", "month", optional=True,
      why="the same background read as a Russian withdrawal (resolved: retreats are optional evacuation events)"),
    E("shelling", [RUS], [CIV], KHERSON_OBL, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
      optional=True, why="Kherson region 'suffered 20 shelling incidents in one day' (resolved: a region-wide aggregate, optional)"),
 ], control=[C(KHERSON, UKR, "2023-12-04", why="west-bank city abandoned by Russia, now shelled from the east bank")],
 why="URL date 20231204; the Reuters story is undated otherwise ('fresh' shelling, caption 'released on Sunday'); "
     "Ukrainian officials are a party, hence claimed; text cut off at 'Roman Mro'"),

# a008: NYT piece captured by NewsSniffer; the NYT URL inside the text is dated 2014/07/09; 'on Tuesday' = 8 July.
D("a008_yemen_omran.txt", "2014-07-09", "The New York Times (NewsSniffer)", "Yemen", events=[
    E("territory_captured", [HOU], [YEM, "Sunni tribesmen"], OMRAN, "2014-07-08", sources=["local official", "residents"],
      why="Shiite rebels captured Omran on Tuesday"),
    E("armed_clash", [HOU], [YEM, "Sunni tribesmen"], OMRAN, "2014-07-08", sources=["local officials", "witnesses"], fatalities=100,
      why="the Houthis seized Omran after battles in which about 100 were killed and 150 wounded on Tuesday alone"),
    E("armed_clash", [HOU], [YEM, "Sunni tribesmen"], OMRAN, "2014-06-30", "2014-07-06", "week", optional=True,
      why="the current round of fighting began last week"),
    E("agreement", [HOU, YEM], [], OMRAN, "2014-06-23", optional=True,
      why="background: a June 23 cease-fire (which collapsed); place taken from context"),
 ], control=[C(OMRAN, HOU, "2014-07-09", why="Omran captured, rebels on the outskirts of the capital")],
 why="the embedded nytimes.com URL gives 2014/07/09; 'Version 0 of 1' is NewsSniffer junk"),

# a009: AP via The Indian Express, top line 'date 2017-01-17'; 'today's strike'.
D("a009_yemen_taiz.txt", "2017-01-17", "The Indian Express (AP)", "Yemen", events=[
    E("shelling", [HOU], [CIV], TAIZ_PROV, "2017-01-17", status="claimed", sources=["Yemeni security officials"], fatalities=6,
      why="a rocket fired by Houthi rebels killed six civilians in an area of southern Taiz province today"),
    E("armed_clash", [HOU], [YEM], TAIZ, "2017-01-16", "2017-01-17", status="claimed", sources=["Yemeni security officials"], fatalities=40,
      why="clashes around the city have killed 23 Houthis and 17 troops over the past two days"),
    E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2016-01-31", "year", optional=True,
      why="background: 'after Houthis seized the capital Sanaa'; its date only as 'the war is entering its second year' "
          "(resolved: optional, second annotation)"),
 ], control=[
    C(SANAA, HOU, "2017-01-17", why="Houthis seized the capital Sanaa and 'the northern region remains under Houthi control' "
      "(resolved: the text asserts who holds the capital; the region itself stays too vague)"),
 ], why="date line 2017-01-17; the caption (recruits gathering in Sanaa), the seizure of Sanaa and the coalition air "
        "campaign are background without a date of their own (the seizure of Sanaa optional); the northern region is too vague for a "
        "control assertion, Sanaa is not"),

# a010: Reuters via Al Arabiya, URL 2022/05/20 (a Friday); 'over the past 24 hours'.
D("a010_ukraine_sievierodonetsk.txt", "2022-05-20", "Al Arabiya (Reuters)", "Ukraine", events=[
    E("shelling", [RUS], [CIV], SIEVIERODONETSK, "2022-05-19", "2022-05-20", status="claimed", sources=["Serhiy Gaidai"], fatalities=12,
      why="twelve of the 13 civilians killed by Russian shelling in the past 24 hours were killed in Sievierodonetsk"),
    E("shelling", [RUS], [CIV], LUHANSK_OBL, "2022-05-19", "2022-05-20", status="claimed", sources=["Serhiy Gaidai"], fatalities=13,
      optional=True, why="the region-wide figure of 13 (12 of them in Sievierodonetsk)"),
    E("armed_clash", [RUS], [UKR], SIEVIERODONETSK, "2022-05-13", "2022-05-20", "week", status="claimed", sources=["Serhiy Gaidai"],
      why="a Russian assault on the town has been unsuccessful"),
    E("armed_clash", [RUS], [UKR], LYSYCHANSK, "2022-05-13", "2022-05-20", "week", optional=True,
      why="Lysychansk lies in the area where Russian troops have launched an offensive"),
 ], control=[C(SIEVIERODONETSK, UKR, "2022-05-20", contested_by=[RUS], why="the Russian assault on it has been unsuccessful")],
 why="URL 2022/05/20 and 'said on Friday'; the Borodyanka photo caption (April 7) only shows destruction: not an event"),
# a011: Express & Star (PA/AP copy), URL 2024/08/27 (a Tuesday): 'late on Monday' = 26 Aug, 'early on Tuesday' = 27 Aug.
D("a011_gaza_khan_younis.txt", "2024-08-27", "Express & Star", "Israel/Gaza", events=[
    E("air_strike", [ISR], [CIV], TUFAH, "2024-08-26", status="claimed", sources=["Gaza Civil Defence"], fatalities=4,
      why="Civil Defence: three children and their mother killed in an air strike late on Monday in the Tufah area of Gaza City"),
    E("air_strike", [ISR], [CIV], GAZA_CITY, "2024-08-26", status="claimed", sources=[GAZA_MOH], fatalities=5,
      why="another strike late Monday hit a building in downtown Gaza City: a child, three women and a man killed"),
    E("air_strike", [ISR], [CIV], SOUTH_GAZA, "2024-08-27", sources=["Nasser Hospital"], fatalities=5,
      why="in southern Gaza a strike on a home early on Tuesday killed five (bodies taken to Nasser Hospital, Khan Younis)"),
    E("air_strike", [ISR], [CIV], KHAN_YOUNIS, "2024-08-27", sources=["Nasser Hospital"], fatalities=4,
      why="another air strike early Tuesday flattened a home west of Khan Younis, at least four killed"),
    E("violence_against_civilians", [HAMAS], [CIV, ISR], SOUTH_ISRAEL, "2023-10-07", fatalities=1200, optional=True,
      why="background: the war began when Hamas-led militants stormed into southern Israel on October 7 (2023, year implied), killing some 1,200"),
 ], why="URL date 2024/08/27; the 18 dead are the sum of the four strikes; the caption about displaced Palestinians and the "
        "40,000 war-wide toll are not events. Gaza's Hamas-run ministry and Civil Defence count as a party (claimed); the hospital as medics (reported)"),

# a012: The New Arab, '05 May, 2019' (a Sunday): 'Friday' = 3 May.
D("a012_gaza_ashkelon.txt", "2019-05-05", "The New Arab", "Israel/Gaza", events=[
    E("air_strike", [ISR], [HAMAS, PIJ, CIV], GAZA_STRIP, "2019-05-03", "2019-05-05", status="claimed", sources=[GAZA_MOH], fatalities=18,
      why="ministry: 18 killed and 110 wounded in the Gaza Strip since Israeli attacks began on Friday; air raids and strikes from the sea"),
    E("air_strike", [ISR], [HAMAS, PIJ, CIV], GAZA_STRIP, "2019-05-05", sources=["AFP"], fatalities=11,
      why="AFP: 11 Palestinians killed on Sunday alone, including a Hamas commander and two Islamic Jihad militants"),
    E("shelling", [ISR], [HAMAS, PIJ, CIV], GAZA_STRIP, "2019-05-03", "2019-05-05", optional=True,
      why="'strikes from the sea': naval fire read as shelling"),
    E("armed_clash", [HAMAS, PIJ], [ISR], GAZA_BORDER, "2019-05-03", "2019-05-05",
      why="fighting broke out between armed Palestinian factions and the Israeli army on Friday"),
    E("protest", [CIV], [ISR], GAZA_BORDER, "2019-05-03", fatalities=4,
      why="four Palestinians killed and two Israeli soldiers injured during a weekly Palestinian protest on the border"),
    E("shelling", [HAMAS, PIJ], [CIV], ASHKELON, "2019-05-03", "2019-05-05", fatalities=3,
      why="three Israelis killed in Palestinian rocket attacks targeting the city of Ashkelon (day not given; AFP's Sunday report)"),
    E("shelling", [HAMAS, PIJ], [ISR], ISRAEL_C, "2019-05-03", "2019-05-05",
      why="Palestinian armed factions have fired roughly 600 rockets into Israel since Friday"),
 ], control=[C(GAZA_STRIP, HAMAS, "2019-05-05", besieged_by=[ISR],
      why="'the Hamas-led, Gaza-based Palestinian government'; 'the besieged Gaza Strip'")],
 why="date line '05 May, 2019' under the headline; Netanyahu's vow to intensify strikes is a threat; the Rafah victim's "
     "residence is not the strike's place"),

# a013: IANS via Business Standard, 'First Published: Jul 12 2014' (a Saturday): 'early Tuesday' = 8 July.
D("a013_gaza_jabalia.txt", "2014-07-12", "Business Standard (IANS)", "Israel/Gaza", events=[
    E("air_strike", [ISR], [CIV], JABALIA, "2014-07-12", sources=["medics", "witnesses", "Xinhua"], fatalities=3,
      why="an Israeli war jet fired a missile at a group near a mosque in Jabalia early Saturday: three killed, five wounded"),
    E("air_strike", [ISR], [HAMAS], DEIR_BALAH, "2014-07-11", "2014-07-12", sources=["witnesses"], fatalities=2,
      why="overnight, two more (Hamas members, witnesses say) killed in an air strike on Deir el-Ballah"),
    E("air_strike", [ISR], [CIV, HAMAS], GAZA_STRIP, "2014-07-08", "2014-07-12", status="claimed", sources=["Palestinian health ministry"],
      fatalities=111, optional=True, why="ministry: 111 killed since the offensive began early Tuesday (campaign total so far)"),
 ], why="'First Published: Jul 12 2014 | 7:56 AM IST'; 'Telegram channel' line is site junk"),

# a014: AP via WQOW, top line 'date 2021-05-11' and URL 2021/05/11 (a Tuesday).
D("a014_afghan_nirkh.txt", "2021-05-11", "WQOW (AP)", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], NIRKH, "2021-05-11", status="claimed", sources=["provincial council official", TAL],
      why="provincial council official: the Taliban overran the Nirkh district headquarters in Maidan Wardak on Tuesday; Taliban confirmed"),
 ], control=[C(NIRKH, TAL, "2021-05-11", why="district headquarters taken; the insurgents have long held sway in the area")],
 why="dated 2021-05-11; the US/NATO withdrawal is context, not an event"),

# a015: CGTN Africa, URL 2020-06-06 (a Saturday): 'on Friday' = 5 June 2020.
D("a015_libya_tarhouna.txt", "2020-06-06", "CGTN Africa", "Libya", events=[
    E("territory_captured", [GNA], [LNA], TARHOUNA, "2020-06-05", sources=["Reuters", "LNA military sources"],
      why="GNA forces captured Tarhouna, Haftar's last major stronghold near the capital, on Friday; LNA sources: forces withdrew"),
    E("territory_captured", [GNA], [LNA], NW_LIBYA, "2020-01-01", "2020-06-05", "month", optional=True,
      why="Tripoli-based troops steadily regained control of vital regions around the northwest (undated, unnamed)"),
    E("armed_clash", [LNA], [GNA], TRIPOLI, "2019-04-01", "2020-06-05", "month", optional=True,
      why="Haftar's 14-month offensive on the capital (campaign-long)"),
 ], control=[C(TARHOUNA, GNA, "2020-06-05", why="captured on Friday")],
 why="URL date 2020-06-06; the photo caption (Al-Khalla frontline) is a file photo; Turkish support and war-wide tolls are not events"),

# a016: Al Jazeera, URL 2019/4/14 (a Sunday): 'on Saturday' = 13 April.
D("a016_libya_tripoli.txt", "2019-04-14", "Al Jazeera", "Libya", events=[
    E("armed_clash", [LNA], [GNA], TRIPOLI, "2019-04-04", "2019-04-14", sources=["United Nations"], fatalities=75,
      why="Haftar announced an attack on Tripoli on April 4; UN (caption): the battle around Tripoli has killed 75, including 17 civilians"),
    E("air_strike", [LNA], [], TRIPOLI_SOUTH, "2019-04-13",
      why="on Saturday an air raid by Haftar's forces hit the yard of a school on the southern outskirts of Tripoli"),
    E("advance", [LNA], [GNA], TRIPOLI, "2019-04-04", "2019-04-14", optional=True,
      why="caption: LNA troops advancing to Tripoli, reinforcements leaving Benghazi on April 7"),
 ], why="URL date 2019/4/14; 'set to move in on Tripoli', the Es Sider/Ras Lanuf deployment and Sisi's meeting are plans and "
        "diplomacy; 'control swaths of eastern Libya' is too vague for a control assertion"),

# a017: cchdailynews (scraped, with junk), URL 2019/04/07 (a Sunday): Saturday = 6 April, Thursday = 4 April.
D("a017_libya_tripoli_airport.txt", "2019-04-07", "CCH Daily News", "Libya", events=[
    E("territory_captured", [LNA], [GNA], TRIPOLI_AIRPORT, "2019-04-06", status="claimed", sources=["Libyan National Army"],
      why="Haftar's forces said Saturday they seized control of the main airport in Tripoli"),
    E("siege", [LNA], [GNA], TRIPOLI, "2019-04-04",
      why="Haftar's forces on Thursday encircled Tripoli in a push to take the capital"),
    E("advance", [LNA], [GNA], TRIPOLI, "2019-04-04", "2019-04-06", optional=True,
      why="Haftar ordered his forces to march on the capital; the UN Security Council speaks of his advance"),
    E("armed_clash", [LNA], [GNA], TRIPOLI, "2019-04-04", "2019-04-06", status="claimed", sources=["Libyan National Army"], fatalities=5,
      why="the general's loyalists say five of their troops have been killed in the clashes"),
    E("armed_clash", [LNA], [GNA], QASR_BIN_GHASHIR, "2019-04-06", "2019-04-07", status="claimed", sources=["Fathi Bashaga"],
      why="Bashaga: fighting still ongoing in the Qasr bin Ghashir area near Tripoli"),
    E("air_strike", [GNA], [LNA], TRIPOLI, "2019-04-05", "2019-04-07", status="claimed", sources=["pro-government forces", "AFP"], optional=True,
      why="pro-government forces said they targeted Haftar's forces with 'intensive strikes' (means not said)"),
    E("arrest", [GNA, "Zawiya militia"], [LNA], TRIPOLI, "2019-04-04", "2019-04-07", optional=True,
      why="headline only: Libyan militias capture Haftar's forces marching on Tripoli (the Zawiya militia is mentioned)"),
 ], control=[
    C(TRIPOLI_AIRPORT, LNA, "2019-04-06", why="claimed seized on Saturday"),
    C(TRIPOLI, GNA, "2019-04-07", besieged_by=[LNA], why="seat of the UN-backed government, encircled by Haftar's forces"),
 ], why="URL date 2019/04/07; tripled headline and the trailing Trump/Biden item are site junk; UN, Russian and Guterres "
        "statements are diplomacy"),

# a018: Al Jazeera, URL 2019/4/4 (a Thursday): 'Wednesday evening' = 3 April.
D("a018_libya_gharyan.txt", "2019-04-04", "Al Jazeera", "Libya", events=[
    E("armed_clash", [LNA], [GNA], GHARYAN, "2019-04-03", sources=["Ahmed Mismari"],
      why="a brief skirmish between the LNA and Serraj-allied forces was reported Wednesday evening near Gharyan, south of the capital"),
    E("advance", [LNA], [GNA], WEST_LIBYA, "2019-04-03", status="claimed", sources=["Libyan National Army"],
      why="LNA media centre: several units headed to the western region 'to cleanse it'; video of a column of armed vehicles"),
 ], control=[
    C(TRIPOLI, GNA, "2019-04-04", why="the internationally recognised government based in Tripoli"),
    C(BENGHAZI, LNA, "2019-04-04", why="'the eastern city of Benghazi, the LNA's main base'"),
    C(TOBRUK, LNA, "2019-04-04", why="rival administration in Tobruk, allied with Haftar"),
 ], why="URL date 2019/4/4; the military alert, the 2017 file photo and Haftar's repeated intentions are not events"),
# a019: The Nation (Pakistan), top line 'date 2019-05-28' (a Tuesday): 'said yesterday' = 27 May, 'on Sunday' = 26 May.
D("a019_pakistan_north_waziristan.txt", "2019-05-28", "The Nation", "Pakistan", events=[
    E("armed_clash", [], [PAK], MAKKIGARH, "2019-05-26", "2019-05-27", status="claimed", sources=["ISPR"], fatalities=1,
      why="ISPR: terrorists raided Makkigarh Post in Shawal Valley; a soldier killed in the exchange of fire, attempt repulsed"),
    E("armed_clash", ["Pashtun Tahafuz Movement"], [PAK], KHAR_KAMAR, "2019-05-26", status="claimed", sources=["ISPR"], fatalities=3,
      why="exchange of fire at Khar Kamar Checkpost on Sunday: three killed, 15 injured incl. five soldiers; ISPR: a PTM-led group assaulted the post"),
    E("protest", ["Pashtun Tahafuz Movement"], [PAK], KHAR_KAMAR, "2019-05-26", status="claimed", sources=["ISPR"], optional=True,
      why="ISPR: the group wanted to exert pressure for the release of an arrested suspect (a demonstration at the post, in ISPR's words an assault)"),
    E("arrest", [PAK], ["Pashtun Tahafuz Movement"], KHAR_KAMAR, "2019-05-26", "2019-05-27", status="claimed", sources=["ISPR"],
      why="Ali Wazir along with eight individuals had been arrested"),
    E("arrest", [PAK], [], KHAR_KAMAR, "2019-05-20", "2019-05-26", "week", status="claimed", sources=["ISPR"], optional=True,
      why="a suspected terrorists' facilitator arrested 'the other day'"),
 ], why="date line 2019-05-28; the five bodies found in a nullah near Khar Kamar are a discovery with no stated cause or date; "
        "the condemnation is not an event. Unnamed attackers ('terrorists') get an empty actor1"),

# a020: AP (machine-spun: 'squaddies', 'useless') on accuratenewsinfo, date line 2023-06-11 (a Sunday): 'early Saturday' = 10 June.
D("a020_pakistan_miran_shah.txt", "2023-06-11", "Accurate News Info (AP, spun)", "Pakistan", events=[
    E("armed_clash", [], [PAK], MIRAN_SHAH, "2023-06-09", "2023-06-10", status="claimed", sources=["Pakistani army"], fatalities=6,
      why="militants attacked a checkpoint; overnight shootout early Saturday in Miran Shah left three soldiers and three militants dead"),
    E("territory_captured", [TAL], [AFG], AFGHANISTAN, "2021-08-10", "2021-08-20", "week", optional=True,
      why="background: the Afghan Taliban seized power in Afghanistan in mid-August 2021"),
 ], why="date line 2023-06-11, 'the army stated Sunday'; search operations and the seized ammunition cache are not events; "
        "the TTP's ending of the cease-fire 'final November' is the end of an agreement, not an agreement"),

# a021: Dawn copied into a defence.pk forum thread, 'February 28, 2023' (a Tuesday): 'late Sunday night' = 26 Feb, 'on Monday' = 27 Feb.
D("a021_pakistan_noorkhel_wana.txt", "2023-02-28", "Defence.pk forum (Dawn)", "Pakistan", events=[
    E("armed_clash", [], [PAK], NOORKHEL, "2023-02-26", "2023-02-27", status="claimed", sources=["ISPR", "local officials"], fatalities=4,
      why="militants stormed a check post in the Noorkhel area late Sunday night; two soldiers and two attackers killed"),
    E("arrest", [PAK], [], NOORKHEL, "2023-02-26", "2023-02-27", status="claimed", sources=["ISPR"],
      why="two terrorists were also apprehended during the operation"),
    E("remote_explosive", [], [CIV], WANA, "2023-02-27", status="claimed", sources=["Zia Wazir", "Dawn"], fatalities=1,
      why="roadside IED went off about five km south of Wana on Monday around 2pm: one child killed, two critically wounded"),
 ], why="date 'February 28, 2023' in the body (forum junk around it); the sanitisation operation is ongoing, no event"),

# a022: IFP News (Xinhua), date line 2024-08-06 (a Tuesday).
D("a022_lebanon_maifadoun.txt", "2024-08-06", "IFP News (Xinhua)", "Lebanon", events=[
    E("air_strike", [ISR], [], MAIFADOUN, "2024-08-06", sources=["Lebanese military sources"], fatalities=5,
      why="an Israeli drone hit a house in Maifadoun with two missiles on Tuesday: five killed, three wounded"),
    E("air_strike", [ISR], [CIV], KHIAM, "2024-08-06", sources=["Lebanese military sources"], fatalities=0,
      why="another airstrike targeted a house in Khiam, wounding a civilian"),
    E("air_strike", [ISR], [HEZ, CIV], DAHIEH, "2024-07-21", "2024-07-31", "month", fatalities=8,
      why="Israel's attack on Dahieh in late July killed commander Fuad Shukr and seven civilians"),
    E("shelling", [HEZ], [ISR], ISRAEL_C, "2023-10-08",
      why="background: on Oct. 8, 2023 Hezbollah launched a barrage of rockets toward Israel"),
    E("shelling", [ISR], [HEZ], SE_LEBANON, "2023-10-08",
      why="Israel then retaliated with heavy artillery toward southeastern Lebanon"),
 ], why="date line 2024-08-06; Nasrallah's threatened response is a threat. The Lebanese army is not a party to this fight: reported"),

# a023: The Arab Parrot (AFP copy); caption 'May 17, 2024' and 'on Friday' (17 May 2024 was a Friday); Thursday = 16 May.
D("a023_lebanon_najjariyeh.txt", "2024-05-17", "The Arab Parrot (AFP)", "Lebanon", events=[
    E("air_strike", [ISR], [HEZ, CIV], NAJJARIYEH, "2024-05-17", sources=["National News Agency", "Hezbollah", "Israeli military"],
      fatalities=3, why="Israeli strikes on Friday hit Najjariyeh: one Hezbollah fighter and two Syrian children killed"),
    E("air_strike", [ISR], [HEZ], ADDOUSIYEH, "2024-05-17", sources=["National News Agency"],
      why="NNA: strikes targeted Najjariyeh and Addousiyeh, two adjacent villages south of Sidon"),
    E("air_strike", [ISR], [HEZ], ZAHRANI, "2024-05-17", optional=True,
      why="caption: site of Israeli bombardment in the village of Zahrani on May 17 (probably the same strikes)"),
    E("air_strike", [HEZ], [ISR], None, "2024-05-17", status="claimed", sources=["Hezbollah"],
      why="Hezbollah announced Friday it had launched 'attack drones' on Israeli military positions (not located)"),
    E("shelling", [HEZ], [ISR], METULA, "2024-05-16", status="claimed", sources=["Hezbollah"], optional=True,
      why="Thursday's attack on an army position in Metula wounding three soldiers; the weapon is cut off in the text"),
    E("air_strike", [HEZ], [ISR], METULA, "2024-05-16", status="claimed", sources=["Hezbollah"], optional=True,
      why="the same attack read as a drone/air attack"),
 ], why="no date line: the caption's May 17, 2024 and 'on Friday' agree; the cross-border fire 'almost daily since October 7' "
        "is cumulative; Lebanon's state agency is not a party (reported)"),

# a024: newsr.in video page, URL 20240302 (a Saturday).
D("a024_lebanon_south.txt", "2024-03-02", "Newsr (video)", "Lebanon", events=[
    E("air_strike", [ISR], [HEZ], SOUTH_LEBANON, "2024-03-01", "2024-03-02", sources=["security source"], fatalities=3,
      why="an Israeli strike on a car in south Lebanon kills three Hezbollah fighters (day not given; video dated 2 March)"),
 ], why="URL date 20240302; the near-daily Hezbollah attacks and Israeli strikes since October 7 are cumulative background"),

# a025: Sputnik via UrduPoint, 'Wed 07th October 2020 | 12:40 AM'; 'said on Tuesday' = 6 October.
D("a025_karabakh_stepanakert.txt", "2020-10-07", "UrduPoint (Sputnik)", "Nagorno-Karabakh", events=[
    E("shelling", [AZE], [ART, CIV], STEPANAKERT, "2020-10-06", status="claimed", sources=["Artsrun Hovhannisyan", "Sputnik"],
      why="Armenian MoD: Stepanakert under rocket fire again on Tuesday; Sputnik correspondent: explosions all day near the presidential palace"),
    E("shelling", [AZE], [ART, CIV], SHUSHA, "2020-10-06", status="claimed", sources=["Artsrun Hovhannisyan"],
      why="'#Shoushi and #Stepanakert are being shelled again'"),
    E("armed_clash", [AZE], [ARM, ART], NAGORNO_KARABAKH, "2020-09-27",
      why="armed clashes broke out along the line of contact on September 27"),
 ], control=[C(STEPANAKERT, ART, "2020-10-07", why="the capital of the unrecognised breakaway republic")],
 why="UrduPoint header date (12:40 AM on the 7th, the shelling reported Tuesday 6th); mutual accusations, the Minsk Group's "
     "call and Pashinyan's offer are not events"),

# a026: Sputnik, URL 20201004 (a Sunday).
D("a026_karabakh_stepanakert.txt", "2020-10-04", "Sputnik", "Nagorno-Karabakh", events=[
    E("shelling", [AZE], [ART, CIV], STEPANAKERT, "2020-10-04", sources=["Sputnik", "Artsrun Hovhannisyan"],
      why="a new artillery strike hit Stepanakert (Sputnik correspondent: buildings damaged, power station on fire); MoD: civilian victims"),
    E("armed_clash", [ART], [AZE], NAGORNO_KARABAKH, "2020-10-04", status="claimed", sources=["Armenian Ministry of Defence"],
      why="Armenian MoD press secretary: the republic's forces destroyed three aircraft and two enemy tanks"),
    E("armed_clash", [AZE], [ARM, ART], NAGORNO_KARABAKH, "2020-09-27",
      why="on 27 September hostilities broke out in Nagorno-Karabakh"),
    E("shelling", [AZE], [ART, CIV], STEPANAKERT, "2020-09-27", "2020-09-30", status="claimed", sources=["Nagorno-Karabakh authorities"],
      why="authorities said in September that Stepanakert had been shelled, houses destroyed, civilians injured"),
 ], control=[
    C(STEPANAKERT, ART, "2020-10-04", why="capital of the self-proclaimed republic"),
    C(NAGORNO_KARABAKH, ART, "2020-10-04", why="self-styled republic, de facto independent since 1994"),
 ], why="URL date 20201004; martial law, mobilisation and the curfew are not events; the 1994 ceasefire is mentioned only as violated"),

# a027: PanARMENIAN, 'September 27, 2020 - 09:04 AMT' (a Sunday).
D("a027_karabakh_stepanakert.txt", "2020-09-27", "PanARMENIAN", "Nagorno-Karabakh", events=[
    E("shelling", [AZE], [ART, CIV], STEPANAKERT, "2020-09-27", status="claimed", sources=["Vahram Poghosyan"],
      why="Karabakh president's spokesman: the Azerbaijani military has been shelling civilian settlements including Stepanakert, Sunday morning"),
    E("air_strike", [AZE], [ART], NAGORNO_KARABAKH, "2020-09-27", status="claimed", sources=["Shushan Stepanyan"],
      why="Armenian MoD: Azerbaijan launched an air and missile attack on Artsakh"),
    E("armed_clash", [ART], [AZE], NAGORNO_KARABAKH, "2020-09-27", status="claimed", sources=["Shushan Stepanyan", "Nikol Pashinyan"],
      why="Azerbaijan launched an attack on Karabakh; the Karabakh army downed two helicopters and three drones"),
    E("armed_clash", [AZE], [ART], NAGORNO_KARABAKH, "2016-04-01", "2016-04-30", "month",
      why="background: April 2016 four-day campaign; 64 soldiers, 13 volunteers, 4 civilians killed on the Armenian side, 270+ on Azerbaijan's"),
 ], why="date line 'September 27, 2020 - 09:04 AMT'; the vow to retaliate proportionately is a threat"),
# a028: Sputnik via UrduPoint, '13th November, 2022' (a Sunday).
D("a028_ukraine_maiorsk.txt", "2022-11-13", "UrduPoint (Sputnik)", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], MAIORSK, "2022-11-13", status="claimed", sources=["Russian Defense Ministry"],
      why="ministry on Sunday: the village of Maiorsk in Donetsk region 'completely liberated'"),
    E("armed_clash", [RUS], [UKR], UKRAINE_C, "2022-02-24", optional=True,
      why="background: Russia launched its military operation on February 24 (year implied)"),
 ], why="'13th November, 2022' in the dateline; the October annexation after referendums is political, not a listed event type, "
        "and 'Russian-controlled parts of Kherson and Zaporizhzhia' are too vague for a control assertion"),

# a029: Reuters via A News, URL 2024/12/21 (a Saturday).
D("a029_ukraine_kostiantynopolske.txt", "2024-12-21", "A News (Reuters)", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], KOSTIANTYNOPOLSKE, "2024-12-21", status="unverified", sources=["Russian defence ministry"],
      why="ministry on Saturday: troops captured Kostiantynopolske (Ostrovsky); Reuters could not independently confirm"),
    E("armed_clash", [RUS], [UKR], KURAKHOVE, "2024-12-14", "2024-12-21", "week", sources=["DeepState"],
      why="DeepState: Russian troops have stormed Kurakhove and threaten to encircle it (encirclement is a threat, not a siege)"),
 ], why="URL date 2024/12/21; a party's claim the text says could not be confirmed is 'unverified'"),

# a030: TRT World, date line 2024-06-02 (a Sunday).
D("a030_ukraine_umanske.txt", "2024-06-02", "TRT World", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], UMANSKE, "2024-06-02", status="claimed", sources=["Russian defence ministry"],
      why="ministry on Sunday: troops 'liberated the village of Umanskoye'"),
    E("armed_clash", [RUS], [UKR], UKRAINE_C, "2022-02-01", "2022-02-28", "month", optional=True,
      why="background: Russia launched its military offensive in Ukraine in February 2022"),
 ], control=[C(DONETSK, RUS, "2024-06-02", why="'Donetsk, the main city of the region, is under Russian control'")],
 why="date line 2024-06-02; Belousov's 880 km2 'this year alone' and 'advances in all directions' are cumulative claims"),

# a031: AFP via A News, date line 2024-02-22 (a Thursday); BBC 'on Wednesday' = 21 Feb reported deaths 'on Tuesday' = 20 Feb.
D("a031_ukraine_pobeda.txt", "2024-02-22", "A News (AFP)", "Ukraine", events=[
    E("territory_captured", [RUS], [UKR], POBEDA, "2024-02-22", status="claimed", sources=["Russian Defence Ministry"],
      why="ministry on Telegram on Thursday: Russian forces now in control of Pobeda, 20 km south-west of Donetsk"),
    E("advance", [RUS], [UKR], POBEDA, "2024-02-15", "2024-02-22", "week", sources=["Ukrainian military bloggers"], optional=True,
      why="Ukrainian military bloggers also reported the Russian advance on Pobeda"),
    E("shelling", [UKR], [RUS], KHERSON_OBL, "2024-02-20", "2024-02-22", status="claimed", sources=["Natalia Gumenyuk"], fatalities=60,
      why="Southern Command: missile strikes killed up to 60 Russian soldiers at exercises in an occupied area of Kherson region"),
    E("shelling", [UKR], [RUS], DONETSK_OBL, "2024-02-20", sources=["BBC Russian Service"], fatalities=60,
      why="BBC Russian: over 60 killed on Tuesday on a training ground in occupied Donetsk region, HIMARS (contradicts the Kherson location)"),
    E("territory_captured", [RUS], [UKR], CRIMEA, "2014-01-01", "2014-12-31", "year", optional=True,
      why="background: Crimea, which Russia annexed back in 2014"),
 ], control=[
    C(POBEDA, RUS, "2024-02-22", why="ministry: now in control"),
    C(CRIMEA, RUS, "2024-02-22", why="annexed by Russia, part of the ~20% Moscow controls"),
    C(UKRAINE_C, RUS, "2024-02-22", share=0.2, contested_by=[UKR], why="Moscow controls almost 20% of Ukraine's territory"),
 ], why="date line 2024-02-22; the failed counter-offensive 'last summer' is too vague to date as an event"),

# a032: breakingnews.ie (PA), date line 2017-03-05 (a Sunday).
D("a032_iraq_mosul_dawasa.txt", "2017-03-05", "BreakingNews.ie", "Iraq", events=[
    E("armed_clash", [IRQ], [IS], DAWASA, "2017-03-05", status="claimed", sources=["Haider al-Maturi"],
      why="troops launched a fresh offensive early on Sunday in the Dawasa neighbourhood; heavy clashes, IS snipers"),
    E("suicide_bomb", [IS], [IRQ], DAWASA, "2017-03-05", status="claimed", sources=["Haider al-Maturi"], optional=True,
      why="IS dispatched at least six suicide car bombs, all destroyed before reaching the troops (failed attacks)"),
    E("advance", [IRQ], [IS], MOSUL_GOV_COMPLEX, "2017-03-05", status="claimed", sources=["Haider al-Maturi"],
      why="troops edged closer to the government complex in the west of the city, about 500m away"),
 ], why="date line 2017-03-05; Al-Mayadeen footage of smoke is not a separate event"),

# a033: Xinhua via Global Times, date line 2017-01-10 (a Tuesday): 'on Monday' = 9 Jan.
D("a033_iraq_mosul_baladiyat.txt", "2017-01-10", "Global Times (Xinhua)", "Iraq", events=[
    E("territory_captured", [IRQ], [IS], BALADIYAT, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="CTS completely freed the neighborhood of Baladiyat on Monday"),
    E("armed_clash", [IRQ], [IS], SUKKAR, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"], fatalities=25,
      why="significant progress in adjacent Sukkar amid fierce clashes; the battles in the two neighbourhoods left some 25 militants killed"),
    E("territory_captured", [IRQ], [IS], FURQAN, "2017-01-03", "2017-01-09", "week", status="claimed", sources=["Iraqi military"],
      why="Furqan recaptured in the past few days after heavy clashes"),
    E("territory_captured", [IRQ], [IS], ATIBAA, "2017-01-03", "2017-01-09", "week", status="claimed", sources=["Iraqi military"],
      why="... and Atibaa"),
    E("armed_clash", [IS], [IRQ], FURQAN, "2017-01-09", status="claimed", sources=["Iraqi military"], fatalities=30,
      why="dozens of IS militants attacked the troops in Furqan during clearing; repelled, some 30 militants killed"),
    E("territory_captured", [IRQ], [IS], DOMIZ, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="federal police and army freed Domiz after days of street fighting"),
    E("territory_captured", [IRQ], [IS], PALESTINE_Q, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="... and Palestine neighbourhood"),
    E("armed_clash", [IRQ], [IS], SALAM_Q, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="battles continued in nearby al-Salam (dozens of militants killed, three car bombs destroyed)"),
    E("armed_clash", [IRQ], [IS], SUMER, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"], why="... and Sumer"),
    E("armed_clash", [IRQ], [IS], SAHIRON, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="troops attacked Sahiron amid heavy clashes"),
    E("armed_clash", [IRQ], [IS], EAST_YARIMJA, "2017-01-09", status="claimed", sources=["Iraqi Joint Operations Command"],
      why="... and East Yarimja in southern Mosul"),
    E("armed_clash", [IRQ, USA], [IS], MOSUL, "2017-01-09", status="claimed", optional=True,
      why="northern front: sporadic clashes backed by international aircraft during clearing (place cut off)"),
 ], control=[
    C(BALADIYAT, IRQ, "2017-01-09", why="completely freed"), C(FURQAN, IRQ, "2017-01-09", why="recaptured, being cleared"),
    C(ATIBAA, IRQ, "2017-01-09", why="recaptured, being cleared"), C(DOMIZ, IRQ, "2017-01-09", why="freed"),
    C(PALESTINE_Q, IRQ, "2017-01-09", why="freed"),
 ], why="date line 2017-01-10; all from the Joint Operations Command (claimed); destroyed car bombs are not attacks"),

# a034: Reuters on a church site's tag page; caption 'May 4, 2017' and 'on Thursday' (4 May 2017 was a Thursday).
D("a034_iraq_mosul_northwest.txt", "2017-05-04", "Jim Bakker Show site (Reuters)", "Iraq", events=[
    E("armed_clash", [IRQ], [IS], MOSUL_NW, "2017-05-04", status="claimed", sources=["Iraqi military", "Yahya Rasool"],
      why="9th Armoured Division and Rapid Response opened a new front in the northwest of the city on Thursday"),
    E("advance", [IRQ], [IS], HULELA, "2017-05-04", status="claimed", sources=["Iraqi Federal Police"],
      why="Federal Police and Rapid Response advanced 1,400 meters in the Hulela area toward the Haramat district"),
    E("advance", [IRQ], [IS], MOSUL, "2017-05-04", optional=True,
      why="an armored division trying to advance into the city from the north; CTS and Federal Police advancing from the south"),
    E("siege", [IRQ], [IS], OLD_CITY, "2017-05-04",
      why="the militants are now besieged in the northwestern corner of Mosul, including the Old City"),
    E("air_strike", [USA], [IS], MOSUL, "2016-10-01", "2017-05-04", "month", optional=True,
      why="the US-led coalition provides key air support to the offensive (campaign-long)"),
    E("armed_clash", [IRQ], [IS], MOSUL, "2016-10-01", "2016-10-31", "month", optional=True,
      why="background: the offensive on Mosul started in October"),
    E("territory_captured", [IS], [IRQ], MOSUL, "2014-06-01", "2014-06-30", "month", optional=True,
      why="background: the IS flag has flown over the al-Nuri mosque since June 2014"),
 ], control=[C(OLD_CITY, IS, "2017-05-04", besieged_by=[IRQ], why="militants besieged in the northwestern corner incl. the Old City")],
 why="no date line: the caption's May 4, 2017 agrees with 'on Thursday'; the page is a tag listing on an unrelated site"),

# a035: antandsons.com (scraped mash-up of several wire stories), byline 'Jun 29, 2017' (a Thursday): Tuesday = 27 June.
D("a035_iraq_mosul_old_city.txt", "2017-06-29", "Ant and Sons (scraped)", "Iraq", events=[
    E("territory_captured", [IRQ], [IS], MASHAHDA, "2017-06-27", status="claimed", sources=["Iraqi military statements"],
      why="the army's 16th infantry division seized on Tuesday the al-Mashahda quarter of the Old City"),
    E("territory_captured", [IRQ], [IS], BAYD, "2017-06-27", status="claimed", sources=["Iraqi military statements"],
      why="federal police took al-Bayd"),
    E("territory_captured", [IRQ], [IS], RAS_JADDA, "2017-06-27", status="claimed", sources=["Iraqi military statements"],
      why="... and Ras al-Jadda"),
    E("suicide_bomb", [IS], [IRQ], TANAK, "2017-06-19", "2017-06-29", "week",
      why="IS launched a series of suicide attacks after setting homes and cars ablaze in Tanak and Yarmouk (undated, recent)"),
    E("suicide_bomb", [IS], [IRQ], YARMOUK, "2017-06-19", "2017-06-29", "week", why="same, in Yarmouk"),
    E("armed_clash", [IRQ, USA], [IS], TANAK, "2017-06-19", "2017-06-29", "week", optional=True,
      why="the attacks forced Iraqi forces and the coalition to clear Tanak and Yarmouk again"),
    E("territory_captured", [IRQ], [IS], TANAK, "2017-05-01", "2017-05-31", "month", status="claimed", optional=True,
      why="background: Tanak declared liberated of IS in May"),
    E("territory_captured", [IRQ], [IS], YARMOUK, "2017-05-01", "2017-05-31", "month", status="claimed", optional=True,
      why="background: Yarmouk declared liberated of IS in May"),
    E("displacement", [], [], OLD_CITY, "2017-06-19", "2017-06-29", "week", optional=True,
      why="residents who have escaped from the Old City (no number, undated)"),
 ], control=[
    C(NURI_MOSQUE, IS, "2017-06-29", why="'The historic mosque grounds remain under militant control'"),
    C(MASHAHDA, IRQ, "2017-06-27", why="seized on Tuesday"), C(BAYD, IRQ, "2017-06-27", why="taken on Tuesday"),
    C(RAS_JADDA, IRQ, "2017-06-27", why="taken on Tuesday"),
 ], why="byline date Jun 29, 2017; the 200,000 who 'could be displaced' is a forecast; the mosque's destruction has no actor or "
        "date here and is not a listed event type; the NY park-ride paragraph is junk from another story"),

# a036: DPA via Daily Sabah, URL 2018/10/13 (a Saturday).
D("a036_yemen_hodeidah.txt", "2018-10-13", "Daily Sabah (DPA)", "Yemen", events=[
    E("air_strike", [SAU], [CIV], JABAL_RAS, "2018-10-13", status="claimed", sources=["Youssef al-Hadiri", "Houthi-run Health Ministry"],
      fatalities=19, why="coalition warplanes hit two buses carrying civilians in Hodeida's Jabal Ras area: at least 19 killed, 30 injured"),
    E("displacement", [], [CIV], JABAL_RAS, "2018-10-13", sources=["witnesses"], optional=True,
      why="the people in the buses were civilians trying to flee fighting between rebels and government forces"),
    E("armed_clash", [HOU], [YEM], JABAL_RAS, "2018-10-13", sources=["witnesses"], optional=True,
      why="fighting in their area between the rebels and government forces"),
    E("armed_clash", [YEM, SAU], [HOU], HODEIDAH, "2018-06-01", "2018-10-13", "month",
      why="rebel-controlled Hodeida has been the target of a coalition-backed offensive since June"),
    E("territory_captured", [YEM, SAU], [HOU], HODEIDAH_AIRPORT, "2018-06-01", "2018-10-13", "month",
      why="government forces have since seized Hodeida's airport"),
    E("air_strike", [SAU], [HOU], YEMEN_C, "2015-03-01", "2015-03-31", "month", optional=True,
      why="background: the Saudi-led air campaign started in March 2015"),
 ], control=[
    C(HODEIDAH, HOU, "2018-10-13", contested_by=[YEM], why="rebel-controlled Hodeida; government pushing to retake the city and port"),
    C(HODEIDAH_AIRPORT, YEM, "2018-10-13", why="seized by government forces"),
 ], why="URL date 2018/10/13 and 'Saturday'; aid warnings and war-wide figures are not events"),

# a037: The Defense Post (AFP), URL 2018/01/04 (a Thursday); 'overnight' = 3-4 Jan; 'December 26' = 2017-12-26.
D("a037_yemen_hodeidah_zabid.txt", "2018-01-04", "The Defense Post (AFP)", "Yemen", events=[
    E("air_strike", [SAU], [HOU, CIV], HODEIDAH_PROV, "2018-01-03", "2018-01-04", sources=["hospital sources", "AFP"], fatalities=48,
      why="nine coalition air raids overnight on Houthi positions in the province killed 36 rebels and 12 civilians"),
    E("air_strike", [SAU], [HOU], HAYS, "2018-01-04", status="claimed", sources=["Yemen Army media center"],
      why="coalition jets targeted a Houthi headquarters near al-Hayes early Thursday"),
    E("air_strike", [SAU], [CIV], ZABID, "2018-01-03", "2018-01-04", status="unverified", sources=["social media reports"], fatalities=30,
      why="reports on social media: as many as 30 civilians killed in an airstrike on a restaurant in Zabaid"),
    E("air_strike", [SAU], [CIV], HODEIDAH_PROV, "2017-12-26", sources=["Jamie McGoldrick"],
      why="UN: coalition air strikes on December 26 killed 68 civilians in Hodeida and Taez (split not given)"),
    E("air_strike", [SAU], [CIV], TAIZ_PROV, "2017-12-26", sources=["Jamie McGoldrick"], why="same, Taez province"),
 ], control=[C(SANAA, HOU, "2018-01-04", why="the rebels still control the capital and much of the north")],
 why="URL date 2018/01/04 and 'on Thursday'; 'fighting has intensified in the past few weeks' and the WHO toll are too general"),
# a038: AP via KTIV, date line 2021-08-09 (a Monday).
D("a038_afghan_sar_e_pul.txt", "2021-08-09", "KTIV (AP)", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], SAR_E_PUL, "2021-08-08", "2021-08-09", status="claimed", sources=["Sar-e Pul provincial council chief"],
      why="council chief said on Monday the Taliban overran the provincial capital, Sar-e Pul, meeting little resistance"),
    E("advance", [TAL], [AFG], SAR_E_PUL, "2021-08-05", "2021-08-09", "week", optional=True,
      why="'their last few days of their advance' on the city"),
 ], control=[
    C(SAR_E_PUL, TAL, "2021-08-09", why="overrun"),
    C(SAR_E_PUL_PROV, TAL, "2021-08-09", why="government forces have now completely withdrawn from the province"),
 ], why="date line 2021-08-09; the US/NATO pull-out and 'district after district' are general background"),

# a039: the same AP story, rewritten and extended, in the Arkansas Democrat-Gazette, date line 2021-08-10 (a Tuesday): Monday = 9 Aug.
D("a039_afghan_aybak.txt", "2021-08-10", "Arkansas Democrat-Gazette (AP)", "Afghanistan", duplicate_of="a038_afghan_sar_e_pul.txt", events=[
    E("territory_captured", [TAL], [AFG], AYBAK, "2021-08-09", status="claimed", sources=["Hayatullah Samangani", "Mahboba Rahmat"],
      why="two Samangan lawmakers: the provincial capital Aybak fell to the Taliban on Monday without resistance"),
    E("territory_captured", [TAL], [AFG], SAMANGAN, "2021-08-02", "2021-08-09", "week", status="claimed", sources=["Mohammad Hashim Sarwari"],
      why="council member: Taliban fighters captured three districts of the province before overrunning [Aybak] (cut)"),
    E("violence_against_civilians", [TAL], [AFG, CIV], KABUL, "2021-07-26", "2021-08-10", "week", optional=True,
      why="an assassination campaign against senior government officials in Kabul (ongoing, no single attack)"),
 ], control=[C(AYBAK, TAL, "2021-08-09", why="fell to the Taliban")],
 why="date line 2021-08-10; an AP write-through of a038 (shared lead and paragraphs; the second capital of 'two more' is not "
     "named before the cut, so it is not annotated); Kirby's remarks and UN warnings are not events"),

# a040: AP via The Iola Register, 'Thu, Aug 12, 2021'; 'on Thursday'.
D("a040_afghan_ghazni.txt", "2021-08-12", "The Iola Register (AP)", "Afghanistan", events=[
    E("territory_captured", [TAL], [AFG], GHAZNI, "2021-08-12",
      why="the Taliban captured Ghazni, a strategic provincial capital near Kabul, on Thursday (the 10th in a week)"),
    E("route_cut", [TAL], [AFG], GHAZNI, "2021-08-12", route=R(KABUL, SOUTH_AFG, "highway linking Kabul with the southern provinces"),
      why="seizing Ghazni cuts off a crucial highway linking the capital with the southern provinces"),
    E("displacement", [], [], AFGHANISTAN, "2021-08-05", "2021-08-12", "week", optional=True,
      why="thousands of people have fled their homes (no figure, no place)"),
    E("protest", [CIV], [TAL], PANJSHIR, "2021-08-10", optional=True,
      why="caption: on Tuesday, August 10, 2021 people marched with the Afghan flag in support of the security forces in Panjshir"),
 ], control=[
    C(GHAZNI, TAL, "2021-08-12", why="captured on Thursday"),
    C(AFGHANISTAN, TAL, "2021-08-12", share=0.67, contested_by=[AFG], why="a resurgent Taliban estimated to hold some two-thirds of the nation"),
 ], why="'Thu, Aug 12, 2021' and the date line; the 2001 invasion is 'some 20 years' ago: no date, not annotated"),

# a041: Reuters on a church site's tag page; caption 'July 8, 2017' and 'said on Saturday' (8 July 2017 was a Saturday).
D("a041_syria_southwest_ceasefire.txt", "2017-07-08", "Jim Bakker Show site (Reuters)", "Syria", events=[
    E("agreement", [USA, RUS, "Jordan"], [], SW_SYRIA, "2017-07-07", "2017-07-08",
      why="the US, Russia and Jordan reached a ceasefire and de-escalation agreement for southwestern Syria, announced after the "
          "Trump-Putin meeting at the G20 (to take effect on Sunday)"),
 ], why="caption date and 'on Saturday'; the Geneva talks next week are future; the trailing South Sudan headline "
        "(114 civilians killed around Yei) belongs to another story on the tag page: a link, not an event of this report"),

# a042: PA via breakingnews.ie, date line 2017-03-02 (a Thursday): Sunday = 26 Feb, Tuesday = 28 Feb.
D("a042_syria_palmyra.txt", "2017-03-02", "BreakingNews.ie", "Syria", events=[
    E("territory_captured", [GOV, HEZ], [IS], PALMYRA, "2017-03-02", status="claimed", sources=["Syrian army"],
      why="army statement on Thursday evening: government forces fully in control of Palmyra, with Russian air cover and 'allied troops' (Hezbollah)"),
    E("air_strike", [RUS], [IS], PALMYRA, "2017-02-26", "2017-03-02", status="claimed", sources=["Syrian army"], optional=True,
      why="'with the help of Russian air cover' (supporting strikes, undated)"),
    E("advance", [GOV], [IS], PALMYRA, "2017-02-28",
      why="IS defences began to erode on Sunday; government troops reached Palmyra's outskirts on Tuesday"),
    E("territory_captured", [GOV], [IS], PALMYRA, "2016-03-01", "2016-03-31", "month",
      why="background: the government seized Palmyra from IS last March"),
    E("territory_captured", [IS], [GOV], PALMYRA, "2016-12-01", "2017-01-31", "month",
      why="... only to lose it again 10 months later"),
 ], control=[C(PALMYRA, GOV, "2017-03-02", why="government forces now in control")],
 why="date line 2017-03-02, a Thursday, the day of the statement"),

# a043-a048: negatives.
D("a043_neg_california_wildfires.txt", "2018-11-09", "VICE News (Reuters)", "none", negative=True,
  why="negative: California wildfires (Hill, Woolsey, Camp fires) forcing tens of thousands to flee; caption 'November 9, 2018' "
      "and 'raging across California Friday'. Evacuations from a fire are not conflict displacement; the Thousand Oaks mass "
      "shooting is a crime mentioned in passing, not an armed-conflict event"),
D("a044_neg_hajj_stampede.txt", "2015-09-24", "The Eye on the World blog (AP, Reuters)", "none", negative=True,
  why="negative: blog post dated 'Thursday, September 24, 2015' on the Mina hajj crush (700+ dead); a stampede, not an attack; "
      "'The devil fights back' is the blogger's quip"),
D("a045_neg_tripura_floods.txt", "2024-08-23", "Devdiscourse (Reuters)", "none", negative=True,
  why="negative: 'Updated: 23-08-2024'; floods and landslides in Tripura and Bangladesh, soldiers rescuing people, 65,000 "
      "'forced from their homes': natural disaster, no armed actor"),
D("a046_neg_football_man_utd.txt", "2020-12-07", "The Daily Observer (Bangladesh)", "none", negative=True,
  why="negative: football report dated Monday, 7 December, 2020; 'storm back', 'blitz', 'fightback', 'strike' are sport"),
D("a047_neg_syria_geneva_talks.txt", "2017-02-19", "Arab News", "none", negative=True,
  why="negative: date line 2017-02-19; de Mistura on the Geneva talks due Feb. 23 and the Astana cease-fire talks: diplomacy, "
      "future talks, no agreement reached and no fighting"),
D("a048_neg_syria_geneva_mistura.txt", "2016-03-08", "Sputnik", "none", negative=True,
  why="negative: URL 20160308 and 'confirmed Tuesday'; scheduling of Geneva talks; 'civil war since 2011' is war-wide background; "
      "the Kerry caption/link about the ceasefire 'largely holding' is another story"),
# a049: Reuters via The Tribune (India), top line 'date 2023-09-21', dateline 'Yerevan, September 20': Wednesday = 20 Sep, Tuesday = 19 Sep.
D("a049_karabakh_stepanakert_2023.txt", "2023-09-21", "The Tribune (Reuters)", "Nagorno-Karabakh", events=[
    E("agreement", [ART, AZE], [], NAGORNO_KARABAKH, "2023-09-20", sources=["Azerbaijan", "Karabakh Armenian authorities"],
      why="separatist forces surrendered and agreed to a ceasefire on Wednesday, confirmed by both sides (disband, disarm, talks Thursday)"),
    E("armed_clash", [AZE], [ART], NAGORNO_KARABAKH, "2023-09-19", "2023-09-20",
      why="Azerbaijan sent troops into Karabakh on Tuesday; operation halted Wednesday"),
    E("shelling", [AZE], [ART], NAGORNO_KARABAKH, "2023-09-19",
      why="... backed by artillery strikes"),
    E("territory_captured", [AZE], [ART], NAGORNO_KARABAKH, "2023-09-20", optional=True,
      why="the surrender's terms signal the area will return to Baku's control (a hand-over still to come)"),
    E("displacement", [], [ART, CIV], STEPANAKERT, "2023-09-20",
      why="crowds of ethnic Armenians made their way to the airport in Stepanakert; others sheltered with Russian peacekeepers (no figure)"),
 ], control=[C(STEPANAKERT, ART, "2023-09-20", why="capital of the part of Karabakh run by separatist Armenian authorities, who have just surrendered")],
 why="date line 2023-09-21 above the dateline 'Yerevan, September 20' (print date after the story date; unsure which a tool should "
     "prefer, the events do not depend on it); Armenia's accusation of ethnic cleansing and the planned integration are not events"),

# a050: The Jewish Press, URL 2023/09/26 (a Tuesday); 'last Tuesday' = 19 Sep.
D("a050_karabakh_kornidzor.txt", "2023-09-26", "The Jewish Press", "Nagorno-Karabakh", events=[
    E("displacement", [], [ART, CIV], NAGORNO_KARABAKH, "2023-09-19", "2023-09-26", displaced=13000,
      why="more than 13,000 Armenians have fled to Armenia from Nagorno-Karabakh (tweets: stream of refugees at Kornidzor)"),
    E("armed_clash", [AZE], [ART], NAGORNO_KARABAKH, "2023-09-19", "2023-09-20",
      why="Azerbaijan announced last Tuesday an 'anti-terrorist operation'; the large-scale offensive ended in an Azerbaijani victory"),
    E("territory_captured", [AZE], [ART], NAGORNO_KARABAKH, "2023-09-19", "2023-09-26",
      why="surrender of the self-proclaimed Republic of Artsakh; the action appears to have completed the retaking of Nagorno-Karabakh"),
    E("agreement", [ART, AZE], [], NAGORNO_KARABAKH, "2023-09-19", "2023-09-26", optional=True,
      why="'the surrender of the self-proclaimed Republic of Artsakh' (undated here)"),
    E("armed_clash", [AZE], [ARM, ART], NAGORNO_KARABAKH, "2020-09-21", "2020-09-30", "month",
      why="background: in late September 2020 Azerbaijan launched the second war in the region"),
    E("territory_captured", [AZE], [ARM, ART], NAGORNO_KARABAKH, "2020-09-21", "2020-12-31", "month", optional=True,
      why="... and succeeded in pushing away the Armenian military (undated end)"),
    E("territory_captured", [ARM], [AZE], NAGORNO_KARABAKH, "1994-01-01", "1994-12-31", "year", optional=True,
      why="background: Armenia took over the region during the first Nagorno-Karabakh War of 1994"),
 ], control=[C(NAGORNO_KARABAKH, AZE, "2023-09-26", why="the latest action appears to have completed the retaking of Nagorno-Karabakh")],
 why="URL date 2023/09/26 and the tweets' date; the Azeri MoD's weapons-storage claims, the landmines (cumulative) and the "
     "40,000 families Armenia could take in are not events; the 2020 peace Russia negotiated has no date here"),

# a051-a052: negatives.
D("a051_neg_un_appeal.txt", "2016-12-06", "China.org.cn / China Gate (Xinhua)", "none", negative=True,
  why="negative: 'Xinhua, December 6, 2016'; a UN funding appeal for 2017 naming the conflicts in Syria, Yemen, South Sudan "
      "and Nigeria only as drivers of need: no event, no place-and-date fighting"),
D("a052_neg_kaiser_strike.txt", "2023-10-04", "USAfrica Online (Reuters)", "none", negative=True,
  why="negative: 'on Wednesday (October 4, 2023)'; a three-day labour strike by 75,000 Kaiser Permanente workers. A workers' "
      "walkout is labour action, not a conflict protest or riot in the sense of this corpus (no demonstration is described)"),
]
