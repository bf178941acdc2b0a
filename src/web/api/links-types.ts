/** Shapes of the connecting-regions answers: a region's links, one link's bridges, missing links. */
export type {
  BridgeOrganisation,
  LinkPartner,
  MissingLinks,
  RegionBridges,
  RegionLinks,
  YearCount,
} from '../../http/schemas/links.js';
