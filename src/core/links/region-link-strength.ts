import type { Ratio } from '../keyareas/ratio.js';

/**
 * The strength of the link between two regions: the Salton index (cosine), the shared projects
 * over the geometric mean of both regions' projects, s / sqrt(p_a x p_b). It lies between 0 and
 * 1 and does not grow with size alone, so big regions do not always win. Null, with the reason,
 * when either region has no project.
 *
 * @example
 * regionLinkStrength(10, 40, 250); // { value: 0.1, reason: null }  (10 / sqrt(10000))
 * regionLinkStrength(0, 0, 250); // { value: null, reason: 'no-projects' }
 */
export function regionLinkStrength(
  shared: number,
  projectsA: number,
  projectsB: number,
): Ratio<'no-projects'> {
  if (projectsA <= 0 || projectsB <= 0) return { value: null, reason: 'no-projects' };
  return { value: shared / Math.sqrt(projectsA * projectsB), reason: null };
}

/**
 * The Jaccard index of two regions' project sets: shared projects over the projects of either,
 * s / (p_a + p_b - s). Given beside the Salton index; null when neither region has a project.
 *
 * @example
 * regionLinkJaccard(10, 40, 250); // { value: 10 / 280, reason: null }
 */
export function regionLinkJaccard(
  shared: number,
  projectsA: number,
  projectsB: number,
): Ratio<'no-projects'> {
  const union = projectsA + projectsB - shared;
  if (union <= 0) return { value: null, reason: 'no-projects' };
  return { value: shared / union, reason: null };
}
