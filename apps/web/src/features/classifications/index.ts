// The shared catalogues (classifications): read by everyone, extended by the Region and admins.
export { ClassificationsPage } from './ClassificationsPage';
