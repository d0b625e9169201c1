/**
 * Country table written by us for Triangulate: one line per country,
 * `Canonical name|aliases;...|demonyms;...|capital`. Used to type places, merge country aliases
 * ("UK" / "United Kingdom" / "Britain") and link a capital used for its government to its country.
 */
const TABLE = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Egypt||Egyptian|Cairo
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France|French Republic|French|Paris
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland;Eire|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kuwait||Kuwaiti|Kuwait City
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|Luxembourg
Malaysia||Malaysian|Kuala Lumpur
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Morocco||Moroccan|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Netherlands|Holland;The Netherlands|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nigeria||Nigerian|Abuja
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
Norway||Norwegian|Oslo
Pakistan||Pakistani|Islamabad
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino;Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Saudi Arabia|KSA|Saudi|Riyadh
Serbia||Serbian|Belgrade
Singapore||Singaporean|Singapore
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
South Africa||South African|Pretoria
South Korea|Republic of Korea;ROK|South Korean|Seoul
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye;Türkiye|Turkish|Ankara
Ukraine||Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|London
United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
`;

export interface CountryRow {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

function parse(table: string): CountryRow[] {
  const split = (s: string | undefined): string[] => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
  return table.split('\n').filter((l) => l.includes('|')).map((line) => {
    const [name, aliases, demonyms, capitals] = line.split('|');
    return { name: name.trim(), aliases: split(aliases), demonyms: split(demonyms), capitals: split(capitals) };
  });
}

export const COUNTRIES: readonly CountryRow[] = parse(TABLE);
