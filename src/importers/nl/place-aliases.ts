/**
 * Other spellings of Dutch places, as they occur in addresses (CORDIS writes city names in
 * capitals, often as people say them). Keys are place keys (see `placeKey`: upper case, no
 * accents, every run of other characters one space). Each points to a CBS woonplaats by name,
 * with the municipality where the name alone is ambiguous.
 *
 * The list covers every Dutch city name of the CORDIS H2020 organisations that does not match a
 * CBS woonplaats by its key, except BERLIN (a foreign address filed under NL); spelling errors
 * found there are marked as such.
 */
export const PLACE_ALIASES: readonly {
  readonly alias: string;
  readonly place: string;
  readonly municipality?: string;
}[] = [
  // The Hague: the official name is 's-Gravenhage.
  { alias: 'DEN HAAG', place: "'s-Gravenhage" },
  { alias: 'THE HAGUE', place: "'s-Gravenhage" },
  { alias: 'HAGUE', place: "'s-Gravenhage" },
  { alias: 'LA HAYE', place: "'s-Gravenhage" },
  { alias: 'GRAVENHAGE', place: "'s-Gravenhage" },
  // 's-Hertogenbosch.
  { alias: 'DEN BOSCH', place: "'s-Hertogenbosch" },
  { alias: 'HERTOGENBOSCH', place: "'s-Hertogenbosch" },
  { alias: 'BOIS LE DUC', place: "'s-Hertogenbosch" },
  // Places that share a name, told apart by their province as the post office writes it.
  { alias: 'HENGELO OV', place: 'Hengelo', municipality: 'Hengelo (O.)' },
  { alias: 'HENGELO O', place: 'Hengelo', municipality: 'Hengelo (O.)' },
  { alias: 'HENGELO OVERIJSSEL', place: 'Hengelo', municipality: 'Hengelo (O.)' },
  { alias: 'EDE GLD', place: 'Ede' },
  { alias: 'EDE GELDERLAND', place: 'Ede' },
  { alias: 'RIJSWIJK ZH', place: 'Rijswijk', municipality: 'Rijswijk (ZH.)' },
  { alias: 'RIJSWIJK ZUID HOLLAND', place: 'Rijswijk', municipality: 'Rijswijk (ZH.)' },
  { alias: 'DEN HOORN TEXEL', place: 'Den Hoorn', municipality: 'Texel' },
  { alias: 'BEEK UBBERGEN', place: 'Beek', municipality: 'Berg en Dal' },
  // Districts, postal names and short forms.
  { alias: 'SON', place: 'Son en Breugel' },
  { alias: 'AMSTERDAM ZUIDOOST', place: 'Amsterdam' },
  { alias: 'AMSTERDAM ZO', place: 'Amsterdam' },
  { alias: 'LUCHTHAVEN SCHIPHOL', place: 'Schiphol' },
  { alias: 'SCHIPHOL AIRPORT', place: 'Schiphol' },
  { alias: 'SCHIPHOL OOST', place: 'Schiphol' },
  { alias: 'CAPELLE A D IJSSEL', place: 'Capelle aan den IJssel' },
  { alias: 'CAPELLE AD IJSSEL', place: 'Capelle aan den IJssel' },
  { alias: 'KRIMPEN A D IJSSEL', place: 'Krimpen aan den IJssel' },
  { alias: 'ALPHEN A D RIJN', place: 'Alphen aan den Rijn' },
  { alias: 'ALPHEN AD RIJN', place: 'Alphen aan den Rijn' },
  // Spelling errors found in CORDIS addresses.
  { alias: 'DOORDRECHT', place: 'Dordrecht' },
  { alias: 'ULTRECHT', place: 'Utrecht' },
  { alias: 'HOOFDDORF', place: 'Hoofddorp' },
  { alias: 'BROEKEN OP LANGEDIJK', place: 'Broek op Langedijk' },
  { alias: 'LE CAPELLE AAN DEN IJSSEL', place: 'Capelle aan den IJssel' },
];
