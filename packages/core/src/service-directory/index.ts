// The network of services (rete d'offerta): the directory, its spreadsheet and its HSDS 3.0 form.
export * from './service';
export * from './service.spreadsheet';
export * from './service.import';
export * from './service.contracts';
export * from './hsds';
