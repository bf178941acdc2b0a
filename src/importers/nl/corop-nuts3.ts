/**
 * COROP areas and the NUTS 2021 level-3 regions they are (the Netherlands uses its 40 COROP areas
 * as NUTS3). Built by matching CBS's COROP names to GISCO's NUTS3 names (all 40 match; only
 * `'s-Gravenhage` differs in its apostrophe) and checked by a test against both files.
 */
export const COROP_NUTS3: Readonly<
  Record<string, { readonly nuts3: string; readonly name: string }>
> = {
  CR01: { nuts3: 'NL111', name: 'Oost-Groningen' },
  CR02: { nuts3: 'NL112', name: 'Delfzijl en omgeving' },
  CR03: { nuts3: 'NL113', name: 'Overig Groningen' },
  CR04: { nuts3: 'NL124', name: 'Noord-Friesland' },
  CR05: { nuts3: 'NL125', name: 'Zuidwest-Friesland' },
  CR06: { nuts3: 'NL126', name: 'Zuidoost-Friesland' },
  CR07: { nuts3: 'NL131', name: 'Noord-Drenthe' },
  CR08: { nuts3: 'NL132', name: 'Zuidoost-Drenthe' },
  CR09: { nuts3: 'NL133', name: 'Zuidwest-Drenthe' },
  CR10: { nuts3: 'NL211', name: 'Noord-Overijssel' },
  CR11: { nuts3: 'NL212', name: 'Zuidwest-Overijssel' },
  CR12: { nuts3: 'NL213', name: 'Twente' },
  CR13: { nuts3: 'NL221', name: 'Veluwe' },
  CR14: { nuts3: 'NL225', name: 'Achterhoek' },
  CR15: { nuts3: 'NL226', name: 'Arnhem/Nijmegen' },
  CR16: { nuts3: 'NL224', name: 'Zuidwest-Gelderland' },
  CR17: { nuts3: 'NL310', name: 'Utrecht' },
  CR18: { nuts3: 'NL321', name: 'Kop van Noord-Holland' },
  CR19: { nuts3: 'NL328', name: 'Alkmaar en omgeving' },
  CR20: { nuts3: 'NL323', name: 'IJmond' },
  CR21: { nuts3: 'NL324', name: 'Agglomeratie Haarlem' },
  CR22: { nuts3: 'NL325', name: 'Zaanstreek' },
  CR23: { nuts3: 'NL329', name: 'Groot-Amsterdam' },
  CR24: { nuts3: 'NL327', name: 'Het Gooi en Vechtstreek' },
  CR25: { nuts3: 'NL337', name: 'Agglomeratie Leiden en Bollenstreek' },
  CR26: { nuts3: 'NL332', name: "Agglomeratie 's-Gravenhage" },
  CR27: { nuts3: 'NL333', name: 'Delft en Westland' },
  CR28: { nuts3: 'NL33B', name: 'Oost-Zuid-Holland' },
  CR29: { nuts3: 'NL33C', name: 'Groot-Rijnmond' },
  CR30: { nuts3: 'NL33A', name: 'Zuidoost-Zuid-Holland' },
  CR31: { nuts3: 'NL341', name: 'Zeeuwsch-Vlaanderen' },
  CR32: { nuts3: 'NL342', name: 'Overig Zeeland' },
  CR33: { nuts3: 'NL411', name: 'West-Noord-Brabant' },
  CR34: { nuts3: 'NL412', name: 'Midden-Noord-Brabant' },
  CR35: { nuts3: 'NL413', name: 'Noordoost-Noord-Brabant' },
  CR36: { nuts3: 'NL414', name: 'Zuidoost-Noord-Brabant' },
  CR37: { nuts3: 'NL421', name: 'Noord-Limburg' },
  CR38: { nuts3: 'NL422', name: 'Midden-Limburg' },
  CR39: { nuts3: 'NL423', name: 'Zuid-Limburg' },
  CR40: { nuts3: 'NL230', name: 'Flevoland' },
};

/** The COROP code as CBS writes it in its geometry files: '12' -> 'CR12', 'CR12' -> 'CR12'. */
export function coropCode(text: string): string | null {
  const m = /^(?:CR)?(\d{1,2})$/i.exec(text.trim());
  return m ? `CR${m[1]!.padStart(2, '0')}` : null;
}

/** The municipality code as CBS writes it: '153' or '0153' -> 'GM0153'. */
export function municipalityCode(text: string): string | null {
  const m = /^(?:GM)?(\d{1,4})$/i.exec(text.trim());
  return m ? `GM${m[1]!.padStart(4, '0')}` : null;
}
