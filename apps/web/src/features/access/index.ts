// Signing in and out, the session and the CSRF token that comes with it.
export { LoginPage } from './LoginPage';
export { RequireSession } from './RequireSession';
export { useSession, useSessionWatch, useLogout, type SessionState } from './session';
