"""The independent SECOND annotation of the first twenty wild documents (a001..a010, b001..b010),
made from the texts and sources.tsv alone, before the first annotation (parts/part_a.py,
parts/part_b.py) was opened. Same helpers and conventions as the first annotation: a `why`
beside every judgement, optional=True where a careful annotator could go either way.
Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt)."""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from goldlib import P, E, R, C, D

# ---- actors ---------------------------------------------------------------------------
GOV, IS, REB, NUSRA, FSA = "Syrian government", "Islamic State", "Syrian rebels", "Nusra Front", "Free Syrian Army"
IFRONT = "Islamic Front"
SOHR = "Syrian Observatory for Human Rights"
IRQ, IRQ_MIL = "Iraqi government", "Iraqi militias"
RUS, UKR, CIV = "Russia", "Ukraine", "civilians"
HOU, YEM = "Houthis", "Yemeni government"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SSG, SSR = "South Sudanese government", "SPLM-IO"
MYA, AA, PDF = "Myanmar military", "Arakan Army", "People's Defense Forces"

# ---- places ---------------------------------------------------------------------------
# Syria
JISR = P(["Jisr al-Shughour", "Jisr al-Shughur", "Jisr ash Shughur", "Jisr al Shughour"], 35.81418, 36.31983, "Idlib", "town", "SY")
JISR_HOSP = P(["Jisr al-Shughour hospital", "Jisr al-Shughour national hospital", "Jisr al-Shughour"],
              35.81418, 36.31983, "Idlib", "site", "SY")
ESHTABRAQ = P(["Eshtabraq", "Ishtabraq", "Ishtabrak", "Eshtabraq village"], None, None, "Idlib", "town", "SY")
IDLIB = P(["Idlib", "Idleb", "Idlib city"], 35.93062, 36.63393, "Idlib", "city", "SY")
DARKUSH = P(["Darkoush", "Darkush", "Darkosh", "Darkoosh"], 35.9918, 36.39361, "Idlib", "town", "SY")
QARMEED = P(["al-Qarmeed military base", "al-Qarmeed", "Qarmid", "al-Mastumah", "Qarmeed base"], None, None, "Idlib", "site", "SY")
AKHTARIN = P(["Akhtarin", "Akhtareen", "Akhtarein"], 36.51072, 37.33571, "Aleppo", "town", "SY")
TURKMANBAREH = P(["Turkmanbareh", "Turkman Barih", "Turkman Bareh", "Tukhar Turkman"], None, None, "Aleppo", "town", "SY")
MASOUDIYEH = P(["Masoudiyeh", "Masudiyah", "Masoudieh", "Al-Masoudiyeh"], None, None, "Aleppo", "town", "SY")
DABIQ = P(["Dabiq", "Dabeq"], None, None, "Aleppo", "town", "SY")
GHOUZ = P(["Ghouz", "Ghuz", "Al-Ghouz"], None, None, "Aleppo", "town", "SY")
ALEPPO_PROV = P(["Aleppo province", "Aleppo"], None, None, "Aleppo", "admin1", "SY")
MAREA = P(["Marea", "Mare'", "Mari`", "Mare"], 36.48259, 37.19709, "Aleppo", "town", "SY")
AZAZ = P(["Azaz", "A'zaz", "I`zaz", "Aazaz"], 36.58662, 37.04628, "Aleppo", "town", "SY")
# Iraq
DHULUIYAH = P(["Dhuluiyah", "Duluiyah", "Dhuluiya", "Ad Dulu'iyah", "Al-Dhuluiya"], None, None, "Salah ad-Din", "town", "IQ")
JURF = P(["Jurf al-Sakhar", "Jurf al Sakhar", "Jurf as Sakhr", "Jurf al-Nasr"], None, None, "Babil", "town", "IQ")
HIMREEN = P(["Himreen mountains", "Hamrin mountains", "Himreen", "Hamrin"], None, None, None, "region", "IQ")
FALLUJA = P(["Falluja", "Fallujah", "Al Fallujah"], 33.34913, 43.78599, "Anbar", "city", "IQ")
# Ukraine
KHERSON = P(["Kherson", "Kherson city"], 46.63695, 32.61458, "Kherson", "city", "UA")
KHERSON_OBL = P(["Kherson region", "Kherson oblast", "Kherson"], None, None, "Kherson", "admin1", "UA")
SADOVE = P(["Sadove", "Sadovoye"], None, None, "Kherson", "town", "UA")  # the Kherson-oblast Sadove is not in cities500
KOSTIANTYNIVKA = P(["Kostyantynivka", "Kostiantynivka", "Konstantinovka"], 48.5277, 37.7069, "Donetsk", "town", "UA")
AVDIIVKA = P(["Avdiivka", "Avdeevka", "Avdiyivka"], 48.13989, 37.74255, "Donetsk", "town", "UA")
MARYINKA = P(["Maryinka", "Mar'yinka", "Marinka", "Marinka"], 47.94527, 37.50544, "Donetsk", "town", "UA")
BAKHMUT = P(["Bakhmut", "Artemivsk", "Artyomovsk"], 48.59441, 37.99983, "Donetsk", "town", "UA")
KHARKIV_OBL = P(["Kharkiv region", "Kharkiv oblast", "Kharkiv"], None, None, "Kharkiv", "admin1", "UA")
LUHANSK_OBL = P(["Luhansk region", "Luhansk oblast", "Luhansk", "Lugansk"], None, None, "Luhansk", "admin1", "UA")
SIEVIERODONETSK = P(["Sievierodonetsk", "Sievierodonesk", "Severodonetsk", "Syeverodonetsk"], 48.94628, 38.48624, "Luhansk", "city", "UA")
LYSYCHANSK = P(["Lysychansk", "Lisichansk"], 48.90421, 38.44094, "Luhansk", "city", "UA")
# Yemen
AMRAN = P(["Omran", "Amran", "'Amran"], 15.6594, 43.94385, "Omran", "city", "YE")
TAIZ_PROV = P(["Taiz province", "Taiz", "Ta'izz"], None, None, "Taiz", "admin1", "YE")
TAIZ = P(["Taiz", "Ta'izz", "Taizz"], 13.57952, 44.02091, "Taiz", "city", "YE")
SANAA = P(["Sanaa", "Sana'a", "San'a"], 15.35472, 44.20667, "Amanat Alasimah", "city", "YE")
# Sudan
EL_FASHER = P(["El Fasher", "El-Fasher", "Al-Fashir", "el-Fasher", "Al Fasher"], 13.62793, 25.34936, "Northern Darfur", "city", "SD")
SIXTH_DIV = P(["6th Infantry Division headquarters", "6th Division Headquarters", "El Fasher"], 13.62793, 25.34936,
              "Northern Darfur", "site", "SD")
