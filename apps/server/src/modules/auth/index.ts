// Sign-in, sign-out and the current session. Sessions themselves (the store and the cookie check)
// belong to the platform, since every route needs them.
import type { AppModule } from '../../platform/module';
import { registerAuthRoutes } from './auth.routes';

export const authModule: AppModule = { name: 'auth', register: registerAuthRoutes };
export { addMembership, createUser } from './users.provisioning';
