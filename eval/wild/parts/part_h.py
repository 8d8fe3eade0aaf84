"""Gold annotation of the wild corpus, part h (files h001..h015, split fresh/): Mali, Burkina Faso, Niger, DR Congo
(CODECO), Nigeria (Boko Haram; Zamfara bandits), Cameroon (Anglophone separatists), Somalia, Benin, Ethiopia (Amhara/Fano),
Sudan (SAF/RSF), Mozambique (Cabo Delgado), the Central African Republic, and two negatives. Collected 2026-12-07 from
stored news pages (search corpus `pages`, each text exactly the stored excerpt); annotated by hand without running
Frontline on the texts or looking at its output. Conventions as in part_b.py / part_d.py / part_f.py, GUIDE.md and
../../../../shared/spec/README.md. Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt),
copied from it; everything else (villages, camps, roads, parks, districts, neighbourhoods, regions) has names only.
admin1 is the state/region/province name. Status: officials of a party (ministers, army spokesmen, state TV, officials
of the state administration) are `claimed`; the outlet's own voice, residents, medics, the UN, diplomats and unnamed
security/local sources are `reported` (as in part_b's b014/b015); unverifiable claims are `unverified`."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Mali (ML)
DJIGUIBOMBO = P(["Djiguibombo", "village of Djiguibombo"], None, None, "Mopti", "village", "ML")
# Burkina Faso (BF)
DORI_GORGADJI = P(["Dori-Gorgadji road", "Dori-Gorgadji", "Dori", "Gorgadji"], None, None, "Sahel", "region", "BF")
# Niger (NE)
KANDADJI = P(["Kandadji", "Kandaji"], None, None, "Tillaberi", "town", "NE")
# DR Congo (CD)
LALA = P(["LALA camp", "Lala camp", "Lala", "camp for displaced people", "Bahema Badjere"], None, None, "Ituri", "site", "CD")
BULE = P(["Bule", "town of Bule"], None, None, "Ituri", "town", "CD")
BULE_AREA = P(["surrounding areas of Bule", "areas around Bule", "Bule"], None, None, "Ituri", "region", "CD")
CAMP_NEAR_BULE = P(["another camp near Bule", "camp near Bule", "Bule"], None, None, "Ituri", "site", "CD")
# Nigeria (NG)
BIU = P(["Biu", "Biu town"], 10.61285, 12.19458, "Borno", "town", "NG")
DANFASA = P(["Danfasa", "Danfasa village"], None, None, "Zamfara", "village", "NG")
MAIRAIRAI = P(["Mairairai", "Mairairai village"], None, None, "Zamfara", "village", "NG")
# Cameroon (CM)
GALIM = P(["Galim"], None, None, "West", "town", "CM")
CM_NORTHWEST = P(["Northwest", "Northwest province", "North West", "North-West region"], None, None, "North-West", "admin1", "CM")
# Somalia (SO)
MARKA_BASE = P(["military base on the outskirts of Marka", "military base", "Marka", "Merca"], 1.71594, 44.77166,
               "Lower Shabeelle", "site", "SO")
# Benin (BJ)
PENDJARI = P(["Pendjari National Park", "Pendjari", "Pendjari park", "Tanguieta"], None, None, "Atakora", "region", "BJ")
TANGUIETA = P(["Tanguieta", "Tanguiéta"], 10.62118, 1.26651, "Atakora", "town", "BJ")
BJ_NE_CROSSING = P(["border crossing with Niger", "Benin-Niger border crossing"], None, None, None, "site", "BJ")
# Ethiopia (ET)
AMHARA = P(["Amhara", "Amhara region"], None, None, "Amhara", "admin1", "ET")
KOBO = P(["Kobo", "town of Kobo"], None, None, "Amhara", "town", "ET")
LALIBELA = P(["Lalibela", "Lalībela"], 12.03219, 39.04756, "Amhara", "town", "ET")
DEBRE_TABOR = P(["Debre Tabor", "Debra Tabor"], 11.85, 38.01667, "Amhara", "town", "ET")
# Sudan (SD)
UMM_RUWABA = P(["Umm Rawaba", "Umm Ruwaba", "Um Ruwaba"], 12.9061, 31.2158, "North Kordofan", "city", "SD")
BAHRI = P(["central and southern Bahri", "Bahri", "Khartoum North"], None, None, "Khartoum", "city", "SD")
SAF_HQ = P(["General Command", "headquarters in Khartoum", "army headquarters", "Khartoum"], 15.55177, 32.53241, "Khartoum",
           "site", "SD")
OMDURMAN = P(["Omdurman"], 15.64453, 32.47773, "Khartoum", "city", "SD")
WAD_MEDANI = P(["Wad Madani", "Wad Medani"], 14.40118, 33.51989, "Al Jazirah", "city", "SD")
# Mozambique (MZ)
MAKULO = P(["Makulo"], None, None, "Cabo Delgado", "village", "MZ")
CABACERA = P(["Cabacera"], None, None, "Cabo Delgado", "village", "MZ")
MALINDE = P(["Malinde", "Malinde village"], None, None, "Cabo Delgado", "village", "MZ")
JUNE30_MOCIMBOA = P(["30 June neighbourhood", "outskirts of Mocimboa town", "Mocimboa da Praia"], None, None, "Cabo Delgado",
                    "site", "MZ")
NANJABA = P(["Nanjaba", "village of Nanjaba"], None, None, "Cabo Delgado", "village", "MZ")
# Central African Republic (CF)
KAGA_BANDORO = P(["Kaga-Bandoro", "Kaga Bandoro"], 6.98961, 19.18744, "Nana-Grébizi", "town", "CF")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
BFA, NER, NGA = "Burkinabe government", "Nigerien government", "Nigerian government"
CODECO = "CODECO"
BH = "Boko Haram"
AMB, CMR = "Ambazonian separatists", "Cameroonian government"
SHABAAB, SOM = "al-Shabaab", "Somali government"
BEN = "Beninese government"
FANO, ETH = "Fano", "Ethiopian government"
SAF, RSF = "Sudanese Armed Forces", "Rapid Support Forces"
ASS, MOZ = "Ansar al-Sunna", "Mozambican government"
SELEKA, MINUSCA = "Seleka", "MINUSCA"

DOCS = [
# h001: LBCI (AFP copy), ' date 2024-07-03' (a Wednesday): 'on Monday' = 1 July; the official spoke 'on Wednesday'.
D("h001_mali_djiguibombo.txt", "2024-07-03", "LBCI", "Mali", events=[
    E("violence_against_civilians", [], [CIV], DJIGUIBOMBO, "2024-07-01", status="claimed",
      sources=["two officials from the provincial authority"], fatalities=21,
      why="'An attack blamed on jihadists in central Mali killed more than 20 civilians on Monday'; 'At least 21 civilians have "
          "been killed' in the village of Djiguibombo, near Bandiagara. The jihadists are not named (actor1 []). The lead and the "
          "figure come from two officials of the provincial authority (the Malian state, a party: claimed; the headline repeats "
          "it in the outlet's voice, so a careful annotator could say reported)"),
  ], why="' date 2024-07-03' and '2024-07-03 | 05:46' on top; 'on Monday' = 1 July. Bandiagara is only a reference point; "
         "the tag list at the end (Jihadists, Mali, Attack...) is site junk"),

# h002: The Citizen (South Africa; AFP copy), no date line; date from the URL ('...-9-may-2022'), a Monday: 'told AFP on
# Sunday' = 8 May, 'Yesterday (Saturday) morning' = 7 May.
D("h002_burkina_dori_gorgadji.txt", "2022-05-09", "The Citizen", "Burkina Faso", events=[
    E("armed_clash", [], [BFA], DORI_GORGADJI, "2022-05-07", sources=["security source", "local official"], fatalities=12,
      why="'Yesterday (Saturday) morning, a food convoy escorted by volunteers for the defence of the fatherland (VDP) was the "
          "target of an ambush on the Dori-Gorgadji road', in which 12 were killed: 10 army auxiliaries (VDP, the government side) "
          "and two civilians (split out below as an optional event). The ambushers are 'suspected jihadists' (unnamed: actor1 []). Security source and local official, "
          "unnamed, as in b014/b015: reported"),
    E("violence_against_civilians", [], [CIV], DORI_GORGADJI, "2022-05-07", sources=["security source"], fatalities=2,
      optional=True,
      why="the two civilians killed in the same ambush on the food convoy (part of the one attack; an annotator could split it)"),
  ], why="no date line; the URL ends '9-may-2022' (a Monday), matching 'told AFP on Sunday' (8 May) and 'Yesterday (Saturday)' "
         "(7 May). The photo caption (Ivorian PM in Tougbo, January 22, 2022) only shows people in a place and is not the "
         "publication date. 'More than 2,000' killed since 2015 is a cumulative toll; the VDP's creation in December 2019 is not "
         "an event of the listed types; 'This video is no longer available' and the app box are site junk"),

# h003: The West Australian (AAP/AP copy), ' date 2023-09-29' (a Friday): 'on Thursday' = 28 Sep.
D("h003_niger_kandadji.txt", "2023-09-29", "The West Australian", "Niger", events=[
    E("armed_clash", [], [NER], KANDADJI, "2023-09-28", status="claimed", sources=["General Salifou Mody", "Niger's military junta"],
      fatalities=12,
      why="'hundreds of jihadis on motorcycles attacked' soldiers on a mission in the Tillaberi region town of Kandadji on "
          "Thursday; at least 12 soldiers killed, seven injured. Source: the junta's defence minister (a party: claimed). The "
          "'Islamic extremists' are not named (actor1 [])"),
  ], why="' date 2023-09-29' on top; 'on Thursday' = 28 Sep. Kandadji is not in cities500 (names only)"),

# h004: Warsaw Point (Reuters copy), ' date 2023-06-12' (a Monday): 'early on Monday, June 12'.
D("h004_drc_lala_camp.txt", "2023-06-12", "Warsaw Point", "DR Congo", events=[
    E("violence_against_civilians", [CODECO], [CIV], LALA, "2023-06-12", sources=["MONUSCO", "UNHCR"], fatalities=45,
      why="'More than 45 civilians were killed in a militia attack on a camp for displaced people' in Ituri early on Monday, "
          "June 12; MONUSCO: CODECO 'was responsible for the killings at the LALA camp'; over 45 killed (the lower bound), at "
          "least 10 wounded; guns and machetes, 12 burned alive in their shelters (UN sources: reported)"),
    E("displacement", [CODECO], [], LALA, "2023-06-12", sources=["Jean Richard Lenga"],
      why="the Bahema Badjere chief: 'many people have fled to the nearby town of Bule, seeking safety' (no figure; placed at "
          "the origin, the camp)"),
    E("displacement", [CODECO], [], BULE, "2023-06-12", sources=["Jean Richard Lenga"], optional=True,
      why="the same flight placed where the people went (Bule)"),
    E("displacement", [], [], BULE_AREA, "2023-04-15", "2023-05-15", "month", sources=["OCHA"], displaced=70000, optional=True,
      why="background with its own dates: OCHA, 'around 70,000 displaced people have arrived in Bule between April 15 and May 15 "
          "due to armed violence in the surrounding areas' (origin only 'the surrounding areas'; a tally of a month)"),
    E("violence_against_civilians", [CODECO], [CIV], CAMP_NEAR_BULE, "2022-01-01", "2022-12-31", "year", fatalities=60,
      optional=True,
      why="background: CODECO 'killed about 60 people at another camp near Bule last year' (year only, camp not named)"),
  ], why="' date 2023-06-12' on top and 'early on Monday, June 12'. The line 'Civilians killed in attack on U.N. peacekeepers "
         "in east Congo' is the headline of another story (a link). MONUSCO reinforcing security is a deployment; the army "
         "spokesman's condemnation and the investigation are not events; CODECO's 'hundreds of civilians' killed and 1.7 million "
         "displaced in Ituri are cumulative tolls. CODECO is named by its common abbreviation"),

# h005: The Sun (Nigeria), ' date 2019-12-24' (a Tuesday), byline 'Timothy Olanrewaju, Maiduguri': 'on Monday evening' = 23 Dec.
D("h005_nigeria_biu.txt", "2019-12-24", "The Sun (Nigeria)", "Nigeria", events=[
    E("armed_clash", [BH], [NGA], BIU, "2019-12-23", sources=["residents", "hospital sources", "Col Aminu Iliyasu"], fatalities=2,
      why="residents: 'Boko Haram struck in Biu, a town in southern Borno on Monday evening and made spirited attempts to "
          "infiltrate the town'; troops pushed the insurgents back; the army: troops of 231 Battalion and 331 Artillery "
          "'successfully repelled the attack'. 'No fewer than two people have been killed and 12 others injured' (the lead, in "
          "the outlet's voice, with residents: reported)"),
    E("violence_against_civilians", [BH], [CIV], BIU, "2019-12-23", sources=["residents", "hospital sources"], fatalities=2,
      optional=True,
      why="the two dead and 12 injured are 'people', admitted to the Biu General Hospital: probably residents, but the text does "
          "not say whether they were civilians or troops"),
  ], control=[
    C(BIU, NGA, "2019-12-24",
      why="'the military troops in the town defeated the terrorists': the attack on Biu was repelled and the troops hold it"),
  ], why="' date 2019-12-24' on top with the byline; 'on Monday evening' = 23 Dec. The army 'was silent about the casualty "
         "figures' (not an event); the 17 gun trucks describe the attack"),

# h006: Sahara Reporters (from The Punch), ' date 2020-07-08' (a Wednesday), 'Jul 08, 2020': 'around 4 pm on Monday' = 6 July;
# the villager's 'from yesterday (Monday)' means he spoke on Tuesday the 7th.
D("h006_nigeria_danfasa.txt", "2020-07-08", "Sahara Reporters", "Nigeria", events=[
    E("violence_against_civilians", [], [CIV], DANFASA, "2020-07-06", "2020-07-07", sources=["Malam Adamu Danfasa", "The Punch"],
      fatalities=7,
      why="bandits entered Danfasa village (Dansadau Emirate, Maru LGA, Zamfara) on motorcycles around 4 pm on Monday, opened "
          "fire on the residents, killing seven and injuring 13, kidnapped 20 women, stole animals and food and set the village "
          "on fire; 'They were in the village from yesterday (Monday) and did not leave'. The bandits are unnamed (actor1 [], as "
          "in f010); a villager's account: reported"),
    E("displacement", [], [], DANFASA, "2020-07-06", "2020-07-08", sources=["Malam Adamu Danfasa"],
      why="'the village was currently deserted ... many people ran into the bush, while others took refuge in the nearby "
          "Mairairai village' (no figure; placed at the origin)"),
    E("displacement", [], [], MAIRAIRAI, "2020-07-06", "2020-07-08", sources=["Malam Adamu Danfasa"], optional=True,
      why="the same flight placed where some of the people went (Mairairai)"),
  ], why="' date 2020-07-08' on top and 'Jul 08, 2020' in the byline; 'on Monday' = 6 July. The villagers 'tried their best to "
         "defend themselves but were overpowered' belongs to the same attack (no armed group on their side); the missing "
         "children and the absent security agents are not events"),

# h007: Cameroon Online (TRT/AFP copy), ' date 2020-03-09' (a Monday): 'said Sunday' = 8 Mar; 'On Saturday' = 7 Mar;
# 'On Sunday' (the bomb) = 8 Mar.
D("h007_cameroon_galim.txt", "2020-03-09", "Cameroon Online (TRT/AFP)", "Cameroon", events=[
    E("armed_clash", [AMB], [CMR], GALIM, "2020-03-07", status="claimed", sources=["officials", "local authorities",
      "state television"], fatalities=8,
      why="'On Saturday, around 20 gunmen attacked a gendarmerie and a police station in Galim' (West region, French-speaking); "
          "'Anglophone separatists killed five members of the security forces and four civilians at the weekend'; killed: two "
          "women gendarmes, two male police officers and four civilians (4 + 4 = 8; the fifth member of the security forces is "
          "the soldier of the Sunday bomb). Officials, local authorities and state TV: claimed"),
    E("violence_against_civilians", [AMB], [CIV], GALIM, "2020-03-07", status="claimed", sources=["officials", "state television"],
      fatalities=4, optional=True,
      why="the four civilians killed in the Galim attacks (the attack targeted the gendarmerie and the police station; an "
          "annotator could split out the civilians)"),
    E("remote_explosive", [AMB], [CMR, CIV], CM_NORTHWEST, "2020-03-08", status="claimed", sources=["state television"],
      fatalities=1,
      why="'On Sunday, in anglophone Northwest province, a homemade bomb injured at least seven people including a soldier who "
          "later died' (region only; the lead counts this soldier among the five security forces the separatists killed)"),
  ], why="' date 2020-03-09' on top; 'state television said Sunday' = 8 Mar; 'On Saturday' = 7 Mar. The 3,000 dead and 700,000 "
         "displaced are a cumulative toll; everything after 'Source: AFP' is readers' comments (junk)"),

# h008: All Galgaduud (dpa copy), URL /2019/09/22/ (a Sunday): 'officials told dpa on Sunday'; the pre-dawn raid = 22 Sep.
D("h008_somalia_marka.txt", "2019-09-22", "All Galgaduud (dpa)", "Somalia", events=[
    E("armed_clash", [SHABAAB], [SOM], MARKA_BASE, "2019-09-22", status="claimed",
      sources=["Mohamed Abdi", "Abdullahi Ali Ahmed", "Odowaa Yusuf Rage"], fatalities=18,
      why="'A pre-dawn raid by the terrorist group al-Shabaab on a military base in southern Somalia has left at least 18 people "
          "dead, officials told dpa on Sunday'; military official: five soldiers lost, 13 militants killed (5 + 13 = 18); on the "
          "outskirts of Marka, Lower Shabelle; a two-hour gun battle; the army chief: troops repelled the militants. Officials of "
          "the government side: claimed. The base gets Marka's coordinates, precision site"),
    E("suicide_bomb", [SHABAAB], [SOM], MARKA_BASE, "2019-09-22", status="claimed", sources=["Mohamed Abdi"],
      why="'The attack started with a suicide car bombing at the entrance of the military base' (no separate toll)"),
    E("territory_captured", [SHABAAB], [SOM], MARKA_BASE, "2019-09-22", status="unverified", sources=["al-Shabaab"],
      fatalities=None, optional=True,
      why="the other version: al-Shabaab said it 'had killed more than 20 soldiers and captured the base briefly, looting "
          "military items and ammunition'; 'No independent sources were available to verify these claims' (unverified); the "
          "army says it repelled the attack"),
  ], why="date from the URL (2019/09/22, a Sunday), matching 'officials told dpa on Sunday'; the raid was that morning "
         "('confirmed the morning assault'). 'A series of insurgent attacks' and al-Shabaab's regular attacks are background "
         "without events; the comment form is site junk. No holder of the base is asserted beyond the repelled attack"),

# h009: MarketScreener (Reuters copy), ' date 2024-06-05' (a Wednesday): 'Tuesday's incident' = 4 June.
D("h009_benin_pendjari.txt", "2024-06-05", "MarketScreener (Reuters)", "Benin", events=[
    E("armed_clash", [], [BEN], PENDJARI, "2024-06-04", sources=["two security sources", "two diplomatic sources"], fatalities=7,
      why="'Seven soldiers were killed by attackers suspected of being Islamist militants in northern Benin's Pendjari National "
          "Park'; killed in an ambush; 'Tuesday's incident'. The attackers are not named (actor1 []); unnamed security and "
          "diplomatic sources, the army silent: reported"),
    E("armed_clash", [], [BEN], TANGUIETA, "2024-06-04", sources=["two security sources"], fatalities=7, optional=True,
      why="the same ambush placed at the town: 'two of whom said it took place near the town of Tanguieta'"),
    E("armed_clash", [], [BEN], BJ_NE_CROSSING, "2024-04-01", "2024-04-30", "month", status="claimed", sources=["local mayor"],
      fatalities=3,
      why="background with its own date: 'In April, unidentified gunmen attacked a border crossing with Niger, killing three "
          "people and wounding one, a local mayor said' (a mayor: claimed). Who was killed is not said: an attack on a border "
          "post read as a clash with the state"),
    E("violence_against_civilians", [], [CIV], BJ_NE_CROSSING, "2024-04-01", "2024-04-30", "month", status="claimed",
      sources=["local mayor"], fatalities=3, optional=True,
      why="the other reading of the April attack: the three 'people' killed at the border crossing may have been civilians"),
  ], why="' date 2024-06-05' on top; the sources 'said on Wednesday'; 'Tuesday's incident' = 4 June. The neighbours' "
         "insurgencies are background; the army's silence is not an event"),

# h010: Devdiscourse (Reuters copy), ' date 2023-08-03' (a Thursday): 'residents said on Wednesday' = 2 Aug; 'on Tuesday and
# Wednesday' = 1-2 Aug; 'several days ago' = the days before, read as 27 July - 2 Aug.
D("h010_ethiopia_lalibela_debre_tabor.txt", "2023-08-03", "Devdiscourse (Reuters)", "Ethiopia", events=[
    E("armed_clash", [ETH], [FANO], KOBO, "2023-07-27", "2023-08-02", "week", sources=["diplomatic source"],
      why="'Fighting broke out several days ago when the Ethiopian National Defense Force (ENDF) launched an operation to push "
          "Fano fighters out of the town of Kobo and other areas' (a diplomat, not a party: reported). Kobo is not in cities500"),
    E("territory_captured", [FANO], [ETH], LALIBELA, "2023-07-27", "2023-08-02", "week", sources=["diplomatic source"],
      why="'Fano militiamen then seized the holy town of Lalibela' (after the Kobo operation began; day not given)"),
    E("armed_clash", [FANO], [ETH], DEBRE_TABOR, "2023-08-01", "2023-08-02", sources=["doctor", "police officer"], fatalities=0,
      why="'Fano fighters and troops exchanged fire near Debre Tabor on Tuesday and Wednesday, a doctor at a hospital in the town "
          "and a police officer told Reuters'; the hospital received three seriously and 10 lightly injured (injuries only: 0 "
          "dead; the text is cut off)"),
    E("armed_clash", [ETH], [FANO], AMHARA, "2023-07-27", "2023-08-02", "week", sources=["residents"], optional=True,
      why="the lead and 'Clashes have been reported in several other Amhara towns' (a region-wide aggregate; the named towns "
          "are separate events)"),
  ], control=[
    C(LALIBELA, FANO, "2023-08-02", why="'Fano militiamen then seized the holy town of Lalibela'; on Wednesday Spain's embassy "
      "told its citizens in Lalibela to stay inside (the town still held)"),
  ], why="' date 2023-08-03' on top; 'residents said on Wednesday' = 2 Aug. The deputy PM's Facebook call for dialogue, the "
         "Spanish embassy's instruction and the soured relations are not events; the Tigray war 'that ended last November' is "
         "background without a dated event. Different story from b048/b049 (Lalibela, November 2023)"),

# h011: Africa Daily (AFP copy), ' date 2025-01-30' (a Thursday): 'on Wednesday' = 29 Jan; 'Last week' = 20-26 Jan; 'Earlier
# this month' = 1-29 Jan; 'nearly a year ago' = early 2024.
D("h011_sudan_umm_rawaba.txt", "2025-01-30", "Africa Daily (AFP)", "Sudan", events=[
    E("territory_captured", [SAF], [RSF], UMM_RUWABA, "2025-01-27", "2025-01-30", "week", status="claimed",
      sources=["Sudanese army"],
      why="'In a statement, the army said troops had \"cleansed\" the city of Umm Rawaba' of the RSF; 'The recapture of Umm "
          "Rawaba' (North Kordofan's second city). The day is not given: the week up to publication. The army's statement: "
          "claimed"),
    E("territory_captured", [SAF], [RSF], BAHRI, "2025-01-27", "2025-01-29", "week", status="claimed", sources=["military source"],
      why="'A military source told AFP on Wednesday that the army had regained full control over central and southern Bahri, "
          "including a bridge linking it to central Khartoum' (the army's 'advances in Khartoum North (Bahri)')"),
    E("siege", [RSF], [SAF], SAF_HQ, "2023-04-01", "2025-01-26", "month",
      why="the RSF 'had encircled' the army's headquarters in Khartoum 'since the war broke out' (April 2023, 'Since April "
          "2023') until the army broke the siege last week (outlet's voice: reported)"),
    E("armed_clash", [SAF], [RSF], SAF_HQ, "2025-01-20", "2025-01-26", "week",
      why="'Last week, the army broke a siege of its headquarters in Khartoum by the RSF' ('Retaking the General Command')"),
    E("territory_captured", [SAF], [RSF], SAF_HQ, "2025-01-20", "2025-01-26", "week", optional=True,
      why="'Retaking the General Command was the army's biggest victory in the capital': the army's own besieged HQ, so breaking "
          "the siege can be read as a clash (above) or as a retaking"),
    E("territory_captured", [SAF], [RSF], WAD_MEDANI, "2025-01-01", "2025-01-29", "month",
      why="'Earlier this month, army troops regained control of Wad Madani, just south of Khartoum' (outlet's voice)"),
    E("territory_captured", [SAF], [RSF], OMDURMAN, "2024-01-01", "2024-02-29", "month", optional=True,
      why="background with a vague date: 'reclaiming Omdurman ... nearly a year ago'"),
  ], control=[
    C(UMM_RUWABA, SAF, "2025-01-30", why="the army 'cleansed' the city of the RSF (its claim)"),
    C(BAHRI, SAF, "2025-01-29", why="'regained full control over central and southern Bahri' (a part of Bahri; no other holder "
      "of the rest is stated)"),
    C(SAF_HQ, SAF, "2025-01-30", why="the army broke the siege and retook the General Command last week"),
    C(WAD_MEDANI, SAF, "2025-01-30", why="'army troops regained control of Wad Madani' earlier this month"),
    C(OMDURMAN, SAF, "2025-01-30", why="the army reclaimed Omdurman nearly a year ago (held since, by the text's account)"),
  ], why="' date 2025-01-30' on top. The war since April 2023 is background (its siege of the HQ is dated by the text); "
         "'other recent gains' are unnamed; Umm Rawaba's highway is description"),

# h012: allAfrica (AIM), ' date 2020-06-17' (a Wednesday); dateline 'Maputo'. 'Tuesday's issue' = 16 June; 'on Sunday night' =
# 14 June; 'on Thursday' = 11 June, Friday = 12, Saturday = 13.
D("h012_mozambique_makulo_cabacera.txt", "2020-06-17", "allAfrica (AIM)", "Mozambique", events=[
    E("territory_captured", [MOZ], [ASS], MAKULO, "2020-06-09", "2020-06-16", "week", sources=["Mediafax", "local source"],
      why="'The Mozambican defence and security forces have re-occupied the villages of Makulo and Cabacera, in Mocimboa da Praia "
          "district' (Mediafax of Tuesday); the insurgents fled. A list: one event per village. Day not given: the week up to "
          "Tuesday's report"),
    E("territory_captured", [MOZ], [ASS], CABACERA, "2020-06-09", "2020-06-16", "week", sources=["Mediafax", "local source"],
      why="same list: Cabacera"),
    E("air_strike", [MOZ], [ASS], MAKULO, "2020-06-09", "2020-06-16", "week", sources=["local source"], optional=True,
      why="the units 'attacked the terrorists by land, sea and air'; the insurgents 'were chased by the helicopters' (which "
          "village is not said; part of the re-occupation)"),
    E("air_strike", [MOZ], [ASS], CABACERA, "2020-06-09", "2020-06-16", "week", sources=["local source"], optional=True,
      why="same helicopter attack, placed at Cabacera"),
    E("evacuation", [ASS], [], MAKULO, "2020-06-09", "2020-06-16", "week", sources=["local source"], optional=True,
      why="the insurgents 'ran from one side to another' and 'abandoned the goods they had been looting' (a retreat)"),
    E("evacuation", [ASS], [], CABACERA, "2020-06-09", "2020-06-16", "week", sources=["local source"], optional=True,
      why="the same retreat at Cabacera"),
    E("violence_against_civilians", [ASS], [CIV], MAKULO, "2020-06-01", "2020-06-16", "month", optional=True,
      why="'The two villages had been attacked and looted by the terrorist group' (before the re-occupation; date vague)"),
    E("violence_against_civilians", [ASS], [CIV], CABACERA, "2020-06-01", "2020-06-16", "month", optional=True,
      why="same earlier attack and looting, Cabacera"),
    E("violence_against_civilians", [ASS], [CIV], MALINDE, "2020-06-14", sources=["residents of Mocimboa da Praia"],
      why="'Possibly in retaliation, the terrorists attacked the village of Malinde'; residents on Sunday night: 'They are burning "
          "Malinde village right now'"),
    E("arrest", [CIV], [ASS], JUNE30_MOCIMBOA, "2020-06-11", "2020-06-13", sources=["Carta de Mocambique"],
      why="'local people captured eight alleged terrorists in the 30 June neighbourhood, on the outskirts of Mocimboa town': three "
          "on Thursday, four on Friday, the eighth on Saturday, all handed over to the police (the text calls it a clash; no "
          "fighting is described)"),
    E("violence_against_civilians", [ASS], [CIV], NANJABA, "2020-06-10", "2020-06-16", "week", fatalities=4,
      why="'in the neighbouring district of Macomia, terrorists beheaded four people near the village of Nanjaba', ambushed on "
          "motorbikes on the way to Mucojo (day not given: the week of the reports)"),
  ], control=[
    C(MAKULO, MOZ, "2020-06-16", why="re-occupied by the defence and security forces; the villagers returned"),
    C(CABACERA, MOZ, "2020-06-16", why="same: re-occupied, the villagers returned"),
  ], why="' date 2020-06-17' on top, dateline 'Maputo'. The insurgents ('the terrorist group, inspired by Islamic "
         "fundamentalism') are Mozambique's insurgency, Ansar al-Sunna as in parts b, d and f. Their operating 'since October "
         "2017' is background; the villagers' return is not an event type"),

# h013: Arkansas Democrat-Gazette (AP), ' date 2016-10-14' (a Friday), dateline BANGUI: 'overnight Wednesday' = 12-13 Oct;
# 'Tuesday' = 11 Oct.
D("h013_car_kaga_bandoro.txt", "2016-10-14", "Arkansas Democrat-Gazette (AP)", "Central African Republic", events=[
    E("armed_clash", [SELEKA], [MINUSCA], KAGA_BANDORO, "2016-10-12", "2016-10-13", sources=["MINUSCA"], fatalities=30,
      why="'Fighters with the former Seleka rebel group attacked a northern town ... overnight Wednesday, and clashes left at "
          "least 30 dead and 57 wounded as United Nations peacekeepers confronted them'; peacekeepers repelled the attackers, "
          "killing at least 12 (included in the 30). The UN: reported"),
    E("violence_against_civilians", [SELEKA], [CIV], KAGA_BANDORO, "2016-10-12", "2016-10-13", sources=["UN", "UNICEF witnesses",
      "priest"],
      why="the violence 'saw rebels attack civilians, target authorities and loot aid organizations'; armed men attacked a "
          "secondary school during a teacher training, killing three teachers, an education director and the parents' "
          "association vice president; two humanitarian workers among the dead; the displaced people's settlements next to the "
          "UN base burned (no separate total)"),
    E("displacement", [SELEKA], [], KAGA_BANDORO, "2016-10-12", "2016-10-14", sources=["OCHA"], displaced=5000, optional=True,
      why="'More than 5,000 people already displaced by years of violence have taken refuge next to the U.N. base, their informal "
          "settlements burned' (people already displaced, sheltering anew: a careful annotator could go either way)"),
    E("violence_against_civilians", [], [SELEKA], KAGA_BANDORO, "2016-10-11", sources=["MINUSCA"], fatalities=1, optional=True,
      why="'the death Tuesday of a suspected former Seleka member' (how he died and who killed him are not said)"),
  ], why="' date 2016-10-14' on top, dateline BANGUI; 'overnight Wednesday' = 12-13 Oct. The former Seleka fighters are named "
         "'Seleka' as in f005; the UN peacekeepers are MINUSCA (as in part b). UNICEF's statement is not an event"),

# h014: negative. Eyewitness News (South Africa), ' date 2018-09-09'.
D("h014_neg_madagascar_stampede.txt", "2018-09-09", "Eyewitness News", "none", negative=True, events=[], control=[],
  why="negative: a stampede of football fans before an Africa Cup of Nations qualifier (Madagascar v Senegal) at Mahamasina "
      "stadium in Antananarivo, one dead and 37 injured; 'tragedy', 'deaths', 'policing' and the crush are a crowd accident, "
      "not organised armed violence. ' date 2018-09-09' on top"),

# h015: negative. allAfrica (African Union press release), no date line; date from the URL story id 202211020103 (2 Nov 2022).
D("h015_neg_ethiopia_au_talks.txt", "2022-11-02", "allAfrica (AU press release)", "none", negative=True, events=[], control=[],
  why="negative: the AU announces the launch in South Africa of the first direct talks between the Ethiopian federal government "
      "and the TPLF, facilitated by Obasanjo, Kenyatta and Mlambo-Ngcuka. Diplomacy only: 'the conflict in the Tigray Region' is "
      "named in general terms, no fighting, capture or agreement is reported (talks launched are not a ceasefire). Date from the "
      "allAfrica URL (stories/20221102...), there being no date in the text"),
]
