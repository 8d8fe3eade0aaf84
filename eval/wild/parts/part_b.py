"""Gold annotation of the wild corpus, part b (files b001..b052): Sudan, South Sudan, Myanmar, the
Sahel, DR Congo, Somalia, Nigeria, Ethiopia, Mozambique, Cameroon/CAR, and negatives.
Conventions as in ../../../../shared/spec/gold/make_dev_gold.py. Coordinates: GeoNames cities500
(target/gazetteer-src/cities500.txt); places missing from it (villages, bases, townships, regions)
have names only. A base or camp inside or at a town is given the town's coordinates (precision
site) when the town is in cities500; otherwise names only. admin1 is the state/region/province name."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Sudan (SD)
EL_FASHER = P(["El Fasher", "El-Fasher", "el-Fasher", "Al Fashir", "Al-Fashir", "El Fashir"], 13.62793, 25.34936,
              "North Darfur", "city", "SD")
EL_FASHER_6DIV = P(["6th Infantry Division headquarters", "6th Division Headquarters", "army headquarters in El Fasher",
                    "El Fasher"], 13.62793, 25.34936, "North Darfur", "site", "SD")
# South Sudan (SS)
BOR = P(["Bor", "Bor town"], 6.20889, 31.55861, "Jonglei", "town", "SS")
MALAKAL = P(["Malakal"], 9.53342, 31.66049, "Upper Nile", "city", "SS")
JUBA = P(["Juba"], 4.85165, 31.58247, "Central Equatoria", "city", "SS")
GUOL_YAR = P(["Guol-yar", "Guolyar", "Guol Yar"], None, None, "Lakes", "village", "SS")
SOUTH_SUDAN = P(["South Sudan"], None, None, None, "country", "SS")
# Myanmar (MM)
RATHEDAUNG = P(["Rathedaung", "Rathidong", "Rathedaung township", "Rathedaung Township"], None, None, "Rakhine", "town", "MM")
NAKPURA = P(["Nakpura", "Nakpura BGP sector"], None, None, "Rakhine", "site", "MM")
MYEBON = P(["Myebon", "Myebon Township", "Myebon township"], None, None, "Rakhine", "town", "MM")
RAMREE = P(["Ramree", "Ramree township", "Rambre"], None, None, "Rakhine", "town", "MM")
NORTH_RAKHINE = P(["northern Rakhine", "Rakhine", "Rakhine state"], None, None, "Rakhine", "region", "MM")
RAKHINE = P(["Rakhine", "Rakhine state", "Arakan"], None, None, "Rakhine", "admin1", "MM")
ANN_WESTERN_COMMAND = P(["Western Command headquarters", "western military command", "Western Regional Military Command",
                         "Ann"], None, None, "Rakhine", "site", "MM")
LASHIO = P(["Lashio"], 22.9359, 97.7498, "Shan", "town", "MM")
SHAN = P(["Shan", "Shan State", "northern Shan"], None, None, "Shan", "admin1", "MM")
KAN_GYI = P(["Kan Gyi", "Kan Gyi village", "Kangyi"], None, None, "Sagaing", "village", "MM")
ZEE_PHYU_KONE = P(["Zee Phyu Kone", "Zee Phyu Kone village", "Zeephyukone"], None, None, "Sagaing", "village", "MM")
THIN_TAW = P(["Thin Taw", "Thintaw"], None, None, "Sagaing", "village", "MM")
ZAW_CHAUNG = P(["Zaw Chaung", "Zawchaung"], None, None, "Sagaing", "village", "MM")
MA_GYI_KONE = P(["Ma Gyi Kone", "Magyikone"], None, None, "Sagaing", "village", "MM")
KAWLIN = P(["Kawlin", "Kawlin town"], None, None, "Sagaing", "town", "MM")
SAGAING = P(["Sagaing", "Sagaing region", "Sagaing Region"], None, None, "Sagaing", "admin1", "MM")
PALE_TSP = P(["Pale", "Pale township"], None, None, "Sagaing", "region", "MM")
KANBALU_TSP = P(["Kanbalu", "Kanbalu township"], None, None, "Sagaing", "region", "MM")
KHIN_U_TSP = P(["Khin-U", "Khin U", "Khin-U township"], None, None, "Sagaing", "region", "MM")
# Mali (ML)
DIOURA = P(["Dioura"], None, None, "Mopti", "village", "ML")
SOKOLO = P(["Sokolo", "Sokolo camp"], 14.7328, -6.1219, "Segou", "village", "ML")

# Burkina Faso (BF)
PISSELE = P(["Pissele", "Pissélé"], None, None, "Centre-Nord", "village", "BF")
BOOL_KIIBA = P(["Bool-Kiiba", "Bool Kiiba"], None, None, None, "village", "BF")
SEYTENGA = P(["Seytenga"], None, None, "Sahel", "village", "BF")
DORI = P(["Dori"], 14.0341, -0.03261, "Sahel", "town", "BF")
PISSILA = P(["Pissila", "near Pissila"], None, None, "Centre-Nord", "town", "BF")
# Niger (NE)
TILLABERI_REG = P(["Tillaberi", "Tillabéri", "Tillaberi region", "region of Tillaberi"], None, None, "Tillaberi", "admin1", "NE")
AYOROU = P(["Ayorou"], 14.73075, 0.91739, "Tillaberi", "site", "NE")
FONEKO = P(["Foneko", "Bankilare-Tera route"], None, None, "Tillaberi", "village", "NE")
BANKILARE = P(["Bankilare", "Bankilaré", "Teguey", "between Teguey and Bankilare"], None, None, "Tillaberi", "town", "NE")
MOTOGATTA = P(["Motogatta"], None, None, "Tillaberi", "village", "NE")

# DR Congo (CD)
RUTSHURU = P(["Rutshuru"], None, None, "North Kivu", "town", "CD")
NTAMUGENGA = P(["Ntamugenga"], None, None, "North Kivu", "village", "CD")
RUBARE = P(["Rubare"], None, None, "North Kivu", "village", "CD")
BUNAGANA = P(["Bunagana"], None, None, "North Kivu", "town", "CD")
RUMANGABO = P(["Rumangabo", "Rumangabo camp"], None, None, "North Kivu", "site", "CD")
GOMA = P(["Goma"], -1.67409, 29.22845, "North Kivu", "city", "CD")
# Somalia (SO)
AWDHEGLE = P(["Awdhegle", "Aw-Dhegle", "Awdheegle", "Aw Dheegle"], None, None, "Lower Shabelle", "town", "SO")
MUBARAK = P(["Mubarak", "Mubaarak"], None, None, "Lower Shabelle", "town", "SO")
MOGADISHU = P(["Mogadishu"], 2.03711, 45.34375, "Banaadir", "city", "SO")
GAMBALE = P(["Gambale", "Gambole"], None, None, "Middle Shabelle", "town", "SO")
GOOFGADUUD = P(["Goofgaduud", "Goof Gaduud", "Gofgadud"], None, None, "Bay", "town", "SO")

BENI_TERRITORY = P(["Beni territory", "Beni"], None, None, "North Kivu", "region", "CD")
PASIDI = P(["Pasidi"], None, None, "Ituri", "town", "CD")
NTOMBI = P(["Ntombi", "Ntombi village"], None, None, "North Kivu", "village", "CD")
# Nigeria (NG)
GAMBORU_NGALA = P(["Gamboru Ngala", "Gamboru", "Gambaru", "Gamboru-Ngala", "Ngala"], 12.37299, 14.2069, "Borno", "town", "NG")
FOTOKOL = P(["Fotokol"], None, None, "Far North", "town", "CM")
BORNO = P(["Borno", "Borno state"], None, None, "Borno", "admin1", "NG")
BAGA = P(["Baga", "Baga military base", "Baga army base", "Baga base"], None, None, "Borno", "town", "NG")

# Ethiopia (ET)
MEKELLE = P(["Mekelle", "Mek'ele", "Mekele", "Makalle"], 13.49667, 39.47528, "Tigray", "city", "ET")
DESSIE = P(["Dessie", "Dese", "Desē", "Dessye"], 11.13333, 39.63333, "Amhara", "city", "ET")
AMHARA = P(["Amhara", "Amhara region"], None, None, "Amhara", "admin1", "ET")
# Mozambique (MZ)
PALMA = P(["Palma", "Palma town"], None, None, "Cabo Delgado", "town", "MZ")
MUEDA = P(["Mueda"], None, None, "Cabo Delgado", "town", "MZ")
NHICA_DO_ROVUMA = P(["Nhica do Rovuma", "Nhica"], None, None, "Cabo Delgado", "village", "MZ")
MOCIMBOA = P(["Mocimboa da Praia", "Mocímboa da Praia", "Mocímboa", "Mocimboa"], -11.31667, 40.35, "Cabo Delgado", "town", "MZ")
MANDIMBA_NANGADE = P(["Mandimba", "Mandimba army base"], None, None, "Cabo Delgado", "site", "MZ")
LITINGINA = P(["Litingina", "Litingina UIR base"], None, None, "Cabo Delgado", "village", "MZ")
NAMWEMBE = P(["Namwembe"], None, None, "Cabo Delgado", "village", "MZ")
VAMISSE = P(["Vamisse", "Vamisse island", "Olumbe"], None, None, "Cabo Delgado", "site", "MZ")
MECUNGO = P(["Mecungo", "Mecungo island", "Mecungo Island"], None, None, "Cabo Delgado", "site", "MZ")

MALAM_FATORI = P(["Malam Fatori", "Mallam Fatori", "Malam-Fatori"], 13.6746, 13.33952, "Borno", "town", "NG")
SABON_GARI_DAMBOA = P(["Sabon Gari camp", "Sabon Gari", "Damboa"], 11.15534, 12.75638, "Borno", "site", "NG")
KARETO = P(["Kareto", "Kareto camp"], None, None, "Borno", "village", "NG")
LALIBELA = P(["Lalibela", "Lalībela"], 12.03219, 39.04756, "Amhara", "town", "ET")

# Central African Republic (CF), Cameroon (CM)
BANGASSOU = P(["Bangassou"], 4.74132, 22.81838, "Mbomou", "town", "CF")
CAR = P(["Central African Republic", "CAR"], None, None, None, "country", "CF")
BAMBARI = P(["Bambari"], 5.76795, 20.67565, "Ouaka", "city", "CF")
BRIA = P(["Bria"], 6.54233, 21.98633, "Haute-Kotto", "town", "CF")
IPPY = P(["Ippy"], 6.26793, 21.22468, "Ouaka", "town", "CF")
NDASSIMA = P(["Ndassima"], None, None, "Ouaka", "village", "CF")
GRIMARI = P(["Grimari"], None, None, "Ouaka", "town", "CF")
ZHOA_WUM = P(["Zhoa", "Zhoa Gendarmerie Brigade", "Wum"], 6.38333, 10.06667, "North-West", "site", "CM")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"
SSG, SPLMIO = "South Sudanese government", "SPLM-IO"   # SPLA / Kiir's forces; Machar's rebels (not in the alias table)
MMR, PDF, AA = "Myanmar military", "People's Defense Forces", "Arakan Army"
TBA, MNDAA = "Three Brotherhood Alliance", "Myanmar National Democratic Alliance Army"
PSH = "Pyu Saw Htee"   # junta-trained militia
MLI, JNIM = "Malian government", "JNIM"

DOCS = [
# b001: Darfur24, dateline 'August 30, El Fasher', URL /2024/08/30/ (a Friday).
D("b001_sudan_elfasher.txt", "2024-08-30", "Darfur24", "Sudan", events=[
    E("siege", [RSF], [SAF], EL_FASHER, "2023-04-01", "2024-08-30", "month",
      why="'El Fasher has been under RSF siege since the war began last April': ongoing siege, start as the text gives it"),
    E("armed_clash", [RSF], [SAF], EL_FASHER, "2024-08-10", "2024-08-30",
      why="'since August 10, the city has been witnessing battles that have left dozens dead, wounded and displaced'"),
    E("displacement", [], [], EL_FASHER, "2024-08-10", "2024-08-30", optional=True,
      why="the same battles left people displaced; no figure, said in passing"),
    E("shelling", [RSF], [CIV], EL_FASHER, "2024-08-26", "2024-08-29", "week", optional=True,
      why="'Earlier this week the RSF bombed a hospital and the market of a displacement camp in El Fasher, killing dozens "
          "of civilians' (RSF has no air force: bombardment read as shelling) (resolved: the text does not say by what "
          "means, and the RSF does fly drones; like dev d02/d03, each reading optional)"),
    E("air_strike", [RSF], [CIV], EL_FASHER, "2024-08-26", "2024-08-29", "week", optional=True,
      why="the same 'bombed' read as drone strikes"),
    E("violence_against_civilians", [RSF], [CIV], EL_FASHER, "2024-08-26", "2024-08-29", "week", optional=True,
      why="the same bombing of a hospital and a camp market read as an attack on civilians"),
  ], control=[
    C(EL_FASHER, SAF, "2024-08-30", besieged_by=[RSF], contested_by=[RSF],
      why="under RSF siege; the RSF tries to take the last military division in Darfur 'still in the hands of the Sudanese army'"),
  ], why="dateline 'August 30' and the URL date 2024/08/30. The RSF deployment and the mobilisation of fighters from "
         "Baram ('traveled last Saturday to join the front') are troop movements, not events; 'expected to intensify' is a forecast"),

# b002: The Post News, URL /2025/10/27/ (a Monday).
D("b002_sudan_elfasher.txt", "2025-10-27", "The Post News", "Sudan", events=[
    E("territory_captured", [RSF], [SAF], EL_FASHER, "2025-10-26", "2025-10-27", status="claimed", sources=[RSF],
      why="RSF statement on social media: they have seized el-Fasher; the army has not commented (day of the statement not given)"),
    E("territory_captured", [RSF], [SAF], EL_FASHER_6DIV, "2025-10-25", "2025-10-27", status="claimed", sources=[RSF],
      why="the earlier RSF announcement of the capture of the army's 6th Division Headquarters; The Post News confirms videos of "
          "RSF fighters inside the base"),
    E("siege", [RSF], [SAF, CIV], EL_FASHER, "2024-04-27", "2025-10-27", "month",
      why="'El-Fasher has been surrounded by RSF for the last 18 months'; 300,000 trapped"),
    E("shelling", [RSF], [CIV, SAF], EL_FASHER, "2024-04-27", "2025-10-27", "month", optional=True,
      why="civilians 'under frequent bombardment' during the siege: cumulative, means not said"),
    E("advance", [RSF], [SAF], EL_FASHER_6DIV, "2025-10-13", "2025-10-27", "week",
      why="'The RSF has steadily been advancing towards the 6th of Infantry Division command ... for a couple of weeks'"),
    E("siege", [RSF], [CIV], EL_FASHER, "2025-08-01", "2025-08-31", "month", optional=True,
      why="August 2025: earthen walls built around the city to trap people inside (a siege work, not a separate siege)"),
  ], control=[
    C(EL_FASHER, RSF, "2025-10-27", contested_by=[SAF],
      why="the RSF claims control of the city, the army's last foothold in Darfur; 'there are still parts of el-Fasher which are "
          "under the contr[ol]...' (cut off)"),
  ], why="URL date 2025/10/27. The photo caption (convoy, 300 civilians killed or wounded) is undated and left out; the "
         "Popular Resistance's disinformation allegation is not an event"),

# b003: Middle East Monitor, URL 20251028 (a Tuesday).
D("b003_sudan_elfasher.txt", "2025-10-28", "Middle East Monitor", "Sudan", events=[
    E("territory_captured", [RSF], [SAF], EL_FASHER, "2025-10-26", "2025-10-28",
      why="'the RSF have taken control of most neighbourhoods in El Fasher' (no day given; the fall came at the weekend)"),
    E("siege", [RSF], [SAF], EL_FASHER, "2024-04-01", "2025-10-28", "month", optional=True,
      why="'After a year and a half of siege and fighting': background, duration only"),
    E("armed_clash", [RSF], [SAF], EL_FASHER, "2025-07-01", "2025-10-28", "month", optional=True,
      why="'months of intensified fighting around El Fasher'"),
    E("violence_against_civilians", [RSF], [CIV], EL_FASHER, "2025-10-26", "2025-10-28", sources=["Sudanese Doctors Network"],
      why="the offensive involved killings based on ethnic identity; Sudanese Doctors Network: RSF fighters 'executed dozens of "
          "people on ethnic grounds' and looted hospitals"),
    E("displacement", [RSF], [], EL_FASHER, "2025-10-26", "2025-10-28", status="unverified",
      sources=["El Fasher Resistance Committees"], optional=True,
      why="footage shows civilians fleeing the city; no figure (resolved: images shared on Facebook, hence unverified)"),
  ], control=[
    C(EL_FASHER, RSF, "2025-10-28", why="RSF controls most neighbourhoods; previously the last major army stronghold in Darfur"),
  ], why="URL date 20251028. The caption of the video and the fears for civilians are not events"),

# b004: Christian Science Monitor, caption 'Tuesday, Jan. 21, 2014', URL /2014/0121/.
D("b004_southsudan_bor_malakal.txt", "2014-01-21", "Christian Science Monitor", "South Sudan", events=[
    E("territory_captured", [SSG], [SPLMIO], BOR, "2014-01-14", "2014-01-21", "week",
      why="'In recent days ... Bor and Malakal ... have been retaken by government forces amid heavy fighting'"),
    E("territory_captured", [SSG], [SPLMIO], MALAKAL, "2014-01-14", "2014-01-21", "week",
      why="same sentence, Malakal; SPLA convoy moving through Malakal on Tuesday"),
    E("armed_clash", [SSG], [SPLMIO], BOR, "2014-01-14", "2014-01-21", "week", optional=True,
      why="'amid heavy fighting' (the recapture's fighting, said once for both towns)"),
    E("armed_clash", [SSG], [SPLMIO], MALAKAL, "2014-01-14", "2014-01-21", "week", optional=True,
      why="same; gunfire could still be heard in Malakal on Tuesday"),
    E("displacement", [], [], MALAKAL, "2014-01-21", optional=True,
      why="photo caption: thousands sought refuge in a church compound in Malakal during the recent fighting (no figure)"),
    E("armed_clash", [SSG], [SPLMIO], SOUTH_SUDAN, "2013-12-15", optional=True,
      why="background: 'Dec. 15, when fighting broke out in South Sudan'"),
  ], control=[
    C(BOR, SSG, "2014-01-21", why="retaken by government forces; the SPLA took reporters there after its recapture"),
    C(MALAKAL, SSG, "2014-01-21", why="retaken by government forces; SPLA convoy in the streets"),
  ], why="date from the AP caption ('Tuesday, Jan. 21, 2014') and the URL 2014/0121. 'Changed hands several times' is "
         "cumulative; Bor as a staging ground for an attack on Juba is hypothetical"),

# b005: Sudan Tribune, page header 'Saturday 21 December 2013', dateline 'December 20, 2013 (JUBA)'.
D("b005_southsudan_bor.txt", "2013-12-20", "Sudan Tribune", "South Sudan", events=[
    E("territory_captured", [SPLMIO], [SSG], BOR, "2013-12-16", "2013-12-18",
      why="the town 'was captured by rebel forces'; 'fled Bor after it fell into rebel hands ... crossing the river on Wednesday' "
          "(18 Dec); the SPLA lost control of the strategic town"),
    E("displacement", [SPLMIO], [], BOR, "2013-12-16", "2013-12-20", sources=["UNMISS"], displaced=5000,
      why="UNMISS: some 5,000 people have taken refuge in its compound in Bor"),
    E("displacement", [SPLMIO], [], BOR, "2013-12-18", displaced=5000,
      why="at least 5,000 who fled Bor are camping in Guol-yar, Lakes state, after crossing the river on Wednesday"),
    E("displacement", [SPLMIO], [], GUOL_YAR, "2013-12-18", displaced=5000, optional=True,
      why="the same flight placed where the displaced are camping"),
    E("displacement", [SPLMIO], [], BOR, "2013-12-16", "2013-12-20", optional=True,
      why="'Tens of thousands of civilians from the Dinka Bor ethnic group have fled to su[...]' (cut off, no figure)"),
    E("violence_against_civilians", [SPLMIO], [CIV], BOR, "2013-12-16", "2013-12-20", optional=True,
      why="people 'escaped being taken hostage by rebels' in Bor: hostage-taking implied, not described"),
    E("armed_clash", [SSG], [SPLMIO], JUBA, "2013-12-15", fatalities=500,
      why="an estimated 500 died after clashes erupted in Juba on Sunday between rival factions of the presidential guards; the "
          "government calls it a coup attempt by Machar"),
  ], control=[
    C(BOR, SPLMIO, "2013-12-20", why="the town fell into rebel hands; the SPLA lost control of it"),
  ], why="dateline 'December 20, 2013 (JUBA)' (the page header says Saturday 21 December 2013, the posting day); 'on Friday' = "
         "20 Dec, 'on Sunday' = 15 Dec, 'on Wednesday' = 18 Dec. The governor's refuge and the hardship quotes are not events"),

# b006: CNN, URL /2014/01/18/ (a Saturday); the mayor 'said Saturday'.
D("b006_southsudan_bor.txt", "2014-01-18", "CNN", "South Sudan", events=[
    E("territory_captured", [SSG], [SPLMIO], BOR, "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"],
      why="the mayor of Bor said Saturday government forces recaptured the town after fierce fighting; rebels fleeing"),
    E("armed_clash", [SSG], [SPLMIO], BOR, "2014-01-17", "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"],
      why="'after fierce fighting'; the rebels lost a lot of people"),
    E("territory_captured", [SPLMIO], [SSG], BOR, "2013-12-31",
      why="'December 31, when the rebels recaptured the town' (resolved: said in CNN's own voice, not the mayor's: reported)"),
    E("evacuation", [SPLMIO], [], BOR, "2014-01-18", status="claimed", sources=["Nhial Majak Nhial"], optional=True,
      why="the mayor: the rebels were fleeing (resolved: a retreat, optional evacuation)"),
    E("territory_captured", [SPLMIO], [SSG], BOR, "2013-12-17", status="claimed", sources=["Nhial Majak Nhial"], optional=True,
      why="'when rebels held Bor between December 17 and 24': the first rebel capture, implied"),
    E("territory_captured", [SSG], [SPLMIO], BOR, "2013-12-24", status="claimed", sources=["Nhial Majak Nhial"], optional=True,
      why="the end of that first rebel hold (24 Dec), implied"),
    E("violence_against_civilians", [SPLMIO], [CIV], BOR, "2013-12-17", "2013-12-24", status="claimed",
      sources=["Nhial Majak Nhial", "local agencies"], fatalities=1200,
      why="local agencies estimate 1,200 to 1,400 civilians killed when rebels held Bor, 17-24 December, the mayor said"),
    E("violence_against_civilians", [SPLMIO], [CIV], BOR, "2013-12-31", "2014-01-18", status="claimed",
      sources=["Nhial Majak Nhial"], optional=True,
      why="the mayor: more atrocities while the town was again in rebel hands; cattle taken, people killed (no figure)"),
  ], control=[
    C(BOR, SSG, "2014-01-18", why="government forces on the ground, per the mayor"),
  ], why="URL date 2014/01/18 and 'said Saturday'. The UN official's 'set back a decade' and the stalled talks are not events"),

# b007: Asian Diplomacy, 'Last Updated on March 19, 2024' (a Tuesday): 'Last Sunday night' = 17 March.
D("b007_myanmar_rathedaung.txt", "2024-03-19", "Asian Diplomacy", "Myanmar", events=[
    E("territory_captured", [AA], [MMR], RATHEDAUNG, "2024-03-17", "2024-03-18", sources=["The Irrawaddy"],
      why="the Arakan Army has taken over Rathidong (Rathedaung) from the junta; 200 soldiers fled last Sunday night"),
    E("armed_clash", [AA], [MMR], RATHEDAUNG, "2024-03-03", "2024-03-17", "week",
      why="'after two weeks of intense fighting'"),
    E("evacuation", [MMR], [], RATHEDAUNG, "2024-03-17", "2024-03-18", optional=True,
      why="about 200 soldiers of three infantry battalions fled by boat, leaving weapons: a retreat (cf. dev d08)"),
    E("air_strike", [MMR], [AA], RATHEDAUNG, "2024-03-03", "2024-03-17", "week", optional=True,
      why="'Bombing is being carried out by land and sea as well as by air': undated, cumulative"),
    E("shelling", [MMR], [AA], RATHEDAUNG, "2024-03-03", "2024-03-17", "week", optional=True,
      why="the same bombardment by land and sea"),
  ], control=[
    C(RATHEDAUNG, AA, "2024-03-19", why="taken over by the Arakan Army; junta troops fled"),
  ], why="'Last Updated on March 19, 2024'. The use of conscripted Rohingya as human shields is an allegation without "
         "a distinct incident"),

# b008: RFA, URL ...02022024 (Friday 2 February 2024); residents 'told RFA on Friday'; Wednesday = 31 Jan, Thursday = 1 Feb.
D("b008_myanmar_pale_kanbalu.txt", "2024-02-02", "Radio Free Asia", "Myanmar", events=[
    E("air_strike", [MMR], [CIV], KAN_GYI, "2024-02-01", status="claimed", sources=["Pale People's Defense Forces"], fatalities=2,
      why="junta fighter jets bombarded Kan Gyi village, Pale: two women killed, five injured; 'the following day' after Wednesday "
          "(resolved: told by a member of the Pale PDF, a party to the fighting: claimed)"),
    E("air_strike", [MMR], [PDF, CIV], ZEE_PHYU_KONE, "2024-02-01",
      why="'The following day, the junta retaliated, bombarding Zee Phyu Kone and Kan Gyi villages with airstrikes'"),
    E("armed_clash", [PDF], [MMR, PSH], ZEE_PHYU_KONE, "2024-01-31",
      why="on Wednesday Pale PDF assaulted a joint junta and Pyu Saw Htee militia camp in Zee Phyu Kone village"),
    E("air_strike", [MMR], [CIV], THIN_TAW, "2024-02-01",
      why="eight airstrikes across Kanbalu township's Thin Taw, Zaw Chaung and Ma Gyi Kone villages on Thursday; one man killed "
          "(village not said)"),
    E("air_strike", [MMR], [CIV], ZAW_CHAUNG, "2024-02-01", why="same list, Zaw Chaung"),
    E("air_strike", [MMR], [CIV], MA_GYI_KONE, "2024-02-01", why="same list, Ma Gyi Kone"),
    E("arrest", [MMR], [CIV], SAGAING, "2024-01-31", "2024-02-01",
      why="15 people arrested in Pale, Kanbalu and Khin-U townships during the two days of operations"),
    E("arrest", [MMR], [CIV], PALE_TSP, "2024-01-31", "2024-02-01", optional=True,
      why="the same arrests placed per township (resolved: a list gives one event per place, but the 15 are not split "
          "between the townships, so each is optional beside the region-wide event)"),
    E("arrest", [MMR], [CIV], KANBALU_TSP, "2024-01-31", "2024-02-01", optional=True, why="same, Kanbalu township"),
    E("arrest", [MMR], [CIV], KHIN_U_TSP, "2024-01-31", "2024-02-01", optional=True, why="same, Khin-U township"),
    E("territory_captured", [PDF], [MMR], KAWLIN, "2023-11-01", "2023-11-30", "month",
      why="background: the NUG's People's Defense Forces captured Kawlin in November"),
    E("advance", [MMR], [PDF], KAWLIN, "2024-01-31", "2024-02-01", optional=True,
      why="the military attacked villages bordering Kawlin and Kanbalu to clear the route to recapture Kawlin"),
  ], control=[
    C(KAWLIN, PDF, "2024-02-02", why="captured by the PDF in November; the junta 'wants to regain Kawlin'"),
  ], why="date from the URL (02022024) and 'told Radio Free Asia on Friday'. Headline's 'storms 3 townships' summarises the "
         "listed strikes"),
# b009: The Business Standard (Dhaka), ' date 2024-02-19', byline '19 February, 2024, 11:55 pm' (a Monday): Sunday = 18 Feb.
D("b009_myanmar_myebon.txt", "2024-02-19", "The Business Standard", "Myanmar", events=[
    E("evacuation", [MMR], [], MYEBON, "2024-02-18", sources=["The Irrawaddy"],
      why="the junta airlifted its troops from two hilltop outposts in Myebon Township on Sunday, sending them south"),
    E("evacuation", [MMR], [], NORTH_RAKHINE, "2024-02-12", "2024-02-19", "week", status="claimed", sources=[AA], optional=True,
      why="AA statement: the junta is withdrawing troops from northern Rakhine, burning outposts as it goes"),
    E("air_strike", [MMR], [AA], RAMREE, "2024-02-12", "2024-02-19", "week",
      why="'junta troops are continuing to bombard Ramree ... from land, sea and air'"),
    E("shelling", [MMR], [AA], RAMREE, "2024-02-12", "2024-02-19", "week",
      why="the same bombardment from land and sea"),
    E("territory_captured", [AA], [MMR], MYEBON, "2024-02-16", optional=True,
      why="caption: AA troops pose with arms and trucks seized from the junta in Myebon Township on 16 February (seizure of "
          "materiel; no place said to be taken)"),
  ], why="' date 2024-02-19' and the byline '19 February, 2024'. The AA's vow to attack all bases is a threat"),

# b010: Bangkok Post, ' date 2024-12-21' (a Saturday): 'fell on Friday' = 20 Dec.
D("b010_myanmar_ann.txt", "2024-12-21", "Bangkok Post", "Myanmar", events=[
    E("territory_captured", [AA], [MMR], ANN_WESTERN_COMMAND, "2024-12-20", status="claimed", sources=[AA],
      why="Arakan Army statement: the western military command in Rakhine fell on Friday; the junta could not be reached"),
    E("armed_clash", [AA], [MMR], ANN_WESTERN_COMMAND, "2024-12-06", "2024-12-20", "week", status="claimed", sources=[AA],
      why="'after two weeks of intense fighting'"),
    E("territory_captured", [TBA, MNDAA], [MMR], LASHIO, "2024-08-01", "2024-08-31", "month",
      why="background: 'In August, the alliance wrested control of the northeastern town of Lashio' (its regional command)"),
    E("armed_clash", [TBA], [MMR], SHAN, "2023-10-01", "2023-10-31", "month", optional=True,
      why="background: the alliance launched an offensive in October 2023 along the border with China (place not named)"),
    E("armed_clash", [AA], [MMR], RAKHINE, "2023-11-01", "2023-11-30", "month", optional=True,
      why="background: fighting in Rakhine resumed last November after the ceasefire broke down"),
  ], control=[
    C(ANN_WESTERN_COMMAND, AA, "2024-12-20", why="the command fell to the AA (its claim)"),
    C(LASHIO, TBA, "2024-12-21", why="wrested by the alliance in August"),
  ], why="' date 2024-12-21' on top and 'could not be reached for comment on Saturday'. The place of the western command (Ann) "
         "is only in the URL ('western HQ'); the excerpt names Rakhine state"),

# b011: Prothom Alo (English), ' date 2024-03-19' (a Tuesday): Sunday = 17 March.
D("b011_myanmar_rathedaung.txt", "2024-03-19", "Prothom Alo", "Myanmar", events=[
    E("territory_captured", [AA], [MMR], RATHEDAUNG, "2024-03-17", "2024-03-18", sources=["The Irrawaddy", "Radio Free Asia"],
      why="AA took control of Rathedaung township, driving out junta soldiers; about 200 fled on Sunday night (confirmed by "
          "Irrawaddy and RFA)"),
    E("armed_clash", [AA], [MMR], RATHEDAUNG, "2024-03-03", "2024-03-17", "week", why="'After fierce fighting of two weeks'"),
    E("evacuation", [MMR], [], RATHEDAUNG, "2024-03-17", "2024-03-18", optional=True,
      why="three junta battalions, about 200 survivors, fled via vessels"),
    E("armed_clash", [AA], [MMR], NAKPURA, "2024-03-17", sources=["Prothom Alo Teknaf correspondent"],
      why="AA attacked the Border Guard Police sector at Nakpura near the Bangladesh border on Sunday evening"),
  ], control=[
    C(RATHEDAUNG, AA, "2024-03-19", why="Rathedaung township fell to the Arakan Army"),
  ], why="' date 2024-03-19' on top; same news as b007 but a different text (not a duplicate). Human shields: allegation"),

# b012: Africanews 'The Morning Call', ' date 2019-03-18', URL /2019/03/18/ (a Monday): 'saturday night' = 16 March.
D("b012_mali_dioura.txt", "2019-03-18", "Africanews", "Sahel", events=[
    E("armed_clash", [JNIM], [MLI], DIOURA, "2019-03-16", "2019-03-17", sources=["Youssouf Coulibaly"], fatalities=16,
      why="at least 16 soldiers killed in a raid on the army camp at Dioura, Mopti region, on Saturday night; JNIM widely "
          "suspected, no claim"),
    E("territory_captured", [JNIM], [MLI], DIOURA, "2019-03-16", "2019-03-17", optional=True,
      why="the jihadists attacked from two directions 'before overrunning its defenses': a camp overrun, not said to be held"),
  ], why="' date 2019-03-18' and URL 2019/03/18. The attacker is only suspected (JNIM); the rest is description of the raid"),

# b013: The Hindu (AP), ' date 2020-01-27' (a Monday): 'Sunday' = 26 Jan.
D("b013_mali_sokolo.txt", "2020-01-27", "The Hindu", "Sahel", events=[
    E("armed_clash", [], [MLI], SOKOLO, "2020-01-26", sources=["Malian government", "Malian armed forces"], fatalities=20,
      status="claimed",
      why="gunmen attacked an army camp in Sokolo, Segou region, killing 20 soldiers Sunday, the government and armed forces "
          "said; unclaimed (al-Qaida-linked groups only suspected)"),
    E("territory_captured", [], [MLI], SOKOLO, "2020-01-26", sources=["Souleymane Maiga"], optional=True,
      why="a resident: 'The attackers temporarily took control of the camp and destroyed everything before leaving'"),
  ], control=[
    C(SOKOLO, MLI, "2020-01-27", why="the armed forces: the camp remains under the control of Mali's military"),
  ], why="' date 2020-01-27' on top. Reinforcements and aerial reconnaissance are responses, not events"),
# b014: The News (Pakistan), ' date 2019-09-24' (a Tuesday): 'said on Monday' = 23 Sep, 'overnight Saturday' = 21-22 Sep.
D("b014_burkina_bourzanga.txt", "2019-09-24", "The News International", "Sahel", events=[
    E("violence_against_civilians", [], [CIV], PISSELE, "2019-09-21", "2019-09-22", sources=["security official"], fatalities=6,
      why="'Six people were killed by armed men overnight Saturday at Pissele, near Bourzanga'"),
    E("violence_against_civilians", [], [CIV], BOOL_KIIBA, "2019-09-20", "2019-09-23", "week",
      sources=["local administrative official"], fatalities=3,
      why="three people shot dead in the village of Bool-Kiiba, others missing, possessions looted (day not given; reported "
          "Monday with the weekend attack)"),
  ], why="' date 2019-09-24' on top (mobile-app junk around it); the body is printed twice. 'Seven-year-old insurgency' is "
         "background without an event"),

# b015: The Guild (Nigeria), ' date 2022-06-14' (a Tuesday); UN statement 'on Monday' = 13 June.
D("b015_burkina_seytenga.txt", "2022-06-14", "The Guild", "Sahel", events=[
    E("violence_against_civilians", [], [CIV], SEYTENGA, "2022-06-10", "2022-06-13", "week",
      sources=["security source", "Lionel Bilgo"], fatalities=100,
      why="at least 100 villagers killed by gunmen in Seytenga (provisional tally 165; government: 50 bodies found so far); "
          "the men targeted. Day not given: before the UN statement of Monday"),
    E("displacement", [], [], SEYTENGA, "2022-06-10", "2022-06-14", "week", sources=["local official"], displaced=3000,
      why="about 3,000 people who fled the attack have arrived in Dori"),
    E("displacement", [], [], DORI, "2022-06-10", "2022-06-14", "week", displaced=3000, optional=True,
      why="the same displacement placed where the displaced arrived"),
    E("armed_clash", [], ["Burkinabe government"], SEYTENGA, "2022-06-09", fatalities=11,
      why="'Armed men killed 11 military police in the same area last Thursday' (9 June)"),
  ], why="' date 2022-06-14' on top. The January coup and the 36-month transition are politics, not events"),

# b016: Al Jazeera, URL /2020/10/7/ (a Wednesday): 'late on Sunday' = 4 Oct.
D("b016_burkina_pissila.txt", "2020-10-07", "Al Jazeera", "Sahel", events=[
    E("violence_against_civilians", [], [CIV], PISSILA, "2020-10-04", sources=["UNHCR"], fatalities=25,
      why="a convoy of 46 displaced people returning home was ambushed some 9 km from Pissila late on Sunday; the men were "
          "separated and 25 killed (UNHCR)"),
  ], why="URL date 2020/10/7 and UNHCR 'said on Wednesday'. Last year's 2,000 deaths and a million displaced are statistics"),

# b017: Reuters (UK), ' date 2017-10-04' (a Wednesday).
D("b017_niger_tongotongo.txt", "2017-10-04", "Reuters", "Sahel", events=[
    E("armed_clash", [], ["Nigerien government", "United States"], TILLABERI_REG, "2017-10-04",
      sources=["Namatta Abubacar", "Radio France International", "diplomatic source"], fatalities=5,
      why="unknown assailants killed several Niger soldiers in an ambush near the Mali border on Wednesday; bodies of five "
          "soldiers confirmed; RFI says U.S. soldiers were also killed; attackers came from Mali"),
  ], why="' date 2017-10-04' and 'on Wednesday'. RFI's 'counter-attack underway' is part of the same ambush"),

# b018: Channel NewsAsia, ' date 2017-10-05': the same Reuters story cut short (re-edit of b017).
D("b018_niger_tongotongo.txt", "2017-10-05", "Channel NewsAsia", "Sahel", duplicate_of="b017_niger_tongotongo.txt", events=[
    E("armed_clash", [], ["Nigerien government", "United States"], TILLABERI_REG, "2017-10-04",
      sources=["Namatta Abubacar", "Radio France International"], fatalities=5,
      why="same ambush 'on Wednesday' (4 Oct, the day before the page date); five Niger soldiers' bodies"),
  ], why="' date 2017-10-05'; the Reuters wire of b017 with the diplomatic source and Pentagon paragraphs cut"),

# b019: Business Standard (PTI), 'First Published: Mar 13 2020 | 12:56 AM IST' (12 March in UTC, a Thursday).
D("b019_niger_ayorou.txt", "2020-03-13", "Business Standard", "Sahel", events=[
    E("armed_clash", [], ["Nigerien government"], AYOROU, "2020-03-12", sources=["security source"], fatalities=9,
      why="nine Nigerien soldiers killed on Thursday in an attack on an army post in Ayorou, Tillaberi"),
    E("air_strike", ["Nigerien government"], [], AYOROU, "2020-03-12", sources=["security source"],
      why="'All the assailants were \"neutralised\" in an airstrike' after the attack"),
  ], why="'First Published: Mar 13 2020 | 12:56 AM IST'; 'on Thursday' = 12 March"),

# b020: The Nation (Pakistan), ' date 2024-07-24', URL 24-Jul-2024; 'On Monday July 22'.
D("b020_niger_foneko.txt", "2024-07-24", "The Nation", "Sahel", events=[
    E("armed_clash", ["Nigerien government"], [], FONEKO, "2024-07-22", status="claimed",
      sources=["Niger defence ministry"], fatalities=36,
      why="defence ministry: a unit exchanged fire with armed terrorist groups on the Bankilare-Tera route near Foneko on Monday "
          "July 22; 15 soldiers and 21 'terrorists' killed, 3 missing, 16 injured"),
  ], why="' date 2024-07-24'; the ministry 'said on Tuesday'. Fatalities: both sides' dead as the text gives them (15 + 21)"),

# b021: squidbusiness.fr (AFP), URL '...fri-22-mar-2024-094201-gmt': Friday 22 March 2024.
D("b021_niger_bankilare.txt", "2024-03-22", "squidbusiness.fr", "Sahel", events=[
    E("armed_clash", [], ["Nigerien government"], BANKILARE, "2024-03-19", "2024-03-20", status="claimed",
      sources=["Niger defence ministry"], fatalities=53,
      why="ministry, late Thursday: more than 100 'terrorists' attacked the army unit between Teguey and Bankilare during a "
          "sweep on Tuesday and Wednesday; 23 soldiers killed, 17 wounded, about 30 attackers 'neutralised'"),
    E("suicide_bomb", [], ["Nigerien government"], BANKILARE, "2024-03-19", "2024-03-20", status="claimed",
      sources=["Niger defence ministry"], optional=True,
      why="the attackers used 'home-made bombs and suicide vehicles' in the same ambush"),
    E("remote_explosive", [], ["Nigerien government"], BANKILARE, "2024-03-19", "2024-03-20", status="claimed",
      sources=["Niger defence ministry"], optional=True, why="the 'home-made bombs' of the same ambush"),
    E("violence_against_civilians", [], [CIV], MOTOGATTA, "2024-01-01", "2024-01-31", "month", fatalities=22,
      why="background: 'In January, 22 civilians were killed in an attack on the Tillaberi village of Motogatta'"),
  ], why="date from the URL (fri-22-mar-2024); the ministry 'said late Thursday'. The July coup, France's expulsion and the "
         "end of the 2012 agreement with the US are politics, not events"),
# b022: Al Jazeera, URL /2012/7/9/ (a Monday): 'on Sunday' = 8 July.
D("b022_drc_rutshuru.txt", "2012-07-09", "Al Jazeera", "DR Congo", events=[
    E("territory_captured", ["M23"], ["Congolese government"], RUTSHURU, "2012-07-08",
      why="M23 'had captured the town of Rutshuru on Sunday', taken without a fight after the military retreated"),
    E("displacement", ["M23"], [], RUTSHURU, "2012-07-08", why="the capture forced thousands of civilians from their homes (no figure)"),
    E("territory_captured", ["M23"], ["Congolese government"], NTAMUGENGA, "2012-07-07", "2012-07-09", status="claimed", sources=["M23"],
      why="the rebels said they met no opposition as they captured Ntamugenga (day not given)"),
    E("territory_captured", ["M23"], ["Congolese government"], RUBARE, "2012-07-07", "2012-07-09", status="claimed", sources=["M23"],
      why="... and Rubare"),
    E("territory_captured", ["M23"], ["Congolese government"], BUNAGANA, "2012-07-06", status="claimed", sources=["M23"],
      why="... and Bunagana, 'seized two days earlier' (two days before Sunday's capture of Rutshuru)"),
    E("siege", ["M23"], ["Congolese government"], RUMANGABO, "2012-07-09", sources=["Al Jazeera"],
      why="Peter Greste at Rumangabo, Monday: 'M23 have surrounded this place, but not occupied it'"),
    E("advance", ["M23"], ["Congolese government"], GOMA, "2012-07-08", "2012-07-09", optional=True,
      why="standfirst: M23 fighters 'close in on provincial capital'; the advance on Goma itself is called only possible"),
    E("evacuation", ["Congolese government"], [], RUTSHURU, "2012-07-08", optional=True,
      why="the military 'beat a retreat in the hours before the fighters arrived' (a retreat; cf. dev d08)"),
  ], control=[
    C(RUTSHURU, "M23", "2012-07-09", why="taken on Sunday; Makenga speaks to reporters there"),
    C(NTAMUGENGA, "M23", "2012-07-09", why="'the towns under our control'"),
    C(RUBARE, "M23", "2012-07-09", why="'the towns under our control'"),
    C(BUNAGANA, "M23", "2012-07-09", why="seized; M23 plans to hold it"),
    C(RUMANGABO, "Congolese government", "2012-07-09", besieged_by=["M23"], why="surrounded but not occupied; two government soldiers found"),
  ], why="URL date 2012/7/9 and Greste 'said on Monday'. Makenga's plan to leave the towns except Bunagana is a plan"),

# b025: HuffPost (AP wire), 'October 30, 2013 01:57 PM EST', dateline BUNAGANA; 'Wednesday' = 30 Oct.
D("b025_drc_bunagana.txt", "2013-10-30", "HuffPost (AP)", "DR Congo", events=[
    E("territory_captured", ["Congolese government"], ["M23"], BUNAGANA, "2013-10-30",
      sources=["Olivier Hamuli", "Associated Press"],
      why="the Congolese army retook Bunagana, one of the last M23 strongholds, on Wednesday; control regained by midday"),
    E("armed_clash", ["Congolese government"], ["M23"], BUNAGANA, "2013-10-30",
      why="'Small skirmishes took place through the town', M23 fighters running up a hill (AP reporter with the army)"),
    E("displacement", [], [], BUNAGANA, "2013-10-25", "2013-10-30", "week", optional=True,
      why="hundreds of civilians 'who had fled across the border to Uganda' began returning (the flight is undated)"),
  ], control=[
    C(BUNAGANA, "Congolese government", "2013-10-30", why="'The government finally regained control of town by midday'"),
  ], why="byline date 'October 30, 2013 01:57 PM EST'; share-widget junk on top. Bisimwa crossing into Uganda and the "
         "tracking of 40 fighters toward Runyonyi are not events of the listed types"),

# b026: Somaliland-based Somtribune, URL /2015/05/15/; the attack's day is not given.
D("b026_somalia_awdhegle.txt", "2015-05-15", "Somtribune", "Somalia", events=[
    E("territory_captured", ["al-Shabaab"], ["Somali government"], AWDHEGLE, "2015-05-14", "2015-05-15",
      sources=["Da'ud Qaylow", "Ali Sharif"],
      why="attack shortly before dawn 'culminating in the capture' of Awdhegle; army officer: 'finally captured the whole town'"),
    E("territory_captured", ["al-Shabaab"], ["Somali government"], MUBARAK, "2015-05-14", "2015-05-15", sources=["Ali Sharif"],
      why="'The fighting spread to nearby Mubarak, where the rebels also overran the army'"),
    E("armed_clash", ["al-Shabaab"], ["Somali government"], AWDHEGLE, "2015-05-14", "2015-05-15",
      sources=["Ali Sharif", "al-Shabaab commander"], fatalities=10,
      why="militants raided checkpoints and attacked army positions; al-Shabaab commander (Radio Andalus): at least 10 troops "
          "killed; three injured soldiers beheaded, per an army officer"),
    E("armed_clash", ["al-Shabaab"], ["Somali government"], MUBARAK, "2015-05-14", "2015-05-15", sources=["Ali Sharif"],
      why="the fighting spread to Mubarak"),
    E("territory_captured", [], ["al-Shabaab"], MOGADISHU, "2011-08-01", "2011-08-31", "month", optional=True,
      why="background: its fighters 'were forced to withdraw from the capital, Mogadishu, in August 2011'"),
  ], control=[
    C(AWDHEGLE, "al-Shabaab", "2015-05-15", why="captured"), C(MUBARAK, "al-Shabaab", "2015-05-15", why="overran the army"),
  ], why="no dateline; URL date 2015/05/15; the attack is told without a day (taken as that day or the one before). "
         "'Still controls swathes of territory' names no place"),

# b027: Somaliweyn, URL /2018/03/11/ (a Sunday): 'on Saturday' = 10 March.
D("b027_somalia_gambale.txt", "2018-03-11", "Somaliweyn", "Somalia", events=[
    E("territory_captured", ["Somali government"], ["al-Shabaab"], GAMBALE, "2018-03-10", status="claimed",
      sources=["regional official"],
      why="authorities: government forces retook Gambale, 45 km east of Jowhar, on Saturday without resistance after "
          "al-Shabaab withdrew"),
  ], control=[
    C(GAMBALE, "Somali government", "2018-03-11", why="retaken; troops searching for explosives left behind"),
  ], why="URL date 2018/03/11. The search for explosives is not an event; 'for a decade' fighting is background without a date"),

# b028: Reuters (India), ' date 2016-10-30', dateline 'MOGADISHU Oct 30' (a Sunday).
D("b028_somalia_goofgaduud.txt", "2016-10-30", "Reuters", "Somalia", events=[
    E("territory_captured", ["al-Shabaab"], ["Somali government"], GOOFGADUUD, "2016-10-30",
      sources=["Hussein Edin", "Abdiasis Abu Musab"],
      why="al Shabaab seized Goofgaduud from government forces on Sunday; the army 'left the town for tactical reasons'; "
          "al-Shabaab confirms"),
    E("armed_clash", ["al-Shabaab"], ["Somali government"], GOOFGADUUD, "2016-10-30", sources=["Hussein Edin"], fatalities=1,
      why="'after brief fighting'; army: one soldier killed (al-Shabaab claims seven)"),
  ], control=[
    C(GOOFGADUUD, "al-Shabaab", "2016-10-30", why="captured settlement"),
  ], why="dateline 'MOGADISHU Oct 30' with ' date 2016-10-30'. The Kenyan woman freed from pirates in Galmudug and the 26 "
         "sailors are piracy, not events of the conflict"),
# b023: teleSUR English, ' date 2024-05-10', URL ...20240510 (a Friday). The excerpt starts mid-article; no day is given.
D("b023_drc_beni_pasidi.txt", "2024-05-10", "teleSUR English", "DR Congo", events=[
    E("violence_against_civilians", ["Allied Democratic Forces"], [CIV], BENI_TERRITORY, "2024-05-03", "2024-05-10", "week",
      fatalities=8,
      why="'the terrorist group killed at least eight people and injured many others'; health-centre staff missing, a house "
          "burned, belongings taken (place only implied: Beni territory; day not given)"),
    E("violence_against_civilians", ["Allied Democratic Forces"], [CIV], PASIDI, "2024-05-03", "2024-05-10", "week",
      sources=["Omar Kalisya"], fatalities=2,
      why="the group came from Pasidi (Ituri), 'where they killed two civilians and kidnapped a woman'"),
    E("displacement", ["Allied Democratic Forces"], [], BENI_TERRITORY, "2024-05-03", "2024-05-10", "week",
      sources=["civil society"], why="'a massive movement of the population towards other locations considered safe' (no figure)"),
  ], why="' date 2024-05-10' and the URL date. The army 'on the trail' of the group is a pursuit, not a clash; the 2019 split "
         "and IS allegiance are background without an event of the listed types"),

# b024: Press TV (CDN mirror), URL /Detail/2016/02/29/ (a Monday): 'early Monday' = 29 Feb.
D("b024_drc_ntombi.txt", "2016-02-29", "Press TV", "DR Congo", events=[
    E("violence_against_civilians", ["Allied Democratic Forces"], [CIV], NTOMBI, "2016-02-29",
      sources=["Amisi Kalonda", "Mak Hazukay", "CEPADHO"], fatalities=12,
      why="ADF attack early Monday in Ntombi village, Beni territory: at least 12 civilians killed (army: 13 bodies), the "
          "health centre looted"),
  ], why="URL date 2016/02/29 fits 'early Monday'. 'More than 300 killed last year' and the army's offensive are "
         "cumulative, undated"),

# b029: The Korea Herald (AFP), dateline KANO, URL /2014/08/27/; 'on Monday' = 25 Aug, 'on Sunday' = 24 Aug.
D("b029_nigeria_gamboru.txt", "2014-08-27", "The Korea Herald (AFP)", "Nigeria", events=[
    E("territory_captured", ["Boko Haram"], ["Nigerian government"], GAMBORU_NGALA, "2014-08-25", sources=["Idris Gwoni"],
      why="Boko Haram on Monday overran Gamboru Ngala: 'Boko Haram is in control of Gamboru Ngala. They have taken over the "
          "Harmony (military) camp, the police station and the customs barracks'"),
    E("armed_clash", ["Boko Haram"], ["Nigerian government"], GAMBORU_NGALA, "2014-08-25", sources=["Idris Gwoni"],
      why="stiff resistance, a gun battle of several hours; soldiers subdued and forced to flee into Cameroon"),
    E("displacement", ["Boko Haram"], [], GAMBORU_NGALA, "2014-08-25",
      why="residents and soldiers forced to flee; many sought refuge in Fotokol, Cameroon (no figure)"),
    E("displacement", ["Boko Haram"], [], FOTOKOL, "2014-08-25", optional=True,
      why="the same flight placed where the displaced arrived"),
    E("evacuation", ["Nigerian government"], [], BORNO, "2014-08-24", status="claimed", sources=["Cameroon military"],
      optional=True,
      why="Cameroon's military: more than 450 Nigerian soldiers fled their posts on Sunday elsewhere in Borno; Nigeria calls it "
          "a tactical manoeuvre"),
    E("violence_against_civilians", [], [CIV], GAMBORU_NGALA, "2014-05-01", "2014-05-31", "month", fatalities=300,
      why="background: the town 'almost entirely destroyed in a devastating assault in May that left more than 300 people dead'"),
  ], control=[
    C(GAMBORU_NGALA, "Boko Haram", "2014-08-25", why="'Boko Haram is in control of Gamboru Ngala' (Monday evening)"),
  ], why="URL date 2014/08/27 (the AFP dispatch from KANO tells of Monday 25 Aug). The Ebola border closure of 18 Aug is not "
         "a conflict event; the text stops mid-word"),

# b030: The Sydney Morning Herald, URL ...-20150105- (a Monday): 'on Saturday' = 3 Jan.
D("b030_nigeria_baga.txt", "2015-01-05", "The Sydney Morning Herald", "Nigeria", events=[
    E("territory_captured", ["Boko Haram"], ["Nigerian government"], BAGA, "2015-01-03", "2015-01-04", sources=["security sources"],
      why="militants overran the army base in Baga, the notional multinational HQ; troops eventually fled after the Saturday "
          "attack (two security sources)"),
    E("armed_clash", ["Boko Haram"], ["Nigerian government"], BAGA, "2015-01-03", sources=["Baga resident"],
      why="attack from the north, west and south at about 05:00; soldiers tried to repel it"),
    E("displacement", ["Boko Haram"], [], BAGA, "2015-01-03", "2015-01-04", sources=["Maina Maaji Lawan"],
      why="civilians ran 'helter skelter - some into the forest, some into the desert' (no figure)"),
  ], control=[
    C(BAGA, "Boko Haram", "2015-01-05", why="the army base overrun; troops fled"),
  ], why="URL date 20150105. The CFR count of 10,000 killed 'this year' and the election are not events"),

# b031: News Sniffer diff page of a Guardian article; the Guardian URL in the text is /2015/jan/05/.
D("b031_nigeria_baga.txt", "2015-01-05", "The Guardian (News Sniffer)", "Nigeria", events=[
    E("territory_captured", ["Boko Haram"], ["Nigerian government"], BAGA, "2015-01-03", sources=["residents"],
      why="Boko Haram overpowered the multinational force and seized its key base / an army camp in Baga; troops fought on "
          "Saturday until they ran out [of ammunition]"),
    E("armed_clash", ["Boko Haram"], ["Nigerian government"], BAGA, "2015-01-03", sources=["residents", "Audu Labbo"],
      why="several hours of fierce fighting; RPGs, rifles and explosives; scores of soldiers and civilians killed (no figure)"),
    E("violence_against_civilians", ["Boko Haram"], [CIV], BAGA, "2015-01-03", sources=["Amosun"], optional=True,
      why="'They burned all the houses they could reach'; civilians among the scores killed"),
    E("displacement", ["Boko Haram"], [], BAGA, "2015-01-03", "2015-01-04", why="residents escaped in canoes to a Chadian "
      "village; survivors reached Maiduguri, Cameroon and Chad (no figure)"),
    E("territory_captured", ["Boko Haram"], ["Nigerian government"], None, "2014-12-29", "2015-01-02", "week", optional=True,
      why="'the second time the militants have overrun a military base in a week': the other base is not named"),
  ], control=[
    C(BAGA, "Boko Haram", "2015-01-05", why="base seized; the village a smouldering wreck"),
  ], why="the News Sniffer header has no date ('first published or seen on .'); the Guardian URL quoted in the text gives "
         "2015/jan/05. Versions 1 and 2 are interleaved (two headlines). The earlier Baga massacre ('up to 185 dead') has no "
         "date here and is left out"),
# b032: blog post 'Friday, October 22, 2021' summarising a CNN article of the same day.
D("b032_ethiopia_mekelle_dessie.txt", "2021-10-22", "David Shinn blog (CNN)", "Ethiopia", events=[
    E("air_strike", ["Ethiopian government"], ["Tigray People's Liberation Front"], MEKELLE, "2021-10-20", "2021-10-22",
      sources=["CNN"], why="'The Ethiopian Air Force launched new airstrikes on Mekelle' (day not given; CNN of 22 October)"),
    E("advance", ["Tigray People's Liberation Front"], ["Ethiopian government"], DESSIE, "2021-10-20", "2021-10-22",
      sources=["CNN"], why="'TPLF ground forces approached Dessie in Amhara Region'"),
    E("displacement", ["Tigray People's Liberation Front"], [], DESSIE, "2021-10-20", "2021-10-22", sources=["CNN"],
      why="'resulting in residents fleeing the city' (no figure)"),
  ], why="blog date line 'Friday, October 22, 2021' and 'CNN published on 22 October 2021'"),

# b033: kichuu.com (Reuters), ' date 2021-10-08', dateline 'NAIROBI, Oct 8 (Reuters)' (a Friday).
D("b033_ethiopia_amhara.txt", "2021-10-08", "Kichuu (Reuters)", "Ethiopia", events=[
    E("air_strike", ["Ethiopian government"], ["Tigray People's Liberation Front"], AMHARA, "2021-10-01", "2021-10-08", "week",
      status="claimed", sources=["Tigrayan forces spokesman"],
      why="a Tigrayan spokesman said on Friday that airstrikes against Tigrayan forces in Amhara have intensified (striker "
          "implied: the Ethiopian military)"),
  ], why="dateline 'Oct 8 (Reuters)' with ' date 2021-10-08'. The photo caption (ENDF in Sanja, November 9, 2020) shows "
         "troops preparing; the 'ground push' is a forecast"),

# b034: IOL (AFP), 'Time of article published Mar 29, 2021' (a Monday): 'on Wednesday' = 24 March.
D("b034_mozambique_palma.txt", "2021-03-29", "IOL (AFP)", "Mozambique", events=[
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], PALMA, "2021-03-24", sources=["Mozambican government"],
      why="militants raided Palma on Wednesday in a coordinated attack; dozens killed (no exact figure)"),
    E("territory_captured", ["Ansar al-Sunna"], ["Mozambican government"], PALMA, "2021-03-22", "2021-03-28", "week",
      why="'The northern Mozambique town of Palma, seized by militants last week'"),
    E("armed_clash", ["Ansar al-Sunna"], ["Mozambican government"], PALMA, "2021-03-24", optional=True,
      why="the large-scale attack on the town; fighting with security forces is implied, not told"),
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], PALMA, "2021-03-24", "2021-03-28", "week",
      sources=["Mozambican government"], fatalities=7,
      why="seven people killed in an ambush during an operation to evacuate them from a hotel where they had sought refuge"),
    E("displacement", ["Ansar al-Sunna"], [], PALMA, "2021-03-24", "2021-03-29",
      why="Palma all but deserted on Monday: thousands of residents fled by road, boat and on foot, to Mueda and Pemba (no figure)"),
    E("evacuation", [], [], PALMA, "2021-03-24", "2021-03-29", optional=True,
      why="survivors who fled to the gas project site are sent on to Pemba by boat"),
  ], control=[
    C(PALMA, "Ansar al-Sunna", "2021-03-29", why="seized by militants last week, now deserted"),
  ], why="'Time of article published Mar 29, 2021'; 'on Monday' = 29 March. Photo caption repeated twice at the top"),

# b035: allAfrica (a Mozambique news digest), ' date 2022-08-31', URL 202208310144.
D("b035_mozambique_palma_nangade.txt", "2022-08-31", "allAfrica", "Mozambique", events=[
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], NHICA_DO_ROVUMA, "2022-08-18",
      sources=["Zitamar", "Cabo Ligado"],
      why="'an 18 August attack on the village of Nhica do Rovuma, 30 kilometres from Palma Town' (victims not said)"),
    E("shelling", ["Ansar al-Sunna"], ["Mozambican government"], MOCIMBOA, "2022-08-18", sources=["Savana"],
      why="'On 18 August insurgents attacked near Mocimboa da Praia town with mortars'"),
    E("armed_clash", ["Ansar al-Sunna"], ["Mozambican government"], MANDIMBA_NANGADE, "2022-08-01", "2022-08-07", "week",
      sources=["Savana"], fatalities=1,
      why="the Mandimba (Nangade) army base attacked 'two weeks before' 18 August as food was delivered; soldiers fled; one killed"),
    E("territory_captured", ["Ansar al-Sunna"], ["Mozambican government"], MANDIMBA_NANGADE, "2022-08-01", "2022-08-07", "week",
      sources=["Savana"], optional=True, why="the soldiers fled and the insurgents took the base's mortars: overrun, not held"),
    E("territory_captured", ["Ansar al-Sunna"], ["Mozambican government"], LITINGINA, "2022-08-19", sources=["Savana"],
      optional=True,
      why="on 19 August the UIR police fled their base in Litingina, Nangade; eight insurgents stripped it of weapons, "
          "ammunition and food (a raid on an abandoned base)"),
    E("armed_clash", ["Ansar al-Sunna"], ["Mozambican government"], NAMWEMBE, "2022-07-18", sources=["Savana"],
      why="the UIR base in Namwembe, Nangade, raided three times; 'The 18 July attack' as the supply truck arrived"),
  ], why="' date 2022-08-31' and the URL. 'Fighting continued in July and August' and the attacks in six other districts "
         "are undated summaries; the return of the displaced is not displacement"),

# b036: BusinessLive (Financial Times), ' date 2021-04-06', URL 2021-04-06.
D("b036_mozambique_palma.txt", "2021-04-06", "BusinessLive (Financial Times)", "Mozambique", events=[
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], PALMA, "2021-03-24",
      sources=["Mozambican officials", "security consultants", "African Union"],
      why="at about 4pm on March 24 more than 100 insurgents laid waste to Palma, burning civic buildings and a bank and "
          "killing dozens (no exact figure)"),
    E("route_cut", ["Ansar al-Sunna"], [CIV], PALMA, "2021-03-24", route=R(None, PALMA), optional=True,
      why="'They waited, cutting off access by road' before opening fire: no road named, part of the attack"),
    E("armed_clash", ["Ansar al-Sunna"], ["Mozambican government"], PALMA, "2021-03-24", optional=True,
      why="the attack on the town read as a battle; the excerpt names no defenders"),
  ], why="' date 2021-04-06' and the URL; paywalled, the excerpt stops after the lead"),

# b037: Plataforma Media, URL /2020/09/11/ (a Friday): 'This week', 'Tuesday' = 8 Sep, 'About a week ago' ~ 4 Sep.
D("b037_mozambique_vamisse.txt", "2020-09-11", "Plataforma Media", "Mozambique", events=[
    E("territory_captured", ["Ansar al-Sunna"], [], VAMISSE, "2020-09-08", sources=["VOA Português"],
      why="insurgents 'invaded and annexed' two islands this week; they invaded Vamisse (Olumbe, Palma) in the early hours "
          "of Tuesday"),
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], VAMISSE, "2020-09-08", sources=["VOA Português"], fatalities=1,
      why="they burned almost all the refugees' huts on Vamisse; one refugee killed because he recognised an attacker"),
    E("territory_captured", ["Ansar al-Sunna"], [], MECUNGO, "2020-09-04", "2020-09-11", "week", sources=["VOA Português"],
      why="the second island 'annexed' this week: Mecungo (Mocímboa da Praia district)"),
    E("violence_against_civilians", ["Ansar al-Sunna"], [CIV], MECUNGO, "2020-09-01", "2020-09-07", "week",
      why="'About a week ago' al-Shabaab had destroyed the huts of displaced people and fishermen on Mecungo Island"),
    E("displacement", ["Ansar al-Sunna"], [], VAMISSE, "2020-09-07", "2020-09-11", "week", optional=True,
      why="fishermen who had taken refuge on Mecungo and Vamisse 'left again for other places' (no figure)"),
  ], control=[
    C(VAMISSE, "Ansar al-Sunna", "2020-09-11", why="annexed by the insurgents"),
    C(MECUNGO, "Ansar al-Sunna", "2020-09-11", why="annexed by the insurgents"),
  ], why="URL date 2020/09/11; 'al-shaabab' here is the Mozambican group (Ansar al-Sunna in the alias table). The rally at "
         "dawn is not an event"),
# ---- negatives (no conflict event, no control) ----------------------------------------
D("b038_neg_nigeria_floods.txt", "2019-08-23", "Ghanamma (Xinhua/GNA)", "none", negative=True, events=[],
  why="negative: floods destroyed IDP tents in Borno (Maiduguri camps, Dikwa). Dateline 'ABUJA, Aug. 23' and URL 2019/08/23; "
      "the 'Saturday, April 27, 2024' on top is the site's header widget (the crawl day), not the report's date. 'Families "
      "who fled from conflict months ago' is undated background, the homelessness is caused by rain"),
D("b039_neg_us_port_strike.txt", "2024-09-30", "KEYT (AP)", "none", negative=True, events=[],
  why="negative: a dockworkers' strike announced for midnight ('will walk off the job', 'picket lines', 'shut down ports'): a "
      "labour dispute and a future one. ' date 2024-09-30'"),
D("b040_neg_sudan_jeddah_talks.txt", "2023-07-16", "Al Bawaba", "none", negative=True, events=[],
  why="negative (conflict-adjacent): an SAF delegation arrived in Jeddah on Saturday to resume talks; suspension of talks, "
      "Cairo's mediation and a UN appeal are diplomacy. 'A number of breached ceasefire agreements' is undated and generic. "
      "' date 2023-07-16' and the embedded tweet of July 16, 2023"),
D("b041_neg_sudan_geneva_talks.txt", "2024-08-09", "bobnews24", "none", negative=True, events=[],
  why="negative (conflict-adjacent): a delegation sent to Jeddah for consultations before Geneva talks scheduled for August 14. "
      "Date from the first words 'On August 9, 2024' (the delegation left 'early Friday morning', 9 Aug). The 'Jeddah Agreement, "
      "a ceasefire deal previously brokered' is undated background; nothing else is an event"),
D("b042_neg_football_derby.txt", "2015-01-18", "The Top Corner (SB Nation)", "none", negative=True, events=[],
  why="negative: football match report (Derby 1-2 Forest), 'hit', 'bruises', 'embattled', 'hated rival' are sport. URL date "
      "2015/1/18"),
D("b043_neg_wildfires_greece.txt", "2023-08-21", "wnews247", "none", negative=True, events=[],
  why="negative: wildfires in Greece, Canada and Tenerife forced evacuations ('battling the blazes', 'beating back the flames'); "
      "the Tenerife fire 'deliberately set' is arson, not conflict; Turkey closing a border crossing is not an event. URL date "
      "2023/08/21"),
D("b044_neg_somalia_aid_appeal.txt", "2021-12-20", "Middle East Monitor", "none", negative=True, events=[],
  why="negative (aid appeal): UN 2022 humanitarian response plan for drought-hit Somalia. 'December 20, 2021 at 7:42 pm'; the "
      "photo caption's IDP settlement (September 16, 2021) shows people in a place, no displacement event"),
D("b045_neg_box_office_bomb.txt", "2012-09-14", "Biggest Box Office Bombs (blog)", "none", negative=True, events=[],
  why="negative: a film 'bombed' and 'flopped' at the box office. Post date 'Friday, September 14, 2012'"),
# b046: Leadership (Nigeria), ' date 2022-11-23' (a Wednesday): 'Friday' = 18 Nov, 'Saturday' = 19 Nov (per the text).
D("b046_nigeria_malamfatori.txt", "2022-11-23", "Leadership", "Nigeria", events=[
    E("armed_clash", ["Islamic State"], ["Nigerian government"], MALAM_FATORI, "2022-11-18", sources=["Buji Garwa"],
      why="the first attack came at dusk Friday near the Niger border, a fierce battle with soldiers who repelled it"),
    E("armed_clash", ["Islamic State"], ["Nigerian government"], MALAM_FATORI, "2022-11-19",
      sources=["security sources", "AFP"], fatalities=11,
      why="pre-dawn attack on the base on Saturday; nine soldiers and two mobile policemen killed at the base (security "
          "sources, Sunday)"),
    E("violence_against_civilians", ["Islamic State"], [CIV], MALAM_FATORI, "2022-11-18", "2022-11-19",
      sources=["military officer", "Buji Garwa"],
      why="a second group 'went on a killing spree and arson in the town'; jihadists threw explosives and killed residents "
          "(civilian toll unknown)"),
    E("displacement", ["Islamic State"], [], MALAM_FATORI, "2022-11-19", sources=["Buji Garwa"],
      why="'we all fled the town'; others drowned in a river trying to escape (no figure)"),
  ], why="' date 2022-11-23'. ISWAP is an alias of 'Islamic State' in the alias table. The lead's 'two different Army bases' "
         "is told as one place (Malam Fatori). Days resolved as the text gives them"),

# b047: The Finder News, URL /2025/01/06/ (a Monday): 'on Sunday' = 5 Jan.
D("b047_nigeria_damboa.txt", "2025-01-06", "The Finder News", "Nigeria", events=[
    E("armed_clash", ["Islamic State"], ["Nigerian government"], SABON_GARI_DAMBOA, "2025-01-05",
      sources=["military officers", "AFP"], fatalities=6,
      why="ISWAP pre-dawn attack on Sunday at the Sabon Gari camp, Damboa: six soldiers killed after an intense gun battle; "
          "base and vehicles set on fire; Defence HQ confirms 'setbacks'"),
    E("air_strike", ["Nigerian government"], ["Islamic State"], SABON_GARI_DAMBOA, "2025-01-05", status="claimed",
      sources=["military officer"],
      why="fighter jets from Maiduguri struck the attackers as they fled: 'multiple militant fatalities' (officer, no number)"),
    E("armed_clash", ["Islamic State"], ["Nigerian government"], KARETO, "2024-11-01", "2024-11-30", "month", fatalities=5,
      why="background: 'In November, ISWAP members stormed a camp in Kareto hamlet near the Niger border, killing five "
          "Nigerian soldiers'"),
  ], why="URL date 2025/01/06; no dateline. 40,000 dead and two million displaced are war-wide statistics"),

# b048: Africanews (AFP), ' date 2023-11-08', URL /2023/11/08/ (a Wednesday).
D("b048_ethiopia_lalibela.txt", "2023-11-08", "Africanews", "Ethiopia", events=[
    E("armed_clash", ["Fano"], ["Ethiopian government"], LALIBELA, "2023-11-08", status="unverified",
      sources=["Lalibela residents"],
      why="fighting since Wednesday morning (08:00) between Fano militiamen and federal forces, per residents; 'It has not been "
          "possible to verify these claims independently'"),
    E("territory_captured", ["Fano"], ["Ethiopian government"], LALIBELA, "2023-11-08", status="unverified",
      sources=["Lalibela deacon"], optional=True,
      why="'It seems that the Fano are in control of certain parts of the town': a partial, hedged capture"),
    E("agreement", ["Ethiopian government", "Tigray People's Liberation Front"], [], None, "2022-11-01", "2022-11-30", "month",
      why="background: the Tigray war 'ended with an agreement signed in November 2022 in Pretoria'"),
    E("armed_clash", ["Fano"], ["Ethiopian government"], AMHARA, "2023-04-01", "2023-04-30", "month", optional=True,
      why="background: tensions 'degenerated into open conflict when the federal government tried in April to disarm regional forces'"),
  ], control=[
    C(LALIBELA, "Ethiopian government", "2023-11-08", contested_by=["Fano"],
      why="Fano in control of certain parts of the town; the federal army controls the major towns and main roads of Amhara"),
  ], why="' date 2023-11-08'. The August state of emergency is a decree, not an event; 'stepping up attacks in rural areas' is "
         "undated and unplaced"),

# b049: David Shinn blog, 'Thursday, November 9, 2023', summarising Al Jazeera of the same day.
D("b049_ethiopia_lalibela.txt", "2023-11-09", "David Shinn blog (Al Jazeera)", "Ethiopia", events=[
    E("armed_clash", ["Fano"], ["Ethiopian government"], LALIBELA, "2023-11-08", sources=["Al Jazeera"],
      why="'Fierce fighting on 8 November between the Amhara Fano militia and Ethiopian National Defense Forces'"),
    E("territory_captured", ["Fano"], ["Ethiopian government"], LALIBELA, "2023-11-08", sources=["Al Jazeera"],
      why="the fighting 'resulted in Fano control of much of' Lalibela"),
    E("territory_captured", ["Ethiopian government"], ["Fano"], LALIBELA, "2023-11-09", sources=["Al Jazeera"],
      why="'The ENDF regained control of Lalibela on 9 November'"),
  ], control=[
    C(LALIBELA, "Ethiopian government", "2023-11-09", why="regained by the ENDF on 9 November"),
  ], why="blog date line 'Thursday, November 9, 2023'; same events as b048 told a day later (not a duplicate text)"),
# b050: France 24 (AFP), URL .../20210103-... (a Sunday).
D("b050_car_bangassou.txt", "2021-01-03", "France 24 (AFP)", "Central African Republic", events=[
    E("territory_captured", ["Coalition of Patriots for Change"], ["Central African government"], BANGASSOU, "2021-01-03",
      sources=["Rosevel Pierre Louis", "MINUSCA"],
      why="rebel fighters captured Bangassou on Sunday: 'The rebels control the town ... They are everywhere'; government troops "
          "abandoned their position (rebels allied to Bozize; the coalition is not named in the text)"),
    E("armed_clash", ["Coalition of Patriots for Change"], ["Central African government", "MINUSCA"], BANGASSOU, "2021-01-03",
      sources=["MINUSCA", "Bishop Aguirre"], fatalities=5,
      why="under attack since 5.25 am with clashes everywhere; peacekeepers protecting the city; bodies of five fighters found"),
    E("evacuation", ["Central African government"], [], BANGASSOU, "2021-01-03", optional=True,
      why="government troops 'abandoned their position and are at our base' (a retreat)"),
    E("armed_clash", ["Coalition of Patriots for Change"], ["Central African government"], CAR, "2020-12-19", "2021-01-03", "week",
      optional=True, why="'Since December 19 a coalition of rebel groups ... has been waging an offensive' (no place)"),
    E("violence_against_civilians", ["anti-balaka"], [CIV], BANGASSOU, "2017-01-01", "2017-12-31", "year", optional=True,
      why="background: 'In 2017, \"anti-balaka\" militiamen ...' attacked Bangassou (sentence cut off)"),
  ], control=[
    C(BANGASSOU, "Coalition of Patriots for Change", "2021-01-03", why="'The rebels control the town'"),
    C(CAR, "Coalition of Patriots for Change", "2021-01-03", share=0.67, contested_by=["Central African government"],
      why="the coalition of rebel groups 'control two thirds of the coup-prone country'"),
  ], why="URL date 20210103 and 'on Sunday'. The coup accusation, the elections of December 27 and the Seleka's 2013 ouster "
         "of Bozize are politics, not events of the listed types"),

# b051: Xinhua (mirror behind a spam header), 'Source: Xinhua| 2018-08-27 07:57:35' (Beijing time); dateline 'YAOUNDE, Aug. 26'.
D("b051_cameroon_wum.txt", "2018-08-26", "Xinhua (mirror)", "Cameroon", events=[
    E("armed_clash", ["Ambazonian separatists"], ["Cameroonian government"], ZHOA_WUM, "2018-08-25", "2018-08-26",
      status="claimed", sources=["Didier Badjeck"], fatalities=14,
      why="army spokesman, Sunday: armed separatists attacked the Zhoa gendarmerie brigade in Wum; two gendarmes killed, 12 "
          "secessionists 'neutralized', arms seized (day of the attack not given)"),
    E("armed_clash", ["Ambazonian separatists"], ["Cameroonian government"], ZHOA_WUM, "2018-08-25", "2018-08-26",
      status="claimed", sources=["Ambazonian separatists"], fatalities=9, optional=True,
      why="the separatists' own claim of the same attack: 9 soldiers killed and ammunition seized (called fake news by the army)"),
  ], why="dateline 'YAOUNDE, Aug. 26 (Xinhua)' and 'announced Sunday' (26 Aug); the posting time 2018-08-27 07:57 is Beijing "
         "time. Chinese spam keywords on top. 109 security forces killed in a year is a statistic; the 'cleansing operation' is "
         "undescribed"),

# b052: Arab News (AFP), 'Updated 23 December 2012' (a Sunday): 'since Tuesday' = 18 Dec; 'On Friday' = 21 Dec.
D("b052_car_bambari.txt", "2012-12-23", "Arab News (AFP)", "Central African Republic", events=[
    E("territory_captured", ["Seleka"], ["Central African government"], BAMBARI, "2012-12-23",
      sources=["witness", "Edouard Mathos"],
      why="rebels on Sunday seized Bambari after battling government forces; 'the city fell into the hands of the rebels who now "
          "control the city center'"),
    E("armed_clash", ["Seleka"], ["Central African government"], BAMBARI, "2012-12-23", sources=["witness"],
      why="an hour of fighting; the rebels attacked the army 5 km north of Bambari as it headed toward Bria"),
    E("evacuation", ["Central African government"], [], BAMBARI, "2012-12-23", sources=["Edouard Mathos"], optional=True,
      why="soldiers withdrawing to Grimari, 40 km away"),
    E("territory_captured", ["Seleka"], ["Central African government"], BRIA, "2012-12-18",
      why="Bria 'under rebel control since Tuesday'"),
    E("territory_captured", ["Seleka"], ["Central African government"], NDASSIMA, "2012-12-22", status="claimed", sources=["Seleka"],
      why="the day after Friday, Seleka 'claimed to control the nearby gold-mining town of Ndassima'"),
    E("territory_captured", ["Seleka"], ["Central African government"], IPPY, "2012-12-22", status="claimed", sources=["Seleka"],
      why="... 'and the central town of Ippy'"),
    E("territory_captured", ["Seleka"], ["Central African government"], None, "2012-12-01", "2012-12-23", "month", optional=True,
      why="Seleka 'has seized several towns in the north' this month (unnamed)"),
  ], control=[
    C(BAMBARI, "Seleka", "2012-12-23", why="rebels control the city centre"),
    C(BRIA, "Seleka", "2012-12-23", why="under rebel control since Tuesday"),
    C(NDASSIMA, "Seleka", "2012-12-22", why="claimed by Seleka"),
    C(IPPY, "Seleka", "2012-12-22", why="claimed by Seleka"),
  ], why="'Updated 23 December 2012' and 'on Sunday'. Seleka's suspension and resumption of fighting and the regional call "
         "for talks are statements, not events"),
]
