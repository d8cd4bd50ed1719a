// The network of services (rete d'offerta): the directory with search and filters, the form of
// a service, and the spreadsheet import/export.
export { ServicesPage } from './ServicesPage';
export { ServicePage } from './ServicePage';
