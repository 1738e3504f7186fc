/** Places: capitals and other well-known cities with their country, regions and continents, landmarks. */

/** Capitals and other well-known cities: name|country ISO. */
const CITY_DATA = `Kabul|AF;Tirana|AL;Algiers|DZ;Luanda|AO;Buenos Aires|AR;Yerevan|AM;Canberra|AU;Sydney|AU;Melbourne|AU;Vienna|AT;Baku|AZ;Manama|BH;Dhaka|BD;Minsk|BY;Brussels|BE;La Paz|BO;Sarajevo|BA;Gaborone|BW;Brasília|BR;Rio de Janeiro|BR;São Paulo|BR;Sofia|BG;Ouagadougou|BF;Phnom Penh|KH;Yaounde|CM;Ottawa|CA;Toronto|CA;N'Djamena|TD;Santiago|CL;Beijing|CN;Shanghai|CN;Hong Kong|CN;Macao|CN;Guangzhou|CN;Shenzhen|CN;Chongqing|CN;Tianjin|CN;Xi'an|CN;Wuhan|CN;Chengdu|CN;Hangzhou|CN;Nanjing|CN;Harbin|CN;Xiamen|CN;Qingdao|CN;Chaozhou|CN;Lhasa|CN;Urumqi|CN;Bogota|CO;Kinshasa|CD;Brazzaville|CG;San Jose|CR;Zagreb|HR;Havana|CU;Nicosia|CY;Prague|CZ;Copenhagen|DK;Quito|EC;Cairo|EG;Asmara|ER;Tallinn|EE;Addis Ababa|ET;Helsinki|FI;Paris|FR;Libreville|GA;Tbilisi|GE;Berlin|DE;Munich|DE;Accra|GH;Athens|GR;Conakry|GN;Budapest|HU;Reykjavik|IS;New Delhi|IN;Delhi|IN;Mumbai|IN;Kolkata|IN;Chennai|IN;Bangalore|IN;Jakarta|ID;Bali|ID;Tehran|IR;Baghdad|IQ;Dublin|IE;Jerusalem|IL;Tel Aviv|IL;Rome|IT;Kingston|JM;Tokyo|JP;Osaka|JP;Hiroshima|JP;Kyoto|JP;Amman|JO;Astana|KZ;Almaty|KZ;Nairobi|KE;Pyongyang|KP;Seoul|KR;Busan|KR;Kuwait City|KW;Bishkek|KG;Vientiane|LA;Riga|LV;Beirut|LB;Monrovia|LR;Tripoli|LY;Vilnius|LT;Antananarivo|MG;Lilongwe|MW;Kuala Lumpur|MY;Male|MV;Bamako|ML;Valletta|MT;Nouakchott|MR;Mexico City|MX;Chisinau|MD;Ulaanbaatar|MN;Podgorica|ME;Rabat|MA;Maputo|MZ;Naypyidaw|MM;Yangon|MM;Windhoek|NA;Kathmandu|NP;Amsterdam|NL;The Hague|NL;Wellington|NZ;Managua|NI;Niamey|NE;Abuja|NG;Lagos|NG;Skopje|MK;Oslo|NO;Muscat|OM;Islamabad|PK;Karachi|PK;Lahore|PK;Ramallah|PS;Gaza|PS;Panama City|PA;Asunción|PY;Lima|PE;Manila|PH;Warsaw|PL;Lisbon|PT;Doha|QA;Bucharest|RO;Moscow|RU;St. Petersburg|RU;Saint Petersburg|RU;Vladivostok|RU;Sochi|RU;Kazan|RU;Kigali|RW;Riyadh|SA;Jeddah|SA;Mecca|SA;Dakar|SN;Belgrade|RS;Bratislava|SK;Ljubljana|SI;Mogadishu|SO;Pretoria|ZA;Johannesburg|ZA;Cape Town|ZA;Durban|ZA;Juba|SS;Madrid|ES;Barcelona|ES;Colombo|LK;Khartoum|SD;Stockholm|SE;Bern|CH;Geneva|CH;Davos|CH;Damascus|SY;Taipei|TW;Dushanbe|TJ;Dodoma|TZ;Dar es Salaam|TZ;Bangkok|TH;Lome|TG;Tunis|TN;Ankara|TR;Istanbul|TR;Ashgabat|TM;Kampala|UG;Kyiv|UA;Kiev|UA;Abu Dhabi|AE;Dubai|AE;London|GB;Belfast|GB;Manchester|GB;Edinburgh|GB;Washington|US;Washington, D.C.|US;Washington, DC|US;New York|US;Los Angeles|US;San Francisco|US;Montevideo|UY;Tashkent|UZ;Samarkand|UZ;Caracas|VE;Hanoi|VN;Ho Chi Minh City|VN;Sanaa|YE;Lusaka|ZM;Harare|ZW;Foz do Iguaçu|BR`;

export const CITIES: readonly { name: string; iso: string }[] = CITY_DATA.split(';').map((p) => {
  const [name = '', iso = ''] = p.split('|');
  return { name, iso };
});

/** Regions and continents (typed Place). */
export const REGIONS: readonly string[] = [
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

/** Adjectives of regions: "African" names Africa. */
export const REGION_DEMONYMS: readonly (readonly [string, string])[] = [
  ['African', 'Africa'],
  ['European', 'Europe'],
  ['Asian', 'Asia'],
  ['Middle Eastern', 'Middle East'],
  ['Latin American', 'Latin America'],
];

/** Landmarks news names as places (a seat of government stands for it, but is a place first). */
export const LANDMARKS: readonly string[] = [
  'Kremlin',
  'White House',
  'Great Hall of the People',
  'Tiananmen Square',
  'Red Square',
  'Downing Street',
];