# South Sudan
BOR = P(["Bor"], 6.20889, 31.55861, "Jonglei", "town", "SS")
MALAKAL = P(["Malakal"], 9.53342, 31.66049, "Upper Nile", "city", "SS")
JUBA = P(["Juba"], 4.85165, 31.58247, "Central Equatoria", "city", "SS")
GUOL_YAR = P(["Guol-yar", "Guolyar", "Guol Yar"], None, None, "Lakes", "town", "SS")
# Myanmar
RATHEDAUNG = P(["Rathedaung", "Rathidong", "Rathedaung township"], None, None, "Rakhine", "town", "MM")
ZEE_PHYU_KONE = P(["Zee Phyu Kone", "Zee Phyu Kone village", "Pale"], None, None, "Sagaing", "town", "MM")
KAN_GYI = P(["Kan Gyi", "Kan Gyi village", "Pale"], None, None, "Sagaing", "town", "MM")
THIN_TAW = P(["Thin Taw", "Thin Taw village", "Kanbalu"], None, None, "Sagaing", "town", "MM")
ZAW_CHAUNG = P(["Zaw Chaung", "Zaw Chaung village", "Kanbalu"], None, None, "Sagaing", "town", "MM")
MA_GYI_KONE = P(["Ma Gyi Kone", "Ma Gyi Kone village", "Kanbalu"], None, None, "Sagaing", "town", "MM")
PALE = P(["Pale", "Pale township"], None, None, "Sagaing", "region", "MM")
KANBALU = P(["Kanbalu", "Kanbalu township"], None, None, "Sagaing", "region", "MM")
KHIN_U = P(["Khin-U", "Khin U", "Khin-U township"], None, None, "Sagaing", "region", "MM")
KAWLIN = P(["Kawlin", "Kawlin town"], None, None, "Sagaing", "town", "MM")
MYEBON = P(["Myebon", "Myebon township", "Minbya"], None, None, "Rakhine", "region", "MM")
RAMREE = P(["Ramree", "Ramree township", "Yanbye"], None, None, "Rakhine", "region", "MM")
RAKHINE = P(["Rakhine", "Rakhine state", "Arakan", "northern Rakhine"], None, None, "Rakhine", "admin1", "MM")
WESTERN_CMD = P(["Western Command headquarters", "western military command", "Western Regional Military Command", "Ann"],
                None, None, "Rakhine", "site", "MM")
LASHIO = P(["Lashio"], 22.9359, 97.7498, "Shan State", "city", "MM")

