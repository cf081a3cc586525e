export * from './access';
export * from './backend';
export * from './model';
export * from './outputs';
export * from './stack';
export * from './stateful';
export * from './tags';
export * from './versions';
