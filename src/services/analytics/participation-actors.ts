import type { ActorInfo, AnalyticsData } from './analytics-data.js';

/** Each data's participation organisations, looked up once. */
const actorsOf = new WeakMap<AnalyticsData, readonly (ActorInfo | undefined)[]>();

/**
 * The organisation of each participation, in the order of `data.participations` (undefined where
 * the data hold no such organisation): one lookup per participation for every figure of the data.
 *
 * @example
 * participationActors(data)[0]?.region_code; // where the first participation's organisation lies
 */
export function participationActors(data: AnalyticsData): readonly (ActorInfo | undefined)[] {
  let actors = actorsOf.get(data);
  if (!actors) {
    actors = data.participations.actor_id.map((id) => data.actors.get(id));
    actorsOf.set(data, actors);
  }
  return actors;
}
