"""Gold annotation of the wild corpus, part l (files l001..l015, split fresh/): Cameroon (Anglophone crisis, Bamessing 2021),
Russia (Dagestan insurgency, 2016), Chad (Boko Haram, Lake Chad 2022), Nigeria (Zamfara bandits, 2022), Kenya (al-Shabaab in
Mandera and Garissa, 2025), Burundi (Cibitoke massacre, 2018), Niger (Ayorou, 2017; BBC Pidgin), Sudan (SPLM-N shelling of
Dilling, South Kordofan 2025), Colombia (ELN vs FARC dissidents, Catatumbo 2025), Haiti (Gran Grif, Pont-Sonde 2024), Somalia
(al-Shabaab retakes Leego, 2017), Mozambique (Cabo Delgado, Mocimboa da Praia and Palma districts, 2019), Mali (Konna-Sevare
ambush, 2021), and two negatives (a residential fire, an explainer on teacher strikes). Collected 2026-12-07 from stored news
pages (search corpus `pages`, each text exactly the stored excerpt, decoded from the tool's JSON by a script); annotated by
hand without running Frontline on the texts or looking at its output. Conventions as in part_h.py / part_j.py, GUIDE.md and
../../../../shared/spec/README.md. Coordinates only for places in GeoNames cities500 (target/gazetteer-src/cities500.txt),
copied from it; everything else (villages, islands, camps, districts, regions) has names only. admin1 is the state/region/
province name. Status: officials of a party (ministers, a presidency, army statements, police, an anti-terror committee, a
party's claim) are `claimed`; the outlet's own voice, residents, local officials of no party, monitors, the UN and unnamed
security sources are `reported`; 'allegedly' or social-media images make `unverified`.

New actor names (not yet in actor-aliases.tsv): `Marines of Bambalang` (an Ambazonian separatist group, listed with
`Ambazonian separatists`), `Kenyan government` (Kenya police, National Police Reservists, KDF), `SPLM-N` (al-Hilu's Sudan
People's Liberation Movement-North), `Gran Grif` (Haitian gang of Luckson Elan), `AMISOM` (African Union mission in Somalia),
`Russia` for Russian security forces in the North Caucasus (as in e003)."""
from goldlib import P, E, R, C, D

# ---- places -------------------------------------------------------------------------
# Cameroon (CM)
BAMESSING = P(["Bamessing", "Bamessing locality"], None, None, "North-West", "town", "CM")
# Russia (RU)
DAGESTAN = P(["Dagestan", "Daghestan", "Caucasus region of Dagestan"], None, None, "Dagestan", "admin1", "RU")
# Chad (TD)
BOUKA_TOULLOROM = P(["Bouka-Toullorom", "island of Bouka-Toullorom", "Bouka Toullorom", "checkpoint located on an island in the "
                     "Lake Chad basin"], None, None, "Lac", "site", "TD")