DOCS = [
    # ---------------------------------------------------------------- a001
    D("a001_syria_jisr_al_shughour.txt", "2015-04-28", "UPI (blog repost)", "Syria", events=[
        E("territory_captured", [NUSRA, REB], [GOV], JISR, "2015-04-23", "2015-04-25", sources=[SOHR],
          why="stormed into the town on Thursday (23 Apr), taking most of it by Saturday (25 Apr)"),
        E("armed_clash", [NUSRA, REB], [GOV], JISR, "2015-04-23", "2015-04-25",
          why="the assault: factions stormed into the town from the Turkish border on Thursday"),
        E("arrest", [NUSRA, REB], [GOV], JISR, "2015-04-25", "2015-04-28", sources=[SOHR],
          why="SOHR Tuesday: 100 troops and militiamen with their families captured in Jisr al-Shughour (prisoners)"),
        E("arrest", [NUSRA, REB], [GOV], ESHTABRAQ, "2015-04-25", "2015-04-28", sources=[SOHR],
          why="... and in the village of Eshtabraq (list: one event per place)"),
        E("evacuation", [GOV], [], JISR, "2015-04-25", "2015-04-26", status="claimed", sources=["Syrian state news"],
          optional=True, why="state news: forces redeployed to the outskirts (a retreat)"),
        E("violence_against_civilians", [NUSRA, REB], [CIV], JISR, "2015-04-25", "2015-04-26", status="claimed",
          sources=["Syrian state news"], optional=True,
          why="state news: militants were conducting executions in the town; victims not said to be civilians"),
        E("air_strike", [GOV], [NUSRA, REB], JISR, "2015-04-23", "2015-04-28",
          why="since the assault began, military airstrikes pounded rebel supply routes and positions in the town, killing dozens"),
        E("siege", [NUSRA, REB], [GOV], JISR_HOSP, "2015-04-26", "2015-04-28", sources=[SOHR],
          why="SOHR Sunday: militants surrounded about 30 soldiers in the town's hospital ('besieged soldiers')"),
        E("armed_clash", [GOV], [NUSRA, REB], JISR_HOSP, "2015-04-28", sources=[SOHR],
          why="SOHR Tuesday: heavy clashes continued after regime forces sneaked into the hospital"),
        E("territory_captured", [NUSRA, REB], [GOV], IDLIB, "2015-03-01", "2015-03-31", "month",
          why="background: Islamist militants captured Idlib city last month (March 2015)"),
        E("air_strike", [GOV], [CIV], DARKUSH, "2015-04-26", sources=[SOHR],
          why="SOHR Sunday: 60 civilians killed or wounded in government airstrikes in Darkoush (killed not separated)"),
        E("territory_captured", [REB], [GOV], QARMEED, "2015-04-27",
          why="on Monday rebel forces seized the province's al-Qarmeed military base"),
    ], control=[
        C(JISR, NUSRA, "2015-04-28", contested_by=[GOV], why="most of the town taken; soldiers still holding out in the hospital"),
        C(IDLIB, NUSRA, "2015-04-28", why="Islamist militants captured Idlib city last month"),
        C(QARMEED, REB, "2015-04-28", why="seized on Monday"),
    ], why="dateline 'JISR AL-SHUGHOUR, Syria, April 28 (UPI)', year from the URL (2015/04); Tuesday 28 April. "
           "The BBC analyst's view is analysis"),
    # ---------------------------------------------------------------- a002 / a003
    D("a002_syria_akhtarin.txt", "2014-08-13", "Columbia Daily Tribune (AP)", "Syria", events=[
        E("territory_captured", [IS], [REB], AKHTARIN, "2014-08-13", sources=["activists"],
          why="captured the towns of Akhtarin and Turkmanbareh today after fierce clashes"),
        E("territory_captured", [IS], [REB], TURKMANBAREH, "2014-08-13", sources=["activists"], why="the second town"),
        E("territory_captured", [IS], [REB], MASOUDIYEH, "2014-08-13", sources=["activists"], why="villages list: Masoudiyeh"),
        E("territory_captured", [IS], [REB], DABIQ, "2014-08-13", sources=["activists"], why="villages list: Dabiq"),
        E("territory_captured", [IS], [REB], GHOUZ, "2014-08-13", sources=["activists"], why="villages list: Ghouz"),
        E("armed_clash", [IS], [REB, FSA], AKHTARIN, "2014-08-12", "2014-08-13", status="claimed", sources=["Abu Thabet"],
          why="all-out offensive for Akhtarin on Tuesday, clashes lasted all night (rebel commander)"),
        E("siege", [GOV, IS], [REB], ALEPPO_PROV, "2014-08-13", status="claimed", sources=["Abu Thabet"], optional=True,
          why="rebels 'encircled in Aleppo province' by the government on one side and IS on the other: a description"),
    ], control=[
        C(AKHTARIN, IS, "2014-08-13", why="captured today"),
        C(TURKMANBAREH, IS, "2014-08-13", why="captured today"),
        C(MAREA, IFRONT, "2014-08-13", why="considered a stronghold of the Islamic Front"),
    ], why="no dateline date; URL 2014/08/13 and 'today' (a Wednesday); the IS goal of reaching Marea and Azaz is a plan"),
    D("a003_syria_akhtarin.txt", "2014-08-14", "Times of Earth (AP)", "Syria", duplicate_of="a002_syria_akhtarin.txt", events=[
        E("territory_captured", [IS], [REB], AKHTARIN, "2014-08-13", sources=["activists"],
          why="captured the towns on Wednesday"),
        E("territory_captured", [IS], [REB], TURKMANBAREH, "2014-08-13", sources=["activists"], why="the second town"),
        E("territory_captured", [IS], [REB], MASOUDIYEH, "2014-08-13", sources=["activists"], why="villages list: Masoudiyeh"),
        E("territory_captured", [IS], [REB], DABIQ, "2014-08-13", sources=["activists"], why="villages list: Dabiq"),
        E("territory_captured", [IS], [REB], GHOUZ, "2014-08-13", sources=["activists"], why="villages list: Ghouz"),
        E("armed_clash", [IS], [REB, FSA], AKHTARIN, "2014-08-12", "2014-08-13", sources=[SOHR, "Abu Thabet"], fatalities=39,
          why="offensive Tuesday, clashes all night; SOHR: at least 31 rebels and 8 IS fighters killed (summed)"),
        E("siege", [GOV, IS], [REB], ALEPPO_PROV, "2014-08-13", status="claimed", sources=["Abu Thabet"], optional=True,
          why="rebels 'encircled in Aleppo province' by the government and IS: a description"),
    ], control=[
        C(AKHTARIN, IS, "2014-08-13", why="captured on Wednesday"),
        C(TURKMANBAREH, IS, "2014-08-13", why="captured on Wednesday"),
        C(MAREA, IFRONT, "2014-08-13", why="considered a stronghold of the Islamic Front"),
    ], why="same AP story as a002 with the SOHR toll; URL 2014/08/14, events 'on Wednesday' = 13 August"),
    # ---------------------------------------------------------------- a004
    D("a004_syria_azaz.txt", "2013-09-19", "Military.com (AP)", "Syria", events=[
        E("territory_captured", [IS], ["Northern Storm Brigade", FSA], AZAZ, "2013-09-18", "2013-09-19", sources=[SOHR],
          why="ISIL stormed Azaz, forcing the Northern Storm Brigade to withdraw (fighting Wednesday until after midnight)"),
        E("armed_clash", [IS], ["Northern Storm Brigade", FSA], AZAZ, "2013-09-18", "2013-09-19", sources=[SOHR], fatalities=5,
          why="fighting broke out Wednesday, continued until after midnight; three rebels and two jihadis killed"),
    ], control=[
        C(AZAZ, IS, "2013-09-19", why="ISIL captured the town"),
    ], why="BEIRUT, no date in the text; URL 2013/09/19 and 'said Thursday' (19 Sep 2013). "
           "The failed attempt to detain a German doctor is not an arrest"),
    # ---------------------------------------------------------------- a005
    D("a005_iraq_dhuluiyah.txt", "2014-12-31", "The Nation (AFP)", "Iraq", events=[
        E("territory_captured", [IRQ, IRQ_MIL, "Sunni tribal fighters"], [IS], DHULUIYAH, "2014-12-30", status="claimed",
          sources=["Iraqi army", "Badr militia"],
          why="commanders: forces on Tuesday completed the recapture of Dhuluiyah ('complete liberation')"),
        E("armed_clash", [IRQ, IRQ_MIL, "Sunni tribal fighters"], [IS], DHULUIYAH, "2014-12-28", "2014-12-30", status="claimed",
          sources=["Iraqi army", "Omar al-Juburi"],
          why="pushed in from the north two days earlier fighting their way south; clashes on Tuesday (Juburi)"),
        E("suicide_bomb", [IS], [IRQ, IRQ_MIL], DHULUIYAH, "2014-12-28", "2014-12-30", status="claimed",
          sources=["Omar al-Juburi", "Islamic State"], optional=True,
          why="IS 'carrying out suicide attacks' on pro-government forces; IS picture of one: ongoing, undated"),
        E("air_strike", [IRQ], [IS], DHULUIYAH, "2014-12-28", "2014-12-29", status="claimed", sources=["Iraqi defence ministry"],
          why="defence ministry said Monday government warplanes raided militant positions in the town"),
        E("siege", [IS], ["Jubur tribe"], DHULUIYAH, "2014-10-01", "2014-12-30", "month", status="claimed", optional=True,
          why="Badr leader: the blockade imposed by IS on the Jubur tribe broken; its start is not given"),
        E("territory_captured", [IRQ], [IS], DHULUIYAH, "2014-10-01", "2014-10-31", "month",
          why="background: in October Iraqi forces retook most of Dhuluiyah"),
    ], control=[
        C(DHULUIYAH, IRQ, "2014-12-30", why="complete liberation on Tuesday"),
    ], why="BAGHDAD, AFP; URL 31-Dec-2014; 'on Tuesday' = 30 December. The celebrations are not a protest; "
           "IS pictures of a car being rigged are not an attack"),
    # ---------------------------------------------------------------- a006
    D("a006_iraq_jurf_al_sakhar.txt", "2014-10-27", "HNGN", "Iraq", events=[
        E("territory_captured", [IRQ, IRQ_MIL], [IS], JURF, "2014-10-26", status="claimed",
          sources=["Iraqi state TV", "Babil police"],
          why="state TV: soldiers with Shiite militias recaptured the town on Sunday; police: flag raised"),
        E("armed_clash", [IRQ, IRQ_MIL], [IS], JURF, "2014-10-25", "2014-10-26", status="claimed", sources=["Babil police"],
          optional=True, why="police spokesman: dozens of militants killed in the fight to recapture the town (no figure)"),
        E("territory_captured", [IS], [IRQ], JURF, "2014-07-21", "2014-07-31", "month",
          why="background: captured by IS in late July"),
        E("territory_captured", [IRQ], [IS], HIMREEN, "2014-10-20", "2014-10-27", "week", status="claimed",
          sources=["Iraqi security officials"],
          why="security officials: control established over four villages around the Himreen mountains (undated, villages unnamed)"),
    ], control=[
        C(JURF, IRQ, "2014-10-26", why="flag raised over the town"),
        C(FALLUJA, IS, "2014-10-27", why="Falluja, an Islamic State stronghold"),
    ], why="URL date 20141027 (a Monday); 'on Sunday' = 26 October. Detonating planted roadside bombs is clearance; "
           "the loudspeaker message and '100 suicide bombers preparing' are threats"),
    # ---------------------------------------------------------------- a007
    D("a007_ukraine_kherson.txt", "2023-12-04", "The Japan News (Reuters)", "Ukraine", events=[
        E("shelling", [RUS], [CIV], KHERSON, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
          fatalities=1, why="Zelenskiy: Russian occupiers shelled Kherson; a woman killed beside a city bus stop"),
        E("shelling", [RUS], [CIV], SADOVE, "2023-12-03", "2023-12-04", status="claimed",
          sources=["Kherson city military administration"], fatalities=1,
          why="shelling of the village of Sadove killed a 78-year-old man in a garage"),
        E("shelling", [RUS], [CIV], KOSTIANTYNIVKA, "2023-12-03", "2023-12-04", status="claimed",
          sources=["Ukrainian prosecutor general's office"], fatalities=1,
          why="prosecutor general: a 69-year-old woman killed, another wounded in Kostyantynivka (one of the three dead)"),
        E("shelling", [RUS], [CIV], AVDIIVKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Ukrainian officials"],
          why="a man injured by shelling in his garden in Avdiivka"),
        E("armed_clash", [RUS], [UKR], MARYINKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
          why="the most severe frontline battles in Maryinka, Avdiivka and Bakhmut (list: one per place)"),
        E("armed_clash", [RUS], [UKR], AVDIIVKA, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
          why="battles in Avdiivka"),
        E("armed_clash", [RUS], [UKR], BAKHMUT, "2023-12-03", "2023-12-04", status="claimed", sources=["Volodymyr Zelenskiy"],
          why="battles in Bakhmut"),
        E("armed_clash", [RUS], [UKR], KHARKIV_OBL, "2023-12-03", "2023-12-04", status="claimed",
          sources=["Volodymyr Zelenskiy"], optional=True, why="heavy fighting in Kharkiv region: region-wide"),
        E("shelling", [RUS], [UKR], KHERSON_OBL, "2023-12-03", "2023-12-04", status="claimed",
          sources=["Volodymyr Zelenskiy"], optional=True, why="20 shelling incidents in Kherson region in one day: aggregate"),
        E("territory_captured", [UKR], [RUS], KHERSON, "2022-09-01", "2022-12-31", "month", optional=True,
          why="background: Kherson abandoned by Russian forces late last year (Ukraine's retaking implied)"),
        E("evacuation", [RUS], [], KHERSON, "2022-09-01", "2022-12-31", "month", optional=True,
          why="the same background read as a Russian withdrawal"),
    ], control=[
        C(KHERSON, UKR, "2023-12-04", why="abandoned by Russian forces late last year, now shelled from the east bank"),
    ], why="Reuters via Japan News; URL 20231204 (a Monday); caption 'video released on Sunday'. Days of the deaths "
           "not stated: 3-4 December. Condolences and the Telegram image are not events"),
    # ---------------------------------------------------------------- a008
    D("a008_yemen_omran.txt", "2014-07-09", "The New York Times (via NewsSniffer)", "Yemen", events=[
        E("territory_captured", [HOU], [YEM, "Sunni tribesmen"], AMRAN, "2014-07-08", sources=["local official", "residents"],
          why="Shiite rebels captured Omran on Tuesday (official and residents: witnesses make it reported)"),
        E("armed_clash", [HOU], [YEM, "Sunni tribesmen"], AMRAN, "2014-07-08", sources=["local officials", "witnesses"],
          fatalities=100, why="battles in which about 100 were killed and 150 wounded on Tuesday alone"),
        E("armed_clash", [HOU], [YEM, "Sunni tribesmen"], AMRAN, "2014-06-30", "2014-07-07", "week",
          why="the current round of fighting began last week"),
        E("agreement", [HOU, YEM], [], AMRAN, "2014-06-23", optional=True,
          why="background: a June 23 cease-fire (that collapsed); place implied"),
    ], control=[
        C(AMRAN, HOU, "2014-07-09", why="the fall of Omran"),
    ], why="NYT URL 2014/07/09 quoted in the text; 'on Tuesday' = 8 July 2014. Hadi's three years of turmoil is background without an event"),
    # ---------------------------------------------------------------- a009
    D("a009_yemen_taiz.txt", "2017-01-17", "The Indian Express (AP)", "Yemen", events=[
        E("shelling", [HOU], [CIV], TAIZ_PROV, "2017-01-17", status="claimed", sources=["Yemeni security officials"],
          fatalities=6, why="a Houthi rocket killed six civilians in southern Taiz province today"),
        E("armed_clash", [HOU], [YEM], TAIZ, "2017-01-16", "2017-01-17", status="claimed", sources=["Yemeni security officials"],
          fatalities=40, why="clashes around the central city over the past two days: 23 Houthis and 17 troops killed"),
        E("territory_captured", [HOU], [YEM], SANAA, "2014-09-01", "2016-01-31", "year", optional=True,
          why="background: Houthis seized the capital Sanaa (only 'the war entering its second year after')"),
    ], control=[
        C(SANAA, HOU, "2017-01-17", why="Houthis seized the capital; the north remains under Houthi control"),
    ], why="' date 2017-01-17' line at the top (no dateline); 'today's strike'. The Sanaa mobilisation photo is a caption; "
           "the coalition air campaign since March 2015 is cumulative"),
    # ---------------------------------------------------------------- a010
    D("a010_ukraine_sievierodonetsk.txt", "2022-05-20", "Al Arabiya (Reuters)", "Ukraine", events=[
        E("shelling", [RUS], [CIV], SIEVIERODONETSK, "2022-05-19", "2022-05-20", status="claimed", sources=["Serhiy Gaidai"],
          fatalities=12, why="governor: twelve of the 13 killed in Sievierodonetsk over the past 24 hours"),
        E("shelling", [RUS], [CIV], LUHANSK_OBL, "2022-05-19", "2022-05-20", status="claimed", sources=["Serhiy Gaidai"],
          fatalities=13, optional=True, why="13 civilians killed in the region: the region-wide sum includes the 12"),
        E("armed_clash", [RUS], [UKR], SIEVIERODONETSK, "2022-05-13", "2022-05-20", "week", status="claimed",
          sources=["Serhiy Gaidai"], why="a Russian assault on the town has been unsuccessful"),
        E("armed_clash", [RUS], [UKR], LYSYCHANSK, "2022-05-13", "2022-05-20", "week", optional=True,
          why="Russian offensive in the area of the town and Lysychansk"),
    ], control=[
        C(SIEVIERODONETSK, UKR, "2022-05-20", contested_by=[RUS], why="the Russian assault has been unsuccessful"),
    ], why="Reuters, governor 'said on Friday', URL 2022/05/20 (a Friday). The Borodyanka file photo of April 7 is a caption"),
    # ---------------------------------------------------------------- b001
    D("b001_sudan_elfasher.txt", "2024-08-30", "Darfur24", "Sudan", events=[
        E("siege", [RSF], [SAF], EL_FASHER, "2023-04-15", "2024-08-30", "month",
          why="the city has been under RSF siege since the war began last April"),
        E("armed_clash", [RSF], [SAF], EL_FASHER, "2024-08-10", "2024-08-30",
          why="since August 10 the city has been witnessing battles that left dozens dead, wounded and displaced"),
        E("displacement", [], [], EL_FASHER, "2024-08-10", "2024-08-30", optional=True,
          why="the battles left dozens displaced: no figure"),
        E("shelling", [RSF], [CIV], EL_FASHER, "2024-08-26", "2024-08-29", optional=True,
          why="earlier this week the RSF bombed a hospital and a displacement-camp market, killing dozens: means not said"),
        E("air_strike", [RSF], [CIV], EL_FASHER, "2024-08-26", "2024-08-29", optional=True,
          why="the same bombing read as a drone strike"),
    ], control=[
        C(EL_FASHER, SAF, "2024-08-30", besieged_by=[RSF], why="the last military division in Darfur still in the army's hands, under RSF siege"),
    ], why="dateline 'August 30, El Fasher' and URL 2024/08/30. The RSF deployment and the Baram mobilisation are movements; "
           "'fighting expected to intensify' is a forecast"),
    # ---------------------------------------------------------------- b002
    D("b002_sudan_elfasher.txt", "2025-10-27", "The Post News", "Sudan", events=[
        E("territory_captured", [RSF], [SAF], EL_FASHER, "2025-10-26", "2025-10-27", status="claimed", sources=[RSF],
          why="RSF statement on social media: control over El-Fasher; the army has not commented"),
        E("territory_captured", [RSF], [SAF], SIXTH_DIV, "2025-10-20", "2025-10-27", "week", sources=[RSF, "The Post News"],
          why="RSF announced the capture of the 6th Division HQ earlier; the outlet confirms videos of RSF fighters inside the base"),
        E("siege", [RSF], [SAF], EL_FASHER, "2024-04-01", "2025-10-27", "month",
          why="surrounded by RSF for the last 18 months"),
        E("advance", [RSF], [SAF], SIXTH_DIV, "2025-10-13", "2025-10-27", "week",
          why="RSF steadily advancing towards the 6th Infantry Division command for a couple of weeks"),
    ], control=[
        C(EL_FASHER, RSF, "2025-10-27", contested_by=[SAF], why="RSF control; 'still parts of el-Fasher under the contr[ol]' (cut)"),
    ], why="URL 2025/10/27, no date in the text. Caption toll (300 killed or wounded) undated; earthen walls and "
           "'frequent bombardment' are cumulative; Popular Resistance allegations are not events"),
    # ---------------------------------------------------------------- b003
    D("b003_sudan_elfasher.txt", "2025-10-28", "Middle East Monitor", "Sudan", events=[
        E("territory_captured", [RSF], [SAF], EL_FASHER, "2025-10-26", "2025-10-28", sources=["local medical and field sources"],
          why="RSF have taken control of most neighbourhoods of El Fasher"),
        E("violence_against_civilians", [RSF], [CIV], EL_FASHER, "2025-10-26", "2025-10-28",
          sources=["Sudanese Doctors Network"], why="RSF fighters executed dozens of people on ethnic grounds; looting of hospitals"),
        E("displacement", [], [], EL_FASHER, "2025-10-26", "2025-10-28", status="unverified",
          sources=["El Fasher Resistance Committees"], optional=True,
          why="Facebook images show civilians fleeing the city: social-media source, no figure"),
        E("siege", [RSF], [SAF], EL_FASHER, "2024-04-01", "2025-10-28", "month", optional=True,
          why="background: a year and a half of siege and fighting"),
        E("armed_clash", [RSF], [SAF], EL_FASHER, "2025-07-01", "2025-10-28", "month", optional=True,
          why="months of intensified fighting around El Fasher"),
    ], control=[
        C(EL_FASHER, RSF, "2025-10-28", contested_by=[SAF], why="most neighbourhoods in RSF hands"),
    ], why="URL 20251028, no date in the text. The caption quote of the Resistance Committees is not an event"),
    # ---------------------------------------------------------------- b004
    D("b004_southsudan_bor_malakal.txt", "2014-01-21", "The Christian Science Monitor", "South Sudan", events=[
        E("territory_captured", [SSG], [SSR], BOR, "2014-01-14", "2014-01-21", "week",
          why="in recent days Bor and Malakal retaken by government forces amid heavy fighting"),
        E("territory_captured", [SSG], [SSR], MALAKAL, "2014-01-14", "2014-01-21", "week", why="... and Malakal"),
        E("armed_clash", [SSG], [SSR], BOR, "2014-01-14", "2014-01-21", "week", optional=True, why="amid heavy fighting (Bor)"),
        E("armed_clash", [SSG], [SSR], MALAKAL, "2014-01-14", "2014-01-21", "week",
          why="heavy fighting; gunfire still heard in Malakal on Tuesday"),
        E("displacement", [], [], MALAKAL, "2014-01-14", "2014-01-21", "week", optional=True,
          why="caption: thousands sought refuge in a church during the recent fighting in Malakal (no figure)"),
        E("armed_clash", [SSR], [SSG], None, "2013-12-15", optional=True,
          why="background: fighting broke out in South Sudan on Dec. 15 (place not given here)"),
    ], control=[
        C(BOR, SSG, "2014-01-21", why="retaken by government forces"),
        C(MALAKAL, SSG, "2014-01-21", why="retaken; SPLA convoy moving to the government headquarters"),
    ], why="URL 2014/0121 and caption 'Tuesday, Jan. 21, 2014'. 'Changed hands several times' is cumulative; peace talks are not an event"),
    # ---------------------------------------------------------------- b005
    D("b005_southsudan_bor.txt", "2013-12-20", "Sudan Tribune", "South Sudan", events=[
        E("territory_captured", [SSR], [SSG], BOR, "2013-12-16", "2013-12-18",
          why="Bor fell into rebel hands before Wednesday's flight (fighting began Sunday 15 Dec)"),
        E("displacement", [SSR], [], BOR, "2013-12-16", "2013-12-20", sources=["UNMISS"], displaced=5000,
          why="UNMISS: some 5,000 took refuge in its compound in Bor"),
        E("displacement", [SSR], [], BOR, "2013-12-18", sources=["residents"], displaced=5000,
          why="at least 5,000 who fled Bor camp in Guol-yar after crossing the river on Wednesday (origin)"),
        E("displacement", [SSR], [], GUOL_YAR, "2013-12-18", sources=["residents"], displaced=5000, optional=True,
          why="the same flight placed where they arrived"),
        E("armed_clash", [SSR], [SSG], JUBA, "2013-12-15", fatalities=500,
          why="clashes erupted in Juba on Sunday between rival presidential-guard factions; ~500 died"),
        E("violence_against_civilians", [SSR], [CIV], BOR, "2013-12-16", "2013-12-18", optional=True,
          why="thousands escaped being taken hostage by rebels: hostage-taking implied"),
    ], control=[
        C(BOR, SSR, "2013-12-20", why="fell into rebel hands; SPLA lost control"),
    ], why="dateline 'December 20, 2013 (JUBA)' beats the page header 'Saturday 21 December 2013'; Sunday = 15, "
           "Wednesday = 18 December. The coup accusation is a claim, not an event"),
    # ---------------------------------------------------------------- b006
    D("b006_southsudan_bor.txt", "2014-01-18", "CNN", "South Sudan", events=[
        E("territory_captured", [SSG], [SSR], BOR, "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"],
          why="mayor on Saturday: government forces recaptured Bor from rebels"),
        E("armed_clash", [SSG], [SSR], BOR, "2014-01-17", "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"],
          why="after fierce fighting; rebels 'lost a lot of people'"),
        E("evacuation", [SSR], [], BOR, "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"], optional=True,
          why="the rebels were fleeing (a retreat)"),
        E("violence_against_civilians", [SSR], [CIV], BOR, "2013-12-17", "2013-12-24", status="claimed",
          sources=["Nhial Majak Nhial", "local agencies"], fatalities=1200,
          why="1,200 to 1,400 civilians killed when rebels held Bor between December 17 and 24 (lower figure)"),
        E("violence_against_civilians", [SSR], [CIV], BOR, "2013-12-31", "2014-01-18", status="claimed",
          sources=["Nhial Majak Nhial"], why="more atrocities while the town was again in rebel hands; cattle taken"),
        E("territory_captured", [SSR], [SSG], BOR, "2013-12-17", why="background: rebels held Bor from December 17"),
        E("territory_captured", [SSG], [SSR], BOR, "2013-12-24", why="background: ... until December 24"),
        E("territory_captured", [SSR], [SSG], BOR, "2013-12-31", why="background: rebels recaptured the town on December 31"),
    ], control=[
        C(BOR, SSG, "2014-01-18", why="government forces on the ground"),
    ], why="CNN URL 2014/01/18, 'said Saturday' (18 Jan 2014). The talks and the UN official's 'set back a decade' are not events"),
    # ---------------------------------------------------------------- b007
    D("b007_myanmar_rathedaung.txt", "2024-03-19", "Asian Diplomacy", "Myanmar", events=[
        E("territory_captured", [AA], [MYA], RATHEDAUNG, "2024-03-17", "2024-03-18", sources=["The Irrawaddy"],
          why="AA has taken over Rathidong; junta soldiers fled last Sunday night (17 March)"),
        E("armed_clash", [AA], [MYA], RATHEDAUNG, "2024-03-03", "2024-03-17", "week",
          why="two weeks of intense fighting"),
        E("evacuation", [MYA], [], RATHEDAUNG, "2024-03-17", "2024-03-18", optional=True,
          why="200 soldiers fled by boat, leaving their weapons (a retreat)"),
        E("air_strike", [MYA], [AA], RATHEDAUNG, "2024-03-03", "2024-03-17", "week", optional=True,
          why="bombing by air during the fight: general"),
        E("shelling", [MYA], [AA], RATHEDAUNG, "2024-03-03", "2024-03-17", "week", optional=True,
          why="bombing by land and sea during the fight: general"),
    ], control=[
        C(RATHEDAUNG, AA, "2024-03-19", why="taken over from the junta"),
    ], why="'Last Updated on March 19, 2024' (a Tuesday): last Sunday = 17 March. Human shields is an allegation"),
    # ---------------------------------------------------------------- b008
    D("b008_myanmar_pale_kanbalu.txt", "2024-02-02", "Radio Free Asia", "Myanmar", events=[
        E("armed_clash", [PDF], [MYA, "Pyu Saw Htee"], ZEE_PHYU_KONE, "2024-01-31",
          why="on Wednesday Pale PDF assaulted a junta and Pyu Saw Htee camp in Zee Phyu Kone village"),
        E("air_strike", [MYA], [PDF], ZEE_PHYU_KONE, "2024-02-01", why="the next day the junta bombarded Zee Phyu Kone"),
        E("air_strike", [MYA], [CIV], KAN_GYI, "2024-02-01", status="claimed", sources=["Pale People's Defense Forces"],
          fatalities=2, why="fighter jets bombarded Kan Gyi: two women killed, five injured (PDF member)"),
        E("air_strike", [MYA], [CIV], THIN_TAW, "2024-02-01", sources=["locals"],
          why="eight airstrikes across Thin Taw, Zaw Chaung and Ma Gyi Kone on Thursday (one 40-year-old killed, village not said)"),
        E("air_strike", [MYA], [CIV], ZAW_CHAUNG, "2024-02-01", sources=["locals"], why="list: Zaw Chaung"),
        E("air_strike", [MYA], [CIV], MA_GYI_KONE, "2024-02-01", sources=["locals"], why="list: Ma Gyi Kone"),
        E("arrest", [MYA], [CIV], PALE, "2024-01-31", "2024-02-01", sources=["residents"],
          why="15 people arrested in Pale, Kanbalu and Khin-U townships over Wednesday-Thursday (list: one per place)"),
        E("arrest", [MYA], [CIV], KANBALU, "2024-01-31", "2024-02-01", sources=["residents"], why="list: Kanbalu"),
        E("arrest", [MYA], [CIV], KHIN_U, "2024-01-31", "2024-02-01", sources=["residents"], why="list: Khin-U"),
        E("advance", [MYA], [PDF], KAWLIN, "2024-01-31", "2024-02-01", status="claimed", sources=["Kanbalu People's Defense Forces"],
          optional=True, why="the military attacked villages bordering Kawlin in order to recapture the town"),
        E("territory_captured", [PDF, "National Unity Government"], [MYA], KAWLIN, "2023-11-01", "2023-11-30", "month",
          why="background: NUG and PDF captured Kawlin in November"),
    ], control=[
        C(KAWLIN, PDF, "2024-02-02", why="captured by the PDF in November; the junta wants to regain it"),
    ], why="URL ...02022024..., residents 'told RFA on Friday' (2 Feb 2024); Wednesday = 31 Jan, Thursday = 1 Feb. "
           "15 missing is not an event; 'retaliation' is a motive"),
    # ---------------------------------------------------------------- b009
    D("b009_myanmar_myebon.txt", "2024-02-19", "The Business Standard", "Myanmar", events=[
        E("evacuation", [MYA], [], MYEBON, "2024-02-18", optional=True,
          why="the junta airlifted its troops from two hilltop outposts in Myebon Township on Sunday (a retreat)"),
        E("evacuation", [MYA], [], RAKHINE, "2024-02-12", "2024-02-19", "week", status="claimed", sources=[AA], optional=True,
          why="AA: the junta is withdrawing troops from northern Rakhine, burning outposts"),
        E("shelling", [MYA], [], RAMREE, "2024-02-19", why="junta troops continuing to bombard Ramree from land and sea"),
        E("air_strike", [MYA], [], RAMREE, "2024-02-19", why="... and from the air"),
    ], control=[], why="'19 February, 2024, 11:55 pm' (a Monday); Sunday = 18 Feb. The 16 February caption shows seized "
                       "weapons; the AA's vow to keep attacking is a threat"),
    # ---------------------------------------------------------------- b010
    D("b010_myanmar_ann.txt", "2024-12-21", "Bangkok Post", "Myanmar", events=[
        E("territory_captured", [AA], [MYA], WESTERN_CMD, "2024-12-20", status="claimed", sources=[AA],
          why="AA statement: the western military command fell on Friday; the junta unreachable"),
        E("armed_clash", [AA], [MYA], WESTERN_CMD, "2024-12-06", "2024-12-20", "week", status="claimed", sources=[AA],
          why="after two weeks of intense fighting"),
        E("territory_captured", ["Three Brotherhood Alliance", "Myanmar National Democratic Alliance Army"], [MYA], LASHIO,
          "2024-08-01", "2024-08-31", "month", why="background: in August the alliance wrested control of Lashio"),
        E("armed_clash", [AA], [MYA], RAKHINE, "2023-11-01", "2023-11-30", "month", optional=True,
          why="background: fighting in Rakhine resumed last November"),
    ], control=[
        C(WESTERN_CMD, AA, "2024-12-20", why="captured, per the AA"),
        C(LASHIO, "Myanmar National Democratic Alliance Army", "2024-12-21", why="wrested in August"),
    ], why="' date 2024-12-21' line; 'fell on Friday' (20 Dec), 'on Saturday' the junta unreachable. The October 2023 offensive "
           "and 2021 coup/protests are too general to place; the Laiza caption is a caption"),
]
