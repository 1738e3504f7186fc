/**
 * Public reference data: countries (ISO 3166-1 alpha-2, alternate names, demonyms), intergovernmental and
 * other well-known organizations with acronyms, capitals and major cities, and titles of office.
 * Nothing here is specific to any one article.
 */

export interface CountryEntry {
  iso: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

/** iso|canonical name|alternate names (;)|demonyms (;) */
const COUNTRY_DATA = `AF|Afghanistan|Islamic Republic of Afghanistan|Afghan
AL|Albania|Republic of Albania|Albanian
DZ|Algeria|People's Democratic Republic of Algeria|Algerian
AD|Andorra||Andorran
AO|Angola|Republic of Angola|Angolan
AG|Antigua and Barbuda||Antiguan
AR|Argentina|Argentine Republic|Argentine;Argentinian
AM|Armenia|Republic of Armenia|Armenian
AU|Australia|Commonwealth of Australia|Australian
AT|Austria|Republic of Austria|Austrian
AZ|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain|Kingdom of Bahrain|Bahraini
BD|Bangladesh|People's Republic of Bangladesh|Bangladeshi
BB|Barbados||Barbadian
BY|Belarus|Republic of Belarus|Belarusian
BE|Belgium|Kingdom of Belgium|Belgian
BZ|Belize||Belizean
BJ|Benin|Republic of Benin|Beninese
BT|Bhutan|Kingdom of Bhutan|Bhutanese
BO|Bolivia|Plurinational State of Bolivia|Bolivian
BA|Bosnia and Herzegovina|Bosnia|Bosnian
BW|Botswana|Republic of Botswana|Botswanan
BR|Brazil|Federative Republic of Brazil;Republic of Brazil|Brazilian
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria|Republic of Bulgaria|Bulgarian
BF|Burkina Faso||Burkinabe
BI|Burundi|Republic of Burundi|Burundian
CV|Cabo Verde|Cape Verde|Cape Verdean
KH|Cambodia|Kingdom of Cambodia|Cambodian
CM|Cameroon|Republic of Cameroon|Cameroonian
CA|Canada||Canadian
CF|Central African Republic||
TD|Chad|Republic of Chad|Chadian
CL|Chile|Republic of Chile|Chilean
CN|China|People's Republic of China;PRC;Mainland China|Chinese
CO|Colombia|Republic of Colombia|Colombian
KM|Comoros|Union of the Comoros|Comorian
CG|Republic of the Congo|Congo-Brazzaville|Congolese
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|
CR|Costa Rica|Republic of Costa Rica|Costa Rican
CI|Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian
HR|Croatia|Republic of Croatia|Croatian
CU|Cuba|Republic of Cuba|Cuban
CY|Cyprus|Republic of Cyprus|Cypriot
CZ|Czech Republic|Czechia|Czech
DK|Denmark|Kingdom of Denmark|Danish
DJ|Djibouti|Republic of Djibouti|Djiboutian
DM|Dominica||Dominican
DO|Dominican Republic||
EC|Ecuador|Republic of Ecuador|Ecuadorian
EG|Egypt|Arab Republic of Egypt|Egyptian
SV|El Salvador||Salvadoran
GQ|Equatorial Guinea||Equatoguinean
ER|Eritrea|State of Eritrea|Eritrean
EE|Estonia|Republic of Estonia|Estonian
SZ|Eswatini|Swaziland|Swazi
ET|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian
FJ|Fiji|Republic of Fiji|Fijian
FI|Finland|Republic of Finland|Finnish
FR|France|French Republic|French
GA|Gabon|Gabonese Republic|Gabonese
GM|Gambia|The Gambia|Gambian
GE|Georgia||Georgian
DE|Germany|Federal Republic of Germany|German
GH|Ghana|Republic of Ghana|Ghanaian
GR|Greece|Hellenic Republic|Greek
GD|Grenada||Grenadian
GT|Guatemala|Republic of Guatemala|Guatemalan
GN|Guinea|Republic of Guinea|Guinean
GW|Guinea-Bissau||
GY|Guyana||Guyanese
HT|Haiti|Republic of Haiti|Haitian
HN|Honduras|Republic of Honduras|Honduran
HU|Hungary||Hungarian
IS|Iceland||Icelandic
IN|India|Republic of India|Indian
ID|Indonesia|Republic of Indonesia|Indonesian
IR|Iran|Islamic Republic of Iran|Iranian
IQ|Iraq|Republic of Iraq|Iraqi
IE|Ireland|Republic of Ireland|Irish
IL|Israel|State of Israel|Israeli
IT|Italy|Italian Republic|Italian
JM|Jamaica||Jamaican
JP|Japan||Japanese
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian
KZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani
KE|Kenya|Republic of Kenya|Kenyan
KI|Kiribati||
KP|North Korea|Democratic People's Republic of Korea;DPRK|North Korean
KR|South Korea|Republic of Korea;ROK;Korea|South Korean;Korean
KW|Kuwait|State of Kuwait|Kuwaiti
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz
LA|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian
LV|Latvia|Republic of Latvia|Latvian
LB|Lebanon|Lebanese Republic|Lebanese
LS|Lesotho|Kingdom of Lesotho|
LR|Liberia|Republic of Liberia|Liberian
LY|Libya|State of Libya|Libyan
LI|Liechtenstein||
LT|Lithuania|Republic of Lithuania|Lithuanian
LU|Luxembourg||Luxembourgish
MG|Madagascar|Republic of Madagascar|Malagasy
MW|Malawi|Republic of Malawi|Malawian
MY|Malaysia||Malaysian
MV|Maldives|Republic of Maldives|Maldivian
ML|Mali|Republic of Mali|Malian
MT|Malta|Republic of Malta|Maltese
MH|Marshall Islands||
MR|Mauritania|Islamic Republic of Mauritania|Mauritanian
MU|Mauritius|Republic of Mauritius|Mauritian
MX|Mexico|United Mexican States|Mexican
FM|Micronesia|Federated States of Micronesia|Micronesian
MD|Moldova|Republic of Moldova|Moldovan
MC|Monaco||Monegasque
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MA|Morocco|Kingdom of Morocco|Moroccan
MZ|Mozambique|Republic of Mozambique|Mozambican
MM|Myanmar|Burma|Myanmar;Burmese
NA|Namibia|Republic of Namibia|Namibian
NR|Nauru||Nauruan
NP|Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese
NL|Netherlands|Kingdom of the Netherlands;Holland|Dutch
NZ|New Zealand||
NI|Nicaragua|Republic of Nicaragua|Nicaraguan
NE|Niger|Republic of the Niger|Nigerien
NG|Nigeria|Federal Republic of Nigeria|Nigerian
MK|North Macedonia|Macedonia|Macedonian
NO|Norway|Kingdom of Norway|Norwegian
OM|Oman|Sultanate of Oman|Omani
PK|Pakistan|Islamic Republic of Pakistan|Pakistani
PW|Palau||Palauan
PS|Palestine|State of Palestine|Palestinian
PA|Panama|Republic of Panama|Panamanian
PG|Papua New Guinea||
PY|Paraguay|Republic of Paraguay|Paraguayan
PE|Peru|Republic of Peru|Peruvian
PH|Philippines|Republic of the Philippines|Philippine;Filipino
PL|Poland|Republic of Poland|Polish
PT|Portugal|Portuguese Republic|Portuguese
QA|Qatar|State of Qatar|Qatari
RO|Romania||Romanian
RU|Russia|Russian Federation|Russian
RW|Rwanda|Republic of Rwanda|Rwandan
KN|Saint Kitts and Nevis||
LC|Saint Lucia||
VC|Saint Vincent and the Grenadines||
WS|Samoa||Samoan
SM|San Marino||
ST|Sao Tome and Principe||
SA|Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudi Arabian
SN|Senegal|Republic of Senegal|Senegalese
RS|Serbia|Republic of Serbia|Serbian
SC|Seychelles||Seychellois
SL|Sierra Leone||
SG|Singapore|Republic of Singapore|Singaporean
SK|Slovakia|Slovak Republic|Slovak
SI|Slovenia|Republic of Slovenia|Slovenian
SB|Solomon Islands||
SO|Somalia|Federal Republic of Somalia|Somali
ZA|South Africa|Republic of South Africa|South African
SS|South Sudan|Republic of South Sudan|South Sudanese
ES|Spain|Kingdom of Spain|Spanish
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan
SD|Sudan|Republic of the Sudan|Sudanese
SR|Suriname||Surinamese
SE|Sweden|Kingdom of Sweden|Swedish
CH|Switzerland|Swiss Confederation|Swiss
SY|Syria|Syrian Arab Republic|Syrian
TW|Taiwan||Taiwanese
TJ|Tajikistan|Republic of Tajikistan|Tajik
TZ|Tanzania|United Republic of Tanzania|Tanzanian
TH|Thailand|Kingdom of Thailand|Thai
TL|Timor-Leste|East Timor|Timorese
TG|Togo|Togolese Republic|Togolese
TO|Tonga||Tongan
TT|Trinidad and Tobago||
TN|Tunisia|Republic of Tunisia|Tunisian
TR|Turkey|Türkiye;Republic of Turkey;Republic of Türkiye|Turkish
TM|Turkmenistan||Turkmen
TV|Tuvalu||
UG|Uganda|Republic of Uganda|Ugandan
UA|Ukraine||Ukrainian
AE|United Arab Emirates|UAE;Emirates|Emirati
GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British
US|United States|United States of America;USA;U.S.;U.S.A.;US;America|American
UY|Uruguay|Oriental Republic of Uruguay|Uruguayan
UZ|Uzbekistan|Republic of Uzbekistan|Uzbek
VU|Vanuatu||
VA|Vatican City|Holy See;Vatican|
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan
VN|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese
YE|Yemen|Republic of Yemen|Yemeni
ZM|Zambia|Republic of Zambia|Zambian
ZW|Zimbabwe|Republic of Zimbabwe|Zimbabwean`;

export const COUNTRIES: CountryEntry[] = COUNTRY_DATA.split('\n').map((line) => {
  const [iso = '', name = '', alt = '', dem = ''] = line.split('|');
  return {
    iso,
    name,
    aliases: alt ? alt.split(';') : [],
    demonyms: dem ? dem.split(';') : [],
  };
});

export interface OrgEntry {
  name: string;
  acronym?: string;
  aliases: string[];
  /** Intergovernmental bodies whose members are states. */
  intergovernmental: boolean;
}

/** canonical|acronym|other names (;)|i = intergovernmental */
const ORG_DATA = `United Nations|UN|U.N.;UNO|i
United Nations Security Council|UNSC|UN Security Council;U.N. Security Council;Security Council|i
United Nations General Assembly|UNGA|UN General Assembly|i
United Nations Human Rights Council|UNHRC|UN Human Rights Council;Human Rights Council|i
BRICS||BRICS group|i
Shanghai Cooperation Organization|SCO|Shanghai Cooperation Organisation|i
Association of Southeast Asian Nations|ASEAN||i
G7||Group of Seven;G-7|i
G20||Group of Twenty;G-20|i
North Atlantic Treaty Organization|NATO|North Atlantic Treaty Organisation|i
European Union|EU|E.U.|i
European Commission|||
European Council|||
European Parliament|||
African Union|AU||i
African Union Commission|AUC|AU Commission|
Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf|i
Forum on China-Africa Cooperation|FOCAC||i
National People's Congress|NPC||
Chinese People's Political Consultative Conference|CPPCC||
Communist Party of China|CPC|Chinese Communist Party;CCP|
Eurasian Economic Union|EAEU|EEU|i
Commonwealth of Independent States|CIS||i
Collective Security Treaty Organization|CSTO||i
Organization of American States|OAS||i
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation|i
Arab League|LAS|League of Arab States|i
World Trade Organization|WTO||i
World Health Organization|WHO||i
International Monetary Fund|IMF||i
World Bank|||i
Asia-Pacific Economic Cooperation|APEC||i
Organization of the Petroleum Exporting Countries|OPEC||i
Organisation for Economic Co-operation and Development|OECD||i
International Atomic Energy Agency|IAEA||i
Southern Common Market|MERCOSUR|Mercosur;Mercosul|i
Economic Community of West African States|ECOWAS||i
Southern African Development Community|SADC||i
Caribbean Community|CARICOM||i
Community of Latin American and Caribbean States|CELAC||i
New Development Bank|NDB||i
Asian Infrastructure Investment Bank|AIIB||i
UNESCO|UNESCO|United Nations Educational, Scientific and Cultural Organization|i
UNICEF|UNICEF||i
Palestine Liberation Organization|PLO||
Xinhua News Agency|Xinhua|Xinhua News|
Associated Press|AP||
Reuters|||
Agence France-Presse|AFP||
TASS|TASS||
Saudi Press Agency|SPA||
Emirates News Agency|WAM||
Tasnim News Agency|Tasnim||
Kyodo News|Kyodo||
Associated Press of Pakistan|APP||
Press Trust of India|PTI||
China Media Group|CMG||
China Central Television|CCTV||
China Global Television Network|CGTN||
People's Daily|||
Global Times|||
Bharatiya Janata Party|BJP||
Chinese People's Liberation Army|PLA|People's Liberation Army|
People's Bank of China|PBOC||
United States Department of State|State Department|US Department of State;U.S. Department of State;Department of State|`;

export const ORGANIZATIONS: OrgEntry[] = ORG_DATA.split('\n').map((line) => {
  const [name = '', acronym = '', alt = '', flag = ''] = line.split('|');
  const entry: OrgEntry = { name, aliases: alt ? alt.split(';') : [], intergovernmental: flag === 'i' };
  if (acronym) entry.acronym = acronym;
  return entry;
});

/** Capitals and other well-known cities: name|country ISO. */
const CITY_DATA = `Kabul|AF;Tirana|AL;Algiers|DZ;Luanda|AO;Buenos Aires|AR;Yerevan|AM;Canberra|AU;Sydney|AU;Melbourne|AU;Vienna|AT;Baku|AZ;Manama|BH;Dhaka|BD;Minsk|BY;Brussels|BE;La Paz|BO;Sarajevo|BA;Gaborone|BW;Brasilia|BR;Brasília|BR;Rio de Janeiro|BR;Sao Paulo|BR;São Paulo|BR;Sofia|BG;Ouagadougou|BF;Phnom Penh|KH;Yaounde|CM;Ottawa|CA;Toronto|CA;N'Djamena|TD;Santiago|CL;Beijing|CN;Shanghai|CN;Hong Kong|CN;Macao|CN;Guangzhou|CN;Shenzhen|CN;Chongqing|CN;Tianjin|CN;Xi'an|CN;Wuhan|CN;Chengdu|CN;Hangzhou|CN;Nanjing|CN;Harbin|CN;Xiamen|CN;Qingdao|CN;Chaozhou|CN;Lhasa|CN;Urumqi|CN;Bogota|CO;Kinshasa|CD;Brazzaville|CG;San Jose|CR;Zagreb|HR;Havana|CU;Nicosia|CY;Prague|CZ;Copenhagen|DK;Quito|EC;Cairo|EG;Asmara|ER;Tallinn|EE;Addis Ababa|ET;Helsinki|FI;Paris|FR;Libreville|GA;Tbilisi|GE;Berlin|DE;Munich|DE;Accra|GH;Athens|GR;Conakry|GN;Budapest|HU;Reykjavik|IS;New Delhi|IN;Delhi|IN;Mumbai|IN;Kolkata|IN;Chennai|IN;Bangalore|IN;Jakarta|ID;Bali|ID;Tehran|IR;Baghdad|IQ;Dublin|IE;Jerusalem|IL;Tel Aviv|IL;Rome|IT;Kingston|JM;Tokyo|JP;Osaka|JP;Hiroshima|JP;Kyoto|JP;Amman|JO;Astana|KZ;Almaty|KZ;Nairobi|KE;Pyongyang|KP;Seoul|KR;Busan|KR;Kuwait City|KW;Bishkek|KG;Vientiane|LA;Riga|LV;Beirut|LB;Monrovia|LR;Tripoli|LY;Vilnius|LT;Antananarivo|MG;Lilongwe|MW;Kuala Lumpur|MY;Male|MV;Bamako|ML;Valletta|MT;Nouakchott|MR;Mexico City|MX;Chisinau|MD;Ulaanbaatar|MN;Podgorica|ME;Rabat|MA;Maputo|MZ;Naypyidaw|MM;Yangon|MM;Windhoek|NA;Kathmandu|NP;Amsterdam|NL;The Hague|NL;Wellington|NZ;Managua|NI;Niamey|NE;Abuja|NG;Lagos|NG;Skopje|MK;Oslo|NO;Muscat|OM;Islamabad|PK;Karachi|PK;Lahore|PK;Ramallah|PS;Gaza|PS;Panama City|PA;Asuncion|PY;Asunción|PY;Lima|PE;Manila|PH;Warsaw|PL;Lisbon|PT;Doha|QA;Bucharest|RO;Moscow|RU;St. Petersburg|RU;Saint Petersburg|RU;Vladivostok|RU;Sochi|RU;Kazan|RU;Kigali|RW;Riyadh|SA;Jeddah|SA;Mecca|SA;Dakar|SN;Belgrade|RS;Bratislava|SK;Ljubljana|SI;Mogadishu|SO;Pretoria|ZA;Johannesburg|ZA;Cape Town|ZA;Durban|ZA;Juba|SS;Madrid|ES;Barcelona|ES;Colombo|LK;Khartoum|SD;Stockholm|SE;Bern|CH;Geneva|CH;Davos|CH;Damascus|SY;Taipei|TW;Dushanbe|TJ;Dodoma|TZ;Dar es Salaam|TZ;Bangkok|TH;Lome|TG;Tunis|TN;Ankara|TR;Istanbul|TR;Ashgabat|TM;Kampala|UG;Kyiv|UA;Kiev|UA;Abu Dhabi|AE;Dubai|AE;London|GB;Belfast|GB;Manchester|GB;Edinburgh|GB;Washington|US;Washington, D.C.|US;Washington, DC|US;New York|US;Los Angeles|US;San Francisco|US;Montevideo|UY;Tashkent|UZ;Samarkand|UZ;Caracas|VE;Hanoi|VN;Ho Chi Minh City|VN;Sanaa|YE;Lusaka|ZM;Harare|ZW;Foz do Iguaçu|BR`;

export const CITIES: { name: string; iso: string }[] = CITY_DATA.split(';').map((p) => {
  const [name = '', iso = ''] = p.split('|');
  return { name, iso };
});

/** Regions and continents (typed Place). */
export const REGIONS: string[] = [
  'Africa',
  'Asia',
  'Europe',
  'Latin America',
  'North America',
  'South America',
  'Middle East',
  'Central Asia',
  'Southeast Asia',
  'South Asia',
  'East Asia',
  'West Africa',
  'East Africa',
  'Eurasia',
  'Asia-Pacific',
  'Asia Pacific',
  'Gulf',
  'Persian Gulf',
  'Arctic',
  'Antarctica',
  'Caribbean',
  'Balkans',
  'Pacific',
  'Indo-Pacific',
];

/** Titles of office, longest forms first when matching. `head` marks heads of state, government or body. */
export interface TitleEntry {
  title: string;
  head: boolean;
}

const HEAD_TITLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'King',
  'Queen',
  'Emperor',
  'Amir',
  'Emir',
  'Sultan',
  'Crown Prince',
  'Crown Prince and Prime Minister',
  'General Secretary',
  'Secretary General',
  'Secretary-General',
  'Chairman',
  'Chairperson',
  'Chairwoman',
  'Chair',
  'Governor',
  'Secretary of State',
  'Supreme Leader',
  'Director-General',
  'Director General',
  'Head of State',
  'Leader',
  'Mayor',
];