# Nigeria (NG)
YAR_KATSINA = P(["Yar Katsina", "Yar Katsina Village"], None, None, "Zamfara", "village", "NG")
NASARAWA_MAI_FARA = P(["Nasarawa Mai Fara", "Nasarawa Mai-Fara"], None, None, "Zamfara", "village", "NG")
# Kenya (KE)
IRESSUKI_ELWAK = P(["Iressuki", "Iressuki area", "Iresuki", "Elwak", "El Wak"], None, None, "Mandera", "town", "KE")
FAFI_CAMP = P(["National Police Reserve camp in Fafi", "Fafi", "Fafi, Garissa County"], None, None, "Garissa", "site", "KE")
FAFI = P(["Fafi", "Fafi, Garissa County"], None, None, "Garissa", "town", "KE")
MANDERA_COUNTY = P(["Mandera County", "Mandera", "the region"], None, None, "Mandera", "admin1", "KE")
# Burundi (BI)
RUHAMAGARA = P(["Ruhamagara", "Ruhagarika", "village of Ruhamagara"], None, None, "Cibitoke", "village", "BI")
# Niger (NE)
AYOROU = P(["Ayorou", "town of Ayorou"], 14.73075, 0.91739, "Tillaberi", "town", "NE")
# Sudan (SD)
DILLING = P(["Dilling", "Delling", "Al-Dilling"], 12.05, 29.65, "South Kordofan", "city", "SD")
KADUGLI = P(["Kadugli"], 11.01111, 29.71833, "South Kordofan", "city", "SD")
TAITAL = P(["Taital", "Taital area"], None, None, "South Kordofan", "region", "SD")
KORDOFAN = P(["Kordofan", "South, North, and West Kordofan states", "South Kordofan"], None, None, "South Kordofan", "region", "SD")
DARFUR = P(["Darfur", "Darfur region"], None, None, None, "region", "SD")
KHARTOUM = P(["Khartoum", "Khartoum State"], None, None, "Khartoum", "admin1", "SD")
# Colombia (CO)
CATATUMBO = P(["Catatumbo region", "Catatumbo", "northeastern Colombia"], None, None, "Norte de Santander Department", "region", "CO")
TIBU = P(["Tib\u00fa", "Tibu"], 8.63895, -72.73583, "Norte de Santander Department", "town", "CO")
VENEZUELA = P(["Venezuela", "neighboring Venezuela"], None, None, None, "country", "VE")
# Haiti (HT)
PONT_SONDE = P(["Pont-Sonde", "Pont-Sond\u00e9", "Pont Sonde"], None, None, "Artibonite", "town", "HT")
SAINT_MARC = P(["Saint-Marc", "Saint Marc"], 19.10819, -72.69379, "Artibonite", "city", "HT")
# Somalia (SO)
LEEGO = P(["Leego", "Lego", "town of Leego"], None, None, "Lower Shabelle", "town", "SO")
LOWER_SHABELLE = P(["lower Shabelle region", "Lower Shabelle", "Shabeellaha Hoose"], None, None, "Lower Shabelle", "admin1", "SO")
MOGADISHU = P(["Mogadishu"], 2.03711, 45.34375, "Banaadir", "city", "SO")
# Mozambique (MZ)
MANILA = P(["Manila", "village of Manila", "Manilha"], None, None, "Cabo Delgado", "village", "MZ")
PALMA_DISTRICT = P(["district of Palma", "Palma district", "Palma"], None, None, "Cabo Delgado", "region", "MZ")
PALMA_TOWN = P(["Palma town", "Palma"], None, None, "Cabo Delgado", "town", "MZ")
MANGUNA = P(["Manguna", "Manguna village"], None, None, "Cabo Delgado", "village", "MZ")
MACOMIA_DISTRICT = P(["Macomia district", "Macomia"], None, None, "Cabo Delgado", "region", "MZ")
IBO = P(["Ibo district", "Ibo", "Ibo town"], None, None, "Cabo Delgado", "region", "MZ")
# Mali (ML)
KONNA_SEVARE = P(["route between Konna and Sevare", "Konna", "Sevare", "S\u00e9var\u00e9", "Mopti region"], None, None, "Mopti",
                 "region", "ML")
NORTH_MALI = P(["north of the country", "northern Mali", "north of Mali"], None, None, None, "region", "ML")

# ---- actors -------------------------------------------------------------------------
CIV = "civilians"
AMB, MOB, CMR = "Ambazonian separatists", "Marines of Bambalang", "Cameroonian government"
RUS = "Russia"
BH, TCD = "Boko Haram", "Chadian government"
KEN, SHABAAB = "Kenyan government", "al-Shabaab"
NER, USA = "Nigerien government", "United States"
SPLMN, RSF, SAF = "SPLM-N", "Rapid Support Forces", "Sudanese Armed Forces"
ELN, FARCD = "ELN", "FARC dissidents"
GRIF, HTI = "Gran Grif", "Haitian government"
SOM, AMISOM = "Somali government", "AMISOM"
ASS, MOZ = "Ansar al-Sunna", "Mozambican government"
MLI = "Malian government"

