import type { TextLang } from './measure-status.js';

interface ExplanationParts {
  readonly score: string;
  readonly connect: string;
  readonly rest: string;
}

const PARTS: Record<TextLang, ExplanationParts> = {
  en: {
    score:
      'score = weighted mean of recency (months since the last visit, capped at 36; never visited = 1), coverage (share of the key areas still uncovered by visited regions that this region is specialised in or has spearheads for), strength (share of its index scores >= 0.7) and gaps (share < 0.3), each indicator scored at the region’s own level where it has a value there (clipped, square-root transformed when skewed and min-max scaled over all regions of that level, as the index does), else its province’s index score',
    connect:
      ', and connect (its missing links: regions of the same level similar or complementary to it by key-area profile but weakly linked with it, each scored max(similarity, complementarity) x (1 - strength / its strongest link), summed over the regions compared)',
    rest: '. A part that cannot be measured (no key area left uncovered, no index score, no region compared) is null with its reason, never 0, and is left out: the score is the weighted mean of the measured parts (their weights renormalised); a region with none of its weighed parts measured has no score and ranks last. Planned visits count as visits. Equal scores: first the higher value on the heaviest-weighted part (then the next heaviest), then the larger population (Eurostat, latest year), then the name; never the region code.',
  },
  nl: {
    score:
      'score = gewogen gemiddelde van recentheid (maanden sinds het laatste bezoek, hoogstens 36; nooit bezocht = 1), dekking (aandeel van de sleutelgebieden die nog door geen bezochte regio gedekt zijn en waarin deze regio gespecialiseerd is of speerpunten heeft), sterkte (aandeel van haar indexscores >= 0,7) en hiaten (aandeel < 0,3); elke indicator gescoord op het eigen niveau van de regio waar ze daar een waarde heeft (afgekapt, bij scheefheid met de wortel getransformeerd en min-max geschaald over alle regio’s van dat niveau, zoals de index doet), anders de indexscore van haar provincie',
    connect:
      ', en verbinden (haar ontbrekende verbindingen: regio’s van hetzelfde niveau die naar sleutelgebiedprofiel op haar lijken of haar aanvullen maar zwak met haar verbonden zijn, elk gescoord als max(gelijkenis, complementariteit) x (1 - sterkte / haar sterkste verbinding), opgeteld over de vergeleken regio’s)',
    rest: '. Een deel dat niet te meten is (geen sleutelgebied meer ongedekt, geen indexscore, geen regio vergeleken) is leeg met de reden erbij, nooit 0, en telt niet mee: de score is het gewogen gemiddelde van de gemeten delen (hun gewichten herschaald); een regio zonder enig gemeten deel met een gewicht heeft geen score en komt onderaan. Geplande bezoeken tellen als bezoeken. Bij gelijke scores: eerst de hoogste waarde op het zwaarst wegende deel (dan het volgende), dan de grootste bevolking (Eurostat, laatste jaar), dan de naam; nooit de regiocode.',
  },
};

/** How the next-visit score is made, in `lang`; the connect part only when it is weighed. */
export function nextVisitExplanation(lang: TextLang, withConnect: boolean): string {
  const parts = PARTS[lang];
  return parts.score + (withConnect ? parts.connect : '') + parts.rest;
}
