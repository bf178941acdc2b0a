export {
  CORDIS_ACTIVITY_HELIX,
  HELIX_ROLES,
  isHelixRole,
  type HelixRole,
} from '../core/helix-role.js';
