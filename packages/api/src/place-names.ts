/**
 * The cities where the partner organizations sit, in the eight languages: the usual exonyms
 * (the names the UN, the OSCE and the press of each language use; not official texts of the
 * organizations). Keyed by the dataset's English `seat.city`; a city missing here keeps only its
 * English name (`seat.names` absent).
 */
import type { LocalizedText, Partner } from '@pact/schema';

//                    en: [fr, ru, es, ar, zh, de, it]
const CITIES: Record<string, [string, string, string, string, string, string, string]> = {
  Accra: ['Accra', 'Аккра', 'Acra', 'أكرا', '阿克拉', 'Accra', 'Accra'],
  Abidjan: ['Abidjan', 'Абиджан', 'Abiyán', 'أبيدجان', '阿比让', 'Abidjan', 'Abidjan'],
  Dakar: ['Dakar', 'Дакар', 'Dakar', 'داكار', '达喀尔', 'Dakar', 'Dakar'],
  Bogotá: ['Bogota', 'Богота', 'Bogotá', 'بوغوتا', '波哥大', 'Bogotá', 'Bogotà'],
  'Addis Ababa': [
    'Addis-Abeba',
    'Аддис-Абеба',
    'Adís Abeba',
    'أديس أبابا',
    '亚的斯亚贝巴',
    'Addis Abeba',
    'Addis Abeba',
  ],
  Almaty: ['Almaty', 'Алматы', 'Almaty', 'ألماتي', '阿拉木图', 'Almaty', 'Almaty'],
  Georgetown: ['Georgetown', 'Джорджтаун', 'Georgetown', 'جورج تاون', '乔治敦', 'Georgetown', 'Georgetown'],
  'The Hague': ['La Haye', 'Гаага', 'La Haya', 'لاهاي', '海牙', 'Den Haag', 'L’Aia'],
  Toulon: ['Toulon', 'Тулон', 'Tolón', 'تولون', '土伦', 'Toulon', 'Tolone'],
  Minsk: ['Minsk', 'Минск', 'Minsk', 'مينسك', '明斯克', 'Minsk', 'Minsk'],
  Strasbourg: ['Strasbourg', 'Страсбург', 'Estrasburgo', 'ستراسبورغ', '斯特拉斯堡', 'Straßburg', 'Strasburgo'],
  Moscow: ['Moscou', 'Москва', 'Moscú', 'موسكو', '莫斯科', 'Moskau', 'Mosca'],
  Tehran: ['Téhéran', 'Тегеран', 'Teherán', 'طهران', '德黑兰', 'Teheran', 'Teheran'],
  Abuja: ['Abuja', 'Абуджа', 'Abuya', 'أبوجا', '阿布贾', 'Abuja', 'Abuja'],
  Toronto: ['Toronto', 'Торонто', 'Toronto', 'تورونتو', '多伦多', 'Toronto', 'Toronto'],
  Lisbon: ['Lisbonne', 'Лиссабон', 'Lisboa', 'لشبونة', '里斯本', 'Lissabon', 'Lisbona'],
  Brussels: ['Bruxelles', 'Брюссель', 'Bruselas', 'بروكسل', '布鲁塞尔', 'Brüssel', 'Bruxelles'],
  Paris: ['Paris', 'Париж', 'París', 'باريس', '巴黎', 'Paris', 'Parigi'],
  Doha: ['Doha', 'Доха', 'Doha', 'الدوحة', '多哈', 'Doha', 'Doha'],
  'Washington, D.C.': [
    'Washington',
    'Вашингтон',
    'Washington D. C.',
    'واشنطن العاصمة',
    '华盛顿特区',
    'Washington, D.C.',
    'Washington',
  ],
  Vienna: ['Vienne', 'Вена', 'Viena', 'فيينا', '维也纳', 'Wien', 'Vienna'],
  Lyon: ['Lyon', 'Лион', 'Lyon', 'ليون', '里昂', 'Lyon', 'Lione'],
  'Key West, Florida': [
    'Key West (Floride)',
    'Ки-Уэст (Флорида)',
    'Cayo Hueso (Florida)',
    'كي ويست، فلوريدا',
    '基韦斯特（佛罗里达州）',
    'Key West (Florida)',
    'Key West (Florida)',
  ],
  Gaborone: ['Gaborone', 'Габороне', 'Gaborone', 'غابورون', '哈博罗内', 'Gaborone', 'Gaborone'],
  Beijing: ['Pékin', 'Пекин', 'Pekín', 'بكين', '北京', 'Peking', 'Pechino'],
  Bucharest: ['Bucarest', 'Бухарест', 'Bucarest', 'بوخارست', '布加勒斯特', 'Bukarest', 'Bucarest'],
  'San Salvador': [
    'San Salvador',
    'Сан-Сальвадор',
    'San Salvador',
    'سان سلفادور',
    '圣萨尔瓦多',
    'San Salvador',
    'San Salvador',
  ],
  Geneva: ['Genève', 'Женева', 'Ginebra', 'جنيف', '日内瓦', 'Genf', 'Ginevra'],
  Kabul: ['Kaboul', 'Кабул', 'Kabul', 'كابول', '喀布尔', 'Kabul', 'Kabul'],
  Quito: ['Quito', 'Кито', 'Quito', 'كيتو', '基多', 'Quito', 'Quito'],
  Pristina: ['Pristina', 'Приштина', 'Pristina', 'بريشتينا', '普里什蒂纳', 'Pristina', 'Pristina'],
};

/** The city `en` in every language of the table, or undefined when the table lacks it. */
export function cityNames(en: string): LocalizedText | undefined {
  const t = Object.hasOwn(CITIES, en) ? CITIES[en] : undefined;
  if (!t) return undefined;
  const [fr, ru, es, ar, zh, de, it] = t;
  return { en, fr, ru, es, ar, zh, de, it };
}

/** An organization with its seat's city named in every language (when the table knows it). */
export function withPlaceNames(p: Partner): Partner {
  if (p.kind !== 'organization' || p.seat.names) return p;
  const names = cityNames(p.seat.city);
  return names ? { ...p, seat: { ...p.seat, names } } : p;
}
