// Who may do what: sign-in, sign-out, the current session, and the provisioning of users and
// their memberships. Owns the users and memberships tables. Sessions themselves (the store and
// the cookie check) belong to the platform, since every route needs them.
import type { AppModule } from '../../platform/module';
import { registerAuthRoutes } from './auth.routes';

export const accessModule: AppModule = { name: 'access', register: registerAuthRoutes };
export { addMembership, createUser, removeMembership, setPassword } from './users.provisioning';
export { organizationsOf } from './memberships';