DOCS = [
# l001: Cameroon Online (Xinhua copy), ' date 2021-09-19' (a Sunday): 'confirmed on Friday' = 17 Sept, 'on Thursday' = 16 Sept.
D("l001_cameroon_bamessing.txt", "2021-09-19", "Cameroon Online (Xinhua)", "Cameroon", events=[
    E("remote_explosive", [AMB, MOB], [CMR], BAMESSING, "2021-09-16", status="claimed", sources=["Cameroonian army"],
      fatalities=15,
      why="'Separatist fighters killed at least 15 soldiers after they ambushed their convoy ... the army confirmed'; 'According to "
          "the army, separatist fighters ambushed and attacked the convoy ... on Thursday in Bamessing'; 'The armoured cars "
          "transporting the soldiers were shattered with explosive devices' (explosive devices: remote_explosive). The toll and "
          "the account are the army's (a party: claimed; 'earlier reports' said nine). The Marines of Bambalang claimed it, so "
          "they are listed with the Ambazonian separatists"),
    E("armed_clash", [AMB, MOB], [CMR], BAMESSING, "2021-09-16", status="claimed", sources=["Cameroonian army"], optional=True,
      why="the same ambush read as an attack with gunfire ('ambushed and attacked the convoy'): the text names only the explosive "
          "devices as the means, so the clash is the second reading"),
  ], why="' date 2021-09-19' on top (a Sunday); 'confirmed on Friday' = 17 Sept, the ambush 'on Thursday' = 16 Sept. The "
         "Marines of Bambalang's claim with 'gruesome images ... on social media' is the same event (no second event); 'the "
         "deadliest attack in the region since July last year' is a comparison; the 2017 start of the violence is background "
         "without a place or event of the listed types. 'Share Facebook / Twitter ...' and 'Enditem' are junk. Different event "
         "from d013 (Bamessing ambush of August 2022, two soldiers)"),

# l002: Metro News (AP copy), ' date 2016-11-04' (a Friday): 'late Thursday' = 3 Nov. The text is cut mid-sentence in places.
D("l002_russia_dagestan.txt", "2016-11-04", "Metro News (AP)", "Russia", events=[
    E("armed_clash", [RUS], [], DAGESTAN, "2016-11-03", status="claimed", sources=["National Anti-Terrorist Committee"],
      fatalities=4,
      why="'Russia's National Anti-Terrorist Committee says four suspected militants have been killed in the restive Caucasus region "
          "of Dagestan'; 'shot dead late Thursday after they allegedly fired on law-enforcement officers who tried to stop their "
          "vehicle' (a Russian state body, a party: claimed). The militants are unnamed (actor2 []); the place is cut off ('in "
          "the'), so the republic (admin1). Actor order as in e003 (the security forces' operation; the militants allegedly "
          "fired first)"),
  ], why="' date 2016-11-04' on top (a Friday); 'late Thursday' = 3 Nov. The weapons and grenades found in the car are not an "
         "event; 'has become the epicenter of an Islamist insurgency following two separatist wars' is background without a "
         "dated event; the lines are cut ('in the', 'the men were'). 'A / A / Share via Email' is junk"),

# l003: Man Made News (WordPress blog copy of an agency report), no date line; date from the URL (2022/11/23, a Wednesday):
# 'on Tuesday' = 22 Nov.
D("l003_chad_bouka_toullorom.txt", "2022-11-23", "Man Made News", "Chad", events=[
    E("armed_clash", [BH], [TCD], BOUKA_TOULLOROM, "2022-11-22", sources=["Chadian Presidency"], fatalities=10,
      why="'At least ten Chadian military personnel were killed in an attack on Tuesday by suspected members of the jihadist group "
          "Boko Haram against a checkpoint located on an island in the Lake Chad basin'; the Presidency's statement: 'perpetrated "
          "on the island of Bouka-Toullorom, between the towns of Ngouboua and Kaiga'. The lead is in the outlet's voice "
          "(reported; the Presidency, a party, is quoted for the place). An attack on an army checkpoint: armed_clash"),
  ], why="no date line; the URL's 2022/11/23 (a Wednesday); 'on Tuesday' = 22 Nov. Deby's visit to Baga Sola 'a week ago' to "
         "galvanise the troops is a visit, not an event; the ordered 'appropriate response' is a plan; the frequent attacks in "
         "the Lake Chad basin are a general statement. The comment-form lines at the end are junk. Different story from f004 "
         "(Gabalami, 2018)"),

# l004: Pulse Nigeria, ' date 2022-02-06' (a Sunday); the text's own 'Friday, February 4, 2022'.
D("l004_nigeria_yar_katsina.txt", "2022-02-06", "Pulse Nigeria", "Nigeria", events=[
    E("violence_against_civilians", [], [CIV], YAR_KATSINA, "2022-02-04", sources=["Daily Trust"],
      why="'The bandits, who rode on motorbikes numbering about 100, besieged Yar Katsina Village in Bungudu Local Government Area "
          "when residents were observing Juma'at prayer and slaughtered scores of people'; 'about 50 others, including women, were "
          "also abducted' (Daily Trust). 'scores' gives no figure (fatalities null); the abduction is part of the same attack "
          "(one event). The bandits are unnamed (actor1 [], as in d003/h006); outlet's voice: reported"),
    E("siege", [], [CIV], YAR_KATSINA, "2022-02-04", sources=["Daily Trust"], optional=True,
      why="'besieged Yar Katsina Village': the word is used for surrounding the village during the raid, not a siege of a held "
          "place; a careful annotator could still read it as one"),
    E("violence_against_civilians", [], [CIV], NASARAWA_MAI_FARA, "2022-02-04", fatalities=10,
      why="'The marauding bandits also stopped at Nasarawa Mai Fara in Tsafe Local Government where they killed 10 more people' "
          "(the same Friday: 'The incidents happened on Friday, February 4, 2022')"),
  ], why="' date 2022-02-06' on top (a Sunday); the text says 'The incidents happened on Friday, February 4, 2022'. The N40m "
         "levy imposed by the kingpin Ada Aleru is the stated motive, not an event; 'Zamfara continues to be ravaged' is a "
         "general statement. Different story from d003 (Maradun, 2018) and h006 (Danfasa, 2020)"),

# l005: The Star (Kenya), no date line; date from the URL (2025-03-25, a Tuesday): 'the Monday clash' = 24 March, 'On Sunday
# morning' = 23 March.
D("l005_kenya_elwak_fafi.txt", "2025-03-25", "The Star (Kenya)", "Kenya", events=[
    E("armed_clash", [SHABAAB], [KEN], IRESSUKI_ELWAK, "2025-03-24", sources=["local police"], fatalities=1,
      why="'Gunmen struck and killed a National Police Reservist in a raid in the Iressuki area, Elwak, Mandera County. The attackers "
          "believed to be al-Shabaab terrorists clashed with police reservists as they targeted the residence of the NPR head'; "
          "'the gang escaped after the Monday clash, with some sustaining injuries' (outlet's voice: reported; one reservist dead)"),
    E("armed_clash", [SHABAAB], [KEN], FAFI_CAMP, "2025-03-23", sources=["officials", "police"], fatalities=8,
      why="'On Sunday morning, a gang attacked and killed six NPR officers in Fafi, Garissa County'; 'the terrorists overran a "
          "National Police Reserve camp'; 'During the attack, two al-Shabaab militants were killed' (police): 6 + 2 = 8. The gang "
          "is al-Shabaab by the text's own words ('two al-Shabaab militants'); outlet's voice: reported"),
    E("territory_captured", [SHABAAB], [KEN], FAFI_CAMP, "2025-03-23", sources=["officials"], optional=True,
      why="'the terrorists overran a National Police Reserve camp' and took weapons (a raid on a camp rather than a lasting "
          "capture: optional)"),
    E("violence_against_civilians", [SHABAAB], [CIV], FAFI, "2025-03-23", optional=True,
      why="'The gang later stopped a car carrying mourners, ordered the occupants out, and loaded the bodies onto the vehicle before "
          "driving toward Somalia' (a hijacking of civilians' car, no one hurt; an annotator could leave it inside the camp attack)"),
    E("violence_against_civilians", [SHABAAB], [CIV], MANDERA_COUNTY, "2025-01-01", "2025-03-22", "month", optional=True,
      why="background with a vague date: 'Earlier this year, five chiefs were abducted by al-Shabaab' (the region, Mandera, as the "
          "governor speaks of it; chiefs are civilian administrators). 'Before that, three young men were kidnapped' has no date "
          "of its own and is left out"),
  ], why="no date line; the URL's 2025-03-25 (a Tuesday): 'the Monday clash' = 24 March, 'On Sunday morning' = 23 March. The "
         "six reservists 'unaccounted for, raising fears they were abducted' is a fear, not an event; militants 'spotted "
         "mobilizing and moving toward Kenya' is a movement/threat; the governor's complaints are not events; the last sentence "
         "('On March 15, about 150 al-Shabaab operativ...') is cut off before any verb, so no event can be read from it"),

# l006: Africanews, no date line; date from the URL (2018/05/16, a Wednesday): 'on Friday' / 'last Friday' = 11 May.
D("l006_burundi_cibitoke.txt", "2018-05-16", "Africanews", "Burundi", events=[
    E("violence_against_civilians", [], [CIV], RUHAMAGARA, "2018-05-11", sources=["Burundi security minister"], fatalities=26,
      why="'an armed group killed 26 people in the country's northwestern province on Friday'; 'Ten women and 11 children were among "
          "the victims of the attack on the village of Ruhamagara, in Cibitoke Province ... last Friday' (outlet's voice: "
          "reported). The security minister says 'a terrorist group which he did not identify' (from the DRC, per some sources): "
          "actor1 []"),
  ], why="no date line; the URL's 2018/05/16 (a Wednesday); 'last Friday' = 11 May; the UN High Commissioner spoke 'on Tuesday' "
         "(15 May). The funeral, the minister's vow to arrest and punish the attackers, the ambassador's condolences, the "
         "referendum of 17 May (future) and the hate speech are not events. 'Welcome to Africanews / Please select your "
         "experience / Watch Live' is junk"),

# l007: BBC News Pidgin, ' date 2017-10-21' (a Saturday): 'attack dem on Saturday' = 21 Oct.
D("l007_niger_ayorou.txt", "2017-10-21", "BBC News Pidgin", "Niger", events=[
    E("armed_clash", [], [NER], AYOROU, "2017-10-21", sources=["Mohamed Bazoum", "AFP", "security source"], fatalities=12,
      why="'At least 12 Niger soldiers na im die when people wey be like militants attack dem on Saturday'; 'Di attack happen for di "
          "town of Ayorou for di Tillaberi region' (the lead is the outlet's voice: reported; the figure is the foreign minister's, "
          "a party, so a careful annotator could mark it claimed). The attackers are 'like militants', unnamed (actor1 [])"),
    E("evacuation", [], [], AYOROU, "2017-10-21", sources=["security source"], optional=True,
      why="'di attackers carry five motor come, and run when military send more soldiers go there' (the attackers' retreat: "
          "optional evacuation)"),
    E("armed_clash", [], [USA, NER], None, "2017-09-21", "2017-10-20", "month", optional=True,
      why="background with a vague date: 'just weeks after one deadly ambush kill some US and Niger soldiers wey dey on patrol' "
          "(the text gives no place and only 'weeks' before; place null)"),
  ], why="' date 2017-10-21' on top (a Saturday) and 'on Saturday'. The photo caption repeats the place only; the three-month "
         "state of emergency extended by parliament 'On Friday' is a political decision, not an event; 'jihadist wey dey target "
         "army positions and refugee camps' is a general statement. The text is in Nigerian Pidgin (kept as is). Different "
         "event from b019 (Ayorou, nine soldiers, a later attack)"),

# l008: MENAFN (Anadolu copy), ' date 2025-12-18' (a Thursday): 'Wednesday' = 17 Dec.
D("l008_sudan_dilling.txt", "2025-12-18", "MENAFN", "Sudan", events=[
    E("shelling", [SPLMN], [CIV], DILLING, "2025-12-17", sources=["Nuba Mountains Platform"], fatalities=9,
      why="'At least nine civilians, including three children, were killed and several others wounded Wednesday after artillery "
          "struck residential areas in the city of Dilling'; the Nuba Mountains Platform (a local monitor, not a party: "
          "reported) says the SPLM-N carried it out (the SPLM-N is 'allied with' the RSF, which is not said to have fired)"),
    E("territory_captured", [SAF], [SPLMN], TAITAL, "2025-12-17", "2025-12-18", sources=["Nuba Mountains Platform"],
      why="'In response, Sudanese army units reportedly launched an operation against the Taital area, from where the artillery "
          "fire originated, and seized control of the region' (after Wednesday's shelling, before publication; the monitor's "
          "account: reported)"),
    E("armed_clash", [SAF], [SPLMN], TAITAL, "2025-12-17", "2025-12-18", sources=["Nuba Mountains Platform"], optional=True,
      why="the operation against the Taital area as a clash (the text only says it was launched and the area taken)"),
    E("siege", [RSF, SPLMN], [SAF], DILLING, "2023-04-01", "2025-12-18", "month",
      why="'Dilling and the nearby city of Kadugli have been under siege by RSF and SPLM-N forces since the early months of the "
          "ongoing war' (the war began in April 2023: an ongoing state from its start to publication, precision month)"),
    E("siege", [RSF, SPLMN], [SAF], KADUGLI, "2023-04-01", "2025-12-18", "month",
      why="the same sentence: Kadugli under siege by the RSF and the SPLM-N"),
    E("displacement", [], [], KORDOFAN, "2025-11-01", "2025-12-18", "month", optional=True,
      why="'Across South, North, and West Kordofan states, weeks of intense clashes have forced tens of thousands to flee their "
          "homes' (a region-wide aggregate with a vague date; 'tens of thousands': no figure)"),
    E("armed_clash", [SAF], [RSF], KORDOFAN, "2025-11-01", "2025-12-18", "month", optional=True,
      why="'weeks of intense clashes' across the three Kordofan states (region-wide aggregate, vague date)"),
  ], control=[
    C(TAITAL, SAF, "2025-12-18", why="army units 'seized control of the region' (the Taital area)"),
    C(DILLING, SAF, "2025-12-18", besieged_by=[RSF, SPLMN],
      why="under siege by the RSF and SPLM-N; held by the government side (the city is besieged, the army acts from it)"),
    C(KADUGLI, SAF, "2025-12-18", besieged_by=[RSF, SPLMN], why="'Dilling and the nearby city of Kadugli have been under siege'"),
    C(DARFUR, RSF, "2025-12-18", contested_by=[SAF], why="'The RSF controls most of the Darfur region' (most, not all)"),
    C(KHARTOUM, SAF, "2025-12-18", why="'the army maintains control over the remaining states, including Khartoum'"),
  ], why="' date 2025-12-18' on top (a Thursday); 'Wednesday' = 17 Dec. '403' is junk. 'Neither the Sudanese army nor the "
         "SPLM-N ... have officially commented' is not an event; 'repeated artillery and drone strikes' and the war's toll since "
         "April 2023 are cumulative"),

# l009: LNG in Northern BC (TASR/AFP copy), no date line; date from the URL (2025/01/20, a Monday). 'last week' = 13-19 Jan;
# 'on Saturday' = 18 Jan.
D("l009_colombia_catatumbo.txt", "2025-01-20", "LNG in Northern BC (TASR/AFP)", "Colombia", events=[
    E("armed_clash", [ELN], [FARCD], CATATUMBO, "2025-01-13", "2025-01-19", "week", sources=["AFP", "TASR"], fatalities=80,
      why="'More than 80 people have been killed in northeastern Colombia during four days of violent clashes between rebel groups'; "
          "'The far-left National Liberation Army (ELN) last week attacked a rival faction of the now-disarmed ... FARC in the "
          "Catatumbo region' (outlet's voice: reported; 'more than 80': the lower bound). 'last week' = 13-19 January"),
    E("displacement", [], [], CATATUMBO, "2025-01-13", "2025-01-19", "week", sources=["Colombian Ombudsman's office", "AFP"],
      displaced=11000,
      why="'The fighting has already displaced around 11,000 people'; 'At least 11,000 displaced persons have been reported in just "
          "four days' (the Ombudsman's office, a state watchdog that is not a party: reported). Placed at the origin"),
    E("displacement", [], [], TIBU, "2025-01-13", "2025-01-20", "week", sources=["AFP"], optional=True,
      why="the same flight where people went: 'Hundreds of them found refuge in the city of Tib\u00fa'"),
    E("displacement", [], [], VENEZUELA, "2025-01-13", "2025-01-20", "week", sources=["AFP"], optional=True,
      why="the same flight where people went: 'Several crossed the border into neighboring Venezuela'"),
    E("violence_against_civilians", [ELN], [CIV], CATATUMBO, "2025-01-13", "2025-01-19", "week",
      sources=["Colombian Ombudsman's office"],
      why="'The agency said it had recorded cases of ELN gunmen going \"house to house\" killing people suspected of having ties to "
          "the FARC' (the Ombudsman: reported; no separate figure)"),
  ], why="no date line; the URL's 2025/01/20 (a Monday). 'last week' = the week of 13-19 January (precision week). Petro "
         "suspending the peace talks 'on Saturday' is not an agreement; Venezuela's aid and the 2016 peace deal are background "
         "without events of the listed types; the repeated paragraph on drug cartels is junk. Different story from c011 (El "
         "Carmen base, 2023)"),

# l010: Kenyan Post (blog copy of Reuters), header ' date 2024-10-05' conflicts with the post's own date line 'Sunday, October
# 06, 2024 -' at the head of the text; the post's own date wins (as a dateline beats a header: b005, j012).
D("l010_haiti_pont_sonde.txt", "2024-10-06", "Kenyan Post", "Haiti", events=[
    E("violence_against_civilians", [GRIF], [CIV], PONT_SONDE, "2024-10-03", sources=["Reuters", "local authorities"],
      fatalities=70,
      why="'Gang members carrying automatic rifles stormed through a town in Haiti, killing at least 70'; 'in the early hours of "
          "Thursday, October 3, at Pont-Sonde'; 'Gran Grif gang leader Luckson Elan took responsibility for the massacre'; they "
          "'set fire to dozens of homes and vehicles' and went house to house (outlet's voice: reported)"),
    E("displacement", [], [], PONT_SONDE, "2024-10-03", "2024-10-06", sources=["U.N. migration agency"], displaced=6270,
      why="'About 6,270 people had fled their homes due to the attacks, the U.N. migration agency said' (placed at the origin; "
          "'forcing over 6,000 to flee' in the lead)"),
    E("displacement", [], [], SAINT_MARC, "2024-10-03", "2024-10-06", sources=["U.N. migration agency"], optional=True,
      why="the same flight where people went: 'Most of these are being sheltered by families living in nearby Saint-Marc'"),
  ], control=[
    C(PONT_SONDE, HTI, "2024-10-04",
      why="the police spokesman (Friday evening, 4 Oct): 'reinforcements are at the location to contain the situation and "
          "security forces are in control' (a party's claim)"),
  ], why="header ' date 2024-10-05' against the post's own date 'Sunday, October 06, 2024' at the head of the text: the post's "
         "date line wins (b005/j012 rule). The video of people running is a description; the police director's replacement and "
         "the prime minister's words are not events; 'police and vigilante groups killed his soldiers' is the gang's undated "
         "motive. The text is cut off at 'running everywh'"),

# l011: Reuters, ' date 2017-08-04' (a Friday) and 'early on Friday' = 4 Aug; 'last week' = 24-30 July.
D("l011_somalia_leego.txt", "2017-08-04", "Reuters", "Somalia", events=[
    E("territory_captured", [SHABAAB], [SOM, AMISOM], LEEGO, "2017-08-04", sources=["residents", "Farah Ahmed"],
      why="'al Shabaab seized a town in the south of the country early on Friday after it was abandoned by the military and African "
          "Union-mandated (AMISOM) peacekeepers, residents said'; 'The town of Leego'; 'That same minute al Shabaab entered to "
          "control the town' (residents: reported; al-Shabaab's spokesman confirms)"),
    E("evacuation", [SOM, AMISOM], [], LEEGO, "2017-08-04", sources=["Farah Ahmed"], optional=True,
      why="'AMISOM and Somali military forces had pulled out of the town early on Friday' (a withdrawal: optional evacuation)"),
    E("armed_clash", [SHABAAB], [AMISOM], LOWER_SHABELLE, "2017-07-24", "2017-07-30", "week", fatalities=12,
      why="background with its own date: 'Somalia's lower Shabelle region where al Shabaab last week killed at least 12 "
          "peacekeepers in one of the deadliest attacks on AMISOM' (no town named: the region; 'last week' = 24-30 July)"),
    E("territory_captured", [SOM, AMISOM], [SHABAAB], MOGADISHU, "2011-01-01", "2011-12-31", "year", optional=True,
      why="background with a year only: 'The group was ejected from Mogadishu in 2011' (who ejected it is not said)"),
  ], control=[
    C(LEEGO, SHABAAB, "2017-08-04", why="'al Shabaab fighters are in every part of the town'; 'The town (Leego) is now under our "
      "control' (the spokesman)"),
  ], why="' date 2017-08-04' and 'early on Friday'. 'It was not immediately clear why' is not an event; 'chased from most of its "
         "other strongholds' has no date or place; bombings in Mogadishu and attacks into Kenya are generic (no date)"),

# l012: AllAfrica (AIM copy), ' date 2019-01-15' (a Tuesday): 'on Thursday night' = 10 Jan; 'On Saturday' = 12 Jan.
D("l012_mozambique_manila.txt", "2019-01-15", "AllAfrica (AIM)", "Mozambique", events=[
    E("violence_against_civilians", [ASS], [CIV], MANILA, "2019-01-10", sources=["Mediafax"], fatalities=4,
      why="'A terrorist group, believed to be Islamic fundamentalists, murdered and beheaded four people on Thursday night in an "
          "attack against the village of Manila, in Mocimboa da Praia district'; five seriously injured and six houses burnt "
          "(Mediafax, an independent newssheet: reported). Mozambique's insurgents are Ansar al-Sunna"),
    E("violence_against_civilians", [ASS], [CIV], PALMA_DISTRICT, "2019-01-10", sources=["Carta de Mocambique"], fatalities=1,
      why="'on the same night, in the neighbouring district of Palma, a peasant couple was attacked just five kilometres from the "
          "home of the district administrator. The terrorists hacked the man into five pieces'"),
    E("displacement", [], [], PALMA_DISTRICT, "2019-01-10", "2019-01-15", sources=["Carta de Mocambique"],
      why="'people from four nearby villages fled towards Palma town, in search of protection' (the villages are not named: the "
          "district; no figure)"),
    E("displacement", [], [], PALMA_TOWN, "2019-01-10", "2019-01-15", sources=["Carta de Mocambique"], optional=True,
      why="the same flight where people went (Palma town)"),
    E("arrest", [MOZ], [ASS], MANGUNA, "2019-01-12",
      why="'On Saturday, a unit of the Riot Police captured four insurgents who were heading for Manguna village, also in Palma' "
          "(outlet's voice: reported). Placed at Manguna, the only place named for the capture"),
    E("displacement", [], [], MACOMIA_DISTRICT, "2017-10-01", "2019-01-15", "month", sources=["Issa Tarmamade"], displaced=1000,
      optional=True,
      why="'About 1,000 people who have fled from terrorist attacks to Ibo district are now in need of emergency assistance'; 'Most "
          "of these people came from Macomia district' (no date of its own: the insurgency since October 2017 up to publication; "
          "origin Macomia, most but not all of the 1,000)"),
    E("displacement", [], [], IBO, "2017-10-01", "2019-01-15", "month", sources=["Issa Tarmamade"], displaced=1000, optional=True,
      why="the same people where they went: Ibo district (450 in Ibo town, 620 on nearby islands)"),
  ], why="' date 2019-01-15' on top (a Tuesday); 'Thursday night' = 10 Jan, 'On Saturday' = 12 Jan, 'Monday's issue' = 14 Jan. "
         "'Photo: ISS / Mozambique showing Cabo Delgado province.' is a caption; the detainees 'collaborating with the "
         "authorities' is not an event. Cut off at 'clothin'. Different stories from d010 (Macomia, August 2019) and b035 "
         "(Palma/Nangade, 2022)"),

# l013: Vanguard (AFP copy), ' date 2021-02-24' (a Wednesday): 'Tuesday' = 23 Feb.
D("l013_mali_konna_sevare.txt", "2021-02-24", "Vanguard (AFP)", "Mali", events=[
    E("armed_clash", [], [MLI], KONNA_SEVARE, "2021-02-23", sources=["security sources", "Allaye Barry"], fatalities=2,
      why="'Two Malian soldiers were killed Tuesday in an ambush'; 'The ambush targeted an army resupply mission in the Mopti "
          "region'; 'in the ambush on the route between Konna and Sevare' (seven wounded, one missing). Attackers unnamed "
          "(actor1 []); unnamed security sources and a local official: reported"),
    E("armed_clash", [], [MLI], NORTH_MALI, "2012-01-01", "2012-12-31", "year", optional=True,
      why="background with a year only: 'Mali was plunged into conflict in 2012 when local Tuareg radicals, supported by "
          "jihadists, revolted in the north of the country' (a whole rebellion, region-wide)"),
  ], why="' date 2021-02-24' on top (a Wednesday); 'Tuesday' = 23 Feb. France's intervention and the jihadists moving 'into "
         "central Mali in 2015' are undated or region-wide background; the toll 'In Mali alone, thousands' is cumulative. "
         "'Vanguard Logo' and '[AFP]' are junk"),

# l014: Chapachul, no date line; date from the URL (2025/12/16). A residential fire: no armed conflict.
D("l014_neg_residential_fire.txt", "2025-12-16", "Chapachul", "none", negative=True,
  why="URL 2025/12/16. A fast-moving fire destroys some 300 homes; 'Thousands of residents fled', 'Evacuation orders', "
      "'displaced residents', firefighters 'battled the inferno' and a 'state of emergency': all about a fire, not organised "
      "armed violence (no place is even named)"),

# l015: Education Week explainer, byline 'By Madeline Will — October 30, 2023'.
D("l015_neg_teacher_strikes.txt", "2023-10-30", "Education Week", "none", negative=True,
  why="byline date 'October 30, 2023'. An explainer on teacher strikes (labour 'strikes', 'walkouts', 'threatening strikes', a "
      "rally outside City Hall, 'fought for more school funding'): labour disputes, not armed conflict. The Oakland rally of 4 "
      "May 2023 is a labour demonstration in a photo caption, not an event of the conflict kind"),
]
