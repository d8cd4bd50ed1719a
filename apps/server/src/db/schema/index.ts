// Every table, by the domain that owns it (a module writes only its own domain's tables).
export * from './territory';
export * from './access';
export * from './classifications';
export * from './plan';
export * from './budget';
export * from './municipal-share';
export * from './indicators';
export * from './chapters';
export * from './audit';
export * from './population';
export * from './needs';
export * from './service-directory';
export * from './installation';
export * from './document';
export * from './monitoring';