const OTHER_TITLES = [
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Finance Minister',
  'Energy Minister',
  'Minister',
  'Deputy Prime Minister',
  'Foreign Secretary',
  'Secretary',
  'State Councilor',
  'State Councillor',
  'Vice Premier',
  'Vice Chairman',
  'Ambassador',
  'Senator',
  'Congressman',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Aide',
  'Adviser',
  'Advisor',
  'Envoy',
  'Special Envoy',
  'Sherpa',
  'General',
  'Admiral',
  'Commander',
  'Judge',
  'Justice',
  'Prince',
  'Princess',
  'Sheikh',
  'Shaikh',
  'Sheikha',
  'Sayyid',
  'Pope',
  'Cardinal',
  'Archbishop',
  'Bishop',
  'Professor',
  'Prof.',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'H.E.',
  'His Excellency',
  'Her Excellency',
  'His Highness',
  'Her Highness',
  'His Majesty',
  'Her Majesty',
  'His Royal Highness',
  'Her Royal Highness',
  'First Lady',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
];

export const TITLES: TitleEntry[] = [
  ...HEAD_TITLES.map((title) => ({ title, head: true })),
  ...OTHER_TITLES.map((title) => ({ title, head: false })),
].sort((a, b) => b.title.length - a.title.length);

/** Titles that lead a leadership relation when a country/organization is attached. */
export const HEAD_TITLE_SET: ReadonlySet<string> = new Set(HEAD_TITLES.map((t) => t.toLowerCase()));

/** Words that name honorifics (never part of a canonical name). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  [
    'mr',
    'mr.',
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'dr',
    'dr.',
    'h.e.',
    'he',
    'his',
    'her',
    'excellency',
    'highness',
    'majesty',
    'royal',
    'sheikh',
    'shaikh',
    'sheikha',
    'sayyid',
    'prince',
    'princess',
    'sir',
    'dame',
    'lord',
    'lady',
  ].map((s) => s.toLowerCase()),
);
