export * from './territory';
export * from './access';
export * from './classification';
export * from './plan';
export * from './audit';
export * from './territory-data';
export * from './installation';
